"""Round 27 (modal27): conditions in إن, and the receiver of what is obtained (حصل على)."""


def _one(art, kind):
    return next(e for e in art.events if e.event == kind)


def test_a_perfect_after_conditional_in_is_hypothetical(nlp):
    art = nlp("وأضاف أن الحكومة لا يمكنها أن تفرض إجراء الانتخابات، فإن اتفقت الفصائل على إجراء الانتخابات "
              "فإن الحكومة ستنفذها.")
    assert _one(art, "AGREE").hypothetical


def test_in_lam_opens_a_condition(nlp):
    art = nlp("وإن لم تنسحب القوات الإسرائيلية فسنواصل القتال.")
    assert _one(art, "RETREAT").hypothetical


def test_the_act_before_in_lam_is_supposed(nlp):
    art = nlp("وقال إن إيران لن تقدم أي تنازلات إن لم تبدأ تحصد ثمار الاتفاق.")
    assert _one(art, "CONCEDE").hypothetical


def test_emphatic_inna_before_a_verbal_noun_is_no_condition(nlp):
    art = nlp("وقال الوزير: «إن رفض اليونان للإصلاحات لا يعني شيئا».")
    assert not any(e.hypothetical for e in art.events if e.event == "REJECT")


def test_a_misspelt_an_after_a_past_anchor_is_no_condition(nlp):
    art = nlp("ووصل المتهم إلى الولايات المتحدة بعد إن وافقت الحكومة على تسليمه.")
    assert not any(e.hypothetical for e in art.events if e.event == "AGREE")


def test_who_obtains_a_loan_is_its_recipient(nlp):
    aid = _one(nlp("وحصلت اليونان على قرض من الاتحاد الأوروبي."), "AID")
    assert [a.code for a in aid.recipient] == ["GRC"]
    assert "GRC" not in [a.code for a in aid.actor]


def test_refugees_obtaining_aid_receive_it(nlp):
    aid = _one(nlp("وحصل اللاجئون على مساعدات من الأمم المتحدة."), "AID")
    assert [a.text for a in aid.recipient] == ["اللاجئون"]
    assert "اللاجئون" not in [a.text for a in aid.actor]


def test_the_verbal_noun_of_obtaining(nlp):
    aid = _one(nlp("ومن المتوقع أن تحصل أثينا على قروض جديدة بما يصل إلى 86 مليار يورو."), "AID")
    assert [a.code for a in aid.recipient] == ["GRC"] and not aid.actor


def test_happened_is_no_obtaining(nlp):
    attack = _one(nlp("وحصل هجوم على مركز للشرطة في سيناء."), "ASSAULT")
    assert attack.recipient


def test_an_indefinite_visit_someone_intends_is_future(nlp):
    art = nlp("وناقش الوزيران شراء أسلحة روسية في إطار زيارة يعتزم العاهل السعودي القيام بها لروسيا.")
    assert next(e for e in art.events if e.trigger.text == "زيارة").future


def test_a_meeting_whose_relative_clause_plans_it_is_future(nlp):
    art = nlp("وقال إن الاجتماع الذي من المقرر أن يعقد في الرياض سيبحث الأزمة.")
    assert _one(art, "CONSULT").future


def test_about_to_hold_a_meeting_is_future(nlp):
    art = nlp("وقال إن الحكومة بصدد عقد اجتماع مع المعارضة يوم الإثنين.")
    assert _one(art, "CONSULT").future


def test_discussing_plans_is_no_future(nlp):
    art = nlp("وترأس الأمير إيجازا تم فيه مناقشة خطط العمليات العسكرية المنفذة.")
    assert not any(e.future for e in art.events if e.event == "CONSULT")


def test_who_asks_for_a_loan_requests_it(nlp):
    """(Round 77: was test_who_asks_for_a_loan_would_receive_it, which wanted a future AID «قرض» to Greece.) The loan
    asked for is part of the request, not an aid of its own (the lead's decision of round 77; the judges marked such
    second events wrong in 10 of 10 cases, this very loan among them, 2015-07-26 #126): Greece's request to the IMF is
    coded, no aid, and Greece is no giver of anything."""
    art = nlp("وطلبت اليونان قرضا جديدا من صندوق النقد الدولي.")
    ask = _one(art, "REQUEST")
    assert [a.code for a in ask.actor] == ["GRC"] and [r.code for r in ask.recipient] == ["IGO"]
    assert not [e for e in art.events if e.event == "AID"]


def test_who_needs_aid_would_receive_it(nlp):
    aid = _one(nlp("وتحتاج اليونان إلى مساعدات مالية من الدائنين."), "AID")
    assert [a.code for a in aid.recipient] == ["GRC"] and not aid.actor


def test_who_takes_delivery_of_aid_receives_it(nlp):
    aid = _one(nlp("واستلمت الحكومة اليمنية مساعدات من مركز الملك سلمان."), "AID")
    assert [a.code for a in aid.recipient] == ["YEM"] and "YEM" not in [a.code for a in aid.actor]


def test_asking_the_army_to_strike_keeps_the_strike_its_own(nlp):
    art = nlp("وطلب الرئيس من الجيش قصف مواقع الحوثيين.")
    strike = _one(art, "ASSAULT")
    assert [a.code for a in strike.recipient] == ["YEM"]


def test_sanctions_a_government_weighs_are_intended(nlp):
    art = nlp("وتدرس الحكومة فرض عقوبات على الشركات الروسية.")
    assert _one(art, "SANCTION").future


def test_holding_to_the_idea_of_resigning_is_no_resignation(nlp):
    art = nlp("وقال إن رئيس الوزراء ما زال يحتفظ بفكرة تقديم استقالته.")
    assert _one(art, "RETREAT").future


def test_an_idea_athens_rejects_is_a_rejection_now(nlp):
    art = nlp("وإنشاء صندوق في لكسمبورغ لضمان تطبيق الخصخصة، وهي فكرة ترفضها أثينا.")
    assert not any(e.future for e in art.events if e.event == "REJECT")


def test_a_future_cue_in_another_nouns_relative_clause(nlp):
    art = nlp("وتجمع آلاف الأشخاص للتنديد بالاتفاق الذي يهدد أمن المنطقة.")
    assert not any(e.future for e in art.events if e.event == "ACCUSE")
