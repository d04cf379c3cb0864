"""Round 98 (flags98): the flags of an act hoped for (من المؤمل أن يزور), one in one's power (بوسعه أن يقدم), one a
light verb after قد may bring (قد تشن هجمات), one supposed past a month's gloss (بنهاية يوليو (تموز) الحالي نشر قوة),
one dated in a coming month past a gloss of two words or a day of it (في شهر نوفمبر (تشرين الثاني) المقبل، في الثالث
من أغسطس (آب) المقبل), one whose round is put off (إرجاء الجولة الثانية من محادثات السلام), one pressed for (ضغوطه
لفرض عقوبات), one offered (عرضت الحكومة منح), one a negated verb carries through its light verbal noun (لا يتضمن
توفير دعم جوي), a call not answered (ولم يستجيبوا لنداءات الجنود) and an attack against which one stands in a state
of defence (في حالة دفاع مشروعة ضد الهجوم) (sentences of the dev day 2015-07-31)."""

from __future__ import annotations

import pytest
from stage_coding import kept_flags

_DATE = "2015-07-31"

# (sentence, (type, trigger, negated, future, hypothetical) of an event it must code).
FLAGGED = [
    # «ومن المؤمل ان يزور جون كيري … مصر يوم الاحد» (#262): hoped for, not done.
    pytest.param("ومن المؤمل ان يزور جون كيري وزير الخارجية الاميركي مصر يوم الاحد لاجراء \"حوار استراتيجي\".",
                 ("CONSULT", "يزور", False, True, False), id="visit_hoped_for_is_still_to_come"),
    # «أن دولته قد تشن هجمات على مسلحين … في حال تأكد» (#349, #260): a light verb of three letters after قد.
    pytest.param("على صعيد آخر، أعلن ضابط كبير في الجيش الإسرائيلي أن دولته قد تشن هجمات على مسلحين ينتمون إلى "
                 "تنظيم داعش في شبه جزيرة سيناء المصرية، في حال تأكد أنهم يخططون لمهاجمة جنود أو مواطنين "
                 "إسرائيليين.", ("ASSAULT", "هجمات", False, False, True),
                 id="attack_a_light_verb_after_qad_may_bring_is_only_possible"),
    # «لزيارة فرنسا في شهر نوفمبر (تشرين الثاني) المقبل» (#382).
    pytest.param("وتمثل الدعوة الرسمية التي نقلها أمس وزير الخارجية لوران فابيوس من الرئيس فرنسوا هولاند إلى "
                 "نظيره الإيراني حسن روحاني لزيارة فرنسا في شهر نوفمبر (تشرين الثاني) المقبل مؤشر قوي على "
                 "رغبة باريس.", ("CONSULT", "زيارة", False, True, False),
                 id="visit_in_a_coming_month_past_a_gloss_of_two_words_is_still_to_come"),
    # «أعلنت السلطات الباكستانية الخميس إرجاء الجولة الثانية من محادثات السلام» (#285); so «تأجيل جولة مفاوضات».
    pytest.param("وفي سياق متصل، أعلنت السلطات الباكستانية الخميس إرجاء الجولة الثانية من محادثات السلام بين "
                 "الحكومة الأفغانية وحركة طالبان غداة الإعلان عن مقتل زعيمها التاريخي الملا محمد عمر.",
                 ("CONSULT", "محادثات", False, True, False), id="talks_whose_round_is_put_off_are_still_to_come"),
    pytest.param("وقررت الحكومة تأجيل جولة مفاوضات مع المعارضة.", ("CONSULT", "مفاوضات", False, True, False),
                 id="talks_put_off_are_still_to_come"),
    # «كثف الرئيس الأميركي ضغوطه لفرض عقوبات أشد» (#409): pressing for sanctions imposes none.
    pytest.param("كثف الرئيس الأميركي ضغوطه لفرض عقوبات أشد وحتى حظر على الأسلحة.",
                 ("SANCTION", "فرض عقوبات", False, True, False), id="sanctions_pressed_for_are_still_to_come"),
    # «عرضت الحكومة الأميركية منح إيران طائرة مدنية» (#399): an offer, the grant spelled as a perfect verb.
    pytest.param("في ذلك الوقت، عرضت الحكومة الأميركية منح إيران طائرة مدنية لتعوض عن التي أسقطتها.",
                 ("AID", "منح", False, True, False), id="aid_offered_is_still_to_come"),
    # «ولم يستجيبوا لنداءات الجنود لهم بالتوقف» (#250): only the answer is negated.
    pytest.param("وقالت متحدثة عسكرية إسرائيلية إن عددا من المشتبه بهم اقتربوا من السياج في نقطتين مختلفتين ولم "
                 "يستجيبوا لنداءات الجنود لهم بالتوقف.", ("REQUEST", "نداءات", False, False, False),
                 id="call_not_answered_was_made"),
    # «إنها ما زالت في حالة دفاع مشروعة ضد الهجوم التركي» (#372): a state one is in, no condition.
    pytest.param("فيما أكدت منظومة المجتمع الديمقراطي الكردستاني، إنها ما زالت في حالة دفاع مشروعة ضد الهجوم "
                 "التركي ولم تعلن الحرب على أنقرة بعد.", ("ASSAULT", "الهجوم", False, False, False),
                 id="attack_met_in_a_state_of_defence_is_no_case_supposed"),
    # «الاتفاق … لا يتضمن توفير دعم جوي للمقاتلين الأكراد» (#333): the air support is not given.
    pytest.param("وقال المتحدث باسم الخارجية التركية تانجو بيليتش إن «الاتفاق يختص فقط بقتال تنظيم داعش ولا "
                 "يتضمن توفير دعم جوي للمقاتلين الأكراد في شمال سوريا».", ("SUPPORT", "دعم", True, False, False),
                 id="support_a_negated_present_verb_carries_through_its_light_noun_is_negated"),
]

# (sentence, type, the flag all its events of that type carry: 3 future, 4 hypothetical; at least one event).
ALL_FLAGGED = [
    # «إن الجانب الإيراني بوسعه أن يقدم … دعمًا» (#357): what one can give is not given.
    pytest.param("وقال فابيوس، أمس، إن الجانب الإيراني بوسعه أن يقدم «موضوعيًا» دعمًا «مفيدًا»، ولكن من غير أن "
                 "ينضم إلى الائتلاف الدولي.", "AID", 4, id="act_in_ones_power_is_only_possible"),
    # «ويفترض أن يتم بنهاية يوليو (تموز) الحالي نشر قوة» (#410): the gloss of the month ends no clause.
    pytest.param("ويفترض أن يتم بنهاية يوليو (تموز) الحالي نشر قوة إقليمية من 8700 جندي وشرطي ورجل امن بعد أن "
                 "تأخر تشكيلها سبعة أشهر.", "MOBILIZE", 3,
                 id="deployment_supposed_past_a_months_gloss_is_still_to_come"),
]


@pytest.mark.parametrize("text, flagged", FLAGGED)
def test_event_carries_its_flags(coder, text, flagged):
    """The sentence codes the event with the flags given."""
    evs = kept_flags(coder, text, _DATE)
    assert flagged in evs, evs


@pytest.mark.parametrize("text, kind, flag", ALL_FLAGGED)
def test_every_event_of_the_type_carries_the_flag(coder, text, kind, flag):
    """The sentence codes events of `kind`, all of them with the flag at `flag`."""
    evs = kept_flags(coder, text, _DATE)
    assert [e for e in evs if e[0] == kind] and all(e[flag] for e in evs if e[0] == kind), evs


def test_talks_on_a_day_of_a_coming_month_are_still_to_come(coder):
    """«على أن يتم عقد آخر جلسات المفاوضات في الثالث من أغسطس (آب) المقبل» (#400): no talks told as held."""
    evs = kept_flags(coder, "ومن المقرر أن يتم عقد ثالث جلسات مفاوضات تشكيل الحكومة الائتلافية، على أن يتم عقد آخر "
                            "جلسات المفاوضات في الثالث من أغسطس (آب) المقبل.", _DATE)
    assert not [e for e in evs if e[0] == "CONSULT" and not e[3]], evs
