"""Event dates, round 28: «خلال اليومين الماضيين» (the al- dual of a unit and a plural past word) is the span of two
units before the writing day, not the publication day."""

from event_lookup import event_by_trigger


def _one(nlp, text, trigger, published="2015-07-22"):
    """The first event of `text` whose trigger is `trigger`, published on 2015-07-22 unless told otherwise."""
    return event_by_trigger(nlp, text, trigger, published)


def test_the_past_two_days_date_the_killing(nlp):
    text = ("من ناحيته، أعلن قائد الشرطة الاتحادية الفريق رائد شاكر جودة مقتل العشرات من عناصر تنظيم داعش "
            "في محافظتي الأنبار وصلاح الدين خلال اليومين الماضيين.")
    ev = _one(nlp, text, "مقتل")
    assert ev.date == "2015-07-20" and ev.enddate == "2015-07-21" and ev.date_source == "text"


def test_the_past_two_days_in_what_a_source_said(nlp):
    text = ("وأضافت المصادر أن 42 حوثياً قتلوا وأصيب 93 آخرين في معارك شهدتها مديرية مشرعة وحدنان خلال اليومين "
            "الماضيين.")
    ev = _one(nlp, text, "قتلوا", "2015-08-02")
    assert ev.date == "2015-07-31" and ev.enddate == "2015-08-01"


def test_the_last_two_weeks_and_years_are_spans(nlp):
    times = nlp("وقصفت الطائرات مواقع المتمردين خلال الأسبوعين الأخيرين. وتدهورت العلاقات خلال العامين الماضيين.",
                published="2015-07-22").times
    got = {t.text: (t.value, t.end_value) for t in times}
    assert got["الأسبوعين الأخيرين"] == ("2015-07-08", "2015-07-21")
    assert got["العامين الماضيين"] == ("2013-07-22", "2015-07-21")


def test_a_bare_dual_is_no_span(nlp):
    times = nlp("وقال إن اليومين كانا صعبين على السكان.", published="2015-07-22").times
    assert not times


def test_the_day_of_what_is_said_dates_a_death_by_shelling_not_the_report(nlp):
    """Another attack word (قصف) between the death and the day tells the same attack: the day is not another act's."""
    text = ("وفي تقرير صدر فجر امس، أفادت الشبكة السورية لحقوق الإنسان بأن 63 شخصا لقوا مصرعهم جراء قصف قوات "
            "النظام العديد من المدن والأحياء السورية الاثنين.")
    ev = _one(nlp, text, "مصرعهم")
    assert ev.date == "2015-07-20" and ev.date_source == "text"


def test_a_request_to_stop_shelling_keeps_the_report_day(nlp):
    ev = _one(nlp, "وقالت الوزارة أمس إن الحكومة طالبت بوقف القصف يوم الاثنين.", "طالبت")
    assert ev.date == "2015-07-21"
