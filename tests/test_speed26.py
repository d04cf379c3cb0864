"""Speed round 26: the per-word caches hold no containers the garbage collector must walk, and the output they feed
stays the same."""

from __future__ import annotations

import gc

from mention_stage import mentions_stage

SENTENCE = "وقال وزير الخارجية السعودي عادل الجبير إن المملكة ترفض التدخل الإيراني في اليمن."


def test_word_readings_are_untracked(nlp):
    """A word's readings (keys, clitic prefixes, cue forms) are tuples of strings: once a collection has seen them,
    the collector no longer tracks them, so the cache of every word read is no load on later full collections."""
    art = nlp(SENTENCE, published="2015-07-21")
    assert any(m.label == "SAU" for m in art.mentions)
    for _ in range(3):  # a tuple is let go once a collection finds every item in it let go: one level a collection,
        gc.collect()  # and a word's readings nest three deep (readings, their key tuples, the key parts)
    cache = mentions_stage(nlp)._words
    for word in ("والسعودي", "السعودي", "الخارجيه", "اليمن", "وزير"):
        readings = cache.get(word)
        if readings is None:
            continue
        assert not gc.is_tracked(readings), word
        assert not any(gc.is_tracked(part) for part in readings[:3]), word
    assert not gc.is_tracked(cache["اليمن"])


def test_readings_keep_the_mentions(nlp):
    """The same sentence read twice (the second time from the caches) gives the same mentions and events."""
    first = nlp(SENTENCE, published="2015-07-21")
    second = nlp(SENTENCE, published="2015-07-21")
    assert [m.to_dict() for m in first.mentions] == [m.to_dict() for m in second.mentions]
    assert [e.to_dict() for e in first.events] == [e.to_dict() for e in second.events]
    assert any(m.label == "YEM" for m in first.mentions)


class _NoFilter:
    """Stands for a prefilter's word set that lets every sentence through (the full pass, as before it)."""

    def isdisjoint(self, other) -> bool:
        """Never disjoint: the sentence is read word by word."""
        return False


NAMED = [
    "وشدد الخبير الدكتور أحمد الحربي، على ضرورة تطوير المناهج.",
    "وقال ماجد نواز، مستشار الحكومة البريطانية، إن التنظيم يتمدد.",
    "وأكد عبد الإله بن محمد الشريف أن الجمعية ستواصل عملها.",
    "وحث د. عزام الدخيل المعلمين على الالتزام.",
    "وقالت الدكتورة فوزية خان إن الحملة نجحت.",
    "وأفاد راندولف بروس أداير (70 عامًا) بأنه غادر.",
    "وألقت الشرطة القبض على سليمان هلال الاسد في اللاذقية.",
    "وضم الاجتماع أحمد بن دغر وحيدر العطاس وعبدالرحمن الحسيني.",
    "وقصفت الطائرات مواقع المسلحين في الرمادي أمس.",
    "وأعلنت وزارة الداخلية ضبط خلية إرهابية.",
]


def test_the_name_prefilters_change_nothing(nlp, monkeypatch):
    """`introduced_names` and `_given_names_anywhere` pass over a sentence none of whose words can open a name (a
    test in C before the pass in Python): what they find is what the full pass finds, on sentences of every kind
    of name they read (a title, a comma before an office, a nasab, د., a feminine title, an age in brackets, a given
    name anywhere) and on sentences of none."""
    from hadath.lexicon.compile import FunctionWords
    from hadath.stages import phrases

    fw = FunctionWords.load()
    arts = [nlp(s, published="2015-07-26") for s in NAMED]

    def read() -> list:
        """Both functions' findings on every sentence."""
        out = []
        for art in arts:
            toks, ms = art.tokens[0], art.mentions
            ents = [m for m in ms if m.kind in ("actor", "agent")]
            cues = {m.tok_start: m for m in ms if m.kind == "cue"}
            out.append((phrases.introduced_names(toks, ms, fw),
                        [m.to_dict() for m in phrases._given_names_anywhere(toks, ents, cues, fw, set())]))
        return out

    fast = read()
    monkeypatch.setattr(phrases, "_introducing_words", lambda fw: _NoFilter())
    monkeypatch.setattr(phrases, "_given_openers", lambda: _NoFilter())
    assert fast == read()
    assert "الحربي" in fast[0][0] and "نواز" in fast[1][0] and "الشريف" in fast[2][0]
    assert any(m["text"] == "سليمان هلال الاسد" for m in fast[6][1])
    assert fast[8] == (frozenset(), []) and fast[9] == (frozenset(), [])


def test_the_prefilters_skip_a_sentence_of_no_name(nlp):
    """A sentence with no title, given name, kinship word, bracket nor office («وقصفت الطائرات مواقع المسلحين»)
    is passed over by both prefilters; one with «الدكتورة» or «وعبدالرحمن» is read."""
    from hadath.lexicon.compile import FunctionWords
    from hadath.stages.phrases import _given_openers, _introducing_words

    fw = FunctionWords.load()
    words = _introducing_words(fw)
    plain = [t.norm for t in nlp(NAMED[8], published="2015-07-26").tokens[0]]
    assert words.isdisjoint(plain) and _given_openers().isdisjoint(plain) and "عبد" not in " ".join(plain)
    assert "الدكتوره" in words and "والدكتور" in words and "(" in words
    assert "وعبدالرحمن" in " ".join(t.norm for t in nlp(NAMED[7], published="2015-07-26").tokens[0])


def test_a_dual_is_told_by_its_readings(nlp):
    """A word's readings say once whether it is shaped as a dual (ان or تين, over four letters): «مسلحان» is, and is
    still read as gunmen; «كان» and «الآن» are not looked at."""
    art = nlp("وقال مسؤول إن مسلحان قتلا الآن جنديا كان في الموقع.", published="2015-07-21")
    words = mentions_stage(nlp)._words
    assert words["مسلحان"][7] and not words["كان"][7] and not words["الان"][7]
    assert any(m.text == "مسلحان" and m.kind == "agent" for m in art.mentions)
