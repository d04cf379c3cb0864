"""The package's data files, read with importlib.resources (never from a path relative to the cwd)."""

from __future__ import annotations

from importlib import resources

from ..errors import LexiconError


def packaged_text(name: str) -> str:
    """The text of `lexicon/data/NAME`; a missing file is a broken installation (LexiconError)."""
    try:
        return resources.files("hadath.lexicon").joinpath("data", name).read_text("utf-8")
    except FileNotFoundError as err:
        raise LexiconError(f"packaged {name} is missing: the installation is broken") from err
