"""Round 48 (flags48): the negated / future / hypothetical flags — an act feared (خوفا من هجمات), claimed (مزاعم
دعمها) or supposed as the subject of «means» (إن رفع العقوبات يعني) is hypothetical; a duty (على X أن تتعاون), a
second aim after يهدف إلى, the predicate of «will be» (سيكون أول رئيس يزور) and a meeting set on an opening weekday
are still to come; a meeting or call where an agreement was reached (لدى لقاء، في اتصال هاتفي) is no complement of
it, not to come (must / must not, on sentences of the kind fixed)."""

from stage_coding import events_coded


def coded(nlp, text, date="2015-07-24"):
    """The events the event coder gives (see stage_coding)."""
    return events_coded(nlp, text, date)


def find(nlp, text, event, word):
    """The coded events of the type whose trigger's first word ends the given word (clitics taken off)."""
    return [e for e in coded(nlp, text) if e.event == event and word.endswith(e.trigger.text.split()[0])]


def test_feared_attacks_are_hypothetical(nlp):
    evs = find(nlp, "وهم يخشون اليوم الخروج منها خوفاً من هجمات انتقامية.", "ASSAULT", "هجمات")
    assert evs and all(e.hypothetical and not e.negated for e in evs)


def test_attack_told_is_no_fear(nlp):
    evs = find(nlp, "وشن مسلحون أمس هجمات انتقامية على قرى في المنطقة.", "ASSAULT", "هجمات")
    assert evs and not any(e.hypothetical for e in evs)


def test_claimed_support_is_hypothetical(nlp):
    evs = [e for e in coded(nlp, "وأشار إلى أن المملكة بعيدة تماما عن مزاعم دعمها للإرهاب.")
           if e.event in ("AID", "SUPPORT")]
    assert evs and all(e.hypothetical for e in evs)


def test_lifting_that_would_mean_is_hypothetical(nlp):
    text = "وقال نتانياهو إن رفع العقوبات الدولية عن إيران يعني ضخ مبلغ يزيد على مئة مليار دولار."
    evs = [e for e in coded(nlp, text) if e.event == "RETREAT"]
    assert evs and all(e.hypothetical for e in evs)


def test_lifting_told_is_no_supposition(nlp):
    evs = [e for e in coded(nlp, "وأعلنت الأمم المتحدة رفع العقوبات الدولية عن إيران.") if e.event == "RETREAT"]
    assert evs and not any(e.hypothetical for e in evs)


def test_duty_laid_is_to_come(nlp):
    evs = find(nlp, "وقال: على مكونات الشعب العراقي أن تتعاون لمواجهة الإرهاب.", "COOPERATE", "تتعاون")
    assert evs and all(e.future for e in evs)


def test_provided_that_is_no_duty(nlp):
    text = "وذكرت صحيفة أن تسيبراس يريد أن يجعل من هذا التصويت الجديد «اختبارا» على أن يستقيل في حال ازدادت الأصوات."
    evs = find(nlp, text, "RETREAT", "يستقيل")
    assert evs and all(e.hypothetical and not e.future for e in evs)


def test_second_aim_is_to_come(nlp):
    text = "وهو يدعم مخططا خارجيا ويهدف إلى تقسيم العراقيين وقطع علاقات العراق مع الدول العربية."
    evs = [e for e in coded(nlp, text) if e.event == "SANCTION"]
    assert evs and all(e.future for e in evs)


def test_will_be_the_first_to_visit(nlp):
    text = "قبل أن يتوجه إلى إثيوبيا حيث سيكون أول رئيس أميركي على الإطلاق يزور هذا البلد."
    evs = find(nlp, text, "CONSULT", "يزور")
    assert evs and all(e.future for e in evs)


def test_meeting_set_on_an_opening_weekday(nlp):
    text = "الثلاثاء تعقد الجمعية الوطنية للمتقاعدين اجتماعاً غير عادي في مركز الملك سلمان الاجتماعي بالرياض."
    evs = find(nlp, text, "CONSULT", "اجتماعاً")
    assert evs and all(e.future for e in evs)


def test_meeting_where_they_agreed_happened(nlp):
    text = "اتفق القادة السعوديون والأمريكيون يوم الأربعاء لدى لقاء وزير الدفاع الأمريكي بالملك سلمان بن عبدالعزيز."
    evs = find(nlp, text, "CONSULT", "لقاء")
    assert evs and not any(e.future for e in evs)


def test_call_where_they_agreed_happened(nlp):
    text = "واتفق الرئيسان في اتصال هاتفي أول أمس على العمل سويا لوقف تدفق المقاتلين الأجانب."
    evs = [e for e in coded(nlp, text) if e.event == "CONSULT"]
    assert evs and not any(e.future for e in evs)


def test_call_right_after_the_verb_happened(nlp):
    evs = [e for e in coded(nlp, "واتفقا في اتصال هاتفي على مواصلة التنسيق بين البلدين.") if e.event == "CONSULT"]
    assert evs and not any(e.future for e in evs)


def test_meeting_agreed_on_is_still_to_come(nlp):
    evs = find(nlp, "ووافق البرلمان على المشاركة في الاجتماع.", "CONSULT", "الاجتماع")
    assert evs and all(e.future for e in evs)


def test_approve_or_reject_is_a_choice(nlp):
    text = "وبموجب القانون فإن أمام الكونجرس حتى 17 سبتمبر للموافقة على الاتفاق أو رفضه."
    evs = find(nlp, text, "REJECT", "رفضه")
    assert evs and all(e.hypothetical for e in evs)


def test_rejection_told_is_no_choice(nlp):
    evs = find(nlp, "ورفض الكونجرس الاتفاق أمس.", "REJECT", "رفض")
    assert evs and not any(e.hypothetical for e in evs)


def test_aid_once_hoped_for_is_hypothetical(nlp):
    text = "وكان بخاري يأمل في الحصول على مساعدة عسكرية أكبر خلال زيارته."
    evs = find(nlp, text, "AID", "مساعدة")
    # (a past hope: what it hoped for is supposed, not still to come — flags49 dropped the future flag)
    assert evs and all(e.hypothetical and not e.future for e in evs)


def test_aid_hoped_for_now_is_to_come(nlp):
    evs = find(nlp, "ويأمل بخاري في الحصول على مساعدة عسكرية أكبر خلال زيارته.", "AID", "مساعدة")
    assert evs and all(e.future and not e.hypothetical for e in evs)


def test_attacks_a_cell_intended_are_hypothetical(nlp):
    text = "وقالت وزارة الداخلية إن قوات الأمن فككت خلية إرهابية كانت تعتزم تنفيذ هجمات على منتجع سياحي."
    evs = find(nlp, text, "ASSAULT", "هجمات")
    assert evs and all(e.hypothetical for e in evs)
