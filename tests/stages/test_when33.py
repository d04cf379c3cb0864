"""Round 33 (when33): the span of «الأيام الثلاثة الماضية», «بعد منتصف ليل الخميس», a weekday closing a quoted
name, a sought resolution and a promise still to come."""

from __future__ import annotations


def _events(coder, text, published="2015-08-01"):
    """The events of a text as (type, trigger, date, enddate, future)."""
    art = coder(text, published=published)
    return [(e.event, e.trigger.text, e.date, e.enddate, e.future) for e in art.events]


def test_counted_past_days_are_a_span(coder):
    evs = _events(coder, "وشهدت الأيام الثلاثة الماضية غارات مكثفة للتحالف الدولي استهدفت مواقع وتحركات داعش في "
                         "مركز الحويجة.")
    assert ("ASSAULT", "غارات", "2015-07-29", "2015-07-31", False) in evs


def test_counted_last_weeks_are_a_span(coder):
    art = coder("وشنت طائرات التحالف خلال الأسابيع الأربعة الأخيرة غارات على مواقع داعش.", published="2015-08-01")
    assert [(t.value, t.end_value) for t in art.times] == [("2015-07-04", "2015-07-31")]


def test_few_past_days_stay_vague(coder):
    art = coder("وشنت طائرات التحالف خلال الأيام القليلة الماضية غارات على مواقع داعش.", published="2015-08-01")
    assert [t.value for t in art.times] == [None]


def test_after_midnight_of_thursday_is_friday(coder):
    evs = _events(coder, "وقال مدير المرصد إن طائرات حربية تابعة للائتلاف قصفت جسرين في دير الزور بعد منتصف ليل "
                         "الخميس.")
    assert [e[2] for e in evs if e[0] == "ASSAULT"] == ["2015-07-31"]


def test_midnight_of_thursday_alone_stays_thursday(coder):
    evs = _events(coder, "قصفت طائرات التحالف مواقع داعش منتصف ليل الخميس.")
    assert [e[2] for e in evs if e[0] == "ASSAULT"] == ["2015-07-30"]


def test_weekday_closing_a_quoted_name_is_no_date(coder):
    art = coder('يستضيف برنامج "لقاء الخميس"، غداً الأحد، في العاصمة البريطانية لندن، البروفيسور السعودي طارق '
                'الحبيب.', published="2015-08-01")
    assert [t.text for t in art.times] == ["غداً الأحد"]


def test_quoted_part_of_day_stays_a_date(coder):
    art = coder("وقال الشاهد إن الطائرات قصفت القرية «مساء الأحد» وقتلت خمسة.", published="2015-08-01")
    assert [t.value for t in art.times] == ["2015-07-26"]


def test_sought_resolution_is_future(coder):
    evs = _events(coder, "كما قررت القيادة الفلسطينية التوجه إلى مجلس الأمن لاستصدار قرار يدين هجمات المستوطنين.")
    assert [e[4] for e in evs if e[1] == "يدين"] == [True]


def test_promised_aid_is_future(coder):
    evs = _events(coder, "ووعدت السعودية بتقديم مساعدات إلى اليمن.")
    assert [e[4] for e in evs if e[0] == "AID"] == [True]


def test_day_of_an_uncoded_sentence_dates_the_next(coder):
    art = coder("نفذت عناصر من تنظيم داعش حكم الإعدام بـ19 إرهابيا من التنظيم في الفلوجة. وأعلنت قيادة الشرطة "
                "الاتحادية العراقية أمس إحباط محاولة تسلل لعناصر تنظيم داعش شرق الرمادي. وقال قائد الشرطة الاتحادية "
                "الفريق رائد شاكر جودت في تصريح إن قوة من الشرطة الاتحادية قتلت ثمانية من عناصر التنظيم.",
                published="2015-08-01")
    assert [e.date for e in art.events if e.sentence == 2 and e.event == "ASSAULT"] == ["2015-07-31"]


def test_intended_act_keeps_its_sentence_day_for_the_next(coder):
    art = coder("ندد المجتمع الدولي بحرق الطفل الفلسطيني. وقررت القيادة الفلسطينية، مساء الجمعة، التوجه إلى مجلس الأمن "
                "الدولي؛ لاستصدار قرار يدين هجمات المستوطنين. وأدان الأمين العام للأمم المتحدة بان كي مون \"بشدة\" قتل "
                "الطفل الفلسطيني حين هاجم مستوطنون منزل عائلته.", published="2015-08-01")
    assert [e.date for e in art.events if e.sentence == 2 and e.event == "ACCUSE"] == ["2015-07-31"]


def test_condition_in_bihal_is_hypothetical(coder):
    art = coder("بحال حصوله على تأييد أربعة اتحادات أخرى سيدعم الاتحاد البرازيلي طلبه.", published="2015-08-01")
    assert [e.hypothetical for e in art.events if e.trigger.text == "تأييد"] == [True]


def test_bihal_min_al_ahwal_is_no_condition(coder):
    art = coder("لا يمكن بحال من الأحوال قبول الهجوم على المدنيين.", published="2015-08-01")
    assert [e.hypothetical for e in art.events if e.trigger.text == "الهجوم"] == [False]


def test_report_day_gives_way_to_the_retelling_day(coder):
    art = coder("إلى ذلك خطفت جبهة النصرة ثمانية من فرقة سورية مقاتلة كانوا تلقوا تدريبات في إطار برنامج التدريب "
                "الأميركي للمعارضة السورية المعتدلة، وانتقلوا إلى سورية للمشاركة في عملية عسكرية ضد داعش، بحسب ما ذكر "
                "المرصد السوري لحقوق الإنسان أمس. وقال المرصد \"خطف عناصر من جبهة النصرة مساء أول من أمس قائد "
                "الفرقة 30 العقيد المنشق نديم الحسن برفقة سبعة عناصر من الفرقة\".", published="2015-07-31")
    assert [e.date for e in art.events if e.trigger.text in ("خطفت", "خطف")] == ["2015-07-29", "2015-07-29"]


def test_the_statement_after_dates_the_verbal_act_before_it(coder):
    art = coder("نفذت عناصر من تنظيم داعش حكم الإعدام بـ19 إرهابيا من التنظيم في الفلوجة. وأكد مصدر أمني انهيار "
                "معنويات الدواعش. من جهة ثانية، دعا خطيب صلاة الجمعة في محافظة كربلاء عبدالمهدي الكربلائي، الحكومة "
                "العراقية إلى التعامل مع طلبات المواطنين. وقال في خطبته أمس إن المواطنين في معظم مناطق البلاد "
                "يعانون من نقص كبير في الخدمات الأساسية.", published="2015-08-01")
    assert [e.date for e in art.events if e.trigger.text == "دعا"] == ["2015-07-31"]
