"""Round 109 (flags109): flags from the judged slice 2015-07-22 #800–1599. A verbal noun joined by و to the first
conjunct of an aim, a plan or a case supposed shares its flags («من المنتظر هدم بيته وطرده»); the act after «دون أن»
+ a verb of managing (ينجح، يتمكن) was not done; being unable («عجز … عن») negates the act in its عن complement."""

from stage_coding import kept_flags

_DATE = "2015-07-22"


def _flags_of(nlp, text, trigger):
    """(negated, future, hypothetical) of the kept events whose trigger is `trigger`."""
    return [(n, f, h) for _, t, n, f, h in kept_flags(nlp, text, _DATE) if t == trigger]


_EXPECTED = "ففي خلال أيام من المنتظر هدم بيته وطرده هو وزوجته وأولادهما العشرة."


def test_conjunct_of_an_expected_act_is_to_come(nlp):
    """«من المنتظر هدم بيته وطرده» (2015-07-22 #1187): the expulsion joined to the expected demolition is to come."""
    flags = _flags_of(nlp, _EXPECTED, "طرده")
    assert flags and all(f for _, f, _ in flags), flags


def test_conjunct_of_a_sought_act_is_to_come(nlp):
    """«تسعى الحكومة إلى فرض عقوبات على الشركات واعتقال المتورطين»: the arrests sought with the sanctions."""
    flags = _flags_of(nlp, "وتسعى الحكومة إلى فرض عقوبات على الشركات واعتقال المتورطين.", "اعتقال")
    assert flags and all(f for _, f, _ in flags), flags


def test_conjunct_of_a_done_act_stays_done(nlp):
    """«قتل الجيش ثلاثة مسلحين واعتقل خمسة آخرين»: both told as done."""
    flags = _flags_of(nlp, "وقتل الجيش ثلاثة مسلحين واعتقل خمسة آخرين.", "اعتقل")
    assert flags and not any(any(f) for f in flags), flags


_HEZBOLLAH = ("ونفذ حزب الله خلال شهري مايو ويونيو عمليات عسكرية واسعة في جبال القلمون وعرسال تمكن خلالها من توسيع "
              "رقعة سيطرته، من دون ان ينجح في طرد المسلحين المتحصنين في المغاور والجرود تماما.")


def test_without_managing_negates(nlp):
    """«من دون ان ينجح في طرد المسلحين» (2015-07-22 #988): Hezbollah did not drive them out."""
    flags = _flags_of(nlp, _HEZBOLLAH, "طرد")
    assert flags and all(n for n, _, _ in flags), flags


_RELIEF = ("فيما أكدت مفوضية حقوق الإنسان في العراق عجز الحكومة الحالية عن تنفيذ برنامج إيواء وإغاثة النازحين لأسباب "
           "تتعلق بالأزمة المالية.")


def test_unable_negates_the_act_in_its_an(nlp):
    """«عجز الحكومة الحالية عن تنفيذ برنامج إيواء وإغاثة النازحين» (2015-07-22 #1400): no relief given."""
    flags = _flags_of(nlp, _RELIEF, "إغاثة")
    assert flags and all(n for n, _, _ in flags), flags


def test_arrest_directed_past_a_long_subject_and_comma_is_to_come(nlp):
    """«وجّه … أمير منطقة مكة المكرمة، شرطة المنطقة بسرعة إلقاء القبض» (2015-07-22 #1554): ordered, not done."""
    text = ("وجّه صاحب السمو الملكي الأمير خالد الفيصل مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة، شرطة "
            "المنطقة بسرعة إلقاء القبض على المتهمين بالتحرش بفتاتين في جدة، بعد انتشار مقطع فيديو للحادثة.")
    flags = _flags_of(nlp, text, "القبض")
    assert flags and all(f for _, f, _ in flags), flags


def test_arrest_in_a_directive_noun_is_to_come(nlp):
    """«أصدر … توجيهاً بسرعة القبض على الشبان» (2015-07-22 #1280): the directive orders the arrest."""
    text = ("وقد أصدر صاحب السمو الملكي الأمير خالد الفيصل مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة "
            "توجيهاً بسرعة القبض على الشبان الذين تحرشوا بالفتاتين، وبتكثيف الحضور الأمني في الحدائق.")
    flags = _flags_of(nlp, text, "القبض")
    assert flags and all(f for _, f, _ in flags), flags


def test_threatened_withdrawal_past_a_subject_comma_is_no_fact(nlp):
    """«هدد عدد من مؤسسات حجاج الداخل، وزارة الحج بالانسحاب» (2015-07-22 #1345): only threatened."""
    text = ("هدد عدد من مؤسسات حجاج الداخل، وزارة الحج بالانسحاب من حج هذا العام، بسبب تأخر إصدار تراخيص "
            "حملاتهم للحج المقبل.")
    flags = _flags_of(nlp, text, "الانسحاب")
    assert flags and all(f or h for _, f, h in flags), flags


def test_talks_to_be_opened_are_to_come(nlp):
    """«الضوء الأخضر لفتح مفاوضات» (2015-07-22 #1116): the talks are still to be opened."""
    text = "أعطى وزراء مالية منطقة اليورو الخميس الضوء الأخضر لفتح مفاوضات حول خطة مساعدة ثالثة لليونان."
    flags = _flags_of(nlp, text, "مفاوضات")
    assert flags and all(f for _, f, _ in flags), flags


def test_act_a_move_leads_towards_is_to_come(nlp):
    """«في أول تحرك صوب رفع العقوبات» (2015-07-22 #1130): the sanctions are not lifted yet."""
    text = ("ووافق الاتحاد الأوروبي على الاتفاق النووي في أول تحرك صوب رفع العقوبات الاقتصادية الأوروبية ضد "
            "طهران.")
    flags = _flags_of(nlp, text, "رفع العقوبات")
    assert flags and all(f for _, f, _ in flags), flags


def test_what_may_be_kept_from_happening_is_supposed(nlp):
    """«قد يحول دون أن تقدم المؤسسة الحكومية تمويلاً» (2015-07-22 #1131): possible, not a denied fact; «وقد انسحب
    الجيش دون أن يقصف المدينة» stays negated (قد before a perfect tells what was done)."""
    text = ("وقال روجر برايس إن مثل هذا القرار المناهض لمزارع الرياح قد يحول دون أن تقدم المؤسسة الحكومية لتمويل "
            "الطاقة النظيفة تمويلاً في المراحل الأولى من المشروع.")
    flags = _flags_of(nlp, text, "تقدم")
    assert flags and all(h and not n for n, _, h in flags), flags
    flags = _flags_of(nlp, "وقد انسحب الجيش دون أن يقصف المدينة.", "يقصف")
    assert flags and all(n and not h for n, _, h in flags), flags


def test_quoted_acts_that_would_be_harmful_are_supposed(nlp):
    """«وأضاف أن "هدم هذه القرية … وطرد الفلسطينيين من بيوتهم سيكون أمرا ضارا"» (2015-07-22 #1187): the subject of
    «سيكون», in quotes opened right after أن, and its conjunct, are only supposed."""
    text = ("وأضاف أن \"هدم هذه القرية الفلسطينية أو أجزاء منها وطرد الفلسطينيين من بيوتهم سيكون أمرا ضارا "
            "واستفزازيا\".")
    flags = _flags_of(nlp, text, "طرد")
    assert flags and all(h for _, _, h in flags), flags


def test_aid_tried_in_vain_is_negated(nlp):
    """«حاول في الأسابيع الأخيرة تسليم مساعدة إنسانية لكنه لم ينجح» (2015-07-22 #1350): not delivered."""
    text = ("وأشارت تقارير إلى أن سفينة الأمم المتحدة استأجرها برنامج الأغذية العالمي الذي حاول في الأسابيع الأخيرة "
            "تسليم مساعدة إنسانية لكنه لم ينجح بسبب المعارك.")
    flags = _flags_of(nlp, text, "مساعدة")
    assert flags and all(n for n, _, _ in flags), flags


def test_arrest_in_the_course_of_being_made_is_to_come(nlp):
    """«والشرطة الآن في طور القبض عليهم» (2015-07-22 #1280): not yet made."""
    text = ("واعترف المقبوض عليه بمعرفته بعدد من الأشخاص الذين كانوا معه، والشرطة الآن في طور القبض عليهم.")
    flags = _flags_of(nlp, text, "القبض")
    assert flags and all(f for _, f, _ in flags), flags


def test_ban_only_proposed_is_no_fact_but_an_approved_proposal_is(nlp):
    """«طرحت على الحكومة المركزية الباكستانية مقترحاً بفرض الحظر» (2015-07-22 #1186): only proposed; «وحظي مقترح
    العبادي بموافقة الرئاسات الثلاث» (2015-07-22 #63): the approval was given."""
    text = ("يذكر أن حكومة السند كانت قد طرحت على الحكومة المركزية الباكستانية مقترحاً بفرض الحظر على برامج الاتصال "
            "عبر شبكة الإنترنت.")
    flags = _flags_of(nlp, text, "الحظر")
    assert flags and all(f or h for _, f, h in flags), flags
    text = "وحظي مقترح العبادي بموافقة الرئاسات الثلاث التي أعلنت موافقتها على تخفيض رواتبهم."
    flags = _flags_of(nlp, text, "موافقة")
    assert flags and not any(any(f) for f in flags), flags
