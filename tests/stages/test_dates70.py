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


def test_where_clause_after_a_pluperfect_is_past(nlp):
    """«وكانت أستراليا قد وضعت في حالة تأهب قصوى …، حيث قامت بمداهمات كثيرة»: the raids tell how the alert told in
    the pluperfect was kept, before publication, not on the publication day."""
    text = ("وكانت أستراليا قد وضعت في حالة تأهب قصوى تحسبا لهجمات يشنها متطرفون أو أستراليون متشددون لدى عودتهم من "
            "القتال في الشرق الأوسط، حيث قامت بمداهمات كثيرة في المدن الكبرى.")
    ev = _one(nlp, text, "مداهمات")
    assert ev.date is None and ev.enddate == "2015-07-23" and ev.date_source == "before_published"


def test_attacks_a_relative_clause_tells_are_before_publication(nlp):
    """«حركة الشباب الإسلامية الصومالية التي شنت هجمات كبيرة في كينيا»: the attacks say who the movement is, acts
    known before the day; not attacks of the publication day."""
    text = ("وتشكل حركة الشباب الإسلامية الصومالية التي شنت هجمات كبيرة في كينيا على غرار المجزرة في مركز ويست غايت "
            "التجاري في نيروبي، والتي راح ضحيتها 67 قتيلا في 2013، مصدر القلق الأساسي على الصعيد الأمني.")
    ev = _one(nlp, text, "هجمات", "2015-07-25")
    assert ev.date is None and ev.enddate == "2015-07-25" and ev.date_source == "before_published"
