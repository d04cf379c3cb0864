"""Round 88 (flags88): the flags of an act asked for past a bracketed gloss of the one asked, of meetings held told
in a relative clause with no relative pronoun, and of a second case of a condition joined with no comma (sentences
of the dev day 2015-07-27)."""

from __future__ import annotations


def _flags(coder, text, published="2015-07-27"):
    """The events of a text as (type, trigger, negated, future, hypothetical)."""
    art = coder(text, published=published)
    return [(e.event, e.trigger.text, e.negated, e.future, e.hypothetical) for e in art.events]


def test_meeting_asked_past_a_bracketed_gloss_is_to_come(coder):
    """«طلبت من حلف شمال الأطلسي (الناتو) عقد اجتماع طارئ»: the gloss in brackets does not put the meeting out of
    the request's reach; it is asked for, still to come."""
    evs = _flags(coder, "وفي تطور لاحق أمس قالت وزارة الخارجية التركية أمس إن تركيا طلبت من حلف شمال الأطلسي "
                        "(الناتو) عقد اجتماع طارئ هذا الأسبوع لبحث عملياتها الأمنية ضد تنظيم داعش ومقاتلي حزب "
                        "العمال الكردستاني.")
    assert ("CONSULT", "اجتماع", False, True, False) in evs
    assert ("CONSULT", "اجتماع", False, False, False) not in evs


def test_meetings_held_told_in_a_bare_relative_are_done(coder):
    """«ستحاول البناء على اجتماعات عقدها كاميرون … في وقت سابق»: the meetings were held; the future verb that
    governs the noun does not make them still to come."""
    evs = _flags(coder, "وقالت الحكومة البريطانية إن زيارة أوزبورون لباريس، وهي الأولى في سلسلة زيارات لعواصم "
                        "أوروبية ستحاول البناء على اجتماعات عقدها كاميرون مع كل زعماء دول الاتحاد الأوروبي الـ27 في "
                        "وقت سابق من العام الجاري.")
    assert ("CONSULT", "اجتماعات", False, False, False) in evs
    assert ("CONSULT", "اجتماعات", False, True, False) not in evs
    planned = _flags(coder, "وستعقد اللجنة اجتماعات مع زعماء دول الاتحاد الأوروبي الأسبوع المقبل.")
    assert any(e[0] == "CONSULT" for e in planned)
    assert all(e[3] for e in planned if e[0] == "CONSULT")  # (no verb of holding after it: still to come)


def test_second_case_of_a_condition_with_no_comma_is_supposed(coder):
    """«إذا لم يسبب قلقا لتركيا وقام بقطع كل علاقاته … وتعاون مع قوى المعارضة»: the cooperation is a case laid
    down, not a fact."""
    evs = _flags(coder, "ونُقل عنه قوله إن حزب الاتحاد الديمقراطي الكردي السوري يمكن \"أن يكون له مكان في سوريا "
                        "الجديدة\" إذا لم يسبب قلقا لتركيا وقام بقطع كل علاقاته مع إدارة الرئيس السوري بشار الأسد "
                        "وتعاون مع قوى المعارضة.")
    assert ("COOPERATE", "تعاون", False, False, True) in evs
    assert ("COOPERATE", "تعاون", False, False, False) not in evs


def test_purpose_of_a_future_verb_that_is_no_trigger_is_to_come(coder):
    """«إنها ستطرح مطالب المزارعين … على المجلس الوزاري الأوروبي لمناقشتها»: what a coming act is for is to come,
    though the future verb itself is no trigger."""
    evs = _flags(coder, "قالت المفوضية الأوروبية في بروكسل إنها ستطرح مطالب المزارعين الأوروبيين على المجلس "
                        "الوزاري الأوروبي لمناقشتها وإيجاد الحلول لها.")
    assert ("CONSULT", "مناقشتها", False, True, False) in evs
    assert ("CONSULT", "مناقشتها", False, False, False) not in evs


def test_verbal_noun_of_a_future_verb_opening_an_apodosis_is_supposed(coder):
    """«فإذا نجحت هذه الخطوة، كما حذر كيري، فسيتم اتهام إسرائيل»: what the case would bring is only supposed, not an
    accusation still to come."""
    evs = _flags(coder, "فإذا نجحت هذه الخطوة، كما حذر كيري، فسيتم اتهام إسرائيل من قبل كل العالم، بإفشال "
                        "الاتفاق، وستجد نفسها معزولة أكثر من أي وقت مضى.")
    assert ("ACCUSE", "اتهام", False, False, True) in evs
    assert ("ACCUSE", "اتهام", False, True, False) not in evs


def test_act_after_the_time_set_for_it_is_to_come(coder):
    """«الغموض الذي يلف موعد رفع العقوبات»: the lifting whose time is awaited has not come yet."""
    evs = _flags(coder, "وذلك رغم أن الغموض الذي يلف موعد رفع العقوبات السارية على طهران يلزمهم توخي الحذر.")
    assert ("RETREAT", "رفع العقوبات", False, True, False) in evs
    assert ("RETREAT", "رفع العقوبات", False, False, False) not in evs


def test_aim_of_a_last_journey_is_done(coder):
    """«بعد سفريته الأخيرة إلى جنوب أفريقيا للمشاركة في قمة الاتحاد الأفريقي»: the journey was made, and the summit
    it was made for is past, not still to come."""
    evs = _flags(coder, "زادت حدته بعد سفريته الأخيرة إلى جنوب أفريقيا للمشاركة في قمة الاتحاد الأفريقي، وأصدرت "
                        "أثناءها المحكمة الجنائية الدولية أمرا.")
    assert ("CONSULT", "قمة", False, False, False) in evs
    assert ("CONSULT", "قمة", False, True, False) not in evs
