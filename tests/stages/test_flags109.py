"""Round 109 (flags109): flags from the judged slice 2015-07-22 #800–1599. A verbal noun joined by و to the first
conjunct of an aim, a plan or a case supposed shares its flags («من المنتظر هدم بيته وطرده»); the act after «دون أن»
+ a verb of managing (ينجح، يتمكن) was not done; being unable («عجز … عن») negates the act in its عن complement."""

import pytest

from stage_coding import kept_flags

_DATE = "2015-07-22"


def _flags_of(nlp, text, trigger):
    """(negated, future, hypothetical) of the kept events whose trigger is `trigger`."""
    return [(n, f, h) for _, t, n, f, h in kept_flags(nlp, text, _DATE) if t == trigger]


def _negated(n, f, h):
    return n


def _future(n, f, h):
    return f


def _supposed(n, f, h):
    return h


def _future_or_supposed(n, f, h):
    return f or h


def _told(n, f, h):
    """Neither negated, nor to come, nor supposed: told as done."""
    return not (n or f or h)


_EXPECTED = "ففي خلال أيام من المنتظر هدم بيته وطرده هو وزوجته وأولادهما العشرة."

_HEZBOLLAH = ("ونفذ حزب الله خلال شهري مايو ويونيو عمليات عسكرية واسعة في جبال القلمون وعرسال تمكن خلالها من توسيع "
              "رقعة سيطرته، من دون ان ينجح في طرد المسلحين المتحصنين في المغاور والجرود تماما.")

_RELIEF = ("فيما أكدت مفوضية حقوق الإنسان في العراق عجز الحكومة الحالية عن تنفيذ برنامج إيواء وإغاثة النازحين لأسباب "
           "تتعلق بالأزمة المالية.")


@pytest.mark.parametrize("text, trigger, want", [
    # «من المنتظر هدم بيته وطرده» (2015-07-22 #1187): the expulsion joined to the expected demolition is to come
    pytest.param(_EXPECTED, "طرده", _future, id="conjunct_of_an_expected_act_is_to_come"),
    # «تسعى الحكومة إلى فرض عقوبات على الشركات واعتقال المتورطين»: the arrests sought with the sanctions
    pytest.param("وتسعى الحكومة إلى فرض عقوبات على الشركات واعتقال المتورطين.", "اعتقال", _future,
                 id="conjunct_of_a_sought_act_is_to_come"),
    # «قتل الجيش ثلاثة مسلحين واعتقل خمسة آخرين»: both told as done
    pytest.param("وقتل الجيش ثلاثة مسلحين واعتقل خمسة آخرين.", "اعتقل", _told, id="conjunct_of_a_done_act_stays_done"),
    # «من دون ان ينجح في طرد المسلحين» (2015-07-22 #988): Hezbollah did not drive them out
    pytest.param(_HEZBOLLAH, "طرد", _negated, id="without_managing_negates"),
    # «عجز الحكومة الحالية عن تنفيذ برنامج إيواء وإغاثة النازحين» (2015-07-22 #1400): no relief given
    pytest.param(_RELIEF, "إغاثة", _negated, id="unable_negates_the_act_in_its_an"),
    # «وجّه … أمير منطقة مكة المكرمة، شرطة المنطقة بسرعة إلقاء القبض» (2015-07-22 #1554): ordered, not done
    pytest.param("وجّه صاحب السمو الملكي الأمير خالد الفيصل مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة، "
                 "شرطة المنطقة بسرعة إلقاء القبض على المتهمين بالتحرش بفتاتين في جدة، بعد انتشار مقطع فيديو للحادثة.",
                 "القبض", _future, id="arrest_directed_past_a_long_subject_and_comma_is_to_come"),
    # «أصدر … توجيهاً بسرعة القبض على الشبان» (2015-07-22 #1280): the directive orders the arrest
    pytest.param("وقد أصدر صاحب السمو الملكي الأمير خالد الفيصل مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة "
                 "توجيهاً بسرعة القبض على الشبان الذين تحرشوا بالفتاتين، وبتكثيف الحضور الأمني في الحدائق.", "القبض",
                 _future, id="arrest_in_a_directive_noun_is_to_come"),
    # «هدد عدد من مؤسسات حجاج الداخل، وزارة الحج بالانسحاب» (2015-07-22 #1345): only threatened
    pytest.param("هدد عدد من مؤسسات حجاج الداخل، وزارة الحج بالانسحاب من حج هذا العام، بسبب تأخر إصدار تراخيص "
                 "حملاتهم للحج المقبل.", "الانسحاب", _future_or_supposed,
                 id="threatened_withdrawal_past_a_subject_comma_is_no_fact"),
    # «الضوء الأخضر لفتح مفاوضات» (2015-07-22 #1116): the talks are still to be opened
    pytest.param("أعطى وزراء مالية منطقة اليورو الخميس الضوء الأخضر لفتح مفاوضات حول خطة مساعدة ثالثة لليونان.",
                 "مفاوضات", _future, id="talks_to_be_opened_are_to_come"),
    # «في أول تحرك صوب رفع العقوبات» (2015-07-22 #1130): the sanctions are not lifted yet
    pytest.param("ووافق الاتحاد الأوروبي على الاتفاق النووي في أول تحرك صوب رفع العقوبات الاقتصادية الأوروبية ضد "
                 "طهران.", "رفع العقوبات", _future, id="act_a_move_leads_towards_is_to_come"),
    # «قد يحول دون أن تقدم المؤسسة الحكومية تمويلاً» (2015-07-22 #1131): possible, not a denied fact; «وقد انسحب
    # الجيش دون أن يقصف المدينة» stays negated (قد before a perfect tells what was done)
    pytest.param("وقال روجر برايس إن مثل هذا القرار المناهض لمزارع الرياح قد يحول دون أن تقدم المؤسسة الحكومية "
                 "لتمويل الطاقة النظيفة تمويلاً في المراحل الأولى من المشروع.", "تقدم", lambda n, f, h: h and not n,
                 id="what_may_be_kept_from_happening_is_supposed"),
    pytest.param("وقد انسحب الجيش دون أن يقصف المدينة.", "يقصف", lambda n, f, h: n and not h,
                 id="what_may_be_kept_from_happening_is_supposed-qad_before_a_perfect"),
    # «وأضاف أن "هدم هذه القرية … وطرد الفلسطينيين من بيوتهم سيكون أمرا ضارا"» (2015-07-22 #1187): the subject of
    # «سيكون», in quotes opened right after أن, and its conjunct, are only supposed
    pytest.param("وأضاف أن \"هدم هذه القرية الفلسطينية أو أجزاء منها وطرد الفلسطينيين من بيوتهم سيكون أمرا ضارا "
                 "واستفزازيا\".", "طرد", _supposed, id="quoted_acts_that_would_be_harmful_are_supposed"),
    # «حاول في الأسابيع الأخيرة تسليم مساعدة إنسانية لكنه لم ينجح» (2015-07-22 #1350): not delivered
    pytest.param("وأشارت تقارير إلى أن سفينة الأمم المتحدة استأجرها برنامج الأغذية العالمي الذي حاول في الأسابيع "
                 "الأخيرة تسليم مساعدة إنسانية لكنه لم ينجح بسبب المعارك.", "مساعدة", _negated,
                 id="aid_tried_in_vain_is_negated"),
    # «والشرطة الآن في طور القبض عليهم» (2015-07-22 #1280): not yet made
    pytest.param("واعترف المقبوض عليه بمعرفته بعدد من الأشخاص الذين كانوا معه، والشرطة الآن في طور القبض عليهم.",
                 "القبض", _future, id="arrest_in_the_course_of_being_made_is_to_come"),
    # «طرحت على الحكومة المركزية الباكستانية مقترحاً بفرض الحظر» (2015-07-22 #1186): only proposed; «وحظي مقترح
    # العبادي بموافقة الرئاسات الثلاث» (2015-07-22 #63): the approval was given
    pytest.param("يذكر أن حكومة السند كانت قد طرحت على الحكومة المركزية الباكستانية مقترحاً بفرض الحظر على برامج "
                 "الاتصال عبر شبكة الإنترنت.", "الحظر", _future_or_supposed,
                 id="ban_only_proposed_is_no_fact_but_an_approved_proposal_is"),
    pytest.param("وحظي مقترح العبادي بموافقة الرئاسات الثلاث التي أعلنت موافقتها على تخفيض رواتبهم.", "موافقة", _told,
                 id="ban_only_proposed_is_no_fact_but_an_approved_proposal_is-the_approval"),
])
def test_flags(nlp, text, trigger, want):
    """`want(negated, future, hypothetical)` holds of every kept event of `text` whose trigger is `trigger`, and
    there is one."""
    flags = _flags_of(nlp, text, trigger)
    assert flags and all(want(*f) for f in flags), flags
