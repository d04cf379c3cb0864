"""Dates and places of events: each event gets the time expression and the toponym that anchor it.

Date: the event's own time expression when its sentence has one with a value (the nearest to the
trigger; a range gives `enddate`), else the article's publication date; `date_source` says which
("text" or "published"). The date is always a full YYYY-MM-DD: the first day of what the expression
names ("فبراير الماضي" → 2016-02-01); `date_text.granularity` says how precise it is.
Place: the toponym of the sentence read as a location (after في/بـ or a place noun) that is not
itself the actor or recipient, nearest the trigger, else the article's dateline place ("الرياض – واس",
"عبدالرحمن الشهري – نجران"); None when neither exists.
"""

from __future__ import annotations


from ..article import Article
from ..arabic.calendar import first_day
from ..arabic.normalize import normalize
from ..lexicon.gazetteer import Gazetteer, PlaceWords
from ..records import Event, Place, TimeExpr



class EventAnchor:
    """Gives each event a date (with its evidence) and a PLOVER event_loc."""

    name = "anchors"
    requires = ("events", "times", "places", "tokens")
    adds = ("event_dates", "event_places")

    def __init__(self, gazetteer: Gazetteer, words: PlaceWords | None = None):
        self.gaz = gazetteer
        self.words = words or PlaceWords.load()

    def __call__(self, article: Article) -> Article:
        times: dict[int, list[TimeExpr]] = {}
        for t in article.times:
            if t.value is not None:
                times.setdefault(t.sentence, []).append(t)
        places: dict[int, list[Place]] = {}
        for p in article.places:
            places.setdefault(p.sentence, []).append(p)
        located: dict[int, list[Place]] = {}  # per sentence, its places read as a location (after في/بـ…)
        dateline = _dateline(article)
        events = []
        for ev in article.events:
            pool = located.get(ev.sentence)
            if pool is None:
                pool = located[ev.sentence] = _locatives(article.text, places.get(ev.sentence, ()),
                                                         self.words.locative)
            events.append(self._anchor(article, ev, times.get(ev.sentence), pool, dateline))
        article.events = events
        return article

    def _anchor(self, article: Article, ev: Event, times: list[TimeExpr] | None, places: list[Place],
                dateline: Place | None) -> Event:
        """The event with its date and location set (`places`: those of its sentence read as a location)."""
        changes: dict = {}
        if times:
            ts, te = ev.trigger.start, ev.trigger.end
            t = times[0] if len(times) == 1 else min(times, key=lambda t: max(0, t.start - te, ts - t.end))
            end = first_day(t.end_value) if t.end_value else None
            changes.update(date=first_day(t.value), enddate=end, date_source="text", date_evidence=t)
        elif article.published:
            changes.update(date=article.published, date_source="published")
        else:
            changes.update(date=None, date_source=None)
        loc = (_location(ev, places) if places else None) or dateline
        if loc is not None:
            changes.update(location=loc, location_iso3=self.gaz.iso3.get(loc.country_code))
        return ev.updated(**changes)


def _locatives(text: str, places: list[Place], locatives: frozenset[str]) -> list[Place]:
    """The places read as a location: glued to بـ, or after a locative word (في، بمدينة…); a place
    named otherwise (نفت واشنطن) does not locate an event."""
    out = []
    for p in places:
        before = text[max(0, p.start - 12):p.start].split()
        if text[max(0, p.start - 1):p.start] == "ب" or (before and normalize(before[-1]) in locatives):
            out.append(p)
    return out


def _location(ev: Event, places: list[Place]) -> Place | None:
    """The place (of those read as a location in its sentence) that locates the event, nearest its
    trigger, not one that is its actor or recipient."""
    roles = [(x.start, x.end) for x in (*ev.actor, *ev.recipient)]
    pool = [p for p in places if not any(p.start < e and s < p.end for s, e in roles)] if roles else places
    if not pool:
        return None
    ts, te = ev.trigger.start, ev.trigger.end
    return pool[0] if len(pool) == 1 else min(pool, key=lambda p: max(0, p.start - te, ts - p.end))


def _dateline(article: Article) -> Place | None:
    """The place of the article's dateline ("الرياض – واس", "عبدالرحمن الشهري – نجران"), if any: a
    toponym in the first line's opening characters with a dash right before or after it."""
    text = article.text
    for p in article.places:
        if p.start > 80:
            break
        before = text[max(0, p.start - 3):p.start].strip()
        after = text[p.end:p.end + 3].strip()
        if before[-1:] in ("-", "–", "—") or after[:1] in ("-", "–", "—"):
            return p
    return None
