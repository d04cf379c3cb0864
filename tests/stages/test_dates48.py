"""Event dates (round 48): an act told after «بعد <span> على/من» is not of the day its sentence names before the span
(it ends before it, or takes the exact day a count of days gives); what a statement says with a vague word looking
back («في وقت سابق»، «مؤخرا») ends before the statement's day; an event noun qualified by الأخير/الأخيرة (the last one
held) is background."""


def _dates(nlp, text, word, published="2015-07-24"):
    return [(e.date, e.enddate, e.date_source) for e in nlp(text, published=published).events
            if e.trigger.text == word]


def test_a_counted_span_after_a_day_gives_the_earlier_act_its_own_day(nlp):
    # Thursday 23 July, three days after the attack: Monday 20 July (the Suruc bombing), not Thursday
    text = ("قصفت تركيا أمس الخميس مواقع لتنظيم داعش في سوريا، وذلك بعد 3 ايام على هجوم انتحاري دام نسبته انقرة "
            "الى التنظيم واستهدف ناشطين مناصرين للقضية الكردية.")
    assert _dates(nlp, text, "استهدف") == [("2015-07-20", None, "text")]
    assert _dates(nlp, text, "قصفت") == [("2015-07-23", None, "text")]  # the main act keeps its day
    text = "ويأتي هجوم أمس الخميس بعد يومين من مقتل سبعة جنود في هجوم على نقطة تفتيش عسكرية."
    assert _dates(nlp, text, "مقتل") == [("2015-07-21", None, "text")]


def test_a_vague_span_after_a_day_ends_the_earlier_act_before_it(nlp):
    text = "ويأتي هجوم أمس الخميس بعد أيام على مقتل سبعة جنود في هجوم على نقطة تفتيش عسكرية في شمال سيناء."
    assert _dates(nlp, text, "مقتل") == [(None, "2015-07-23", "before_published")]
    assert _dates(nlp, text, "هجوم")[0] == ("2015-07-23", None, "text")


def test_a_span_past_a_comma_does_not_reach_the_main_act(nlp):
    # «ففي 31 مايو 2011، بعد شهرين من بداية الثورة، أطلق»: the release is of 31 May, the span only places it
    text = "ففي 31 أيار (مايو) 2011، بعد شهرين من بداية الثورة السورية، أطلق نظام الأسد سراح معظم الجهاديين من السجون."
    assert _dates(nlp, text, "أطلق", "2015-08-09") == [("2011-05-31", None, "text")]


def test_what_a_statement_says_happened_earlier_ends_before_its_day(nlp):
    text = "وكشفت صحيفة «حرييت»، الثلاثاء، أن أجهزة الأمن حذرت الحكومة مؤخرا من خطر حدوث هجوم إرهابي."
    assert _dates(nlp, text, "حذرت", "2015-07-22") == [(None, "2015-07-21", "before_published")]
    # without the vague word, the saying's day still dates it
    text = "وكشفت صحيفة «حرييت»، الثلاثاء، أن أجهزة الأمن حذرت الحكومة من خطر حدوث هجوم إرهابي."
    assert _dates(nlp, text, "حذرت", "2015-07-22") == [("2015-07-21", None, "text")]


def test_the_speakers_own_act_keeps_the_statements_day(nlp):
    text = "وقال مسؤول إسرائيلي في بيان أول من أمس: «نرفض جميع التهديدات الموجهة لإسرائيل في الأيام الأخيرة»."
    assert [d for d, _, _ in _dates(nlp, text, "نرفض", "2015-07-27")] == ["2015-07-25"]


def test_the_last_meeting_or_visit_is_background(nlp):
    text = "هذه هي نتيجة دراسة ألمانية تم تقديمها في الاجتماع الأخير للجمعية الأوروبية لأمراض القلب."
    assert _dates(nlp, text, "الاجتماع", "2015-07-21") == [(None, "2015-07-21", "before_published")]
    text = "وقالت وندي شيرمان، مساعدة وزير الخارجية الأميركي، خلال زيارتها الأخيرة للهند، إنه يجب تسوية التفاصيل."
    assert _dates(nlp, text, "زيارتها", "2015-07-21") == [(None, "2015-07-21", "before_published")]
    # a visit with no «الأخيرة» is still of the publication day
    text = "وقالت وندي شيرمان، مساعدة وزير الخارجية الأميركي، خلال زيارتها للهند، إنه يجب تسوية التفاصيل."
    assert _dates(nlp, text, "زيارتها", "2015-07-21") == [("2015-07-21", None, "published")]


def test_a_year_in_a_clause_opened_by_since_that_runs_to_publication(nlp):
    # the loans go on from July 2013 (the clause of منذ أن names when), not only in that month
    text = ("كانت مصر تلقت مليارات الدولارات في صورة منح وقروض ومنتجات بترولية من السعودية والإمارات منذ أن عزل "
            "الجيش الرئيس السابق محمد مرسي في يوليو تموز 2013 عقب احتجاجات حاشدة على حكمه.")
    assert [(d, e) for d, e, _ in _dates(nlp, text, "قروض", "2015-08-02")] == [("2013-07-01", "2015-08-02")]
    # an act of the since-clause itself keeps its year
    text = "ولم يعد المعارض إلى البلاد منذ أن غادرها في عام 2013 بعد اعتقاله."
    assert [(d, e) for d, e, _ in _dates(nlp, text, "اعتقاله", "2015-08-02")] == [("2013-01-01", "2013-12-31")]


def test_an_act_after_and_that_after_came_before_the_day_of_its_sentence(nlp):
    text = ("أحالت الوحدات الامنية التابعة للحرس الوطني امس 14 عنصرا على النيابة العامة وذلك بعد القبض عليهم "
            "بمنطقة تطاوين.")
    assert _dates(nlp, text, "القبض", "2015-07-22") == [(None, "2015-07-21", "before_published")]
    # with no «وذلك بعد», the arrest told in the sentence keeps its day
    text = "ألقت الوحدات الامنية التابعة للحرس الوطني امس القبض على 14 عنصرا بمنطقة تطاوين."
    assert [d for d, _, _ in _dates(nlp, text, "ألقت", "2015-07-22")] == ["2015-07-21"]
