"""Lexicons shipped as versioned data files in the package, compiled once into matchers."""

from .compile import Lexicon

__all__ = ["Lexicon"]
