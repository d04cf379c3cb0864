"""Speed round 45: the fast paths (the cue trie's first step cached a word, hyphenated names looked for only in a
sentence with a hyphen, `last_letter` (now arabic.normalize's) without its loop, the background reader's و/ف prefilter, the marks of
`introduced_names` read among the normal forms) give the answers of the plain paths they replace, on real Arabic."""

from __future__ import annotations

import re

from mention_stage import before_mentions, mentions_stage

from hadath.arabic.normalize import last_letter
from hadath.lexicon.compile import _END
from hadath.stages import anchors, mentions

CUES = [
    "وقال وزير الخارجية السعودي عادل الجبير إن المملكة ترفض التدخل الإيراني في اليمن.",
    "وأعلنت وزارة الداخلية ضبط خلية إرهابية في مستشفى الملك فهد بجدة، بحسب مصدر أمني.",
    "وشنت طائرات التحالف غارات على مواقع الحوثيين في صنعاء أمس، فيما قتل 5 مسلحين.",
]
HYPHENATED = "واستقبل الرئيس المصري وزير الخارجية الألماني فرانك-فالتر شتاينماير في القاهرة."


def _plain_cue_nodes(root: dict, cue_opts: tuple[str, ...]) -> tuple[list, list | None]:
    """The cue trie's first step as the matcher took it before round 45: a list made at every visit."""
    nodes = [root[k] for k in cue_opts if k in root]
    return nodes, next((node[_END] for node in nodes if _END in node), None)


def test_cue_nodes_are_the_plain_first_step(nlp):
    """For every word of real sentences that may begin a cue, the cached nodes and one-word payloads are those the
    plain lookup finds; and the sentences keep their cues (وقال، بحسب، the eponym مستشفى) and triggers (شنت، قتل)."""
    m = mentions_stage(nlp)
    root = m.lexicon.cues.root
    seen = 0
    for text in CUES:
        art = before_mentions(nlp, text)
        for tok, w in zip(art.tokens[0], m._word_readings(art.tokens[0])):
            if not w[4]:
                continue
            nodes, own = m._cue_nodes_of(w[2])
            plain_nodes, plain_own = _plain_cue_nodes(root, w[2])
            assert list(nodes) == plain_nodes and all(a is b for a, b in zip(nodes, plain_nodes)), tok.text
            assert own is plain_own, tok.text
            seen += 1
    assert seen >= 6
    kinds = {(x.kind, x.text) for t in CUES for x in nlp(t, published="2015-07-22").mentions}
    assert ("cue", "وقال") in kinds and ("cue", "بحسب") in kinds and ("cue", "مستشفى") in kinds
    labels = {x.label for x in nlp(CUES[2], published="2015-07-22").mentions if x.kind == "trigger"}
    assert "ASSAULT" in labels


def test_cue_cache_keeps_the_mentions(nlp):
    """A sentence read with the cue cache cold and again warm gives the same mentions, cues included."""
    m = mentions_stage(nlp)
    m._cue_nodes.clear()
    first = [x.to_dict() for x in nlp(CUES[1], published="2015-07-22").mentions]
    assert m._cue_nodes  # (filled by the first reading)
    second = [x.to_dict() for x in nlp(CUES[1], published="2015-07-22").mentions]
    assert first == second
    assert any(d["kind"] == "cue" for d in first)


def _mention_dicts(nlp, text: str) -> list[dict]:
    """The mentions of `text`, as dicts."""
    return [x.to_dict() for x in nlp(text, published="2015-07-22").mentions]


def test_hyphen_prefilter_changes_nothing(nlp, monkeypatch):
    """A name with a hyphen in it (فرانك-فالتر شتاينماير) is still one German person's name, and sentences with no
    hyphen give the mentions of the full look for hyphens (the prefilter made to pass every sentence)."""
    plain = re.compile(r"[\s\S]")  # (matches any text: every sentence is looked at word by word)
    fast = {t: _mention_dicts(nlp, t) for t in [HYPHENATED, *CUES]}
    monkeypatch.setattr(mentions, "_HYPHEN_RE", plain)
    slow = {t: _mention_dicts(nlp, t) for t in [HYPHENATED, *CUES]}
    assert fast == slow
    names = [d for d in fast[HYPHENATED] if "شتاينماير" in d["text"]]
    assert names and names[0]["text"].startswith("فرانك") and names[0]["code"] == "DEU"


def test_hyphen_regex_holds_every_hyphen():
    """The regex of the prefilter finds each hyphen of the matcher's hyphen keys."""
    for key in mentions._HYPHENS:
        assert mentions._HYPHEN_RE.search(f"فرانك{key[0]}فالتر")
    assert mentions._HYPHEN_RE.search("فرانك فالتر") is None


def test_last_letter_is_the_plain_loop():
    """`last_letter` (arabic.normalize, which mentions reads) finds what the loop over the reversed word finds: words ending in a letter, a mark, tatweel."""

    def plain(word: str) -> str:
        for ch in reversed(word):
            if "\u0621" <= ch <= "\u064A" and ch != "\u0640":
                return ch
        return ""

    for word in ["مدرسة", "مدرسةٌ", "الإرهابيّ", "قالـ", "قصفًا", "2015", "", "ـ", "ABC", "وزارة"]:
        assert last_letter(word) == plain(word), word
    assert last_letter("مدرسةٌ") == "ة"


def test_background_seen_is_unwa_of_every_word(nlp):
    """The background reader's normal forms of a sentence are `_unwa` of every word (the و/ف prefilter skips only
    words it leaves whole): وقال → قال، فبراير and فيما kept (time words), و (one letter) kept."""
    stage = next(s for s in nlp.stages if s.name == "anchors")
    bg = stage.background
    text = "وقال المتحدث فيما كان الهجوم قد وقع في فبراير الماضي و فجر اليوم، ووصل الوفد فجأة."
    art = nlp(text, published="2015-07-22")
    toks = art.tokens[0]
    _, norms, _ = bg.seen(toks, 0, None)
    assert norms == [anchors._unwa(t.norm, bg.words) for t in toks]
    assert "قال" in norms and "فبراير" in norms and "فيما" in norms and "و" in norms
    assert "وصل" in norms


def test_introduced_names_marks_from_norms(nlp):
    """`introduced_names` finds the name before an age in brackets and the name set off by a comma before an office
    (its marks now read among the normal forms)."""
    from hadath.lexicon.compile import FunctionWords
    from hadath.stages.phrases import introduced_names

    fw = FunctionWords.load()
    aged = nlp("وأفاد راندولف بروس أداير (70 عامًا) بأنه غادر.", published="2015-07-26")
    assert "اداير" in introduced_names(aged.tokens[0], aged.mentions, fw)
    comma = nlp("وقال ماجد نواز، مستشار الحكومة البريطانية، إن التنظيم يتمدد.", published="2015-07-26")
    assert "نواز" in introduced_names(comma.tokens[0], comma.mentions, fw)
    plain = nlp("وقال المتحدث إن الحملة نجحت.", published="2015-07-26")
    assert not introduced_names(plain.tokens[0], plain.mentions, fw)
