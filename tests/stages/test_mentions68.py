"""Round 68 (mentions68): parties the lexicon did not know, on sentences of the SaudiNewsNet dev days 2015-07-23..25 —
2015 leaders and bodies named in full (AIPAC, Paul Biya, Tzipi Hotovely, Ron Dermer, Matteo Renzi, Jason Rezaian),
history recalled (Menachem Begin), the coalition's aircraft by «الائتلاف», and plural people nouns (teachers
«مدرس/المدرسين», Bedouin «البدو»)."""


def events(nlp, text, etype, date="2015-07-23"):
    """The events of type `etype` coded in `text`."""
    return [e for e in nlp(text, published=date).events if e.event == etype]


def codes(entities):
    """The (code, sector) pairs of a list of parties."""
    return [(e.code, e.sector) for e in entities]


def test_aipac_coordinating_is_the_american_lobby(coder):
    """«أن أيباك تنسق خططها مع جماعات حليفة»: AIPAC (USA/CVL) is the actor, not no one."""
    evs = events(coder, "وذكرت المصادر المؤيدة لاسرائيل أن أيباك تنسق خططها مع جماعات حليفة.", "COOPERATE")
    assert evs and codes(evs[0].actor) == [("USA", "CVL")], [e.to_dict() for e in evs]


def test_teachers_arrested_are_the_recipient(coder):
    """«اعتقل أكثر من 200 مدرس ايراني»: the Iranian teachers (IRN/EDU) were arrested."""
    evs = events(coder, "اعتقل أكثر من 200 مدرس ايراني، يوم أمس (الاربعاء)، خلال عملية قمع لمظاهرة في العاصمة "
                        "الايرانية طهران.", "COERCE", "2015-07-23")
    assert any(codes(e.recipient) == [("IRN", "EDU")] for e in evs), [e.to_dict() for e in evs]


def test_plural_teachers_arrested(coder):
    """«وتم إلقاء القبض على المدرسين»: the teachers (EDU) are the recipient."""
    evs = events(coder, "وتم إلقاء القبض على المدرسين في إقليم سورات ثاني لبيعهما حبوب الهلوسة لطلابهما.", "COERCE")
    assert evs and ("EDU" in [s for _, s in codes(evs[0].recipient)]), [e.to_dict() for e in evs]


def test_bedouin_deported(coder):
    """«وقف القرار الإسرائيلي بهدم قرية سوسيا وترحيل البدو»: the Bedouin (CVL) are the ones deported."""
    evs = [e for e in events(coder, "وشدد عريقات على وجوب التدخل الدولي لوقف القرار الإسرائيلي بهدم قرية سوسيا "
                                    "وترحيل البدو من عشيرة أبو النوار.", "COERCE", "2015-07-25")
           if e.trigger.text == "ترحيل"]
    assert evs and [s for _, s in codes(evs[0].recipient)] == ["CVL"], [e.to_dict() for e in evs]


def test_biya_by_full_name_then_by_surname(coder):
    """«وأدان بول بيا الهجمات في الكاميرون … ودعا بيا المواطنين»: Paul Biya (CMR/GOV) calls on the citizens."""
    evs = events(coder, "وأدان بول بيا الهجمات في شمال الكاميرون. ودعا بيا المواطنين إلى اليقظة.", "REQUEST")
    assert evs and codes(evs[0].actor) == [("CMR", "GOV")], [e.to_dict() for e in evs]


def test_dermer_met_lawmakers(coder):
    """«أن دريمر التقى … مع أكثر من 30 مشرعا»: Ron Dermer (ISR/GOV) met them."""
    evs = events(coder, "ونشرت مجلة «فورين بوليسي» أن دريمر التقى مع أكثر من 30 مشرعا من الأميركيين.", "CONSULT")
    assert evs and codes(evs[0].actor) == [("ISR", "GOV")], [e.to_dict() for e in evs]


def test_renzi_met_netanyahu(coder):
    """«وكان رانتشي قد اجتمع مع رئيس الوزراء الإسرائيلي»: Renzi (ITA/GOV) is the actor."""
    evs = events(coder, "وكان رانتشي قد اجتمع مع رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، في مكتبه في القدس، أمس.",
                 "CONSULT")
    assert evs and codes(evs[0].actor) == [("ITA", "GOV")], [e.to_dict() for e in evs]


def test_hotovely_deputy_minister_is_israeli(coder):
    """«وكانت نائبة وزير الخارجية حوتوبيلي، قد التقت مع سفراء السويد»: Hotovely (ISR/GOV), not a minister of no
    country."""
    evs = events(coder, "وكانت نائبة وزير الخارجية حوتوبيلي، قد التقت مع سفراء السويد والدنمارك لدى إسرائيل.",
                 "CONSULT")
    assert evs and codes(evs[0].actor) == [("ISR", "GOV")], [e.to_dict() for e in evs]


def test_rezaian_arrested(coder):
    """«واعتقل رضايان في 22 يوليو 2014 في طهران»: the journalist Jason Rezaian (USA/MED) was arrested."""
    evs = events(coder, "واعتقل رضايان في 22 يوليو (تموز) 2014 في طهران، وهو منذ ذلك الحين في السجن.", "COERCE")
    assert evs and codes(evs[0].recipient) == [("USA", "MED")], [e.to_dict() for e in evs]


def test_begin_invited_sadat(coder):
    """«ودعا مناحيم بيغن الرئيس السادات»: Begin (ISR/GOV) invites, Sadat (EGY/GOV) is invited."""
    evs = events(coder, "ودعا مناحيم بيغن الرئيس السادات إلى زيارة القدس.", "REQUEST")
    assert evs and codes(evs[0].actor) == [("ISR", "GOV")] and codes(evs[0].recipient) == [("EGY", "GOV")], \
        [e.to_dict() for e in evs]


def test_coalition_aircraft_by_ietilaf(coder):
    """«وشن طيران الائتلاف في العراق غارات»: the coalition's aircraft (INT/MIL), as «طيران التحالف»."""
    evs = events(coder, "وشن طيران الائتلاف في العراق غارات على مواقع التنظيم.", "ASSAULT")
    assert evs and codes(evs[0].actor) == [("INT", "MIL")], [e.to_dict() for e in evs]

