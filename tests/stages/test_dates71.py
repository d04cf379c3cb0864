"""Event dates, round 71: a stretch told with خلال، طوال، طيلة and a count is the deadline of what a demand, a call, a
pledge or an agreement governs («وطالب المجلس الحكومة بالانسحاب من المدينة خلال ستة أشهر»), time to come, not a stretch
before the writing day: such an event keeps the publication day."""

import pytest

SENTENCES = [
    ("وطالب المجلس الحكومة بالانسحاب من المدينة خلال ستة أشهر.", "REQUEST"),
    ("ودعت الأمم المتحدة الطرفين إلى استئناف المفاوضات خلال أسبوعين.", "REQUEST"),
    ("ووافق البرلمان على الاتفاق الذي سيدخل حيز التنفيذ خلال عام.", "AGREE"),
    ("وتعهدت الحكومة بتقديم مساعدات للنازحين خلال شهر.", "AGREE"),
]


@pytest.mark.parametrize("text,event", SENTENCES)
def test_deadline_of_a_governed_act_keeps_the_publication_day(nlp, text, event):
    """The demand, the call, the approval and the pledge are the day's; خلال and a count is the span they give."""
    evs = [e for e in nlp(text, published="2015-07-23").events if e.event == event]
    assert evs, f"no {event} event"
    for ev in evs:
        assert ev.date == "2015-07-23" and ev.date_source == "published"
