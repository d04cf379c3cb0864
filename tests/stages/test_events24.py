"""Round 24 (events24): recipients still missing, and plans coded as done (must / must not, on sentences of the
kind fixed)."""

from stage_coding import events_coded


def coded(nlp, text, date="2015-07-21"):
    """The events the event coder gives (see stage_coding)."""
    return events_coded(nlp, text, date)


def find(nlp, text, event, word):
    """The coded events of the type whose trigger's first word ends the given word (clitics taken off)."""
    return [e for e in coded(nlp, text) if e.event == event and word.endswith(e.trigger.text.split()[0])]


# 1. على + an indefinite noun naming no one + its genitive: the genitive is whom the praise or objection is about
def test_objection_to_a_ministry_decision(nlp):
    text = "اعترض الكثير من رجال الأعمال على قرار وزارة العمل الخاص بتحصيل 200 ريال شهرياً عن كل عامل أجنبي."
    evs = find(nlp, text, "REJECT", "اعترض")
    assert evs and any("وزارة العمل" in r.text for e in evs for r in e.recipient)


def test_praise_of_the_efforts_of_security_men(nlp):
    evs = find(nlp, "وأثنى الأمير على جهود رجال الأمن في المنطقة.", "SUPPORT", "أثنى")
    assert evs and any("رجال الأمن" in r.text for e in evs for r in e.recipient)


def test_ala_before_an_event_noun_gives_no_owner(nlp):
    # (the noun after على is itself an act: its genitive is that act's doer, not whom the agreement is about)
    evs = find(nlp, "وافق مجلس الوزراء على طلب الحكومة الأردنية.", "AGREE", "وافق")
    assert evs and not any("الأردنية" in r.text for e in evs for r in e.recipient)


# 2. a deed noun in بـ right after a verb of praise with no subject between (cues.tsv merit): its genitive is whom the
# praise is about, never the verb's subject
def test_praise_of_the_coalition_role_is_no_coalition_act(nlp):
    evs = find(nlp, "وأشاد بدور قوات التحالف العربي التي وصفها بالداعم العظيم.", "SUPPORT", "أشاد")
    assert evs and not any("التحالف" in a.text for e in evs for a in e.actor)
    assert any("قوات التحالف العربي" in r.text for e in evs for r in e.recipient)


def test_praise_of_the_stance_past_an_indefinite_noun(nlp):
    evs = find(nlp, "وأشاد بموقف دول التحالف العربي التي وصفتها بالمنقذ لأبناء اليمن.", "SUPPORT", "أشاد")
    assert evs and not any("التحالف" in a.text for e in evs for a in e.actor)
    assert any("التحالف العربي" in r.text for e in evs for r in e.recipient)


def test_praise_with_its_subject_keeps_it(nlp):
    evs = find(nlp, "وأشاد الوزير بدور المملكة العربية السعودية.", "SUPPORT", "أشاد")
    assert evs and any("الوزير" in a.text for e in evs for a in e.actor)
    assert any("السعودية" in r.text for e in evs for r in e.recipient)


# 3. a draft (cues.tsv draft): the imperfect verb or the verbal noun in لـ right after it tells what it would do
def test_draft_resolution_that_supports_is_future(nlp):
    text = "وتقول إيران إن مجلس الأمن الدولي سيصوّت الأسبوع المقبل على مشروع قرار يدعم الاتفاق."
    evs = find(nlp, text, "SUPPORT", "يدعم")
    assert evs and all(e.future for e in evs)


def test_vetoed_draft_calling_for_a_court_is_future(nlp):
    text = "قامت روسيا اليوم الأربعاء باستخدام حق النقض (فيتو) ضد مشروع قرار يدعو إلى تشكيل محكمة جنائية دولية."
    evs = find(nlp, text, "REQUEST", "يدعو")
    assert evs and all(e.future for e in evs)


def test_draft_bill_to_impose_sanctions_is_future(nlp):
    evs = [e for e in coded(nlp, "وقدم السيناتور مشروع قانون لفرض عقوبات على إيران.") if e.event == "SANCTION"]
    assert evs and all(e.future for e in evs)


def test_adopted_draft_is_done(nlp):
    text = "وافق مجلس الأمن الدولي بالإجماع على مشروع قرار يصادق على الاتفاق النووي."
    evs = find(nlp, text, "SUPPORT", "يصادق")
    assert evs and not any(e.future for e in evs)


# 4. a decision to act (cues.tsv decide) is intent, still to come; an act the decision itself performs is done
def test_decision_to_sue_is_future(nlp):
    text = "قرر مواطن بنجران رفع دعوى قضائية ضد أمانة منطقة نجران إلى المحكمة الإدارية."
    evs = find(nlp, text, "ACCUSE", "رفع")
    assert evs and all(e.future for e in evs)


def test_cabinet_decision_to_approve_is_done(nlp):
    text = "وقرر مجلس الوزراء الموافقة على اتفاقية بين وزارتي الداخلية في البلدين."
    evs = [e for e in coded(nlp, text) if e.trigger.text.endswith("الموافقة")]
    assert evs and not any(e.future for e in evs)


# 5. praise or blame of a definite deed noun whose relative clause names its doer: the doer is the recipient
def test_praise_of_the_success_the_security_services_achieved(nlp):
    text = ("أثنى مواطنون في محافظة القطيف على النجاح الأمني الكبير والحاسم الذي حققته الأجهزة الأمنية في ضبط "
            "خلايا داعش الإرهابي.")
    evs = find(nlp, text, "SUPPORT", "أثنى")
    assert evs and any("الأجهزة الأمنية" in r.text for e in evs for r in e.recipient)


def test_praise_of_the_efforts_a_government_makes(nlp):
    evs = find(nlp, "ونوه بالجهود الكبيرة التي تبذلها حكومة خادم الحرمين الشريفين.", "SUPPORT", "نوه")
    assert evs and any("حكومة" in r.text for e in evs for r in e.recipient)


def test_praise_of_the_role_past_the_verbs_own_ala(nlp):
    evs = find(nlp, "وأثنى على الدور الكبير الذي تقوم به أمانة منطقة الرياض.", "SUPPORT", "أثنى")
    assert evs and any("أمانة منطقة الرياض" in r.text for e in evs for r in e.recipient)


# 6. praise or blame of another's act told by its noun right after the verb's subject: the act's doer is the recipient
def test_welcome_of_the_parliament_approval(nlp):
    text = "ورحب الأمين العام لجامعة الدول العربية بموافقة البرلمان العراقي على ورقة الإصلاحات."
    evs = find(nlp, text, "SUPPORT", "رحب")
    assert evs and any("البرلمان العراقي" in r.text for e in evs for r in e.recipient)


def test_condemned_killing_gives_no_victim_as_recipient(nlp):
    evs = find(nlp, "وندد الرئيس بمقتل الصحفي.", "ACCUSE", "ندد")
    assert evs and not any("الصحفي" in r.text for e in evs for r in e.recipient)
