"""Round 98 (flags98): the flags of an act hoped for (من المؤمل أن يزور), one in one's power (بوسعه أن يقدم), one a
light verb after قد may bring (قد تشن هجمات), one supposed past a month's gloss (بنهاية يوليو (تموز) الحالي نشر قوة),
one dated in a coming month past a gloss of two words or a day of it (في شهر نوفمبر (تشرين الثاني) المقبل، في الثالث
من أغسطس (آب) المقبل), one whose round is put off (إرجاء الجولة الثانية من محادثات السلام), one pressed for (ضغوطه
لفرض عقوبات), one offered (عرضت الحكومة منح), one a negated verb carries through its light verbal noun (لا يتضمن
توفير دعم جوي), a call not answered (ولم يستجيبوا لنداءات الجنود) and an attack against which one stands in a state
of defence (في حالة دفاع مشروعة ضد الهجوم) (sentences of the dev day 2015-07-31)."""

from __future__ import annotations

_DATE = "2015-07-31"


def _flags(coder, text, published=_DATE):
    """The events of a text as (type, trigger, negated, future, hypothetical)."""
    art = coder(text, published=published)
    return [(e.event, e.trigger.text, e.negated, e.future, e.hypothetical) for e in art.events]


def test_visit_hoped_for_is_still_to_come(coder):
    """«ومن المؤمل ان يزور جون كيري … مصر يوم الاحد» (#262): hoped for, not done."""
    evs = _flags(coder, "ومن المؤمل ان يزور جون كيري وزير الخارجية الاميركي مصر يوم الاحد لاجراء \"حوار استراتيجي\".")
    assert ("CONSULT", "يزور", False, True, False) in evs, evs


def test_act_in_ones_power_is_only_possible(coder):
    """«إن الجانب الإيراني بوسعه أن يقدم … دعمًا» (#357): what one can give is not given."""
    evs = _flags(coder, "وقال فابيوس، أمس، إن الجانب الإيراني بوسعه أن يقدم «موضوعيًا» دعمًا «مفيدًا»، ولكن من غير أن "
                        "ينضم إلى الائتلاف الدولي.")
    assert [e for e in evs if e[0] == "AID"] and all(e[4] for e in evs if e[0] == "AID"), evs


def test_attack_a_light_verb_after_qad_may_bring_is_only_possible(coder):
    """«أن دولته قد تشن هجمات على مسلحين … في حال تأكد» (#349, #260): a light verb of three letters after قد."""
    evs = _flags(coder, "على صعيد آخر، أعلن ضابط كبير في الجيش الإسرائيلي أن دولته قد تشن هجمات على مسلحين ينتمون إلى "
                        "تنظيم داعش في شبه جزيرة سيناء المصرية، في حال تأكد أنهم يخططون لمهاجمة جنود أو مواطنين "
                        "إسرائيليين.")
    assert ("ASSAULT", "هجمات", False, False, True) in evs, evs


def test_deployment_supposed_past_a_months_gloss_is_still_to_come(coder):
    """«ويفترض أن يتم بنهاية يوليو (تموز) الحالي نشر قوة» (#410): the gloss of the month ends no clause."""
    evs = _flags(coder, "ويفترض أن يتم بنهاية يوليو (تموز) الحالي نشر قوة إقليمية من 8700 جندي وشرطي ورجل امن بعد أن "
                        "تأخر تشكيلها سبعة أشهر.")
    assert [e for e in evs if e[0] == "MOBILIZE"] and all(e[3] for e in evs if e[0] == "MOBILIZE"), evs


def test_visit_in_a_coming_month_past_a_gloss_of_two_words_is_still_to_come(coder):
    """«لزيارة فرنسا في شهر نوفمبر (تشرين الثاني) المقبل» (#382)."""
    evs = _flags(coder, "وتمثل الدعوة الرسمية التي نقلها أمس وزير الخارجية لوران فابيوس من الرئيس فرنسوا هولاند إلى "
                        "نظيره الإيراني حسن روحاني لزيارة فرنسا في شهر نوفمبر (تشرين الثاني) المقبل مؤشر قوي على "
                        "رغبة باريس.")
    assert ("CONSULT", "زيارة", False, True, False) in evs, evs


def test_talks_on_a_day_of_a_coming_month_are_still_to_come(coder):
    """«على أن يتم عقد آخر جلسات المفاوضات في الثالث من أغسطس (آب) المقبل» (#400): no talks told as held."""
    evs = _flags(coder, "ومن المقرر أن يتم عقد ثالث جلسات مفاوضات تشكيل الحكومة الائتلافية، على أن يتم عقد آخر جلسات "
                        "المفاوضات في الثالث من أغسطس (آب) المقبل.")
    assert not [e for e in evs if e[0] == "CONSULT" and not e[3]], evs


def test_talks_whose_round_is_put_off_are_still_to_come(coder):
    """«أعلنت السلطات الباكستانية الخميس إرجاء الجولة الثانية من محادثات السلام» (#285); so «تأجيل جولة مفاوضات»."""
    evs = _flags(coder, "وفي سياق متصل، أعلنت السلطات الباكستانية الخميس إرجاء الجولة الثانية من محادثات السلام بين "
                        "الحكومة الأفغانية وحركة طالبان غداة الإعلان عن مقتل زعيمها التاريخي الملا محمد عمر.")
    evs += _flags(coder, "وقررت الحكومة تأجيل جولة مفاوضات مع المعارضة.")
    assert ("CONSULT", "محادثات", False, True, False) in evs, evs
    assert ("CONSULT", "مفاوضات", False, True, False) in evs, evs


def test_sanctions_pressed_for_are_still_to_come(coder):
    """«كثف الرئيس الأميركي ضغوطه لفرض عقوبات أشد» (#409): pressing for sanctions imposes none."""
    evs = _flags(coder, "كثف الرئيس الأميركي ضغوطه لفرض عقوبات أشد وحتى حظر على الأسلحة.")
    assert ("SANCTION", "فرض عقوبات", False, True, False) in evs, evs


def test_aid_offered_is_still_to_come(coder):
    """«عرضت الحكومة الأميركية منح إيران طائرة مدنية» (#399): an offer, the grant spelled as a perfect verb."""
    evs = _flags(coder, "في ذلك الوقت، عرضت الحكومة الأميركية منح إيران طائرة مدنية لتعوض عن التي أسقطتها.")
    assert ("AID", "منح", False, True, False) in evs, evs


def test_call_not_answered_was_made(coder):
    """«ولم يستجيبوا لنداءات الجنود لهم بالتوقف» (#250): only the answer is negated."""
    evs = _flags(coder, "وقالت متحدثة عسكرية إسرائيلية إن عددا من المشتبه بهم اقتربوا من السياج في نقطتين مختلفتين ولم "
                        "يستجيبوا لنداءات الجنود لهم بالتوقف.")
    assert ("REQUEST", "نداءات", False, False, False) in evs, evs


def test_attack_met_in_a_state_of_defence_is_no_case_supposed(coder):
    """«إنها ما زالت في حالة دفاع مشروعة ضد الهجوم التركي» (#372): a state one is in, no condition."""
    evs = _flags(coder, "فيما أكدت منظومة المجتمع الديمقراطي الكردستاني، إنها ما زالت في حالة دفاع مشروعة ضد الهجوم "
                        "التركي ولم تعلن الحرب على أنقرة بعد.")
    assert ("ASSAULT", "الهجوم", False, False, False) in evs, evs


def test_support_a_negated_present_verb_carries_through_its_light_noun_is_negated(coder):
    """«الاتفاق … لا يتضمن توفير دعم جوي للمقاتلين الأكراد» (#333): the air support is not given."""
    evs = _flags(coder, "وقال المتحدث باسم الخارجية التركية تانجو بيليتش إن «الاتفاق يختص فقط بقتال تنظيم داعش ولا "
                        "يتضمن توفير دعم جوي للمقاتلين الأكراد في شمال سوريا».")
    assert ("SUPPORT", "دعم", True, False, False) in evs, evs
