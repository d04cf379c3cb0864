"""Party spans (round 51): the people a body appeals to (المواطنين) are its recipient, not the end of its name; the
Gulf states named as a whole (دول الخليج، الدول الخليجية) are the GCC; the Saudi Minister of Hajj is Saudi government
(the Yemeni ministry stays Yemeni), and so is the Minister of Municipal and Rural Affairs; the human rights minister is
one party; a syndicate's head (نقيب الصحفيين) is no captain; «المدنية» "civil" and «القروية» "rural" are no
civilians."""

PUBLISHED = "2015-08-03"  # the day the parties fixture (conftest) publishes the texts on


def test_citizens_appealed_to_are_no_part_of_the_municipality(parties):
    """«دعت أمانة الأحساء المواطنين إلى …»: the municipality calls on the citizens; no «أمانة الأحساء المواطنين»."""
    actor, recipient = parties.of("دعت أمانة الأحساء المواطنين إلى الإبلاغ عن المخالفات عبر الرقم المجاني.",
                                  "REQUEST")
    assert actor == [("أمانة الأحساء", "SAU", "GOV")]
    assert recipient == [("المواطنين", None, "CVL")]


def test_citizens_appealed_to_are_no_part_of_a_long_name(parties):
    """«دعت مؤسسة النقد العربي السعودي المواطنين إلى …»: SAMA alone is the actor, the citizens its recipient."""
    actor, recipient = parties.of("دعت مؤسسة النقد العربي السعودي المواطنين إلى الحذر من الرسائل الاحتيالية.",
                                  "REQUEST")
    assert [x[0] for x in actor] == ["مؤسسة النقد العربي السعودي"]
    assert ("المواطنين", None, "CVL") in recipient


def test_talks_with_the_gulf_states(parties):
    """«بدأ جون كيري … محادثات مع دول الخليج العربية في قطر»: the Gulf states (GCC) are Kerry's partner."""
    _, recipient = parties.of("بدأ جون كيري وزير الخارجية الاميركي محادثات مع دول الخليج العربية في قطر، اليوم "
                              "(الاثنين)، سعيا لاقناعها بمنافع الاتفاق النووي.", "CONSULT")
    assert recipient == [("دول الخليج العربية", "IGO", None)]


def test_soldiers_from_the_gulf_states_are_not_yemeni(parties):
    """«نشر مئات الجنود من دول الخليج الاعضاء في التحالف العربي … حول عدن»: Gulf soldiers, not Yemen's army."""
    actor, _ = parties.of("نشر مئات الجنود من دول الخليج الاعضاء في التحالف العربي اليوم حول عدن لتأمين كبرى مدن جنوب "
                          "اليمن، وفق مصدر عسكري.", "MOBILIZE")
    assert [x[1:] for x in actor] == [("IGO", "MIL")]


def test_ambassadors_of_the_gulf_states(parties):
    """«استقبل الوزير سفراء الدول الخليجية»: the ambassadors are the Gulf states' (GCC), not uncoded."""
    _, recipient = parties.of("استقبل الوزير سفراء الدول الخليجية في مكتبه بالرياض.", "CONSULT")
    assert recipient == [("سفراء الدول الخليجية", "IGO", "GOV")]


def test_the_minister_of_hajj_is_saudi(parties):
    """«التقى وفد وزارة الحج اليمنية بوزير الحج د. بندر حجار»: the Yemeni delegation met the Saudi minister."""
    actor, recipient = parties.of("وكشف دبوان أن وفد وزارة الحج اليمنية كان قد التقى بوزير الحج د. بندر حجار في "
                                  "الخامس عشر من مارس 2015 م.", "CONSULT")
    assert [x[1:] for x in actor] == [("YEM", "GOV")]
    assert [x[1:] for x in recipient] == [("SAU", "GOV")]
    assert recipient[0][0].startswith("وزير الحج")


def test_the_head_of_the_journalists_syndicate_is_no_captain(parties):
    """«ودعا نقيب الصحفيين يحيى قلاش الفلسطينيين إلى …»: labour, not military (نقيب "captain")."""
    actor, _ = parties.of("ودعا نقيب الصحفيين يحيى قلاش الفلسطينيين إلى الإسراع في تحقيق الوحدة الوطنية.", "REQUEST")
    assert actor and actor[0][2] == "LAB"
    assert all(x[2] != "MIL" for x in actor)


def test_civil_is_no_civilians(parties):
    """«ان الادارة المدنية تسعى لترحيلهم»: «المدنية» "civil" is no civilian party."""
    assert all(x[0] != "المدنية" for x in parties.every("ويقول السكان ان الادارة المدنية تسعى لترحيلهم عن اراضيهم "
                                                        "الواقعة في منطقة مصنفة ج."))


def test_the_minister_of_municipal_and_rural_affairs_is_saudi(parties):
    """«طلب وزير الشؤون البلدية والقروية عبداللطيف آل الشيخ من …»: the Saudi minister; «القروية» "rural" no villagers."""
    text = ("طلب وزير الشؤون البلدية والقروية عبداللطيف آل الشيخ من أمانات وبلديات المناطق تطبيق الإجراءات الكفيلة "
            "بتدقيق بيانات المرشحين.")
    actor, _ = parties.of(text, "REQUEST")
    assert [x[1:] for x in actor] == [("SAU", "GOV")]
    assert actor[0][0].startswith("وزير الشؤون البلدية والقروية")
    assert all(x[2] != "CVL" for x in parties.every(text))


def test_the_human_rights_minister_is_one_party(parties):
    """«دعا وزير حقوق الإنسان اليمني …»: the Yemeni minister, no bare «وزير» and no «الإنسان اليمني» party."""
    actor, recipient = parties.of("دعا وزير حقوق الإنسان اليمني، عز الدين الأصبحي، مفوض الأمم المتحدة السامي لحقوق "
                                  "الانسان لزيارة مدينة عدن.", "REQUEST")
    assert actor == [("وزير حقوق الإنسان اليمني", "YEM", "GOV")]
    assert all(x[0] != "الإنسان اليمني" for x in recipient)
