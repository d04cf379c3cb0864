"""Round 70 repeats: a toll told as the outcome of an attack («هجوم انتحاري أسفر عن 13 قتيلا») whose time is the day of
a report told after it («كما ذكرت أمس الجمعة مصادر رسمية») is the attack's toll, not an act of its own on the report's
day; a destruction told with «و» among the outcomes after «أسفر عن» («وأسفر عن مقتل اثنين … وإصابة آخرين وتدمير
المدرعة») is what the attack of its sentence destroyed, not an act of its own. Sentences from the dev days."""


def _events(nlp, text, kind, published):
    """(trigger start, trigger, date) of the events of `kind` coded for `text`."""
    return [(e.trigger.start, e.trigger.text, e.date) for e in nlp(text, published=published).events if e.event == kind]


VEIL = ("قررت السلطات الكاميرونية توسيع منع ارتداء النقاب إلى مناطق الشمال والساحل، لتدارك خطر الاعتداءات في البلاد، "
        "غداة هجوم انتحاري أسفر عن 13 قتيلا و31 جريحا، كما ذكرت أمس الجمعة مصادر رسمية.")


def test_a_toll_dated_by_a_report_is_its_attack(nlp):
    """2015-07-25 #190: «قتيلا» is the suicide attack's toll; «أمس الجمعة» is the day the sources reported it."""
    events = _events(nlp, VEIL, "ASSAULT", "2015-07-25")
    assert any(trigger == "هجوم انتحاري" and date != "2015-07-24" for _, trigger, date in events)
    assert not any(trigger == "قتيلا" for _, trigger, _ in events)


AMBUSH = ("وقال المكتب الإعلامي للمقاومة، في بيان حصلت «الشرق الأوسط» على نسخة منه، إن الهجوم الأول نفذ أمام معسكر "
          "التموين، بمنطقة عصر، شمال غربي العاصمة صنعاء، وأسفر عن مقتل اثنين من عناصر الميليشيات وإصابة آخرين وتدمير "
          "المدرعة التي كان يستقلها المسلحون، كما استهدف هجوم آخر تعزيزات تابعة لميليشيات الحوثي وصالح في منطقة خولان "
          "بمحافظة صنعاء، كانت في طريقها إلى محافظة مأرب.")


def test_a_destruction_among_the_outcomes_is_the_attack(nlp):
    """2015-07-23 #34: «وتدمير المدرعة» is what «الهجوم الأول» destroyed; the attack and the other attack stay."""
    events = _events(nlp, AMBUSH, "ASSAULT", "2015-07-23")
    assert any(trigger == "الهجوم" for _, trigger, _ in events)
    assert any(trigger == "استهدف" for _, trigger, _ in events)
    assert not any(trigger == "تدمير" for _, trigger, _ in events)
