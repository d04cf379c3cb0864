"""Text stages: story boundary, sentences and tokens."""

from __future__ import annotations

import re

from ..arabic.normalize import strip_control
from ..arabic.sentences import sentences
from ..arabic.story import find_story_end
from ..arabic.tokens import tokenize
from ..article import Article

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class Segmenter:
    """Finds where the story ends (teaser blocks), splits sentences and tokenises them."""

    name = "segment"
    requires = ("text",)
    adds = ("story_end", "sentences", "tokens", "language")

    def __init__(self) -> None:
        self._norms: dict[str, tuple[str, str, str]] = {}  # written token → (itself, normal form, kind), for this run

    def __call__(self, article: Article) -> Article:
        text = article.text
        clean = strip_control(text) if _CONTROL.search(text) else text
        article.story_end = find_story_end(clean)
        article.sentences = sentences(clean, article.story_end)
        article.tokens = [tokenize(clean, s.start, s.end, self._norms) for s in article.sentences]
        if article.language is None:
            article.language = guess_language(clean[: article.story_end or len(clean)])
        return article


_ARABIC_LETTER = re.compile(r"[\u0621-\u063F\u0641-\u064A\u0671-\u06D3]")
_OTHER_LETTER = re.compile(r"[^\W\d_\u0600-\u06FF]")
# Every character that may be one of _OTHER_LETTER's, and more: all but the Arabic block, spaces, ASCII marks and
# digits, the no-break space, guillemets, the joiners and direction marks, dashes, quotes and the ellipsis. A class of
# ranges alone is read fast; most articles have none of it, and _OTHER_LETTER's count (a Unicode test a character) is
# then 0 without reading them again.
_MAYBE_OTHER_LETTER = re.compile(r"[^\u0600-\u06FF\s!-@\[-`{-~\xa0«»\u200c-\u200f\u2010-\u2027]")


_CHUNK = 1000  # Arabic letters are counted a chunk at a time, only until they outnumber the others


def guess_language(text: str) -> str | None:
    """'ar' when most letters of `text` are Arabic, 'und' when another script dominates, None if no letters."""
    sample = text[:20000]
    other = len(_OTHER_LETTER.findall(sample)) if _MAYBE_OTHER_LETTER.search(sample) else 0
    if not other:
        return "ar" if _ARABIC_LETTER.search(sample) else None
    arabic = 0
    for pos in range(0, len(sample), _CHUNK):
        arabic += len(_ARABIC_LETTER.findall(sample, pos, pos + _CHUNK))
        if arabic >= other:
            return "ar"
    return "und"
