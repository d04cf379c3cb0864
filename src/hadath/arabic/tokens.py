"""Tokenisation of Arabic news text into words, numbers and punctuation, with offsets."""

from __future__ import annotations

import re

from ..records import Token, _TokenBuild
from .normalize import INVISIBLE_MARKS, normalize

NORMS_LIMIT = 150_000  # words a normal-form cache keeps (news vocabulary repeats; each costs memory for the run:
# 1,200 articles of a day write 80,000 distinct words, and a cache cleared at 50,000 normalised most of them twice)
# Tokens are made through the records' private builder twin of Token (records._builder): a fresh twin takes its five
# fields by plain assignment and then becomes a Token. The frozen dataclass's __init__ (one object.__setattr__ call
# per field), or a slot descriptor's __set__ called per field, is most of tokenising's time. Token has no
# __post_init__; the tests check both make equal, frozen tokens.
_new = object.__new__

# What separates tokens: spaces, a lone tatweel, and the invisible direction and width marks that pages put
# before words (U+200E/F, U+202A–E, U+2066–9, U+200B, U+FEFF: «استقبال \u200fطلبات» is two words, not three
# tokens with a mark between them that hides «استقبال» from the word after it).
_GAP = "\\s\u0640\u200B" + "".join(map(chr, INVISIBLE_MARKS))  # (normalize.py drops the same marks)

# A word: Arabic letters with their marks and tatweel, or Latin letters; numbers in any digit set
# (with inner separators); anything else that is not a gap is one punctuation token.
_TOKEN_RE = re.compile(
    r"(?P<ar>[\u0621-\u063F\u0641-\u064A\u0671-\u06D3\u06FA-\u06FF\uFB50-\uFDFD\uFE80-\uFEFC]"
    r"[\u0621-\u065F\u0670-\u06D3\u06D6-\u06ED\u06FA-\u06FF\u0640\u200C\u200D\uFB50-\uFDFD\uFE70-\uFEFC]*)"
    r"|(?P<num>[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,٫٬/:][0-9\u0660-\u0669\u06F0-\u06F9]+)*)"
    r"|(?P<latin>[A-Za-z\u00C0-\u024F]+(?:['’.-][A-Za-z\u00C0-\u024F]+)*)"
    r"|(?P<punct>[^" + _GAP + "])"
)


# The same tokens read with the spaces (and lone tatweels) before each, as (gap, token) pairs: findall makes the pairs
# in C, and a token's offsets follow from the lengths (no match object per token). A token's kind follows from its
# first character alone (the four alternatives begin with letters of disjoint sets), so it is remembered with the
# token's normal form.
_PAIR_RE = re.compile(r"([" + _GAP + "]*)(" + re.sub(r"\(\?P<\w+>", "(?:", _TOKEN_RE.pattern) + ")")


def tokenize(text: str, start: int = 0, end: int | None = None,
             norms: dict[str, tuple[str, str, str]] | None = None) -> list[Token]:
    """Split `text[start:end]` into Tokens whose offsets index `text` itself (`norms`: a caller's cache of
    written token → (written token, normal form, kind), kept across calls; cleared when it passes NORMS_LIMIT
    tokens)."""
    out: list[Token] = []
    append = out.append
    if norms is None:
        norms = {}
    pos = start
    for gap, s in _PAIR_RE.findall(text, start, len(text) if end is None else end):
        known = norms.get(s)
        if known is None:
            kind = _TOKEN_RE.match(s).lastgroup or "punct"
            if len(norms) > NORMS_LIMIT:
                norms.clear()
            known = norms[s] = (s, s if kind == "punct" else normalize(s), kind)
        s, norm, kind = known  # (the cache's own string for the word: one string object a written form, shared
        # by its tokens, its hash worked out once for every later lookup of the text of any of them)
        tok = _new(_TokenBuild)
        tok.start = pos = pos + len(gap)
        tok.end = pos = pos + len(s)
        tok.text = s
        tok.norm = norm
        tok.kind = kind
        tok.__class__ = Token  # (from here on frozen)
        append(tok)
    return out


def after_letters(tok: Token, letters: int) -> int:
    """Offset in the text just after the first `letters` Arabic letters of `tok` (marks and tatweel
    skipped; presentation forms counted): where a word starts once its clitic prefix (و، ب، لل…) is left out."""
    if not letters:
        return tok.start
    seen = 0
    for j, ch in enumerate(tok.text):
        if "\u0621" <= ch <= "\u064A" and ch != "\u0640" or "\uFE80" <= ch <= "\uFEFC" or "\uFB50" <= ch <= "\uFDFD":
            if seen == letters:  # (a presentation form, ﺍﻟ, is one letter too)
                return tok.start + j
            seen += 1
    return tok.start
