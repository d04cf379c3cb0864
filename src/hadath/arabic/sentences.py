"""Sentence splitting for Arabic news: survives abbreviations, decimals, quotes and headlines."""

from __future__ import annotations

import re

from ..records import Sentence

_CLOSERS = "\"'»”’)]}›"
# Sentence-final marks; a newline always ends a sentence (headlines, paragraphs, list items).
# A mark (or a run of marks, and closers) glued to the Arabic word after it may end a sentence too
# («التعليمية.وأفاد»، «الماضية».وأضافت»، «الحوثي .وأكد»، «السياسية.»وقال»): `_glued_end` tells which.
# (Every branch starts with the one mark read first, so the pattern opens with the set of all the marks and the
# regex engine skips to them fast, as it does not past a lookahead in front; each branch then checks with a
# lookbehind which mark it read.)
_END_RE = re.compile(r"[.!?؟…\n](?:(?<=[.!?؟…])[.!?؟…]*[" + re.escape(_CLOSERS) + r"]*(?=\s|$)"
                     r"|(?<=[.!?؟…])[.!?؟…]*[" + re.escape(_CLOSERS) + r"]*(?=[\u0621-\u064A])|(?<=\n)\n*)")
_LETTERS = re.compile(r"[\u0621-\u0652]*$")  # the Arabic letters (and marks) a word ends with
_DIGITS = re.compile(r"[0-9\u0660-\u0669]*$")
_AFTER_LETTERS = re.compile(r"[\u0621-\u0652]*")
_ALNUM = re.compile(r"[^\W_]")  # a letter or digit: what str.isalnum() tells of one character
# Single letters and short forms that take a period without ending a sentence.
_ABBREV = {"د", "م", "ص", "ق", "هـ", "ه", "أ", "ا", "ج", "س", "ش", "ت", "ك", "ل", "ع", "Mr", "Dr", "St", "U.S", "No", "Jr", "vs"}
_MAX_SENTENCE = 2000  # characters; longer runs are cut at the nearest space so matching stays bounded


def _abbrev_before(text: str, pos: int) -> bool:
    """True if the word just before `pos` is a known abbreviation (so its period ends nothing)."""
    i = pos
    while i > 0 and not text[i - 1].isspace() and text[i - 1] not in "(«\"":
        i -= 1
    word = text[i:pos]
    return word in _ABBREV


def _glued_end(text: str, start: int, end: int) -> bool:
    """True when the marks text[start:end], glued to the Arabic word at `end`, end a sentence: after a word of four
    letters or more («التعليمية.وأفاد»; not one of three, as a spelled letter: «إيه.سي ميلان»), after a year («عام
    2014.وفقا»), a closer («الماضية».وأضافت») or a space («عدن .وقال»); not after a short abbreviation (د.محمد، ق.م),
    before an initial («سميرة .م») nor inside a spelled acronym or a link (أيه.إم.دي، إيه.آر.إم)."""
    i = start
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    before = text[i:start]
    j = end
    while j < len(text) and not text[j].isspace():
        j += 1
    after = text[end:j].rstrip(_CLOSERS + ".,:;،؛!?؟…")
    if "." in before or "." in after:
        return False  # أيه.إم.دي.ولم، إيه.آر.إم: a spelled acronym (or a link), not two sentences
    follows = len(_AFTER_LETTERS.match(text, end).group())
    if follows < 2 and text[end] != "و":
        return False  # «سميرة .م 60 سنة»، «محمد.أ»: an initial (not «السعودي.و تم»: و written apart)
    if not before:  # «الحوثي .وأكد»: a space, then the mark glued to the next word
        while i > 0 and text[i - 1].isspace():
            i -= 1
        return i > 0
    if before[-1] in _CLOSERS:
        return len(before) > 1  # «الماضية».وأضافت»، «(إسلامي)!أشكالنا»: a quote or aside closed, then the mark
    return len(_LETTERS.search(before).group()) >= 4 or len(_DIGITS.search(before).group()) >= 4


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences of `text[start:end]`, trimmed of spaces."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cur = start
    for m in _END_RE.finditer(text, start, end):
        mark = m.group()
        m_start, m_end = m.span()
        if mark[0] == "." and len(mark.rstrip(_CLOSERS)) == 1 and _abbrev_before(text, m_start):
            continue
        if mark[0] != "\n" and m_end < end and not text[m_end].isspace() and (
                mark[0] == "…" or not _glued_end(text, m_start, m_end)):
            continue  # (an ellipsis glued to the next word leaves words out: «التوجيهات السامية…لتلبية طلب»)
        _add(text, cur, m_end if mark[0] != "\n" else m_start, spans)
        cur = m_end
    _add(text, cur, end, spans)
    return spans


def _add(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> None:
    """Append the trimmed span [s, e) (cut into bounded pieces if very long) when it has content."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    while e - s > _MAX_SENTENCE:
        cut = text.rfind(" ", s + _MAX_SENTENCE // 2, s + _MAX_SENTENCE)
        cut = cut if cut > s else s + _MAX_SENTENCE  # no space at all: cut inside the run
        piece_end = cut
        while piece_end > s and text[piece_end - 1].isspace():
            piece_end -= 1
        if piece_end > s:
            spans.append((s, piece_end))
        s = cut
        while s < e and text[s].isspace():
            s += 1
    if e > s and _ALNUM.search(text, s, e):
        spans.append((s, e))


def sentences(text: str, story_end: int | None = None) -> list[Sentence]:
    """Sentence records for the whole text, those after `story_end` marked as outside the story."""
    limit = len(text) if story_end is None else story_end
    return [Sentence(i, s, e, s < limit) for i, (s, e) in enumerate(split_sentences(text))]
