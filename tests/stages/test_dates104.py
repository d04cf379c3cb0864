"""Round 104 (dates104): a visit told first with the published day, or a day word counted from it («اليوم»), and told
again later with its day written out with month and year («يوم الخميس 14 / 10 / 1436هـ الموافق 30 / 7 / 2015م»)
takes the written day (2015-07-31 #1839, #2086, #2087; #1092 of the older verdicts)."""

from stage_coding import kept_dates

_DATE = "2015-07-31"

_LEAVES = ("يتوجه صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء "
           "وزير الدفاع اليوم إلى جمهورية مصر في زيارة عمل يلتقي خلالها فخامة الرئيس المصري عبدالفتاح السيسي. جاء ذلك "
           "في بيان أصدره الديوان الملكي أمس فيما يلي نصه : «يغادر – بمشيئة الله تعالى – (الخميس) 14 / 10 / 1436هـ "
           "الموافق 30 / 7 / 2015م صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود ولي ولي العهد النائب "
           "الثاني لرئيس مجلس الوزراء وزير الدفاع إلى جمهورية مصر العربية في زيارة عمل يلتقي خلالها بفخامة الرئيس "
           "المصري عبدالفتاح السيسي وعدد من المسؤولين في مصر ، لبحث العلاقات وأوجه التعاون بين البلدين الشقيقين.»")

_STATEMENT = ("واس - القاهرة: آتت الزيارة التاريخية لصاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد "
              "النائب الثاني لرئيس مجلس الوزراء وزير الدفاع إلى القاهرة بثمارها سريعاً، حيث صدر اليوم بيان مشترك "
              "(إعلان القاهرة) بمناسبة زيارة سموه إلى القاهرة، فيما يلي نصه:   انطلاقاً من العلاقات الوثيقة والراسخة "
              "التي تربط جمهورية مصر العربية والمملكة العربية السعودية بقيادة خادم الحرمين الشريفين الملك سلمان بن "
              "عبدالعزيز آل سعود وأخيه فخامة الرئيس عبدالفتاح السيسي، فقد قام صاحب السمو الملكي الأمير محمد بن سلمان "
              "بن عبدالعزيز آل سعود بزيارة إلى جمهورية مصر العربية تلبية لدعوة كريمة من السيد الرئيس عبدالفتاح السيسي "
              "يوم الخميس 14 / 10 / 1436هـ الموافق 30 / 7 / 2015م.   وعقد الرئيس المصري اجتماعاً مع سموه.")


def _visits(nlp, text):
    """kept_dates of the visits (CAMEO 042) the whole pipeline keeps for `text` on the test day."""
    return [(e.trigger.text, e.date) for e in nlp(text, published=_DATE).events if e.cameo == "042"]


def test_visit_told_today_takes_the_written_day_of_the_statement(nlp):
    """«يتوجه … اليوم إلى جمهورية مصر في زيارة عمل» then the royal court's «يغادر … (الخميس) 14 / 10 / 1436هـ الموافق
    30 / 7 / 2015م»: the visit is Thursday the 30th, not the 31st «اليوم» reads on the published day."""
    visits = _visits(nlp, _LEAVES)
    assert visits and all(d == "2015-07-30" for _, d in visits), visits


def test_visit_with_the_statement_day_takes_the_written_day(nlp):
    """«آتت الزيارة التاريخية … حيث صدر اليوم بيان مشترك»: «اليوم» is the statement's; the visit is the day the
    statement writes out, «يوم الخميس 14 / 10 / 1436هـ الموافق 30 / 7 / 2015م»."""
    visits = _visits(nlp, _STATEMENT)
    assert visits and all(d == "2015-07-30" for _, d in visits), visits


def test_visit_without_a_written_day_keeps_its_day_word(nlp):
    """A visit told again with no day written out keeps the day its day word reads."""
    text = ("يتوجه الأمير محمد بن سلمان اليوم إلى جمهورية مصر في زيارة عمل يلتقي خلالها الرئيس المصري عبدالفتاح "
            "السيسي. وتأتي زيارة الأمير محمد بن سلمان إلى مصر في إطار تعزيز العلاقات.")
    visits = _visits(nlp, text)
    assert visits and all(d == "2015-07-31" for _, d in visits), visits
    assert kept_dates(nlp, text, "CONSULT", _DATE), text
