"""Tokenisation of Arabic news text into words, numbers and punctuation, with offsets."""

from __future__ import annotations

import re

from ..records import Token
from .normalize import normalize

# A word: Arabic letters with their marks and tatweel, or Latin letters; numbers in any digit set
# (with inner separators); anything else that is not space is one punctuation token.
_TOKEN_RE = re.compile(
    r"(?P<ar>[\u0621-\u063F\u0641-\u064A\u0671-\u06D3\u06FA-\u06FF][\u0621-\u065F\u0670-\u06D3\u06D6-\u06ED\u06FA-\u06FF\u0640\u200C\u200D]*)"
    r"|(?P<num>[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,٫٬/:][0-9\u0660-\u0669\u06F0-\u06F9]+)*)"
    r"|(?P<latin>[A-Za-z\u00C0-\u024F]+(?:['’.-][A-Za-z\u00C0-\u024F]+)*)"
    r"|(?P<punct>[^\s\u0640])"
)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Split `text[start:end]` into Tokens whose offsets index `text` itself."""
    out: list[Token] = []
    for m in _TOKEN_RE.finditer(text, start, len(text) if end is None else end):
        kind = m.lastgroup or "punct"
        s = m.group()
        out.append(Token(m.start(), m.end(), s, normalize(s) if kind != "punct" else s, kind))
    return out


def after_letters(tok: Token, letters: int) -> int:
    """Offset in the text just after the first `letters` Arabic letters of `tok` (marks and tatweel
    skipped): where a word starts once its clitic prefix (و، ب، لل…) is left out."""
    if not letters:
        return tok.start
    seen = 0
    for j, ch in enumerate(tok.text):
        if "\u0621" <= ch <= "\u064A" and ch != "\u0640":
            if seen == letters:
                return tok.start + j
            seen += 1
    return tok.start
