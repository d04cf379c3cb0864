"""Speed round 47 (normalising and tokenising): the remembered normal forms and the shared token strings make exactly
the forms and tokens the plain reading made."""

from hypothesis import given, strategies as st

from hadath.arabic import normalize as normalize_module
from hadath.arabic.normalize import _FOLD, normalize
from hadath.arabic.tokens import tokenize


def test_a_word_normalised_again_is_read_from_the_cache_and_equal():
    for word in ("وأكّدت", "إلى", "السعوديــة", "٢٠١٥", "ﻭﻗﺎﻝ", "الاتحاد\u200cالأوروبي"):
        first = normalize(word)
        assert first == word.translate(_FOLD)
        assert normalize(word) == first  # (the second time from the cache)
    assert normalize("أكد") in normalize_module._NORMALS.values()


def test_a_long_text_is_folded_and_not_kept():
    text = "وقالت وزارة الخارجيّة إنّ المملكة العربيّة السعوديّة أدانت الهجوم"
    assert normalize(text) == text.translate(_FOLD)
    assert text not in normalize_module._NORMALS


def test_the_cache_is_cleared_when_full(monkeypatch):
    monkeypatch.setattr(normalize_module, "_NORMALS_LIMIT", 3)
    monkeypatch.setattr(normalize_module, "_NORMALS", {})
    words = ["أ" + chr(0x0628 + i) for i in range(10)]
    assert [normalize(w) for w in words] == [w.translate(_FOLD) for w in words]
    assert len(normalize_module._NORMALS) <= 4


@given(st.text(alphabet=st.sampled_from("اأإآىةيبتـ٥5a.\u064e\u0651\u0640\u200cﻭ "), max_size=30))
def test_normalize_is_translate_on_any_text(text):
    assert normalize(text) == text.translate(_FOLD)
    assert normalize(text) == text.translate(_FOLD)


def test_tokens_of_one_written_form_share_its_string_and_equal_fresh_tokens():
    text = "قالت الشرطة إن الشرطة اعتقلت ٣ مسلحين، وقالت الشرطة: «لا تعليق»."
    cache: dict = {}
    shared = tokenize(text, 0, None, cache)
    assert shared == tokenize(text) == tokenize(text, 0, None, cache)
    police = [t for t in shared if t.text == "الشرطة"]
    assert len(police) == 3 and police[0].text is police[1].text is police[2].text
    assert all(text[t.start:t.end] == t.text for t in shared)
