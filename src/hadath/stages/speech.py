"""The parts of a statement read around its cue: the speaker's words (names the lexicons lack, titles,
subjects before the verb), what is said (after أن/إن, a colon or inside quotation marks), and the outlet it
was told to. Helpers of hadath.stages.statements, on the sentence's tokens and noun phrases."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from operator import attrgetter

from ..arabic.normalize import normalize
from ..lexicon.compile import FunctionWords
from ..records import Entity, Span, Statement, Token
from .phrases import Group, strip_wa

OPEN_QUOTES = {"«": "»", "“": "”", '"': '"', "„": "“", "‹": "›"}
_OUTLET_MARKS = {**OPEN_QUOTES, "(": ")", "”": "”"}  # around an outlet's name after ل: لـ«عكاظ»، لـ(عكاظ)، لـ”الوئام”
_START = attrgetter("start")


def relay(toks: list[Token], text: str, groups: list[Group], lo: int, hi: int) -> tuple[Span, str | None] | None:
    """The outlet a statement was told to, between offsets lo and hi: «لـ«الشرق الأوسط»»، «ل"الرياض"»،
    «مع «عكاظ»»، «لـ(عكاظ)» (a quoted or bracketed name after ل or مع), or an outlet of the lexicons after ل
    (لوكالة الصحافة الفرنسية)."""
    first = bisect.bisect_left(toks, lo, key=_START)
    for k in range(first, len(toks)):  # the tokens from lo to hi
        t = toks[k]
        if t.end > hi:
            break
        if t.norm in ("ل", "مع") and t.kind == "ar" and k + 1 < len(toks) and toks[k + 1].text in _OUTLET_MARKS:
            close = _OUTLET_MARKS[toks[k + 1].text]
            for m in range(k + 2, min(len(toks), k + 8)):
                if toks[m].text == close and m > k + 2:
                    return Span(text[t.start:toks[m].end], t.start, toks[m].end), None
    for g in groups:
        if g.prep == "ل" and lo <= toks[g.start_tok].start and toks[g.end_tok - 1].end <= hi and is_outlet(g) and \
                not toks[g.end_tok - 1].norm.endswith(("ين", "ون")):  # (للصحفيين: journalists told, no outlet)
            s0, e0 = toks[g.start_tok].start, toks[g.end_tok - 1].end
            return Span(text[s0:e0], s0, e0), g.entity(text).name
    return None


def word_in(word: str, words: frozenset[str]) -> bool:
    """True when `word`, as written or without a leading و/ف, is one of `words` (فضيلته keeps its ف)."""
    return word in words or strip_wa(word) in words


def token_after(toks: list[Token], st: Statement) -> int:
    """The index of the first token after a statement's speaker (or cue)."""
    end = st.speaker.end if st.speaker is not None and st.speaker.end > st.cue.end else st.cue.end
    return bisect.bisect_left([t.start for t in toks], end)


SAYING = ("assert", "deny", "continue", "continue_deny")  # cue classes that open a statement of their own
WORD = re.compile(r"[\u0621-\u064a\w]+")


def word_finder(phrases: Iterable[tuple[str, ...]], prefixes: str = "") -> re.Pattern[str]:
    """A regex that finds, in text as written, words (of WORD, once normalised) that normalise to one of
    `phrases` (tuples of normalised words), one after the other, each perhaps with one of `prefixes`
    (و، ف) glued before it: each letter written as any character normalised to it, with the marks
    normalisation drops (harakat, tatweel…) anywhere. No match: no such words, found without
    normalising the text (a match may still be none: a quick test before the exact one)."""
    dropped, written = _normal_forms()
    marks = _char_class(dropped) + "*"
    in_word = "[\\u0621-\\u064a\\w" + _char_class(dropped)[1:-1] + "]"  # a character of WORD, or a dropped mark
    gap = f"(?:[^\\u0621-\\u064a\\w]|{_char_class(dropped)})+"  # what may stand between two words
    glued = f"(?:{_char_class(c for p in prefixes for c in written.get(p, {p}))}{marks})?" if prefixes else ""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in " ".join(phrase):
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: dict) -> str:
        alts = [f"(?!{in_word})" if ch == "" else gap + glued + marks + branch(sub) if ch == " " else
                _char_class(written.get(ch, {ch})) + marks + branch(sub) for ch, sub in sorted(node.items())]
        return "(?:" + "|".join(alts) + ")"

    return re.compile(f"(?<!{in_word}){marks}{glued}{branch(trie)}")


def opener_finder(words: Iterable[str], prefixes: str = "") -> re.Pattern[str]:
    """A regex that matches text as written whose first word (the text split at spaces and the quote marks
    “ " «, as opens_negated reads it) normalises to one of `words`, perhaps with one of `prefixes` glued
    before it. No match: opens_negated is False, found without normalising the text."""
    dropped, written = _normal_forms()
    marks = _char_class(dropped) + "*"
    lead = "[\\s“\"«" + _char_class(dropped)[1:-1] + "]*"
    glued = f"(?:{_char_class(c for p in prefixes for c in written.get(p, {p}))}{marks})?" if prefixes else ""
    spelled = ["".join(_char_class(written.get(ch, {ch})) + marks for ch in w) for w in sorted(words)
               if w and not any(ch.isspace() for ch in w)]
    return re.compile(f"{lead}{glued}(?:{'|'.join(spelled)})(?=[\\s“\"«]|\\Z)")


@cache
def _normal_forms() -> tuple[set[str], dict[str, set[str]]]:
    """(the characters normalisation drops, {a normalised character: every character normalised to it})."""
    chars = [chr(c) for c in range(1, 0x10000) if not 0xD800 <= c < 0xE000]
    dropped: set[str] = set()
    written: dict[str, set[str]] = {}
    for c, n in zip(chars, normalize("\0".join(chars)).split("\0")):  # one character in, at most one out
        if not n:
            dropped.add(c)
        elif n != c:
            written.setdefault(n, {n}).add(c)
    return dropped, written


def _char_class(chars: Iterable[str]) -> str:
    """A regex character class of `chars`, runs of code points as ranges."""
    cps = sorted(map(ord, chars))
    parts = []
    k = 0
    while k < len(cps):
        j = k
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        parts.append(re.escape(chr(cps[k])) + ("-" + re.escape(chr(cps[j])) if j > k else ""))
        k = j + 1
    return "[" + "".join(parts) + "]"


PRONOUNS = ("", "ه", "ها", "هم", "هما", "هن", "ني", "نا", "كم")
_CONTRAST = ("الا", "غير")  # «إلا أن»، «غير أن»: but
CLAUSE_WORDS = frozenset(lead + p for lead in ("ان", "بان") for p in PRONOUNS)


def clause_word(w: str) -> bool:
    """True for أنّ/إنّ/بأنّ, alone or with an attached pronoun (أنه، بأنها، إننا): a clause follows."""
    return w in CLAUSE_WORDS


def outer(found: list[Statement], last: Statement | None) -> Statement | None:
    """The latest statement not told inside another: the one a continuation (وأضاف) goes on."""
    for st in reversed(found):
        if not st.embedded:
            return st
    return last


def phrase_entity(g: Group, text: str) -> Entity:
    """The speaker entity of a phrase, with its conjuncts' span when joined by و."""
    e = g.entity(text)
    if g.conj:
        last = g.conj[-1].entity(text)
        return Entity(text[e.start:last.end], e.start, last.end, e.code, e.sector, e.name, e.role)
    return e


_FROM = frozenset(("عن", "الي"))  # «نقلت الوكالة عن ظريف قوله»، «ونسبت يونهاب إلى مصدر قوله»


def _relayed(toks: list[Token], k: int) -> bool:
    """True when a verb of relaying (نقل، نسب) stands within eight words before the «عن» at token k: «ونقلت وكالة
    «تسنيم» للأنباء عن …»."""
    return any(t.kind == "ar" and strip_wa(t.norm).startswith(("نقل", "نسب")) for t in toks[max(0, k - 8):k])


def after_an(toks: list[Token], i: int, starts: dict[int, Group]) -> Group | None:
    """The phrase after the nearest «عن» (or «إلى» after نسب) before token i (نقلت الوكالة عن ظريف قوله), up to
    sixteen words back after a verb of relaying («ونقلت وكالة «تسنيم» عن محمد علي جعفري، قائد الحرس الثوري، قوله»)."""
    for k in range(i - 1, max(-1, i - 16), -1):
        if strip_wa(toks[k].norm) in _FROM:
            return starts.get(k + 1) if k >= i - 7 or _relayed(toks, k) else None
        g = next((g for g in starts.values() if g.start_tok == k and g.prep == "عن"), None)
        if g is not None:
            return g
    return None


def name_after_an(toks: list[Token], i: int, text: str, fw: FunctionWords) -> Entity | None:
    """A name of one to five words after the nearest «عن» before token i, up to token i or the first comma, dash or
    bracket (عن ظريف قوله، عن عبد اللهيان قوله، «عن محمد علي جعفري، قائد الحرس الثوري، قوله»، «عن ظريف -الذي
    قاد وفد بلاده- قوله»), when no phrase is known."""
    for k in range(i - 1, max(-1, i - 16), -1):
        if strip_wa(toks[k].norm) in _FROM:
            end = next((m for m in range(k + 1, i) if toks[m].kind == "punct"), i)
            if (k < i - 5 or end < i) and not _relayed(toks, k):
                return None  # (a name before a comma only after a verb of relaying: not «وأعرض عن الجاهلين، وقوله»)
            if k + 1 < end <= k + 6 and all(t.kind == "ar" and not is_function(t, fw) for t in toks[k + 1:end]):
                s0, e0 = toks[k + 1].start, toks[end - 1].end  # «عن عبد اللهيان قوله»
                return Entity(text[s0:e0], s0, e0)
            return None
    return None


def subject_after_anna(toks: list[Token], i: int, starts: dict[int, Group], text: str,
                        fw: FunctionWords, that: frozenset[str]) -> Entity | None:
    """The phrase (or one-word name) right after an earlier «أن» of the sentence, before token i."""
    for k in range(0, max(0, i - 2)):
        if strip_wa(toks[k].norm) in that and k + 1 < i - 1:
            g = starts.get(k + 1)
            if g is not None and not g.prep:
                return phrase_entity(g, text)
            t = toks[k + 1]
            if t.kind == "ar" and not is_function(t, fw):
                return Entity(t.text, t.start, t.end)
            return None
    return None


def past_outlet(toks: list[Token], j: int) -> int:
    """The token after an outlet in quote marks (or brackets) told right after the verb (قال لـ"الاقتصادية"
    مصدر، كشف لـ«عكاظ» الرئيس العام، كشف لـ(عكاظ) عميد القبول), or j when none is there."""
    if j + 2 < len(toks) and toks[j].norm in ("ل", "لـ") and toks[j + 1].text in _OUTLET_MARKS:
        close = _OUTLET_MARKS[toks[j + 1].text]
        for m in range(j + 2, min(len(toks), j + 7)):
            if toks[m].text == close and m > j + 2:
                k = m + 1
                while k < len(toks) and toks[k].text in ("،", ","):
                    k += 1
                return k if k < len(toks) and toks[k].kind == "ar" else j
    return j


def is_function(tok: Token, fw: FunctionWords) -> bool:
    """True for a preposition, complementizer, number or filler word: not part of a name."""
    w = strip_wa(tok.norm)
    return w in fw.preposition or w in fw.complementizer or w in fw.filler or w in fw.pronoun_that or w in fw.day


def unknown_name(toks: list[Token], k: int, fw: FunctionWords, ends_at: frozenset[str],
                  strict: bool = False) -> int | None:
    """The token after a name the lexicons do not know (وأشار شولتز، …), when one to three words stand
    between the verb and a comma, colon, أن/إن or a preposition (also بـ، لـ written apart); None otherwise."""
    if k < len(toks) and (toks[k].norm.startswith(("لل", "بال")) or len(toks[k].norm) < 2):
        return None  # للصحافة الفرنسية، «بـ»: a preposition (and its object), not a speaker
    m = k
    while m < min(len(toks), k + (4 if strict else 9)) and toks[m].kind == "ar":
        w = strip_wa(toks[m].norm)
        if (w in fw.preposition or w in fw.complementizer or w in fw.filler or w in fw.pronoun_that
                or w in fw.day or w in fw.adverb or w in ends_at or toks[m].text.endswith(("اً", "ًا")) or len(w) == 1
                or (toks[m].norm[:1] == "ف" and toks[m].norm[1:] in fw.complementizer and not _van(toks, m, k, fw))):
            break
        m += 1
    if m == k or m >= len(toks):
        return None
    nxt = toks[m]
    w = strip_wa(nxt.norm)
    if nxt.norm[:1] == "ف" and nxt.norm[1:] in fw.complementizer:
        w = nxt.norm[1:]  # «بحسب دريك فإن …»
    ends = nxt.text in ("،", ",", ":") if strict else nxt.kind == "punct"
    if not strict and m - k > 5 and not (w in fw.complementizer or nxt.text in ("،", ",", ":")):
        return None  # a long run of unknown words is a name only when a clause or a comma follows it
    if ends or w in fw.complementizer or w in fw.preposition or w in fw.day or w in fw.adverb or w in ends_at or (
            nxt.kind == "ar" and len(w) == 1):
        return m  # (also «بـ»، «لـ» written apart: «المتحدث الإعلامي | بـ"صحة جدة"»)
    return None


def _van(toks: list[Token], m: int, k: int, fw: FunctionWords) -> bool:
    """True for «فان» (so written) opening a name at token m = k, a name's word after it («وقال فان غال:»، «فان
    دايك»): the Dutch «van», not «فإن»/«فان» before a definite noun or a function word («فان البرنامج …»)."""
    return m == k and toks[m].text == "فان" and m + 1 < len(toks) and toks[m + 1].kind == "ar" and \
        not is_function(toks[m + 1], fw) and not toks[m + 1].norm.startswith("ال")


def is_outlet(g: Group) -> bool:
    """True for a news outlet or agency (sector MED): the relay, not the speaker."""
    return any(m.get("sector") == "MED" for m in g.mentions)


def skippable(tok: Token, fw: FunctionWords, not_name: frozenset[str] = frozenset()) -> bool:
    """A word that may stand between a reporting verb and its speaker: a comma, an adverb (مرارا، أيضاً:
    listed, or an indefinite accusative with tanween), a day word."""
    w = strip_wa(tok.norm)
    return (tok.text in ("،", ",", "“", "”", '"', "«", "»") or w in fw.adverb or w in fw.day or w in not_name
            or tok.text.endswith(("اً", "ًا")))


def bare_verb(toks: list[Token], i: int, fw: FunctionWords, lead_ins: frozenset[str] = frozenset()) -> bool:
    """A reporting verb at the head of a clause with no subject after it (وقال إن…, إلا أنه قال…, لكنه أوضح…,
    بينما أكد…)."""
    if toks[i].norm[:1] in "وف" or i == 0:
        return True
    before = strip_wa(toks[i - 1].norm)
    return before in fw.pronoun_that or before in lead_ins


def opens_negated(text: str, start: int, negations: frozenset[str]) -> bool:
    """True when what is said opens with a negation (لم نستلم الطلب، عدم تلقي طلب)."""
    words = normalize(text[start:start + 40]).replace("“", " ").replace('"', " ").replace("«", " ").split(None, 1)
    return bool(words) and strip_wa(words[0]) in negations


def sentence_end(toks: list[Token]) -> int:
    """Offset of the end of the sentence's last word (final punctuation left out)."""
    for t in reversed(toks):
        if t.kind != "punct":
            return t.end
    return toks[-1].end


def content_span(text: str, toks: list[Token], k: int, fw: FunctionWords, stop: int | None = None,
                 joins: frozenset[str] = frozenset(), opens: frozenset[str] = frozenset(),
                 veils: frozenset[str] = frozenset()) -> tuple[int, int, bool]:
    """(start, end, direct) of what is said from token k: after إن/أن, a colon, or inside quote marks; not
    past the next reporting word (`stop`): «نفت الوزارة تلقي أي طلب، وقال المتحدث إن …» says «تلقي أي طلب»,
    nor the word that joins the next clause (`joins`: «…، كما أكد»). A nominal content leaves out the
    preposition it opens with (`opens`: «أعلنت الشركة عن | نتائج …»، «وشدد على | أهمية …») and a veil lifted
    (`veils`: «كشف الوزير النقاب عن | تفاصيل …»)."""
    k = past_outlet(toks, past_quoted_name(text, toks, k))  # «ونفت مصادر مطلعة لـ«الشرق الأوسط» | وجود …»
    k = _past_aside(toks, k)  # «قال د. عبدالله الفايز - مستشار في العمارة والتخطيط - | : إن …»
    while k < len(toks) - 1 and toks[k].text in ("،", ",") and (stop is None or k + 1 < stop):
        k += 1  # «أكد قائد عمليات الأنبار …، مقتل العشرات»: what is said begins after the comma
    first = _past_opening(toks, k, stop, opens, veils, _joined(fw.day, fw.adverb))  # where a nominal content begins
    for m in range(k, min(len(toks), k + 16)):  # what is said opens right after the speaker …
        t = toks[m]
        if m >= k + 10 and not (toks[m - 1].text in ("،", ",") and clause_word(strip_wa(t.norm))) and not (
                toks[m - 1].norm in opens and strip_wa(t.norm) in fw.complementizer and _told_between(toks, k, m)):
            continue  # further on, only «…، إن», or the verb's «إلى أن» past a quoted outlet told: «وقال ستاثاكيس
            # قبيل بدء المفاوضات السبت، التي …، إن»، «وأشارت مصادر في المعارضة السورية في تصريح لـ«الشرق الأوسط»، إلى أن»
        if stop is not None and m >= stop:
            e = stop - 1
            while e > k and (toks[e].kind == "punct" or strip_wa(toks[e].norm) == "" or word_in(toks[e].norm, joins)):
                e -= 1
            start = toks[first if first <= e else k].start
            return start, max(start, toks[e].end), False
        if t.text in OPEN_QUOTES:
            q = quote_span(text, t)
            if q is not None:
                return q[0], q[1], True
        if t.text == ":" and m + 1 < len(toks):
            nxt = toks[m + 1]
            if nxt.text in OPEN_QUOTES:
                q = quote_span(text, nxt)
                if q is not None:
                    return q[0], q[1], True
            return nxt.start, sentence_end(toks), False
        w = strip_wa(t.norm)
        if m > k + 1 and w in CLAUSE_WORDS and toks[m - 1].norm in _CONTRAST:
            e = m - 2  # «تنفي إيران تدخلها في شؤون المنطقة، إلا أنها تؤكد»: a clause of contrast ends what is said
            while e > k and toks[e].kind == "punct":
                e -= 1
            return toks[k].start, toks[e].end, False
        if w in fw.complementizer or w in ("بان", "بانه", "بانها", "بانهم"):
            if m + 1 < len(toks):
                return toks[m + 1].start if w in fw.complementizer else t.start, sentence_end(toks), False
    for m in range(k, min(len(toks) - 1, k + 30)):  # … or after a colon and a quote mark further on
        if toks[m].text == ":" and toks[m + 1].text in OPEN_QUOTES:
            q = quote_span(text, toks[m + 1])
            if q is not None:
                return q[0], q[1], True
    if k < len(toks):
        return toks[first].start, sentence_end(toks), False
    return toks[-1].end, toks[-1].end, False


_DASHES = frozenset("-–—")


def _past_aside(toks: list[Token], k: int) -> int:
    """The token after an aside set between dashes at token k, when a colon or أن/إن follows it: «وقال فيديريكو فوسي
    -وهو متحدث باسم وكالة الأمم المتحدة لشؤون اللاجئين-: إن …» (the speaker's title, not what he says); else k."""
    if k >= len(toks) or toks[k].text not in _DASHES:
        return k
    for m in range(k + 2, min(len(toks) - 1, k + 20)):
        if toks[m].text in _DASHES:
            nxt = toks[m + 1]
            return m + 1 if nxt.text == ":" or clause_word(strip_wa(nxt.norm)) else k
        if toks[m].text in (".", "؟", "!", ":"):
            return k
    return k


@lru_cache(maxsize=8)
def _joined(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    """The words of a and b, joined once for the same two sets (content_span reads a day or an adverb for each
    statement)."""
    return a | b


def _told_between(toks: list[Token], k: int, m: int) -> bool:
    """True when a quoted or bracketed outlet told after ل or مع stands between tokens k and m («لـ«الشرق الأوسط»»)."""
    return any(toks[x].norm in ("ل", "مع") and toks[x + 1].text in _OUTLET_MARKS for x in range(k, m - 1))


def _past_opening(toks: list[Token], k: int, stop: int | None, opens: frozenset[str], veils: frozenset[str],
                  times: frozenset[str] = frozenset()) -> int:
    """The token after a veil and its «عن» (النقاب عن، اللثام عن) or a preposition of `opens` (عن، إلى، على)
    at token k, or after «عن» past a time (`times`: أمس، اليوم، الثلاثاء; or an adverb: مؤخراً) and its commas («أعلنت
    الوزارة أمس عن | تخريج …»), when a word follows it before the next cue (`stop`); else k."""
    end = len(toks) - 1 if stop is None else min(len(toks) - 1, stop - 1)
    if k + 2 <= end and toks[k].kind == "ar" and strip_wa(toks[k].norm) in veils and toks[k + 1].norm == "عن":
        return k + 2
    if k + 1 <= end and toks[k].kind == "ar" and toks[k].norm in opens and toks[k + 1].kind in ("ar", "num"):
        return k + 1
    if "عن" in opens and times:  # «أعلنت الوزارة أمس عن | تخريج 63 مستفيداً»، «كشفت الشركة مؤخراً عن»
        for m in range(k, min(end, k + 5)):
            t = toks[m]
            if m > k and t.norm == "عن" and toks[m + 1].kind in ("ar", "num"):
                return m + 1
            if t.text not in ("،", ",") and not (t.kind == "ar" and (strip_wa(t.norm) in times or t.text.endswith(("اً", "ًا")))):
                break
    return k


def past_quoted_name(text: str, toks: list[Token], k: int) -> int:
    """Token index after a short quoted name and its comma (أعلنت وزارة الدفاع “البنتاجون”، عدم …)."""
    if k < len(toks) and toks[k].text in OPEN_QUOTES and quote_span(text, toks[k]) is None:
        m = k + 1
        while m < min(len(toks), k + 6) and toks[m].text not in OPEN_QUOTES.values():
            m += 1
        if m >= len(toks) or toks[m].text not in OPEN_QUOTES.values():
            return k + 1  # a stray mark (the closing one of a quoted speaker: قال "المعلم" في …): step over it
        m += 1
        while m < len(toks) and toks[m].text in ("،", ","):
            m += 1
        return min(m, len(toks) - 1) if m < len(toks) else k
    return k


def quote_span(text: str, opening: Token) -> tuple[int, int] | None:
    """(start, end) inside a quotation opened by the token, when it holds at least three words (a quoted
    name such as “البنتاجون” is not a quotation); the closing mark may come sentences later."""
    if opening.text == '"' and _closes(text, opening):
        return None  # the closing mark of a quoted name (لـ"الوطن" أمس أن), not an opening one
    close = OPEN_QUOTES[opening.text]
    start = opening.end
    while start < len(text) and text[start] in "“”\"«» ":
        start += 1  # doubled marks: “”لم نستلم…
    end = text.find(close, start, start + 3000)
    if end <= start or len(text[start:end].split()) < 3:
        return None
    return start, end


def _closes(text: str, mark: Token) -> bool:
    """True when a straight quote mark is glued to the word before it and a space follows: it closes."""
    before = text[mark.start - 1] if mark.start > 0 else " "
    after = text[mark.end] if mark.end < len(text) else " "
    return before.isalnum() and after.isspace()


def whole_quote(text: str, opening: Token) -> bool:
    """True when the quotation opened by the token ends its clause (a sentence mark, a comma or the end
    follows), so it is what is said — not a quoted name or title with the speaker's name after it."""
    span = quote_span(text, opening)
    if span is None:
        return False
    rest = text[span[1] + 1:span[1] + 12].lstrip(" ”\"»")
    return not rest or rest[0] in ".،,؛\n!؟?"
