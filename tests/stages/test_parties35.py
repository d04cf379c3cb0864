"""The named party the coder left out (round 35): the object of a verb past the subject's own name or office set off
by commas («دعا وزير الخارجية الأمريكي، جون كيري، إيران إلى …»), and whom a noun of appeal, threat or charge is
addressed to in إلى («وجه التنظيم رسالتي تهديد إلى أميركا وفرنسا»). A second subject after a comma stays the
subject's own title, a city in إلى says where, and a call in إلى a country may be an invitation there."""

PUBLISHED = "2015-08-07"  # the day the parties fixture (conftest) publishes the texts on


def _words(entities):
    return [x[0] for x in entities]


def test_the_object_past_the_subjects_name_set_off_by_commas(parties):
    actor, recipient = parties.of("دعا وزير الخارجية الأمريكي، جون كيري، إيران إلى الالتزام بالاتفاق.", "REQUEST")
    assert _words(actor) == ["وزير الخارجية الأمريكي"] and _words(recipient) == ["إيران"]


def test_the_object_past_a_name_no_lexicon_knows_set_off_by_commas(parties):
    actor, recipient = parties.of(
        "اتهم المتحدث باسم المقاومة الشعبية، علي الأحمدي، ميليشيات الحوثيين بزرع الألغام.", "ACCUSE")
    assert _words(recipient) == ["ميليشيات الحوثيين"] and "علي الأحمدي" not in _words(recipient)


def test_a_body_of_government_past_the_name_needs_a_preposition_after_it(parties):
    _, recipient = parties.of("دعا الرئيس الأمريكي، باراك أوباما، الكونغرس إلى دعم الاتفاق.", "REQUEST")
    assert _words(recipient) == ["الكونغرس"]
    _, recipient = parties.of("دعا رئيس الوزراء، حيدر العبادي، وزير الخارجية العراقي.", "REQUEST")
    assert _words(recipient) == []


def test_a_name_after_a_comma_with_nothing_set_off_stays_the_object(parties):
    actor, recipient = parties.of("وطالب علاوي، العبادي بمحاسبة المقصرين.", "REQUEST")
    assert _words(actor) == ["علاوي"] and _words(recipient) == ["العبادي"]


def test_a_threat_addressed_in_ila(parties):
    _, recipient = parties.of('وجه تنظيم "القاعدة في جزيرة العرب" رسالتي تهديد إلى أميركا وفرنسا ودول أخرى.',
                              "THREATEN")
    assert _words(recipient) == ["أميركا", "فرنسا"]


def test_an_appeal_addressed_in_ila_past_its_manner(parties):
    _, recipient = parties.of("ووجهت نداءها باللغة الانجليزية إلى الرئيس الفرنسي والرئيس اليمني عبد ربه منصور هادي.",
                              "REQUEST")
    assert _words(recipient)[:1] == ["الرئيس الفرنسي"]


def test_a_warning_addressed_in_ila_past_the_day(parties):
    actor, recipient = parties.of(
        "وكان الملا منصور وجه في يونيو تحذيرا إلى أبو بكر البغدادي زعيم تنظيم داعش، من أي محاولة للتمدد.",
        "THREATEN")
    assert _words(actor) == ["الملا منصور"] and _words(recipient)[0].startswith("أبو بكر البغدادي")


def test_an_invitation_to_a_country_is_no_addressee(parties):
    _, recipient = parties.of("وتلقى الرئيس دعوة إلى مصر لحضور الافتتاح.", "REQUEST")
    assert "مصر" not in _words(recipient)


def test_the_ila_of_a_charges_own_complement_is_no_addressee(parties):
    assert "التنظيم الإرهابي" not in [
        p[0] for p in parties.every("كاشفا أن نحو 500 شخص أوقفوا حتى الآن بتهمة الانتماء إلى التنظيم الإرهابي.")]
    assert "تحالف دعم الشرعية" not in [
        p[0] for p in parties.every("حيث كان محبوسا لاتهامه بالانضمام إلى تحالف دعم الشرعية.")]


def test_a_complaint_filed_with_the_police_does_not_accuse_them(parties):
    assert "شرطة" not in [p[0] for p in parties.every("تقدم بشكوى إلى شرطة المحافظة لإثبات الواقعة.")]


def test_a_condemned_attack_is_about_its_named_doer(parties):
    _, recipient = parties.of("ودانت الجامعة العربية الثلاثاء القصف التركي في شمال العراق.", "ACCUSE")
    assert [(x[0], x[1]) for x in recipient] == [("التركي", "TUR")]


def test_a_noun_of_condemnation_is_about_the_doer_of_the_attack_in_lam(parties):
    _, recipient = parties.of("بشأن استنكار جامعة الدول العربية للقصف التركي في شمال العراق.", "ACCUSE")
    assert [x[1] for x in recipient] == ["TUR"]


def test_a_condemned_attack_with_no_doer_named_leaves_no_recipient(parties):
    _, recipient = parties.of("أدان الأمين العام التفجير الذي وقع في بغداد.", "ACCUSE")
    assert recipient == []
