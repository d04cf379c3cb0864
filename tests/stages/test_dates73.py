"""Event dates (round 73): a bare «بعد يوم واحد، بعد يومين» counts on from the day the same sentence told before it,
not the day itself (the release a day after an arrest of 29 April is of 30 April)."""


def _event(nlp, text, event, published):
    art = nlp(text, published=published)
    return next(e for e in art.events if e.event == event)


def test_a_release_a_day_after_an_arrest_takes_the_next_day(nlp):
    """«اعتقال رئيس اللجنة … في 29 أبريل الماضي … وأطلقت سراحه بعد يوم واحد»: released on 30 April."""
    text = ("كما سبق للتنظيم اعتقال رئيس اللجنة العميد الجريري في 29 أبريل الماضي، على خلفية إنشائه للمعسكرات "
            "التدريبية، وأطلقت سراحه بعد يوم واحد، ليغادر بعدها إلى خارج البلاد.")
    ev = _event(nlp, text, "RETREAT", "2015-07-24")
    assert ev.date == "2015-04-30"


def test_an_arrest_a_day_after_a_told_tuesday_takes_the_wednesday(nlp):
    """«هاجموا حاجزا الثلاثاء ما قبل الماضي، وبعد يوم اعتقلت الشرطة»: the arrest is the next day, not the Tuesday."""
    text = "وكان مسلحون قد هاجموا حاجزا للجيش الثلاثاء ما قبل الماضي، وبعد يوم اعتقلت الشرطة اثنين من المشتبه بهم."
    art = nlp(text, published="2015-07-25")
    arrest = next(e for e in art.events if e.event == "COERCE")
    attack = next(e for e in art.events if e.event == "ASSAULT")
    assert attack.date == "2015-07-14" and arrest.date == "2015-07-15"

