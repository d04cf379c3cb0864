"""Where the story ends: related-story teaser blocks ("شاهد أيضاً", "اقرأ أيضاً"…) are not the article."""

from __future__ import annotations

import functools
import re

from .normalize import _DROP, normalize, normalize_with_offsets, written_forms


@functools.cache
def page_markers(kind: str) -> tuple[str, ...]:
    """Normalised headings of one class of page_markers.tsv: "teaser" (related stories), "glued_teaser" (one glued
    to the titles after it), "comment", "tags" or "trailer"."""
    from ..lexicon.compile import _rows

    return tuple(normalize(r["phrase"]) for r in _rows("page_markers.tsv") if r.get("class") == kind)


_LINE_RE = re.compile(r"[^\n]+")
_STRIP = " \t:：-–—|•*#>»«\"'.،"  # taken off a line's ends before it is compared with the headings
_MAX_HEADING = 40
_TAGS_TAIL = 300  # a keyword line is among the page's last lines: at most this many characters follow it
_GLUED_TAIL = 2000  # a heading glued to the titles after it is among the page's last this many characters
# A line with more than _MAX_HEADING characters that normalising does not drop nor stripping take off is too long
# for a heading however it is normalised: it is passed over without being normalised.
_SKIP = "".join(map(chr, _DROP)) + _STRIP
_LONG_RE = re.compile(f"(?:[{re.escape(_SKIP)}]*[^{re.escape(_SKIP)}\n]){{{_MAX_HEADING + 1}}}")


def _tag_line(line: str) -> bool:
    """True for a page's keyword line: a tags heading (سمات، الكلمات الدلالية) then words, with no sentence mark."""
    head = normalize(line[:30]).strip(_STRIP + "\xa0")
    return any(head.startswith(mk) and head[len(mk):len(mk) + 1] in (" ", ":", "：") and len(head) > len(mk) + 1
               for mk in page_markers("tags")) and not any(c in line for c in ".،؟!")


def trailer_line(line: str) -> bool:
    """True for a line that links the story again under its title (رابط الخبر بصحيفة الوئام: …), or for the page's
    keyword list glued to the story's last sentence («… مالها. سمات بوليوود فيلم قتل»: the splitter makes it a
    sentence of its own): their places and dates are read, but the title told again is no second telling of the
    news, and a list of keywords tells none."""
    head = normalize(line[:30]).strip(_STRIP + "\xa0")
    return any(head.startswith(mk) for mk in page_markers("trailer")) or _tag_line(line)


# what stands right before a heading that begins no line: a sentence's final mark (and a closing quote), then spaces
_BREAK_BEFORE_RE = re.compile(r"(?:\n|[.!?؟][»”\"')]*)[ \t\xa0]*\Z")


@functools.cache
def _glued_finder() -> re.Pattern[str]:
    """The glued_teaser headings as they may be written (normalize.written_forms): a text whose tail has none
    needs no normalising."""
    return re.compile("|".join(written_forms(mk) for mk in page_markers("glued_teaser")))


def _glued_teaser(text: str) -> int | None:
    """Offset of a related-articles heading glued to the titles after it («مقالات أخرى للكاتبلماذا هدمت…»), at a
    line's start or after a sentence's final mark, among the page's last _GLUED_TAIL characters, or None."""
    start = max(0, len(text) - _GLUED_TAIL)
    if _glued_finder().search(text, start) is None:
        return None  # (most pages: no such heading, found without normalising the tail)
    tail = normalize(text[start:])
    found = sorted(k for mk in page_markers("glued_teaser") if (k := tail.find(mk)) >= 0)
    if not found:
        return None
    offsets = normalize_with_offsets(text[start:])[1]  # normalising may drop marks: map back to the text
    for k in found:
        pos = start + offsets[k]
        if pos > 0 and _BREAK_BEFORE_RE.search(text, max(0, pos - 8), pos):
            return pos
    return None


def find_story_end(text: str) -> int | None:
    """Offset of the first teaser-block heading line or keyword line, or of a related-articles heading glued to
    its titles, or None when the text has none."""
    end = _heading_line(text)
    glued = _glued_teaser(text)
    return glued if glued is not None and (end is None or glued < end) else end


def _heading_line(text: str) -> int | None:
    """Offset of the first teaser-block heading line or keyword line, or None."""
    for m in _LINE_RE.finditer(text):
        if m.start() > 0 and len(text) - m.end() < _TAGS_TAIL and _tag_line(m.group()):
            return m.start()  # سمات النمسا الهلال غازي عنتاب: the page's tags, after the story (near its end)
        if _LONG_RE.match(text, m.start(), m.end()):
            continue
        line = normalize(m.group()).strip(_STRIP)
        if not line or len(line) > _MAX_HEADING:
            continue
        if any(line == mk or (line.startswith(mk) and len(line) - len(mk) <= 4) for mk in page_markers("teaser")):
            if m.start() > 0:
                return m.start()
    return None
