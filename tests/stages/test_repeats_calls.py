"""Repeats: calls of the day to one recipient from different callers are different calls."""


def test_a_call_from_another_country_is_no_repeat(nlp):
    text = ("تلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود- حفظه الله- اتصالا هاتفيا أمس من جلالة الملك "
            "عبدالله الثاني بن الحسين ملك المملكة الأردنية الهاشمية عبر فيه عن إدانته للاعتداء الآثم. وعبر جلالته عن "
            "عزائه للملك المفدى في شهداء الواجب. وأعرب خادم الحرمين الشريفين عن شكره لجلالة الملك عبدالله الثاني بن "
            "الحسين، كما تلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود حفظه الله اتصالا هاتفيا امس من "
            "جلالة الملك حمد بن عيسى آل خليفة ملك مملكة البحرين أعرب فيه عن استنكاره للاعتداء الآثم.")
    calls = [e for e in nlp(text, published="2015-08-08").events if e.event == "CONSULT" and "هاتفي" in e.trigger.text]
    assert len({e.sentence for e in calls}) == 2


def test_the_caller_after_an_honorific_is_the_actor(nlp):
    text = ("تلقى ولي العهد اتصالا هاتفيا أمس من جلالة الملك عبدالله الثاني بن الحسين ملك المملكة الأردنية الهاشمية "
            "عبر فيه عن تعازيه.")
    call = next(e for e in nlp(text, published="2015-08-08").events if e.event == "CONSULT")
    assert [(a.text, a.code) for a in call.actor] == [("الملك عبدالله الثاني", "JOR")]


def test_the_caller_past_several_honorifics_and_what_he_said_in_the_call(nlp):
    text = ("كما تلقى نائب خادم الحرمين الشريفين اتصالاً هاتفياً اليوم من صاحب السمو الشيخ سيف بن زايد آل نهيان نائب "
            "رئيس مجلس الوزراء وزير الداخلية بدولة الإمارات العربية المتحدة أعرب فيه عن استنكاره للاعتداء.")
    art = nlp(text, published="2015-08-08")
    call = next(e for e in art.events if e.event == "CONSULT")
    condemned = next(e for e in art.events if e.event == "ACCUSE")
    assert [a.code for a in call.actor] == ["ARE"]
    assert [a.code for a in condemned.actor] == ["ARE"]
