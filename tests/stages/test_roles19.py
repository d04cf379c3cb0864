"""Cautions, greetings, prayers and notes told with the subject between the verb and the words that tell them
(round 19): no threat, support or appeal (must / must not)."""
import pytest
from stage_coding import events_coded


def coded(nlp, text, date="2015-08-07"):
    """The events the event coder gives (see stage_coding)."""
    return events_coded(nlp, text, date)


def kinds(nlp, text):
    """(type, trigger) of each event coded in the text."""
    return [(e.event, e.trigger.text) for e in coded(nlp, text)]


@pytest.mark.parametrize("text,trigger", [
    # the speaker's own people or the public warned of a danger: a caution
    ("حذر مفتي عام المملكة الشيخ عبدالعزيز بن عبدالله آل الشيخ، المسلمين من فئة نبتت بين أظهر المسلمين.", "حذر"),
    ("وحذرت الخارجية الأمريكية مواطني الولايات المتحدة من السفر إلى اليمن.", "حذرت"),
    # a warning in the first person to no coded party
    ("والواجب أن نكشفها على حقيقتها ونحذر شبابنا من هذه الفئة الضالة.", "نحذر"),
    ("إذ لا بد أن نحذر حرب الشعارات.", "نحذر"),
])
def test_a_caution_is_no_threat(nlp, text, trigger):
    assert ("THREATEN", trigger) not in kinds(nlp, text)


def test_a_warning_to_a_party_stays_a_threat(nlp):
    assert ("THREATEN", "حذر") in kinds(nlp, "وحذر الرئيس الأمريكي إيران من مغبة التدخل في اليمن.")
    assert ("THREATEN", "نحذر") in kinds(nlp, "وقال الوزير: نحذر الحوثيين من مواصلة الاعتداءات.")


@pytest.mark.parametrize("text,trigger", [
    ("ورحب المحافظ بالحضور والضيوف في الحفل.", "رحب"),
    ("ورحب سموه بأعضاء المجلس البلدي بتبوك، متمنيا لهم طيب الإقامة بالمنطقة.", "رحب"),
])
def test_a_greeting_of_guests_is_no_support(nlp, text, trigger):
    assert ("SUPPORT", trigger) not in kinds(nlp, text)


def test_a_welcome_of_an_act_stays_support(nlp):
    assert ("SUPPORT", "رحب") in kinds(nlp, "ورحب الأمين العام للأمم المتحدة بان كي مون بوقف إطلاق النار.")
    # the name بان is no «بأن» of what was noted
    assert ("SUPPORT", "رحب") in kinds(nlp, "ورحب الأمين العام للأمم المتحدة بان جي مون بوقف إطلاق النار.")


def test_noted_that_past_the_subject_is_no_praise(nlp):
    assert ("SUPPORT", "نوه") not in kinds(nlp, "ونوه وزير الخارجية عادل الجبير إلى أن المملكة تدعم الشرعية.")
    assert ("SUPPORT", "نوه") not in kinds(nlp, "ونوه الوزير بان المملكة تدعم الشرعية.")
    assert ("SUPPORT", "نوه") in kinds(nlp, "ونوه وزير الخارجية عادل الجبير بجهود المملكة في دعم الشرعية.")


def test_a_prayer_past_the_subject_is_no_appeal(nlp):
    assert ("REQUEST", "دعا") not in kinds(nlp, "ودعا الرئيس عبدربه منصور هادي المولى عز وجل أن يحفظ اليمن.")
    assert ("REQUEST", "دعا") in kinds(
        nlp, "ودعا وزير الخارجية الإماراتي عبد الله بن زايد الأطراف إلى الحوار.")


def test_a_feminine_noun_after_a_masculine_verb_is_its_object(nlp):
    # وطالب الحكومة: the verb would agree with a feminine subject (وطالبت الحكومة); the government is addressed
    ev = next(e for e in coded(nlp, "وطالب الحكومة الاتحادية بالإسراع بتحرير مناطق المسيحيين.") if e.event == "REQUEST")
    assert "الحكومة" not in [p.text for p in ev.actor]
    assert "الحكومة" in [p.text for p in ev.recipient]
    ev = next(e for e in coded(nlp, "وطالبت الحكومة المواطنين بالهدوء.") if e.event == "REQUEST")
    assert "الحكومة" in [p.text for p in ev.actor]


def test_a_verbal_noun_after_a_participle_keeps_its_doer(nlp):
    # مؤكدا دعم الحكومة الألمانية: دعم may be the verbal noun; its genitive is the one who supports
    evs = [e for e in coded(nlp, "وقال الوزير مؤكداً دعم الحكومة الألمانية للمملكة.") if e.event == "SUPPORT"]
    assert all("الحكومة" not in [p.text for p in e.recipient] for e in evs)


def test_a_count_with_wa_after_the_subject_is_its_conjunct(nlp):
    # واعتقلت امرأة وأحد الأطفال: «وأحد» joins a second one arrested, no object; the woman is no arrester
    ev = next(e for e in coded(nlp, "واعتقلت امرأة وأحد الأطفال خلال المداهمة.") if e.event == "COERCE")
    assert "امرأة" not in [p.text for p in ev.actor]
    ev = next(e for e in coded(nlp, "ويتهم المتظاهرون وعدد من الناشطين المدنيين الطبقة السياسية بالفساد.")
              if e.event == "ACCUSE")
    assert not any("الناشطين" in p.text for p in ev.recipient)
