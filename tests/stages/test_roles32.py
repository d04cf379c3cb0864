"""Round 32, roles: actors and recipients named in the sentence but not taken, or taken in the wrong role."""


PUBLISHED = "2015-07-31"  # the day the parties fixture (conftest) publishes the texts on


def _events(coder, text, event):
    """The events of one type in a text, read by the coder on the PUBLISHED day."""
    return [e for e in coder(text, published=PUBLISHED).events if e.event == event]


def test_the_force_in_lam_after_the_attack_nouns_adjective_shelled(parties):
    actor, recipient = parties.of("وسط قصف مدفعي لقوات النظام من الحواجز المحيطة.", "ASSAULT")
    assert actor == [("قوات النظام", "SYR", "MIL")] and recipient == []


def test_the_shelled_town_stays_the_target_of_the_forces_shelling(parties):
    actor, recipient = parties.of("وتعرضت مواقع الحوثيين لقصف صاروخي لطائرات التحالف على مدينة صعدة.", "ASSAULT")
    assert [x[0] for x in actor] == ["طائرات التحالف"] and "طائرات التحالف" not in [x[0] for x in recipient]


def test_a_target_in_lam_after_an_adjective_stays_the_target(parties):
    actor, recipient = parties.of("وشن الطيران قصفا عنيفا للمسلحين في المدينة.", "ASSAULT")
    assert [x[0] for x in actor] == ["الطيران"] and [x[0] for x in recipient] == ["للمسلحين"]


def test_what_led_people_to_flee_is_no_call(coder):
    assert not _events(coder, "وهذا ما دعا السكان إلى النزوح من المدينة.", "REQUEST")
    assert not _events(coder, "وتأخرت المحاكم في البت في القضايا، وهو ما دعا وزير العدل إلى تشكيل فريق للنظر فيها.",
                       "REQUEST")


def test_what_someone_called_for_stays_a_call(parties):
    actor, _ = parties.of("وهذا ما دعا إليه الرئيس الأمريكي باراك أوباما.", "REQUEST")
    assert actor == [("الرئيس الأمريكي باراك أوباما", "USA", "GOV")]


def test_the_one_met_after_innahu_is_no_actor(parties):
    actor, recipient = parties.of("وقال اليامي في بيان أمس إنه التقى وزير حقوق الإنسان في الجمهورية اليمنية، عزالدين "
                                  "الأصبحي.", "CONSULT")
    assert not any(x[0].startswith("وزير") for x in actor) and recipient and recipient[0][0].startswith("وزير")


def test_a_named_speakers_pronoun_still_meets(parties):
    actor, recipient = parties.of("وقال وزير الخارجية السعودي إنه التقى نظيره الأمريكي في باريس.", "CONSULT")
    assert actor and actor[0][1] == "SAU"


def test_those_counted_in_the_arrest_preposition_were_arrested(parties):
    actor, recipient = parties.of("قالت الكويت امس: إن وزارة الداخلية ألقت القبض على عدد من الكويتيين شكلوا شبكة تتبع "
                                  "تنظيم داعش.", "COERCE")
    assert [x[0] for x in actor] == ["وزارة الداخلية"] and [x[0] for x in recipient] == ["الكويتيين"]


def test_those_asked_in_min_are_asked(parties):
    actor, recipient = parties.of("لكنه طلب من أعضاء البرلمان دراسة ما إذا كان يجب أن تنضم بريطانيا الآن للضربات.",
                                  "REQUEST")
    assert actor == [] and [x[0] for x in recipient] == ["البرلمان"]


def test_the_one_visited_after_bi_annahu_is_no_actor(parties):
    actor, recipient = parties.of("ثم يفاخر بأنه زار والد عماد مغنية القيادي في حزب الله.", "CONSULT")
    assert actor == [] and recipient and recipient[0][0].startswith("والد")


def test_the_supported_after_annaha_are_supported(parties):
    actor, recipient = parties.of("والكل يعلم عن تدخلات إيران في المنطقة وأنها تدعم حزب الله والحوثيين.", "SUPPORT")
    assert actor == [] and ("حزب الله", "LBN", "REB") in recipient


def test_the_force_in_the_genitive_of_the_shelling_did_it(parties):
    actor, _ = parties.of("وتناقلت وسائل إعلام أنباء قصف الحوثيين للقرية في ذمار.", "ASSAULT")
    assert actor == [("الحوثيين", "YEM", "REB")]
