"""Mend of round 109's flags (review109_f): a finite verb in و that opens a clause of its own after a لـ complement
keeps no aim's flag; «أمرا» orders only after a verb of issuing; a quoted subject's reach stops at a later و clause;
«وجه … الشكر» thanks, directs nothing; «دون أن» is only supposed after a word of doubt with a verb of keeping from."""

from stage_coding import kept_flags

_DATE = "2015-07-22"


def _flags_of(nlp, text, trigger):
    """(negated, future, hypothetical) of the kept events whose trigger is `trigger`."""
    return [(n, f, h) for _, t, n, f, h in kept_flags(nlp, text, _DATE) if t == trigger]


def _done(flags):
    """True when there are events and none is negated, to come or supposed."""
    return bool(flags) and not any(any(f) for f in flags)


def test_finite_perfect_after_a_lam_complement_is_done(nlp):
    """«تسعى الحكومة لاحتواء الأزمة واعتقلت قوات الأمن أمس عشرين متظاهرا»: the arrest is told as done."""
    flags = _flags_of(nlp, "تسعى الحكومة لاحتواء الأزمة واعتقلت قوات الأمن أمس عشرين متظاهرا.", "اعتقلت")
    assert _done(flags), flags


def test_bare_perfect_with_a_day_after_a_lam_complement_is_done(nlp):
    """«تحتاج المدينة لإعادة الإعمار وقتل المسلحون أمس عشرة مدنيين»: killed yesterday, no need."""
    flags = _flags_of(nlp, "تحتاج المدينة لإعادة الإعمار وقتل المسلحون أمس عشرة مدنيين.", "قتل")
    assert _done(flags), flags


def test_a_matter_orders_nothing(nlp):
    """«وبات الأمر أمرا واقعا بسيطرة المسلحين على المدينة»: «أمرا» is a matter, the takeover told as done."""
    flags = _flags_of(nlp, "وبات الأمر أمرا واقعا بسيطرة المسلحين على المدينة.", "سيطرة")
    assert _done(flags), flags


def test_quoted_subject_stops_at_a_later_clause(nlp):
    """«وأضاف أن "اعتقال الصحفيين أمس في القاهرة جاء بعد تحقيق طويل وسيكون له أثر"»: the arrest was made."""
    text = "وأضاف أن \"اعتقال الصحفيين أمس في القاهرة جاء بعد تحقيق طويل وسيكون له أثر\"."
    flags = _flags_of(nlp, text, "اعتقال")
    assert _done(flags), flags


def test_thanks_direct_no_arrest(nlp):
    """«وجه الوزير الشكر لرجال الأمن مشيدا بسرعة إلقاء القبض على المتهمين»: the arrest praised was made."""
    flags = _flags_of(nlp, "وجه الوزير الشكر لرجال الأمن مشيدا بسرعة إلقاء القبض على المتهمين.", "القبض")
    assert _done(flags), flags


def test_participle_after_the_comma_directs_nothing(nlp):
    """«وجه الوزير الشكر لرجال الأمن، مشيدا بسرعة القبض على المتهمين»: praised, not ordered."""
    flags = _flags_of(nlp, "وجه الوزير الشكر لرجال الأمن، مشيدا بسرعة القبض على المتهمين.", "القبض")
    assert _done(flags), flags


def test_without_after_can_with_no_verb_of_keeping_is_negated(nlp):
    """«يمكنه السفر دون أن تعتقله الشرطة»: no word of keeping from, the arrest after «دون أن» is negated."""
    flags = _flags_of(nlp, "يمكنه السفر دون أن تعتقله الشرطة.", "تعتقله")
    assert flags and all(n and not h for n, _, h in flags), flags
