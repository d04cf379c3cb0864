"""Round 110 (mend109_pd): the review of round 109's repeats (p109) and dates (d109) helpers, on the reviewer's probes.
A time fronted before «كان … قد» dates the pluperfect act (no main clause between them); a document's number in
brackets («رقم (33)») is a mark before its own «بتاريخ» day, only a prayer in brackets («( رضي الله عنه )») is none;
an attack noun past a verb of consequence told in another town is another attack; the pluperfect act's own date past
a comma and a bare preposition stays; «لكنها» with a time counted on («بعد أيام») goes on with the year before it; a
day told with منذ gives a lead with no coded event no story day."""

import pytest
from stage_coding import all_dated, kept_dates, kept_flags

_DATE = "2015-07-22"

# (text, type, the day all its events of that type are dated; None: before the publication day, no day of their own).
DAYS = [
    # review 1: the time before «كانت … قد» with no main clause between dates the pluperfect act
    pytest.param("وفي الثالث من مارس الماضي كانت قوات الأمن قد اعتقلت الناشط أحمد سعيد في القاهرة.", "COERCE",
                 "2015-03-03", id="a_fronted_date_before_kaanat_qad_dates_the_arrest"),
    pytest.param("أمس الاثنين كانت الشرطة قد اعتقلت ثلاثة مشتبه بهم في بغداد.", "COERCE", "2015-07-20",
                 id="a_fronted_yesterday_before_kaanat_qad_dates_the_arrest"),
    pytest.param("وفي يوم الأحد كان الجيش قد قصف مواقع المسلحين في درعا.", "ASSAULT", "2015-07-19",
                 id="a_fronted_weekday_before_kaana_qad_dates_the_shelling"),
    # review 2: a bracketed document number is no aside; the approval is of the cabinet's day
    pytest.param("وافق مجلس الوزراء على الاتفاقية رقم (33) الموقعة بتاريخ 5 / 4 / 1436هـ.", "SUPPORT", _DATE,
                 id="a_bracketed_number_before_the_documents_date"),
    pytest.param("قرر مجلس الوزراء الموافقة على الاتفاقية رقم ( 60 / 33 ) الموقعة بتاريخ 5 / 4 / 1436هـ.", "SUPPORT",
                 _DATE, id="a_bracketed_number_with_a_slash_before_the_documents_date"),
    pytest.param("وافق مجلس الوزراء على الاتفاقية (رقم 33) الموقعة بتاريخ 5 / 4 / 1436هـ.", "SUPPORT", _DATE,
                 id="a_bracketed_raqm_before_the_documents_date"),
    pytest.param("قرر مجلس الوزراء الموافقة على مذكرة التفاهم (المرفقة) الموقعة في جدة بتاريخ 7 / 12 / 1435هـ.",
                 "SUPPORT", _DATE, id="a_bracketed_aside_that_is_no_prayer_before_the_documents_date"),
    # review 4: the conviction's own month past a comma and a bare في
    pytest.param("أرجأت المحكمة العليا اليوم الأربعاء إعدام امرأة مسيحية كانت قد أدينت بالتجديف، في نوفمبر 2010.",
                 "SANCTION", "2010-11-01", id="the_pluperfect_acts_own_month_past_a_comma"),
    # review 5: «لكنها … بعد أيام» goes on with the story of 2013
    pytest.param("اعتقلت الشرطة الناشط في عام 2013 لكنها أفرجت عنه بعد أيام.", "RETREAT", "2013-01-01",
                 id="lakinnaha_with_a_time_counted_on_keeps_the_year"),
]


@pytest.mark.parametrize("text, kind, day", DAYS)
def test_events_take_the_day(nlp, text, kind, day):
    """The text codes events of `kind`, all dated `day`."""
    got = kept_dates(nlp, text, kind, _DATE)
    assert all_dated(got, day), got


def test_a_shelling_noun_told_in_another_town_is_another_act(nlp):
    """review 3: «فيما لم يخلف القصف في مدينة إدلب أية إصابات» is not the Aleppo shelling told again: it stays."""
    got = kept_flags(nlp, "قصفت الطائرات مواقع في مدينة حلب صباح اليوم، فيما لم يخلف القصف في مدينة إدلب أية "
                          "إصابات.", _DATE)
    assert ("ASSAULT", "قصفت", False, False, False) in got and ("ASSAULT", "القصف", True, False, False) in got, got


def test_a_mundhu_day_of_a_lead_with_no_coded_event_is_no_story_day(nlp):
    """review 6: «تدور معارك عنيفة منذ مساء الثلاثاء»: the killing after it is not Tuesday's."""
    got = kept_dates(nlp, "تدور معارك عنيفة منذ مساء الثلاثاء في ريف حلب. وقتل خمسة جنود في المعارك.", "ASSAULT",
                     _DATE)
    assert got and all(d != "2015-07-21" for _, d, _, _ in got), got


def test_a_main_clause_between_the_day_and_kaanat_still_makes_it_background(nlp):
    """review 1: the fronted day dates «كانت الشرطة قد اعتقلت»; round 109's case, a main clause between the day and
    كانت, stays background."""
    fronted = kept_dates(nlp, "أمس الاثنين كانت الشرطة قد اعتقلت ثلاثة مشتبه بهم في بغداد.", "COERCE", _DATE)
    main = kept_dates(nlp, "أرجأت المحكمة العليا الباكستانية اليوم الأربعاء إعدام امرأة مسيحية كانت قد أدينت "
                           "بالتجديف.", "SANCTION", _DATE)
    assert all_dated(fronted, "2015-07-20") and all_dated(main, None), (fronted, main)


def test_only_a_prayer_in_brackets_is_no_mark(nlp):
    """review 2: «رقم (33)» is a mark before the document's date, «( رضي الله عنه )» (round 109) none."""
    number = kept_dates(nlp, "وافق مجلس الوزراء على الاتفاقية رقم (33) الموقعة بتاريخ 5 / 4 / 1436هـ.", "SUPPORT",
                        _DATE)
    prayer = kept_dates(nlp, "دان المجلس حادث استهداف المصلين بمسجد الإمام علي ( رضي الله عنه ) ببلدة القديح بتاريخ "
                             "4 / 8 / 1436هـ.", "ASSAULT", _DATE)
    assert all_dated(number, _DATE) and all_dated(prayer, "2015-05-22"), (number, prayer)


def test_lakinnahu_cuts_the_year_only_with_no_time_counted_on(nlp):
    """review 5: «لكنها أفرجت عنه بعد أيام» keeps 2013; round 109's «في عام 2013 لكنه طلب» (no time after it) does
    not date the request 2013."""
    release = kept_dates(nlp, "اعتقلت الشرطة الناشط في عام 2013 لكنها أفرجت عنه بعد أيام.", "RETREAT", _DATE)
    request = kept_dates(nlp, "فشل كاميرون في إقناع البرلمان بالتدخل في سوريا في عام 2013 لكنه طلب من أعضاء "
                              "البرلمان دعم الضربات.", "REQUEST", _DATE)
    assert all_dated(release, "2013-01-01") and request and all(d != "2013-01-01" for _, d, _, _ in request), \
        (release, request)
