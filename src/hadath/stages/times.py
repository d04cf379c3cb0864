"""Time expressions: found in each story sentence with offsets, resolved against the publication date.

Arabic news dates events relative to the day it is written ("أمس", "الأربعاء الماضي",
"25 مايو الجاري", "فبراير الماضي", "منذ ثلاثة أيام") and mixes calendars ("17 شوال 1436هـ الموافق
2 أغسطس 2015م") and month-name series (مايو / أيار / ماي). This stage reads all of them with rules
over the sentence's tokens and the words of lexicon/data/time_words.tsv. That day is the publication date,
unless a day word with a weekday in its lead shows the story was written earlier («اليوم الجمعة» in a record
dated Saturday; the weekday may stand in brackets or quotes: «امس «الاربعاء»» in a record dated Friday): then every
relative expression counts from the day it was written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from ..arabic.calendar import HijriCalendar, add_months, iso_week, weekday_near
from ..arabic.normalize import last_letter, normalize, shed_conjunction
from ..article import Article
from ..lexicon.compile import FunctionWords
from ..lexicon.morph import clitic_forms, clitic_variants
from ..lexicon.timewords import TimeWord, TimeWords
from ..arabic.tokens import after_letters
from ..records import TimeExpr, Token
from .phrases import strip_wa

_NO_WORD = TimeWord({})


_DIGIT = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]")

# classes of words that only lead into an expression and never are one
_LEADS = frozenset({"month_lead", "range_to", "year_lead", "since", "after", "about", "edge"})
_OPENING_QUOTES = frozenset({"«", "\"", "“", "'"})  # marks that open a quoted name: لجريدة «اليوم»، لجريدة “اليوم”
_CLOSING_QUOTES = frozenset({"»", "\"", "”", "'"})  # and close it
_CLAUSE_MARKS = frozenset({"،", ",", ":", "..."})  # marks that close a word opening its clause («أخيرا، …»)


@dataclass(frozen=True, slots=True)
class _Word:
    """One token read as a time word: classes, the number of tokens it spans, the clitic before it."""

    tw: TimeWord
    n: int
    prefix: str
    stem: str = ""

    def has(self, cls: str) -> bool:
        return cls in self.tw.classes

    def val(self, cls: str) -> str:
        return self.tw.classes.get(cls, "")


_NONE = _Word(_NO_WORD, 0, "")  # no time word here


class TimeTagger:
    """Finds and resolves time expressions in the story sentences (the `times` layer)."""

    name = "times"
    requires = ("sentences", "tokens", "mentions")
    adds = ("times",)

    def __init__(self, words: TimeWords | None = None, hijri: HijriCalendar | None = None,
                 fw: FunctionWords | None = None):
        words = words or TimeWords.load()
        self.aux = frozenset(k[0] for k, tw in words.phrases.items()  # كان، كانت: before an imperfect, the past
                             if len(k) == 1 and tw.classes.get("background") == "aux")
        # ثورة، انتفاضة، حرب (time_words background named_event): a bare year right after one names it, «انتفاضة 2011»
        self.named_events = frozenset(k[0] for k, tw in words.phrases.items()
                                      if len(k) == 1 and tw.classes.get("background") == "named_event")
        self.words = _time_words_only(words)
        self.hijri = hijri or HijriCalendar.load()
        self.month_leads = self.words.words_of("month_lead")
        self.year_leads = self.words.words_of("year_lead")
        self.friday_nouns = self.words.words_of("friday_noun")
        self.agreeing = self.words.words_of("agreeing")
        self.roughly = self.words.words_of("roughly")  # تقريباً after a count of time
        self.reckoned_from = self.words.words_of("reckoned_from")  # على، من: a count from another event
        self.now = self.words.words_of("now")  # الآن، اليوم: a count from the writer's day
        self.reckoned_events = self.words.words_of("reckoned_event")  # بدء، حلول، موعد: a count from that event
        self.feasts = {k: tuple(int(x) for x in tw.classes["feast"].split("-"))  # عيد الفطر → (10, 1): its Hijri day
                       for k, tw in self.words.phrases.items() if "feast" in tw.classes}
        self.not_future = tuple(sorted(self.words.words_of("not_future")))
        self.particles = self.words.words_of("future_particle")  # سوف: the verb after it is to come
        self.past_particles = self.words.words_of("past_particle")  # لم: the imperfect after it is past
        fw = fw or FunctionWords.load()
        self.past_verbs = fw.happened  # شهدت، جرت: a month after it is the last one, not to come
        self.when = fw.when_done  # عندما، حين: a verb of the past after it tells a done act (احتلوا)
        self.t_perfect = fw.t_perfect  # توجه، تعهد: a perfect that starts with ت
        self.day_subject = fw.day_subject  # انتهى، مضى: اليوم right after it is their subject, the day told of
        self.call_to = fw.call_to  # الى after a call verb: the act called for (دعا الى تجمع الاحد) is to come
        papers = {k[0]: tw.classes["newspaper"] for k, tw in self.words.phrases.items()
                  if len(k) == 1 and "newspaper" in tw.classes}
        self.newspaper = frozenset(w for w, v in papers.items() if v == "")  # صحيفة اليوم: a name, not today
        self.media = frozenset(w for w, v in papers.items() if v == "media")  # قناة «X اليوم»: a channel's name
        self.papers = self.newspaper | self.media  # a paper's or a channel's word, before a name with اليوم
        self.paper_names = frozenset(w for w, v in papers.items() if v == "name")  # «المصري اليوم»: a paper's name
        self.general = self.words.words_of("general")  # الأمين العام السابق: a title, not last year
        self.given = _given_names()  # إبراهيم الخميس: a family name after a given name
        self.that = self.words.words_of("that")  # أن، أنها: what follows is what is said
        self.told_ahead = self.words.words_of("next") | frozenset(  # المقبل، المقبلين: a weekday told as the next one
            k[0] for k, tw in self.words.phrases.items() if len(k) == 1 and tw.classes.get("pair_rel") == "next")
        self._firsts = frozenset(k[0] for k in self.words.phrases)
        self._variants: dict[str, tuple[tuple[str, str], ...]] = {}  # word → its readings that begin a time word
        self._longest: dict[str, int] = {}  # a time word's first word → the most words of its phrases
        for k in self.words.phrases:
            self._longest[k[0]] = max(self._longest.get(k[0], 1), len(k))
        self._seconds: dict[str, set[str]] = {}  # a time word's first word → the second words of its phrases
        for k in self.words.phrases:
            if len(k) > 1:
                self._seconds.setdefault(k[0], set()).add(k[1])
        self.alone: dict[str, tuple[_Word, frozenset[str]]] = {}  # see word_alone
        # the written words a rule can start on, and those of which a sentence needs one to hold an expression
        self._starters = self.word_table(_START_CLASSES, _START_WORDS)
        self._needed = self.word_table(_NEEDED_CLASSES)
        self._needed_words = frozenset(self._needed)

    def word_table(self, classes: frozenset[str], words: tuple[str, ...] = ()) -> dict[str, frozenset[str] | None]:
        """The written words (clitics on) that begin a time word of one of `classes`, or are one of `words`
        (و/ف before them allowed): → None when the word alone is one, else the words one of which must
        follow it (the second words of its phrases: في وقت سابق)."""
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for k, tw in self.words.phrases.items():
            if not classes.isdisjoint(tw.classes):
                by_first.setdefault(k[0], []).append(k)
        table: dict[str, frozenset[str] | None] = {}
        for form in clitic_forms(by_first):
            keys = [k for stem, _ in clitic_variants(form) for k in by_first.get(stem, ())]
            table[form] = None if any(len(k) == 1 for k in keys) else frozenset(k[1] for k in keys)
        for w in words:
            table.update(dict.fromkeys(f for f in (w, "و" + w, "ف" + w) if _rule_word(f) == w))
        return table

    def readings(self, norm: str) -> tuple[tuple[str, str], ...]:
        """(stem, clitic prefix) readings of a word whose stem begins some time word (cached)."""
        hit = self._variants.get(norm)
        if hit is None:
            if len(self._variants) > 200_000:
                self._variants.clear()
            hit = self._variants[norm] = tuple((st, pre) for st, pre in clitic_variants(norm) if st in self._firsts)
        return hit

    def word_alone(self, norm: str) -> tuple[_Word, frozenset[str]]:
        """A word's time-word reading when the next word goes on none of its phrases, and the words
        that do (the second words of the phrases its readings begin); cached in `alone`."""
        if len(self.alone) > 200_000:
            self.alone.clear()
        best, seconds = _NONE, set()
        for stem, prefix in self.readings(norm):
            tw = self.words.phrases.get((stem,))
            if tw is not None and best is _NONE:
                best = _Word(tw, 1, prefix, stem)
            seconds.update(self._seconds.get(stem, ()))
        hit = self.alone[norm] = (best, frozenset(seconds))
        return hit

    def __call__(self, article: Article) -> Article:
        pub = _parse_date(article.published)
        futures = cache(lambda: _future_sentences(article))  # read only when a bare weekday needs it
        triggers = cache(lambda: {(m.sentence, m.tok_start): m.get("aspect") or "" for m in article.mentions
                                  if m.kind == "trigger"})  # where the event words begin, and their aspect
        calls = cache(lambda: frozenset((m.sentence, m.tok_start) for m in article.mentions if m.kind == "trigger"
                                        and m.label == "REQUEST" and m.get("pos") == "verb"))  # verbs of calling
        found = [(sent.index, toks, self.starts(toks, norms, digits))
                 for sent, toks, norms, digits in self.candidates(article)]
        written: list[tuple[int, date]] = []  # (sentence, day) its day words with a weekday show it written on
        out = self.parse(article, [f for f in found if f[2]], pub, futures, written, triggers, calls)
        day = _written_day(written, pub, lead_sentences(article))
        if day is not None:
            # «اليوم الجمعة» in the lead of a record dated Saturday, and no «أمس الجمعة» that agrees with the date:
            # the story was written on Friday, and its أمس, غداً, الأسبوع الماضي… count from that day
            out = self.parse(article, [f for f in found if f[2]], day, futures, [], triggers, calls)
        if pub is not None and day is None:
            out = _weekdays_told_past(out, pub, self.told_ahead)
        article.times = out
        return article

    def candidates(self, article: Article):
        """(sentence, tokens, normal forms, has a digit) of the story sentences that may hold an expression."""
        text = article.text
        digit = _DIGIT.search
        for sent, toks, norms in zip(article.sentences, article.tokens, article.norms()):
            if not sent.in_story or not toks:
                continue
            digits = digit(text, sent.start, sent.end) is not None
            if not digits and not self.may_hold(norms):
                continue  # most sentences: no number and no word that an expression needs
            yield sent, toks, norms, digits

    def parse(self, article: Article, found, pub: date | None, futures,
              written: list[tuple[int, date]], triggers: Callable[[], dict[tuple[int, int], str]] = dict,
              calls: Callable[[], frozenset[tuple[int, int]]] = frozenset) -> list[TimeExpr]:
        """The expressions of the sentences `found` ((index, tokens, rule starts)) resolved against `pub`;
        the days its day words with a weekday show the story was written on are added to `written`."""
        out: list[TimeExpr] = []
        for index, toks, starts in found:
            out.extend(_Sentence(self, article.text, index, toks, pub, futures, written, triggers, out,
                                 calls).parse(starts))
        return out

    def may_hold(self, norms: list[str]) -> bool:
        """False when a sentence without a digit (its tokens' normalised forms) holds no time expression:
        every rule needs a number or a word of _NEEDED_CLASSES (a month, a unit, a weekday…)."""
        hits = self._needed_words.intersection(norms)
        if not hits:
            return False
        needed = self._needed
        if any(needed[w] is None for w in hits):
            return True
        if all(needed[w].isdisjoint(norms) for w in hits):
            return False  # no word that one of them needs after it
        return any(w in hits and norms[k + 1] in needed[w] for k, w in enumerate(norms[:-1]))

    def starts(self, toks: list[Token], norms: list[str], digits: bool) -> list[int]:
        """The tokens a rule may start on: numbers, and the words of `_starters` (those that need a next
        word only before it)."""
        table = self._starters
        if digits:
            cands = [k for k, t in enumerate(toks) if t.kind == "num" or t.norm in table]
        else:
            cands = [k for k, w in enumerate(norms) if w in table]
        last = len(toks) - 1
        out = []
        for k in cands:
            tok = toks[k]
            if tok.kind == "ar":
                nxt = table[tok.norm]
                if nxt is not None and (k == last or norms[k + 1] not in nxt):
                    continue
            elif tok.kind != "num":
                continue
            out.append(k)
        return out


def _dated_weekdays(out: list[TimeExpr], text: str, agreeing: frozenset[str]) -> list[TimeExpr]:
    """A weekday told with its date, «يوم السبت الموافق ٦-٦-٢٠١٥»، «الأربعاء (20 شوال)», is that date, not
    the weekday nearest the publication day (`agreeing`: the words that may stand between, time_words.tsv)."""
    for k in range(len(out) - 1):
        e, nxt = out[k], out[k + 1]
        if e.relative and e.granularity == "day" and e.end_value is None and nxt.value \
                and nxt.granularity == "day" and any(c.isdigit() for c in nxt.text) and nxt.start - e.end <= 12:
            between = normalize(text[e.end:nxt.start]).replace("ـ", "").strip(" ،,-()").split()
            told, near = _parse_date(nxt.value), _parse_date(e.value)
            same_day = near is None or told is not None and told.weekday() == near.weekday()
            if (not between or between[0] in agreeing and between[1:] in ([], ["ل"])) and same_day:  # a date on another weekday is a slip of the pen: the weekday wins
                out[k] = replace(e, value=nxt.value, relative=False)
    return out


_TOLD_PAST_AHEAD = 5  # a bare weekday read this many days or more after the publication day may be the one just past


def _weekdays_told_past(out: list[TimeExpr], pub: date, ahead_words: frozenset[str]) -> list[TimeExpr]:
    """A bare weekday read as the next one, five or six days after the publication day («ومن المقرر بدء سريان
    الهدنة … ليل الأحد» in a record dated Monday), is the day just past when the article tells that weekday as past
    elsewhere («صباح امس الأحد»): the copy was written before the record's date; not one told as the next
    («الأحد المقبل»)."""
    past = {e.value for e in out if e.granularity == "day" and e.value and e.value < pub.isoformat()}
    ahead = _days_ahead(pub)
    for k, e in enumerate(out):
        if not (e.relative and e.granularity == "day" and e.value in ahead and e.end_value is None):
            continue
        if _DIGIT.search(e.text) or ahead_words.intersection(normalize(e.text).split()):
            continue
        told = (_parse_date(e.value) - timedelta(weeks=1)).isoformat()
        if told in past:
            out[k] = replace(e, value=told, relative=False)  # pinned: anchors does not move it to the coming week
    return out


def _days_ahead(pub: date) -> frozenset[str]:
    """The days _TOLD_PAST_AHEAD or more (up to six) after `pub`, as ISO dates."""
    return frozenset((pub + timedelta(days=n)).isoformat() for n in range(_TOLD_PAST_AHEAD, 7))


def _time_words_only(words: TimeWords) -> TimeWords:
    """The time words without those only of the class `background` (read by the anchors stage, never part
    of a time expression)."""
    kept = {k: tw for k, tw in words.phrases.items() if tw.classes.keys() - {"background"}}
    if len(kept) == len(words.phrases):
        return words
    out = TimeWords(kept)
    out.longest = max((len(k) for k in kept), default=1)
    return out


def looks_back(expr: TimeExpr, words: TimeWords) -> bool:
    """True for a vague expression that looks back from the publication day: a vague phrase of value past
    (في وقت سابق، مؤخراً), one counted back (قبل أشهر، منذ سنوات) or one ending in a past word (الأسابيع
    القليلة الماضية، الفترة الأخيرة)."""
    if expr.value is not None or expr.granularity != "vague":
        return False
    key = tuple(normalize(expr.text).split())
    if not key:
        return False
    whole = words.phrases.get(key)
    if whole is not None and "vague" in whole.classes:
        return whole.classes["vague"] == "past"
    first = words.phrases.get((strip_wa(key[0]),))
    if first is not None and "since" in first.classes:
        return True
    last = words.phrases.get((key[-1],))
    return last is not None and ("past" in last.classes or last.classes.get("few") == "past")


_WRITTEN_REACH_DAYS = 7  # a story written up to this many days before its publication date (a late record)
_WRITTEN_LEAD = 2  # the lead's sentences: a daily edits their day words for the publication day, not the body's


_DATELINE_TOKENS = 6  # a first sentence this short with a dash is a dateline (عين اليوم – كابول), not the lead's news
_DASHES = frozenset({"-", "–", "—", "_"})


def lead_sentences(article: Article) -> int:
    """How many sentences from the first make the story's lead: _WRITTEN_LEAD, and one more when the first is a
    dateline alone on its line («عين اليوم – كابول»، «حنان الحامدي – متابعات»: a few words and a dash)."""
    toks = article.tokens[0] if article.tokens else ()
    if 0 < len(toks) <= _DATELINE_TOKENS and any(t.kind == "punct" and t.text in _DASHES for t in toks):
        return _WRITTEN_LEAD + 1
    return _WRITTEN_LEAD


def _written_day(written: list[tuple[int, date]], pub: date | None, lead_end: int = _WRITTEN_LEAD) -> date | None:
    """The day the story was written when its lead's day words with a weekday (those of its first `lead_end`
    sentences) show one before the publication date and none of its day words with a weekday agrees with the
    publication date; else None."""
    lead = [day for index, day in written if index < lead_end]
    if pub is None or not lead or lead[0] == pub or any(day != lead[0] for _, day in written):
        return None
    return lead[0] if (pub - lead[0]).days <= _WRITTEN_REACH_DAYS else None
_SLIP_DAYS = 1  # a weekday told this many days after the day its day word names is a slip of that word


def _believed_weekday(day: date, wd: int, pub: date) -> tuple[date, bool]:
    """(the day, True when it shows the day the story was written) for a day word (`day`, counted from the
    publication date `pub`) told with another weekday: the weekday up to _SLIP_DAYS after `day` when it is still
    before `pub` («صباح أول من أمس الجمعة» in a record dated Saturday: a slip for أمس, Friday the day before, not
    the Friday a week earlier), else its last date on or before `day` (a story written before its record's date:
    «اليوم الجمعة» in a record dated Saturday; «أمس الثلاثاء» in one dated Tuesday, a record a week late)."""
    ahead = weekday_near(day, wd, "on_or_after")
    if (ahead - day).days <= _SLIP_DAYS and ahead < pub:
        return ahead, False
    return weekday_near(day, wd, "on_or_before"), True


_YESTERDAY_IS_LAST_WEEKS = 1  # a weekday + الماضي this many days before the writing day names the one a week earlier
_FUTURE_AFTER = 3  # a future verb this many tokens after a bare weekday still makes it the next one
_PRESENT_REACH = 5  # an imperfect verb this many tokens before a bare weekday makes it the next one


def _given_names() -> frozenset[str]:
    """The normalised given names of given_names.tsv (read by the mentions stage too)."""
    from ..lexicon.compile import _rows

    return frozenset(normalize(r["name"]) for r in _rows("given_names.tsv"))


def _future_sentences(article: Article) -> dict[int, list[tuple[int, bool]]]:
    """Per sentence, the offsets of its future cues and triggers in the future tense, each with True for a verb in
    the future tense (سيعقد) and False for a cue word (يعتزم، يهدد)."""
    out: dict[int, list[tuple[int, bool]]] = {}
    for m in article.mentions:
        if m.kind == "cue" and m.label == "future":
            out.setdefault(m.sentence, []).append((m.start, False))
        elif m.kind == "trigger" and m.get("future"):
            out.setdefault(m.sentence, []).append((m.start, True))
    return out


_SATURDAY, _SUNDAY = 5, 6  # date.weekday() of the Arab weekend days a story is most often published on
_FRIDAY = 4  # date.weekday() of Friday, the first day of the weekend «نهاية الأسبوع» names (Friday to Sunday)
_WEEKEND_PAST_DAYS = (6, 0, 1)  # the publication weekdays (Sunday to Tuesday) a bare «نهاية الأسبوع» of the past is told on


def _weekend_week_end(pub: date, delta: int) -> str | None:
    """The last day of «الأسبوع الماضي» or «هذا الأسبوع» told on a weekend day, when the Arab week (from Saturday or
    Sunday) reaches further than the ISO week its value names: on a Sunday the last week is the Monday-to-Sunday one
    before (Aden freed on the 16th, «التي حررت عدن، الأسبوع الماضي», in a paper of Sunday the 26th) or the working
    week just ended (the bombing of Monday the 20th, «تفجير انتحاري وقع الأسبوع الماضي»): it runs to the day before;
    on a Saturday or a Sunday «هذا الأسبوع» of what is to come («أن تطارد كيري هذا الأسبوع حينما يشهد أمام
    الكونغرس») runs through the six days after it. None otherwise (the ISO week's own last day)."""
    if delta == -1 and pub.weekday() == _SUNDAY:
        return (pub - timedelta(days=1)).isoformat()
    if delta == 0 and pub.weekday() in (_SATURDAY, _SUNDAY):
        return (pub + timedelta(days=6)).isoformat()
    return None


def _parse_date(value: str | None) -> date | None:
    """A YYYY-MM-DD string as a date (None when missing or malformed)."""
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _looks_future(tok: Token, not_future: tuple[str, ...]) -> bool:
    """A verb with the future prefix سـ (سيعقد، ستبدأ، ستتوجه), told from nouns such as سياسة، سيارة (and a word whose
    normal form ends in ه is a verb only written so, ستتوجه، سيواجه, not with the ة of سيطرة)."""
    w = tok.norm
    if tok.kind != "ar":
        return False
    if w[:1] in "وف" and len(w) > 5:
        w = w[1:]
    return (len(w) >= 5 and w[0] == "س" and w[1] in "يتن" and not w.startswith(not_future)
            and not w.endswith("ات") and not (w.endswith("ه") and last_letter(tok.text) != "ه"))


def _int(tok: Token) -> int | None:
    """A token's value as an integer when it is a plain number (any digit set)."""
    if tok.kind == "num" and tok.norm.isdigit():
        return int(tok.norm)
    return None


class _Sentence:
    """The rules, applied left to right over one sentence's tokens."""

    def __init__(self, tagger: TimeTagger, text: str, index: int, toks: list[Token], pub: date | None,
                 futures: Callable[[], dict[int, list[int]]], written: list[tuple[int, date]] | None = None,
                 trigger_starts: Callable[[], dict[tuple[int, int], str]] = dict,
                 earlier: "list[TimeExpr] | tuple" = (), calls: Callable[[], frozenset[tuple[int, int]]] = frozenset):
        self.calls = calls  # (sentence, token) of the article's verbs of calling (دعا، طالب)
        self.t, self.text, self.index, self.toks, self.pub = tagger, text, index, toks, pub
        self.earlier = earlier  # the expressions of the sentences before it (الشهر نفسه: the month named last)
        self._found: list[TimeExpr] = []  # this sentence's expressions so far
        self.futures = futures  # the article's future cues, by sentence
        self.trigger_starts = trigger_starts  # (sentence, token) where the article's event words begin → aspect
        self.written = written if written is not None else []  # the caller's days the story was written on
        self._words: dict[int, _Word] = {}
        self._listed: tuple[int, date] | None = None  # (token after it, day) of the last weekday read, for a list

    def future(self, i: int) -> bool:
        """True when the sentence speaks of the future before token i (a future cue, or a verb with سـ) or just after
        it (a verb with سـ): «سيلتقي الوزير السفير يوم الخميس»; not a cue far after it, in another clause («قتل طفل
        ليل الخميس … وأعلنت السلطة أنها تريد إحالته»), nor a cue word right after it, which governs what follows
        («بث تسجيلا الأربعاء يهدد فيه بإعدام»: the threat's content is to come, the Wednesday is past)."""
        cut = next((k for k in range(i + 1, i + 1 + _FUTURE_AFTER) if self.bare(k) in self.t.that),
                   i + 1 + _FUTURE_AFTER)  # «أعلنت تركيا الأربعاء أنها ستطلق»: what is said is to come, not the day
        toks = self.toks[:cut]
        end, at = toks[-1].end, self.toks[i].start if i < len(self.toks) else toks[-1].end
        return any(start < (end if tense else at) for start, tense in self.futures().get(self.index, ())) or any(
            _looks_future(t, self.t.not_future) for t in toks) or self.particle_after(i)

    def particle_after(self, i: int) -> bool:
        """True when سوف follows token i a few words on, in its clause («يوم الجمعة سوف يشهد»; not «إجازة ليوم
        الاثنين، وسوف يخوض الفريق»)."""
        for tok in self.toks[i + 1:i + 1 + _FUTURE_AFTER]:
            if tok.kind == "punct":
                return False
            if strip_wa(tok.norm) in self.t.particles:
                return True
        return False

    def present_before(self, i: int) -> bool:
        """True when the nearest event word before token i, a few words back in its clause, is a verb in the
        imperfect that no لم makes past: «يجتمع سفراء الحلف الثلاثاء»، «تعقد اللجنة اجتماعها الأحد» tell a
        coming day (news tells what is done by the perfect: «اجتمع السفراء الثلاثاء»)."""
        aspects = self.trigger_starts()
        for k in range(i - 1, max(-1, i - 1 - _PRESENT_REACH), -1):
            tok = self.toks[k]
            if tok.kind == "punct":
                return False
            aspect = aspects.get((self.index, k))
            if aspect is not None:
                return aspect == "imperfect" and self.bare(k - 1) not in self.t.past_particles and (
                    tok.norm[:1] in "يتن" or tok.norm[:2] in ("وي", "وت", "ون", "في", "فت")) and not self.was_doing(k)
        return False

    _CALLED_NOUN = 2  # the words of what is called for between الى and a bare weekday (تجمع ضخم)
    _CALL_REACH = 6  # the words between a verb of calling and its الى (ودعا اكبر حزب كردي تركي الى)

    def called_for(self, i: int) -> bool:
        """True when the bare weekday at token i follows a call's الى (function_words.tsv call_to) and a noun or two,
        a verb of calling (a REQUEST verb) a few words before it, no mark between: «ودعا اكبر حزب كردي تركي الى تجمع
        ضخم الاحد» calls for a rally on the coming Sunday (not «دعا الرئيس الاحد الى الحوار»: the call's own day; nor
        with a time word between, «أيام الجمعة والسبت والأحد», whose list keeps its reading)."""
        for k in range(i - 1, max(-1, i - 2 - self._CALLED_NOUN), -1):
            if self.toks[k].kind == "punct":
                return False
            if k < i - 1 and self.norm(k) in self.t.call_to:
                calls = self.calls()
                for q in range(k - 1, max(-1, k - 1 - self._CALL_REACH), -1):
                    if self.toks[q].kind == "punct":
                        return False
                    if (self.index, q) in calls:
                        return True
                return False
            if self.w(k).n:
                return False  # «الى شد الرحال الى الأقصى أيام الجمعة والسبت»: days of a list, read as told
        return False

    _PAST_REACH = 8  # the words before a bare month where the verb that tells it may stand
    _VERB_REACH = 4  # and where an event verb in the perfect may (احتلوا العاصمة صنعاء في سبتمبر)
    _HAPPENED_REACH = 14  # and where a verb of happening opening its clause may (واثار هذا القرار اعمال عنف …)
    _WHEN_REACH = 6  # and where a verb of the past after عندما، حين may (حين رصدتها اجهزة الاستخبارات الاميركية)

    def ahead(self, m: int) -> bool:
        """True when Gregorian month m comes after the publication month in the months the nearest reading puts in
        the coming year's first months or this year's last ones (up to four months on)."""
        return self.pub is not None and 0 < (m - self.pub.month) % 12 <= 4

    def told_past(self, i: int) -> bool:
        """True when the clause before token i tells what it dates as done: a verb of happening in the perfect
        (function_words.tsv happened: شهدت، جرت) or an event verb in the perfect a few words before it with no event noun
        between, and no future
        cue, and no time of value told before it in its sentence («شهدت المفاوضات قفزة في تشرين الثاني/نوفمبر»; not
        «أعلنت الحكومة إجراء الانتخابات في نوفمبر»)."""
        if any(t.value is not None for t in self._found):
            return False  # «قتل في يونيو عام 1985 رغم أن مختطفيه قد أعلنوا قتله في أكتوبر»: the year told before
        aspects = self.trigger_starts()
        noun = False
        for k in range(i - 1, max(-1, i - 1 - self._HAPPENED_REACH), -1):
            tok = self.toks[k]
            if tok.kind == "punct":
                return False
            if self.bare(k) in self.t.past_verbs:
                return not self.future(i)
            if k < i - self._PAST_REACH:
                continue  # (far from the month only a verb of happening tells it: «واثار هذا القرار اعمال عنف في
                # تركيا بالتزامن مع معركة كوباني في تشرين الاول/اكتوبر», July 2015: October 2014)
            if k >= i - self._WHEN_REACH and self.past_after_when(k):
                return not self.future(i)  # «عندما احتلوا العاصمة صنعاء في سبتمبر»: the last September
            aspect = aspects.get((self.index, k))
            if aspect == "perfect":  # (an event verb right before it: «دعت الإدارة المعلمين إلى مراجعتها في 5 أغسطس»
                # calls for a day to come)
                return not noun and k >= i - self._VERB_REACH and not self.future(i)
            if aspect == "imperfect":
                return False
            noun = noun or aspect is not None
        return False

    def past_after_when(self, k: int) -> bool:
        """True when token k right after عندما، حين (class when_done; not «في حين», whereas) reads as a verb of the
        past: no ال, no letter of the present (ي، ت but a ت-perfect، ن) nor سـ first, no masdar of ا (its ا before
        the last letter: انتهاء، احتلال، اقامة) («حين رصدتها اجهزة الاستخبارات»، «عندما احتلوا العاصمة»; not «عندما
        يترك منصبه»، «الى حين انتهاء ولايته»)."""
        if k < 1 or self.bare(k - 1) not in self.t.when or self.bare(k - 2) == "في":
            return False
        w = self.toks[k].norm
        if len(w) < 3 or self.toks[k].kind != "ar" or w.startswith("ال"):
            return False
        if w[0] == "ا":
            return w[-2] != "ا" and not (w[-1] == "ه" and w[-3] == "ا")
        return w[0] not in "يتنس" or w in self.t.t_perfect

    _AUX_BACK = 3  # the words before an imperfect verb where its كان may stand (كان الرئيس يزورها)

    def was_doing(self, k: int) -> bool:
        """True when كان (class background aux) stands a few words before the imperfect verb at token k, no mark
        between: the past progressive («وفي تونس التي كان يزورها الاثنين، قال»: last Monday), no act to come."""
        for q in range(k - 1, max(-1, k - 1 - self._AUX_BACK), -1):
            if self.toks[q].kind == "punct":
                return False
            if self.bare(q) in self.t.aux:
                return True
        return False

    # --- reading words -------------------------------------------------------------------------------
    def w(self, i: int) -> _Word:
        """The time-word reading of token i (longest phrase, clitics tried off)."""
        hit = self._words.get(i)
        if hit is not None:
            return hit
        best = _NONE
        toks = self.toks
        if 0 <= i < len(toks):
            tok = toks[i]
            if tok.kind == "punct":
                tw = self.t.words.phrases.get((tok.text,))
                if tw:
                    best = _Word(tw, 1, "", tok.text)
            elif tok.kind == "ar":
                norm = tok.norm
                best, seconds = self.t.alone.get(norm) or self.t.word_alone(norm)
                if i + 1 < len(toks) and toks[i + 1].norm in seconds:
                    best = self.phrase_at(i)
        self._words[i] = best
        return best

    def phrase_at(self, i: int) -> _Word:
        """The time-word reading of word i as the longest phrase that begins there (clitics tried off)."""
        best = _NONE
        toks, phrases, longest = self.toks, self.t.words.phrases, self.t._longest
        rest = [t.norm for t in toks[i + 1:i + self.t.words.longest]]
        for stem, prefix in self.t.readings(toks[i].norm):
            for n in range(min(len(rest) + 1, longest.get(stem, 1)), best.n, -1):
                tw = phrases.get((stem, *rest[:n - 1]))
                if tw is not None:
                    best = _Word(tw, n, prefix, stem)
                    break
        return best

    def lead_only(self, i: int, w: "_Word | None" = None) -> bool:
        """True when token i is only a word that leads into a time expression (في، من، إلى، منذ…) and the
        next token is neither a number nor a time word: no expression can begin here."""
        w = w or self.w(i)
        if w.n != 1 or not w.tw.classes.keys() <= _LEADS:
            return False
        nxt = i + 1
        return nxt >= len(self.toks) or (self.toks[nxt].kind != "num" and not self.w(nxt).n)

    def norm(self, i: int) -> str:
        """The normalised form of token i ('' outside the sentence)."""
        return self.toks[i].norm if 0 <= i < len(self.toks) else ""

    def bare(self, i: int) -> str:
        """Token i's normalised form without a leading و/ف ('' outside the sentence)."""
        return strip_wa(self.norm(i))

    def lead_word(self, i: int, leads: frozenset[str]) -> str:
        """Token i's bare form, and without its و/ف too when that leaves one of `leads` (strip_wa keeps و on a word of
        three letters: «وفي أبريل رفعت روسيا حظرا», «وفي 2012 وقع هجوم مماثل»)."""
        return shed_conjunction(self.bare(i), leads)

    def start_of(self, i: int) -> int:
        """Offset where token i's expression starts: after its clitic prefix."""
        return after_letters(self.toks[i], len(self.w(i).prefix))

    def make(self, i: int, j: int, value: str | None, gran: str, relative: bool, end_value: str | None = None,
             calendar: str = "gregorian", unresolved: str | None = None) -> TimeExpr:
        """A TimeExpr over tokens i..j-1."""
        s, e = self.start_of(i), self.toks[j - 1].end
        if relative and value is None and unresolved is None and gran != "vague":
            unresolved = "no publication date"
        return TimeExpr(self.text[s:e], s, e, self.index, value, gran, relative, end_value, calendar, unresolved)

    # --- driver --------------------------------------------------------------------------------------
    def parse(self, starts: list[int]) -> list[TimeExpr]:
        """Every time expression of the sentence, left to right, none overlapping, each beginning at one of
        the tokens `starts` (those that may begin one)."""
        out: list[TimeExpr] = []
        self._found = out
        toks = self.toks
        i = 0
        for k in starts:
            if k < i:
                continue
            tok = toks[k]
            if tok.kind == "num":
                rules = _num_rules(tok.norm)
            else:
                wk = self.w(k)
                if not wk.n or self.lead_only(k, wk):
                    continue
                rules = _rules_for(wk.tw.classes.keys(), tok.norm)
            for rule in rules:
                found = rule(self, k)
                if found:
                    expr, i = found
                    out.append(expr)
                    break
        return _dated_weekdays(out, self.text, self.t.agreeing) if len(out) > 1 else out

    # --- helpers -------------------------------------------------------------------------------------
    def era(self, j: int) -> tuple[str, int]:
        """("ad" | "ah" | "", tokens) for an era letter at token j (م after a year, هـ)."""
        if j < len(self.toks) and self.toks[j].kind == "ar":
            n = self.norm(j)
            if n == "م":
                return "ad", 1
            if n == "ه":
                return "ah", 1
        return "", 0

    def relword(self, j: int) -> tuple[str, int]:
        """("past" | "current" | "next" | "", tokens) for a relative word at token j."""
        w = self.w(j)
        for cls in ("past", "current", "next"):
            if w.has(cls) and not w.prefix:
                return cls, w.n
        return "", 0

    def year_at(self, j: int) -> tuple[int | None, str, int]:
        """(year, era, tokens) for a year number at token j, optionally followed by م or هـ."""
        if j >= len(self.toks):
            return None, "", 0
        y = _int(self.toks[j])
        if y is None or not (1300 <= y <= 1500 or 1900 <= y <= 2100) or len(self.toks[j].norm) != 4:
            return None, "", 0
        era, n = self.era(j + 1)
        if not era:
            era = "ah" if y <= 1500 else "ad"
        return y, era, 1 + n

    def year_or_relative(self, j: int) -> tuple[int | None, str, str, int]:
        """(year, era, relative word, next token) after a month name: «2015م», «1436هـ», «الماضي», or none."""
        y, era, n = self.year_at(j)
        j += n
        rel = ""
        if y is None:
            rel, n = self.relword(j)
            j += n
        if y is None and not rel:  # 21 سبتمبر من العام الماضي، من عام 2014: the year told after the month
            k = j + (self.norm(j) == "من")
            uw = self.w(k)
            if uw.has("unit") and uw.val("unit") == "year" and not uw.prefix:
                before_last = self.norm(k + uw.n) == "قبل" and self.relword(k + uw.n + 1)[0] == "past"
                yrel, n = self.relword(k + uw.n + before_last)
                if before_last:  # يوليو من العام قبل الماضي: the July two years back
                    return None, era, "year_before_last", k + uw.n + 1 + n
                if yrel:
                    return None, era, "year_" + yrel, k + uw.n + n
                same = self.w(k + uw.n)
                if same.val("same") == "after" and not same.prefix and k > j:  # 20 فبراير من العام نفسه
                    y2 = self.year_told_last()
                    if y2 is not None:
                        return y2, "ad", "", k + uw.n + same.n
                y2, era2, n = self.year_at(k + uw.n)  # 21 سبتمبر من عام 2014
                if y2 is not None:
                    return y2, era2, "", k + uw.n + n
        return y, era, rel, j

    def day_number(self, j: int) -> tuple[int | None, int]:
        """(day of month, tokens) for a number 1–31 or an ordinal day word at token j."""
        if j >= len(self.toks):
            return None, 0
        d = _int(self.toks[j])
        if d is not None and len(self.toks[j].norm) <= 2:
            return (d, 1) if 1 <= d <= 31 else (None, 0)
        w = self.w(j)
        if w.has("ordinal") and not w.prefix and not (j > 0 and self.w(j - 1).has("month_part")):
            return int(w.val("ordinal")), w.n  # (not «النصف الثاني من مايو»: a part of the month, no day)
        if w.has("first_day"):
            return 1, w.n
        return None, 0

    def month_at(self, j: int) -> tuple[str, int, bool, int]:
        """("month" | "hijri_month" | "", number, ambiguous, tokens) for a month name at token j;
        a second name of the same month in brackets or after "/" or a dash is read with it (مايو/أيار، نيسان - إبريل)."""
        w = self.w(j)
        for cls in ("month", "hijri_month"):
            if w.has(cls) and w.prefix in ("", "ب", "ل", "و", "وب", "ول", "ف"):  # وحزيران (يونيو)
                m, n = int(w.val(cls)), w.n
                k = j + n
                w2 = self.w(k)
                if w2.has(cls) and int(w2.val(cls)) == m and not w2.prefix:
                    return cls, m, False, n + w2.n  # يونيو حزيران: both series, a sure month
                if k < len(self.toks) and self.toks[k].text in ("(", "/", "-", "–"):  # نيسان - إبريل
                    w2 = self.w(k + 1)
                    if w2.has(cls) and int(w2.val(cls)) == m and self.bare(k + 1) != self.bare(j):  # not «صفر-صفر»
                        n += 1 + w2.n
                        if self.toks[k].text == "(" and j + n < len(self.toks) and self.toks[j + n].text == ")":
                            n += 1
                        return cls, m, False, n
                return cls, m, w.tw.ambiguous, n
        return "", 0, False, 0

    # --- rules ---------------------------------------------------------------------------------------
    def num_seq(self, i: int) -> tuple[list[str], int]:
        """Up to three numbers joined by / or - from token i (within a token or spaced): (parts, tokens)."""
        parts: list[str] = []
        j = i
        while j < len(self.toks) and self.toks[j].kind == "num" and len(parts) < 3:
            parts.extend(self.toks[j].norm.split("/"))
            j += 1
            if j + 1 < len(self.toks) and self.toks[j].text in ("/", "-", "–") and self.toks[j + 1].kind == "num":
                j += 1
                continue
            break
        return parts, j - i

    def numeric_date(self, i: int):
        """21/5/2016, 2016/05/21, ١٧ /١٠ /١٤٣٦ه, ٦-٦-٢٠١٥, 5/2016, 1436/1437هـ, 8 إلى 29 / 11 / 1433هـ."""
        if self.toks[i].kind != "num":
            return None
        start_day = None
        first = self.toks[i].norm
        if first.isdigit() and len(first) <= 2:
            # 8 إلى 29 / 11 / 1433هـ، 2 - 4/6/1436هـ، 2 ـ 4 / 6 / 1436هـ (a tatweel for the dash: no token)
            skip = 2 if self.w(i + 1).has("range_to") or self.norm(i + 1) in ("-", "–") else \
                1 if i + 1 < len(self.toks) and self.text[self.toks[i].end:self.toks[i + 1].start].strip() == "\u0640" \
                else 0
            more, n2 = self.num_seq(i + skip) if skip else ([], 0)
            if len(more) == 3 and len(more[0]) <= 2 and len(more[2]) == 4:
                start_day, parts, n = int(first), more, skip + n2
        if start_day is None:
            parts, n = self.num_seq(i)
        if not all(p.isdigit() and p for p in parts) or len(parts) not in (2, 3):
            return None
        era, en = self.era(i + n)
        nums = [int(p) for p in parts]
        j = i + n + en
        if len(parts) == 2 and len(parts[0]) == 4 and len(parts[1]) == 4 and nums[1] == nums[0] + 1:
            # 1436/1437هـ, 2015/2016: a year that runs into the next (fiscal, academic, season)
            hijri = era == "ah" or nums[0] <= 1500
            first, second = self.year_value(i, j, nums[0], hijri), self.year_value(i, j, nums[1], hijri)
            return replace(first, end_value=second.value), j
        if len(parts) == 3:
            if len(parts[0]) == 4:
                y, m, d = nums
            elif len(parts[2]) == 4:
                d, m, y = nums
            else:
                return None
        else:
            if len(parts[1]) != 4:
                return None
            m, y, d = nums[0], nums[1], None
        hijri = era == "ah" or 1300 <= y <= 1500
        if not (1300 <= y <= 1500 or 1900 <= y <= 2100) or not 1 <= m <= 12:
            return None
        if d is None:
            return self.month_value(i, j, y, m, hijri, False), j
        if start_day is not None:
            expr = self.day_value(i, j, y, m, start_day, hijri, False, end_day=d)
            return expr, j
        return self.day_value(i, j, y, m, d, hijri, False), j

    def dated(self, i: int):
        """[part] [يوم] [weekday] day [to day] [من] month [year [era]] [الماضي/الجاري/المقبل]."""
        j = i
        w = self.w(j)
        if w.has("part"):
            j += w.n
        if self.bare(j) == "يوم":
            j += 1
        wd = None
        if self.w(j).has("weekday"):
            wd = int(self.w(j).val("weekday"))
            j += self.w(j).n
            if j < len(self.toks) and self.toks[j].text in ("،", ","):
                j += 1
        if wd is not None and j < len(self.toks) and self.toks[j].kind == "num":
            found = self.numeric_date(j)
            if found and found[0].granularity == "day":
                expr, end = found
                return self.make(i, end, expr.value, "day", expr.relative, expr.end_value, expr.calendar,
                                 expr.unresolved), end
        d, n = self.day_number(j)
        if d is None:
            return None
        j += n
        end_day = None
        if self.w(j).has("range_to") or (j < len(self.toks) and self.toks[j].text in ("-", "–")):
            d2, n2 = self.day_number(j + 1)
            if d2 is not None and d2 > d:
                end_day, j = d2, j + 1 + n2
        if self.norm(j) == "من":
            j += 1
        uw = self.w(j)
        if uw.has("unit") and uw.val("unit") == "month" and uw.stem in ("الشهر", "شهر") and self.relword(j + 1)[0]:
            rel, n = self.relword(j + 1)
            if rel and self.pub is not None:
                y, m = add_months(self.pub.year, self.pub.month, {"past": -1, "current": 0, "next": 1}[rel])
                return self.day_value(i, j + 1 + n, y, m, d, False, True, end_day=end_day), j + 1 + n
            if rel:
                return self.make(i, j + 1 + n, None, "day", True), j + 1 + n
            return None
        if uw.has("month_word"):
            j += uw.n
        sep = self.date_sep(j)  # 7 / يوليو / 2015 م، 20-رمضان-1436هـ: the month's name between slashes or dashes
        kind, m, _amb, n = self.month_at(j + bool(sep))
        if not kind:
            return None
        j += bool(sep) + n
        if sep:  # the year after the same mark, or it is no date: «فاز 1-صفر» is a score
            if self.norm(j) != sep or self.year_at(j + 1)[0] is None:
                return None
            j += 1
        y, era, rel, j = self.year_or_relative(j)
        hijri = kind == "hijri_month" or era == "ah"
        if kind == "month" and era == "ah":
            return None
        if y is None and not rel and not hijri and self.pub is not None and (m, d) > (self.pub.month, self.pub.day):
            # «نوفمبر 2013» … «صباح يوم 24 نوفمبر» told in July: the year the month was just named with, not the coming
            y = self.named_year(m)
        if y is None and not rel and not hijri and self.ahead(m) and self.told_past(i):
            rel = "past"  # «جرت الانتخابات في 20 نوفمبر» told in July: the last 20 November
        expr = self.day_value(i, j, y, m, d, hijri, y is None, rel, end_day)
        return expr, j

    def named_year(self, m: int) -> int | None:
        """The year of a past year other than the publication's that an expression of one of the two sentences before
        named with the Gregorian month `m` («جولة المفاوضات … بجنيف نوفمبر (تشرين الثاني) 2013» … «صباح يوم 24
        نوفمبر»: 24 November 2013); None when none did (the anchors read a year of the sentence itself)."""
        for t in reversed(self.earlier):
            if self.index - t.sentence > 2:
                return None
            if t.relative or t.calendar != "gregorian" or t.granularity not in ("month", "day") or not t.value:
                continue
            y, mm = int(t.value[:4]), int(t.value[5:7])
            if mm == m and y < self.pub.year:
                return y
        return None

    def date_sep(self, j: int) -> str:
        """The mark at token j ("/" or a dash) when a month name follows it, a date's separator; else ''."""
        if j + 1 < len(self.toks) and self.toks[j].text in ("/", "-", "–") and self.month_at(j + 1)[0]:
            return self.toks[j].norm
        return ""

    def month_only(self, i: int):
        """[edge | شهر] month [year [era] | الماضي/الجاري/المقبل]: فبراير الماضي، شهر مايو، شوال 1436هـ."""
        j = i
        w = self.w(j)
        lead = False
        if w.has("edge") or (w.has("month_word") and not self.w(j + 1).has("past")):
            j += w.n
            lead = True
        kind, m, amb, n = self.month_at(j)
        if not kind:
            return None
        doubled = n > self.w(j).n  # يونيو/حزيران
        j += n
        y, era, rel, j = self.year_or_relative(j)
        if y is None and not rel and self.bare(i - 1) == "منذ":
            rel = "past"  # منذ أغسطس/آب: the last August, never a coming one
        cued = (lead or self.lead_word(i - 1, self.t.month_leads) in self.t.month_leads
                or self.w(i).prefix.endswith(("ب", "ل"))
                or doubled)
        if y is None and not rel and (amb or not cued):
            return None
        hijri = kind == "hijri_month" or era == "ah"
        if y is None and not rel and not hijri and self.ahead(m) and self.told_past(i):
            rel = "past"  # «شهدت المفاوضات قفزة في تشرين الثاني/نوفمبر» (July 2015): November 2014
        if kind == "month" and era == "ah":
            return None
        return self.month_value(i, j, y, m, hijri, y is None, rel), j

    def year(self, i: int):
        """عام 2014، العام 1436هـ، 2015م، نهاية عام 2014 (an edge word kept, as before a month), and a bare year
        after في/منذ/حتى/خلال."""
        w = self.w(i)
        k = i
        if w.has("edge") and not w.has("year_word"):  # مع نهاية عام 2014، أواخر العام 2013، منتصف 2013، مطلع 1434هـ
            k = i + w.n
            y, era, n = self.year_at(k)
            if y is not None and (self.era(k + 1)[0] or 1950 <= y <= 2100):
                return self.year_value(i, k + n, y, era == "ah"), k + n
            w = self.w(k)
            if not w.has("year_word") or w.prefix:
                return None
        if w.has("year_word"):
            y, era, n = self.year_at(k + w.n)
            if y is None:
                return None
            j = k + w.n + n
            return (self.year_range(i, j, y, era) if k == i else None) or (
                self.year_value(i, j, y, era == "ah"), j)
        y, era, n = self.year_at(i)
        if y is None:
            return None
        ranged = self.year_range(i, i + n, y, era)
        if ranged is not None:
            return ranged
        explicit = self.era(i + 1)[0]
        nxt = self.toks[i + n] if i + n < len(self.toks) else None
        prev = self.lead_word(i - 1, self.t.year_leads)  # وفي 2012 وقع هجوم مماثل
        # a bare year after a year lead whatever follows (في 2014 عندما، منذ 2009 بعد); after من/إلى/مع only before
        # a mark or و (أكثر من 2000 موظف is a count)
        bare_ok = 1950 <= y <= 2100 and (prev in self.t.year_leads or (
            prev in self.t.month_leads and (nxt is None or nxt.kind == "punct" or nxt.norm == "و")))
        if not explicit and not bare_ok and not self.names_year(i, y):
            return None
        return self.year_value(i, i + n, y, era == "ah"), i + n

    def names_year(self, i: int, y: int) -> bool:
        """True when the bare year y at token i stands right after a noun of an old event (class named_event: ثورة،
        انتفاضة، حرب, a و، ف، ب، ل glued before it): the year the event is named by, its time («في انتفاضة 2011»،
        «في حرب 1967»)."""
        return 1900 <= y <= 2100 and i > 0 and self.toks[i - 1].kind != "punct" \
            and any(w in self.t.named_events for w, _ in clitic_variants(self.norm(i - 1)))

    def year_range(self, i: int, j: int, y: int, era: str):
        """(expression, next token) for a range of years whose first ends before token j: من 2015 إلى 2019م،
        بين 2000 و2012، 2010 - 2014 (the first year, the last as `end_value`); None if no range follows."""
        w = self.w(j)
        if self.norm(j) == "و":  # في عامي 2010 و2014 are two years; بين 2000 و2012 a range
            if self.bare(i - 1) != "بين":
                return None
            k = j + 1
        elif w.has("range_to") and not w.prefix:
            k = j + w.n
        elif self.norm(j) in ("-", "–"):
            k = j + 1
        else:
            return None
        y2, era2, n = self.year_at(k)
        if y2 is None or not y < y2 <= y + 100 or (era == "ah") != (era2 == "ah"):
            return None
        first, last = self.year_value(i, k + n, y, era == "ah"), self.year_value(i, k + n, y2, era == "ah")
        return replace(first, end_value=last.value), k + n

    def unit_relative(self, i: int):
        """[edge] [هذا] الأسبوع/الشهر/العام + [قبل] الماضي/الجاري/المقبل."""
        j = i
        if self.w(j).has("edge"):
            j += self.w(j).n
        this = False
        if self.norm(j) in ("هذا", "هذه") and not self.w(j).prefix:
            this, j = True, j + 1
        w = self.w(j)
        if w.has("dual") and j == i and w.stem.startswith("ال"):
            return self.last_two(i)
        if not w.has("unit") or not (w.stem.startswith("ال") or this):
            return None
        unit = w.val("unit")
        if unit in ("day", "decade") or j == i and unit == "year" and self.title_before(i):
            return None
        j += w.n
        if self.w(j).has("qualifier"):
            j += self.w(j).n
        before_last = not this and self.norm(j) == "قبل" and self.relword(j + 1)[0] == "past"
        j += before_last  # الشهر قبل الماضي، العام قبل الماضي: the one before last
        rel, n = self.relword(j)
        if not rel and (this or self.after_earlier(i)):
            rel = "current"
        elif not rel and unit == "week" and j == i + 2 and self.w(i).val("edge") == "end":
            return self.weekend_past(i, j)
        elif not rel:
            return None
        j += n
        if self.pub is None:
            return self.make(i, j, None, unit, True), j
        delta = {"past": -1, "current": 0, "next": 1}[rel] - before_last
        if unit == "week":
            return self.make(i, j, iso_week(self.pub + timedelta(weeks=delta)), "week", True,
                             _weekend_week_end(self.pub, delta)), j
        if unit == "month":
            y, m = add_months(self.pub.year, self.pub.month, delta)
            return self.make(i, j, f"{y:04d}-{m:02d}", "month", True), j
        return self.make(i, j, f"{self.pub.year + delta:04d}", "year", True), j

    def weekend_past(self, i: int, j: int):
        """A bare «نهاية الأسبوع» (tokens i..j-1) told of no act to come in a story of Sunday to Tuesday: the weekend just
        past, its Friday to its Sunday (not after that day): «نظّمت الجالية الإيرانية في بروكسل تظاهرة احتجاجية نهاية
        الأسبوع» on Monday the 27th: 24–26 July. None when a word with ال, a number or a present verb's event word makes
        it another («نهاية الأسبوع الأول»، «يقضي نهاية الأسبوع»), when the sentence speaks of what is to come, or
        when it names a day or a weekday itself."""
        if self.pub is None or self.pub.weekday() not in _WEEKEND_PAST_DAYS or self.future(i):
            return None
        nxt = self.toks[j] if j < len(self.toks) else None
        if nxt is not None and (nxt.kind == "num" or nxt.kind == "ar" and strip_wa(nxt.norm).startswith("ال")):
            return None
        aspects = self.trigger_starts()
        if any(aspects.get((self.index, k)) == "imperfect" for k in range(i)):
            return None
        if any(self.w(k).has("weekday") or self.w(k).has("day") for k in range(len(self.toks)) if not i <= k < j):
            return None  # «وتواصلت هجمات بوكو حرام في نهاية الإسبوع، …، حيث قتل 13 شخصا، ليل السبت الأحد»: the day
            # its sentence names dates what it tells
        friday = self.pub - timedelta(days=(self.pub.weekday() - _FRIDAY) % 7 or 7)
        end = min(friday + timedelta(days=2), self.pub)
        return self.make(i, j, friday.isoformat(), "day", True, end.isoformat()), j

    def title_before(self, i: int) -> bool:
        """True when token i-1 is a title after which العام is the adjective "general" (class general of
        time_words.tsv): «الأمين العام السابق»، «للمدير العام السابق» tell a former office holder, not last year."""
        w = self.bare(i - 1)
        return w in self.t.general or w[:1] in ("ل", "ب") and (w[1:] in self.t.general or "ا" + w[1:] in self.t.general)

    def after_earlier(self, i: int) -> bool:
        """True when token i, a unit with الـ and no relative word, follows «من» after a vague past phrase just read:
        «في وقت سابق من الشهر» is earlier this month, as «في وقت سابق من هذا الشهر»."""
        if self.norm(i - 1) != "من" or not self._found or i < 2 or self._found[-1].end != self.toks[i - 2].end:
            return False
        tw = self.t.words.phrases.get(tuple(normalize(self._found[-1].text).split()))
        return tw is not None and tw.classes.get("vague") == "past"

    def last_two(self, i: int):
        """الـ + a unit in the dual + a plural past word (خلال اليومين الماضيين، الأسبوعين الأخيرين، العامين
        الماضيين): the span of two units before the writing day, up to the day before it (a range of days)."""
        w = self.w(i)
        j = i + w.n
        if self.w(j).has("qualifier"):
            j += self.w(j).n
        rel = self.w(j)
        if rel.prefix or rel.val("pair_rel") != "past":
            return None
        j += rel.n
        if self.pub is None:
            return self.make(i, j, None, "day", True), j
        unit = w.val("dual")
        if unit == "day":
            start = self.pub - timedelta(days=2)
        elif unit == "week":
            start = self.pub - timedelta(weeks=2)
        elif unit == "month":
            y, m = add_months(self.pub.year, self.pub.month, -2)
            start = date(y, m, min(self.pub.day, 28))
        elif unit == "year":
            start = date(self.pub.year - 2, self.pub.month, min(self.pub.day, 28))
        else:
            return None
        end = self.pub - timedelta(days=1)
        return self.make(i, j, start.isoformat(), "day", True, end.isoformat()), j

    def day_word(self, i: int):
        """[part] اليوم / أمس / غداً / أول أمس [weekday]: مساء أمس، صباح اليوم الاثنين، أمس (الجمعة). A weekday
        that is not the day the word names from the publication date («اليوم الجمعة» in a record dated Saturday:
        the story was written the day before it was collected) is believed: see _believed_weekday."""
        j = i
        w = self.w(j)
        this = False  # مساء هذا اليوم: a part of the day before هذا اليوم is today's
        if w.has("part"):
            j += w.n
            if self.norm(j) == "هذا" and self.norm(j + 1) == "اليوم":
                this, j = True, j + 1
            w = self.w(j)
        if not w.has("day"):
            return None
        if w.stem == "اليوم" and w.n == 1 and (self.w(j + 1).has("not_today") or self.named_paper(j) or self.per_day(j)
                                               or not this and self.norm(j - 1) in ("هذا", "ذلك")
                                               and not (self.norm(j - 1) == "هذا" and self.weekday_after(j + 1))):
            return None  # «في مثل هذا اليوم»، «ذلك اليوم»: a day told of, not today; «هذا اليوم الاثنين» is today
        if w.stem == "اليوم" and w.n == 1 and not this and self.day_subject(j):
            return None  # «وانتهى اليوم باعتقال نحو عشرين فلسطينيا»: the day told of ended so, not today
        if w.stem in ("غد", "الغد") and w.n == 1 and self.w(j + 1).has("not_today"):
            return None  # غد أفضل: a better future, not tomorrow
        if w.n == 1 and w.val("day") == "-1" and self.w(j + 1).has("not_yesterday"):
            return None  # «في أمس الحاجة»: أمسّ, the most in need, not yesterday
        offset = int(w.val("day"))
        j += w.n
        wd = None
        paren = self.opens_aside(j)  # اليوم (الاثنين)، امس «الاربعاء»
        k = j + paren
        wk = self.w(k)
        if wk.has("weekday") and not wk.prefix and (not paren or self.closes_aside(k + wk.n)):
            wd = int(wk.val("weekday"))
            j = k + wk.n + paren
        if self.pub is None:
            return self.make(i, j, None, "day", True), j
        day = self.pub + timedelta(days=offset)
        shows_writing = wd is not None
        if wd is not None and day.weekday() != wd:
            day, shows_writing = _believed_weekday(day, wd, self.pub)
        if shows_writing:
            self.written.append((self.index, day - timedelta(days=offset)))
        return self.make(i, j, day.isoformat(), "day", True), j

    def day_subject(self, j: int) -> bool:
        """True when اليوم at token j is the subject of the verb of ending or passing before it (انتهى، مضى), a
        phrase with بـ or the sentence's end after it: «وانتهى اليوم باعتقال نحو عشرين فلسطينيا»."""
        if self.bare(j - 1) not in self.t.day_subject:
            return False
        nxt = self.norm(j + 1)
        return not nxt or nxt in _CLAUSE_MARKS or nxt in (".", "؛") or nxt.startswith("ب")

    def weekday_after(self, j: int) -> bool:
        """True when token j is a weekday with no clitic, or one in brackets (هذا اليوم الاثنين، هذا اليوم (الأحد))."""
        k = j + self.tok_is(j, "(")
        wk = self.w(k)
        return wk.has("weekday") and not wk.prefix

    def per_day(self, j: int) -> bool:
        """True when اليوم at token j follows a bare في with no weekday after it: a rate or a day a clause names, not
        today («طلبوا مني 2000 ريال في اليوم»، «مرتين في اليوم»، «في اليوم قبل الأخير»)."""
        return self.norm(j - 1) == "في" and not self.w(j + 1).has("weekday") and not self.tok_is(j + 1, "(")

    def named_paper(self, j: int) -> bool:
        """True when اليوم at token j is a newspaper's name: after صحيفة، جريدة (صحيفة اليوم، لجريدة «اليوم»،
        “اليوم”)."""
        k = j - 1 - (0 < j and self.toks[j - 1].kind == "punct" and self.toks[j - 1].text in _OPENING_QUOTES)
        w = self.bare(k)
        if k == j - 1 and k > 0 and self.toks[k].kind == "ar" and self.quoted_pair(k) and (
                w.startswith("ال") or k > 1 and self.media_word(k - 2)):
            return True  # «اليمن اليوم»، موقع "روسيا اليوم"، صحيفة «إسرائيل اليوم»: a channel's or a paper's name
        if k == j - 1 and w in self.t.paper_names and k > 0:  # صحيفة المصري اليوم (not «وزير الخارجية المصري
            return self.newspaper_before(k)  # اليوم»: the Egyptian minister, today)
        return w in self.t.newspaper or (w[:1] in ("ل", "ب") and w[1:] in self.t.newspaper)

    def quoted_pair(self, k: int) -> bool:
        """True when the words at tokens k and k+1 stand alone between quote marks: «اليمن اليوم»."""
        return self.toks[k - 1].kind == "punct" and self.toks[k - 1].text in _OPENING_QUOTES and k + 2 < len(
            self.toks) and self.toks[k + 2].kind == "punct" and self.toks[k + 2].text in _CLOSING_QUOTES

    def newspaper_before(self, k: int) -> bool:
        """True when token k opens a newspaper's name: an opening quote or a newspaper word (صحيفة، لجريدة) before it."""
        if self.toks[k - 1].kind == "punct":
            return self.toks[k - 1].text in _OPENING_QUOTES
        return self.media_word(k - 1)

    def media_word(self, k: int) -> bool:
        """True when token k is a word of class newspaper, or one of value media (قناة، موقع), with ل/ب at most."""
        w = self.bare(k)
        papers = self.t.papers
        return w in papers or (w[:1] in ("ل", "ب") and w[1:] in papers)

    def opens_aside(self, i: int) -> bool:
        """True when token i is a bracket or an opening quote that may set a weekday apart: (الاثنين)، «الاربعاء»."""
        return 0 <= i < len(self.toks) and self.toks[i].kind == "punct" and (
            self.toks[i].text == "(" or self.toks[i].text in _OPENING_QUOTES)

    def closes_aside(self, i: int) -> bool:
        """True when token i is a closing bracket or quote, the end of a weekday set apart."""
        return 0 <= i < len(self.toks) and self.toks[i].kind == "punct" and (
            self.toks[i].text == ")" or self.toks[i].text in _CLOSING_QUOTES)

    def tok_is(self, i: int, text: str) -> bool:
        """True when token i is the punctuation `text`."""
        return 0 <= i < len(self.toks) and self.toks[i].kind == "punct" and self.toks[i].text == text

    def weekday(self, i: int):
        """[part] [يوم] weekday [[قبل] الماضي/المقبل]: الأربعاء الماضي، مساء الأربعاء، يوم الخميس، الجمعة قبل
        الماضي."""
        j = i
        if self.w(j).has("part"):
            j += self.w(j).n
        if self.bare(j) == "يوم":
            j += 1
        w = self.w(j)
        if not w.has("weekday"):
            return None
        wd = int(w.val("weekday"))
        if wd == 4 and j == i and self.friday_noun(i - 1):
            return None  # صلاة الجمعة، منبر الجمعة: the prayer, not a date
        if j == i and not w.prefix and self.family_name(i - 1):
            return None  # إبراهيم الخميس، عبدالرحمن بن صالح الخميس: a family name
        if wd == 0 and j == i and not w.prefix and self.norm(i - 1).startswith("ال") and self.norm(i - 1).endswith("ين"):
            return None  # المرشحين الاثنين: the two, not Monday
        if j == i and self.quoted_name(i, w.n):
            return None  # برنامج "لقاء الخميس": the weekday ends a name in quotes, no date
        j += w.n
        night = self.w(i).val("part") == "night" and self.next_weekday(j, wd)
        if night:  # ليل الخميس - الجمعة، ليل الأربعاء الخميس: the night of the first day
            j += night
        weeks = 0
        k = j + (self.norm(j) == "ما" and self.norm(j + 1) in ("قبل", "بعد"))  # الثلاثاء ما قبل الماضي
        if self.norm(k) == "قبل" and self.relword(k + 1)[0] == "past":  # الجمعة قبل الماضي: the one before last
            weeks, j = 1, k + 1
        elif self.norm(k) == "بعد" and self.relword(k + 1)[0] == "next":  # الأربعاء بعد القادم: the one after next
            weeks, j = -1, k + 1
        rel, n = self.relword(j)
        if rel == "current":
            rel, n = "", 0
        if not rel:  # يومي الثلاثاء والأربعاء المقبلين: the plural relative word after the last day is each one's
            rel, n = self.pair_rel(j)
        j += n
        if self.pub is None:
            return self.make(i, j, None, "day", True), j
        # «تحتجز منذ صبيحة الجمعة»: a day a span began on is past, whatever the tense of the verb before it
        direction = rel or ("on_or_after" if not self.since_before(i) and (
            self.future(i) or self.present_before(i) or self.called_for(i)) else "on_or_before")
        day = weekday_near(self.pub, wd, direction) - timedelta(weeks=weeks)
        if rel == "past" and not weeks and (self.pub - day).days == _YESTERDAY_IS_LAST_WEEKS:
            day -= timedelta(weeks=1)  # «الأربعاء الماضي» in a Thursday paper: yesterday is أمس, this is the week before
        if not rel and not weeks and j == i + w.n:
            day = self.after_listed(i, w.prefix, day)
        self._listed = (j, day)
        if not night and self.w(i).val("part") == "night" and self.norm(i - 1) == "منتصف" and self.bare(i - 2) == "بعد":
            day += timedelta(days=1)  # بعد منتصف ليل الخميس: past Thursday's midnight, early Friday
        return self.make(i, j, day.isoformat(), "day", True), j

    def after_listed(self, i: int, prefix: str, day: date) -> date:
        """The day of a bare weekday at token i that follows another in a list (الجمعة والسبت والأحد، الخميس، الجمعة):
        the first such weekday after the one before when it falls one to three days after it; `day` otherwise."""
        if self._listed is None:
            return day
        end, before = self._listed
        if not (end == i and prefix == "و" or end == i - 1 and not prefix and (
                self.tok_is(i - 1, "،") or self.tok_is(i - 1, ",") or self.norm(i - 1) in ("و", "او"))):
            return day
        step = (day.weekday() - before.weekday()) % 7
        return before + timedelta(days=step) if 1 <= step <= 3 else day

    def quoted_name(self, i: int, n: int) -> bool:
        """True when the weekday of n tokens at token i closes a quoted name of two words, a quote mark right after
        it and one right before the word before it, a word naming it before that: برنامج "لقاء الخميس"، ندوة «منتدى
        الثلاثاء»; not words quoted after a colon, «وقال الوزير: "نلتقي الخميس"»."""
        k = i + n
        return k < len(self.toks) and self.toks[k].text in _CLOSING_QUOTES and i >= 3 and \
            self.toks[i - 1].kind == "ar" and self.toks[i - 2].text in _OPENING_QUOTES and self.toks[i - 3].kind == "ar"

    def since_before(self, i: int) -> bool:
        """True when token i follows منذ (ومنذ), which opens a span from a day gone by: منذ الجمعة، منذ صباح الأحد."""
        return self.norm(i - 1) in ("منذ", "ومنذ")

    def pair_rel(self, j: int) -> tuple[str, int]:
        """("past" | "next", tokens) for a plural relative word at token j (المقبلين، الماضيين) or after the other
        weekdays joined to the one before j (الأحد [و]الاثنين المقبلين); ("", 0) otherwise. Only the word at j is
        part of this expression."""
        k = j
        while k < j + 6:
            w = self.w(k)
            if w.has("pair_rel") and not w.prefix:
                return w.val("pair_rel"), (w.n if k == j else 0)
            if k > j and not w.prefix and (w.has("past") or w.has("next")):  # الأربعاء والخميس المقبل: each is to come
                return ("past" if w.has("past") else "next"), 0
            if self.tok_is(k, "،") or self.tok_is(k, ",") or self.norm(k) in ("او", "و"):
                k += 1
                continue
            if w.has("weekday") and w.prefix in ("", "و"):
                k += w.n
                continue
            break
        return "", 0

    def family_name(self, k: int) -> bool:
        """True when token k ends a person's given names, so that a weekday after it is a family name: a given name
        of given_names.tsv or one in عبد (إبراهيم الخميس، عبدالله الجمعة), or a father's name after بن/ابن (عبدالرحمن
        بن صالح الخميس)."""
        if k < 0 or self.toks[k].kind != "ar":
            return False
        w = self.bare(k)
        return w in self.t.given or (w.startswith("عبد") and len(w) > 4) or self.bare(k - 1) in ("بن", "ابن")

    def friday_noun(self, k: int) -> bool:
        """True when token k is a word after which الجمعة is the Friday prayer (صلاة، خطبة، منبر), bare or with
        لـ/بـ (لصلاة الجمعة)."""
        w = self.bare(k)
        return w in self.t.friday_nouns or (w[:1] in ("ل", "ب") and w[1:] in self.t.friday_nouns)

    def next_weekday(self, j: int, wd: int) -> int:
        """The number of tokens of the weekday after `wd` that token j begins, with a dash before it
        (الخميس - الجمعة، الأربعاء الخميس), else 0."""
        k = j + (self.tok_is(j, "-") or self.tok_is(j, "–"))
        w = self.w(k)
        if w.has("weekday") and not w.prefix and int(w.val("weekday")) == (wd + 1) % 7:
            return k + w.n - j
        return 0

    def counted(self, i: int):
        """منذ/قبل/بعد + count + unit: منذ ثلاثة أيام، قبل يومين، بعد أسبوع، منذ 3 سنوات، قبل خمسة عقود."""
        w = self.w(i)
        if not (w.has("since") or w.has("after")) or w.n != 1:
            return None
        sign = 1 if w.has("after") and not w.has("since") else -1
        j = i + 1
        if self.w(j).has("about") and not self.w(j).prefix:
            j += self.w(j).n
        count: int | None = None
        cw = self.w(j)
        if _int(self.toks[j]) is not None if j < len(self.toks) else False:
            count, j = _int(self.toks[j]), j + 1
            if count is None or count > 100:
                return None
        elif cw.has("count") and not cw.prefix:
            count = int(cw.val("count")) if cw.val("count") else 0
            j += cw.n
        if count and self.norm(j) == "او" and j + 1 < len(self.toks):
            other = self.w(j + 1)  # قبل أربع أو خمس سنوات، قبل 3 أو 4 أيام: the first count is the date
            if other.has("count") and not other.prefix:
                j += 1 + other.n
            elif _int(self.toks[j + 1]) is not None:
                j += 2
        uw = self.w(j)
        if uw.prefix or not (uw.has("unit") or uw.has("dual")):
            return None
        unit = uw.val("unit") or uw.val("dual")
        if uw.stem.startswith("ال"):
            return None
        if count is None and unit in ("day", "month") and uw.n == 1 and self.names_one(j + 1):
            return None  # منذ يوم الخميس الماضي، منذ شهر رجب: since that day or month, no count
        if uw.has("dual"):
            if count is not None:
                return None
            count = 2
        elif count is None:
            plural = uw.stem not in ("يوم", "اسبوع", "شهر", "عام", "سنه")
            count = 0 if plural else 1
        j += uw.n
        if j < len(self.toks) and self.year_at(j)[0] is not None:
            return None  # منذ عام 2011 is a year
        if w.val("since") == "over":
            # «قتلوا خلال عشرة أشهر»، «طيلة ثلاث سنوات»: a stretch of that length up to the writing day, no one day
            return self.make(i, j, None, "vague", True), j
        if count == 0 or self.reckoned_from_another(j, sign > 0):
            feast = self.feast_day(j) if sign < 0 and unit == "day" and count else None
            if feast is not None:  # «قبل يومين من حلول عيد الفطر»: two days before 1 Shawwal
                return self.make(i, j, (feast - timedelta(days=count)).isoformat(), "day", True), j
            return self.make(i, j, None, "vague", True), j
        if sign > 0 and not self.future(i) and not self.from_now(j):
            later = self.days_after_told(count) if unit == "day" else None
            if later is not None:  # «اعتقال الجريري في 29 أبريل … وأطلقت سراحه بعد يوم واحد»: the 30th
                return self.make(i, j, later, "day", True), j
            return self.make(i, j, None, "vague", True), j  # وبعد يوم واحد، اعتقلت: after what was told
        if unit == "decade":  # قبل خمسة عقود: the year fifty years back
            unit, count = "year", count * 10
        if self.pub is None:
            return self.make(i, j, None, unit, True), j
        if unit == "day":
            return self.make(i, j, (self.pub + timedelta(days=sign * count)).isoformat(), "day", True), j
        if unit == "week":
            return self.make(i, j, iso_week(self.pub + timedelta(weeks=sign * count)), "week", True), j
        if unit == "month":
            y, m = add_months(self.pub.year, self.pub.month, sign * count)
            return self.make(i, j, f"{y:04d}-{m:02d}", "month", True), j
        return self.make(i, j, f"{self.pub.year + sign * count:04d}", "year", True), j

    def days_after_told(self, count: int) -> str | None:
        """The day `count` days after the last day told in this sentence, for a bare «بعد يوم واحد، بعد يومين» that
        counts on from it («اعتقال رئيس اللجنة في 29 أبريل الماضي … وأطلقت سراحه بعد يوم واحد»: 30 April); None
        when this sentence told no single day before it (past one a منذ opens: «منذ 29 أبريل» is how long, see
        `told_last`), or the day reached is after the writing day."""
        last = self.told_last("day", here=True)
        if last is None or last.granularity != "day" or last.end_value or len(last.value) != 10:
            return None
        day = _parse_date(last.value)
        if day is None:
            return None
        later = day + timedelta(days=count)
        return later.isoformat() if self.pub is None or later <= self.pub else None

    def feast_day(self, j: int) -> date | None:
        """The day of the feast that «من [a word of its coming] <feast>» after a count at token j names (time_words.tsv,
        class feast: its Hijri month and day), the nearest to the writer's day: «قبل يومين من حلول عيد الفطر» in a
        record of 2015-07-31 counts from 2015-07-17; None when no feast is named there."""
        if self.pub is None or self.norm(j) not in self.t.reckoned_from:
            return None
        for k in (j + 1, j + 2) if self.norm(j + 1) in self.t.reckoned_events else (j + 1,):
            for n in (3, 2):
                hm = self.t.feasts.get(tuple(self.norm(q) for q in range(k, k + n)))
                if hm is not None:
                    y = self.pick_year(hm[0], hm[1], True, "")
                    return None if y is None else self.to_date(y, hm[0], hm[1], True)
        return None

    def names_one(self, j: int) -> bool:
        """True when token j names a weekday or a month (بعد «منذ يوم»، «منذ شهر»: the day or month itself), or a day of
        the month before a month name («قبل يوم 25 يوليو الجاري»: before that day, not a day ago)."""
        w = self.w(j)
        if j + 1 < len(self.toks) and _int(self.toks[j]) is not None and 0 < _int(self.toks[j]) <= 31:
            nxt = self.w(j + 1)
            return not nxt.prefix and (nxt.has("month") or nxt.has("hijri_month"))
        return not w.prefix and (w.has("weekday") or w.has("month") or w.has("hijri_month"))

    def from_now(self, j: int) -> bool:
        """True when the count ending before token j is told from the writer's day: «بعد شهر من الآن»."""
        while self.norm(j) in self.t.roughly:
            j += 1
        return self.norm(j) in self.t.reckoned_from and self.norm(j + 1) in self.t.now

    def reckoned_from_another(self, j: int, after: bool) -> bool:
        """True if the count ending before token j is reckoned from another event, not from the day the story
        was written: «بعد ثلاث سنوات تقريباً على إطلاق النار»، «بعد ستة أشهر من تولي الحكم»، «قبل يومين من
        الانتخابات» («بعد أسبوعين من الآن» is the writer's now; `after`: the count follows بعد)."""
        t = self.t
        while self.norm(j) in t.roughly:  # بعد يوم واحد من، بعد أربعة أيام فقط على
            j += 1
        word = self.norm(j)
        if word not in t.reckoned_from or j + 1 >= len(self.toks) or self.norm(j + 1) in t.now:
            return False
        if self.norm(j + 1) in ("ذلك", "ذاك", "هذا", "تلك", "هذه"):
            return True  # قبل عام من ذلك: from what was told
        # after قبل/منذ, «من» is also «from» a place (وصل قبل يومين من الرياض): only before an event word or a
        # noun of an event's start, coming or term («قبل يومين من بدء جولة ثانية»، «من حلول عيد الفطر»)
        return word != "من" or after or (self.index, j + 1) in self.trigger_starts() \
            or self.norm(j + 1) in t.reckoned_events

    def same_unit(self, i: int):
        """نفس/ذات + اليوم/الشهر/العام/السنة, or the unit + نفسه/ذاته (في الشهر نفسه، في اليوم ذاته، نفس العام): the
        day, month or year of the last expression told before it («استولوا على القاعدة في آذار/ مارس 2015 … وفي الشهر
        نفسه شنت مقاتلات التحالف»: March 2015, not the publication day); a month (رمضان) or a year is taken whole.
        None when the last one told (past a week, for a month) has no value of that unit (a year before «اليوم
        نفسه»), when none was told, and before من (الشهر نفسه من العام الماضي: that month of another year)."""
        w = self.w(i)
        if w.has("same") and w.val("same") != "after":
            if w.prefix not in ("", "و", "ب", "وب", "في"):
                return None
            unit, j = self.same_unit_word(i + w.n), i + w.n + 1
        else:
            unit, j = self.same_unit_word(i), i + 1
            if not unit or self.w(j).val("same") != "after" or self.w(j).prefix:
                return None
            j += 1
        if not unit or self.norm(j) == "من":
            return None
        last = self.told_last(unit)
        if last is None:
            return None
        if last.granularity == unit:
            value = last.value
        elif "/" in last.value or len(last.value) < {"day": 10, "month": 7, "year": 4}[unit]:
            return None  # a year named last gives «اليوم نفسه» no day; a span no month of its own
        else:
            value = last.value[:{"day": 10, "month": 7, "year": 4}[unit]]
        return self.make(i, j, value, unit, True, last.end_value if value == last.value else None, last.calendar), j

    def told_last(self, unit: str, here: bool = False) -> "TimeExpr | None":
        """The last expression of value told before the current one (this sentence's, then the story's; `here`: this
        sentence's alone), past weeks for a month or a year, and past one a منذ opens or begins («أكبر انخفاض منذ
        أكتوبر 2008», «يعمل منذ عامين»: a measure, not the news)."""
        text = self.text
        for t in reversed(self._found if here else (*self.earlier, *self._found)):
            if t.value is None or t.granularity == "week" and unit != "day":
                continue
            if text[max(0, t.start - 4):t.start].strip() == "منذ" or t.text.startswith("منذ"):
                continue  # «منذ عامين»: how long, not a day told
            return t if t.granularity in ("day", "month", "year") else None
        return None

    def year_told_last(self) -> int | None:
        """The Gregorian year of the last expression of value told before the current one («تنحي مبارك في 11 فبراير
        سنة 2011 … وفي 20 فبراير من العام نفسه»: 2011); None when it has no single year of its own."""
        last = self.told_last("year")
        if last is None or last.calendar != "gregorian" or "/" in last.value or len(last.value) < 4:
            return None
        return int(last.value[:4]) if last.value[:4].isdigit() else None

    def same_unit_word(self, j: int) -> str:
        """The unit (day / month / year) of token j when it is اليوم، الشهر، العام، السنة with no clitic; else ''."""
        w = self.w(j)
        if w.prefix or w.n != 1:
            return ""
        if w.stem == "اليوم":
            return "day"
        unit = w.val("unit") if w.has("unit") and w.stem.startswith("ال") else ""
        return unit if unit in ("month", "year") else ""

    def vague(self, i: int):
        """في وقت سابق، مؤخراً، قريباً، الأيام الماضية، الأسابيع القليلة الماضية…: no calendar value."""
        w = self.w(i)
        if w.has("vague"):
            if w.tw.ambiguous and (self.opening(i, w) or self.qualifies(i)):
                return None  # «وأخيرا، …»: "finally"; «وجه إنذاراً أخيرا»: "a final warning"; no time
            return self.make(i, i + w.n, None, "vague", True), i + w.n
        if w.has("period"):
            j = i + w.n
            span = self.last_counted(i, j, w.val("period"))
            if span:
                return span
            if self.w(j).has("few"):
                j += self.w(j).n
            rel, n = self.relword(j)
            if rel in ("past", "next"):
                return self.make(i, j + n, None, "vague", True), j + n
            if j > i + w.n:  # الفترة الأخيرة
                return self.make(i, j, None, "vague", True), j
        return None

    def opening(self, i: int, w: _Word) -> bool:
        """True when the word at token i opens its sentence or clause (after و/ف, a full stop or a comma, or with a
        comma or a colon right after it): «وأخيرا، …»، «. أخيرا لا بد …» ("finally"), not «تظاهر أخيرا عمال»."""
        toks = self.toks
        before = toks[i - 1] if i > 0 else None
        after = toks[i + w.n] if i + w.n < len(toks) else None
        return bool(w.prefix) or before is None or before.kind == "punct" \
            or after is not None and after.kind == "punct" and after.text in _CLAUSE_MARKS

    def qualifies(self, i: int) -> bool:
        """True when the word at token i follows an indefinite noun in the accusative (ending in ـاً or ـا, not the
        ـوا of a plural verb) that it qualifies as an adjective: «وجه إنذاراً أخيرا» (a final warning)."""
        if i == 0:
            return False
        prev = self.toks[i - 1]
        text = prev.text.rstrip("\u064b")  # (the tanween's mark, ـاً / ـًا)
        return prev.kind == "ar" and ("\u064b" in prev.text or len(text) > 3 and text.endswith("ا")
                                      and not text.endswith("وا"))

    def last_counted(self, i: int, j: int, unit: str):
        """A plural period noun of days, weeks, months or years (its value in time_words.tsv), a count word with الـ at
        token j and a past word: «الأيام الثلاثة الماضية»، «السنوات الأربع الأخيرة»: the span of that many units
        before the writing day, up to the day before it (a range of days)."""
        if unit not in ("day", "week", "month", "year") or not self.norm(j).startswith("ال"):
            return None
        tw = self.t.words.phrases.get((self.norm(j)[2:],))
        count = tw.classes.get("count") if tw is not None else None
        if not count:
            return None
        k = j + 1
        rel, n = self.relword(k)
        if rel != "past":
            few = self.w(k)
            if few.val("few") != "past" or few.prefix:
                return None
            n = few.n
        k += n
        if self.pub is None:
            return self.make(i, k, None, "day", True), k
        c = int(count)
        if unit == "day":
            start = self.pub - timedelta(days=c)
        elif unit == "week":
            start = self.pub - timedelta(weeks=c)
        elif unit == "month":
            y, m = add_months(self.pub.year, self.pub.month, -c)
            start = date(y, m, min(self.pub.day, 28))
        else:
            start = date(self.pub.year - c, self.pub.month, min(self.pub.day, 28))
        return self.make(i, k, start.isoformat(), "day", True, (self.pub - timedelta(days=1)).isoformat()), k

    # --- values --------------------------------------------------------------------------------------
    def day_value(self, i: int, j: int, y: int | None, m: int, d: int, hijri: bool, relative: bool,
                  rel: str = "", end_day: int | None = None) -> TimeExpr:
        """A day expression's value; the year, when absent, from the publication date and `rel`."""
        cal = "hijri" if hijri else "gregorian"
        if y is None:
            if self.pub is None:
                return self.make(i, j, None, "day", True, calendar=cal)
            y = self.pick_year(m, d, hijri, rel)
            if y is None:
                return self.make(i, j, None, "day", True, calendar=cal, unresolved="impossible date")
        day = self.to_date(y, m, d, hijri)
        if day is None:
            return self.make(i, j, None, "day", relative, calendar=cal, unresolved="impossible date")
        end = self.to_date(y, m, end_day, hijri) if end_day else None
        return self.make(i, j, day.isoformat(), "day", relative, end.isoformat() if end else None, cal)

    def to_date(self, y: int, m: int, d: int, hijri: bool) -> date | None:
        """A Gregorian date from a Gregorian or Hijri (y, m, d); None when impossible."""
        if hijri:
            return self.t.hijri.to_gregorian(y, m, d)
        try:
            return date(y, m, d)
        except ValueError:
            return None

    def pick_year(self, m: int, d: int, hijri: bool, rel: str) -> int | None:
        """The year meant by a day and month without one: past/next/current by `rel`, else the nearest."""
        pub = self.pub
        base = self.t.hijri.from_gregorian(pub)[0] if hijri and self.t.hijri.from_gregorian(pub) else pub.year
        if rel in _YEAR_OFFSET:  # من العام الماضي
            y = base + _YEAR_OFFSET[rel]
            return y if self.to_date(y, m, d, hijri) is not None else None
        cands = [(y, self.to_date(y, m, d, hijri)) for y in (base - 1, base, base + 1)]
        cands = [(y, c) for y, c in cands if c is not None]
        if not cands:
            return None
        if rel == "past":
            before = [(y, c) for y, c in cands if c < pub]
            return max(before, key=lambda yc: yc[1])[0] if before else None
        if rel == "next":
            after = [(y, c) for y, c in cands if c > pub]
            return min(after, key=lambda yc: yc[1])[0] if after else None
        if rel == "current":
            return base
        # news looks back more than ahead: a date up to eight months back, or four ahead
        return min(cands, key=lambda yc: (yc[1] - pub).days * 2 if yc[1] > pub else (pub - yc[1]).days)[0]

    def month_value(self, i: int, j: int, y: int | None, m: int, hijri: bool, relative: bool,
                    rel: str = "") -> TimeExpr:
        """A month expression's value (Hijri months as Gregorian intervals)."""
        cal = "hijri" if hijri else "gregorian"
        if y is None:
            if self.pub is None:
                return self.make(i, j, None, "month", True, calendar=cal)
            if hijri:
                hy, hm, _ = self.t.hijri.from_gregorian(self.pub) or (None, None, None)
                if hy is None:
                    return self.make(i, j, None, "month", True, calendar=cal, unresolved="outside the Hijri table")
                y = _pick_month_year(hy, hm, m, rel)
            else:
                y = _pick_month_year(self.pub.year, self.pub.month, m, rel)
        if hijri:
            span = self.t.hijri.month_interval(y, m)
            if span is None:
                return self.make(i, j, None, "month", relative, calendar=cal, unresolved="outside the Hijri table")
            return self.make(i, j, f"{span[0].isoformat()}/{span[1].isoformat()}", "month", relative, calendar=cal)
        return self.make(i, j, f"{y:04d}-{m:02d}", "month", relative)

    def year_value(self, i: int, j: int, y: int, hijri: bool) -> TimeExpr:
        """A year expression's value (a Hijri year as its Gregorian interval)."""
        if hijri:
            span = self.t.hijri.year_interval(y)
            if span is None:
                return self.make(i, j, None, "year", False, calendar="hijri", unresolved="outside the Hijri table")
            return self.make(i, j, f"{span[0].isoformat()}/{span[1].isoformat()}", "year", False, calendar="hijri")
        return self.make(i, j, f"{y:04d}", "year", False)


_YEAR_OFFSET = {"year_before_last": -2, "year_past": -1, "year_current": 0, "year_next": 1}  # a month told with «من العام الماضي»…


def _pick_month_year(pub_year: int, pub_month: int, month: int, rel: str) -> int:
    """The year of a month named without one: the last one before (past), the next one (next),
    this one (current), else the nearest (ties to the past); the one of last, this or next year (year_past…)."""
    if rel in _YEAR_OFFSET:
        return pub_year + _YEAR_OFFSET[rel]
    if rel == "current":
        return pub_year
    if rel == "past":
        return pub_year if month < pub_month else pub_year - 1
    if rel == "next":
        return pub_year if month > pub_month else pub_year + 1
    diff = month - pub_month  # news looks back more than ahead: up to eight months back, four ahead
    if diff > 4:
        return pub_year - 1
    if diff < -8:
        return pub_year + 1
    return pub_year


# The rules in the order they are tried, each with what the word it starts on must be (a class of the
# word, or the word itself): only the rules that can start on a word are tried there.
_RULE_STARTS = (
    ("numeric_date", frozenset(), ()),
    ("dated", frozenset({"part", "weekday", "ordinal", "first_day"}), ("يوم",)),
    ("month_only", frozenset({"edge", "month_word", "month", "hijri_month"}), ()),
    ("year", frozenset({"edge", "year_word"}), ()),
    ("unit_relative", frozenset({"edge", "unit", "dual"}), ("هذا", "هذه")),
    ("day_word", frozenset({"part", "day"}), ()),
    ("weekday", frozenset({"part", "weekday"}), ("يوم",)),
    ("counted", frozenset({"since", "after"}), ()),
    ("same_unit", frozenset({"same", "unit", "day"}), ()),
    ("vague", frozenset({"vague", "period"}), ()),
)
_NUM_RULES = (_Sentence.numeric_date, _Sentence.dated, _Sentence.year)  # a number starts only these



def _num_rules(norm: str) -> tuple:
    """The rules a number can start: `dated` only on a day (1–31), `year` only on four digits."""
    if norm.isdigit():
        if len(norm) <= 2 and 1 <= int(norm) <= 31:
            return _NUM_RULES[:2]
        if len(norm) == 4:
            return _NUM_RULES[::2]
    return _NUM_RULES[:1]

_START_CLASSES = frozenset().union(*(cls for _, cls, _ in _RULE_STARTS))
_START_WORDS = tuple(sorted({w for _, _, words in _RULE_STARTS for w in words}))
# every rule needs a number or a word of one of these classes to find an expression (a day: number or
# ordinal; a month name; a unit or a dual; a day word; a weekday; a vague word or period): sentences
# without either are skipped, so a new rule that can do without them must add its classes here
_NEEDED_CLASSES = frozenset({"ordinal", "first_day", "month", "hijri_month", "unit", "dual", "day", "weekday",
                             "vague", "period"})
_RULES_BY_WORD: dict[tuple[frozenset[str], str], tuple] = {}


def _rules_for(classes, norm: str) -> tuple:
    """The rules that can start on a word of these time-word classes (cached)."""
    key = (frozenset(classes), _rule_word(norm))
    hit = _RULES_BY_WORD.get(key)
    if hit is None:
        hit = _RULES_BY_WORD[key] = tuple(
            getattr(_Sentence, name) for name, cls, words in _RULE_STARTS
            if key[0] & cls or (key[1] and key[1] in words))
    return hit


def _rule_word(norm: str) -> str:
    """The word of _RULE_STARTS that a word is, itself a rule's start (هذا، هذه; يوم with و/ف), or ''."""
    return norm if norm in ("هذا", "هذه") else ("يوم" if strip_wa(norm) == "يوم" else "")
