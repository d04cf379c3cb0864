"""Acts to come dated by the past day they were said to come on (stages.anchors.said_to_come): the day a clause of
saying names before its complementizer (أن، إن، بأن، أنه…) is the saying's, and the act it says will come is undated
("after_published"); a time told after the act's word, or with no complementizer between, stays the act's. The
sentences are from bench news that judges read (tools/judged/dates.tsv: 2015-07-25 #312, 2015-08-06 #20,
2015-07-26 #126, 2015-07-21 #39 and #92)."""

from __future__ import annotations

import pytest

import hadath
from hadath.settings import Settings

_DATE = "2015-07-26"


def _dates(nlp, text: str, kind: str, word: str) -> list[tuple[str | None, str | None, str | None, bool]]:
    """(date, enddate, date_source, future) of the events of `kind` whose trigger holds `word`."""
    events = [e for e in nlp(text, published=_DATE).events if e.event == kind and word in e.trigger.text]
    assert events, [(e.event, e.trigger.text) for e in nlp(text, published=_DATE).events]
    return [(e.date, e.enddate, e.date_source, e.future) for e in events]


UNDATED = [
    pytest.param("من جهة أخرى أكد جون كيري أمس، أنه يعتزم بحث سبل مواجهة تنظيم داعش في سورية والدور الذي يمكن أن "
                 "تلعبه إيران.", "CONSULT", "بحث", id="intends_after_anhu"),
    pytest.param("أعلنت تركيا أمس أنها ستطلق قريبا هجوما واسع النطاق ضد تنظيم داعش في شمال سوريا.", "ASSAULT", "هجوم",
                 id="will_launch_after_anha"),
    pytest.param("وأكد الصندوق، في بيان صادر عنه أمس، تلقيه خطابا من السلطات اليونانية، مشيرًا إلى أنه سيبحث مع "
                 "الشركاء الأوروبيين والحكومة اليونانية توقيت المفاوضات المتعلقة بالقرض.", "CONSULT", "سيبحث",
                 id="will_discuss_after_ila_anhu"),
]

KEPT = [
    # the time after the act's word is the act's own
    pytest.param("وسيستقبل كيري اليوم نظيره الكوبي برونو رودريغيز لإجراء محادثات في واشنطن.", "CONSULT", "سيستقبل",
                 _DATE, id="time_after_the_word"),
    # a day told after a word of plan is the day the act was due
    pytest.param("وكان من المقرر أمس أن يلتقي الرئيس نظيره الفرنسي.", "CONSULT", "يلتقي", "2015-07-25",
                 id="due_yesterday_after_a_plan_word"),
    # no complementizer between the day and the act: the day is the one the act was due on
    pytest.param("والثلاثة الذين ألقي بهم في السجن كان يفترض أن توجه إليهم بالأمس رسميا اتهامات تتعلق بتشكيل عصابة.",
                 "ACCUSE", "اتهامات", "2015-07-25", id="due_yesterday"),
]


@pytest.mark.parametrize("text, kind, word", UNDATED)
def test_an_act_said_to_come_on_a_past_day_is_undated(nlp, text, kind, word):
    got = _dates(nlp, text, kind, word)
    assert all(row == (None, None, "after_published", True) for row in got), got


@pytest.mark.parametrize("text, kind, word, day", KEPT)
def test_an_act_to_come_keeps_a_day_of_its_own(nlp, text, kind, word, day):
    got = _dates(nlp, text, kind, word)
    assert all(row[0] == day and row[2] == "text" for row in got), got


def test_a_past_act_said_on_a_day_keeps_it(nlp):
    """Only acts to come: a done act the clause of saying reports keeps the saying's day."""
    got = _dates(nlp, "أعلنت وزارة الداخلية أمس أنها اعتقلت خمسة مشتبه بهم في الرياض.", "COERCE", "اعتقلت")
    assert all(row == ("2015-07-25", None, "text", False) for row in got), got


def test_turned_off_with_the_acts_to_come_stage():
    keep = hadath.load(Settings(acts_to_come=False))
    got = _dates(keep, UNDATED[0].values[0], "CONSULT", "بحث")
    assert all(row[:3] == ("2015-07-25", None, "text") for row in got), got


def test_only_a_past_time_before_the_word_with_a_complementizer_between(nlp):
    """said_to_come itself, on the coder's event with the stage off: the saying's «أمس» before «أنه» undates it; the
    same past time placed after the act's word leaves it alone."""
    from dataclasses import replace

    from hadath.lexicon.compile import FunctionWords
    from hadath.stages.anchors import said_to_come

    keep = hadath.load(Settings(acts_to_come=False))
    text = UNDATED[0].values[0]
    article = keep(text, published=_DATE)
    ev = next(e for e in article.events if e.event == "CONSULT" and "بحث" in e.trigger.text)
    assert ev.date_source == "text" and ev.date_evidence.end <= ev.trigger.start
    fw = FunctionWords.load()
    that = fw.complementizer | fw.pronoun_that
    assert said_to_come(ev, article, that).date_source == "after_published"
    t = ev.date_evidence
    after = replace(t, start=ev.trigger.end + 1, end=ev.trigger.end + 1 + (t.end - t.start))
    moved = ev.updated(date_evidence=after)
    assert said_to_come(moved, article, that) is moved
