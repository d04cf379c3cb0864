"""Actors and recipients (round 51): a cabinet's approval of an accord «بين» its state and another has the other for
recipient, and the event nouns of the accord approved give no events of their own; «دعم بلاده» after a speaker is the
speaker's country's act; the one phrase after a verb of accusing, before the charge in بـ, is the accused; past an
office's owner in لـ the phrase right after is the verb's object; «وعبر X، خلال لقائه، عن» has X for subject of the
meeting; a masculine perfect in ت (توجه) carries its subject to the verb after حيث."""

import pytest


def _events(nlp, text, published="2015-08-03"):
    """(event, trigger, actor codes, recipient codes) of every event of `text`."""
    return [(e.event, e.trigger.text, [a.code for a in e.actor], [r.code for r in e.recipient])
            for e in nlp(text, published=published).events]


def _by_trigger(nlp, text, trigger):
    """The (event, trigger, actor codes, recipient codes) of the event of `text` whose trigger is `trigger`."""
    return next(e for e in _events(nlp, text) if e[1] == trigger)


@pytest.mark.parametrize("text, recipient", [
    ("وافق مجلس الوزراء على تفويض وزير الخارجية - أو من ينيبه - بالتباحث مع الجانب العاجي في شأن مشروع اتفاقية "
     "عامة للتعاون بين السعودية وحكومة جمهورية ساحل العاج، والتوقيع عليه، ومن ثم رفع النسخة النهائية الموقعة "
     "لاستكمال الإجراءات النظامية.", "CIV"),
    ("وافق مجلس الوزراء على تفويض صاحب السمو الملكي وزير الداخلية – أو من ينيبه – بالتوقيع على مشروع اتفاقية "
     "(مذكرة تفاهم) للتعاون في مجال مكافحة الجريمة بين حكومة المملكة العربية السعودية وحكومة جمهورية تونس.", "TUN"),
])
def test_the_cabinet_approves_an_accord_with_the_other_state(nlp, text, recipient):
    """«وافق مجلس الوزراء على تفويض وزير الخارجية … بين المملكة وحكومة جمهورية ساحل العاج»: one event, Saudi Arabia
    the actor, the other state the recipient (not the delegate); no events for التوقيع or التعاون."""
    events = _events(nlp, text)
    assert [e[0] for e in events] == ["AGREE"]
    assert events[0][2] == ["SAU"] and events[0][3] == [recipient]


def test_his_countrys_support_is_the_speakers(nlp):
    """«وأكد وزير الخارجية السوري وليد المعلم دعم بلاده للمبادرة الروسية»: Syria supports, Russia is supported."""
    support = _by_trigger(nlp, "وأكد وزير الخارجية السوري وليد المعلم دعم بلاده للمبادرة الروسية.", "دعم")
    assert support[2] == ["SYR"] and support[3] == ["RUS"]


def test_the_phrase_before_the_charge_is_accused(nlp):
    """«كما اتهم حزب العمال الكردستاني وتنظيم "داعش" بأن …»: the two groups are accused, neither accuses."""
    text = 'كما اتهم حزب العمال الكردستاني وتنظيم "داعش" بان "مصلحتهما واحدة" في اضعاف الدولة التركية.'
    accusation = _by_trigger(nlp, text, "اتهم")
    assert "KUR" in accusation[3] and "KUR" not in accusation[2] and "IMG" not in accusation[2]


def test_the_object_past_the_offices_owner(nlp):
    """«وطالب المتحدث الرسمي لوزارة الخارجية الأمريكية إيران بالإفراج»: Iran is asked."""
    text = "وطالب المتحدث الرسمي لوزارة الخارجية الأمريكية إيران بالإفراج عن المعتقلين الأمريكيين."
    demand = _by_trigger(nlp, text, "طالب")
    assert demand[2] == ["USA"] and demand[3] == ["IRN"]


def test_abbara_is_no_preposition_before_its_subject(nlp):
    """«وعبر المسؤول الأوروبي، خلال لقائه وزير الخارجية اليمني …، عن سعادته»: the European official met him."""
    text = ("وعبر المسؤول الأوروبي، خلال لقائه وزير الخارجية اليمني رياض ياسين في بروكسل، عن سعادته في استكمال "
            "تحرير محافظة عدن.")
    meeting = _by_trigger(nlp, text, "لقائه")
    assert meeting[2] == ["IGO"] and meeting[3] == ["YEM"]


def test_a_perfect_in_ta_carries_its_subject_past_haythu(nlp):
    """«وتوجه أوباما إلى نيروبي، حيث التقى الرئيس الكيني»: Obama met the Kenyan president."""
    meeting = _by_trigger(nlp, "وتوجه أوباما إلى نيروبي، حيث التقى الرئيس الكيني أوهورو كينياتا.", "التقى")
    assert meeting[2] == ["USA"] and meeting[3] == ["KEN"]
