from hadath.arabic.normalize import normalize
from hadath.lexicon.morph import clitic_variants, key_variants, noun_keys, verb_forms, verb_variants


def test_verb_forms_cover_persons_numbers_and_imperfect():
    forms = verb_forms("هاجم", "يهاجم")
    for f in ("هاجم", "هاجمت", "هاجموا", "هاجمنا", "يهاجم", "تهاجم", "يهاجمون", "نهاجم", "يهاجمان"):
        assert f in forms


def test_defective_verbs_get_their_contracted_forms():
    forms = verb_forms(normalize("دعا"), normalize("يدعو"))
    assert {"دعت", "دعوا", "يدعو", "يدعون"} <= forms


def test_clitics_are_tried_off_but_the_whole_word_comes_first():
    assert clitic_variants("وللامم")[0] == ("وللامم", "")
    assert ("الامم", "ول") in clitic_variants("وللامم")
    assert ("روسيا", "و") in clitic_variants("وروسيا")
    assert ("روسيا", "ب") in clitic_variants("بروسيا")
    # a two-letter remainder is never produced: short words keep their letters
    assert clitic_variants("وفد") == [("وفد", "")]


def test_key_variants_reduce_each_reading():
    keys = [k for k, _ in key_variants(normalize("والروسية"))]
    assert "روسي" in keys


def test_verb_variants_strip_future_and_object_pronouns():
    vs = verb_variants(normalize("وسيهاجمونه"))
    assert ("يهاجمون", "و", True) in vs
    assert ("قتلوا", "", False) in verb_variants("قتلوه")


def test_noun_keys_strip_possessive_pronouns():
    assert any(k == "هجوم" for k, _ in noun_keys(normalize("وهجومهم")))


def test_a_doubled_verb_in_two_letters_takes_wa_and_fa():
    """وحث is و + حثّ; a three-letter word is also read whole first."""
    assert ("حث", "و", False) in verb_variants("وحث")
    assert verb_variants("وحث")[0] == ("وحث", "", False)
    assert not any(p == "ل" for _, p, _ in verb_variants("لحث"))
