"""The words of Arabic time expressions (time_words.tsv), compiled for lookup by normalised word sequence."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..arabic.normalize import normalize
from ..errors import LexiconError
from .compile import _rows

CLASSES = {"month", "hijri_month", "weekday", "day", "part", "edge", "month_part", "past", "current", "next", "unit",
           "dual", "count", "ordinal", "vague", "year_word", "era_ad", "era_ah", "month_word", "since",
           "after", "range_to", "not_today", "not_yesterday", "period", "few", "about", "qualifier",
           "first_day", "same", "month_lead", "year_lead", "friday_noun", "not_future", "background",
           "agreeing", "roughly", "reckoned_from", "now", "future_particle", "past_particle", "newspaper",
           "pair_rel", "that", "general", "reckoned_event", "feast", "single"}


@dataclass(frozen=True)
class TimeWord:
    """What one word or phrase is in a time expression: its classes and their values."""

    classes: dict[str, str]
    # also a common word ("ambiguous" in its note): a month name (مارس "exercised", آب), read only beside a day, a
    # year or a relative word; the vague أخيرا ("finally" at a clause's opening, "final" after a noun)
    ambiguous: bool = False


@dataclass
class TimeWords:
    """Time words keyed by tuples of normalised words (phrases of up to four words)."""

    phrases: dict[tuple[str, ...], TimeWord] = field(default_factory=dict)
    longest: int = 1

    @classmethod
    def from_rows(cls, rows: list[dict[str, str]]) -> "TimeWords":
        """Compile (word, class, value, note) rows; an unknown class is a LexiconError."""
        merged: dict[tuple[str, ...], dict[str, str]] = {}
        ambiguous: set[tuple[str, ...]] = set()
        for row in rows:
            cls_name = row.get("class", "")
            if cls_name not in CLASSES:
                raise LexiconError(f"time_words.tsv: unknown class {cls_name!r} for {row.get('word')!r}")
            key = tuple(normalize(row.get("word", "")).split())
            if not key:
                continue
            merged.setdefault(key, {})[cls_name] = row.get("value", "")
            if "ambiguous" in row.get("note", ""):
                ambiguous.add(key)
        tw = cls({k: TimeWord(v, k in ambiguous) for k, v in merged.items()})
        tw.longest = max((len(k) for k in merged), default=1)
        return tw

    def words_of(self, cls_name: str) -> frozenset[str]:
        """The one-word entries of a class, normalised (a set to test words against)."""
        return frozenset(k[0] for k, tw in self.phrases.items() if len(k) == 1 and cls_name in tw.classes)

    @classmethod
    def load(cls) -> "TimeWords":
        """The packaged time words."""
        return cls.from_rows(_rows("time_words.tsv"))
