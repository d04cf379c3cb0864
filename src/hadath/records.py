"""Small frozen records that annotate an Article; each points into `Article.text` by offsets."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from operator import attrgetter
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


def _builder(record: type) -> type:
    """A private twin of the frozen slots record `record`, for the hot builders: its slots are the record's, in the
    record's order, and it is not frozen, so a builder fills a fresh instance by plain attribute assignment (the
    interpreter's fastest store) and then makes it a `record` (`obj.__class__ = record`; the two layouts are the
    same, which Python checks). The object a builder hands out is a `record`, frozen like any other: only the
    unfinished one is ever written to. (The record's __init__ sets each field through object.__setattr__, and a
    slot descriptor's __set__ called from Python costs about as much: together most of tokenising's time.)"""
    return type(f"_{record.__name__}Build", (), {"__slots__": record.__slots__, "__module__": __name__})


_TokenBuild = _builder(Token)  # (arabic.tokens makes every token through it)


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
    _fields: dict[str, str] | None = field(default=None, init=False, compare=False, hash=False, repr=False)  # info, keyed

    def get(self, key: str, default: str = "") -> str:
        """The value of one lexicon field of this mention."""
        fields = self._fields  # (made on the first call: many stages ask a mention for its fields)
        if fields is None:
            fields = dict(reversed(self.info))  # (the first of a repeated key wins, as in `info`; made in C)
            object.__setattr__(self, "_fields", fields)
        return fields.get(key, default)

    def to_dict(self) -> dict[str, Any]:
        """The mention as a JSON-ready dict with its offsets."""
        d: dict[str, Any] = {"kind": self.kind, "label": self.label, "text": self.text,
                             "start": self.start, "end": self.end, "sentence": self.sentence}
        d.update({k: v for k, v in self.info if v})
        return d


_MentionBuild = _builder(Mention)  # (the lexicon matchers make most mentions through it: make_mention)


def make_mention(start: int, end: int, text: str, kind: str, label: str, tok_start: int, tok_end: int,
                 sentence: int, info: tuple[tuple[str, str], ...] = (), entry: Any = None) -> Mention:
    """A Mention made fast for the lexicon matchers, equal to `Mention(...)` with the same arguments and as frozen
    (filled through its private builder twin, see _builder: a hundred thousand mentions a thousand articles)."""
    m = object.__new__(_MentionBuild)
    m.start = start
    m.end = end
    m.text = text
    m.kind = kind
    m.label = label
    m.tok_start = tok_start
    m.tok_end = tok_end
    m.sentence = sentence
    m.info = info
    m.entry = entry
    m._fields = None
    m.__class__ = Mention  # (from here on frozen)
    return m


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
class TimeExpr:
    """A time expression and the calendar value it names, resolved against the publication date.

    `value` is an ISO date (day), YYYY-Www (week), YYYY-MM (month), YYYY (year), or for Hijri months
    and years the Gregorian interval "start/end"; None for vague expressions, impossible dates, and
    relative ones when the publication date is unknown (then `unresolved` says why).
    """

    text: str
    start: int
    end: int
    sentence: int
    value: str | None
    granularity: str  # "day", "week", "month", "year", "vague"
    relative: bool = False
    end_value: str | None = None
    calendar: str = "gregorian"  # or "hijri"
    unresolved: str | None = None  # why there is no value: "no publication date", "impossible date"

    @property
    def first_day(self) -> str | None:
        """The first day the value covers, YYYY-MM-DD (None without a value)."""
        from .arabic.calendar import first_day
        return first_day(self.value)

    def to_dict(self) -> dict[str, Any]:
        """The time expression as a JSON-ready dict (the `times` layer)."""
        d: dict[str, Any] = {"text": self.text, "start": self.start, "end": self.end, "sentence": self.sentence,
                             "value": self.value, "granularity": self.granularity, "relative": self.relative}
        if self.end_value:
            d["end_value"] = self.end_value
        if self.calendar != "gregorian":
            d["calendar"] = self.calendar
        if self.unresolved:
            d["unresolved"] = self.unresolved
        return d


@dataclass(frozen=True, slots=True)
class Place:
    """A toponym resolved against the packaged gazetteer (GeoNames ids where GeoNames has the place)."""

    text: str
    start: int
    end: int
    sentence: int
    geonameid: int | None
    name: str
    country_code: str  # ISO 3166-1 alpha-2, as GeoNames has it
    lat: float | None
    lon: float | None
    feature: str  # PCLI country, PPLC capital, PPL place, ADM1/ADM2 region, AREA, SITE, CONT, SEA, STRT
    admin1: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The place as a JSON-ready dict (the `places` layer)."""
        return {"text": self.text, "start": self.start, "end": self.end, "sentence": self.sentence,
                "geonameid": self.geonameid, "name": self.name, "country_code": self.country_code or None,
                "lat": self.lat, "lon": self.lon, "feature": self.feature}

    def to_plover(self, iso3: str | None = None) -> dict[str, Any]:
        """The PLOVER location object (manual, tab:locations); `iso3` is the 3-letter country code."""
        resolution = {"PCLI": 1, "ADM1": 2, "AREA": 2, "ADM2": 3, "SITE": 5, "CONT": 0, "SEA": 0,
                      "STRT": 0}.get(self.feature, 4)
        return {"extracted_place": self.text, "resolved_place": self.name, "geonameid": self.geonameid,
                "lat": self.lat, "lon": self.lon, "city": self.name if resolution == 4 else None,
                "province": self.name if self.feature == "ADM1" else None,
                "district": self.name if self.feature == "ADM2" else None,
                "country_code": iso3 or self.country_code or None,
                "feature_class": "A" if self.feature in ("PCLI", "ADM1", "ADM2") else
                ("L" if self.feature in ("AREA", "CONT") else ("H" if self.feature in ("SEA", "STRT") else
                 ("S" if self.feature == "SITE" else "P"))),
                "feature_code": self.feature, "resolution": resolution,
                "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the text: offsets and the words."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """The span as a JSON-ready dict."""
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Statement:
    """An attributed statement: who says (or denies) what, with which words, relayed through whom.

    `speaker` is None when the text names nobody (never invented); `continued` marks a speaker carried
    over from the previous statement (وأضاف، من جانبه). `content` is what is said (the quotation
    without its marks, or the أن/إن clause), possibly running over several sentences.
    """

    id: str
    sentence: int
    cue: Span
    content_start: int
    content_end: int
    stance: str  # "assert" or "deny"
    direct: bool
    speaker: Entity | None = None
    continued: bool = False
    reported_via: Span | None = None
    reported_via_name: str | None = None
    embedded: bool = False  # told inside what another statement says («قال إن حماس تنفي …»)

    def to_dict(self) -> dict[str, Any]:
        """The statement as a JSON-ready dict (the `statements` layer)."""
        sp = None
        if self.speaker is not None:
            e = self.speaker
            sp = {"text": e.text, "start": e.start, "end": e.end, "name": e.name, "role": e.role,
                  "code": e.code, "sector": e.sector, "continued": self.continued}
        via = None
        if self.reported_via is not None:
            via = self.reported_via.to_dict() | {"name": self.reported_via_name}
        return {"id": self.id, "sentence": self.sentence, "speaker": sp, "cue": self.cue.to_dict(),
                "content": {"start": self.content_start, "end": self.content_end},
                "stance": self.stance, "direct": self.direct, "reported_via": via, "embedded": self.embedded}


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
    enddate: str | None = None
    date_source: str | None = None  # "text" (a time expression of the sentence), "published", or
    # "before_published" (told as background: date None, enddate the publication date, or the earlier day that bounds
    # it: the story's day when the background dater moved a story-dated act), "after_published" (an act to
    # come or a conditional one with no time of its own: date and enddate None), or "story" (the day another sentence
    # gives: the story's lead for an event of the same quad class, or a later telling of the same act; date_evidence
    # is that sentence's expression)
    date_evidence: TimeExpr | None = None
    location: Place | None = None
    location_iso3: str | None = None
    claim: Statement | None = None  # the statement the event is told in
    contested: bool = False  # asserted by one source, denied by another (in this article)
    story_id: str | None = None
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

    def updated(self, **changes: Any) -> Event:
        """The event with some fields changed: dataclasses.replace without its checks field by field
        (every field of an Event is an argument of its __init__); the later stages rebuild many events."""
        values = list(_EVENT_VALUES(self))
        for name, value in changes.items():
            values[_EVENT_POSITION[name]] = value
        return Event(*values)

    @property
    def stance(self) -> str | None:
        """"assert" or "deny" when the event is told in a statement, else None."""
        return self.claim.stance if self.claim is not None else None

    @property
    def factual(self) -> bool:
        """True when the event is reported as having happened (not negated, future, hypothetical or denied)."""
        return not (self.negated or self.future or self.hypothetical or self.stance == "deny")

    def to_dict(self) -> dict[str, Any]:
        """The PLOVER JSON record (manual tables tab:json, tab:actorinfo, tab:textinfo) with Hadath's extras."""
        d: dict[str, Any] = {
            "id": self.id,
            "doc_id": self.doc_id,
            "date": self.date,
            "enddate": self.enddate,
            "date_source": self.date_source,
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
        if self.date_evidence is not None:
            d["date_text"] = {"text": self.date_evidence.text, "start": self.date_evidence.start,
                              "end": self.date_evidence.end, "value": self.date_evidence.value,
                              "granularity": self.date_evidence.granularity}
        d["event_loc"] = self.location.to_plover(self.location_iso3) if self.location is not None else None
        c = self.claim
        d["claimed_by"] = c.to_dict()["speaker"] if c is not None else None
        d["stance"] = self.stance
        d["statement"] = c.id if c is not None else None
        d["reported_via"] = (c.reported_via_name or c.reported_via.text) if c is not None and c.reported_via else None
        d["contested"] = self.contested
        d.update(self.extras)
        return d


_EVENT_FIELDS = tuple(f.name for f in fields(Event))  # all of them __init__ arguments, in order
_EVENT_VALUES = attrgetter(*_EVENT_FIELDS)
_EVENT_POSITION = {name: k for k, name in enumerate(_EVENT_FIELDS)}
