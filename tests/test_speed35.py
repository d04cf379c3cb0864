"""speed35: the mentions stage reads a sentence's readings from one cache in one C pass, and works a new word's
readings out with fewer steps; what it finds is unchanged."""

from __future__ import annotations

from mention_stage import before_mentions, mentions_stage


def test_one_cache_for_words_and_other_tokens(nlp):
    m = mentions_stage(nlp)
    assert m._others is m._words  # one dict: a sentence's readings are one pass of lookups
    # an Arabic word, a number in Arabic-Indic digits, a Latin word, marks: each keeps its own readings
    art = before_mentions(nlp, "وقال المتحدث باسم الوزارة ٢٥ شخصا قتلوا، بحسب Reuters «أمس».", "2015-08-06")
    toks = art.tokens[0]
    for t in toks:
        m._words.pop(t.norm, None)
    got = m._word_readings(toks)
    assert len(got) == len(toks) and None not in got
    for t, w in zip(toks, got):
        if t.kind == "ar":
            m._words.pop(t.norm)
            assert m._readings_of(t.norm) == w
        else:
            assert w[:3] == (((t.norm, ""),), (t.norm,), (t.norm,)) and not w[3] and not any(w[5:])
    assert m._word_readings(toks) == got  # read again from the cache, the same


def test_no_arabic_norm_is_another_tokens_norm(nlp):
    # an Arabic word's normal form begins with an Arabic letter; a number's, a Latin word's or a mark's never does
    art = before_mentions(nlp, "قال ﻻ ٱلحكومة ١٢ 12 ABC ، ؟ ؛ ﴾ الرياض", "2015-08-06")
    starts = {t.norm[:1] for t in art.tokens[0] if t.kind == "ar"}
    others = {t.norm[:1] for t in art.tokens[0] if t.kind != "ar"}
    assert starts and others and not starts & others


def test_new_word_readings_and_mentions_unchanged(nlp):
    m = mentions_stage(nlp)
    for w in ("وللمسلحين", "فاستهدفوا", "والسعودية", "لمستشفى", "مسلحان", "وقالت", "هجمته", "سيؤيد"):
        m._words.pop(w, None)
        r = m._readings_of(w)
        assert m._words[w] is r and all(isinstance(x, tuple) for x in r[:3])
    text = "وشن الطيران السعودي غارات على مواقع الحوثيين في صنعاء، وقالت وزارة الداخلية إن مسلحين قتلوا جنديين"
    art = mentions_stage(nlp)(before_mentions(nlp, text, "2015-08-06"))
    kinds = {(x.kind, x.text) for x in art.mentions}
    assert ("trigger", "غارات") in kinds or any(k == "trigger" and "غارات" in t for k, t in kinds)
    assert any(k == "actor" and "الحوثيين" in t for k, t in kinds)
    assert any(k == "trigger" and "قتلوا" in t for k, t in kinds)
