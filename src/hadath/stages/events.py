"""Event coding: triggers to PLOVER events, actor and recipient by Arabic clause structure, modality."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from ..article import Article
from ..lexicon.compile import TriggerEntry
from ..records import Entity, Event, Mention, Token, Trigger

# Prepositions written as separate words; attached ب/ل/ك come from the clitic analysis.
_PREPS = {"علي", "ضد", "الي", "من", "مع", "في", "عن", "بين", "حول", "لدي", "قرب", "امام", "داخل",
          "نحو", "تجاه", "عبر", "منذ", "خلال", "بعد", "قبل", "عند", "لصالح", "بحق", "بشان", "ازاء"}
_CLAUSE_PUNCT = set(",،;؛:.!?؟()[]{}«»\"“”")
_LINK_WORDS = {"باسم", "ب", "ل"}
_VICTIM_SECTORS = {"CVL", "EDU", "MED", "REL", "HLH", "REF", "BUS"}
_EMBEDDING = {"REQUEST", "AGREE", "THREATEN", "REJECT"}  # verbs whose complement is not (yet) a fact
_NUMBER_WORDS = {"عشرات", "مئات", "الاف", "الف", "اثنين", "اثنان", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه",
                 "ثمانيه", "تسعه", "عشره", "عشر", "عشرين", "ثلاثين", "اربعين", "خمسين", "مئه", "مائه", "ثلاث",
                 "اربع", "خمس", "ست", "سبع", "ثمان", "تسع", "احد", "احدي", "بضعه", "عدد", "عده", "مليون", "ستين"}


@dataclass
class _Group:
    """A noun phrase made of adjacent entity mentions (agent + nationality + name …)."""

    start_tok: int
    end_tok: int
    mentions: list[Mention]
    prefix: str = ""
    prep: str = ""  # the preposition before it ("" when none)
    conj: list["_Group"] = field(default_factory=list)
    affiliated: bool = False  # joined to an organisation by من/في

    def entity(self, text: str) -> Entity:
        """Resolve the group to one Entity: code from the named part, sector from the role noun."""
        actors = [m for m in self.mentions if m.kind == "actor"]
        agents = [m for m in self.mentions if m.kind == "agent"]
        code = next((m.get("code") for m in actors if m.get("code")), None)
        sector = next((m.get("sector") for m in agents if m.get("sector")), None)
        if self.affiliated:  # قوة من الشرطة العراقية: the organisation's sector is the specific one
            sector = next((m.get("sector") for m in actors if m.get("sector")), sector)
        if sector is None:
            sector = next((m.get("sector") for m in actors if m.get("sector")), None)
        name = None
        for kind in ("person", "group", "institution", "igo", "country", "capital", "demonym", "place"):
            hit = next((m for m in actors if m.get("type") == kind), None)
            if hit is not None:
                name = hit.get("name") or None
                break
        role = " ".join(m.text for m in agents) or None
        s, e = self.mentions[0].start, self.mentions[-1].end
        return Entity(text[s:e], s, e, code or None, (sector or "").split(" ")[0] or None, name, role)


class EventCoder:
    """Codes the events of each sentence of the story from the mentions the matcher found."""

    name = "events"
    requires = ("sentences", "tokens", "mentions")
    adds = ("events",)


    def __call__(self, article: Article) -> Article:
        by_sentence: dict[int, list[Mention]] = {}
        for m in article.mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
        events: list[Event] = []
        for sent, toks in zip(article.sentences, article.tokens):
            if not sent.in_story:
                continue
            ms = by_sentence.get(sent.index)
            if ms:
                events.extend(self.code_sentence(article, sent.index, toks, ms, len(events)))
        article.events = events
        return article

    def code_sentence(self, article: Article, index: int, toks: list[Token], mentions: list[Mention],
                      numbered: int) -> list[Event]:
        """The events of one sentence."""
        triggers = [m for m in mentions if m.kind == "trigger"]
        if not triggers:
            return []
        cues = {m.tok_start: m for m in mentions if m.kind == "cue"}
        ents = [m for m in mentions if m.kind in ("actor", "agent")]
        triggers = self._resolve_overlaps(toks, triggers, ents, cues)
        if not triggers:
            return []
        trig_toks = {t.tok_start for t in triggers}
        self_agent = {e.tok_start: e for e in ents if e.kind == "agent" and e.tok_start in trig_toks}
        # a role noun that is also a trigger (المتظاهرون) stays a participant of the other events
        groups = _groups(toks, [e for e in ents if e.tok_start not in trig_toks or e.tok_start in self_agent], cues)
        starts = [g.start_tok for g in groups]  # for bisecting in _roles
        sent = article.sentences[index]
        events: list[Event] = []
        prev: Mention | None = None
        earlier: list[Mention] = []
        last_actor: list[_Group] = []
        for trig in triggers:
            if prev is not None and trig.label == prev.label and trig.tok_start - prev.tok_end <= 3:
                continue  # one event told by two neighbouring words ("سيارة مفخخة انفجرت")
            if prev is not None and trig.tok_start < int(prev.get("tail_end") or 0):
                continue
            entry: TriggerEntry = trig.entry
            if entry.pos == "noun" and _circumstantial(toks, trig) and any(
                    e.event == entry.event and e.trigger.start < trig.start for e in events):
                continue  # قتل مسلحون خمسة جنود في هجوم على …: the attack told twice is one event
            actor, recipient = self._roles(toks, trig, entry, groups, starts, cues, trig_toks, self_agent)
            if entry.pos == "verb" and trig.get("prefix")[:1] in ("و", "ف") and last_actor and (
                    not actor or actor[0].end_tok <= trig.tok_start):
                actor = last_actor  # قامت بمداهمة المسجد واعتدت على المصلين: coordinated verbs share the subject
            own = self_agent.get(trig.tok_start)
            if own is not None and not actor:
                actor = [_Group(own.tok_start, own.tok_end, [own], own.get("prefix"))]  # المتظاهرون: they act
            negated, future, hypothetical = self._modality(toks, trig, cues, earlier)
            s, e = trig.start, trig.end
            if _contiguous_tail(trig):
                e = toks[int(trig.get("tail_end")) - 1].end
            ev = Event(
                id=f"{article.id}-{index}-{numbered + len(events)}", doc_id=article.id, event=entry.event,
                sentence=index, sentence_start=sent.start, sentence_end=sent.end,
                sentence_text=article.text[sent.start:sent.end], trigger=Trigger(article.text[s:e], s, e),
                actor=tuple(_protester(g.entity(article.text), entry.event) for g in actor),
                recipient=tuple(g.entity(article.text) for g in recipient),
                mode=entry.mode or None, cameo=entry.cameo or None, date=article.published,
                negated=negated, future=future, hypothetical=hypothetical,
            )
            events.append(ev)
            earlier.append(trig)
            prev = trig
            if actor:
                last_actor = actor
        return events

    @staticmethod
    def _resolve_overlaps(toks: list[Token], triggers: list[Mention], ents: list[Mention],
                          cues: dict[int, Mention]) -> list[Mention]:
        """Drop triggers that are really part of a name, or a role noun read as a verb."""
        covered: dict[int, Mention] = {}
        for e in ents:
            for k in range(e.tok_start, e.tok_end):
                covered[k] = e
        kept = []
        for t in triggers:
            e = covered.get(t.tok_start)
            if e is not None:
                if e.kind == "actor" or e.tok_end - e.tok_start > 1:
                    continue
                clause_start = t.tok_start == 0 or toks[t.tok_start - 1].text in _CLAUSE_PUNCT
                if t.get("pos") == "verb" and not (clause_start or t.get("prefix") or t.get("future")):
                    continue
            if t.get("pos") == "noun" and _framed(toks, t.tok_start, cues):
                continue  # اتفاق "وقف الأعمال العدائية": the name of an agreement, not a ceasefire event
            if t.tok_start in cues and cues[t.tok_start].label == "light_verb" and t.get("pos") == "verb" \
                    and not t.entry.tail:
                continue  # شن، نفذ، وقع… carry the event noun that follows; with a tail (وقع اتفاقا) they are one
            kept.append(t)
        return kept

    @staticmethod
    def _modality(toks: list[Token], trig: Mention, cues: dict[int, Mention],
                  earlier: list[Mention]) -> tuple[bool, bool, bool]:
        """(negated, future, hypothetical) from cue words before the trigger in its clause."""
        negated = future = hypothetical = False
        if trig.get("future"):
            future = True
        i = trig.tok_start
        start = _clause_start(toks, i)
        for k in range(max(start, i - 3), i):
            c = cues.get(k)
            if c is None:
                continue
            if c.label == "negation" and i - c.tok_end <= 1:
                negated = True
                if toks[k].norm in ("لن", "ولن", "فلن"):
                    future = True
            elif c.label == "future":
                future = True
            elif c.label == "hypothetical_weak" and k == i - 1 and trig.get("aspect") == "imperfect":
                hypothetical = True  # قد يهاجم: may attack (قد before a perfect verb only stresses it)
        for k in range(max(0, i - 12), i):
            c = cues.get(k)
            if c is None:
                continue
            if c.label == "denial":
                negated = True
            elif c.label == "hypothetical" and k >= start - 6:
                hypothetical = True
        for t in earlier[-8:]:  # only near ones matter (within 8 words), and a sentence may hold hundreds
            if t.label in _EMBEDDING and 0 < i - t.tok_start <= 8 and t.get("pos") == "verb":
                future = True
            if t.label in _EMBEDDING and 0 < i - t.tok_start <= 3:
                future = True
        return negated, future, hypothetical

    def _roles(self, toks: list[Token], trig: Mention, entry: TriggerEntry, groups: list[_Group],
               starts: list[int], cues: dict[int, Mention], trig_toks: set[int],
               self_agents: dict[int, Mention] | None = None) -> tuple[list[_Group], list[_Group]]:
        """Actor and recipient groups of one trigger, read off Arabic word order and prepositions."""
        self_agents = self_agents or {}
        t = trig.tok_start
        tail_end = int(trig.get("tail_end")) if _contiguous_tail(trig) else trig.tok_end
        left = _clause_start(toks, t)
        right = _clause_end(toks, tail_end)
        for k in trig_toks:  # another trigger verb bounds this one's clause
            if left < k < t:
                left = max(left, k + 1)
        nxt = min((k for k in trig_toks if k >= tail_end and k not in self_agents), default=len(toks))
        lo, hi = bisect_left(starts, tail_end), bisect_left(starts, min(right, tail_end + 10, nxt))
        after = groups[lo:hi]
        lo = bisect_left(starts, max(left, t - 7))
        before = [g for g in groups[lo:bisect_left(starts, t)] if g.end_tok <= t]
        agent_by = [g for g in after if g.prep == "passive_agent"]
        actor: _Group | None = None
        recipient: _Group | None = None
        bare_after = [g for g in after if not g.prep]
        bare_before = [g for g in before if not g.prep and not _speaker(toks, g, t, cues)]
        prep_rec = next((g for g in after if g.prep and g.prep in entry.prep), None)
        speaker = _pronoun_speaker(toks, t, groups, cues) if entry.pos == "verb" else None
        if speaker is not None:  # قال الحلف إنه قتل عددا من زعماء طالبان: he = the speaker
            actor = speaker
            recipient = bare_after[0] if bare_after and "obj" in entry.prep and _near(
                toks, tail_end, bare_after[0].start_tok) else prep_rec
        elif entry.pos == "verb":
            subj = bare_after[0] if bare_after and _near(toks, tail_end, bare_after[0].start_tok) else None
            obj = None
            if subj is not None and "obj" in entry.prep:
                rest = [g for g in bare_after[1:] if g.start_tok - subj.end_tok <= 4]
                obj = rest[0] if rest else None
            if subj is not None and obj is None and "obj" in entry.prep:
                if bare_before:
                    actor, recipient = bare_before[-1], subj  # SVO: X هاجم Y
                elif _is_patient(toks, subj, entry, tail_end):
                    recipient = subj  # passive reading: قتل خمسة جنود
                else:
                    actor = subj
            elif subj is not None:
                actor, recipient = subj, obj
            elif bare_before:
                if "obj" in entry.prep and _is_patient(toks, bare_before[-1], entry, bare_before[-1].start_tok):
                    recipient = bare_before[-1]  # جنود قتلوا: a counted or civilian subject of a passive
                else:
                    actor = bare_before[-1]
            if recipient is None and prep_rec is not None:
                recipient = prep_rec
            if recipient is None and "obj" in entry.prep:
                recipient = _lam_owner(after, actor)  # استهدف مركزا للشرطة: the owner is the target
        else:
            gen = after[0] if after and not after[0].prep and _only_fillers(toks, tail_end, after[0].start_tok) else None
            if gen is None and tail_end < len(toks) and cues.get(tail_end) is not None and \
                    cues[tail_end].label == "light_verb":
                # هجوم شنه مسلحون: the subject of the light verb that follows is the actor
                nxt = [g for g in after if g.start_tok == tail_end + 1 and not g.prep]
                if nxt and entry.gen == "actor":
                    gen = nxt[0]
            undergo = any(cues.get(k) is not None and cues[k].label == "undergo" for k in range(max(left, t - 2), t))
            if undergo:  # القوات تعرضت لهجوم: the subject underwent the event
                recipient = bare_before[-1] if bare_before else None
                actor = gen if entry.gen == "actor" else None
            elif entry.gen == "recipient":
                recipient = gen or prep_rec
                if bare_before and not agent_by:
                    actor = bare_before[-1]
            else:
                actor = gen
                recipient = prep_rec
                if actor is None and bare_before:
                    actor = bare_before[-1]
                if recipient is None and "obj" in entry.prep:
                    recipient = _lam_owner(after, actor)
        if agent_by:
            actor = agent_by[0]
        if recipient is actor:
            recipient = None
        return _with_conj(actor), _with_conj(recipient)


def _protester(e: Entity, event: str) -> Entity:
    """Protesters named only by nationality (تظاهر آلاف الإسرائيليين) are civilians (PLOVER: CVL)."""
    if event == "PROTEST" and e.sector is None and e.code is not None and e.name is not None and e.role is None:
        return Entity(e.text, e.start, e.end, e.code, "CVL", e.name, e.role)
    return e


def _strip_wa(norm: str) -> str:
    """A normalised word without a leading و/ف."""
    return norm[1:] if len(norm) > 3 and norm[0] in "وف" else norm


def _speaker(toks: list[Token], g: _Group, t: int, cues: dict[int, Mention]) -> bool:
    """True if the phrase is the subject of a report verb (أعلن، قال…) standing between it and token t
    or just before it: a source, not the actor of the event it reports."""
    for k in range(g.start_tok - 1, max(-1, g.start_tok - 5), -1):
        if _strip_wa(toks[k].norm) in _THAT:
            break  # قال إن المستوطنين هاجموا: after «إن» comes what is said, not who says it
        c = cues.get(k)
        if c is not None and c.label == "report":
            return True
    for k in range(g.end_tok, t):
        c = cues.get(k)
        if c is not None and c.label == "report":
            return True
    return False


def _lam_owner(after: list[_Group], actor: _Group | None) -> _Group | None:
    """The first ل-phrase after the verb (مقر للشرطة, دورية للجيش), when it is not the actor."""
    for g in after[:3]:
        if g.prep == "ل" and g is not actor:
            return g
    return None


def _contiguous_tail(trig: Mention) -> bool:
    """True when the trigger's tail words follow it directly (أطلق النار), so they share its span."""
    end = int(trig.get("tail_end") or 0)
    return end > trig.tok_end and end - trig.tok_end == len(trig.entry.tail)


def _with_conj(group: _Group | None) -> list[_Group]:
    """A group and the groups conjoined to it with و, as a compound actor list."""
    if group is None:
        return []
    return [group, *group.conj]


def _is_patient(toks: list[Token], g: _Group, entry: TriggerEntry, since: int) -> bool:
    """True if a lone noun phrase after a verb reads as its object (counted victims, civilians).

    `since` is where to start looking for a count before the phrase (just after the verb).
    """
    k = g.start_tok
    for j in range(max(since, k - 4), k):
        if toks[j].kind == "num" or _strip_wa(toks[j].norm) in _NUMBER_WORDS:
            return True
    if g.mentions[0].get("prefix") == "" and toks[k].norm[:1] in "0123456789":
        return True
    sectors = {m.get("sector") for m in g.mentions if m.kind == "agent"}
    return entry.event in ("ASSAULT", "COERCE") and bool(sectors & _VICTIM_SECTORS) and not any(
        m.kind == "actor" and m.get("type") != "demonym" for m in g.mentions)


_FILLERS = _NUMBER_WORDS | {"تابعه", "التابعه", "تابع", "التابع", "من", "نحو", "حوالي", "اكثر", "اقل", "عناصر", "افراد", "اعضاء", "عدد", "عده",
                            "بعض", "جميع", "كل", "مجموعه", "عشرات", "مئات", "الاف", "ما", "لا", "يقل", "عن"}


_ADVERBS = {"امس", "اليوم", "اول", "مساء", "صباح", "ليل", "ليله", "فجر", "ظهر", "الاحد", "الاثنين", "الثلاثاء",
            "الاربعاء", "الخميس", "الجمعه", "السبت", "ايضا", "كذلك", "بدورها", "بدوره", "قد", "لقد", "امس", "يوم",
            "مجددا", "مره", "اخري", "حتي", "الان", "اخيرا", "سابقا", "فيه", "فيها", "بها", "به", "فقط"}


def _near(toks: list[Token], i: int, j: int) -> bool:
    """True if the phrase at token j is close after token i: at most 3 words, or 6 of adverbs/numbers."""
    if j - i <= 3:
        return True
    return j - i <= 6 and all(toks[k].kind == "num" or toks[k].norm in _ADVERBS or toks[k].norm in _FILLERS
                              for k in range(i, j))


def _only_fillers(toks: list[Token], i: int, j: int) -> bool:
    """True if tokens i..j-1 are only numbers and quantity words (خمسة من عناصر …), at most four."""
    if j - i > 4:
        return False
    return all(toks[k].kind == "num" or toks[k].norm in _FILLERS for k in range(i, j))


_CLAUSE_REACH = 20  # words looked at each side of a trigger; roles are sought nearer than this


def _clause_start(toks: list[Token], i: int) -> int:
    """Index of the first token of the clause holding token i."""
    k = i - 1
    stop = max(-1, i - _CLAUSE_REACH - 1)
    while k > stop and toks[k].text not in _CLAUSE_PUNCT:
        k -= 1
    return k + 1


def _clause_end(toks: list[Token], i: int) -> int:
    """Index just past the clause that starts at or before token i."""
    k = i
    stop = min(len(toks), i + _CLAUSE_REACH)
    while k < stop and toks[k].text not in _CLAUSE_PUNCT:
        k += 1
    return k


def _groups(toks: list[Token], ents: list[Mention], cues: dict[int, Mention]) -> list[_Group]:
    """Merge adjacent entity mentions into noun-phrase groups, and mark prepositions and conjuncts."""
    heads = {k: c for k, c in cues.items() if c.label == "head"}
    ends = {c.tok_end: c for c in cues.values()}
    groups: list[_Group] = []
    for m in ents:
        last = groups[-1] if groups else None
        prefix = m.get("prefix")
        if last is not None and (m.tok_start == last.end_tok or (
                m.tok_start == last.end_tok + 1 and (toks[last.end_tok].norm in _LINK_WORDS or _affiliation(
                    toks[last.end_tok].norm, last, m)))) and (
                not prefix.startswith("و")) and _compatible(last, m, toks):
            if m.tok_start == last.end_tok + 1 and toks[last.end_tok].norm in ("من", "في"):
                last.affiliated = True
            last.mentions.append(m)
            last.end_tok = m.tok_end
            continue
        g = _Group(m.tok_start, m.tok_end, [m], prefix)
        g.prep = _prep_of(toks, m.tok_start, prefix, ends)
        if not g.prep and m.tok_start >= 2 and heads.get(m.tok_start - 1) is not None:
            h = m.tok_start - 1  # أمام مكتب رئيس الوزراء: the preposition governs the place noun's owner
            g.prep = _prep_of(toks, h, heads[h].get("prefix") or _attached(toks[h].norm), ends)
        if last is not None and prefix.startswith("و") and m.tok_start == last.end_tok:
            _conj_head(groups).conj.append(g)
            g.prep = "conj"
        groups.append(g)
    return groups


def _compatible(group: _Group, m: Mention, toks: list[Token]) -> bool:
    """True if mention m can extend the noun phrase `group` (same country, not a second name).

    An attached preposition (بوزير) starts a new phrase; so does an indefinite noun after a
    definite one (قتل الجيش مسلحين: Arabic adjectives agree in definiteness, so these are two phrases).
    """
    prefix = m.get("prefix")
    last = group.mentions[-1]
    if prefix and prefix[-1] in "بل" and not (m.kind == "agent" and last.kind == "agent" and prefix == "ل"):
        return False
    if m.kind == "agent" and last.kind in ("agent", "actor") and _definite(toks, last) and not _definite(toks, m):
        return False
    if _definite(toks, m) and not _definite(toks, last) and last.kind == "agent" \
            and toks[last.tok_end - 1].norm.endswith(("ون", "ين")):
        return False  # هاجم مسلحون الجيش: a plural that keeps its ن is no construct (that is مسلحو الجيش)
    if m.kind != "actor":
        return True
    codes = {x.get("code") for x in group.mentions if x.kind == "actor" and x.get("code")}
    if codes and m.get("code") and m.get("code") not in codes:
        return False
    if m.get("type") == "person" and any(x.get("type") == "person" for x in group.mentions):
        return False
    if m.get("type") in ("country", "capital") and any(x.get("type") in ("person", "country", "capital")
                                                       for x in group.mentions):
        return False
    return True


def _definite(toks: list[Token], m: Mention) -> bool:
    """True if the mention's first word carries the article (after its clitics): الجيش، للجيش، والجيش."""
    word = toks[m.tok_start].norm[len(m.get("prefix")):]
    return word.startswith("ال") or (m.get("prefix")[-1:] == "ل" and word.startswith("ل"))


def _affiliation(link: str, group: _Group, m: Mention) -> bool:
    """True for 'role noun + من/في + organisation' (مهاجم من حركة طالبان، ناشط في كتائب الأقصى)."""
    return (link in ("من", "في") and all(x.kind == "agent" for x in group.mentions)
            and m.kind == "actor" and m.get("type") in ("group", "igo", "institution"))


_THAT = {"ان", "بان", "انه", "انها", "انهم"}
_PRONOUN_THAT = {"انه", "انها", "انهم", "انهما", "بانه", "بانها", "بانهم"}


def _pronoun_speaker(toks: list[Token], t: int, groups: list[_Group], cues: dict[int, Mention]) -> _Group | None:
    """The subject of a report verb when the verb at t follows «أنه/أنها/أنهم» (he said that he …)."""
    if t == 0 or _strip_wa(toks[t - 1].norm) not in _PRONOUN_THAT:
        return None
    for k in range(t - 2, max(-1, t - 15), -1):
        c = cues.get(k)
        if c is not None and c.label == "report":
            return next((g for g in groups if c.tok_end <= g.start_tok < t - 1 and not g.prep), None)
    return None


def _circumstantial(toks: list[Token], trig: Mention) -> bool:
    """True for an event noun in a circumstantial phrase: في هجوم، بهجوم، إثر انفجار، خلال مظاهرة."""
    if trig.get("prefix")[-1:] == "ب":
        return True
    k = trig.tok_start - 1
    return k >= 0 and _strip_wa(toks[k].norm) in ("في", "اثر", "خلال", "جراء", "عقب", "بعد")


def _framed(toks: list[Token], i: int, cues: dict[int, Mention]) -> bool:
    """True if the noun at token i is the complement of a document or case noun (اتفاق، قانون، قضية…)."""
    k = i - 1
    while k >= 0 and toks[k].kind == "punct" and toks[k].text in "\"«“”'":
        k -= 1
    c = cues.get(k)
    return c is not None and c.label == "frame"


def _attached(norm: str) -> str:
    """The attached preposition letters of a word that is not in any lexicon (بمقر → ب, لمكتب → ل)."""
    w = norm[1:] if len(norm) > 3 and norm[0] in "وف" else norm
    return w[0] if len(w) > 3 and w[0] in "بل" and not w.startswith("ال") else ""


def _conj_head(groups: list[_Group]) -> _Group:
    """The first group of the coordination the last group belongs to."""
    k = len(groups) - 1
    while k > 0 and groups[k].prep == "conj":
        k -= 1
    return groups[k]


def _prep_of(toks: list[Token], k: int, prefix: str, ends: dict[int, Mention] | None = None) -> str:
    """The preposition governing the noun phrase at token k: attached ب/ل, a word before, or ''.

    `ends` maps a token index to the cue phrase that ends just before it (for على يد / من قبل).
    """
    attached = prefix.lstrip("وف")
    if attached:
        if attached[0] == "ل" and k > 0 and toks[k - 1].norm in ("تابعه", "التابعه", "تابع", "التابع", "تابعين"):
            return ""  # طائرة تابعة لوكالة المخابرات: the owner, read as a genitive
        return {"ب": "ب", "ل": "ل", "ك": "ك"}.get(attached[0], "")
    if k > 0:
        prev = toks[k - 1].norm
        if prev == "من" and k > 1 and (toks[k - 2].kind == "num" or _strip_wa(toks[k - 2].norm) in _FILLERS
                                       or toks[k - 2].norm.startswith("ال") and toks[k - 2].norm[2:] in _FILLERS):
            return ""  # partitive: العشرات من مستوطني …، اثنين من الجنود
        c = ends.get(k) if ends else None
        if c is not None and c.label == "passive_agent":
            return "passive_agent"  # على يد، من قبل، بيد (cues.tsv)
        if prev in _PREPS:
            return prev
    return ""
