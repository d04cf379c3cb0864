"""Report filter: keeps conflict events that a sentence *reports*, drops mentions of them as a topic.

"اغتيال الحريري" in a sentence about a trial, "تفريق المتظاهرين" in a sentence about the police, "الهجمات
الانتحارية" in an opinion piece: the words of an attack or a protest are there, no attack or protest is
reported. For the event types that have labelled data (ASSAULT, PROTEST), two logistic models score
each sentence: one over the sentence's candidate events (trigger form, aspect, definiteness, roles,
time, year, casualty and number words, quotation, position, context words), one over the character
2–5-grams of its words (idf-weighted, as a character n-gram classifier reads them); the sentence's score is a
weighted mean of the two, and below the type's threshold that type's events are not coded.
The weights are package data (`lexicon/data/report_weights.tsv`, `report_chars.tsv`), built by
tools/train_report_filter.py.

Before the models, rules drop the events of a sentence that tells a toll over a period or a toll of thousands,
not one event (cues in `lexicon/data/report_cues.tsv`): «وقتل 76 صحفيا منذ الغزو», «قتل 2000 شخص بين 2000 و2012»,
«ووثق المرصد مقتل 71 ألفا»; in a story (three sentences or more) also a toll since a date or in a sentence that opens
with «منذ» («قتل أكثر من 800 شخص منذ 29 مايو»، «ومنذ تولي بخاري الحكم …، قتل أكثر من 800 شخص»), an attack or a
protest that «منذ» follows in its clause with a start longer than an hour or a day («ويشن التحالف غارات على العراق
وسوريا منذ أغسطس 2014»، «الاضطرابات التي شهدها فيرجسون منذ مقتل براون»: acts since a time), and thousands
named further after a toll verb whose own count they are («قتلت بوكو حرام حوالي عشرة آلاف شخص»); of a heading
inside the text, a short line with no final mark (a column's sub-heading «قتل الموحدين», a line of verse «رشق
طفولتي»); and the events of a verse of the Quran quoted between its brackets ({…} or ﴿…﴾); of a short line that
ends in an ellipsis in a text written in such lines (a column or a prose poem: «اعدم الحرف..»، «من قصف الكلام..»);
the strikes and tolls of a campaign, in a story: a recent period or «حتى الآن» before the attack (or right after a
toll, round 110: «لقد قتل حتى الان أكثر من 2000 عنصر») («وتشن تركيا في
الأسابيع الأخيرة غارات»), a toll in «هذه الغارات» that a campaign told just before points at, or in «الغارات الأخيرة»،
attacks a present verb carries out («هجمات يشنها تنظيم داعش»), daily («هجمات يومية»), set as the news's state («في ظل
قيام الطائرات … بشن غارات»), told after a relative pronoun («التي تستهدف»), and a total of the dead («إجمالي عدد
القتلى»); and an attack or protest noun right after a word of a charge or a sentence (class charge:
«بتهمة اغتيال»، «جناية القتل العمد»، «تنفيذ حكم القتل قصاصاً»، «أحكام القتل»), which names the crime a court tries or the
penalty it carries out, no attack or protest told. Also, in a story: a toll in «هذه الحملة» (a campaign by its name)
or over weeks («خلال أسبوع», the day before a verb of saying's «أن» being the day it was told), attacks after «كثير من»
or that a group stands behind («ويقفون وراء هجمات»), and a present verb of what a war or operations aim at («"حربا على
الارهاب" تستهدف»، «لتنفيذ عمليات تستهدف»); the strike that a sentence set «في ظل …» tells with a past verb stays.

Of any type: accusations a party faces or evades («ويواجه إردوغان اتهامات من معارضيه»), and an act's noun in بـ that a
directive governs («إنفاذًا لتوجيهات خادم الحرمين … بتقديم مساعدات عاجلة»: the directive's content), a verb of whoever
does it («كل من ساهم وشارك وتعاون ومول»، «من يتعاطف ويتعاون»); of aid, in a story,
one over a recent period or a named month («الخدمات التي قدمتها وحدة الدعم النفسي … خلال شهر يوليو الماضي»); and, for the types the models do
not score, a present verb told as a practice («وفي بعض الأحيان يحتجز هؤلاء المشتبه بهم»، «كثيرا ما تعتقل»), one after
a relative pronoun that tells what a text or a party does as a rule («لاتفاقية جنيف التي تحظر إعدام أسرى المعارك»;
not an accusation, «الذي تتهمه منظمات»), and, in a story, an act that «منذ» and a start follow in its clause («كانت
سبّاقة في دعم المهرجان منذ انطلاقته عام 2008م»).
"""

from __future__ import annotations

from collections.abc import Callable

import math
from collections import Counter
from functools import cache, reduce
from itertools import compress, repeat
from operator import add, itemgetter

from ..arabic.normalize import WordMemo, normalize, shed_conjunction, word_key
from ..lexicon.compile import FunctionWords, _rows
from ..lexicon.packaged import packaged_text
from ..article import Article
from ..records import Event, Mention, Token
from .mentions import _COMMAS, _RELATIVE
from .phrases import strip_wa

_MIN = normalize("من")
_NOW = normalize("الآن")
_UNTIL = word_key(normalize("حتى"))
_AGO = frozenset({normalize("قبل"), normalize("وقبل")})
_OR = frozenset({normalize("أو")})


def _he_does(norm: str) -> bool:
    """True for a word that starts as a present verb of «he» does (يـ، سيـ): «من» whoever takes one («من يتعاطف»), not
    a noun after «من» the preposition («من تدابير تطالب بها»)."""
    return norm.startswith("ي") or norm.startswith("سي")


_SINCE_FORMS = frozenset({normalize("منذ"), normalize("ومنذ")})


@cache
def _cue_words(name: str) -> frozenset[str]:
    """The normalised phrases of one class of report_cues.tsv, compared whole (read once, on first use, not at
    import): short_particle («وفي»، «ومن»: too short for _strip_wa), that (a verb of saying's «أن», before what it
    tells), rear («يقفون وراء هجمات»: the attacks a group is behind)."""
    return frozenset(normalize(r["phrase"]) for r in _rows("report_cues.tsv") if r["class"] == name)


_CLOSING_QUOTES = frozenset('"»”')
_OPEN_QUOTES = frozenset('"«“')  # the marks that open a quoted name (a crime charged: «بتهمة «إثارة الشغب»»)
_QUOTED_CHARGE = 3  # words (the quote mark counted) a quoted crime's noun may stand after its opening mark
# the types whose present verb after a relative pronoun still tells an act: an accusation a party is named by
# («كيم جونغ اون الذي تتهمه منظمات غير حكومية بارتكاب انتهاكات»)
_STANDING_TOLD = frozenset({"ACCUSE"})
# the types of a programme whose acts, told over a recent period or a named month in a story, are summed, no one act
# («الخدمات التي قدمتها وحدة الدعم النفسي … خلال شهر يوليو الماضي»)
_SUMMED = frozenset({"AID"})
STORY_SENTENCES = 3  # a text of this many sentences is a story, whose sentences the wider toll rules read
_JOINED_REACH = 3  # a trigger this many words past a present verb in a relative clause is what the coder joined it to
_MIN_TOKENS = 12  # the model was fitted on full news sentences: a short past-tense clause is left alone
_RAID_TYPES = frozenset({"ASSAULT"})  # the types a past light verb near the threshold spares (a protest's told otherwise)
_NEAR_SHARE = 0.85  # a score this share of its threshold spares a raid a past light verb tells with its target
_LIGHT_SHARE = 0.6  # a score this share of its threshold spares, alone, a raid a past light verb tells with its doer and target
_UNDERGO_REACH = 8  # how far before a noun of an attack in لـ its past verb of undergoing may stand (round 102)
_LIGHT_REACH = 4  # how far before a noun of an act its past light verb may stand (شن طيران التحالف غارات)
_HEADING_WORDS = 6  # a line of at most this many words, with no final mark, inside the text is a heading
_LINE_SPACE = " \t\xa0"
# a quoted verse opened at most this many characters before a trigger (passages of several verses run past 1,500)
_VERSE_REACH = 2000
_VERSE_OPEN, _VERSE_CLOSE = "{﴿", "}﴾"
_QUOTES = set("«»“”\"")
_ELLIPSES = ("..", "…")
ELLIPSIS_LINES = 6  # a story of this many sentences or more, over half of them ending in an ellipsis, is in lines


def _unwa(norm: str) -> str:
    """A normalised word without a leading و/ف conjunction (worked out: see _strip_wa)."""
    return norm[1:] if len(norm) > 3 and norm[0] in "وف" else norm


_UNWA_LIMIT = 100_000  # words remembered by each of the two memos (cleared past that: each costs memory for the run)
# _strip_wa(norm): a normalised word without a leading و/ف conjunction, asked of a dict in C (some two hundred
# thousand calls four hundred articles; a Python function's call costs about three times a dict's look-up)
_strip_wa = WordMemo(_unwa, _UNWA_LIMIT).__getitem__
# _wa_key(norm): word_key(_strip_wa(norm)), the same way (the key most of this module's word tables are read by)
_wa_key = WordMemo(lambda norm: word_key(_unwa(norm)), _UNWA_LIMIT).__getitem__


def _refusing(norm: str, fw: FunctionWords) -> bool:
    """True if a word, its و/ف and then a leading بـ taken off, is a verb or noun of refusing (function_words.tsv
    charge_refusal: «برفض»، «رفضت»)."""
    w = _strip_wa(norm)
    return w in fw.charge_refusal or (w[:1] == "ب" and w[1:] in fw.charge_refusal)


def _strip_conj(norm: str) -> str:
    """A normalised word without a leading و/ف, a two-letter particle's too («وفي» → «في»، «ومن» → «من»), which
    _strip_wa leaves whole (a three-letter word may begin with و/ف: «وقت»)."""
    return shed_conjunction(norm, _cue_words("short_particle")) if len(norm) == 3 else _strip_wa(norm)


def sentence_features(toks: list[Token], events: list[Event], triggers: dict[int, Mention],
                      fw: FunctionWords) -> list[str]:
    """Features of the candidate events of one type in one sentence (the model's input)."""
    etype = events[0].event
    feats = {f"t={etype}", f"n={min(len(events), 3)}"}
    norms = [_strip_wa(t.norm) for t in toks]
    if not fw.day.isdisjoint(norms):
        feats.add("time")
    if any(t.kind == "num" for t in toks):
        feats.add("num")
    if any(t.text == "؟" or t.text == "?" for t in toks):
        feats.add("question")
    if any(t.text in _QUOTES for t in toks):
        feats.add("quote")
    feats.add(f"len={min(len(toks) // 10, 6)}")
    if any(t.kind == "num" and len(t.norm) == 4 and t.norm[:2] in ("19", "20") for t in toks):
        feats.add("year")  # a dated past (عام 2006) often recalls an old event
    for k, t in enumerate(toks):
        if (t.kind == "num" or norms[k] in fw.count) and any(
                word_key(n) in fw.casualty for n in norms[k + 1:k + 4]):
            feats.add("casualties")  # خمسة قتلى، 18 شخصا
            break
    for ev in events:
        m = triggers.get(ev.trigger.start)
        if m is None:
            continue
        i = m.tok_start
        lemma = m.entry.lemma if m.entry is not None else ev.trigger.text
        feats.add(f"at={min(3 * i // max(len(toks), 1), 2)}")  # where in the sentence: first, middle, last third
        if _quoted(toks, i):
            feats.add("in_quote")
        feats.add(f"lem={etype}:{lemma}")
        get = m.get  # (each of the trigger's fields read once)
        prefix = get("prefix")
        feats.add(f"pos={get('pos')}:{get('aspect') or '-'}")
        rest = toks[i].norm[len(prefix):]
        feats.add("def" if rest.startswith("ال") or prefix.endswith("ل") and rest.startswith("ل") else "indef")
        feats.add(f"pre={prefix or '-'}")
        feats.add(f"act={ev.actor[0].sector or ev.actor[0].code or 'x'}" if ev.actor else "act=-")
        feats.add(f"rec={ev.recipient[0].sector or ev.recipient[0].code or 'x'}" if ev.recipient else "rec=-")
        for off, name in ((-2, "p2"), (-1, "p1"), (1, "n1"), (2, "n2")):
            k = i + off
            if 0 <= k < len(toks):
                feats.add(f"{name}={word_key(norms[k])}")
    feats.update(["w=" + key for key in map(word_key, norms[:80])])
    # each feature also conjoined with the type, so the model can share evidence and still specialise
    feats.update([f"{etype[0]}|{f}" for f in feats])
    return sorted(feats)


class AggregateCues:
    """The cues of a toll over a period or of thousands (report_cues.tsv): phrases by class, as tuples of word
    keys."""

    _WINDOW = 3  # a `first` word this many words before «منذ»
    _SPAN_REACH = 10  # the period this many words from an event's trigger
    _COUNT_REACH = 6  # and the count this many
    _BEFORE = 8  # a count of thousands this many words before a toll trigger («ألفي عراقي في نينوى أعدموا»)
    _AFTER = 10  # a word of thousands this many words after it, in its clause («قتلت بوكو حرام حوالي عشرة آلاف»)
    _TOLL_COUNT = 5  # a toll's count this many words after its trigger («وقتل ما لا يقل عن 260 مقاتلا»)
    _OPENING = 1  # a period named in the sentence's first words spans the whole sentence («ومنذ تولي بخاري الحكم …»)
    _SINCE_AFTER = 8  # «منذ» this many words after an attack or protest makes it run since a time (غارات … منذ أغسطس)
    _PERIOD_AFTER = 6  # a recent period this many words after it makes it acts over weeks or years (في الفترة الأخيرة)
    _PAST_REACH = 3  # a `past` word this many words after a period noun makes it a recent period (السنوات الـ15 الأخيرة)
    _TREND_OPENING = 1  # a trend word among the sentence's first words makes the whole sentence a trend
    _WAGE_REACH = 6  # a `wage` verb this many words before a series word carries the series out (شنت … سلسلة غارات)
    # «منذ» and a date this many words before an attack makes it a campaign (بدأت منذ نوفمبر في شن غارات)
    _SINCE_BEFORE = 5
    # a `habit` phrase (بين فترة وأخرى) ending this many words before an attack or protest makes a pattern
    _HABIT_BEFORE = 4
    _PERIOD_BEFORE = 4  # a recent period this many words before an attack (وتشن تركيا في الأسابيع الأخيرة غارات)
    _SO_FAR_BEFORE = 12  # «حتى الآن» this many words before an attack (التي تعرضت حتى الآن لعشرات الغارات)
    _AGGREGATE_REACH, _AGGREGATE_MIN = 4, 100  # a campaign's total after «حتى الآن»: «أكثر من 2000 عنصر»
    _SO_FAR_AFTER = 2  # «حتى الآن» ending this many words after a toll (لقد قتل حتى الان أكثر من 2000 عنصر: round 110)
    _AMID_BEFORE = 8  # «في ظل» this many words before an attack, in its clause (في ظل قيام الطائرات … بشن غارات)
    _TOTAL_BEFORE = 3  # a word of a total this many words before a toll noun (إجمالي عدد القتلى، العدد الإجمالي للقتلى)
    _LIST_REACH = 16  # a verb of including this many words before an attack noun of its list («والتي شملت القصف»)
    _VENTURE_QUOTED = 4  # a venture's noun this many words before a closing quote («"حربا على الارهاب" تستهدف»)
    _CAMPAIGN_REACH = 14  # «في هذه الغارات» this many words after a toll (وقتل 260 مقاتلا … في هذه الغارات)
    _NOW_AFTER = 4  # a word of now this many words after a present verb makes it an act under way (يزور العراق حاليا)
    _FACE_BEFORE = 6  # a verb of facing this many words before an act's noun (ويواجه الرئيس التركي إردوغان اتهامات)
    # a word of a directive this many words before the verbal noun in بـ it governs (لتوجيهات خادم الحرمين الشريفين
    # الملك سلمان بن عبدالعزيز آل سعود -حفظه الله- بتقديم مساعدات)
    _DIRECTIVE_REACH = 16
    # a named month's span this many words after an aid, in its clause (التي قدمتها وحدة الدعم النفسي التابعة للعيادات
    # السعودية التخصصية في مخيم الزعتري خلال شهر يوليو الماضي)
    _MONTH_AFTER = 14
    _DEMAND_REACH = 4  # a word of a demand this many words before an attack noun (بوقف اقتحام الفلوجة والقصف)
    _WHOEVER_CHAIN = 4  # verbs joined by و this many words at most between «كل من» and a verb of its list (كل من ساهم وشارك وتعاون)

    def __init__(self, rows: list[dict[str, str]]):
        self.phrases: dict[str, dict[str, list[tuple[str, ...]]]] = {}  # class → first key → phrases
        for r in rows:
            keys = tuple(word_key(w) for w in normalize(r["phrase"]).split())
            if keys:
                self.phrases.setdefault(r["class"], {}).setdefault(keys[0], []).append(keys)
        self.tolls = frozenset(self.phrases.get("toll", {}))  # the lemmas of the triggers that count the dead
        # words of thousands, compared whole («الفا» is no word with an article)
        self.thousands = frozenset(normalize(r["phrase"]) for r in rows if r["class"] == "thousand")
        # the keys of the words of a charge or a sentence before an event noun (بتهمة، جناية، حكم)
        self.charges = frozenset(self.phrases.get("charge", {}))
        # the plural nouns of many attacks or protests and the demonstratives, compared whole (their keys are a
        # singular's: «الغارات» and «الغارة» meet), and the present verbs that carry a campaign out («يشنها»)
        self.campaigns = frozenset(normalize(r["phrase"]) for r in rows if r["class"] == "campaign")
        self.owns = frozenset(normalize(r["phrase"]) for r in rows if r["class"] == "own")  # عملياته، غاراتها
        self.pointers = frozenset(normalize(r["phrase"]) for r in rows if r["class"] == "pointer")
        self.ongoing = frozenset(normalize(r["phrase"]) for r in rows if r["class"] == "ongoing")
        self.so_far = frozenset(normalize(r["phrase"]) for r in rows if r["class"] == "so_far")  # حتى، لحد
        self.relatives = frozenset(normalize(r["phrase"]) for r in rows if r["class"] == "relative")  # التي، الذي
        self.daily = frozenset(normalize(r["phrase"]) for r in rows if r["class"] == "daily")  # يومية، يوميا
        self.drives = frozenset(normalize(r["phrase"]) for r in rows if r["class"] == "drive")  # حملة، حرب
        # عمليات: a campaign by itself only after a distal demonstrative (class distal: تلك), «في تلك العمليات»
        self.far_drives = frozenset(normalize(r["phrase"]) for r in rows if r["class"] == "far_drive")
        self.distal = frozenset(normalize(r["phrase"]) for r in rows if r["class"] == "distal")
        self.many = frozenset(normalize(r["phrase"]) for r in rows if r["class"] == "many")  # كثير، العديد
        self.includes = frozenset(normalize(r["phrase"]) for r in rows if r["class"] == "include")  # شملت، تتضمن
        self.now = frozenset(normalize(r["phrase"]) for r in rows if r["class"] == "now")  # حاليا، الآن
        # the words of a directive, compared whole (لتوجيهات، بتوجيه، تعليمات), and the words in بـ that are no verbal
        # noun of its content (بعد، بين، بن)
        self.directives = frozenset(normalize(r["phrase"]) for r in rows if r["class"] == "directive")
        self.not_content = frozenset(normalize(r["phrase"]) for r in rows if r["class"] == "not_content")
        self.delivered = frozenset(normalize(r["phrase"]) for r in rows if r["class"] == "delivered")  # ضربات، رسالة
        self.who = frozenset(normalize(r["phrase"]) for r in rows if r["class"] == "whoever")  # من، ومن، فمن
        self.every = frozenset(normalize(r["phrase"]) for r in rows if r["class"] == "every")  # كل، لكل، وكل
        self.demands = frozenset(normalize(r["phrase"]) for r in rows if r["class"] == "demand")  # ضرورة، بوقف

    def running_since(self, toks: list[Token], m: Mention) -> bool:
        """True if «منذ» follows the trigger mention at most _SINCE_AFTER words on in its clause, with a start that is no
        hour or day of one event (not «منذ الصباح»، «منذ ساعات»), no yardstick word before it since the trigger («الهجوم
        الأول من نوعه في محافظة المحويت منذ») and no day of one event in the sentence (one after «حتى» ends the period,
        and is none: «منذ 23 سبتمبر 2014، وحتى فجر اليوم»): acts that run or are counted since a time, no one event
        («ويشن التحالف غارات على العراق وسوريا منذ أغسطس 2014»، «الاضطرابات التي شهدها فيرجسون منذ مقتل»، «وتشهد سيلوبي
        اشتباكات … منذ الأسبوع الماضي»، «شهدت 121 هجوما مسلحا … منذ الانتخابات»)."""
        since = self.phrases.get("since", {})
        if self._since_before(toks, m, since):
            return True
        end = min(len(toks), m.tok_end + self._SINCE_AFTER)
        for k in range(m.tok_end, end):
            tok = toks[k]
            if tok.kind == "punct":
                return False
            if _wa_key(tok.norm) not in since:
                continue
            keys = [_wa_key(t.norm) for t in toks]
            if k + 1 >= len(toks) or keys[k + 1] in self.phrases.get("short", {}) or self._one_day(keys):
                return False
            firsts = self.found("first", keys)  # between the trigger and «منذ» too: «الهجوم الأول من نوعه في المحويت منذ»
            return not any(min(m.tok_start, k - self._WINDOW) <= j < k for j in firsts)
        return False

    def _day_in(self, toks: list[Token]) -> bool:
        """True if the sentence's words name a day (class day: «أمس»، «الجمعة»، «فجر اليوم»)."""
        return bool(self.found("day", [_wa_key(t.norm) for t in toks]))

    def _one_day(self, keys: list[str]) -> bool:
        """True if the sentence's words (`keys`) name a day of one event, not one that ends a period after «حتى» a word
        or two before it («منذ 23 سبتمبر 2014، وحتى فجر اليوم»: the period runs until today)."""
        return any(_UNTIL not in keys[max(0, i - 2):i] for i in self.found("day", keys))

    def _since_before(self, toks: list[Token], m: Mention, since: dict) -> bool:
        """True if «منذ» with a number or a month right after it (a start of a period) stands at most _SINCE_BEFORE
        words before the trigger mention, in its clause, with no yardstick word and no day of one event in the
        sentence: «وقد بدأت منذ نوفمبر في شن غارات جوية»، «ويشن الجيش السوري منذ 11 يوليو حملة قصف»: a campaign."""
        for k in range(m.tok_start - 1, max(-1, m.tok_start - 1 - self._SINCE_BEFORE), -1):
            if toks[k].kind == "punct":
                return False
            if toks[k].norm in _SINCE_FORMS:
                keys = [_wa_key(t.norm) for t in toks]
                return self._dated(toks, keys, k) and not self.found("day", keys) and not self.found("first", keys)
        return False

    def over_period(self, toks: list[Token], m: Mention) -> bool:
        """True if a recent period follows the trigger mention at most _PERIOD_AFTER words on in its clause, with no
        day of one event between: a plural `period` noun with a `past` word at most _PAST_REACH words after it
        («الفترة الأخيرة»، «الأسابيع القليلة الماضية»، «السنوات الـ15 الأخيرة») or a `recent` phrase («طوال العام»).
        Acts over weeks or years, no one event («سلسلة انفجارات لألغام أرضية خلال الفترة الماضية»، «الهجمات
        الكيميائية التي شهدتها سوريا في الفترة الأخيرة»، «في مظاهرات ببغداد … خلال الأسابيع القليلة الماضية»)."""
        recent, day = self.phrases.get("recent", {}), self.phrases.get("day", {})
        period, past = self.phrases.get("period", {}), self.phrases.get("past", {})
        end = min(len(toks), m.tok_end + self._PERIOD_AFTER + 1)
        for k in range(m.tok_end, end):
            tok = toks[k]
            if tok.kind == "punct":
                return False
            key = _wa_key(tok.norm)
            if key in day:
                return False
            if key in period:
                for t in toks[k + 1:k + 1 + self._PAST_REACH]:
                    if t.kind == "punct":
                        break
                    if _wa_key(t.norm) in past:
                        return True
            if key in recent:
                keys = [_wa_key(t.norm) for t in toks[k:k + 4]]
                if any(tuple(keys[:len(p)]) == p for p in recent[key]):
                    return True
        return False

    def month_after(self, toks: list[Token], m: Mention) -> bool:
        """True if a named month's span (class month_span, then a month: «خلال شهر يوليو»، or class during right before
        a month: «خلال يوليو») follows the trigger mention at most _MONTH_AFTER words on in its clause, with no day of one
        event in the sentence: a month's services or supplies summed, no one act told («استفاد 158 لاجئا سوريا من
        الخدمات النفسية والاجتماعية التي قدمتها وحدة الدعم النفسي … خلال شهر يوليو الماضي»)."""
        span, during = self.phrases.get("month_span", {}), self.phrases.get("during", {})
        months = self.phrases.get("month", {})
        end = min(len(toks) - 1, m.tok_end + self._MONTH_AFTER)
        for k in range(m.tok_end, end):
            if toks[k].kind == "punct":
                return False
            key = _wa_key(toks[k].norm)
            if key in during and word_key(toks[k + 1].norm) in months \
                    or key in span and self._phrase_at(toks, k, span) and k + 2 < len(toks) \
                    and word_key(toks[k + 2].norm) in months:
                return not self._day_in(toks)
        return False

    def period_before(self, toks: list[Token], m: Mention) -> bool:
        """True if a recent period (as over_period reads it, but of days: class days) stands at most _PERIOD_BEFORE
        words before the trigger mention, in its clause, not after «قبل» (a time ago), or «حتى الآن» (a so_far word
        before «الآن») at most _SO_FAR_BEFORE words before it, in a sentence with no day of one event: «وتشن تركيا في
        الأسابيع الأخيرة غارات جوية ضد مواقع لحزب العمال»، «التي تعرضت حتى الآن لعشرات الغارات»: strikes over weeks or
        summed so far, no one event. A mark before the trigger ends the look back (the look after it, `_so_far_after`,
        reads «حتى الآن» right after a killing verb when a campaign's total follows)."""
        recent, period = self.phrases.get("recent", {}), self.phrases.get("period", {})
        past = self.phrases.get("past", {})
        for k in range(m.tok_start - 1, max(-1, m.tok_start - 1 - self._PERIOD_BEFORE - self._PAST_REACH), -1):
            if toks[k].kind == "punct":
                break  # (the loop below stops at the same mark; «حتى الآن» after the trigger is still read)
            key = _wa_key(toks[k].norm)
            if k and toks[k - 1].norm in _AGO or key in self.phrases.get("days", {}):
                continue  # «قبل أشهر قليلة»: a time ago, the date of one event; «الأيام الثلاثة الماضية»: a few days
            hit = key in recent and self._phrase_at(toks, k, recent)
            if not hit and key in period and k >= m.tok_start - self._PERIOD_BEFORE - 1:
                hit = any(_wa_key(t.norm) in past
                          for t in toks[k + 1:min(m.tok_start, k + 1 + self._PAST_REACH)])
            if hit:
                return not self._day_in(toks)
        for k in range(m.tok_start - 1, max(0, m.tok_start - 1 - self._SO_FAR_BEFORE), -1):
            if toks[k].kind == "punct":
                break
            if toks[k].norm == _NOW and _strip_wa(toks[k - 1].norm) in self.so_far:  # «حتى الآن», not «حتى أن»
                return not self._day_in(toks)
        return self._so_far_after(toks, m)

    def _so_far_after(self, toks: list[Token], m: Mention) -> bool:
        """True if «حتى الآن» (a so_far word before «الآن») ends at most _SO_FAR_AFTER words after the trigger mention,
        with no mark between, in a sentence with no day of one event: «لقد قتل حتى الان أكثر من 2000 عنصر من عناصر
        ميليشيا حزب الله» tells a toll summed up to now, no one event (round 110)."""
        for k in range(m.tok_end, min(len(toks), m.tok_end + self._SO_FAR_AFTER)):
            if toks[k].kind == "punct":
                return False
            if toks[k].norm == _NOW and k > m.tok_end and _strip_wa(toks[k - 1].norm) in self.so_far:
                return self._aggregate_after(toks, k) and not self._day_in(toks)
        return False

    def _aggregate_after(self, toks: list[Token], k: int) -> bool:
        """True if a count of a campaign's total, a number of _AGGREGATE_MIN or more or a word of thousands, stands at
        most _AGGREGATE_REACH words after token k: «حتى الان أكثر من 2000 عنصر», not one attack's updated toll
        («أن الانتحاري قتل حتى الآن 21 مصليا»: round 110 mend)."""
        for t in toks[k + 1:k + 1 + self._AGGREGATE_REACH]:
            if t.norm in self.thousands or t.norm.isdigit() and int(t.norm) >= self._AGGREGATE_MIN:
                return True
        return False

    def campaign(self, toks: list[Token], m: Mention, told: bool = False) -> bool:
        """True if the trigger mention is a toll (class toll) with a campaign named after it in its clause, or is a
        plural noun of a campaign itself: a plural of attacks (class campaign) before a word of the past (class past),
        or after a demonstrative (class pointer) or with a pronoun after a toll (class own) when `told` (an attack of
        this sentence or the one before was read above as no one event: a campaign, a pattern, a trend), in a sentence
        with no day of one event: «وينفذ الطيران التركي يوميا غارات … وقتل ما لا يقل عن 260 مقاتلا كرديا … في هذه
        الغارات»، «في الغارات الأخيرة بحسب أنقرة»: the toll of strikes over weeks, no one event («مقتل تسعة حوثيين
        بمواجهات شهدتها جبهات الضباب. وسقط قتيل من المقاومة بتلك المواجهات» is the toll of one fight, and stays)."""
        if m.entry is None:
            return False
        at = m.tok_start
        if word_key(normalize(m.entry.lemma)) in self.tolls:
            end = at + 1
            while end < len(toks) and end <= at + self._CAMPAIGN_REACH and toks[end].kind != "punct":
                end += 1
            found = [kind for k in range(m.tok_end, end) if (kind := self._campaign_at(toks, k, True))]
        else:
            found = [kind] if m.get("pos") == "noun" and (kind := self._campaign_at(toks, at)) else []
        if not found or not told and "past" not in found and "drive" not in found:
            return False
        return not self._day_in(toks)

    def _campaign_at(self, toks: list[Token], k: int, own: bool = False) -> str:
        """"past" if token k is a plural of attacks (class campaign) before a word of the past («الغارات الأخيرة»،
        «الهجمات السابقة»), "pointer" if after a demonstrative («هذه الغارات»، «بتلك الهجمات») or, with `own` (after a
        toll), with a pronoun of its own (class own: «قتل اكثر من 260 مقاتلا كرديا في عملياته»), else ""."""
        bare = _bare(toks[k].norm)
        if own and bare in self.owns:
            return "pointer"
        if bare not in self.campaigns:
            return ""
        if k + 1 < len(toks) and _wa_key(toks[k + 1].norm) in self.phrases.get("past", {}):
            return "past"
        if k > 0 and _bare(toks[k - 1].norm) in self.pointers:
            drive = bare in self.drives or bare in self.far_drives and _bare(toks[k - 1].norm) in self.distal
            return "drive" if drive else "pointer"  # «في هذه الحملة الجوية»: a campaign by its name
        return ""

    def background(self, toks: list[Token], m: Mention, joined: Callable[[Mention], bool] | None = None) -> bool:
        """True if a phrase of a state the news is set in (class amid: في ظل، في خضم) starts at most _AMID_BEFORE words
        before the trigger mention, in its clause, or the trigger is a present verb right after a relative pronoun
        (class relative: التي، الذي), in a sentence with no day of one event: «في ظل قيام الطائرات الحربية التركية بشن
        غارات على مواقعه»، «وفي ظل استمرار القتال»، «بلجان العمليات النوعية التي تستهدف قوات الجيش»: the setting or
        what a party does, no one event. Not a present verb whose event the coder joined to a later one of its
        clause (`joined`: «إن المسلحين الذين يهاجمون الحاجز قتلوا ثلاثة جنود» tells the killing), nor after a phrase
        of «في ظل» (its first word read without a و/ف too: «وفي ظل») a past verb or an attack a `wage` verb carries out,
        which the sentence tells set in that state («في ظل الصمت الدولي قصفت الطائرات دوما»، «وفي ظل هذه التطورات شنت
        طائرات التحالف غارات»)."""
        amid = self.phrases.get("amid", {})
        k = m.tok_start - 1
        if k >= 0 and m.get("pos") == "verb" and m.get("aspect") == "imperfect" \
                and _strip_wa(toks[k].norm) in self.relatives:
            return not (joined is not None and joined(m)) \
                and not self._day_in(toks)
        if m.get("pos") == "verb" and m.get("aspect") == "perfect":
            return False  # «في ظل الصمت الدولي قصفت الطائرات مدينة دوما»: the strike the sentence tells, set in a state
        wage = self.phrases.get("wage", {})
        for k in range(m.tok_start - 1, max(-1, m.tok_start - 1 - self._AMID_BEFORE), -1):
            if toks[k].kind == "punct":
                return False
            key = word_key(_strip_conj(toks[k].norm))
            if key in wage:
                return False  # «وفي ظل هذه التطورات شنت طائرات التحالف غارات»: a verb carries the strikes out (not «بشن»)
            if key in amid and self._phrase_at(toks, k, amid):
                return not self._day_in(toks)
        return False

    def aimed(self, toks: list[Token], m: Mention, joined: Callable[[Mention], bool] | None = None) -> bool:
        """True if the trigger mention is a present verb right after a noun of a venture (see _venture_before), not
        joined by the coder to a later event of its clause (`joined`), in a sentence with no day of one event: what a
        war or operations aim at, no attack told («اطلق اردوغان "حربا على الارهاب" تستهدف حزب العمال»)."""
        k = m.tok_start - 1
        if k < 0 or m.get("pos") != "verb" or m.get("aspect") != "imperfect" or not self._venture_before(toks, k):
            return False
        return not (joined is not None and joined(m)) and not self._day_in(toks)

    def listed(self, toks: list[Token], m: Mention) -> bool:
        """True if the trigger mention is a noun in the list a relative pronoun and a verb of including open (class
        include: «التي شملت»، «والتي تتضمن») at most _LIST_REACH words before it, only commas between, in a sentence
        with no day of one event: the kinds of acts a pattern or a report sums up, no one told («أنماط الجرائم
        المنهجية … والتي شملت القصف العشوائي للمدنيين، … والقصف المباشر للأحياء السكنية»)."""
        if m.get("pos") != "noun":
            return False
        include = self.includes
        for k in range(m.tok_start - 1, max(0, m.tok_start - 1 - self._LIST_REACH), -1):
            tok = toks[k]
            if tok.kind == "punct" and tok.norm not in ("،", ","):
                return False
            if _strip_wa(tok.norm) in include and _strip_wa(toks[k - 1].norm) in self.relatives:
                return not self._day_in(toks)
        return False

    def _venture_before(self, toks: list[Token], k: int) -> bool:
        """True if token k is a noun of a venture with no article (class venture: حرب، حملة، عمليات), or a closing quote
        with one at most _VENTURE_QUOTED words before it: a present verb after it describes what the war or the
        operations aim at («اطلق اردوغان "حربا على الارهاب" تستهدف حزب العمال»، «لتنفيذ عمليات تستهدف مسلحي داعش»)."""
        venture = self.phrases.get("venture", {})
        if toks[k].text in _CLOSING_QUOTES:
            span = range(k - 1, max(-1, k - 1 - self._VENTURE_QUOTED), -1)
        else:
            span = range(k, k - 1, -1)
        for i in span:
            norm = _strip_wa(toks[i].norm)
            if toks[i].kind == "punct":
                return False
            if word_key(norm) in venture and not norm.startswith("ال"):
                return True
        return False

    def total(self, toks: list[Token], m: Mention) -> bool:
        """True if the trigger mention is a toll noun (class toll) with a word of a total (class total: إجمالي) at
        most _TOTAL_BEFORE words before it, in its clause: «يرتفع إجمالي عدد القتلى في صفوف قوات الأمن … إلى 60»،
        «ارتفاع العدد الإجمالي للقتلى إلى 3216»: a sum of many acts' dead, no one event."""
        if m.entry is None or m.get("pos") != "noun" or word_key(normalize(m.entry.lemma)) not in self.tolls:
            return False
        total = self.phrases.get("total", {})
        for k in range(m.tok_start - 1, max(-1, m.tok_start - 1 - self._TOTAL_BEFORE), -1):
            if toks[k].kind == "punct":
                return False
            if _wa_key(toks[k].norm) in total:
                return True
        return False

    def waged_now(self, toks: list[Token], m: Mention) -> bool:
        """True if the trigger mention is an indefinite noun right before a present verb that carries it out, with
        its pronoun (class ongoing: يشنها، تنفذها), in a sentence with no day of one event: «تواجه هجمات يشنها تنظيم
        داعش على مواقعها»، «تزامنا مع غارات يشنها الطيران الحربي»: a campaign going on, no one event."""
        k = m.tok_end
        if k >= len(toks) or m.get("pos") != "noun" or _strip_wa(toks[k].norm) not in self.ongoing:
            return False
        prefix = m.get("prefix") or ""
        rest = toks[m.tok_start].norm[len(prefix):]
        if rest.startswith("ال") or prefix.endswith("ل") and rest.startswith("ل"):
            return False  # «الغارات التي يشنها»: the campaign named as known, read by the other rules
        return not self._day_in(toks)

    def trend(self, toks: list[Token], m: Mention) -> int | None:
        """The index of a word of increase (class trend: تكثفت، تضاعفت، تزايد، تصاعد) right before the trigger
        mention, a word of pace (class pace: وتيرة، حدة) between at most, or of a series (class series: سلسلة، موجة),
        «من» between at most (and a word of acts after it, class acts: أعمال، عمليات) and no `wage` verb carrying it
        out before it, in a sentence with no day of one event; or None. The attacks or protests grow over a time or come
        as a series, no one event is told («وتكثفت الهجمات الجهادية في مصر»، «في ظل تزايد الهجمات التي تنفذها مقاومة
        آزال»، «وتضاعفت هجماته منذ إقصاء»، «وكانت ألمانيا قد شهدت موجة من الهجمات بالحرق»، «ما أطلق سلسلة من أعمال القتل
        والانتقام»)."""
        k = m.tok_start - 1
        if k < 0:
            return None
        key = _wa_key(toks[k].norm)
        if key in self.phrases.get("pace", {}) and k > 0:
            k -= 1
            key = _wa_key(toks[k].norm)
        elif key in self.phrases.get("acts", {}) and k > 1 and _wa_key(toks[k - 1].norm) == _MIN:
            k -= 1  # «سلسلة من أعمال القتل»: «أعمال» between «من» and the noun
            key = _MIN
        if key == _MIN and k > 0:  # «موجة من الهجمات»، «القسم الاكبر من الهجومات»
            k -= 1
            key = _wa_key(toks[k].norm)
            share = key in self.phrases.get("share", {})  # the larger share of the attacks: a series, read as one
            # many attacks (a plural of attacks after «كثير من»): a series too, not many dead («العديد من القتلى»)
            share = share or _strip_wa(toks[k].norm) in self.many and _bare(toks[m.tok_start].norm) in self.campaigns
            if not share and key not in self.phrases.get("series", {}):
                return None
        else:
            share = False
        if share or key in self.phrases.get("series", {}):
            if self.waged(toks, k):
                return None  # «شنت القوات الجوية التركية سلسلة غارات»: a series carried out, told as done
        elif key not in self.phrases.get("trend", {}):
            return None
        if self._day_in(toks):
            return None  # «تصاعدت حدة المعارك، ليلة السبت»: one night's fighting
        return k

    def recurring(self, toks: list[Token], m: Mention) -> bool:
        """True if a phrase of a recurring time (class habit: بين فترة وأخرى، من حين لآخر) starts at most _HABIT_BEFORE
        + 2 words before the trigger mention (a phrase of three words ending _HABIT_BEFORE words before it) or
        _PERIOD_AFTER words after it, in its clause, or a word of «every day» (class daily) stands right before or after
        it: «وتشن مقاومة تهامة بين فترة وأخرى هجمات مسلحة»، «شن هجمات يومية»: attacks as a pattern, no one event."""
        habit = self.phrases.get("habit", {})
        if m.tok_start > 0 and _strip_wa(toks[m.tok_start - 1].norm) in self.daily \
                or m.tok_end < len(toks) and _strip_wa(toks[m.tok_end].norm) in self.daily:
            return True  # «شن هجمات يومية»، «وينفذ الطيران التركي يوميا غارات» (not «برميل يوميا قبل الانتفاضة»)
        for k in range(m.tok_start - 1, max(-1, m.tok_start - 1 - self._HABIT_BEFORE - 2), -1):
            if toks[k].kind == "punct":
                break
            if self._phrase_at(toks, k, habit):
                return True
        for k in range(m.tok_end, min(len(toks), m.tok_end + self._PERIOD_AFTER)):
            if toks[k].kind == "punct":
                return False
            if self._phrase_at(toks, k, habit):
                return True
        return False

    def faced(self, toks: list[Token], m: Mention) -> bool:
        """True if the trigger mention is a noun with no article that a verb of facing or evading (class face: يواجه،
        واجهت، يتهربون) stands at most _FACE_BEFORE words before, in its clause, in a sentence with no day of one event:
        «ويواجه إردوغان اتهامات من معارضيه»، «يتهربون من اتهامات بازدواجية المعايير»: accusations a party stands under,
        no act told («وواجه الوزير أمس انتقادات النواب» names the day of one, and is kept)."""
        face = self.phrases.get("face")
        if not face or m.get("pos") == "verb" or _bare(toks[m.tok_start].norm) != _strip_wa(toks[m.tok_start].norm):
            return False
        for k in range(m.tok_start - 1, max(-1, m.tok_start - 1 - self._FACE_BEFORE), -1):
            if toks[k].kind == "punct":
                return False
            if _wa_key(toks[k].norm) in face:
                return not self._day_in(toks)
        return False

    def directed(self, toks: list[Token], m: Mention, verb_between: Callable[[int, int], bool]) -> bool:
        """True if the trigger mention is a noun in بـ, or right after a verbal noun in بـ («بتقديم مساعدات»), that a
        word of a directive (class directive: لتوجيهات، بتوجيه، تعليمات) stands at most _DIRECTIVE_REACH words before,
        with no verb between (`verb_between(i, k)`): the content of a directive or an order, no act told («إنفاذًا
        لتوجيهات خادم الحرمين الشريفين … بتقديم مساعدات عاجلة للشعب اليمني»، «تنفيذًا لتوجيهات أمير منطقة مكة بتوفير
        جميع الخدمات الطبية»); «إنفاذاً لتوجيهات …، قام مدير الأمن العام بزيارة لمصابي التفجير» tells the visit made, and
        a word of a directive right before what it delivers (class delivered) is none: «بتوجيه ضربات قاصمة للإرهاب
        بالقبض على 431 متورطا» tells the arrests (round 105)."""
        if not self.directives or m.get("pos") != "noun":
            return False
        k = m.tok_start
        if not toks[k].norm.startswith("ب"):
            k -= 1
            if k < 0 or not toks[k].norm.startswith("ب"):
                return False
        if len(toks[k].norm) < 4 or toks[k].norm in self.not_content:
            return False
        for i in range(k - 1, max(-1, k - 1 - self._DIRECTIVE_REACH), -1):
            if _strip_wa(toks[i].norm) in self.directives:
                return not verb_between(i, k) and not (i + 1 < k and toks[i + 1].norm in self.delivered)
        return False

    def demanded(self, toks: list[Token], m: Mention, verb_between: Callable[[int, int], bool],
                 fw: FunctionWords) -> bool:
        """True if the trigger mention is a noun that a word of a demand (class demand: ضرورة، بوقف، لإنهاء) stands at
        most _DEMAND_REACH words before, with no verb and no mark between: what a party asks for or asks to end, no
        attack or protest told («ضرورة تكثيف غارات التحالف»، «طالب … بوقف اقتحام الفلوجة والقصف الجوي»); not after a
        word of refusing (function_words.tsv charge_refusal, a leading بـ taken off: «برفض وقف القتال» tells the
        fighting goes on)."""
        if not self.demands or m.get("pos") != "noun":
            return False
        k = m.tok_start
        for i in range(k - 1, max(-1, k - 1 - self._DEMAND_REACH), -1):
            if toks[i].kind == "punct":
                return False
            if _strip_wa(toks[i].norm) in self.demands:
                return not verb_between(i, k) and not (i > 0 and _refusing(toks[i - 1].norm, fw))
        return False

    def whoever(self, toks: list[Token], m: Mention) -> bool:
        """True if the trigger mention is a verb of the relative clause of «من» (whoever: class whoever), right after
        it or after verbs joined by و (at most _WHOEVER_CHAIN words): a perfect verb after «كل من» («وانظر على تاريخ كل
        من فجر نفسه»، «القبض على كل من ساهم وشارك وتعاون ومول»، «ولكل من أيّد قراءته»), an imperfect one after «من»
        alone («ومعتد آثم من يتعاطف ويتعاون أو يتستر عليهم»): whoever does it, no act told («من فجر السفارة
        العراقية؟» asks about one, and is kept)."""
        if m.get("pos") != "verb":
            return False
        k = m.tok_start - 1
        for _ in range(self._WHOEVER_CHAIN + 1):
            if k < 0 or toks[k].kind == "punct":
                return False
            if toks[k].norm in self.who:
                break
            if k and toks[k - 1].norm in self.who:  # the chain's first verb: a present one, or a past one after «كل من»
                # (no noun of «من» the preposition: «الذين يحتجزون»، «من تدابير تطالب بها»، «التوصيات تطالب»)
                if toks[k].norm.startswith("ال") or m.get("aspect") == "imperfect" and not _he_does(toks[k].norm):
                    return False
            elif not (toks[k].norm.startswith("و") or toks[k].norm in _OR):
                return False  # past the first verb, a verb of the chain is joined by و or أو: «ساهم وشارك وتعاون»
            k -= 1
        else:
            return False
        if m.get("aspect") == "imperfect":
            return _he_does(toks[k + 1].norm)  # «من» whoever takes a verb of «he»: «من يتعاطف»، «ومن سيقتل»
        return k > 0 and toks[k - 1].norm in self.every

    def habitual(self, toks: list[Token], m: Mention) -> bool:
        """True if the trigger mention is a present verb with a phrase of a recurring time around it (see recurring:
        «في بعض الأحيان»، «كثيرا ما»، «من حين لآخر»): «وفي بعض الأحيان يحتجز هؤلاء المشتبه بهم دون محاكمة»، «كثيرا ما
        تعتقل عددا كبيرا من المشتبه بهم»: a practice, no one act told."""
        return m.get("pos") == "verb" and (m.get("aspect") == "imperfect" and self.recurring(toks, m)
                                           or m.get("aspect") == "perfect" and self._often_before(toks, m))

    def _often_before(self, toks: list[Token], m: Mention) -> bool:
        """True if a phrase of a recurring time (class habit) ends right before the trigger mention: «لجنة استشارية
        كثيرا ما عارضت مقترحات الإدارة»، «ولطالما عارض إردوغان العقوبات»: a stance held over years, no one act."""
        habit = self.phrases.get("habit", {})
        for k in range(max(0, m.tok_start - 3), m.tok_start):
            words = toks[k:m.tok_start]
            if any(len(p) == len(words) and all(w in (word_key(t.norm), _wa_key(t.norm))
                                                for w, t in zip(p[1:], words[1:]))
                   for p in habit.get(word_key(_strip_conj(toks[k].norm)), ())):
                return True
        return False

    def standing(self, toks: list[Token], m: Mention, fw: FunctionWords,
                 joined: Callable[[Mention], bool] | None = None) -> bool:
        """True if the trigger mention is a present verb (no future prefix) right after a relative pronoun (class
        relative) that a word other than a preposition stands before (its antecedent), not joined by the coder to a
        later event of its clause (`joined`), with no word of now (class now) at most _NOW_AFTER words after it in its
        clause and no day of one event in the sentence: «لاتفاقية جنيف التي تحظر إعدام أسرى المعارك»، «المطالب التي
        يطالب بها أبناء الأحياء»: what a text or a party does as a rule, no act told («فالون الذي يزور العراق حالياً»
        tells a visit under way; «أطلب من الذين يحتجزون ابني», with no antecedent, names a party by what it does)."""
        k = m.tok_start - 1
        if k < 1 or m.get("aspect") != "imperfect" or m.get("pos") != "verb" or m.get("future") \
                or _strip_wa(toks[k].norm) not in self.relatives or _strip_conj(toks[k - 1].norm) in fw.preposition:
            return False
        for j in range(m.tok_end, min(len(toks), m.tok_end + self._NOW_AFTER)):
            if toks[j].kind == "punct":
                break
            if _strip_wa(toks[j].norm) in self.now:
                return False
        return not (joined is not None and joined(m)) and not self._day_in(toks)

    @staticmethod
    def _phrase_at(toks: list[Token], k: int, table: dict[str, list[tuple[str, ...]]]) -> bool:
        """True if a phrase of `table` (first key → phrases) starts at token k; a word after the first is read with and
        without a leading و/ف (فترة is no و/ف-word: «بين فترة وأخرى»)."""
        first = word_key(_strip_conj(toks[k].norm))
        if first not in table:
            return False
        words = toks[k:k + 4]
        return any(len(p) <= len(words) and all(w in (word_key(t.norm), _wa_key(t.norm))
                                                for w, t in zip(p[1:], words[1:])) for p in table[first])

    def opening_toll(self, toks: list[Token], m: Mention, fw: FunctionWords) -> bool:
        """True if the sentence opens with a period since a start («ومنذ اندلاع جولة العنف الجديدة في 20 يوليو، قتل 13
        جنديًا وشرطيًا …») and the trigger mention is a toll (class toll) with a count at most _COUNT_REACH words after
        it, no day of one event, yardstick or raised toll from the sentence's start to its clause's end: the period's
        toll, no one event (a day in a later clause, «ثلاثة منهم في مكمن استهدف الخميس قافلة», keeps its own act)."""
        if m.entry is None or word_key(normalize(m.entry.lemma)) not in self.tolls or len(toks) < 2:
            return False
        since, span = self.phrases.get("since", {}), self.phrases.get("span", {})
        head = [_wa_key(t.norm) for t in toks[:self._OPENING + 2]]  # the opening words (cheap: first)
        if not any(self._phrase_at(toks, i, span) or head[i] in since and self._dated(toks, head, i)
                   for i in range(min(m.tok_start, self._OPENING + 1))):
            return False  # «ومنذ اندلاع جولة العنف»، «ومنذ 20 يوليو»
        end = m.tok_end
        while end < len(toks) and toks[end].kind != "punct":
            end += 1
        keys = [_wa_key(t.norm) for t in toks[:end]]
        if self.found("day", keys) or self.found("update", keys) or self.found("first", keys):
            return False
        return any(_count(toks, keys, k, fw) for k in range(m.tok_end, min(end, m.tok_end + self._COUNT_REACH)))

    def closing_toll(self, toks: list[Token], m: Mention, fw: FunctionWords) -> bool:
        """True if the trigger mention is a toll (class toll) with a count at most _TOLL_COUNT words after it, and a
        period since a start (a `span` phrase, or «منذ» with a number or a month) follows further on in its clause, no
        yardstick word between them and no day of one event or raised toll in the sentence: a toll summed
        over a period, no one event («وقتل 19 شخصا من القوات التركية بهجمات نسبت إلى حزب العمال منذ بداية الأزمة»)."""
        if m.entry is None or word_key(normalize(m.entry.lemma)) not in self.tolls:
            return False
        end = min(len(toks), m.tok_end + self._TOLL_COUNT)
        keys = [_wa_key(t.norm) for t in toks[:end]]  # the toll's count first (cheap: a few words)
        counts = [k for k in range(m.tok_end, end) if toks[k].kind != "punct" and _count(toks, keys, k, fw)]
        if not counts:
            return False
        span = self.phrases.get("span", {})
        k = m.tok_end
        while k < len(toks) and toks[k].kind != "punct" and toks[k].norm not in _SINCE_FORMS:
            k += 1
        if k >= len(toks) or toks[k].kind == "punct" or counts[0] > k:
            return False  # the count before «منذ», the toll's own (not the day of «منذ 20 يوليو»)
        keys = [_wa_key(t.norm) for t in toks]
        if not (self._phrase_at(toks, k, span) or self._dated(toks, keys, k)) \
                or self.found("day", keys) or self.found("update", keys):
            return False
        # a yardstick between the toll and «منذ» too: «مقتل 50 شخصا … في أسوأ موجة عنف تشهدها المدينة منذ سنوات»
        return not any(m.tok_start <= j < k for j in self.found("first", keys))

    def waged(self, toks: list[Token], k: int) -> bool:
        """True if a verb that carries out a series (class wage: شن، نفذ) stands at most _WAGE_REACH words before the
        series word at token k, in its sentence part (a comma may close a time put between): «شنت القوات الجوية
        التركية سلسلة غارات»، «شن طيران التحالف العربي أمس، سلسلة غارات»."""
        wage = self.phrases.get("wage", {})
        for i in range(k - 1, max(-1, k - 1 - self._WAGE_REACH), -1):
            if toks[i].kind == "punct" and toks[i].norm not in ("،", ","):
                return False
            if _wa_key(toks[i].norm) in wage:
                return True
        return False

    def without(self, toks: list[Token], m: Mention) -> bool:
        """True if the trigger mention is a noun right after a word of absence (class without: بلا، دون، بدون), «أي»
        between at most, or of a plot (class plot: التخطيط، خطط), or after «مزيد من» (class more, then «من»): the
        fight or the protest did not happen, or is plotted, feared or vowed («كما حدث في فتح بيت المقدس بلا قتال»،
        «تراقب تحركات الحوثي دون أي اشتباكات»، «حالت دون إطلاقها»، «للتخطيط لهجمات في الغرب»، «مخاوف من مزيد من هجمات
        مقاومة آزال»، «تعهد بشن المزيد من الغارات»); or of preventing or avoiding, «أي» between at most (class prevent:
        «لتجنب هجمات إرهابية»، «لمنع أي عدوان»), or «الحد» before «من» (class prevent_from: «للحد من الهجمات»): an
        attack to be prevented, none told)."""
        k = m.tok_start - 1
        if k < 0 or m.get("pos") != "noun":
            return False
        key = _wa_key(toks[k].norm)
        if key in self.phrases.get("any", {}) and k > 0:
            key = _wa_key(toks[k - 1].norm)
        elif key == _MIN and k > 0:
            key = _wa_key(toks[k - 1].norm)
            # «مزيد من هجمات»، «للحد من الهجمات»
            return key in self.phrases.get("more", {}) or key in self.phrases.get("prevent_from", {})
        return key in self.phrases.get("without", {}) or key in self.phrases.get("plot", {}) \
            or key in self.phrases.get("prevent", {})  # «لتجنب هجمات إرهابية»: what is to be prevented

    def charged(self, toks: list[Token], m: Mention, story: bool = False) -> bool:
        """True if the trigger mention is a noun right after a word of a charge or a sentence («بتهمة اغتيال»،
        «جناية القتل العمد»، «تنفيذ حكم القتل»): the crime tried or the penalty carried out, no event told; or a noun with no article after «في» and a word of being involved (class involved: «المستوطنين المتورطين
        في هجمات ضد فلسطينيين») or after «وراء» and a verb of standing (class behind: «ويقفون وراء هجمات في منطقة
        القوقاز»), in a story (`story`: a lone sentence is coded as it reads): attacks of a kind, no one told."""
        if m.get("pos") != "noun" or m.tok_start == 0:
            return False
        k = m.tok_start
        if _wa_key(toks[k - 1].norm) in self.charges or self._quoted_charge(toks, k):
            return True
        if not story or k < 2 or toks[k].norm.startswith("ال"):
            return False
        if toks[k - 1].norm in _cue_words("rear"):  # «متطرفين … يقفون وراء هجمات في منطقة القوقاز»: the attacks they are behind
            # (a plural: «يقفون وراء هجوم استهدف …» names the one attack)
            return _wa_key(toks[k - 2].norm) in self.phrases.get("behind", {}) \
                and _bare(toks[k].norm) in self.campaigns
        return toks[k - 1].norm == "في" and _wa_key(toks[k - 2].norm) in self.phrases.get("involved", {})

    def _quoted_charge(self, toks: list[Token], k: int) -> bool:
        """True if the noun at token k ends, a word or two after its opening quotation mark, a quoted name of a crime
        right after a word of a charge («بتهمة «إثارة الشغب»»): the crime tried, no act told."""
        for j in range(k - 1, max(0, k - 1 - _QUOTED_CHARGE), -1):
            if toks[j].text in _OPEN_QUOTES:
                return _wa_key(toks[j - 1].norm) in self.charges
            if toks[j].kind == "punct":
                return False
        return False

    def unrest(self, toks: list[Token], m: Mention) -> bool:
        """True if the trigger mention is a noun of unrest (class unrest, by the trigger's lemma: اضطرابات) in a
        sentence with no day of one event: the turmoil of a country or a time, no protest told («تخشى أن تؤدي
        الاضطرابات في اليمن إلى تعزيز جناح القاعدة»، «ونتيجة للاضطرابات السياسية والاقتصادية التي تمر بها البلاد»،
        «التكلفة الاقتصادية الناجمة عن اضطرابات الربيع العربي»); riots of one day («اندلعت اضطرابات أمس») are kept."""
        if m.entry is None or m.get("pos") != "noun" \
                or word_key(normalize(m.entry.lemma)) not in self.phrases.get("unrest", {}):
            return False
        return not self._day_in(toks)

    @classmethod
    def load(cls) -> "AggregateCues":
        """The packaged cues."""
        return cls(_rows("report_cues.tsv"))

    def found(self, kind: str, keys: list[str]) -> list[int]:
        """Indexes of the words where a phrase of class `kind` starts."""
        table = self.phrases.get(kind, {})
        # (the words that may begin one picked in C, then their phrases checked)
        return [i for i in compress(range(len(keys)), map(table.__contains__, keys))
                if any(tuple(keys[i:i + len(p)]) == p for p in table[keys[i]])]

    def aggregate(self, toks: list[Token], marks: list[tuple[int, str]], fw: FunctionWords,
                  story: bool = False) -> bool:
        """True for a sentence that tells a toll over a period or a toll of thousands, not one event. `marks` are
        the token index and normalised lemma of each of the events' triggers; `story` is true for a sentence of a
        story (three sentences or more), which a period since a date or opening the sentence, and thousands named
        further after the trigger, make a toll too (a lone sentence is read by the narrower rules)."""
        keys = [_wa_key(t.norm) for t in toks]
        return self.period_toll(toks, keys, [i for i, _ in marks], fw, story) \
            or self.mass_toll(toks, keys, marks, fw, story)

    def period_toll(self, toks: list[Token], keys: list[str], at: list[int], fw: FunctionWords,
                    story: bool = False) -> bool:
        """True if near an event's trigger (token indexes `at`) stand a count and a period («قتل 76 صحفيا منذ
        الغزو»، «بين 2000 و2012»; in a story also «منذ 29 مايو»), or the sentence is a period's tally («حصيلة شهر
        يوليو») or, in a story, opens with «منذ» («ومنذ تولي بخاري الحكم في 29 مايو، قتل أكثر من 800 شخص»), and
        the sentence has no day of one event, no yardstick («الهجوم الأعنف منذ») and no toll the told event raises
        («ليرتفع عدد القتلى منذ»)."""
        if self.found("update", keys) or self._event_day(toks, keys, at):
            return False
        since = self.found("since", keys) if story else []
        firsts = self.found("first", keys)
        spans = [i for i in self.found("span", keys) if not any(i - self._WINDOW <= j < i for j in firsts)]
        spans += [i for i in self.found("between", keys) if _two_years(toks, i)]
        months = self.phrases.get("month", {})
        if story:  # «قتلوا خلال شهر يوليو»: a named month, in a story (a lone sentence is coded as it reads)
            spans += [i for i in self.found("month_span", keys) if i + 2 < len(keys) and keys[i + 2] in months]
            # «قضوا في محافظة درعا خلال يوليو الحالي»: a month named right after «خلال»
            spans += [i for i in self.found("during", keys) if i + 1 < len(keys) and keys[i + 1] in months]
        spans += [i for i in since if i not in spans and self._dated(toks, keys, i)
                  and not any(i - self._WINDOW <= j < i for j in firsts)]
        period = any(_near(i, at, self._SPAN_REACH) for i in spans) or bool(self.found("tally", keys)) \
            or any(i <= self._OPENING for i in since)
        if not period:
            return False  # (the counts read only then)
        dates = {i + 1 for i in since}  # «منذ 29 مايو»: the day of a date counts nothing
        counts = [k for k in range(len(toks)) if k not in dates and _count(toks, keys, k, fw)]
        return any(_near(k, at, self._COUNT_REACH) for k in counts)

    def _event_day(self, toks: list[Token], keys: list[str], at: list[int]) -> bool:
        """True if the sentence names a day of one event: a `day` phrase that stands after the last «أن» before the
        first trigger (`at`), not one of the verb of saying it follows («ونقلت وكالة الأناضول السبت أن الغارات أسفرت
        خلال أسبوع عن مقتل 260»: the day the agency told the week's toll)."""
        days = self.found("day", keys)
        if not days:
            return False
        first = min(at) if at else len(toks)
        that_words = _cue_words("that")
        that = max((i for i in range(first) if toks[i].norm in that_words), default=-1)
        return any(i > that for i in days)

    def _dated(self, toks: list[Token], keys: list[str], i: int) -> bool:
        """True if a number or a month (class month) follows «منذ» at i right after it: «منذ 29 مايو»، «منذ يناير»،
        «منذ 2011»: the start of a period, not of one event (not «منذ مقتل 19 مشجعا»: since one event)."""
        return i + 1 < len(toks) and (toks[i + 1].kind == "num" or keys[i + 1] in self.phrases.get("month", {}))

    def mass_toll(self, toks: list[Token], keys: list[str], marks: list[tuple[int, str]], fw: FunctionWords,
                  story: bool = False) -> bool:
        """True if a trigger that counts the dead or hurt (class toll) has thousands for its count: a word of
        thousands or a four-digit number right after it («مقتل 71 ألفا»، «مقتل 2251 فلسطينيا») or a few words
        before it («أكثر من ألفي عراقي أعدموا»); in a story also a word of thousands further after it in its clause
        («وقتلت جماعة بوكو حرام حوالي عشرة آلاف شخص»)."""
        for i, lemma in marks:
            near = range(max(0, i - self._BEFORE), min(len(toks), i + 4))
            if word_key(lemma) in self.tolls and (any(self._thousands(toks, keys, k, fw) for k in near)
                                                  or story and self._thousands_after(toks, keys, i, fw)):
                return True
        return False

    def _thousands_after(self, toks: list[Token], keys: list[str], i: int, fw: FunctionWords) -> bool:
        """True if a word of thousands (not a number) follows the toll trigger at i within _AFTER words of its
        clause, counting no unit, and no other count comes first (the toll's own: «وقتل العشرات في احتجاجات … وفر
        أكثر من 170 ألف شخص»; a count of time is none: «وقتل منذ بداية النزاع قبل أربعة أشهر نحو أربعة آلاف شخص»):
        «وقتلت جماعة بوكو حرام حوالي عشرة آلاف شخص»، «قتل من جراء النزاع في دارفور وفق للامم المتحدة 300 الف شخص»."""
        units, durations = self.phrases.get("unit", {}), self.phrases.get("duration", {})
        for k in range(i + 1, min(len(toks), i + 1 + self._AFTER)):
            tok = toks[k]
            if tok.kind == "punct":
                return False
            if tok.kind != "num" and _strip_wa(tok.norm) in self.thousands:
                return k >= i + 4 and not any(n in units for n in keys[k + 1:k + 3])
            bare = _strip_wa(tok.norm)
            if tok.kind == "num" or keys[k] in fw.count or bare.removeprefix("ال") in fw.count:
                if k + 1 < len(toks) and _strip_wa(toks[k + 1].norm) in self.thousands:
                    return k + 1 >= i + 4 and not any(n in units for n in keys[k + 2:k + 4])  # «أربعة آلاف»
                if k + 1 < len(toks) and keys[k + 1] in durations:
                    continue  # a count of time: «قبل أربعة أشهر»
                return False  # the toll's own count, not of thousands
        return False

    def _thousands(self, toks: list[Token], keys: list[str], k: int, fw: FunctionWords) -> bool:
        """True if token k counts thousands: a word of thousands, or a number of four digits or more that is no
        year (a year-like one followed by a casualty word: «2000 قتيل»)."""
        tok = toks[k]
        units = self.phrases.get("unit", {})
        if any(n in units for n in keys[k + 1:k + 3]):
            return False  # أربعة آلاف دولار
        if tok.kind != "num":
            return _strip_wa(tok.norm) in self.thousands
        digits = tok.norm.replace(",", "").split(".")[0]
        return digits.isdigit() and len(digits) >= 4 and (not _year(tok) or k + 1 < len(toks)
                                                          and keys[k + 1] in fw.casualty)


def _count(toks: list[Token], keys: list[str], k: int, fw: FunctionWords) -> bool:
    """True if token k counts: a number that is no year (76، 2.200), a count word (عشرات، مئات), or a
    number that reads as a year but counts casualties («2000 شخص»)."""
    tok = toks[k]
    if tok.kind != "num":  # the key of a plural count word is no count word (عشرات → عشر): its written form is,
        bare = _strip_wa(tok.norm)  # with its article too («قتل المئات من قوات الأمن»)
        return keys[k] in fw.count or bare in fw.count or bare.removeprefix("ال") in fw.count
    return not _year(tok) or any(n in fw.casualty for n in keys[k + 1:k + 3])


def _bare(norm: str) -> str:
    """A normalised word without a leading و/ف, then ب/ل, then its article: «وبهذه» → «هذه»، «الغارات» → «غارات»،
    «للغارات» → «غارات»."""
    norm = _strip_wa(norm)
    if len(norm) > 4 and norm.startswith("لل"):
        return norm[2:]
    if len(norm) > 3 and norm[0] in "بل":
        norm = norm[1:]
    return norm[2:] if len(norm) > 4 and norm.startswith("ال") else norm


def _near(i: int, at: list[int], reach: int) -> bool:
    """True if token i stands within `reach` tokens of one of the tokens `at`."""
    return any(abs(i - j) <= reach for j in at)


def _year(tok: Token) -> bool:
    """True for a four-digit year of the last two centuries (1990، 2012)."""
    return tok.kind == "num" and len(tok.norm) == 4 and tok.norm[:2] in ("19", "20")


def _two_years(toks: list[Token], i: int) -> bool:
    """True if two years follow the word at i within a few words: «بين 2000 و2012»، «بين عامي 2011 و2014»."""
    return sum(_year(t) for t in toks[i + 1:i + 6]) >= 2


def _quoted(toks: list[Token], i: int) -> bool:
    """True if token i stands inside an open quotation (more opening than closing marks before it)."""
    depth = 0
    for t in toks[:i]:
        if t.text in "«“":
            depth += 1
        elif t.text in "»”" and depth:
            depth -= 1
    return depth > 0


_NGRAM_SIZES = (2, 3, 4, 5)
_FIRST, _SECOND = itemgetter(0), itemgetter(1)  # an n-gram's idf² and its weight × idf, read in C (CharModel.margin)
# the character model reads a sentence's first 80 words, as the feature model's context words do: a text
# that the splitter could not cut (one huge line) scores like a long sentence, not like a hundred of them
CHAR_WORDS = 80


def word_ngrams(word: str) -> list[str]:
    """The character 2–5-grams of one normalised word, padded with '#' at both ends."""
    if "#" in word or "\t" in word:
        return []
    padded = f"#{word}#"
    size = len(padded)
    return [padded[i:i + n] for n in _NGRAM_SIZES if n <= size for i in range(size - n + 1)]


def char_ngrams(norms: list[str]) -> Counter[str]:
    """Counts of the character 2–5-grams of the first CHAR_WORDS normalised words of a sentence."""
    counts: Counter[str] = Counter()
    for word in norms[:CHAR_WORDS]:
        counts.update(word_ngrams(word))
    return counts


class CharModel:
    """A logistic model over a sentence's character n-grams: each n-gram's count times its idf, the vector
    divided by the root of the sum of count × idf² (so that each word adds its share, and a sentence's
    score is a sum over its words)."""

    # words whose sums are kept (the sentences scored, their first CHAR_WORDS words, write some 25,000 distinct words
    # in the two days of the benchmark, 5,000 articles: the cache is not cleared there)
    _CACHE_WORDS = 50_000

    def __init__(self, idf: dict[str, float], weights: dict[str, float], bias: dict[str, float]):
        self.idf = idf
        self.weights = weights
        self.bias = bias  # per event type
        self._words: dict[str, tuple[float, float]] = {}  # a word's sum of idf² and of weight × idf
        self._grams: dict[str, tuple[float, float]] | None = None  # an n-gram's idf² and weight × idf (see _terms)

    def _terms(self) -> dict[str, tuple[float, float]]:
        """Each n-gram of the model with its two terms, idf² and weight × idf (the products `weigh` makes), made on
        the first word the cache lacks: a new word then costs one look-up per n-gram, not five."""
        if self._grams is None:
            weight = self.weights.get
            self._grams = {g: (v * v, weight(g, 0.0) * v) for g, v in self.idf.items()}
        return self._grams

    def weigh(self, counts: Counter[str]) -> dict[str, float]:
        """The scaled vector of n-gram counts (n-grams the model lacks left out)."""
        idf = self.idf
        held = {g: n for g, n in counts.items() if g in idf}
        scale = math.sqrt(sum(n * idf[g] * idf[g] for g, n in held.items()))
        return {g: n * idf[g] / scale for g, n in held.items()} if scale else {}

    def margin(self, norms: list[str]) -> float:
        """The weighted sum of the sentence's scaled vector (the same as over `weigh`, from sums kept per word)."""
        head = norms[:CHAR_WORDS]
        pairs = list(map(self._words.get, head))  # (the words seen before, nearly all, looked up in C)
        if None in pairs:
            pairs = [pair if pair is not None else self._word_sums(word) for word, pair in zip(head, pairs)]
        # (the words' terms added one by one from 0.0, in the words' order, as a loop of += would: in C)
        square = reduce(add, map(_FIRST, pairs), 0.0)
        dot = reduce(add, map(_SECOND, pairs), 0.0)
        return dot / math.sqrt(square) if square > 0.0 else 0.0

    def _word_sums(self, word: str) -> tuple[float, float]:
        """One word's sum of idf² and of weight × idf over its n-grams the model holds, kept in the word cache."""
        words = self._words
        if len(words) > self._CACHE_WORDS:
            words.clear()
        held = list(filter(None, map((self._grams or self._terms()).get, word_ngrams(word))))
        # (the same products, added in the same order, as sum(idf[g] * idf[g] …) over the n-grams held;
        # filtered and read in C: a held n-gram's pair is never empty)
        sums = words[word] = (sum(map(_FIRST, held)), sum(map(_SECOND, held)))
        return sums

    def score(self, margin: float, etype: str) -> float:
        """Probability that a sentence with this margin reports an event of type `etype`."""
        z = self.bias.get(etype, 0.0) + margin
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def load(cls) -> "CharModel":
        """The packaged model."""
        raw = packaged_text("report_chars.tsv")
        idf: dict[str, float] = {}
        weights: dict[str, float] = {}
        bias: dict[str, float] = {}
        for line in raw.split("\n"):
            if not line or line.startswith("# "):
                continue
            cols = line.split("\t")
            if cols[0] == "bias":
                bias[cols[1]] = float(cols[2])
            else:
                idf[cols[0]] = float(cols[1])
                if cols[2] != "0":
                    weights[cols[0]] = float(cols[2])
        return cls(idf, weights, bias)


class ReportModel:
    """Logistic weights, per-type thresholds and the character model, read from package data."""

    def __init__(self, weights: dict[str, float], thresholds: dict[str, float],
                 chars: CharModel | None = None, mix: dict[str, float] | None = None):
        self.weights = weights
        self.thresholds = thresholds
        self.chars = chars
        self.mix = mix or {}  # per type, the share of the feature model in the score (1 where absent)

    @classmethod
    def load(cls) -> "ReportModel":
        """The packaged model."""
        weights: dict[str, float] = {}
        thresholds: dict[str, float] = {}
        mix: dict[str, float] = {}
        raw = packaged_text("report_weights.tsv")
        for line in raw.splitlines():
            if not line or line.startswith("#"):
                continue
            name, value = line.rsplit("\t", 1)
            if name.startswith("threshold:"):
                thresholds[name.split(":", 1)[1]] = float(value)
            elif name.startswith("mix:"):
                mix[name.split(":", 1)[1]] = float(value)
            else:
                weights[name] = float(value)
        return cls(weights, thresholds, CharModel.load() if any(m < 1.0 for m in mix.values()) else None, mix)

    def score(self, feats: list[str], etype: str = "", margin: float | None = None) -> float:
        """Probability that the sentence reports an event of its type: the feature model's, mixed with the
        character model's when there is one (`margin` is the sentence's CharModel.margin)."""
        weight = self.weights.get
        z = weight("bias", 0.0) + sum(map(weight, feats, repeat(0.0)))  # (in order, as before: the same sum)
        p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
        share = self.mix.get(etype, 1.0)
        if self.chars is None or margin is None or share >= 1.0:
            return p
        return share * p + (1.0 - share) * self.chars.score(margin, etype)


class ReportFilter:
    """Drops ASSAULT/PROTEST events of sentences that mention them without reporting one, and background acts of any
    type (accusations faced, practices, what a text does as a rule, acts since a time)."""

    name = "reports"
    requires = ("events", "mentions", "tokens")
    adds = ("report_scores",)

    def __init__(self, model: ReportModel, function_words: FunctionWords | None = None,
                 cues: AggregateCues | None = None):
        self.model = model
        self.fw = function_words if function_words is not None else FunctionWords.load()
        self.cues = cues if cues is not None else AggregateCues.load()

    def __call__(self, article: Article) -> Article:
        if not self.model.thresholds or not article.events:
            return article
        triggers = {m.start: m for m in article.mentions if m.kind == "trigger"}
        cue_maps: dict[int, dict[int, Mention]] = {}  # sentence → its cue mentions by word index
        for m in article.mentions:
            if m.kind == "cue":
                cue_maps.setdefault(m.sentence, {})[m.tok_start] = m
        groups: dict[tuple[int, str], list[Event]] = {}
        drop: set[int] = set()
        trends: set[int] = set()  # the sentences that open with a trend of attacks or protests
        patterns: dict[int, int] = {}  # sentence → the start of its first attack told as a pattern (بين فترة وأخرى)
        told: set[int] = set()  # the sentences with an attack or protest dropped above («هذه الغارات» may point at one)
        # the present verbs of what a war or operations aim at, dropped below but weighed by the models with the
        # sentence's other events (the kept «العملية الانتحارية» of «"حربا على الإرهاب" تستهدف … خلف العملية
        # الانتحارية» scores as it did with its neighbour)
        aims: dict[tuple[int, str], list[Event]] = {}

        def joined(v: Mention) -> bool:
            """True if a trigger of v's sentence stands at most _JOINED_REACH words after it (its event's own)."""
            return any(t.sentence == v.sentence and v.tok_end <= t.tok_start <= v.tok_end + _JOINED_REACH
                       for t in triggers.values())

        def joined_verb(v: Mention) -> bool:
            """True if a verb trigger of v's sentence stands at most _JOINED_REACH words after it: the main verb its
            relative clause is the subject of («إن المسلحين الذين يهاجمون الحاجز قتلوا ثلاثة جنود»), not a noun of its
            object («التي تحظر إعدام أسرى المعارك»)."""
            return any(t.sentence == v.sentence and v.tok_end <= t.tok_start <= v.tok_end + _JOINED_REACH
                       and t.get("pos") == "verb" for t in triggers.values())

        verbs: dict[int, list[int]] = {}  # sentence → the word indexes of its verb triggers and light verbs (when asked)

        def verb_between(sent: int, i: int, k: int) -> bool:
            """True if a verb trigger or a light verb (قام) of sentence `sent` stands between words i and k."""
            at = verbs.get(sent)
            if at is None:
                at = verbs[sent] = [v.tok_start for v in article.sentence_mentions(sent) if (
                    v.kind == "trigger" and v.get("pos") == "verb" or v.kind == "cue" and v.label == "light_verb")]
            return any(i < j < k for j in at)

        for ev in article.events:
            if (t := triggers.get(ev.trigger.start)) is not None and (
                    self.cues.faced(article.tokens[ev.sentence], t)
                    or self.cues.whoever(article.tokens[ev.sentence], t)
                    or self.cues.directed(article.tokens[ev.sentence], t,
                                          lambda i, k, s=ev.sentence: verb_between(s, i, k))
                    or ev.event not in self.model.thresholds and (
                        self.cues.habitual(article.tokens[ev.sentence], t)
                        or ev.event not in _STANDING_TOLD
                        and self.cues.standing(article.tokens[ev.sentence], t, self.fw, joined_verb)
                        or len(article.sentences) >= STORY_SENTENCES
                        and (self.cues.running_since(article.tokens[ev.sentence], t)
                             or ev.event in _SUMMED and (self.cues.over_period(article.tokens[ev.sentence], t)
                                                         or self.cues.month_after(article.tokens[ev.sentence], t))))):
                # «ويواجه إردوغان اتهامات»، «وفي بعض الأحيان يحتجز …»، «اتفاقية جنيف التي تحظر …»: accusations faced,
                # a practice, what a text or a party does as a rule
                drop.add(id(ev))
                continue
            if ev.event not in self.model.thresholds:
                continue
            m = None  # (the trigger mention, read below unless the event is in a verse)
            if (t := triggers.get(ev.trigger.start)) is not None and t.label != ev.event:
                continue  # «احتجزه تنظيم القاعدة»: an arrest word an armed group's hostage-taking made an assault, which
                # the models, fitted on assault words, do not score
            if in_verse(article.text, ev.trigger.start):
                drop.add(id(ev))  # {وَلاَ تَحْسَبَنَّ الَّذِينَ قُتِلُواْ}: scripture quoted, no event told
            elif (m := triggers.get(ev.trigger.start)) is not None and self.cues.charged(
                    article.tokens[ev.sentence], m, len(article.sentences) >= STORY_SENTENCES):
                drop.add(id(ev))  # «بتهمة اغتيال»، «تنفيذ حكم القتل»: a charge or a penalty, no event told
            elif m is not None and self.cues.unrest(article.tokens[ev.sentence], m):
                drop.add(id(ev))  # «تخشى أن تؤدي الاضطرابات في اليمن إلى …»: a country's turmoil, no protest told
            elif m is not None and self.cues.without(article.tokens[ev.sentence], m):
                drop.add(id(ev))  # «بلا قتال»، «دون أي اشتباكات»: no fight told
            elif m is not None and self.cues.demanded(article.tokens[ev.sentence], m,
                                                      lambda i, k, s=ev.sentence: verb_between(s, i, k), self.fw):
                drop.add(id(ev))  # «ضرورة تكثيف غارات التحالف»، «بوقف اقتحام الفلوجة»: what is asked for, no act told
            elif m is not None and len(article.sentences) >= STORY_SENTENCES \
                    and (self.cues.running_since(article.tokens[ev.sentence], m)
                         or self.cues.over_period(article.tokens[ev.sentence], m)):
                drop.add(id(ev))  # «ويشن التحالف غارات … منذ أغسطس 2014»، «خلال الفترة الماضية»: acts over a time
            elif m is not None and len(article.sentences) >= STORY_SENTENCES \
                    and self.cues.period_before(article.tokens[ev.sentence], m):
                drop.add(id(ev))  # «وتشن تركيا في الأسابيع الأخيرة غارات جوية»: strikes over weeks
            elif m is not None and len(article.sentences) >= STORY_SENTENCES \
                    and self.cues.aimed(article.tokens[ev.sentence], m, joined):
                drop.add(id(ev))  # «"حربا على الإرهاب" تستهدف حزب العمال»: what a war aims at, no attack told
                aims.setdefault((ev.sentence, ev.event), []).append(ev)
            elif m is not None and len(article.sentences) >= STORY_SENTENCES \
                    and (self.cues.campaign(article.tokens[ev.sentence], m,
                                            ev.sentence in told or ev.sentence - 1 in told)
                         or self.cues.waged_now(article.tokens[ev.sentence], m)
                         or self.cues.background(article.tokens[ev.sentence], m, joined)
                         or self.cues.listed(article.tokens[ev.sentence], m)
                         or self.cues.total(article.tokens[ev.sentence], m)):
                drop.add(id(ev))  # «وقتل 260 مقاتلا … في هذه الغارات»، «هجمات يشنها تنظيم داعش»: a campaign's
            elif m is not None and len(article.sentences) >= STORY_SENTENCES \
                    and self.cues.recurring(article.tokens[ev.sentence], m):
                drop.add(id(ev))  # «وتشن مقاومة تهامة بين فترة وأخرى هجمات»: a pattern, no one event
                if not self.cues.found("day", [_wa_key(t.norm) for t in article.tokens[ev.sentence]]):
                    patterns.setdefault(ev.sentence, ev.trigger.start)  # «…، أدت إلى مقتل وإصابة العشرات»: its toll
            elif m is not None and len(article.sentences) >= STORY_SENTENCES \
                    and (self.cues.opening_toll(article.tokens[ev.sentence], m, self.fw)
                         or self.cues.closing_toll(article.tokens[ev.sentence], m, self.fw)):
                drop.add(id(ev))  # «ومنذ اندلاع جولة العنف الجديدة في 20 يوليو، قتل 13 جنديا»: a period's toll
            elif m is not None and len(article.sentences) >= STORY_SENTENCES \
                    and (at := self.cues.trend(article.tokens[ev.sentence], m)) is not None:
                drop.add(id(ev))  # «وتكثفت الهجمات الجهادية في مصر»: a trend, no one event
                if at <= AggregateCues._TREND_OPENING:
                    trends.add(ev.sentence)  # «…، حيث قتل مئات من رجال الجيش»: the whole sentence tells the trend
            else:
                groups.setdefault((ev.sentence, ev.event), []).append(ev)
            if m is not None and id(ev) in drop:
                told.add(ev.sentence)
        chars = self.model.chars
        margins: dict[int, float] = {}
        lines: bool | None = None  # the text is written in lines that end in an ellipsis (read when first asked)
        for (sent, etype), evs in groups.items():
            if sent in trends:
                drop.update(id(ev) for ev in evs)
                continue
            if sent in patterns:  # the toll the pattern of attacks caused, told after it: no one event either
                drop.update(id(ev) for ev in evs if ev.trigger.start > patterns[sent])
                evs = [ev for ev in evs if id(ev) not in drop]
                if not evs:
                    continue
            span = article.sentences[sent]
            if article.text[span.start:span.end].rstrip().endswith(_ELLIPSES) \
                    and _few_words(article.tokens[sent]) and (lines := ellipsis_text(article) if lines is None
                                                              else lines):
                drop.update(id(ev) for ev in evs)  # «اعدم الحرف..»، «من قصف الكلام..»: a line of a prose poem
                continue
            if heading_line(article.text, article.sentences[sent].start, article.sentences[sent].end,
                            article.tokens[sent]):
                drop.update(id(ev) for ev in evs)  # a sub-heading or a line of verse names, it does not tell
                continue
            marks = [(m.tok_start, normalize(m.entry.lemma) if m.entry is not None else "")
                     for ev in evs if (m := triggers.get(ev.trigger.start)) is not None]
            if not _short_clause(article.tokens[sent], evs, triggers, cue_maps.get(sent, {}), self.fw) \
                    and self.cues.aggregate(article.tokens[sent], marks, self.fw,
                                            len(article.sentences) >= STORY_SENTENCES):
                # a toll over a period or of thousands: no one event to code, whatever the models say
                # (a short past-tense clause is left alone, as by the models)
                for ev in evs:
                    ev.extras["report_score"] = 0.0
                drop.update(id(ev) for ev in evs)
                continue
            margin = None
            if chars is not None and self.model.mix.get(etype, 1.0) < 1.0:  # (a type scored by the features alone
                # reads no margin: PROTEST)
                margin = margins.get(sent)
                if margin is None:
                    margin = margins[sent] = chars.margin(article.norms()[sent])
            p = self.model.score(sentence_features(article.tokens[sent], evs + aims.get((sent, etype), []), triggers,
                                                   self.fw), etype, margin)
            for ev in evs:
                ev.extras["report_score"] = round(p, 3)
            near = etype in _RAID_TYPES and p >= _NEAR_SHARE * self.model.thresholds[etype]
            # (farther below, a raid a past light verb tells with its doer and target is spared alone, not its sentence:
            # «وأشار إلى أن قوات التحالف شنت اليوم عدة غارات جوية على مواقع الحوثيين … ودمرت آليات»; round 109)
            lit = etype in _RAID_TYPES and p >= _LIGHT_SHARE * self.model.thresholds[etype]
            if p < self.model.thresholds[etype] and not _short_clause(article.tokens[sent], evs, triggers,
                                                                      cue_maps.get(sent, {}), self.fw) \
                    and not (near and _raid_told(article.tokens[sent], evs, triggers, cue_maps.get(sent, {}),
                                                 self.fw)):
                drop.update(id(ev) for ev in evs if not _undergone(article.tokens[sent], ev, triggers,
                                                                   cue_maps.get(sent, {}), self.fw)
                            and not (near and _verb_told(article.tokens[sent], ev, triggers.get(ev.trigger.start),
                                                         self.fw))
                            and not (lit and _state_raid(article.tokens[sent], ev, triggers, cue_maps.get(sent, {}),
                                                         self.fw))
                            and not _cause_told(article.tokens[sent], ev, triggers.get(ev.trigger.start), self.fw))
        if drop:
            article.events = [ev for ev in article.events if id(ev) not in drop]
        return article


def heading_line(text: str, start: int, end: int, toks: list[Token]) -> bool:
    """True for a sentence text[start:end] that is a short line of its own inside the text (not its first line),
    with no number and no final mark: a sub-heading («معارك الجنوب»، «قتل الموحدين») or a line of verse."""
    if not _few_words(toks):
        return False
    if text[start:end].rstrip()[-1:] in ".!?؟":
        return False
    return _after_newline(text, start) and _before_newline(text, end)


def _few_words(toks: list[Token]) -> bool:
    """True for a sentence of _HEADING_WORDS words at most, none a number: a heading's or a line's length."""
    words = [t for t in toks if t.kind != "punct"]
    return bool(words) and len(words) <= _HEADING_WORDS and not any(t.kind == "num" for t in words)


def ellipsis_text(article: Article) -> bool:
    """True for a text of ELLIPSIS_LINES sentences or more, over half of which end in an ellipsis (.. or …): a column
    or a prose poem written in lines («اعدم الحرف..»، «أعدموا الثورة..»، «وانتفض العرب..»), no news story. Its short
    lines that end so (six words at most, no number) tell no attack or protest (read here), and the topic stage
    keeps none of its other events, as of an opinion column."""
    sents = article.sentences
    if len(sents) < ELLIPSIS_LINES:
        return False
    text = article.text
    lines = sum(1 for s in sents if text[s.start:s.end].rstrip().endswith(_ELLIPSES))
    return 2 * lines > len(sents)


def in_verse(text: str, pos: int) -> bool:
    """True if offset pos stands inside a bracketed quotation of the Quran ({…} or ﴿…﴾) opened shortly before."""
    lo = max(0, pos - _VERSE_REACH)
    opened = max(text.rfind(mark, lo, pos) for mark in _VERSE_OPEN)
    return opened >= 0 and not any(mark in text[opened:pos] for mark in _VERSE_CLOSE)


def _after_newline(text: str, i: int) -> bool:
    """True if only spaces stand between a newline and offset i (and i is not on the text's first line)."""
    j = i - 1
    while j >= 0 and text[j] in _LINE_SPACE:
        j -= 1
    return j >= 0 and text[j] == "\n"


def _before_newline(text: str, i: int) -> bool:
    """True if only spaces stand between offset i and a newline or the text's end."""
    j = i
    while j < len(text) and text[j] in _LINE_SPACE:
        j += 1
    return j == len(text) or text[j] == "\n"


def _short_clause(toks: list[Token], evs: list[Event], triggers: dict[int, Mention],
                  cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for a sentence shorter than the model's domain whose event a finite verb tells (past or flagged), or
    whose noun of an act a light verb in the past carries for a named actor (_past_light; `cues`: the sentence's cue
    mentions by word index)."""
    if len(toks) >= _MIN_TOKENS:
        return False
    return any((m := triggers.get(ev.trigger.start)) is not None and (
        m.get("pos") == "verb" and (m.get("aspect") == "perfect" or not ev.factual)
        or _light_noun(toks, ev, m, cues, fw)) for ev in evs)


def _survived(toks: list[Token], m: Mention, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for an attack noun in «من» (past a noun of attempt) at most _UNDERGO_REACH words after a past verb of
    surviving that opens its clause (a cue labelled undergo spelt نجا، نجت، نجوا): «نجا رئيس إحدى المحاكم بمحافظة
    الشرقية من محاولة اغتيال» tells the attempt the subject survived, which the models score low."""
    k = m.tok_start - 1
    if k >= 1 and toks[k].norm in fw.attempt_noun:
        k -= 1
    if k < 1 or toks[k].norm != "من" or m.get("prefix"):
        return False
    for j in range(k - 1, max(-1, k - 1 - _UNDERGO_REACH), -1):
        if toks[j].kind == "punct":
            return False
        if (c := cues.get(j)) is not None and c.label == "undergo":
            return strip_wa(toks[j].norm) in ("نجا", "نجت", "نجوا") and _opens_clause(toks, j, fw)
    return False


def _undergone(toks: list[Token], ev: Event, triggers: dict[int, Mention], cues: dict[int, Mention],
               fw: FunctionWords) -> bool:
    """True if the event is a factual attack noun in لـ at most _UNDERGO_REACH words after a past verb of undergoing
    (a cue labelled undergo: تعرض، تعرضت, not the present يتعرض nor the noun تعرضه) with no break (but a comma right
    before the noun, closing a long subject: «تعرّض مركز المسيال … بمنطقة عسير، لقذائف»; round 105) and no other word in
    لـ between, the verb opening its clause (_opens_clause; not the noun: «عن تعرض مواقعها للنيران»، «تؤكد تعرض هذه
    السيدة للاغتصاب») and no count right after it (a tally: «تعرض 14 مصرياً للتعذيب … خلال العام»), and it has its
    recipient (that verb's subject): «تعرض مركز المسيال بجازان لقذائف عسكرية كثيفة» tells the shelling, which the
    models, fitted on attacks told by their doer, score low; it stays, the other events of its sentence do not
    (round 102); so an attempt survived (_survived)."""
    m = triggers.get(ev.trigger.start)
    if ev.factual and ev.recipient and m is not None and m.get("pos") == "noun" and _survived(toks, m, cues, fw):
        return True
    if not (ev.factual and ev.recipient and m is not None and m.get("pos") == "noun"
            and strip_wa(toks[m.tok_start].norm).startswith("ل")):
        return False
    start = m.tok_start - 1
    if start > 0 and toks[start].text in _COMMAS:
        start -= 1  # (a comma closing the verb's long subject: «تعرّض مركز المسيال … بمنطقة عسير، لقذائف»)
    for j in range(start, max(-1, start - _UNDERGO_REACH), -1):
        if toks[j].kind == "punct" or strip_wa(toks[j].norm).startswith("ل"):
            return False  # (the verb's لـ is the first after it: «تلقى عدد منهم تدريباتهم للتصدي للهجوم» is no attack)
        if (c := cues.get(j)) is not None and c.label == "undergo":
            verb = strip_wa(toks[j].norm)
            return not verb.startswith(("يت", "تت", "نت")) and not verb.endswith("ه") \
                and _opens_clause(toks, j, fw) and toks[j + 1].kind != "num"
    return False


def _opens_clause(toks: list[Token], j: int, fw: FunctionWords) -> bool:
    """True if the word at token j opens its clause, as a finite verb does: first in the sentence, after a mark, with
    و/ف on it, or after «قد» or a relative pronoun (وتعرضت، ، تعرض مركز، التي تعرضت); not a verbal noun a word governs."""
    if j == 0 or toks[j - 1].kind == "punct" or strip_wa(toks[j].norm) != toks[j].norm:
        return True
    prev = strip_wa(toks[j - 1].norm)
    return prev in fw.perfect_particle or prev in _RELATIVE


def _raid_told(toks: list[Token], evs: list[Event], triggers: dict[int, Mention], cues: dict[int, Mention],
               fw: FunctionWords) -> bool:
    """True if a noun of an act of the sentence is carried by a past light verb for a named actor (_past_light) and
    has a recipient: «إن الحوثيين والموالين لصالح شنوا هجمات عنيفة على مواقع المقاومة والجيش» tells the attacks, which
    the models, near their threshold, spare then in a long sentence too; «وقد نفذ هجمات إرهابية» (no target) they
    do not."""
    return any((m := triggers.get(ev.trigger.start)) is not None and ev.recipient
               and _light_noun(toks, ev, m, cues, fw) for ev in evs)


_STATE_SECTORS = frozenset(("GOV", "MIL", "COP", "JUD"))  # the sectors of a state's own bodies (_verb_told)


def _verb_told(toks: list[Token], ev: Event, m: Mention | None, fw: FunctionWords) -> bool:
    """True if the factual event's trigger mention m is a past verb in the feminine (ـت) that opens its clause
    (_opens_clause) and the event has an actor with a country's code and no civilian sector: a state's body does it,
    «أعدمت السلطات الهندية شنقا الخميس يعقوب مأمون، …، بحسب ما أفادت شبكات التلفزيون» tells the execution as «شنت …
    غارات» tells the raid, and the models near their threshold spare it (not the background attacks of its sentence,
    «للاعتداءات التي اوقعت 257 قتيلا … في 1993»; nor «قتل رجل الأمن», which reads as the passive of a casualty too;
    round 105). A state's body: a government, its army, police or courts (_STATE_SECTORS), not an armed group with a
    country's code («وقتلت جماعة بوكو حرام عشرات القرويين»: review of round 105)."""
    return m is not None and m.get("pos") == "verb" and m.get("aspect") == "perfect" and ev.factual \
        and toks[m.tok_start].norm.endswith("ت") and _opens_clause(toks, m.tok_start, fw) \
        and any(a.code and a.sector in _STATE_SECTORS for a in ev.actor)


def _state_raid(toks: list[Token], ev: Event, triggers: dict[int, Mention], cues: dict[int, Mention],
                fw: FunctionWords) -> bool:
    """True if the event is a raid a past light verb tells with its target (_raid_told) for a state's force, an actor
    with a country's code and a state body's sector (_STATE_SECTORS): «وأشار إلى أن قوات التحالف شنت اليوم عدة غارات
    جوية على مواقع الحوثيين» (round 109); not an armed group's attack told in passing («شنت جماعات مسلحة هجوما موسعا»)."""
    return any(a.code and a.sector in _STATE_SECTORS for a in ev.actor) and _raid_told(toks, [ev], triggers, cues, fw)


def _cause_told(toks: list[Token], ev: Event, m: Mention | None, fw: FunctionWords) -> bool:
    """True if the factual event's trigger mention m is a noun of an act right after «عن» past a word of resulting
    (function_words caused_by: نتج، ناجم) and the event has an actor with a code or a sector told after it (its
    genitive, «قام به»; not a phrase before, «تطاير المارة … نجم عن هجوم انتحاري»): «ان الانفجار نتج عن قصف
    مليشيات الحوثي … لمنشآت سد الجبلين»، «ان التفجير ناجم عن اعتداء انتحاري قام به داعش» tell the act that caused
    what happened, and who did it, which the models, fitted on acts told by their verb, score low (round 109). Only
    an attack (_RAID_TYPES): «الأزمة ناجمة عن رفض الحكومة العراقية» is no act the models missed (mend109)."""
    k = m.tok_start if m is not None else 0
    return m is not None and ev.event in _RAID_TYPES and m.get("pos") == "noun" and ev.factual and k >= 2 \
        and any((a.code or a.sector) and a.start >= ev.trigger.end for a in ev.actor) \
        and toks[k - 1].norm == "عن" and strip_wa(toks[k - 2].norm) in fw.caused_by


def _light_noun(toks: list[Token], ev: Event, m: Mention, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True if the factual event's trigger mention m is a noun of an act that a past light verb carries for a named
    actor (_past_light): the noun branch of _short_clause and _raid_told."""
    return m.get("pos") == "noun" and ev.factual and _past_light(toks, m.tok_start, ev, cues, fw)


def _past_light(toks: list[Token], k: int, ev: Event, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True if a light verb in the past (a cue mention labelled light_verb, cues.tsv: شن، نفذ, with or without و/ف; not
    an imperfect, يشن) stands at most _LIGHT_REACH words before the noun at token k, with no break between, and the
    event has an actor with a code or a sector: «شن طيران التحالف غارات على صنعاء.» tells the strikes as «قصف»
    would."""
    if not any(a.code or a.sector for a in ev.actor):
        return False
    words = 0  # the words passed that are no part of a time expression
    for j in range(k - 1, -1, -1):
        if toks[j].kind == "punct":
            return False
        if (c := cues.get(j)) is not None and c.label == "light_verb" \
                and strip_wa(toks[j].norm)[:1] not in ("ي", "ت", "ن"):
            return True
        if not _time_word(toks[j], fw):
            words += 1
            if words >= _LIGHT_REACH:
                return False
    return False


def _time_word(tok: Token, fw: FunctionWords) -> bool:
    """True for a word of a day or a time of day (class day or light_time: مساء السبت، يوم الأحد، ليلا، أول أمس), which
    a past light verb and its noun of an act may hold between them (شنت المقاتلات التركية مساء السبت غارات)."""
    norm = _strip_wa(tok.norm)
    return norm in fw.day or norm in fw.light_time
