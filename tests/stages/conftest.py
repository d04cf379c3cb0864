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


@pytest.fixture(scope="module")
def groups(coder):
    """The noun-phrase groups of the first sentence of a text, as their words (phrases.noun_phrases)."""
    from hadath.lexicon.compile import FunctionWords
    from hadath.stages.phrases import noun_phrases

    fw = FunctionWords.load()

    def run(text):
        art = coder(text, published="2015-07-26")
        toks = art.tokens[0]
        ms = [m for m in art.mentions if m.sentence == 0]
        ents = [m for m in ms if m.kind in ("actor", "agent")]
        cues = {m.tok_start: m for m in ms if m.kind == "cue"}
        return [" ".join(t.text for t in toks[g.start_tok:g.end_tok]) for g in noun_phrases(toks, ents, cues, fw)]

    return run
