"""Lexicon matching: actors, agents, event triggers and cue words found in each sentence."""

from __future__ import annotations

from ..article import Article
from ..lexicon.compile import ActorEntry, AgentEntry, Lexicon, TriggerEntry
from ..lexicon.morph import clitic_variants, cue_variants, key_variants, noun_keys, verb_variants
from ..arabic.normalize import name_form
from ..arabic.tokens import after_letters
from ..records import Mention, Token


class MentionMatcher:
    """Finds every lexicon mention in the sentences, with offsets and the entry it matched."""

    name = "mentions"
    requires = ("sentences", "tokens")
    adds = ("mentions",)

    _CACHE_LIMIT = 300_000  # distinct words remembered; news vocabulary repeats, so analyses are reused

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self._keys: dict[str, list[tuple[str, str]]] = {}
        self._cands: dict[tuple[str, bool, bool], list[tuple[TriggerEntry, str, bool, str, bool]]] = {}
        self._spellings: dict[tuple[str, str, int], list] = {}  # (word, clitic prefix, payload list) → kept
        # after a preposition comes a noun (لدى خطفهم: at their abduction), never a finite verb; «من» is also
        # the relative "who" (من قتلوا), so it is left out
        self._nominal = lexicon.function_words.preposition - {"من"}
        # a word in -ًا after a count (ثلاثين طالبا، 20 شخصا) is the counted noun, not a verb (طالبا "they two
        # demanded"); a verb may follow a count that is its subject (إن 3 قتلوا)
        self._counts = lexicon.function_words.number

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
        for sent, toks in zip(article.sentences, article.tokens):
            out.extend(self.match_sentence(article, sent.index, toks))
        article.mentions = out
        return article

    def match_sentence(self, article: Article, index: int, toks: list[Token]) -> list[Mention]:
        """All mentions of one tokenised sentence."""
        lex = self.lexicon
        kv = [self._cached(self._keys, t.norm, lambda t=t: key_variants(t.norm)) if t.kind == "ar"
              else [(t.norm, "")] for t in toks]
        keys = [[k for k, _ in v] for v in kv]
        found: list[Mention] = []
        text = article.text
        # entities: greedy longest match, left to right
        i = 0
        while i < len(toks):
            n, payloads, prefix = 0, [], ""
            if toks[i].kind == "ar":
                for key, pre in kv[i]:
                    if key not in lex.entities.root:
                        continue
                    m, p = lex.entities.longest(keys, i, [key])
                    if m > n and m == 1:
                        # the trie's payload lists live as long as the lexicon: their id keys the cache
                        p = self._cached(self._spellings, (toks[i].norm, pre, id(p)),
                                         lambda norm=toks[i].norm, pre=pre, p=p: self._spelled(norm, pre, p))
                    if m > n and p:
                        n, payloads, prefix = m, p, pre
            if n:
                found.append(self._entity(text, toks, i, n, payloads, prefix, index, article.published))
                i += n
            else:
                i += 1
        # cues
        cue_opts = [cue_variants(t.norm) if t.kind == "ar" else [t.norm] for t in toks]
        i = 0
        eponym_ends = set()
        while i < len(toks):
            n, payloads = lex.cues.longest(cue_opts, i)
            if n:
                s, e = toks[i].start, toks[i + n - 1].end
                found.append(Mention(s, e, text[s:e], "cue", payloads[0].cue, i, i + n, index))
                if any(p.cue == "eponym" for p in payloads):
                    eponym_ends.add(i + n)
                i += n
            else:
                i += 1
        if eponym_ends:
            # مستشفى الملك فهد، جامعة الملك سعود، طريق الأمير سلطان: a place or body named after a person
            found = [m for m in found if not (m.kind == "actor" and m.tok_start in eponym_ends
                                              and m.entry.kind == "person")]
        # triggers
        for i, t in enumerate(toks):
            if t.kind != "ar":
                continue
            m = self._trigger(text, toks, keys, i, index)
            if m is not None:
                found.append(m)
        found.sort(key=lambda m: (m.tok_start, m.kind))
        return found

    def _spelled(self, norm: str, prefix: str, payloads: list) -> list:
        """The payloads of a one-word match that this written word can be: a name keeps its spelling
        (`ActorEntry.form`), a role noun in ة its ة (المعارضة is not المعارض), and a word listed in
        not_entities.tsv is not that actor or agent."""
        stem = next((st for st, p in clitic_variants(norm) if p == prefix), norm)
        never = self.lexicon.not_entities.get(stem, ())
        out = []
        for e in payloads:
            if isinstance(e, ActorEntry):
                if e.code in never or e.form and e.form != name_form(stem, e.article_free, e.kind == "group"):
                    continue
            elif e.sector in never or e.feminine and not stem.endswith(("ه", "ات")):
                continue
            out.append(e)
        return out

    def _entity(self, text: str, toks: list[Token], i: int, n: int, payloads: list,
                prefix: str, index: int, date: str | None) -> Mention:
        """One entity mention from the payloads of a trie match (dated codes chosen for `date`)."""
        s, e = after_letters(toks[i], len(prefix)), toks[i + n - 1].end
        actors = [p for p in payloads if isinstance(p, ActorEntry)]
        if actors:
            valid = [a for a in actors if a.valid_on(date)] or _nearest(actors, date)
            # a nisba word (بريطاني) and a country name in ـيا (بريطانيا) share a key: the word's ending decides
            nisba = not toks[i + n - 1].norm.endswith("ا")
            # with a date, a code dated to it beats an undated one; then sector, reading, latest start
            a = max(valid, key=lambda a: (bool(a.valid_from or a.valid_to) == bool(date), bool(a.sector),
                                          (a.kind == "demonym") == nisba, a.valid_from))
            kind = "demonym" if nisba and a.kind == "country" and toks[i + n - 1].norm[-1:] in "يه" else a.kind
            info = (("code", a.code), ("sector", a.sector), ("name", a.name), ("type", kind),
                    ("prefix", prefix))
            return Mention(s, e, text[s:e], "actor", a.code, i, i + n, index, info, a)
        ag: AgentEntry = payloads[0]
        info = (("sector", ag.sector), ("name", ag.name), ("prefix", prefix))
        return Mention(s, e, text[s:e], "agent", ag.sector, i, i + n, index, info, ag)

    def _candidates(self, norm: str, is_fem_noun: bool, nominal: bool = False
                    ) -> list[tuple[TriggerEntry, str, bool, str, bool]]:
        """Trigger readings of one word: (entry, clitic prefix, future س, aspect, pronoun attached: a verb's
        object, a noun's possessor); verbs before nouns."""
        lex = self.lexicon
        cands: list[tuple[TriggerEntry, str, bool, str, bool]] = []
        for form, prefix, fut in ([] if is_fem_noun or nominal else verb_variants(norm)):
            for entry, aspect in lex.verbs.get(form, ()):
                if prefix[-1:] == "ل" and aspect == "perfect":
                    continue  # لـ takes an imperfect verb (ليدعم), never a perfect: لدعم is the verbal noun
                cands.append((entry, prefix, fut, aspect, not norm.endswith(form)))  # خطفهم: an object pronoun
            if cands:
                return cands
        plain = None
        for key, prefix in noun_keys(norm):
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

    def _trigger(self, text: str, toks: list[Token], keys: list[list[str]], i: int,
                 index: int) -> Mention | None:
        """The trigger starting at token i, if any: verb forms first, then nouns; tails checked."""
        norm = toks[i].norm
        is_fem_noun = _last_letter(toks[i].text) == "ة"  # no verb ends in ة: وزارة is not و+زار+ه
        nominal = i > 0 and (toks[i - 1].norm in self._nominal or (
            toks[i - 1].kind == "num" or toks[i - 1].norm in self._counts) and norm.endswith("ا")
            and not norm.endswith("وا"))
        key = (norm, is_fem_noun, nominal)
        cands = self._cands.get(key)  # looked up inline: this runs for every word
        if cands is None:
            cands = self._cached(self._cands, key, lambda: self._candidates(norm, is_fem_noun, nominal))
        if not cands:
            return None
        best = None
        for entry, prefix, fut, aspect, obj in cands:
            if entry.unless and i + 1 < len(keys) and not entry.unless.isdisjoint(keys[i + 1]):
                continue  # الطلب على النفط: demand, not a request
            if entry.not_after and i > 0 and not entry.not_after.isdisjoint(keys[i - 1]):
                continue  # وقف إطلاق النار: a ceasefire, not shooting
            end = _tail_end(keys, i, entry.tail, 7 if entry.pos == "verb" else 3)
            if end is None:
                continue
            if entry.unless and entry.tail and end < len(keys) and not entry.unless.isdisjoint(keys[end]):
                continue  # قطع طرق الإمداد: supply lines cut, not a road blocked
            if best is None or (len(entry.tail) > len(best[0].tail)):
                best = (entry, prefix, fut, end, aspect, obj)
        if best is None:
            return None
        entry, prefix, fut, end, aspect, obj = best
        s, e = after_letters(toks[i], len(prefix)), toks[i].end
        info = (("event", entry.event), ("mode", entry.mode), ("cameo", entry.cameo), ("pos", entry.pos),
                ("prefix", prefix), ("future", "1" if fut else ""), ("tail_end", str(end)),
                ("aspect", aspect), ("object_pronoun" if entry.pos == "verb" else "possessive", "1" if obj else ""))
        return Mention(s, e, text[s:e], "trigger", entry.event, i, i + 1, index, info, entry)


def _tail_end(keys: list[list[str]], i: int, tail: tuple[str, ...], first_gap: int = 3) -> int | None:
    """Token index after the tail words following token i, or None if absent.

    The first tail word may come within `first_gap` words (a verb's subject can stand between:
    توصلت الولايات المتحدة وروسيا إلى اتفاق), each next one within 3.
    """
    j = i + 1
    for n, word in enumerate(tail):
        for k in range(j, min(j + (first_gap if n == 0 else 3), len(keys))):
            if word in keys[k]:
                j = k + 1
                break
        else:
            return None
    return j


def _gender_agrees(entry: TriggerEntry, word: str, ends_in_ta: bool) -> bool:
    """A noun listed with ة matches only forms that keep a feminine or plural ending (مساعدة, مساعدات,
    مساعدته — not مساعد "assistant"); one listed without ة never matches a word in ة (طلب, not طلبة
    "students"; موافقة, not الموافق "corresponding to")."""
    if ends_in_ta:
        return bool(entry.feminine)
    if entry.feminine:
        for suffix in ("هما", "هم", "هن", "ها", "كم", "نا", "ه"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[: -len(suffix)]
                break
        return word.endswith(("ه", "ت", "تا", "تين", "تان"))
    return True


def _last_letter(word: str) -> str:
    """The last Arabic letter of a word, diacritics and tatweel skipped."""
    for ch in reversed(word):
        if "\u0621" <= ch <= "\u064A" and ch != "\u0640":
            return ch
    return ""


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
