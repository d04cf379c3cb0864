"""Round 106 (mend106_d): the review of d106's dates. A year after «بعد انتخابه» stays the date of a past verb that goes
on with that year's story («أدى أشرف غني اليمين بعد انتخابه في سبتمبر 2014 ووقع اتفاقية أمنية»); a time of the
publication day in a second «، وأن» clause re-dates the first act, not another one («استقبل المبعوث الأمريكي …، وأن
اللقاء جرى صباح اليوم»); a noun of aftermath in the lead dates its act as background only past a preposition («ارتفع
عدد ضحايا تفجير انتحاري … إلى 27» is the wire's news of the day)."""

import pytest
from stage_coding import all_dated, kept_dates

_DATE = "2015-07-22"

# (text, type, publication day, the day all its events of that type are dated).
DAYS = [
    # «وأدى … اليمين بعد انتخابه في سبتمبر 2014 ووقع اتفاقية أمنية»: a past verb tells that September's story.
    pytest.param("وأدى الرئيس الأفغاني أشرف غني اليمين بعد انتخابه في سبتمبر 2014 ووقع اتفاقية أمنية مع الولايات "
                 "المتحدة.", "SUPPORT", _DATE, "2014-09-01", id="a_past_verb_after_an_election_keeps_its_year"),
    # «، وأن اللقاء جرى صباح اليوم»: the meeting told first came on the publication day.
    pytest.param("وذكرت وكالة الأنباء الرسمية أن الرئيس السوداني عمر البشير استقبل المبعوث الأمريكي في الخرطوم، وأن "
                 "اللقاء جرى صباح اليوم في القصر الجمهوري.", "CONSULT", _DATE, _DATE,
                 id="a_second_thing_said_of_today_re_dates_the_first"),
    # «، وأن الاشتباكات لا تزال مستمرة حتى اليوم»: not a day before the attack's.
    pytest.param("قال مصدر أمني إن مسلحين هاجموا نقطة تفتيش في العريش، وأن الاشتباكات لا تزال مستمرة حتى اليوم.",
                 "ASSAULT", _DATE, _DATE, id="a_clash_going_on_today_keeps_the_attack_on_the_day"),
    # «ارتفع عدد ضحايا تفجير انتحاري … إلى 27»: the wire lead's bombing is the day's news, not background.
    pytest.param("ارتفع عدد ضحايا تفجير انتحاري استهدف مسجدا في الكويت إلى 27 قتيلا. وأعلن تنظيم داعش مسؤوليته.",
                 "ASSAULT", "2015-06-26", "2015-06-26", id="the_victims_count_of_the_lead_is_the_days_news"),
]


@pytest.mark.parametrize("text, kind, published, day", DAYS)
def test_events_take_the_day(nlp, text, kind, published, day):
    """The text codes events of `kind`, all dated `day`."""
    got = kept_dates(nlp, text, kind, published)
    assert all_dated(got, day), got
