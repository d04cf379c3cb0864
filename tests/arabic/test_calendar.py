"""The Umm al-Qura table and calendar helpers."""

from datetime import date

import pytest

from hadath.arabic.calendar import HijriCalendar, add_months, first_day, iso_week, weekday_near


@pytest.fixture(scope="module")
def hijri():
    return HijriCalendar.load()


def test_known_umm_al_qura_dates(hijri):
    assert hijri.to_gregorian(1436, 9, 1) == date(2015, 6, 18)  # 1 Ramadan 1436
    assert hijri.to_gregorian(1436, 10, 17) == date(2015, 8, 2)
    assert hijri.to_gregorian(1437, 8, 15) == date(2016, 5, 22)
    assert hijri.from_gregorian(date(2015, 8, 3)) == (1436, 10, 18)


def test_impossible_and_out_of_table_dates_are_none(hijri):
    assert hijri.to_gregorian(1436, 10, 31) is None
    assert hijri.to_gregorian(1436, 13, 1) is None
    assert hijri.to_gregorian(1200, 1, 1) is None
    assert hijri.from_gregorian(date(1800, 1, 1)) is None


def test_round_trip_over_a_century(hijri):
    d = date(1950, 1, 1)
    while d < date(2060, 1, 1):
        y, m, day = hijri.from_gregorian(d)
        assert hijri.to_gregorian(y, m, day) == d
        d = date.fromordinal(d.toordinal() + 97)


def test_intervals_weeks_and_weekdays(hijri):
    assert hijri.month_interval(1436, 9) == (date(2015, 6, 18), date(2015, 7, 16))
    assert iso_week(date(2015, 8, 3)) == "2015-W32"
    assert add_months(2015, 1, -1) == (2014, 12)
    monday = date(2015, 8, 3)
    assert weekday_near(monday, 2, "past") == date(2015, 7, 29)
    assert weekday_near(monday, 0, "past") == date(2015, 7, 27)
    assert weekday_near(monday, 0, "on_or_before") == monday
    assert weekday_near(monday, 3, "next") == date(2015, 8, 6)
    assert first_day("2015-W32") == "2015-08-03" and first_day("2015-06") == "2015-06-01"
    assert first_day("2015-06-18/2015-07-16") == "2015-06-18" and first_day(None) is None
