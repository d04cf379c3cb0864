"""Party check: a model fitted on judged news reads again the parties the clause rules gave an event, and puts
another phrase of the sentence in a role (or leaves it empty) where it is sure the rules chose wrong.

On the judged days of the bench news, judges who chose the doer and the target of every event among the phrases
of its sentence disagreed with the rules' actor for about one event in six, and with their recipient as often:
the victim or the target put as the doer («تصدوا لهجمات … شنتها ميليشيات الحوثي»: the fighters who repelled the
attacks as their attacker), a party of another clause, a reporting speaker, a place. This stage lists the noun
phrases of the event's sentence (those the party filler reads, `parties.candidate_features`, here with the parties
the event holds among them), marks those the rules chose, and scores each with a conditional logit against the
others and against none, with the rules' choice as one of its features (alone and with the phrase's side of the
trigger, distance, rank, preposition, clitic and sector, the event's type and the trigger's form), whether the
phrase is the event's other party, and the party filler's own score of it (the filler's model, fitted on many more
judged roles, is the check's prior). Where the best phrase the rules did not choose, or none, reaches the role's
threshold and is likelier than the rules' choice, it takes the role. One phrase is never given both roles: of two
changes that want one phrase the surer is made, and a change that takes the phrase the rules gave the other role
(the doer and the target swapped) leaves that role empty, for the party filler to read again; the filler never
gives a role back a phrase the check took out of it.
The weights and thresholds are package data (`lexicon/data/check_weights.tsv`), fitted by
tools/train_party_check.py on judges' choices (tools/judged/checks.tsv).

A role is read only when each of its parties is a phrase of the sentence (not a title's earlier holder, not the
story's country); a text of fewer than four sentences is left alone, as by the party filler. Its changes are told
in the event's extras (`checked_roles`: the role's parties before, with their offsets, and the model's score), so
an analyst can see them and undo them.
"""

from __future__ import annotations

from collections.abc import Callable

from ..article import Article
from ..lexicon.compile import FunctionWords
from ..records import Entity, Event
from .events import _LOCAL_TARGETS, _protester
from .nonevents import STORY_SENTENCES, _bucket
from .parties import (ROLES, PartyModel, candidate_features, candidates, events_by_sentence, held_by_others,
                      phrases_of)
from .phrases import Group

# (a candidate's first features, by candidate_features: side, gap, rank, their pairs, preposition, clitic, sector)
_CORE = 10


def check_features(feats: list[str], rule: bool, other: bool, prior: float, top: bool,
                   event: tuple[str, ...] = ()) -> list[str]:
    """A candidate's features for the check: the filler's (`candidate_features`), whether the rules chose it for
    the role (alone and with its first features: side, distance, rank, preposition, clitic and sector; and with
    `event`, the event's type and trigger form), whether it holds the event's other role, and the party filler's
    own score of it (`prior`; `top`: the best of the sentence's)."""
    band = _bucket(int(prior * 10), (0, 1, 3, 5, 7, 9))
    tag = f"rule={rule}"
    return [*feats, tag, f"other_party={other}", f"{tag}|other_party={other}", f"prior={band}", f"prior_top={top}",
            f"{tag}|prior={band}", f"{tag}|prior_top={top}", *[f"{tag}|{f}" for f in feats[:_CORE]],
            *[f"{tag}|{f}" for f in event]]


def filled_roles(article: Article, fw: FunctionWords, roles: tuple[str, ...] = ROLES
                 ) -> list[tuple[Event, str, list[Group], list[tuple[int, int]], list[list[str]], list[int], set[int]]]:
    """For every role (of `roles`) that the rules filled with phrases of the event's sentence: (event, role,
    candidate groups, their spans, their party filler features (`candidate_features`), the indexes of those the
    rules chose, the indexes of those the event's other role holds)."""
    out = []
    groups_of: dict[int, list[Group]] = {}
    by_sentence = events_by_sentence(article)
    for ev in article.events:
        filled = tuple(role for role in roles if getattr(ev, role))
        if not filled or not 0 <= ev.sentence < len(article.tokens):
            continue
        trig = article.trigger_at(ev.trigger.start)
        if trig is None:
            continue
        s = ev.sentence
        toks = article.tokens[s]
        cands, spans = candidates(article, ev, toks, phrases_of(article, s, fw, groups_of), held=True)
        if not cands:
            continue
        chosen = {}
        for role in filled:
            ks = [_overlapping(spans, e) for e in getattr(ev, role)]
            if all(ks):  # (each party a phrase of the sentence)
                chosen[role] = sorted({k for k_s in ks for k in k_s})
        if not chosen:
            continue
        others = held_by_others(by_sentence.get(s, ()), ev, spans)
        by_role = candidate_features(toks, article.sentence_mentions(s), ev, trig, cands, spans, article.text,
                                     tuple(chosen), others)
        for role, rule in chosen.items():
            other = {k for e in getattr(ev, "recipient" if role == "actor" else "actor") for k in _overlapping(spans, e)}
            out.append((ev, role, cands, spans, by_role[role], rule, other))
    return out


def check_rows(raw: list[list[str]], role: str, rule: list[int], other: set[int], prior: PartyModel) -> list[list[str]]:
    """The check's features of a filled role's candidates (`check_features`) from their party filler features,
    scored by the filler's model `prior`."""
    first = prior.scores(raw, role)
    top = max(range(len(first)), key=first.__getitem__)
    event = tuple(f for f in raw[0] if f.startswith(("event|type=", "event|pos=")))
    return [check_features(fs, k in rule, k in other, first[k], k == top, event) for k, fs in enumerate(raw)]


def check_choices(article: Article, fw: FunctionWords, prior: PartyModel, model: PartyModel | None = None,
                  roles: tuple[str, ...] = ROLES
                  ) -> list[tuple[Event, str, list[Group], list[tuple[int, int]], list[list[str]], list[int],
                                  list[float]]]:
    """For every role (of `roles`) that the rules filled with phrases of the event's sentence: (event, role,
    candidate groups, their spans, their features (`check_rows`, with the party filler's scores by `prior`), the
    indexes of those the rules chose, their scores by `model`, or no scores without one)."""
    out = []
    for ev, role, cands, spans, raw, rule, other in filled_roles(article, fw, roles):
        feats = check_rows(raw, role, rule, other, prior)
        out.append((ev, role, cands, spans, feats, rule, model.scores(feats, role) if model is not None else []))
    return out


def _overlapping(spans: list[tuple[int, int]], e: Entity) -> list[int]:
    return [k for k, sp in enumerate(spans) if sp[0] < e.end and e.start < sp[1]]


def best_change(scores: list[float], rule: list[int]) -> tuple[int | None, float]:
    """The best choice the rules did not make: (a candidate's index, or None for no party; its probability), or
    (None, 0.0) when it is no likelier than the rules' own choice (their phrases together)."""
    p_none = 1.0 - sum(scores)
    k = max((k for k in range(len(scores)) if k not in rule), key=scores.__getitem__, default=None)
    best = (None, p_none) if k is None or scores[k] < p_none else (k, scores[k])
    return best if best[1] > sum(scores[r] for r in rule) else (None, 0.0)


class PartyCheck:
    """Changes a role the rules filled to the phrase (or to none) that the packaged model scores at or above the
    role's threshold, when the rules did not choose it."""

    name = "party_check"
    requires = ("sentences", "tokens", "mentions", "events")
    adds = ("events",)

    def __init__(self, fw: FunctionWords, model: PartyModel | None = None, prior: PartyModel | None = None,
                 homes: Callable[[Article], Article] | None = None):
        self.fw = fw
        self.model = model if model is not None else PartyModel.load("check_weights.tsv")
        self.prior = prior if prior is not None else PartyModel.load()  # (the party filler's)
        self.homes = homes
        self.roles = tuple(r for r in ROLES if self.model.thresholds.get(r, 1.01) <= 1.0)

    def __call__(self, article: Article) -> Article:
        if not article.events or len(article.sentences) < STORY_SENTENCES or not self.roles:
            return article
        picks: dict[int, dict[str, tuple[float, Entity | None]]] = {}
        events = {id(ev): ev for ev in article.events}
        text = article.text
        for ev, role, cands, _, _, rule, scores in check_choices(article, self.fw, self.prior, self.model, self.roles):
            k, p = best_change(scores, rule)
            if p < self.model.thresholds[role]:
                continue
            if k is None:
                ent = None
            elif role == "actor":
                ent = _protester(cands[k].entity(text), ev.event)
            else:
                ent = cands[k].entity(text, located=ev.event in _LOCAL_TARGETS)
            picks.setdefault(id(ev), {})[role] = (p, ent)
        if not picks:
            return article
        changed = {}
        for key, roles in picks.items():
            ev = events[key]
            new = {role: ((ent,) if ent is not None else ()) for role, (_, ent) in roles.items()}
            score = {role: p for role, (p, _) in roles.items()}
            if len(new) == 2 and _clash(new["actor"], new["recipient"]):  # (one phrase is never both roles:
                del new[min(new, key=score.__getitem__)]  # the surer change keeps it)
            for role in list(new):
                other = "recipient" if role == "actor" else "actor"
                if other not in new and _clash(new[role], getattr(ev, other)):
                    # (a change takes the phrase the rules gave the other role, as when they swapped the doer and the
                    # target: the other role is left empty, for the filler to read again)
                    new[other] = ()
                    score[other] = score[role]
            told = {role: {"was": [{"text": e.text, "start": e.start, "end": e.end} for e in getattr(ev, role)],
                           "score": round(score[role], 3)} for role in new}
            changed[key] = ev.updated(**new, extras={**ev.extras, "checked_roles": told})
        if not changed:
            return article
        article.events = [changed.get(id(ev), ev) for ev in article.events]
        return self.homes(article) if self.homes is not None else article


def _clash(actor: tuple[Entity, ...], recipient: tuple[Entity, ...]) -> bool:
    return any(a.start < r.end and r.start < a.end for a in actor for r in recipient)

