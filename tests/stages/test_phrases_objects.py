"""Phrases: a place after a definite phrase, and people after ل, start phrases of their own (the verb's object, the
one told), not part of the subject."""

import pytest


def _roles(nlp, text):
    """(actor texts, recipient texts) of the first event of `text`."""
    ev = nlp(text, published="2015-08-08").events[0]
    return [x.text for x in ev.actor], [x.text for x in ev.recipient]


@pytest.mark.parametrize("text, actor, recipient", [
    ("وحاصرت القوات العراقية مدينة الفلوجة.", ["القوات العراقية"], ["مدينة الفلوجة"]),
    ("وتحاصر قوات النظام حلب منذ أشهر.", ["قوات النظام"], ["حلب"]),
    ("واعتذرت الوزارة للمواطنين عن التأخير.", ["الوزارة"], ["للمواطنين"]),
])
def test_the_object_is_no_part_of_the_subject(nlp, text, actor, recipient):
    assert _roles(nlp, text) == (actor, recipient)


def test_an_office_of_a_body_and_a_country_adjective_stay_one_phrase(nlp):
    art = nlp("وقال المتحدث الرسمي للوزارة إن الوزير التقى السفير.")
    assert [s.speaker.text for s in art.statements] == ["المتحدث الرسمي للوزارة"]
    assert _roles(nlp, "وانتقدت الحكومة السعودية الموقف الإيراني.")[0] == ["الحكومة السعودية"]
