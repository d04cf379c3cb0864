"""Time expressions of round 47: a month name between slashes or dashes, an edge word before a year (must / must-not)."""

import pytest


def _times(nlp, text, published="2015-07-25"):
    art = nlp(text, published=published)
    for t in art.times:
        assert text[t.start:t.end] == t.text
    return {t.text: (t.value, t.granularity) for t in art.times}


@pytest.mark.parametrize("text, expected", [
    ("وصدر القرار بتاريخ 7 / يوليو / 2015 م وبدأ العمل به.", {"7 / يوليو / 2015 م": ("2015-07-07", "day")}),
    ("وصدر القرار بتاريخ 7/يوليو/2015م وبدأ العمل به.", {"7/يوليو/2015م": ("2015-07-07", "day")}),
    ("وصدر القرار بتاريخ 20 / رمضان / 1436 هـ وبدأ العمل به.", {"20 / رمضان / 1436 هـ": ("2015-07-07", "day")}),
    ("وصدر القرار بتاريخ 7-يوليو-2015 وبدأ العمل به.", {"7-يوليو-2015": ("2015-07-07", "day")}),
    # the numeric forms stay as they were
    ("وصدر القرار بتاريخ 7 / 7 / 2015 وبدأ العمل به.", {"7 / 7 / 2015": ("2015-07-07", "day")}),
    ("وصدر القرار بتاريخ 1436/9/20 هـ وبدأ العمل به.", {"1436/9/20 هـ": ("2015-07-07", "day")}),
])
def test_a_month_name_between_slashes_is_read_with_its_day(nlp, text, expected):
    got = _times(nlp, text)
    assert got == expected, got


def test_a_day_range_before_a_dash_is_still_a_range(nlp):
    got = _times(nlp, "وتقام الفعاليات من 2 - 4 يوليو 2015 في الرياض.")
    assert any(v == ("2015-07-02", "day") for v in got.values()), got


def test_an_edge_word_before_a_year_is_kept_in_the_expression(nlp):
    got = _times(nlp, "وارتفعت الأسعار مع نهاية عام 2014 ثم تراجعت في أواخر العام 2013 وبنهاية العام الماضي.")
    assert got.get("نهاية عام 2014") == ("2014", "year"), got
    assert got.get("أواخر العام 2013") == ("2013", "year"), got
    assert got.get("نهاية العام الماضي") == ("2014", "year"), got
    assert "عام 2014" not in got


def test_an_edge_word_without_a_year_is_no_year(nlp):
    got = _times(nlp, "وفي نهاية الاجتماع أعلن الوزير أن عام الشباب سيبدأ.")
    assert not any(g == "year" for _, g in got.values()), got


def test_a_score_with_zero_is_no_date(nlp):
    # صفر is both the month Safar and zero: «1-صفر» without a year is a score
    got = _times(nlp, "وفاز الهلال على النصر 1-صفر في المباراة، وتعادل الفريقان 2 / صفر في الذهاب.")
    assert not any(g == "day" for _, g in got.values()), got


def test_an_edge_word_before_a_bare_year_makes_it_a_year(nlp):
    got = _times(nlp, "وكان المشروع قد توقف منتصف 2013، ثم استؤنف مطلع 1434هـ وينتهي أواخر 2015.")
    assert got.get("منتصف 2013") == ("2013", "year"), got
    assert got.get("أواخر 2015") == ("2015", "year"), got
    assert "مطلع 1434هـ" in got, got
