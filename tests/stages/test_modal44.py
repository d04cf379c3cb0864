"""Round 44 (modal44): a state after «حالة» is no condition, a purpose after (a negated) «يكفي», planned acts, habitual
«عندما», «قبل أن» after a coming act, «ليس ببعيد», and an event noun as the subject of «إذا كان» (must / must not,
on sentences of the kind fixed)."""

from stage_coding import events_coded


def coded(nlp, text, date="2015-08-08"):
    """The events the event coder gives (see stage_coding)."""
    return events_coded(nlp, text, date)


def find(nlp, text, event, word):
    """The coded events of the type whose trigger's first word ends the given word (clitics taken off)."""
    return [e for e in coded(nlp, text) if e.event == event and word.endswith(e.trigger.text.split()[0])]


def test_critical_state_is_no_condition(nlp):
    evs = find(nlp, "وأعلن الجيش مصرع 16 متمردا وإصابة 20 آخرين غالبيتهم في حالة حرجة.", "ASSAULT", "مصرع")
    assert evs and not any(e.hypothetical for e in evs)


def test_permanent_session_is_no_condition(nlp):
    text = "وقررت القيادة الفلسطينية الإبقاء على اجتماعها في حال انعقاد دائم، ودعت أبناء شعبنا إلى التصدي للمستوطنين."
    evs = find(nlp, text, "REQUEST", "دعت")
    assert evs and not any(e.hypothetical for e in evs)


def test_in_case_of_an_act_stays_a_condition(nlp):
    text = "وأكد أنه في حال رفضت الميليشيات الخروج من المستشفى فإننا سنتوقف عن العمل."
    evs = find(nlp, text, "REJECT", "رفضت")
    assert evs and all(e.hypothetical for e in evs)


def test_purpose_after_negated_suffice_is_negated(nlp):
    evs = find(nlp, "وقال إن ذلك لم يكن يكفي ليطلب الوزير مساعدة من الحكومة.", "REQUEST", "يطلب")
    assert evs and all(e.negated for e in evs)


def test_planned_attack_is_to_come(nlp):
    text = "ويشتبه بأن الموقوفين الثلاثة وبينهم عسكري سابق خططوا لشن هجوم على قاعدة عسكرية في منطقة بيربينيان."
    evs = find(nlp, text, "ASSAULT", "هجوم")
    assert evs and all(e.future for e in evs)


def test_habitual_when_is_no_condition(nlp):
    text = "وأكد أن الدول الأوروبية تنظم تظاهرات للمعارضة عندما يزور كبار المسؤولين إحدى تلك الدول."
    evs = find(nlp, text, "CONSULT", "يزور")
    assert evs and not any(e.hypothetical for e in evs)


def test_when_after_a_future_verb_stays_supposed(nlp):
    evs = find(nlp, "وسيتم الإعلان عن النتائج عندما يزور الوزير المدينة.", "CONSULT", "يزور")
    assert evs and all(e.hypothetical for e in evs)


def test_before_that_after_a_coming_act_is_to_come(nlp):
    text = "وقال إن اليونان لن تشارك في المفاوضات قبل أن توافق أثينا على الإصلاحات."
    evs = find(nlp, text, "AGREE", "توافق")
    assert evs and all(e.future for e in evs)


def test_before_that_after_a_past_act_is_no_future(nlp):
    evs = find(nlp, "وانسحب الوفد قبل أن يوافق الوزير على الخطة.", "AGREE", "يوافق")
    assert evs and not any(e.future for e in evs)


def test_not_far_off_negates_nothing(nlp):
    text = "وفي زمن ليس ببعيد اللقاء الذي جمع الأمير بندر مع الرئيس الأميركي جورج بوش."
    evs = find(nlp, text, "CONSULT", "اللقاء")
    assert evs and not any(e.negated for e in evs)


def test_not_about_to_stays_negated(nlp):
    evs = find(nlp, "وقال إن الوزير ليس بصدد لقاء الرئيس.", "CONSULT", "لقاء")
    assert evs and all(e.negated for e in evs)


def test_event_subject_of_if_it_was_is_given(nlp):
    text = "وإذا كان الهجوم على المسجد أثار استياء كبيرا في المدينة، فهذا لأنه حدث في رمضان."
    evs = find(nlp, text, "ASSAULT", "الهجوم")
    assert evs and not any(e.hypothetical for e in evs)


def test_event_subject_of_if_it_will_stays_supposed(nlp):
    text = "وإذا كان الهجوم على المدينة سيستمر، فإن الحكومة ستطلب المساعدة."
    evs = find(nlp, text, "ASSAULT", "الهجوم")
    assert evs and all(e.hypothetical for e in evs)


def test_a_long_run_of_one_act_resumed_asks_each_acts_flags_once(nlp, monkeypatch):
    # «أن الهجوم لن يتوقف» thirty times in one sentence: each act's flags were asked again for every later act that
    # resumes it (Modality._resumed_to_come), 2^n calls (twenty clauses took a minute); now once each, kept a sentence
    from hadath.stages import modality
    calls = []
    flags = modality.Modality.flags
    monkeypatch.setattr(modality.Modality, "flags", lambda self, *a: calls.append(1) or flags(self, *a))
    nlp("، ".join(["أن الهجوم لن يتوقف"] * 30))
    assert len(calls) < 200, len(calls)
