"""Fixtures of the stage tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def coder():
    """The pipeline without the report filter: the coder's own candidates and roles, before the filter weighs
    whether a sentence reports an event."""
    import hadath
    from hadath.settings import Settings

    return hadath.load(Settings(report_filter=False))
