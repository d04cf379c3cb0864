"""Review of round 105 (mend105): a reception's look for a dead body stops at the next event of its sentence (a minister
met first, then went to receive a body), «توجيه» delivers only blows (after «بتوجيه رسالة/إنذار» the act in بـ is what
the message says), the demolition noun spares unlicensed or derelict buildings and an owner's old house, and the report
filter spares near its threshold only a past attack told by a state's own body (government, army, police, courts)."""

from stage_coding import kept_types

from hadath.article import Article
from hadath.stages.reports import _verb_told

_DATE = "2015-07-31"


def test_meeting_before_a_body_received_stays_a_meeting(nlp):
    """«واستقبل وزير الداخلية نظيره العراقي … وبحثا سبل التعاون … لاستقبال جثمان السفير»: the body is received in a
    later act; the ministers' meeting stays."""
    text = ("واستقبل وزير الداخلية نظيره العراقي في مكتبه بالرياض اليوم وبحثا سبل التعاون الأمني بين البلدين ثم توجها "
            "إلى المطار لاستقبال جثمان السفير الراحل.")
    assert ("CONSULT", "استقبل") in kept_types(nlp, text, _DATE)


def test_message_ordered_is_no_act_done(nlp):
    """«بتوجيه رسالة بالإفراج عن السجناء»، «بتوجيه إنذار باعتقال المخالفين»: what a message or warning says is no
    release or arrest done."""
    assert not kept_types(nlp, "وأمر الملك بتوجيه رسالة بالإفراج عن السجناء.", _DATE)
    assert not kept_types(nlp, "وقامت الشرطة بتوجيه إنذار باعتقال المخالفين.", _DATE)


def test_blows_delivered_still_tell_the_arrests(nlp):
    """«بتوجيه ضربات قاصمة للإرهاب بالقبض على 431 متورطا»: blows delivered are no directive (round 105 kept)."""
    text = ("وتمكنت الجهات الأمنية بتوجيه ضربات قاصمة للإرهاب بالقبض على 431 متورطا في خلايا إرهابية، بحسب بيان "
            "وزارة الداخلية السعودية.")
    assert any(t == "COERCE" for t, _ in kept_types(nlp, text, _DATE))


def test_demolition_of_unlicensed_or_old_buildings_is_no_event(nlp):
    """«بهدم المباني المخالفة»: clearing unlicensed buildings; «بهدم منزله القديم لإعادة بنائه»: an owner rebuilding."""
    assert not kept_types(nlp, "وقامت السلطات بهدم المباني المخالفة التي شيدت دون ترخيص.", _DATE)
    assert not kept_types(nlp, "وقام المواطن بهدم منزله القديم لإعادة بنائه من جديد.", _DATE)


def _coded(nlp, text):
    """The article after the event coder (before the report filter) and its trigger mentions by start."""
    a = Article(text=text, id="t", published=_DATE)
    for stage in nlp.stages:
        a = stage(a)
        if type(stage).__name__ == "EventCoder":
            break
    return a, {m.start: m for m in a.mentions if m.kind == "trigger"}


def test_near_threshold_spares_a_state_body_only(nlp):
    """_verb_told: «أعدمت السلطات الهندية شنقا …» (a government) passes, «أعدمت جماعة بوكو حرام شنقا …» (an armed
    group with Nigeria's code) does not."""
    fw = next(s for s in nlp.stages if type(s).__name__ == "ReportFilter").fw
    for text, state in (("أعدمت السلطات الهندية شنقا الخميس يعقوب مأمون في سجن ناجبور.", True),
                        ("أعدمت جماعة بوكو حرام شنقا الخميس عشرات القرويين في شمال شرق نيجيريا.", False)):
        a, triggers = _coded(nlp, text)
        ev = next(e for e in a.events if e.trigger.text.startswith("أعدمت"))
        assert any(x.code for x in ev.actor), ev.actor
        assert _verb_told(a.tokens[ev.sentence], ev, triggers.get(ev.trigger.start), fw) is state, text
