"""speedM43: the mentions stage's faster paths (the words ending like a name found in C, a word's noun-trigger test
stopping at the first key, the one-word trie matches taken without the walk, the per-word caches) give what the
plain paths give."""

from __future__ import annotations

from hadath.arabic.normalize import normalize, word_key
from hadath.arabic.tokens import tokenize
from hadath.lexicon.morph import _keyed, clitic_variants, has_noun_key, noun_keys
from hadath.stages.mentions import MentionMatcher, _Forms

from mention_stage import before_mentions, mentions_stage

SENTENCES = [
    "وقال وزير الخارجية السعودي عادل الجبير إن المملكة تدين الهجوم الإرهابي على مسجد في الكويت.",
    "وأكد الجبير خلال لقائه بنظيره الروسي أن التحالف شن غارات على مواقع الحوثيين.",
    "واستقبل الأمير محمد بن سلمان في الرياض الدكتور عبدالله بن عبدالعزيز الربيعة.",
]
TEXT = " ".join(SENTENCES)


def _facts(mentions) -> list[tuple]:
    """What a mention says, its entry left out."""
    return [(m.start, m.end, m.text, m.kind, m.label, m.tok_start, m.tok_end, m.sentence, m.info) for m in mentions]


def test_forms_find_the_words_a_token_scan_finds(nlp):
    """_Forms.ending_with and sentences_with give the tokens and sentences a scan of every token gives."""
    art = before_mentions(nlp, TEXT)
    norms = [[t.norm for t in toks] for toks in art.tokens]
    forms = _Forms(norms)
    for ends in ({"جبير"}, {"رياض", "ربيعه"}, {"حوثيين", "ملكه", "ه"}, {"zzz"}):
        scan = [(i, k) for i, ns in enumerate(norms) for k, w in enumerate(ns) if w.endswith(tuple(ends))]
        assert forms.ending_with(ends) == scan
    assert forms.ending_with({"جبير"}) == [(0, 5), (1, 1)]  # الجبير in the first two sentences
    assert forms.sentences_with("عبد") == {2} and forms.sentences_with("zzz") == set()


def test_noun_key_test_is_the_noun_keys_lookup():
    """has_noun_key answers as a lookup of every `noun_keys` key does, found or not, keys in ت and pronouns too."""
    table = {k for w in ("هجوم", "مساعده", "اعتقال", "هجمه") for k, _ in noun_keys(normalize(w))}
    words = ["الهجوم", "وبالهجوم", "مساعدته", "هجمتهم", "اعتقالهم", "وزارة", "الحكومة", "جنود", "في"]
    seen = []
    for w in map(normalize, words):
        clitics = clitic_variants(w)
        keys = [k for k, _ in _keyed(clitics)]
        seen.append(has_noun_key(keys, clitics, table))
        assert seen[-1] == any(k in table for k, _ in noun_keys(w))
    assert seen == [True, True, True, True, True, False, False, False, False]


def test_keyed_one_reading_each_key_once():
    """_keyed gives each key once with the first prefix that gives it, for a word with one reading or several."""
    for w in map(normalize, ("في", "الحكومة", "والحكومة", "بالمملكة", "للسعودية", "وللحوثيين")):
        variants = clitic_variants(w)
        want, seen = [], set()
        for stem, prefix in variants:
            key = word_key(stem)
            if key not in seen:
                seen.add(key)
                want.append((key, prefix))
        assert _keyed(variants) == want


def test_article_coded_twice_and_by_a_fresh_matcher_alike(nlp):
    """The same mentions for an article coded twice (the second time from the caches) and by a matcher whose
    caches start empty; the normal forms the stage read are the article's own, kept for the later stages."""
    m = mentions_stage(nlp)
    first = m(before_mentions(nlp, TEXT))
    again = m(before_mentions(nlp, TEXT))
    fresh = MentionMatcher(m.lexicon)(before_mentions(nlp, TEXT))
    assert _facts(first.mentions) == _facts(again.mentions) == _facts(fresh.mentions)
    assert first.norms() == [[t.norm for t in toks] for toks in first.tokens]
    labels = {(x.kind, x.label) for x in first.mentions}
    assert ("actor", "SAU") in labels and ("actor", "KWT") in labels
    # the family name alone, later (وأكد الجبير), is the minister read again
    assert any(x.kind == "actor" and x.sentence == 1 and x.text == "الجبير" for x in first.mentions)


def test_word_cache_bound_respected(nlp):
    """A matcher whose word cache may hold a few words clears it when full, and finds what it found unbounded."""
    m = mentions_stage(nlp)
    small = MentionMatcher(m.lexicon)
    small._CACHE_LIMIT = 5
    art = small(before_mentions(nlp, TEXT))
    assert len(small._words) <= small._CACHE_LIMIT + 1
    assert _facts(art.mentions) == _facts(MentionMatcher(m.lexicon)(before_mentions(nlp, TEXT)).mentions)


def test_match_sentence_with_or_without_norms(nlp):
    """A sentence matched with its normal forms given or read off its tokens gives the same mentions."""
    m = mentions_stage(nlp)
    art = before_mentions(nlp, TEXT)
    toks = art.tokens[0]
    given = m.match_sentence(art, 0, toks, [], [t.norm for t in toks])
    assert _facts(given) == _facts(m.match_sentence(art, 0, toks, []))
    assert tokenize(SENTENCES[0])[5].norm == "الجبير"
