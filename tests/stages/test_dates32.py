"""Event dates, round 32: words that read as «اليوم» but do not name the publication day."""

from event_lookup import event_by_trigger


def _times(nlp, text, published="2015-08-02"):
    """The time expressions of a text, as (text, value)."""
    return [(t.text, t.value) for t in nlp(text, published=published).times]


def _one(nlp, text, trigger, published="2015-08-02"):
    """The first event of `text` whose trigger is `trigger`, published on 2015-08-02 unless told otherwise."""
    return event_by_trigger(nlp, text, trigger, published)


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


def test_a_weekday_after_mundhu_is_past_after_a_present_verb(nlp):
    """«تحتجز منذ صبيحة الجمعة»: the seizure began last Friday, not the coming one."""
    text = ("وقال مسؤول محلي إن ميليشيات الحوثي في قعطبة تحتجز منذ صبيحة الجمعة ثلاث قاطرات تضم أغذية مدرسية "
            "مقدمة من «يونيسيف».")
    assert _times(nlp, text, published="2015-07-26") == [("صبيحة الجمعة", "2015-07-24")]
    assert _one(nlp, text, "تحتجز", published="2015-07-26").date == "2015-07-24"


def test_a_weekday_after_a_present_verb_without_mundhu_still_comes(nlp):
    """«ويزور الوزير القاهرة الجمعة»: the coming Friday."""
    assert _times(nlp, "ويزور الوزير القاهرة الجمعة.", published="2015-07-26") == [("الجمعة", "2015-07-31")]


def test_the_day_after_another_is_a_vague_expression_not_today(nlp):
    """«في اليوم الذي يليه»: the day after the date told before; one expression with no value, not today."""
    text = "وتبدأ الاختبارات يوم 29 أغسطس وتستمر في اليوم الذي يليه."
    assert ("اليوم الذي يليه", None) in _times(nlp, text, published="2015-08-05")
    assert ("اليوم", "2015-08-05") not in _times(nlp, text, published="2015-08-05")
