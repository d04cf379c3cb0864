"""Shared fixtures: the packaged pipeline (built once per session) and paths to shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def nlp():
    """The default pipeline with the packaged lexicons."""
    import hadath

    return hadath.load()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared, or skip when this checkout has none beside it (a fresh clone elsewhere)."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent (a clone outside the workplace): shared-data tests skipped")
    return SHARED


@pytest.fixture(scope="session")
def pentagon_text(shared_dir: Path) -> str:
    """The motivating example article, as scraped (with its 'شاهد أيضاً' teaser)."""
    path = shared_dir / "examples" / "pentagon-russia-request-2016.txt"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    return path.read_text(encoding="utf-8")
