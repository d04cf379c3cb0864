"""Where the story ends: related-story teaser blocks ("شاهد أيضاً", "اقرأ أيضاً"…) are not the article."""

from __future__ import annotations

import functools
import re

from .normalize import _DROP, normalize


@functools.cache
def page_markers(kind: str) -> tuple[str, ...]:
    """Normalised headings of one class of page_markers.tsv: "teaser" (related stories), "comment", "tags" or
    "trailer"."""
    from ..lexicon.compile import _rows

    return tuple(normalize(r["phrase"]) for r in _rows("page_markers.tsv") if r.get("class") == kind)


_LINE_RE = re.compile(r"[^\n]+")
_STRIP = " \t:：-–—|•*#>»«\"'.،"  # taken off a line's ends before it is compared with the headings
_MAX_HEADING = 40
_TAGS_TAIL = 300  # a keyword line is among the page's last lines: at most this many characters follow it
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


def find_story_end(text: str) -> int | None:
    """Offset of the first teaser-block heading line or keyword line, or None when the text has none."""
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
