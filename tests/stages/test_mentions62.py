"""mentions62 (round 62): parties the mention layer coded wrongly on the dev days — «جده» after a kin noun
(«زوجات جده»: his grandfather's wives) is no Jeddah; the Azhar's sheikh Ahmed al-Tayeb, told by his family name
alone, is a religious figure, not Egypt's government; a fallen regime's forces («قوات النظام المخلوع», Saleh's in
Yemen) are not Assad's; a nationality after a kunya («أبو خليل السوداني») is a nom de guerre, no Sudanese state
party; a nationality set off after a person's name («الكندري، الكويتي الجنسية،») is the person's."""

from __future__ import annotations

PUBLISHED = "2015-07-24"


def test_grandfather_is_no_jeddah(parties):
    """«زوجات جده»: his grandfather's wives; no Saudi party from Jeddah."""
    every = parties.every("ثم سافر إلى قرية والده، ثم التقى مع آخر زوجات جده لوالده، والمعروفة باسم ماما سارة.")
    assert not any(code == "SAU" for _, code, _ in every)


def test_al_tayeb_is_religious(parties):
    """Ahmed al-Tayeb, the Azhar's grand imam, told «الطيب» after his full name, is EGY/REL, not EGY/GOV."""
    every = parties.every("ويأتي رفض الأزهر بعد يوم من دعوة إمامه الأكبر الدكتور أحمد الطيب إلى كبار علماء السنة "
                          "والشيعة للاجتماع في القاهرة. وقال إن الطيب سيعقد اجتماعا مع العلماء الأسبوع المقبل.")
    assert ("الطيب", "EGY", "REL") in every
    assert ("الطيب", "EGY", "GOV") not in every


def test_forces_of_the_deposed_regime_are_not_assads(parties):
    """«قوات النظام المخلوع» (Saleh's forces in Yemen) are no Syrian government forces."""
    act, rec = parties.of("وهاجمت قوات النظام المخلوع مواقع المقاومة الشعبية في تعز.", "ASSAULT")
    assert not any(code == "SYR" for _, code, _ in act)
    assert ("المقاومة الشعبية", "YEM", "REB") in rec


def test_a_nisba_after_a_kunya_is_no_state(parties):
    """«استهدفت أبو خليل السوداني»: the man targeted is the recipient, not the Sudanese state."""
    _, rec = parties.of("وذكر أن الغارة استهدفت أبو خليل السوداني وأنه قتل في ضربة وقعت في 11 يوليو.", "ASSAULT")
    assert any(text == "أبو خليل السوداني" for text, _, _ in rec)
    assert not any(code == "SDN" for _, code, _ in rec)


def test_a_nationality_set_off_after_the_name_is_the_persons(parties):
    """«الكندري، الكويتي الجنسية،» makes «محسن الكندري», named before with no title, a Kuwaiti."""
    _, rec = parties.of("قتل محسن الكندري في غارة أمريكية في سوريا. وقال المتحدث إن الكندري، الكويتي الجنسية، شارك في "
                        "هجمات على مشاة البحرية الأمريكية في جزيرة فيلكا.", "ASSAULT")
    assert ("محسن الكندري", "KWT", None) in rec


def test_extremist_settlers_are_no_rebels(parties):
    """«مستوطنون متطرفون» are Israeli settlers (civilians), not rebels."""
    act, _ = parties.of("وأضرم مستوطنون متطرفون النار في المسجد.", "ASSAULT")
    assert any(code == "ISR" and sector == "CVL" for _, code, sector in act)
    assert not any(sector == "REB" for _, _, sector in act)


def test_a_quarter_named_for_the_police_is_no_police(parties):
    """«استهدف حي الشرطة»: a quarter of Baghdad, no police among the targets."""
    every = parties.every("وقتل ثلاثة أشخاص في هجوم انتحاري استهدف حي الشرطة في بغداد.")
    assert not any(sector == "COP" for _, _, sector in every)


def test_a_body_in_a_country_is_that_countrys(parties):
    """«وزارة الداخلية في البحرين»، «الشرطة في البحرين»: Bahrain's ministry and police."""
    act, _ = parties.of("وأدانت وزارة الخارجية في مصر الهجوم الإرهابي.", "ACCUSE")
    assert ("وزارة الخارجية", "EGY", "GOV") in act
    act, _ = parties.of("واعتقلت الشرطة في البحرين خمسة متهمين.", "COERCE")
    assert ("الشرطة", "BHR", "COP") in act


def test_people_the_lexicons_lacked(parties):
    """Hamas's Salah al-Bardawil, Egypt's MFA spokesman Badr Abdelatty and King Saud of a story of 1959."""
    act, _ = parties.of("أعرب القيادي في حماس صلاح البردويل عن أسفه. ودعا البردويل إلى تكاتف وطني فلسطيني.", "REQUEST")
    assert ("البردويل", "PSE", "REB") in act
    act, _ = parties.of("وطالب المتحدث باسم الخارجية المصرية بدر عبدالعاطي بالالتزام بميثاق الأمم المتحدة.", "REQUEST")
    assert any(code == "EGY" and text.endswith("بدر عبدالعاطي") for text, code, _ in act)


def test_the_minister_alone_is_the_one_named_before(parties):
    """«وزير الخارجية عادل الجبير» … «وبحث الوزير»: the Saudi minister, not a minister of no country."""
    act, _ = parties.of("وصل وزير الخارجية عادل الجبير إلى باريس أمس. وبحث الوزير مع نظيره الفرنسي العلاقات الثنائية.",
                        "CONSULT")
    assert ("الوزير", "SAU", "GOV") in act
