"""Mends of the review of round 105 (review105_fd, findings 1–6): a court's endorsing convicts only when the ruling is
its object, right past its name; a breach word stops at another clause before a truce; a lead statement's day dates
neither another speaker's acts after it nor a lead act that another speaker's statement follows; an intending verb
reaches no noun past a preposition; «غدا» far past a noun dates it only past the place it goes to."""

from stage_coding import kept_dates, kept_flags, kept_types

_DATE = "2015-07-22"


def test_a_court_endorsing_a_government_decision_convicts_no_one(nlp):
    """Finding 1: «أيدت المحكمة العليا قرار الحكومة بإلغاء نظام الحكم المحلي»: الحكم (governance) stands far past
    the court's object, the decision: an endorsement (SUPPORT), no conviction; «أيدت محكمة النقض حكم الإعدام» still
    upholds a sentence."""
    for text in ("أيدت المحكمة العليا قرار الحكومة بإلغاء نظام الحكم المحلي.",
                 "أيدت المحكمة الدستورية موقف الحكومة في قضية الأحكام العرفية."):
        kinds = [k for k, t in kept_types(nlp, text, _DATE) if t == "أيدت"]
        assert kinds == ["SUPPORT"], kept_types(nlp, text, _DATE)
    text = "أيدت محكمة النقض حكم الإعدام."
    assert ("SANCTION", "أيدت") in kept_types(nlp, text, _DATE), kept_types(nlp, text, _DATE)


def test_a_truce_made_after_another_clause_is_no_breach(nlp):
    """Finding 2: «انتهكت القوات الأجواء ثم أبرمت هدنة مع المتمردين»: «ثم» opens another clause, the truce made is
    a ceasefire; «بعد خرق مليشيات الحوثي وصالح الهدنة» stays a breach, no ceasefire."""
    text = "انتهكت القوات الأجواء ثم أبرمت هدنة مع المتمردين."
    assert ("RETREAT", "هدنة") in kept_types(nlp, text, _DATE), kept_types(nlp, text, _DATE)
    text = "بعد خرق مليشيات الحوثي وصالح الهدنة قصفت الطائرات المدينة."
    assert not [k for k, _ in kept_types(nlp, text, _DATE) if k == "RETREAT"], kept_types(nlp, text, _DATE)


def test_another_speaker_after_a_lead_statement_keeps_the_publication_day(nlp):
    """Finding 3: «قال تجمع لأهالي معتقلين في بيان أمس إن …» … «وأدان الرئيس الفرنسي الهجوم»: the French president
    is no speaker of the families' statement; his condemnation takes no day of it."""
    text = ("قال تجمع لأهالي معتقلين في بيان أمس إن أجهزة الأمن اعتقلت عشرة أشخاص. ونفى الناطق باسم الحكومة "
            "الاتهامات. وأدان الرئيس الفرنسي الهجوم على الكنيسة في باريس.")
    rows = kept_dates(nlp, text, "ACCUSE", _DATE)
    assert rows and all(d == _DATE for _, d, _, _ in rows), rows


def test_a_lead_reception_takes_no_day_of_another_party_statement(nlp):
    """Finding 4: «استقبل الرئيس وفدا …» «وأعلن حزب المعارضة في بيان أمس مقاطعة الانتخابات»: the opposition's
    statement does not tell the reception; it keeps the publication day."""
    text = ("استقبل الرئيس وفدا من رجال الأعمال في القصر. وأعلن حزب المعارضة في بيان أمس مقاطعة الانتخابات "
            "المقبلة.")
    rows = kept_dates(nlp, text, "CONSULT", _DATE)
    assert rows and all(d == _DATE for _, d, _, _ in rows), rows


def test_an_arrest_past_the_intended_journey_is_no_intention(nlp):
    """Finding 5: «ينوي الوزير السفر إلى باريس بعد اعتقال الصحفي الأسبوع الماضي»: the journey is what is intended;
    the arrest, past «إلى» and «بعد», took place last week."""
    text = "ينوي الوزير السفر إلى باريس بعد اعتقال الصحفي الأسبوع الماضي."
    flags = [f for k, t, _, f, _ in kept_flags(nlp, text, _DATE) if k == "COERCE"]
    assert flags == [False], kept_flags(nlp, text, _DATE)


def test_tomorrow_of_a_later_clause_does_not_make_a_visit_to_come(nlp):
    """Finding 6: «وبعد زيارة الرئيس لمدينة حلب يصل وزير الخارجية السوري غدا»: tomorrow is the arrival's, a later
    clause's; the visit before it is not to come."""
    text = "وبعد زيارة الرئيس لمدينة حلب يصل وزير الخارجية السوري غدا."
    flags = [f for k, t, _, f, _ in kept_flags(nlp, text, _DATE) if t == "زيارة"]
    assert flags == [False], kept_flags(nlp, text, _DATE)
