"""speed30: the mentions stage visits only the tokens that may begin something and gathers a sentence's readings in
one pass; what it finds is unchanged."""

from __future__ import annotations

from mention_stage import before_mentions, mentions_stage


def test_sentence_readings_one_pass_equal_word_by_word(nlp):
    m = mentions_stage(nlp)
    # a word new to the cache twice in one sentence, a number, a Latin word, a mark
    art = before_mentions(nlp, "زارقستاني وزارقستاني قال 25 شخصا من Reuters ، زارقستاني")
    toks = art.tokens[0]
    m._words.pop("زارقستاني", None)
    got = m._word_readings(toks)
    assert len(got) == len(toks) and None not in got
    for t, w in zip(toks, got):
        cache = m._words if t.kind == "ar" else m._others
        assert cache[t.norm] == w
    assert got[0] is got[-1]  # the second time the word is read from the cache


def test_eponym_with_preposition_and_cue_still_found(nlp):
    # لجسر الملك فهد: the king's name after the eponym with its preposition names a bridge, no person
    text = "وأغلقت السلطات الطريق المؤدي لجسر الملك فهد أمس"
    art = mentions_stage(nlp)(before_mentions(nlp, text))
    assert not [x for x in art.mentions if x.kind == "actor" and x.text.endswith("فهد")]


def test_entities_triggers_and_cues_of_a_sentence(nlp):
    text = "وقال وزير الخارجية السعودي عادل الجبير إن المملكة تدين الهجوم الإرهابي على مسجد في الكويت"
    art = mentions_stage(nlp)(before_mentions(nlp, text))
    kinds = {(x.kind, x.text) for x in art.mentions}
    assert ("trigger", "تدين") in kinds or any(k == "trigger" and "تدين" in t for k, t in kinds)
    assert any(k == "actor" and "الكويت" in t for k, t in kinds)
    assert [x.tok_start for x in art.mentions] == sorted(x.tok_start for x in art.mentions)
