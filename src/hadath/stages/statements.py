"""Who said it: attributed statements (speaker, cue, content, stance, quote or report, outlet), the
events told inside them, and the events one source asserts and another denies.

Rules over the sentence's tokens, its noun phrases and the words of statement_cues.tsv:
- a reporting verb (قال، أكد، نفى…) takes as speaker the noun phrase after it (VSO) or just before it
  (SVO); with none, a verb of continuation (وأضاف، من جانبه) or a bare reporting verb keeps the
  previous speaker ("continued"); a statement whose speaker the text does not name has none;
- what is said starts after إن/أن/بأن, a colon or an opening quote mark, and ends at the closing
  quote mark (possibly sentences later: `direct`) or the end of the sentence;
- بحسب / وفقاً لـ / نقلاً عن X name the speaker, or, when X is a news outlet, the outlet the
  statement is relayed through (`reported_via`), as do "في تصريح لـ X" and "نقلت عنه X";
- an event whose trigger lies in what is said is claimed by the speaker, with the statement's
  stance; a denied event is not a fact. Within an article, an event of one type asserted by one
  statement (or told as fact) and denied by another is marked contested on both sides.
The reading of a statement's parts around its cue (names, subjects, what is said, quotes, the outlet
told to) is in hadath.stages.speech.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from dataclasses import dataclass, field, replace
from itertools import groupby
from operator import attrgetter

from ..arabic.normalize import MARKS, normalize
from ..article import Article
from ..lexicon.compile import FunctionWords, _rows
from ..lexicon.morph import verb_forms_by_aspect
from ..records import Entity, Event, Mention, Span, Statement, Token, Trigger
from .events import _SPOKEN as _SPOKEN_ACTS, _singular_gender
from .phrases import Group, _abbreviated, noun_phrases, strip_wa
from .speech import (
    CLAUSE_WORDS, OPEN_QUOTES, SAYING, WORD, after_an, bare_verb, clause_word, content_span, is_function,
    is_outlet, name_after_an, opener_finder, opens_negated, outer, past_outlet, phrase_entity, quote_span, relay,
    sentence_end, skippable, subject_after_anna, token_after, unknown_name, whole_quote, word_finder, word_in,
)

_SPEAKER_GAP = 3
_GRAMMAR = ("name_end", "relative", "resumptive", "copula", "that", "honorific", "not_name", "cancels",
            "still_says", "say_on", "lead_in", "title", "speech_noun", "not_denial", "resumptive_object",
            "said_verb", "already", "describes", "opener", "as_said", "quoted_head", "accuses",
            "demonstrative", "title_adjective", "issued", "object_head", "passive", "not_speaker", "expects",
            "exceptive", "occasion", "reaches", "refuses", "addressee", "counterpart", "object_preposition", "veil",
            "warns", "prep_verb", "on_side", "expresses",
            "verb_object", "blessing", "next_act", "warned", "footer", "footer_link", "said_in", "own_act", "draws", "attention", "disguise", "about", "renews", "renewed", "notable",
            "told_outlet", "told_outlet_news", "told_outlet_agency", "by_saying")  # word classes read around the cues


@dataclass(frozen=True)
class StatementWords:
    """Reporting verbs (every inflection) and phrases, by class."""

    verbs: dict[str, str]
    phrases: dict[tuple[str, ...], str]
    grammar: dict[str, frozenset[str]]  # class → words (name_end, relative, resumptive, copula, that…)
    needs: dict[str | tuple[str, ...], frozenset[str]] = field(default_factory=dict)  # cue → what must follow
    still_says: frozenset[str] = frozenset()  # forms of the verbs that still state when negated (لم يستبعد)
    # a verb's forms → the objects right after it that give it another sense (يشدد العقوبة، يتحدثون الألمانية)
    objects: dict[str, frozenset[str]] = field(default_factory=dict)
    # a cue written as a noun too (كذب) → the words right before or after it that make it the noun (هذا كذب)
    noun_near: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def load(cls) -> "StatementWords":
        """The packaged statement cues."""
        verbs: dict[str, str] = {}
        phrases: dict[tuple[str, ...], str] = {}
        grammar: dict[str, set[str]] = {k: set() for k in _GRAMMAR}
        needs: dict[str | tuple[str, ...], frozenset[str]] = {}
        imperfects: dict[str, str] = {}
        objects: dict[str, frozenset[str]] = {}
        noun_near: dict[str, frozenset[str]] = {}
        rows = _rows("statement_cues.tsv")
        for row in rows:
            perfect, imperfect, kind = normalize(row["perfect"]), normalize(row.get("imperfect", "")), row["class"]
            need = frozenset(normalize(w) for w in row.get("needs", "").split())
            if kind == "other_object":  # «يشدد العقوبة»: every form of the verb, the objects listed
                past, present = verb_forms_by_aspect(perfect, imperfect)
                objects.update((f, objects.get(f, frozenset()) | need) for f in past | present)
                continue
            if kind == "noun_near":  # «هذا كذب»، «كذب وافتراء»
                noun_near[perfect] = noun_near.get(perfect, frozenset()) | need
                continue
            if kind in grammar:
                grammar[kind].add(perfect)
                if imperfect:  # a verb: every inflection (وصف → وصفت، يصف، تصف)
                    past, present = verb_forms_by_aspect(perfect, imperfect)
                    grammar[kind].update(past | present)
                continue
            if " " in perfect or not imperfect:
                key = tuple(perfect.split())
                phrases[key] = kind
                if need:
                    needs[key] = need
                if " " not in perfect and perfect.endswith("ا") and kind.startswith("continue"):
                    stem = perfect[:-1]  # مؤكدا → مؤكده، مؤكدين، مؤكدون، مؤكدات
                    for form in (stem + "ه", stem + "ين", stem + "ون", stem + "ات", stem + "تين"):
                        phrases.setdefault((form,), kind)
                        if need or form.endswith(("ين", "ون")):
                            # the feminine is also an adjective (إجراءات مشددة على), the plural a noun
                            # («إحالة 10 متهمين إلى المفتي»: defendants): a clause must follow
                            needs.setdefault((form,), frozenset({"clause"}))
                continue
            imperfects[perfect] = imperfect
            past, present = verb_forms_by_aspect(perfect, imperfect)
            present = {f for f in present if f[:1] not in ("ن", "ا")}  # not the first person: نصف is "half"
            past = {f for f in past if not f.endswith("نا")}  # nor «أعلنّا»، «قلنا» (we said)
            for form in past | present:
                verbs.setdefault(form, kind)
                if need:
                    needs.setdefault(form, need)
        still: set[str] = set()
        for verb in grammar["still_says"]:
            if verb in imperfects:
                past, present = verb_forms_by_aspect(verb, imperfects[verb])
                still |= past | present
        return cls(verbs, phrases, {k: frozenset(v) for k, v in grammar.items()}, needs, frozenset(still), objects,
                   noun_near)


class StatementTagger:
    """Finds statements (the `statements` layer) and links events to the statements they are told in."""

    name = "statements"
    requires = ("sentences", "tokens", "mentions", "events")
    adds = ("statements",)

    def __init__(self, fw: FunctionWords, words: StatementWords | None = None):
        self.fw = fw
        self.words = words or StatementWords.load()
        # what is said, when it opens with a negation (لم نتلق، عدم تلقي، لا صحة), denies
        # (not لا/ليس/غير: «لا معلومات دقيقة»، «ليس لديهم المزيد» say there is nothing, they deny no claim;
        # «لا صحة»، «غير صحيح» are refuting words of their own)
        self.neg = frozenset(normalize(r["phrase"]) for r in _rows("cues.tsv") if r.get("cue") == "negation") - \
            self.words.grammar["not_denial"]
        self._firsts = frozenset(k[0] for k, v in self.words.phrases.items() if v != "refutes")
        self._seconds: dict[str, set[str]] = {}  # a phrase's first word → the words that may follow it
        for k, v in self.words.phrases.items():
            if v != "refutes" and len(k) > 1:
                self._seconds.setdefault(k[0], set()).add(k[1])
        # first words that are also cues alone (a verb or a one-word phrase): never filtered by the next word
        self._solo = frozenset(w for w in self._seconds if (w,) in self.words.phrases or self._word_cue(w)[0]
                               or (w[:1] == "ل" and w[1:] in self.words.verbs))
        self.refuting = {k: True for k, v in self.words.phrases.items() if v == "refutes"}
        self._refuting_at: dict[str, list[tuple[str, ...]]] = {}  # a refuting phrase's first word → the phrases
        for k in self.refuting:
            self._refuting_at.setdefault(k[0], []).append(k)
        # the first words of the refuting phrases, as written and with و/ف before them
        self._refute_words = frozenset(p + k[0] for k in self.refuting for p in ("", "و", "ف"))
        self._refute_finder = word_finder(self.refuting, "وف")  # the phrases in the text as written: a quick test
        self._negated = opener_finder(self.neg, "وف")  # and a quick one before opens_negated
        self._cue_words = self._cue_forms()  # every written (normalised) word that may begin a cue
        # those of them where _cue_at finds a cue (or a phrase to step over) in some sentence: the first word of a
        # phrase, or a word that is a cue alone (نفاه; not «نفبه», a form of _cue_forms that _word_cue reads as
        # none): the sentence's words looked for before anything else (_cue_words also tells a cue word's shape)
        self._cue_starts = frozenset(w for w in self._cue_words
                                     if strip_wa(w) in self._firsts or self._word_cue(strip_wa(w))[0])
        # those that can only begin a phrase (في، من، على…), not be a cue alone → the words that may follow them
        self._only_first = {w: frozenset(self._seconds[strip_wa(w)]) for w in self._cue_words
                            if strip_wa(w) in self._seconds and strip_wa(w) not in self._solo}
        self._single: dict[str, tuple[str, int, str | tuple[str, ...]]] = {}  # word → its cue, for words
        # no phrase begins with
        self._at: dict[int, tuple[str, int]] = {}  # the cues of the sentence being read
        self._groups: list[Group] = []  # and its noun phrases
        self._ent_starts: set[int] = set()  # and the tokens where its actor and agent mentions begin
        self._agent_starts: set[int] = set()  # (its agents alone: المتحدث، تقارير صحافية)
        self._trig_starts: set[int] = set()  # and its event triggers
        self._verbs: dict[int, Mention] = {}  # its verb triggers by first token
        self._light: set[int] = set()  # and its light and passive verbs (تم، قام)
        self._index = 0  # the sentence being read
        self._article: Article | None = None  # and its article, with the article's mentions by sentence
        self._by_sent: dict[int, list[Mention]] = {}
        # words that end (or never are part of) a name the lexicons lack
        # around a subject named before its verb (وكانت مصادر أمنية ذكرت، يذكر أن X، زعم)
        self._subject_openers = self.words.grammar["copula"] | self.words.grammar["that"] | self.words.grammar["opener"]
        self._subject_stops = self.words.grammar["relative"] | self.words.grammar["name_end"]
        self._name_stops = self.words.grammar["name_end"] | self.words.grammar["not_name"] | self.words.grammar["cancels"]
        # the forms of وصف, with و/ف before them
        self._describes = frozenset(p + w for w in self.words.grammar["describes"] for p in ("", "و", "ف"))
        self.participles = frozenset(k[0] for k, v in self.words.phrases.items()
                                     if len(k) == 1 and v.startswith("continue"))
        # a participle of saying (مؤكداً، قائلاً) and «وفقاً لـ»، «طبقاً لـ» end a speaker's name too: «تابع الوزير | مؤكداً
        # على أن»، «وأكد المصدر | وفقاً لموقع 24 أن»
        self._name_stops = self._name_stops | frozenset(w for w in self.participles if w.endswith("ا")) | frozenset(
            f for k, v in self.words.phrases.items() if v == "according" and k[-1] == "ل" for f in (k[0], strip_wa(k[0])))
        self._negations = self.words.grammar["cancels"] | self.words.grammar["not_denial"]  # «أنه لا يستبعد»
        self._given = frozenset(normalize(r["name"]) for r in _rows("given_names.tsv"))  # (names, not verbal nouns)
        self._ya_for_alif: bool | None = None
        self._titles: dict[str, bool] = {}  # a word's norm → is it a title? (read often, around each speaker)
        self._acts_here = False  # does the sentence being read hold a participle of another act (داعياً)?
        # the first words of «وفقاً لـ»، «بحسب»، «حسب» (as written, with و), before «ما»/«لما» in «وفقا لما أكده»
        self._footer_firsts = frozenset(w.split()[0] for k in ("footer", "footer_link") for w in self.words.grammar[k])
        self._according_firsts = frozenset(p + k[0] for k, v in self.words.phrases.items() if v == "according"
                                           for p in ("", "و"))
        # the words of meddling, remarks and implication, as written and with و/ف before them: a statement whose
        # sentence has none of them is passed over by `_meddling_charged`, `_words_disowned` and `_implication_charged`
        self._charge_words = frozenset(p + w for w in fw.interference | fw.remarks | fw.implicated | fw.destabilize
                                       for p in ("", "و", "ف"))

    def __call__(self, article: Article) -> Article:
        by_sent: dict[int, list[Mention]] = {}
        for index, group in groupby(article.mentions, key=_SENTENCE):  # (runs of one sentence, read in C)
            by_sent.setdefault(index, []).extend(group)
        out: list[Statement] = []
        last: Statement | None = None
        self._article, self._by_sent = article, by_sent
        self._ya_for_alif = None  # does the text write ى as ي? (read when a sentence has «علي»)
        self._ali_at = _ali_offsets(article.text)  # where «علي» is written with ي, as a word of its own
        footer_end = -1  # the end of the footer line being passed over («رابط الخبر بصحيفة الوئام: …»)
        footer_firsts, cue_starts, sentence = self._footer_firsts, self._cue_starts, self._sentence
        for sent, toks, norms in zip(article.sentences, article.tokens, article.norms()):
            if not sent.in_story or not toks or sent.start < footer_end:
                continue
            if norms[0] in footer_firsts or (len(norms) > 1 and norms[1] in footer_firsts):
                footer = self._footer(toks, norms)
                if footer:
                    if footer == "footer_link":  # the linked story's title runs on to the end of the line
                        line_end = article.text.find("\n", sent.end)
                        footer_end = len(article.text) if line_end < 0 else line_end
                    continue
            cue_words = cue_starts.intersection(norms)
            if not cue_words and ":" not in norms[:12]:
                continue  # most sentences: no word that may begin a cue, and no colon (read first in _sentence)
            found = sentence(article, sent.index, toks, norms, by_sent.get(sent.index, []), last, len(out), cue_words)
            if found:
                out.extend(found)
                outer = [st for st in found if not st.embedded]
                if outer:
                    last = outer[-1]
        article.statements = out = _names_carried(article, _holders_carried(article, out, self.fw), self.fw)
        article.events = _link(article.events, out, article.text, *_link_words(self.fw), self.fw.future_negation,
                               scope=_denial_scope(article, self.fw) if out else None)
        verbs = _verb_starts(article)
        article.events = _named_again(article, out, verbs)
        if out:
            article.events = _clause_speakers(article, out, self.fw, verbs)
            article.events = _first_person_speakers(article)
            article.events = _first_person_objects(article)
            article.events = _charges_laid(article, self.fw)
            norms, words = article.norms(), self._charge_words
            charging = [st for st in out if st.sentence < len(norms) and not words.isdisjoint(norms[st.sentence])]
            if charging:
                article.events = _meddling_charged(article, charging, self.fw, by_sent)
                article.events = _words_disowned(article, charging, self.fw, by_sent)
                article.events = _implication_charged(article, charging, self.fw, by_sent)
                article.events = _destabilizing_charged(article, charging, self.fw, by_sent)
        return article

    # --- one sentence --------------------------------------------------------------------------------
    def _sort_mentions(self, mentions: list[Mention]) -> tuple[list[Mention], dict[int, Mention]]:
        """The sentence's entity mentions and its cues by first token, read in one pass over `mentions`, which also
        sets the first tokens of its entities, agents, triggers and light verbs, and its verb triggers by first token."""
        ents: list[Mention] = []
        cues: dict[int, Mention] = {}
        ent_starts, agent_starts, trig_starts, light = set(), set(), set(), set()
        verbs: dict[int, Mention] = {}
        for m in mentions:
            kind = m.kind
            if kind == "trigger":
                trig_starts.add(m.tok_start)
                if m.get("pos") == "verb":
                    verbs[m.tok_start] = m
            elif kind == "actor" or kind == "agent":
                ents.append(m)
                ent_starts.add(m.tok_start)
                if kind == "agent":
                    agent_starts.add(m.tok_start)
            elif kind == "cue":
                cues[m.tok_start] = m
                if m.label in ("passive_light", "light_verb"):
                    light.add(m.tok_start)
        self._ent_starts, self._agent_starts, self._trig_starts = ent_starts, agent_starts, trig_starts
        self._verbs, self._light = verbs, light
        return ents, cues

    def _sentence(self, article: Article, index: int, toks: list[Token], norms: list[str],
                  mentions: list[Mention], last: Statement | None, n0: int,
                  cue_words: frozenset[str] | None = None) -> list[Statement]:
        """The statements of one sentence (`norms`: its tokens' normalised forms; `cue_words`: those of its words
        that may begin a cue, when the caller has them)."""
        if cue_words is None:
            cue_words = self._cue_starts.intersection(norms)
        colon = ":" in norms[:12]  # (a token's norm is ":" only when its text is: a punctuation mark is not folded)
        if not cue_words and not colon:
            return []  # most sentences: no reporting word, so no noun phrases to build
        live = self._live(cue_words, norms)
        if not live and not colon:
            return []  # only words that begin a phrase (في، من، على…), and none of their phrases is here
        if _ALI in norms and self._ali_in(toks[0].start, toks[-1].end) and not self._writes_ya_for_alif(article.text):
            toks = _ali_names(toks)  # «علي» with ي is the name (علي عبدالله صالح), not the preposition على
        ents, cues = self._sort_mentions(mentions)
        at = self._cues(toks, norms, live)
        if not colon and all(kind == "skip" for kind, _ in at.values()):
            return []
        self._acts_here = not self.words.grammar["next_act"].isdisjoint(norms)  # «…، داعياً»: read below
        self._at, self._index = at, index
        text = article.text
        groups = self._groups = noun_phrases(toks, ents, cues, self.fw)
        starts = {g.start_tok: g for g in groups}
        ends = {g.end_tok: g for g in groups}
        found: list[Statement] = []
        kinds: dict[str, str] = {}  # statement id → its cue class, for those made by a reporting word
        vias: list[tuple[Span, str | None]] = []
        outlet_claims: list[Statement] = []
        i = 0
        head = starts.get(0)
        if head is not None and head.end_tok < len(toks) - 1 and toks[head.end_tok].text == ":" and \
                toks[head.end_tok + 1].start < sentence_end(toks):
            # a headline «البنتاجون: لم نتلق طلباً روسياً»: the speaker, a colon, what is said (not a colon before
            # punctuation alone: «الرئيس : ،» says nothing)
            c_start, c_end = toks[head.end_tok + 1].start, sentence_end(toks)
            colon = toks[head.end_tok]
            stance = "deny" if self._opens_negated(text, c_start) else "assert"
            found.append(Statement(f"{article.id}-s{n0}", index, Span(colon.text, colon.start, colon.end),
                                   c_start, c_end, stance, False, phrase_entity(head, text)))
            i = head.end_tok + 1
        keys = sorted(at)
        while i < len(toks):
            kind, n = at.get(i, ("", 0))
            if kind == "skip":
                i += n
                continue
            if not kind:  # on to the next cue
                k = bisect.bisect_right(keys, i)
                i = keys[k] if k < len(keys) else len(toks)
                continue
            cue = Span(text[toks[i].start:toks[i + n - 1].end], toks[i].start, toks[i + n - 1].end)
            j = i + n
            if kind == "according" and n == 1 and self._possessed(toks, j):
                i = j  # «حسب موقعها»، «بحسب إمكاناتهم»: according to a thing of its own, not to someone's words
                continue
            if kind in ("according", "via"):
                g = starts.get(j) or (starts.get(j + 1) if j < len(toks) and toks[j].kind == "punct" else None)
                if g is not None:
                    ent = g.entity(text)
                    lead = found[-1] if found and found[-1].sentence == index else None
                    if lead is not None and lead.content_start <= cue.start and \
                            all(t.kind == "punct" for t in toks if lead.content_start <= t.start < cue.start):
                        # «جددت الحكومة، وعلى لسان المتحدث باسمها، موقفها»: the phrase between a speaker and
                        # what they say names the mouth they said it through, not a second statement
                        pass
                    elif kind == "via" or is_outlet(g):
                        vias.append((Span(ent.text, ent.start, ent.end), ent.name))
                        if kind == "according":
                            before = i > 2
                            c_start = toks[0].start if before else toks[min(g.end_tok, len(toks) - 1)].start
                            c_end = toks[i - 1].end if before else sentence_end(toks)
                            outlet_claims.append(Statement(f"{article.id}-s{n0 + len(found)}", index, cue,
                                                           min(c_start, c_end), c_end, "assert", False, ent))
                    elif i <= 2 and any(k > g.end_tok and v[0] in ("assert", "deny") for k, v in at.items()):
                        # «وحسب فضائية "الجزيرة"، قال "المعلم" …»: the phrase names the relay of what follows
                        vias.append((Span(text[cue.start:ent.end], cue.start, ent.end), ent.name))
                    else:
                        # «بحسب X»: X says the rest of the sentence (before the phrase, or after X)
                        before = i > 2
                        c_start = toks[0].start if before else toks[min(g.end_tok, len(toks) - 1)].start
                        c_end = toks[i - 1].end if before else sentence_end(toks)
                        c_start = min(c_start, c_end)
                        found.append(Statement(f"{article.id}-s{n0 + len(found)}", index, cue, c_start, c_end,
                                               "assert", False, ent))
                    i = g.end_tok
                    continue
                if kind == "according" and i <= 1 and j < len(toks) and \
                        word_in(toks[j].norm, self.words.grammar["speech_noun"]):
                    p = outer(found, last)  # «وحسب أقواله فقد …»: the one whose words they are goes on
                    c_start = toks[min(j + 1, len(toks) - 1)].start
                    found.append(Statement(f"{article.id}-s{n0 + len(found)}", index, cue, c_start,
                                           sentence_end(toks), "assert", False, p.speaker if p else None,
                                           p is not None and p.speaker is not None))
                    i = j + 1
                    continue
                named = unknown_name(toks, j, self.fw, self._name_stops) if kind == "according" and not (
                    j < len(toks) and toks[j].norm.startswith("ال")) else None  # «بحسب النوع»: no name
                if named is not None and i <= 2 and any(k >= named and v[0] in ("assert", "deny") for k, v in at.items()):
                    # «وحسب فضائية "الجزيرة"، قال …»: the relay of what follows (a quoted name included)
                    end = named
                    while end < min(len(toks), named + 5) and toks[end].text not in ("،", ","):
                        end += 1
                    end = end if end < len(toks) and toks[end].text in ("،", ",") else named
                    vias.append((Span(text[cue.start:toks[end - 1].end], cue.start, toks[end - 1].end), None))
                    i = named
                    continue
                if named is not None:
                    # «وبحسب دريك فإن …»: a name the lexicons lack says the rest (or what came before)
                    ent = Entity(text[toks[j].start:toks[named - 1].end], toks[j].start, toks[named - 1].end)
                    before = i > 2
                    after = named + (named < len(toks) - 1 and clause_word(strip_wa(toks[named].norm[1:] if toks[named].norm[:1] == "ف" else toks[named].norm)))
                    c_start = toks[0].start if before else toks[min(after, len(toks) - 1)].start
                    c_end = toks[i - 1].end if before else sentence_end(toks)
                    found.append(Statement(f"{article.id}-s{n0 + len(found)}", index, cue, min(c_start, c_end),
                                           c_end, "assert", False, ent))
                    i = named
                    continue
                i = j
                continue
            if kind == "according_said":
                if j >= len(toks) or (self._cue_at(toks, j)[0] not in SAYING and strip_wa(toks[j].norm) not in
                                      self.words.grammar["said_verb"]):
                    i = j  # «بحسب ما ينص عليه الاتفاق»: not what someone said
                    continue
                found.append(self._according_said(article, index, toks, i, j, at, starts, ends, last, found, n0))
                i = max(j, token_after(toks, found[-1]))
                continue
            said_on = j < len(toks) and (strip_wa(toks[j].norm) in self.words.grammar["say_on"] or (
                n == 1 and strip_wa(toks[i].norm) not in self.participles and self._participle_at(toks, j, at)))  # «وأضاف موضحاً:»
            talk_on = None if said_on or kind not in SAYING else self._talk_then_saying(toks, j)
            if said_on:
                j += 1  # «أضاف يقول»، «أكد قائلاً»: one cue
                cue = Span(text[cue.start:toks[j - 1].end], cue.start, toks[j - 1].end)
            if kind.startswith("continue") and n > 1:
                m = j
                while m < len(toks) and toks[m].kind == "punct":
                    m += 1
                if m < len(toks) and at.get(m, ("",))[0] in ("assert", "deny", "continue"):
                    i = m  # «من جانبه، صرح …»: the verb that follows carries the statement
                    continue
                if i == 0 and m + 1 < len(toks) and m not in at and toks[m].kind == "ar" and (
                        (m + 1 in starts and self._verb_subject(toks, m, starts[m + 1])) or (
                            not said_on and self._verb_then_name(toks, m, starts))):
                    i = m  # «من جهته عبّر رئيس النادي عن سعادته قائلاً»: a verb and its subject, who says nothing yet
                    continue  # (also «من جهته، حث أوبراين …»، «من جانبه أبدى العليان سعادته»: a name the lexicons lack)
            prev = outer(found, last)
            subject = named = None
            if kind.startswith("continue") and n == 1 and strip_wa(toks[i].norm) in self.participles and not found:
                # «ورفض ممثلو الأمن العام التعليق قائلين …»: the subject the sentence opens with
                o = self._opening(toks)  # «من جهة أخرى، دعا وزير الخارجية الروسي سيرغي لافروف …، مشيراً»
                subject = next((g for g in groups if g.start_tok <= o + 2 and g.end_tok <= i and (
                    not g.prep or (g.start_tok == o + 1 and o == self._lead(toks) and self._verb_subject(toks, o, g)))), None)
                if subject is not None and o and subject.start_tok < o:
                    subject = None
                named = self._name_after_verb(toks, i, text) if subject is None else None  # «كما رفضت أبل التعليق قائلة»
            if subject is not None and subject.prep:  # «من جهته عبّر رئيس النادي عبدالله الفلاني عن …، قائلاً»
                speaker, continued, after = self._extended(toks, subject, subject.start_tok, text, starts)[0], False, j
            elif subject is not None:
                speaker, continued, after = phrase_entity(subject, text), False, j
            elif named is not None:
                speaker, continued, after = named, False, j
            elif kind.startswith("continue") and n == 1 and strip_wa(toks[i].norm) in self.participles and prev:
                # مؤكداً، متهماً…: the participle goes on the sentence's statement; what follows is said
                speaker, continued, after = prev.speaker, prev.speaker is not None, j
            elif kind in ("said_by", "said_by_deny"):
                g = after_an(toks, i, starts)
                speaker, continued, after = (phrase_entity(g, text) if g else name_after_an(toks, i, text, self.fw)), False, j
                if speaker is None and prev is not None and any(
                        strip_wa(t.norm) in ("عنه", "عنها", "عنهم") for t in toks[max(0, i - 3):i]):
                    speaker, continued = prev.speaker, prev.speaker is not None  # «ونقلت صحيفة ألمانية عنه قوله»
            else:
                speaker, continued, after = self._speaker(toks, i, j, starts, ends, text, last, kind, found)
                if said_on and n == 1 and speaker is not None and not continued and speaker.start >= cue.end and \
                        prev is not None and prev.speaker is not None and bare_verb(toks, i, self.fw, self.words.grammar["lead_in"]):
                    # «وأكد قائلاً هذا …»: what follows «قائلاً» is what is said; the speaker before goes on
                    speaker, continued, after = prev.speaker, True, j
                if speaker is not None and not continued and speaker.start >= cue.end and \
                        toks[i].norm in self.words.grammar["by_saying"]:
                    # «استهل حديثه بقوله الحمدلله ابني …»: what follows «بقوله» is said; the sayer is before it
                    speaker, continued, after = (prev.speaker, prev.speaker is not None, j) if prev is not None \
                        else (None, False, j)
                said_after = self._participle_after(toks, after, speaker, at) if speaker is not None and not continued else None
                if said_after is not None:
                    after = said_after + 1  # «تابع الوزير مؤكداً على أن»، «كرر الصحافي السؤال قائلاً:»: one statement
                    speaker = self._name_before_saying(toks, speaker, said_after, text)
            if prev is not None and not continued and self._warned_first(toks, i, j):
                # «وحذر الأسر من ترك الأطفال»: with no subject, the one warned follows the verb; the speaker goes on
                speaker, continued, after = prev.speaker, prev.speaker is not None, j
            if speaker is not None and not continued and strip_wa(toks[i].norm) in self.words.grammar["draws"]:
                speaker = self._before_attention(toks, speaker, text)  # «ولفت السفير | الانتباه إلى أهمية …»
            if speaker is not None and not continued and strip_wa(toks[i].norm) in self.words.grammar["renews"]:
                speaker = self._before_attention(toks, speaker, text, "renewed")  # «وجدد الوزير | تأكيده على …»
                if speaker is None and prev is not None and prev.speaker is not None:
                    speaker, continued = prev.speaker, True  # «إنها «تكرر تنديدها»، «فقد جدد دعوته»: the one before
            if speaker is not None and not continued and speaker.start >= cue.end:
                speaker, continued = self._before_about(speaker, prev, toks, i, text)  # «وقال النسور | بهذا الصدد»
            if talk_on is not None:  # «ويتابع حديثه لـ«سبق» قائلاً:»: one statement, said after «قائلاً»
                speaker, continued = self._before_talk(speaker, continued, toks[talk_on[0]].start, prev, text)
                after = talk_on[1] + 1
            if speaker is None and i > 0 and strip_wa(toks[i - 1].norm) in self.words.grammar["relative"] and \
                    n == 1 and strip_wa(toks[i].norm) in self.words.verbs:
                # «الرئيس روحاني | الذي أشار إلى …» (not «الحكومة التي اعتبرها»: the verb's object, by its pronoun)
                speaker = self._antecedent(toks, i - 1, ends, text) or self._named_antecedent(toks, i - 1, text)
            said_in = speaker is None and self._said_in_it(toks, j)  # «التصريحات التي ادعى فيها أن»: whose, unknown
            if speaker is None and i > 0 and strip_wa(toks[i - 1].norm) in self.words.grammar["relative"] and not said_in:
                # «وانتقد إردوغان الدول التي قال إنها …»: the one the sentence is about says it
                before = next((st for st in reversed(found) if not st.embedded and st.speaker is not None), None)
                subject = next((g for g in groups if g.start_tok <= 2 and g.end_tok <= i and not g.prep), None)
                if before is not None:
                    speaker, continued = before.speaker, True
                elif subject is not None:
                    speaker = phrase_entity(subject, text)
            if speaker is not None and not continued and prev is not None and prev.speaker is not None and \
                    speaker.start > cue.start and word_in(normalize(speaker.text), self.words.grammar["speech_noun"]):
                speaker, continued = prev.speaker, True  # «واختتم حديثه بأن …»: what he said, not who says it
            if speaker is not None and not continued and prev is not None and prev.speaker is not None and \
                    word_in(normalize(speaker.text), self.words.grammar["honorific"]):
                p = prev.speaker  # «وقال فضيلته»: the honorific is the mention, the one named before is who
                speaker = Entity(speaker.text, speaker.start, speaker.end, p.code, p.sector, p.name, p.role)
            if speaker is not None and not continued and self._shows(speaker):
                i = max(j, after)  # «وتشير الأرقام إلى»: a thing that shows, not one who speaks
                continue
            if speaker is None and j < len(toks) and strip_wa(toks[j].norm) in self.words.grammar["veil"]:
                i = j  # «كُشف النقاب عن»: the veil is lifted, by no one
                continue
            opens = self._opens_for(toks[i]) if after not in at else frozenset()  # (not «على لسان»: a cue)
            c_start, c_end, direct = content_span(text, toks, after, self.fw, next(
                (m for m in keys[bisect.bisect_left(keys, after):] if at[m][0] in SAYING), None),
                self.words.grammar["lead_in"], opens, self.words.grammar["veil"])
            c_start = min(c_start, c_end)  # nothing said (the sentence ends at the speaker): an empty span
            if c_start >= c_end and i > 1 and toks[i - 1].norm in self.words.grammar["as_said"]:
                # «…، كما قال والده.»، «وفقا لما أكده السفير.»: what is said is the clause before
                c_start, c_end = self._said_before(toks, i - 1, found, index)
            if not direct and self._acts_here:
                c_end = self._before_next_act(toks, c_start, c_end)
            if not direct and kind in ("deny", "continue_deny", "said_by_deny"):
                c_end = self._denial_end(toks, c_start, c_end)
            # «وهو ما نفت واشنطن حدوثه»، «وهو الأمر الذي نفاه المصدر» (not «في الوقت الذي نفى فيه البنتاغون»)
            answers = kind == "deny" and i >= 1 and strip_wa(toks[i - 1].norm) in self.words.grammar["relative"] and (
                strip_wa(toks[i - 1].norm) == "ما" or (i >= 2 and strip_wa(toks[i - 2].norm) in self.words.grammar["resumptive"]))
            if answers:
                # «…، وهو ما نفت واشنطن حدوثه»: what is denied is what came before
                k = i - 1
                while k > 0 and (toks[k - 1].kind == "punct" or strip_wa(toks[k - 1].norm) in self.words.grammar["resumptive"]):
                    k -= 1
                c_start = found[-1].content_start if found else toks[0].start
                c_end, direct = toks[max(k - 1, 0)].end, False
            # (a nominal content after its preposition is no negated claim: «وتحدث عن | عدم توافق دولي»)
            negated = self._opens_negated(text, c_start) and not _after_word(toks, c_start, opens)
            stance = "deny" if (kind in ("deny", "continue_deny", "said_by_deny") or negated
                                or self._refutes(text, c_start, c_end)) else "assert"
            holder = outer(found, last)
            if i > 0 and strip_wa(toks[i - 1].norm) in self.words.grammar["relative"] and kind != "deny" and \
                    holder is not None and holder.content_start <= cue.start < holder.content_end and not said_in and \
                    (speaker is None or continued):
                i = max(j, after)  # «الميليشيات التي قال إنها تنتحر» inside his own words: his, not a new statement
                continue
            # told inside what another says: within its quotation, or with a speaker named inside its content
            # (not a new clause of the sentence with its own speaker: «…، بينما أكد ناشط أن …», «… وقال Y إن …»)
            opens_clause = holder is not None and holder.sentence == index and not holder.direct and i > 0 and (
                strip_wa(toks[i - 1].norm) in self.words.grammar["lead_in"]
                or toks[i - 1].norm in self.words.grammar["lead_in"]  # فيما: not ف + يما
                or (toks[i].norm[:1] == "و" and toks[i - 1].kind == "punct"))
            embedded = not answers and not opens_clause and holder is not None and \
                holder.content_start <= cue.start < holder.content_end and (
                    holder.direct or (speaker is not None and not continued and speaker.start >= holder.content_start)
                    or (speaker is None and holder.sentence == index and not kind.startswith("continue")
                        and self._after_noun(toks, i)))
            # (with no one named, a verb right after a word inside what another says is told by it: «وذكر المتحدث
            # أن المشاورات أكدت …»، «وبين أن الاجتماع تطرق إلى …»; not a participle, «…، نافياً أن …», nor a verb
            # after a comma or a subordinator, «وفيما أوضح أن …، بين أن …»، «عندما أكد»: the speaker goes on)
            st = Statement(f"{article.id}-s{n0 + len(found)}", index, cue, c_start, c_end, stance, direct,
                           speaker, continued, embedded=embedded)
            told = relay(toks, text, groups, cue.end, c_start if c_start > cue.end else toks[-1].end)
            if told is not None and speaker is not None and speaker.start <= told[0].start < speaker.end:
                # «المستشار القانوني لـ«الجيش السوري الحر» أسامة أبو زيد»: part of the speaker's title
                told = relay(toks, text, groups, speaker.end, c_start if c_start > speaker.end else toks[-1].end)
            if told is None:  # «وقالت المصادر لوكالة الأنباء الألمانية إن»: an outlet the lexicons lack
                lo = max(cue.end, speaker.end) if speaker is not None else cue.end
                told = self._told_outlet_word(toks, text, lo, c_start if c_start > lo else toks[-1].end)
            if told is None and speaker is not None:
                told = self._relaying_outlet(toks, speaker, text)  # «ونقلت وكالة فارس عن لاريجاني قوله»
            if told is not None:  # «ذكرت مصادر أمنية لوكالة الصحافة الفرنسية أن …»: the outlet it was told to
                st = replace(st, reported_via=told[0], reported_via_name=told[1])
            if not embedded and not answers and found and i > 0:
                p = found[-1]
                if not p.embedded and not p.direct and p.content_start < cue.start < p.content_end:
                    # «قال إن X، مؤكداً أن Y»: what the first says ends where the next statement begins
                    m = i - 1
                    while m > 0 and (toks[m].kind == "punct" or word_in(toks[m].norm, self.words.grammar["lead_in"])):
                        m -= 1  # «…، بينما أكد»، «…، فيما أكد»: nor the word that joins the clauses
                    if toks[m].end > p.content_start:
                        end = toks[m].end
                        pst = "deny" if (kinds.get(p.id) in ("deny", "continue_deny", "said_by_deny") or self._opens_negated(text, p.content_start)
                                         or self._refutes(text, p.content_start, end)) else "assert"
                        found[-1] = replace(p, content_end=end, stance=pst)
            found.append(st)
            kinds[st.id] = kind
            i = max(j, after)
        if vias and found:
            span, name = vias[0]
            found = [replace(s, reported_via=span, reported_via_name=name) if s.reported_via is None else s
                     for s in found]
        elif outlet_claims:
            found = outlet_claims[:1]  # «بحسب قناة فوكس نيوز، …» with nobody else speaking: the outlet says it
        return found

    def _other_sense(self, toks: list[Token], i: int) -> bool:
        """True for a cue word read in another sense: a form of لفت with no «إلى» nor what is said (a clause, a
        colon) within ten words («لفت الأنظار بخطف رعايا»، «لفتت انتباه ابنته»: drew attention), of كرر/جدد with
        no words renewed (تأكيد، دعوة، موقف… of statement_cues renewed) nor what is said within sixteen words («تكرر
        تجربة الصين»، «يجدد العدوى»), or of تنكّر with a preposition right after it («تنكر بزي امرأة»، «تنكروا
        لوطنهم»: disguised, disowned), or «يُذكر» right after an indefinite noun («أي تحسن يُذكر»: worth noting)."""
        word = strip_wa(toks[i].norm)
        if word in self.words.grammar["draws"]:
            return not any(t.text == ":" or t.norm in _TOWARD or clause_word(strip_wa(t.norm))
                           for t in toks[i + 1:i + 11])
        if word in self.words.grammar["renews"]:  # «تكرر تجربة الصين»، «يجدد العدوى»: no words repeated or renewed
            return not any(t.text == ":" or t.text in OPEN_QUOTES or clause_word(strip_wa(t.norm)) or
                           _bare_noun(strip_wa(t.norm)) in self.words.grammar["renewed"] for t in toks[i + 1:i + 17])
        if toks[i].norm in self.words.grammar["notable"] and i > 0:  # «أي تحسن يُذكر»، «شيئاً يُذكر»: worth noting
            before = toks[i - 1]
            return before.kind == "ar" and not before.norm.startswith("ال") and not is_function(before, self.fw) and \
                not any(t.text == ":" or clause_word(strip_wa(t.norm)) for t in toks[i + 1:i + 3])
        if word in self.words.grammar["disguise"] and i + 1 < len(toks):
            nxt = toks[i + 1].norm
            return nxt == "في" or (nxt[:1] in "بل" and nxt not in ("بان", "لان") and not clause_word(nxt))
        return False

    def _before_attention(self, toks: list[Token], speaker: Entity, text: str, words: str = "attention"
                          ) -> Entity | None:
        """The speaker of «لفت» up to the attention it draws («ولفت السفير بدر عبدالعاطي | الانتباه إلى»، «ولفت
        التقرير | النظر إلى أن»), or of كرر/جدد up to the words renewed (`words` "renewed": «وجدد الوزير | تأكيده»);
        None when the phrase is that attention alone («لفت انتباهي أن»)."""
        heads = self.words.grammar[words]
        for t in toks:
            if speaker.start <= t.start < speaker.end and t.kind == "ar" and (
                    t.norm in heads or strip_wa(t.norm) in heads or (words == "renewed" and _bare_noun(t.norm) in heads)):
                if t.start == speaker.start:
                    return None
                end = len(text[speaker.start:t.start].rstrip())
                e = speaker.start + end
                return Entity(text[speaker.start:e], speaker.start, e, speaker.code, speaker.sector, speaker.name,
                              speaker.role)
        return speaker

    def _before_about(self, speaker: Entity, prev: Statement | None, toks: list[Token], i: int,
                      text: str) -> tuple[Entity | None, bool]:
        """The speaker without the words that tell what it is said about at its end («وقال النسور | بهذا الصدد»،
        statement_cues about); when nothing is left («وقال بهذا الخصوص:»), the speaker before goes on."""
        words = speaker.text.split()
        for n in (2, 3):
            if len(words) >= n and normalize(" ".join(words[-n:])) in self.words.grammar["about"]:
                rest = " ".join(words[:-n])
                if rest:
                    e = speaker.start + len(rest)
                    return Entity(text[speaker.start:e], speaker.start, e, speaker.code, speaker.sector, speaker.name,
                                  speaker.role), False
                if prev is not None and prev.speaker is not None and bare_verb(toks, i, self.fw,
                                                                               self.words.grammar["lead_in"]):
                    return prev.speaker, True
                return None, False
        return speaker, False

    def _told_one(self, toks: list[Token], j: int) -> bool:
        """True for «ل» + a noun with its pronoun at token j, no party of the lexicons («لضيفه»، «لصديقته»، «لابنتها»):
        the one told, after the verb."""
        t = toks[j]
        if t.kind != "ar" or j in self._ent_starts or not t.norm.startswith("ل") or t.norm.startswith("لل") or \
                len(t.norm) < 5:
            return False
        return _MARKS.sub("", t.text).endswith(("ه", "ها", "هم", "هما"))

    def _past_told_outlet(self, toks: list[Token], j: int) -> int:
        """The token after a quoted outlet told right after a verb of telling, when a name follows it («أبلغ
        "الاقتصادية" الدكتور إبراهيم العساف أن»، «وأبلغت «عكاظ» مصادر مطلعة أن»), or j when none is there."""
        if j + 3 >= len(toks) or toks[j].text not in OPEN_QUOTES:
            return j
        close = OPEN_QUOTES[toks[j].text]
        for m in range(j + 2, min(len(toks) - 1, j + 5)):
            if toks[m].text == close:
                nxt = toks[m + 1]
                told = any(mm.get("sector") == "MED" for mm in self._by_sent.get(self._index, ())
                           if j < mm.tok_start < m) or m == j + 2
                return m + 1 if told and nxt.kind == "ar" and not is_function(nxt, self.fw) else j
        return j

    def _own_act(self, toks: list[Token], j: int) -> bool:
        """True for a noun of the subject's own act or stance with its pronoun at token j («ترشحه»، «مسؤوليتها»،
        «موافقتها»، «تورطه»: statement_cues own_act), the object of the verb before it, never its subject."""
        if j >= len(toks) or toks[j].kind != "ar" or toks[j].norm.startswith("ال"):
            return False
        w = strip_wa(toks[j].norm)
        for suffix in ("هما", "هم", "ها", "ه"):
            if w.endswith(suffix) and len(w) > len(suffix) + 2:
                stem = w[: -len(suffix)]
                stem = stem[:-1] + "ه" if stem.endswith("ت") else stem  # نيته → نيه (نية)
                return stem in self.words.grammar["own_act"]
        return False

    def _subject_before(self, toks: list[Token], i: int, ends: dict[int, Group], text: str,
                        prev: Statement | None) -> tuple[Entity | None, bool]:
        """The subject named before the verb at token i whose object names no one: the phrase right before it (SVO,
        the verb with no و), after كان («كانت قد أعلنت»), or the one a relative before the verb stands for; else,
        for a verb that opens its clause, the speaker before (`prev`, carried over); else None."""
        g = (ends.get(i) or ends.get(i - 1)) if i > 0 and strip_wa(toks[i].norm) == toks[i].norm else None
        if g is not None and not g.prep and g.end_tok <= i and not (
                g.start_tok > 0 and self._preposition(toks[g.start_tok - 1].norm)):
            return phrase_entity(g, text), False
        subject = self._copula_subject(toks, i, text) if i > 0 else None
        if subject is None and i > 0 and strip_wa(toks[i - 1].norm) in self.words.grammar["relative"]:
            subject = self._antecedent(toks, i - 1, ends, text)
        if subject is None and prev is not None and prev.speaker is not None and \
                bare_verb(toks, i, self.fw, self.words.grammar["lead_in"]):
            return prev.speaker, True
        return subject, False

    def _possessed(self, toks: list[Token], j: int) -> bool:
        """True for a noun with a pronoun at token j that names no party nor words (after «حسب»: «حسب موقعها»، «بحسب
        إمكاناتهم»، «كل حسب دائرته»; not «بحسب أقواله»، «حسب طلابها»: words, a party of the lexicons)."""
        if j >= len(toks) or toks[j].kind != "ar" or j in self._ent_starts or toks[j].norm.startswith("ال"):
            return False
        written = _MARKS.sub("", toks[j].text)
        return len(written) > 4 and written.endswith(("ه", "ها", "هم", "هما")) and \
            not word_in(toks[j].norm, self.words.grammar["speech_noun"])

    def _said_in_it(self, toks: list[Token], j: int) -> bool:
        """True for «فيها»، «فيه» right after a cue ending at token j with what is said right after it (a colon,
        أن/إن, a quote mark, or عن، إلى، على): «كلمة تحدث فيها عن …»، «قال فيها:» (not «كتب فيه أحدهم»: a name)."""
        if j + 1 >= len(toks) or toks[j].norm not in self.words.grammar["said_in"]:
            return False
        nxt = toks[j + 1]
        return nxt.text == ":" or nxt.text in OPEN_QUOTES or clause_word(strip_wa(nxt.norm)) or \
            nxt.norm in self.words.grammar["object_preposition"]

    def _footer(self, toks: list[Token], norms: list[str]) -> str:
        """The class of a footer sentence, "footer_link" («رابط الخبر بصحيفة الوئام: …») or "footer" (a source or
        byline: «المصدر: واس»، «كتب: محمد العتيبي», eight words at most), or "" for a sentence of the story: it opens
        with such words (perhaps after a bracket) and a colon or a dash follows within four words."""
        k = 1 if toks[0].kind == "punct" else 0
        for n in (2, 1):
            words = " ".join(norms[k:k + n])
            kind = "footer_link" if words in self.words.grammar["footer_link"] else \
                "footer" if words in self.words.grammar["footer"] else ""
            if kind and any(t.text in (":", "-", "–", "—") for t in toks[k + n:k + n + 4]) and \
                    (kind == "footer_link" or len(toks) <= 10):
                return kind
        return ""

    def _warned_first(self, toks: list[Token], i: int, j: int) -> bool:
        """True for a verb of warning that opens its clause (وحذر، «…، وحذر») with the one warned right after it,
        no subject between: a public the lexicon lists (الأسر، المواطنين، أولياء الأمور) or a definite sound
        plural in -ين, which is no subject (المسافرين: a subject would be المسافرون)."""
        if j >= len(toks) or strip_wa(toks[i].norm) not in self.words.grammar["warns"] or \
                not bare_verb(toks, i, self.fw, self.words.grammar["lead_in"]) or toks[j].kind != "ar":
            return False
        w = strip_wa(toks[j].norm)
        return w in self.words.grammar["warned"] or (len(w) >= 8 and w.startswith("ال") and w.endswith("ين"))

    def _participle_after(self, toks: list[Token], after: int, speaker: Entity, at: dict[int, tuple[str, int]]
                          ) -> int | None:
        """The token of a participle of saying that follows the speaker named after the verb, part of the verb's
        cue (what is said follows it): at once (مؤكداً، قائلاً، موضحاً: «تابع الوزير مؤكداً على أن»), or «قائلاً»
        after the verb's object, up to three words («كرر الصحافي السؤال قائلاً:»); else None."""
        if not 0 < after < len(toks) or toks[after - 1].end != speaker.end:
            return None
        for m in range(after, min(len(toks), after + 4)):
            if self._participle_at(toks, m, at) and (m == after or strip_wa(toks[m].norm) in self.words.grammar["say_on"]):
                return m
            if toks[m].kind != "ar" or m in at or is_function(toks[m], self.fw):
                return None
        return None

    @staticmethod
    def _name_before_saying(toks: list[Token], speaker: Entity, m: int, text: str) -> Entity:
        """The speaker with the words between it and «قائلاً» at token m when they are a name, none definite (the
        lexicons lack it: «علّق مدير شركة «بلاتينوم ريكوردز» تيمور مرمرشي قائلاً»); else the speaker (the words are the
        verb's object: «كرر الصحافي السؤال قائلاً»)."""
        gap = [t for t in toks if speaker.end < t.start and t.end <= toks[m].start]
        if not gap or any(t.norm.startswith(("ال", "وال")) or t.norm.endswith(("ه", "ها", "هم")) for t in gap):
            return speaker
        end = gap[-1].end
        return Entity(text[speaker.start:end], speaker.start, end, speaker.code, speaker.sector, speaker.name, speaker.role)

    def _participle_at(self, toks: list[Token], m: int, at: dict[int, tuple[str, int]]) -> bool:
        """True for a participle of saying at token m (مؤكداً، قائلاً، موضحاً) that the sentence reads as a cue."""
        return m < len(toks) and at.get(m, ("",))[0].startswith("continue") and toks[m].norm in self.participles \
            and toks[m].norm.endswith("ا")

    def _talk_then_saying(self, toks: list[Token], j: int) -> tuple[int, int] | None:
        """(the speech noun, the «قائلاً») after a cue ending at token j that goes on with the speaker's talk and
        then says: «ويتابع حديثه لـ«سبق» قائلاً:»، «وتابع الشمري في حديثه قائلاً إن» (what is said follows
        «قائلاً»); None when أن/إن, a colon or another cue comes first, or no speech noun (حديثه) stands between."""
        noun = None
        for m in range(j, min(len(toks), j + 8)):
            t = toks[m]
            w = strip_wa(t.norm)
            if w in self.words.grammar["say_on"]:
                return (noun, m) if noun is not None else None
            if t.text == ":" or clause_word(w) or self._at.get(m, ("",))[0] in SAYING:
                return None
            if noun is None and t.kind == "ar" and w in self.words.grammar["speech_noun"]:
                noun = m
        return None

    @staticmethod
    def _before_talk(speaker: Entity | None, continued: bool, noun: int, prev: Statement | None,
                     text: str) -> tuple[Entity | None, bool]:
        """The speaker of «ويتابع [X] حديثه قائلاً»: the words before the speech noun (at offset `noun`), or the
        speaker before going on when none stand there."""
        if speaker is not None and (continued or speaker.end <= noun):
            return speaker, continued
        if speaker is not None and speaker.start < noun:
            end = len(text[speaker.start:noun].rstrip(" ،,").removesuffix(" في").rstrip())
            if end > 0:
                e = speaker.start + end
                return Entity(text[speaker.start:e], speaker.start, e, speaker.code, speaker.sector, speaker.name,
                              speaker.role), False
        if prev is not None and prev.speaker is not None:
            return prev.speaker, True
        return None, False

    def _before_next_act(self, toks: list[Token], start: int, end: int) -> int:
        """The end of what is said from offset `start` to `end`, cut before a comma and a participle of another
        act that says nothing (next_act: «…، مطالباً الأمم المتحدة»، «…، داعياً الله أن»)."""
        acts = self.words.grammar["next_act"]
        k = bisect.bisect_right(toks, start, key=_START)
        while k < len(toks) and toks[k].start < end:
            if toks[k].norm in acts and toks[k - 1].text in ("،", ",") and toks[k - 2].start >= start:
                return toks[k - 2].end
            k += 1
        return end

    def _denial_end(self, toks: list[Token], start: int, end: int) -> int:
        """The end of what a denial says from offset `start` to `end`, cut before a comma and a finite verb in و/ف
        that tells a new act (an event verb, or a light or passive one: وتم، ويتم): «ونفى أن يكون صاحب التعليق، وتم
        توجيه تهمة محاولة الاغتيال»: the charge is told, not denied (not «، وأن …» nor a verbal noun in و, still
        what is denied)."""
        k = bisect.bisect_right(toks, start, key=_START)
        while k + 1 < len(toks) and toks[k].start < end:
            if toks[k].text in ("،", ",") and k > 0 and toks[k - 1].start >= start and toks[k + 1].kind == "ar" and \
                    toks[k + 1].norm[:1] in ("و", "ف") and self._finite_verb(toks, k + 1):
                return toks[k - 1].end
            k += 1
        return end

    def _finite_verb(self, toks: list[Token], k: int) -> bool:
        """True for a word at token k that is a light or passive verb (وتم، وقام) or an event verb that is finite: an
        imperfect, or a perfect with its subject's ending (ت، وا) or longer than three letters past its و/ف."""
        if k in self._light:
            return True
        v = self._verbs.get(k)
        if v is None:
            return False
        w = toks[k].norm[1:]
        return v.get("aspect") == "imperfect" or w.endswith(("ت", "وا")) or len(w) > 3

    def _after_noun(self, toks: list[Token], i: int) -> bool:
        """True when the word before the cue at token i is an Arabic word that ends no clause (not a comma, a
        quote mark nor «عندما»، «حين»): the verb's subject may stand there («أن المشاورات | أكدت»)."""
        return i > 0 and toks[i - 1].kind == "ar" and strip_wa(toks[i - 1].norm) not in self.words.grammar["name_end"]

    def _opens_for(self, verb: Token) -> frozenset[str]:
        """The prepositions a nominal content after the cue `verb` opens with and leaves out: عن، إلى، على,
        and من after a verb of warning («وحذرت الدراسة من | ترك المراهقين الرياضة»)."""
        opens = self.words.grammar["object_preposition"]
        return opens | {"من"} if strip_wa(verb.norm) in self.words.grammar["warns"] else opens

    def _according_said(self, article: Article, index: int, toks: list[Token], i: int, j: int,
                        at: dict[int, tuple[str, int]], starts: dict[int, Group], ends: dict[int, Group],
                        last: Statement | None, found: list[Statement], n0: int) -> Statement:
        """«…، بحسب ما أفاد مصدر عسكري» / «حسبما ذكر مسؤول»: the subject of the verb after the phrase says
        what the sentence tells before it (or after, when the phrase opens the sentence)."""
        text = article.text
        v = at.get(j)
        vend = min(len(toks), j + (v[1] if v and v[0] != "skip" else 1))  # the verb: أفاد، ذكر، جاء…
        cue = Span(text[toks[i].start:toks[vend - 1].end], toks[i].start, toks[vend - 1].end)
        speaker, continued, after = self._speaker(toks, j, vend, starts, ends, text, last, "assert", found)
        if speaker is not None and speaker.start < toks[vend - 1].end:
            speaker, continued, after = None, False, vend  # nobody named after the verb (حسبما جاء في البيان)
        before = i > 2
        k = i - 1
        while before and k > 0 and toks[k].kind == "punct":
            k -= 1  # «قتل 800 شخص، بحسب ما…»: what is said ends before the comma
        c_start = toks[0].start if before else toks[min(after, len(toks) - 1)].start
        c_end = toks[k].end if before else sentence_end(toks)
        c_start = min(c_start, c_end)
        stance = "deny" if self._opens_negated(text, c_start) or self._refutes(text, c_start, c_end) else "assert"
        told = relay(toks, text, self._groups, cue.end, c_start if c_start > cue.end else toks[-1].end)
        return Statement(f"{article.id}-s{n0 + len(found)}", index, cue, c_start, c_end, stance, False, speaker,
                         continued, reported_via=told[0] if told else None,
                         reported_via_name=told[1] if told else None)

    def _copula_subject(self, toks: list[Token], i: int, text: str) -> Entity | None:
        """The words between كان/كانت (or أن) and the reporting verb at i (وكانت مصادر أمنية ذكرت، وكان سلام
        وصف، وكانت عائلة تقطن مركز مسكة قد اتهمت، يذكر أن تنظيم الإخوان، زعم), when all are content words."""
        if strip_wa(toks[i].norm) != toks[i].norm and i > 0 and toks[i - 1].text in ("،", ","):
            return None  # «… أن الاقتصاد ينمو بسرعة، وقال:»: the clause before is what was said, not a subject
        for c in range(i - 1, max(-1, i - 11), -1):
            if toks[c].kind == "ar" and strip_wa(toks[c].norm) in self._subject_openers:
                end = i
                while end - 1 > c and (toks[end - 1].text in ("،", ",") or strip_wa(toks[end - 1].norm) == "قد"):
                    end -= 1
                words = toks[c + 1:end]
                marks = set(OPEN_QUOTES) | set(OPEN_QUOTES.values())  # «وكانت صحيفة "كاثيميريني" أفادت»
                # after كان a long title may run on over two «في»، «باسم» or «لل…» («وكانت قيادة القوات المشتركة لتحالف
                # دعم الشرعية في اليمن قد أعلنت»); a short subject otherwise
                long = strip_wa(toks[c].norm) in self.words.grammar["copula"] and bool(words) and \
                    words[0].norm[:1] not in "يتن" and words[0].norm != "قد"  # (not «كان يقف في طابور»: a verb)
                inner = [k for k, t in enumerate(words) if t.norm in ("في", "باسم") or t.norm.startswith(("لل", "بال"))]
                if words and words[0].text not in marks and words[-1].kind in ("ar", "punct") and \
                        sum(t.text not in marks for t in words) <= (11 if long else 5) and all(t.text in marks or (
                        t.kind == "ar" and (not is_function(t, self.fw) or (long and k in inner[:2] and 0 < k < len(words) - 1))
                        and strip_wa(t.norm) not in self._subject_stops
                        and (not t.norm.startswith(("لل", "بال")) or (long and k in inner[:2] and 0 < k))
                        and c + 1 + k not in self._trig_starts)
                        for k, t in enumerate(words)):
                    return Entity(text[words[0].start:words[-1].end], words[0].start, words[-1].end)
                return None
        return None

    def _sentence_subject(self, toks: list[Token], i: int, text: str) -> Entity | None:
        """The words the sentence opens with, before the reporting verb at i, when they are a name the lexicons
        lack (two to five words, no link such as كما، لكنه، ورغم), perhaps with a title set beside it between commas: «الفنانة الكبيرة سميرة
        أحمد قالت لي إنها …»، «عايد بن خليف الشمري، عضو هيئة التدريس بالمعهد العلمي، قال …» (SVO)."""
        if not 1 < i <= 14 or strip_wa(toks[i].norm) != toks[i].norm or toks[0].norm[:1] in "وف":
            return None  # «… ، وقال»، «ورغم ذلك قال»: with و a verb or the sentence opens with a link, not a name
        links = self.words.grammar["lead_in"] | self.words.grammar["opener"] | self.words.grammar["that"]
        stop = i
        while stop > 2 and toks[stop - 1].kind == "ar" and (
                toks[stop - 1].norm == "قد" or toks[stop - 1].norm in self.words.grammar["copula"]):
            stop -= 1  # «علي النعيمي، وزير النفط السعودي | كان قد أشار»
        segments, words = [[]], toks[:stop]
        for k, t in enumerate(words):
            if t.text in ("،", ","):
                segments.append([])
                continue
            w = strip_wa(t.norm)
            if t.kind != "ar" or is_function(t, self.fw) or self._preposition(t.norm) or w in self._name_stops or w in links or \
                    w in self.fw.adverb or t.text.endswith(("اً", "ًا")) or k in self._trig_starts or k in self._at:
                return None
            segments[-1].append(t)
        if len(segments) == 2 and segments[1] and stop < i:
            segments.append([])  # «النعيمي، وزير النفط | كان قد أشار»: كان closes the title as a comma would
        if (len(segments) == 2 and segments[1]) or len(segments) > 3 or (len(segments) == 3 and segments[2]):
            return None  # a comma must close the title set beside the name: «الشمري، عضو …، قال»، «غادة عبدالرازق، قالت»
        if not 1 < len(segments[0]) <= 5 or (len(segments) == 3 and not 0 < len(segments[1]) <= 7):
            return None
        last = segments[1][-1] if len(segments) == 3 else segments[0][-1]
        return Entity(text[toks[0].start:last.end], toks[0].start, last.end)

    def _already(self, toks: list[Token], i: int, j: int, text: str, prev: Statement | None
                 ) -> tuple[Entity | None, bool, int] | None:
        """(speaker, carried over?, token) for «وسبق لأوباما أن قال»: the phrase after سبق ل says it (له، لها:
        the one before goes on); None when the verb at i does not follow «سبق لـX أن»."""
        that = toks[i - 1].norm if i >= 3 else ""
        if that[:1] == "و":  # «وسبق لأوباما وأن قال»
            that = that[1:]
        if that not in self.words.grammar["that"]:
            return None
        for m in range(i - 3, max(-1, i - 8), -1):
            if toks[m].kind != "ar" or strip_wa(toks[m].norm) not in self.words.grammar["already"]:
                continue
            first = toks[m + 1]
            if first.norm in self.words.grammar["already"]:  # له، لها: a pronoun
                return (prev.speaker, True, j) if prev is not None and prev.speaker is not None else None
            if first.norm[:1] != "ل" or len(first.norm) < 3 or any(t.kind != "ar" for t in toks[m + 1:i - 1]):
                return None
            s0, e0 = first.start + 1, toks[i - 2].end
            return Entity(text[s0:e0], s0, e0), False, j
        return None

    def _opening_subject(self, toks: list[Token], i: int, text: str) -> Entity | None:
        """The noun phrase the sentence opens with (after its first verb), before token i, when it names no
        event; or a name in quotes right after the first verb («ونشرت "الفرقة 30" بياناً استنكرت فيه»)."""
        o = self._opening(toks)  # «وفي ذات السياق، علق أحد المغردين على ذلك وقال:»
        g = next((g for g in self._groups if o <= g.start_tok <= o + 2 and g.end_tok <= i and not g.prep), None)
        if g is None:
            quoted = self._quoted_name(toks, 1, text) if i > 1 else None
            return quoted[0] if quoted is not None and quoted[2] <= i else self._name_after_verb(toks, i, text)
        if g.start_tok in self._trig_starts:
            return None
        return phrase_entity(g, text)

    def _previous_subject(self, text: str) -> Entity | None:
        """The noun phrase the sentence before opens with (after its first verb), when it names no event."""
        before = next((k for k in range(self._index - 1, -1, -1)
                       if self._article.sentences[k].in_story and self._article.tokens[k]), None)
        if before is None:
            return None
        toks, mentions = self._article.tokens[before], self._by_sent.get(self._article.sentences[before].index, [])
        ents = [m for m in mentions if m.kind in ("actor", "agent")]
        if len(toks) < 3:
            return None
        if not ents or ents[0].tok_start > 4:  # «هنأ الدكتور خالد المقرن منسوبي الجامعة»: a name the lexicons lack
            return self._named_subject(toks, 0, len(toks), text) if toks[0].norm[:1] not in "وف" else None
        cues = {m.tok_start: m for m in mentions if m.kind == "cue"}
        g = next((g for g in noun_phrases(toks, ents, cues, self.fw) if g.start_tok <= 4 and not g.prep), None)
        if g is None or g.start_tok == 0 or is_outlet(g) or is_function(toks[0], self.fw) or toks[0].kind != "ar" \
                or toks[0].text.endswith(("اً", "ًا")) or any(m.tok_start in (g.start_tok, 1) for m in mentions if m.kind == "trigger"):
            return None  # a verb opens the sentence, then its subject (not «في دراسة»)
        if any(t.norm == "عن" for t in toks[g.end_tok:g.end_tok + 3]):
            return None  # «ونقلت وكالة الأنباء أمس عن مديرها»: the one quoted speaks, not the relay
        e = phrase_entity(g, text)
        if g.start_tok > 1:  # «أوصى إمام وخطيب المسجد الحرام»: the words before the phrase open the name
            lead = toks[1:g.start_tok]
            if not all(t.kind == "ar" and not clause_word(strip_wa(t.norm)) for t in lead):  # (إمام reads as أمام)
                return None
            e = Entity(text[lead[0].start:e.end], lead[0].start, e.end, e.code, e.sector, e.name, e.role)
        return e

    def _name_after_verb(self, toks: list[Token], i: int, text: str) -> Entity | None:
        """A one-word name the lexicons lack between the verb the sentence opens with (an event: رفض، انتقد) and
        its object (ال…), before token i: «ورفض ديفيس الكشف عن …»، «كما رفضت أبل التعليق» (not a preposition's
        object nor the head of a construct: «وأشاد بمقاتلي المقاومة»، «ودعا مسؤولي التنظيم»)."""
        v = 1 if toks[0].kind == "ar" and toks[0].norm in self.words.grammar["lead_in"] else self._lead(toks)
        if v + 2 >= i:  # (v: after «من جهته،»: «من جانبه أبدى العليان سعادته …، مشدداً»)
            return None
        if v not in self._trig_starts:
            return self._named_subject(toks, v, i, text)  # «وثمن المهندس محمد بن عبدالرحمن المخرج، …»
        name, obj = toks[v + 1], toks[v + 2]
        w = strip_wa(name.norm)
        if name.kind != "ar" or w.startswith(("ال", "ب", "ل")) or w.endswith("ي") or is_function(name, self.fw) or \
                w in self._name_stops or \
                name.text.endswith(("اً", "ًا")) or not obj.norm.startswith("ال") or v + 1 in self._trig_starts:
            return None
        return Entity(name.text, name.start, name.end)

    def _named_subject(self, toks: list[Token], v: int, i: int, text: str) -> Entity | None:
        """The subject the lexicons lack after the verb at token v that opens the sentence, before token i:
        a title and the name after it, up to a comma or over a first name, «بن X» and a family name («هنأ
        الدكتور خالد المقرن | منسوبي الجامعة»، «وثمن المهندس محمد بن عبدالرحمن المخرج، أمين الطائف»); or a
        name of two or three words that a title or a comma follows («طمأن ياسر القحطاني | قائد فريق الهلال»)."""
        verb = toks[v]
        if verb.kind != "ar" or is_function(verb, self.fw) or strip_wa(verb.norm).startswith("ال") or \
                len(strip_wa(verb.norm)) < 3 or self._cue_at(toks, v)[0] or v + 2 >= i:
            return None
        k = v + 1
        titled = self._is_title(toks[k])
        m = k + 1 if titled else k
        if m >= i or toks[m].norm.startswith("ال"):
            return None  # «صاحب السمو الملكي»، «الفريق التحضيرات»: no personal name after the title
        words = 0
        while m < min(i, k + 9) and self._name_word(toks, m):
            if strip_wa(toks[m].norm) in ("بن", "ابن", "بنت", "ال") and m + 1 < i and self._name_word(toks, m + 1):
                m += 2  # «بن عبدالرحمن»، «آل الشيخ»
                continue
            m += 1
            words += 1
            if titled and words == 2 and not (m < i and toks[m].text in ("،", ",")) and not (
                    m < i and strip_wa(toks[m].norm) in ("بن", "ابن", "ال")):
                break  # a first name and a family name; what follows is the verb's object
        end = m
        if titled and words and (end < i and (toks[end].text in ("،", ",") or words <= 2)):
            pass
        elif not titled and 2 <= words <= 3 and end < i and not toks[k].norm.startswith("ال") and (
                toks[end].text in ("،", ",") or self._is_title(toks[end])):
            pass
        else:
            return None
        s0, e0 = toks[k].start, toks[end - 1].end
        return Entity(text[s0:e0], s0, e0)

    def _name_word(self, toks: list[Token], m: int) -> bool:
        """True for a word that may be part of a personal name: an Arabic word that is no function word, name
        stop, adverb, accusative, title nor reporting word."""
        t = toks[m]
        w = strip_wa(t.norm)
        if w.startswith(("لل", "بال", "كال")) or (len(w) > 4 and not w.startswith("ال") and t.text.endswith(("ه", "ها", "هم"))):
            return False  # «للموسم»، «تحضيراته»: a preposition's object, a noun with its pronoun
        return t.kind == "ar" and not is_function(t, self.fw) and w not in self._name_stops and \
            w not in self.fw.adverb and not t.text.endswith(("اً", "ًا")) and not self._is_title(t) and \
            not self._cue_at(toks, m)[0] and t.norm == w

    @staticmethod
    def _described(toks: list[Token], g: Group, starts: dict[int, Group]) -> bool:
        """True when بأن (بأنه، بأنها…) follows the phrase, over its prepositional phrases (علاقة الخرطوم بالجزائر بأنها)."""
        e = g.end_tok
        while e in starts and starts[e].prep and starts[e].end_tok > e:
            e = starts[e].end_tok
        return e < len(toks) and toks[e].norm.startswith("بان") and clause_word(toks[e].norm)

    @staticmethod
    def _clause_near(toks: list[Token], k: int) -> bool:
        """True when أن/إن, a colon or a quote mark comes within four words after token k."""
        return any(t.text == ":" or t.text in OPEN_QUOTES or clause_word(strip_wa(t.norm)) for t in toks[k + 1:k + 5])

    def _quoted_name(self, toks: list[Token], q: int, text: str) -> tuple[Entity, bool, int] | None:
        """(name, False, token after it) for one to five words in quote marks at token q that a word goes on
        after (not a comma, a sentence mark or a cue): a name in quotes («الفرقة 30 مشاة» التابعة…), not what is said."""
        if q >= len(toks) or toks[q].text not in OPEN_QUOTES:
            return None
        close = OPEN_QUOTES[toks[q].text]
        for c in range(q + 2, min(len(toks) - 1, q + 7)):
            if toks[c].text == close:
                nxt = toks[c + 1]
                if nxt.kind != "ar" or c + 1 in self._at or is_function(toks[q + 1], self.fw) or \
                        strip_wa(toks[q + 1].norm) in self.neg:
                    return None
                return Entity(text[toks[q].start:toks[c].end], toks[q].start, toks[c].end), False, c + 1
            if toks[c].kind not in ("ar", "num"):
                return None
        return None

    def _titled(self, toks: list[Token], k: int) -> int | None:
        """The token after a speaker that opens with a title (الدكتور، مدير، المهندس، عضو…) and runs, over
        its prepositional phrases, up to what is said (أن/إن, a colon or a quotation mark), or None."""
        if k >= len(toks) or toks[k].kind != "ar":
            return None
        if not self._is_title(toks[k]):
            return None
        for m in range(k + 1, min(len(toks), k + 20)):
            t = toks[m]
            if t.text in (":",) or t.text in OPEN_QUOTES or clause_word(strip_wa(t.norm)) or (
                    t.norm[:1] == "ف" and clause_word(t.norm[1:])):
                end = next((o for o in range(k + 2, m) if self._occasion_at(toks, o)), m)
                while end > k + 1 and toks[end - 1].kind == "punct":
                    end -= 1
                return end if end > k else None
            if t.kind == "ar" and m in self._at and toks[m - 1].text in ("،", ",") and strip_wa(t.norm) in self.participles:
                return m - 1  # «أوضح أمين العاصمة المقدسة الدكتور أسامة البار، قائلاً:»
            if m == k + 1 and _abbreviated(toks, k):
                continue  # «وأكد د. فرحات طاشكندي أننا …»: the point of a title cut short, no sentence end
            if t.text in (".", "؟", "!", "؛") or (t.kind == "ar" and t.norm in self._cue_words and m in self._at):
                return None
        return None

    def _occasion_at(self, toks: list[Token], o: int) -> bool:
        """True for «في»/«خلال» at token o before where it was said (occasion: في بيان، في مؤتمر صحافي، خلال كلمته):
        the end of a speaker's name («جيف ديفيس أحد المتحدثين باسم البنتاغون | في بيان أن»)."""
        if strip_wa(toks[o].norm) not in ("في", "خلال") or o + 1 >= len(toks):
            return False
        w = strip_wa(toks[o + 1].norm)
        return (w[2:] if w.startswith("ال") else w) in self.words.grammar["occasion"]

    def _accused(self, toks: list[Token], i: int, g: Group) -> int | None:
        """For an accusing verb at i (اتهم) and the phrase g after it, right before بـ: the token where the one
        accused begins inside g (the last party it names, not an adjective of origin nor a name set beside its
        title: «المعارضة | إردوغان»، «الجيش اليمني | الحوثيين»; not «الرئيس بشار الأسد»); else None."""
        if strip_wa(toks[i].norm) not in self.words.grammar["accuses"] or g.end_tok >= len(toks) or \
                not toks[g.end_tok].norm.startswith("ب") or g.conj:
            return None
        parts = [m for m in g.mentions if m.kind in ("actor", "agent")]
        last = parts[-1] if len(parts) > 1 else None
        if last is None or last.kind != "actor" or last.get("type") == "demonym" or last.tok_start <= g.start_tok:
            return None
        before = parts[-2]
        if last.get("type") == "person" and (before.get("type") == "demonym" or (
                before.kind == "agent" and self._is_title(toks[before.tok_start]))):
            return None
        return last.tok_start

    def _name_then_title(self, toks: list[Token], k: int) -> int | None:
        """The token after a name the lexicons lack (two to four words from token k) with a title after it that
        runs up to what is said: «وقال محمد بن علي الجلال مدير مكتب الحملة في لبنان إن …»; else None."""
        for m in range(k + 2, min(len(toks), k + 5)):
            t = toks[m - 1]
            if t.kind != "ar" or is_function(t, self.fw) or strip_wa(t.norm) in self._name_stops or m - 1 in self._at:
                return None
            if self._is_title(toks[m]) and not toks[m].norm.startswith("ال"):
                return self._titled(toks, m)
        return None

    def _opening(self, toks: list[Token]) -> int:
        """The token after a phrase that opens the sentence and a comma closes (من جهة أخرى، في السياق نفسه،
        بدورها،): up to three words, or five after a preposition, with no cue nor event in them; else 0
        (not «ورفض الجيش الكشف عن عدد القتلى، …»: a clause of its own)."""
        lead = self._lead(toks)
        for c in range(1, min(len(toks), 6)):
            if toks[c].text in ("،", ","):
                short = c <= 3 or self._preposition(toks[0].norm)
                plain = not any(lead <= k < c for k in self._at) and not any(k < c for k in self._trig_starts)
                return c + 1 if short and plain else lead
        return lead

    def _quoted_after(self, toks: list[Token], end: int, text: str) -> int | None:
        """The token after a short name in quote marks right after a speaker's noun that such a name follows
        (quoted_head: وكالة، صحيفة، حركة…), and the adjectives of origin after it (الموريتانية، البريطانية):
        «وكالة «الأخبار» الموريتانية»، «صحيفة “ميرور” البريطانية»; None otherwise."""
        if end >= len(toks) or toks[end].text not in OPEN_QUOTES or (
                quote_span(text, toks[end]) is not None and whole_quote(text, toks[end])):
            return None  # (a quotation that ends its clause is what is said)
        heads = self.words.grammar["quoted_head"]
        head = toks[end - 1].norm if end > 0 else ""
        if not (word_in(head, heads) or (strip_wa(head).startswith("ال") and strip_wa(head)[2:] in heads)):
            return None  # «أبلغت مصادر موثوقة «الشرق الأوسط»»: the one told, not a name of the speaker
        close = next((c for c in range(end + 2, min(len(toks), end + 6)) if toks[c].text == OPEN_QUOTES[toks[end].text]), None)
        if close is None or any(t.kind not in ("ar", "num", "latin") for t in toks[end + 1:close]):
            return None
        m = close + 1
        while m < len(toks) and toks[m].kind == "ar" and len(toks[m].norm) > 4 and toks[m].norm.startswith("ال") and \
                toks[m].norm.endswith(("ي", "يه")) and not is_function(toks[m], self.fw):  # (not «إلى»)
            m += 1
        return m

    def _preposition(self, norm: str) -> bool:
        """True for a preposition, with or without و/ف before it (في، وفي، فمن)."""
        return norm in self.fw.preposition or (norm[:1] in "وف" and norm[1:] in self.fw.preposition)

    def _is_title(self, tok: Token) -> bool:
        """True for a title word (مدير، الدكتور، وكيل، الوزير), with or without و/ف and ال: a title whose
        first letter is و (وكيل، وزير) is read as written too, not as و + كيل."""
        hit = self._titles.get(tok.norm)
        if hit is None:
            titles = self.words.grammar["title"]
            hit = self._titles[tok.norm] = any(w in titles or (w.startswith("ال") and w[2:] in titles)
                                               for w in {tok.norm, strip_wa(tok.norm)})
        return hit

    def _extended(self, toks: list[Token], g: Group, lead: int, text: str, starts: dict[int, Group]
                  ) -> tuple[Entity, int]:
        """(speaker, token after it) for the phrase g (from token `lead`), with the words of its name the
        lexicons lack after it: a name (وزير الخارجية السعودي عادل الجبير), a title's run, a quoted name."""
        ent, end = phrase_entity(g, text), g.end_tok
        if lead < g.start_tok:
            ent = Entity(text[toks[lead].start:ent.end], toks[lead].start, ent.end, ent.code, ent.sector,
                         ent.name, ent.role)
        cut = next((m for m in range(g.start_tok + 1, g.end_tok) if toks[m - 1].norm.startswith("ال") and (
                    strip_wa(toks[m].norm) in self.words.grammar["object_head"] or self._verbal_noun(toks, m, g))), None)
        if cut is not None and not g.conj:  # «ونفت الوزارة | صحة الأنباء» (read as «وزارة الصحة»)
            # «وأكد المصدر | استكمال الإجراءات اللازمة لنقل المتهمين»: the verb's object
            return Entity(text[ent.start:toks[cut - 1].end], ent.start, toks[cut - 1].end, ent.code, ent.sector,
                          ent.name, ent.role), cut
        named = unknown_name(toks, end, self.fw, self._name_stops, strict=True)  # وزير الخارجية السعودي عادل الجبير
        if named is not None:
            named = self._past_in(toks, lead, named)  # «رئيس قسم الجراحة | في مستشفى … الدكتور سامي العتيبي أن»
        if named is None or named <= end:
            named = self._title_run(toks, lead, g)  # «أكد المتحدث الرسمي لأمانة محافظة الطائف إسماعيل إبراهيم أن»
        if (named is None or named <= end) and lead < g.start_tok:
            named = self._title_run(toks, g.start_tok, g)  # «يوسف البنيان نائب رئيس مجلس إدارة «سابك» في حديثه»
        if named is not None and named > end and end < len(toks) and self._object_run(toks, end, named, starts):
            named = None  # «وكذّب المتحدث باسم الجيش الأنباء عن …»: the verb's object
        if named is None or named <= end:
            named = self._quoted_after(toks, end, text)  # «أكدت وكالة «الأخبار» الموريتانية الخاصة، أن»
        if named is not None and named > end and not any(k in self._trig_starts for k in range(end, named)) and \
                not any(self._new_clause_cue(toks, k) for k in range(end, named)):
            # (not over a reporting word that opens a clause: «… | تصريحات المالكي وقالت إنها …»)
            ent = Entity(text[ent.start:toks[named - 1].end], ent.start, toks[named - 1].end, ent.code,
                         ent.sector, ent.name, ent.role)
            end = named
        issuer = self._issuer(toks, end, starts)
        if issuer is not None:  # «بيان صادر عن وزارة الداخلية»: the statement and who issued it
            last = phrase_entity(issuer, text)
            ent = Entity(text[ent.start:last.end], ent.start, last.end, ent.code or last.code,
                         ent.sector or last.sector, ent.name or last.name, ent.role)
            end = issuer.end_tok
        return ent, end

    def _object_after(self, toks: list[Token], m: int) -> bool:
        """True for the verb's object at token m, right after a definite word that ends the speaker: a verbal noun
        (استكمال، انسحاب), a noun such as صحة، وجود (object_head) or of the subject's own act with its pronoun (own_act):
        «أوضح النادي | صحة مفاوضاته»، «أكد المشاركون | قلقهم»."""
        return toks[m - 1].norm.startswith(("ال", "وال")) and (
            strip_wa(toks[m].norm) in self.words.grammar["object_head"] or self._verbal_noun(toks, m)
            or self._own_act(toks, m))  # («أكد المشاركون | قلقهم من …»)

    def _verbal_noun(self, toks: list[Token], m: int, g: Group | None = None) -> bool:
        """True for a verbal noun of the derived forms with no ال at token m (استفعال، افتعال، انفعال: استكمال،
        اعتقال، انسحاب), no name nor part of a mention of the phrase g: after a definite word, the verb's object
        («وأكد المصدر | استكمال الإجراءات»), not the speaker's name."""
        w = strip_wa(toks[m].norm)
        if w.startswith("ال") or w in self._given or (g is not None and any(
                mm.tok_start <= m < mm.tok_end for mm in g.mentions)):
            return False
        return (w.startswith("است") and len(w) >= 7 and w[-2] == "ا") or (
            len(w) == 6 and w[4] == "ا" and (w[:2] == "ان" or (w[0] == "ا" and w[2] == "ت")))

    def _addressee(self, toks: list[Token], i: int, g: Group, end: int, starts: dict[int, Group]) -> int | None:
        """The token where the one told begins, inside the speaker read from the phrase g up to `end`, after a
        verb that takes the addressee as its object (أبلغ، حذر، نبه…); None when there is none or the verb
        is another. A second phrase after a complete one: «الوزير | الصحفيين»، «الجيش اللبناني | المواطنين»،
        «مسؤول أمريكي | وكالة رويترز»، «جون كيري | نظيره الروسي»."""
        if strip_wa(toks[i].norm) not in self.words.grammar["addressee"]:
            return None
        lo = g.start_tok
        for m in range(lo + 1, end):
            if strip_wa(toks[m].norm) in self.words.grammar["counterpart"]:
                return m  # «نظيره الروسي»: the counterpart, named by a pronoun
            if self._second_party(toks, m, g, starts) and self._complete(toks, m - 1, g):
                return m
        return None

    def _second_party(self, toks: list[Token], m: int, g: Group, starts: dict[int, Group]) -> bool:
        """True when a mention (or a phrase) that names no person begins at token m, with a definite noun or
        a name of the lexicons: «الصحفيين»، «المواطنين»، «وكالة رويترز»، «إيران» (not «جون كيري»، «اللبناني»)."""
        ms = [mm for mm in g.mentions if mm.tok_start == m]
        other = starts.get(m)
        if other is not None and not other.prep and other is not g:
            ms += [mm for mm in other.mentions if mm.tok_start == m]
        ms = [mm for mm in ms if mm.kind in ("actor", "agent")]
        if not ms or any(mm.get("type") in ("person", "demonym") for mm in ms):
            return False
        w = strip_wa(toks[m].norm)
        if self._is_title(toks[m]) or (w.startswith("ال") and w[2:] in self.words.grammar["title"]):
            return False  # «وزير الخارجية | الوزير…»: a title goes on the name
        if any(mm.kind == "actor" for mm in ms):
            return True
        plural = w.endswith(("ين", "ون", "ات"))
        # an agent alone: a definite noun, but not one read as an adjective of the speaker, a participle or a
        # word of origin in the singular («الضابط | المنشق»، «المسؤول»، «الصحفي»)
        return w.startswith("ال") and (plural or not (w.startswith("الم") or w.endswith(("ي", "يه"))))

    def _complete(self, toks: list[Token], m: int, g: Group) -> bool:
        """True when the speaker's phrase is complete at token m: a definite word (الوزير، اللبناني), a
        person's name or a nationality of the lexicons ends there (not «رئيس | الوزراء»، «باسم | الجيش»)."""
        t = toks[m]
        if t.kind != "ar" or is_function(t, self.fw):
            return False
        if strip_wa(t.norm).startswith("ال"):
            return True
        return any(mm.tok_end == m + 1 and mm.get("type") in ("person", "demonym") for mm in g.mentions)

    def _affiliation(self, toks: list[Token], q: int) -> int | None:
        """The closing mark of a quoted name at token q (after ل) that a title belongs to, a name of the
        speaker following it: «لـ«الجيش السوري الحر» أسامة أبو زيد»; None for an outlet told («لـ"الوطن" أمس»,
        a news outlet of the lexicons) or a quotation."""
        close = next((c for c in range(q + 2, min(len(toks), q + 7)) if toks[c].text == OPEN_QUOTES[toks[q].text]), None)
        if close is None or close + 1 >= len(toks) or any(t.kind not in ("ar", "num", "latin") for t in toks[q + 1:close]):
            return None
        nxt = toks[close + 1]
        w = strip_wa(nxt.norm)
        if nxt.kind != "ar" or is_function(nxt, self.fw) or w in self.fw.adverb or w in self._name_stops or \
                close + 1 in self._at or any(mm.get("sector") == "MED" and q < mm.tok_start < close
                                             for h in self._groups for mm in h.mentions):
            return None
        return close

    def _issuer(self, toks: list[Token], end: int, starts: dict[int, Group]) -> Group | None:
        """The phrase after «صادر عن» ending a speaker at token `end` (بيان صادر عن وزارة الداخلية), or None."""
        if 0 < end < len(toks) - 1 and strip_wa(toks[end].norm) == "عن" and \
                strip_wa(toks[end - 1].norm) in self.words.grammar["issued"]:
            g = starts.get(end + 1)
            if g is None and end + 2 < len(toks) and toks[end + 1].kind == "ar" and not is_function(toks[end + 1], self.fw):
                g = starts.get(end + 2)  # «عن مكتب | رئيس الوزراء التركي»: a head noun before the phrase
            return g if g is not None and g.prep in ("", "عن") else None
        return None

    def _lead(self, toks: list[Token]) -> int:
        """The token after «من جهته» (a phrase that goes on, and its comma) opening the sentence; else 0."""
        kind, n = self._at.get(0, ("", 0))
        if not kind.startswith("continue") or n < 2:
            return 0
        while n < len(toks) and toks[n].kind == "punct":
            n += 1
        return n

    def _verb_then_name(self, toks: list[Token], m: int, starts: dict[int, Group]) -> bool:
        """True for a word at m that opens no phrase, with no ال (a verb the cues lack: حث، أبدى، رفع، تراجعت), then
        a word that may open its subject (a name or a title the lexicons lack, not a function word)."""
        w = strip_wa(toks[m].norm)
        return m not in starts and not w.startswith("ال") and not is_function(toks[m], self.fw) and \
            w not in self._name_stops and w not in self.words.grammar["say_on"] and not self._cue_at(toks, m)[0] and not toks[m].text.endswith(("اً", "ًا")) and m + 1 < len(toks) and \
            toks[m + 1].kind == "ar" and not is_function(toks[m + 1], self.fw) and \
            strip_wa(toks[m + 1].norm) not in self._name_stops

    def _verb_subject(self, toks: list[Token], m: int, g: Group) -> bool:
        """True when the word at m, before the phrase g, is a verb and g its subject: a word no list holds,
        or one read as the preposition it is spelled like (عبّر X عن: «عبر» governs g)."""
        return g.start_tok == m + 1 and (not g.prep or g.prep == strip_wa(toks[m].norm)) and \
            (not is_function(toks[m], self.fw) or g.prep == strip_wa(toks[m].norm) != toks[m].text)

    @staticmethod
    def _object_country(toks: list[Token], k: int, g: Group) -> bool:
        """True when a phrase naming a country (إيران، واشنطن) follows a definite noun the lexicons lack at
        token k (المملكة، الحكومة): the speaker and the verb's object, not a name and its title."""
        first = g.mentions[0] if g.mentions else None
        return first is not None and first.kind == "actor" and first.get("type") in ("country", "capital") and \
            strip_wa(toks[k].norm).startswith("ال") and g.start_tok > k

    def _object_run(self, toks: list[Token], k: int, end: int, starts: dict[int, Group]) -> bool:
        """True when the words from token k to `end`, right after a speaker's phrase, are the verb's object
        rather than the rest of the speaker's name: definite nouns alone that are no title (الأنباء الكاذبة;
        not «العميد …», «السابق علي عبدالله صالح»), or a phrase of the lexicons that names no person
        (ضباط النظام; not «عادل الجبير»)."""
        w = strip_wa(toks[k].norm)
        if self._is_title(toks[k]) or (w.startswith("ال") and w[2:] in self.words.grammar["title"]):
            return False
        if w in self.words.grammar["demonstrative"] or w in self.words.grammar["object_head"]:
            return True  # «ووصف المهندس المخرج | هذه المناسبة بالذكرى …»، «ونفت الوزارة | صحة الأنباء»
        if end - k == 1 and w.endswith(("ها", "هم", "هما")) and len(w) > 4 and not self._is_title(toks[k - 1]):
            return True  # «وأعلنت جماعة ولاية سيناء | مسؤوليتها عن …»، «تنفي إيران | تدخلها»: a noun and its pronoun
        if k > 0 and toks[k - 1].kind == "ar" and not strip_wa(toks[k - 1].norm).startswith("ال"):
            return False  # «رئيس | النادي»، «وزارة | الداخلية»: the noun the one before is of
        if w.startswith("ال"):  # (not an adjective of origin: «المتحدث باسم الوزارة | السعودية»)
            return not w.endswith(("ي", "يه")) and all(strip_wa(t.norm).startswith("ال") for t in toks[k:end])
        g = starts.get(k)
        return g is not None and not g.prep and not any(m.get("type") == "person" for m in g.mentions)

    def _title_run(self, toks: list[Token], first: int, g: Group) -> int | None:
        """The token after a speaker that opens with a title and runs on past its noun phrase, over words the
        lexicons lack, up to what is said: «المتحدث الرسمي | لأمانة محافظة الطائف إسماعيل إبراهيم أن»،
        «قائد | عمليات الأنبار الفريق اللواء الركن قاسم المحمدي، مقتل»، «النائب | آلان لوينثال في بيان»;
        None when the phrase opens with no title, or the words stop at none of these."""
        if not self._is_title(toks[first]):
            return None
        m, events, quoted = g.end_tok, False, 0
        while m < min(len(toks), g.end_tok + 12 + quoted):
            t = toks[m]
            w = strip_wa(t.norm)
            if t.text in OPEN_QUOTES and quote_span(self._article.text, t) is None:
                close = next((c for c in range(m + 1, min(len(toks), m + 5)) if toks[c].text == OPEN_QUOTES[t.text]), None)
                if close is not None:  # «لمحاربة “داعش” النقيب جيف ديفيس»: a quoted name within the title
                    m = close + 1
                    continue
            if w == "ل" and m + 1 < len(toks) and toks[m + 1].text in OPEN_QUOTES:
                close = self._affiliation(toks, m + 1)
                if close is not None:  # «المستشار القانوني لـ«الجيش السوري الحر» أسامة أبو زيد»
                    quoted += close + 1 - m
                    m = close + 1
                    continue
            if w in self.words.grammar["title_adjective"] and self._is_title(toks[m - 1]):
                m += 1  # «الرئيس العام | للأرصاد»
                continue
            if w == "في" and self._title_goes_on(toks, m):
                m += 1  # «عضو اللجنة القانونية | في الائتلاف الوطني السوري مروان الرفاعي إن»
                continue
            definite_filler = w in self.fw.filler and w.startswith("ال")  # «التابعة لجهاز مكافحة الإرهاب»
            if t.kind != "ar" or (is_function(t, self.fw) and not definite_filler) or w in self._name_stops or \
                    w in self.fw.adverb or t.text.endswith(("اً", "ًا")) or m in self._at or \
                    any(mm.tok_start == m and mm.get("sector") == "MED" and mm.get("prefix") == "ل"
                        for h in self._groups for mm in h.mentions):
                break
            events = events or m in self._trig_starts
            m += 1
        if m == g.end_tok or m >= len(toks):
            return None
        t, w = toks[m], strip_wa(toks[m].norm)
        if t.text == ":" or t.text in OPEN_QUOTES or clause_word(w) or (w[:1] == "ف" and clause_word(w[1:])):
            return m  # what is said follows («للانتخابات» in a title is no event)
        if events:
            return None  # «أعلن الجيش مقتل 15 مسلحاً، …»: the event it tells, not the speaker's words
        if t.text in ("،", ","):
            return m
        if sum(t.kind == "ar" for t in toks[g.end_tok:m]) - quoted <= 4 and (
                w in self.fw.preposition or w in self.fw.day or w in self.fw.adverb):
            return m  # «النائب آلان لوينثال في بيان»: a short name, then where it was said
        if w in self.fw.preposition and m + 1 < len(toks) and clause_word(strip_wa(toks[m + 1].norm)):
            return m  # «وأشار نائب رئيس مجلس إدارة «سابك» إلى أن»
        if w in ("ل", "مع") and m + 1 < len(toks) and toks[m + 1].text in OPEN_QUOTES:
            return m  # «المتحدث الرسمي للمدينة منصور العتيبي لـ"الوطن"»: then the outlet told
        return None

    def _past_in(self, toks: list[Token], k: int, end: int) -> int:
        """The end of a speaker that opens with a title at token k and would end at «في» (token `end`): past the
        place or body and the name after it up to what is said, when the title's run goes on; else `end`."""
        if end < len(toks) and strip_wa(toks[end].norm) == "في" and self._is_title(toks[k]) and \
                self._title_goes_on(toks, end):
            named = self._titled(toks, k) or end
            while named > end and toks[named - 1].norm in ("ل", "لـ", "مع"):
                named -= 1  # «… خالد الزهراني | لـ«الوطن»»: the outlet told
            return named
        return end

    def _title_goes_on(self, toks: list[Token], m: int) -> bool:
        """True when a title's run goes on over «في» at token m: two to nine words the lexicons may lack (a
        place, a body, then the name), no occasion (في كلمته، في مؤتمر صحافي) nor pronoun, and then what is
        said (أن/إن, a colon, a quote mark) or the outlet told (لـ«الوطن»)."""
        first = strip_wa(toks[m + 1].norm) if m + 1 < len(toks) else ""
        if (first[2:] if first.startswith("ال") else first) in self.words.grammar["occasion"]:
            return False
        for k in range(m + 1, min(len(toks), m + 11)):
            t = toks[k]
            w = strip_wa(t.norm)
            if t.text == ":" or t.text in OPEN_QUOTES or clause_word(w) or (w in ("ل", "لـ") and k + 1 < len(toks)
                                                                          and toks[k + 1].text in OPEN_QUOTES):
                return k > m + 2
            if t.kind != "ar" or len(w) < 2 or is_function(t, self.fw) or k in self._at or w in self._name_stops or \
                    w in self.fw.adverb or w in self.words.grammar["speech_noun"] or t.text.endswith(("اً", "ًا")) or \
                    (not w.startswith("ال") and len(w) > 4 and t.text.endswith(("ه", "ها", "هم"))):
                return False
        return False

    def _told_outlet_word(self, toks: list[Token], text: str, lo: int, hi: int) -> tuple[Span, None] | None:
        """An outlet word after ل between offsets lo and hi, with the name that follows it («لوكالة الأنباء
        الألمانية»، «لوكالة "رويترز" للأنباء»، «لصحيفة الحياة»): not one a body belongs to («التابع لوكالة
        الفضاء»), and an agency (told_outlet_agency: وكالة) only of news (told_outlet_news) or with a quoted name."""
        news = self.words.grammar["told_outlet_news"]
        for k in range(bisect.bisect_left(toks, lo, key=_START), len(toks) - 1):
            t = toks[k]
            if t.end > hi:
                break
            if not self._outlet_word_at(toks, k):
                continue
            end, nxt = k + 1, toks[k + 1]
            if nxt.text in _OUTLET_OPEN:  # «لوكالة "رويترز" للأنباء»
                close = _OUTLET_OPEN[nxt.text]
                end = next((m + 1 for m in range(k + 3, min(len(toks), k + 7)) if toks[m].text == close), k + 1)
                if k + 1 < end < len(toks) and toks[end].norm in news:
                    end += 1
            else:
                while end < min(len(toks), k + 5) and toks[end].kind == "ar" and toks[end].end <= hi and \
                        toks[end].norm.startswith("ال"):
                    end += 1  # «لوكالة | الأنباء الألمانية»
            return Span(text[t.start:toks[end - 1].end], t.start, toks[end - 1].end), None
        return None

    def _outlet_word_at(self, toks: list[Token], k: int) -> bool:
        """True for an outlet word after ل at token k (told_outlet: «لوكالة الأنباء»، «لصحيفة»), not one a body
        belongs to («التابع لوكالة الفضاء»), and an agency (told_outlet_agency: وكالة) only of news
        (told_outlet_news: «لوكالة الأنباء»، «لوكالة "رويترز"»; not «لوكالة الطاقة الذرية»)."""
        t = toks[k]
        if t.kind != "ar" or t.norm[:1] != "ل" or t.norm[1:] not in self.words.grammar["told_outlet"] or \
                (k > 0 and toks[k - 1].norm in self.fw.owner):
            return False
        return t.norm[1:] not in self.words.grammar["told_outlet_agency"] or k + 1 < len(toks) and (
            toks[k + 1].norm in self.words.grammar["told_outlet_news"] or toks[k + 1].text in _OUTLET_OPEN)

    def _relaying_outlet(self, toks: list[Token], speaker: Entity, text: str) -> tuple[Span, str | None] | None:
        """The outlet that relays a speaker named after «عن» (or «إلى» after نسب): the subject of a verb of relaying
        before it, after the verb («ونقلت وكالة فارس للأنباء اليوم السبت عن لاريجاني قوله») or before it («لكن وكالة
        الإعلام الروسية نقلت عن متحدث باسم الكرملين نفيه»): a news outlet of the lexicons or a phrase opening
        with an outlet word (told_outlet: وكالة، صحيفة، قناة…); None otherwise."""
        s = bisect.bisect_left(toks, speaker.start, key=_START)
        if s < 3 or strip_wa(toks[s - 1].norm) not in ("عن", "الي"):
            return None
        outlet_word = self.words.grammar["told_outlet"]
        for v in range(s - 2, max(-1, s - 12), -1):
            t = toks[v]
            if t.kind == "punct" and t.text not in _QUOTE_MARKS:
                return None
            if t.kind != "ar" or not strip_wa(t.norm).startswith(("نقل", "نسب")):
                continue
            g = next((g for g in self._groups if g.start_tok == v + 1), None)
            if v + 1 < s - 1 and (_word_of(toks[v + 1].norm, outlet_word) or (g is not None and is_outlet(g))):
                end = v + 1  # after the verb: up to a day, a comma or the «عن»
                while end < s - 1 and (toks[end].kind != "punct" or toks[end].text in _QUOTE_MARKS) and \
                        strip_wa(toks[end].norm) not in self.fw.day:
                    end += 1
                first = v + 1
            else:
                first = next((m for m in range(v - 1, max(-1, v - 6), -1)
                              if _word_of(toks[m].norm, outlet_word)), None)
                if first is None or any(x.kind == "punct" and x.text not in _QUOTE_MARKS for x in toks[first:v]):
                    return None  # (before the verb: «وكالة الإعلام الروسية نقلت»)
                end, g = v, next((g for g in self._groups if g.start_tok == first), None)
            if end <= first:
                return None
            s0, e0 = toks[first].start, toks[end - 1].end
            return Span(text[s0:e0], s0, e0), (g.entity(text).name if g is not None and is_outlet(g) else None)
        return None

    def _before_outlet(self, ent: Entity, toks: list[Token], text: str) -> Entity:
        """The speaker without the outlet it spoke to: «حسن | لوكالة الصحافة الفرنسية»، «جون بلمار قائد الشرطة
        | للصحافيين» (a phrase after ل naming a news outlet, inside the speaker's words, is who was told)."""
        for h in self._groups:
            for k, m in enumerate(h.mentions):
                if m.tok_start > 0 and ent.start < toks[m.tok_start].start < ent.end and m.get("sector") == "MED" and (
                        m.get("prefix") == "ل" or (k == 0 and h.prep == "ل")):  # (told to it)
                    end = toks[m.tok_start - 1].end
                    return Entity(text[ent.start:end], ent.start, end, ent.code, ent.sector, ent.name, ent.role)
        # «المصدر | لوكالة الأنباء الألمانية»: an outlet the lexicons lack (told_outlet), at a token inside the speaker
        for m in range(max(1, bisect.bisect_right(toks, ent.start, key=_START)), len(toks)):
            if toks[m].start >= ent.end:
                break
            if self._outlet_word_at(toks, m):
                end = toks[m - 1].end
                return Entity(text[ent.start:end], ent.start, end, ent.code, ent.sector, ent.name, ent.role)
        return ent

    def _live(self, cue_words: set[str], words: list[str] | set[str]) -> list[str]:
        """The words of `cue_words` that may begin a cue in a sentence of `words` (its normalised words, a list or a
        set): a verb or a word that is a cue alone, or the first word of a phrase (في، من، على…) whose second word the
        sentence has."""
        live = []
        only_first = self._only_first
        glued = None  # does a word of the sentence begin with ل (a phrase's ل glued to its next word)? read once
        for w in cue_words:
            seconds = only_first.get(w)
            if seconds is None or not seconds.isdisjoint(words):
                live.append(w)
            elif "ل" in seconds:
                if glued is None:
                    glued = any(x[:1] == "ل" for x in words)
                if glued:
                    live.append(w)
        return live

    def _cues(self, toks: list[Token], norms: list[str], live: list[str]) -> dict[int, tuple[str, int]]:
        """{token: (class, tokens)} of the sentence's statement cues (and phrases to step over, "skip"):
        its words of `live` where a cue begins and holds (`norms`: the tokens' normalised forms)."""
        at: dict[int, tuple[str, int]] = {}
        only_first, last = self._only_first, len(toks) - 1
        for i in _positions(norms, live):
            t = toks[i]
            if t.kind != "ar":
                continue
            seconds = only_first.get(t.norm)
            if seconds is not None:  # a word that can only begin a phrase (في، من، على…): its second must follow
                nxt = toks[i + 1].norm if i < last else ""
                if nxt not in seconds and not (nxt[:1] == "ل" and "ل" in seconds):
                    continue
            hit = self._cue_at(toks, i)
            if hit[0] and (hit[0] == "skip" or (self._holds(toks, i, *hit) and not self._other_sense(toks, i))):
                at[i] = ("skip", 1) if self._pronoun_subject(toks, i, hit) else hit[:2]
        return at

    def _ali_in(self, start: int, end: int) -> bool:
        """True when «علي» (with ي) is written between offsets start and end of the article."""
        k = bisect.bisect_left(self._ali_at, start)
        return k < len(self._ali_at) and self._ali_at[k] < end

    def _writes_ya_for_alif(self, text: str) -> bool:
        """True when the article writes final ى as ي (إلي، حتي, so على as علي); read once per article."""
        if self._ya_for_alif is None:
            self._ya_for_alif = _YA_FOR_ALIF.search(text) is not None
        return self._ya_for_alif

    def _pronoun_subject(self, toks: list[Token], i: int, hit: tuple[str, int, str | tuple[str, ...]]) -> bool:
        """True for a reporting verb whose subject is the pronoun of a «أنه» before it, with no one named after
        it: «ولفت إلى أنه لا يستبعد تعرض …» goes on what the speaker says, no statement of its own."""
        k = i - 1
        if k < 1 or toks[k].norm not in self._negations:
            return False  # (not «إلا أنه قال»، «فإنه قال»: but he said, a statement of his own)
        if hit[0] not in SAYING or not isinstance(hit[2], str) or strip_wa(toks[i].norm) != toks[i].norm:
            return False
        k -= 1  # «أنه لا يستبعد»، «أنه لم يؤكد»
        return toks[k].kind == "ar" and toks[k].norm in _THAT_PRONOUN and i + 1 not in self._ent_starts and \
            not (k > 0 and toks[k - 1].norm in ("الا", "غير"))

    def _cue_at(self, toks: list[Token], i: int) -> tuple[str, int, str | tuple[str, ...]]:
        """(class, tokens, lexicon key) of a statement cue starting at token i, or ("", 0, "")."""
        tok = toks[i]
        if tok.kind != "ar" or not self._may_cue(tok.norm):
            return "", 0, ""
        word = strip_wa(tok.norm)
        if word not in self._firsts:  # no phrase begins here: the answer depends on the word alone
            hit = self._single.get(tok.norm)
            if hit is None:
                hit = self._single[tok.norm] = self._word_cue(word)
            if hit[0] and hit[2] != word and isinstance(hit[2], str) and tok.text.endswith("ة"):
                return "", 0, ""  # «خطوة حذرة»: written with ة, an adjective, not the verb with its pronoun (حذّره)
            return hit
        for n in (3, 2):
            words = [word] + [t.norm for t in toks[i + 1:i + n]]
            if len(words) < n:
                continue
            kind = self.words.phrases.get(tuple(words))
            if kind and kind != "refutes":
                return kind, n, tuple(words)
            # a phrase ending in the preposition ل, glued to the next word: وفقاً لوزارة
            if len(words) >= 2 and words[-1].startswith("ل") and len(words[-1]) > 2:
                key = (*words[:-1], "ل")
                kind = self.words.phrases.get(key)
                if kind and kind != "refutes":
                    return kind, n - 1, key
        return self._word_cue(word)

    def _word_cue(self, word: str) -> tuple[str, int, str | tuple[str, ...]]:
        """(class, 1, lexicon key) when `word` alone is a statement cue, else ("", 0, "")."""
        kind = self.words.phrases.get((word,))
        if kind and kind != "refutes":
            return kind, 1, (word,)
        for w in (word, word[1:] if word[:1] == "ل" and word[1:2] in ("ي", "ت") else None):
            if w and w in self.words.verbs:  # (ل before an imperfect, «ليؤكد»; before a perfect's letters a verbal
                return self.words.verbs[w], 1, w  # noun or a hypothetical: «لدحض الاتهامات»، «لوصف النجم»، «لقال»)
        for suffix in ("هما", "هم", "ها", "ه"):  # نفاه: the verb with an object pronoun
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                core = word[: -len(suffix)]
                for w in (core, core[:-1] + "ي" if core.endswith("ا") else None):
                    if w and w in self.words.verbs:
                        return self.words.verbs[w], 1, w
        return "", 0, ""

    def _holds(self, toks: list[Token], i: int, kind: str, n: int, key: str | tuple[str, ...]) -> bool:
        """True when the cue at tokens i..i+n-1 attributes a statement here: what it needs follows it
        (a clause, or a word such as عن), no negation cancels it (لم يكشف), and «من جانبه» opens its clause."""
        w = self.words
        if isinstance(key, str) and key in w.grammar["passive"] and self._passive(toks[i]):
            return False  # «رجل يُدعى محمد»: is called, not claims
        if self._in_short_quote(toks, i, n):
            return False  # «مسرحية «قال الراوي»»، «حملة «فليحذر»»: a name or word quoted, not a statement
        if isinstance(key, str) and key in w.grammar["reaches"] and not self._informs(toks, i):
            return False  # «تبلغ مساحتها 500 متر»، «يبلغ من العمر»: amounts to, reaches
        if i > 0:
            before = strip_wa(toks[i - 1].norm)
            if _short_word_in(toks[i - 1].norm, w.grammar["cancels"]) and not (isinstance(key, str) and key in w.still_says):
                return False  # (also «ولم يصرح»، «فلن يعلن»: و/ف on a short word)
            if i > 1 and before in self.fw.complementizer and word_in(toks[i - 2].norm, w.grammar["expects"]):
                return False  # «وينتظر أن تعلن الحكومة»، «ومن المقرر أن يعلن»: what is to come, not said
            if i > 1 and before in self.fw.complementizer and any(
                    word_in(t.norm, w.grammar["refuses"]) for t in toks[max(0, i - 5):i - 1]):
                return False  # «ورفضت الوزارة أن تعلن أسماء المتهمين»: what was refused, not said
            if kind in ("continue", "continue_deny") and n == 1 and self._adjective(toks, i):
                return False  # «20 إصابة مؤكدة»: an adjective, not the participle of a statement
            if kind in ("continue", "continue_deny") and n == 1 and (toks[i - 1].kind == "num" or (
                    i > 1 and toks[i - 2].kind == "num" and strip_wa(toks[i].norm) != toks[i].norm)) and not (
                    i + 1 < len(toks) and (clause_word(strip_wa(toks[i + 1].norm)) or
                                           toks[i + 1].norm in self.words.grammar["object_preposition"])):
                return False  # «بإخلاء سبيل 11 متهما ومتهمة»: nouns counted (not «… 3460م2 لافتاً إلى أن»)
            if kind in ("continue", "continue_deny") and n == 1 and isinstance(key, tuple) and \
                    not key[0].endswith("ا") and self._preposition(toks[i - 1].norm):
                return False  # «على لافتة»، «في مقدمة»: a noun after a preposition, not a participle
            if kind.startswith("continue") and n > 1 and i > 1 and (
                    toks[i - 1].kind != "punct" or toks[i - 1].text in OPEN_QUOTES.values() or toks[i - 1].text == ")"):
                return False  # «بأي حركة من جانبه»، «قرار «فيتو» من جانبه»: not the phrase that opens a clause
            if kind != "deny" and before in ("ما", "مما"):
                return False  # «نفى … ما أعلنه المتمردون»: what another verb is about, not a statement of its own
            if before in w.grammar["relative"] and i + n < len(toks) and \
                    strip_wa(toks[i + n].norm) in w.grammar["resumptive_object"] and i + n + 1 not in self._ent_starts:
                return False  # «الاتفاق الذي أعلن عنه»: the verb describes a noun (but «الوقت الذي نفى فيه البنتاغون»)
        if isinstance(key, str) and i > 0 and toks[i].norm == strip_wa(toks[i].norm) and \
                self._preposition(toks[i - 1].norm) and strip_wa(toks[i - 1].norm) not in ("من", "علي"):
            return False  # «في كشفها وإحباطها»: after a preposition, a verbal noun (not من "who", nor the name علي)
        if isinstance(key, str) and key[:1] == "ا" and toks[i].text.lstrip("وف")[:1] == "إ":
            return False  # «إفادتها»، «إشارة»: a verbal noun (إفعال), not the verb (أفعل) its letters normalise to
        if isinstance(key, str) and n == 1 and self._other_object(toks, i, key):
            return False  # «يشدد العقوبة»، «يتحدثون الألمانية»: tightens, speaks a language; «هذا كذب»: a lie
        if isinstance(key, str) and key in w.grammar["expresses"] and not self._expresses(toks, i, key):
            return False  # «عبر الحدود»: the preposition (via); «أعرب عن تعازيه»: a feeling, nothing said
        need = w.needs.get(key)
        if not need:
            return True
        if "initial" in need:  # «وبيّن الوزير أن»، «، بيّن الضابط:» — not the preposition «الحوار بين الطرفين»
            if not (i == 0 or toks[i - 1].kind == "punct" or strip_wa(toks[i].norm) != toks[i].norm):
                return False
            if toks[i].norm[:1] == "و" and "\u0651" not in toks[i].text and any(strip_wa(t.norm) in _BETWEEN for t in toks[max(0, i - 12):i]):
                return False  # «بينه وبين ناديه»، «بين طبيعة المظاهرات … وبين الإجراءات»: between one and the other
                # (not «وبيّن»: written with its shadda, the verb)
            need = need - {"initial"}
        if "subject" in need:  # «وتعتبر تقارير صحافية …»: who considers is named after the verb
            if i + n in self._agent_starts or i + n + 1 in self._agent_starts:  # (its first or second word)
                return True
            need = need - {"subject"}
        clause = "clause" in need
        if clause and i > 1 and toks[i - 1].norm in w.grammar["as_said"]:
            return True  # «…، كما ذكرت مصادر رسمية»: what is said is the clause before
        for t in toks[i + n:i + n + 16]:
            word = strip_wa(t.norm)
            if word in need:  # «تحدث عن»، «وتحدث معاليه عن»
                return True
            if clause and (t.text in (":", '"') or t.text in OPEN_QUOTES or word in CLAUSE_WORDS):
                return True
        return False

    def _other_object(self, toks: list[Token], i: int, key: str) -> bool:
        """True when the verb at token i has an object right after it that gives it another sense (statement_cues
        other_object: «يشدد العقوبة»، «يتحدثون الألمانية»), or the word is the noun (noun_near: «هذا كذب»، «كذب
        وافتراء»)."""
        after = strip_wa(toks[i + 1].norm) if i + 1 < len(toks) else ""
        if after in self.words.objects.get(key, ()):
            return True
        near = self.words.noun_near.get(toks[i].norm)
        return near is not None and (after in near or toks[i + 1 if i + 1 < len(toks) else i].norm in near or (
            i > 0 and strip_wa(toks[i - 1].norm) in near))

    def _expresses(self, toks: list[Token], i: int, key: str) -> bool:
        """True when a verb of expressing (أعرب، عبّر) at token i says something: «عن» follows (after its
        subject) and a clause or a quotation right after it («عن أمله في أن …»). A form spelled like a
        preposition (عبر: via) must open its clause (after و/ف, a comma, «من جهته»، «بدوره») with its subject
        between it and «عن» («وعبر الوزير عن»), or follow «من جهته»، «بدوره» («من جهته عبّر عن …»)."""
        t = toks[i]
        spelled = key in self.words.grammar["prep_verb"] and strip_wa(t.norm) in self.fw.preposition
        side = i > 0 and strip_wa(toks[i - 1].norm) in self.words.grammar["on_side"]
        if spelled and not (i == 0 or side or t.norm != strip_wa(t.norm) or toks[i - 1].kind == "punct"):
            return False
        side = side or (i > 1 and toks[i - 1].text in ("،", ",") and
                        strip_wa(toks[i - 2].norm) in self.words.grammar["on_side"])
        for m in range(i + 1, min(len(toks), i + 9)):
            if toks[m].norm == "عن":
                return (m > i + 1 or side or not spelled) and self._says_near(toks, m)
            if toks[m].kind != "ar" or is_function(toks[m], self.fw):
                return False
        return False

    def _says_near(self, toks: list[Token], m: int) -> bool:
        """True when a clause (أن/إن) or a quotation opens within four words after «عن» at token m, before any
        reporting word: «عن أمله في أن …»، «عن أمله في «…»» say something; «عن عزائه ومواساته» expresses, and
        «عن سعادته بقوله: …» says it with the next cue."""
        for k in range(m + 1, min(len(toks), m + 5)):
            t = toks[k]
            if t.text in OPEN_QUOTES or clause_word(strip_wa(t.norm)):
                return True
            if t.norm in self._cue_words and self._cue_at(toks, k)[0]:
                return False
        return False

    @staticmethod
    def _passive(tok: Token) -> bool:
        """True for an imperfect written with a final ى (يُدعى، وتدعى): the passive, not يدّعي."""
        raw = _MARKS.sub("", tok.text)
        core = raw[1:] if strip_wa(tok.norm) != tok.norm else raw
        return core.endswith("ى") and core[:1] in ("ي", "ت")

    @staticmethod
    def _in_short_quote(toks: list[Token], i: int, n: int) -> bool:
        """True when the cue at tokens i..i+n-1 opens a quotation that closes within three more words (a title
        or a word quoted: «قال الراوي»، «فليحذر»), one no colon nor reporting word leads into."""
        if i == 0 or toks[i - 1].text not in OPEN_QUOTES or toks[i - 1].end != toks[i].start or (
                i > 1 and toks[i - 2].text == ":"):
            return False  # (an opening mark is glued to the word after it; «جميل" وقال:» closes a name before)
        close = OPEN_QUOTES[toks[i - 1].text]
        return any(toks[m].text == close and toks[m - 1].end == toks[m].start
                   for m in range(i + n, min(len(toks), i + n + 4)))

    @staticmethod
    def _informs(toks: list[Token], i: int) -> bool:
        """True when a form written alike for بلغ (reach) and أبلغ (inform) at token i informs: no ل before it
        (لتبلغ: to reach), and أن/إن within its next four words, none of them a number."""
        w = strip_wa(toks[i].norm)
        if w[:1] not in ("ي", "ت", "ل"):
            return True  # «أبلغ»، «أبلغها»: the perfect of أبلغ (بلغ is «بلغ»)
        if w[:1] == "ل":
            return False
        for t in toks[i + 1:i + 5]:
            if t.kind == "num":
                return False
            if clause_word(strip_wa(t.norm)) or t.text == ":":
                return True
        return False

    def _adjective(self, toks: list[Token], i: int) -> bool:
        """True when a participle in the feminine or plural (مؤكدة) follows, with no comma, an indefinite
        feminine or plural noun (إصابة، حالات) or a pronoun (هي): an adjective agreeing with it («20 إصابة
        مؤكدة»), or what is said of it («وهي معلنة»)."""
        w = toks[i].norm
        if i == 0 or w[:1] != "م" or w.endswith("ا"):
            return False  # (not a verb: «لكنه أضاف»; nor «مؤكداً»: the participle of a statement)
        prev = toks[i - 1]
        if _short_word_in(prev.norm, _PRONOUNS):  # (as written or after و/ف: وهي)
            return True  # «وهي معلنة عبر موقع الجامعة»: what is said of it
        return prev.kind == "ar" and not strip_wa(prev.norm).startswith("ال") and prev.norm.endswith(("ات", "ه")) \
            and not is_function(prev, self.fw) and prev.norm not in self._cue_words

    def _opens_negated(self, text: str, start: int) -> bool:
        """True when what is said from `start` opens with a negation (لم نستلم الطلب، عدم تلقي طلب), not one
        an exception turns into an assertion («لن تزيد الأزمة إلا تعقيداً»: only worsen it)."""
        if self._negated.match(text, start, start + 40) is None or not opens_negated(text, start, self.neg):
            return False
        words = WORD.findall(normalize(text[start:start + 80]))[1:8]
        return self.words.grammar["exceptive"].isdisjoint(words)

    def _shows(self, speaker: Entity) -> bool:
        """True when a speaker's phrase is a thing that shows rather than one who speaks (الأرقام، هذه
        التوقعات، تقديراتها: not_speaker), so its verb (تشير، يؤكد) attributes no statement."""
        words = [strip_wa(w) for w in WORD.findall(normalize(speaker.text))]
        if words and words[0] in self.words.grammar["demonstrative"]:
            words = words[1:]
        if not words:
            return False
        w = words[0][2:] if words[0].startswith("ال") else words[0]
        shows = self.words.grammar["not_speaker"]
        return w in shows or any(w.endswith(p) and w[:-len(p)] in shows for p in ("نا", "ها", "هم"))

    def _refutes(self, text: str, start: int, end: int) -> bool:
        """True when what is said refutes a claim (لا صحة لها، أخبار مغلوطة، لم نتلق، «عارية من الصحة»),
        within its first thirty words and its first clause."""
        said = text[start:min(end, start + 320)]
        if self._refute_finder.search(said) is None:
            return False  # most: no refuting phrase, found without normalising the words
        said = said[:m.start()] if (m := _NEW_CLAUSE.search(said)) is not None else said
        # (only before a comma and a word in و/ف, a new clause: «الأهالي باغتوا المتمردين بالهجوم، وتوعدوهم …، في
        # معارك لا علاقة لهم بها» refutes nothing said first)
        if self._refute_finder.search(said) is None:
            return False  # most: no refuting phrase, found without normalising the words
        raw = WORD.findall(normalize(said))[:30]
        if self._refute_words.isdisjoint(raw):
            return False  # no word of any refuting phrase, with or without و/ف (checked below)
        at = self._refuting_at
        # (و/ف before a short word strip_wa keeps whole: «باطلة ولا أساس لها»)
        words = [w[1:] if w[:1] in "وف" and w not in at and w[1:] in at else strip_wa(w) for w in raw]
        for k, w in enumerate(words):
            for phrase in at.get(w, ()):
                if tuple(words[k:k + len(phrase)]) == phrase:
                    return True
        return False

    def _may_cue(self, norm: str) -> bool:
        """Can this (normalised) word begin a statement cue at all?"""
        return norm in self._cue_words

    def _cue_forms(self) -> frozenset[str]:
        """The words that may begin a cue, as written: a verb or a phrase's first word, with و/ف before it,
        ل before it, or an object pronoun after it (نفاه، نفته)."""
        bases = set(self._firsts) | set(self.words.verbs)
        letters = [chr(c) for c in range(0x621, 0x64B)]
        words: set[str] = set()
        for b in bases:
            words.update((b, "ل" + b))
            for suffix in ("هما", "هم", "ها", "ه"):
                words.add(b + suffix)
                if b.endswith("ي"):  # نفى → نفاه: the core's last letter is written otherwise before the pronoun
                    words.update(b[:-1] + c + suffix for c in letters)
        words.discard("")
        forms = {w for w in words if strip_wa(w) == w}
        forms.update(p + w for w in words for p in ("و", "ف") if len(p + w) > 3)
        return frozenset(forms)

    def _speaker(self, toks: list[Token], i: int, j: int, starts: dict[int, Group], ends: dict[int, Group],
                 text: str, last: Statement | None, kind: str, found: list[Statement]
                 ) -> tuple[Entity | None, bool, int]:
        """(speaker, carried over?, token where what is said may begin) for a reporting verb at i..j."""
        prev = outer(found, last)
        if j < len(toks) and toks[j].text in OPEN_QUOTES and quote_span(text, toks[j]) is not None and whole_quote(text, toks[j]):
            # «وأضاف “…”»: the quotation follows the verb at once, so the speaker is the one before
            if prev is not None and prev.speaker is not None:
                return prev.speaker, True, j
            return None, False, j
        if j < len(toks) and toks[j].norm in self.words.grammar["resumptive_object"] and not found \
                and j + 1 not in starts:
            # «أصدرت الوزارة بياناً أوضحت فيه …»: the verb tells what the statement says; the sentence's subject
            # (but «… الذي تحدث عنه المحافظ»: the subject follows)
            subject = self._opening_subject(toks, i, text)
            if subject is not None:
                return subject, False, j
        if self._own_act(toks, j):
            # «أعلن ترشحه»، «أعلنت مسؤوليتها عن»: the verb's object, with the pronoun of its subject named before
            speaker, continued = self._subject_before(toks, i, ends, text, prev)
            return speaker, continued, j
        if self._said_in_it(toks, j):
            # «كلمة تحدث فيها عن …»، «بتغريدة قال فيها:»: the pronoun tells where it was said and no one is named
            # after it: a known party the sentence opens with says it, else the text names no speaker here
            subject = self._opening_subject(toks, i, text) if not found else None
            return (subject, False, j + 1) if subject is not None and (subject.code or subject.sector) else (None, False, j + 1)
        k = j = past_outlet(toks, j)  # «من جهته، قال لـ"الاقتصادية" مصدر جمركي، إن»: the outlet told, then who
        if strip_wa(toks[i].norm) in self.words.grammar["addressee"]:
            k = j = self._past_told_outlet(toks, j)  # «وأبلغت «عكاظ» مصادر مطلعة أن»: the outlet told, then who
        if j < len(toks) and self._told_one(toks, j):
            k = j = j + 1  # «وأوضح لضيفه أن»، «وقال لصديقته إن»: the one told, not the speaker
        while k < min(len(toks), j + _SPEAKER_GAP) and k not in starts and (skippable(
                toks[k], self.fw, self.words.grammar["not_name"]) or (k == j and self._object_then_name(toks, k))):
            k += 1
        g = starts.get(k)
        lead = k
        if k in self._trig_starts and j == i + 1 and not kind.startswith("continue") and \
                bare_verb(toks, i, self.fw, self.words.grammar["lead_in"]) and not self._clause_near(toks, k):
            # «ونفى مقتل أي مدنيين»: the phrase after the verb is the event it is about, not who speaks
            # (but «وأوضحت المناقشات أن»: an event noun with what it says after it)
            return (prev.speaker, True, j) if prev is not None and prev.speaker is not None else (None, False, j)
        before = None
        if j == i + 1 and i > 0 and strip_wa(toks[i].norm) == toks[i].norm:  # (no و/ف before the verb)
            before = ends.get(i) or (ends.get(i - 1) if toks[i - 1].kind == "ar" and not is_function(
                toks[i - 1], self.fw) and i - 1 not in self._at else None)  # «وزير تركي | يتهم»
        if before is not None and not before.prep and (
                before.start_tok == 0 or strip_wa(toks[before.start_tok - 1].norm) in self._subject_openers) and (
                (k in self._trig_starts and not self._clause_near(toks, k)) or (
                    g is not None and not g.prep and k == j and (before.start_tok == 0 or (
                        strip_wa(toks[i].norm) in self.words.grammar["addressee"]
                        and strip_wa(toks[before.start_tok - 1].norm) in self.words.grammar["that"])))):
            # «لكن الجيش التركي أعلن مقتل جنديين»: the subject before the verb, the event after it;
            # «وزير تركي يتهم حزب العمال بـ…»: a sentence that opens with its subject, the verb's object after it;
            # «أن أجهزة الأمن حذرت الحكومة من …»: after أن the subject, then a verb of telling and the one told
            e = phrase_entity(before, text)
            return Entity(text[e.start:toks[i - 1].end], e.start, toks[i - 1].end, e.code, e.sector, e.name, e.role), False, j
        if g is None:  # «قال أحمد فوزي المتحدث باسم الأمم المتحدة»: a name the lexicons lack, then its title
            m = k
            while m < min(len(toks), k + 5) and toks[m].kind == "ar" and m not in starts and not is_function(
                    toks[m], self.fw) and strip_wa(toks[m].norm) not in self._name_stops and not (
                    m > k and self._object_after(toks, m)):  # («وأكد المصدر | استكمال الإجراءات …»)
                m += 1
            if m > k + 1 and m in starts and starts[m].prep == "ب" and self._is_title(toks[m - 1]):
                # «أكد عادل الشجاع القيادي | بحزب المؤتمر الشعبي العام»: a name the lexicons lack, its title, and
                # the body it holds it in (ب), the body's code its own
                e, end = phrase_entity(starts[m], text), starts[m].end_tok
                s0, e0 = toks[k].start, toks[end - 1].end
                return Entity(text[s0:e0], s0, e0, e.code, e.sector, e.name, e.role), False, end
            if m > k and m in starts and not starts[m].prep:
                if self._object_country(toks, k, starts[m]):
                    # «وتتهم المملكة إيران بـ…»: a definite noun the lexicons lack, then the country accused
                    return Entity(text[toks[k].start:toks[m - 1].end], toks[k].start, toks[m - 1].end), False, m
                g = starts[m]
            if g is None and j < len(toks) and toks[j].text in OPEN_QUOTES:
                quoted = self._quoted_name(toks, j, text)
                if quoted is not None:  # «وأعلنت "الفرقة 30 مشاة" التابعة للجيش الحر أن …»: a name in quotes
                    return quoted
        if g is not None and toks[i].norm in self._describes and not g.prep and \
                self._described(toks, g, starts) and bare_verb(toks, i, self.fw, self.words.grammar["lead_in"]):
            # «ووصفت علاقة الخرطوم بالجزائر بأنها ممتازة»: what is described, not who describes it (the speaker before)
            return (prev.speaker, True, j) if prev is not None and prev.speaker is not None else (None, False, j)
        if g is not None and not g.prep:
            cut = self._accused(toks, i, g)
            if cut is not None:  # «وتتهم المعارضة | إردوغان بإعاقة …»
                e = phrase_entity(g, text)
                s0, e0 = toks[lead].start, toks[cut - 1].end
                return Entity(text[s0:e0], s0, e0, e.code, e.sector, e.name, e.role), False, cut
            ent, end = self._extended(toks, g, lead, text, starts)
            cut = self._addressee(toks, i, g, end, starts)
            if cut is not None:  # «وأبلغ الوزير | الصحفيين أن»: the one told, not the one who speaks (what is
                # said begins after it: «وحذر الجيش المواطنين | من الاقتراب»)
                ent = Entity(text[ent.start:toks[cut - 1].end], ent.start, toks[cut - 1].end, ent.code, ent.sector,
                             ent.name, ent.role)
                if strip_wa(toks[i].norm) in self.words.grammar["warns"] and \
                        not any(strip_wa(t.norm) in self.fw.day for t in toks[cut:end]):
                    end = cut  # «وحذرت الوزارة | المواطنين من الاقتراب»: the warning names the one warned
                    # (not a time: «وحذرت منظمات الإغاثة الشهر الماضي من …»)
            return self._before_outlet(ent, toks, text), False, end
        # a subject named before the verb (SVO: «الوزير أكد أن»), unless و/ف opens a new clause at the verb
        g = (ends.get(i) or ends.get(i - 1)) if toks[i].norm[:1] not in "وف" or strip_wa(toks[i].norm) == toks[i].norm else None
        if g is not None and not g.prep and g.end_tok <= i and not (
                g.start_tok > 0 and self._preposition(toks[g.start_tok - 1].norm)) and not (
                g.end_tok < i and toks[i - 1].text in ("،", ",") and g.start_tok > 0
                and strip_wa(toks[g.start_tok - 1].norm) not in self._subject_openers):
            # (not «وفي جنوب لبنان، قالت …»: a phrase after a preposition says where, not who; nor «في أغرب
            # مرسوم يوقعه مسؤول، حذر عمدة …»: a phrase before a comma that does not open the sentence)
            return phrase_entity(g, text), False, j
        if g is not None and g.prep == "conj" and g.end_tok == i:
            # «… في سوريا والبنتاغون ينفي»: a conjunct right before the verb opens a new clause, its subject
            return g.entity(text), False, j
        for before in range(i, i - 6 if strip_wa(toks[i].norm) == toks[i].norm else i, -1):
            # «وكانت النائبة …، تمار زندبيرج، صرحت»: the nearest phrase before (not before «وقال»: with و the verb
            # opens a clause of its own, «… أن الفقر مرتبط بتراجع نمو المخ، وقال:»)
            g = ends.get(before)
            if g is None or g.prep:
                continue
            between = toks[g.end_tok:i]
            lead_ok = g.start_tok == 0 or strip_wa(toks[g.start_tok - 1].norm) in self._subject_openers
            if lead_ok and all(t.text in ("،", ",") or (t.kind == "ar" and not is_function(t, self.fw)) for t in between):
                e = phrase_entity(g, text)
                last_name = max((t for t in between if t.kind == "ar"), key=lambda t: t.end, default=None)
                end = last_name.end if last_name else e.end
                return Entity(text[e.start:end], e.start, end, e.code, e.sector, e.name, e.role), False, j
            break
        subject = self._copula_subject(toks, i, text) or self._sentence_subject(toks, i, text)
        if subject is not None:
            return subject, False, j
        first = k
        if _abbreviated(toks, k):
            k += 2  # «قال د. خالد الزعاق عضو الاتحاد …»، «وشدد د.بن ربيق على …»: a title cut short, then the name
        stops = self._name_stops  # «ووصف المهندس المخرج | هذه المناسبة»: a titled name ends at a demonstrative
        if k < len(toks) and self._is_title(toks[k]):
            stops = stops | self.words.grammar["demonstrative"]
        named = unknown_name(toks, k, self.fw, stops) if not (k in starts and starts[k].prep == "ل") else None
        if named is not None:
            named = _construct_end(toks, k, named, self.words.grammar["title"])  # «وأعلن نادي النصر | التعاقد مع …»
            named = self._past_in(toks, k, named)  # «عضو اللجنة القانونية | في الائتلاف … مروان الرفاعي إن»
            named = next((m for m in range(k + 1, named) if self._new_clause_cue(toks, m) or self._object_after(toks, m)),
                         named)
            # (not over a reporting word that opens a clause: «استنكرت الأمانة العامة … تصريحات المالكي | وقالت إنها»)
        if named is None and k + 1 < len(toks) and toks[k].kind == "ar" and not is_function(toks[k], self.fw) and \
                strip_wa(toks[k].norm) not in self._name_stops and self._object_after(toks, k + 1):
            named = k + 1  # «وأكد المصدر | استكمال الإجراءات اللازمة …»: one definite word, then the verb's object
        if named is None:
            named = self._titled(toks, first)
        if named is None:
            named = self._name_then_title(toks, k)
        if named is not None:
            named = self._quoted_after(toks, named, text) or named  # «أكدت وكالة «الأخبار» الموريتانية»
            issuer = self._issuer(toks, named, starts)
            named = issuer.end_tok if issuer is not None else named  # «وقال بيان صادر عن وزارة الداخلية»
            s0, e0 = toks[first].start, toks[named - 1].end
            return self._before_outlet(Entity(text[s0:e0], s0, e0), toks, text), False, named
        prev = outer(found, last)
        earlier = self._already(toks, i, j, text, prev) if i >= 3 else None
        if earlier is not None:
            return earlier
        if not found and i > 0 and bare_verb(toks, i, self.fw, self.words.grammar["lead_in"]):
            # «ورفض الجيش الكشف …، إلا أنه قال»، «أما الوزير فقال»: the sentence's subject
            subject = self._opening_subject(toks, i, text)
            if subject is not None:
                return subject, False, j
        if prev is None and i == 0 and self._index > 0:
            # «أوصى إمام المسجد الحرام الشيخ … المسلمين بتقوى الله. وقال في خطبته إن …»: the first statement,
            # with no subject, goes on the subject of the sentence before
            subject = self._previous_subject(text)
            if subject is not None:
                return subject, True, j
        if i > 0 and strip_wa(toks[i - 1].norm) in self.fw.pronoun_that:
            # «ورغم أن إردوغان لم يشر إلى …، فإنه قال»: the subject of the earlier أن-clause
            subject = subject_after_anna(toks, i, starts, text, self.fw, self.words.grammar["that"])
            if subject is not None:
                return subject, True, j
        if prev is not None and prev.speaker is not None and (
                kind.startswith("continue") or bare_verb(toks, i, self.fw, self.words.grammar["lead_in"])
                or self._topic_then_said(toks, i, j)):
            return prev.speaker, True, j
        return None, False, j

    def _said_before(self, toks: list[Token], k: int, found: list[Statement], index: int) -> tuple[int, int]:
        """(start, end) of the clause before «كما»/«لما» at token k that a cue after it tells: from the start of
        the sentence (or of what the sentence's statement before says) to the word before k."""
        e = k - 1
        while e >= 0 and (toks[e].kind == "punct" or toks[e].norm in self._according_firsts):
            e -= 1  # «…، وفقا لما»: the words that lead in
        if e < 0:
            return toks[k].start, toks[k].start  # (what it tells is in the sentence before: nothing here)
        before = next((st for st in reversed(found) if st.sentence == index and not st.embedded), None)
        start = before.content_start if before is not None and before.content_start < toks[e].end else toks[0].start
        return start, toks[e].end

    def _antecedent(self, toks: list[Token], r: int, ends: dict[int, Group], text: str) -> Entity | None:
        """The person or body named right before the relative at token r (a person also with a comma between), who
        is the subject of the verb after it: «المصدر الذي قال إن …»، «عن الرئيس روحاني الذي أشار إلى …»; None when
        the phrase there names no one (الوثيقة التي تشير)."""
        comma = r > 1 and toks[r - 1].text in ("،", ",")
        g = ends.get(r - 1 if comma else r)
        if g is None or not any(mm.get("type") == "person" or (mm.kind == "agent" and not comma) for mm in g.mentions):
            return None  # (after a comma, a person: «…، مرشحة الحزب لانتخابات الرئاسة، والتي قالت» is not the presidency)
        ent = phrase_entity(g, text)
        return None if self._shows(ent) else ent

    def _named_antecedent(self, toks: list[Token], r: int, text: str) -> Entity | None:
        """A personal name the lexicons lack right before the relative at token r (one to three words with no ال),
        or before a title set between commas: «المدرب الهولندي لويس فان غال | الذي أكد»، «سوزان رايس، مستشارة
        الرئيس أوباما، | التي قالت»; None when no such name stands there."""
        e = r - 1
        if e > 0 and toks[e].text in ("،", ","):  # a title between commas: the name is before its first comma
            m = e - 1
            while m > 0 and toks[m].kind == "ar" and m > e - 9:
                m -= 1
            if toks[m].text not in ("،", ",") or not self._is_title(toks[m + 1]):
                return None
            e = m - 1
        k = e
        while k >= 0 and e - k < 3 and self._name_word(toks, k) and not toks[k].norm.startswith(("ال", "ل", "ب")) and \
                k not in self._trig_starts and not toks[k].norm.endswith("ا") and \
                toks[k].norm not in self.words.grammar["demonstrative"] and toks[k].norm not in _PRONOUNS:
            k -= 1
        if k == e or (k >= 0 and (self._preposition(toks[k].norm) or toks[k].norm in self.words.grammar["demonstrative"]
                                  or toks[k].norm in _PRONOUNS)):
            return None  # (not «في عهد ريغان التي»: a preposition's object; nor «هو نفسه الذي»)
        s0, e0 = toks[k + 1].start, toks[e].end
        return Entity(text[s0:e0], s0, e0)

    def _new_clause_cue(self, toks: list[Token], k: int) -> bool:
        """True for a reporting verb with و/ف at token k («وقالت»): it opens a clause of its own, so no speaker's
        name runs over it (not «قائلاً»، «بقوله»، «تحدثوا»: one cue with the verb before, or a relative)."""
        return self._at.get(k, ("",))[0] in SAYING and strip_wa(toks[k].norm) != toks[k].norm

    def _object_then_name(self, toks: list[Token], k: int) -> bool:
        """True for the verb's object as a pronoun after a preposition, or «ذلك», at token k, with a word that
        may name the speaker after it: «أشار إليها | الطرفان»، «قال عنها | رئيس الوزراء»، «أعلن ذلك | الوزير»."""
        return toks[k].kind == "ar" and toks[k].norm in self.words.grammar["verb_object"] and k + 1 < len(toks) and \
            toks[k + 1].kind == "ar" and not is_function(toks[k + 1], self.fw) and \
            toks[k + 1].norm not in self.words.grammar["blessing"]  # (not «قال عليه السلام»)

    def _topic_then_said(self, toks: list[Token], i: int, j: int) -> bool:
        """True for a verb after a phrase that opens the sentence with a preposition (the topic), with what is
        said right after it and no one named: «وعن المشاركة الأمنية في الانتخابات أكد أنه …»، «وحول ذلك قال:»."""
        if not (1 < i <= 12 and self._preposition(toks[0].norm) and j < len(toks) and (
                toks[j].text == ":" or clause_word(strip_wa(toks[j].norm)))):
            return False
        before, verb = strip_wa(toks[i - 1].norm), strip_wa(toks[i].norm)
        # (not «ومن الرسائل … رسالة تقول إن»: an indefinite noun right before an imperfect is its subject)
        return not (toks[i - 1].kind == "ar" and not before.startswith("ال") and verb[:1] in "يت"
                    and not toks[i - 1].text.endswith(("ه", "ها", "هم")))  # (ة is no pronoun)


_ALI = "علي"
_TOWARD = frozenset(normalize(w) for w in ("إلى", "الى"))  # «ولفت إلى أن»
_START = attrgetter("start")
_SENTENCE = attrgetter("sentence")  # a mention's sentence, read in C
_INDICATIVE_WA = re.compile(r"(?<![\u0621-\u064a])وي[\u0621-\u064a]{3,}(?<!ي)ون(?![\u0621-\u064a])")
# (a verb in و keeping its ن, ويتهمون: no short form after لم/لن; not a plural in يون, ويمنيون)
_NEW_CLAUSE = re.compile(r"[،,]\s*[وف][\u0621-\u064a]{3,}")  # a comma and a word in و/ف: a new clause
_OUTLET_OPEN = {"«": "»", "“": "”", "”": "”", '"': '"', "(": ")"}  # opening an outlet's name, and its close
_QUOTE_MARKS = frozenset('«»“”"„()')  # around an outlet's name: «تسنيم»، (إسنا)
_THAT_PRONOUN = frozenset(lead + p for lead in ("ان", "بان") for p in ("ه", "ها", "هم", "هما"))
_YA_FOR_ALIF = re.compile(r"(?<![\u0621-\u064a])(?:[إا]لي|حتي|لدي|متي)(?![\u0621-\u064a])")
_ALI_NAME = "علي\u0640"  # a form no word list holds: a name the lexicons lack


_ALI_FORMS = frozenset((_ALI, "و" + _ALI))


def _word_of(norm: str, words: frozenset[str]) -> bool:
    """True when a word, as written or without a leading و, is one of `words` («وكالة» is no و + كالة)."""
    return norm in words or (norm[:1] == "و" and norm[1:] in words)


def _trigger_stem(ev: Event) -> str:
    """The first word of an event's trigger, normalised, without و/ف, a preposition joined to its article, the article
    or a pronoun: «وقصف»، «القصف»، «بالقصف» → «قصف»."""
    words = WORD.findall(normalize(ev.trigger.text))
    return _word_stem(words[0]) if words else ""


def _word_stem(w: str) -> str:
    """A normalised word without و/ف, a preposition joined to its article, the article or a pronoun (`_trigger_stem`)."""
    if w[:1] in "وف" and len(w) > 3:
        w = w[1:]
    if w[:1] in "بلك" and w[1:3] == "ال":
        w = w[1:]
    return _bare_noun(w)


def _bare_noun(w: str) -> str:
    """A normalised noun without its article or its pronoun: «التأكيد»، «تأكيده» → «تاكيد», «دعوتها» → «دعوه»."""
    if w.startswith("ال") and len(w) > 4:
        return w[2:]
    for suffix in ("هما", "هم", "ها", "ه"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            core = w[: -len(suffix)]
            return core[:-1] + "ه" if core.endswith("ت") else core
    return w


def _after_word(toks: list[Token], start: int, words: frozenset[str]) -> bool:
    """True when the token right before the one at offset `start` is one of `words` (as normalised)."""
    k = bisect.bisect_left(toks, start, key=_START) - 1
    return k >= 0 and toks[k].kind == "ar" and toks[k].norm in words


def _ali_offsets(text: str) -> list[int]:
    """The offsets where «علي» (with ي, perhaps after و) is written as a word of its own, in order."""
    out, i = [], text.find(_ALI)
    while i >= 0:
        j = i - 1 if i > 0 and text[i - 1] == "و" else i
        if (j == 0 or not _is_letter(text[j - 1])) and (i + 3 >= len(text) or not _is_letter(text[i + 3])):
            out.append(i)
        i = text.find(_ALI, i + 3)
    return out


def _is_letter(ch: str) -> bool:
    """True for an Arabic letter (or a mark within a word)."""
    return "\u0621" <= ch <= "\u0652"


def _ali_names(toks: list[Token]) -> list[Token]:
    """The tokens with «علي» (written with ي, alone or after و) read as a name, not the preposition على."""
    return [replace(t, norm=t.norm[:-3] + _ALI_NAME) if t.text in _ALI_FORMS else t for t in toks]


def _construct_end(toks: list[Token], k: int, end: int, titles: frozenset[str]) -> int:
    """Where a name the lexicons lack, from token k to `end`, ends: before a definite noun that follows the
    definite word closing a construct («نادي النصر | التعاقد»، «رئيس النادي | الأنباء»), not before an
    adjective of origin (نادي النصر السعودي) — the noun is the verb's object."""
    if toks[k].norm.startswith("ال"):
        return end
    for m in range(k + 2, end):
        w, before = strip_wa(toks[m].norm), strip_wa(toks[m - 1].norm)
        if w.startswith("ال") and before.startswith("ال") and not w.endswith(("ي", "يه", "يين", "يون")) and \
                not (w.endswith("ه") and before.endswith("ه")) and w[2:] not in titles:
            return m  # (not «العاصمة المقدسة»: an adjective agreeing; nor «… الدكتور أسامة»: a title)
    return end


_MARKS = re.compile(f"[{MARKS}]")  # harakat and tatweel (normalize.MARKS)
_PRONOUNS = frozenset(("هي", "هو", "هم", "هن"))
_BETWEEN = frozenset(("بين", "بينه", "بينها", "بينهم", "بينهما", "بيننا", "بينكم", "بينهن", "بيني"))


def _short_word_in(norm: str, words: frozenset[str]) -> bool:
    """True for one of `words` (لم، لن، عدم; هي، هو), also with و/ف before a short one (ولم، فلن، وهي)."""
    return strip_wa(norm) in words or (norm[:1] in "وف" and norm[1:] in words)


def _positions(items: list[str], wanted: list[str]) -> list[int]:
    """The indices of the items that are one of `wanted` (no two alike), in order."""
    out = []
    for w in wanted:
        k = -1
        try:
            while True:
                k = items.index(w, k + 1)
                out.append(k)
        except ValueError:
            pass
    out.sort()
    return out


def _past_contrast(text: str, start: int, end: int, contrast: frozenset[str]) -> bool:
    """True if a word of contrast (لكن، بل، بينما، رغم…; with و/ف before it) stands in text[start:end]."""
    if not contrast or end <= start:
        return False
    return any(strip_wa(w) in contrast or w[:1] in "وف" and w[1:] in contrast
               for w in WORD.findall(normalize(text[start:end])))


def _denial_ended(text: str, start: int, end: int, ends: tuple[frozenset[str], ...]) -> bool:
    """True when a denial said from `start` no longer reaches `end`. `ends` holds five word sets: words ending
    it (عقب، بعدما), «especially» (خصوصا), past anchors (بعد), complementizers (أن) and the negations taking a
    verb's short form (لم، لن). It ends past an anchor after «especially» or before أن («أنها لن تتهاون …، خصوصا
    بعد تبني حزب العمال قتل شرطيين»), and past a verb in و that keeps its ن after لم/لن («إنهم لم يحصلوا على
    رواتبهم … ويتهمون المصرف»: a new clause)."""
    if not ends or end <= start:
        return False
    final, especially, anchors, that, short = ends
    words = [strip_wa(w) for w in WORD.findall(normalize(text[start:end]))]
    if words and words[0] in short and _INDICATIVE_WA.search(text, start, end) is not None:
        return True
    for k, w in enumerate(words):
        if w in final or w in anchors and (k > 0 and words[k - 1] in especially or words[k + 1:k + 2] and
                                           words[k + 1] in that):
            return True
    return False


def _link(events: list[Event], statements: list[Statement], text: str = "",
          contrast: frozenset[str] = frozenset(), ends: tuple[frozenset[str], ...] = (),
          will_not: frozenset[str] = frozenset(), scope: DenialScope | None = None) -> list[Event]:
    """Events with the statement they are told in, and those contested within the article: told in an
    asserting statement (or as fact) and in a denying one, or of one type with the same parties
    asserted in one place and denied in another. An event a denying statement tells past a word of contrast
    (`contrast`: لكن، بل، بينما، رغم) is asserted by it: «لم تكن لدى الحكومة خطة … لكنني طلبت من وزارة المالية»،
    «وتنفي إيران أي تدخل في البحرين رغم إقرارها بدعم المعارضة»; so is one past a comma and a word in و/ف, a new
    clause, as the negated flag reads it: «أنها لن تتهاون مع المتمردين …، واستهدف ناشطين»."""
    if not statements:
        return events
    position = {s.id: k for k, s in enumerate(statements)}
    linked, stances = [], {}
    for ev, holding in zip(events, _holding(events, statements, text, contrast, ends, scope)):
        if holding:  # the first told of those it is told in
            claim = holding[0] if len(holding) == 1 else min(holding, key=lambda s: position[s.id])
            ev = ev.updated(claim=claim)
        stances[ev.id] = {s.stance for s in holding}
        linked.append(ev)
    return _contest(linked, stances, text, will_not)


def _holders_carried(article: Article, statements: list[Statement], fw: FunctionWords) -> list[Statement]:
    """The statements with each speaker named by a bare title (function_words.tsv held_title: «وقال الوزير»،
    «وتابع الوزير») given the code of the one coded actor the article named with that title before it («اتهم وزير
    الداخلية البحريني …»: the minister is Bahrain's). None when holders of two codes were named, or none."""
    if not any(st.speaker is not None and st.speaker.code is None and strip_wa(normalize(st.speaker.text)) in
               fw.held_title for st in statements):
        return statements
    out = []
    for st in statements:
        sp = st.speaker
        if sp is not None and sp.code is None and strip_wa(normalize(sp.text)) in fw.held_title:
            holder = _one_holder(article, strip_wa(normalize(sp.text))[2:], sp.start)
            if holder is not None:
                st = replace(st, speaker=replace(sp, code=holder.label, sector=sp.sector or holder.get("sector") or None,
                                                 name=holder.get("name") or sp.name))
        out.append(st)
    return out


def _names_carried(article: Article, statements: list[Statement], fw: FunctionWords) -> list[Statement]:
    """The statements with each speaker named by one bare word (no code, no sector) given the sector and code of the
    title the article put right before that name when it first named him: «شن السيناتور بوب كوركر هجوما … وقال
    كوركر أن إيران بلد ينتهك حقوق الإنسان»: Corker is the senator (LEG). None when no such title is found."""
    if not any(st.speaker is not None and not st.speaker.code and not st.speaker.sector and
               " " not in st.speaker.text.strip() for st in statements):
        return statements
    out = []
    firsts: dict[str, tuple[int, Mention] | None] = {}  # each name's first titled naming in the article
    by_sent: dict[int, list[Mention]] = {}
    for m in article.mentions:
        by_sent.setdefault(m.sentence, []).append(m)
    for st in statements:
        sp = st.speaker
        if sp is not None and not sp.code and not sp.sector and " " not in sp.text.strip():
            name = strip_wa(normalize(sp.text.strip()))
            if name not in firsts:
                firsts[name] = _name_title(article, name, by_sent, fw)
            first = firsts[name]
            title = first[1] if first is not None and first[0] < sp.start else None  # (named before the speaker)
            if title is not None:
                st = replace(st, speaker=replace(sp, code=title.label if title.kind == "actor" else None,
                                                 sector=title.get("sector") or None))
        out.append(st)
    return out


def _name_title(article: Article, name: str, by_sent: dict[int, list[Mention]],
                fw: FunctionWords) -> tuple[int, Mention] | None:
    """The agent or coded actor mention (with a sector) ending right before the article's first naming of `name` that
    has one, at most two other words of the name between («السيناتور بوب كوركر»), with that naming's offset; none
    when none is found. `by_sent`: the article's mentions by sentence. A sentence whose words hold no `name` (bare,
    or after و/ف) is passed over. The walk back stops at a preposition («ولم يصدر اي تعليق من الجيش الاسرائيلي على
    تقرير المنظمة»: the army is no title of the organisation), and a title right after a word that opens a person's
    name (place_words.tsv name_word) is a word of the name, no title («العميد عبد الأمير الخزرجي»: the brigadier)."""
    if len(name) < 3:
        return None
    forms = frozenset((name, "و" + name, "ف" + name))
    norms = article.norms()
    for s, (sent, toks) in enumerate(zip(article.sentences, article.tokens)):
        words = norms[s]
        if forms.isdisjoint(words):
            continue  # (asked in C, in one pass over the sentence's words)
        mentions = [m for m in by_sent.get(sent.index, ()) if not (
            m.tok_start and m.kind in ("actor", "agent") and words[m.tok_start - 1] in _name_words())]
        for k in [k for k, w in enumerate(words) if w in forms]:  # (strip_wa leaves a word or takes و/ف off)
            t = toks[k]
            if strip_wa(t.norm) != name:
                continue
            ends = {m.tok_end: m for m in mentions if m.kind in ("actor", "agent") and m.get("sector") and
                    k - 3 < m.tok_end <= k}
            for j in range(k, max(-1, k - 3), -1):
                if j < k and toks[j].norm in fw.preposition:
                    break
                if j in ends:
                    return t.start, ends[j]
                if j < k and (toks[j].kind != "ar" or any(m.tok_start <= j < m.tok_end and m.kind != "cue"
                                                          for m in mentions)):
                    break
    return None


@lru_cache(maxsize=1)
def _name_words() -> frozenset[str]:
    """The normalised words a person's name opens with, so a word after them is a name (place_words.tsv name_word:
    بن، أبو، عبد)."""
    return frozenset(normalize(r["word"]) for r in _rows("place_words.tsv") if r.get("class") == "name_word")


def _one_holder(article: Article, title: str, before: int) -> Mention | None:
    """The coded actor mention opening with `title` (وزير، سفير) before offset `before`, when all holders of the title
    named before are of one code: a coded actor opening with it, or an agent opening with it and the coded actor
    right after it («وزير الخارجية» «الأمريكي»)."""
    found, codes = [], set()
    actors = {(m.sentence, m.tok_start): m for m in article.mentions if m.kind == "actor" and m.label}
    for m in article.mentions:
        if m.end > before or m.kind not in ("actor", "agent") or normalize(m.text.split()[0]) != title:
            continue
        if m.kind == "actor" and m.label:
            found.append(m)
            codes.add(m.label)
        elif m.kind == "agent" and (m.sentence, m.tok_end) in actors:
            codes.add(actors[m.sentence, m.tok_end].label)
    return found[-1] if found and len(codes) == 1 else None


_CHARGED = ("SUPPORT", "AID")  # acts that, given to terrorism or a plot, are a charge a speaker lays (دعم الإرهاب)
_BLAME = ("ACCUSE", "REJECT")  # told of a party before, a meddling charged to it is told again, no new accusation
_VIOLATE = "128"  # the CAMEO code of violating norms or law (REJECT): of rights, a charge a speaker lays


_SPOKEN = _SPOKEN_ACTS | {"SUPPORT", "AGREE"}  # acts of speech a speaker goes on to (AGREE: تعهد، وافق، اتفق)
_DEFINITE = ("ال", "وال")  # a trigger so written is a verbal noun, no verb of a new clause
_NEXT_CLAUSE = re.compile(r"[،,]\s*[وف]$")  # a comma and و/ف right before a verb: a new clause of the sentence's subject
_BARE_AND = re.compile(r"(?:^|\s)[وف]$")  # و/ف with no comma right before a verb: a new clause, if the verbs agree


def _verb_starts(article: Article) -> set[int]:
    """The starts of the article's triggers written as verbs (read by `_named_again` and `_clause_speakers`)."""
    return {m.start for m in article.mentions if m.kind == "trigger" and m.get("pos") == "verb"}


def _clause_speakers(article: Article, statements: list[Statement], fw: FunctionWords,
                     verbs: set[int]) -> list[Event]:
    """The events with the speaker of a statement told before them in their sentence as the actor of an act of
    speech (_SPOKEN) that has none, written as a verb in و/ف right after a comma: the speaker's next clause, with
    the speaker its dropped subject. «أكدت اللجنة الوطنية لحقوق الإنسان تصاعد الأعمال المسلحة، وناشدت طرفي
    النزاع»، «وقالت الخارجية الايطالية …، ودعت جميع الإيطاليين»; inside what is said, only where it opens with the
    speaker in the first person (function_words.tsv self_subject): «وأضاف: إنني أخاطب …، وأدعو»; not «إن جميع دول
    التحالف تدرك …، وتؤيد» (the coalition's support), nor a verbal noun in ال («…، والطلب من الوزارة») or one a
    comma follows («أكبر رد، وتضامن، ودفاع»). A country named bare in what is said is no subject of a masculine
    past verb of speech there (_unagreeing_country): «أن إيران بلد ينتهك …، وأتهم وزير الخارجية» is the speaker's."""
    events = article.events
    if not any(e.event in _SPOKEN and not e.actor for e in events):
        return events
    by_sent: dict[int, list[Statement]] = {}
    for st in statements:
        sp = st.speaker
        if sp is not None and (sp.code or sp.sector) and not st.embedded:
            by_sent.setdefault(st.sentence, []).append(st)
    every: dict[int, list[Statement]] = {}
    for st in statements:
        every.setdefault(st.sentence, []).append(st)
    out = []
    for ev in events:
        if len(ev.actor) <= 1 and ev.sentence in by_sent:
            last = next((st for st in reversed(every[ev.sentence]) if st.cue.end <= ev.trigger.start), None)
            ev = _spoken_clause(article, ev, by_sent[ev.sentence], last, verbs, fw)
        out.append(ev)
    return out


def _spoken_clause(article: Article, ev: Event, said: list[Statement], last_said: Statement | None, verbs: set[int],
                   fw: FunctionWords) -> Event:
    """The event with the speaker of the last of its sentence's statements `said` (those of a coded speaker) before
    it as its actor, where `_clause_speakers` reads the event as the speaker's next clause: an act of speech (_SPOKEN)
    after a comma and و, or one told by a verb in و of the speaker's verb's gender (`_agreeing_cue`), no comma
    needed, when that statement is the last told before the event (`last_said`: «وقال الشاباك إن … وقال لمحققيه إنه
    … وزود الخلية» is the brother's)."""
    text = article.text
    before = text[max(ev.sentence_start, ev.trigger.start - 4):ev.trigger.start]
    told = [st for st in said if st.cue.end <= ev.trigger.start]
    if not told or not _BARE_AND.search(before) and not _NEXT_CLAUSE.search(before):
        return ev
    st = told[-1]
    agrees = not ev.actor and ev.event in _SPOKEN and ev.trigger.start in verbs and _agreeing_cue(st, ev) and \
        st is last_said
    if not agrees and (ev.event not in _SPOKEN or not _NEXT_CLAUSE.search(before)):
        return ev
    if ev.actor:
        return ev.updated(actor=(st.speaker,)) if not agrees and _unagreeing_country(ev, st, fw) else ev
    if ev.trigger.text.startswith(_DEFINITE) or _listed(text, ev.trigger.end):
        return ev
    if ev.event in _SPOKEN and _own_clause(article, st, ev, fw) or agrees and (
            not st.content_start <= ev.trigger.start < st.content_end or _speaker_goes_on(article, st)):
        return ev.updated(actor=(st.speaker,))
    return ev


_UNDERGONE = frozenset({"ASSAULT", "COERCE"})  # acts whose verb may be a passive: the name after it underwent it


def _named_again(article: Article, statements: list[Statement], verbs: set[int]) -> list[Event]:
    """The events, where an active verb with no actor has right after it a word the lexicons lack that is the family
    name (one word, or two: أبو فاعور) of a party named in full before in the article (a title and the name after
    it, with a code or a sector: an actor, a recipient or a speaker), take that party as the actor: «حذر رئيس جمعية
    المستثمرين في قطاع الإسكان في الأردن كمال عواملة …» … «وطالب العواملة بحزمة إجراءات»، «جدد … وزير الصحة
    اللبناني وائل أبو فاعور …» … «ودعا أبو فاعور إلى». Not after an attack or arrest verb (واعتقل العواملة: he may
    have undergone it); the article on the name is the paper's (عواملة، العواملة)."""
    events = article.events
    gaps = [ev for ev in events if not ev.actor and ev.event not in _UNDERGONE and ev.trigger.start in verbs]
    if not gaps:
        return events
    named = _full_names(events, statements)
    if not named:
        return events
    known = {m.start for m in article.mentions if m.kind != "trigger"}
    open_ids = {id(ev) for ev in gaps}
    out = []
    for ev in events:
        if id(ev) in open_ids and (who := _family_named(article, ev, named, known)) is not None:
            ev = ev.updated(actor=(who,),
                            recipient=tuple(r for r in ev.recipient if r.start >= who.end or r.end <= who.start))
        out.append(ev)
    return out


def _full_names(events: list[Event], statements: list[Statement]) -> list[tuple[Entity, tuple[str, ...]]]:
    """The parties of the article's events and its speakers with a code or a sector and two words or more, each with
    its words normalised, the article taken off (for `_family_named`), in the order of the text."""
    seen = {(e.start, e.end): e for ev in events for e in (*ev.actor, *ev.recipient)}
    seen.update({(st.speaker.start, st.speaker.end): st.speaker for st in statements if st.speaker is not None})
    out = []
    for (start, _), e in sorted(seen.items()):
        words = tuple(_bare_name(normalize(w)) for w in e.text.split())
        if len(words) >= 2 and (e.code or e.sector):
            out.append((e, words))
    return out


def _bare_name(norm: str) -> str:
    """A name's word without its article (العواملة → عواملة): the papers write a family name either way."""
    return norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm


def _family_named(article: Article, ev: Event, named: list[tuple[Entity, tuple[str, ...]]],
                  known: set[int]) -> Entity | None:
    """The party (as an Entity on the words after the trigger) whose family name of one or two words the event's
    verb has right after it, a word that begins no mention, among those `named` before the trigger (the last one);
    None otherwise."""
    toks = article.tokens[ev.sentence] if ev.sentence < len(article.tokens) else []
    k = bisect.bisect_left(toks, ev.trigger.end, key=_START)
    if k >= len(toks) or toks[k].kind != "ar" or toks[k].start in known or len(toks[k].norm) < 3:
        return None
    one = (_bare_name(toks[k].norm),)
    two = (*one, _bare_name(toks[k + 1].norm)) if k + 1 < len(toks) and toks[k + 1].kind == "ar" else None
    for e, words in reversed(named):
        if e.start >= ev.trigger.start:
            continue
        # (two words of one family name, أبو فاعور, or one where the next word is not of the same full name)
        end = toks[k + 1].end if two is not None and len(words) > 2 and words[-2:] == two else \
            toks[k].end if words[-1:] == one and (two is None or toks[k + 1].start in known or
                                                  two[1] not in words) else None
        if end is not None:
            return Entity(article.text[toks[k].start:end], toks[k].start, end, e.code, e.sector, e.name, e.role)
    return None


def _first_person_speakers(article: Article) -> list[Event]:
    """The events, where a verb in the first person with no actor, inside the quotation of a statement whose speaker
    is coded, takes that speaker as its actor: «وقال سموه "علينا أن ندين جميع التدخلات الخارجية"» (سموه: the prince
    named before), «وأضاف: "طلبنا من الاتحاد الأوروبي دعم هذه الجهود"» (the speaker going on)."""
    events = article.events
    if not any(not ev.actor and ev.claim is not None and ev.claim.direct for ev in events):
        return events
    verbs = {m.start: m for m in article.mentions if m.kind == "trigger" and m.get("pos") == "verb"}
    out = []
    for ev in events:
        st = ev.claim
        if not ev.actor and st is not None and st.direct and st.speaker is not None and st.speaker.code and \
                st.content_start <= ev.trigger.start < st.content_end and \
                (m := verbs.get(ev.trigger.start)) is not None and _first_person_verb(article, m) and \
                all(r.code != st.speaker.code or r.start != st.speaker.start for r in ev.recipient):
            sp = st.speaker
            ev = ev.updated(actor=(sp,), recipient=tuple(r for r in ev.recipient if (r.start, r.end) != (sp.start, sp.end)))
        out.append(ev)
    return out


def _first_person_objects(article: Article) -> list[Event]:
    """The events, where a verb with no recipient whose object is the pronoun «me» (ـني), inside what a statement whose
    speaker is coded says (a quotation, its closing mark not always written), takes that speaker as its recipient:
    «وقال فابيوس: "لقد دعاني نظيري الإيراني ظريف"» (Fabius was invited), «انتقدني»، «دعمتني»; not where the speaker
    is the verb's own actor, nor where no actor is told («كان قد دعاني في السابق»: an event of one party)."""
    events = article.events
    if not any(not ev.recipient and ev.claim is not None for ev in events):
        return events
    verbs = {m.start: m for m in article.mentions if m.kind == "trigger" and m.get("pos") == "verb"}
    out = []
    for ev in events:
        st = ev.claim
        if ev.actor and not ev.recipient and st is not None and st.speaker is not None and st.speaker.code and \
                st.content_start <= ev.trigger.start < st.content_end and \
                (m := verbs.get(ev.trigger.start)) is not None and m.get("object_pronoun") and \
                article.tokens[m.sentence][m.tok_start].norm.endswith("ني") and \
                all((a.start, a.end) != (st.speaker.start, st.speaker.end) for a in ev.actor):
            ev = ev.updated(recipient=(st.speaker,))
        out.append(ev)
    return out


def _first_person_verb(article: Article, m: Mention) -> bool:
    """True for a trigger verb written in the first person plural: an imperfect in ن (ندين، سندعم) or a perfect in
    نا with no object pronoun (طلبنا، not «ساعدنا» read as «helped us»)."""
    w = article.tokens[m.sentence][m.tok_start].norm[len(m.get("prefix")):]
    if m.get("aspect") == "imperfect":
        if m.get("future") and w.startswith("س"):
            w = w[1:]
        return w[:1] == "ن"
    return m.get("aspect") == "perfect" and not m.get("object_pronoun") and w.endswith("نا")


def _unagreeing_country(ev: Event, st: Statement, fw: FunctionWords) -> bool:
    """True when the event's one actor is a country named bare in what the statement says before the trigger
    (إيران: feminine) while the trigger is a past verb in the masculine (no ت at either end: أتهم), so the verb cannot
    be the country's: «وقال كوركر أن إيران بلد ينتهك حقوق الإنسان، وأتهم وزير الخارجية جون كيري بالفشل» is
    Corker's charge; the speaker (one with a code or a sector, as `_clause_speakers` keeps) not of the country's
    code."""
    a, sp = ev.actor[0], st.speaker
    w = normalize(a.text)
    verb = normalize(ev.trigger.text.split()[0]) if ev.trigger.text.split() else ""
    return sp.code != a.code and a.sector is None and bool(a.code) and \
        st.content_start <= a.start < ev.trigger.start and not w.startswith("ال") and w not in fw.masculine_place \
        and " " not in a.text.strip() and not verb.endswith("ت") and verb[:1] not in ("ت", "ي", "ن")


def _agreeing_cue(st: Statement, ev: Event) -> bool:
    """True when the event's trigger is a singular perfect verb of the gender of the statement's own verb of saying
    (قالت … وتعهدت، أعلنت … وطالبت، قال … وطالب): with no comma before its و, the same subject goes on only so;
    not «قال … إن الحكومة … وطالبت», nor a present (ويطالب، وتطالب), a first person (ونطالب) or a dual or plural."""
    verb, cue = ev.trigger.text.split()[:1], st.cue.text.split()[:1]
    if not verb or not cue:
        return False
    g = _singular_gender(normalize(verb[0]))
    return g != "" and not verb[0].startswith(("ي", "ن")) and g == _singular_gender(normalize(cue[0]))


_THAT_WORD = re.compile(r"^[بو]?ان(ه|ها|هم|هما)?$")  # أن، إنه، بأنها … (normalised) opening what is said


def _speaker_goes_on(article: Article, st: Statement) -> bool:
    """True when a verb agreeing with the statement's verb of saying, inside what it says, still has the speaker as its
    dropped subject: what is said is no quotation and opens with no phrase of the verb's gender that could be its
    subject: after «فيه» («أعلنت فيه احتجاجها … وطالبت بتفسير»), after «إنه/أنها» («قالت ميركل إنه "ليس حياة
    طبيعية" وتعهدت»), or after «أن» and a noun of the other gender («إن المملكة لن تقبل … وطالب طهران»: المملكة
    is feminine, طالب masculine; `_agreeing_cue` has checked the verbs); not after «أن» and a name, whose gender the
    spelling does not tell («إن إيران تدعم … وتطالب»)."""
    if st.direct:
        return False
    toks = article.tokens[st.sentence] if st.sentence < len(article.tokens) else []
    k = bisect.bisect_left(toks, st.content_start, key=_START)
    if k == 0 or k >= len(toks) or not _THAT_WORD.match(strip_wa(toks[k - 1].norm)):
        return True
    if toks[k - 1].norm.endswith(("ه", "ها", "هم", "هما")):
        return True
    verb = normalize(st.cue.text.split()[0])
    head = strip_wa(toks[k].norm)
    if not head.startswith("ال"):
        return False
    return ("f" if head.endswith(("ه", "ات")) else "m") != _singular_gender(verb)


def _listed(text: str, end: int) -> bool:
    """True when a comma follows the trigger ending at `end`: a noun in a list («أكبر رد، وتضامن، ودفاع»), no verb."""
    return text[end:end + 2].lstrip()[:1] in ("،", ",")


def _own_clause(article: Article, st: Statement, ev: Event, fw: FunctionWords) -> bool:
    """True when the event's clause is the speaker's own: told past what the statement says, or inside it where
    what is said opens with the speaker in the first person (self_subject, the word before it or its first word)."""
    if not st.content_start <= ev.trigger.start < st.content_end:
        return True
    toks = article.tokens[st.sentence] if st.sentence < len(article.tokens) else []
    k = bisect.bisect_left(toks, st.content_start, key=_START)
    return any(strip_wa(t.norm) in fw.self_subject for t in toks[max(0, k - 1):k + 1] if t.kind == "ar")


def _charges_laid(article: Article, fw: FunctionWords) -> list[Event]:
    """The events with each support of terror or violation of rights a named speaker tells (not denying it) read as
    what it is: the speaker accusing the party it names (ACCUSE, allege, actor the speaker, recipient the party):
    «وقال الجبير إيران تدعم الإرهاب» is al-Jubeir accusing Iran, no support told as a fact; so is «الجبير: إيران
    بلد ينتهك حقوق الإنسان». Not where an accusation is already
    told before it in its sentence («اتهم المالكي المملكة بدعم ورعاية الإرهاب»: the support stays the charge's
    content, supposed)."""
    events = article.events
    if not any((e.event in _CHARGED or e.cameo == _VIOLATE) and e.claim is not None for e in events):
        return events
    out = []
    for ev in events:
        st = ev.claim
        if (ev.event in _CHARGED or ev.cameo == _VIOLATE) and st is not None and st.stance == "assert" and \
                st.speaker is not None and (st.speaker.code or st.speaker.sector) and not ev.negated and \
                _charged_object(article, ev, fw) and not _accused_before(events, ev):
            ev = _as_accusation(ev, st.speaker, _charged_party(article, ev, st))
        out.append(ev)
    return out


def _sentence_tokens(article: Article, ev: Event) -> tuple[list[Token], int]:
    """The tokens of an event's sentence and the index of its trigger's first token (-1 when none starts there)."""
    toks = article.tokens[ev.sentence] if ev.sentence < len(article.tokens) else []
    k = bisect.bisect_left(toks, ev.trigger.start, key=_START)
    return toks, k if k < len(toks) and toks[k].start == ev.trigger.start else -1


def _charged_object(article: Article, ev: Event, fw: FunctionWords) -> bool:
    """True when the act's object makes it a charge: for support, terrorism, extremism or a plot (function_words.tsv
    vile) right after its trigger or after the one supporting in لـ, «تدعم الإرهاب»، «دعم الأعمال الإرهابية»، «دعم
    إيران للإرهاب»; for a violation, rights or law right after it (rights_object), «ينتهك حقوق الإنسان». Not past a
    word of claim («عن مزاعم دعمها للإرهاب»: a charge rebutted)."""
    toks, k = _sentence_tokens(article, ev)
    if k < 0:
        return False
    j = k + len(WORD.findall(ev.trigger.text))
    if j >= len(toks) or toks[j].kind != "ar" or _claimed_before(toks, k, fw):
        return False
    if ev.event not in _CHARGED:
        return strip_wa(toks[j].norm) in fw.rights_object
    if strip_wa(toks[j].norm) in fw.vile:
        return True
    w = toks[j + 1].norm if j + 1 < len(toks) and toks[j + 1].kind == "ar" else ""
    return w in fw.vile and (w.startswith("لل") or w.endswith("يه"))


def _claimed_before(toks: list[Token], k: int, fw: FunctionWords) -> bool:
    """True when one of the three words before token k is one of claim, charge or of untruth (function_words.tsv
    claim, charge, untrue): «المملكة بعيدة تماما عن مزاعم دعمها للإرهاب» rebuts a charge, it lays none."""
    return any(strip_wa(t.norm) in fw.claim or strip_wa(t.norm) in fw.charge or strip_wa(t.norm) in fw.untrue
               for t in toks[max(0, k - 3):k])


def _accused_before(events: list[Event], ev: Event) -> bool:
    """True when an accusation is told in the event's sentence before its trigger (اتهم … بدعم الإرهاب)."""
    return any(e.event == "ACCUSE" and e.sentence == ev.sentence and e.trigger.start < ev.trigger.start
               for e in events)


def _charged_party(article: Article, ev: Event, st: Statement) -> tuple[Entity, ...]:
    """The party a speaker charges with an act: the act's coded actor, else the last coded actor named in what is
    said before the trigger, not of the speaker's own code («إيران تدعم الإرهاب»); none when none is named."""
    own = st.speaker.code if st.speaker is not None else None
    doers = tuple(x for x in ev.actor if x.code and x.code != own)
    if doers:
        return doers
    named = [m for m in article.sentence_mentions(ev.sentence) if m.kind == "actor" and m.label and
             m.label != own and max(st.content_start, ev.sentence_start) <= m.start and m.end <= ev.trigger.start]
    if not named:
        return ()
    m = max(named, key=attrgetter("start"))
    return (_entity(m),)


def _entity(m: Mention) -> Entity:
    """A coded actor mention as a party of an event (its code, sector and name)."""
    return Entity(m.text, m.start, m.end, m.label, m.get("sector") or None, m.get("name") or None)


def _added_event(article: Article, sentence: int, mark: str, t: Token, event: str, actor: Entity, party: Entity,
                 cameo: str, mode: str | None = None) -> Event:
    """An event a charge pass adds in a sentence: triggered by token t, the speaker its actor, the party its
    recipient, its id the sentence's and `mark` (c0, d0, i0)."""
    sent = article.sentences[sentence]
    return Event(id=f"{article.id}-{sentence}-{mark}", doc_id=article.id, event=event, sentence=sentence,
                 sentence_start=sent.start, sentence_end=sent.end, sentence_text=article.text[sent.start:sent.end],
                 trigger=Trigger(t.text, t.start, t.end), actor=(actor,), recipient=(party,), mode=mode, cameo=cameo,
                 date=article.published)


def _as_accusation(ev: Event, speaker: Entity, party: tuple[Entity, ...]) -> Event:
    """The event read as the speaker's accusation of `party` (ACCUSE, allege, CAMEO 112), told as a fact."""
    return ev.updated(event="ACCUSE", mode="allege", cameo="112", context=(), actor=(speaker,), recipient=party,
                      hypothetical=False, future=False)


def _said_words(article: Article, statements: list[Statement], words: frozenset[str], coded: bool = False):
    """(statement, its sentence's tokens, index, token) for each word of `words` (a و before it taken off) in what an
    asserting speaker with a code or a sector (with a code where `coded`) says."""
    for st in statements:
        sp = st.speaker
        if st.stance != "assert" or sp is None or not (sp.code if coded else sp.code or sp.sector) or \
                st.sentence >= len(article.tokens):
            continue
        toks = article.tokens[st.sentence]
        for k in range(bisect.bisect_left(toks, st.content_start, key=_START), len(toks)):
            t = toks[k]
            if t.end > st.content_end:
                break
            if t.kind == "ar" and strip_wa(t.norm) in words:
                yield st, toks, k, t


def _meddling_charged(article: Article, statements: list[Statement], fw: FunctionWords,
                      by_sent: dict[int, list[Mention]]) -> list[Event]:
    """The events with an accusation added for each interference a named speaker charges a party with in what it
    says: a noun of meddling (function_words.tsv interference) with the party's coded name or adjective right after
    it and the affairs meddled in (affairs) within five words past: «وأكد مصدر مسؤول في الأزهر أن المشيخة ترى تدخل
    طهران في شؤون الدول العربية …» is the source accusing Iran (ACCUSE, allege). Not a meddling told with «no»
    before it (عدم التدخل), nor past a word of claim (مزاعم تدخل إيران), nor where an accusation, or an act of the
    speaker's code on the party's, is already told in the sentence."""
    return _charges_added(article, statements, fw.interference, "c",
                          lambda st, toks, k: _meddler(by_sent.get(st.sentence, []), toks, k, st, fw))


def _charges_added(article: Article, statements: list[Statement], words: frozenset[str], tag: str,
                   party_of, coded: bool = False, from_cue: bool = True) -> list[Event]:
    """The events with an accusation (ACCUSE, allege, CAMEO 112) added for each word of `words` in what a named
    speaker says (`_said_words`, with a code where `coded`) whose party `party_of(statement, tokens, index)` finds,
    unless the sentence already tells an accusation (from the speaker's cue on where `from_cue`), or an act of the
    speaker's code, or the article one of the party (`_told_between`); the added events' ids open with `tag`. The
    charge loop of `_meddling_charged`, `_implication_charged` and `_destabilizing_charged`."""
    events = article.events
    added: list[Event] = []
    for st, toks, k, t in _said_words(article, statements, words, coded=coded):
        sp = st.speaker
        party = party_of(st, toks, k)
        if party is None or _told_between(events + added, st.sentence, sp.code, party.code,
                                          st.cue.start if from_cue else -1):
            continue
        added.append(_added_event(article, st.sentence, f"{tag}{len(added)}", t, "ACCUSE", sp, party, "112",
                                  mode="allege"))
    return sorted(events + added, key=lambda e: (e.sentence, e.trigger.start)) if added else events


def _meddler(mentions: list[Mention], toks: list[Token], k: int, st: Statement, fw: FunctionWords) -> Entity | None:
    """The party charged with the meddling noun at token k: a coded actor named right after it, the affairs meddled
    in (function_words.tsv affairs) within five words past the party, no «no» (not_done) nor word of claim right
    before the noun, and not of the speaker's own code."""
    if k > 0 and strip_wa(toks[k - 1].norm) in fw.not_done or _claimed_before(toks, k, fw):
        return None
    m = next((m for m in mentions if m.kind == "actor" and m.tok_start == k + 1 and m.label), None) or \
        _patron(mentions, toks, k, fw)
    if m is None or m.label == st.speaker.code or m.end > st.content_end:
        return None
    if not any(strip_wa(t.norm) in fw.affairs for t in toks[m.tok_end:m.tok_end + 5]) and \
            not _lands_after(mentions, toks, m.tok_end, fw):
        return None
    return _entity(m)


def _patron(mentions: list[Mention], toks: list[Token], k: int, fw: FunctionWords) -> Mention | None:
    """The coded actor named right after a word of affiliation (function_words.tsv affiliated) within four words past
    the meddling noun at token k, the party tied to it the meddler: «تدخل الميليشيات الشيعية التابعة لإيران»."""
    for j in range(k + 2, min(len(toks), k + 5)):
        if strip_wa(toks[j].norm) in fw.affiliated:
            return next((m for m in mentions if m.kind == "actor" and m.tok_start == j + 1 and m.label), None)
        if toks[j].kind != "ar":
            return None
    return None


def _lands_after(mentions: list[Mention], toks: list[Token], j: int, fw: FunctionWords) -> bool:
    """True when في opens token j and the lands meddled in follow it: a word of lands (function_words.tsv
    lands_plural) or a coded actor, «… في الدول العربية»."""
    if j + 1 >= len(toks) or toks[j].norm != "في":
        return False
    return strip_wa(toks[j + 1].norm) in fw.lands_plural or \
        any(m.kind == "actor" and m.label and m.tok_start == j + 1 for m in mentions)


def _told_between(events: list[Event], sentence: int, actor: str | None, party: str | None, after: int = -1) -> bool:
    """True when the sentence already tells an accusation (from offset `after`, the speaker's cue, on: «خرجت أصوات
    لبنانية تنتقد الدور الإيراني، فقد أكد الوزير أن تدخل …» is another's) or an act of the actor's code («جددت مملكة
    البحرين رفضها القاطع … التدخلات الإيرانية»: the rejection is the act), or the article, up to the sentence, an
    accusation or a rejection of the party (the minister's «اتهم … إيران» in the lead, his «التدخلات الإيرانية» told
    again later)."""
    return any(e.sentence == sentence and (e.event == "ACCUSE" and e.trigger.start >= after or
                                           actor and any(x.code == actor for x in e.actor)) or
               e.sentence <= sentence and e.event in _BLAME and any(x.code == party for x in e.recipient)
               for e in events)


def _words_disowned(article: Article, statements: list[Statement], fw: FunctionWords,
                    by_sent: dict[int, list[Mention]]) -> list[Event]:
    """The events with a rejection added for each party's words a named speaker disowns in what it says: a noun of
    remarks (function_words.tsv remarks) with a coded actor right after it, told personal (personal) or not
    representing (disown_not + represents) within twelve words, before a comma: «أكد المتحدث الرسمي باسم رئاسة
    الجمهورية … أن تصريحات المالكي «شخصية لا تمثل الرأي والموقف الرسمي»» is the presidency rejecting al-Maliki's
    words (REJECT, actor the speaker, recipient the party). A rejection told later in the sentence with no parties
    takes these («…، مؤكدا رفض تلك التصريحات»). Not where the sentence already tells a rejection or an accusation,
    or an act of the speaker's code."""
    events = article.events
    added: list[Event] = []
    for st, toks, k, t in _said_words(article, statements, fw.remarks):
        sp = st.speaker
        party = _disowned_party(by_sent.get(st.sentence, []), toks, k, st, fw)
        if party is None:
            continue
        bare = next((e for e in events if e.sentence == st.sentence and e.event == "REJECT" and not e.actor and
                     not e.recipient and e.trigger.start > t.start and not e.negated), None)
        if bare is not None:  # «…، مؤكدا رفض تلك التصريحات»: the rejection told, its parties these
            events = [e.updated(actor=(sp,), recipient=(party,)) if e is bare else e for e in events]
            continue
        if any(e.sentence == st.sentence and (e.event in _BLAME or sp.code and any(
                x.code == sp.code for x in e.actor)) for e in events + added):
            continue
        added.append(_added_event(article, st.sentence, f"d{len(added)}", t, "REJECT", sp, party, "120"))
    return sorted(events + added, key=lambda e: (e.sentence, e.trigger.start)) if added else events


def _disowned_party(mentions: list[Mention], toks: list[Token], k: int, st: Statement,
                    fw: FunctionWords) -> Entity | None:
    """The party whose words (the remarks noun at token k) are disowned: the coded actor named right after the noun
    (within five words: a title may come first), the words then told personal or not representing within twelve words, before a comma."""
    m = next((m for m in mentions if m.kind == "actor" and k < m.tok_start <= k + 5 and m.label), None)
    if m is None or m.end > st.content_end:
        return None
    for j in range(m.tok_end, min(len(toks), m.tok_end + 12)):
        w = strip_wa(toks[j].norm)
        if toks[j].text in ("،", ",", ".", "؛") or toks[j].end > st.content_end:
            return None
        if w in fw.personal or w in fw.represents and j > 0 and toks[j - 1].norm in fw.disown_not:
            return _entity(m)
    return None


def _implication_charged(article: Article, statements: list[Statement], fw: FunctionWords,
                         by_sent: dict[int, list[Mention]]) -> list[Event]:
    """The events with an accusation added for each party a named speaker tells implicated in an act (function_words.tsv
    implicated, then في) where the speaker is coded: the party a coded actor right before the word («إيران متورطة في»), or a pronoun of the
    charged (charged_pronoun) standing for the last coded actor named before it in the sentence, not of the speaker's
    code («سعت إلى تعزيز العلاقة مع إيران، … لذا نقول لهم إنكم متورطون في الإخلال بأمن البحرين»: Bahrain's minister
    accusing Iran). Not where an accusation, or an act of the speaker's code on the party's, is already told
    (`_told_between`, an accusation told anywhere in the sentence)."""
    return _charges_added(article, statements, fw.implicated, "i",
                          lambda st, toks, k: _implicated_party(by_sent.get(st.sentence, []), toks, k, st, fw),
                          coded=True, from_cue=False)


def _implicated_party(mentions: list[Mention], toks: list[Token], k: int, st: Statement,
                      fw: FunctionWords) -> Entity | None:
    """The party told implicated by the word at token k (in في after it: implicated_in): a coded actor ending right
    before it, or, after a pronoun of the charged, the last coded actor named before the pronoun in the sentence; none
    of the speaker's own code."""
    if k == 0 or k + 1 == len(toks) or toks[k + 1].norm not in fw.implicated_in:
        return None
    own = st.speaker.code
    named = [m for m in mentions if m.kind == "actor" and m.label and m.tok_end <= k and m.label != own]
    if not named:
        return None
    m = max(named, key=attrgetter("tok_end"))
    if not (m.tok_end == k and m.start >= st.content_start or strip_wa(toks[k - 1].norm) in fw.charged_pronoun):
        return None
    return _entity(m)


def _destabilizing_charged(article: Article, statements: list[Statement], fw: FunctionWords,
                           by_sent: dict[int, list[Mention]]) -> list[Event]:
    """The events with an accusation added for each party a coded speaker tells shaking a land's stability: a coded
    actor opening what is said (past إن), a word of destabilizing (function_words.tsv destabilize) with the stability
    shaken (stability) within ten words after it, no negation, prevention or other coded actor between: «وقال المسؤول
    الأمريكي «إن إيران تواصل التمويل … والتحريض على أنشطة مثيرة لزعزعة الاستقرار»» is the US accusing Iran. Not of
    the speaker's own code, nor where an accusation of the party is told from the cue (`_told_between`)."""
    return _charges_added(article, statements, fw.destabilize, "z",
                          lambda st, toks, k: _destabilizer(by_sent.get(st.sentence, []), toks, k, st, fw),
                          coded=True)


def _destabilizer(mentions: list[Mention], toks: list[Token], k: int, st: Statement,
                  fw: FunctionWords) -> Entity | None:
    """The party told destabilizing at token k (the stability shaken right after it): the coded actor opening what is
    said (its first word, or the one past إن), ending within ten words before k, not of the speaker's code, no
    negation, prevention or other coded actor between it and k."""
    if k + 1 >= len(toks) or strip_wa(toks[k + 1].norm) not in fw.stability:
        return None
    first = bisect.bisect_left(toks, st.content_start, key=_START)
    if first < len(toks) and toks[first].norm in ("ان", "إن"):
        first += 1
    m = next((m for m in mentions if m.kind == "actor" and m.label and m.tok_start == first), None)
    if m is None or m.label == st.speaker.code or not 0 < k - m.tok_end <= 10:
        return None
    if any(x.kind == "actor" and x.label and m.tok_end <= x.tok_start < k for x in mentions) or \
            any(strip_wa(t.norm) in fw.destabilize_not for t in toks[m.tok_end:k]):
        return None
    return _entity(m)


def _link_words(fw: FunctionWords) -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
    """The words `_holding` reads past a denial: those of contrast (and concession), and those ending the denial."""
    return fw.contrast | fw.concessive, (fw.denial_end, fw.especially, fw.past_anchor, fw.complementizer,
                                         fw.mood_negation)


_THAT_SUFFIXES = frozenset(("", "ه", "ها", "هم", "هما", "هن", "ني", "نا"))  # pronouns on أن/بأن (أنهما، بأنه)


@dataclass(frozen=True)
class DenialScope:
    """What bounds a denial's reach in an article (`_denial_scope`): the starts of the accusation nouns and of the
    perfect verbs in و/ف among its triggers, the starts of its condition words and of the relative pronouns right
    after a comma, and the complementizers (أن، بأن) that open a denied clause."""

    charges: frozenset[int]
    joined: frozenset[int]
    stops: tuple[int, ...]
    that: frozenset[str]


def _denial_scope(article: Article, fw: FunctionWords) -> DenialScope:
    """The `DenialScope` of an article, read from its trigger and cue mentions."""
    charges, joined, stops, text = set(), set(), [], article.text
    for m in article.mentions:
        if m.kind == "trigger" and m.get("pos") == "noun" and m.label == "ACCUSE":
            charges.add(m.start)
        elif m.kind == "trigger" and m.get("pos") == "verb" and m.get("aspect") == "perfect" and \
                m.get("prefix") in ("و", "ف"):
            joined.add(m.start)
        elif m.kind == "cue" and (m.label == "hypothetical" or m.label == "relative" and
                                  _after_comma(text, m.start, fw.time_noun | fw.preposition)):
            stops.append(m.start)
    return DenialScope(frozenset(charges), frozenset(joined), tuple(sorted(stops)), fw.complementizer)


def _after_comma(text: str, at: int, leading: frozenset[str]) -> bool:
    """True when a comma stands before words of time that lead a relative pronoun at `at` (function_words.tsv
    time_noun, a preposition: «، في الوقت الذي»); a relative right after a comma opens an aside on the noun before
    it, no clause of its own («أن يكون المعتقل، الذي أوقف أمس، قد هاجم»: round 99 mend)."""
    head = text[max(0, at - 24):at]
    k = max(head.rfind("،"), head.rfind(","))
    words = WORD.findall(normalize(head[k + 1:])) if k >= 0 else []
    return bool(words) and all(w in leading for w in words)


def _object_denied(text: str, s: Statement, that: frozenset[str]) -> bool:
    """True when what a denial says is its verb's object noun phrase, no clause: the word before its content is not a
    complementizer (أن، بأن; with a pronoun: أنه) — «نفت أنقرة اتهامات …»، «وينفي كل من الرجلين أي تورط»."""
    before = WORD.findall(normalize(text[max(0, s.content_start - 12):s.content_start]))
    last = before[-1] if before else ""
    bare = last[1:] if last[:1] == "ب" else last
    return not (last in that or bare[:2] == "ان" and bare[2:] in _THAT_SUFFIXES)


def _unreached(ev: Event, s: Statement, text: str, scope: DenialScope | None) -> bool:
    """True when a denial does not reach the event its content holds: the accusation noun that is the denial's object
    within its first four words (the charge was made, its content is denied: «نفت أنقرة اتهامات وحدات الحماية
    الكردية بقصف الجيش التركي»; or the event is the denial itself: «نفى المشتبه به خالد كل هذه الاتهامات»); a perfect
    verb in و past an object noun phrase, a clause of its own («وينفي الرجلان أي تورط في الحادث ورفضت روسيا
    تسليمهما»); an act past a condition word (what the case supposes is not what is denied: «نفى … قول النواب بأن
    إيران ستحصل على مائة وخمسين مليار دولار إذا رفعت عنها العقوبات») or past a relative pronoun after a comma
    («لم تظهر أي مشكلة، في الوقت الذي أثبت فيه موسكوفيسي أنه يجري التفاوض في ظروف تعاون»); an accusation noun that
    opens the content, its subject («أن الاتهامات ضد تركيا «لا أساس لها»»)."""
    if scope is None:
        return False
    t0 = ev.trigger.start
    k = bisect.bisect_right(scope.stops, s.content_start)
    if k < len(scope.stops) and scope.stops[k] < t0:
        return True
    if t0 in scope.charges and not WORD.search(text, s.content_start, t0):
        return True  # (an accusation noun opening what is denied is its subject: «مؤكدا أن الاتهامات ضد تركيا «لا
        # أساس ولا تبرير لها»»: the charges were made, what they say is denied)
    if t0 not in scope.charges and t0 not in scope.joined or not _object_denied(text, s, scope.that):
        return False
    return t0 in scope.joined or len(WORD.findall(text[s.content_start:t0])) < 4


def _holding(events: list[Event], statements: list[Statement], text: str, contrast: frozenset[str],
             ends: tuple[frozenset[str], ...], scope: DenialScope | None = None) -> list[list[Statement]]:
    """For each event, the statements whose content holds its trigger, a denying one read as asserting where its
    denial no longer reaches the trigger (past a word of contrast, a new clause, or a word ending it; `_unreached`)."""
    order = sorted(statements, key=lambda s: s.content_start)
    starts = [s.content_start for s in order]
    reach = max(s.content_end - s.content_start for s in order)
    out = []
    for ev in events:
        t0, t1 = ev.trigger.start, ev.trigger.end
        lo, hi = bisect.bisect_left(starts, t0 - reach), bisect.bisect_right(starts, t0)
        holding = [s for s in order[lo:hi] if s.content_start <= t0 and t1 <= s.content_end]
        out.append([replace(s, stance="assert") if s.stance == "deny" and (
            _past_contrast(text, s.content_start, t0, contrast) or
            _NEW_CLAUSE.search(text, s.content_start, t0) is not None or
            _denial_ended(text, s.content_start, t1, ends) or _unreached(ev, s, text, scope)) else s for s in holding])
    return out


def _contest(linked: list[Event], stances: dict[str, set[str]], text: str = "",
             will_not: frozenset[str] = frozenset()) -> list[Event]:
    """The events with the contested mark set (`stances`: event id → the stances of the statements it is told in):
    those told both asserted and denied, and each denied one with the events it contests
    (`_contested_by`), both sides marked; the others unmarked. A denial opening with «لن» (`will_not`, the
    negations of the future: «أنه لن تجري بالضرورة إعادة فرض جميع العقوبات») says what will not be: it contests
    no act told as done («في الفترة التي سبقت فرض العقوبات»)."""
    contested = {e.id for e in linked if {"assert", "deny"} <= stances.get(e.id, set())}
    if any("deny" in v for v in stances.values()):
        asserted: dict[tuple[str, str], list[Event]] = {}
        by_code: dict[tuple[str, str, str], list[Event]] = {}
        for a in linked:
            if a.negated or a.future or a.hypothetical or a.stance == "deny":
                continue
            asserted.setdefault((a.event, _trigger_stem(a)), []).append(a)
            for role, parties in (("actor", a.actor), ("recipient", a.recipient)):
                for x in parties:
                    if x.code:
                        by_code.setdefault((a.event, role, x.code), []).append(a)
        for d in (e for e in linked if "deny" in stances.get(e.id, ())):
            if d.claim is not None and _opens_with(text, d.claim.content_start, d.trigger.start, will_not):
                continue
            hits = _contested_by(d, asserted, by_code)
            if hits:
                contested.add(d.id)
                contested.update(a.id for a in hits)
    return [e if e.contested == (e.id in contested) else e.updated(contested=e.id in contested) for e in linked]


def _contested_by(d: Event, asserted: dict[tuple[str, str], list[Event]],
                  by_code: dict[tuple[str, str, str], list[Event]]) -> list[Event]:
    """The asserted events a denied event `d` contests: of its type, with the same party in the same role («نفى
    الجيش التركي … أنه قصف» is not contested by a PKK attack on the army), or the same recipient alone where one
    side names no actor («نفى بيسكوف … أن أثينا تقدمت بطلب لموسكو»، «ناشد روسيا»); a denial naming no party,
    those of its type told with the same word. Not one whose recipients and `d`'s, both named, differ («دعا الرئيس
    اليوناني زعماء الأحزاب» is not what «نفى … أن أثينا تقدمت بطلب لموسكو» denies; the one it names, the other
    names another or no code), nor any for a denial of what will
    be or is aimed at («أنها محاولة للتشويش على زيارة وفد حماس»: a purpose, no act told as done)."""
    if d.future or d.hypothetical:
        return []
    doers = {x.code for x in d.actor if x.code}
    targets = {x.code for x in d.recipient if x.code}
    if doers or targets:
        hits = [a for c in doers for a in by_code.get((d.event, "actor", c), ())] + \
            [a for c in targets for a in by_code.get((d.event, "recipient", c), ())
             if not doers or not any(x.code for x in a.actor)]
    else:  # a denial naming no party contests the assertions of its type told with the same word
        hits = asserted.get((d.event, _trigger_stem(d)), [])
    out, seen = [], set()
    for a in hits:
        theirs = {x.code for x in a.recipient if x.code}
        if a.id != d.id and a.id not in seen and not (targets and a.recipient and not targets & theirs):
            seen.add(a.id)
            out.append(a)
    return out


def _opens_with(text: str, start: int, end: int, words: frozenset[str]) -> bool:
    """True when one of the first two words of text[start:end] is in `words` («أنه لن تجري …»، «لن يتم …»)."""
    if not words or end <= start:
        return False
    return any(w in words for w in WORD.findall(normalize(text[start:min(end, start + 40)]))[:2])


class ContestCheck:
    """Reads the contested mark again once the later stages have dropped or merged events (repeats, topics):
    an event stays contested only while an event of its type marked on the other side (its asserting or denying
    partner, or one it merged into) is still among the events, or when it is told both asserted and denied; it
    marks none anew. Runs last in the pipeline, after the statements stage."""

    name = "contested"
    requires = ("statements", "events")
    adds = ()

    def __init__(self, fw: FunctionWords):
        self.contrast, self.ends = _link_words(fw)

    def __call__(self, article: Article) -> Article:
        """The article with the contested mark of its events read among the events that stay: a marked event keeps
        its mark while an event of its type marked on the other side stays (a partner merged into an earlier telling
        of its act is still there: «لم نستلم الطلب» with «طلبت موسكو من واشنطن», the «الطلب» told as fact after it
        merged into that request); the stage only takes marks away."""
        events, statements = article.events, getattr(article, "statements", None) or []
        if not statements or not any(e.contested for e in events):
            return article
        holding = _holding(events, statements, article.text, self.contrast, self.ends)
        sides = {e.id: {s.stance == "deny" for s in h} or {False} for e, h in zip(events, holding)}
        kept = {(e.event, denied) for e in events if e.contested for denied in sides[e.id]}
        article.events = [e.updated(contested=False) if e.contested
                          and not any((e.event, not denied) in kept for denied in sides[e.id]) else e
                          for e in events]
        return article
