"""Parties left empty (pt48b): a comma that sets off a stance verb's subject does not end its object («أدانت رابطة
العالم الإسلامي، التصريحات … التي صدرت عن»); a named phrase in لـ right before the «عن» of a verb of expressing is
the one the feeling is voiced to («أعرب كيري للصين عن قلقه»); a light verb with the future س of launching
(ستطلق) is done by the speaker of «أنها» («أعلنت تركيا أنها ستطلق قريبا هجوما»); and a masculine «يجري» after a
masculine «إنه» with a feminine event noun has the speaker for subject («قال كيري إنه يجري محادثات»). Sentences
adapted from the design slice (2015-08-06) and the study day 2015-07-31."""

from __future__ import annotations

PUBLISHED = "2015-08-06"


def _codes(entities):
    """The codes of (text, code, sector) parties."""
    return [c for _, c, _ in entities]


def test_comma_after_subject_keeps_the_deed_object(parties):
    """«أدانت رابطة العالم الإسلامي، التصريحات … التي صدرت عن … نوري المالكي»: the comma sets off the subject; the
    author of the statements condemned is the recipient."""
    actors, recipients = parties.of("أدانت رابطة العالم الإسلامي، التصريحات الطائفية التي صدرت عن نائب رئيس "
                                    "الجمهورية العراقية نوري المالكي وعدتها تصريحات تغذي التطرف.", "ACCUSE")
    assert "IRQ" in _codes(recipients)
    assert "IRQ" not in _codes(actors)


def test_comma_after_subject_before_statements_of_owner(parties):
    """«ورفضت وزارة الخارجية البحرينية، التصريحات الصادرة عن المسؤولين الإيرانيين»: Iran's officials are the
    recipient."""
    _, recipients = parties.of("ورفضت وزارة الخارجية البحرينية، التصريحات الصادرة عن المسؤولين الإيرانيين بشأن "
                               "البحرين.", "REJECT")
    assert "IRN" in _codes(recipients)


def test_concern_voiced_to_a_party_in_lam(parties):
    """«وكان كيري أعرب الاربعاء للصين عن قلقه»: the concern is voiced to China, the recipient."""
    actors, recipients = parties.of("وكان كيري أعرب الاربعاء للصين عن قلقه ازاء انشطتها في بحر الصين الجنوبي "
                                    "المتنازع عليه.", "ACCUSE")
    assert "CHN" in _codes(recipients)
    assert "USA" in _codes(actors)


def test_concern_voiced_past_commas(parties):
    """«أعرب … جون كيري، أمس، لنظيره الصيني وانغ يي، عن قلقه»: Kerry the actor, his Chinese counterpart the
    recipient, past the commas of the time."""
    actors, recipients = parties.of("أعرب وزير الخارجية الأميركي جون كيري، أمس، لنظيره الصيني وانغ يي، عن قلقه إزاء "
                                    "الأعمال التي تقوم بها بلاده.", "ACCUSE")
    assert "CHN" in _codes(recipients)
    assert "USA" in _codes(actors)


def test_party_in_lam_is_no_actor_of_appreciation(parties):
    """«وأعرب الرئيس لخادم الحرمين الشريفين عن تقديره»: the king is thanked, not the one thanking."""
    actors, recipients = parties.of("وأعرب الرئيس لخادم الحرمين الشريفين عن تقديره للجهود.", "SUPPORT")
    assert "SAU" not in _codes(actors)
    assert "SAU" in _codes(recipients)


def test_lam_of_a_noun_is_no_addressee(parties):
    """«أعرب كاميرون على هامش زيارة لسنغافورة، عن قلقه»: Singapore is where he visits, not whom the concern is
    voiced to."""
    _, recipients = parties.of("من جهته، أعرب كاميرون على هامش زيارة لسنغافورة، عن قلقه إزاء الوضع.", "ACCUSE")
    assert "SGP" not in _codes(recipients)


def test_future_launch_is_done_by_the_speaker(parties):
    """«أعلنت تركيا الاربعاء أنها ستطلق قريبا هجوما»: Turkey will attack."""
    actors, recipients = parties.of("أعلنت تركيا الاربعاء أنها ستطلق قريبا هجوما واسع النطاق ضد تنظيم الدولة "
                                    "الاسلامية في شمال سوريا.", "ASSAULT")
    assert "TUR" in _codes(actors)
    assert "TUR" not in _codes(recipients)


def test_he_holds_talks(parties):
    """«وقال كيري إنه يجري محادثات مع طهران»: a masculine يجري cannot have محادثات for subject; Kerry holds them."""
    actors, _ = parties.of("وقال كيري إنه يجري محادثات مباشرة مع طهران عن هؤلاء السجناء.", "CONSULT")
    assert "USA" in _codes(actors)


def test_talks_going_on_have_no_speaker(parties):
    """«وقال المسؤول إنه تجري محادثات مع طهران»: «it is that talks are going on»; the official holds none."""
    actors, _ = parties.of("وقال المسؤول الأمريكي إنه تجري محادثات مع طهران.", "CONSULT")
    assert "USA" not in _codes(actors)
