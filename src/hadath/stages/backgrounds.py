"""Late dating: an earlier act a story retells is dated "before"; a fresh act of the story takes the lead's day.

Two stages, run after every coding stage: they change dates alone (and the dater adds its score to the extras),
which no stage but the dating ones after them reads.

Background dater (`BackgroundDater`): an earlier act a story retells with no time of its own is dated "before", not
the story's day.

The anchors stage's rules read background from its words («وكان … قد»، «سبق أن»، «في وقت سابق»), and give every
other act with no time of its own the publication date or the day the story's lead gives. Judges who read the dates of
the coder's right events on seventeen days of bench news (tools/judged/dates.tsv) called a quarter of those dates
wrong, and four in ten of those were earlier acts retold for context — a visit of last year, an old decision, the
history of a conflict — given the news's day. This stage scores each unflagged event of a story (four sentences or
more) that is dated by the publication or the story's day with a logistic model over what the coder knows of it
(the non-event filter's features: its type, trigger word and form, its neighbours and the words of its sentence, its
parties, where it stands in the story) and over what comes before it (how the event before it was dated, whether its
sentence or the one before names a past year), and an event scored at or above the threshold gets no `date`,
`enddate` the day it had (it happened on or before it) and `date_source` "before_published", as the rules' background
gets. The weights and threshold are package data (`lexicon/data/background_weights.tsv`), fitted by
tools/train_background_dater.py and chosen out of fold, day by day, to move few events the judges dated right.

Story days (`StoryDays`): a fresh act of a story that nothing dated but the publication day takes the one day the
story's lead names in the week before publication (a daily's story of yesterday).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta

from ..article import Article
from ..records import Event, TimeExpr
from .anchors import BEFORE_PUBLISHED
from .nonevents import STORY_SENTENCES, NonEventModel, _bucket, event_features, scored
from .times import lead_sentences

DATED_BY_DAY = ("published", "story")  # the date sources of an act given the news's day for want of its own
_YEAR = re.compile(r"(?<![0-9])(1[89][0-9]{2}|20[0-9]{2})(?![0-9])")  # a year in Latin figures (normalised text)


def _past_year(article: Article, sentence: int, year: int) -> bool:
    """Whether the sentence names a year before `year` in figures (its tokens' normal forms: both digit sets)."""
    if not 0 <= sentence < len(article.tokens):
        return False
    return any(int(y) < year for t in article.tokens[sentence] if t.kind == "num" for y in _YEAR.findall(t.norm))


def dating_features(article: Article) -> list[list[str] | None]:
    """For each event of `article`, the background model's input, or None for an event it does not judge (a flagged
    one, or one with a time of its own)."""
    per_sentence = Counter(ev.sentence for ev in article.events)
    year = int(article.published[:4]) if article.published and article.published[:4].isdigit() else 0
    # the story as a whole: whether its lead names a day (news of a day) and how many past years it names (history)
    lead_day = any(t.sentence < 2 and t.granularity == "day" and t.value for t in article.times)
    years = {y for t in article.times if t.value and t.value[:4].isdigit() and int(t.value[:4]) < year
             for y in [t.value[:4]]}
    story = ["lead_day" if lead_day else "no_lead_day", "years=" + _bucket(len(years), (0, 1, 3))]
    out: list[list[str] | None] = []
    before: Event | None = None
    backgrounds = 0  # the events told as background so far
    for ev in article.events:
        if not scored(ev) or ev.date_source not in DATED_BY_DAY:
            out.append(None)
        else:
            feats = event_features(article, ev, article.trigger_at(ev.trigger.start), per_sentence[ev.sentence])
            context = [*story, "prev_ds=" + (before.date_source or "-" if before is not None else "none"),
                       "bg_before=" + _bucket(backgrounds, (0, 1, 3))]
            if before is not None and before.sentence == ev.sentence:
                context.append("prev_here")
            if before is not None and before.date and article.published and before.date < article.published[:10]:
                context.append("prev_past")
            if year and _past_year(article, ev.sentence, year):
                context.append("old_year")
            if year and ev.sentence > 0 and _past_year(article, ev.sentence - 1, year):
                context.append("old_year_before")
            feats += context + [f"{ev.event}|{f}" for f in context]
            out.append(feats)
        backgrounds += ev.date_source == BEFORE_PUBLISHED
        before = ev
    return out


class BackgroundDater:
    """Dates "before" the events of a story the packaged model scores as earlier acts retold (see the module)."""

    name = "backgrounds"
    requires = ("sentences", "tokens", "mentions", "times", "events", "event_dates")
    adds = ("events",)

    def __init__(self, model: NonEventModel | None = None, threshold: float | None = None):
        self.model = model if model is not None else NonEventModel.load("background_weights.tsv")
        self.threshold = self.model.threshold if threshold is None else threshold

    def __call__(self, article: Article) -> Article:
        if len(article.sentences) < STORY_SENTENCES or not article.events:
            return article
        events = []
        for ev, p in zip(article.events, self.scores(article)):
            if p is not None:
                ev.extras["background_score"] = round(p, 3)
                if p >= self.threshold:
                    # (on or before the day it had: the story's day keeps its expression as the bound's evidence)
                    ev = ev.updated(date=None, enddate=ev.enddate or ev.date, date_source=BEFORE_PUBLISHED,
                                    date_evidence=ev.date_evidence if ev.date_source == "story" else None)
            events.append(ev)
        article.events = events
        return article

    def scores(self, article: Article) -> list[float | None]:
        """Each event's score as an earlier act retold (None where the model does not judge it)."""
        return [None if feats is None else self.model.score(feats) for feats in dating_features(article)]


LEAD_DAYS_BACK = 7  # how far before publication the story's day may lie for its undated acts to take it


def story_day(article: Article, lead: int, relative: frozenset[str] = frozenset()) -> TimeExpr | None:
    """The story's day: the one day of the week before publication its lead names, told in a main clause (no
    relative pronoun of `relative` before it in its sentence: «وهي المناطق التي قصفت منها الميليشيات … يوم الأحد
    الماضي» dates that shelling only) or given by the anchors stage to a later event as the lead's day (not a day
    the body gave a lead event, «غداة هجوم انتحاري» … «ظهر الاثنين هدفا لهجوم انتحاري», nor the eve of one); its first
    expression, or None (no such day, or two days of that week, the publication day counted: «… في تركيا الاحد» «…
    مقتل عشرة مدنيين السبت»; an older day, «قصر 22 مايو»، is no day of the story's week and counts for nothing)."""
    if not article.published:
        return None
    try:
        published = date.fromisoformat(article.published[:10])
    except ValueError:
        return None
    earliest, last = (published - timedelta(days=LEAD_DAYS_BACK)).isoformat(), published.isoformat()
    days: dict[str, TimeExpr] = {}  # the days of that week (the publication day's too) the lead tells
    for t in article.times:
        if t.sentence < lead and t.granularity == "day" and t.value and earliest <= t.value[:10] <= last \
                and not _after_relative(article, t, relative):
            days.setdefault(t.value[:10], t)
    for ev in article.events:
        t = ev.date_evidence
        if ev.date_source == "story" and ev.date and ev.enddate is None and t is not None and t.sentence < lead \
                and t.value and t.value[:10] == ev.date:
            days.setdefault(ev.date, t)
    if len(days) != 1:
        return None
    day, expr = next(iter(days.items()))
    return expr if day < last else None


def _after_relative(article: Article, t: TimeExpr, relative: frozenset[str]) -> bool:
    """Whether a relative pronoun stands before the time expression in its sentence."""
    return any(tok.end <= t.start and tok.norm in relative for tok in article.tokens[t.sentence])


class StoryDays:
    """The story's day for the fresh acts of a story that nothing dates: an unflagged event of a story (four sentences
    or more) dated only by the publication day takes the story's day (`story_day`: `date_source` "story", its
    expression as evidence), as the anchors stage gives it to the events of the lead's class: «سيطرت قوات المقاومة
    الشعبية، الاثنين، على منطقة التواهي» … «وقتل خلال المواجهات في منطقة التواهي 28 شخصا»: Monday's toll, not the
    paper's day. Not an event of the sentence that names the day (the anchors stage read its clauses), nor a verb in
    the present tense (what goes on: «وتتهم أوكرانيا المتمردين»), nor an event past the sentence where the story moves
    on: one that dates an event to another day («وفي وقت مبكر من اليوم الاحد»), or that turns to another matter
    («من جهة أخرى»، «إلى ذلك»). After the background dater, which dates "before" the earlier acts retold. Judges who
    read the dates of the coder's right events (tools/judged/dates.tsv) put 45 acts of such stories on the lead's day
    where the coder had given the publication day; shown both days for 61 of the 63 acts this stage re-dates in
    records 260-449 of seventeen bench days, two judges chose the lead's day for 33 and 43, the publication day for
    1 and 1."""

    name = "story_days"
    requires = ("sentences", "tokens", "mentions", "times", "events", "event_dates")
    adds = ("events",)

    def __init__(self, background=None):
        if background is None:
            from ..lexicon import FunctionWords
            from ..lexicon.timewords import TimeWords
            from .anchors import _Background

            background = _Background(TimeWords.load(), FunctionWords.load())
        self.background = background  # the anchors stage's reader of background words (its turns to another matter)

    def __call__(self, article: Article) -> Article:
        if len(article.sentences) < STORY_SENTENCES or not article.events:
            return article
        lead = lead_sentences(article)
        day = story_day(article, lead, self.background.relative)
        if day is None:
            return article
        value = day.value[:10]
        memo: dict = {}
        moved = next((ev.sentence for ev in article.events if ev.sentence >= lead and ev.date_source == "text"
                      and ev.date != value), len(article.sentences))
        moved = next((k for k in range(lead, moved) if self.background.turns(article, k, memo)), moved)
        events = []
        for ev in article.events:
            if ev.date_source == "published" and scored(ev) and ev.sentence < moved and ev.sentence != day.sentence \
                    and not _present(article, ev):
                ev = ev.updated(date=value, enddate=None, date_source="story", date_evidence=day)
            events.append(ev)
        article.events = events
        return article


def _present(article: Article, ev: Event) -> bool:
    """Whether the event's trigger is a verb in the present tense (not one of the future)."""
    trigger = article.trigger_at(ev.trigger.start)
    return trigger is not None and trigger.get("aspect") == "imperfect" and not trigger.get("future")
