"""Where the story ends: related-story teaser blocks ("شاهد أيضاً", "اقرأ أيضاً"…) are not the article."""

from __future__ import annotations

import functools
import re

from .normalize import normalize



@functools.cache
def page_markers(kind: str) -> tuple[str, ...]:
    """Normalised headings of one class of page_markers.tsv: "teaser" (related stories) or "comment"."""
    from ..lexicon.compile import _rows

    return tuple(normalize(r["phrase"]) for r in _rows("page_markers.tsv") if r.get("class") == kind)


_LINE_RE = re.compile(r"[^\n]+")


def find_story_end(text: str) -> int | None:
    """Offset of the first teaser-block heading line, or None when the text has none."""
    for m in _LINE_RE.finditer(text):
        line = normalize(m.group()).strip(" \t:：-–—|•*#>»«\"'.،")
        if not line or len(line) > 40:
            continue
        if any(line == mk or (line.startswith(mk) and len(line) - len(mk) <= 4) for mk in page_markers("teaser")):
            if m.start() > 0:
                return m.start()
    return None
