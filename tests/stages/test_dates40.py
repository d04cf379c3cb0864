"""Event dates (round 40): «مساء هذا اليوم الاثنين» is the day the story was written; «الشهر نفسه» is the month
named before it; a night before the lead's day told in the body does not take the acts after it back to it."""


def _days(nlp, text, published):
    return [(t.text, t.value) for t in nlp(text, published=published).times]


def _dates(nlp, text, word, published):
    return [e.date for e in nlp(text, published=published).events if e.trigger.text == word]


_LAHJ = ("وقعت اشتباكات عنيفة بين المقاومة الشعبية والمتمردين الحوثيين داخل قاعدة العند الجوية في محافظة لحج، بعد "
         "نجاح المقاومة في اقتحام مدخلها الغربي، ظهر أمس.\n"
         "وقال مراسلون: إن الاشتباكات انتقلت إلى داخل القاعدة الاستراتيجية.\n"
         "ومنذ سيطرة المقاومة على مدينة عدن، بدأت قوات الشرعية في التوسع شمالا.\n"
         "وقتل 13 متمردا من الحوثي ومقاتلي صالح في مواجهات اندلعت، ليل الأحد الإثنين، غربي محافظة مأرب.\n"
         "وقالت مصادر محلية: إن اشتباكات استخدمت فيها الأسلحة الثقيلة في منطقة الجفينة غربي مأرب.\n"
         "وفي تعز سقط عدد من القتلى والجرحى من الطرفين في معارك عنيفة.\n"
         "وأفاد مصدر في المقاومة الشعبية بأن عملية تحرير مدينة تعز باتت قريبة.\n"
         "وقصفت مقاتلات التحالف مواقع للحوثيين وقوات صالح في منطقة القاعدة والمفرق والحوبان.\n")


def test_a_night_before_the_leads_day_does_not_take_later_raids_back(nlp):
    # published Tuesday 4 August: the lead's clashes were Monday; Sunday night's clash in Marib is its own
    assert _dates(nlp, _LAHJ, "قتل", "2015-08-04") == ["2015-08-02"]
    assert _dates(nlp, _LAHJ, "قصفت", "2015-08-04") == ["2015-08-03"]
