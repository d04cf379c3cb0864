"""Small frozen records that annotate an Article; each points into `Article.text` by offsets."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# PLOVER quad categories of the 16 event types (manual, "Quad category" of each type).
QUAD_CATEGORY = {
    "AGREE": "verbal cooperation", "CONSULT": "verbal cooperation", "SUPPORT": "verbal cooperation",
    "CONCEDE": "verbal cooperation",
    "COOPERATE": "material cooperation", "AID": "material cooperation", "RETREAT": "material cooperation",
    "REQUEST": "verbal conflict", "ACCUSE": "verbal conflict", "REJECT": "verbal conflict",
    "THREATEN": "verbal conflict",
    "PROTEST": "material conflict", "SANCTION": "material conflict", "MOBILIZE": "material conflict",
    "COERCE": "material conflict", "ASSAULT": "material conflict",
}
# quad_code numbering of the PLOVER manual ("Quad categories in PLOVER" table).
QUAD_NUMBER = {"verbal cooperation": 1, "material cooperation": 2, "verbal conflict": 3, "material conflict": 4}
QUAD = {etype: QUAD_NUMBER[cat] for etype, cat in QUAD_CATEGORY.items()}
EVENT_TYPES = tuple(QUAD)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its span in the text, its sequence number, and whether it belongs to the story."""

    index: int
    start: int
    end: int
    in_story: bool = True

    def to_dict(self) -> dict[str, Any]:
        """The sentence as a JSON-ready dict."""
        return {"index": self.index, "start": self.start, "end": self.end, "in_story": self.in_story}


@dataclass(frozen=True, slots=True)
class Token:
    """A word, number or punctuation mark; `norm` is its matching form (see arabic.normalize)."""

    start: int
    end: int
    text: str
    norm: str
    kind: str  # "ar", "latin", "num", "punct"


@dataclass(frozen=True, slots=True)
class Mention:
    """A lexicon match in the text: an actor, agent, trigger or cue, with what the lexicon says of it."""

    start: int
    end: int
    text: str
    kind: str  # "actor", "agent", "trigger", "cue"
    label: str  # actor: code; agent: sector; trigger: event type; cue: cue class
    tok_start: int
    tok_end: int
    sentence: int
    info: tuple[tuple[str, str], ...] = ()
    entry: Any = field(default=None, compare=False, hash=False, repr=False)

    def get(self, key: str, default: str = "") -> str:
        """The value of one lexicon field of this mention."""
        for k, v in self.info:
            if k == key:
                return v
        return default

    def to_dict(self) -> dict[str, Any]:
        """The mention as a JSON-ready dict with its offsets."""
        d: dict[str, Any] = {"kind": self.kind, "label": self.label, "text": self.text,
                             "start": self.start, "end": self.end, "sentence": self.sentence}
        d.update({k: v for k, v in self.info if v})
        return d


@dataclass(frozen=True, slots=True)
class Entity:
    """An actor or recipient: resolved code, sector and canonical name, with its evidence span."""

    text: str
    start: int
    end: int
    code: str | None = None
    sector: str | None = None
    name: str | None = None
    role: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The PLOVER entity object (tab:actorinfo) plus evidence offsets."""
        d: dict[str, Any] = {"code": self.code, "sector": self.sector, "entity_text": self.text,
                             "start": self.start, "end": self.end}
        if self.name:
            d["identifier_text"] = self.name
        if self.role:
            d["office"] = self.role
        return d


@dataclass(frozen=True, slots=True)
class Trigger:
    """The words that express an event, with offsets."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """The trigger as a JSON-ready dict."""
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event: a PLOVER record whose every field carries evidence offsets."""

    id: str
    doc_id: str
    event: str
    sentence: int
    sentence_start: int
    sentence_end: int
    sentence_text: str
    trigger: Trigger
    actor: tuple[Entity, ...] = ()
    recipient: tuple[Entity, ...] = ()
    mode: str | None = None
    context: tuple[str, ...] = ()
    cameo: str | None = None
    date: str | None = None
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    extras: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def quad_class(self) -> str:
        """The quad category: the PLOVER type's, except CAMEO appeals (02x), which CAMEO counts as verbal cooperation."""
        if self.event == "REQUEST" and (self.cameo or "").startswith("02"):
            return "verbal cooperation"
        return QUAD_CATEGORY[self.event]

    @property
    def quad_code(self) -> int:
        """Quad class number (PLOVER manual): 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""
        return QUAD_NUMBER[self.quad_class]

    @property
    def factual(self) -> bool:
        """True when the event is reported as having happened (not negated, future or hypothetical)."""
        return not (self.negated or self.future or self.hypothetical)

    def to_dict(self) -> dict[str, Any]:
        """The PLOVER JSON record (manual tables tab:json, tab:actorinfo, tab:textinfo) with Hadath's extras."""
        d: dict[str, Any] = {
            "id": self.id,
            "doc_id": self.doc_id,
            "date": self.date,
            "event": [self.event],
            "mode": [self.mode] if self.mode else [],
            "context": list(self.context),
            "actor": [e.to_dict() for e in self.actor],
            "recipient": [e.to_dict() for e in self.recipient],
            "quad_code": self.quad_code,
            "quad_class": self.quad_class,
            "cameo": self.cameo,
            "negated": self.negated,
            "future": self.future,
            "hypothetical": self.hypothetical,
            "has_event": True,
            "event_text": [self.trigger.text],
            "trigger": self.trigger.to_dict(),
            "text": self.sentence_text,
            "text_info": {"sequence": self.sentence, "start": self.sentence_start,
                          "end": self.sentence_end},
            "coder": "hadath",
        }
        d.update(self.extras)
        return d
