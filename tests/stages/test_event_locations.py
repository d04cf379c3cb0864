"""Event locations: the capital named by its title, and a direction word before a place (near it)."""


def _located(nlp, text):
    """(trigger, location text) of every event of `text`."""
    art = nlp(text, published="2015-07-27")
    return [(e.trigger.text, e.location.text if e.location else None) for e in art.events]


def test_the_capital_by_its_title_locates(nlp):
    assert ("انفجرت", "صنعاء") in _located(nlp, "وفي العاصمة صنعاء انفجرت قنبلة أسفل حافلة ركاب ما أدى إلى مقتل "
                                                "ثلاثة أشخاص.")


def test_a_direction_word_before_a_place_locates_near_it(nlp):
    assert ("غارات", "الرمادي") in _located(nlp, "وقال بيان لقوة المهام المشتركة أمس: إن خمس غارات قرب الرمادي قصفت "
                                                "وحدات تكتيكية ودبابات وناقلة جنود مدرعة تابعة للتنظيم.")
    assert ("قصف", "العراق") in _located(nlp, "عاودت المدفعية التركية أمس قصف مواقع حزب العمال الكردستاني في شمال "
                                              "العراق.")


def test_a_direction_word_telling_where_a_place_lies_does_not_move_the_event(nlp):
    # «في محافظة لحج جنوبي اليمن»: the fighting is in Lahij, which lies in the south of Yemen
    located = _located(nlp, "تمكنت المقاومة الشعبية والجيش أمس من السيطرة على بلدتين في محافظة لحج جنوبي اليمن، "
                            "بعد يومين من المعارك أسفرت عن عشرات القتلى.")
    assert ("المعارك", "محافظة لحج") in located



def test_a_capital_with_its_country_adjective_locates_the_event(nlp):
    assert ("انفجار", "مقديشو") in _located(nlp, "وقع انفجار بعد ظهر أمس في فندق بوسط العاصمة الصومالية مقديشو يؤوي "
                                                 "عدة بعثات دبلوماسية.")
    assert ("قتل", "كابول") in _located(nlp, "وقتل 15 شخصا في هجوم بشاحنة مفخخة في العاصمة الأفغانية كابول أمس.")
