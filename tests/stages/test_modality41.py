"""The event flags in their own module (stages/modality.py) and the small word sets they and the roles read from
function_words.tsv rather than code (round 41): the flags are unchanged, the words are data."""

from __future__ import annotations

from dataclasses import replace

import pytest

PUBLISHED = "2015-07-26"


def _flags(coder, text, event):
    """(negated, future, hypothetical) of the first event of type `event` that the coder finds in `text`."""
    art = coder(text, published=PUBLISHED)
    ev = next(e for e in art.events if e.event == event)
    return ev.negated, ev.future, ev.hypothetical


def _trigger_flags(coder, text, event, fw):
    """The flags `Modality(fw)` gives the first trigger of type `event` in the first sentence of `text`."""
    from hadath.stages.modality import Modality

    art = coder(text, published=PUBLISHED)
    ms = [m for m in art.mentions if m.sentence == 0]
    cues = {m.tok_start: m for m in ms if m.kind == "cue"}
    trigs = sorted((m for m in ms if m.kind == "trigger"), key=lambda m: m.tok_start)
    k = next(n for n, m in enumerate(trigs) if m.label == event)
    return Modality(fw).flags(art.tokens[0], trigs[k], cues, trigs[:k])


@pytest.mark.parametrize("text, event, flags", [
    ("ويزور الرئيس الفرنسي القاهرة الأسبوع الجاري لبحث العلاقات.", "CONSULT", (False, True, False)),  # period
    ("يجتمع سفراء دول حلف شمال الأطلسي الثلاثاء في بروكسل.", "CONSULT", (False, True, False)),  # a weekday
    ("وقال الوزير إن بلاده لن توافق على الاتفاق.", "AGREE", (True, True, False)),  # future_negation
    ("ويعقد الوزراء اجتماعا في الرياض الأسبوع المقبل.", "CONSULT", (False, True, False)),  # time_head
    ("وسيتم الإعلان عن النتائج عندما توافق القيادة على الخطة.", "AGREE", (False, False, True)),  # when
])
def test_flags_as_before(coder, text, event, flags):
    assert _flags(coder, text, event) == flags


def test_modality_decides_the_flags_from_function_words(coder):
    """The flags are Modality's, and read the word classes from the FunctionWords they are given: without the
    period class «الأسبوع الجاري» no longer sets a present meeting verb for the days to come."""
    from hadath.lexicon.compile import FunctionWords

    fw = FunctionWords.load()
    text = "ويزور الرئيس الفرنسي القاهرة الأسبوع الجاري لبحث العلاقات."
    assert _trigger_flags(coder, text, "CONSULT", fw) == (False, True, False)
    assert _trigger_flags(coder, text, "CONSULT", replace(fw, period=frozenset())) == (False, False, False)
    text = "وقال الوزير إن بلاده لن توافق على الاتفاق."
    assert _trigger_flags(coder, text, "AGREE", replace(fw, future_negation=frozenset())) == (True, False, False)


def test_word_sets_are_data():
    """The classes function_words.tsv gives (normalised spelling), and no copy of them left in code."""
    from hadath.lexicon.compile import FunctionWords
    from hadath.stages import events, modality

    fw = FunctionWords.load()
    assert {"اثناء", "خلال", "عقب", "ابان"} <= fw.host_time
    assert fw.denied_be == {"يكون", "تكون", "يكونوا"}
    assert fw.period == {"الاسبوع", "الشهر"}
    assert {"الاسبوع", "العام", "السنه", "الجمعه", "الاحد"} <= fw.time_head
    assert fw.when == {"عندما", "حينما", "متي", "حين"}
    assert fw.future_negation == {"لن", "ولن", "فلن"}
    assert {"غدا", "يوم"} <= fw.tomorrow
    for name in ("_HOST_TIMES", "_DENIED_BE"):
        assert not hasattr(events, name)
    for name in ("_TIME_HEADS", "_WHEN"):
        assert not hasattr(modality, name)
    assert not hasattr(events.EventCoder, "_modality")


def test_denier_and_host_read_from_data(coder):
    """«نفى أن يكون استهدف» (denied_be) gives the denier as actor; «أثناء زيارته» (host_time) the visitor."""
    art = coder("لكن الجيش نفى أن يكون استهدف منطقة مأهولة.", published=PUBLISHED)
    ev = next(e for e in art.events if e.event == "ASSAULT")
    assert ev.negated and [a.text for a in ev.actor] == ["الجيش"]
    art = coder("يسعى وزير الخارجية الأمريكي جون كيري، أثناء زيارته إلى مصر، إلى تعزيز العلاقات.", published=PUBLISHED)
    ev = next(e for e in art.events if e.event == "CONSULT")
    assert [a.text for a in ev.actor] == ["وزير الخارجية الأمريكي جون كيري"]
