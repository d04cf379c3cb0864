"""Noun-phrase groups (phrases.noun_phrases) on short Arabic sentences: which mentions make one phrase."""

import pytest

from hadath.lexicon.compile import FunctionWords
from hadath.stages.phrases import noun_phrases


@pytest.fixture(scope="module")
def groups(coder):
    """The noun-phrase groups of the first sentence of a text, as their words."""
    fw = FunctionWords.load()

    def run(text):
        art = coder(text, published="2015-07-26")
        toks = art.tokens[0]
        ms = [m for m in art.mentions if m.sentence == 0]
        ents = [m for m in ms if m.kind in ("actor", "agent")]
        cues = {m.tok_start: m for m in ms if m.kind == "cue"}
        return [" ".join(t.text for t in toks[g.start_tok:g.end_tok]) for g in noun_phrases(toks, ents, cues, fw)]

    return run


def test_two_titled_phrases_side_by_side_are_two_groups(groups):
    assert groups("وسبق أن التقى المبعوث الأممي الرئيس اليمني في الرياض.")[:2] == ["المبعوث الأممي", "الرئيس اليمني"]


def test_an_object_after_a_subject_with_its_nationality_is_its_own_group(groups):
    gs = groups("بعد اتهام السلطات التركية المسلحين الكرد بمهاجمة القوات الأمنية.")
    assert gs[:2] == ["السلطات التركية", "المسلحين الكرد"]


def test_an_accusative_adverb_opens_no_phrase(groups):
    gs = groups("ودعمت الولايات المتحدة وحلفاؤها في حلف شمال الاطلسي دبلوماسيا كييف التي تتهم الكرملين.")
    assert "دبلوماسيا كييف" not in gs


def test_a_title_with_its_nationality_and_name_then_another_title_and_nationality(groups):
    gs = groups("واستقبل الرئيس اليمني عبد ربه منصور هادي السفير الأمريكي في الرياض.")
    assert gs[:2] == ["الرئيس اليمني عبد ربه منصور هادي", "السفير الأمريكي"]
