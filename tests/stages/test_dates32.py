"""Event dates, round 32: words that read as «اليوم» but do not name the publication day."""


def _times(nlp, text, published="2015-08-02"):
    """The time expressions of a text, as (text, value)."""
    return [(t.text, t.value) for t in nlp(text, published=published).times]


def _one(nlp, text, trigger, published="2015-08-02"):
    """The first event of a text whose trigger is `trigger`."""
    return next(e for e in nlp(text, published=published).events if e.trigger.text == trigger)


def test_the_day_a_relative_clause_describes_is_not_today(nlp):
    """«في اليوم الذي يلقي فيه الرئيس خطابه»: the day of a speech long ago, not the publication day."""
    text = ("وقتل حينها 14 ضابط أمن حين اقتحم مسلحون عددا من المباني في غروزني في اليوم الذي يلقي فيه الرئيس "
            "الروسي فلاديمير بوتين خطابه إلى الأمة.")
    assert not any(t == "اليوم" for t, _ in _times(nlp, text))
    assert _one(nlp, text, "قتل").date != "2015-08-02"


def test_a_rate_per_day_is_not_today(nlp):
    """«2000 ريال في اليوم»: a price per day, which dates nothing."""
    text = "وقال إن المستشفى طلب منه 2000 ريال في اليوم مقابل تنويم ابنه بعد الولادة."
    assert _times(nlp, text) == []


def test_a_paper_named_in_curly_quotes_is_not_today(nlp):
    """«وفقا لجريدة “اليوم”»: the Dammam daily, not today."""
    text = "وقصفت الطائرات مواقع المسلحين في المدينة، وفقا لجريدة “اليوم”."
    assert _times(nlp, text) == []


def test_today_and_today_after_a_statement_still_hold(nlp):
    """«في بيان صحفي اليوم» and «اليوم» alone still name the publication day."""
    assert _times(nlp, "وقال المتحدث في بيان صحفي اليوم إن الطائرات قصفت المدينة.") == [("اليوم", "2015-08-02")]
    assert _times(nlp, "قصفت الطائرات المدينة اليوم.") == [("اليوم", "2015-08-02")]
