from hypothesis import given, strategies as st

from hadath.arabic.normalize import normalize
from hadath.arabic.tokens import tokenize
from hadath.records import Token


def test_words_numbers_and_punctuation_with_offsets():
    text = "قُتل ٥ جنود، و3 مدنيين في «حلب»."
    toks = tokenize(text)
    assert [t.text for t in toks] == ["قُتل", "٥", "جنود", "،", "و", "3", "مدنيين", "في", "«", "حلب", "»", "."]
    assert toks[0].norm == "قتل" and toks[1].norm == "5"
    assert all(text[t.start:t.end] == t.text for t in toks)


@given(st.text(max_size=80))
def test_offsets_always_slice_the_token_text(text):
    for t in tokenize(text):
        assert text[t.start:t.end] == t.text
        assert t.text.strip() == t.text and t.text


def test_tokens_equal_those_the_record_constructor_makes():
    text = "أعلنت وزارةُ الدفاع الأمريكية، يوم ١٢ مايو، عن مقتل 3 جنود في U.S. base — «هجوم»."
    for t in tokenize(text) + tokenize(text):  # the second pass reads the remembered normal forms
        made = Token(t.start, t.end, t.text, t.norm, t.kind)
        assert t == made and hash(t) == hash(made) and repr(t) == repr(made)
        assert t.norm == (t.text if t.kind == "punct" else normalize(t.text))


def test_a_word_in_presentation_forms_is_one_arabic_token_and_its_clitic_is_cut_by_letters():
    from hadath.arabic.tokens import after_letters
    toks = tokenize("ﻭﻗﺎﻝ ﺍﻟﻤﺘﺤﺪﺙ ﺇﻥ ﺍﻟﺠﻴﺶ")
    assert [t.kind for t in toks] == ["ar"] * 4 and toks[0].norm == "وقال"
    assert "ﻭﻗﺎﻝ"[after_letters(toks[0], 1) - toks[0].start:] == "ﻗﺎﻝ"


def test_direction_and_width_marks_between_words_are_no_tokens():
    """A right-to-left mark a page puts before a word («استقبال \u200fطلبات المعارض», Okaz) is space, not a token of its
    own: the word before it stays next to the word after it (a trigger's not_after reads «استقبال»)."""
    text = "استقبال \u200fطلبات \u202bالمعارض\u202c من\ufeff الشركات\u200e."
    toks = tokenize(text)
    assert [t.text for t in toks] == ["استقبال", "طلبات", "المعارض", "من", "الشركات", "."]
    assert all(text[t.start:t.end] == t.text for t in toks)


def test_a_request_noun_after_a_marked_space_keeps_its_other_sense(nlp):
    """«استقبال طلبات المعارض» is receiving the companies' applications (the row's not_after), with or without the
    mark before «طلبات»: no REQUEST either way."""
    for text in ("مشيرا إلى أنه تم تطوير الضوابط والشروط المنظمة لآلية استقبال طلبات المعارض التجارية.",
                 "مشيرا إلى أنه تم تطوير الضوابط والشروط المنظمة لآلية استقبال \u200fطلبات المعارض التجارية."):
        assert not [e for e in nlp(text).events if e.to_dict()["event"] == ["REQUEST"]]
