"""Event dates (round 38): a bare weekday of an event to come is the coming one, not the last one."""


def _event(nlp, text, word, published):
    art = nlp(text, published=published)
    return next(e for e in art.events if e.trigger.text == word)


_NATO = ("يجتمع سفراء دول حلف شمال الاطلسي الثمانية والعشرون الثلاثاء بناء على طلب تركيا للتشاور حول زيادة التوتر "
         "بين انقرة والمتمردين الاكراد.")


def test_a_meeting_to_come_on_a_bare_weekday_takes_the_coming_one(nlp):
    ev = _event(nlp, _NATO, "يجتمع", "2015-07-26")  # a Sunday: the coming Tuesday, not the last one
    assert ev.future and ev.date == "2015-07-28"


def test_a_call_to_a_meeting_on_a_weekday_dates_it_on_the_coming_one(nlp):
    text = ("دعا ينس شتولتينبيرج الأمين العام لحلف شمال الأطلسي إلى اجتماع طارئ يوم الثلاثاء لبحث المسألة "
            "الأمنية بناء على طلب من تركيا.")
    ev = _event(nlp, text, "اجتماع", "2015-07-26")
    assert ev.date == "2015-07-28"


def test_a_meeting_held_on_a_bare_weekday_keeps_the_last_one(nlp):
    text = ("اجتمع سفراء دول حلف شمال الاطلسي الثمانية والعشرون الثلاثاء بناء على طلب تركيا للتشاور حول زيادة "
            "التوتر بين انقرة والمتمردين الاكراد.")
    ev = _event(nlp, text, "اجتمع", "2015-07-26")
    assert not ev.future and ev.date == "2015-07-21"


def test_a_weekday_with_a_past_word_stays_past_even_for_an_act_to_come(nlp):
    text = "قال الرئيس الأمريكي الخميس الماضي إنه سيعارض أي جهود من جانب الكونغرس لوقف تمويل المنظمة."
    assert ("الخميس الماضي", "2015-07-23") in _days(nlp, text, "2015-07-26")
    # (the day is the saying's, before «إنه»: the opposition to come is undated, stages.anchors.said_to_come)
    ev = _event(nlp, text, "سيعارض", "2015-07-26")
    assert (ev.date, ev.date_source) == (None, "after_published")


def _days(nlp, text, published):
    return [(t.text, t.value) for t in nlp(text, published=published).times]


def test_a_list_of_weekdays_runs_forward_from_its_first_day(nlp):
    text = "دعا حمود المقدسيين إلى شد الرحال إلى الأقصى أيام الجمعة والسبت والأحد، تحت شعار حماية مسرى النبي."
    days = _days(nlp, text, "2015-07-25")  # a Saturday: Sunday is the next day, not last week's
    assert days == [("الجمعة", "2015-07-24"), ("السبت", "2015-07-25"), ("الأحد", "2015-07-26")]


def test_a_list_of_past_weekdays_keeps_its_days(nlp):
    text = "عقدت اللجنة اجتماعات يومي الخميس والجمعة في الرياض."
    assert [v for _, v in _days(nlp, text, "2015-08-03")] == ["2015-07-30", "2015-07-31"]


def test_a_lists_closing_upcoming_word_is_each_days(nlp):
    text = "تعقد اللجنة اجتماعات يومي الأربعاء والخميس المقبل في الرياض."
    days = _days(nlp, text, "2015-08-03")  # a Monday: the coming Wednesday, not last week's
    assert [v for _, v in days] == ["2015-08-05", "2015-08-06"]
