"""Round 105 (flags105): flags, senses and types from the judged slices 2015-07-31 #1360–1759 and #1760–2211 and
2015-07-22 #400–799: «ما دعا X لـ» (what led X to) tells a cause, and the act after it took place; a stalled act
(«تعطل») has not; «غدا» past a visitor's long name dates the visit to come; «سيستاني» is no future verb; «سيوفر» is
one; a court endorsing a ruling (أيدت المحكمة الحكم) upholds a sentence; a trespass on property is no beating; a truce
its breaker broke is no ceasefire."""

from stage_coding import events_coded, kept_flags, kept_types

_DATE = "2015-07-31"


def _flags(nlp, text, kind, trigger):
    """(negated, future, hypothetical) of the kept events of `kind` whose trigger is `trigger`."""
    return [(n, f, h) for k, t, n, f, h in kept_flags(nlp, text, _DATE) if k == kind and t == trigger]


def test_an_arrest_a_cause_led_to_took_place(nlp):
    """«ما دعا السلطات السودانية لإعادة توقيف الصيادين» (2015-07-31 #1366): «ما دعا» is «which led to», no call; the
    re-arrest it led to is a fact, not one asked for (to come)."""
    text = ("وقال المصدر إن الخرطوم أطلقت سراح الصيادين المصريين، ولكن القاهرة تلكأت كثيرا ولم تقم بخطوة مماثلة، ما دعا "
            "السلطات السودانية لإعادة توقيف الصيادين قبل مغادرتهم الأراضي السودانية.")
    assert _flags(nlp, text, "COERCE", "توقيف") == [(False, False, False)], kept_flags(nlp, text, _DATE)


def test_an_arrest_called_for_stays_to_come(nlp):
    """A real call keeps the act it asks for to come: «دعا الوزير السلطات إلى توقيف المتهمين»."""
    text = "دعا وزير العدل السلطات السودانية إلى توقيف المتهمين في القضية."
    coded = [e.future for e in events_coded(nlp, text, _DATE) if e.event == "COERCE"]
    assert coded == [True], events_coded(nlp, text, _DATE)


def test_a_stalled_release_has_not_taken_place(nlp):
    """«سبب تعطل إطلاق سراح الصيادين المصريين» (#1366): the release is held up, still to come."""
    text = ("كشف مصدر مطلع داخل وزارة الخارجية السودانية أن سبب تعطل إطلاق سراح الصيادين المصريين المعتقلين في الخرطوم "
            "يعود إلى إخلال الجانب المصري بالاتفاق.")
    flags = _flags(nlp, text, "RETREAT", "إطلاق سراح")
    assert flags and all(f or h for _, f, h in flags), kept_flags(nlp, text, _DATE)


def test_a_visit_tomorrow_past_the_visitor_long_name_is_to_come(nlp):
    """«أثناء زيارة الأمين العام للمنظمة عبد الله البدري لموسكو غدا الخميس» (#1584): the visit is tomorrow's."""
    text = ("نقلت وكالة انترفاكس عن وزير الطاقة ألكسندر نوفاك قوله إنه لا نية لدى روسيا لمناقشة خفض إنتاج النفط مع منظمة "
            "أوبك أثناء زيارة الأمين العام للمنظمة عبد الله البدري لموسكو غدا الخميس.")
    assert _flags(nlp, text, "CONSULT", "زيارة") == [(False, True, False)], kept_flags(nlp, text, _DATE)


def test_sistani_is_no_future_verb(nlp):
    """«ولقائه على سيستاني» (#1494): the meeting with Sistani was had days ago; «سيستاني» is a name, no «will»."""
    text = "زار وفد إيراني العراق قبل أيام برئاسة جواد ظريف، ولقائه على سيستاني."
    assert _flags(nlp, text, "CONSULT", "لقائه") == [(False, False, False)], kept_flags(nlp, text, _DATE)


def test_a_lifting_that_will_provide_is_supposed(nlp):
    """«أن رفع العقوبات عن إيران سيوفر لها 150 مليار دولار» (2015-07-22 #538): «سيوفر» is a future verb (سيو is also
    the beginning of سيوف), so the lifting it tells the outcome of is no fact."""
    text = "وأضاف أن رفع العقوبات عن إيران سيوفر لها 150 مليار دولار."
    flags = _flags(nlp, text, "RETREAT", "رفع العقوبات")
    assert flags and all(f or h for _, f, h in flags), kept_flags(nlp, text, _DATE)


def test_a_court_upholding_a_ruling_is_a_conviction(nlp):
    """«أيدت محكمة استئناف أبوظبي، الحكم الصادر بإدانة شاب» (#1509): a court upholds a sentence, SANCTION, no
    political support."""
    text = ("أيدت محكمة استئناف أبوظبي، الحكم الصادر بإدانة شاب خليجي الجنسية، تتهمه النيابة العامة بقيادة مركبة بعكس "
            "اتجاه السير.")
    types = kept_types(nlp, text, _DATE)
    assert ("SANCTION", "أيدت") in types and ("SUPPORT", "أيدت") not in types, types


def test_a_court_backing_a_decision_stays_support(nlp):
    """A court's endorsing of no ruling word stays support: «أيدت المحكمة الدستورية قرار الرئيس»."""
    types = kept_types(nlp, "أيدت المحكمة الدستورية قرار الرئيس بحل البرلمان.", _DATE)
    assert ("SUPPORT", "أيدت") in types, types


def test_a_trespass_on_property_is_no_beating(nlp):
    """«بدعوى تعديه على ممتلكات الغير» (2015-07-22 #549): a trespass, no ASSAULT; an assault on a person stays."""
    text = ("أعلنت شرطة زيوريخ أن الاتحاد الدولي لكرة القدم تقدم بشكوى جنائية ضد الممثل الكوميدي البريطاني سيمون "
            "برودكين بدعوى تعديه على ممتلكات الغير.")
    assert not any(k == "ASSAULT" for k, _ in kept_types(nlp, text, _DATE)), kept_types(nlp, text, _DATE)
    assert ("ASSAULT", "تعدى") in kept_types(nlp, "تعدى مجهولون على رجل أمن بالضرب.", _DATE)


def test_a_truce_its_breakers_broke_is_no_ceasefire(nlp):
    """«بعد خرقهم للهدنة الإنسانية» (#1903) and «بعد خرق مليشيات الحوثي وصالح الهدنة» (#1910): the truce broken, no
    RETREAT ceasefire, whether the breaker is a pronoun or a phrase between."""
    for text in ("وطالبت الحكومة اليمنية مجلس الأمن بتحرك حازم ضد الحوثيين بعد خرقهم للهدنة الإنسانية.",
                 "والمطلوب من المجتمع الدولي بعد خرق مليشيات الحوثي وصالح الهدنة تنفيذ قرار مجلس الأمن الدولي 2216."):
        assert not any(k == "RETREAT" for k, _ in kept_types(nlp, text, _DATE)), kept_types(nlp, text, _DATE)


def test_a_charge_intended_past_the_intenders_office_is_to_come(nlp):
    """«حيث يعتزم مسؤولون في وزارة العدل توجيه الاتهام إلى رئيس شركة البناء» (2015-07-22 #788): the charge is
    intended, past the subject and its في phrase: still to come."""
    text = ("أزيح النقاب عن المزيد من تفاصيل فضيحة الفساد، حيث يعتزم مسؤولون في وزارة العدل توجيه الاتهام إلى رئيس شركة "
            "البناء الدولية العملاقة.")
    assert _flags(nlp, text, "ACCUSE", "الاتهام") == [(False, True, False)], kept_flags(nlp, text, _DATE)


def test_a_charge_made_past_the_same_subject_stays_a_fact(nlp):
    """With no verb of intending before it, a charge made past the same subject stays a fact."""
    text = "ووجه مسؤولون في وزارة العدل الاتهام إلى رئيس شركة البناء."
    assert _flags(nlp, text, "ACCUSE", "الاتهام") == [(False, False, False)], kept_flags(nlp, text, _DATE)
