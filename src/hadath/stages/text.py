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

    def __call__(self, article: Article) -> Article:
        text = article.text
        clean = strip_control(text) if _CONTROL.search(text) else text
        article.story_end = find_story_end(clean)
        article.sentences = sentences(clean, article.story_end)
        article.tokens = [tokenize(clean, s.start, s.end) for s in article.sentences]
        if article.language is None:
            article.language = guess_language(clean[: article.story_end or len(clean)])
        return article


def guess_language(text: str) -> str | None:
    """'ar' when most letters of `text` are Arabic, 'und' when another script dominates, None if no letters."""
    arabic = other = 0
    for ch in text[:20000]:
        if "\u0621" <= ch <= "\u064A" or "\u0671" <= ch <= "\u06D3":
            arabic += 1
        elif ch.isalpha():
            other += 1
    if not arabic and not other:
        return None
    return "ar" if arabic >= other else "und"
