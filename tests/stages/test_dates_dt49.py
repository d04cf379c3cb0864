"""Round 49 (dt49): dates the base coder got wrong on the judged international pages of 2015-08-09 and 2015-08-06
#0–499. A condemnation does not take the day of the act it condemns, told in a relative clause whose verb is an act
word in the perfect («أعرب عن إدانته للعمل الإرهابي الذي استهدف رجال الأمن … الخميس الماضي», #733, #736) or
after commas that set the condemner apart («استنكر مجمع الفقه الإسلامي الدولي، التفجير الإرهابي الذي وقع الخميس
الماضي», #70, #693); and an edge word before a Gregorian month dates the act in that third of it, not on its first day
(«في منتصف فبراير» → 11–20 February, «أواخر مايو الماضي» → 20–31 May;
#342, #343, #427 on 08-09, #324, #746 on 08-06)."""

import pytest
from stage_coding import all_dated, kept_dates, none_dated

_DATE = "2015-08-09"

_FIQH = ("استنكر مجمع الفقه الإسلامي الدولي، التفجير الإرهابي الذي وقع الخميس الماضي في مسجد مقر قوات الطوارئ الخاصة "
         "بمنطقة عسير.")

_SHURA = ("أعرب نائب رئيس مجلس الشورى الدكتور محمد بن أمين الجفري، عن إدانته واستنكاره للعمل الإرهابي الإجرامي الذي "
          "استهدف رجال الأمن في أحد بيوت الله في مقر قوات الطوارئ بمدينة أبها الخميس الماضي.")

_SECRETARY = ("دان الأمين العام لمجلس الشورى الدكتور محمد بن عبد الله آل عمرو، الحادث الإجرامي الذي استهدف رجال الأمن "
              "وهم يؤدون صلاة الظهر يوم الخميس الماضي في مسجد قوات الطوارئ بمنطقة عسير.")

_MINSK = "وتم التوصل إلى هدنة في منتصف فبراير (شباط) بعد توقيع اتفاقات سلام مينسك 2."

_BARAKAT = "في نهاية شهر يونيو (حزيران) الماضي، قتل هشام بركات المدعي العام في مصر بتفجير سيارته في القاهرة."

_SOUSSE = "وقتل مسلح 38 سائحا أغلبهم بريطانيون في مدينة سوسة الساحلية في اواخر يونيو حزيران الماضي."

_HOMS = "وقتل خمسة جنود في هجوم على حاجز للجيش قرب حمص أواخر عام 2012."

# (text, type, a day none of its events of that type may take).
NOT_DAYS = [
    # «التفجير الإرهابي الذي وقع الخميس الماضي»: the bombing's Thursday, past the commas around the condemner.
    pytest.param(_FIQH, "ACCUSE", "2015-08-06", id="commas_around_the_condemner_keep_the_bombings_day_out"),
    # «للعمل الإرهابي الذي استهدف رجال الأمن … الخميس الماضي»: an act word in the perfect opens the relative clause.
    pytest.param(_SHURA, "ACCUSE", "2015-08-06", id="a_relative_clause_of_an_attack_verb_dates_the_attack"),
    pytest.param(_SECRETARY, "ACCUSE", "2015-08-06", id="the_condemned_attacks_thursday_is_not_the_condemnations"),
    # «منتصف فبراير»: the middle of February, not its first day.
    pytest.param(_MINSK, "RETREAT", "2015-02-01", id="mid_month_is_not_its_first_day"),
]

# (text, type, (date, enddate) of all its events of that type).
SPANS = [
    pytest.param(_MINSK, "RETREAT", ("2015-02-11", "2015-02-20"), id="mid_month_is_its_middle_third"),
    pytest.param(_BARAKAT, "ASSAULT", ("2015-06-20", "2015-06-30"), id="the_end_of_a_month_named_with_shahr"),
    pytest.param(_SOUSSE, "ASSAULT", ("2015-06-20", "2015-06-30"), id="late_month_is_its_last_third"),
    # a year stays whole: «أواخر عام 2012»
    pytest.param(_HOMS, "ASSAULT", ("2012-01-01", "2012-12-31"), id="a_year_stays_whole"),
    # an early edge keeps the month: a done act of this month ends on the publication day
    pytest.param("وقتل خمسة جنود في هجوم على حاجز للجيش قرب حمص مطلع الشهر الجاري.", "ASSAULT",
                 ("2015-08-01", "2015-08-09"), id="early_this_month_ends_on_the_publication_day"),
    # a third that begins after the publication day is no edge of a done act: the month stays
    # a Hijri month stays whole: «مطلع شهر شوال الجاري» is not the first days of the Gregorian month it begins in
    pytest.param("وقتل خمسة جنود في هجوم على حاجز للجيش قرب حمص مطلع شهر شوال الجاري.", "ASSAULT",
                 ("2015-07-17", "2015-08-09"), id="a_hijri_month_stays_whole"),
    pytest.param("وقتل خمسة جنود في هجوم على حاجز للجيش قرب حمص منتصف الشهر الجاري.", "ASSAULT",
                 ("2015-08-01", "2015-08-09"), id="a_later_third_of_this_month_leaves_a_done_act_alone"),
    # what is to come at the end of this month
    pytest.param("ومن المقرر أن يزور وزير الخارجية موسكو نهاية الشهر الجاري.", "CONSULT",
                 ("2015-08-20", "2015-08-31"), id="a_visit_to_come_at_the_end_of_this_month"),
]

# (text, type, the day its events of that type keep): what the rules leave alone.
KEPT = [
    # the condemnation's own day, told before the act it names, stays
    pytest.param("استنكرت وزارة الخارجية أمس التفجير الإرهابي الذي استهدف مسجدا في أبها الخميس الماضي.", "ACCUSE",
                 "2015-08-08", id="the_condemnations_own_day_stays"),
    # an attack of the day before: the condemnation may be of the same days
    pytest.param("أدانت البحرين التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ في عسير أمس.", "ACCUSE", "2015-08-08",
                 id="a_condemnation_of_yesterdays_attack_keeps_its_day"),
    # a time past a comma after the relative clause is the main clause's
    pytest.param("قتل خمسة جنود في الهجوم الذي وقع في مدينة أبها، وذلك صباح أمس.", "ASSAULT", "2015-08-08",
                 id="a_time_past_a_comma_after_the_relative_stays"),
]


@pytest.mark.parametrize("text, kind, day", NOT_DAYS)
def test_events_do_not_take_the_day(nlp, text, kind, day):
    """The text codes events of `kind`, none dated `day`."""
    got = kept_dates(nlp, text, kind, _DATE)
    assert none_dated(got, day), got


@pytest.mark.parametrize("text, kind, span", SPANS)
def test_events_take_the_span(nlp, text, kind, span):
    """The text codes events of `kind`, all dated from span[0] to span[1]."""
    got = kept_dates(nlp, text, kind, _DATE)
    assert got and all((d, end) == span for _, d, end, _ in got), got


@pytest.mark.parametrize("text, kind, day", KEPT)
def test_events_keep_the_day(nlp, text, kind, day):
    """The text codes events of `kind`, all dated `day`, as before these rules."""
    got = kept_dates(nlp, text, kind, _DATE)
    assert all_dated(got, day), got
