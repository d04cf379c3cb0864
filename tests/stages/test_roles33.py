"""Round 33, roles: the second party of a pair, the actor's own party, the doer in a clause after."""


def test_the_actors_own_party_is_no_recipient(parties):
    actor, recipient = parties.of("هاجم مسلحين تابعين لحزب كوملة الكردستاني الإيراني ليلة السبت، ثكنة عسكرية لجنود "
                                  "الحرس الثوري الإيراني قرب مدينة مريوان غربي إيران.", "ASSAULT")
    assert [x[0] for x in actor] == ["مسلحين"] and "حزب" not in [x[0] for x in recipient]


def test_the_owner_of_an_object_after_a_feminine_verb_stays_the_recipient(parties):
    """The fighters owned by the Free Army are the object (they take its code: phrases._owned), not the actor."""
    actor, recipient = parties.of("هاجمت مقاتلين تابعين للجيش الحر في شمال البلاد.", "ASSAULT")
    assert recipient == [("مقاتلين", "SYR", "REB")] and "مقاتلين" not in [x[0] for x in actor]


def test_both_doers_of_the_light_verb_after_the_attack_noun_act(parties):
    actor, recipient = parties.of("قتل مدني في هجوم شنه مسلحو القاعدة والحوثيون على موقع عسكري.", "ASSAULT")
    assert [x[0] for x in actor] == ["مسلحو القاعدة", "الحوثيون"] and [x[0] for x in recipient] == ["مدني"]


def test_the_police_of_two_elements_killed_is_the_recipient(parties):
    actor, recipient = parties.of("قتل عنصران من الشرطة التركية بالرصاص صباح الجمعة في منطقة أضنه (جنوب)، في هجوم جديد "
                                  "نسبته السلطات الى التمرد الكردي.", "ASSAULT")
    assert [x[0] for x in recipient] == ["الشرطة التركية"]


def test_who_attributes_the_attack_is_not_its_recipient(parties):
    actor, recipient = parties.of("وقتل اثنان في هجوم نسبته الشرطة الى مسلحين.", "ASSAULT")
    assert "الشرطة" not in [x[0] for x in recipient] and [x[0] for x in actor] == ["مسلحين"]


def test_the_office_after_an_unknown_name_names_whom_a_cable_congratulates(parties):
    actor, recipient = parties.of("كما بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة لفخامة "
                                  "السيدة سيمونيتا سوماروغا رئيس الاتحاد السويسري، بمناسبة إعادة انتخابها.",
                                  "SUPPORT")
    assert recipient == [("رئيس الاتحاد السويسري", "CHE", "GOV")]
    actor, recipient = parties.of("بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز برقية تهنئة لفخامة الرئيس الحسن "
                                  "واتارا رئيس جمهورية كوت ديفوار بمناسبة إعادة انتخابه.", "SUPPORT")
    assert recipient == [("رئيس جمهورية كوت ديفوار", "CIV", "GOV")]


def test_the_subject_of_the_condemning_verb_after_a_heading_noun_condemns(parties):
    actor, recipient = parties.of("إدانة دولية وأدان الأمين العام للأمم المتحدة بان كي مون الهجوم.", "ACCUSE")
    assert [x[0] for x in actor] == ["الأمين العام للأمم المتحدة بان كي مون"] and recipient == []


def test_who_condemns_the_attack_did_not_do_it(parties):
    actor, recipient = parties.of("إدانة واسعة وأدانت الخارجية الأمريكية الهجوم.", "ASSAULT")
    assert actor == []
