"""Round 107 (dates107): dates the round-106 coder got wrong on the judged slice 2015-07-22 #0–399.
«أمس الثلاثاء بعد يوم من اكتمال سيطرتهم» (#239, #322): a span of one day after بعد counts one day back from the
clause's day (Monday), as «بعد يومين» counts two; «هي الثالثة منذ 2010» (#230): an ordinal before منذ counts the like
since then, as a superlative does, and does not date the pledge; «تستضيف باريس مؤتمر الأمم المتحدة المناخي بين 30
تشرين الثاني (نوفمبر)» (#201, #20): a day and month with no year after the word of an act to come is the next one, not
last year's; «وقبل يومين من الانتخابات» (#251), «قبل يومين من التنفيذ»: a count before من and the noun of an act is
reckoned from that act, not from the writing day; «قبل يوم 25 يوليو الجاري» (#342): قبل before a day of the month is
«before that day», not «a day ago»; «في تصريحات له، أمس،» (#244): the day a statement's frame names, set apart by
commas, still dates the lead act the statement tells; «غداة هجوم انتحاري» (#340): the attack a lead names after غداة
takes the day the body gives its type further on; «اليوم قبل الغد» (#35): an idiom, no day; «التي سبق واستخدمتها قوات
صالح في حرب صيف عام 1994، …، وشددت مصادر محلية» (#53): a year told in a relative clause past its comma dates no verb
of the past after it."""

import pytest
from stage_coding import all_dated, kept_dates, none_dated

_DATE = "2015-07-22"

# (text, type, the day all its events of that type are dated; None: before the publication day, no day of their own).
DAYS = [
    # «ومن المقرر أن تستضيف باريس مؤتمر الأمم المتحدة المناخي بين 30 تشرين الثاني (نوفمبر)» (#201): November 2015.
    pytest.param("ومن المقرر أن تستضيف باريس مؤتمر الأمم المتحدة المناخي بين 30 تشرين الثاني (نوفمبر) و11 كانون "
                 "الأول (ديسمبر) المقبل.", "CONSULT", "2015-11-30",
                 id="a_day_and_month_of_an_act_to_come_is_the_next_one"),
    # «وقبل يومين من الانتخابات، ألقت السلطات السويسرية القبض» (#251): two days before the vote, no day of its own.
    pytest.param("وقبل يومين من الانتخابات، ألقت السلطات السويسرية القبض على سبعة مسؤولين على مستوى عال في \"فيفا\" "
                 "بطلب من القضاء الأمريكي.", "COERCE", None,
                 id="a_count_before_the_noun_of_an_act_is_reckoned_from_it"),
    # «أكدت الخارجية المصرية مجددا رفض مصر» «وشدد السفير … في تصريحات له، أمس، على» (#244): the statement's day,
    # set apart by commas, dates the lead's refusal: 2015-07-21.
    pytest.param("أكدت الخارجية المصرية مجددا رفض مصر الكامل للتدخل الإيراني في الشؤون الداخلية للدول العربية، "
                 "مطالبة بضرورة الالتزام بسياسة حسن الجوار. وشدد السفير بدر عبدالعاطي المتحدث الرسمي باسم وزارة "
                 "الخارجية المصرية في تصريحات له، أمس، على تضامن مصر مع أشقائها العرب.", "REJECT", "2015-07-21",
                 id="a_statements_day_set_apart_by_commas_dates_the_lead"),
]

# (text, type, a day none of its events of that type may take).
NOT_DAYS = [
    # «خطة مساعدة جديدة هي الثالثة منذ 2010، تعهد شركاء أثينا الأوروبيون بمنحها» (#230): not 2010.
    pytest.param("وكان البرلمان اليوناني قد صوت الأربعاء الماضي على هذه الزيادة في ضريبة القيمة المضافة عملا "
                 "بالالتزامات التي قطعتها اليونان خلال قمة أوروبية صاخبة في بروكسل، لقاء خطة مساعدة جديدة هي الثالثة "
                 "منذ 2010، تعهد شركاء أثينا الأوروبيون بمنحها.", "AGREE", "2010-01-01",
                 id="an_ordinal_before_mundhu_counts_since_and_dates_nothing"),
    # «كان تعهد بالانتهاء من المصادقة على المشروع قبل يوم 25 يوليو الجاري» (#342): not «a day ago», 2015-07-21.
    pytest.param("علماً أن رئيس المجلس محمد الناصر كان تعهد بالانتهاء من المصادقة على المشروع قبل يوم 25 يوليو "
                 "الجاري.", "AGREE", "2015-07-21", id="qabl_before_a_day_of_the_month_is_no_day_ago"),
    # «إيجاد حلّ سريع ودائم لمعضلة طمر النفايات اليوم قبل الغد …، إلا إذا خرجت أصوات ترفض البحث» (#35): not tomorrow.
    pytest.param("وطالب بأن تعمل الحكومة على إيجاد حلّ سريع ودائم لمعضلة طمر النفايات اليوم قبل الغد من ضمن توافق "
                 "سياسيّ، إلا إذا خرجت أصوات ترفض البحث بأي شيء قبل النقاش في آلية عمل الحكومة.", "REJECT",
                 "2015-07-23", id="today_before_tomorrow_is_an_idiom_no_day"),
    # «الطريق التي تقع فيها «عقبة ثرة» الاستراتيجية التي سبق واستخدمتها قوات صالح في حرب صيف عام 1994، …، وشددت
    # مصادر محلية على ضرورة تقوية هذه الجبهة» (#53): the year is the relative clause's, not the call's.
    pytest.param("فإن المقاومة تسعى للسيطرة على تلك الطريق التي تقع فيها «عقبة ثرة» الاستراتيجية التي سبق واستخدمتها "
                 "قوات صالح في حرب صيف عام 1994، في حربها ضد الجنوب وسيطرتها على عدن، وقد قامت قوات التحالف بتنفيذ "
                 "سلسلة غارات مكثفة على مواقع الميليشيات الحوثية في مديرية لودر، وشددت مصادر محلية على ضرورة تقوية "
                 "هذه الجبهة من قبل القوات الموالية لهادي والمقاومة.", "REQUEST", "1994-01-01",
                 id="a_year_of_a_relative_clause_past_its_comma_dates_no_later_verb"),
]


# «وعدت الحكومة التركية … غداة هجوم انتحاري» (#340): the attack the lead names after غداة, with no day in its sentence,
# takes the day the body gives the attack six sentences on: «ظهر الاثنين», 2015-07-20.
_SURUC = (
    "وعدت الحكومة التركية الإسلامية المحافظة بتعزيز الإجراءات الأمنية غداة هجوم انتحاري نسب إلى تنظيم "
    "داعش وضرب مدينة سوروتش (جنوب) بالقرب من الحدود السورية، مما أودى بحياة 32 شخصًا على الأقل. وأعلن "
    "رئيس الوزراء التركي أحمد داود أغولو الثلاثاء أن الشرطة التركية تعرفت على هوية مشتبه به مرتبط بالهجوم "
    "الانتحاري الذي قال: إن حصيلة ضحاياه ارتفعت إلى 32 قتيلاً. وقال في مؤتمر صحافي في شانلي أورفة «تم "
    "تحديد هوية مشتبه به ويتم التحقق من صلاته المحتملة مع الخارج أو داخل تركيا. الاحتمال الأكبر هو أن "
    "يكون الأمر هجومًا انتحاريًا على علاقة بداعش». وبعدما بقيت طويلاً في منأى عن الحرب الدائرة على "
    "أبوابها منذ أربع سنوات، طال النزاع تركيا الاثنين في عملية كبيرة. وكان المركز الثقافي في سوروتش ظهر "
    "الاثنين هدفًا لهجوم موجه ضد شبان مقربين من القضية الكردية يرغبون في المشاركة في إعادة إعمار مدينة "
    "عين العرب أو كوباني الكردية الواقعة على الجانب الآخر من الحدود ودمرتها معارك انتهت في كانون الثاني - "
    "يناير بانتصار أكراد سوريا على تنظيم داعش.")


@pytest.mark.parametrize("text, kind, day", DAYS)
def test_events_take_the_day(nlp, text, kind, day):
    """The text codes events of `kind`, all dated `day`."""
    got = kept_dates(nlp, text, kind, _DATE)
    assert all_dated(got, day), got


@pytest.mark.parametrize("text, kind, day", NOT_DAYS)
def test_events_do_not_take_the_day(nlp, text, kind, day):
    """The text codes events of `kind`, none dated `day`."""
    got = kept_dates(nlp, text, kind, _DATE)
    assert none_dated(got, day), got


def test_a_span_of_one_day_after_baad_counts_one_day_back(nlp):
    """«أمس الثلاثاء بعد يوم من اكتمال سيطرتهم» (#322): the control was completed on Monday 2015-07-20; the attempt
    to retake the districts, the clause's own act, is Tuesday's."""
    text = ("قال سكان إن مقاتلين يمنيين تدعمهم الضربات الجوية التي يشنها التحالف العربي يحاولون استعادة الأحياء "
            "الشمالية من مدينة عدن من المقاتلين الحوثيين أمس الثلاثاء بعد يوم من اكتمال سيطرتهم على وسط "
            "المدينة التي تضم ميناء استراتيجيا.")
    got = {trigger: day for trigger, day, _, _ in kept_dates(nlp, text, "COERCE", _DATE)}
    assert got == {"سيطرتهم": "2015-07-20", "استعادة الأحياء": "2015-07-21"}, got


def test_an_attack_after_ghadat_takes_the_day_the_body_gives_it(nlp):
    """The lead's «غداة هجوم انتحاري» is dated by «ظهر الاثنين» of the body, past four sentences."""
    got = [row for row in kept_dates(nlp, _SURUC, "ASSAULT", _DATE) if row[0] == "هجوم انتحاري"]
    assert all_dated(got, "2015-07-20"), got
