"""Lexicons shipped as versioned data files in the package, compiled once into matchers."""

from .compile import FunctionWords, Lexicon

__all__ = ["FunctionWords", "Lexicon"]
