"""An event dated by another sentence's time expression says so: date_source "story", not "text" (anchors.told_elsewhere)."""
import pytest

_KIDNAP = ('خطفت جبهة النصرة ثمانية عناصر من فرقة سورية مقاتلة كانوا تلقوا تدريبات في اطار برنامج التدريب الاميركي '
           'للمعارضة السورية.\nوقال المرصد: "خطف عناصر من جبهة النصرة مساء الاربعاء، قائد الفرقة العقيد نديم الحسن".')


@pytest.fixture(scope="module")
def kidnap(nlp):
    return nlp(_KIDNAP, published="2015-07-31")


def test_first_telling_takes_the_later_day_as_the_story_s(kidnap):
    ev = next(e for e in kidnap.events if e.trigger.text == "خطفت")
    assert (ev.date, ev.date_source, ev.date_evidence.text) == ("2015-07-29", "story", "مساء الاربعاء")
    assert ev.date_evidence.sentence != ev.sentence
    assert ev.to_dict()["date_source"] == "story"


def test_the_telling_whose_sentence_has_the_time_keeps_text(kidnap):
    ev = next(e for e in kidnap.events if e.trigger.text == "خطف")
    assert (ev.date, ev.date_source) == ("2015-07-29", "text")
    assert ev.date_evidence.sentence == ev.sentence


def test_every_text_date_lies_in_its_sentence(kidnap):
    for ev in kidnap.events:
        if ev.date_source == "text":
            s = kidnap.sentences[ev.sentence]
            assert s.start <= ev.date_evidence.start and ev.date_evidence.end <= s.end
