"""agents43: parties the lexicons lacked or cut short in 2015 news — country spellings (المالديف، الفليبين), UN
agencies (WFP, FAO, UNHCR in full, IOM, OCHA), the European Council and the G7, banned and armed groups (Ansar
al-Sharia, AQIM, the LIFG, the Badr Corps, the Houthis told «ميليشيات التمرد الحوثي»), the Syrian National Coalition
told short, parties (UK Conservatives, Yemen's Islah), the Elysee, Saudi bodies (Nazaha, the religious police told
short, the General Investigation), and role bodies (دار الإفتاء REL, المجلس الأعلى للقضاء JUD, المجلس العسكري MIL,
هيئة الطيران المدني GOV)."""

from __future__ import annotations

PUBLISHED = "2015-07-26"


def test_maldives_without_islands(parties):
    act, _ = parties.of("ووقعت المالديف اتفاقا مع المملكة لتعزيز التعاون الأمني.", "SUPPORT")
    assert ("المالديف", "MDV", None) in act
    _, rec = parties.of("وبعث خادم الحرمين الشريفين برقية تهنئة لرئيس جمهورية المالديف بذكرى استقلال بلاده.",
                        "SUPPORT")
    assert any(code == "MDV" for _, code, _ in rec)


def test_philippines_spelled_with_ya(parties):
    act, _ = parties.of("وأدانت الفليبين الهجوم الإرهابي.", "ACCUSE")
    assert any(code == "PHL" for _, code, _ in act)


def test_world_food_programme(parties):
    act, rec = parties.of("وقال برنامج الغذاء العالمي إنه سيوقف المساعدات عن آلاف اللاجئين السوريين الشهر المقبل.",
                          "SANCTION")
    assert ("برنامج الغذاء العالمي", "IGO", None) in act


def test_unhcr_in_full_is_one_igo(parties):
    act, _ = parties.of("وطالبت المفوضية السامية للأمم المتحدة لشؤون اللاجئين اليونان باتخاذ إجراءات عاجلة.",
                        "REQUEST")
    assert [a[:2] for a in act] == [("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "IGO")]


def test_european_council_is_no_bare_adjective(parties):
    act, _ = parties.of("ووافق المجلس الأوروبي على خطة توزيع المهاجرين.", "AGREE")
    assert ("المجلس الأوروبي", "IGO", None) in act


def test_ansar_al_sharia(parties):
    act, _ = parties.of("وهاجم مسلحون من أنصار الشريعة مقرا للجيش في بنغازي.", "ASSAULT")
    assert any(code == "IMG" for _, code, _ in act)


def test_houthis_told_as_the_rebellion_militia(parties):
    act, _ = parties.of("وقصفت ميليشيات التمرد الحوثي الأحياء السكنية في مدينة تعز.", "ASSAULT")
    assert ("ميليشيات التمرد الحوثي", "YEM", "REB") in act
    assert not any(text == "ميليشيات" for text, _, _ in act)


def test_syrian_coalition_told_short(parties):
    act, _ = parties.of("وانتقد الائتلاف السوري المعارض صمت المجتمع الدولي.", "ACCUSE")
    assert ("الائتلاف السوري المعارض", "SYR", "OPP") in act


def test_uk_conservatives(parties):
    act, _ = parties.of("ودعا نائب حزب المحافظين الحكومة إلى التحرك.", "REQUEST")
    assert ("نائب حزب المحافظين", "GBR", "LEG") in act


def test_saudi_anti_corruption_commission(parties):
    act, _ = parties.of("وانتقد رئيس الهيئة الوطنية لمكافحة الفساد تأخر الجهات الحكومية في الرد.", "ACCUSE")
    assert any(code == "SAU" and sector == "GOV" for _, code, sector in act)


def test_fatwa_office_is_religious(parties):
    act, _ = parties.of("ودعت دار الإفتاء إلى فضح ممارسات تنظيم داعش.", "REQUEST")
    assert ("دار الإفتاء", None, "REL") in act


def test_supreme_judicial_council_head(parties):
    act, _ = parties.of("وشجب وزير العدل رئيس المجلس الأعلى للقضاء التفجير الإرهابي.", "ACCUSE")
    assert act and not any(text.endswith("رئيس") for text, _, _ in act)
    assert any(sector in ("JUD", "GOV") and "المجلس الأعلى للقضاء" in text for text, _, sector in act)


def test_civil_aviation_authority_is_no_civilian(parties):
    act, _ = parties.of("وهددت هيئة الطيران المدني الإيطالية بوقف ترخيص الشركة.", "THREATEN")
    assert act and all(sector != "CVL" for _, _, sector in act)


def test_a_trade_union_is_labour(parties):
    act, _ = parties.of("وطالبت النقابة بالإفراج عن جميع الصحافيين المختطفين.", "REQUEST")
    assert ("النقابة", None, "LAB") in act
    act, _ = parties.of("واجتمع ممثلو نقابات العمال مع وزير العمل لبحث الأجور.", "CONSULT")
    assert act and all(sector == "LAB" for _, _, sector in act)


def test_international_family_is_the_international_community(parties):
    act, _ = parties.of("وتخشى تركيا أن تعرضها هذه المعلومات لتنديد الأسرة الدولية.", "ACCUSE")
    assert ("الأسرة الدولية", "IGO", None) in act


def test_religious_police_men(parties):
    act, _ = parties.of("وقبض رجال الهيئة على الشاب بعد ابتزازه فتاة.", "COERCE")
    assert ("رجال الهيئة", "SAU", "GOV") in act


def test_wamy_condemns(parties):
    act, _ = parties.of("وعبرت الندوة العالمية للشباب الإسلامي عن استنكارها الشديد للعمل الإرهابي.", "ACCUSE")
    assert ("الندوة العالمية للشباب الإسلامي", "SAU", "NGO") in act


def test_leaders_of_2015_the_lexicon_lacked(parties):
    _, rec = parties.of("بعث خادم الحرمين الشريفين برقية تهنئة للرئيس إيسوفو محمدو رئيس جمهورية النيجر.", "SUPPORT")
    assert rec and rec[0][1:] == ("NER", "GOV")
    act, rec = parties.of("وقال دمرطاش إنه يزور أوجلان بانتظام في سجنه.", "CONSULT")
    assert ("دمرطاش", "TUR", "PTY") in act and ("أوجلان", "KUR", "REB") in rec
    act, _ = parties.of("ورفضت حكومة جاكوب زوما تسليم الرئيس السوداني.", "REJECT")
    assert any(code == "ZAF" for _, code, _ in act)
    act, _ = parties.of("وانتقد دونالد توسك رئيس المجلس الأوروبي التدخل الروسي.", "ACCUSE")
    assert any(code == "IGO" for _, code, _ in act)


def test_a_namesake_surname_is_no_minister(parties):
    """A bare family name of a minister (الحقباني، بديع) is another man's too: only the full name is listed."""
    every = parties.every("وأكد الدكتور محمد البديع أن المستشفى سيوفر خدمات طبية متقدمة للمرضى.")
    assert not any(code == "EGY" for _, code, _ in every)
