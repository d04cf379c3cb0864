"""Repeats: an act told by several triggers of one clause is coded once.

News names one act with several words: «فجر إرهابي نفسه مما أدى لاستشهاد 15 شخصا … تفجير بأحزمة ناسفة», «أطلقوا
النار … ما أدى إلى مقتل», «أسفر هجوم بشاحنة مفخخة عن سقوط ثمانية قتلى». Each trigger gives an event of the same
type; a user counting attacks would count one attack two or three times. An event is dropped when another event of
its sentence has the same type, the same flags (negated, future, hypothetical) and the same date, close to it with
no clause between them that tells another act (فيما، بينما: time_words.tsv's background boundary words) and no time
expression, and every actor and recipient of the first is the very same mention in the same role in the other, which
has more parties («مسلحو بوكو حرام هاجموا القرية … وقتلوا عشرة أشخاص»: the killing's parties are the attack's); of
two such events with the same parties (none at all included) the first stays. An event with a party of its own, or a
date of its own, always stays («قتل 3 جنود في حلب وأصيب 5 مدنيين»، «تبدلت مساء الأحد إلى هجوم واسع» after «عمليات
قصف محدودة»).

Two assaults of one clause with parties of their own are one act too when their parties do not clash: the same actor
(or none), and their recipients are the same, or one of them has none, or one is a toll's
victims and the other an attack's target (a `toll` word of `lexicon/data/repeat_words.tsv`: «قتل 12 شخصا أمس عندما
هاجم انتحاريان حمام سباحة»، «مقتل جنديين تركيين في تفجير سيارة ملغومة استهدفت قافلة عسكرية»), and no two places
locate them. The attack (of a toll and an attack), else the event with more parties, stays, with the other's
parties added; two tolls with victims of their own («قتل ثلاثة جنود في حلب، وأصيب خمسة مدنيين») stay two.
"""

from __future__ import annotations

from ..article import Article
from ..arabic.normalize import normalize, word_key
from ..lexicon.compile import _rows
from ..lexicon.timewords import TimeWords
from ..records import Event
from .phrases import strip_wa

_REACH = 140  # two triggers this many characters apart at most tell one act
_STOPS = ".؛;!?؟"
_JOINED = frozenset({"ASSAULT"})  # the types whose repeats with parties of their own are joined into one act


class RepeatMerger:
    """Drops the events that repeat another event of their clause (same type, flags and date) with no party the other
    lacks."""

    name = "repeats"
    requires = ("events", "event_dates")
    adds = ("event_repeats",)

    def __init__(self, times: TimeWords | None = None):
        words = times or TimeWords.load()
        # words that open a clause of another act (فيما، بينما)
        self.boundary = frozenset(k[0] for k, tw in words.phrases.items()
                                  if len(k) == 1 and tw.classes.get("background") == "boundary")
        self.tolls = frozenset(_key(r["word"]) for r in _rows("repeat_words.tsv") if r["class"] == "toll")

    def __call__(self, article: Article) -> Article:
        events = article.events
        if len(events) < 2:
            return article
        drop: set[int] = set()
        by_sentence: dict[int, list[int]] = {}
        for i, ev in enumerate(events):
            by_sentence.setdefault(ev.sentence, []).append(i)
        for group in by_sentence.values():  # only events of one sentence repeat each other
            for i in group:
                x = events[i]
                nx = len(x.actor) + len(x.recipient)
                for j in group:
                    y = events[j]
                    ny = len(y.actor) + len(y.recipient)
                    if i != j and j not in drop and (ny > nx or ny == nx and j < i) and _shared(x, y) \
                            and self.same_act(article.text, x, y):
                        drop.add(i)
                        break
        kept = [e for k, e in enumerate(events) if k not in drop]
        article.events = self.join(article.text, kept) if any(e.event in _JOINED for e in kept) else kept
        return article

    def join(self, text: str, events: list[Event]) -> list[Event]:
        """The events with every pair of assaults of one clause whose parties do not clash joined into one."""
        events = list(events)
        merged = True
        while merged:
            merged = False
            for i, x in enumerate(events):
                if x.event not in _JOINED:
                    continue
                for j in range(i + 1, len(events)):
                    y = events[j]
                    if y.sentence != x.sentence or y.event != x.event or not self.same_act(text, x, y):
                        continue
                    one = self.joined(x, y)
                    if one is not None:
                        events[i] = one
                        del events[j]
                        merged = True
                        break
                if merged:
                    break
        return events

    def joined(self, x: Event, y: Event) -> Event | None:
        """One event of two repeats of an assault with parties of their own, or None when their parties clash."""
        if x.location is not None and y.location is not None and x.location.name != y.location.name:
            return None
        if {(m.start, m.end) for m in x.actor} != {(m.start, m.end) for m in y.actor}:
            return None  # an actor of one only: the other may tell a toll whose doer is unknown («قتل 28 شخصا في هجوم»)
        tx, ty = self.toll(x), self.toll(y)
        if x.recipient and y.recipient and not _same(x.recipient, y.recipient) and tx == ty:
            return None  # two attacks on targets of their own, or two tolls with victims of their own
        if tx != ty:
            keep, other = (y, x) if tx else (x, y)
        else:
            nx, ny = len(x.actor) + len(x.recipient), len(y.actor) + len(y.recipient)
            keep, other = (y, x) if ny > nx else (x, y)
        return keep.updated(actor=_union(keep.actor, other.actor), recipient=_union(keep.recipient, other.recipient),
                            location=keep.location or other.location,
                            location_iso3=keep.location_iso3 if keep.location is not None else other.location_iso3)

    def toll(self, ev: Event) -> bool:
        """True when the event's trigger is a word of a toll (a death, a wound), not of the attack."""
        words = ev.trigger.text.split()
        return bool(words) and _key(words[0]) in self.tolls

    def same_act(self, text: str, x: Event, y: Event) -> bool:
        """True when two events of one sentence have the same type, flags and date and their triggers are close, with
        no end of a sentence part, word opening another act nor time expression between them."""
        if x.sentence != y.sentence or x.event != y.event or (x.negated, x.future, x.hypothetical, x.date) != (
                y.negated, y.future, y.hypothetical, y.date):
            return False
        lo, hi = sorted((x.trigger, y.trigger), key=lambda t: t.start)
        if hi.start - lo.end > _REACH:
            return False
        between = text[lo.end:hi.start]
        if any(c in between for c in _STOPS) or any(
                t is not None and lo.end <= t.start < hi.start for t in (x.date_evidence, y.date_evidence)):
            return False  # a time between them dates the later clause: «قصف محدود، تبدل مساء الأحد إلى هجوم»
        return not any(w in self.boundary or strip_wa(w) in self.boundary for w in normalize(between).split())


def _key(word: str) -> str:
    """The key a toll word is matched on: normalised, a leading و، ف، ب or ل off, then word_key."""
    w = normalize(word)
    if len(w) > 3 and w[0] in "وف":
        w = w[1:]
    if len(w) > 3 and w[0] in "بل":
        w = w[1:]
    return word_key(w)


def _same(a: tuple, b: tuple) -> bool:
    """True when one list of parties is contained in the other (the same mentions)."""
    sa, sb = {(m.start, m.end) for m in a}, {(m.start, m.end) for m in b}
    return sa <= sb or sb <= sa


def _union(keep: tuple, other: tuple) -> tuple:
    """The parties of `keep` and those of `other` it lacks, in text order of `keep` first."""
    seen = {(m.start, m.end) for m in keep}
    return tuple(keep) + tuple(m for m in other if (m.start, m.end) not in seen)


def _shared(x: Event, y: Event) -> bool:
    """True when every actor and recipient of x is the very same mention as one of y's in the same role."""
    return all(any((a.start, a.end) == (b.start, b.end) for b in y.actor) for a in x.actor) and \
        all(any((a.start, a.end) == (b.start, b.end) for b in y.recipient) for a in x.recipient)
