"""speed43s: the fast paths of the statements, reports and times stages keep their answers (the statements of a
sentence with a speaker and of one with no cue, the character model's margin, the phrases of a class found, the
tokens a time rule may start on, the speaker cut before the outlet told)."""

from __future__ import annotations

import math

from hadath.arabic.normalize import normalize
from hadath.arabic.tokens import tokenize
from hadath.stages.phrases import strip_wa
from hadath.stages.reports import CharModel, word_ngrams, CHAR_WORDS

SAID = "وقال وزير الخارجية السعودي عادل الجبير إن «المملكة لن تسمح بأي تدخل في شؤونها الداخلية»."
NO_CUE = "ارتفعت أسعار النفط الخام اليوم بنسبة كبيرة."
PREPOSITIONS = "وتقع المدينة في شمال البلاد على بعد مئة كيلومتر من العاصمة."


def _statements(nlp, text):
    """(speaker text, cue text, stance) of each statement the pipeline finds in `text`."""
    art = nlp(text)
    return [(s.speaker.text if s.speaker else None, s.cue.text, s.stance) for s in art.statements], art


def test_a_sentence_with_a_speaker_and_a_quote_keeps_its_statement(nlp):
    """The speaker, cue and stance of a reported sentence are found (its cue word passes the new pre-check)."""
    found, art = _statements(nlp, SAID)
    assert len(found) == 1
    speaker, cue, stance = found[0]
    assert "الجبير" in speaker and cue == "وقال" and stance == "assert"


def test_a_sentence_with_no_cue_word_has_no_statement(nlp):
    """A sentence with no word that may begin a cue (and no colon) has no statement, skipped before _sentence."""
    found, art = _statements(nlp, NO_CUE)
    assert found == []
    tagger = nlp.stage("statements")
    assert not tagger._cue_starts.intersection(art.norms()[0])
    # words that only begin a phrase (في، من، على) are kept by the pre-check, and none is live without its second word
    found, art = _statements(nlp, PREPOSITIONS)
    cue_words = tagger._cue_starts.intersection(art.norms()[0])
    assert found == [] and {"في", "من"} <= cue_words and tagger._live(cue_words, art.norms()[0]) == []
    assert tagger._live(cue_words, art.norms()[0]) == tagger._live(cue_words, set(art.norms()[0]))


def test_sentence_called_without_the_callers_cue_words_gives_the_same_statements(nlp):
    """_sentence gives the same statements whether the caller hands it the sentence's cue words or not."""
    art = nlp(SAID)
    tagger = nlp.stage("statements")
    toks, norms = art.tokens[0], art.norms()[0]
    mentions = [m for m in art.mentions if m.sentence == 0]
    given = tagger._sentence(art, 0, toks, norms, mentions, None, 0, tagger._cue_starts.intersection(norms))
    alone = tagger._sentence(art, 0, toks, norms, mentions, None, 0)
    assert given == alone == art.statements and len(given) == 1


def test_cue_forms_left_out_of_the_pre_check_begin_no_cue(nlp):
    """Every cue form the pre-check leaves out (_cue_words less _cue_starts) begins no cue where _cue_at reads it;
    and every word that begins a cue is kept (نفاه، وقال، من of «من جانبه»)."""
    tagger = nlp.stage("statements")
    left = sorted(tagger._cue_words - tagger._cue_starts)
    assert left and tagger._cue_starts <= tagger._cue_words
    for word in left[::max(1, len(left) // 400)]:  # (a sample of them, across the alphabet)
        toks = tokenize(word + " أن الأمر انتهى")
        assert toks[0].norm == word or strip_wa(toks[0].norm) != word
        if toks[0].norm == word:
            assert tagger._cue_at(toks, 0)[0] == "", word
    for word in ("نفاه", "وقال", "من", "اكد", "ونفت"):
        assert normalize(word) in tagger._cue_starts, word


def _margin_as_before(model: CharModel, norms: list[str]) -> float:
    """The character model's margin worked out as before speed43s: per word, the sum of idf² and of weight × idf
    over its n-grams the model has, looked up in `idf` and `weights`."""
    square = dot = 0.0
    idf = model.idf
    for word in norms[:CHAR_WORDS]:
        grams = [g for g in word_ngrams(word) if g in idf]
        square += sum(idf[g] * idf[g] for g in grams)
        dot += sum(model.weights.get(g, 0.0) * idf[g] for g in grams)
    return dot / math.sqrt(square) if square > 0.0 else 0.0


def test_char_model_margin_is_the_same_to_the_last_bit():
    """The margin read from the n-gram table is exactly the one summed from idf and weights, word cache cold or
    warm; a word with no n-gram of the model adds nothing."""
    model = CharModel.load()
    for text in (SAID, NO_CUE, "قتل خمسة جنود في هجوم انتحاري استهدف حاجزا للجيش", "xyz ###"):
        norms = [t.norm for t in tokenize(text)]
        model._words.clear()
        cold = model.margin(norms)
        assert cold == model.margin(norms) == _margin_as_before(model, norms), text
    small = CharModel({"#ق": 2.0, "قت": 1.5}, {"قت": -0.5}, {})
    assert small.margin(["قتل"]) == (-0.5 * 1.5) / math.sqrt(4.0 + 2.25)
    assert small.margin(["سلم"]) == 0.0


def test_aggregate_cues_find_their_phrases_where_they_start(nlp):
    """AggregateCues.found gives the indexes where a phrase of a class starts, as a scan of every word does."""
    cues = nlp.stage("reports").cues
    from hadath.arabic.normalize import word_key
    from hadath.stages.reports import _strip_wa

    for text in ("وقتل أكثر من 800 شخص منذ تولي بخاري الحكم في 29 مايو", "حصيلة شهر يوليو بلغت مئة قتيل"):
        keys = [word_key(_strip_wa(t.norm)) for t in tokenize(text)]
        for kind in cues.phrases:
            table = cues.phrases[kind]
            slow = [i for i, k in enumerate(keys) if k in table
                    and any(tuple(keys[i:i + len(p)]) == p for p in table[k])]
            assert cues.found(kind, keys) == slow, (kind, text)
    keys = [word_key(_strip_wa(t.norm)) for t in tokenize("وقتل أكثر من 800 شخص منذ مايو")]
    assert cues.found("since", keys), "منذ opens a period"


def test_time_rules_start_on_numbers_and_time_words(nlp):
    """The tokens a time rule may start on are the numbers and the words of the starters table, in order."""
    tagger = nlp.stage("times")
    for text in ("وصل الوفد يوم الأحد 2 أغسطس 2015 إلى الرياض", "التقى الوزير أمس نظيره في الأسبوع الماضي"):
        toks = tokenize(text)
        norms = [t.norm for t in toks]
        digits = any(t.kind == "num" for t in toks)
        got = tagger.starts(toks, norms, digits)
        table = tagger._starters
        cands = [k for k, t in enumerate(toks) if t.kind == "num" or t.norm in table]
        assert set(got) <= set(cands) and got == sorted(got) and got
    art = nlp("وصل الوفد يوم الأحد 2 أغسطس 2015 إلى الرياض.")
    assert any(t.value == "2015-08-02" for t in art.times)


def test_speaker_ends_before_the_outlet_told(nlp):
    """A speaker's words stop before the outlet they spoke to, inside the speaker's span («المصدر | لوكالة …»)."""
    art = nlp("وقال المصدر لوكالة الأنباء الألمانية إن الهجوم أسفر عن مقتل ثلاثة جنود.")
    speakers = [s.speaker.text for s in art.statements if s.speaker is not None]
    assert speakers and all("لوكالة" not in sp for sp in speakers)
    assert any(s.reported_via is not None for s in art.statements)
