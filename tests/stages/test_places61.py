"""Round 61 places: a unit noun's name the gazetteer lacks (بمحافظة العيص، بلدة سرمدا) is a toponym of the story's
country, unresolved; Saudi governorate seats GeoNames' packaged list has without Arabic names (حقل، المندق) and
spellings of towns abroad (كيليس) are read; the noun's look-alikes (بلده: his country; قرية يسيطر عليها; مديرية
الدفاع المدني; بلدية محافظة القرى) name none."""


def _places(nlp, text):
    """(text, country, GeoNames id) of every toponym the pipeline finds in `text`."""
    return [(p.text, p.country_code, p.geonameid) for p in nlp(text).places]


def test_a_governorate_the_gazetteer_lacks_is_the_storys_countrys(nlp):
    """«بمحافظة العيص» (2015-08-03): the governorate, Saudi (the article's other places), no GeoNames id."""
    found = _places(nlp, "ينبع: انتشلت فرق الدفاع المدني بمحافظة العيص جثة مقيم ثلاثيني في منطقة المدينة المنورة.")
    assert ("محافظة العيص", "SA", None) in found
    assert not any("الدفاع" in text for text, _, _ in found)


def test_a_town_the_gazetteer_lacks_takes_its_sentences_country(nlp):
    """«في بلدة سرمدا بشمال غربي سوريا» (2015-07-25): a Syrian town; «بلده» (his country) names none."""
    assert ("سرمدا", "SY", None) in _places(nlp, "قتل بينما كان يستقل سيارة في بلدة سرمدا بشمال غربي سوريا.")
    assert _places(nlp, "إن تعلم الطالب خارج حدود بلده يشكل وسيلة هامة في مجال التعليم في السعودية.") == [
        ("السعودية", "SA", 102358)]


def test_a_yemeni_district_takes_its_sentences_country(nlp):
    """«في مديرية صبر الموادم» (2015-08-03): a district of Yemen, told by the sentence's Taiz."""
    found = _places(nlp, "دارت اشتباكات عنيفة مساء السبت في مديرية صبر الموادم بمحافظة تعز.")
    assert any(text.startswith("مديرية صبر") and country == "YE" for text, country, _ in found)


def test_no_place_in_a_verb_a_body_or_an_office_after_a_unit_noun(nlp):
    """«قرية يسيطر عليها»، «بلدية محافظة القرى» and «مديرية الأمن العام» name no unit; «بمحافظة حقل» is Haql."""
    assert _places(nlp, "استهدف القصف قرية يسيطر عليها تنظيم داعش في سوريا.") == [("سوريا", "SY", 163843)]
    assert ("محافظة حقل", "SA", None) in _places(nlp, "أغلقت الهيئة 11 نزلا سياحيا بمحافظة حقل في منطقة تبوك.")


def test_saudi_seats_and_spellings_abroad_are_resolved(nlp):
    """GeoNames rows without Arabic names (المندق 109118) and «كيليس» (Kilis, 307864) are read and resolved."""
    assert ("المندق", "SA", 109118) in _places(nlp, "وصل الوفد إلى المندق أمس قادما من الباحة.")
    assert ("كيليس", "TR", 307864) in _places(nlp, "فر فؤاد من حلب ليستقر بمدينة كيليس التركية الحدودية.")


def test_a_quarters_definite_name_is_a_quarter_not_a_town_elsewhere(nlp):
    """«بحي الملك فهد بمدينة الرياض» (2015-07-24): the quarter, Saudi and unresolved; «حي يرزق» (alive) is none;
    «بلدة كفريا» (a place the mentions know, 2015-07-23) is a Lebanese town."""
    found = _places(nlp, "افتتح جامع الراجحي بحي الملك فهد بمدينة الرياض بتكلفة تزيد عن خمسة ملايين.")
    assert ("الملك فهد", "SA", None) in found and ("الرياض", "SA", 108410) in found
    assert _places(nlp, "وما زال الرجل حي يرزق في الرياض.") == [("الرياض", "SA", 108410)]
    assert ("كفريا", "LB", None) in _places(nlp, "قصفت الطائرات مواقع في بلدة كفريا في لبنان.")
