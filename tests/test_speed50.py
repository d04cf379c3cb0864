"""Speed round 50: the fast paths (the given names and the commas of a sentence picked out in C in
`_given_names_anywhere` and `introduced_names`, the distance test before `_name_then_office`, the range-only prefilter
of `guess_language`) give the answers of the plain paths they replace, on real Arabic."""

from __future__ import annotations

import re

from hadath.pipeline import Pipeline
from hadath.stages import phrases, text

# (sentence, the names the lexicons lack that _given_names_anywhere finds, introduced_names' family names, the noun
# phrases as (first token, end token, preposition)): as the plain paths gave them before round 50
SENTENCES = [
    ("وضم الاجتماع أحمد بن دغر وحيدر العطاس، وفق مصدر مطلع.", ["أحمد بن دغر", "حيدر العطاس"], [],
     [(2, 5, ""), (5, 7, "conj")]),
    ("وتم القبض على سليمان هلال الاسد في اللاذقية.", ["سليمان هلال الاسد"], ["الاسد"], [(3, 6, "علي"), (7, 8, "في")]),
    ("وأكد عبدالله بن محمد الشريف، مستشار الوزير، أن العمل مستمر.", [], ["الشريف"], [(6, 8, "")]),
    ("وقال ماجد نواز، مستشار رئيس الوزراء البريطاني، إن التنظيم يتمدد.", [], ["نواز"], [(4, 8, "")]),
    ("وأشاد الدكتور يوسف الرميح بجهود رجال الأمن في الرياض.", [], ["الرميح"], [(5, 7, ""), (8, 9, "في")]),
    ("والتقى كوفي عنان الرئيس السوري بشار الأسد في دمشق.", [], [], [(1, 3, ""), (3, 7, ""), (8, 9, "في")]),
    ("وقال راندولف بروس أداير (70 عامًا) إنه شاهد الانفجار.", [], ["اداير"], [(1, 4, "")]),
    ("واستقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في الرياض الرئيس اليمني عبد ربه منصور هادي.", [], [],
     [(1, 8, ""), (9, 10, "في"), (10, 16, "")]),
]


def _read(nlp, sentence: str):
    """The sentence's tokens, mentions, entity mentions and cues by first token, after the mentions stage."""
    names = [s.name for s in nlp.stages]
    art = Pipeline(nlp.stages[:names.index("mentions") + 1])(sentence, published="2015-07-22")
    toks, ms = art.tokens[0], art.mentions
    return toks, ms, [m for m in ms if m.kind in ("actor", "agent")], {m.tok_start: m for m in ms if m.kind == "cue"}


def test_names_and_phrases_as_before(nlp):
    """The names the lexicons lack, the family names a sentence introduces and the noun phrases of real sentences are
    those the plain paths gave (a nasab, a name after a verb, a name set off by a comma, an age in brackets)."""
    fw = nlp.stage("events").fw
    for sentence, names, family, groups in SENTENCES:
        toks, ms, ents, cues = _read(nlp, sentence)
        assert [m.text for m in phrases._given_names_anywhere(toks, ents, cues, fw, set())] == names, sentence
        assert sorted(phrases.introduced_names(toks, ms, fw)) == family, sentence
        got = [(g.start_tok, g.end_tok, g.prep) for g in phrases.noun_phrases(toks, ents, cues, fw)]
        assert got == groups, sentence


def _plain_opens_name(w: str, written: str) -> bool:
    """`_given_names_anywhere`'s test of a word that may open a name (its candidates were the words with a given name
    after their first letter or with عبد in them, all read by this test)."""
    givens = phrases._given_names()
    bare = w[1:] if w[:1] == "و" and w not in givens else w
    return not written.endswith("ى") and (w in givens or bare in givens or bare.startswith("عبد") and len(bare) > 4)


def test_given_openers_hold_every_opening_word(nlp):
    """Every word without عبد that the opening test passes is among the given names with or without و (the set picked
    out in C), over the given names with each clitic letter before them and the words of real sentences."""
    openers = phrases._given_names_with_wa()
    words = {p + g for g in phrases._given_names() for p in ("", "و", "ب", "ل", "ف", "ك")}
    for sentence, *_ in SENTENCES:
        words.update(t.norm for t in _read(nlp, sentence)[0])
    checked = 0
    for w in words:
        if "عبد" not in w and _plain_opens_name(w, w):
            assert w in openers, w
            checked += 1
    assert checked > 100


def test_comma_norms_are_the_substring_test():
    """A normal form is in _COMMA_NORMS exactly when `in ",،"` held for it (the test the comprehension made)."""
    for t in ["", ",", "،", ",،", "،,", ".", "؛", "و", "،،", " ", "الرئيس"]:
        assert (t in phrases._COMMA_NORMS) == (t in ",،"), repr(t)


def _plain_language(sample: str) -> str | None:
    """guess_language before round 50: the other letters counted in every sample."""
    other = len(text._OTHER_LETTER.findall(sample))
    if not other:
        return "ar" if text._ARABIC_LETTER.search(sample) else None
    arabic = len(text._ARABIC_LETTER.findall(sample))
    return "ar" if arabic >= other else "und"


def test_maybe_other_letter_holds_every_other_letter():
    """Every character _OTHER_LETTER counts (a letter of another script) is one the range-only prefilter finds."""
    missed = [c for c in map(chr, range(0x110000)) if text._OTHER_LETTER.match(c) and not (
        text._MAYBE_OTHER_LETTER.match(c))]
    assert missed == []


def test_language_as_before():
    """Arabic with marks, guillemets, dashes and a no-break space, with a Latin name, mostly Latin or Cyrillic, or with
    no letter at all: the language the plain count gave."""
    samples = ["قال الرئيس «عبد ربه منصور هادي» — في عدن\u00a0أمس: إن 5 مسلحين… قتلوا.",
               "وقال John Kerry إن الاتفاق مع إيران تاريخي.",
               "The Saudi-led coalition said on Monday that it struck Houthi positions.",
               "Президент России заявил", "123 456 — « » …", "", "ـــ ، ؛"]
    for s in samples:
        assert text.guess_language(s) == _plain_language(s), s
    assert [text.guess_language(s) for s in samples[:4]] == ["ar", "ar", "und", "und"]
