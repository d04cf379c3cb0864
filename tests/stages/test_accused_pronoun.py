"""Whom «إياهم» after a participle of blame points at (events._circumstantial_callers): a plural of people may be the
subject of a reported verb («أن الحوثيين قصفوا …، محملة إياهم»), and a feminine or non-human phrase is passed over
when a plural of people stands before it. An attack verb a speaker reports is not made an attack in words by the
speaker's participle past the comma (events._spoken_attack), and a definite plural of people right after a one-word
title is the next phrase (phrases._plural_after_singular_nisba: «هاجم الوزير | الحوثيين»)."""

from __future__ import annotations

import pytest

_DATE = "2015-08-01"


def _accuse(nlp, text):
    return [([(x.code, x.text) for x in e.actor], [(x.code, x.text) for x in e.recipient])
            for e in nlp(text, published=_DATE).events if e.event == "ACCUSE"]


@pytest.mark.parametrize("text, actor, recipient", [
    pytest.param("وأكدت الوزارة اليمنية أن الحوثيين قصفوا المدينة، محملة إياهم مسؤولية مقتل المدنيين.",
                 ("YEM", "الوزارة اليمنية"), ("YEM", "الحوثيين"), id="the_reported_subject"),
    pytest.param("وقال المتحدث العسكري السعودي إن الحوثيين هاجموا القوات السعودية، متهما إياهم بخرق الهدنة.",
                 ("SAU", "المتحدث العسكري السعودي"), ("YEM", "الحوثيين"), id="not_the_forces"),
    pytest.param("وتبنت جبهة النصرة خطف العناصر من الفرقة 30، متهمة اياهم بأنهم وكلاء لتمرير مشاريع أمريكية.",
                 ("IMG", "جبهة النصرة"), ("SYR", "الفرقة 30"), id="the_division_s_men"),
])
def test_the_plural_pronoun_points_at_a_plural_of_people(nlp, text, actor, recipient):
    got = _accuse(nlp, text)
    assert ([actor], [recipient]) in got, got


def test_a_singular_name_before_its_verb_stays_out(nlp):
    """«إياهم» never points at a singular subject of the reported clause («التنظيم»)."""
    got = _accuse(nlp, "وتابعت الوزارة أن التنظيم اعتقل هؤلاء الشبان، متهما إياهم بالتجسس.")
    assert got and all(r != [(None, "التنظيم")] and not any("التنظيم" in t for _, t in r) for _, r in got), got


def test_a_reported_attack_is_no_attack_in_words(nlp):
    events = nlp("وقال المتحدث العسكري السعودي إن الحوثيين هاجموا القوات السعودية، متهما إياهم بخرق الهدنة.",
                 published=_DATE).events
    assert not any(e.trigger.text == "هاجموا" and e.event == "ACCUSE" for e in events)


def test_a_plural_after_a_title_is_the_object(nlp):
    got = _accuse(nlp, "هاجم الوزير اليمني الحوثيين، متهما إياهم بخرق الهدنة.") + \
        _accuse(nlp, "هاجم الوزير الحوثيين، متهما إياهم بخرق الهدنة.")
    assert got and all(a and not any("الحوثيين" in t for _, t in a) for a, _ in got), got
    assert all(r == [("YEM", "الحوثيين")] for _, r in got), got


def test_an_owned_speech_s_attack_is_still_in_words(nlp):
    """A relative clause of an owned speech is no reported clause: «تصريحات ترامب التي هاجم فيها جون ماكين»."""
    got = _accuse(nlp, "وأوضحت صحيفة واشنطن بوست ان غالبية الاشخاص أدلوا بآرائهم قبل تصريحات ترامب التي هاجم فيها "
                       "جون ماكين السبت، معتبرا انه لا يستحق لقب بطل حرب.")
    assert ([("USA", "ترامب")], [("USA", "جون ماكين")]) in got, got
