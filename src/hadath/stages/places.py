"""Places: toponyms found in the story sentences with offsets, resolved against the offline gazetteer.

A name may belong to several places (طرابلس in Libya and in Lebanon, موسكو in Russia and in Idaho,
عمان the city and the sultanate). The reading chosen is the one whose country the article is about
(its actors' countries and its unambiguous places), then the most populous; countries and capitals
come first. Names that are also common words or persons' names (cue=needs in the gazetteer) are
places only after a place noun (مدينة، محافظة، منطقة…, with its clitics: بمدينة) or in the dateline. A small town
abroad named with nothing of place before it (ناطحة سحاب، لجأوا) is kept only when the article tells its country.
"""

from __future__ import annotations

import math
from dataclasses import replace
from functools import lru_cache
from collections import Counter
from itertools import compress, count

from ..article import Article
from ..lexicon.compile import FunctionWords
from ..lexicon.gazetteer import GazEntry, Gazetteer, PlaceWords, place_key
from ..lexicon.morph import clitic_forms, clitic_variants
from ..lexicon.outlets import outlet_home
from ..arabic.normalize import normalize
from ..arabic.tokens import after_letters
from ..records import Entity, Event, Place, Token
from .mentions import _EMBASSY, _NON_STATES, _STORY
from .phrases import strip_wa

_FEATURE_BONUS = {"PCLI": 2.0, "PPLC": 1.0, "ADM1": 0.5, "AREA": 0.5}
_OPEN_QUOTES, _CLOSE_QUOTES = "«\"“", "»\"”"
_DASHES = "-–—"
_REGIONS = frozenset({"AREA", "CONT", "SEA"})  # features of a region, a continent or a sea
# the function_words.tsv classes of the words that name no place right after a unit noun (محافظة على، قرية أخرى، حي
# المتضررين): particles, pronouns, numbers, time words, offices (with place_words.tsv unit_not_name: مديرية الدفاع)
_NO_NAME_CLASSES = (
    "preposition", "link", "number", "filler", "owner", "adverb", "complementizer", "pronoun_that", "day", "count",
    "control", "pronoun_object", "during", "other", "office", "honorific", "abroad", "ordinal",
    "subject_pronoun", "relative_prep", "in_it", "to_pronoun", "resumptive_bi", "among", "what", "whether",
    "exceptive", "without", "contrast", "especially", "not_only", "but_also", "time_head", "period", "time_noun",
    "tomorrow", "sequel", "mood_negation", "past_negation", "future_negation", "future_particle", "weak_negation",
    "when", "when_done", "concessive", "cause", "past_anchor", "genitive_head", "host_time", "during_it",
    "chain_head", "told_of", "call_to", "resumed_prep", "surprise_bi", "against", "not_that", "any_case",
    "comma_resume", "afflicted")


class PlaceTagger:
    """Finds toponyms and resolves each to one gazetteer entry (the `places` layer)."""

    name = "places"
    requires = ("sentences", "tokens", "mentions")
    adds = ("places",)

    def __init__(self, gazetteer: Gazetteer | None = None, words: PlaceWords | None = None,
                 fw: FunctionWords | None = None):
        self.gaz = gazetteer or Gazetteer.load()
        self.words = words or PlaceWords.load()
        fw = fw or FunctionWords.load()
        self._units = self.words.unit_noun  # محافظة، مديرية، بلدة، قرية: the next name is a place, listed or not
        self._quarters = self.words.quarter_noun  # حي: its definite name is a quarter, never the town of that name
        # معسكر، قاعدة: a common word or a person's name after it is the camp's (معسكر بدر)
        self._camps = self.words.camp_noun
        # their written forms, with the clitics `_stems` takes off (بمحافظة، وبحي), for a set lookup per word
        self._unit_forms = frozenset(pre + w for w in self._units | self._quarters
                                     for pre in ("", "و", "ف", "ب", "ك", "ل", "وب", "وك", "ول", "فب", "فك", "فل"))
        # the words that name no place after a unit noun: the closed classes of function words, and the offices and
        # kinds (not every class: a given name, a kin noun or a rank may begin a place's name: قرية ابن نومة، حي الفريق)
        self._no_name = frozenset().union(*(getattr(fw, c) for c in _NO_NAME_CLASSES)) | self.words.unit_not_name
        self._no_name_head = self.words.name_head  # بني، رجال: a name's first word with a second (محافظة بني حسن)
        self._adjective_places = fw.adjective_place  # مالي: "financial" right after an indefinite noun (عرض مالي)
        self._told_places = fw.told_place  # قم، الخبر: a town after في at a phrase's end when the article tells its country
        self._readings: dict[str, tuple[tuple[str, str], ...]] = {}
        self._placey = clitic_forms(self.gaz.trie.root)  # the written words that can begin a name
        self.alone: dict[str, tuple[tuple[int, list, str] | None, frozenset[str]]] = {}  # see word_alone
        self._idioms_by_name: tuple[frozenset | None, dict[str, tuple[str, ...]]] = (None, {})  # see _idiom
        self._depth = _depth(self.gaz.trie.root)  # the most words of a name
        w = self.words  # the words before a name that read it as a place (في، إلى، قرب، مدينة…)
        self._cues = w.locative | w.place_noun | w.state_word | w.destination | w.direction | w.part | w.away
        # the singular admin noun of each unit's English word (Region: منطقة), to look a listed unit up by name
        self._singular: dict[str, str] = {}  # the first row's noun wins: Region is منطقة, not إقليم
        for w, v in self.words.admin_noun.items():
            if w not in self.words.admin_list:
                self._singular.setdefault(v[0], w)

    def readings(self, norm: str) -> tuple[tuple[str, str], ...]:
        """(stem, clitic prefix) readings of a word whose stem begins a gazetteer name (cached)."""
        hit = self._readings.get(norm)
        if hit is None:
            if len(self._readings) > 200_000:
                self._readings.clear()
            root = self.gaz.trie.root
            hit = self._readings[norm] = tuple((st, pre) for st, pre in clitic_variants(norm) if st in root)
        return hit

    def word_alone(self, norm: str) -> tuple[tuple[int, list, str] | None, frozenset[str]]:
        """A word's match as a one-word name when the next word goes on none of the names it begins:
        (1, payloads, clitic prefix) or None; and the words that do go on one (cached in `alone`)."""
        if len(self.alone) > 200_000:
            self.alone.clear()
        root = self.gaz.trie.root
        one, seconds = None, set()
        for stem, prefix in self.readings(norm):
            if one is None:
                n, payloads = self.gaz.trie.longest([[]], 0, [stem])
                if n:
                    one = (n, payloads, prefix)
            seconds.update(w for w, child in root[stem].items() if isinstance(child, dict))
        hit = self.alone[norm] = (one, frozenset(seconds))
        return hit

    def _longest_at(self, toks: list[Token], i: int) -> tuple[int, list, str]:
        """The longest name at token i over its clitic readings: (words, payloads, prefix), (0, [], '') if none."""
        window = [[t.norm] if t.kind == "ar" else [] for t in toks[i:i + self._depth]]
        best = (0, [], "")
        for stem, prefix in self.readings(toks[i].norm):
            n, payloads = self.gaz.trie.longest(window, 0, [stem])
            if n > best[0]:
                best = (n, payloads, prefix)
        return best

    def __call__(self, article: Article) -> Article:
        found: list[tuple[int, int, int, int, list[GazEntry], bool]] = []  # sentence, tok i, n, prefix len, cands, cue
        weak: dict[tuple[int, int], bool | str] = {}  # the names with little to place them: True after a place noun
        # ("abroad" for a listed town, no common word, after it: see _matches)
        by_list: dict[tuple[int, int], set[str]] = {}  # the names that are places only as the next of a list
        told_only: set[tuple[int, int]] = set()  # common words that are towns only where the article tells the country
        matches = self._matches
        for sent, toks, norms in zip(article.sentences, article.tokens, article.norms()):
            if sent.in_story and toks:
                matches(sent.index, toks, norms, sent.index == 0, found, weak, by_list, told_only)
        support: dict[str, set] | None = None  # per country, what else in the article tells it (see _support)
        context: Counter | None = None  # counted when a name of several places first needs it
        nisbas: dict[tuple[int, int], str] | None = None  # country adjectives by (sentence, token), when needed
        told: dict[tuple, GazEntry] = {}  # a name of several places whose country the article has told
        named: dict[int, set[str]] | None = None  # per sentence, the countries its names of one country are in
        out: list[Place] = []
        admin_nouns, text, tokens = self.words.admin_noun, article.text, article.tokens
        listing: tuple[int, int, str] | None = None  # sentence, token past the list's last name, its admin noun
        for sidx, i, n, plen, cands, kind_word in found:
            toks = tokens[sidx]
            if len(cands) == 1:
                best = cands[0]
            else:
                key = tuple(c.geonameid or c.name for c in cands)
                if nisbas is None:
                    nisbas = _nisbas(article)
                best = _told_country(cands, nisbas, sidx, toks, i + n, self.gaz.iso2) or told.get(key)
                if best is None:
                    if context is None:
                        context = self._context(article, found)
                    if named is None:
                        named = _sentence_countries(found)
                    here = [c for c in cands if c.country in named.get(sidx, ())] if not any(
                        c.feature in ("PPLC", "PCLI") for c in cands) else ()
                    # «في مدينة أريحا … في شمال غرب سوريا»: the reading in a country its sentence names (a capital's
                    # or a country's name keeps its reading: «قالت موسكو إنها أبلغت واشنطن»)
                    best = self._choose(here if here and len(here) < len(cands) else cands, context, toks, i,
                                        kind_word)
                else:
                    told[key] = best  # طرابلس اللبنانية: the article's later طرابلس is the same town
            if best is None:
                continue
            if (sidx, i) in told_only:
                if support is None:
                    support = _support(article, found, self.gaz.iso2)
                if not support.get(best.country, set()) - {tuple(t.norm for t in toks[i:i + n])}:
                    continue  # «في الخبر.» in a story that tells no Saudi actor nor another Saudi place: the news
                if _far_from_sentence(found, sidx, i, best):
                    # «نشر معلومات مغلوطة بأن المعركة ستكون في عمران» in a sentence of Aden's quarters: a spot of
                    # that name near them (رأس عمران), no governorate 300 km north
                    out.append(_bare_place(text, toks, i, n, plen, sidx, best.country))
                    continue
            if (sidx, i) in weak and best.feature == "PPL" and best.population < _SMALL_TOWN and best.country != "SA":
                if support is None:
                    support = _support(article, found, self.gaz.iso2)
                # (after a place noun, only when the article tells other countries: «سيطرت القوات على مدينة حرض»)
                if not support.get(best.country, set()) - {tuple(t.norm for t in toks[i:i + n])} and (
                        not weak[(sidx, i)] or any(country != best.country for country in support)):
                    if weak[(sidx, i)] == "abroad" and (here := _other_country(found, sidx, i)) and here != best.country:
                        # «في منطقة العامرية غربي بغداد»: the namesake in the one country the sentence's places are in
                        out.append(_bare_place(text, toks, i, n, plen, sidx, here))
                    continue  # ناطحة سحاب، لجأوا، أشعر بخدر: a small town abroad the article tells nothing else of
            if best.feature in ("PPL", "PPLC") and i + n < len(toks) and _masculine_nisba(toks[i + n].norm) and not (
                    i and toks[i - 1].kind == "ar" and strip_wa(toks[i - 1].norm) in self.words.place_noun):
                if nisbas is None:
                    nisbas = _nisbas(article)
                if (sidx, i + n) in nisbas:
                    continue  # برشلونة الإسباني، سان خوسيه البوليفي: a town is feminine, a club masculine
            s, e = after_letters(toks[i], plen) if plen else toks[i].start, toks[i + n - 1].end
            admin = _admin_noun(toks[i - 1].norm, admin_nouns) if i > 0 and not plen else ""
            if best.feature == "PCLI" and not plen and self._in_unit(toks, i):
                continue  # بولاية "جورجيا" الأميركية: a state or a province of a country's name, no country
            if not admin and (listing is None or listing[0] != sidx):
                listing = self._list_opening(sidx, toks, i, plen)  # مناطق الشرقية والرياض: one unknown between
            listed = not admin and listing is not None and listing[0] == sidx \
                and _continues_list(toks, listing[1], i, plen)
            if listed:
                admin = listing[2]  # مناطق عسير، والباحة، وجازان: each name of the list is a region
                best = self._unit_named(admin, toks, i, n, plen) or best  # والجوف: منطقة الجوف, not a Libyan Jawf
            if (sidx, i) in by_list and best.country not in by_list[(sidx, i)]:
                continue  # أمير منطقة عسير وصاحب السمو، وحائل والجوف: no Iranian Şāḩeb, no Libyan Jawf in a Saudi list
            listing = (sidx, i + n, admin) if admin and (listed or admin in self.words.admin_list) else None
            if admin in self.words.admin_saudi and best.country != "SA":
                admin = ""  # في منطقة معان، بمنطقة رفح: the area of the town, no unit outside Saudi Arabia
            if admin and best.feature in ("PPL", "PPLC"):
                # محافظة الطائف: the governorate, not the city; no GeoNames id in the packaged lists
                # (in Saudi Arabia منطقة is the first level and محافظة the second)
                word, level, saudi_level = admin_nouns[admin]
                if best.country == "SA":
                    level = saudi_level
                if not listed and admin not in self.words.admin_list:  # منطقتي مكة المكرمة: the name alone
                    s = after_letters(toks[i - 1], 1 if toks[i - 1].norm[:1] in "وفبل" and toks[i - 1].norm != admin
                                      else 0)
                out.append(Place(text[s:e], s, e, sidx, None, f"{best.name} {word}", best.country,
                                 best.lat, best.lon, level, best.admin1))
                continue
            out.append(Place(text[s:e], s, e, sidx, best.geonameid, best.name, best.country,
                             best.lat, best.lon, best.feature, best.admin1))
        if self._units or self._quarters:
            out.extend(self._unlisted(article, found, out))
            out.sort(key=lambda p: p.start)
        article.places = out
        return article

    def _unlisted(self, article: Article, found: list, out: list[Place]) -> list[Place]:
        """The toponyms named right after a unit noun that the gazetteer lacks (بمحافظة العيص، في مديرية الشرية، بلدة
        سرمدا، بمحافظة "إب"): unresolved, in the country a nisba right after the name tells (بلدة حضر السورية), else the
        country of a place told right after it (قرية سوسيا في محافظة الخليل), else the one country the sentence's
        places are in, else the one its paragraph's are in, else the country of most of the article's places, else the
        article's main country (its actors' and places', no country adjective's), each when it is told at least twice
        as often as any other, else none (no guess: «قرية الكبسة بشدا غامد» is no Qatari village for «المؤسسة
        القطرية»; «قرية العياش» on the Syrian-Turkish border is no Turkish one); a listed name of that country is
        resolved."""
        units, text = self._units, article.text
        spans = [(p.start, p.end) for p in out]
        new: list[Place] = []
        ctx: Counter | None = None
        named: dict[int, set[str]] = {}
        told: Counter = Counter()  # the countries of the article's resolved places
        nisbas: dict[tuple[int, int], str] | None = None
        actors: set[tuple[int, int]] | None = None  # the (sentence, token)s of actor and agent mentions, places' aside
        for sent, toks, norms in zip(article.sentences, article.tokens, article.norms()):
            if not sent.in_story or self._unit_forms.isdisjoint(norms):
                continue
            for k in range(len(toks) - 1):
                noun = toks[k]
                if noun.norm not in self._unit_forms or noun.kind != "ar":
                    continue
                quarter = any(st in self._quarters for st in _stems(noun.norm))
                if not quarter and (not any(st in units for st in _stems(noun.norm)) or not noun.text.rstrip(
                        _MARKS).endswith("ة")) or k and self._institution(toks[k - 1]):
                    continue  # بلده: his country; بلدية محافظة القرى: a body's name, as with a listed name
                j = k + 2 if toks[k + 1].text in _OPEN_QUOTES else k + 1
                if j >= len(toks) or not self._name_after_unit(toks[j], j > k + 1) or quarter and not (
                        j > k + 1 or toks[j].norm.startswith("ال")):
                    continue  # (حي يرزق: alive)
                name = toks[j]
                if any(s < name.end and name.start < e for s, e in spans):  # (a place found at the name too)
                    continue
                if actors is None:
                    actors = {(m.sentence, i) for m in article.mentions if m.kind in ("actor", "agent")
                              and m.get("type") not in ("place", "country") for i in range(m.tok_start, m.tok_end)}
                if (sent.index, j) in actors and not quarter:
                    continue  # قرية أوباما البوتمكينية: a person's or a body's name (حي الملك فهد is a quarter's)
                if nisbas is None:
                    nisbas = _nisbas(article)
                    for p in out:  # per sentence, the countries of its resolved places
                        if p.country_code:
                            named.setdefault(p.sentence, set()).add(p.country_code)
                            told[p.country_code] += 1
                country = self._nisba_country(nisbas, sent.index, toks, j + 1) or _next_place_country(
                    out, sent.index, toks[j].end) or _sentence_country(named, sent.index) \
                    or _paragraph_country(article, sent.index, out) or _main_country(told)
                if not country:
                    if ctx is None:
                        ctx = self._context(article, found, demonyms=False)
                    country = _main_country(ctx)  # (none when two countries are told alike: no guess)
                if quarter:
                    e = toks[self._name_end(toks, j)].end
                    place = Place(text[name.start:e], name.start, e, sent.index, None, text[name.start:e], country,
                                  None, None, "PPLX")
                else:
                    place = self._unit_place(article, sent.index, toks, k, j, country)
                if not any(s < place.end and name.start < e for s, e in spans):  # (past the name's second word)
                    new.append(place)
                    spans.append((name.start, place.end))
        return new

    def _name_after_unit(self, name: Token, quoted: bool) -> bool:
        """True if a word right after a unit noun may be a place's name: an Arabic word, no function word nor a word
        of an office or a kind (مديرية الدفاع، محافظة على), no adverb (tanween), no indefinite feminine adjective
        (محافظة تركية، قرية صغيرة) unless quoted."""
        norm = name.norm
        if name.kind != "ar" or norm in self._no_name or "\u064b" in name.text or len(norm) < (2 if quoted else 3):
            return False
        if quoted or norm.startswith("ال"):
            return True
        # not an adjective in ة (قرية صغيرة), a word with a pronoun (مهرجانها), a verb (قرية يسيطر عليها) or a word with
        # a conjunction or a preposition on it (كل قرية وتجمع، قرية لمساعدتهم)
        return not norm.endswith(("ه", "ها", "هم", "هن")) and norm[:1] not in "وليت"

    def _name_end(self, toks: list[Token], j: int) -> int:
        """The last token of an unlisted name opened at token j: the next one too after a name's head word (محافظة بني
        حسن، محافظة شمال سيناء، بلدة بيت أمر، حي الملك فهد), else j."""
        head = toks[j].norm
        two = head in self.words.name_word or head in self.words.direction or head in self._no_name_head
        return j + 1 if two and j + 1 < len(toks) and toks[j + 1].kind == "ar" else j

    def _nisba_country(self, nisbas: dict[tuple[int, int], str], sidx: int, toks: list[Token], k: int) -> str:
        """The country (alpha-2) of a name the gazetteer lacks told by the nisba at token k (past a closing quote), else
        ''."""
        if k < len(toks) and toks[k].kind == "punct" and toks[k].text in _CLOSE_QUOTES:
            k += 1
        code = nisbas.get((sidx, k))
        return self.gaz.iso2.get(code, "") if code else ""

    def _unit_place(self, article: Article, sidx: int, toks: list[Token], k: int, j: int, country: str) -> Place:
        """The place of a unit noun (token k) and the name at token j: the admin unit (محافظة العيص, from the noun) or
        the town (بلدة سرمدا, the name alone), resolved when the gazetteer lists the name in that country."""
        text, name = article.text, toks[j]
        n, payloads, plen = self._longest_at(toks, j)
        cands = [e for e, _ in payloads if e.country == country] if n and not plen else []
        best = max(cands, key=lambda c: c.population) if cands else None
        e = toks[j + n - 1 if best is not None else self._name_end(toks, j)].end
        admin = _admin_noun(toks[k].norm, self.words.admin_noun)
        if admin:
            word, level, saudi_level = self.words.admin_noun[admin]
            s = after_letters(toks[k], 1 if toks[k].norm[:1] in "وفبل" and toks[k].norm != admin else 0)
            label = best.name if best is not None and best.feature.startswith("ADM") else \
                f"{best.name if best is not None else text[name.start:e]} {word}"
            return Place(text[s:e], s, e, sidx, None, label, country, best.lat if best else None,
                         best.lon if best else None, saudi_level if country == "SA" else level,
                         best.admin1 if best else "")
        if best is not None:
            return Place(text[name.start:e], name.start, e, sidx, best.geonameid, best.name, country, best.lat, best.lon,
                         best.feature, best.admin1)
        return Place(text[name.start:e], name.start, e, sidx, None, text[name.start:e], country, None, None, "PPL")

    def _unit_named(self, admin: str, toks: list[Token], i: int, n: int, plen: int) -> GazEntry | None:
        """The gazetteer's unit named by the singular of a list's admin noun and the name at tokens i..i+n
        (مناطق … والجوف → «منطقة الجوف»), or None."""
        noun = self._singular.get(self.words.admin_noun[admin][0])
        if noun is None:
            return None
        words = [[noun], [toks[i].norm[plen:]]] + [[t.norm] for t in toks[i + 1:i + n]]
        hits, payloads = self.gaz.trie.longest(words, 0)
        return next((e for e, _ in payloads if e.feature.startswith("ADM")), None) if hits == len(words) else None

    def _in_unit(self, toks: list[Token], i: int) -> bool:
        """True if a singular admin noun (ولاية، محافظة…; not a plural one: «مناطق سوريا») stands right before token i,
        past an opening quote («بولاية "جورجيا"»)."""
        j = i - 2 if i > 1 and toks[i - 1].text in _OPEN_QUOTES else i - 1
        if j < 0 or toks[j].kind != "ar":
            return False
        admin = _admin_noun(toks[j].norm, self.words.admin_noun)
        return bool(admin) and admin not in self.words.admin_list

    def _idiom(self, last: str, after: str) -> bool:
        """True if a name's last word and the word after it make an idiom of place_words.tsv (مسقط رأسه)."""
        idioms = self.words.idioms
        if not idioms:
            return False
        by_name = self._idioms_by_name
        if by_name[0] is not idioms:  # (made once for the lexicon's idioms: a name's next words, looked up by name)
            by_name = self._idioms_by_name = (idioms, _next_words(idioms))
        nexts = by_name[1].get(last)
        return nexts is not None and after.startswith(nexts)

    def _place_noun(self, norm: str, name: Token) -> bool:
        """True if a written word is a place noun, a state word or an admin noun, with its clitics (see `_stems`)
        taken off, before the name token: بمدينة النجف، في مديرية كريتر. Not لل (للمركز الجديد: the definite noun, with
        an adjective), nor a plural admin noun before an indefinite word in ة (مناطق جديدة: an adjective)."""
        words = self.words
        for w in _stems(norm):
            if w in words.place_noun or w in words.state_word:
                return True
            if w in words.admin_noun:
                return w not in words.admin_list or name.norm.startswith("ال") or not name.text.rstrip(
                    _MARKS).endswith("ة")
        return False

    def _institution(self, tok: Token) -> bool:
        """True if the word is an institution noun (with its clitics: بجوازات، وبلدية، بحي)."""
        inst = self.words.institution
        return tok.kind == "ar" and any(st in inst for st in _stems(tok.norm))

    def _list_opening(self, sidx: int, toks: list[Token], i: int, plen: int) -> tuple[int, int, str] | None:
        """The list a plural admin noun opens two or three words before the name at token i, with one word
        the gazetteer lacks between (مناطق الشرقية والرياض): (sentence, token past the noun, the noun), else None."""
        for a in (i - 2, i - 3):
            if a >= 0 and toks[a].kind == "ar":
                admin = _admin_noun(toks[a].norm, self.words.admin_noun)
                if admin in self.words.admin_list and _continues_list(toks, a + 1, i, plen):
                    return sidx, a + 1, admin
        return None

    def _matches(self, sidx: int, toks: list[Token], norms: list[str], dateline: bool, found: list,
                 weak: dict[tuple[int, int], bool | str], by_list: dict[tuple[int, int], set[str]],
                 told_only: set[tuple[int, int]]) -> None:
        """Add to `found` (sentence, token, length, prefix letters, candidates, the kind of word before it: "state"
        for سلطنة، دولة, "town" for مدينة، بلدة, else "") per toponym, and to `weak` the (sentence, token) of those
        with no word of place before them (no في، إلى، مدينة, no dateline, no list of places; a clitic بـ or لـ is as
        often a verb's or a noun's: لجأوا، أشعر بخدر) or
        that are common words placed by a place noun alone (العاصمة الخضراء: True), and to
        `by_list` those that are places only as the next of a list (وحائل والجوف), with the countries of the name
        before them, and to `told_only` the common words read as towns after a locative word alone (see `_told_town`),
        places only where the article tells their country."""
        placey = self._placey
        starts = list(compress(count(), map(placey.__contains__, norms)))  # (the words that may be a toponym, in C)
        if not starts:
            return
        alone = self.alone
        name_word, state_word = self.words.name_word, self.words.state_word
        town_word = self.words.town_word
        cues = self._cues
        last = len(toks) - 1
        i = 0
        for k in starts:
            tok = toks[k]
            if k < i or tok.kind != "ar":
                continue
            one, seconds = alone.get(tok.norm) or self.word_alone(tok.norm)
            if k < last and toks[k + 1].norm in seconds and toks[k + 1].kind == "ar":
                n, payloads, prefix = self._longest_at(toks, k)  # the next word may go on a name
                if not n:
                    continue
            elif one is None:
                continue
            else:
                n, payloads, prefix = one
            i = k + n
            if "\u064b" in toks[i - 1].text:  # روسيًّا، عربياً: tanween marks an adjective or adverb, not a name
                continue
            if i < len(toks) and self._idiom(toks[i - 1].norm, toks[i].norm):
                continue  # مسقط رأسه: his birthplace
            before = toks[k - 1] if k else None
            prev = strip_wa(before.norm) if before is not None and before.kind == "ar" else ""
            if not prefix and (prev in name_word or before is not None and self._institution(before)):
                continue  # بن حلب: a person; مستشفى جازان، بجوازات جازان: an organisation's or a facility's name
            if "ك" in prefix:  # كتركيا وسنغافورة: like a country; كريم سنجاري is no ك + ريم (Rome), كسبها no Sabha
                payloads = [(entry, needs_cue) for entry, needs_cue in payloads if entry.feature == "PCLI"]
            if n == 1 and not prefix and before is not None and _agreeing_adjective(before, toks[k].norm):
                continue  # السفارة السعودية، عائلة سورية: the nisba adjective, no toponym
            if n == 1 and not prefix and toks[k].norm in self._adjective_places and self._describes(before, prev):
                continue  # حصل على عرض مالي، دعم مالي: "financial", no Mali
            # a place noun's name is in construct with it, no conjunction between (منطقة فسوف: «then … will»)
            noun = not _conjoined(prefix) and self._place_noun(prev, toks[k])  # مدينة، بمدينة، بمديرية
            if noun and any(st in self._camps for st in _stems(prev)):
                # معسكر بدر: the camp's name, no Saudi Badr; but a country's nisba after it tells the camp's town
                # (معسكر ميلان الإيطالي: a camp in Milan)
                noun = not all(needs_cue for _, needs_cue in payloads) or i < len(toks) and _masculine_nisba(
                    toks[i].norm)
            dated = dateline and before is not None and before.text in _DASHES and k < 8 and _ends_phrase(toks, i)
            cued = noun or dated
            listed = prefix == "و" and _after_place(found, sidx, k)  # مناطق تبوك والجوف وحائل
            told = not (cued or listed) and self._told_town(toks, k, i, prefix, prev)
            cands = [entry for entry, needs_cue in payloads if not needs_cue or cued or listed or told]
            if told and cands and all(needs_cue for _, needs_cue in payloads):
                told_only.add((sidx, k))  # الحوزات الدينية في قم: Qom, where the story is about Iran
            if listed and not cued and cands and all(needs_cue for _, needs_cue in payloads):
                by_list[(sidx, k)] = _countries(found[-1][4])  # a place only as the list's: see __call__
            if cands and (not (cued or listed or prev in cues) or (
                    noun and not dated and all(needs_cue for _, needs_cue in payloads))):
                weak[(sidx, k)] = noun  # ناطحة سحاب؛ العاصمة الخضراء: a common word, a place only after its place noun
            elif cands and noun and not dated:
                # «بين منطقتي المهدية والماسورة برفح»: a small town abroad after a place noun, in a story that tells
                # other countries and nothing else of its own, is a namesake there (no Tunisian Mahdia)
                weak[(sidx, k)] = "abroad"
            if cands and n == 1 and not prefix and not (cued or listed or prev in cues) and not any(
                    c.feature in ("PCLI", "PPLC") for c in cands) and self._person_named(toks, k, prev):
                continue  # ويعتقد بيش أرجيال المختص: a person's name after a verb, no Saudi Baish
            if cands and _outlet(toks, k, i, cands):
                continue  # قال لـ«الشرق الأوسط»، لـ"الرياض"، وعلمت «الشرق الأوسط»: a newspaper, no place
            if cands:
                found.append((sidx, k, n, len(prefix), cands,
                              "state" if prev in state_word else "town" if prev in town_word else ""))

    def _told_town(self, toks: list[Token], k: int, i: int, prefix: str, prev: str) -> bool:
        """True for a town's name that is also a common word (function_words.tsv told_place: قم، الخبر، عمران) as one
        bare word right after a locative word (في، إلى) and ending the phrase (a mark or no word after it: «في قم»,
        «المعركة ستكون في عمران،»; not «في الخبر الذي», «في صور أخرى»): a place where the article tells its country."""
        return i == k + 1 and not prefix and toks[k].norm in self._told_places and prev in self.words.locative \
            and (i >= len(toks) or toks[i].kind != "ar")

    def _describes(self, before: Token | None, prev: str) -> bool:
        """True when the word before a country's name that is also an adjective (مالي) is an indefinite noun it
        may describe (عرض مالي، دعم مالي): an Arabic word with no article that is no function word and no word of
        place (في مالي، جمهورية مالي، شمال مالي keep the country)."""
        return before is not None and before.kind == "ar" and bool(prev) and not prev.startswith("ال") \
            and prev not in self._no_name and prev not in self._cues

    def _person_named(self, toks: list[Token], k: int, prev: str) -> bool:
        """True if the one word at token k, with no word of place before it, stands as a man's given name: right
        after a masculine present-tense verb (يعتقد; a town is feminine: تشهد جدة) and before a second name (a word
        no function word nor the start of a place, with no article nor a clitic on it) that a definite title or nisba
        follows (ويعتقد بيش أرجيال المختص)."""
        if not prev.startswith("ي") or len(prev) < 4 or k + 2 >= len(toks):
            return False
        second, title = toks[k + 1], toks[k + 2]
        word = second.norm
        return second.kind == "ar" and title.kind == "ar" and not word.startswith("ال") and word[:1] not in _CLITICS \
            and len(word) > 3 and word not in self._no_name and word not in self._placey and not word.endswith(
                ("ه", "ا")) and title.norm.startswith("ال") and title.norm not in self._placey

    def _context(self, article: Article, found, demonyms: bool = True) -> Counter:
        """Country codes (alpha-2) the article is about: its actors' (those of country adjectives too, unless
        `demonyms` is False) and its unambiguous places'."""
        iso2 = self.gaz.iso2
        ctx: Counter = Counter(filter(None, [iso2.get(m.label[:3]) for m in article.mentions if m.kind == "actor"
                                             and (demonyms or m.get("type") != "demonym")]))
        for *_, cands, _kind in found:
            countries = {c.country for c in cands}
            if len(countries) == 1:
                ctx[next(iter(countries))] += 1
        return ctx

    def _choose(self, cands: list[GazEntry], context: Counter, toks: list[Token], i: int,
                kind_word: str) -> GazEntry | None:
        """The most likely reading: the article's countries, then population, countries and capitals."""
        if len(cands) == 1:
            return cands[0]
        top = max(context.values(), default=1)

        def score(c: GazEntry) -> float:
            s = math.log10(c.population + 10) + _FEATURE_BONUS.get(c.feature, 0.0)
            if context.get(c.country):
                s += 4.0 * context[c.country] / top  # the article's main country counts most
            if kind_word == "state" and c.feature == "PCLI":
                s += 10.0  # سلطنة عمان
            elif kind_word == "town" and c.feature.startswith("PPL"):
                s += 10.0  # مدينة الكويت: the capital, not the state
            return s

        return max(cands, key=lambda c: (score(c), -(c.geonameid or 0)))


_SMALL_TOWN = 100_000  # a town abroad this small, named with no word of place, needs its country told elsewhere
_QUOTE_MARKS = frozenset('"«»“”\'')
_CLITICS = frozenset("وفبكل")  # the letters `_stems` takes off a word: و/ف, then ب/ك/ل
_WA = frozenset("وف")
_BI_KA_LI = frozenset("بكل")
_LIST_JOINS = frozenset({"،", ",", "و"})
_MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"  # tanween, short vowels, shadda, sukun


def _after_place(found: list, sidx: int, k: int) -> bool:
    """True if the toponym found last in this sentence ends right before token k: a name joined to it by و is
    in the same list (تبوك والجوف، الرياض والخبر), a place even when it is also a common word (after a comma
    it may open the next clause: بالمدينة المنورة، وأدى الصلاة)."""
    return bool(found) and found[-1][0] == sidx and found[-1][1] + found[-1][2] == k


def _conjoined(prefix: str) -> bool:
    """True if a name's clitics begin with the conjunction و or ف (وصاحب، فسوف)."""
    return prefix[:1] in ("و", "ف")


def _ends_phrase(toks: list[Token], i: int) -> bool:
    """True if no Arabic word follows token i-1 but a feminine nisba, a town's (a dateline's place ends the phrase:
    «- نجران:», «- ليل الفرنسية», not «- الحد الجنوبي:», the southern border)."""
    if i >= len(toks) or toks[i].kind != "ar":
        return True
    norm = toks[i].norm
    return norm.startswith("ال") and norm.endswith("يه") and (i + 1 >= len(toks) or toks[i + 1].kind != "ar")


def _countries(cands: list[GazEntry]) -> set[str]:
    """The countries (alpha-2) of a name's readings."""
    return {c.country for c in cands}


def _support(article: Article, found: list, iso2: dict[str, str]) -> dict[str, set]:
    """Per country (alpha-2), what in the article tells it: "actor" for an actor of that country, and the words of
    each of its names that are places of that country only."""
    out: dict[str, set] = {}
    for m in article.mentions:
        if m.kind == "actor" and (code := iso2.get(m.label[:3])):
            out.setdefault(code, set()).add("actor")
    for sidx, k, n, _plen, cands, _kind in found:
        countries = _countries(cands)
        if len(countries) == 1:
            out.setdefault(next(iter(countries)), set()).add(tuple(t.norm for t in article.tokens[sidx][k:k + n]))
    return out


_FAR_KM = 150  # a town read from a common word this far from every other place of its country its sentence names


def _bare_place(text: str, toks: list[Token], i: int, n: int, plen: int, sidx: int, country: str) -> Place:
    """An unresolved place (no coordinates, a populated place) of `country` for the name of tokens i..i+n-1, its
    clitic letters (plen) left out: a namesake read in the sentence's country, a spot far from a governorate."""
    s, e = after_letters(toks[i], plen) if plen else toks[i].start, toks[i + n - 1].end
    return Place(text[s:e], s, e, sidx, None, text[s:e], country, None, None, "PPL", "")


def _far_from_sentence(found: list, sidx: int, i: int, best: GazEntry) -> bool:
    """True when the sentence at `sidx` names other places of `best`'s country, each of one reading with
    coordinates, and all lie over _FAR_KM from `best` (عمران among عدن، كريتر، التواهي)."""
    if best.lat is None:
        return False
    others = [c[0] for s, k, _n, _p, c, _w in found if s == sidx and k != i and len(c) == 1
              and c[0].country == best.country and c[0].lat is not None and c[0].feature != "PCLI"]
    return bool(others) and all(_km(best, o) > _FAR_KM for o in others)


def _km(a: GazEntry, b: GazEntry) -> float:
    """Great-circle distance in km between two places with coordinates."""
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def _sentence_countries(found: list) -> dict[int, set[str]]:
    """Per sentence, the countries (alpha-2) of its toponyms that name places of one country only."""
    out: dict[int, set[str]] = {}
    for sidx, *_, cands, _kind in found:
        country = cands[0].country
        if country and all(c.country == country for c in cands):
            out.setdefault(sidx, set()).add(country)
    return out


def _other_country(found: list, sidx: int, k: int) -> str:
    """The one country (alpha-2) of the toponyms of sentence sidx other than the one at token k that name places of
    one country only, else ''."""
    countries = {cands[0].country for s, i, _n, _p, cands, _kind in found if s == sidx and i != k
                 and cands[0].country and all(c.country == cands[0].country for c in cands)}
    return next(iter(countries)) if len(countries) == 1 else ""


def _paragraph_country(article: Article, sidx: int, out: list[Place]) -> str:
    """The one country (alpha-2) of the resolved places in the paragraph of sentence sidx (the text between two line
    breaks: «قرية العياش» in a paragraph of places in Syria), else ''."""
    text, sents = article.text, article.sentences
    start, end = sents[sidx].start, sents[sidx].end
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    last = len(text) if last < 0 else last
    countries = {p.country_code for p in out if p.country_code and first <= p.start < last}
    return next(iter(countries)) if len(countries) == 1 else ""


def _next_place_country(out: list[Place], sidx: int, end: int) -> str:
    """The country (alpha-2) of a resolved place of sentence sidx that begins at most a short preposition phrase
    after offset `end` (قرية سوسيا في محافظة الخليل، قرية “أوسفي” بالبوسنة), else ''."""
    return next((p.country_code for p in out if p.sentence == sidx and end <= p.start <= end + 12), "")


def _sentence_country(named: dict[int, set[str]], sidx: int) -> str:
    """The one country the resolved places of sentence sidx are in (قرية قصر البريج … شرق حلب), else ''."""
    countries = named.get(sidx, ())
    return next(iter(countries)) if len(countries) == 1 else ""


def _main_country(ctx: Counter) -> str:
    """The article's main country (alpha-2) when it is told at least twice as often as any other, else ''."""
    top = ctx.most_common(2)
    if not top or len(top) > 1 and top[0][1] < 2 * top[1][1]:
        return ""
    return top[0][0]


def _nisbas(article: Article) -> dict[tuple[int, int], str]:
    """The country adjectives of the article (اللبنانية، الليبي: demonym actor mentions), by (sentence, first
    token): their actor codes."""
    return {(m.sentence, m.tok_start): m.label[:3] for m in article.mentions
            if m.kind == "actor" and m.get("type") == "demonym"}


def _told_country(cands: list[GazEntry], nisbas: dict[tuple[int, int], str], sidx: int, toks: list[Token],
                  k: int, iso2: dict[str, str]) -> GazEntry | None:
    """The reading of a name of several places whose country the adjective right after it tells (مدينة طرابلس
    اللبنانية، "طرابلس" الليبية, past a closing quote), or None."""
    if k < len(toks) and toks[k].kind == "punct" and toks[k].norm in _QUOTE_MARKS:
        k += 1
    code = nisbas.get((sidx, k))
    country = iso2.get(code) if code else None
    if not country:
        return None
    return next((c for c in cands if c.country == country), None)


def _masculine_nisba(norm: str) -> bool:
    """True for a definite masculine singular nisba adjective (الإسباني): after a town's name, which is feminine
    (ميلانو الإيطالية), it tells a club or a team of that name, no place (a plural agrees with a noun before the
    name: «شركاء أثينا الأوروبيون»)."""
    return norm.startswith("ال") and len(norm) > 4 and norm.endswith("ي")


def _agreeing_adjective(before: Token, norm: str) -> bool:
    """True for a country name that is also its feminine nisba (السعودية، سورية) that agrees in definiteness
    with the noun right before it, as its adjective: السفارة السعودية، الأراضي السعودية (both definite), عائلة
    سورية (both indefinite, the noun feminine or plural). After a verb, a preposition or an indefinite noun in
    construct it is the country (أعلنت السعودية، بقيادة السعودية، الذي تقوده السعودية)."""
    if not norm.endswith("يه") or before.kind != "ar":
        return False
    word = strip_wa(before.norm)
    if norm.startswith("ال"):
        return word.startswith("ال")
    written = before.text.rstrip(_MARKS)  # (its last letter past any short vowel or tanween)
    return not word.startswith("ال") and written.endswith(("ة", "ات"))


def _admin_noun(norm: str, admin_nouns: dict) -> str:
    """The admin noun a written word is, with its clitics (see `_stems`) taken off; '' if none."""
    for w in _stems(norm):
        if w in admin_nouns:
            return w
    return ""


@lru_cache(maxsize=4096)
def _stems(norm: str) -> tuple[str, ...]:
    """A normalised word and what is left of it with its clitics taken off: و/ف or ب/ك/ل, then ب/ك/ل past و/ف
    (بمدينة، وبمدينة، لمحافظة، بحي، كفرقة): the one reading of the place nouns, admin nouns and institution nouns
    before a name. Not لل (للمركز الجديد: the definite noun, with an adjective, is in construct with no name); a
    word of three letters loses its clitic too (بحي الروضة is حي الروضة: a quarter's name, no toponym)."""
    first = norm[:1]
    if first not in _CLITICS:
        return (norm,)
    if first in _WA and norm[1:2] in _BI_KA_LI:
        return norm, norm[1:], norm[2:]
    return norm, norm[1:]


def _continues_list(toks: list[Token], j: int, i: int, plen: int) -> bool:
    """True if the name at token i (with `plen` clitic letters) goes on a list of names whose last ended before
    token j: joined by و or a comma, with at most one other word between (a unit the gazetteer lacks:
    مناطق الشرقية والرياض)."""
    between = toks[j:i]
    joined = plen == 1 and toks[i].norm[:1] == "و" or bool(between) and between[-1].norm in _LIST_JOINS
    if not joined or plen > 1:
        return False
    others = [t for t in between if t.norm not in _LIST_JOINS]
    return len(others) <= 1 and all(t.kind == "ar" for t in others)


def _depth(node: dict) -> int:
    """The most words on a path down from a trie node (its payload lists are no words)."""
    kids = [v for v in node.values() if isinstance(v, dict)]
    return 1 + max(map(_depth, kids)) if kids else 0


def _outlet(toks: list[Token], k: int, i: int, cands: list[GazEntry]) -> bool:
    """True when the name at tokens k..i-1 fills a quotation that names a newspaper: told to it («قال لـ«الشرق
    الأوسط»»، «لـ"الرياض"»), a dateline's outlet («بيروت - «الشرق الأوسط»»), its online edition («الشرق الأوسط
    أونلاين»), or a region's name quoted («وعلمت «الشرق الأوسط»»، «حدثت إليها «الخليج»»: a region is not quoted as a
    place; a town or a province may be: «في محافظة «أبين»»)."""
    if k < 2 or i >= len(toks) or toks[k - 1].text not in _OPEN_QUOTES or toks[i].text not in _CLOSE_QUOTES:
        return False
    before = toks[k - 2]
    return before.norm == "ل" or before.text in _DASHES or (i + 1 < len(toks) and toks[i + 1].norm == "اونلاين") \
        or all(c.feature in _REGIONS for c in cands)


def _next_words(idioms: frozenset[tuple[str, str]]) -> dict[str, tuple[str, ...]]:
    """The idioms of place_words.tsv by name: name → the words that make an idiom after it (مسقط → رأسه)."""
    out: dict[str, list[str]] = {}
    for name, nxt in idioms:
        out.setdefault(name, []).append(nxt)
    return {name: tuple(sorted(nexts)) for name, nexts in out.items()}


# the state bodies a story its outlet's country leads gives that country in a sentence naming no other (`_outlet_bodies`)
_OUTLET_SECTORS = frozenset({"GOV", "COP", "MIL", "JUD", "LEG"})
_OUTLET_LEAD = 2  # … where the outlet's country is named this many times as often as any other state
_TITLE_VOTE = 2  # … its naming in the title counted as this many in the text («وزير المالية يرأس وفد المملكة»)
# the code of an international organisation: a story or a sentence naming one is told of the world, not its outlet's
# land («دعا الأمين العام للأمم المتحدة …. وطالب الجيش بالانسحاب»: whose army, the story does not say)
_WORLD_BODY = "IGO"
# the sectors of a land's own bodies and officers: a party of one of them with no country is the land's where the story
# is told (the police, the court, the ministry, a university, a hospital, a company, the opposition of a local story)
_LAND_SECTORS = frozenset({"GOV", "COP", "MIL", "JUD", "LEG", "EDU", "HLH", "BUS", "OPP", "PTY"})
# acts done where they are told (`PlaceHomes._placed`): who suffers them there is the place's; who does them, of these
# sectors, is too (the police arrest, the courts sentence, at home)
_HOME_ACTS = frozenset({"ASSAULT", "COERCE", "SANCTION"})
_HOME_ACTORS = frozenset({"COP", "JUD"})
# … and whom they hit or hold there: its people, companies, schools and hospitals; not a force, a policeman, an official,
# a party or an opposition, who serve a state or a group the story's several states leave open («استهدفت وحدات تكتيكية
# … للتنظيم»، «قتل مسؤولان آخران من التنظيم في اليمن»، «استهدف عناصر تابعة للحزب … في سورية»، «للفصائل المعارضة التي
# تتلقى تدريبات في تركيا»: Syria's)
_HOME_VICTIMS = frozenset({"CVL", "EDU", "HLH", "BUS"})
# the bodies that arrest and sentence in their own state only: a place abroad in their act's clause is where the deed
# they punish was done («أصدرت محكمة نمساوية أحكاما بالسجن على عشرة اشخاص … لمحاولتهم الاتصال بمتطرفين في سوريا»)
_SEATED = frozenset({"GOV", "COP", "JUD"})
_CLAUSE_ENDS = frozenset("().؛")  # marks that close a clause: a place past one is no place of the act before it
VISIT = "042"  # the CAMEO code of a visit paid (not 043, a visit hosted): its place tells whom it visits, where it is
_WIDE = frozenset({"CONT", "SEA", "AREA"})  # place features that lie in no one country
_DATELINE_AGENCY = 12  # characters past a dateline's town where its agency stands («الرياض - واس»، «دبي – رويترز»)
# sentences: a text of fewer tells no land of its own (a lone sentence: the gold codes sentences alone, «وفي تكريت …
# ثلاثة من رجال الشرطة» no IRQ); two are a story whose places and states `land` reads («ارتفعت حصيلة ضحايا الهجوم … بمحافظة
# ديالى العراقية … نحو 130 شخصا أصيبوا»: Iraq's, 2015-07-22 #906; «قتل ضابطي شرطة في جنوب شرق تركيا»: Turkey's, #1339).
# Fewer than the mentions stage's `_STORY`: such a short story's land is proved by its places, not by its states' count
# alone, and given only to the parties of the acts done there (`_HOME_ACTS`)
_LAND_STORY = 2


def _judged_at_home(ev, land: str) -> bool:
    """True for an arrest by a state's government, police or court (`_SEATED`), or a sentence by its court, of a state
    other than `land`, the country of the place its clause names (not a government's sanctions, laid on foreigners
    abroad: «عقوبات على … رجل أعمال في لبنان»): the act is done at the body's home, so the place tells nothing
    of whom it holds or sentences (an Austrian court's ten convicts are not Syria's, 2015-07-22 #121; the Spanish
    interior ministry's arrest «في جيب مليلية في المغرب» is of a Spaniard, #279)."""
    return any(p.code and p.code != land and p.code not in _NON_STATES and (
        p.sector in _SEATED if ev.event == "COERCE" else ev.event == "SANCTION" and p.sector == "JUD") for p in ev.actor)


def dateline_place(article: Article) -> Place | None:
    """The place of the article's dateline ("الرياض – واس", "عبدالرحمن الشهري – نجران"), if any: a
    toponym in the first line's opening characters with a dash right before or after it."""
    text = article.text
    for p in article.places:
        if p.start > 80:
            break
        before = text[max(0, p.start - 3):p.start].strip()
        after = text[p.end:p.end + 3].strip()
        if before[-1:] in ("-", "–", "—") or after[:1] in ("-", "–", "—"):
            return p
    return None


def _near(by_sentence: dict[int, set], sidx: int) -> set:
    """What `by_sentence` holds for sentence `sidx` and the next one (the next tells of the act too: «… الشرطة التركية»)."""
    return by_sentence.get(sidx, set()) | by_sentence.get(sidx + 1, set())


def _body_before(prev, owner: str | None, m, text: str) -> str | None:
    """The sector of the body a demonym mention `m` qualifies: the agent right before it («الشرطة التركية»), or the
    body of the demonym it is joined to («ميليشيات عراقية وإيرانية»: `owner`); None for people («مواطنون سعوديون»)."""
    if prev is None:
        return None
    gap = text[prev.end:m.start].strip()
    if prev.kind == "agent" and not gap:
        return prev.get("sector") if prev.get("sector") != "CVL" else None
    return owner if owner and gap in ("", "و", "،", ",") else None


def _definite(word: str) -> bool:
    """True for a word with the article (a conjunction و taken off): «السوريون», «والسوريين»."""
    return strip_wa(normalize(word.split()[0] if word.split() else "")).startswith("ال")


def visited(text: str, ev: Event, places: list[Place], destination: frozenset[str]) -> Place | None:
    """The place a visit is paid to, when no locative names one: the place after a `destination` word of
    place_words.tsv or glued لـ (وصل الرئيس إلى كينيا في أول زيارة، في زيارته لموسكو) or the visit's recipient that is
    a place (زار الرئيس موسكو), nearest the trigger."""
    recipients = [(x.start, x.end) for x in ev.recipient]
    pool = []
    for p in places:
        before = text[max(0, p.start - 8):p.start].split()
        if text[max(0, p.start - 1):p.start] == "ل" or (before and normalize(before[-1]) in destination) or any(
                s <= p.start and p.end <= e for s, e in recipients):
            pool.append(p)
    if not pool:
        return None
    ts, te = ev.trigger.start, ev.trigger.end
    return min(pool, key=lambda p: max(0, p.start - te, ts - p.end))


def visited_land(text: str, ev: Event, named: "list[Place] | tuple", destination: frozenset[str],
                 iso3: dict[str, str]) -> Entity | None:
    """The recipient of a visit that has none: the state of the place it goes to (`visited`: after a destination
    word or a glued لـ, «في زيارته للقدس»، «زيارة إلى تمبكتو»: ISR, MLI), a town, a region or a country of a known
    state no visitor is coded as (a visit to a town of one's own land, «زيارة بحاح لعدن», has no other party; see
    `_home_places`; visitors of no code are let through, the visited state is most often told right all the same:
    «يبدأ غابريال … زيارته» to Iran, its visitor misread); the place's words its evidence. None for a place of no one
    state (a continent, a sea). Read for a visit with visitors only: one with none tells no act of a party («عاد إلى
    تشاتانوغا لزيارة أسرته»)."""
    # (not a place right after a visitor's title in إلى: «زار المبعوث الخاص إلى سوريا … طهران» is the envoy's title)
    named = [p for p in named if not any(_after_title(text, a.end, p.start, destination) for a in ev.actor)]
    place = visited(text, ev, named, destination) if named else None
    if place is None or place.feature in _WIDE or not place.country_code:
        return None
    code = iso3.get(place.country_code)
    if not code or any(a.code == code for a in ev.actor):
        return None
    return Entity(text=place.text, start=place.start, end=place.end, code=code)


def _after_title(text: str, end: int, start: int, destination: frozenset[str]) -> bool:
    """True when a place at `start` follows a party's words ending at `end` with only a destination word between
    («المبعوث الخاص إلى سوريا»): the title's, not a place visited."""
    gap = text[end:start].split() if end <= start else ()
    return len(gap) == 1 and normalize(gap[0]) in destination


def _outlet_lead(article: Article, iso3: dict) -> tuple[str | None, dict[int, set]]:
    """(the country of the article's outlet, where the story names it, by its places and coded actors (and its title,
    `_TITLE_VOTE`), at least twice and `_OUTLET_LEAD` times as often as any other state and its title names no other;
    a sentence → the states it names, and `_WORLD_BODY` where it names an international organisation), or (None, {})
    (a pan-Arab outlet; a Saudi paper's story on Egypt or Yemen, which names them more)."""
    home = outlet_home(article.source, article.url)
    if home is None or article.title_states - {home}:
        return None, {}
    named: dict[int, set] = {}
    tally: Counter = Counter()
    for p in article.places:
        code = iso3.get(p.country_code) if p.country_code and p.feature not in _WIDE else None
        if code:
            named.setdefault(p.sentence, set()).add(code)
            tally[code] += 1
    for m in article.mentions:
        if m.kind == "actor" and m.get("code") and m.get("code") not in _NON_STATES and m.get("sector") != "MED":
            named.setdefault(m.sentence, set()).add(m.get("code"))
            tally[m.get("code")] += m.get("type") != "place"  # (a town is counted once, as a place)
        elif m.kind == "actor" and m.get("code") == _WORLD_BODY:  # (its sentence's bodies may be its: «وشدد سليمان
            named.setdefault(m.sentence, set()).add(_WORLD_BODY)  # الحربش الأمين العام للصندوق على التزام "أوفيد"»)
    lead = tally.pop(home, 0) + _TITLE_VOTE * (home in article.title_states)
    if lead < 2 or lead < _OUTLET_LEAD * max(tally.values(), default=0):
        return None, {}
    return home, named


def _outlet_land(article: Article, lands: set) -> str | None:
    """The country of the article's outlet (outlets.tsv, by its web host or source name: sabq, okaz.com.sa → SAU) where
    the story names no other state nor a place of one, in its text (`lands`: the countries of its places and coded
    actors) nor in its title (`Article.title_states`): a domestic story names its own country seldom or only as
    «المملكة», and its ministry, police and courts are the outlet's country's («القبض» by «وزارة الداخلية» in Al
    Jazirah, 2015-07-21 #954). None for a pan-Arab outlet (aawsat) and for a story that names another state («الشرطة»
    of a Saudi paper's story on Egypt stays Egypt's, or none where it names two), nor for a story naming an
    international organisation (`_WORLD_BODY`) and not the outlet's country («دعا الأمين العام للأمم المتحدة إلى وقف
    إطلاق النار … وطالب الجيش بالانسحاب»), told of the world, not at home."""
    home = outlet_home(article.source, article.url)
    if home is None or None in lands or lands - {home} or article.title_states - {home}:
        return None
    if home not in lands and any(m.kind == "actor" and m.get("code") == _WORLD_BODY for m in article.mentions):
        return None
    return home


def _at_home(states: set, home: str) -> bool:
    """True for a sentence naming (`states`, as `_outlet_lead` reads them) no state but `home`, and no international
    organisation (`_WORLD_BODY`) unless it names `home` too («وشدد سليمان الحربش الأمين العام للصندوق على التزام
    "أوفيد"»: the fund's, 2015-07-22 #144; a sentence naming «الهيئة العامة للسياحة والتراث الوطني» beside UNESCO,
    2015-07-21 #1656: still home's)."""
    rest = states - {home}
    return not rest or rest == {_WORLD_BODY} and home in states


class PlaceHomes:
    """Gives a country to the parties left with a sector and none: where every place the story names lies in one
    country and the story names no other state (nor, with no place, that one state by its actors' mentions fewer than
    twice), a land's own body or officer with no country of its own («استشهد رجل الأمن … ببلدة الجش بمحافظة
    القطيف», «تمكنت الجهات الأمنية من القبض», «القاضي», «الوزارة» of a Saudi local story: SAU/COP, SAU/JUD, SAU/GOV)
    and its citizens, notables and civilians (`citizen`, function_words.tsv: «مواطن», «وجهاء», «المدنيين») are that
    country's. The mentions stage reads a story's country from the states it names (`_home_bodies`); a local story
    names none, only its towns, which the places stage resolves. Read in a story only (`_LAND_STORY` sentences, two):
    a lone sentence tells too little of its land (the gold codes sentences alone, «وفي تكريت … ثلاثة من رجال الشرطة»
    no IRQ); a story of two, only for the parties of the acts done where it is told (`_HOME_ACTS`). Run last: it fills
    codes, after the stages that read a party's lack of one (the topics gate keeps a coded party's talk; repeats match
    parties by code), and gives a visit paid with no one visited the state of the place it goes to as its recipient
    (`_visit_host`), after those codes. The article's outlet (outlets.tsv: a Saudi paper) tells the land of a story
    that names no other state (`_outlet_land`), and of the state bodies of the sentences naming no other in a story
    its country leads (`_outlet_bodies`)."""

    name = "homes"
    requires = ("events", "places", "mentions")
    adds = ()

    def __init__(self, gazetteer: Gazetteer, fw: FunctionWords | None = None, words: PlaceWords | None = None):
        self.iso3 = gazetteer.iso3
        self.destination = (words or PlaceWords.load()).destination  # إلى before a place visited (`visited_land`)
        self.trie, self.by_id = gazetteer.trie, gazetteer.by_id  # (a town's bigger namesake abroad: `_shared`)
        fw = fw or FunctionWords.load()
        # (and its protesters and students, `home_people`, written with no article: «وسد محتجون»)
        self.protesters = clitic_forms(fw.home_people | {"ال" + w for w in fw.home_people})  # (`_elsewhere`)
        self.citizens = clitic_forms(fw.citizen) | self.protesters
        self.strangers = clitic_forms(fw.stranger)  # سياح، وافدين: in a land not their own (`_victim`)
        self.states = clitic_forms(fw.states_noun | {"ال" + w for w in fw.states_noun})  # الدول المانحة (`_homeless`)
        self.persons = clitic_forms(fw.person_noun)  # شخصا، أشخاص: persons of no sector, victims too (`_victim`)
        self.prepositions = fw.preposition  # (في، من: no name after a company noun, `_named_after`)
        self.relatives = fw.relative_clause  # الذي، التي: a place past one is the relative clause's (`_placed`)
        self.locatives = fw.locative_verb  # يقع right after one: the place is where the antecedent lies (`_placed`)
        self.nationality = fw.nationality_noun  # الجنسية after a nationality: a person's, no state named (`land`)
        self.abroad = fw.abroad  # الدولية، الأجنبية right after a body: none of the land's («المحاكم الدولية»)

    def __call__(self, article: Article) -> Article:
        article = self._lands(article)
        # (after the lands: a visitor given the story's land visits no town of it, «زيارة … إلى مقر … بالرياض»)
        article.events = [self._visit_host(ev, article) for ev in article.events]
        return article

    def _lands(self, article: Article) -> Article:
        """The article with its events' country-less land bodies, citizens and victims given the story's land, or each
        the land of the place its own act is done in (see the class)."""
        if not article.events or len(article.sentences) < _LAND_STORY:  # (a lone sentence tells no story's land)
            return article
        short = len(article.sentences) < _STORY  # (two sentences: the land of the acts done there only, below)
        land = self.land(article, short)
        if short and land is not None and land == outlet_home(article.source, article.url):
            short = False  # (a two-sentence story of a Saudi paper's own land: «وأوضح الناطق الإعلامي بشرطة المنطقة
            # الشرقية … بأن الجهات الأمنية … نفذت بالتنسيق مع …», 2015-07-22 #1831: every party of it is that land's)
        if land is None:  # (a story of two lands: an act done where it is told is that place's, `_placed`)
            article = self._outlet_bodies(article)
            filed = dateline_place(article)
            nations: dict[int, set] = {}  # a sentence → the states its nationality adjectives name (`_placed`)
            people: dict[int, set] = {}  # … those of people, no body's («مواطنون سعوديون», not «السفارة الإيرانية»)
            bodies: dict[int, set] = {}  # a sentence → (sector, state) of the bodies it names («الشرطة التركية», `_placed`)
            prev, owner = None, None  # the mention before; the sector of the body its demonym was of («ميليشيات عراقية»)
            for m in article.mentions:
                sector = None
                if m.kind == "actor" and m.get("code") and m.get("code") not in _NON_STATES:
                    if m.get("type") == "demonym":
                        nations.setdefault(m.sentence, set()).add(m.get("code"))
                        sector = _body_before(prev, owner, m, article.text)
                        if sector:
                            bodies.setdefault(m.sentence, set()).add((sector, m.get("code")))
                        else:
                            people.setdefault(m.sentence, set()).add(m.get("code"))
                    else:
                        bodies.setdefault(m.sentence, set()).add((m.get("sector"), m.get("code")))
                prev, owner = m, sector
            article.events = [self._elsewhere(self._placed(
                ev, article.text, filed, nations.get(ev.sentence, set()) | people.get(ev.sentence + 1, set()),
                _near(bodies, ev.sentence)), filed) if not short or ev.event in _HOME_ACTS else ev
                for ev in article.events]  # (two sentences: the acts done there only, as below)
            return article
        filed = dateline_place(article)  # (the victims' land is told by a town or region of the story, not its
        # dateline's, nor the name of a state, as a state's actors are: «وقال البنتاغون إن الولايات المتحدة ستواصل»)
        placed = any(p is not filed and p.country_code and p.feature not in _WIDE and not p.feature.startswith("PCL")
                     for p in article.places)
        # (a short story's land is where its attacks, arrests and sentences are done; its other parties, protesters or
        # speakers, may be of anywhere: «وفي الضفة الغربية، امس، خرج آلاف المتظاهرين» of two sentences, the gold none)
        article.events = [self._housed(ev, land, article.text, placed) if not short or ev.event in _HOME_ACTS else ev
                          for ev in article.events]
        return article

    def _outlet_bodies(self, article: Article) -> Article:
        """The article with the country-less state bodies (`_OUTLET_SECTORS`: a ministry, the police, the courts, the
        army, a council) of its events given the country of its outlet (`_outlet_lead`) where that country leads the
        story and the event's sentence names no other state, by a place or a coded actor («مثمنين جهود وزارة
        الداخلية التي أسفرت عن الإطاحة بتنظيم …» of an Al Madina story that names Saudi bodies and places six times
        and Britain once, 2015-07-21 #1236: SAU/GOV), nor an international organisation alone (`_at_home`). A
        sentence naming another state leaves its bodies to the rules of a story of two lands (`_placed`)."""
        home, named = _outlet_lead(article, self.iso3)
        if home is None:
            return article
        # (an embassy, by its nature another state's: «اعتقلت الشرطة عشرة متظاهرين أمام مقر السفارة» in Cairo)
        embassies = {m.start for m in article.mentions if m.kind == "agent" and m.get("name") == _EMBASSY}
        events = []
        for ev in article.events:
            if _at_home(named.get(ev.sentence, set()), home):
                actor = self._bodies(ev.actor, home, article.text, embassies)
                recipient = self._bodies(ev.recipient, home, article.text, embassies)
                if actor is not ev.actor or recipient is not ev.recipient:
                    ev = replace(ev, actor=actor, recipient=recipient)
            events.append(ev)
        article.events = events
        return article

    def _bodies(self, parties: tuple, land: str, text: str, embassies: "set | frozenset" = frozenset()) -> tuple:
        """The parties with `land` given to each state body with no code (`_OUTLET_SECTORS`, as `_homeless` reads it);
        not an embassy (starting at one of `embassies`)."""
        out = tuple(replace(p, code=land) if self._outlet_body(p, text, embassies) else p for p in parties)
        return parties if all(q is p for q, p in zip(out, parties)) else out

    def _outlet_body(self, p, text: str, embassies: "set | frozenset") -> bool:
        """True for a party `_bodies` gives the outlet's land: a state body with no code, no embassy."""
        return p.sector in _OUTLET_SECTORS and p.start not in embassies and self._homeless(p, text)

    def _visit_host(self, ev, article: Article):
        """The event of a visit (CAMEO 042, not a host's 043) with visitors and no one visited given the state of the
        place it goes to as its recipient (`visited_land`: «أثناء زيارته للقدس»). Read here, last, as the codes are:
        the topic gate and the repeats read a visit with no party visited as they always did. Only the event's own
        place counts, where it is one visited («وصل أوباما إلى كينيا في أول زيارة … لمسقط رأس والده»: Kenya's, not
        a nearer «لمسقط» the places stage read as Muscat)."""
        if ev.cameo != VISIT or not ev.actor or ev.recipient:
            return ev
        loc = ev.location  # (the place the anchors stage read it in: a locative, else the one visited)
        if loc is None or not ev.sentence_start <= loc.start < ev.sentence_end:
            return ev
        host = visited_land(article.text, ev, [loc], self.destination, self.iso3)
        return ev if host is None else replace(ev, recipient=(host,))

    def _placed(self, ev, text: str, filed: Place | None = None, nations: "set | tuple" = (), bodies: "set | tuple" = ()):
        """The event of an attack, arrest or sentence with its country-less civilians and bodies given the country of
        the place its own sentence names for it in the act's clause, where the story names more than one state: the
        victims of «بمقتل 24 مدنيا … في مدينة بعقوبة» and the police of «قيام الجهات الامنية … بالقبض» in Oman are that
        land's. Only the hit, the held and the sentenced (`_victim`), and an arrester or sentencer of the police or the
        courts: the one who strikes a place may come from abroad (warplanes), and a visit or a meeting brings bodies of
        other lands to it. Not the dateline's town (`filed`: «الرياض - واس»), where the wire filed the story from, nor
        a place past a relative pronoun after the act's word («لتفريق المتظاهرين الذين احتجوا … في شمال العراق»); and
        no victim where the sentence calls someone of another state by a nationality (`nations`) none of the act's
        parties bears («باصابة طفلة سعودية» in Oman: the girl is Saudi) in it or the next («… أن القتلى مواطنون
        سعوديون»); no police or court where those sentences name one of another state («الشرطة التركية نفذت العملية»,
        `bodies`); and no town read as a lesser namesake of another land's (`_shared`: سوسة of Libya, not Tunisia's)."""
        loc = ev.location
        if ev.event not in _HOME_ACTS or loc is None or not ev.sentence_start <= loc.start < ev.sentence_end \
                or loc.feature in _WIDE or not loc.country_code or filed is not None and loc.start == filed.start \
                or self._shared(loc):
            return ev
        lo, hi = sorted((loc.end, ev.trigger.start)) if loc.start < ev.trigger.start else (ev.trigger.end, loc.start)
        if _CLAUSE_ENDS.intersection(text[lo:hi]):  # («(قبض عليه بعد مطاردة خفر السواحل)، … دخل السعودية»: another clause's)
            return ev
        if loc.start > ev.trigger.start and self._relative_between(text[lo:hi]):
            return ev
        land = self.iso3.get(loc.country_code)
        if not land or _judged_at_home(ev, land):
            return ev
        own = {p.code for p in (*ev.actor, *ev.recipient) if p.code}
        strange = any(code != land and code not in own for code in nations)  # (another state's nationals named)
        actor = ev.actor
        if ev.event != "ASSAULT" and any(p.sector in _HOME_ACTORS for p in actor):
            actor = tuple(replace(p, code=land) if not p.code and p.sector in _HOME_ACTORS and self._homeless(p, text)
                          and not any(s == p.sector and c != land for s, c in bodies) else p for p in actor)
        recipient = ev.recipient if strange else tuple(
            replace(p, code=land) if self._victim(p, text) else p for p in ev.recipient)
        if actor == ev.actor and recipient == ev.recipient:
            return ev
        return replace(ev, actor=actor, recipient=recipient)

    def _elsewhere(self, ev, filed: Place | None = None):
        """The event with its one-word protesters or students (`home_people`: «محتجون»، «المتظاهرين») of a state other
        than that of the place its own sentence names for it left with no country, in a story of several states: the
        mentions stage gave them the country that leads the story, knowing no places («وفي مدينة مانشستر رشق محتجون
        الشرطة بالحجارة» of an Egypt story: no Egyptians). Not the dateline's town (`filed`)."""
        loc = ev.location
        if loc is None or not ev.sentence_start <= loc.start < ev.sentence_end or loc.feature in _WIDE \
                or not loc.country_code or filed is not None and loc.start == filed.start:
            return ev
        land = self.iso3.get(loc.country_code)
        if not land or not any(self._protester_of(p, land) for p in (*ev.actor, *ev.recipient)):
            return ev
        return replace(ev, actor=tuple(replace(p, code=None) if self._protester_of(p, land) else p for p in ev.actor),
                       recipient=tuple(replace(p, code=None) if self._protester_of(p, land) else p
                                       for p in ev.recipient))

    def _protester_of(self, p, land: str) -> bool:
        """True for a one-word civilian party of `home_people` coded with a state other than `land`."""
        return bool(p.code) and p.code != land and p.code not in _NON_STATES and p.sector == "CVL" \
            and len(p.text.split()) == 1 and normalize(p.text) in self.protesters

    def _victim(self, p, text: str) -> bool:
        """True for a recipient with no code of `_HOME_VICTIMS` (civilians, schools, hospitals, companies), not one
        called foreign after it, a company with its own name (`_named_after`), nor one of those in a land not their own
        (`stranger`, function_words.tsv: السياح، الوافدين، الخادمة)."""
        if p.code or p.sector not in _HOME_VICTIMS and not self._person(p, text) or self._abroad_after(p, text) or \
                self._nationality_near(p.end, text):
            return False  # (… or of a nationality told after it: «أشخاص سوريي الجنسية», «مدنيين يحملون الجنسية القطرية»)
        if p.sector == "BUS":
            return not self._named_after(p, text)
        return p.sector != "CVL" or normalize(p.text.split()[0]) not in self.strangers

    def _person(self, p, text: str) -> bool:
        """True for a party of no sector named by a noun of persons (`person_noun`: «شخصا»، «أشخاص»), not one told of
        a body by «من» right after it («لقي 28 شخصاً من عناصر تنظيم داعش مصرعهم»: the group's members, 2015-07-27)."""
        after = text[p.end:p.end + 12].split(None, 1)
        return not p.sector and normalize(p.text.split()[0] if p.text.split() else "") in self.persons and not (
            after and normalize(after[0]) == "من")

    def _named_after(self, p, text: str) -> bool:
        """True for a party whose last word is an indefinite singular noun in ة with a name in construct right after it,
        a word with no article and no preposition («اتفاقا مع شركة غوغل»): a company so named may be any land's."""
        quote = text[p.end:p.end + 2].strip()[:1]
        if quote and quote in _OPEN_QUOTES:  # (none at the text's or a paragraph's end)
            return True  # («شركة صناعة السيارات “فيات كرايسلر”»: a company named in quotes)
        last = normalize(p.text.split()[-1])
        if last.startswith("ال") or not last.endswith("ه"):
            return False
        after = text[p.end:p.end + 30].split(None, 1)
        word = normalize(after[0].strip("\"«»“”'،,.")) if after else ""
        return bool(word) and word[:1].isalpha() and not word.startswith("ال") and word not in self.prepositions

    def _nationality_after(self, end: int, text: str) -> bool:
        """True when the word right after `end` is a noun of nationality (`nationality_noun`: الجنسية)."""
        after = text[end:end + 20].split(None, 1)
        return bool(after) and normalize(after[0].strip("،,.»\")")) in self.nationality

    def _nationality_near(self, end: int, text: str) -> bool:
        """True when one of the two words right after `end` is a noun of nationality (`nationality_noun`: الجنسية)."""
        return any(normalize(w.strip("،,.»\")")) in self.nationality for w in text[end:end + 40].split()[:2])

    def _relative_between(self, span: str) -> bool:
        """True when `span` has a relative pronoun not right before a verb of lying (`locative_verb`: «الذي يقع في»)."""
        words = [strip_wa(normalize(w)) for w in span.split()]
        return any(w in self.relatives and (i + 1 == len(words) or words[i + 1] not in self.locatives)
                   for i, w in enumerate(words))

    def _shared(self, loc) -> bool:
        """True for a town (PPL) the geocoder read as a lesser namesake of a bigger town of another country (سوسة of
        Libya read by the story's «ليبيا», not Tunisia's): the story's context, no proof of the victims' land."""
        key = place_key(loc.text)
        if loc.feature != "PPL" or not key:
            return False
        n, hits = self.trie.longest([[k] for k in key], 0)
        if n != len(key):
            return False
        read = self.by_id.get(loc.geonameid)
        size = read.population if read is not None else 0
        return any(e.country != loc.country_code and e.population > size for e, _ in hits)

    def _abroad_after(self, p, text: str) -> bool:
        """True when the word right after the party calls it international or foreign («المحاكم الدولية»)."""
        after = text[p.end:p.end + 30].split(None, 1)
        return bool(after) and normalize(after[0].strip("،,.»\"")) in self.abroad

    def land(self, article: Article, short: bool = False) -> str | None:
        """The alpha-3 code of the one country the story names, by its places (every one lies in it) and by the states
        its coded actors' mentions name, told twice or more in all (a Saudi story of «محافظة القطيف» and «المحكمة
        الجزائية المتخصصة»); None where it names none, names it once only, or names two. The dateline's town («الرياض -
        واس») counts against another land but is no place of the story by itself (a UN story filed from Riyadh); a
        person's nationality before «الجنسية» («سوري الجنسية» executed in Riyadh) names no other state. A `short` story
        (fewer than `_STORY` sentences) needs a place of its own: its states' mentions alone tell too little."""
        lands = {self.iso3.get(p.country_code) for p in article.places if p.country_code and p.feature not in _WIDE}
        dateline = dateline_place(article)  # (where the wire filed it from: no proof of the story's land by itself)
        placed = any(p is not dateline and p.country_code and p.feature not in _WIDE for p in article.places)
        filed = dateline.end + _DATELINE_AGENCY if dateline is not None else 0  # (the town and its agency: «الرياض - واس»)
        told = 0  # the states' mentions
        text = article.text
        # the nationalities the story gives a person before «الجنسية» («قاسم محمد الهلال سوري الجنسية», then «جان سوري»):
        # a person's, no state the story names
        persons = {m.get("code") for m in article.mentions if m.kind == "actor" and m.get("type") == "demonym"
                   and self._nationality_after(m.end, text)}
        for m in article.mentions:
            if m.kind == "actor" and m.get("code") and m.get("code") not in _NON_STATES:
                if m.get("type") == "demonym" and m.get("code") in persons and (self._nationality_after(m.end, text)
                                                                                or not _definite(m.text)):
                    continue  # (the person's, or one bare like it: «جان سوري»; not «السوريون», a people)
                lands.add(m.get("code"))
                told += m.start >= filed and m.get("sector") != "MED"  # (an agency or a paper tells, it is no party)
        home = _outlet_land(article, lands)
        if home is not None:  # (a Saudi paper's story naming no other state, in its title nor its text: Saudi Arabia's)
            return home
        if len(lands) != 1 or None in lands or (told < 2 or short) and not placed:  # (a town alone is enough; one mention alone is not)
            return None
        return next(iter(lands))

    def _housed(self, ev, land: str, text: str, placed: bool = True):
        """The event with its country-less land bodies and citizens, and the victims of an attack, arrest or sentence
        (`_victim`), given `land` (itself where it has none); the victims only where the story names a town or region
        (`placed`) or the act's place lies in `land`: a land read from its actors' mentions alone may be the
        attacker's, not the victims' («قتل عشرة أشخاص في غارة شنتها طائرات أمريكية بدون طيار. وقال البنتاغون …»)."""
        actor, recipient = self._parties(ev.actor, land, text), self._parties(ev.recipient, land, text)
        if ev.event in _HOME_ACTS and (placed or ev.location is not None and self.iso3.get(
                ev.location.country_code) == land) and any(self._victim(p, text) for p in recipient):
            # (whom an attack, arrest or sentence hits in the one land is its: «عن مقتل ثلاثة أشخاص»)
            recipient = tuple(replace(p, code=land) if self._victim(p, text) else p for p in recipient)
        if actor is ev.actor and recipient is ev.recipient:
            return ev
        return replace(ev, actor=actor, recipient=recipient)

    def _parties(self, parties: tuple, land: str, text: str) -> tuple:
        """The parties with `land` given to each one with no code whose sector is a land's body's, or a citizen."""
        if not any(self._homeless(p, text) for p in parties):
            return parties
        return tuple(replace(p, code=land) if self._homeless(p, text) else p for p in parties)

    def _homeless(self, p, text: str) -> bool:
        """True for a party with no code whose sector is a land body's, or a civilian named by a citizen noun; not one
        called international or foreign right after it, nor a company with its own name (`_named_after`)."""
        if p.code or not p.sector or self._abroad_after(p, text) or p.sector == "BUS" and self._named_after(p, text):
            return False
        if normalize(p.text.split()[0]) in self.states:
            return False  # (states named by what they are, «دعت الحكومة العراقية الدول المانحة»: not the land's own)
        return p.sector in _LAND_SECTORS or p.sector == "CVL" and normalize(p.text.split()[0]) in self.citizens
