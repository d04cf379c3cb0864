"""Repeats: an indefinite noun with its doer told before it tells new acts of that doer, not the earlier one again."""


def _assaults(nlp, text, published="2015-08-09"):
    """(sentence, trigger) of every ASSAULT event of `text`."""
    return [(e.sentence, e.trigger.text) for e in nlp(text, published=published).events if e.event == "ASSAULT"]


def test_more_strikes_of_the_same_air_force_are_new_acts(nlp):
    text = ("قتل 18 مدنيا في غارات لطائرات النظام على ريف إدلب.\n"
            "ونوه ناشطون إلى أن الطيران الحربي شن غارة على مشفى سراقب أمس الأول.\n"
            "وقال ناشط إعلامي إن الطيران الحربي شن عدة غارات على قرى وبلدات جبل الزاوية، مخلفا ثلاثة قتلى.")
    assert (2, "غارات") in _assaults(nlp, text)


def test_an_arrest_told_again_with_its_genitive_is_one_act(nlp):
    text = ("ألقت السلطات اللبنانية القبض على الشيخ أحمد الأسير في مطار بيروت.\n"
            "وقال مصدر أمني إن الأسير كان يحاول السفر بجواز سفر مزور.\n"
            "وأثار اعتقال الشيخ أحمد الأسير ردود فعل واسعة.")
    coerce = [e for e in nlp(text, published="2015-08-16").events if e.event == "COERCE"]
    assert len(coerce) == 1

