"""Round 107 (flags107): flags from the judged slices 2015-07-22 #0–399 and #1600–2049: a negated verb of giving
or directing reaches the act it carries past «أي … أو» («لن تقدم أي امتيازات أو تنازلات»، «لم توجه … الاتهام»);
«من المخطط أن» plans and «من الطبيعي أن» holds an act to come; refusing «أن تكون» X did denies it; an aside of degree
between a verb of being unable and its من; «لحين تبدأ X» past a subject; a call in بـ with a light verbal noun past a
long subject; an errand's summit «التي عقدت» was held; «قبيل بدء» with a past month; those «المتورطين في» an act did
it; «لم تكن» denies its predicate, not its subject; what a refusal «أدى إلى» took place; «ترفع بموجبه» is provided.
Senses: «توعد بتحدي» is a threat of defiance, no violence; «شديدة الانفجار» and «يشيد المستوطنات» are no explosion
or praise; the public warned past where they live is cautioned; a protest announced («أعلنت X عن تظاهرة») is to come."""

from stage_coding import events_coded, kept_flags

_DATE = "2015-07-22"


def _flags(nlp, text, kind, trigger):
    """(negated, future, hypothetical) of the kept events of `kind` whose trigger is `trigger`."""
    return [(n, f, h) for k, t, n, f, h in kept_flags(nlp, text, _DATE) if k == kind and t == trigger]


def test_concessions_not_to_be_given_past_any_and_or(nlp):
    """«أن إيران لن تقدم أي امتيازات أو تنازلات» (2015-07-22 #30, #325, #1739): the concessions are negated."""
    text = ("ونقلت وكالة «فارس» الإيرانية عنه القول إن «ماراثون المفاوضات أثبت للجميع أن إيران لن تقدم أي امتيازات أو "
            "تنازلات، ولن تعدل تحت الضغوط عن خطوطها الحمر».")
    flags = _flags(nlp, text, "CONCEDE", "تنازلات")
    assert flags and all(n for n, _, _ in flags), kept_flags(nlp, text, _DATE)


def test_a_charge_not_directed_is_negated(nlp):
    """«وفي الوقت الذي لم توجه المصادر الحوثية الاتهام لأي جهة» (#53): no one was accused."""
    text = ("وفي الوقت الذي لم توجه المصادر الحوثية الاتهام لأي جهة بالتورط في التفجير، فقد أكدت أن المنفذين لن "
            "يفلتوا من العقاب.")
    flags = _flags(nlp, text, "ACCUSE", "الاتهام")
    assert flags and all(n for n, _, _ in flags), kept_flags(nlp, text, _DATE)


def test_planned_loans_are_to_come(nlp):
    """«ومن المخطط أن يقوم البنك بتقديم قروضه الأولى في شهر أبريل 2016» (#227): planned, still to come."""
    text = ("ومن المخطط أن يقوم البنك بتقديم قروضه الأولى في شهر أبريل (نيسان) 2016، كما أن البنك سينظر في إمكانية "
            "المشاركة في مشاريع بشبه جزيرة القرم وغيرها من الأقاليم الروسية.")
    assert _flags(nlp, text, "AID", "قروضه") == [(False, True, False)], kept_flags(nlp, text, _DATE)


def test_what_is_natural_to_resume_is_not_done(nlp):
    """«أرى أنه من الطبيعي تماما أن تستأنف فرنسا وإيران علاقات طبيعية» (#68, #732, #1743): an opinion of what should
    be, not a resumption told as done."""
    text = "وتابع موضحا: «أرى أنه من الطبيعي تماما أن تستأنف فرنسا وإيران علاقات طبيعية أكثر بعد توقيع هذا الاتفاق»."
    flags = _flags(nlp, text, "SUPPORT", "تستأنف")
    assert flags and all(f or h for _, f, h in flags), kept_flags(nlp, text, _DATE)


def test_refusing_that_it_be_so_denies_the_support(nlp):
    """«رفض رئيس الحكومة التركية أحمد داود أوغلو بشدة أن تكون بلاده دعمت تنظيم داعش» (#5): denied support."""
    text = "رفض رئيس الحكومة التركية أحمد داود أوغلو بشدة أن تكون بلاده دعمت تنظيم داعش بأي طريقة من الطرق."
    flags = _flags(nlp, text, "SUPPORT", "دعمت")
    assert flags and all(n for n, _, _ in flags), kept_flags(nlp, text, _DATE)


def test_aid_not_moved_past_an_aside_of_degree(nlp):
    """«ولم تتمكن الأمم المتحدة إلى حد بعيد من نقل مساعدات غذائية لعدن» (#239, #1776): the aid was not moved."""
    text = "ولم تتمكن الأمم المتحدة إلى حد بعيد من نقل مساعدات غذائية لعدن والمحافظات اليمنية الجنوبية الأخرى."
    flags = _flags(nlp, text, "AID", "مساعدات")
    assert flags and all(n for n, _, _ in flags), kept_flags(nlp, text, _DATE)


def test_talks_until_greece_begins_them_are_to_come(nlp):
    """«لحين تبدأ اليونان المفاوضات مع دائنيها» (#74): the talks wait to begin."""
    text = ("وهو مبلغ كاف لتدابير الحكومة اليونانية حتى نهاية يوليو الحالي لحين تبدأ اليونان المفاوضات مع دائنيها حول "
            "برنامج الإنقاذ المالي الثالث.")
    assert _flags(nlp, text, "CONSULT", "المفاوضات") == [(False, True, False)], kept_flags(nlp, text, _DATE)


def test_a_meeting_called_for_past_a_long_subject_is_to_come(nlp):
    """«وطالبت لجنة حقوق الإنسان في البرلمان العراقي الرئاسات الثلاث بعقد اجتماع طارئ» (#36): asked for."""
    text = "وطالبت لجنة حقوق الإنسان في البرلمان العراقي الرئاسات الثلاث بعقد اجتماع طارئ ومقاضاة الجناة."
    flags = _flags(nlp, text, "CONSULT", "اجتماع")
    assert flags and all(f or h for _, f, h in flags), kept_flags(nlp, text, _DATE)


def test_a_summit_held_last_month_is_no_errand_to_come(nlp):
    """«ذهب الرئيس البشير للمشاركة في قمة الاتحاد الأفريقي التي عقدت في جوهانسبرغ الشهر الماضي» (#89): held."""
    text = ("ذهب الرئيس البشير للمشاركة في قمة الاتحاد الأفريقي التي عقدت في جوهانسبرغ الشهر الماضي، فأصدرت محكمة "
            "قرارا قضى بمنعه الخروج من البلاد.")
    assert _flags(nlp, text, "CONSULT", "قمة") == [(False, False, False)], kept_flags(nlp, text, _DATE)


def test_a_summit_to_attend_stays_to_come(nlp):
    """An errand with no relative clause of its holding keeps its summit to come: «وصل للمشاركة في قمة الاتحاد»."""
    text = "وصل الرئيس إلى أديس أبابا للمشاركة في قمة الاتحاد الأفريقي."
    flags = _flags(nlp, text, "CONSULT", "قمة")
    assert flags and all(f for _, f, _ in flags), kept_flags(nlp, text, _DATE)


def test_talks_begun_last_june_are_not_to_come(nlp):
    """«قبيل بدء المفاوضات النهائية في العاصمة النمساوية فيينا في يونيو/حزيران الماضي» (#1739): begun since."""
    text = ("وكان البرلمان الإيراني قد سن قانوناً جديداً للدفاع عن ملف إيران النووي، قبيل بدء المفاوضات النهائية في "
            "العاصمة النمساوية فيينا في يونيو/حزيران الماضي، غير أن الحكومة عارضته.")
    assert _flags(nlp, text, "CONSULT", "المفاوضات") == [(False, False, False)], kept_flags(nlp, text, _DATE)


def test_help_those_implicated_gave_is_done(nlp):
    """«إن التحقيقات ستكشف أدوار المتورطين في مساعدة داعش» (#1777, #1794): the help was given; what is to come is
    the finding out."""
    text = ("وقالت محكمة استئناف ديالى، إن التحقيقات ستكشف أدوار المتورطين في مساعدة داعش على تنفيذ التفجيرات، مضيفة "
            "أنه جرى توقيف 11 رجل شرطة.")
    assert _flags(nlp, text, "AID", "مساعدة") == [(False, False, False)], kept_flags(nlp, text, _DATE)


def test_accusations_not_new_were_made(nlp):
    """«ولم تكن اتهامات المالكي وليدة اليوم» (#2011): not new, but made."""
    text = "ولم تكن اتهامات المالكي وليدة اليوم، فقد شن في مقابلة تلفزيونية هجوما على السعودية وقطر."
    assert _flags(nlp, text, "ACCUSE", "اتهامات") == [(False, False, False)], kept_flags(nlp, text, _DATE)


def test_demonstrations_a_refusal_led_to_took_place(nlp):
    """«وقد ادى رفضها الى تظاهرات مؤيدة للاكراد» (#1747): the demonstrations took place."""
    text = "وقد ادى رفضها الى تظاهرات مؤيدة للاكراد في جنوب شرق البلاد."
    assert _flags(nlp, text, "PROTEST", "تظاهرات") == [(False, False, False)], kept_flags(nlp, text, _DATE)


def test_sanctions_an_accord_lifts_are_to_come(nlp):
    """«توقيع الاتفاق النووي بين القوى الكبرى وطهران ترفع بموجبه العقوبات الغربية» (#325): provided for."""
    text = ("وتأتي الزيارة بعد توقيع الاتفاق النووي بين القوى الكبرى وطهران ترفع بموجبه العقوبات الغربية مقابل فرض "
            "قيود متفق عليها على برنامج إيران النووي.")
    flags = _flags(nlp, text, "RETREAT", "ترفع")
    assert flags and all(f for _, f, _ in flags), kept_flags(nlp, text, _DATE)


def test_a_vow_to_defy_is_no_threat_of_violence(nlp):
    """«وتوعد خلاله بتحدي السياسات الأمريكية» (2015-07-22 #3, #1775): a threat of defiance, THREATEN with no mode of
    violence (CAMEO 130, not 138)."""
    text = "وتوعد الزعيم الأعلى الإيراني علي خامنئي بتحدي السياسات الأميركية في المنطقة."
    coded = [(e.event, e.mode, e.cameo) for e in nlp(text, published=_DATE).events]
    assert coded and all(k == "THREATEN" and m != "violence" and c == "130" for k, m, c in coded), coded


def test_a_vow_of_attacks_stays_a_threat(nlp):
    """«وتوعد تنظيم داعش الحكومة التركية بهجمات جديدة»: a threat."""
    text = "وتوعد تنظيم داعش الحكومة التركية بهجمات جديدة."
    assert "THREATEN" in [k for k, _, _, _, _ in kept_flags(nlp, text, _DATE)], kept_flags(nlp, text, _DATE)


def test_highly_explosive_is_no_explosion(nlp):
    """«من مادة سي 4 شديدة الانفجار» (#376): an adjective, no explosion."""
    text = ("- عام 1986 إحباط محاولة تهريب (51) كيلوجراما من مادة سي 4 شديدة الانفجار بمطار الملك عبد العزيز الدولي "
            "بجدة، كانت بحوزة حجاج إيرانيين.")
    coded = [(e.event, e.trigger.text) for e in events_coded(nlp, text, _DATE)]
    assert ("ASSAULT", "الانفجار") not in coded, coded


def test_building_settlements_is_no_praise(nlp):
    """«ويشيد المستوطنات غير القانونية والجدار» (#341): builds, no praise."""
    text = ("وأضاف السفير منصور، إن هذا الاحتلال الإسرائيلي يصادر الأراضي الفلسطينية، ويشيد المستوطنات غير القانونية "
            "والجدار، ويدمر المنازل.")
    assert "SUPPORT" not in [k for k, _, _, _, _ in kept_flags(nlp, text, _DATE)], kept_flags(nlp, text, _DATE)


def test_foreigners_cautioned_past_where_they_live_is_no_threat(nlp):
    """«كما حذرت الحكومة المواطنين الأجانب المقيمين في ليبيا من مغبة التجول» (#1741): a safety caution."""
    text = "كما حذرت الحكومة المواطنين الأجانب المقيمين في ليبيا من مغبة التجول في المناطق الخارجة عن سيطرة الدولة."
    assert "THREATEN" not in [k for k, _, _, _, _ in kept_flags(nlp, text, _DATE)], kept_flags(nlp, text, _DATE)


def test_a_protest_announced_for_this_evening_is_to_come(nlp):
    """«وأعلنت نقابة الموظفين "اديدي" عن تظاهرة أمام البرلمان مساء اليوم» (2015-07-22 #230): called, to come."""
    text = 'وأعلنت نقابة الموظفين "اديدي" عن تظاهرة أمام البرلمان مساء اليوم خلال مناقشة النص في جلسة طارئة.'
    assert _flags(nlp, text, "PROTEST", "تظاهرة") == [(False, True, False)], kept_flags(nlp, text, _DATE)


def test_a_protest_announced_past_its_staging_noun_is_to_come(nlp):
    """«أعلنت نقابات المعلمين في إيران عن تنظيم تظاهرة أمام البرلمان اليوم» (#463, #583)."""
    text = ("وفي سياق متصل أعلنت نقابات المعلمين في إيران عن تنظيم تظاهرة أمام البرلمان اليوم احتجاجا على مواصلة "
            "الأجهزة الأمنية لسجن النشطاء المعلمين في طهران.")
    assert _flags(nlp, text, "PROTEST", "تظاهرة") == [(False, True, False)], kept_flags(nlp, text, _DATE)
