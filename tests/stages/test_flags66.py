"""Round 66 (flags66): flags of reports declared untrue, meetings had, acts joined to what is to be done and visits
still to come — the act a report noun tells, declared false later in its sentence («… غير صحيحة»), is negated; an
event noun read for a present verb dates no later meeting (a meeting had stays a fact); a verbal noun joined to the
nouns of a future light verb (سيتم … وفرض العقوبات) is to come; a visit a present light verb undertakes, on whose eve
an act is told or dated this week, is to come (must / must not, on sentences of the dev days)."""

from stage_coding import events_ending as find


def test_mediation_in_an_untrue_report_is_negated(nlp):
    """«إن الأخبار التي وردت بشأن تدخل بوتفليقة … للوساطة …، غير صحيحة»: the mediation reported did not happen."""
    text = ("وقال في تصريحات لوسائل إعلام جزائرية إن الأخبار التي وردت بشأن تدخل الرئيس الجزائري عبد العزيز "
            "بوتفليقة لدى نظيره المصري عبد الفتاح السيسي للوساطة في قضية إعدام مرسي، غير صحيحة.")
    evs = find(nlp, text, "CONSULT", "للوساطة")
    assert evs and all(e.negated for e in evs)
    # a verdict with no report noun answers what was said before: «وهذا عار من الصحة» leaves the arrest a fact
    evs = find(nlp, "وألقت الشرطة القبض عليه أمس، وهذا عار من الصحة.", "COERCE", "وألقت")
    assert evs and not any(e.negated for e in evs)


def test_meeting_had_after_a_dated_signing_is_no_coming_one(nlp):
    """«بعد توقيع الاتفاق منتصف هذا الشهر كان لتوماس فريدمان لقاء آخر مع الرئيس»: this month dates the signing; the
    meeting was had, not still to come."""
    evs = find(nlp, "بعد توقيع الاتفاق منتصف هذا الشهر كان لتوماس فريدمان لقاء آخر مع الرئيس.", "CONSULT", "لقاء")
    assert evs and not any(e.future for e in evs)
    # a light verb in the present with this week still sets the meeting to come
    evs = find(nlp, "وتعقد اللجنة التنسيقية لقائمة «في حب مصر» الانتخابية اجتماعًا هذا الأسبوع.", "CONSULT",
               "اجتماعًا")
    assert evs and all(e.future for e in evs)


def test_sanctions_joined_to_what_is_to_be_done_are_to_come(nlp):
    """«سيتم اتخاذ القرارات المناسبة وفرض العقوبات على المتسببين»: the sanctions are to be imposed, still to come."""
    text = "والتي على ضوئها سيتم اتخاذ القرارات المناسبة وفرض العقوبات على المتسببين في الحادثة."
    evs = find(nlp, text, "SANCTION", "فرض")
    assert evs and all(e.future for e in evs)


def test_visit_on_whose_eve_a_call_is_made_is_to_come(nlp):
    """«اتصال هاتفي … عشية زيارة يقوم بها وزير الخارجية الفرنسي إلى طهران»: the visit is still to come; the call
    was made."""
    text = ("جاء ذلك خلال اتصال هاتفي أجراه الرئيس الإيراني مع نظيره الفرنسي عشية زيارة يقوم بها وزير الخارجية "
            "الفرنسي إلى طهران.")
    evs = find(nlp, text, "CONSULT", "زيارة")
    assert evs and all(e.future for e in evs)
    calls = find(nlp, text, "CONSULT", "هاتفي")
    assert calls and not any(e.future for e in calls)
    # the visit under way in a relative clause stays a fact
    evs = find(nlp, "اجتمع الوزير أمس، في إطار الزيارة الرسمية التي يقوم بها إلى مملكة إسبانيا، مع نظيره.",
               "CONSULT", "الزيارة")
    assert evs and not any(e.future for e in evs)


def test_visit_one_was_not_on_is_negated(nlp):
    """«ولم يكن في زيارة رسمية»: no official visit took place; a definite meeting after «لم يكن في» is a place, held."""
    evs = find(nlp, "وقال المتحدث إن الوزير لم يكن في زيارة رسمية إلى القاهرة.", "CONSULT", "زيارة")
    assert evs and all(e.negated for e in evs)
    evs = find(nlp, "لم يكن في الاجتماع أي ممثل للحكومة.", "CONSULT", "الاجتماع")
    assert not any(e.negated for e in evs)


def test_act_suspected_in_quotes_is_only_believed(nlp):
    """«ويشتبه بأن الرجلين «قدما مساعدة» لتنظيم داعش»: a quote mark opens no other clause; the help is suspected."""
    evs = find(nlp, "ويشتبه بأن الرجلين «قدما مساعدة» لتنظيم داعش.", "AID", "قدما")
    assert evs and all(e.hypothetical for e in evs)


def test_act_an_if_clause_follows_is_only_supposed(nlp):
    """«بتقديم استقالته إذا لم يتم التوصل الى حلول»: the resignation would follow if no solution is found."""
    text = "في حين لفت تلويح رئيس مجلس الوزراء تمام سلام بتقديم استقالته إذا لم يتم التوصل الى حلول."
    evs = find(nlp, text, "RETREAT", "استقالته")
    assert evs and all(e.hypothetical for e in evs)
    # a new conjunct between: the lifting of sanctions is not what the condition bears on
    text = ("وقال مشرعون إنهم يريدون المزيد من المعلومات عن توقيت رفع العقوبات وإمكانية إعادة فرضها اذا انتهكت "
            "إيران الاتفاق.")
    evs = find(nlp, text, "RETREAT", "رفع")
    assert evs and not any(e.hypothetical for e in evs)
