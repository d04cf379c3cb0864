"""Round 65 (flags65): flags of charges, purposes, abstaining and ruling out — what the accused or suspected are
charged with is claimed (hypothetical), not told as done; talks a word of starting in لـ governs, and the purpose in
لـ of a meeting still to come, are to come (future); the act one abstains from or rules out is negated; an act charged
and denied by the accused is claimed, not negated (must / must not, on sentences of the dev days)."""

from stage_coding import events_ending as find


def test_call_charged_to_the_arrested_is_claimed(nlp):
    """«عناصر إرهابية متهمة بالدعوة لاغتيال»: the call is the charge, claimed; the arrest stays a fact."""
    text = ("وفي السياق ذاته، اعتقلت قوات الأمن أربعة عناصر إرهابية متهمة بالدعوة لاغتيال الباجي قائد السبسي رئيس "
            "الجمهورية.")
    evs = find(nlp, text, "REQUEST", "الدعوة")
    assert evs and all(e.hypothetical for e in evs)
    arrests = find(nlp, text, "COERCE", "اعتقلت")
    assert arrests and not any(e.hypothetical or e.negated or e.future for e in arrests)
    # «ستبقي على المتهمين في التوقيف»: the accused are held; the detention is no charge
    evs = find(nlp, "مؤكدة أن هيئة التحقيق والادعاء العام ستبقي على المتهمين في التوقيف.", "COERCE", "التوقيف")
    assert evs and not any(e.hypothetical for e in evs)


def test_killing_the_suspects_took_part_in_is_claimed(nlp):
    """«اعتقال ثلاثة اشخاص يشتبه في مشاركتهم في قتل الشرطيين»: the killing is what they are suspected of."""
    evs = find(nlp, "وأمس اعلنت الشرطة التركية عن اعتقال ثلاثة اشخاص يشتبه في مشاركتهم في قتل الشرطيين.",
               "ASSAULT", "قتل")
    assert evs and all(e.hypothetical for e in evs)
    # «شاب سعودي متهم بتهمة غسيل الأموال»: the charge noun is laid, a fact, not claimed
    evs = find(nlp, "يُحاكم أمام المحكمة الجزائية بجدة، شاب سعودي متهم بتهمة غسيل الأموال.", "ACCUSE", "بتهمة")
    assert evs and not any(e.hypothetical for e in evs)


def test_talks_to_start_are_to_come(nlp):
    """«وصلوا إلى أثينا لبدء جولة مفاوضات جديدة»: the round of talks is the journey's aim, still to come."""
    evs = find(nlp, "كان ممثلو البنك المركزي الأوروبي والمفوضية الأوروبية وآلية الاستقرار الأوروبية قد وصلوا إلى أثينا "
                    "لبدء جولة مفاوضات جديدة مع اليونانيين.", "CONSULT", "مفاوضات")
    assert evs and all(e.future for e in evs)


def test_peace_talks_sought_are_to_come(nlp):
    """«رغم جهود الحكومة لبدء محادثات سلام»: talks the government works to start are not held."""
    evs = find(nlp, "يصعد متمردو طالبان هجماتهم ضد اهداف حكومية واجنبية رغم جهود الحكومة لبدء محادثات سلام.",
               "CONSULT", "محادثات", "2015-07-23")
    assert evs and all(e.future for e in evs)


def test_purpose_of_a_planned_meeting_is_to_come(nlp):
    """«ومن المقرر أن تلتقي … بمسؤولين … لمناقشة القضايا»: the discussion a planned meeting is for is to come."""
    evs = find(nlp, "ومن المقرر أن تلتقي مسؤولة السياسة الخارجية في الاتحاد الأوروبي بمسؤولين من بينهم وزير الخارجية "
                    "عادل الجبير لمناقشة القضايا الإقليمية والدولية ذات الاهتمام المشترك.", "CONSULT", "لمناقشة")
    assert evs and all(e.future for e in evs)
    # «والتقى ولي العهد لمناقشة القضايا»: a meeting told as done is no flagged act
    evs = find(nlp, "وصل الوزير إلى الرياض أمس والتقى ولي العهد لمناقشة القضايا الإقليمية.", "CONSULT", "التقى")
    assert evs and not any(e.future for e in evs)


def test_abstained_veto_is_negated(nlp):
    """«وامتنعت روسيا عن استخدام حق الفيتو»: the veto was not cast."""
    evs = find(nlp, "وامتنعت روسيا عن استخدام حق الفيتو ضد القرار.", "REJECT", "الفيتو")
    assert evs and all(e.negated for e in evs)


def test_ruled_out_visit_is_negated(nlp):
    """«واستبعد وزير الخارجية أن يزور الرئيس دمشق»: ruled out; «لم يستبعد» leaves it possible."""
    evs = find(nlp, "واستبعد وزير الخارجية أن يزور الرئيس دمشق.", "CONSULT", "يزور")
    assert evs and all(e.negated for e in evs)
    evs = find(nlp, "لم يستبعد وزير الخارجية أن يزور الرئيس دمشق.", "CONSULT", "يزور")
    assert evs and not any(e.negated for e in evs)


def test_charge_denied_by_the_accused_is_claimed(nlp):
    """«ونفى الجيش مزاعم قصف المستشفى»: the shelling is claimed by some and denied by the army: hypothetical."""
    evs = find(nlp, "ونفى الجيش مزاعم قصف المستشفى.", "ASSAULT", "قصف")
    assert evs and all(e.hypothetical and not e.negated for e in evs)
