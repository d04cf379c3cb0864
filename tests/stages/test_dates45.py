"""Event dates (round 45): a weekday told with «أول من أمس» that is the day before publication; العام after a title
(الأمين العام السابق) is no year; counted past years and «قبل الماضي» are spans before publication; a date after a
coalition's or a war's name names it, it does not date the event."""


def _days(nlp, text, published):
    return {t.text: (t.value, t.end_value) for t in nlp(text, published=published).times}


def _dates(nlp, text, word, published):
    return [(e.date, e.enddate, e.date_source) for e in nlp(text, published=published).events
            if e.trigger.text == word]


def test_a_weekday_a_day_after_the_day_before_yesterday_is_yesterday(nlp):
    # published Saturday 25 July: «أول من أمس الجمعة» is Friday 24 July (a slip for أمس), not Friday 17 July
    text = "وتسببت القذائف التي استهدفت المدنيين وسقطت صباح أول من أمس الجمعة في أضرار مادية بسيطة."
    assert _days(nlp, text, "2015-07-25") == {"صباح أول من أمس الجمعة": ("2015-07-24", None)}
    assert [d for d, _, _ in _dates(nlp, text, "القذائف", "2015-07-25")] == ["2015-07-24"]


def test_yesterday_with_the_weekday_of_the_publication_day_is_still_a_late_record(nlp):
    # «أمس الثلاثاء» in a record dated Tuesday 21 July: a story written on Wednesday 15 July, collected late
    text = "وتوصلت ايران والقوى العالمية الست إلى اتفاق تاريخي أمس الثلاثاء في فيينا."
    assert _days(nlp, text, "2015-07-21") == {"أمس الثلاثاء": ("2015-07-14", None)}


def test_general_after_a_title_is_no_year(nlp):
    text = ("طالبت مجموعة من النشطاء بإسناد مهمة الإصلاح إلى كوفي أنان الأمين العام السابق للأمم المتحدة. "
            "وحذر المدير العام السابق للأمن العسكري من اتساع رقعة الفكر التكفيري.")
    assert _days(nlp, text, "2015-07-21") == {}
    assert all(d != "2014-01-01" for d, _, _ in _dates(nlp, text, "طالبت", "2015-07-21"))
    # «العام الماضي» after a verb is still last year
    assert _days(nlp, "واجتمع الوزير بالسفير العام الماضي.", "2015-07-21") == {"العام الماضي": ("2014", None)}


def test_counted_past_years_are_a_span_before_publication(nlp):
    text = "وتظهر الإحصائيات في السنوات العشر الأخيرة طرد ما يقارب 100 امرأة سنويا من العمل."
    assert _days(nlp, text, "2015-08-01") == {"السنوات العشر الأخيرة": ("2005-08-01", "2015-07-31")}
    assert _days(nlp, "وقتل المسلحون مئات الجنود خلال الأعوام الخمسة الماضية.", "2015-07-25") == {
        "الأعوام الخمسة الماضية": ("2010-07-25", "2015-07-24")}


def test_the_month_or_year_before_last(nlp):
    text = "وأقدم التنظيم الشهر قبل الماضي على إعدام عنصرين اتهمهما بالتجسس."
    assert _days(nlp, text, "2015-08-01") == {"الشهر قبل الماضي": ("2015-06", None)}
    assert _days(nlp, "وخرج الشباب في الطرقات في العام قبل الماضي.", "2015-07-25") == {
        "العام قبل الماضي": ("2013", None)}
    # «الشهر الماضي» alone is still last month
    assert _days(nlp, "واعتقلت الشرطة عشرة أشخاص الشهر الماضي.", "2015-08-01") == {"الشهر الماضي": ("2015-07", None)}


def test_a_date_after_a_coalitions_name_does_not_date_the_event(nlp):
    text = "وهاجم مسلحون مقر قوى 14 آذار في بيروت."
    assert [d for d, _, _ in _dates(nlp, text, "هاجم", "2015-07-25")] == ["2015-07-25"]
    # a date after a plain noun still dates it
    text = "وهاجم مسلحون مقر الحزب في 14 يوليو في بيروت."
    assert [d for d, _, _ in _dates(nlp, text, "هاجم", "2015-07-25")] == ["2015-07-14"]


def test_the_decade_before_is_before_publication(nlp):
    text = "وقتل المسلحون مئات الجنود خلال العقد الماضي."
    assert _dates(nlp, text, "قتل", "2015-07-25") == [(None, "2015-07-25", "before_published")]


def test_earlier_in_the_month_is_this_month(nlp):
    text = "واعتقلت الشرطة عشرة أشخاص في وقت سابق من الشهر."
    assert _days(nlp, text, "2015-07-25") == {"في وقت سابق": (None, None), "الشهر": ("2015-07", None)}
    assert _dates(nlp, text, "اعتقلت", "2015-07-25") == [("2015-07-01", "2015-07-25", "text")]
    # a bare الشهر after no vague past phrase is no date; «من التعاملات» names no unit
    assert _days(nlp, "وقال إن الشهر شهد تحسنا في الأسعار.", "2015-07-25") == {}
    assert _days(nlp, "وارتفع السهم في وقت سابق من التعاملات.", "2015-07-25") == {"في وقت سابق": (None, None)}
