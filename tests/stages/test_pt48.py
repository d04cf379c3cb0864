"""Parties of stances and of light verbs (pt48): a stance verb whose object in بـ is a plan or an initiative with its
owner's nationality adjective takes that owner as recipient («ندد لافروف بالمشروع الأميركي»، «رحب بالمبادرة
المصرية»); a deed issued by a party (التي صدرت عن، الصادرة عن) has it for owner, whom the stance is about; a light
verb right after أنه/أنها/أنهم is done by the speaker of the report verb before it; two nationality adjectives joined
by a hyphen after an event noun are its two sides («تعاون يمني - مصري»); and «كرد فعل» («as a reaction») names no
Kurds. Sentences adapted from the design slice (2015-08-06) and the study day 2015-07-22."""

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


def test_author_of_statements_issued_is_recipient(parties):
    """«أدانت … التصريحات الطائفية التي صدرت عن … نوري المالكي»: the statements issued by al-Maliki are condemned;
    he is the recipient."""
    actors, recipients = parties.of("أدانت رابطة العالم الإسلامي التصريحات الطائفية التي صدرت عن نائب رئيس الجمهورية "
                                    "العراقية نوري المالكي.", "ACCUSE")
    assert "IRQ" in _codes(recipients)
    assert "IRQ" not in _codes(actors)


def test_author_after_participle_of_issuing_is_recipient(parties):
    """«رفضت الوزارة التصريحات الصادرة عن المسؤولين الإيرانيين»: the Iranian officials' statements are rejected."""
    _, recipients = parties.of("ورفضت الوزارة التصريحات الصادرة عن المسؤولين الإيرانيين بشأن البحرين.", "REJECT")
    assert "IRN" in _codes(recipients)


def test_light_verb_after_that_he_is_done_by_the_speaker(parties):
    """«وأعلن مقاتلو المعارضة أمس، أنهم نفذوا هجوما»: the light verb's pronoun is the speaker, past the comma that
    sets off the time: the opposition fighters attacked."""
    actors, _ = parties.of("وأعلن مقاتلو المعارضة أمس، أنهم نفذوا هجومًا مباغتًا على حواجز قوات الأسد.", "ASSAULT")
    assert "مقاتلو المعارضة" in [t for t, _, _ in actors]


def test_light_verb_after_it_is_that_is_no_speakers(parties):
    """«أعلنت الوزارة أنه نفذت مجموعة مسلحة هجوما»: a masculine أنه after a feminine verb is «it is that»; the
    ministry did not attack."""
    actors, _ = parties.of("وأعلنت الوزارة أنه نفذت مجموعة مسلحة هجوما على حاجز أمني.", "ASSAULT")
    assert "الوزارة" not in [t for t, _, _ in actors]


def test_hyphenated_nationalities_are_both_sides(parties):
    """«تعاون يمني - مصري»: two nationality adjectives joined by a hyphen name the two sides: Yemen and Egypt."""
    actors, recipients = parties.of("وأكد حدوث اتفاق على تعاون يمني - مصري لتدريب عناصر الجيش اليمني التي تعمل على "
                                    "حماية باب المندب.", "COOPERATE")
    assert "YEM" in _codes(actors)
    assert "EGY" in _codes(recipients)


def test_hyphenated_meeting_sides(parties):
    """«الاجتماع الجزائري - الإسباني»: the meeting's sides are Algeria and Spain."""
    actors, recipients = parties.of("وفي كلمة ألقاها خلال افتتاح الدورة السادسة للاجتماع الجزائري - الإسباني رفيع "
                                    "المستوى قال سلال إن بلاده متمسكة بحل سياسي في ليبيا.", "CONSULT")
    assert "DZA" in _codes(actors)
    assert "ESP" in _codes(recipients)


def test_single_nationality_takes_no_partner(parties):
    """«تعاون يمني لتدريب الجيش»: one adjective, no hyphen: no recipient is invented."""
    _, recipients = parties.of("وأكد حدوث اتفاق على تعاون يمني لتدريب عناصر الجيش.", "COOPERATE")
    assert recipients == []
