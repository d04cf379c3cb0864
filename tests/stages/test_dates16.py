"""Time expressions and event dates left by round 15: coming weekdays told by the imperfect, nights that run into the
next day, the Friday sermon, a newspaper called اليوم, counts after another event, and the lead's day when its word
left no event."""

import pytest


def _times(nlp, text, published="2015-07-31"):
    art = nlp(text, published=published)
    for t in art.times:
        assert text[t.start:t.end] == t.text
    return {t.text: t.value for t in art.times}


def _event(nlp, text, word, published="2015-07-31"):
    return next(e for e in nlp(text, published=published).events if e.trigger.text == word)


# 2015-07-31 is a Friday
@pytest.mark.parametrize("text, expected", [
    # an imperfect verb before a bare weekday: the coming one
    ("يجتمع سفراء الحلف الثلاثاء في بروكسل لبحث الوضع.", {"الثلاثاء": "2015-08-04"}),
    ("تعقد اللجنة اجتماعها الأحد المقبل وتلتقي الوفود الاثنين.", {"الأحد المقبل": "2015-08-02", "الاثنين": "2015-08-03"}),
    # … but not after لم, nor a perfect verb
    ("لم يجتمع المجلس الثلاثاء كما كان مقررا.", {"الثلاثاء": "2015-07-28"}),
    ("اجتمع سفراء الحلف الثلاثاء في بروكسل.", {"الثلاثاء": "2015-07-28"}),
    # سوف after the weekday
    ("وأشار إلى أن يوم الأحد سوف يشهد شروقا للقمر.", {"يوم الأحد": "2015-08-02"}),
    # the one before last
    ("وقتل الجنود في هجوم الثلاثاء ما قبل الماضي في المدينة.", {"الثلاثاء ما قبل الماضي": "2015-07-21"}),
    # منذ يوم/شهر before a weekday or a month is since that day or month, no count of one
    # (round 70: a weekday + الماضي on the day before the writing day is the one a week earlier; yesterday is أمس)
    ("لا يزال موقوفا بشرطة المطار منذ يوم الخميس الماضي وحتى الآن.", {"يوم الخميس الماضي": "2015-07-23"}),
    ("بلغت أدنى مستوياتها منذ شهر فبراير (شباط) الماضي.", {"شهر فبراير (شباط) الماضي": "2015-02"}),
    ("تراجع في النصف الأول عنها قبل عام من ذلك.", {"قبل عام": None}),
    ("منذ شهر وهم ينتظرون.", {"منذ شهر": "2015-06"}),
    # غد without alif is tomorrow, its weekday read with it; «غد أفضل» is the future
    ("تستأنف المحاكمة في جلسة يوم غد السبت.", {"غد السبت": "2015-08-01"}),
    ("وذلك مساء غد (السبت).", {"مساء غد (السبت)": "2015-08-01"}),
    ("من أجل غد أفضل للأجيال.", {}),
    # a name in سي is no future verb
    ("عقد وزير الخارجية الروسي سيرغي لافروف، في إطار زيارة عمل إلى قطر، الاثنين، لقاء مع معاذ الخطيب.",
     {"الاثنين": "2015-07-27"}),
    ("سيرجع الوفد الاثنين.", {"الاثنين": "2015-08-03"}),
    # what is said after أن is to come, not the day it was said
    ("أعلنت تركيا الاربعاء أنها ستطلق قريبا هجوما واسع النطاق.", {"الاربعاء": "2015-07-29", "قريبا": None}),
    ("سيلقي أوباما خطابا الاربعاء.", {"الاربعاء": "2015-08-05"}),
    # a plural relative word after two weekdays is each one's; the one after next
    ("تعقد اللجان اجتماعاتها يومي الثلاثاء والأربعاء المقبلين.",
     {"الثلاثاء": "2015-08-04", "الأربعاء المقبلين": "2015-08-05"}),
    ("سيطرت عليها القوات يومي الاثنين والثلاثاء الماضيين.", {"الاثنين": "2015-07-27", "الثلاثاء الماضيين": "2015-07-28"}),
    ("يقام المهرجان الأربعاء بعد القادم.", {"الأربعاء بعد القادم": "2015-08-12"}),
    # a night that runs into the next day is the first day's
    ("قتلوا ليل الاربعاء الخميس في غارة لطائرة بدون طيار.", {"ليل الاربعاء الخميس": "2015-07-29"}),
    ("وأصيب والداه بجروح ليل الخميس - الجمعة حين هاجم مستوطنون منزلهم.", {"ليل الخميس - الجمعة": "2015-07-30"}),
    # a month told by both its names with a dash is one month
    ("وقعت ثلاث عمليات انفجار في شرق الرياض في 12 مايو - أيار 2003م.", {"12 مايو - أيار 2003م": "2003-05-12"}),
    ("طردت الفصائل من ريف إدلب في نيسان - إبريل.", {"نيسان - إبريل": "2015-04"}),
    ("تجرى الانتخابات في تشرين الثاني- نوفمبر 2016.", {"تشرين الثاني- نوفمبر 2016": "2016-11"}),
    # a weekday after a title and a family name is still a date
    ("قال الرئيس محمود عباس الجمعة انه ينوي التوجه الى المحكمة.", {"الجمعة": "2015-07-31"}),
    # a count after another event is no day counted from the publication date; one in a future sentence is
    ("تخلى عن ولايته بعد أربعة أيام فقط على انتخابه.", {"بعد أربعة أيام": None}),
    ("وقالت الداخلية، وبعد يوم واحد، تم تطويق القارب والقبض على شخصين.", {"بعد يوم": None}),
    ("سيعود الوزير بعد يومين إلى الرياض.", {"بعد يومين": "2015-08-02"}),
    ("قبل الدخول في التدريبات الجماعية بعد شهر من الآن.", {"بعد شهر": "2015-08"}),
    ("أعلنت الحركة اختيار منصور زعيما جديدا بعد يوم واحد من تأكيد وفاة الملا عمر.", {"بعد يوم": None}),
    ("وأعطت ثمارا عاما بعد عام.", {"بعد عام": None}),
    # سوف in another clause does not make the weekday a coming one
    ("حصل اللاعبون على إجازة ليوم الاثنين، وسوف يخوض الفريق مباراته.", {"الاثنين": "2015-07-27"}),
])
def test_times_left_over(nlp, text, expected):
    assert _times(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "ويجتمعون فيه لصلاة الجمعة، فهذا المنبر يخدم القضية الوطنية.",
    "وقد أدى منبر الجمعة دوره التوجيهي الواضح.",
    "ذكرت صحيفة اليوم أن الشرطة اعتقلت ثلاثة مشتبهين.",
    "وقال لجريدة «اليوم» إن الشرطة اعتقلت ثلاثة مشتبهين.",
    # a weekday after a given name is a family name
    "وقال رئيس الجمعية الأستاذ إبراهيم الخميس إن المشروع ناجح.",
    "وأوضح الدكتور عبدالرحمن بن صالح الخميس أن المحاضرة مهمة.",
    "وكتب الكاتب السعودي عبدالعزيز الخميس تغريدة.",
    # the two, not Monday
    "أكد أن المرشحين الاثنين عبدالعزيز الدوسري وخالد الدبل جديران بالثقة.",
    # a score is no month
    "انتهى اللقاء الودي بنتيجة صفر-صفر.",
])
def test_not_a_date(nlp, text):
    assert _times(nlp, text) == {}


def test_an_arrest_told_by_a_paper_called_today_is_not_dated_by_the_name(nlp):
    ev = _event(nlp, "ذكرت صحيفة اليوم أن الشرطة اعتقلت ثلاثة مشتبهين.", "اعتقلت")
    assert ev.date_source != "text"


def test_a_coming_meeting_told_by_the_imperfect_is_not_dated_last_tuesday(nlp):
    ev = _event(nlp, "يجتمع سفراء الحلف الثلاثاء في بروكسل لبحث الوضع.", "يجتمع")
    assert ev.date == "2015-08-04"


def test_the_attack_at_night_takes_the_nights_first_day(nlp):
    ev = _event(nlp, "قتل طفل فلسطيني حرقا واصيب والداه بجروح ليل الخميس الجمعة حين هاجم مستوطنون منزلهم.", "هاجم")
    assert ev.date == "2015-07-30"


def test_a_summons_of_the_lead_left_uncoded_still_gives_its_day(nlp):
    from hadath.stages.anchors import _uncoded_lead
    art = nlp("استدعت الخارجية البحرينية أمس القائم بأعمال السفير الإيراني. وأدانت الوزارة التصريحات.",
              published="2015-07-31")
    times = {}
    for t in art.times:
        times.setdefault(t.sentence, []).append(t)
    later = [e for e in art.events if e.sentence > 0]  # as if the lead's summons had been left uncoded
    days = _uncoded_lead(art, later, times)
    assert days.get("verbal") is not None and days["verbal"].value == "2015-07-30"



def test_a_bombing_retold_in_the_pluperfect_takes_the_leads_day(coder):
    text = ("قتل خمسة جنود مصريين في تفجير استهدف حافلة للأمن في العريش صباح اليوم. "
            "وأعلن الجيش الحصيلة. وكانت عبوة ناسفة قد انفجرت أثناء مرور حافلة تقل أفرادا للأمن المركزي.")
    ev = next(e for e in coder(text, published="2015-07-26").events if e.sentence == 2 and e.event == "ASSAULT")
    assert ev.date == "2015-07-26" and ev.date_source == "story"


def test_a_bombing_retold_in_the_pluperfect_takes_yesterdays_lead(coder):
    text = ("قتل خمسة جنود مصريين في تفجير استهدف حافلة للأمن في العريش أمس. "
            "وأعلن الجيش الحصيلة. وكانت عبوة ناسفة قد انفجرت أثناء مرور حافلة تقل أفرادا للأمن المركزي.")
    ev = next(e for e in coder(text, published="2015-07-26").events if e.sentence == 2 and e.event == "ASSAULT")
    assert ev.date == "2015-07-25"


def test_an_earlier_attack_of_another_day_keeps_no_date(coder):
    text = ("شهدت مدينة مروة هجوما جديدا مساء السبت نفذته فتاة انتحارية. وقال التلفزيون ان الهجوم مثل تفجيري "
            "الاربعاء في المدينة. وكانت انتحاريتان نفذتا تفجيرين اسفرا عن مقتل 13 شخصا في سوق مركزي.")
    evs = [e for e in coder(text, published="2015-07-26").events if e.sentence == 2 and e.event == "ASSAULT"]
    assert evs and all(e.date != "2015-07-25" for e in evs)


def test_a_killing_told_by_a_past_verb_in_a_month_to_come_is_last_years(nlp):
    assert _event(nlp, "قتل الجنود في أكتوبر في هجوم على قاعدة عسكرية.", "قتل").date == "2014-10-01"
    assert _event(nlp, "اعتقلت الشرطة المتهم في 20 سبتمبر.", "اعتقلت").date == "2014-09-20"


def test_a_call_about_a_day_to_come_keeps_no_shifted_year(nlp):
    ev = _event(nlp, "دعت الإدارة المعلمين إلى مراجعتها في 5 أغسطس.", "دعت")
    assert ev.date == "2015-07-31"


def test_a_month_to_come_with_a_year_named_in_its_sentence_is_not_shifted(nlp):
    ev = _event(nlp, "ويعتقد أنه قد قتل في يونيو (حزيران) عام 1985 رغم أن مختطفيه قد أعلنوا قتله في أكتوبر.", "قتله")
    assert ev.date != "2014-10-01"


def test_a_day_to_come_apart_from_the_event_does_not_date_it(nlp):
    ev = _event(nlp, ("وافقت اللجنة المركزية لحزب سيريزا الحاكم في اليونان على طلب رئيس الوزراء ألكسيس تسيبراس "
                         "عقد مؤتمر عام في سبتمبر (أيلول) المقبل."), "طلب")
    assert ev.date == "2015-07-31"
    ev = _event(nlp, "وقال إن أوبك لم تتلق أي طلبات لعقد اجتماع استثنائي قبل ديسمبر كانون الأول المقبل.", "طلبات")
    assert ev.date != "2015-12-01"


def test_a_meeting_named_with_its_day_to_come_keeps_it(nlp):
    ev = _event(nlp, "ومن المقرر أن يتم عقد آخر جلسات المفاوضات في الثالث من أغسطس (آب) المقبل.", "المفاوضات")
    assert ev.date == "2015-08-03"


def test_a_verb_of_the_present_with_a_day_to_come_is_dated_that_day(nlp):
    """«يستقبل … غداً»: the reception announced for tomorrow, not the death of last Thursday in its relative clause."""
    text = ("يستقبل صاحب السمو الملكي الأمير خالد الفيصل أمير منطقة مكة المكرمة في منزله بجدة ، غداً الساعة العاشرة "
            "مساء ولمدة ثلاثة أيام المعزين في وفاة الأمير سعود بن فيصل، الذي وافته المنية الخميس الماضي.")
    ev = _event(nlp, text, "يستقبل")
    assert ev.date == "2015-08-01"
