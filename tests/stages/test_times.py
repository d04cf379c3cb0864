"""Time expressions: found with offsets and resolved against the publication date (must / must-not)."""

import pytest


def _times(nlp, text, published="2015-08-03"):
    art = nlp(text, published=published)
    for t in art.times:
        assert text[t.start:t.end] == t.text
    return {t.text: (t.value, t.granularity) for t in art.times}


@pytest.mark.parametrize("text, published, expected", [
    ("أعلن الوزير أمس أن الضربات ستبدأ في 25 مايو الجاري بعد الاتفاق الذي تم في فبراير الماضي.", "2016-05-21",
     {"أمس": ("2016-05-20", "day"), "25 مايو الجاري": ("2016-05-25", "day"), "فبراير الماضي": ("2016-02", "month")}),
    ("وقع الحادث مساء الأربعاء الماضي ووصلت الشرطة منذ ثلاثة أيام.", "2015-08-03",
     {"مساء الأربعاء الماضي": ("2015-07-29", "day"), "منذ ثلاثة أيام": ("2015-07-31", "day")}),
    ("عقد المجلس جلسته يوم الأحد 17 شوال 1436هـ الموافق 2 أغسطس 2015م.", "2015-08-03",
     {"يوم الأحد 17 شوال 1436هـ": ("2015-08-02", "day"), "2 أغسطس 2015م": ("2015-08-02", "day")}),
    ("صدر القرار بتاريخ ١٧ /١٠ /١٤٣٦هـ ونشر في ٢١/٥/٢٠١٦ ثم في 2016-05-21.", "2016-05-25",
     {"١٧ /١٠ /١٤٣٦هـ": ("2015-08-02", "day"), "٢١/٥/٢٠١٦": ("2016-05-21", "day"), "2016-05-21": ("2016-05-21", "day")}),
    ("وارتفعت الأسعار خلال الأسبوع الماضي والشهر الجاري والعام المقبل.", "2015-08-03",
     {"الأسبوع الماضي": ("2015-W31", "week"), "الشهر الجاري": ("2015-08", "month"), "العام المقبل": ("2016", "year")}),
    ("ومنذ عام 2011 وحتى 2014 تراجع الإنتاج، وفي كانون الثاني 2015 وفي حزيران (يونيو) الماضي عاد.", "2015-08-03",
     {"عام 2011": ("2011", "year"), "2014": ("2014", "year"), "كانون الثاني 2015": ("2015-01", "month"),
      "حزيران (يونيو) الماضي": ("2015-06", "month")}),
    ("يبدأ التسجيل في العشرين من شهر شوال الحالي ويستمر حتى غرة شهر ذي القعدة المقبل.", "2015-08-03",
     {"العشرين من شهر شوال الحالي": ("2015-08-05", "day"), "غرة شهر ذي القعدة المقبل": ("2015-08-16", "day")}),
    ("وذلك في شهر رمضان الماضي، وسيجري التقويم للعام الدراسي 1436/1437هـ.", "2015-08-03",
     {"شهر رمضان الماضي": ("2015-06-18/2015-07-16", "month"), "1436/1437هـ": ("2014-10-25/2015-10-13", "year")}),
    ("وقال المتحدث في وقت سابق إن الأيام القليلة الماضية شهدت هدوءاً.", "2015-08-03",
     {"في وقت سابق": (None, "vague"), "الأيام القليلة الماضية": (None, "vague")}),
    # decades: counted in tens of years; the plural without a count and العقود الماضية are vague
    ("وهجرت القرية قبل خمسة عقود، ثم عاد أهلها قبل عقدين بعد حرب دامت منذ عقود وخلال العقود الماضية.",
     "2015-08-03", {"قبل خمسة عقود": ("1965", "year"), "قبل عقدين": ("1995", "year"), "منذ عقود": (None, "vague"),
                    "العقود الماضية": (None, "vague")}),
])
def test_expressions_resolve(nlp, text, published, expected):
    got = _times(nlp, text, published)
    for span, value in expected.items():
        assert got.get(span) == value, (span, got)


def test_a_day_word_with_another_weekday_believes_the_weekday(nlp):
    # a record collected on Saturday 1 August whose story was written on Friday: «اليوم الجمعة» is 31 July
    assert _times(nlp, "قال مسؤولون إن سبعة جنود قتلوا اليوم الجمعة.", "2015-08-01") == {
        "اليوم الجمعة": ("2015-07-31", "day")}
    assert _times(nlp, "زار السفير المدينة الصناعية أمس (الخميس).", "2015-08-01") == {
        "أمس (الخميس)": ("2015-07-30", "day")}
    # the weekday that matches changes nothing
    assert _times(nlp, "زار السفير المدينة الصناعية أمس الجمعة.", "2015-08-01") == {
        "أمس الجمعة": ("2015-07-31", "day")}


def test_a_lead_written_before_the_publication_date_dates_the_storys_relative_expressions(nlp):
    # the lead says Friday in a record dated Saturday 1 August: أمس is Thursday, 30 July
    text = "قررت القيادة الفلسطينية اليوم الجمعة التوجه إلى المحكمة الدولية. وكان الرئيس قد التقى الوفد أمس."
    assert _times(nlp, text, "2015-08-01") == {"اليوم الجمعة": ("2015-07-31", "day"), "أمس": ("2015-07-30", "day")}
    # a lead edited for the publication day (أمس الجمعة) keeps the body's «اليوم الجمعة» from moving the rest
    text = ("نقلت طائرتان عسكريتان مساء أمس الجمعة 27 مصابا. وتمت عملية الإخلاء مساء اليوم الجمعة. "
            "وزار الوزير المصابين أمس.")
    got = _times(nlp, text, "2015-08-01")
    assert got["مساء أمس الجمعة"] == ("2015-07-31", "day") and got["أمس"] == ("2015-07-31", "day")


def test_a_bare_weekday_is_the_last_one_in_a_past_sentence_and_the_next_in_a_future_one(nlp):
    assert _times(nlp, "وكان الوزير قد التقى السفير يوم الخميس.") == {"يوم الخميس": ("2015-07-30", "day")}
    assert _times(nlp, "وسيلتقي الوزير السفير يوم الخميس.") == {"يوم الخميس": ("2015-08-06", "day")}
    # a future cue far after it, in another clause, does not make it the next one
    assert _times(nlp, "قتل طفل فلسطيني وأصيب والداه ليل الخميس حين هاجم مستوطنون منزلهم وأعلنت السلطة أنها تريد "
                       "إحالته أمام القضاء الدولي.") == {"ليل الخميس": ("2015-07-30", "day")}
    # a future verb whose first letters are also a noun's (سيلتقي، not سيل "torrent") makes it the next one
    assert _times(nlp, "ومن مصر سينتقل كيري الاثنين إلى الدوحة حيث سيلتقي نظراءه.", "2015-08-02") == {
        "الاثنين": ("2015-08-03", "day")}
    # a future cue word right after it governs what follows: the threat's content is to come, not the Wednesday
    assert _times(nlp, "وكان الفرع المصري لتنظيم داعش بث تسجيل فيديو الأربعاء يهدد فيه بإعدام كرواتي.",
                  "2015-08-07") == {"الأربعاء": ("2015-08-05", "day")}
    assert _times(nlp, "دعا رئيس الوزراء مساء الجمعة قبل الماضي إلى استفتاء.") == {
        "مساء الجمعة قبل الماضي": ("2015-07-24", "day")}


@pytest.mark.parametrize("text", [
    "مارس الضغط على الحكومة لتغيير القرار.",  # مارس "exercised", not March
    "احتفلت المدارس باليوم الوطني للمملكة.",  # اليوم الوطني is a name, not today
    "أدى المصلون صلاة الجمعة في المسجد.",  # the Friday prayer, not a date
    "بلغ عدد الزوار 2015 زائرا.",  # a number, not a year
    "انتهت المباراة بنتيجة 2-1 لصالح الهلال.",
    "وبعد عقد الاجتماع وقع الطرفان عقود التوريد.",  # عقد: held, contracts; no decade
])
def test_not_time_expressions(nlp, text):
    assert _times(nlp, text) == {}


def test_without_a_publication_date_relative_expressions_stay_unresolved(nlp):
    art = nlp("قال الوزير أمس إن القرار صدر في 21 مايو 2016.")
    by = {t.text: t for t in art.times}
    assert by["أمس"].value is None and by["أمس"].unresolved == "no publication date" and by["أمس"].relative
    assert by["21 مايو 2016"].value == "2016-05-21"


def test_impossible_dates_are_flagged_not_guessed(nlp):
    art = nlp("وصل الوفد في 31 فبراير 2015 إلى العاصمة.", published="2015-08-03")
    (t,) = art.times
    assert t.text == "31 فبراير 2015" and t.value is None and t.unresolved == "impossible date"


def test_teaser_dates_are_not_read(nlp, pentagon_text):
    art = nlp(pentagon_text, published="2016-05-21")
    assert art.story_end is not None
    assert all(t.end <= art.story_end for t in art.times)
    assert "25 مايو الجاري" in {t.text for t in art.times}
    assert not any("2024" in (t.value or "") for t in art.times)


def _stage(nlp, name):
    return next(s for s in nlp.stages if s.name == name)


def test_a_sentence_without_a_number_is_read_only_with_a_word_an_expression_needs(nlp):
    from hadath.arabic.tokens import tokenize

    tagger = _stage(nlp, "times")

    def holds(text):
        return tagger.may_hold([t.norm for t in tokenize(text)])

    assert not holds("قال الوزير في بيان إن الاتفاق مهم.")  # في alone leads into nothing
    assert not holds("وقال منذ البداية إن الاتفاق مهم.")  # منذ without a unit
    assert holds("وقال الوزير في وقت سابق إن الاتفاق مهم.")  # في وقت سابق: a phrase of في
    assert holds("وصل الوفد منذ ثلاثة أيام.")
    assert not holds("وقال إن الوقت مناسب.")  # وقت without سابق


def test_rules_start_only_on_words_that_can_start_one(nlp):
    from hadath.arabic.tokens import tokenize

    tagger = _stage(nlp, "times")

    def starts(text):
        toks = tokenize(text)
        return [toks[k].text for k in tagger.starts(toks, [t.norm for t in toks], any(t.kind == "num" for t in toks))]

    assert starts("وقال الوزير في وقت سابق إن الاتفاق مهم.") == ["في", "وقت"]
    assert starts("وقال الوزير في بيان إن الاتفاق مهم.") == []
    # a count (ثلاثة) starts no rule: منذ before it does
    assert starts("وصل الوفد في 25 مايو منذ ثلاثة أيام.") == ["25", "مايو", "منذ", "أيام"]


@pytest.mark.parametrize("text,expected", [
    ("سيطر الحوثيون على صنعاء في 21 سبتمبر من العام الماضي.", ("21 سبتمبر من العام الماضي", "2014-09-21", "day")),
    ("وقعت الاتفاقية في مارس من العام الماضي.", ("مارس من العام الماضي", "2014-03", "month")),
    ("وتنتهي المهلة في يناير من العام المقبل.", ("يناير من العام المقبل", "2016-01", "month")),
    ("وقتل المئات في 21 سبتمبر من عام 2014 في صنعاء.", ("21 سبتمبر من عام 2014", "2014-09-21", "day")),
])
def test_a_month_takes_the_year_told_after_it(nlp, text, expected):
    """«21 سبتمبر من العام الماضي»: the year after the month is the date's, not a second expression (the bare
    «21 سبتمبر» in August 2015 would be the coming one)."""
    found = [(t.text, t.value, t.granularity) for t in nlp(text, published="2015-08-09").times]
    assert found == [expected]


def test_vague_expressions_say_whether_they_look_back(nlp):
    from hadath.lexicon.timewords import TimeWords
    from hadath.stages.times import looks_back

    words = TimeWords.load()
    back = {"قتل مسلحون جنديين قبل أشهر في حلب.": True, "التقى الوزير في وقت سابق بالسفير.": True,
            "اعتقل 20 شخصا خلال الأسابيع القليلة الماضية.": True, "اعتقل 20 شخصا في الفترة الأخيرة.": True,
            "سيزور الوزير الرياض قريباً.": False, "سيزور الوفد الرياض بعد أيام.": False}
    for text, expected in back.items():
        (t,) = nlp(text, published="2015-08-03").times
        assert looks_back(t, words) is expected, text


def test_background_words_are_no_time_expressions(nlp):
    assert _times(nlp, "وكان الوزير قد طالب في السابق وسبق أن التقى السفير منذ أن تولى منصبه.") == {}


@pytest.mark.parametrize("text, weekday, value", [
    ("وقال شقيقه إنه في يوم السبت الموافق 6-6-2015 خرج من منزله ولم يعد.", "يوم السبت", "2015-06-06"),
    ("وأوضح أنه في يوم الخميس الموافق 29 رمضان الماضي وقع الحادث.", "يوم الخميس", "2015-07-16"),
    ("وأكد أن الحدث سيكون يوم الأربعاء الموافق 9 سبتمبر المقبل.", "يوم الأربعاء", "2015-09-09"),
])
def test_a_weekday_told_with_its_date_is_that_date(nlp, text, weekday, value):
    got = {t.text: (t.value, t.relative) for t in nlp(text, published="2015-08-05").times}
    assert got[weekday] == (value, False), got


def test_a_weekday_beside_another_date_keeps_its_own_day(nlp):
    got = {t.text: t.value for t in nlp("وصل الوفد يوم الأربعاء بعد مباحثات 20 يوليو.", published="2015-08-07").times}
    assert got["يوم الأربعاء"] == "2015-08-05"


def test_a_date_on_another_weekday_is_a_slip_and_the_weekday_wins(nlp):
    """«يوم الأحد الموافق 10/07/1436ه» in a record of 2015-07-27: 10 Rajab was a Wednesday; the Sunday stays."""
    got = {t.text: (t.value, t.relative) for t in nlp("أقامت الشركة حفل معايدة يوم الأحد الموافق 10/07/1436ه بحضور "
                                                       "مديرها.", published="2015-07-27").times}
    assert got["يوم الأحد"] == ("2015-07-26", True), got


def test_a_month_after_wa_is_read(nlp):
    got = {t.text: t.value for t in nlp("ارتفع الإنتاج في كانون الثاني (يناير) وحزيران (يونيو).",
                                        published="2015-08-05").times}
    assert got.get("حزيران (يونيو)") == "2015-06", got


@pytest.mark.parametrize("text", ["عقد المجلس دورته خلال الفترة من 2 ـ 4 / 6 / 1436هـ في الرياض.",
                                  "عقد المجلس دورته خلال الفترة من 2 - 4/6/1436هـ في الرياض.",
                                  "عقد المجلس دورته خلال الفترة من 2 إلى 4 / 6 / 1436هـ في الرياض."])
def test_a_range_of_days_shares_the_month_and_year_of_its_last_day(nlp, text):
    # a tatweel written for the dash (2 ـ 4) makes no token; «2 - 4/6/1436» is no four-number date
    art = nlp(text, published="2015-08-03")
    assert [(t.value, t.end_value) for t in art.times] == [("2015-03-22", "2015-03-24")]


@pytest.mark.parametrize("text", ["شنت الطائرات سلسلة غارات بعد أربعة أيام على تفجير سوروتش.",
                                  "وجاء القرار بعد أربعة أشهر من المعارك الدامية في عدن.",
                                  "وقع الحادث بعد ثلاث سنوات تقريباً على إطلاق النار في صالة سينما."])
def test_a_count_reckoned_from_another_event_is_not_a_date(nlp, text):
    # «بعد أربعة أيام على تفجير»: four days after the bombing, not four days after the story was written
    art = nlp(text, published="2015-07-26")
    assert [(t.value, t.granularity) for t in art.times] == [(None, "vague")]


def test_a_count_from_now_or_from_a_place_is_still_a_date(nlp):
    assert _times(nlp, "ستجرى الانتخابات بعد أسبوعين من الآن.", "2015-07-24") == {"بعد أسبوعين": ("2015-W32", "week")}
    assert _times(nlp, "وصل الوزير قبل يومين من الرياض.", "2015-07-24") == {"قبل يومين": ("2015-07-22", "day")}


@pytest.mark.parametrize("text,expected", [
    ("قدر الإنفاق بنحو 483 مليار ريال خلال السنوات الخمس من 2015 إلى 2019م.", ("2015", "2019")),
    ("قتل آلاف الأشخاص بين 2000 و2012 في البلاد.", ("2000", "2012")),
    ("ارتفع العدد في الفترة 2010 - 2014.", ("2010", "2014")),
])
def test_a_range_of_years_is_its_first_year_with_the_last_as_its_end(nlp, text, expected):
    art = nlp(text, published="2015-07-23")
    assert [(t.value, t.end_value) for t in art.times] == [expected]


def test_two_years_joined_by_wa_are_no_range_without_bayna(nlp):
    art = nlp("تضاعف العدد في 2014 و2015.", published="2015-07-23")
    assert ("2014", None) in [(t.value, t.end_value) for t in art.times]


@pytest.mark.parametrize("text,expected", [
    ("اتصل به قبل أربع أو خمس سنوات ليطلب منه تبرعات.", ("2011", "year")),
    ("وصل الوفد قبل ثلاثة أو أربعة أيام.", ("2015-07-24", "day")),
])
def test_a_count_with_an_alternative_is_dated_by_the_first(nlp, text, expected):
    art = nlp(text, published="2015-07-27")
    assert [(t.value, t.granularity) for t in art.times] == [expected]


def test_a_bare_year_after_a_lead_word_is_a_year_before_a_word_too(nlp):
    assert _times(nlp, "وقعت إسرائيل معاهدة سلام مع الأردن في 1994 بإشراف أمريكي.", "2015-07-27") == {"1994": ("1994", "year")}
    assert _times(nlp, "بدأت الجماعة هجماتها في 2009 متسببة بمقتل الآلاف.", "2015-07-27") == {"2009": ("2009", "year")}
    # after من/إلى a number of that size before a word is as often a count
    assert _times(nlp, "يعمل أكثر من 2000 موظف في المراكز.", "2015-07-27") == {}
