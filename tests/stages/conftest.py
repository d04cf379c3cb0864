"""Fixtures of the stage tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def coder():
    """The pipeline without the report filter nor the merging of repeats: the coder's own candidates and roles, one
    event per trigger word, before the filter weighs whether a sentence reports an event."""
    import hadath
    from hadath.settings import Settings

    return hadath.load(Settings(report_filter=False, merge_repeats=False))
