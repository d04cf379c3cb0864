"""Event coding: triggers to PLOVER events, actor and recipient by Arabic clause structure, modality."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache
from operator import attrgetter
from typing import Callable

from ..arabic.normalize import normalize
from ..article import Article
from ..lexicon.compile import AgentEntry, FunctionWords, TriggerEntry, _rows
from ..lexicon.timewords import TimeWords
from ..records import Entity, Event, Mention, Token, Trigger
from .clauses import _CLAUSE_BREAKS, _CLAUSE_PUNCT, _CLAUSE_REACH, _CLOSE_QUOTES, _OPEN_QUOTES, _abbreviation, \
    _bracketed_day_mark, _broken, _clause_end, _clause_start, _contiguous_tail, _day_comma, _definite, \
    _function_word, _number, tail_end_of
from .mentions import _NON_STATES, _RELATIVE, _armed_manner, _maqsura
from .modality import _EMBEDDING, Modality, _goes_on_clause, _no_condition, _redressed, _what_caused, participle_row
from .phrases import _same_person as _one_person
from .phrases import _NAME_OPENERS, ARMED_NONSTATE, NAME_OPENERS, TITLED_NAME, UNKNOWN_NAME, Group, _cue_words, _definite_titles, _given_names, _name_run, \
    _place_nouns, _quantity, _title, introduced_names, nisba_shaped, noun_phrases, pronoun_core, quoted_flags, \
    strip_wa

_KIND = attrgetter("kind")  # a mention's kind, read in C (map)

# Prepositions written as separate words; attached ب/ل/ك come from the clitic analysis.
# The prepositions that open an event noun's circumstantial phrase (في هجوم، إثر انفجار، خلال عملية)
_CIRCUMSTANCE = frozenset({"في", "اثر", "خلال", "جراء", "عقب", "بعد"})
_VICTIM_SECTORS = {"CVL", "EDU", "MED", "REL", "HLH", "REF", "BUS"}
_SPOKEN = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN"})  # acts done by speaking (statements adds SUPPORT)
_PASSIVE_TYPES = {"ASSAULT", "COERCE"}  # قُتل، اعتُقل: told in the passive, the subject is the victim
_TIME_PREPS = {"قبل", "بعد", "منذ"}  # prepositions of time (normalised): they head adverbials, not arguments
_JUDGED = frozenset({"SUPPORT", "ACCUSE", "REJECT"})  # acts of praise or blame, whose object may be a party's deed
_SPOKEN_OR_JUDGED = _SPOKEN | _JUDGED  # (built once: it is asked on every trigger)
# prepositions (normalised) that make a role noun the target of something else: النار على المتظاهرين، حملة ضد
# المتظاهرين — the protesters there do not protest in that sentence (not مع and بين: in مواجهات مع المتظاهرين،
# اشتباكات بين المتظاهرين والشرطة they are a side that acts too; other prepositions were left to the report filter)
_PARTICIPANT_PREPS = {"علي", "ضد"}
# events done against someone, and the prepositions that name that someone whatever the trigger's own preposition
# (غارات ضد داعش، حملة اعتقالات بحق ناشطين، عقوبات ضد روسيا)
_HOSTILE = {"ASSAULT", "COERCE", "SANCTION", "THREATEN", "ACCUSE"}
# the acts whose noun may be the subject of a verb telling it again (غارات … وقصفت وحدات)
_STRIKING = {"ASSAULT", "COERCE", "SANCTION"}
_TAKING = {("COERCE", "arrest"), ("ASSAULT", "abduct")}  # acts that take people: who is counted after is taken
_QUOTE_OPENERS = frozenset(_OPEN_QUOTES) | {":"}  # a colon or a quote opening words of someone else
_FREED_CAMEO = "192"  # a town or place taken (or freed) from the side that held it
_TAKEN = {("COERCE", "arrest"), ("COERCE", "seize")}  # acts that take people or things from a party
_HELP = {"AID", "SUPPORT"}  # acts whose noun, followed by civilians or refugees, helps them
_HELPED = {"CVL", "REF"}  # the sectors of those helped
_CONTROLLED = {"AID", "SUPPORT"}  # acts whose verbal noun, done by another verb's subject, takes its object as genitive
_OWNED_OBJECT = {"AID", "SUPPORT", "REJECT"}  # acts whose verbal noun's object noun names whom the act is for or
# against by its genitive (دعم جهود رجال الأمن، رفض إجراءات العبادي)
# رفضت تركيا دعم المقاتلين الأكراد، لمساعدة اليونان، سنواصل دعم الشعب اليمني (not threats: التصدي لتهديد المنظمات)
_WILLED = {"REJECT", "AGREE"}  # verbs whose verbal-noun complement their own subject would do
_AIMED = ("future", "aim", "purpose")  # cue classes whose verbal noun right after is done by the clause's subject
_LAM_DONE = {"ASSAULT", "COERCE"}  # acts whose indefinite noun takes its doer with ل: هجوم للقاعدة، غارات للتحالف
# acts against people or bodies where they are: a target "in Baquba" is Iraqi (a minister met "in Cairo" need not be)
_LOCAL_TARGETS = {"ASSAULT", "COERCE", "PROTEST"}
_SITE_TYPES = ("country", "capital", "place")
_ADDRESSED = frozenset({"REQUEST", "THREATEN", "ACCUSE"})  # acts whose noun is addressed to a party in إلى
_PERSON_TYPES = ("person", "name", "titled_name")  # the types of a mention that names a person (phrases._PERSONS)
_LOCATIVE_PREPS = frozenset({"في", "ب", "داخل", "قرب", "عند"})  # a place in one of these says where (_no_sites)
_FORCES = {"MIL", "COP", "SPY", "REB", "UAF"}  # the sectors of armed forces (_force)
_STATE_WORDS = {"دوله", "جمهوريه", "مملكه", "اماره"}  # before a place name: a state (دولة مالاوي), not a town
_ABOUT = "عن"  # (normalised) the preposition of «أعلن عن»
_ARRESTERS = {"COP", "MIL", "SPY", "JUD", "GOV"}  # the sectors of the bodies that arrest (_security_body)
# acts a state body that announces them as its verb's object did (RETREAT, CONCEDE: a release, sanctions lifted,
# curbs eased: أعلنت إسرائيل الإفراج عن، أعلنت وزارة المالية عن تخفيف القيود)
_ANNOUNCED_OWN = {"COERCE", "SANCTION", "AID", "RETREAT", "CONCEDE"}
# acts whose object pronoun names a party the sentence before may have told (_resumes_party), and the modes of
# COERCE that are done to people (an arrest, a siege, a deportation), not to things (seized, destroyed, censored)
_PARTY_OBJECT_TYPES = frozenset({"COERCE", "CONSULT", "REQUEST", "THREATEN"})
_PARTY_OBJECT_MODES = frozenset({"arrest", "restrict", "deport"})


class EventCoder:
    """Codes the events of each sentence of the story from the mentions the matcher found."""

    name = "events"
    requires = ("sentences", "tokens", "mentions")
    adds = ("events",)

    def __init__(self, function_words: FunctionWords | None = None):
        self.fw = function_words if function_words is not None else FunctionWords.load()
        self.modality = Modality(self.fw)  # the negated, future and hypothetical flags

    def __call__(self, article: Article) -> Article:
        by_sentence: dict[int, list[Mention]] = {}
        for m in article.mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
        events: list[Event] = []
        story: list[tuple[list[Token], list[Mention]]] = []  # the story's sentences so far
        said: dict[int, tuple[Group, str] | None] = {}
        last: tuple[list[Token], list[Mention], list[Event]] = ([], [], [])  # the story sentence before, coded
        names: frozenset[str] = frozenset()  # the family names of the titled persons the story introduced so far
        unread: list[tuple[list[Token], list[Mention], list[str]]] = []  # the story sentences whose names are not in
        # `names` yet: read when a later sentence with a trigger needs them (code_sentence reads no name without one)
        honored: Entity | None = None  # the person the story last gave a form of address (صاحب السمو الأمير …)
        addressed: dict[str, Entity] = {}  # each form of address (سمو، فخامه، معالي) and the person it last went with
        sides: tuple[Entity, ...] = ()  # the two parties of the story's last meeting (who met and whom)
        told: list[int] = []  # the indices of the story's sentences so far

        def speaker_of(j: int) -> tuple[Group, str] | None:
            """Who story sentence j last quoted, and the gender of the verb (read only when a later sentence asks)."""
            if j < 0:
                return None
            if j not in said:
                said[j] = self._speaker_after(*story[j], lambda: speaker_of(j - 1))
            return said[j]

        for sent, toks, norms in zip(article.sentences, article.tokens, article.norms()):
            if not sent.in_story:
                continue
            ms = by_sentence.get(sent.index)
            coded: list[Event] = []
            if ms:
                if unread and "trigger" in map(_KIND, ms):  # (asked in C)
                    names = names.union(*(introduced_names(t, m, self.fw, n) for t, m, n in unread))
                    unread.clear()
                coded = self.code_sentence(article, sent.index, toks, ms, len(events), names)
                here = self._addressed(article.text, toks, ms)
                forms = _address_forms(article.text, toks, ms, self.fw, norms)
                if coded:  # (each pass gives no events back for none, nor keeps any state: most sentences code none)
                    before = len(story) - 1
                    coded = _carried_speaker(article.text, toks, coded, ms, lambda: speaker_of(before), self.fw)
                    coded = _carried_subject(article.text, toks, coded, ms, last, lambda: speaker_of(before), self.fw)
                    coded = _honorific_parties(toks, coded, ms, forms, addressed)
                    coded = _honorific_actors(toks, coded, ms, here or honored)
                    coded, sides = _both_sides_actors(toks, coded, ms, sides, self.fw)
                    coded = _dual_talkers(article.text, toks, coded, ms, self.fw)
                    coded = _passive_arrest_police(article.text, toks, coded, ms, self.fw)
                    coded = _call_content_actors(toks, coded, self.fw)
                    coded = _framed_acts(toks, coded, ms, events)
                    coded = _first_objects(article.text, toks, coded, ms, self.fw)
                    if coded:
                        coded = _agents_by_means(toks, coded, self.fw)
                        coded = _self_blasters(toks, coded, ms)
                        coded = _device_blasters(article.text, toks, coded, ms, self.fw)
                        coded = _chained_subjects(article.text, toks, coded, ms, self.fw)
                        coded = _chained_callers(article.text, toks, coded, ms, self.fw)
                        coded = _speaker_goes_on(article.text, toks, coded, ms, self.fw)
                        coded = _circumstantial_callers(article.text, toks, coded, ms, self.fw)
                        coded = _carried_participle_speaker(article.text, toks, coded, ms, lambda: speaker_of(before))
                        coded = _pronoun_topics(article.text, toks, coded, ms, self.fw)
                        coded = _fronted_adverbial_actors(article.text, toks, coded, ms, self.fw)
                        coded = _issued_text_actors(article.text, toks, coded, ms, self.fw)
                        coded = _speech_relatives(article.text, toks, coded, ms, self.fw)
                        coded = _appositive_subjects(article.text, toks, coded, ms, self.fw)
                        coded = _self_reported(article.text, toks, coded, ms, self.fw)
                        coded = _partnered_circumstance_actors(toks, coded, ms, self.fw)
                        coded = _attributed_doers(article.text, toks, coded, ms, self.fw)
                        coded = _redressed_doers(coded, ms, self.fw, toks)
                        coded = _answered_requests(toks, coded, ms)
                    coded = _targets_told_back(toks, coded, self.fw)
                    coded = _fronted_targets(article.text, toks, coded, ms, self.fw)
                    coded = _pronoun_recipients(article.text, toks, coded, ms, self.fw, last)
                    coded = _judged_venturers(article.text, toks, coded, ms, self.fw)
                    coded = _hopers(article.text, toks, coded, ms, self.fw)
                    coded = _threatened_targets(toks, coded, ms, self.fw)
                    coded = _charged_acts(toks, coded, ms, self.fw)
                    coded = _no_warned_dangers(toks, coded, ms, self.fw)
                    coded = _no_side_phrase_targets(toks, coded, ms, self.fw)
                    coded = _no_content_recipients(toks, coded, ms, self.fw)
                    coded = _no_false_actors(toks, coded, self.fw)
                    coded = _owned_lam_objects(toks, coded, ms, self.fw)
                honored = here or honored
                addressed.update((base, ent) for _, base, ent in forms)
                _claimed_earlier(article.text, toks, ms, events, told, self.fw)
                events.extend(coded)
            told.append(sent.index)
            last = (toks, ms or [], coded)
            unread.append((toks, ms or [], norms))
            story.append((toks, ms or []))
        article.events = _bodies_named_before(article.text, events, article.mentions, self.fw)
        return article

    def _speaker_after(self, toks: list[Token], mentions: list[Mention],
                       carried: Callable[[], tuple[Group, str] | None]) -> tuple[Group, str] | None:
        """Who speaks at the end of the sentence, for the next one's subjectless report verb (وقالت الشرطة … .
        وأضافت أنها اعتقلت …): the subject right after the sentence's report verb; the speaker `carried()` in when
        the sentence's own report verb opens it with no subject and agrees with it; else none."""
        cues = {m.tok_start: m for m in mentions if m.kind == "cue"}
        said = [c for c in cues.values() if c.label == "report" and _verb_gender(toks[c.tok_start].norm)]
        if not said:
            return self._opening_speaker(toks, mentions, cues)
        opening = _opening_report(toks, cues)
        if opening is not None and (before := carried()) is not None \
                and _verb_gender(toks[opening.tok_start].norm) == before[1]:
            return before
        ents = [m for m in mentions if m.kind in ("actor", "agent")]
        if not ents:
            return None
        groups = noun_phrases(toks, ents, cues, self.fw)
        for c in sorted(said, key=lambda m: m.tok_start):
            g = next((g for g in groups if g.start_tok == c.tok_end and not g.prep), None) or \
                _body_of_named(toks, c.tok_end, groups, self.fw)
            if g is not None:
                return g, _verb_gender(toks[c.tok_start].norm)
        return None

    def _opening_speaker(self, toks: list[Token], mentions: list[Mention],
                         cues: dict[int, Mention]) -> tuple[Group, str] | None:
        """For a sentence of no report verb that opens with و and a perfect verb of no event (وأوصت الأمانة العامة
        لهيئة كبار العلماء أهل فلسطين …): the named subject right after that verb and the verb's gender, for the
        next sentence's subjectless verb (ودعت المجتمع الدولي …); None otherwise, and for a plural verb, whose subject
        is in it (a verb before its subject stays singular)."""
        if len(toks) < 3 or not toks[0].norm.startswith("و") or (opened := _opener(toks, self.fw)) is None:
            return None
        v, k = opened
        if v in cues or any(m.tok_start == v and not _spoken(m) for m in mentions) or \
                not (gender := _verb_gender(toks[v].norm)) or gender == "pl":
            return None  # (a spoken act's verb names its speaker too: وأدان أبو ردينة …. وأوضح أن …. وطالب الحكومة;
            # not a plural one, which carries its subject: the phrase after «ودعوا المنظمات الدولية» is its object)
        ents = [m for m in mentions if m.kind in ("actor", "agent")]
        if not ents:
            return None  # (no actor or agent named: no subject to hand on)
        groups = noun_phrases(toks, ents, cues, self.fw)
        g = next((g for g in groups if g.start_tok == k and not g.prep and _coded(g)), None) or \
            _body_of_named(toks, k, groups, self.fw)
        return (g, gender) if g is not None else None

    def _addressed(self, text: str, toks: list[Token], mentions: list[Mention]) -> Entity | None:
        """The subject given a form of address right after the verb that opens the sentence (وعد صاحب السمو الملكي
        الأمير سلطان بن سلمان …، ورفع معالي وزير الإسكان …: function_words.tsv honorific): who a later سموه/معاليه
        stands for; None where the sentence has no such subject."""
        k = 1 + (len(toks) > 2 and strip_wa(toks[0].norm) == "قد")  # (وقد بادل سمو الأمير)
        if k >= len(toks) or toks[k].norm not in self.fw.honorific:
            return None
        while k < len(toks) and toks[k].norm in self.fw.honorific:
            k += 1
        ents = [m for m in mentions if m.kind in ("actor", "agent")]
        groups = noun_phrases(toks, ents, {m.tok_start: m for m in mentions if m.kind == "cue"}, self.fw)
        g = next((g for g in groups if g.start_tok == k), None)
        return g.entity(text) if g is not None and not g.prep and _named(g) else None

    def code_sentence(self, article: Article, index: int, toks: list[Token], mentions: list[Mention],
                      numbered: int, names: frozenset[str] = frozenset()) -> list[Event]:
        """The events of one sentence; `names` are the family names of titled persons the story gave before."""
        triggers = [m for m in mentions if m.kind == "trigger"]
        if not triggers:
            return []
        cues = {m.tok_start: m for m in mentions if m.kind == "cue"}
        ents = [m for m in mentions if m.kind in ("actor", "agent")]
        if any(c.label == "responsibility" for c in cues.values()):
            ents = _no_responsible_officials(toks, ents, triggers, cues, self.fw)
        # military craft that are attack words too (طائرات حربية، مقاتلات): agents now, they strike
        craft = frozenset(e.tok_start for e in ents if e.kind == "agent" and e.get("sector") == "MIL") & frozenset(
            t.tok_start for t in triggers if t.label == "ASSAULT")
        triggers = self._resolve_overlaps(toks, triggers, ents, cues)
        triggers = _acting_roles(toks, triggers, ents)
        triggers = _no_accident_casualties(triggers, cues)
        triggers = _no_festive_marches(triggers, cues, toks, self.fw.against)
        triggers = _no_defused_devices(triggers, cues, toks)
        triggers = _no_commemorated(triggers, cues, toks)
        triggers = _no_fatal_spot(triggers, cues, toks)
        triggers = _no_sport_events(triggers, cues, toks)
        triggers = _no_reporter_acts(triggers, cues, toks, ents)
        if not triggers:
            return []
        trig_toks = {t.tok_start for t in triggers}
        attack_ends = frozenset(tail_end_of(t) for t in triggers if t.label == "ASSAULT" and t.get("pos") == "noun")
        willed = frozenset(tail_end_of(t) for t in triggers if t.label in _WILLED and t.get("pos") == "verb")
        # (and the verbs of pledging, asking and calling, for a state helped in their بـ complement: تعهد المانحون
        # بدعم اليمن، طالب المجتمع الدولي بدعم لبنان)
        bidden = willed | frozenset(tail_end_of(t) for t in triggers if t.label == "REQUEST" and t.get("pos") == "verb")
        # the help nouns in لـ (لإغاثة الشعب اليمني), whose genitive another help noun before them goes to
        helps = frozenset(t.tok_start for t in triggers if t.label in _HELP and t.get("pos") == "noun"
                          and strip_wa(t.get("prefix")) == "ل")
        # an indefinite event noun in the accusative (ـًا) after a verb is its object (استهدف انتحاري اجتماعا
        # لقوات الصحوة): it does not end the verb's clause as a second verb or «في هجوم» does
        trig_nouns = frozenset(t.tok_start for t in triggers if t.get("pos") == "noun" and not t.get("prefix")
                               and toks[t.tok_start].norm.endswith("ا")
                               and not toks[t.tok_start].norm.startswith("ال"))
        self_agent = {e.tok_start: e for e in ents if e.kind == "agent" and e.tok_start in trig_toks}
        # a role noun that is also a trigger (المتظاهرون) stays a participant of the other events
        # (a name the lexicons lack right after a verb is its subject: التقى كوفي عنان الرئيس السوري بشار الأسد)
        after_verbs = frozenset(int(t.get("tail_end") or t.tok_end) for t in triggers if t.get("pos") == "verb") | \
            frozenset(t.tok_end for t in triggers if t.get("pos") == "verb")  # (دافع الدكتور فلان عن: before the tail)
        groups = noun_phrases(toks, [e for e in ents if e.tok_start not in trig_toks or e.tok_start in self_agent], cues,
                              self.fw, after_verbs=after_verbs, names=names)
        groups = [g for g in groups if _countable(g, toks, self.fw, trig_toks, cues) and not _place_adjective(g, toks, cues)]
        if any(len(g.mentions) == 1 for g in groups):
            # (هجوم مسلح: the adjective of an attack names no party; الأجهزة المصرية: a nationality adjective is
            # read with the noun no lexicon reads that it describes, the phrase in full)
            attack_nouns = {tail_end_of(t): t for t in triggers if t.get("pos") == "noun" and _attack(t)}
            groups = [g for g in groups if not _armed_adjective(toks, g, attack_nouns)]
            worded = {k for t in triggers for k in range(t.tok_start, max(t.tok_end, tail_end_of(t)))}
            nouns = frozenset(t.tok_start for t in triggers if t.get("pos") == "noun")
            for g in groups:  # (a trigger's words, its tail too: رفع العقوبات الأميركية — the act's doer)
                if (k := _described_head(toks, g, ents, cues, worded, self.fw, nouns)) is not None:
                    g.head_start = toks[k].start  # (the party in full, not its adjective alone)
        starts = [g.start_tok for g in groups]  # for bisecting in _roles
        article.phrase_groups()[index] = groups  # (the party filler chooses among them: stages.parties)
        sent = article.sentences[index]
        events: list[Event] = []
        prev: Mention | None = None
        earlier: list[Mention] = []
        services: set[int] = set()  # the events that are services given the public (`_public_services`)
        last_actor: list[Group] = []
        verb_actor: list[Group] = []  # the last verb's subject
        verb_at = -1  # where that verb stands
        noun_at = -1  # where the noun that gave last_actor ends (-1: a verb gave it)
        last_recipient: list[Group] = []
        advice: set[int] = set()  # where a warning to no one stands
        for trig in triggers:
            if prev is not None and trig.label == prev.label and trig.tok_start - prev.tok_end <= 3 and not any(
                    strip_wa(toks[k].norm) in self.fw.cause or strip_wa(toks[k].norm) in self.fw.caused_by
                    for k in range(prev.tok_end, trig.tok_start)) and not (participle_row(trig) and any(
                    toks[k].text in ",،" for k in range(prev.tok_end, trig.tok_start))):
                # (not a participle past a comma, an act of its own: «ونفى الوزير الاتهامات، متهما المعارضة بالكذب»)
                # one event told by two neighbouring words ("سيارة مفخخة انفجرت"), unless حين/عندما opens a clause
                # of its own between them (قتل ثلاثة عندما قصفت الطائرات …) or نتج/ناجم tells the second caused the
                # first (ان الانفجار نتج عن قصف مليشيات الحوثي: the shelling is told, with its doer); what a verb there tells
                # of the participants (ضربة جوية استهدفت اجتماعا للقاعدة) fills what the first word lacks
                if events and events[-1].trigger.start == prev.start and (
                        trig.get("pos") == "verb" or _noun_subject(toks, prev, trig, events[-1])) \
                        and not (events[-1].actor and events[-1].recipient):
                    # (a noun right after the verb is its subject, whose genitive does the act: واستهدفت غارات
                    # التحالف قاعدة العند)
                    events[-1] = self._fill_roles(article, events[-1], toks, trig, groups, starts, cues, trig_toks,
                                                  self_agent, noun_first=prev.get("pos") == "noun")
                elif events and events[-1].trigger.start == prev.start and not events[-1].actor and \
                        trig.get("pos") == "noun" and _circumstantial(toks, trig, cues, trig_toks):
                    # قتل أربعة جنود في هجوم شنه مسلحون: the subject of the light verb after the noun acts
                    events[-1] = self._light_verb_actor(article, events[-1], toks, trig, groups, starts, cues,
                                                        trig_toks, self_agent, trig_nouns)
                    _joined_casualties(toks, events, earlier, len(events) - 1)
                continue
            if prev is not None and trig.tok_start < int(prev.get("tail_end") or 0):
                continue
            entry: TriggerEntry = trig.entry
            if entry.pos == "noun" and _circumstantial(toks, trig, cues, trig_toks) and any(
                    e.event == entry.event and e.trigger.start < trig.start for e in events):
                # قتل مسلحون خمسة جنود في هجوم على …: the attack told twice is one event; the subject of a light
                # verb after the noun fills an actor the verb lacks (قتل أربعة جنود في هجوم شنه مسلحون)
                k = max(j for j, e in enumerate(events) if e.event == entry.event and e.trigger.start < trig.start)
                if not events[k].actor:
                    events[k] = self._light_verb_actor(article, events[k], toks, trig, groups, starts, cues,
                                                       trig_toks, self_agent, trig_nouns)
                    _joined_casualties(toks, events, earlier, k)
                continue
            actor, recipient = self._roles(toks, trig, entry, groups, starts, cues, trig_toks, self_agent, trig_nouns,
                                           craft, attack_ends, willed, bidden, helps)
            actor, recipient = _no_sites(toks, actor, entry, cues), _no_sites(toks, recipient, entry, cues)
            if entry.pos == "noun" and (received := _received_from(toks, trig, groups, starts, self.fw)):
                # وستتلقى أثينا قرضا عاجلا، تلقى الصندوق دعما ماديا من الأمير: the subject of a verb of receiving got
                # what the noun tells; the one in «من» after it gave it
                actor, recipient = received[0] or [a for a in actor if all(a is not s for s in received[1])], \
                    received[1] or recipient
            if recipient and entry.event in _HOSTILE and \
                    (doers := [g for g in recipient if _operation_owner(toks, g, self.fw)]):
                # وجرح آخرين في عملية نوعية للمقاومة الشعبية: the owner of the operation in لـ carried it out; it
                # befell no one
                recipient = [g for g in recipient if not any(g is d for d in doers)]
                actor = actor or doers[:1]
            if entry.event == "SANCTION" and \
                    (sentenced := _sentenced_after_penalty(toks, trig, groups, starts, self.fw)) is not None:
                # أصدرت المحكمة حكما بإعدام الرئيس المصري الأسبق محمد مرسي: the genitive of the penalty noun is who
                # is sentenced, never the court
                actor = [g for g in actor if g is not sentenced]
                recipient = recipient or _with_conj(sentenced)
            if actor and not recipient and entry.pos == "noun" and entry.cameo == "112" and \
                    _accused_genitive(toks, trig, actor[0], article.text):
                # انتهت باتهام شاب سعودي في قضية غسل أموال: an unnamed person in the genitive of the accusation is
                # the one accused; the accuser is told elsewhere (اتهام المحكمة الجنائية الدولية للرئيس: the body;
                # not a complaint, whose genitive files it: شكوى مواطن)
                actor, recipient = [], actor
            if not actor and entry.pos == "verb" and \
                    (subj := _subordinate_subject(toks, trig, groups, starts, self.fw)) is not None:
                # وبينما لم يشتبك الجنرال ديمبسي …، أيد: the subject of the clause of time or contrast that opens the
                # sentence is the main verb's, which has none after it
                actor = _with_conj(subj)
            if actor and _pronoun_that_predicate(toks, trig, actor[0], self.fw):
                # وتم ضبطه واتضح أنه مواطن: the phrase after «أنه» is what the one named before is, in a clause of
                # its own; it never did the act
                actor = []
            if actor and _circumstance_predicate(toks, trig, actor[0], self.fw):
                # وقبض على الجاني وهو شاب في العقد الثالث: «وهو + noun» after the verb tells what the one named
                # before it is, a clause of its own; its predicate never did the act
                actor = []
            if (not recipient or not any(g.entity(article.text).code for g in recipient)) and \
                    (addressed := _addressed_office(toks, trig, recipient, groups, starts, self.fw, article.text)):
                # برقية تهنئة لفخامة الرئيس بوني يايي رئيس جمهورية بنين: past a name the lexicons lack, the office
                # of the one addressed names whom (رئيس جمهورية بنين), not the bare title before the name
                recipient = [addressed]
            if recipient and any(_attributer(g, cues, trig) for g in recipient):
                # وقتل اثنان في هجوم نسبته الشرطة إلى مسلحين: who blames the act on someone is not what it befell
                recipient = [g for g in recipient if not _attributer(g, cues, trig)]
            if actor and recipient and _actor_owner(toks, actor, recipient, groups, starts, self.fw) and not (
                    entry.pos == "verb" and _verb_gender(toks[trig.tok_start].norm) == "f"
                    and toks[actor[-1].end_tok - 1].norm.endswith(("ين", "ون"))):
                # هاجم مسلحون تابعون لحزب كوملة: the actor's own party is no recipient (unless a masculine plural
                # after a feminine verb is its object, whose owner it hit: هاجمت مقاتلين تابعين للجيش الحر)
                recipient = []
            elif actor and recipient and _loyal_owner(toks, actor[-1], recipient[0], self.fw):
                # قصفت المنطقة العسكرية الثالثة الموالية للرئيس عبد ربه منصور هادي مواقع الحوثيين: whom the actor is
                # loyal to, past its adjective, is no recipient; the bare phrase right past that owner's name is
                # (or the genitive of one bare word there: مواقع الحوثيين; so after an event noun's doer: «هجوماً شنه
                # مسلحون حوثيون وقوات موالية للرئيس اليمني المعزول»)
                recipient = _bare_past(toks, recipient[0], groups, starts, trig_toks, cues, self.fw) or \
                    _lam_owner_past(toks, recipient[0], groups, starts, trig_toks)  # (حاجزا للجيش: the owner)
            if recipient and entry.event in _HOSTILE and not any(g.entity(article.text).code for g in recipient) and \
                    (owner := _owner_after_adjective(toks, recipient[-1], groups, starts, trig_toks, cues, self.fw,
                                                     article.text)
                     or _owner_past_load(toks, recipient[-1], groups, starts, trig_toks, cues, self.fw,
                                         article.text)) is not None and not any(owner is g for g in actor):
                # دمرت البوارج 10 زوارق بحرية محملة بمسلحين وأسلحة تابعة لميليشيات الحوثي: what was hit names no
                # one; the owner in «تابعة لـX» after it (past what it carries) is whom the act befell
                recipient = [owner]
            if actor and entry.pos == "verb" and _feminine_object(toks, trig, actor[0], self.fw.in_it,
                                                                  self.fw.masculine_place, self.fw.lands_plural):
                # وطالب الحكومة الاتحادية بالإسراع، يحمل شركة فيات المسؤولية: a masculine verb right before a feminine
                # noun has it for its object; the subject is told elsewhere (carried on below)
                actor, recipient = [], actor
            if actor and all(g.prep == "conj" for g in recipient) and entry.event == "CONSULT" and \
                    entry.cameo != _HOSTING and entry.pos == "verb" and "obj" in entry.prep and \
                    not trig.get("object_pronoun") and \
                    (trig.get("prefix")[:1] == "و" or _after_lead_in(toks, trig.tok_start)) and \
                    _lone_guest(toks, trig, actor + recipient, starts):
                # وتوجه أوباما إلى نيروبي، حيث التقى الرئيس الكيني: a verb of meeting or visiting must have the one met
                # or visited; the one phrase after it that ends its clause is that, the subject carried on (below);
                # so are all its conjuncts (إذ سيلتقي الرئيس روحاني والوزير محمد جواد ظريف)
                actor, recipient = [], actor + recipient
            if actor and not recipient and entry.cameo == _HOSTING and entry.pos == "verb" and \
                    not trig.get("object_pronoun"):
                # a verb of hosting must have its guest (not read here when the verb carries it: «المؤتمر الذي استضافته
                # العاصمة الفرنسية، ودعت»)
                if _lone_guest(toks, trig, actor, starts):
                    # وفي يوم الخميس 9 أبريل استقبل أمير دولة قطر، ورعى حفل افتتاح: the one phrase after it that ends its
                    # clause is the guest, the host told elsewhere (carried on below)
                    actor, recipient = [], actor
                else:
                    # أستقبل سمو أمير منطقة مكة المكرمة في مكتبه بجدة يوم أمس الأول، وزير الحج: the guest told after
                    # where and when, past a comma
                    recipient = _guest_past_adjuncts(toks, trig, actor, groups, starts, trig_toks, cues, self.fw)
            elif not recipient and entry.event == "CONSULT" and entry.pos == "verb" and "obj" in entry.prep \
                    and not trig.get("object_pronoun") and \
                    (side := _counterparts_side(toks, trig, actor, groups, starts)) is not None:
                recipient = _with_conj(side)  # سيلتقي نظراءه من دول مجلس التعاون الخليجي: their side is met
            elif actor and not recipient and entry.event == "CONSULT" and entry.pos == "verb" and "obj" in entry.prep \
                    and not trig.get("object_pronoun"):
                # التقى الأمير محمد بن سلمان … في قصر الدرعية بالرياض، اليوم الثلاثاء، فخامة الرئيس فرانسوا هولاند: the
                # one met told past where and when, as a host's guest
                recipient = _guest_past_adjuncts(toks, trig, actor, groups, starts, trig_toks, cues, self.fw)
            if actor and entry.event == "REQUEST" and entry.pos == "verb" \
                    and _addressed_party(toks, trig, actor[0], self.fw):
                # كما دعا المجتمع الدولي إلى التحرك: the international community is called on, by a subject told
                # elsewhere (carried on below); it is the one object (ودعت جميع الإيطاليين إلى مغادرة ليبيا: not the
                # place they are asked to leave)
                actor, recipient = [], actor
            if len(actor) == 1 and not recipient and entry.pos == "verb" and "obj" in entry.prep and \
                    not trig.get("object_pronoun") and \
                    (obj := _object_past_lam_owner(toks, trig, actor[0], groups, starts, trig_toks)) is not None:
                # وطالب المتحدث الرسمي لوزارة الخارجية الأمريكية إيران بالإفراج: past the office no lexicon names and
                # its owner in لـ (the actor), the phrase right after is the verb's object
                recipient = _with_conj(obj)
            if actor and not recipient and entry.event == "REQUEST" and entry.pos == "verb" and "obj" in entry.prep \
                    and not trig.get("object_pronoun") and \
                    (obj := _object_past_comma(toks, actor[-1], groups, starts, article.text)) is not None:
                # طالب مجلس محافظة الأنبار، الولايات المتحدة بتسليح أبناء العشائر: past the subject set off by a
                # comma, the named party right before what is asked for (بـ) is the one asked
                recipient = _with_conj(obj)
            if actor and not recipient and entry.event == "REQUEST" and entry.pos == "verb" and "obj" in entry.prep \
                    and not trig.get("object_pronoun") and all(g.start_tok >= trig.tok_end for g in actor) and \
                    (obj := _object_set_off(toks, actor[-1], groups, starts, trig_toks, self.fw)) is not None:
                # طالب الفنان حسن عسيري، وزير التعليم الدكتور عزام الدخيل، بضم: past the subject's name and titles,
                # the party set off by commas right before what is asked for is the one asked
                recipient = _with_conj(obj)
            if actor and not recipient and entry.event in _SPOKEN_OR_JUDGED and entry.pos == "verb" and \
                    "obj" in entry.prep and not trig.get("object_pronoun") and \
                    all(g.start_tok >= trig.tok_end for g in actor) and \
                    (obj := _asked_past_adjuncts(toks, trig, actor, groups, starts, trig_toks, self.fw)) is not None:
                # دعا الأصبحي، وزير حقوق الإنسان اليمني، خلال تصريحات …، مفوض الأمم المتحدة … لزيارة: past the
                # subject's titles and the adjuncts set off by commas, the party before what is asked is the one asked
                recipient = _with_conj(obj)
            if actor and entry.event in _SPOKEN_OR_JUDGED and entry.pos == "verb" and "obj" in entry.prep and \
                    not trig.get("object_pronoun") and all(g.start_tok >= trig.tok_end for g in actor) and \
                    (obj := _object_past_subject_time(toks, actor, recipient, groups, starts, trig_toks,
                                                      self.fw)) is not None:
                # دعا آية الله علي السيستاني الحكومة إلى، طالب ممثل المرجعية … الجمعة حيدر العبادي بأن: past the subject
                # (and its adjuncts in a preposition), and past the day told after it, the party right before what is
                # asked is the one asked
                recipient = _with_conj(obj)
            if not recipient and entry.event == "REQUEST" and entry.pos == "verb" and \
                    all(g.start_tok >= trig.tok_end for g in actor) and \
                    (obj := _asked_past_thing(toks, trig, actor, groups, starts, trig_toks, self.fw)) is not None:
                # وطلبت الشركة … تحركا من السلطات، وطالبت يوروتانل بتعويضات من الحكومتين: the party in من right
                # after what is asked for is the one asked
                recipient = _with_conj(obj)
            if actor and not recipient and entry.mode == "allege" and entry.pos == "verb" and \
                    not trig.get("object_pronoun") and _charged_right_after(toks, trig, actor, self.fw):
                # كما اتهم حزب العمال الكردستاني وتنظيم "داعش" بأن …: the one phrase after a verb of accusing, the charge
                # in بـ right past it, is the accused; who accuses is told elsewhere (carried on below); not a verb of
                # condemning, whose بـ names what it condemns (وندد المجتمع الدولي بالهجوم)
                actor, recipient = [], actor
            elif actor and not recipient and entry.mode == "allege" and entry.pos == "verb" and \
                    not trig.get("object_pronoun") and \
                    (listed := _charged_past_commas(toks, trig, actor, groups, starts, self.fw)):
                # واتهم حزب الله، وإيران، بتنفيذ الهجوم: so with the conjuncts set off by commas
                actor, recipient = [], listed
            elif actor and not recipient and entry.cameo == "112" and entry.pos == "verb" and \
                    not trig.get("object_pronoun") and all(g.end_tok <= trig.tok_start for g in actor) and \
                    _charge_word_at(toks, tail_end_of(trig), self.fw) and not _starts_at(starts, tail_end_of(trig)):
                # أن رجلا … أوقف في الولايات المتحدة واتهم بأنه كان ينوي: the charge in بـ right after the verb leaves
                # no room for an object, the verb is passive; its subject before it is the accused
                actor, recipient = [], actor
            if actor and entry.pos == "verb" and _complement_object(toks, trig, actor[0], trig_toks, self.fw):
                # وهددت بإسقاط حكم حماس: a verbal noun in بـ right after the verb is its complement; the phrase after
                # it is that noun's object, not the verb's subject (the threatened, for a threat)
                actor, recipient = [], recipient or (actor if entry.event == "THREATEN" else [])
            if entry.event == "THREATEN" and _advice(toks, trig, actor, recipient, cues, trig_toks, self.fw):
                # وحذر وزير الخارجية الألماني من استمرار تصعيد العنف: a danger foretold to no one, no threat (dropped at
                # the end: it still governs what it warns of, «حذرت الوزارة من هجمات محتملة»)
                advice.add(trig.tok_start)
            elif entry.pos == "verb" and _no_act_past_subject(toks, trig, entry, actor, groups, starts, cues,
                                                                                 self.fw):
                # ونوه الوزير … بأن، ورحب المحافظ بالحضور، ودعا رئيس المجلس المولى أن يحفظ، ونحذر شبابنا من: a note, a
                # greeting, a prayer, a caution told with the subject between the verb and the words that tell it
                advice.add(trig.tok_start)
            undergone = entry.pos == "verb" and entry.event not in _PASSIVE_TYPES and bool(actor) and \
                not recipient and not actor[0].prep and _looks_passive(toks, trig, starts)
            if undergone:
                # وكان جيمس هولمز قد أدين بـ12 تهمة، أقيل الوزير: a verb spelled as only a passive is (of a type not
                # read as passive by its roles) was done to its subject, by no one named (nor carried on, below)
                actor, recipient = [], actor
            if actor and entry.pos == "verb" and trig.get("prefix")[:1] == "و" and \
                    (actor[-1].end_tok == trig.tok_start or actor[-1].end_tok == trig.tok_start - 1 and
                     toks[trig.tok_start - 1].text in _CLOSE_QUOTES + ")") and \
                    actor[0].start_tok < trig.tok_start and not (
                    (c := cues.get(actor[0].start_tok - 1)) is not None and c.label == "light_verb"):
                # «تمكين المرأة ودعم الشباب»، «قتل 11 حوثيا وجرح آخرين»: the phrase right before a verb with و ends
                # the clause before it (a verbal noun's genitive, an object), no subject of the verb (unless it is
                # the subject of a light verb before it, shared: «نفذتها حركة طالبان واستهدفت الشرطة»; nor a
                # source in quotes, «واس» ودعا الأمير; after أما
                # the ف verb has its topic before it: «أما بكين فرفضت»)
                actor = []
            if actor and entry.pos == "verb" and trig.get("prefix")[:1] == "و" and \
                    all(g.end_tok <= trig.tok_start for g in actor) and \
                    _prep_genitive(toks, actor[0], starts, trig_toks, cues, self.fw):
                # وشنت تركيا أولى هجماتها على أهداف الدولة الإسلامية في سوريا وتعهدت باتخاذ إجراء: the genitive of a
                # noun a preposition governs is no subject of the verb with و after it; the verb goes on from the
                # subject of the verb before (below)
                actor = []
            if actor and entry.pos == "noun" and trig.get("prefix")[:1] == "و" and actor[-1].prep in ("", "conj") and \
                    _past_owner(toks, actor[-1], self.fw) == trig.tok_start and actor[0].start_tok < trig.tok_start \
                    and not _the_latter(toks, tail_end_of(trig)):
                # تفكيك خلايا إرهابية تابعة لداعش واعتقال 431: the phrase right before an event noun with و (or
                # before its owner) ends the words before it, the genitive of another noun; it does no act told after
                # (unless the noun's genitive is «the latter», which points back to it: بالمرشد خامنئي وموافقة الأخير)
                actor = []
            if entry.event == "ACCUSE" and entry.lemma == "احال" and (te := int(trig.get("tail_end") or 0)) >= 2 and \
                    strip_wa(toks[te - 2].norm) in self.fw.referred_thing:
                continue  # («وأحالت النيابة طلب المتهم إلى المحكمة»: the accused's request referred, no charge)
            taken = _taken_tail(trig, groups, starts) if (entry.event, entry.mode) in _TAKING or \
                entry.event == "ACCUSE" and entry.lemma == "احال" else None
            if taken is not None:
                # ضبط الشخصين المتهمين، عن ضبط المتورطين في الواقعة: the person the arrest row's tail word names right
                # after the trigger is the one taken, never its doer (so the accused a referral's tail names:
                # «وأحالوا المتهمين إلى النيابة»)
                actor = [a for a in actor if a.start_tok >= taken.end_tok or a.end_tok <= taken.start_tok]
                recipient = _with_conj(taken)
            if entry.pos == "verb" and not undergone and taken is None and \
                    (ts := _tail_subject(toks, trig, groups, starts)) is not None \
                    and (not actor or all(a.start_tok >= ts.end_tok for a in actor)):
                # فأرسلت القوات السعودية فرقة عسكرية: the definite tail word right after the verb is its subject; a
                # phrase after it is the object sent, no doer
                actor = _with_conj(ts)
            if entry.event in _OWN_COUNTRY_ACTS and \
                    (own := _own_country_speaker(toks, trig, groups, starts, cues, self.fw)) is not None:
                # وأكد وزير الخارجية السوري وليد المعلم دعم بلاده للمبادرة الروسية: «his country» is the speaker's, who
                # does the act; a party told after the noun is whom it is for (a noun, if read as a verb: دعم)
                recipient = recipient or [g for g in actor if g.start_tok >= tail_end_of(trig)]
                actor = [own]
            charge_k = _charge_verb_before(toks, trig, cues, self.fw) \
                if actor and entry.pos == "noun" and entry.event == "ACCUSE" else None
            denied = charge_k is not None and _denied_accusation(trig, actor, charge_k, cues)
            if charge_k is not None and _refused_accusation(toks, charge_k, self.fw):
                # «ورفض الجيش النيجيري هذه الاتهامات»، «وترفض الحكومة التركية اتهامات من المعارضة»: who rejects the
                # charges is the accused, never the accuser (the rejection is the verb's own event)
                refusers = [g for g in actor if g.end_tok <= trig.tok_start]
                actor = [g for g in actor if g.end_tok > trig.tok_start]
                recipient = recipient or refusers
            if denied:
                # «ولطالما نفت انقرة قطعيا هذه الاتهامات»: who denies an accusation is not the accuser; the denial is
                # a rejection (CAMEO 016, deny responsibility, as PLOVER REJECT), by the denier, of an accuser told
                # elsewhere (the accused after the noun is no party to it)
                recipient = []
            if entry.event in _STRIKING and (doers := [g for g in recipient if _relative_doing_subject(
                    toks, g, cues, self.fw)]):
                # «سقطوا خلال عمليات العنف التي قامت بها ميليشيات الحوثي وصالح ضد المدنيين»: the subject of «التي
                # قامت بها» does the violence, never undergoes it
                doers = [c for g in doers for c in _with_conj(g)]  # (and its conjuncts: ميليشيات الحوثي وصالح)
                recipient = [g for g in recipient if all(g.start_tok != d.start_tok for d in doers)]
                actor = actor or doers
            if actor and entry.event == "COERCE" and entry.pos == "noun" and trig.tok_start > 0 and \
                    strip_wa(toks[trig.tok_start - 1].norm) in self.fw.under_hold:
                # «ووضع رئيس الجمهورية ورئيس الوزراء وأعضاء الحكومة تحت الإقامة الجبرية»، «كروبي … قيد الإقامة
                # الجبرية»: who is put under the hold is held, no holder
                recipient = recipient or [g for g in actor if g.end_tok < trig.tok_start]
                actor = [g for g in actor if g.start_tok > trig.tok_start]
            if actor and entry.pos == "noun" and (k := _passive_light_before(toks, trig, cues)) is not None:
                # «وكان الصيادين المصريين قد تم إلقاء القبض عليهم»، «فيما تم قتل 11 مسلحًا»: a phrase before تم is
                # no doer of the act it tells (one before أنه/إنه is the speaker: «وقالت الشرطة إنه تم اعتقال»)
                actor = [g for g in actor if g.start_tok > k or g.prep == "passive_agent" or any(
                    strip_wa(toks[j].norm) in self.fw.complementizer for j in range(g.end_tok, k))]
            if actor and entry.pos == "noun" and entry.cameo == "1823" and _definite(toks[trig.tok_start].norm) and \
                    actor[0].end_tok <= trig.tok_start:
                # «شاهدوا مروحيات عسكرية تركية تنقل القتلى والجرحى»، «فيما كانت الشرطة تقوم بنقل القتلى»: the dead
                # named with the article are ones already told; who stands before them carries or counts them
                actor = []
            if actor and entry.pos == "verb" and _building_after(toks, trig, actor, self.fw):
                # تحاصر المسجد الأقصى، واصابت احدى حارسات المسجد: a building past the verb is what it acts on, never
                # its subject; the subject is carried on or named before the verb, right after أن (أن سلطات الاحتلال
                # تحاصر المسجد الأقصى وتمنع المصلين)
                actor = _subject_after_that(toks, trig, groups, starts, self.fw)
            t0 = trig.tok_start
            # «كما انتقد آخرون الحكومة»: «others» after the verb are its subject, none of the last verb's
            others = _standin_subject(toks, trig, entry, self.fw, starts, parts=False)
            speaker = _going_on_speaker(toks, t0, groups, starts, cues, self.fw) \
                if entry.pos == "verb" and trig.get("prefix")[:1] in ("و", "ف") and not others and (
                    not actor or actor[0].end_tok <= t0) else None
            if speaker is not None and (not last_actor or last_actor[0].start_tok >= speaker.end_tok):
                # وأكد الوزير أن الوضع مستقر، ودعا إلى الهدوء: past what the speaker said and a comma, a verb with no
                # subject of its own goes on from the speaker, not from a subject inside what was said
                actor = [speaker]
            elif entry.pos == "verb" and trig.get("prefix")[:1] in ("و", "ف") and last_actor and not others and (
                    not actor or actor[0].end_tok <= trig.tok_start):
                actor = last_actor  # قامت بمداهمة المسجد واعتدت على المصلين: coordinated verbs share the subject
                if noun_at >= 0 and verb_actor and any(toks[k].text in _CLAUSE_BREAKS for k in range(noun_at, t0)):
                    # دعا الرئيس الميليشيات الى احترام الهدنة …، ودعا: past a comma the verb goes on from the last
                    # verb's subject, not from the actor given to a noun in that verb's complement
                    actor = verb_actor
                elif noun_at >= 0 and not verb_actor and last_actor[0].end_tok <= noun_at and \
                        _in_masdar_object(toks, last_actor[0]) and \
                        any(toks[k].text in _CLAUSE_BREAKS for k in range(noun_at, t0)):
                    # وقامت الميليشيات بملاحقة الضباط الرافضين للقتال، واعتقلت بعضهم: past a comma the verb does not
                    # go on from the doer of an event noun inside the clause before (the clause's opener may give it)
                    actor = []
                elif noun_at >= 0 and last_actor[0].start_tok in self_agent and verb_actor and \
                        verb_actor[0] is not last_actor[0] and verb_at < verb_actor[0].end_tok <= last_actor[0].start_tok \
                        and not _broken(toks, verb_at, t0):
                    # وأشادت المرجعية الدينية بالمتظاهرين ودعا ممثل المرجع …: a role noun that names its own act is
                    # what the verb before (past its subject) told of, no subject; the verb goes on from that verb's
                    # subject, if it agrees with it
                    actor = verb_actor if _agrees(toks, verb_at, t0) else []
                if (rel := _relative_goes_on(toks, trig, actor, verb_at if verb_actor else -1, groups, cues,
                                             trig_toks, self.fw)) is not None:
                    # «دانت مملكة البحرين التفجير الذي استهدف مسجدا …، وأودى بحياة 27 شخصا»: the verb goes on from
                    # the relative clause before it, whose subject is its antecedent (here no party)
                    actor = rel
            elif entry.pos == "verb" and not actor and entry.event == "CONSULT" and last_actor and noun_at >= 0 and \
                    prev is not None and prev.get("pos") == "noun" and prev.entry.event == "CONSULT" and \
                    _lead_in_carries(toks, t0, self.fw):
                # خلال زيارة الوزير فابيوس إلى طهران، إذ سيلتقي الرئيس روحاني: the visitor of the visit just told
                # meets those the verb names
                actor = last_actor
            elif entry.pos == "verb" and not actor and verb_actor and not others and \
                    _lead_in_carries(toks, t0, self.fw) and \
                    _agrees(toks, verb_at, t0) and (recipient or not _passive_spelling(toks, trig)):
                # دعا المدعي العام إلى …، كما أثنى على الناجين؛ اتفق الطرفان على …، كما اتفقا: after كما، بينما، حيث
                # a verb with no subject of its own goes on from the last verb's subject (not an attack or arrest
                # verb with no object: a passive, كما اعتقل المئات)
                actor = verb_actor
                head = _relative_head_before(toks, t0, verb_at, groups, cues, self.fw)
                if head is not None:
                    # لمسيرة الملك سلمان الذي تطوع للدفاع عن مصر عام 1956، كما دعم المجهود الحربي: the verb goes on
                    # from the relative clause told since, whose subject is its antecedent, not the main verb's
                    actor = _with_conj(head)
            elif entry.pos == "verb" and trig.get("prefix")[:1] in ("و", "ف") and actor and last_recipient and \
                    actor[0] is last_recipient[0] and actor[0].end_tok <= trig.tok_start:
                # قتل خمسة جنود وجرح عشرة آخرون: the first verb's victims are no subject of the second
                actor = last_actor if last_actor and last_actor[0].end_tok <= trig.tok_start else []
            elif entry.pos == "noun" and actor and last_recipient and actor[0] is last_recipient[0] and \
                    actor[0].end_tok <= t0 and prev is not None and prev.get("pos") == "verb" and _casualty(prev) and \
                    (prev.entry.cameo == "1823" or _counted(toks, actor[0], self.fw)):
                # قتل 30 شخصا في سلسلة تفجيرات: those the death verb before befell did not do the act they died in
                # (not what an attack verb hit: هاجم مسلحون رتلا عسكريا يضم تعزيزات)
                actor = []
            elif entry.pos == "noun" and not actor and _possessive_conjunct(toks, trig, prev, noun_at) and last_actor \
                    and all(_coded(g) or _person_named(g) for g in last_actor):  # (not الحجاج: حماية الحجاج ومساعدتهم)
                # زيارة الأمير محمد بن سلمان للأردن واجتماعه مع العاهل الأردني، لزيارة ولي ولي العهد لروسيا ومحادثاته
                # مع الرئيس بوتين: the pronoun of an event noun joined by و to the noun before is that noun's doer
                actor = last_actor
            if not actor and not undergone and entry.pos == "verb" and trig.get("prefix")[:1] == "و" and \
                    (recipient or not _passive_spelling(toks, trig)) and \
                    (opener := _opening_subject(toks, t0, groups, starts, cues, trig_toks, self.fw)) is not None:
                # وبدأ الجبير المؤتمر … بالحديث بلسان ألماني، ورحب بـ…: past a comma, a verb with و and no subject of its
                # own goes on from the subject of the verb that opens the sentence (no event word itself)
                actor = _with_conj(opener)
            if not actor and not undergone and entry.pos == "verb" and (
                    trig.get("prefix")[:1] == "و" or _lead_in_carries(toks, t0, self.fw)) and \
                    (recipient or not _passive_spelling(toks, trig)) and \
                    (opener := _clause_opener_subject(toks, t0, groups, starts, cues, trig_toks, self.fw)) is not None \
                    and not any(g is opener for g in recipient):
                # إن قوات الأمن دخلت جامعة الأنبار، واشتبكت مع …؛ قامت المقاومة بعملية نوعية …، حيث استهدفت: past a
                # comma, a verb with no subject of its own goes on from the subject of the clause's opening verb
                actor = _with_conj(opener)
            if not actor and not recipient and entry.pos == "verb" and \
                    (pair := _with_him_pair(toks, trig, groups, starts, self.fw)) is not None:
                # واستعرض الملك سلمان مع وزير الدفاع الأميركي أوجه التعاون …، كما بحث معه مستجدات الأوضاع: the
                # subject and the partner in «مع» of the verb before are who talk again
                actor, recipient = [pair[0]], [pair[1]]
            if actor and recipient and entry.pos == "verb" and _after_lead_in(toks, t0) and \
                    actor[0].end_tok <= t0 and _one_party(toks, actor[0], recipient[0]):
                # «رحب خادم الحرمين برئيس الوزراء …، فيما أعرب عن شكره لخادم الحرمين»: a subject carried on past
                # the lead-in is no doer of an act onto itself (the other one thanks)
                actor = []
            if entry.pos == "verb" and not undergone and (not actor or actor[0].start_tok > t0) and \
                    (launcher := _operation_launcher(toks, t0, groups, starts, cues, trig_toks, self.fw)) is not None:
                # شنت القوات التونسية عملية صباح الخميس في مدينة سجنان استهدفت عناصر إرهابية: a verb right after an
                # operation noun tells what the operation did; who launched it did it, and a phrase after the verb
                # is its object
                recipient = actor if actor else [g for g in recipient if g.start_tok != launcher.start_tok]
                actor = _with_conj(launcher)
            if entry.pos == "verb" and not undergone and not actor and last_actor and prev is not None and \
                    noun_at == tail_end_of(prev) and _describes_attack(toks, prev, t0, trig_nouns, trig_toks, self.fw):
                # وشنت الجبهة هجوما في المنطقة الليلة الماضية استهدف مقاتلين: a verb right after an attack noun, of
                # its gender, tells what the attack did; its actor did it
                actor = last_actor
            if not actor and entry.pos == "verb" and entry.event in _ANNOUNCED_OWN and \
                    (announcer := _announced_masdar(toks, trig, groups, starts, self.fw)) is not None and \
                    _announcing_body(announcer) and not any(g is announcer or _same_words(toks, g, announcer)
                                                            for g in recipient):
                # أعلنت فرنسا فرض عقوبات على إيران: a perfect spelled as its verbal noun right after an announcing
                # verb's subject is that noun, the object announced: the announcer did it (a genitive after it that
                # the verb reading took for its subject, «أعلنت واشنطن فرض الاتحاد الأوروبي عقوبات», stays the doer;
                # one that is the object, «أعلنت فرنسا منع المتظاهرين», leaves the act to the senses stage, which
                # reads the word as the rest of a name and drops it, as before)
                actor = _with_conj(announcer)
            if not actor and not undergone and (carrier := _carrier_subject(
                    toks, trig, groups, starts, trig_toks, self.fw)) is not None and \
                    not any(g is carrier or _same_words(toks, g, carrier) for g in recipient):
                # واصلت مقاتلات حربية تركية أمس، هجومها؛ تمكنت شرطة محافظة الطائف من القبض؛ كثفت طائرات التحالف
                # غاراتها …، وقصفت تجمعات المتمردين: the subject of a verb of going on, stepping up or managing
                # does the act it governs, and the verb joined to it past a comma
                actor = _with_conj(carrier)
            elif not actor and not undergone and entry.pos == "noun" and entry.event in _ANNOUNCED_OWN and \
                    (carrier := _carrier_subject(toks, trig, groups, starts, trig_toks, self.fw,
                                                 self.fw.announce)) is not None and _announcing_body(carrier) and \
                    not any(g is carrier or _same_words(toks, g, carrier) for g in recipient) and \
                    not (entry.event == "RETREAT" and _others_captives(toks, trig, self.fw)):
                # أعلن وزير الداخلية العراقي محمد سالم الغبان اليوم الأحد اعتقال المتورطين: a body of the state
                # that announces an arrest, a sanction or aid as its verb's object made it
                actor = _with_conj(carrier)
            elif not actor and not undergone and entry.pos == "noun" and \
                    (owner := _intent_owner(toks, trig, groups, starts, trig_toks, self.fw)) is not None and \
                    not any(g is owner or _same_words(toks, g, owner) for g in recipient):
                # أعلن وزير الخارجية النمساوي، سباستيان كورتس، عزمه زيارة إيران: the act after a noun of intent
                # with the owner's pronoun is the owner's, the party named right before it
                actor = _with_conj(owner)
            elif not actor and not undergone and entry.event == "ASSAULT" and not trig.get("object_pronoun") and \
                    len(recipient) >= 1 and (target := _target_past_lam(toks, trig, recipient[0], groups, starts,
                                                                         self.fw)) is not None:
                # وسط قصف مكثف للحوثيين على إحدى قرى المنطقة: the party in لـ right after an attack noun, with what
                # it hits in على after it, does the attack; what is in على undergoes it
                actor = _with_conj(recipient[0])
                recipient = [target] if target is not True else []
            elif not actor and not undergone and entry.event == "AID" and entry.pos == "noun" and \
                    (giver := _aid_sender(toks, trig, cues, groups, starts, trig_toks, self.fw)) is not None and \
                    not any(g is giver for g in recipient):
                # قام مركز الملك سلمان للإغاثة أمس، بتسيير سبع شاحنات تحمل مساعدات إغاثية للشعب اليمني: who sends the
                # convoy gives the aid it carries
                actor = _with_conj(giver)
            elif not actor and not undergone and not trig.get("prefix") and prev is not None and \
                    (k := _subjectless_carrier(toks, trig, starts, trig_toks, self.fw)) is not None and \
                    tail_end_of(prev) <= k and (opener := _light_opener(toks, k, cues, groups, starts)) is not None \
                    and not any(g is opener for g in recipient):
                # شنت مقاتلات تركية غارات جوية على مواقع لتنظيم داعش وبدأت حملة قصف لمخيمات …: a verb of going on or
                # starting with و and no subject of its own goes on from the subject of the light verb before
                actor = _with_conj(opener)
            if undergone:
                actor = []
            if actor and entry.pos == "noun" and _told_death(toks, trig, self.fw):
                # انسحب الجيش بعد مقتل عشرة من جنوده، يأتي بيان برزاني بعد مقتل …، بعد إعلان الداخلية عن مقتل …: who
                # stands before a death told after a time word, or right before its عن, withdrew or told of it, he
                # did not kill (but «حمّل السكان قوة أميصوم المسؤولية عن مقتل»: the one held responsible)
                about = toks[t0 - 1].norm == "عن"
                actor = [g for g in actor if g.start_tok > t0 or about and (g.prep or _conj_end(g) < t0 - 1)]
            own = self_agent.get(trig.tok_start)
            if own is not None and (not actor or toks[own.tok_end - 1].norm.endswith(("ون", "ين"))):
                # a plural role noun that keeps its ن (متظاهرون شرطيا) has no genitive: it is the actor
                # المتظاهرون: they act, with the words of their phrase (متظاهرون أفغان)
                actor = [next((g for g in groups if g.start_tok == own.tok_start),
                              Group(own.tok_start, own.tok_end, [own], own.get("prefix")))]
            if actor and any(_accusative_persons(toks, g, self.fw) for g in actor):
                # «قتلوا شخصين وفي كواتار مالي قتلوا أربعة أشخاص»، «مقتل شخصين … واحتجاز»: one person or two in the
                # accusative did nothing (past إن/أن they may: «ان شخصين اطلقا النار»)
                actor = [g for g in actor if not _accusative_persons(toks, g, self.fw)]
            negated, future, hypothetical = self.modality.flags(toks, trig, cues, earlier)
            if negated and actor and _anyone(toks, actor[0], self.fw):
                continue  # ولم يقم أي رئيس أميركي بزيارة كينيا: no one did it, no event
            kind, mode, cameo = entry.event, entry.mode, entry.cameo
            if entry.mode == "arrest" and actor and recipient and _armed_group(actor[0], article.text) and (
                    entry.pos == "verb" or actor[0].prep == "passive_agent" or _light_subject_of(actor[0], cues)) \
                    and not any(_fighters(g, article.text) for g in recipient):
                # «احتجزه تنظيم القاعدة»، «9500 شخص تحتجزهم جماعات جهادية»، «اعتقال الصحافيين من قبل المسلحين
                # الحوثيين»: an armed group holding someone takes a hostage, it arrests no one (fighters it captures,
                # «ألقت المقاومة القبض على 125 مسلحا حوثيا», are no hostages)
                kind, mode, cameo = "ASSAULT", "abduct", "181"
            if entry.event == "AID" and _public_services(toks, trig, actor, recipient, self.fw):
                services.add(len(events))  # (dropped after the loop: the roles it carries on stay)
            if denied:
                kind, mode, cameo = "REJECT", "", "120"
            if entry.event == "ASSAULT" and entry.pos == "verb" and \
                    (k := _stance_object(toks, trig, actor, self.fw)) is not None:
                # «هاجم الجبير السياسات الإيرانية»، «وهاجم الدور الأوروبي في تشجيع الاتفاق»: an attack on a policy,
                # a stand or a decision is words of blame (ACCUSE), not violence; the object is no doer
                recipient = [g for g in actor + recipient if k <= g.start_tok <= k + 1]  # (its nisba: الدور الأوروبي)
                actor = [g for g in actor if g.start_tok == tail_end_of(trig) < k or g.end_tok == trig.tok_start]
                kind, mode, cameo = "ACCUSE", "disapprove", "111"
            elif entry.event == "ASSAULT" and entry.pos == "verb" and _spoken_attack(toks, trig, self.fw) and not (
                    actor and (_armed_group(actor[0], article.text)
                               or actor[0].entity(article.text).sector == "MIL"
                               or actor[0].entity(article.text).sector == "COP" and _reported_at(toks, trig, self.fw))):
                # (nor a police force's raid a speaker reports: «إن قوات الأمن هاجمت وكرا للإرهابيين، واصفة إياهم»)
                # «هاجم نائب رئيس شرطة دبي ضاحي خلفان ميليشيا الحوثي، واصفا إياها …»، «وهاجم الرئيس في خطابه
                # تركيا»: an attack told with a participle of saying or blaming, or in a speech, is words of blame
                kind, mode, cameo = "ACCUSE", "disapprove", "111"
            if entry.event == "ACCUSE" and entry.pos == "verb" and _court_conviction(toks, actor, recipient):
                # «وأدانت المحكمة الشركة بارتكاب خطأ تنظيمي»، «ودانت المحكمة المتهم بالقتل»: a court that finds a party
                # guilty of a charge told in بـ convicts it (a sanction), it voices no blame
                kind, mode, cameo = "SANCTION", "convict", "160"
            s, e = trig.start, trig.end
            if _contiguous_tail(trig):
                e = toks[int(trig.get("tail_end")) - 1].end
            ev = Event(
                id=f"{article.id}-{index}-{numbered + len(events)}", doc_id=article.id, event=kind,
                sentence=index, sentence_start=sent.start, sentence_end=sent.end,
                sentence_text=article.text[sent.start:sent.end], trigger=Trigger(article.text[s:e], s, e),
                actor=tuple(_protester(_unit_owner(toks, g, groups, starts).entity(article.text), entry.event)
                            for g in actor),
                recipient=tuple(g.entity(article.text, located=kind in _LOCAL_TARGETS) for g in recipient),
                mode=mode or None, context=entry.context, cameo=cameo or None, date=article.published,
                negated=negated, future=future, hypothetical=hypothetical,
            )
            events.append(ev)
            earlier.append(trig)
            prev = trig
            if actor:
                last_actor, noun_at = actor, (-1 if entry.pos == "verb" else tail_end_of(trig))
                if entry.pos == "verb":
                    verb_actor, verb_at = actor, t0
            last_recipient = recipient
        if services:
            earlier = [t for i, t in enumerate(earlier) if i not in services]
            events = [e for i, e in enumerate(events) if i not in services]
        events, earlier = _no_security_detonations(events, earlier)
        _protested_acts(toks, events, earlier)
        # (first drop the condemner from the act it condemns, so that no death the act caused inherits him: أدان
        # الأمين العام التفجير الذي وقع … وأسفر عن مقتل 30 شخصا)
        _condemned_acts(toks, events, earlier, self.fw)
        _casualty_actors(toks, events, earlier, self.fw)
        _cause_noun_doers(article.text, toks, events, earlier, groups, starts, self.fw)
        self._operation_actors(article, toks, events, earlier, groups, cues)
        _exchange_actors(article.text, toks, events, earlier, groups, starts, self.fw)
        _clash_actors(article.text, toks, events, earlier, groups, starts, cues, self.fw)
        _claimed_before(article.text, toks, events, earlier, cues, groups, starts, self.fw)
        _denier_actors(article.text, toks, events, earlier, cues, groups, starts, self.fw)
        _lam_addressees(article.text, toks, events, earlier, groups, starts)
        _appeal_lam_addressees(article.text, toks, events, earlier, groups, starts)
        _purpose_actors(toks, events, earlier)
        _accused_acts(toks, events, earlier)
        _denied_acts(toks, events, earlier, self.fw)
        _charged_with(toks, events, earlier)
        _demanded_acts(toks, events, earlier)
        _demanded_doers(toks, events, earlier)
        _stopped_doers(toks, events, earlier, self.fw)
        _arrival_destinations(article.text, toks, events, earlier, groups, self.fw)
        _passive_chain_agents(article.text, toks, events, earlier, groups, cues)
        _visitors_before(article.text, toks, events, earlier, groups, cues)
        _supported_before(article.text, toks, events, earlier, groups)
        _aimed_help(article.text, toks, events, earlier, groups, cues)
        _condemned_acts(toks, events, earlier, self.fw)
        _deed_owners(article.text, toks, events, earlier, groups, starts, cues, self.fw)
        _hyphen_partners(article.text, toks, events, earlier, groups, starts)
        _addressed_feelings(article.text, toks, events, earlier, groups, starts, self.fw)
        _territory_losers(article.text, toks, events, earlier, groups, starts, cues, self.fw)
        _refused_parties(article.text, toks, events, earlier, groups, starts, self.fw)
        _no_press_doers(toks, events, earlier, cues, self.fw)
        _no_answerer_doers(toks, events, earlier, cues, self.fw)
        _judged_doers(toks, events, earlier, self.fw)
        _escorted_doers(article.text, toks, events, groups, self.fw)
        _work_doers(article.text, toks, events, earlier, groups, self.fw)
        _supervised_aid(article.text, toks, events, earlier, groups, self.fw)
        _warned_payers(article.text, toks, events, earlier, groups, starts, cues)
        events, earlier = _accord_parties(article.text, toks, events, earlier, groups, starts)
        advice.update(t.tok_start for e, t in zip(events, earlier)
                      if _warned_no_one(toks, e, t, cues, self.fw.consequence))
        if advice:
            events = [e for e, t in zip(events, earlier) if t.tok_start not in advice]
        return events

    def _operation_actors(self, article: Article, toks: list[Token], events: list[Event], triggers: list[Mention],
                          groups: list[Group], cues: dict[int, Mention]) -> None:
        """Give a death or a wound told without its perpetrator the subject of the light verb of the operation it
        happened in, told right after it (لقي 22 مسلحاً مصرعهم في عملية أمنية نفذتها قوات عراقية): in place."""
        for i, (ev, t) in enumerate(zip(events, triggers)):
            if ev.actor or not (_casualty(t) or ev.mode == "arrest"):
                continue
            k = _operation_after(toks, tail_end_of(t), self.fw)
            if k is None:
                # متطرف قتل واعتقل 16 شخصا، كما تم ضبط أسلحة خلال سلسلة عمليات لقوات الأمن: operations told at the
                # sentence's end, after «، كما/و» and a passive, are where all its acts were done
                far = _operations_far(toks, tail_end_of(t), groups, self.fw)
                doer = _operation_lam_doer(article.text, toks, far, ev, groups, cues, self.fw) if far else None
                if doer is not None:
                    events[i] = _with_actors(ev, [g.entity(article.text) for g in _with_conj(doer)])
                continue
            # the operation's adjectives (أمنية، عسكرية نوعية), then its light verb (نفذتها، شنتها)
            j = k + 1
            while j < min(len(toks), k + 4) and toks[j].kind == "ar" and j not in cues:
                j += 1
            c = cues.get(j)
            if c is None or c.label != "light_verb":
                doer = _operation_lam_doer(article.text, toks, k, ev, groups, cues, self.fw)
                if doer is not None:  # قتل 12 حوثيا في كمينين للمقاومة الشعبية
                    events[i] = _with_actors(ev, [g.entity(article.text) for g in _with_conj(doer)])
                continue
            subject = next((g for g in groups if c.tok_end <= g.start_tok <= c.tok_end + 1 and not g.prep), None)
            if subject is not None and (subject.start_tok == c.tok_end or toks[c.tok_end].norm in self.fw.filler):
                events[i] = _with_actor(ev, subject.entity(article.text))

    def _light_verb_actor(self, article: Article, ev: Event, toks: list[Token], trig: Mention, groups: list[Group],
                          starts: list[int], cues: dict[int, Mention], trig_toks: set[int],
                          self_agent: dict[int, Mention], trig_nouns: frozenset[int]) -> Event:
        """The event with the actor of the event noun that tells its circumstance: the subject of the noun's light
        verb (في هجوم [بقاذفة صواريخ] شنه مسلحون; an instrument or an adjective may stand between), else the
        noun's genitive where it names the actor (مصرعهم بقصف قوات النظام)."""
        k = tail_end_of(trig)
        # (an instrument with بـ may stand between, itself an attack word: في قصف بقنابل ألقاها الطيران; so the
        # device whose blast the noun is, its genitive: بانفجار قنبلة يدوية ألقاها مسلحون، بانفجار عبوة ناسفة زرعها)
        devices = {m.tok_start for m in article.sentence_mentions(ev.sentence) if m.kind == "trigger"
                   and m.get("mode") == _EXPLOSIVES} if trig.get("mode") == _EXPLOSIVES else ()
        while k < min(len(toks), tail_end_of(trig) + 4) and toks[k].kind == "ar" and (
                k not in trig_toks or toks[k].norm.startswith("ب") or k in devices) \
                and not ((c := cues.get(k)) is not None and c.label in ("light_verb", "attributed")):
            k += 1
        c = cues.get(k)
        if k < len(toks) and c is not None and c.label == "attributed":
            # هجمات نسبت إلى حزب العمال الكردستاني: attributed to X, done by X
            by = _attributed_to(toks, c, groups)
            return _with_actor(ev, by.entity(article.text)) if by is not None else ev
        if not ev.actor and k < len(toks) and trig.entry.event in _LAM_DONE:
            # تفجير في بلدة تركية نسبته الحكومة إلى التنظيم
            by = _attributed_after(toks, tail_end_of(trig), cues, groups, trig_toks)
            if by is not None:
                return _with_actor(ev, by.entity(article.text))
        if k >= len(toks) or c is None or c.label != "light_verb":
            side = _clash_partner(toks, trig, groups, starts, cues, self.fw) if ev.event == "ASSAULT" else None
            if side is not None and not any(_same_span(e, side) for e in ev.recipient):
                # قتل ستة من الحشد الشعبي في اشتباك مع مقاتلي داعش، أعلنت المقاومة مقتل 22 حوثيا باشتباكات معها:
                # those who died in a clash fell to the other side, told with مع (its pronoun: the announcer)
                sides = tuple(_protester(g.entity(article.text), ev.event) for g in _with_conj(side))
                spans = {(e.start, e.end) for e in sides}
                return replace(ev, actor=sides, recipient=tuple(e for e in ev.recipient
                                                                if (e.start, e.end) not in spans))
            # no light verb: the noun's own actor, its genitive (مصرعهم بقصف قوات النظام); not for a noun with its
            # owner's pronoun, whose phrase after it is its object (بحث خلال لقائه وزير الخارجية المصري)
            if trig.entry.gen != "actor" or trig.get("possessive"):
                return ev
            # (after a count or quantity word: برصاص أحد عناصر الشرطة، بنيران عناصر الحرس الجمهوري)
            gen = next((g for g in groups if g.start_tok >= tail_end_of(trig) and not g.prep
                        and _only_fillers(toks, tail_end_of(trig), g.start_tok, self.fw)), None)
            if gen is None or not _genitive_actor(toks, gen):
                gen = _lam_actor(toks, trig, groups[bisect_left(starts, tail_end_of(trig)):], tail_end_of(trig), cues,
                                 trig_toks, starts, self.fw)  # قتلوا في هجوم لعناصر المقاومة
            if gen is None:
                gen = _agent_after_noun(toks, trig, groups, starts, cues, ev)  # قتل 15 آخرون في قصف من طيران حربي
            if gen is None:
                return ev
            if ev.event == "ASSAULT" and not ev.mode and ev.cameo in ("1823", "180") and \
                    _counted(toks, gen, self.fw) and any(_same_span(e, gen) for e in ev.recipient):
                return ev  # «وقتل في الهجوم عشرات من المدنيين»: the dead counted past the noun are the death verb's
                # subject, not the attack's doers
            actor = _protester(gen.entity(article.text), ev.event)  # (one phrase is not both: drop it as the target)
            return replace(ev, actor=(actor,), recipient=tuple(e for e in ev.recipient
                                                                if (e.start, e.end) != (actor.start, actor.end)))
        # its subject right after it, past على with the target's pronoun (شنه عليه مسلحون مجهولون), or after a count
        # of elements (نفذه عناصر من منظمة «بي كا كا»), or the owner
        # of the craft or men no lexicon names right after it (شنتها طائرات النظام السوري)
        subject = next((g for g in groups if g.start_tok >= c.tok_end and g.start_tok - c.tok_end <= 4
                        and (all(toks[j].norm in self.fw.filler or toks[j].norm in ("من", "منظمه", "جماعه")
                                 or toks[j].norm in self.fw.resumptive_bi
                                 or toks[j].norm in self.fw.pronoun_object
                                 or toks[j].text in "«»\"" for j in range(c.tok_end, g.start_tok))
                             or _construct_head(toks, c.tok_end, g, cues, self.fw))), None)
        if subject is None or subject.prep not in ("", "من"):
            return ev
        # (قتلى في قصف بقنابل ألقاها الطيران: not the target; with its conjuncts: في قصف شنه الحوثيون وميليشيات صالح)
        return _with_actors(ev, [g.entity(article.text) for g in _with_conj(subject)])

    def _fill_roles(self, article: Article, ev: Event, toks: list[Token], trig: Mention, groups: list[Group],
                    starts: list[int], cues: dict[int, Mention], trig_toks: set[int],
                    self_agent: dict[int, Mention], trig_nouns: frozenset[int] = frozenset(),
                    noun_first: bool = False) -> Event:
        """The event with its missing actor or recipient taken from a second word telling it; `noun_first` when the
        first word is an event noun, the subject of the verb that tells it again."""
        actor, recipient = self._roles(toks, trig, trig.entry, groups, starts, cues, trig_toks, self_agent,
                                       trig_nouns)
        actor, recipient = _no_sites(toks, actor, trig.entry, cues), _no_sites(toks, recipient, trig.entry, cues)
        own_clause = noun_first and trig.get("prefix")[:1] == "و" and trig.entry.event not in _STRIKING
        if own_clause:
            # إدانة دولية وأدان الأمين العام للأمم المتحدة الهجوم: a verb with و after a heading noun opens a clause
            # of its own; the phrase after it is its subject, the actor (no object of a noun that is its subject)
            noun_first = False
        if noun_first and trig.get("pos") == "verb" and "obj" in trig.entry.prep and actor and \
                actor[0].start_tok >= tail_end_of(trig) and not _plural_verb(toks, trig) and \
                not trig.get("object_pronoun") and not (
                    trig.tok_start and strip_wa(toks[trig.tok_start - 1].norm) in self.fw.past_anchor | _TIME_PREPS):
            # (not a verb after غداة، بعد: another event, «وياتي الهجوم غداة قتل شرطيين»)
            # خمس غارات قرب الرمادي قصفت وحدات تكتيكية ودبابات وناقلة جنود: the strikes are the subject of the verb
            # (singular, as after a plural of things); what the verb read as its subject after it is its object (a
            # second phrase after it goes on the list)
            actor, recipient = [], actor
            ev = replace(ev, recipient=())
        if trig.get("pos") == "verb" and "obj" in trig.entry.prep and actor and (not recipient or _casualty(trig)) \
                and actor[0].start_tok >= tail_end_of(trig) and not _plural_verb(toks, trig) and \
                not own_clause:
            # (a death or a wound verb after the first: قتل ثلاثة مسلحين وجرح سبعة أشخاص — the wounded wound nobody)
            # عبوة ناسفة استهدفت دورية أمنية: the event noun is the verb's subject, the phrase after it the object
            actor, recipient = [], recipient or actor
        new_actor = ev.actor or tuple(_protester(g.entity(article.text), ev.event) for g in actor)
        new_recipient = ev.recipient or tuple(g.entity(article.text, located=ev.event in _LOCAL_TARGETS)
                                              for g in recipient)
        if {(e.start, e.end) for e in new_actor} & {(e.start, e.end) for e in new_recipient}:
            return ev  # one phrase cannot be both
        return replace(ev, actor=new_actor, recipient=new_recipient)

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

    def _roles(self, toks: list[Token], trig: Mention, entry: TriggerEntry, groups: list[Group],
               starts: list[int], cues: dict[int, Mention], trig_toks: set[int],
               self_agents: dict[int, Mention] | None = None,
               trig_nouns: frozenset[int] = frozenset(),
               craft: frozenset[int] = frozenset(),
               attack_ends: frozenset[int] = frozenset(),
               willed: frozenset[int] = frozenset(),
               bidden: frozenset[int] = frozenset(),
               helps: frozenset[int] = frozenset()) -> tuple[list[Group], list[Group]]:
        """Actor and recipient groups of one trigger, read off Arabic word order and prepositions; `craft` are the
        tokens where a military craft that is an attack word starts (طائرات حربية), `attack_ends` where the attack
        nouns of the sentence end, `willed` where the verbs of refusing or agreeing end (رفضت، وافقت), `bidden` those
        and where the verbs of asking end (طالب، دعا), `helps` where the help nouns in لـ start (لإغاثة)."""
        self_agents = self_agents or {}
        fw = self.fw
        t = trig.tok_start
        tail_end = tail_end_of(trig)
        left = _past_day_commas(toks, _quoted_verb_start(toks, t, entry, groups, starts, fw), trig_toks, fw)
        left = _sender_past_comma(toks, t, left, groups, starts, trig_toks, fw)  # بعث الملك، برقية تهنئة
        if entry.pos == "noun":
            left = _count_past_comma(toks, t, left, groups, starts, cues, trig_toks, fw)  # تبنت المقاومة …، عددا من
            # الهجمات
        right = _day_commas_after(toks, t, tail_end, _clause_end(toks, tail_end), entry, fw)
        if 0 < right < len(toks) - 1 and toks[right].text in NAME_OPENERS and \
                strip_wa(toks[right - 1].norm) in fw.so_called:
            right = _clause_end(toks, right + 1)  # (the colon after «the one called» opens his name: على المدعو: قاسم)
        if int(trig.get("tail_end") or 0) > right:  # (a tail word of the trigger past a comma is the verb's own, its
            # clause goes on: «استدعت المنامة، في اليوم نفسه، سفيرها لدى طهران»)
            right = _clause_end(toks, int(trig.get("tail_end")))
        for k in trig_toks:  # another trigger verb bounds this one's clause
            if left < k < t:
                left = max(left, k + 1)
        for k in range(left, t):  # so does حين/عندما, which opens a clause of its own (قتل ثلاثة عندما قصفت …; so
            # «بسبب» before an attack: «مقتل سبعة اشخاص بسبب سقوط قذيفة», the dead no firers; function_words because),
            # أن/إن (أصيب سبعة رجال شرطة بعد أن فجر مسلحون قنبلة), and a verb of result, whose subject is the cause
            # of an event told before it (عبوة ناسفة استهدفت دورية للشرطة ما أدى إلى مقتل شرطيين: the patrol killed
            # no one; the event's own actor is given to the death by _casualty_actors), and a conditional that lays
            # down a condition (a cues.tsv hypothetical cue, إذا، لو، في حال: عقوبات الأمم المتحدة إذا انتهكت طهران
            # الاتفاق; not «في حالة تأهب», a state); so, for an event noun within the phrase of «despite» (four words
            # at most), the phrase is no party of the clause before it: «وزار البشير عدة بلدان رغم مذكرتي الاعتقال»،
            # «تبنى النواب هذه المواد رغم دعوات المدافعين» (not a topic right before «despite» whose verb comes after
            # it: «إن إيران على الرغم من التوقيع على الاتفاق ستبقى معزولة» — Iran signed)
            if strip_wa(toks[k].norm) in fw.cause or entry.event == "ASSAULT" and toks[k].norm in fw.because or \
                    entry.pos == "noun" and t - k <= 4 and \
                    strip_wa(toks[k].norm) in fw.concessive and not _topic_before(toks, k, groups, starts, fw) or \
                    (hc := cues.get(k)) is not None and \
                    hc.label == "hypothetical" and not _no_condition(toks, hc, fw, cues) or \
                    _opens_complement(toks, k, groups, starts, fw) or \
                    _result_verb(toks, k, fw) and any(j < k for j in trig_toks if j >= _clause_start(toks, t)):
                left = k + 1  # (the result verb of an event told before it: مواجهات بين … وX أسفرت — X is a side)
        # (a verb of result after it ends its clause: … استهدف مجموعة ناشطين وأسفر عن مقتل 32 شخصا)
        right = next((k for k in range(tail_end, right) if _result_verb(toks, k, fw)), right)
        lo = bisect_left(starts, max(left, t - 7))
        if lo and groups[lo - 1].end_tok > t - 7 and (groups[lo - 1].start_tok >= left or _cut_by_reach(
                toks, t, left, groups[lo - 1].start_tok)):
            lo -= 1  # (a long name that ends near the noun: خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز; so one
            # with its titles that starts past the words read back: «يغادر … صاحب السمو الملكي الأمير محمد بن سلمان
            # بن عبدالعزيز آل سعود ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع إلى مصر في زيارة»)
        before = [g for g in groups[lo:bisect_left(starts, t)] if g.end_tok <= t]
        # (an event noun right after a verb with no subject before it, the noun with no clitic, is its subject and
        # leaves its clause open: استهدفت غارة إسرائيلية موقعا لحماس)
        # (a count may stand first: قصفت أربع غارات مراكز تجمع تابعة لتنظيم داعش)
        counted = tail_end + (tail_end + 1 < len(toks) and (toks[tail_end].kind == "num" or toks[tail_end].norm in
                                                            fw.number))
        subject_noun = counted if entry.pos == "verb" and entry.event in _LAM_DONE and \
            _bare_event_noun(toks, counted, trig_toks, cues) and not trig.get("object_pronoun") and \
            not _plural_verb(toks, trig) and not any(not g.prep for g in before) else -1
        own_tail = int(trig.get("tail_end") or tail_end)  # (the trigger's own tail word, past its subject, is no
        # other event that bounds it: أعرب الرئيس عن دعمه للحكومة اليمنية)
        nxt = min((k for k in trig_toks if k >= max(tail_end, own_tail) and k not in self_agents
                   and k not in trig_nouns and k != subject_noun
                   and not ("مع" in entry.prep and _during(toks, k, self.fw))
                   and not (entry.pos == "noun" and entry.event == "ASSAULT" and _instrument_word(toks, k, fw)
                            and (k == tail_end or k == tail_end + 1 and _indefinite_adjective(toks, tail_end, fw)))),
                  default=len(toks))
        # (nor the weapon an attack noun was done with, past its adjective: «تتعرض لقصف بالهاون من قبل المسلحين»،
        # «هجوم ثان بالقنابل الحارقة لمستوطنين على منزل»)
        # (nor does a visit or meeting told as the time of a talk: بحث الوزير خلال الزيارة مع مدير الجمارك)
        lo, hi = bisect_left(starts, tail_end), bisect_left(starts, min(right, tail_end + 10, nxt))
        after = [g for g in groups[lo:hi] if not _advancing(toks, g, fw)]
        if entry.pos == "verb" and (span := _subject_span(toks, groups, lo, tail_end)):
            # (past a long subject, a person named within as many words more: not an agent in «من قبل», whose verb
            # is a relative clause's, «نوه سمو رئيس الهيئة … بالجهود التي بذلت من قبل وزارة البترول», nor a body, a
            # state or a people a later clause tells of, «وافقت بلدان الاتحاد الأوروبي على أن تتخلى عن صلاحياتها
            # الخاصة بالإشراف على البنوك»)
            after += [g for g in groups[hi:bisect_left(starts, min(right, tail_end + 10 + span, nxt))]
                      if g.prep != "passive_agent" and _person_named(g) and not _advancing(toks, g, fw)]
        active = entry.pos == "verb" and not _passive_spelling(toks, trig) and not _looks_passive(toks, trig, starts)
        agent_by = [g for g in after if (g.prep == "passive_agent" or _counted_agent(toks, g, cues, fw)) and not (
            active and _participle_agent(toks, g, cues, tail_end, starts)) and not (
            active and entry.event not in _PASSIVE_TYPES and _object_noun_agent(toks, g, cues, tail_end, before, t))]
        if not agent_by and (entry.pos == "noun" or _passive_spelling(toks, trig) or _looks_passive(toks, trig, starts)):
            # خطف في وسط المدينة (…) من قبل أربعة مسلحين: an explicit agent may come later (not to an active verb:
            # «دعت الشرطة البريطانية عموم المواطنين لحضور الاحتفالات … رغم المؤامرة المزعومة من قبل تنظيم داعش»)
            far = groups[bisect_left(starts, tail_end):bisect_left(starts, min(len(toks), tail_end + _CLAUSE_REACH, nxt))]
            agent_by = [g for g in far if g.prep == "passive_agent" and not any(
                toks[k].text in ".؟?!؛;" or strip_wa(toks[k].norm) in fw.cause or
                strip_wa(toks[k].norm) in fw.complementizer for k in range(tail_end, g.start_tok))][:1]
            # (nor across حين، بعدما…, which open a clause of their own: بعدما تدربوا على يد ضباط عراقيين; nor past
            # أن/إن: «من ضبط امرأة سورية …، وبعد استيقافها تأكد أنها مطلوبة من قبل شرطة القنفذة»)
        actor: Group | None = None
        recipient: Group | None = None
        counted_also: tuple[Group, ...] | None = None  # (قتل 47 متمردا و5 من القوات: the first count, the others)
        bare_after = [g for g in after if not g.prep and not g.owns and not _source_or_escort(toks, g, fw)]
        # (not the owner of the phrase before it, phrases._owned: «قتل مسلحو الحركة التابعة لتنظيم القاعدة 148 شخصا»)
        bare_before = [g for g in before if (not g.prep or _expressing_subject(toks, t, g, fw))
                       and not _source_or_escort(toks, g, fw)  # (حسب وكالة الانباء، بمرافقة مغتصبين: no doer)
                       and (not _speaker(toks, g, t, cues, fw) or _stance_owner(toks, trig, entry, g, cues))
                       and not _owned_by(toks, g, fw)
                       and not (entry.pos == "verb" and _governed_genitive(toks, g, before, starts, trig_toks, cues,
                                                                           fw))
                       and not (entry.pos == "noun" and _event_genitive(toks, g, trig_toks, fw))]
        if entry.pos == "verb" and (_after_lead_in(toks, t) or _passive_after_lead_in(toks, t, cues)):
            # تابعة للتنظيم كما دمرت نقطة تفتيش، فيما كانت: كما، بينما، فيما، حيث open a clause of their own; a phrase
            # before them ends the clause before, its subject is after the verb (or the last verb's, carried on)
            bare_before = []
        other_gender = entry.pos == "verb" and not trig.get("object_pronoun") and _subject_after_relative(toks, t, cues)
        if other_gender:
            # مهاجمة تنظيم الدولة الاسلامية الذي قصفت مواقع له: a verb of the other gender than the relative pronoun
            # before it has a subject of its own; the phrase the pronoun follows is no subject (for a hostile act,
            # what it befell: below)
            bare_before = []
        anterior: list[Group] = []
        if not bare_before and entry.pos == "verb" and not _after_lead_in(toks, t) and not other_gender and \
                not _passive_after_lead_in(toks, t, cues):
            anterior = _anterior_subject(toks, t, groups, starts, cues, trig_toks)
            bare_before = anterior or _fronted_subject(toks, t, groups, starts, trig_toks, fw) or \
                _subject_before_relative(toks, t, groups, starts, cues, fw)
        if not bare_before and _possessed_verb(trig, entry):
            # أحكمت المقاومة الشعبية المدعومة بقوات من الجيش أمس، سيطرتها: the subject of the verb opening the clause,
            # past its long adjective
            bare_before = _possessor_subject(toks, left, t, groups, starts)
        if entry.pos == "noun" and entry.event not in _HOSTILE and bare_before and not trig.get("possessive") and \
                strip_wa(toks[t - 1].norm) not in fw.preposition and \
                (head := _relative_head(toks, bare_before[-1], groups, starts, fw)):
            # (not a noun whose pronoun resumes the clause's object: «الذي يرافق الرئيس الاميركي في زيارته»; nor a hostile
            # act, judged by the verb before it: «وأدانت السعودية التي تقود التحالف العربي الهجوم»)
            # «وأعلن التحالف العربي الذي يقاتل قوات الحوثي … وقفا لإطلاق النار»: the object of the relative clause
            # about the subject does not declare; the subject does
            bare_before = [g for g in bare_before[:-1] if g.end_tok <= head.start_tok] + [head]
        if entry.pos == "verb" and bare_before and _opening_prep_genitive(toks, bare_before[-1], t, trig_toks, cues, fw):
            # وفي ردود الفعل الفلسطينية دعا الشيخ محمد حسين: the genitive in the preposition opening the sentence is
            # no subject; the phrase after the verb is
            bare_before = bare_before[:-1]
        ante = _indefinite_antecedent(toks, trig, groups, starts) if entry.pos == "verb" else None
        if ante is not None:
            # القبض على مواطن أطلق النار، عثر على شاب قتل في منزله: the indefinite phrase right before the verb is
            # what its relative clause (no pronoun) tells of: its subject, active or passive
            bare_before = [g for g in bare_before if g.end_tok <= ante.start_tok] + [ante]
        prep_rec = next((g for g in after if g.prep and g.prep in entry.prep and not (
            entry.event == "CONSULT" and g.prep == "ب" and _city(g)) and not (
            entry.event == "ACCUSE" and entry.pos == "noun" and _not_charged(toks, t, tail_end, g, fw))),
            None)  # (بجدة مع الوزير: a city in بـ is where)
        if prep_rec is None:
            # على منزل لعائلة …، ضد مقر للشرطة
            prep_rec = _owner_after_prep(toks, after, entry.prep, fw.owner if entry.event in _HOSTILE else frozenset())
        if prep_rec is None and (entry.event == "ASSAULT" or (entry.event, entry.mode) in _TAKEN) and not (
                t and (c := cues.get(t - 1)) is not None and c.label == "responsibility"):
            # (not the one a responsibility is laid on: حمل الحاكم مسؤولية الهجوم على متشددي طالبان)
            prep_rec = _genitive_after_prep(toks, after, entry.prep, cues, trig_toks, fw)  # على مخازن أسلحة الحوثيين
        if prep_rec is None and entry.event not in _HOSTILE:
            prep_rec = _construct_owner(toks, after, entry.prep, tail_end, self.fw, groups, starts)  # أشاد الوزير
            # بدور المملكة
        if prep_rec is None and entry.pos == "verb" and bare_after and \
                _merit_genitive(toks, tail_end, bare_after[0], entry.prep, cues, fw):
            prep_rec = bare_after[0]  # وأشاد بموقف دول التحالف العربي
        if prep_rec is None and entry.pos == "verb" and bare_after and _matter_genitive(toks, tail_end, bare_after[0],
                                                                                       cues, fw):
            prep_rec = bare_after[0]  # صوت ضد شروط صندوق النقد الدولي، استهدفت تجمعات التنظيم
        if prep_rec is None and entry.event in _JUDGED:
            # ندد البرلمان العربي بتصريحات المالكي، وأشاد بتصريحات الرئيس، عبرت الصحف عن تنديدها بتصريحات ساركوزي: the
            # owner of the statements praised or blamed
            prep_rec = next((g for g in after if not g.prep and _statement_genitive(toks, tail_end, g, entry.prep, cues,
                                                                                    fw)), None)
        if prep_rec is None and entry.event in _JUDGED:
            # أشاد الأمير بالجهود التي تبذلها الأجهزة الأمنية: the doer of the deed praised or blamed
            prep_rec = _deed_doer(toks, tail_end, cues, groups, starts, trig_toks, entry.prep, fw)
        ala_owner = None  # (the owner in «على + noun» read below, never the subject as well)
        if prep_rec is None and entry.event not in _HOSTILE and entry.event != "PROTEST" and "علي" in entry.prep:
            prep_rec = ala_owner = _ala_owner(toks, after, tail_end, trig_toks, cues, self.fw)  # أثنى الأمير على جهود
            # رجال الأمن
        if prep_rec is None and entry.event == "AGREE" and "علي" in entry.prep:
            prep_rec = _ala_beneficiary(toks, after, tail_end, trig_toks, self.fw)  # وافقت على صفقة محتملة للسعودية
        if prep_rec is None and entry.event not in _HOSTILE and "مع" in entry.prep:
            # تعاون مع قوى المعارضة، تتعاون مع كليات وجامعات دولية: the genitive of the noun the verb's own مع governs
            prep_rec = next((g for g in after[:4] if not g.prep and _with_genitive(toks, tail_end, g, cues, trig_toks,
                                                                                  fw)), None)
        if prep_rec is None and entry.pos == "verb" and entry.event not in _HOSTILE:
            # استسلم عشرات آخرون لعناصر المقاومة: the genitive of the noun the verb's own preposition governs
            prep_rec = next((g for g in after if not g.prep and _own_prep_genitive(toks, tail_end, g, entry.prep, fw)),
                            None)
        if prep_rec is None and entry.pos == "verb" and entry.event == "CONSULT" and bare_after and \
                _met_during(toks, tail_end, bare_after[0], trig_toks, fw):
            prep_rec = bare_after[0]  # بحث خلال لقائه وزير الخارجية المصري: the one met is whom it was discussed with
        tail_object = _tail_prep_object(toks, trig, entry, bare_after, fw, cues, trig_toks) if entry.pos == "verb" \
            else None
        if prep_rec is None and tail_object is not None:
            prep_rec = tail_object  # افرجت عن مئات الموقوفين: the verb's own preposition is its tail word
        counted_obj = (_count_source(toks, tail_end, len(toks), groups, starts, fw) or (
            _asked_of(toks, tail_end, after, fw) if entry.event == "REQUEST" else None)) \
            if entry.pos == "verb" and "obj" in entry.prep and not trig.get("object_pronoun") else None
        # (طالباً من عناصر المقاومة الشعبية العفو عنه: whom a verb of asking asks is in من right after it)
        if prep_rec is None and counted_obj is not None:
            prep_rec = counted_obj  # والتقى عددا من ممثلي الحكومة اليمنية، اعتقلت عددا كبيرا من الأشخاص
        if prep_rec is None and entry.pos == "verb" and not trig.get("object_pronoun") and (
                "obj" in entry.prep or own_tail > tail_end):
            # ألقت الشرطة القبض على 371 من مناصري الحزب، قصفت الطائرات التركية نحو 400 موقع من مواقع الحزب: the
            # number after the verb (past its tail word, or past its subject) counts out of the one it befell
            subj_end = next((g.end_tok for g in bare_after[:1] if g.start_tok == tail_end), tail_end)
            prep_rec = _count_source(toks, max(own_tail, subj_end), min(right, nxt), groups, starts, fw, entry.prep)
        if prep_rec is None and entry.pos == "noun" and entry.event in _HOSTILE and entry.prep:
            # أعلنت وزارة الداخلية القبض على 431 عنصرا من تنظيم داعش: so the count in the noun's own preposition right
            # after it counts out of the party the act befell
            prep_rec = _count_source(toks, tail_end, min(right, nxt), groups, starts, fw, entry.prep)
        if prep_rec is None and own_tail > tail_end and entry.prep:
            # فرض في نيسان (أبريل) الماضي عقوبات على علي عبد الله صالح: the phrase in the verb's own preposition right
            # past its tail word, told apart from it (past a time or a bracket that ends the words read after it)
            j = bisect_left(starts, own_tail)
            g = groups[j] if j < len(groups) else None
            if g is not None and g.prep and g.prep in entry.prep and (
                    g.start_tok == own_tail or g.start_tok == own_tail + 1 and toks[own_tail].norm == g.prep):
                prep_rec = g
        if prep_rec is None and entry.event in _HOSTILE:
            prep_rec = _against(after, self.fw.against)  # غارات جوية ضد تنظيم داعش، حملة اعتقالات بحق ناشطين
        if prep_rec is None and entry.event == "ASSAULT" and entry.pos == "noun":
            prep_rec = _struck_on(toks, after, tail_end, trig_toks, cues)  # قصف جوي تركي على مواقع حزب العمال
        speaker = _pronoun_speaker(toks, t, groups, cues, fw) if entry.pos == "verb" else None
        if speaker is None and entry.pos == "verb" and _pronoun_verb_before(toks, trig, cues, starts, trig_toks, fw):
            # وقالت الحكومة إنها تمكنت من قتل 15 مسلحا: the verb's spelling after a preposition is its verbal noun,
            # the act of the pronoun's verb before it, done by the speaker
            speaker = _pronoun_speaker(toks, t - 2, groups, cues, fw)
        if _honorific_at(toks, tail_end):
            # وحث معاليه جميع الموظفين، ونوه سموه بالجهود، زيارة سموه: the honorific is the subject (or the noun's
            # owner), one named in an earlier sentence; a phrase after it is the object, never the actor
            obj = next((g for g in after if not g.prep and g.start_tok - tail_end <= 4), None) \
                if entry.pos == "verb" and "obj" in entry.prep and tail_end + 1 < len(toks) \
                and not toks[tail_end + 1].norm.startswith("و") else None  # (not وجميع أهالي: a second subject)
            return [], _with_conj(obj or prep_rec)
        if not bare_before and entry.pos == "verb" and (stressed := _stressed_subject_end(toks, tail_end, fw)):
            # ودعا هو الآخر الحكومة العراقية: the pronoun stresses a subject told before; the phrase after it is the
            # one called on, never the caller
            obj = next((g for g in after if not g.prep and g.start_tok == stressed), None) \
                if "obj" in entry.prep and not trig.get("object_pronoun") else None
            return [], _with_conj(obj or prep_rec)
        if not bare_before and _standin_subject(toks, trig, entry, fw, starts):
            # كما دعا آخرون دولة الإمارات إلى تجميد أرصدته: «others» is the subject, no party; the phrase after it is
            # the one called on, never the caller
            obj = next((g for g in after if not g.prep and g.start_tok == trig.tok_end + 1), None) \
                if "obj" in entry.prep and not trig.get("object_pronoun") else None
            return [], _with_conj(obj or prep_rec)
        lam = _lam_doer(toks, trig, entry, after, tail_end, fw) if entry.pos == "verb" else None
        if lam is not None:
            # وقصف لطائرات التحالف لمحافظة مأرب: the verb's spelling read as its verbal noun, with its doer and
            # its target each in ل
            return _with_conj(lam[0]), _with_conj(lam[1])
        doer = _genitive_doer(toks, trig, entry, after, tail_end, fw) if entry.pos == "verb" else None
        if doer is not None:
            # أنباء قصف الحوثيين لمنزلك، أدانت قصف الجيش لمواقع المدنيين: the verb's spelling read as its verbal
            # noun, the force in its genitive its doer and the phrase in ل right after it its target
            obj = _past_place_in(toks, _conj_end(doer), after)
            return _with_conj(doer), _with_conj(next((g for g in after if g.start_tok == obj and g.prep == "ل"), None))
        doer = _adjective_lam_doer(toks, trig, entry, after, tail_end, cues, trig_toks, fw) if (
            entry.pos == "verb" or entry.gen != "actor" or "ل" in (trig.get("prefix") or "")) else None
        # (a noun whose genitive is its actor finds that doer below, _lam_actor, and its target as well: غارة جوية
        # لقوات الائتلاف أدت إلى مقتل …)
        if doer is not None and _light_subject(toks, trig, cues, groups, starts, trig_toks, fw) is None:
            # (not past a light verb's subject, who does it: شن الطيران قصفا عنيفا للمسلحين)
            # وسط قصف مدفعي لقوات النظام، تتعرض المدينة لقصف صاروخي لميليشيا الحوثي على الأحياء: past the attack
            # noun's adjective, a force in ل is its doer (the genitive it stands for), the phrase in على its target
            end = _conj_end(doer)
            target = next((g for g in after if g.start_tok >= end and g.prep in ("علي", "على", "ضد")
                           and g.start_tok - end <= 2), None)
            return _with_conj(doer), _with_conj(target)
        received = _received_spelling(toks, trig, entry, tail_end, after, cues, groups, starts, trig_toks, fw)
        if received is not None:
            # تلقت المملكة طلبا من مجموعة العمل المالي، تلقت الحكومة دعما من المملكة: a perfect's spelling right after
            # a verb of receiving and its subject is its verbal noun, its object; the subject received it, the
            # phrase in من after it gave it
            return _with_conj(received[0]), _with_conj(received[1])
        ctl = _verbal_noun(toks, trig, entry, cues, groups, starts, willed, trig_toks, fw) \
            if entry.pos == "verb" else None
        if not ctl and entry.pos == "verb" and entry.event in _CONTROLLED and trig.get("aspect") == "perfect" and \
                not trig.get("object_pronoun") and bare_after and bare_after[0].start_tok == tail_end and \
                _complement_help(toks, trig, entry, bare_after[0], cues, trig_toks, fw):
            # حرصت المملكة على دعم اليمن، تورطت في دعم ميليشيات الحوثي: a perfect's spelling right after a
            # preposition is its verbal noun; its genitive is the one helped, the subject right before the
            # preposition's verb (if any) helps
            doer = bare_before[-1] if bare_before and _conj_end(bare_before[-1]) >= t - 3 else None
            return _with_conj(agent_by[0] if agent_by else doer), _with_conj(bare_after[0])
        if entry.pos == "verb" and trig.get("aspect") == "perfect" and not trig.get("prefix") and \
                not trig.get("object_pronoun") and not agent_by and \
                (lit := _light_doer(toks, tail_end, entry, after, cues, trig_toks, starts, fw)) is not None:
            # شهدت المدينة قصفا عنيفا شنه الحوثيون على الأحياء: a perfect's spelling resumed by a light verb after it
            # is its verbal noun; the light verb's subject does it
            return lit
        if ctl:
            # شهدت مدينة تعز قصفا، رفضت تركيا دعم المقاتلين، سنواصل دعم الشعب اليمني: a perfect in the spelling of
            # its verbal noun, governed as one, is the noun: its phrase is the object, its doer the governing verb's
            # subject (none for the place a verb of witnessing names: where it happened)
            recipient = bare_after[0] if bare_after and "obj" in entry.prep and bare_after[0].start_tok == tail_end \
                else prep_rec
            if recipient is None and "obj" in entry.prep:
                recipient = _lam_owner(after, ctl[0])  # شهدت المدينة قصفا لمواقع المسلحين
            doer = ctl[0] or (bare_before[-1] if bare_before and not _witnessed(toks, trig, entry, cues, groups, starts)
                              else None)  # (النائب العام يعتزم طلب العقوبة: the subject of the verb of will)
            return _with_conj(agent_by[0] if agent_by else doer), _with_conj(recipient)
        if speaker is None and entry.pos == "verb" and _first_person(toks, trig):
            # ولكننا ندعم مصر، ونحن ندعم جهود المبعوث: the subject is «we» (or «I»): the speaker of a report verb
            # before it, if the sentence names one; no phrase around the verb is its subject
            actor = _report_subject(toks, t, groups, starts, cues, sources=fw.per_source) or _speaker_after_quote(toks, t, groups, starts, cues)
            recipient = bare_after[0] if bare_after and "obj" in entry.prep and _near(
                toks, tail_end, bare_after[0].start_tok, fw) else prep_rec
            if recipient is None and "obj" in entry.prep:
                recipient = _lam_owner(after, actor)  # ندعم المشاركة الفعالة للأمم المتحدة
            return _with_conj(actor), _with_conj(recipient)
        if speaker is not None and _passive_form(toks, trig):
            # وأفاد جد الطفلة بأنها أصيبت بالرصاصة: a verb spelled as only a passive is, its pronoun underwent it
            actor, recipient = None, speaker
        elif speaker is not None:  # قال الحلف إنه قتل عددا من زعماء طالبان: he = the speaker
            actor = speaker
            recipient = bare_after[0] if bare_after and "obj" in entry.prep and _near(
                toks, tail_end, bare_after[0].start_tok, fw) else prep_rec
        elif entry.pos == "verb" and bare_after and _near(toks, tail_end, bare_after[0].start_tok, fw) and \
                _said_pronoun(toks, t, cues, fw):
            # وقال اليامي في بيان إنه التقى وزير حقوق الإنسان: the pronoun is the subject, a speaker no phrase names;
            # the phrase right after the verb is its object, never its subject
            recipient = bare_after[0] if "obj" in entry.prep else prep_rec
        elif subject_noun >= 0 and not bare_before:
            # استهدفت غارة إسرائيلية موقعا لحماس، دمرت غارة جوية عربة عسكرية: the event noun is the subject, its
            # nationality adjective or genitive the actor, the phrase after them the object
            k = subject_noun + 1
            while k < len(toks) and k - subject_noun <= 3 and toks[k].kind == "ar" and k not in trig_toks \
                    and not _starts_at(starts, k) and toks[k].norm not in fw.preposition \
                    and not ((c := cues.get(k)) is not None and c.label == "light_verb"):
                k += 1  # its adjectives: جوية، أخرى
            own = next((g for g in after if g.start_tok == k and not g.prep and (k == subject_noun + 1 or all(
                m.get("type") == "demonym" for m in g.mentions))), None)  # its genitive or nationality adjective
            if own is not None and (_genitive_actor(toks, own)
                                    or all(m.get("type") == "demonym" for m in own.mentions)):
                actor = own
            elif (c := cues.get(k)) is not None and c.label == "light_verb":
                # انفجرت قنبلة ألقاها رجل، سقطت قذائف أطلقها الحوثيون: the light verb's subject threw it
                own = next((g for g in after if c.tok_end <= g.start_tok <= c.tok_end + 2 and not g.prep
                            and _only_fillers(toks, c.tok_end, g.start_tok, fw)), None)
                actor = own
            rest = [g for g in after if g is not own and g.start_tok >= k]  # (the noun's own phrase is no object:
            # استهدف هجوم انتحاري موكبا لسفارة الولايات المتحدة)
            recipient = next((g for g in rest if not g.prep), None) or prep_rec or _lam_owner(rest, actor)
        elif entry.pos == "verb":
            subj_end = -1  # where the subject ends, past the name of its office (_title_apposition)
            # وطالبت الأسر المتضررة القنصلية السعودية: past a subject no lexicon names, the phrase is the object
            near = bool(bare_after) and _near(toks, tail_end, bare_after[0].start_tok, fw)  # (read once, for both)
            unknown_subject = near and "obj" in entry.prep and not trig.get("object_pronoun") and \
                (_unknown_definite_subject(toks, tail_end, bare_after[0], fw)
                 or _demonstrative_subject(toks, tail_end, bare_after[0], cues, fw))
            # كما طالبت الحزب بتسليم سلاحه: a masculine noun after a feminine verb is its object, no subject
            other_object = near and "obj" in entry.prep and _masculine_after_feminine(
                toks, trig, bare_after[0], fw, bare_after[1:4])
            subj = bare_after[0] if near and not (
                _place(bare_after[0]) and any(strip_wa(toks[k].norm) == "في" for k in range(tail_end,
                                                                                          bare_after[0].start_tok))
            ) and not any(strip_wa(toks[k].norm) in fw.cause or toks[k].norm in fw.among and bare_before
                          or toks[k].norm[:1] in ("و", "ف") and (c := cues.get(k)) is not None
                          and c.label in ("light_verb", "report")
                          for k in range(tail_end, bare_after[0].start_tok)) \
                and not _lam_head_genitive(toks, tail_end, bare_after[0], fw) \
                and not _own_prep_genitive(toks, tail_end, bare_after[0], entry.prep, fw) \
                and not _other_prep_genitive(toks, tail_end, bare_after[0], entry.prep, groups, starts, cues,
                                             trig_toks, fw) \
                and not _met_during(toks, tail_end, bare_after[0], trig_toks, fw) \
                and bare_after[0] is not counted_obj and bare_after[0] is not tail_object \
                and bare_after[0] is not ala_owner \
                and not unknown_subject and not other_object \
                and not ("مع" in entry.prep and _with_genitive(toks, tail_end, bare_after[0], cues, trig_toks, fw)) \
                and not _merit_genitive(toks, tail_end, bare_after[0], entry.prep, cues, fw) \
                and not _matter_genitive(toks, tail_end, bare_after[0], cues, fw) \
                and not (bare_after[0].start_tok <= tail_end + 1 and _statement_genitive(
                    toks, tail_end, bare_after[0], entry.prep, cues, fw)) else None
            if subj is None and not bare_before and entry.event == "CONSULT" and not trig.get("object_pronoun") \
                    and not _after_lead_in(toks, t):
                # اجتمع مساء أمس في كامب ديفيد ممثلو دول مجلس التعاون … مع الرئيس الأمريكي: the subject told past
                # when and where the meeting was
                subj = _subject_past_adjuncts(toks, tail_end, groups, starts, trig_toks, cues, fw)
            if subj is not None and subj.start_tok >= tail_end + 2 and \
                    strip_wa(toks[subj.start_tok - 2].norm) in fw.preposition and _nisba_adjective(toks, subj, fw):
                # حكم على أم أسترالية: a nationality after a noun no lexicon names, in a preposition, is that noun's
                # adjective, no subject; in the verb's own preposition it stands for whom the act befell
                if prep_rec is None and strip_wa(toks[subj.start_tok - 2].norm) in entry.prep:
                    prep_rec = subj
                subj = None
            if subj is not None and strip_wa(toks[tail_end].norm) in entry.prep and \
                    _counted_in_prep(toks, tail_end, subj, fw):
                # ألقت القبض على عدد من المسلحين، طلب من أعضاء البرلمان: a phrase counted in the verb's own preposition
                # right after it is that preposition's object, whom the act befell, never the subject
                prep_rec = prep_rec or subj
                subj = None
            if subj is not None and entry.event in _EMBEDDING and any(k in trig_toks for k in range(tail_end,
                                                                                            subj.start_tok)):
                # يعارض الاتفاق الإيراني، رفضت اعتماد مكاتب استقدام: a phrase past the event noun the verb governs is
                # that noun's party, not the verb's subject
                subj = None
            # (nor the genitive of a noun a preposition not the verb's own governs: اجتمع أمس في فرع وزارة الخارجية،
            # شددت على ضرورة مساهمة باكستان; nor the one met told after «خلال لقائه»: بحث خلال لقائه وزير الخارجية)
            # (not a place after في and a word of its own: استهدفهم في محافظتي الأنبار; nor a
            # phrase past a word of cause, which tells what caused it: قتل نتيجة إطلاق ميليشيا الحوثي مقذوفا; nor,
            # with a subject before the verb, one after بينهم، منهم, part of it: 19 شخصا قتلوا بينهم مدنيون; with none
            # it is the subject: وأدين منهم 510 أطباء; nor one past a light or report verb with و, which opens a
            # clause of its own: القى القنبلة وقام اشخاص في الجوار بمطاردته)
            obj = None
            passive_rel = False
            if trig.get("object_pronoun") and "obj" in entry.prep:
                # عسكريين خطفهم مقاتلو الطوارق: the attached pronoun is the object, resuming the phrase before
                # the verb; the subject follows (or, with a plural verb, precedes: مسلحون هاجموه)
                tail_subj = _pronoun_tail_subject(trig, tail_end, groups, starts) if subj is None else None
                if tail_subj is not None and not _plural_verb(toks, trig):
                    # مسؤول عسكري كان أسره المتمردون: the tail word the trigger row asks for past a verb whose
                    # attached pronoun is its object is the subject, who did it; the phrase before underwent it
                    actor, recipient = tail_subj, (bare_before[-1] if bare_before else None)
                elif subj is not None and not _plural_verb(toks, trig):
                    actor, recipient = subj, (bare_before[-1] if bare_before else None)
                elif bare_before and not _plural_verb(toks, trig) and bare_before[-1].end_tok == t and \
                        not any(_definite(toks[k].norm) for k in range(bare_before[-1].start_tok, t)) and \
                        all(m.kind == "agent" for m in bare_before[-1].mentions):
                    # «مقابل رهائن احتجزتهم الجبهة»: an indefinite role noun right before a singular verb whose
                    # pronoun resumes it is what the verb's relative clause tells of, its object (a definite one or a
                    # name is the subject: الشرطة اعتقلته، أنقرة تهاجمنا; so is one in construct with a definite
                    # genitive: «إن قوات الأمن اعتقلتهم»)
                    recipient = bare_before[-1]
                elif bare_before and _feminine_pronoun_verb(toks, trig) and \
                        _oblique_plural(toks, bare_before[-1], bare_before[-1].start_tok, fw):
                    # رصدت قوات الشرطة عشرة إرهابيين على سيارتين وقتلتهم: a sound masculine plural is no subject of a
                    # feminine singular verb; the pronoun resumes it, the verb's subject is told before (carried on)
                    recipient = bare_before[-1]
                elif bare_before:
                    actor = bare_before[-1]
                if recipient is None and actor is None:
                    # لقد شهدت اليونان، التي أنقذها الدائنون الدوليون: the pronoun on the verb after a relative pronoun
                    # resumes the phrase the relative follows, past a comma
                    recipient = _relative_antecedent(toks, t, groups, starts, cues, comma=True)
                    if recipient is not None and _city(recipient):
                        recipient = None  # (الفوعة في إدلب والتي تحاصرها الحركة: a town or region says where)
            elif subj is not None and entry.event not in _PASSIVE_TYPES and _subject_after_relative(toks, t, cues):
                # الأهداف التي دعا تنظيم داعش إلى مهاجمتها، القرار الذي دعت الحكومة إلى تطبيقه: a verb of the other
                # gender than the relative pronoun before it does not take it as subject; the phrase after it is
                # (not an attack or arrest verb, often a passive: التي استهدف بها مسجد الإمام علي)
                actor = subj
                if "obj" in entry.prep:  # (التي زار الرئيس الأميركي باراك أوباما فيها كينيا: the phrase after it is
                    recipient = _object_past_subject(toks, subj, bare_after)  # the object, the pronoun in فيها)
            elif subj is not None and "obj" in entry.prep and \
                    _passive_relative(toks, trig, tail_end, cues, trig_toks, fw):
                # ومحسن الفضلي الذي اتهم بقضايا إرهابية: a verb read as a passive right after the relative pronoun;
                # the phrase the pronoun follows underwent it, the phrase after the verb is no object
                passive_rel = True
                recipient, prep_rec = _passive_relative_parties(toks, t, groups, starts, cues, entry.event, prep_rec,
                                                                fw)
            elif subj is not None and "obj" in entry.prep and _relative_subject(toks, trig, cues, tail_end, fw) and \
                    _resumed_after(toks, t, subj, cues, fw):
                # «الجبهة التي اعتقلت السلطات بعض أعضائها»، «الحزب الذي قتلت القوات الحكومية زعيمه»: a noun past the
                # phrase after the verb with the relative pronoun's own pronoun is the object; that phrase is the
                # subject, and the act befell the phrase the pronoun follows
                actor, recipient = subj, _relative_antecedent(toks, t, groups, starts, cues)
            elif subj is not None and "obj" in entry.prep and _relative_subject(toks, trig, cues, tail_end, fw):
                # المداهمات التي استهدفت متشددين، القوات التي هاجمت المدينة: the relative pronoun is the subject (one
                # that is the object has its pronoun on the verb: التي هاجمها), the phrase after the verb its object
                actor = _relative_antecedent(toks, t, groups, starts, cues)
                if actor is not None and actor.prep == "في" and _place(actor):
                    actor = None  # لقرار القمة في شرم الشيخ الذي دعا: the place says where, the pronoun is the head's
                recipient = subj
            elif subj is not None and "obj" in entry.prep and subj.start_tok > 0 and \
                    strip_wa(toks[subj.start_tok - 1].norm) in fw.owner and \
                    not strip_wa(toks[subj.start_tok - 1].norm).startswith("ال"):
                # فجر حافلة تابعة للشرطة: the owner after an indefinite noun and تابعة is whose the object is, the
                # target (a subject after the verb is mostly definite: دمرت البوارج التابعة للتحالف)
                recipient = subj
                actor = bare_before[-1] if bare_before else None
            elif subj is not None and _passive_form(toks, trig):
                recipient = subj  # أصيب سفير بولندا، اغتيل النائب: a form only the passive has
            elif subj is not None and "obj" in entry.prep and _pronoun_subject_before(toks, t, bare_before, fw):
                # وهو يتوعد مجلس النواب الليبي، لكن كثيرين حثوا أنقرة: the pronoun or the unnamed plural right before
                # the verb is its subject; the phrase after the verb is its object, never its subject
                recipient = subj
            elif subj is not None and "obj" in entry.prep and _singled_out(toks, tail_end, subj, fw):
                # حيث سيلتقي خصوصا الرئيس حسن روحاني: the phrase singled out past «especially» is one of those the act
                # befell, its object; the subject is the verb's own, one told before
                actor, recipient = (bare_before[-1] if bare_before else None), subj
            elif subj is not None and bare_before and _plural_verb(toks, trig):
                # مسلحون هاجموا مسجدا: a verb after its subject agrees in number (ـوا، ـون); one before
                # it stays singular, so a plural verb's subject is the phrase before it
                actor = bare_before[-1]
                recipient = subj if "obj" in entry.prep else None
            elif subj is not None and _plural_verb(toks, trig) and entry.event != "PROTEST":
                # وطالبوا وزارة الإسكان، استهدفوا دورية عسكرية، يؤيدون تنظيم داعش: a verb before its subject stays
                # singular, so a plural one carries its subject; the phrase after it is its object, never its subject
                # (not for protests, whose target is sought among the authorities the sentence names)
                recipient = subj if "obj" in entry.prep else None
            elif subj is not None and _reflexive_after(cues, subj.end_tok):
                actor = subj  # فجرت انتحارية نفسها: the object is the reflexive, the phrase before it the subject
            elif subj is not None and "obj" in entry.prep:
                # (not a phrase after «بينهم»: part of the one before, اختطف 230 مدنيا بينهم 60 مسيحيا; nor one past أن or
                # a word of cause, in a clause of its own: «وقتل أكثر من مائتي مدني قبل أن يتمكن المقاتلون الأكراد»;
                # but right past a أن right after the subject, «هدد الرئيس بأن إيران ستواجه عقوبات», or one after a word
                # of suspicion, «احتجزت الشرطة مئات يشتبه أنهم متشددون», the phrase is what the verb is about)
                # (nor a nationality alone past a preposition, the adjective of the noun it governs: اعتقلت الصحافي في
                # وكالة الأنباء اليمنية; nor the genitive of a noun in بـ: قصف طيران التحالف بقيادة السعودية تعزيزات)
                rest = [g for g in bare_after[1:] if g.start_tok - subj.end_tok <= 4 and not any(
                    toks[k].norm in fw.among or strip_wa(toks[k].norm) in fw.complementizer and not (
                        k == _conj_end(subj) and g.start_tok == k + 1 or k > 0 and toks[k - 1].norm in fw.suspected)
                    or strip_wa(toks[k].norm) in fw.cause and not _demonstrative_after(toks, k)
                    for k in range(subj.end_tok, g.start_tok)) and not (
                    any(strip_wa(toks[k].norm) in fw.preposition for k in range(subj.end_tok, g.start_tok))
                    and _nisba_adjective(toks, g, fw)) and not _in_prep_chain(toks, subj.end_tok, g, groups, starts, cues,
                                                                               trig_toks, fw)
                    and not _loose_conjunct(toks, subj, g) and not (g.start_tok > _conj_end(subj) and _bi_noun_genitive(toks, g, trig_toks, fw))
                    and not (_casualty(trig) and trig.entry.cameo == "1823" and _affiliated_to(toks, subj, g, fw))
                    and not _definite_affiliate(toks, subj, g, fw) and not _conjoined_demonym(subj, g)]
                obj = rest[0] if rest else None
                counted_end = None
                if obj is not None and _counted_conjunct(toks, subj, obj, tail_end, fw):
                    # قتل 47 متمردا و5 من القوات: a second count conjoined to the first, no object; whether an object
                    # follows is asked past it (وقتل شرطيان وثلاثة مدنيين في الهجوم: a passive)
                    counted_also = (subj, obj, *_more_counts(toks, obj, groups, starts, fw))
                    counted_end, obj = _conj_end(counted_also[-1]), None
                subj_end = _conj_end(subj)
                # قتل زعيم تنظيم القاعدة في شبه جزيرة العرب ناصر الوحيشي في غارة: the office, where it is held and
                # its holder's name, killed (a passive with no object past the name)
                held = obj is not None and _casualty(trig) and _passive_spelling(toks, trig) and \
                    _holder_named(subj, obj) and _place_gap(toks, subj_end, obj, groups, starts) and \
                    _objectless(toks, obj.end_tok, trig_toks, fw, entry.prep, cues)
                member = obj is not None and _member_named(toks, tail_end, subj, obj, fw)
                if obj is not None and not _matter_between(subj_end, obj.start_tok, cues) and (
                        member or _name_completes_title(toks, subj, obj, fw) or
                        _apposition(toks, subj, obj, groups, starts, fw) or _title_apposition(
                        toks, subj, obj, fw) and (prep_rec is not None or _next_object(
                            toks, obj.end_tok, groups, starts, trig_toks) is not None)
                        or _adjective_gap(toks, subj_end, obj.start_tok, fw) and _holder_named(subj, obj)
                        or held or _office_held_in(toks, subj, subj_end, obj, groups, starts, trig_toks)):
                    # استقبل الأمير فيصل بن سلمان أمير منطقة المدينة المنورة أمس السفير الياباني: the title after the
                    # name is the subject's own; the object comes after it (so after a title and the name it goes
                    # with: استقبل أمير دولة قطر الشيخ تميم بن حمد في قصره … وزير الخارجية)
                    # (past the place and time of the act and their commas: في قصر سموه بجدة، مساء أمس، وزير …)
                    if member:
                        subj = _member_of(subj, obj)  # (the named member, of the body's sector)
                    elif not _coded(subj) and _coded(obj) or held:
                        subj = obj  # (فخامة الرئيس عبدالله يامين رئيس جمهورية المالديف: the title with the country)
                    subj_end = obj.end_tok
                    obj = _next_object(toks, obj.end_tok, groups, starts, trig_toks)
                if obj is None and (entry.event == "CONSULT" or entry.event == "THREATEN" and subj_end < len(toks)
                                    and strip_wa(toks[subj_end].norm) == "في"):
                    # (توعد تنظيم داعش في ليبيا مجلس النواب الليبي: past where the subject is, the one threatened;
                    # not past a comma, where the subject's title stands: حذر الدكتور عبدالله المسند، أستاذ …)
                    obj = _object_past_adjuncts(toks, subj_end, groups, starts, trig_toks, fw, _office_only(subj),
                                                cues if entry.event == "CONSULT" else None)
                    if obj is not None and _title_apposition(toks, subj, obj, fw):
                        # التقى ولي ولي العهد وزير الدفاع السعودي، الأمير محمد بن سلمان، بالرئيس الروسي: past commas,
                        # the name of the subject's office is the subject still; the one met comes after it
                        subj_end = obj.end_tok
                        obj = (_prep_past_adjuncts(toks, subj_end, groups, starts, entry.prep, trig_toks, fw)
                               if entry.prep else None) or _object_past_adjuncts(toks, subj_end, groups, starts,
                                                                                 trig_toks, fw)
                if obj is None:  # اعتقلت القوات خلال الأيام الماضية أكثر من 30 فلسطينيا
                    obj = _object_past_span(toks, subj_end, groups, starts, cues, fw)
                if obj is None and not counted_end and \
                        (member_end := _past_member_phrase(toks, subj_end, groups, starts, fw)) > subj_end:
                    # قتل مسلحون من جماعة "بوكو حرام" المتطرفة عشرات الأشخاص: past the body the subject is from, a
                    # count, the verb's object; the verb is active (its count with no phrase of its own: no party)
                    obj, counted_end = _counted_group_at(toks, member_end, groups, starts, fw), member_end
                if obj is None and not counted_end and entry.event == "ASSAULT" and \
                        (clause_end := _past_subject_clause(toks, subj, subj_end, trig_toks, fw)) > subj_end:
                    # قتل انتحاري يشتبه في أنه ينتمي لتنظيم داعش 32 شخصا: past the indefinite subject's adjective
                    # clause, the count is the verb's object (not the body in لـ the clause tells he belongs to)
                    obj, counted_end = _counted_group_at(toks, clause_end, groups, starts, fw), clause_end
                if entry.event in _STRIKING and _strike_goes_on(toks, trig, subj, cues):
                    # سبع ضربات نفذت قرب الحسكة واستهدفت وحدات تكتيكية: a verb joined by و to the light verb of strikes
                    # told before goes on with their subject; the indefinite phrase after it (or its owner past it:
                    # «ومواقع أخرى تابعة لتنظيم الدولة») is what they hit
                    recipient = obj or subj
                elif obj is not None and not anterior and not bare_before and subj.start_tok == tail_end and \
                        _accusative_noun(toks, subj):
                    # قتل ستة اشخاص في انفجار قوي استهدف فندقا في العاصمة الصومالية مقديشو: an indefinite noun in the
                    # accusative right after the verb is its object, never its subject (a place named later is where)
                    recipient = subj
                elif obj is not None and not anterior and not _persons_died(toks, subj, entry, tail_end):
                    actor, recipient = subj, obj  # VSO: هاجم مسلحون الجيش
                    if more := _more_counts(toks, obj, groups, starts, fw):
                        counted_also = (obj, *more)  # (and the counts conjoined to the object: «قتل مسلحون جنديا
                        # أمريكيا وخمسة مدنيين»)
                elif bare_before:
                    # SVO: X هاجم Y; so for the subject كان set before the verb, whatever follows it (وكان الجبير، وزير
                    # الخارجية السعودي، التقى نظيره الفرنسي في باريس: the counterpart is the one met)
                    actor, recipient = bare_before[-1], subj
                elif entry.event == "ASSAULT" and (_attack_subject(toks, t, attack_ends, groups, starts) or
                                                   _attack_before_comma(toks, t, attack_ends, groups, starts, cues,
                                                                        trig_toks)) \
                        and not _plural_verb(toks, trig):
                    # (so past a comma, the verb an adjective clause of the strikes told before it: 14 غارة ضد مواقع
                    # داعش في العراق، استهدفت وحدات تكتيكية — the units were hit, they did not strike)
                    # هجوم انتحاري في سوروتش (جنوب) استهدف مجموعة ناشطين: the attack told before is the subject, the
                    # phrase after the verb its object; who attacked is not said here
                    recipient = subj
                elif (_is_patient(toks, subj, entry, tail_end, fw)
                      and not _count_with_object(toks, subj, trig, starts, trig_toks, fw) or (
                        _passive_spelling(toks, trig) and _objectless(
                            toks, counted_end or _past_nominative_adjective(toks, _past_conjuncts(
                                toks, max(_past_name(toks, subj, fw), _conj_end(subj)), trig_toks), subj, fw),
                            trig_toks, fw, entry.prep, cues)
                        and not _object_past_place(toks, counted_end or _past_name(toks, subj, fw), groups, starts,
                                                   trig_toks, cues, fw)
                        # (nor when people are counted past the adjuncts: اعتقلت الشرطة خلال حملة في الرياض 12 مطلوبا)
                        and not ((entry.event, entry.mode) in _TAKING and _counted_taken(
                            toks, _conj_end(subj), min(right, nxt), groups, starts, trig_toks, subj, fw) is not None)))\
                        and not (subj.start_tok in craft and not _casualty(trig)) \
                        and not _storming_force(entry, subj) and not _kin_object_past(toks, _conj_end(subj), trig_toks, cues, fw):
                    # (ثلاث طائرات حربية قصفت …: a counted craft after an attack verb that tells how strikes)
                    # (not with a family member with «his» past the subject's words, the object: «قتل مواطن بالعقد
                    # الثالث من عمره ابنه», he killed)
                    recipient = subj  # passive reading: قتل خمسة جنود
                elif _oblique_plural(toks, subj, tail_end, fw) or _oblique_plural(toks, subj, tail_end + 1, fw) and \
                        _unnamed_subject(toks, tail_end, starts, cues, trig_toks, fw):
                    recipient = subj  # دعت الكينيين إلى، ناشدت السعوديين: a plural in ـين is no subject, it is the object
                    # (so past a subject no lexicon names: دعت المنظمة الحوثيين إلى الإفراج)
                elif _oblique_head(toks, subj, tail_end, fw):
                    recipient = subj  # والتقى ممثلي الحكومة اليمنية: past a plural head in ـي (its ن dropped before
                    # the genitive), the phrase is the object's owner; the subject would be ممثلو
                elif subj.counterpart:
                    recipient = subj  # استقبلت نظيرها الفرنسي: the counterpart of the subject is the object
                elif entry.event == "REQUEST" and subj.start_tok == tail_end + 1 and not _place(subj) and \
                        _unnamed_subject(toks, tail_end, starts, cues, trig_toks, fw):
                    # وطالب البيان الحكومة التركية وحزب العمال بالعودة، ودعا المجلس الحكومات والبرلمانات العربية إلى:
                    # past an appeal's subject no lexicon names, the phrase is the one appealed to
                    recipient = subj
                elif entry.event == "REQUEST" and subj.start_tok == tail_end + 2 and not _place(subj) and \
                        _named_then_head(toks, tail_end, subj, starts, cues, trig_toks, fw):
                    # ودعا الحسني قيادة المقاومة الشعبية إلى، ودعا منصور أنصار طالبان الى الوحدة: past a subject's name
                    # no lexicon knows, an indefinite noun whose genitive the phrase is, with what is asked after it,
                    # is the one appealed to; the subject is that name
                    recipient = subj
                elif entry.event == "ACCUSE" and subj.start_tok == tail_end + 2 and \
                        _indefinite_subject(toks, tail_end, subj, starts, cues, trig_toks, fw):
                    # واتهمت منظمة دولية قوات جيش جنوب السودان بارتكاب: past a subject no lexicon names (an indefinite
                    # noun and its adjective), the phrase with the charge in بـ after it is the one accused
                    recipient = subj
                elif entry.event == "REQUEST" and subj.start_tok == tail_end + 1 and \
                        _name_then_party(toks, tail_end, subj, starts, cues, trig_toks, fw):
                    # ودعا ملادينوف المجتمع الدولي إلى العمل: past a one-word name no lexicon knows, a definite party
                    # with what is asked right after it is the one appealed to; the subject is that name
                    recipient = subj
                else:
                    actor = subj
                    # اتهمت الحكومة الأوكرانية اليوم، الانفصاليين: past the subject and the day of the act, the object
                    recipient = _object_past_days(toks, subj_end, subj, groups, starts, trig_toks, fw,
                                                  int(trig.get("tail_end") or 0)) or \
                        ("obj" in entry.prep and _owner_past_days(toks, subj_end, groups, starts, trig_toks, fw)) or \
                        _object_past_post_name(toks, subj, groups, starts, fw) or \
                        _object_past_holder(toks, subj_end, subj, groups, starts, trig_toks, fw) or \
                        _object_past_relative(toks, subj_end, groups, starts, trig_toks, cues, fw)
                    if recipient is None and entry.event in _JUDGED and "obj" in entry.prep:
                        # رفض السفير حسين هريدي، مساعد وزير الخارجية الأسبق، تصريحات المالكي: past the subject, its
                        # titles and commas, the owner of the statements rejected or praised
                        recipient = _statement_owner(toks, subj_end, groups, starts, trig_toks, cues, fw)
            elif subj is not None and not (subj.start_tok > tail_end and _possessed_verb(trig, entry)
                                           and _possessed_owner(toks, t, bare_before, fw)):
                # (a phrase past the preposition of a possessed noun is no subject: وبسطت القوات الحكومية سيطرتها
                # على معسكرات الحوثيين — the forces took them)
                actor = None if _oblique_plural(toks, subj, tail_end, fw) else subj
                if actor is None and prep_rec is None and toks[subj.start_tok].norm in _PERSONS_OBJECT:
                    recipient = subj  # «وألقت القبض شخصين مشتبه بهما»: the persons in the accusative underwent it
            elif _possessed_verb(trig, entry) and _possessed_owner(toks, t, bare_before, fw):
                # أحكمت المقاومة الشعبية أمس سيطرتها على منطقة: a verb that takes no direct object cannot carry an
                # object pronoun; the word is its verbal noun with its owner's pronoun, the object of the verb before
                # it, whose subject does the act (not a noun opening the clause after أن/إن, whose owner the pronoun
                # points back to: «وإن إشادتها»; nor a phrase the pronoun does not agree with: «مفتي عام أستراليا على
                # وقفته معي وتعاونه»)
                actor, recipient = bare_before[-1], prep_rec
            elif bare_before and not trig.get("object_pronoun"):
                if trig.label in _PASSIVE_TYPES and _defective_passive(toks, trig):
                    # إن خمسة نيباليين ألقي القبض عليهم: a passive by its spelling, its subject the one arrested
                    recipient = bare_before[-1]
                elif _relative_prep_pronoun(toks, t, tail_end, bare_before[-1], entry, fw):
                    # «الشابان اللذان حكم عليهما بالسجن»: the verb's own preposition with the pronoun of the phrase
                    # before the relative pronoun; that phrase underwent it, and a phrase right past the pronoun did it
                    recipient = bare_before[-1]
                    actor = next((g for g in groups[bisect_left(starts, tail_end + 1):bisect_left(starts, tail_end + 2)]
                                  if not g.prep), None)
                elif "obj" in entry.prep and not _kin_object_after_relative(toks, t, tail_end, cues, fw) and (
                        # (the phrase a verb's relative clause tells of underwent only a death told with no object
                        # after it: على شرطيين قتلا برصاصة; القبض على مواطن قتل شقيقه: he killed)
                        _casualty(trig) and _passive_spelling(toks, trig) and _no_object_word(
                            toks, tail_end, trig_toks, fw) if bare_before[-1] is ante else
                        _is_patient(toks, bare_before[-1], entry, bare_before[-1].start_tok, fw)
                        or _passive_spelling(toks, trig) and not _definite_object_tail(toks, trig) and _objectless(
                            toks, _past_manner(toks, trig, tail_end, starts, fw), trig_toks, fw, entry.prep, cues)
                        and not _anterior_body(toks, trig, bare_before[-1], cues)):
                    # جنود قتلوا: a counted or civilian subject of a passive; إن جنديا قتل في هجوم: a
                    # transitive verb with no object after it is read as a passive (قُتل)
                    recipient = bare_before[-1]
                    if len(bare_before) > 1 and _counted_conjunct(toks, bare_before[-2], recipient, left, fw):
                        # «إن 12 متشددا وخمسة مدنيين قتلوا»: the count conjoined before it underwent it too
                        counted_also = (bare_before[-2], recipient)
                        recipient = bare_before[-2]
                elif _casualty(trig) and _passive_form(toks, trig) and _aside_before(toks, bare_before[-1], t):
                    pass  # ‑منهم شخصيات بارزة‑ وأصيب أكثر من 400: a phrase set off by dashes wounded no one
                else:
                    actor = bare_before[-1]
                    if "obj" in entry.prep:  # القوات اعتقلت خلال الأيام الماضية أكثر من 30 فلسطينيا
                        recipient = _object_past_span(toks, tail_end, groups, starts, cues, fw)
                    if recipient is None and prep_rec is None and entry.event == "CONSULT" and "obj" in entry.prep:
                        # الأمير … استقبل في قصره بجدة مساء أمس وزير الخارجية المصري: past where and when the
                        # meeting was, the one met
                        recipient = _object_past_adjuncts(toks, tail_end, groups, starts, trig_toks, fw)
                    if recipient is None and "obj" in entry.prep and _anterior_body(toks, trig, actor, cues):
                        # وكانت تركيا استهدفت في الأيام الأخيرة مواقع لمتطرفي تنظيم داعش: past the time phrase, the
                        # first phrase (or the owner of the object no lexicon names) is what it hit
                        near = groups[bisect_left(starts, tail_end):bisect_left(starts, tail_end + 9)]
                        recipient = next((g for g in near
                                          if g.prep in ("", "ل") and not any(
                                              k in trig_toks or toks[k].text in _CLAUSE_PUNCT
                                              for k in range(tail_end, g.start_tok))), None)
            if other_object and recipient is None:
                recipient = bare_after[0]  # (the subject before the verb stays: إيران دعمت حزب الله)
            if unknown_subject and recipient is None:
                # (the verb has its own subject after it: a phrase before it is none, «…، وطالب البيان الحكومة»)
                actor = actor if actor is not None and actor.start_tok >= tail_end else None
                recipient = bare_after[0]
            if actor is None and recipient is None and not passive_rel and not other_gender and \
                    _passive_relative(toks, trig, tail_end, cues, trig_toks, fw):
                passive_rel = True
                # ومحسن الفضلي الذي اتهم بقضايا إرهابية، والمراسل علي أنصاري الذي قتل أثناء تغطيته: a verb read as a
                # passive right after the relative pronoun tells what the phrase the pronoun follows underwent
                recipient, prep_rec = _passive_relative_parties(toks, t, groups, starts, cues, entry.event, prep_rec,
                                                                fw)
            if actor is None and recipient is None and not passive_rel and not trig.get("object_pronoun") and \
                    not other_gender and not (_passive_spelling(toks, trig) and _objectless(
                        toks, _past_manner(toks, trig, tail_end, starts, fw), trig_toks, fw, entry.prep, cues)):
                # القتال ضد تنظيم الدولة الذي استولى على …: the relative pronoun is the subject, the phrase it follows
                # (whatever governs that phrase) the actor, past a comma too when it names someone (الرئيس النيجيري
                # محمد بخاري، الذي توعد بسحق التمرد)
                actor = _relative_antecedent(toks, t, groups, starts, cues) or (
                    _named_antecedent(toks, t, groups, starts, cues, fw) if entry.event not in _PASSIVE_TYPES else None)
            if other_gender and actor is None and recipient is None and entry.event in _HOSTILE:
                recipient = _relative_antecedent(toks, t, groups, starts, cues)
            if actor is None and entry.event in _LAM_DONE and not _passive_form(toks, trig):
                actor = _act_owner(toks, t, groups, starts, trig_toks, fw)  # عملية نوعية للمقاومة استهدفت طقما
            if recipient is None and prep_rec is not None:
                recipient = prep_rec
            if recipient is None and actor is not None and subj is actor and entry.prep:
                # اجتمع الوزير جون كيري، أمس الأربعاء، مع نظيره الروسي: the verb's own preposition past its long
                # subject and the time of the act, beyond the words read after the verb
                # (past the لـ genitive that ends the subject: والأمين العام لمجلس التعاون، مع الرئيس الأمريكي)
                recipient = _prep_past_adjuncts(toks, _past_lam_genitive(max(_conj_end(actor), subj_end), groups,
                                                                         starts), groups, starts, entry.prep,
                                                trig_toks, fw)
                if recipient is None and entry.event == "CONSULT" and "مع" in entry.prep:
                    # اجتمع معالي وزير الدولة … أمس، في إطار الزيارة الرسمية التي يقوم بها إلى مملكة إسبانيا، مع
                    # معالي وزير الدولة الإسباني: past an aside set off by commas
                    recipient = _with_past_aside(toks, max(_conj_end(actor), subj_end), groups, starts)
            if recipient is None and "obj" in entry.prep:
                recipient = _lam_owner(after, actor)  # استهدف مركزا للشرطة: the owner is the target
            if recipient is None and "obj" in entry.prep:
                recipient = _bi_owner(toks, after, actor, tail_end, fw)  # استهدفوا نقطة خاصة بالمسلحين الحوثيين
            if recipient is None and any((c := cues.get(k)) is not None and c.label == "reflexive"
                                         for k in range(tail_end, tail_end + 4)):
                # فجر نفسه أمام مقر للشرطة: the object is the attacker himself; what he blew himself up at is hit
                recipient = next((g for g in after if g is not actor and g.start_tok <= tail_end + 6
                                  and g.prep in ("", "ل", "امام", "قرب", "داخل", "عند")), None)
            if (actor is None or actor.prep == "في" and _place(actor)) and not _passive_form(toks, trig) \
                    and not _looks_passive(toks, trig, starts) and (owner := _owner_subject(toks, t, groups, starts, fw)) \
                    and (not _passive_spelling(toks, trig) or recipient is not None or not _objectless(
                        toks, tail_end, trig_toks, fw, entry.prep, cues)):
                # نقطة تفتيش تابعة للمقاومة الشعبية في تعز ألقت القبض، طائرات تابعة للجيش هاجمت سفينة: the unit no
                # lexicon names that stands right before the verb acts; the body that owns it is the actor (a verb
                # that may be read as a passive only with an object after it)
                actor = owner if recipient is not owner else actor
        else:
            gen = after[0] if after and not after[0].prep and not (
                entry.gen == "actor" and _tail_genitive(toks, trig, after[0])) and (
                _only_fillers(toks, tail_end, after[0].start_tok, fw)
                or _nisba_after_adjectives(toks, tail_end, after[0], trig_toks)
                or _addressed_person(toks, tail_end, after[0], fw)) else None
            adjective = gen is not None and _noun_adjective(toks, trig, tail_end, gen)
            kind = gen if adjective and not _armed_kind(toks, gen) else None
            if kind is not None:
                gen = None  # التعاون العسكري، هجوما عسكريا: the noun's adjective, not its genitive
            # the armed kind of an act told by its adjective (الهجوم الإرهابي) gives way to its doer told after it, in لـ
            # or as the subject of a light verb: «الهجوم الإرهابي لتنظيم داعش»، «الهجوم الإرهابي الذي نفذه تنظيم داعش»
            armed = gen if adjective and kind is None and entry.gen == "actor" else None
            if armed is not None and (owner := _lam_after(armed, after)) is not None:
                gen = armed = owner
            done_by = None
            # (past the noun's adjective read as a phrase: هجوم مسلح نفذه مسلحون، هجوما عسكريا شنته القوات)
            lv = _adjectives_end(toks, tail_end if kind is None and armed is None else (kind or armed).end_tok, cues,
                                 trig_toks, starts, fw)
            lv += (c := cues.get(lv)) is not None and c.label == "relative"
            if (gen is None or gen is armed) and lv < len(toks) and (
                    cues.get(lv) is not None and cues[lv].label == "light_verb"
                    or entry.event == "ASSAULT" and _resumptive_verb(toks, lv, cues, fw)):
                # (a verb that resumes a device noun with its pronoun: عبوة ناسفة وضعها إرهابيون، قنبلة زرعها مسلحون)
                # هجوم شنه مسلحون، مداهمات قامت بها الشرطة، العمليات التي يقوم بها الجيش: the subject of the light
                # verb that follows (after the pronoun that resumes the noun, به/بها, where the verb takes بـ)
                k = lv + 1 + (lv + 1 < len(toks) and toks[lv + 1].norm in fw.resumptive_bi)
                # (a count or quantity word may stand first: نفذه عنصر مسلح، قام بها عدد من المسلحين)
                # (or a quoted name: هجوم شنته «جبهة النصرة»)
                done_by = next((g for g in after if k <= g.start_tok and (_only_fillers(toks, k, g.start_tok, fw)
                                or _unknown_head(toks, k, g) or _construct_head(toks, k, g, cues, fw)
                                or g.start_tok == k + 1 and toks[k].text in _OPEN_QUOTES) and not g.prep),
                               None)
                if done_by is not None and entry.gen == "actor":
                    gen = done_by
            # a role noun that names its own event (المتظاهرين) undergoes nothing: «واجهت قوات الأمن المتظاهرين»
            # confronts the protesters, it does not make the police what a protest befell
            undergo = None if t in self_agents else _undergoer(toks, t, cues, groups, starts, trig_toks,
                                                               entry.event in _GIVEN)
            if undergo is not None:  # القوات تعرضت لهجوم، نجا الوزير من محاولة اغتيال: the subject underwent it
                recipient = undergo or None
                actor = gen if entry.gen == "actor" else done_by
                if actor is None:  # تلقت الحكومة دعما عسكريا من المملكة، تهديدات بالقتل من مليشيات: who it came from
                    # (not one named as the one it befell: the two would be one side)
                    # (past a day and an honorific: «اتصالا هاتفيا أمس من جلالة الملك عبدالله الثاني»)
                    actor = next((g for g in after if _from_phrase(toks, g, fw) and g.start_tok - tail_end <= 5 and not any(
                        toks[j].text in _CLAUSE_BREAKS for j in range(tail_end, g.start_tok))
                        and not (recipient is not None and _same_words(toks, g, recipient))), None)
            elif entry.gen == "recipient" and trig.get("possessive") and bare_before and (
                    _governing_subject(toks, t, bare_before[-1], fw) or _expressing_subject(toks, t, bare_before[-1], fw)):
                # عمدت الشرطة إلى قمعها: the phrase right before the preposition that governs the noun is the subject
                # of the verb before it, who does the act; the pronoun is what it befell (told before). أعربت الكويت عن
                # إدانتها للتفجير: the pronoun of a feeling expressed is the one who expresses it
                actor, recipient = bare_before[-1], prep_rec
            elif entry.gen == "recipient" and trig.get("possessive") and bare_before and \
                    _object_word(toks, tail_end, trig_toks, fw):
                # برصاص جنود الاحتلال أثناء اقتحامهم بلدة بيت أمر: with an object after it, the pronoun does the act
                actor, recipient = bare_before[-1], next((g for g in after if g.start_tok == tail_end and not g.prep),
                                                         None) or prep_rec
            elif entry.gen == "recipient" and trig.get("possessive") and bare_before and prep_rec is None and \
                    trig.get("prefix")[-1:] == "ل" and _disagrees(toks, t, bare_before[-1], fw):
                # فأرسلت القوات السعودية فرقة عسكرية من حرس الحدود لطردهم: a phrase the pronoun does not agree with
                # is not what it resumes; sent for the purpose, it does the act
                actor = bare_before[-1]
            elif entry.gen == "recipient" and trig.get("possessive") and entry.event in _HOSTILE and (
                    lam := next((g for g in after if g.start_tok == tail_end and g.prep == "ل"), None)) is not None:
                # «عند اختطافهم للسفير الأردني»: a verbal noun with its doer's pronoun takes its object in لـ right
                # after it, the one it befell
                recipient = lam
            elif entry.gen == "recipient" and trig.get("possessive"):
                # الكوريين الذين … لدى خطفهم: the pronoun is the victim, the phrase before it its antecedent
                recipient = prep_rec or (bare_before[-1] if bare_before else None)
                actor = _light_subject(toks, trig, cues, groups, starts, trig_toks, fw)  # قام جنود باغتصابها
            elif entry.gen == "recipient" and gen is not None and entry.mode == "seize" and (
                    _force(gen) and _storming(toks, gen, fw) or _raiders(toks, gen, fw)):
                # اقتحام قوات الاحتلال باحات المسجد، مداهمة الشرطة منزلا: forces storm, they are not stormed; the
                # phrase after them is what they stormed. اقتحام المستوطنين للمسجد الأقصى: settlers in the genitive
                # of a raid noun raid, with or without an object after them
                actor = gen
                recipient = next((g for g in after if g.start_tok == gen.end_tok and not g.prep), None) or next(
                    (g for g in after if g.start_tok == _conj_end(gen) and g.prep == "ل"), None) or prep_rec
            elif entry.gen == "recipient" and gen is not None and _lam_object(toks, gen, fw) and \
                    ((weapon := _weapon_only(toks, gen, fw)) or (_force(gen) or _security_body(gen) or _state(gen)
                                                                  or _raiders(toks, gen, fw) or _coded_giver(entry, gen)
                                                                  or entry.event == "ASSAULT"
                                                                  and _men_counted_before(toks, tail_end, gen, after,
                                                                                          fw))
                     and not _indefinite_agent(toks, gen)):
                in_lam = next((g for g in after if g.start_tok == _conj_end(gen) and g.prep == "ل"), None)
                if weapon:
                    # تدمير دبابة لقوات النظام: the weapon hit belongs to the لـ phrase after it, the party it befell
                    recipient = in_lam or gen
                else:
                    # استهداف القوات الأفغانية لجنازة رمزية، اعتقال الشرطة للمتظاهرين: a force in the genitive with the
                    # object in لـ after it does the act; the لـ phrase undergoes it (not a weapon, what is hit: تدمير
                    # دبابة لقوات النظام); so a state or a body that arrests (بعد ضبط المنامة لخلية إرهابية), and
                    # those who only raid (إثر استهداف المستوطنين المتطرفين لمنزل العائلة الفلسطينية)
                    actor = gen
                    recipient = in_lam
            elif entry.gen == "recipient":
                recipient = gen or prep_rec
                if recipient is None and _counted_victims(toks, trig, bare_before, entry, fw):
                    # سقوط 11 مواطنا بين قتيل وجريح: the people counted before a death noun died, they killed no one
                    recipient = bare_before[-1]
                elif not agent_by and bare_before and recipient is None and \
                        _patient_of_verbal_noun(toks, bare_before, t, fw):
                    # ضبط الجاني وإيداعه التوقيف: who an arrest or penalty noun before acted on undergoes this one too
                    actor = done_by or _light_subject(toks, trig, cues, groups, starts, trig_toks, fw)
                    recipient = bare_before[-1]
                elif not agent_by and bare_before and recipient is None and _own_dead(toks, trig, tail_end, fw):
                    # اعترف حزب الله بمقتل اثنين من عناصره في غارة: the side named before the death lost its own men;
                    # it underwent the act and did not do it
                    actor = done_by or _light_subject(toks, trig, cues, groups, starts, trig_toks, fw)
                    recipient = bare_before[-1]
                elif not agent_by:
                    # (a place named before a death is where, not who: وفي مدينة تعز سقط عشرات القتلى)
                    actor = done_by or _light_subject(toks, trig, cues, groups, starts, trig_toks, fw) or (
                        bare_before[-1] if bare_before and not (_casualty(trig) and _place(bare_before[-1])) else None)
            else:
                actor = gen
                recipient = prep_rec
                if recipient is None and _shelled_genitive(entry, gen):
                    actor, recipient = None, gen  # بقصف الأحياء السكنية، بقصف المدنيين: what the shelling befell
                elif entry.event == "PROTEST" and entry.mode == "riot" and gen is not None and \
                        any(m.get("sector") in _FORCE_SECTORS for m in gen.mentions):
                    # «ورد الشبان برشق قوات الاحتلال بالحجارة»: an army or police in the genitive of stone-throwing is
                    # what it is thrown at; the subject of the verb before it throws (past the act it answers: «ورد
                    # المصلون على هذا الاقتحام برشق قوات الشرطة»)
                    # (not across a word of cause: «وأصيب جندي إسرائيلي جراء رشق قوات الاحتلال بالحجارة»)
                    actor, recipient = (bare_before[-1] if bare_before else next(
                        (g for g in reversed(groups[bisect_left(starts, max(0, t - 7)):bisect_left(starts, t)])
                         if not g.prep and g.end_tok <= t), None)), gen
                    if actor is not None and not bare_before and (actor.start_tok - 1 in trig_toks or any(
                            strip_wa(toks[k].norm) in fw.cause for k in range(actor.end_tok, t))):
                        actor = None  # (nor the subject of a verb of its own: «وأصيب جندي»)
                if recipient is None and gen is None and entry.event in _ADDRESSED and entry.gen == "actor" and (
                        entry.event == "REQUEST" or "ل" in entry.prep):
                    # وجه التنظيم رسالتي تهديد إلى أميركا، ووجهت نداءها باللغة الانجليزية إلى الرئيس الفرنسي: the
                    # party in إلى right after a noun of appeal, threat or charge is whom it is addressed to (not a
                    # charge's count nor a complaint, which go to the court or the police: بتهمة، بشكوى إلى الشرطة)
                    recipient = _addressed_to(toks, tail_end, after, trig_toks, entry.event == "REQUEST", fw)
                object_met: Group | None = None  # the object of a meeting noun with its pronoun (لقائه الرئيس سلام)
                if gen is not None and gen.counterpart:
                    actor, recipient = None, prep_rec or gen  # لقاء نظيره السعودي: the counterpart is met, his pronoun
                    # stands for the one who meets him
                elif trig.get("possessive") and recipient is None and entry.event == "CONSULT" and \
                        entry.mode != "visit" and entry.cameo not in ("042", "043") and \
                        (met := (gen if gen is not None and gen.start_tok == tail_end and not _place(gen) else
                                 _met_past_time(toks, tail_end, after, fw) if gen is None else None)) is not None:
                    # عقب لقائه الرئيس سلام، خلال استقباله السفير: the pronoun is the noun's genitive, who does it; the
                    # phrase right after it is its object; so past the day (خلال لقائه اليوم مبعوث الأمين العام)
                    actor, recipient, object_met = None, met, met
                elif trig.get("possessive") and recipient is None and entry.event in _OBJECT_OF_OWNED and \
                        gen is not None and gen.start_tok == tail_end and not _place(gen):
                    # عن دعوته رجال الأعمال السعوديين لدعم …، اتهامها إسرائيل بـ…: the pronoun is the noun's genitive,
                    # who calls or charges; the phrase right after it is whom the call or the charge is addressed to
                    actor, recipient = None, gen
                elif not trig.get("possessive") and recipient is None and entry.event in _OBJECT_OF_OWNED and \
                        gen is not None and gen.start_tok == tail_end and \
                        (obj := _object_past_doer(toks, gen, after, fw)) is not None:
                    # إثر اتهام القضاء الأمريكي 14 مسؤولا بتهم فساد: past the doer in the genitive (and a count), the
                    # phrase with no preposition is whom the charge or the call is addressed to
                    recipient = obj
                if entry.mode == "visit" and gen is not None and recipient is None and _place(gen):
                    actor, recipient = None, gen  # زيارة فرنسا، زيارته للرياض: a place after a visit is where it goes
                elif entry.mode == "visit" and gen is not None and recipient is None:
                    # (so past the name that ends a longer chain of titles: الزيارة التي قام بها ولي ولي العهد، النائب
                    # الثاني …، الأمير محمد بن سلمان بن عبدالعزيز، لمصر أمس — the host)
                    recipient = _destination_past_name(toks, gen, groups, starts, entry.prep, trig_toks)
                elif entry.mode == "visit" and gen is None and recipient is not None and recipient.prep == "ل" \
                        and not _place(recipient) and not trig.get("possessive") and \
                        _light_subject(toks, trig, cues, groups, starts, trig_toks, fw) is None:
                    # زيارة مرتقبة لوزير الخارجية الإيراني إلى الرياض، الزيارة المرتقبة للرئيس الفرنسي: a person in
                    # لـ after a visit noun pays it (a place in لـ is where it goes); the place after him is where
                    # (not with its own pronoun, زيارته لغرفة جدة, nor a light verb's subject: قام بزيارة لـ…)
                    actor = recipient
                    recipient = _destination_past_titles(toks, actor, groups, starts, entry.prep, trig_toks)
                elif entry.event == "CONSULT" and gen is not None and _city(gen):
                    actor = None  # مفاوضات جنيف، قمة لندن، حوار موسكو: a city after a meeting noun is where it met
                if actor is None and entry.event == "CONSULT":
                    actor = done_by  # اتصال هاتفي أجراه الرئيس: who made the call (its noun takes no genitive doer)
                if actor is None and entry.event == "CONSULT" and (trig.get("possessive") or recipient is not None
                                                                   and recipient.prep == "مع"):
                    # يسعى جون كيري، أثناء زيارته إلى مصر، إلى …؛ أكد وزير التعليم في اجتماعه بمديري التعليم: the
                    # pronoun is the subject of the verb that opens the clause before the noun of time; so for a
                    # meeting with one named in مع (وقال الأمير جلوي في اتصال هاتفي مع والد الشهيد)
                    k = t - (not trig.get("possessive") and t >= 2 and toks[t - 1].kind == "ar"
                             and strip_wa(toks[t - 1].norm) not in fw.host_time and not _definite(toks[t - 1].norm))
                    actor = _possessive_host(toks, k, groups, starts, cues, trig_toks, fw)
                    if actor is not None and recipient is not None and _same_words(toks, actor, recipient):
                        actor = None
                if actor is None and entry.mode == "visit" and gen is None and not trig.get("possessive") and \
                        (recipient is None or _place(recipient)):
                    # وقال كاميرون على هامش زيارة لسنغافورة، وخلال زيارة الى اندونيسيا، قال الرئيس: a visit with no
                    # visitor named, in a preposition of time, is paid by the subject of the clause's verb, before it
                    # or, the phrase opening the sentence, after it
                    actor = _possessive_host(toks, t, groups, starts, cues, trig_toks, fw) or \
                        _fronted_time_subject(toks, t, groups, starts, trig_toks, fw)
                if actor is None and recipient is None and entry.event == "CONSULT" and gen is None and \
                        not trig.get("possessive") and (pair := _joined_hosts(toks, t, groups, starts, entry.mode == "phone",
                                                                              fw)) is not None:
                    # بحث الرئيس الأمريكي باراك أوباما ونظيره التركي رجب طيب أردوغان، خلال اتصال هاتفي: the two joined
                    # subjects of the verb before the noun of time met each other
                    actor, recipient = pair
                if actor is None and entry.event == "CONSULT" and gen is None and \
                        (met := _gathered(toks, lv, after, cues)) is not None:
                    actor, recipient = met  # لقاء جمع كيري بنظيره الصيني، اجتماع ضم الوزير ونظيره: who it brought
                if actor is None and entry.event == "CONSULT" and recipient is not None and (
                        recipient.counterpart or recipient is object_met) \
                        and not ((c := cues.get(t - 1)) is not None and c.label in ("light_verb", "light_noun")):
                    # أعلن وزير الخارجية التركي …، خلال لقاء مع نظيره الأميركي: the counterpart's pronoun is the
                    # speaker's, who met him (not a meeting a light verb holds, whose own subject held it: كشف
                    # مسؤولون أن غولد عقد اجتماعا مع نظيره التركي)
                    actor = _report_subject(toks, t, groups, starts, cues, reach=40, sources=fw.per_source)
                if actor is None and entry.event == "CONSULT" and recipient is not None and recipient.counterpart \
                        and not trig.get("possessive"):
                    # وعقد الوزير الايراني بعد لقائه بأمير دولة الكويت … حسب وكالة الانباء … اجتماعا موسعا مع نظيره
                    # الكويتي: the meeting the light verb opening the sentence holds, past a long clause, was held by
                    # that verb's subject, whose counterpart he met
                    actor = _opening_light_subject(toks, trig, groups, starts, cues, fw)
                if actor is None and entry.event in _LAM_DONE:
                    actor = done_by  # عبوة ناسفة وضعها إرهابيون: who planted the device (no genitive doer either)
                if actor is None:
                    # (a city before the noun says where: شهدت مدينة الحديدة احتجاجات حاشدة)
                    actor = _pushed_in_bi(toks, t, groups, starts, fw) or _light_subject(
                        toks, trig, cues, groups, starts, trig_toks, fw) or _lam_actor(
                        toks, trig, after, tail_end, cues, trig_toks, starts, fw) or (  # هجوم للقاعدة
                        bare_before[-1] if bare_before and not _town(bare_before[-1]) and not _sidelines(toks, t, cues)
                        and not _circumstance_victim(toks, trig, entry, bare_before[-1], cues, trig_toks, fw)
                        and not _witness(bare_before[-1], cues, entry)
                        and not _witness_between(bare_before[-1], trig, cues, entry)
                        and not _patient_of_verbal_noun(toks, bare_before, t, self.fw) else None)
                if actor is None and entry.event in _HOSTILE:
                    actor = kind  # بعشرات القذائف المدفعية: with no one else named, the kind of force says who
                if recipient is None and "obj" in entry.prep:
                    recipient = _lam_owner(after, actor)
                if recipient is None and gen is None and entry.event in _OWNED_OBJECT:
                    # رفض إجراءات العبادي، دعم نظام الأسد: the owner of the noun's object is whom the act is about
                    recipient = _object_noun_owner(toks, tail_end, after, trig_toks, cues, fw)
                    if recipient is not None and recipient is actor:
                        recipient = None
                if entry.event in _HELP and actor is not None and actor is gen and recipient is None and _helped(gen):
                    actor, recipient = None, gen  # دعم المدنيين، مساعدة اللاجئين: civilians are helped, they help no one
                elif entry.event in _CONTROLLED and gen is not None and actor is gen and recipient is None and \
                        entry.gen == "actor" and _place(gen) and _bidden(toks, trig, gen, bidden):
                    # تعهد المانحون بدعم اليمن، طالب المجتمع الدولي بدعم لبنان: the state after a verbal noun of help in
                    # the بـ of a pledge or a call is helped; the phrase right before the noun, if any, helps it
                    j = bisect_left(starts, t)
                    actor = groups[j - 1] if j and groups[j - 1].end_tok == t and not groups[j - 1].prep else None
                    recipient = gen
                elif entry.event in _CONTROLLED and gen is not None and actor is gen and recipient is None and \
                        entry.gen == "actor" and _place(gen) and t >= 1 and strip_wa(toks[t - 1].norm) == "في" and \
                        not trig.get("prefix") and not _lam_object(toks, gen, fw):
                    # ستستمر طهران في دعم لبنان، سيساعد في دعم اليمن، الاستمرار في مساعدة اليونان: a state after a verbal
                    # noun of help in في is helped; the subject of the verb it complements, if named, helps it
                    # (the subject right before or after that verb, not a phrase further back: البنوك السعودية
                    # مما سيساعد كثيرا في دعم اليمن)
                    actor = bare_before[-1] if bare_before and _conj_end(bare_before[-1]) >= t - 3 else None
                    recipient = gen
                elif entry.event in _CONTROLLED and gen is not None and actor is gen and recipient is None and \
                        entry.gen == "actor" and (ctl := _controller(toks, trig, cues, groups, starts, willed,
                                                                     trig_toks, fw)):
                    # رفضت تركيا دعم المقاتلين الأكراد، دعت المجتمع الدولي لدعم اليونسكو، سنواصل دعم الشعب اليمني: a
                    # verbal noun done by the subject of the verb that governs it takes its object as genitive
                    actor, recipient = ctl[0], gen
                elif entry.event in _CONTROLLED and gen is not None and actor is gen and recipient is None and \
                        entry.gen == "actor" and _complement_help(toks, trig, entry, gen, cues, trig_toks, fw):
                    # تورطت في دعم ميليشيات الحوثي، أكدت على دعم الكويت، يتخلى الروس عن دعم الأسد: the genitive of a
                    # help noun in a verb's في/على/عن, with no لـ object after it, is the one helped; the subject of
                    # that verb, if named right before it, helps
                    actor = bare_before[-1] if bare_before and _conj_end(bare_before[-1]) >= t - 3 else None
                    recipient = gen
        if entry.pos == "noun" and actor is None and entry.event == "ASSAULT" and not _casualty(trig):
            actor = _source_after(toks, tail_end, after, fw)  # قصف من طائرات النظام السوري
            if actor is not None and recipient is actor:
                recipient = None  # (هجوم من قوات النظام: the force it came from, no target)
        if entry.pos == "noun" and actor is None and entry.event in _LAM_DONE:
            actor = _attributed_after(toks, tail_end, cues, groups, trig_toks)  # هجمات في … نسبت إلى حزب العمال
        if entry.pos == "noun" and actor is None and not agent_by:
            actor = _relative_doer(toks, t, cues, groups, starts, self.fw)  # الجهود التي تبذلها المملكة في دعم اليمن
        if entry.pos == "noun" and actor is None and entry.gen == "actor" and t >= 3 \
                and (trig.get("possessive") or toks[tail_end - 1].text.endswith(("ه", "ها", "هم", "هما"))) \
                and strip_wa(toks[t - 2].norm) in fw.pronoun_that and toks[t - 1].kind == "ar" \
                and t - 1 not in cues and not _starts_at(starts, t - 1) and toks[t - 1].norm not in fw.preposition:
            # قالت المعارضة إنها كثفت قصفها: the possessor of the noun is the subject of its verb, the speaker
            actor = _pronoun_speaker(toks, t - 1, groups, cues, fw)
            if actor is not None and recipient is actor:
                actor = None
        if entry.pos == "noun" and actor is None and _pronoun_verb_before(toks, trig, cues, starts, trig_toks, fw):
            # وقالت الحكومة إنها تمكنت من قتل 15 مسلحا، قالت الشرطة إنها نجحت في اعتقال: the verbal noun after the
            # pronoun's verb and its preposition is that verb's act, done by the speaker
            actor = _pronoun_speaker(toks, t - 2, groups, cues, fw)
            if actor is not None and recipient is actor:
                actor = None
        if (entry.pos == "noun" and trig.get("possessive") or entry.pos == "verb" and trig.get("object_pronoun")
                and not trig.get("prefix")) and (g := _informer(toks, t, bare_before, fw)) is not None:
            # أنقرة أبلغت واشنطن موافقتها: the verbal noun after the one informed is the informer's (its pronoun; so
            # a noun spelled as a verb with its object: أبلغت أنقرة واشنطن رفضها)
            actor, recipient = g, recipient if recipient is not None and recipient is not g else bare_before[-1]
        if actor is not None and entry.pos == "verb" and trig.get("object_pronoun") and entry.event not in _HOSTILE \
                and actor.start_tok > tail_end and (g := _report_subject(toks, t, groups, starts, cues, reach=8)) \
                is not None and g.end_tok == t and recipient is g:
            # أكد الأزهر رفضه للتدخل الإيراني: the verbal noun (spelled as a verb with its object) after the subject of
            # a verb of saying is done by that subject; the phrase after it is what it is about
            actor, recipient = g, actor
        if actor is None and (entry.pos == "noun" and entry.gen == "actor" and trig.get("possessive") or
                              entry.pos == "verb" and trig.get("object_pronoun") and (
                                  entry.event not in _HOSTILE or "obj" not in entry.prep)) and \
                (g := _report_subject(toks, t, groups, starts, cues, reach=8)) is not None and g.end_tok == t \
                and recipient is not g:
            # أكد تحالف القوى العراقية رفضه تصريحات المالكي: the noun right after the subject of the verb of saying
            # is that verb's object; its pronoun is that subject, who does the act (a verb with a pronoun there is
            # that noun: رفضه; so a verb that takes no object, a hostile one too: أعلنت المقاومة الشعبية سيطرتها على)
            actor = g
        if entry.pos == "noun" and recipient is None and entry.event in _HOSTILE:
            recipient = _reach_target(toks, tail_end, cues, trig_toks, groups, starts, fw)  # حملة اعتقالات طالت ناشطين
        if entry.pos == "noun" and recipient is None and _casualty(trig):
            recipient = _fallen_of(toks, tail_end, after, trig_toks, fw)  # سقوط قتلى وجرحى من الحوثيين
            if recipient is not None and recipient is actor:
                recipient = None
        sides = _sides(after, toks, cues, fw, groups) \
            if entry.pos == "noun" and actor is None and entry.event in _MUTUAL else None
        if sides is not None and sides[1] not in sides[0].conj:
            # بين قوات النظام وحزب الله من جهة، والفصائل المعارضة من جهة أخرى: each side with its conjuncts
            return _with_conj(sides[0]), _with_conj(sides[1])
        if sides is not None:
            # اشتباكات عنيفة بين القوات الحكومية والمتمردين، مفاوضات بين اليونان والدائنين: one side acts on the other
            return [sides[0]], [sides[1]] if recipient is None or recipient is sides[0] else _with_conj(recipient)
        # (the noun may be headed by عملية or حادث: أعلنت الحركة مسؤوليتها عن عملية الاختطاف)
        head = t - (t >= 3 and strip_wa(toks[t - 1].norm) in fw.act_noun)
        claimed = head - 2 if head >= 2 and strip_wa(toks[head - 1].norm) == "عن" else head - 1
        if entry.pos == "noun" and claimed >= 0 and (c := cues.get(claimed)) is not None and \
                c.label == "responsibility" and (claimed == head - 2 or _own_responsibility(toks, claimed)):
            # أعلنت الجماعة مسؤوليتها عن خطف …، تبنت طالبان المسؤولية عن الهجوم: who claims it did it (so with the
            # pronoun and no عن: أعلن تنظيم احفاد الصحابة عن مسؤوليته استهداف تجمع)
            claim = [g for g in groups[bisect_left(starts, max(0, claimed - 23)):bisect_left(starts, claimed)]
                     if g.end_tok <= claimed and not g.prep]
            if toks[claimed].norm in fw.responsible:  # «تنظيم داعش المسؤول عن تفجير المسجد»: the adjective's own
                claim = [g for g in claim if g.end_tok == claimed]  # noun, right before it, is responsible
            if claim:
                actor = claim[-1]
        elif entry.pos == "noun" and entry.event in _HOSTILE and claimed == head - 1 and claimed >= 0 and \
                (c := cues.get(claimed)) is not None and c.label == "responsibility" and recipient is not None and \
                recipient.prep in ("علي", "على") and recipient.start_tok <= tail_end + 1:
            # وألقيت مسؤولية الهجوم على حزب العمال، حملت الحكومة مسؤولية التفجير على التنظيم: the responsibility for
            # the act laid on someone names its doer, not its target
            actor, recipient = recipient, None
        if entry.pos == "verb" and not entry.prep and _casualty(trig) and recipient is None:
            actor, recipient = None, actor  # استشهد ثلاثة من المقاومة: a verb of dying with no object, its subject died
        if agent_by and _condemned_by(toks, trig, entry, active, actor, agent_by[0]):
            recipient, agent_by = agent_by[0], []  # أدانت المنامة التصريحات الصادرة من قبل المسؤولين الإيرانيين
        if agent_by:
            if recipient is None and actor is not None and actor is not agent_by[0] and actor.end_tok <= t \
                    and entry.pos == "verb" and _passive_spelling(toks, trig) and agent_by[0] in after:
                recipient = actor  # الرضيع الذي قتل حرقا على يد مستوطنين: done by them, the one before underwent it
            elif recipient is agent_by[0]:
                # اعتقل الشاب على يد أفراد من الشرطة: the doer is not what the act befell; the phrase before underwent it
                recipient = actor if actor is not agent_by[0] else None
            actor = agent_by[0]
            if (owner := _force_owner(actor, groups, starts)) is not None:
                # قصف جوي من قبل الطيران الحربي لقوات النظام: the doer's owner, no target; its state is the doer's
                # (for this event: the phrase is the sentence's, read again by its other events)
                actor = replace(actor, owner_code=next((m.get("code") for m in owner.mentions if m.get("code")), None)
                                or owner.owner_code)
                if recipient is owner:
                    recipient = None
        if actor is None and entry.event == "COERCE" and entry.pos == "noun":
            actor = _announcer(toks, t, groups, starts, cues, fw)  # أعلنت الشرطة التركية اعتقال 250 شخصا
        later = groups[bisect_left(starts, max(t + 1, tail_end)):]  # (not a word of the trigger: هجوما انتحاريا)
        if entry.pos == "noun" and later and _noun_adjective(toks, trig, tail_end, later[0]):
            # التفجير الإرهابي، الحملة العسكرية: the noun's adjective tells what kind of act, it underwent nothing
            if recipient is later[0]:
                recipient = None
            later = later[1:]
        if recipient is None and entry.event == "PROTEST":
            # هتافات معادية لإيران، شعارات مناهضة للحكومة، هتفوا ضد حماس: what the protest is against
            recipient = next((g for g in later if g is not actor and (g.prep in ("ضد",) or g.prep == "ل" and (
                c := cues.get(g.start_tok - 1)) is not None and c.label == "hostile")), None)
        if recipient is None and entry.event == "PROTEST":
            # protests are mostly against the authorities: a government named later in the sentence
            # (مطالبين الحكومة، احتجاجا على قرار الحكومة) is their target; not one past a clause set against the
            # protest's by «لكن» (class contrast: «خرج متظاهرون … احتجاجا، … ولكن حزب العدالة والتنمية عاد إلى
            # البرلمان»; not «بينما», whose clause may still tell the protest: «بينما طالب المزارع الأوروبي»)
            turn = next((j for j in range(tail_end, len(toks)) if (w := strip_wa(toks[j].norm)) in fw.contrast
                         and w.startswith("لكن")), len(toks))
            recipient = next((g for g in later if g is not actor and g.start_tok < turn and _governs(g)), None)
        if recipient is None and entry.event == "PROTEST":
            # with no authority named, the one country the sentence names stands for them (تجمع المتظاهرون
            # في مدن جنوب باكستان → PAK); a city does not (its country is a guess)
            countries = [g for g in groups if g is not actor and all(
                m.kind == "actor" and m.get("type") == "country" for m in g.mentions)]
            if countries and len({m.get("code") for g in countries for m in g.mentions}) == 1:
                recipient = countries[0]
        if recipient is None and entry.event == "ASSAULT":
            # انفجرت عبوة لدى مرور دورية للشرطة: what was passing by is the target
            k = next((j for j in range(t + 1, min(len(toks), t + 12)) if (c := cues.get(j)) is not None
                      and c.label == "passing"), None)
            if k is not None:
                recipient = next((g for g in groups[bisect_left(starts, k + 1):bisect_left(starts, k + 7)]
                                  if g is not actor and g.prep in ("", "ل", "من")), None)
        if recipient is None and entry.event == "ASSAULT" and not trig.get("possessive") and not (
                entry.pos == "verb" and _kin_object_past(toks, tail_end, trig_toks, cues, fw)):
            # (not past a family member with «his», the object: «قتل مواطن … ابنه»)
            # the victims counted later in the sentence (… مما أدى إلى مقتل خمسة من عناصر الشرطة; not after a noun
            # whose pronoun is the victim: «إن 20 شخصا لقوا حتفهم … في انفجارين انتحاريين»)
            # (a role noun that is itself an attack word, انتحاري، مهاجم, is an attacker, not a victim)
            # (nor is the subject of a later verb: فيما فجر مسلحون جسرا، هجوم نفذته امرأة، أكد مصدر عسكري)
            # (not past a verb of saying or «بحسب»: … في احد احياء اسطنبول، بحسب وكالة انباء الاناضول)
            # (nor past حين، عندما, whose clause tells who did it: قتل حرقا عندما ألقى متطرفون زجاجة حارقة)
            # (nor past فيما، بينما, which open another matter: «إنه لاقى حتفه في عدن بينما كان يقدم المشورة للمقاتلين»)
            said = next((k for k in range(t + 1, len(toks)) if (c := cues.get(k)) is not None and c.label == "report"
                         or _opens_cause_clause(toks, k, fw) or toks[k].norm in fw.meanwhile
                         or toks[k].norm[:1] == "و" and toks[k].norm[1:] in fw.meanwhile), len(toks))
            backed = [h for h in later if _backed(toks, h, fw)]  # (whom a party backs; its conjuncts are parties of
            # their own: «مع القوات الموالية للرئيس هادي والمقاومة الشعبية»; not his name after his title)
            conj_of_backed = {id(c) for h in backed for c in h.conj}
            holders = {id(g) for h in backed for g in later if g.start_tok in (h.end_tok, h.end_tok + 1)
                       and _apposed_name(h, g)}
            recipient = next((g for g in later if g is not actor and (g.prep in ("", "ل", "علي")
                                                                      or id(g) in conj_of_backed) and g.start_tok < said
                              and id(g) not in holders
                              and g.start_tok not in self_agents and not _named_doer(g, cues)
                              and (any(m.kind == "agent" or m.get("type") in ("institution", "person")
                                       and m.get("sector") for m in g.mentions) or id(g) in conj_of_backed)
                              and not _after_verb(g, trig_toks, trig_nouns, cues)
                              and not _resumptive_verb(toks, g.start_tok - 1, cues, fw)
                              and not _same_side(g, actor)  # (بمشاركة 50 طائرة تركية: the attackers' own)
                              and not _source_or_escort(toks, g, fw)  # (وفق ما اوردت وكالة الانباء السورية)
                              and g not in backed  # (قوات موالية للرئيس اليمني: whom a party backs)
                              and not _clause_subject(toks, g, t, trig_toks, cues, fw)), None)
        if entry.event == "ASSAULT" and entry.pos == "noun" and \
                (kind := _repelled(toks, t, bare_before[-1] if bare_before else None, fw)):
            # «تصدت القوات لهجوم شنه مسلحو داعش»، «صدت المقاومة هجوما للحوثيين»: who repels an attack underwent it,
            # the subject of the verb of repelling; who foils one did not do it («أحبطت الشرطة هجوما على مسجد»)
            subj = bare_before[-1] if bare_before else None
            if actor is not None and actor is subj:
                actor = None
            if kind == "repel" and recipient is not None and recipient is not subj and actor is None and \
                    not recipient.prep and recipient.start_tok > t and any(
                        (c := cues.get(k)) is not None and c.label == "light_verb" or toks[k].norm.startswith("شارك")
                        for k in range(tail_end, recipient.start_tok)):
                # «صدها هجوما كبيرا شاركت فيه قوات»: those who took part in it or launched it attacked (not the
                # target of a verb of its own: «تصدت القوات لهجوم استهدف جنودا»، «لهجوم طال عناصر الأمن»)
                actor, recipient = recipient, None
            if kind == "repel" and subj is not None and (recipient is None or actor is not None and (any(
                    recipient is c for c in actor.conj) or recipient.prefix.startswith("و")
                    and 0 <= recipient.start_tok - actor.end_tok <= 2)) \
                    and not all(m.get("type") == "demonym" for m in subj.mentions):
                recipient = subj  # (not a nationality adjective left over: «بقيادة أميركية في صد هجوم التنظيم»; the
                # attacker's conjunct is none of the targets: «صد الجيش … هجومًا لمتمردي الجيش السابق وميليشيا الحوثي»)
        if entry.event == "PROTEST" and entry.pos == "noun" and actor is not None and bare_before and \
                actor is bare_before[-1] and _suppressed(toks, t, actor, starts, fw):
            actor = None  # «فرقت قوات الأمن المظاهرة بالقوة»: who put a protest down did not protest
        if recipient is not None and recipient.start_tok > tail_end and entry.pos == "verb" and "obj" in entry.prep \
                and tail_end < len(toks) and toks[tail_end].kind == "ar" and _kin_word(toks[tail_end].norm, fw):
            recipient = None  # «وأصاب زوجته بثلاث طلقات … لمستشفى الحائط»: the family member right after the verb is its
            # object, no phrase further on
        if actor is not None and actor.prep == "في" and _place(actor):
            actor = None  # استهدفهم في محافظتي الأنبار ونينوى: a place in في says where, it does nothing
        owner = _subject_owner(trig, toks, tail_end, after, actor, bare_before, trig_toks, cues, fw) \
            if entry.pos == "verb" else None
        if owner is not None:
            # استنكر الأمين العام لمجلس التعاون …، استنكرت الأمانة العامة لمنظمة التعاون الإسلامي التصريحات: the
            # body in لـ owns the office that is the subject; it acts, and the object comes after it
            actor = owner
            if recipient is owner:  # (a country right after the owner is the object: «انتقد عضو المكتب السياسي
                # لحركة حماس موسى أبو مرزوق إسرائيل»)
                recipient = _next_object(toks, owner.end_tok, groups, starts, trig_toks) \
                    if "obj" in entry.prep else None
        if entry.pos == "noun" and entry.event in ("AID", "SUPPORT") and trig.get("prefix")[-1:] == "ب":
            helper = _manner_helper(toks, tail_end, after, fw)
            if helper is None and (src := _manner_source(toks, tail_end, groups, starts, trig_toks, fw)) is not None:
                # وحققت وحدات حماية الشعب بدعم من جماعات معارضة، تمت بدعم من غارات مكثفة من طيران التحالف: help in
                # بـ … من is the manner of the subject's act; the subject gets it, it never gives it. Who gives it is
                # the phrase a few words past من, if one is named (not the subject again: تحظى «جبهة النصرة» بدعم
                # من مدونتي «جبهة النصرة لأهل الشام»)
                got = bare_before[-1] if bare_before else None
                giver = src[0]
                if giver is not None and got is not None and _same_words(toks, giver, got):
                    giver = None
                actor, recipient = giver, got
            elif helper is not None:
                # شنت القوات الموالية للحكومة بدعم جوي من التحالف هجمات: the support is the manner of another act;
                # who gives it follows (من X or its genitive), who gets it is that act's subject
                actor, recipient = helper, bare_before[-1] if bare_before and bare_before[-1] is not helper else None
        if entry.pos == "noun" and entry.mode == "phone":
            actor, recipient = _call_parties(toks, tail_end, groups, starts, cues, actor, recipient, fw)
        if entry.mode == "visit" and entry.cameo == "042" and actor is not None and _city(actor):
            # ومن المقرر أن يزور شي لندن، مناطق زارها الرجلان في لندن: a city is where a visit goes, no visitor (one
            # that hosts, تستضيف جنيف الحوار، CAMEO 043, stays the host)
            actor, recipient = None, recipient or actor
        elif entry.mode == "visit" and entry.cameo == "042" and entry.pos == "verb" and actor is not None and \
                _place(actor) and actor.start_tok >= tail_end and not actor.conj:
            # سيزور ألمانيا، زار روسيا: a country right after the verb of visiting is where the visit goes; the
            # visitor is the phrase before the verb, if any (قاسم سليماني زار روسيا)
            visitor = bare_before[-1] if bare_before and not _place(bare_before[-1]) else None
            actor, recipient = visitor, actor
        elif entry.mode == "visit" and entry.pos == "noun" and actor is not None and _place(actor) and \
                actor.end_tok < t and any(toks[k].norm in fw.subject_pronoun for k in range(actor.end_tok, t)):
            # «وإثيوبيا هي ثاني محطة في زيارته»: a place that هي/هو tells to be a stop of the visit is where it
            # goes, no visitor
            actor, recipient = None, recipient or actor
        if entry.event == "COERCE" and entry.mode == "arrest" and entry.pos == "verb" and actor is not None and \
                recipient is None and not actor.prep and actor.start_tok >= tail_end and _accused(actor):
            # «وألقت القبض شخصين مشتبه بهما» (no على): the suspects after the verb are the arrested, never the
            # arresters
            actor, recipient = None, actor
        if entry.event == "COERCE" and actor is not None and recipient is None \
                and _pronoun_object_after(toks, tail_end, fw) and (
                    _accused(actor) or trig.get("prefix")[:1] == "و" and _resumed_genitive(toks, t, actor, fw)):
            # تم تتبع المتهمين … والقبض عليهم: the accused the pronoun resumes are arrested, they arrest no one; so is
            # the genitive of the noun before, joined to it (تحديد مكان المسلحين والقبض عليهم). Who arrests is a
            # security body before them in the clause (وتمكنت الشرطة من تحديد مكان المسلحين والقبض عليهم)
            arrester = next((g for g in reversed(bare_before) if g.end_tok <= actor.start_tok and _security_body(g)),
                            None) if bare_before and bare_before[-1] is actor else None
            if arrester is not None and any(toks[k].text in _CLAUSE_BREAKS
                                            for k in range(arrester.end_tok, actor.start_tok)):
                arrester = None
            actor, recipient = arrester, actor
        if recipient is None and actor is not None and "مع" in entry.prep:
            # بحث الوزير ونظيره الفرنسي العلاقات، أجرى الرئيس ونظيره اليمني مباحثات: the counterpart joined to the
            # subject of an act done with someone is the other party
            recipient = next((g for g in groups if g.counterpart and g.start_tok == _conj_end(actor)
                              and toks[g.start_tok].norm.startswith("و")), None)
        if recipient is None and (entry.event, entry.mode) in _TAKING:
            # اعتقلت الشرطة منذ الجمعة في جميع أنحاء تركيا 590 شخصا، تم توقيف عدد إجماليا بلغ 251 شخصا: the people
            # counted past the time and place of an arrest or an abduction are those it took
            recipient = None if trig.get("object_pronoun") or _pronoun_object_after(toks, tail_end, fw) else \
                _counted_taken(toks, tail_end, min(right, nxt), groups, starts, trig_toks, actor, fw,
                               tuple(p for p in entry.prep if p != "obj"))
        if recipient is None and entry.pos == "noun" and entry.event in _HELP:
            # مساعدات إنسانية ومواد إغاثة للشعب اليمني: the one helped, past another help noun joined to this one
            recipient = _helped_past_conjunct(toks, tail_end, groups, starts, trig_toks, fw)
        if recipient is None and entry.pos == "noun" and entry.event in _HELP and tail_end in helps and \
                (helped := _genitive_at(toks, tail_end, groups, starts)) is not None:
            # انطلاق الجسر الجوي لإغاثة الشعب اليمني: help whose purpose is to help someone goes to that someone; it
            # is not what helps
            recipient = helped
            if actor is not None and actor.start_tok == helped.start_tok:
                actor = None
        if recipient is not None and _weapon_only(toks, recipient, fw) and (
                (entry.event, entry.mode) in _TAKEN or entry.event == "ASSAULT" and actor is not None
                and toks[recipient.start_tok].norm[:1] == "و"):
            # استولت على دبابتين: a weapon seized is no party the act befell; whose it is, in لـ right after it, is
            # (استولت المقاومة على أربع دبابات للمسلحين); so is a weapon joined to what an attack was done with (ردت
            # القوات عبر طائرات الأباتشي والمدفعية), not one destroyed (دمروا ثلاث دبابات: a military target)
            recipient = next((g for g in groups if g.start_tok == _conj_end(recipient) and g.prep == "ل"), None)
        if recipient is actor or recipient is not None and _told_to(recipient):
            recipient = None
        if actor is not None and _town(actor) and all(_town(c) for c in actor.conj) and entry.event != "PROTEST" and \
                entry.mode != "visit" and not (actor.start_tok and (
                    toks[actor.start_tok - 1].norm in _STATE_WORDS or toks[actor.start_tok - 1].norm in fw.region_rule)):
            # منتدى جدة … التي تناقش، في العاصمة اليمنية صنعاء … وقف إطلاق النار: a town or a region (no country, no
            # capital, which stand for the state, nor a region's rule: قيادة إقليم كردستان) does nothing; it is where
            # (so towns joined: بالقرب من مدن … والموصل والرمادي … واستهدفت وحدات تكتيكية); after a verb of attack or siege that takes an object, it is what was
            # hit (استهدف قريتي الفوعة وكفريا، حاصر الموالون له عدن)
            if recipient is None and entry.event in ("ASSAULT", "COERCE") and "obj" in entry.prep and \
                    actor.start_tok >= tail_end:
                recipient = actor
            actor = None
        if recipient is None and actor is not None and "مع" in entry.prep and entry.event in _WITH_PARTIES and \
                len(pair := [actor, *(g for g in actor.conj if _named(g))]) == 2 and \
                not (entry.pos == "noun" and t >= 1 and strip_wa(toks[t - 1].norm) == "في") and \
                not any(g.prep == "مع" and _conj_end(actor) <= g.start_tok < t for g in groups):
            # التقى الرئيس المصري والعاهل الأردني، عقد الملك عبدالله الثاني وولي ولي العهد
            # اجتماعا: of two parties joined as the subject of an act done with someone, the second is the other
            # party (as with «بين X وY»); three or more stay one compound actor, and so do two who take part in a
            # gathering (يشارك كيري ولافروف في اجتماع) or act with a third (توقيع جامعتي … وجدة مع وزارة الصحة)
            return [pair[0]], [pair[1]]
        if entry.pos == "noun" and actor is None and not _casualty(trig) and \
                (decider := _decider(toks, trig, entry, groups, starts, cues, fw)) is not None and \
                decider is not recipient:
            # قررت البحرين استدعاء سفيرها، أعلنت البحرين استدعاء سفيرها: a bare verbal noun right after a verb of
            # deciding (or of announcing, for a country-coded subject) and its subject is what that subject does
            actor = decider
        if actor is not None and not agent_by and _passive_casualty(toks, trig, entry):
            actor, recipient = None, recipient or _casualty_subject(toks, t, actor, trig_toks, fw)
        if entry.pos == "verb" and recipient is not None and not recipient.prep and _tanween_noun(toks, trig) and \
                recipient.end_tok <= t and \
                (light := _light_subject(toks, trig, cues, groups, starts, trig_toks, fw)) is recipient:
            # شن طيران التحالف العربي قصفاً على تجمعات الحوثيين: a word with tanween is a noun (no dual verb قصفا), the
            # object of the light verb before it; the light verb's subject did it
            actor, recipient = light, prep_rec if prep_rec is not light else None
        if entry.event == "ACCUSE" and actor is not None and (recipient is None or recipient.start_tok > t) and \
                _charged_one(toks, trig, entry, actor, groups, starts, fw):
            # (not past the one held, read as the recipient before it: «اعتقلت 60 شخصا من العاصمة كاتماندو بتهمة»)
            actor, recipient = None, actor
        if entry.pos == "verb" and actor is not None and _owner_of_place_hit(toks, tail_end, actor, cues):
            # وداهمت منزل القيادي في حركة حماس الشيخ علي عتيق: the phrase after the place right after the verb owns
            # what was raided; it is no subject
            actor, recipient = None, recipient or actor
        if entry.pos == "noun" and actor is None and recipient is not None and \
                _partaker_after(toks, trig, tail_end, recipient, fw):
            # وشارك في المظاهرة خصوصا نواب جمهوريون: who takes part in the act does it, nothing befalls him
            actor, recipient = recipient, None
        if trig.get("relative_place"):
            # «قاعدة العند التي استعادها الثوار»: the pronoun resumes the place; the antecedent is no doer, a party
            # before it no one the act befell, and one in من the side that lost it («الذي استعادوه من الحوثيين»)
            if actor is not None and t - 6 <= actor.end_tok <= t:
                actor = None
            if recipient is not None and not (recipient.end_tok >= t - 6 and any(
                    m.kind == "actor" and m.get("type") in _SITE_TYPES for m in recipient.mentions)):
                recipient = None
            if actor is not None and actor.prep == "من":
                actor, recipient = None, recipient or actor
            elif actor is not None and actor.start_tok > t and (split := _split_at_from(toks, actor)) is not None:
                actor, recipient = split[0], recipient or split[1]  # (الذي حرره الجيش من داعش: one phrase read)
            if recipient is None and actor is not None and actor.start_tok > t and (
                    j := bisect_left(starts, actor.end_tok + 1)) < len(groups) and groups[j].prep == "من" \
                    and groups[j].start_tok == actor.end_tok + 1 and toks[actor.end_tok].norm == "من":
                recipient = groups[j]  # (حررها الجيش العراقي من تنظيم داعش: the side it was taken from)
        if counted_also is not None and recipient is counted_also[0]:
            # قتل 47 متمردا و5 من القوات الموالية لهادي: the second count underwent it as the first did
            return _with_conj(actor), _with_conj(recipient) + [g for c in counted_also[1:] for g in _with_conj(c)]
        return _with_conj(actor), _with_conj(recipient)


_OBJECT_OF_OWNED = frozenset({"REQUEST", "ACCUSE", "THREATEN"})  # nouns whose object follows their doer's pronoun


def _operation_owner(toks: list[Token], g: Group, fw: FunctionWords) -> bool:
    """True for a phrase in لـ right after an operation or ambush noun (function_words act_noun, operation, ambush),
    past at most one indefinite adjective: «في عملية نوعية للمقاومة الشعبية», whose owner carried it out. Only a noun
    after a preposition: one that a verb governs is set for its target in لـ («نصب مسلحون كمينا لدورية الشرطة»)."""
    k = g.start_tok - 1
    if g.prep != "ل" or k < 1:
        return False
    nouns = (fw.act_noun, fw.operation, fw.ambush)
    if not _word_in(toks[k], nouns):
        if toks[k].kind != "ar" or toks[k].norm.startswith(("ال", "ل")) or not _word_in(toks[k - 1], nouns):
            return False
        k -= 1  # (its adjective between: نوعية)
    return k > 0 and strip_wa(toks[k - 1].norm) in fw.preposition


def _word_in(tok: Token, classes: tuple[frozenset[str], ...]) -> bool:
    """True for an Arabic word that, past its و/ف, is in one of the function-word `classes`."""
    return tok.kind == "ar" and any(strip_wa(tok.norm) in c for c in classes)


def _sentenced_after_penalty(toks: list[Token], trig: Mention, groups: list[Group], starts: list[int],
                            fw: FunctionWords) -> Group | None:
    """The phrase right after a penalty noun in بـ within the three words past a sentence's trigger and its tail
    (حكما غيابيا بإعدام X، قضت بسجن X; function_words patient_noun): the one sentenced; None when none."""
    end = min(len(toks), max(trig.tok_end, tail_end_of(trig)) + 3)
    for k in range(trig.tok_start, end):
        w = strip_wa(toks[k].norm)
        if toks[k].kind == "ar" and w[:1] == "ب" and w[1:] in fw.patient_noun and _starts_at(starts, k + 1):
            g = groups[bisect_left(starts, k + 1)]
            return None if g.prep else g
    return None


def _object_past_doer(toks: list[Token], gen: Group, after: list[Group], fw: FunctionWords) -> Group | None:
    """The phrase with no preposition right after a verbal noun's doer in the genitive and its conjuncts, past at most
    two count words (اتهام القضاء الأمريكي 14 مسؤولا، دعوة الرئيس الحكومة): the noun's object; None when another
    word stands between, or for a place or a lone nationality adjective."""
    end = k = _conj_end(gen)
    while k < len(toks) and k - end < 2 and (toks[k].kind == "num" or strip_wa(toks[k].norm) in fw.number):
        k += 1
    obj = next((g for g in after if g.start_tok == k and not g.prep and not _place(g)), None)
    # (not the doer's own nationality adjective the phrase left out: اتهامات وحدات الحماية الكردية السورية)
    return None if obj is None or _place_adjective_like(toks, obj) else obj


def _charged_one(toks: list[Token], trig: Mention, entry: TriggerEntry, actor: Group, groups: list[Group],
                 starts: list[int], fw: FunctionWords) -> bool:
    """True if the phrase read as the accuser is the one charged: the nearest phrase before a charge in بـ
    (function_words charge: «جيسون رضايان الذي يحاكم في طهران بتهمة التجسس», «المدير العام السابق لصندوق النقد
    الدولي بتهمة الفساد»), or the genitive of a noun of accusation with the charge in بـ right after it («باتهام
    المملكة برعاية الإرهاب»; not «اتهام رئيس البلاد سالفا كير نائبه السابق بالتخطيط», whose object follows, nor a
    noun of blame, «استنكار مجلس النواب بالتصريحات», «القلق الامريكي بشأن الأنشطة»: its genitive blames)."""
    t = trig.tok_start
    if strip_wa(toks[t].norm) in fw.charge:
        before = [g for g in groups[:bisect_left(starts, t)] if g.end_tok <= t and not g.prep]
        return bool(before) and before[-1] is actor
    return entry.pos == "noun" and entry.cameo == "112" and _charged_right_after(toks, trig, [actor], fw)


def _owner_of_place_hit(toks: list[Token], tail_end: int, actor: Group, cues: dict[int, Mention]) -> bool:
    """True if the phrase read as a verb's subject comes right after the place noun that is the verb's object (a
    cues.tsv head: منزل، مقر، مكتب) and so is that place's owner in construct: «وداهمت منزل القيادي في حركة حماس»."""
    return not actor.prep and actor.start_tok == tail_end + 1 and (c := cues.get(tail_end)) is not None \
        and c.label == "head" and toks[tail_end].kind == "ar" and not toks[tail_end].norm.startswith(("ال", "وال"))


def _partaker_after(toks: list[Token], trig: Mention, tail_end: int, g: Group, fw: FunctionWords) -> bool:
    """True if the event noun is in في right after a verb of taking part (function_words partake: شارك) and the bare
    phrase `g` after it is that verb's subject, not the noun's genitive (the noun definite, or a word between): «وشارك
    في المظاهرة خصوصا نواب جمهوريون»."""
    t = trig.tok_start
    return t >= 2 and not g.prep and g.start_tok >= tail_end and not trig.get("prefix") \
        and strip_wa(toks[t - 1].norm) == "في" and strip_wa(toks[t - 2].norm) in fw.partake \
        and (toks[t].norm.startswith("ال") or g.start_tok > tail_end)


def _possessed_verb(trig: Mention, entry: TriggerEntry) -> bool:
    """True for a verb reading with an object pronoun whose row takes only a preposition, where the word is also that
    event's verbal noun with a possessive (mentions: `possessed`; سيطرتها: سيطر على takes no object): the word is the
    verbal noun with its owner's pronoun."""
    return bool(trig.get("object_pronoun")) and bool(trig.get("possessed"))


def _possessor_subject(toks: list[Token], left: int, t: int, groups: list[Group], starts: list[int]) -> list[Group]:
    """The phrase right after the verb that opens the clause at `left` (one word, no phrase), before token t: its
    subject, as a list of one; none if the clause opens otherwise. A clause that opens with t itself, past a comma,
    goes on from the clause before (أحكمت المقاومة … أمس، سيطرتها)."""
    if left == t and left >= 2 and toks[left - 1].text in ",،":
        left = _clause_start(toks, left - 1)
    j = bisect_left(starts, left + 1)
    g = groups[j] if j < len(groups) else None
    if g is None or g.start_tok != left + 1 or g.prep or g.end_tok > t or _starts_at(starts, left) or \
            toks[left].kind != "ar":
        return []
    return [g]


def _tanween_noun(toks: list[Token], trig: Mention) -> bool:
    """True if the trigger's first word is written with tanween fath (قصفاً، هجوماً): a noun in the accusative, never
    a verb, whatever spelling it shares with one (قصفا, they two shelled)."""
    return "ً" in toks[trig.tok_start].text


def _topic_before(toks: list[Token], k: int, groups: list[Group], starts: list[int], fw: FunctionWords) -> bool:
    """True when a bare phrase ends right before the word of «despite» at k (or its «على»: على الرغم) and opens its
    clause (the sentence's start, or right after إن/أن or و): a topic whose verb comes after the concessive phrase,
    the doer of what it concedes («إن إيران على الرغم من التوقيع على الاتفاق ستبقى معزولة»)."""
    e = k - (k > 0 and toks[k - 1].norm == "علي")
    j = bisect_left(starts, e) - 1
    while j >= 0 and groups[j].end_tok > e:
        j -= 1
    g = groups[j] if j >= 0 else None
    if g is None or g.end_tok != e or g.prep:
        return False
    b = g.start_tok - 1
    return b < 0 or toks[b].kind != "ar" or strip_wa(toks[b].norm) in fw.complementizer or toks[b].norm == "و"


def _lam_after(g: Group, after: list[Group]) -> Group | None:
    """The named party in لـ right after phrase g among the phrases `after` (a group or a force: «الهجوم الإرهابي
    لتنظيم داعش»), not a place nor one it befell, people of no arms (للمدنيين), or None."""
    h = next((x for x in after if x.start_tok == g.end_tok), None)
    if h is None or h.prep != "ل" or _place(h) or not _named(h):
        return None
    return h if any(m.get("sector") in _ARMED_SECTORS or m.get("type") == "group" for m in h.mentions) else None


_ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "UAF"})  # the sectors of armed forces, police and armed groups


def _force_owner(doer: Group, groups: list[Group], starts: list[int]) -> Group | None:
    """The force in لـ right after an armed doer of no state (MIL: an air force, aircraft, an army), the force's
    first word an armed force's or police's and its state named, whose the doer is: «من قبل الطيران الحربي لقوات
    النظام»; None otherwise (a doer with its state takes its object in لـ: «من قبل أجهزة الأمن السعودية لعناصر»; so
    does one of another sector: «انتقادات من قبل الناشطين للشرطة المصرية»)."""
    if any(m.get("code") for m in doer.mentions) or doer.owner_code or doer.appos_code or not doer.mentions or \
            doer.mentions[0].get("sector") != _ARMED:
        return None
    e = _conj_end(doer)
    j = bisect_left(starts, e)
    g = groups[j] if j < len(groups) and groups[j].start_tok == e and groups[j].prep == "ل" else None
    if g is None or not g.mentions or g.mentions[0].tok_start != g.start_tok or \
            g.mentions[0].get("sector") not in _FORCE_SECTORS:
        return None
    return g if any(m.get("code") for m in g.mentions) or g.owner_code else None


_FORCE_SECTORS = frozenset({"MIL", "COP"})  # the sectors of a state's armed forces and police
_ARMED = "MIL"  # the sector of armed forces, air forces and warplanes


def _accusative_noun(toks: list[Token], g: Group) -> bool:
    """True for a phrase whose first word is a role noun of one word in the indefinite accusative: the lexicon's
    masculine singular spelt with the case ending ا (فندقا، جنديا، شرطيا; no article, no clitic), which no subject
    has."""
    m = g.mentions[0] if g.mentions else None
    if m is None or m.kind != "agent" or m.tok_start != g.start_tok or not isinstance(m.entry, AgentEntry) or \
            m.get("prefix") or " " in m.entry.phrase:
        return False
    word, form = toks[g.start_tok].norm, normalize(m.entry.phrase)
    return not word.startswith("ال") and word == form + "ا" and not form.endswith(("ا", "ه"))


_EXPLOSIVES = "explosives"  # the PLOVER mode of a blast and of its device (انفجار، قنبلة، عبوة ناسفة)
_HOSTING = "043"  # CAMEO's hosting a visit (استقبل، استضاف): a verb that always has its guest for its object


def _with_him_pair(toks: list[Token], trig: Mention, groups: list[Group], starts: list[int],
                   fw: FunctionWords) -> tuple[Group, Group] | None:
    """For a verb followed by «with him» (كما بحث معه), the named subject and partner of «X مع Y» earlier in the same
    sentence (واستعرض الملك سلمان مع وزير الدفاع الأميركي): (X, Y); None if the verb has no such pronoun or
    no single such pair stands before it."""
    t = trig.tok_start
    if t + 1 >= len(toks) or strip_wa(toks[t + 1].norm) not in fw.with_him:
        return None
    for k in range(t - 1, max(0, t - 40), -1):
        if toks[k].text in ".؟?!:«»\"":
            return None
        if strip_wa(toks[k].norm) != "مع":
            continue
        i = bisect_left(starts, k + 1)
        partner = groups[i] if i < len(groups) and groups[i].start_tok == k + 1 else None
        subject = next((g for g in groups if g.end_tok == k and not g.prep), None)
        if partner is None or subject is None or not (_coded(partner) or _person_named(partner)) or \
                not (_coded(subject) or _person_named(subject)):
            return None
        return subject, partner
    return None


def _in_masdar_object(toks: list[Token], g: Group) -> bool:
    """True if the phrase stands right after a verbal noun in بـ or لـ (بملاحقة الضباط الرافضين للقتال): the object of
    that noun, not the subject of the clause."""
    k = g.start_tok - 1
    return k >= 0 and toks[k].kind == "ar" and strip_wa(toks[k].norm)[:1] in ("ب", "ل") and \
        len(strip_wa(toks[k].norm)) > 4 and not g.prep


def _pronoun_subject_before(toks: list[Token], t: int, bare_before: list[Group], fw: FunctionWords) -> bool:
    """True if right before the verb at token t stands an independent pronoun (وهو يتوعد) or, past the last phrase
    before it, a bare plural in ـين/ـون no lexicon names (لكن كثيرين حثوا أنقرة), or a bare noun after «any» (ولم نر
    أي دولة هاجمت إيران): the verb's subject."""
    if t >= 2 and strip_wa(toks[t - 2].norm) in fw.any_one and toks[t - 1].kind == "ar" and \
            not toks[t - 1].norm.startswith("ال"):
        return True
    if t < 1 or bare_before and bare_before[-1].end_tok >= t:
        return False
    w = strip_wa(toks[t - 1].norm)
    if w in fw.subject_pronoun or w[:1] in ("و", "ف") and w[1:] in fw.subject_pronoun:
        return True  # (وهو: strip_wa keeps a short word whole)
    return toks[t - 1].kind == "ar" and len(w) >= 5 and w.endswith(("ين", "ون")) and not w.startswith("ال") and \
        not _function_word(w, fw) and t >= 2 and strip_wa(toks[t - 2].norm) in fw.contrast


def _object_past_comma(toks: list[Token], subj: Group, groups: list[Group], starts: list[int],
                       text: str) -> Group | None:
    """The coded phrase right after the subject and one comma, followed by what is asked for in بـ (طالب مجلس
    محافظة الأنبار، الولايات المتحدة بتسليح أبناء العشائر): the verb's object; None if not so built."""
    c = subj.end_tok
    if c + 2 >= len(toks) or toks[c].text not in ",،":
        return None
    i = bisect_left(starts, c + 1)
    if i == len(groups) or groups[i].start_tok != c + 1 or groups[i].prep or not groups[i].entity(text).code:
        return None
    e = _conj_end(groups[i])
    return groups[i] if e < len(toks) and toks[e].kind == "ar" and toks[e].norm.startswith("ب") and \
        len(toks[e].norm) > 3 else None


def _object_set_off(toks: list[Token], subj: Group, groups: list[Group], starts: list[int], trig_toks: set[int],
                    fw: FunctionWords) -> Group | None:
    """The one asked, set off by commas past the subject, its name no lexicon knows and its titles, with what is asked
    for in بـ or إلى right after the closing comma («طالب الفنان حسن عسيري، وزير التعليم الدكتور عزام الدخيل، بضم»،
    «دعا … الزياني، الأمين العام لمجلس التعاون، وإسماعيل ولد الشيخ أحمد …، الحوثيين، إلى احترام الهدنة»): a party
    that is no bare title (a title of the subject, «الدكتور أحمد، عضو مجلس الشورى، بضم»: no one asked) and no name of
    a subject told by its office alone; None if not so built."""
    k, named = _conj_end(subj), _person_named(subj)
    while k < len(toks) and k < _conj_end(subj) + 3 and toks[k].kind == "ar" and not _starts_at(starts, k) and \
            toks[k].norm[:1] != "و" and not toks[k].norm.startswith("ال") and not _function_word(toks[k].norm, fw):
        k, named = k + 1, True  # (the subject's name no lexicon knows: «الفنان حسن عسيري»)
    if k >= len(toks) or toks[k].text not in ",،":
        return None
    for g in groups[bisect_left(starts, k + 1):bisect_left(starts, k + 40)]:
        if any(toks[j].text in ".؟?!؛;:" or j in trig_toks for j in range(k, g.start_tok)):
            return None
        e = _conj_end(g)
        if g.prep or not g.mentions or g.mentions[0].start > toks[g.start_tok].start or \
                toks[g.start_tok - 1].text not in ",،" or \
                e + 1 >= len(toks) or toks[e].text not in ",،" or not (
                toks[e + 1].norm == "الي" or toks[e + 1].norm[:1] == "ب" and len(toks[e + 1].norm) > 2):
            continue  # (the subject's titles and its conjuncts with و, each set off by commas)
        first = g.mentions[0]
        party = first.kind == "actor" and first.get("type") != "demonym" and \
            first.get("sector") != "GOV"  # (an office is the subject's title: «بان كي مون، الأمين العام للأمم المتحدة»)
        return g if (party or _person_named(g) and named) and any(m.get("code") or m.get("sector")
                                                                  for m in g.mentions) else None
    return None


def _asked_past_adjuncts(toks: list[Token], trig: Mention, actor: list[Group], groups: list[Group], starts: list[int],
                         trig_toks: set[int], fw: FunctionWords) -> Group | None:
    """The object of a verb of asking or judging told past its subject and the comma-set titles and adjuncts after it
    (when, where, through whom): the party that starts right after one of those commas and ends right before what is
    asked (إلى/على or a word in بـ, or past one more comma a word in لـ: «دعا الأصبحي، وزير حقوق الإنسان اليمني، خلال
    تصريحات لـ«الشرق الأوسط»، مفوض الأمم المتحدة السامي لحقوق الإنسان، لزيارة»، «حث ولي نصر، المسؤول السابق …،
    إدارة أوباما على»), or, for a verb of judging, right before the sentence's end («رفض جعفري، قائد الحرس الثوري
    الإيراني، قرار مجلس الأمن.»: the owner of the judged thing in construct); None if not so built. A title right past
    the subject and set off by a comma before what is asked is the subject's own («دعا الأصبحي، وزير حقوق الإنسان،
    إلى»: no one asked)."""
    k, judged = max(_conj_end(g) for g in actor), trig.entry.event in _JUDGED
    first = True  # the segment right past the subject (where its own titles stand)
    while k + 1 < len(toks) and toks[k].text in ",،" and k < trig.tok_end + 60:
        i = k + 1
        if toks[i].kind == "ar" and not _starts_at(starts, i) and not toks[i].norm.startswith(("ال", "و")) and \
                not _function_word(toks[i].norm, fw) and i not in trig_toks:
            i += 1  # (a head in construct with the party: the judged thing «قرار مجلس الأمن», «إدارة أوباما»; not an
            # event noun, whose genitive is its own party: «أدان الوزير، في بيان، مقتل جنود الجيش المصري»)
        gi = bisect_left(starts, i)
        if gi < len(groups) and groups[gi].start_tok == i and not groups[gi].prep and \
                any(m.get("code") or m.get("sector") for m in groups[gi].mentions):
            g, e = groups[gi], _conj_end(groups[gi])
            while e < min(len(toks), g.end_tok + 4) and toks[e].kind == "ar" and not _starts_at(starts, e) and \
                    not _function_word(toks[e].norm, fw) and not _asking_rest(toks, e, starts, False):
                e += 1  # (past its adjectives and genitives the lexicons lack: «مفوض الأمم المتحدة السامي لحقوق الإنسان»)
            if e < len(toks) and (_asking_rest(toks, e, starts, False) or (
                    toks[e].text in ",،" and e + 1 < len(toks) and not first and _asking_rest(toks, e + 1, starts, True))
                                  or judged and (not first or i > k + 1) and toks[e].text in ".؟?!"):
                return g
        j = k + 1
        if toks[j].norm[:1] == "و" and len(toks[j].norm) > 3 and not _starts_at(starts, j):
            return None  # (another clause past the comma: «، وأضاف»)
        while j < len(toks) and toks[j].text not in ",،":
            if toks[j].text in _CLAUSE_BREAKS or j in trig_toks:
                return None
            j += 1
        k, first = j, False
    return None


def _object_past_subject_time(toks: list[Token], actor: list[Group], recipient: list[Group], groups: list[Group],
                              starts: list[int], trig_toks: set[int], fw: FunctionWords) -> Group | None:
    """The object of a verb of asking, judging or blaming told in the order verb, subject, object, what is asked (إلى،
    على, a word in بـ, بأن), with no comma: the coded phrase with no preposition before what is asked
    (`_asked_object_ends`), past the subject, the subject's adjuncts in a preposition and its words no lexicon knows.
    The subject must be seen to end before it: by a day told after it («وطالب ممثل المرجعية الدينية في كربلاء أحمد
    الصافي الجمعة حيدر العبادي بأن»، «دعا دمرطاش زعيم حزب الشعوب الموالي للأكراد في تركيا أمس حزب العمال الكردستاني
    إلى»), or, for a phrase with the article that names no person nor nationality (not an apposition of the subject:
    «دعا الرئيس الأمريكي باراك أوباما»، «دعا وزير الخارجية في حكومة الوفاق محمد سيالة»), by standing right after the
    subject («دعا آية الله علي السيستاني الحكومة إلى») or right after its adjunct in a preposition («طالبت وزارة
    الدفاع وهيئة الأركان في الحكومة السورية المؤقتة الأمين العام للأمم المتحدة بان كي مون بـ»). A recipient read
    before it, in لـ within the subject's words («الموالي للأكراد»), gives way; None if not so built."""
    k = max(_conj_end(g) for g in actor)
    timed = unknown = False
    adjunct_end = -1  # where the last adjunct of the subject in a preposition ends
    j = k
    while j < min(len(toks), k + 14):
        if j in trig_toks or toks[j].kind != "ar":
            return None
        g = _group_at(groups, starts, j)
        if g is None and toks[j].norm in fw.preposition:
            g = _group_at(groups, starts, j + 1)  # (a preposition written as its own word: في كربلاء)
            if g is None or not g.prep:
                return None
        if g is not None and g.prep:
            j = adjunct_end = _conj_end(g)  # (the subject's adjunct: في كربلاء، للأكراد)
            continue
        if g is not None:
            plain = _definite(toks[j].norm) and g.mentions[0].get("type") != "person"  # (a title or a body: no
            # apposition of the subject)
            if not (timed or plain and j in (k, adjunct_end)) or not _named(g) or _place(g) or \
                    any(m.get("type") == "demonym" for m in g.mentions) or \
                    not _asked_object_ends(toks, g, groups, starts, fw) or \
                    any(r.prep != "ل" or not k <= r.start_tok < j for r in recipient):
                return None
            return g
        w = strip_wa(toks[j].norm)
        if w in fw.day or w in ("اول", "من") and j + 1 < len(toks) and \
                strip_wa(toks[j + 1].norm) in ("من", "امس"):
            timed = True
        elif timed or _function_word(toks[j].norm, fw) or w.startswith(("الي", "علي", "ب")) or \
                unknown and j != adjunct_end:
            return None  # (past the day, only the object; one run of unknown words, the subject's name, and the
            # adjectives of its adjunct)
        else:
            at = j
            while j + 1 < len(toks) and toks[j + 1].kind == "ar" and not _starts_at(starts, j + 1) and \
                    strip_wa(toks[j + 1].norm) not in fw.day and not _function_word(toks[j + 1].norm, fw):
                j += 1
            if any(strip_wa(toks[i].norm) in fw.relative_clause or unknown and not toks[i].norm.startswith("ال")
                   for i in range(at, j + 1)):
                return None  # (a relative clause is told of the subject: «المتحالف مع حزب الله والذي يترأسه»)
            unknown = True
            if at == adjunct_end:
                adjunct_end = j + 1  # (the adjunct's adjectives: في الحكومة السورية المؤقتة)
        j += 1
    return None


def _asked_object_ends(toks: list[Token], g: Group, groups: list[Group], starts: list[int],
                       fw: FunctionWords) -> bool:
    """True when what is asked (إلى، على, a word in بـ, بأن) follows the phrase g, past its owners in لـ and the
    person's name after its title («الأمين العام للأمم المتحدة بان كي مون بـ»), with at most two words no lexicon
    knows and no mark between but a comma right before what is asked."""
    e, named = _conj_end(g), _person_named(g)
    loose = 0
    while e < len(toks):
        if toks[e].text in ",،" and e + 1 < len(toks) and _asking_rest(toks, e + 1, starts, False):
            return True  # (what is asked set off by a comma: «بان كي مون، بالخروج عن صمته»)
        if toks[e].kind != "ar":
            return False
        if _asking_rest(toks, e, starts, False) or toks[e].norm in ("بان", "الي"):
            return True
        h = _group_at(groups, starts, e)
        if h is not None and (h.prep == "ل" or not h.prep and not named and _person_named(h)):
            named = named or _person_named(h)
            e = _conj_end(h)
            continue
        if h is not None or _function_word(toks[e].norm, fw) or loose == 2:
            return False
        e, loose = e + 1, loose + 1
    return False


def _asking_rest(toks: list[Token], k: int, starts: list[int], lam: bool) -> bool:
    """True when token k opens what is asked of the one named before it: إلى or على before a word that starts no
    phrase, a word in بـ that starts none (بتسليح), or with `lam` a word in لـ that starts none (لزيارة)."""
    w = toks[k].norm
    if w in _REPORT_PARTICIPLE_NEXT:  # (إلى، على)
        return k + 1 < len(toks) and toks[k + 1].kind == "ar" and not _starts_at(starts, k + 1)
    return toks[k].kind == "ar" and len(w) > 3 and (w[0] == "ب" or lam and w[0] == "ل") and not _starts_at(starts, k)


def _asked_past_thing(toks: list[Token], trig: Mention, actor: list[Group], groups: list[Group], starts: list[int],
                      trig_toks: set[int], fw: FunctionWords) -> Group | None:
    """The party in من right after what a verb of asking asks for, an indefinite noun past its subject, bare in the
    accusative or in بـ («وطلبت الشركة المشغلة للنفق اليوم، تحركا من السلطات»، «وطالبت يوروتانل بتعويضات من
    الحكومتين»): the one asked; None for a place (بانسحاب من سوريا: what is left), after a count or a definite noun
    (عدد من النواب، حماية المدنيين من هجمات), after an adverbial masdar (هربا من الجيش: function_words
    adverbial_masdar), or past another event word or a clause break."""
    k = max([tail_end_of(trig), *(_conj_end(g) for g in actor)])
    for j in range(k, min(len(toks) - 1, k + 12)):
        if toks[j].text in ".؟?!؛;:" or j in trig_toks:
            return None
        if toks[j].norm != "من" or j == 0:
            continue
        w = toks[j - 1]
        if w.kind != "ar" or w.norm.startswith(("ال", "بال")) or w.norm in fw.filler or _function_word(w.norm, fw) or \
                w.norm in fw.adverbial_masdar or \
                not (w.text.endswith(("ا", "اً", "ًا")) and w.norm[:1] != "ب" or
                     w.norm[:1] == "ب" and len(w.norm) > 3 and (j - 1 == k or not actor and j - 1 - k <= 2 and not any(
                         _starts_at(starts, i) or toks[i].kind != "ar" for i in range(k, j - 1)))):
            # (in بـ right after the subject, or after a subject's name no lexicon knows: «طالبت يوروتانل بتعويضات»)
            return None
        i = bisect_left(starts, j + 1)
        g = groups[i] if i < len(groups) and groups[i].start_tok == j + 1 else None
        return g if g is not None and g.mentions and not _place(g) and \
            any(m.get("code") or m.get("sector") for m in g.mentions) else None
    return None


def _subordinate_subject(toks: list[Token], trig: Mention, groups: list[Group], starts: list[int],
                         fw: FunctionWords) -> Group | None:
    """The subject of a clause of contrast that opens the sentence (statement_cues.tsv opener: وبينما، فيما) and ends
    in the comma right before a verb with no subject of its own («وبينما لم يشتبك الجنرال ديمبسي في مواجهات مع أعضاء اللجنة، أيد»): the first phrase past its verb, no preposition before it, which
    the main verb goes on from; None for a clause of more than one comma-free stretch or with no such phrase, and for
    a clause of time (عندما: «وعندما وصل وزير الدفاع الأمريكي إلى بغداد، قتل ثلاثة جنود», where the main verb may
    read as passive; round 99 mend)."""
    t = trig.tok_start
    if t < 4 or toks[t - 1].text not in ",،" or toks[0].kind != "ar" or not (
            toks[0].norm in _cue_words("opener") or strip_wa(toks[0].norm) in _cue_words("opener")):
        return None
    if any(toks[k].kind == "punct" for k in range(1, t - 1)):
        return None
    g = next((g for g in groups[bisect_left(starts, 2):bisect_left(starts, t - 1)] if not g.prep), None)
    return g if g is not None and toks[g.start_tok - 1].kind == "ar" and \
        toks[g.start_tok - 1].norm not in fw.preposition and any(m.get("code") or m.get("sector")
                                                                 for m in g.mentions) else None


def _accused_genitive(toks: list[Token], trig: Mention, g: Group, text: str) -> bool:
    """True for an indefinite civilian right after a noun of accusing of a crime, with no ل (اتهام شاب سعودي، اتهام مواطنين
    اثنين): the genitive of the one accused, not of the accuser."""
    return g.start_tok == tail_end_of(trig) and not g.prep and toks[g.start_tok].kind == "ar" and \
        not toks[g.start_tok].norm.startswith("ال") and g.entity(text).sector == "CVL"


def _circumstance_predicate(toks: list[Token], trig: Mention, g: Group, fw: FunctionWords) -> bool:
    """True for a phrase right after «و + an independent pronoun» past the trigger (قبض على الجاني وهو شاب): the
    predicate of a circumstantial clause about a party named before, not the subject of the trigger."""
    k = g.start_tok - 1
    return k > trig.tok_start and toks[k].norm[:1] == "و" and toks[k].norm[1:] in fw.subject_pronoun


def _pronoun_that_predicate(toks: list[Token], trig: Mention, g: Group, fw: FunctionWords) -> bool:
    """True for a phrase past the trigger right after «أنّ + a pronoun» (function_words.tsv pronoun_that: «وتم ضبطه
    واتضح أنه مواطن»): the predicate of a clause of its own about a party named before, no subject of the trigger."""
    k = g.start_tok - 1
    return k >= tail_end_of(trig) and strip_wa(toks[k].norm) in fw.pronoun_that


def _lone_guest(toks: list[Token], trig: Mention, actor: list[Group], starts: list[int]) -> bool:
    """True when the phrases right after a verb of hosting (joined by و or commas) end its sentence, or run into a
    comma and a word with و that starts no phrase (another verb: «واستقبل وزير الخارجية الفرنسي، وتلقى رسالة»): no
    second phrase is left for the guest, so they are the guest and the host is told elsewhere."""
    k = tail_end_of(trig)
    for g in actor:
        if g.start_tok < k or g.prep not in ("", "conj") or sum(m.kind == "agent" for m in g.mentions) > 1:
            return False  # (a chain of titles may hold both: «استقبل ولي العهد وزير الخارجية الأمريكي»)
        if any(toks[j].text not in ("،", ",") for j in range(k, g.start_tok)):
            return False  # (a word between: «استقبل الأمير أمس الوزير» — the guest after it, unread)
        k = g.end_tok
    if k >= len(toks) or toks[k].text in (".", "!", "؟", "?"):
        return True
    return toks[k].text in ("،", ",") and k + 1 < len(toks) and toks[k + 1].norm[:1] == "و" and \
        len(toks[k + 1].norm) > 3 and not _starts_at(starts, k + 1)


def _past_address(toks: list[Token], i: int, fw: FunctionWords) -> int:
    """Token i moved past the forms of address and a brother's address that stand there (أخاه صاحب السمو، فخامة)."""
    while i < len(toks) and toks[i].norm in fw.honorific:
        i += 1
    return i


def _guest_past_adjuncts(toks: list[Token], trig: Mention, actor: list[Group], groups: list[Group], starts: list[int],
                         trig_toks: set[int], cues: dict[int, Mention], fw: FunctionWords) -> list[Group]:
    """The guest of a verb of hosting told past its host, where and when it was (في مكتبه، بقصر السلام، أمس) and a
    comma: the phrase (and those joined to it) starting right after the comma, with no preposition («استقبل أمير منطقة
    الرياض في مكتبه بقصر الحكم اليوم، وزير الحج»); none when a word of the adjuncts starts a phrase of its own, an
    event word or a clause break comes first, or the adjuncts start with neither في/بـ nor a word of the day."""
    g0 = actor[-1]
    if g0.start_tok < tail_end_of(trig) or any(g.prep not in ("", "conj") for g in actor):
        return []
    k = max(_conj_end(g) for g in actor)
    if k + 1 < len(toks) and toks[k].text in ",،":
        k += 1  # (a comma closing the host's titles: «أمير منطقة عسير، في مقر ضيافة الإمارة … أمس، مدير الأمن العام»)
    if k >= len(toks) or not (toks[k].norm == "في" or toks[k].norm[:1] == "ب" and len(toks[k].norm) > 2 or
                              toks[k].norm in fw.day):
        return []
    for j in range(k, min(len(toks), k + 14)):
        if toks[j].text in ",،":
            i = j + 1
            while i < len(toks) and (toks[i].norm in fw.day or toks[i].text in ",،") and not _starts_at(starts, i):
                i += 1  # (the day set off by commas: «بالدرعية، اليوم السبت، فخامة الرئيس عبدالفتاح السيسي»)
            i = _past_address(toks, i, fw)  # (a form of address before the guest: «أمس، معالي مدير الأمن العام»)
            g = next(iter(groups[bisect_left(starts, i):bisect_left(starts, i + 2)]), None)
            # (or right after a head noun the lexicons lack: «أمس، معالي مدير الأمن العام الفريق عثمان»)
            return _with_conj(g) if g is not None and not g.prep and (
                g.start_tok == i or _construct_head(toks, i, g, cues, fw)) else []
        if j > k and (toks[j - 1].norm in fw.day or _own_seat(toks, k, j)) and \
                _starts_at(starts, i := _past_address(toks, j, fw)) and not groups[bisect_left(starts, i)].prep:
            # (the adjuncts ending in a word of the day with no comma: «بن عبدالعزيز الربيعة أمس وزيرة الإعلام»,
            # «بالدرعية اليوم أخاه صاحب السمو الشيخ تميم»; or in the host's own seat, a noun with his pronoun, which
            # takes no genitive: «محافظ جدة في مكتبه مدير سجون محافظة جدة»)
            return _with_conj(groups[bisect_left(starts, i)])
        if toks[j].text in _CLAUSE_BREAKS or j in trig_toks or j > k and _starts_at(starts, j) and \
                not groups[bisect_left(starts, j)].prep and not (toks[j - 1].norm[:1] == "ب" and
                                                                 not _starts_at(starts, j - 1)):
            # (a phrase of its own among them: the guest, unread, or another clause; not the genitive of a place noun
            # in بـ: «أمس بمقر سفارة خادم الحرمين الشريفين في روما، المستشار الدبلوماسي»)
            return []
    return []


def _subject_span(toks: list[Token], groups: list[Group], lo: int, tail_end: int) -> int:
    """How many words (eight at most, else none) a bare phrase told right after a verb (past at most three words of
    address: صاحب السمو الملكي) runs past the verb, its subject's long name and titles, which push the person it
    takes for object further away («ورحب الرئيس المصري عبدالفتاح السيسي في كلمته خلال الحفل بضيف مصر … الأمير
    محمد بن سلمان»); 0 for none."""
    g = groups[lo] if lo < len(groups) else None
    if g is None or g.prep or g.start_tok - tail_end > 3 or \
            any(toks[k].kind != "ar" for k in range(tail_end, g.start_tok)):
        return 0
    n = _conj_end(g) - tail_end
    return n if n <= 8 else 0  # (a longer one may run on past its phrase: «… الديمقراطية الحاكم في بوروندي»)


def _own_seat(toks: list[Token], k: int, j: int) -> bool:
    """True when the adjuncts toks[k:j] are one place noun that carries a possessive pronoun, after في or glued to
    بـ (في مكتبه، بمكتبه، في قصرها): a possessed noun takes no genitive, so the phrase right after it is not its own."""
    w = toks[j - 1].text
    return (j == k + 2 and toks[k].norm == "في" or j == k + 1 and w[:1] == "ب") and \
        w.endswith(("ه", "ها")) and not w.removeprefix("ب").startswith("ال")


def _addressed_party(toks: list[Token], trig: Mention, g: Group, fw: FunctionWords) -> bool:
    """True for a phrase right after a verb of appeal that is a party appealed to, never the appeal's subject
    (function_words.tsv addressed: «وطالب المجتمع الدولي بالاضطلاع بمسؤولياته»), also past one word that is no
    preposition, the subject's name no lexicon knows or the day («ودعت بوكوفا المجتمع الدولي»); or a phrase after
    a word of «all» (function_words.tsv addressed_all: «ودعت جميع اليمنيين ممن تنطبق عليهم الشروط»)."""
    k = tail_end_of(trig)
    if g.prep or g.start_tok not in (k, k + 1):
        return False
    if g.start_tok == k + 1 and toks[k].norm in fw.addressed_all:
        return True
    if g.start_tok == k + 1 and (toks[k].kind != "ar" or toks[k].norm in fw.preposition
                                 or toks[k].norm[:1] in ("ب", "ل") and toks[k].norm[1:3] == "ال"):
        return False
    if g.start_tok == k and _feminine_verb(toks[trig.tok_start].norm) and \
            _feminine_plural(toks[k].norm, fw.lands_plural):
        return False  # (ودعت المنظمات الحقوقية السلطات المصرية: a feminine plural right after a feminine verb is its
        # subject; round 111 mend)
    return " ".join(strip_wa(t.norm) for t in toks[g.start_tok:g.end_tok]) in fw.addressed


def _feminine_verb(norm: str) -> bool:
    """True for a verb a feminine subject agrees with: a perfect in ت (دعت، طالبت) or a present in ت (تطالب), not a
    perfect in تـ (function_words t_perfect: توجه)."""
    w = strip_wa(norm)
    return _verb_gender(norm) == "f" or w.startswith("ت") and w not in _t_perfects()


def _object_past_lam_owner(toks: list[Token], trig: Mention, g: Group, groups: list[Group], starts: list[int],
                           trig_toks: set[int]) -> Group | None:
    """For a verb whose actor g is the owner in لـ of the subject's office that no phrase holds, one or two definite
    words right after the verb (وطالب المتحدث الرسمي لوزارة الخارجية الأمريكية إيران بالإفراج): the named phrase
    right after g, the verb's object; None otherwise."""
    t = tail_end_of(trig)
    if g.prep != "ل" or not 1 <= g.start_tok - t <= 2 or any(
            toks[k].kind != "ar" or not _definite(toks[k].norm) or k in trig_toks or _starts_at(starts, k)
            for k in range(t, g.start_tok)):
        return None
    i = bisect_left(starts, _conj_end(g))
    obj = groups[i] if i < len(groups) and groups[i].start_tok == _conj_end(g) else None
    return obj if obj is not None and not obj.prep and _named(obj) and not _place_adjective_like(toks, obj) else None


def _counterparts_side(toks: list[Token], trig: Mention, actor: list[Group], groups: list[Group],
                       starts: list[int]) -> Group | None:
    """The named phrase in من right after the counterparts (statement_cues.tsv counterpart) a verb of meeting takes
    as object right after it, or past its subject told after it (the `actor` phrases): their side, the one met
    («سيلتقي نظراءه من دول مجلس التعاون الخليجي»، «التقى وزير الخارجية الأمريكي نظراءه من دول …»); None otherwise."""
    k = max([tail_end_of(trig)] + [_conj_end(g) for g in actor if g.start_tok >= trig.tok_end])
    if k + 2 >= len(toks) or strip_wa(toks[k].norm) not in _cue_words("counterpart") or toks[k + 1].norm != "من":
        return None
    g = _group_at(groups, starts, k + 2)
    return g if g is not None and _named(g) else None


def _place_adjective_like(toks: list[Token], g: Group) -> bool:
    """True for a phrase of one word that is a nationality adjective (الأمريكية), the adjective of the words before."""
    return g.end_tok - g.start_tok == 1 and all(m.get("type") == "demonym" for m in g.mentions)


def _own_country_speaker(toks: list[Token], trig: Mention, groups: list[Group], starts: list[int],
                         cues: dict[int, Mention], fw: FunctionWords) -> Group | None:
    """For a stance or support noun whose genitive is «his country» (function_words own_country: دعم بلاده): the
    speaker of the report verb before it (وأكد وزير الخارجية السوري وليد المعلم دعم بلاده), or the source he tells it
    from in عن (ونقلت الوكالة عن المعلم دعم بلاده), that phrase right before the noun (or before the place in a
    preposition of its post: سفيرة فرنسا لدى اليمن), its object; None otherwise."""
    k = tail_end_of(trig)
    if k >= len(toks) or strip_wa(toks[k].norm) not in fw.own_country:
        return None
    g = _report_subject(toks, trig.tok_start, groups, starts, cues)
    if g is None:
        return _source_before(toks, trig.tok_start, groups, starts, cues, fw)
    j = bisect_left(starts, _conj_end(g))
    if j < len(groups) and groups[j].prep == "عن" and groups[j].end_tok <= trig.tok_start:
        g = groups[j]  # (the source the words are told from)
    return g if _named(g) and (_conj_end(g) == trig.tok_start or _place_between(toks, g, trig.tok_start, groups, starts)) \
        else None


def _place_between(toks: list[Token], g: Group, t: int, groups: list[Group], starts: list[int]) -> bool:
    """True if one place in a preposition stands between the phrase `g` and token t, right after g and ending right
    before t: where its holder is posted or speaks (وأكدت سفيرة فرنسا لدى اليمن دعم بلادها)."""
    e = _conj_end(g)
    j = bisect_left(starts, e)
    h = groups[j] if j < len(groups) else None
    return h is not None and bool(h.prep) and (h.start_tok == e or h.start_tok == e + 1 and toks[e].norm == h.prep) \
        and _place(h) and _conj_end(h) == t


def _source_before(toks: list[Token], t: int, groups: list[Group], starts: list[int],
                   cues: dict[int, Mention], fw: FunctionWords) -> Group | None:
    """The named source in عن right before token t that a verb of reporting (or relaying: function_words.tsv relay) a
    few words before tells it from, its
    own subject no party the lexicons know (ونقلت الوكالة عن وزير الخارجية السوري وليد المعلم دعم بلاده); None
    otherwise."""
    i = bisect_left(starts, t) - 1
    g = groups[i] if i >= 0 else None
    if g is None or g.prep != "عن" or _conj_end(g) != t or not _named(g):
        return None
    return g if any(toks[k].norm in fw.relay or (c := cues.get(k)) is not None and c.label == "report"
                    and c.tok_end < g.start_tok for k in range(max(0, g.start_tok - 4), g.start_tok)) else None


_ACCORD_REACH = 40  # words after an approval in which «بين» names the two sides of the accord approved


_NAMED_BODY_SECTORS = frozenset({"COP", "MIL", "SPY", "JUD"})  # a state's force or court, told again bare
_OFFICE_SECTORS = frozenset({"GOV", "LEG"})  # a state's officers: another state's before the force is a second state


def _bodies_named_before(text: str, events: list[Event], mentions: list[Mention], fw: FunctionWords) -> list[Event]:
    """The events with each party that is a bare force or court of no country (الشرطة، الجنود، قافلة عسكرية) given
    the country the story named a force or court of that sector with before, by a nationality adjective right after its
    role noun or in the lexicon's name of the body («ضبطت الشرطة الصينية في بكين مصنعاً …» … «وضبطت الشرطة 1400
    جهاز»: CHN), where that is the one state of the forces and courts the story names so, and of the officers named
    before the party: not in a war of two («الجيش المكسيكي» … «القائد الأميركي سكوت فأرسل قوة») nor after another
    state's officer («الشرطة السويدية» … «مسؤول مصري» … «وأضافت الشرطة»); nor a unit said to be another's right after
    it (function_words.tsv owner: «وحدات تكتيكية تابعة للتنظيم»); nor military gear in a sentence naming rebels or an
    armed group of that state before it (`ARMED_NONSTATE`: «طقمين عسكريين» of the Houthis)."""
    # (the spans of the bare forces and courts among the events' parties: `_named_before` reads the role nouns there
    # alone, so none other is looked at, and an article whose events have none keeps them as they are)
    bare = {(e.start, e.end) for ev in events for e in (*ev.actor, *ev.recipient)
            if e.code is None and e.sector in _NAMED_BODY_SECTORS}
    if not bare:
        return events
    named = _nationality_bodies(mentions)
    if not named:
        return events
    heads = {(m.start, m.end): m for m in mentions if m.kind == "agent" and (m.start, m.end) in bare
             and m.get("sector") in _NAMED_BODY_SECTORS and not _owned_after(text, m.end, fw)}
    armed = [(m.sentence, m.start, m.get("code")) for m in mentions if m.kind in ("actor", "agent")
             and m.get("code") and m.get("sector") in ARMED_NONSTATE]
    states_of: dict[int, set[str]] = {}  # the states of the places each sentence sets its act in (في القاهرة، في
    for m in mentions:                   # مدينة الموصل): not a border or a state only spoken of («قرب الحدود مع العراق»)
        if m.kind == "actor" and m.get("code") and m.get("code") not in _NON_STATES and m.get("type") != "demonym" \
                and _IN_PLACE.search(text, max(0, m.start - 24), m.start):
            states_of.setdefault(m.sentence, set()).add(m.get("code"))
    out = []
    for ev in events:
        actor = tuple(_named_before(e, heads, named, armed, states_of) for e in ev.actor)
        recipient = tuple(_named_before(e, heads, named, armed, states_of) for e in ev.recipient)
        out.append(ev if actor == ev.actor and recipient == ev.recipient else ev.updated(actor=actor,
                                                                                          recipient=recipient))
    return out


_IN_PLACE = re.compile(r"(?:^|\s)في(?:\s+\S+)?\s+$")  # «في» right before a place, or one word before (في مدينة)


_OWNER_REACH = 8  # words after a unit in which «تابعة لـ» names its owner (وحدات تكتيكية ودبابات … تابعة للتنظيم)


def _owned_after(text: str, end: int, fw: FunctionWords) -> bool:
    """True when a word of ownership (function_words.tsv owner: تابعة، التابعة) follows the phrase ending at `end`
    within `_OWNER_REACH` words of its clause (before a comma or a full stop)."""
    clause = text[end:end + 120].split(".")[0].split("،")[0].split(",")[0]
    return any(normalize(strip_wa(w)) in fw.owner for w in clause.split()[:_OWNER_REACH])


def _nationality_bodies(mentions: list[Mention]) -> list[tuple[int, str, str]]:
    """(where, sector, state) of each role noun of the story right followed by a nationality adjective of a state
    (الشرطة الصينية، الجيش الجزائري، مسؤول مصري; not «المقاتلين الأكراد»), and of each body the lexicon names with its
    state (institution: «الشرطة الإسرائيلية»، «القائد الأميركي»)."""
    named = [(m.start, m.get("sector"), m.get("code")) for m in mentions if m.kind == "actor"
             and m.get("type") == "institution" and m.get("sector") and m.get("code")
             and m.get("code") not in _NON_STATES]
    named += [(m.start, m.get("sector"), n.get("code")) for m, n in zip(mentions, mentions[1:])
              if m.kind == "agent" and n.kind == "actor" and n.get("type") == "demonym" and n.tok_start == m.tok_end
              and n.sentence == m.sentence and n.get("code") and n.get("code") not in _NON_STATES]
    return named


def _named_before(e: Entity, heads: dict[tuple[int, int], Mention], named: list[tuple[int, str, str]],
                  armed: list[tuple[int, int, str]] = (), states_of: dict[int, set[str]] | None = None) -> Entity:
    """The party with the country a force or court of its sector was named with before (`_bodies_named_before`), or
    as it is; military gear told by its adjective alone (طقمين عسكريين) stays bare where its sentence named rebels or
    an armed group of that state before it (`armed`: (sentence, where, code); the Houthis' vehicles are not Yemen's
    army's); and a party whose own sentence names another state stays bare (`states_of`: a news digest's next item,
    «وفي خبر آخر، اعتقلت الشرطة في القاهرة», is Cairo's police, not the French police of the item before)."""
    if e.code is not None or e.sector not in _NAMED_BODY_SECTORS or (e.start, e.end) not in heads:
        return e
    states = {code for at, sector, code in named
              if sector in _NAMED_BODY_SECTORS or sector in _OFFICE_SECTORS and at < e.start}
    if len(states) != 1 or not any(sector == e.sector and at < e.start for at, sector, _ in named):
        return e
    if states_of and states_of.get(heads[(e.start, e.end)].sentence, set()) - states:
        return e
    if e.sector == "MIL" and normalize(e.text).startswith("عسكري") and any(
            sent == heads[(e.start, e.end)].sentence and at < e.start and code in states for sent, at, code in armed):
        return e
    return replace(e, code=states.pop())


def _accord_parties(text: str, toks: list[Token], events: list[Event], triggers: list[Mention], groups: list[Group],
                    starts: list[int]) -> tuple[list[Event], list[Mention]]:
    """The sentence's events and triggers, where an approval with no party of another state for recipient is followed
    by an accord «بين» the approver's state and another (وافق مجلس الوزراء على تفويض وزير الخارجية - أو من ينيبه -
    بالتباحث … في شأن مشروع اتفاقية عامة للتعاون بين المملكة العربية السعودية وحكومة جمهورية ساحل العاج): the other
    state is the recipient, the approver (a body no country names) is of the first's; the event nouns in between
    (التباحث، التوقيع، التعاون) tell the accord approved, no events of their own."""
    for i, (ev, t) in enumerate(zip(events, triggers)):
        if ev.event != "AGREE" or len(ev.actor) != 1:
            continue
        sides = _accord_sides(text, toks, t, groups, starts)
        if sides is None:
            continue
        home, other, end = sides
        if ev.actor[0].code not in (None, home.code) or any(r.code not in (None, home.code) for r in ev.recipient):
            continue
        actor = tuple(replace(a, code=home.code) if a.code is None else a for a in ev.actor)
        events[i] = ev.updated(actor=actor, recipient=(other,))
        keep = [j for j, u in enumerate(triggers)
                if j == i or not (u.get("pos") == "noun" and t.tok_end <= u.tok_start < end)]
        return [events[j] for j in keep], [triggers[j] for j in keep]
    return events, triggers


def _accord_sides(text: str, toks: list[Token], t: Mention, groups: list[Group],
                  starts: list[int]) -> tuple[Entity, Entity, int] | None:
    """For an approval at trigger t: the two sides of «بين A وحكومة B» within `_ACCORD_REACH` words after it, no full
    stop or semicolon between, A of a country and B of another (B past «وحكومة جمهورية» the phrases lack, or B's seat
    in في: «بين الهيئة العامة للسياحة والآثار في المملكة العربية السعودية ووزارة السياحة والثقافة في مملكة اتحاد
    ماليزيا»), and the token index past B; else None."""
    j = bisect_left(starts, t.tok_end)
    while j < len(groups) and groups[j].start_tok - t.tok_end <= _ACCORD_REACH and groups[j].prep != "بين":
        j += 1
    if j >= len(groups) or groups[j].prep != "بين" or groups[j].start_tok - t.tok_end > _ACCORD_REACH or any(
            toks[k].text in ".؛;:" for k in range(t.tok_end, groups[j].start_tok)):
        return None
    home = groups[j].entity(text)
    if home.code is None:
        return None
    end = _conj_end(groups[j])
    for g in groups[j + 1:j + 4]:
        if g.start_tok - end > (3 if g is groups[j + 1] else 4) or g.prep not in ("", "conj", "في"):
            break
        e = g.entity(text)
        if e.code and e.code != home.code:
            return home, e, g.end_tok
        end = max(end, _conj_end(g))  # (past the home side's seat and the other side's head: في مملكة اتحاد ماليزيا)
    return None


def _charged_right_after(toks: list[Token], trig: Mention, actor: list[Group], fw: FunctionWords) -> bool:
    """True if the one phrase right after a verb (with its conjuncts) is followed by the charge in بـ (بأن، بأنه،
    بالتورط، بدعم): «اتهم حزب العمال الكردستاني وتنظيم داعش بأن مصلحتهما واحدة» — that phrase is its object (not
    an adverb in بـ, function_words manner_bi: «وأدانت المنامة بشدة»)."""
    g = actor[0]
    if any(c not in g.conj for c in actor[1:]) or g.prep or g.start_tok != tail_end_of(trig):
        return False
    k = _conj_end(g)
    k += k < len(toks) and toks[k].text in _CLOSE_QUOTES
    return _charge_word_at(toks, k, fw)


def _charge_word_at(toks: list[Token], k: int, fw: FunctionWords) -> bool:
    """True if token k is a charge in بـ (بأن، بأنه، بالتورط، بدعم), not an adverb in بـ (function_words manner_bi:
    بشدة)."""
    if k >= len(toks) or toks[k].kind != "ar":
        return False
    w = toks[k].norm
    return (len(w) >= 4 or w == "بان") and w[0] == "ب" and w not in fw.manner_bi


_THAT_BI = frozenset({"بان", "بانه", "بانها", "بانهم"})  # بأن، بأنه …: «that (he)» in بـ, the charge after a verb of accusing


def _charged_past_commas(toks: list[Token], trig: Mention, actor: list[Group], groups: list[Group],
                         starts: list[int], fw: FunctionWords) -> list[Group]:
    """The phrase right after a verb of accusing and its conjuncts set off by commas (واتهم حزب الله، وإيران،
    بتنفيذ الهجوم) when the charge in بـ follows them: the accused; else none."""
    g = actor[0]
    if g.prep or g.start_tok != tail_end_of(trig):
        return []
    listed, k = _with_conj(g), _conj_end(g)
    while k + 1 < len(toks) and toks[k].text in ",،" and toks[k + 1].norm.startswith("و"):
        j = bisect_left(starts, k + 1)
        if j == len(groups) or groups[j].start_tok != k + 1 or not _named(groups[j]) or \
                not groups[j].mentions[0].get("prefix", "").startswith("و"):
            return []  # (a root و is no conjunction: «واتهمت المعارضة، وزير الداخلية، بالفساد» names a title)
        listed, k = listed + _with_conj(groups[j]), _conj_end(groups[j])
    if len(listed) == len(_with_conj(g)):
        return []
    k += k < len(toks) and toks[k].text in ",،"
    return listed if _charge_word_at(toks, k, fw) else []


def _warned_no_one(toks: list[Token], ev: Event, trig: Mention, cues: dict[int, Mention],
                   consequence: frozenset[str]) -> bool:
    """True for a threat told by a verb of warning (cues.tsv warn) that, its roles read, names no one warned: «وحذر
    بخاري الموجود حاليا في واشنطن، يوم أمس، من أن …», «حذرت الوزارة من هجمات محتملة» foretell a danger, no threat;
    «حذرت نظام الأسد من» warns someone and stays. Not a warning to whoever («وتحذر في الوقت ذاته كل من تسول له
    نفسه»: would-be offenders are warned), nor one to a quoted name right after the verb («حذر «صالح الابن» من»), nor
    one of consequences (function_words.tsv consequence: «حذرت الجبهة …، على لسان ناطقها الرسمي، من مغبة المساس»)."""
    if ev.event != "THREATEN" or ev.recipient or trig.get("pos") != "verb" \
            or (c := cues.get(trig.tok_start)) is None or c.label != "warn":
        return False
    end = tail_end_of(trig)
    ahead = [strip_wa(t.norm) for t in toks[end:end + 14]]
    whoever = any(a == "كل" and b == "من" for a, b in zip(ahead[:8], ahead[1:8]))
    return not whoever and consequence.isdisjoint(ahead) and not any(t.text in _OPEN_QUOTES for t in toks[end:end + 3])


def _warned_payers(text: str, toks: list[Token], events: list[Event], triggers: list[Mention], groups: list[Group],
                   starts: list[int], cues: dict[int, Mention]) -> None:
    """A threat or warning verb with no one warned whose sentence goes on, within forty words, to «أن X سوف يدفعون
    الثمن» (cues.tsv pay): X, who will pay the price, is the one warned: «حذرت الجبهة … من مغبة المساس بأمن العوائل
    البريئة، موضحة أن السلطات الإيرانية، وعملاءها سوف يدفعون الثمن». X is the phrase right after that أن, with no
    preposition, ending before the verb. In place."""
    for n, (ev, t) in enumerate(zip(events, triggers)):
        if ev.event != "THREATEN" or ev.recipient or t.get("pos") != "verb":
            continue
        end = tail_end_of(t)
        for k in range(end, min(len(toks), end + 40)):
            if toks[k].text in ".!?؟؛;":
                break
            if (c := cues.get(k)) is None or c.label != "pay":
                continue
            that = next((j for j in range(k - 1, end - 1, -1) if strip_wa(toks[j].norm) in ("ان", "بان")), None)
            j = bisect_left(starts, that + 1) if that is not None else len(groups)
            payer = groups[j] if j < len(groups) and groups[j].start_tok == that + 1 and not groups[j].prep \
                and groups[j].end_tok <= k else None
            if payer is not None:
                events[n] = replace(ev, recipient=(payer.entity(text),))
            break


def _advice(toks: list[Token], trig: Mention, actor: list[Group], recipient: list[Group], cues: dict[int, Mention],
            trig_toks: set[int], fw: FunctionWords) -> bool:
    """True for a verb of warning (cues.tsv warn) whose clause goes on past its subject straight to «من أن» or to من
    and a word that tells no event, with no one warned (وحذر وزير الخارجية الألماني فرانك - فالتر شتاينماير من استمرار
    تصعيد العنف، وحذر بنك «سوسيتيه جنرال» من أن الفضيحة): a danger foretold, advice, no threat; a phrase in quotes
    right after the subject is its name, and the subject's apposition may hold commas (حذر ماجد نواز، مستشار رئيس
    الوزراء البريطاني، من أن). Not «كل من» (whoever: «وتحذر كل من تسول له نفسه» warns would-be offenders), nor a
    warning of attacks (حذرت الوزارة من هجمات محتملة), nor a country named right after a definite word of the subject,
    which cannot be its genitive (وحذر وزير الخارجية إيران من التدخل: Iran is warned). A host in لدى right after the
    subject, من right after it, is its post, no one warned («حذرت سفارة خادم الحرمين الشريفين لدى جمهورية اليونان من
    التعامل»: round 109). With no subject coded, the subject is found after the verb: title words no lexicon codes
    and the name after them (`_title_name` with no subject: «وحذر الخبير الاستراتيجي حاتم بن سالم من»), or men named
    with a plural in -ون (`_plural_subject`: «حذر سياسيون ومسؤولون أمنيون عراقيون من»); what follows them is asked."""
    c = cues.get(trig.tok_start)
    if c is None or c.label != "warn" or trig.get("pos") != "verb":
        return False
    end = tail_end_of(trig)
    if actor and actor[0].start_tok >= end:
        if any(m.get("type") == "country" and m.tok_start > actor[0].start_tok and not m.text.startswith("ال")
               and toks[m.tok_start - 1].norm.startswith("ال") for m in actor[0].mentions):
            return False
        end = _conj_end(actor[0])
        if end < len(toks) and toks[end].norm == _POST_PREP and (post := next(
                (g for g in recipient if end < g.start_tok and all(toks[k].norm in fw.state_title
                                                                    for k in range(end + 1, g.start_tok))), None)) \
                is not None and post.end_tok < len(toks) and toks[post.end_tok].norm == "من":
            end = post.end_tok  # (the subject's post: «حذرت سفارة خادم الحرمين الشريفين لدى جمهورية اليونان من»)
            recipient = [g for g in recipient if g is not post]
        if end < len(toks) and toks[end].text in ",،":
            end += 1  # (the comma closing the apposition)
        if (named := _title_name(toks, actor[0], end, recipient, fw)) is not None:
            end = named.end_tok
            recipient = [g for g in recipient if g is not named]
    elif not actor and (named := _title_name(toks, None, end, recipient, fw)) is not None:
        # (a subject of title words no lexicon codes, its name after them: «وحذر الخبير الاستراتيجي حاتم بن سالم من»)
        end = named.end_tok
        recipient = [g for g in recipient if g is not named]
    elif not actor and recipient and _plural_subject(toks, end, recipient[0]):
        # (plural men named with -ون right after the verb are its subject: «حذر سياسيون ومسؤولون أمنيون عراقيون من»)
        end = _conj_end(recipient[0])
        recipient = recipient[1:]
    at = next((k for k in range(end, min(len(toks), end + 12))
               if toks[k].norm == "من" or toks[k].text in _CLAUSE_BREAKS or toks[k].norm in ("ان", "بان")), None)
    if at is None or toks[at].norm != "من" or at + 1 >= len(toks) or strip_wa(toks[at - 1].norm) == "كل":
        return False
    if toks[at + 1].norm != "ان" and at + 1 in trig_toks:
        return False
    if actor and actor[0].end_tok <= trig.tok_start and any(
            toks[k].kind == "ar" and not _function_word(toks[k].norm, fw) and toks[k].norm not in fw.day
            for k in range(end, at)):
        return False  # (its subject before it, a word after it is the one warned: «وكيف أن الأمير حذر «صالح الابن» من»)
    return all(g.start_tok >= at or _quoted_within(toks, g, end) for g in recipient)


def _title_name(toks: list[Token], subject: Group | None, end: int, recipient: list[Group],
                fw: FunctionWords) -> Group | None:
    """The recipient phrase that is only a person's name set right after a subject of title words with no name of
    its own, past at most four words of the title's genitive or adjectives, joined by و or told «formerly» (حذر نائب
    الأمين العام للأمم المتحدة للشؤون الإنسانية ستيفن أوبراين من، وحذر المدير العام السابق للأمن العسكري والديوانة
    محمد المؤدب من): the subject's name in apposition, not the one warned; None when there is none. A subject that
    names its person already is followed by the one warned (حذر أوباما نتنياهو من). With no subject coded (None),
    `end` is the verb's end and the title words, at least one, are the uncoded subject («وحذر الخبير الاستراتيجي حاتم
    بن سالم من»)."""
    if subject is not None and any(m.get("type") in ("person", UNKNOWN_NAME, TITLED_NAME) for m in subject.mentions):
        return None
    for g in recipient:
        if g.prep or g.conj or not end + (subject is None) <= g.start_tok <= end + TITLE_NAME_REACH or \
                toks[g.start_tok].norm.startswith("ال") or \
                not all(m.get("type") in _PERSON_TYPES for m in g.mentions):
            continue
        if all(toks[k].kind == "ar" and (strip_wa(toks[k].norm).startswith(("ال", "لل")) or toks[k].norm in fw.adverb)
               for k in range(end, g.start_tok)):
            return g
    return None


def _plural_subject(toks: list[Token], end: int, g: Group) -> bool:
    """True for a phrase with no preposition that, with the words between it and the verb ending at `end` (at most
    two), begins with nouns in the nominative plural -ون (PLURAL_SUBJECT_END: «حذر سياسيون ومسؤولون أمنيون عراقيون
    من»): a verb's object would be in -ين, so these are its subject."""
    if g.prep or not end <= g.start_tok <= end + 2:
        return False
    return all(toks[k].kind == "ar" and len(strip_wa(toks[k].norm)) > PLURAL_STEM_MIN and
               strip_wa(toks[k].norm).endswith(PLURAL_SUBJECT_END) for k in range(end, g.start_tok + 1))


def _feminine_object(toks: list[Token], trig: Mention, g: Group, in_it: frozenset[str], masculine: frozenset[str],
                     lands_plural: frozenset[str]) -> bool:
    """True for a phrase right after a singular masculine verb with no pronoun attached (طالب، يحمل) that begins with
    a feminine noun in ة naming no person (الحكومة الاتحادية، شركة فيات): a verb before its subject agrees with a
    feminine one (طالبت الحكومة), so the phrase is its object. Not a plural of men in ة (قادة، قضاة، دعاة), nor a
    perfect form after a word, which may be a verbal noun (مؤكدا دعم الحكومة الألمانية). A country or city named
    with no article is feminine too (ويطالب ايران بـ«التعاون التام»), save those `masculine` lists (لبنان), also past
    a resuming pronoun in `in_it` (قرارات يطالب فيها إيران بوقف التخصيب). A plural of things takes a feminine verb
    as well (دعت الدول، طالبت السلطات), so it is the object of a masculine one: «كما دعا دول مجلس التعاون إلى»،
    «ودعا الحكومة والمعارضة إلى الحوار» (a perfect of three letters in ا is a verb too: دعا)."""
    end = tail_end_of(trig)
    if g.prep or g.start_tok != end and not (g.start_tok == end + 1 and toks[end].norm in in_it):
        return False
    plural = _feminine_plural(toks[g.start_tok].norm, lands_plural) or _construct_plural(toks, g)
    in_ta = toks[g.start_tok].text.endswith("ة") or plural and \
        not any(m.get("type") in ("country", "capital", "city") for m in g.mentions)  # (not: الولايات المتحدة)
    name = not in_ta and _feminine_name(toks, g, masculine)
    if not name and not in_ta:
        return False
    v, t = toks[trig.tok_start].norm, trig.tok_start
    if _singular_gender(v) != "m" or _verb_gender(v) != "m" and not _defective_perfect(v) or \
            trig.get("object_pronoun"):
        return False  # (a verb with its object attached has the phrase after it for subject: احتجزتهم قوات المقاومة;
        # a future in ست tells no gender, _singular_gender: ستستهدف القوات التركية)
    if not (trig.get("prefix")[:1] in ("و", "ف") or strip_wa(v).startswith(("ي", "سي")) or t == 0 or
            toks[t - 1].text in _CLAUSE_BREAKS or _after_lead_in(toks, t)):
        return False  # (a perfect after a word may be a verbal noun: «مؤكدا دعم الحكومة الألمانية»; not after كما)
    if name:  # (only an imperfect verb or one opening its clause: «ودعم مصر الكامل» is a verbal noun)
        return strip_wa(v).startswith(("ي", "سي")) or t == 0 or toks[t - 1].text in _CLAUSE_BREAKS
    w = strip_wa(toks[g.start_tok].norm)
    w = w[2:] if w.startswith("ال") else w
    if not plural and len(w) <= 4 and "ا" in w[1:3]:
        return False  # (قادة الدول، ولاة الأمر; not a plural in ات: وطالب القوات)
    return not any(m.get("type") in ("person", UNKNOWN_NAME, TITLED_NAME) for m in g.mentions)


def _complement_object(toks: list[Token], trig: Mention, g: Group, trig_toks: set[int], fw: FunctionWords) -> bool:
    """True for a bare phrase right after a verbal noun in بـ that stands right after the verb, with no subject
    between (هدد بقتل الرهائن), or past the noun's own object in construct (هددت بإسقاط حكم حماس): the phrase is
    that noun's object. The noun: an event word, or a word in ا past the بـ (باستخدام، بالانتقام), no preposition,
    adverb or filler (باسم، بالإضافة)."""
    k = tail_end_of(trig)
    if k >= len(toks) or g.prep or trig.get("object_pronoun") or toks[k].kind != "ar":
        return False
    if g.start_tok == k + 2:  # (a head in construct between: no article, no و, no function word)
        h = toks[k + 1].norm
        if toks[k + 1].kind != "ar" or h.startswith(("ال", "و")) or h in fw.preposition or h in fw.adverb or \
                h in fw.filler or k + 1 in trig_toks:
            return False
    elif g.start_tok != k + 1:
        return False
    w = toks[k].norm
    if not w.startswith("ب") or w in fw.preposition or w in fw.adverb or w in fw.filler or w in fw.link:
        return False
    return k in trig_toks or len(w) >= 5 and w[1] == "ا"


def _defective_perfect(norm: str) -> bool:
    """True for a masculine perfect of three letters ending in ا (دعا، غزا، نجا), which `_verb_gender` leaves
    unread."""
    w = strip_wa(norm)
    return len(w) == 3 and w.endswith("ا")


def _feminine_plural(norm: str, feminine_plural: frozenset[str]) -> bool:
    """True for a plural of things or bodies, which takes a feminine verb: a definite plural in ات (السلطات،
    الحكومات، القوات) or a broken plural function_words lists (lands_plural: دول، الدول)."""
    w = strip_wa(norm)
    return w in feminine_plural or w.startswith("ال") and w.endswith("ات") and len(w) >= 6


def _construct_plural(toks: list[Token], g: Group) -> bool:
    """True for a phrase that opens with a plural in ات with no article, in construct with a definite word in the
    same phrase (قوات التحالف، سلطات الاحتلال، قيادات الجيش): a plural of things or bodies, feminine."""
    w = strip_wa(toks[g.start_tok].norm)
    nxt = g.start_tok + 1
    return len(w) >= 4 and w.endswith("ات") and not w.startswith("ال") and nxt < g.end_tok and \
        toks[nxt].kind == "ar" and toks[nxt].norm.startswith("ال")


def _feminine_name(toks: list[Token], g: Group, masculine: frozenset[str] = frozenset()) -> bool:
    """True for a phrase that is one country or city named with no article (ايران، روسيا، طهران): feminine in
    Arabic, unlike العراق، الأردن، اليمن and those `masculine` lists (function_words.tsv masculine_place: لبنان)."""
    m = g.mentions[0] if len(g.mentions) == 1 else None
    if m is None or m.tok_start != g.start_tok or m.kind != "actor" or m.get("type") not in ("country", "capital"):
        return False
    w = normalize(m.text)
    return not w.startswith("ال") and w not in masculine


def _past_subject(toks: list[Token], trig: Mention, actor: list[Group], groups: list[Group], starts: list[int],
                  fw: FunctionWords, cues: dict[int, Mention] | None = None) -> int:
    """The token just past a verb's subject standing after it: past its conjuncts, an honorific (ورحب سموه), a name in
    apposition and a comma closing it (حذر مفتي عام المملكة … الشيخ عبدالعزيز آل الشيخ، المسلمين); the token right after
    the verb when its subject stands elsewhere."""
    k = tail_end_of(trig)
    if actor and actor[0].start_tok >= k and actor[0].start_tok - k <= 1:
        k = _conj_end(actor[0])
    elif _honorific_at(toks, k):
        k += 1
    for _ in range(3):
        if k < len(toks) and toks[k].text in ",،":
            k += 1
            continue
        i = bisect_left(starts, k)
        if i < len(starts) and starts[i] == k and _person_named(groups[i]) and not groups[i].prep:
            k = _conj_end(groups[i])
            continue
        if k + 1 < len(toks) and toks[k].norm.startswith("ال") and toks[k].norm[2:] in _cue_words("title"):
            if i < len(starts) and starts[i] == k + 1 and _person_named(groups[i]) and not groups[i].prep:
                k = _conj_end(groups[i])  # (الشيخ عبدالعزيز بن عبدالله آل الشيخ: a title before the name)
                continue
            if (j := _name_run(toks, k + 1, set(), fw)) is not None:
                # (الشيخ عبدالله آل الشيخ: a name the lexicons lack, with its family «آل X»; the run stops before God
                # called on, «… آل الشيخ المولى أن يحفظ», should it run on into it)
                k = next((i for i in range(k + 1, j) if (c := (cues or {}).get(i)) is not None and c.label == "prayer"), j)
                if k == j and k + 1 < len(toks) and toks[k].text in ("آل", "ال") and toks[k + 1].kind == "ar":
                    k += 2
                continue
        break
    return k


def _no_act_past_subject(toks: list[Token], trig: Mention, entry: TriggerEntry, actor: list[Group],
                         groups: list[Group], starts: list[int], cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for a verb whose words past its subject tell another sense than the act: for a verb of support in بـ, a
    clause of what was noted (cues.tsv noted: ونوه الوزير … بأن، إلى أن) or a greeting of the guests (cues.tsv guest:
    ورحب المحافظ بالحضور); for a verb of appeal, God called on (cues.tsv prayer: ودعا رئيس مجلس الشورى المولى القدير
    أن يحفظ); for a verb of warning, the
    speaker's own people or the public warned of a danger (cues.tsv public and cautioned: حذر المفتي المسلمين من فئة،
    نحذر شبابنا من), or a warning in the first person to no coded party (لا بد أن نحذر حرب الشعارات): a caution."""
    if entry.event == "THREATEN":
        c = cues.get(trig.tok_start)
        if c is None or c.label != "warn":
            return False
        k = _past_subject(toks, trig, actor, groups, starts, fw)
        if k < len(toks) and (w := cues.get(k)) is not None and w.label in ("public", "cautioned") and any(
                toks[j].norm == "من" for j in range(w.tok_end, min(len(toks), w.tok_end + 6))):
            # (past a word of who they are and where: «حذرت الحكومة المواطنين الأجانب المقيمين في ليبيا من مغبة»)
            return True
        return strip_wa(toks[trig.tok_start].norm)[:1] in "نا" and not any(
            _coded(h) for h in groups[bisect_left(starts, k):][:1])
    if entry.event not in ("SUPPORT", "REQUEST"):
        return False
    if entry.event == "REQUEST" and entry.pos == "verb" and _what_caused(toks, trig):
        return True
    if entry.event == "SUPPORT" and "ب" in entry.prep:
        # (the first word in بـ past the verb, or «إلى أن», whatever its subject: ورحب المحافظ بالحضور)
        end = tail_end_of(trig)
        k = next((j for j in range(end, min(len(toks), end + 12)) if toks[j].text in _CLAUSE_BREAKS or (
            toks[j].norm[:1] == "ب" and len(toks[j].norm) > 3) or (
            (c := cues.get(j)) is not None and c.label in ("guest", "noted"))), None)
        if k is None or (w := cues.get(k)) is None:
            return False
        # (not the name بان: «ورحب الأمين العام للأمم المتحدة بان جي مون»)
        return w.label == "guest" or w.label == "noted" and not (
            toks[k].text == "بان" and k + 1 < len(toks) and len(toks[k + 1].norm) == 2 and
            toks[k + 1].norm not in fw.preposition)
    k = _past_subject(toks, trig, actor, groups, starts, fw, cues)
    return k < len(toks) and (w := cues.get(k)) is not None and w.label == "prayer"


def _quoted_within(toks: list[Token], g: Group, since: int) -> bool:
    """True if the phrase ends a quotation opened after token `since` («سوسيتيه جنرال»): part of a quoted name."""
    return g.end_tok < len(toks) and toks[g.end_tok].text in _CLOSE_QUOTES and any(
        toks[j].text in _OPEN_QUOTES for j in range(since, g.start_tok + 1))


def _tail_subject(toks: list[Token], trig: Mention, groups: list[Group], starts: list[int]) -> Group | None:
    """The phrase that begins with the trigger's own tail word when that word is definite and right after the verb
    («ونشرت القوات الموالية لحكومة هادي مدرعاتها»، «نشرت الشرطة الإسرائيلية مئات العناصر»): the verb's subject,
    which the trigger phrase took in (an indefinite one, «نشرت تركيا قوات», is the object, but not an unnamed armed
    doer, sector UAF: «اقتحم انتحاري بجرار مفخخ مركزا للدرك»); None otherwise."""
    k = trig.tok_end
    if not _contiguous_tail(trig) or k >= len(toks) or trig.get("prefix")[-1:] in ("ل", "ب"):
        return None
    i = bisect_left(starts, k)
    g = groups[i] if i < len(groups) and starts[i] == k and not groups[i].prep else None
    if g is None or toks[k].norm.startswith("ال"):
        return g
    return g if any(m.kind == "agent" and m.label == "UAF" and m.tok_start == k for m in g.mentions) else None


def _one_party(toks: list[Token], a: Group, b: Group) -> bool:
    """True when two phrases name one party: in the same words, or each one mention the lexicon resolves to one
    person, a preposition or و joined to it aside (خادم الحرمين الشريفين … لخادم الحرمين الشريفين)."""
    return _same_words(toks, a, b) or len(a.mentions) == len(b.mentions) == 1 and \
        _one_person(a.mentions[0], b.mentions[0])


def _public_services(toks: list[Token], trig: Mention, actor: list[Group], recipient: list[Group],
                     fw: FunctionWords) -> bool:
    """True for services (function_words services: تقديم الخدمات، توفر الخدمات) a body gives its own public — no
    aid, unless they go to refugees, a disaster's victims, the needy or a foreign community (afflicted: للنازحين،
    الجالية البرماوية) or to a people of a state other than the giver's («وتستمر الرئاسة العامة … في تقديم أرقى الخدمات لمرتادي الحرمين الشريفين»)."""
    k = int(trig.get("tail_end") or 0) - 1
    if k < trig.tok_end or toks[k].norm not in fw.services:
        return False
    if any(toks[j].norm in fw.afflicted or strip_wa(toks[j].norm) in fw.afflicted
           for g in recipient for j in range(g.start_tok, g.end_tok)) or \
            any(m.get("sector") == "REF" for g in recipient for m in g.mentions):
        return False
    for j in range(k + 1, min(len(toks), k + 13)):  # (or told right after: «الخدمات الطبية لأكثر من 300 لاجئ سوري»)
        if toks[j].text in ".؛;:؟?!":
            break
        if toks[j].norm in fw.afflicted or strip_wa(toks[j].norm) in fw.afflicted:
            return False
    givers = {m.get("code") for g in actor for m in g.mentions if m.get("code")}
    taken = {m.get("code") for g in recipient if not _place(g) for m in g.mentions if m.get("code")}
    return not taken - givers  # (a people of a state, not a town: «تقديم الخدمات الطبية للشعب اليمني الشقيق»)


def _denied_accusation(trig: Mention, actor: list[Group], k: int, cues: dict[int, Mention]) -> bool:
    """True when the word k that `_charge_verb_before` found before an accusation noun is a denial verb (cues.tsv
    denial: نفى، نفت، ينفي), and the actor found stands before the noun: the denier (نفت انقرة قطعيا هذه
    الاتهامات، «وينفي رضايان وعائلته والمقربون منه هذه الاتهامات»)."""
    return (c := cues.get(k)) is not None and c.label == "denial" and all(g.end_tok <= trig.tok_start for g in actor)


def _court_conviction(toks: list[Token], actor: list[Group], recipient: list[Group]) -> bool:
    """True when a court (a judicial body) condemns a party and the word right after that party opens with بـ, the
    charge: «وأدانت المحكمة الشركة بارتكاب»."""
    if not actor or not recipient or not all(m.get("sector") == "JUD" for m in actor[0].mentions):
        return False
    k = recipient[-1].end_tok
    return k < len(toks) and toks[k].norm.startswith("ب") and len(toks[k].norm) > 3 and \
        actor[0].end_tok <= recipient[0].start_tok


def _relative_doing_subject(toks: list[Token], g: Group, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True when the phrase is the subject of a relative clause of doing right before it: التي/الذي (cues.tsv
    relative), a light verb (cues.tsv light_verb: قامت) and its resumptive بها (function_words.tsv resumptive_bi), or the
    light verb carrying its own pronoun (شنها، نفذها): «عمليات العنف التي قامت بها ميليشيات الحوثي»."""
    k = g.start_tok - 1
    if k >= 0 and toks[k].norm in fw.resumptive_bi:
        k -= 1
    c = cues.get(k) if k >= 1 else None
    r = cues.get(k - 1) if c is not None else None
    return c is not None and c.label == "light_verb" and c.tok_end == k + 1 and r is not None and \
        r.label == "relative" and r.tok_end == k


def _stance_object(toks: list[Token], trig: Mention, actor: list[Group], fw: FunctionWords) -> int | None:
    """Where the object of an attack verb (function_words.tsv attack_verb: هاجم) names a policy, a stand, a statement or a decision (function_words.tsv
    stance_object): right after the verb, or right past its subject («هاجم الجبير السياسات الإيرانية»); None if not."""
    if strip_wa(toks[trig.tok_start].norm) not in fw.attack_verb:
        return None
    k = tail_end_of(trig)
    if k < len(toks) and strip_wa(toks[k].norm) not in fw.stance_object:
        k = next((g.end_tok for g in actor if g.start_tok == k), len(toks))
    return k if k < len(toks) and strip_wa(toks[k].norm) in fw.stance_object else None


SPOKEN_ATTACK_REACH = 14  # the words after an attack verb read for a word of speech (_spoken_attack): past a titled
# subject and its object («هاجم نائب رئيس شرطة دبي ضاحي خلفان ميليشيا الحوثي الانقلابية، واصفا اياها»)
_SPEECH_VENUE = frozenset({"في", "خلال", "عبر"})  # the prepositions of a speech an attack in words is told in


def _spoken_attack(toks: list[Token], trig: Mention, fw: FunctionWords) -> bool:
    """True for an attack verb (function_words.tsv attack_verb: هاجم) told in words: within SPOKEN_ATTACK_REACH words
    after it and before any full stop, a participle of saying, describing or blaming (spoken_participle: واصفا،
    متهما، قائلا; past a comma only right after it: «…، واصفا اياها») or, before any comma, an owned speech right
    after في، خلال or عبر (owned_speech: «في خطابه»). Not a new clause past a comma («…، وقال الجيش في بيان»)."""
    if strip_wa(toks[trig.tok_start].norm) not in fw.attack_verb:
        return False
    for j in range(trig.tok_end, min(len(toks), trig.tok_end + SPOKEN_ATTACK_REACH)):
        if toks[j].text in _CLAUSE_STOPS:
            return False
        if toks[j].text in ",،":
            return j + 1 < len(toks) and _spoken_participle(toks[j + 1].norm, fw) and not (
                _reported_at(toks, trig, fw) and _participle_agreement(toks[j + 1].norm)
                != _perfect_agreement(toks[trig.tok_start].norm))
            # (not an attack a speaker reports when the participle past the comma does not agree with its verb: it is
            # the speaker's, «وقال المتحدث إن الحوثيين هاجموا القوات السعودية، متهما إياهم بخرق الهدنة»; one that
            # agrees goes on the reported subject, «وقالت الوكالة إن الرئيس الإيراني هاجم المملكة، واصفا إياها»)
        w = strip_wa(toks[j].norm)
        if _spoken_participle(toks[j].norm, fw) and not (w in fw.accused and j + 1 < len(toks)
                                                          and toks[j + 1].norm.startswith(("بال", "لل"))) \
                or w in fw.owned_speech and strip_wa(toks[j - 1].norm) in _SPEECH_VENUE:
            return True  # (before a comma, not a word that is also «accused» before its charge in بالـ: «وهاجم حشد
            # امرأة متهمة بالتجديف»; «هاجم زيد أبو زيد … نوري المالكي متهمًا إياه»، «متهما بغداد» are words)
    return False


def _participle_agreement(norm: str) -> str:
    """The subject an active participle agrees with, from its ending: "pl" (واصفين، متهمين), "f" (واصفة، متهمة)
    or "m" (واصفا، متهما)."""
    w = strip_wa(norm)
    if w.endswith(("ه", "تين")):
        return "f"
    return "pl" if w.endswith(("ين", "ون")) else "m"


def _reported_at(toks: list[Token], trig: Mention, fw: FunctionWords) -> bool:
    """True for a trigger in a clause told after a complementizer (إن، أن), with no full stop nor relative pronoun
    between: «وقال المتحدث إن الحوثيين هاجموا القوات» (not «قبل تصريحات ترامب التي هاجم فيها جون ماكين»)."""
    for x in range(trig.tok_start - 1, -1, -1):
        w = strip_wa(toks[x].norm)
        if toks[x].text in _CLAUSE_STOPS or w in _RELATIVE:
            return False
        if w in fw.complementizer:
            return True
    return False


def _spoken_participle(norm: str, fw: FunctionWords) -> bool:
    """True for a participle of saying or blaming (function_words.tsv spoken_participle), as written or past a joined
    و (وواصفا; not the و of واصفا itself, which strip_wa would take off)."""
    return norm in fw.spoken_participle or norm[:1] == "و" and norm[1:] in fw.spoken_participle


def _refused_accusation(toks: list[Token], k: int, fw: FunctionWords) -> bool:
    """True when the word k that `_charge_verb_before` found before an accusation noun is a verb of rejecting
    (function_words.tsv charge_refusal: «ورفض الجيش النيجيري هذه الاتهامات»): its subject is the accused."""
    return strip_wa(toks[k].norm) in fw.charge_refusal


def _charge_verb_before(toks: list[Token], trig: Mention, cues: dict[int, Mention], fw: FunctionWords,
                        reach: int = 8) -> int | None:
    """The nearest word in the few words before an accusation noun, with no stop or أن between, that denies or
    rejects (cues.tsv denial, function_words.tsv charge_refusal); None when there is none. A day set in brackets
    counts no word («نفى الرئيس التركي رجب طيب إردوغان بقوة اليوم (الجمعة) الاتهامات»: the clause runs past it)."""
    k, n = trig.tok_start - 1, 0
    while k >= 0 and n < reach:
        if (q := _bracketed_day_mark(toks, k, -1)) is not None:
            k = q - 1
            continue
        w = strip_wa(toks[k].norm)
        if toks[k].text in ".،,؛;:؟?!" or w in fw.complementizer:
            return None
        if w in fw.charge_refusal or (c := cues.get(k)) is not None and c.label == "denial":
            return k
        k, n = k - 1, n + 1
    return None


def _passive_light_before(toks: list[Token], trig: Mention, cues: dict[int, Mention]) -> int | None:
    """Where تم/يتم (cues.tsv passive_light) stands right before the event noun, or before its light noun
    (تم إلقاء القبض); None when it does not."""
    t = trig.tok_start
    for k in (t - 1, t - 2):
        if k >= 0 and (c := cues.get(k)) is not None and c.label == "passive_light":
            return k
    return None


def _accused(g: Group) -> bool:
    """True for a phrase headed by a word for the accused or suspects (agents.tsv sector CRM: المتهمين)."""
    return any(m.kind == "agent" for m in g.mentions) and \
        all(m.get("sector") == "CRM" for m in g.mentions if m.kind == "agent")


def _resumed_genitive(toks: list[Token], t: int, g: Group, fw: FunctionWords) -> bool:
    """True if the phrase ends right before the trigger at t and is the genitive of a word that no phrase holds, no
    function word (مكان المسلحين، هوية الجناة والقبض عليهم): what the noun joined to it by و, and its pronoun, tell of."""
    k = g.start_tok - 1
    return g.end_tok == t and not g.prep and k >= 0 and toks[k].kind == "ar" and not toks[k].norm.startswith("ال") \
        and not _function_word(toks[k].norm, fw)


def _pronoun_object_after(toks: list[Token], k: int, fw: FunctionWords) -> bool:
    """True if the word at token k is على with an attached pronoun (القبض عليهم): the object told before."""
    return k < len(toks) and toks[k].kind == "ar" and strip_wa(toks[k].norm) in fw.pronoun_object


def _lam_actor(toks: list[Token], trig: Mention, after: list[Group], tail_end: int, cues: dict[int, Mention],
               trig_toks: set[int], starts: list[int], fw: FunctionWords) -> Group | None:
    """For an indefinite event noun whose genitive names its actor, the ل-phrase right after it (or after its
    adjectives, and, for an attack, past the weapon in بـ: «هجوم ثان بالقنابل الحارقة لمستوطنين»، «هجوم بسيارة
    مفخخة لتنظيم داعش»; not «تحرير المدينة باستثناء جيوب لميليشيات الحوثيين») in place of the genitive: هجوم
    للقاعدة، غارات لطائرات التحالف، في هجوم لعناصر المقاومة. Only for
    attacks and arrests (دعوة للأكراد, a call, is to them); not where the noun takes ل for its target (كمين
    لدورية), nor a place (هجوم لبغداد)."""
    word = toks[trig.tok_start].norm[len(trig.get("prefix")):]
    if trig.label not in _LAM_DONE or word.startswith("ال") or "ل" in trig.entry.prep or not after:
        return None
    g = after[0]
    k = tail_end
    while k < g.start_tok and k - tail_end < 2 and toks[k].kind == "ar" and k not in trig_toks and k not in cues \
            and not toks[k].norm.startswith("ال") and toks[k].norm not in fw.preposition and toks[k].norm != "ل":
        k += 1  # its indefinite adjectives: هجوم انتحاري، غارات جوية
    if k < g.start_tok and trig.label == "ASSAULT" and toks[k].kind == "ar" and toks[k].norm.startswith("ب") and \
            len(toks[k].norm) > 3 and not _starts_at(starts, k) and (
                k in trig_toks or k + 1 in trig_toks or _instrument_word(toks, k, fw)):
        k += 1  # the weapon in بـ and its adjectives, an attack word among them: «هجوم ثان بالقنابل الحارقة
        # لمستوطنين على منزل»، «هجوم بسيارة مفخخة لتنظيم داعش»
        while k < g.start_tok and toks[k].kind == "ar" and k not in cues and not _starts_at(starts, k) and \
                toks[k].norm not in fw.preposition and toks[k].norm != "ل":
            k += 1
    if k < g.start_tok and toks[k].norm == "ل":
        # في هجوم جديد لـ«الكردستاني»: the letter written apart, before a quoted name
        j = k + 1 + (k + 1 < len(toks) and toks[k + 1].text in _OPEN_QUOTES)
        return g if g.start_tok == j and g.prep in ("", "ل") and not _place(g) and _named(g) else None
    if g.prep == "" and g.start_tok == k and k - 1 >= tail_end and toks[k - 1].norm[:1] == "ل" and \
            toks[k - 1].norm[1:] in fw.elements and not _place(g) and _named(g) and trig.entry.cameo != "190":
        return g  # (the group's elements in ل no lexicon reads: «في هجوم لعناصر المقاومة»; not one side of a clash,
        # «في اشتباك لعناصر الجيش مع مسلحي داعش»)
    if g.prep != "ل" or g.start_tok != k or _place(g) or not _named(g):
        return None
    return g


def _genitive_doer(toks: list[Token], trig: Mention, entry: TriggerEntry, after: list[Group], tail_end: int,
                   fw: FunctionWords) -> Group | None:
    """For an attack or arrest verb spelled as its bare perfect, which is also its verbal noun (قصف), a force right
    after it with a word in ل right after that force: «أنباء قصف الحوثيين لمنزلك» — a verb takes its object with no
    ل, so it is the noun, the force its genitive doer; None otherwise."""
    if entry.event not in _LAM_DONE or "ل" in entry.prep or not after or after[0].prep \
            or after[0].start_tok != tail_end or trig.get("prefix"):
        return None
    g = after[0]
    if strip_wa(toks[trig.tok_start].norm) != entry.lemma or not _force(g) or not _lam_object(
            toks, g, fw, _past_place_in(toks, _conj_end(g), after)):
        return None
    return g


def _past_place_in(toks: list[Token], k: int, after: list[Group]) -> int:
    """The token past a place in في standing at token k («قصف المتمردين في اليمن لمناطق سكنية»: where the act was
    done, between the verbal noun's genitive and its object in ل); k if no such place is there."""
    if k >= len(toks) or toks[k].norm != "في":
        return k
    g = next((g for g in after if g.start_tok == k + 1 and g.prep == "في" and _place(g)), None)
    return k if g is None else g.end_tok


def _adjective_lam_doer(toks: list[Token], trig: Mention, entry: TriggerEntry, after: list[Group], tail_end: int,
                        cues: dict[int, Mention], trig_toks: set[int], fw: FunctionWords) -> Group | None:
    """For an indefinite attack noun (or a verb spelled as one) with one or two adjectives of kind in ي after it, the
    ل-phrase right after them when a force heads it: «قصف مدفعي لقوات النظام»، «قصف صاروخي لميليشيا الحوثي» — the
    doer, as its genitive would be (not a target: «قصف عنيف لمواقع المسلحين» is headed by a place); None otherwise."""
    if entry.event != "ASSAULT" or not after or after[0].prep != "ل" or trig.get("possessive"):
        return None
    if toks[trig.tok_start].norm[len(trig.get("prefix")):].startswith("ال"):
        return None
    g = after[0]
    k = tail_end
    while k < g.start_tok and k - tail_end < 2 and toks[k].kind == "ar" and k not in trig_toks and k not in cues \
            and not toks[k].norm.startswith(("ال", "و")) and toks[k].norm.endswith(("ي", "ية", "يه")) \
            and toks[k].norm not in fw.preposition:
        k += 1  # its indefinite adjectives of kind: قصف مدفعي، غارات جوية (not an object: استهدفت تجمعا للمليشيات)
    if k == tail_end or g.start_tok != k or _place(g):
        return None
    head = next((m for m in g.mentions if m.tok_start == g.start_tok), None)
    return g if head is not None and head.get("sector") in _FORCES else None


def _lam_doer(toks: list[Token], trig: Mention, entry: TriggerEntry, after: list[Group], tail_end: int,
              fw: FunctionWords) -> tuple[Group, Group] | None:
    """For an attack or arrest verb whose spelling is also its verbal noun (قصف، هجوم is no verb), the force in ل
    right after it and the ل-phrase right after that force: «وقصف لطائرات التحالف لمحافظة مأرب», «قصفا لطائرات
    التحالف لمواقع الحوثيين» — no verb takes its subject in ل, so it is the noun, the force its doer and the
    second ل-phrase its target; None otherwise (a verb whose own preposition is ل: تصدى لـ)."""
    if entry.event not in _LAM_DONE or "ل" in entry.prep or not after or after[0].start_tok != tail_end:
        return None
    g = after[0]
    if g.prep != "ل" or _place(g) or not _force(g) or toks[trig.tok_start].norm[len(trig.get("prefix")):] \
            .startswith("ال"):
        return None
    target = _lam_target(toks, after, g, fw)
    return (g, target) if target is not None else None


def _lam_target(toks: list[Token], after: list[Group], doer: Group, fw: FunctionWords) -> Group | None:
    """The ل-phrase right after the ل-phrase of an event noun's doer (and its conjuncts), or the owner of a noun in
    ل there, its target: «قصف لطائرات التحالف لمحافظة مأرب» → محافظة مأرب, «لمواقع الحوثيين» → الحوثيين; None
    when there is none."""
    end = _conj_end(doer)
    g = next((g for g in after if g.start_tok >= end), None)
    if g is None:
        return None
    if g.start_tok == end and g.prep == "ل":
        return g
    w = toks[end].norm if toks[end].kind == "ar" else ""
    return g if g.start_tok == end + 1 and not g.prep and w.startswith("ل") and len(w) > 3 and \
        w not in fw.preposition and w not in fw.adverb else None


def _patient_word(norm: str, fw: FunctionWords, suffixed: bool) -> bool:
    """True if the word is an arrest or penalty verbal noun (function_words patient_noun), after و/ب/ل/ال; with
    `suffixed`, only when it carries an object pronoun (وإيداعه، ومعاقبتهم)."""
    w = strip_wa(norm)
    for p in ("بال", "لل", "ال", "ب", "ل", ""):
        if not w.startswith(p):
            continue
        stem = w[len(p):]
        if not suffixed:
            if stem in fw.patient_noun:
                return True
            continue
        if _owned_form(stem, fw.patient_noun):
            return True
    return False


def _owned_form(word: str, nouns: frozenset[str]) -> bool:
    """True for a noun of `nouns` with an owner's pronoun joined (هما، هم، ها، ه; its ة written ت before it, as in
    كلمته from كلمة)."""
    for suf in ("هما", "هم", "ها", "ه"):
        if word.endswith(suf) and len(word) > len(suf) + 2:
            base = word[:-len(suf)]
            if base in nouns or base.endswith("ت") and base[:-1] + "ه" in nouns:
                return True
    return False


def _patient_of_verbal_noun(toks: list[Token], before: list[Group], t: int, fw: FunctionWords) -> bool:
    """True if the last phrase of `before` (the event noun at t's) is who an arrest or penalty noun acts on, not the
    noun's doer: the genitive of such a noun, the phrases in apposition to it included (بمعاقبة رئيس الوزراء المصري
    الأسبق أحمد نظيف بالسجن … وغرامة), or the one its pronoun takes up between them (ضبط الجاني وإيداعه التوقيف)."""
    g = before[-1]
    start = g.start_tok
    for h in reversed(before[:-1]):  # (an adjective the phrases left out may stand between: الأسبق)
        if not (h.end_tok == start or h.end_tok == start - 1 and toks[h.end_tok].norm.startswith("ال")):
            break
        start = h.start_tok
    if start >= 1 and _patient_word(toks[start - 1].norm, fw, False):
        return True
    return any(_patient_word(toks[k].norm, fw, True) for k in range(g.end_tok, t))


def _indefinite_adjective(toks: list[Token], k: int, fw: FunctionWords) -> bool:
    """True for an Arabic word at token k with no article and no و, ب or ل first (a conjunct or a preposition's
    object; an adjective that begins with one, واسع، بري، is missed) that is no function word: the indefinite
    adjective of the noun before it (هجوم ثان، غارات جوية)."""
    w = toks[k].norm
    return toks[k].kind == "ar" and not w.startswith(("ال", "و", "ب", "ل")) and not _function_word(w, fw)


def _instrument_word(toks: list[Token], k: int, fw: FunctionWords) -> bool:
    """True if the word at token k is a weapon in بـ with the article (بالهاون، بالصواريخ، بالبراميل), no preposition
    written apart: the means of the attack noun right before it."""
    w = toks[k].norm
    return toks[k].kind == "ar" and w.startswith("بال") and len(w) > 4 and w not in fw.preposition \
        and w not in fw.cause


def _instrument(toks: list[Token], k: int, fw: FunctionWords) -> bool:
    """True if the attack word at k is the means of a wound or death told before it: it or the word before it
    (or the one before that: بشظايا قذائف هاون) carries بـ (برصاصة), which is no preposition written apart (بعد)."""
    return any(0 <= j and toks[j].kind == "ar" and toks[j].norm.startswith("ب") and len(toks[j].norm) > 3
               and toks[j].norm not in fw.preposition and toks[j].norm not in fw.cause for j in (k - 2, k - 1, k))


def _verb_gender(norm: str) -> str:
    """The person a perfect verb of saying agrees with, from its ending: "f" (قالت), "pl" (قالوا), "m" (قال); "" for
    a word that is no perfect verb (a participle or noun: مضيفا، بيان)."""
    w = strip_wa(norm)
    if w.endswith(("ا", "ه", "ي")) or w.startswith("ال"):
        return "pl" if w.endswith("وا") else ""
    return "f" if w.endswith("ت") else "m"


def _opening_report(toks: list[Token], cues: dict[int, Mention]) -> Mention | None:
    """The report verb that opens the sentence (after و or a quote mark) with أن/إن right after it, no subject
    between (وأضافت أنها …، وأوضح أن …); None otherwise."""
    k = 0
    while k < len(toks) and toks[k].text in "«»\"“”-–":
        k += 1
    c = cues.get(k)
    if c is None or c.label != "report" or not _verb_gender(toks[k].norm):
        return None
    j = c.tok_end + (c.tok_end < len(toks) and toks[c.tok_end].text in ",،")
    return c if j < len(toks) and strip_wa(toks[j].norm).lstrip("ب") in ("ان", "انه", "انها", "انهم", "انهما") else None


def _carried_speaker(text: str, toks: list[Token], events: list[Event], mentions: list[Mention],
                     speaker_before: Callable[[], tuple[Group, str] | None], fw: FunctionWords) -> list[Event]:
    """The sentence's events, where one told right after «أنها/أنه» of a report verb that opens the sentence with no
    subject (وأضافت أنها اعتقلت …) takes as its actor the speaker of the sentence before (`speaker_before()`, read
    only then), when the verb, the pronoun and that speaker's verb agree."""
    if not events:
        return events
    cues = {m.tok_start: m for m in mentions if m.kind == "cue"}
    opening = _opening_report(toks, cues)
    if opening is None:
        return events
    carried = speaker_before()
    if carried is None or _verb_gender(toks[opening.tok_start].norm) != carried[1]:
        return events
    that = opening.tok_end + (toks[opening.tok_end].text in ",،")
    pron = strip_wa(toks[that].norm)
    gender = "f" if pron.endswith("ها") else "pl" if pron.endswith(("هم", "هما")) else "m" if pron.endswith("ه") else ""
    if gender != carried[1] or that + 1 >= len(toks):
        return events
    actor = carried[0].entity(text)
    return [_with_actor(e, actor) if not e.actor and e.trigger.start == toks[that + 1].start else e for e in events]


def _carried_participle_speaker(text: str, toks: list[Token], events: list[Event], mentions: list[Mention],
                                speaker_before: Callable[[], tuple[Group, str] | None]) -> list[Event]:
    """The sentence's events, where a participle that goes on its clause (of calling or accusing: _goes_on_clause)
    found no actor in a sentence that a report verb with no subject opens (وأضاف أن …: _opening_report), with no
    other verb of saying between: the speaker of the sentence before (`speaker_before()`, read only then) goes on,
    when that verb agrees with him and the participle's number with his («وقال وزير الخارجية اليمني … . وأضاف أن
    الحوثيين يواصلون خرق الهدنة، متهما إيران بتزويدهم بالأسلحة»)."""
    if not any(not e.actor and e.event in ("REQUEST", "ACCUSE") for e in events):
        return events
    cues = {m.tok_start: m for m in mentions if m.kind == "cue"}
    opening = _opening_report(toks, cues)
    if opening is None:
        return events
    trigs = {m.start: m for m in mentions if m.kind == "trigger"}
    goes_on = [e for e in events if not e.actor and (m := trigs.get(e.trigger.start)) is not None
               and _goes_on_clause(cues, m) and not any(c.label in ("report", "denial") and opening.tok_end <= k
                                                         < m.tok_start for k, c in cues.items())]
    if not goes_on:
        return events
    carried = speaker_before()
    if carried is None or _verb_gender(toks[opening.tok_start].norm) != carried[1]:
        return events
    actor = carried[0].entity(text)
    ids = {id(e) for e in goes_on if _plural_participle(e.trigger.text) == (carried[1] == "pl")}
    return [_with_actor(e, actor) if id(e) in ids else e for e in events]


def _plural_participle(word: str) -> bool:
    """True for a participle in the sound plural or dual (مطالبين، متهمين، داعيين), not a singular (متهما، داعيا)."""
    return normalize(word).endswith("ين")


def _carried_subject(text: str, toks: list[Token], events: list[Event], mentions: list[Mention],
                     before: tuple[list[Token], list[Mention], list[Event]],
                     speaker_before: Callable[[], tuple[Group, str] | None], fw: FunctionWords) -> list[Event]:
    """The sentence's events, where a verb of no violence that opens the sentence after و with no subject after it
    (وطالب بضرورة …، وحذر من أن …، وطالبوا الوزارة بـ …), or after a lead-in word (كما استقبل، لكنه أكد: statement_cues
    lead_in) or after وقد (وقد طلبت من ليبيا …), takes the subject of the sentence `before`: the one actor its verbs
    had, or else its speaker (`speaker_before()`), when the two verbs agree in gender and number. A plural attack or arrest verb with an
    object (وقتلوا عشرة مدنيين) goes on only from the actor of an attack or arrest verb before (_violent_carry)."""
    if not events or events[0].actor:
        return events
    trig = next((m for m in mentions if m.kind == "trigger" and m.start == events[0].trigger.start), None)
    if trig is None or trig.get("pos") != "verb" or not (
            trig.tok_start == 0 and trig.get("prefix")[:1] in ("و", "ف") or
            trig.tok_start == 1 and not trig.get("prefix") and (
                _after_lead_in(toks, 1) or toks[0].norm[0] in "وف" and toks[0].norm[1:] == "قد")):
        return events
    t = trig.tok_start
    person = _verb_person(toks[t].norm)
    if (actor := _attack_goes_on(text, toks, trig, events[0], before, person, fw, mentions)) is not None:
        return [replace(events[0], actor=actor), *events[1:]]
    end = _past_prayer(toks, tail_end_of(trig))  # (وأعرب – أيده الله – عن الشكر: the prayer is for the subject)
    if _stressed_subject_end(toks, end, fw):
        return events  # (ودعا هو الآخر الحكومة: «he too» tells of another party than the last)
    if not person or person != "pl" and not _no_subject_after(toks, end, fw) and \
            not _object_then_prep(toks, end, events[0], fw) and not _disagreeing_object(toks, end, person, mentions, fw):
        return events
    if events[0].event in _PASSIVE_TYPES:
        actor = _violent_carry(text, toks, trig, events[0], before, person, fw)
        return [replace(events[0], actor=actor), *events[1:]] if actor is not None else events
    actor = _previous_actor(text, before, person, fw)
    if actor is None and end > tail_end_of(trig):
        # (a prayer for the subject stands for the ruler the sentence before told of, whatever its events' words:
        # أطلع خادم الحرمين الشريفين المجلس على فحوى الاتصال الهاتفي … وأعرب – أيده الله – عن الشكر)
        actor = _previous_sole_actor(before)
    if actor is None and (said := speaker_before()) is not None:
        speaker = said[0].entity(text)
        actor = (speaker,) if _same_person(said[1], person, speaker.text.split()[0], fw) else None
    if actor is None:
        return events
    return [replace(events[0], actor=actor), *events[1:]]


def _object_then_prep(toks: list[Token], k: int, ev: Event, fw: FunctionWords) -> bool:
    """True where the verb ending before token k has its object read right after it, and a preposition (or a word
    with ب or ل) right past that object (واتهم المتمردين بمواصلة …، ودعت المجتمع الدولي إلى …): no subject stands
    between the verb and its object."""
    if k >= len(toks) or not ev.recipient or ev.recipient[0].start != toks[k].start:
        return False
    j = next((j for j in range(k, len(toks)) if toks[j].start >= ev.recipient[-1].end), len(toks))
    return _no_subject_after(toks, j, fw)


def _violent_carry(text: str, toks: list[Token], trig: Mention, ev: Event,
                   before: tuple[list[Token], list[Mention], list[Event]], person: str,
                   fw: FunctionWords) -> tuple[Entity, ...] | None:
    """The actor an attack or arrest verb opening the sentence with no subject goes on from: only a plural verb
    written as no passive, with an object read (وقتلوا عشرة مدنيين; not «وقُتلوا في الهجوم», whose subject they
    are), after a sentence whose one verb actor did an attack or arrest and agrees with it."""
    if person != "pl" or not ev.recipient or _looks_passive(toks, trig) or trig.get("aspect") != "perfect":
        return None
    return _striking_previous_actor(text, before, person, fw)


def _striking_previous_actor(text: str, before: tuple[list[Token], list[Mention], list[Event]], person: str,
                             fw: FunctionWords) -> tuple[Entity, ...] | None:
    """The one actor of the verbs of the sentence `before` (`_previous_actor`, agreeing with `person`) when one of its
    attack or arrest verbs is that actor's; None otherwise."""
    actor = _previous_actor(text, before, person, fw)
    if actor is None:
        return None
    _, mentions, events = before
    verbs = {m.start for m in mentions if m.kind == "trigger" and m.get("pos") == "verb"}
    return actor if any(e.actor == actor and e.event in _STRIKING and e.trigger.start in verbs for e in events) \
        else None


def _attack_goes_on(text: str, toks: list[Token], trig: Mention, ev: Event,
                    before: tuple[list[Token], list[Mention], list[Event]], person: str,
                    fw: FunctionWords, mentions: list[Mention] = ()) -> tuple[Entity, ...] | None:
    """The actor an attack or arrest verb of any number opening the sentence with no actor goes on from (not after
    فيما: function_words background), written as no passive: the one actor of the attack or arrest verbs of the
    sentence before, when right after the verb (past adverbs: أيضا، أمس) stands a plural of struck sites (كما قصف
    معسكرات …، كما استهدف أيضا آليات: function_words struck_site) and the two verbs agree; or the one actor of its
    attacks or arrests of any word, when a word of that very actor's name stands there, its uncoded short form (قصف
    طيران التحالف … كما دمر التحالف أربع منصات), or in the genitive of an attack noun there (بفعل ضربات طيران
    التحالف … واستهدفت غارات التحالف قاعدة العند)."""
    if ev.event not in _PASSIVE_TYPES or trig.get("aspect") != "perfect" or _looks_passive(toks, trig) or \
            trig.tok_start == 1 and toks[0].norm in fw.background:
        return None
    k = tail_end_of(trig)
    while k < len(toks) and toks[k].norm in fw.adverb:
        k += 1
    if k >= len(toks) or toks[k].kind != "ar":
        return None
    _, said, events = before
    hit = {e.actor for e in events if e.actor and e.event in _STRIKING}
    if len(hit) == 1:
        actor = next(iter(hit))
        named = {normalize(x) for a in actor for x in a.text.split()[1:]}
        attack = any(m.kind == "trigger" and m.tok_start == k and m.label == "ASSAULT" and m.get("pos") == "noun"
                     for m in mentions)
        for w in (toks[k].norm, toks[k + 1].norm if attack and k + 1 < len(toks) else ""):
            if w.startswith("ال") and len(w) > 4 and w in named:
                return actor
    w = toks[k].norm
    if (w[2:] if w.startswith("ال") else w) not in fw.struck_site:
        return None
    verbs = {m.start for m in said if m.kind == "trigger" and m.get("pos") == "verb"}
    if len({e.actor for e in events if e.actor and e.event in _STRIKING and e.trigger.start in verbs}) != 1:
        return None
    return _striking_previous_actor(text, before, person, fw)  # (the one attacker, and the verbs' one actor too)


def _honorific_actors(toks: list[Token], events: list[Event], mentions: list[Mention],
                      honored: Entity | None) -> list[Event]:
    """The sentence's events, where a verb whose subject is an honorific (ونوه سموه، وحث معاليه) takes as actor the
    person the story gave a form of address last (`honored`)."""
    if honored is None or not events:
        return events
    verbs = {m.start: m for m in mentions if m.kind == "trigger" and m.get("pos") == "verb"}
    return [_with_actor(e, honored) if not e.actor and e.trigger.start in verbs and _honorific_at(
        toks, tail_end_of(verbs[e.trigger.start])) and e.trigger.start > honored.end else e for e in events]


def _honorific_base(word: str) -> str:
    """The form of address an honorific pronoun stands for (فخامته → فخامه، سموه → سمو، معاليه → معالي): the word
    less its pronoun, a ت before the pronoun written as ه."""
    word = word[:-2] if word.endswith("ها") else word[:-1] if word.endswith("ه") else word
    return word[:-1] + "ه" if word.endswith("ت") else word


@lru_cache(maxsize=1)
def _honorific_bases() -> frozenset[str]:
    """The forms of address an honorific pronoun may stand for (statement_cues.tsv honorific: سموه → سمو)."""
    return frozenset(_honorific_base(w) for w in _cue_words("honorific"))


def _address_base(word: str) -> str:
    """A form of address less its article (السمو → سمو), as an honorific pronoun's base reads it."""
    return word[2:] if word.startswith("ال") else word


def _address_forms(text: str, toks: list[Token], mentions: list[Mention],
                   fw: FunctionWords, norms: list[str] | None = None) -> list[tuple[int, str, Entity]]:
    """The sentence's forms of address (فخامة الرئيس عبدالفتاح السيسي، صاحب السمو الملكي الأمير محمد بن سلمان) with
    the named person each goes with: (the token of the form, its base, the person) for a later سموه or فخامته.
    `norms`: the tokens' normal forms, when already read off them."""
    if norms is None:
        norms = [t.norm for t in toks]
    if fw.honorific.isdisjoint(norms):
        return []  # (most sentences: no form of address; tested in C)
    bases = _honorific_bases()
    found = [k for k, w in enumerate(norms) if w in fw.honorific and _address_base(w) in bases]
    if not found:
        return []
    ents = [m for m in mentions if m.kind in ("actor", "agent")]
    groups = noun_phrases(toks, ents, {m.tok_start: m for m in mentions if m.kind == "cue"}, fw)
    starts = {g.start_tok: g for g in groups if not g.prep and _named(g)}
    out = []
    for k in found:
        j = k + 1
        while j < len(toks) and toks[j].norm in fw.honorific:
            j += 1
        if j in starts:
            out.append((k, _address_base(toks[k].norm), starts[j].entity(text)))
    return out


_LIGHT_CUES = frozenset({"light_verb", "light_noun"})  # cues.tsv: a light verb (أجرى، عقد) before its event noun
_WITH_REACH = 3  # «مع سموه» this many words past the event's word names the one met


def _honorific_parties(toks: list[Token], events: list[Event], mentions: list[Mention],
                       forms: list[tuple[int, str, Entity]], addressed: dict[str, Entity]) -> list[Event]:
    """The sentence's events, where an honorific pronoun stands for the person last given its form of address
    (`forms` of the sentence before it, else `addressed` by the story before): «وعقد فخامته اجتماعاً مع سموه»
    — فخامته, the subject of the light verb before the event noun (cues.tsv light_verb, light_noun; or the noun's
    owner right after it: زيارة سموه),
    is its actor; سموه after مع its recipient. A verb's own honorific subject (ونوه سموه) is left to
    _honorific_actors, which reads only a person addressed as a subject."""
    if not events or not (forms or addressed):
        return events
    trigs = {m.start: m for m in mentions if m.kind == "trigger"}
    lights = {m.tok_start for m in mentions if m.kind == "cue" and m.label in _LIGHT_CUES}

    def person(k: int) -> Entity | None:
        """The person the honorific pronoun at token k stands for, if it is one."""
        if not _honorific_at(toks, k):
            return None
        base = _honorific_base(_honorific_word(toks[k].norm))
        return next((e for j, b, e in reversed(forms) if j < k and b == base), None) or addressed.get(base)

    out = []
    for e in events:
        m = trigs.get(e.trigger.start)
        if m is not None and not e.actor:
            end = tail_end_of(m)
            doer = (person(end) or (person(m.tok_start - 1) if m.tok_start >= 2 and m.tok_start - 2 in lights
                                    else None)) if m.get("pos") != "verb" else None
            e = _with_actor(e, doer) if doer is not None else e  # (a verb's own honorific subject: _honorific_actors)
        if m is not None and not e.recipient:
            end = tail_end_of(m)
            k = next((k for k in range(end, min(end + _WITH_REACH, len(toks) - 1)) if toks[k].norm == "مع"), -1)
            met = person(k + 1) if k >= 0 else None
            if met is not None and not any(a.name == met.name and a.code == met.code for a in e.actor):
                e = replace(e, recipient=(met,))
        out.append(e)
    return out


def _first_objects(text: str, toks: list[Token], events: list[Event], mentions: list[Mention],
                   fw: FunctionWords) -> list[Event]:
    """The sentence's events, where the lone actor of a verb standing right after it and right before the verb's
    second object (function_words.tsv second_object: «وحمّلت إسرائيل المسؤولية») is its first object, the recipient,
    where the verb blames (ACCUSE; «ورفضت إسرائيل المسؤولية» is Israel's own refusal):
    the subject of such a verb with no phrase between it and its first object is told before (here the subject of
    «دانت الحكومة الأردنية», the verb joined before; else none)."""
    if not events or fw.second_object.isdisjoint([t.norm for t in toks]):
        return events  # (most sentences: no event, or no second object; the words tested in C)
    trigs = {m.start: m for m in mentions if m.kind == "trigger"}
    seconds = [t for t in toks if t.norm in fw.second_object]
    out = []
    for e in events:
        m = trigs.get(e.trigger.start)
        if m is not None and e.event == "ACCUSE" and m.get("pos") == "verb" and len(e.actor) == 1 and \
                not e.recipient and _right_after(text, e.trigger.end, e.actor[0].start) and \
                any(t.start >= e.actor[0].end and not text[e.actor[0].end:t.start].strip(" «\"(")
                    for t in seconds):
            e = replace(e, actor=(), recipient=e.actor)
        out.append(e)
    return out


def _both_sides_actors(toks: list[Token], events: list[Event], mentions: list[Mention], sides: tuple[Entity, ...],
                       fw: FunctionWords) -> tuple[list[Event], tuple[Entity, ...]]:
    """The sentence's events, where a verb with no actor whose subject right after it is «the two sides» (رحب
    الجانبان، اتفق الطرفان: function_words.tsv both_sides) takes as actors the two parties of the story's last meeting
    (`sides`, or one told before it in the sentence); not a verb of meeting or talks, the meeting told again (وبحث
    الجانبان خلال اللقاء); and the parties of the sentence's last meeting, for the next."""
    verbs = {m.start: m for m in mentions if m.kind == "trigger" and m.get("pos") == "verb"}
    out = []
    for e in events:
        v = verbs.get(e.trigger.start)
        if sides and e.event != "CONSULT" and v is not None and v.tok_end < len(toks) and \
                strip_wa(toks[v.tok_end].norm) in fw.both_sides and (not e.actor or _one_side(e.actor, sides)):
            e = replace(e, actor=sides)
        elif e.event == "CONSULT" and e.actor and e.recipient:
            sides = e.actor + e.recipient
        out.append(e)
    return out, sides


def _passive_arrest_police(text: str, toks: list[Token], events: list[Event], mentions: list[Mention],
                           fw: FunctionWords) -> list[Event]:
    """The sentence's events, where an arrest told in the passive (تم القبض، وتم القبض) with no actor takes as actor
    the police body that the same sentence has take up the case (function_words.tsv take_up, or a light verb of
    searching: فقامت الجهات الأمنية بعمليات بحث وتحرٍ وتم القبض): «باشر المختصون بشرطة محافظة حفر الباطن إجراءات
    الضبط الجنائي للحادثة؛ حيث تم القبض على ثلاثة وافدين»، «تم القبض على شخصين …، كما باشرت الجهات المختصة بشرطة
    القطيف إجراءات الضبط»."""
    if not any(e.event == "COERCE" and not e.actor for e in events):
        return events  # (most sentences: no cue index built)
    cues = {m.tok_start: m for m in mentions if m.kind == "cue"}
    wanted = [i for i, e in enumerate(events) if e.event == "COERCE" and not e.actor and _passive_told(e, cues, toks)]
    if not wanted:
        return events
    police = None
    for k, tok in enumerate(toks):
        if strip_wa(tok.norm) in fw.take_up or (c := cues.get(k)) is not None and c.label == "light_verb":
            police = next((m for m in mentions if m.kind in ("actor", "agent") and m.get("sector") == "COP" and
                           k < m.tok_start <= k + 3), None)
            if police is not None:
                break
    if police is None:
        return events
    groups = noun_phrases(toks, [m for m in mentions if m.kind in ("actor", "agent")], cues, fw)
    g = next((g for g in groups if g.start_tok <= police.tok_start < g.end_tok), None)
    if g is None:
        return events
    actor = g.entity(text)
    return [replace(e, actor=(actor,)) if i in wanted and all(r.start != actor.start for r in e.recipient)
            and not _meanwhile_between(toks, police.tok_start, e.trigger.start, fw) else e
            for i, e in enumerate(events)]


def _meanwhile_between(toks: list[Token], k: int, start: int, fw: FunctionWords) -> bool:
    """True if a word of another matter (function_words.tsv meanwhile: فيما، بينما) stands between token k and the
    token at character `start`: the police told there took up another case («تم القبض على المتهمين في الأردن، فيما تباشر شرطة
    دبي التحقيق في قضية أخرى»; review of round 104)."""
    j = next((i for i, t in enumerate(toks) if t.start == start), k)
    return any(toks[i].norm in fw.meanwhile or toks[i].norm[1:] in fw.meanwhile and toks[i].norm[0] == "و"
               for i in range(min(j, k) + 1, max(j, k)))


def _passive_told(e: Event, cues: dict[int, Mention], toks: list[Token]) -> bool:
    """True for an event whose trigger follows a passive light verb (تم، وتم) right before it."""
    k = next((i for i, t in enumerate(toks) if t.start == e.trigger.start), None)
    c = cues.get(k - 1) if k else None
    return c is not None and c.label == "passive_light"


def _one_side(actor: tuple[Entity, ...], sides: tuple[Entity, ...]) -> bool:
    """True for an actor that is fewer parties than `sides`, each one of them by its code and sector or its words
    (وبناء على توجيه خادم الحرمين الشريفين وأخيه الرئيس عبدالفتاح السيسي فقد اتفق الجانبان: the president found
    as the subject is one of the two sides that agreed, not the whole)."""
    return len(actor) < len(sides) and all(any(
        a.text == s.text or a.code and (a.code, a.sector) == (s.code, s.sector) for s in sides) for a in actor)


def _dual_talkers(text: str, toks: list[Token], events: list[Event], mentions: list[Mention],
                  fw: FunctionWords) -> list[Event]:
    """The sentence's events, where a dual talks verb with no parties after «، و» (وبحثا) goes on from the verb
    that opens the sentence, its subject and its «مع» phrase («استعرض خادم الحرمين الشريفين الملك سلمان …، مع وزير
    الدفاع الأمريكي اشتون كارتر، العلاقات …، وبحثا مستجدات الأوضاع»): the subject talked with the other."""
    if len(toks) < 6 or not any(e.event == "CONSULT" and not e.actor and not e.recipient for e in events):
        return events
    verbs = {m.start: m for m in mentions if m.kind == "trigger" and m.get("pos") == "verb"}
    dual: dict[int, Mention] = {}  # event index → its verb: a dual verb after «، و» with no parties (by its words alone)
    for i, e in enumerate(events):
        v = verbs.get(e.trigger.start)
        if e.event == "CONSULT" and not e.actor and not e.recipient and v is not None and v.tok_start >= 2 and \
                toks[v.tok_start - 1].text in ",،" and toks[v.tok_start].norm[:1] == "و" and \
                toks[v.tok_start].norm.endswith("ا") and not _tanween_noun(toks, v):
            dual[i] = v
    if not dual:
        return events
    ents = [m for m in mentions if m.kind in ("actor", "agent")]
    groups = noun_phrases(toks, ents, {m.tok_start: m for m in mentions if m.kind == "cue"}, fw)
    subj = next((g for g in groups if g.start_tok in (1, 2) and not g.prep), None)
    if subj is None or (subj.start_tok == 2 and toks[1].text not in ",،" and toks[1].norm not in fw.honorific):
        return events
    other = next((g for g in groups if g.start_tok > subj.end_tok), None)
    if other is None or strip_wa(other.prep) != "مع" or other.start_tok - subj.end_tok > 3:
        return events
    return [replace(e, actor=[subj.entity(text)], recipient=[other.entity(text)])
            if i in dual and dual[i].tok_start > other.end_tok else e for i, e in enumerate(events)]


def _pronoun_recipients(text: str, toks: list[Token], events: list[Event], mentions: list[Mention],
                        fw: FunctionWords,
                        before: tuple[list[Token], list[Mention], list[Event]] = ([], [], [])) -> list[Event]:
    """The sentence's events, where a verb with an actor and no recipient whose object is an attached pronoun
    (واستقبله، اعتقلتهم) or a pronoun in a preposition it governs (اجتمع معهم، أطلقت عليه النار) takes as
    recipient the party the pronoun resumes: the nearest phrase before it, in the same clause and past no quote mark
    nor report verb, that agrees with it (ه a masculine, ها a feminine, هم a plural or conjoined one) and is not the
    actor; after a relative pronoun (الذين اجتمع معهم) only the phrase the relative follows."""
    if all(e.recipient for e in events):
        return events
    trigs = {m.start: m for m in mentions if m.kind == "trigger" and m.get("pos") == "verb"}
    cues = {m.tok_start: m for m in mentions if m.kind == "cue"}
    groups: list[Group] | None = None
    out = []
    for e in events:
        m = trigs.get(e.trigger.start)
        person = _object_pronoun(toks, m) if m is not None and not e.recipient else ""
        if person:
            if groups is None:
                groups = noun_phrases(toks, [x for x in mentions if x.kind in ("actor", "agent")], cues, fw)
            g = _pronoun_antecedent(toks, m.tok_start, person, groups, cues, e.actor, text, fw)
            if g is not None and not e.actor and (_own_person(toks[m.tok_start].norm, m) in ("", _phrase_person(
                    toks, g, fw)) or not m.get("prefix") and m.get("aspect") != "imperfect"):
                g = None  # وقد عملت الأمانة على إنشائها، ودعمتها: with no subject told, a phrase the verb agrees with
                # may be its subject, not what the pronoun resumes; and a bare perfect may be a verbal noun and its
                # owner (واعتبرت دعوته: his call)
            if g is not None:
                e = replace(e, recipient=tuple(x.entity(text) for x in (_with_conj(g) if person == "pl" else [g])))
            elif before[2] and _resumes_party(e, person) and _nothing_resumed_before(toks, m, e.actor):
                if (told := _party_before(text, m, person, e.actor, before, fw)) is not None:
                    e = replace(e, recipient=told)
        out.append(e)
    return out


def _resumes_party(ev: Event, person: str) -> bool:
    """True for an act whose object pronoun names a party, which the sentence before may have told: an arrest, a
    siege, a deportation, a meeting, a request or a threat, and an attack on a plural of people (قصفتهم); not a
    condemnation, a rejection or praise, whose pronoun resumes an act told before («وشن الطيران الروسي غارات على
    مواقع المعارضة. وأدانتها واشنطن»), nor a thing destroyed or seized («ودمرته الدفاعات الجوية»: the missile)."""
    return ev.event in _PARTY_OBJECT_TYPES and (ev.event != "COERCE" or ev.mode in _PARTY_OBJECT_MODES) \
        or ev.event == "ASSAULT" and person == "pl"


def _nothing_resumed_before(toks: list[Token], trig: Mention, actor: tuple[Entity, ...]) -> bool:
    """True for a verb trigger that opens its sentence: first, after a lead-in word or وقد (كما تحاصرهم، وقد
    اعتقلته), or right after its own actor (والقوات اليمنية تحاصرهم): nothing before it in the sentence is what its
    pronoun may resume."""
    t = trig.tok_start
    if t == 0 or t == 1 and (_after_lead_in(toks, 1) or toks[0].norm[:1] in "وف" and toks[0].norm[1:] == "قد"):
        return True
    return bool(actor) and all(any(a.start <= toks[k].start < a.end for a in actor) for k in range(t))


def _party_before(text: str, trig: Mention, person: str, actor: tuple[Entity, ...],
                  before: tuple[list[Token], list[Mention], list[Event]], fw: FunctionWords) -> tuple[Entity, ...] | None:
    """The party of the sentence before's verb events that a pronoun of `person` resumes, not the verb's own actor: the
    one recipient that agrees with it (استقبل السيسي كيري. وبحث معه: the subject goes on, the pronoun is the other);
    where those events had no recipient, the one actor that agrees; None where none or more than one agree."""
    btoks, bms, bevents = before
    cues = {m.tok_start: m for m in bms if m.kind == "cue"}
    by_end: dict[int, Group] = {}
    for g in noun_phrases(btoks, [x for x in bms if x.kind in ("actor", "agent")], cues, fw):
        for x in [g, *g.conj]:
            by_end.setdefault(x.entity(text).end, x)
    own = {(a.code, a.text) for a in actor}
    verbs = {m.start for m in bms if m.kind == "trigger" and m.get("pos") == "verb"}
    told = [ev for ev in bevents if ev.trigger.start in verbs]  # (a verb's parties: an event noun's may be dropped later)
    for side in ("recipient", "actor"):
        roles = [r for ev in told if (r := getattr(ev, side)) and not any((a.code, a.text) in own for a in r)]
        found: dict[tuple, tuple[Entity, ...]] = {}
        for role in roles:
            if len(role) > 1:
                if person == "pl":
                    found.setdefault(tuple((a.code, a.text) for a in role), role)
            elif (g := by_end.get(role[0].end)) is not None and _phrase_person(btoks, g, fw) == person:
                found.setdefault(((role[0].code, role[0].text),), role)
        if roles:
            return next(iter(found.values())) if len(found) == 1 else None
    return None


def _object_pronoun(toks: list[Token], trig: Mention) -> str:
    """The person of the pronoun a verb trigger takes as object: "m" (ه), "f" (ها), "pl" (هم), on the verb itself
    (where it takes an object) or in a preposition it governs in the next words (معهم، عليه); "" for none."""
    prep = getattr(trig.entry, "prep", ()) or ()
    if trig.get("object_pronoun"):
        return _pronoun_person(strip_wa(toks[trig.tok_start].norm)) if "obj" in prep else ""
    end = min(len(toks), max(trig.tok_end, tail_end_of(trig)) + 1, trig.tok_end + 3)
    for k in range(trig.tok_end, end):
        w = toks[k].norm
        for p in prep:
            if p != "obj" and w.startswith(p) and (person := _pronoun_person(w, len(p))):
                return person
    return ""


def _own_person(norm: str, trig: Mention) -> str:
    """The person of a verb's own subject by its spelling, past its object pronoun: "m", "f", "pl" (ـوا، ـون);
    "" where the spelling does not tell."""
    w = strip_wa(norm)
    if trig.get("object_pronoun"):
        w = w.removesuffix("هم") if w.endswith("هم") else w.removesuffix("ها") if w.endswith("ها") else \
            w.removesuffix("ه")
    if w.endswith(("وا", "ون")) or w.endswith("و") and not w.startswith(("ي", "ت")):  # (خطفوه، not يدعوها)
        return "pl"
    return _singular_gender(w)


def _pronoun_person(w: str, stem: int = 0) -> str:
    """The person of the pronoun attached to word `w` (past its first `stem` letters, a preposition, of which it is
    then all the rest): "pl" (هم), "f" (ها), "m" (ه); "" for none or a dual (هما)."""
    for suffix, person in (("هما", ""), ("هم", "pl"), ("ها", "f"), ("ه", "m")):
        if w.endswith(suffix) and (len(w) - stem == len(suffix) if stem else len(w) > len(suffix) + 2):
            return person
    return ""


def _pronoun_antecedent(toks: list[Token], t: int, person: str, groups: list[Group], cues: dict[int, Mention],
                        actor: tuple[Entity, ...], text: str, fw: FunctionWords) -> Group | None:
    """The party phrase before token t that a pronoun of `person` resumes (see `_pronoun_recipients`), or None."""
    if t > 0 and strip_wa(toks[t - 1].norm) in fw.what:
        return None  # وهو ما يعارضه المؤتمر: the pronoun resumes «ما» (what), no party
    taken = [(a.start, a.end) for a in actor]
    own = next((g for g in groups if g.end_tok <= t and any(
        (e := g.entity(text)).start < b and a < e.end for a, b in taken)), None)
    if own is not None and _phrase_person(toks, own, fw) in (person, ""):
        return None  # الحكومة الشرعية … ودعمها: a subject before the verb that agrees with the pronoun may be its antecedent
    rel = None
    starts = {g.start_tok for g in groups}
    for g in sorted((g for g in groups if g.end_tok <= t), key=lambda g: -g.end_tok):
        between = range(g.end_tok, t)
        if t - g.end_tok > 15 or any(toks[k].text in _OPEN_QUOTES + _CLOSE_QUOTES + ":()" or (
                (c := cues.get(k)) is not None and c.label == "report") or (
                toks[k].norm in fw.preposition and k + 1 not in starts) or not actor and toks[k].text in ",،"
                for k in between):
            return None  # (nor past a preposition before a noun that names no party: في المدينة وزارها; with no
            # actor told, nor past a comma: «على أرض العراق، وهي خطابات يدعمها الإعلام»)
        if rel is None:
            rel = next((k for k in reversed(between) if (c := cues.get(k)) is not None and c.label == "relative"),
                       -1)
        ent = g.entity(text)
        if any(ent.start < b and a < ent.end for a, b in taken):
            continue
        if rel >= 0 and g.end_tok != rel:
            if g.end_tok < rel:
                return None
            continue
        if not _named(g) or _city(g) or g.prep and g.prep not in fw.resumed_prep:
            if rel >= 0:
                return None
            continue
        if _phrase_person(toks, g, fw) == person:
            return g
        if rel >= 0:
            return None
    return None


def _phrase_person(toks: list[Token], g: Group, fw: FunctionWords) -> str:
    """The person a pronoun resuming phrase g takes: "pl" for conjoined phrases or a head in ـون/ـين, "f" for a
    country (not a masculine one: لبنان) or a head in ة, "m" for a person or another singular head; "" where the
    spelling does not tell (a head in ـات, a nationality alone)."""
    if any(_named(c) for c in g.conj):
        return "pl"
    m = g.mentions[0]
    head = m.text.split()[0] if m.text.split() else ""
    kind = m.get("type") if m.kind == "actor" else "agent"
    if kind == "demonym":
        return ""
    if kind in _PERSON_TYPES:
        return "m" if not head.endswith("ة") else "f"
    if kind == "country":
        return "m" if strip_wa(toks[g.start_tok].norm).removeprefix("ال") in fw.masculine_place or \
            strip_wa(toks[g.start_tok].norm) in fw.masculine_place else "f"
    if head.endswith("ة"):
        return "f"
    if head.endswith("ات"):
        return ""
    if len(head) >= 5 and head.endswith(("ون", "ين")):
        return "pl"
    return "m"


def _call_content_actors(toks: list[Token], events: list[Event], fw: FunctionWords) -> list[Event]:
    """The sentence's events, where an act with no actor told in a call («تلقى … اتصالا هاتفيا من X أعرب فيه عن
    استنكاره»، «أدان فيه التفجير»: فيه, an `in_it` word, resumes the call a few words before the act) takes the
    caller as actor."""
    calls = [e for e in events if e.mode == "phone" and e.actor]
    if not calls:
        return events
    starts = [t.start for t in toks]
    out = []
    for e in events:
        if not e.actor and e.mode != "phone":
            k = bisect_left(starts, e.trigger.start)
            if any(toks[j].norm in fw.in_it for j in range(max(0, k - 4), k)):
                call = next((c for c in reversed(calls) if c.trigger.end <= toks[max(0, k - 4)].start), None)
                if call is not None:
                    # (the caller the act's pronoun was read as, «أعرب فيه عن إدانته», is no recipient of it)
                    e = e.updated(actor=call.actor, recipient=tuple(
                        r for r in e.recipient if (r.start, r.end) not in {(a.start, a.end) for a in call.actor}))
        out.append(e)
    return out


def _informer(toks: list[Token], t: int, bare_before: list[Group], fw: FunctionWords) -> Group | None:
    """For an event noun with its pronoun at token t right after the object of a verb of informing (`inform`: أبلغ،
    أخطر): the verb's subject, before it (أنقرة أبلغت واشنطن موافقتها) or right after it (أبلغت أنقرة واشنطن
    رفضها), whose act the noun tells; None otherwise."""
    if len(bare_before) < 2 or _conj_end(bare_before[-1]) != t:
        return None
    told, subject = bare_before[-1], bare_before[-2]
    v = told.start_tok - 1
    if v >= 0 and strip_wa(toks[v].norm) in fw.inform and _conj_end(subject) == v:
        return subject
    if subject.end_tok == told.start_tok and subject.start_tok >= 1 and \
            strip_wa(toks[subject.start_tok - 1].norm) in fw.inform:
        return subject
    return None


def _noun_subject(toks: list[Token], prev: Mention, trig: Mention, ev: Event) -> bool:
    """True for an event noun in construct (no article) right after the verb that tells the same act, when the verb
    has no actor: the noun is the verb's subject (واستهدفت غارات التحالف قاعدة العند), whose own genitive does the
    act (not an object with the article: القى القنبلة)."""
    return prev.get("pos") == "verb" and trig.get("pos") == "noun" and trig.tok_start == prev.tok_end and \
        not ev.actor and not trig.get("possessive") and not _definite(toks[trig.tok_start].norm) and \
        not trig.get("prefix")


def _verb_person(norm: str) -> str:
    """The person of a perfect verb: "m", "f", "pl" (طالبوا); "" for a dual or a word that tells none."""
    w = strip_wa(norm)
    return "pl" if w.endswith("وا") else _singular_gender(norm)


def _previous_actor(text: str, before: tuple[list[Token], list[Mention], list[Event]],
                    person: str, fw: FunctionWords) -> tuple[Entity, ...] | None:
    """The actor of the verb events of the sentence before, when they have one and only one, and their verb agrees
    with `person` (a plural pronoun also with a plural subject after a singular verb: وأكد المشاركون … وطالبوا)."""
    toks, mentions, events = before
    verbs = {m.start: m for m in mentions if m.kind == "trigger" and m.get("pos") == "verb"}
    told = [(e, verbs[e.trigger.start]) for e in events if e.actor and e.trigger.start in verbs]
    if not told or len({tuple(a.text for a in e.actor) for e, _ in told}) != 1:
        return None
    ev, trig = told[0]
    return ev.actor if _same_person(_verb_person(toks[trig.tok_start].norm), person,
                                    ev.actor[0].text.split()[0], fw) else None


def _same_person(was: str, person: str, subject: str, fw: FunctionWords) -> bool:
    """True if a verb of person `was` with the subject whose first word is `subject` agrees with a later verb of
    `person` with none: the same person, or a plural after a singular verb whose subject is a plural in ـون/ـين
    (أكد المشاركون … وطالبوا), or in ـو before its genitive (هاجم مسلحو داعش … وقتلوا), or a broken plural of people
    (`people_plural`, the word folded first, as an actor's text is not: تمكن قراصنة من اختراق موقع … وهددوا)."""
    if person != "pl":
        return was == person
    return was == "pl" or was == "m" and (subject.endswith(("ون", "ين")) or len(subject) >= 5 and subject.endswith("و")
                                          or _bare(normalize(subject)) in fw.people_plural)


def _disagreeing_object(toks: list[Token], k: int, person: str, mentions: list[Mention], fw: FunctionWords) -> bool:
    """True where a masculine verb ending before token k has right after it a feminine noun written with ـة (not
    the pronoun ـه: وحث سموه) that names no party the lexicons know, and a preposition (or a word with ب or ل)
    within three words past it (كما دعا قيادة التمرد إلى …): a noun that disagrees with the verb is its object, no
    subject stands after the verb."""
    if person != "m" or k >= len(toks) or toks[k].kind != "ar" or not toks[k].text.endswith("ة") or \
            len(toks[k].norm) < 4 or any(m.tok_start == k for m in mentions if m.kind in ("actor", "agent")):
        return False
    for j in range(k + 1, min(k + 4, len(toks))):
        if toks[j].kind != "ar":
            return False
        if _no_subject_after(toks, j, fw):
            return True
    return False


def _no_subject_after(toks: list[Token], k: int, fw: FunctionWords) -> bool:
    """True where the verb ending before token k has no subject after it: a preposition (من، إلى), أن/أنه or a word
    with ب or ل attached (بضرورة، للمشاركة) follows (not a quote mark: والتقت «الشرق الأوسط» …)."""
    if k >= len(toks):
        return False
    w = toks[k].norm
    return toks[k].kind == "ar" and (w in fw.preposition or w in fw.complementizer or w in fw.pronoun_that or (
        len(w) >= 3 and w[0] in "بل" and not w.startswith("ال")))


def _relative_doer(toks: list[Token], t: int, cues: dict[int, Mention], groups: list[Group],
                   starts: list[int], fw: FunctionWords) -> Group | None:
    """For an event noun after في (الدور الذي تقوم به المملكة في دعم …، الجهود التي تبذلها المملكة في دعم …): the
    subject of the relative clause that ends right before في, the verb (and its resumptive به) right after الذي/التي;
    it does what the noun tells (the resumptive: function_words.tsv resumptive_bi)."""
    if t < 4 or toks[t - 1].norm != "في":
        return None
    g = next((g for g in groups[bisect_left(starts, t - 6):bisect_left(starts, t - 1)] if g.end_tok == t - 1), None)
    if g is None or g.prep or g.conj:
        return None
    rel = cues.get(g.start_tok - 2) or cues.get(g.start_tok - 3)
    if rel is None or rel.label != "relative" or rel.tok_end < g.start_tok - 2 and \
            toks[g.start_tok - 1].norm not in fw.resumptive_bi:
        return None
    return g if all(toks[k].kind == "ar" and k not in cues or cues[k].label == "light_verb"
                    for k in range(rel.tok_end, g.start_tok)) else None


def _act_owner(toks: list[Token], t: int, groups: list[Group], starts: list[int], trig_toks: set[int],
               fw: FunctionWords) -> Group | None:
    """For an attack verb right after «عملية/هجوم [adjectives] لـX» (في عملية نوعية للمقاومة الشعبية استهدفت طقما): the
    verb describes the operation, whose owner X did it."""
    j = bisect_left(starts, t) - 1
    if j < 0 or groups[j].end_tok != t or groups[j].prep != "ل" or groups[j].conj:
        return None
    k = groups[j].start_tok - 1
    while k >= 0 and groups[j].start_tok - k <= 3 and toks[k].kind == "ar" and k not in trig_toks \
            and strip_wa(toks[k].norm) not in fw.act_noun and not _starts_at(starts, k) \
            and toks[k].norm not in fw.preposition:
        k -= 1  # its adjectives: نوعية، انتحاري
    w = strip_wa(toks[k].norm) if k >= 0 else ""
    return groups[j] if k >= 0 and (w in fw.act_noun or k in trig_toks and not w.startswith("ال")) else None


def _same_side(g: Group, actor: Group | None) -> bool:
    """True if the phrase has the very code and sector of the actor (الطائرات التركية … 50 طائرة تركية): the
    attacker's own side, told again, no victim of the attack."""
    if actor is None:
        return False
    codes = {m.get("code") for m in g.mentions if m.get("code")}
    sectors = {m.get("sector") for m in g.mentions if m.get("sector")}
    return bool(codes) and bool(sectors) and codes == {m.get("code") for m in actor.mentions if m.get("code")} \
        and sectors == {m.get("sector") for m in actor.mentions if m.get("sector")}


def _owned_by(toks: list[Token], g: Group, fw: FunctionWords) -> bool:
    """True for the owner in «noun + تابعة + لـX» (وحدات تكتيكية تابعة للتنظيم كما دمرت …): X says whose the noun
    before is, a genitive, never the subject of a verb after it."""
    k = g.start_tok
    return k > 0 and toks[k - 1].norm in fw.owner and toks[k].norm.startswith("ل")


def _split_at_from(toks: list[Token], g: Group) -> tuple[Group, Group] | None:
    """The phrase g cut at a «من» within it into the part before and the part after, each with its own mentions
    («الجيش من داعش», read as one phrase of a member and his body, after a verb of taking: the taker and the side it
    was taken from); None where no من with mentions on both sides stands in it."""
    k = next((j for j in range(g.start_tok + 1, g.end_tok) if toks[j].norm == "من"), None)
    if k is None:
        return None
    left = [m for m in g.mentions if m.tok_end <= k]
    right = [m for m in g.mentions if m.tok_start > k]
    if not left or not right or not any(m.get("code") or strip_wa(toks[m.tok_start].norm).startswith("ال")
                                        for m in left):
        return None  # (an indefinite part of a body, «قوات من الحرس الثوري»: one party, the body's men)
    return (replace(g, end_tok=k, mentions=left, affiliated=False, conj=[], tail_end=None, owner_code=None),
            replace(g, start_tok=k + 1, mentions=right, prep="من", affiliated=False, conj=[], head_start=None,
                    peer_sector=None, counterpart=False, owner_code=None))


def _event_genitive(toks: list[Token], g: Group, trig_toks: set[int], fw: FunctionWords) -> bool:
    """True for a phrase right after another event noun (حادثة تحرش شابين في الطائف بفتاة عن ضبط المتورطين): the
    genitive of that noun, a party of its own event, is no actor of a later event noun."""
    k = g.start_tok - 1
    if k < 1 or k not in trig_toks:
        return False
    # (after an operation noun, even a verb's spelling is the verbal noun: حادثة تحرش; a bare event noun's
    # genitive is left alone: هجوما انتحاريا بواسطة جرار مفخخ)
    return toks[k - 1].kind == "ar" and strip_wa(toks[k - 1].norm) in fw.act_noun


def _governed_genitive(toks: list[Token], g: Group, before: list[Group], starts: list[int], trig_toks: set[int],
                       cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for a phrase inside the complement of an adjective or participle that follows another phrase with no
    preposition (عناصر الشرطة المكلفين بحماية السفارة اعتقلوا، المتظاهرين الغاضبين من قرار الحكومة هاجموا): the
    genitive of the noun a preposition governs there (بحماية، من قرار) is no subject of the verb after it; the phrase
    the adjective qualifies is."""
    k = g.start_tok - 1
    if k < 2 or toks[k].kind != "ar" or k in trig_toks or k in cues or _starts_at(starts, k):
        return False
    w = strip_wa(toks[k].norm)
    if w in fw.preposition or _function_word(w, fw) or _definite(w):
        return False
    if _attached_head(w, ("ب", "ل"), fw):
        p = k - 1
    elif strip_wa(toks[k - 1].norm) in fw.preposition:
        p = k - 2
    else:
        return False
    if p < 1 or toks[p].kind != "ar" or p in trig_toks or p in cues or _starts_at(starts, p) or \
            strip_wa(toks[p].norm) in fw.preposition or _definite(toks[p].norm) != _definite(toks[p - 1].norm):
        return False
    return any(h.end_tok == p and not h.prep for h in before)


def _prep_genitive(toks: list[Token], g: Group, starts: list[int], trig_toks: set[int], cues: dict[int, Mention],
                   fw: FunctionWords) -> bool:
    """True for a phrase right after an indefinite noun that a preposition governs (على أهداف الدولة الإسلامية، بمحيط
    العند): the genitive of that noun, inside a prepositional phrase, never the subject of a verb."""
    k = g.start_tok - 1
    if k < 1 or toks[k].kind != "ar" or k in trig_toks or k in cues or _starts_at(starts, k):
        return False
    w = strip_wa(toks[k].norm)
    if w in fw.preposition or _function_word(w, fw) or _definite(w) or _number(w, fw) or toks[k].norm in fw.not_verb:
        return False
    return _attached_head(w, ("ب", "ل"), fw) or toks[k - 1].kind == "ar" and strip_wa(toks[k - 1].norm) in \
        fw.preposition and strip_wa(toks[k - 1].norm) not in fw.complementizer


def _opening_prep_genitive(toks: list[Token], g: Group, t: int, trig_toks: set[int], cues: dict[int, Mention],
                           fw: FunctionWords) -> bool:
    """True for a phrase with no preposition that ends right before verb t, past a preposition opening the sentence
    and one to three bare words it governs (وفي ردود الفعل الفلسطينية دعا الشيخ محمد حسين): the fronted phrase tells
    where or about what; the verb's subject follows it."""
    p = 1 if toks and toks[0].text in _OPEN_QUOTES else 0
    if g.prep or g.end_tok != t or not 2 <= g.start_tok - p <= 4 or toks[p].kind != "ar":
        return False
    norm = toks[p].norm
    bare = norm.removeprefix("و")
    w = bare if bare in fw.preposition else strip_wa(norm)
    if w not in fw.preposition or w in fw.complementizer or w == "بين":
        return False  # (وبين may be the verb: وبين القصبي أن مجلس الوزراء نوه)
    return all(toks[k].kind == "ar" and k not in cues and k not in trig_toks and
               strip_wa(toks[k].norm) not in fw.preposition and strip_wa(toks[k].norm) not in fw.complementizer and
               toks[k].norm not in fw.honorific for k in range(p + 1, g.start_tok))


def _same_words(toks: list[Token], a: Group, b: Group) -> bool:
    """True if two phrases are written with the same words (القوات الحكومية … القوات الحكومية)."""
    return [toks[k].norm for k in range(a.start_tok, a.end_tok)] == [toks[k].norm for k in range(b.start_tok, b.end_tok)]


def _owner_subject(toks: list[Token], t: int, groups: list[Group], starts: list[int], fw: FunctionWords) -> Group | None:
    """The owner in «noun + تابعة + لـX» standing right before the verb at t (past a place in في, or a comma), where
    the owned noun is no phrase of the lexicons and opens the clause (نقطة تفتيش تابعة للمقاومة الشعبية في تعز ألقت
    القبض): the body whose unit is the verb's subject; None if not so built."""
    i = bisect_left(starts, t) - 1
    if i < 0:
        return None
    g = groups[i]
    end = t - (t > 0 and toks[t - 1].text in ",،")
    if g.prep == "في" and _place(g) and g.end_tok == end and i >= 1:
        end, i = g.start_tok - (strip_wa(toks[g.start_tok - 1].norm) == "في"), i - 1  # (its place: في تعز)
        g = groups[i]
    if g.end_tok != end or g.prep or not _owned_by(toks, g, fw) or g.start_tok < 3:
        return None
    # the owned noun and its words: no phrase, no event word, back to the clause's start (أن، وأن، إن، comma)
    k = g.start_tok - 2
    while k >= 0 and toks[k].kind == "ar" and not _starts_at(starts, k) and g.start_tok - k <= 4 and \
            strip_wa(toks[k].norm) not in fw.complementizer and not _function_word(toks[k].norm, fw):
        k -= 1
    opened = k < 0 or toks[k].text in _CLAUSE_BREAKS or strip_wa(toks[k].norm) in fw.complementizer
    return g if opened and k < g.start_tok - 2 and (i < 1 or groups[i - 1].end_tok <= k + 1) else None


def _fallen_of(toks: list[Token], tail_end: int, after: list[Group], trig_toks: set[int],
               fw: FunctionWords) -> Group | None:
    """The phrase in من right after a noun of the dead or wounded, past its conjoined casualty nouns and a count
    (سقوط قتلى وجرحى من الحوثيين، القتلى والجرحى من الحوثيين، مقتل العشرات من عناصر داعش): those who fell."""
    k, end = tail_end, min(len(toks), tail_end + 4)
    while k < end and toks[k].norm != "من" and (
            k in trig_toks or toks[k].kind == "num" or _bare(toks[k].norm) in fw.filler
            or toks[k].norm[:1] == "و" and _bare(toks[k].norm) in fw.casualty):
        k += 1  # (وجرحى، والجرحى، العشرات)
    if k >= end or toks[k].norm != "من":
        return None
    return next((g for g in after if g.start_tok == k + 1 and g.prep == "من"), None)


def _bare(norm: str) -> str:
    """The word without its و and its article (والجرحى: جرحي)."""
    w = strip_wa(norm)
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


def _the_latter(toks: list[Token], k: int) -> bool:
    """True if the word at token k is «the latter» (الأخير، الأخيرة), which points back to the phrase named last."""
    return k < len(toks) and toks[k].norm in ("الاخير", "الاخيره")


def _addressed_office(toks: list[Token], trig: Mention, recipient: list[Group], groups: list[Group],
                     starts: list[int], fw: FunctionWords, text: str) -> Group | None:
    """The office with a country after «ل + a form of address» right after the trigger (برقية تهنئة لفخامة السيدة
    سيمونيتا سوماروغا رئيس الاتحاد السويسري): the phrase, headed by an office noun, within eight words and no
    punctuation, that names whom the title and the name the lexicons lack belong to."""
    k = tail_end_of(trig)
    if k >= len(toks) or toks[k].norm[:1] != "ل" or toks[k].norm[1:] not in fw.honorific:
        return None
    if recipient and recipient[0].start_tok > k + 1:
        return None  # (the recipient found is not the title right after the form of address)
    for g in groups[bisect_left(starts, k + 1):bisect_left(starts, k + 9)]:
        if any(toks[j].kind == "punct" for j in range(k + 1, g.start_tok)):
            return None
        if g.start_tok > k + 1 and not g.prep and toks[g.start_tok].norm in fw.office and g.entity(text).code:
            return g
    return None


def _attributer(g: Group, cues: dict[int, Mention], trig: Mention) -> bool:
    """True for the subject right after a verb of attributing after the trigger (في هجوم نسبته السلطات إلى …)."""
    c = cues.get(g.start_tok - 1)
    return c is not None and c.label == "attributed" and c.tok_start > trig.tok_start


def _actor_owner(toks: list[Token], actor: list[Group], recipient: list[Group], groups: list[Group],
                 starts: list[int], fw: FunctionWords) -> bool:
    """True if the recipient is the owner of the actor through تابع, or a word of that owner's name right after it
    (هاجم مسلحون تابعون لحزب كوملة الكردستاني الإيراني ثكنة عسكرية): it says whose the actor is, no one acted on."""
    end = actor[-1].end_tok
    if _past_owner(toks, actor[-1], fw) == end or recipient[0].start_tok <= end:
        return False
    k = bisect_left(starts, end + 1)
    if k == len(groups) or groups[k].start_tok != end + 1:
        return False
    while groups[k].start_tok < recipient[0].start_tok:  # along the owner's name (past one word the lexicon does
        k += 1  # not know: لحزب كوملة الكردستاني)
        if k == len(groups) or groups[k].prep or not (
                groups[k].start_tok == groups[k - 1].end_tok or groups[k].start_tok == groups[k - 1].end_tok + 1
                and toks[groups[k - 1].end_tok].kind == "ar"
                and all(m.get("type") == "demonym" for m in groups[k].mentions)):
            return False
    return groups[k].start_tok == recipient[0].start_tok


def _loyal_owner(toks: list[Token], actor: Group, g: Group, fw: FunctionWords) -> bool:
    """True for a phrase g in لـ right past the actor, one definite adjective of it and a word of allegiance
    (المنطقة العسكرية الثالثة الموالية للرئيس هادي), or past that word alone, with or without the article («وهاجمت
    الميليشيات الموالية لإيران مواقع الجيش»، «وهاجم مسلحون موالون لتنظيم داعش حاجزا للجيش»): it names whom the
    actor stands with."""
    end = actor.end_tok
    if g.prep == "ل" and g.start_tok == end + 1 and (toks[end].norm in fw.affiliated or
                                                     "ال" + toks[end].norm in fw.affiliated):
        return True  # (the word of allegiance right past the actor: «الميليشيات الموالية لإيران»)
    if g.prep != "ل" or g.start_tok != end + 2 or toks[end].kind != "ar":
        return False
    w = strip_wa(toks[end].norm)
    return w.startswith("ال") and w not in fw.affiliated and w not in fw.owner and \
        toks[end + 1].norm in fw.affiliated


def _lam_owner_past(toks: list[Token], owner: Group, groups: list[Group], starts: list[int],
                    trig_toks: set[int]) -> list[Group]:
    """The phrase in لـ right after one indefinite word past the owner's name, the word no event word: the owner of
    the object («وهاجم مسلحون موالون لتنظيم داعش حاجزا للجيش»: the army's checkpoint); [] if none."""
    e = owner.end_tok
    g = _group_at(groups, starts, e + 1)
    if g is None or g.prep != "ل" or e in trig_toks or toks[e].kind != "ar" or \
            toks[e].norm.startswith(("و", "ب", "ل", "ال")):
        return []
    return _with_conj(g)


def _bare_past(toks: list[Token], owner: Group, groups: list[Group], starts: list[int], trig_toks: set[int],
               cues: dict[int, Mention], fw: FunctionWords) -> list[Group]:
    """The bare phrase (with its conjuncts) right past the owner's name, or past one bare word there that is no
    preposition, event word or light or report cue (مواقع الحوثيين); [] if none."""
    j, e = bisect_left(starts, owner.end_tok), owner.end_tok
    if j >= len(groups) or groups[j].prep:
        return []
    if groups[j].start_tok == e or groups[j].start_tok == e + 1 and toks[e].kind == "ar" \
            and not toks[e].norm.startswith(("و", "ب", "ل", "ال")) and toks[e].norm not in fw.preposition \
            and e not in trig_toks and (e not in cues or cues[e].label not in ("light_verb", "report")):
        if _apposed_name(owner, groups[j]):
            # «قوات موالية للرئيس اليمني السابق علي عبد الله صالح مواقع المقاومة»: the title's own holder is no
            # target; the phrase past his name is
            return _bare_past(toks, groups[j], groups, starts, trig_toks, cues, fw)
        return _with_conj(groups[j])
    return []


def _apposed_name(owner: Group, g: Group) -> bool:
    """True for a phrase of one person's name right past a title phrase of the same state (or of none), its holder:
    «للرئيس اليمني السابق | علي عبد الله صالح»."""
    if not g.mentions or not all(m.kind == "actor" and m.get("type") == "person" for m in g.mentions) or \
            not any(m.kind == "agent" for m in owner.mentions):
        return False
    codes = {m.get("code") for m in owner.mentions if m.get("code")}
    return not codes or g.mentions[0].get("code") in codes


def _owner_after_adjective(toks: list[Token], g: Group, groups: list[Group], starts: list[int],
                           trig_toks: set[int], cues: dict[int, Mention], fw: FunctionWords,
                           text: str) -> Group | None:
    """The coded ل-phrase right after a phrase g the lexicons leave uncoded, when g is an adjective whose noun (the
    word before it, no cue, event word, preposition or joined word) no phrase holds: «دمروا طقمين عسكريين للحوثيين»
    — the Houthis', not «عسكريين»; None otherwise."""
    k = g.end_tok
    i = bisect_left(starts, k)
    if i < len(groups) and groups[i].start_tok == k and groups[i].prep == "ل" and groups[i].entity(text).code and \
            g.start_tok > 0 and toks[g.start_tok - 1].kind == "ar" and g.start_tok - 1 not in trig_toks and \
            g.start_tok - 1 not in cues and not _starts_at(starts, g.start_tok - 1) and \
            not any(h.start_tok < g.start_tok <= h.end_tok for h in groups[max(0, i - 3):i]) and \
            not toks[g.start_tok - 1].norm.startswith(("و", "ف", "ب", "ل")) and \
            toks[g.start_tok - 1].norm not in fw.preposition:
        return groups[i]
    return None


def _owner_past_load(toks: list[Token], g: Group, groups: list[Group], starts: list[int], trig_toks: set[int],
                     cues: dict[int, Mention], fw: FunctionWords, text: str) -> Group | None:
    """The owner in «تابعة/الموالية + لـX» within five words after a phrase g the lexicons leave uncoded, past what the
    thing carries or is loaded with (زوارق بحرية محملة بمسلحين وأسلحة تابعة لميليشيات الحوثي): X, coded; None if a
    comma, an event word or a coded phrase comes between."""
    k = g.end_tok
    while k < len(toks) and k - g.end_tok <= 5 and toks[k].kind == "ar" and k not in trig_toks and k not in cues \
            and toks[k].norm not in fw.owner:
        i = bisect_left(starts, k)
        if i < len(groups) and groups[i].start_tok == k and (groups[i].entity(text).code or not groups[i].prep):
            return None  # (a phrase of its own between: no load of the thing hit)
        k += 1
    if k + 1 >= len(toks) or toks[k].norm not in fw.owner or not toks[k + 1].norm.startswith("ل"):
        return None
    i = bisect_left(starts, k + 1)
    if i == len(groups) or groups[i].start_tok != k + 1 or not groups[i].entity(text).code:
        return None
    return groups[i]


def _past_owner(toks: list[Token], g: Group, fw: FunctionWords) -> int:
    """The token index past a phrase and the owner in لـ after it (خلايا إرهابية تابعة لداعش: past لداعش)."""
    end = g.end_tok
    if end + 2 <= len(toks) and toks[end].norm in fw.owner and toks[end + 1].norm[:1] == "ل" and \
            toks[end + 1].kind == "ar":
        return end + 2
    return end


def _joined_casualties(toks: list[Token], events: list[Event], triggers: list[Mention], k: int) -> None:
    """Give the deaths and wounds joined by و right before event k (قتل ستة من الحشد الشعبي وأصيب 12 في اشتباك مع
    داعش، قتل 13 وأصيب 85 في مواجهات مع المقاومة) the actor event k was just given, where they have none: in place."""
    if not events[k].actor:
        return
    j = k
    while j > 0 and triggers[j].get("prefix")[:1] == "و" and _casualty(triggers[j - 1]) and \
            not events[j - 1].actor and triggers[j].tok_start - triggers[j - 1].tok_end <= 6 and \
            not _broken(toks, triggers[j - 1].tok_end, triggers[j].tok_start):
        j -= 1
        if not {(e.start, e.end) for e in events[k].actor} & {(e.start, e.end) for e in events[j].recipient}:
            events[j] = replace(events[j], actor=events[k].actor)


def _same_span(e: Entity, g: Group) -> bool:
    """True if the entity was made from the phrase (or one of its words is where the phrase starts)."""
    return e.start <= g.mentions[0].start < e.end


def _clash_partner(toks: list[Token], trig: Mention, groups: list[Group], starts: list[int], cues: dict[int, Mention],
                   fw: FunctionWords) -> Group | None:
    """The other side of a clash noun that takes مع (اشتباك مع مقاتلي تنظيم داعش، مواجهات مسلحة مع المقاومة الشعبية):
    the phrase right after مع, past the noun's adjectives; for مع with a pronoun (باشتباكات معها), the subject of the
    verb of saying before, who announced it; None for no such side."""
    if "مع" not in trig.entry.prep:
        return None
    k, end = tail_end_of(trig), min(len(toks), tail_end_of(trig) + 3)
    while k < end and toks[k].kind == "ar" and not toks[k].norm.startswith("مع") and k not in cues \
            and not _starts_at(starts, k) and not _function_word(toks[k].norm, fw):
        k += 1  # (its adjectives: اشتباكات مسلحة، مواجهات عنيفة)
    if k >= end or toks[k].kind != "ar":
        return None
    w = toks[k].norm
    if w[:2] == "مع" and w[2:] in ("ه", "ها", "هم", "هما"):
        return _report_subject(toks, trig.tok_start, groups, starts, cues)
    if w != "مع":
        return None
    j = bisect_left(starts, k + 1)
    g = groups[j] if j < len(groups) else None
    return g if g is not None and g.start_tok == k + 1 and g.prep == "مع" and _named(g) else None


def _clash_actors(text: str, toks: list[Token], events: list[Event], triggers: list[Mention], groups: list[Group],
                  starts: list[int], cues: dict[int, Mention], fw: FunctionWords) -> None:
    """Give a death or a wound told without who caused it, with a fight that is no trigger right after it (في or خلال
    and a clash noun, cues.tsv clash), the side in مع after that noun (past one adjective; or the owner of the unnamed
    noun there, مع خلايا تنظيم داعش): «17 من ميليشيا الحوثي قتلوا خلال مواجهات عنيفة مع المقاومة الشعبية» → المقاومة
    الشعبية. In place; not a side the event befell."""
    trig_starts = None
    for i, (ev, t) in enumerate(zip(events, triggers)):
        if ev.actor or not _casualty(t):
            continue
        end = tail_end_of(t)
        k = next((j for j in range(end, min(len(toks) - 1, end + 8)) if (c := cues.get(j + 1)) is not None
                  and c.label == "clash" and strip_wa(toks[j].norm) in ("في", "خلال")), None)
        if k is None:
            continue
        if trig_starts is None:
            trig_starts = {x.tok_start for x in triggers}
        if any(toks[j].text in _CLAUSE_PUNCT or j in trig_starts for j in range(end, k)):
            continue
        m = cues[k + 1].tok_end
        m += m < len(toks) and toks[m].kind == "ar" and toks[m].norm != "مع" and m not in cues \
            and not _starts_at(starts, m)  # (its adjective: مواجهات عنيفة)
        if m >= len(toks) or toks[m].norm != "مع":
            continue
        j = bisect_left(starts, m + 1)
        side = groups[j] if j < len(groups) and (groups[j].start_tok == m + 1 and groups[j].prep == "مع" or
                                                 _construct_head(toks, m + 1, groups[j], cues, fw)) else None
        if side is None or not _named(side):
            continue
        sides = tuple(g.entity(text) for g in _with_conj(side))
        if not {(e.text, e.code) for e in sides} & {(e.text, e.code) for e in ev.recipient}:
            events[i] = replace(ev, actor=sides)


def _owned_lam_objects(toks: list[Token], events: list[Event], mentions: list[Mention],
                       fw: FunctionWords) -> list[Event]:
    """The sentence's events, where the word of the act carries its doer's pronoun (a verbal noun with its possessive,
    or the same word read as a verb with its object: دعمها، قصفها) and the actor read is the phrase in لـ right after
    it, past two adjectives at most («دعمها الكبير للنظام السوري»، «من خلال قصفها للأحياء السكنية»): that phrase is
    what the act is done to, its recipient, never its doer (whom the pronoun stands for)."""
    trigs = {m.start: m for m in mentions if m.kind == "trigger"}
    groups: list[Group] | None = None
    out = []
    for e in events:
        m = trigs.get(e.trigger.start)
        if m is None or not e.actor or not (m.get("possessive") or m.get("object_pronoun")) or \
                not _owner_pronoun_word(toks[m.tok_start].norm):
            out.append(e)
            continue
        k = tail_end_of(m)
        while k < min(len(toks), tail_end_of(m) + 2) and toks[k].kind == "ar" and _definite(toks[k].norm) and \
                not any(a.start == toks[k].start for a in e.actor) and not _function_word(toks[k].norm, fw):
            k += 1  # (its adjectives: الكبير، الكامل، العنيف)
        a = next((a for a in e.actor if k < len(toks) and a.start == toks[k].start), None)
        if a is not None:
            if groups is None:
                cues = {x.tok_start: x for x in mentions if x.kind == "cue"}
                groups = noun_phrases(toks, [x for x in mentions if x.kind in ("actor", "agent")], cues, fw)
                gstarts = [g.start_tok for g in groups]
            if (g := _group_at(groups, gstarts, k)) is not None and g.prep == "ل":
                e = replace(e, actor=tuple(x for x in e.actor if x is not a),
                            recipient=e.recipient if any(r.start == a.start for r in e.recipient) else e.recipient + (a,))
        out.append(e)
    return out


def _owner_pronoun_word(norm: str) -> bool:
    """True for a word that ends in a third person's pronoun (ه، ها، هم، هما) past a stem of three letters at least."""
    return len(pronoun_core(strip_wa(norm))) >= 3


def _no_false_actors(toks: list[Token], events: list[Event], fw: FunctionWords) -> list[Event]:
    """The events without the actors no reading makes doers: the outlet a report is told by (حسب وكالة الانباء),
    a building (المسجد), the owner of the thing acted on (نهبت مخازن الأسلحة التابعة للجيش), the escort of the doer
    (قوات الاحتلال بمرافقة مغتصبين ومتطرفين لاقتحام). A wrong party is worse than none."""
    if not events or not any(ev.actor for ev in events):
        return events
    starts = [t.start for t in toks]
    out = []
    for ev in events:
        kept = tuple(a for a in ev.actor if not _false_actor(toks, _token_holding(starts, a.start), ev, fw))
        out.append(ev if len(kept) == len(ev.actor) else ev.updated(actor=kept))
    return out


def _subject_after_that(toks: list[Token], trig: Mention, groups: list[Group], starts: list[int],
                        fw: FunctionWords) -> list[Group]:
    """The bare phrase right between a complementizer (أن، إن) and the verb (أن سلطات الاحتلال تحاصر), as a list;
    [] if none stands so."""
    i = bisect_left(starts, trig.tok_start) - 1
    if i < 0 or groups[i].end_tok != trig.tok_start or groups[i].prep or groups[i].start_tok < 1:
        return []
    return [groups[i]] if strip_wa(toks[groups[i].start_tok - 1].norm) in fw.complementizer else []


def _spoken(m: Mention) -> bool:
    """True for a verb trigger of an act done by speaking (_SPOKEN: أدان، طالب، رفض), whose subject speaks."""
    return m.kind == "trigger" and m.get("pos") == "verb" and m.label in _SPOKEN


def _building_after(toks: list[Token], trig: Mention, actor: list[Group], fw: FunctionWords) -> bool:
    """True if every actor phrase stands past the verb and begins with a building (function_words edifice: المسجد)."""
    return all(g.start_tok >= trig.tok_end and toks[g.start_tok].norm in fw.edifice for g in actor)


def _token_holding(starts: list[int], offset: int) -> int | None:
    """The index of the token holding character `offset` (a phrase may start past a clitic و), or None."""
    k = bisect_left(starts, offset + 1) - 1
    return k if k >= 0 else None


def _false_actor(toks: list[Token], k: int | None, ev: Event, fw: FunctionWords) -> bool:
    """Whether the actor phrase starting at token k is a source, a building, an object's owner or an escort."""
    if k is None:
        return False
    if toks[k].norm in fw.edifice:
        return True
    if k == 0:
        return False
    before = toks[k - 1]
    if before.norm in fw.per_source:
        return True
    if before.norm in fw.owner and before.start > ev.trigger.end and toks[k].norm.startswith("لل"):
        return True
    return _escort_before(toks, k, ev, fw) is not None




def _with_actor(ev: Event, actor: Entity) -> Event:
    """The event with `actor` as its actor, and no longer its recipient (one phrase is not both)."""
    return _with_actors(ev, [actor])


def _with_actors(ev: Event, actors: list[Entity]) -> Event:
    """The event with `actors` (a phrase and its conjuncts) as its actor, and no longer its recipient."""
    actors = [_protester(a, ev.event) for a in actors]
    spans = {(a.start, a.end) for a in actors}
    return replace(ev, actor=tuple(actors), recipient=tuple(e for e in ev.recipient if (e.start, e.end) not in spans))


def _attributed_to(toks: list[Token], c: Mention, groups: list[Group]) -> Group | None:
    """The phrase in إلى/لـ after an «attributed» cue, past the subject it may have (نسبت إلى حزب العمال، نسبته
    الحكومة إلى التنظيم): who the act is put down to."""
    for g in groups:
        if g.start_tok < c.tok_end:
            continue
        if g.start_tok > c.tok_end + 6 or any(toks[k].text in _CLAUSE_BREAKS for k in range(c.tok_end, g.start_tok)):
            return None
        if g.prep in ("الي", "ل"):
            return g
    return None


def _attributed_after(toks: list[Token], k: int, cues: dict[int, Mention], groups: list[Group],
                      trig_toks: set[int]) -> Group | None:
    """Who an attack noun ending at k is attributed to by an «attributed» cue later in its clause (في تفجير انتحاري
    في بلدة تركية على الحدود نسبت إلى تنظيم داعش); None past a clause break, another event word or verb's cue."""
    for j in range(k, min(len(toks), k + _CLAUSE_REACH)):
        if toks[j].text in _CLAUSE_BREAKS or j in trig_toks:
            return None
        c = cues.get(j)
        if c is not None and c.label in ("light_verb", "report"):
            return None
        if c is not None and c.label == "attributed":
            return _attributed_to(toks, c, groups)
    return None


def _reach_target(toks: list[Token], tail_end: int, cues: dict[int, Mention], trig_toks: set[int],
                  groups: list[Group], starts: list[int], fw: FunctionWords) -> Group | None:
    """The phrase a campaign or a measure «reached» (حملة اعتقالات طالت ناشطين، عقوبات جديدة شملت مصارف
    روسية): the bare phrase right after a «reach» cue that follows the noun and its adjectives (or التي)."""
    k = _adjectives_end(toks, tail_end, cues, trig_toks, starts, fw, ("reach", "relative"))
    k += (c := cues.get(k)) is not None and c.label == "relative"
    c = cues.get(k)
    if c is None or c.label != "reach":
        return None
    return next((g for g in groups[bisect_left(starts, c.tok_end):] if not g.prep and g.start_tok <= c.tok_end + 3
                 and _only_fillers(toks, c.tok_end, g.start_tok, fw)), None)


def _unknown_head(toks: list[Token], k: int, g: Group) -> bool:
    """True if the one word at token k, definite and unknown to the lexicon, heads the definite phrase g that follows
    it as its adjective (نفذته المنظمة الانفصالية الإرهابية: the organisation, described as separatist)."""
    return g.start_tok == k + 1 and toks[k].kind == "ar" and toks[k].norm.startswith("ال") and len(toks[k].norm) > 4 \
        and not g.mentions[0].get("prefix") and toks[g.start_tok].norm.startswith("ال")


def _source_after(toks: list[Token], tail_end: int, after: list[Group], fw: FunctionWords) -> Group | None:
    """The force an attack noun comes from, in من right after it (past at most one adjective), or the owner of the
    craft no lexicon names there: «قصف من طائرات النظام السوري», «هجوم من قوات النظام»; None otherwise (not a death
    noun, whose من counts the dead, nor a place: قصف من الجو)."""
    g = after[0] if after else None
    if g is None or not _force(g) and not _governs(g) or _place(g) or g.start_tok - tail_end > 3:
        return None
    if g.prep == "من" or _from_phrase(toks, g, fw):
        k = g.start_tok - 1 - (not g.prep)  # where من stands
    elif not g.prep and g.start_tok >= 2 and toks[g.start_tok - 2].norm == "من" and \
            _construct_head(toks, g.start_tok - 1, g, {}, fw):
        k = g.start_tok - 2
    else:
        return None
    return g if all(toks[j].kind == "ar" and not toks[j].norm.startswith(("و", "ف")) and toks[j].norm not in
                    fw.preposition for j in range(tail_end, k)) and k >= tail_end else None


def _construct_head(toks: list[Token], k: int, g: Group, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True if the one word at token k, indefinite and unknown to the lexicon, heads the definite phrase g right after
    it in construct (شنتها طائرات النظام السوري: the regime's planes; the regime is who acts); not a word with its own
    preposition (قام بها للعاصمة الروسية: where he went)."""
    w = toks[k].norm
    return g.start_tok == k + 1 and not g.prep and toks[k].kind == "ar" and len(w) > 3 and k not in cues \
        and not w.startswith(("ال", "و", "ف", "ل", "كال", "بال")) and w not in fw.preposition and w not in fw.filler \
        and w not in fw.adverb and w not in fw.day and toks[g.start_tok].norm.startswith("ال")


def _opens_complement(toks: list[Token], k: int, groups: list[Group], starts: list[int], fw: FunctionWords) -> bool:
    """True if the word at token k is أن/إن/بأن (أنه، أنها…) opening a clause, not a word of a name (بان كي مون).
    (After أنه the subject is the pronoun: the phrase nearest before it is as often the one told as the one it
    stands for: أبلغ المعتقل محاميه أنه تعرض للضرب.)"""
    word = strip_wa(toks[k].norm)
    if word not in fw.complementizer:
        return False
    j = bisect_left(starts, k + 1) - 1
    return j < 0 or groups[j].end_tok <= k


def _bare_event_noun(toks: list[Token], k: int, trig_toks: set[int], cues: dict[int, Mention]) -> bool:
    """True if an indefinite event word with no clitic stands at token k (غارة، انفجار, not وقتل، بهجوم، الهجوم)."""
    if k not in trig_toks or k >= len(toks) or k in cues:
        return False
    w = toks[k].norm
    return not w.startswith(("ال", "و", "ف", "ب", "ل")) and not w.endswith(("وا", "ون"))


def _struck_on(toks: list[Token], after: list[Group], tail_end: int, trig_toks: set[int],
               cues: dict[int, Mention]) -> Group | None:
    """For an attack noun whose own entry lists no على (قصف، غارات): the phrase after على right past the noun and
    its adjectives (at most two words), the noun it governs at most one word before (قصف جوي تركي على مواقع حزب العمال
    الكردستاني): what was struck."""
    g = next((g for g in after[:3] if g.prep == "علي"), None)
    if g is None:
        return None
    j = next((k for k in range(g.start_tok - 1, max(tail_end, g.start_tok - 3) - 1, -1) if toks[k].norm == "علي"), None)
    if j is None or j - tail_end > 2 or any(toks[k].kind != "ar" or k in trig_toks or k in cues
                                             or toks[k].norm[:1] in ("و", "ف") for k in range(tail_end, j)):
        return None
    return g


def _against(after: list[Group], against: frozenset[str]) -> Group | None:
    """The phrase governed by ضد or بحق (`against` of function_words.tsv) among the first three after a hostile
    event word: its target."""
    return next((g for g in after[:3] if g.prep in against), None)


def _adjectives_end(toks: list[Token], i: int, cues: dict[int, Mention], trig_toks: set[int], starts: list[int],
                    fw: FunctionWords, labels: tuple[str, ...] = ("light_verb", "relative")) -> int:
    """Token index past one or two adjectives of the event noun ending at token i, and up to three time words,
    where a light verb or a relative pronoun (or a cue of `labels`) follows them (غارات جوية نفذتها مقاتلات تركية،
    كمينا محكما نصبه مسلحون، هجوما جديدا مساء السبت نفذه مسلحون); i itself otherwise."""
    k = i
    while k < min(len(toks), i + 2) and toks[k].kind == "ar" and k not in trig_toks and k not in cues \
            and strip_wa(toks[k].norm) not in fw.preposition | fw.filler | fw.adverb and not _starts_at(starts, k) \
            and toks[k].norm[:1] not in ("و", "ف", "ب", "ل"):
        k += 1
    j = k
    while j < min(len(toks), k + 3) and toks[j].kind == "ar" and j not in cues and (
            toks[j].norm in fw.day or toks[j].norm in fw.adverb):
        j += 1  # then the time of the act (هجوما جديدا مساء السبت نفذته فتاة، الهجوم الانتحاري السبت نفذته)
    if j > k and (c := cues.get(j)) is not None and c.label in labels:
        k = j
    c = cues.get(k)
    return k if k > i and c is not None and c.label in labels else i


def _starts_at(starts: list[int], k: int) -> bool:
    """True if a noun phrase starts at token k."""
    j = bisect_left(starts, k)
    return j < len(starts) and starts[j] == k


def _governing_subject(toks: list[Token], t: int, g: Group, fw: FunctionWords) -> bool:
    """True if the phrase g ends right before إلى or على governing the event noun at t, and a word that is no
    preposition stands right before g (its verb: عمدت الشرطة إلى قمعها، أقدمت القوات على اعتقالهم; not a time, لدى
    خطفهم, whose pronoun's antecedent the phrase before is)."""
    return g.end_tok == t - 1 and g.start_tok >= 1 and toks[t - 1].norm in fw.control and \
        toks[g.start_tok - 1].kind == "ar" and toks[g.start_tok - 1].norm not in fw.preposition and not g.prep


def _expressing_subject(toks: list[Token], t: int, g: Group, fw: FunctionWords) -> bool:
    """True if the phrase g ends right before «عن» governing the event noun at t and a verb of expressing stands right
    before g (أعربت الكويت عن إدانتها، عبّر الأزهر عن تضامنه: the subject expresses the feeling the noun names; «عبر»
    is no preposition «via» there)."""
    if not (g.end_tok == t - 1 and g.start_tok >= 1 and toks[t - 1].norm == "عن" and g.prep in ("", "عبر")):
        return False
    # (or before the title the name g sets beside it: أعرب الأمين العام لجامعة الدول العربية الدكتور نبيل العربي
    # عن إدانته — a few words, no punctuation between)
    for j in range(g.start_tok - 1, max(-1, g.start_tok - 9), -1):
        if strip_wa(toks[j].norm) in fw.express:
            return True
        if toks[j].kind != "ar" or toks[j].norm == "عن" or j == g.start_tok - 1 and g.prep:
            return False
    return False


def _tail_prep_object(toks: list[Token], trig: Mention, entry: TriggerEntry, bare_after: list[Group],
                      fw: FunctionWords, cues: dict[int, Mention] | None = None,
                      trig_toks: set[int] = frozenset()) -> Group | None:
    """The phrase right after a verb whose last tail word is its own preposition (أفرج عن، قبض على), past a count or
    quantity word: that preposition's object, whom the act befell, never the verb's subject (الحكومة التي سبق ان
    افرجت عن مئات الموقوفين); so the genitive or apposition of one indefinite noun no lexicon reads there, with
    `cues` («اعترض على تجديد السعودية لامتياز شيفرون»، «قبضت على إخواننا المهاجرين»: the verb's subject stands
    before it); None otherwise."""
    end = tail_end_of(trig)
    if end <= trig.tok_end or not bare_after or strip_wa(toks[end - 1].norm) not in entry.prep:
        return None
    g = bare_after[0]
    gap = range(end, g.start_tok)
    if len(gap) == 1 and cues is not None and _free_head(toks, end, cues, trig_toks, fw) and \
            not (g.prefix or "").startswith("و"):
        return g  # (not a conjunct of the noun, «دافعنا عن دهوك وأربيل»; a name of its own may open with و: واشنطن)
    if len(gap) > 1 or any(toks[k].kind != "num" and toks[k].norm not in fw.number and toks[k].norm not in fw.count
                           for k in gap):
        return None
    return g


def _strike_goes_on(toks: list[Token], trig: Mention, subj: Group, cues: dict[int, Mention]) -> bool:
    """True for a perfect verb with و right after its sentence's light verb (نفذت، شنت) in the same clause chain, no
    stop between, whose phrase after it (or the conjunct with و of unread words after it: «مناطق تجمع ووحدات») is a
    role phrase without the article and with no nominative ending in و/ون (وحدات تكتيكية): the verb goes on with the
    light verb's subject; the phrase is its object."""
    t = trig.tok_start
    if trig.get("prefix")[:1] != "و" or trig.get("aspect") != "perfect" or trig.get("object_pronoun") or \
            not (subj.start_tok == tail_end_of(trig) or toks[subj.start_tok].norm[:1] == "و"
                 and subj.start_tok - tail_end_of(trig) <= 3) or _definite(toks[subj.start_tok].norm) or \
            any(m.kind != "agent" for m in subj.mentions) or toks[subj.start_tok].norm.endswith(("ون", "و")):
        return False
    for k in range(t - 1, max(-1, t - 12), -1):
        if toks[k].text in _CLAUSE_BREAKS or toks[k].text in ",،":
            return False
        if (c := cues.get(k)) is not None and c.label == "light_verb":
            return True
    return False


_RELIEF_SECTORS = frozenset({"HLH", "NGO", "IGO"})  # the sectors of relief bodies (the Red Crescent, an aid agency)


def _coded_giver(entry, g: Group) -> bool:
    """True for a coded body or state, or a relief body (_RELIEF_SECTORS), in the genitive of an aid noun whose genitive
    is its receiver (إغاثة): with an object in لـ after it, it gives («بإغاثة الأمم المتحدة للنازحين»، «إغاثة الهلال
    الأحمر للمتضررين»: review of round 103), as «إغاثة المنكوبين» alone names who is helped."""
    return entry.event == "AID" and any(m.get("code") or m.get("sector") in _RELIEF_SECTORS for m in g.mentions)


def _indefinite_agent(toks: list[Token], g: Group) -> bool:
    """True for a role phrase without the article and no name (شبكة إرهابية، خلية): after a verbal noun it is what
    the act befell, and a لـ phrase after it is its owner («ضبط شبكة إرهابية لتنظيم داعش»), not its object."""
    return all(m.kind == "agent" for m in g.mentions) and not _definite(toks[g.start_tok].norm)


def _agent_after_noun(toks: list[Token], trig: Mention, groups: list[Group], starts: list[int],
                      cues: dict[int, Mention], ev: Event) -> Group | None:
    """The phrase right after an event noun that does its act: in «من قبل» or, an armed force, in a bare «من»
    («وقتل 15 آخرون في قصف من طيران حربي»، «في غارة من قبل الطيران الحربي»); None otherwise. Not a bare «من»
    after a noun of fighting between two sides, nor one of the victims' own sector: the victims' side, told late
    («أصيب خمسة في الاشتباكات من قوات الأمن»، «قتل جنديان في المعركة من الجيش السوري»)."""
    k = tail_end_of(trig)
    if k + 1 >= len(toks) or toks[k].norm != "من":
        return None
    g = _group_at(groups, starts, k + 1) or _group_at(groups, starts, k + 2)
    if g is not None and g.prep == "passive_agent" and g.start_tok == k + 2:
        return g
    if g is None or g.prep != "من" or g.start_tok != k + 1 or not _force(g) or \
            (c := cues.get(trig.tok_start)) is not None and c.label == "clash" or "مع" in trig.entry.prep:
        return None  # (a noun of fighting between two sides takes مع in its row: اشتباكات، معارك، مواجهات)
    held = {e.sector for e in ev.recipient}
    return None if any(m.get("sector") in held for m in g.mentions) else g


def _force(g: Group) -> bool:
    """True for a phrase whose role noun names an armed force: the army, the police, the intelligence, rebels or
    armed men (قوات الاحتلال، الشرطة، المسلحين); not a name alone (القاعدة may be a base that is stormed)."""
    return any(m.get("sector") in _FORCES for m in g.mentions)


def _genitive_adjective(tok: Token) -> bool:
    """True for a definite word shaped as an adjective after a genitive: of relation (`_definite_adjective`: الحكومية)
    or a participle in the masculine plural (المتطرفين)."""
    return _definite_adjective(tok) or tok.kind == "ar" and tok.norm.startswith("الم") and len(tok.norm) > 6 and \
        tok.norm.endswith(("ين", "ون"))


def _lam_object(toks: list[Token], gen: Group, fw: FunctionWords, k: int | None = None) -> bool:
    """True if a word with its own لـ (not a preposition written apart, nor a time or purpose word) stands right after
    the genitive of a verbal noun (or at token k, past a place after it): «استهداف القوات الأفغانية لجنازة»، «اعتقال
    الشرطة للمتظاهرين»، «قصف المتمردين لمناطق سكنية» — its object; or ل with an object pronoun: «أثناء احتجاز الجيش
    النيجيري لهم», or the reflexive «لأنفسهم»; without k, one word in في, where the genitive is, may come between
    («قصف المتمردين في اليمن لمناطق سكنية»). Not a span of time (لمدة، لفترة: function_words.tsv span_after) nor the particles لا، لم، لن، لما، لمن، لدى
    (a word in ل + ن is an object: «اعتقال الشرطة لنشطاء المعارضة»)."""
    if k is None:
        k = _conj_end(gen)
        while k < min(len(toks), _conj_end(gen) + 2) and _genitive_adjective(toks[k]):
            if _backing_word(strip_wa(toks[k].norm), fw):
                return False  # (whom the genitive backs: «مقتل 18 من الحوثيين والقوات الموالية للرئيس صالح»)
            k += 1  # (past its adjectives: «استهداف المستوطنين المتطرفين لمنزل العائلة»)
        if k + 2 < len(toks) and toks[k].norm == "في" and toks[k + 1].kind == "ar" and \
                not toks[k + 1].norm.startswith("ل"):
            k += 2  # (past where the genitive is, one word in في: «قصف المتمردين في اليمن لمناطق سكنية»)
    if k >= len(toks) or toks[k].kind != "ar":
        return False
    w = toks[k].norm
    if w[:1] == "ل" and w[1:] in _OBJECT_PRONOUNS or _reflexive_lam(w):
        return True  # (so the reflexive: «تفجير عناصر من التنظيم لأنفسهم»، «لنفسيهما»)
    return w.startswith("ل") and len(w) > 3 and w not in fw.preposition and w not in fw.adverb and \
        not w.startswith(("لا", "لد")) and w not in ("لم", "لن", "لما", "لمن") and w[1:] not in fw.span_after


def _destination_past_titles(toks: list[Token], gen: Group, groups: list[Group], starts: list[int],
                             preps: tuple[str, ...], trig_toks: set[int]) -> Group | None:
    """The place in the visit noun's own preposition past its visitor's long titles, within twelve words of the
    visitor's name and with no mark but a comma between: «زيارة الأمير محمد بن سلمان … النائب الثاني لرئيس مجلس
    الوزراء وزير الدفاع، للأردن» — where the visit went (the title in لـ, لرئيس مجلس الوزراء, is no place)."""
    end = _conj_end(gen)
    for g in groups[bisect_left(starts, end):bisect_left(starts, end + 12)]:
        if any(k in trig_toks or toks[k].text in _CLAUSE_PUNCT and toks[k].text not in ",،"
               for k in range(end, g.start_tok)):
            return None
        if g.prep in preps and (_place(g) or all(m.get("type") == "demonym" for m in g.mentions)):
            return g  # (a nationality word alone after a preposition is the country: إلى السعودية)
    return None


def _destination_past_name(toks: list[Token], doer: Group, groups: list[Group], starts: list[int],
                           preps: tuple[str, ...], trig_toks: set[int]) -> Group | None:
    """The place in the visit noun's own preposition past its visitor's titles (_destination_past_titles), or past
    the visitor's name that closes a longer chain of titles: «قام بها ولي ولي العهد، النائب الثاني لرئيس مجلس الوزراء
    وزير الدفاع السعودي الأمير محمد بن سلمان بن عبدالعزيز، لمصر» — the last phrase with no preposition in the twelve
    words past the visitor, with only commas between, is the name the place follows."""
    dest = _destination_past_titles(toks, doer, groups, starts, preps, trig_toks)
    if dest is not None:
        return dest
    end = _conj_end(doer)
    last = None
    for g in groups[bisect_left(starts, end):bisect_left(starts, end + 12)]:
        if any(k in trig_toks or toks[k].text in _CLAUSE_PUNCT and toks[k].text not in ",،"
               for k in range(end, g.start_tok)):
            break
        if not g.prep and _person_named(g):
            last = g
    return _destination_past_titles(toks, last, groups, starts, preps, trig_toks) if last is not None else None


def _gathered(toks: list[Token], k: int, after: list[Group], cues: dict[int, Mention]) -> tuple[Group, Group | None] | None:
    """The two parties a verb of gathering at token k brings together, right after a meeting noun (cues.tsv class
    gathered): «لقاء جمع كيري بنظيره الصيني» — the first phrase meets the one in بـ or مع, or its conjunct
    («اجتماع ضم الوزير ونظيره»); None when no such verb or no phrase right after it."""
    if (c := cues.get(k)) is None or c.label != "gathered":
        return None
    first = next((g for g in after if g.start_tok == k + 1 and not g.prep), None)
    if first is None:
        return None
    other = next((g for g in after if g.start_tok == _conj_end(first) and g.prep in ("ب", "مع")), None) or \
        (first.conj[0] if first.conj else None)
    if other is None and _conj_end(first) < len(toks) and toks[_conj_end(first)].norm in ("مع", "ب"):
        other = next((g for g in after if g.start_tok == _conj_end(first) + 1), None)
    return first, other


def _raiders(toks: list[Token], gen: Group, fw: FunctionWords) -> bool:
    """True if the genitive of a raid noun names those who only ever raid, never the raided (fw.raider: the
    settlers): «اقتحام المستوطنين للمسجد الأقصى»، «اقتحام العشرات من المستوطنين المتطرفين المسجد»; so where one of its
    conjuncts does («اقتحام قوات جيش الاحتلال الإسرائيلي ومستوطنين … باحات المسجد»)."""
    return any(toks[j].norm in fw.raider or strip_wa(toks[j].norm) in fw.raider
               for j in range(gen.start_tok, min(_conj_end(gen), len(toks))))


def _storming(toks: list[Token], gen: Group, fw: FunctionWords) -> bool:
    """True if an armed force after a raid noun is followed by what it stormed: an indefinite word in construct
    or with its own ل (اقتحام قوات الاحتلال باحات المسجد، مداهمة الشرطة منزلا، اقتحام الجيش للمدينة); a definite
    word after it may be its adjective (قوات الاحتلال الغاشمة), and nothing after it leaves the genitive ambiguous."""
    k = _conj_end(gen)  # (past its conjuncts: قوات الاحتلال ومستوطنون باحات المسجد)
    if k >= len(toks) or toks[k].kind != "ar":
        return False
    w = toks[k].norm
    if w in fw.preposition or w in fw.adverb or w[:1] in "وف" and strip_wa(w) != w:
        return False
    return w.startswith("لل") or not _definite(w)


def _object_word(toks: list[Token], k: int, trig_toks: set[int], fw: FunctionWords) -> bool:
    """True if the word at token k, right after a verbal noun with a pronoun, is its object: an indefinite noun in
    construct or with a case ending (اقتحامهم بلدة بيت أمر، خطفهم صحفيا), no preposition, adverb, count, day, event
    word or definite adjective (لدى خطفهم أمس، بعد اعتقالهم ثلاثة أيام)."""
    if k >= len(toks) or toks[k].kind != "ar" or k in trig_toks:
        return False
    w = toks[k].norm
    if strip_wa(w) != w or _definite(w) or w in fw.preposition or w in fw.adverb or w in fw.day or \
            _number(w, fw) or w in fw.filler or w in fw.cause or w in fw.complementizer:
        return False
    if w in _place_nouns():
        return True  # اقتحامهم بلدة بيت أمر، مداهمتهم قرية
    if _owned_home(toks[k].text, fw):
        return True  # بعد اقتحامه منزله
    return w[:1] not in "بلك" and k + 1 < len(toks) and toks[k + 1].kind == "ar" and (
        toks[k + 1].norm.startswith("ال") or toks[k].text.endswith(("ا", "اً", "ًا")))


def _owned_home(text: str, fw: FunctionWords) -> bool:
    """True for a dwelling or office written with its owner's pronoun (منزله، منزلها، بيوتهم: function_words
    home_noun)."""
    for end in ("هما", "هم", "هن", "ها", "ه"):
        if text.endswith(end) and normalize(text[:-len(end)]) in fw.home_noun:
            return True
    return False


def _opens_cause_clause(toks: list[Token], k: int, fw: FunctionWords) -> bool:
    """True for a word of cause that opens a clause with a verb of its own (حين، عندما، بعدما، لما: عندما ألقى
    متطرفون زجاجة حارقة), not one that governs a noun (جراء سقوط قذيفة، إثر الغارة، نتيجة العملية)."""
    w = strip_wa(toks[k].norm)
    if w not in fw.cause or w in _CIRCUMSTANCE or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1].text  # (the written word: the article is no hamza, ألقى is a verb)
    nxt = nxt[1:] if len(nxt) > 3 and nxt[0] in "وف" else nxt
    return not nxt.startswith(("ال", "لل", "بال"))


def _circumstance_victim(toks: list[Token], trig: Mention, entry: TriggerEntry, g: Group, cues: dict[int, Mention],
                         trig_toks: set[int], fw: FunctionWords) -> bool:
    """True if g, before an attack noun that tells the circumstance of a clause (في انفجار، جراء قصف), reads as the
    people it befell (counted, or civilians: سقوط 11 مواطنا وإصابة 33 في انفجار ألغام; so in a preposition of time:
    وكانت العائلة نائمة أثناء الهجوم): they did not do it."""
    return entry.event == "ASSAULT" and (_circumstantial(toks, trig, cues, trig_toks) or trig.tok_start > 0 and strip_wa(
        toks[trig.tok_start - 1].norm) in fw.during) and \
        _is_patient(toks, g, entry, max(0, g.start_tok - 3), fw)


def _counted_victims(toks: list[Token], trig: Mention, bare_before: list[Group], entry: TriggerEntry,
                     fw: FunctionWords) -> bool:
    """True if the last bare phrase before a death or wound noun are the people it befell, counted by a number or a
    quantity word (سقوط 11 مواطنا بين قتيل وجريح، سقط عشرات الحوثيين بين قتيل وجريح): not a place; not a phrase
    with no count (ارتكاب المرأة للقتل: she kills)."""
    if not bare_before or not _casualty(trig) or _place(bare_before[-1]):
        return False
    return _counted(toks, bare_before[-1], fw)


def _counted(toks: list[Token], g: Group, fw: FunctionWords) -> bool:
    """True for a phrase counted by a number or a quantity word in the three words before it (11 مواطنا، عشرات
    الحوثيين، عدد من المدنيين)."""
    k = g.start_tok
    return any(toks[j].kind == "num" or _number(toks[j].norm, fw) for j in range(max(0, k - 3), k))


def _casualty(t: Mention) -> bool:
    """True for an assault trigger that tells a death or a wound without how (قتل، مصرع، أصيب: CAMEO 1823 and
    180 with no PLOVER mode), not an attack (هجوم، قصف، اغتيال)."""
    e = t.entry
    return t.label == "ASSAULT" and e is not None and not e.mode and e.cameo in ("1823", "180")


def _death_noun(toks: list[Token], trig: Mention) -> bool:
    """True for a noun of death (مقتل، مصرع: cameo 1823, a stem in م, not the verbal noun قتل "killing"), its clitic
    prefix and article off."""
    if trig.entry is None or trig.entry.cameo != "1823" or trig.entry.pos != "noun":
        return False
    w = toks[trig.tok_start].norm[len(trig.get("prefix")):]
    return (w[2:] if w.startswith("ال") else w).startswith("م")


def _own_dead(toks: list[Token], trig: Mention, k: int, fw: FunctionWords) -> bool:
    """True for a noun of death followed at token k by a count, «من» and a plural of people with a possessive pronoun
    (بمقتل اثنين من عناصره، مصرع خمسة من جنودها، مقتل 3 من أفرادهم): the dead were the own men of the side the
    pronoun resumes, named before the noun (function_words.tsv people_plural)."""
    if not _death_noun(toks, trig) or k + 2 >= len(toks):
        return False
    if not (toks[k].kind == "num" or strip_wa(toks[k].norm) in fw.number) or toks[k + 1].norm != "من":
        return False
    w = toks[k + 2].norm
    return any(w.endswith(p) and w[:-len(p)] in fw.people_plural for p in ("ه", "ها", "هم"))


def _told_death(toks: list[Token], trig: Mention, fw: FunctionWords) -> bool:
    """True for a noun of death (مقتل، مصرع: cameo 1823, a stem in م, not the verbal noun قتل "killing") right after a
    time word (بعد، عقب، إثر، منذ) or «عن» (أعلنت … عن مقتل، حديثه عن مقتل)."""
    t = trig.tok_start
    if t < 1 or trig.get("prefix") or not _death_noun(toks, trig):
        return False
    before = strip_wa(toks[t - 1].norm)
    return before in fw.past_anchor or before in _TIME_PREPS or toks[t - 1].norm == "عن"


def _nisba_after_adjectives(toks: list[Token], i: int, g: Group, trig_toks: set[int]) -> bool:
    """True for a nationality adjective after one or two other definite adjectives of an event noun ending at
    token i: الغارات الجوية التركية (the Turkish air raids) — the nationality is the raids' actor."""
    if not 1 <= g.start_tok - i <= 2 or len(g.mentions) != 1 or g.mentions[0].get("type") != "demonym":
        return False
    return all(toks[j].kind == "ar" and toks[j].norm.startswith("ال") and j not in trig_toks
               for j in range(i, g.start_tok + 1))


def _genitive_actor(toks: list[Token], g: Group) -> bool:
    """True if the phrase right after an event noun is its genitive actor (بقصف قوات النظام، بنيران مسلحين), not an
    adjective (هجوم انتحاري، هجوم مسلح: indefinite and singular) nor the place (هجوم كابول)."""
    m = g.mentions[0]
    if m.kind == "actor" and len(g.mentions) == 1:
        return m.get("type") not in ("place", "capital")
    if len(g.mentions) > 1 or any(x.kind == "actor" for x in g.mentions):
        return True  # قوات النظام السوري: a construct, definite by its genitive
    return any(toks[j].norm.startswith("ال") for j in range(g.start_tok, g.end_tok)) or \
        toks[m.tok_end - 1].norm.endswith(("ين", "ون"))


def _operation_after(toks: list[Token], i: int, fw: FunctionWords) -> int | None:
    """The token of an operation noun (عملية، عمليات: `act_noun`) that a circumstantial preposition opens within a
    few words after token i (مصرعهم في عملية، قتلوا خلال عمليات، قتل 15 عنصرا بعملية أمنية), in the same clause; None
    if there is none."""
    for k in range(i, min(len(toks) - 1, i + 8)):
        if toks[k].text in _CLAUSE_PUNCT:
            return None
        if strip_wa(toks[k].norm) in _CIRCUMSTANCE:
            j = k + 1 + (k + 2 < len(toks) and toks[k + 1].norm in fw.series)  # (خلال سلسلة عمليات)
            if toks[j].norm in fw.act_noun or toks[j].norm in fw.operation or toks[j].norm in fw.ambush:
                return j
        if toks[k].norm[:1] == "ب" and toks[k].norm[1:] in fw.act_noun:
            return k  # قتل 15 عنصرا بعملية أمنية نفذتها القوات العراقية
    return None


def _operations_far(toks: list[Token], i: int, groups: list[Group], fw: FunctionWords) -> int | None:
    """The token of a plural operation noun, or one after «a series of» (`series`), in a circumstantial phrase later
    in the sentence past token i, across «، كما» or «، و» and a passive (تم، جرى) but no named party, no other
    circumstantial phrase and no stop or colon (واعتقل 16 شخصا، كما تم ضبط أسلحة خلال سلسلة عمليات لقوات الأمن);
    None where there is none."""
    crossed = False
    for k in range(i, min(len(toks) - 2, i + 25)):
        w = strip_wa(toks[k].norm)
        if toks[k].text in ".؟?!؛;:" or any(g.start_tok == k and _named(g) for g in groups):
            return None
        if toks[k].text in ",،":
            nxt = strip_wa(toks[k + 1].norm)
            if nxt not in fw.comma_resume and toks[k + 1].norm[:1] != "و":
                return None
            crossed = True
            continue
        if w in _CIRCUMSTANCE:
            j = k + 1 + (toks[k + 1].norm in fw.series)
            if crossed and j < len(toks) and toks[j].norm in fw.act_noun and (j > k + 1 or toks[j].norm.endswith("ات")):
                return j
            if not crossed:
                continue
            return None
    return None


def _operation_lam_doer(text: str, toks: list[Token], k: int, ev: Event, groups: list[Group],
                        cues: dict[int, Mention], fw: FunctionWords) -> Group | None:
    """The armed force in ل right after the operation noun at token k, or after one or two of its indefinite
    adjectives (خلال سلسلة عمليات لقوات الأمن التونسية، في كمينين لمسلحين): the doer of the death or wound `ev` told
    before it; None where there is none, where the force is of the code or sector of those it befell, or where a
    state's force follows an ambush noun (`ambush`: في كمين لقوات الأمن, mostly the ambushed)."""
    j = k + 1
    while j < min(len(toks), k + 3) and toks[j].kind == "ar" and j not in cues and not toks[j].norm.startswith(
            ("ال", "ل", "و")) and toks[j].norm not in fw.preposition:
        j += 1  # (its adjectives: عملية أمنية، عمليات نوعية)
    g = next((g for g in groups if g.start_tok == j), None)
    if g is None or g.prep != "ل" or _place(g) or not _force(g) or toks[k].norm in fw.ambush and not _armed_group(
            g, text):
        return None
    codes = {m.get("code") for m in g.mentions if m.get("code")}
    sectors = {m.get("sector") for m in g.mentions if m.get("sector")}
    if any(_same_span(e, g) or e.code in codes or e.sector in sectors for e in ev.recipient):
        return None
    return g


def _casualty_actors(toks: list[Token], events: list[Event], triggers: list[Mention], fw: FunctionWords) -> None:
    """Give a death or a wound told without its perpetrator the actor of the attack that caused it, told after it
    in the sentence (مقتل ثلاثة جنود حين فتح عناصر من حزب العمال النار على قافلة، قتل عنصر من ميليشيا (الدفاع
    الوطني) إثر سقوط قذيفة أطلقتها الفصائل), or before it with a verb of result between (الغارات التركية أسفرت عن
    مقتل 5): in place."""
    resulted: set[int] = set()
    for i, (ev, t) in enumerate(zip(events, triggers)):
        if ev.actor or not _casualty(t):
            continue
        for ev2, t2 in zip(events[i + 1:], triggers[i + 1:]):
            between = toks[t.tok_end:t2.tok_start]
            if ev2.event != "ASSAULT" or _casualty(t2) and not (
                    t2.entry.cameo != "1823" and t2.get("pos") == "verb" and ev2.actor and ev2.recipient != ev.recipient
                    and between and strip_wa(between[-1].norm) in fw.cause):
                # (an attack verb the lexicon tells as a harm, right after حين/عندما, is the cause: قتل 12 شخصا
                # عندما هاجم انتحاريان حمام سباحة)
                continue
            if ev2.actor and len(between) <= 15 and (_cause_between(between, fw) or len(
                    between) <= 8 and _instrument(toks, t2.tok_start, fw) and not any(x.norm == "في" for x in between)) and \
                    not any(x.text in _CLAUSE_PUNCT and x.text not in ",،()" for x in between):
                # (or the means it was done with: أصيب مقيم بشظايا قذائف أطلقها متمردون، قتل برصاصة أطلقها قناص;
                # not through «في هجوم …», whose own rules tell its actor)
                events[i] = replace(ev, actor=ev2.actor)
            break
        if events[i].actor:
            continue
        # told after it, through a verb of result: الغارات التركية … أسفرت عن مقتل 5، هجوم … أوقع 40 قتيلا (the
        # attack is the nearest event before; with another event between, what the result verb follows is unsure)
        if i == 0 or events[i - 1].event != "ASSAULT" or not events[i - 1].actor:
            continue
        between = toks[tail_end_of(triggers[i - 1]):t.tok_start]
        # … أسفرت عن مقتل 5، وإصابة 30، ومقتل 20 آخرين: a casualty listed after one so linked has the same cause
        if len(between) <= 25 and (i - 1 in resulted or any(strip_wa(x.norm) in fw.result for x in between)) \
                and not any(x.text in _CLAUSE_BREAKS and x.text not in ",،" for x in between):
            events[i] = replace(ev, actor=events[i - 1].actor)
            resulted.add(i)


def _cause_noun_doers(text: str, toks: list[Token], events: list[Event], triggers: list[Mention], groups: list[Group],
                      starts: list[int], fw: FunctionWords) -> None:
    """Give a death or a wound told without its perpetrator the doer of the verbal noun of its cause (إثر، جراء:
    function_words.tsv cause) told after it in its clause, no event word itself, when that noun's genitive is a force
    or those who only raid (fw.raider) with the noun's object in لـ after it: «استشهد رضيع فلسطيني … جراء إحراق
    مستوطنين إسرائيليين لمنزلهم» — the settlers did it. In place."""
    for i, (ev, t) in enumerate(zip(events, triggers)):
        if ev.actor or not _casualty(t):
            continue
        k = next((k for k in range(tail_end_of(t), min(len(toks) - 3, tail_end_of(t) + 12))
                  if toks[k].text in _CLAUSE_BREAKS or strip_wa(toks[k].norm) in fw.cause), None)
        if k is None or toks[k].text in _CLAUSE_BREAKS or toks[k + 1].kind != "ar" or \
                any(x.tok_start == k + 1 for x in triggers) or _starts_at(starts, k + 1):
            continue
        i2 = bisect_left(starts, k + 2)
        g = groups[i2] if i2 < len(groups) else None
        if g is not None and g.start_tok == k + 2 and not g.prep and (_raiders(toks, g, fw) or _force(g)) and \
                _lam_object(toks, g, fw) and not any((e.start, e.end) == (g.entity(text).start, g.entity(text).end)
                                                     for e in ev.recipient):
            events[i] = replace(ev, actor=tuple(x.entity(text) for x in _with_conj(g)))


def _judged_venturers(text: str, toks: list[Token], events: list[Event], mentions: list[Mention],
                      fw: FunctionWords) -> list[Event]:
    """The sentence's events, where a verb of blame or praise governs «إقدام/قيام X» (function_words venture_noun)
    past its subject and adjuncts (X's head may be a word no lexicon names: مجموعات): X did the act judged, so X is
    the recipient, and no actor («كما دانت بشدة إقدام وزيرة القضاء الإسرائيلي على تشكيل لجنة»، «أدان … مدني بشدة
    إقدام مجموعات المستوطنين … على اقتحام»); the event noun of the act ventured on, right after X's على or in its
    بـ, gets X as its actor where it has none («وأدان المجلس إقدام مستوطنين إسرائيليين على قتل الرضيع»)."""
    if not any(e.event in ("ACCUSE", "SUPPORT") for e in events):
        return events
    trigs = {m.start: m for m in mentions if m.kind == "trigger"}
    groups = None
    out = []
    ventured: dict[int, tuple[Entity, ...]] = {}  # the token where the act ventured on may stand → its doers
    for e in events:
        t = trigs.get(e.trigger.start)
        j = _venture_at(toks, e, t, fw) if e.event in ("ACCUSE", "SUPPORT") and t is not None \
            and t.get("pos") == "verb" else -1
        if j >= 0:
            if groups is None:
                ents = [m for m in mentions if m.kind in ("actor", "agent")]
                groups = noun_phrases(toks, ents, {m.tok_start: m for m in mentions if m.kind == "cue"}, fw)
            g = next((g for g in groups if not g.prep and (g.start_tok == j + 1 or g.start_tok == j + 2 and
                                                           _unnamed_head(toks[j + 1]))), None)
            if g is not None:
                doers = tuple(x.entity(text) for x in _with_conj(g))
                spans = {(d.start, d.end) for d in doers}
                kept = tuple(a for a in e.actor if (a.start, a.end) not in spans and a.start < toks[j].start)
                # (the recipient read already where it stands between «إقدام» and the act's على or بـ, the minister
                # named after her title, «إقدام وزيرة القضاء … اييلت شكيد»; else the doers, not the act's own victim:
                # «… على إحراق منزل عائلة يمنية»)
                end = _conj_end(g)
                act = next((k for k in range(end, len(toks)) if toks[k].norm in ("على", "علي")
                            or toks[k].norm[:1] == "ب" or toks[k].text in ",،."), len(toks))
                inside = bool(e.recipient) and all(toks[j].start <= r.start and (
                    act >= len(toks) or r.end <= toks[act].start) for r in e.recipient)
                e = replace(e, actor=kept, recipient=e.recipient if inside else doers)
                # (the act in على or بـ right after X, past one adjective the lexicons lack: «إقدام مستوطنين
                # إسرائيليين على قتل الرضيع»: X did it)
                for k in (end, end + 1):
                    if k < len(toks) and toks[k].norm in ("على", "علي"):
                        ventured[k + 1] = doers
                    elif k < len(toks) and toks[k].norm[:1] == "ب":
                        ventured[k] = doers
        out.append(e)
    if ventured:
        for i, e in enumerate(out):
            t = trigs.get(e.trigger.start)
            if t is not None and not e.actor and t.tok_start in ventured and t.get("pos") == "noun" and \
                    e.event not in ("ACCUSE", "SUPPORT"):
                doers = ventured[t.tok_start]
                out[i] = replace(e, actor=doers, recipient=tuple(
                    r for r in e.recipient if (r.start, r.end) not in {(d.start, d.end) for d in doers}))
    return out


def _tokens_between(toks: list[Token], k: int, offset: int) -> int:
    """How many tokens lie from token k to the one at character `offset`, -1 if a mark of a clause or a sentence
    stands between or the offset is before token k."""
    n = 0
    for j in range(k, len(toks)):
        if toks[j].start >= offset:
            return n
        if toks[j].text in _CLAUSE_PUNCT:
            return -1
        n += 1
    return -1


def _threatened_targets(toks: list[Token], events: list[Event], mentions: list[Mention], fw: FunctionWords
                        ) -> list[Event]:
    """The sentence's events, where a threat with no one threatened takes the target of the act it threatens, told
    by an event noun in بـ (or past a light verbal noun in بـ) within eight words past it, no other event word nor mark
    between («وهدد زعيم الحوثيين بشن هجمات على السعودية»: Saudi Arabia threatened), when that act's doer is the
    threatener or none, and its target is told in its clause within six words after it; not for a threat whose verb
    bears the one threatened («وهددتها بهجمات أخرى»)."""
    if not any(e.event == "THREATEN" and not e.recipient for e in events):
        return events
    trigs = {m.start: m for m in mentions if m.kind == "trigger"}
    starts = {m.tok_start for m in trigs.values()}
    out = []
    for e in events:
        t = trigs.get(e.trigger.start)
        if e.event == "THREATEN" and not e.recipient and t is not None and not t.get("object_pronoun"):
            end = tail_end_of(t)
            for o in events:
                u = trigs.get(o.trigger.start)
                if o is e or u is None or u.get("pos") != "noun" or not o.recipient or \
                        o.event not in ("ASSAULT", "COERCE", "SANCTION") or not end <= u.tok_start <= end + 8 or \
                        not (u.get("prefix")[-1:] == "ب" or toks[u.tok_start - 1].norm[:1] == "ب"
                             and toks[u.tok_start - 1].norm[1:] in fw.light_masdar) or any(
                            toks[k].kind == "punct" or k in starts for k in range(end, u.tok_start - 1)) or \
                        o.actor and {(a.start, a.end) for a in o.actor} != {(a.start, a.end) for a in e.actor} or \
                        not all(0 <= _tokens_between(toks, u.tok_end, r.start) <= 6 for r in o.recipient):
                    continue
                e = replace(e, recipient=o.recipient)
                break
        out.append(e)
    return out


def _hopers(text: str, toks: list[Token], events: list[Event], mentions: list[Mention],
            fw: FunctionWords) -> list[Event]:
    """The sentence's events, where an act with no actor is told in the clause of a hope (function_words hope_noun)
    that a verb of expressing governs with «عن»: «عن أمله في أن يقوم بزيارة»، «عن رغبتها بأن تزور» — the hoper, the
    named subject right after that verb, would do it (_hoper)."""
    if all(e.actor for e in events):
        return events
    trigs = {m.start: m for m in mentions if m.kind == "trigger"}
    cues = {m.tok_start: m for m in mentions if m.kind == "cue"}
    groups = None
    out = []
    for e in events:
        t = trigs.get(e.trigger.start)
        h = _hope_before(toks, t.tok_start, cues, fw) if not e.actor and t is not None else -1
        if h >= 0:
            if groups is None:
                groups = noun_phrases(toks, [m for m in mentions if m.kind in ("actor", "agent")], cues, fw)
            g = _hoper(toks, h, groups, fw)
            if g is not None:
                e = replace(e, actor=tuple(x.entity(text) for x in _with_conj(g)))
        out.append(e)
    return out


def _hope_before(toks: list[Token], k: int, cues: dict[int, Mention], fw: FunctionWords) -> int:
    """The token of a hope noun after «عن» whose «(في) أن» clause opens with the act at token k, past a light verb
    (أن يقوم بزيارة), or whose «في» governs the act's noun (عن أمله في زيارة); -1 if none."""
    if k >= 1 and (c := cues.get(k - 1)) is not None and c.label == "light_verb":
        k -= 1  # (يقوم بزيارة)
    if k >= 1 and toks[k - 1].norm in ("ان", "بان"):
        k -= 1
        if toks[k].norm == "ان" and k >= 1 and toks[k - 1].norm == "في":
            k -= 1
    elif k >= 1 and toks[k - 1].norm == "في":
        k -= 1
    else:
        return -1
    h = k - 1
    return h if h >= 1 and toks[h].norm in fw.hope_noun and toks[h - 1].norm == "عن" else -1


def _hoper(toks: list[Token], h: int, groups: list[Group], fw: FunctionWords) -> Group | None:
    """The named subject right after the verb of expressing (function_words express) that governs «عن» + the hope
    noun at token h, within twelve words and no clause mark but commas between; None if none."""
    for v in range(h - 2, max(-1, h - 14), -1):
        if toks[v].text in _CLAUSE_PUNCT and toks[v].text not in (",", "،"):
            return None
        if strip_wa(toks[v].norm) in fw.express:
            g = next((g for g in groups if g.start_tok == v + 1), None)
            return g if g is not None and not g.prep and g.end_tok < h and _named(g) else None
    return None


def _unnamed_head(tok: Token) -> bool:
    """True for an indefinite Arabic word no lexicon names, heading the phrase after it (مجموعات المستوطنين)."""
    return tok.kind == "ar" and not tok.norm.startswith(("ال", "و", "ب", "ل")) and len(tok.norm) > 2


def _venture_at(toks: list[Token], e: Event, t: Mention, fw: FunctionWords) -> int:
    """The token of «إقدام/قيام» that the verb of blame or praise at t governs as its object, past its subject (the
    event's actor before it) and adjuncts (_past_judging_adjuncts) within twelve words; -1 if none."""
    k = tail_end_of(t)
    if t.get("object_pronoun"):
        return -1  # (its object is the pronoun: قد تدعمه لمنع قيام كيان كردي)
    for j in range(k, min(len(toks) - 1, k + 12)):
        if strip_wa(toks[j].norm) in fw.venture_noun:
            ends = [a.end for a in e.actor if toks[k].start <= a.start and a.end <= toks[j].start]
            i = k
            while ends and i < j and toks[i].end <= max(ends):
                i += 1  # (past the verb's subject)
            if not ends and i < j and toks[i].kind == "ar" and toks[i].norm.startswith("ال") and \
                    _past_judging_adjuncts(toks, i + 1, j, fw) == j:
                return j  # (past a subject of one definite word the lexicons lack: «وأدان المجلس إقدام مستوطنين»)
            return j if _past_judging_adjuncts(toks, i, j, fw) == j else -1
        if toks[j].text in _CLAUSE_PUNCT:
            return -1
    return -1


def _cause_between(between: list[Token], fw: FunctionWords) -> bool:
    """True if the words between a death or a wound and the attack after it hold a word of cause (function_words
    cause: إثر، جراء، عندما) or «بعد أن» (أصيب سبعة رجال شرطة بعد أن فجر مسلحون قنبلة)."""
    return any(strip_wa(x.norm) in fw.cause or strip_wa(x.norm) == "بعد" and i + 1 < len(between)
               and between[i + 1].norm == "ان" for i, x in enumerate(between))


def _exchange_actors(text: str, toks: list[Token], events: list[Event], triggers: list[Mention], groups: list[Group],
                     starts: list[int], fw: FunctionWords) -> None:
    """Give a death, a wound or an arrest told without its doer the other side of the exchange of fire it happened
    in (قتلت ناشطة في تبادل إطلاق نار مع الشرطة، ألقي القبض عليه بعد تبادل لإطلاق النار مع السلطات), or the force
    whose advance it happened in (مقتل 15 عنصرا من داعش خلال تقدم القوات الأمنية), told right after it; not a side
    of the very code or sector of those it befell (its own men): in place."""
    for i, (ev, t) in enumerate(zip(events, triggers)):
        if ev.actor or not (_casualty(t) or ev.mode == "arrest"):
            continue
        found = _exchange_side(toks, tail_end_of(t), groups, starts, fw)
        if found is None:
            continue
        side, advance = found
        if advance and (not ev.recipient or not _casualty(t)):
            continue  # (whom an advance befell must be told, to be sure they are not the advancing men)
        codes = {m.get("code") for m in side.mentions if m.get("code")}
        sectors = {m.get("sector") for m in side.mentions if m.get("sector")}
        if any(_same_span(e, side) or e.code in codes or e.sector in sectors for e in ev.recipient):
            continue
        events[i] = _with_actors(ev, [g.entity(text) for g in _with_conj(side)])


def _advancing(toks: list[Token], g: Group, fw: FunctionWords) -> bool:
    """True for a phrase in the genitive of an advance noun a circumstantial preposition governs (وقتل خمسة جنود
    خلال تقدم القوات العراقية): the force whose advance it was, no object of the verb before."""
    k = g.start_tok - 1
    return not g.prep and k >= 1 and strip_wa(toks[k].norm) in fw.advance and \
        strip_wa(toks[k - 1].norm) in _CIRCUMSTANCE | fw.during


def _counted_agent(toks: list[Token], g: Group, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for a phrase after «على يد/من قبل + a count word + من» (على يد أفراد من الشرطة الإسرائيلية، من قبل
    عناصر من الجيش): the doer of a passive act, told through some of its men."""
    k = g.start_tok - 1
    if g.prep or k < 2 or toks[k].norm != "من":
        return False
    j = k - 1
    while j > k - 3 and j >= 0 and (toks[j].kind == "num" or toks[j].norm in fw.filler):
        j -= 1
    c = cues.get(j - 1) if j < k - 1 else None  # (the cue of two words ends at j: على يد)
    c = c if c is not None else next((m for m in cues.values() if m.tok_end == j + 1), None) if j < k - 1 else None
    return c is not None and c.label == "passive_agent" and c.tok_end == j + 1


def _exchange_side(toks: list[Token], i: int, groups: list[Group], starts: list[int],
                   fw: FunctionWords) -> tuple[Group, bool] | None:
    """The named party of an exchange of fire (`exchange`: في تبادل إطلاق نار مع X, the phrase after مع) or of an
    advance (`advance`: خلال تقدم X, its genitive) in a circumstantial phrase within a few words past token i, in
    the same clause, with True for an advance; None where there is none."""
    for k in range(i, min(len(toks) - 2, i + 14)):
        if toks[k].text in _CLAUSE_BREAKS or toks[k].text in "()":
            return None  # (a quoted name is no break: مقتل 15 عنصرا من “داعش” … خلال تقدم القوات الأمنية)
        w = strip_wa(toks[k].norm)
        head = w[1:] if w[:1] == "ب" and w[1:] in fw.exchange else w  # (بتبادل)
        if head not in fw.exchange and head not in fw.advance:
            continue
        if head == w and (k == 0 or strip_wa(toks[k - 1].norm) not in _CIRCUMSTANCE | fw.during):
            return None
        j = k + 1
        if head in fw.exchange:  # (past إطلاق النار، لإطلاق النار: the exchange's own words)
            while j < min(len(toks) - 1, k + 4) and toks[j].kind == "ar" and toks[j].norm != "مع" \
                    and not _starts_at(starts, j):
                j += 1
            if toks[j].norm != "مع":
                return None
            j += 1
        n = bisect_left(starts, j)
        g = groups[n] if n < len(groups) else None
        if g is None or g.start_tok != j or not _named(g) or g.prep not in ("مع" if head in fw.exchange else "",):
            return None
        return g, head in fw.advance
    return None


def _accused_acts(toks: list[Token], events: list[Event], triggers: list[Mention]) -> None:
    """An act told by a verbal noun in بـ right after an accusation (اتهمت الحكومة اليمنية إيران بدعم الحوثيين،
    اتهم التقرير قوات حكومية بتنفيذ الهجمات) is what the accused is said to have done: the accused is its actor, and
    the noun's genitive, read as its actor, is its target. In place."""
    for i in range(1, len(events)):
        t, t2, ev2 = triggers[i], triggers[i - 1], events[i - 1]
        if ev2.event != "ACCUSE" or t2.get("pos") != "verb" or not ev2.recipient or t.get("pos") != "noun" \
                or t.get("prefix")[-1:] != "ب" or t.tok_start - tail_end_of(t2) > 8 \
                or any(x.kind == "punct" for x in toks[tail_end_of(t2):t.tok_start]):
            continue
        accused = {(e.start, e.end) for e in ev2.recipient}
        ev = events[i]
        if {(e.start, e.end) for e in ev.actor} == accused:
            continue
        gen = tuple(e for e in ev.actor if e.start >= toks[t.tok_end - 1].end)  # the genitive after the noun
        events[i] = replace(ev, actor=ev2.recipient, recipient=ev.recipient or gen)


def _denied_acts(toks: list[Token], events: list[Event], triggers: list[Mention], fw: FunctionWords) -> None:
    """An act told by a verbal noun in بـ right after an accusation noun that its subject denies (نفى رئيس الحكومة
    التركية الاتهامات الموجهة لبلاده بدعم التنظيم، ونفت إيران الاتهامات بدعم الحوثيين) is what the denier, or his
    country, is said to have done: the denier is its actor and the noun's genitive, read as its actor, its target.
    Only where what stands between names no other accused (`_self_accused_gap`). In place."""
    for i in range(1, len(events)):
        t, t2, ev2 = triggers[i], triggers[i - 1], events[i - 1]
        if ev2.event != "REJECT" or t2.get("pos") != "noun" or t2.entry.event != "ACCUSE" or not ev2.actor \
                or t.get("pos") != "noun" or t.get("prefix")[-1:] != "ب" or t.entry.gen != "actor" \
                or not _self_accused_gap(toks, tail_end_of(t2), t.tok_start, fw):
            continue
        ev = events[i]
        if ev.actor == ev2.actor:
            continue
        gen = tuple(e for e in ev.actor if e.start >= toks[t.tok_end - 1].end)  # the genitive after the noun
        events[i] = replace(ev, actor=ev2.actor, recipient=ev.recipient or gen)


def _self_accused_gap(toks: list[Token], lo: int, hi: int, fw: FunctionWords) -> bool:
    """True where tokens lo..hi, between an accusation noun and the act it charges, are at most four words, each a
    definite adjective (الموجهة، الكثيرة) or whom it is directed at as a pronoun or one's own country (إليها، له،
    لبلاده، إلى بلادهم, function_words to_pronoun, own_country): no other party is named as the accused."""
    if hi - lo > 4:
        return False
    for k in range(lo, hi):
        w = toks[k].norm
        if toks[k].kind != "ar":
            return False
        if w in fw.to_pronoun or w in fw.own_country or w[:1] == "ل" and (w[1:] in fw.own_country or w[1:] in (
                "ه", "ها", "هم")) or w == "الي" and k + 1 < hi and toks[k + 1].norm in fw.own_country:
            continue
        if not (w.startswith("ال") and len(w) >= 5 and w not in fw.preposition):
            return False
    return True


def _charged_with(toks: list[Token], events: list[Event], triggers: list[Mention]) -> None:
    """A charge noun in بـ right after a phrase (اعتقلت الشرطة 60 شخصا بتهمة محاولة فرض الإضراب، إحالة 41 شخصا إلى
    القضاء بتهمة الانتماء) tells what that phrase, the object of the act before it, is charged with: the phrase is
    the accused, no accuser; the accuser is the doer of the earlier act of the sentence that befell it (the police
    that arrested them), else none is named. In place."""
    for i, (ev, t) in enumerate(zip(events, triggers)):
        if ev.event == "ACCUSE" and t.get("pos") == "noun" and t.get("prefix")[-1:] == "ب" and not ev.actor \
                and ev.recipient:
            # (the accused already read as such, «وقامت داعش بخطف 170 سنيا واكثر من 60 مسيحيا بتهمة التخابر»: the
            # doer of the earlier act that befell him)
            events[i] = replace(ev, actor=_held_by(events, i, ev.recipient[-1]))
            continue
        if ev.event != "ACCUSE" or t.entry.mode != "allege" or t.get("pos") != "noun" or \
                t.get("prefix")[-1:] != "ب" or not ev.actor or \
                ev.recipient or t.tok_start < 1:
            continue
        last = ev.actor[-1]
        near = [k for k, x in enumerate(toks) if x.end <= toks[t.tok_start].start and x.end > last.start]
        if not near or last.end > toks[t.tok_start].start or len(near) > 6 or \
                any(toks[k].kind == "punct" for k in near if toks[k].end > last.end):
            continue
        past = [k for k in near if toks[k].end > last.end]
        if past and strip_wa(toks[past[0]].norm) not in ("الي", "من", "في") and not (
                len(past) == 1 and toks[past[0]].norm.startswith("لل")):
            continue  # (the accused right before the noun or past where it is sent or held, «إحالة 41 شخصا إلى
            # القضاء بتهمة»، «أحالت النيابة 41 شخصا للمحاكمة بتهمة»; not «… الفتاتين ووليي أمرهما بتهمة»)
        events[i] = replace(ev, actor=_held_by(events, i, last), recipient=ev.actor)


def _held_by(events: list[Event], i: int, held: Entity) -> tuple[Entity, ...]:
    """The actor of the last event before the i-th whose recipient is the phrase `held` (who arrested or seized the
    one charged), else none (none before the first event)."""
    if not i:
        return ()
    return next((e2.actor for e2 in events[i - 1::-1]
                 if e2.actor and any(r.start == held.start and r.end == held.end for r in e2.recipient)), ())


def _condemned_acts(toks: list[Token], events: list[Event], triggers: list[Mention], fw: FunctionWords) -> None:
    """An attack or an arrest told by a noun a few words after a verb that condemns or warns of it (ندد الرئيس التركي
    بالهجوم الانتحاري، أدانت مملكة البحرين التفجير الإرهابي، حذرت الوزارة من هجمات) is not what that verb's subject
    did: the subject, given to the noun as its actor, is dropped (so past a noun of crime, «أدانت الوزارة جريمة قتل
    الرضيع»). In place."""
    for i in range(1, len(events)):
        ev, t = events[i], triggers[i]
        if ev.event not in _LAM_DONE or not ev.actor or t.get("pos") != "noun" and not _object_verb(toks, ev, t, fw):
            continue
        spans = {(e.start, e.end) for e in ev.actor}
        for j in range(i - 1, -1, -1):
            t2, ev2 = triggers[j], events[j]
            if _condemner_apposition(toks, ev2, t2, t, spans):  # (the subject's name may run long)
                events[i] = replace(ev, actor=())
                events[j] = replace(ev2, recipient=())
                break
            if t.tok_start - tail_end_of(t2) > 10 or any(x.text in _CLAUSE_BREAKS
                                                         for x in toks[tail_end_of(t2):t.tok_start]):
                break
            if _condemns(ev2, t2, toks, t) and {(e.start, e.end) for e in ev2.actor} == spans:
                events[i] = replace(ev, actor=())
                break


_STANCES = frozenset({"REJECT", "SUPPORT", "AGREE", "ACCUSE", "RETREAT", "CONCEDE"})  # acts of stance: verbs whose object
# may be a deed (أدان الاعتداء), and acts whose verbal noun's pronoun, right after a report verb and its subject, is that
# subject (أكد الأزهر رفضه، أعلن الحزب انسحابه)


def _deed_owners(text: str, toks: list[Token], events: list[Event], triggers: list[Mention], groups: list[Group],
                 starts: list[int], cues: dict[int, Mention], fw: FunctionWords) -> None:
    """Give a verb of blame, praise or refusal told without its recipient the doer of the deed it takes for object:
    the actor of the act noun right after it («أدان البيان اقتحام المستوطنين»), or the owner of a deed noun (statements,
    efforts: function_words.tsv stance_object, deed_noun) told right after the noun («رحب البيت الأبيض بتزايد
    تركيز وجهود تركيا»), in «من قبل» («التصريحات العدائية من قبل المسؤولين الإيرانيين») or as the subject of a
    relative clause on it («القصف الجوي الذي شنته الطائرات التركية»). A concession or a retreat (`_YIELDS`) loses
    the owner read as its actor but takes no recipient, and a deed in ب is none there (بأوامر: by order of). In place."""
    before = list(events)
    at = [x.start for x in toks]
    _deed_owners_read(text, toks, at, events, triggers, groups, starts, cues, fw)
    for i, (ev0, ev) in enumerate(zip(before, events)):
        if ev0.event not in _YIELDS:
            continue
        if ev is ev0:
            if len(ev.actor) == 1 and triggers[i].get("pos") == "verb" and ev.actor[0].start >= triggers[i].end and \
                    _deed_owned(toks, j := bisect_left(at, ev.actor[0].start), fw) and \
                    not _bi_deed_before(toks, j, fw):
                events[i] = replace(ev, actor=())  # (تتنازل عن حق اللاجئين: the refugees own the right given up)
            continue
        read = tuple(r for r in ev.recipient if not _shares_span((r,), ev0.recipient))
        if any(_bi_deed_before(toks, bisect_left(at, r.start), fw) for r in read):
            events[i] = ev0  # (وانسحبت بأوامر الجيش السوري: the army ordered the withdrawal, no deed refused)
        elif any(_lam_deed_before(toks, bisect_left(at, r.start)) for r in read):
            pass  # (استسلم لرصاص قوات الأمن: one yields to the forces whose fire it is)
        else:  # (لن تتنازل عن حق اللاجئين: the refugees' right is given up, the refugees are no party to it)
            events[i] = replace(ev0, actor=tuple(a for a in ev0.actor if not _shares_span((a,), read)))


def _hyphen_partners(text: str, toks: list[Token], events: list[Event], triggers: list[Mention], groups: list[Group],
                     starts: list[int]) -> None:
    """Give an event noun whose actor is a nationality adjective right after it, with a second one joined to it by a
    hyphen («تعاون يمني - مصري»، «قمة فرنسية - بريطانية»، «الاجتماع الجزائري - الإسباني»), and no recipient, the
    second as its recipient: the two adjectives name the two sides. In place."""
    if not events:
        return
    dashes = {k for k, x in enumerate(toks) if x.text in _HYPHENS}
    if not dashes:
        return
    for i, (ev, t) in enumerate(zip(events, triggers)):
        if ev.recipient or len(ev.actor) != 1 or t.get("pos") != "noun":
            continue
        j = bisect_left(starts, tail_end_of(t))
        own = groups[j] if j < len(groups) and ev.actor[0].start == toks[groups[j].start_tok].start else None
        if own is None or own.end_tok not in dashes or not _demonyms(own):
            continue
        other = _group_at(groups, starts, own.end_tok + 1)
        if other is not None and not other.prep and _demonyms(other):
            events[i] = replace(ev, recipient=(other.entity(text),))


def _addressed_feelings(text: str, toks: list[Token], events: list[Event], triggers: list[Mention],
                        groups: list[Group], starts: list[int], fw: FunctionWords) -> None:
    """Give a stance told by a verb of expressing with a named phrase in لـ right before its «عن» («أعرب كيري للصين عن
    قلقه»، «أعرب الوزير، أمس، لنظيره الصيني، عن قلقه»، «وأعرب الرئيس لخادم الحرمين الشريفين عن تقديره») that
    phrase, to whom the feeling is voiced, as recipient when it has none; the phrase is never the actor, and the
    subject right after the verb is, where none was read. In place."""
    for i, (ev, t) in enumerate(zip(events, triggers)):
        if ev.event not in _STANCES or (at := _voiced_to(toks, t, groups, starts, fw)) is None:
            continue
        v, lam = at
        to = lam.entity(text)
        actor = tuple(a for a in ev.actor if not _shares_span((a,), (to,)))
        if not actor and (subj := _group_at(groups, starts, v + 1)) is not None and subj.start_tok == v + 1 and \
                not subj.prep and subj.end_tok <= lam.start_tok and _named(subj):
            actor = (subj.entity(text),)
        recipient = ev.recipient if ev.recipient and not _shares_span(ev.recipient, (to,)) else (to,)
        events[i] = replace(ev, actor=actor, recipient=recipient)


def _voiced_to(toks: list[Token], t: Mention, groups: list[Group], starts: list[int],
               fw: FunctionWords) -> tuple[int, Group] | None:
    """For a stance trigger that is a verb of expressing (function_words.tsv express) with «عن» after it, or the noun
    right after such a verb's «عن»: (the verb's token, the named phrase in لـ ending right before that «عن» or before
    a comma before it), within sixteen words and no clause mark but commas; None otherwise."""
    k = t.tok_start
    if strip_wa(toks[k].norm) in fw.express:
        v = k
        e = next((j for j in range(k + 1, min(len(toks), k + 17)) if toks[j].norm == "عن"
                  or toks[j].text in _CLAUSE_BREAKS and toks[j].text not in ",،"), None)
        if e is None or toks[e].norm != "عن":
            return None
    else:
        e = k - 1
        if e < 1 or toks[e].norm != "عن":
            return None
        v = next((j for j in range(e - 1, max(-1, e - 17), -1) if strip_wa(toks[j].norm) in fw.express
                  or toks[j].text in _CLAUSE_BREAKS and toks[j].text not in ",،"), None)
        if v is None or strip_wa(toks[v].norm) not in fw.express:
            return None
    end = e - 1 if toks[e - 1].text in ",،" else e
    lam = next((g for g in groups[bisect_left(starts, v + 1):bisect_left(starts, end)] if g.end_tok == end), None)
    if lam is None or lam.prep != "ل" or lam.conj or not _named(lam):
        return None
    b = lam.start_tok - 1  # (right after the verb, its subject, a comma or a day: not a noun's, «زيارة لسنغافورة»)
    subj = _group_at(groups, starts, v + 1)
    return (v, lam) if b == v or toks[b].text in ",،" or strip_wa(toks[b].norm) in fw.day or \
        subj is not None and subj.start_tok == v + 1 and subj.end_tok == lam.start_tok else None


_HYPHENS = ("-", "–", "—")


def _demonyms(g: Group) -> bool:
    """True for a phrase of nationality adjectives only (يمني، مصري، الإسباني)."""
    return not g.conj and all(m.get("type") == "demonym" for m in g.mentions)


_YIELDS = frozenset({"CONCEDE", "RETREAT"})  # stances whose deed's owner is no recipient (تنازل عن حق اللاجئين)


def _before_quote(toks: list[Token], j: int) -> int:
    """The index of the token before token j, or before the quote mark that opens j («تندد بجرائم «داعش»»: بجرائم)."""
    return j - 1 - (j >= 2 and toks[j - 1].text in _OPEN_QUOTES)


def _deed_owned(toks: list[Token], j: int, fw: FunctionWords) -> bool:
    """True where the token before j (or before the quote opening j) is a deed noun (`_deed_word`)."""
    d = _before_quote(toks, j)
    return d >= 0 and toks[d].kind == "ar" and _deed_word(toks[d].norm, fw)


def _lam_deed_before(toks: list[Token], j: int) -> bool:
    """True where the token before j (or before the quote opening j) is a word in لـ (لرصاص: yielding to it)."""
    d = _before_quote(toks, j)
    return d >= 0 and toks[d].kind == "ar" and strip_wa(toks[d].norm)[:1] == "ل"


def _bi_deed_before(toks: list[Token], j: int, fw: FunctionWords) -> bool:
    """True where the token before j (or before the quote opening j) is a deed noun only with its ب stripped
    (بأوامر، بقرار)."""
    d = _before_quote(toks, j)
    if d < 0 or toks[d].kind != "ar":
        return False
    w = strip_wa(toks[d].norm)
    return w[:1] == "ب" and w not in fw.deed_noun and w not in fw.stance_object and _deed_word(w, fw)


def _deed_owners_read(text: str, toks: list[Token], at: list[int], events: list[Event], triggers: list[Mention],
                      groups: list[Group], starts: list[int], cues: dict[int, Mention], fw: FunctionWords) -> None:
    """`_deed_owners`'s readings, for every stance alike. In place."""
    for i, (ev, t) in enumerate(zip(events, triggers)):
        if ev.event in _STANCES and not ev.recipient and t.get("pos") == "noun" and ev.mode != "allege" and \
                (owner := _noun_deed_owner(toks, t, groups, starts, cues, fw)) is not None:
            # رفض التدخلات الإيرانية، دعم حق تركيا: a stance noun whose genitive is a deed; the deed's owner, read as
            # the noun's doer, is whom the stance is about
            events[i] = replace(ev, actor=tuple(a for a in ev.actor if not _shares_span((a,), (owner.entity(text),))),
                                recipient=(owner.entity(text),))
            continue
        if ev.event in _STANCES and t.get("pos") == "verb" and ev.mode != "allege" and \
                (d := _owner_read_actor(toks, at, t, ev, fw)) is not None:
            # وأدانت الوزارة جرائم الاحتلال الإسرائيلي: the deed's owner, read as the verb's subject, is whom the
            # stance is about; the named phrase right after the verb, before the deed, is its subject (so also for
            # the word read as the verb with its object that is the verbal noun with its doer: «رفضها شرعية «المؤتمر»»)
            subj = _group_at(groups, starts, tail_end_of(t))
            subj = subj if subj is not None and not subj.prep and subj.end_tok <= d and _named(subj) else None
            owner = ev.actor[0]
            events[i] = replace(ev, actor=(subj.entity(text),) if subj is not None else (), recipient=(owner,) + tuple(
                r for r in ev.recipient if not _shares_span((r,), (owner,))))
            continue
        if ev.event not in _STANCES or ev.recipient or t.get("pos") != "verb" or ev.mode == "allege" \
                or t.get("object_pronoun"):
            continue
        if t.get("aspect") != "perfect" and t.tok_start > 0 and toks[t.tok_start - 1].text in ",،":
            continue  # (خرجت أصوات لبنانية جريئة، تنتقد صراحة الدور الإيراني: a clause describing a noun before the
            # comma, whose subject the verb does not name; a speaker's own charge told after it stays his)
        if _deed_read_subject(toks, t, ev, fw):
            # ورفض التدخلات الإيرانية: a deed named with its owner right after the verb is its object, never its subject
            events[i] = replace(ev, actor=(), recipient=ev.actor)
            continue
        k = _object_start(toks, t, ev, fw)
        if k is None:
            continue
        if k + 1 < len(toks) and strip_wa(toks[k].norm) in fw.what and _undergo_verb(toks[k + 1].norm, fw):
            # (أدانت ما تشهده سوريا من مجازر: the subject of a verb of undergoing in the object suffers the deed; it
            # is neither the verb's doer nor whom the stance is about)
            events[i] = replace(ev, actor=tuple(a for a in ev.actor if a.start < toks[k].start))
            continue
        # (a subject no lexicon names may stand before the act: أدان البيان "اقتحام المستوطنين")
        reach = k if ev.actor else k + 3
        act = None
        for j in range(i + 1, len(triggers)):  # (the triggers stand in text order, all of them after the verb's)
            t2 = triggers[j]
            if t2.tok_start > reach:
                break
            if k <= t2.tok_start and (t2.get("pos") == "noun" or t2.tok_start == k and _noun_spelled(t2)) and \
                    not any(_ends_subject(x, fw) for x in toks[k:t2.tok_start]):
                act = j
                break
        if act is not None and events[act].event == "CONSULT":
            continue  # (a summit's or a visit's party is its host or guest, no doer: دعم قمة باريس)
        if act is not None and events[act].actor and not _act_adjective(toks, triggers[act], events[act]) and \
                not _shares_span(events[act].actor, ev.actor) and \
                not _victim_read_doer(toks, triggers[act], events[act]):
            events[i] = replace(ev, recipient=events[act].actor)
            continue
        # (an act noun with no doer of its own is a deed whose doer a relative clause on it may tell: القصف الجوي
        # الذي شنته الطائرات التركية)
        owner = _deed_owner(toks, triggers[act].tok_start if act is not None else k, groups, starts, cues, fw,
                            act is not None)
        if owner is None:
            continue
        if not _shares_span((owner.entity(text),), ev.actor):
            events[i] = replace(ev, recipient=(owner.entity(text),))
        elif owner.start_tok >= k:
            # كما أدانت القرارات والإجراءات الإسرائيلية: the deed's owner, read as the verb's subject, is its object
            events[i] = replace(ev, actor=(), recipient=(owner.entity(text),))


def _owner_read_actor(toks: list[Token], at: list[int], t: Mention, ev: Event, fw: FunctionWords) -> int | None:
    """Where the verb's only actor is told after it right past a deed noun (function_words.tsv deed_noun,
    stance_object; or past the quote that opens the owner's name) that stands after the verb: the deed's token, the
    actor being the deed's owner («وأدانت الوزارة جرائم الاحتلال الإسرائيلي»، «تندد بجرائم «داعش»»); None otherwise."""
    if len(ev.actor) != 1:
        return None
    k0 = tail_end_of(t)
    j = bisect_left(at, ev.actor[0].start)
    d = _before_quote(toks, j)
    if j >= len(toks) or toks[j].start != ev.actor[0].start or d < k0 or toks[d].kind != "ar" or \
            not _deed_word(toks[d].norm, fw):
        return None
    if any(x.kind != "ar" or strip_wa(x.norm) in fw.preposition or strip_wa(x.norm) in fw.side_phrase
           for x in toks[k0:d]):
        return None  # (the deed opens the verb's object only past its subject and adverbs: in «ورفضت بشدة، وسط صمت
        # المجتمع الدولي، الاعتداءات» the silence is a side phrase set off by commas, not what is rejected)
    return d


def _deed_read_subject(toks: list[Token], t: Mention, ev: Event, fw: FunctionWords) -> bool:
    """True where the verb's only actor opens right after it with a deed noun (function_words.tsv deed_noun,
    stance_object) that a lexicon names with its owner (ورفض «التدخلات الإيرانية»: IRN): the deed is the verb's
    object, its owner whom the stance is about, never the verb's subject."""
    k = tail_end_of(t)
    return len(ev.actor) == 1 and k < len(toks) and toks[k].kind == "ar" and ev.actor[0].start == toks[k].start \
        and _deed_word(toks[k].norm, fw) and bool(ev.actor[0].code)


def _noun_deed_owner(toks: list[Token], t: Mention, groups: list[Group], starts: list[int], cues: dict[int, Mention],
                     fw: FunctionWords) -> Group | None:
    """For a stance noun (رفض، دعم، إدانة) whose genitive right after it is a deed noun (function_words.tsv deed_noun,
    stance_object, with no ب: «رفض التدخلات الإيرانية»، «تأييد حق تركيا»): the deed's owner (`_deed_owner`), a named
    party and no town; None otherwise."""
    k = tail_end_of(t)
    if k >= len(toks) or toks[k].kind != "ar" or strip_wa(toks[k].norm) not in fw.deed_noun and \
            strip_wa(toks[k].norm) not in fw.stance_object:
        return None
    if _definite(strip_wa(toks[t.tok_start].norm)) and not _definite(strip_wa(toks[k].norm)):
        return None  # (أن الرفض حق الشعب الفلسطيني: a definite noun takes no genitive; the deed is its predicate)
    g = _deed_owner(toks, k, groups, starts, cues, fw)
    return g if g is not None and _named(g) and not _town(g) else None


def _territory_losers(text: str, toks: list[Token], events: list[Event], triggers: list[Mention], groups: list[Group],
                      starts: list[int], cues: dict[int, Mention], fw: FunctionWords) -> None:
    """Give a seizure of territory (COERCE seize, context territory) told without its recipient the party that lost
    the place, told after the trigger in its clause: the one in «من يد/أيدي/قبضة X» (انتزعت السيطرة على بلدة … من يد
    مقاتلي داعش), the owner of seized positions in construct or لـ (استعادت السيطرة على عدد من مواقع المتمردين
    الحوثيين), the party driven out (بعد طرد داعش منها، بعد دحر المليشيات الحوثية), the one that held it (منطقة كانت
    تسيطر عليها قوات النظام) or the side in مع of the fight it was taken in (بعد معارك عنيفة مع المسلحين الحوثيين).
    A town is no party. A seizure of no territory (تحرير المقاومة للمدينة من قبضة الحوثيين) with its doer told takes
    only the one in «من يد/قبضة X», or in a bare «من» when it frees a place (CAMEO 192: حررت وحدات حماية الشعب
    الكردية بلدة صرين من تنظيم داعش). The words are counted past a subject told after the verb. In place."""
    ends = None
    for i, (ev, t) in enumerate(zip(events, triggers)):
        if ev.event != "COERCE" or ev.mode != "seize":
            continue
        town = None
        if ev.recipient:
            ends = ends if ends is not None else [tok.end for tok in toks]
            town = _town_taken(toks, ends, ev.recipient, groups, starts)
            if town is None:
                continue  # (a town taken, its object, is no party: «استعاد الجيش مدينة الرمادي من تنظيم داعش» was
                # taken from the group, named in من right after the town)
        territory = "territory" in ev.context
        if not territory and not ev.actor:
            continue  # (لتحرير المدن الجنوبية من قبضة الحوثيين: an aim with no doer told)
        loser = _territory_loser(toks, _past_own_subject(toks, t, ev), ev.sentence_end, groups, starts, cues, fw,
                                 territory, ev.cameo == _FREED_CAMEO)
        if loser is not None and town is not None and (
                town.end_tok >= len(toks) or strip_wa(toks[town.end_tok].norm) != "من" or
                loser.start_tok > town.end_tok + 3 or
                any(m.get("sector") == "CVL" for m in loser.mentions)):
            continue  # (not a side named further on, an ally or an aid: «استعاد الجيش مدينة الرمادي وسط غطاء جوي من
            # طيران التحالف»، «بمشاركة مقاتلين من الحشد الشعبي»; nor the people of the town: «من السكان»)
        if loser is not None and not _shares_span((loser.entity(text),), ev.actor):
            events[i] = replace(ev, recipient=(loser.entity(text),))


def _town_taken(toks: list[Token], ends: list[int], entities: tuple[Entity, ...], groups: list[Group],
                starts: list[int]) -> Group | None:
    """The last of the noun phrases the entities are read off where every one only names a town or a region (see
    _town) and lies in the sentence (`ends`: the tokens' end offsets); None otherwise."""
    town = None
    for e in entities:
        k = bisect_left(ends, e.end)  # (the token the entity's text ends in)
        if k >= len(toks) or not toks[k].start < e.end <= toks[k].end:
            return None  # (an entity read from another sentence)
        g = next((g for g in groups[max(0, bisect_left(starts, k) - 3):bisect_left(starts, k + 1)]
                  if g.start_tok <= k < g.end_tok), None)
        if g is None or not _town(g):
            return None
        town = g
    return town


def _group_at(groups: list[Group], starts: list[int], k: int) -> Group | None:
    """The noun phrase that starts at token k, or None."""
    j = bisect_left(starts, k)
    return groups[j] if j < len(starts) and starts[j] == k else None


def _refused_parties(text: str, toks: list[Token], events: list[Event], triggers: list[Mention], groups: list[Group],
                     starts: list[int], fw: FunctionWords) -> None:
    """Give a verb of refusal told with its actor and without its recipient the named party that the definite verbal
    noun it governs (no event word of its own) takes in its preposition (function_words.tsv refused_with, clitic or
    word) right after it: whom the refusal is against («ورفضت إيران الاعتراف بالحكومة اليمنية»، «رفضت كوريا
    الشمالية التفاوض مع الولايات المتحدة»). A town is no party. In place."""
    trig_toks = {k for m in triggers for k in range(m.tok_start, max(m.tok_end, tail_end_of(m)))}
    for i, (ev, t) in enumerate(zip(events, triggers)):
        if ev.event != "REJECT" or ev.recipient or not ev.actor or t.get("pos") != "verb" or t.get("object_pronoun"):
            continue
        k = max(tail_end_of(t), _past_own_subject(toks, t, ev))
        if k + 1 >= len(toks) or k in trig_toks or toks[k].kind != "ar" or not toks[k].norm.startswith("ال"):
            continue  # (a headline with no full stop ends on the party: «رفضت إيران الاعتراف بإسرائيل»)
        w = toks[k + 1].norm
        prep, at = (w, k + 2) if w in fw.refused_with and len(w) > 1 else ("", k + 1)
        g = _group_at(groups, starts, at)
        if g is None or g.prep not in fw.refused_with or prep and g.prep != prep or not _named(g) or _town(g) or \
                _shares_span((g.entity(text),), ev.actor):
            continue
        events[i] = replace(ev, recipient=tuple(x.entity(text) for x in _with_conj(g)))


def _past_own_subject(toks: list[Token], t: Mention, ev: Event) -> int:
    """The token right past the trigger, or past the last actor phrase told right after it (سيطرت القوات الأمنية
    المشتركة العراقية أمس على …: the words after the subject)."""
    k = t.tok_start + 1
    end = max((e.end for e in ev.actor if e.start >= toks[t.tok_start].end), default=-1)
    while k < len(toks) and toks[k].end <= end:
        k += 1
    return k


def _territory_loser(toks: list[Token], k0: int, end: int, groups: list[Group], starts: list[int],
                     cues: dict[int, Mention], fw: FunctionWords, territory: bool = True,
                     freed: bool = False) -> Group | None:
    """The named party (no town) that lost a place seized, within sixteen words from token k0 before the clause ends
    or the sentence's end (a character; past a comma before بعد/عقب or على): after «من يد/قبضة/سيطرة», «كانت تحت
    سيطرة» or «كان في قبضة» (not a bare «تحت سيطرة», who holds it now), and for a seizure of `territory` after a
    positions noun or a noun of expulsion, the subject of «تسيطر عليها» (its holder), or in مع within eight words
    after a clash noun (cues.tsv clash); for a seizure of territory or a place `freed` (CAMEO 192), also the one in a
    bare «من» past the place (_taken_from: حررت الوحدات بلدة صرين من تنظيم داعش)."""
    for k in range(k0, min(len(toks) - 2, k0 + 16)):
        if toks[k].start >= end or toks[k].text in ";؛.!?؟" or toks[k].text in ",،" and \
                strip_wa(toks[k + 1].norm) not in fw.past_anchor and toks[k + 1].norm != _ON:
            return None  # (a comma ends the clause, not before when it was taken, صبر، عقب اشتباكات, nor before the
            # seizure's own على: سيطرت المقاومة الشعبية بمدينة تعز وسط اليمن، على موقع)
        w = strip_wa(toks[k].norm)
        if (w == "من" or (w in fw.under_hold or w == "في") and k > k0 and strip_wa(toks[k - 1].norm) in fw.held_was) \
                and toks[k + 1].norm in fw.held_by:  # (من يد، كانت تحت سيطرة، كان في قبضة; a bare «تحت سيطرة X» is
            # who holds it now: لتصبح المنطقة كلها تحت سيطرة جيش الفتح)
            g = _genitive_at(toks, k + 1, groups, starts)
        elif w == "من" and k > k0 and (territory or freed) and _taken_from(toks, k, fw) and \
                not _aid_from(toks, k, k0, groups, starts, cues, fw) and not any(
                strip_wa(toks[j].norm) in fw.past_anchor or toks[j].text in _QUOTE_OPENERS for j in range(k0, k)):
            # (not past when it was taken, «بعد معارك عنيفة استخدمت فيها مدرعات حصلت عليها من التحالف العربي», nor
            # past a colon or a quote: «كما سيطرت على تبة مطلة على نقطة الربيعي: «وهم قريبون من اللواء 35»)
            g = _group_at(groups, starts, k + 1)  # (استعاد مقاتلو المعارضة السيطرة على عدة قرى من قوات النظام)
            g = g if g is not None and g.prep == "من" else None
        elif not territory:
            continue
        elif w in fw.held_place or w in fw.expel_noun:
            g = _genitive_at(toks, k, groups, starts)
            if g is None and w in fw.held_place:
                j = bisect_left(starts, k + 1)
                g = groups[j] if j < len(groups) and groups[j].start_tok == k + 1 and groups[j].prep == "ل" else None
        elif w in fw.held_verb and toks[k + 1].norm in fw.held_on:
            g = _genitive_at(toks, k + 1, groups, starts)
        elif w in fw.held_verb_it:
            g = _genitive_at(toks, k, groups, starts)  # (المواقع التي كانت تحتلها ميليشيات الحوثي)
        elif w in fw.held_was and k > k0:
            g = _holder_before_verb(toks, k, groups, starts, fw)  # (مواقع كانت جماعة الحوثي يسيطرون عليها)
        elif (c := cues.get(k)) is not None and c.label == "clash":
            g = _clash_side_after(toks, c.tok_end, groups, starts)
        else:
            continue
        if g is not None and _named(g) and not _town(g):
            return g
    return None


def _taken_from(toks: list[Token], k: int, fw: FunctionWords) -> bool:
    """True for a bare «من» at token k after the place taken that tells whom it was taken from (حررت الوحدات بلدة
    صرين في شمال سوريا من تنظيم داعش): not after a word with بـ, whose aid or nearness it tells (بدعم من التحالف،
    بالقرب من), nor after a count or a share (عدد من، أجزاء من، بعض) or a word of nearness (function_words near_from:
    قريبون من، على مسافة من), nor «من قبل» (by: the doer)."""
    before, after = strip_wa(toks[k - 1].norm), toks[k + 1].norm
    return toks[k - 1].kind == "ar" and not before.startswith("ب") and before not in fw.count and \
        before not in fw.many_of and before not in fw.some_all and before not in fw.near_from and after != "قبل"


def _aid_from(toks: list[Token], k: int, k0: int, groups: list[Group], starts: list[int], cues: dict[int, Mention],
              fw: FunctionWords) -> bool:
    """True for a bare «من» at token k whose word in بـ stands two or three words before it (from token k0), with only
    plain words between (its adjectives: no mark, no phrase, cue or function word): the من tells whose aid or share it
    is, the helper (بإسناد جوي من طيران التحالف، بمشاركة فاعلة من الحشد الشعبي), not whom the place was taken from
    (`_taken_from` reads the word right before it). A place noun in بـ (a cue: بلدة صرين), a word of a phrase (بيت
    حانون) or a manner word (function_words manner_bi: بشكل كامل) is no such word."""
    for j in range(k - 1, max(k0, k - 3) - 1, -1):
        w = strip_wa(toks[j].norm)
        if toks[j].kind != "ar" or j in cues or _in_group(groups, starts, j) or w in fw.manner_bi:
            return False
        if j < k - 1 and w.startswith("ب") and len(w) > 3:
            return True
        if _function_word(w, fw):
            return False
    return False


def _in_group(groups: list[Group], starts: list[int], j: int) -> bool:
    """True if a noun phrase holds token j."""
    i = bisect_right(starts, j)
    return any(g.start_tok <= j < g.end_tok for g in groups[max(0, i - 3):i])  # (a few back: a longer one may hold it)


def _holder_before_verb(toks: list[Token], k: int, groups: list[Group], starts: list[int],
                        fw: FunctionWords) -> Group | None:
    """The phrase right after «was» at token k (function_words held_was) that a verb of holding with the place's
    pronoun follows, within three more words (its adjectives and conjuncts the lexicons lack) with no mark between
    (held_verb and held_on, or held_verb_it): the place's holder told before its verb («مواقع عدة كانت جماعة الحوثي
    المسلحة وأنصار صالح يسيطرون عليها»); None otherwise."""
    g = _group_at(groups, starts, k + 1)
    if g is None or g.prep or g.prefix:
        return None
    end = _conj_end(g)
    for e in range(end, min(len(toks) - 1, end + 4)):
        if toks[e].kind != "ar":
            return None
        if toks[e].norm in fw.held_verb and toks[e + 1].norm in fw.held_on or toks[e].norm in fw.held_verb_it:
            return g
    return None


def _clash_side_after(toks: list[Token], k0: int, groups: list[Group], starts: list[int]) -> Group | None:
    """The phrase in مع within eight words from token k0 (past a clash noun), with no clause mark between: the side
    fought (بعد معارك عنيفة مع المسلحين الحوثيين، اشتباكات قوية دارت خلال الساعات الماضية مع ميليشيات الحوثي)."""
    for k in range(k0, min(len(toks) - 1, k0 + 8)):
        if toks[k].text in ",،;؛.!?؟":
            return None
        if toks[k].norm == "مع":
            j = bisect_left(starts, k + 1)
            g = groups[j] if j < len(groups) else None
            return g if g is not None and g.start_tok == k + 1 and g.prep == "مع" else None
    return None


def _act_adjective(toks: list[Token], t: Mention, ev: Event) -> bool:
    """True where the act noun's doer is only a word right after it with no code, its adjective (أدانت المملكة
    الهجوم الإرهابي): no party to blame; a masculine plural, which no act noun takes for adjective, is its doer
    («دانت المنظمة قصف المتمردين»)."""
    end = tail_end_of(t)
    return end < len(toks) and all(not a.code and a.start == toks[end].start for a in ev.actor) and \
        not toks[end].norm.endswith(("ين", "ون"))  # (an act noun takes no masculine plural adjective: «قصف المتمردين»)


def _victim_read_doer(toks: list[Token], t: Mention, ev: Event) -> bool:
    """True where an attack noun's only party is its genitive right after it, which the noun's entry says names whom
    the attack befell (أدان كيري اغتيال النائب العام المصري): no doer to blame (a storming's genitive, read as its
    doer, may well be one: اقتحام المستوطنين)."""
    end = tail_end_of(t)
    return t.entry is not None and t.entry.gen == "recipient" and ev.event == "ASSAULT" and not ev.recipient and \
        end < len(toks) and \
        ev.actor[0].start <= toks[end].start + 2 and ev.actor[0].start >= toks[end].start


def _ends_subject(x: Token, fw: FunctionWords) -> bool:
    """True for a word that no subject no lexicon names runs over: a break, a preposition, a function word."""
    w = strip_wa(x.norm)
    return x.text in _CLAUSE_BREAKS or x.kind == "punct" and x.text not in _QUOTES or \
        x.kind == "ar" and (w in fw.past_anchor or _function_word(w, fw))


def _shares_span(a: tuple[Entity, ...], b: tuple[Entity, ...]) -> bool:
    """True if a party of one list overlaps a party of the other (the same phrase read twice)."""
    return any(x.start < y.end and y.start < x.end for x in a for y in b)


def _object_start(toks: list[Token], t: Mention, ev: Event, fw: FunctionWords) -> int | None:
    """Where the object of a verb begins: right after it, or past its subject told right after it and then past a
    time word or a manner adverb (ودانت المنامة بشدة …، انتقدت المعارضة الإيرانية في المنفى اليوم الزيارة), where
    it was told (في بيان) or before whom (أمام الكونغرس: function_words.tsv audience); None where a clause break
    comes first."""
    k = tail_end_of(t)
    if ev.actor and ev.actor[0].start >= toks[k - 1].end and (ev.actor[0].start - toks[k - 1].end <= 1 or (
            k + 1 < len(toks) and toks[k + 1].start == ev.actor[0].start and _name_head(toks[k], fw))):
        # (the subject may stand past one head noun the name's mention leaves out: دانت منظمة هيومن رايتس ووتش)
        while k < len(toks) and toks[k].start < ev.actor[-1].end:
            k += 1
    for _ in range(4):
        if k < len(toks) and toks[k].text in _OPEN_QUOTES:
            k += 1  # (وأدان البيان "اقتحام المستوطنين …")
        if (b := _bracketed_day(toks, k, fw)) > k:
            k = b + (b < len(toks) and toks[b].text in ",،")  # (ندد الوزير، اليوم (الاربعاء)، أمام الكونغرس)
        if k + 1 < len(toks) and toks[k].text in ",،" and (strip_wa(toks[k + 1].norm) in fw.manner_bi
                                                           or strip_wa(toks[k + 1].norm) in fw.day):
            k += 1  # (an adverb set off by commas: أدانت، بشدة، استمرار التصريحات)
        if k > 0 and k < len(toks) and toks[k].text in ",،" and (strip_wa(toks[k - 1].norm) in fw.manner_bi
                                                                 or strip_wa(toks[k - 1].norm) in fw.day):
            k += 1
        if _comma_before_deed(toks, k, t, ev, fw):
            k += 1  # (أدانت رابطة العالم الإسلامي، التصريحات الطائفية: the subject set off by a comma)
        if k >= len(toks) or toks[k].text in _CLAUSE_BREAKS:
            return None
        w = strip_wa(toks[k].norm)
        if _deed_word(w, fw) or toks[k].kind != "ar":
            return k if toks[k].kind == "ar" else None
        if not (w in fw.adverb or w in fw.day or w in fw.manner_bi or w in fw.deed_lead or w == "في"
                or w in fw.audience or k > 0 and strip_wa(toks[k - 1].norm) in fw.audience
                or (_definite(w) or w in fw.told_in) and k > 0 and strip_wa(toks[k - 1].norm) == "في"):
            return k  # (في المنفى، في بيان، أمام الكونغرس)
        # (and the adjective of a manner noun: ترحب بشكل كبير بالمساعدات)
        k += 1 + (w in fw.manner_head and k + 1 < len(toks) and toks[k + 1].kind == "ar"
                  and not _definite(toks[k + 1].norm) and not _function_word(toks[k + 1].norm, fw))
    return None


def _comma_before_deed(toks: list[Token], k: int, t: Mention, ev: Event, fw: FunctionWords) -> bool:
    """True for a comma at token k right after the verb's subject told after it, with a deed noun right after the
    comma (function_words.tsv deed_noun, stance_object: «أدانت رابطة العالم الإسلامي، التصريحات الطائفية»): the comma
    sets off the subject from the object, no clause break."""
    return 0 < k + 1 < len(toks) and toks[k].text in ",،" and bool(ev.actor) and \
        ev.actor[-1].end == toks[k - 1].end and ev.actor[0].start >= t.end and toks[k + 1].kind == "ar" and \
        _deed_word(toks[k + 1].norm, fw)


def _name_head(tok: Token, fw: FunctionWords) -> bool:
    """True for an indefinite Arabic word in construct, no deed noun, that may head a name the mention leaves out
    (منظمة هيومن رايتس ووتش; not «رفض الاتفاق الرئيس»، «دعم موقف ظريف», the object and its owner)."""
    return tok.kind == "ar" and not _definite(tok.norm) and not _deed_word(strip_wa(tok.norm), fw)


def _noun_spelled(t: Mention) -> bool:
    """True for a verb trigger spelled as its bare perfect with no clitic, which is also its verbal noun (قصف، قتل):
    standing where a verb's object does (دانت المنظمة الخميس قصف المتمردين), it is the noun."""
    return t.get("pos") == "verb" and not t.get("prefix") and not t.get("object_pronoun") and \
        t.get("aspect") == "perfect"


def _undergo_verb(norm: str, fw: FunctionWords) -> bool:
    """True for a verb of undergoing (function_words.tsv undergo: يشهد، يعاني، يواجه، يتعرض), bare or with its object
    pronoun (تشهده، يعانيه، يواجهها)."""
    w = strip_wa(norm)
    return w in fw.undergo or pronoun_core(w) in fw.undergo


def _deed_word(norm: str, fw: FunctionWords) -> bool:
    """True for a deed noun (function_words.tsv deed_noun, stance_object), bare or with و or ب on it (جهود، بجهود،
    وجهود، بالتصريحات)."""
    w = strip_wa(norm)
    return w in fw.deed_noun or w in fw.stance_object or w[:1] == "ب" and (w[1:] in fw.deed_noun
                                                                           or w[1:] in fw.stance_object)


def _deed_owner(toks: list[Token], k: int, groups: list[Group], starts: list[int], cues: dict[int, Mention],
                fw: FunctionWords, act: bool = False) -> Group | None:
    """The owner of the deed noun at or a little after k: the bare phrase right after it past two adjectives (جهود
    تركيا، التصريحات الإيرانية), the phrase in «من قبل» past its adjectives, or the subject right after the verb
    of a relative clause on it (الذي شنته الطائرات التركية، التي ادلى بها); None if none is told so."""
    if not act and (said := _said_by(toks, k, groups, starts, fw)) is not None:
        return said
    d = k
    while not act and d < min(k + 3, len(toks)) and (toks[d].kind == "ar" or toks[d].text in _QUOTES) and \
            not _deed_word(toks[d].norm, fw):
        if _ends_subject(toks[d], fw) or strip_wa(toks[d].norm) in fw.side_phrase:
            return None  # (وسط صمت المجتمع الدولي، في ظل صمته: a side phrase, not the verb's object)
        d += 1  # (a noun heading the deeds: بتزايد تركيز وجهود تركيا)
    if d >= min(k + 3, len(toks)) or toks[d].kind != "ar":
        return None
    if not act and (g := _group_at(groups, starts, d)) is not None and not g.prep and _named(g):
        return g  # (the deed's phrase itself where a lexicon names it with its owner: «التدخلات الإيرانية»)
    j = d + 1 + (d + 2 < len(toks) and toks[d + 1].text in _OPEN_QUOTES and toks[d + 2].kind == "ar")
    # (past the quote that opens the owner's name: «ترفض إجراءات «الأونروا» الأخيرة»)
    for _ in range(3):
        if j < len(toks) and toks[j].text in _CLOSE_QUOTES and j > d + 1:
            j += 1  # (past the quote closing the deed and its adjective: بـ"الانشطة المؤذية" لايران)
        if j >= len(toks) or toks[j].kind != "ar" or toks[j].text in _CLAUSE_BREAKS:
            return None
        if not act and strip_wa(toks[j].norm) in fw.issued_from:
            return _issued_by(toks, j, groups, starts, fw)  # (التصريحات الصادرة عن المسؤولين الإيرانيين)
        g = next((g for g in groups[bisect_left(starts, j):bisect_left(starts, j + 1)]), None)
        if g is not None and _lam_owner_of_deed(toks, d, j, g, act):
            return g  # (بالمواقف المشرفة للمملكة العربية السعودية)
        if g is not None:  # (an act noun's genitive is read with the act itself, no owner here)
            return g if not g.prep and not act or g.prep == "passive_agent" else None  # (من قبل المسؤولين الإيرانيين)
        w = toks[j].norm
        if (c := cues.get(j)) is not None and c.label == "passive_agent":
            return next((g for g in groups[bisect_left(starts, c.tok_end):bisect_left(starts, c.tok_end + 2)]), None)
        if c is not None and c.label == "relative" and j + 2 < len(toks):
            if not act and strip_wa(toks[j + 1].norm) in fw.issued_from:
                return _issued_by(toks, j + 1, groups, starts, fw)  # (التصريحات التي صدرت عن نوري المالكي)
            bi = toks[j + 2].norm in fw.resumptive_bi
            if _undergo_verb(toks[j + 1].norm, fw) or not bi and ((lv := cues.get(j + 1)) is None
                                                              or lv.label != "light_verb"):
                return None  # (a verb of doing only: التي يواجهها الشعب الإيراني — who faces the deed did not do it)
            v = j + 1 + bi
            # (past what the relative clause tells of, in a preposition: التي ادلى بها حول الجزائر الرئيس الفرنسي)
            g = next((g for g in groups[bisect_left(starts, v + 1):bisect_left(starts, v + 5)]
                      if not g.prep or g.start_tok > v + 2), None)
            while g is not None and g.prep and g.start_tok - (v + 1) <= 2 and \
                    not any(x.kind == "punct" for x in toks[v + 1:g.end_tok]):
                g = next((h for h in groups[bisect_left(starts, g.end_tok):bisect_left(starts, g.end_tok + 1)]), None)
            return g if g is not None and not g.prep else None
        if not (_definite(w) or _deed_word(w, fw)) or w in fw.preposition:
            return None  # (only the deed's adjectives and the deeds joined to it lie between: القرارات والإجراءات)
        j += 1
    return None


def _issued_by(toks: list[Token], j: int, groups: list[Group], starts: list[int], fw: FunctionWords
               ) -> Group | None:
    """For a word of issuing at token j (function_words.tsv issued_from: صدرت، الصادرة): the named phrase right after
    the عن/من that follows it, who issued the deed («التي صدرت عن نائب رئيس الجمهورية العراقية نوري المالكي»);
    None otherwise."""
    if j + 2 >= len(toks) or toks[j + 1].norm not in fw.issued_by:
        return None
    g = _group_at(groups, starts, j + 2)
    return g if g is not None and g.start_tok == j + 2 and _named(g) and not _town(g) else None


def _said_by(toks: list[Token], k: int, groups: list[Group], starts: list[int], fw: FunctionWords) -> Group | None:
    """For «what» at token k (function_words.tsv what) followed by a verb whose pronoun resumes it, and by that
    verb's subject right after it, or after the به/بها that resumes it (resumptive_bi): the subject, who said or did
    what the verb of stance takes for object («رفضت ما قاله كيري»، «أيد ما قامت به السعودية»); None otherwise, and
    for a verb of undergoing (`_undergo_verb`: «أدانت ما تشهده سوريا من مجازر»: Syria suffers the massacres)."""
    if k + 2 >= len(toks) or strip_wa(toks[k].norm) not in fw.what or toks[k + 1].kind != "ar":
        return None
    bi = toks[k + 2].norm in fw.resumptive_bi
    if not bi and len(pronoun_core(toks[k + 1].norm)) < 2 or _undergo_verb(toks[k + 1].norm, fw):
        return None  # (a verb whose pronoun resumes «what»: قاله؛ or a light verb with به/بها after it: قامت به)
    j = k + 2 + bi
    g = _group_at(groups, starts, j)
    return g if g is not None and not g.prep and _named(g) else None


_QUOTES = _OPEN_QUOTES + _CLOSE_QUOTES  # (a closing mark may open a quote: بـ”الانشطة المؤذية”)


def _lam_owner_of_deed(toks: list[Token], d: int, j: int, g: Group, act: bool) -> bool:
    """True for phrase g in لـ past the adjective of a definite deed noun at d (بالمواقف المشرفة للمملكة، بـ"الانشطة
    المؤذية" لايران): a definite noun takes no genitive past its adjective, so لـ names its owner; not civilians or
    refugees, whom a deed may be for (الجهود المبذولة للاجئين)."""
    return not act and g.prep == "ل" and j > d + 1 and _definite(strip_wa(toks[d].norm).removeprefix("ب")) and \
        not _helped(g)


def _condemner_apposition(toks: list[Token], ev2: Event, t2: Mention, t: Mention, spans: set[tuple[int, int]]) -> bool:
    """True where a verb of disapproval (ev2 at t2, not an accusation) has for recipient the act's actor, a phrase
    right before the act noun (at t, bare) and past the verb's subject: «استنكر قائد قوة أمن المنشآت … العميد عبدالله
    بن سعد العتيبي التفجير الأثم»: the verb takes one object, the act, so the phrase is the subject's own name
    (its apposition), neither the one condemned nor the bomber."""
    if ev2.event != "ACCUSE" or ev2.mode == "allege" or t2.get("pos") != "verb" or not ev2.actor or \
            not ev2.recipient or t.get("prefix") or t.get("pos") != "noun" or t.tok_start < 1:
        return False
    rec = {(e.start, e.end) for e in ev2.recipient}
    return rec == spans and ev2.recipient[-1].end == toks[t.tok_start - 1].end and \
        ev2.actor[-1].end <= ev2.recipient[0].start


_REPORTED = frozenset({"ASSAULT", "COERCE", "PROTEST"})  # acts the press only tells of, never does
_ON = normalize("على")  # the preposition of «ردا على»


def _no_press_doers(toks: list[Token], events: list[Event], triggers: list[Mention], cues: dict[int, Mention],
                    fw: FunctionWords) -> None:
    """Drop the press as the doer of an attack, an arrest or a protest told by a noun after it in على/إلى/عن with no
    light verb between (function_words.tsv told_of), or by a verb only a passive spells: «لفتت الصحف الانتباه إلى المظاهرات»، «سلطت الصحف الضوء على اقتحام
    مستوطنين»، «لم تورد وسائل الإعلام السورية أي تقرير عن الاعتصام»: the papers report the act (journalists who hold a
    sit-in keep it: «نظم الصحفيون اعتصاما»، «شارك الإعلاميون في المظاهرة»). In place."""
    for i, (ev, t) in enumerate(zip(events, triggers)):
        if ev.event not in _REPORTED or not ev.actor or any(e.sector != "MED" for e in ev.actor) or \
                ev.actor[-1].end > toks[t.tok_start].start or any(
                    normalize(e.text.split(" ")[0]).endswith(("ون", "ين")) for e in ev.actor):
            continue  # (people in a sound plural, الصحفيون، الإعلاميين, may protest themselves)
        if t.get("pos") == "verb" and not _passive_form(toks, t):
            continue
        k = bisect_left([x.start for x in toks], ev.actor[-1].end)
        if t.get("pos") == "noun" and (any((c := cues.get(j)) is not None and c.label == "light_verb"
                                           for j in range(k, t.tok_start)) or
                                       not any(strip_wa(toks[j].norm) in fw.told_of for j in range(k, t.tok_start))):
            continue
        events[i] = replace(ev, actor=())


def _no_answerer_doers(toks: list[Token], events: list[Event], triggers: list[Mention], cues: dict[int, Mention],
                       fw: FunctionWords) -> None:
    """Drop the one who answers an act as its doer: an event noun right after «ردا على» (function_words.tsv answer, then
    على) was done by another than the subject of the clause before it, «وأعلنها رئيس الوزراء حيدر العبادي ردًا على
    احتجاجات ضد الفساد»: the protesters protested, al-Abadi answered; so one in the على of a verb of replying whose
    subject is the actor (reply, or answer with و: «ورد المصلون على هذا الاقتحام», a demonstrative allowed). In
    place."""
    for i, (ev, t) in enumerate(zip(events, triggers)):
        k = t.tok_start
        if not ev.actor or t.get("pos") != "noun" or k < 2:
            continue
        if (c := cues.get(k - 1)) is not None and c.label == "demonstrative" and k >= 3:
            k -= 1  # (على هذا الاقتحام)
        if strip_wa(toks[k - 1].norm) != _ON:
            continue
        if strip_wa(toks[k - 2].norm) in fw.answer and ev.actor[-1].end <= toks[k - 2].start or \
                _replier(toks, ev, k - 1, fw):
            events[i] = replace(ev, actor=())


def _replier(toks: list[Token], ev: Event, on: int, fw: FunctionWords) -> bool:
    """True where the actor of `ev` is the whole phrase between a verb of replying (function_words reply, or answer
    with و or ف: «ورد») and «على» at token `on`: «ورد المصلون على هذا الاقتحام» — whoever replies did not do what
    he replies to."""
    if ev.actor[0].end > toks[on].start:
        return False
    v = next((j for j in range(on - 1, max(on - 6, 0) - 1, -1) if toks[j].end <= ev.actor[0].start), None)
    if v is None or toks[v].end != ev.actor[0].start - 1 and toks[v].end != ev.actor[0].start or \
            toks[on - 1].end != ev.actor[-1].end:
        return False
    w = strip_wa(toks[v].norm)
    return w in fw.reply or _short_wa(w, fw.answer)


def _short_wa(w: str, words: frozenset[str]) -> bool:
    """True for a word of three letters that is و/ف and one of `words` of two (وصد، ورد): strip_wa keeps a word so
    short whole."""
    return len(w) == 3 and w[0] in "وف" and w[1:] in words


def _supervised_aid(text: str, toks: list[Token], events: list[Event], triggers: list[Mention], groups: list[Group],
                    fw: FunctionWords) -> None:
    """Aid with no actor told after a word of supervision (function_words.tsv supervised: «وبإشراف من مركز الملك
    سلمان للإغاثة والأعمال الإنسانية، وصلت … سفينة إغاثية») is given by the supervisor: the phrase right after that
    word or its من. In place."""
    if not fw.supervised:
        return
    for i, (ev, t) in enumerate(zip(events, triggers)):
        if ev.event != "AID" or ev.actor:
            continue
        at = next((j for j in range(t.tok_start) if toks[j].norm in fw.supervised), None)
        if at is None:
            continue
        doer = next((g for g in groups if at < g.start_tok <= at + 2 and g.end_tok <= t.tok_start), None)
        if doer is not None and all(toks[j].kind == "ar" and toks[j].norm in fw.preposition
                                    for j in range(at + 1, doer.start_tok)):
            events[i] = _with_actor(ev, doer.entity(text))


def _work_doers(text: str, toks: list[Token], events: list[Event], triggers: list[Mention], groups: list[Group],
                fw: FunctionWords) -> None:
    """An event noun with no actor right after a work noun with its owner's pronoun and على (function_words.tsv
    work_noun: «عاينت العيادات التخصصية السعودية قرابة ألف حالة … من عملها على تقديم الخدمات») is done by the
    one that works: the last phrase before it in no preposition and right after a perfect verb, that verb's subject
    («واصلت العيادات التخصصية السعودية», not the king in «إنفاذا لتوجيهات خادم الحرمين» before it). In place."""
    if not fw.work_noun:
        return
    for i, (ev, t) in enumerate(zip(events, triggers)):
        k = t.tok_start
        if ev.actor or k < 2 or toks[k - 2].norm not in fw.work_noun or toks[k - 1].norm not in fw.preposition:
            continue
        doer = next((g for g in reversed(groups) if g.end_tok <= k - 2 and not g.prep and g.start_tok > 0
                     and _verb_gender(toks[g.start_tok - 1].norm)), None)
        if doer is not None and not any(toks[j].text in ".؛;:؟?!" for j in range(doer.end_tok, k)):
            events[i] = _with_actor(ev, doer.entity(text))


def _escorted_doers(text: str, toks: list[Token], events: list[Event], groups: list[Group],
                    fw: FunctionWords) -> None:
    """An actor phrase an escort word stands before (بمرافقة، برفقة: function_words.tsv escort) only comes along
    with the doer: the phrase right before that word, past its definite adjectives, does the act («ما قامت به قوات
    الاحتلال الغاشمة بمرافقة مغتصبين ومتطرفين لاقتحام»: the occupation forces). In place; _no_false_actors drops
    an escort left as actor where no such phrase stands."""
    if not fw.escort or not any(ev.actor for ev in events):
        return
    starts = [t.start for t in toks]
    for i, ev in enumerate(events):
        if not ev.actor:
            continue
        k = _token_holding(starts, ev.actor[0].start)
        e = _escort_before(toks, k, ev, fw) if k is not None else None
        doer = _escorted_doer(toks, e, groups) if e is not None else None
        if doer is not None and doer.entity(text).start != ev.actor[0].start:
            events[i] = _with_actor(ev, doer.entity(text))


def _escort_before(toks: list[Token], k: int, ev: Event, fw: FunctionWords) -> int | None:
    """The index of the escort word a few words before token k, in its clause and past the trigger, or None."""
    for j in range(k - 1, max(-1, k - 7), -1):
        t = toks[j]
        if t.kind == "punct" or ev.trigger.start <= t.start < ev.trigger.end:
            return None
        if t.norm in fw.escort:
            return j
    return None


def _escorted_doer(toks: list[Token], e: int, groups: list[Group]) -> Group | None:
    """The phrase ending right before token e, past up to two definite adjectives (قوات الاحتلال الغاشمة), and in
    no preposition: the one escorted."""
    for g in groups:
        if g.prep or not g.end_tok <= e <= g.end_tok + 2:
            continue
        if all(toks[j].kind == "ar" and toks[j].norm.startswith("ال") for j in range(g.end_tok, e)):
            return g
    return None


def _judged_doers(toks: list[Token], events: list[Event], triggers: list[Mention], fw: FunctionWords) -> None:
    """A verb of praise or blame with no recipient whose object is the event noun right after it or its subject, bare
    or in بـ («رحب الأمين العام لجامعة الدول العربية بموافقة البرلمان العراقي على ورقة الإصلاحات»), is about
    the doer of that act, the noun's actor: he becomes the verb's recipient (nor where the doer is the verb's own
    subject); past the subject may stand the adjuncts _past_judging_adjuncts reads, day words among them («ودانت
    الجامعة العربية الثلاثاء القصف التركي»، «وأدانت الوزارة في بيان صحفي، اقتحام المستوطنين»، «دانت جامعة الدول
    العربية بشدة اقتحام …»). A hostile act is about its doer only where a verb of condemnation names it and a code
    names the doer («ودانت الجامعة العربية القصف التركي»: Turkey; _condemned_acts first drops the condemner from the
    act), or a noun of condemnation has it in لـ (_condemned_doer). In place."""
    for i in range(len(events) - 1):
        ev, t = events[i], triggers[i]
        if ev.event not in _JUDGED or ev.recipient:
            continue
        t2, ev2 = triggers[i + 1], events[i + 1]
        if t.get("pos") != "verb":
            if _condemned_doer(toks, ev, t, ev2, t2):
                events[i] = replace(ev, recipient=ev2.actor)
            continue
        if t2.get("pos") != "noun" or ev2.event == "PROTEST" or not ev2.actor or \
                (t2.get("prefix") or "") not in ("", "ب") or \
                ev2.event in _HOSTILE and not (ev.event == "ACCUSE" and _condemns(ev, t, toks, t2)
                                               and all(e.code for e in ev2.actor)):
            continue
        k = tail_end_of(t)
        if ev.actor and ev.actor[-1].end > toks[k].start:
            while k < t2.tok_start and toks[k].end <= ev.actor[-1].end:
                k += 1  # (past the verb's subject)
        k = _past_judging_adjuncts(toks, k, t2.tok_start, fw)
        if k != t2.tok_start or {(e.start, e.end) for e in ev2.actor} & {(e.start, e.end) for e in ev.actor}:
            continue
        events[i] = replace(ev, recipient=ev2.actor)


@lru_cache(maxsize=1)
def _occasion_forms() -> frozenset[str]:
    """The occasion words of statement_cues.tsv (بيان، كلمة، مؤتمر), normalised, with their pronoun forms (ة→ت, then
    ه/ها/هم: بيانه، كلمتها); the plural «بيانات» is a function word (function_words occasion_extra)."""
    raw = [r["perfect"].strip() for r in _rows("statement_cues.tsv") if r.get("class") == "occasion"]
    stems = [w[:-1] + "ت" if w.endswith("ة") else w for w in raw if not w.endswith("ه")]  # (not صفحته، حسابه)
    return _cue_words("occasion") | frozenset(normalize(s + p) for s in stems for p in ("ه", "ها", "هم"))


def _past_judging_adjuncts(toks: list[Token], k: int, end: int, fw: FunctionWords) -> int:
    """The token past the adjuncts from k up to the judged act's noun at `end`, or k where others stand between: an
    adverb of manner in بـ (function_words manner_bi: بشدة), a time adverb (اليوم، أمس), day words (function_words
    day: الثلاثاء), and the statement a judgement is told in, «في» + an occasion word (_occasion_forms, function_words
    occasion_extra: في بيان صحفي،) and at most three words to a comma or, six words at most, to the act («دانت في بيان
    على موقعها الالكتروني القصف التركي»)."""
    j = k
    while j < end:
        w = strip_wa(toks[j].norm)
        if w in fw.manner_bi or w in fw.adverb or w in fw.day:
            j += 1
        elif w == "في" and j + 1 < end and (toks[j + 1].norm in _occasion_forms() or
                                            toks[j + 1].norm in fw.occasion_extra):
            c = next((c for c in range(j + 2, min(end, j + 6)) if toks[c].text in (",", "،")), None)
            if c is None and end - j > 6 or any(toks[i].text in _CLAUSE_PUNCT for i in range(j + 2, c or end)):
                return k
            j = end if c is None else c + 1
        else:
            return k
    return j


def _condemned_doer(toks: list[Token], ev: Event, t: Mention, ev2: Event, t2: Mention) -> bool:
    """True for a noun of condemnation (ev at t) right followed, past its genitive doer, by the hostile act it
    condemns in لـ (ev2 at t2) whose doer is named with a code: «استنكار جامعة الدول العربية للقصف التركي» is about
    Turkey, the act's doer, who becomes the condemnation's recipient."""
    if ev.event != "ACCUSE" or ev.mode == "allege" or t.get("pos") != "noun" or t2.get("pos") != "noun" or \
            ev2.event not in _HOSTILE or not ev2.actor or not all(e.code for e in ev2.actor) or \
            (t2.get("prefix") or "")[-1:] != "ل":
        return False
    k = tail_end_of(t)
    if ev.actor and ev.actor[-1].end > toks[k].start:
        while k < t2.tok_start and toks[k].end <= ev.actor[-1].end:
            k += 1  # (past the noun's genitive doer)
    return k == t2.tok_start and not {(e.start, e.end) for e in ev2.actor} & {(e.start, e.end) for e in ev.actor}


def _object_verb(toks: list[Token], ev: Event, t: Mention, fw: FunctionWords) -> bool:
    """True for a trigger read as a verb that stands right after its actor, or past a noun of crime after it
    (function_words crime_noun), with no prefix nor object pronoun, where the object of a verb before that actor would
    stand (استنكر الأزهر قتل الرضيع، أدانت الوزارة جريمة قتل الرضيع: قَتْل, the verbal noun); its spelling is the
    noun's."""
    k = t.tok_start - 1
    if k >= 1 and toks[k].norm in fw.crime_noun:
        k -= 1
    return t.get("pos") == "verb" and not t.get("prefix") and not t.get("object_pronoun") and \
        t.get("aspect") == "perfect" and ev.actor[-1].end <= toks[t.tok_start].start and \
        k >= 0 and toks[k].end == ev.actor[-1].end


def _condemns(ev: Event, t: Mention, toks: list[Token], act: Mention) -> bool:
    """True for a verb that condemns or warns of the act told by the noun `act` after it: a disapproval (ندد، أدان،
    انتقد), an accusation with its accused named (اتهم الجيش الحوثيين بالهجوم: the accuser did nothing; with no one
    named, the subject may be the accused of a passive, اتهمت القوات بارتكاب فظائع), or a warning of it (حذرت من
    هجمات); not a pledge or a call, whose subject or addressee may do it (تعهد بترحيل، دعا المدنيين إلى القتال)."""
    if t.get("pos") != "verb" and ev.event != "ACCUSE":
        return False  # (a noun of disapproval too: إدانة دولية وأدان الأمين العام … قتل الطفل; إدانته للهجوم)
    if ev.event == "ACCUSE":
        return ev.mode != "allege" or bool(ev.recipient)
    return ev.event == "THREATEN" and act.tok_start > 0 and toks[act.tok_start - 1].norm == "من"


def _demanded_acts(toks: list[Token], events: list[Event], triggers: list[Mention]) -> None:
    """A protest with no target that demands a forceful act (احتجاجات حاشدة تطالب بطرد المسلحين الحوثيين: a protest,
    a demand, an expulsion told by a verbal noun in بـ, in one clause) is against whom the act would strike.
    In place."""
    for i in range(len(events) - 2):
        ev, dem, act = events[i], events[i + 1], events[i + 2]
        t, td, ta = triggers[i], triggers[i + 1], triggers[i + 2]
        if ev.event != "PROTEST" or ev.recipient or dem.event != "REQUEST" or act.event not in ("COERCE", "SANCTION") \
                or not act.recipient or ta.get("pos") != "noun" or ta.get("prefix")[-1:] != "ب" \
                or ta.tok_start - tail_end_of(td) > 1 or td.tok_start - tail_end_of(t) > 6 \
                or any(x.text in _CLAUSE_BREAKS and x.text not in ",،" for x in toks[t.tok_start:ta.tok_start]):
            continue
        events[i] = replace(ev, recipient=act.recipient)


def _demanded_doers(toks: list[Token], events: list[Event], triggers: list[Mention]) -> None:
    """An act told by a noun that a verb of demanding asks for (دعا الوزير إلى الإفراج عن المختطفين، طالب بفرض
    عقوبات) is not done by who demands it: the actor it took from that verb's subject goes (not for talks, which
    who calls for them may join: دعا إلى الحوار). In place."""
    for i in range(len(events) - 1):
        req, act = events[i], events[i + 1]
        tr, ta = triggers[i], triggers[i + 1]
        if req.event != "REQUEST" or tr.get("pos") != "verb" or not act.actor \
                or act.event in ("CONSULT", "COOPERATE") or not _asked_for(toks, tr, ta):
            continue
        if {(a.start, a.end) for a in act.actor} <= {(a.start, a.end) for a in req.actor} and not _addressee(req):
            events[i + 1] = replace(act, actor=())


def _stopped_doers(toks: list[Token], events: list[Event], triggers: list[Mention], fw: FunctionWords) -> None:
    """A verb of demanding with no one asked whose complement is the stopping of a hostile act (function_words
    stopping, in بـ or after إلى: «وطالب مسعود بارزاني بوقف القصف الجوي التركي»), asks the act's doer, named with a
    code, to stop: he becomes the demand's recipient (not where he is the demander himself). In place."""
    for i in range(len(events) - 1):
        req, act, tr, ta = events[i], events[i + 1], triggers[i], triggers[i + 1]
        if req.event != "REQUEST" or req.recipient or tr.get("pos") != "verb" or act.event not in _HOSTILE \
                or not act.actor or not all(a.code for a in act.actor) or ta.get("pos") != "noun" \
                or ta.get("prefix") or not _stopping_before(toks, ta.tok_start, fw):
            continue
        k = ta.tok_start - 1  # (the subject's title set off by commas may stand between: «بارزاني، رئيس الإقليم،»)
        if not 0 <= k - tail_end_of(tr) <= 12 or any(toks[j].text in _CLAUSE_BREAKS and toks[j].text not in ",،"
                                                      for j in range(tail_end_of(tr), k)):
            continue
        if {(a.start, a.end) for a in act.actor} & {(a.start, a.end) for a in req.actor} or \
                {a.code for a in act.actor} & {a.code for a in req.actor}:
            continue
        events[i] = replace(req, recipient=act.actor)


def _arrival_destinations(text: str, toks: list[Token], events: list[Event], triggers: list[Mention],
                          groups: list[Group], fw: FunctionWords) -> None:
    """A visit noun in «في» with no one visited, right after a place in إلى (a comma or day words between at most:
    «وصل الرئيس الفرنسي إلى مصر في زيارة رسمية»), goes to that place: it becomes the visit's recipient. In
    place."""
    for i, (ev, t) in enumerate(zip(events, triggers)):
        if ev.event != "CONSULT" or ev.mode != "visit" or ev.recipient or t.get("pos") != "noun" or \
                t.get("prefix") or t.tok_start < 2 or strip_wa(toks[t.tok_start - 1].norm) != "في":
            continue
        k = t.tok_start - 1
        while k > 0 and (toks[k - 1].text in (",", "،") or strip_wa(toks[k - 1].norm) in fw.day) and \
                t.tok_start - k < 4:
            k -= 1
        g = next((g for g in groups if g.end_tok == k), None)
        if g is None or g.prep != "الي" or not _place(g) or g.conj or \
                any(g.start_tok < a.start_tok < g.end_tok for a in groups if a is not g):
            continue
        if {(m.start, m.end) for m in ev.actor} & {(toks[g.start_tok].start, toks[g.end_tok - 1].end)}:
            continue
        events[i] = replace(ev, recipient=(g.entity(text),))


def _passive_chain_agents(text: str, toks: list[Token], events: list[Event], triggers: list[Mention],
                          groups: list[Group], cues: dict[int, Mention]) -> None:
    """An arrest or an attack noun with no actor, joined by «، و» right after the passive agent (function_words
    passive_agent: من قبل، على يد) of a passive «تم» in its clause, was done by that agent too: «تم تطويق القارب
    وإيقافه بعد مطاردته من قبل دوريات خفر السواحل، والقبض على شخصين بحرينيين». In place."""
    for i, (ev, t) in enumerate(zip(events, triggers)):
        if ev.actor or ev.event not in ("COERCE", "ASSAULT") or t.get("pos") != "noun" or t.get("prefix") != "و":
            continue
        k = t.tok_start - 1 if t.tok_start and toks[t.tok_start - 1].text in (",", "،") else t.tok_start
        g = next((g for g in groups if g.end_tok == k and g.prep == "passive_agent"), None)
        if g is None or not _named(g):
            continue
        lo = max(0, g.start_tok - 15)
        if not any((c := cues.get(j)) is not None and c.label == "passive_light" for j in range(lo, g.start_tok)) or \
                any(toks[j].text in ".؟?!؛;:" for j in range(lo, g.start_tok)):
            continue
        events[i] = _with_actors(ev, [x.entity(text) for x in _with_conj(g)])


def _visitors_before(text: str, toks: list[Token], events: list[Event], triggers: list[Mention],
                     groups: list[Group], cues: dict[int, Mention]) -> None:
    """A visit noun with no visitor takes one of two parties. With its possessive pronoun in «في», right after a
    named party that is no place (a comma between at most: «لصحفيين يرافقون وزير الدفاع الأمريكي آشتون كارتر في
    زيارته لأربيل»، «نهاد المشنوق، في زيارته الرسمية لباريس»), it is that party's visit. Told as the time of what a
    report verb's subject said, «في اليوم الأول من زيارة» (أكد الرئيس الأمريكي باراك اوباما في اليوم الاول من زيارة
    غير مسبوقة الى كينيا), it is that subject's visit: the phrase right after the report verb and right before في, a
    time noun or two and من. In place."""
    for i, (ev, t) in enumerate(zip(events, triggers)):
        if ev.event != "CONSULT" or ev.mode != "visit" or ev.actor or t.get("pos") != "noun" or t.get("prefix"):
            continue
        if t.get("possessive") and t.tok_start >= 2 and strip_wa(toks[t.tok_start - 1].norm) == "في":
            k = t.tok_start - 1
            if toks[k - 1].text in (",", "،"):
                k -= 1
            g = next((g for g in groups if g.end_tok == k), None)
            if g is None or not _named(g) or _place(g) or g.conj or g.prep not in ("", "ل") or \
                    {(m.start, m.end) for m in ev.recipient} & {(toks[g.start_tok].start, toks[g.end_tok - 1].end)}:
                continue
            events[i] = _with_actors(ev, [g.entity(text)])
        elif t.tok_start >= 5 and toks[t.tok_start - 1].norm == "من":  # (the day of the visit)
            p = t.tok_start - 2
            while p > t.tok_start - 5 and toks[p].kind == "ar" and strip_wa(toks[p].norm) != "في" and \
                    not any(g.start_tok <= p < g.end_tok for g in groups):
                p -= 1
            if strip_wa(toks[p].norm) != "في" or p == t.tok_start - 2:
                continue
            g = next((g for g in groups if g.end_tok == p), None)
            if g is None or not _named(g) or _place(g) or g.prep or g.start_tok < 1:
                continue
            c = cues.get(g.start_tok - 1)
            if c is None or c.label != "report" or c.tok_end != g.start_tok:
                continue
            events[i] = _with_actors(ev, [g.entity(text)])


def _supported_before(text: str, toks: list[Token], events: list[Event], triggers: list[Mention],
                      groups: list[Group]) -> None:
    """Support told as a manner adjunct, «بدعم من X», whose supporter is named and no one supported, backs the named
    party right before it (a comma between at most), that is no place: «وكانت القوات اليمنية، بدعم من المقاومة
    الشعبية، نجحت». In place."""
    for i, (ev, t) in enumerate(zip(events, triggers)):
        if ev.event != "AID" or not ev.actor or ev.recipient or t.get("pos") != "noun" or \
                t.get("prefix") not in ("ب", "وب") or t.tok_start < 2 or tail_end_of(t) >= len(toks) or \
                toks[tail_end_of(t)].norm != "من":
            continue
        k = t.tok_start - 1 if toks[t.tok_start - 1].text in (",", "،") else t.tok_start
        g = next((g for g in groups if g.end_tok == k), None)
        if g is None or not _named(g) or _place(g) or g.prep or \
                {(m.start, m.end) for m in ev.actor} & {(toks[g.start_tok].start, toks[g.end_tok - 1].end)}:
            continue
        events[i] = replace(ev, recipient=tuple(x.entity(text) for x in _with_conj(g)))


def _aimed_help(text: str, toks: list[Token], events: list[Event], triggers: list[Mention], groups: list[Group],
                cues: dict[int, Mention]) -> None:
    """Help or support told by a verbal noun in إلى right after a verb of aim and its named subject («تتطلع دولة
    الإمارات إلى دعم اليمن»: cues.tsv aim, future, purpose) is the subject's: the noun's genitive, read as its
    actor, is the one helped. In place."""
    for i, (ev, t) in enumerate(zip(events, triggers)):
        if ev.event not in ("AID", "SUPPORT") or not ev.actor or t.get("pos") != "noun" or t.get("prefix") or \
                t.tok_start < 3 or strip_wa(toks[t.tok_start - 1].norm) != "الي":
            continue
        end = tail_end_of(t)
        if end >= len(toks) or any(a.start < toks[end].start for a in ev.actor):
            continue
        g = next((g for g in groups if g.end_tok == t.tok_start - 1), None)
        c = cues.get(g.start_tok - 1) if g is not None and g.start_tok >= 1 else None
        if g is None or g.prep or not _named(g) or c is None or c.label not in ("aim", "future", "purpose") or \
                c.tok_end != g.start_tok:
            continue
        events[i] = replace(ev, actor=tuple(x.entity(text) for x in _with_conj(g)), recipient=ev.actor + ev.recipient)


def _stopping_before(toks: list[Token], k: int, fw: FunctionWords) -> bool:
    """True for a verbal noun of stopping right before token k, told as what is asked: with بـ on it (بوقف، بإيقاف)
    or after إلى (إلى وقف)."""
    if k < 1 or toks[k - 1].kind != "ar":
        return False
    w = strip_wa(toks[k - 1].norm)
    if w[:1] == "ب" and w[1:] in fw.stopping:
        return True
    return w in fw.stopping and k >= 2 and strip_wa(toks[k - 2].norm) == "الي"


def _addressee(req: Event) -> bool:
    """True for a demand whose actor looks like who is asked, a plural (دعت المدنيين إلى القتال، طالب شركات الإنترنت
    بفعل المزيد): the act is theirs, not taken from a demander."""
    return any(a.text.split()[0].endswith(("ين", "ات")) for a in req.actor)


def _asked_for(toks: list[Token], verb: Mention, noun: Mention) -> bool:
    """True for an event noun that is the complement of a verb of demanding: after إلى or with ب/ل attached, or
    after a noun with ب (بضرورة منح), within a few words of the verb (its subject between), no clause break
    between."""
    k = noun.tok_start
    before = strip_wa(toks[k - 1].norm) if k >= 1 else ""
    told = noun.get("prefix")[-1:] in ("ب", "ل") or before == "الي" or len(before) > 3 and before[0] == "ب" \
        and not before.startswith("بال")
    return told and 0 <= k - tail_end_of(verb) <= 8 and not any(
        toks[j].text in _CLAUSE_BREAKS for j in range(tail_end_of(verb), k))


def _purpose_actors(toks: list[Token], events: list[Event], triggers: list[Mention]) -> None:
    """Give a forceful act told by a purpose noun in لـ (أطلقت الشرطة الغاز المسيل للدموع لتفريق المتظاهرين) with no
    actor the actor of the act just before it, the means, in the same clause: who used the means did it. Deaths
    and wounds are no means (قتل مسلحون جنديين خلال عملية لاعتقال …: the soldiers arrest). In place."""
    for i in range(1, len(events)):
        t, t2, ev2 = triggers[i], triggers[i - 1], events[i - 1]
        if events[i].actor or events[i].event not in ("ASSAULT", "COERCE") or t.get("pos") != "noun" or \
                t.get("prefix")[-1:] != "ل" or ev2.event not in ("ASSAULT", "COERCE") or not ev2.actor or _casualty(t2):
            continue
        between = toks[tail_end_of(t2):t.tok_start]
        if len(between) <= 8 and not any(x.text in _CLAUSE_PUNCT for x in between):
            events[i] = replace(events[i], actor=ev2.actor)


def _no_responsible_officials(toks: list[Token], ents: list[Mention], triggers: list[Mention],
                              cues: dict[int, Mention], fw: FunctionWords) -> list[Mention]:
    """The entity mentions without a role noun «official» that is the adjective «responsible» of a responsibility cue
    right before an event word (or an act noun and one: «المسؤول عن تفجير المسجد»، «مسؤولة عن الهجوم»، «المسؤولة عن
    عملية الاختطاف»): it names no official, but says the phrase before it did the act."""
    starts = {t.tok_start for t in triggers}

    def responsible(m: Mention) -> bool:
        c = cues.get(m.tok_start)
        if m.kind != "agent" or c is None or c.label != "responsibility" or m.tok_end != m.tok_start + 1 or \
                c.tok_end <= m.tok_end:
            return False
        k = c.tok_end
        if not (k in starts or k + 1 in starts and k < len(toks) and strip_wa(toks[k].norm) in fw.act_noun):
            return False
        act = next((x for x in triggers if x.tok_start in (k, k + 1)), None)
        if act is not None and act.label not in _HOSTILE:
            return False  # («الوزير المسؤول عن المفاوضات»: an office over talks, a title)
        before = [x for x in triggers if m.tok_start - 5 <= x.tok_end <= m.tok_start and x.get("pos") == "verb"]
        covered = {j for e in ents if e is not m for j in range(e.tok_start, e.tok_end)}
        # (nor the object of a verb right before it past its subject: «اعتقلت الشرطة المسؤول عن تفجير المسجد»)
        return not (before and all(j in covered for j in range(before[-1].tok_end, m.tok_start)))
    return [m for m in ents if not responsible(m)]


def _claimed_before(text: str, toks: list[Token], events: list[Event], triggers: list[Mention], cues: dict[int, Mention],
                    groups: list[Group], starts: list[int], fw: FunctionWords) -> None:
    """Give the attacks told before a claim of responsibility in the sentence (أصيب 18 مجندا إثر انفجار عبوة ناسفة،
    وتبنت جماعة «أنصار بيت المقدس» مسؤوليتها عن الحادث) the claimant as actor where they have none: the
    subject of the claim, between the last event word and مسؤولية, unless the claim is negated (لم تعلن أي جهة
    مسؤوليتها). In place."""
    for k in sorted(j for j, c in cues.items() if c.label == "responsibility"):
        if toks[k].norm in fw.responsible:
            continue  # («أبو سياف المسؤول عن نفط التنظيم»: the adjective claims no act told before it)
        told = [i for i, t in enumerate(triggers) if tail_end_of(t) <= k]
        if not told:
            continue
        lo = max(tail_end_of(triggers[told[-1]]), _clause_start(toks, k))
        if any((c := cues.get(j)) is not None and c.label in ("negation", "denial") for j in range(lo, k)):
            continue
        claim = [g for g in groups[bisect_left(starts, lo):bisect_left(starts, k)] if g.end_tok <= k and not g.prep]
        if not claim:
            continue
        for i in told:
            if events[i].event == "ASSAULT" and not events[i].actor:
                events[i] = replace(events[i], actor=tuple(g.entity(text) for g in _with_conj(claim[-1])))


def _claim_subject(toks: list[Token], mentions: list[Mention], fw: FunctionWords) -> tuple[Group, int] | None:
    """The claimant of a sentence that opens with a verb of claiming an attack (function_words claim_act) and its
    subject right after it: «وتبنى التنظيم في بيانين … هذه التفجيرات», «وتبنى تنظيم داعش غالبية هذه الهجمات»,
    «وتبناها التنظيم»; the object must be the verb's pronoun, or an attack noun told before (with the article or
    after a demonstrative) within 16 words past the subject. With it, how many sentences back the claim reaches: one
    for a single attack (الهجوم، تبناه), three for a plural or a pair (هذه التفجيرات، تبناهما). None otherwise (not
    «تبنى النواب هذه المواد»)."""
    if len(toks) < 3 or strip_wa(toks[0].norm) not in fw.claim_act:
        return None
    cues = {m.tok_start: m for m in mentions if m.kind == "cue"}
    if any(c.label in ("negation", "denial") for c in cues.values() if c.tok_start < 3):
        return None
    ents = [m for m in mentions if m.kind in ("actor", "agent")]
    if not ents:
        return None
    subj = next((g for g in noun_phrases(toks, ents, cues, fw) if g.start_tok == 1 and not g.prep), None)
    if subj is None:
        return None
    verb = strip_wa(toks[0].norm)
    if verb.endswith(("ه", "ها", "هما")):
        return subj, 3 if verb.endswith("هما") else 1  # (تبناه، تبناهما: the attacks are the pronoun's)
    end = _conj_end(subj)
    for m in mentions:
        if m.kind == "trigger" and m.label == "ASSAULT" and end <= m.tok_start <= end + 16:
            k = m.tok_start
            if strip_wa(toks[k].norm).startswith("ال") and (
                    (c := cues.get(k - 1)) is not None and c.label == "demonstrative" or k == end or
                    (c := cues.get(k - 2)) is not None and c.label == "demonstrative"):
                return subj, 3 if toks[tail_end_of(m) - 1].norm.endswith("ات") else 1
    return None


def _claimed_earlier(text: str, toks: list[Token], mentions: list[Mention], events: list[Event], told: list[int],
                     fw: FunctionWords) -> None:
    """Give the attacks the story told with no doer in the sentences right before a sentence that claims them
    (_claim_subject: «فقد قتل 21 شخصًا … في ثلاث هجمات. واستهدف تفجيران … بينما انفجرت سيارة مفخخة … . وتبنى
    التنظيم … هذه التفجيرات») the claimant as actor: back over as many sentences as the claim reaches (at most
    three, each with an attack; one for «وتبنى تنظيم داعش الهجوم»), not
    one flagged as supposed or to come, nor one the claimant underwent. In place."""
    if not told or not events:
        return
    claimed = _claim_subject(toks, mentions, fw)
    if claimed is None:
        return
    claimant, reach = claimed
    actor = tuple(g.entity(text) for g in _with_conj(claimant))
    names = {a.text for a in actor}
    for index in reversed(told[-reach:]):
        here = [i for i, e in enumerate(events) if e.sentence == index]
        if not any(events[i].event == "ASSAULT" for i in here):
            return
        for i in here:
            e = events[i]
            if e.event == "ASSAULT" and not e.actor and not e.future and not e.hypothetical and not e.negated \
                    and not any(r.text in names for r in e.recipient):
                events[i] = replace(e, actor=actor)


def _agents_by_means(toks: list[Token], events: list[Event], fw: FunctionWords) -> list[Event]:
    """The sentence's events, where a recipient told right after «بواسطة» (function_words by_means: «قُتل ضابط … في
    انفجار عبوة ناسفة تم زرعها بواسطة العناصر الإرهابية») did the act it is told with: never a recipient, and the
    actor of the attacks and arrests with none told before it in the sentence (the killing in the blast of the bomb
    it planted)."""
    if not any(e.recipient for e in events) or not any(w in t.norm for t in toks for w in fw.by_means):
        return events  # (no recipient to take, or no «بواسطة» in the sentence: the word scan below finds none)
    by = {toks[k + 1].start for k in range(len(toks) - 1) if strip_wa(toks[k].norm) in fw.by_means}
    if not by:
        return events
    doers = next((tuple(r for r in e.recipient if r.start in by) for e in events
                  if any(r.start in by for r in e.recipient)), ())
    if not doers:
        return events
    out = []
    for e in events:
        rest = tuple(r for r in e.recipient if r.start not in by)
        if len(rest) < len(e.recipient):
            e = replace(e, recipient=rest)
        if not e.actor and e.event in _STRIKING and e.trigger.start < doers[0].start:
            e = _with_actors(e, list(doers))
        out.append(e)
    return out


def _chained_subjects(text: str, toks: list[Token], events: list[Event], mentions: list[Mention],
                      fw: FunctionWords) -> list[Event]:
    """The sentence's events, where a perfect verb joined by و (or after ثم) inside the sentence, with no actor and
    no subject after it, takes the subject that stands right before an earlier perfect verb of the same person in the
    sentence, the first of the chain (SVO): «أن الوحدات الأمنية طوقت مكان تحصن العناصر الإرهابية واعتقلت 13 شخصاً»،
    «فإن المقاومة الشعبية تمكنت من احراز تقدم … واستولت على مدرعة». That subject opens the sentence or follows أن/إن
    (function_words complementizer); the nearest such verb back within 25 words counts."""
    if not events or all(e.actor for e in events):
        return events
    trigs = {m.start: m for m in mentions if m.kind == "trigger"}
    cues = {m.tok_start: m for m in mentions if m.kind == "cue"}
    groups = None
    out = []
    for e in events:
        trig = trigs.get(e.trigger.start)
        if e.actor or trig is None or trig.get("pos") != "verb" or trig.get("aspect") != "perfect" or \
                trig.tok_start < 3 or _looks_passive(toks, trig) or e.event in _PASSIVE_TYPES and not e.recipient \
                and not _active_by_preposition(toks, trig) and not _suffixed_object(trig):
            out.append(e)
            continue
        t = trig.tok_start
        joined = trig.get("prefix")[:1] == "و" or strip_wa(toks[t - 1].norm) in fw.sequel or _after_lead_in(toks, t)
        # (past its object pronoun: the person of ودمرتها is her, of وقتلوه they, the pronoun being the object)
        person = _own_person(toks[t].norm, trig) if trig.get("object_pronoun") else _verb_person(toks[t].norm)
        if not joined or not person:
            out.append(e)
            continue
        end = tail_end_of(trig)
        if end < len(toks) and not (_no_subject_after(toks, end, fw) or toks[end].kind == "num" or any(
                toks[end].start <= r.start < toks[end].end for r in e.recipient) or (
                toks[end].norm in fw.many_of and toks[end].norm.endswith("ا")) or (
                toks[end].norm in fw.object_all and trig.get("object_pronoun"))):  # (an accusative count: والتقى
            # عددا; «all of them» summing up its object pronoun: وقتلتهم جميعا)
            out.append(e)  # (a word right after it that is not its object may be its own subject: واتفق الاثنان)
            continue
        if groups is None:
            ents = [m for m in mentions if m.kind in ("actor", "agent")]
            groups = noun_phrases(toks, ents, cues, fw) if ents else []
        subj = _chain_head(toks, t, person, groups, cues, fw)
        if subj is None and e.event in _VOICED:
            subj = _speaker_subject(toks, t, person, groups, cues, fw)
        actor = tuple(g.entity(text) for g in _with_conj(subj))
        # (not the one the verb befell: أن رجلا … أوقف واتهم بأنه — the man is the accused, no accuser)
        out.append(replace(e, actor=actor) if actor and not _shares_span(actor, e.recipient) else e)
    return out


def _suffixed_object(trig: Mention) -> bool:
    """True for a verb that takes its object directly and has it as an attached pronoun (ودمرتها، وقتلوهم): the verb
    is active, its victim being that pronoun, so its subject is the doer the chain goes on from."""
    return bool(trig.get("object_pronoun")) and "obj" in (getattr(trig.entry, "prep", ()) or ())


def _active_by_preposition(toks: list[Token], trig: Mention) -> bool:
    """True for a feminine or plural perfect verb whose own preposition (not a direct object) follows it right away
    («وسيطرت على جبل الزيتون»، «كما سيطروا على»): the passive of a verb that takes its object by a preposition is
    impersonal, masculine singular (سُيطر على), so a ـت or ـوا form there is active and has a subject of its own."""
    k = tail_end_of(trig)
    own = [p for p in trig.entry.prep if p != "obj"]
    return bool(own) and "obj" not in trig.entry.prep and k < len(toks) and toks[k].norm in own and \
        _verb_person(toks[trig.tok_start].norm) in ("f", "pl")


def _chained_callers(text: str, toks: list[Token], events: list[Event], mentions: list[Mention],
                     fw: FunctionWords) -> list[Event]:
    """The sentence's events, where a verb of appeal joined by و, whose actor is the one phrase right after it and
    right before what is asked (إلى، بـ، لـ، أن), goes on from the subject of an earlier perfect verb of its person
    in the sentence (_chain_head) or of a report verb before (_speaker_subject): that phrase is the one appealed to,
    not a new subject («وأصدرت السفارة السودانية في القاهرة بيانا …، واستبعدت أن …، ودعت وسائل الإعلام إلى البعد»،
    «لكن إردوغان قال … إن عملية السلام باتت مستحيلة ودعا البرلمان لنزع الحصانة»). A subject after its verb (VSO)
    is gone on from so only past a verb joined by و between with no subject after it (واستبعدت أن): the chain told so
    already."""
    if not any(e.event == "REQUEST" and len(e.actor) == 1 and not e.recipient for e in events):
        return events
    trigs = {m.start: m for m in mentions if m.kind == "trigger"}
    cues = {m.tok_start: m for m in mentions if m.kind == "cue"}
    groups = None
    out = []
    for e in events:
        trig = trigs.get(e.trigger.start)
        if e.event != "REQUEST" or len(e.actor) != 1 or e.recipient or trig is None or trig.get("pos") != "verb" \
                or trig.get("aspect") != "perfect" or trig.get("prefix")[:1] != "و" or trig.get("object_pronoun") \
                or not (person := _verb_person(toks[trig.tok_start].norm)):
            out.append(e)
            continue
        if groups is None:
            ents = [m for m in mentions if m.kind in ("actor", "agent")]
            groups = noun_phrases(toks, ents, cues, fw) if ents else []
        k = tail_end_of(trig)
        obj = next((g for g in groups if g.start_tok == k and not g.prep and not g.conj), None)
        if obj is None or _conj_end(obj) >= len(toks) or not _no_subject_after(toks, _conj_end(obj), fw) or \
                toks[obj.start_tok].start != e.actor[0].start:
            out.append(e)
            continue
        subj = _chain_head(toks, trig.tok_start, person, groups, cues, fw)
        if subj is not None and not _person_verb(toks[_conj_end(subj)], person, fw) and \
                not _bare_chain_link(toks, subj.end_tok, trig.tok_start, person, fw):
            subj = None  # (ودعت الوزارة المواطنين إلى الحوار وطالبت الشرطة بالحذر: a new subject may follow)
        subj = subj or _speaker_subject(toks, trig.tok_start, person, groups, cues, fw)
        actor = tuple(g.entity(text) for g in _with_conj(subj)) if subj is not None and subj is not obj else ()
        out.append(replace(e, actor=actor, recipient=e.actor) if actor else e)
    return out


_CLAUSE_STOPS = frozenset({".", "؟", "?", "!", "؛", ";"})  # (_circumstantial_callers: a sentence's clauses)


# أن، إن، أنه (function_words.tsv complementizer) open a clause told: its doers are no participle's subject
# (but after «إلا، غير، بيد» it is «however»: the clause goes on, «إلا أن الضابط احتوى الموقف …، مطالباً الجميع»;
# after «بعد، قبل، منذ، رغم» a time or a concession, fronted up to its comma: «ورغم أن إيران وقعت الاتفاق، عقد …»)
_THAT_HOWEVER = frozenset({"الا", "غير", "بيد"})
_THAT_FRONTED = frozenset({"بعد", "قبل", "منذ", "رغم", "برغم", "الرغم", "بالرغم", "من"})


def _in_that_clause(toks: list[Token], lo: int, i: int, out_q: list[bool], fw: FunctionWords) -> bool:
    """True for token i of a clause that أن or إن opens between `lo` and it (outside a quotation: `out_q`): a clause
    told, or, after a word of time or concession (بعد أن، رغم أن، على الرغم من أن), a clause fronted, which ends at its
    comma; not after «إلا، غير، بيد» (أن there is «however»)."""
    for j in range(lo, min(i, len(out_q))):
        if strip_wa(toks[j].norm) not in fw.complementizer or not out_q[j]:
            continue
        before = strip_wa(toks[j - 1].norm) if j > 0 else ""
        if before in _THAT_HOWEVER:
            continue
        if before in _THAT_FRONTED and any(toks[x].text in ",،" for x in range(j + 1, i)):
            continue  # (the fronted clause ended at its comma)
        return True
    return False


def _nisba_reading(toks: list[Token], m: Mention) -> bool:
    """True for an actor mention read from a nationality adjective, not a country's own name: a demonym, or a country
    matched in another spelling than its entry's (سعوديا for السعودية; not تركيا, which is also Turkey's name)."""
    if m.kind != "actor" or m.get("type") not in ("demonym", "country"):
        return False
    return m.get("type") == "demonym" or normalize(getattr(m.entry, "phrase", "") or "") != \
        toks[m.tok_start].norm[len(m.get("prefix")):]


_GOES_ON = _SPOKEN_OR_JUDGED | {"AGREE"}  # (_speaker_goes_on: acts a speaker goes on to do in words)
_GOES_ON_REACH = 20  # the words from a verb of saying to the أن of the clause it reports (_speaker_goes_on)
_OBJECT_PRONOUNS = ("هما", "هم", "ها", "ه", "كم", "نا")  # pronouns joined to a verb as its object


def _speaker_goes_on(text: str, toks: list[Token], events: list[Event], mentions: list[Mention],
                     fw: FunctionWords) -> list[Event]:
    """The sentence's events, where a perfect verb of an act done in words, of praise or blame (_SPOKEN_OR_JUDGED) or
    of pledging (AGREE), joined by و right after a comma, follows the clause a verb of saying reports after أن or إن
    and agrees with the speaker (the named phrase right after the verb of saying: gender by that verb, a plural by
    the phrase itself): the speaker goes on, and is its actor where the coder found none («قال … كيري إن مصر دفعت
    ثمنا باهظا …، وأدان اغتيال النائب العام»), took one from its complement in بـ («وأكدت الوزارة أن المليشيات قصفت
    الأحياء، وتعهدت بملاحقة المسؤولين»), or took the reported clause's doer where that doer does not agree with the
    verb («وقالت الحكومة اليمنية إن الحوثيين قصفوا عدن، وطالبت المجتمع الدولي بالتدخل»). A doer of the reported
    clause that agrees is kept: the clause may go on («إن تنظيم داعش سيطر على مدينة تدمر، وهدد بإعدام السكان»).
    Not inside a quotation opened after the verb of saying."""
    if not any(e.event in _GOES_ON for e in events) or fw.complementizer.isdisjoint(strip_wa(t.norm) for t in toks):
        return events
    trigs = {m.start: m for m in mentions if m.kind == "trigger"}
    reports = sorted((m for m in mentions if m.kind == "cue" and m.label == "report"), key=attrgetter("tok_start"))
    if not reports:
        return events
    groups: list[Group] | None = None
    inq: list[bool] | None = None
    out = []
    for e in events:
        trig = trigs.get(e.trigger.start)
        t = trig.tok_start if trig is not None else 0
        k = tail_end_of(trig) if trig is not None else 0
        complement = k < len(toks) and toks[k].norm[:1] == "ب" and strip_wa(toks[k].norm) not in fw.manner_bi
        if e.event not in _GOES_ON or trig is None or trig.get("pos") != "verb" \
                or trig.get("aspect") != "perfect" or trig.get("prefix")[:1] != "و" or t < 2 \
                or toks[t - 1].text not in ",،" or any(a.start > e.trigger.start for a in e.actor) and not (
                    complement and all(a.start >= toks[k].end for a in e.actor)):
            # (an actor after it only where the coder took it from its complement in بـ: «وتعهدت بملاحقة
            # المسؤولين»; a subject after the verb, or past an adverb, «وأدان بشدة رئيس الوزراء», is its own)
            out.append(e)
            continue
        said = next((c for c in reversed(reports) if c.tok_end < t), None)
        that = None if said is None else next(
            (j for j in range(said.tok_end, min(t, said.tok_end + _GOES_ON_REACH)) if strip_wa(toks[j].norm) in fw.complementizer), None)
        if that is None or any(toks[j].text in _CLAUSE_STOPS for j in range(said.tok_start, t)) or \
                any(a.start < toks[that].start for a in e.actor) or not e.actor and e.event == "AGREE":
            out.append(e)  # (no reported clause before it, or an actor of its own before أن)
            continue
        if inq is None:
            inq = quoted_flags(toks)
        if inq[t] and not inq[said.tok_start]:
            out.append(e)  # (a quotation opened after the verb of saying: the speaker's words, «وقال: «…، وطالب …»»)
            continue
        if groups is None:
            ents = [m for m in mentions if m.kind in ("actor", "agent")]
            groups = noun_phrases(toks, ents, {m.tok_start: m for m in mentions if m.kind == "cue"}, fw) \
                if ents else []
        speaker = next((g for g in groups if g.start_tok == said.tok_end and not g.prep and g.end_tok <= that),
                       None)
        agreement = _perfect_agreement(toks[t].norm)
        if speaker is None or _speaker_agreement(toks, said, speaker) != agreement or any(
                a.start > toks[that].start and a.end <= e.trigger.start and _phrase_agreement(text, a) == agreement
                for a in e.actor):
            out.append(e)  # (no speaker, or one of another person; or a doer of the reported clause that agrees)
            continue
        actor = tuple(g.entity(text) for g in _with_conj(speaker))
        recipient = tuple(r for r in e.recipient if not _shares_span(actor, (r,)))
        out.append(replace(e, actor=actor, recipient=recipient))
    return out


def _perfect_agreement(norm: str) -> str:
    """The subject a perfect verb agrees with, from its ending past و/ف and an object pronoun: "pl" (طالبوا), "f"
    (طالبت، وحثتهم، طالبتا) or "m" (طالب، دعا، طالبا)."""
    w = strip_wa(norm)
    for suf in _OBJECT_PRONOUNS:
        if w.endswith(suf) and len(w) - len(suf) >= 3 and not w.endswith("وا"):
            w = w[:-len(suf)]
            break
    if w.endswith("وا"):
        return "pl"
    return "f" if w.endswith(("ت", "تا")) else "m"


def _speaker_agreement(toks: list[Token], said: Mention, speaker: Group) -> str:
    """The agreement a verb that goes on a speaker's words takes: "pl" for a sound plural of people (المحتجون),
    else the gender of the verb of saying (قالت: "f"; تقول: "f"; قال، يقول: "m")."""
    if toks[speaker.end_tok - 1].norm.endswith(("ون", "ين")):
        return "pl"
    w = strip_wa(toks[said.tok_start].norm)
    if w[:1] in "تي" and len(w) > 3:  # (a present: تقول، يقول)
        return "f" if w[0] == "ت" else "m"
    return "f" if w.endswith("ت") else "m"


def _phrase_agreement(text: str, x: Entity) -> str:
    """The agreement of a verb with the party x as its subject, from its words: "pl" for a plural of people in ون/ين
    (الحوثيين), "f" for a noun in ة (الحكومة، وزارة الداخلية), else "m"."""
    first = normalize(text[x.start:x.end].split(" ", 1)[0])
    first = strip_wa(first)
    last = normalize(text[x.start:x.end].rsplit(" ", 1)[-1])
    if last.endswith(("ون", "ين")) or first.endswith(("ون", "ين")):
        return "pl"
    return "f" if first.endswith("ه") else "m"


def _between_verb_and_subject(norm: str, fw: FunctionWords) -> bool:
    """True for a word that may stand between a verb and its subject: a time word, or a word of a name (no
    preposition, no number, no word in بـ، لـ or كـ)."""
    w = strip_wa(norm)
    if w in fw.adverb or w in fw.day:
        return True
    return w not in fw.preposition and w not in fw.number and not (norm[:1] in "بلك" and len(norm) > 4)


def _feminine_noun_reading(toks: list[Token], t: int, lo: int, groups: list[Group], verb_toks: set[int],
                           fw: FunctionWords) -> bool:
    """True for a feminine participle in ة after a comma (token t) that is rather the predicate of a nominal clause: its
    subject right after a complementizer (or opening the clause), closed by a comma right before the participle or
    before one phrase set off by commas that opens with a preposition, and no verb trigger between: «إن الحكومة، بحسب
    الدستور، مطالبة بحماية المواطنين» (is required to; not «إن واشنطن، من جهتها، ستواصل جهودها، داعية»). (A verbal
    noun after the subject of a verb of support is no trigger at all: mentions' `_object_after_subject`.)"""
    that = max((j for j in range(lo, t) if strip_wa(toks[j].norm) in fw.complementizer), default=None)
    start = that + 1 if that is not None else lo
    if any(j in verb_toks for j in range(start, t)):
        return False
    for g in groups:
        if g.start_tok != start or g.end_tok >= t - 1 or toks[g.end_tok].text not in ",،":
            continue
        aside = range(g.end_tok + 1, t - 1)  # (between the subject's comma and the participle's: none, or one
        # phrase set off by commas that opens with a preposition, «بحسب الدستور»، «باعتبارها الجهة المعنية»)
        if not aside or len(aside) <= 8 and not any(toks[x].text in ",،" for x in aside) and (
                strip_wa(toks[aside[0]].norm) in fw.preposition or toks[aside[0]].norm[:1] in "بل"):
            return True
    return False


def _doer_subject(toks: list[Token], starts: list[int], ev: Event, verbs: set[int], fw: FunctionWords) -> bool:
    """True when an event's actor is its clause's subject: it stands before the trigger («وتبنت جبهة النصرة خطف»), or
    soon after a verb trigger, past time words or a name («ألقى جنود باكستانيون القبض»، «اعتقلت يوم الأحد السلطات
    التركية»), not far past it («قتل تسعة جنود … في هجوم شنه مسلحو
    تنظيم القاعدة») nor after a noun («مقتل 2070 شخصا على يد مسلحي داعش»)."""
    if any(a.end <= ev.trigger.start for a in ev.actor):
        return True
    if ev.trigger.start not in verbs:  # (`verbs`: where the verb triggers begin)
        return False
    after = bisect_right(starts, ev.trigger.start)  # (the token right after the trigger's; `starts`: the tokens')
    for a in ev.actor:
        k = bisect_left(starts, a.start)
        # (past a time word or a name the lexicons lack, within four words and no punctuation or preposition:
        # «واعتقلت يوم الأحد السلطات التركية عشرة أشخاص»، «هاجم زيد أبو زيد الأمين العام المساعد لحزب …»)
        if after <= k <= after + 4 and all(toks[x].kind == "ar" and _between_verb_and_subject(toks[x].norm, fw)
                                          for x in range(after, k)):
            return True  # (not past a number or a word in بـ: «وقتل تسعة جنود برصاص مسلحي القاعدة» names the killers
            # told as the means)
    return False


def _circumstantial_callers(text: str, toks: list[Token], events: list[Event], mentions: list[Mention],
                            fw: FunctionWords) -> list[Event]:
    """The sentence's events, where a participle that goes on the clause before it, of calling (a REQUEST trigger on
    a word cues.tsv lists as an appeal, داعيا، مطالبا، مناشدا: «وأدان الوزير الهجوم، داعيا المجتمع الدولي إلى
    التحرك») or of accusing or criticising (an ACCUSE trigger of a row of participles, متهما، منتقدا:
    participle_row), has as actor that clause's subject, and as recipient the phrase right after it (the coder read
    that phrase as a verb's subject: «مطالبا مجلس الأمن بالتحرك»). The clause begins past the last full stop,
    semicolon or clause opener before it (فيما، بينما، كما: clause_opener) outside a quotation closed before it; its
    subject is the speaker of its first verb of saying or denying (cues.tsv report, denial: «وأكد الرئيس أن …، مناشدا
    الأطراف»; right after the verb, or right before it), else the doer of an act told before that verb and before
    any أن (never one of the reported clause: «وأكد أن الحوثيين هاجموا المدنيين، داعيا»), else, with no verb of
    saying, the doer of the clause's first act (by a verb if one is there); else the actor the coder gave, where it
    stands in the clause before the participle and in no clause told after أن. A clause opened by كما or إذ that
    names no one goes on the sentence's subject. Not a participle after a verb of being with no finite verb between
    (be_verb: «أصبح مطالبا بالتحرك»: required), nor a prayer: a phrase in لـ right after it and a word of blessing
    within five words («داعيا لهم بالرحمة»). A participle of accusing with no comma before it is one only before a
    named party with the article or إياه (else it is the noun «the accused»: «اعتقلت الشرطة 590 شخصا متهمين»،
    «أوقفت الشرطة متهما تركيا»); its recipient is the party right after it, the nearest party before it for إياه
    («دعا إلى الضغط على إيران، متهما إياها»), or, past a comma, the one the coder read («منتقدا موقف الكونغرس»)."""
    if not any(e.event in ("REQUEST", "ACCUSE") for e in events):
        return events
    trigs = {m.start: m for m in mentions if m.kind == "trigger"}
    appeals = {m.tok_start for m in mentions if m.kind == "cue" and m.label == "appeal"}

    def participle(e: Event) -> Mention | None:
        m = trigs.get(e.trigger.start)
        if m is None:
            return None
        if e.event == "REQUEST":
            return m if m.tok_start in appeals else None
        return m if e.event == "ACCUSE" and participle_row(m) else None

    if not any(participle(e) is not None for e in events):
        return events
    cues = {m.tok_start: m for m in mentions if m.kind == "cue"}
    ents = [m for m in mentions if m.kind in ("actor", "agent")]
    groups = noun_phrases(toks, ents, cues, fw) if ents else []
    verbs = {m.start for m in mentions if m.kind == "trigger" and m.get("pos") == "verb"}
    verb_toks = {m.tok_start for m in mentions if m.kind == "trigger" and m.get("pos") == "verb"}
    tok_starts = [x.start for x in toks]
    inq: list[bool] | None = None
    out = []
    for e in events:
        trig = participle(e)
        if trig is None:
            out.append(e)
            continue
        t = trig.tok_start
        if inq is None:
            inq = quoted_flags(toks)
        # (a quotation closed before it is the speaker's words: its clauses, acts and verbs are none of the
        # participle's clause, «وقال: «… أن تنزل الجيش … بل في مواجهة من يقطع الطرق»، متهما قائد الجيش»)
        out_q = [not inq[j] or inq[t] for j in range(t)]
        lo = max((j + 1 for j in range(t) if out_q[j] and (
            toks[j].text in _CLAUSE_STOPS or toks[j].norm in fw.clause_opener
            or toks[j].norm[:1] == "و" and toks[j].norm[1:] in fw.clause_opener)), default=0)
        be = next((j for j in range(t - 1, max(lo, t - 5) - 1, -1) if strip_wa(toks[j].norm) in fw.be_verb), None)
        if be is not None and not any(toks[j].text in ",،" or strip_wa(toks[j].norm) in ("قد", "لقد")
                                      or j in verb_toks for j in range(be + 1, t)):
            continue  # (a state: «أصبح المجتمع الدولي مطالبا بالتحرك», required to act; no one calls)
        if t + 1 < len(toks) and toks[t + 1].norm[:1] == "ل" and \
                any(strip_wa(toks[j].norm) in fw.blessing for j in range(t + 1, min(len(toks), t + 6))):
            continue  # (a prayer: «داعيا لهم بالرحمة»)
        if toks[t].norm.endswith("ه") and _feminine_noun_reading(toks, t, lo, groups, verb_toks, fw):
            continue  # (the feminine form read as the noun or the predicate, not a participle that goes on)

        def subject(lo: int) -> tuple[tuple[Entity, ...], Event | None]:
            """The clause's subject from token `lo` on, and the first act it tells before the participle."""
            told = [d for d in events if d is not e and participle(d) is None
                    and lo <= (j := bisect_left(tok_starts, d.trigger.start)) < t and out_q[j]
                    and not (e.event == "ACCUSE" and d.event in ("ASSAULT", "COERCE") and not _doer_subject(toks, tok_starts, d, verbs, fw))]
            # (the doer of an attack told far after it, or none, is no accuser: the attack is what is blamed, «قتل تسعة
            # جنود في هجوم شنه مسلحو تنظيم القاعدة، على ما أعلن مصدر عسكري، محملا تنظيم القاعدة المسؤولية»، «نعى
            # مقتل 2070 شخصا على يد مسلحي داعش، محملا الحكومة»; a subject may be: «وتبنت جبهة النصرة خطف العناصر،
            # متهمة إياهم»، «ألقى جنود باكستانيون القبض عليه، متهمين إياه»)
            cue = next((c for k, c in sorted(cues.items()) if lo <= k < t and out_q[k] and (
                c.label in ("report", "denial"))), None)  # (a verb of denying names a speaker too: نفى، أنكر)
            said = (cue.tok_start, cue.tok_end) if cue is not None else None
            felt = next((k for k in range(lo, t) if out_q[k] and strip_wa(toks[k].norm) in fw.express), None)
            feeler = next((g for g in groups if felt is not None and g.start_tok == felt + 1 and g.end_tok < t
                           and any(toks[x].norm in ("عن", "عما") for x in range(g.end_tok, t))
                           and (not g.prep or g.prep == strip_wa(toks[felt].norm))),
                          None) if felt is not None and (said is None or felt < said[0]) else None
            if feeler is not None:  # (so does one of expressing a feeling, with its subject right after it and عن
                said = (felt, felt + 1)  # later: «وأعربت وزارة الخارجية الكورية الجنوبية عن أسفها …، داعية
                # بيونغيانغ»، «اعرب الاتحاد الاوروبي الثلاثاء عن»; «كما عبر الوزراء عن», «عبر» read as «via» by the
                # phrases; not «وأعرب لنظيره الإيراني عن قلق المملكة», the one told, nor «ونشرت الوزارة عبر قناة
                # العربية بيانا»)
            if said is not None:
                told = [d for d in told if d.trigger.start < toks[said[0]].start]
            told = [d for d in told if not _in_that_clause(toks, lo, bisect_left(tok_starts, d.trigger.start), out_q, fw)]
            # (nor an act of a clause after أن: «وشدد على أن الجيش لا يوضع في مواجهة …»، «ورغم أن إيران وقعت
            # الاتفاق، عقد الوزير مؤتمرا صحفيا، متهما طهران»)
            # the doer of the first act the clause tells before it (before its verb of saying), by a verb if one is
            # there: «وأدان الوزير الهجوم الذي نفذه مسلحون»; else by a noun: «وخرج آلاف المتظاهرين … مطالبين» (none if
            # that act has no actor: «وأدان المشاركون … قيام سلطات الاحتلال باقتحام المسجد … مناشدين»)
            first = next((d for d in told if d.trigger.start in verbs), told[0] if told else None)
            actor: tuple[Entity, ...] = first.actor if first is not None else ()
            if said is not None and first is None:  # (the speaker right after the verb of saying, «وأكد الرئيس», or
                # right before it; none when the verb names none: «وأشار إلى تنامي ظاهرة الإرهاب التي طالت الدول»)
                subj = feeler or next((g for g in groups if g.start_tok == said[1] and not g.prep
                                       and g.end_tok <= t), None) \
                    or next((g for g in groups if g.end_tok == said[0] and not g.prep and g.start_tok >= lo), None)
                actor = tuple(g.entity(text) for g in _with_conj(subj)) if subj is not None else ()
            elif first is None:  # (no saying nor act before it: the coder's own, before the participle, «ووجه خادم
                # الحرمين الشريفين كلمة للمواطنين داعيا إياهم»)
                told_at = [j for j in range(lo, t) if out_q[j] and (
                    strip_wa(toks[j].norm) in fw.complementizer and (j == 0 or strip_wa(toks[j - 1].norm) not in _THAT_HOWEVER)
                    or cues.get(j) is not None and cues[j].label in ("report", "denial"))]
                actor = tuple(a for a in e.actor if toks[lo].start <= a.start and a.end <= e.trigger.start and not any(
                    toks[j].start < a.start and not any(toks[x].text in ",،" and toks[x].start < a.start
                                                        for x in range(j + 1, t)) for j in told_at))
                # (never one of a clause told, with no comma between: «وشدد على أن الجيش لا يوضع في مواجهة …، متهما
                # قائد الجيش»; past a comma a new clause may name its own: «… أن ينتصر له، وتفاعل عدد من المغردين مع
                # المقطع مطالبين»)
            return actor, first

        actor, first = subject(lo)
        if not actor and lo > 0 and toks[lo - 1].text not in _CLAUSE_STOPS and \
                strip_wa(toks[lo - 1].norm) not in fw.meanwhile | fw.contrast:
            # (a clause opened by كما that names no one goes on the sentence's subject: «وعبر الوزراء عن التضامن …،
            # كما عبر الوزراء عن الأهمية …، مطالبين»; not one of فيما or لكن, which set another subject beside it:
            # «وقالت الشرطة إن نحو 700 طالب تسلقوا المتاريس، فيما نصب قرابة 200 منهم خيامًا … مطالبين»)
            whole = subject(max((j + 1 for j in range(lo) if toks[j].text in _CLAUSE_STOPS), default=0))
            if whole[0]:
                actor, first = whole
        k = tail_end_of(trig)
        if e.event == "ACCUSE" and k < len(toks) and strip_wa(toks[k].norm) in fw.manner_bi:
            k += 1  # (past an adverb in بـ, «in turn»: «متهمين بدورهم الجيش الاوكراني»)
        obj = next((g for g in groups if g.start_tok == k + (k < len(toks) and toks[k].text in _NAME_OPENERS)
                    and not g.prep), None)  # (past a quote that opens it: «متهما "قوى سوداء" بنشر دعاية»)
        if obj is None and e.event == "ACCUSE":  # (the participle read as the noun «accused» heading the phrase
            # after it, «متهما السعودية»: the phrase from the word after it on)
            joined = next((g for g in groups if g.start_tok == t and g.end_tok > k and not g.prep), None)
            rest = [m for m in joined.mentions if m.tok_start >= k] if joined is not None else []
            if rest and rest[0].tok_start == k:
                obj = Group(k, joined.end_tok, rest, rest[0].get("prefix"))
        if e.event == "ACCUSE":
            actor = tuple(a for a in actor if not (a.start < e.trigger.end and e.trigger.start < a.end))
            pronoun = k < len(toks) and strip_wa(toks[k].norm) in fw.object_pronoun
            comma = t > 0 and toks[t - 1].text in ",،" or t == 0
            m2 = k  # (past an adverb or a pronoun of the subject: «متهمة سابقا بالتجسس»، «متهمة هي الأخرى بالانتماء»)
            while m2 < min(len(toks), k + 3) and (strip_wa(toks[m2].norm) in fw.adverb or toks[m2].norm in
                                                  fw.subject_pronoun or toks[m2].norm.removeprefix("ال") in fw.other):
                m2 += 1
            if not (pronoun or comma or obj is not None and _definite(toks[obj.start_tok].norm)) or \
                    obj is None and not pronoun and (k >= len(toks) or toks[k].kind != "ar" or
                                                     toks[k].norm[:1] in "بل" or m2 > k and m2 < len(toks)
                                                     and toks[m2].norm.startswith(("بال", "لل"))) or \
                    obj is not None and any(_nisba_reading(toks, m) for m in obj.mentions) and \
                    not _definite(toks[obj.start_tok].norm):
                # (the noun or passive «accused»: «اعتقال 590 شخصا متهمين بالارتباط»، «أوقفت الشرطة متهما تركيا»،
                # «ضبط 5 أشخاص، متهمين بتلك السرقات»، «وأدانت المحكمة ذاتها، متهما سعوديا، بـ…»)
                continue
            if pronoun:  # (متهما إياها: the nearest party before it, no place, no subject before its verb and not
                # the participle's own subject: «وتابعت أن التنظيم اعتقل هؤلاء …، متهما إياهم» names no one accused)
                # (a plural of people before its verb may be «إياهم»: «وأكدت الوزارة أن الحوثيين قصفوا المدينة،
                # محملة إياهم مسؤولية …»; the pronoun agrees with it, not with «التنظيم» above)
                # (for «إياهم», a phrase of a feminine or non-human head, «القوات السعودية», only when no other will
                # do: that is «إياها»; «خطف العناصر من الفرقة 30، متهمة اياهم» accuses the division's men)
                plural = strip_wa(toks[k].norm) in ("اياهم", "اياهن")
                cands = [g for g in reversed(groups) if g.end_tok <= t and g.start_tok >= lo and not g.placed
                         and not any(m.get("type") == "place" for m in g.mentions)
                         and (g.end_tok not in verb_toks or plural and _phrase_agreement(text, g.entity(text)) == "pl")
                         and not _shares_span(actor, (g.entity(text),))]
                near = next((g for g in cands if not (plural and toks[g.start_tok].norm.endswith(("ه", "ات")))),
                            cands[0] if cands else None)
                out.append(replace(e, actor=actor, recipient=(near.entity(text),) if near is not None else ()))
                continue
            if obj is None:  # (past a comma, the phrase the coder read: «منتقدا موقف الكونغرس الأمريكي»)
                recipient = tuple(r for r in e.recipient if not _shares_span(actor, (r,)))
                out.append(replace(e, actor=actor, recipient=recipient))
                continue
        called = tuple(g.entity(text) for g in _with_conj(obj)) if obj is not None else ()
        # (not a phrase in لـ right after it, called for or prayed for: «داعيا للجميع أن يتقبل»)
        kept = () if k < len(toks) and toks[k].norm[:1] == "ل" else e.recipient
        recipient = called or tuple(r for r in kept if not _shares_span(actor, (r,)))
        if actor and _shares_span(actor, recipient):
            out.append(e)
            continue
        if {a.text for a in actor} & {r.text for r in recipient}:
            actor = ()  # (no one calls himself: «… إصلاحات العبادي …، داعيا العبادي إلى»: the doer read is another's)
        out.append(replace(e, actor=actor, recipient=recipient))
    return out


def _no_side_phrase_targets(toks: list[Token], events: list[Event], mentions: list[Mention],
                            fw: FunctionWords) -> list[Event]:
    """The sentence's events with no recipient that is the means of the act, right after a word of «using»
    (function_words.tsv using: «نفذ 9 غارات جوية مستخدمًا طائرات مقاتلة»), or, for an act done in words, the body it
    was told before, in the phrase an audience preposition opens past the trigger (function_words.tsv audience: «ندد
    كارتر أمام لجنة الدفاع بمجلس الشيوخ الأمريكي بالأنشطة التخريبية لإيران»)."""
    if not any(e.recipient for e in events):
        return events
    starts = [x.start for x in toks]
    trigs = {m.start: m for m in mentions if m.kind == "trigger"}
    ends = {m.tok_end - 1 for m in mentions if m.kind in ("actor", "agent")}  # (the last words of named parties)
    out = []
    for e in events:
        trig = trigs.get(e.trigger.start)
        keep = tuple(r for r in e.recipient if trig is None or not _side_phrase(
            toks, bisect_left(starts, r.start + 1) - 1, trig, e, fw, ends))  # (the word the party starts in: بمجلس)
        out.append(replace(e, recipient=keep) if len(keep) < len(e.recipient) else e)
    return out


def _no_content_recipients(toks: list[Token], events: list[Event], mentions: list[Mention],
                           fw: FunctionWords) -> list[Event]:
    """The sentence's events, where a verb of appeal keeps no recipient inside what it asks for: past its subject,
    إلى or a verbal noun in بـ/لـ opens the act called for (_asked_act_opens), and a party deeper in it than that
    act's own object (in the genitive of another noun: قرار مجلس الأمن، مبدأ حماية المدنيين) is not the one appealed
    to («ودعا المبعوث الأممي إلى التمسك بمبدأ حماية المدنيين»، «وطالب عسيري الحوثيين بتنفيذ قرار مجلس الأمن»); the
    act's object may be («يدعو لوضع السعودية تحت الوصاية»، «طالبت حماس بضرورة تصعيد المقاومة»)."""
    if not any(e.event == "REQUEST" and e.recipient for e in events):
        return events
    trigs = {m.start: m for m in mentions if m.kind == "trigger"}
    spans = {k for m in mentions if m.kind not in ("trigger", "cue") for k in range(m.tok_start, m.tok_end)}
    starts = [x.start for x in toks]
    out = []
    for e in events:
        trig = trigs.get(e.trigger.start)
        if e.event != "REQUEST" or not e.recipient or trig is None or trig.get("pos") != "verb":
            out.append(e)
            continue
        k = tail_end_of(trig)
        if e.actor and e.actor[-1].start >= toks[k - 1].end:
            k = bisect_left(starts, e.actor[-1].end)  # (past its subject: ودعا المبعوث الأممي إلى …)
        if k >= len(toks) or not _asked_act_opens(toks, k, spans, fw):
            out.append(e)
            continue
        m = k + (toks[k].norm in fw.call_to)  # (the act's noun: إلى التمسك، بتسليح; past بضرورة: urgency)
        m += m + 1 < len(toks) and strip_wa(toks[m].norm) in fw.urgency
        keep = tuple(r for r in e.recipient if not (bisect_left(starts, r.start + 1) - 1 > m + 1 and not any(
            x.kind != "ar" for x in toks[k:bisect_left(starts, r.start)])))
        out.append(replace(e, recipient=keep) if len(keep) < len(e.recipient) else e)
    return out


def _asked_act_opens(toks: list[Token], k: int, named: set[int], fw: FunctionWords) -> bool:
    """True where token k opens the act an appeal asks for: إلى, a noun of urgency (بضرورة), or a word with بـ or
    لـ that is no preposition, names nothing, is no adverb and has the shape of a verbal noun of the derived forms, its
    stem opening in ت or ا (بتسليح، بتنفيذ، لإعادة، بالإفراج; not بتعز, a place, nor بالذات, nor a name no lexicon
    knows: بروكوبيس, nor من or على, which bring the one asked)."""
    w = toks[k].norm
    if toks[k].kind != "ar" or k in named:
        return False
    stem = w[1:].removeprefix("ال").removeprefix("ل")  # (بالإفراج، للاستعداد: the verbal noun after its article)
    return w in fw.call_to or strip_wa(w) in fw.urgency or len(w) > 3 and w[0] in "بل" and not w.startswith("ال") \
        and w not in fw.preposition and w not in fw.manner_bi and stem[:1] in ("ت", "ا") and stem not in _given_names()


def _side_phrase(toks: list[Token], k: int, trig: Mention, ev: Event, fw: FunctionWords,
                 ends: "set[int] | frozenset[int]" = frozenset()) -> bool:
    """True for a party starting at token k right after a word of «using» (or, the party joined by و, the means
    named before it: مستخدمًا قاذفات وطائرات; not the object past a whole means: «باستخدام الصواريخ مواقع داعش»), or,
    for an act done in words, the first phrase past an audience preposition that follows the trigger, within three
    words (no party ending at a token of `ends` between, nor a word in بـ: «اتهم الرئيس أمام الأمم المتحدة روسيا»،
    «ندد الوزير أمام الصحفيين بالهجوم الإسرائيلي» keep theirs; see _no_side_phrase_targets)."""
    if k < 1:
        return False
    joined = strip_wa(toks[k].norm) != toks[k].norm
    for j in range(k - 1, max(-1, k - 4), -1):  # (past the means named before it: مستخدمًا قاذفات وطائرات مقاتلة)
        w = strip_wa(toks[j].norm)
        if w in fw.using:
            return True
        if not joined or toks[j].kind != "ar" or w in fw.preposition or _no_subject_after(toks, j, fw):
            break
    if ev.event not in _SPOKEN_OR_JUDGED:
        return False
    for j in range(k - 1, max(tail_end_of(trig) - 1, k - 4), -1):
        w = strip_wa(toks[j].norm)
        if w in fw.audience:
            return True
        if toks[j].kind != "ar" or j in ends or len(w) > 3 and w[0] == "ب":
            return False
    return False


def _answered_requests(toks: list[Token], events: list[Event], mentions: list[Mention]) -> list[Event]:
    """The sentence's events, where a request told by a noun right after a refusal or an acceptance whose actor it
    shares («غداة رفض الرئيس الهندي براناب موخرجي طلبا لوقف تنفيذ حكم الاعدام») has that actor as its recipient: who
    refuses or grants a request is the one asked, not who asked (no mark between; not a verb joined by و/ف; «طلبا»
    is read as a verb by the lexicon, so the request's part of speech is not asked)."""
    if not any(e.event == "REQUEST" and e.actor and not e.recipient for e in events):
        return events
    trigs = {m.start: m for m in mentions if m.kind == "trigger"}
    out: list[Event] = []
    for e in events:
        t = trigs.get(e.trigger.start)
        answer = next((d for d in reversed(out) if d.event in _WILLED and d.actor and d.trigger.end <= e.trigger.start),
                      None) if e.event == "REQUEST" and e.actor and not e.recipient and t is not None and \
            not t.get("prefix")[:1] in ("و", "ف") else None  # (not a verb joined to it: رفض الاتفاق وطالب بـ)
        if answer is not None and [(a.start, a.end) for a in answer.actor] == [(a.start, a.end) for a in e.actor] \
                and 0 <= e.trigger.start - max(a.end for a in e.actor) <= 25 and not any(
                    x.kind != "ar" for x in toks if answer.trigger.end <= x.start < e.trigger.start):
            e = replace(e, actor=(), recipient=e.actor)
        out.append(e)
    return out


def _redressed_doers(events: list[Event], mentions: list[Mention], fw: FunctionWords,
                     toks: list[Token]) -> list[Event]:
    """The sentence's events, where a striking act told by a noun in the genitive of a noun of inquiry, redress or
    aftermath (modality._redressed: «قدم تعازيه في ضحايا هجوم انتحاري»، «اعتقلت الشرطة منفذي الهجوم») keeps no
    actor named before it: the clause's subject condoles, investigates or arrests; it did not do the act."""
    if not any(e.event in _STRIKING and e.actor for e in events):
        return events
    trigs = {m.start: m for m in mentions if m.kind == "trigger"}
    out = []
    for e in events:
        trig = trigs.get(e.trigger.start)
        if e.event in _STRIKING and trig is not None and trig.get("pos") == "noun" and \
                any(a.end <= e.trigger.start for a in e.actor) and _redressed(toks, trig, fw) and \
                not _responsible_adjective_of(toks, trig, e.actor, fw):
            e = replace(e, actor=tuple(a for a in e.actor if a.end > e.trigger.start))
        out.append(e)
    return out


def _responsible_adjective_of(toks: list[Token], trig: Mention, actor: tuple[Entity, ...], fw: FunctionWords) -> bool:
    """True for an event noun right after «المسؤول عن» (and its feminine and plurals) whose actor ends right before
    that adjective: «تنظيم داعش المسؤول عن تفجير المسجد» says who did it, no redress."""
    k = trig.tok_start - 2
    return k >= 1 and toks[k + 1].norm == "عن" and toks[k].norm in fw.responsible and \
        any(a.end == toks[k - 1].end for a in actor)


def _attributed_doers(text: str, toks: list[Token], events: list[Event], mentions: list[Mention],
                      fw: FunctionWords) -> list[Event]:
    """The sentence's events, where an attack or arrest told by a noun is attributed later in its clause to a party
    (cues.tsv attributed: «غداة هجوم انتحاري نسب إلى تنظيم داعش»): that party is its actor, not the subject of the
    clause the noun stands in («وعدت الحكومة التركية بتعزيز الإجراءات الأمنية غداة هجوم انتحاري نسب إلى …»)."""
    trigs = {m.start: m for m in mentions if m.kind == "trigger"}
    if not any(e.event in _LAM_DONE and e.actor and (t := trigs.get(e.trigger.start)) is not None
               and t.get("pos") == "noun" for e in events):
        return events
    cues = {m.tok_start: m for m in mentions if m.kind == "cue"}
    if not any(c.label == "attributed" for c in cues.values()):
        return events
    trig_toks = {k for m in trigs.values() for k in range(m.tok_start, m.tok_end)}
    ents = [m for m in mentions if m.kind in ("actor", "agent")]
    groups = noun_phrases(toks, ents, cues, fw) if ents else []
    out = []
    for e in events:
        trig = trigs.get(e.trigger.start)
        by = _attributed_after(toks, tail_end_of(trig), cues, groups, trig_toks) \
            if e.event in _LAM_DONE and e.actor and trig is not None and trig.get("pos") == "noun" else None
        doer = by.entity(text) if by is not None else None
        out.append(_with_actor(e, doer) if doer is not None and not _shares_span((doer,), e.actor) else e)
    return out


def _bare_chain_link(toks: list[Token], lo: int, hi: int, person: str, fw: FunctionWords) -> bool:
    """True where a perfect verb of `person` joined by و between tokens lo and hi has no subject after it (واستبعدت
    أن تتأثر): the sentence goes on from its subject without naming it."""
    return any(toks[j].norm[:1] == "و" and _person_verb(toks[j], person, fw) and _no_subject_after(toks, j + 1, fw)
               for j in range(lo, hi - 1))


_PARTNER_BREAKS = frozenset({".", "؛", ":", '"', "«", "»", "“", "”"})  # (_partnered_circumstance_actors)


def _partnered_circumstance_actors(toks: list[Token], events: list[Event], mentions: list[Mention],
                                   fw: FunctionWords) -> list[Event]:
    """The sentence's events, where an event noun with no actor in a circumstantial phrase (بعد، خلال، إثر …) or a
    phrase of manner (بالتنسيق، بالتعاون), whose recipient is the party after «مع» right past it, takes the actor of
    the nearest act before it in the sentence, no quote or colon between: the side that fought or worked with that party is the one that did the
    act the phrase tells about («أن القوات الأمنية استطاعت تحرير تل مشيهيدة …، بعد معارك مع المسلحين»، «أن طيران
    التحالف نفذ أيضاً 22 غارة جوية منفصلة بالعراق بالتنسيق مع الحكومة العراقية»). Not when that act is one done in
    words, nor past a word of another matter (فيما، بينما): «وانتقدت روسيا الولايات المتحدة، في حين جرت عمليات
    عسكرية بالتنسيق مع الحكومة العراقية» (review of round 105)."""
    if not any(not e.actor and e.recipient for e in events):
        return events
    trigs = {m.start: m for m in mentions if m.kind == "trigger"}
    at = {x.start: i for i, x in enumerate(toks)}
    starts = [x.start for x in toks]
    out: list[Event] = []
    for e in events:
        trig = trigs.get(e.trigger.start)
        if e.actor or not e.recipient or trig is None or trig.get("pos") != "noun" or trig.tok_start < 1 or \
                not _partnered_phrase(toks, trig, at.get(e.recipient[0].start), fw):
            out.append(e)
            continue
        done = next((d for d in reversed(out) if d.actor and d.trigger.end <= e.trigger.start), None)
        k = bisect_right(starts, done.trigger.start) - 1 if done is not None else 0  # (the word of a و-joined trigger)
        if done is None or done.event in _VOICED or _shares_span(done.actor, e.recipient) or any(
                toks[j].text in _PARTNER_BREAKS for j in range(k, trig.tok_start)) \
                or _meanwhile_between(toks, trig.tok_start, toks[k].start, fw):
            out.append(e)
            continue
        out.append(replace(e, actor=done.actor))
    return out


def _partnered_phrase(toks: list[Token], trig: Mention, k: int | None, fw: FunctionWords) -> bool:
    """True for an event noun after a circumstantial preposition (بعد معارك) or a manner word (بالتنسيق), whose
    party at token k follows «مع» within three words past the noun."""
    t = trig.tok_start
    before = strip_wa(toks[t - 1].norm)
    opened = before in _CIRCUMSTANCE and before != "في" or strip_wa(toks[t].norm) in fw.manner
    return opened and k is not None and tail_end_of(trig) <= k - 1 <= tail_end_of(trig) + 2 and \
        toks[k - 1].norm == "مع"


def _appositive_subjects(text: str, toks: list[Token], events: list[Event], mentions: list[Mention],
                         fw: FunctionWords) -> list[Event]:
    """The sentence's events, where a perfect verb with no actor stands right after a comma that closes an
    apposition opened by a comma (a definite noun first: «وكانت قوات الدفاع الشعبي، الجناح العسكري لحزب العمال
    الكردستاني، دانت في بيان …»): it takes the named phrase before that apposition, its subject, when that phrase
    opens the sentence or follows كان/كانت (after و), أن/إن or a complementizer (SVO)."""
    if not events or all(e.actor for e in events):
        return events
    trigs = {m.start: m for m in mentions if m.kind == "trigger"}
    groups = None
    out = []
    for e in events:
        trig = trigs.get(e.trigger.start)
        if e.actor or trig is None or trig.get("pos") != "verb" or trig.get("aspect") != "perfect" or \
                trig.get("prefix") or trig.tok_start < 4 or toks[trig.tok_start - 1].text not in ",،" or \
                _looks_passive(toks, trig) or e.event in _PASSIVE_TYPES:
            out.append(e)
            continue
        if groups is None:
            cues = {m.tok_start: m for m in mentions if m.kind == "cue"}
            ents = [m for m in mentions if m.kind in ("actor", "agent")]
            groups = noun_phrases(toks, ents, cues, fw) if ents else []
        subj = _appositive_head(toks, trig.tok_start - 1, groups, cues, fw)
        out.append(replace(e, actor=tuple(g.entity(text) for g in _with_conj(subj))) if subj is not None else e)
    return out


def _appositive_head(toks: list[Token], c: int, groups: list[Group], cues: dict[int, Mention],
                     fw: FunctionWords) -> Group | None:
    """The named phrase with no preposition before the comma that opens an apposition of two to eight words (a
    definite word first, no comma or clause mark within) closed by the comma at token c, when that phrase opens
    the sentence or follows كان/كانت (cues.tsv anterior) or أن/إن; None otherwise (see _appositive_subjects)."""
    o = next((j for j in range(c - 2, max(0, c - 9), -1) if toks[j].text in ",،"), None)
    if o is None or o + 1 >= c or not toks[o + 1].norm.startswith("ال") or _function_word(toks[o + 1].norm, fw) or \
            any(toks[j].kind != "ar" or toks[j].text in _CLAUSE_PUNCT for j in range(o + 1, c)):
        return None
    g = next((g for g in groups if _conj_end(g) == o or _conj_end(g) == o - 1 and toks[o - 1].kind == "ar" and
              toks[o - 1].norm.startswith("ال") and not _function_word(toks[o - 1].norm, fw)), None)
    if g is None or g.prep or not _named(g):  # (an adjective no lexicon joins may end it: قوات الدفاع الشعبي)
        return None
    k = g.start_tok - 1
    if not _coded(g):  # (the apposition may name whose it is: الجناح العسكري لحزب العمال الكردستاني)
        g = next((a for a in groups if o < a.start_tok and a.end_tok <= c and not a.prep and _coded(a)), g)
    if k < 0:
        return g
    w = strip_wa(toks[k].norm)
    return g if (w in fw.complementizer or w.lstrip("ف") in fw.complementizer or
                 (a := cues.get(k)) is not None and a.label == "anterior") and (
        k == 0 or toks[k - 1].text in ",،.:«\"") else None


def _self_reported(text: str, toks: list[Token], events: list[Event], mentions: list[Mention],
                   fw: FunctionWords) -> list[Event]:
    """The sentence's events, where a verb with no actor stands right after «أنه/أنها/إنه» (past قد/لم/لن at most),
    the complement of the sentence's report verb whose subject stands right after it and agrees with the pronoun: the
    speaker tells of his own act (وأشار الجبير خلال المؤتمر الصحافي … إلى أنه بحث خلال لقائه وزير الخارجية المصري).
    No other أن/إن may stand between the report verb and that pronoun (the act would be another clause's)."""
    if not events or all(e.actor for e in events):
        return events
    cues = {m.tok_start: m for m in mentions if m.kind == "cue"}
    reports = sorted(k for k, c in cues.items() if c.label == "report" and _verb_gender(toks[k].norm))
    if not reports:
        return events
    trigs = {m.start: m for m in mentions if m.kind == "trigger"}
    groups = None
    out = []
    for e in events:
        trig = trigs.get(e.trigger.start)
        if e.actor or trig is None or trig.get("pos") != "verb" or _looks_passive(toks, trig):
            out.append(e)
            continue
        p = trig.tok_start - 1
        while p > 0 and ((w := strip_wa(toks[p].norm)) in fw.perfect_particle or w in fw.past_negation or
                         w in fw.future_negation):
            p -= 1
        pron = strip_wa(toks[p].norm).lstrip("ب") if p > 0 else ""
        gender = _pronoun_person(pron, 2) if pron in fw.pronoun_that else ""
        said = [k for k in reports if k < p and p - k <= 30]
        if not gender or not said or _verb_gender(toks[said[-1]].norm) != gender or any(
                strip_wa(toks[j].norm).lstrip("ب") in fw.complementizer for j in range(said[-1] + 1, p)):
            out.append(e)
            continue
        if groups is None:
            ents = [m for m in mentions if m.kind in ("actor", "agent")]
            groups = noun_phrases(toks, ents, cues, fw) if ents else []
        k = cues[said[-1]].tok_end
        speaker = next((g for g in groups if g.start_tok == k and not g.prep), None)
        out.append(replace(e, actor=tuple(x.entity(text) for x in _with_conj(speaker)))
                   if speaker is not None else e)
    return out


def _pronoun_topics(text: str, toks: list[Token], events: list[Event], mentions: list[Mention],
                    fw: FunctionWords) -> list[Event]:
    """The sentence's events, where a verb with no actor right after an independent pronoun, past a comma, «وهي تحذر»
    (function_words subject_pronoun), takes the phrase that opens the sentence as its subject, when the pronoun
    agrees with that phrase's head: «ووزارة الداخلية إذ تعلن ذلك …، وهي تحذر كل من يقدم على ذلك» (the sentence is
    told of its topic)."""
    if all(e.actor for e in events):
        return events
    ents = [m for m in mentions if m.kind in ("actor", "agent")]
    if not ents or ents[0].tok_start != 0:
        return events
    trigs = {m.start: m for m in mentions if m.kind == "trigger"}
    topic: Group | None = None
    out = []
    for e in events:
        trig = trigs.get(e.trigger.start)
        t = trig.tok_start if trig is not None else 0
        if e.actor or trig is None or trig.get("pos") != "verb" or t < 3 or toks[t - 2].text not in ",،" or \
                _pronoun_gender(toks[t - 1].norm, fw) not in ("m", "f"):
            out.append(e)
            continue
        if topic is None:
            cues = {m.tok_start: m for m in mentions if m.kind == "cue"}
            topic = next(iter(noun_phrases(toks, ents, cues, fw)), None)
            if topic is None or topic.start_tok != 0 or topic.prep:
                return out + list(events[len(out):])
        head = toks[topic.start_tok].norm
        gender = "f" if head.endswith("ه") and not head.endswith("اه") else "m"
        out.append(replace(e, actor=(topic.entity(text),)) if _pronoun_gender(toks[t - 1].norm, fw) == gender
                   and topic.end_tok < t - 2 else e)
    return out


def _fronted_adverbial_actors(text: str, toks: list[Token], events: list[Event], mentions: list[Mention],
                              fw: FunctionWords) -> list[Event]:
    """The sentence's events, where an event noun with no actor in a time adverbial that opens the sentence (after
    بعد، عقب، إثر: function_words past_anchor), «بعد التشاور مع رئيس الوزراء ورئيس البرلمان، قرر رئيس الجمهورية
    تمديد …»، «وبعد لقائه مع وزير الخارجية الأمريكي، أكد الرئيس المصري», takes the subject right after the verb
    that opens the main clause past the adverbial's comma: the one who acts then did the act before it; so during it
    or on its eve (خلال، قبيل: «وقبيل اجتماعه مع نظيره الإسرائيلي، أكد كارتر»). Not an act
    against someone or a protest, which the main clause's subject may answer («وبعد مقتل خمسة جنود، أعلن الجيش»)."""
    if all(e.actor for e in events):
        return events
    trigs = {m.start: m for m in mentions if m.kind == "trigger"}
    out = []
    for e in events:
        trig = trigs.get(e.trigger.start)
        subj = None if e.actor or trig is None or trig.get("pos") != "noun" or e.event in _HOSTILE or \
            e.event == "PROTEST" else \
            _main_subject_past_adverbial(toks, trig, mentions, fw)
        out.append(replace(e, actor=(subj.entity(text),)) if subj is not None and not any(
            r.start == toks[subj.start_tok].start for r in e.recipient) else e)
    return out


def _main_subject_past_adverbial(toks: list[Token], trig: Mention, mentions: list[Mention],
                                 fw: FunctionWords) -> Group | None:
    """For an event noun right after a time word that opens the sentence (or a quote in it) with no clitic on the
    noun but its pronoun, the bare phrase right after the perfect verb that follows the first comma past it, within
    fifteen words (see _fronted_adverbial_actors); None otherwise."""
    t = trig.tok_start
    if t < 1 or trig.get("prefix") or not _time_opener(strip_wa(toks[t - 1].norm), fw, trig) or not (
            t == 1 or toks[t - 2].text in _OPEN_QUOTES or toks[t - 2].text in ":"):
        return None
    c = next((k for k in range(tail_end_of(trig), min(len(toks), t + 16)) if toks[k].text in _CLAUSE_PUNCT), None)
    if c is None or toks[c].text not in ",،" or c + 2 >= len(toks):
        return None
    v = toks[c + 1]
    if v.kind != "ar" or v.norm.startswith(("ال", "و", "ي", "سي")) or _singular_gender(v.norm) not in ("m", "f") or \
            not _verb_gender(v.norm) or _function_like(v.norm, fw):
        return None  # (a perfect that tells what was done then: قرر، أكد; not «تأمل واشنطن», a hope now)
    ents = [m for m in mentions if m.kind in ("actor", "agent") and m.tok_start >= c + 2]
    cues = {m.tok_start: m for m in mentions if m.kind == "cue"}
    g = next(iter(noun_phrases(toks, ents, cues, fw)), None) if ents else None
    return g if g is not None and g.start_tok == c + 2 and not g.prep else None


_TEXT_BREAKS = frozenset(".؛;:")  # marks between an issuer and its text noun that end the issuer's clause (_issuer)
_COMMA_MARKS = frozenset(",،")
_CONJUNCTIONS = frozenset({"و", "ف"})  # a conjunction written as a word of its own


def _issued_text_actors(text: str, toks: list[Token], events: list[Event], mentions: list[Mention],
                        fw: FunctionWords) -> list[Event]:
    """The sentence's events, where a verb with no actor and no و/ف opens the relative clause of an indefinite text
    noun (function_words issued_text: بيانا، قرارا، رسالة), the object of the verb that opens the clause, and takes
    that verb's subject: what the text says, its issuer does («وتبنى مجلس الأمن الدولي أمس، قرارا بالإجماع يصادق
    على الاتفاق»، «أصدرت عائلة عبد العزيز بيانًا اعتذرت فيه»)."""
    if all(e.actor for e in events) or fw.issued_text.isdisjoint(t.norm for t in toks):
        return events
    trigs = {m.start: m for m in mentions if m.kind == "trigger"}
    out, groups = [], None
    for e in events:
        trig = trigs.get(e.trigger.start)
        k = None if e.actor or trig is None or trig.get("pos") != "verb" or trig.get("prefix") else \
            _issued_text_before(toks, trig.tok_start, fw)
        if k is not None and groups is None:
            ents = [m for m in mentions if m.kind in ("actor", "agent")]
            groups = noun_phrases(toks, ents, {m.tok_start: m for m in mentions if m.kind == "cue"}, fw)
        subj = None if k is None else _issuer(toks, k, groups, fw)
        out.append(replace(e, actor=(subj.entity(text),)) if subj is not None and not any(
            r.start == toks[subj.start_tok].start for r in e.recipient) else e)
    return out


_SPEECH_STOPS = frozenset({".", "؛", ";", "؟", "?", "!"})


def _speech_relatives(text: str, toks: list[Token], events: list[Event], mentions: list[Mention],
                      fw: FunctionWords) -> list[Event]:
    """The sentence's events, where a verb of an act done in words or of praise or blame opens the relative clause
    (after التي/الذي or a comma, and followed by function_words.tsv in_it: فيها، فيه، خلاله) of a noun of a speech or a text (function_words.tsv
    speech_noun: تصريحات، كلمة، بيان) that has an owner: the phrase in construct right after the noun («تصريحات ترامب
    التي انتقد فيها جون ماكين»), or, for a noun with an owner's pronoun, the speaker of a verb of saying before it
    («وقال الرئيس الإيراني في كلمته التي انتقد فيها الولايات المتحدة»). The owner did what the speech says, and the
    phrase after فيها, which the coder read as the verb's subject, is its object. Nouns with no owner are left: the
    subject may follow there («في الرسالة التي طالب فيها وزير الخارجية …»)."""
    if fw.in_it.isdisjoint(t.norm for t in toks) or not any(e.event in _SPOKEN_OR_JUDGED for e in events):
        return events
    trigs = {m.start: m for m in mentions if m.kind == "trigger"}
    cues = {m.tok_start: m for m in mentions if m.kind == "cue"}
    verb_toks = {m.tok_start for m in trigs.values() if m.get("pos") == "verb"}
    groups: list[Group] | None = None
    out = []
    for e in events:
        trig = trigs.get(e.trigger.start)
        k = trig.tok_start if trig is not None else 0
        if e.event not in _SPOKEN_OR_JUDGED or trig is None or trig.get("pos") != "verb" or trig.get("prefix") \
                or trig.tok_end >= len(toks) or toks[trig.tok_end].norm not in fw.in_it or k < 2:
            out.append(e)
            continue
        s, owned = next(((j, o) for j in range(k - 2, max(-1, k - 8), -1)
                         if toks[j].text not in _SPEECH_STOPS
                         for o in (_speech_noun(toks[j].norm, fw),) if o is not None), (None, False))
        if s is None or any(toks[j].text in _SPEECH_STOPS for j in range(s, k)):
            out.append(e)
            continue
        if groups is None:
            ents = [m for m in mentions if m.kind in ("actor", "agent")]
            groups = noun_phrases(toks, ents, cues, fw) if ents else []
        if owned:  # (his speech: the speaker of the verb of saying before it, «وقال الرئيس الإيراني في كلمته»; not
            # past أن or another verb, «وقال الوزير إن الرئيس ألقى كلمته التي انتقد فيها»: the speech is another's)
            said = next((c for j, c in sorted(cues.items(), reverse=True) if j < s and c.label == "report"), None)
            owner = None if said is None or any(strip_wa(toks[j].norm) in fw.complementizer or j in verb_toks
                                                for j in range(said.tok_end, s)) else next(
                (g for g in groups if not g.prep and (g.start_tok == said.tok_end or g.end_tok == said.tok_start)
                 and g.end_tok <= s), None)
        else:  # (the party in construct right after it: «تصريحات ترامب»، «تصريحات وزير الخارجية السعودي»; or the
            # subject of a verb of issuing with the noun's pronoun right after it: «رسالة وجهها الأمين العام»; or,
            # past an adjective at most, the caller in من: «اتصالا هاتفيا من وزير الداخلية الكويتي أدان فيه»)
            at = s + 2 if s + 1 < k and _issued_it(toks[s + 1].norm, fw) else s + 1
            owner = next((g for g in groups if g.start_tok == at and not g.prep and g.end_tok < k), None) or next(
                (g for g in groups if s < g.start_tok <= s + 3 and g.prep == "من" and g.end_tok <= k), None)
        if owner is not None and not (strip_wa(toks[k - 1].norm) in _RELATIVE or toks[k - 1].text in ",،"
                                      or owner.end_tok == k and not _definite(toks[s].norm)):
            owner = None  # (the verb opens the noun's relative clause: after التي/الذي or a comma, or, for an
            # indefinite noun, which takes no relative pronoun, right after its owner)
        if owner is None:
            out.append(e)
            continue
        actor = tuple(g.entity(text) for g in _with_conj(owner))
        said_of = tuple(x for x in e.actor if x.start >= toks[trig.tok_end].end)  # (the phrase past فيها)
        recipient = said_of + tuple(r for r in e.recipient if not _shares_span(said_of, (r,)))
        if _shares_span(actor, recipient):
            out.append(e)
            continue
        out.append(replace(e, actor=actor, recipient=recipient))
    return out


def _issued_it(norm: str, fw: FunctionWords) -> bool:
    """True for a verb of issuing or sending a text (function_words.tsv issue_text_verb) with the text's pronoun
    joined to it: وجهها، أصدره، نشرها."""
    return any(norm.endswith(suf) and norm[:-len(suf)] in fw.issue_text_verb for suf in ("ها", "ه"))


def _speech_noun(norm: str, fw: FunctionWords) -> bool | None:
    """For a word that is a noun of a speech or a text (function_words.tsv speech_noun; with or without the article, a
    joined preposition or an owner's pronoun: تصريحات، بكلمته، خطابه), whether it carries an owner's pronoun (True)
    or not (False); None for any other word."""
    w = strip_wa(norm)
    for c in (w, "ال" + w[2:] if w.startswith("لل") else w[1:] if w[:1] in "بلك" and len(w) > 4 else None):
        if c is None:
            continue
        c = c[2:] if c.startswith("ال") else c
        if c in fw.speech_noun:
            return False
        if _owned_form(c, fw.speech_noun):
            return True
    return None


def _issued_text_before(toks: list[Token], t: int, fw: FunctionWords) -> int | None:
    """The token of an indefinite text noun (function_words issued_text) right before token t, or before it and one
    adverb or word in بـ (بالإجماع، رسميا); None where there is none."""
    for k in (t - 1, t - 2):
        if k < 1 or toks[k].kind != "ar":
            return None
        if toks[k].norm in fw.issued_text:
            return k
        if not (toks[k].norm in fw.adverb or toks[k].norm.startswith("بال")):
            return None
    return None


def _issuer(toks: list[Token], k: int, groups: list[Group], fw: FunctionWords) -> Group | None:
    """The subject of the verb that opens the clause of the text noun at token k: the bare phrase that ends at most
    four words before it (a time word, its comma), right after a verb of issuing the text (function_words.tsv
    issue_text_verb: تبنى، أصدر; not «ناقش مجلس الأمن أمس، تقريرا يتهم إيران») that opens the sentence or follows a
    comma or و; None otherwise."""
    g = next((g for g in reversed(groups) if g.end_tok <= k), None)
    if g is None or g.prep or k - g.end_tok > 4 or g.start_tok < 1 or not _coded(g):
        return None
    if any(toks[j].norm in fw.complementizer or toks[j].text in _TEXT_BREAKS for j in range(g.end_tok, k)):
        return None
    v = g.start_tok - 1
    if toks[v].kind != "ar" or strip_wa(toks[v].norm) not in fw.issue_text_verb:
        return None
    return g if v == 0 or toks[v - 1].text in _COMMA_MARKS or toks[v - 1].norm in _CONJUNCTIONS else None


def _quoted_verb_start(toks: list[Token], t: int, entry: TriggerEntry, groups: list[Group], starts: list[int],
                       fw: FunctionWords) -> int:
    """The start of the clause of the trigger at token t; for a verb a quote opens right after the bare phrase that
    opens a clause in أن/إن (a partial quote, «أن المجلس «يصادق» على اتفاق فيينا»، «إن الحكومة "ترفض" الاتفاق»),
    the clause the quote mark stands in: that phrase is the verb's subject (not «بيان الجيش «قتل», a genitive)."""
    start = _clause_start(toks, t)
    if start != t or entry.pos != "verb" or t < 2 or toks[t - 1].text not in _OPEN_QUOTES:
        return start
    j = bisect_left(starts, t)
    g = groups[j - 1] if j else None
    if g is None or g.end_tok != t - 1 or g.prep or g.start_tok < 1 or \
            strip_wa(toks[g.start_tok - 1].norm) not in fw.complementizer:
        return start
    return _clause_start(toks, t - 1)


def _time_opener(w: str, fw: FunctionWords, trig: Mention) -> bool:
    """True for a word (normalised, و/ف off) that opens a time adverbial whose event noun `trig` the main clause's
    subject did: after it (بعد، عقب: past_anchor), or during it or on its eve (خلال، قبيل: during, eve) where the
    noun's pronoun is that subject («وقبيل اجتماعه»; not «وخلال قمة أوفا، قال لافروف», a summit he went to)."""
    return w in fw.past_anchor or bool(trig.get("possessive")) and (w in fw.during or w in fw.eve)


def _pronoun_gender(norm: str, fw: FunctionWords) -> str:
    """The gender of a singular independent pronoun, also after و or ف: "m" (هو، وهو), "f" (هي، وهي); "" for
    another word (function_words subject_pronoun)."""
    w = norm[1:] if norm[:1] in ("و", "ف") and norm[1:] in fw.subject_pronoun else norm
    return {"هو": "m", "هي": "f"}.get(w, "") if w in fw.subject_pronoun else ""


def _chain_head(toks: list[Token], t: int, person: str, groups: list[Group], cues: dict[int, Mention],
                fw: FunctionWords) -> Group | None:
    """The subject right before the nearest earlier perfect verb of `person` within 25 words before token t, when
    that subject opens the sentence or follows أن/إن/فإن or a word of contrast (لكن); else the named subject right after a verb of that person
    opening the sentence, unless that verb reports speech (وأوضح الرائد … أنه ورد بلاغ …، وقبض على الجاني: the act
    may be the report's); None otherwise (see _chained_subjects)."""
    for g in reversed(groups):
        if g.end_tok >= t or g.end_tok < t - 25:
            continue
        end = _past_definite_adjectives(toks, _conj_end(g), t)  # (قوات الشرطة الاتحادية رصدت … ودمرتها)
        if g.prep or end >= t or not _person_verb(toks[end], person, fw):
            continue
        before = strip_wa(toks[g.start_tok - 1].norm) if g.start_tok else ""
        if g.start_tok == 0 or before in fw.complementizer or before.lstrip("ف") in fw.complementizer or \
                before in fw.contrast:  # (لكن إردوغان قال … ودعا)
            return g
    body = _body_chain_head(toks, t, person, groups, fw)
    if body is not None:
        return body
    # (a verb opening the sentence with its subject right after it: «واستعرض الملك سلمان مع وزير الدفاع الأميركي
    # أوجه التعاون …، كما بحث معه»)
    g = next((g for g in groups if g.start_tok == 1 and not g.prep and g.end_tok < t), None)
    if g is not None and toks[0].kind == "ar" and toks[0].norm[0] in "وف" and _person_verb(toks[0], person, fw) and \
            _named(g) and not ((c := cues.get(0)) is not None and c.label == "report"):
        return g
    return None


def _past_definite_adjectives(toks: list[Token], k: int, t: int) -> int:
    """Token index past up to two definite relative adjectives from token k on (before token t) that the phrase
    ending there left out (قوات الشرطة الاتحادية، القوات الأمنية العراقية); k where none stands."""
    j = k
    while j < min(t, k + 2) and _definite_adjective(toks[j]):
        j += 1
    return j


def _body_chain_head(toks: list[Token], t: int, person: str, groups: list[Group], fw: FunctionWords) -> Group | None:
    """The named body in لـ of an office no phrase holds right after أن/إن within 25 words before token t, when a
    perfect verb of `person` follows that subject past its seat in في, a name the lexicons lack and a comma: «أن
    المنسق الإنساني للأمم المتحدة في اليمن يوهانس فانديلا، وصل اليوم إلى مدينة عدن والتقى …» (the office speaks
    and acts for the body); None otherwise."""
    for p in range(t - 2, max(-1, t - 26), -1):
        if strip_wa(toks[p].norm).lstrip("ف") not in fw.complementizer:
            continue
        body = _body_of_named(toks, p + 1, groups, fw)
        if body is None or body.end_tok >= t:
            return None
        k = body.end_tok
        seat = next((g for g in groups if g.start_tok == k + 1 and toks[k].norm == "في"), None)
        if seat is not None and seat.prep == "في" and _place(seat):
            k = seat.end_tok  # (its seat: في اليمن)
        j = k
        while j < t and j - k < 3 and toks[j].kind == "ar" and not _function_word(toks[j].norm, fw) and \
                not toks[j].norm.startswith("ال") and not any(g.start_tok == j for g in groups):
            j += 1  # (the name the lexicons lack: يوهانس فانديلا)
        if j < t and toks[j].text in ",،":
            j += 1
        return body if j < t and j != k and _person_verb(toks[j], person, fw) else None
    return None


_VOICED = frozenset({"REQUEST", "ACCUSE", "SUPPORT", "REJECT", "THREATEN"})  # acts done in words (_speaker_subject)


def _speaker_subject(toks: list[Token], t: int, person: str, groups: list[Group], cues: dict[int, Mention],
                     fw: FunctionWords) -> Group | None:
    """For a verb of an act done in words (_VOICED) joined by و with no subject of its own: the named subject right
    after the nearest earlier report verb of its person (cues.tsv report) within 25 words, no other phrase standing
    between that subject and it: the speaker goes on («قال أوباما إنها «لا تتمتع بالمصداقية»، ودعا الحكومة والمعارضة
    إلى التلاقي»); None otherwise."""
    g = next((g for g in reversed(groups) if g.start_tok < t), None)
    if g is None or g.prep or g.end_tok > t or t - g.end_tok > 25 or g.start_tok < 1 or not _named(g):
        return None
    c = cues.get(g.start_tok - 1)
    if c is None or c.label != "report":
        return None
    return g if _person_verb(toks[g.start_tok - 1], person, fw) else None


def _person_verb(tok: Token, person: str, fw: FunctionWords) -> bool:
    """True for an Arabic perfect verb of `person` (no article, function word or negation, three letters at least)."""
    verb = strip_wa(tok.norm)
    return tok.kind == "ar" and _verb_person(tok.norm) == person and bool(_verb_gender(tok.norm)) and \
        len(verb) >= 3 and not verb.startswith("ال") and not _function_like(verb, fw) and \
        verb not in fw.past_negation and verb not in fw.future_negation


def _self_blasters(toks: list[Token], events: list[Event], mentions: list[Mention]) -> list[Event]:
    """The sentence's events, where an attack verb whose object is the reflexive right after it (فجرتا نفسيهما:
    cues.tsv reflexive) has as recipient the phrase that ends right before it, past a comma at most: that phrase is its
    subject, the attackers («فتاتين كانتا تتسولان، فجرتا نفسيهما»), the actor, never whom the attack befell."""
    if not any(e.event == "ASSAULT" and not e.actor for e in events):
        return events  # (no attack without an actor: none to give one)
    reflexive = {toks[m.tok_start].start for m in mentions if m.kind == "cue" and m.label == "reflexive"}
    if not reflexive:
        return events
    out = []
    for e in events:
        if e.event != "ASSAULT" or e.actor:
            out.append(e)
            continue
        k = next((i for i, t in enumerate(toks) if t.start >= e.trigger.end), None)
        if k is not None and toks[k].start in reflexive:
            before = [r for r in e.recipient if r.end <= e.trigger.start and not _words_between(
                toks, r.end, e.trigger.start, 4)]
            if before:
                e = _with_actor(e, before[-1])
        out.append(e)
    return out


def _right_after(text: str, end: int, start: int) -> bool:
    """True when offset `start` stands right after offset `end`, blanks at most between."""
    return start >= end and not text[end:start].strip()


_PRONOUN_ENDINGS = ("هما", "هم", "هن", "ها", "ه")  # the attached pronouns a preposition of target may carry


def _fronted_targets(text: str, toks: list[Token], events: list[Event], mentions: list[Mention],
                     fw: FunctionWords) -> list[Event]:
    """The sentence's events, where a hostile act told by a noun that a light verb governs, with an actor and no
    recipient, takes as recipient the phrase in ضد or بحق (function_words.tsv against) told between the verb's
    subject and the noun («نفذت قوات التحالف الدولي ضد تنظيم داعش الإرهابي تسع ضربات جوية»، «شنت الشرطة بحق
    المهربين حملة اعتقالات»): the target set before the act's word, not after it; not a ضد of the subject's own
    relative clause («شنت القوات التي تقاتل ضد داعش هجوما»: review of round 106)."""
    if all(e.recipient or not e.actor or e.event not in _HOSTILE for e in events):
        return events
    trigs = {m.start: m for m in mentions if m.kind == "trigger" and m.get("pos") == "noun"}
    cues = {m.tok_start: m for m in mentions if m.kind == "cue"}
    starts = [x.start for x in toks]
    groups: list[Group] | None = None
    out = []
    for e in events:
        t = trigs.get(e.trigger.start)
        if t is not None and not e.recipient and e.actor and e.event in _HOSTILE and e.actor[-1].end <= t.start:
            a0, a1 = bisect_left(starts, e.actor[0].start), bisect_left(starts, e.actor[-1].end)
            if any(c.label == "light_verb" and a0 - 2 <= c.tok_end <= a0 for c in cues.values()):
                if groups is None:
                    groups = noun_phrases(toks, [x for x in mentions if x.kind in ("actor", "agent")], cues, fw)
                g = next((g for g in groups if g.prep in fw.against and a1 <= g.start_tok - 1 <= a1 + 2
                          and g.end_tok <= t.tok_start <= g.end_tok + 3 and all(
                              x.kind == "ar" for x in toks[a1:t.tok_start]) and not any(
                              x.norm in fw.relative_clause for x in toks[a1:g.start_tok])), None)
                if g is not None:
                    e = replace(e, recipient=tuple(x.entity(text) for x in _with_conj(g)))
        out.append(e)
    return out


def _against_pronoun(word: str, fw: FunctionWords) -> bool:
    """True for a preposition of a hostile act's target with a pronoun attached (بحقهم، ضدها: function_words.tsv
    against)."""
    end = next((p for p in _PRONOUN_ENDINGS if word.endswith(p)), "")
    return bool(end) and word[:-len(end)] in fw.against


def _targets_told_back(toks: list[Token], events: list[Event], fw: FunctionWords) -> list[Event]:
    """The sentence's events, where the lone actor of a hostile act stands before its word with a preposition of
    target carrying a pronoun between them («155 صينيا صدرت بحقهم الاسبوع الماضي احكام طويلة بالسجن»): the
    pronoun stands for that phrase, the act's target, its recipient, not its actor. Only a phrase of people who fall
    victim (no sector, or one of `_VICTIM_SECTORS`): a court, the police or troops before «أصدرت بحقهم»، «نفذت بحقهم»
    or «شنت ضدهم» are the subject of the verb between, and do the act."""
    out = []
    for e in events:
        if e.event in _HOSTILE and len(e.actor) == 1 and not e.recipient and e.actor[0].end <= e.trigger.start and (
                not e.actor[0].sector or e.actor[0].sector in _VICTIM_SECTORS):
            gap = [t for t in toks if e.actor[0].end <= t.start < e.trigger.start]
            if len(gap) <= 6 and any(_against_pronoun(t.norm, fw) for t in gap):
                e = replace(e, actor=(), recipient=e.actor)
        out.append(e)
    return out


_DEVICE_REACH = 10  # the words from a bomber named after «فجر» to the bomb it sets off


def _device_blasters(text: str, toks: list[Token], events: list[Event], mentions: list[Mention],
                     fw: FunctionWords) -> list[Event]:
    """The sentence's events, where a verb of blowing up with no actor has a recipient right after it (or right before
    it) that a bomb it sets off follows within its clause (function_words.tsv blast_device, no comma between: «فجرت
    امرأة معروفة بأنها مصابة باضطرابات نفسية حزامها الناسف»، «سائق عربة ريكشو فجر عبوة ناسفة»): the phrase is the
    verb's subject, the bomber, the actor."""
    if not any(t.norm in fw.blast_device for t in toks):
        return events
    verbs = {m.start for m in mentions if m.kind == "trigger" and m.get("pos") == "verb"}
    out = []
    for e in events:
        if e.event == "ASSAULT" and e.mode == _EXPLOSIVES and not e.actor and e.trigger.start in verbs:
            bomber = next((r for r in e.recipient if _right_after(text, e.trigger.end, r.start)
                           or _right_after(text, r.end, e.trigger.start)), None)
            if bomber is not None and _device_follows(toks, max(bomber.end, e.trigger.end), fw):
                e = _with_actor(e, bomber)
        out.append(e)
    return out


def _device_follows(toks: list[Token], end: int, fw: FunctionWords) -> bool:
    """True when a bomb one sets off (function_words.tsv blast_device) follows offset `end` within `_DEVICE_REACH`
    words, no comma between."""
    k = next((i for i, t in enumerate(toks) if t.start >= end), len(toks))
    for t in toks[k:k + _DEVICE_REACH]:
        if t.text in ",،" or t.norm in fw.blast_device:
            return t.norm in fw.blast_device
    return False


def _words_between(toks: list[Token], start: int, end: int, most: int) -> bool:
    """True if more than `most` words stand between the character offsets start and end."""
    return sum(1 for t in toks if start <= t.start < end and t.kind == "ar") > most


def _denier_actors(text: str, toks: list[Token], events: list[Event], triggers: list[Mention],
                   cues: dict[int, Mention], groups: list[Group], starts: list[int], fw: FunctionWords) -> None:
    """Give a negated verb with no actor told in the clause a party denies («لكن الجيش نفى أن يكون استهدف منطقة
    مأهولة»، «ونفت الشرطة أنها اعتقلت المتظاهرين») the denier as actor: the subject right after the denial verb
    (cues.tsv denial) and right before أن, or right before the verb, with no other word between. In place."""
    for i, (ev, t) in enumerate(zip(events, triggers)):
        if ev.actor or not ev.negated or t.get("pos") != "verb":
            continue
        k = t.tok_start - 1
        if k >= 1 and toks[k].norm == "قد":
            k -= 1
        if k >= 1 and toks[k].norm in fw.denied_be:
            k -= 1  # (أن يكون قد استهدف)
        if k < 1 or toks[k].norm not in fw.complementizer or toks[k].norm != "ان" and k != t.tok_start - 1:
            continue  # (أنها right before the verb, never أنها يكون)
        denier = None
        c = cues.get(k - 1)
        if c is not None and c.label == "denial" and c.tok_end == k:
            j = bisect_left(starts, k - 1) - 1  # الجيش نفى أن: the phrase right before the denial verb
            g = groups[j] if j >= 0 else None
            denier = g if g is not None and g.end_tok == k - 1 and not g.prep else None
        else:
            j = bisect_left(starts, k) - 1  # نفى الجيش أن: the phrase right after it
            g = groups[j] if j >= 0 else None
            c = cues.get(g.start_tok - 1) if g is not None else None
            denier = g if g is not None and g.end_tok == k and not g.prep and c is not None and \
                c.label == "denial" and c.tok_end == g.start_tok else None
        if denier is not None:
            events[i] = _with_actors(ev, [g.entity(text) for g in _with_conj(denier)])


def _lam_addressees(text: str, toks: list[Token], events: list[Event], triggers: list[Mention], groups: list[Group],
                    starts: list[int]) -> None:
    """Give an appeal noun whose actor is its genitive and that has no recipient («دعوة مركز الملك سلمان للإغاثة
    للأمم المتحدة ومنظماتها إلى الإسهام»، «دعوة الحكومة اليمنية للأمم المتحدة إلى التدخل») the party in ل right
    after that genitive (and its conjuncts), the one called on, as recipient. In place."""
    for i, (ev, t) in enumerate(zip(events, triggers)):
        if ev.event != "REQUEST" or ev.recipient or len(ev.actor) != 1 or t.get("pos") != "noun":
            continue
        j = bisect_left(starts, tail_end_of(t))
        g = groups[j] if j < len(groups) else None
        if g is None or g.start_tok != tail_end_of(t) or g.prep or ev.actor[0].start != toks[g.start_tok].start:
            continue
        end = _conj_end(g)
        k = bisect_left(starts, end)
        to = groups[k] if k < len(groups) else None
        if to is not None and to.start_tok == end and to.prep == "ل" and not _place(to):
            events[i] = replace(ev, recipient=tuple(x.entity(text) for x in _with_conj(to)))


_ADDRESSED_PREPS = {"REQUEST": ("ل", "الي"), "SUPPORT": ("الي",), "AID": ("الي",)}  # (the addressee's preposition)


def _appeal_lam_addressees(text: str, toks: list[Token], events: list[Event], triggers: list[Mention],
                           groups: list[Group], starts: list[int]) -> None:
    """Give an appeal or request noun whose actor is told elsewhere, the subject of its light verb, and that has no
    recipient («ووجه الرئيس اليمني نداءً لخادم الحرمين الشريفين»، «أثينا تقدمت بطلب لموسكو») the party in ل or إلى
    right after it (and its conjuncts), the one called on or asked; so for a message of support or a gift sent to
    someone (وبعث خادم الحرمين الشريفين برقية تهنئة إلى الرئيس المصري): the party in إلى. In place."""
    for i, (ev, t) in enumerate(zip(events, triggers)):
        if ev.event not in _ADDRESSED_PREPS or ev.recipient or not ev.actor or t.get("pos") != "noun":
            continue
        k = tail_end_of(t)
        j = bisect_left(starts, k)
        to = groups[j] if j < len(groups) else None
        if to is None or to.prep not in _ADDRESSED_PREPS[ev.event] or \
                not (to.start_tok == k or to.start_tok == k + 1 and toks[k].norm == to.prep) or \
                any(a.start <= toks[to.start_tok].start < a.end for a in ev.actor):
            continue
        events[i] = replace(ev, recipient=tuple(x.entity(text) for x in _with_conj(to)))


def _no_accident_casualties(triggers: list[Mention], cues: dict[int, Mention]) -> list[Mention]:
    """Drop deaths and wounds in a sentence that names an accident (حادث سير، غرق مركب، حريق) and no attack:
    «لقي شخصان مصرعهما في حادث تصادم» is no assault."""
    if not any(c.label == "accident" for c in cues.values()):
        return triggers
    if any(_attack(t) for t in triggers):
        return triggers
    return [t for t in triggers if not _casualty(t)]


_AGAINST_REACH = 6  # words after a demonstration in which ضد/بحق names whom it is against


def _no_festive_marches(triggers: list[Mention], cues: dict[int, Mention], toks: list[Token],
                        against: frozenset[str]) -> list[Mention]:
    """Drop the demonstrations of a sentence that names a celebration (a «festive» cue: احتفالا، فرحا، الفرح):
    «وخرج السكان في مسيرات هادرة فرحا بتحرير القاعدة» tells joy, no protest; one against someone (ضد، بحق a few
    words after it) stays: «تظاهر آلاف المعارضين أمس ضد الحوثيين، فيما خرج أنصارهم في مسيرات فرحا بالقرار»."""
    if not any(c.label == "festive" for c in cues.values()):
        return triggers
    return [t for t in triggers if not (t.label == "PROTEST" and t.entry is not None and t.entry.mode == "demo")
            or any(tok.norm in against for tok in toks[t.tok_end:t.tok_end + _AGAINST_REACH])]


def _explosive(t: Mention) -> bool:
    """True for an assault trigger of the explosives mode (فجر، تفجير، عبوة ناسفة)."""
    return t.label == "ASSAULT" and t.entry is not None and t.entry.mode == _EXPLOSIVES


def _no_defused_devices(triggers: list[Mention], cues: dict[int, Mention], toks: list[Token]) -> list[Mention]:
    """Drop an explosive device that is defused or removed (a «defuse» cue a few words before it: تفكيك عبوة
    ناسفة، إبطال مفعول عبوة) and an explosive word told as a controlled detonation (a «controlled» cue right
    after it, or after the cognate noun a few words on: بتفجير العبوة تفجيرا محكوما), and a device coordinated
    with a defused one: bomb disposal is no attack."""
    if not any(c.label in ("defuse", "controlled") for c in cues.values()):
        return triggers
    controlled = [t.tok_start for t in triggers if _explosive(t) and (c := cues.get(t.tok_end)) is not None
                  and c.label == "controlled"]

    def defused(t: Mention) -> bool:
        return any((c := cues.get(k)) is not None and c.label == "defuse"
                   for k in range(max(0, t.tok_start - 3), t.tok_start)) or any(
            0 <= k - t.tok_start <= 4 for k in controlled)
    kept, ends = [], set()
    for t in triggers:
        # a device coordinated with a defused one is defused too (تفكيك العبوات الناسفة والمنازل المفخخة)
        joined = any(0 < t.tok_start - e <= 2 and toks[e].norm.startswith("و") for e in ends)
        if _explosive(t) and (defused(t) or joined):
            ends.add(t.tok_end)
        else:
            kept.append(t)
    return kept


def _commemorated(t: Mention, toks: list[Token], cues: dict[int, Mention], trig_toks: set[int]) -> bool:
    """True for a noun trigger that an anniversary word governs, right before it or across its ordinal or
    number (الذكرى العاشرة لتفجيرات لندن، ذكرى مقتله، الذكرى الـ70 لإلقاء القنبلة)."""
    if t.get("pos") != "noun":
        return False
    for k in range(t.tok_start - 1, max(-1, t.tok_start - 5), -1):
        if (c := cues.get(k)) is not None and c.label == "anniversary":
            return True
        if k in trig_toks or toks[k].kind not in ("ar", "num") or toks[k].text in _CLAUSE_PUNCT:
            return False
    return False


def _no_commemorated(triggers: list[Mention], cues: dict[int, Mention], toks: list[Token]) -> list[Mention]:
    """Drop an event noun after an anniversary word (الذكرى العاشرة للهجمات: a commemoration, no event now) and,
    when no other attack is told, the deaths and wounds after it (… التي أسفرت عن مقتل 52 شخصا). An attack or a
    protest in a sentence with a year (في 6 أغسطس 1945) is the old event dated, which stays."""
    if not any(c.label == "anniversary" for c in cues.values()):
        return triggers
    dated = any(x.kind == "num" and len(x.text) == 4 and x.text[:2] in ("19", "20") for x in toks)
    trig_toks = {t.tok_start for t in triggers}
    gone = [t for t in triggers if _commemorated(t, toks, cues, trig_toks)
            and not (dated and t.label in ("ASSAULT", "PROTEST"))]
    if not gone:
        return triggers
    kept = [t for t in triggers if t not in gone]
    if any(_attack(t) for t in kept):
        return kept
    return [t for t in kept if not (_casualty(t) and t.tok_start > gone[0].tok_start)]


def _no_fatal_spot(triggers: list[Mention], cues: dict[int, Mention], toks: list[Token]) -> list[Mention]:
    """Drop «في مقتل» that ends a clause and the wound verb a few words before it: «يصيبها في مقتل» (hits it in a
    fatal spot) is a metaphor, no assault (تسبب في مقتل خمسة names its dead, and stays; so does «تورطوا في
    مقتل وإصابة 1200»)."""
    spots = [c for c in cues.values() if c.label == "fatal_spot" and (
        c.tok_end >= len(toks) or toks[c.tok_end].text in _CLAUSE_PUNCT)]
    if not spots:
        return triggers

    def metaphor(t: Mention) -> bool:
        return t.label == "ASSAULT" and any(
            c.tok_start <= t.tok_start < c.tok_end or t.get("pos") == "verb" and 0 < c.tok_start - t.tok_start <= 5
            for c in spots)
    return [t for t in triggers if not metaphor(t)]


def _no_security_detonations(events: list[Event], triggers: list[Mention]) -> tuple[list[Event], list[Mention]]:
    """Drop a detonation verb whose subject is the police or the army and whose object is an explosive device,
    with no target (فجرت قوات الأمن 7 عبوات ناسفة عثرت عليها), and that device: bombs found and blown up by
    the security forces are no attack."""
    drop: set[int] = set()
    for i, (ev, t) in enumerate(zip(events, triggers)):
        if not (_explosive(t) and t.get("pos") == "verb" and ev.actor and not ev.recipient
                and all(a.sector in ("COP", "MIL") for a in ev.actor)):
            continue
        device = [j for j in range(i + 1, len(events)) if _explosive(triggers[j])
                  and triggers[j].get("pos") == "noun" and 0 <= triggers[j].tok_start - t.tok_end <= 6]
        if device:
            drop.update([i, *device])
    if not drop:
        return events, triggers
    keep = [i for i in range(len(events)) if i not in drop]
    return [events[i] for i in keep], [triggers[i] for i in keep]


def _attack(t: Mention) -> bool:
    """True for an assault trigger that tells an attack, not only a death or a wound: an attack noun of the
    general code 180 (هجوم، اعتداء، استهداف، كمين) counts, though _casualty reads the code as a wound."""
    if t.label != "ASSAULT":
        return False
    return not _casualty(t) or t.get("pos") == "noun" and t.entry.cameo == "180"


def _no_sport_events(triggers: list[Mention], cues: dict[int, Mention], toks: list[Token]) -> list[Mention]:
    """Drop all but assaults and protests in a sentence with two different sport words in different phrases
    (مباراة، الدوري، اللاعب، النادي… at least four words apart): a club that refuses an offer or meets a team
    is no political event (but «قصف الملعب الرياضي», «كأس العالم لكرة القدم» name one thing)."""
    sport = sorted((c.tok_start, strip_wa(toks[c.tok_start].norm)) for c in cues.values() if c.label == "sport")
    if not any(k2 - k1 >= 4 and w1 != w2 for i, (k1, w1) in enumerate(sport) for k2, w2 in sport[i + 1:]):
        return triggers
    return [t for t in triggers if t.label in ("ASSAULT", "PROTEST")]


def _charged_acts(toks: list[Token], events: list[Event], mentions: list[Mention], fw: FunctionWords) -> list[Event]:
    """The sentence's events, where an act told after the charge of an arrest (function_words charge: ضبط مواطن
    بتهمة الاعتداء على زوجته وإصابتها), within eight words of the charge and no clause mark between, was done by the
    one arrested, not by the arresters (who had it carried from the arrest verb, or none)."""
    arrests = [e for e in events if e.event == "COERCE" and e.mode == "arrest" and e.recipient]
    if not arrests:
        return events
    at = {m.start: m.tok_start for m in mentions if m.kind == "trigger"}
    out = []
    for e in events:
        k = at.get(e.trigger.start)
        arrest = next((a for a in arrests if a.trigger.start < e.trigger.start), None)
        if arrest is not None and k is not None and e is not arrest and \
                (not e.actor or e.actor == arrest.actor) and _after_charge(toks, k, at.get(arrest.trigger.start), fw):
            e = replace(e, actor=arrest.recipient, recipient=tuple(r for r in e.recipient if r not in arrest.recipient))
        out.append(e)
    return out


def _after_charge(toks: list[Token], k: int, a: int | None, fw: FunctionWords) -> bool:
    """True where a charge word (بتهمة) stands after token a and within eight words before token k, with no clause
    mark between it and k."""
    for j in range(k - 1, max(k - 9, -1), -1):
        if a is not None and j <= a or toks[j].text in _CLAUSE_PUNCT:
            return False
        if strip_wa(toks[j].norm) in fw.charge:
            return True
    return False


def _anyone(toks: list[Token], g: Group, fw: FunctionWords) -> bool:
    """True for an actor phrase right after «أي/أية» (function_words any_one: ولم يقم أي رئيس أميركي بزيارة كينيا):
    with a negated verb, a party no one in the story is."""
    return g.start_tok > 0 and strip_wa(toks[g.start_tok - 1].norm) in fw.any_one


def _no_warned_dangers(toks: list[Token], events: list[Event], mentions: list[Mention],
                       fw: FunctionWords) -> list[Event]:
    """The sentence's events less a threat whose word is followed in its clause, within twelve words and past the one
    warned, by «من أن» and a clause (function_words warned_of, then a complementizer that is no pronoun: حذر رئيسها
    محمد بخاري الولايات المتحدة من أن سياستها تضر بالجهود): advice about a danger, no threat (not «من مغبة», «من
    أنه سيرد», nor a warning to armed men or militants: وحذر الرئيس المتطرفين من أن التعصب …)."""
    if not any(e.event == "THREATEN" for e in events):
        return events
    ends = {m.start: tail_end_of(m) for m in mentions if m.kind == "trigger" and m.label == "THREATEN"}
    return [e for e in events if e.event != "THREATEN" or e.trigger.start not in ends or any(
        r.sector in ARMED_NONSTATE or r.code == "IMG" for r in e.recipient) or not _danger_told(
        toks, ends[e.trigger.start], fw)]


def _danger_told(toks: list[Token], k: int, fw: FunctionWords) -> bool:
    """True where «من أن» (`_no_warned_dangers`) stands within twelve words from token k, before a clause mark."""
    for j in range(k, min(k + 12, len(toks) - 1)):
        if toks[j].text in _CLAUSE_PUNCT:
            return False
        if toks[j].norm in fw.warned_of and toks[j + 1].norm in fw.complementizer and \
                toks[j + 1].norm not in fw.pronoun_that:
            return True
    return False


def _framed_acts(toks: list[Token], coded: list[Event], mentions: list[Mention], before: list[Event]) -> list[Event]:
    """The sentence's events, an event noun right after a framing verb opening the sentence («وتأتي زيارة الجبير
    إلى موسكو في إطار …», cues.tsv framing) taking the future flag of the story's latest earlier event of its type
    and mode with an actor of the same code («سيزور الجبير موسكو الثلاثاء المقبل»): the coming act told again."""
    frame = next((m for m in mentions if m.kind == "cue" and m.label == "framing" and m.tok_start <= 2), None)
    if frame is None or frame.tok_end >= len(toks) or not before:
        return coded
    at = toks[frame.tok_end].start
    out = []
    for ev in coded:
        if ev.trigger.start == at and ev.actor and not ev.future:
            codes = {a.code for a in ev.actor if a.code}
            told = next((x for x in reversed(before) if x.event == ev.event and x.mode == ev.mode and
                         codes & {a.code for a in x.actor}), None)
            if told is not None and told.future:
                ev = ev.updated(future=True)
        out.append(ev)
    return out


def _armed_group(g: Group, text: str) -> bool:
    """True for a phrase naming an armed group or militants (sector REB or UAF, or an insurgent group coded IMG:
    «تنظيم القاعدة»، «جماعات جهادية»، «مسلحون»), not a state's forces."""
    e = g.entity(text)
    return e.sector in ARMED_NONSTATE or e.code == "IMG"


def _fighters(g: Group, text: str) -> bool:
    """True for a phrase naming fighters or forces (sector MIL, UAF, REB, COP): captured, not taken hostage."""
    return g.entity(text).sector in ("MIL", "UAF", "REB", "COP")


def _light_subject_of(g: Group, cues: dict[int, Mention]) -> bool:
    """True if the phrase stands right after a light verb, its subject: «قام الحوثيون … باحتجاز أشخاص»، «وشن التنظيم
    حملة أسفرت عن اعتقال 38 مواطنا» (not a genitive: «قتيلين في صفوف الإرهابيين مع اعتقال سبعة»)."""
    c = cues.get(g.start_tok - 1)
    return c is not None and c.label == "light_verb"


def _first_person_past(toks: list[Token], t: Mention) -> bool:
    """True for a perfect verb spelled only as the first person singular: «التقيت»، «زرت»، «دعوت» (a defective or hollow
    verb, whose third person feminine drops the letter: التقت، زارت، دعت); a sound verb in ـت (قابلت) may be «she
    met», and the plural «التقينا» is as often a delegation speaking in an interview («التقينا في جنيف بالأمين العام
    للأمم المتحدة») as the paper: neither is read so."""
    if t.get("pos") != "verb" or t.get("aspect") != "perfect" or t.get("object_pronoun"):
        return False
    w = toks[t.tok_start].norm[len(t.get("prefix")):]
    lemma = t.entry.lemma
    if not w.endswith("ت") or w.endswith("ات"):
        return False
    stems = {lemma[:-1] + "و"} if lemma.endswith("ا") else {lemma} if lemma.endswith("ي") else set()
    if len(lemma) == 3 and lemma[1] == "ا":
        stems.add(lemma[0] + lemma[2])  # زار → زرت
    return w[:-1] in stems


def _unquoted_before(toks: list[Token], k: int, cues: dict[int, Mention]) -> bool:
    """True if token k stands outside any quotation of its sentence, with no report verb or colon before it: the
    writer's own words (not «وأضاف: "فقد زرت المملكة سابقا"», nor a quotation that a mark after it closes)."""
    opened = 0
    straight = 0
    for j in range(k):
        x = toks[j].text
        if x == ":" or (c := cues.get(j)) is not None and c.label == "report":
            return False
        if x in "«“":
            opened += 1
        elif x in "»”":
            opened -= 1
        elif x == '"':
            straight += 1
    if opened or straight % 2:
        return False
    for j in range(k + 1, len(toks)):
        x = toks[j].text
        if x in "«“":
            return True
        if x in "»”":
            return False  # (a closing mark with no opening one: the quotation began in a sentence before)
    return sum(toks[j].text == '"' for j in range(k + 1, len(toks))) % 2 == 0


def _paper_subject(toks: list[Token], t: Mention, ents: list[Mention]) -> bool:
    """True for a meeting or visit verb whose subject is a name in quote marks, opening the sentence before it,
    «"المدينة" التقت بابن خالة الشهيد»، «"الجزيرة" زارت», or right after it with بـ or an object after the name,
    «والتقت "واس" بأحد مرتادي العين»، «التقت «عكاظ» عددا من المصابين»: the newspaper's own interview or visit, no event
    of the news (not a party the lexicons give a sector other than the media: «والتقت «حماس» بوفد مصري»)."""
    i = t.tok_start
    if t.label != "CONSULT" or t.get("pos") != "verb" or t.get("aspect") != "perfect" or \
            not toks[i].norm.endswith("ت"):
        return False
    span = None
    if i >= 3 and toks[i - 1].text in _CLOSE_QUOTES and not t.get("prefix"):
        for j in (i - 3, i - 4):
            if j >= 0 and toks[j].text in _OPEN_QUOTES and all(toks[m].kind == "ar" for m in range(j + 1, i - 1)) \
                    and (j == 0 or j == 1 and toks[0].norm == "و"):
                span = (j + 1, i - 1)
                break
    end = int(t.get("tail_end") or t.tok_end)
    if span is None and end + 3 < len(toks) and toks[end].text in _OPEN_QUOTES:
        for m in (end + 2, end + 3):
            if toks[m].text in _CLOSE_QUOTES and all(toks[k].kind == "ar" for k in range(end + 1, m)) and \
                    m + 1 < len(toks) and toks[m + 1].kind == "ar" and not toks[m + 1].norm.startswith("ال"):
                span = (end + 1, m)  # (then بـ or an indefinite object: بأحد، عددا)
                break
    if span is None:
        return False
    return not any(span[0] <= e.tok_start < span[1] and e.get("sector") not in (None, "", "MED") for e in ents)


TITLE_NAME_REACH = 4  # the title words at most between a subject and its name in apposition (_title_name)
PLURAL_SUBJECT_END = "ون"  # the nominative sound plural a verb's subject may end in (_plural_subject)
PLURAL_STEM_MIN = 4  # a word of this many letters or fewer in -ون is no plural noun (هون، كون، دون: _plural_subject)
_POST_PREP = "لدي"  # the preposition of an envoy's or an embassy's host state, as normalised (لدى: _advice)
_WITH = "مع"  # the preposition of the other side of a talk (_with_paper)
_PAPER_NAME_WORDS = 3  # the words of a paper's quoted name at most («"الشرق الأوسط"»: _with_paper)
_INTERVIEW_REACH = 10  # a paper's quoted name in لـ this many words after a noun of talk (الحوار مع … لـ«الشرق الأوسط»)
_EXCLUSIVE_BEFORE = 8  # a verb of granting exclusively this many tokens (quote marks too) before a noun of talk in بـ (خص … بحوار)


@lru_cache(maxsize=1)
def _saying_verbs() -> frozenset[str]:
    """The perfect and imperfect verbs of saying of statement_cues.tsv (class assert: قال، يقول، أكد، يؤكد)."""
    return frozenset(normalize(r[k]) for r in _rows("statement_cues.tsv") if r.get("class") == "assert"
                     for k in ("perfect", "imperfect") if r.get(k))


def _said(norm: str) -> bool:
    """True for a verb of saying (class assert), و/ف and a feminine ت taken off: «وقال»، «وأكدت»."""
    w = strip_wa(norm)
    return w in _saying_verbs() or w.endswith("ت") and w[:-1] in _saying_verbs()


def _press_interview(toks: list[Token], t: Mention, ents: list[Mention]) -> bool:
    """True for a noun of an interview (function_words.tsv interview: حوار، مقابلة، لقاء، حديث; not a meeting or a session held
    for a body the lexicons lack, «عقدت المعارضة السورية اجتماعا موسعا لـ«الهيئة العليا للمفاوضات»») given to a paper: a quoted name in a
    separate لـ after it in its clause, «الحوار مع وزير الخارجية الأميركي جون كيري لـ«الشرق الأوسط»» (no verb of
    saying before it: what a source told the paper; no party there: «اجتماع للحلف الأطلسي لـ"الناتو"»), in بـ past a verb of granting exclusively (class exclusive), «خص
    جون كيري «الشرق الأوسط» بحوار», or right after a quoted name a verb of holding (class held) stands before, «وأجرت
    «الشرق الأوسط» الحوار مع كيري» (a party the lexicons give a sector other than the media is no paper): an
    interview, no talks."""
    if t.get("pos") != "noun" or t.entry is None or normalize(t.entry.lemma) not in FunctionWords.load().interview:
        return False
    if strip_wa(toks[t.tok_start].norm).startswith("ب"):
        for k in range(t.tok_start - 1, max(-1, t.tok_start - 1 - _EXCLUSIVE_BEFORE), -1):
            if toks[k].text in _CLAUSE_BREAKS:
                break
            if strip_wa(toks[k].norm) in _cue_words("exclusive"):
                return True
    i = t.tok_start
    if i >= 3 and toks[i - 1].text in _CLOSE_QUOTES and any(
            toks[j].text in _OPEN_QUOTES and j and strip_wa(toks[j - 1].norm) in _cue_words("held")
            and not any(j < e.tok_start < i and e.get("sector") not in (None, "", "MED") for e in ents)
            for j in range(max(0, i - 5), i - 2)):
        return True  # «وأجرت «الشرق الأوسط» الحوار مع كيري»: the paper held it
    if _with_paper(toks, t.tok_end, ents):
        return True  # «وأوضح في حوار مع "الرياض"»: the paper named after its town talked with the speaker
    if any(_said(toks[k].norm) for k in range(t.tok_start)):
        return False  # «وقال مصدر مطلع على الحوار لـ«الشرق الأوسط»»: what a source told the paper about talks
    for j in range(t.tok_end, min(len(toks) - 1, t.tok_end + _INTERVIEW_REACH)):
        if toks[j].text in _CLAUSE_BREAKS:
            break
        if toks[j].norm == "ل" and toks[j + 1].text in _OPEN_QUOTES:
            return not any(j < e.tok_start < j + 6 and e.get("sector") != "MED" and (e.get("sector") or e.get("code"))
                           for e in ents)
    return False


def _with_paper(toks: list[Token], j: int, ents: list[Mention]) -> bool:
    """True for «مع» at token j (a noun of talk's own preposition) before a quoted name of at most
    _PAPER_NAME_WORDS words that holds a party the lexicons give no sector or the media's, or a town («حواره مع
    "الرياض"»): a paper named after it, whose interview the talk is; a quoted body with a sector of its own stays a
    party («الحوار مع "حماس"»), and so does a quoted name the lexicons lack («لقاء مع "أبو محمد"») and a state in
    scare quotes, no paper's name (mend109: «رفضه أي حوار مع "إسرائيل"»)."""
    if j + 2 >= len(toks) or strip_wa(toks[j].norm) != _WITH or toks[j + 1].text not in _OPEN_QUOTES:
        return False
    end = next((k for k in range(j + 2, min(len(toks), j + 3 + _PAPER_NAME_WORDS)) if toks[k].text in _CLOSE_QUOTES),
               None)
    if end is None:
        return False
    inside = [e for e in ents if j + 1 < e.tok_start < end]
    return bool(inside) and all(e.get("sector") in (None, "", "MED") and e.get("type") != "country" for e in inside)


def _no_reporter_acts(triggers: list[Mention], cues: dict[int, Mention], toks: list[Token],
                      ents: list[Mention]) -> list[Mention]:
    """Drop the reporter's own meetings and visits: a meeting verb in the first person singular outside any quotation
    («وفي جولتنا التقيت بمدير المبيعات»), or one whose subject is the paper's quoted name
    («"المدينة" التقت بـ…»), or a noun of talk given to a paper (_press_interview), with the same noun told again with the
    article in its sentence: the paper's interview or tour, not news (a first-person request, «وطلبنا من القاضي أن
    يتنحى», may be a speaker's words told without quote marks, and stays)."""
    mine = [t for t in triggers if t.label == "CONSULT" and (_paper_subject(toks, t, ents) or _first_person_past(
        toks, t) and _unquoted_before(toks, t.tok_start, cues) or _press_interview(toks, t, ents))]
    talks = {t.entry.lemma for t in mine if t.get("pos") == "noun" and t.entry is not None}
    if talks:  # «فإن بداية الحوار تطرقت»: the interview named again, with the article
        mine += [t for t in triggers if t not in mine and t.get("pos") == "noun" and t.entry is not None
                 and t.entry.lemma in talks and strip_wa(toks[t.tok_start].norm).startswith("ال")]
    return [t for t in triggers if t not in mine] if mine else triggers


def _acting_roles(toks: list[Token], triggers: list[Mention], ents: list[Mention]) -> list[Mention]:
    """Drop a role noun (المتظاهرون, also an agent) read as a trigger where على/ضد or an attached لـ governs it: fire
    opened على المتظاهرين, protection للمتظاهرين tell what was done to them, not that they protested. They stay
    participants of the sentence's other events."""
    agents = {e.tok_start for e in ents if e.kind == "agent"}
    if not agents:
        return triggers
    kept = []
    for t in triggers:
        i = t.tok_start
        if i in agents and t.get("pos") == "noun" and (
                t.get("prefix")[-1:] == "ل" or i > 0 and strip_wa(toks[i - 1].norm) in _PARTICIPANT_PREPS):
            continue
        kept.append(t)
    return kept


def _after_verb(g: Group, trig_toks: set[int], trig_nouns: frozenset[int], cues: dict[int, Mention]) -> bool:
    """True if the phrase stands right after a verb (a trigger verb, a light verb, a report verb): its subject."""
    k = g.start_tok - 1
    if k in trig_toks and k not in trig_nouns:
        return True
    c = cues.get(k)
    return c is not None and c.label in ("light_verb", "report")


def _reflexive_after(cues: dict[int, Mention], i: int) -> bool:
    """True if a reflexive object (نفسه، نفسها، أنفسهم) stands at token i."""
    c = cues.get(i)
    return c is not None and c.label == "reflexive"


def _protested_acts(toks: list[Token], events: list[Event], triggers: list[Mention]) -> None:
    """A protest against an act (احتجاجا على مقتل مدنيين على يد قوات التحالف) is against whoever did it:
    the act's actor becomes the protest's recipient. A protest told by a purpose noun (للاحتجاج، احتجاجا)
    is that of the protesters named before it."""
    for i, (ev, tr) in enumerate(zip(events, triggers)):
        if ev.event != "PROTEST":
            continue
        if tr.get("pos") == "noun" and (tr.get("prefix")[-1:] == "ل" or toks[tr.tok_start].norm.endswith("ا")):
            # خرج متظاهرون للاحتجاج، تظاهر الطلاب احتجاجا على …: the purpose noun is the same people's protest
            before = next((e for e in reversed(events[:i]) if e.event == "PROTEST" and e.actor), None)
            if before is not None:
                ev = events[i] = replace(ev, actor=before.actor)
        end = int(tr.get("tail_end") or tr.tok_end)
        for ev2, tr2 in zip(events[i + 1:], triggers[i + 1:]):
            if ev2.event == "PROTEST":
                continue
            if 0 < tr2.tok_start - end <= 5 and strip_wa(toks[tr2.tok_start - 1].norm) in ("علي", "ضد") \
                    and ev2.actor:
                events[i] = replace(ev, recipient=ev2.actor)
            break


def _protester(e: Entity, event: str) -> Entity:
    """Protesters named only by nationality (تظاهر آلاف الإسرائيليين) are civilians (PLOVER: CVL)."""
    if event == "PROTEST" and e.sector is None and e.code is not None and e.name is not None and e.role is None:
        return Entity(e.text, e.start, e.end, e.code, "CVL", e.name, e.role)
    return e


def _speaker(toks: list[Token], g: Group, t: int, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True if the phrase is the subject of a report verb (أعلن، قال…) standing between it and token t
    or a few words before it (more past «وأخرى»: «أعلنت مصادر أمنية وأخرى طبية عراقية»): a source, not the actor
    of the event it reports."""
    k, left = g.start_tok - 1, 4
    while k >= 0 and left > 0:
        w = strip_wa(toks[k].norm)
        if w in fw.complementizer:
            break  # قال إن المستوطنين هاجموا: after «إن» comes what is said, not who says it
        if toks[k].norm == "عن" and not ((c := cues.get(k - 1)) is not None and c.tok_end > k):
            break  # تحدث معارضون عن انخراط إيرانيين: after «عن» comes what is told of (but نقلا عن names a source)
        c = cues.get(k)
        if c is not None and c.label == "report":
            return True
        left += 1 if w in fw.other else -1  # another of the same noun, with its adjective: the subject goes on
        k -= 1
    for k in range(g.end_tok, t):
        c = cues.get(k)
        if c is not None and c.label == "report":
            return True
    return False


_OWN_COUNTRY_ACTS = _STANCES | _HELP  # acts whose noun before «بلاده» is the speaker's country's (دعم بلاده)


def _stance_owner(toks: list[Token], trig: Mention, entry: TriggerEntry, g: Group, cues: dict[int, Mention]) -> bool:
    """True for the subject of a report verb right before it that stands right before a stance or withdrawal word with
    an attached pronoun, «وأكد الطرف اليمني رفضه للمبادرة»، «أكدت الحكومة دعمها للشعب اليمني»: no verb can follow
    the subject so without أن, the word is a verbal noun whose pronoun is the speaker, who holds the stance (not an
    attack or arrest noun, whose pronoun is the one it befell: «أعلنت الشرطة اعتقاله»)."""
    t = trig.tok_start
    if g.end_tok != t or g.prep or g.start_tok < 1 or entry.event not in _STANCES or trig.get("prefix"):
        return False
    if entry.pos == "noun" and entry.gen != "actor" or not toks[t].norm.endswith(("ه", "ها", "هم", "هما")):
        return False
    c = cues.get(g.start_tok - 1)
    return c is not None and c.label == "report" and c.tok_end == g.start_tok


def _countable(g: Group, toks: list[Token], fw: FunctionWords, trig_toks: set[int] | frozenset[int] = frozenset(),
               cues: dict[int, Mention] | None = None) -> bool:
    """True if the phrase has a code or a sector: one with neither (المتحدث، مصدر) names nobody to count,
    unless it is counted (قتل 20 شخصا: a number names people who took part, whoever they are), or is the dual of a
    casualty noun or «شخصا» right before an event verb (`trig_toks`: «إن شخصين قتلا وأصيب عشرة») or before a verb
    of undergoing and its event noun (`cues`: «إن شخصا لقي مصرعه»), or «شخص، شخصان» right after an event word («قتل
    شخص وأصيب ثمانية»، «بمقتل شخص»), or «شخصا، شخصين» within four words after one («اعتقلت الشرطة شخصين»)."""
    if _named(g) or any(m.get("type") in (UNKNOWN_NAME, TITLED_NAME) for m in g.mentions):
        return True  # (a name the lexicons lack, standing as a verb's subject, or after a title: الدكتور فلان)
    at = g.end_tok + 1 if cues and (c := cues.get(g.end_tok)) is not None and c.label == "undergo" else g.end_tok
    if not g.prefix and g.end_tok - g.start_tok == 1 and (
            at in trig_toks and (_dual_casualty(toks[g.start_tok].norm, fw) or toks[g.start_tok].norm == "شخصا")
            or g.start_tok - 1 in trig_toks and toks[g.start_tok].norm in _PERSONS_AFTER
            or toks[g.start_tok].norm in _PERSONS_OBJECT and not trig_toks.isdisjoint(
                range(max(0, g.start_tok - 4), g.start_tok))):
        return True  # (so «شخص» alone right after an event word: «وفي حادث مماثل قتل شخص وأصيب ثمانية»، «بمقتل شخص»;
        # and «شخصا، شخصين» a few words after one, its object: «اعتقلت الشرطة شخصين»، «ضبطت شرطة دبي شخصا آسيويا»)
    k = g.start_tok - 1
    return not g.prefix and k >= 0 and (toks[k].kind == "num" or strip_wa(toks[k].norm) in fw.number
                                        or toks[k].norm in fw.preposition and _dual_casualty(toks[g.start_tok].norm, fw))


_PERSONS_AFTER = frozenset({"شخص", "شخصان"})  # one person or two, nominative: the subject of the word before
_PERSONS_OBJECT = frozenset({"شخصا", "شخصين"})  # one person or two, accusative: the object of an event word before


def _accusative_persons(toks: list[Token], g: Group, fw: FunctionWords) -> bool:
    """True for «شخصا، شخصين» alone, not right after إن/أن (function_words complementizer) nor a number, whose
    counted noun it is («أن اكثر من 250 شخصا تظاهروا»): no subject."""
    k = g.start_tok
    return g.end_tok - k == 1 and toks[k].norm in _PERSONS_OBJECT and not (k >= 1 and (
        strip_wa(toks[k - 1].norm) in fw.complementizer or toks[k - 1].kind == "num" or toks[k - 1].norm in fw.number))


def _persons_died(toks: list[Token], g: Group, entry: TriggerEntry, at: int) -> bool:
    """True for «شخص، شخصان» alone at token `at` after a verb of death or wounds (ASSAULT with no mode, CAMEO 1823
    or 180): those who died or were wounded, whatever phrase comes later («وقتل شخصان قبل ان ينتحر المشتبه به»)."""
    return entry.event == "ASSAULT" and not entry.mode and entry.cameo in ("1823", "180") and \
        g.start_tok == at and g.end_tok - g.start_tok == 1 and toks[g.start_tok].norm in _PERSONS_AFTER


def _dual_casualty(norm: str, fw: FunctionWords) -> bool:
    """True for the dual of a casualty noun (function_words.tsv casualty: شخصين، شخصان), which counts by its form
    as a number does: in a preposition, «تم القبض على شخصين للاشتباه بعلاقتهما بالجريمة», it names two people who
    underwent the act (read only there: «مركبة يستقلها شخصان» are no victims of the shooting told)."""
    return norm.endswith(("ين", "ان")) and len(norm) > 4 and strip_wa(norm[:-2]) in fw.casualty


def _place_adjective(g: Group, toks: list[Token], cues: dict[int, Mention]) -> bool:
    """True for a nationality adjective alone right after a territory noun (cues.tsv): الحدود التركية،
    الأراضي اليمنية name where, they are no participant (but الطائرات الروسية, الغارات الروسية do)."""
    if len(g.mentions) != 1 or g.prefix or g.start_tok == 0:
        return False
    m = g.mentions[0]
    if m.kind != "actor" or m.get("type") != "demonym" or not toks[g.start_tok].norm.startswith("ال"):
        return False
    c = cues.get(g.start_tok - 1)
    return c is not None and c.label == "territory" and c.tok_end == g.start_tok


def _armed_adjective(toks: list[Token], g: Group, attack_nouns: dict[int, Mention]) -> bool:
    """True for a one-word role phrase that is a participle of arms right after an indefinite attack noun (of
    `attack_nouns`, by where each ends): «هجوم مسلح» is an armed attack, it names no gunman."""
    if len(g.mentions) != 1 or g.prefix or g.prep or g.end_tok - g.start_tok != 1 or g.conj or (
            t := attack_nouns.get(g.start_tok)) is None:
        return False
    m = g.mentions[0]
    return m.kind == "agent" and m.get("sector") == "UAF" and _armed_manner(
        toks[g.start_tok].norm, toks[t.tok_start].norm[len(t.get("prefix")):])


def _described_head(toks: list[Token], g: Group, ents: list[Mention], cues: dict[int, Mention],
                    trig_toks: set[int], fw: FunctionWords, nouns: frozenset[int]) -> int | None:
    """Where the noun a lone nationality adjective describes stands, when no lexicon reads that noun and no trigger
    is it (past its other adjectives, and back to the head of its construct): «الأجهزة المصرية»، «الطيار السوري»،
    «مفوضية الاتصالات الفيدرالية الأميركية»، «دراسة ألمانية»: the phrase is read from that noun on, the party in
    full, not its adjective alone; None otherwise (the adjective of an act names its doer: «الغارات الروسية»،
    «المساعدات العسكرية الأميركية»، «مساعدة أميركية»، «مفاوضات السلام الأفغانية»). The adjective is singular, with
    the article after a definite noun, or without it after a feminine noun or a plural of things. `trig_toks` are
    the words of the sentence's triggers, `nouns` where its event nouns start."""
    if len(g.mentions) != 1 or g.prefix or g.prep or g.start_tok == 0 or g.end_tok - g.start_tok != 1 or g.conj \
            or g.head_start is not None:
        return None
    m, word = g.mentions[0], toks[g.start_tok].norm
    definite = toks[g.start_tok].text.startswith("ال")  # (the text: ألمانية normalises to المانيه)
    if m.kind != "actor" or m.get("type") != "demonym" or not word.endswith(("ي", "يه")) or word.endswith(
            ("يي", "ايه")):
        return None
    k = g.start_tok - 1
    while k > 0 and definite and _definite_adjective(toks[k]) and k not in trig_toks and k not in cues:
        k -= 1  # (past the noun's other adjectives: الإمبراطورية الرومانية، القصف الجوي التركي)
    if not _free_noun(toks, k, ents, cues, trig_toks):
        return None
    if definite:
        if not toks[k].text.startswith("ال") or len(toks[k].norm) < 5:
            return None
        for _ in range(2):  # مفوضية الاتصالات، اتحاد أصحاب العمل: the construct's head, a noun with no article
            h = toks[k - 1] if k > 0 else None
            if h is not None and k - 1 in nouns:
                return None  # (the genitive of an act: the adjective is the act's, «مفاوضات السلام الأفغانية»)
            if h is None or h.text.startswith("ال") or _function_like(h.norm, fw) or h.text.endswith(
                    ("ً", "اً", "ًا")) or not _free_noun(toks, k - 1, ents, cues, trig_toks) or not _construct_head_of(
                    h, word.endswith("يه")):
                break
            k -= 1
        return k
    head = toks[k]
    if head.text.startswith(("ال", "أ", "إ", "آ")) or not head.text.endswith(("ة", "ات")) or nisba_shaped(
            "ال" + head.norm) and head.norm.endswith("يه"):
        return None  # (nor after another adjective: «ضربة جوية أمريكية» is the strike's)
    return k


def _construct_head_of(tok: Token, feminine: bool) -> bool:
    """True for a word that may head a construct the adjective after its genitive describes: no pronoun (تشهدها),
    three letters or more (أو), of the adjective's gender (مفوضية الاتصالات الفيدرالية الأميركية، اتحاد أصحاب العمل
    الألماني; not «زاوية الدور التركي»، «معظم العقوبات الأمريكية», where the adjective is the genitive's)."""
    text = tok.text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
    if len(tok.norm) < 3 or text.endswith(("ها", "هم", "هما", "ه", "كم", "نا")) or tok.norm.endswith(
            ("ين", "ون", "وا")):
        return False
    return text.endswith(("ة", "ات")) == feminine


def _definite_adjective(tok: Token) -> bool:
    """True for a definite word shaped as a relative adjective, singular (الجوي، الرسمي، الإنسانية)."""
    return tok.kind == "ar" and tok.norm.startswith("ال") and len(tok.norm) >= 5 and tok.norm.endswith(("ي", "يه")) \
        and not tok.norm.endswith(("يي", "ايه"))


def _free_noun(toks: list[Token], k: int, ents: list[Mention], cues: dict[int, Mention], trig_toks: set[int]) -> bool:
    """True for an Arabic word at token k with no clitic و/ف/ب/ل that no mention, cue or trigger covers."""
    tok = toks[k]
    return tok.kind == "ar" and k not in trig_toks and k not in cues and tok.norm[:1] not in "وفبل" and not any(
        e.tok_start <= k < e.tok_end for e in ents)


def _function_like(norm: str, fw: FunctionWords) -> bool:
    """True for a function word that may stand before a noun phrase (a preposition, a quantity, an adverb, a
    complementizer, a day): no construct's head."""
    return norm in fw.preposition or norm in fw.filler or norm in fw.number or norm in fw.adverb or \
        norm in fw.complementizer or norm in fw.pronoun_that or norm in fw.day or norm in fw.link or \
        any(norm[:-len(p)] in fw.preposition for p in ("ه", "ها", "هم") if norm.endswith(p))  # (عليه، منها)


def _named(g: Group) -> bool:
    """True if the phrase has a code or a sector (a bond noun's its owner's: `phrases._bond_owners`)."""
    return any(m.get("code") or m.get("sector") for m in g.mentions) or g.owner_sector is not None


def _governs(g: Group) -> bool:
    """True for a phrase naming the authorities: a government, ministry, head of state, security forces."""
    return any(m.get("sector") in ("GOV", "LEG", "JUD") for m in g.mentions)


def _lam_owner(after: list[Group], actor: Group | None) -> Group | None:
    """The first ل-phrase after the verb (مقر للشرطة, دورية للجيش), when it is not the actor."""
    for g in after[:3]:
        if g.prep == "ل" and g is not actor:
            return g
    return None


def _bi_owner(toks: list[Token], after: list[Group], actor: Group | None, tail_end: int,
              fw: FunctionWords) -> Group | None:
    """The phrase in بـ right after «خاصة» (function_words owned_bi) after the indefinite object within two words
    of the verb («استهدفوا نقطة خاصة بالمسلحين الحوثيين»): the object's owner, the target; None otherwise."""
    for g in after[:3]:
        k = g.start_tok - 1
        if g.prep == "ب" and g is not actor and tail_end < k <= tail_end + 2 and toks[k].norm in fw.owned_bi and \
                toks[k - 1].kind == "ar" and not toks[k - 1].norm.startswith(("ال", "و")) and \
                not _function_word(toks[k - 1].norm, fw):
            return g
    return None


def _cue_before(toks: list[Token], t: int, cues: dict[int, Mention], label: str, reach: int,
                trig_toks: set[int], stops: str) -> int | None:
    """The nearest cue of `label` within `reach` tokens before token t that governs it: no other trigger and
    no token of `stops` (sentence marks) between them; None when there is none."""
    k = next((j for j in range(t - 1, max(-1, t - reach - 1), -1) if (c := cues.get(j)) is not None
              and c.label == label), None)
    if k is None or any(k < j < t for j in trig_toks) or any(
            toks[j].text in stops and not _abbreviation(toks, j) for j in range(k + 1, t)):
        return None  # (the full stop of «د.» ends no sentence: «وقام وزير التعليم د. عزام الدخيل بزيارة»)
    return k


def _received_spelling(toks: list[Token], trig: Mention, entry: TriggerEntry, tail_end: int, after: list[Group],
                       cues: dict[int, Mention], groups: list[Group], starts: list[int], trig_toks: set[int],
                       fw: FunctionWords) -> tuple[Group | None, Group | None] | None:
    """For a perfect verb's spelling that is the indefinite object of a verb of receiving or undergoing (cues.tsv
    undergo: تلقت، لقي، واجهت) right before it or past that verb's subject alone («تلقت المملكة طلبا من مجموعة العمل
    المالي»، «المملكة سبق أن تلقت طلبا من …»): (the giver in من right after it, the receiver), the noun's actor and
    recipient; None when it is no such object or either party goes unnamed."""
    t = trig.tok_start
    if entry.pos != "verb" or trig.get("aspect") != "perfect" or trig.get("prefix") or trig.get("object_pronoun"):
        return None
    k = _cue_before(toks, t, cues, "undergo", 10, trig_toks, ".؟?!؛;")
    if k is None:
        return None
    between = [g for g in groups[bisect_left(starts, cues[k].tok_end):bisect_left(starts, t)] if g.end_tok <= t]
    if len(between) > 1 or between and between[0].prep:
        return None
    covered = set(range(between[0].start_tok, between[0].end_tok)) if between else set()
    loose = [j for j in range(cues[k].tok_end, t) if j not in covered and toks[j].text not in ",،"]
    if loose and (between or len(loose) > 3 or any(toks[j].kind != "ar" for j in loose)):
        return None  # (a subject the lexicons lack, «تلقت الأسر طلبا»: up to three words of its own)
    receiver = _undergoer(toks, t, cues, groups, starts, trig_toks) or None
    giver = next((g for g in after if _from_phrase(toks, g, fw) and g.start_tok - tail_end <= 3 and not any(
        toks[j].text in _CLAUSE_BREAKS for j in range(tail_end, g.start_tok))
        and not (receiver is not None and _same_words(toks, g, receiver))), None)
    return (giver, receiver) if giver is not None and receiver is not None else None


def _from_phrase(toks: list[Token], g: Group, fw: FunctionWords) -> bool:
    """True for a phrase in من, also past the honorifics the phrase leaves out («من جلالة الملك عبدالله الثاني»، «من
    صاحب السمو الشيخ سيف بن زايد»)."""
    k = g.start_tok
    if g.prep:
        return g.prep == "من"
    j = k
    while j > 0 and k - j < 4 and (toks[j - 1].norm in fw.honorific or toks[j - 1].norm in fw.rank):
        j -= 1  # (صاحب السمو الملكي، معالي، صاحب السمو الشيخ)
    return j < k and j > 0 and toks[j - 1].norm == "من"


_GIVEN = ("AID", "SUPPORT")  # what one side gives another: who asks for it or needs it is its receiver


def _undergoer(toks: list[Token], t: int, cues: dict[int, Mention], groups: list[Group], starts: list[int],
               trig_toks: set[int], given: bool = False) -> Group | bool | None:
    """For an event noun governed by a verb of undergoing (تعرض لـ، نجا من، لقي حتفه، تلقى), receiving (تلقيهم) or
    obtaining in على right before it (حصل على) before it; for a thing given (`given`: aid, support), also a verb of
    asking or needing (cues.tsv want, need: طلبت اليونان قرضا، تحتاج إلى مساعدات), whose subject would receive it:
    the subject of that verb (after it, VSO: تعرضت الوزيرة، فلانة، لمحاولة اغتيال; or before it: القوات تعرضت لهجوم), False
    when it has none, None when no such verb governs the noun. Commas do not end the search: the subject's
    apposition (الوزيرة، فلانة،) often stands between the verb and the event noun."""
    k = _cue_before(toks, t, cues, "undergo", 22, trig_toks, ".؟?!؛;")
    if k is None:  # بعد تلقيهم تهديدات: the verbal noun of receiving governs its object right after it
        k = _cue_before(toks, t, cues, "receive", 3, trig_toks, ".؟?!؛;,،")
    if k is None and t > 0 and toks[t - 1].norm == "علي":
        # حصلت اليونان على قرض من الاتحاد الأوروبي، الحصول على مساعدات: the subject obtains, «من X» gives
        k = _cue_before(toks, t, cues, "obtain", 12, trig_toks, ".؟?!؛;,،")
    if k is None and given:  # طلبت اليونان قرضا من صندوق النقد، تحتاج اليونان إلى مساعدات: the one who asks or needs
        k = _cue_before(toks, t, cues, "want", 8, trig_toks, ".؟?!؛;,،")
        if k is None:
            k = _cue_before(toks, t, cues, "need", 8, trig_toks, ".؟?!؛;,،")
    if k is None:
        return None
    lo, hi = bisect_left(starts, k + 1), bisect_left(starts, t)
    vso = next((g for g in groups[lo:hi] if not g.prep), None)
    if vso is not None:
        return vso
    if k >= 1 and (rel := cues.get(k - 1)) is not None and rel.label == "relative" and rel.tok_end == k and \
            cues[k].tok_end == t:
        # «غارات … على القاعدة العسكرية التي تخضع لحصار»: after a relative pronoun the phrase it follows underwent
        # the act right after the verb, in a preposition too (not the subject of the clause before); past a place in
        # في or بـ, the phrase it tells of («ناشطات حقوق الإنسان في إيران التي تعرضت للاعتقال»)
        j = bisect_left(starts, rel.tok_start) - 1
        if j < 0 or not 0 <= rel.tok_start - groups[j].end_tok <= 2 or toks[rel.tok_start].norm[:1] == "و" or any(
                toks[i].kind == "punct" for i in range(groups[j].end_tok, rel.tok_start)):
            return False  # (not past a comma nor «والتي», whose phrase may be far back: «المبادرات … وحل النزاع
            # العربي الإسرائيلي, والتي لقيت موافقة»)
        if j >= 1 and groups[j].prep in ("في", "ب") and _place(groups[j]) and \
                0 <= groups[j].start_tok - groups[j - 1].end_tok <= 3:
            j -= 1
        return groups[j]
    start = _clause_start(toks, k)
    svo = [g for g in groups[bisect_left(starts, max(start, k - 7)):bisect_left(starts, k)]
           if g.end_tok <= k and not g.prep and not _lam_apart(toks, g)]
    return svo[-1] if svo else False


def _lam_apart(toks: list[Token], g: Group) -> bool:
    """True for a phrase after a لـ written apart, past a quotation mark («وقال قائد المقاومة لـ"الرياض" إنهم تعرضوا
    لهجمات»): the paper or the party told, in لـ though the phrase has no clitic."""
    k = g.start_tok - 1
    if k >= 0 and toks[k].kind == "punct" and toks[k].text in _OPEN_QUOTES:
        k -= 1
    return k >= 0 and toks[k].norm in ("ل", "لـ")



_WITH_PARTIES = {"CONSULT", "COOPERATE"}  # acts done with someone (مع): a subject of two is actor and partner (an
# agreement reached by two stays theirs together: توصلت الولايات المتحدة وروسيا إلى اتفاق)
_MUTUAL = {"ASSAULT", "CONSULT"}  # events told of two sides with بين (clashes, talks)


def _sides(after: list[Group], toks: list[Token], cues: dict[int, Mention], fw: FunctionWords,
           groups: list[Group] = ()) -> tuple[Group, Group] | None:
    """The two sides of «بين X وY» after an event noun: the first phrase after بين and the one conjoined to it; with
    «من جهة» (cues.tsv side) after X and its conjuncts, the phrase of the sentence's `groups` joined by و after it
    (past a comma, which ends the words read after the noun)."""
    g = next((g for g in after if g.prep == "بين"), None)
    if g is None or _town(g):
        return None  # (الطريق الرابط بين كركوك وأربيل: towns are where, not sides)
    end = _conj_end(g)
    i = after.index(g)
    patron = _patron_after(toks, g, end, after[i + 1:i + 2], fw)
    if patron is not None:  # بين المقاومة الشعبية المؤيدة للرئيس هادي من جهة، والحوثيين: past whom the side backs
        end = patron.end_tok
    side = next((c for k in range(end, min(len(toks), end + 5)) if (c := cues.get(k)) is not None
                 and c.label == "side"), None)
    if side is not None and not any(toks[k].kind == "punct" and toks[k].text not in ",،" for k in range(end, side.tok_start)):
        # بين المقاومة، من جهة والمسلحين الحوثيين، بين قوات النظام والمسلحين الموالين لها من جهة، والفصائل
        h = next((h for h in groups or after if h.start_tok >= side.tok_end), None)
        # (past a head noun the lexicons lack, joined by و: من جهة، والفصائل المعارضة)
        lead = h.start_tok - 1 if h is not None and h.start_tok - 1 >= side.tok_end and \
            toks[h.start_tok - 1].kind == "ar" and toks[h.start_tok - 1].norm.startswith("و") else None
        if h is not None and h.start_tok - side.tok_end <= 2 and _named(h) and \
                all(toks[k].text in ",،" or toks[k].norm == "و" or k == lead for k in range(side.tok_end, h.start_tok)) \
                and (toks[h.start_tok].norm.startswith("و") or lead is not None or any(
                    toks[k].norm == "و" for k in range(side.tok_end, h.start_tok))):
            return g, h
    if g.conj:
        return g, g.conj[0]
    # the first side may carry words of its own (بين المقاومة المسنودة من الجيش الوطني وميليشيات الحوثي): the next
    # phrase joined by و, before any punctuation, is the other side
    for h in after[i + 1:i + 4 + 2 * (patron is not None)]:
        if h is patron:
            continue  # (whom the side backs is neither side, nor are the words told of it: «بين القوات الموالية
            # لحكومة هادي اللاجئ في السعودية والحوثيين»)
        if any(toks[k].kind == "punct" for k in range(g.end_tok, h.start_tok)) or h.start_tok - g.end_tok > 8:
            return None
        if (h.prep == "conj" or not h.prep and h.mentions and h.mentions[0].tok_start == h.start_tok
                and h.mentions[0].get("prefix")[:1] == "و") and _named(h):
            return g, h  # (past a word the lexicons lack: بين المقاومة الشعبية الموالية للشرعية والميليشيات الحوثية)
    return None


def _backing_word(w: str, fw: FunctionWords) -> bool:
    """True for a definite adjective of allegiance or stance toward a party in لـ after it (function_words affiliated,
    stance: الموالية، التابعة، المؤيدة، المناهضة)."""
    return w in fw.affiliated or w in fw.stance


def _relative_prep_pronoun(toks: list[Token], t: int, tail_end: int, g: Group, entry: TriggerEntry,
                           fw: FunctionWords) -> bool:
    """True for a verb right after a relative pronoun that follows phrase g, with the verb's own preposition and an
    object pronoun right after it («الشابان اللذان حكم عليهما بالسجن»، «الرجل الذي قبض عليه»): the pronoun is g, the
    one the act befell."""
    if t < 1 or g.end_tok != t - 1 or tail_end >= len(toks) or tail_end != t + 1:
        return False
    pronoun = _RELATIVE_PRONOUNS.get(strip_wa(toks[t - 1].norm))
    verb = toks[t]
    if pronoun is None or verb.norm != entry.lemma or verb.norm.endswith("ي") and not verb.text.endswith("ي") or \
            any(m.get("sector") == "JUD" for m in g.mentions):
        return False  # (the bare perfect alone may be passive: «الذين اعتدوا عليه»، «الذي اعتدى عليه» are active; a
        # judge is the one who sentences: «القاضي الذي حكم عليه»)
    w = toks[tail_end].norm
    return any(p not in ("obj", "-") and w == p + pronoun for p in entry.prep)


_RELATIVE_PRONOUNS = {"الذي": "ه", "التي": "ها", "اللذان": "هما", "اللذين": "هما", "اللتان": "هما", "اللتين": "هما",
                      "الذين": "هم", "اللواتي": "هن", "اللاتي": "هن"}  # each with the object pronoun agreeing with it


def _repelled(toks: list[Token], t: int, subj: Group | None, fw: FunctionWords) -> str:
    """"repel" or "foil" for an attack noun at token t right after a word of repelling or foiling (function_words
    repel: «صدها هجوما»، «تصدت لهجوم»; foil: «أحبطت هجوما») or right after the subject `subj` that such a verb opens
    the clause with («صدت المقاومة هجوما», its conjuncts and a day between), past a noun of attempt («أحبطت الشرطة
    محاولة هجوم»); "" otherwise."""
    at = t - 1 if t >= 2 and toks[t - 1].norm in fw.attempt_noun else t  # («أحبطت الشرطة محاولة هجوم»)
    for k in (at - 1, subj.start_tok - 1 if subj is not None and _conj_end(subj) <= at and all(
            _when_word(toks, j, fw) for j in range(_conj_end(subj), at)) else -1):
        # (the subject with its conjuncts, a day at most after it: «صد الجيش الوطني والمقاومة الشعبية اليمنية أمس
        # هجومًا لمتمردي الجيش»)
        if k >= 0:
            w = strip_wa(toks[k].norm)
            if _short_wa(w, fw.repel):
                w = w[1:]  # (وصد)
            if w in fw.repel:
                return "repel"
            if w in fw.foil:
                return "foil"
    return ""


def _suppressed(toks: list[Token], t: int, subj: Group, starts: list[int], fw: FunctionWords) -> bool:
    """True for a protest noun at token t right after the subject `subj` of a verb of putting down that opens the
    clause (function_words suppress: «فرقت قوات الأمن المظاهرة»، «قمعت الشرطة أمس الاعتصام»), its conjuncts and a
    day between; the subject put the protest down. So for one right after such a verb that follows the phrase («أن
    قوات الأمن التي انتشرت بأعداد كبيرة فرقت المظاهرة»)."""
    if t >= 2 and subj.end_tok < t and _suppress_word(toks[t - 1].norm, fw):
        # (with no other phrase nor a clause's mark between: «وقام عدد آخر من المواطنين بتنظيم مظاهرة …، وقامت قوات
        # الأمن بتفريق التظاهرة» — the citizens marched)
        return not any(toks[k].text in _CLAUSE_PUNCT for k in range(subj.end_tok, t - 1)) and \
            bisect_left(starts, subj.end_tok) == bisect_left(starts, t - 1)
    if _conj_end(subj) > t or not all(_when_word(toks, j, fw) for j in range(_conj_end(subj), t)) or \
            subj.start_tok < 1:
        return False
    return _suppress_word(toks[subj.start_tok - 1].norm, fw)


def _suppress_word(w: str, fw: FunctionWords) -> bool:
    """True for a word of putting down (function_words suppress), bare or with و، ف، ب (فرقت، وقمعت، بتفريق)."""
    return w in fw.suppress or w[:1] in ("و", "ف", "ب") and w[1:] in fw.suppress


def _relative_head(toks: list[Token], g: Group, groups: list[Group], starts: list[int],
                   fw: FunctionWords) -> Group | None:
    """The bare phrase right before the relative pronoun whose clause's imperfect verb phrase g directly follows, its
    object («التحالف العربي | الذي يقاتل | قوات الحوثي»): the head the clause tells of; None if there is none."""
    k = g.start_tok - 2
    if g.prep or k < 1 or strip_wa(toks[k].norm) not in fw.relative_clause or toks[k + 1].kind != "ar" or \
            toks[k + 1].norm[:1] not in ("ي", "ت"):
        return None
    j = bisect_left(starts, k) - 1
    return groups[j] if j >= 0 and groups[j].end_tok == k and not groups[j].prep else None


def _backed(toks: list[Token], g: Group, fw: FunctionWords) -> bool:
    """True for a phrase in لـ right after a word of allegiance or stance (`_backing_word`, with
    or without the article: «قوات موالية للرئيس اليمني»، «المقاومة المؤيدة لهادي»): whom a party backs, no victim."""
    if g.prep != "ل" or g.start_tok < 1 or toks[g.start_tok - 1].kind != "ar":
        return False
    w = toks[g.start_tok - 1].norm  # (not in و: «والموالين للحكومة» are a party of their own, whom the state names)
    return _backing_word(w, fw) or _backing_word("ال" + w, fw)


def _patron_after(toks: list[Token], g: Group, end: int, nxt: list[Group], fw: FunctionWords) -> Group | None:
    """The phrase in لـ right past a side of «بين» and one adjective of stance (`_backing_word`: «المقاومة الشعبية
    المؤيدة للرئيس هادي»، «القوات الموالية لصالح»): whom the side backs or opposes, neither side; None if there is
    none."""
    if not nxt or end >= len(toks) or toks[end].kind != "ar" or not _backing_word(toks[end].norm, fw):
        return None  # (a word of allegiance in و is a side of its own: «بين المتمردين والموالين للحكومة»)
    h = nxt[0]
    return h if h.prep == "ل" and h.start_tok == end + 1 and not h.conj else None


def _place(g: Group) -> bool:
    """True for a phrase that only names a place (a city, a capital, a country)."""
    return all(m.kind == "actor" and m.get("type") in _SITE_TYPES for m in g.mentions)


def _no_sites(toks: list[Token], parties: list[Group], entry: TriggerEntry,
              cues: dict[int, Mention]) -> list[Group]:
    """The parties less a phrase that only names a place standing in a locative preposition (في، بـ، داخل، قرب، عند)
    the trigger does not govern, and its conjuncts: «قتل 15 شخصا في هجوم بشاحنة مفخخة في العاصمة كابل»، «دمر كنوزا
    أثرية في العراق» — the place is where it happened (the event's location), no party. A place hit as the object or
    after على stays (قصفت الطائرات غزة، الغارات على اليمن); so does one in the trigger's own preposition (توغل في).
    A place after «في العاصمة الأفغانية» is one too (_capital_named), and so is the seat of a body named right after
    «ومقره» (cues.tsv seat: «المؤتمر الوطني ومقره العاصمة الليبية قاطعوا الاجتماع», a capital standing for its state).
    A town in the بـ of a meeting is where it met, no partner, though the meeting governs بـ (في ختام اجتماعها
    بالقاهرة; a visit's town stays where it goes)."""
    if not parties or entry.event == "PROTEST":
        return parties  # (a protest in a country is against its state: في مدن جنوب باكستان → PAK)
    out, dropped = [], []
    for g in parties:
        if _place(g) and (g.prep in _LOCATIVE_PREPS and g.prep not in entry.prep or
                          not g.prep and _capital_named(toks, g.start_tok)) or \
                not g.prep and _seat(cues, g.start_tok) or any(g in d.conj for d in dropped) or \
                g.prep == "ب" and entry.event == "CONSULT" and entry.mode != "visit" and _city(g):
            dropped.append(g)
        else:
            out.append(g)
    return out if dropped else parties


def _seat(cues: dict[int, Mention], k: int) -> bool:
    """True where the phrase at token k comes right after a word of a body's seat (cues.tsv seat: ومقره، مقرها)."""
    return k > 0 and (c := cues.get(k - 1)) is not None and c.label == "seat"


def _capital_named(toks: list[Token], k: int) -> bool:
    """True where the name at token k follows a place noun in a locative preposition and its nisba adjectives (في
    العاصمة الأفغانية كابول، بالعاصمة الإثيوبية أديس أبابا): the place is named where the act happened."""
    j = k - 1
    while j >= k - 2 and j > 0 and nisba_shaped(toks[j].norm):
        j -= 1  # (the nisba adjectives: الأفغانية، الإثيوبية)
    if j == k - 1 or j < 1:
        return False
    w = strip_wa(toks[j].norm)
    if w.startswith("بال"):
        return w[3:] in _place_nouns() or w[1:] in _place_nouns()
    return w.startswith("ال") and (w in _place_nouns() or w[2:] in _place_nouns()) and \
        strip_wa(toks[j - 1].norm) in _LOCATIVE_PREPS


def _state(g: Group) -> bool:
    """True for a phrase that only names a country or its capital, standing for its state (ضبط المنامة لخلية)."""
    return all(m.kind == "actor" and m.get("type") in ("country", "capital") for m in g.mentions)


def _city(g: Group) -> bool:
    """True for a phrase that only names a city, a capital or a region, not a country (مفاوضات إيران: Iran
    negotiates; مفاوضات جنيف: they meet in Geneva)."""
    return all(m.kind == "actor" and m.get("type") in ("place", "capital") for m in g.mentions)


def _manner_helper(toks: list[Token], tail_end: int, after: list[Group], fw: FunctionWords) -> Group | None:
    """Who gives the support told as the manner of another act (بدعم جوي من التحالف، بإسناد من طيران التحالف): the
    phrase after من, past one adjective (جوي، عسكري)."""
    for g in after[:2]:
        gap = g.start_tok - tail_end
        if g.prep == "من" and gap <= 2:  # (not a genitive: «طالب بدعم الشعب اليمني», the people are helped)
            if all(toks[k].kind == "ar" and toks[k].norm not in fw.preposition for k in range(tail_end, g.start_tok - 1)):
                return g
    return None


def _light_doer(toks: list[Token], tail_end: int, entry: TriggerEntry, after: list[Group], cues: dict[int, Mention],
                trig_toks: set[int], starts: list[int], fw: FunctionWords) -> tuple[list[Group], list[Group]] | None:
    """For a verbal noun spelled as a perfect (قصفا) followed, past its adjectives, by a light verb that resumes it
    (قصفا عنيفا شنه الحوثيون على الأحياء): (the light verb's subject, the phrase in على/ضد right after it), as the
    event noun's own reading gives them; None where no light verb with a subject follows."""
    lv = _adjectives_end(toks, tail_end, cues, trig_toks, starts, fw)
    if lv >= len(toks) or not ((c := cues.get(lv)) is not None and c.label == "light_verb"
                               or entry.event == "ASSAULT" and _resumptive_verb(toks, lv, cues, fw)):
        return None
    bi = lv + 1 < len(toks) and toks[lv + 1].norm in fw.resumptive_bi
    if not (bi or toks[lv].norm.endswith(("ه", "ها"))) or toks[lv].norm[:1] in ("و", "ف") and not bi:
        return None  # (a light verb that resumes the act, شنه، قامت بها; not the next act: ألقى القنبلة وقام أشخاص)
    k = lv + 1 + bi
    doer = next((g for g in after if k <= g.start_tok and not g.prep and (
        _only_fillers(toks, k, g.start_tok, fw) or _unknown_head(toks, k, g) or _construct_head(toks, k, g, cues, fw))),
        None)
    if doer is None:
        return None
    end = _conj_end(doer)
    target = next((g for g in after if g.start_tok >= end and g.prep in ("علي", "على", "ضد") and g.start_tok - end <= 2),
                  None)
    return _with_conj(doer), _with_conj(target)


def _manner_source(toks: list[Token], tail_end: int, groups: list[Group], starts: list[int], trig_toks: set[int],
                   fw: FunctionWords) -> tuple[Group | None] | None:
    """For a help noun in بـ followed, past at most two adjectives, by من (بدعم من، بدعم جوي من، بدعم محدود من جانب):
    (the phrase that gives the help, the first within four words past من with no mark between, or None); None where
    no من follows."""
    m = next((k for k in range(tail_end, min(tail_end + 3, len(toks))) if toks[k].norm == "من"), None)
    if m is None or any(toks[k].kind != "ar" or toks[k].norm in fw.preposition for k in range(tail_end, m)):
        return None
    for g in groups[bisect_left(starts, m):bisect_left(starts, m + 5)]:
        if any(toks[k].text in _CLAUSE_PUNCT or k in trig_toks and k > m + 1 for k in range(m + 1, g.start_tok)):
            break
        return (g,)
    return (None,)


def _first_person(toks: list[Token], trig: Mention) -> bool:
    """True for an imperfect verb in the first person (ندعم، سنواصل، أدعم): its subject is the speaker."""
    if trig.get("aspect") != "imperfect":
        return False
    w = toks[trig.tok_start].norm[len(trig.get("prefix")):]
    if trig.get("future") and w.startswith("س"):
        w = w[1:]
    return w[:1] in ("ن", "ا")


def _report_subject(toks: list[Token], t: int, groups: list[Group], starts: list[int],
                    cues: dict[int, Mention], reach: int = 25, sources: frozenset[str] = frozenset()) -> Group | None:
    """The subject of the nearest verb of saying before token t in its sentence, within `reach` words (قال كيري إن
    … ولكننا ندعم); a word of source in `sources` (function_words per_source: حسب وكالة الانباء) is passed over, its
    outlet tells the report and never does the act."""
    for k in range(t - 1, max(-1, t - reach), -1):
        c = cues.get(k)
        if c is not None and c.label == "report" and toks[k].norm not in sources:
            j = bisect_left(starts, c.tok_end)
            if j < len(groups) and groups[j].start_tok <= c.tok_end + 3 and groups[j].end_tok <= t \
                    and not groups[j].prep:
                return groups[j]
            return None
    return None


def _going_on_speaker(toks: list[Token], t: int, groups: list[Group], starts: list[int], cues: dict[int, Mention],
                      fw: FunctionWords) -> Group | None:
    """For a verb at token t after و: the subject right after a verb of saying before it in the sentence, when what
    was said (after أن/إن or على) ends in a comma before the verb and the two verbs agree (وأكد الوزير أن الوضع مستقر،
    ودعا إلى الهدوء; أكد رئيس الصندوق على أهمية دوره، وأشاد بما قدمه)."""
    if t < 1 or toks[t - 1].text not in ",،":
        return None
    for k in range(t - 2, max(-1, t - 30), -1):
        if toks[k].text in ".؟?!؛;:«»\"":
            return None
        c = cues.get(k)
        if c is None or c.label != "report":
            continue
        j = bisect_left(starts, c.tok_end)
        g = groups[j] if j < len(groups) else None
        if g is None or g.start_tok != c.tok_end or g.prep or g.end_tok >= t - 1:
            return None
        # what was said opens within a few words after the subject (its genitives: رئيس مجلس إدارة الصندوق على)
        opens = next((j for j in range(g.end_tok, min(g.end_tok + 7, t - 1))
                      if strip_wa(toks[j].norm) in fw.complementizer or strip_wa(toks[j].norm) in fw.pronoun_that
                      or toks[j].norm == "علي"), None)
        if opens is None or any(toks[i].kind != "ar" for i in range(g.end_tok, opens)):
            return None
        if any(not h.prep for h in groups[bisect_left(starts, opens):bisect_left(starts, t)]):
            return None  # (ذكرت الصحيفة أن قوات الأمن شرعت في عمليات …، واعتقلت: a subject inside what was said)
        return g if _same_person(_verb_person(toks[k].norm), _verb_person(toks[t].norm), toks[g.start_tok].norm, fw) \
            else None
    return None


def _carrier_subject(toks: list[Token], trig: Mention, groups: list[Group], starts: list[int], trig_toks: set[int],
                     fw: FunctionWords, verbs: frozenset[str] | None = None) -> Group | None:
    """The subject right after a verb of going on, stepping up or managing (function_words.tsv go_on: واصلت، كثفت،
    تمكنت) before the trigger in its sentence: for an event noun it governs, past only time words, a comma and its
    preposition («واصلت مقاتلات حربية تركية أمس، هجومها»، «تمكنت شرطة محافظة الطائف من القبض»); for a verb with و
    of the same person past a comma, which goes on from it («كثفت طائرات التحالف العربي … غاراتها على محيط القاعدة،
    وقصفت تجمعات المتمردين»), or past a comma and a lead-in that carries it on («فواصلت المقاومة الشعبية أمس تنفيذ
    عملياتها، حيث استهدفت»). None when no such verb, or no subject of its own, or a quote, أن/إن or another
    trigger stands between. `verbs`, when given, are the verbs looked for instead (for an event noun only)."""
    t = trig.tok_start
    verb = trig.get("pos") == "verb"
    verbs = fw.go_on if verbs is None else verbs
    lead = verb and trig.get("prefix")[:1] != "و" and _lead_in_carries(toks, t, fw)  # (…، حيث استهدفت)
    if verb and (trig.get("prefix")[:1] != "و" and not lead or verbs is not fw.go_on):
        return None
    k = next((j for j in range(t - 1, max(-1, t - 30), -1)
              if toks[j].kind == "ar" and (toks[j].norm in verbs or strip_wa(toks[j].norm) in verbs)), None)
    if k is None or any(k < j < t for j in trig_toks) or any(
            toks[j].text in ".؟?!؛;:" or strip_wa(toks[j].norm) in fw.complementizer for j in range(k + 1, t)):
        return None
    # (past a plural of men heading the unit named: تمكن رجال القوة الخاصة لأمن الطرق)
    men = k + 2 < t and toks[k + 1].kind == "ar" and toks[k + 1].norm in fw.people_plural and not _starts_at(starts, k + 1)
    i = bisect_left(starts, k + 1 + men)
    g = groups[i] if i < len(groups) else None
    if g is None or g.start_tok != k + 1 + men or g.prep or _conj_end(g) > t:
        return None
    # (a name in quotes and the relative clause that describes the subject, up to its comma, are the subject's own:
    # «وتمكن مقاتلو "المقاومة الشعبية" التي تضم الفصائل الموالية لحكومة …، الأسبوع الماضي من السيطرة على مطار عدن»)
    rel = _quoted_relative_end(toks, _conj_end(g), t, fw)
    if any(toks[j].text in "«»\"“”" for j in range(rel or k + 1, t)) or rel is None and t - k > (30 if verb else 16):
        return None
    if verb:
        return g if toks[t - 1 - lead].text in ",،" and _same_person(
            _verb_person(toks[k].norm), _verb_person(toks[t].norm), toks[g.start_tok].norm, fw) else None
    # past the subject's own words the phrase reader splits off, no more than four (مقاتلات حربية تركية، شرطة محافظة
    # الطائف; none with و or a بـ/لـ complement, which open another clause or complement), then only time words and
    # commas, and the noun's own preposition right before it (of a verb of going on only: a state that announces
    # its need of aid, «أعلنت الحكومة اليمنية حاجتها إلى مساعدات», is no giver)
    e = rel or _conj_end(g)
    j = e
    while j < t and j - e < 4 and toks[j].kind == "ar" and toks[j].norm[:1] not in "وبل" and \
            toks[j].norm not in fw.adverb and toks[j].norm not in fw.day and toks[j].norm not in fw.preposition:
        j += 1
    while j < t and (toks[j].text in ",،" or toks[j].norm in fw.adverb or toks[j].norm in fw.day):
        j += 1
    j += verbs is fw.go_on and j < t and toks[j].norm in fw.preposition
    j += verbs is fw.announce and j < t and toks[j].norm == _ABOUT  # (أعلنت الوزارة عن تخفيف القيود)
    return g if j == t or verbs is fw.go_on and _past_adjunct_phrases(toks, e, t, groups, starts, fw) else None


def _quoted_relative_end(toks: list[Token], e: int, t: int, fw: FunctionWords) -> int | None:
    """Token index just past the closing quote of a subject's quoted name (at e) and the relative clause after it up
    to its comma («مقاتلو "المقاومة الشعبية" التي تضم الفصائل الموالية لحكومة …،»), before the trigger at t; None
    when neither follows the subject, or when the relative clause reaches no comma in twenty words."""
    j = e + (e < t and toks[e].text in "»\"”")
    if j < t and toks[j].kind == "ar" and toks[j].norm in fw.relative_clause:
        j = next((c for c in range(j + 1, min(t, j + 20)) if toks[c].text in ",،"), None)
        return None if j is None or any(toks[c].text in "«»\"“”" for c in range(e + 1, j)) else j + 1
    return j if j > e else None


def _past_adjunct_phrases(toks: list[Token], j: int, t: int, groups: list[Group], starts: list[int],
                          fw: FunctionWords) -> bool:
    """True when from token j on only words of where or of whose unit, in no phrase of a party but one in a
    preposition, and one comma at most, stand before the preposition that governs the event noun at t (with at most
    one verbal noun of its own between them): what is told after the subject of a verb of managing, «تمكن رجال القوة
    الخاصة لأمن الطرق بمنطقة مكة المكرمة، من إلقاء القبض»; no more than ten words, and not that preposition itself."""
    p = next((k for k in (t - 1, t - 2) if k > j and toks[k].kind == "ar" and toks[k].norm in fw.preposition), None)
    if p is None or p - j > 10 or p == t - 2 and (toks[t - 1].kind != "ar" or _starts_at(starts, t - 1)):
        return False
    if sum(toks[k].text in ",،" for k in range(j, p)) > 1 or any(
            toks[k].kind != "ar" and toks[k].text not in ",،" or toks[k].norm == toks[p].norm for k in range(j, p)):
        return False  # (the verb's own preposition told before opens its complement there: «كي تتمكن حكومة الوفاق
        # المقترحة من العمل في جو خال من التهديدات»)
    return not any(not g.prep for g in groups[bisect_left(starts, j):bisect_left(starts, p)])


def _subjectless_carrier(toks: list[Token], trig: Mention, starts: list[int], trig_toks: set[int],
                         fw: FunctionWords) -> int | None:
    """Where a verb of going on or starting with و (function_words.tsv go_on: وبدأت، وواصلت) stands right before the
    event noun at the trigger, or past one or two words of no phrase (وبدأت حملة قصف), with no subject of its own;
    None otherwise."""
    t = trig.tok_start
    k = next((j for j in range(t - 1, max(-1, t - 4), -1) if toks[j].kind == "ar" and toks[j].norm[:1] == "و"
              and strip_wa(toks[j].norm) in fw.go_on), None)
    if k is None or any(k < j < t for j in trig_toks) or any(
            toks[j].kind != "ar" or _starts_at(starts, j) for j in range(k + 1, t)):
        return None
    return k


def _target_past_lam(toks: list[Token], trig: Mention, lam: Group, groups: list[Group], starts: list[int],
                     fw: FunctionWords) -> Group | bool | None:
    """For an attack noun whose party in لـ follows it, past its adjectives only (قصف مكثف للحوثيين), with على or ضد
    right after that party and its conjuncts («على إحدى قرى المنطقة»، «على الأحياء السكنية»): the party hit in على,
    or True where على names no party; None when the لـ party is not so followed."""
    tail_end = tail_end_of(trig)
    if lam.prep != "ل" or not 0 <= lam.start_tok - tail_end <= 2 or any(
            toks[j].kind != "ar" or toks[j].norm[:1] in "وبل" or toks[j].norm in fw.preposition
            for j in range(tail_end, lam.start_tok)):
        return None
    e = _conj_end(lam)
    if e >= len(toks) or strip_wa(toks[e].norm) not in ("علي", "ضد"):
        return None
    i = bisect_left(starts, e + 1)
    g = groups[i] if i < len(groups) else None
    return g if g is not None and g.start_tok <= e + 3 and not any(
        toks[j].kind == "punct" for j in range(e + 1, g.start_tok)) else True


def _aid_sender(toks: list[Token], trig: Mention, cues: dict[int, Mention], groups: list[Group], starts: list[int],
                trig_toks: set[int], fw: FunctionWords) -> Group | None:
    """For an aid noun with no preposition that a verbal noun of sending in بـ (function_words.tsv send_noun or
    deliver: بتسيير، بإرسال) governs, past up to four words of what carries it (سبع شاحنات تحمل), after a light verb:
    the light verb's subject, right after it («قام مركز الملك سلمان للإغاثة … أمس، بتسيير سبع شاحنات تحمل مساعدات»); None
    otherwise."""
    t = trig.tok_start
    if trig.get("prefix") or toks[t].norm.startswith("ال"):
        return None
    k = next((j for j in range(t - 1, max(-1, t - 6), -1) if toks[j].kind == "ar" and toks[j].norm[:1] == "ب"
              and (toks[j].norm[1:] in fw.send_noun or toks[j].norm[1:] in fw.deliver)), None)
    if k is None or any(toks[j].kind != "ar" or j in trig_toks or toks[j].norm in fw.preposition
                        for j in range(k + 1, t)):
        return None
    return _light_opener(toks, k, cues, groups, starts)


def _light_opener(toks: list[Token], k: int, cues: dict[int, Mention], groups: list[Group],
                  starts: list[int]) -> Group | None:
    """The subject right after the light verb before token k in its sentence (شنت مقاتلات تركية …), no preposition
    on it; None when there is none."""
    j = _cue_before(toks, k, cues, "light_verb", 25, set(), ".؟?!؛;:«»")
    if j is None:
        return None
    i = bisect_left(starts, cues[j].tok_end)
    g = groups[i] if i < len(groups) else None
    return g if g is not None and g.start_tok == cues[j].tok_end and not g.prep and g.end_tok <= k else None


def _opener(toks: list[Token], fw: FunctionWords) -> tuple[int, int] | None:
    """The verb that opens the sentence, past a lead-in كما and قد (كما سيطرت المقاومة …، وقد بدأ), and the token
    after it, past a comma (واطلع، مجلس الوزراء), where its subject starts: (verb, start); None where the word
    there is no perfect verb (a definite word, a preposition or function word, a word of no person)."""
    k = 1 + _lead_in_carries(toks, 1, fw)  # (كما سيطرت المقاومة على أربع دبابات للمسلحين، وحاصرت معسكرا)
    k += strip_wa(toks[k - 1].norm) == "قد"  # (وقد بدأ)
    if k >= len(toks):
        return None
    w = toks[k - 1]
    if w.kind != "ar" or _definite(w.norm) or strip_wa(w.norm) in fw.preposition or \
            _function_word(strip_wa(w.norm), fw) or not _verb_person(w.norm):
        return None
    return k - 1, k + (toks[k].text in ",،")


def _opening_light_subject(toks: list[Token], trig: Mention, groups: list[Group], starts: list[int],
                           cues: dict[int, Mention], fw: FunctionWords) -> Group | None:
    """For a bare indefinite event noun (اجتماعا): the subject right after the light verb that opens the sentence
    (وعقد الوزير الايراني …; عقد is a light noun too, a verb where it opens the sentence), when no other light verb and no sentence stop stands between; None otherwise."""
    t = trig.tok_start
    if trig.get("prefix") or _definite(toks[t].norm) or not toks[t].norm.endswith("ا") or \
            (opened := _opener(toks, fw)) is None:
        return None
    v, k = opened
    if (c := cues.get(v)) is None or c.label not in ("light_verb", "light_noun") or any(
            (d := cues.get(j)) is not None and d.label == "light_verb" or toks[j].text in ".؟?!؛;:«»"
            for j in range(v + 1, t)):
        return None
    j = bisect_left(starts, k)
    g = groups[j] if j < len(groups) else None
    return g if g is not None and g.start_tok == k and not g.prep and g.end_tok < t else None


def _opening_subject(toks: list[Token], t: int, groups: list[Group], starts: list[int], cues: dict[int, Mention],
                     trig_toks: set[int], fw: FunctionWords, event_opener: bool = False) -> Group | None:
    """For a verb at token t right after «، و»: the subject right after the verb that opens the sentence (وبدأ الجبير
    المؤتمر بالحديث بلسان ألماني، ورحب; وحققت قوات هادي المدعومة من التحالف، سلسلة انجازات، وطردت), when the two
    verbs agree and no event word, أن/إن, quote or colon stands between (a lead-in كما may open the sentence); with no
    comma, only a verb with no subject after it (وشدد المندوب الصيني على الحل السياسي … وطالب بعدم الانجراف); None
    otherwise. With `event_opener` (for a light verb at t), the opening verb may tell an event itself, and a light
    verb's event noun may stand between (قام وزير الدفاع الأميركي بزيارة إلى بغداد، أجرى خلالها مباحثات)."""
    if t < 4 or t > 40 or toks[t - 1].text not in ",،" and not _no_subject_after(toks, t + 1, fw):
        return None
    if (opened := _opener(toks, fw)) is None:
        return None
    v, k = opened
    w = toks[v]
    if v in trig_toks and not event_opener or _starts_at(starts, v) or \
            (c := cues.get(v)) is not None and c.label not in ("report", "light_verb"):
        return None  # (a light verb has its subject too: وشنت تركيا أولى هجماتها … وتعهدت)
    j = bisect_left(starts, k)
    g = groups[j] if j < len(groups) else None
    if g is None or g.start_tok != k or g.prep or _conj_end(g) >= t - 1:
        return None
    light = event_opener and (c := cues.get(k - 1)) is not None and c.label == "light_verb"
    if any(i in trig_toks and not light or toks[i].text in ".؟?!؛;:«»\"“”" or strip_wa(toks[i].norm) in
           fw.complementizer for i in range(_conj_end(g), t - 1)):
        return None
    return g if _same_person(_verb_person(w.norm), _verb_person(toks[t].norm), toks[g.start_tok].norm, fw) else None


def _clause_opener_subject(toks: list[Token], t: int, groups: list[Group], starts: list[int],
                           cues: dict[int, Mention], trig_toks: set[int], fw: FunctionWords) -> Group | None:
    """For a verb at token t with no subject, past «، و» or «، حيث/كما», that goes on from the clause before: the
    subject of the verb that opens that clause (at the sentence's start or past إن/أن), named before the verb (إن
    قوات الأمن دخلت جامعة الأنبار، واشتبكت مع مسلحي داعش) or after it past a count (وأوقف 4 مسلحين سيارة إسعاف،
    واختطفوا طاقمها؛ قامت المقاومة الشعبية بعملية نوعية …، حيث استهدفت عربتين), when the two verbs agree and no
    event word, quote, colon or other إن/أن stands between; None otherwise."""
    lead = t - 1 - _after_lead_in(toks, t)
    # (a semicolon before حيث goes on as a comma does: تنفذ القوات عمليات عسكرية في جبل سمامة؛ حيث استهدفت)
    if lead < 3 or toks[lead].text not in ",،" and not (toks[lead].text in "؛;" and lead < t - 1) or \
            toks[t].norm in fw.not_verb:
        return None
    if _verb_person(toks[t].norm) != "pl" and t + 1 < len(toks) and _definite(toks[t + 1].norm) and \
            strip_wa(toks[t + 1].norm).startswith("ال") and not _starts_at(starts, t + 1):
        return None  # (حيث استهدفت الفصائل المتطرفة: a subject of its own the lexicons lack; not a phrase in بـ or
        # لـ, never a subject: حيث أشاد بالإمكانات الاقتصادية)
    s = None
    between: list[int] = []  # (event words between: only the opener's object is let through, below)
    for j in range(lead - 1, max(-1, lead - 41), -1):
        w = strip_wa(toks[j].norm)
        if toks[j].text in ".؟?!؛;:«»\"“”":
            return None
        if j in trig_toks:
            between.append(j)
            continue
        if w in fw.complementizer and w not in fw.pronoun_that and not _function_word(toks[j + 1].norm, fw):
            s = j + 1
            break
    if s is None and lead <= 40:
        s = 0
    if s is None or s + 2 >= lead:
        return None
    s += strip_wa(toks[s].norm) == "قد"
    j = bisect_left(starts, s)
    first = groups[j] if j < len(groups) and groups[j].start_tok == s else None
    person = _verb_person(toks[t].norm)
    if first is not None:  # the subject before its verb: the verb agrees in full
        v = _conj_end(first)
        # (a light verb in the imperfect with ت agrees with a feminine verb after: القوات تنفذ عمليات …؛ حيث استهدفت)
        light_f = person == "f" and strip_wa(toks[v].norm)[:1] == "ت" and (c := cues.get(v)) is not None and \
            c.label == "light_verb"
        if first.prep or v >= lead or not _bare_verb(toks, v, cues, starts, trig_toks, fw, person=not light_f) or \
                _verb_person(toks[v].norm) != person and not light_f or not _light_object(between, v, v + 1, cues):
            return None
        return first
    if not _bare_verb(toks, s, cues, starts, trig_toks, fw):
        return None
    k = s + 1
    while k < min(lead, s + 4) and (toks[k].kind == "num" or toks[k].norm in fw.filler):
        k += 1
    j = bisect_left(starts, k)
    g = groups[j] if j < len(groups) and groups[j].start_tok == k else None
    if g is None or g.prep or _conj_end(g) >= lead or not _light_object(between, s, _conj_end(g), cues):
        return None
    return g if _same_person(_verb_person(toks[s].norm), person, toks[g.start_tok].norm, fw) else None


def _light_object(between: list[int], v: int, k: int, cues: dict[int, Mention]) -> bool:
    """True if no event word stands at the tokens `between`, or only one, the object of a light verb at token v
    within three words past token k (تنفذ القوات منذ يومين عمليات عسكرية، قامت المقاومة بهجوم): the operation the
    clause after حيث tells of."""
    return not between or len(between) == 1 and (c := cues.get(v)) is not None and c.label == "light_verb" and \
        k <= between[0] <= k + 3


def _unit_owner(toks: list[Token], g: Group, groups: list[Group], starts: list[int]) -> Group:
    """For a force or craft with no country (مقاتلات، قوة، دبابات: one agent of the military or police, no code),
    the body with a country it is told to be from right after it, past a model name (ثلاث مقاتلات إف-16 من سلاح الجو
    التركي، قوة من الشرطة البحرينية): that body names whose it is; else g itself."""
    if len(g.mentions) != 1 or g.mentions[0].kind != "agent" or g.mentions[0].label not in ("MIL", "COP") or \
            g.mentions[0].get("code"):
        return g
    k = g.end_tok
    while k < min(len(toks), g.end_tok + 4) and (toks[k].kind == "num" or toks[k].text == "-" or (
            toks[k].kind == "ar" and k + 1 < len(toks) and toks[k + 1].text == "-")):
        k += 1  # (a model name: إف-16، ميغ-29)
    if k + 1 >= len(toks) or toks[k].norm != "من":
        return g
    j = bisect_left(starts, k + 1)
    h = groups[j] if j < len(groups) else None
    if h is None or h.start_tok != k + 1 or not any(m.get("code") for m in h.mentions) or \
            not any(m.get("sector") in ("MIL", "COP") or m.label in ("MIL", "COP") for m in h.mentions):
        return g
    return h


def _describes_attack(toks: list[Token], noun: Mention, t: int, trig_nouns: frozenset[int], trig_toks: set[int],
                      fw: FunctionWords) -> bool:
    """True for a verb at token t that describes the indefinite attack noun in the accusative told a few words
    before it in its clause (شنت الجبهة هجوما في المنطقة الليلة الماضية استهدف مقاتلين): of the noun's gender, with
    no other event word, break, إن/أن or word of cause between."""
    if noun.label not in _LAM_DONE or noun.tok_start not in trig_nouns or not 0 < t - tail_end_of(noun) <= 8:
        return False
    if any(toks[k].text in _CLAUSE_BREAKS or k in trig_toks or strip_wa(toks[k].norm) in fw.complementizer
           or strip_wa(toks[k].norm) in fw.cause for k in range(tail_end_of(noun), t)):
        return False
    w = toks[noun.tok_start].norm.removesuffix("ا")
    return _verb_person(toks[t].norm) == ("f" if w.endswith(("ه", "ات")) else "m")


def _operation_launcher(toks: list[Token], t: int, groups: list[Group], starts: list[int], cues: dict[int, Mention],
                        trig_toks: set[int], fw: FunctionWords) -> Group | None:
    """For a feminine verb at token t that describes an operation noun (`act_noun`, feminine: عملية، عمليات) told a
    few words before it in the same clause: the subject of the light verb that launched the operation, named after
    it (شنت القوات التونسية عملية صباح الخميس في مدينة سجنان استهدفت، قامت المقاومة بعملية … استهدفت) or before it
    (وكانت القوات التونسية قد شنت عملية … استهدفت); None otherwise."""
    person = _verb_person(toks[t].norm)
    for k in range(t - 1, max(0, t - 12), -1):
        if (c := cues.get(k)) is not None and c.label == "light_verb" and k + 1 < t:
            return _attack_light_subject(toks, k, c, t, person, groups, starts, trig_toks, fw)
        if toks[k].text in _CLAUSE_BREAKS or k in trig_toks or toks[k].kind != "ar" or \
                strip_wa(toks[k].norm) in fw.complementizer or strip_wa(toks[k].norm) in fw.cause:
            return None
        if person != "f":
            continue
        w = strip_wa(toks[k].norm)
        w = w[1:] if w[:1] == "ب" and w[1:] in fw.act_noun else w  # (قامت المقاومة بعملية)
        if w not in fw.act_noun or not w.endswith(("ه", "ات")):
            continue
        if (c := cues.get(k - 1)) is not None and c.label == "light_verb":  # (القوات … قد شنت عملية)
            end = k - 1 - (k >= 2 and strip_wa(toks[k - 2].norm) == "قد")
            return next((g for g in groups if g.end_tok == end and not g.prep), None)
        g = next((g for g in groups if _conj_end(g) == k and not g.prep), None)  # (شنت القوات عملية)
        c = cues.get(g.start_tok - 1) if g is not None else None
        return g if c is not None and c.label == "light_verb" else None
    return None


def _attack_light_subject(toks: list[Token], k: int, c: Mention, t: int, person: str, groups: list[Group],
                          starts: list[int], trig_toks: set[int], fw: FunctionWords) -> Group | None:
    """For a verb at token t past a light verb at token k with the pronoun of an attack or operation noun right
    before it (في غارة شنها طيران التحالف على صنعاء استهدفت منزلا، هجوم نفذه مسلحون … استهدف): the light verb's
    subject, right after it, when the verb agrees with the pronoun (ها: feminine, ه: masculine); None otherwise."""
    w = toks[k].norm
    gender = "f" if w.endswith("ها") else "m" if w.endswith("ه") else ""
    if not gender or person != gender or k < 1:
        return None
    n = strip_wa(toks[k - 1].norm)
    if k - 1 not in trig_toks and n not in fw.act_noun and n[1:] not in fw.act_noun:
        return None  # (the noun the pronoun stands for, right before its light verb)
    j = bisect_left(starts, c.tok_end)
    g = groups[j] if j < len(groups) and groups[j].start_tok == c.tok_end else None
    return g if g is not None and not g.prep and _conj_end(g) < t else None


def _bare_verb(toks: list[Token], v: int, cues: dict[int, Mention], starts: list[int], trig_toks: set[int],
               fw: FunctionWords, person: bool = True) -> bool:
    """True for a word at token v that reads as a perfect verb telling no event itself (دخلت، أوقف، قامت: no
    article, no preposition or ب/ل attached, no function word, no phrase's start, no cue but a light verb); with
    `person` False, one whose spelling need not tell its person (تمكن after أنه)."""
    if v >= len(toks) or toks[v].kind != "ar" or v in trig_toks or _starts_at(starts, v):
        return False
    w = strip_wa(toks[v].norm)
    if _definite(w) or w[:1] in "بل" or not 3 <= len(w) <= 7 or _function_word(w, fw) or \
            toks[v].norm in fw.not_verb or _number(w, fw) or w in fw.filler:
        return False  # (nor a quantity word: جميع المسافرين)
    c = cues.get(v)
    return (c is None or c.label == "light_verb") and (not person or bool(_verb_person(toks[v].norm)))


def _body_of_named(toks: list[Token], k: int, groups: list[Group], fw: FunctionWords) -> Group | None:
    """The named party in ل right after one or two definite words of no phrase from token k (the body of it that
    speaks: «وقالت الأمانة العامة لهيئة كبار العلماء»، «وأكد الناطق الرسمي لوزارة الداخلية»): who speaks for
    it; None past anything else, or where ل is a word of its own (قال المصدر لـ«الشرق الأوسط»: whom he told)."""
    for end in (k + 1, k + 2):
        if end >= len(toks) or not all(toks[j].kind == "ar" and toks[j].norm.startswith("ال") and
                                       not _function_word(toks[j].norm, fw) for j in range(k, end)):
            return None
        g = next((g for g in groups if g.start_tok == end), None)
        if g is not None:
            return g if g.prep == "ل" and toks[end].norm.startswith("ل") and _coded(g) else None
    return None


def _speaker_after_quote(toks: list[Token], t: int, groups: list[Group], starts: list[int],
                         cues: dict[int, Mention]) -> Group | None:
    """For a first-person verb at token t inside a quotation that a verb of saying follows («نحن ندعم الحكومة»، قال
    الوزير): the subject right after that verb; None when the verb is not quoted so."""
    opened = next((k for k in range(t - 1, max(-1, t - 40), -1) if toks[k].text in _OPEN_QUOTES + _CLOSE_QUOTES), None)
    if opened is None or toks[opened].text not in _OPEN_QUOTES:
        return None
    close = next((k for k in range(t + 1, min(len(toks), t + 60)) if toks[k].text in _CLOSE_QUOTES), None)
    if close is None:
        return None
    k = close + 1 + (close + 1 < len(toks) and toks[close + 1].text in ",،")
    c = cues.get(k)
    if c is None or c.label != "report":
        return None
    j = bisect_left(starts, c.tok_end)
    return groups[j] if j < len(groups) and groups[j].start_tok == c.tok_end and not groups[j].prep else None


def _witness(g: Group, cues: dict[int, Mention], entry: TriggerEntry) -> bool:
    """True for the subject of a verb of witnessing (شهدت تركيا هجوما انتحاريا، تشهد المدينة اشتباكات): where the
    event happened, not who did it; a protest's country or town is left as its people (تشهد سوريا احتجاجات)."""
    c = cues.get(g.start_tok - 1)
    return c is not None and c.label == "witness" and entry.event != "PROTEST"


def _said_before(toks: list[Token], v: int, groups: list[Group], starts: list[int],
                 cues: dict[int, Mention], fw: FunctionWords) -> Group | None:
    """For the verb of saying or deciding at token v with و and no subject: the coded subject (a country or a sector) after
    the nearest verb of saying before it in its sentence (within 25 words, no full stop, quote or colon between),
    when the two verbs agree; None otherwise."""
    for k in range(v - 1, max(-1, v - 25), -1):
        if toks[k].text in ".؟?!؛;:«»\"“”":
            return None
        c = cues.get(k)
        if c is None or c.label != "report" or c.tok_end != k + 1:
            continue
        j = bisect_left(starts, k + 1)
        g = groups[j] if j < len(groups) else None
        if g is None or g.start_tok != k + 1 or g.prep or g.end_tok >= v or \
                not (_coded(g) or any(m.get("sector") for m in g.mentions)) or \
                any(m.get("sector") == "MED" for m in g.mentions):
            return None
        return g if _same_person(_verb_person(toks[k].norm), _verb_person(toks[v].norm), toks[g.start_tok].norm,
                                 fw) else None
    return None


def _decider(toks: list[Token], trig: Mention, entry: TriggerEntry, groups: list[Group], starts: list[int],
             cues: dict[int, Mention], fw: FunctionWords) -> Group | None:
    """The subject named right after a verb of deciding (cues.tsv decide: قررت البحرين استدعاء سفيرها) or, for a
    country-coded subject and an act that is no attack, of announcing (cues.tsv report: أعلنت البحرين استدعاء سفيرها)
    that stands right before the bare, indefinite verbal noun at the trigger (past time words); None otherwise."""
    t = trig.tok_start
    if trig.get("prefix") or toks[t].norm.startswith("ال"):
        return None  # (وأعلنت البحرين الاستدعاء، قررت البحرين لاستدعاء: no bare complement)
    j = t
    while j > 0 and (toks[j - 1].norm in fw.adverb or toks[j - 1].norm in fw.day):
        j -= 1  # (قررت البحرين أمس استدعاء)
    subj = next((g for g in groups[bisect_left(starts, j - 12):bisect_left(starts, j)]
                 if not g.prep and _conj_end(g) == j), None)
    if subj is None and j > 0 and (c := cues.get(j - 1)) is not None and c.tok_end == j and \
            c.label in ("decide", "report") and strip_wa(toks[j - 1].norm) != toks[j - 1].norm:
        # قالت البحرين إنها أحبطت مؤامرة … وأعلنت استدعاء سفيرها: a verb with و and no subject goes on from the
        # subject of the verb of saying before it in the sentence, if the two agree
        return _said_before(toks, j - 1, groups, starts, cues, fw)
    if subj is None or any(m.get("sector") == "MED" for m in subj.mentions):
        return None
    i = subj.start_tok
    while i > 0 and (toks[i - 1].norm in fw.adverb or toks[i - 1].norm in fw.day):
        i -= 1  # (أعلنت أمس البحرين)
    c = cues.get(i - 1)
    if c is None or c.tok_end != i:
        return None
    if c.label == "decide" or c.label == "report" and _coded(subj) and entry.event != "ASSAULT":
        return subj
    return None


def _controller(toks: list[Token], trig: Mention, cues: dict[int, Mention], groups: list[Group], starts: list[int],
                willed: frozenset[int], trig_toks: set[int], fw: FunctionWords) -> tuple[Group | None] | None:
    """For an indefinite verbal noun whose doer is the subject of the verb or purpose that governs it, (that subject,
    or None where it is not named next to it); None for a noun that governs no such complement. The noun is one of
    purpose in لـ (لدعم اليونسكو، لمساعدة اليونان), or comes right after a word of will, aim or duty (يهدف إلى
    دعم، من أجل منح), after a verb of refusing or agreeing and its subject (رفضت تركيا دعم، وافقت على منح), or after a
    first-person future verb opening what is said (: سنواصل دعم الشعب; the speaker of the report verb acts)."""
    t = trig.tok_start
    rest = toks[t].norm[len(trig.get("prefix")):]
    if rest.startswith("ال") or t < 1 or strip_wa(trig.get("prefix")) == "ل" and rest.startswith("ل"):
        return None  # (للإغاثة: the article)
    end = tail_end_of(trig)
    gen = next((g for g in groups[bisect_left(starts, end):][:1] if g.start_tok == end), None)
    if gen is not None and gen.end_tok < len(toks) and (
            (w := toks[gen.end_tok].norm).startswith("لل") or w[:1] == "ل" and w[1:] in _OBJECT_PRONOUNS):
        return None  # رفض دعم إيران للإرهاب، يرفضون دعم إيران لهم: the object in لـ, the genitive does it
    k = t - 1 - (t >= 2 and toks[t - 1].norm in fw.preposition)  # (يهدف إلى دعم، وافقت على منح)
    j = bisect_left(starts, t)
    subj = groups[j - 1] if j and groups[j - 1].end_tok == t and not groups[j - 1].prep else None
    if subj is not None and subj.start_tok in willed:
        return (subj,)  # رفضت تركيا دعم المقاتلين
    if k + 1 in willed:
        return (None,)  # رفض دعم …: the subject is before the verb, or earlier
    c = cues.get(k)
    if c is not None and c.label in _AIMED and c.tok_end == k + 1:
        return (None,)
    if trig.get("prefix")[-1:] == "ب" and k >= 0 and strip_wa(toks[k].norm) in fw.commitment:
        # أكدت دول مجلس التعاون والولايات المتحدة التزامها بمساعدة الحكومة العراقية: the owner of the commitment,
        # the phrase right before it, helps
        i = bisect_left(starts, k)
        last = groups[i - 1] if i and groups[i - 1].end_tok == k else None
        owner = next((g for g in groups if last is not None and (g is last or last in g.conj) and not g.prep), None)
        return (owner,)
    if strip_wa(trig.get("prefix")) == "ل" and t - 1 not in trig_toks:
        return (None,)  # (not the object of an event noun before: عند طلبها لمساعدة الولايات المتحدة, the US helps)
    w = toks[t - 1].norm
    if t >= 2 and w.startswith("سن") and len(w) >= 6 and toks[t - 2].text in ":«\"“":
        return (_report_subject(toks, t, groups, starts, cues),)  # وقال الوزير: سنواصل دعم الشعب اليمني
    return None


def _complement_help(toks: list[Token], trig: Mention, entry: TriggerEntry, gen: Group, cues: dict[int, Mention],
                     trig_toks: set[int], fw: FunctionWords) -> bool:
    """True for a bare help noun right after في، على or عن that governs it, followed by its genitive with no object in
    لـ after it (تورطت في دعم ميليشيات الحوثي، أكدت على دعم الكويت، يتخلى الروس عن دعم الأسد: the genitive is
    helped). Not after a word of obtaining, needing or asking (الحصول على دعم المجتمع الدولي), nor on/عن right past a
    trigger verb and its subject (أثنى الوزير على دعم المملكة), nor a verb of expressing (أعرب عن دعم بلاده): there
    the genitive gives the help. Not a noun whose partner is in مع (شدد على تضامن مصر مع أشقائها: Egypt stands
    with them)."""
    t = trig.tok_start
    if t < 2 or trig.get("prefix") or "مع" in entry.prep or (w := strip_wa(toks[t - 1].norm)) not in ("في", "علي", "على", "عن"):
        return False
    k = _conj_end(gen)
    if k < len(toks) and toks[k].norm[:1] == "ل" and (toks[k].norm[1:] in _OBJECT_PRONOUNS or _lam_object(toks, gen, fw)):
        return False  # دعم تركيا لهم، دعم إيران للحوثيين: the genitive gives the help
    if w != "في" and any(k in trig_toks for k in range(max(0, t - 3), t - 1)) or (c := cues.get(t - 2)) is not None \
            and c.label in ("obtain", "need", "want"):
        return False
    return w != "عن" or not any(strip_wa(toks[j].norm) in fw.express or toks[j].norm.startswith(("معرب", "معبر"))
                                for j in range(max(0, t - 4), t - 1))


def _bidden(toks: list[Token], trig: Mention, gen: Group, bidden: frozenset[int]) -> bool:
    """True for a verbal noun with بـ whose pledge or call verb (`bidden`: where those verbs end) stands at most
    three words before it with no mark between, and with no لـ object after its genitive (تعهد المانحون بدعم اليمن;
    not طالب بدعم إيران للإرهاب, where the genitive gives the help)."""
    t = trig.tok_start
    if "ب" not in trig.get("prefix"):
        return False
    k = _conj_end(gen)
    if k < len(toks) and toks[k].kind == "ar" and toks[k].norm.startswith("ل") and toks[k].norm[1:2] != "ا":
        return False
    return any(j in bidden and not any(toks[x].kind == "punct" for x in range(j, t)) for j in range(t - 3, t + 1))


def _verbal_noun(toks: list[Token], trig: Mention, entry: TriggerEntry, cues: dict[int, Mention], groups: list[Group],
                 starts: list[int], willed: frozenset[int], trig_toks: set[int],
                 fw: FunctionWords) -> tuple[Group | None] | None:
    """For a perfect verb with no clitic that is its verbal noun in the text (دعم، قصفا), as _controller gives it for
    the noun; after a verb of witnessing and its subject (شهدت مدينة تعز قصفا: قصفا is no dual), (None,)."""
    if trig.get("aspect") != "perfect" or trig.get("prefix") or trig.get("object_pronoun"):
        return None
    if _witnessed(toks, trig, entry, cues, groups, starts):
        return (None,)
    return _controller(toks, trig, cues, groups, starts, willed, trig_toks, fw)


def _witness_between(g: Group, trig: Mention, cues: dict[int, Mention], entry: TriggerEntry) -> bool:
    """True for a phrase that is the subject of a verb of witnessing standing between it and the event noun, a few
    words on (وكانت ألمانيا قد شهدت موجة من الهجمات): where it happened, not who did it."""
    return entry.event != "PROTEST" and trig.tok_start - g.end_tok <= 5 and any(
        (c := cues.get(k)) is not None and c.label == "witness" for k in range(g.end_tok, trig.tok_start))


def _witnessed(toks: list[Token], trig: Mention, entry: TriggerEntry, cues: dict[int, Mention], groups: list[Group],
               starts: list[int]) -> bool:
    """True for a trigger right after the subject of a verb of witnessing (شهدت مدينة تعز قصفا): what it saw."""
    j = bisect_left(starts, trig.tok_start)
    return bool(j) and groups[j - 1].end_tok == trig.tok_start and not groups[j - 1].prep and \
        _witness(groups[j - 1], cues, entry)


def _subject_owner(trig: Mention, toks: list[Token], tail_end: int, after: list[Group], actor: Group | None,
                   bare_before: list[Group], trig_toks: set[int], cues: dict[int, Mention],
                   fw: FunctionWords) -> Group | None:
    """The body or country in لـ that owns the subject right after a verb: after an office with no code of its own
    (استنكر الأمين العام لمجلس التعاون) or, with no subject found, after a definite noun or two the lexicons lack
    following a perfect (استنكرت الأمانة العامة لمنظمة التعاون الإسلامي; an imperfect mostly follows its subject:
    الاتفاق … يقلق الحلفاء التاريخيين للولايات المتحدة); None otherwise (استهدف مسلحون مركزا للشرطة: the owner
    of the object)."""
    g = next((g for g in after[:3] if g.prep == "ل" and g.start_tok <= tail_end + 3), None)
    if g is None or _place(g) or not any(m.kind == "actor" and m.get("code") for m in g.mentions):
        return None
    if actor is not None:
        return g if actor.start_tok >= tail_end and actor.end_tok == g.start_tok and not actor.prep and all(
            m.kind == "agent" for m in actor.mentions) else None
    if bare_before or g.start_tok == tail_end or trig.get("aspect") != "perfect":
        return None
    return g if all(toks[k].kind == "ar" and toks[k].norm.startswith("ال") and k not in trig_toks and k not in cues
                    and toks[k].norm not in fw.owner for k in range(tail_end, g.start_tok)) else None


def _tail_genitive(toks: list[Token], trig: Mention, g: Group) -> bool:
    """True for a place named right after a noun trigger's own tail word when that word, with no article, follows the
    noun at once: the place is the tail word's genitive, not the noun's («تحرير مدينة صنعاء»: the city's name, no
    party that liberates). A party there is the tail's owner, who acts («إطلاق قذائف داعش على الحي»، «ضربة جوية
    أميركية»), or, for a row whose genitive is its recipient, undergoes («نزع سلاح الحوثيين»: the caller keeps it)."""
    end = int(trig.get("tail_end") or 0)
    return end == trig.tok_end + 1 and g.start_tok == end and not strip_wa(toks[trig.tok_end].norm).startswith(
        "ال") and g.mentions[0].get("type") in ("place", "capital") and all(
        m.kind == "actor" and m.get("type") in ("place", "capital", "demonym") for m in g.mentions)  # (تدمر السورية)


def _town(g: Group) -> bool:
    """True for a phrase that only names a town or a region: not a country nor a capital, which stand for the
    state (أمرت أنقرة بشن سلسلة من الغارات)."""
    return all(m.kind == "actor" and m.get("type") == "place" for m in g.mentions)


def _announcer(toks: list[Token], t: int, groups: list[Group], starts: list[int], cues: dict[int, Mention],
               fw: FunctionWords) -> Group | None:
    """For an arrest told as the object of a verb of announcing (أعلنت وزارة الداخلية أمس القبض على …، أعلنت
    الشرطة اعتقال …): the announcing body, the verb's subject, made the arrest. At most three words (when, where)
    stand between the subject and the noun."""
    g = next((g for g in reversed(groups[bisect_left(starts, max(0, t - 12)):bisect_left(starts, t)])
              if g.end_tok <= t and g.prep != "conj"), None)
    if g is None or g.prep:
        return None
    c = cues.get(g.start_tok - 1)
    if c is None or c.label != "report" or not _named(g):
        return None
    a = _past_set_off_day(toks, _conj_end(g), t, fw)  # (أعلنت وزارة الداخلية، اليوم (الخميس)، عن ضبط شبكة)
    if t - a <= 3 and not any(
            toks[k].kind != "ar" or strip_wa(toks[k].norm) in fw.complementizer for k in range(a, t)):
        return g  # (قالت الرئاسة إن الاقتحامات …: what is said after إن is no announced act)
    return g if _said_done(toks, _conj_end(g), t, fw) and _security_body(g) else None


def _past_set_off_day(toks: list[Token], a: int, t: int, fw: FunctionWords) -> int:
    """The token past the day set off by commas right after a subject ending at token a, before t (أعلنت وزارة
    الداخلية الكويتية، اليوم (الخميس)، عن ضبط شبكة): the day, in brackets or not, is no word between the subject and
    what it tells; else a."""
    if a >= t or toks[a].text not in ",،":
        return a
    k = a + 1
    while k < t:
        if (b := _bracketed_day(toks, k, fw)) > k and b < t:
            k = b
        elif toks[k].norm in fw.day:
            k += 1
        else:
            break
    return k + 1 if a + 1 < k < t and toks[k].text in ",،" else a


def _said_done(toks: list[Token], a: int, t: int, fw: FunctionWords) -> bool:
    """True if between a speaker ending at token a and the event noun at t stand at most three words (في بيان لها),
    then أنه and one verb right before the noun: «قالت الشرطة في بيان لها إنه تم اعتقال …», an act told as done
    with no doer named."""
    if t - a < 2 or t - a > 5 or toks[t - 1].kind != "ar" or toks[t - 1].norm in fw.preposition:
        return False
    if strip_wa(toks[t - 2].norm) not in fw.complementizer:
        return False
    return all(toks[k].kind == "ar" and strip_wa(toks[k].norm) not in fw.complementizer for k in range(a, t - 2))


def _storming_force(entry: TriggerEntry, g: Group) -> bool:
    """True for a verb of storming (COERCE seize: اقتحمت) whose phrase after it is a named force of the police, the
    army or the intelligence: «اقتحمت الشرطة الاسرائيلية صباح الاحد الى المسجد الاقصى» tells the police stormed,
    no passive where the police were stormed; so a named armed group («اقتحم مسلحو المقاومة الشعبية في جبل صبر
    قرية حدنان»: what is stormed is a place, never fighters)."""
    return entry.event == "COERCE" and entry.mode == "seize" and entry.pos == "verb" and (
        _security_body(g) or _force(g)) and \
        all(m.get("code") for m in g.mentions if m.kind == "actor") and any(m.get("code") for m in g.mentions)


def _intent_owner(toks: list[Token], trig: Mention, groups: list[Group], starts: list[int], trig_toks: set[int],
                  fw: FunctionWords) -> Group | None:
    """For an event noun right after a noun of intent with its owner's pronoun (function_words intent_noun: عزمه،
    قرارها، استعداده), or after it and one preposition written apart (في، على، الى): the party phrase that ends right
    before that noun, past «عن» and commas and, back over an appositive name the lexicons lack, up to five words
    with no و or preposition («أعلن وزير الخارجية النمساوي، سباستيان كورتس، عزمه زيارة إيران»، «أعلنت الرئاسة
    الفرنسية عن قرارها بمنح»); None where no such noun, or no party with a code or sector, or another trigger or a
    clause mark stands between."""
    k = trig.tok_start - 1
    if k >= 1 and toks[k].norm in fw.preposition:
        k -= 1
    if k < 1 or strip_wa(toks[k].norm) not in fw.intent_noun:
        return None
    j = k - 1
    while j >= 0 and (toks[j].text in ",،" or toks[j].norm == _ABOUT):
        j -= 1
    for g in reversed(groups[:bisect_left(starts, j + 1)]):
        if _conj_end(g) <= j - 5 or g.prep:
            return None
        gap = [i for i in range(_conj_end(g), k) if toks[i].text not in ",،" and toks[i].norm != _ABOUT]
        if any(i in trig_toks or toks[i].kind != "ar" or toks[i].norm[:1] == "و" or toks[i].norm in fw.preposition
               for i in gap):
            return None  # (another clause, «استقبل الملك الرئيس الفرنسي، وأكد عزمه», is no apposition)
        if any(m.get("code") or m.get("sector") for m in g.mentions):
            return g if _told_intent(toks, g, k, trig_toks, fw) else None
    return None


def _told_intent(toks: list[Token], g: Group, k: int, trig_toks: set[int], fw: FunctionWords) -> bool:
    """True where a verb of telling or showing (announce, express, say_verb: أعلن، أبدى، أكد) stands between the owner
    phrase g and the intent noun at token k, or before g within twelve words, back over its title and appositions
    («أعلنت منسقة السياسات الخارجية بالاتحاد الأوروبي، فدريكا موغريني، اعتزامها») up to a trigger, a complementizer
    or a clause mark: the owner tells its own intent, not the object of another's verb («انتقدت واشنطن عزمه زيارة
    موسكو»: his visit, not Washington's)."""
    if any(_telling(toks[j].norm, fw) for j in range(_conj_end(g), k)):
        return True
    i = g.start_tok - 1
    while i >= 0 and g.start_tok - i <= 12:
        if _telling(toks[i].norm, fw):
            return True
        if i in trig_toks or toks[i].norm in fw.complementizer or \
                toks[i].text in _CLAUSE_PUNCT and toks[i].text not in ",،":
            return False
        i -= 1
    return False


def _telling(norm: str, fw: FunctionWords) -> bool:
    """True for a verb of telling or showing, و taken off (announce, express, say_verb: أعلن، أبدى، أكد)."""
    w = strip_wa(norm)
    return w in fw.announce or w in fw.express or w in fw.say_verb


def _others_captives(toks: list[Token], trig: Mention, fw: FunctionWords) -> bool:
    """True where the release a noun tells is of captives others hold: a captive word (function_words captive:
    المختطفين، رهائن) within four words after it, or a noun with an owner's pronoun right after its «عن» («أعلنت
    الفلبين الإفراج عن مواطنيها المختطفين»، «أعلنت تركيا الإفراج عن رهائنها»): the announcer did not free them."""
    i = trig.tok_end
    about = i < len(toks) and toks[i].norm == _ABOUT or toks[i - 1].norm == _ABOUT
    i += i < len(toks) and toks[i].norm == _ABOUT
    for j in range(i, min(i + 4, len(toks))):
        if toks[j].text in _CLAUSE_PUNCT:
            break
        w = strip_wa(toks[j].norm)
        if w in fw.captive or w.startswith("ال") and w[2:] in fw.captive:
            return True
    return about and i < len(toks) and toks[i].kind == "ar" and not toks[i].norm.startswith("ال") and \
        toks[i].text.endswith(("ه", "ها", "هم", "هما"))


def _announced_masdar(toks: list[Token], trig: Mention, groups: list[Group], starts: list[int],
                      fw: FunctionWords) -> Group | None:
    """For a verb trigger read in the bare perfect (no clitic, no object pronoun: فرض، منع, which are spelled as their
    verbal nouns too) right after the subject of a verb of announcing (function_words.tsv announce: «أعلنت فرنسا فرض
    عقوبات»): that subject, the word being the noun announced; None otherwise. (Not a word in مـ: a participle.)"""
    t = trig.tok_start
    if trig.get("prefix") or trig.get("aspect") != "perfect" or trig.get("object_pronoun") or toks[t].norm[:1] == "م":
        return None
    i = bisect_left(starts, t) - 1
    if i < 0:
        return None
    g = groups[i]
    if g.prep or g.end_tok != t or g.start_tok < 1:
        return None
    w = toks[g.start_tok - 1]
    return g if w.kind == "ar" and (w.norm in fw.announce or strip_wa(w.norm) in fw.announce) else None


def _announcing_body(g: Group) -> bool:
    """True for a phrase that may announce an act of its own: a body of the state (`_security_body`), a country or an
    organisation standing for its state or members (أعلنت إسرائيل، أعلنت المجموعة الأوروبية: a code and no sector)."""
    return _security_body(g) or bool(g.mentions) and all(
        m.kind == "actor" and m.get("code") and not m.get("sector") and m.get("type") != "person" for m in g.mentions)


def _security_body(g: Group) -> bool:
    """True for a phrase whose role noun is of the police, the army, the intelligence, the courts or the government
    (الشرطة، وزارة الداخلية): a body that arrests."""
    return any(m.get("sector") in _ARRESTERS for m in g.mentions)


def _object_past_subject(toks: list[Token], subj: Group, bare_after: list[Group]) -> Group | None:
    """The phrase with no preposition right after the subject `subj` of a verb past a relative pronoun, or past one
    word (its resumptive فيها) after it, with no punctuation between (التي زار الرئيس أوباما فيها كينيا): the verb's
    object; None otherwise."""
    end = _conj_end(subj)
    g = next((g for g in bare_after if g.start_tok >= end and g is not subj), None)
    if g is None or g.start_tok - end > 1 or any(toks[k].kind != "ar" for k in range(end, g.start_tok)):
        return None
    return g


def _relative_subject(toks: list[Token], trig: Mention, cues: dict[int, Mention], tail_end: int,
                      fw: FunctionWords) -> bool:
    """True for an active verb right after a relative pronoun (الذي، التي، الذين), which is then its subject: not a
    passive form (التي أصيب), nor one whose place the pronoun takes by a preposition after it (التي قتل فيها، التي
    زار الرئيس فيها كينيا، التي ترفض واشنطن التنسيق معها)."""
    t = trig.tok_start
    c = cues.get(t - 1) if t > 0 else None
    if c is None or c.label != "relative" or c.tok_end != t or _passive_form(toks, trig):
        return False
    return not any(toks[k].norm.startswith(p) and toks[k].norm[len(p):] in _OBJECT_PRONOUNS
                   for k in range(tail_end, min(len(toks), tail_end + 6)) for p in fw.preposition | fw.link)


def _passive_relative(toks: list[Token], trig: Mention, tail_end: int, cues: dict[int, Mention],
                      trig_toks: set[int], fw: FunctionWords) -> bool:
    """True for a perfect verb right after a relative pronoun (الذي، التي، الذين) read as a passive by what follows
    it: for a charge, a بـ-phrase of what was charged with no object before it (الذي اتهم بقضايا إرهابية، التي اتهمت
    بسحر; not بشدة، بشكل); for a killing or arrest, no object (الذي قتل أثناء تغطيته، الذي اعتقل بسبب نضاله)."""
    t = trig.tok_start
    c = cues.get(t - 1) if t > 0 else None
    if c is None or c.label != "relative" or c.tok_end != t or trig.get("aspect") != "perfect" or \
            trig.get("object_pronoun") or trig.get("prefix") or tail_end > trig.tok_end or tail_end >= len(toks):
        return False  # (جنود الاحتلال الذي اطلقوا الرصاص: a trigger of two words holds the verb's object)
    nxt = toks[tail_end]
    if trig.label == "ACCUSE":
        return nxt.kind == "ar" and nxt.norm.startswith("ب") and len(nxt.norm) > 3 and tail_end not in trig_toks \
            and nxt.norm not in fw.relative_prep and nxt.norm not in fw.manner_bi and nxt.norm not in fw.manner
    return trig.label in _PASSIVE_TYPES and _passive_spelling(toks, trig) and \
        _objectless(toks, tail_end, trig_toks, fw, (), cues)


def _passive_relative_parties(toks: list[Token], t: int, groups: list[Group], starts: list[int],
                              cues: dict[int, Mention], event: str, prep_rec: Group | None, fw: FunctionWords
                              ) -> tuple[Group | None, Group | None]:
    """For a verb _passive_relative reads as a passive: the recipient, the phrase the relative pronoun follows
    (_relative_antecedent, else _named_antecedent), and the prepositional recipient, none for a charge (ACCUSE:
    «الذي اتهم بقضايا إرهابية», the بـ-phrase is the charge, no party)."""
    recipient = _relative_antecedent(toks, t, groups, starts, cues) or \
        _named_antecedent(toks, t, groups, starts, cues, fw)
    return recipient, (None if event == "ACCUSE" else prep_rec)


def _subject_after_relative(toks: list[Token], t: int, cues: dict[int, Mention]) -> bool:
    """True for a verb at token t right after a singular relative pronoun of the other gender (التي دعا، الذي دعت):
    the pronoun is not its subject."""
    c = cues.get(t - 1) if t > 0 else None
    if c is None or c.label != "relative" or c.tok_end != t:
        return False
    gender = {"التي": "f", "الذي": "m"}.get(strip_wa(toks[c.tok_start].norm), "")
    return bool(gender) and _singular_gender(toks[t].norm) not in ("", gender)


_RESUMING = {"التي": "ها", "الذي": "ه", "الذين": "هم", "اللذين": "هما", "اللتين": "هما", "اللذان": "هما",
             "اللتان": "هما"}  # a relative pronoun → the pronoun that resumes it on a noun (written as it is)


def _resumed_after(toks: list[Token], t: int, subj: Group, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for a verb right after a relative pronoun whose phrase after it is followed, right away or past a word of
    part («بعض، عددا من، أحد»), by a noun bearing the pronoun that resumes the relative one (التي … ـها، الذي … ـه,
    written so, not a ة: «التي اعتقلت السلطات بعض أعضائها»): that noun is the verb's object, the phrase its subject."""
    c = cues.get(t - 1) if t > 0 else None
    if c is None or c.label != "relative" or c.tok_end != t:
        return False
    suffix = _RESUMING.get(strip_wa(toks[c.tok_start].norm))
    if suffix is None:
        return False
    k = _conj_end(subj)
    while k < len(toks) and (toks[k].kind == "num" or toks[k].norm in fw.part_word) and k < _conj_end(subj) + 3:
        k += 1
    if k >= len(toks) or toks[k].kind != "ar":
        return False
    w = toks[k].text
    if not w.endswith(suffix) or len(w) < len(suffix) + 3 or suffix == "ه" and w.endswith(("اه", "يه", "الله")):
        return False  # (ـه after ا is most often the noun's own letter: اتجاه، مياه، انتباه; after ي, a ة written ه:
        # «تلبيه لدعوة»)
    # (a noun: no clitic preposition, no imperfect verb, «مسجدا يرتاده منتسبو»، and no perfect verb of three letters
    # with its object pronoun, «الذي استقبل ولي ولي العهد حمله تحياته»)
    return not (suffix == "ه" and w.endswith(("هم", "ها"))) and w[:1] not in ("ب", "ل", "ك", "ي", "و") and \
        len(w) - len(suffix) >= 4  # (nor a conjunct in و: «المعارضة التي هاجمت الحكومة وسياستها»)


def _relative_antecedent(toks: list[Token], t: int, groups: list[Group], starts: list[int],
                         cues: dict[int, Mention], comma: bool = False) -> Group | None:
    """For a verb right after a relative pronoun (الذي، التي، الذين): the phrase the pronoun follows, ending at
    most two words (its adjectives: تنظيم الدولة الاسلامية المتشدد الذي) before it, with no punctuation between but a
    dash opening an aside (وأبدى أوباما – الذي زار كينيا عندما كان عضوا بمجلس الشيوخ – قدرا من الإحباط); with
    `comma`, a comma right before the pronoun may stand there too (اليونان، التي أنقذها الدائنون)."""
    c = cues.get(t - 1) if t > 0 else None
    if c is None or c.label != "relative" or c.tok_end != t:
        return None
    r = c.tok_start
    if r >= 1 and (toks[r - 1].text in _DASHES or comma and toks[r - 1].text in ",،"):
        r -= 1
        if comma and r >= 1 and toks[r - 1].text in _CLOSE_QUOTES:
            r -= 1  # (a name in quotes: «جبهة النصرة»، التي استنكرت)
    ante = next((g for g in reversed(groups[:bisect_left(starts, r)]) if g.end_tok <= r), None)
    if ante is None or r - ante.end_tok > 2 or ante.prep in ("passive_agent", "direction") or any(
            toks[j].kind != "ar" or not toks[j].norm.startswith("ال") for j in range(ante.end_tok, r)):
        return None
    return ante


def _named_antecedent(toks: list[Token], t: int, groups: list[Group], starts: list[int],
                      cues: dict[int, Mention], fw: FunctionWords) -> Group | None:
    """The named phrase a comma and a relative pronoun follow, for the verb at t right after that pronoun
    (_relative_antecedent with its comma): a person or a body the relative clause tells of («محمد بخاري، الذي توعد»);
    not after «والذي», which goes on about someone told before («…، أحد المقربين من أسامة بن لادن، والذي اعتقل»)."""
    c = cues.get(t - 1) if t > 0 else None
    if c is None or toks[c.tok_start].norm.startswith("و"):
        return None
    g = _relative_antecedent(toks, t, groups, starts, cues, comma=True)
    return g if g is not None and (not g.prep and _person_named(g) or _body_named(g) and not _resumed(toks, t, fw)) \
        else None


def _resuming(norm: str, fw: FunctionWords) -> bool:
    """True for a preposition (function_words.tsv preposition, resumed_prep: ب، ل) with a third person's pronoun
    (normalised: إليه، عليها، فيه، له، بهم): what takes up a relative's head."""
    return any(norm[:-len(p)] in fw.preposition or norm[:-len(p)] in fw.resumed_prep
               for p in _PRONOUN_ENDINGS if norm.endswith(p))


def _resumed(toks: list[Token], t: int, fw: FunctionWords) -> bool:
    """True where a preposition with a pronoun follows the verb at token t within four words: the pronoun takes up
    the relative's head there, and the verb has a subject of its own («الذي دعا إليه المكتب التنفيذي»)."""
    return any(_resuming(toks[k].norm, fw) for k in range(t + 1, min(len(toks), t + 5)))


def _body_named(g: Group) -> bool:
    """True for a phrase that names an organisation, a group or an international body (جبهة النصرة، مجلس الأمن), not
    a country: a relative clause past a comma after it tells of it, whatever governs it («الأحداث الأخيرة مع «جبهة
    النصرة»، التي استنكرت حادثة قلب لوزة»)."""
    return any(m.kind == "actor" and m.get("type") in ("group", "igo") for m in g.mentions)


def _indefinite_antecedent(toks: list[Token], trig: Mention, groups: list[Group], starts: list[int]) -> Group | None:
    """For a verb with no و/ف right after an indefinite phrase of people governed by a preposition (القبض على مواطن
    أطلق النار، اعتدى على شاب سرق): the phrase, which the verb describes as a relative clause with no pronoun."""
    t = trig.tok_start
    if trig.get("prefix") or not t or _looks_passive(toks, trig):
        return None  # (بحق مواطن أدين بالسفر: a passive tells what he underwent, the phrase is no doer)
    k = bisect_left(starts, t)
    g = next((g for g in reversed(groups[max(0, k - 2):k]) if g.end_tok == t), None)
    if g is None or not g.prep or g.prep in ("conj", "passive_agent", "direction") or _place(g) or \
            _definite(toks[g.start_tok].norm) or not all(m.kind == "agent" for m in g.mentions):
        return None
    if g.prep == "ب" and _participle_before(toks, g.start_tok):
        return None  # 400 من الانفصاليين مدعومين بدبابات هاجموا: what they came with, an instrument, not the doer
    return g


def _condemned_by(toks: list[Token], trig: Mention, entry: TriggerEntry, active: bool, actor: Group | None,
                  agent: Group) -> bool:
    """True for an agent phrase (من قبل X، على يد X) past the object of an active verb of condemning whose subject is
    told right before or right after it (أدانت المنامة التصريحات العدائية الصادرة من قبل المسؤولين الإيرانيين): X
    did what is condemned, the condemnation's target, not its doer (not an investigation: «وفتح تحقيق من قبل
    القضاء», a verbal noun whose agent it is)."""
    return entry.event == "ACCUSE" and entry.mode == "disapprove" and entry.pos == "verb" and active \
        and actor is not None and not actor.prep and actor is not agent \
        and (actor.start_tok == tail_end_of(trig) or actor.end_tok == trig.tok_start) \
        and actor.end_tok < agent.start_tok - 1 and _named(actor) \
        and any(toks[k].kind == "ar" for k in range(actor.end_tok, agent.start_tok - 2))


def _participle_agent(toks: list[Token], g: Group, cues: dict[int, Mention], tail_end: int, starts: list[int]) -> bool:
    """True for an agent phrase (من قبل X، على يد X) whose marker follows a participle that qualifies a noun after an
    active verb (رفضت وساطة قام بها المحافظ المعين من قبل الحوثيين): X appointed or backed that noun; it did not do
    the event. The participle: a word in م of the noun's definiteness, no phrase, no nisba (not «الصحفي المصري»).
    (After an event noun the agent is mostly the noun's own: تم توقيف المتهمة المذكورة من قبل قاضي التحقيق.)"""
    m = next((k for k in range(g.start_tok - 1, max(tail_end, g.start_tok - 4) - 1, -1)
              if (c := cues.get(k)) is not None and c.label == "passive_agent"), None)
    if m is None or m - 2 < tail_end or _starts_at(starts, m - 1) or toks[m - 2].kind != "ar":
        return False
    if not _participle_before(toks, m, 4) or toks[m - 1].norm.endswith(("ي", "يه", "يين", "يون")):
        return False
    return _definite(toks[m - 1].norm) == _definite(toks[m - 2].norm)


def _object_noun_agent(toks: list[Token], g: Group, cues: dict[int, Mention], tail_end: int, before: list[Group],
                       t: int) -> bool:
    """True for an agent phrase (من جانب X، من قبل X) past a word between it and a verb of no violence whose subject
    stands right before it: the agent of that word, the verb's object («أوباما سيعارض أي جهود من جانب الكونغرس»:
    Congress's efforts), not of the verb, whose subject is named."""
    m = next((k for k in range(g.start_tok - 1, max(tail_end, g.start_tok - 4) - 1, -1)
              if (c := cues.get(k)) is not None and c.label == "passive_agent"), None)
    return m is not None and m > tail_end and bool(before) and not before[-1].prep and before[-1].end_tok == t


def _participle_before(toks: list[Token], k: int, least: int = 5) -> bool:
    """True if the word right before token k is a participle in م (مدعومين، مزودة، المسلحة): a phrase in بـ after it
    tells what they are backed or armed with (`least`: the fewest letters past the article)."""
    if k < 1 or toks[k - 1].kind != "ar":
        return False
    w = strip_wa(toks[k - 1].norm)
    w = w[2:] if w.startswith("ال") else w
    return len(w) >= least and w[0] == "م"


def _not_charged(toks: list[Token], t: int, tail_end: int, g: Group, fw: FunctionWords) -> bool:
    """True for a phrase in a preposition after a charge noun (تهمة، تهم) that is not the one charged: a named body
    in لـ past the word right after the noun, that word's complement, what the charge is of («تهمة الانتماء لتنظيم
    داعش»، «تهمة الترويج لبيونغ يانغ»; the one charged is a person, «تهمة القتل للمتهم»); one in إلى past a word
    in و, another act's («بتهمة التخابر وتسريب وثائق سرية إلى قطر»، «تهمة القتل عمدا … وإحالته إلى المحكمة»), or
    far past the noun; any in إلى after a charge in بـ («بتهمة الانتماء إلى الخلايا الإرهابية»), or after a charge
    with «إلى» before it, or one that is no person nor, after a verb of laying the charge, a body (a place in إلى is
    where the charged act went: «تهمة السفر إلى سوريا»)."""
    w = strip_wa(toks[t].norm)
    if w[:1] in ("ب", "ل") and w[1:] in fw.charge_noun:
        w = w[1:]
    if w not in fw.charge_noun:
        return False
    if g.prep == "ل":
        return g.start_tok > tail_end and all(toks[k].kind == "ar" for k in range(tail_end, g.start_tok)) and any(
            m.kind == "actor" and m.get("type") != "person" for m in g.mentions) and not any(
            m.kind == "agent" or m.get("type") == "person" for m in g.mentions)
    if strip_wa(toks[t].norm)[:1] == "ب":
        return True  # («بتهمة الانتماء إلى داعش»: the charged act's complement)
    directed = any(toks[k].norm in fw.charge_direct or strip_wa(toks[k].norm) in fw.charge_direct
                   for k in range(max(0, t - 4), min(len(toks), t + 2)) if k != t)
    if any(toks[k].norm == "الي" for k in range(max(0, t - 4), t)) or not (
            any(m.kind == "agent" or m.get("type") == "person" for m in g.mentions)
            or directed and not any(m.get("type") in ("country", "capital", "place") for m in g.mentions)):
        return True  # («وجهت النيابة إلى المتهمين تهمة الانتماء إلى تنظيم داعش»، «تهمة السفر إلى سوريا»)
    return g.start_tok - tail_end > 8 or any(
        toks[k].kind != "ar" or toks[k].norm[:1] == "و" and len(toks[k].norm) > 3 for k in range(tail_end, g.start_tok))



def _pushed_in_bi(toks: list[Token], t: int, groups: list[Group], starts: list[int], fw: FunctionWords
                  ) -> Group | None:
    """For an event noun after «إلى» (right after it or past a light verbal noun: «إلى شن هجمات»): the phrase in بـ
    that ends right before the إلى, the one a verb of pushing or leading sends to the act («ودفع بالمسلحين الأكراد
    إلى شن هجمات انتقامية»: the Kurdish militants attack); None if there is none."""
    k = t - 1 if t >= 1 and toks[t - 1].norm == "الي" else t - 2 if t >= 2 and toks[t - 2].norm == "الي" and \
        toks[t - 1].norm in fw.light_masdar else -1
    if k < 1:
        return None
    j = bisect_left(starts, k) - 1
    return groups[j] if j >= 0 and groups[j].end_tok == k and groups[j].prep == "ب" else None


def _conjoined_demonym(subj: Group, g: Group) -> bool:
    """True for a nationality alone in و at most one word past the subject: the second of its nationality adjectives
    («استنكر عدد من المحامين العرب والعراقيين التصريحات»: Arab and Iraqi lawyers), never the verb's object."""
    return g.prefix.startswith("و") and 0 <= g.start_tok - _conj_end(subj) <= 1 and \
        all(m.kind == "actor" and m.get("type") == "demonym" for m in g.mentions)


def _demonstrative_after(toks: list[Token], k: int) -> bool:
    """True for a demonstrative right after token k («عقب ذلك»: a time told, no clause of cause)."""
    return k + 1 < len(toks) and toks[k + 1].norm in ("ذلك", "هذا", "هذه", "تلك")


def _past_nominative_adjective(toks: list[Token], k: int, subj: Group, fw: FunctionWords) -> int:
    """Token k, or the one after it where it is the indefinite adjective of an indefinite role noun subject ending
    right before it, in the nominative: a nisba, فاعل or فعيل with no article, no و, no ـا of the accusative («وقتل
    قائد حوثي بارز في غارة للتحالف», the prominent commander killed; an object would read «مواطنا»; not a broken
    plural, «مناطق»، «مواقع», which takes no ـا in the accusative); or past a word in بـ, an adjunct, and its
    genitive («قصف الحوثيون بقذائف الهاون حي الدمينة»; not لـ, the object of a verbal noun)."""
    if k != _conj_end(subj) or k >= len(toks) or toks[k].kind != "ar":
        return k
    w = toks[k].norm
    if w[:1] == "ب" and len(w) > 4 and not _function_word(w, fw):
        # (an adjunct after any subject, with its genitive: «قصف الحوثيون بقذائف الهاون حي الدمينة», «قبل أن يقتل
        # المهاجم برصاص الشرطة»)
        j = k + 1
        while w[1:3] != "ال" and j < min(len(toks), k + 3) and toks[j].kind == "ar" and toks[j].norm.startswith("ال"):
            j += 1
        # (only onto a word that may be the object: not a preposition that goes on the adjunct, «واعتقلت الشرطة
        # بالتنسيق مع الأمن العام ثلاثة مطلوبين», which the manner reading past it handles)
        while j < len(toks) and _when_word(toks, j, fw):
            j += 1  # (and the time after it: «قتل عنصران من الشرطة بالرصاص صباح أمس الجمعة بمنطقة أضنه»)
        return j if j < len(toks) and toks[j].kind == "ar" and not _function_word(toks[j].norm, fw) and \
            toks[j].norm[:1] != "ب" else k
    if toks[k - 1].norm.startswith("ال") or subj.mentions[0].kind != "agent" or \
            toks[subj.start_tok].norm.startswith("ال") or len(w) < 4 or w.startswith(("ال", "و")) or \
            w.endswith(("ا", "ين", "ون", "ات", "ان")) or _function_word(w, fw) or toks[k].text.endswith(("ى", "ً", "ة")):
        return k
    return k + 1 if w.endswith("ي") or len(w) == 4 and (w[1] == "ا" or w[2] == "ي") else k


def _kin_word(w: str, fw: FunctionWords) -> bool:
    """True for a family member with «his / her / their» (زوجته، ابنه، شقيقها), normalised."""
    return w in fw.relatives or any(w.endswith(p) and w[:-len(p)] in fw.kin_noun for p in ("ه", "ها", "هم"))


def _kin_object_past(toks: list[Token], i: int, trig_toks: set[int], cues: dict[int, Mention],
                     fw: FunctionWords) -> bool:
    """True for a family member with «his / her» (_kin_word) within seven words from token i, in the clause, not in
    a preposition, after an agent's «على أيدي» (cues.tsv passive_agent) nor joined by و: the verb's object past its
    subject and the subject's words («قتل مواطن بالعقد الثالث من عمره ابنه»)."""
    for k in range(i, min(len(toks), i + 7)):
        if toks[k].kind != "ar" or k in trig_toks:
            return False
        if _kin_word(toks[k].norm, fw) and (k == i or _ends_construct(toks[k - 1])) and \
                toks[k - 1].norm not in fw.preposition and not (
                    (c := cues.get(k - 2)) is not None and c.label == "passive_agent" and c.tok_end == k):
            return True
    return False


def _ends_construct(tok: Token) -> bool:
    """True for a word no genitive can follow, so that a noun after it heads a phrase of its own: one with a pronoun
    (عمره, written with ه, not ة), the article (الثالث) or a nisba's ي (سعودي); not a bare noun that governs the next
    («في منزل والده»، «أثناء زيارة والده»)."""
    w = tok.norm
    return tok.text.endswith(("ه", "ها", "هم")) and len(w) > 3 or w.startswith("ال") or w.endswith("ي") and len(w) > 3


def _kin_object_after_relative(toks: list[Token], t: int, tail_end: int, cues: dict[int, Mention],
                               fw: FunctionWords) -> bool:
    """True for a verb right after a relative pronoun whose next word is a family member with «his / her» (زوجته،
    ابنه، شقيقها): the verb's object, so the verb is active and the phrase the pronoun follows did it («الرجل الذي
    قتل زوجته»: the man killed, no victim)."""
    c = cues.get(t - 1) if t > 0 else None
    if c is None or c.label != "relative" or c.tok_end != t or tail_end >= len(toks) or toks[tail_end].kind != "ar":
        return False
    return _kin_word(toks[tail_end].norm, fw)


def _no_object_word(toks: list[Token], i: int, trig_toks: set[int], fw: FunctionWords) -> bool:
    """True if the word at token i (past adverbs) cannot be a verb's object: the clause ends, or a preposition or a
    word with an attached بـ comes first (شرطيين قتلا برصاصة: killed by a bullet, a passive)."""
    while i < len(toks) and toks[i].norm in fw.adverb:
        i += 1
    if i >= len(toks) or toks[i].kind == "punct":
        return True
    w = toks[i].norm
    return toks[i].kind == "ar" and (w in fw.preposition or w[:1] == "ب" and i not in trig_toks)


def _light_subject(toks: list[Token], trig: Mention, cues: dict[int, Mention], groups: list[Group],
                   starts: list[int], trig_toks: set[int], fw: FunctionWords) -> Group | None:
    """For an event noun with بـ after a light verb (قام مسلحون يرتدون بزات الأمن بخطف …، قام عشرة جنود،
    من قوة …، باغتصابها): the light verb's subject, just after it (or before it: المسلحون قاموا بخطف). An
    indefinite noun with no preposition is the light verb's object (وكان سلاح الجو التركي قد شن ليلة أول من أمس
    سلسلة غارات): the same subject, though not for a verb that has the noun as its subject (وقع انفجار)."""
    t = trig.tok_start
    bare = not trig.get("prefix") and not toks[t].norm.startswith("ال") and t > 0 and \
        toks[t - 1].norm not in fw.preposition and toks[t - 1].norm not in fw.cause | fw.past_anchor
    if trig.get("prefix")[-1:] != "ب" and not bare:
        return None
    k = _cue_before(toks, t, cues, "light_verb", 15, trig_toks, ".؟?!؛;:«»" + (",،" if bare else ""))
    if k is None and bare and (c := _adjunct_commas(toks, t, trig_toks, fw)) is not None:
        # نفذت المقاومة الشعبية في إقليم آزال، في وقت متأخر أول من أمس، هجوما: past a when or where set off by commas
        k = _cue_before(toks, c, cues, "light_verb", 15, trig_toks, ".؟?!؛;:«»,،")
    if k is None and not bare:  # عن قيام ثلاثة أشخاص بإطلاق النار: the light verb's verbal noun, its subject in construct
        k = _cue_before(toks, t, cues, "doing", 15, trig_toks, ".؟?!؛;:«»")
    if k is None:  # a light verb with the future س is a future cue (سيقوم الوزير غدا بزيارة)
        k = _cue_before(toks, t, cues, "future", 15, trig_toks, ".؟?!؛;:«»" + (",،" if bare else ""))
        k = k if k is not None and strip_wa(toks[k].norm) in fw.future_light else None
    if k is None and bare:
        k = _opening_light_noun(toks, t, cues, starts, trig_toks, groups, fw)
    if k is None:
        k = _titled_light_verb(toks, t, cues, groups, starts, trig_toks, fw)
    if k is None or bare and strip_wa(toks[k].norm) in fw.intransitive_light and not _personal_light(toks, k, t, fw):
        return None
    vso = next((g for g in groups[bisect_left(starts, cues[k].tok_end):bisect_left(starts, t)] if g.end_tok <= t), None)
    if vso is not None:
        return vso if not vso.prep else None
    lo = max(_clause_start(toks, k), k - 7)
    # (not before إن/أن: «وقالت الشرطة إن مجموعتين مسلحتين نفذتا هجوما», the speaker is no subject of what is said)
    # (أنه، أنها point back to the speaker, who is the subject: «وأكد كيري أنه أجرى محادثات»; أنْ after a verb of
    # ability or will opens no speech, «الجيش استطاع أن يقوم بتفجير مخزن»: only إن and بأن)
    lo = max([lo] + [j + 1 for j in range(lo, k) if strip_wa(toks[j].norm) in fw.complementizer
                     and strip_wa(toks[j].norm) not in fw.pronoun_that
                     and (toks[j].text.lstrip("وف")[:1] == "إ" or strip_wa(toks[j].norm) == "بان")])
    svo = [g for g in groups[bisect_left(starts, lo):bisect_left(starts, k)] if g.end_tok <= k and not g.prep]
    if not svo and k >= 1 and toks[k - 1].text in ",،" and (toks[k].norm[:1] == "و" != strip_wa(toks[k].norm)[:1] or (
            k + 1 < len(toks) and toks[k + 1].norm in fw.during_it)):
        # زار وزير الدفاع الأميركي بغداد، وأجرى مباحثات مع نظيره؛ قام كارتر بزيارة إلى بغداد، أجرى خلالها مباحثات: a
        # light verb past a comma (with و, or resuming the visit by خلالها) and no subject of its own goes on from
        # the subject of the verb that opens the sentence
        return _opening_subject(toks, k, groups, starts, cues, trig_toks, fw, event_opener=True)
    if not svo and (told := _pronoun_speaker(toks, k, groups, cues, fw)) is not None:
        # وأعلن مقاتلو المعارضة أمس، أنهم نفذوا هجوما: a light verb right after أنه/أنها/أنهم (or one particle of
        # tense after it) has for subject the speaker of the report verb before it, past a comma that sets off a time
        return told
    return svo[-1] if svo else None


def _personal_light(toks: list[Token], k: int, t: int, fw: FunctionWords) -> bool:
    """True for a masculine light verb of going on (function_words.tsv intransitive_light: يجري) right after a
    masculine أنه/إنه (pronoun_that) whose event noun at token t is feminine («وقال كيري إنه يجري محادثات مع
    طهران»): the noun cannot be the verb's subject (that would be تجري محادثات), so the pronoun, the speaker, holds
    the talks."""
    before = strip_wa(toks[k - 1].norm) if k > 0 else ""
    return before in fw.pronoun_that and before.endswith("ه") and toks[k].norm[:1] == "ي" and \
        toks[t].norm.endswith(("ات", "ه"))


def _adjunct_commas(toks: list[Token], t: int, trig_toks: set[int], fw: FunctionWords) -> int | None:
    """The opening comma of a phrase in a preposition set off by two commas right before token t, of two to eight
    words (، في وقت متأخر أول من أمس، هجوما): a when or where told between a light verb and its object; None
    otherwise."""
    if t < 4 or toks[t - 1].text not in ",،":
        return None
    for j in range(t - 2, max(0, t - 10), -1):
        if toks[j].text in ",،":
            return j if t - 1 - j >= 3 and toks[j + 1].kind == "ar" and strip_wa(toks[j + 1].norm) in fw.preposition \
                and toks[j + 1].norm[:1] != "و" else None
        if toks[j].kind not in ("ar", "num") or j in trig_toks:
            return None
    return None


def _sender_past_comma(toks: list[Token], t: int, left: int, groups: list[Group], starts: list[int],
                       trig_toks: set[int], fw: FunctionWords) -> int:
    """The start of the clause of a verb of sending (function_words.tsv sender) whose subject, right after it, a
    comma sets off from the bare message noun at t or the noun's head word before it («بعث خادم الحرمين الشريفين
    الملك سلمان بن عبدالعزيز آل سعود، برقية تهنئة لفخامة الرئيس»): the comma ends no clause; else `left`."""
    c = left - 1
    if c < 2 or toks[c].text not in ",،" or t - c > 2 or any(toks[j].kind != "ar" or j in trig_toks
                                                                 for j in range(c + 1, t)):
        return left
    i = bisect_left(starts, c) - 1
    g = groups[i] if i >= 0 else None
    if g is None or g.prep or _conj_end(g) != c or toks[t].norm.startswith("ال"):
        return left
    while i > 0 and not groups[i - 1].prep and _conj_end(groups[i - 1]) == groups[i].start_tok:
        i -= 1  # (a long title in several phrases: الأمير محمد بن نايف بن عبدالعزيز ولي العهد … وزير الداخلية)
    k = groups[i].start_tok - 1
    while k > 0 and (toks[k].norm in fw.honorific or toks[k].norm in fw.rank):
        k -= 1  # (صاحب السمو الملكي الأمير …)
    return k if k >= 0 and toks[k].norm in fw.sender and k not in trig_toks and k - _clause_start(toks, k) <= 1 \
        else left  # (كما بعث …)


def _count_past_comma(toks: list[Token], t: int, left: int, groups: list[Group], starts: list[int],
                      cues: dict[int, Mention], trig_toks: set[int], fw: FunctionWords) -> int:
    """The start of the clause of a light verb or a verb of claiming (cues.tsv light_verb, function_words claim_act)
    whose named subject, right after it and past its seat in في, a comma sets off from a count of the event noun at t
    («تبنت المقاومة الشعبية في إقليم آزال، عددا من الهجمات», «نفذت …، سلسلة من الغارات»): the comma ends no clause;
    else `left`."""
    c = left - 1
    if c < 2 or toks[c].text not in ",،" or not 1 < t - c <= 3 or toks[c + 1].norm not in fw.many_of or \
            any(toks[j].norm != "من" for j in range(c + 2, t)):
        return left
    i = bisect_left(starts, c) - 1
    while i >= 0 and groups[i].prep == "في" and _place(groups[i]):
        i -= 1  # (past the subject's seat: في إقليم آزال)
    g = groups[i] if i >= 0 else None
    if g is None or g.prep or not _named(g) or g.end_tok > c or c - _conj_end(g) > 3:
        return left
    k = g.start_tok - 1
    if k < 0 or k in trig_toks or k - _clause_start(toks, k) > 2 or not (
            (lv := cues.get(k)) is not None and lv.label == "light_verb" or strip_wa(toks[k].norm) in fw.claim_act):
        return left
    return k


def _opening_light_noun(toks: list[Token], t: int, cues: dict[int, Mention], starts: list[int], trig_toks: set[int],
                        groups: list[Group], fw: FunctionWords) -> int | None:
    """The word at the start of the clause, read as a light verbal noun (عقد), that is the light verb of the indefinite
    event noun at t up to 30 words after it when a phrase with no preposition that names its party follows it right
    away, its subject (عقد وزير الخارجية الأمريكي جون كيري ووزير الخارجية الروسي سيرغي لافروف في الدوحة اجتماعاً); None otherwise."""
    k = _cue_before(toks, t, cues, "light_noun", 30, trig_toks, ".؟?!؛;:«»")
    if k is None or k > 0 and toks[k - 1].text not in _CLAUSE_BREAKS or _definite(toks[k].norm) or \
            cues[k].tok_end != k + 1:
        return None
    j = k + 1  # (past a form of address, function_words honorific: عقد معالي وزير الثقافة والإعلام … اجتماعاً)
    while j < t and toks[j].norm in fw.honorific:
        j += 1
    i = bisect_left(starts, j)
    g = groups[i] if i < len(groups) and starts[i] == j else None
    # (one that names its party: not «وزراء» alone, the head of «وزراء خارجية دول مجلس التعاون»)
    return k if g is not None and not g.prep and g.end_tok < t and (_coded(g) or _person_named(g)) else None


def _day_commas_after(toks: list[Token], t: int, tail_end: int, right: int, entry: TriggerEntry,
                      fw: FunctionWords) -> int:
    """The end of a verb's clause past the commas that set off the day right after the verb at token t, where the
    verb opens its clause (قال ساركوزي الذي استقبله، صباح أمس، الرئيس التونسي): that day ends no clause, the verb's
    subject comes after it; else `right` (not «إن الجيش انسحب، أمس، المسلحون دخلوا»: the verb has its subject)."""
    if entry.pos != "verb" or right != tail_end or right >= len(toks) or toks[right].text not in _COMMA_MARKS or \
            not _opens_clause(toks, t, fw):
        return right
    k = right + 1
    while k < len(toks) and k - right <= 4 and toks[k].kind == "ar" and _when_word(toks, k, fw):
        k += 1
    if k == right + 1 or k + 1 >= len(toks) or toks[k].text not in ",،" or toks[k + 1].kind != "ar":
        return right
    return _clause_end(toks, k + 1)


def _opens_clause(toks: list[Token], t: int, fw: FunctionWords) -> bool:
    """True when the verb at token t opens its clause: a mark, a relative pronoun, a و/ف or a particle of its own
    (قد، لم) stands right before it, or it opens the sentence (no subject before it: «الذي استقبله»، «ووقع»)."""
    if t == 0 or toks[t - 1].text in _CLAUSE_PUNCT:
        return True
    w = strip_wa(toks[t - 1].norm)
    return toks[t - 1].norm in _CONJUNCTIONS or w in fw.relative_clause or w in fw.perfect_particle or \
        toks[t - 1].norm in fw.mood_negation


def _past_day_commas(toks: list[Token], left: int, trig_toks: set[int], fw: FunctionWords) -> int:
    """The start of the clause before the commas that set off the day of the act, where the clause at `left` opens
    right after them and that clause tells no other event (عقد الرئيس اليمني هادي، أمس، اجتماعاً; بدأ رئيس الوزراء
    الماليزي، اليوم الثلاثاء، زيارة): that day ends no clause; else `left` (not «طلب مودي، أمس، دعم المعارضة», «التقى
    نظيره في برلين، أمس، بحث اللقاء»: the day closes the event before)."""
    c = left - 1
    if c < 2 or toks[c].text not in ",،":
        return left
    k = c - 1
    while k > c - 5 and k >= 0 and (toks[k].norm in fw.adverb or toks[k].norm in fw.day):
        k -= 1
    if k < c - 1 and toks[k].text not in _CLAUSE_PUNCT and strip_wa(toks[left].norm) in fw.preposition and \
            left + 1 in trig_toks:
        # (one comma after the day, before the verb's own preposition and the event noun it governs: تمكنت المدفعية
        # السعودية أمس، من تدمير رتل — the day ends no clause)
        start = _clause_start(toks, c)
        return left if any(start <= j < c for j in trig_toks) else start
    if k < 1 or k == c - 1 or toks[k].text not in ",،":
        k = _place_commas(toks, c, trig_toks, fw)
    if k < 1 or k == c - 1 or toks[k].text not in ",،":
        return left
    start = _clause_start(toks, k)
    return left if any(start <= j < k for j in trig_toks) else start


def _place_commas(toks: list[Token], c: int, trig_toks: set[int], fw: FunctionWords) -> int:
    """For the comma at token c that closes the place of the act set off by commas (عقد رئيس الوزراء العراقي حيدر
    العبادي، في مكتبه ببغداد، اجتماعاً): the comma that opens it, past a phrase of at most six words in في with no
    event word and no أن/إن; else -1."""
    k = c - 1
    while k > c - 7 and k >= 0 and toks[k].kind == "ar" and k not in trig_toks and \
            strip_wa(toks[k].norm) not in fw.complementizer:
        k -= 1
    if k < 1 or k >= c - 1 or toks[k].text not in ",،":
        return -1
    return k if toks[k + 1].norm == "في" else -1


def _titled_light_verb(toks: list[Token], t: int, cues: dict[int, Mention], groups: list[Group], starts: list[int],
                       trig_toks: set[int], fw: FunctionWords) -> int | None:
    """The light verb up to 30 words before the indefinite event noun at t when only its long titled subject stands
    between (أجرى صاحب السمو الملكي الأمير محمد بن سلمان … النائب الثاني لرئيس مجلس الوزراء وزير الدفاع أمس اتصالا
    هاتفيا): forms of address, noun phrases with at most one word between two, then time words and commas and
    the noun's own head (اتصالا); None otherwise."""
    k = _cue_before(toks, t, cues, "light_verb", 30, trig_toks, ".؟?!؛;:«»")
    if k is None:
        return None
    j, loose, seen = k + 1, 0, False
    while j < t:
        g = groups[i] if (i := bisect_left(starts, j)) < len(groups) and starts[i] == j else None
        if g is not None and g.end_tok <= t:
            j, loose, seen = g.end_tok, 0, True
        elif toks[j].norm in fw.honorific and not seen or toks[j].text in ",،" or toks[j].norm in fw.adverb:
            j += 1
        elif seen and loose == 0 and j + 1 < t:
            j, loose = j + 1, 1  # a word the phrases left out between two of them (النائب الثاني لرئيس)
        else:
            break
    return k if seen and t - j <= 1 else None


def _genitive_after_prep(toks: list[Token], after: list[Group], preps: tuple[str, ...] | frozenset[str],
                         cues: dict[int, Mention], trig_toks: set[int], fw: FunctionWords) -> Group | None:
    """The owner in «على/ضد + one or two nouns + X» (غارات على مخازن أسلحة الحوثيين): the nouns the preposition
    governs (no article, no و, no word the lexicons read) name no one, X is their genitive, whose they are; for
    hostile acts, the party hit. Not a place (على مدينة صعدة: where) nor a phrase with a preposition of its own."""
    for g in after[:3]:
        k = g.start_tok
        if g.prep or _place(g):
            continue
        if all(m.get("type") == "demonym" for m in g.mentions):
            return None  # (a nationality is the nouns' adjective, no genitive: على نقطة تفتيش أفغانية)
        if toks[k].norm[:1] == "و" or not toks[k].norm.startswith("ال") and not any(m.get("code") for m in g.mentions):
            return None  # (an indefinite phrase or a conjunct is their adjective: على مركزين عسكريين، حكومية وأجنبية)
        for n in (1, 2):
            if k - n - 1 < 0 or strip_wa(toks[k - n - 1].norm) not in preps or toks[k - n - 1].norm[:1] in "وف":
                continue
            heads = range(k - n, k)
            if all(toks[i].kind == "ar" and not toks[i].norm.startswith(("ال", "و", "ف", "ب", "ل")) and
                   i not in trig_toks and i not in cues and not _function_word(toks[i].norm, fw)
                   and toks[i].norm not in fw.number and toks[i].norm not in fw.weapon for i in heads):
                return g
        return None
    return None


def _owner_after_prep(toks: list[Token], after: list[Group], preps: tuple[str, ...] | frozenset[str],
                      owner_words: frozenset[str] = frozenset()) -> Group | None:
    """The owner in «على/ضد + noun + لـX» (أطلقت قذيفة على تجمع للمواطنين): the noun the preposition
    governs names no one the lexicon knows, and the ل-phrase (or a nationality adjective) after it says whose it is.
    With `owner_words` (تابعة: given for hostile acts only) the noun may have a definite adjective or تابعة before
    لـX (غارات على القواعد الخلفية لحزب العمال، على معسكرات تابعة لحزب العمال; not «مع الدول المرسلة للعمالة»)."""
    for g in after[:3]:
        k = g.start_tok
        owner = g.prep == "ل" or not g.prep and all(m.get("type") == "demonym" for m in g.mentions)
        if owner and k >= 2 and strip_wa(toks[k - 2].norm) in preps and toks[k - 1].kind == "ar":
            return g  # … or a nationality adjective of that noun: على جرافات إسرائيلية
        if owner_words and (g.prep == "ل" or toks[k - 1].norm in owner_words and toks[k].norm.startswith("ل")) and \
                k >= 3 and \
                toks[k - 1].kind == toks[k - 2].kind == "ar" and \
                (toks[k - 1].norm.startswith("ال") or toks[k - 1].norm in owner_words) and \
                not toks[k - 2].norm.startswith(("و", "ف")) and strip_wa(toks[k - 3].norm) in preps:
            # (the noun with its adjective or تابعة: على القواعد الخلفية لحزب العمال، على معسكرات تابعة لحزب العمال)
            return g
        if owner_words and k >= 4 and toks[k - 1].norm in owner_words and not toks[k - 1].norm.startswith("ال") \
                and (g.prep == "ل" or toks[k].norm.startswith("ل")) and strip_wa(toks[k - 4].norm) in preps and all(
                    toks[j].kind == "ar" and not toks[j].norm.startswith(("ال", "و", "ف")) for j in (k - 3, k - 2)):
            return g  # (an indefinite adjective first: سيطروا على قاعدة كبيرة تابعة للشرطة)
    return None


def _counted_conjunct(toks: list[Token], subj: Group, obj: Group, since: int, fw: FunctionWords) -> bool:
    """True if the phrase `obj` is a count conjoined to the counted phrase `subj` after a verb (قتل 47 متمردا و5 من
    القوات، قتل ثلاثة جنود وخمسة من المسلحين): only و, a number and من stand between them (past a relative adjective
    no lexicon reads and «على الأقل»), and a number stands right before `subj`, or the count itself has و (واعتقلت
    امرأة وأحد الأطفال: a woman and a child, arrested)."""
    k = subj.start_tok - 1
    between = [toks[i] for i in range(_conj_end(subj), obj.start_tok)]
    while between and between[0].kind == "ar" and between[0].norm[:1] != "و" and len(between[0].norm) > 3 and \
            between[0].norm.endswith(("ي", "يه")) and not between[0].norm.startswith("ال") and \
            not _number(between[0].norm, fw):
        between = between[1:]  # (past an adjective no lexicon reads: «وقتل جندي دولي وثمانية مقاتلين أفغان»)
    if len(between) > 2 and between[0].norm == _ON and between[1].norm in fw.at_least:
        between = between[2:]  # (past «على الأقل»: «وقتل 39 متمردا على الأقل و17 مقاتلا مواليا»)
    if between and between[0].kind == "ar" and between[0].norm.startswith("و") and len(between[0].norm) > 2 and \
            _number(between[0].norm[1:], fw) and all(t.norm in ("و", "من") or _number(t.norm, fw) for t in between):
        return True
    if k < since or not (toks[k].kind == "num" or _number(toks[k].norm, fw)):
        return False
    if not between or not (between[0].norm == "و" or between[0].norm.startswith("و") and _number(between[0].norm, fw)):
        return False
    counted = [t for t in between if t.kind == "num" or _number(t.norm, fw)]
    return bool(counted) and all(t.norm in ("و", "من") or t in counted for t in between)


def _more_counts(toks: list[Token], last: Group, groups: list[Group], starts: list[int],
                 fw: FunctionWords) -> list[Group]:
    """The further counts conjoined after the second of a list of counted victims (قتل 47 متمردا و5 من القوات
    الموالية لهادي و3 مدنيين): each next phrase, without a preposition but the conjunction, whose gap from the last
    holds only و, a number and من, a number among them."""
    more: list[Group] = []
    while True:
        end = _conj_end(last)
        j = bisect_left(starts, end)
        if j >= len(groups) or groups[j].prep not in ("", "conj", "و"):
            return more
        g = groups[j]
        between = toks[end:g.start_tok]
        if not between or len(between) > 4 or not between[0].norm.startswith("و") or \
                not any(t.kind == "num" or _number(strip_wa(t.norm), fw) for t in between) or \
                not all(t.norm in ("و", "من") or t.kind == "num" or _number(strip_wa(t.norm), fw) for t in between):
            return more
        more.append(g)
        last = g


def _during(toks: list[Token], k: int, fw: FunctionWords) -> bool:
    """True for a word at token k right after خلال or أثناء (خلال الزيارة، أثناء زيارته): a time adjunct."""
    return k >= 1 and strip_wa(toks[k - 1].norm) in fw.during


def _construct_owner(toks: list[Token], after: list[Group], preps: tuple[str, ...] | frozenset[str], tail_end: int,
                     fw: FunctionWords, groups: list[Group] | None = None, starts: list[int] | None = None
                     ) -> Group | None:
    """The owner in «بـ/لـ + indefinite noun + X» right after the verb and its subject (أشاد الوزير بدور المملكة، نوه
    بجهود رجال الأمن): the noun the verb's own attached preposition governs names no one; X, its genitive, is whom
    the act is about. Up to three definite words may stand first: past the subject, its genitive or adjectives no
    lexicon names (رحب الأمين العام لجامعة الدول العربية بإقرار مجلس النواب العراقي); past the verbal noun, its own
    adjectives, before a head in لـ (تقديم الدعم العسكري لنظام الأسد; not «اجتماعهم السنوي برئاسة مدير السجون», who
    chairs it). Past the subject, the name its title goes with (and its seat in في) may stand first, and the noun
    may lie past the words read after the verb (`groups`, `starts`: all the sentence's phrases)."""
    k = tail_end
    for g in after[:3]:
        j = g.start_tok - 1
        if not g.prep and j >= tail_end and toks[j].kind == "ar" and _attached_head(toks[j].norm, preps, fw) and \
                (j == k or j - k <= 3 and (k > tail_end or strip_wa(toks[j].norm)[0] == "ل") and all(
                    toks[i].kind == "ar" and toks[i].norm.startswith("ال") for i in range(k, j))):
            return g
        if g.prep == "ل" and k > tail_end and g.start_tok == k:
            k = g.end_tok  # (past the subject's body in لـ: الأمين العام لجامعة الدول العربية)
            continue
        if g.prep:
            return None
        k = _past_titled_name(toks, g.end_tok, fw)  # (past the verb's subject: أشاد الوزير بدور …; and past the
        # name its title goes with: أشاد السفير العماني الدكتور أحمد بن هلال البوسعيدي بجهود حكومة …)
        if groups is not None and starts is not None and g is after[0] and g.start_tok <= tail_end + 1 and \
                (own := _separate_head_owner(toks, k, preps, groups, starts, fw)) is not None:
            return own  # دافع البيت الأبيض أمس عن حق تركيا
        if k > g.end_tok and groups is not None and starts is not None and k < len(toks) and \
                _attached_head(toks[k].norm, preps, fw):
            i = bisect_left(starts, k + 1)
            return groups[i] if i < len(groups) and groups[i].start_tok == k + 1 and not groups[i].prep else None
    return None


def _separate_head_owner(toks: list[Token], k: int, preps: tuple[str, ...] | frozenset[str], groups: list[Group],
                         starts: list[int], fw: FunctionWords) -> Group | None:
    """The owner in «عن/مع + indefinite noun + X» at token k, the verb's own preposition written as a word of its own
    (function_words owner_prep), past a day word (دافع البيت الأبيض أمس عن حق تركيا): X, the noun's genitive, is whom
    the act is about; None otherwise."""
    while k < len(toks) and toks[k].norm in fw.day and toks[k].norm in fw.adverb:
        k += 1  # (أمس، اليوم)
    if k + 2 >= len(toks) or toks[k].norm not in preps or toks[k].norm not in fw.owner_prep:
        return None
    w = toks[k + 1].norm
    if toks[k + 1].kind != "ar" or len(w) < 2 or w.startswith(("ال", "و")) or _function_word(w, fw):
        return None
    i = bisect_left(starts, k + 2)
    g = groups[i] if i < len(groups) else None
    return g if g is not None and g.start_tok == k + 2 and not g.prep and _named(g) else None


def _past_titled_name(toks: list[Token], k: int, fw: FunctionWords) -> int:
    """The token index past a definite title or form of address at token k and the name the lexicons lack after it
    (الدكتور أحمد بن هلال البوسعيدي، الشيخ عبدالرحمن السديس), and past the seat in في before them (في المملكة),
    else k."""
    start = k
    if k + 2 < len(toks) and toks[k].norm == "في" and toks[k + 1].kind == "ar" and _definite(toks[k + 1].norm):
        k += 2  # (past the subject's seat before it: السفير العماني في المملكة الدكتور …)
    j = k
    while j < len(toks) and j - k < 3 and (toks[j].norm in _definite_titles() or toks[j].norm in fw.honorific):
        j += 1
    if j == k or j >= len(toks):
        return start  # (a seat with no titled name after it is no part of the subject: «في اليمن بمساعدة …»)
    e = _name_run(toks, j, set(), fw)
    if e is None:
        return start
    for n in (1, 2):  # (a foreign name's words the name words leave out, up to its comma: رالف بيتر كينج،)
        if e + n < len(toks) and toks[e + n].text in ",،" and all(
                toks[x].kind == "ar" and not _definite(toks[x].norm) and not _function_word(toks[x].norm, fw)
                for x in range(e, e + n)):
            return e + n
    return e


def _deed_doer(toks: list[Token], tail_end: int, cues: dict[int, Mention], groups: list[Group], starts: list[int],
               trig_toks: set[int], preps: tuple[str, ...] | frozenset[str] = (),
               fw: FunctionWords | None = None) -> Group | None:
    """For a verb of praise or blame whose complement is a definite deed noun (cues.tsv merit: بالجهود، على الدور),
    or a definite one right after the verb's own على, its definite adjectives at most three, and a relative clause
    whose verb resumes it (تبذلها، حققته، تقوم به): the
    subject right after that verb, who did the deed («أشاد الأمير بالجهود التي تبذلها الأجهزة الأمنية»، «أثنى مواطنون
    على النجاح الأمني الكبير والحاسم الذي حققته الأجهزة الأمنية»). Read within eight words past the verb, in its
    clause; so past a long subject, within twelve words with no mark between («نوه رئيس هيئة الأركان العامة في
    اليمن اللواء محمد المقدشي بالدور المحوري الذي أسهمت به دول التحالف العربي»), and the agent of a passive relative
    verb in من قبل («بالجهود التي بذلت من قبل وزارة البترول»). With the verb's own prepositions `preps`, a definite
    noun of no phrase that the verb governs first past its subject tells the deed as well, its relative verb resuming
    it with its pronoun («نددت الدول الخليجية بالتصريحات العدائية التي أطلقها مرشد إيران»، «رفضه الهدنة التي أعلنها
    التحالف العربي»; not a verb of undergoing or witnessing, whose subject underwent it: «الانتهاكات التي يواجهها
    الشعب»، «التطور الذي شهدته صناعة التحلية»)."""
    end = -1
    if tail_end < len(toks) and tail_end >= 1 and toks[tail_end - 1].norm == "علي" and \
            toks[tail_end].norm in _merit_nouns():
        end = tail_end + 1  # (the verb's own على in its span: «وأثنى على الدور الكبير الذي تقوم به أمانة المنطقة»)
    governed = _governed_deed(toks, tail_end, cues, groups, starts, preps, fw) if end < 0 and preps and fw else 0
    if governed:
        end = governed
    for k in range(tail_end, min(len(toks), tail_end + 12)):
        if end >= 0:
            break
        if toks[k].kind == "punct" or k in trig_toks:
            return None
        c = cues.get(k)
        if c is not None and c.label == "merit":
            end = c.tok_end
    if end < 0:
        return None
    m = end
    while m < min(len(toks), end + 3) and m not in cues and m not in trig_toks and toks[m].kind == "ar" and \
            toks[m].norm.startswith(("ال", "وال")):
        m += 1  # (its adjectives: الكبير والحاسم)
    rel = cues.get(m)
    v = rel.tok_end if rel is not None and rel.label == "relative" else len(toks)
    if v + 1 >= len(toks) or toks[v].kind != "ar" or v in cues and cues[v].label != "light_verb":
        return None  # (a light verb may resume it: تقوم به)
    if v in trig_toks and not toks[v].norm.endswith(("ه", "ها")):
        return None  # (an event verb only with its resumptive: «بالجهود التي تقدمها المؤسسة», whose deed it tells)
    if governed and (not toks[v].norm.endswith(("ه", "ها")) or _undergoing_verb(toks[v].norm)):
        return None  # (a deed noun no lexicon marks: only a doer's verb with its resumptive pronoun)
    if toks[v].norm.endswith(("ه", "ها")):
        s = v + 1  # (تبذلها، حققته)
    elif toks[v + 1].norm in ("به", "بها"):
        s = v + 2  # (تقوم به)
    elif v + 3 < len(toks) and toks[v + 1].norm == "من" and toks[v + 2].norm == "قبل":
        j = bisect_left(starts, v + 1)  # (بذلت من قبل وزارة البترول: the agent of the passive verb)
        g = groups[j] if j < len(groups) and groups[j].start_tok in (v + 1, v + 3) else None
        return g if g is not None and g.prep == "passive_agent" else None
    else:
        return None
    j = bisect_left(starts, s)
    g = groups[j] if j < len(groups) and (groups[j].start_tok == s or groups[j].start_tok == s + 1
                                          and toks[s].kind == "ar" and s not in cues and s not in trig_toks
                                          and not toks[s].norm.startswith(("ال", "و", "ب", "ل"))) else None
    return g if g is not None and not g.prep else None  # (an indefinite head no lexicon names: أسهمت به دول التحالف)


def _governed_deed(toks: list[Token], tail_end: int, cues: dict[int, Mention], groups: list[Group],
                   starts: list[int], preps: tuple[str, ...] | frozenset[str], fw: FunctionWords) -> int:
    """The token past a definite noun of no phrase that a verb of praise or blame governs with its own preposition
    (بالتصريحات، على الهدنة) or as its object (الاتفاق), the first word past the verb and its subject phrases within
    eight words (0 if none): the deed noun whose relative clause _deed_doer reads."""
    k = tail_end
    for _ in range(8):
        if k + 1 >= len(toks) or toks[k].kind != "ar" or k in cues and cues[k].label not in ("matter", "frame"):
            return 0
        j = bisect_left(starts, k + 1) - 1
        if j >= 0 and groups[j].start_tok <= k < groups[j].end_tok:
            k = groups[j].end_tok  # (past the subject: أشاد الوزير)
            continue
        w = toks[k].norm
        if w.startswith("بال") and "ب" in preps or w.startswith("ال") and (
                "obj" in preps or k >= 1 and toks[k - 1].norm == "علي" and "علي" in preps):
            return k + 1 if len(w) > 4 else 0
        if w == "علي" and "علي" in preps or w.startswith("ال") and not _function_word(w, fw):
            k += 1  # (past a definite subject no lexicon names: نددت الدول الخليجية بالتصريحات)
            continue
        return 0
    return 0


@lru_cache(maxsize=1)
def _month_words() -> tuple[frozenset[str], frozenset[str]]:
    """(the month names, the words of a month's edge: نهاية، مطلع، أواخر) of the time words, one word each."""
    words = TimeWords.load()
    return words.words_of("month"), words.words_of("edge")


def _past_month(toks: list[Token], i: int) -> int:
    """The token index past a month told after في at token i: an edge word or a day's number first, at most, then
    the month's name, its other series' name after a slash («في نهاية ايار/ مايو»، «في 20 أيار/مايو») and a
    year; else i."""
    if i >= len(toks) or toks[i].norm != "في":
        return i
    months, edges = _month_words()
    k = i + 1
    if k < len(toks) and (toks[k].norm in edges or toks[k].kind == "num"):
        k += 1
    if k >= len(toks) or toks[k].norm not in months:
        return i
    k += 1
    if k + 1 < len(toks) and toks[k].text == "/" and toks[k + 1].norm in months:
        k += 2
    if k < len(toks) and toks[k].kind == "num" and len(toks[k].text) == 4:
        k += 1  # (a year)
    return k


@lru_cache(maxsize=1)
def _undergoing_cues() -> frozenset[str]:
    """The one-word verbs of undergoing and witnessing of cues.tsv (تعرض، شهدت، يواجه), normalised, and their perfects
    without the feminine ت (شهد+ته)."""
    words = frozenset(normalize(r["phrase"]) for r in _rows("cues.tsv")
                      if r.get("cue") in ("undergo", "witness") and " " not in r["phrase"].strip())
    return words | frozenset(w[:-1] for w in words if w.endswith("ت"))


def _undergoing_verb(norm: str) -> bool:
    """True for a verb of undergoing or witnessing with its resumptive pronoun (تعرضته، شهدته، يواجهها)."""
    return (norm[:-2] if norm.endswith("ها") else norm[:-1]) in _undergoing_cues()


@lru_cache(maxsize=1)
def _merit_nouns() -> frozenset[str]:
    """The definite deed nouns of cues.tsv merit written after على (الدور، الجهود), normalised."""
    return frozenset(normalize(r["phrase"]).split()[1] for r in _rows("cues.tsv")
                     if r.get("cue") == "merit" and len(r["phrase"].split()) == 2)


def _merit_genitive(toks: list[Token], tail_end: int, g: Group, preps: tuple[str, ...] | frozenset[str],
                    cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for a phrase right after a deed noun in بـ that stands right after the verb (cues.tsv merit: «وأشاد بدور
    قوات التحالف العربي»، «رحب بجهود المملكة»), or after it and one indefinite noun of no phrase («بموقف دول التحالف
    العربي»): the noun's genitive, whom the act is about, not the verb's subject (which the verb's pronoun carries)."""
    if "ب" not in preps or (c := cues.get(tail_end)) is None or c.label != "merit":
        return False
    k = g.start_tok - 1
    return k == tail_end or k == tail_end + 1 and toks[k].kind == "ar" and k not in cues and \
        not _definite(toks[k].norm) and not _function_word(toks[k].norm, fw) and toks[k].norm[:1] not in ("و", "ف")


def _matter_genitive(toks: list[Token], tail_end: int, g: Group, cues: dict[int, Mention],
                     fw: FunctionWords | None = None) -> bool:
    """True for a phrase right after an indefinite noun of a thing or deed (cues.tsv matter) that stands right after
    the verb: «أدانت تشكل وزيرة القضاء الإسرائيلية لجنة»، «صوت ضد شروط صندوق النقد»: the noun's genitive, whose
    the object is, not the verb's subject; so with `fw`, right after a noun of statements or conduct
    (function_words.tsv statement: «انتقد تصرفات نوري المالكي»)."""
    k = g.start_tok - 1
    return tail_end <= k <= tail_end + 1 and not _definite(toks[k].norm) and (
        (c := cues.get(k)) is not None and c.label == "matter"
        or fw is not None and k not in cues and toks[k].norm in fw.statement)


def _matter_between(i: int, j: int, cues: dict[int, Mention]) -> bool:
    """True if a noun of a thing or deed (cues.tsv matter) stands between tokens i and j: the phrase after it is its
    genitive, not a title of the phrase before it («وأدانت الوزارة تشكيل وزيرة القضاء لجنة»)."""
    return any((c := cues.get(k)) is not None and c.label == "matter" for k in range(i, j))


def _ala_owner(toks: list[Token], after: list[Group], tail_end: int, trig_toks: set[int], cues: dict[int, Mention],
               fw: FunctionWords) -> Group | None:
    """The owner in «على + indefinite noun + X» right after the verb and its subject (أثنى الأمير على جهود رجال الأمن،
    اعترض رجال الأعمال على قرار وزارة العمل): the noun the verb's own على governs names no one (no event or cue word);
    X, its genitive, is whom the act is about, as _construct_owner reads بجهود، بدور (not a place: «على مطاري بانكوك»
    says where). The subject may be definite words no phrase holds («وأثنى المتحدث على دور طيران التحالف»)."""
    k = tail_end
    for g in after[:3]:
        j = g.start_tok - 1
        if not g.prep and j - 1 >= k and toks[j - 1].norm == "علي" and toks[j].kind == "ar" and j not in trig_toks \
                and not _place(g) \
                and j not in cues and not _definite(toks[j].norm) and len(toks[j].norm) >= 3 \
                and not _function_word(toks[j].norm, fw) and toks[j].norm[:1] not in ("و", "ف") and (
                    j - 1 == k or j - 1 - k <= 3 and all(
                        toks[i].kind == "ar" and toks[i].norm.startswith("ال") for i in range(k, j - 1))):
            return g
        if g.prep == "ل" and k > tail_end and g.start_tok == k:
            k = g.end_tok  # (past the subject's body in لـ)
            continue
        if g.prep:
            return None
        k = g.end_tok  # (past the verb's subject)
    return None


def _ala_beneficiary(toks: list[Token], after: list[Group], tail_end: int, trig_toks: set[int],
                     fw: FunctionWords) -> Group | None:
    """The party in لـ (or in مع) right after the indefinite noun the verb's own على governs and its words, three at
    most («وافقت الخارجية الامريكية على صفقة ذخيرة محتملة للسعودية»، «وافق رسميا على تفاهم مع الولايات المتحدة»):
    whom the deal agreed to is for, or made with, the recipient; not civilians or refugees, nor a place."""
    g = next((g for g in after if g.prep in ("ل", "مع")), None)
    if g is None or _helped(g) or _city(g):
        return None
    end = g.start_tok - (g.prep == "مع")  # (the word مع itself, written apart)
    a = next((k for k in range(end - 1, max(tail_end, end - 5) - 1, -1) if toks[k].norm == "علي"), None)
    if a is None or a + 1 == end or any(g2.start_tok < a and g2.prep for g2 in after):
        return None
    return g if all(toks[k].kind == "ar" and k not in trig_toks and not _definite(toks[k].norm) and
                    not _function_word(toks[k].norm, fw) for k in range(a + 1, end)) else None


def _attached_head(norm: str, preps: tuple[str, ...] | frozenset[str], fw: FunctionWords) -> bool:
    """True for an indefinite noun with one of `preps` attached (بدور، بجهود، لمواقف): no article, no function word."""
    w = strip_wa(norm)
    return len(w) >= 4 and w[0] in ("ب", "ل") and w[0] in preps and not w[1:].startswith("ال") \
        and not _function_word(w, fw) and w[1:] not in fw.honorific and w not in fw.preposition


def _with_conj(group: Group | None) -> list[Group]:
    """A group and the groups conjoined to it with و, as a compound actor list."""
    if group is None:
        return []
    return [group, *(g for g in group.conj if _named(g))]


def _is_patient(toks: list[Token], g: Group, entry: TriggerEntry, since: int, fw: FunctionWords) -> bool:
    """True if a lone noun phrase after a verb reads as its object (counted victims, civilians).

    `since` is where to start looking for a count before the phrase (just after the verb). A part counted with من
    after a verb of no violence (طالب عدد من المواطنين، اعترض الكثير من رجال الأعمال) is its subject.
    """
    k = g.start_tok
    if entry.event not in _PASSIVE_TYPES and _partitive(toks, k, fw):
        return False
    for j in range(max(since, k - 4), k):
        if toks[j].kind == "num" or strip_wa(toks[j].norm) in fw.number:
            return True
    if g.mentions[0].get("prefix") == "" and toks[k].norm[:1] in "0123456789":
        return True
    sectors = {m.get("sector") for m in g.mentions if m.kind == "agent"}
    if _persons_died(toks, g, entry, g.start_tok):
        return True  # «وقتل شخص بعد تعرضه للضرب»: one person or two after a verb of death or wounds died (not «أطلق
        # شخصان النار»: they shot)
    return entry.event in ("ASSAULT", "COERCE") and bool(sectors & _VICTIM_SECTORS) and not any(
        m.kind == "actor" and m.get("type") != "demonym" for m in g.mentions)


def _shelled_genitive(entry: TriggerEntry, gen: Group | None) -> bool:
    """True for the genitive of a shelling or air-raid noun (modes heavy-weapons, aerial) that names civilians only
    (CVL, no named actor): «انتقم الحوثيون … بقصف الأحياء السكنية»، «بقصف المدنيين» — civilians shell no one, the
    genitive is what the shelling befell, not its doer."""
    return gen is not None and entry.event == "ASSAULT" and entry.mode in ("heavy-weapons", "aerial") and \
        {m.get("sector") for m in gen.mentions if m.kind == "agent"} == {"CVL"} and \
        not any(m.kind == "actor" and m.get("type") != "demonym" for m in gen.mentions)


def _count_with_object(toks: list[Token], subj: Group, trig: Mention, starts: list[int], trig_toks: set[int],
                       fw: FunctionWords) -> bool:
    """True for people counted right after a verb of attack that tells no death, wound nor taking, with an indefinite
    event word or weapon (no phrase of its own), or a noun with its event adjective, right after them: the verb's
    object, which makes the counted its subject («وفجر أربعة انتحاريين أجهزة ناسفة»); so a second count of things
    no phrase names («قصفت 3 طائرات تركية 4 مواقع لـ«داعش»»)."""
    e = _conj_end(subj)
    if _casualty(trig) or trig.entry.event != "ASSAULT" or (trig.entry.event, trig.entry.mode) in _TAKING or \
            e >= len(toks) or _starts_at(starts, e):
        return False
    if toks[e].kind == "num" or toks[e].norm in fw.number:
        return e + 1 < len(toks) and toks[e + 1].kind == "ar" and not toks[e + 1].norm.startswith("ال") and not _starts_at(starts, e + 1)
    if toks[e].kind != "ar":
        return False
    w = toks[e].norm
    return not w.startswith("ال") and w[:1] not in "وفبل" and (e in trig_toks or e + 1 in trig_toks or w in fw.weapon)


def _after_lead_in(toks: list[Token], t: int) -> bool:
    """True for a verb at token t right after a lead-in word that goes on with the clause before (كما، بينما، حيث:
    statement_cues.tsv), written apart from it."""
    if t < 1 or toks[t - 1].kind != "ar":
        return False
    w = toks[t - 1].norm  # (as written first: strip_wa would take the ف of فيما)
    return w in _cue_words("lead_in") or strip_wa(w) in _cue_words("lead_in")


def _passive_after_lead_in(toks: list[Token], t: int, cues: dict[int, Mention]) -> bool:
    """True for a verbal noun at token t right after a light verb of the passive (تم، يتم: cues.tsv passive_light)
    that stands right after a lead-in word («فيما تم قتل 11 مسلحًا»): a clause of its own, as `_after_lead_in`."""
    return t > 1 and (c := cues.get(t - 1)) is not None and c.label == "passive_light" and _after_lead_in(toks, t - 1)


def _cut_by_reach(toks: list[Token], t: int, left: int, start: int) -> bool:
    """True if the clause of token t begins at `left` only because no more words are read back (clauses._CLAUSE_REACH),
    and no clause mark stands from token `start` (where a phrase that runs past `left` begins) to `left`."""
    return left == t - _CLAUSE_REACH and not any(toks[k].text in _CLAUSE_PUNCT for k in range(start, left))


def _relative_head_before(toks: list[Token], t: int, verb_at: int, groups: list[Group], cues: dict[int, Mention],
                          fw: FunctionWords) -> Group | None:
    """The antecedent of the nearest relative pronoun past token verb_at, within 15 words before the verb at token t,
    when the pronoun agrees with that verb and a verb stands right after it (الملك سلمان الذي تطوع …، كما دعم): the
    verb after a lead-in goes on from that clause; None otherwise."""
    for k in range(t - 2, max(verb_at, t - 16, 0), -1):
        if toks[k].text in "؛;.:":
            return None
        if (c := cues.get(k)) is None or c.label != "relative":
            continue
        verb = toks[k + 1]
        if _relative_person(toks[k].norm) != _verb_person(toks[t].norm) or verb.kind != "ar" or \
                verb.norm.startswith("ال") or _function_like(verb.norm, fw):
            return None
        return next((g for g in groups if _conj_end(g) == k and not g.prep), None)
    return None


def _relative_goes_on(toks: list[Token], trig: Mention, actor: list[Group], verb_at: int, groups: list[Group],
                      cues: dict[int, Mention], trig_toks: set[int], fw: FunctionWords) -> list[Group] | None:
    """The subject of a verb in و that goes on from a relative clause since its carried subject `actor` (a relative
    pronoun and its verb within 15 words before, both agreeing with this verb), when this verb disagrees in gender
    with the last main verb, at token verb_at («دانت البحرين التفجير الذي استهدف …، وأودى بحياة»), or tells an attack,
    a death or a wound and the relative follows an act told by a noun (`trig_toks`): the phrase the
    relative follows (the bombing's adjective «الإرهابي» in «التفجير الإرهابي الذي»: its doer's kind), none where no
    phrase ends there; None when the verb does not go on from such a clause or a pronoun after it resumes the
    antecedent."""
    t = trig.tok_start
    if not actor or trig.get("object_pronoun") or any(_pronoun_after(toks, k, fw) for k in range(
            tail_end_of(trig), tail_end_of(trig) + 3)):
        return None  # (a pronoun after the verb resumes the antecedent, which is then no subject: «هاجم الأهالي
        # مندوبي التمرد الذين أوصلوا الجثث واعتدوا عليهم»، «وقتلوا ثلاثة منهم»)
    person = _verb_person(toks[t].norm)
    if not person:
        return None
    for k in range(t - 2, max(actor[-1].end_tok - 1, t - 16, 0), -1):
        if toks[k].text in ("؛", ";", ".", ":"):
            return None
        if (c := cues.get(k)) is None or c.label != "relative":
            continue
        verb = toks[k + 1]
        if _relative_person(toks[k].norm) != person or verb.kind != "ar" or verb.norm.startswith("ال") or \
                _function_like(verb.norm, fw) or _verb_person(verb.norm) != person:
            return None  # (the clause's verb agrees too: not «المدينة التي سيطر عليها التنظيم، وقتلت»)
        head = next((g for g in groups if _conj_end(g) == k and not g.prep), None)
        if not (verb_at >= 0 and not _agrees(toks, verb_at, t) or _casualty(trig) and not _people_named(head)
                and any(j in trig_toks for j in range(max(0, k - 4), k))):
            return None  # (a main verb of the same gender carries its subject on, unless the relative follows an act
            # told by a noun and no party of people: «حادث التفجير الإرهابي الجبان الذي وقع في مسجد …، واستهدف عددا
            # من المصلين»; not «هاجم مسلحون الجنود الذين كانوا يحرسون …، وقتلوا ثلاثة»)
        return _with_conj(head) if head is not None else []
    return None


def _people_named(g: Group | None) -> bool:
    """True for a phrase naming a party of people: a role noun or a coded name that is not an armed-kind adjective
    (الجنود، قوات الأمن; not «الإرهابي» of «التفجير الإرهابي»)."""
    return g is not None and any((m.kind == "agent" or m.get("code")) and m.get("sector") != "UAF"
                                 for m in g.mentions)


def _pronoun_after(toks: list[Token], k: int, fw: FunctionWords) -> bool:
    """True for a preposition with an attached pronoun at token k (عليهم، عليه، ضدهم، به): the verb's object."""
    if k >= len(toks) or toks[k].kind != "ar":
        return False
    w = toks[k].norm
    return any(w.startswith(p) and w[len(p):] in _OBJECT_PRONOUNS for p in fw.preposition) or \
        w[:1] == "ب" and w[1:] in _OBJECT_PRONOUNS


def _relative_person(norm: str) -> str:
    """The person a relative pronoun stands for, as _verb_person tells a verb's: "m" (الذي), "f" (التي), "pl"
    (الذين); "" for a dual or another word."""
    return {"الذي": "m", "التي": "f", "الذين": "pl"}.get(strip_wa(norm), "")


def _lead_in_carries(toks: list[Token], t: int, fw: FunctionWords) -> bool:
    """True for a verb right after a lead-in (`_after_lead_in`) that carries the last subject on: not فيما
    (function_words background), after which a fact of its own is told, its doer not the one before («فيما قتل
    احد رجال المقاومة»، «فيما ينتقد آخرون علاقاته»)."""
    return _after_lead_in(toks, t) and toks[t - 1].norm not in fw.background


def _agrees(toks: list[Token], a: int, b: int) -> bool:
    """True unless the verbs at tokens a and b differ in gender (دعا … كما أثنت: another subject)."""
    return {_singular_gender(toks[a].norm), _singular_gender(toks[b].norm)} != {"m", "f"}


def _singular_gender(norm: str) -> str:
    """The gender of a singular verb by its spelling: "f" for a perfect in ـت (دعت، أثنت), "m" for one of three
    letters (دعا، نفى) or one without a dual or plural ending (أثنى، طالب), an imperfect in يـ (يدعو) or a perfect in
    تـ no imperfect shares (توجه، تعهد: function_words t_perfect); "" for a
    dual or plural (اتفقا، طالبوا), whose gender the spelling may not tell, and a future in ستـ (ستستهدف: she, or
    you)."""
    w = strip_wa(norm)
    if w.endswith("ت"):
        return "f"
    if w.endswith(("وا", "ون")) or len(w) > 3 and w.endswith("ا") and not w.startswith("ي"):
        return ""
    if w.startswith("ست"):
        return ""
    return "m" if not w.startswith("ت") or w in _t_perfects() else ""


@lru_cache(maxsize=1)
def _t_perfects() -> frozenset[str]:
    """The masculine perfects in ت of function_words.tsv t_perfect (توجه، تعهد), which no imperfect shares."""
    return FunctionWords.load().t_perfect


def _partitive(toks: list[Token], k: int, fw: FunctionWords) -> bool:
    """True for a phrase at token k after «quantity + من» (عدد من، العديد من، ثلاثة من): a part of it counted."""
    return k >= 2 and toks[k - 1].norm == "من" and (toks[k - 2].kind == "num" or _quantity(toks[k - 2].norm, fw))


def _conj_end(g: Group) -> int:
    """Token index just past a phrase and the phrases conjoined to it."""
    return max([g.end_tok, *(c.end_tok for c in g.conj)])


_OBJECT_PRONOUNS = ("هما", "هم", "هن", "ها", "ه", "كم", "ك", "نا", "ني")


def _source_or_escort(toks: list[Token], g: Group, fw: FunctionWords) -> bool:
    """True for a phrase right after a word of source or escort (حسب وكالة الانباء، بمرافقة مغتصبين:
    function_words per_source, escort), or after one and the word that follows it, a verb of telling or its noun, with
    «ما» between when the word takes it, and «به» after the verb («وفق ما اوردت وكالة الانباء السورية»، «حسبما
    ذكرت الوكالة»، «حسبما أفادت به وكالة»، «حسب وصف التنظيم»): who tells or comes along, never the subject of a verb
    around it."""
    k = g.start_tok
    if k > 0 and ((w := toks[k - 1].norm) in fw.per_source or w in fw.escort):
        return True
    k -= k > 2 and toks[k - 1].norm in _WITH_IT  # (حسبما أفادت به وكالة)
    if k < 2 or toks[k - 1].kind != "ar" or _function_word(toks[k - 1].norm, fw):
        return False
    return _per_source(toks[k - 2].norm, fw) or k >= 3 and toks[k - 2].norm in _WHAT and _per_source(toks[k - 3].norm, fw)


def _per_source(norm: str, fw: FunctionWords) -> bool:
    """True for a word of «according to» (function_words per_source), with or without و before it (وفق is one)."""
    return norm in fw.per_source or strip_wa(norm) in fw.per_source


_WHAT = frozenset({"ما", "لما"})  # (normalised) «what», between «according to» and its verb of telling
_WITH_IT = frozenset({"به", "بها"})  # (normalised) «with it», after a verb of telling (أفادت به)


def _taken_tail(trig: Mention, groups: list[Group], starts: list[int]) -> Group | None:
    """For an act that takes people (_TAKING) with no object pronoun: the bare phrase its own tail word starts right
    after it (ضبط الشخصين المتهمين), the one taken; None otherwise."""
    if trig.get("object_pronoun") or trig.get("possessive"):
        return None
    return _pronoun_tail_subject(trig, tail_end_of(trig), groups, starts)


def _pronoun_tail_subject(trig: Mention, tail_end: int, groups: list[Group], starts: list[int]) -> Group | None:
    """The bare phrase the trigger's own tail word starts right after it (كان أسره المتمردون: for a verb with an
    object pronoun, its subject); None where the trigger has no such tail or no phrase starts there."""
    if tail_end <= trig.tok_end:
        return None
    j = bisect_left(starts, trig.tok_end)
    g = groups[j] if j < len(groups) else None
    return g if g is not None and g.start_tok == trig.tok_end and not g.prep else None


def _feminine_pronoun_verb(toks: list[Token], trig: Mention) -> bool:
    """True for a perfect verb in the feminine singular (ـت) with its object pronoun attached (قتلتهم، استهدفتها)."""
    word = strip_wa(toks[trig.tok_start].norm)
    stem = next((word[:-len(p)] for p in _OBJECT_PRONOUNS if word.endswith(p) and len(word) - len(p) >= 4), "")
    return trig.get("aspect") != "imperfect" and stem.endswith("ت")


def _plural_verb(toks: list[Token], trig: Mention) -> bool:
    """True for a verb with plural subject agreement: perfect ـوا (هاجموا، هاجموه), imperfect
    يـ/تـ…ـون (يهاجمون، يهاجمونه); or the dual one the mentions read after a dual subject («المسلحان قتلا»)."""
    if trig.get("number") == "dual":
        return True
    word = toks[trig.tok_start].norm
    if trig.get("object_pronoun"):
        word = next((word[:-len(p)] for p in _OBJECT_PRONOUNS if word.endswith(p) and len(word) - len(p) >= 3),
                    word)
        if trig.get("aspect") != "imperfect" and word.endswith("و"):
            return True
    if trig.get("aspect") == "imperfect":  # (a stem that ends in ون is no plural: تتعاون إيران، يتعاونون)
        return word.endswith("ونون" if trig.entry.lemma.endswith("ون") else "ون")
    return word.endswith("وا")


def _definite_object_tail(toks: list[Token], trig: Mention) -> bool:
    """True for a verb whose own tail word, with the article, follows it at once (خرقوا الهدنة): the verb has its
    object there, so it is active; the phrase before it is its subject («لكن المتمردين خرقوا الهدنة»), not one a
    passive befell."""
    end = tail_end_of(trig)
    return end > trig.tok_end and strip_wa(toks[trig.tok_end].norm).startswith("ال")


def _passive_spelling(toks: list[Token], trig: Mention) -> bool:
    """True if the verb as written can be a passive: a perfect with a long ا inside its stem (هاجم، اغتال)
    spells its passive otherwise (هوجم، اغتيل), so it is active; قتل، اختطف، أطلق read both ways.
    Only what is done to people (attacks, arrests) is told in the passive often enough to read it so."""
    if trig.label not in _PASSIVE_TYPES:
        return False
    if trig.get("aspect") != "perfect":
        return True
    word = toks[trig.tok_start].norm[len(trig.get("prefix")):]
    for suffix in ("وا", "تا", "ا", "ت", "ن"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[:-len(suffix)]
            break
    return "ا" not in word[1:]


def _passive_form(toks: list[Token], trig: Mention) -> bool:
    """True for a perfect verb spelled as only a passive is: a hollow or ifta'al stem with ي where the
    active has ا (أُصيب from أصاب, اُغتيل from اغتال, أُقيل from أقال); or any perfect written with its passive
    vowel (اتُّهم، دُعي، قُتل): the spelling test of `_looks_passive`, for the event types read so."""
    return _marked_passive(toks, trig) or trig.label in _PASSIVE_TYPES and (
        _looks_passive(toks, trig) or _defective_passive(toks, trig))


def _defective_passive(toks: list[Token], trig: Mention) -> bool:
    """True for a perfect of the أفعل stem of a root with a weak last letter written with ي (ألقي القبض، أخلي
    سبيله): its active ends in ى (ألقى القبض), which normalising spells ي as well, so only the letters written tell;
    and since many write the active with ي too, only with its fixed object (function_words fixed_object) right after
    it, where an active would have its subject (ألقي رجال الشرطة القبض is active)."""
    if trig.get("aspect") != "perfect" or trig.get("object_pronoun") or trig.tok_start + 1 >= len(toks) or \
            toks[trig.tok_start + 1].norm not in FunctionWords.load().fixed_object:
        return False  # (ألقي رجال الشرطة القبض: the active ألقى in its common spelling, its subject between)
    letters = [c for c in toks[trig.tok_start].text if "\u0621" <= c <= "\u064A"]
    stem = letters[len(trig.get("prefix")):]
    return len(stem) == 4 and stem[0] in "أا" and stem[-1] == "ي"


def _looks_passive(toks: list[Token], trig: Mention, starts: list[int] = ()) -> bool:
    """True for a perfect verb of any event type spelled as only a passive is (أدين، أقيل، اتُّهم): see _passive_form;
    so a verb of accusing with بأن/بأنه right after it, not a name that starts a phrase there (`starts`, where the
    caller has them: «اتهمت إسرائيل بان كي مون»)."""
    if _marked_passive(toks, trig):
        return True
    if trig.get("aspect") != "perfect" or trig.get("object_pronoun"):
        return False
    if trig.get("cameo") == "112" and trig.get("pos") == "verb" and (k := tail_end_of(trig)) < len(toks) and \
            toks[k].norm in _THAT_BI and not _starts_at(starts, k):
        return True  # واتهم بأنه كان ينوي: «that he» right after the verb leaves no room for its object (اتُّهم)
    word = toks[trig.tok_start].norm[len(trig.get("prefix")):]
    for suffix in ("وا", "تا", "ا", "ت"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[:-len(suffix)]
            break
    return len(word) in (4, 5) and word[0] == "ا" and word[-2] == "ي" and (len(word) == 4 or word[2] == "ت")


def _marked_passive(toks: list[Token], trig: Mention) -> bool:
    """True for a perfect verb written with a damma on one of the first three letters of its stem (اتُّهم، دُعي،
    أُصيب): the passive vowel, which no active perfect has there."""
    if trig.get("aspect") != "perfect":
        return False
    letters = [c for c in toks[trig.tok_start].text if "\u0621" <= c <= "\u064A" or c == "\u064F"]
    stem = letters[len(trig.get("prefix")):]
    return "\u064F" in stem[:4] and stem[0] != "\u064F"


def _received_from(toks: list[Token], trig: Mention, groups: list[Group], starts: list[int],
                   fw: FunctionWords) -> tuple[list[Group], list[Group]] | None:
    """For an event noun right after a verb of receiving and its subject (وستتلقى أثينا قرضا، حصلت اليونان على قرض،
    تلقى الصندوق دعما ماديا من الأمير): (the giver, the phrase in «من» a few words past the noun, or none; the
    receiver, the verb's subject, or none where the verb carries it). None where no such verb governs the noun."""
    k = trig.tok_start - 1
    if k >= 0 and toks[k].norm == _ON:
        k -= 1  # (حصل على)
    subj = None
    j = bisect_right(starts, k) - 1
    if j >= 0 and groups[j].end_tok == k + 1 and not groups[j].prep and groups[j].start_tok > 0:
        subj, k = groups[j], groups[j].start_tok - 1
    if k < 0 or toks[k].kind != "ar":
        return None
    verb = strip_wa(toks[k].norm)
    if verb not in fw.receive_verb and not (verb[:1] == "س" and verb[1:] in fw.receive_verb):
        return None
    if verb in fw.receive_or_hand and (subj is None or _feminine_subject(toks, subj)):
        return None  # تسلم الحكومة المساعدات للنازحين: the present of سلّم with a feminine subject, «hands over»
    giver = []
    for g in groups[bisect_left(starts, trig.tok_end):bisect_left(starts, trig.tok_end + 8)]:
        if any(toks[m].text in _CLAUSE_PUNCT for m in range(trig.tok_end, g.start_tok)):
            break
        if g.prep == "من":
            giver = [g]
            break
    if subj is None and not giver:
        return None
    return giver, [subj] if subj is not None else []


def _feminine_subject(toks: list[Token], g: Group) -> bool:
    """True for a phrase whose first word (و taken off) is written feminine (ة, read ه after normalising, or ات), or a
    country (a code, no sector: تسلم مصر): the subject a present verb in ت has."""
    head = strip_wa(toks[g.start_tok].norm)
    return head.endswith(("ه", "ات")) or any(
        m.kind == "actor" and m.get("code") and not m.get("sector") and m.get("type") != "person" for m in g.mentions)


def _clause_opener_at(toks: list[Token], i: int, fw: FunctionWords) -> bool:
    """True if token i is a word that opens a new clause after a verb (`fw.clause_opener`: كما، اذ; with the
    `meanwhile` and `contrast` words merged in, فيما، بينما، لكن، لكنه…، بل)."""
    return i < len(toks) and toks[i].kind == "ar" and (toks[i].norm in fw.clause_opener or
                                                       strip_wa(toks[i].norm) in fw.clause_opener)


def _objectless(toks: list[Token], i: int, trig_toks: set[int], fw: FunctionWords,
                own: tuple[str, ...] = (), cues: dict[int, Mention] | None = None) -> bool:
    """True if no object follows the verb ending before token i: the clause ends (not at a comma), or
    (after time words, and a span of time: خلال الأيام الماضية) a preposition, an attached بـ-phrase or a
    coordinated trigger verb comes next (قتل في هجوم، قتلا بانفجار، قتل وأصيب آخرون)."""
    while i < len(toks) and (_when_word(toks, i, fw) or _bracketed_day(toks, i, fw) > i):
        i = _bracketed_day(toks, i, fw) if toks[i].text == "(" else i + 1  # (قتل مسلح الأربعاء بعد أن أطلق النار: the
        # day says when; so أول من أمس, and 9 متمردين قتلوا ليلا في غارة, and the day set in brackets: قصفت الطائرات
        # أمس (السبت) مواقع)
    if 0 < i < len(toks) and toks[i - 1].text == ")" and toks[i].text in ",،" and not _day_comma(toks, i):
        return True  # (a comma after the bracketed day before a clause of its own: قتلوا اليوم (السبت)، عندما)
    if (k := _past_month(toks, i)) > i and k < len(toks) and (toks[k].kind == "num" or toks[k].norm in fw.number):
        return False  # «وقتل الجيش الجزائري في نهاية ايار/ مايو 25 اسلاميا»: past the month, a count, the object
    if (k := _past_span(toks, i, cues or {}, fw)) > i:
        i = k
        while i < len(toks) and (toks[i].norm in fw.adverb or _when_word(toks, i, fw)):
            i += 1  # (so «أول من أمس»: «في وقت متأخر من مساء أول من أمس، في هجوم»)
        if i < len(toks) and (toks[i].kind == "num" or toks[i].norm in fw.filler):
            return False  # a count after the span (نحو 20 مقدسيا، أكثر من 30): the object
    if i >= len(toks):
        return True
    if toks[i].text in _DASHES and i + 1 < len(toks) and toks[i + 1].norm in fw.among:
        return True  # 260 مقاتلا كرديا قتلوا -منهم شخصيات بارزة-: an aside on who they were, part of the subject
    if toks[i].norm.startswith(fw.succumbing_stems):
        return True  # وكان العقيد قتل يوم الخميس متأثرا بجروح: he died of his wounds, no object
    if _report_participle_at(toks, i, fw):
        return True  # إن 17 متمردا قتلوا مشيرة إلى سقوط …: the speaker's participle goes on, no object
    if toks[i].norm[:1] == "و" and i + 1 < len(toks) and _other_subject(toks[i + 1].norm, fw):
        return True  # إن جنديا قتل وفقد آخر: the next verb's subject is «another», its clause is new
    if (j := i + (toks[i].text in ",،")) < len(toks) and _clause_opener_at(toks, j, fw) and \
            not (j + 1 < len(toks) and strip_wa(toks[j + 1].norm) in fw.say_verb):
        # إن أكثر من 27 شخصا قتلوا كما أصيب العشرات، 3 حوثيين قتلوا، فيما أصيب آخرون: a new clause (not an aside
        # on the source, «اعتقلت، كما ذكرت الوكالة، خمسة أشخاص», past which the object still comes)
        return True
    if toks[i].norm in fw.either_or and i + 1 in trig_toks:
        # 102 مسلح اسلامي قتلوا او اعتقلوا او استسلموا: another verb of the same subject; objectless only where the
        # last verb of the chain is (قتلوا أو اعتقلوا عشرات الجنود: the soldiers are both verbs' object)
        k = i + 1
        while k < len(toks) and k in trig_toks:
            k += 1
        return _objectless(toks, k, trig_toks, fw, own, cues)
    if toks[i].text in _CLAUSE_PUNCT:
        # after a comma the object may still come (اغتال الطيران، أمس، خمسة); not where a coordinated trigger verb
        # opens the next clause (نحو 16 من ميليشيات الحوثي قتلوا، وأصيب ثلاثة من أفراد المقاومة)
        return toks[i].text not in ",،" or i + 1 in trig_toks and toks[i + 1].kind == "ar" and \
            toks[i + 1].norm[:1] in ("و", "ف") or i + 2 in trig_toks and toks[i + 1].norm in fw.preposition \
            and not _object_past_aside(toks, i + 2, fw)
        # (nor where an event noun in a preposition follows: «وقتل شرطي في وقت متأخر من مساء أمس، في هجوم شنه»; unless
        # it is an aside the object comes after: «قتل الجيش، في غارة جوية، خمسة مسلحين»)
    norm = toks[i].norm
    if norm in fw.filler and i + 1 < len(toks) and (toks[i + 1].kind == "num" or toks[i + 1].norm in fw.number):
        return False  # قصفت الطائرات التركية نحو 400 موقع: «about» and a count, the object (نحو is no «towards» there)
    if norm in _TIME_PREPS and i + 1 < len(toks) and toks[i + 1].norm in fw.complementizer:
        return True  # قتل مسلح بعد أن أطلق النار: بعد أن opens a clause of its own where an object would stand
    if norm in _TIME_PREPS:
        return False  # اغتالت قبل ظهر أمس ناشطا: a time phrase may stand before the object
    if norm in fw.manner and i + 2 < len(toks) and toks[i + 1].norm == "مع":
        # اعتقلت الشرطة بالتنسيق مع الأمن العام ثلاثة مطلوبين: past the manner phrase, the object may come
        k = i + 3
        while k < len(toks) and k - i <= 5 and toks[k].kind == "ar" and toks[k].norm.startswith("ال"):
            k += 1
        return _objectless(toks, k, trig_toks, fw, own)
    if norm in own:
        return False  # يحظر القانون على الحكومة: the verb's own preposition brings its object
    if norm in fw.among or norm in fw.besides:
        return True  # 19 شخصا قتلوا بينهم مدنيون، 14 حوثيا قتلوا علاوة على احتجاز 40 آخرين: the phrase after بينهم is part of the subject, no object
    if strip_wa(norm) in fw.cause:
        return True  # قتل نتيجة إطلاق الحوثيين مقذوفا، قتل إثر هجوم: the cause comes where an object would
    if norm.startswith("بال") and i + 2 < len(toks) and toks[i + 1].kind == "num" and toks[i + 2].kind == "ar" and \
            not toks[i + 2].norm.startswith("ال") and not _function_word(toks[i + 2].norm, fw):
        return False  # قتل متطرفون بالرصاص 48 مصليا: a count of people past the instrument, the object
    if norm.startswith("بال") and i not in trig_toks:
        # an instrument first, then the object: يستهدف بالبراميل المتفجرة أحياء المدينة (but قتل بالرصاص في …)
        k = i + 1
        while k < len(toks) and toks[k].kind == "ar" and toks[k].norm.startswith("ال") and k - i <= 2:
            k += 1
        return not (k < len(toks) and toks[k].kind == "ar" and not toks[k].norm.startswith(("ال", "و", "ف"))
                    and toks[k].norm not in fw.preposition and toks[k].norm not in fw.adverb
                    and toks[k].norm not in fw.filler)
    if norm == "في" and _struck_site_past_place(toks, i + 1, fw):
        return False  # أن الطيران العراقي استهدف في الفلوجة مواقع لتنظيم داعش: where first, then the sites hit
    return (norm in fw.preposition or norm.startswith("بال")
            or (i in trig_toks and norm[:1] in ("و", "ف", "ب")))


def _object_past_aside(toks: list[Token], k: int, fw: FunctionWords) -> bool:
    """True where a comma within eight words after token k closes an aside and a count or an indefinite noun comes
    right after it: the verb's object («قتل الجيش، في غارة جوية، خمسة مسلحين»، «قصفت الطائرات، في غارة جديدة، مواقع
    الحوثيين»)."""
    c = next((j for j in range(k + 1, min(len(toks), k + 9)) if toks[j].text in ",،"), None)
    if c is None or c + 1 >= len(toks):
        return False
    w = toks[c + 1]
    return w.kind == "num" or w.norm in fw.number or w.kind == "ar" and not w.norm.startswith(("ال", "و", "ف")) \
        and w.norm not in fw.preposition and not _function_word(w.norm, fw) and w.norm not in fw.day


def _report_participle_at(toks: list[Token], i: int, fw: FunctionWords) -> bool:
    """True if a participle of saying (function_words report_participle: مشيرة، مؤكدا) stands at token i, or right
    past a comma there, and what it says follows (أن، إلى، على): a circumstantial clause of the speaker, where no
    object of the verb before can stand (not the object «اختطف مسلحون مضيفة طيران», «اعتقلت الشرطة مضيفا»)."""
    if i + 1 < len(toks) and toks[i].text in ",،":
        i += 1
    return toks[i].kind == "ar" and toks[i].norm.startswith(fw.report_participle_stems) and i + 1 < len(toks) \
        and (toks[i + 1].norm in _REPORT_PARTICIPLE_NEXT or toks[i + 1].norm in fw.complementizer)


_REPORT_PARTICIPLE_NEXT = ("الي", "علي")  # مشيرة إلى، مشددا على: the preposition a participle of saying takes


def _struck_site_past_place(toks: list[Token], k: int, fw: FunctionWords) -> bool:
    """True if, past the one or two words of a place from token k (after في) and a comma after them, the plural of a
    site an attack hits comes (function_words struck_site: استهدف في الفلوجة مواقع، «وقصفت فصائل معارضة أخرى في
    حلب، مواقع للجيش النظامي»): the verb's object, so the verb is active."""
    for j in (k + 1, k + 2, k + 3):
        if j < len(toks) and toks[j].kind == "ar" and toks[j].norm in fw.struck_site:
            comma = j - 1 > k and toks[j - 1].text in ",،"
            return (j < k + 3 or comma) and all(toks[m].kind == "ar" and toks[m].norm not in fw.preposition
                                                 for m in range(k, j - comma))
    return False


_DASHES = frozenset({"-", "–", "—"})


def _past_member_phrase(toks: list[Token], k: int, groups: list[Group], starts: list[int], fw: FunctionWords) -> int:
    """Token index of the count that follows the من phrase at token k naming the body a subject is from, past its
    closing quote and at most two definite adjectives («مسلحون من جماعة "بوكو حرام" المتطرفة عشرات الأشخاص»); k when
    no such phrase with a count past it stands there (قتل مسلحون من الجماعة في غارة: a passive)."""
    if k >= len(toks) or toks[k].norm != "من":
        return k
    j = bisect_left(starts, k)
    if j >= len(groups) or groups[j].start_tok > k + 1 or groups[j].prep != "من" or _place(groups[j]):
        return k
    e = _conj_end(groups[j])
    while e < len(toks) and toks[e].text in _CLOSE_QUOTES:
        e += 1
    for _ in range(2):
        if e < len(toks) and toks[e].kind == "ar" and toks[e].norm.startswith("ال") and not _starts_at(starts, e):
            e += 1
    return e if e < len(toks) and (toks[e].kind == "num" or toks[e].norm in fw.number) else k


def _past_subject_clause(toks: list[Token], subj: Group, k: int, trig_toks: set[int], fw: FunctionWords) -> int:
    """Token index of the count within eight words past an indefinite subject ending at k whose adjective clause, an
    imperfect verb, opens right there («انتحاري يشتبه في أنه ينتمي لتنظيم داعش 32 شخصا»), no punctuation nor event
    word between; k when there is none."""
    if k >= len(toks) or toks[k].kind != "ar" or k in trig_toks or toks[subj.start_tok].norm.startswith("ال") or \
            not toks[k].norm.startswith(("ي", "ت")) or len(toks[k].norm) < 4 or _function_word(toks[k].norm, fw):
        return k
    for j in range(k + 1, min(len(toks), k + 9)):
        if toks[j].kind == "num" or toks[j].norm in fw.number:
            return j
        if toks[j].kind != "ar" or j in trig_toks:
            return k
    return k


def _counted_group_at(toks: list[Token], k: int, groups: list[Group], starts: list[int],
                      fw: FunctionWords) -> Group | None:
    """The phrase with no preposition that the count at token k counts (عشرات الأشخاص، 20 شخصا), past at most three
    numbers and quantity words; None when the counted noun has no phrase."""
    j = bisect_left(starts, k)
    g = groups[j] if j < len(groups) else None
    if g is None or g.prep or g.start_tok > k + 3:
        return None
    return g if all(toks[x].kind == "num" or toks[x].norm in fw.number or toks[x].norm in fw.filler
                    for x in range(k, g.start_tok)) else None


def _past_conjuncts(toks: list[Token], k: int, trig_toks: set[int]) -> int:
    """Token index past at most three single nouns joined by و right after a subject ending at k, no trigger among
    them: «وقتل ضابطا شرطة ومجند ومسلح أمس»: the subject runs on over the nouns no lexicon groups with it."""
    stop = min(len(toks), k + 3)
    while k < stop and k not in trig_toks and toks[k].kind == "ar" and toks[k].norm[:1] == "و" and \
            len(toks[k].norm) > 3:
        k += 1
    return k


def _loose_conjunct(toks: list[Token], subj: Group, g: Group) -> bool:
    """True for a phrase in و after the subject with only nouns in و between them, «وقتل ضابطا شرطة ومجند ومسلح
    أمس»: one more of the subject's conjuncts (no mention joined the nouns between into one phrase), not the object."""
    return g.start_tok > subj.end_tok and (g.prefix or "").startswith("و") and all(
        toks[k].kind == "ar" and toks[k].norm[:1] == "و" for k in range(subj.end_tok, g.start_tok))


def _aside_before(toks: list[Token], g: Group, t: int) -> bool:
    """True if a dash stands between the phrase and token t: «قتلوا -منهم شخصيات بارزة بحزب العمال- وأصيب»: the
    phrase belongs to an aside set off by dashes, not to the clause of the verb after it."""
    return any(toks[k].text in _DASHES for k in range(g.end_tok, t))


def _other_subject(norm: str, fw: FunctionWords) -> bool:
    """True for «another, others» in the nominative (آخر، آخرون، أخرى), the subject of a verb before it: «وفقد آخر»،
    «وأصيب آخرون» (not آخرين, which may be an object shared by two verbs: «قتلوا وأصابوا آخرين»)."""
    return norm in fw.other and not norm.endswith(("ين", "ان"))


def _call_parties(toks: list[Token], tail_end: int, groups: list[Group], starts: list[int], cues: dict[int, Mention],
                  actor: Group | None, recipient: Group | None, fw: FunctionWords) -> tuple[Group | None, Group | None]:
    """Actor and recipient of a phone call noun with who was called or who called named right after it, past time
    words, commas and forms of address: «اتصالا هاتفيا بالملك، بجلالة الملك» — the one called is the recipient;
    «تلقى … اتصالا هاتفيا، أمس، من الرئيس» — the caller is the actor of a call its receiver underwent."""
    k = tail_end
    while k < len(toks) and k - tail_end < 6 and (toks[k].text in ",،" or toks[k].norm in fw.adverb
                                                  or toks[k].norm in fw.honorific or _day_before_last(toks, k, fw)):
        k += 1
    c = cues.get(k)
    by_address = c is not None and c.label == "callee"
    came = k < len(toks) and toks[k].norm == "من"
    if by_address or came:
        k += 1
        while k < len(toks) and k - tail_end < 10 and (toks[k].norm in fw.honorific or toks[k].norm in fw.rank):
            k += 1  # (and the ranks after them: من معالي الفريق الركن الشيخ راشد بن عبدالله)
    j = bisect_left(starts, k)
    if j >= len(groups) or groups[j].start_tok != k:
        return actor, recipient
    g = groups[j]
    if recipient is None and (g.prep == "ب" or by_address and not g.prep):
        return (None if actor is g else actor), g
    if actor is None and recipient is not None and recipient is not g and (g.prep == "من" or came and not g.prep):
        return g, recipient
    return actor, recipient


def _day_before_last(toks: list[Token], k: int, fw: FunctionWords) -> bool:
    """True for الأول/الأولى right after أمس or البارحة (function_words.tsv adverb): «أمس الأول، البارحة الأولى», the
    day before yesterday, one time word with it."""
    return k > 0 and toks[k].norm in ("الاول", "الاولي") and toks[k - 1].norm in fw.adverb and \
        toks[k - 1].norm in ("امس", "البارحه")


def _possessive_host(toks: list[Token], t: int, groups: list[Group], starts: list[int], cues: dict[int, Mention],
                     trig_toks: set[int], fw: FunctionWords) -> Group | None:
    """For a meeting or visit noun at token t with its pronoun, in a preposition of time (أثناء زيارته، خلال لقائه،
    في اجتماعه), the phrase its pronoun stands for: the subject right after the verb that opens the clause before
    it (يسعى وزير الخارجية الأمريكي جون كيري، أثناء زيارته إلى مصر؛ وصرح كارتر للصحافيين بعد لقائه), the words
    between them at most a phrase in a preposition, a name and commas; None otherwise (an object between, the guest
    of «استقبل الملك الرئيس خلال زيارته», is no subject right after its verb)."""
    if t < 2 or strip_wa(toks[t - 1].norm) not in fw.host_time:  # (function_words.tsv host_time)
        return None
    i = bisect_left(starts, t - 1) - 1
    while i >= 0 and groups[i].prep and not _expressed_by(toks, groups[i]) and t - groups[i].end_tok <= 6:
        i -= 1  # (past a phrase in a preposition: للصحافيين، في تصريح صحفي)
    if i < 0 or groups[i].prep and not _expressed_by(toks, groups[i]) or t - 1 - _conj_end(groups[i]) > 6:
        return None
    g = groups[i]
    if _place(g) or any(toks[k].text in ".:؛;!?؟\"«»" or k in trig_toks or strip_wa(toks[k].norm) in fw.complementizer
                        for k in range(_conj_end(g), t - 1)):
        return None
    k = g.start_tok - 1  # the verb right before the subject (past a pronoun in على/ل: أكد عليها)
    if k >= 1 and toks[k].text in ",،" and i >= 1 and groups[i - 1].end_tok == k and not groups[i - 1].prep:
        g = groups[i - 1]  # (a name set off by commas is the title's before it: بحث وزير الإسكان، ماجد الحقيل، خلال)
        k = g.start_tok - 1
    if k >= 1 and toks[k].norm in ("عليه", "عليها", "عليهم", "له", "لها", "لهم"):
        k -= 1
    if k < 0 or toks[k].kind != "ar":
        return None
    c = cues.get(k)
    opens = k == 0 or toks[k - 1].text in _CLAUSE_BREAKS or strip_wa(toks[k - 1].norm) in _cue_words("lead_in")
    return g if k in trig_toks or (c is not None and c.label == "report") or opens else None


def _fronted_time_subject(toks: list[Token], t: int, groups: list[Group], starts: list[int], trig_toks: set[int],
                          fw: FunctionWords) -> Group | None:
    """For a noun at token t in a preposition of time that opens the sentence (وخلال زيارة الى اندونيسيا، قال
    الرئيس؛ بعد زيارة ناجحة إلى واشنطن الأسبوع الماضي، يصل الرئيس النيجيري): the named phrase right after the verb
    that follows the comma closing that phrase, no other event word between; None otherwise."""
    if t < 1 or strip_wa(toks[t - 1].norm) not in fw.host_time or t - 1 != _clause_start(toks, t - 1):
        return None
    c = next((k for k in range(t + 1, min(len(toks), t + 12)) if toks[k].text in _CLAUSE_PUNCT), None)
    if c is None or toks[c].text not in ",،" or c + 2 >= len(toks) or toks[c + 1].kind != "ar" or \
            any(k in trig_toks for k in range(t + 1, c + 2)) or _starts_at(starts, c + 1):
        return None
    j = bisect_left(starts, c + 2)
    g = groups[j] if j < len(groups) and groups[j].start_tok == c + 2 else None
    return g if g is not None and not g.prep and _named(g) and not _place(g) else None


def _expressed_by(toks: list[Token], g: Group) -> bool:
    """True for a phrase read in «عبر» ("via") where عبر opens the sentence or a clause and «عن» follows within its
    clause (وعبر المسؤول الأوروبي، خلال لقائه …، عن سعادته): عبّر, the verb of expressing, whose subject it is."""
    k = g.start_tok - 1
    if g.prep != "عبر" or k < 0 or strip_wa(toks[k].norm) != "عبر" or \
            k > 0 and toks[k - 1].text not in _CLAUSE_BREAKS and strip_wa(toks[k - 1].norm) not in _cue_words("lead_in"):
        return False
    return any(toks[j].norm == "عن" for j in range(g.end_tok, min(len(toks), g.end_tok + 25)))


def _joined_hosts(toks: list[Token], t: int, groups: list[Group], starts: list[int], phone: bool,
                  fw: FunctionWords) -> tuple[Group, Group] | None:
    """For a meeting or call noun at token t with no pronoun, in a preposition of time past its head noun (خلال
    اتصال هاتفي، أثناء اجتماع), the subject of the verb that opens the clause right before it, past commas, when it is
    two named phrases joined by و (بحث الرئيس الأمريكي باراك أوباما ونظيره التركي رجب طيب أردوغان، خلال اتصال
    هاتفي): the first and the second, who met each other; None otherwise. في only before a `phone` call: «ويشارك
    كيري ولافروف في اجتماع لرابطة» take part in another's meeting."""
    k = next((k for k in (t, t - 1) if k >= 2 and toks[k - 1].kind == "ar" and strip_wa(toks[k - 1].norm) in
              fw.host_time), None)
    if k is None or strip_wa(toks[k - 1].norm) == "في" and not phone:
        return None
    i = bisect_left(starts, k - 1) - 1
    if i < 1 or any(toks[j].text not in ",،" for j in range(groups[i].end_tok, k - 1)):
        return None
    second = groups[i]
    if second.prep == "conj":
        first = next((g for g in groups[:i] if second in g.conj), None)
    elif not second.prep and toks[second.start_tok].norm.startswith("و") and groups[i - 1].end_tok == second.start_tok:
        first = groups[i - 1]
    else:
        return None
    if first is None or first.prep or not (_named(first) and _named(second)) or _place(first) or _place(second):
        return None
    v = first.start_tok - 1  # the verb that opens the clause (بحث، ناقش، استعرض)
    if v < 0 or toks[v].kind != "ar" or not (v == 0 or toks[v - 1].text in _CLAUSE_BREAKS):
        return None
    return replace(first, conj=[]), second


def _past_span(toks: list[Token], i: int, cues: dict[int, Mention], fw: FunctionWords) -> int:
    """The token index past a span of time at token i (a cues.tsv span word and up to six definite words, numbers
    and quantity words, one other word at most, ending in a day word: خلال الأيام الماضية، خلال أقل من 24 ساعة
    الماضية), else i. A verb's object may come after it: «اعتقلت قوات الاحتلال خلال الأيام الماضية أكثر من 30
    فلسطينيا» is no passive."""
    c = cues.get(i)
    if c is None or c.label != "span":
        return _past_part_of_day(toks, i, fw)
    k, loose = c.tok_end, 0
    while k < len(toks) and k - c.tok_end < 6 and toks[k].kind in ("ar", "num") and toks[k].norm not in fw.day:
        if not (toks[k].kind == "num" or toks[k].norm.startswith("ال") or toks[k].norm in fw.filler):
            loose += 1
        k += 1
    return k + 1 if k < len(toks) and toks[k].norm in fw.day and loose <= 1 else i


def _past_part_of_day(toks: list[Token], i: int, fw: FunctionWords) -> int:
    """The token index past a time told as a part of a day at token i: في, one to three words of no preposition,
    then من and day words (function_words.tsv day): «في وقت متأخر من مساء الاثنين»، «في الساعات الأولى من صباح
    اليوم»; else i. A verb's object may come after it, as after a span: «وقصفت المقاومة في وقت متأخر من مساء الاثنين
    مواقع حوثية» is no passive. Only when a word follows: a time closing the clause at a mark leaves the verb's
    reading as it was («قتل جنديان في وقت متأخر من مساء أمس، بينما فر المسلحون»: the soldiers were killed; review of
    round 106)."""
    if i >= len(toks) or toks[i].norm != "في":
        return i
    m = next((k for k in range(i + 2, min(len(toks), i + 5)) if toks[k].norm == "من"), None)
    if m is None or m + 1 >= len(toks) or toks[m + 1].norm not in fw.day or any(
            toks[k].kind != "ar" or toks[k].norm in fw.preposition for k in range(i + 1, m)):
        return i
    k = m + 1
    while k < len(toks) and toks[k].kind == "ar" and toks[k].norm in fw.day:
        k += 1
    return k if k < len(toks) and toks[k].kind != "punct" else i


def _object_past_span(toks: list[Token], i: int, groups: list[Group], starts: list[int], cues: dict[int, Mention],
                      fw: FunctionWords) -> Group | None:
    """The phrase with no preposition right after a span of time at token i, past a count (خلال الأيام الماضية أكثر
    من 30 فلسطينيا): the object of the verb whose subject ends before i; None when no span stands there."""
    k = _past_span(toks, i, cues, fw)
    if k == i:
        return None
    while k < len(toks) and toks[k].norm in fw.adverb:
        k += 1
    g = next((g for g in groups[bisect_left(starts, k):bisect_left(starts, k + 5)]), None)
    return g if g is not None and not g.prep and _only_fillers(toks, k, g.start_tok, fw) else None


def _object_past_adjuncts(toks: list[Token], i: int, groups: list[Group], starts: list[int], trig_toks: set[int],
                          fw: FunctionWords, office: bool = False,
                          cues: dict[int, Mention] | None = None) -> Group | None:
    """The first phrase with no preposition after token i when only adjuncts stand between: where and when (في
    أبوظبي، مساء أمس السبت، في مكتبه بالإمارة، في قصر الشاطئ), forms of address (معالي، فخامة) and commas. After a
    meeting verb's long subject it is the object: «استقبل الشيخ محمد بن زايد ولي عهد أبوظبي … في أبوظبي، مساء أمس،
    وزير الخارجية السعودي». With `office` (the subject names an office and no person), the name the lexicons lack
    right after it is its holder's, skipped too: «التقى محافظ الخرج شبيلي بن مجدوع آل مجدوع أمس الأول … عميد الكلية».
    With `cues`, a relative clause of the subject whose verb takes no object is skipped too: «يلتقي كارتر الذي وصل إلى
    بغداد اليوم رئيس الوزراء حيدر العبادي»."""
    k, in_pp = i, 0
    stop = min(len(toks), i + 20)
    if _title_ordinal(toks, i, starts):
        k = i + 1  # النائب الثاني لرئيس مجلس الوزراء: the rest of the subject's title (its لـ phrase is skipped below)
    elif office and i < len(toks) and toks[i].kind == "ar" and (e := _name_run(toks, i, set(), fw)) is not None:
        k = next((e + n for n in (1, 2) if e + n < len(toks) and toks[e + n].text in ",،" and all(
            toks[x].kind == "ar" and not _function_word(toks[x].norm, fw) and x not in trig_toks
            for x in range(e, e + n))), e)  # (a family name the name words leave out, up to its comma: العطية،)
        stop = min(len(toks), k + 20)
    elif cues is not None and (r := _relative_aside(toks, i, cues, trig_toks, fw)) > i:
        k, stop = r, min(len(toks), r + 20)
    while k < stop:
        if (b := _bracketed_day(toks, k, fw)) > k:
            k = b  # اليوم (الأربعاء): a day in brackets only dates the act
            continue
        if k in trig_toks and not (in_pp and k and strip_wa(toks[k - 1].norm) in fw.preposition) or \
                toks[k].text in ".؟?!؛;:«»\"()":
            return None  # (a bracket holds an apposition: مجموعة اسيان (رابطة دول جنوب شرق آسيا); an event noun
            # right after a preposition is an adjunct: في زيارة غير معلنة)
        j = bisect_left(starts, k)
        if j < len(groups) and groups[j].start_tok == k:
            g = groups[j]
            if g.prep or in_pp and _place(g):
                k, in_pp = g.end_tok, 0  # where: في أبوظبي، بدولة الإمارات، في قصر الشاطئ
                continue
            return None if _place(g) else g
        w = strip_wa(toks[k].norm)
        if toks[k].kind == "punct":
            in_pp = 0 if toks[k].text in ",،" else in_pp
        elif _when_word(toks, k, fw, wa=True) or w in fw.honorific or toks[k].kind == "num" or _day_ordinal(toks, k, fw):
            in_pp = 0  # (صباح يوم أمس; أمس الأول)
        elif not in_pp and (e := _past_titled_name(toks, k, fw)) > k:
            k, in_pp = e, 0  # the subject's own titled name (زار السفير الأسترالي لدى المملكة الدكتور رالف بيتر كينج،)
            continue
        elif w in fw.preposition or w.startswith(("بال", "لل")) or in_pp and _attached_place_noun(toks, k, fw) or \
                _own_place_noun(toks, k, fw):
            in_pp = 3  # في + a noun or two (في مكتبه، في قصر الشاطئ; in one, في مكتب سموه بقصر الحكم; بمكتبه بالإمارة)
        elif in_pp:
            in_pp -= 1
        else:
            return None
        k += 1
    return None


def _relative_aside(toks: list[Token], i: int, cues: dict[int, Mention], trig_toks: set[int],
                    fw: FunctionWords) -> int:
    """Token index past a relative pronoun at token i and its verb (no event word), when a preposition follows the
    verb (الذي وصل إلى بغداد): where its adjuncts start; i otherwise."""
    c = cues.get(i)
    if c is None or c.label != "relative" or c.tok_end + 1 >= len(toks):
        return i
    v = c.tok_end
    p = v + 1
    while p + 1 < len(toks) and _when_word(toks, p, fw):
        p += 1  # (الذي وصل صباحا الى مطار بغداد: when he came)
    w = strip_wa(toks[p].norm)
    if toks[v].kind != "ar" or v in trig_toks or v in cues or _function_word(strip_wa(toks[v].norm), fw) or \
            not (w in fw.preposition or w.startswith(("بال", "لل")) or w.startswith("ب") and len(w) > 3):
        return i  # (بجولة: بـ and an indefinite noun, الذي يقوم بجولة في المنطقة)
    return p


def _day_ordinal(toks: list[Token], k: int, fw: FunctionWords) -> bool:
    """True if token k is an ordinal right after a day word, part of the day: «أمس الأول», the day before yesterday."""
    return k > 0 and toks[k].norm in fw.ordinal and toks[k - 1].kind == "ar" and strip_wa(toks[k - 1].norm) in fw.day


def _object_noun_owner(toks: list[Token], tail_end: int, after: list[Group], trig_toks: set[int],
                       cues: dict[int, Mention], fw: FunctionWords) -> Group | None:
    """The phrase right after one indefinite noun that follows an event noun, its object (رفض إجراءات العبادي، دعم جهود
    رجال الأمن، دعم نظام الأسد): the genitive owner of that object; None when the word between is a function word, a
    form of address (زيارة سمو الأمير), definite or joined (و، بـ، لـ), or another cue, or when the phrase is a
    nationality alone (دعم عسكري إيراني: the adjective of the noun) or a city."""
    k = tail_end
    if k + 1 >= len(toks) or toks[k].kind != "ar" or k in trig_toks or k in cues:
        return None
    w = toks[k].norm
    if len(w) < 3 or w.startswith(("ال", "و", "ف", "ب", "ل", "ك")) or _function_word(w, fw) or w in fw.honorific \
            or w in fw.filler or w in fw.preposition or w.endswith(("ي", "يه", "يا")):
        return None  # (nor a nationality or kind adjective in ـي، ـية: مساعدات إنسانية بحرية وبرية)
    g = next((g for g in after if g.start_tok == k + 1), None)
    if g is None or g.prep or _city(g) or all(m.get("type") == "demonym" for m in g.mentions):
        return None
    return g


def _attached_place_noun(toks: list[Token], k: int, fw: FunctionWords) -> bool:
    """True for an indefinite noun with بـ attached, followed by a definite word (في مكتب سموه بقصر الحكم أمس): read
    only inside a place phrase, a place noun whose owner follows, no party (not «بهدف التواصل» after a comma)."""
    w = strip_wa(toks[k].norm)
    return toks[k].kind == "ar" and len(w) >= 4 and w[0] == "ب" and not w[1:].startswith("ال") and \
        not _function_word(w, fw) and w not in fw.honorific and k + 1 < len(toks) and toks[k + 1].norm.startswith("ال")


def _own_place_noun(toks: list[Token], k: int, fw: FunctionWords) -> bool:
    """True for an indefinite noun with بـ attached and a pronoun, its owner's (بمكتبه، بمقرها), not a function word:
    where the subject received or met, between the subject and the object of a meeting verb."""
    w = strip_wa(toks[k].norm)
    return toks[k].kind == "ar" and len(w) >= 5 and w[0] == "ب" and not w[1:].startswith("ال") and \
        w.endswith(("ه", "ها")) and not _function_word(w, fw) and w not in fw.honorific and w not in fw.adverb


def _possessive_conjunct(toks: list[Token], trig: Mention, prev: Mention | None, noun_at: int) -> bool:
    """True for an event noun of no hostile act with a possessive pronoun, joined by و to the event noun `prev` told
    just before it in the clause (past a comma at most), whose actor was read (it ends at `noun_at`): «زيارة الأمير
    للأردن واجتماعه مع الملك». The pronoun of an arrest or attack noun is rather its victim (اعتقاله وتعذيبه)."""
    entry = trig.entry
    return prev is not None and prev.get("pos") == "noun" and trig.get("possessive") == "1" and \
        trig.get("prefix")[:1] == "و" and entry.event not in _HOSTILE and prev.entry.event not in _HOSTILE and \
        noun_at == tail_end_of(prev) and trig.tok_start - noun_at <= 20 and \
        not any(toks[k].text in ".؟?!؛;:" for k in range(noun_at, trig.tok_start))


def _actor_named(g: Group) -> bool:
    """True for a phrase that starts with a name of the lexicons (a person, a country, a body: علاوي، العبادي), not
    with a title or a role noun (العقيد، المتحدث العسكري، الحجاج)."""
    return bool(g.mentions) and g.mentions[0].kind == "actor" and _named(g)


def _title_ordinal(toks: list[Token], i: int, starts: list[int]) -> bool:
    """True for a definite word no phrase starts at, right after a title, followed by a phrase in لـ: the title goes
    on («ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء»), its genitive no adjunct of place and no object."""
    return i + 1 < len(toks) and toks[i].kind == "ar" and toks[i].norm.startswith("ال") and \
        not _starts_at(starts, i) and _starts_at(starts, i + 1) and toks[i + 1].norm.startswith("ل") and \
        not toks[i + 1].norm.startswith("لل")


def _object_past_days(toks: list[Token], i: int, subj: Group, groups: list[Group], starts: list[int],
                      trig_toks: set[int], fw: FunctionWords, own_tail: int = 0) -> Group | None:
    """The phrase with no preposition after a verb's subject `subj` ending before token i when only day words (a day
    in brackets too), forms of address and commas stand between: «اتهمت الحكومة الأوكرانية اليوم، الانفصاليين»: the
    object, told past the time of the act. With no day word, a comma alone may part a subject from an object that
    both start with a name: «وطالب علاوي، العبادي بمحاسبة المقصرين». None for a place, a title alone or the name of the subject's
    office (the subject's own: «حذر هيرفيه موران، وزير الدفاع الفرنسي السابق، أوروبا»), or anything else between;
    past that name or office set off by a comma on each side, the phrase after it is the object (_set_off_object).
    The verb's own tail word past the day (`own_tail`, where it ends) and a count after it stand before the object:
    «قضت محكمة إثيوبية، الاثنين، بحبس 17 ناشطا»."""
    k, days, commas, stop = i, 0, 0, min(len(toks), i + 8)
    told = False  # (past where it was told, a country is the object: في تقرير سنوي تايلاند; so past a day set off
    # by commas, where a place would take its preposition: «اتهمت الولايات المتحدة، أمس، تايلاند وروسيا»)
    while k < stop:
        if (b := _bracketed_day(toks, k, fw)) > k:
            k, days = b, days + 1
            continue
        j = bisect_left(starts, k)
        if j < len(groups) and groups[j].start_tok == k:
            g = groups[j]
            if commas == 1 and k == i + 1 and not days and _set_off_title(subj, g):
                return _set_off_object(toks, _conj_end(g), groups, starts, trig_toks, fw)
            if g.prep or _place(g) and not ((told or days and commas > 1) and not _city(g)) or _office_only(g) or \
                    _title_apposition(toks, subj, g, fw):
                return None
            if days or commas == 1 and k == i + 1 and _actor_named(g) and _actor_named(subj):
                return g  # (a title after the comma is the subject's own: رفض المتحدث العسكري، العقيد …، الإفصاح)
            return None
        if commas == 1 and k == i + 1 and not days and (e := _office_aside(toks, k, subj, groups, starts, fw)):
            return _set_off_object(toks, e, groups, starts, trig_toks, fw)  # الدكتور أحمد الطيب، شيخ الأزهر، كبار …
        w = strip_wa(toks[k].norm)
        if w == "في" and k + 2 < stop and toks[k + 1].norm in fw.told_in and not _starts_at(starts, k + 1):
            k += 2  # (where it was told: اتهمت الولايات المتحدة اليوم في تقرير سنوي تايلاند)
            while k < stop and toks[k].kind == "ar" and k not in trig_toks and toks[k].norm.endswith(("ي", "يه")) \
                    and not _starts_at(starts, k) and not toks[k].norm.startswith(("ال", "و")) and \
                    not _function_word(toks[k].norm, fw):
                k += 1  # (its adjective: سنوي، صحفي)
            days, told = days + 1, True
            continue
        if toks[k].text in _CLOSE_QUOTES or not days and not commas and toks[k].kind == "ar" and k not in trig_toks \
                and nisba_shaped(w):
            k += 1  # (past the subject's closing quote and its relative adjective: دعت منظمة «هيومن رايتس ووتش»
            continue  # الحقوقية، أمس، الحوثيين)
        if days and k == own_tail - 1 > i and toks[k].kind == "ar":
            k += 1  # (the tail word, then a count: «، الاثنين، بحبس 17 ناشطا»)
            if k < len(toks) and (toks[k].kind == "num" or toks[k].norm in fw.number):
                k += 1
            stop = min(len(toks), max(stop, k + 1))
            continue
        if k in trig_toks or not (toks[k].text in ",،" or toks[k].kind == "ar" and (w in fw.day or w in fw.honorific)):
            return None
        days += toks[k].kind == "ar" and w in fw.day
        commas += toks[k].text in ",،"
        k += 1
    return None


def _affiliated_to(toks: list[Token], subj: Group, g: Group, fw: FunctionWords) -> bool:
    """True for phrase g in لـ right after an affiliation word that follows the subject `subj` (function_words.tsv
    affiliated, with or without the article: «قتل 3 مسلحين تابعين لميليشيات الحوثي»): whom the subject belongs to,
    no object of a killing verb (an attack's object keeps its owner: هاجمت مقاتلين تابعين للجيش الحر)."""
    if g.prep not in ("ل", "") or not (g.prep or g.prefix.endswith("ل") or toks[g.start_tok].norm[:1] == "ل") or \
            g.start_tok - 1 != subj.end_tok or toks[g.start_tok - 1].kind != "ar":
        return False  # (past an object no lexicon names, the owner: استهدفت المقاتلات مركبات تابعة للانقلابيين)
    w = strip_wa(toks[g.start_tok - 1].norm)
    return w in fw.affiliated or "ال" + w in fw.affiliated


def _definite_affiliate(toks: list[Token], subj: Group, g: Group, fw: FunctionWords) -> bool:
    """True for phrase g in لـ right after a definite affiliation word that follows the subject (قصفت الطائرات
    المقاتلة التابعة للتحالف العربي مواقع للحوثيين): the adjective agrees with the definite subject, so g is whose the
    subject is, never the verb's object (an object's owner follows an indefinite one: هاجمت مقاتلين تابعين للجيش)."""
    return _affiliated_to(toks, subj, g, fw) and strip_wa(toks[g.start_tok - 1].norm).startswith("ال")


def _office_aside(toks: list[Token], k: int, subj: Group, groups: list[Group], starts: list[int],
                  fw: FunctionWords) -> int:
    """The comma closing an aside that opens at token k with a title no phrase holds (function_words.tsv
    aside_office) and then its body's phrase, after a person's name: «الدكتور أحمد الطيب، شيخ الأزهر،» (the name's
    office; the two give no different countries); 0 otherwise."""
    if toks[k].kind != "ar" or toks[k].norm not in fw.aside_office or not _person_named(subj):
        return 0
    j = bisect_left(starts, k + 1)
    g = groups[j] if j < len(groups) else None
    if g is None or g.start_tok != k + 1 or g.prep or g.conj or len(
            {m.get("code") for m in subj.mentions + g.mentions if m.get("code")}) > 1:
        return 0
    return g.end_tok if g.end_tok < len(toks) and toks[g.end_tok].text in ",،" else 0


def _owner_past_days(toks: list[Token], i: int, groups: list[Group], starts: list[int], trig_toks: set[int],
                     fw: FunctionWords) -> Group | None:
    """The phrase in لـ owning an object no phrase holds, past the time of the act set off by commas after a verb's
    subject ending at token i («وقصف طيران التحالف، مساء أمس، تعزيزات للحوثيين»: the Houthis' reinforcements were
    hit): only day words between the two commas, then one or two words of no phrase, no trigger and no function
    word, then the phrase in لـ; None otherwise."""
    k = i
    if k >= len(toks) or toks[k].text not in ",،":
        return None
    k += 1
    while k < len(toks) and toks[k].kind == "ar" and strip_wa(toks[k].norm) in fw.day and k not in trig_toks:
        k += 1
    if k == i + 1 or k >= len(toks) or toks[k].text not in ",،":
        return None
    k += 1
    for j in range(k + 1, min(k + 3, len(toks))):
        if any(toks[m].kind != "ar" or m in trig_toks or _starts_at(starts, m) or toks[m].norm.startswith("ال")
               or _function_word(strip_wa(toks[m].norm), fw) for m in range(k, j)):
            return None
        n = bisect_left(starts, j)
        if n < len(groups) and groups[n].start_tok == j:
            return groups[n] if groups[n].prep == "ل" else None
    return None


def _addressed_to(toks: list[Token], tail_end: int, after: list[Group], trig_toks: set[int], no_place: bool,
                  fw: FunctionWords) -> Group | None:
    """The phrase in إلى right past an event noun's tail at `tail_end`: whom a call, threat or charge is addressed
    to, «وجه الملا منصور تحذيرا إلى أبو بكر البغدادي»، «وجهت النيابة الاتهام إلى 29 شخصا». Only the day, an
    indefinite adjective (نداء جديدا السبت إلى) or a manner phrase of two words in بـ (باللغة الانجليزية، بشكل لافت)
    may stand between; one word alone there is the noun's own complement, whose إلى is its own («بتهمة الانتماء إلى
    التنظيم»، «بالانضمام إلى»). Not a city or region, which says where; with `no_place` (a call, which may be an
    invitation to a country: دعوة إلى مصر) not a country either."""
    g = next((g for g in after if g.start_tok > tail_end or g.start_tok == tail_end and g.prep), None)
    if g is None or g.prep != "الي" or g.start_tok - tail_end > 4:
        return None
    at = next((k for k in range(g.start_tok - 1, tail_end - 1, -1) if toks[k].norm == "الي"), None)
    if at is None or at < g.start_tok - 2 or at < g.start_tok - 1 and toks[at + 1].kind != "num":
        return None  # (a count may stand after إلى: الاتهام إلى 29 شخصا)
    gap = range(tail_end, at)
    words = [toks[k].norm for k in gap]
    if any(toks[k].kind != "ar" or k in trig_toks for k in gap) or not (
            all(w in fw.day or w.endswith("ا") and not w.startswith("ال") for w in words)
            or len(words) == 2 and words[0].startswith("ب") and words[1].startswith("ال")):
        return None
    if all(m.kind == "actor" and m.get("type") in (_SITE_TYPES if no_place else ("place",)) for m in g.mentions):
        return None
    return g


def _set_off_title(subj: Group, g: Group) -> bool:
    """True if phrase g, right past a comma after the subject `subj`, is the subject's own name or office: a person's
    name (one no lexicon knows too) after an office or a body (المتحدث باسم المقاومة الشعبية، علي الأحمدي،), or an
    office after a person's name (هيرفيه موران، وزير الدفاع الفرنسي السابق،); the two give no different countries."""
    if g.prep or g.conj or len({m.get("code") for m in subj.mentions + g.mentions if m.get("code")}) > 1:
        return False
    if _person_named(subj):
        return _office_only(g)
    return bool(g.mentions) and all(m.get("type") in _PERSON_TYPES for m in g.mentions)


def _object_past_holder(toks: list[Token], i: int, subj: Group, groups: list[Group], starts: list[int],
                        trig_toks: set[int], fw: FunctionWords) -> Group | None:
    """The object past the rest of an office's title and its holder's name the lexicons lack, set off by a comma
    after them: «طالب رئيس اللجنة العقارية بغرفة جدة خالد الغامدي، وزارة العمل بضرورة الإسراع» (_set_off_object
    past that comma); None unless the subject ending before token i opens with an office word. A definite office
    with its country (الرئيس النيجيري) may have any name of one to three words before the comma: «اتهم الرئيس النيجيري
    محمدو بوخاري، الولايات المتحدة»."""
    head = strip_wa(toks[subj.start_tok].norm)
    if not subj.mentions or subj.prep or head not in fw.office and not (
            head.startswith("ال") and head[2:] in fw.office and _coded(subj) and not _person_named(subj)):
        return None
    e = _past_title_holder(toks, i, trig_toks, fw) if head in fw.office else i
    if e == i and head not in fw.office:
        e = _past_bare_name(toks, i, trig_toks, fw)
    return _set_off_object(toks, e, groups, starts, trig_toks, fw) if e > i else None


def _object_past_relative(toks: list[Token], i: int, groups: list[Group], starts: list[int], trig_toks: set[int],
                          cues: dict[int, Mention], fw: FunctionWords) -> Group | None:
    """The object set off by the comma that closes a relative clause right after the subject ending before token i,
    within twelve words and no other clause mark: «أن يلتقي كارتر الذي يقوم بجولة في المنطقة، رئيس الوزراء حيدر
    العبادي» (_set_off_object past that comma); None otherwise."""
    if (c := cues.get(i)) is None or c.label != "relative":
        return None
    for e in range(c.tok_end + 1, min(len(toks), i + 13)):
        if toks[e].text in ",،":
            return _set_off_object(toks, e, groups, starts, trig_toks, fw)
        if toks[e].text in _CLAUSE_PUNCT or toks[e].kind != "ar" and toks[e].kind != "num":
            return None
    return None


def _past_bare_name(toks: list[Token], i: int, trig_toks: set[int], fw: FunctionWords) -> int:
    """The comma right past a name of one to three words from token i (no article, no function or day word, no
    event word: محمدو بوخاري،), else i."""
    for n in range(i, min(len(toks), i + 4)):
        if n > i and toks[n].text in ",،":
            return n
        w = toks[n].norm
        if toks[n].kind != "ar" or n in trig_toks or w.startswith("ال") or w in fw.day or _function_word(w, fw):
            return i
    return i


def _given_tok(tok: Token) -> bool:
    """True for a token that is a known given name as the text spells it: علي, not the preposition «على» (which
    normalises the same) after a verb or verbal noun."""
    return tok.norm in _given_names() and not _maqsura(tok)


def _past_title_holder(toks: list[Token], i: int, trig_toks: set[int], fw: FunctionWords) -> int:
    """The token index past the rest of a subject's title from token i (words only, up to six: اللجنة العقارية
    بغرفة جدة) and the name the lexicons lack of its holder after it (titled: الدكتور نزار بن عبيد مدني; or opening
    with a given name: خالد الغامدي), else i."""
    for s in range(i, min(len(toks), i + 7)):
        if toks[s].kind != "ar" or s in trig_toks or strip_wa(toks[s].norm) in fw.day:
            return i
        if (e := _past_titled_name(toks, s, fw)) > s:
            return e
        if s > i and _given_tok(toks[s]) and (e := _name_run(toks, s, set(), fw)) is not None and e > s + 1:
            return e
    return i


def _set_off_object(toks: list[Token], e: int, groups: list[Group], starts: list[int], trig_toks: set[int],
                    fw: FunctionWords) -> Group | None:
    """The object right past the closing comma at token e of the subject's name or office set off by commas: «دعا
    وزير الخارجية الأمريكي، جون كيري، إيران إلى»، «حذر هيرفيه موران، وزير الدفاع الفرنسي السابق، أوروبا من». Only
    a phrase with no preposition right after that comma, no place, and, for a body of government (which may be one
    more title of the subject's), only one a preposition follows (دعا …، الحكومة العراقية إلى); else None. A city or
    region is no object here (a country or capital is: its government)."""
    if e + 1 >= len(toks) or toks[e].text not in ",،" or e + 1 in trig_toks:
        return None
    j = bisect_left(starts, e + 1)
    g = groups[j] if j < len(groups) else None
    if g is not None and g.start_tok == e + 2 and toks[e + 1].kind == "ar" and toks[e + 1].norm in fw.senior_of:
        e += 1  # (كبار علماء السنة: the plural of rank is the phrase's own)
    if g is None or g.start_tok != e + 1 or g.prep or all(m.get("type") == "place" for m in g.mentions):
        return None  # (a state or its capital stands for its government: إيران، واشنطن)
    end = _conj_end(g)
    if _office_only(g) and not (end < len(toks) and toks[end].kind == "ar" and (
            toks[end].norm in fw.preposition or toks[end].norm.startswith(("ب", "ل")) and len(toks[end].norm) > 3)):
        return None
    return g


def _sidelines(toks: list[Token], t: int, cues: dict[int, Mention]) -> bool:
    """True for an event noun right after a sidelines word (cues.tsv class sidelines: على هامش اجتماع): the
    gathering where another act took place; the phrase before it, a party of that act, does not hold it."""
    return t >= 1 and (c := cues.get(t - 1)) is not None and c.label == "sidelines"


def _bracketed_day(toks: list[Token], k: int, fw: FunctionWords) -> int:
    """The token index past a day word in brackets at token k («اليوم (الأربعاء)»: clauses._bracketed_day_mark),
    else k."""
    return k if (q := _bracketed_day_mark(toks, k, 1)) is None else q + 1


def _prep_past_adjuncts(toks: list[Token], i: int, groups: list[Group], starts: list[int], preps: tuple[str, ...],
                        trig_toks: set[int], fw: FunctionWords) -> Group | None:
    """The phrase in one of the verb's own prepositions `preps` that comes after its subject ending before token i,
    with only commas, day and time words (a day in brackets too) and the place it was done in between: «اجتمع وزير
    الخارجية الأميركي جون كيري، أمس الأربعاء، مع نظيره الروسي», «اجتمع … وزير الدفاع في جدة مساء أمس مع رئيس حزب
    القوات اللبنانية» — the one met; None when anything else stands between."""
    k, stop = i, min(len(toks), i + 8)
    while k < stop:
        if (b := _bracketed_day(toks, k, fw)) > k:
            k = b
            continue
        j = bisect_left(starts, k)
        if j < len(groups) and groups[j].start_tok == k:
            g = groups[j]
            if g.prep in _LOCATIVE_PREPS and g.prep not in preps and _place(g) and not g.conj:
                k, stop = g.end_tok, min(len(toks), g.end_tok + 6)  # (في جدة: where it was done)
                continue
            return g if g.prep and g.prep in preps else None
        w = strip_wa(toks[k].norm)
        if w in _LOCATIVE_PREPS and w not in preps and j < len(groups) and groups[j].start_tok == k + 1 and \
                groups[j].prep == w and _place(groups[j]) and not groups[j].conj:
            k, stop = groups[j].end_tok, min(len(toks), groups[j].end_tok + 6)
            continue
        if k in trig_toks or not (toks[k].text in ",،" or w in fw.day or w in fw.adverb and toks[k].kind == "ar"):
            # (the preposition itself may stand apart from its group, which starts at the noun)
            if w in preps and k + 1 < len(toks):
                j = bisect_left(starts, k + 1)
                if j < len(groups) and groups[j].start_tok == k + 1 and groups[j].prep == w:
                    return groups[j]
            return None
        k += 1
    return None


def _honorific_at(toks: list[Token], k: int) -> bool:
    """True if token k is an honorific standing for a person named before (وأكد معاليه، زيارة سموه: the
    statement_cues.tsv class honorific)."""
    return k < len(toks) and toks[k].kind == "ar" and _honorific_word(toks[k].norm) in _cue_words("honorific")


def _honorific_word(word: str) -> str:
    """The honorific pronoun a word is, its و off (وسموه → سموه); فخامته keeps its ف, part of the word."""
    return word if word in _cue_words("honorific") else strip_wa(word)


def _helped(g: Group) -> bool:
    """True for a phrase of civilians or refugees (their nationality may go with them: اللاجئين السوريين)."""
    return any(m.kind == "agent" and m.get("sector") in _HELPED for m in g.mentions) and all(
        m.kind == "agent" and m.get("sector") in _HELPED or m.get("type") == "demonym" for m in g.mentions)


def _apposition(toks: list[Token], g: Group, h: Group, groups: list[Group], starts: list[int],
                fw: FunctionWords) -> bool:
    """True if phrase h is a title of the person g names, standing right after the name (الأمير فيصل بن سلمان بن
    عبد العزيز أمير منطقة المدينة المنورة): h names no person, has no other country, and no name follows it (وزير
    الداخلية الأمير محمد is someone else); only name words (بن، آل) may stand between. h opens with a title (an
    agent): a body named alone is the verb's object («انتقد خالد مشعل السلطة الفلسطينية»)."""
    if not any(m.get("type") == "person" for m in g.mentions) or h.prep or any(
            m.get("type") == "person" or m.get("sector") != "GOV" for m in h.mentions):
        return False
    if not h.mentions or h.mentions[0].kind != "agent" or h.mentions[0].tok_start != h.start_tok:
        return False
    own = {m.get("code") for m in g.mentions} | {None, ""}
    if any(m.get("code") not in own for m in h.mentions) or h.start_tok - _conj_end(g) > 3:
        return False
    if any(toks[k].kind != "ar" or toks[k].norm.startswith("و") or toks[k].norm in fw.preposition
           or toks[k].norm in fw.adverb for k in range(_conj_end(g), h.start_tok)):
        return False  # (a time word ends the subject: «استقبل وزير العمل الدكتور مفرج الحقباني اليوم وزير الإسكان»)
    j = bisect_left(starts, h.end_tok)
    return not (j < len(groups) and groups[j].start_tok == h.end_tok
                and any(m.get("type") == "person" for m in groups[j].mentions))


def _clause_subject(toks: list[Token], g: Group, t: int, trig_toks: set[int], cues: dict[int, Mention],
                    fw: FunctionWords) -> bool:
    """True for a phrase right after the word that opens a clause past a comma after token t, a verb the lexicons do
    not list (ردا على أحدث هجوم، عاودت المدفعية التركية قصف …؛ وفي ظل الهجوم على الزبداني، فتحت قوات المعارضة): that
    verb's subject, no victim of the event before the comma."""
    k = g.start_tok - 1
    if k <= t or k in trig_toks or k in cues or toks[k].kind != "ar" or g.prep:
        return False
    w = strip_wa(toks[k].norm)
    if w.startswith("ال") or _function_word(w, fw) or _number(w, fw) or w in fw.filler or w in fw.day or \
            w in fw.among or \
            toks[k].text.endswith(("ة", "ات")):
        return False  # (a noun in ة is no verb: …، وناقلة جنود أخرى مدرعة)
    return toks[k - 1].text in ",،" and any(toks[j].text in ",،" for j in range(t, k))


def _nisba_adjective(toks: list[Token], g: Group, fw: FunctionWords) -> bool:
    """True for a phrase that is only a nationality right after a noun it agrees with, its adjective (وكالة الأنباء
    اليمنية، للاجئين الفلسطينيين), not the people it names (في هذا السياق اللبنانيين، مجموعة من الأفغانيين: a plural
    in ـيين/ـيون after a noun of no plural ending, or after a preposition, is the people)."""
    k = g.start_tok
    if k == 0 or not g.mentions or not all(m.get("type") == "demonym" for m in g.mentions):
        return False
    prev = toks[k - 1]
    if prev.kind != "ar" or _function_word(prev.norm, fw) or prev.norm in fw.filler:
        return False
    if toks[k].norm.endswith(("يين", "يون")):
        return prev.norm.endswith(("ين", "ون", "ات"))
    return True


def _told_to(g: Group) -> bool:
    """True for a news medium in لـ (قائلين لرويترز، حسبما ذكر مسؤول لوكالة الصحافة الفرنسية، وفقا لـ«رويترز»): the one
    a report was given to or the source it is told after, no party to the event."""
    return g.prep == "ل" and not g.conj and bool(g.mentions) and all(
        m.get("sector") == "MED" and m.kind == "actor" for m in g.mentions)  # (a named medium: not «رفضه للمراسل»)


def _coded(g: Group) -> bool:
    """True if a mention of the phrase gives a country code."""
    return any(m.get("code") for m in g.mentions)


def _person_named(g: Group) -> bool:
    """True for a phrase that names a person (تميم بن حمد)."""
    return any(m.get("type") == "person" for m in g.mentions)


def _office_only(g: Group) -> bool:
    """True for a phrase that names an office and no person: government titles with the country or nationality they
    belong to (أمير دولة قطر، ولي ولي العهد وزير الدفاع السعودي، الرئيس)."""
    return not _person_named(g) and any(m.get("sector") == "GOV" for m in g.mentions) and all(
        m.get("sector") == "GOV" or m.kind == "actor" and m.get("type") in (*_SITE_TYPES, "demonym")
        for m in g.mentions)


def _name_completes_title(toks: list[Token], g: Group, h: Group, fw: FunctionWords) -> bool:
    """True for an office's phrase (its first word an office noun: function_words office) with no person's name in
    it, then one or two words the lexicons lack and a person's name of the same country: «دعا مساعد وزير الخارجية
    الأميركي أنطوني بلينكن إلى» — the words between are the holder's given names, so the two phrases are one subject
    (the holder is no object of the verb). Both phrases must carry that country: an office with none is no proof
    («استقبل رئيس الوزراء ضيفه جون كيري»: the guest is the one received). So too with no word between, for an office
    the lexicon lists whole and a bare name of no other sector, and with an envoy's seat between (لدى X; في X after
    an envoy's office: function_words envoy)."""
    if g.prep or h.prep or not _person_named(h) or any(m.get("name") for m in g.mentions if m.get("type") == "person"):
        return False
    g_codes = {m.get("code") for m in g.mentions if m.get("code")}
    if not g_codes or g_codes != {m.get("code") for m in h.mentions if m.get("code")}:
        return False
    head = strip_wa(toks[g.start_tok].norm)
    gap = range(_conj_end(g), h.start_tok)
    if not gap:  # (an office the lexicon lists whole, with no name, right before its holder's name, its head noun
        # definite too: «انتقد الأمين العام لمجلس التعاون الخليجي عبداللطيف الزياني إيران»; not a name with a title
        # of its own, nor one of another sector: «انتقد الأمين العام لحزب الله سعد الحريري», the holder is another)
        first = h.mentions[0]
        h_head = strip_wa(toks[h.start_tok].norm)
        g_sectors = {m.get("sector") for m in g.mentions} | {"", None}
        return (head in fw.office or head[:2] == "ال" and head[2:] in fw.office) and all(
            m.kind == "actor" and m.get("type") == "person" for m in g.mentions) and \
            first.kind == "actor" and first.tok_start == h.start_tok and not _title(toks[h.start_tok]) and \
            h_head not in fw.office and h_head[2:] not in fw.office and \
            all(m.get("sector") in g_sectors for m in h.mentions)
    seat = strip_wa(toks[gap[0]].norm)
    if (seat == "لدي" or seat == "في" and (head[2:] if head[:2] == "ال" else head) in fw.envoy) and \
            2 <= len(gap) <= 5 and all(toks[k].kind == "ar" for k in gap):
        # (an envoy's seat between his office and his name: «انتقد مندوب روسيا لدى الأمم المتحدة فيتالي تشوركين
        # الولايات المتحدة»، «السفير الروسي في الأمم المتحدة»: the holder is no object)
        bare = head[2:] if head[:2] == "ال" else head
        return bare in fw.office or bare in fw.envoy
    return head in fw.office and 1 <= len(gap) <= 2 and all(
        toks[k].kind == "ar" and not toks[k].norm.startswith(("ال", "و")) and not _function_word(toks[k].norm, fw)
        and toks[k].norm not in fw.day and toks[k].norm not in fw.number for k in gap)


def _member_named(toks: list[Token], tail_end: int, g: Group, h: Group, fw: FunctionWords) -> bool:
    """True for a body's phrase governed by an office noun right after the verb (function_words office: عضو، رئيس),
    with at most two definite adjectives and then a person's name after it: «ودعا عضو لجنة الأمن والدفاع النيابية
    محمد الكربولي، الحكومة إلى» — the named member is the subject, the body only his; the object comes after him."""
    if g.prep or h.prep or g.start_tok != tail_end + 1 or strip_wa(toks[tail_end].norm) not in fw.office:
        return False
    if _person_named(g):
        return False
    if not any(m.get("type") in ("person", "titled_name") for m in h.mentions):
        # (or a one-word title and a name the lexicons lack, opening with a given name or of two words or more:
        # «وانتقد عضو كتلة المستقبل النائب أحمد فتفت حزب الله», the member is the MP named)
        if not (h.end_tok - h.start_tok == 1 and h.mentions and all(m.kind == "agent" for m in h.mentions)
                and (e := _name_run(toks, h.end_tok, set(), fw)) is not None
                and (e > h.end_tok + 1 or e > h.end_tok and toks[h.end_tok].norm in _given_names())):
            return False
    gap = range(_conj_end(g), h.start_tok)
    return len(gap) <= 2 and all(toks[k].kind == "ar" and toks[k].norm.startswith("ال") and
                                 not _function_word(toks[k].norm, fw) for k in gap)


def _member_of(g: Group, h: Group) -> Group:
    """The named member h of the body g (`_member_named`) with the body's sector, and its country where his name
    has none: «عضو لجنة الأمن والدفاع النيابية محمد الكربولي» is a legislator (LEG), not a man of no sector."""
    sector = next((m.get("sector") for m in g.mentions if m.get("sector")), None)
    code = next((m.get("code") for m in g.mentions if m.get("code")), None) or g.owner_code
    return replace(h, owner_sector=h.owner_sector or sector, owner_code=h.owner_code or code)


def _title_apposition(toks: list[Token], g: Group, h: Group, fw: FunctionWords) -> bool:
    """True if phrases g and h, one right after the other, are one person: an office with no name and the name it
    goes with (استقبل أمير دولة قطر الشيخ تميم بن حمد، التقى ولي ولي العهد وزير الدفاع السعودي، الأمير محمد بن
    سلمان), or an office, a name no lexicon knows and the office again (فخامة الرئيس عبدالله يامين عبدالقيوم رئيس
    جمهورية المالديف); a name and its office after it (تميم بن حمد آل ثاني أمير دولة قطر) is the same. Only forms
    of address, commas and name words stand between, and the two give no different countries."""
    if h.prep or g.prep:
        return False
    person, office = _person_named, _office_only
    codes = {m.get("code") for m in g.mentions + h.mentions if m.get("code")}
    if len(codes) > 1:
        return False
    gap = range(_conj_end(g), h.start_tok)
    if len(gap) > 4 or any(toks[k].kind not in ("ar", "punct") or toks[k].kind == "punct" and toks[k].text not in ",،"
                           or toks[k].kind == "ar" and (toks[k].norm.startswith("و") or toks[k].norm in fw.preposition
                                                        or _function_word(toks[k].norm, fw))
                           for k in gap):
        return False
    words = [k for k in gap if toks[k].kind == "ar" and toks[k].norm not in fw.honorific]
    if office(g) and person(h):
        return True  # (only forms of address or commas, or one more word of the name, between)
    if person(g) and office(h):
        # (the family name the lexicon left out: آل ثاني; or a comma alone: «والتقى إبراهيم محلب، رئيس الوزراء المصري
        # يوم السبت وزير الدفاع الفرنسي»)
        return 1 <= len(words) <= 2 or not words and [toks[k].text for k in gap] in (["،"], [","])
    # an office, a name no lexicon knows, then the office again
    return office(g) and office(h) and 1 <= len(words) <= 3 and not any(toks[k].norm.startswith("ال") for k in words)


def _next_object(toks: list[Token], i: int, groups: list[Group], starts: list[int], trig_toks: set[int]) -> Group | None:
    """The object after a subject's name ending at token i: a country or city with no preposition right there (اتهم
    وزير الداخلية البحريني الفريق الركن الشيخ راشد بن عبدالله آل خليفة إيران بالتورط), else `_object_after`."""
    j = bisect_left(starts, i)
    if j < len(groups) and groups[j].start_tok == i and not groups[j].prep and groups[j].mentions and \
            _place(groups[j]):
        return groups[j]
    return _object_after(toks, i, groups, starts, trig_toks)


def _object_after(toks: list[Token], i: int, groups: list[Group], starts: list[int], trig_toks: set[int]) -> Group | None:
    """The first phrase without a preposition from token i on, within 16 words, that is not a place: the object
    told after the subject's titles and the time and place of the act; None past a full stop, a colon or another event
    word."""
    for g in groups[bisect_left(starts, i):bisect_left(starts, i + 16)]:
        if any(toks[k].text in ".؟?!؛;:" or k in trig_toks for k in range(i, g.start_tok)):
            return None
        if not g.prep and not _place(g):
            return g
    return None


def _adjective_gap(toks: list[Token], i: int, j: int, fw: FunctionWords) -> bool:
    """True if the words from token i to j are one or two definite adjectives of the office before them (الجديد،
    السابق), no day or time word (الأحد، اليوم): «زعيم حركة طالبان الجديد الملا أختر منصور» — the name after them is
    the office holder's, no object."""
    return 1 <= j - i <= 2 and all(toks[k].kind == "ar" and toks[k].norm.startswith("ال") and len(toks[k].norm) > 4
                                   and toks[k].norm not in fw.adverb and toks[k].norm not in fw.day
                                   for k in range(i, j))


def _place_gap(toks: list[Token], i: int, h: Group, groups: list[Group], starts: list[int]) -> bool:
    """True if the words from token i to the phrase h are one place in في, named or of words no lexicon knows (زعيم
    تنظيم القاعدة في شبه جزيرة العرب ناصر الوحيشي): where the office before is held, the name h its holder's."""
    if i >= h.start_tok or strip_wa(toks[i].norm) != "في":
        return False
    n = bisect_left(starts, i)
    g = groups[n] if n < len(groups) else None
    if g is not None and g.start_tok < h.start_tok:
        return g.prep == "في" and g.start_tok <= i + 1 and g.end_tok == h.start_tok and _place(g)
    return 2 <= h.start_tok - i <= 4 and all(toks[k].kind == "ar" for k in range(i + 1, h.start_tok))


def _office_held_in(toks: list[Token], g: Group, i: int, h: Group, groups: list[Group], starts: list[int],
                    trig_toks: set[int]) -> bool:
    """True for an office with no person (g, ending at token i: a role noun and its body, the noun one the lexicons
    may lack), a named place in في right after it and a bare name after that, h: the name is the office's holder
    (دعا وسيط الأمم المتحدة في سوريا ستافان دي ميستورا أمس إلى), no party the act befell."""
    if _person_named(g) or _place(g) or not h.mentions or not all(m.get("type") == "person" for m in h.mentions):
        return False
    if len({m.get("code") for m in g.mentions + h.mentions if m.get("code")}) > 1:
        return False
    k = g.start_tok - 1  # (the role noun: an agent of the phrase, or an indefinite word no lexicon knows before it)
    if not any(m.kind == "agent" for m in g.mentions) and (
            k < 0 or k in trig_toks or toks[k].kind != "ar" or toks[k].norm.startswith("ال")):
        return False
    n = bisect_left(starts, i)
    return i < len(toks) and toks[i].norm == "في" and n < len(groups) and groups[n].start_tok < h.start_tok and \
        _place(groups[n]) and _place_gap(toks, i, h, groups, starts)  # (a named place in في, as told above)


def _holder_named(g: Group, h: Group) -> bool:
    """True if phrase g is an office with no person (a role noun and its body) and h names a person of no other
    country: h may be the holder of g's office (زعيم حركة طالبان | الملا أختر منصور)."""
    codes = {m.get("code") for m in g.mentions + h.mentions if m.get("code")}
    return len(codes) <= 1 and not _person_named(g) and _person_named(h) and any(m.kind == "agent" for m in g.mentions)


def _noun_adjective(toks: list[Token], trig: Mention, i: int, g: Group) -> bool:
    """True if the one-word phrase g at token i, right after an event noun, is the noun's adjective: definite after
    a definite noun (التفجير الإرهابي: a genitive would follow a noun without the article), an indefinite one in the
    accusative after an indefinite noun in the accusative (هجوما عسكريا), or an indefinite
    singular relative adjective in ـي/ـية after an indefinite noun of an act, not of a death (هجوم إرهابي، عملية
    عسكرية)."""
    if g.start_tok != i or g.end_tok != i + 1 or g.prep or any(m.kind != "agent" for m in g.mentions):
        return False
    w, noun = toks[i].norm, toks[trig.tok_start].norm[len(trig.get("prefix")):]
    if w.startswith("ال") and noun.startswith("ال"):
        return True
    if noun.endswith("ا") and w.endswith("ا") and not w.startswith("ال") and not noun.startswith("ال"):
        return True  # an indefinite noun and its adjective in the accusative: هجوما عسكريا، كمينا مسلحا
    if _armed_manner(w, noun) and _attack(trig) and g.mentions[0].get("sector") == "UAF":
        return True  # هجوم مسلح، عملية مسلحة: how the attack was made, not a gunman's attack (that is هجوم مسلحين)
    # (اغتيال الصحافي: a definite word after a bare noun is its genitive; مقتل شرطي: who died)
    return not w.startswith("ال") and not noun.startswith("ال") and not _casualty(trig) \
        and w.endswith(("ي", "يه")) and not w.endswith(("يي", "ايه"))


def _armed_kind(toks: list[Token], g: Group) -> bool:
    """True for a relative adjective of armed groups (الإرهابي، إرهابيا): after an event noun it still tells who
    acts (تهديد إرهابي), where one of the army (عسكريا) or a plain adjective (مسلحا) tells only what kind."""
    return all(m.kind == "agent" and m.get("sector") == "UAF" for m in g.mentions) and \
        toks[g.end_tok - 1].norm.endswith(("ي", "يه", "يا"))


def _oblique_plural(toks: list[Token], g: Group, i: int, fw: FunctionWords) -> bool:
    """True for a phrase headed by a sound masculine plural in the oblique case, a relative adjective in ـيين or a
    participle in مـ…ـين (الكينيين، المواطنين، المتظاهرين), standing right after the verb ending before token i (time
    words aside): there it is no subject, which would end in ـون (but أطلق بعض الفدائيين: a genitive)."""
    if any(toks[k].norm not in fw.adverb for k in range(i, g.start_tok)):
        return False
    w = toks[g.start_tok].norm
    if w in _PERSONS_OBJECT:
        return True  # (one person or two in the accusative: «وألقت القبض شخصين مشتبه بهما»)
    if w.startswith("ال"):
        w = w[2:]
    return len(w) >= 5 and (w.endswith("يين") or w.startswith("م") and w.endswith("ين")) or \
        len(w) == 6 and w[1] == "ا" and w.endswith("ين")  # (and one in فاعلين: ناشد الخاطفين)


def _oblique_head(toks: list[Token], g: Group, i: int, fw: FunctionWords) -> bool:
    """True for a phrase right after a one-word head that stands right after the verb ending before token i, when
    that head is a participle's sound masculine plural in the oblique case before its genitive, written in ـي (ممثلي،
    مسؤولي، مقاتلي): the head is the verb's object, never its subject (ممثلو), and the phrase its owner."""
    if g.prep or g.start_tok != i + 1 or toks[i].kind != "ar" or not toks[i].text.endswith("ي"):
        return False
    w = toks[i].norm
    return len(w) >= 5 and w.startswith("م") and w.endswith("ي") and not _function_word(w, fw) and \
        w not in fw.honorific  # (not a form of address before the subject: دعا معالي وزير التعليم)


def _unnamed_subject(toks: list[Token], k: int, starts: list[int], cues: dict[int, Mention], trig_toks: set[int],
                     fw: FunctionWords) -> bool:
    """True for a definite word of no phrase at token k right after a verb (دعت المنظمة الحوثيين): a subject no lexicon
    names, which leaves the phrase after it to be the object; not إلى with its pronoun, spelled like one (دعت إليها
    المعارضة: the phrase after it is the subject)."""
    w = strip_wa(toks[k].norm) if k < len(toks) and toks[k].kind == "ar" else ""
    return w.startswith("ال") and len(w) > 4 and k not in cues and k not in trig_toks and not _starts_at(starts, k) \
        and not _function_word(w, fw) and w not in fw.to_pronoun


def _count_source(toks: list[Token], k: int, end: int, groups: list[Group], starts: list[int], fw: FunctionWords,
                  preps: tuple[str, ...] | frozenset[str] | None = None) -> Group | None:
    """The phrase in من that a count right after a verb (token k) counts out of, past one indefinite noun of no phrase
    whose genitive it is (`_bare_head`), before token `end`. With no `preps`, the count is «عددا (كبيرا)»: «والتقى
    عددا من ممثلي الحكومة اليمنية»، «اعتقلت عددا كبيرا من الأشخاص» (a count in the accusative is the verb's object,
    never its subject, which would be «عدد», and so is what it counts). With `preps` (the verb's own prepositions),
    it is a number (in digits or a word), past one of them, a word of about (نحو، حوالي) and one bare noun the number
    counts: «القبض على 371 من مناصري حزب العمال»، «عقوبات على ثلاثة من زعماء حزب الله»، «قصفت الطائرات نحو 400
    موقع من مواقع الحزب» (what a count is taken from is what the act befell: the party in its genitive, read as the
    phrase's owner; not a lone indefinite nisba after a feminine head, its adjective: «من فرقة سورية مقاتلة», while
    «20 من مواطني سورية» counts Syria's citizens). The number words are function_words.tsv number (with احد، عدد،
    بضعة). None when the phrase is not there."""
    if preps is None:
        if k + 2 >= len(toks) or toks[k].norm != "عددا":
            return None
        k += 1 + (toks[k + 1].norm == "كبيرا")
    else:
        if k < len(toks) and toks[k].norm in preps and toks[k].norm != "من":
            k += 1
        if k < len(toks) and toks[k].norm in fw.about:
            k += 1
        if k + 2 >= min(len(toks), end) or toks[k].kind != "num" and toks[k].norm not in fw.number:
            return None  # (or a number word: «عقوبات على ثلاثة من زعماء جماعة حزب الله»)
        k += 1
        if toks[k].norm != "من" and _bare_head(toks, k, fw):
            k += 1  # (the noun counted: 400 موقع)
    if k + 1 >= min(len(toks), end) or toks[k].norm != "من":
        return None
    j = bisect_left(starts, k + 1)
    g = groups[j] if j < len(groups) else None
    if g is None or g.prep not in ("من", ""):
        return None
    at = g.start_tok - (toks[g.start_tok - 1].text in _OPEN_QUOTES + "{(")  # (a name in quotes: «العمال الكردستاني»)
    if at == k + 2 and _bare_head(toks, k + 1, fw):
        # (past the head it is the genitive of: ممثلي، مناصري، مواقع; a lone indefinite nisba is its adjective)
        w = toks[g.start_tok].norm  # (only after a feminine singular head it agrees with: «مواطني سورية» is Syria)
        return None if g.end_tok == g.start_tok + 1 and not w.startswith("ال") and nisba_shaped("ال" + w) \
            and toks[k + 1].norm.endswith("ه") else g
    return g if at == k + 1 else None


def _bare_head(toks: list[Token], k: int, fw: FunctionWords) -> bool:
    """True for an indefinite word at token k, of no و and no function word: a noun a count counts, or whose genitive
    it counts out of (موقع، ممثلي)."""
    return toks[k].kind == "ar" and not toks[k].norm.startswith(("ال", "و")) and not _function_word(toks[k].norm, fw)


def _genitive_at(toks: list[Token], k: int, groups: list[Group], starts: list[int]) -> Group | None:
    """The phrase with no preposition right after the one-word noun at token k, its genitive (لإغاثة الشعب
    اليمني), else None."""
    j = bisect_left(starts, k + 1)
    g = groups[j] if j < len(groups) else None
    return g if g is not None and g.start_tok == k + 1 and not g.prep and not g.prefix else None


def _helped_past_conjunct(toks: list[Token], tail_end: int, groups: list[Group], starts: list[int],
                          trig_toks: set[int], fw: FunctionWords) -> Group | None:
    """The phrase in لـ or إلى right after another trigger noun joined by و to the help noun ending at tail_end, with
    only adjectives between (مساعدات إنسانية ومواد إغاثة للشعب اليمني): the one both help nouns go to."""
    j = bisect_left(starts, tail_end)
    g = groups[j] if j < len(groups) else None
    if g is None or g.prep not in ("ل", "الي") or g.start_tok > tail_end + 5:
        return None
    span = range(tail_end, g.start_tok)
    joined = next((k for k in span if toks[k].norm[:1] == "و"), None)
    if joined is None or not any(k in trig_toks for k in span if k >= joined) or any(
            toks[k].kind != "ar" or _function_word(strip_wa(toks[k].norm), fw) for k in span):
        return None
    return g


def _weapon_only(toks: list[Token], g: Group, fw: FunctionWords) -> bool:
    """True for a phrase that is only a weapon or a fighting vehicle (المدفعية، دبابتين، عربات مدرعة), with no country
    nor owner of its own: what an act was done with or took, never the party it befell."""
    w = strip_wa(toks[g.start_tok].norm)
    w = w[2:] if w.startswith("ال") else w[1:] if w[:1] in "بل" and w[1:] in fw.weapon else w
    return w in fw.weapon and not g.owner_code and not any(m.get("code") for m in g.mentions)


def _counted_taken(toks: list[Token], tail_end: int, end: int, groups: list[Group], starts: list[int],
                   trig_toks: set[int], actor: Group | None, fw: FunctionWords,
                   object_preps: tuple[str, ...] = ()) -> Group | None:
    """The first phrase of people with no preposition counted by a number (590 شخصا، ثلاثة أشخاص) in the clause
    past an arrest or an abduction that ends at tail_end, past only the places and times of the act (منذ الجمعة في
    جميع أنحاء تركيا) and «عدد إجماليا بلغ»: those it took. None past another trigger, a clause mark, «بينهم»
    or a phrase of no place that is not counted (it would be the object itself, read otherwise), nor past a phrase in
    the act's own object preposition (object_preps: القبض على سائق … الذي اصطحب معه ثلاث نساء — the driver was taken)."""
    for g in groups[bisect_left(starts, tail_end):bisect_left(starts, min(end, tail_end + 12))]:
        if object_preps and g.prep in object_preps and not _place(g):
            return None  # (the object in its preposition, whether or not a phrase holds it: below, a bare one)
        if any(k in trig_toks or toks[k].text in _CLAUSE_PUNCT or strip_wa(toks[k].norm) in fw.among
               or strip_wa(toks[k].norm) in fw.cause or toks[k].norm in fw.complementizer
               or toks[k].norm in object_preps for k in range(tail_end, g.start_tok)):
            return None
        if actor is not None and (g is actor or g in actor.conj) or g.prep or _place(g):
            continue
        if not _counted(toks, g, fw) or not any(m.kind == "agent" for m in g.mentions):
            return None
        return g
    return None


def _named_then_head(toks: list[Token], k: int, g: Group, starts: list[int], cues: dict[int, Mention],
                     trig_toks: set[int], fw: FunctionWords) -> bool:
    """True for two words of no phrase at tokens k, k + 1 right after a verb of appeal and before the phrase `g`, the
    second an indefinite noun (no article, no clitic, no function word), and إلى or a verbal noun in بـ right past
    `g` and its conjuncts (ودعا منصور أنصار طالبان الى الوحدة): the first is the subject's name, the second the head
    whose genitive `g` is, the party appealed to (not «طلب إقليدس تساكالاتوس وزير المالية اليوناني رسميا مساعدة»:
    nothing asked right past the phrase)."""
    e = _conj_end(g)
    if e >= len(toks) or not all(toks[i].kind == "ar" and i not in cues and i not in trig_toks and
                                 not _starts_at(starts, i) and not _function_word(strip_wa(toks[i].norm), fw)
                                 for i in (k, k + 1)):
        return False
    head, nxt = toks[k + 1].norm, toks[e].norm
    return not head.startswith(("ال", "و", "ف", "ب", "ل")) and len(head) >= 3 and \
        (nxt in ("الي", "إلى", "الى") or nxt.startswith("بال") and len(nxt) > 5)


def _indefinite_subject(toks: list[Token], k: int, g: Group, starts: list[int], cues: dict[int, Mention],
                        trig_toks: set[int], fw: FunctionWords) -> bool:
    """True for two indefinite words of no phrase at tokens k, k + 1 right after a verb of accusing and before the
    phrase `g`, with a verbal noun in بـ right past `g` and its conjuncts (واتهمت منظمة دولية قوات جيش جنوب السودان
    بارتكاب): a noun and its adjective, the subject no lexicon names; `g` is the one accused."""
    e = _conj_end(g)
    if e >= len(toks) or not all(toks[i].kind == "ar" and i not in cues and i not in trig_toks and
                                 not _starts_at(starts, i) and not _function_word(strip_wa(toks[i].norm), fw)
                                 and not toks[i].norm.startswith(("ال", "و", "ف", "ب", "ل")) and len(toks[i].norm) >= 3
                                 for i in (k, k + 1)):
        return False
    nxt = toks[e].norm
    return toks[e].kind == "ar" and nxt.startswith("ب") and len(nxt) > 5 and nxt not in fw.preposition


def _name_then_party(toks: list[Token], k: int, g: Group, starts: list[int], cues: dict[int, Mention],
                     trig_toks: set[int], fw: FunctionWords) -> bool:
    """True for one word of no phrase at token k right after a verb of appeal, a name (no article, no clitic, no
    function word, no ending of a noun or an adverb), before the definite party `g` the lexicon names, with إلى، على
    or a verbal noun in بـ right past `g` and its conjuncts (ودعا ملادينوف المجتمع الدولي إلى العمل): the name is
    the subject, `g` the one appealed to (not a title after a name: طالب فرنسوا بايرو الوزير السابق)."""
    e = _conj_end(g)
    if e >= len(toks) or toks[k].kind != "ar" or k in cues or k in trig_toks or _starts_at(starts, k) or \
            toks[g.start_tok].kind != "ar" or not g.mentions or g.mentions[0].kind != "actor" or g.prefix:
        return False
    w, head, nxt = toks[k].norm, strip_wa(toks[g.start_tok].norm), toks[e].norm
    return len(w) >= 4 and not w.startswith(("ال", "و", "ف", "ب", "ل", "ك")) and not w.endswith(("ه", "ا", "ي")) \
        and not _function_word(w, fw) and head.startswith("ال") and \
        (nxt in ("الي", "إلى", "الى", "علي", "على") or nxt.startswith("بال") and len(nxt) > 5)


def _attack_subject(toks: list[Token], t: int, attack_ends: frozenset[int], groups: list[Group],
                    starts: list[int]) -> bool:
    """True if an attack noun ends at most six words before the verb at t, with no noun phrase without a
    preposition nor a comma or full stop between: the noun (هجوم، عبوة ناسفة) is the verb's subject."""
    end = next((e for e in range(t, max(-1, t - 7), -1) if e in attack_ends), None)
    if end is None or any(toks[k].text in _CLAUSE_BREAKS for k in range(end, t)):
        return False
    return not any(not g.prep and g.start_tok >= end for g in groups[bisect_left(starts, end):bisect_left(starts, t)])


def _attack_before_comma(toks: list[Token], t: int, attack_ends: frozenset[int], groups: list[Group],
                         starts: list[int], cues: dict[int, Mention], trig_toks: set[int]) -> bool:
    """True for an attack verb at t right after a comma, an attack noun ending at most twelve words before that comma
    with no clause break, trigger, nor noun phrase without a preposition between them but the subject of a light verb
    (غارات جوية شنتها مقاتلات التحالف، استهدفت مواقع المتمردين): the verb is the noun's adjective clause, the noun its
    subject, and the phrase after it what was hit."""
    if t < 2 or toks[t - 1].text not in ",،":
        return False
    end = next((e for e in range(t - 1, max(-1, t - 14), -1) if e in attack_ends), None)
    if end is None or any(toks[k].text in _CLAUSE_BREAKS or k in trig_toks for k in range(end, t - 1)):
        return False
    return all(g.prep or g.start_tok > 0 and (c := cues.get(g.start_tok - 1)) is not None and c.label == "light_verb"
               for g in groups[bisect_left(starts, end):bisect_left(starts, t - 1)] if g.start_tok >= end)


def _result_verb(toks: list[Token], k: int, fw: FunctionWords) -> bool:
    """True for a verb of result at token k (أسفر عن، أدى إلى، أوقع 40 قتيلا): a result word with its preposition
    (إلى، عن) or a count right after it, or a definite subject or an adverbial phrase first and the preposition in the
    next five words; not «أدى العمرة», performed, nor the preposition «خلف أشجار المقبرة»."""
    if strip_wa(toks[k].norm) not in fw.result or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    if nxt.norm in ("الي", "عن") or nxt.kind == "num" or strip_wa(nxt.norm) in fw.number:
        return True
    return (nxt.norm.startswith("ال") or nxt.norm in fw.preposition) and any(
        x.norm in ("الي", "عن") for x in toks[k + 2:k + 6])


def _named_doer(g: Group, cues: dict[int, Mention]) -> bool:
    """True for a phrase a few words after «على يد، من قبل» (جراء حرق منزله على يد من يشتبه أنهم يهود): the one
    who did something, though too far to be read as the agent of a verb; no victim."""
    return any((c := cues.get(k)) is not None and c.label == "passive_agent" and c.tok_end + 4 >= g.start_tok
               for k in range(max(0, g.start_tok - 7), g.start_tok))


def _past_manner(toks: list[Token], trig: Mention, i: int, starts: list[int], fw: FunctionWords) -> int:
    """For a verb of death or wound ending before token i, the token index past an indefinite verbal noun of manner
    in the accusative there (قتل حرقا، قتل ذبحا: a word in ـا with no article nor clitic where no noun phrase
    starts, not a count, «عددا من»), else i."""
    if _casualty(trig) and i + 1 < len(toks) and toks[i].kind == "ar" and len(toks[i].norm) >= 4 \
            and toks[i].norm.endswith("ا") and not toks[i].norm.startswith(("ال", "و", "ف", "ب", "ل")) \
            and not _starts_at(starts, i) and toks[i].norm[:-1] not in fw.filler and toks[i + 1].norm != "من" \
            and not _function_word(toks[i].norm, fw) and not toks[i].norm.startswith(fw.report_participle_stems):
        return i + 1  # (not a word of the closed classes in ـا: قتلوا عندما فجر مسلحون لغما; nor the speaker's مؤكدا)
    return i


def _resumptive_verb(toks: list[Token], k: int, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for a perfect verb at token k whose attached pronoun resumes the indefinite noun right before it, and whose
    subject follows (عبوة ناسفة وضعها إرهابيون، قذيفة أطلقها الحوثيون): a short word in ـه/ـها/ـهم with no article,
    no preposition attached, no function word nor a pronoun in a preposition of the act (function_words.tsv in_it:
    قتل خلاله جندي, «in it») or any other: after «تسيطر عليها» the phrase is the holder of the place, whom an attack
    there is read to target («قصفها حيا في مدينة أريحا … التي تسيطر عليها فصائل المعارضة»), right after a word with
    no article."""
    if k < 1 or k >= len(toks) or toks[k].kind != "ar" or toks[k - 1].kind != "ar" or k in cues:
        return False
    w, prev = toks[k].norm, strip_wa(toks[k - 1].norm)
    stem = next((w[:-len(p)] for p in ("ها", "هم", "ه") if toks[k].text.endswith(p)), "")  # (not ة: عشرة)
    return 3 <= len(stem) <= 4 and not w.startswith(("ال", "ب", "ل", "ك", "ي", "ت")) and not _function_word(w, fw) \
        and w not in fw.in_it and stem not in fw.preposition and not prev.startswith("ال") \
        and not _function_word(prev, fw) and not _number(prev, fw) and not _quantity(prev, fw)  # (a perfect: the imperfect of a place's visitors, مطعم يقصده رجال شرطة, is left)


def _lam_head_genitive(toks: list[Token], tail_end: int, g: Group, fw: FunctionWords) -> bool:
    """True if the phrase after a verb is the genitive of a word in لـ right before it that no phrase holds, past an
    unknown word (وطالب المجلس الأعلى لشؤون المرأة … حكومة الإقليم: المرأة belongs to the subject no lexicon
    names, it is none itself)."""
    k = g.start_tok - 1
    if k <= tail_end or toks[k].kind != "ar":
        return False
    w = toks[k].norm
    return len(w) > 3 and w[0] == "ل" and w[1] != "ل" and w not in fw.preposition and not _function_word(w, fw) \
        and toks[tail_end].kind == "ar" and toks[tail_end].norm.startswith("ال")


def _past_name(toks: list[Token], g: Group, fw: FunctionWords) -> int:
    """The token index past a phrase and its conjuncts, and past the name the lexicons lack that a title-only phrase
    is followed by (قتل النائب العام هشام بركات في تفجير: past بركات), and past «another» after it (قتل جندي آخر في
    هجوم: past آخر, so no object follows and the verb reads as a passive), or past the owner it belongs to (وحدات
    تكتيكية تابعة للتنظيم: past للتنظيم)."""
    end = _conj_end(g)
    if end < len(toks) and toks[end].norm in fw.other:
        return end + 1
    if end + 2 < len(toks) and toks[end].norm in fw.owner and toks[end + 1].norm[:1] == "ل" and \
            toks[end + 1].kind == "ar":
        return end + 2  # past its owner (قصفت وحدات تكتيكية تابعة للتنظيم ودمرت مواقع: no object, a passive)
    # (a title with its nationality is title-only too: اعتقل الناشط السعودي محمد البجادي في الرياض)
    if end >= len(toks) or not all(m.kind == "agent" or m.get("type") == "demonym" for m in g.mentions) or \
            not _given_tok(toks[end]):
        return end  # (a known given name first: not an object, قصفت المقاتلات مواقع للحوثيين)
    k = _name_run(toks, end, set(), fw)
    if k is None:
        return end
    if k + 1 < len(toks) and toks[k].kind == "ar" and not toks[k].norm.startswith(("ال", "و", "لل")) and \
            not _function_word(toks[k].norm, fw) and (toks[k + 1].text in _CLAUSE_BREAKS
                                                     or toks[k + 1].norm in fw.preposition):
        k += 1  # (a family name in ـات the name words leave out: هشام بركات في …)
    return k


def _other_prep_genitive(toks: list[Token], tail_end: int, g: Group, preps: tuple[str, ...] | frozenset[str],
                         groups: list[Group], starts: list[int], cues: dict[int, Mention], trig_toks: set[int],
                         fw: FunctionWords) -> bool:
    """True for a phrase past the verb that is the genitive of a chain of nouns that a preposition of place or topic
    (function_words.tsv chain_head: في، على، إلى، عن), a word of its own and not the verb's own, governs (_in_prep_chain):
    «اجتمع أمس في فرع وزارة الخارجية»، «شددت على ضرورة مساهمة باكستان»: never the verb's subject. Not past a word
    with a pronoun, which takes no genitive («اتهم في بيان أصدره جماعة الحوثيين»، «تستهدف من خلالها مواقع»), nor for
    an indefinite phrase of a role noun («الهجوم الذي استهدف في سوروتش ناشطين»: past a place no lexicon names, the
    object; «في فرع وزارة الخارجية» is definite by its genitive)."""
    if not _in_prep_chain(toks, tail_end - 1, g, groups, starts, cues, trig_toks, fw) or \
            g.mentions[0].kind == "agent" and not _definite(strip_wa(toks[g.end_tok - 1].norm)):
        return False  # (an indefinite role noun is the object past a place no lexicon names: استهدف في سوروتش ناشطين)
    k = g.start_tok - 1
    while k >= tail_end and strip_wa(toks[k].norm) not in fw.preposition:
        if toks[k].text.endswith(("ه", "ها", "هم", "هما", "هن")):
            return False
        k -= 1
    w = strip_wa(toks[k].norm) if k >= tail_end else ""
    return w in fw.chain_head and w not in preps


def _met_past_time(toks: list[Token], tail_end: int, after: list[Group], fw: FunctionWords) -> Group | None:
    """The phrase with no preposition past one or two time words (function_words adverb: اليوم، أمس) right after a
    meeting noun with its pronoun ending at tail_end («خلال لقائه اليوم مبعوث الأمين العام»): the one met; None
    otherwise, or for a place."""
    g = after[0] if after else None
    if g is None or g.prep or not 1 <= g.start_tok - tail_end <= 2 or _place(g):
        return None
    return g if all(toks[j].norm in fw.adverb for j in range(tail_end, g.start_tok)) else None


def _met_during(toks: list[Token], tail_end: int, g: Group, trig_toks: set[int], fw: FunctionWords) -> bool:
    """True for a phrase right after an event noun with its doer's pronoun in «خلال/أثناء» (function_words.tsv during),
    a meeting mostly, past the time words at most two (adverb), within a few words past the verb: «بحث خلال لقائه وزير
    الخارجية المصري»، «دعا الرئيس خلال لقائه اليوم المبعوث»: the noun's object, the one met, never the verb's
    subject (not after a speech noun, no event: «أكد خلال كلمته وزير الخارجية»)."""
    for k in range(tail_end, min(g.start_tok - 1, tail_end + 4)):
        if strip_wa(toks[k].norm) in fw.during and k + 1 in trig_toks and \
                toks[k + 1].text.endswith(("ه", "ها", "هم", "هما")) and g.start_tok - (k + 2) <= 2 and \
                all(toks[j].norm in fw.adverb for j in range(k + 2, g.start_tok)):
            return True
    return False


def _statement_genitive(toks: list[Token], tail_end: int, g: Group, preps: tuple[str, ...] | frozenset[str],
                        cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for a phrase right after a noun of statements or conduct (function_words.tsv statement), bare or with the
    verb's own بـ or لـ attached, within a few words past the verb («ندد البرلمان العربي بتصريحات المالكي»، «وأشاد
    بتصريحات الرئيس الأمريكي»): the noun's genitive, whom the praise or blame is about, never the verb's subject."""
    k = g.start_tok - 1
    if not tail_end <= k <= tail_end + 4 or k in cues or toks[k].kind != "ar" or \
            k > tail_end and strip_wa(toks[k - 1].norm) in fw.preposition:
        return False  # (nor a noun another preposition governs: رفض الوزير الرد على تصريحات المالكي)
    w = strip_wa(toks[k].norm)
    return w in fw.statement or w[:1] in ("ب", "ل") and w[:1] in preps and w[1:] in fw.statement


def _statement_owner(toks: list[Token], i: int, groups: list[Group], starts: list[int], trig_toks: set[int],
                     cues: dict[int, Mention], fw: FunctionWords) -> Group | None:
    """The object's owner of a verb of praise or blame told after its subject (token i on), within 16 words: the
    phrase with no preposition right after an indefinite noun of statements or conduct (function_words.tsv
    statement), «رفض السفير حسين هريدي، مساعد وزير الخارجية المصري الأسبق، تصريحات المالكي»; None past a full stop
    (not the dot of a title, د.), another event word, a relative or report cue or أن, and for a noun in a preposition
    (الرد على تصريحات)."""
    for k in range(i, min(len(toks) - 1, i + 16)):
        w = toks[k].norm
        if w in fw.statement and k not in cues and strip_wa(toks[k - 1].norm) not in fw.preposition:
            # (a statement noun that is an event word of its own stays the object: أدانت الحكومة اتهامات إيران)
            j = bisect_left(starts, k + 1)
            g = groups[j] if j < len(groups) and groups[j].start_tok == k + 1 else None
            return g if g is not None and not g.prep and not _city(g) else None
        if toks[k].text in ".؟?!؛;:" and not (toks[k].text == "." and k and len(toks[k - 1].norm) == 1) or \
                k in trig_toks or w in fw.complementizer or \
                (c := cues.get(k)) is not None and c.label in ("relative", "report"):
            return None
    return None


def _object_past_post_name(toks: list[Token], subj: Group, groups: list[Group], starts: list[int],
                           fw: FunctionWords) -> Group | None:
    """The object of a verb whose subject is a title of a post in a place and the name the lexicons lack after it
    (دعا السفير السعودي في مصر أحمد عبدالعزيز قطان إيران إلى الكف): the coded phrase right after that name, itself
    followed by a preposition (إلى، بـ، لـ، على) that tells what it is asked or told; None otherwise."""
    end = _conj_end(subj)
    j = bisect_left(starts, end)
    if j + 1 >= len(groups) or groups[j].start_tok - end > 1 or groups[j].prep not in ("في", "لدي", "ب") or \
            not _place(groups[j]) or _person_named(subj):
        return None
    k, g = groups[j].end_tok, groups[j + 1]
    if k >= len(toks) or not _given_tok(toks[k]) or g.prep or not _coded(g) or \
            not k < g.start_tok <= k + 5 or _name_run(toks, k, set(range(g.start_tok, g.end_tok)), fw) != g.start_tok:
        return None
    n = _conj_end(g)
    w = strip_wa(toks[n].norm) if n < len(toks) and toks[n].kind == "ar" else ""
    return g if w in ("الي", "إلي", "علي", "الى", "إلى", "على") or w[:1] in ("ب", "ل") and len(w) > 3 else None


def _object_past_place(toks: list[Token], i: int, groups: list[Group], starts: list[int], trig_toks: set[int],
                       cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True if past the place phrase in في at token i (past the verb's subject) an indefinite noun or a count
    follows, the verb's object: «وقصفت قوات المعارضة في ريف حلب قريتي نبل والزهراء» is active, no passive
    «قُصفت قوات المعارضة» (but «قتل جنود في حلب أمس، … جنوب، … إثر»: no object follows)."""
    if i >= len(toks) or strip_wa(toks[i].norm) != "في":
        return False
    j = bisect_left(starts, i + 1)
    if j >= len(groups) or groups[j].start_tok > i + 2 or not _place(groups[j]):
        return False
    k = _past_place_tail(toks, _conj_end(groups[j]), groups, starts, cues, fw)
    if k >= len(toks) or k in trig_toks or k in cues and cues[k].label != "head":
        return False  # (a place noun whose owner follows is a target: بلدة، مواقع)
    if toks[k].kind == "num" or k in cues:
        return True
    w = toks[k].norm
    at = bisect_left(starts, k)
    # (a phrase of a party's role noun in construct opening there is the object too: «طردت المقاومة الشعبية في تعز
    # ميليشيات الحوثيين»; not a place)
    return toks[k].kind == "ar" and len(w) >= 3 and not w.startswith(("ال", "و", "ف", "ب", "ل", "ك")) \
        and not _function_word(w, fw) and w not in fw.day and w not in fw.number and w not in fw.filler \
        and w not in fw.among and (not _starts_at(starts, k) or at < len(groups) and not groups[at].prep and
                                   not _place(groups[at]) and groups[at].mentions[0].kind == "agent"
                                   and groups[at].end_tok - groups[at].start_tok > 1)


def _past_place_tail(toks: list[Token], k: int, groups: list[Group], starts: list[int], cues: dict[int, Mention],
                     fw: FunctionWords) -> int:
    """Token index past what may follow a place phrase ending at token k before the verb's object: a direction cue
    and the place it is of (جنوب البلاد، شمال صنعاء) and words of time (أمس، أول من أمس): «قصف طيران التحالف في
    محافظة شبوة جنوب البلاد تعزيزات للحوثيين»."""
    while k < len(toks):
        c = cues.get(k)
        if c is not None and c.label == "direction":
            k = c.tok_end
            j = bisect_left(starts, k)
            if j < len(groups) and groups[j].start_tok == k and not groups[j].prep and _place(groups[j]):
                k = _conj_end(groups[j])
            elif k < len(toks) and toks[k].kind == "ar" and toks[k].norm.startswith("ال") and not _starts_at(starts, k):
                k += 1
        elif _when_word(toks, k, fw):
            k += 1
        elif toks[k].text == "(" and (close := next((j for j in range(k + 1, min(len(toks), k + 6))
                                                     if toks[j].text == ")"), None)) is not None:
            k = close + 1  # (a gloss in brackets: «في تعز (جنوب اليمن) ميليشيات الحوثيين»)
        else:
            return k
    return k


def _when_word(toks: list[Token], k: int, fw: FunctionWords, wa: bool = False) -> bool:
    """True if token k is a word of time that only says when, skipped before an object or an adjunct: a day word or a
    time adverb (الأربعاء، أمس، حاليا), a day word in the accusative (صباحا, «in the morning»), or the من of «أول من
    أمس». With `wa`, a joined و is read past first (ومساء أمس)."""
    w = strip_wa(toks[k].norm) if wa else toks[k].norm
    return _day_word(w, fw) or w in fw.adverb or _day_before_day(toks, k, fw)


def _day_word(w: str, fw: FunctionWords) -> bool:
    """True for a day word (function_words day: أمس، الثلاثاء) or one in the accusative (صباحا, «in the morning»)."""
    return w in fw.day or w[-1:] == "ا" and w[:-1] in fw.day


def _day_before_day(toks: list[Token], k: int, fw: FunctionWords) -> bool:
    """True for the من of «أول من أمس» at token k: between a time adverb and a day word, no preposition."""
    return toks[k].norm == "من" and k and toks[k - 1].norm in fw.adverb and k + 1 < len(toks) and \
        toks[k + 1].norm in fw.day


def _counted_in_prep(toks: list[Token], i: int, g: Group, fw: FunctionWords) -> bool:
    """True if a preposition written apart stands at token i and only a count and من stand between it and the phrase
    g (على عدد من الكويتيين، على خمسة من المطلوبين): g is counted in that preposition's object."""
    return i + 1 < g.start_tok and strip_wa(toks[i].norm) in fw.preposition and \
        _only_fillers(toks, i + 1, g.start_tok, fw)


def _masculine_after_feminine(toks: list[Token], trig: Mention, g: Group, fw: FunctionWords,
                              rest: list[Group] | tuple[Group, ...] = ()) -> bool:
    """True for phrase g after a feminine singular perfect verb (ـت) when its head is a masculine singular noun
    (function_words masculine_head: حزب، مجلس، وزير): «كما طالبت الحزب بتسليم سلاحه»، «دعت فيه حزب الله» — the
    verb's subject is another, the phrase its object. Not past a broken plural of people in construct with it, or
    with «من» (function_words people_plural: «وقتلت عناصر تنظيم داعش خمسة جنود»), which the verb agrees with, when an
    object follows the phrase (`_object_word_after`; `rest` are the next bare phrases after g)."""
    if trig.get("object_pronoun") or trig.get("aspect") != "perfect" or \
            _singular_gender(toks[trig.tok_start].norm) != "f":
        return False
    k = g.start_tok - 1 - (g.start_tok > trig.tok_end and toks[g.start_tok - 1].norm == "من")
    if k >= trig.tok_end and toks[k].norm in fw.people_plural and _object_word_after(toks, g.end_tok, fw, rest):
        return False  # «وهاجمت عناصر (من) تنظيم داعش مواقع الجيش»: the verb agrees with the body's men, its subject
        # (with no object after them, they may be the object of a subject told before: «تسعى وحدات حماية الشعب
        # للتقدم …، وهاجمت عناصر تنظيم داعش، من محورين»، «وحاصرت عناصر تنظيم داعش في وسط المدينة»)
    w = strip_wa(toks[g.start_tok].norm)
    return w in fw.masculine_head or w.startswith("ال") and w[2:] in fw.masculine_head


def _unknown_definite_subject(toks: list[Token], i: int, g: Group, fw: FunctionWords) -> bool:
    """True if the one to three words from token i (right after a transitive verb) to the phrase g are a definite
    noun phrase no lexicon names, the verb's subject, so g is its object («وطالبت الأسر المتضررة القنصلية السعودية
    بضرورة»، «ويتجاهل الغرب حماس»): each word has the article and is no time word, adverb or title, and g names no
    person nor starts with a title (not «طالب المتحدث الرسمي العميد أحمد عسيري», an apposition). So a word of «some» or
    «all» and such words («دعت بعض الأطراف الحكومة الإسرائيلية»), or one indefinite plural in ـون («وحث قياديون
    الحكومة»)."""
    gap = range(i, g.start_tok)
    if not 1 <= len(gap) <= 3 or _person_named(g) or all(m.get("type") == "demonym" for m in g.mentions):
        return False  # (a nationality is the noun's adjective: ويلتقي المنتخبان الكويتي والعماني)
    head = toks[g.start_tok].norm
    if head[2:] in fw.office or head in fw.rank or head in fw.honorific or head[2:] in fw.rank:
        return False
    if len(gap) == 1 and _nominative_plural(toks[i], fw):
        return True  # (an indefinite plural in its nominative ending: «وحث قياديون الحكومة»)
    if len(gap) > 1 and toks[i].norm in fw.some_all:
        gap = range(i + 1, g.start_tok)  # (a word of «some» or «all» before the subject: «دعت بعض الأطراف الحكومة»)
    return all(toks[k].kind == "ar" and toks[k].norm.startswith("ال") and toks[k].norm[2:] not in fw.office
               and toks[k].norm not in fw.day and toks[k].norm not in fw.adverb and toks[k].norm not in fw.filler
               and toks[k].norm not in fw.rank and strip_wa(toks[k].norm) not in fw.to_pronoun for k in gap)


def _nominative_plural(tok: Token, fw: FunctionWords) -> bool:
    """True for an indefinite word in the masculine plural's nominative ending (قياديون، ناشطون): the case of a subject,
    never of an object; no function word."""
    w = tok.norm
    return tok.kind == "ar" and len(w) >= 6 and w.endswith("ون") and not w.startswith("ال") and \
        not _function_word(w, fw)


def _demonstrative_subject(toks: list[Token], i: int, g: Group, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True if a demonstrative and one or two definite words no lexicon names stand from token i (right after a
    transitive verb) to the phrase g: the verb's subject, so g, even a person's name, is its object («اتهمت تلك
    الزعامات ساركوزي»: a demonstrative's noun takes no name in apposition)."""
    c = cues.get(i)
    if c is None or c.label != "demonstrative" or c.tok_end != i + 1 or not 2 <= g.start_tok - i <= 3:
        return False
    return all(toks[k].kind == "ar" and toks[k].norm.startswith("ال") and toks[k].norm[2:] not in fw.office
               and toks[k].norm not in fw.day and toks[k].norm not in fw.adverb and toks[k].norm not in fw.rank
               for k in range(i + 1, g.start_tok))


def _singled_out(toks: list[Token], tail_end: int, g: Group, fw: FunctionWords) -> bool:
    """True if a word of «especially» (function_words especially: خصوصا، خاصة) stands between a verb ending at
    `tail_end` and the phrase `g` after it: the phrase is singled out of the verb's objects, no subject."""
    return any(toks[k].norm in fw.especially for k in range(tail_end, g.start_tok))


def _near(toks: list[Token], i: int, j: int, fw: FunctionWords) -> bool:
    """True if the phrase at token j is close after token i: at most 3 words, or 6 of adverbs/numbers."""
    if j - i <= 3:
        return True
    return j - i <= 6 and all(toks[k].kind == "num" or toks[k].norm in fw.adverb or toks[k].norm in fw.filler
                              for k in range(i, j))


def _asked_of(toks: list[Token], tail_end: int, after: list[Group], fw: FunctionWords) -> Group | None:
    """The phrase in من right after a verb of asking at `tail_end`, past quantity words only: the one asked («طالباً
    من عناصر المقاومة الشعبية العفو عنه»، «طلب من الحكومة»); None otherwise, or for a city or region."""
    if tail_end + 1 >= len(toks) or toks[tail_end].norm != "من":
        return None
    g = next((g for g in after if g.start_tok > tail_end), None)
    if g is None or _city(g) or not (g.prep == "من" and g.start_tok == tail_end + 1 or
                                     not g.prep and _only_fillers(toks, tail_end + 1, g.start_tok, fw)):
        return None  # (not a city or region, where the call came from: التي دعت من غزة للرد)
    return g


def _only_fillers(toks: list[Token], i: int, j: int, fw: FunctionWords) -> bool:
    """True if tokens i..j-1 are only numbers and quantity words (خمسة من عناصر …), at most four; a quote mark that
    opens a quoted name right before j, past a count, is no word (مقتل 4 من “القاعدة”; not right after i:
    مساعدة «داعش» is as before)."""
    if j - 1 > i and toks[j - 1].text in _OPEN_QUOTES:
        j -= 1
    if j - i > 4:
        return False
    return all(toks[k].kind == "num" or toks[k].norm in fw.filler for k in range(i, j))


def _addressed_person(toks: list[Token], i: int, g: Group, fw: FunctionWords) -> bool:
    """True if tokens i.. before phrase g are only forms of address (function_words honorific), at most four, and g
    names a person (زيارة صاحب السمو الملكي الأمير محمد بن سلمان) or opens with the title of an office, which the
    form of address makes its holder (زيارة سمو ولي ولي العهد لمصر، بزيارة فخامة الرئيس الفرنسي): the genitive of
    the noun before them."""
    return 1 <= g.start_tok - i <= 4 and all(toks[k].norm in fw.honorific for k in range(i, g.start_tok)) and \
        any(m.kind == "actor" and m.get("type") in _PERSON_TYPES or _addressed_title(m, g) for m in g.mentions)


def _addressed_title(m: Mention, g: Group) -> bool:
    """True if mention m opens phrase g and is the title of an office: a title word (ولي العهد) or an office the
    actor lexicon names (ولي ولي العهد، الرئيس الفرنسي, of type institution with a sector)."""
    return m.tok_start == g.start_tok and (m.kind == "agent" and bool(m.get("sector")) or m.kind == "actor" and (
        m.get("type") == "institution" and bool(m.get("sector"))))


def _said_pronoun(toks: list[Token], t: int, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for a verb at t right after «أنه/أنها/أنهم» (of a report verb, if any, a few words before: قال اليامي إنه
    التقى وزير حقوق الإنسان، قالت الحركة إنها قتلت عشرين عنصرا): its subject is the pronoun; not a masculine أنه before
    a feminine or plural verb or after a feminine or plural report verb, «it is that» (أعلنت الوزارة أنه قتل شرطيان)."""
    p = t - 1
    if p < 0 or (w := strip_wa(toks[p].norm)) not in fw.pronoun_that:
        return False
    masculine = w.endswith("نه")
    if masculine and _verb_gender(toks[t].norm) in ("f", "pl"):
        return False
    for k in range(p - 1, max(-1, p - _report_reach(toks, p)), -1):
        if toks[k].text in "؛;":
            break
        if (c := cues.get(k)) is not None and c.label == "report":
            return not (masculine and _verb_gender(toks[k].norm) in ("f", "pl"))
    return True  # (a verb of boasting or admitting: يفاخر بأنه زار والد عماد مغنية)


def _pronoun_verb_before(toks: list[Token], trig: Mention, cues: dict[int, Mention], starts: list[int],
                         trig_toks: set[int], fw: FunctionWords) -> bool:
    """True for a word of force right after «أنه/أنها + verb + preposition» (إنها تمكنت من قتل، إنه نجح في اعتقال):
    the act of that verb, whose subject is the pronoun (not a help or a word: إنها أسهمت في دعم صناعة الطيران)."""
    t = trig.tok_start
    return trig.label in _STRIKING and not trig.get("prefix") and t >= 3 and toks[t - 1].norm in fw.preposition and \
        strip_wa(toks[t - 3].norm) in fw.pronoun_that and _bare_verb(toks, t - 2, cues, starts, trig_toks, fw, False)


def _intent_before(toks: list[Token], k: int, fw: FunctionWords) -> bool:
    """True when token k is the أن of «verb of will + أن» (يعتزم أن، تريد أن، قرر أن) right after «أنه/أنها»."""
    return k >= 2 and toks[k].norm == "ان" and toks[k - 1].norm in fw.intend and \
        strip_wa(toks[k - 2].norm) in fw.pronoun_that


def _report_reach(toks: list[Token], p: int) -> int:
    """How far back from «أنه/أنها» at token p its report verb may stand: 14 words, or 40 for one with و, a further
    clause of the same speech (قالت الوزارة إن السلطات أحبطت محاولة لتهريب متفجرات … وإنها اعتقلت مواطنين)."""
    return 40 if strip_wa(toks[p].norm) != toks[p].norm and toks[p].norm[:1] == "و" else 14


def _pronoun_speaker(toks: list[Token], t: int, groups: list[Group], cues: dict[int, Mention],
                     fw: FunctionWords) -> Group | None:
    """The subject of a report verb when the verb at t follows «أنه/أنها/أنهم» (he said that he …), or one particle of
    tense or negation after it (ذكر ترامب أنه سوف يطرد المهاجرين، قالت نيوزيلندا إنها لن تؤيد أي اتفاق), or a verb of will
    and its أن (وقال كيري إنه يعتزم أن يناقش مع لافروف: the verb after أن has the subject of the verb of will)."""
    p = t - 1 - _tense_particle(toks, t - 1, cues)
    if _intent_before(toks, p, fw):
        p -= 2 + _tense_particle(toks, p - 2, cues)
    if p < 0 or strip_wa(toks[p].norm) not in fw.pronoun_that:
        return None
    if toks[p].norm.endswith("نه") and _verb_gender(toks[t].norm) == "f":
        return None  # أعلن المرصد أنه قصفت قوات النظام: a masculine أنه before a feminine verb is «it is that»
    for k in range(p - 1, max(-1, p - _report_reach(toks, p)), -1):
        if toks[k].text in "؛;":
            return None
        c = cues.get(k)
        # (a word of source is no verb of saying: «واعلن اللواء جعفري حسب الاعلام الايراني الاحد بأنه تباحث»)
        if c is not None and c.label == "report" and not _per_source(toks[k].norm, fw):
            if toks[p].norm.endswith("نه") and _verb_gender(toks[k].norm) in ("f", "pl"):
                return None  # أعلنت الوزارة أنه قتل شرطيان: a masculine أنه after a feminine verb is «it is that»
            g = next((g for g in groups if c.tok_end <= g.start_tok < p and not g.prep), None)
            # (the speaker stands before what is said, or opens it, resumed by the pronoun: «ذكر البيان أن المملكة
            # المغربية … فإنها تجدد تضامنها»; not a phrase inside it: «ذكر أن الغارة استهدفت السوداني، وأنه قتل»)
            said = [j for j in range(c.tok_end, g.start_tok) if strip_wa(toks[j].norm) in fw.complementizer
                    or strip_wa(toks[j].norm) in fw.pronoun_that] if g is not None else []
            if g is None and c.tok_end == p:
                # دونالد ترامب ذكر أنه سوف يطرد، كان السيناتور قد أعلن أنه سيصوت: with nothing between the report
                # verb and the pronoun, the speaker is the phrase right before the verb (or before قد)
                j = k - (k >= 1 and (q := cues.get(k - 1)) is not None and q.tok_end == k
                         and q.label == "hypothetical_weak")
                return next((h for h in groups if h.end_tok == j and not h.prep), None)
            return None if said and g.start_tok != said[-1] + 1 else g
    return None


def _own_prep_genitive(toks: list[Token], tail_end: int, g: Group, preps: tuple[str, ...] | frozenset[str],
                       fw: FunctionWords) -> bool:
    """True for a phrase right after an indefinite noun of no phrase that bears the verb's own attached preposition,
    within a few words past the verb and its subject (استسلم عشرات آخرون لعناصر المقاومة): it is that noun's genitive,
    whom the act is about, never the verb's subject (right after the verb the letter may be the noun's own: نددت بعثة
    الأمم المتحدة)."""
    k = g.start_tok - 1
    return tail_end < k <= tail_end + 4 and toks[k].kind == "ar" and _attached_head(toks[k].norm, preps, fw)


def _with_genitive(toks: list[Token], tail_end: int, g: Group, cues: dict[int, Mention], trig_toks: set[int],
                   fw: FunctionWords) -> bool:
    """True for a phrase right after «مع + indefinite noun of no phrase» within a few words past the verb or noun
    (تعاون مع قوى المعارضة، تتعاون مع كليات وجامعات دولية، عدم التعاون مع قرارات المحكمة الجنائية: a noun of a thing,
    cues.tsv matter, is whose): the noun's genitive, the party the act is done with, never the verb's subject (not
    past a cue or event word, «مع بداية»، «مع وصول الرئيس»)."""
    j = g.start_tok - 1
    if j - 1 > tail_end and toks[j - 1].norm != "مع" and not _city(g) and _free_head(toks, j, cues, trig_toks, fw) \
            and _free_head(toks, j - 1, cues, trig_toks, fw):
        j -= 1  # (two nouns in construct: ويتفاوض كاميرون مع قادة دول الاتحاد الأوروبي; not a town's office, «مع
        # مدير صحة نجران», an official of no party)
    return tail_end < j <= tail_end + 5 and toks[j - 1].norm == "مع" and _free_head(toks, j, cues, trig_toks, fw)


def _free_head(toks: list[Token], j: int, cues: dict[int, Mention], trig_toks: set[int], fw: FunctionWords) -> bool:
    """True for an indefinite noun at token j that no lexicon reads as a party or event (قادة، قوى، كليات): a head
    whose genitive follows it."""
    return toks[j].kind == "ar" and (j not in cues or cues[j].label == "matter") and j not in trig_toks and \
        not _definite(toks[j].norm) and len(toks[j].norm) >= 3 and not _function_word(toks[j].norm, fw) and \
        toks[j].norm[:1] not in ("و", "ف", "ب", "ل")


def _bi_noun_genitive(toks: list[Token], g: Group, trig_toks: set[int], fw: FunctionWords) -> bool:
    """True for a phrase right after a noun in بـ that tells under or with whom (`led_by`: بقيادة، بزعامة، بدعم من):
    its genitive, part of that adjunct (قصف طيران التحالف بقيادة السعودية تعزيزات للحوثيين), no object."""
    k = g.start_tok - 1
    if k >= 1 and toks[k].kind == "ar" and strip_wa(toks[k].norm) == "من":
        k -= 1  # (بدعم من إيران)
    return k >= 0 and toks[k].kind == "ar" and strip_wa(toks[k].norm) in fw.led_by


def _in_prep_chain(toks: list[Token], since: int, g: Group, groups: list[Group], starts: list[int],
                   cues: dict[int, Mention], trig_toks: set[int], fw: FunctionWords) -> bool:
    """True for a phrase that is the genitive of a chain of nouns a preposition governs past token `since` (استهدفت
    المصلين في مسجد مقر قوات الطوارئ): the words between the phrase in the preposition (or the preposition) and it
    are nouns of no phrase or nouns whose owner follows, so it is inside the place or thing named, not the object of
    the verb before."""
    k = g.start_tok - 1
    while k > since and toks[k].kind == "ar" and k not in trig_toks and not _starts_at(starts, k) and (
            (c := cues.get(k)) is None or c.label == "head"):
        w = strip_wa(toks[k].norm)
        if w in fw.preposition:
            return k < g.start_tok - 1
        if _function_word(w, fw) or w in fw.filler or _definite(w):
            return False
        k -= 1
    if k <= since or k == g.start_tok - 1 or not _starts_at(starts, k):
        return False
    h = groups[bisect_left(starts, k)]
    return bool(h.prep) and h.end_tok == k + 1 and not _definite(toks[k].norm)


def _own_responsibility(toks: list[Token], k: int) -> bool:
    """True when the responsibility word at token k bears the claimant's pronoun (مسؤوليته، مسؤوليتها، مسؤوليتهم): an
    event noun right after it, its genitive, is the act claimed (not «تحميل إسرائيل مسؤولية مقتل», a blame)."""
    return toks[k].norm.endswith(("يته", "يتها", "يتهم", "يتهما"))


def _tense_particle(toks: list[Token], k: int, cues: dict[int, Mention]) -> int:
    """1 when token k is a one-word particle of tense or negation that may stand between «أنه» and its verb (سوف، لن،
    لم، لا، قد), else 0."""
    c = cues.get(k) if k >= 0 else None
    return int(c is not None and c.tok_start == k and c.tok_end == k + 1
               and c.label in ("future", "negation", "hypothetical_weak"))


def _anterior_subject(toks: list[Token], t: int, groups: list[Group], starts: list[int],
                      cues: dict[int, Mention], trig_toks: set[int]) -> list[Group]:
    """For «كان + subject + قد + verb» (وكانت رئيسة الوزراء السابقة، بي نظير بوتو، قد قتلت): the subject
    standing between كان and قد, across the commas of its apposition; so with no قد when the apposition between two
    commas ends right before the verb (وكان الوزير عادل الجبير، وزير الخارجية السعودي، التقى); [] when the verb is not
    so built."""
    if t == 0:
        return []
    comma = toks[t - 1].text in ",،"
    if not comma and strip_wa(toks[t - 1].norm) != "قد":
        return []
    for k in range(t - 2, max(-1, t - 16), -1):
        if toks[k].text in ".؟?!؛;:" or k in trig_toks:
            return []
        c = cues.get(k)
        if c is not None and c.label == "anterior":
            first = next((g for g in groups[bisect_left(starts, k + 1):bisect_left(starts, t - 1)]
                          if g.end_tok <= t - 1), None)
            if first is None or first.prep:
                return []
            if comma and not _set_off(toks, k, t, first, groups, starts):
                return []
            return [first]
    return []


def _bare_run(groups: list[Group], starts: list[int], i: int, end: int) -> bool:
    """True if phrases with no preposition, one right after the other, cover tokens i to end (a subject and the
    titles and name that go with it: ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية الأمير محمد بن نايف)."""
    j = bisect_left(starts, i)
    while j < len(groups) and groups[j].start_tok == i and not groups[j].prep and groups[j].end_tok <= end:
        i, j = groups[j].end_tok, j + 1
        if i == end:
            return True
    return False


def _set_off(toks: list[Token], k: int, t: int, first: Group, groups: list[Group], starts: list[int]) -> bool:
    """True when, between كان at token k and the comma before the verb at t, one comma sets off the subject from its
    apposition: the subject phrase right after كان (وكان الوزير عادل الجبير، وزير الخارجية السعودي، التقى), or a name
    of up to three words no lexicon knows and its title phrase (وكان الجبير، وزير الخارجية السعودي، التقى)."""
    commas = [j for j in range(k + 1, t - 1) if toks[j].text in ",،"]
    if not commas:  # (the subject's words alone up to the comma: وكان ولي العهد … الأمير محمد بن نايف، استقبل)
        return first.start_tok == k + 1 and _bare_run(groups, starts, k + 1, t - 1)
    if len(commas) != 1 or commas[0] + 2 > t - 1:
        return False
    c = commas[0]
    if first.start_tok == k + 1:
        # (the apposition one phrase: not «وكان المرصد، أكد أن طائرات …، قصفت», a clause of its own)
        j = bisect_left(starts, c + 1)
        return first.end_tok == c and j < len(groups) and groups[j].start_tok == c + 1 and groups[j].end_tok == t - 1
    return first.start_tok == c + 1 and first.end_tok == t - 1 and c - k - 1 <= 3 and \
        all(toks[j].kind == "ar" for j in range(k + 1, c))


def _anterior_body(toks: list[Token], trig: Mention, g: Group, cues: dict[int, Mention]) -> bool:
    """True for a state or a body that arrests (police, army, government) right after كان/كانت and before an attack
    or arrest verb of no death, with قد or nothing between (وكانت تركيا استهدفت في الأيام الأخيرة مواقع لداعش، وكانت
    الشرطة قد اعتقلت في الأيام الماضية عشرة أشخاص): the verb's doer, its object past the time phrase; no passive.
    Not before an instrument in بـ (استهدفت بعبوة ناسفة: it was hit)."""
    c = cues.get(g.start_tok - 1) if g.start_tok else None
    t = trig.tok_start
    if c is None or c.label != "anterior" or trig.entry.cameo == "1823" or _passive_form(toks, trig) or g.prep \
            or g.conj:
        return False
    if not (g.end_tok == t or g.end_tok == t - 1 and strip_wa(toks[t - 1].norm) == "قد"):
        return False
    if any(m.get("type") == "person" for m in g.mentions):
        return False  # (a person named is no body: «وكان محمد مرسي اعتقل في يوليو 2013» was arrested)
    k = tail_end_of(trig)
    if k >= len(toks) or toks[k].text in _CLAUSE_PUNCT or toks[k].norm.startswith("ب"):
        return False
    return _security_body(g) or all(m.kind == "actor" and m.get("type") in ("country", "institution")
                                    for m in g.mentions)


def _subject_before_relative(toks: list[Token], t: int, groups: list[Group], starts: list[int],
                             cues: dict[int, Mention], fw: FunctionWords) -> list[Group]:
    """For «كان + subject + relative clause، + verb» (وكان رئيس الحكومة الفرنسي مانويل فالس الذي قام بزيارة إلى
    بوردو، التقى ممثلين …): the subject, set off from its verb by its relative clause and a comma; [] when the verb
    is not so built (the comma right before it, the clause after الذي/التي with no other comma, كان right before
    the subject)."""
    k = t
    while k > 0 and toks[k - 1].norm in fw.adverb:
        k -= 1
    if k < 4 or toks[k - 1].text not in ",،":
        return []
    for r in range(k - 2, max(0, k - 25), -1):
        if toks[r].text in _CLAUSE_PUNCT:
            return []
        c = cues.get(r)
        if c is None or c.label != "relative":
            continue
        j = bisect_left(starts, r) - 1
        g = groups[j] if j >= 0 else None
        a = cues.get(g.start_tok - 1) if g is not None and g.start_tok >= 1 else None
        if g is None or g.end_tok != r or g.prep or a is None or a.label != "anterior":
            return []
        return [g]
    return []


def _fronted_subject(toks: list[Token], t: int, groups: list[Group], starts: list[int], trig_toks: set[int],
                     fw: FunctionWords) -> list[Group]:
    """For «إن/أن + noun phrase (+ its words)، + verb» (قالت الشرطة إن مهاجما انتحاريا من حركة طالبان، فجر حافلة):
    the noun after إن (past honorifics: صاحب السمو الملكي), set off from its verb by a comma, is the verb's subject; [] when the verb is not so built
    (a comma ending the clause before it, that clause opened by إن and its noun, with no other event word)."""
    k = t
    while k > 0 and toks[k - 1].norm in fw.adverb:
        k -= 1
    if k < 3 or toks[k - 1].text not in ",،":
        return []
    j = next((j for j in range(k - 3, max(-1, k - 15), -1) if strip_wa(toks[j].norm) in fw.complementizer), None)
    if j is not None and j + 1 < k and toks[j + 1].text in "«“\"":
        j += 1  # (what was said opens with a quote: وأكد أن «المقاومة في مديريات العدين، رفضت وساطة)
    while j is not None and j + 2 < k and toks[j + 1].norm in fw.honorific:
        j += 1  # (past the honorifics before a name: يذكر أن صاحب السمو الملكي الأمير فيصل بن بندر أمير منطقة الرياض،)
    g = groups[bisect_left(starts, j + 1)] if j is not None and bisect_left(starts, j + 1) < len(groups) else None
    if g is None or g.start_tok != j + 1 or g.prep or _conj_end(g) > k - 1 or k - 1 - _conj_end(g) > 6:
        return []  # (its words: up to four, or six for a place or an origin, «في مديريات العدين وحزم العدين»)
    if k - 1 - _conj_end(g) > 4 and strip_wa(toks[_conj_end(g)].norm) not in ("في", "من"):
        return []  # «إن مصر دفعت ثمنا باهظا لمكافحة التطرف، وأدان»: a clause of its own, no long apposition
    if any(i in trig_toks or toks[i].kind == "punct" for i in range(g.start_tok, k - 1)):
        return []
    return [g]


def _circumstantial(toks: list[Token], trig: Mention, cues: dict[int, Mention] | None = None,
                    trig_toks: set[int] | None = None) -> bool:
    """True for an event noun in a circumstantial phrase: في هجوم، بهجوم، إثر انفجار، خلال مظاهرة —
    not the complement of a light verb (قام مسلحون بخطف …: the noun tells a new event)."""
    if trig.get("prefix")[-1:] == "ب":
        # the light verb may stand further back, its subject and the subject's words between (قام مسلحون
        # يرتدون بزات الأمن بخطف …), so long as no other event and no sentence punctuation intervene
        for k in range(trig.tok_start - 1, max(-1, trig.tok_start - 16), -1):
            if toks[k].text in ".؟?!؛;:«»" or (trig_toks is not None and k in trig_toks):
                return True
            if (c := (cues or {}).get(k)) is not None and c.label == "light_verb":
                return False
        return True
    k = trig.tok_start - 1
    if k >= 1 and trig.label == "ASSAULT" and _superlative(toks[k].norm) and not trig.get("prefix"):
        k -= 1  # في أحدث هجوم، في أعنف هجوم: a superlative between the preposition and its attack noun (not «في أول
        # زيارة لمسؤول غربي», a visit of its own)
    return k >= 0 and strip_wa(toks[k].norm) in _CIRCUMSTANCE


def _superlative(norm: str) -> bool:
    """True for a word shaped as an elative (أفعل: أحدث، أعنف، أكبر، أخطر) or آخر/أول, which may stand before the
    noun it qualifies: «في أحدث هجوم»."""
    return norm in ("اول", "اخر") or len(norm) == 4 and norm[0] == "ا" and not any(c in "اوي" for c in norm[1:3])


def _framed(toks: list[Token], i: int, cues: dict[int, Mention]) -> bool:
    """True if the noun at token i is the complement of a document or case noun (اتفاق، قانون، قضية…)."""
    k = i - 1
    while k >= 0 and toks[k].kind == "punct" and toks[k].text in "\"«“”'":
        k -= 1
    c = cues.get(k)
    return c is not None and c.label == "frame"




def _passive_casualty(toks: list[Token], trig: Mention, entry: TriggerEntry) -> bool:
    """True for a verb of wounding or death spelled as only a passive is (أُصيب، أصيبا، قُتل with its vowel): its
    subject underwent it; only an agent told with من قبل or على يد did it."""
    return entry.pos == "verb" and _casualty(trig) and _passive_form(toks, trig)


def _casualty_subject(toks: list[Token], t: int, g: Group, trig_toks: set[int], fw: FunctionWords) -> Group | None:
    """The phrase g read as the doer of a passive casualty verb at token t, now as the one it befell: a phrase after
    the verb (أصيب ثلاثة جنود), or one right before it that opens its clause (الشرطيان اللذان أصيبا); none across a
    lead-in or a clause break (قتل أربعة بينهم ضابط فيما أصيب ثلاثة آخرون: the officer was killed, the wounded are
    others), nor one told after another verb of the clause (وقتل … و8 من المقاومة الشعبية واصيب العشرات)."""
    if g.start_tok > t:
        return g
    if _after_lead_in(toks, t) or any(
            toks[k].text in _CLAUSE_PUNCT or strip_wa(toks[k].norm) in fw.among for k in range(g.end_tok, t)):
        return None
    k = g.start_tok - 1
    while k >= 0 and toks[k].text not in _CLAUSE_PUNCT:
        if k in trig_toks:
            return None
        k -= 1
    return g


def _subject_past_adjuncts(toks: list[Token], i: int, groups: list[Group], starts: list[int], trig_toks: set[int],
                           cues: dict[int, Mention], fw: FunctionWords) -> Group | None:
    """The subject of a verb ending at token i told past when and where the act was (day and time words, a place in
    في or بـ): the first phrase with no preposition, or the one an unknown head noun governs («اجتمع مساء أمس في
    كامب ديفيد ممثلو دول مجلس التعاون»); None past anything else, a clause break or another event word, or for a
    place."""
    k, stop, in_pp = i, min(len(toks), i + 12), 0
    while k < stop:
        if k in trig_toks or toks[k].text in _CLAUSE_PUNCT:
            return None
        j = bisect_left(starts, k)
        g = groups[j] if j < len(groups) else None
        if g is not None and g.start_tok == k:
            if g.prep in _LOCATIVE_PREPS and _place(g):
                k, in_pp = g.end_tok, 0  # في كامب ديفيد، بالرياض: where
                continue
            # (past a place the lexicons lack, only a head in the nominative plural of construct, ممثلو، مسؤولو: a
            # subject, never the place's genitive, في مكتب وزير الخارجية)
            return None if g.prep or _place(g) or in_pp and not _nominative_construct(toks[k].norm) else g
        w = strip_wa(toks[k].norm)
        if _when_word(toks, k, fw, wa=True) or _day_ordinal(toks, k, fw):
            in_pp = 0
        elif w in _LOCATIVE_PREPS and not in_pp and k + 1 < len(toks) and not _starts_at(starts, k + 1):
            in_pp = 3  # (a place the lexicons lack, two words at most: في كامب ديفيد)
        elif in_pp > 1 and toks[k].kind == "ar" and not _function_word(w, fw):
            in_pp -= 1
        elif g is not None and not in_pp and _construct_head(toks, k, g, cues, fw):
            return g  # ممثلو دول مجلس التعاون
        else:
            return None
        k += 1
    return None


def _nominative_construct(norm: str) -> bool:
    """True for a sound masculine plural in construct in the nominative (ممثلو، مسؤولو، مواطنو): the case of a
    subject, which a genitive never has."""
    return len(norm) >= 5 and norm.endswith("و") and not norm.startswith(("ال", "و"))


def _past_lam_genitive(i: int, groups: list[Group], starts: list[int]) -> int:
    """The token past the phrases in لـ (and those joined to them) that start at token i, the end of a subject's
    title (ممثلو دول مجلس التعاون لدول الخليج العربية والأمين العام لمجلس التعاون), else i."""
    j = bisect_left(starts, i)
    while j < len(groups) and groups[j].start_tok == i and groups[j].prep == "ل":
        i = _conj_end(groups[j])
        j = bisect_left(starts, i)
    return i


def _stressed_subject_end(toks: list[Token], k: int, fw: FunctionWords) -> int:
    """The token past the words at token k, right after a verb, that stress a subject told before: an independent
    pronoun and a `stress_after` word («هو الآخر»، «هي أيضا»); 0 for none. (Not «بدوره», which may stand before the
    verb's own subject, «وانتقد بدوره رئيس الوزراء العراقي تنظيم داعش», or be a role, «وأشاد بدوره في …».)"""
    if k + 1 < len(toks) and toks[k].norm in fw.subject_pronoun and toks[k + 1].norm in fw.stress_after:
        return k + 2
    return 0


def _past_prayer(toks: list[Token], k: int) -> int:
    """The token past a prayer for the subject set off by dashes right at token k (– أيده الله –، ـ حفظه الله -),
    which stands for no subject of its own; else k."""
    if k >= len(toks) or toks[k].text not in _PRAYER_DASHES:
        return k
    end = next((j for j in range(k + 2, min(len(toks), k + 5)) if toks[j].text in _PRAYER_DASHES), None)
    return end + 1 if end is not None and toks[end - 1].norm == "الله" else k


_PRAYER_DASHES = frozenset({"-", "–", "—", "ـ"})


def _previous_sole_actor(before: tuple[list[Token], list[Mention], list[Event]]) -> tuple[Entity, ...] | None:
    """The actor of the events of the sentence before, verbs or nouns, when they have one and only one; else None."""
    actors = {tuple((a.text, a.code) for a in e.actor): e.actor for e in before[2] if e.actor}
    return next(iter(actors.values())) if len(actors) == 1 else None


def _possessed_owner(toks: list[Token], t: int, bare_before: list[Group], fw: FunctionWords) -> bool:
    """True when the verbal noun with its owner's pronoun at token t (mentions: `possessed`) has that owner in the
    phrase before it (bare_before): not after أن/إن, and the pronoun agrees with it (_owner_agrees)."""
    return bool(bare_before) and not (t and toks[t - 1].norm.lstrip("وف") in fw.complementizer) and \
        _owner_agrees(toks, t, bare_before[-1], fw)


def _owner_agrees(toks: list[Token], t: int, g: Group, fw: FunctionWords) -> bool:
    """True unless the pronoun on the word at token t and phrase g plainly differ in gender or number (ه after a
    country or a head in ة, ها after a masculine head: «عشائر الأنبار من فرض سيطرتها»); a plural pronoun may resume
    a feminine collective (الحكومة … سيطرتهم)."""
    person = _pronoun_person(strip_wa(toks[t].norm))
    own = _phrase_person(toks, g, fw)
    return not person or not own or own == person or person == "pl" and own == "f"


def _disagrees(toks: list[Token], t: int, g: Group, fw: FunctionWords) -> bool:
    """True if the pronoun on the noun at token t cannot resume phrase g: a plural (هم) after a singular head in ة
    (فرقة عسكرية; not a broken plural such as قادة، دعاة), or a singular (ه، ها) after conjoined phrases or a head in
    ـون/ـين."""
    person = _pronoun_person(strip_wa(toks[t].norm))
    own = _phrase_person(toks, g, fw)
    if not person or not own or own == person:
        return False
    if person == "pl":
        head = toks[g.start_tok].norm.removeprefix("ال")
        return own == "f" and head.endswith("ه") and not (len(head) == 4 and head[1] == "ا")
    return own == "pl"


def _with_past_aside(toks: list[Token], i: int, groups: list[Group], starts: list[int]) -> Group | None:
    """The named phrase in مع right after a comma that closes an aside opened by a comma after token i (its time, the
    visit it was part of: «أمس، في إطار الزيارة الرسمية التي يقوم بها إلى مملكة إسبانيا، مع معالي وزير …»): the one
    met; None past a clause break or another مع."""
    opened = False
    for k in range(i, min(len(toks), i + 25)):
        w = toks[k].norm
        if toks[k].text in ".؟?!؛;:«»\"()" or strip_wa(w) == "مع":
            return None
        if toks[k].text in ",،":
            if opened and k + 1 < len(toks) and toks[k + 1].norm == "مع":
                j = bisect_left(starts, k + 2)
                g = groups[j] if j < len(groups) else None
                return g if g is not None and g.prep == "مع" and g.start_tok <= k + 3 and _named(g) else None
            opened = True
    return None


def _standin_subject(toks: list[Token], trig: Mention, entry: TriggerEntry, fw: FunctionWords,
                     starts: list[int], parts: bool = True) -> bool:
    """True for a noun standing for an unnamed subject (function_words standin_subject: آخرون، كثيرون; standin_part:
    بعضهم، البعض) right after a verb trigger that is not one of force (ASSAULT, COERCE, SANCTION: «وأصيب آخرون»،
    «واعتقل آخرون» may be passives with the word their patient), where no phrase starts, and after no feminine singular
    verb unless the word is feminine too (بعضها; a feminine verb is no verb of «البعض»: «واتهمت البعض»): «كما دعا آخرون
    دولة الإمارات»، «وطالب بعضهم الحكومة»; not before a partitive «من», which names the party («وانتقد آخرون من
    أعضاء الكونغرس»). With `parts` false, only the words of others (standin_subject), who take no subject carried
    from the verb before. The caller asks only where no subject stands before the verb."""
    k = trig.tok_end
    if entry.pos != "verb" or entry.event in ("ASSAULT", "COERCE", "SANCTION") or k >= len(toks) or \
            toks[k].kind != "ar" or toks[k].norm not in fw.standin_subject and not (
                parts and toks[k].norm in fw.standin_part):
        return False
    if k + 1 < len(toks) and toks[k + 1].norm == "من":
        return False
    if _singular_gender(toks[trig.tok_start].norm) == "f" and not toks[k].norm.endswith("ها"):
        return False
    j = bisect_left(starts, k)
    return not (j < len(starts) and starts[j] == k)


def _object_word_after(toks: list[Token], k: int, fw: FunctionWords,
                       rest: list[Group] | tuple[Group, ...] = ()) -> bool:
    """True if the words from token k, past an aside in brackets and words of the day (أمس، الثلاثاء، صباحا), open
    a verb's object: a bare phrase of `rest` starting there, or one word on past a word with no clitic of its own or
    a bare place noun («مواقع الجيش»، «بلدة كوباني»), a number not counting out of a pronoun («خمسة جنود», not
    «50 منهم») or a word of «many» («عددا من النقاط»: function_words many_of), or past the aside an indefinite word
    with no clitic; not a preposition («في وسط المدينة»، «حتى الحدود»), a word in بـ/لـ/كـ before its genitive
    («بمغادرة سوريا»), a word joined by و/ف, nor an adjective of the men («الفارين من المدينة»، «جميعهم»)."""
    aside = k < len(toks) and toks[k].text == "("
    if aside:
        k = next((j + 1 for j in range(k + 1, min(len(toks), k + 8)) if toks[j].text == ")"), len(toks))
    while k < len(toks) and toks[k].kind == "ar" and _day_word(toks[k].norm, fw):
        k += 1  # (وهاجمت عناصر تنظيم داعش أمس مواقع الجيش)
    if k >= len(toks) or toks[k].kind not in ("ar", "num"):
        return False
    w = toks[k].norm
    if toks[k].kind == "num" or w in fw.number or w in fw.many_of:
        return not (k + 1 < len(toks) and toks[k + 1].norm in ("منهم", "منها", "منهما"))
    if w in fw.preposition or w[:1] in "وف":
        return False
    if aside and w[:1] not in "بلك" and not w.startswith("ال") and not w.endswith(("هم", "ها")):
        return True  # (past its aside the clause may read no phrase: «هاجمت عناصر حزب الاتحاد الديمقراطي (أكراد
        # سوريا) مقاتلي «داعش»»)
    return any(g.start_tok == k or g.start_tok == k + 1 and (w[:1] not in "بلك" or w in _place_nouns()) for g in rest)


def _men_counted_before(toks: list[Token], tail_end: int, gen: Group, after: list[Group], fw: FunctionWords) -> bool:
    """True where the words between an attack noun (ending at tail_end) and its genitive phrase count the phrase's men
    (a number or a word of function_words counted_men among the quantity words) and a party in ل or the
    reflexive stands right after the phrase («تفجير عنصرين من تنظيم داعش للمسجد»، «تفجير عناصر من التنظيم
    لأنفسهم»): the men did the act, so the body is its doer. Not before a word of cause or purpose in ل, which is no
    party («استهداف عناصر داعش لمنعهم من التقدم»، «اعتقال 4 من عناصر القاعدة للتحقيق معهم»)."""
    if not tail_end < gen.start_tok or not any(
            toks[k].kind == "num" or toks[k].norm in fw.counted_men for k in range(tail_end, gen.start_tok)):
        return False
    end = _conj_end(gen)
    return end < len(toks) and _reflexive_lam(toks[end].norm) or any(
        g.start_tok == end and g.prep == "ل" for g in after)


def _reflexive_lam(w: str) -> bool:
    """True for the reflexive in ل (لأنفسهم، لنفسه، لنفسيهما): the act's object is its doer."""
    return w.startswith(("لانفس", "لنفس"))
