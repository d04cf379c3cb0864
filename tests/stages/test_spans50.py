"""Party spans (round 50): a full name the lexicons lack right after an event's verb is its subject, a person (its
title after a comma, «رئيس البرلمان العربي», gives its code and sector, to the later family name too), also when its
family name is a title (أحمد الشيخ); the Arab Parliament and its speaker; Saudi emirates, deputy governors,
governors, mayors, police directors and councils are parties, while «محافظة الطائف» stays the governorate; a group
named in quotes or brackets after its head word (لتنظيم "داعش") is the whole group."""

PUBLISHED = "2015-07-25"  # the day the parties fixture (conftest) publishes the texts on

JARWAN = ("أشاد أحمد بن محمد الجروان، رئيس البرلمان العربي، بجهود الفريق الفني الإماراتي، والهمم العالية التي عملت "
          "في فتح مطار عدن اليمني خلال 24 ساعة.")


def test_a_full_name_after_the_verb_is_the_subject_with_its_apposed_title(parties):
    """«أشاد أحمد بن محمد الجروان، رئيس البرلمان العربي، بجهود …»: the Arab Parliament's speaker praised (IGO/LEG)."""
    actor, _ = parties.of(JARWAN, "SUPPORT")
    assert [x[1:] for x in actor] == [("IGO", "LEG")]
    assert actor[0][0].startswith("أحمد بن محمد الجروان")


def test_the_family_name_later_takes_the_apposed_title(parties):
    """«ودعا الجروان إلى …» after the full name with its title: the same speaker, IGO/LEG."""
    actor, _ = parties.of(JARWAN + " ودعا الجروان إلى الاستفادة من فتح مطار عدن.", "REQUEST")
    assert actor == [("الجروان", "IGO", "LEG")]


def test_a_family_name_that_is_a_title_ends_the_subjects_name(parties):
    """«أعرب أحمد الشيخ عن شكره»: Ahmad al-Sheikh thanked the king; no title goes after a given name."""
    actor, recipient = parties.of("من جهته أعرب أحمد الشيخ عن شكره وتقديره لخادم الحرمين الشريفين، الملك سلمان بن "
                                  "عبدالعزيز آل سعود، على جهوده في دعم الشعب اليمني.", "SUPPORT")
    assert [x[0] for x in actor] == ["أحمد الشيخ"]
    assert ("SAU", "GOV") in [x[1:] for x in recipient]


def test_a_deputy_governor_of_a_region_is_saudi_government(parties):
    """«أشاد وكيل إمارة منطقة الباحة الدكتور …»: the deputy governor, not the region alone."""
    actor, _ = parties.of("أشاد وكيل إمارة منطقة الباحة الدكتور حامد بن مالح الشمري بمهرجان بلجرشي للتسوق.",
                          "SUPPORT")
    assert actor and actor[0][0].startswith("وكيل إمارة منطقة الباحة") and actor[0][1:] == ("SAU", "GOV")


def test_a_governor_visits_and_the_governorate_is_no_governor(parties):
    """«زار محافظ عنيزة بالنيابة …»: the governor (SAU/GOV); «بمحافظة الطائف» names the governorate, no official."""
    actor, _ = parties.of("زار محافظ عنيزة بالنيابة إبراهيم بن عبدالله البريكان مستشفى الملك سعود بعنيزة؛ للاطمئنان "
                          "على مصابي حادث انقلاب حافلة ركاب.", "CONSULT")
    assert [x[1:] for x in actor] == [("SAU", "GOV")] and actor[0][0].startswith("محافظ عنيزة")
    found = parties.every("وأشاد بدور إدارة التربية والتعليم بمحافظة الطائف ومدير مجمع النهضة المدرسي محسن القرشي.")
    assert not [p for p in found if p[0].startswith(("محافظة", "بمحافظة"))]


def test_the_health_insurance_councils_secretary_accuses_the_insurers(parties):
    """«اتهم الأمين العام لمجلس الضمان الصحي التعاوني محمد المحيسن، شركات التأمين …»: a Saudi government body."""
    actor, recipient = parties.of("اتهم الأمين العام لمجلس الضمان الصحي التعاوني محمد المحيسن، شركات التأمين بالتسبب "
                                  "في تأخر عملية الربط الإلكتروني للوثائق التأمينية.", "ACCUSE")
    assert [x[1:] for x in actor] == [("SAU", "GOV")]
    assert [x[2] for x in recipient] == ["BUS"]


def test_a_regions_police_director_is_the_police_not_the_police_alone(parties):
    """«اجتمع مدير شرطة منطقة جازان وقائد قوة جازان»: the director's whole title is the party (SAU/COP)."""
    actor, _ = parties.of("وعلى هامش جولته اجتمع مدير شرطة منطقة جازان وقائد قوة جازان اللواء ركن سعيد بن حسين "
                          "الغامدي وناقشا الأوضاع الأمنية بالمنفذ.", "CONSULT")
    assert actor and actor[0] == ("مدير شرطة منطقة جازان", "SAU", "COP")


def test_a_group_named_in_quotes_after_its_head_word_is_the_target(parties):
    """«قصفت … طائرات حربية تركية … مواقع لتنظيم "داعش" الإرهابي»: the target is the Islamic State (IMG), not the
    adjective «الإرهابي» alone."""
    actor, recipient = parties.of('قصفت ثلاث طائرات حربية تركية أمس، عدة مواقع لتنظيم "داعش" الإرهابي في سورية.',
                                  "ASSAULT")
    assert [x[1:] for x in actor] == [("TUR", "MIL")]
    assert [x[1] for x in recipient] == ["IMG"] and "الإرهابي" not in [x[0] for x in recipient]


def test_fighters_of_a_group_in_brackets_stormed_the_checkpoint(parties):
    """«اقتحم متشددون من تنظيم (داعش) نقطة تفتيش»: the militants of the Islamic State stormed it (IMG), no target."""
    actor, recipient = parties.of("وقتل 7 جنود ليبيين عندما اقتحم متشددون من تنظيم (داعش) نقطة تفتيش تحرسها قوات "
                                  "للجيش.", "COERCE")
    assert [x[1] for x in actor] == ["IMG"] and not recipient
