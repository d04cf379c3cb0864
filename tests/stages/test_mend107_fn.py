"""Round 108 (mend107_fn): mends of round 107's flag rules, on the reviewer's probes. A relative «التي عقدت» after
an event noun's genitive tells it held only when its verb has no object (not «اجتماع مجلس الأمن الذي عقد جلسة
طارئة»); a protest «announced» is to come only when its clause does not tell it done (أمس، خرجت); a refusal «أن تكون»
denies nothing when it is itself negated (لم يرفض); a past month past a relative pronoun dates the relative clause,
not «قبيل بدء …»; «لم تكن» before an event noun and its indefinite adjective (مفاوضات جادة) says there was none;
«من الطبيعي أن» reaches no perfect verb and, after «كان», tells what was fitting then, no act to come."""

from stage_coding import kept_flags

_DATE = "2015-07-22"


def _flags(nlp, text, kind, trigger):
    """(negated, future, hypothetical) of the kept events of `kind` whose trigger is `trigger`."""
    return [(n, f, h) for k, t, n, f, h in kept_flags(nlp, text, _DATE) if k == kind and t == trigger]


def test_a_meeting_to_attend_whose_genitive_held_a_session_is_to_come(nlp):
    """«يعتزم الرئيس حضور اجتماع مجلس الأمن الذي عقد جلسة طارئة أمس»: the council held the session; the meeting
    to attend is still to come."""
    text = "يعتزم الرئيس حضور اجتماع مجلس الأمن الذي عقد جلسة طارئة أمس"
    assert _flags(nlp, text, "CONSULT", "اجتماع") == [(False, True, False)], kept_flags(nlp, text, _DATE)
    held = "ويعتزم الوزير المشاركة في قمة الاتحاد الأفريقي التي عقدت في جوهانسبرغ الشهر الماضي"  # no object: held
    assert _flags(nlp, held, "CONSULT", "قمة") == [(False, False, False)], kept_flags(nlp, held, _DATE)


def test_meetings_of_a_committee_that_held_its_first_session_are_to_come(nlp):
    """«ستشارك مصر في اجتماعات اللجنة التي عقدت أمس جلستها الأولى»: a day word between the verb and its object."""
    text = "ستشارك مصر في اجتماعات اللجنة التي عقدت أمس جلستها الأولى"
    assert _flags(nlp, text, "CONSULT", "اجتماعات") == [(False, True, False)], kept_flags(nlp, text, _DATE)


def test_a_protest_the_police_announced_yesterday_took_place(nlp):
    """«أعلنت الشرطة عن تظاهرة أمس أمام البرلمان»: announced as held yesterday, not called."""
    text = "أعلنت الشرطة عن تظاهرة أمس أمام البرلمان"
    assert _flags(nlp, text, "PROTEST", "تظاهرة") == [(False, False, False)], kept_flags(nlp, text, _DATE)


def test_a_protest_that_marched_is_done(nlp):
    """«أعلنت مصادر أمنية عن تظاهرة حاشدة خرجت في وسط العاصمة»: a perfect verb tells it done."""
    text = "أعلنت مصادر أمنية عن تظاهرة حاشدة خرجت في وسط العاصمة"
    assert _flags(nlp, text, "PROTEST", "تظاهرة") == [(False, False, False)], kept_flags(nlp, text, _DATE)


def test_a_protest_thousands_joined_yesterday_is_done(nlp):
    """«أعلنت الشرطة عن تظاهرة شارك فيها الآلاف أمس في وسط العاصمة»."""
    text = "أعلنت الشرطة عن تظاهرة شارك فيها الآلاف أمس في وسط العاصمة"
    assert _flags(nlp, text, "PROTEST", "تظاهرة") == [(False, False, False)], kept_flags(nlp, text, _DATE)


def test_support_not_refused_is_not_denied(nlp):
    """«لم يرفض الوزير أن تكون بلاده دعمت تنظيم داعش»: a refusal negated denies nothing."""
    text = "لم يرفض الوزير أن تكون بلاده دعمت تنظيم داعش"
    flags = _flags(nlp, text, "SUPPORT", "دعمت")
    assert flags and not any(n for n, _, _ in flags), kept_flags(nlp, text, _DATE)


def test_shelling_not_refused_is_not_denied(nlp):
    """«لم يرفض الوزير أن يكون الجيش قصف المدينة»: not negated."""
    text = "لم يرفض الوزير أن يكون الجيش قصف المدينة"
    flags = _flags(nlp, text, "ASSAULT", "قصف")
    assert flags and not any(n for n, _, _ in flags), kept_flags(nlp, text, _DATE)
    refused = "رفضت الحكومة أن تكون قواتها قصفت المستشفى"  # a refusal not negated still denies
    assert _flags(nlp, refused, "ASSAULT", "قصفت") == [(True, False, False)], kept_flags(nlp, refused, _DATE)


def test_a_round_before_talks_suspended_last_may_is_to_come(nlp):
    """«ويأتي ذلك قبيل بدء جولة جديدة من المفاوضات التي علقت في مايو الماضي»: the month dates the suspension."""
    text = "ويأتي ذلك قبيل بدء جولة جديدة من المفاوضات التي علقت في مايو الماضي"
    assert _flags(nlp, text, "CONSULT", "المفاوضات") == [(False, True, False)], kept_flags(nlp, text, _DATE)


def test_no_serious_talks_is_negated(nlp):
    """«لم تكن مفاوضات جادة بين الطرفين في العاصمة»: an indefinite adjective is no genitive: there were none."""
    text = "لم تكن مفاوضات جادة بين الطرفين في العاصمة"
    assert _flags(nlp, text, "CONSULT", "مفاوضات") == [(True, False, False)], kept_flags(nlp, text, _DATE)
    held = "ولم يكن لقاء الرئيسين أمس مثمرا"  # a definite genitive: the predicate is denied, the meeting was held
    assert _flags(nlp, held, "CONSULT", "لقاء") == [(False, False, False)], kept_flags(nlp, held, _DATE)


def test_what_is_natural_reaches_no_perfect_verb(nlp):
    """«ومن الطبيعي أن دعمت السعودية اليمن طوال الحرب»: told as done."""
    text = "ومن الطبيعي أن دعمت السعودية اليمن طوال الحرب"
    assert _flags(nlp, text, "SUPPORT", "دعمت") == [(False, False, False)], kept_flags(nlp, text, _DATE)


def test_what_was_natural_then_is_no_act_to_come(nlp):
    """«وكان من الطبيعي أن تنسحب القوات بعد انتهاء المعركة»: fitting then, no withdrawal to come."""
    text = "وكان من الطبيعي أن تنسحب القوات بعد انتهاء المعركة"
    flags = _flags(nlp, text, "RETREAT", "تنسحب")
    assert flags and not any(f for _, f, _ in flags), kept_flags(nlp, text, _DATE)
