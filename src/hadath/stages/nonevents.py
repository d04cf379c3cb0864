"""Non-event filter: drops the coded events of a news story that a model fitted on judged news calls no event.

Hand rules catch the non-events they were written for and barely carry to new pages: of the events the coder
found on unseen days of the bench news, judges called about three in ten no event (a notice, advice, an
op-ed's generality, a word read in an idiom). This stage scores each event of a story (four sentences or
more) with a logistic model over what the coder knows of it — its type, CAMEO code and trigger word, the
trigger's form and neighbours, whether it found a doer and a party acted on and of what sector, how it dated
it, where in the story it stands, how many events the story and the sentence hold, and the words of its
sentence — and drops the events scored below the threshold. The weights and the threshold are package data
(`lexicon/data/nonevent_weights.tsv`), fitted by tools/train_nonevent_filter.py on the judges' verdicts
(tools/judged/verdicts.tsv, references into the bench news) and chosen out of fold, day by day, to lose few
events judged right.

A second model, fitted on the same verdicts (right against "dup"), scores an event that follows an earlier
event of its type in the story as a repeat of it — by the same features and by how it stands to the last such
event (a negated, future or hypothetical one tells no act to repeat): how many sentences back, whether by the same
trigger word, the same parties' codes, the same date, told with no party of its own, how many of its sentence's
words the sentences of the last such events share — and drops it below its own
threshold (`lexicon/data/repeat_weights.tsv`): a bombing a story's lead told as part of a wave of attacks, told
again in detail; a meeting told again by its noun.

A negated, future or hypothetical event is never dropped: its flag already says it is no fact. A text of
fewer than four sentences (a headline, a gold sentence) is left alone: the models learnt on stories.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from itertools import repeat

from ..arabic.normalize import word_key
from ..article import Article
from ..lexicon.packaged import packaged_text
from ..records import Event, Mention

STORY_SENTENCES = 4  # the fewest sentences of a text whose events the model scores
WORDS = 80  # the words of an event's sentence that count, from its start
LOOK_BACK = 8  # the sentences of earlier events of a type a repeat's sentence is compared with


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    """The first edge at or above n (as text), or '>LAST'."""
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f">{edges[-1]}"


def _party(entities: tuple) -> str:
    """The sector of the first entity and whether it has a code ('-' when there is none)."""
    if not entities:
        return "-"
    first = entities[0]
    return f"{first.sector or 'x'}/{'c' if first.code else '-'}"


def event_features(article: Article, ev: Event, trigger: Mention | None, in_sentence: int) -> list[str]:
    """The features of one coded event of `article` (the model's input); `in_sentence` is the number of events
    its sentence holds."""
    etype = ev.event
    toks = article.tokens[ev.sentence] if 0 <= ev.sentence < len(article.tokens) else []
    keys = [word_key(t.norm) for t in toks]
    feats = {f"c={ev.cameo}", f"mode={ev.mode or '-'}"}
    feats.add(f"lem={_lemma(ev, trigger)}")
    if trigger is not None:
        get = trigger.get
        prefix = get("prefix") or ""
        feats.add(f"pos={get('pos')}:{get('aspect') or '-'}")
        feats.add(f"pre={prefix or '-'}")
        i = trigger.tok_start
        rest = toks[i].norm[len(prefix):] if i < len(toks) else ""
        feats.add("def" if rest.startswith("ال") else "indef")
        feats.add(f"at={min(3 * i // max(len(toks), 1), 2)}")  # first, middle or last third of the sentence
        last = trigger.tok_end - 1
        for off in (1, 2, 3):
            if 0 <= i - off < len(keys):
                feats.add(f"p{off}={keys[i - off]}")
            if 0 <= last + off < len(keys):
                feats.add(f"n{off}={keys[last + off]}")
    feats.add("act=" + _party(ev.actor))
    feats.add("rec=" + _party(ev.recipient))
    feats.add(f"ds={ev.date_source}")
    if ev.date and article.published and ev.date < article.published:
        feats.add("past")
    feats.add("sent=" + _bucket(ev.sentence, (0, 1, 2, 4, 8)))
    feats.add("nsent=" + _bucket(len(article.sentences), (1, 3, 6, 12, 25)))
    feats.add("evs=" + _bucket(in_sentence, (1, 2, 4)))
    feats.add("eva=" + _bucket(len(article.events), (1, 2, 4, 8)))
    feats.add("len=" + _bucket(len(toks), (8, 15, 25, 40, 60)))
    if ev.claim is not None:
        feats.add(f"claim={ev.claim.stance}")
    if article.topic:
        feats.add(f"topic={article.topic}")
    if ev.location is not None:
        feats.add("loc")
    # each feature also conjoined with the type, so the model can share evidence and still specialise
    feats.update([f"{etype}|{f}" for f in feats])
    feats.add(f"t={etype}")
    feats.update(["w=" + key for key in keys[:WORDS]])
    return sorted(feats)


def _lemma(ev: Event, trigger: Mention | None) -> str:
    """The trigger's lexicon lemma, or its text."""
    return trigger.entry.lemma if trigger is not None and trigger.entry is not None else ev.trigger.text


def _codes(entities: tuple) -> set[str]:
    return {e.code for e in entities if e.code}


def _content_keys(article: Article, sentence: int) -> frozenset[str]:
    """The matching keys of a sentence's words of three letters or more (its content words, roughly)."""
    toks = article.tokens[sentence] if 0 <= sentence < len(article.tokens) else []
    return frozenset(word_key(t.norm) for t in toks if len(t.norm) > 2)


def _overlap(keys: frozenset[str], earlier: list[frozenset[str]]) -> str:
    """How much of its words a sentence shares with the closest of `earlier` (Jaccard, in four steps)."""
    best = max((len(keys & other) / len(keys | other) for other in earlier if keys and other), default=0.0)
    return "0" if best < 0.05 else "1" if best < 0.1 else "2" if best < 0.2 else "3"


def repeat_features(article: Article) -> list[list[str] | None]:
    """For each event of `article`, how it stands to the earlier unflagged events of its type in the story (the
    repeat model's input, with event_features), or None when the story told none before it. One pass: each event is
    weighed against what the earlier ones of its type left (their count, the last of them, their trigger words and
    their pairs of actor and recipient codes, the words of the last LOOK_BACK sentences that told them), so a text of
    thousands of events costs no more than its events."""
    seen: dict[str, int] = {}
    words: dict[int, frozenset[str]] = {}
    told_in: dict[str, list[int]] = {}
    last: dict[str, Event] = {}
    lemmas: dict[str, set[str]] = {}
    pairs: dict[str, set[tuple[str, str]]] = {}
    out: list[list[str] | None] = []
    for ev in article.events:
        etype = ev.event
        lemma = _lemma(ev, article.trigger_at(ev.trigger.start))
        actors, recipients = _codes(ev.actor), _codes(ev.recipient)
        before = last.get(etype)
        if before is None:
            out.append(None)
        else:
            feats = ["prev=" + _bucket(seen[etype], (1, 2, 4)),
                     "dist=" + _bucket(ev.sentence - before.sentence, (0, 1, 2, 4))]
            if lemma in lemmas[etype]:
                feats.append("same_lem")
            if actors & _codes(before.actor):
                feats.append("same_act")
            if recipients & _codes(before.recipient):
                feats.append("same_rec")
            told = pairs[etype]
            if any((a, r) in told for a in actors for r in recipients):
                feats.append("same_pair")
            if not ev.actor and not ev.recipient:
                feats.append("bare")
            if before.sentence == 0:
                feats.append("after_lead")
            if ev.date == before.date:
                feats.append("same_date")
            for k in (ev.sentence, *told_in[etype]):
                if k not in words:
                    words[k] = _content_keys(article, k)
            feats.append("ov=" + _overlap(words[ev.sentence], [words[k] for k in told_in[etype]]))
            out.append([*feats, *[f"{etype}|{f}" for f in feats]])
        if not scored(ev):
            continue  # a negated, future or hypothetical mention is no telling of an act a later one could repeat
        seen[etype] = seen.get(etype, 0) + 1
        last[etype] = ev
        lemmas.setdefault(etype, set()).add(lemma)
        pairs.setdefault(etype, set()).update((a, r) for a in actors for r in recipients)
        sentences = told_in.setdefault(etype, [])
        if ev.sentence not in sentences:
            sentences.append(ev.sentence)
            del sentences[:-LOOK_BACK]
    return out


def scored(ev: Event) -> bool:
    """Whether the model judges the event at all: a flagged (negated, future, hypothetical) one it never drops."""
    return not (ev.negated or ev.future or ev.hypothetical)


class NonEventModel:
    """Logistic weights over event features and the threshold below which an event is dropped."""

    def __init__(self, weights: dict[str, float], threshold: float):
        self.weights = weights
        self.threshold = threshold

    @classmethod
    def load(cls, name: str = "nonevent_weights.tsv") -> "NonEventModel":
        """The packaged model of that name (the repeat model is `repeat_weights.tsv`)."""
        weights: dict[str, float] = {}
        threshold = 0.0
        for line in packaged_text(name).splitlines():
            if not line or line.startswith("#"):
                continue
            feature, value = line.rsplit("\t", 1)
            if feature == "threshold":
                threshold = float(value)
            else:
                weights[feature] = float(value)
        return cls(weights, threshold)

    def score(self, feats: list[str]) -> float:
        """Probability that the event is one the judges would call an event (a new one, for the repeat model)."""
        weight = self.weights.get
        z = weight("bias", 0.0) + sum(map(weight, feats, repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


class NonEventFilter:
    """Drops the unflagged events of a story that the packaged models score below their thresholds: as no event,
    or as a repeat of an earlier event of the story."""

    name = "nonevents"
    requires = ("sentences", "tokens", "mentions", "events")
    adds = ("events",)

    def __init__(self, model: NonEventModel | None = None, threshold: float | None = None,
                 repeats: NonEventModel | None = None, repeat_threshold: float | None = None,
                 contest: Callable[[Article], Article] | None = None):
        self.model = model if model is not None else NonEventModel.load()
        self.threshold = self.model.threshold if threshold is None else threshold
        self.repeats = repeats if repeats is not None else NonEventModel.load("repeat_weights.tsv")
        self.repeat_threshold = self.repeats.threshold if repeat_threshold is None else repeat_threshold
        self.contest = contest  # the contested-mark check, read again when an event is dropped (statements.ContestCheck)

    def __call__(self, article: Article) -> Article:
        if len(article.sentences) < STORY_SENTENCES or not article.events:
            return article
        kept = []
        for ev, (p, q) in zip(article.events, self.judged(article)):
            if p is None or p >= self.threshold and (q is None or q >= self.repeat_threshold):
                if p is not None:  # the scores, for whoever wants a stricter cut downstream
                    ev.extras["event_score"] = round(p, 3)
                    if q is not None:
                        ev.extras["distinct_score"] = round(q, 3)
                kept.append(ev)
        dropped = len(kept) < len(article.events)
        article.events = kept
        if dropped and self.contest is not None:
            # an event contested by one it was told against stays contested only while that one stays
            article = self.contest(article)
        return article

    def scores(self, article: Article) -> list[float | None]:
        """The non-event model's score of each event of the article (None for an event it does not judge)."""
        return [p for p, _ in self.judged(article)]

    def judged(self, article: Article) -> list[tuple[float | None, float | None]]:
        """Each event's (non-event score, repeat score): None where a model does not judge it (a flagged event; for
        the repeat model, one with no earlier event of its type in the story)."""
        per_sentence: dict[int, int] = {}
        for ev in article.events:
            per_sentence[ev.sentence] = per_sentence.get(ev.sentence, 0) + 1
        out: list[tuple[float | None, float | None]] = []
        for ev, pair in zip(article.events, repeat_features(article)):
            if not scored(ev):
                out.append((None, None))
                continue
            feats = event_features(article, ev, article.trigger_at(ev.trigger.start), per_sentence[ev.sentence])
            out.append((self.model.score(feats), None if pair is None else self.repeats.score(feats + pair)))
        return out
