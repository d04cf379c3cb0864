"""Repeats: an act told by several triggers of one clause is coded once.

News names one act with several words: «فجر إرهابي نفسه مما أدى لاستشهاد 15 شخصا … تفجير بأحزمة ناسفة», «أطلقوا
النار … ما أدى إلى مقتل», «أسفر هجوم بشاحنة مفخخة عن سقوط ثمانية قتلى». Each trigger gives an event of the same
type; the later words mostly have no party of their own, and a user counting attacks would count one attack two or
three times. An event with neither actor nor recipient is dropped when another event of its sentence has the same
type, the same flags (negated, future, hypothetical) and the same date, close to it with no clause between them
that tells another act (فيما، بينما: time_words.tsv's background boundary words) and no time expression; of two
such events without parties the first stays. An event with a party, or a date of its own, always stays («تبدلت مساء الأحد إلى هجوم
واسع» after «عمليات قصف محدودة»).
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
    """Drops the events without parties that repeat another event of their clause (same type, flags and date)."""

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
        for i, x in enumerate(events):
            if x.actor or x.recipient:
                continue
            for j, y in enumerate(events):
                if i != j and j not in drop and (y.actor or y.recipient or j < i) \
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
