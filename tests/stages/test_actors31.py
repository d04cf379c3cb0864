"""Round 31, actors: parties named in the news but not read (regime air force, Syrian factions, staff chiefs)."""


PUBLISHED = "2015-07-31"  # the day the parties fixture (conftest) publishes the texts on


def test_the_regimes_air_force_is_syrias_military(parties):
    actor, _ = parties.of("وفي ريف دمشق شن طيران النظام ثلاث غارات بالصواريخ الفراغية على مدينة الزبداني.", "ASSAULT")
    assert actor == [("طيران النظام", "SYR", "MIL")]


def test_the_air_force_that_belongs_to_the_regime_did_the_raids(parties):
    actor, _ = parties.of("وأفاد المرصد عن مقتل 19 مواطنا جراء غارات جوية نفذها الطيران التابع للنظام السوري "
                               "على مناطق في محافظة ادلب.", "ASSAULT")
    assert [x[1:] for x in actor] == [("SYR", "MIL")]


def test_the_verb_shaab_marred_is_no_young_man(parties):
    found = parties.every("ناهيك عن الغموض الذي شاب المفاوضات تلك والمراوغات الإعلامية التي صاحبتها.")
    assert not any(p[0] == "شاب" for p in found)
    found = parties.every("وانتقد الوزير ما شاب الانتخابات من تزوير.")
    assert not any(p[0] == "شاب" for p in found)


def test_a_young_man_is_still_one(parties):
    _, recipient = parties.of("وقتل شاب برصاص الشرطة.", "ASSAULT")
    assert recipient == [("شاب", None, "CVL")]


def test_the_zenki_movement_is_a_syrian_rebel_group(parties):
    actor, _ = parties.of('قالت حركة "نور الدين زنكي" إنها قتلت عشرين عنصراً لقوات النظام.', "ASSAULT")
    assert [x[1:] for x in actor] == [("SYR", "REB")]


def test_fighters_of_a_quoted_faction_did_the_shelling(parties):
    actor, recipient = parties.of('من جهة أخرى، استهدف مقاتلو "فيلق الرحمن" صباحاً، بقذائف الهاون، تجمعات '
                                       'لقوات النظام في منطقة المناشر.', "ASSAULT")
    assert [x[1:] for x in actor] == [("SYR", "REB")] and ("قوات النظام", "SYR", "MIL") in recipient


def test_the_chief_of_general_staff_is_military(parties):
    actor, _ = parties.of("نوه رئيس هيئة الأركان العامة في اليمن اللواء محمد المقدشي بالدور المحوري الذي "
                               "أسهمت به دول التحالف العربي.", "SUPPORT")
    assert [x[0] for x in actor] == ["رئيس هيئة الأركان العامة"] and actor[0][2] == "MIL"


def test_the_arab_human_rights_committee_is_an_igo(parties):
    actor, _ = parties.of("دعا رئيس لجنة حقوق الإنسان العربية الدكتور هادي بن علي اليامي، كل هيئات حماية "
                               "حقوق الإنسان إلى التحرك الفوري.", "REQUEST")
    assert [x[1] for x in actor] == ["IGO"]


def test_the_regimes_air_force_is_an_actor_of_syria(nlp):
    found = [(m.text, m.label) for m in nlp("وشن طيران النظام غارات على المدينة.").mentions if m.kind == "actor"]
    assert ("طيران النظام", "SYR") in found


def test_gunmen_of_a_named_rebel_group_are_rebels(parties):
    actor, _ = parties.of("وقتل مسلحو حركة الشباب جنديين صوماليين.", "ASSAULT")
    assert actor == [("مسلحو حركة الشباب", "SOM", "REB")]


def test_gunmen_with_a_nisba_keep_their_own_sector(parties):
    _, recipient = parties.of("وشهدت مدينة الحديدة احتجاجات حاشدة تطالب بطرد المسلحين الحوثيين من المدينة.",
                            "PROTEST")
    assert recipient == [("المسلحين الحوثيين", "YEM", "UAF")]
