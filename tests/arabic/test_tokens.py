from hypothesis import given, strategies as st

from hadath.arabic.tokens import tokenize


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
