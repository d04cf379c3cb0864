"""The word caches of the report filter give what the functions they remember give (speed sp47b): the conjunction
taken off a word, its key, and the character model's margin, with the caches cold, warm and cleared."""

from __future__ import annotations

import math

from hadath.arabic.normalize import word_key
from hadath.arabic.tokens import tokenize
from hadath.stages.reports import CHAR_WORDS, CharModel, _strip_wa, _unwa, _wa_key, word_ngrams

# sentences of the study days (2015-07-22, 07-27, 07-31): words with و/ف glued on and of their own (وقت، فيصل)
SENTENCES = (
    "وقال المتحدث باسم التحالف إن طائرات التحالف شنت غارات على مواقع الحوثيين في صنعاء",
    "وفي وقت لاحق أعلنت وزارة الداخلية القبض على خلية إرهابية وفيصل بن عبدالله",
    "فيما قتل خمسة جنود في هجوم انتحاري استهدف حاجزا للجيش وفق مصادر أمنية",
    "وقت",
)


def _norms(text: str) -> list[str]:
    return [t.norm for t in tokenize(text)]


def _margin_loop(model: CharModel, norms: list[str]) -> float:
    """The margin summed word by word with += from the model's n-gram table (the loop before sp47b)."""
    grams = model._grams or model._terms()
    square = dot = 0.0
    for word in norms[:CHAR_WORDS]:
        held = [grams[g] for g in word_ngrams(word) if g in grams]
        square += sum(p[0] for p in held)
        dot += sum(p[1] for p in held)
    return dot / math.sqrt(square) if square > 0.0 else 0.0


def test_cached_strip_wa_and_key_equal_the_plain_ones():
    """_strip_wa and _wa_key, read from their caches, are _unwa and word_key(_unwa) of every word, asked twice."""
    for text in SENTENCES:
        for norm in _norms(text):
            for _ in range(2):
                assert _strip_wa(norm) == _unwa(norm), norm
                assert _wa_key(norm) == word_key(_unwa(norm)), norm
    assert _strip_wa("وقال") == "قال" and _strip_wa("وقت") == "وقت"
    assert _wa_key("والحوثيين") == word_key("الحوثيين")


def test_caches_past_their_limit_still_answer(monkeypatch):
    """A cache cleared past its limit answers the same as before."""
    monkeypatch.setattr(_strip_wa.__self__, "limit", 2)
    monkeypatch.setattr(_wa_key.__self__, "limit", 2)
    words = [n for text in SENTENCES for n in _norms(text)]
    assert [_strip_wa(n) for n in words] == [_unwa(n) for n in words]
    assert [_wa_key(n) for n in words] == [word_key(_unwa(n)) for n in words]


def test_margin_is_the_same_to_the_last_bit_cold_warm_and_with_a_word_twice():
    """The margin with the word cache cold, warm, cleared past its limit, and with a new word twice in one
    sentence, is exactly the word-by-word sum."""
    model = CharModel.load()
    for text in SENTENCES + ("قتل قتل قتل xyz ###",):
        norms = _norms(text)
        model._words.clear()
        cold = model.margin(norms)
        assert cold == model.margin(norms) == _margin_loop(model, norms), text
    model._CACHE_WORDS = 3
    for text in SENTENCES:
        norms = _norms(text)
        assert model.margin(norms) == _margin_loop(model, norms), text
    assert model.margin([]) == 0.0
