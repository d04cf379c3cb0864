"""Party filler: gives an event with no actor (or no recipient) the phrase of its sentence a model fitted on
judged news calls its doer (or the party it was done to).

The coder's clause rules name a doer and a recipient where the sentence's structure shows them, and leave the
role empty where no rule fits: on the judged days of the bench news, judges found the doer of an event with no
actor, and the target of one with no recipient, among the phrases of its sentence for about half of them. This stage reads each event left with an empty role, lists the noun phrases of its sentence that name
somebody (the groups the coder reads roles from: a role noun with its nationality and name, a state, an
organisation), and scores each with a conditional logit — each phrase against the others and against none —
over how it stands to the trigger (before or after it and how far, behind which preposition or word, across
which verbs, commas, quotes and relative pronouns, inside a quotation or not), what it is (its sector, whether
it has a code), whether another event of the sentence holds it, and what the event is (its type, the trigger's
form and word, whether it holds the other role already). The best phrase whose probability reaches the role's
threshold fills the role. The weights and the thresholds are package data (`lexicon/data/party_weights.tsv`),
fitted by tools/train_party_filler.py on judges' choices among the same phrases (tools/judged/parties.tsv).

A role the rules filled is never changed by this stage (the party check, before it, may change or empty one), a
phrase that already holds the event's other role is never given the empty one, nor a phrase the check took out of
the role. A text of fewer than four sentences (a headline, a gold sentence) is left alone: the model learnt
on stories only. A role none of whose thresholds met the precision asked in training (its threshold above 1) is never
filled.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from itertools import repeat

from ..article import Article
from ..lexicon.compile import FunctionWords
from ..lexicon.packaged import packaged_text
from ..records import Entity, Event, Mention, Token
from .clauses import tail_end_of
from .nonevents import STORY_SENTENCES, _bucket
from .events import _LOCAL_TARGETS, _countable, _place_adjective, _protester
from .phrases import Group, noun_phrases
from .phrases import quoted_flags as _quoted

ROLES = ("actor", "recipient")


def sentence_groups(toks: list[Token], mentions: list[Mention], fw: FunctionWords) -> list[Group]:
    """The noun phrases of a sentence that name somebody, read again from its mentions much as the event coder reads
    them (without the names the story gave before nor its finer cuts): for an article whose coder kept none
    (`Article.phrase_groups`)."""
    triggers = [m for m in mentions if m.kind == "trigger"]
    cues = {m.tok_start: m for m in mentions if m.kind == "cue"}
    ents = [m for m in mentions if m.kind in ("actor", "agent")]
    trig_toks = {t.tok_start for t in triggers}
    self_agent = {e.tok_start for e in ents if e.kind == "agent" and e.tok_start in trig_toks}
    after_verbs = frozenset(tail_end_of(t) for t in triggers if t.get("pos") == "verb") | \
        frozenset(t.tok_end for t in triggers if t.get("pos") == "verb")
    groups = noun_phrases(toks, [e for e in ents if e.tok_start not in trig_toks or e.tok_start in self_agent],
                          cues, fw, after_verbs=after_verbs)
    return [g for g in groups if _countable(g, toks, fw) and not _place_adjective(g, toks, cues)]


def group_span(g: Group, toks: list[Token]) -> tuple[int, int]:
    """The character span of a group, its head noun and tail words included."""
    start = g.head_start if g.head_start is not None else toks[g.start_tok].start
    end = g.tail_end if g.tail_end is not None else toks[g.end_tok - 1].end
    return start, end


def _overlaps(span: tuple[int, int], entities: tuple[Entity, ...]) -> bool:
    return any(span[0] < e.end and e.start < span[1] for e in entities)


def candidates(article: Article, ev: Event, toks: list[Token], groups: list[Group], held: bool = False
               ) -> tuple[list[Group], list[tuple[int, int]]]:
    """The groups of the event's sentence that may fill its roles, and their spans: not its trigger's words, nor
    (unless `held`: the party check reads those too) a party it holds already."""
    trig = ev.trigger
    parties = () if held else ev.actor + ev.recipient
    out, spans = [], []
    for g in groups:
        span = group_span(g, toks)
        if span[0] < trig.end and trig.start < span[1]:
            continue
        if parties and _overlaps(span, parties):
            continue
        out.append(g)
        spans.append(span)
    return out, spans


_STATES = frozenset({"IGO", "INT", "IMG", "KUR", "REB"})  # codes that are no state (the rest name a country)


def _code_kind(code: str | None) -> str:
    if not code:
        return "none"
    return code if code in _STATES else "state"


_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي"})


def candidate_features(toks: list[Token], mentions: list[Mention], ev: Event, trig: Mention | None,
                       cands: list[Group], spans: list[tuple[int, int]], text: str, roles: tuple[str, ...] = ROLES,
                       others: dict[tuple[int, int], str] | None = None) -> dict[str, list[list[str]]]:
    """The features of each candidate group for each empty role of an event in `roles` (see the module's
    docstring), the same for both roles but for whether the event holds the other one; `others`: the candidates'
    spans that the sentence's other events hold as a party, and the role."""
    others = others or {}
    if trig is None:  # (role_choices asks for none such)
        return {role: [[] for _ in cands] for role in roles}
    t0, t1 = trig.tok_start, max(trig.tok_end, tail_end_of(trig))
    pos = trig.get("pos") or "?"
    etype = ev.event
    other_codes = {role: {e.code for e in (ev.recipient if role == "actor" else ev.actor) if e.code} for role in roles}
    held = {role: "y" if (ev.recipient if role == "actor" else ev.actor) else "n" for role in roles}
    triggers = sorted(m.tok_start for m in mentions if m.kind == "trigger" and m.tok_start != t0)
    cue_at = {m.tok_start: m.label for m in mentions if m.kind == "cue"}
    passive = any(cue_at.get(k) in ("passive_light",) for k in range(max(0, t0 - 2), t0))
    base = [f"pos={pos}", f"type={etype}", f"pos={pos}|type={etype}",
            f"pre={trig.get('prefix') or ''}", f"possessive={trig.get('possessive') or ''}",
            f"aspect={trig.get('aspect') or ''}", f"passive={passive}", f"mode={ev.mode or ''}"]
    verb_ends = {tail_end_of(m) for m in mentions if m.kind == "trigger" and m.get("pos") == "verb"
                 and m.tok_start != t0}
    reports = {m.tok_end for m in mentions if m.kind == "cue" and m.label == "report"}
    lemma = toks[t0].norm if t0 < len(toks) else ""
    quoted = _quoted(toks)
    ents = [g.entity(text) for g in cands]
    codes = Counter(e.code for e in ents if e.code)  # (how often each candidate's code recurs among them)
    trig_quoted = quoted[t0] if t0 < len(quoted) else False
    before = [k for k, g in enumerate(cands) if g.end_tok <= t0]
    after = [k for k, g in enumerate(cands) if g.start_tok >= t1]
    n_cands, trig_at = _bucket(len(cands), (1, 2, 3, 5)), _bucket(t0, (0, 2, 5, 10, 20))
    # (the event's own features and those of a side with them are the same strings for every candidate: made once,
    # they are formatted and hashed once, not again for each candidate and each model that scores them)
    event_feats = [f"event|{b}" for b in base] + [f"event|lemma={lemma}", f"event|n_cands={n_cands}",
                                                  f"event|before={_bucket(len(before), (0, 1, 2))}",
                                                  f"event|after={_bucket(len(after), (0, 1, 2))}"]
    side_feats: dict[str, list[str]] = {}  # side → its side|… features of the event's own
    out: dict[str, list[list[str]]] = {role: [] for role in roles}
    for k, g in enumerate(cands):
        ent = ents[k]
        if g.end_tok <= t0:
            side, gap = "before", t0 - g.end_tok
            rank = len(before) - before.index(k)
            lo, hi = g.end_tok, t0
        elif g.start_tok >= t1:
            side, gap = "after", g.start_tok - t1
            rank = after.index(k) + 1
            lo, hi = t1, g.start_tok
        else:
            side, gap, rank, lo, hi = "inside", 0, 1, t0, t0
        between = toks[lo:hi]
        verbs = sum(1 for s in triggers if lo <= s < hi)
        punct = {t.text for t in between if t.kind == "punct"}
        comma = bool(punct & {"،", ","})
        stop = bool(punct & {".", "؛", ";", ":"})
        quote = bool(punct & {"«", "»", '"', "“", "”"})
        cues = {cue_at[j] for j in range(lo, hi) if j in cue_at}
        prep = g.prep or ""
        prefix = (g.prefix or "").lstrip("و") if g.prefix != "و" else ""
        first = g.mentions[0]
        d = _bucket(gap, (0, 1, 2, 4, 8, 15))
        r = _bucket(rank, (1, 2, 3))
        sector = ent.sector or "none"
        ck = _code_kind(ent.code)
        # (the first ten, in this order, are those the party check conjoins with the rules' choice: party_check._CORE)
        f = [f"side={side}", f"gap={d}", f"rank={r}", f"side={side}|gap={d}", f"side={side}|rank={r}",
             f"prep={prep}", f"prefix={prefix}", f"side={side}|prep={prep}", f"side={side}|prefix={prefix}",
             f"sector={sector}", f"code={ck}", f"kind={first.kind}", f"mtype={first.get('type') or ''}",
             f"verbs={min(verbs, 2)}", f"comma={comma}", f"stop={stop}", f"quote={quote}",
             f"start={g.start_tok == 0 or (g.start_tok == 1 and toks[0].kind == 'punct')}",
             f"conj={bool(g.conj)}", f"n_cands={n_cands}"]
        f += [f"cue={c}" for c in sorted(cues)]
        prev = toks[g.start_tok - 1].norm if g.start_tok > 0 else "^"
        holder = others.get(spans[k], "")
        inside = quoted[g.start_tok] if g.start_tok < len(quoted) else False
        rel = any(t.norm in _RELATIVES for t in between)
        same = codes[ent.code] if ent.code else 0
        f += [f"rel={rel}", f"side={side}|rel={rel}|pos={pos}", f"first={k == 0}", f"side={side}|first={k == 0}",
              f"repeated={min(same, 3)}", f"side={side}|sector={sector}|pos={pos}",
              f"trig_at={trig_at}", f"side={side}|trig_at={trig_at}"]
        f += [f"quoted={inside}|trigger={trig_quoted}", f"side={side}|quoted={inside}|trigger={trig_quoted}"]
        f += [f"prev={prev}", f"side={side}|prev={prev}", f"held={holder}", f"side={side}|held={holder}",
              f"subject={g.start_tok in verb_ends}", f"speaker={g.start_tok in reports}",
              f"side={side}|subject={g.start_tok in verb_ends}", f"side={side}|speaker={g.start_tok in reports}",
              f"lemma={lemma}|side={side}", f"lemma={lemma}|side={side}|prep={prep}"]
        if side not in side_feats:
            side_feats[side] = [f"side={side}|{b}" for b in base]
        f += side_feats[side]
        f += [f"side={side}|rank={r}|{b}" for b in base[:3]]
        f += [f"side={side}|prep={prep}|{b}" for b in base[:3]]
        f += [f"side={side}|prefix={prefix}|{b}" for b in base[:3]]
        f += [f"sector={sector}|{b}" for b in base[:3]]
        f += [f"side={side}|sector={sector}|type={etype}", f"code={ck}|type={etype}",
              f"side={side}|gap={d}|pos={pos}|prep={prep}", f"side={side}|verbs={min(verbs, 2)}|pos={pos}",
              f"side={side}|passive={passive}|pos={pos}|prep={prep}"]
        f += event_feats
        for role in roles:  # (what differs by role: whether the event holds the other one, and its code)
            out[role].append(f + [f"same_code={bool(ent.code and ent.code in other_codes[role])}",
                                  f"side={side}|other={held[role]}", f"event|other={held[role]}"])
    return out


def none_of(feats: list[str]) -> list[str]:
    """The features of the choice of no candidate, from a candidate's: the event's own, which every candidate of
    the role carries as event|… (here none|…)."""
    return ["none"] + ["none|" + f[6:] for f in feats if f.startswith("event|")]


class PartyModel:
    """Conditional logit weights over candidate features, one table a role, and each role's threshold below which
    it stays empty."""

    def __init__(self, weights: dict[str, dict[str, float]], thresholds: dict[str, float]):
        self.weights = weights  # role → feature → weight (the file's "role:feature" rows)
        self.thresholds = thresholds

    @classmethod
    def load(cls, name: str = "party_weights.tsv") -> "PartyModel":
        """The packaged model."""
        weights: dict[str, dict[str, float]] = {role: {} for role in ROLES}
        thresholds: dict[str, float] = {}
        for line in packaged_text(name).splitlines():
            if not line or line.startswith("#"):
                continue
            feature, value = line.rsplit("\t", 1)
            if feature.startswith("threshold:"):
                thresholds[feature.split(":", 1)[1]] = float(value)
            else:
                role, _, feature = feature.partition(":")
                weights.setdefault(role, {})[feature] = float(value)
        return cls(weights, thresholds)

    def scores(self, feats: list[list[str]], role: str) -> list[float]:
        """Each candidate's probability of being the role, against the other candidates and against none (a
        conditional logit: the choice of none scores the event's own features, `none_of`)."""
        if not feats:
            return []
        weight = self.weights.get(role, {}).get
        z = [sum(map(weight, fs, repeat(0.0))) for fs in feats]  # (looked up and summed in C)
        none = none_of(feats[0])
        z_none = sum(map(weight, none, repeat(0.0)))
        top = max(*z, z_none)
        e = [math.exp(v - top) for v in z]
        total = sum(e) + math.exp(z_none - top)
        return [v / total for v in e]


def held_by_others(events: "list[Event] | tuple[Event, ...]", ev: Event, spans: list[tuple[int, int]]
                   ) -> dict[tuple[int, int], str]:
    """The spans among `spans` that a party of another of `events` (the sentence's) overlaps, and the role it holds
    there (the first found)."""
    others: dict[tuple[int, int], str] = {}
    for other in events:
        if other is ev:
            continue
        for r in ROLES:
            for e in getattr(other, r):
                for sp in spans:
                    if sp[0] < e.end and e.start < sp[1]:
                        others.setdefault(sp, r)
    return others


def events_by_sentence(article: Article) -> dict[int, list[Event]]:
    """The article's events by their sentence's index."""
    out: dict[int, list[Event]] = {}
    for ev in article.events:
        out.setdefault(ev.sentence, []).append(ev)
    return out


def phrases_of(article: Article, s: int, fw: FunctionWords, memo: dict[int, list[Group]]) -> list[Group]:
    """The noun phrases of sentence `s` that name somebody: those the coder read its parties from
    (`Article.phrase_groups`), or read again (`sentence_groups`) if it kept none; remembered in `memo`."""
    if s not in memo:
        kept = article.phrase_groups().get(s)
        memo[s] = kept if kept is not None else sentence_groups(article.tokens[s], article.sentence_mentions(s), fw)
    return memo[s]


def role_choices(article: Article, fw: FunctionWords, model: PartyModel | None = None,
                 roles: tuple[str, ...] = ROLES
                 ) -> list[tuple[Event, str, list[Group], list[tuple[int, int]], list[list[str]], list[float]]]:
    """For every empty role (of `roles`) of every event: (event, role, candidate groups, their spans, their
    features (`candidate_features`), their scores by `model`, or no scores without one)."""
    out = []
    groups_of: dict[int, list[Group]] = {}
    by_sentence = events_by_sentence(article)
    for ev in article.events:
        if all(getattr(ev, role) for role in roles) or not 0 <= ev.sentence < len(article.tokens):
            continue  # (an event pointing past the sentences, made by hand or by another tool: no phrases to read)
        s = ev.sentence
        toks = article.tokens[s]
        cands, spans = candidates(article, ev, toks, phrases_of(article, s, fw, groups_of))
        if not cands:
            continue
        trig = article.trigger_at(ev.trigger.start)
        if trig is None:  # (no trigger mention at the event's trigger: nothing to measure the phrases from)
            continue
        others = held_by_others(by_sentence.get(s, ()), ev, spans)
        empty = tuple(role for role in roles if not getattr(ev, role))
        by_role = candidate_features(toks, article.sentence_mentions(s), ev, trig, cands, spans, article.text, empty,
                                     others)
        for role in empty:
            feats = by_role[role]
            out.append((ev, role, cands, spans, feats, model.scores(feats, role) if model is not None else []))
    return out


def _held(e: Entity, parties: tuple[Entity, ...], ev: Event) -> bool:
    """True where the event's other role has the same party already: a span that overlaps, or the same words of the
    same code, read from another sentence («اتفق الجانبان», the two leaders named before, agrees with neither of
    them) or named again in its own («غارات على مواقع مليشيات الحوثي … على مواقع مليشيات الحوثي»); not one word
    alone there, which may name two men of one nationality («أقدم فلان -سعودي الجنسية- على قتل فلان -سعودي
    الجنسية-»)."""
    return any(x.start < e.end and e.start < x.end or x.code == e.code and x.text == e.text and (
        " " in x.text or not ev.sentence_start <= x.start < ev.sentence_end) for x in parties)


class PartyFiller:
    """Fills the empty roles of the events with the candidate phrase the packaged model scores best, at or above
    the role's threshold; then reads the story's land again for the parties it gave (`homes`, places.PlaceHomes)."""

    name = "parties"
    requires = ("sentences", "tokens", "mentions", "events")
    adds = ("events",)

    def __init__(self, fw: FunctionWords, model: PartyModel | None = None,
                 homes: Callable[[Article], Article] | None = None):
        self.fw = fw
        self.model = model if model is not None else PartyModel.load()
        self.homes = homes
        # (a role whose threshold is above 1 is never filled: none met the precision asked when the model was fitted)
        self.roles = tuple(r for r in ROLES if self.model.thresholds.get(r, 1.01) <= 1.0)

    def __call__(self, article: Article) -> Article:
        if not article.events or len(article.sentences) < STORY_SENTENCES or not self.roles:
            return article
        chosen: dict[int, dict[str, tuple[float, Group, tuple[int, int]]]] = {}
        events = {id(ev): ev for ev in article.events}
        for ev, role, cands, spans, _, scores in role_choices(article, self.fw, self.model, self.roles):
            # (not a phrase the party check took out of this role: stages/party_check.py)
            gone = [(w["start"], w["end"]) for w in ev.extras.get("checked_roles", {}).get(role, {}).get("was", ())]
            # (nor a party the event has already, in its other role: «اتفق الجانبان» read as the two leaders is no
            # agreement with one of them)
            held = gone + [(x.start, x.end) for x in ev.actor + ev.recipient]
            ok = [k for k, sp in enumerate(spans) if not any(sp[0] < b and a < sp[1] for a, b in held)]
            if not ok:
                continue
            k = max(ok, key=scores.__getitem__)  # (the first of the best, should two tie)
            if scores[k] >= self.model.thresholds[role]:
                chosen.setdefault(id(ev), {})[role] = (scores[k], cands[k], spans[k])
        if not chosen:
            return article
        text = article.text
        filled = {}
        for key, picks in chosen.items():
            ev = events[key]
            a, r = picks.get("actor"), picks.get("recipient")
            a_ent = a[1].entity(text) if a is not None else None
            r_ent = r[1].entity(text, located=ev.event in _LOCAL_TARGETS) if r is not None else None
            if a is not None and r is not None and (a[2][0] < r[2][1] and r[2][0] < a[2][1] or
                                                    _held(r_ent, (a_ent,), ev)):
                # one party is not both (nor two phrases one inside the other): the surer role keeps it, the other
                # stays empty
                if a[0] >= r[0]:
                    r = None
                else:
                    a = None
            changes, scores = {}, {}
            if a is not None and not _held(a_ent, ev.recipient, ev):
                changes["actor"] = (_protester(a_ent, ev.event),)
                scores["actor"] = round(a[0], 3)
            if r is not None and not _held(r_ent, ev.actor, ev):
                changes["recipient"] = (r_ent,)
                scores["recipient"] = round(r[0], 3)
            if changes:  # (the roles the model filled, and its scores: whoever wants a stricter cut downstream)
                filled[key] = ev.updated(**changes, extras={**ev.extras, "filled_roles": scores})
        if not filled:
            return article
        article.events = [filled.get(id(ev), ev) for ev in article.events]
        return self.homes(article) if self.homes is not None else article
