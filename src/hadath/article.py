"""The Article: one text and every annotation on it, each pointing into the text by offsets."""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from .records import Event, Mention, Sentence, Token

_NORM = attrgetter("norm")
_NO_MENTIONS: list[Mention] = []  # (Article.sentence_mentions of a sentence with none: never changed)


# the publication years the stages can count a few years back and ahead from (calendar arithmetic fails near 1 and 9999)
FIRST_YEAR, LAST_YEAR = 1000, 8999
_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d(?:[T ]\d|$)")  # a day, alone or before its time


def checked_published(value: Any) -> tuple[str | None, str | None]:
    """A publication date as YYYY-MM-DD, or None with the reason it was not taken. A time after the day
    («2016-05-20T10:00», «2016-05-20 10:00») is dropped: the stages count days."""
    if isinstance(value, (_dt.date, _dt.datetime)):
        day = value.date() if isinstance(value, _dt.datetime) else value
    elif isinstance(value, str) and _ISO_DAY.match(value.strip()):
        try:
            day = _dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None, f"published {value!r} is not a date YYYY-MM-DD; ignored"
    else:
        return None, f"published {value!r} is not a date YYYY-MM-DD; ignored"
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        return None, f"published {value!r} is outside the years {FIRST_YEAR}–{LAST_YEAR}; ignored"
    return day.isoformat(), None


@dataclass
class Article:
    """A news text with its metadata and annotation layers; every stage takes one and returns it."""

    text: str
    id: str = ""
    url: str | None = None
    source: str | None = None
    title: str | None = None
    language: str | None = None
    published: str | None = None  # YYYY-MM-DD
    story_end: int | None = None  # offset where related-story teasers begin
    topic: str | None = None  # sport or arts when the story is plainly about it (its non-violent events are dropped)
    # the states the title names by any coded actor of theirs (the mentions stage reads them where the outlet has a
    # home country: a Saudi paper's «مصر: …» story is Egypt's, see stages.places.PlaceHomes.land)
    title_states: frozenset[str] = frozenset()
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[list[Token]] = field(default_factory=list)  # per sentence
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    statements: list[Any] = field(default_factory=list)
    times: list[Any] = field(default_factory=list)
    places: list[Any] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    layers: set[str] = field(default_factory=set)
    _norms: tuple[list, list[list[str]]] | None = field(default=None, repr=False, compare=False)
    _triggers: tuple[list, int, dict[int, Mention]] | None = field(default=None, repr=False, compare=False)
    _by_sentence: tuple[list, int, dict[int, list[Mention]]] | None = field(default=None, repr=False, compare=False)
    _groups: tuple[list, dict[int, list]] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise TypeError(f"an Article's text must be a str, not {type(self.text).__name__}")
        for name in ("title", "url", "source", "language"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                self.errors.append(f"{name} {value!r} is not a string; ignored")
                setattr(self, name, None)
        if self.published is not None:
            self.published, problem = checked_published(self.published)
            if problem:
                self.errors.append(problem)
        if not self.id:
            self.id = hashlib.sha1(self.text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        self.layers.add("text")

    def norms(self) -> list[list[str]]:
        """The normalised forms of each sentence's tokens, listed once for the stages that read them all
        (statements, times, places); listed again if the tokens are replaced."""
        if self._norms is None or self._norms[0] is not self.tokens:
            self._norms = (self.tokens, [list(map(_NORM, toks)) for toks in self.tokens])  # (in C)
        return self._norms[1]

    def phrase_groups(self) -> dict[int, list]:
        """The noun-phrase groups the event coder read each sentence's parties from (sentence index → its groups,
        stages.phrases.Group), kept for the later stages that choose among them; emptied if the tokens are replaced."""
        if self._groups is None or self._groups[0] is not self.tokens:
            self._groups = (self.tokens, {})
        return self._groups[1]

    def trigger_at(self, start: int) -> Mention | None:
        """The first trigger mention starting at offset `start`, from an index of the mentions made once an article
        (made again when the mention layer is replaced or grows): no scan of every mention for each event."""
        ms = self.mentions
        if self._triggers is None or self._triggers[0] is not ms or self._triggers[1] != len(ms):
            index: dict[int, Mention] = {}
            for m in ms:
                if m.kind == "trigger":
                    index.setdefault(m.start, m)
            self._triggers = (ms, len(ms), index)
        return self._triggers[2].get(start)

    def sentence_mentions(self, sentence: int) -> list[Mention]:
        """The mentions of one sentence, in their order in `mentions`, from an index made once an article (made again
        when the mention layer is replaced or grows): a rule asked once an event reads its sentence's mentions alone,
        no scan of the article's (do not change the list it gives)."""
        ms = self.mentions
        if self._by_sentence is None or self._by_sentence[0] is not ms or self._by_sentence[1] != len(ms):
            index: dict[int, list[Mention]] = {}
            for m in ms:
                index.setdefault(m.sentence, []).append(m)
            self._by_sentence = (ms, len(ms), index)
        return self._by_sentence[2].get(sentence, _NO_MENTIONS)

    def sentence_text(self, sentence: Sentence) -> str:
        """The text of one sentence."""
        return self.text[sentence.start:sentence.end]

    def to_dict(self) -> dict[str, Any]:
        """The whole Article as one JSON-ready object (the `hadath annotate` record)."""
        return {
            "id": self.id,
            "url": self.url,
            "source": self.source,
            "title": self.title,
            "language": self.language,
            "published": self.published,
            "text": self.text,
            "story_end": self.story_end,
            "topic": self.topic,
            "sentences": [s.to_dict() for s in self.sentences],
            "mentions": [m.to_dict() for m in self.mentions],
            "events": [e.to_dict() for e in self.events],
            "statements": [s.to_dict() for s in self.statements],
            "times": [t.to_dict() for t in self.times],
            "places": [p.to_dict() for p in self.places],
            "errors": list(self.errors),
        }
