"""Near-duplicate articles: agency copies republished by many sites are linked to one story.

Each article gets a bottom-k MinHash sketch: the k smallest CRC-32 hashes of its word 4-grams
(normalised words, so spelling variants of alef, ya and ta marbuta do not matter). Two sketches
estimate the Jaccard similarity of the articles' 4-gram sets; an article whose similarity with an
earlier one reaches the threshold (0.7 by default) is its near-duplicate: it is stored and coded as
a source of its own, with `duplicate_of` the earliest such article and the same `story_id`.
Candidates are found through an index of each sketch's smallest hashes, so linking stays linear.
"""

from __future__ import annotations

import heapq
import re
import zlib
from collections import defaultdict

from .arabic.normalize import normalize

K = 64  # sketch size
BANDS = 16  # the smallest hashes indexed for candidate search
_WORD = re.compile(r"[\u0621-\u064A0-9A-Za-z]+")


def sketch(text: str, k: int = K) -> list[int]:
    """The bottom-k sketch of a text: the k smallest hashes of its word 4-grams, ascending."""
    words = _WORD.findall(normalize(text))
    if len(words) < 4:
        grams = {" ".join(words)} if words else set()
    else:
        grams = {" ".join(words[i:i + 4]) for i in range(len(words) - 3)}
    return heapq.nsmallest(k, {zlib.crc32(g.encode("utf-8")) for g in grams})


def similarity(a: list[int], b: list[int], k: int = K) -> float:
    """Estimated Jaccard similarity of two bottom-k sketches."""
    if not a or not b:
        return 0.0
    union = heapq.nsmallest(k, set(a) | set(b))
    sa, sb = set(a), set(b)
    return sum(1 for h in union if h in sa and h in sb) / len(union)


class DuplicateIndex:
    """Sketches of the articles seen so far, searchable for near-duplicates."""

    def __init__(self, threshold: float = 0.7):
        self.threshold = threshold
        self.sketches: dict[str, list[int]] = {}
        self.story: dict[str, str] = {}
        self.order: dict[str, int] = {}
        self.postings: dict[int, list[str]] = defaultdict(list)

    def add(self, doc_id: str, sk: list[int], story_id: str | None = None) -> None:
        """Index one article's sketch under its story."""
        self.sketches[doc_id] = sk
        self.story[doc_id] = story_id or doc_id
        self.order[doc_id] = len(self.order)
        for h in sk[:BANDS]:
            self.postings[h].append(doc_id)

    def match(self, sk: list[int]) -> tuple[str | None, float]:
        """The earliest indexed article at least `threshold` similar to `sk`, and the similarity."""
        seen: set[str] = set()
        best: tuple[int, str, float] | None = None
        for h in sk[:BANDS]:
            for other in self.postings.get(h, ()):
                if other in seen:
                    continue
                seen.add(other)
                sim = similarity(sk, self.sketches[other])
                if sim >= self.threshold and (best is None or self.order[other] < best[0]):
                    best = (self.order[other], other, sim)
        return (best[1], best[2]) if best else (None, 0.0)

    def link(self, doc_id: str, sk: list[int]) -> tuple[str, str | None, float]:
        """(story_id, duplicate_of, similarity) for a new article, which is then indexed."""
        dup, sim = self.match(sk)
        story = self.story[dup] if dup else doc_id
        self.add(doc_id, sk, story)
        return story, dup, sim
