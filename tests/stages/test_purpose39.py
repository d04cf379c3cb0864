"""Attacks named as what is to be prevented or avoided («لتجنب هجمات إرهابية») are no attack told (round 39)."""


def kinds(nlp, text):
    return [e.event for e in nlp(text, published="2015-08-04").events]


def test_an_attack_to_be_avoided_is_not_coded(nlp):
    text = ("كذلك، أغلقت السلطات أمس طريقا سريعا في شرق البلاد، لتجنب هجمات إرهابية.\n"
            "وقال مسؤول إن الإغلاق سيستمر أياما.\nوأضاف أن الشرطة نشرت دوريات إضافية على الطرق.")
    assert "ASSAULT" not in kinds(nlp, text)


def test_preventing_attacks_as_a_priority_is_not_coded(nlp):
    text = ("فإن منع الهجمات التي يشنها داعش أصبحت أولوية قصوى بالنسبة لكثير من زعماء دول الخليج.")
    assert "ASSAULT" not in kinds(nlp, text)


def test_limiting_attacks_is_not_coded(nlp):
    text = "وشددت الشرطة الإجراءات الأمنية للحد من الهجمات على السياح في المدينة."
    assert "ASSAULT" not in kinds(nlp, text)


def test_a_repelled_attack_that_was_launched_is_kept(nlp):
    text = "وأعلنت قيادة الشرطة اليوم عن صد هجوم شنه تنظيم داعش في حصيبة."
    assert "ASSAULT" in kinds(nlp, text)


def test_a_foiled_attack_that_was_launched_is_kept(nlp):
    text = ("وأحبطت المقاومة الشعبية اليمنية، امس الأربعاء، هجوماً شنه مسلحون حوثيون وقوات موالية للرئيس اليمني "
            "المعزول علي صالح بمدينة مأرب شرق البلاد.")
    assert "ASSAULT" in kinds(nlp, text)


def test_an_attack_braced_for_is_not_coded(nlp):
    text = ("وبحسب شهود عيان فإن مقاتلي الحوثيين نفذوا عملية هروب جماعي باتجاه تعز، تحسبا لهجوم مباغت لطيران "
            "التحالف العربي.")
    assert "ASSAULT" not in kinds(nlp, text)


def test_attacks_to_be_contained_are_not_coded(nlp):
    text = ("أصدرت الحكومة المصرية قرارا بتمديد حالة الطوارئ في أجزاء من شمال سيناء لثلاثة شهور أخرى، وذلك في "
            "محاولة لاحتواء الهجمات الإرهابية.")
    assert "ASSAULT" not in kinds(nlp, text)


def test_fighting_whose_intensity_grows_stays(nlp):
    text = ("تصاعدت حدة المعارك، ليلة السبت، بين المقاومة الشعبية والجيش الوطني من جهة، والمتمردين الحوثيين من "
            "جهة أخرى في محافظة تعز.")
    assert "ASSAULT" in kinds(nlp, text)
