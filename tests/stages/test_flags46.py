"""Round 46 (flags46): the negated / future / hypothetical flags — «not without» (a negation before دون/بدون: the
act is told, to come after لن, only required after لا) and the content of an allegation (اتهم X بـ، بتهمة: the
accuser's claim, hypothetical, not a fact) (must / must not, on sentences of the kind fixed)."""

from stage_coding import events_coded


def coded(nlp, text, date="2015-07-25"):
    """The events the event coder gives (see stage_coding)."""
    return events_coded(nlp, text, date)


def find(nlp, text, event, word):
    """The coded events of the type whose trigger's first word ends the given word (clitics taken off)."""
    return [e for e in coded(nlp, text) if e.event == event and word.endswith(e.trigger.text.split()[0])]


def test_not_a_day_without_detention_is_done(nlp):
    evs = find(nlp, "لم يمر يوم دون أن تحتجز قوات الاحتلال عددا من الفلسطينيين.", "COERCE", "تحتجز")
    assert evs and not any(e.negated or e.hypothetical or e.future for e in evs)


def test_without_alone_still_negates(nlp):
    evs = find(nlp, "غادر الوفد دون أن يلتقي الرئيس.", "CONSULT", "يلتقي")
    assert evs and all(e.negated for e in evs)


def test_accused_support_is_alleged(nlp):
    text = "واتهم الوزير إيران بدعم الإرهاب في المنطقة."
    evs = coded(nlp, text)
    support = [e for e in evs if e.event in ("AID", "SUPPORT")]
    assert support and all(e.hypothetical and not e.negated for e in support)
    assert any(e.event == "ACCUSE" and not e.hypothetical for e in evs)


def test_support_told_is_no_allegation(nlp):
    evs = [e for e in coded(nlp, "وأكد الوزير دعم المملكة للحكومة الشرعية في اليمن.") if e.event in ("AID", "SUPPORT")]
    assert evs and not any(e.hypothetical for e in evs)


def test_condemned_attack_is_no_allegation(nlp):
    evs = find(nlp, "ونددت الحكومة بالهجوم على مركز الشرطة.", "ASSAULT", "بالهجوم")
    assert evs and not any(e.hypothetical for e in evs)


def test_killing_charged_is_alleged(nlp):
    evs = find(nlp, "واعتقلت الشرطة شابا بتهمة قتل والده.", "ASSAULT", "قتل")
    assert evs and all(e.hypothetical for e in evs)
    arrests = find(nlp, "واعتقلت الشرطة شابا بتهمة قتل والده.", "COERCE", "اعتقلت")
    assert arrests and not any(e.hypothetical for e in arrests)


def test_every_charge_of_a_list_is_alleged(nlp):
    text = "ويتهم ناشطون القوات الحكومية بقصف الأحياء السكنية واعتقال المدنيين."
    evs = [e for e in coded(nlp, text) if e.event in ("ASSAULT", "COERCE")]
    assert {e.event for e in evs} == {"ASSAULT", "COERCE"} and all(e.hypothetical for e in evs)


def test_verb_after_a_charge_is_told(nlp):
    evs = find(nlp, "واتهم الجيش المتمردين بالهجوم على الثكنة واعتقل عشرة منهم.", "COERCE", "اعتقل")
    assert evs and not any(e.hypothetical for e in evs)


def test_habitual_not_without_is_told(nlp):
    evs = find(nlp, "لا يمر يوم دون أن يقصف الطيران مواقع المتمردين.", "ASSAULT", "يقصف")
    assert evs and not any(e.negated or e.hypothetical for e in evs)


def test_arrest_past_a_charge_noun_is_told(nlp):
    text = "إثر اتهام القضاء الأمريكي 14 شخصية رفيعة المستوى بتهم فساد ورشاوى واعتقال معظمهم في سويسرا."
    evs = find(nlp, text, "COERCE", "اعتقال")
    assert evs and not any(e.hypothetical for e in evs)


def test_liable_to_condemnation_is_supposed(nlp):
    text = "وتؤكد تركيا انها تتعاطى بجدية مع معلومات من شأنها ان تعرضها لتنديد الاسرة الدولية."
    evs = find(nlp, text, "ACCUSE", "لتنديد")
    assert evs and all(e.hypothetical for e in evs)


def test_verb_joined_to_a_denial_is_told(nlp):
    evs = find(nlp, "وينفي كل من الرجلين أي تورط لهما في الحادث ورفضت روسيا تسليمهما.", "REJECT", "رفضت")
    assert evs and not any(e.negated for e in evs)


def test_verb_in_a_denied_clause_stays_denied(nlp):
    evs = find(nlp, "ونفى الجيش أن تكون القوات قد قصفت الحي واعتقلت السكان.", "COERCE", "اعتقلت")
    assert evs and all(e.negated for e in evs)


def test_not_only_a_truce_is_not_negated(nlp):
    evs = find(nlp, "وطالب بتطبيق القرار فيما يتعلق بالانسحاب ووقف إطلاق النار وليس فقط هدنة.", "RETREAT", "هدنة")
    assert evs and not any(e.negated for e in evs)


def test_no_choice_but_asking_past_a_bracketed_name(nlp):
    text = "ومن ثم، لم يكن أمام (حكومة الوحدة الوطنية) من خيار غير طلب الدعم من أمراء الحرب."
    evs = find(nlp, text, "REQUEST", "طلب")
    assert evs and not any(e.negated for e in evs)


def test_another_case_is_no_condition(nlp):
    evs = find(nlp, "وفي حالة أخرى، تم اختطاف الصحافي سانديب كوثاري، وتم العثور على جثته.", "ASSAULT", "اختطاف")
    assert evs and not any(e.hypothetical for e in evs)


def test_protesters_who_call_are_no_called_for_act(nlp):
    evs = find(nlp, "ودعا المعتصمون إلى إعدام سليمان الأسد.", "PROTEST", "المعتصمون")
    assert evs and not any(e.future for e in evs)


def test_called_for_protest_is_to_come(nlp):
    evs = find(nlp, "ودعا عدد من مناصري النظام السابق إلى تنظيم تظاهرات أخرى.", "PROTEST", "تظاهرات")
    assert evs and all(e.future for e in evs)


def test_attacks_that_failed_took_place(nlp):
    evs = find(nlp, "ولم تفلح الهجمات التي تنفذها المقاومة الشعبية في استعادة المدينة.", "ASSAULT", "الهجمات")
    assert evs and not any(e.negated for e in evs)


def test_meeting_not_held_stays_negated(nlp):
    evs = find(nlp, "ولم يعقد الاجتماع في موعده.", "CONSULT", "الاجتماع")
    assert evs and all(e.negated for e in evs)
