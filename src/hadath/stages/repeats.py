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
"""

from __future__ import annotations

from ..article import Article
from ..arabic.normalize import normalize
from ..lexicon.timewords import TimeWords
from ..records import Event
from .phrases import strip_wa

_REACH = 140  # two triggers this many characters apart at most tell one act
_STOPS = ".؛;!?؟"


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
        if drop:
            article.events = [e for k, e in enumerate(events) if k not in drop]
        return article

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


def _shared(x: Event, y: Event) -> bool:
    """True when every actor and recipient of x is the very same mention as one of y's in the same role."""
    return all(any((a.start, a.end) == (b.start, b.end) for b in y.actor) for a in x.actor) and \
        all(any((a.start, a.end) == (b.start, b.end) for b in y.recipient) for a in x.recipient)
