"""speed29: the pipeline pauses the cyclic garbage collector per article and leaves its state as it found it;
the normalising table folded through a list gives the same text as the old mapping."""

from __future__ import annotations

import gc

import pytest

from hadath.article import Article
from hadath.errors import PipelineError
from hadath.pipeline import Pipeline


class _Probe:
    """A stage that records whether the collector ran while it did."""

    name = "probe"
    requires = ("text",)
    adds = ()

    def __init__(self, fail: bool = False) -> None:
        """A probe that passes the article on, or fails (returns None) when `fail`."""
        self.seen: list[bool] = []
        self.fail = fail

    def __call__(self, article: Article):
        """Record whether the collector is enabled now."""
        self.seen.append(gc.isenabled())
        return None if self.fail else article


def test_collector_paused_per_article_and_enabled_after():
    probe = _Probe()
    assert gc.isenabled()
    Pipeline([probe])("قال وزير الخارجية السعودي إن المملكة تدعم الحل السياسي في اليمن")
    assert probe.seen == [False]
    assert gc.isenabled()


def test_collector_enabled_again_after_a_failing_stage():
    with pytest.raises(PipelineError):
        Pipeline([_Probe(fail=True)])("أدان مجلس الأمن الهجوم")
    assert gc.isenabled()


def test_collector_left_disabled_by_the_caller_stays_disabled():
    gc.disable()
    try:
        Pipeline([_Probe()])("أدان مجلس الأمن الهجوم")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_fold_list_translates_as_the_table_does():
    from hadath.arabic import normalize as N

    text = "قالَ وزيرُ الخارجيّة إنّ «المملكة» تدعمُ ــ الحلّ في اليمن ٢٠١٥ ﻣﺼﺮ گ ى ة ؤ ئ 😀 Ünïcode \u200c\u202a"
    assert N.normalize(text) == text.translate(N._TABLE)
    assert N.normalize("الخارجيّة") == "الخارجيه"
