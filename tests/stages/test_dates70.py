"""Event dates, round 70: a weekday + «الماضي» that falls on the day before the writing day names the one a week
earlier («الأربعاء الماضي» in a Thursday paper is the Wednesday of the week before; yesterday would be «أمس»), as
counted on the dev days 2015-07-23/24/25."""


def _one(nlp, text, trigger, published="2015-07-23"):
    """The first event of a text whose trigger is `trigger`."""
    return next(e for e in nlp(text, published=published).events if e.trigger.text == trigger)


def test_last_wednesday_in_a_thursday_paper_is_the_week_before(nlp):
    """«فاروفاكيس، الذي صوت ضد زيادة الضرائب الاربعاء الماضي» (Thursday 2015-07-23): the vote of 15 July, not of
    yesterday."""
    text = ("ويعود الفضل في هذا الفارق البسيط الى التحول غير المتوقع في موقف وزير المالية السابق يانيس فاروفاكيس، "
            "الذي صوت ضد زيادة الضرائب الاربعاء الماضي، وعاد وصوت لصالح الاجراءات الجديدة ليل الاربعاء /الخميس.")
    ev = _one(nlp, text, "صوت ضد")
    assert ev.date == "2015-07-15"
    assert ev.date != "2015-07-22"


def test_last_thursday_in_a_friday_paper_is_the_week_before(nlp):
    """«ويذكر أن قتل 49 شخصا الخميس الماضي في هجوم بقنبلة في سوق في مدينة غومبيه» (Friday 2015-07-24): the Gombe
    bombing of 16 July; an earlier weekday of the week keeps its day."""
    text = "ويذكر أن قتل 49 شخصا الخميس الماضي في هجوم بقنبلة في سوق في مدينة غومبيه."
    assert _one(nlp, text, "قتل", "2015-07-24").date == "2015-07-16"
    text = "ويذكر أن قتل 49 شخصا الثلاثاء الماضي في هجوم بقنبلة في سوق في مدينة غومبيه."
    assert _one(nlp, text, "قتل", "2015-07-24").date == "2015-07-21"
