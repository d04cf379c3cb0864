"""Parties of stances on a party's plan, project, proposal or initiative (pt48): a stance verb whose object in بـ is a
plan or an initiative with its owner's nationality adjective takes that owner as recipient («ندد لافروف بالمشروع
الأميركي»، «رحب بالمبادرة المصرية»); and «كرد فعل» («as a reaction») names no Kurds. Sentences adapted from the
design slice (2015-08-06, Asharq al-Awsat international pages)."""

from __future__ import annotations

PUBLISHED = "2015-08-06"


def _codes(entities):
    """The codes of (text, code, sector) parties."""
    return [c for _, c, _ in entities]


def test_project_owner_is_recipient_of_condemnation(parties):
    """«ندد لافروف بالمشروع الأميركي»: the American project is condemned; the USA is the recipient."""
    actors, recipients = parties.of("فقد ندد لافروف بالمشروع الأميركي توفير الحماية الجوية للمعارضين الذين دربتهم "
                                    "واشنطن.", "ACCUSE")
    assert "USA" in _codes(recipients)
    assert "RUS" in _codes(actors)


def test_initiative_owner_is_recipient_of_welcome(parties):
    """«رحب … بالمبادرة المصرية»: Egypt's initiative is welcomed; Egypt is the recipient."""
    actors, recipients = parties.of("ورحب وزير الخارجية بالمبادرة المصرية لحل الأزمة الليبية.", "SUPPORT")
    assert "EGY" in _codes(recipients)
    assert "EGY" not in _codes(actors)


def test_threats_against_a_party_are_not_its_own(parties):
    """«نرفض جميع التهديدات الموجهة لإسرائيل»: the threats are aimed at Israel, not Israel's; Israel is no
    recipient of the refusal."""
    _, recipients = parties.of("وقال مسؤول إسرائيلي: «نرفض جميع التهديدات الموجهة لإسرائيل في الأيام الأخيرة».",
                               "REJECT")
    assert "ISR" not in _codes(recipients)


def test_as_a_reaction_is_no_kurd(parties):
    """«كرد فعل على العقوبات»: «as a reaction to the sanctions»; no Kurdish party in the sentence's events."""
    every = parties.every("يذكر أن روسيا فرضت حظر الاستيراد على المنتجات الزراعية من الغرب في السادس من شهر أغسطس "
                          "الماضي كرد فعل على العقوبات الاقتصادية التي فرضها الاتحاد الأوروبي والولايات المتحدة "
                          "الأميركية ضدها.")
    assert "KUR" not in _codes(every)


def test_kurds_still_read(parties):
    """«وهاجم الكرد مواقع داعش»: the Kurds themselves are still read."""
    actors, _ = parties.of("وهاجم الكرد مواقع داعش في الحسكة.", "ASSAULT")
    assert "KUR" in _codes(actors)
