"""Round 45 (flags45): the negated / future / hypothetical flags — «غير» after a negation (only), preparing and wanting
(still to come), a refused act (negated, as after لن), «لن تشارك في» (negated and to come), «رغم» stops a denial, a future verb of
bringing about before its subject, a raised act asked for, «حال … دون» (prevented, no condition), plural time nouns
with their upcoming word, and a verbal noun in a future verb's clause (must / must not, on sentences of the kind fixed)."""

from stage_coding import events_coded


def coded(nlp, text, date="2015-07-25"):
    """The events the event coder gives (see stage_coding)."""
    return events_coded(nlp, text, date)


def find(nlp, text, event, word):
    """The coded events of the type whose trigger's first word ends the given word (clitics taken off)."""
    return [e for e in coded(nlp, text) if e.event == event and word.endswith(e.trigger.text.split()[0])]


def test_other_than_after_a_negation_is_done(nlp):
    evs = find(nlp, "ولم يجد المتمردون ردا غير قصف مناطق المدنيين، حيث قصفوا تجمعا لنساء.", "ASSAULT", "قصف")
    assert evs and not any(e.negated for e in evs)


def test_preparing_for_an_attack_is_to_come(nlp):
    evs = find(nlp, "حيث يتأهبوا لهجوم يستهدف استعادة المحافظة.", "ASSAULT", "لهجوم")
    assert evs and all(e.future for e in evs)


def test_planned_past_its_subject_is_to_come(nlp):
    # (planning and preparing are one class: past the subject and an adjunct, the act in لـ is to come either way)
    evs = find(nlp, "وكانت الشرطة تخطط سرا لاعتقال القادة.", "COERCE", "اعتقال")
    assert evs and all(e.future for e in evs)
    evs = find(nlp, "ويتجهز الجيش الآن ليقتحم المدينة.", "COERCE", "يقتحم")
    assert evs and all(e.future for e in evs)


def test_wanted_arrest_is_not_done(nlp):
    text = "حمل الأهالي السلاح لمنع عناصر الحزب الذين أرادوا اعتقال أبنائهم."
    evs = find(nlp, text, "COERCE", "اعتقال")
    assert evs and all(e.future for e in evs)


def test_refused_support_is_negated(nlp):
    # (negated, and still future as after لن: test_events.test_intended_events_are_future keeps a refused act future)
    evs = find(nlp, "فقد رفضت تركيا دعم المقاتلين الاكراد السوريين.", "SUPPORT", "دعم")
    assert evs and all(e.negated and e.future for e in evs)


def test_refusal_to_comment_on_an_attack_negates_no_attack(nlp):
    evs = find(nlp, "لكنه رفض في وقت سابق التعليق على الهجوم الذي نفذ بشاحنة ملغومة.", "ASSAULT", "الهجوم")
    assert evs and not any(e.negated for e in evs)


def test_refusal_not_made_negates_nothing(nlp):
    evs = find(nlp, "لم يكن لأحد في العالم أن يرفض دعمها وتأييدها.", "SUPPORT", "دعمها")
    assert not any(e.negated for e in evs)


def test_will_not_take_part_is_negated_and_to_come(nlp):
    evs = find(nlp, "وقال إن إيران لن تشارك في المفاوضات.", "CONSULT", "المفاوضات")
    assert evs and all(e.negated and e.future for e in evs)


def test_did_not_attend_is_negated(nlp):
    evs = find(nlp, "وقال إن الوفد لم يحضر الاجتماع.", "CONSULT", "الاجتماع")
    assert evs and all(e.negated and not e.future for e in evs)


def test_denial_does_not_reach_past_despite(nlp):
    evs = find(nlp, "وتنفي إيران أي تدخل في البحرين رغم إقرارها بدعم المعارضة.", "AID", "بدعم")
    assert evs and not any(e.negated for e in evs)


def test_denial_still_reaches_its_object(nlp):
    evs = find(nlp, "وتنفي إيران أي تدخل في البحرين ودعم المعارضة.", "SUPPORT", "دعم")
    assert evs and all(e.negated for e in evs)


def test_future_verb_of_result_before_its_subject(nlp):
    evs = find(nlp, "وسيؤدي مقتله إلى الحد من العمليات التي ينفذها تنظيم القاعدة.", "ASSAULT", "مقتله")
    assert evs and not any(e.future for e in evs)


def test_raised_deployment_asked_for_is_to_come(nlp):
    text = "ودعا حاكما بورنو ويوبي السلطات الفدرالية النيجيرية إلى زيادة الانتشار العسكري في هذه المناطق."
    evs = find(nlp, text, "MOBILIZE", "الانتشار")
    assert evs and all(e.future for e in evs)


def test_prevented_is_no_condition(nlp):
    text = ("ويتناول العشاء مع كينياتا الذي حال توجيه المحكمة الجنائية الدولية اتهامات له بارتكاب جرائم ضد الانسانية "
            "دون زيارة أوباما لكينيا قبل ذلك.")
    evs = coded(nlp, text)
    acc = [e for e in evs if e.event == "ACCUSE"]
    visit = [e for e in evs if e.event == "CONSULT"]
    assert acc and not any(e.hypothetical for e in acc)
    assert visit and all(e.negated and not e.hypothetical for e in visit)


def test_in_case_stays_a_condition(nlp):
    evs = find(nlp, "وأكد أنه في حال رفضت الميليشيات الخروج من المستشفى فإننا سنتوقف عن العمل.", "REJECT", "رفضت")
    assert evs and all(e.hypothetical for e in evs)


def test_meeting_in_the_coming_weeks_is_to_come(nlp):
    evs = find(nlp, "وتم الاتفاق آنذاك على اللقاء مجددا في الأسابيع المقبلة.", "CONSULT", "اللقاء")
    assert evs and all(e.future for e in evs)


def test_support_in_the_coming_hours_is_to_come(nlp):
    text = "كشفت مصادر في التحالف العربي عن دعم أكبر جسر جوي سينطلق إلى عدن خلال الساعات القادمة."
    evs = find(nlp, text, "AID", "دعم")
    assert evs and all(e.future for e in evs)


def test_purpose_noun_of_a_future_verb_is_to_come(nlp):
    text = "وقالت المصادر إن الجسر الجوي سوف يحمل مفاجآت كبيرة دعما للمقاومة والجيش الوطني."
    evs = find(nlp, text, "SUPPORT", "دعما")
    assert evs and all(e.future for e in evs)


def test_better_done_is_not_yet_done(nlp):
    text = "وكلما زادت قوة مصر أصبح من الأفضل أن يتعاون الجانبان من أجل مكافحة الإرهاب."
    evs = find(nlp, text, "COOPERATE", "يتعاون")
    assert evs and all(e.future for e in evs)


def test_finite_verb_with_object_pronoun_is_no_requested_act(nlp):
    text = "وتحدث عن الهدنة الإنسانية التي طلبها الرئيس اليمني وأيدتها دول التحالف."
    evs = find(nlp, text, "SUPPORT", "أيدتها")
    assert evs and not any(e.future for e in evs)


def test_refusal_does_not_reach_past_but(nlp):
    text = "وأنه من العبث أن يقول البعض إنهم يصوتون ضد مشاريع القوانين لكنهم يواصلون دعم الحكومة."
    evs = find(nlp, text, "SUPPORT", "دعم")
    assert evs and not any(e.future or e.negated for e in evs)


def test_precondition_demanded_is_supposed(nlp):
    text = "ولا يزال المتمردون يطرحون شرطا مسبقا رئيسيا لإبرام السلام هو الانسحاب الفوري لجميع الجنود الأجانب."
    evs = find(nlp, text, "RETREAT", "الانسحاب")
    assert evs and all(e.hypothetical for e in evs)


def test_withdrawal_told_is_no_precondition(nlp):
    evs = find(nlp, "وأكد الجيش الانسحاب الفوري لجميع الجنود من المدينة.", "RETREAT", "الانسحاب")
    assert evs and not any(e.hypothetical for e in evs)


def test_basis_for_talks_is_supposed(nlp):
    text = "وقال إن الأفكار التي طرحها الجانب الفرنسي تصلح كقاعدة لإطلاق المفاوضات."
    evs = find(nlp, text, "CONSULT", "المفاوضات")
    assert evs and all(e.hypothetical for e in evs)


def test_not_the_first_visit_took_place(nlp):
    evs = find(nlp, "وليست الزيارة الأولى للفياض إلى دمشق.", "CONSULT", "الزيارة")
    assert evs and not any(e.negated for e in evs)


def test_visit_not_possible_stays_negated(nlp):
    evs = find(nlp, "وليست الزيارة ممكنة في هذا الوقت.", "CONSULT", "الزيارة")
    assert evs and all(e.negated for e in evs)
