"""Where the story ends: related-story teaser blocks ("شاهد أيضاً", "اقرأ أيضاً"…) are not the article."""

from __future__ import annotations

import re

from .normalize import normalize

# Markers of related-article blocks, matched on normalised lines that consist of little more.
_MARKERS = (
    "شاهد ايضا", "اقرا ايضا", "اقرا المزيد", "اقرا كذلك", "شاهد كذلك", "طالع ايضا", "انظر ايضا",
    "اخبار ذات صله", "مواضيع ذات صله", "مقالات ذات صله", "موضوعات ذات صله", "اخبار متعلقه",
    "قد يعجبك ايضا", "قد يهمك ايضا", "المزيد من الاخبار", "اقرا ايضا:", "ذات صله", "الاكثر قراءه",
    "اخترنا لك", "لمزيد من الاخبار",
)
_LINE_RE = re.compile(r"[^\n]+")


def find_story_end(text: str) -> int | None:
    """Offset of the first teaser-block heading line, or None when the text has none."""
    for m in _LINE_RE.finditer(text):
        line = normalize(m.group()).strip(" \t:：-–—|•*#>»«\"'.،")
        if not line or len(line) > 40:
            continue
        if any(line == mk or (line.startswith(mk) and len(line) - len(mk) <= 4) for mk in _MARKERS):
            if m.start() > 0:
                return m.start()
    return None
