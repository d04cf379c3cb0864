"""Lexicon matching: actors, agents, event triggers and cue words found in each sentence."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import replace
from itertools import accumulate, chain, compress, count, groupby
from operator import attrgetter, itemgetter, methodcaller, not_, or_

from ..article import Article
from ..lexicon.compile import _END, ActorEntry, AgentEntry, FunctionWords, Lexicon, TriggerEntry, _rows
from ..lexicon.morph import (_keyed, clitic_forms, clitic_variants, cue_variants, has_noun_key, key_variants, noun_keys,
                             verb_variants)
from ..arabic.normalize import last_letter, name_form, normalize, word_key
from ..arabic.tokens import after_letters, tokenize
from ..lexicon.outlets import outlet_home
from ..records import Mention, Token, make_mention
from .modality import participle_form
from .phrases import _BOND_PRONOUNS, _CLOSING_QUOTES, _after_place_noun, _office_name_run, _definite_titles, _title, feminine_noun, pronoun_core, strip_wa, UNKNOWN_NAME

# What the matcher reads of a word: its (key, clitic prefix) pairs, its keys alone, its cue forms, and whether it may
# begin an entity, begin a cue, be a trigger, be an eponym cue with a preposition on it (see `_prefixed_eponym`), be
# shaped as a dual (see `_entity_hits`).
WordReadings = tuple[tuple[tuple[str, str], ...], tuple[str, ...], tuple[str, ...], bool, bool, bool, bool, bool]

ATTACK = "ASSAULT"  # the event whose trigger beside a held role noun (الطيران) makes it the attacking force
_KUNYA = ("ابو", "ابا", "ابي")  # أبو خليل السوداني: a nisba after a kunya's name ends the name (a nom de guerre)
_RELATIVE = ("الذي", "التي")  # the relative pronouns that open a clause describing the noun before them
_NASAB = ("بن", "ابن", "بنت")  # a father's name follows: the definite word after it ends a person's name
_TARGET_KINDS = frozenset({"CVL", "MIL"})
_TOWN_TYPES = ("place", "capital")  # the types of a town's mention: where a body named beside it acts
_STATE_NAMES = ("country", "demonym", "capital")  # the types of a mention naming a state: name, nationality, capital
# the kinds of entry whose own one-word name not_entities.tsv may hold back, for the article to decide (`_held`)
_HELD_KINDS = ("country", "group", "person")
# a story of sport: a sport word (cues.tsv sport, sport_weak) in at least this many sentences and this share of them
# (2015-07-22 #68: «كبار اللاعبين في السوق» beside EU sanctions, one sentence, is no story of sport)
_SPORT_SENTENCES, _SPORT_SHARE = 3, 0.25
_FOOTBALL = " لكرة القدم"  # the tail of a football body's name whose head alone names an IGO too (الاتحاد الأوروبي)
_NON_STATES = frozenset({"IGO", "IMG", "NGO", "NGM", "MNC", "INT", "UIS", "KUR"})  # codes of no state
# the sectors of a state's forces and bodies (الشرطة، الجيش، المحكمة، البرلمان) an article of one country names as
# its own; not GOV: a ministry or an office with a code is a party, and the topics stage would keep its talk
_STATE_SECTORS = frozenset({"MIL", "COP", "JUD", "LEG", "SPY"})
_GOVERNMENTS = ("حكوم", "سلط")  # stems of a state's government as a whole: الحكومة، حكومة، السلطات، السلطة
_HOME_SHARE = 4  # an article's country is named at least this many times as often as all others together
# … or this many times where it is named `_HOME_MANY` times or more (4 alone left Saudi reports naming a few other
# countries without a home: «القوات البرية» of the Saudi border guards beside Yemen; a code named twice beside one
# named once is too little to tell: a Swedish police story quoting an Egyptian official on Cairo; and twice as often
# is too little: five Palestinian victims and places beside two Israeli soldiers leave «الشرطة» of the West Bank none)
_HOME_MANY_SHARE, _HOME_MANY = 3, 3
_COUNCIL_LEAD = 2  # … or, for its council alone, this many times as often as the next country (`_council_home`)
_CHAIRED_LEAD = 1.5  # … or this many times, with a person of its own beside its council (`_chaired_council`)
_LOCAL_SHARE = 2  # … or this many times where the article calls one of its bodies local (الشرطة المحلية)
_LOCAL = ("المحلي", "المحليه")  # "local" said of a body: the one of the place the story is told of
_UNIT_SPAN = 7  # words: a head's unit (اللجنة الوطنية للتعليم العالمي والدولي) told before the body it is in
_AMONG_SPAN = 4  # words: a person named among officials («من بينهم وزير الخارجية سيرجي لافروف») within
_STORY = 3  # sentences: a text of fewer tells no story whose country its bodies could be taken to be of
# the bodies of a state and its opposition as a whole (المعارضة): a story one country leads throughout tells of that
# country's (round 92: OPP)
_HOME_ROLES = _STATE_SECTORS | {"OPP", "REB"}
_FACTIONS = frozenset({"REB", "OPP", "UAF"})  # sectors of the groups a bare head word goes on naming (المقاومة)  # the sectors an adjective gives a target (حافلة مدنية، مواقع عسكرية)


# sort keys read in C: a mention's place in its sentence (then kind), in the article, and a hit's first token
_BY_TOKEN, _BY_PLACE, _FIRST = attrgetter("tok_start", "kind"), attrgetter("sentence", "tok_start", "kind"), itemgetter(0)
_NORM = attrgetter("norm")  # a token's normal form, read in C
_SENTENCE = attrgetter("sentence")  # a mention's sentence, read in C
_CUE = attrgetter("cue")  # a cue payload's class, read in C
_ABD = methodcaller("startswith", "عبد")  # a word that may be a name in عبد (عبدالله), read in C (map)
_HYPHENS = frozenset({("-",), ("–",), ("‐",)})  # a hyphen's keys: one may join the words of a name (فرانك-فالتر)
_HYPHEN_RE = re.compile("[" + "".join(re.escape(k[0]) for k in sorted(_HYPHENS)) + "]")  # a sentence whose text
# has none of the hyphens' characters has no hyphen token
_HYPHEN_REACH = 7  # tokens: how far past a name's first word a hyphen in it is looked for
_OPENING_QUOTES = frozenset(("«", '"', "“", "("))  # the marks a group's name in quotes opens with (تنظيم «داعش»)
_QUOTE_RE = re.compile("[" + "".join(re.escape(q) for q in sorted(_OPENING_QUOTES)) + "]")  # a sentence with none
# of them has no name in quotes
_QUOTE_ENDS = _CLOSING_QUOTES | {")"}  # the marks that end it (تنظيم (داعش))


class MentionMatcher:
    """Finds every lexicon mention in the sentences, with offsets and the entry it matched."""

    name = "mentions"
    requires = ("sentences", "tokens")
    adds = ("mentions",)

    _CACHE_LIMIT = 300_000  # distinct words remembered; news vocabulary repeats, so analyses are reused

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        # a token's normal form → its readings (see `_word_readings`): Arabic words and the other tokens in one dict,
        # so that a sentence's readings are one C pass of lookups. The two never share a normal form: an Arabic
        # word's begins with an Arabic letter (its first letter is never dropped by `normalize`, only folded to
        # another letter), a number's with a digit, a Latin word's with a Latin letter, and a mark is one
        # character of none of these.
        self._words: dict[str, WordReadings] = {}
        self._others = self._words  # (the other tokens' readings: the same dict)
        self._cands: dict[tuple[str, bool, bool], list[tuple[TriggerEntry, str, bool, str, bool]]] = {}
        self._spellings: dict[tuple[str, str, int], list] = {}  # (word, clitic prefix, payload list) → kept
        # a word that may begin a cue → (the cue trie's nodes of its cue readings, the payloads of the cues that are
        # this one word or None): the trie's first step, taken once per word (`_cue_nodes_of`); a dict apart from
        # `_words`, whose tuples of strings the collector lets go, as these tuples of nodes it cannot
        self._cue_nodes: dict[str, tuple[tuple[dict, ...], list | None]] = {}
        # after a preposition comes a noun (لدى خطفهم: at their abduction), never a finite verb; «من» is also
        # the relative "who" (من قتلوا), so it is left out
        self._nominal = lexicon.function_words.preposition - {"من"}
        # so does a noun of cause or time with its genitive (نتيجة قصف، جراء القصف، إثر هجوم), with و/ف or not
        genitive = lexicon.function_words.genitive_head
        self._nominal |= genitive | {c + w for w in genitive for c in "وف"}
        # a light verb (cues.tsv: شن، نفذ) a few words before an accusative -ا word carries its verbal noun: «وشن
        # الطيران قصفا على مواقع الحوثيين» is shelling, not the dual verb «they two shelled»
        self._light = frozenset(normalize(r["phrase"]) for r in _rows("cues.tsv") if r.get("cue") == "light_verb")
        # a tail word the trigger rows write only with ة/ات (مساعدات، مساعدة) is matched only by a text word that
        # keeps that ending: the bare form shares its key but is another word (قدم مساعد الزويهري: an assistant)
        self._feminine_tails = _feminine_tails(_rows("triggers.tsv"))
        self._far_tails = frozenset(map(word_key, lexicon.function_words.far_tail))  # (see `_far_tail_end`)
        fw = lexicon.function_words
        self._far_stops = fw.far_tail_stop | fw.complementizer | fw.pronoun_that | fw.relative_clause | fw.when | \
            fw.until | fw.clause_opener  # (the words that open another clause: أن، الذي، عندما، حتى، بينما، قد…)
        # a word in -ًا after a count (ثلاثين طالبا، 20 شخصا) is the counted noun, not a verb (طالبا "they two
        # demanded"); a verb may follow a count that is its subject (إن 3 قتلوا)
        self._counts = lexicon.function_words.number
        # the names of several countries (actors.tsv: المملكة, one country row each): the outlet's or the story's
        # kingdom, told again; no count of the story's own country
        shared = Counter(r["phrase"] for r in _rows("actors.tsv") if r["kind"] == "country")
        self._shared = frozenset(p for p, n in shared.items() if n > 1)
        self._title_norms: dict = {}  # a title's written token → (itself, normal form, kind), for `_title_states`
        # place_words.tsv locative and part words (في، بمدينة، أنحاء): a word of several countries after one is where
        places = _rows("place_words.tsv")
        self._locatives = frozenset(normalize(r["word"]) for r in places if r["class"] in ("locative", "part"))
        # place_words.tsv extent (مناطق، مستوى، أسواق): a word of several countries in construct after one is where
        self._extent = frozenset(normalize(r["word"]) for r in places if r["class"] == "extent")
        self._abroad = lexicon.function_words.abroad  # الدولية، الأجنبية said of a body: none of the home's
        self._bonds = lexicon.function_words.bond_noun  # انصار، مويدي: a bond noun before its possessive
        self._that = lexicon.function_words.complementizer  # إن، أن: an accusative noun after it is the subject
        fw = lexicon.function_words
        self._kinship = fw.kinship
        self._kin_nouns = fw.kin_noun  # زوجات جده: his grandfather's wives, no Jeddah
        self._deposed = fw.deposed  # قوات النظام المخلوع: a fallen regime's forces, not Assad's
        self._not_verb = fw.not_verb  # وزارته: his ministry, never و + زارته
        self._given = _given_names()
        # the words that end a person's title phrase read back from the name (أن، الذي: a clause before it)
        self._stops = fw.complementizer | fw.pronoun_that
        # the given names that are common words too (given_names.tsv word: مالك "owner", جمال "beauty")
        self._common = frozenset(normalize(r["name"]) for r in _rows("given_names.tsv") if r.get("word") == "y")
        self._near_tails = fw.near_tail_pairs  # (a verb and its tail, that tail its object: see _near_object)
        self._function_words = fw.preposition | fw.link | fw.filler | fw.adverb
        self._main_adjective = fw.main_adjective
        self._closed = self._function_words | fw.complementizer  # no name: the words `_surname_subjects` stops at
        self._prepositions = fw.preposition
        # not_entities.tsv forms of two words: phrases that name no actor (كوبا أمريكا)
        self._pair_heads = {form.split()[0] for form in lexicon.not_entities if " " in form}
        self._pair_tails = {form.split()[-1] for form in lexicon.not_entities if " " in form}
        self._duals: dict[str, tuple[list, str]] = {}  # a word in ان → (role readings of its singular, prefix)
        # a word whose keys begin entries of several words only → the entity trie's nodes of those keys (a word some
        # key of which is a whole entry → None): in a sentence with no hyphen, no match starts at such a word unless
        # the next word goes on from one of its nodes (`_entity_hits` asks that before `_match_at`)
        self._open_nodes: dict[str, tuple[dict, ...] | None] = {}
        # one-word eponym cues (مستشفى، جسر): with a preposition on them (لجسر الملك فهد) they still name a place
        self._eponyms = frozenset(k for k, node in lexicon.cues.root.items() if any(
            getattr(p, "cue", None) == "eponym" for p in node.get(_END, ())))
        # the first three letters of every verb form: a word none of whose readings as a verb begins so (at its
        # first letters or past a clitic) has no verb reading, and `verb_variants` need not be worked out
        self._verb_starts = frozenset(form[:3] for form in lexicon.verbs)
        self._found_here: list[Mention] = []  # the sentence being matched: its mentions so far (read by _trigger)
        # the participles that go on their clause (cues.tsv appeal: مطالبا، داعية; a verb row's participle in م:
        # متهما، محملا; the feminine forms in ة): right after a comma, a word of a new clause, no trigger's tail
        # («وأكد الوزير رفضه للتدخل الإيراني، مطالبا طهران بالكف»: no «رفض مطالب», rejecting demands)
        self._clause_participles = frozenset(lexicon.fem_verbs) | frozenset(
            k for k, node in lexicon.cues.root.items() if k in lexicon.verbs and any(
                getattr(p, "cue", None) == "appeal" for p in node.get(_END, ()))
        ) | frozenset(form for form, readings in lexicon.verbs.items()
                      if any(participle_form(form, e.lemma) for e, _ in readings))
        # topic_words.tsv subject_matter: the nouns a nationality adjective describes as a matter talked of, no party
        # (الأزمة السورية، العلاقات السعودية الروسية، الملف اليمني)
        # (and function_words.tsv goods: «عودة الصادرات الإيرانية», Iran's exports, no party)
        self._goods = frozenset("ال" + w for w in fw.goods)  # (one owned by a body: «وزارة النفط العراقية», Iraq's)
        self._matters = frozenset("ال" + normalize(r["phrase"]) for r in _rows("topic_words.tsv")
                                  if r["class"] == "subject_matter") | self._goods
        # topic_words.tsv deem: the verbs of deeming in the present (يعد، تعتبر); after «الذي يعد» an indefinite noun
        # is what the noun before is deemed, no party («الحرس الثوري الإيراني الذي يعد قوة سياسية»)
        self._deem = frozenset(normalize(r["phrase"]) for r in _rows("topic_words.tsv") if r["class"] == "deem")
        self._coalitions = _Coalitions(fw.bare_coalition, fw.alliance_after, lexicon)
        self._unions = _football_unions(lexicon)
        # the words that tie a unit to its owner (function_words.tsv owned_bi خاصة، affiliated التابعة; and these
        # without their article): «دورية خاصة بالمسلحين الحوثيين»، «عناصر تابعة للنظام»
        self._owned_words = fw.owned_bi | fw.affiliated | frozenset(w[2:] for w in fw.affiliated if w.startswith("ال"))

    def _cached(self, cache: dict, key, make):
        """Look `key` up in one of the per-word caches, computing it with `make` on a miss."""
        hit = cache.get(key)
        if hit is None:
            if len(cache) > self._CACHE_LIMIT:
                cache.clear()
            hit = cache[key] = make()
        return hit

    def __call__(self, article: Article) -> Article:
        out: list[Mention] = []
        pending: list[tuple[Mention, list[ActorEntry]]] = []
        surnamed: list[tuple[int, int]] = []  # (sentence, token) of each town read as a family name (`_town_surname`)
        forms = _Forms(article.norms())  # (each token's read once an article, and kept for the later stages)
        for sent, toks, norms in zip(article.sentences, article.tokens, forms.norms):
            out.extend(self.match_sentence(article, sent.index, toks, pending, norms, surnamed))
        if pending:
            out = _by_article_evidence(out, pending)
        if surnamed:
            out = self._without_town_surnames(out, article.tokens, surnamed)
        out = _hyphened_names(out, article.tokens, article.text)
        out = _by_common_noun(out, article.tokens)
        out = _by_surname(out, article.tokens, self._given, self._kinship)
        out = _nisba_surnames(out, article.tokens, self._given, article.text)
        out = _by_group_head(out, article.tokens)
        out = _members_of_groups(out, article.tokens, self.lexicon.function_words.member_plural)
        out = _without_kunya_nisbas(out, article.tokens, self.lexicon.function_words.kunya)
        out = _without_rank_family_nisbas(out, article.tokens, self.lexicon.function_words)
        out = _without_languages(out, article.tokens, self.lexicon.function_words.language_head)
        out = _israeli_zealots(out, article.tokens, self.lexicon.function_words.zealot,
                               self.lexicon.function_words.zion_site)
        out = _armed_carriers(out, article.tokens, self.lexicon.function_words.armed_carry,
                              self.lexicon.function_words.armed_gear)
        out = _without_adjective_lists(out, article.tokens)
        out = _without_committee_remits(out, article.tokens, self.lexicon.function_words.committee)
        out = _without_body_names(out, article.tokens, self.lexicon.function_words.body_head)
        out = _by_short_name(out, article.tokens, article.text)
        out = _sport_unions(out, len(article.sentences), self._unions)
        out = _by_igo_head(out, article.tokens, self.lexicon.function_words.body_word)
        out = _by_bare_head(out, article.tokens, article.text, self.lexicon.function_words.preposition, forms,
                            self.lexicon.function_words.bare_name, self.lexicon.function_words.side_of,
                            self.lexicon.function_words.body_word, self.lexicon.function_words.counted_men)
        out = _bare_subjects(out, article.tokens, article.text)
        out = _by_bare_coalition(out, article.tokens, article.text, self._coalitions, article.published, forms)
        out = _surname_subjects(out, article.tokens, self._closed)
        out = _by_family_name(out, article.tokens, article.text, self._given, self._kinship, forms)
        out = _kin_of_persons(out, article.tokens, article.text, self._kin_nouns)
        out = _deputies_of_heads(out, article.tokens, article.text, self.lexicon.function_words.deputy_title,
                                 self.lexicon.function_words.head_of)
        out = _heads_of_bodies(out, article.tokens, self.lexicon.function_words.head_of,
                               self.lexicon.function_words.deputy_title)
        out = _owned_deputies(out, article.tokens, self.lexicon.function_words.deputy_title)
        if len(article.sentences) >= _STORY:
            out = _home_bodies(out, article.tokens, self._counts, self._abroad, self._shared, self._prepositions,
                               self.lexicon.function_words.warplane, self.lexicon.function_words.minister,
                               self.lexicon.function_words.deputy_title, self.lexicon.function_words.home_people,
                               self.lexicon.function_words.head_of)
            out = _named_body_home(out, article.tokens, self._counts, self._abroad)
            out = _announced_home(out, article.tokens, self._abroad, self.lexicon.function_words.complementizer
                                  | self.lexicon.function_words.venture_noun)
        out = _owned_units(out, article.tokens, self._owned_words)
        out = _fighters_of_factions(out, article.tokens, self.lexicon.function_words.zealot)
        out = _members_of_police(out, article.tokens)
        out = _bare_embassies(out, article.tokens)
        out = _by_title(out, article.tokens, self._closed, self.lexicon.function_words.title_plural)
        out = _by_holders_title(out, article.tokens)
        out = _by_unknown_name(out, article.tokens, article.text, self._given, self._kinship, self._stops,
                               self._prepositions, self._common, forms, self.lexicon.function_words)
        out = _by_nationality(out, article.tokens, self.lexicon.function_words.nationality_noun)
        out = _nationals(out, article.tokens, self.lexicon.function_words.nationality_noun)
        out = _bare_bonds(out, article.tokens, self._bonds)
        out = _participle_adjectives(out, article.tokens, self._function_words)
        out = _body_in_country(out, article.tokens, self._prepositions, self.lexicon.function_words.number)
        out = _official_in_body(out, article.tokens)
        out = _officials_of(out, article.tokens, self.lexicon.function_words.among)
        out = _heads_in_bodies(out, article.tokens, self.lexicon.function_words.head_of)
        out = _deputy_in_body(out, article.tokens)
        out = _without_leaders(out, article.tokens, self.lexicon.function_words.leader_verb)
        out = _former_titles(out, article.tokens, self.lexicon.function_words.former)
        out = _quoted_titles(out, article.tokens, article.text)
        out = _sub_units(out, article.tokens, article.text, self.lexicon.function_words.sub_unit, self._closed)
        article.mentions = out
        if article.title and outlet_home(article.source, article.url):
            article.title_states = self._title_states(article)
        return article

    def _title_states(self, article: Article) -> frozenset[str]:
        """The codes of the states the article's title names, by any coded actor of a state as `_outlet_lead` reads the
        text (a name, nationality or capital; «الرئيس التركي», «أردوغان», «الحوثيون»; no medium), not by a name
        several states share (`_shared`: «المملكة»), nor by a nationality the body gives a person as his family name
        after the same word (`_surnames`: «اللواء التركي: إغلاق تويتر ليس حلاً» of a story quoting «اللواء منصور
        التركي», 2015-07-22 #912; not «السفير المصري» of a story quoting «اللواء منصور المصري»): the title's own
        country, where the body names it less («مصر: الإفراج عن …» of a Saudi paper)."""
        title = article.title
        toks = tokenize(title, 0, len(title), self._title_norms)
        found = self.match_sentence(Article(text=title, id="title", published=article.published), 0, toks)
        named = [m for m in found if m.kind == "actor" and m.get("code") and m.get("code") not in _NON_STATES
                 and m.get("sector") != "MED" and getattr(m.entry, "phrase", "") not in self._shared]
        if any(m.get("type") == "demonym" for m in named):
            pairs = _surnames(article.mentions, article.tokens)
            named = [m for m in named if m.get("type") != "demonym" or not _title_surname(toks, m.tok_start, pairs)]
        return frozenset(m.get("code") for m in named)

    def match_sentence(self, article: Article, index: int, toks: list[Token],
                       pending: list | None = None, norms: list[str] | None = None,
                       surnamed: list | None = None) -> list[Mention]:
        """All mentions of one tokenised sentence. A one-word name with readings of several codes (عمان: Amman
        or Oman) that the sentence does not settle is added to `pending` with its readings, for the article's
        other mentions to decide. `norms`: the tokens' normal forms, when already read off them. `surnamed` gets
        (index, token) of each town that ends a personal name here (see `_town_surname`), for the article's other
        mentions of that town."""
        lex = self.lexicon
        if not toks:
            return []
        words = self._word_readings(toks, norms)
        columns = list(zip(*words))  # (each reading of every word, as one tuple a column)
        kv, keys, cue_opts, starts = columns[:4]
        found: list[Mention] = []
        text = article.text
        # (a sentence with no hyphen in its text, most, has no name over one: asked once, in C, on the text)
        hyphens = _HYPHEN_RE.search(text, toks[0].start, toks[-1].end) is not None
        hits, doubtful = self._entity_hits(toks, kv, keys, starts, columns[7], hyphens, surnamed, index)
        acting: list[Mention] = []  # role nouns read only as the doer or target of an attack (الطيران)
        adjectives: set[int] = set()
        joined: set[int] = set()  # first tokens of the family names joined to the name before them
        for h, (i, n, payloads, prefix) in enumerate(hits):
            if i in joined:
                continue
            if n == 1 and not prefix and _groups_only(payloads) and _after_place_noun(toks, i):
                continue  # بمنطقة القاعدة (in Taiz): a group's one-word name after a place noun names the place
            if n == 1 and not prefix and self._named_site_adjective(toks, hits, h):
                continue  # قرب مطار النيرب العسكري: the airport's adjective, no military party
            if n == 1 and _common_noun_group(payloads) and _described(toks, hits, h):
                continue  # القاعدة الجوية، القاعدة الاستراتيجية، القاعدة النقدية: the noun (a base), described
            if n == 1 and _dual_adjective(toks, hits, h):
                continue  # العمليتين الانتحاريتين: an adjective of the dual noun before, no two bombers
            if n == 1 and self._of_matter(toks, hits, h):
                continue  # بحث الجانبان الأزمة السورية: the crisis talked of, Syria no party to the talk
            if n == 1 and _second_language(toks, i, prefix, payloads):
                continue  # هتافات بالإنجليزية والإسبانية: the second of two languages, Spain no party
            if n == 1 and not prefix and self._accusative_adjective(toks, hits, h):
                continue  # دعما رئيسا، دورا رئيسا: "main", the adjective of the indefinite noun before, no president
            if n == 1 and not prefix and _stipulating_at(toks, i, lex.function_words.stipulating):
                continue  # المرسوم الملكي القاضي بمنح عفو: the adjective "stipulating", no judge
            if self._attributive(toks, hits, h, adjectives):
                adjectives.add(i)
                if last_letter(toks[i].text) == "ي" and all(p.sector == "UAF" for p in payloads):
                    # التفجير الإرهابي، العمل الإرهابي الذي استهدف: the attack's own doers, kept beside it alone
                    acting.append(self._entity(text, toks, i, n, payloads, prefix, index, article.published, None))
                continue  # العمليات الإرهابية، الحملة الإعلامية: an adjective of the noun before, no one
            readings = _readings(payloads, n, article.published)
            code = _code_in_context(toks, hits, h, readings) if readings else None
            if _persons(payloads):  # الملك سلمان بن عبدالعزيز آل سعود: the name goes on over its nasab
                n = self._nasab_end(toks, i + n, hits[h + 1][0] if h + 1 < len(hits) else len(toks)) - i
                if n == 1 and (not h or sum(hits[h - 1][:2]) < i) and self._own_given_before(toks, i, payloads):
                    # الرئيس عبدالفتاح السيسي: his own given name is part of his name, and joins his title
                    i, n = i - 1, 2
                    prefix = "و" if toks[i].norm not in self._given and toks[i].norm[:1] == "و" else ""
                if h + 1 < len(hits) and hits[h + 1][0] == i + n and _family(toks, hits[h + 1]):
                    # تميم بن حمد آل ثاني، الأمير سلمان بن حمد آل خليفة: the family's name ends the person's, and
                    # tells the country of a member whose name the lexicon gives another's (King Salman is Saudi)
                    joined.add(i + n)
                    n += hits[h + 1][1]
                    payloads = _of_family(payloads, hits[h + 1][2])
            elif _family(toks, hits[h]):
                # الشيخ حمد بن جاسم آل ثاني: a member the lexicon lacks, named before the family's name
                start = self._nasab_start(toks, i, sum(hits[h - 1][:2]) if h else 0)
                if start == i:
                    continue  # (مطار دبي ورلد سنترال-آل مكتوم: a name after no person's is a place's or a firm's)
                i, n, payloads = start, n + i - start, _of_family([], payloads)
            m = self._entity(text, toks, i, n, payloads, prefix, index, article.published, code)
            if m.kind == "agent" and m.label == "LEG" and n == 1 and i + 1 < len(toks) and _title(toks[i + 1]) \
                    and last_letter(toks[i + 1].text) != "ة" and not toks[i].norm[len(prefix):].startswith("ال"):
                m = _deputy(m, hits[h + 1] if h + 1 < len(hits) and hits[h + 1][0] == i + 1 else None)
                if m is None:
                    continue  # نائب مدير مهمة الدعم: a deputy director, no member of parliament
            if m.kind == "agent" and m.label == "CVL" and n == 1 and _relative_of_genitive(toks, i, prefix):
                continue  # توفي والد الرضيع الفلسطيني الذي قتل: the clause may tell of the genitive; neither is read
            if m.kind == "agent" and not prefix and self._deemed(toks, i):
                continue  # الحرس الثوري الذي يعد قوة سياسية: what the guards are deemed, no force of its own
            if i in doubtful and m.kind == "agent":
                acting.append(m)
                continue
            if i in doubtful:
                if pending is None:
                    continue
                pending.append((m, []))  # kept only if the article names that country (or group) otherwise
            elif readings and code is None and pending is not None:
                if _kingdoms(payloads) and self._located(toks, i, prefix):
                    continue  # «بالمملكة»، «في المملكة»، «على مستوى المملكة»: where, no party
                pending.append((m, readings))
            found.append(m)
        # cues
        eponym_ends = set()
        cue_starts = columns[4]
        cue_nodes, last = self._cue_nodes, len(toks) - 1
        after = 0  # the first token past the last cue matched
        # only the words that may begin a cue or are a prefixed eponym are visited (most words are neither)
        for i in compress(count(), map(or_, cue_starts, columns[6])):
            if i < after:
                continue  # inside a cue matched before
            if not cue_starts[i]:
                eponym_ends.add(i + 1)  # لجسر الملك فهد، بمستشفى الملك فهد: the eponym with its preposition
                continue  # no cue starts with this word
            norm = toks[i].norm
            nodes = cue_nodes.get(norm)  # (looked up inline: a word seen before, nearly all)
            if nodes is None:
                nodes = self._cached(cue_nodes, norm, lambda: self._cue_nodes_of(cue_opts[i]))
            nodes, own = nodes
            if i == last or (nodes[0].keys().isdisjoint(cue_opts[i + 1]) if len(nodes) == 1 else all(
                    node.keys().isdisjoint(cue_opts[i + 1]) for node in nodes)):
                # (no cue goes on with the next word, most often: the trie's longest match is this word's own)
                n, payloads = (0, []) if own is None else (1, own)
            else:
                n, payloads = lex.cues.longest(cue_opts, i)
            if n == 1 and payloads[0].cue == "appeal" and strip_wa(norm) in lex.function_words.noun_participle and not (
                    i and toks[i - 1].text in ("،", ",")):
                n = 0  # «وقال داعية إسلامي»: a preacher; only past a comma a participle of calling
            if n:
                s, e = toks[i].start, toks[i + n - 1].end
                found.append(make_mention(s, e, text[s:e], "cue", payloads[0].cue, i, i + n, index))
                if "eponym" in map(_CUE, payloads):  # (asked in C)
                    eponym_ends.add(i + n)
                after = i + n
        if eponym_ends:
            # مستشفى الملك فهد، جامعة الملك سعود، طريق الأمير سلطان: a place or body named after a person
            found = [m for m in found if not (m.tok_start in eponym_ends and (
                m.kind == "actor" and m.entry.kind == "person" or m.kind == "agent" and _title_of_name(toks, m)))]
        # triggers
        self._found_here = found  # (read by _trigger: the parties and the triggers before a word)
        for i in compress(count(), columns[5]):  # (the others are no Arabic word, or no reading is a trigger)
            m = self._trigger(text, toks, keys, i, index)
            if m is not None:
                found.append(m)
        if acting:
            found += _beside_attack(acting, found, toks, lex.function_words.day | lex.function_words.light_time)
        found.sort(key=_BY_TOKEN)
        if _QUOTE_RE.search(text, toks[0].start, toks[-1].end) is not None:
            found = self._over_quotes(toks, kv, keys, found, text)
        return found

    def _over_quotes(self, toks: list[Token], kv: list, keys: list, found: list[Mention], text: str) -> list[Mention]:
        """The mentions, with a group's name in quotes after its head word joined to it where the two make a name of
        the lexicon: «تنظيم "داعش"»، «لتنظيم «داعش» الإرهابي»، «تنظيم (داعش)» read as «تنظيم داعش», the head word
        taken in (a role before it, مقاتلي تنظيم «داعش», goes on into the group's name as before «تنظيم داعش»)."""
        taken = {j for m in found if m.kind in ("actor", "agent", "cue") for j in range(m.tok_start, m.tok_end)}
        out = []
        for m in found:
            i = m.tok_start
            if m.kind != "actor" or i < 2 or toks[i - 1].text not in _OPENING_QUOTES or i - 2 in taken or (
                    toks[i - 2].kind != "ar") or not isinstance(m.entry, ActorEntry) or m.entry.kind != "group":
                out.append(m)
                continue
            n = m.tok_end - i
            pre = next((pre for key, pre in kv[i - 2] if self.lexicon.entities.longest(
                [[key], *keys[i:m.tok_end]], 0)[0] == n + 1), None)
            if pre is None:
                out.append(m)
                continue
            end = m.tok_end + (m.tok_end < len(toks) and toks[m.tok_end].text in _QUOTE_ENDS)
            start = _span_start(toks[i - 2], pre)
            info = tuple((k, v) if k != "prefix" else (k, pre) for k, v in m.info)
            out.append(replace(m, start=start, end=toks[end - 1].end, text=text[start:toks[end - 1].end],
                               tok_start=i - 2, tok_end=end, info=info))
        return out

    def _word_readings(self, toks: list[Token], norms: list[str] | None = None) -> list[WordReadings]:
        """The lexicon readings of each token (see `WordReadings`); a token's are worked out once and remembered.
        `norms`: the tokens' normal forms, when already read off them."""
        words = self._words
        # one dict get a token, in C; the words seen before (nearly all) are done in this one pass
        out = list(map(words.get, map(_NORM, toks) if norms is None else norms))
        if all(out):  # (every reading is a tuple of eight, true; a word not read yet is None)
            return out
        for j in compress(count(), map(not_, out)):  # (only the words not read yet, picked out in C)
            t = toks[j]
            norm = t.norm
            # (asked again: the word may have come earlier in this sentence, or the cache been cleared)
            w = words.get(norm)
            if w is None:
                if t.kind == "ar":
                    w = self._readings_of(norm)
                else:  # a number, a Latin word, a mark: itself, maybe a cue (a comma), nothing more
                    if len(words) > self._CACHE_LIMIT:
                        words.clear()
                    w = words[norm] = (((norm, ""),), (norm,), (norm,), False, norm in self.lexicon.cues.root,
                                       False, False, False)
            out[j] = w
        return out

    def _open_nodes_of(self, kv: tuple[tuple[str, str], ...]) -> tuple[dict, ...] | None:
        """The entity trie's nodes of a word's keys (`kv`: its key readings) when none of them ends an entry (the word
        only begins names of several words: مجلس، وزير), else None."""
        root = self.lexicon.entities.root
        nodes = tuple(root[k] for k, _ in kv if k in root)
        return None if any(_END in node for node in nodes) else nodes

    def _cue_nodes_of(self, cue_opts: tuple[str, ...]) -> tuple[tuple[dict, ...], list | None]:
        """The cue trie's nodes of a word's cue readings (`cue_opts`, in their order), and the payloads of the first
        of them that ends a cue (a cue of this one word), or None."""
        root = self.lexicon.cues.root
        nodes = tuple(root[k] for k in cue_opts if k in root)
        return nodes, next((node[_END] for node in nodes if _END in node), None)

    def _located(self, toks: list[Token], i: int, prefix: str) -> bool:
        """True for a word glued to بـ or after a locative (place_words.tsv locative and part: في، أنحاء) or a noun
        of a country's extent (place_words.tsv extent, with و، بـ or لـ on it or not: مناطق، بمناطق، مستوى، داخل، أسواق): it tells
        where, not who («مهنة … في المملكة»، «أول جمعية للزواج بالمملكة»، «على مستوى مناطق المملكة»)."""
        if "ب" in prefix:
            return True
        word = toks[i - 1].norm if i > 0 else ""
        return word in self._locatives or word.lstrip("وف").lstrip("بل") in self._extent

    def _readings_of(self, norm: str) -> WordReadings:
        """The readings of one Arabic word, remembered in `_words`."""
        lex = self.lexicon
        clitics = clitic_variants(norm)
        kv = tuple(_keyed(clitics))  # (= key_variants(norm))
        if norm.endswith(_BOND_PRONOUNS):
            kv += _bond_keys(clitics, self._bonds)
        keys = tuple([k for k, _ in kv])
        cues = tuple(cue_variants(norm))
        # the tries' first step, taken once per word: does any reading begin an entity, a cue. (Kept as tuples of
        # strings, which the garbage collector stops tracking: a cache of lists would be walked by every full
        # collection.)
        w = (kv, keys, cues, not lex.entities.root.keys().isdisjoint(keys),
             not lex.cues.root.keys().isdisjoint(cues), self._triggers(norm, keys, clitics),
             bool(self._eponyms) and _prefixed_eponym(norm, self._eponyms),
             len(norm) > 4 and norm.endswith(("ان", "تين")))  # (no dual of a role noun is shorter: see _dual)
        words = self._words
        if len(words) > self._CACHE_LIMIT:
            words.clear()
        words[norm] = w
        return w

    def _triggers(self, norm: str, keys: tuple[str, ...] | None = None,
                  clitics: list[tuple[str, str]] | None = None) -> bool:
        """True if some reading of the word as a verb or a noun is in the trigger lexicon, whatever its context (a
        cheap superset of `_candidates`: a word without one is not looked at for triggers); `keys` and `clitics` are
        the keys of the word's `key_variants` and its `clitic_variants` when already worked out."""
        lex = self.lexicon
        if norm in lex.fem_verbs:
            return True  # داعية: a feminine participle, read as a verb only after a comma (see _trigger)
        starts = self._verb_starts  # (every verb reading is the word from one of its first four letters on)
        if (norm[:3] in starts or norm[1:4] in starts or norm[2:5] in starts or norm[3:6] in starts) and not (
                lex.verbs.keys().isdisjoint(map(_FIRST, verb_variants(norm)))):  # (its forms asked in C)
            return True
        if len(norm) == 3 and norm[0] == "ب" and norm[1:] in lex.verbs:
            return True  # بزج: a doubled verb's verbal noun (see _doubled_masdar)
        if keys is None or clitics is None:
            clitics = clitic_variants(norm)
            keys = [k for k, _ in _keyed(clitics)]
        return has_noun_key(keys, clitics, lex.nouns)  # (the keys of `noun_keys`, asked until one is found)

    def _entity_hits(self, toks: list[Token], kv: list, keys: list[list[str]], starts: list[bool],
                     dual_shaped: list[bool], hyphens: bool = True, surnamed: list | None = None, index: int = 0
                     ) -> tuple[list[tuple[int, int, list, str]], set[int]]:
        """(first token, length, payloads, clitic prefix) of each entity: greedy longest match, left to right; and
        the first tokens of the doubtful ones. A country whose own name not_entities.tsv lists (مالي "financial")
        is read where a country is, after a preposition or in a list of countries (في مالي، والنيجر ومالي);
        elsewhere it is doubtful: the article's other mentions of that country decide. A group or role noun listed
        so under its own name is always doubtful: the group's full name in the article (المرصد) or an attack beside
        the role noun (الطيران) decides. A town that ends a personal name is no hit: (index, token) goes to
        `surnamed`."""
        hits: list[tuple[int, int, list, str]] = []
        held: list[tuple[int, int, list, str]] = []
        after = 0  # the first token past the last match (or past a two-word phrase of no actor)
        open_nodes, last = self._open_nodes, len(toks) - 1
        # only the words that may begin an entity or are shaped as a dual are visited (most are neither)
        for i in compress(count(), map(or_, starts, dual_shaped)):
            if i < after:
                continue
            # starts[i]: the token is an Arabic word and one of its keys begins an entry
            if not starts[i]:
                n, payloads, prefix, maybe = 0, [], "", None
            else:
                norm = toks[i].norm
                nodes = open_nodes.get(norm, False)  # (looked up inline: a word seen before, nearly all)
                if nodes is False:
                    nodes = self._cached(open_nodes, norm, lambda: self._open_nodes_of(kv[i]))
                if nodes is not None and not hyphens and (i == last or (
                        nodes[0].keys().isdisjoint(keys[i + 1]) if len(nodes) == 1 else all(
                        node.keys().isdisjoint(keys[i + 1]) for node in nodes))):
                    # (no entry is this word alone, and none goes on with the next word: no match here, most often)
                    n, payloads, prefix, maybe = 0, [], "", None
                else:
                    n, payloads, prefix, maybe = self._match_at(toks, kv, keys, i, hyphens)
            if not n and maybe is None and dual_shaped[i]:  # (an Arabic word in ان or تين: see `_readings_of`)
                norm = toks[i].norm
                dual = self._duals.get(norm)  # looked up inline: many words end in ان (كان، إن، الآن)
                payloads, prefix = dual if dual is not None else self._cached(self._duals, norm,
                                                                                lambda: self._dual(norm))
                n = 1 if payloads else 0  # مسلحان، شخصان: the nominative dual of a role noun
                if n and i < last and dual_shaped[i + 1]:
                    pair = self._dual_pair(toks[i].norm, prefix, toks[i + 1].norm)
                    if pair:
                        n, payloads = 2, pair  # دوريتين أمنيتين: two security patrols (دورية أمنية), police
            kept = bool(n) and not (i and (_persons(payloads) and (toks[i - 1].norm in self._kinship or n == 1 and (
                self._given_before(toks, i, payloads))) or n == 1 and _nisba(toks[i], payloads) and (
                self._given_before(toks, i, payloads)) and not (i > 1 and toks[i - 2].norm in _KUNYA)))
            if kept and n == 1 and _noun_in_construct(toks, i, prefix, payloads):
                kept = False  # «أشادت بحماس الأعضاء»: the members' enthusiasm, no Hamas
            if kept and n == 1 and self._town_surname(toks, i, payloads):
                kept = False
                if surnamed is not None:
                    surnamed.append((index, i))
            if kept:
                # after بن the name is the father's (خالد بن سلمان); a family name after a given name is another
                # person's (عبدالله المالكي is not Nouri al-Maliki), and so is a nationality's (عبدالله التركي), but
                # not after a kunya (أبو خليل السوداني); and a town's ending a name of three words (خليل عبدالله
                # الخليل: no Hebron)
                hits.append((i, n, payloads, prefix))
            elif maybe and not (i and _persons(maybe[2]) and (
                    toks[i - 1].norm in self._kinship or self._given_before(toks, i, maybe[2]))):
                held.append(maybe)  # (a person's held name after a given name is another's: سليمان الأسد)
            after = i + (n or (2 if maybe == () else 1))  # () marks a two-word phrase of no actor: both skipped
        held = [h for h in held if h]
        doubtful = {h[0] for h in held if not (_countries(h[2]) and (
            self._after_preposition(toks, h[0], h[3]) or "country" in _listed_kinds(toks, hits, h[0], h[3])
            or self._after_country_head(toks, h[0], h[3])))}
        return (sorted(hits + held, key=_FIRST) if held else hits), doubtful

    def _attributive(self, toks: list[Token], hits: list, h: int, adjectives: set[int]) -> bool:
        """True for a one-word role noun read in the feminine of a masculine entry (الإرهابية from إرهابي,
        الرئيسة from الرئيس) that is an adjective of the noun right before it: the two agree in the article
        (العمليات الإرهابية، الأسباب الرئيسة) or, without it, the noun ends in ة or ات (عملية إرهابية، حملات إعلامية),
        and that noun is no actor or role noun itself (الميليشيات المسلحة keeps its gunmen). A civilian or military
        adjective is kept: it tells what a target is (استهدفت حافلة مدنية، منشآت عسكرية). A group of people before
        it is a role phrase of agents.tsv (تنظيم إرهابي، جماعة متشدد), matched whole before this is asked. An adjective
        already read so before it (the first tokens in `adjectives`) is no role noun: the two describe one noun
        (العمليات العسكرية الإرهابية)."""
        i, n, payloads, prefix = hits[h]
        if n == 1 and not prefix and i and last_letter(toks[i].text) == "ي":
            return self._masculine_adjective(toks, hits, h, adjectives)
        if n != 1 or prefix or not i or last_letter(toks[i].text) != "ة" or not all(
                isinstance(e, AgentEntry) and not e.feminine and e.sector not in _TARGET_KINDS for e in payloads):
            return False
        before = toks[i - 1]
        if before.text in _CLOSING_QUOTES and h and hits[h - 1][0] + hits[h - 1][1] == i - 1 and toks[i].norm.startswith(
                "ال") and all(isinstance(e, ActorEntry) for e in hits[h - 1][2]):
            return True  # منظمة «داعش» الإرهابية: the adjective of the noun before the quoted name
        if before.kind != "ar" or before.norm in self._function_words or before.norm in self._that or (
                h and hits[h - 1][0] + hits[h - 1][1] == i and hits[h - 1][0] not in adjectives):
            return False
        if toks[i].norm.startswith("ال"):
            return _definite_noun(before.norm)
        return not _definite_noun(before.norm) and (last_letter(before.text) == "ة" or before.norm.endswith("ات"))

    def _named_site_adjective(self, toks: list[Token], hits: list, h: int) -> bool:
        """True for a civilian or military role noun with the article in ي or ة (العسكري، المدنية) right after the
        name of a site of one or two words that follows a place noun (place_words.tsv: مطار، ميناء، معسكر): «مطار
        النيرب العسكري»، «مطار دير الزور العسكري»: the adjective of the site, no party. The name is no entity
        (a party's name before it keeps its own reading) nor a function word."""
        i, _, payloads, _ = hits[h]
        word = toks[i]
        if i < 2 or not word.norm.startswith("ال") or last_letter(word.text) not in "يةه" or not all(
                isinstance(e, AgentEntry) and e.sector in _TARGET_KINDS for e in payloads):
            return False
        if h and hits[h - 1][0] + hits[h - 1][1] == i and not all(
                isinstance(e, ActorEntry) and e.kind in ("place", "capital") for e in hits[h - 1][2]):
            return False  # (a party right before: «قوات الأسد العسكرية» is no site)
        for k in (i - 1, i - 2):
            if toks[k].kind != "ar" or toks[k].norm in self._closed:
                return False
            if _after_place_noun(toks, k):
                return True
        return False

    def _accusative_adjective(self, toks: list[Token], hits: list, h: int) -> bool:
        """True for a one-word masculine role noun in the indefinite accusative, «main» (function_words.tsv
        main_adjective) or a nationality's shape in يا (سياسيا), right after an indefinite accusative noun it agrees with, which is no entity nor function word: «دعما رئيسا لوزارة الإسكان»،
        «شريكا رئيسا»: an adjective, no one. After a verb it is a predicate and stays: «انتخب رئيسا»."""
        i, _, payloads, _ = hits[h]
        word, before = toks[i], toks[i - 1] if i else None
        if before is None or before.kind != "ar" or word.norm.startswith("ال") or not word.text.endswith(
                ("ا", "اً", "ًا")) or word.text.endswith("وا") or not all(
                isinstance(e, AgentEntry) and not e.feminine and e.sector not in _TARGET_KINDS and e.sector != "UAF"
                for e in payloads):
            return False  # (عملا إرهابيا، هجوما انتحاريا: the attack's doers, read as before)
        if word.norm not in self._main_adjective and not word.norm.endswith("يا"):
            return False  # (a noun after an accusative one is the next phrase: «اقتحم شاب مختل نفسيا مسجدا»)
        if not before.text.endswith(("اً", "ًا", "ا")) or before.text.endswith(("وا", "ها", "نا")) or len(
                before.norm) < 4 or before.norm.startswith("ال") or before.norm in self._function_words:
            return False
        if i > 1 and self._dual_subject(toks[i - 2]) and self._clause_opens(toks, i - 2):
            return False  # «وكان المسلحان قتلا شرطيا»: the dual verb and its object after a dual subject
        return not (h and hits[h - 1][0] + hits[h - 1][1] == i)

    def _deemed(self, toks: list[Token], i: int) -> bool:
        """True for the indefinite word at token i right after a verb of deeming that follows a relative pronoun
        («الذي يعد قوة»، «التي تعتبر جهة»): the predicate of the clause, what the noun before is deemed."""
        return i > 1 and toks[i - 1].norm in self._deem and toks[i - 2].norm in _RELATIVE \
            and not toks[i].norm.startswith("ال")

    def _of_matter(self, toks: list[Token], hits: list, h: int) -> bool:
        """True for a nationality adjective with the article right after a noun of subject matter (topic_words.tsv
        subject_matter: «الأزمة السورية»، «الملف النووي الإيراني»، «العلاقات السعودية الروسية», one adjective or a
        nationality between): the matter, no party («الحكومة السورية» and «السفير اليمني» stay)."""
        i, _, payloads, _ = hits[h]
        if i == 0 or not toks[i].norm.startswith(("ال", "وال")) or not all(
                isinstance(p, ActorEntry) and p.kind in ("demonym", "country") for p in payloads) or not any(
                p.kind == "demonym" for p in payloads):
            return False
        if h and hits[h - 1][0] + hits[h - 1][1] == i and all(isinstance(p, AgentEntry) for p in hits[h - 1][2]):
            return False  # (the nationality of an office whose name ends in a matter: «وزير الدولة للشؤون الخارجية
            # الإسباني»)
        for k in (i - 1, i - 2):  # the noun right before, or past one adjective (الملف النووي الإيراني)
            if k < 0 or toks[k].kind != "ar":
                return False
            stems = [stem for stem, _ in clitic_variants(toks[k].norm) if stem in self._matters]
            if stems:  # (goods a body's name ends in: the nationality is the body's, «وزارة النفط العراقية»;
                # goods that are the target of على/ضد are their state's: «عقوبات على الصادرات الروسية» hits Russia)
                return not (all(stem in self._goods for stem in stems) and (any(
                    x[0] < k <= x[0] + x[1] for x in hits[:h]) or k > 0 and toks[k - 1].norm in ("علي", "ضد")))
            if k == i - 2 or not (toks[k].norm.startswith("ال") and last_letter(toks[k].text) in "ية"):
                return False
        return False

    def _masculine_adjective(self, toks: list[Token], hits: list, h: int, adjectives: set[int]) -> bool:
        """True for a one-word role noun in ي with the article (الإرهابي، الانتحاري، الإعلامي) that is the masculine
        adjective of the definite noun right before it, no one: «العمل الإرهابي»، «الحادث الإرهابي»، «الهجوم
        الانتحاري»، «المركز الإعلامي»، «المؤتمر الصحفي». That noun is no actor or role noun itself (the subject before
        its object: «اعتقلت الشرطة الإرهابي»; after a group's name, «تنظيم داعش الإرهابي», the two stay one party), nor
        feminine (ة، ات: the adjective would agree), nor a function word. A civilian or military role is kept, as in
        `_attributive`."""
        i, _, payloads, _ = hits[h]
        if not toks[i].norm.startswith("ال") or not all(
                isinstance(e, AgentEntry) and e.sector not in _TARGET_KINDS for e in payloads):
            return False
        before = toks[i - 1]
        if before.kind != "ar" or before.norm in self._function_words or before.norm in self._that or (
                h and hits[h - 1][0] + hits[h - 1][1] == i and hits[h - 1][0] not in adjectives):
            return False
        return _definite_noun(before.norm) and last_letter(before.text) != "ة" and not before.norm.endswith("ات")

    def _given_before(self, toks: list[Token], i: int, payloads: list) -> bool:
        """True for a family name with the article at token i right after a given name (given_names.tsv, or a name
        in عبد…) that the person it names does not bear: «عبدالله المالكي», «وقال خالد العبادي» (but «عبدالفتاح
        السيسي» is el-Sisi, and after بن the given name is a father's: «عبدالرحمن بن عبدالعزيز السديس»)."""
        word, before = toks[i].norm, toks[i - 1]
        if not word.startswith("ال") or before.kind != "ar" or before.end != toks[i].start - 1 or (
                i > 1 and toks[i - 2].norm in self._kinship) or _maqsura(before):
            return False  # (الهجوم على الحوثي: «على» is no given name)
        name = before.norm[1:] if before.norm.startswith("و") and before.norm[1:] in self._given else before.norm
        latin = self._given.get(name) or (("abd",) if name.startswith("عبد") and len(name) > 4 else None)
        if latin is None:
            return False
        return not any(w.startswith(latin) for p in payloads if p.name
                       for w in p.name.lower().replace("-", " ").split()[:-1])  # (its words before the family name)

    def _town_surname(self, toks: list[Token], i: int, payloads: list) -> bool:
        """True for a town's name with the article at token i that ends a personal name of three words or more: a
        given name (or one in عبد…) before it and a name word before that («خليل عبدالله الخليل»: a family name,
        no Hebron; «الأمير محمد الرياض» keeps its town, a title stands before the given name)."""
        if i < 2 or toks[i - 2].kind != "ar":
            return False
        first = toks[i - 2].norm  # (the given name first: cheaper than the readings, and most words are none)
        named = first in self._given and not _maqsura(toks[i - 2]) or first.startswith("عبد") and len(first) > 4
        return named and _towns(payloads) and self._given_before(toks, i, payloads)

    def _without_town_surnames(self, mentions: list[Mention], tokens: list[list[Token]],
                               surnamed: list[tuple[int, int]]) -> list[Mention]:
        """The mentions with each one-word town whose word ends a personal name of three words elsewhere in the
        article (`surnamed`: (sentence, token) of each, found by `_town_surname`) read as that person, with the
        code and sector of the title phrase before his first full name (none where none): «عضو الشورى السابق خليل
        عبدالله الخليل» … «تصريحات الخليل»، «بمحاسبة الخليل» is the man, not Hebron."""
        surnames: dict[str, tuple[str, str]] = {}
        for index, k in surnamed:
            w = tokens[index][k].norm
            if w not in surnames:
                here = [m for m in mentions if m.sentence == index]
                surnames[w] = _title_phrase(tokens[index], k - 2, here, self._stops)
        out = []
        for m in mentions:
            phrase = surnames.get(_town_word(m, tokens))
            if phrase is not None:
                info = (("code", phrase[0]), ("sector", phrase[1]), ("type", "titled_name"), ("prefix", m.get("prefix")))
                m = Mention(m.start, m.end, m.text, "actor", phrase[0], m.tok_start, m.tok_end, m.sentence, info)
            out.append(m)
        return out

    def _own_given_before(self, toks: list[Token], i: int, payloads: list) -> bool:
        """True for a one-word family name at token i right after a given name that the person it names bears
        (given_names.tsv, or a name in عبد…): «الرئيس عبدالفتاح السيسي», «وعبدالفتاح السيسي». Not after بن/ابن
        (a father's name) nor where the given name is another person's (see `_given_before`)."""
        before = toks[i - 1]
        if before.kind != "ar" or before.end != toks[i].start - 1 or not toks[i].norm.startswith("ال") or (
                i > 1 and toks[i - 2].norm in self._kinship) or _maqsura(before):
            return False
        name = before.norm[1:] if before.norm.startswith("و") and before.norm not in self._given else before.norm
        latin = self._given.get(name) or (("abd",) if name.startswith("عبد") and len(name) > 4 else None)
        return latin is not None and any(w.startswith(latin) for p in payloads if p.name
                                         for w in p.name.lower().replace("-", " ").split()[:-1])

    def _match_at(self, toks: list[Token], kv: list, keys: list[list[str]], i: int, hyphens: bool = True
                  ) -> tuple[int, list, str, tuple | None]:
        """The longest entity match at token i: (length, payloads, clitic prefix, held), where held is the match of a
        country kept out by not_entities.tsv (see `_held`), or () where the word and the next one name no actor
        (كوبا أمريكا). `hyphens`: False when the sentence has no hyphen at all (no name over one is looked for)."""
        lex = self.lexicon
        root = lex.entities.root
        n, payloads, prefix, maybe = 0, [], "", None
        last = i + 1 >= len(keys)
        for key, pre in kv[i]:
            node = root.get(key)
            if node is None:
                continue
            if last or node.keys().isdisjoint(keys[i + 1]):
                # (no entry goes on with the next word, most often: the trie's longest match is this word's own)
                p = node.get(_END)
                m, p = (0, []) if p is None else (1, p)
            else:
                m, p = lex.entities.longest(keys, i, (key,))
            while m > 1 and self._article_moved(toks, i, pre, p):
                m, p = lex.entities.longest(keys[:i + m - 1], i, (key,))  # a shorter name, if any
            while m > 1 and self._place_not_title(toks, i, pre, p):
                m, p = lex.entities.longest(keys[:i + m - 1], i, (key,))  # محافظة الطائف: no governor
            if m > 1 and p and not self._later_articles_agree(toks, i, m, p):
                m, p = lex.entities.longest(keys[:i + m - 1], i, (key,))  # مجلس أمن إقليمي: no Security Council
            if m > 1 and i + m < len(toks) and toks[i + m].norm in self._deposed and _institutions(p):
                m, p = lex.entities.longest(keys[:i + m - 1], i, (key,))  # قوات النظام المخلوع: not Assad's
            if m == 2 and toks[i + 1].norm in self._pair_tails and self._no_actor_pair(toks[i].norm, pre,
                                                                                     toks[i + 1].norm, p):
                m, p = lex.entities.longest(keys[:i + 1], i, (key,))  # الدول الإسلامية: keyed as الدولة, no IS
            if hyphens and not last and not _HYPHENS.isdisjoint(keys[i + 1:i + _HYPHEN_REACH]):
                b, q = self._over_hyphen(keys, i, key, m)
                if b:  # فرانك - فالتر شتاينماير، بان كي-مون: a person's name with a hyphen between its words
                    m, p = b, q
            if m > n and m == 1:
                raw, norm = p, toks[i].norm
                # the trie's payload lists live as long as the lexicon: their id keys the cache
                spelled = (norm, pre, id(raw))
                p = self._spellings.get(spelled)  # (looked up inline: no function made for a word seen before)
                if p is None:
                    p = self._cached(self._spellings, spelled,
                                     lambda norm=norm, pre=pre, raw=raw: self._spelled(norm, pre, raw))
                if p:
                    p = _acronym_unlike(toks[i].text, pre, p)  # وأم "and mother": no WAM
                if p and _pronoun_not_ta(toks[i], norm[len(pre):]):
                    p = [e for e in p if not (isinstance(e, AgentEntry) and e.feminine)]
                if p and last_letter(toks[i].text) == "ة":
                    p = [e for e in p if not (isinstance(e, AgentEntry) and e.construct)]  # (المسؤولية: no officials)
                if p and i and toks[i - 1].norm in self._kin_nouns and _pronoun_town(toks[i], p):
                    p = []  # (زوجات جده: "his grandfather's wives", no Jeddah)
                if not p and raw and self._person_marked(toks, kv, keys, i):
                    p = self._cached(self._spellings, (norm, pre, id(raw), "counted"),
                                     lambda norm=norm, pre=pre, raw=raw: self._counted_agents(norm, pre, raw))
                if (i + 1 < len(toks) and toks[i + 1].norm in self._pair_tails
                        and self._no_actor_pair(norm, pre, toks[i + 1].norm, raw)):
                    return 0, [], "", ()
                if i and norm in self._pair_tails and p:
                    never = self._after_pair(toks[i - 1].norm, norm)
                    if never:  # الانتخابات البلدية: "municipal", no municipality; اجتماعات دورية: "periodic"
                        p = [e for e in p if (e.code if isinstance(e, ActorEntry) else e.sector) not in never]
                if p and i and not pre and _towns(p) and self._after_document(toks[i - 1]) and not _paired_town(toks, i) and \
                        _town_ends_name(toks, i, self.lexicon.function_words.preposition):
                    p = []  # «رحبت بإعلان القاهرة»، «اتفاق باريس»، «مؤتمر جنيف»: the town names the text or meeting
                if not p and maybe is None:
                    q = self._cached(self._spellings, (norm, pre, id(raw), "held"),
                                     lambda norm=norm, pre=pre, raw=raw: self._held(norm, pre, raw))
                    maybe = (i, 1, q, pre) if q else None
            if m > n and p:
                n, payloads, prefix = m, p, pre
        return n, payloads, prefix, maybe

    def _later_articles_agree(self, toks: list[Token], i: int, m: int, payloads: list) -> bool:
        """False if every payload is a named body (ActorEntry, no person) whose name puts a word with the article
        after one without it (a construct: مجلس الأمن، قوات الشرعية) and the text writes that word without the
        article, at tokens i+1 … i+m-1, where no definite genitive follows it within two words (the key drops the
        article: «مجلس أمن إقليمي» is no «مجلس الأمن»; «قوات تحالف دعم الشرعية» is still the coalition's). Persons'
        names (علي سيستاني), names of adjectives (قوة عربية مشتركة), rows with no canonical name (the lemmatised
        upstream rows, whose articles are unreliable: «قوة الاممية») and role phrases (agents.tsv) are left."""
        shapes = self._cached(self._spellings, ("later", id(payloads)), lambda: [
            tuple(w.startswith("ال") for w in normalize(e.phrase).split())
            if isinstance(e, ActorEntry) and e.kind != "person" and e.name else None for e in payloads])
        if None in shapes:
            return True
        for shape in shapes:
            if len(shape) != m:
                return True  # (a name whose words are not the tokens one for one: not judged)
            if not any(shape[w] and not shape[w - 1] and not _definite_word(toks[i + w])
                       and not (w == m - 1 and _genitive_after(toks, i + m)) for w in range(1, m)):
                return True
        return False

    def _over_hyphen(self, keys: list, i: int, key: str, m: int) -> tuple[int, list]:
        """(tokens, payloads) of a person's name of several words that matches at token i (read as `key`) once the
        hyphens between its words are stepped over (فرانك - فالتر شتاينماير، فرانك-فالتر، بان كي-مون), where it is
        longer than the plain match of `m` tokens; (0, []) otherwise. Only a whole entry of the lexicon is read so:
        two names the hyphen sets side by side (السعودية - الإمارات) are no entry, and no other kind is joined than
        a person's and an IGO's (التحالف العربي - الدولي: the anti-ISIS coalition, not the Arab one of Yemen)."""
        at = [j for j in range(i + 1, min(len(keys), i + _HYPHEN_REACH + 1)) if keys[j] not in _HYPHENS]
        b, p = self.lexicon.entities.longest([keys[i]] + [keys[j] for j in at], 0, (key,))
        if b < 2:
            return 0, []
        n = at[b - 2] + 1 - i  # (the tokens up to the name's last word, hyphens counted)
        if n == b or n <= m or not all(isinstance(e, ActorEntry) and e.kind in ("person", "igo") for e in p):
            return 0, []
        return n, p

    def _dual(self, norm: str) -> tuple[list, str]:
        """The role readings of a word in the nominative dual ـان of a one-word masculine role noun (مسلحان from
        مسلح، شخصان، الرجلان، وزيران), with the clitic prefix: the entry's own singular with ان added, no name's key
        (عدنان is no Aden), no plural conflated (سلطان is not السلطات) and no word not_entities.tsv lists (شعبان,
        the month). So too a feminine dual, ـتان or ـتين, of a role noun in ة or of the masculine one it is the
        feminine of (انتحاريتان from انتحارية، فتاتان from فتاة، مسلحتين from مسلح). (A masculine dual in ـين, and one
        of a nisba in ـيان, match by their keys already.)"""
        lex = self.lexicon
        for stem, prefix in clitic_variants(norm):
            fem = stem.endswith(("تان", "تين"))
            base = stem[:-3] + "ه" if fem else stem[:-2]
            if len(stem) < 5 or not (fem or stem.endswith("ان")) or (
                    not fem and base.endswith(("ا", "ي", "و", "ه"))):
                continue
            key = word_key(base)
            if key not in lex.entities.root:
                continue
            _, payloads = lex.entities.longest([[key]], 0)
            never = {*lex.not_entities.get(stem, ()), *(lex.not_entities.get(base, ()) if fem else ())}
            bare = base[2:] if base.startswith("ال") else base
            forms = (bare, bare[:-1]) if fem else (bare,)
            found = [e for e in payloads if isinstance(e, AgentEntry) and (fem or not e.feminine)
                     and e.sector not in never and " " not in e.phrase
                     and normalize(e.phrase).removeprefix("ال") in forms]
            if found:
                return found, prefix
        return [], ""

    def _dual_pair(self, norm: str, prefix: str, after: str) -> list:
        """The readings of a role noun of two words, noun and adjective, that a feminine dual and the feminine dual
        adjective after it name (دوريتين أمنيتين: دورية أمنية, COP), or [] (the noun's prefix `prefix` already read)."""
        stem = norm[len(prefix):]
        if not (stem.endswith(("تين", "تان")) and after.endswith(("تين", "تان")) and len(after) > 5):
            return []
        words = [word_key(stem[:-3] + "ه"), word_key(after[:-3] + "ه")]
        n, payloads = self.lexicon.entities.longest([[w] for w in words], 0)
        return [e for e in payloads if isinstance(e, AgentEntry)] if n == 2 else []

    def _nasab_end(self, toks: list[Token], j: int, limit: int) -> int:
        """The end of a person's name that goes on from token j with «بن/ابن/بنت + name» (twice at most) and «آل +
        name» (الأمير محمد بن نايف بن عبدالعزيز، الملك سلمان بن عبد العزيز آل سعود), no further than token `limit`."""
        end, k = j, j
        for _ in range(2):
            if k + 1 >= limit or toks[k].norm not in self._kinship or not _name_word(toks[k + 1]):
                break
            k += 2
            if toks[k - 1].norm in ("عبد", "ابو") and k < limit and toks[k].kind == "ar":
                k += 1  # عبد العزيز written as two words
            end = k
        if end > j and end + 1 < limit and toks[end].text == "آل" and _name_word(toks[end + 1]):
            end += 2
        return end

    def _nasab_start(self, toks: list[Token], i: int, limit: int) -> int:
        """The first token of a person's name that ends right before a family's name at token i: «name بن name»
        (twice at most: خالد بن فهد بن خالد آل سعود), or a given name alone (عبدالرحمن آل سعود); i when there is
        none. No earlier than token `limit`."""
        if i - 3 >= limit and toks[i - 2].norm in self._kinship and _name_word(toks[i - 1]) and _name_word(toks[i - 3]):
            start = i - 3
            if start - 2 >= limit and toks[start - 1].norm in self._kinship and _name_word(toks[start - 2]):
                start -= 2
            return start
        if i > limit and _given_token(toks[i - 1], self._given) and toks[i - 1].norm[:1] != "و":
            return i - 1
        return i

    def _article_moved(self, toks: list[Token], i: int, prefix: str, payloads: list) -> bool:
        """True if two words match only role phrases (AgentEntry) written without the article (وزارة صحة، وزير
        دولة, as the upstream dictionary lemmatised them) while the text has it on the first word and not on a
        second that is a noun: a definite noun heads no construct, «نفت الوزارة صحة الأنباء» names no health
        ministry. Nor does a definite pair that drops the phrase's ة (see `_feminine_second`). A function word second
        (المتحدث باسم، الملازم أول، الممثلة في) and a named person are left."""
        second = toks[i + 1]
        word = second.norm[1:] if second.norm[:1] in "وف" else second.norm  # والإعلاميين: a list goes on
        if second.kind != "ar" or second.norm in self._function_words \
                or second.norm == "غير" or second.norm[:1] in "لب":  # المنظمة غير الحكومية، المالكة لشركة
            return False
        first = toks[i].norm[len(prefix):]
        if not (first.startswith("ال") or prefix.endswith("ل") and first.startswith("ل")):  # للوزارة: ل + ال
            return False
        if word.startswith("ال"):
            if _masculine(first) and feminine_noun(word):
                return self._roles_only(payloads)  # انتقد المسؤول الحكومة: no «مسؤول حكومة»
            return not word.endswith(("ه", "ات")) and self._feminine_second(payloads)
        shapes = self._cached(self._spellings, ("article", id(payloads)),
                              lambda: {isinstance(e, AgentEntry) and not _first_definite(e.phrase) for e in payloads})
        return shapes == {True}

    def _place_not_title(self, toks: list[Token], i: int, prefix: str, payloads: list) -> bool:
        """True where the word at token i is the ة form of a title that names a place (function_words.tsv
        place_not_title: محافظة) and no name matched opens with that form: «محافظة الطائف» is the governorate, not
        «محافظ الطائف», the governor."""
        if toks[i].norm[len(prefix):] not in self.lexicon.function_words.place_not_title:
            return False
        return not any(normalize(getattr(e, "phrase", "").split(" ", 1)[0]).endswith("ه") for e in payloads)

    def _feminine_second(self, payloads: list) -> bool:
        """True if every payload is a role phrase without article whose second word ends in ة (وزير دولة): a
        definite pair without that ة (وحث الوزير الدول: "the minister urged the states") is no such phrase."""
        shapes = self._cached(self._spellings, ("feminine", id(payloads)), lambda: {
            isinstance(e, AgentEntry) and not _first_definite(e.phrase) and _second_feminine(e.phrase)
            for e in payloads})
        return shapes == {True}

    def _roles_only(self, payloads: list) -> bool:
        """True if every payload is a role phrase (AgentEntry), no name."""
        shapes = self._cached(self._spellings, ("roles", id(payloads)), lambda: {
            isinstance(e, AgentEntry) for e in payloads})
        return shapes == {True}

    def _person_marked(self, toks: list[Token], kv: list, keys: list[list[str]], i: int) -> bool:
        """True for an indefinite word at token i read as a person by what stands beside it: in the accusative, a
        count or إن/أن before it (قتل 14 عسكريا، 40 متهما؛ إن عسكريا قتل), or a nationality adjective after it that is
        no country's name (عسكريا جزائريا، عسكرية سعودية: a force or its craft)."""
        word = toks[i].norm
        if word.startswith("ال"):
            return False  # (السياحة السعودية، أن التجارة: an abstract noun with its nationality or after أن)
        if i and word.endswith("ا") and (toks[i - 1].kind == "num" or toks[i - 1].norm in self._counts
                                         or toks[i - 1].norm in self._that):
            return True  # (4 مقاتلات: jets, which the count leaves as they were)
        if i + 1 >= len(toks) or toks[i + 1].kind != "ar" or toks[i + 1].norm[:1] == "و":
            return False
        n, payloads, _, _ = self._match_at(toks, kv, keys, i + 1)
        demonyms = [isinstance(e, ActorEntry) and e.kind == "demonym" for e in payloads]
        # (a feminine one, سعودية، تركية, is never a country's name: طائرة شحن عسكرية سعودية)
        return n == 1 and any(demonyms) and (all(demonyms) or last_letter(toks[i + 1].text) == "ة")

    def _counted_agents(self, norm: str, prefix: str, payloads: list) -> list:
        """The role nouns a word can be though not_entities.tsv lists it, where a count or a nationality marks it a
        person (see `_person_marked`): «عسكريا» is soldiers in «قتل 14 عسكريا», not "militarily"."""
        agents = [e for e in self._spelled(norm, prefix, payloads, listed=False) if isinstance(e, AgentEntry)]
        return agents if len({e.sector for e in agents}) == 1 else []  # (مقاتلة: a fighter jet or a militant)

    def _after_preposition(self, toks: list[Token], i: int, prefix: str) -> bool:
        """True if the word at token i has a clitic preposition (بمالي، لمالي) or follows one (في مالي)."""
        if prefix.lstrip("وف"):
            return True
        return i > 0 and toks[i - 1].norm in self.lexicon.function_words.preposition

    def _after_country_head(self, toks: list[Token], i: int, prefix: str) -> bool:
        """True if the word at token i, with no clitic, follows a body's or office's noun in construct (function_words
        .tsv country_head: حكومة مالي، رئيس مالي، وجيش مالي): the country that body or office is of."""
        if prefix or not i or toks[i - 1].kind != "ar":
            return False
        return strip_wa(toks[i - 1].norm) in self.lexicon.function_words.country_head

    def _after_document(self, before: Token) -> bool:
        """True if the word before a town is an indefinite document's or meeting's noun (function_words.tsv
        document_name, with و/ف/ب/ل or nothing on it) in construct: «بإعلان القاهرة»، «اتفاق باريس»، «مؤتمر جنيف»
        name the text or the meeting after the town, which is no party."""
        if before.kind != "ar":
            return False
        names = self.lexicon.function_words.document_name
        return any(stem in names for stem, _ in clitic_variants(before.norm))

    def _no_actor_pair(self, norm: str, prefix: str, after: str, payloads: list) -> bool:
        """True if not_entities.tsv lists the word with the next one under a label the word can be: a phrase that
        names no actor (كوبا أمريكا: Copa América, neither Cuba nor America). (A row whose label only the second
        word has, المتهم الرئيس: "main", no president, leaves the first.)"""
        stem = next((st for st, p in clitic_variants(norm) if p == prefix), norm)
        if stem not in self._pair_heads:
            return False
        never = self.lexicon.not_entities.get(f"{stem} {after}")
        return bool(never) and any((e.code if isinstance(e, ActorEntry) else e.sector) in never for e in payloads)

    def _after_pair(self, before: str, norm: str) -> frozenset[str]:
        """The codes and sectors not_entities.tsv denies the word `norm` right after the word `before` (a phrase
        of two words whose second is an adjective, not the actor or agent it is spelled like)."""
        for stem, _ in clitic_variants(before):
            never = self.lexicon.not_entities.get(f"{stem} {norm}")
            if never:
                return never
        return frozenset()

    def _held(self, norm: str, prefix: str, payloads: list) -> list:
        """The countries, groups or persons not_entities.tsv keeps this word from, when the word is their own name
        (مالي; المرصد, an observatory, is the Syrian Observatory only where the article names it in full; الأسد, a
        lion, is Bashar al-Assad only where the article names Syria or him: see `_by_article_evidence`)."""
        stem = next((st for st, p in clitic_variants(norm) if p == prefix), norm)
        never = self.lexicon.not_entities.get(stem, ())
        return [e for e in payloads if normalize(e.phrase) == stem and (
            isinstance(e, ActorEntry) and e.kind in _HELD_KINDS and e.code in never
            or isinstance(e, AgentEntry) and e.sector in never)]

    def _spelled(self, norm: str, prefix: str, payloads: list, listed: bool = True) -> list:
        """The payloads of a one-word match that this written word can be: a name keeps its spelling
        (`ActorEntry.form`), a role noun in ة its ة (المعارضة is not المعارض), a construct plural no ات, no
        accusative ا, and not its own spelling with ال (nor ة, read from the written word by the caller:
        `AgentEntry.construct`; مسؤوليات، المسؤوليه are not مسؤولي, the family name المعلمي not معلمي), and (with `listed`) a word listed
        in not_entities.tsv is not that actor or agent."""
        stem = next((st for st, p in clitic_variants(norm) if p == prefix), norm)
        never = self.lexicon.not_entities.get(stem, ()) if listed else ()
        if listed and prefix and norm != stem:  # a whole written word listed with its clitics: بقوة "strongly"
            never = (*never, *self.lexicon.not_entities.get(norm, ()))
        out = []
        for e in payloads:
            if isinstance(e, ActorEntry):
                if e.code in never or e.form and e.form != name_form(stem, e.article_free, e.kind == "group"):
                    continue
            elif e.sector in never or e.feminine and not stem.endswith(("ه", "ات")) \
                    or e.construct and (stem.endswith(("ات", "اته", "ا")) or stem.startswith("ال")
                                        and stem[2:] in (normalize(e.phrase), normalize(e.phrase) + "ه")):
                continue
            out.append(e)
        return out

    def _entity(self, text: str, toks: list[Token], i: int, n: int, payloads: list,
                prefix: str, index: int, date: str | None, code: str | None = None) -> Mention:
        """One entity mention from the payloads of a trie match (dated codes chosen for `date`; the reading of
        `code` when given)."""
        s, e = _span_start(toks[i], prefix), toks[i + n - 1].end
        actors = [p for p in payloads if isinstance(p, ActorEntry)]
        if actors:
            # a nisba word (بريطاني) and a country name in ـيا (بريطانيا) share a key: the word's ending decides
            nisba = not toks[i + n - 1].norm.endswith("ا")
            if len(actors) == 1:
                a = actors[0]  # (one reading, most names: nothing to choose)
            else:
                valid = [a for a in actors if a.valid_on(date)] or _nearest(actors, date)
                valid = [a for a in valid if a.code == code] or valid
                # with a date, a code dated to it beats an undated one; then sector, reading, latest start
                a = max(valid, key=lambda a: (bool(a.valid_from or a.valid_to) == bool(date), bool(a.sector),
                                              (a.kind == "demonym") == nisba, a.valid_from))
            # (one word only: «الولايات المتحدة»، «المملكة العربية السعودية» are the countries' names)
            # (not a country's own name in ي: مالاوي is Malawi; but مالي, which not_entities.tsv holds, stays)
            stem = toks[i].norm[len(prefix):]
            if prefix[-1:] == "ل" and stem[:1] == "ل":
                stem = "ا" + stem  # للسعودية، للمملكة: لـ on the article drops its alif, the name is whole
            kind = "demonym" if n == 1 and nisba and a.kind == "country" and toks[i].norm[-1:] in "يه" and (
                stem != normalize(a.phrase) or stem in self.lexicon.not_entities) else a.kind
            info = (("code", a.code), ("sector", a.sector), ("name", a.name), ("type", kind),
                    ("prefix", prefix))
            return make_mention(s, e, text[s:e], "actor", a.code, i, i + n, index, info, a)
        ag: AgentEntry = payloads[0]
        info = (("sector", ag.sector), ("name", ag.name), ("prefix", prefix))
        return make_mention(s, e, text[s:e], "agent", ag.sector, i, i + n, index, info, ag)

    def _object_after_subject(self, toks: list[Token], i: int) -> bool:
        """True when the comma before token i closes the bare subject of a verb of support or refusal before it (named
        parties end to end, nothing else; the verb no plural, whose subject is its own): the word after the comma
        is that verb's object, a verbal noun, no participle that goes on the clause («أيد مجلس محافظة نينوى، مطالبة
        المحافظ بتدويل القضية»: the governor's demand is supported)."""
        verb = next((m for m in reversed(self._found_here) if m.kind == "trigger" and m.get("pos") == "verb"), None)
        if verb is None or not verb.tok_start < i - 2 or i - 1 - verb.tok_start > 6 or \
                verb.label not in ("SUPPORT", "REJECT") or toks[verb.tok_start].norm.endswith(("وا", "ون")):
            return False
        ends = {m.tok_start: m.tok_end for m in self._found_here if m.kind in ("actor", "agent")}
        k = verb.tok_start + 1  # (the words between are named parties end to end, the subject: «مجلس محافظة |
        while ends.get(k, k) > k:  # نينوى»; not «ورفضت السعودية التدخل الإيراني، مطالبة طهران»)
            k = ends[k]
        return k == i - 1

    def _candidates(self, norm: str, is_fem_noun: bool, nominal: bool = False
                    ) -> list[tuple[TriggerEntry, str, bool, str, bool]]:
        """Trigger readings of one word: (entry, clitic prefix, future س, aspect, pronoun attached: a verb's
        object, a noun's possessor); verbs before nouns."""
        lex = self.lexicon
        cands: list[tuple[TriggerEntry, str, bool, str, bool]] = []
        for form, prefix, fut in ([] if is_fem_noun or nominal or norm in self._not_verb else verb_variants(norm)):
            if form in self._counts:
                continue  # اثنان، اثنين: a number, never a form of أثنى
            for entry, aspect in lex.verbs.get(form, ()):
                if prefix[-1:] == "ل" and aspect == "perfect":
                    continue  # لـ takes an imperfect verb (ليدعم), never a perfect: لدعم is the verbal noun
                cands.append((entry, prefix, fut, aspect, not norm.endswith(form)))  # خطفهم: an object pronoun
            if cands and _speaker_form(form, norm):
                nouns = self._noun_candidates(norm, is_fem_noun)
                if nouns:
                    return nouns  # «جدد دعوته الوزراء»: his call (دعوة), not "I called him" (دعوتُه)
            if cands:
                return cands
        return self._noun_candidates(norm, is_fem_noun) or (
            [] if is_fem_noun else self._doubled_masdar(norm))

    def _doubled_masdar(self, norm: str) -> list[tuple[TriggerEntry, str, bool, str, bool]]:
        """Readings of a three-letter word in بـ as the verbal noun of a doubled verb written in two letters
        («بدأت بزج دفعة جديدة»: زجّ), only for rows that need a tail after them (the tail guards the short stem)."""
        if len(norm) != 3 or norm[0] != "ب" or norm in self._not_verb or norm in self.lexicon.nouns \
                or norm in self.lexicon.verbs:
            return []  # (بحث: a verb of its own, «إضافة إلى بحث مجموعة من الملفات», no ب + حثّ)
        return [(entry, "ب", False, "", False) for entry, aspect in self.lexicon.verbs.get(norm[1:], ())
                if aspect == "perfect" and entry.tail]

    def _noun_candidates(self, norm: str, is_fem_noun: bool) -> list[tuple[TriggerEntry, str, bool, str, bool]]:
        """Noun trigger readings of one word: (entry, clitic prefix, False, "", possessive pronoun attached)."""
        lex = self.lexicon
        cands: list[tuple[TriggerEntry, str, bool, str, bool]] = []
        plain = None
        for key, prefix in noun_keys(norm):
            if prefix and norm in self._not_verb:
                continue  # والدهم: "their father", not و + الدهم "and the raid"
            for entry in lex.nouns.get(key, ()):
                if _gender_agrees(entry, norm[len(prefix):], is_fem_noun):
                    if plain is None:
                        plain = {k for k, _ in key_variants(norm)}
                    # a possessive pronoun: a key found only with it taken off (خطفهم), or a written ه
                    # that is no ة of the lexicon's word (مقتله)
                    own = key not in plain or (norm.endswith("ه") and not is_fem_noun and not entry.feminine)
                    cands.append((entry, prefix, False, "", own))
            if cands:
                return cands
        return cands

    def _possessed(self, norm: str, is_fem_noun: bool, entry: TriggerEntry) -> bool:
        """True for a verb reading with an object pronoun whose row takes no direct object, only a preposition (سيطر
        على), where the word is also the verbal noun in ة of that event with a possessive (سيطرتها «her control», not
        «she controlled it»; not قبضتها «her grip»: قبض على's noun is قبض)."""
        if not entry.prep or "obj" in entry.prep or "-" in entry.prep:
            return False
        return any(own and noun.feminine and noun.event == entry.event
                   for noun, _, _, _, own in self._noun_candidates(norm, is_fem_noun))

    def _after_light(self, toks: list[Token], i: int) -> bool:
        """True when a light verb (شن، نفذ) stands one to three words before token i, no mark between: the word is its
        verbal noun («شن الحوثيون قصفا عنيفا»)."""
        for k in range(i - 1, max(-1, i - 4), -1):
            if toks[k].kind == "punct":
                return False
            norm = toks[k].norm
            if norm in self._light or norm[:1] in "وف" and norm[1:] in self._light:
                return True
        return False

    def _trigger(self, text: str, toks: list[Token], keys: list[list[str]], i: int,
                 index: int) -> Mention | None:
        """The trigger starting at token i, if any: verb forms first, then nouns; tails checked."""
        norm = toks[i].norm
        is_fem_noun = last_letter(toks[i].text) == "ة"  # no verb ends in ة: وزارة is not و+زار+ه
        nominal = i > 0 and (toks[i - 1].norm in self._nominal or (
            toks[i - 1].kind == "num" or toks[i - 1].norm in self._counts and toks[i - 1].norm not in _TWO)
            and norm.endswith("ا")
            and not norm.endswith("وا") or toks[i - 1].kind == "num" and _counted_noun(toks[i - 1], norm))
        key = (norm, is_fem_noun, nominal)
        cands = self._cands.get(key)  # looked up inline: this runs for every word
        if cands is None:
            cands = self._cached(self._cands, key, lambda: self._candidates(norm, is_fem_noun, nominal))
        if is_fem_noun and i and toks[i - 1].text in ("،", ",") and norm in self.lexicon.fem_verbs and \
                not self._object_after_subject(toks, i):
            # a feminine participle that goes on its clause («…، داعية طهران إلى اقتناص الفرصة»): the verb rows'
            # form in ة, read only right after a comma (elsewhere the noun: «مطالبة إسرائيل»، «داعية إسلامي»)
            cands = [(entry, "", False, aspect, False) for entry, aspect in self.lexicon.fem_verbs[norm]]
        if not cands:
            return None
        if not nominal and cands[0][0].pos == "verb" and norm.endswith("ا") and not norm.endswith("وا") \
                and norm[:1] not in "وف" and self._after_light(toks, i):  # (وقتلا: a second verb, the two killed)
            nouns = self._cached(self._cands, (norm, is_fem_noun, True),
                                 lambda: self._candidates(norm, is_fem_noun, True))
            cands = nouns or cands  # (a verb with no noun reading stays one: «قام بزيارة دعا فيها»)
        best = None
        towns: list = []  # the seizure rows whose place word is not there: they may take a town named bare
        nxt = i + 2 if i + 2 < len(keys) and toks[i + 1].text in _OPENERS else i + 1
        for entry, prefix, fut, aspect, obj in cands:
            if entry.unless and nxt < len(keys) and _unless_at(entry, keys[nxt], toks[nxt].norm) and not (
                    _pronoun_before_tail(entry, norm, obj, keys[nxt])):
                continue  # الطلب على النفط: demand, not a request; «أن يستقبل "مطار صلالة"»: past its quote
            if entry.not_after and i > 0 and any(
                    not entry.not_after.isdisjoint(keys[k]) and not (_definite_before_noun(toks, k, i, entry) and any(
                        m.tok_end == i and m.kind in ("actor", "agent") for m in self._found_here))
                    for k in _words_before(toks, i) + _head_before(toks, i)):
                continue  # وقف إطلاق النار: a ceasefire, not shooting; «مديرية "أرحب"»: a district, past its quote;
                # «تهم «التجسس»، و«التعاون مع حكومات»»: a later quoted item of the charges' list, no cooperation
            end = _tail_end(keys, i, entry.tail, 7 if entry.pos == "verb" else 3, toks,
                            self._feminine_tails if entry.pos == "verb" else frozenset(),
                            self._clause_participles) if entry.tail else i + 1
            if end is None and entry.pos == "verb" and entry.tail[0] in self._far_tails and \
                    strip_wa(norm)[:1] != "م":  # (not a participle, محملا: no subject of its own stands before the one
                # blamed, and the roles would read a long one's apposition as a second party)
                end = _far_tail_end(keys, i, entry.tail, toks, self._far_stops)  # حمّل X كونها … مسؤولية
                if end is not None and any(any(c[0] is entry for c in self._candidates(
                        toks[k].norm, last_letter(toks[k].text) == "ة", False)) for k in range(i + 1, end - 1)):
                    end = None  # «تحمل ضغينة ضد هؤلاء النسوة … وحملوهن مسؤولية»: the tail is the later verb's
            if end is not None and entry.pos == "verb" and entry.tail and (
                    entry.lemma, entry.tail[0]) in self._near_tails and not self._near_object(toks, i, end):
                continue  # «أوقف قاض بيعه مؤقتا لشخص آخر»: no one taken, the tail word is no object of the verb
            if end is None and entry.cameo == _TOWN_TAKEN and entry.mode == "seize":
                towns.append((entry, prefix, fut, aspect, obj))  # (read after the rows: a place word named comes first)
            if end is None:
                continue
            if entry.unless and not entry.tail and nxt + 1 < len(keys) and toks[nxt].norm in entry.prep \
                    and not entry.unless.isdisjoint(keys[nxt + 1]):
                continue  # «صادق على أقواله»: past the row's own preposition, a confession confirmed, no ratification
            if entry.unless and entry.tail and end < len(keys) and (not entry.unless.isdisjoint(keys[end]) or (
                    end + 1 < len(keys) and toks[end].norm in self._prepositions
                    and not entry.unless.isdisjoint(keys[end + 1]))):
                continue  # قطع طرق الإمداد: supply lines cut, not a road blocked; «أعلنت حالة الطوارئ في مستشفيات
                # المنطقة»: past a preposition after the tail, a hospitals' emergency
            if best is None or (len(entry.tail) > len(best[0].tail)):
                best = (entry, prefix, fut, end, aspect, obj)
        relative = False
        for town in towns if best is None else ():
            if (end := self._relative_place_end(toks, keys, i, town[0], town[3], town[4])) is not None:
                best = (town[0], town[1], town[2], end, town[3], town[4])  # (قاعدة العند التي استعادها الثوار)
                relative = True
                break
        read: dict = {}  # (the town is read once for each kind of row: its part of speech, على, prefix, pronoun)
        for town in towns if best is None else ():
            key = (town[0].pos, _ON in town[0].prep or _ON in town[0].tail, town[1], town[4])
            if key not in read:
                read[key] = self._taken_town_end(toks, i, *town[:2], town[4])
            if (end := read[key]) is not None:
                best = (town[0], town[1], town[2], end, town[3], town[4])  # (سيطر تنظيم داعش على الرمادي، تحرير الموصل)
                break
        if best is None:
            return None
        entry, prefix, fut, end, aspect, obj = best
        s, e = _span_start(toks[i], prefix), toks[i].end
        info = (("event", entry.event), ("mode", entry.mode), ("cameo", entry.cameo), ("pos", entry.pos),
                ("prefix", prefix), ("future", "1" if fut else ""), ("tail_end", str(end)),
                ("aspect", aspect), ("object_pronoun" if entry.pos == "verb" else "possessive", "1" if obj else ""))
        possessed = obj and entry.pos == "verb" and self._possessed(norm, is_fem_noun, entry)
        if entry.pos == "verb" and aspect == "perfect" and not obj and i and self._dual_verb(norm, prefix, entry) \
                and self._dual_subject(toks[i - 1]) and self._clause_opens(toks, i - 1):
            info += (("number", "dual"),)  # «وكان المسلحان قتلا شرطيا»: a dual verb after its dual subject
        if possessed:
            info += (("possessed", "1"),)
        if relative:
            info += (("relative_place", "1"),)  # (the roles: the pronoun resumes a place, no party before it)
        if entry.cameo == _TOWN_TAKEN and entry.mode == "seize" and possessed and i >= 2 and \
                toks[i - 1].norm.startswith(("ي", "ت")) and toks[i - 2].norm in _RELATIVE_PRONOUNS:
            return None  # «تنظيم داعش الذي يفرض سيطرته على المدينة»: a hold told as a state, no seizure
        if entry.cameo == _TOWN_TAKEN and entry.mode == "seize" and (entry.pos == "noun" or possessed) \
                and self._control_lost(toks, i):
            return None  # «وفقدت القوات الحكومية سيطرتها على المدينة»: control lost, no seizure (not «أما السجن فقد
            # اقتحمه مسلحون»: فقد there is «so indeed», and a verb is read only in a noun's spelling, سيطرتها)
        return make_mention(s, e, text[s:e], "trigger", entry.event, i, i + 1, index, info, entry)

    def _near_object(self, toks: list[Token], i: int, end: int) -> bool:
        """True when the one-word tail ending before token `end` is the verb's object (function_words near_tail): no
        preposition joined to it (لشخص، بالمتهمين; «كمشتبه به», as a suspect, only after the verb's own object
        pronoun), and right after the verb, after a count («أوقفت قوات الأمن، منذ أمس الجمعة، 320 شخصا»، «عددا من
        الأشخاص») or joined by و to the object before it («الطبيب والأشخاص الخمسة»); no full stop between, nor a noun
        with its pronoun, the verb's object already («أوقفت الشركة رحلاتها إلى صنعاء بعد مقتل شخص»; «أوقف الجيش
        إطلاق النار بعد إصابة شخص» has no count)."""
        k = end - 1
        word = strip_wa(toks[k].norm)
        if word.startswith(("ل", "ب")) or word.startswith("ك") and not _OBJECT_SUFFIX_RE.search(toks[i].norm):
            return False
        fw = self.lexicon.function_words
        counted = k == i + 1 or toks[k - 1].kind == "num" or toks[k - 1].norm in fw.number or (
            toks[k - 1].norm == "من" and k - 2 > i and (toks[k - 2].kind == "num" or toks[k - 2].norm in fw.number
                                                      or toks[k - 2].norm in fw.many_of)) or \
            toks[k].norm.startswith("وال") or word.startswith("ك")
        return counted and k - i <= 10 and not any(
            toks[j].text in _STOPS or toks[j].kind == "ar" and toks[j].norm.endswith(_POSSESSED)
            and toks[j].norm not in fw.preposition for j in range(i + 1, k))

    @staticmethod
    def _dual_verb(norm: str, prefix: str, entry: TriggerEntry) -> bool:
        """True for a perfect verb spelt as its row's lemma with the dual ending ا (هاجما، قتلا، استهدفا), a lemma that
        ends in no long vowel (دعا، نفى، رمى are singular)."""
        lemma = entry.lemma  # (a verb row's lemma is kept normalised)
        return norm[len(prefix):] == lemma + "ا" and lemma[-1:] not in ("ا", "ي", "و")

    def _dual_subject(self, tok: Token) -> bool:
        """True for a word that may be a dual subject right before its verb: «اثنين» and its forms, the dual of a
        one-word role noun (المسلحان، شخصان) or a definite word in ان of seven letters or more that the entity lexicon
        does not hold (الشقيقان، الطرفان; not الطيران، البرلمان, singular names of bodies)."""
        norm = tok.norm
        if tok.kind != "ar":
            return False
        if norm in _TWO or self._cached(self._duals, norm, lambda: self._dual(norm))[0]:
            return True
        stem = strip_wa(norm)
        return stem.startswith("ال") and stem.endswith("ان") and len(stem) >= 7 \
            and word_key(stem) not in self.lexicon.entities.root and stem not in self._function_words

    def _clause_opens(self, toks: list[Token], k: int) -> bool:
        """True when the subject phrase whose last word is token k (a dual word, or «اثنين» with its noun before it)
        opens its clause: the sentence's start, punctuation, or a complementizer, كان or «but» before it («وكان
        المسلحان»، «إن مسلحين اثنين»); not a verb's subject after it («وأكد الطرفان دعما»)."""
        k -= 1 + (toks[k].norm in _TWO)
        if k < 0 or toks[k].kind != "ar":
            return True
        word = strip_wa(toks[k].norm)
        fw = self.lexicon.function_words
        return word == "" or word in fw.complementizer or word in fw.be_verb or word in fw.contrast

    def _relative_place_end(self, toks: list[Token], keys: list[list[str]], i: int, entry: TriggerEntry, aspect: str,
                            obj: bool) -> int | None:
        """Token index past a seizure verb at token i in the perfect that opens a relative clause (الذي، التي and their
        duals right before it, past a comma) and resumes its antecedent by a pronoun of its number, attached (استعادها،
        حرره، حررهما) or in على (سيطر عليها), where the antecedent, within four words before the relative pronoun and
        no preposition between,
        is the row's place word (its tail's last word; not a count, عددا) or, before التي, a town the mentions read
        («قاعدة العند الاستراتيجية التي استعادها الثوار»، «الرمادي التي سيطر عليها التنظيم»); None otherwise: not the
        imperfect, a hold told as a state («التي يسيطر عليها الحوثيون»), nor people («الرهائن … الذين حررهم الجيش»),
        nor a town in a preposition's phrase after another noun («المحضر في الرياض الذي حرره الضابط»)."""
        rel = toks[i - 1].norm if i >= 2 else ""
        if entry.pos != "verb" or aspect != "perfect" or rel not in _PLACE_RELATIVES:
            return None
        dual = rel not in ("الذي", "التي")
        if _ON in entry.prep or _ON in entry.tail:
            if obj or i + 1 >= len(toks) or toks[i + 1].norm not in (("عليهما",) if dual else ("عليها", "عليه")):
                return None
            end = i + 2
        elif obj and (toks[i].norm.endswith("هما") if dual else
                      toks[i].norm.endswith(("ه", "ها")) and not toks[i].norm.endswith(("هم", "هما"))):
            end = i + 1
        else:
            return None
        place = entry.tail[-1] if entry.tail and entry.tail[-1] not in _COUNT_TAILS else ""
        towns = {k for m in self._found_here if m.kind == "actor" and m.get("type") in _TOWN_TYPES
                 for k in range(m.tok_start, m.tok_end)} if rel in _FEMININE_RELATIVES else set()
        prepositions = self._prepositions
        last = i - 3 if toks[i - 2].text in _COMMAS else i - 2  # (past a comma before it: «مدينة الرمادي، التي …»)
        for k in range(last, max(-1, last - 4), -1):
            if toks[k].kind == "punct" or toks[k].norm in prepositions:
                return None
            if place and place in keys[k] or k in towns:
                return end
        return None

    def _taken_town_end(self, toks: list[Token], i: int, entry: TriggerEntry, prefix: str, obj: bool) -> int | None:
        """Token index past the town a seizure row's word at token i takes where the town is named with no place word
        before it (the row's tail): a town or a capital the sentence's mentions read, bare, right after «على» for a row
        in على («سيطر تنظيم داعش على الرمادي»), else as the object past the verb's subject («استعادت القوات العراقية
        تكريت»; a town right after the verb is its subject: «واستعادت بغداد هدوءها») or right after a verbal noun
        («تحرير عدن»); within seven words of a verb, three of a noun, only the subject or the owner and a day word
        between. None where there is none; for a verbal noun with ب or ل or after no `done` word (function_words:
        أعلن، تم، جرى; «أعلنت حكومة اليمن تحرير عدن», not an aim, a pledge, a topic, a time or an operation that may
        only have begun: «لتحرير الأنبار»، «تعهد بتحرير الموصل»، «الحديث عن تحرير الموصل»، «بعد تحرير الموصل»، «بدء
        عملية تحرير الأنبار»); and for a
        control noun (or its spelling read as a verb with an object pronoun, سيطرتها) that no verb extends
        (_control_extended: «وبسط الحوثيون سيطرتهم على صنعاء»; not «مزاعم الحكومة بسيطرتها على عدن»)."""
        towns = {m.tok_start: m for m in self._found_here
                 if m.kind == "actor" and m.get("type") in _TOWN_TYPES and not m.get("prefix")}
        if not towns:
            return None
        fw = self.lexicon.function_words
        parties = {k for m in self._found_here if m.kind in ("actor", "agent") for k in range(m.tok_start, m.tok_end)}
        on = _ON in entry.prep or _ON in entry.tail
        if entry.pos == "noun" and not on and (
                prefix.strip("و") or not self._after_past_subject(toks, i, fw.done, parties)):
            return None
        if on and (entry.pos == "noun" or obj) and not self._control_extended(toks, i, parties):
            return None
        reach = min(len(toks), i + (8 if entry.pos == "verb" else 4))
        named = {k for m in self._found_here if m.kind == "actor" for k in range(m.tok_start, m.tok_end)}
        subject = False
        for k in range(i + 1, reach):
            if on and toks[k].norm == _ON:
                return towns[k + 1].tok_end if k + 1 in towns else None
            if not on and k in towns and (entry.pos == "verb" and subject and _past_phrase(toks, k, named, fw.day)
                                          or k == i + 1 and (entry.pos == "noun" or i > 0 and i - 1 in parties)):
                # (a verb's subject may stand before it, «وكانت القوات العراقية استعادت تكريت»: the town right after
                # the verb is then its object, read by the roles, no tail of the trigger's own)
                return i + 1 if entry.pos == "verb" and k == i + 1 else towns[k].tok_end
            if k in parties:
                subject = True
            elif toks[k].norm not in fw.day and toks[k].norm != _DAY_NOUN:
                return None  # (only the subject or the owner, and a day word, may stand between: «استعادت القاعدة
                # الجوية في محافظة لحج» takes the base, «تحرير ابنه في الموصل» no town; a town right after a verb is
                # its subject, «واستعادت بغداد هدوءها»، «واستعادت الرياض وطهران العلاقات»)
        return None

    def _after_past_subject(self, toks: list[Token], i: int, words: frozenset[str], parties: set[int],
                            bare: bool = False) -> bool:
        """True if one of `words` (as written, and past و) stands before token i, only a party the sentence's mentions
        read (a subject: `parties`, their tokens) and day words between («وأعلنت القوات العراقية تحرير الرمادي»،
        «وأحكم الجيش أمس سيطرته»); with `bare`, one definite word the lexicons lack may be that subject («خسر
        التنظيم سيطرته»)."""
        day = self.lexicon.function_words.day
        j = i - 1
        while j >= 0 and (j in parties or toks[j].norm in day or toks[j].norm == _DAY_NOUN
                          or bare and toks[j].kind == "ar" and toks[j].norm.startswith("ال")
                          and toks[j].norm not in words):
            if j not in parties and toks[j].kind == "ar" and toks[j].norm.startswith("ال") \
                    and toks[j].norm not in day:
                bare = False  # (one such word only)
            j -= 1
        return j >= 0 and (strip_wa(toks[j].norm) in words or toks[j].norm in words)

    def _control_lost(self, toks: list[Token], i: int) -> bool:
        """True for a seizure word at token i (a control noun, or its spelling read as a verb with an object pronoun)
        after a verb or noun of losing (function_words control_lost), right before it or past its subject and a day
        word: «وفقدت القوات الحكومية سيطرتها على المدينة»، «خسر التنظيم سيطرته»."""
        lost = self.lexicon.function_words.control_lost
        if i == 0 or not lost:
            return False
        parties = {k for m in self._found_here if m.kind in ("actor", "agent") for k in range(m.tok_start, m.tok_end)}
        return self._after_past_subject(toks, i, lost, parties, bare=True)

    def _control_extended(self, toks: list[Token], i: int, parties: set[int]) -> bool:
        """True for a control noun at token i after a verb that extends it (function_words control_light), right
        before it or past its subject and a day word («وبسط الحوثيون سيطرتهم»، «وأحكم الجيش أمس سيطرته»), or after
        the من or في of a `managed` verb before its subject («تمكنت القوات العراقية والحشد الشعبي من السيطرة»)."""
        fw = self.lexicon.function_words
        if self._after_past_subject(toks, i, fw.control_light, parties):
            return True
        if i == 0 or toks[i - 1].norm not in _MANAGED_PREPS:
            return False
        j = i - 2
        while j >= 0 and (j in parties or toks[j].norm in fw.day or toks[j].text in _COMMAS):
            j -= 1  # (past its subject and a day told between commas: «تمكنت القوات، يوم الثلاثاء، من السيطرة»)
        return j >= 0 and strip_wa(toks[j].norm) in fw.managed


def _past_phrase(toks: list[Token], k: int, named: set[int], day: frozenset[str]) -> bool:
    """True where a town at token k stands past the phrase before it, no genitive of it: the word before is definite
    (القوات العراقية تكريت), part of a name («قوات النظام»، «داعش») or a day word (أمس); not a bare head noun whose
    construct the town completes («وحررت شرطة جدة 500 مخالفة»، «واستعاد أهالي الرمادي منازلهم»)."""
    w = strip_wa(toks[k - 1].norm)
    return w.startswith("ال") or k - 1 in named or w in day or w == _DAY_NOUN


def _hyphened_names(mentions: list[Mention], tokens: list[list[Token]], text: str) -> list[Mention]:
    """The mentions with two names of one body joined by a hyphen read as one (round 89: «حزب المجلس الوطني للدفاع
    عن الديمقراطية-قوات الدفاع عن الديمقراطية الحاكم في بوروندي»: Burundi's ruling party, CNDD-FDD, once, not its
    own recipient)."""
    out: list[Mention] = []
    for m in mentions:
        last = out[-1] if out else None
        if last is not None and m.kind == "actor" and last.kind == "actor" and m.sentence == last.sentence \
                and m.tok_start == last.tok_end + 1 and tokens[m.sentence][last.tok_end].text in ("-", "–") \
                and isinstance(m.entry, ActorEntry) and isinstance(last.entry, ActorEntry) \
                and m.entry.name == last.entry.name and not m.get("prefix"):
            out[-1] = replace(last, end=m.end, tok_end=m.tok_end, text=text[last.start:m.end])
            continue
        out.append(m)
    return out


def _second_language(toks: list[Token], i: int, prefix: str, payloads: list) -> bool:
    """True for a nationality in ـية with the article and و right after «بالـ» and a word in ـية (بالإنجليزية
    والإسبانية، بالعربية والفرنسية): in such a pair the two name languages something is said in, no party."""
    if prefix != "و" or i == 0 or not all(isinstance(p, ActorEntry) and p.kind in ("demonym", "country")
                                          for p in payloads):
        return False
    w, before = toks[i].norm, toks[i - 1]
    return w.startswith("وال") and w.endswith("يه") and before.kind == "ar" and before.norm.startswith("بال") and (
        before.norm.endswith("يه")) and len(before.norm) > 6


def _relative_of_genitive(toks: list[Token], i: int, prefix: str) -> bool:
    """True for a role noun without the article at token i (a relative: والد، والدة، زوجة) in construct with a
    definite genitive and its adjectives that a relative clause follows: «والد الرضيع الفلسطيني الذي قتل حرقا»,
    where the clause may tell of the genitive (the infant killed) as well as of the head; not where a name or
    another word ends the phrase first («والد الرهينة الكرواتي توميسلاف سالوبيك الذي …»), nor where the pronoun
    cannot be the head's, of the other gender («سائق السيارة السعودية التي ظهرت»: the car's clause, the driver
    stays)."""
    rest = toks[i].norm[len(prefix):]
    if rest.startswith("ال") or prefix.endswith("ل") and rest.startswith("ل"):
        return False  # (the article after ل loses its alif: «للشعب اليمني الذي يعاني» is definite, no construct)
    j = i + 1
    while j < len(toks) and j <= i + 3 and toks[j].kind == "ar" and toks[j].norm.startswith("ال") and (
            toks[j].norm not in _RELATIVE):
        j += 1
    if not (i + 1 < j < len(toks) and toks[j].norm in _RELATIVE):
        return False
    return (last_letter(toks[i].text) == "ة") == (toks[j].norm == _RELATIVE[1])


def _counted_noun(num: Token, norm: str) -> bool:
    """True for a bare word right after a number of digits that is no year (1700 طالب، 20 غارة): the counted
    noun, never a verb; a verb after its count agrees in the plural (إن 3 قتلوا، 5 أصيبن), and after a year (عام
    2012 طالب البرلمان) a sentence may begin."""
    return norm[:1] not in "وف" and not norm.endswith(("وا", "ون", "ن")) and not (
        len(num.norm) == 4 and num.norm[:2] in ("19", "20", "١٩", "٢٠"))


def _span_start(tok: Token, prefix: str) -> int:
    """Where a mention starts in its word: after the clitic prefix, but with the preposition ل kept where the
    article's ل follows it (للصين، وللحوثيين: «لصين» is no written word, the evidence reads «للصين»)."""
    if not prefix:
        return tok.start  # (most words: nothing to skip)
    if prefix.endswith("ل") and tok.norm[len(prefix):len(prefix) + 1] == "ل":
        return after_letters(tok, len(prefix) - 1)
    return after_letters(tok, len(prefix))


def _deputy(m: Mention, head: tuple | None) -> Mention | None:
    """A parliament word without the article (نائب) right before a title not in ة (نواب محافظة: a governorate's MPs)
    is a deputy, no member of parliament: it takes the sector of the role phrase it is the deputy of (نائب قائد
    القوات البرية: MIL; نائب مدير عام: GOV) when that phrase is read (`head`, the next hit), else it is dropped."""
    sectors = {e.sector for e in head[2] if isinstance(e, AgentEntry) and e.sector} if head else set()
    if len(sectors) != 1:
        return None
    sector = sectors.pop()
    info = tuple((k, sector) if k == "sector" else (k, v) for k, v in m.info)
    return replace(m, label=sector, info=info)


def _beside_attack(agents: list[Mention], found: list[Mention], toks: list[Token],
                   times: frozenset[str] = frozenset()) -> list[Mention]:
    """The held role nouns (الطيران، الطائرات: aviation and aircraft, most often civil; الإرهابي said of an act) that
    stand right after or before an attack trigger of their sentence: «قصف الطيران», «شنت الطائرات غارات», «الطيران
    قصف», «التفجير الإرهابي»; or before it past a time of day (`times`: words of classes day and light_time,
    «وشن الطيران يوم الأحد غارات»); or before the relative pronoun of a clause that the trigger opens, past one more
    adjective: «الطيران الذي قصف», «العمل الإرهابي الآثم الذي استهدف»; or right after the light verb of a relative
    clause the attack noun opens, past one adjective: «الغارات الأولى التي شنها الطيران التركي»."""
    ends = {m.tok_end for m in found if m.kind == "trigger" and m.label == ATTACK}
    starts = {m.tok_start for m in found if m.kind == "trigger" and m.label == ATTACK}
    if not starts:
        return []
    light = {m.tok_start for m in found if m.kind == "cue" and m.label == "light_verb"}
    kept = []
    for m in agents:
        k = m.tok_start - 1
        if k in light and k >= 2 and toks[k - 1].norm in _RELATIVE and (
                k - 1 in ends or k - 2 in ends and toks[k - 2].norm.startswith("ال")):  # (الغارات الأولى التي)
            kept.append(m)
            continue
        j = m.tok_end
        if j + 1 < len(toks) and toks[j].norm not in _RELATIVE and toks[j].norm.startswith("ال"):
            j += 1  # العمل الإرهابي الآثم الذي: one more adjective
        if m.tok_start in ends or m.tok_end in starts or (
                j + 1 in starts and toks[j].norm in _RELATIVE) or _after_times(toks, m.tok_end, times) in starts:
            kept.append(m)
    return kept


def _after_times(toks: list[Token], k: int, times: frozenset[str]) -> int:
    """The token after the words of a time of day (at most three: «يوم الأحد»، «مساء السبت»، «ليلا») from token k on,
    or -1 when token k begins none."""
    j = k
    while j < len(toks) and j - k < 3 and toks[j].norm in times:
        j += 1
    return j if j > k else -1


def _definite_word(tok: Token) -> bool:
    """True for an Arabic word with the article, past any clitic (الأمن، والأمن، بالأمن، للأمن)."""
    return tok.kind == "ar" and any(stem.startswith("ال") for stem, _ in clitic_variants(tok.norm))


def _genitive_after(toks: list[Token], k: int) -> bool:
    """True if a construct goes on at token k up to a definite word within two words (دعم الشرعية، الخليج) or a
    quoted name (قوات تحالف «إعادة الأمل»)."""
    return k < len(toks) and (_definite_word(toks[k]) or toks[k].text in _OPEN_QUOTES or toks[k].kind == "ar"
                               and k + 1 < len(toks) and _definite_word(toks[k + 1]))


def _dual_adjective(toks: list[Token], hits: list, h: int) -> bool:
    """True for a one-word role noun in the feminine dual (انتحاريتين، مسلحتان) right after a feminine dual of the
    same ending that is no actor or role noun itself (العمليتين الانتحاريتين، سيارتين مفخختين): an adjective. Not
    after a noun that heads a role phrase of agents.tsv (مجموعتان مسلحتان: «مجموعة مسلحة», armed groups)."""
    i = hits[h][0]
    end = toks[i].norm[-3:]
    if not i or end not in ("تين", "تان") or toks[i - 1].kind != "ar" or not toks[i - 1].norm.endswith(end):
        return False
    base = strip_wa(toks[i - 1].norm)[:-3] + "ه"
    return not (h and hits[h - 1][0] + hits[h - 1][1] == i) and (
        (base if base.startswith("ال") else "ال" + base) not in _role_heads())


def _groups_only(payloads: list) -> bool:
    """True if every reading of a match is a group of actors.tsv (none at all, too)."""
    for p in payloads:  # (a loop, not a generator: asked of nearly every one-word match)
        if not isinstance(p, ActorEntry) or p.kind != "group":
            return False
    return True


def _common_noun_group(payloads: list) -> bool:
    """True for the readings of a group's one-word name that is also a common noun (القاعدة: the base, the rule; not
    البشمركة): every one a group of actors.tsv whose name heads a role phrase of agents.tsv (قاعدة عسكرية)."""
    if not payloads:
        return False
    for p in payloads:  # (a loop, not a generator: asked of nearly every one-word match)
        if not (isinstance(p, ActorEntry) and p.kind == "group" and _noun_name(p.phrase)):
            return False
    return True


def _noun_name(phrase: str) -> bool:
    """True for a one-word name with the article ending in ة that agents.tsv also lists as the head of a role
    phrase (القاعدة: «قاعدة عسكرية»)."""
    return normalize(phrase) in _role_heads()


_ROLE_HEADS: frozenset[str] | None = None


def _role_heads() -> frozenset[str]:
    """The first words, with the article and normalised, of agents.tsv's role phrases of two words or more whose
    first word ends in ة (قاعدة عسكرية → القاعده): common nouns a group's one-word name may be."""
    global _ROLE_HEADS
    if _ROLE_HEADS is None:
        from ..lexicon.compile import _rows

        heads = set()
        for r in _rows("agents.tsv"):
            words = normalize(r["phrase"]).split()
            if len(words) > 1 and words[0].endswith("ه") and r.get("source") == "hand":
                heads.add(words[0] if words[0].startswith("ال") else "ال" + words[0])
        _ROLE_HEADS = frozenset(heads)
    return _ROLE_HEADS


def _described(toks: list[Token], hits: list, h: int) -> bool:
    """True where the one-word name of hit h is followed by a definite word in ة that no lexicon reads (القاعدة
    الاستراتيجية، القاعدة النقدية): an adjective of the common noun. (القاعدة الإرهابية: an agent's word, the group.)"""
    i = hits[h][0]
    if i + 1 >= len(toks) or toks[i + 1].kind != "ar" or h + 1 < len(hits) and hits[h + 1][0] == i + 1:
        return False
    return toks[i + 1].norm.startswith("ال") and last_letter(toks[i + 1].text) == "ة"


def _by_common_noun(mentions: list[Mention], tokens: list[list[Token]]) -> list[Mention]:
    """The mentions without a group's bare one-word name that is also a common noun (القاعدة) in an article that
    uses that noun as a noun: without the article (قاعدة العند، بقاعدة عسكرية) or in a role phrase (القاعدة
    الجوية) — there «الهجوم على القاعدة» is the base — unless the article names the group otherwise (تنظيم القاعدة،
    «القاعدة» in quotes)."""
    bare = {id(m): normalize(m.entry.phrase) for m in mentions if m.kind == "actor" and m.tok_end - m.tok_start == 1
            and isinstance(m.entry, ActorEntry) and m.entry.kind == "group" and _noun_name(m.entry.phrase)}
    if not bare:
        return mentions
    names = set(bare.values())
    quoted = {m.get("name") for m in mentions if m.kind == "actor" and (m.tok_end - m.tok_start > 1 or (
        m.tok_start and tokens[m.sentence][m.tok_start - 1].text in ("«", '"', "“")))}
    nouns = {"ال" + stem for toks in tokens for t in toks if t.kind == "ar"
             for stem, _ in clitic_variants(t.norm) if "ال" + stem in names}
    nouns |= {normalize(m.entry.phrase).split()[0] for m in mentions if m.kind == "agent"
              and " " in m.entry.phrase and normalize(m.entry.phrase).split()[0] in names}
    if not nouns:
        return mentions
    return [m for m in mentions if not (id(m) in bare and bare[id(m)] in nouns and m.get("name") not in quoted)]


def _family(toks: list[Token], hit: tuple) -> bool:
    """True for a hit of a family's name, «آل + name» (آل ثاني، آل خليفة): a group of actors.tsv whose first
    written word is آل."""
    return toks[hit[0]].text == "آل" and hit[1] == 2 and all(
        isinstance(p, ActorEntry) and p.kind == "group" for p in hit[2])


def _of_family(persons: list, family: list) -> list:
    """The readings of a person named with a family's name: each of `persons` with the family's country where it
    gives another (King Salman's entry matched by «الأمير سلمان بن حمد آل خليفة»), or, with none, a member of the
    family of its country and sector."""
    fam = family[0]
    if not persons:
        return [replace(fam, kind="person", name="")]
    return [p if not isinstance(p, ActorEntry) or p.code == fam.code else replace(
        p, code=fam.code, name="", valid_from="", valid_to="") for p in persons]


def _definite_noun(norm: str) -> bool:
    """True for a normalised word with the article, after و/ف and ب/ك/ل if any (الأسباب، والعمليات، للحملة)."""
    return any(stem.startswith("ال") for stem, _ in clitic_variants(norm))


def _nisba(tok: Token, payloads: list) -> bool:
    """True for a word in ي read only as a nationality (التركي، المصري): after a given name it is a family name."""
    return last_letter(tok.text) == "ي" and all(
        isinstance(p, ActorEntry) and p.kind in ("demonym", "country") for p in payloads)


def _countries(payloads: list) -> bool:
    """True if every reading of a match is a country."""
    for p in payloads:  # (a loop, not a generator)
        if not isinstance(p, ActorEntry) or p.kind != "country":
            return False
    return True


def _pronoun_town(tok: Token, payloads: list) -> bool:
    """True for a town's name in ة written with ه instead, the pronoun "his" (جده: his grandfather, not جدة)."""
    return tok.text.endswith("ه") and _towns(payloads) and all(normalize(p.phrase) == tok.norm for p in payloads)


def _paired_town(toks: list[Token], i: int) -> bool:
    """True for a town at token i followed by «مع»: a capital standing for its state as one side of an accord, «اتفاق
    طهران مع القوى الكبرى», a party, no name of the accord."""
    return i + 1 < len(toks) and toks[i + 1].norm == "مع"


def _town_ends_name(toks: list[Token], i: int, prepositions: frozenset[str]) -> bool:
    """True for a town at token i that ends a document's or meeting's name: the sentence ends or a mark, a
    preposition or a definite word (a relative pronoun among them) follows («اتفاق فيينا النووي»، «مؤتمر جنيف للسلام»،
    «إعلان القاهرة الذي»); not before
    a bare word or a و-word, where the town is the verbal noun's doer («بإعلان طهران استعدادها»، «اتفاق دمشق وأنقرة»)."""
    if i + 1 >= len(toks) or toks[i + 1].kind != "ar":
        return True
    w = toks[i + 1].norm
    return w in prepositions or w.startswith(("ال", "لل", "بال"))


def _towns(payloads: list) -> bool:
    """True if every reading of a match is a town (a place or a capital), no country nor person."""
    if not payloads:
        return False
    for p in payloads:  # (a loop, not a generator: asked of nearly every one-word match)
        if not isinstance(p, ActorEntry) or p.kind not in ("place", "capital"):
            return False
    return True


def _town_word(m: Mention, tokens: list[list[Token]]) -> str:
    """The word with the article of a one-word town mention (a place or a capital) with و/ف or nothing before it;
    "" for any other mention."""
    if m.kind != "actor" or m.tok_end - m.tok_start != 1 or not isinstance(m.entry, ActorEntry) or (
            m.entry.kind not in ("place", "capital")) or m.get("prefix") not in ("", "و", "ف"):
        return ""
    w = tokens[m.sentence][m.tok_start].norm[len(m.get("prefix") or ""):]
    return w if w.startswith("ال") else ""


_HAMZA_ALIFS = frozenset("أإآ")  # (a set: a word is asked for any of them in one C call)
_SHORT_ACRONYM = 4  # letters at most of a one-word name read as an acronym (وام، واس، قنا، ناتو)


def _acronym_unlike(written: str, prefix: str, payloads: list) -> list:
    """The readings of a one-word match less those that are an acronym-like body's short name (an institution, IGO
    or group of four letters at most) spelled with a bare alif where the written word has a hamza on it: «وأم» is
    «and mother», not وام (WAM); normalising folds the two, the written word keeps them apart. The list itself comes
    back when no reading goes (cheapest tests first: a hamza'd alif, then a word short enough for an acronym)."""
    if _HAMZA_ALIFS.isdisjoint(written):
        return payloads
    word = "".join(c for c in written if "\u0621" <= c <= "\u064a")[len(prefix):]
    if len(word) > _SHORT_ACRONYM:
        return payloads
    kept = [e for e in payloads if not (
        isinstance(e, ActorEntry) and e.kind in ("institution", "igo", "group") and len(e.phrase) == len(word)
        and any(a == "ا" and b in _HAMZA_ALIFS for a, b in zip(e.phrase, word)))]
    return payloads if len(kept) == len(payloads) else kept


def _kingdoms(payloads: list) -> bool:
    """True if every reading of a match is a country (المملكة: a kingdom); a town of several countries (رفح: Egypt's
    or Gaza's) is read like any name of several readings, by the code the article names most."""
    return bool(payloads) and all(isinstance(p, ActorEntry) and p.kind == "country" for p in payloads)


def _given_names() -> dict[str, tuple[str, ...]]:
    """The normalised given names of given_names.tsv, each with the starts of its Latin spellings."""
    from ..lexicon.compile import _rows

    return {normalize(r["name"]): tuple(r["latin"].split("|")) for r in _rows("given_names.tsv")}


def _prefixed_eponym(norm: str, eponyms: frozenset[str]) -> bool:
    """True for an Arabic word (normalised) that is an eponym cue word with a preposition (and و/ف) on it: «لجسر»،
    «بمستشفى»، «ولمدينة» (cheapest test first: a word in ل or ب, or و/ف and then one)."""
    if len(norm) < 4:
        return False
    if norm[0] in "وف" and norm[1] in "لب":
        norm = norm[1:]
    elif norm[0] not in "لب":
        return False
    return norm[1:] in eponyms or norm[:2] == "لل" and "ال" + norm[2:] in eponyms


def _title_of_name(toks: list[Token], m: Mention) -> bool:
    """True for a role noun with the article followed by a name (مركز الملك عبدالعزيز، جائزة الأمير نايف): after
    an eponym cue, the title of the person the place or body is named after."""
    return m.tok_end < len(toks) and m.text.startswith("ال") and toks[m.tok_end].kind == "ar" \
        and not toks[m.tok_end].norm.startswith("ال") and len(toks[m.tok_end].norm) > 2


def _name_word(tok: Token) -> bool:
    """True for a word that may be part of a person's nasab: Arabic, with no article (عبدالعزيز، الله after عبد)."""
    return tok.kind == "ar" and len(tok.norm) > 1 and (not tok.norm.startswith("ال") or tok.norm in ("الله", "الرحمن"))


def _persons(payloads: list) -> bool:
    """True if every reading of a match is a person."""
    for p in payloads:  # (a loop, not a generator: asked of every match, often twice)
        if not isinstance(p, ActorEntry) or p.kind != "person":
            return False
    return True


def _first_definite(phrase: str) -> bool:
    """True if the first word of a lexicon phrase carries the article."""
    return normalize(phrase).startswith("ال")


def _second_feminine(phrase: str) -> bool:
    """True if the second word of a lexicon phrase ends in ة."""
    words = normalize(phrase).split()
    return len(words) > 1 and words[1].endswith("ه")


def _masculine(word: str) -> bool:
    """True for a normalised word with no feminine or plural ending (المسؤول، الجيش)."""
    return not word.endswith(("ه", "ات"))


def _readings(payloads: list, n: int, date: str | None) -> list[ActorEntry]:
    """The readings of a one-word name that differ in code on `date` (عمان: Amman, Jordan's capital, or Oman),
    one per code; empty when the name has one code. So too for a body of several words that several countries
    have (الحكومة الشرعية: Yemen's or Libya's; مجلس الشورى)."""
    if len(payloads) < 2 or n != 1 and not _institutions(payloads):
        return []
    actors = [p for p in payloads if isinstance(p, ActorEntry)]
    if len({a.code for a in actors}) < 2:
        return []
    valid = [a for a in actors if a.valid_on(date)] or _nearest(actors, date)
    by_code = {}
    for a in valid:
        by_code.setdefault(a.code, a)
    return list(by_code.values()) if len(by_code) > 1 else []


def _institutions(payloads: list) -> bool:
    """True if every actor reading of a match is a body (actors.tsv kind institution; role readings aside)."""
    actors = [p for p in payloads if isinstance(p, ActorEntry)]
    return bool(actors) and all(p.kind == "institution" for p in actors)


def _listed_kinds(toks: list[Token], hits: list, i: int, prefix: str) -> set[str]:
    """The kinds of the actors listed with the word at token i: the entity before it when the word takes و or a
    comma or dash stands between (السعودية، عمان — الكويت وعمان), the one after it likewise (عمان والإمارات)."""
    return {p.kind for p in _listed(toks, hits, i, prefix)}


def _listed(toks: list[Token], hits: list, i: int, prefix: str, settled: bool = False) -> list[ActorEntry]:
    """The actor entries of the entities listed right before and after the word at token i (see `_listed_kinds`);
    with `settled`, only those of an entity of one code (not «المقاومة والجيش الوطني», each of several countries)."""
    out: list[ActorEntry] = []
    for j, n, payloads, pre in hits:
        before = j + n == i and prefix[:1] == "و" or j + n == i - 1 and _separator(toks[i - 1])
        after = j == i + 1 and pre[:1] == "و" or j == i + 2 and _separator(toks[i + 1])
        if before or after:
            entries = [p for p in payloads if isinstance(p, ActorEntry)]
            if not settled or len({p.code for p in entries}) == 1:
                out += entries
    return out


def _separator(tok: Token) -> bool:
    """True for a comma or a dash between two items of a list."""
    return tok.kind == "punct" and tok.norm in ("،", ",", "-", "–", "/")


def _code_in_context(toks: list[Token], hits: list, h: int, readings: list[ActorEntry]) -> str | None:
    """The code the sentence gives a name of several readings: that of a nationality or country right before or
    after it (العاصمة الأردنية عمان، عمان الأردنية) or listed beside it (عمان، الأردن), else the country reading in
    a list of countries and the capital reading in a list of capitals (السعودية، عمان، الإمارات); None when it
    says nothing or several readings are of the list's kind (المملكة ودولة الإمارات: the article's kingdom)."""
    i, _, _, prefix = hits[h]
    codes = {a.code for a in readings}
    for j, n, payloads, pre in hits:
        beside = j + n == i and not prefix or j == i + 1 and not pre
        if beside:
            near = {p.code for p in payloads if isinstance(p, ActorEntry) and p.kind in ("demonym", "country")}
            if len(near & codes) == 1:
                return (near & codes).pop()
    listed = _listed(toks, hits, i, prefix)
    own = {a.code for a in _listed(toks, hits, i, prefix, settled=True)} & codes
    if len(own) == 1:
        return own.pop()  # عمان، الأردن: the city, then its country
    kinds = {a.kind for a in listed}
    for kind in ("country", "capital"):
        if kind in kinds:
            of_kind = {a.code for a in readings if a.kind == kind}
            if len(of_kind) == 1:
                return of_kind.pop()  # not «المملكة ودولة الإمارات»: every reading a country, the article tells which
    return None


def _by_article_evidence(mentions: list[Mention], pending: list[tuple[Mention, list[ActorEntry]]]) -> list[Mention]:
    """The mentions with each unsettled name read as the code the article's other actor mentions name most
    (عمان in an article on «سلطنة عمان» and «العمانيين» is Oman; a tie keeps the default reading, but a body of
    several countries none of which the article names has none: الحكومة الشرعية, مجلس الشورى), and a doubtful
    one (no readings: مالي "financial" or Mali) kept only if other mentions name its country (باماكو، الماليين), or for a
    group (المرصد) the group itself (المرصد السوري لحقوق الإنسان), or for a person (الأسد, a lion too) his country or
    himself (سوريا، بشار الأسد). A word whose every reading is a country (المملكة:
    Saudi Arabia, Jordan, Morocco or Bahrain) is the one the article names most: «المملكة» of a Bahraini story is
    Bahrain; with none of them named, or two as often, it names no party."""
    unsettled = {id(m): readings for m, readings in pending}
    others = [m for m in mentions if m.kind == "actor" and id(m) not in unsettled]
    evidence = Counter(m.label for m in others)
    named = {m.get("name") for m in others}
    out = []
    kingdoms: list = []  # (readings, the kingdom they settle on): settled once per set of readings
    for m in mentions:
        readings = unsettled.get(id(m))
        if readings is not None and not readings and not (
                evidence[m.label] if m.entry.kind == "country" else m.get("name") and m.get("name") in named
                or m.entry.kind == "person" and evidence[m.label]):
            continue  # a country by any mention of it, a group (المرصد) by its own name, a person by either
        if readings and _kingdoms(readings):
            settled = next((k for r, k in kingdoms if r == readings), kingdoms)
            if settled is kingdoms:
                settled = _settled_kingdom(readings, pending, others, evidence)
                kingdoms.append((readings, settled))
            kingdom = settled
            if kingdom is None:
                continue  # المملكة in a story naming no kingdom, or two as often: which one is not told
            if kingdom.code != m.label:
                m = _reread(m, kingdom)
        elif readings:
            ranked = sorted(readings, key=lambda a: evidence[a.code], reverse=True)
            if evidence[ranked[0].code] > evidence[ranked[1].code] and ranked[0].code != m.label:
                m = _reread(m, ranked[0])
            elif not evidence[ranked[0].code] and _institutions(readings):
                m = _uncoded(m)  # الحكومة الشرعية in a story naming neither Yemen nor Libya: no country
        out.append(m)
    return out


def _settled_kingdom(readings, pending: list, others: list[Mention], evidence: Counter):
    """The kingdom a word read as any of `readings` (المملكة) names: the one the article names most, or another only
    where the article names it after one of the pending mentions of those readings; None if not told."""
    kingdom = _kingdom(readings, evidence)
    if kingdom is not None and any(_named_after(others, k, kingdom.code) for k, r in pending if r == readings):
        # (the article's one kingdom throughout; another only where the article names one: «اتفقت المملكة
        # وجمهورية مصر العربية … بين السعودية والمصرية» stays Saudi Arabia)
        kingdom = _other_kingdom(readings, evidence, kingdom.code) or kingdom
    return kingdom


def _named_after(others: list[Mention], m: Mention, code: str) -> bool:
    """True where a mention of `others` after `m` in its sentence names the state `code`: «إن المملكة ترفض أي تدخل في
    الشؤون الداخلية البحرينية» is not Bahrain, the state it speaks of (2015-07-31 #953, the Saudi ambassador), and
    neither is any other bare «المملكة» of that article."""
    return any(o.sentence == m.sentence and o.tok_start >= m.tok_end and o.label == code for o in others)


def _other_kingdom(readings: list[ActorEntry], evidence: Counter, code: str) -> ActorEntry | None:
    """The reading of a word of several countries other than `code` that the article's other actors name most, where
    they name one of them at all and no other as often; else None."""
    ranked = sorted((a for a in readings if a.code != code), key=lambda a: evidence[a.code], reverse=True)
    if not ranked or not evidence[ranked[0].code] or len(ranked) > 1 and (
            evidence[ranked[1].code] == evidence[ranked[0].code]):
        return None
    return ranked[0]


def _kingdom(readings: list[ActorEntry], evidence: Counter) -> ActorEntry | None:
    """The reading of a word of several countries (المملكة) the article's other actors name most: «المملكة» of a
    Bahraini story is Bahrain, of a Saudi one Saudi Arabia, when the others of them together are named less than a
    `_HOME_SHARE`th as often; None when none is named, or two too nearly as often (a Bahraini statement on a Saudi
    event, BHR 4 or 7 times, SAU 2)."""
    ranked = sorted(readings, key=lambda a: evidence[a.code], reverse=True)
    top = evidence[ranked[0].code]
    if not top or top < _HOME_SHARE * sum(evidence[a.code] for a in ranked[1:]):
        return None  # «مجلس الوزراء البحريني … تضامن مملكة البحرين ووقوفها مع المملكة» of a Saudi paper: either
    return ranked[0]


def _without_leaders(mentions: list[Mention], tokens: list[list[Token]], leaders: frozenset[str]) -> list[Mention]:
    """The mentions less each party right after a verb of leading (function_words.tsv leader_verb) in the relative
    clause of a party before it: «طائرات التحالف الذي تقوده السعودية»، «تحالف يقوده الغرب»: who leads it is part
    of its description, no party of the sentence's event."""
    if not leaders:
        return mentions
    out = []
    for m in mentions:
        if m.tok_start and m.kind in ("actor", "agent") and tokens[m.sentence][m.tok_start - 1].norm in leaders:
            continue
        out.append(m)
    return out


def _stipulating_at(toks: list[Token], k: int, words: frozenset[str]) -> bool:
    """True when token k is «القاضي» (function_words.tsv stipulating) between a definite noun (or a number) and a word
    in بـ: the adjective "stipulating", no verb («المرسوم الملكي القاضي بمنح عفو»، «الأمر الكريم القاضي بتكليف»), no
    judge and no party of the decree's event."""
    if toks[k].norm not in words or k == 0 or k + 1 >= len(toks):
        return False
    before, after = toks[k - 1], toks[k + 1].norm
    if before.kind == "punct" and k >= 2 or _year_letter(toks, k - 1):
        before = toks[k - 2]  # «الأمر السامي الذي صدر عام 1419هـ القاضي بالموافقة»: the year before its era letter
    return after[:1] == "ب" and len(after) > 3 and (before.kind == "num" or before.norm.startswith("ال"))


def _year_letter(toks: list[Token], k: int) -> bool:
    """True when token k is a one-letter era mark (هـ، م) right after a number: «عام 1419هـ»."""
    return k >= 1 and len(toks[k].norm) == 1 and toks[k].kind == "ar" and toks[k - 1].kind == "num"


def _former_titles(mentions: list[Mention], tokens: list[list[Token]], former: frozenset[str]) -> list[Mention]:
    """The mentions with each office title (GOV) that an adjective of a former holder follows (function_words.tsv
    former), after its nationality or before a person's name, read as a former official, an elite (CAMEO ELI) with no
    office now: «رئيس الوزراء البريطاني الأسبق»، «للرئيس اليمني السابق»، «وزير الدفاع السابق، إيهود باراك»."""
    elite = {}
    for k, m in enumerate(mentions):
        if m.kind != "agent" or m.label != "GOV":
            continue
        toks, end, nationality = tokens[m.sentence], m.tok_end, False
        after = mentions[k + 1] if k + 1 < len(mentions) else None
        if after is not None and after.sentence == m.sentence and after.tok_start == end and after.kind == "actor" \
                and after.get("type") == "demonym":
            end, nationality, after = after.tok_end, True, mentions[k + 2] if k + 2 < len(mentions) else None
        if end >= len(toks) or toks[end].norm not in former:
            continue
        if nationality or after is not None and after.sentence == m.sentence and after.kind == "actor" \
                and after.get("type") == "person" and _right_after_former(toks, end, after.tok_start):
            elite[k] = _as_elite(m)
    return [elite.get(k, m) for k, m in enumerate(mentions)] if elite else mentions


def _quoted_titles(mentions: list[Mention], tokens: list[list[Token]], text: str) -> list[Mention]:
    """The mentions with a person's name that a title in quotes of one to three words goes right before taking the
    title into its span: «وانتقد "المرشد الأعلى" علي خامنئي»: one party, the title no party of its own."""
    out, skip, changed = [], set(), False
    for k, m in enumerate(mentions):
        if m.kind == "actor" and m.get("type") == "person" and m.tok_start >= 3:
            start = _quoted_title_start(tokens[m.sentence], m.tok_start)
            if start is not None:
                inside = {j for j in range(max(0, k - 4), k) if mentions[j].sentence == m.sentence
                          and mentions[j].tok_start >= start and mentions[j].kind in ("actor", "agent")}
                if all(mentions[j].kind == "agent" or mentions[j].get("type") == "demonym" for j in inside):
                    skip |= inside
                    s = tokens[m.sentence][start].start
                    m, changed = replace(m, start=s, tok_start=start, text=text[s:m.end]), True
        out.append(m)
    return [m for k, m in enumerate(out) if k not in skip] if changed else mentions


def _sub_units(mentions: list[Mention], tokens: list[list[Token]], text: str, units: frozenset[str],
               closed: frozenset[str]) -> list[Mention]:
    """The mentions with each body (an institution, an IGO or a role noun) right after «في» taking into its span the
    department named before it (function_words.tsv sub_unit, bare or with the article, then one to three words
    the last of them definite): «رفضت دائرة العرض في هيئة التحقيق والادعاء العام»، «لجنة العلاقات الخارجية في
    مجلس الشيوخ»: the department is that body's, one party, and the subject of the verb before it. Not when an
    event word or a coded actor stands between (لجنة التحقيق في …: an inquiry into it), nor after a title or body
    or event noun whose genitive the department is (مدير إدارة التطوير في الهيئة: the director's own phrase;
    محاضر اجتماع لجنة السياسة المالية في مجلس الاحتياطي: a meeting told of, no one's act here)."""
    if not units:
        return mentions
    grown: dict[int, int] = {}  # a body's index → the department's first token
    for k, m in enumerate(mentions):
        if m.kind not in ("actor", "agent") or m.get("prefix") or m.tok_start < 3 or (
                m.kind == "actor" and m.get("type") not in ("institution", "igo")):
            continue
        start = _sub_unit_start(tokens[m.sentence], m.tok_start - 1, units, closed)
        if start is not None and not any(o.sentence == m.sentence and (start <= o.tok_start < m.tok_start and (
                o.kind == "trigger" or o.kind == "actor") or o.tok_end == start and (
                o.kind in ("actor", "agent") or o.kind == "trigger" and o.get("pos") == "noun"))
                for o in mentions[max(0, k - 8):k]):
            grown[k] = start
    if not grown:
        return mentions
    out, inside = [], set()
    for k, m in enumerate(mentions):
        if k in grown:
            toks = tokens[m.sentence]
            s = toks[grown[k]].start
            inside |= {(m.sentence, j) for j in range(grown[k], m.tok_start)}
            m = replace(m, start=s, tok_start=grown[k], text=text[s:m.end])
        out.append(m)
    return [m for m in out if m.kind != "agent" or (m.sentence, m.tok_start) not in inside]


def _sub_unit_start(toks: list[Token], f: int, units: frozenset[str], closed: frozenset[str]) -> int | None:
    """The first token of a department's name ending right before «في» at token f (see `_sub_units`); None when
    there is none."""
    if toks[f].norm != "في" or not toks[f - 1].norm.startswith("ال"):
        return None
    for j in range(f - 2, max(-1, f - 5), -1):
        word = toks[j].norm
        if toks[j].kind != "ar" or word in closed:
            return None
        if word in units or word.startswith("ال") and word[2:] in units:
            return None if j and _title(toks[j - 1]) else j  # (مدير إدارة …: the director's phrase)
    return None


def _quoted_title_start(toks: list[Token], k: int) -> int | None:
    """The token of the opening quote of a phrase of one to three Arabic words in quotes ending right before token
    k, the first word with the article («المرشد الأعلى»); None when there is none."""
    if toks[k - 1].text not in _CLOSING_QUOTES:
        return None
    for j in range(k - 2, max(-1, k - 6), -1):
        if toks[j].text in _OPENING_QUOTES:
            return j if j < k - 2 and toks[j + 1].norm.startswith("ال") else None
        if toks[j].kind != "ar":
            return None
    return None


def _right_after_former(toks: list[Token], former: int, start: int) -> bool:
    """True for a name starting right after the former-holder adjective at token `former`, or after a comma there."""
    return start == former + 1 or start == former + 2 and toks[former + 1].kind != "ar"


def _as_elite(m: Mention) -> Mention:
    """The role-noun mention `m` read as a former official: an elite (ELI), no office now."""
    info = tuple(("sector", "ELI") if key == "sector" else (key, value) for key, value in m.info)
    return replace(m, label="ELI", info=info, entry=replace(m.entry, sector="ELI"))


def _by_surname(mentions: list[Mention], tokens: list[list[Token]], given: dict[str, tuple[str, ...]],
                kinship: frozenset[str]) -> list[Mention]:
    """The mentions with a one-word role noun that is the family name of a person the article named in full
    before («وليد المعلم» … «وأضاف المعلم»، «وكان المعلم يتحدث»: the minister, not a teacher) read as that person.
    A role noun with a name after it stays a role: a given name of `given` or one in عبد (المعلم أحمد), or a
    word followed by بن of `kinship` (المعلم سعيد بن علي)."""
    surnames: dict[str, Mention] = {}
    out = []
    for m in mentions:
        if m.kind == "actor" and m.tok_end - m.tok_start >= 2 and isinstance(m.entry, ActorEntry) \
                and m.entry.kind == "person" and m.get("code"):
            last = tokens[m.sentence][m.tok_end - 1].norm
            if last.startswith("ال") and len(last) > 4:
                surnames[last] = m
        elif m.kind == "agent" and surnames and m.tok_end - m.tok_start == 1:
            toks = tokens[m.sentence]
            word = toks[m.tok_start].norm[len(m.get("prefix")):]
            person = surnames.get(word)
            if person is not None and m.get("prefix") in ("", "و", "ف") and not _name_after(toks, m.tok_end, given,
                                                                                        kinship):
                info = tuple((k, v) if k != "prefix" else (k, m.get("prefix")) for k, v in person.info)
                m = replace(m, kind="actor", label=person.label, info=info, entry=person.entry)
        out.append(m)
    return out


def _by_family_name(mentions: list[Mention], tokens: list[list[Token]], text: str, given: dict[str, tuple[str, ...]],
                    kinship: frozenset[str], forms: _Forms | None = None) -> list[Mention]:
    """The mentions, with one added for each word the lexicons left unread that is the family name of a person the
    article named in full before («عادل الجبير» … «محادثات أجراها الجبير مع نظيره الروسي»، «زيارة الجبير إلى موسكو»;
    «علي عبدالله صالح» … «ميليشيات الحوثي وصالح»): that person, with و/ف and (a name with the article) ب/ل/ك
    before it or not (لصالح is "in favour of"). Not after a given name, a kunya or بن
    (محمد الجبير is someone else), nor a family name that is a given name too (بن عبدالعزيز: many are), a title or
    an ordinal (الملك عبدالله الثاني … «النائب الثاني»), nor an adjective (خادم الحرمين الشريفين … «للحرمين
    الشريفين»: a word after a definite one, save a title or a role phrase of several words: «وزير الخارجية
    الجبير»), nor before a definite word (أرض الحرمين الشريفين) save one that opens a party's mention, the verb's
    object («عبد الله الثني» … «ودعت حكومة الثني الأمم المتحدة»: al-Thinni's government asks the UN)."""
    surnames: dict[str, Mention] = {}
    for m in mentions:
        if m.kind == "actor" and m.tok_end - m.tok_start >= 2 and isinstance(m.entry, ActorEntry) \
                and m.get("code") and (m.entry.kind == "person" or _titled_person(m, tokens[m.sentence], given)):
            m = _as_person(m)
            last = tokens[m.sentence][m.tok_end - 1].norm
            bare = last[2:] if last.startswith("ال") else last  # (علي عبدالله صالح … «ميليشيات الحوثي وصالح»)
            if len(bare) > 2 and len(last) > 3 and bare not in given and not _given_word(last, given) \
                    and last not in _definite_titles() and last not in _ordinals() and not _title(
                        tokens[m.sentence][m.tok_end - 1]):
                surnames.setdefault(last, m)  # (… ولي العهد النائب: a title; الملك عبدالله الثاني: an ordinal)
    if not surnames:
        return mentions
    ends = {w[2:] if w.startswith("ال") else w for w in surnames}
    cov = _coverage(mentions)
    parties = {(m.sentence, m.tok_start) for m in mentions if m.kind in ("actor", "agent")}  # where a party begins
    titles = set()  # (sentence, end) of the role phrases: a name may follow one (وزير الخارجية الجبير)
    for m in mentions:
        if m.kind == "agent" and m.tok_end - m.tok_start > 1:
            titles.add((m.sentence, m.tok_end))
    found: list[Mention] = []
    for index, k in (forms or _forms(tokens)).ending_with(ends):  # (only the words that end like a family name)
        toks = tokens[index]
        tok = toks[k]
        if tok.kind != "ar" or k in cov(index):
            continue
        stem, prefix = next(((st, p) for st, p in clitic_variants(tok.norm) if st in surnames), ("", ""))
        person = surnames.get(stem)
        if person is None or (person.sentence, person.tok_start) >= (index, k) or (
                not stem.startswith("ال") and prefix.lstrip("وف")):
            continue  # (لصالح "in favour of": a name without the article takes و/ف only)
        if k + 1 < len(toks) and toks[k + 1].norm.startswith("ال") and len(toks[k + 1].norm) > 4 and (
                index, k + 1) not in parties:
            continue  # (أرض الحرمين الشريفين: a phrase goes on; not إلى، التي; nor the object that is a party
            # after it: «ودعت حكومة الثني الأمم المتحدة»)
        first = _own_name_start(toks, k, tokens[person.sentence][person.tok_start].norm, cov(index))
        if first is not None:
            # (محسن فاضل إياد عاشور الفضلي after «محسن الفضلي»: his name told in full, one mention of him)
            start = toks[first].start
            found.append(replace(person, start=start, end=tok.end, text=text[start:tok.end], tok_start=first,
                                 tok_end=k + 1, sentence=index,
                                 info=tuple((a, b) if a != "prefix" else (a, "") for a, b in person.info)))
            continue
        if k and (_given_token(toks[k - 1], given) or toks[k - 1].norm in kinship or not prefix and any(
                st.startswith("ال") for st, _ in clitic_variants(toks[k - 1].norm))
                  and toks[k - 1].norm not in _definite_titles()  # (a definite word's adjective; الدكتور الزياني)
                  and (index, k) not in titles
                  or toks[k - 1].norm in _KUNYA or toks[k - 1].kind == "ar" and _name_after(toks, k - 1, given,
                                                                                            kinship)):
            continue
        start = _span_start(tok, prefix)
        info = tuple((a, b) if a != "prefix" else (a, prefix) for a, b in person.info)
        found.append(replace(person, start=start, end=tok.end, text=text[start:tok.end], tok_start=k,
                             tok_end=k + 1, sentence=index, info=info))
    if not found:
        return mentions
    return sorted(mentions + found, key=_BY_PLACE)


def _titled_person(m: Mention, toks: list[Token], given: dict[str, tuple[str, ...]]) -> bool:
    """True for an office holder the lexicon lists as an institution with its term (OEDA's «رئيس إيراني حسن روحاني»,
    «رئيس باكستاني برويز مشرف») whose mention ends in a given name and one more word: a person, named in full."""
    return m.entry.kind == "institution" and bool(m.entry.valid_from) and m.tok_end - m.tok_start >= 3 and \
        _given_token(toks[m.tok_end - 2], given) and toks[m.tok_end - 1].kind == "ar"


def _as_person(m: Mention) -> Mention:
    """The mention, its type read as a person's (an office holder of `_titled_person` is one)."""
    if m.get("type") in ("person", ""):
        return m
    return replace(m, info=tuple((k, "person") if k == "type" else (k, v) for k, v in m.info))


def _own_name_start(toks: list[Token], k: int, first: str, covered: set[int]) -> int | None:
    """The token of the person's own given name `first` that opens a longer name ending at the family name at token
    k, two to four words before it with only plain name words between (محسن فاضل إياد عاشور الفضلي); None where
    there is none."""
    for j in range(k - 2, max(-1, k - 5), -1):
        if j in covered or toks[j].kind != "ar" or toks[j + 1].norm.startswith("ال") or j + 1 in covered \
                or toks[j + 1].kind != "ar":
            return None
        if toks[j].norm == first:
            return j
    return None


class _Forms:
    """The normal forms of an article's tokens, a list a sentence (read off the tokens once, by the sentences'
    matching), and all of them joined by spaces, worked out on first use: the passes that look for the words ending
    like a name find them in C (`ending_with`), no token visited in Python (each visit of every token of an article
    cost as much as a pass's own work)."""

    __slots__ = ("norms", "_joined", "_ends")

    def __init__(self, norms: list[list[str]]):
        self.norms = norms
        self._joined: str | None = None
        self._ends: list[int] | None = None

    @property
    def joined(self) -> str:
        """All the normal forms, each followed by a space (a normal form holds no space: see arabic.tokens)."""
        joined = self._joined
        if joined is None:
            joined = self._joined = " ".join(chain.from_iterable(self.norms)) + " "
        return joined

    def ending_with(self, ends) -> list[tuple[int, int]]:
        """(sentence, token) of each token whose normal form ends with one of `ends` (words: no space), in text
        order: found by str.find in the joined forms."""
        joined = self.joined
        last: set[int] = set()  # the offsets in `joined` where a found token ends (at its space)
        for end in ends:
            pattern, size = end + " ", len(end)
            at = joined.find(pattern)
            while at >= 0:
                last.add(at + size)
                at = joined.find(pattern, at + 1)
        return [self._place(at) for at in sorted(last)]

    def sentences_with(self, part: str) -> set[int]:
        """The sentences with a token whose normal form holds `part` (no space), found by str.find in C."""
        joined, out = self.joined, set()
        at = joined.find(part)
        while at >= 0:
            out.add(self._place(at)[0])
            at = joined.find(part, at + 1)
        return out

    def _place(self, at: int) -> tuple[int, int]:
        """(sentence, token) of the token at offset `at` of the joined forms."""
        if self._ends is None:
            self._ends = list(accumulate(map(len, self.norms)))  # each sentence's end, counted in tokens
        flat = self.joined.count(" ", 0, at)  # the token's number in the article: the spaces before it
        index = bisect_right(self._ends, flat)
        return index, flat - (self._ends[index - 1] if index else 0)


def _forms(tokens: list[list[Token]]) -> _Forms:
    """The normal forms of an article's tokens (see `_Forms`), read off them."""
    return _Forms([list(map(_NORM, toks)) for toks in tokens])


def _coverage(mentions: list[Mention], by_sentence: dict[int, list[Mention]] | None = None):
    """A function giving the set of tokens of a sentence inside one of `mentions` (`by_sentence`: the mentions by
    sentence, when already grouped), worked out on the first ask for that sentence and remembered."""
    covered: dict[int, set[int]] = {}

    def cov(index: int) -> set[int]:
        """The tokens of sentence `index` inside a mention."""
        nonlocal by_sentence
        hit = covered.get(index)
        if hit is None:
            if by_sentence is None:
                by_sentence = {}
                for i, group in groupby(mentions, key=_SENTENCE):  # (runs of one sentence, read in C)
                    by_sentence.setdefault(i, []).extend(group)
            hit = covered[index] = {j for m in by_sentence.get(index, ()) for j in range(m.tok_start, m.tok_end)}
        return hit

    return cov


_CHAIN = 15  # tokens: how far back from a name its title phrase is read (المستشار في الديوان الملكي المشرف العام على …)
_NAMED = ("person", "titled_name")  # the types of a mention of a person's name: another person's, ending a title phrase


def _by_unknown_name(mentions: list[Mention], tokens: list[list[Token]], text: str, given: dict[str, tuple[str, ...]],
                     kinship: frozenset[str], stops: frozenset[str], prepositions: frozenset[str],
                     common: frozenset[str] = frozenset(), forms: _Forms | None = None, fw=None) -> list[Mention]:
    """The mentions, with one added for each later word, unread by the lexicons, that is the family name of a person
    the lexicons lack whom the article named in full before: a given name (given_names.tsv, or one in عبد), بن and a
    name or another given name, and a family name with the article («الناقد علي الشدوي» … «واهاب الشدوي بالشباب»،
    «الدكتور عبدالله بن عبدالعزيز الربيعة» … «واستعرض الدكتور الربيعة مع العلوان»). The person takes the sector
    and code of the title phrase before the full name (`_title_phrase`: «مدير إقليم شرق المتوسط لمنظمة الصحة
    العالمية الدكتور علاء العلوان»: IGO). The later word is read as `_by_family_name` reads a known person's (not
    after a given name, بن or a kunya, nor after a definite word save a title, nor before a definite word). A given
    name that is a common word too (`common`: مالك، جمال، حصة) opens a name of two words only after a mark or a
    definite word or role (`_introduced`: «الدكتور علاء العلوان»; not «لشكوى مالك المبنى»), and a name after a place
    noun is the place's (`_eponym_title`: مدينة الملك فهد الطبية)."""
    by_sentence: dict[int, list[Mention]] = {}
    for index, group in groupby(mentions, key=_SENTENCE):  # (runs of one sentence, read in C)
        by_sentence.setdefault(index, []).extend(group)
    cov = _coverage(mentions, by_sentence)  # a sentence's tokens inside a mention, worked out for the sentences read
    persons: dict[str, tuple[int, int, str, str]] = {}  # family name → (sentence, its token, code, sector)
    forms = forms or _forms(tokens)
    firsts: list[Mention] = []  # the full names themselves, where one is the subject right after an event's verb
    named = forms.sentences_with("عبد")  # (the sentences with a name in عبد: found in C, once an article)
    for index, (toks, norms) in enumerate(zip(tokens, forms.norms)):
        opens = list(compress(count(), map(given.__contains__, norms)))  # (a given name opens a name; in C)
        if index in named:
            opens = sorted({*opens, *compress(count(), map(_ABD, norms))})
        elif not opens:
            continue  # (a sentence with no given name, nor one in عبد)
        after = 0  # the end of the sentence's last such name: a title phrase begins after it
        for k in opens:
            j = _unknown_name_end(toks, k, cov(index), given, kinship)
            if j is None:
                continue
            here = by_sentence.get(index, [])
            if j == k + 1 and norms[k] in common and not _introduced(toks, k, here) or _eponym_title(toks, k, here):
                after = j + 1
                continue  # (مالك المبنى: the building's owner; مدينة الملك فهد الطبية: a place named after a king)
            phrase = _title_phrase(toks, k, here, stops, after)
            if not any(phrase):
                phrase = _apposed_title(toks, j, here)  # (أحمد بن محمد الجروان، رئيس البرلمان العربي)
            if not any(phrase):
                phrase = _joined_title(toks, j, here)  # (محمد العامري وزير الدولة اليمني)
            if norms[j] not in persons:
                persons[norms[j]] = (index, j) + phrase
            if _subject_of_verb(toks, k, j, here, prepositions, stops, common):
                firsts.append(_full_name(toks, k, j + 1, index, text, phrase))
            after = j + 1
        if k_titled := _titled_subject(toks, opens, cov(index), given, kinship, by_sentence.get(index, []),
                                       prepositions, stops, common):
            firsts.append(_full_name(toks, k_titled[0], k_titled[1], index, text,
                                     _apposed_title(toks, k_titled[1] - 1, by_sentence.get(index, []))))
    if fw is not None:
        for name, where in _office_persons(by_sentence, tokens, cov, fw).items():
            persons.setdefault(name, where)  # (رئيس الوزراء الجزائري عبد المالك سلال … «سلال»)
    mentions = sorted(mentions + firsts, key=_BY_PLACE) if firsts else mentions
    if not persons:
        return mentions
    places = {(m.sentence, m.tok_end) for m in mentions if m.kind == "cue" and m.label in ("head", "eponym")}
    verb_ends = {(m.tok_end, m.sentence) for m in mentions if m.kind == "trigger" and m.get("pos") == "verb"}
    found: list[Mention] = []
    for index, k in forms.ending_with({w[2:] if w.startswith("ال") else w for w in persons}):  # (only the words that end like a family name)
        toks = tokens[index]
        tok = toks[k]
        if tok.kind != "ar" or k in cov(index):
            continue
        stem, prefix = next(((st, p) for st, p in clitic_variants(tok.norm) if st in persons), ("", ""))
        if not stem or persons[stem][:2] >= (index, k):
            continue  # (the full name itself, or a word before it)
        if k + 1 < len(toks) and toks[k + 1].norm.startswith("ال") and len(toks[k + 1].norm) > 4 and not (
                k and toks[k - 1].norm in prepositions) and not (k, index) in verb_ends:
            continue  # (a phrase goes on; not after a preposition: «مع العلوان الموضوعات», the verb's object; nor
            # right after an event's verb: «وانتقد سلال المعارضة», subject and object)
        if k:
            before = toks[k - 1].norm
            if before in _KUNYA or not prefix and (before.startswith("ال") and before not in _definite_titles()) \
                    or (index, k) in places or _in_full_name(toks, k, given, kinship):
                continue  # (a definite word's adjective; a place named after the family: بمسجد الغنيم; another
                # person of that family, or the name again: الشيخ عبد الكريم نصيف الجبوري، عبدالمحسن عاضة الحارثي)
        code, sector = persons[stem][2:]
        first = k - (not prefix and k > 0 and toks[k - 1].norm in _definite_titles() and k - 1 not in cov(index))
        # (الدكتور الربيعة: one phrase; a title the lexicons read, النقيب الأكلبي, is a role of its own beside it)
        start = _span_start(tok, prefix) if first == k else toks[first].start
        info = (("code", code), ("sector", sector), ("type", "titled_name"), ("prefix", prefix))
        found.append(Mention(start, tok.end, text[start:tok.end], "actor", code, first, k + 1, index, info))
    if not found:
        return mentions
    return sorted(mentions + found, key=_BY_PLACE)


def _office_persons(by_sentence: dict[int, list[Mention]], tokens: list[list[Token]], cov, fw
                    ) -> dict[str, tuple[int, int, str, str]]:
    """Family name → (sentence, its token, code, sector) for each person the lexicons lack named right after the
    nationality adjective that ends an office phrase («رئيس الوزراء الجزائري عبد المالك سلال»، «رئيس الغرفتين
    التجارية والصناعية الالمانية ايرك شفيتزر»: phrases._office_name_run): the person has the office's sector and the
    nationality's code (the nearest office's sector: «نائب المستشارة الالمانية وزير الاقتصاد الالماني سيغمار
    غابريال», the minister's), and the family name alone later names him (`_by_unknown_name`)."""
    persons: dict[str, tuple[int, int, str, str]] = {}
    for index, here in by_sentence.items():
        for m in here:
            if m.kind != "actor" or m.get("type") != "demonym" or m.get("prefix") or not m.get("code") or \
                    not m.text.startswith(("ال", "أل")):
                continue
            toks = tokens[index]
            end = _office_name_run(toks, m.tok_end, here, cov(index), fw) if m.tok_end < len(toks) - 1 else None
            if end is None:
                continue
            office = [x for x in here if x.kind == "agent" and x.get("sector") and m.tok_end - 6 <= x.tok_start
                      < m.tok_start and not x.get("prefix")]
            if office and toks[end - 1].norm not in persons:
                persons[toks[end - 1].norm] = (index, end - 1, m.get("code"), office[-1].get("sector"))
    return persons


def _subject_of_verb(toks: list[Token], k: int, j: int, mentions: list[Mention], prepositions: frozenset[str],
                     stops: frozenset[str], common: frozenset[str]) -> bool:
    """True for a full name the lexicons lack at tokens k..j that is the subject right after an event's verb, the
    phrase ending after it (a mark, a preposition or a word with one attached, أن): «وأثنى عبدالله الحربي على
    المهرجان»، «أشاد أحمد بن محمد الجروان، رئيس البرلمان العربي، بجهود …». A given name that is a common word too
    (مساعد، منى) needs a nasab or a middle name (طلب مني التدخل: "from me")."""
    if not k or not _after_event_verb(mentions, k) or j == k + 1 and toks[k].norm in common:
        return False
    return _name_phrase_ends(toks, j + 1, prepositions, stops)


def _after_event_verb(mentions: list[Mention], k: int) -> bool:
    """True where an event trigger read as a verb ends right before token k."""
    return any(m.tok_end == k and m.kind == "trigger" and m.get("pos") == "verb" for m in mentions)


def _name_phrase_ends(toks: list[Token], k: int, prepositions: frozenset[str], stops: frozenset[str]) -> bool:
    """True where a person's name may end before token k: the sentence's end, a mark, a preposition or a word with
    one attached (بجهود، لجماهير), or أن/الذي (`stops`)."""
    if k >= len(toks) or toks[k].kind == "punct":
        return True
    w = strip_wa(toks[k].norm)
    return toks[k].kind == "ar" and (w in prepositions or w in stops or toks[k].norm in stops or (
        len(w) >= 4 and w[0] in "بل" and not w.startswith(("ال", "لل")) and toks[k].norm == w))


def _titled_subject(toks: list[Token], opens: list[int], cov: set[int], given: dict[str, tuple[str, ...]],
                    kinship: frozenset[str], mentions: list[Mention], prepositions: frozenset[str],
                    stops: frozenset[str], common: frozenset[str]) -> tuple[int, int] | None:
    """The (first, end) tokens of a subject right after an event's verb made of a given name and a family name that
    is a definite title too (الشيخ، الأمير), the phrase ending after it: «أعرب أحمد الشيخ عن شكره» (Ahmad al-Sheikh,
    after a given name no title: a title goes before a name); None where there is none."""
    for k in opens:
        if not 0 < k < len(toks) - 1 or k in cov or k + 1 in cov or toks[k].kind != "ar" or toks[k].norm in common:
            continue
        if _maqsura(toks[k]) or toks[k].norm not in given or toks[k - 1].norm in kinship:
            continue
        if toks[k + 1].norm in _definite_titles() and _after_event_verb(mentions, k) and _name_phrase_ends(
                toks, k + 2, prepositions, stops):
            return k, k + 2
    return None


def _apposed_title(toks: list[Token], j: int, mentions: list[Mention]) -> tuple[str, str]:
    """The code and sector of the title set off by a comma right after a person's name ending at token j
    («أحمد بن محمد الجروان، رئيس البرلمان العربي»): its first actor's code and its first role's sector ("" each
    where none)."""
    if j + 2 >= len(toks) or toks[j + 1].text not in ",،":
        return "", ""
    chain, end = [], j + 2
    starts: dict[int, Mention] = {}
    for m in mentions:
        if m.kind in ("actor", "agent") and m.tok_start > j:
            starts.setdefault(m.tok_start, m)
    while end < len(toks):
        m = starts.get(end)
        if m is not None:
            chain.append(m)
            end = m.tok_end
        elif chain and all(c.kind == "agent" for c in chain) and _title_goes_on(toks[end]):
            end += 1  # (القيادي البارز في تنظيم القاعدة: an adjective, then the body the title is of)
        else:
            break
    if not chain or chain[0].kind != "agent" and not (chain[0].get("sector") and not toks[j + 2].norm.startswith(
            "ال") and chain[0].get("type") != "person"):
        return "", ""  # (a title: a role first, or an office the lexicons read with its body: رئيس البرلمان العربي;
        # a party after the comma is another one, a list's)
    code = next((m.get("code") for m in chain if m.kind == "actor" and m.get("code")), "")
    sector = next((m.get("sector") for m in chain if m.kind == "agent" and m.get("sector")), "") or next(
        (m.get("sector") for m in chain if m.get("sector")), "")
    return code, sector


def _joined_title(toks: list[Token], j: int, mentions: list[Mention]) -> tuple[str, str]:
    """The state's code and the sector of a government title right after a person's name ending at token j with no
    comma, a role phrase and a nationality right after it, no person's or titled name right after the nationality:
    «أوضح الدكتور محمد العامري وزير الدولة اليمني عضو مجلس الوزراء» (Yemen's, GOV; round 94); ("", "") where there
    is none."""
    role = next((m for m in mentions if m.tok_start == j + 1 and m.kind in ("actor", "agent")), None)
    if role is None or role.kind != "agent" or role.label != "GOV":
        return "", ""
    state = next((m for m in mentions if m.tok_start == role.tok_end and m.kind == "actor"), None)
    if state is None or state.get("type") != "demonym" or not state.get("code") or state.get("code") in _NON_STATES:
        return "", ""
    if any(m.tok_start == state.tok_end and m.kind == "actor" and m.get("type") in ("person", "titled_name")
           for m in mentions):
        return "", ""  # (… وزير الخارجية الأمريكي جون كيري: another person, the name's object)
    return state.get("code"), role.label


def _title_goes_on(tok: Token) -> bool:
    """True for a word inside an apposed title before its body: a definite adjective (البارز) or the preposition of
    membership «في» (محسن الفضلي، القيادي البارز في تنظيم القاعدة: the title is al-Qaeda's)."""
    return tok.kind == "ar" and (tok.norm.startswith("ال") and len(tok.norm) > 3 or tok.norm == "في")


def _full_name(toks: list[Token], k: int, end: int, index: int, text: str, phrase: tuple[str, str]) -> Mention:
    """A person mention for the full name at tokens k..end-1 of sentence `index`, with the code and sector of its
    title phrase."""
    start, stop = toks[k].start, toks[end - 1].end
    info = (("code", phrase[0]), ("sector", phrase[1]), ("type", "titled_name"), ("prefix", ""))
    return Mention(start, stop, text[start:stop], "actor", phrase[0], k, end, index, info)


def _unknown_name_end(toks: list[Token], k: int, cov, given: dict[str, tuple[str, ...]],
                      kinship: frozenset[str]) -> int | None:
    """The token of the family name that ends a person's full name the lexicons lack opening at token k with a given
    name: then given names or بن and a name, then a word with the article, unread, that is no title, ordinal or
    given name (علي ناصر الغفيص → الغفيص); None where there is none. Not a name of two words that goes on in a
    definite word save after a title, nor one whose given name follows another name's word (بن، a given name, a
    kunya)."""
    tok = toks[k]
    if k in cov or tok.kind != "ar" or _maqsura(tok) or (tok.norm[:3] == "عبد" and len(tok.norm) < 5
                                                         and tok.norm not in given):
        return None  # (على، علی normalise like علي: a preposition; عبد alone begins a name of two words, not عبده)
    if k and (toks[k - 1].norm in kinship or toks[k - 1].norm in _KUNYA or _given_token(toks[k - 1], given)):
        return None  # (not after «على»: «الاعتداء على محمد الأحمد» names him)
    j = k + 1
    while j < len(toks) and j - k < 6 and j not in cov and toks[j].kind == "ar":
        w = toks[j].norm
        if w in kinship and j + 1 < len(toks) and j + 1 not in cov and toks[j + 1].kind == "ar":
            j += 2
        elif not w.startswith("ال") and _given_token(toks[j], given):
            j += 1
        else:
            break
    if j >= len(toks) or j in cov or toks[j].kind != "ar":
        return None
    last = toks[j].norm
    if not last.startswith("ال") or len(last) <= 4 or last[2:] in given or _given_word(last, given) or (
            last in _definite_titles() or last in _ordinals() or _title(toks[j])) or toks[j].text.endswith("ية"):
        return None  # (مؤسسة محمد بن سلمان الخيرية: a feminine adjective, no family name)
    if j + 1 < len(toks) and toks[j + 1].norm.startswith("ال") and len(toks[j + 1].norm) > 4 and not (
            k and toks[k - 1].norm in _definite_titles() or j > k + 1):
        return None  # (the phrase goes on: a word of a name of something, or an adjective; not after a title or a
        # nasab: «الشيخ عبدالمجيد العمري البرلمانيين»: the verb's object follows)
    return j


def _in_full_name(toks: list[Token], k: int, given: dict[str, tuple[str, ...]], kinship: frozenset[str]) -> bool:
    """True for a family name at token k that ends a full name: a given name, عبد or بن among the three words before
    it, with no mark between (الشيخ عبد الكريم نصيف الجبوري: another al-Jubouri)."""
    for j in range(k - 1, max(-1, k - 4), -1):
        w = toks[j].norm
        if toks[j].kind != "ar":
            return False
        if _given_token(toks[j], given) or w == "عبد" or w in kinship:
            return True  # (على normalises like علي: «تحفظ الشقحاء على تكريمه» is no name)
    return False


def _introduced(toks: list[Token], k: int, mentions: list[Mention]) -> bool:
    """True where a name at token k follows what introduces a person: the sentence's start, a mark, a definite word
    (الدكتور، المواطن، التونسي) or a role phrase (مدير عام جمرك سلوى علي العطوي)."""
    if k == 0 or toks[k - 1].kind != "ar" or strip_wa(toks[k - 1].norm).startswith(("ال", "لل")):
        return True  # (رئيس الجمعية السعودية للثقافة والفنون سلطان البازعي)
    return any(m.tok_end == k and m.kind in ("actor", "agent") for m in mentions)


def _eponym_title(toks: list[Token], k: int, mentions: list[Mention]) -> bool:
    """True for a name at token k after a place noun or a body's (cues.tsv head or eponym), with a title between or
    not (مدينة الملك فهد، مستشفى الأمير سلطان، مؤسسة محمد بن سلمان): the place is named after that person, no party."""
    return k >= 1 and any(m.tok_start == k - 1 - (k >= 2 and _title(toks[k - 1])) and m.kind == "cue" and (
        m.label in ("head", "eponym")) for m in mentions)


def _title_phrase(toks: list[Token], k: int, mentions: list[Mention], stops: frozenset[str], after: int = 0
                  ) -> tuple[str, str]:
    """The code and sector of the title phrase right before a person's name at token k (وزير الصحة، المشرف العام على
    مركز الملك سلمان، مدير إقليم شرق المتوسط لمنظمة الصحة العالمية): read back at most `_CHAIN` tokens up to a mark,
    a verb, a word of `stops` or another person's name (one the lexicons lack ends at token `after`: «وزير النفط
    الكويتي علي العمير مع نظيره السعودي علي النعيمي»: al-Naimi's phrase is «مع نظيره السعودي»); the sector of its
    first role with one, the code of its first actor with one ("" each where none)."""
    low = max(0, k - _CHAIN, after)
    for m in reversed(mentions):
        if m.tok_end > k or m.tok_end <= low:
            continue
        if m.kind == "trigger" and (m.get("pos") == "verb" or _after_preposition(m)) or (
                m.kind == "actor" and m.get("type") in _NAMED):
            low = m.tok_end  # (the title phrase begins after the verb, an event noun after a preposition or another
            break  # person's name: «أفاد الجيش الأمريكي بمقتل محسن الفضلي»: no title of the US army's)
    for j in range(k - 1, low - 1, -1):
        if toks[j].kind != "ar" or toks[j].norm in stops:
            low = j + 1
            break
    chain = [m for m in mentions if m.tok_start >= low and m.tok_end <= k and m.kind in ("actor", "agent")]
    code = next((m.get("code") for m in chain if m.kind == "actor" and m.get("code")), "")
    sector = next((m.get("sector") for m in chain if m.kind == "agent" and m.get("sector")), "") or next(
        (m.get("sector") for m in chain if m.get("sector")), "")
    return code, sector


def _after_preposition(m: Mention) -> bool:
    """True for an event noun with a preposition attached (بمقتل، لاعتقال): the name after it is what the event
    befell, and the words before it no title of that name."""
    return m.get("pos") == "noun" and m.get("prefix")[-1:] in ("ب", "ل")


def _noun_in_construct(toks: list[Token], i: int, prefix: str, payloads: list) -> bool:
    """True for a group's one-word name with no article (حماس "enthusiasm") after the preposition ب or ك, in
    construct with the definite noun right after it («أشادت بحماس الأعضاء»): the common noun. Not before an
    adjective in ي/ية («بحماس الفلسطينية»), a relative pronoun or a time word («اتصل بحماس الأسبوع الماضي»)."""
    if i + 1 >= len(toks) or prefix[-1:] not in ("ب", "ك") or not payloads or not all(
            isinstance(p, ActorEntry) and p.kind == "group" for p in payloads):
        return False  # (no preposition on it: a verb's subject before its object, «أطلقت حماس الصواريخ»)
    word, nxt = toks[i].norm[len(prefix):], toks[i + 1]
    if i + 2 < len(toks) and toks[i + 2].norm.startswith("ال") and last_letter(toks[i + 2].text) == "ي":
        return False  # (a definite noun with a nisba after it is a party, the subject after the verb's object:
        # «التقى بحماس الوفد المصري»; review of round 104)
    return (not word.startswith("ال") and nxt.kind == "ar" and nxt.norm.startswith("ال") and nxt.norm not in _RELATIVE
            and last_letter(nxt.text) not in "يةه" and nxt.norm not in _clock_words())


def _clock_words() -> frozenset[str]:
    """The normalised day and time-of-day words of time_words.tsv (الخميس، اليوم، الليلة، الآن): they follow a
    speaker's name, no genitive."""
    global _CLOCK
    if _CLOCK is None:
        _CLOCK = frozenset(normalize(r["word"]) for r in _rows("time_words.tsv") if r.get("class") in (
            "weekday", "day", "part", "current", "past", "next", "friday_noun", "unit"))
    return _CLOCK


_CLOCK: frozenset[str] | None = None


def _ordinals() -> frozenset[str]:
    """The normalised ordinals of time_words.tsv (الأول، الثاني، الثالث): a regnal number, never a family name."""
    global _ORDINALS
    if _ORDINALS is None:
        from ..lexicon.compile import _rows

        _ORDINALS = frozenset(normalize(r["word"]) for r in _rows("time_words.tsv") if r.get("class") == "ordinal")
    return _ORDINALS


_ORDINALS: frozenset[str] | None = None


def _by_group_head(mentions: list[Mention], tokens: list[list[Token]]) -> list[Mention]:
    """The mentions with a one-word role noun read as the armed or opposition group (`_FACTIONS`) the article named in
    full before whose first word it is, when the two share their sector («المقاومة الشعبية» … «هجومين نفذتهما
    المقاومة»: Yemen's Popular Resistance). A word with an adjective after it (المقاومة الفلسطينية) names another
    group; bodies (الجامعات after «الجامعات السعودية») are left: the article may go on to others."""
    heads: dict[str, Mention] = {}
    out = []
    for m in mentions:
        if m.kind == "actor" and m.tok_end - m.tok_start >= 2 and isinstance(m.entry, ActorEntry) \
                and m.entry.kind == "group" and m.get("code") and m.get("sector") in _FACTIONS:
            first = tokens[m.sentence][m.tok_start].norm[len(m.get("prefix") or ""):]
            if first.startswith("ال"):
                heads[first] = m
        elif m.kind == "agent" and heads and m.tok_end - m.tok_start == 1 and m.get("prefix") in ("", "و", "ف"):
            toks = tokens[m.sentence]
            group = heads.get(toks[m.tok_start].norm[len(m.get("prefix")):])
            if group is not None and group.get("sector") == m.label and not (
                    m.tok_end < len(toks) and toks[m.tok_end].norm.startswith("ال")):
                info = tuple((k, v) if k != "prefix" else (k, m.get("prefix")) for k, v in group.info)
                m = replace(m, kind="actor", label=group.label, info=info, entry=group.entry)
        out.append(m)
    return out


def _members_of_groups(mentions: list[Mention], tokens: list[list[Token]], members: frozenset[str]) -> list[Mention]:
    """The mentions with a one-word plural of fighters (`members`, function_words.tsv member_plural: مقاتلون، مسلحين)
    right before «من» and the coded name of an armed group with a faction's sector (`_FACTIONS`) read as that group
    («وكان مقاتلون من الحوثيين ووحدات من الجيش … قد استولوا على عدن»: the Houthis, YEM/REB, not fighters of no
    code: the phrases stage joins no fighters' phrase to a group with a sector of its own)."""
    if not members:
        return mentions
    starts = {(m.sentence, m.tok_start): m for m in mentions if m.kind == "actor" and m.get("code") and not m.get(
        "prefix") and isinstance(m.entry, ActorEntry) and m.entry.kind == "group" and m.get("sector") in _FACTIONS}
    # (a group of no sector, «مسلحون من داعش», is joined to the fighters' phrase by the phrases stage: IMG/UAF)
    if not starts:
        return mentions
    out = []
    for m in mentions:
        if m.kind == "agent" and m.tok_end - m.tok_start == 1 and m.get("prefix") in ("", "و", "ف"):
            toks = tokens[m.sentence]
            group = starts.get((m.sentence, m.tok_end + 1))
            if group is not None and toks[m.tok_end].norm == "من" and (
                    toks[m.tok_start].norm[len(m.get("prefix")):] in members):
                info = tuple((k, v) if k != "prefix" else (k, m.get("prefix")) for k, v in group.info)
                m = replace(m, kind="actor", label=group.label, info=info, entry=group.entry)
        out.append(m)
    return out


def _without_kunya_nisbas(mentions: list[Mention], tokens: list[list[Token]], kunyas: frozenset[str]
                         ) -> list[Mention]:
    """The mentions without a nationality adjective that ends a nom de guerre, «أبو» and one or two name words before
    it (`kunyas`, function_words.tsv kunya; round 88: «مقاتل «داعش» الملقب بأبي عبد الله البريطاني نداءه»: the
    fighter is the Islamic State's, no Briton: the nisba is part of his name)."""
    return [m for m in mentions if not (m.kind == "actor" and m.get("type") == "demonym" and not m.get("prefix")
                                        and _after_kunya(tokens[m.sentence], m.tok_start, kunyas))]


def _without_rank_family_nisbas(mentions: list[Mention], tokens: list[list[Token]], fw: FunctionWords
                                ) -> list[Mention]:
    """The mentions without a definite masculine nationality adjective alone right after a military rank
    (function_words.tsv family_rank) that closes the phrase, where the article also gives the same rank, a name and
    the same word: «وقال اللواء التركي، خلال المؤتمر» after «اللواء منصور التركي» names the officer by his family
    name (a112: 2015-07-21 #11, the Saudi spokesman al-Turki, no TUR). Else the officer keeps his country («وقال
    العميد السعودي إن»: a Saudi), and a name right after it keeps it too (العميد السعودي أحمد عسيري)."""
    def rank_nisba(m: Mention) -> bool:
        return m.kind == "actor" and m.get("type") == "demonym" and not m.get("prefix") and \
            m.tok_end - m.tok_start == 1 and m.tok_start > 0 and m.text.startswith("ال") and m.text[-1:] not in "ةه" \
            and strip_wa(tokens[m.sentence][m.tok_start - 1].norm) in fw.family_rank \
            and _closes_phrase(tokens[m.sentence], m.tok_end, fw)
    # (only a one-word actor may be one: the others are passed over in the comprehension, no call of rank_nisba each)
    if not any(rank_nisba(m) for m in [m for m in mentions if m.kind == "actor" and m.tok_end - m.tok_start == 1]):
        return mentions
    named = _ranks_named_with(tokens, fw)
    return [m for m in mentions if not (rank_nisba(m) and (
        strip_wa(tokens[m.sentence][m.tok_start - 1].norm), tokens[m.sentence][m.tok_start].norm) in named)]


def _ranks_named_with(tokens: list[list[Token]], fw: FunctionWords) -> set[tuple[str, str]]:
    """The (rank, word) pairs of the article where a military rank (function_words family_rank) stands, then one or
    two name words with no article and a word with ال: «اللواء منصور التركي» — the last word is the officer's name."""
    out = set()
    for toks in tokens:
        for j, t in enumerate(toks):
            if t.kind == "ar" and strip_wa(t.norm) in fw.family_rank:
                for k in (j + 2, j + 3):
                    if k < len(toks) and toks[k].kind == "ar" and toks[k].norm.startswith("ال") and all(
                            toks[x].kind == "ar" and not toks[x].norm.startswith("ال") for x in range(j + 1, k)):
                        out.add((strip_wa(t.norm), toks[k].norm))
                        break
    return out


def _closes_phrase(toks: list[Token], k: int, fw: FunctionWords) -> bool:
    """True where token k ends a name's phrase: the sentence's end, a mark, a preposition or «that» (اللواء التركي،
    | خلال | إن); not a word of the day (العميد الأردني أمس: the nationality, then when)."""
    if k >= len(toks) or toks[k].kind != "ar":
        return True
    w = toks[k].norm
    return w in fw.preposition or w in fw.complementizer


def _without_languages(mentions: list[Mention], tokens: list[list[Token]], heads: frozenset[str]) -> list[Mention]:
    """The mentions without a definite feminine singular nationality adjective (ة: a language's name; a plural names
    people: «ويتحدث الفلسطينيون عن انتهاكات» speaks of, PSE) that names a language: right after a word of a language
    or of mastering one (`heads`, function_words.tsv language_head: اللغة، يتقن، يجيد), or joined by و to one so read,
    itself a party's mention or not («يتقن الاسبانية والانجليزية ويدافع عن …», 2015-07-22 #1847: Rubio speaks
    Spanish; no Spanish party; «يجيدون العربية والفرنسية»: no FRA)."""
    return [m for m in mentions if not (
        m.kind == "actor" and m.get("type") == "demonym" and m.tok_start and m.text.startswith(("ال", "وال"))
        and m.text.rstrip()[-1:] in "ةه" and _after_language_head(tokens[m.sentence], m.tok_start, heads))]


def _after_language_head(toks: list[Token], k: int, heads: frozenset[str]) -> bool:
    """True where token k stands right after a word of `heads`, or is glued to و after a chain of definite feminine
    singular words joined by و that starts right after one («يتقن الاسبانية والانجليزية والفرنسية»)."""
    for j in range(k - 1, max(k - 6, -1), -1):
        word = strip_wa(toks[j].norm)
        if word in heads:
            return True
        if toks[j + 1].norm == strip_wa(toks[j + 1].norm) or not (word.startswith("ال") and word[-1:] in "ةه"):
            return False  # (the word after it has no و, or it is no language's name)
    return False


def _after_kunya(toks: list[Token], k: int, kunyas: frozenset[str]) -> bool:
    """True where one or two Arabic name words after a kunya word (أبو، بأبي) end right before token k."""
    for n in (1, 2):
        j = k - n - 1
        if j >= 0 and toks[j].norm in kunyas and all(t.kind == "ar" and not t.norm.startswith("ال")
                                                      or t.norm in ("الله", "الرحمن") for t in toks[j + 1:k]):
            return True
    return False


_ISRAELI_ZEALOTS = ActorEntry(phrase="متطرفين", code="ISR", sector="CVL", name="Israeli extremists", kind="group")


def _israeli_zealots(mentions: list[Mention], tokens: list[list[Token]], zealots: frozenset[str],
                     sites: frozenset[str]) -> list[Mention]:
    """The mentions of extremists of no country (`zealots`, function_words.tsv zealot: متطرفين، المتطرفون يهود) in a
    sentence that names al-Aqsa or Jews (`sites`) or Israeli civilians (settlers) read as Israeli civilians, ISR/CVL
    (round 88: «ما قامت به قوات الاحتلال الغاشمة بمرافقة مغتصبين ومتطرفين لاقتحام وتدنيس المسجد الأقصى»: Israeli
    settlers, no rebels; 2015-07-31 #511, #702: «متطرفون يهود أضرموا النيران»، «مستوطنون اسرائيليون متطرفون»)."""
    found = [m for m in mentions if m.kind == "agent" and m.label == "REB" and isinstance(m.entry, AgentEntry)
             and normalize(m.entry.phrase) in zealots]
    if not found:
        return mentions
    israeli = {m.sentence for m in found if any(t.norm[-len(w):] == w for t in tokens[m.sentence] for w in sites)}
    israeli |= {m.sentence for m in mentions if m.kind == "actor" and m.get("code") == "ISR" and m.get("sector") == "CVL"}
    turned = {id(m) for m in found if m.sentence in israeli}
    if not turned:
        return mentions
    info = (("code", "ISR"), ("sector", "CVL"), ("name", "Israeli extremists"), ("type", "group"))
    return [replace(m, kind="actor", label="ISR", info=info + (("prefix", m.get("prefix")),), entry=_ISRAELI_ZEALOTS)
            if id(m) in turned else m for m in mentions]


def _surnames(mentions: list[Mention], tokens: list[list[Token]]) -> frozenset[tuple[str | None, str]]:
    """(the normal form of the word right before, the normal form of the last word) of the persons' names of several
    words the mentions name («اللواء منصور التركي» → (اللواء, التركي); None before a name opening its sentence; the
    name's own first word too, where it has three, its rank perhaps): a nationality so written is a family name there."""
    pairs = set()
    for m in mentions:
        words = m.text.split()
        if m.kind == "actor" and m.get("type") == "person" and len(words) > 1:
            last = normalize(words[-1])
            pairs.add((tokens[m.sentence][m.tok_start - 1].norm if m.tok_start else None, last))
            if len(words) > 2:
                pairs.add((normalize(words[0]), last))
    return frozenset(pairs)


def _title_surname(toks: list[Token], i: int, pairs: frozenset[tuple[str | None, str]]) -> bool:
    """True when the title's nationality at token `i` is a family name the body gives a person (`_surnames`) after the
    same word («اللواء التركي» ↔ «اللواء منصور التركي»), or after any where it opens the title («التركي: …»)."""
    word = toks[i].norm
    if i == 0:
        return any(last == word for _, last in pairs)
    return (toks[i - 1].norm, word) in pairs


def _armed_carriers(mentions: list[Mention], tokens: list[list[Token]], carry: frozenset[str],
                    gear: frozenset[str]) -> list[Mention]:
    """The mentions of civilians (a role noun of people: أشخاص، رجال) right before a verb of carrying or wearing
    (`carry`, function_words.tsv armed_carry) whose object, within its first two words, is arms or a bomb belt
    (`gear`, armed_gear) read as armed men, UAF (round 89: «أن 8 أشخاص يحملون أحزمة ناسفة قتلوا أثناء محاولتهم
    الهجوم»: would-be bombers, no civilians)."""
    out = []
    for m in mentions:
        if m.kind == "agent" and m.label == "CVL" and _carries_arms(tokens[m.sentence], m.tok_end, carry, gear):
            m = replace(m, label="UAF", info=tuple((k, v) if k != "sector" else (k, "UAF") for k, v in m.info))
        out.append(m)
    return out


def _without_adjective_lists(mentions: list[Mention], tokens: list[list[Token]]) -> list[Mention]:
    """The mentions without a one-word role noun in ية with no article that is one of a list of such adjectives
    joined by «و» (round 89: «ومساعدات إنسانية بحرية وبرية وجوية»، «قوافل مستمرة بحرية وجوية وبرية»: aid by sea,
    land and air, no navy)."""
    return [m for m in mentions if not (m.kind == "agent" and m.tok_end - m.tok_start == 1
                                        and _in_adjective_list(tokens[m.sentence], m.tok_start))]


def _adjective_shape(norm: str) -> bool:
    """True for an indefinite word in ية (normalised يه), a leading و taken off: a nisba adjective's shape."""
    word = strip_wa(norm)
    return word.endswith("يه") and not word.startswith("ال") and len(word) > 3


def _in_adjective_list(toks: list[Token], k: int) -> bool:
    """True where token k has a nisba adjective's shape and the word after it, joined by «و», has it too, or token k
    is so joined to one before it."""
    if not _adjective_shape(toks[k].norm):
        return False
    after = k + 1 < len(toks) and toks[k + 1].norm.startswith("و") and _adjective_shape(toks[k + 1].norm)
    before = k > 0 and toks[k].norm.startswith("و") and _adjective_shape(toks[k - 1].norm)
    return after or before


def _carries_arms(toks: list[Token], k: int, carry: frozenset[str], gear: frozenset[str]) -> bool:
    """True where token k is a verb of carrying (`carry`) and one of the two words after it is arms (`gear`)."""
    return k < len(toks) and toks[k].norm in carry and any(
        t.norm in gear or t.norm.startswith("ال") and t.norm[2:] in gear for t in toks[k + 1:k + 3])


def _without_committee_remits(mentions: list[Mention], tokens: list[list[Token]],
                              committee: frozenset[str]) -> list[Mention]:
    """The mentions less a role noun with «ل» right after a committee's word (`committee`, function_words.tsv: لجنة،
    اللجان; clitic و/ب/ل taken off) or after it and one definite adjective: the committee's remit, no party of its own
    («رئيس اللجنة الوطنية للمقاولين بمجلس الغرف السعودي فهد الحمادي», 2015-07-26 #829: no contractors; round 92)."""
    out = []
    for m in mentions:
        if m.kind == "agent" and m.get("prefix") == "ل" and m.tok_start > 0 and _after_committee(
                tokens[m.sentence], m.tok_start, committee):
            continue
        out.append(m)
    return out


def _after_committee(toks: list[Token], k: int, committee: frozenset[str]) -> bool:
    """True where a committee's word stands right before token k, or before one definite adjective before it."""
    for j in (k - 1, k - 2):
        if j < 0:
            return False
        word = toks[j].norm
        if word in committee or word[:1] in ("و", "ب", "ل") and word[1:] in committee:
            return True
        if not word.startswith("ال"):
            return False
    return False


def _home_bodies(mentions: list[Mention], tokens: list[list[Token]], counts: frozenset[str],
                 abroad: frozenset[str], shared: frozenset[str] = frozenset(),
                 prepositions: frozenset[str] = frozenset(), warplanes: frozenset[str] = frozenset(),
                 ministers: frozenset[str] = frozenset(), deputies: frozenset[str] = frozenset(),
                 people: frozenset[str] = frozenset(), heads: frozenset[str] = frozenset()) -> list[Mention]:
    """The mentions with a definite role phrase of a state's force or body (`_STATE_SECTORS`: الشرطة، قوات الأمن،
    الجيش، المحكمة; and a government as a whole or a council, `_body_noun`: الحكومة، السلطات، مجلس الوزراء) given the
    article's country as its "home": the code of the coded actors the article names save international bodies and
    groups of no state (`_NON_STATES`), when that code is named twice or more and at least `_HOME_SHARE` times as
    often as all the others together, or `_HOME_MANY` times or more and `_HOME_MANY_SHARE` times as often (a Turkish
    story: «قتلت الشرطة مسلحين» is Turkey's police; a Greek one that names Belgium once: «البرلمان» is Greece's; a
    Turkish one that names Turkey 27 times and others 9: «الشرطيين» are Turkey's). Read in a story only (`_STORY`
    sentences: a lone sentence names too little of it). Where the article calls one of its bodies local (قائد الشرطة
    المحلية، السلطات المحلية: of the place the story is told of, not of the paper's country) twice as often is
    enough: a Norwegian story that names a Syrian-born speaker and one other country. A force's members counted by a
    number (`_counted_role`: «قتل تسعة جنود» of a Yemen story, «قتل 13 جنديًا» of a Turkish one) are its home's too;
    `counts` are the number words.
    A body called international or foreign right after it (`abroad`, function_words.tsv: «المحاكم الدولية») is none
    of the home's.
    The phrase stays a role; the noun phrase takes that code only when nothing in it names another (see
    `Group.entity`). A name of several countries (`shared`: «المملكة» of a Saudi paper's story on Egypt) is no
    naming of the story's country: it is read from the others.
    An air arm's phrase (`warplanes`: «المقاتلات»، «الطائرات الحربية») in a story naming the Arab coalition's aircraft
    and no other side's takes the coalition's code (`_coalition_air`: «كما استهدفت المقاتلات مركبات عسكرية تابعة
    للانقلابيين» of a Yemen story is the coalition's jets, not Yemen's army). `prepositions` tell the states a
    sentence names as a place only (`_framed_by`). A minister's title in construct (`ministers`: «وزير الإعلام رمزي
    جريج» of a Lebanese story) takes the home too where the country leads as its council asks and the sentence names
    no other state (`_home_minister`), and so does his deputy's (`deputies`: «نائب وزير الصحة»), and the title of
    the head of its state or government (`heads` before one definite word: «رئيس الجمهورية»، «رئيس الوزراء»).
    Where the country leads the whole story, its protesters, students and people (`people`, function_words.tsv
    home_people: «احتل مئات الطلاب … في تايوان»، «المناوشات بين الشرطة والمتظاهرين» of a Mauritanian story, «وسد
    محتجون … الطرقات» of a Sudan one) are its own too, in a sentence that names no other state.
    """
    codes = Counter(m.get("code") for m in mentions if m.kind == "actor" and m.get("code")
                    and m.get("code") not in _NON_STATES and getattr(m.entry, "phrase", "") not in shared)
    if not codes:
        return mentions
    ranked = codes.most_common(2)
    home, count = ranked[0]
    others = sum(codes.values()) - count
    air = _coalition_air(mentions) if warplanes else None
    # told twice at least, and far more often than all the others, or many times, or as often as a local body asks
    whole = count >= 2 and (count >= _HOME_SHARE * others or count >= _HOME_MANY and count >= _HOME_MANY_SHARE * others
                            or count >= _LOCAL_SHARE * others and _local_body(mentions, tokens))
    second = ranked[1][1] if len(ranked) > 1 else 0
    if whole or _council_home(count, others, second) or _chaired_council(mentions, tokens, home, count, second):
        states: dict[int, list[Mention]] = {}  # a sentence → the mentions of the states it names
        for m in mentions:
            if m.kind == "actor" and m.get("code") and m.get("code") not in _NON_STATES:
                states.setdefault(m.sentence, []).append(m)
        ministers = ministers if whole or _council_home(count, others, second) else frozenset()
        nonstate = _nonstate_demonyms(mentions)
        out = []
        for m in mentions:
            if ministers and m.kind == "agent" and m.label == "GOV" and _home_minister(
                    m, tokens[m.sentence], ministers, home, states.get(m.sentence, ()), deputies, heads):
                m = replace(m, info=m.info + (("home", home),))
            elif m.kind == "agent" and (m.label in _HOME_ROLES and whole
                                        or m.label == "GOV" and _body_noun(
                    tokens[m.sentence][m.tok_start].norm, m.get("prefix"), whole)) and (
                    _definite_role(m, tokens[m.sentence]) or (
                    m.label in _STATE_SECTORS and _counted_role(m, tokens[m.sentence], counts))):
                if not (m.tok_end < len(tokens[m.sentence]) and tokens[m.sentence][m.tok_end].norm in abroad
                        or _of_nonstate(m, tokens[m.sentence], nonstate)):
                    m = replace(m, info=m.info + (("home", _air_home(m, tokens, air, warplanes) or home),))
            elif whole and people and m.kind == "agent" and _home_people(m, tokens[m.sentence], people) and all(
                    s.get("code") == home for s in states.get(m.sentence, ())):
                m = replace(m, info=m.info + (("home", home),))
            out.append(m)
        mentions = out
    # where the country leads the whole story every such phrase has its home already; else read sentence by sentence
    mentions = mentions if whole else _sentence_home(mentions, tokens, counts, abroad, ranked, prepositions, air,
                                                      warplanes)
    return _home_ministries(mentions, tokens, abroad, ranked, prepositions)


def _kin_of_persons(mentions: list[Mention], tokens: list[list[Token]], text: str,
                    kin: frozenset[str]) -> list[Mention]:
    """The mentions with a person's name right after a family noun in construct (`kin`, function_words.tsv kin_noun:
    «نجل القذافي»، «شقيق»، «زوجة») read as that kin: another person, whom the name does not name (2015-07-31 #521:
    «اعتقلت نجل القذافي» is Saif al-Islam, not Muammar Gaddafi), of the person's country, with no sector nor name of
    its own, the noun and the name its evidence. Not a noun with a possessive pronoun («نجله سيف الإسلام»: his son,
    whose own name follows)."""
    out = []
    for m in mentions:
        if m.kind == "actor" and m.tok_start and not m.get("prefix") and m.get("type") == "person":
            prev = tokens[m.sentence][m.tok_start - 1]
            clitic = _kin_clitic(prev, kin)
            if clitic is not None:
                start = prev.start + len(clitic)
                entry = ActorEntry(m.entry.phrase, m.get("code"), "", "", "kin")
                info = (("code", m.get("code")), ("sector", ""), ("name", ""), ("type", "kin"), ("prefix", clitic))
                m = replace(m, start=start, text=text[start:m.end], tok_start=m.tok_start - 1, info=info, entry=entry)
        out.append(m)
    return out


def _heads_of_bodies(mentions: list[Mention], tokens: list[list[Token]], heads: frozenset[str],
                     deputies: frozenset[str] = frozenset()) -> list[Mention]:
    """The mentions with a head's title of one word in construct (`heads`, function_words.tsv head_of: «رئيس») right
    before the role phrase of a body of another sector given that body's sector: the head of a parliament is of the
    legislature (2015-07-31 #519: «رئيس المجلس النيابي نبيه بري»، «رئيس مجلس النواب», the speaker: LEG, not GOV), of
    a court of the judiciary. So too the head's deputy, the title of two words (`deputies`, function_words.tsv
    deputy_title, then the head: 2015-08-09 #733 «نائب رئيس مجلس الشورى», the deputy speaker: LEG)."""
    out = list(mentions)
    at = {(m.sentence, m.tok_start): m for m in mentions if m.kind == "agent" and m.label}
    for i, m in enumerate(out):
        if m.kind == "agent" and m.label == "GOV" and _head_title(tokens[m.sentence], m, deputies):
            body = at.get((m.sentence, m.tok_end))
            word = tokens[m.sentence][m.tok_end - 1].norm
            word = word[len(m.get("prefix") or ""):] if m.tok_end - m.tok_start == 1 else word
            if body is not None and body.label != "GOV" and word in heads:
                info = tuple((k, body.label if k == "sector" else v) for k, v in m.info)
                out[i] = replace(m, label=body.label, info=info)
    return out


def _head_title(toks: list[Token], m: Mention, deputies: frozenset[str]) -> bool:
    """True for a title of one word, or of two whose first is a deputy's (`deputies`: «نائب رئيس»، «مساعد رئيس»)."""
    if m.tok_end - m.tok_start == 1:
        return True
    return m.tok_end - m.tok_start == 2 and toks[m.tok_start].norm[len(m.get("prefix") or ""):] in deputies


def _deputies_of_heads(mentions: list[Mention], tokens: list[list[Token]], text: str, deputies: frozenset[str],
                       heads: frozenset[str]) -> list[Mention]:
    """The mentions of a head's title (its first word in `heads`, function_words.tsv head_of: «رئيس مجلس الشورى»،
    «رئيس الجمهورية») right after a deputy's noun in construct that no mention holds (`deputies`, function_words.tsv
    deputy_title: «مساعد», bare or after و/ف) taking that noun into the span: the deputy, another person than the
    head, of the head's code and sector, with no name of his own (2015-08-09 #737: «استنكر معالي مساعد رئيس مجلس
    الشورى الدكتور يحيى الصمعان» is the assistant speaker, not the speaker)."""
    if not any(m.tok_start and tokens[m.sentence][m.tok_start].norm in heads for m in mentions):
        return mentions  # no head's title: the common case, without the held-token index
    held = {(m.sentence, j) for m in mentions if m.kind in ("actor", "agent") for j in range(m.tok_start, m.tok_end)}
    out = []
    for m in mentions:
        if m.kind in ("actor", "agent") and m.tok_start and not m.get("prefix") \
                and (m.sentence, m.tok_start - 1) not in held:
            toks = tokens[m.sentence]
            clitic = _deputy_clitic(toks[m.tok_start - 1], deputies)
            if clitic is not None and toks[m.tok_start].norm in heads:
                start = toks[m.tok_start - 1].start + len(clitic)
                info = tuple((k, v) for k, v in m.info if k not in ("prefix", "name")) + (("prefix", clitic),)
                m = replace(m, start=start, text=text[start:m.end], tok_start=m.tok_start - 1, info=info)
        out.append(m)
    return out


def _deputy_clitic(tok: Token, deputies: frozenset[str]) -> str | None:
    """The clitic (و, ف or none) before a deputy's noun of `deputies` that `tok` is; None for any other word."""
    norm = tok.norm
    clitic = norm[0] if len(norm) > 3 and norm[0] in "وف" and norm not in deputies else ""
    return clitic if tok.kind == "ar" and norm[len(clitic):] in deputies else None


def _owned_deputies(mentions: list[Mention], tokens: list[list[Token]], deputies: frozenset[str]) -> list[Mention]:
    """The mentions of one word that is a deputy's noun (`deputies`, function_words.tsv deputy_title: نائب) with a
    possessive pronoun («ونائبه»: his deputy; not «نائبة», a woman MP) read with no sector: the deputy of whom the
    pronoun names, no member of parliament (2015-07-31 #522: «رئيس الحركة ونائبه»: the movement's deputy head)."""
    out = []
    for m in mentions:
        if m.kind == "agent" and m.label and m.tok_end - m.tok_start == 1:
            tok = tokens[m.sentence][m.tok_start]
            word = tok.norm[len(m.get("prefix") or ""):]
            if pronoun_core(word) in deputies and last_letter(tok.text) != "ة":
                m = replace(m, label="", info=tuple((k, "" if k == "sector" else v) for k, v in m.info))
        out.append(m)
    return out


def _kin_clitic(tok: Token, kin: frozenset[str]) -> str | None:
    """The clitic (و, ف or none) before a family noun of `kin` that `tok` is, not ending in a possessive ه (نجله: his
    son); None for any other word."""
    norm = tok.norm
    clitic = norm[0] if len(norm) > 3 and norm[0] in "وف" and norm not in kin else ""
    if norm[len(clitic):] not in kin or norm.endswith("ه") and last_letter(tok.text) != "ة":
        return None
    return clitic


_UNIT_SECTORS = frozenset({"MIL", "UAF", "COP"})  # the sectors of an armed unit's noun (دورية، قوة، مسلحين)
_OWNER_TYPES = frozenset({"group", "institution", "demonym"})  # an owner named by its name or by a nationality
_NISBA_ENDS = ("ي", "يين", "يون")  # a nisba's shape: an adjective of the noun before (طقمين عسكريين), no unit
_ARMED_OWNERS = frozenset({"REB", "OPP", "MIL", "COP", "UAF"})  # an owner's sectors its unit takes (not GOV, of the loyal)


def _owned_units(mentions: list[Mention], tokens: list[list[Token]], owned: frozenset[str]) -> list[Mention]:
    """The mentions of an indefinite one-word armed unit's noun (`_UNIT_SECTORS`: دورية، قوة، مسلحين) told to be
    another's, past at most one indefinite adjective, by a word of ownership (`owned`: خاصة، تابعة) and a glued بـ/لـ,
    or by a glued لـ alone, given the owner's code as their home and its sector where it is an armed one: «استهدف دورية خاصة
    بالمسلحين الحوثيين» and «هجومًا على دورية للحوثيين» are a Houthi patrol, YEM/REB, not the story's army; «قوة
    كبيرة للجيش الجزائري» is Algeria's. The owner is the first coded group, body or nationality within two words of
    the glued preposition (its role noun and the nationality after it: للجيش الجزائري); a country's or town's name
    after a glued لـ is no owner («دعم بلاده بكل قوة لمصر»: for Egypt), nor is a nisba's shape a unit («ودمروا طقمين
    عسكريين للحوثيين»: the Houthis' military vehicles, the adjective no party), nor a participle of arms that is the
    adjective of the indefinite event noun right before it («في هجوم مسلح للمقاومة»، «هجوما مسلحا للحوثيين»: an
    armed attack by the resistance, whose doer the event reads past the adjective; `_act_adjective`)."""
    owners = {}
    for m in mentions:
        if m.kind == "actor" and m.get("code") and m.get("type") in _OWNER_TYPES:
            owners.setdefault((m.sentence, m.tok_start), m)
    if not owners:
        return mentions
    nouns = {(m.sentence, m.tok_end): m for m in mentions if m.kind == "trigger" and m.get("pos") == "noun"}
    out = []
    for m in mentions:
        word = tokens[m.sentence][m.tok_start].norm if m.kind == "agent" else ""
        if m.kind == "agent" and m.label in _UNIT_SECTORS and m.tok_end - m.tok_start == 1 and not m.get("prefix") \
                and not word.startswith("ال") and not word.endswith(_NISBA_ENDS) \
                and not _act_adjective(tokens[m.sentence], m, nouns.get((m.sentence, m.tok_start))):
            owner = _unit_owner(tokens[m.sentence], m, owners, owned)
            if owner is not None:
                sector = owner.get("sector") if owner.get("sector") in _ARMED_OWNERS else m.label
                info = tuple((k, v) for k, v in m.info if k not in ("home", "sector")) + (
                    ("sector", sector), ("home", owner.get("code")))
                m = replace(m, label=sector, info=info)
        out.append(m)
    return out


def _act_adjective(toks: list[Token], m: Mention, noun: Mention | None) -> bool:
    """True when a one-word unit's mention `m` is the adjective of `noun`, the event noun whose trigger ends right
    before it: an indefinite singular participle of the fourth or second form (مسلح، مسلحة، مسلحا: م and three or
    four letters more, no plural ending) after an indefinite noun of its gender, as in «هجوم مسلح»، «عملية مسلحة»،
    «هجوما مسلحا» (a genitive of people would be a plural: «هجوم مسلحين»); the shape the events stage reads as an
    attack's manner (`_armed_manner`, which the events stage reads too), told here before the unit can take an owner."""
    if noun is None:
        return False
    w = toks[m.tok_start].norm
    n = toks[noun.tok_end - 1].norm
    if noun.tok_end - noun.tok_start == 1:
        n = n[len(noun.get("prefix") or ""):]
    return _armed_manner(w, n)


def _armed_manner(w: str, noun: str) -> bool:
    """True for an indefinite singular participle of the fourth or second form (مسلح، مسلحة: مُفعَّل، مُفعِل) right
    after an indefinite noun of the same gender: its adjective, as a genitive would be a plural of people (مسلحين)."""
    if w.startswith("ال") or noun.startswith("ال") or not w.startswith("م") or not 4 <= len(w) <= 5:
        return False
    if w.endswith(("ين", "ون", "ات")) or noun.endswith(("ين", "ون")):
        return False
    return (w.endswith("ه") and len(w) == 5) == noun.endswith("ه")


def _fighters_of_factions(mentions: list[Mention], tokens: list[list[Token]],
                          zealots: frozenset[str] = frozenset()) -> list[Mention]:
    """The mentions of an armed men's noun (UAF: مقاتلو، مسلحي) right before an opposition or an armed faction, in
    construct or as its adjective (OPP، REB: المعارضة، المعارضين، الفصائل المقاتلة), read as that faction's fighters,
    rebels (REB): «استعاد مقاتلو المعارضة في سوريا السيطرة على عدة قرى» and «خروج آمن للمقاتلين المعارضين» are
    rebels, not gunmen of no side. A word of extremism (`zealots`, function_words.tsv zealot: المتطرفون، المتطرفين)
    tells the fighters' temper, not a side they fight for: «لقد شن المقاتلون المتطرفون هجوما» stays the armed men of
    no side the story told before («هاجم مسلحون قرية تشادية»)."""
    out = []
    for k, m in enumerate(mentions):
        if m.kind == "agent" and m.label == "UAF" and m.tok_end - m.tok_start == 1 and k + 1 < len(mentions):
            after = mentions[k + 1]
            if after.kind == "agent" and after.label in ("OPP", "REB") and after.sentence == m.sentence \
                    and after.tok_start == m.tok_end and not after.get("prefix") \
                    and not (isinstance(after.entry, AgentEntry) and normalize(after.entry.phrase) in zealots):
                m = replace(m, label="REB", info=tuple((k2, "REB" if k2 == "sector" else v) for k2, v in m.info))
        out.append(m)
    return out


def _members_of_police(mentions: list[Mention], tokens: list[list[Token]]) -> list[Mention]:
    """The mentions of a rank, soldiers or students (MIL, EDU: نقيب، جنود، طلاب) in construct right before a police
    body (COP: شرطة، أكاديمية الشرطة), or before the name of its college (an eponym cue: «كلية الشرطة»), read as its
    members, police (COP): «قتل نقيب شرطة» is a police captain, «طلاب أكاديمية الشرطة» and «طلاب كلية الشرطة
    الأفغانية» are police cadets, not an army's officer nor schoolboys."""
    out = []
    for k, m in enumerate(mentions):
        if m.kind == "agent" and m.label in ("MIL", "EDU") and m.tok_end - m.tok_start == 1 and _police_after(
                mentions, k) and not tokens[m.sentence][m.tok_start].norm[len(m.get("prefix") or ""):].startswith("ال"):
            m = replace(m, label="COP", info=tuple((k2, "COP" if k2 == "sector" else v) for k2, v in m.info))
        out.append(m)
    return out


def _police_after(mentions: list[Mention], k: int) -> bool:
    """True where the mention after the `k`th, or after an eponym cue right after it (كلية), is a police body of
    its sentence in construct with it: no clitic on it, right after."""
    m, j, end = mentions[k], k + 1, mentions[k].tok_end
    if j < len(mentions) and mentions[j].kind == "cue" and mentions[j].label == "eponym" and (
            mentions[j].sentence == m.sentence and mentions[j].tok_start == end):
        j, end = j + 1, mentions[j].tok_end
    if j >= len(mentions):
        return False
    after = mentions[j]
    return after.sentence == m.sentence and after.tok_start == end and not after.get("prefix") and (
        after.label == "COP" if after.kind == "agent" else after.get("sector") == "COP")


def _unit_owner(toks: list[Token], m: Mention, owners: dict, owned: frozenset[str]) -> Mention | None:
    """The coded owner a unit's noun is told to be of (`_owned_units`), or None."""
    k = m.tok_end
    if k < len(toks) and not toks[k].norm.startswith("ال") and toks[k].norm[-1:] in "هي" and toks[k].norm[:1] not in (
            "بل") and toks[k].norm not in owned:
        k += 1  # (one indefinite adjective: «قوة كبيرة للجيش الجزائري»)
    tied = k < len(toks) and toks[k].norm in owned
    k += tied
    if k >= len(toks) or toks[k].kind != "ar" or toks[k].norm[:1] not in ("بل" if tied else "ل"):
        return None
    for j in (k, k + 1):
        owner = owners.get((m.sentence, j))
        if owner is not None:
            return owner if owner.get("type") != "demonym" or j > k else None
    return None


def _bare_embassies(mentions: list[Mention], tokens: list[list[Token]]) -> list[Mention]:
    """The mentions with a bare definite embassy or ministry («السفارة»، «الوزارة»: one word, no state right after it)
    given as home the state whose body of that kind the article named last before it, by a state in construct, a
    nationality right after it or a coded body's name, where every such body named before it is that state's
    («أوضحت سفارة خادم الحرمين الشريفين لدى سلطنة عمان … وقالت إن السفارة تابعت … والتنسيق مع السلطات العمانية»: Saudi
    Arabia's embassy, not Oman's; «طالبت وزارة الخارجية الفلسطينية … وأدانت الوزارة … قوات الاحتلال»: Palestine's;
    round 94). A body of that kind named with no state before it leaves it. A ministry takes it only where its
    sentence names another state, the frame that would leave it uncoded: in local service news with no other state
    («وطالبت الوزارة مديري الشؤون الصحية») a ministry stays no party (see `_home_bodies`). A body another rule gave a
    home keeps it."""
    owner = {}  # (sentence, token) → the state's code of an actor starting there
    for m in mentions:
        if m.kind == "actor" and m.get("code") and m.get("code") not in _NON_STATES:
            owner.setdefault((m.sentence, m.tok_start), m.get("code"))
    out, last = [], {}  # a body's kind → the codes of the bodies of that kind named so far (None: one of no state)
    for m in mentions:
        kind = _body_kind(m, tokens[m.sentence]) if m.kind == "agent" or m.kind == "actor" else None
        if kind is None:
            out.append(m)
            continue
        code = m.get("code") if m.kind == "actor" else owner.get((m.sentence, m.tok_end))
        if code and code not in _NON_STATES:
            last.setdefault(kind, set()).add(code)
        elif m.kind == "agent" and m.tok_end - m.tok_start == 1 and not m.get("home") and \
                _definite_role(m, tokens[m.sentence]):
            codes = last.get(kind, set())
            if len(codes) == 1 and None not in codes and (kind == _EMBASSY or _other_state_in(
                    mentions, m.sentence, next(iter(codes)))):
                m = replace(m, info=m.info + (("home", next(iter(codes))),))
        else:
            last.setdefault(kind, set()).add(None)  # (وزارة الصحة: a ministry of no state named)
        out.append(m)
    return out


def _other_state_in(mentions: list[Mention], sentence: int, code: str) -> bool:
    """True where sentence `sentence` names a state other than `code` (its name, nationality or a coded body)."""
    return any(m.sentence == sentence and m.kind == "actor" and m.get("code") and m.get("code") != code
               and m.get("code") not in _NON_STATES for m in mentions)


def _body_kind(m: Mention, toks: list[Token]) -> str | None:
    """"embassy" for an embassy's mention (the agent named embassy), "ministry" for a ministry's (its first word
    وزارة), else None."""
    if m.kind == "agent" and m.get("name") == _EMBASSY:
        return _EMBASSY
    if m.kind in ("agent", "actor") and (m.kind == "agent" or m.get("type") == "institution") and _ministry(
            toks[m.tok_start].norm, m.get("prefix")):
        return "ministry"
    return None


_EMBASSY = "embassy"  # the English name of the embassy agent (agents.tsv)


def _nonstate_demonyms(mentions: list[Mention]) -> frozenset[tuple[int, int]]:
    """(sentence, token) of each nationality of no state the article names (الأوروبية: the EU's, `_NON_STATES`)."""
    return frozenset((m.sentence, m.tok_start) for m in mentions if m.kind == "actor" and m.get("type") == "demonym"
                     and m.get("code") in _NON_STATES)


def _of_nonstate(m: Mention, toks: list[Token], nonstate: frozenset[tuple[int, int]]) -> bool:
    """True for a role phrase with a nationality of no state right after it or after one definite adjective
    («السلطات الرسمية الأوروبية» of a Belgian story: Europe's authorities, not Belgium's; round 92)."""
    return (m.sentence, m.tok_end) in nonstate or (
        (m.sentence, m.tok_end + 1) in nonstate and m.tok_end < len(toks) and toks[m.tok_end].norm.startswith("ال"))


def _named_body_home(mentions: list[Mention], tokens: list[list[Token]], counts: frozenset[str],
                     abroad: frozenset[str]) -> list[Mention]:
    """The mentions with a definite role phrase of a state's force or body (`_STATE_SECTORS`) and no home given the
    one state whose such body of that sector the article names twice or more, by a coded body's name («شرطة
    الاحتلال»، «الشرطة الإسرائيلية») or a role phrase with a nationality right after it, where it names no other
    state's body of that sector and no other state frames the phrase in its sentence (`_framed_by`). Round 89: «ونتيجة
    لذلك أصيب عدد من رجال الشرطة» of a story on the Israeli police at al-Aqsa that quotes Jordan's spokesman is
    Israel's police: the bodies the story names tell whose a bare one is, not a count of every party quoted."""
    sole = _sole_named_bodies(mentions)
    if not sole:
        return mentions
    states: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.kind == "actor" and m.get("code") and m.get("code") not in _NON_STATES and m.get("sector") != "MED":
            states.setdefault(m.sentence, []).append(m)
    out = []
    for m in mentions:
        if m.kind == "agent" and m.label in sole and not m.get("home"):
            toks = tokens[m.sentence]
            if not (m.tok_end < len(toks) and (toks[m.tok_end].norm in abroad or toks[m.tok_end].norm in _RELATIVE)) \
                    and (_definite_role(m, toks) or _counted_role(m, toks, counts)) \
                    and _framed_by(m, states.get(m.sentence, []), toks) <= {sole[m.label]}:
                m = replace(m, info=m.info + (("home", sole[m.label]),))
        out.append(m)
    return out


def _announced_home(mentions: list[Mention], tokens: list[list[Token]], abroad: frozenset[str],
                    opens: frozenset[str]) -> list[Mention]:
    """The mentions with a definite role phrase of a state's force or government (`_STATE_SECTORS`, `_body_noun`) and
    no home, right after a word that opens what a statement tells (`opens`: أن، بأن; قيام, venture_noun) in a sentence
    whose states named before it are all one state's and told by a body of that state (an official's or a body's
    mention coded GOV, or a nationality right after a role phrase: «أعلنت الحكومة التركية أن الطيران الحربي شن»,
    «أعلنت وزارة الداخلية الكويتية أمس قيام أجهزة الأمن بكشف»: a government tells of its own forces), given that
    state as its home; the states named after it (the targets, where it acts: «على قواعد … في شمال العراق») do not
    count for a military force only (its strikes land abroad); police and officials followed by another state's name
    act there («وذكرت الحكومة البريطانية أن الشرطة اعتقلت ثلاثة صحفيين في طهران»: no home). Read where `_home_bodies`
    and `_sentence_home` leave it: a story led by another state, or a sentence naming another after the phrase."""
    by_sentence: dict[int, list[Mention]] | None = None  # (made on the first phrase that asks: most articles none)
    out = []
    for m in mentions:
        if m.kind == "agent" and not m.get("home") and m.tok_start > 0 and (
                m.label in _STATE_SECTORS or m.label == "GOV" and _body_noun(
                tokens[m.sentence][m.tok_start].norm, m.get("prefix"))):
            toks = tokens[m.sentence]
            home = None
            if toks[m.tok_start - 1].norm in opens and _definite_role(m, toks) and not (
                    m.tok_end < len(toks) and (toks[m.tok_end].norm in abroad or toks[m.tok_end].norm in _RELATIVE)):
                if by_sentence is None:
                    by_sentence = {}
                    for index, group in groupby(mentions, key=_SENTENCE):  # (runs of one sentence, read in C)
                        by_sentence.setdefault(index, []).extend(group)
                home = _announcer_state(by_sentence[m.sentence], m.tok_start)
            if home and m.label != "MIL" and _other_state_after(by_sentence[m.sentence], m.tok_end, home):
                home = None  # (police or officials acting where another state is named: «الشرطة اعتقلت … في طهران»)
            if home:
                m = replace(m, info=m.info + (("home", home),))
        out.append(m)
    return out


def _other_state_after(mentions: list[Mention], after: int, home: str) -> bool:
    """True if a mention of a sentence from token `after` on names a state other than `home` (a capital, a country)."""
    return any(m.tok_start >= after and m.kind == "actor" and m.get("code") not in (None, home) and
               m.get("code") not in _NON_STATES for m in mentions)


def _announcer_state(mentions: list[Mention], before: int) -> str | None:
    """The one state the mentions of a sentence before token `before` name, where one of them is that state's body or
    official (coded GOV) or a nationality right after a role phrase (وزارة الداخلية الكويتية); None where they name
    none, two, or that state only as a place or a people."""
    codes: set[str] = set()
    told = False
    ends = {m.tok_end for m in mentions if m.kind == "agent" and m.tok_end <= before}
    for m in mentions:
        if m.tok_start >= before or m.kind != "actor" or not m.get("code") or m.get("code") in _NON_STATES \
                or m.get("sector") == "MED":
            continue
        codes.add(m.get("code"))
        told = told or m.get("sector") == "GOV" or m.get("type") == "demonym" and m.tok_start in ends
    return next(iter(codes)) if told and len(codes) == 1 else None


def _sole_named_bodies(mentions: list[Mention]) -> dict[str, str]:
    """A state sector → the one state whose body of that sector the article names twice or more (a coded body's
    name, or a role phrase with a nationality right after it) and no other state's body of it."""
    after = {(m.sentence, m.tok_start): m.get("code") for m in mentions if m.kind == "actor"
             and m.get("type") == "demonym" and m.get("code") and m.get("code") not in _NON_STATES}
    codes: dict[str, set[str]] = {}
    tally: Counter = Counter()
    for m in mentions:
        if m.kind == "actor" and m.get("sector") in _STATE_SECTORS and m.get("type") == "institution" \
                and m.get("code") and m.get("code") not in _NON_STATES:
            sector, code = m.get("sector"), m.get("code")
        elif m.kind == "agent" and m.label in _STATE_SECTORS and (m.sentence, m.tok_end) in after:
            sector, code = m.label, after[(m.sentence, m.tok_end)]
        else:
            continue
        codes.setdefault(sector, set()).add(code)
        tally[sector] += 1
    return {sector: next(iter(c)) for sector, c in codes.items() if len(c) == 1 and tally[sector] >= 2}


def _home_ministries(mentions: list[Mention], tokens: list[list[Token]], abroad: frozenset[str],
                     ranked: list[tuple[str, int]], prepositions: frozenset[str]) -> list[Mention]:
    """The mentions with a definite ministry's phrase and no home (`_ministry`: «وزير الدولة بوزارة الاتصالات» of a
    story on Sudan) given the article's most named country, named twice or more and more often than any other, where
    that country alone frames it in its sentence (`_framed_by`: «في العاصمة السودانية الخرطوم … بوزارة الاتصالات»)
    and is the only state the sentence names by its name, nationality or capital (`_STATE_NAMES`; not by another
    body's phrase nor a town: «الإدارة العامة للتعليم في منطقة حائل … ووزارة الإسكان» of local news stays no party;
    not «وزارة الداخلية في البحرين … سفيرها في طهران» of a story Iran leads). A sentence naming no state leaves it."""
    if ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return mentions
    lead = ranked[0][0]
    named: dict[int, list[Mention]] = {}  # a sentence → the states it names by name, nationality or capital
    for m in mentions:
        if m.kind == "actor" and m.get("code") and m.get("code") not in _NON_STATES and m.get("type") in _STATE_NAMES:
            named.setdefault(m.sentence, []).append(m)
    out = []
    for m in mentions:
        if m.kind == "agent" and m.label == "GOV" and not m.get("home") and m.sentence in named:
            toks = tokens[m.sentence]
            if _ministry(toks[m.tok_start].norm, m.get("prefix")) and _definite_role(m, toks) and not (
                    m.tok_end < len(toks) and (toks[m.tok_end].norm in abroad or toks[m.tok_end].norm in _RELATIVE)) \
                    and {s.get("code") for s in named[m.sentence]} == {lead} \
                    and _framed_by(m, named[m.sentence], toks, lead, prepositions) == {lead}:
                m = replace(m, info=m.info + (("home", lead),))
        out.append(m)
    return out


def _ministry(norm: str, prefix: str) -> bool:
    """True for the head word of a ministry's phrase (وزارة، الوزارة، بوزارة), clitic prefix taken off."""
    word = norm[len(prefix or ""):]
    return (word[2:] if word.startswith("ال") else word).startswith("وزار")


def _home_minister(m: Mention, toks: list[Token], ministers: frozenset[str], home: str, states,
                   deputies: frozenset[str] = frozenset(), heads: frozenset[str] = frozenset()) -> bool:
    """True for a minister's title in construct with no home (`ministers`, function_words.tsv minister: «وزير الإعلام»،
    «وزيرة الخارجية»; the portfolio definite) in a sentence that names no state but `home` (`states`: its states'
    mentions), and no country nor nationality after it: the story's own. (Not «واتهم وزير الأوقاف والشؤون الدينية
    الفلسطينية يوسف ادعيس إسرائيل» of a story Israel leads: the country after it may be the one it acts on.) So too
    for his deputy (`deputies`, function_words.tsv deputy_title: «د. حمد الضويلع نائب وزير الصحة» of a Saudi story),
    and for the head's title of two words whose second is definite (`heads`, function_words.tsv head_of: «قرر رئيس
    الجمهورية تمديد حالة الطوارئ» of a Tunisian story, 2015-08-06 #340: Tunisia's president)."""
    if m.kind != "agent" or m.label != "GOV" or m.get("home") or m.tok_end - m.tok_start < 2:
        return False
    first = toks[m.tok_start].norm[len(m.get("prefix") or ""):]
    title = m.tok_start
    if first in deputies and toks[title + 1].norm in ministers:
        title += 1
        first = toks[title].norm
    # (the portfolio may lie just past the mention: «نائب وزير» is the whole agent in «نائب وزير الصحة»)
    head = first in heads and m.tok_end - m.tok_start == 2
    after = ("country", "capital") if head else ("country", "demonym", "capital")  # (a head's: «التراب التونسي» after)
    return (first in ministers or head) and title + 1 < len(toks) and toks[title + 1].norm.startswith("ال") and all(
        s.get("code") == home and not (s.tok_start >= m.tok_end and s.get("type") in after) for s in states)


def _sentence_home(mentions: list[Mention], tokens: list[list[Token]], counts: frozenset[str],
                   abroad: frozenset[str], ranked: list[tuple[str, int]], prepositions: frozenset[str] = frozenset(),
                   air: str | None = None, warplanes: frozenset[str] = frozenset()) -> list[Mention]:
    """The mentions with a definite role phrase of a state's force or government body that `_home_bodies` left with no
    home (it calls this where the article's country does not lead the whole story; `ranked`: its two most named
    states and their counts) given the article's most named country as one, when that country, named twice or more
    and more often than any other, is the only state its sentence names («وقال مكتب رئيس الوزراء التركي: إن الشرطة بدأت حملة أمنية» of a
    Turkish story that names Syria, the US and the PKK too: Turkey's police; «قال ضابط تايلاندي اليوم إن الشرطة ألقت
    القبض»). Only the states that tell whose the phrase is count (`_framed_by`: not «واعتقلت الشرطة ثلاثة
    فلسطينيين», the police's victims). Read in a story only, as `_home_bodies` is (the gold codes sentences alone). A
    sentence naming another state too, or none, leaves it; a medium it quotes («ذكرت محطتا (سي إن إن تورك)») names no
    state acting."""
    if ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return mentions
    lead = ranked[0][0]
    nonstate = _nonstate_demonyms(mentions)
    named: dict[int, list[Mention]] = {}  # a sentence → the states named in it (not a medium quoted: «سي إن إن تورك»)
    for m in mentions:
        if m.kind == "actor" and m.get("code") and m.get("code") not in _NON_STATES and m.get("sector") != "MED":
            named.setdefault(m.sentence, []).append(m)
    out = []
    for m in mentions:
        if m.kind == "agent" and not m.get("home") and m.sentence in named and (
                m.label in _STATE_SECTORS or m.label == "GOV" and _body_noun(
                tokens[m.sentence][m.tok_start].norm, m.get("prefix"))) and not (
                m.tok_end < len(tokens[m.sentence]) and (tokens[m.sentence][m.tok_end].norm in abroad or (
                tokens[m.sentence][m.tok_end].norm in _RELATIVE))) and (
                _definite_role(m, tokens[m.sentence]) or (
                m.label in _STATE_SECTORS and _counted_role(m, tokens[m.sentence], counts))) and _framed_by(
                m, named[m.sentence], tokens[m.sentence], lead, prepositions) == {lead} and not _of_nonstate(
                m, tokens[m.sentence], nonstate):
            # (not a phrase a relative clause tells of: «للقوات التي دربتها الولايات المتحدة», another's)
            m = replace(m, info=m.info + (("home", _air_home(m, tokens, air, warplanes) or lead),))
        out.append(m)
    return out


def _framed_by(m: Mention, states: list[Mention], toks: list[Token], lead: str | None = None,
               prepositions: frozenset[str] = frozenset()) -> set[str]:
    """The codes of the states of its sentence that tell whose a role phrase is: any named before it (the frame it is
    told in: «وقال مكتب رئيس الوزراء التركي: إن الشرطة»), a town named after it (where it acts: «مع الشرطة في أحد
    أحياء إسطنبول») or a nationality right after it or after one adjective (المخابرات العامة الأردنية); not the
    people it acts on named after it («واعتقلت الشرطة ثلاثة فلسطينيين»). Where the story's `lead` frames it, another
    country named before it as a place only, after a preposition (`_placed`: «غاراتها الجوية على مواقع له في سوريا
    … بينما نفذت الشرطة حملة توقيفات» of a Turkish story), is where something else was done, not whose it is."""
    before = [s for s in states if (s.sentence, s.tok_start) < (m.sentence, m.tok_start)]
    if lead is not None and prepositions and any(s.get("code") == lead and not _placed(s, toks, prepositions)
                                                  for s in before):
        before = [s for s in before if s.get("code") == lead or not _placed(s, toks, prepositions)]
    return {s.get("code") for s in before} | {s.get("code") for s in states if s.tok_start >= m.tok_end and (
        s.get("type") in _TOWN_TYPES or s.get("type") == "demonym" and (s.tok_start == m.tok_end or (
            s.tok_start == m.tok_end + 1 and toks[m.tok_end].norm.startswith("ال"))))}


def _placed(s: Mention, toks: list[Token], prepositions: frozenset[str]) -> bool:
    """True for a country's or town's name right after a preposition word (في سوريا، على العراق، في شمال العراق):
    a place named, not a party."""
    return s.get("type") in ("country", "place", "capital") and not s.get("prefix") and s.tok_start > 0 and (
        strip_wa(toks[s.tok_start - 1].norm) in prepositions)


def _coalition_air(mentions: list[Mention]) -> str | None:
    """The code of the Arab coalition where the article names it (التحالف العربي), or a coalition's aircraft and Yemen
    (طائرات التحالف … الحوثيين), and no other air arm of a state nor the international coalition (طيران النظام،
    التحالف الدولي), else None: the coalition's aircraft of a Syria story are the US-led one's, and its barrel bombs'
    «الطيران المروحي» the regime's."""
    sides = {_coalition_side(m.entry) for m in mentions if m.kind == "actor" and m.get("sector") == "MIL"}
    if "international" in sides or "arab" not in sides and not (
            "aircraft" in sides and any(m.kind == "actor" and m.get("code") == "YEM" for m in mentions)):
        return None
    if any(m.kind == "actor" and m.get("sector") == "MIL" and m.get("code") not in _NON_STATES
           and getattr(m.entry, "name", "").endswith(("aircraft", "air force", "fighter jets", "helicopters"))
           for m in mentions):
        return None  # (طيران النظام of a Syria story: whose jets a bare word means is not told)
    return next(m.get("code") for m in mentions if m.kind == "actor" and _coalition_side(m.entry) in (
        "arab", "aircraft"))


def _air_home(m: Mention, tokens: list[list[Token]], air: str | None, warplanes: frozenset[str]) -> str | None:
    """`air` (the named coalition's code) for a military role phrase headed by an air arm's word (`warplanes`:
    المقاتلات، الطائرات الحربية، الطيران), else None."""
    if air is None or m.label != "MIL":
        return None
    word = tokens[m.sentence][m.tok_start].norm[len(m.get("prefix") or ""):]
    return air if (word[2:] if word.startswith("ال") else word) in warplanes else None


def _official_in_body(mentions: list[Mention], tokens: list[list[Token]]) -> list[Mention]:
    """The mentions with a definite official's title and no home given the code of the state's institution named right
    after it past «في» and at most two words of its office («دعا المدير العام للعلاقات الخارجية في وزارة الشؤون
    الإسلامية»: the Saudi ministry's director), no mark between. A government as a whole (`_body_noun`: الحكومة،
    السلطات) is no official of a body: «لأناشد الحكومة وهيئة الإغاثة في مركز الملك سلمان» of a Yemen story asks
    Yemen's government and the Saudi centre's relief body (round 96)."""
    starts = {(m.sentence, m.tok_start): m for m in mentions if m.kind == "actor" and m.get("code")
              and m.get("type") == "institution" and m.get("code") not in _NON_STATES and not m.get("prefix")}
    if not starts:
        return mentions
    out = []
    for m in mentions:
        if m.kind == "agent" and m.label == "GOV" and not m.get("home") and _definite_role(m, tokens[m.sentence]) \
                and not _government_whole(tokens[m.sentence][m.tok_start].norm, m.get("prefix") or ""):
            toks = tokens[m.sentence]
            for k in range(m.tok_end, min(len(toks) - 1, m.tok_end + 3)):
                if toks[k].kind != "ar":
                    break
                body = starts.get((m.sentence, k + 1)) if toks[k].norm == "في" else None
                if body is not None:
                    m = replace(m, info=m.info + (("home", body.get("code")),))
                    break
        out.append(m)
    return out


def _officials_of(mentions: list[Mention], tokens: list[list[Token]], among: frozenset[str]) -> list[Mention]:
    """The mentions of an official's title (GOV, no body: `_body_word`) with no home given the code the words
    right after it tell: a country's name right after «في» (2015-08-06 #948: «تنسق عن كثب مع مسؤولين في ميانمار»:
    Myanmar's officials; after a preposition too, and bare, which `_body_in_country` leaves), or a coded person
    named among them (`among`, function_words.tsv among, after «من» or not: 2015-08-09 #452 «للقاء مسؤولين من بينهم
    وزير الخارجية سيرجي لافروف»: Russia's)."""
    starts = {(m.sentence, m.tok_start): m for m in mentions if m.kind == "actor" and m.get("code")
              and m.get("code") not in _NON_STATES and not m.get("prefix")}
    if not starts:
        return mentions
    out = []
    for m in mentions:
        if m.kind == "agent" and m.label == "GOV" and not m.get("home") and not _body_word(tokens[m.sentence][
                m.tok_start], m.get("prefix") or ""):
            code = _officials_code(tokens[m.sentence], m, starts, among)
            if code:
                m = replace(m, info=m.info + (("home", code),))
        out.append(m)
    return out


def _body_word(tok: Token, prefix: str) -> bool:
    """True for a body's head word rather than an official's: a government as a whole (`_government_whole`), or a
    noun in ة or ات (وزارة، هيئة، الرئاسات: where «في» and a country after a preposition more often tell where the
    act was done, as `_body_in_country` has it: «بالتعاون مع وزارة التربية والتعليم في البحرين»)."""
    return _government_whole(tok.norm, prefix) or tok.text.endswith(("ة", "ات"))


def _officials_code(toks: list[Token], m: Mention, starts: dict, among: frozenset[str]) -> str | None:
    """The code of the country after «في» right after the officials `m`, or of the first person named within
    `_AMONG_SPAN` words past «(و)من بينهم»، «منهم» after them, no mark between; None where neither is."""
    k = m.tok_end
    if k + 1 < len(toks) and toks[k].norm == "في":
        country = starts.get((m.sentence, k + 1))
        return country.get("code") if country is not None and country.get("type") == "country" else None
    if k + 1 < len(toks) and toks[k].norm in ("من", "ومن") and toks[k + 1].norm in among:
        k += 1
    if k >= len(toks) or strip_wa(toks[k].norm) not in among:
        return None
    for j in range(k + 1, min(len(toks), k + 1 + _AMONG_SPAN)):
        if toks[j].kind != "ar":
            return None
        person = starts.get((m.sentence, j))
        if person is not None:
            return person.get("code") if person.get("type") == "person" else None
    return None


def _heads_in_bodies(mentions: list[Mention], tokens: list[list[Token]], heads: frozenset[str]) -> list[Mention]:
    """The mentions with a head's title of one word in construct (`heads`, function_words.tsv head_of: «رئيس») whose
    unit (a committee, a department) is told within `_UNIT_SPAN` words to be in a coded body of a state's land but no
    government office (its mention's sector not GOV) past «في» or a glued «بـ», given that body's code and sector:
    «رئيس اللجنة الوطنية للتعليم العالمي والدولي بمجلس الغرف السعودية» (2015-07-31 #1842) heads a committee of the
    Council of Saudi Chambers, SAU/BUS, not a government official. A mark or a word not in Arabic letters between
    ends the unit."""
    bodies = {(m.sentence, m.tok_start): m for m in mentions if m.kind == "actor" and m.get("code")
              and m.get("type") == "institution" and m.get("code") not in _NON_STATES
              and m.get("sector") and m.get("sector") != "GOV"}
    if not bodies:
        return mentions
    out = []
    for m in mentions:
        if m.kind == "agent" and m.label == "GOV" and m.tok_end - m.tok_start == 1 and not m.get("home") \
                and tokens[m.sentence][m.tok_start].norm[len(m.get("prefix") or ""):] in heads:
            body = _unit_body(tokens[m.sentence], m, bodies)
            if body is not None:
                sector = body.get("sector")
                info = tuple((k, sector if k == "sector" else v) for k, v in m.info) + (("home", body.get("code")),)
                m = replace(m, label=sector, info=info)
        out.append(m)
    return out


def _unit_body(toks: list[Token], m: Mention, bodies: dict) -> Mention | None:
    """The coded body a head's unit is told to be in (`_heads_in_bodies`), or None: the first of `bodies` within
    `_UNIT_SPAN` words after the head, past «في» or glued «بـ», the unit's words all in Arabic letters."""
    for k in range(m.tok_end, min(len(toks), m.tok_end + _UNIT_SPAN)):
        if toks[k].kind != "ar":
            return None
        body = bodies.get((m.sentence, k))
        if body is not None:
            return body if body.get("prefix") == "ب" else None
        if toks[k].norm == "في" and k + 1 < len(toks):
            body = bodies.get((m.sentence, k + 1))
            if body is not None:
                return body if not body.get("prefix") else None
    return None


def _deputy_in_body(mentions: list[Mention], tokens: list[list[Token]]) -> list[Mention]:
    """The mentions with a state official's title in construct («نائب رئيس»: its last word has no article) right
    before a body of a sector of its own other than a state's (a union, a party, a company) given that body's sector
    (round 88: «نائب رئيس الاتحاد العام للمصريين في الخارج» is EGY/CVL, no government)."""
    starts = {(m.sentence, m.tok_start): m for m in mentions if m.kind == "actor" and m.get("sector") not in (
        "", "GOV") and m.get("type") in ("group", "institution") and not m.get("prefix")}
    if not starts:
        return mentions
    out = []
    for m in mentions:
        if m.kind == "agent" and m.label == "GOV" and m.tok_end - m.tok_start >= 2 and not m.get("home") \
                and not tokens[m.sentence][m.tok_end - 1].norm.startswith("ال"):
            body = starts.get((m.sentence, m.tok_end))
            if body is not None:
                sector = body.get("sector")
                m = replace(m, label=sector, info=tuple((k, v) if k != "sector" else (k, sector) for k, v in m.info))
        out.append(m)
    return out


def _body_in_country(mentions: list[Mention], tokens: list[list[Token]],
                     prepositions: frozenset[str], numbers: frozenset[str] = frozenset()) -> list[Mention]:
    """The mentions with a definite role phrase of a state's body or force (`_STATE_SECTORS`, a government body)
    right before «في» and a country's name given that country as its "home" («قالت وزارة الداخلية في البحرين»:
    Bahrain's interior ministry; «واعتقلت الشرطة في البحرين»), past one adjective in ي/ية or a definite number word
    (`numbers`, function_words.tsv number: 2015-08-06 #576 «دعت الرئاسات الثلاث في العراق») too; and so a country's
    political forces or parties («طالبت القوى الشيعية السياسية في العراق»: Iraq's). Not after a preposition, where
    «في» and the country more often tell where the act was done («بالتنسيق مع الأجهزة الأمنية في إيطاليا»)."""
    starts = {(m.sentence, m.tok_start): m for m in mentions if m.kind == "actor" and m.get("type") == "country"
              and not m.get("prefix")}
    if not starts:
        return mentions
    out = []
    for m in mentions:
        if m.kind == "agent" and (m.label in _STATE_SECTORS or m.label in ("GOV", "PTY")) and not m.get("home"):
            toks = tokens[m.sentence]
            k = m.tok_end
            if k + 1 < len(toks) and toks[k + 1].norm == "في" and toks[k].norm.startswith("ال") and (last_letter(
                    toks[k].text) in "يةه" or toks[k].norm[2:] in numbers):
                k += 1  # (one adjective between: «القوى الشيعية السياسية في العراق»)
            country = starts.get((m.sentence, k + 1)) if k + 1 < len(toks) and toks[k].norm == "في" else None
            if country is not None and _definite_role(m, toks) and m.get("prefix")[-1:] not in ("ب", "ل") and not (
                    m.tok_start and strip_wa(toks[m.tok_start - 1].norm) in prepositions):
                m = replace(m, info=m.info + (("home", country.get("code")),))
        out.append(m)
    return out


def _home_people(m: Mention, toks: list[Token], people: frozenset[str]) -> bool:
    """True for a one-word noun of protesters or students (`people`, written with no article), definite, counted or
    bare: «المتظاهرين»، «مئات الطلاب»، «30 متظاهرا»، «وسد محتجون … الطرقات» (round 107: a bare plural of a story one
    country leads is its people as much as a definite one; one the act's own place puts in another land is not, see
    places.PlaceHomes: «وفي مدينة مانشستر رشق محتجون الشرطة»); the list's exact words carry no possessive pronoun
    (أنصاره: another's)."""
    if m.tok_end - m.tok_start != 1:
        return False
    word = toks[m.tok_start].norm[len(m.get("prefix")):]
    return word in people or (word[2:] if word.startswith("ال") else word[1:] if word.startswith("ل") else "") in people


def _counted_role(m: Mention, toks: list[Token], counts: frozenset[str]) -> bool:
    """True for a one-word role noun with no clitic right after a number (تسعة جنود، 13 جنديًا، 9 جنود): the members
    of a force counted, told of its country's losses or deeds."""
    k = m.tok_start
    return k > 0 and m.tok_end - k == 1 and not m.get("prefix") and (
        toks[k - 1].kind == "num" or toks[k - 1].norm in counts)


def _local_body(mentions: list[Mention], tokens: list[list[Token]]) -> bool:
    """True where a state's body or force of the article is called local, in its phrase or right after it (الشرطة
    المحلية، السلطات المحلية، قائد الشرطة المحلية)."""
    for m in mentions:
        if m.kind == "agent" and (m.label in _STATE_SECTORS or m.label == "GOV"):
            toks = tokens[m.sentence]
            if toks[m.tok_end - 1].norm in _LOCAL or m.tok_end < len(toks) and toks[m.tok_end].norm in _LOCAL:
                return True
    return False


def _government_whole(norm: str, prefix: str) -> bool:
    """True for the head word of a state's government as a whole (`_GOVERNMENTS`: الحكومة، السلطات), no council."""
    return _body_noun(norm, prefix) and not _body_noun(norm, prefix, whole=False)


def _body_noun(norm: str, prefix: str, whole: bool = True) -> bool:
    """True for the head word of a state's government as a whole (`_GOVERNMENTS`: الحكومة، السلطات، السلطة) or of a
    council (مجلس الوزراء); not an official (الرئيس، المسؤولين، ولي العهد) nor a ministry or a municipality (الوزارة،
    البلدية: the service bodies of local news, whose acts are mostly no political events). With `whole` False (the
    article's country leads only as `_council_home` asks) a council's head word only."""
    word = norm[len(prefix):]
    word = word[2:] if word.startswith("ال") else word
    return word == "مجلس" or whole and word.startswith(_GOVERNMENTS)


def _chaired_council(mentions: list[Mention], tokens: list[list[Token]], home: str, count: int, second: int) -> bool:
    """True where the article's most named country, named `_HOME_MANY` times or more and `_CHAIRED_LEAD` times as
    often as the next one though less than all the others together (SAU 20, YEM 11), has a person of its own in a sentence with the
    council (the king who chairs it: «رأس خادم الحرمين الشريفين الملك سلمان … الجلسة التي عقدها مجلس الوزراء» of a
    session report naming Yemen, Palestine, Israel, Egypt, Mexico and Finland): the council is its own."""
    if count < _HOME_MANY or count < _CHAIRED_LEAD * second:
        return False
    chairs = {m.sentence for m in mentions if m.kind == "actor" and m.get("code") == home
              and isinstance(m.entry, ActorEntry) and m.entry.kind == "person"}
    return any(m.sentence in chairs and m.kind == "agent" and m.label == "GOV" and _body_noun(
        tokens[m.sentence][m.tok_start].norm, m.get("prefix"), False) for m in mentions)


def _council_home(count: int, others: int, second: int) -> bool:
    """True where the article's most named country leads enough for its council (مجلس الوزراء) to be its own though
    not its police or government: named `_HOME_MANY` times or more, at least as often as all the others together and
    `_COUNCIL_LEAD` times as often as the next one (a Saudi cabinet session's report: SAU 30 times, Yemen 8, six
    others 10; its «مجلس الوزراء» is Saudi Arabia's)."""
    return count >= _HOME_MANY and count >= others and count >= _COUNCIL_LEAD * second


def _by_title(mentions: list[Mention], tokens: list[list[Token]], closed: frozenset[str],
              plurals: frozenset[str] = frozenset()) -> list[Mention]:
    """The mentions with a title standing alone (الأمين العام، الوزير، وزير الخارجية, definite) given as its "home"
    the code of the actor the article set right after that very title before («الأمين العام لمنظمة التعاون
    الإسلامي إياد مدني» … «وحمّل الأمين العام إسرائيل»: the OIC's), when the article sets it beside one code only.
    Not a title followed by a name the lexicons lack (الرئيس بيير نكورونزيزا: that person's) or by a comma and one
    (نائب وزير الخارجية، ميخائيل بوغدانوف), nor one in the genitive of an event noun or a noun in ة (زيارة الرئيس،
    خطيبة الرئيس: of a president the story may not have named); `closed` are the function words and the
    complementizers (no name: «قال الرئيس إن تركيا عانت» after «الرئيس التركي رجب طيب إردوغان» is Turkey's). A
    title of one word (الوزير) is also the one of several words it heads («وزير الخارجية عادل الجبير» … «وبحث الوزير»)
    when the article sets those beside one code only; so is a title's broken plural of `plurals` alone («وزراء
    خارجية دول مجلس التعاون» … «وناقش الوزراء»: those ministers; no name follows a plural). A title set beside two
    codes or more is the one set beside it last before it, unless that sentence sets it beside another code too."""
    head_names: dict[str, str | None] = {}  # the head word of a title of several words → its first owner's name
    named_at: dict[str, list[tuple[tuple[int, int], str]]] = {}  # a title → (where, code) of each owner set beside it
    heads_at: dict[str, list[tuple[tuple[int, int], str]]] = {}  # … and the head word of a title of several words
    bare: list[tuple[int, str]] = []
    nouns = {(m.sentence, m.tok_end) for m in mentions if m.kind == "trigger" and m.get("pos") == "noun"}
    for i, m in enumerate(mentions):
        if m.kind == "actor" and m.get("code") and m.get("type") == "institution" and m.tok_end - m.tok_start > 1 and (
                _title(tokens[m.sentence][m.tok_start])):  # الرئيس الأمريكي: a president of the story too
            key = _stem(tokens[m.sentence][m.tok_start].norm, m.get("prefix"))
            if key.startswith("ال"):  # (not «نائب خادم الحرمين الشريفين»: its first word, bare, is no title alone)
                named_at.setdefault(_indefinite(key), []).append(((m.sentence, m.tok_start), m.get("code")))
            elif _titled_nationality(m, tokens[m.sentence]):
                # وزير الداخلية البحريني: an article-less title in construct before its holder's nationality; the
                # title (وزير الداخلية) and its head word (الوزير) told again are Bahrain's
                _note_construct_title(m, tokens[m.sentence], named_at, heads_at)
        if m.kind != "agent" or not (_title(tokens[m.sentence][m.tok_start]) or _plural_title(tokens, m, plurals)):
            continue
        toks = tokens[m.sentence]
        key = _title_key(m, toks)
        definite = key.startswith("ال") or key.split()[-1].startswith("ال")
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and nxt.sentence == m.sentence and nxt.tok_start == m.tok_end and nxt.kind == "actor" and (
                nxt.get("code")) and (nxt.get("type") in ("demonym", "person") or nxt.get("prefix")[-1:] == "ل" or (
                not key.startswith("ال") and not nxt.get("prefix"))):
            # (its nationality, its holder's name, its body with ل, or the genitive of an indefinite title: not a
            # country after a definite one, the verb's object: «حمّل الأمين العام | إسرائيل»; «أمين عام منظمة
            # التعاون الإسلامي» … «الأمين العام» is one title, with the article or not)
            named_at.setdefault(_indefinite(key), []).append(((m.sentence, m.tok_start), nxt.get("code")))
            if " " in key:  # (وزير الخارجية عادل الجبير … «وأكد الوزير»: the head word alone, the same minister)
                heads_at.setdefault(_indefinite(key.split()[0]), []).append(((m.sentence, m.tok_start), nxt.get("code")))
                head_names.setdefault(_indefinite(key.split()[0]), nxt.get("name"))
        elif not definite:
            continue
        elif m.tok_end - m.tok_start == 1 and _plural_title(tokens, m, plurals):
            bare.append((i, _indefinite(key)))  # (وناقش الوزراء خطة العمل: a plural is never a name's title)
        elif (m.tok_end >= len(toks) or toks[m.tok_end].kind != "ar" or toks[m.tok_end].norm in closed or not (
                nxt is None or nxt.sentence != m.sentence or nxt.tok_start != m.tok_end) or (
                toks[m.tok_end].norm.startswith(("ال", "ب", "ل")))) and not _apposed(toks, m.tok_end, closed):
            if (m.sentence, m.tok_start) not in nouns and not (m.tok_start and not m.get("prefix") and (
                    last_letter(toks[m.tok_start - 1].text) == "ة")):
                # (زيارة الرئيس، مساعدة الرئيس، خطيبة الرئيس: a noun's genitive, told of anyone; no verb ends in ة)
                bare.append((i, _indefinite(key)))
    if not bare or not named_at:
        return mentions
    out = list(mentions)
    for i, key in bare:
        m = out[i]
        at = named_at.get(key) or (heads_at.get(key) if " " not in key else None) or []
        codes = {code for _, code in at}  # (the owners set beside it; `at` runs in the article's order)
        if len(codes) == 1 and at[0][0] < (m.sentence, m.tok_start) and not m.get("home"):
            named = (("home_name", head_names[key]),) if head_names.get(key) and key in plurals else ()
            out[i] = replace(m, info=m.info + (("home", next(iter(codes))),) + named)  # (the plural: those named)
        elif codes and not m.get("home"):
            before = [(place, code) for place, code in at if place < (m.sentence, m.tok_start)]
            if before and not any(place[0] == before[-1][0][0] and code != before[-1][1] for place, code in before):
                # (two ministers named apart: «وأكد الوزير» is the one named last before it; not two named in one
                # sentence, «التقى الرئيس الأفغاني … الرئيس الأمريكي»: either may be the one meant)
                out[i] = replace(m, info=m.info + (("home", before[-1][1]),))
    return out


def _titled_nationality(m: Mention, toks: list[Token]) -> bool:
    """True for an actor of three words or more opening with an article-less title in construct and ending in a
    definite nationality adjective (وزير الداخلية البحريني، وزير الخارجية الأمريكي)."""
    if m.tok_end - m.tok_start < 3:
        return False
    last = toks[m.tok_end - 1].norm
    return last.startswith("ال") and last.endswith(("ي", "يه")) and toks[m.tok_start + 1].norm.startswith("ال")


def _note_construct_title(m: Mention, toks: list[Token], named_at: dict, heads_at: dict) -> None:
    """Set the actor `m` (a title in construct before its nationality) beside its title's words less the
    nationality, and beside the title's head word alone, in `_by_title`'s tables."""
    place = ((m.sentence, m.tok_start), m.get("code"))
    named_at.setdefault(_indefinite(_title_key(m, toks, m.tok_end - 1)), []).append(place)
    heads_at.setdefault(_indefinite(_stem(toks[m.tok_start].norm, m.get("prefix"))), []).append(place)


def _by_holders_title(mentions: list[Mention], tokens: list[list[Token]]) -> list[Mention]:
    """The mentions with an official's title of two words or more standing alone (ولي العهد) given as its "home" the
    code of the person the article named before with that very title set right beside the name («الأمير محمد بن
    نايف بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء» … «أن لقاءه بسمو ولي العهد»: Saudi Arabia's), when the
    persons so titled are of one code only."""
    persons = {}
    for m in mentions:
        if m.kind == "actor" and m.get("code") and m.get("code") not in _NON_STATES and isinstance(
                m.entry, ActorEntry) and m.entry.kind == "person":
            persons[(m.sentence, m.tok_start)] = persons[(m.sentence, m.tok_end)] = m.get("code")
    if not persons:
        return mentions
    owners: dict[str, set[str]] = {}  # a title set beside a coded person's name → the codes of those so titled
    out = []
    for m in mentions:
        if m.kind == "agent" and m.label == "GOV" and m.tok_end - m.tok_start >= 2:
            toks = tokens[m.sentence]
            key = _indefinite(_title_key(m, toks))
            code = persons.get((m.sentence, m.tok_start)) or persons.get((m.sentence, m.tok_end))
            if code:
                owners.setdefault(key, set()).add(code)
            elif not m.get("home") and len(owners.get(key, ())) == 1 and _definite_role(m, toks):
                m = replace(m, info=m.info + (("home", next(iter(owners[key]))),))
        out.append(m)
    return out


def _title_key(m: Mention, toks: list[Token], end: int | None = None) -> str:
    """A title's words as a role mention reads them, its first without the clitic prefix (لوزير الخارجية → وزير
    الخارجية); up to token `end` when given (the mention's end by default)."""
    end = m.tok_end if end is None else end
    return " ".join([_stem(toks[m.tok_start].norm, m.get("prefix"))] + [t.norm for t in toks[m.tok_start + 1:end]])


def _plural_title(tokens: list[list[Token]], m: Mention, plurals: frozenset[str]) -> bool:
    """True for a role mention opening with a title's broken plural of `plurals` (وزراء، الوزراء، للوزراء)."""
    word = _stem(tokens[m.sentence][m.tok_start].norm, m.get("prefix"))
    return (word[2:] if word.startswith("ال") else word) in plurals


def _indefinite(key: str) -> str:
    """A title's words without their article (الأمين العام → أمين عام): the same title, definite or in construct."""
    return " ".join(w[2:] if w.startswith("ال") else w for w in key.split())


def _stem(norm: str, prefix: str) -> str:
    """The word without the clitic prefix a mention read it with (للرئيس → الرئيس)."""
    if not prefix:
        return norm  # (most: read with no clitic, the word itself, the first of its clitic variants)
    return next((st for st, p in clitic_variants(norm) if p == prefix), norm)


def _apposed(toks: list[Token], k: int, closed: frozenset[str]) -> bool:
    """True for a comma at token k before a word that may be a name (no article, no function word): the title's
    holder set beside it («نائب وزير الخارجية، ميخائيل بوغدانوف»)."""
    return k + 1 < len(toks) and toks[k].text in ",،" and toks[k + 1].kind == "ar" and not (
        toks[k + 1].norm.startswith("ال")) and toks[k + 1].norm not in closed


def _definite_role(m: Mention, toks: list[Token]) -> bool:
    """True for a role phrase made definite by its article or by its last word's (الشرطة، للشرطة، قوات الأمن), with no
    possessive pronoun (جنوده: another's, see `phrases._possessors`)."""
    first = toks[m.tok_start].norm[len(m.get("prefix")):]
    last = toks[m.tok_end - 1].norm
    definite = first.startswith("ال") or m.get("prefix")[-1:] == "ل" and first.startswith("ل") or (
        m.tok_end - m.tok_start > 1 and last.startswith("ال"))
    return definite and not (m.tok_end - m.tok_start == 1 and last_letter(toks[m.tok_start].text) == "ه")


def _by_bare_head(mentions: list[Mention], tokens: list[list[Token]], text: str, prepositions: frozenset[str],
                  forms: _Forms | None = None, regimes: frozenset[str] = frozenset(),
                  sides: frozenset[str] = frozenset(), bodies: frozenset[str] = frozenset(),
                  counted: frozenset[str] = frozenset()) -> list[Mention]:
    """The mentions, with the organisation the article named in full before read again in its first word alone, with
    the article, that the lexicons leave unread («التحالف الدولي» … «وأضاف البيان أن التحالف شن 13 غارة»، «حركة حماس»
    … «وأكدت الحركة»، «تنظيم داعش» … «التنظيم»), or in a role phrase of an armed faction that this word opens
    («جماعة بوكو حرام» … «الجماعة الإرهابية»): a group or an international body of two words or more with a code.
    Not where the article names two bodies with that first word (التحالف الدولي and التحالف العربي; مجلس التعاون
    and مجلس الوزراء), nor where a definite word follows the bare word (الحركة الاحتجاجية: another thing). A bare
    word is read so only for an armed body (`_armed`: a coalition, an international militant group) and not after a
    preposition (مع الجماعة، في التحالف): a new party made of a common word kept the talk of 6 of 12 events read
    otherwise on the dev slice. A word of `regimes` (function_words.tsv bare_name: «النظام»، «المخلوع») is read so
    too where the article named a regime or a person in full with it first before («النظام السوري» … «ادعاء النظام
    التنسيق مع التحالف»: Syria's; «المخلوع صالح» … «وهاجم المخلوع»: Saleh), not right after a party's words nor
    after a word of `sides` (function_words.tsv side_of: «أنصار النظام»، «معارضو النظام»: those who side, no regime).
    A body word of `bodies` (function_words.tsv body_word: «المجلس»، «اللجنة») is read so too, of any such body
    («ودان المجلس الوطني الفلسطيني …» … «وطالب المجلس الاتحادات البرلمانية»: the PNC, round 110). After «من» the
    bare word is read where a count of men comes before it (`counted`, `_counted_from`: «قبضت القوات الأمنية على 76
    عنصرا من التنظيم»)."""
    heads: dict[str, Mention] = {}
    seen: dict[str, tuple[str, int, int]] = {}  # head word → the first name it opens, and where
    ambiguous: set[str] = set()
    for m in mentions:
        if m.kind not in ("actor", "agent") or m.tok_end - m.tok_start < 2 or m.kind == "agent" and m.label in _FACTIONS:
            continue  # (a faction's role phrase, الجماعة الإرهابية, is what is read, no other body)
        norm, prefix = tokens[m.sentence][m.tok_start].norm, m.get("prefix") or ""
        first = next((st for st, p in clitic_variants(norm) if p == prefix), norm)
        first = first[2:] if first.startswith("ال") else first
        name = m.get("name") or normalize(m.text)
        if first in seen and seen[first][0] != name:
            ambiguous.add(first)
        seen.setdefault(first, (name, m.sentence, m.tok_start))
        if m.kind == "actor" and m.get("code") and isinstance(m.entry, ActorEntry) and (m.entry.kind in (
                "group", "igo") or first in regimes and (m.entry.kind == "institution" and m.get("sector") == "GOV" or m.entry.kind == "person")):
            heads.setdefault(first, m)
    heads = {w: m for w, m in heads.items() if w not in ambiguous and len(w) > 2}
    if not heads:
        return mentions
    cov = _coverage(mentions)
    out: list[Mention] = []
    for m in mentions:
        if m.kind == "agent" and m.label in _FACTIONS and m.get("prefix") in ("", "و", "ف"):
            group = _bare_head(tokens[m.sentence][m.tok_start], heads)
            if group is not None and (group.get("sector") in _FACTIONS or not group.get("sector")) and (
                    (group.sentence, group.tok_start) < (m.sentence, m.tok_start)):
                info = tuple((k, v) if k != "prefix" else (k, m.get("prefix")) for k, v in group.info)
                m = replace(m, kind="actor", label=group.label, info=info, entry=group.entry)
        out.append(m)
    found: list[Mention] = []
    armed = {w: m for w, m in heads.items() if _armed(m) or w in regimes or "ال" + w in bodies and
             m.entry.kind == "group" and m.get("code") != "NGO"}  # only an armed body (or a regime, or a group's
    # council or committee named by its body word; an IGO's or NGO's is _by_igo_head's) is read in its bare word
    parties_end = {(m.sentence, m.tok_end) for m in mentions if m.kind in ("actor", "agent")} if regimes else ()
    # (only the words that end with such a body's first word are visited)
    for index, k in (forms or _forms(tokens)).ending_with(armed) if armed else ():
        toks = tokens[index]
        tok = toks[k]
        if tok.kind != "ar" or k in cov(index):
            continue
        group = _bare_head(tok, armed)
        if group is None or (group.sentence, group.tok_start) >= (index, k) or (
                k + 1 < len(toks) and toks[k + 1].norm.startswith("ال") and not _plural_object(toks[k + 1], tok, bodies)):
            continue
        if _attached(tok.norm) or k and toks[k - 1].norm in prepositions and not _counted_from(toks, k, counted):
            continue  # (مع الجماعة، في التحالف: a circumstance; the bare word is read as a subject or an object; but
            # «76 عنصرا من التنظيم»: the body whose men are counted)
        if group.entry.kind not in ("group", "igo") and ((index, k) in parties_end or k and strip_wa(
                toks[k - 1].norm) in sides):
            continue  # (a regime's word right after a party, «واتهم المعارضون النظام», would be read as its genitive;
            # and the genitive of a side's word, «أنصار النظام»، «معارضو النظام», names those who side, not it)
        prefix = next((p for st, p in clitic_variants(tok.norm) if st.startswith("ال") and st[2:] in armed), "")
        start = _span_start(tok, prefix)
        info = tuple((a, b) if a != "prefix" else (a, prefix) for a, b in group.info)
        found.append(replace(group, start=start, end=tok.end, text=text[start:tok.end], tok_start=k, tok_end=k + 1,
                             sentence=index, info=info))
    if not found:
        return out
    return sorted(out + found, key=_BY_PLACE)


def _counted_from(toks: list[Token], k: int, counted: frozenset[str]) -> bool:
    """True where the bare word at token k follows «من» after a word that counts men (`counted`: function_words
    counted_men, with the number words and people_plural: عنصرا، عناصر، عددا، العشرات، خمسة) or a number: «76 عنصرا من التنظيم»،
    «وعشرات من التنظيم», the body whose men are counted, no circumstance (not a comparative: «أكثر من التنظيم»)."""
    return k >= 2 and toks[k - 1].norm == "من" and (toks[k - 2].kind == "num" or strip_wa(toks[k - 2].norm) in counted)


def _plural_object(nxt: Token, tok: Token, bodies: frozenset[str]) -> bool:
    """True where a body word of `bodies` (المجلس، اللجنة) is followed by a definite sound plural of no nisba
    («وطالب المجلس الاتحادات والملتقيات البرلمانية»): no adjective of the singular word, another phrase (its
    object)."""
    return any(st in bodies for st, _ in clitic_variants(tok.norm)) and nxt.norm.endswith(("ات", "ين", "ون")) and \
        not nxt.norm.endswith(("يين", "يون", "يات"))


class _Coalitions:
    """The bare words of a coalition (function_words.tsv bare_coalition: «التحالف»، «الائتلاف») and the two coalitions
    a 2015 story may mean by them, read off the actor lexicon's two-word names that open with such a word: the Arab
    one in Yemen («التحالف العربي», INT/MIL) and the US-led one against ISIS («التحالف الدولي», IGO/MIL)."""

    __slots__ = ("words", "ends", "alliance", "arab", "international")

    def __init__(self, words: frozenset[str], alliance: frozenset[str], lexicon) -> None:
        self.words, self.alliance = words, alliance
        self.ends = frozenset(w[2:] for w in words)  # (للتحالف drops the article's alif: the word less ال ends all)
        found: dict[str, ActorEntry] = {}
        for word in sorted(words):
            for child in lexicon.entities.root.get(word[2:], {}).values():
                for entry in child.get(_END, ()) if isinstance(child, dict) else ():
                    if isinstance(entry, ActorEntry) and entry.sector == "MIL":
                        found.setdefault(_coalition_side(entry) or "", entry)
        self.arab, self.international = found.get("arab"), found.get("international")


def _coalition_side(entry) -> str | None:
    """"arab" for an actor entry of the Arab coalition in Yemen (its name, its command), "international" for the
    US-led one (and its command), "aircraft" for a coalition's aircraft or forces of no side named, else None."""
    if not isinstance(entry, ActorEntry) or entry.sector != "MIL":
        return None
    if entry.name.startswith("Arab coalition"):
        return "arab"
    if entry.name.startswith("International coalition"):
        return "international"
    return "aircraft" if entry.code == "INT" and entry.name.startswith("Coalition") else None


def _by_bare_coalition(mentions: list[Mention], tokens: list[list[Token]], text: str, coalitions: _Coalitions,
                       date: str | None, forms: _Forms) -> list[Mention]:
    """The mentions with a bare «التحالف»/«الائتلاف» (and with its clitics: والتحالف، للتحالف، بالتحالف) that no
    mention covers read as the coalition the article's evidence tells: the Arab one when the article names it (or its
    command) and not the international one, or names Yemen (اليمن، الحوثيين) and neither, a coalition's aircraft or
    forces at most («واستهدفت غارات التحالف» of a Yemen story); the international one when the article names it and
    not the Arab one. A story naming neither coalition nor Yemen leaves it unread (a political alliance, an electoral
    list), as does a nisba adjective after it (التحالف الوطني: another body) or «مع»/«بين» (التحالف مع صالح: an alliance)."""
    ends = coalitions.ends
    if coalitions.arab is None or not any(end + " " in forms.joined for end in ends):
        return mentions  # (cheap: the article has no such word)
    sides = {_coalition_side(m.entry) for m in mentions if m.kind == "actor"}
    yemen = any(m.kind == "actor" and m.label == "YEM" for m in mentions)
    if "arab" in sides and "international" in sides:
        return mentions  # (both named: which one a bare word means is not told)
    if "arab" in sides or yemen and "international" not in sides:
        entry = coalitions.arab
    elif "international" in sides:
        entry = coalitions.international
    else:
        return mentions
    if entry is None or not entry.valid_on(date):
        return mentions
    cov = _coverage(mentions)
    found: list[Mention] = []
    for index, k in forms.ending_with(ends):
        toks = tokens[index]
        tok = toks[k]
        if tok.kind != "ar" or k in cov(index):
            continue
        prefix = next((p for st, p in clitic_variants(tok.norm) if st in coalitions.words), None)
        if prefix is None or k + 1 < len(toks) and _other_coalition(toks[k + 1].norm, coalitions.alliance):
            continue
        start = _span_start(tok, prefix)
        info = (("code", entry.code), ("sector", entry.sector), ("name", entry.name), ("type", entry.kind),
                ("prefix", prefix))
        found.append(make_mention(start, tok.end, text[start:tok.end], "actor", entry.code, k, k + 1, index, info,
                                  entry))
    if not found:
        return mentions
    return sorted(mentions + found, key=_BY_PLACE)


def _other_coalition(after: str, alliance: frozenset[str]) -> bool:
    """True for the word after a bare «التحالف» that makes it another body or an alliance: a definite nisba adjective
    (التحالف الوطني، التحالف الشيعي; the relative الذي is too short for one), or a word of function_words.tsv
    alliance_after (التحالف مع صالح، التحالف بين)."""
    return after in alliance or len(after) >= 6 and after.startswith("ال") and after.endswith(("ي", "يه"))


def _bare_subjects(mentions: list[Mention], tokens: list[list[Token]], text: str) -> list[Mention]:
    """The mentions, with a coded body of two words or more that the article named in full before read again in its
    first word alone with the article, where that word, unread by the lexicons, stands right after a trigger verb, as
    its subject («يناشد مركز الملك سلمان للإغاثة …» … «وأهاب المركز بالأطباء»، «كما يناشد المركز الأمم المتحدة»). Not
    where the article names two bodies or roles with that first word, nor where a definite word no mention reads,
    or a nationality, follows it (المركز الوطني، «ووقع الصندوق السعودي»: another body). (`_by_bare_head` reads such a word anywhere, for armed bodies only.)"""
    heads: dict[str, Mention] = {}
    names: dict[str, str] = {}
    ambiguous: set[str] = set()
    for m in mentions:
        if m.kind not in ("actor", "agent") or m.tok_end - m.tok_start < 2:
            continue
        first = tokens[m.sentence][m.tok_start].norm[len(m.get("prefix") or ""):]
        first = first[2:] if first.startswith("ال") else first
        name = m.get("name") or normalize(m.text)
        if names.setdefault(first, name) != name:
            ambiguous.add(first)
        if m.kind == "actor" and m.get("code") and isinstance(m.entry, ActorEntry):
            heads.setdefault(first, m)
    heads = {w: m for w, m in heads.items() if w not in ambiguous and len(w) > 2}
    if not heads:
        return mentions
    cov = _coverage(mentions)
    nisbas = {(m.sentence, m.tok_start) for m in mentions if m.kind == "actor" and m.get("type") == "demonym"}
    found: list[Mention] = []
    for m in mentions:
        if m.kind != "trigger" or m.get("pos") != "verb":
            continue
        toks, k = tokens[m.sentence], m.tok_end
        if k >= len(toks) or toks[k].kind != "ar" or not toks[k].norm.startswith("ال") or k in cov(m.sentence):
            continue
        body = heads.get(toks[k].norm[2:])
        if body is None or (body.sentence, body.tok_start) >= (m.sentence, k) or (
                k + 1 < len(toks) and toks[k + 1].norm.startswith("ال") and (
                    k + 1 not in cov(m.sentence) or (m.sentence, k + 1) in nisbas)):
            continue
        info = tuple((a, b) if a != "prefix" else (a, "") for a, b in body.info)
        found.append(replace(body, start=toks[k].start, end=toks[k].end, text=text[toks[k].start:toks[k].end],
                             tok_start=k, tok_end=k + 1, sentence=m.sentence, info=info))
    return sorted(mentions + found, key=_BY_PLACE) if found else mentions


def _armed(m: Mention) -> bool:
    """True for a mention of an armed body: a military one (التحالف الدولي), an international militant group
    (تنظيم داعش، IMG) or a rebel one (جماعة الحوثي … «كما نسفت الجماعة عشرات المنازل»)."""
    return m.get("sector") in ("MIL", "REB") or m.get("code") == "IMG"


def _attached(norm: str) -> bool:
    """True for a word with ب/ل/ك attached before its article (بالتحالف، للتنظيم، والتنظيم is not)."""
    w = norm[1:] if norm[:1] in "وف" else norm
    return w.startswith(("بال", "لل", "كال"))


def _bare_head(tok: Token, heads: dict[str, Mention]) -> Mention | None:
    """The organisation of `heads` whose first word the word is, with the article (and its clitics: والتحالف، للحركة)."""
    for stem, _ in clitic_variants(tok.norm):
        if stem.startswith("ال") and stem[2:] in heads:
            return heads[stem[2:]]
    return None


def _by_short_name(mentions: list[Mention], tokens: list[list[Token]], text: str) -> list[Mention]:
    """The mentions with a group's name of three words or more that the article names in full read again in its
    first two words alone elsewhere («حزب العمال الكردستاني» … «دعا البارزاني حزب العمال للانسحاب»: the PKK, not
    a party and workers); the mentions inside those two words give way. Not where the third word follows, nor where
    another word of the article's own follows that is an actor (حزب العمال البريطاني is a full name itself)."""
    heads: dict[tuple[str, str], Mention] = {}
    for m in mentions:
        if m.kind == "actor" and m.tok_end - m.tok_start >= 3 and isinstance(m.entry, ActorEntry) \
                and m.entry.kind == "group" and m.get("code"):
            toks = tokens[m.sentence]
            first = toks[m.tok_start].norm[len(m.get("prefix") or ""):]
            if first.startswith("ال") or toks[m.tok_start + 1].norm.startswith("ال"):
                heads.setdefault((first, toks[m.tok_start + 1].norm), m)
    if not heads:
        return mentions
    starts = {(m.sentence, m.tok_start) for m in mentions if m.kind == "actor"}
    found: list[Mention] = []
    for m in mentions:
        if m.kind != "agent" or m.tok_end - m.tok_start != 1:
            continue
        toks, k, prefix = tokens[m.sentence], m.tok_start, m.get("prefix") or ""
        head = heads.get((toks[k].norm[len(prefix):], toks[k + 1].norm if k + 1 < len(toks) else ""))
        if head is None or (head.sentence, head.tok_start) == (m.sentence, k) or (m.sentence, k + 2) in starts or (
                k + 2 < len(toks) and toks[k + 2].norm == tokens[head.sentence][head.tok_start + 2].norm):
            continue
        found.append(replace(head, start=m.start, end=toks[k + 1].end, text=text[m.start:toks[k + 1].end], tok_start=k, tok_end=k + 2,
                             sentence=m.sentence, info=tuple((a, b) if a != "prefix" else (a, prefix) for a, b in head.info)))
    if not found:
        return mentions
    taken = {(f.sentence, j) for f in found for j in range(f.tok_start, f.tok_end)}
    out = [m for m in mentions if not (m.kind in ("actor", "agent") and (m.sentence, m.tok_start) in taken)]
    return sorted(out + found, key=_BY_PLACE)


def _without_body_names(mentions: list[Mention], tokens: list[list[Token]], heads: frozenset[str]) -> list[Mention]:
    """The mentions less a definite event noun right after an indefinite body noun (`heads`, function_words.tsv
    body_head: هيئة، محكمة; a quote mark between them or not, و/ب/ل on it or not): the body's name, no act of its
    own («هيئة العفو المشروط الأميركية»، «محكمة الادعاءات الأميركية الإيرانية»; round 99)."""
    out = []
    for m in mentions:
        if m.kind == "trigger" and m.get("pos") == "noun" and not m.get("prefix") and m.tok_start > 0:
            toks, k = tokens[m.sentence], m.tok_start
            j = k - 2 if toks[k - 1].text in _OPENING_QUOTES and k > 1 else k - 1
            word = toks[j].norm
            if toks[k].norm.startswith("ال") and (word in heads or word[:1] in "وبل" and word[1:] in heads):
                continue
        out.append(m)
    return out


def _football_unions(lexicon: Lexicon) -> dict[str, ActorEntry]:
    """The football bodies whose name is an IGO's and «لكرة القدم» (actors.tsv: الاتحاد الأوروبي لكرة القدم, UEFA),
    by the IGO's normal form (الاتحاد الاوروبي)."""
    rows = _rows("actors.tsv")
    igos = {normalize(r["phrase"]) for r in rows if r["kind"] == "igo"}
    out = {}
    for r in rows:
        head = r["phrase"].removesuffix(_FOOTBALL)
        if head != r["phrase"] and normalize(head) in igos:
            n, payloads = lexicon.entities.longest([[word_key(normalize(w))] for w in r["phrase"].split()], 0)
            out.update((normalize(head), e) for e in payloads if n == len(r["phrase"].split())
                       and isinstance(e, ActorEntry) and e.phrase == r["phrase"])
    return out


def _sport_unions(mentions: list[Mention], sentences: int, unions: dict[str, ActorEntry]) -> list[Mention]:
    """The mentions with an IGO's bare name that is a football body's head (`unions`: الاتحاد الأوروبي) read as that
    body in a story of sport (a sport word in `_SPORT_SENTENCES` sentences and `_SPORT_SHARE` of the `sentences`):
    «رئيس الاتحاد الأوروبي الفرنسي ميشال بلاتيني»، «كما غرم الاتحاد الأوروبي نظيره الكرواتي» are UEFA (round 99)."""
    if not unions:
        return mentions
    sport = {m.sentence for m in mentions if m.kind == "cue" and m.label in ("sport", "sport_weak")}
    if len(sport) < _SPORT_SENTENCES or len(sport) < _SPORT_SHARE * sentences:
        return mentions
    return [_reread(m, unions[normalize(m.entry.phrase)]) if m.kind == "actor" and m.get("type") == "igo"
            and isinstance(m.entry, ActorEntry) and normalize(m.entry.phrase) in unions else m for m in mentions]


def _by_igo_head(mentions: list[Mention], tokens: list[list[Token]], body_words: frozenset[str] = frozenset()
                 ) -> list[Mention]:
    """The mentions with a one-word role noun that is the first word of the two-word name of an IGO the article
    names in full (its noun and a nisba, alone or ending a longer name) read as that IGO («الجامعة العربية» … «الأمين العام للجامعة»، «اجتماعين عقدا بالجامعة»: the Arab
    League, no university). Not where the article names two IGOs with that first word, nor another body that word
    opens as often as the IGO (`_without_frequent_rivals`: «محكمة استئناف طرابلس» beside «المحكمة الجنائية
    الدولية»: a bare «المحكمة» of the Libyan verdict is the Tripoli court; 2015-07-31 #521, #594), nor where another
    word of the article's own follows it that is an actor."""
    heads: dict[str, Mention | None] = {}
    for m in mentions:
        if m.kind == "actor" and m.tok_end - m.tok_start >= 2 and isinstance(m.entry, ActorEntry) \
                and (m.entry.kind == "igo" or m.entry.kind == "group" and m.get("code") == "NGO") and m.get("code"):
            toks = tokens[m.sentence]
            first = toks[m.tok_end - 2].norm  # (the short name's first word, ending the phrase: «الأمين العام
            # للجامعة العربية»; its second is a nisba, العربية، الأوروبي)
            if toks[m.tok_end - 1].norm.endswith(("ي", "يه")) or m.entry.kind == "group":
                for word in {_definite_head(first) if m.entry.kind == "igo" else None, _name_head(m, toks)} - {None}:
                    held = heads.get(word, m)
                    heads[word] = m if held is m or held is not None and held.entry.name == m.entry.name else None
    heads = {w: m for w, m in heads.items() if m is not None}
    if heads:  # (not a word that opens another body's name named as often: «محكمة استئناف طرابلس» beside the ICC)
        heads = _without_frequent_rivals(mentions, tokens, heads)
    if not heads:
        return mentions
    first = _first_named(mentions, tokens, heads)  # a head word → where the IGO and where another body is first named
    starts = {(m.sentence, m.tok_start) for m in mentions if m.kind == "actor"
              and not (m.get("prefix") or "").startswith("و")}  # (a party joined by «و» is no word of its name)
    # (nor a role phrase after it, its object: «وانتقد البرلمان الحكومة النيجيرية»; a nisba is: البرلمان السوداني)
    out = []
    for m in mentions:
        if m.kind == "agent" and m.tok_end - m.tok_start == 1:
            toks, k, prefix = tokens[m.sentence], m.tok_start, m.get("prefix") or ""
            word = toks[k].norm[len(prefix):]
            if prefix[-1:] == "ل" and word[:1] == "ل":
                word = "ا" + word  # (للجامعة: لـ on the article drops its alif)
            igo = heads.get(word)
            if igo is not None and _rival_first(first.get(word), (m.sentence, k)):
                igo = None  # («أصدرت محكمة ليبية … إن المحكمة حكمت» before the story names the ICC: the Libyan court)
            if igo is not None and (m.sentence, k + 1) not in starts and not _nisba_next(toks, k + 1):
                info = tuple((a, b) if a != "prefix" else (a, prefix) for a, b in igo.info)
                m = replace(m, kind="actor", label=igo.label, info=info, entry=igo.entry)
        out.append(m)
    named = {w: igo for w, igo in heads.items() if w in body_words and w == _name_head(igo, tokens[igo.sentence])}
    if named:
        named = _without_rival_bodies(out, tokens, named)
    return _bare_igo_words(out, tokens, named) if named else out


def _without_frequent_rivals(mentions: list[Mention], tokens: list[list[Token]], heads: dict[str, Mention]
                             ) -> dict[str, Mention]:
    """The head words of `heads` less those that open the name of another body of the article named at least as often
    as the IGO's own name (2015-07-31 #521: «محكمة استئناف طرابلس» five times, the ICC once: a bare «المحكمة» of the
    Libyan verdict is the Tripoli court; a story on the ICC that names a national court twice keeps its «المحكمة»)."""
    own: Counter = Counter()
    rival: Counter = Counter()
    for _, word, same in _head_mentions(mentions, tokens, heads):
        (own if same else rival)[word] += 1
    return {w: igo for w, igo in heads.items() if rival[w] < max(own[w], 1)}


def _first_named(mentions: list[Mention], tokens: list[list[Token]], heads: dict[str, Mention]
                 ) -> dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]]:
    """A head word of `heads` → (sentence, token) where the article first names its IGO in full and where it first
    names another body that word opens (None where it names none)."""
    first: dict[str, list] = {}
    for m, word, same in _head_mentions(mentions, tokens, heads):
        slot = first.setdefault(word, [None, None])
        if slot[not same] is None:
            slot[not same] = (m.sentence, m.tok_start)
    return {w: (a, b) for w, (a, b) in first.items()}


def _head_mentions(mentions: list[Mention], tokens: list[list[Token]], heads: dict[str, Mention]):
    """(mention, head word, same) for each party mention of two words or more whose first word (past its clitic, with
    the article) is a head word of `heads`; same where the mention names that word's own body."""
    for m in mentions:
        if m.kind in ("actor", "agent") and m.tok_end - m.tok_start >= 2:
            word = tokens[m.sentence][m.tok_start].norm[len(m.get("prefix") or ""):]
            word = word if word.startswith("ال") else "ال" + word
            if word in heads:
                yield m, word, isinstance(m.entry, ActorEntry) and m.entry.name == heads[word].entry.name


def _rival_first(first: tuple | None, at: tuple[int, int]) -> bool:
    """True where another body with the head word was named before `at` and the IGO not yet."""
    return first is not None and first[1] is not None and first[1] < at and (first[0] is None or first[0] > at)


def _without_rival_bodies(mentions: list[Mention], tokens: list[list[Token]], heads: dict[str, Mention]
                          ) -> dict[str, Mention]:
    """The bare body words of `heads` less those that open the name of another party of the article (round 88:
    «مجلس الوزراء» of a Saudi cabinet story that names «مجلس التعاون»: its bare «المجلس» is either)."""
    rivals = {word for _, word, same in _head_mentions(mentions, tokens, heads) if not same}
    nationality = {(m.sentence, m.tok_start) for m in mentions if m.kind == "actor" and m.get("type") == "demonym"}
    return {w: igo for w, igo in heads.items()
            if w not in rivals and not _other_body_named(mentions, tokens, w, igo, nationality)}


def _other_body_named(mentions: list[Mention], tokens: list[list[Token]], word: str, igo: Mention,
                      nationality: set[tuple[int, int]]) -> bool:
    """True where the article names another body with the bare word `word` outside `igo`'s own mentions: the word
    with a nationality (a demonym mention, by `nationality`) right after it or its indefinite form before a definite
    word (round 89: «الصندوق السعودي للتنمية»، «صندوق التنمية» beside «صندوق النقد الدولي»: a bare «الصندوق» is
    either). The clitics are read by `clitic_variants`: «للصندوق» is the definite word, not «صندوق» in construct."""
    own = {(m.sentence, j) for m in mentions if isinstance(m.entry, ActorEntry) and m.entry.name == igo.entry.name
           for j in range(m.tok_start, m.tok_end)}
    bare = word[2:]
    for s, toks in enumerate(tokens):
        for k, t in enumerate(toks[:-1]):
            if bare not in t.norm or (s, k) in own:
                continue
            stems = {st for st, _ in clitic_variants(t.norm)}
            if word not in stems and bare not in stems:
                continue
            if (s, k + 1) in nationality or bare in stems and word not in stems and (
                    toks[k + 1].norm.startswith("ال") and (s, k + 1) not in own):
                return True
    return False


def _bare_igo_words(mentions: list[Mention], tokens: list[list[Token]], heads: dict[str, Mention]) -> list[Mention]:
    """The mentions with a bare body word that no lexicon row reads (المنظمة، المجلس، اللجنة), after the IGO or NGO
    whose long name it opens (`heads`, by `_name_head`, of function_words.tsv body_word), read as that body (round 88: «وقالت منظمة الصحة العالمية …» … «وحذرت المنظمة من تفشي
    المرض»: the WHO). Not before the full name, nor with an adjective or nisba after it (المجلس الأعلى، المنظمة
    العربية): a word after it must open a mention of its own («وانتقدت المنظمة الحكومة النيجيرية»)."""
    forms = clitic_forms(heads)  # (with its clitics: وبالمنظمة، للمنظمة)
    covered = {(m.sentence, j) for m in mentions if m.kind in ("actor", "agent") for j in range(m.tok_start, m.tok_end)}
    starts = {(m.sentence, m.tok_start) for m in mentions if m.kind in ("actor", "agent")}
    named = {(m.sentence, m.tok_start) for m in mentions if m.kind in ("actor", "agent") and m.get("type") not in (
        "demonym", "country")}  # (a party's own name may end as a nisba: الحوثيين; a nationality describes the word)
    found = []
    for s, toks in enumerate(tokens):
        for k, t in enumerate(toks):
            if t.norm not in forms or (s, k) in covered:
                continue
            hit = next((st, p) for st, p in clitic_variants(t.norm) if st in heads)
            if s < heads[hit[0]].sentence:
                continue
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if nxt is not None and nxt.kind == "ar" and nxt.norm.startswith("ال") and (s, k + 1) not in starts:
                continue
            if _nisba_next(toks, k + 1) and (s, k + 1) not in named:
                continue
            igo = heads[hit[0]]
            info = tuple((a, b) if a != "prefix" else (a, hit[1]) for a, b in igo.info)
            found.append(make_mention(t.start + len(hit[1]), t.end, t.text[len(hit[1]):], "actor", igo.label, k, k + 1,
                                      s, info, igo.entry))
    return sorted(mentions + found, key=_BY_PLACE) if found else mentions


def _nisba_next(toks: list[Token], k: int) -> bool:
    """True where token k is a definite nisba adjective (الجنائية، السوداني، الاتحادية): it describes the word before
    it, another body than the one a bare word recalls."""
    return k < len(toks) and toks[k].norm.startswith("ال") and toks[k].norm.endswith(("ي", "يه", "يين", "يون"))


def _definite_head(word: str) -> str | None:
    """The definite form of an IGO name's first word (للجامعة، بالجامعة → الجامعه), or None where it has no article."""
    if word[:2] in ("لل", "بال"):
        word = "ا" + word[1:] if word[1] == "ل" else word[1:]
    return word if word.startswith("ال") else None


def _name_head(m: Mention, toks: list[Token]) -> str | None:
    """The definite first word of an IGO's name of three words or more, as the article writes it (round 87:
    «المحكمة الجنائية الدولية» → المحكمه, so that a later bare «المحكمة» is the ICC, not the story state's court;
    «منظمة الصحة العالمية» → المنظمه), or None."""
    n = len(m.entry.phrase.split())
    k = m.tok_end - n
    if n < 3 or k < m.tok_start:
        return None
    word = toks[k].norm
    if not word.startswith(("ال", "لل", "بال")) and not (k == m.tok_start and m.get("prefix")):
        word = "ال" + word  # (منظمة الصحة العالمية: the bare word is «المنظمة»)
    return _definite_head(word)


def _nisba_surnames(mentions: list[Mention], tokens: list[list[Token]], given: dict[str, tuple[str, ...]],
                    text: str) -> list[Mention]:
    """The mentions without a nationality that is the family name of a person the article names with a given name
    before it («الدكتور عبدالله التركي» … «واستنكر التركي»: al-Turki, no Turk): a one-word nationality in ي with the
    article that follows no definite noun it could describe (الرئيس التركي stays Turkish; a plural, الفلسطينيين,
    is no family name). A one-word nationality with the article that ends a kunya is read as the person so named, of
    no state («أبو خليل السوداني»: a nom de guerre, no Sudanese state party); the person takes the code and sector of
    a title set off by a comma after the name (`_apposed_title`), none without one."""
    cands: dict[int, str] = {}  # the family names it may be
    kunyas: list[Mention] = []  # the kunyas' ends
    for m in mentions:
        k = m.tok_start
        if m.kind == "actor" and m.get("type") == "demonym" and m.tok_end - k == 1 and not m.get("prefix"):
            toks = tokens[m.sentence]
            norm = toks[k].norm
            if not norm.startswith("ال"):
                continue
            if last_letter(toks[k].text) == "ي" and not (k and _definite_noun(toks[k - 1].norm)):
                cands[id(m)] = norm
            if k >= 2 and strip_wa(toks[k - 2].norm) in _KUNYA and toks[k - 1].kind == "ar" \
                    and not toks[k - 1].norm.startswith("ال"):
                kunyas.append(m)
    if cands:
        words = set(cands.values())
        named = {toks[k].norm for toks in tokens for k in range(1, len(toks))
                 if toks[k].norm in words and (_given_token(toks[k - 1], given) and not (
                     k > 1 and toks[k - 2].norm in _KUNYA)  # (أبو خليل السوداني: the kunya's person, below)
                     or k > 2 and toks[k - 2].norm in _NASAB and toks[k - 1].kind == "ar"
                     and not toks[k - 1].norm.startswith("ال"))}  # (سعد بن رحيل السويدي: after a nasab, al-Suwaidi)
        if named:
            mentions = [m for m in mentions if cands.get(id(m)) not in named]
            kunyas = [m for m in kunyas if cands.get(id(m)) not in named]
    if not kunyas:
        return mentions
    persons = {}
    for m in kunyas:
        k, toks = m.tok_start, tokens[m.sentence]
        code, sector = _apposed_title(toks, k, [x for x in mentions if x.sentence == m.sentence])
        start, stop = toks[k - 2].start, m.end
        info = (("code", code), ("sector", sector), ("type", "titled_name"), ("prefix", ""))
        persons[id(m)] = Mention(start, stop, text[start:stop], "actor", code, k - 2, k + 1, m.sentence, info)
    return [persons.get(id(m), m) for m in mentions]


def _bond_keys(clitics: list[tuple[str, str]], bonds: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """The (key, prefix) readings of a bond noun of `bonds` (function_words.tsv bond_noun) with a possessive pronoun,
    as the agents.tsv noun it is (`_bond_noun`: مؤيديه ← مؤيدين). () for other words."""
    return tuple((word_key(_bond_noun(core)), prefix) for stem, prefix in clitics
                 if (core := pronoun_core(stem)) in bonds)


def _bond_noun(core: str) -> str:
    """The agents.tsv noun a bond noun (function_words.tsv bond_noun) is, as written before a possessive pronoun:
    a sound plural's ن back where the construct dropped it (مويدي ← مويدين)."""
    return core + "ن" if core.endswith("ي") else core


def _bare_bonds(mentions: list[Mention], tokens: list[list[Token]], bonds: frozenset[str]) -> list[Mention]:
    """The mentions less a bond noun (function_words.tsv bond_noun: أنصار، أتباع) with no possessive pronoun: it is
    the supporters of the phrase after it («من أنصار الرئيس المخلوع»), that phrase the party; only with a pronoun
    («حث التنظيم أنصاره») is it a party of its own (`phrases._bond_owners`)."""
    if not bonds:
        return mentions
    keys = {word_key(_bond_noun(b)) for b in bonds}
    out = [m for m in mentions if not (
        m.kind == "agent" and m.tok_end - m.tok_start == 1 and not m.get("sector") and
        word_key(normalize(getattr(m.entry, "phrase", "") or "")) in keys and
        (last_letter(tokens[m.sentence][m.tok_start].text) == "ة" or
         not pronoun_core(tokens[m.sentence][m.tok_start].norm)))]  # (مؤيدة: an adjective, no pronoun)
    return mentions if len(out) == len(mentions) else out


def _participle_adjectives(mentions: list[Mention], tokens: list[list[Token]],
                           closed: frozenset[str]) -> list[Mention]:
    """The mentions less a one-word civilian participle with the article (agents.tsv CVL in م: المقيم، المخالف) that
    agrees with the definite word right before it, its adjective: «المنسق المقيم للأمم المتحدة»، «السفير الأمريكي
    المقيم»، «القرار المخالف للدستور»; a plural after a plural in its case (المعارضين المخالفين). Its noun stays a party where
    it is one; after a word it does not agree with it is the object: «ضبطت الشرطة المخالفين»."""
    out = [m for m in mentions if not (m.kind == "agent" and _participle_adjective(m, tokens[m.sentence], closed))]
    return mentions if len(out) == len(mentions) else out  # (only an agent may be one: no call for the others)


def _participle_adjective(m: Mention, toks: list[Token], closed: frozenset[str]) -> bool:
    """True for mention m read as `_participle_adjectives` drops it."""
    phrase = getattr(m.entry, "phrase", "") or ""
    if m.kind != "agent" or m.tok_end - m.tok_start != 1 or not m.tok_start or m.get("sector") != "CVL" or \
            not phrase.startswith("م") or " " in phrase or len(phrase) < 4 or phrase.endswith(("ي", "ة")):
        return False
    word, before = toks[m.tok_start], toks[m.tok_start - 1]
    if not word.norm.startswith("ال") or before.kind != "ar" or not before.norm.startswith("ال") or \
            before.norm in closed or before.norm in _RELATIVE or last_letter(word.text) == "ة":
        return False
    if word.norm.endswith(("ين", "ون")):  # (in one case: «حث المشاركون المواطنين» is a subject and its object)
        return before.norm.endswith(word.norm[-2:])
    return not word.norm.endswith("ات") and last_letter(before.text) != "ة" and not before.norm.endswith(
        ("ات", "ين", "ون"))


_STATELESS = ("IGO", "IMG", "NGO", "MNC")  # the codes of no state: a person's body, kept over a nationality


def _nationals(mentions: list[Mention], tokens: list[list[Token]], nationality: frozenset[str]) -> list[Mention]:
    """The mentions with a nationality before «الجنسية» that no name took (`_by_nationality`) read as a person of
    that country: «سعودي الجنسية» is a Saudi national, a civilian (CVL), not the state."""
    out = mentions
    for i, m in enumerate(mentions):
        if m.kind == "actor" and m.get("type") == "demonym" and m.get("code") and not m.get("sector") and \
                m.tok_end < len(tokens[m.sentence]) and tokens[m.sentence][m.tok_end].norm in nationality:
            if out is mentions:
                out = list(mentions)
            out[i] = replace(m, info=(("sector", "CVL"),) + m.info)
    return out


def _by_nationality(mentions: list[Mention], tokens: list[list[Token]], nationality: frozenset[str]) -> list[Mention]:
    """The mentions with each person's name given the nationality set off after one mention of it («الفضلي، الكويتي
    الجنسية،»: a Kuwaiti), that mention and every other of the same family name, save a name coded with a body of no
    state (al-Qaeda's man stays IMG); the nationality itself is then no party of its own."""
    hits = []  # the nationalities set off before «الجنسية»
    for m in mentions:
        k, toks = m.tok_start, tokens[m.sentence]
        if m.kind == "actor" and m.get("type") == "demonym" and m.tok_end - k == 1 and k >= 2 and m.get("code") \
                and toks[k - 1].text in ",،" and m.tok_end < len(toks) and toks[m.tok_end].norm in nationality:
            hits.append(m)
    if not hits:
        return mentions
    codes: dict[str, str] = {}
    told: set[int] = set()
    last: dict[tuple[int, int], Mention] = {}
    for m in mentions:
        if m.kind == "actor" and m.get("type") in _NAMED + (UNKNOWN_NAME,):
            last[(m.sentence, m.tok_end)] = m
    for m in hits:
        person = last.get((m.sentence, m.tok_start - 1))
        if person is not None:
            codes.setdefault(tokens[person.sentence][person.tok_end - 1].norm, m.get("code"))
            told.add(id(m))
    if not codes:
        return mentions
    out = []
    for m in mentions:
        if id(m) in told:
            continue
        if (m.sentence, m.tok_end) in last and last[(m.sentence, m.tok_end)] is m and m.get("code") not in _STATELESS:
            code = codes.get(strip_wa(tokens[m.sentence][m.tok_end - 1].norm)) or codes.get(
                tokens[m.sentence][m.tok_end - 1].norm)
            if code:
                was = m.get("code")  # (a sector read with another country's code was that title's: dropped)
                info = tuple((key, code if key == "code" else "" if key == "sector" and was and was != code else v)
                             for key, v in m.info)
                m = replace(m, label=code, info=info)
        out.append(m)
    return out


def _given_word(norm: str, given: dict[str, tuple[str, ...]]) -> bool:
    """True for a given name of `given` or one in عبد (عبدالله), with a leading و taken off."""
    name = norm[1:] if norm.startswith("و") and norm[1:] in given else norm
    return name in given or name.startswith("عبد") and len(name) > 4


def _maqsura(tok: Token) -> bool:
    """True for a word the text spells with a final ى (ی): «على» normalises like the given name علي, but as written
    it is the preposition (القبض على الفضلي)."""
    return tok.text.endswith(("ى", "ی"))


def _given_token(tok: Token, given: dict[str, tuple[str, ...]]) -> bool:
    """True for a token that is a given name (see `_given_word`) as the text spells it: not «على»."""
    return _given_word(tok.norm, given) and not _maqsura(tok)


def _name_after(toks: list[Token], k: int, given: dict[str, tuple[str, ...]], kinship: frozenset[str]) -> bool:
    """True where a person's name begins at token k: a given name (أحمد، عبدالله; not the preposition «على») or a
    word before بن/ابن."""
    if k >= len(toks) or toks[k].kind != "ar":
        return False
    word = toks[k].norm
    return (word in given and not _maqsura(toks[k])) or word.startswith("عبد") and len(word) > 4 or (
        k + 1 < len(toks) and toks[k + 1].norm in kinship and not word.startswith("ال"))


def _surname_subjects(mentions: list[Mention], tokens: list[list[Token]], closed: frozenset[str]) -> list[Mention]:
    """The mentions, with one added for a word the lexicons left unread right after a verb that is the last word of
    a person the article named in full before («الرئيس حسن روحاني» … «وأشاد روحاني بالاتفاق»): that person, the
    verb's subject, when the word ends the phrase (a preposition, a word with ب/ل, a definite word or a mark follows;
    not another name: «محمد روحاني» is someone else). `closed` are the function words, never a name."""
    surnames: dict[str, Mention] = {}
    cov = _coverage(mentions)
    out = []
    for m in mentions:
        out.append(m)
        if m.kind == "actor" and m.get("code") and m.tok_end - m.tok_start >= 2 and _ends_in_a_name(m, tokens):
            last = tokens[m.sentence][m.tok_end - 1].norm
            if len(last) > 3 and last not in closed:
                surnames.setdefault(last, m)
        elif m.kind == "trigger" and m.get("pos") == "verb" and surnames:
            toks = tokens[m.sentence]
            # (دافع ظريف عن: before the verb's tail; وأكد الدكتور الدخيل على: after a title the lexicons leave)
            spans = [(k, k + (k + 1 < len(toks) and toks[k].norm in _definite_titles()))
                     for k in (m.tok_end, int(m.get("tail_end") or m.tok_end))]
            k, j = next(((k, j) for k, j in spans if j < len(toks) and toks[j].norm in surnames), (0, len(toks)))
            person = surnames.get(toks[j].norm) if j < len(toks) else None
            if person is None or cov(m.sentence) & {k, j} or not _ends_name(toks, j + 1, closed):
                continue
            info = tuple((key, v) if key != "prefix" else (key, "") for key, v in person.info)
            out.append(Mention(toks[k].start, toks[j].end, " ".join(t.text for t in toks[k:j + 1]), "actor",
                               person.label, k, j + 1, m.sentence, info, person.entry))  # (after its verb)
    return out


def _ends_in_a_name(m: Mention, tokens: list[list[Token]]) -> bool:
    """True for a person's name (حسن روحاني), or an office entry ending in its holder's two-word name (الرئيس
    الإيراني حسن روحاني)."""
    if m.get("type") == "person":
        return isinstance(m.entry, ActorEntry) and m.entry.kind == "person"
    toks = tokens[m.sentence]
    return m.get("type") == "institution" and m.tok_end - m.tok_start >= 3 and not any(
        toks[k].norm.startswith("ال") or toks[k].kind != "ar" for k in (m.tok_end - 2, m.tok_end - 1))


def _ends_name(toks: list[Token], k: int, closed: frozenset[str]) -> bool:
    """True where a name ends before token k: a mark or the end, a function word, a word with ب/ل or the article."""
    if k >= len(toks) or toks[k].kind != "ar":
        return True
    w = toks[k].norm
    return w in closed or w.startswith(("ال", "بال", "لل", "ب", "ل"))


def _reread(m: Mention, a: ActorEntry) -> Mention:
    """The mention `m` read as the actor entry `a`."""
    kind = "demonym" if m.get("type") == "demonym" and a.kind == "country" else a.kind
    info = (("code", a.code), ("sector", a.sector), ("name", a.name), ("type", kind), ("prefix", m.get("prefix")))
    return replace(m, label=a.code, info=info, entry=a)


def _uncoded(m: Mention) -> Mention:
    """The mention `m` of a body read as its role, with its sector but no country (the article names none of its
    countries): an agent, as the role phrase is without the lexicon's country readings."""
    info = (("sector", m.get("sector")), ("name", m.get("name")), ("prefix", m.get("prefix")))
    return replace(m, kind="agent", label=m.get("sector") or "", info=info,
                   entry=AgentEntry(m.entry.phrase, m.get("sector") or "", m.get("name") or ""))


def _speaker_form(form: str, norm: str) -> bool:
    """True for a defective verb's first or second person perfect (دعوت: "I/you called") written with an object
    pronoun after it (دعوته): in news a noun in ة with a possessive (دعوته "his call") is far likelier."""
    at = norm.rfind(form)
    return form.endswith("وت") and at >= 0 and norm[at + len(form):] in _OBJECT_PRONOUNS


def _pronoun_not_ta(tok: Token, stem: str) -> bool:
    """True for a word with no article written with a final ه, not ة, where the ة would stand: a pronoun (أسره "his
    captivity", أسَرَه "captured him"), never the role noun in ة it normalises like (أسرة: a family). (In ته the ة is
    kept as ت before the pronoun: أسرته، حكومته، طائراته are the role nouns.)"""
    return last_letter(tok.text) == "ه" and not stem.startswith("ال") and not stem.endswith("ته")


_OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "كم", "ني")  # written endings of a verb's object pronoun


def _pronoun_before_tail(entry: TriggerEntry, norm: str, obj: bool, after: list[str]) -> bool:
    """True for a verb with an object pronoun right before its own tail word (حمّله المسؤولية، يحملونها مسؤولية):
    the pronoun is the object the tail's sense needs (the one blamed), so the word right after, which the unless
    column reads as the reflexive sense (تحمل المسؤولية: bear it oneself), does not rule the trigger out."""
    return entry.pos == "verb" and obj and bool(entry.tail) and entry.tail[0] in after and \
        norm.endswith(_OBJECT_PRONOUNS) and not strip_wa(norm).startswith("ت")  # (تحمّله المسؤولية: his bearing it)


def _tail_end(keys: list[list[str]], i: int, tail: tuple[str, ...], first_gap: int = 3,
              toks: list[Token] | None = None, feminine: frozenset[str] = frozenset(),
              participles: frozenset[str] = frozenset()) -> int | None:
    """Token index after the tail words following token i, or None if absent.

    The first tail word may come within `first_gap` words (a verb's subject can stand between:
    توصلت الولايات المتحدة وروسيا إلى اتفاق), each next one within 3. A first tail word in `feminine` (a verb's
    object written only with ة/ات in the rows) right after the verb is met only by a word of `toks` keeping the
    ending (قدم مساعدات; «قدم مساعد الزويهري» is the verb's subject, a man): farther on, a bare form is an
    adjective of the noun between (اقتحم بجرار مفخخ for the row's مفخخة). A word of `participles` right after a
    comma opens a clause of its own and is no tail («رفضه للتدخل الإيراني، مطالبا طهران»).
    """
    j = i + 1
    for n, word in enumerate(tail):
        for k in range(j, min(j + (first_gap if n == 0 else 3), len(keys))):
            if word not in keys[k]:
                continue  # (most words: asked once, before the rarer conditions below)
            if participles and toks is not None and toks[k].norm in participles and toks[k - 1].text in ("،", ","):
                continue
            if n or k > i + 1 or word not in feminine or toks is None or _feminine_written(toks[k].norm):
                j = k + 1
                break
        else:
            return None
    return j


def _far_tail_end(keys: list[list[str]], i: int, tail: tuple[str, ...], toks: list[Token], stops: frozenset[str],
                  reach: int = 13) -> int | None:
    """Token index after a verb's tail whose first word (function_words.tsv far_tail: المسؤولية) stands up to `reach`
    words past token i with no punctuation between nor a word that opens another clause (`stops`: أن، قد، الذي…)
    («حملت الحكومة الاردنية حكومة الإحتلال الاسرائيلية كونها القوة القائمة بالاحتلال مسؤولية»: the one blamed, told at
    length, stands between); None otherwise."""
    for k in range(i + 1, min(i + 1 + reach, len(keys))):
        if toks[k].kind == "punct" or toks[k].norm in stops or toks[k].norm[:1] in "وف" and toks[k].norm[1:] in stops:
            return None
        if tail[0] in keys[k]:
            # (the word written as the tail is: «مسؤولي الحكومة», officials, shares its key with مسؤولية)
            return _tail_end(keys, k - 1, tail, 1, toks) if _feminine_written(toks[k].norm) else None
    return None


def _words_before(toks: list[Token], i: int) -> tuple[int, ...]:
    """Indices of the words a trigger's not_after column is read against: the word right before token i (past an
    opening quote or parenthesis) and, where token i opens a later quoted item of a list («تهم «التجسس»،
    و«التعاون مع حكومات معادية»»), the word before the list's first item (the list's head, تهم)."""
    p = i - 2 if i > 1 and toks[i - 1].text in _OPENERS else i - 1
    if p < 0 or toks[i - 1].text not in _OPEN_QUOTES or not _list_separator(toks[p]):
        return (p,) if p >= 0 else ()
    return (p,) + _list_head(toks, p)


def _definite_before_noun(toks: list[Token], k: int, i: int, entry: TriggerEntry) -> bool:
    """True where the word at k right before a bare verbal-noun trigger at token i whose row asks for a tail has the
    article: the two make no construct, so the word governs no sense of the noun that the not_after column names
    («أعلن الجيش تحرير مدينة تدمر» is the army announcing a liberation, not «جيش تحرير»). The caller asks it only of
    a party's last word: a definite noun of another kind may be the subject whose predicate the column keeps out
    («الهدف تحرير مدينة الموصل»: an aim; «استهدف القصف تعزيزات»: a target)."""
    if entry.pos != "noun" or not entry.tail or k != i - 1 or toks[k].kind != "ar" or strip_wa(toks[i].norm) != \
            toks[i].norm or toks[i].norm.startswith("ال"):
        return False  # (only a bare noun whose row asks for a tail, its object: «تحرير مدينة»; not «بالخطأ لإطلاق
        # نار», «الأسواق بقلق», «القضايا تهم المواطنين», a verb or an adverb the column keeps out)
    word = strip_wa(toks[k].norm)
    return word.startswith("ال") and len(word) > 4 and word not in _RELATIVE_PRONOUNS  # (not الى، الا، التي)


def _head_before(toks: list[Token], i: int) -> tuple[int, ...]:
    """The index of the word before the head noun of a nisba-adjective trigger (ـي، ـية، ـيا) that agrees with that
    head in the article: the not_after column is read there too («أرقام الاتصال الهاتفي»: phone numbers, no call)."""
    if i < 2 or toks[i - 1].kind != "ar" or toks[i - 2].kind != "ar":
        return ()
    word, head = toks[i].norm, toks[i - 1].norm
    if not word.endswith(("ي", "يه", "يا")) or word.startswith("ال") != head.startswith("ال") or len(head) < 4:
        return ()
    return (i - 2,)


def _list_separator(tok: Token) -> bool:
    """True for what stands between two items of a list: «و» written apart or a comma."""
    return tok.norm == "و" or tok.text in _COMMAS


def _list_head(toks: list[Token], p: int, limit: int = 16) -> tuple[int, ...]:
    """The index of the word before the first quoted item of a list whose separator is token p
    («تهم «التجسس»، و«…»: تهم), walking back over separators and quoted items; () when no such list is seen."""
    k, stop = p, max(0, p - limit)
    while k > stop:
        while k > stop and _list_separator(toks[k]):
            k -= 1
        if toks[k].text not in _CLOSING_QUOTES:
            return ()
        k -= 1  # into the quoted item: back to its opening quote
        while k > stop and toks[k].text not in _OPEN_QUOTES:
            k -= 1
        if k <= stop or toks[k].text not in _OPEN_QUOTES:
            return ()
        k -= 1  # the word before the item: another separator (an earlier item) or the head
        if not _list_separator(toks[k]):
            return (k,)
    return ()


_COMMAS = frozenset("،,")  # the Arabic and the Latin comma


def _feminine_tails(rows: list[dict[str, str]]) -> frozenset[str]:
    """Word keys of the verb rows' first tail words (the object noun: قدم مساعدات) that are written only with ة or
    ات (مساعدات، مساعدة), never bare in any row's tail. (A later tail word is mostly an adjective, whose ending
    follows its noun: «عقوبات اقتصادية» but «حصار اقتصادي».)"""
    feminine: set[str] = set()
    bare: set[str] = set()
    for row in rows:
        lead = normalize(row.get("forms", "").split(";")[0].split("|")[0]).split()[1:]
        for alt in row.get("tail", "").split("|"):  # (a tail of alternatives: «عنصر|عناصر|متهم», one each)
            words = lead + normalize(alt.replace("_", " ")).split()
            if row.get("pos") == "verb" and words and words[0].endswith(("ه", "ات")):
                feminine.add(word_key(words[0]))
            bare.update(word_key(w) for w in words if not w.endswith(("ه", "ات")))
    return frozenset(feminine - bare)


def _unless_at(entry: TriggerEntry, keys: list[str], norm: str) -> bool:
    """True if the word of `keys` (its normalised form `norm`) is one of the entry's unless words: a key the row
    writes only with ة or ات (المساعدات) is met only by a word that keeps that ending («تستقبل المساعدات», not
    «استقبل مساعد سمو رئيس الهيئة»: an assistant, the host; round 105)."""
    hit = entry.unless.intersection(keys)
    return bool(hit) and (not hit <= entry.unless_feminine or _feminine_written(norm))


def _feminine_written(norm: str) -> bool:
    """True for a word that keeps a feminine or plural ending, a possessive after it or not (مساعدة، مساعدات،
    بمساعداتها، مساعدته), or the accusative alif of an indefinite word (متفجرا)."""
    if norm.endswith(("ه", "ات", "ا")):
        return True  # (an accusative -ًا object or adjective, «ألقى برميلا متفجرا», is no bare name: مساعد الزويهري)
    return _keeps_feminine(norm)


_POSSESSIVES = ("هما", "هم", "هن", "ها", "كم", "نا", "ه")  # a noun's possessive endings, longest first


def _gender_agrees(entry: TriggerEntry, word: str, ends_in_ta: bool) -> bool:
    """A noun listed with ة matches only forms that keep a feminine or plural ending (مساعدة, مساعدات,
    مساعدته — not مساعد "assistant"); one listed without ة never matches a word in ة (طلب, not طلبة
    "students"; موافقة, not الموافق "corresponding to")."""
    if ends_in_ta:
        return bool(entry.feminine)
    return _keeps_feminine(word) if entry.feminine else True


def _keeps_feminine(word: str) -> bool:
    """True for a word whose feminine or plural ending shows, a possessive after it taken off (مساعدة، مساعدته،
    مساعدتا), not a bare masculine form (مساعد)."""
    for suffix in _POSSESSIVES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word.endswith(("ه", "ت", "تا", "تين", "تان"))


_OPEN_QUOTES = frozenset('"«“\'')  # a quote opening a name right after the word before it
_TOWN_TAKEN = "192"  # the CAMEO code of the seizure rows that take a named town as their tail (_taken_town_end)
_PLACE_RELATIVES = frozenset({"الذي", "التي", "اللذين", "اللتين", "اللذان", "اللتان"})  # (normalised: التي)
_STOPS = frozenset(".؟?!؛;:")  # the marks that end a clause for an object looked for (a comma does not)
_POSSESSED = ("ها", "هم", "هما")  # (normalised) the pronouns of a noun owned (رحلاتها): an object already named
_OBJECT_SUFFIX_RE = re.compile(r"(?:ه|ها|هم|هما)$")  # a verb's object pronoun (أوقفته)
_TWO = frozenset({"اثنين", "اثنان", "اثنتين", "اثنتان"})  # (normalised) «two», an adjective after a dual noun that
# counts nothing after it: «مسلحين اثنين قتلا شرطيا» — the dual verb, not the accusative noun «قتلا»
_RELATIVE_PRONOUNS = _PLACE_RELATIVES | {"الذين", "اللاتي", "اللواتي", "اللائي"}  # (normalised)
_FEMININE_RELATIVES = frozenset({"التي", "اللتين", "اللتان"})  # (a town, a city, is feminine)
_COUNT_TAILS = frozenset({"عدد", "عددا"})  # (a seizure row's count tail, «استرجع عددا من المناطق»: no place word)
_ON = "علي"  # (normalised) «على», the preposition of a seizure in على
_DAY_NOUN = "يوم"  # «day» before a weekday (يوم الأحد), let pass with the day words between a seizure and its town
_MANAGED_PREPS = frozenset({"من", "في"})  # the prepositions of a `managed` verb before a control noun (تمكنت من السيطرة)
_OPENERS = _OPEN_QUOTES | {"("}  # … or a parenthesis: skipped by a trigger's unless / not_after look-up («تخصصات ( الدعوة»)


def _nearest(entries: list[ActorEntry], date: str | None) -> list[ActorEntry]:
    """The entries whose validity range lies nearest to `date` (all of them when it is unknown)."""
    if not date:
        return entries

    def gap(a: ActorEntry) -> int:
        if a.valid_to and date > a.valid_to:
            return _days(a.valid_to, date)
        if a.valid_from and date < a.valid_from:
            return _days(date, a.valid_from)
        return 0

    best = min(gap(a) for a in entries)
    return [a for a in entries if gap(a) == best]


def _days(earlier: str, later: str) -> int:
    """Days between two YYYY-MM-DD dates (a large number when either is malformed)."""
    from datetime import date as _date

    try:
        return (_date.fromisoformat(later[:10]) - _date.fromisoformat(earlier[:10])).days
    except ValueError:
        return 10**6
