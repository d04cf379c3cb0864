"""The flags of an event: negated, future (still to come) and hypothetical.

`Modality(function_words).flags(toks, trig, cues, earlier)` decides them for one trigger from the words of its
sentence: the cue mentions before and after it (negation, denial, future, aim, decide, doubt, condition, upcoming,
relative… of cues.tsv), the function words (complementizers, past anchors, prepositions of time), the time words
(weekdays, months, today, current and past words of time_words.tsv) and the earlier triggers of its sentence, whose
verb of asking, agreeing, threatening or refusing makes a later act its (not yet factual) complement. It decides
nothing else: the event's type, roles and date are the event coder's (stages/events.py)."""

from __future__ import annotations

from functools import lru_cache

from ..arabic.normalize import MARKS, last_letter, shed_conjunction
from ..lexicon.compile import FunctionWords
from ..lexicon.timewords import TimeWords
from ..records import Mention, Token
from .clauses import _CLAUSE_BREAKS, _CLAUSE_PUNCT, _OPEN_QUOTES, _broken, _clause_start, _definite, _function_word, \
    _listed, _number, _quoted_name, tail_end_of
from .phrases import strip_wa

_EMBEDDING = {"REQUEST", "AGREE", "THREATEN", "REJECT"}  # verbs whose complement is not (yet) a fact
_TOPICS = {"COOPERATE", "AID", "SUPPORT"}  # acts that, told after a verb of discussing, are its topic
# events a decision itself performs (قرر مجلس الوزراء الموافقة، قررت المحكمة سجنه): after a verb of deciding, done
_DECREED = frozenset({"AGREE", "SUPPORT", "REJECT", "SANCTION", "COERCE"})
_INTENDED = ("future", "aim")  # cue classes that make the event right after them intended (aim: not for dating)
_SAID_NOW = ("THREATEN", "REQUEST")  # acts done by the telling, whose condition bears on what is threatened or asked
_SCHEDULED = ("CONSULT",)  # a meeting or visit a future verb tells of as its subject is set, not supposed
# cues that make a clause of time in عندما supposed or to come (without one it tells what is habitual), and those
# that make the act after «قبل أن» to come (not an aim word, «بهدف», nor a قد: «وكان الشباب قد استهل … قبل أن ينتفض»)
_SUPPOSING = ("future", "aim", "upcoming", "hypothetical", "condition", "doubt", "hypothetical_weak", "decide", "need")
# cues that end an aim noun's owner in construct: a flag of their own or another clause (_owner_aim)
_OWNER_BREAKS = _SUPPOSING + ("negation", "denial", "relative", "report", "purpose", "keen", "appeal", "errand")
_COMING = ("future", "upcoming", "decide")
_JOINED_STOPS = ("relative", "report", "negation", "hypothetical", "denial")  # cues past which no verb lends its time
_BRACKETS = frozenset("()[]")  # brackets around a name or a gloss, which do not end a clause
_OPPOSITE = {"AGREE": "REJECT", "REJECT": "AGREE"}  # acts of which «X أو Y» is a choice still open
_CHARGED = ("SUPPORT", "AID")  # acts that, given to terrorism or a plot, are a charge laid (دعم الإرهاب)
# acts a numbered item of a statement or a decision performs by being stated (أولا: الموافقة على، 3- رفض الانقلاب)
_ADJECTIVE_ENDINGS = ("ة", "ه", "ي", "ا", "ين", "ون", "ات")  # endings of an indefinite adjective (جادة، هاتفي، مثمرا)
_PERFORMED = frozenset({"AGREE", "REJECT", "ACCUSE", "REQUEST", "SANCTION", "THREATEN"})
_SENTENCE_ENDS = frozenset(".!?؟")  # marks that end a sentence
_COMMAS = frozenset("،,")  # a comma, which may close a clause before a phrase of its manner
_QUOTES = frozenset("«»“”\"")  # quote marks, which end no clause
_UNSURE = ("negation", "denial", "hypothetical", "condition", "doubt", "hypothetical_weak")  # cues before a verb that
# make it no sure fact
_DASHES = frozenset("-–—")  # a dash that opens an aside between a verb and its object
_ADDRESSEES = ("public", "cautioned")  # cues naming the public a call or a warning addresses
_CONJUNCT_STOPS = ("relative", "report", "negation", "denial")  # cues past which no first conjunct lends its flags
_PLANNED = ("purpose", "decide", "need")  # cues of a plan or need: the act they govern is still to come
_SUPPOSED = ("doubt", "hypothetical", "condition")  # cues of a case supposed: the act they govern is only possible
_TITLE_WORDS = 7  # the words at most of a title set off by commas after an embedding verb's subject (`_title_aside`)
_STATES = ("MOBILIZE",)  # an alert right after «حالة» is the state one is in (في حالة تأهب), no case supposed


def _appeal_at(cues: dict[int, Mention], t: Mention) -> bool:
    """True for a trigger on a word cues.tsv lists as an appeal (a participle of calling: داعيا، مطالبا)."""
    return (c := cues.get(t.tok_start)) is not None and c.label == "appeal"


def participle_row(m: Mention) -> bool:
    """True for a trigger of a verb row whose first form is a participle's sound plural (مُفعِّلين: متهمين، منتقدين), a
    row of the participle that goes on its clause alone («متهما إياها بدعم الإرهاب»); or for a participle's form
    (in م) of a verb row whose verb is not in م («…، محملا إياهم مسؤولية»، «محملة»: حمّل)."""
    return m.get("pos") == "verb" and participle_form(m.text, getattr(m.entry, "lemma", "") or "")
    # (the trigger's span leaves its clitics out: «وحمل» is حمل)


def participle_form(word: str, lemma: str) -> bool:
    """True when a verb row's form `word` (clitics off) is a participle that goes on its clause: any form of a row of
    participles (its lemma a sound plural in م, متهمين), or a form in م of a verb not in م (محملا of حمّل)."""
    return lemma.endswith("ين") if lemma[:1] == "م" else word[:1] == "م"


def _goes_on_clause(cues: dict[int, Mention], t: Mention) -> bool:
    """True for a participle that goes on the clause before it, a second act of its subject: a participle of calling
    (_appeal_at) or a trigger of a row of participles (متهما، منتقدا: participle_row). A denial before it denies
    something else («ونفى أردوغان أن تكون تركيا تساعد تنظيم داعش، متهما قوى سوداء بنشر دعاية»)."""
    return _appeal_at(cues, t) or participle_row(t)


class Modality:
    """Decides the negated, future and hypothetical flags of a trigger from the words around it."""

    def __init__(self, function_words: FunctionWords):
        self.fw = function_words
        self._memo: tuple = (None, None, {})  # (sentence, cues, flags of first conjuncts by (id, index)): _first_flags
        # verbal nouns of raising, going on or a light verb (زيادة، إعطاء، عقد) between a verb of asking's preposition
        # and the event noun it heads
        self.scale_light = self.fw.scale | self.fw.light_masdar
        tw = TimeWords.load()
        # word beginnings with س + ي/ت/ن that are nouns, not the future prefix (سياسة، سيارة، ستة): time_words.tsv
        self.not_future = tuple(sorted(tw.words_of("not_future")))
        # month names and time nouns an upcoming word qualifies further on in a verb's clause (أيلول المقبل)
        self.months = frozenset(w for c in ("month", "hijri_month") for w in tw.words_of(c)) | self.fw.time_head
        # weekdays and the current week or month's relative words (time_words.tsv weekday; current: الجاري، الحالي،
        # هذا): with a verb of meeting in the present they tell an act set for the days to come
        self.current = tw.words_of("current")
        self.weekdays = tw.words_of("weekday")
        # a past word after a weekday (الثلاثاء الماضي) and today's word before it (صباح اليوم الأربعاء): no day to come
        self.past_words = tw.words_of("past")
        self.today = frozenset(k[0] for k, w in tw.phrases.items() if len(k) == 1 and w.classes.get("day") == "0")
        # today's and tomorrow's words (اليوم، الليلة، غدا): in a clause of time in عندما they set a day, no supposition
        self.set_days = frozenset(k[0] for k, w in tw.phrases.items()
                                  if len(k) == 1 and w.classes.get("day") in ("0", "1"))
        # units of time, single or dual, and number words (time_words.tsv unit, dual, count): «قبل ثلاثة أشهر من»
        self.units = tw.words_of("unit") | tw.words_of("dual")
        # a day before today (أمس، البارحة: time_words.tsv day < 0), with past words a clause told as done
        self.past_days = frozenset(k[0] for k, w in tw.phrases.items()
                                   if len(k) == 1 and w.classes.get("day", "").startswith("-"))
        # words of time that may stand right after a verb before its object or adjunct (أمس، اليوم، الشهر، الماضي)
        self.time_after = self.past_days | self.today | self.months | self.past_words | frozenset(self.weekdays)
        self.counts = tw.words_of("count")

    def flags(self, toks: list[Token], trig: Mention, cues: dict[int, Mention],
              earlier: list[Mention]) -> tuple[bool, bool, bool]:
        """(negated, future, hypothetical) from cue words before the trigger in its clause; an act answered («تلبية
        لدعوة الرئيس الروسي») was done, whatever future verb the answer goes with."""
        negated, future, hypothetical = self._flags(toks, trig, cues, earlier)
        if not (negated or hypothetical) and _taking_for(toks, trig, cues, self.fw):
            future = True  # «بدأت الحكومة عمليات لاسترداد المدينة»، «أرسلت قوات لتحرير المدينة»: what it is for
        if future and _answered(toks, trig, self.fw):
            future = False
        if (future or hypothetical) and not negated and _replied_to(toks, trig, cues, self.fw):
            future = hypothetical = False  # «إذا لم ترد حكومته على تهديدات كيري»: the threats replied to were made
        if future and not trig.get("future") and trig.label not in _SCHEDULED and _given_relative(toks, trig, cues):
            future = False  # «سيستفيدون من الدعم الإغاثي الذي تقدمه المملكة»: the aid is given now, as told
        if future and not trig.get("future") and _done_relative(toks, trig, self.fw):
            future = False  # «ستحاول البناء على اجتماعات عقدها كاميرون»: the meetings were held, not still to come
        if future and not trig.get("future") and _implicated_in(toks, trig, self.fw):
            future = False  # «ستكشف أدوار المتورطين في مساعدة داعش»: those implicated in it did it; what is to come
            # is the finding out
        if future and not trig.get("future") and _held_relative(toks, trig, cues, self.fw, self.time_after):
            future = False  # «للمشاركة في قمة الاتحاد الأفريقي التي عقدت في جوهانسبرغ»: held, not still to come
        if not negated and _refused_that_be(toks, trig, cues, earlier, self.fw):
            negated = True  # «رفض داود أوغلو بشدة أن تكون بلاده دعمت تنظيم داعش»: denied
        if future and not negated and _called_off(toks, trig, self.fw):
            negated = True  # «وكان من المفترض أن تبدأ جولة ثانية من محادثات السلام …، إلا أن إسلام آباد أرجأتها»:
            # set, then put off: it did not take place as set, and is still to come (as after لن: not now, not yet)
        if future and _said_on_us(toks, trig, self.fw):
            future = False  # «علينا أن ندين جميع التدخلات الخارجية»: the condemnation is made by saying it
        if not (negated or future or hypothetical) and _led_to(toks, trig, self.fw):
            future = True  # «بما يفضي إليه من رفعٍ للعقوبات عن إيران»: what the deal will bring about, not done (a
            # form spelled as a perfect after that من is the verbal noun)
        if not (negated or future or hypothetical) and _accord_provides(toks, trig, self.fw):
            future = True  # «توقيع الاتفاق النووي بين القوى الكبرى وطهران ترفع بموجبه العقوبات»: provided for, to come
        if not (negated or future or hypothetical) and self._announced_protest(toks, trig):
            future = True  # «وأعلنت نقابة الموظفين عن تظاهرة أمام البرلمان مساء اليوم»: called, still to come
        if not (negated or hypothetical) and _brought_to_table(toks, trig, self.fw):
            hypothetical, future = True, False  # «جلب النظام إلى طاولة المفاوضات»: sought, only supposed
        if not (negated or future or hypothetical) and (aim := _aim_named(toks, trig, cues, self.fw)) >= 0:
            if _opined(toks, aim, self.fw) or toks[aim].norm in self.fw.idea_head:
                hypothetical = True  # «اعتبر محللون أن هدف العملية الحقيقي هو دحر المقاتلين الأكراد وطردهم»
            else:
                future = True  # «الهدف من الزيارة هو بحث التعاون»: aimed at, still to come
        if not (negated or future or hypothetical) and _welcomed(toks, trig, self.fw):
            future = True  # «التحالف يرحب بأن يزور محققون اليمن»: welcomed, not yet done
        if not negated and _not_that(toks, trig, self.fw):
            negated = True  # «وهي ألا يهددوا إيرانيا»: ألا (أن لا) before the verb negates it
        if hypothetical and _when_imperfect(toks, trig, _clause_start(toks, trig.tok_start), self.fw) and \
                self._when_set_day(toks, trig):
            hypothetical, future = False, True  # «وعندما تجتمع اليوم اللجان»: an act set for a day, not supposed
        if not (negated or future or hypothetical) and trig.get("prefix") == "و" and \
                (trig.get("pos") == "noun" or trig.get("aspect") == "perfect"):
            return self._conjunct_flags(toks, trig, cues, earlier)  # «من المنتظر هدم بيته وطرده»: as its first
        if not (negated or future or hypothetical) and trig.get("prefix") == "و" and trig.get("pos") == "verb" and \
                trig.get("aspect") == "imperfect" and trig.label not in _SAID_NOW:
            # (not an act done by the telling: «وستعمل معا للتصدي …، وتشدد على ضرورة أن تتعاون إيران» stresses now)
            future = self._joined_future(toks, trig, cues, earlier)
        return negated, future, hypothetical

    def _conjunct_flags(self, toks: list[Token], trig: Mention, cues: dict[int, Mention],
                        earlier: list[Mention]) -> tuple[bool, bool, bool]:
        """The flags of the first conjunct of a verbal noun in و (or a form spelled as a perfect there), within seven
        words before it in its clause past that conjunct's object: an earlier trigger of the same form, «تسعى الحكومة
        إلى فرض عقوبات على الشركات واعتقال المتورطين», or a verbal noun that a cue of aim, plan, need, doubt or
        condition governs (`_scope_before`), «تخطط إسرائيل لهدم القرية وطرد سكانها»: what is intended or supposed
        is both acts. Not past punctuation, a relative pronoun, a negation, a verb of telling or أن."""
        i = trig.tok_start
        verb = trig.get("pos") == "verb"
        for j in range(i - 1, max(_clause_start(toks, i), i - 7) - 1, -1):
            if toks[j].kind == "punct" or (c := cues.get(j)) is not None and c.label in _CONJUNCT_STOPS or \
                    strip_wa(toks[j].norm) in self.fw.complementizer:
                break
            n = next((n for n, t in enumerate(earlier) if t.tok_start == j), None)
            if n is not None:
                e = earlier[n]
                if (e.get("pos") == "verb") != verb or verb and e.get("aspect") != "perfect":
                    break  # (another clause's verb: «تسعى إلى تعزيز التعاون وقتل ثلاثة»)
                return self._first_flags(toks, e, cues, earlier, n)
            if (not verb or self._bare_conjunct(toks, i)) and (label := self._scope_before(toks, j, cues, not verb)):
                return False, label in _INTENDED + _PLANNED, label in _SUPPOSED
        return False, False, False

    def _first_flags(self, toks: list[Token], e: Mention, cues: dict[int, Mention], earlier: list[Mention],
                     n: int) -> tuple[bool, bool, bool]:
        """The flags of the earlier trigger e (earlier[n]) a conjunct takes, kept for the sentence: a list of conjuncts
        asks each one once, not each one again for every later one."""
        if self._memo[0] is not toks or self._memo[1] is not cues:
            self._memo = (toks, cues, {})
        memo = self._memo[2]
        if (key := (id(e), n)) not in memo:
            memo[key] = self.flags(toks, e, cues, earlier[:n])
        return memo[key]

    def _bare_conjunct(self, toks: list[Token], i: int) -> bool:
        """True for a form in و spelled as a perfect that may be the verbal noun of a complement (no agreement ending
        ت/وا/ا/ن, «تخطط إسرائيل لهدم القرية وطرد سكانها») with no day word after it before the next punctuation; not
        a finite verb opening a clause of its own, «تحتاج المدينة لإعادة الإعمار وقتل المسلحون أمس عشرة مدنيين»."""
        if strip_wa(toks[i].norm).endswith(("ت", "وا", "ا", "ن")):
            return False
        for k in range(i + 1, min(len(toks), i + 13)):
            if toks[k].kind == "punct":
                return True
            if strip_wa(toks[k].norm) in self.fw.day:
                return False
        return True

    def _scope_before(self, toks: list[Token], j: int, cues: dict[int, Mention], past_preposition: bool) -> str:
        """The class of a cue of aim, plan, need, doubt or condition that governs the verbal noun at j: in لـ right
        after the cue and its subject, «تخطط إسرائيل لهدم», or, with `past_preposition`, after the cue's preposition,
        «تسعى الحكومة إلى فرض» (a conjunct spelled as a perfect may start a clause of its own after such a
        complement); not the word right after a verb of aim, its subject (تخطط إسرائيل); "" if there is none."""
        w = toks[j].norm
        if toks[j].kind != "ar" or len(w) < 3 or _function_word(w, self.fw):
            return ""
        if w[:1] == "ل" and len(w) > 3 and w[:2] != "ال":
            end = j  # (not «له»: «هجومهم خطط له منذ أسابيع ودعمه التدريب», the plan long done)
        elif past_preposition and j > 0 and toks[j - 1].norm in self.fw.preposition:
            end = j - 1
        else:
            return ""  # (right after a verb of aim stands its subject: «تخطط إسرائيل»)
        for k in range(end - 1, max(0, end - 6) - 1, -1):  # (past the cue's subject: «تخطط إسرائيل لهدم»)
            if toks[k].kind == "punct" or (c := cues.get(k)) is not None and c.label in _CONJUNCT_STOPS:
                return ""
            if c is not None and c.label in _INTENDED + _PLANNED + _SUPPOSED:
                return c.label
        return ""

    def _when_set_day(self, toks: list[Token], trig: Mention) -> bool:
        """True for a verb of a clause of time in عندما whose day is today or tomorrow, right after it or before it
        in the clause, «وعندما تجتمع اليوم اللجان المختصة»: the act is set for that day, not supposed."""
        i = trig.tok_start
        for k in list(range(max(0, i - 3), i)) + list(range(trig.tok_end, min(len(toks), trig.tok_end + 2))):
            if toks[k].kind == "punct":
                continue
            if strip_wa(toks[k].norm) in self.set_days:
                return True
        return False

    def _joined_future(self, toks: list[Token], trig: Mention, cues: dict[int, Mention],
                       earlier: list[Mention]) -> bool:
        """True for an imperfect verb in و joined to the verb of the clause before it, within twelve words and past a
        comma at most, when that verb is still to come: a verb with the future سـ, «حيث سيقابل روحاني ويجتمع مع
        نظيره», or an earlier act in the present flagged to come, «يزور فابيوس إيران الأسبوع المقبل، ويلتقي الرئيس
        حسن روحاني»: the second act is as much to come as the first; not past a relative pronoun, a negation, a verb of
        telling, a condition or a أن (another clause), nor past a verb of the present that is not to come."""
        i = k = trig.tok_start
        while (k := self._future_before(toks, k, max(0, i - 12), cues, _JOINED_STOPS + ("condition",), earlier,
                                        past_comma=True)) >= 0:
            if self._future_verb(k, toks, cues) and toks[k].norm != "سوف":
                return True
            if any(t.tok_start == k for t in earlier):
                return self._earlier_to_come(toks, k, cues, earlier)
        return False  # (past سوف, to the verb before it)

    def _purpose_of_coming(self, toks: list[Token], trig: Mention, cues: dict[int, Mention],
                           earlier: list[Mention]) -> bool:
        """True for an event noun in لـ, a purpose, within sixteen words after the verb of its clause (an earlier
        trigger, past its subject and objects, no punctuation, relative pronoun, أن or other event word between) when
        that verb is itself still to come: «ومن المقرر أن تلتقي مسؤولة السياسة الخارجية … بمسؤولين … لمناقشة
        القضايا الإقليمية»: what a coming meeting or journey is for is to come too (not a call or invitation an act
        answers, «سيزور روسيا تلبية لدعوة الرئيس الروسي», made already); so an event noun right after its light verbal
        noun in لـ, «أنه سيلجأ إلى ديوان المظالم لتقديم شكوى رسمية»: the complaint is still to be filed; and an
        imperfect verb in لـ, «سيسافر بعد غد الاثنين إلى واشنطن، ليبحث مع الرئيس الأميركي»: a comma before the
        purpose does not part it from its journey."""
        i = trig.tok_start
        if self._light_in(toks, trig, "ل"):
            i -= 1  # (the light verbal noun in لـ stands for the act: a complaint filed is no protest told)
        elif trig.get("prefix") != "ل" or trig.label == "ACCUSE":
            return False
        if trig.label in _SAID_NOW or strip_wa(toks[i - 1].norm) in self.fw.response:
            return False
        k = self._future_before(toks, i, max(0, i - 16), cues, _JOINED_STOPS + ("condition",), earlier,
                                past_comma=not self._sequel_after(toks, trig))
        if k >= 0 and not any(t.tok_start == k for t in earlier):
            # a future verb that is no trigger, «إنها ستطرح مطالب المزارعين على المجلس الوزاري لمناقشتها», unless a
            # negation or a case supposed stands before it in its clause
            return not any((c := cues.get(j)) is not None and c.label in _UNSURE
                           for j in range(_clause_start(toks, k), k))
        return self._earlier_to_come(toks, k, cues, earlier)

    def _sequel_after(self, toks: list[Token], trig: Mention) -> bool:
        """True for an imperfect verb in لـ followed by a definite noun (a subject of its own) or a word of «then» or
        «after» (function_words.tsv sequel, past_anchor; بعدها): a new clause, what came next, no purpose of the verb
        before its comma: «اعتقلت الشرطة رجلا كان سيفجر نفسه في السوق، ليعلن الجيش بعدها حالة الطوارئ»، «أكد الوزير
        أن بلاده ستدعم الحكومة اليمنية، ليلتقي بعدها السفير الأمريكي»."""
        j = trig.tok_end
        if trig.get("aspect") != "imperfect" or j >= len(toks) or toks[j].kind != "ar":
            return False
        w = toks[j].norm
        return w.startswith("ال") or w in self.fw.sequel or w in self.fw.past_anchor or \
            w.endswith("ها") and w[:-2] in self.fw.past_anchor

    def _light_in(self, toks: list[Token], trig: Mention, letter: str) -> bool:
        """True for an event word with no prefix right after a light verbal noun (function_words.tsv light_masdar) in
        the preposition `letter`: in لـ (لتقديم، لإجراء، لعقد), «لتقديم شكوى رسمية», a purpose the light noun
        carries; in بـ, also past و/ف (بتقديم، بإجراء), «تهديده أكثر من مرة بتقديم استقالته», the complement of a
        noun of threat or call before it."""
        i = trig.tok_start
        if trig.get("prefix") or i < 2 or toks[i - 1].kind != "ar":
            return False
        w = strip_wa(toks[i - 1].norm) if letter == "ب" else toks[i - 1].norm
        return w[:1] == letter and w[1:] in self.fw.light_masdar

    def _announced_protest(self, toks: list[Token], trig: Mention) -> bool:
        """True for a protest noun in the عن of a verb of announcing (function_words.tsv announce), past its subject of
        six words at most and a verbal noun of staging (stage_noun: تنظيم), «أعلنت نقابات المعلمين في إيران عن تنظيم
        تظاهرة أمام البرلمان اليوم»: a protest called, still to come; not one its clause tells as done (see
        _told_done): «أعلنت الشرطة عن تظاهرة أمس أمام البرلمان»."""
        i, fw = trig.tok_start, self.fw
        if trig.label != "PROTEST" or trig.get("pos") != "noun" or trig.get("prefix") or i < 3:
            return False
        k = i - 2 if strip_wa(toks[i - 1].norm) in fw.stage_noun else i - 1
        if toks[k].norm != "عن" or self._told_done(toks, trig):
            return False
        for v in range(k - 1, max(0, k - 8) - 1, -1):
            if toks[v].text in _QUOTES:  # (a name in quotes: نقابة الموظفين "اديدي")
                continue
            if toks[v].kind != "ar":
                return False
            if strip_wa(toks[v].norm) in fw.announce:
                return True
        return False

    def _aim_not_reached(self, toks: list[Token], trig: Mention, cues: dict[int, Mention], c: Mention) -> bool:
        """True if the aim cue c does not make the trigger intended: a verb spelled as a perfect right after its أن,
        «ومن الطبيعي أن دعمت السعودية اليمن», told as done; or a word of what is fitting (function_words.tsv better:
        الأفضل، الطبيعي) that «كان» (cues.tsv anterior) stands right before, past its من, «وكان من الطبيعي أن تنسحب
        القوات بعد انتهاء المعركة»: what was fitting then, no act to come."""
        i = trig.tok_start
        if trig.get("pos") == "verb" and trig.get("aspect") == "perfect" and not trig.get("prefix") and i > 0 and \
                strip_wa(toks[i - 1].norm) in self.fw.complementizer:
            return True
        w = c.tok_end - 1
        return strip_wa(toks[w].norm) in self.fw.better and _was_before(cues, c.tok_start)

    def _told_done(self, toks: list[Token], trig: Mention) -> bool:
        """True if the clause after the trigger, within eight words before a comma, names a past day or word of time
        (أمس، الماضي), or if a verb spelled as a perfect (ـت، ـوا: see _perfect_ending) follows it within three words
        before a preposition: «أعلنت مصادر أمنية عن تظاهرة حاشدة خرجت في وسط العاصمة»: told as done."""
        for j in range(trig.tok_end, min(len(toks), trig.tok_end + 8)):
            w = strip_wa(toks[j].norm)
            if toks[j].text in _COMMAS or toks[j].text in _SENTENCE_ENDS:
                return False
            if w in self.past_days or w in self.past_words:
                return True
        for j in range(trig.tok_end, min(len(toks), trig.tok_end + 3)):
            if toks[j].kind != "ar" or strip_wa(toks[j].norm) in self.fw.preposition:
                return False
            if _perfect_ending(strip_wa(toks[j].norm)):
                return True
        return False

    def _past_after(self, toks: list[Token], trig: Mention, cues: dict[int, Mention]) -> bool:
        """True if a past word of time (time_words.tsv past: الماضي) follows the trigger within ten words, before a
        comma, a relative pronoun or the sentence's end: «قبيل بدء المفاوضات النهائية في العاصمة النمساوية فيينا في
        يونيو الماضي» (not «قبيل بدء جولة جديدة من المفاوضات التي علقت في مايو الماضي»: the month dates the relative
        clause, the new round has not begun)."""
        for j in range(trig.tok_end, min(len(toks), trig.tok_end + 10)):
            if toks[j].text in _COMMAS or toks[j].text in _SENTENCE_ENDS:
                return False
            if (c := cues.get(j)) is not None and c.label == "relative":
                return False
            if toks[j].norm in self.past_words:
                return True
        return False

    def _ahead_of(self, toks: list[Token], trig: Mention, cues: dict[int, Mention], start: int) -> bool:
        """True for an event noun with no clitic right after the «من» of «قبل/قبيل + a span of time» (function_words.tsv
        eve; a unit of time_words.tsv, a number before it or none) in a clause framed by a verb of coming in the present
        (cues.tsv framing: يأتي، تأتي): «ويأتي رفض إصدار تأشيرة دخول طويلة قبل ثلاثة أشهر من زيارة الرئيس الصيني»:
        what comes that long after now is still to come."""
        i = trig.tok_start
        if trig.get("prefix") or i < 4 or toks[i - 1].norm != "من" or strip_wa(toks[i - 2].norm) not in self.units:
            return False
        k = i - 3 if toks[i - 3].kind == "num" or strip_wa(toks[i - 3].norm) in self.counts else i - 2
        if k < 1 or strip_wa(toks[k - 1].norm) not in self.fw.eve:
            return False
        return any((c := cues.get(j)) is not None and c.label == "framing" and strip_wa(toks[j].norm)[:1] in "يت"
                   for j in range(start, k - 1))

    def _earlier_to_come(self, toks: list[Token], k: int, cues: dict[int, Mention], earlier: list[Mention]) -> bool:
        """True if the first of the triggers `earlier` at token k is an imperfect verb flagged to come and neither
        negated nor supposed (`flags` over the triggers before it): the verb whose time an act joined to it, or
        told as its purpose, shares (`_joined_future`, `_purpose_of_coming`)."""
        n = next((n for n, t in enumerate(earlier) if t.tok_start == k), None)
        if n is None or earlier[n].get("pos") != "verb" or earlier[n].get("aspect") != "imperfect":
            return False
        neg, fut, hyp = self._first_flags(toks, earlier[n], cues, earlier, n)
        return fut and not (neg or hyp)

    def _future_before(self, toks: list[Token], i: int, lo: int, cues: dict[int, Mention], stop_labels: tuple[str, ...],
                       earlier: list[Mention] | None = None, min_len: int = 5, past_comma: bool = False) -> int:
        """The index of the nearest future verb (`_future_verb`, of `min_len` letters at least; or سوف) before token
        i, back to token lo, or of the nearest of the triggers `earlier` there, whichever comes first; -1 if there is
        none, or past a cue of `stop_labels` or أن (another clause) first, or past a token that is not an Arabic word
        (with `past_comma`, only past punctuation other than a comma): the verb an act joined to it may share its time
        with (`_joined_future`, `_joined_to_future`)."""
        for k in range(i - 1, lo - 1, -1):
            if toks[k].kind == "punct" and not (past_comma and toks[k].text in ",،") or \
                    toks[k].kind != "ar" and not past_comma or \
                    (c := cues.get(k)) is not None and c.label in stop_labels or \
                    strip_wa(toks[k].norm) in self.fw.complementizer:
                return -1
            if self._future_verb(k, toks, cues, min_len) or earlier is not None and \
                    any(t.tok_start == k for t in earlier):
                return k
        return -1

    def _flags(self, toks: list[Token], trig: Mention, cues: dict[int, Mention],
               earlier: list[Mention]) -> tuple[bool, bool, bool]:
        """(negated, future, hypothetical) from cue words before the trigger in its clause."""
        negated = future = hypothetical = False
        # (the trigger's fields, read once: the rules below ask for them some fifty times an event)
        t_pos, t_aspect, t_prefix = trig.get("pos"), trig.get("aspect"), trig.get("prefix")
        if trig.get("future") and t_aspect != "perfect":
            future = True  # the future س only goes with an imperfect (سايدا "prevailing" is no س + perfect)
        i = trig.tok_start
        start = _past_gloss(toks, _clause_start(toks, i))
        for k in range(max(start, i - 3), i):
            c = cues.get(k)
            if c is None:
                continue
            if c.label == "negation" and _negates(toks, trig, c, start, self.fw, cues) and \
                    not _owned_between(toks, trig, c, cues) and not _only(toks, trig, cues, self.fw) and \
                    not _not_only(toks, trig, self.fw) and \
                    not _other_than(toks, c, cues, start) and not _ranked(toks, trig, self.fw) and \
                    not _taken_lightly(toks, trig, cues):
                outer = _without_negated(toks, c, cues, self.fw)
                if outer is not None:
                    # «لم يمر يوم دون أن تحتجز»: not without it, so done; «لن تمر دون عقاب»: to come; «لا يمكن إيجاد
                    # حل من دون انخراط نيجيريا» (a word of doubt between): required, only supposed
                    future = future or toks[outer].norm in self.fw.future_negation
                    hypothetical = hypothetical or any((d := cues.get(j)) is not None and d.label in (
                        "doubt", "hypothetical_weak") for j in range(outer, k))
                    continue  # (a present one with no word of doubt tells what is habitual: «لا يمر يوم دون أن يقصف»)
                if _may_keep_from(toks, c, cues, start, self.fw):
                    hypothetical = True  # «قد يحول دون أن تقدم المؤسسة الحكومية تمويلاً»: only possibly kept from
                    continue
                negated = True
                if toks[k].norm in self.fw.future_negation:  # (لن يوافق: not yet, and not to be)
                    future = True
            elif c.label == "negation" and _kept_up(toks, trig, c, self.fw):
                future = True  # «لن تتخلى عن دعم أصدقائها»: not to give it up, to keep it up: to come, not negated
            elif c.label == "future" and k > 1 and toks[k - 1].norm == "غير" and toks[k - 2].norm.lstrip("وف") == "من":
                negated = future = True  # «ومن غير المقرر أن يزور أوباما قبر والده»: not set, not to be
            elif (c.label in _INTENDED and not (c.label == "aim" and _number(toks[k].norm, self.fw)) or
                  c.label == "keen" and _keen(toks, cues, k, self.fw) or
                  c.label == "errand" and _errand(toks, trig, c, cues, self.fw)) and not (c.label == "aim" and any(
                    strip_wa(toks[j].norm) in self.fw.past_anchor for j in range(c.tok_end, i))) and \
                    not (k == i - 1 and strip_wa(toks[k].norm) in self.fw.lead_to) and \
                    not (k > 0 and strip_wa(toks[k - 1].norm) in self.fw.letdown) and \
                    not _resumed_perfect(toks, trig, k, self.fw) and not _done_when(toks, trig, c, self.fw) and \
                    not _keen_amid(toks, k, self.fw) and not (c.label == "aim" and self._aim_not_reached(
                        toks, trig, cues, c)) and not (c.label == "aim" and _attempt_made(toks, trig, c)):
                # (nor a hope let down: «عبرت المنظمات عن خيبة أملها وعن انتقادات عنيفة», the criticism was voiced;
                # not past بعد، عقب after an aim word: «أعلن نيته المقاطعة عقب مقتل واحدة من أعضائه», the death
                # dates the intent; a future verb reaches past them, «سيكون بعد موافقة الشركة»; nor a future verb
                # of bringing about right before its subject: «وسيؤدي مقتله إلى الحد من العمليات», the killing is told;
                # nor a perfect verb past عندما: «وصلت المعركة إلى آفاق جديدة عندما اتهمت المفوضية جوجل», done)
                if _past_hope(toks, cues, c, start):
                    hypothetical = True  # «كانت تعتزم تنفيذ هجمات»: a plan told in the past, whose act has not come
                    # as planned: only supposed, and no more to come than done
                elif c.label == "aim" and _condemned_aim(c, earlier):
                    hypothetical = True  # «دانت بشدة إقدام الوزيرة على تشكيل لجنة …، بهدف الاستيلاء على أراضي
                    # المواطنين»: an aim the condemner ascribes, only supposed, not an act to come
                elif c.label == "aim" and _deed_purpose(toks, c, cues, earlier):
                    pass  # «السعودية التي خاضت حرباً شريفة وجمعت حلفاءها من أجل مساندة ودعم اليمن»: the purpose of a
                    # deed a relative clause tells as done describes the doer; the act is told with the deed
                else:
                    future = True
            elif c.label == "decide" and trig.label not in _DECREED and not _decided_before(toks, c, cues, start):
                future = True  # قرر مواطن بنجران رفع دعوى قضائية: a decision to act, not yet acted on
            elif c.label == "hypothetical_weak" and k == i - 1 and (_may(toks, trig, cues, start) or
                                                                   _may_have(toks, trig, self.fw)):
                hypothetical = True  # قد يهاجم: may attack (قد before a perfect verb only stresses it)
            elif c.label == "doubt" and _denied_possibility(cues, k):
                negated = True  # «فانه ليس بوسعها ان تعارض هذه المحاكم»: not in its power, so not done
            elif c.label == "doubt":
                hypothetical = True  # ربما هاجم، احتمال انسحاب: the doubt is on the word it stands before
            elif c.label == "regardless" and c.tok_end == i:
                hypothetical = True  # «بغض النظر عن تأييد …»: only the act right after it is supposed, whatever
        if not (negated or hypothetical) and t_pos == "noun" and i > 4:
            hypothetical = _possible_for(toks, trig, cues, start, earlier)  # «يمكن لإيران في المستقبل الدخول في
            # مفاوضات مع الولايات المتحدة»: possible for it, not done
        if not (negated or future or hypothetical) and (t_pos == "noun" or _light_object(toks, trig, self.fw)) and \
                i > 4:
            future = _owner_aim(toks, trig, cues, start, earlier, self.fw)  # «معلنا استعداد برنامج الأمم المتحدة
            # للسكان مساعدة البلدان الأفريقية»: the help it is ready to give, still to come
        if not (negated or future or hypothetical) and t_pos == "noun" and not t_prefix and i > 3:
            future = _intended_past_subject(toks, trig, cues, start, earlier, self.fw)  # «يعتزم مسؤولون في وزارة
            # العدل توجيه الاتهام إلى رئيس الشركة»: the charge intended, past the intenders and their office
        if not negated and i > 1 and (_carried_negated(toks, trig, cues, self.fw) or
                                      _unpermitted(toks, trig, cues, self.fw)):
            if trig.label not in _SAID_NOW and _condition_after(toks, trig, cues, self.fw) or \
                    _conditioned(toks, trig, cues, self.fw):
                hypothetical = True  # «إن إيران لن تقدم أي تنازلات إن لم تبدأ تحصد ثمار الاتفاق»: only on a case
            else:
                negated = True  # «ولم تتخذ روسيا حق الفيتو»، «ولم يسمح لسلاح الجو الأمريكي بشن أي طلعات قصف»
        if not negated and i > 1 and _unseen(toks, trig, cues, start, self.fw):
            negated = True  # «لم نشاهد أحداً من المواطنين طلب المساعدة»: not seen done
        if not negated and i > 1 and t_pos == "noun" and _unable(toks, trig, cues, self.fw):
            negated = True  # «لم تتمكن من تنفيذ هجوم أعنف»، «وفشل كاميرون في الحصول على موافقة البرلمان»
        if not negated and i > 1 and t_pos == "noun" and _tried_in_vain(toks, trig, cues, self.fw):
            negated = True  # «حاول … تسليم مساعدة إنسانية لكنه لم ينجح بسبب المعارك»
        if not negated and i > 0 and not t_prefix and t_aspect != "imperfect" and \
                strip_wa(toks[i - 1].norm) in self.fw.lack:
            # (a form spelled as a perfect right after the noun of lack is the verbal noun in construct: «قلة دعم»)
            negated = True  # «قلة دعم الحكومة الاتحادية»، «في غياب التعاون»: lacking, not done
        if not negated and i > 3 and t_aspect != "imperfect" and _not_given(toks, trig, cues, self.fw):
            # (a form spelled as a perfect there is the verbal noun: استقالته)
            negated = True  # «للمطالبة بعدم تقديم رئيس الحكومة تمام سلام استقالته»: asked not to be done
        if not negated and i > 1 and _not_done(toks, trig, cues, self.fw):
            negated = True  # «حالت اتهامات … دون قيام أوباما بهذه الزيارة»، «عدم قيامها بالتنسيق»
        if not future and not negated and t_pos == "noun" and i > 1:
            future = _directed(toks, trig, cues, start, earlier, self.fw) or \
                _dispatched(toks, trig, cues, start, earlier, self.fw)  # «وجه … بسرعة القبض»، «أرسلت … فرقة لطردهم»
        if not future and i >= 2:
            future = _drafted(toks, trig, cues, earlier)  # مشروع قرار يدعم الاتفاق، مشروع قانون لفرض عقوبات
        if not future and not negated and (t_pos == "noun" or t_aspect == "imperfect") and i > 1:
            future = self._purpose_of_coming(toks, trig, cues, earlier)  # «من المقرر أن تلتقي … بمسؤولين لمناقشة»
        if not future and trig.label not in _PERFORMED and 1 < i < 9 and (t_pos == "noun" or t_aspect == "perfect"
                                                                    and not toks[i].norm.endswith(("ت", "وا"))):
            # (a form spelled as a perfect with no subject is the verbal noun: «2 – دعم»)
            future = _item(toks, trig, earlier, self.fw)  # «2 – دعم وتنظيم المقاومة الرسمية والشعبية»: a point
        if not future and i > 0:
            future = _planned(toks, trig, cues, self.fw, start=start, earlier=earlier)  # «خططوا لخطف قائده»، «خططوا
            # لشن هجوم»، «تستعد قوة معززة … لاقتحام الأقصى»: still to come
        if not negated and i > 1 and t_pos == "noun" and trig.label != "REQUEST" and (
                t_prefix == "ل" or not t_prefix and toks[i - 1].norm in self.fw.plan_light and
                not _definite(toks[i].norm) and not any(toks[k].norm == "اي" for k in range(max(0, i - 9), i))):
            # (not a call one did not answer, which was made: «لم يستجب الحوثيون لدعوة الحوار»; the light noun in لـ
            # carries the indefinite act after it, «لم يستخدموا تلك المناطق لشن هجمات», unless it is the complement of
            # a noun after أي, «لم تتلق أي طلبات لعقد اجتماع»، «لم يضع أي شروط مسبقة لعقد اللقاء»)
            negated, future = _negated_errand(toks, trig, cues, self.fw, future)  # «لم يدخل الأراضي السورية لتدمير أهداف»
        if not (negated or future or hypothetical) and i > 0 and t_pos == "noun" and t_prefix in ("", "ب") and \
                toks[i - 1].norm in self.fw.purpose_light and not _came_before(toks, i - 1, self.fw):
            future = True  # «قبل تسليمه للادعاء العام ليقوم باعتقال المتسببين»: what it is handed over for, to come
        if not future and not negated and i > 1 and t_pos == "noun":
            future = _obtained_aim(toks, trig, self.fw) or _offered(toks, trig, cues, self.fw) or \
                self._joined_to_future(toks, trig, cues, start, earlier)
            # «ليحصل على موافقة ليبية»، «تفتح أبوابها لجميع الأطياف … للاجتماع»، «طائرات ستصل … بإشراف من المركز وتنسيق»
        if not future and not negated and i > 1 and t_pos == "noun":
            future = _before_onset(toks, trig, self.fw) and not self._past_after(toks, trig, cues) or \
                self._ahead_of(toks, trig, cues, start)
            # (not one its clause dates in the past: «قبيل بدء المفاوضات النهائية في فيينا في يونيو الماضي», begun)
            # «قبل بدء جولة جديدة من محادثات السلام»: not yet begun; «ويأتي … قبل ثلاثة أشهر من زيارة»: months ahead
            future = future or _proposed(toks, trig, cues, start, self.fw)  # «عرض … الإفراج عن ثلاثة منهم»: offered
            hypothetical = hypothetical or not future and _rewarded(toks, trig, cues, start, self.fw)
            # «مكافأة … لمن يدلي بمعلومات تؤدي إلى إلقاء القبض»: an arrest on a condition, only supposed
        if not future and not negated and i > 1 and t_aspect == "perfect" and not t_prefix and \
                not toks[i].norm.endswith(("ت", "وا")):
            future = _proposed(toks, trig, cues, start, self.fw, 4)  # «عرضت الحكومة الأميركية منح إيران طائرة»: a
            # verbal noun spelled as a perfect verb, the object offered past the verb's subject
        if not future and not negated and i > 1 and t_pos == "noun" and t_prefix[-1:] == "ب":
            future = self._manner_of_future(toks, trig, cues) or self._manner_after_future(toks, trig, cues)
            # «أن المركز وبالتنسيق مع السفارة … سوف يقوم بنقل»؛ «ستبدأ بإعادة تأهيل مطار عدن، بالتعاون مع الإمارات»
        if not future and not negated and i > 1 and t_pos == "verb" and t_aspect == "perfect":
            future = self._joined_to_light_future(toks, trig, cues, start, earlier)
            # «سيتم اتخاذ القرارات المناسبة وفرض العقوبات على المتسببين»: a verbal noun joined to what is to be done
        if not future and not negated and i > 0 and trig.label in _TOPICS and t_prefix == "ب" and \
                strip_wa(toks[i - 1].norm) in self.fw.commitment:
            future = True  # «أكدت دول مجلس التعاون التزامها بمساعدة الحكومة العراقية»: help pledged, still to come
        if not future and t_pos == "verb" and t_aspect == "imperfect" and i > 2 and \
                toks[i - 1].norm == "ان" and strip_wa(toks[i - 2].norm) == "قبل" and \
                self._to_come(toks, cues, max(0, i - 16), i - 2, _COMING):
            future = True  # «لن يشارك … قبل أن توافق أثينا»: what a coming act waits on is to come too
        if not negated and not hypothetical and i > 0 and t_prefix[-1:] == "ل":
            negated, hypothetical = _sufficed(toks, trig, cues, self.fw)  # «لم يكن يكفي ليطلب»، «يكفي لإطعام»
        if not future and t_aspect == "imperfect" and i > 1 and toks[i - 1].norm in self.fw.complementizer:
            # يجب على الحكومة الإيرانية أن توافق: a duty, hope or aim word governs the verb after its أن
            future = any((c := cues.get(k)) is not None and c.label in _INTENDED and not _past_hope(toks, cues, c, start)
                         and (c.label != "aim" or strip_wa(toks[i - 1].norm) in ("ان", "بان") and
                              not self._aim_not_reached(toks, trig, cues, c))
                         for k in range(max(start, i - 10), i - 1)) or self._expected(toks, i - 1, start) \
                or i > 2 and strip_wa(toks[i - 2].norm) in self.fw.better and strip_wa(toks[i - 3].norm) == "من" and \
                not _was_before(cues, i - 3) \
                or _duty(toks, i, start) or i - 1 == start and _aside_intended(toks, cues, start) \
                or any(strip_wa(toks[k].norm) in self.fw.wishing for k in range(max(start, i - 5), i - 1))
            # (an aim word governs only أنْ, not أنّه, a clause of what is held: «ترغب في تجنب طلب مساعدة من الصندوق
            # معتبرة انه يؤيد بشدة كبيرة اجراءات التقشف»; or «من الأفضل أن يتعاون الجانبان»: what is better done is
            # not yet done; or a wish in the present,
            # function_words.tsv wishing: «وأتمنى أن أزور باقي دول الخليج»)
        if not future and t_aspect == "imperfect" and i > 1 and toks[i - 1].norm == "وان":
            future = self._joined_that(toks, i - 1, cues)  # وتوقعت المصادر أن تؤدي التطورات …، وأن يرفض بعضهم
        if not future and t_pos == "noun" and _hoped_noun(toks, trig, cues, start, self.fw):
            hypothetical = True  # «وكان بخاري يأمل في الحصول على مساعدة عسكرية»: a past hope, only supposed, not to come
        elif not future and t_pos == "noun":
            future = _intended_noun(toks, trig, cues, start, self.fw) or \
                self._planned_object(toks, trig, cues, self._past_day(toks, start), earlier) \
                or self._set_for_today(toks, trig, cues, start, earlier) \
                or self._future_relative(toks, trig, cues) or self._future_tail(toks, trig, cues) \
                or self._future_object(toks, trig, cues, start, earlier) \
                or self._upcoming_later(toks, trig, cues, 12) or self._journey(toks, trig, cues, start, earlier) \
                or self._undertaken_soon(toks, trig, cues)
            # قمة التنمية … في 26 سبتمبر المقبل; وسيتوجه كيري غدا الأحد إلى قطر في زيارة
        if not future and not negated and not hypothetical and t_pos == "noun" and i > 3 and \
                _predicted(toks, trig, cues, earlier, start, self.fw):
            future = True  # «وتوقع المحلل … أن يبادر المتمردون الحوثيون إلى الالتزام بالهدنة»: expected, not done
        if not future and not negated and t_pos == "noun" and _postponed(toks, i, self.fw):
            future = True  # «نجحت في تأخير استقالة سلام، إلا أنها ستأتي لا محالة»: put off, not done, still to come
        if not future and not negated and i > 0 and strip_wa(toks[i - 1].norm) in self.fw.due_time and \
                (t_pos == "noun" or t_aspect == "perfect" and not t_prefix) and \
                not any(t.label == trig.label and t.get("aspect") == "perfect" for t in earlier):
            future = True  # «يلف موعد رفع العقوبات»: the time set for it, not come yet (a form spelled as a perfect in
            # construct after it is the verbal noun); not the time of an act told done before it, «قصفت المدفعية 3
            # أهداف للتنظيم في سوريا، دون الإشارة إلى توقيت القصف»
        if not future and not negated and t_pos == "noun" and _pushed_to(toks, trig, self.fw):
            future = True  # «من يهاجم رئيس الحكومة ويدفعه للاستقالة»: pushed to it, not done
        if not future and not negated and t_pos == "noun" and i > 2 and _onset_planned(toks, trig, cues,
                                                                                                self.fw):
            future = True  # «ومن المقرر بدء سريان الهدنة»: a start set, still to come
        if not future and not negated and not hypothetical and t_pos == "noun" and i > 3 and \
                _hoped_list(toks, trig, cues, self.fw):
            future = True  # «أعرب المبعوث عن أمله في أن يقوم بزيارة عدن …، ووضع حد لمعاناة الشعب اليمني والعودة للحوار»
        if not future and not negated and not hypothetical and i > 3 and _due_list(toks, trig, cues, self.fw):
            future = True  # «ولا بد من قيام الحكومة العراقية بالبحث …، وطرد كل مندسين»: due, not done
        if not future and not negated and _until_begun(toks, trig, self.fw):
            future = True  # «حتى تبدأ المفاوضات هذا الأسبوع»: not begun yet
        if not future and not negated and i > 2 and _persuaded_to(toks, trig, cues, self.fw):
            future = True  # «جهود البيت الأبيض لإقناع الكونغرس بالموافقة على الاتفاق»: not yet agreed to
        if not future and not negated and _delivery_aimed(toks, trig, start, self.fw):
            future = True  # «للسماح بإدخال وتوزيع أكبر قدر من المساعدات»: aid to be let in, not yet given
        if not future and _construct_perfect(toks, trig):
            future = _upcoming(toks, trig, cues, self.fw)  # «عقد جلسة تشاور استثنائية لسفراء الحلف بعد غد الثلاثاء»
        if not future and t_pos == "verb" and t_aspect == "perfect" and not t_prefix \
                and not toks[i].norm.endswith(("ت", "وا")) and i > 0 and toks[i - 1].kind == "ar" and \
                not _function_word(toks[i - 1].norm, self.fw) and strip_wa(toks[i - 1].norm) not in self.fw.past_anchor \
                and not _pronoun(toks[i - 1].norm, self.fw):
            # (after a noun in construct, not after أن, حيث or بعد: «ومن المتوقع أن يرتفع عدد الضحايا حيث قتل 20 شخصا»;
            # nor after a pronoun, its subject: «ينبغي أن يبدأ ونحن طالبنا بذلك»)
            # a form spelled as a perfect is the verbal noun in the planned verb's clause: «ومن المتوقع أن تبدأ عملية
            # رفع العقوبات على طهران بعد ستة شهور»
            future = self._planned_object(toks, trig, cues, start, earlier) or \
                (toks[i].norm.endswith("ا") or self._future_verb(i - 1, toks, cues)) and \
                self._future_object(toks, trig, cues, start, earlier)
            # (in the accusative, or right after the future verb, it is that verb's object or aim: «سوف يحمل مفاجآت
            # كبيرة دعما للمقاومة»، «سيضمن دعم تركيا»; not a genitive further on, «تحت لائحة عقوبات دعم الإرهاب»)
        elif not future and t_pos == "verb" and t_aspect == "perfect" and not t_prefix \
                and not toks[i].norm.endswith(("ت", "وا")) and i > 1 and \
                not _pronoun(toks[i - 1].norm, self.fw) and (toks[i - 1].norm in self.fw.preposition and
                                                                  strip_wa(toks[i - 1].norm) not in self.fw.past_anchor
                                                                  or toks[i].norm.endswith("ا")):
            # a perfect form right after a preposition is its verbal noun, the future verb's object: «ستتمكن في وقت
            # قصير من طرد كافة العصابات»، «ستعزز من تعاون البرنامج»; so one in the accusative past an adverb, the
            # planned verb's object: «ومن المقرر أن توفر الولايات المتحدة أيضا دعما دفاعيا»
            future = self._future_object(toks, trig, cues, start, earlier) or \
                toks[i].norm.endswith("ا") and self._planned_object(toks, trig, cues, start, earlier)
        if not future and not negated and i > 2 and (t_pos == "noun" or t_aspect == "perfect" and
                                                     not toks[i].norm.endswith(("ت", "وا"))):
            future = _thought_of(toks, trig, cues, self.fw)  # «وتفكر بعض البلدان …، في فرض حظر على أوبر»
        if not future and t_pos == "verb" and t_aspect == "imperfect" and not t_prefix:
            future = _will_be(toks, i, start, cues, self.fw)  # «حيث سيكون أول رئيس أميركي على الإطلاق يزور هذا البلد»
        if not future and t_prefix == "و":
            future = _purpose_conjunct(toks, trig, cues, start, self.fw, earlier)  # «ويهدف إلى تقسيم العراقيين وقطع علاقات العراق»
        if not future and t_pos == "verb" and t_aspect == "imperfect":
            future = _upcoming(toks, trig, cues, self.fw) or self._upcoming_later(toks, trig, cues) or \
                self._set_for_today(toks, trig, cues, start)
            # يزور الرئيس غدا القاهرة، يعقد الاجتماع الأسبوع المقبل، وتستضيف عشق أباد الجمعية في 15 أيلول المقبل
        if not negated and t_pos == "noun" and i > 1:
            negated, future = _partaken(toks, trig, cues, self.fw, future)  # «لن تشارك في المفاوضات»: not to be
        if not future and not negated and t_pos == "noun" and i > 1:
            future = self._partaken_later(toks, trig, cues)  # «سيشاركون في المعركة»: the battle is still to come
        if not negated and t_pos == "noun" and trig.label != "ASSAULT":
            # (not a death or an attack: «لم يعلن الجيش عن مقتل الجنود» leaves open whether they died)
            negated = _unannounced(toks, trig, cues, start, self.fw)
        if not hypothetical and not negated and self._future_subject(toks, trig, cues, start):
            if trig.label in _SCHEDULED or _onset_subject(toks, trig, self.fw):
                future = True  # «وزيارة أوباما … ستكون الرابعة»، «مباحثات اليوم سوف تتطرق»: set, still to come
            else:
                hypothetical = True  # «أن رفع العقوبات سيؤدي إلى»: a supposed act and what it would bring
        if future and not hypothetical and not negated and t_pos == "noun" and i > 3 and \
                self._supposed_cause(toks, trig, cues, start, earlier):
            hypothetical, future = True, False  # «يؤكدون ان رفع القيود عن الاصول الايرانية سيتيح لإيران تقديم دعم
            # اكبر»: what a supposed act would bring is only supposed, no act to come
        if not (future or hypothetical or negated) and t_pos == "noun" and \
                _relative_onset(toks, trig, cues, self.fw):
            future = True  # «محادثات السلام بين كابل وطالبان، والتي من المفترض أن تستأنف يوم غد»: still to come
        if not (future or hypothetical or negated) and t_pos == "noun" and \
                toks[i].norm.startswith("ال") and self._resumed_to_come(toks, trig, cues, start, earlier):
            future = True  # «أن معركة تحرير مدينة الرمادي ستبدأ …، بينما لفتت إلى أن المعركة لن تشهد مشاركة القوات»
        if not hypothetical and not negated:
            hypothetical = \
                _when_imperfect(toks, trig, start, self.fw) and self._to_come(toks, cues, 0, len(toks)) or \
                _conditioned(toks, trig, cues, self.fw) or t_aspect != "imperfect" and \
                _may_object(toks, trig, cues, start, self.fw) or _feared(toks, trig, self.fw) or \
                _claimed(toks, trig, self.fw) or _accused(toks, trig, start, self.fw) or \
                _averted(toks, trig, self.fw) or _spared(toks, trig, earlier, self.fw) or \
                _licensed(toks, trig, self.fw) or \
                _claimed_that(toks, trig, start, self.fw, cues) \
                or _doubted_object(toks, trig, cues, start, self.fw)
            # («لمنع سقوط قتلى مدنيين»: what is to be prevented has not happened)
        elif negated and not hypothetical and t_pos == "noun" and i > 1 and toks[i - 1].norm == "عدم":
            hypothetical = _feared(toks, trig, self.fw)  # «حذر من مغبة عدم الموافقة»: a failure feared, not told
        for k in range(max(0, i - 12), i):
            c = cues.get(k)
            if c is None:
                continue
            if c.label == "denial" and not (trig.label == "ACCUSE" and t_pos == "noun") and \
                    not _goes_on_clause(cues, trig) and not _past_denial(toks, cues, c, i, self.fw.concessive) and not _joined_verb(toks, trig, c, self.fw) \
                    and not _denied_predicate(toks, trig, c, cues, earlier, self.fw):
                if _denied_charge(toks, trig, c, earlier, self.fw):
                    hypothetical = True  # «نفت الشرطة اتهامات بقتل المتظاهرين»: a charge its target denies, claimed
                else:
                    negated = True  # نفى الاتهامات: what is denied is the charge's content, not that it was made
            elif c.label == "report" and _denied_report(toks, cues, k, self.fw) and \
                    not _past_denial(toks, cues, c, i, self.fw.concessive) and \
                    not (trig.label == "ACCUSE" and t_pos == "noun"):
                negated = True  # «نفى المتحدث … ما نقل عن زعيمهم بشأن رفضه الالتزام بالهدنة»: what was told is denied
            elif c.label == "hypothetical" and (k >= start - 6 or k > 0 and strip_wa(toks[k - 1].norm) in
                                                 self.fw.whether) and "\u064b" not in toks[k].text and \
                    not _no_condition(toks, c, self.fw, cues) and not _given_that(toks, trig, c, cues, self.fw) and \
                    not (trig.label in _STATES and c.tok_end == i) and not self._dated_past(toks, i):
                hypothetical = True  # (إذاً with tanween is «so», no condition)
            elif c.label == "condition" and (k >= i - 2 or k >= i - 5 and c.tok_end < i and toks[c.tok_end].norm == "ان"
                                              and not _broken(toks, c.tok_end, i)):
                hypothetical = True  # مرهونة بموافقة البرلمان، شريطة أن تنسحب القوات: the condition laid down (and
                # the verbal noun of the verb after its أن: «بشرط أن تجري بالتنسيق معها»)
            elif c.label == "speculate" and k >= start and not negated:
                hypothetical = True  # لا يستبعد أن تتم مناقشة المشروع: not ruled out, only possible (in its clause)
            elif c.label == "ruled_out" and k >= start and not negated and (_ruled_out(toks, c, i, cues) or
                                                                             _ruled_out_object(toks, trig, c, cues,
                                                                                               self.fw)):
                negated = True  # «واستبعد المسؤول أن تشن إسرائيل هجوما»: ruled out, denied
            elif c.label == "believe" and (k >= start or not _broken(toks, c.tok_end, i)) and i - k <= 8 and \
                    (t_pos == "verb" or _belief_subject(toks, trig, c, self.fw)) and not negated and \
                    not _believed_identity(toks, c, i):
                hypothetical = True  # «ويعتقد أن الرجل قتل في المواجهات»: believed, not known (a quote mark between
                # opens no other clause: «ويشتبه بأن الرجلين «قدما مساعدة» لتنظيم داعش»)
            elif c.label == "rumour" and i - c.tok_end <= 2 and not _broken(toks, c.tok_end, i) and not negated \
                    and not _written_report(toks, k) and t_pos == "noun" and not _reported_known(toks, c, i):
                hypothetical = True  # «وسط أنباء عن سقوط 15 قتيلا»: only reported, not confirmed
        if not hypothetical and not (trig.label == "ACCUSE" and t_pos == "noun") and i > 3 and \
                _denied_report_content(toks, trig, cues, self.fw):
            hypothetical = True  # «نافيًا تقريرا أوردته صحيفة … حول ضغط مسؤولين أميركيين لإطلاق سراح بولارد»: what a
            # denied report tells is only claimed
        if not negated and not (trig.label == "ACCUSE" and t_pos == "noun") and \
                _untrue_report(toks, trig, self.fw):
            negated, hypothetical = True, False  # «إن الأخبار التي وردت بشأن تدخل بوتفليقة … للوساطة …، غير صحيحة»
        if not hypothetical and not negated and t_pos == "noun":
            hypothetical = _unconfirmed(toks, trig, cues, self.fw)  # «أن انسحاب الحوثيين من محافظة إب … «لا يمكن تأكيده»»
        if not hypothetical and not negated and t_pos == "noun" and i > 0:
            hypothetical = _preconditioned(toks, trig, start, self.fw) or _planned(toks, trig, cues, self.fw,
                                                                                   self.fw.basis) or \
                not t_prefix and i > 1 and strip_wa(toks[i - 1].norm) in self.fw.basis_term and \
                strip_wa(toks[i - 2].norm) in self.fw.preposition  # «على أساس موافقة الرئيس»: a term laid down
            # «يطرحون شرطا مسبقا … هو الانسحاب»، «تصلح كقاعدة لإطلاق المفاوضات»
        if not hypothetical and not negated and t_pos == "noun" and i > 2:
            hypothetical = _only_by(toks, trig, cues, self.fw)  # «ونرى أنه لن يحدث ذلك إلا بالتنسيق مع الجامعة»
        if not hypothetical and not negated and trig.label not in _SAID_NOW:
            hypothetical = _condition_after(toks, trig, cues, self.fw)  # «بتقديم استقالته إذا لم يتم التوصل الى حلول»
        if not hypothetical and not negated and (
                t_pos == "verb" and t_aspect == "imperfect" or
                t_pos == "noun" and i > 0 and toks[i - 1].norm[:3] in ("فسي", "فست")) \
                and trig.label not in _SAID_NOW and _apodosis(toks, trig, cues, self.fw):
            hypothetical, future = True, False  # «في حالة عقد اجتماع …، فمن النتائج … وسيتفق السنة والشيعة»: what a
            # case supposed would bring is only supposed, no act to come; so the verbal noun of a future verb opening
            # it: «فإذا نجحت هذه الخطوة، كما حذر كيري، فسيتم اتهام إسرائيل»
        if not hypothetical and t_pos == "verb" and i > 0:
            hypothetical = _if_clause(toks, i, cues, self.fw) or \
                _if_suffixed(toks, trig, cues, self.fw)  # فإن اتفقت الفصائل على إجراء الانتخابات: only supposed
        if not hypothetical and not negated and t_pos == "verb" and i > 3:
            hypothetical = _protasis_conjunct(toks, trig, cues, self.fw)  # «فلو أن العساكر … لم تحارب …، وتعاونت معهم»
        if not hypothetical and not negated and t_pos == "verb" and i > 3:
            hypothetical = self._once_supposed(toks, trig, cues)  # «سوف «تخسر كثيرًا» ما إن رفضت الولايات المتحدة
            # الاتفاق»: the case a foretold loss hangs on, only supposed
        if not (hypothetical or negated or future) and t_pos == "verb" and \
                t_aspect == "imperfect" and i > 2:
            hypothetical = _way_put_forward(toks, trig, self.fw)  # «لم يبق أمامنا سوى طريق واحد، وهو أن تجتمع القوى»
        if not hypothetical and t_pos == "verb" and i > 0:
            hypothetical = _whether_or(toks, i, cues)  # «سواء وافقت إسرائيل أم لم توافق»: two cases, neither a fact
        if not hypothetical and not negated and trig.label != "ACCUSE":
            hypothetical = _alleged(toks, trig, cues, earlier, self.fw) or _vile_object(toks, trig, self.fw) or \
                _alleged_that(toks, trig, cues, earlier, self.fw)  # «واتهمت بلدانهم بأنها «تقدم مساعدات»»
            # اتهمت باكستان الهند بانتهاك وقف إطلاق النار; «فيما يعد المالكي المسؤول الأول عن دعم الإرهاب»
        if not hypothetical and not negated:
            hypothetical = _liable(toks, trig, self.fw)  # «معلومات من شأنها أن تعرضها لتنديد الأسرة الدولية»
        if not hypothetical and not negated and not future and i > 0 and (t_pos == "noun" or t_aspect == "perfect" and not t_prefix
                                                                         and not toks[i].norm.endswith(("ت", "وا"))
                                                                         and toks[i - 1].norm.endswith("ه")):
            # (a form spelled as a perfect after a noun in construct is the verbal noun: «لإعادة فرض»)
            hypothetical = _any_instance(toks, trig, cues, self.fw)  # «إن أي محاولة لإعادة فرض العقوبات … سيمثل مخالفة»
        if not hypothetical and not negated and i > 1 and toks[i - 1].norm == "او":
            hypothetical = _choice(toks, trig, earlier, self.fw)  # «للموافقة على الاتفاق أو رفضه»: either, neither a fact
        if not negated and i > 1 and toks[i - 1].norm == "او":
            negated, future = self._alternative(toks, trig, cues, earlier, negated, future)
        if i > 0 and strip_wa(toks[i - 1].norm) in self.fw.past_anchor or (
                i > 1 and toks[i - 1].norm == "ان" and (w := strip_wa(toks[i - 2].norm)) in self.fw.past_anchor or
                i > 1 and toks[i - 1].norm == "ان" and w == "قبل") or \
                self._circumstance(toks, _qualified(toks, trig), cues) or _held(toks, trig, cues):
            # (بعد أن هاجم المسلحون: what a call follows has happened, it is not what is called for; «قبل أن» tells
            # when, no complement: «وهددوا بسلاحهم سائق سيارة لسرقة سيارته قبل أن يهاجموا مركز الشرطة»)
            return negated, future, hypothetical
        if _told_before(trig, cues) or not self._complement_form(toks, trig, cues) or self._made(toks, trig, cues) or \
                _redressed(toks, trig, self.fw):
            # (nor an act in the genitive of a noun of inquiry or redress: «دعت إلى فتح تحقيق في مقتل الصحفي», done)
            return negated, future, hypothetical
        # the verb of asking (or a participle of it, مطالبا، داعيا) stands near, or further when the trigger is a verbal
        # noun after its preposition (دعا وزير حقوق الإنسان مفوض الأمم المتحدة … إلى زيارة عدن)
        # حثت المجلس … على المساعدة في إطلاق سراحه; ناشدت … التدخل لرأب الصدع، ووقف إطلاق النار (a list of them)
        # (a light verbal noun may stand before it too: «حض المليشيات الحوثية … على إعطاء موافقتهم على الهدنة»)
        # (or past a light verbal noun in بـ: «وطالبت لجنة حقوق الإنسان في البرلمان العراقي الرئاسات الثلاث بعقد
        # اجتماع»)
        far = _complement_noun(toks, trig, ("الي", "علي", "في"), self.scale_light) or _listed(toks, trig) or \
            self._light_in(toks, trig, "ب")
        appeals = [c for k in range(max(start, i - 20), i) if (c := cues.get(k)) is not None and c.label == "appeal"]
        # (a participle of calling that is a trigger too, داعيا، مطالبا, reaches as its appeal cue does; and is itself
        # a call made, never what an earlier verb asks for: «وطالب الوزير إيران بالكف عن التدخل داعيا المجتمع الدولي»)
        callers = [] if trig.label == "REQUEST" and _appeal_at(cues, trig) else \
            [t for t in earlier[-8:] if t.label != "REQUEST" or not _appeal_at(cues, t)] + appeals
        for t in callers:  # only near ones matter, and a sentence may hold hundreds
            # an appeal cue reaches only a verbal noun after its preposition (مطالبا فرنسا بالاعتذار), not a noun
            # further in its clause (مطالبته بحقوقه عن طريق شكوى قدمت: the complaint was made)
            reach = (20 if far else 8) if t.get("pos") == "verb" else (20 if far else 3) if t.kind == "cue" else \
                6 if t.label == "REQUEST" and i - t.tok_start > 3 and (toks[i - 1].norm in ("الي", "علي") or
                                                        _asked_through(toks, i, cues, earlier)) and \
                not t_prefix else (12 if _invitee_named(toks, t, i) else 8) if t.label == "REQUEST" and \
                t_prefix == "ل" and t_pos == "noun" else 6 if self._light_in(toks, trig, "ب") else 3
            # (or an act after a light verbal noun in بـ, the complement of a threat or call noun past an adverb:
            # «بعد تهديده أكثر من مرة بتقديم استقالته»)
            # (a call noun past its maker: «دعوة الحكومة اليمنية إلى زيارة عدن», or its verbal noun in لـ past the one
            # invited: «نقل الدعوة من العاهل السعودي إلى الرئيس الروسي لزيارة السعودية»)
            if t.kind == "cue" and not far and _addressed_then(toks, t, trig, cues, self.fw):
                reach = 6  # «داعيا جميع المواطنين والمقيمين التعاون مع الجهات الأمنية»: past the ones called on
            if far and t.get("pos") == "verb" and _nested_in(toks, t, trig):
                reach = 8  # «وطلب … مساعدة صندوق النقد الدولي في خطوة إضافية في المفاوضات»: a في inside an adjunct
            d = i - t.tok_start - _day_aside(toks, t.tok_end, i, self.fw)
            if d > reach:  # (a gloss in brackets counts only when it could bring the event within reach)
                d -= _gloss_aside(toks, t.tok_end, i)
            if d <= reach and \
                    _embeds(t, trig, cues, toks, self.fw) and \
                    not _setting(toks, t, trig, self.fw) \
                    and not _answered_when(toks, t, trig, self.fw) and not _agent_manner(toks, t, trig, cues) \
                    and not any(toks[k].norm in self.fw.sequel or (r := cues.get(k)) is not None and
                                r.label == "rumour" for k in range(t.tok_end, i)) \
                    and not _result_of(toks, t, self.fw):
                # (not past ثم: «رفض ذلك ثم عاد ووافق جزئيا», the agreement is told next, it took place; nor past a
                # report: «رفض المتحدث تأكيد أو نفي اعتقال الصحفي» refuses to confirm, not the arrest)
                refused = self._refused(toks, t, trig, cues)
                # «رفضت دعم المقاتلين الأكراد»: the support refused is not given, as after لن (not yet, and not to be);
                # a refusal told in the present is a stance held, «والتي ترفض واشنطن التنسيق معها»: the act is not
                # done, and no more to come than now
                future = future or not (refused and _standing(t))
                negated = negated or refused
        return negated, future, hypothetical

    def _once_supposed(self, toks: list[Token], trig: Mention, cues: dict[int, Mention]) -> bool:
        """True for a perfect verb right after «ما إن» (as soon as: the negation cue ما and إن) when a future verb or
        سوف stands within eight words before it in its sentence: «سوف «تخسر كثيرًا» ما إن رفضت الولايات المتحدة
        الاتفاق»: the case what is foretold hangs on, only supposed (told of the past, «ما إن أعلنت … حتى», it is
        done)."""
        i = trig.tok_start
        c = cues.get(i - 2)
        if trig.get("aspect") != "perfect" or trig.get("prefix") or toks[i - 1].norm != "ان" or c is None or \
                c.label != "negation" or c.tok_end != i - 1:
            return False
        for k in range(i - 3, max(0, i - 11), -1):
            if toks[k].text in _SENTENCE_ENDS or toks[k].text in _COMMAS:
                return False
            if self._future_verb(k, toks, cues):
                return True
        return False

    def _refused(self, toks: list[Token], t: Mention, trig: Mention, cues: dict[int, Mention]) -> bool:
        """True for an event word that the refusing verb t makes its direct complement, within four words after it
        (five past a light verbal noun: «ورفض وزير الداخلية الليبي توجيه أصابع الاتهام») and with no preposition right
        before it, «فقد رفضت دعم المقاتلين الأكراد»، «رفض الحوثيون المشاركة»: the act
        refused is negated (and, as after لن, not yet: both flags); not a refusal that is itself no fact (after أن or
        a negation: «لم يكن لأحد أن يرفض دعمها»، «قد يرفض»), nor an act past لكن or in another noun's complement («رفض
        التعليق على الهجوم»: it happened)."""
        i, v = trig.tok_start, t.tok_start
        if t.label == "REJECT" and _owned_refusal(t) and i == t.tok_end:
            return True  # «لرفضه دعم خطة الإنقاذ»: his refusal's object, right after it, was not done
        if t.label != "REJECT" or t.get("pos") != "verb" or \
                i - t.tok_end > (5 if _light_between(toks, t.tok_end, i, self.fw) else 4) and \
                not (_day_aside(toks, t.tok_end, i, self.fw) and i - t.tok_end <= 12) or \
                strip_wa(toks[i - 1].norm) in self.fw.preposition:
            return False
        if v > 0 and (strip_wa(toks[v - 1].norm) in self.fw.complementizer or
                      (n := cues.get(v - 1)) is not None and (n.label in ("negation", "doubt") or
                                                              n.label == "hypothetical_weak" and
                                                              t.get("aspect") == "imperfect")):
            return False
        return not any(strip_wa(toks[k].norm).startswith("لكن") or toks[k].norm in self.fw.exceptive
                       for k in range(t.tok_end, i))

    def _dated_past(self, toks: list[Token], i: int) -> bool:
        """True for an event word right after a past anchor (بعد الهجوم) or after من two words past one («بعد أشهر من
        هجوم»): an act already done, which a condition earlier in its sentence does not make supposed («وكانت تونس في
        حالة تأهب بالفعل وذلك بعد أشهر من هجوم شنه مسلحان»)."""
        if i < 1:
            return False
        w = strip_wa(toks[i - 1].norm)
        return w in self.fw.past_anchor or w == "من" and i > 2 and strip_wa(toks[i - 3].norm) in self.fw.past_anchor

    def _alternative(self, toks: list[Token], trig: Mention, cues: dict[int, Mention], earlier: list[Mention],
                     negated: bool, future: bool) -> tuple[bool, bool]:
        """(negated, future) for an event word after «أو» (a comma may stand before it) that is the other alternative
        of the word right before: an earlier event word of its sentence, or a word a negation noun governs (for a
        verb, the latest earlier verb of its clause, within eight words): «ليس أمرا نطلبه أو ننسقه»، «وعد بعدم «إنتاج،
        أو اختبار، أو نشر» صواريخ»، «ولم تهاجم القوات القرية أو تعتقل سكانها»: the negation of the first denies them
        all (neither … nor), and «لن» makes them all still to come."""
        i = trig.tok_start
        k = i - 2
        if k > 0 and toks[k].text in ",،":
            k -= 1
        if k < 0 or toks[k].kind != "ar":
            return negated, future
        for n, t in enumerate(earlier):
            # (or, for a verb, the clause's verb before it and its words: «ولم تهاجم القوات القرية أو تعتقل سكانها»)
            if tail_end_of(t) == k + 1 or n == len(earlier) - 1 and trig.get("pos") == "verb" and \
                    t.get("pos") == "verb" and i - t.tok_end <= 8 and not _broken(toks, t.tok_end, i):
                neg, fut, _ = self._first_flags(toks, t, cues, earlier, n)
                return (True, future or fut) if neg else (negated, future)
        q = k - 1 if k > 0 and toks[k - 1].text in _OPEN_QUOTES else k
        c = next((c for c in cues.values() if c.tok_end == q and c.label == "negation"), None)
        if c is not None and strip_wa(toks[c.tok_start].norm) not in self.fw.weak_negation:
            return True, future or toks[c.tok_start].norm in self.fw.future_negation
        return negated, future

    def _joined_that(self, toks: list[Token], j: int, cues: dict[int, Mention]) -> bool:
        """True for «وأنْ» at token j that joins a second complement to an earlier أن of its sentence (within thirty
        words) which a future, hope or expecting word governs: «وتوقعت المصادر أن تؤدي التطورات الجديدة إلى صدامات،
        وأن يرفض بعضهم القيام بهذا الدور»: the second act is as expected as the first."""
        for k in range(j - 2, max(0, j - 31), -1):
            if toks[k].text in ".!?؟؛;":
                return False
            if toks[k].norm == "ان":
                return any((c := cues.get(q)) is not None and c.label in _INTENDED for q in range(max(0, k - 4), k))
        return False

    def _past_day(self, toks: list[Token], start: int) -> int:
        """The start of the clause before a weekday set off by commas right before `start`, «ومن المقرر أن يعقد كيري،
        الاثنين، أيضا اجتماعا ثلاثيا» (or «يوم الاثنين»): the day is an adjunct of the verb, whose clause goes on past
        it; else `start`."""
        j = start - 2
        if j < 2 or toks[start - 1].text not in ",،" or strip_wa(toks[j].norm) not in self.weekdays:
            return start
        if toks[j - 1].norm == "يوم":
            j -= 1
        return _clause_start(toks, j - 1) if toks[j - 1].text in ",،" else start

    def _set_for_today(self, toks: list[Token], trig: Mention, cues: dict[int, Mention], start: int,
                       earlier: list[Mention] | None = None) -> bool:
        """True for a meeting or visit verb in the present, opening its clause (after its و, كما or فيما), with a
        weekday or this week or month (a week or month noun and its current word) within nine words after it and no
        punctuation between: «يجتمع سفراء دول حلف شمال الاطلسي الثمانية والعشرون الثلاثاء»، «ويزور الرئيس القاهرة
        الأسبوع الجاري»: an act set for the days to come; not today's (اليوم: «ويستقبل الملك سلمان الرئيس الفرنسي في
        جدة اليوم» is dated, not to come), nor in a relative or أن clause (الذي يزور الدوحة حاليا), nor a past weekday («الثلاثاء الماضي»), nor the speaker's
        own act in the first person («إننا نناقش هذا الأسبوع»: said as it is done). So for an indefinite meeting noun
        that such a verb in يـ/تـ governs, its subject between («وتعقد اللجنة التنسيقية لقائمة «في حب مصر» الانتخابية
        اجتماعًا هذا الأسبوع»), the time word within four words after the noun (quotes do not break the clause); not
        an event noun of the `earlier` triggers taken for that verb: «بعد توقيع الاتفاق منتصف هذا الشهر كان لتوماس
        فريدمان لقاء آخر مع الرئيس» dates the signing, and the meeting was had."""
        i = trig.tok_start
        if trig.label != "CONSULT":
            return False
        if trig.get("pos") == "noun":
            if trig.get("prefix") or toks[i].norm.startswith("ال") or i - start > 12:
                return False
            i = next((v for v in (start, start + 1) if v < i - 1 and toks[v].kind == "ar" and
                      len(w := strip_wa(toks[v].norm)) > 3 and w[:1] in ("ي", "ت") and v not in cues and
                      toks[v + 1].norm.startswith("ال") and
                      not any(t.tok_start == v and t.get("pos") == "noun" for t in earlier or ())), -1)
            # (its definite subject next: not «تونس احتضنت»)
            if i < 0:
                return False
        if i - start > 1 or i > start and toks[start].kind != "ar" or \
                strip_wa(toks[i].norm)[:1] not in ("ي", "ت") or \
                i > start and (c := cues.get(start)) is not None and c.label == "relative":
            return False
        if i == start + 1 and strip_wa(toks[start].norm) in self.weekdays:
            return True  # (a weekday opening the clause before the verb: «الثلاثاء تعقد الجمعية الوطنية للمتقاعدين
            # اجتماعاً غير عادي»)
        for k in range(i + 1, min(len(toks), max(i + 10, trig.tok_end + 5))):
            w = strip_wa(toks[k].norm)
            if toks[k].text in _CLAUSE_BREAKS:
                return False
            if w in self.today:
                return False  # (صباح اليوم الأربعاء: today's)
            if w in self.weekdays:
                return not (k + 1 < len(toks) and toks[k + 1].norm in self.past_words)  # (not الثلاثاء الماضي)
            if self._this_period(toks, k):
                return True
        return False

    def _this_period(self, toks: list[Token], k: int) -> bool:
        """True if token k and the next name this week or month: a week or month noun (function_words.tsv period)
        and its current word (time_words.tsv current) in either order, «هذا الأسبوع»، «الأسبوع الجاري»."""
        w = strip_wa(toks[k].norm)
        return k + 1 < len(toks) and (w in self.fw.period and toks[k + 1].norm in self.current or
                                      w in self.current and toks[k + 1].norm in self.fw.period)

    def _circumstance(self, toks: list[Token], i: int, cues: dict[int, Mention]) -> bool:
        """True for an event word at token i that no verb of asking, agreeing or threatening can govern: one after a
        preposition of time (function_words.tsv during: «اتفقت مصر والولايات المتحدة خلال الحوار الاستراتيجي», the
        dialogue was held), after من two words past a past anchor («وافقت عليها القوى الكبرى وطهران بعد سنوات من
        المفاوضات»), or a noun counted by a number or a quantity word that no preposition, verbal noun or light noun
        governs («وطالب نحو 500 متظاهر»: the protesters demand, no protest is asked for; but «دعا إلى عقد ثلاثة
        اجتماعات»، «طالب بتنفيذ 5 غارات» ask for them)."""
        w = strip_wa(toks[i - 1].norm) if i > 0 else ""
        if w in self.fw.during or w == "من" and i > 2 and strip_wa(toks[i - 3].norm) in self.fw.past_anchor:
            return True
        if not (i > 0 and (toks[i - 1].kind == "num" or _number(w, self.fw))):
            return False
        p = strip_wa(toks[i - 2].norm) if i > 1 else ""
        return not (p in self.fw.preposition and p not in self.fw.filler or p[:1] in ("ب", "ل") and len(p) > 3 or
                    (c := cues.get(i - 2)) is not None and c.label in ("light_noun", "errand"))

    def _journey(self, toks: list[Token], trig: Mention, cues: dict[int, Mention], start: int,
                 earlier: list[Mention]) -> bool:
        """True for an event noun in في or لـ (the errand of a journey) after a tomorrow word (غدا، يوم غد) or a time
        noun with its upcoming word (الأسبوع المقبل) that dates its clause's verb, within sixty words: «وسيتوجه كيري غدا
        الأحد إلى قطر في زيارة»، «يغادر – بمشيئة الله – يوم غد الخميس … إلى مصر في زيارة عمل»: the visit is still to
        come; not past another trigger, a relative pronoun or a past anchor (بعد، عقب)."""
        i = trig.tok_start
        if not (i > 0 and toks[i - 1].norm == "في" or trig.get("prefix") == "ل"):
            return False
        last = earlier[-1].tok_end if earlier else 0
        for k in range(i - 2, max(last, i - 61) - 1, -1):  # (past the clause start's reach: a long title)
            if (c := cues.get(k)) is None:
                if toks[k].text in _CLAUSE_BREAKS or strip_wa(toks[k].norm) in self.fw.past_anchor:
                    return False
                continue
            if c.label == "relative":
                return False
            if c.label == "upcoming" and c.tok_end <= i - 1 and (toks[k].norm in self.fw.tomorrow or
                                                              k > 0 and strip_wa(toks[k - 1].norm) in
                                                              self.fw.time_head):
                return True
        return False

    def _made(self, toks: list[Token], trig: Mention, cues: dict[int, Mention]) -> bool:
        """True for an event noun in و whose own verb follows it, a perfect with the pronoun that resumes the noun and
        a definite subject after it: «للمطالبة بإصلاحات حكومية ودعوة وجهها المرجع الشيعي الأعلى»: a call made, no
        second complement of the appeal before it."""
        if trig.get("pos") != "noun" or trig.get("prefix")[:1] != "و":
            return False
        k = tail_end_of(trig)
        if k + 1 >= len(toks) or k in cues:
            return False
        w = toks[k].norm
        return toks[k].kind == "ar" and w.endswith("ها") and len(w) in (5, 6) and w[:1] not in "يتن" and \
            not w.startswith("ال") and toks[k + 1].norm.startswith("ال")

    def _upcoming_later(self, toks: list[Token], trig: Mention, cues: dict[int, Mention], reach: int = 18) -> bool:
        """True for an imperfect verb whose clause goes on, within eighteen words, to a month name or a time noun
        with its upcoming word, «وتستضيف عشق أباد الجمعية العمومية … في 15 و16 أيلول (سبتمبر) المقبل»: the act
        is still to come (not past a comma or a relative pronoun); for an event noun (`reach` 12) only a month
        dated in في, «قمة التنمية المستدامة في مقر الأمم المتحدة بنيويورك في 26 سبتمبر المقبل», nor past a verb in و;
        an event noun its light verbal noun holds (عقد اجتماع) reaches twenty-four words, past a comma that a place or
        a day in في or يوم follows, to a day of a month, «عن عقد اجتماع طارئ للجنة … برئاسة مصر، في القاهرة يوم
        الخامس من أغسطس المقبل»."""
        end = max(trig.tok_end, int(trig.get("tail_end") or 0))
        noun = reach < 18
        if noun and (own := _own_verb(toks, trig, end)):
            end, reach, noun = own, 18, False  # (the noun's own verb dates it as a verb's clause would)
        held = noun and trig.tok_start > 0 and not trig.get("prefix") and \
            strip_wa(toks[trig.tok_start - 1].norm) in self.fw.light_masdar
        if held:
            reach = 24
        for k in range(end, min(len(toks), end + reach)):
            x = toks[k]
            if held and x.text in _COMMAS and k + 1 < len(toks) and toks[k + 1].norm in ("في", "يوم"):
                continue
            if x.kind == "punct" and x.text not in "()":
                return False
            if (c := cues.get(k)) is None:
                continue
            if c.label == "relative":
                return False
            if c.label == "upcoming" and k > 0:
                j = _before_gloss(toks, k - 1)  # أيلول (سبتمبر) المقبل، نوفمبر (تشرين الثاني) المقبل
                if noun and not (j >= 2 and (toks[j - 1].norm == "في" or toks[j - 1].kind == "num" and
                                              toks[j - 2].norm == "في") or _dated_in(toks, j) or
                                 held and j >= 3 and toks[j - 1].norm == "من" and "يوم" in (toks[j - 3].norm,
                                                                                           toks[j - 2].norm)):
                    return False  # (a noun's own date: في سبتمبر المقبل، في 26 سبتمبر المقبل)
                return j >= 0 and strip_wa(toks[j].norm) in self.months
        return False

    def _resumed_to_come(self, toks: list[Token], trig: Mention, cues: dict[int, Mention], start: int,
                         earlier: list[Mention]) -> bool:
        """True for a definite event noun opening its clause, or right after أن, that a future verb or لن follows
        right after, when an earlier trigger of its sentence with its label is still to come: it names that act again
        («أن معركة تحرير مدينة الرمادي ستبدأ …، بينما لفتت إلى أن المعركة لن تشهد مشاركة القوات»)."""
        i = trig.tok_start
        k = tail_end_of(trig)
        if not (i == start or i > 0 and strip_wa(toks[i - 1].norm) in ("ان", "بان", "لان")) or k >= len(toks):
            return False
        if not (toks[k].norm in self.fw.future_negation or self._future_verb(k, toks, cues)):
            return False
        return any(t.label == trig.label and self._first_flags(toks, t, cues, earlier, n)[1]
                   for n, t in enumerate(earlier))  # (each earlier act's flags asked once a sentence: a long run of
        # acts of one type asked them again and again, exponentially)

    def _partaken_later(self, toks: list[Token], trig: Mention, cues: dict[int, Mention]) -> bool:
        """True for an event noun right after a future verb of taking part or attending (function_words.tsv partake
        with the future سـ, or after سوف), or after it and في: «أكثر من ستة آلاف مقاتل سيشاركون في المعركة»."""
        i = trig.tok_start
        v = i - 2 if toks[i - 1].norm == "في" else i - 1
        if v < 0 or trig.get("prefix"):
            return False
        w = strip_wa(toks[v].norm)
        if w[1:] in self.fw.partake:
            return self._future_verb(v, toks, cues)
        return w in self.fw.partake and v > 0 and strip_wa(toks[v - 1].norm) == "سوف"

    def _future_verb(self, k: int, toks: list[Token], cues: dict[int, Mention], min_len: int = 5) -> bool:
        """True if token k is a verb with the future prefix سـ (سيعقد، وستنطلق; not سياسة، سيارة: time_words.tsv
        not_future; or a future verb of cues.tsv) or the particle سوف; of `min_len` letters at least past its و/ف
        (five: a verb of four, ستصل، سيتم, could be a noun; where one is read, `min_len` four, not in سنـ: سنة)."""
        w = toks[k].norm
        if toks[k].kind != "ar":
            return False
        if (c := cues.get(k)) is not None and c.label == "future" and strip_wa(w)[:1] == "س":
            return True  # a listed one the noun beginnings would miss (سيلجأ: not سيل)
        if w[:1] in "وف" and len(w) > min_len or w in ("وسوف", "فسوف"):
            w = w[1:]
        return w == "سوف" or (len(w) >= min_len and w[0] == "س" and w[1] in ("يتن" if len(w) > 4 else "يت") and
                              (not w.startswith(self.not_future) or _dual_plural_future(w))
                              and not w.endswith(("ه", "ات")))

    def _to_come(self, toks: list[Token], cues: dict[int, Mention], a: int, b: int,
                 labels: tuple[str, ...] = _SUPPOSING) -> bool:
        """True if tokens a..b-1 tell of what is still to come or supposed: a future verb or سوف, لن, or a cue of
        one of `labels` (future, aim, upcoming or conditional: «سيتم الإعلان عندما توافق القيادة»); without one,
        «عندما يزورون مطعما» tells what is habitual, no condition."""
        for k in range(a, b):
            c = cues.get(k)
            if c is not None and c.label in labels or \
                    strip_wa(toks[k].norm) in self.fw.future_negation or self._future_verb(k, toks, cues):
                return True
        return False

    def _future_relative(self, toks: list[Token], trig: Mention, cues: dict[int, Mention]) -> bool:
        """True for an event noun whose relative clause opens with a future verb, «الاجتماع الذي سيعقد اليوم»،
        «قمة المناخ التي ستعقد في باريس», or with a future cue word (cues.tsv future), «الاجتماع الذي من المقرر أن
        يعقد», also right after an indefinite noun, «زيارة يعتزم العاهل القيام بها»: the event is still to come (the
        relative pronoun within four words of the noun, no punctuation between)."""
        end = tail_end_of(trig)
        for k in range(end, min(len(toks) - 1, end + 5)):
            if toks[k].kind == "punct":
                return False
            c = cues.get(k)
            if c is not None and c.label == "relative":
                if c.tok_end >= len(toks) or k > end and strip_wa(toks[k - 1].norm) in self.fw.clause_antecedent:
                    return False  # (nor «الأمر الذي سيكون له أكبر الأثر», which takes up the whole clause before)
                planned = cues.get(c.tok_end)  # الاجتماع الذي من المقرر أن يعقد، الزيارة التي يعتزم القيام بها
                # (a future cue only for the noun's own relative: not past a noun in بـ/لـ, «تجمعوا للتنديد بالاتفاق
                # الذي يهدد», whose relative clause it is)
                own = k == end or k == end + 1 and strip_wa(toks[end].norm)[:1] not in ("ب", "ل") and end not in cues
                return self._future_verb(c.tok_end, toks, cues) or own and planned is not None \
                    and planned.label == "future"
            if k == end and c is not None and c.label == "future" and not trig.get("prefix") \
                    and not toks[trig.tok_start].norm.startswith("ال") and toks[k].norm[:1] in ("ي", "ت", "م"):
                # زيارة يعتزم العاهل القيام بها، محادثات من المقرر أن تبدأ: an indefinite noun planned (a verb or
                # «من المقرر», not a noun of plans in construct: «مناقشة خطط العمليات»)
                return True
        return False

    def _future_tail(self, toks: list[Token], trig: Mention, cues: dict[int, Mention]) -> bool:
        """True for an indefinite event noun with no clitic in construct after a word of a series or round
        (function_words.tsv series, round: سلسلة، جولة) whose indefinite complement in لـ or إلى, of three words at
        most and no cue, a future verb follows: «سلسلة زيارات لعواصم أوروبية ستحاول البناء على اجتماعات»: the series
        is that verb's subject, still to come (not «قروضا لمشروعات ستمول», whose verb tells of the projects)."""
        end, i = tail_end_of(trig), trig.tok_start
        if trig.get("prefix") or _definite(toks[i].norm) or end >= len(toks) - 1 or i < 1 or \
                strip_wa(toks[i - 1].norm) not in self.fw.series | self.fw.round or toks[end].kind != "ar" or end in cues:
            return False
        w = toks[end].norm
        if not (w[:1] == "ل" and len(w) > 3 and not _definite(w[1:]) or w == "الي"):
            return False
        for k in range(end + 1, min(len(toks), end + 4)):
            if toks[k].kind != "ar":
                return False
            if self._future_verb(k, toks, cues):
                return True
            if k in cues or _definite(toks[k].norm):
                return False
        return False

    def _future_object(self, toks: list[Token], trig: Mention, cues: dict[int, Mention], start: int,
                       earlier: list[Mention]) -> bool:
        """True for an event noun after a future verb in its clause, within six words (its subject, a preposition,
        هناك, a light verbal noun): «سيلجأ عندها إلى الفيتو»، «سيبحث قرارا»، «سيكون هناك لقاءات»، «سيتم إرسال المزيد من
        المساعدات»; not past another event word, which the noun may complete, a relative pronoun, a past anchor or
        another verb in يـ (what a statement says: «سيصدر بيان يؤكد قوة الشراكة»)."""
        i = trig.tok_start
        last = earlier[-1].tok_start if earlier else -1
        far = not _definite(toks[i].norm) and not trig.get("prefix")  # (an indefinite object: a light verb's, further)
        for k in range(i - 1, max(start, i - (12 if far else 6), last) - 1, -1):
            if k > start and toks[k - 1].norm in self.fw.future_particle and i - k <= 6:
                return True  # (the verb after سوف: «سوف يسهم في إرسال تعزيزات عسكرية»)
            if i - k > 6:  # (past six words only a future light verb reaches its object: «سيجري رئيس النمسا هاينز
                # فيشر في سبتمبر (أيلول) أول زيارة»)
                if toks[k].kind == "punct" and toks[k].text not in _BRACKETS or \
                        (c := cues.get(k)) is not None and c.label == "relative":
                    return False
                if strip_wa(toks[k].norm) in self.fw.future_light:
                    return True
                continue
            if toks[k].kind == "punct" and toks[k].text not in _BRACKETS or \
                    (c := cues.get(k)) is not None and c.label == "relative" or \
                    strip_wa(toks[k].norm)[:1] == "ي" or strip_wa(toks[k].norm) in self.fw.past_anchor and not (
                    c is not None and c.label == "upcoming"):
                return False  # (nor past بعد، منذ: «وسيزداد سوءا الآن بعد توجيه جميع المساعدات» was done; but
                # «سيزور موسكو بعد غد لمناقشة»)
            if self._future_verb(k, toks, cues):
                return not (k == i - 1 and strip_wa(toks[k].norm) in self.fw.lead_to)  # (its subject: «وسيؤدي
                # مقتله إلى الحد من العمليات», the killing is told, what it brings is to come)
        return False

    def _joined_to_future(self, toks: list[Token], trig: Mention, cues: dict[int, Mention], start: int,
                          earlier: list[Mention]) -> bool:
        """True for an indefinite event noun in و within twelve words after a future verb of its clause, past that
        verb's adjuncts, with no punctuation, relative pronoun, أن, negation or other event word between: «هنالك
        طائرات ستصل وفق برنامج زمني محدد بإشراف من المركز وتنسيق مع الحكومة»: joined to what is to come, so to come
        (a verb of four letters too, ستصل)."""
        i = trig.tok_start
        if trig.get("prefix") != "و" or _definite(toks[i].norm):
            return False
        k = self._future_before(toks, i - 1, max(start, i - 13), cues, _JOINED_STOPS, earlier, min_len=4)
        return k >= 0 and toks[k].norm != "سوف" and not any(t.tok_start == k for t in earlier)

    def _undertaken_soon(self, toks: list[Token], trig: Mention, cues: dict[int, Mention]) -> bool:
        """True for an indefinite event noun whose relative clause, right after it or past one word, opens with a light
        verb in the present (function_words.tsv undertaking: يقوم بها، يجريها), when an eve word stands right before the
        noun (eve: عشية، قبيل، قبل), «عشية زيارة يقوم بها وزير الخارجية الفرنسي إلى طهران», or this week or
        tomorrow follows within twelve words in its clause, «زيارة يقوم بها الرئيس إلى القاهرة هذا الأسبوع»: the act
        is still to come (not «الزيارة التي يقوم بها», under way, nor one with no such word of time, nor a weekday,
        which may date the arrival that began it: «عقب وصوله الى كينيا في أول زيارة يقوم بها … يوم الجمعة»)."""
        i, j = trig.tok_start, trig.tok_end
        if _definite(toks[i].norm) or trig.get("prefix") == "ل":
            return False
        k = next((k for k in range(j, min(len(toks), j + 2)) if strip_wa(toks[k].norm) in self.fw.undertaking and
                  (toks[k].norm.endswith(("ها", "ه")) or k + 1 < len(toks) and toks[k + 1].norm in ("بها", "به"))),
                 -1)
        if k < 0 or j < k and toks[j].kind != "ar":
            return False
        if i > 0 and strip_wa(toks[i - 1].norm) in self.fw.eve:
            return True
        for m in range(k + 1, min(len(toks), k + 13)):
            w = strip_wa(toks[m].norm)
            if toks[m].text in _CLAUSE_BREAKS:
                return False
            if self._this_period(toks, m) or w == "غدا":
                return True
        return False

    def _joined_to_light_future(self, toks: list[Token], trig: Mention, cues: dict[int, Mention], start: int,
                                earlier: list[Mention]) -> bool:
        """True for a verbal noun spelled as a perfect verb in و with a definite noun in construct after it, «وفرض
        العقوبات», within twelve words after a light verb with the future س (سيتم، سيقوم: function_words.tsv
        passive_present past its س, future_light) of its clause, with no punctuation, relative pronoun, أن, negation or
        other event word between: «سيتم اتخاذ القرارات المناسبة وفرض العقوبات على المتسببين»: the light verb's
        verbal nouns are to be done, and this one is joined to them (not a perfect with its subject after it, «وفرض
        الجيش حظر التجول», which a light verb's clause does not hold)."""
        i = trig.tok_start
        if trig.get("prefix") != "و" or toks[i].norm.endswith(("ت", "وا")) or i + 1 >= len(toks) or \
                not toks[i + 1].norm.startswith("ال"):
            return False
        k = self._future_before(toks, i, max(start, i - 13), cues, _JOINED_STOPS, earlier, min_len=4)
        if k < 0 or any(t.tok_start == k for t in earlier):
            return False
        w = strip_wa(toks[k].norm)
        return w[1:] in self.fw.passive_present or w in self.fw.future_light

    def _future_subject(self, toks: list[Token], trig: Mention, cues: dict[int, Mention], start: int) -> bool:
        """True for a verbal noun opening its clause, or right after أن/إن, whose clause goes on with a future verb
        of which it is the subject: «محذرا من أن رفض الحلول الدبلوماسية سيؤدي إلى الحرب»، «اعتبرت أن رفع العقوبات
        عن إيران سوف يزيد من قدراتها»: a supposed act and what it would bring, not a fact (within eight words, with
        no punctuation or relative pronoun between; twelve for a subject in quotes opened right after أن: «وأضاف أن
        "هدم هذه القرية الفلسطينية أو أجزاء منها وطرد الفلسطينيين من بيوتهم سيكون أمرا ضارا"»)."""
        i = trig.tok_start
        q = i - 1 if i > 2 and toks[i - 1].text in _OPEN_QUOTES else i  # (a quote opened after أن: «وأضاف أن "هدم»)
        after_that = q > 1 and strip_wa(toks[q - 1].norm) in ("ان", "بان", "لان") and \
            strip_wa(toks[q - 2].norm) not in self.fw.past_anchor
        if trig.get("pos") == "verb" and not (after_that and trig.get("aspect") == "perfect" and not trig.get("prefix")):
            return False  # (a perfect form right after أنّ is its verbal noun: أن رفع العقوبات; not بعد أن رفع)
        if i != start and not after_that or toks[i].norm.startswith("ال"):
            return False  # (a definite event noun, «أن التهديد العراقي سيؤدي», names an act already told)
        for k in range(tail_end_of(trig), min(len(toks), i + 9 + 4 * (q < i))):  # (a quoted subject may be longer)
            if toks[k].kind == "punct" or k > i + 8 and ((w := strip_wa(toks[k].norm)) != toks[k].norm or
                                                          w in self.fw.past_anchor):
                return False  # (past the eighth word, not into a later clause in و or after بعد: «أن "اعتقال
                # الصحفيين أمس في القاهرة جاء بعد تحقيق طويل وسيكون له أثر"»)
            c = cues.get(k)
            if c is not None and c.label in ("relative", "negation"):
                return False
            if self._future_verb(k, toks, cues) or k > i and strip_wa(toks[k].norm) in self.fw.entail:
                return True  # (or a verb of meaning: «إن رفع العقوبات الدولية عن إيران يعني ضخ مبلغ»)
        return False

    def _supposed_cause(self, toks: list[Token], trig: Mention, cues: dict[int, Mention], start: int,
                        earlier: list[Mention]) -> bool:
        """True for an event noun within six words after a future verb of its clause (no punctuation between) whose
        subject, right after أن/إن, is a supposed act: an event noun `_future_subject` reads so (not a meeting or a
        start set), or a bare verbal noun of a measure taken (function_words.tsv supposed_act: رفع، فرض، تخفيف):
        «يؤكدون ان رفع القيود عن الاصول الايرانية سيتيح لإيران تقديم دعم اكبر»: what the supposed act would bring
        is as supposed as it, no act to come."""
        i = trig.tok_start
        k = next((k for k in range(i - 1, max(start, i - 7), -1) if toks[k].kind == "punct" or
                  self._future_verb(k, toks, cues)), -1)
        if k < 0 or toks[k].kind == "punct" or any(strip_wa(toks[m].norm) in self.fw.past_anchor for m in range(k, i)):
            return False  # (not past بعد: «إن تنفيذ القرار سيكون بعد موافقة البرلمان», what it waits on is to come)
        for j in range(k - 2, max(start, k - 10) - 1, -1):
            if toks[j].kind != "ar" and toks[j].text not in _QUOTES or \
                    (c := cues.get(j)) is not None and c.label in ("relative", "negation"):
                return False  # (a quoted name may stand in the subject: «أن صدور "إعلان القاهرة" سيعزز التعاون»)
            if strip_wa(toks[j].norm) not in ("ان", "بان", "لان"):
                continue
            if strip_wa(toks[j - 1].norm) in self.fw.past_anchor:
                return False
            t = next((t for t in earlier if t.tok_start == j + 1), None)
            if t is not None:
                return t.label not in _SCHEDULED and not _onset_subject(toks, t, self.fw) and \
                    self._future_subject(toks, t, cues, start)
            return toks[j + 1].norm in self.fw.supposed_act and \
                not any(self._future_verb(m, toks, cues) for m in range(j + 2, k))
        return False

    def _manner_of_future(self, toks: list[Token], trig: Mention, cues: dict[int, Mention]) -> bool:
        """True for an event noun in بـ of manner (بالتنسيق، بإشراف) right past the subject of a clause of أن, two words
        at most, whose verb, within fourteen words after it, is a future one: «مشيرا إلى أن المركز وبالتنسيق مع
        السفارة اليمنية … سوف يقوم بنقل الراغبين»: the act is done in the manner told, still to come (not past
        punctuation, a relative pronoun, a negation or another أن)."""
        i = trig.tok_start
        if not any(strip_wa(toks[k].norm) in self.fw.complementizer for k in range(max(0, i - 3), i - 1)) or \
                any(toks[k].kind != "ar" for k in range(max(0, i - 3), i)):
            return False
        return self._future_in(toks, cues, range(tail_end_of(trig), min(len(toks), i + 15)))

    def _manner_after_future(self, toks: list[Token], trig: Mention, cues: dict[int, Mention]) -> bool:
        """True for an event noun in بـ of manner (بالتعاون، بتنسيق) right after a comma that closes a clause whose
        verb, within sixteen words before it, is a future one: «ستبدأ إعادة الإعمار بإعادة تأهيل مطار عدن والبنية
        التحتية في المدينة، بالتعاون مع دولتي الإمارات والسعودية»: the act is done in the manner told, still to
        come (not past other punctuation but a quote mark, a relative pronoun, a negation or an أن)."""
        i = trig.tok_start
        if i < 3 or toks[i - 1].text not in _COMMAS:
            return False
        return self._future_in(toks, cues, range(i - 2, max(0, i - 18), -1), _QUOTES)

    def _future_in(self, toks: list[Token], cues: dict[int, Mention], ks: range,
                   passed: frozenset[str] = frozenset()) -> bool:
        """True when a future verb stands at one of the tokens `ks`, read in their order, before any punctuation (but
        the marks in `passed`), relative pronoun, negation or أن (the scan of _manner_of_future and
        _manner_after_future)."""
        for k in ks:
            c = cues.get(k)
            if toks[k].kind == "punct" and toks[k].text not in passed or \
                    c is not None and c.label in ("relative", "negation") or \
                    strip_wa(toks[k].norm) in self.fw.complementizer:
                return False
            if self._future_verb(k, toks, cues):
                return True
        return False

    def _planned_object(self, toks: list[Token], trig: Mention, cues: dict[int, Mention], start: int,
                        earlier: list[Mention]) -> bool:
        """True for an event noun in the clause of an imperfect verb that a future or aim word governs through أن
        (ومن المقرر أن تبدأ اليونان محادثات، يعتزم الوزير أن يجري محادثات): the verb's object or subject is still to
        come; not past another trigger or أن in between, and only an indefinite noun (or the definite object of a
        verb of beginning)."""
        i = trig.tok_start
        word = toks[i].norm
        if trig.get("prefix"):
            return False
        if word.startswith("ال") and self._planned_subject(toks, trig, cues, start):
            return True
        reach = 8 + _gloss_aside(toks, max(start, i - 14), i)  # (a gloss lengthens no clause: «يوليو (تموز)»)
        for j in range(i - 2, max(start, i - reach) - 1, -1):
            if strip_wa(toks[j].norm) not in self.fw.complementizer:
                continue
            # (its subject may stand between: يعتزم الوزير أن يجري محادثات)
            planned = self._expected(toks, j, start) or any(
                (c := cues.get(k)) is not None and c.label in _INTENDED for k in range(max(start, j - 4), j))
            if word.startswith("ال"):
                # a definite one only as the object of a verb of beginning or resuming (function_words.tsv
                # onset_verb), or of a verb taking or using it (carry_verb): «ويتوقع أن تبدأ تركيا المفاوضات مع
                # الاتحاد», the talks are still to come; «إنهم يتوقعون أن تستخدم روسيا حق الفيتو», so is the veto
                return planned and strip_wa(toks[j + 1].norm) in self.fw.onset_verb | self.fw.carry_verb and \
                    not any(j < t.tok_start < i for t in earlier[-3:])
            # (right after the verb, only an object in the accusative or a plural: أن يعقد اجتماعا، أن يجري محادثات,
            # not a singular subject, أن تساعد زيارة أوباما)
            return planned and toks[j + 1].norm[:1] in ("ي", "ت", "ن") and (i > j + 2 or word.endswith(("ا", "ات"))
                                                                             or _provided(toks, j)) \
                and not any(j < t.tok_start < i for t in earlier[-3:])
            # (or any noun after the verb of «على أن», «على أن تعقد قمة»: what is set is all to come)
        return False

    def _expected(self, toks: list[Token], j: int, start: int) -> bool:
        """True for the أن at token j after a verb of expecting that also spells another verb (function_words.tsv
        expect: توقع, «she signs»), four words at most before it in its clause: «وتوقع الشيشكلي أن تشهد الأيام المقبلة
        تعاونا جديدا»: with أن it can only expect, and what follows is still to come; so the أن of «على أن» opening a
        clause (provided that, with … to come): «على أن يلتقي دي ميستورا اليوم الجمعة بالرئيس»، «للاطلاع على مسودة
        الاتفاق، على أن تعقد قمة في العاصمة الإثيوبية»: what is set to follow."""
        return any(strip_wa(toks[k].norm) in self.fw.expect for k in range(max(start, j - 4), j)) or \
            _provided(toks, j) or _expected_far(toks, j, start, self.fw)

    def _planned_subject(self, toks: list[Token], trig: Mention, cues: dict[int, Mention], start: int) -> bool:
        """True for a definite event noun right after the imperfect verb right after the أن of a future word, its
        subject: «ومن المقرر أن تعقد القمة»، «ومن المتوقع أن يتناول اللقاء»، «ومن المرجح أن تجري المشاورات»; not a
        definite noun further on (على غرار المساعدات السابقة: it may be one already told), nor an aim or duty word
        of the past (كان من المقرر أن يقام اللقاء: it was set, and did not take place as set)."""
        i = trig.tok_start
        j = i - 2
        if j < max(start, 1) or strip_wa(toks[j].norm) not in self.fw.complementizer or \
                toks[i - 1].norm[:1] not in ("ي", "ت"):
            return False
        if self._expected(toks, j, start):
            return True  # (وتوقع الوزير أن تستأنف المفاوضات)
        c = cues.get(j - 1) or cues.get(j - 2)
        return c is not None and c.label == "future" and c.tok_end == j and not any(
            (a := cues.get(k)) is not None and a.label == "anterior" for k in range(max(start, c.tok_start - 3),
                                                                                     c.tok_start))

    def _complement_form(self, toks: list[Token], trig: Mention, cues: dict[int, Mention]) -> bool:
        """True if the trigger can be the complement of a verb of asking, agreeing, threatening or refusing:
        a verbal noun (not a plural participle naming protesters), or an imperfect verb in the subjunctive, after
        أن/بأن, كي or لـ (طالب بأن يتنحى)."""
        if trig.get("pos") != "verb":
            # (not the plural participle that names protesters, who are people, no act: «ودعا المعتصمون إلى إعدام»)
            return not (trig.label == "PROTEST" and toks[trig.tok_start].norm.endswith(("ون", "ين")))
        i = trig.tok_start
        if i > 0 and strip_wa(toks[i - 1].norm) in self.fw.pronoun_that:
            return False  # إلا أنه رفض: a verb told after أنه is a statement
        if trig.get("aspect") == "perfect":
            # رفض دعم ترشحه، ودعم حكومة: a perfect form may be the verbal noun, but not one in ـوا (ورفضوا المغادرة)
            # nor one in ـت, the verb's own subject marker («توصلت الدول الكبرى وإيران إلى اتفاق وافقت بموجبه طهران»)
            return not toks[i].norm.endswith(("وا", "ت")) and not (
                len(toks[i].norm) > 5 and toks[i].norm.endswith(("تها", "تهم", "وها", "وهم"))) and not (
                trig.get("object_pronoun") and toks[i].text.endswith("وه"))
            # (nor ـوه written with ه, «they … him»: «وهددوه مباشرة بالقتل ودعوه للرحيل», they called on him; not دعوة)
            # (nor one in ـت or ـو with an object pronoun: «الهدنة التي طلبها الرئيس وأيدتها دول التحالف», done)
        if trig.get("prefix")[:1] in ("و", "ف"):
            return False  # يرفض ويشجب: an imperfect in a row of verbs is no complement
        if "ل" in trig.get("prefix"):
            return True
        for k in range(max(0, i - 3), i):
            c = cues.get(k)
            if strip_wa(toks[k].norm) in self.fw.complementizer or c is not None and c.label == "subjunctive":
                return True
        return False


def _thought_of(toks: list[Token], trig: Mention, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for an indefinite event noun after في (and a light verbal noun, function_words.tsv light_masdar: فرض)
    whose في an aim word governs (cues.tsv aim: تفكر، تدرس), past its subject of five words at most and an aside of
    seven words at most set off by commas: «وتفكر بعض البلدان والمدن، خاصة في فرنسا وألمانيا، في فرض حظر على
    أوبر»: the ban is thought of, still to come."""
    i = trig.tok_start
    j = i - 1
    if trig.get("prefix") or toks[i].norm.startswith("ال") or j < 2:
        return False
    if strip_wa(toks[j].norm) in fw.light_masdar:
        j -= 1
    if toks[j].norm != "في":
        return False
    k = j - 1
    if toks[k].text in ",،":  # (past an aside set off by commas)
        k = next((m for m in range(k - 1, max(-1, k - 9), -1) if toks[m].kind == "punct"), -1)
        if k < 1 or toks[k].text not in ",،":
            return False
        k -= 1
    for m in range(k, max(-1, k - 6), -1):
        if toks[m].kind == "punct" or (c := cues.get(m)) is not None and c.label == "relative":
            return False  # (nor past a relative pronoun: «تفعيل الاتفاق الذي تم في اجتماع», held)
        if c is not None and c.label == "aim" and c.tok_end <= j and not _number(toks[m].norm, fw):
            return True
    return False


def _unconfirmed(toks: list[Token], trig: Mention, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for an event noun whose clause goes on, within fourteen words and no clause break (quote marks pass), to
    say it cannot be confirmed: a word of confirming it (function_words.tsv confirm_it: تأكيده) after a negated «can»
    or «is done» (لا يمكن، لم يتم): «وأوضح أن انسحاب الحوثيين من محافظة إب إلى صعدة «لا يمكن تأكيده»»: only
    reported, not a fact (hypothetical)."""
    for j in range(trig.tok_end, min(len(toks), trig.tok_end + 14)):
        w = strip_wa(toks[j].norm)
        if toks[j].text in _CLAUSE_BREAKS or w.startswith("لكن"):
            return False  # (nor past لكن, a statement of its own: «أعلن عن الزيارة … لكن لم يتم تأكيدها حتى يوم أمس»)
        if w in fw.confirm_it and j >= trig.tok_end + 2 and \
                ((c := cues.get(j - 1)) is not None and c.label == "doubt" or toks[j - 1].norm in fw.passive_present) \
                and (n := cues.get(j - 2)) is not None and n.label == "negation":
            return True
    return False


def _day_aside(toks: list[Token], a: int, b: int, fw: FunctionWords) -> int:
    """The number of tokens of a day set off by commas right before token b, past token a (one or two day words,
    function_words.tsv day, between two commas): «رفضت دائرة العرض في هيئة التحقيق، أمس، إطلاق سراح المتهمين»: an
    aside of time; the subject of the verb before it ends at its first comma and its object follows it. 0 if none."""
    for n in (1, 2):
        p = b - n - 2
        if p >= a and toks[p].text in ",،" and toks[b - 1].text in ",،" and \
                all(strip_wa(toks[k].norm) in fw.day for k in range(p + 1, b - 1)):
            return n + 2
    return 0


def _postponed(toks: list[Token], i: int, fw: FunctionWords) -> bool:
    """True if a verbal noun of putting off (function_words.tsv postpone) governs the event noun at token i, right
    before it or before its round (round): «تأجيل الاجتماع»، «إرجاء الجولة الثانية من محادثات السلام»."""
    if i > 0 and strip_wa(toks[i - 1].norm) in fw.postpone:
        return True
    if i < 2:
        return False
    rounds = (i - 1,) if toks[i - 1].norm != "من" else (i - 2, i - 3)  # (in construct, «تأجيل جولة مفاوضات», or in
    # من past one adjective at most: «الجولة الثانية من»)
    return any(r > 0 and strip_wa(toks[r].norm).removeprefix("ال") in fw.round and
               strip_wa(toks[r - 1].norm) in fw.postpone for r in rounds)


def _called_off(toks: list[Token], trig: Mention, fw: FunctionWords) -> bool:
    """True if the sentence goes on past the trigger to «إلا أن», «غير أن» or a word of contrast (function_words.tsv
    contrast: لكن) and, within six words after it, a verb of putting off or calling off (call_off: أرجأتها، ألغتها)
    with an object pronoun, or with the trigger's word again near it (`_names_trigger`): «وكان من المفترض أن تبدأ
    جولة ثانية من محادثات السلام في باكستان اليوم، إلا أن إسلام آباد أرجأتها»: the act set to come was put off, it did
    not take place as set (negated; still to come, as `_postponed` reads «تأجيل الاجتماع»)."""
    for k in range(tail_end_of(trig), len(toks) - 1):
        w = strip_wa(toks[k].norm)
        if w in fw.contrast or w in ("الا", "غير") and toks[k + 1].norm == "ان":
            return any(strip_wa(toks[j].norm) in fw.call_off and (strip_wa(toks[j].norm).endswith(("ه", "ها")) or
                                                                   _names_trigger(toks, trig, k + 1, j + 5))
                       for j in range(k + 1, min(len(toks), k + 7)))
    return False


def _names_trigger(toks: list[Token], trig: Mention, lo: int, hi: int) -> bool:
    """True if a word from token lo to hi is the trigger's word again (clitics, the article and ة or a pronoun aside):
    what a verb of putting off with no object pronoun puts off («إلا أن الحكومة أرجأت المحادثات»), not another act
    («لكن الوزير أرجأ زيارته إلى لندن» after «أن يزور الرئيس بغداد»)."""
    stem = _bare_stem(toks[trig.tok_start].norm[len(trig.get("prefix") or ""):])
    return len(stem) > 2 and any(_bare_stem(strip_wa(toks[j].norm)).startswith(stem)
                                 for j in range(lo, min(len(toks), hi)) if j != trig.tok_start)


def _bare_stem(w: str) -> str:
    """The word w without the article and a final ه (ة or a pronoun): المحادثات → محادثات، زيارة → زيار."""
    w = w[2:] if w.startswith("ال") and len(w) > 4 else w
    return w[:-1] if w.endswith("ه") else w


def _before_gloss(toks: list[Token], j: int) -> int:
    """The token before a gloss of one or two words in brackets that ends at token j, «نوفمبر (تشرين الثاني)»; j
    itself if no such gloss ends there."""
    if toks[j].text == ")":
        for o in (j - 2, j - 3):
            if o >= 1 and toks[o].text == "(":
                return o - 1
    return j


def _past_gloss(toks: list[Token], start: int) -> int:
    """The start of the clause that goes on past a gloss of one or two words in brackets ending right before token
    `start`, «ويفترض أن يتم بنهاية يوليو (تموز) الحالي نشر قوة»، «في سبتمبر (أيلول) أول زيارة»: a gloss of a name
    or a month ends no clause; `start` itself if none ends there."""
    if start > 2 and toks[start - 1].text == ")" and (o := _before_gloss(toks, start - 1)) < start - 1:
        return _past_gloss(toks, _clause_start(toks, o + 1))
    return start


def _dated_in(toks: list[Token], j: int) -> bool:
    """True if the month name at token j is dated in في with the month's noun or a day of it before: «في شهر نوفمبر
    (تشرين الثاني) المقبل»، «في الثالث من أغسطس (آب) المقبل» (a day spelled out or in figures, then من)."""
    if j >= 2 and toks[j - 1].norm == "شهر" and toks[j - 2].norm == "في":
        return True
    return j >= 3 and toks[j - 1].norm == "من" and toks[j - 3].norm == "في" and (
        toks[j - 2].kind == "num" or _definite(toks[j - 2].norm))


def _gloss_aside(toks: list[Token], a: int, b: int) -> int:
    """The number of tokens in brackets, the brackets with them, between tokens a and b: a gloss of a name, «طلبت من
    حلف شمال الأطلسي (الناتو) عقد اجتماع طارئ», which lengthens no clause (0 if none, or a bracket left open)."""
    n, opened = 0, None
    for k in range(a, b):
        if toks[k].text in ("(", "["):
            opened = k
        elif toks[k].text in (")", "]") and opened is not None:
            n, opened = n + k - opened + 1, None
    return n


def _keen_amid(toks: list[Token], k: int, fw: FunctionWords) -> bool:
    """True for a noun of keenness at token k (function_words.tsv keenness) right after «مع» (amid): «خاصة مع حرصها
    على التعاون مع قوات المقاومة»: a stance told as the circumstance of what was done, its act no aim to come."""
    return k > 0 and strip_wa(toks[k].norm) in fw.keenness and strip_wa(toks[k - 1].norm) in fw.amid


def _provided(toks: list[Token], j: int) -> bool:
    """True for the أن at token j right after a «على» that opens its sentence or follows a comma: «، على أن تعقد
    قمة»، «على أن يلتقي دي ميستورا اليوم»: provided that, with … to follow; not after a word or a quote, whose
    complement it may be («اختبارا» على أن يستقيل في حال»)."""
    if j < 1 or toks[j].norm != "ان" or toks[j - 1].norm != "علي":
        return False
    return j == 1 or toks[j - 2].text in ".،,؛;"


def _done_when(toks: list[Token], trig: Mention, c: Mention, fw: FunctionWords) -> bool:
    """True for a perfect verb past a conjunction of time after the cue c (function_words.tsv when_done): «وصلت
    المعركة إلى آفاق جديدة عندما اتهمت المفوضية الأوروبية جوجل»: a clause of its own, telling a done act that the aim
    or future word before it does not govern."""
    return trig.get("pos") == "verb" and trig.get("aspect") == "perfect" and \
        any(strip_wa(toks[j].norm) in fw.when_done for j in range(c.tok_end, trig.tok_start))


def _kept_up(toks: list[Token], trig: Mention, c: Mention, fw: FunctionWords) -> bool:
    """True for an event noun right after «لن + a verb of giving up + عن» (function_words.tsv give_up): «لن تتخلى عن
    دعم أصدقائها»: what will not be given up is kept up, still to come, not negated."""
    i, k = trig.tok_start, c.tok_start
    return trig.get("pos") == "noun" and i == c.tok_end + 2 and toks[k].norm in fw.future_negation and \
        strip_wa(toks[k + 1].norm) in fw.give_up and toks[k + 2].norm == "عن"


def _delivery_aimed(toks: list[Token], trig: Mention, start: int, fw: FunctionWords) -> bool:
    """True for an aid noun governed, within five words and past a quantity («أكبر قدر من»), by a verbal noun of
    bringing in or handing out (function_words.tsv deliver, and its conjuncts: «إدخال وتوزيع») that allowing as a
    purpose governs through its بـ, «للسماح بإدخال وتوزيع أكبر قدر من المساعدات», or a noun of wish through its
    في, «لرغبة الحكومة اليمنية في إدخال وتوزيع المساعدات» (allow_aim, aim_noun): aid to be let in, still to come."""
    i = trig.tok_start
    if trig.label != "AID" or trig.get("pos") != "noun":
        return False
    j = next((j for j in range(i - 1, max(start, i - 6) - 1, -1) if _delivering(toks[j].norm, fw)), -1)
    if j < 0 or any(toks[k].kind != "ar" or toks[k].norm in fw.complementizer for k in range(j, i)):
        return False
    while j > start and toks[j].norm.startswith("و") and _delivering(toks[j - 1].norm, fw):
        j -= 1  # (back to the first of «إدخال وتوزيع»)
    if toks[j].norm.startswith("ل"):
        return True  # «، لإدخال وتوزيع أكبر قدر من المساعدات»: what a truce is for, aid to be let in
    if j <= start:
        return False
    if toks[j].norm.startswith("ب"):
        return strip_wa(toks[j - 1].norm) in fw.allow_aim
    return toks[j - 1].norm == "في" and any(strip_wa(toks[k].norm) in fw.aim_noun
                                            for k in range(max(start, j - 5), j - 1))


def _agent_manner(toks: list[Token], t: Mention, trig: Mention, cues: dict[int, Mention]) -> bool:
    """True for an event noun in بـ past the agent (cues.tsv passive_agent: من قبل) of the act that the appeal or
    refusal t governs: «رفض اختطاف السلطة من قبل الحوثيين بدعم وإسناد إيراني»: the support is how the refused act
    was done, a fact told, not what is refused or asked."""
    return trig.get("prefix")[-1:] == "ب" and any((c := cues.get(k)) is not None and c.label == "passive_agent"
                                                  for k in range(t.tok_end, trig.tok_start))


def _pushed_to(toks: list[Token], trig: Mention, fw: FunctionWords) -> bool:
    """True for an event noun in لـ, or after إلى, right after an imperfect verb of pushing with the pushed one's
    pronoun or a noun of pressure (function_words.tsv push_to: يدفعه، تدفعهم، ضغوطه): «من يهاجم رئيس الحكومة ويدفعه
    للاستقالة»، «كثف ضغوطه لفرض عقوبات»: what one is pushed to is not done, still to come."""
    i = trig.tok_start
    if trig.get("prefix") == "ل" and i > 0:
        return strip_wa(toks[i - 1].norm) in fw.push_to
    return not trig.get("prefix") and i > 1 and toks[i - 1].norm == "الي" and strip_wa(toks[i - 2].norm) in fw.push_to


def _brought_to_table(toks: list[Token], trig: Mention, fw: FunctionWords) -> bool:
    """True for an event noun right after «إلى طاولة» that a verbal noun of bringing, or of going in بـ
    (function_words.tsv bring_to: جلب، بالتوجه), governs within four words before it, past its object: «كيفية جلب
    النظام السوري إلى طاولة المفاوضات»، «أن يلزم النظام بالتوجه إلى طاولة المفاوضات»: the talks are sought, only
    supposed."""
    i = trig.tok_start
    return i >= 3 and toks[i - 1].norm == "طاوله" and toks[i - 2].norm == "الي" and \
        _word_back(toks, i - 3, i - 7, fw.bring_to)


def _aim_named(toks: list[Token], trig: Mention, cues: dict[int, Mention], fw: FunctionWords) -> int:
    """The index of a noun of aim (function_words.tsv aim_head: هدف، الهدف) within four words before the «هو» or «هي»
    whose predicate the event noun is, within six words of it (the noun or its و conjunct, past one object): «هدف
    العملية الحقيقي هو دحر المقاتلين الأكراد وطردهم», or an item in و further on in that predicate's list (_list_head);
    so a noun of an idea (idea_head: «فكرته المزعومة هي»); -1 if there is none, or past punctuation or a cue."""
    i = trig.tok_start
    if trig.get("pos") != "noun" and not (trig.get("prefix") == "و" and i > 0 and toks[i - 1].kind == "ar"):
        return -1
    heads = fw.aim_head | fw.idea_head
    for k in range(i - 1, max(0, i - 7) - 1, -1):
        if toks[k].kind != "ar" or k in cues:
            break
        if toks[k].norm in ("هو", "هي"):
            return _named_head(toks, k, heads)
    if trig.get("prefix")[:1] == "و":  # (an item further on in the list of that predicate, in و past a comma)
        k = _list_head(toks, i - 1, i, cues,
                       lambda k: toks[k].norm in ("هو", "هي") and _named_head(toks, k, heads) >= 0)
        if k is not None:
            return _named_head(toks, k, heads)
    return -1


def _named_head(toks: list[Token], k: int, heads: frozenset[str]) -> int:
    """The index of a noun of `heads` within four words before the «هو» or «هي» at token k, with no punctuation
    between (هدف العملية الحقيقي هو، فكرته المزعومة هي); -1 if there is none."""
    for a in range(k - 1, max(0, k - 5) - 1, -1):
        if toks[a].kind != "ar":
            return -1
        if toks[a].norm in heads or strip_wa(toks[a].norm) in heads:  # (strip_wa would cut فكرته's ف)
            return a
    return -1


def _opined(toks: list[Token], a: int, fw: FunctionWords) -> bool:
    """True for a verb of holding an opinion (function_words.tsv opinion_verb: اعتبر، يرى) within six words before
    token a, with no punctuation between: «اعتبر محللون أن هدف العملية …»: what it holds is only supposed."""
    return _word_back(toks, a - 1, a - 7, fw.opinion_verb)


def _word_back(toks: list[Token], hi: int, lo: int, words: frozenset[str]) -> bool:
    """True for a word of `words` (past و/ف) at a token from hi down to lo (not below 0), with only Arabic words
    between: a governing word a few words back (_brought_to_table, _opined)."""
    for k in range(hi, max(0, lo) - 1, -1):
        if toks[k].kind != "ar":
            return False
        if strip_wa(toks[k].norm) in words:
            return True
    return False


def _led_to(toks: list[Token], trig: Mention, fw: FunctionWords) -> bool:
    """True for an event noun with no clitic right after the «إليه من» of a verb of leading to (function_words.tsv
    outcome_verb: يفضي، يؤدي): «بما يفضي إليه من رفعٍ للعقوبات عن إيران»: an outcome still to come."""
    i = trig.tok_start
    return not trig.get("prefix") and i > 2 and toks[i - 1].norm == "من" and \
        toks[i - 2].norm in ("اليه", "اليها", "اليهم") and strip_wa(toks[i - 3].norm) in fw.outcome_verb


def _given_relative(toks: list[Token], trig: Mention, cues: dict[int, Mention]) -> bool:
    """True for a definite event noun whose relative clause (past two definite adjectives at most) opens with a verb
    in the present, with no future سـ, whose object pronoun is the noun: «سيستفيدون من الدعم الإغاثي الذي تقدمه
    المملكة»: the act is told as one going on, not as one still to come (not a meeting, which a present verb may set
    for a later day)."""
    i = trig.tok_start
    if trig.get("pos") != "noun" or not _definite(toks[i].norm):
        return False
    k = tail_end_of(trig)
    while k < min(len(toks), tail_end_of(trig) + 2) and toks[k].kind == "ar" and k not in cues and \
            _definite(toks[k].norm):
        k += 1
    if k + 1 >= len(toks) or (c := cues.get(k)) is None or c.label != "relative" or c.tok_end != k + 1:
        return False
    v = toks[k + 1].norm
    return toks[k + 1].kind == "ar" and (k + 1 not in cues or cues[k + 1].label == "light_verb") and len(v) > 4 and \
        v[0] in ("ي", "ت") and v.endswith(("ه", "ها", "هم"))


def _done_relative(toks: list[Token], trig: Mention, fw: FunctionWords) -> bool:
    """True for an indefinite event noun right before a perfect verb whose object pronoun it is (function_words.tsv
    done_it: عقدها، شنه), a relative clause with no relative pronoun: «اجتماعات عقدها كاميرون مع كل زعماء دول الاتحاد
    الأوروبي»: the act was done, whatever future verb governs the noun."""
    k = tail_end_of(trig)
    return trig.get("pos") == "noun" and not _definite(toks[trig.tok_start].norm) and k < len(toks) and \
        toks[k].norm in fw.done_it


def _hoped_list(toks: list[Token], trig: Mention, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for an event noun in the list of what a hope voiced hopes for: a noun of hope after عن (function_words.tsv
    hope_noun: «عن أمله») and its في or أن, within forty-five words before it in its sentence, every comma between
    going on in و (the next item: «، وأن يتحقق السلام»، «، ووضع حد») and no verb of telling, relative pronoun,
    negation or denial between: «أعرب المبعوث الأممي عن أمله في أن يقوم بزيارة محافظة عدن …، وأن يتحقق السلام في
    اليمن …، ووضع حد لمعاناة الشعب اليمني والعودة للحوار»: hoped for, still to come."""
    i = trig.tok_start
    if not trig.get("prefix") and strip_wa(toks[i - 2].norm) in fw.complementizer:
        return False  # (the subject of the verb hoped, right after it: «عن أمله في أن تساعد زيارة أوباما على تغيير
        # الصورة», the visit is going on)
    k = _list_head(toks, i - 1, i, cues, lambda k: strip_wa(toks[k].norm) in fw.hope_noun)
    return k is not None and toks[k - 1].norm == "عن" and k + 1 < i and toks[k + 1].norm in ("في", "ان", "بان")


def _due_list(toks: list[Token], trig: Mention, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for an event word in و right after a comma that goes on the list a word of duty opens (function_words.tsv
    due: لا بد، يجب, right before its من or أن), within forty-five words before it in its sentence, every comma between
    going on in و and no verb of telling, relative pronoun, negation or denial between: «ولا بد من قيام الحكومة
    العراقية بالبحث ووضع الحشد الشعبي قوة أمنية …، وطرد كل مندسين في الحشد الشعبي»: due, still to come."""
    i = trig.tok_start
    if toks[i - 1].text not in _COMMAS or not trig.get("prefix", "").startswith("و"):
        return False
    k = _list_head(toks, i - 2, i, cues, lambda k: strip_wa(toks[k].norm) in fw.due and k + 1 < i - 2
                   and toks[k + 1].norm in ("من", "ان", "بان"))
    return k is not None and (toks[k].norm != "بد" or k > 0 and toks[k - 1].norm in ("لا", "ولا", "فلا"))


def _list_head(toks: list[Token], start: int, i: int, cues: dict[int, Mention], is_head) -> int | None:
    """The index of the word that opens the list an item at `i` goes on (the nearest, walking back from `start`, for
    which `is_head(k)` holds), within forty-five words before it in its sentence, every comma between going on in و
    (not in وذلك, a clause of its own) and no verb of telling, relative pronoun, negation or denial between; None if
    another comes first."""
    for k in range(start, max(0, i - 45), -1):
        if toks[k].text in _SENTENCE_ENDS or toks[k].text in _COMMAS and not toks[k + 1].norm.startswith("و") or \
                (c := cues.get(k)) is not None and c.label in ("report", "relative", "negation", "denial") or \
                toks[k].text in _COMMAS and (d := cues.get(k + 1)) is not None and d.label == "demonstrative":
            return None  # («، وذلك بعد أسبوعين على توقيع الاتفاق»: وذلك opens a clause of its own, no item of the list)
        if is_head(k):
            return k
    return None


def _delivering(norm: str, fw: FunctionWords) -> bool:
    """True for a verbal noun of bringing in or handing out (function_words.tsv deliver), bare, in و, or in بـ or لـ:
    «بإدخال»، «لإدخال»، «وتوزيع»."""
    w = strip_wa(norm)
    return w in fw.deliver or w[:1] in ("ب", "ل") and w[1:] in fw.deliver


def _onset_planned(toks: list[Token], trig: Mention, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for an event noun right after one or two verbal nouns of starting (function_words.tsv onset_noun: بدء،
    سريان) that a word of plan (cues.tsv future) stands right before: «ومن المقرر بدء سريان الهدنة»: set to start,
    still to come."""
    j = trig.tok_start - 1
    while j > trig.tok_start - 3 and j > 0 and strip_wa(toks[j].norm) in fw.onset_noun:
        j -= 1
    if j == trig.tok_start - 1:
        return False
    return any((c := cues.get(k)) is not None and c.tok_end == j + 1 and c.label == "future"
               for k in (j, j - 1) if k >= 0)


def _said_on_us(toks: list[Token], trig: Mention, fw: FunctionWords) -> bool:
    """True for a verb of condemning or calling in the first person plural (نـ, no future سـ) right after the أن of
    a duty the speaker lays on his own side (function_words.tsv own_duty: علينا): «علينا أن ندين جميع التدخلات
    الخارجية»: the speaker condemns by saying it, no act still to come."""
    i = trig.tok_start
    return trig.label in ("ACCUSE", "REQUEST") and trig.get("pos") == "verb" and \
        trig.get("aspect") == "imperfect" and not trig.get("future") and i > 1 and \
        strip_wa(toks[i].norm).startswith("ن") and toks[i - 1].norm == "ان" and \
        strip_wa(toks[i - 2].norm) in fw.own_duty


def _ruled_out_object(toks: list[Token], trig: Mention, c: Mention, cues: dict[int, Mention],
                      fw: FunctionWords) -> bool:
    """True for an event noun with no preposition that is the direct object of a ruling-out verb (cues.tsv
    ruled_out), past its subject, within eight words, with no punctuation, preposition, أن or other cue between and
    no negation before the verb: «استبعد رئيس حزب الوطنيين الأحرار النائب دوري شمعون استقالة الحكومة»: ruled out,
    not done."""
    i, k = trig.tok_start, c.tok_start
    if trig.get("pos") != "noun" or trig.get("prefix") or not 0 < i - c.tok_end <= 8 or \
            k > 0 and (n := cues.get(k - 1)) is not None and n.label == "negation":
        return False
    return not any(toks[j].kind != "ar" or j in cues or toks[j].norm in fw.preposition or
                   strip_wa(toks[j].norm) in fw.complementizer for j in range(c.tok_end, i))


def _apodosis(toks: list[Token], trig: Mention, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for a verb in the main clause of a condition told before it in its sentence: a word in فـ that opens a
    clause right after a comma (فإن، فمن، فسوف: function_words.tsv apodosis; or a future verb in فسـ, فسيتم، فستكون,
    caught by that prefix) within ninety tokens before the verb, with a conditional cue (cues.tsv hypothetical, إذا، في حالة) within fifteen words before that: «إنه في
    حالة عقد اجتماع بين علماء السنة والشيعة، فمن النتائج التي ستصدر عن هذا اللقاء …، وسيتفق السنة والشيعة»: what
    the case would bring is only supposed."""
    i = trig.tok_start
    for k in range(i - 1, max(0, i - 90), -1):
        if toks[k].text in _SENTENCE_ENDS:
            return False
        if toks[k - 1].text in _COMMAS and (toks[k].norm in fw.apodosis or toks[k].norm[:3] in ("فسي", "فست")):
            return any((c := cues.get(m)) is not None and c.label == "hypothetical" and
                       not _no_condition(toks, c, fw, cues) for m in range(max(0, k - 15), k - 1))
    return False


def _protasis_conjunct(toks: list[Token], trig: Mention, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for a perfect verb in و, right after a comma or a word, that goes on the clause of a condition (cues.tsv
    hypothetical: لو، إذا) within twenty-five words before it in its sentence, with no other comma, word opening a main
    clause (function_words.tsv apodosis), verb of telling or relative pronoun between: «فلو أن العساكر المصرية … لم
    تحارب المسلمين السعوديين في الحجاز، وتعاونت معهم على إعلاء كلمة الله»، «إذا لم يسبب قلقا لتركيا وقام بقطع كل
    علاقاته مع إدارة الرئيس السوري بشار الأسد وتعاون مع قوى المعارضة»: a second case supposed, no fact."""
    i = trig.tok_start
    if not (toks[i - 1].text in _COMMAS or toks[i - 1].kind == "ar") or trig.get("prefix") != "و" or \
            trig.get("aspect") != "perfect":
        return False
    for k in range(i - 1 - (toks[i - 1].text in _COMMAS), max(0, i - 26), -1):
        c = cues.get(k)
        if toks[k].kind == "punct" and toks[k].text not in _BRACKETS and toks[k].text not in "-–" or \
                toks[k].norm in fw.apodosis or c is not None and c.label in ("report", "relative"):
            return False
        if c is not None and c.label == "hypothetical":
            return not _no_condition(toks, c, fw, cues)
    return False


def _until_begun(toks: list[Token], trig: Mention, fw: FunctionWords) -> bool:
    """True for an event noun after a word of «until» (function_words.tsv until: حتى، لحين) + an imperfect of beginning
    (onset_verb), its subject, «لا بد من تمرير هذه الإجراءات حتى تبدأ المفاوضات هذا الأسبوع», or its object past a
    subject of one or two words, «لحين تبدأ اليونان المفاوضات مع دائنيها»: what waits on another act has not begun."""
    i = trig.tok_start
    if trig.get("pos") != "noun":
        return False
    for v in range(i - 1, max(0, i - 4), -1):
        if toks[v].kind != "ar":
            return False
        if toks[v].norm in fw.onset_verb:
            return strip_wa(toks[v - 1].norm) in fw.until
    return False


def _accord_provides(toks: list[Token], trig: Mention, fw: FunctionWords) -> bool:
    """True for an imperfect verb right before «under which» (function_words.tsv under_which: بموجبه، بمقتضاه), «اتفاق
    ترفع بموجبه العقوبات»: the act an accord provides for, still to come; not a pledge or another act the accord
    performs by being signed («إيران توقع اتفاقا … تتعهد بموجبه بالتوقف عن التخصيب»)."""
    k = trig.tok_end
    return trig.label not in _PERFORMED and trig.get("pos") == "verb" and trig.get("aspect") == "imperfect" and \
        k < len(toks) and toks[k].norm in fw.under_which


def _result_of(toks: list[Token], t: Mention, fw: FunctionWords) -> bool:
    """True for a refusal or call word right after a perfect verb of result (function_words.tsv result: أدى، أسفر),
    its subject: «وقد ادى رفضها الى تظاهرات مؤيدة للاكراد»: what it led to took place, no complement of it."""
    v = t.tok_start
    return v > 0 and strip_wa(toks[v - 1].norm) in fw.result  # (رفضها read as a verb too: still its subject)


def _implicated_in(toks: list[Token], trig: Mention, fw: FunctionWords) -> bool:
    """True for an event noun right after a participle of being implicated and its في (function_words.tsv implicated,
    implicated_in), «التحقيقات ستكشف أدوار المتورطين في مساعدة داعش»: the act they are implicated in was done."""
    i = trig.tok_start
    if trig.get("pos") != "noun" or trig.get("prefix") or i < 2 or toks[i - 1].norm not in fw.implicated_in:
        return False
    w = strip_wa(toks[i - 2].norm)
    return (w[2:] if w.startswith("ال") else w) in fw.implicated


def _held_relative(toks: list[Token], trig: Mention, cues: dict[int, Mention], fw: FunctionWords,
                   times: frozenset[str]) -> bool:
    """True for an event noun followed, past its genitive of three words at most, by a relative pronoun and a perfect
    verb of being held (function_words.tsv took_place) with no object, past words of time (`times`): «للمشاركة في قمة
    الاتحاد الأفريقي التي عقدت في جوهانسبرغ الشهر الماضي»: the act was held, whatever errand or aim word governs it
    (not «حضور اجتماع مجلس الأمن الذي عقد جلسة طارئة أمس»: the relative clause is the genitive's, which held
    something)."""
    if trig.get("pos") != "noun":
        return False
    k = tail_end_of(trig)
    for j in range(k, min(len(toks) - 1, k + 4)):
        if toks[j].kind != "ar":
            return False
        if (c := cues.get(j)) is not None and c.label == "relative":
            return toks[j + 1].norm in fw.took_place and _no_object(toks, j + 2, fw, times)
    return False


def _no_object(toks: list[Token], m: int, fw: FunctionWords, times: frozenset[str]) -> bool:
    """True if no object follows a verb ending at token m: past words of time (`times`), the sentence ends or a
    punctuation mark or a preposition comes («عقدت أمس في القاهرة»; not «عقدت أمس جلستها الأولى»)."""
    while m < len(toks) and toks[m].kind == "ar" and strip_wa(toks[m].norm) in times:
        m += 1
    return m >= len(toks) or toks[m].kind != "ar" or strip_wa(toks[m].norm) in fw.preposition


def _refused_that_be(toks: list[Token], trig: Mention, cues: dict[int, Mention], earlier: list[Mention],
                     fw: FunctionWords) -> bool:
    """True for a perfect verb after «أن» + «be» (function_words.tsv denied_be) that a verb of refusing governs in its
    clause, within twelve words: «رفض رئيس الحكومة التركية بشدة أن تكون بلاده دعمت تنظيم داعش»: refusing that it be
    so denies that it was done (not a refusal negated right before it: «لم يرفض الوزير أن تكون بلاده دعمت»)."""
    i = trig.tok_start
    if trig.get("pos") != "verb" or trig.get("aspect") != "perfect":
        return False
    for t in earlier[-4:]:
        if t.label != "REJECT" or t.get("pos") != "verb" or not 0 < i - t.tok_end <= 12 or \
                (n := cues.get(t.tok_start - 1)) is not None and n.label == "negation":
            continue
        for j in range(t.tok_end, i - 1):
            if toks[j].kind != "ar":
                break
            if strip_wa(toks[j].norm) in fw.complementizer and toks[j + 1].norm in fw.denied_be:
                return True
    return False


def _persuaded_to(toks: list[Token], trig: Mention, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for an event noun in بـ past the one to be persuaded (three words at most, no punctuation, cue or أن
    between) after a verbal noun or imperfect of persuading (function_words.tsv persuade): «لإقناع الكونغرس بالموافقة
    على الاتفاق»، «لاقناع المشرعين برفض الاتفاق»: what one is to be talked into is not done, still to come."""
    i = trig.tok_start
    if trig.get("pos") != "noun" or trig.get("prefix")[-1:] != "ب":
        return False
    for j in range(i - 1, max(-1, i - 5), -1):
        if toks[j].kind != "ar" or j < i - 1 and (j in cues or strip_wa(toks[j].norm) in fw.complementizer):
            return False
        if j < i - 1 and strip_wa(toks[j].norm) in fw.persuade:
            return True
    return False


def _negates(toks: list[Token], trig: Mention, c: Mention, start: int, fw: FunctionWords,
             cues: dict[int, Mention] | None = None) -> bool:
    """True if the negation cue c before the trigger negates it (the clause starts at token `start`); «لم يتم بعد»
    (not yet) before it negates it too: «ولم يتم بعد الإفراج عن المعتقلين»; so «لم يكن في» or «لم يكن هناك» before an
    event noun: «ولم يكن في زيارة رسمية»; and a verb in the present with the light verbal noun of an indefinite event
    noun: «لا يتضمن توفير دعم جوي»."""
    i, k = trig.tok_start, c.tok_start
    gap = i - c.tok_end
    if gap == 2 and cues is not None and (p := cues.get(c.tok_end)) is not None and p.label == "passive_light" and \
            (toks[c.tok_end + 1].norm == "بعد" or toks[c.tok_end + 1].norm in fw.light_masdar and
             not trig.get("prefix")):
        return True  # (or a light verbal noun that carries it: «فيما لم يتم توجيه الدعوة إلى زعيم حزب»)
    if gap == 2 and (trig.get("pos") == "noun" or trig.get("aspect") == "perfect") and not trig.get("prefix") and \
            not _definite(toks[i].norm) and toks[c.tok_end].norm[:1] in ("ي", "ت") and \
            strip_wa(toks[c.tok_end + 1].norm) in fw.light_masdar:
        return True  # (a verb in the present and the light verbal noun of the indefinite event it carries, a noun
        # even spelled as a perfect verb: «ولا يتضمن توفير دعم جوي للمقاتلين الأكراد»)
    if gap == 2 and trig.get("pos") == "noun" and not trig.get("prefix") and not _definite(toks[i].norm) and \
            toks[c.tok_end].norm in fw.be_jussive and toks[c.tok_end + 1].norm in fw.be_in:
        return True  # «ولم يكن في زيارة رسمية»، «لم يكن هناك أي اتصال»: no visit, no call (not a definite one, a
        # place: «لم يكن في الاجتماع أي ممثل للحكومة», the meeting was held)
    if gap > 1 and cues is not None and _not_obtained(toks, trig, c, cues, fw):
        return True  # «فلم تحصل على المساعدات التي وعدت بها الدول الصناعية السبع»: not given
    if gap > 1:
        return False
    if gap and trig.get("pos") == "noun" and toks[c.tok_end].norm in fw.be_jussive and \
            (_definite(toks[i].norm) or _construct_next(toks, trig, fw)):
        return False  # «ولم تكن اتهامات المالكي وليدة اليوم»: «be» negated denies its predicate; the act, its subject,
        # was done («لم يكن اتصال بين الطرفين», no owner, may say there was none)
    word = toks[k].norm[1:] if toks[k].norm in ("وما", "فما", "وغير") else toks[k].norm
    if word == "ما" and not (gap == 0 and k == start and trig.get("aspect") == "perfect"):
        return False  # ما negates a perfect verb opening its clause; elsewhere it is "what" (وهو ما دعا، متى ما طلب)
    if word == "ما" and gap == 0 and strip_wa(toks[i].norm) in fw.result:
        return False  # «، ما أودى بحياة 32 شخصا»: what an act told before brought about, no negation
    if word == "ما" and any(toks[q].norm in fw.relative_prep for q in range(trig.tok_end, min(len(toks),
                                                                                          trig.tok_end + 3))):
        return False  # «وما أكد عليه الجانبان من التزام»: a pronoun resuming ما after its verb, «what», no negation
    if word == "غير" and gap:
        return False  # غير negates the word it is construct with: حصيلة غير نهائية للتفجير
    if gap and trig.get("prefix")[:1] in ("و", "ف"):
        return False  # ولم تقعد وتطلب: the negation stays with the verb it stands before
    if gap and toks[c.tok_end].norm.endswith(fw.still_stems):
        return False  # «لا نزال ندعو جميع الأطراف»: still, no negation
    if gap and toks[c.tok_end].norm in fw.litotes:
        return False  # «في زمن ليس ببعيد اللقاء»، «ليس بغريب»: not far off, not strange: nothing negated
    if gap and strip_wa(toks[c.tok_end].norm) in fw.outcome:
        return False  # «ولم تفلح الهجمات»، «لن تنتهي بالمصادقة»: the outcome is negated, the act took place
    if gap and strip_wa(toks[c.tok_end].norm) in fw.heed:
        return False  # «دون الاكتراث لقذائف الغدر»: the heed is negated, the shelling took place
    return True


def _not_obtained(toks: list[Token], trig: Mention, c: Mention, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for an event noun with no prefix right after the على of a verb of obtaining (cues.tsv obtain) that the
    negation c stands right before: «فلم تحصل على المساعدات التي وعدت بها الدول الصناعية السبع»: the aid was not
    received, so not given."""
    i = trig.tok_start
    return (o := cues.get(c.tok_end)) is not None and o.label == "obtain" and o.tok_end == i - 1 \
        and toks[i - 1].norm == "علي" and not trig.get("prefix") and not _obtained_later(toks, trig, fw)


def _obtained_later(toks: list[Token], trig: Mention, fw: FunctionWords) -> bool:
    """True when the clause of a negated verb of obtaining goes on, within eight words past its event noun and no
    punctuation, to «إلا» or «سوى» (function_words.tsv exceptive; a verb's: `_only`): the negation restricts,
    «only»: «لم تحصل على المساعدات إلا بعد توقيع الاتفاق», the aid was received later."""
    for k in range(trig.tok_end, min(len(toks), trig.tok_end + 8)):
        if toks[k].kind != "ar":
            return False
        if toks[k].norm in fw.exceptive:
            return True
    return False


def _construct_next(toks: list[Token], trig: Mention, fw: FunctionWords) -> bool:
    """True if an Arabic word that is no preposition follows the trigger and is definite or a name (no ending of an
    indefinite adjective: ـة، ـي، ـا، ـين، ـون، ـات): its genitive (اتهامات المالكي); not «مفاوضات جادة», an adjective
    of an indefinite subject, «لم تكن مفاوضات جادة بين الطرفين»: there were none."""
    k = tail_end_of(trig)
    if k >= len(toks) or toks[k].kind != "ar" or (w := strip_wa(toks[k].norm)) in fw.preposition:
        return False
    return _definite(w) or not w.endswith(_ADJECTIVE_ENDINGS)


def _owned_between(toks: list[Token], trig: Mention, c: Mention, cues: dict[int, Mention]) -> bool:
    """True if the one word between the negation noun c (عدم) and the trigger is a verbal noun with its owner's pronoun and the
    trigger is its complement in لـ or بـ: «عن عدم تفهمه لتهديدات كاودر», «عدم قبولها بالاتفاق»: what is negated
    is the understanding or acceptance, the threats and the agreement stand (not a word of undergoing, «عدم تعرضهم
    للاعتداء»: the attack did not befall them)."""
    k = c.tok_end
    if trig.tok_start != k + 1 or trig.get("prefix")[-1:] not in ("ل", "ب") or toks[k].kind != "ar":
        return False
    w = toks[k].norm
    return w.endswith(("ه", "ها", "هم", "هما")) and strip_wa(toks[c.tok_start].norm).endswith("عدم") and k not in cues


def _past_denial(toks: list[Token], cues: dict[int, Mention], c: Mention, i: int,
                 concessive: frozenset[str] = frozenset()) -> bool:
    """True if the trigger at token i stands past what the denial cue c governs: it is the verb that opens a relative
    clause («نفت الحركة مشاركتها في الحوار الوطني الذي دعا إليه الرئيس»: the call was made), a clause break and a
    word in و/ف, or a word of contrast, stand between («كما نفت إصابة أشخاص على الأرض، وأكدت فتح تحقيق»: a new
    clause, affirmed), a word of «despite» (`concessive`: «تنفي إيران أي تدخل رغم إقرارها بدعم المعارضة», the support
    is admitted), or the denial is the second of «تأكيد أو نفي» (confirming or denying: nothing denied)."""
    if i > 0 and (r := cues.get(i - 1)) is not None and r.label == "relative" or \
            c.tok_start > 0 and toks[c.tok_start - 1].norm == "او":
        return True  # (nor a denial after أو: «لا يمكنهما تأكيد أو نفي زيارة سليماني», neither confirmed nor denied)
    return any(toks[k].text in _CLAUSE_BREAKS and toks[k + 1].kind == "ar" and toks[k + 1].norm[:1] in ("و", "ف") and
               len(toks[k + 1].norm) > 3 or toks[k].norm == "بل" or strip_wa(toks[k].norm).startswith("لكن") or
               strip_wa(toks[k].norm) in concessive for k in range(c.tok_end, i))
    # (nor past بل or لكن: «نفت الشرطة صدور عفو عن متهم بل تم إطلاق سراحه بكفالة»: what follows is affirmed)


def _denied_predicate(toks: list[Token], trig: Mention, c: Mention, cues: dict[int, Mention], earlier: list[Mention],
                      fw: FunctionWords) -> bool:
    """True for an event noun that is (or is in construct in) the subject of «أن يكون/تكون» (function_words.tsv denied_be) after the
    denial c, within three words of it, whose predicate is a participle in the accusative (مـ … ا) within eight words
    after it in its clause: «نفى متحدث … أن يكون قرار رفض طلب آي منحه تأشيرة … مدفوعا بمخاوف»: what is denied is the
    motive; the refusal itself was made. Not a noun in the accusative, nor one past a verb after يكون: the object of
    that verb, the act denied («نفت الوزارة أن يكون الجيش شن هجوما مسلحا», whose adjective in ا is no predicate);
    nor an adverb (مجددا) taken for the predicate."""
    i = trig.tok_start
    b = next((k for k in range(c.tok_end, i - 1) if toks[k].norm in ("ان", "بان") and toks[k + 1].norm in fw.denied_be),
             -1)
    if b < 0 or i - (b + 1) > 3 or trig.get("pos") != "noun" and not (
            trig.get("aspect") == "perfect" and not trig.get("prefix") and i - (b + 1) > 1 and _bare_noun(toks[i - 1])):
        return False  # (a form spelled as a perfect in construct past the subject's head is the verbal noun: قرار رفض;
        # not past a noun with the article or a pronoun, its subject: «أن تكون طائراتها قصفت المدنيين»)
    if _accusative(toks[i].norm) or any(t.get("pos") == "verb" and b + 1 < t.tok_start < i and not (
            t.get("aspect") == "perfect" and not t.get("prefix") and _bare_noun(toks[t.tok_start - 1]))
            for t in earlier) or any((v := cues.get(k)) is not None and v.label == "light_verb"
                                     for k in range(b + 2, i)):
        return False  # (a form spelled as a perfect after a bare noun is a verbal noun in construct: «قرار رفض طلب»)
    for k in range(tail_end_of(trig), min(len(toks), tail_end_of(trig) + 8)):
        if toks[k].kind == "punct":
            return False
        w = toks[k].norm
        if toks[k].kind == "ar" and len(w) > 4 and w[0] == "م" and w.endswith("ا") and not w.endswith("ها") and \
                w not in fw.adverb:
            return True
    return False


def _accusative(w: str) -> bool:
    """True for a word ending in the accusative's alif (هجوما), not in the pronoun ها."""
    return w.endswith("ا") and not w.endswith("ها")


def _bare_noun(tok: Token) -> bool:
    """True for an Arabic word with no article and no possessive pronoun («قرار»; not «الجيش», «طائراتها»)."""
    w = tok.norm
    return tok.kind == "ar" and not strip_wa(w).startswith("ال") and not w.endswith(("ها", "هم", "هما", "هن")) and \
        not (w.endswith("ه") and last_letter(tok.text) != "ة")


def _joined_verb(toks: list[Token], trig: Mention, c: Mention, fw: FunctionWords) -> bool:
    """True for a finite verb in و/ف after the denial cue c with no أن between: a verb joined to the denial, told as done
    like it, «وينفي كل من الرجلين أي تورط لهما في الحادث ورفضت روسيا تسليمهما»; a finite one is an imperfect, one
    with its subject's ending (ت، وا) or one longer than three letters («واعتقل»), as a bare perfect of three letters
    may be a verbal noun still denied («نفى قيامه بالهجوم وقصف المدنيين»)."""
    if trig.get("pos") != "verb" or trig.get("prefix")[:1] not in ("و", "ف"):
        return False
    w = toks[trig.tok_start].norm[1:]
    if not (trig.get("aspect") == "imperfect" or w.endswith(("ت", "وا")) or len(w) > 3):
        return False
    return not any(strip_wa(toks[k].norm) in fw.complementizer for k in range(c.tok_end, trig.tok_start))


def _denied_report(toks: list[Token], cues: dict[int, Mention], k: int, fw: FunctionWords) -> bool:
    """True for a verb of telling at token k after «ما» (what) that a denial cue governs, at most thirty words before it
    in its sentence (a name and its apposition may stand between) and no new clause (a break and a word in و/ف):
    «نفى المتحدث الرسمي باسم ميليشيا الحوثي، محمد عبد السلام، ما نقل عن زعيمهم»، «نفى الجيش ما أعلنه المتمردون»:
    what was told is the denial's object, and the acts it tells of are denied; so a report noun's verb of telling:
    «نفى بيسكوف تقارير صحافية يونانية ذكرت أن أثينا تقدمت بطلب»."""
    if k < 2:
        return False
    if strip_wa(toks[k - 1].norm) != "ما":
        k = _report_noun(toks, k, fw)
        if k < 2:
            return False
    d = next((j for j in range(k - 2, max(-1, k - 31), -1) if (c := cues.get(j)) is not None and c.label == "denial"),
             None)
    return d is not None and not _past_denial(toks, cues, cues[d], k - 1)


def _report_noun(toks: list[Token], k: int, fw: FunctionWords) -> int:
    """One past the report noun (function_words.tsv report_noun: تقارير، تقرير، أنباء) that the verb of telling at k
    tells of, within eight words before it in its clause, «تقارير صحافية يونانية ذكرت»، «تقريرا لصحيفة "وول ستريت
    جورنال" قال» (-1 if none)."""
    for j in range(k - 1, max(-1, k - 9), -1):
        if toks[j].text in _CLAUSE_BREAKS:
            return -1
        if strip_wa(toks[j].norm) in fw.report_noun:
            return j + 1
    return -1


def _onset_subject(toks: list[Token], trig: Mention, fw: FunctionWords) -> bool:
    """True for an event noun followed in its clause, within eight words and no punctuation, by a future verb of
    beginning or going on (function_words.tsv onset_future): «أن معركة تحرير مدينة الرمادي ستبدأ خلال الأسابيع
    المقبلة» sets the battle to come; it supposes nothing."""
    i = trig.tok_start
    for k in range(tail_end_of(trig), min(len(toks), i + 9)):
        if toks[k].kind == "punct":
            return False
        if strip_wa(toks[k].norm) in fw.onset_future:
            return True
    return False


def _surprise(toks: list[Token], c: Mention, fw: FunctionWords) -> bool:
    """True for إذا right before بـ with a pronoun (function_words.tsv surprise_bi), «واذا بها لا تجد», or with a name
    or noun whose imperfect verb follows within three words, «واذا بمراد يأتي بالبصل»، «واذا بجارتهم ام سعود تقف»:
    the particle of surprise (and suddenly), which lays down no condition; not a perfect verb in بـ, «وإذا بليتم»."""
    k = c.tok_end
    if c.tok_end != c.tok_start + 1 or strip_wa(toks[c.tok_start].norm) != "اذا" or k >= len(toks):
        return False
    w = toks[k].norm
    if not w.startswith("ب") or toks[k].kind != "ar":
        return False
    if w in fw.surprise_bi:
        return True
    if len(w) < 4 or w.endswith(("ت", "وا", "تم", "تن", "نا")):
        return False
    return any(toks[j].kind == "ar" and toks[j].norm[:1] in ("ي", "ت") and len(toks[j].norm) >= 3
               for j in range(k + 1, min(len(toks), k + 4)))


def _no_condition(toks: list[Token], c: Mention, fw: FunctionWords, cues: dict[int, Mention] | None = None) -> bool:
    """True for a conditional cue c that lays down no condition: a word of a short quoted name («لو موند»), or of a
    name right after a verb of telling («وقال لو دريان») or after a foreign given name (function_words.tsv name_lead:
    «وزير الزراعة الفرنسية ستيفان لو فول»), «أي حال» (in any case: «في أي حال، فإن هذه الواقعة الجديدة
    تدعم»), حالة/حال before a state (function_words.tsv state_after_case: «في حالة حرجة», a state, no case), «حال دون» (the verb «prevented»: «لكن خروقات جماعة الحوثيين للهدنة حال دون تحقيقها»), or «إن لم يكن»
    (if not, an estimate: «وقتل مئات إن لم يكن آلاف الأشخاص»)."""
    k = c.tok_start
    if k > 0 and _quoted_name(toks, k - 1, 1) is not None or _surprise(toks, c, fw):
        return True  # (and «واذا بها», the surprise: no condition)
    if cues is not None and k > 0 and c.tok_end == k + 1 and toks[k].norm == "لو" and \
            (r := cues.get(k - 1)) is not None and r.label == "report":
        return True
    if k > 0 and c.tok_end == k + 1 and toks[k].norm == "لو" and strip_wa(toks[k - 1].norm) in fw.name_lead:
        return True  # (the particle of a family name after a foreign given name: «ستيفان لو فول»)
    if toks[k].norm.endswith("حال") and (k > 0 and strip_wa(toks[k - 1].norm) in fw.any_case or
                                         c.tok_end < len(toks) and toks[c.tok_end].norm == "دون" or
                                         toks[k].norm == "حال" and _prevented(toks, k, cues)):
        return True
    if toks[c.tok_end - 1].norm.endswith(("حال", "حاله")) and c.tok_end < len(toks) and \
            toks[c.tok_end].norm in fw.state_after_case:
        return True  # «غالبيتهم في حالة حرجة»، «في حال انعقاد دائم»: the state one is in, no case supposed
    return c.tok_end < len(toks) and toks[c.tok_end - 1].norm == "لم" and toks[c.tok_end].norm == "يكن"


def _prevented(toks: list[Token], k: int, cues: dict[int, Mention] | None) -> bool:
    """True for a bare «حال» at token k that is the verb «prevented»: right after a relative pronoun or ما («كينياتا
    الذي حال توجيه المحكمة اتهامات له … دون زيارة أوباما»، «ما حال دون»), or with «دون» within fourteen words after it
    in its clause: what it stands before is no case supposed."""
    if k > 0 and (toks[k - 1].norm == "ما" or cues is not None and (r := cues.get(k - 1)) is not None and
                  r.label == "relative"):
        return True
    for j in range(k + 1, min(len(toks), k + 15)):
        if toks[j].kind == "punct":
            return False
        if toks[j].norm == "دون":
            return True
    return False


def _given_that(toks: list[Token], trig: Mention, c: Mention, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for «إذا كان» that tells a fact as given, not a condition: a perfect verb after its كان (and subject,
    and قد) in its clause, «وإذا كان رئيس الوزراء الإسرائيلي بنيامين نتنياهو قد رفض، كما أكدت صحيفة «هآرتس»، عروضا
    سابقة»: the act was done, what follows draws on it; not «ما إذا» (whether), nor «لو كان» (had it been), nor an
    imperfect or an event noun after it («إذا كنتم توافقون على شروطنا»، «إذا كان التنظيم قد أعطى إشارة تنفيذ
    هجمات»); and an event noun right after كان, its subject, «وإذا كان هجوم قرية دوما أثار استياء»: it is given."""
    k, j, i = c.tok_start, c.tok_end, trig.tok_start
    if strip_wa(toks[k].norm) != "اذا" or k > 0 and strip_wa(toks[k - 1].norm) in fw.whether or \
            j >= i or (a := cues.get(j)) is None or a.label != "anterior" or _broken(toks, j, i):
        return False
    if trig.get("pos") == "noun" and i == j + 1 and (e := tail_end_of(trig)) < len(toks) and toks[e].kind == "ar":
        # an event noun as كان's subject, «وإذا كان هجوم قرية دوما أثار استياء كبيرا»: the attack is given, what is
        # supposed is what is told of it; not one a future verb or قد follows in its clause (إذا كان الهجوم سيستمر)
        for q in range(e, min(len(toks), e + 8)):
            w = strip_wa(toks[q].norm)
            if toks[q].kind == "punct":
                break
            if len(w) >= 5 and w[0] == "س" and w[1] in ("ي", "ت", "ن") or w in ("قد", "سوف") or \
                    (f := cues.get(q)) is not None and f.label == "future":
                return False
        return True
    # (a perfect told as one: after قد, or with its subject's ending; a bare form may be the verbal noun, «إذا كان
    # الحوار لا يحقق تقدما فإنه يبدو لي من المنطقي فرض عقوبات»)
    return trig.get("pos") == "verb" and trig.get("aspect") == "perfect" and not trig.get("future") and \
        (toks[i - 1].norm == "قد" or toks[i].norm.endswith(("ت", "وا")))


def _not_only(toks: list[Token], trig: Mention, fw: FunctionWords) -> bool:
    """True for a trigger whose clause goes on, within eight words and no punctuation, to «فقط» or «فحسب»
    (function_words.tsv not_only) with «بل» or «وإنما» (but_also) right after it, past a comma at most: «not only …
    but», «نحن لا ندافع عن الجنرال عون فقط، بل ندافع عن جعجع»: the act is told, and more; nothing negated."""
    for k in range(tail_end_of(trig), min(len(toks), trig.tok_end + 8)):
        if toks[k].kind == "punct":
            return False
        if toks[k].norm in fw.not_only:
            j = k + 1 + (k + 1 < len(toks) and toks[k + 1].kind == "punct" and toks[k + 1].text in ",،")
            return j < len(toks) and toks[j].norm in fw.but_also
    return False


def _only(toks: list[Token], trig: Mention, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for a verb whose clause goes on, within eight words and no punctuation, to «إلا» or «سوى»: the negation
    restricts, «only», and the act was done: «لم تقصف تركيا التنظيم المتطرف سوى ثلاث مرات»، «ولم يعتقل سوى مرة
    واحدة»، «ولم يفرج عن هذين الطيارين إلا في إطار صفقة تبادل»; not «إلا أن» (however), nor «إلا» before a past
    anchor or a condition, «لن تسمح بدخول أي مزور إلا بعد التحقق من أهليته», which keeps the act to come."""
    w = strip_wa(toks[trig.tok_start].norm)
    if trig.get("pos") != "verb" and not _passive_subject(trig, cues, fw, toks) or \
            trig.get("pos") == "verb" and w[:1] == "ت" and w.endswith("وا"):
        return False  # (nor a prohibition to «you»: «ولا تقتلوا النفس التي حرم الله إلا بالحق»)
    for k in range(tail_end_of(trig), min(len(toks), trig.tok_end + 8)):
        if toks[k].kind == "punct":
            return False
        if toks[k].norm in fw.exceptive:
            w = toks[k + 1].norm if k + 1 < len(toks) else ""
            return not (w.startswith("ان") or strip_wa(w) in fw.past_anchor or
                        (c := cues.get(k + 1)) is not None and c.label in ("hypothetical", "condition"))
    return False


def _only_by(toks: list[Token], trig: Mention, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for an event noun in بـ right after «إلا» (function_words.tsv exceptive) in a clause that «لن» or «لا»
    negates within eight words before: «لن يحدث ذلك إلا بالتنسيق مع الجامعة العربية»، «لا يمكن نشرهم إلا بموافقة
    البرلمان»: what something to come hangs on, a condition only supposed (a past «لم … إلا», «ولم يفرج عنهما إلا في
    إطار صفقة», tells what was done: `_only`)."""
    i = trig.tok_start
    if "ب" not in (trig.get("prefix") or "") or toks[i - 1].norm not in fw.exceptive:
        return False
    for k in range(i - 2, max(-1, i - 10), -1):
        if toks[k].kind == "punct":
            return False
        if strip_wa(toks[k].norm) in ("لن", "لا") and (c := cues.get(k)) is not None and c.label == "negation":
            return True
    return False


def _passive_subject(trig: Mention, cues: dict[int, Mention], fw: FunctionWords, toks: list[Token]) -> bool:
    """True for an event noun right after the passive تم/يتم, or after a light verbal noun past it: the passive verb's
    subject, which «إلا» further on restricts as it does a verb: «لم يتم تقديم دعم واسع النطاق إلا للقوات»."""
    i = trig.tok_start
    return (p := cues.get(i - 1)) is not None and p.label == "passive_light" or \
        i > 1 and toks[i - 1].norm in fw.light_masdar and (p := cues.get(i - 2)) is not None and \
        p.label == "passive_light"


def _preconditioned(toks: list[Token], trig: Mention, start: int, fw: FunctionWords) -> bool:
    """True for an event noun with no clitic right after a noun of a condition laid down (function_words.tsv
    precondition: «شرط الانسحاب»), or right after هو/هي that tells what such a noun, within ten words before in its
    clause and with no punctuation between, is: «يطرحون شرطا مسبقا رئيسيا لإبرام السلام هو الانسحاب الفوري»: a
    withdrawal demanded as a condition, only supposed."""
    i = trig.tok_start
    if trig.get("prefix"):
        return False
    if strip_wa(toks[i - 1].norm) in fw.precondition:
        return True
    if toks[i - 1].norm not in ("هو", "هي"):
        return False
    for k in range(i - 2, max(start, i - 12) - 1, -1):
        if toks[k].kind == "punct":
            return False
        if strip_wa(toks[k].norm) in fw.precondition:
            return True
    return False


def _ranked(toks: list[Token], trig: Mention, fw: FunctionWords) -> bool:
    """True for an event noun an ordinal follows right after it and its words (function_words.tsv ordinal: «وليست
    الزيارة الأولى للفياض إلى دمشق»): the negation denies the rank, not the act, which took place."""
    end = tail_end_of(trig)
    return trig.get("pos") == "noun" and end < len(toks) and strip_wa(toks[end].norm) in fw.ordinal


def _other_than(toks: list[Token], c: Mention, cues: dict[int, Mention], start: int) -> bool:
    """True for the negation cue c that is «غير» after a negation earlier in its clause: «other
    than», «only», and the act after it was done: «ولم يجد المتمردون ردا غير قصف مناطق المدنيين» (a name in
    brackets may stand between: «لم يكن أمام (حكومة الوحدة الوطنية) من خيار غير طلب الدعم», within twelve)."""
    k = c.tok_start
    if strip_wa(toks[k].norm) != "غير":
        return False
    for j in range(k - 1, max(-1, k - 13), -1):
        if j < start and toks[j].kind == "punct" and toks[j].text not in _BRACKETS:
            return False  # (past its clause; brackets around a name do not end it)
        if (n := cues.get(j)) is not None and n.label == "negation" and strip_wa(toks[j].norm) != "غير":
            return True
    return False


def _without_negated(toks: list[Token], c: Mention, cues: dict[int, Mention], fw: FunctionWords) -> int | None:
    """The token of a negation before the negation cue c when c is a word of «without» (function_words.tsv without:
    دون، بدون) and that negation stands within eight words before it in its clause: «لم يمر يوم دون أن تحتجز قوات
    الاحتلال»، «لم يترك المقال يمر بدون تعليق»: not without it, the act is told, not negated (None otherwise)."""
    k = c.tok_start
    if strip_wa(toks[k].norm) not in fw.without:
        return None
    start = _clause_start(toks, k)
    for j in range(k - 1, max(start, k - 8) - 1, -1):
        if toks[j].kind == "punct":
            return None
        n = cues.get(j)
        if n is not None and n.label == "negation" and n.tok_end <= k and strip_wa(toks[j].norm) not in fw.without \
                and strip_wa(toks[j].norm) != "غير":
            return j
    return None


def _may_keep_from(toks: list[Token], c: Mention, cues: dict[int, Mention], start: int, fw: FunctionWords) -> bool:
    """True when the negation cue c is a word of «without» (function_words.tsv without: دون) that a word of doubt
    (cues.tsv doubt, and hypothetical_weak before a present verb: قد يحول، ربما) stands before within three words in
    its clause, a verb of keeping from (function_words.tsv keep_from_verb: يحول) between: «قد يحول دون أن تقدم
    المؤسسة تمويلاً»: the act may be kept from happening, only supposed."""
    k = c.tok_start
    return strip_wa(toks[k].norm) in fw.without and any(
        (d := cues.get(j)) is not None and (d.label == "doubt" or d.label == "hypothetical_weak" and
                                            toks[d.tok_end].norm[:1] in "يتن") and  # (not «وقد انسحب»: done)
        any(strip_wa(toks[m].norm) in fw.keep_from_verb for m in range(d.tok_end, k))  # (not «يمكنه السفر دون أن»)
        for j in range(max(start, k - 3), k))


def _alleged(toks: list[Token], trig: Mention, cues: dict[int, Mention], earlier: list[Mention],
             fw: FunctionWords) -> bool:
    """True for an event noun that an earlier verb or noun of alleging (an ACCUSE trigger of mode allege: اتهم، اتهام،
    تهمة) governs: in بـ within eight words after it, «اتهمت باكستان الهند بانتهاك وقف إطلاق النار»، «واتهم بدعم نظام
    بن علي», or right after the noun of a charge, «بتهمة قتل»: the act is the accuser's claim, not told as a fact by
    the reporter; not past a clause break or a relative pronoun."""
    i = trig.tok_start
    noun = trig.get("pos") == "noun"
    bare = trig.get("aspect") == "perfect" and len(strip_wa(toks[i].norm)) == 3
    if not noun and (not bare or trig.get("prefix") not in ("", "و")):
        return False  # (a form of three letters spelled as a perfect is the verbal noun of the charge: بتهمة قتل، ودعم
        # المتمردين; a longer one is a verb, «واعتقل عشرة منهم», a new clause)
    bi = noun and "ب" in trig.get("prefix")
    # a conjunct of the charge: «بقصف الأحياء السكنية واعتقال المدنيين»، «بالتدخل في شؤون البحرين ودعم المتمردين»
    joined = trig.get("prefix") == "و"
    charges = {t.tok_start for t in earlier if t.label == "ACCUSE"}
    for t in earlier[-4:]:
        if t.label == "ACCUSE" and t.get("mode") == "allege" and _quoted_charge(toks, t, i):
            return True
        if t.label != "ACCUSE" or t.get("mode") != "allege" or t.tok_end > i or i - t.tok_end > (10 if joined else 8):
            continue
        if not (bi or t.tok_end == i and t.get("pos") == "noun" and not trig.get("prefix") or joined and any(
                toks[k].norm.startswith("ب") and toks[k].kind == "ar" and k not in charges and
                toks[k].norm not in fw.charge for k in range(t.tok_end, i - 1))) or _broken(toks, t.tok_end, i):
            continue  # (not a conjunct past a charge noun in بـ, «اتهام القضاء 14 شخصية بتهم فساد ورشاوى واعتقال
            # معظمهم»: the arrest may be told, not charged)
        if any((r := cues.get(k)) is not None and r.label == "relative" for k in range(t.tok_end, i)):
            continue
        return True
    return False


def _deed_purpose(toks: list[Token], c: Mention, cues: dict[int, Mention], earlier: list[Mention]) -> bool:
    """True for an aim cue (من أجل، بهدف) within twelve words past a relative pronoun whose clause opens with a perfect
    verb, an earlier trigger or a word with a perfect's ending (سارعت), with no punctuation between: «السعودية التي
    خاضت حرباً شريفة وجمعت حلفاءها من أجل مساندة ودعم اليمن»، «المملكة التي سارعت من أجل مساندة ودعم اليمن»: the
    deed was done, and the act it was done for is told with it, not as one still to come."""
    for r in range(c.tok_start - 1, max(-1, c.tok_start - 13), -1):
        if toks[r].kind == "punct":
            return False
        if (n := cues.get(r)) is not None and n.label == "relative":
            return any(t.tok_start == n.tok_end and t.get("pos") == "verb" and t.get("aspect") == "perfect"
                       for t in earlier) or n.tok_end < c.tok_start and _perfect_ending(toks[n.tok_end].norm)
    return False


def _was_before(cues: dict[int, Mention], k: int) -> bool:
    """True if «كان» (cues.tsv anterior) stands within two words before token k: «وكان من الأفضل أن»: fitting then."""
    return any((a := cues.get(j)) is not None and a.label == "anterior" for j in range(max(0, k - 2), k))


def _perfect_ending(norm: str) -> bool:
    """True for a word spelled as a perfect verb with its subject's ending (ـت، ـوا) and no prefix of the imperfect or
    the article: «المملكة التي سارعت من أجل مساندة ودعم اليمن» (a verb that is no trigger of its own)."""
    return len(norm) >= 4 and norm.endswith(("ت", "وا")) and not norm.startswith(("ت", "ي", "ن", "ال"))


def _condemned_aim(c: Mention, earlier: list[Mention]) -> bool:
    """True if an accusation or condemnation (an ACCUSE trigger) stands before the aim word `c` in its sentence, within
    thirty words: «كما دانت بشدة إقدام وزيرة القضاء … على تشكيل لجنة …، بهدف الاستيلاء على أراضي المواطنين»: the
    aim is the condemner's reading of the act, supposed, not one to come."""
    return any(t.label == "ACCUSE" and t.tok_end <= c.tok_start and c.tok_start - t.tok_end <= 30 for t in earlier)


def _quoted_charge(toks: list[Token], t: Mention, i: int) -> bool:
    """True for an event noun that opens a quoted charge name, the first right after the noun of a charge `t` or one
    after و in the list of quoted names that follows it, within twenty words and no punctuation but quote marks and
    commas: «وتوجه اليه تهمة "القتل الجماعي" و"الاستيلاء على السلطة"»، «ويواجه تهم "التجسس و"التعاون مع حكومات
    معادية"»: the act is the charge's name, not told as a fact."""
    a = t.tok_end
    if t.get("pos") != "noun" or not a < i <= a + 20 or toks[a].text not in _QUOTES or toks[i - 1].text not in _QUOTES:
        return False
    if i - 1 > a and (w := strip_wa(toks[i - 2].norm)) != "و" and w not in _COMMAS:
        return False
    return not any(toks[k].kind == "punct" and toks[k].text not in _QUOTES and toks[k].norm not in _COMMAS
                   for k in range(a, i))


def _vile_object(toks: list[Token], trig: Mention, fw: FunctionWords) -> bool:
    """True for an act of support or aid (_CHARGED) whose object is terrorism, extremism or a plot (function_words.tsv
    vile): right after it, «المسؤول الأول عن دعم الإرهاب»، «وهو يدعم مخططاً خارجياً», after its doer in لـ, «دعم
    إيران للإرهاب», or as the adjective of its object, «دعم الجماعات الإرهابية»: no one tells their own support of
    terror; it is a charge the speaker lays, supposed, not a fact (not past the next word: «دعم مكافحة الإرهاب»)."""
    j = trig.tok_end
    if trig.label not in _CHARGED or j >= len(toks) or toks[j].kind != "ar":
        return False
    if strip_wa(toks[j].norm) in fw.vile:
        return True
    w = toks[j + 1].norm if j + 1 < len(toks) and toks[j + 1].kind == "ar" else ""
    return w in fw.vile and (w.startswith("لل") or w.endswith("يه"))


def _liable(toks: list[Token], trig: Mention, fw: FunctionWords) -> bool:
    """True for an event told after «من شأنه أن» (function_words.tsv liable: شأنه، شأنها), «liable to», within six
    words past its أن with no punctuation between, or right after «من شأنه» with no أن: «معلومات من شأنها أن تعرضها
    لتنديد الأسرة الدولية»، «ما من شأنه أن يؤدي إلى مزيد من أعمال الاضطهاد»: what would or could follow, supposed."""
    i = trig.tok_start
    for j in range(i - 1, max(-1, i - 10), -1):
        if toks[j].kind == "punct":
            return False
        if toks[j].norm in fw.liable and j > 0 and strip_wa(toks[j - 1].norm) == "من":
            return j + 1 == i or j + 1 < i and toks[j + 1].norm == "ان" and i - (j + 2) <= 6
    return False


def _any_instance(toks: list[Token], trig: Mention, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for an event noun right after «أي/أية» (function_words.tsv any_one, or with ب/ل before it), or past one
    or two words between that are nouns in ة or prepositions, no cue or punctuation: «إن أي محاولة لإعادة فرض
    العقوبات … سيمثل مخالفة»، «فإن أي عملية اقتحام»: any act of the kind, a case supposed, none that took place."""
    i = trig.tok_start
    for j in range(i - 1, max(-1, i - 4), -1):
        n = strip_wa(toks[j].norm)
        if toks[j].kind == "ar" and (n in fw.any_one or toks[j].norm[:1] in ("ب", "ل") and toks[j].norm[1:] in
                                     fw.any_one):
            # (not under a negation before it, «لا يشكلون أي تهديد»: no act at all, rather than a supposed one)
            return not any((c := cues.get(k)) is not None and c.label == "negation" for k in range(max(0, j - 3), j))

        if toks[j].kind != "ar" or j in cues or not (n.endswith("ه") or n in fw.preposition):
            return False
    return False


def _partaken(toks: list[Token], trig: Mention, cues: dict[int, Mention], fw: FunctionWords,
              future: bool) -> tuple[bool, bool]:
    """(negated, future) of an event noun right after a verb of taking part or attending (function_words.tsv partake),
    or after it and في, that a negation stands right before: «لن تشارك في المفاوضات» (negated, and with لن still to
    come: both), «لم يحضر الاجتماع»: its subject takes no part in it."""
    i = trig.tok_start
    v = i - 1 if strip_wa(toks[i - 1].norm) in fw.partake else i - 2 if toks[i - 1].norm == "في" else -1
    if v < 1 or strip_wa(toks[v].norm) not in fw.partake or trig.get("prefix"):
        return False, future
    c = cues.get(v - 1)
    if c is None or c.label != "negation" or c.tok_end != v or strip_wa(toks[v - 1].norm) in fw.weak_negation:
        return False, future
    return True, future or toks[v - 1].norm in fw.future_negation


def _may(toks: list[Token], trig: Mention, cues: dict[int, Mention], start: int) -> bool:
    """True if «قد» right before the trigger makes it possible: an imperfect verb (قد يهاجم), not a perfect one,
    nor one in «كان … قد» (the past before the past), nor a form in ـوا, which after قد is a perfect (قد ادعوا)."""
    if trig.get("aspect") != "imperfect" or toks[trig.tok_start].norm.endswith("وا"):
        return False
    return _own_qad(toks, trig.tok_start - 1) or \
        not any((c := cues.get(k)) is not None and c.label == "anterior" for k in range(start, trig.tok_start))


_UNSEEN_REACH = 8  # words after a negated verb of seeing in which the act it governs is told


def _unseen(toks: list[Token], trig: Mention, cues: dict[int, Mention], start: int, fw: FunctionWords) -> bool:
    """True for a trigger a few words after a verb of seeing or noticing (function_words.tsv perceive) that a negation
    stands right before, in its clause and past no relative pronoun: «لم نشاهد أحدا من المواطنين طلب المساعدة»،
    «ولم نر أي دولة هاجمت إيران»: what was never seen done is negated; not a definite or owned noun,
    told as made before, whose carrying out is what was not seen («لم نر أيا من الطرفين نفذ تهديده»: the threats
    were made)."""
    i = trig.tok_start
    if not any(c.label == "negation" and i - 1 - _UNSEEN_REACH <= k < i - 1 for k, c in cues.items()):
        return False  # (no negation in reach, so none right before a verb of seeing there)
    for q in range(i - 1, max(start, i - _UNSEEN_REACH, 1) - 1, -1):
        if (c := cues.get(q)) is not None and c.label == "relative":
            return False
        if strip_wa(toks[q].norm) in fw.perceive:
            if (c := cues.get(q - 1)) is None or c.label != "negation" or c.tok_end != q:
                return False
            return trig.get("pos") != "noun" or not (_definite(toks[i].norm) or
                                                      toks[i].norm.endswith(("ه", "ها", "هم", "هما")))
    return False


def _may_have(toks: list[Token], trig: Mention, fw: FunctionWords) -> bool:
    """True for a perfect verb after «قد يكون قد» (the present of كان, function_words.tsv be_present: تكون، يكونوا):
    «إيران قد تكون قد تنازلت عن الكثير», it may have been done, only possible."""
    i = trig.tok_start
    return i > 2 and trig.get("aspect") == "perfect" and toks[i - 1].norm == "قد" and \
        toks[i - 2].norm in fw.be_present and _particle(toks[i - 3].norm) == "قد"


def _own_qad(toks: list[Token], q: int) -> bool:
    """True for «وقد» at token q: a قد that opens a clause of its own joined by و, «كانت زيارة دي ميستورا إلى طهران
    مفاجئة وقد تعقبها زيارة إلى موسكو», which no earlier كان makes the past before the past (that قد has no و:
    «وكان الشباب قد استهل»)."""
    return q >= 0 and toks[q].norm == "وقد"


def _way_put_forward(toks: list[Token], trig: Mention, fw: FunctionWords) -> bool:
    """True for an imperfect verb right after «هو أن» (an independent pronoun, function_words.tsv subject_pronoun, and
    أن: the predicate of a way, a need or a solution), or one in و going on such a verb within eight words in its
    clause: «لم يبق أمامنا سوى طريق واحد، وهو أن تجتمع القوى الديمقراطية»، «أمر وحيد مطلوب هو أن ينزل تيار المستقبل
    من برجه العاجي ويلتقي مع تكتل التغيير»: what is put forward as the way, only supposed, no fact."""
    i = trig.tok_start
    if toks[i - 1].norm == "ان":
        return _pronoun(toks[i - 2].norm, fw)
    if not trig.get("prefix", "").startswith("و"):
        return False
    for k in range(i - 1, max(2, i - 9) - 1, -1):
        if toks[k].kind != "ar":
            return False
        if toks[k - 1].norm == "ان" and _pronoun(toks[k - 2].norm, fw):
            return toks[k].norm[:1] in "يتن"
    return False


def _pronoun(w: str, fw: FunctionWords) -> bool:
    """True for an independent pronoun (function_words.tsv subject_pronoun), also in و or ف: هو، وهو، وهي، فنحن
    (strip_wa leaves a word of three letters whole, so وهو is taken apart here)."""
    return strip_wa(w) in fw.subject_pronoun or w[:1] == "و" and w[1:] in fw.subject_pronoun


def _dual_plural_future(w: str) -> bool:
    """True for a word in ستو (a noun beginning, time_words.tsv not_future: ستوديو، ستوكهولم) that ends in the dual or
    plural of an imperfect verb, ان or ون, with a stem of three letters at least: «وهما ستؤمنان عودة آلاف
    اللاجئين»، «ستوفرون»: the future verb, which no noun in ستو takes."""
    return w.startswith("ستو") and w.endswith(("ان", "ون")) and len(w) >= 7


def _light_object(toks: list[Token], trig: Mention, fw: FunctionWords) -> bool:
    """True for a possessed form spelled as a perfect verb right after a light verbal noun (function_words.tsv
    light_masdar: تقديم، إجراء): «تقديم استقالته» is the verbal noun, the light noun's object."""
    i = trig.tok_start
    return i > 0 and trig.get("possessed") == "1" and strip_wa(toks[i - 1].norm) in fw.light_masdar


def _cue_back(cues: dict[int, Mention], i: int, start: int, label: str) -> Mention | None:
    """The nearest cue of `label` four to seven words before token i, in its clause (from token `start`), or None:
    a cue of the kind that governs, past a few words of its own complement, the event noun at i."""
    for q in range(i - 4, max(start, i - 8) - 1, -1):
        c = cues.get(q)
        if c is not None and c.label == label:
            return c
    return None


def _possible_for(toks: list[Token], trig: Mention, cues: dict[int, Mention], start: int,
                  earlier: list[Mention]) -> bool:
    """True for an event noun four to seven words past a word of doubt (cues.tsv doubt) whose next word, in لـ,
    names the one it is possible for, with only words between (no punctuation, cue or other trigger): «يمكن لإيران
    في المستقبل الدخول في مفاوضات مع الولايات المتحدة»: only possible, not done (a near one, three words at most,
    the doubt cue reaches itself)."""
    i = trig.tok_start
    c = _cue_back(cues, i, start, "doubt")
    if c is None:
        return False
    w = toks[c.tok_end].norm
    if not (w.startswith("ل") and len(w) > 3) or c.tok_end in cues:
        return False
    return all(toks[k].kind == "ar" and k not in cues for k in range(c.tok_end, i)) and \
        not any(c.tok_end <= t.tok_start < i for t in earlier)


INTENDED_REACH = 8  # how many words before its object a verb of intending (يعتزم، ينوي) may stand, past its subject




def _intended_past_subject(toks: list[Token], trig: Mention, cues: dict[int, Mention], start: int,
                           earlier: list[Mention], fw: FunctionWords) -> bool:
    """True for an event noun with no clitic that a verb of intending in the present (function_words.tsv intend, read
    as a future or aim cue: يعتزم، ينوي، يريد) governs past its subject, INTENDED_REACH words at most, with a light
    verbal noun (توجيه، فرض) at most between: «يعتزم مسؤولون في وزارة العدل توجيه الاتهام إلى رئيس الشركة» (the
    subject's own في phrase no break); not past punctuation, a relative pronoun, a negation or another trigger, nor
    past a preposition or أن other than the subject's own (function_words subject_prep: «ينوي الوزير السفر إلى
    باريس بعد اعتقال الصحفي»: the arrest is no object of the intending; review of round 105), nor with كان a few
    words before the verb
    (a past plan or hope: `_past_hope`, `_hoped_noun`). The cue loop reads only the three words before the trigger."""
    i = trig.tok_start
    j = i - 1 if strip_wa(toks[i - 1].norm) in fw.light_masdar else i
    for k in range(j - 1, max(start, j - 1 - INTENDED_REACH) - 1, -1):
        if toks[k].kind != "ar" or any(t.tok_start <= k < t.tok_end for t in earlier[-3:]):
            return False
        w = strip_wa(toks[k].norm)
        if (w in fw.preposition or w in fw.complementizer) and w not in fw.subject_prep:
            return False
        c = cues.get(k)
        if c is not None and c.label in ("future", "aim") and w in fw.intend:
            return j - k > 2 and not any(strip_wa(toks[q].norm) in ("كان", "كانت", "كانوا") or (
                d := cues.get(q)) is not None and d.label == "anterior" for q in range(max(start, k - 3), k))
            # (nor «وكان بخاري يأمل في الحصول على مساعدة»: a past hope, `_hoped_noun`'s)
        if c is not None and c.label in ("relative", "negation"):
            return False
    return False


def _owner_aim(toks: list[Token], trig: Mention, cues: dict[int, Mention], start: int, earlier: list[Mention],
               fw: FunctionWords) -> bool:
    """True for a bare event noun (no article, no clitic: the object in the accusative) four to seven words past an
    aim noun (cues.tsv aim: استعداد، رغبة، نية) whose owner in construct, a name of two to five words with no
    preposition, punctuation (brackets around the name may stand: «نية (أبو مازن) تقديم استقالته»), past anchor
    (بعد), cue of a flag or a clause (_OWNER_BREAKS; a name's own cue, برنامج, may stand) or other trigger, fills the
    words between: «معلنا استعداد برنامج الأمم المتحدة للسكان مساعدة البلدان الأفريقية»: what the owner is ready to
    do is still to come (a near one the aim cue reaches itself)."""
    i = trig.tok_start
    if trig.get("prefix") or _definite(toks[i].norm):
        return False
    c = _cue_back(cues, i, start, "aim")
    if c is None:
        return False
    a = c.tok_end
    return i - a >= 2 and toks[a].norm not in fw.preposition and \
        all((toks[k].kind == "ar" or toks[k].text in _BRACKETS) and strip_wa(toks[k].norm) not in fw.past_anchor and
            ((n := cues.get(k)) is None or n.label not in _OWNER_BREAKS) for k in range(a, i)) and \
        not any(a <= t.tok_start < i for t in earlier)


def _may_object(toks: list[Token], trig: Mention, cues: dict[int, Mention], start: int, fw: FunctionWords) -> bool:
    """True for an indefinite event noun (or a form spelled as a perfect verb, فرض) a few words after «قد» and the
    imperfect verb right after it (eight words at most: «قد يخرج من السجن في نوفمبر بموجب إطلاق سراح مشروط»), «هدد
    المجلس بعواقب قد تشمل فرض عقوبات»، «قد يضغط على الحركة لعقد محادثات»: what
    the verb may bring is only possible. The verb is imperfect in يـ/نـ, or in تـ after a feminine subject (الهجمات
    قد تشمل, not «العبادي قد تلقى», a perfect), or the passive light يتم (function_words.tsv passive_present: «فقد
    يتم حظر حسابك للأبد»); not in «كان … قد» (the past before the past), nor past punctuation, a relative
    pronoun or ردا (function_words.tsv answer: an act answered, done)."""
    i = trig.tok_start
    if i < 2 or _definite(toks[i].norm):
        return False
    for q in range(i - 2, max(start, i - 8) - 1, -1):
        if toks[q].kind != "ar" or (c := cues.get(q)) is not None and c.label == "relative" or \
                strip_wa(toks[q].norm).startswith("لكن") or strip_wa(toks[q].norm) in fw.answer:
            return False  # (nor past لكن: «قد تنجح يوما ما لكنها رفضت طلبا»; nor past ردا, an act answered, done:
            # «الفراغ الذي قد يتركه أي إجراء روسي ردًا على دعم الدول الأوروبية لأوكرانيا»)
        if _particle(toks[q].norm) != "قد" or (c is None or c.label != "hypothetical_weak"):
            continue
        if trig.get("pos") == "verb" and i != q + 2:
            return False  # (a form spelled as a verb only right after the verb: قد تشمل فرض عقوبات)
        v = toks[q + 1].norm
        fem = q > 0 and (toks[q - 1].norm.endswith(("ه", "ات")) or strip_wa(toks[q - 1].norm) in ("انها", "لانها"))
        if v in fw.passive_present:
            return True  # (the passive light verb: «فقد يتم حظر حسابك للأبد», may be banned)
        light = (lv := cues.get(q + 1)) is not None and lv.label == "light_verb"  # (a light verb of three letters:
        # «أن دولته قد تشن هجمات على مسلحين»)
        if len(v) < (3 if light else 4) or not (v[0] in "ين" or v[0] == "ت" and fem) or v.endswith(("وا", "ت")):
            return False
        return _own_qad(toks, q) or not any((a := cues.get(k)) is not None and a.label == "anterior"
                                            for k in range(start, q))
    return False


def _doubted_object(toks: list[Token], trig: Mention, cues: dict[int, Mention], start: int, fw: FunctionWords) -> bool:
    """True for an event noun a few words past «أن» and the imperfect verb right after it, when a word of doubt stands
    (or a noun of possibility, function_words.tsv possibility) right before that أن: «احتمال أن تشن إسرائيل هجوما على
    إيران»، «يزيد احتمالات أن تشن اسرائيل هجوما عسكريا», the attack is only possible; not past punctuation,
    a relative pronoun or لكن."""
    i = trig.tok_start
    if trig.get("pos") != "noun" or i < 4:
        return False
    for q in range(i - 2, max(start - 1, i - 6, 1) - 1, -1):  # (أن opens the clause of its verb)
        if toks[q].kind != "ar" or (c := cues.get(q)) is not None and c.label == "relative" or \
                strip_wa(toks[q].norm).startswith("لكن"):
            return False
        if toks[q].norm != "ان":
            continue
        v = toks[q + 1].norm
        return len(v) > 2 and v[0] in "يتن" and ((d := cues.get(q - 1)) is not None and d.label == "doubt" and
                                                  d.tok_end == q or strip_wa(toks[q - 1].norm) in fw.possibility)
    return False


def _qualified(toks: list[Token], trig: Mention) -> int:
    """The token of the noun an adjective trigger qualifies, for a phone call's adjective right after its noun
    («خلال الاتصال الهاتفي»: the call, after خلال, is when something was said, no complement of it); else the
    trigger's own token."""
    i = trig.tok_start
    if trig.get("mode") == "phone" and i > 1 and toks[i - 1].kind == "ar":
        return i - 1
    return i


def _welcomed(toks: list[Token], trig: Mention, fw: FunctionWords) -> bool:
    """True for an imperfect verb right after بأن that a verb of welcoming (function_words.tsv welcome) stands right
    before: «يرحب بأن يزور محققون اليمن»: the act welcomed is still to come."""
    i = trig.tok_start
    return i > 1 and trig.get("pos") == "verb" and trig.get("aspect") == "imperfect" and not trig.get("prefix") and \
        toks[i - 1].norm == "بان" and strip_wa(toks[i - 2].norm) in fw.welcome


def _invitee_named(toks: list[Token], t: Mention, i: int) -> bool:
    """True for a call noun t (دعوة) whose maker in من and invitee in إلى both stand between it and token i: «دعوة من
    الرئيس فرنسوا هولاند إلى نظيره الإيراني حسن روحاني لزيارة فرنسا»: two names may stretch the call to its لـ."""
    between = [toks[k].norm for k in range(t.tok_end, i)]
    return t.get("pos") == "noun" and "من" in between and "الي" in between and \
        not any(toks[k].kind == "punct" for k in range(t.tok_end, i))


def _told_before(trig: Mention, cues: dict[int, Mention]) -> bool:
    """True for an event noun after a demonstrative (هذه الهجمات، هذا الاجتماع): it points back to an
    event already told, which cannot be the content of an appeal or threat."""
    c = cues.get(trig.tok_start - 1)
    return trig.get("pos") == "noun" and c is not None and c.label == "demonstrative"


def _light_between(toks: list[Token], a: int, b: int, fw: FunctionWords) -> bool:
    """True if a light verbal noun (function_words.tsv light_masdar: توجيه، تقديم، إجراء) stands between tokens a and
    b: «رفض وزير الداخلية توجيه أصابع الاتهام»: what is refused or agreed to is doing the act the noun after it
    names."""
    return any(strip_wa(toks[k].norm) in fw.light_masdar for k in range(a, b))


def _what_caused(toks: list[Token], trig: Mention) -> bool:
    """True for دعا right after «ما» or «مما» (what) that is not followed by its pronoun in إلى: «ما دعا
    السكان إلى النزوح»، «مما دعا الحكومة إلى» — what led someone to do something, a cause, no appeal by anyone
    (but «ما دعا إليه الرئيس» is what the president called for)."""
    k = trig.tok_start
    if k == 0 or strip_wa(toks[k - 1].norm) not in ("ما", "مما") or not strip_wa(toks[k].norm).startswith(
            ("دع", "يدع", "تدع")):
        return False  # (only a verb of calling: «ما يطلبه المشاهدون» is what they ask for)
    end = tail_end_of(trig)
    return end < len(toks) and not (toks[end].norm.startswith("الي") and len(toks[end].norm) > 3)


def _embeds(t: Mention, trig: Mention, cues: dict[int, Mention], toks: list[Token], fw: FunctionWords) -> bool:
    """True if the earlier trigger (or appeal cue) t, in the same clause, makes trig its (not yet factual)
    complement; a comma before a verbal noun in و that is the trigger keeps it in the list of what is asked
    (ناشدت … التدخل لرأب الصدع، ووقف إطلاق النار)."""
    if not (t.label in _EMBEDDING or t.kind == "cue" and t.label == "appeal") or not t.tok_start < trig.tok_start \
            or _broken(toks, _subject_comma(toks, t, trig, cues, fw),
                       trig.tok_start - _day_aside(toks, t.tok_end, trig.tok_start, fw), listed=trig):
        return False  # quotes do not end the clause: دعا إلى «التعاون المشترك»; nor a day set off by commas right
        # before the trigger: «رفضت دائرة العرض …، أمس، إطلاق سراح المتهمين»
    if t.label == "REQUEST" and t.kind != "cue" and _what_caused(toks, t):
        return False  # «ما دعا السلطات السودانية لإعادة توقيف الصيادين»: what led to the arrest, which took place
    if trig.label in ("REQUEST", "ACCUSE") and t.label in ("AGREE", "REJECT") and \
            not _light_between(toks, t.tok_end, trig.tok_start, fw):
        return False  # وافق على طلب، رفض طلبهم، رفض ادعاءات اللاعب: one accepts or refuses a request or claim made
        # (not the doing of it, a light verbal noun between: «ورفض وزير الداخلية توجيه أصابع الاتهام», not made)
    if trig.get("prefix")[:1] == "و" and t.tok_end == trig.tok_start and (
            t.label == "REQUEST" or (t.get("prefix") or "")[:1] == "و"):
        return False  # «بعدما قدم الهلال طلبا وأيده رئيس النصر»: a word in و right after the request is joined to
        # it, a fact told beside it; what a request asks for comes in its preposition or genitive, never in و; so a
        # word in و after a threat that is itself an item joined by و to a list («حالات اختطاف … وتهديد واقتحام
        # ونهب»), not after one that opens a pair («تزايد تهديدات وهجمات حركة الشباب»: threatened, as before)
    return not any((c := cues.get(k)) is not None and c.label == "relative" or toks[k].norm == "بل" or
                   strip_wa(toks[k].norm).startswith("لكن") or _other_side(toks, k, fw)
                   for k in range(t.tok_end, trig.tok_start))
    # (أطلب من الذين يحتجزون ابني: a relative clause; nor past لكن or بل, a new statement: «إنهم يصوتون ضد مشاريع
    # القوانين لكنهم يواصلون دعم الحكومة», the support goes on)
    # (nor past «وبين», the other side of «بين … و»: «تباينت بين التبرؤ من كون الدعوة وجهت إلى ساركوزي باسم «النداء»
    # وبين اتهام الرئيس الفرنسي السابق», the accusation was made)


def _subject_comma(toks: list[Token], t: Mention, trig: Mention, cues: dict[int, Mention], fw: FunctionWords) -> int:
    """The token the clause of the embedding trigger t goes on from towards trig: past a title set off by commas
    (_title_aside), or past a comma that closes a subject of fourteen words at most right after a verb t when what
    follows the comma is its object of three plain words at most, no cue among them, and then trig in بـ or لـ, its
    complement: «هدد عدد من مؤسسات حجاج الداخل، وزارة الحج بالانسحاب من حج هذا العام»; else t's end."""
    a, b = t.tok_end, trig.tok_start
    if (k := _title_aside(toks, a, b, cues, fw)) != a or t.get("pos") != "verb" or trig.get("prefix")[-1:] not in "بل" \
            or not trig.get("prefix"):
        return k
    k1 = next((k for k in range(a, min(b, a + 15)) if toks[k].kind != "ar"), None)
    if k1 is None or k1 == a or toks[k1].text not in _COMMAS or not 0 < b - k1 - 1 <= 3 or \
            any(toks[k].kind != "ar" or k in cues for k in range(k1 + 1, b)):
        return a
    return k1 + 1


def _title_aside(toks: list[Token], a: int, b: int, cues: dict[int, Mention], fw: FunctionWords) -> int:
    """The token just past a title set off by commas right after the subject of an embedding trigger or appeal cue
    (`_embeds`: a verb of asking, refusing, agreeing, threatening…; the subject five words at most, the title
    `_TITLE_WORDS`, no preposition, cue or و opening it): «دعا الدكتور أحمد الطيب، شيخ الأزهر، كبار علماء السنة …
    إلى الاجتماع»، «دعا عز الدين الأصبحي، مفوض الأمم المتحدة السامي لحقوق الإنسان، الرئيس الدوري لمجلس حقوق
    الإنسان لزيارة محافظة عدن»: the clause goes on past it; else a (tokens a to b)."""
    k1 = next((k for k in range(a, min(b, a + 6)) if toks[k].kind != "ar"), None)
    if k1 is None or k1 == a or toks[k1].text not in _COMMAS:
        return a
    k2 = next((k for k in range(k1 + 1, min(b, k1 + _TITLE_WORDS + 2)) if toks[k].kind != "ar"), None)
    if k2 is None or k2 == k1 + 1 or toks[k2].text not in _COMMAS or toks[k1 + 1].norm.startswith("و"):
        return a
    if any(k in cues or toks[k].norm in fw.preposition for k in range(a, k2) if k != k1):
        return a
    return k2 + 1


def _other_side(toks: list[Token], k: int, fw: FunctionWords) -> bool:
    """True for بين in و at token k (function_words.tsv between_other), «وبين اتهام الرئيس»: it opens the second side of
    «بين … و», a phrase of its own, not the complement of an appeal told on the first side."""
    return toks[k].norm[:1] == "و" and strip_wa(toks[k].norm) in fw.between_other


def _aside_intended(toks: list[Token], cues: dict[int, Mention], start: int) -> bool:
    """True for a clause opening with أن at `start` past an aside set off by commas (eight words at most) that a future
    or aim word ends right before: «وينتظر، وفقا للاتفاق الإيراني الغربي الأخير، أن ترفع العقوبات»: the verb after
    أن is what that word governs, still to come (not a hope of the past, كان يأمل)."""
    if start < 4 or toks[start - 1].text not in ",،":
        return False
    a = _clause_start(toks, start - 1)
    if a < 2 or toks[a - 1].text not in ",،" or start - 1 - a > 8:
        return False
    return any((c := cues.get(k)) is not None and c.label in _INTENDED and c.tok_end == a - 1 and
               not _past_hope(toks, cues, c, _clause_start(toks, k)) for k in range(max(0, a - 4), a - 1))


def _duty(toks: list[Token], i: int, start: int) -> bool:
    """True for an imperfect verb at token i right after the أن of «على X أن» opening its clause, a duty laid on X:
    «وقال: على مكونات الشعب العراقي أن تتعاون»، «وعلى الحكومة أن تنسحب»: what is due is not yet done (within
    six words, X a phrase of plain words)."""
    for j in range(i - 2, max(start, i - 8) - 1, -1):
        if toks[j].kind != "ar":
            return False
        if strip_wa(toks[j].norm) == "علي":
            return j < i - 2 and (j == start or j > 0 and (toks[j - 1].kind == "punct" or
                                                            toks[j - 1].text in _OPEN_QUOTES))
            # (not «على أن» with nothing between, «provided that»: «اختبارا على أن يستقيل في حال»)
    return False


_EXPECT_REACH = 12  # words between a verb of expecting and the أن of what it expects (its subject and adjuncts)


def _expected_far(toks: list[Token], j: int, start: int, fw: FunctionWords) -> bool:
    """True for the أن at token j whose clause opens, within twelve words before it, with a verb of expecting
    (function_words.tsv expect, foresee: توقع، يتوقع، توقعت) past its subject and adjuncts, with quote marks but no
    other punctuation or أن between: «وتوقع المحلل السياسي سالم الرويلي في تصريحات إلى "الوطن" أن يبادر
    المتمردون الحوثيون إلى الالتزام بالهدنة»: what follows أن is expected, still to come, not told as done."""
    for k in range(j - 1, max(start, j - _EXPECT_REACH) - 1, -1):
        w = strip_wa(toks[k].norm)
        if toks[k].kind == "punct" and toks[k].text not in _QUOTES or w in fw.complementizer:
            return False
        if w in fw.expect or w in fw.foresee:
            return k == start or k > 0 and (toks[k - 1].kind == "punct" or toks[k - 1].text in _OPEN_QUOTES)
    return False


def _predicted(toks: list[Token], trig: Mention, cues: dict[int, Mention], earlier: list[Mention], start: int,
               fw: FunctionWords) -> bool:
    """True for an event noun in the clause of the verb in the present right after the أن of a verb of expecting
    (`_expected_far`), within ten words after that أن, with no punctuation but quote marks, relative pronoun,
    negation, other أن or other trigger but that verb between: «وتوقع المحلل … أن يبادر المتمردون الحوثيون إلى
    الالتزام بالهدنة الجديدة»: the act expected is still to come, not told as done."""
    i = trig.tok_start
    for j in range(i - 2, max(start, i - 10) - 1, -1):
        c = cues.get(j)
        if toks[j].kind == "punct" and toks[j].text not in _QUOTES or \
                c is not None and c.label in ("relative", "negation", "report"):
            return False
        if strip_wa(toks[j].norm) in fw.complementizer:
            return toks[j + 1].norm[:1] in ("ي", "ت") and _expected_far(toks, j, start, fw) and \
                not any(j + 1 < t.tok_start < i for t in earlier[-4:])
    return False


def _taking_for(toks: list[Token], trig: Mention, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for the verbal noun of a seizure (COERCE seize) in the purpose لـ, or the control noun right after a
    verbal noun of taking back in it: a town to take, still to come («في محاولة لاستعادة موقع»، «عمليات لاسترداد
    المدينة من تنظيم داعش»، «في محاولة لاستعادة سيطرتها على مدينة عدن»; not «تمكنت القوات من تحرير المدينة»).
    Not a لـ of what befell, was condemned or caused: a raid undergone («تعرضت البلدة لمداهمة»، «تعرض المسجد الأقصى
    أمس لاقتحام»: an undergo cue within six words before, in the clause), or one a reaction or a cause governs
    («استنكارا لاقتحام المستوطنين»، «نظرا لسيطرة الحوثيين»: function_words reason_lam, cause, result), nor a verbal
    noun with its doer's pronoun
    («هنأ الجيش لاستعادته مدينة تكريت»: why). So one in the إلى of a verb of heading (function_words heading, its
    subject between: «وستتجه المقاومة الشعبية الى تحرير مدينة ابين»), and a town's taking in the genitive of a battle
    or operation noun (function_words campaign_head) that a word of starting or going on stands before (campaign_start:
    «بدأت القوات معركة استعادة مدينة الرمادي»، «منذ انطلاق عملية تحرير الموصل»; not «بعد معركة تحرير عدن»، «ونفذت
    القوات عملية تحرير تكريت بنجاح», told done). The seizures of these two are a town's taking (CAMEO 192) only."""
    if trig.label != "COERCE" or trig.get("mode") != "seize" or trig.get("pos") != "noun" and not trig.get("possessed"):
        return False  # (a control noun with its pronoun, «سيطرتها», is read in a verb's spelling: possessed)
    i = trig.tok_start
    if strip_wa(trig.get("prefix") or "") == "ل" and not trig.get("possessive"):
        k = i - 1  # (the word that governs the لـ)
    elif i > 0 and strip_wa(toks[i - 1].norm) in _TAKING_BACK_FOR:
        k = i - 2
    elif i > 0 and not trig.get("prefix") and strip_wa(toks[i - 1].norm) in _TOWARDS:
        return True  # «وتواصل القوات تقدمها نحو تحرير مدينة الموصل»: an advance towards it, not there yet
    elif i > 1 and not trig.get("prefix") and trig.entry.cameo == _TOWN_TAKEN and toks[i - 1].norm in _TO and any(
            strip_wa(toks[j].norm) in fw.heading for j in range(max(0, i - 5), i - 1)):
        return True  # «وستتجه المقاومة الشعبية الى تحرير مدينة ابين»: where the force heads, not there yet
    elif i > 1 and not trig.get("prefix") and strip_wa(toks[i - 1].norm) in fw.campaign_head and \
            trig.entry.cameo == _TOWN_TAKEN:
        # «بدأت القوات معركة استعادة مدينة الرمادي»: what a battle just begun is fought for; «شاركوا في عملية تحرير
        # المحافظة»، «بعد معركة تحرير عدن» tell it done
        return any(strip_wa(toks[j].norm) in fw.campaign_start for j in range(max(0, i - 6), i - 1))
    else:
        return False
    for j in range(k, max(-1, k - 6), -1):
        if toks[j].kind == "punct":
            break
        w = strip_wa(toks[j].norm)
        if (c := cues.get(j)) is not None and c.label == "undergo" or w in fw.reason_lam or w in fw.cause or \
                w in fw.result:
            return False
    return True


_TO = frozenset({"الي"})  # (normalised) «إلى»
_TOWN_TAKEN = "192"  # the CAMEO code of taking territory (the seizure rows of a town: تحرير، استعادة، سيطرة)
_TOWARDS = frozenset({"نحو", "صوب", "باتجاه"})  # (normalised) «towards»: a seizure noun after it is still ahead
_TAKING_BACK_FOR = frozenset({"لاستعاده", "لاسترداد", "لاسترجاع"})  # (normalised) «to take back», before control


def _attempt_made(toks: list[Token], trig: Mention, c: Mention) -> bool:
    """True for the aim cue «في محاولة» before an event noun with no لـ, or before an attack or a coercion other than a
    seizure: the attempt itself, made («في محاولة اغتيال»، «نجا المحافظ في محاولة لاغتياله»، «أطلقت الشرطة الغاز في
    محاولة لتفريق المتظاهرين»), not what it aimed at («في محاولة لاستعادة موقع الكشار»، «في محاولة للتوصل إلى
    اتفاق»)."""
    if toks[c.tok_end - 1].norm not in ("محاوله", "محاولات"):
        return False
    return "ل" not in (trig.get("prefix") or "") or trig.label == "ASSAULT" or \
        trig.label == "COERCE" and trig.get("mode") != "seize"


def _past_hope(toks: list[Token], cues: dict[int, Mention], c: Mention, start: int) -> bool:
    """True for a verb of hoping, wanting or intending in the present (a future cue in يـ/تـ: يأمل، يسعى، يريد، يعتزم)
    that «كان» (cues.tsv anterior) stands before within three words in its clause: «وكان بخاري يأمل في الحصول على
    مساعدة عسكرية أكبر»: what was hoped for is told as not come, only supposed (not to come: the hope is past)."""
    if c.label != "future" or strip_wa(toks[c.tok_start].norm)[:1] not in ("ي", "ت"):
        return False
    return any((a := cues.get(k)) is not None and a.label == "anterior"
               for k in range(max(start, c.tok_start - 3), c.tok_start))


def _hoped_noun(toks: list[Token], trig: Mention, cues: dict[int, Mention], start: int, fw: FunctionWords) -> bool:
    """True for an event noun in إلى or على (or بـ/لـ) that a past verb of hoping or wanting governs within eight
    words (see _past_hope): «وكان بخاري يأمل في الحصول على مساعدة عسكرية أكبر»."""
    i = trig.tok_start
    return _complement_noun(toks, trig, ("الي", "علي"), fw.scale) and any(
        (c := cues.get(k)) is not None and _past_hope(toks, cues, c, start) and not _apart(toks, cues, c.tok_end, i)
        for k in range(max(start, i - 8), i))


def _choice(toks: list[Token], trig: Mention, earlier: list[Mention], fw: FunctionWords) -> bool:
    """True for an act of agreeing or refusing right after «أو» whose other alternative, the event word right before
    it, is the opposite act: «أمام الكونجرس حتى 17 سبتمبر للموافقة على الاتفاق أو رفضه»، «قد يوافق أو يرفض»; or, for
    a refusal, a verbal noun of accepting that is no trigger (function_words.tsv accept_noun), within three words
    before the أو: «للتصديق على الاتفاق أو رفضه»، «تحتفظ بخيار قبوله أو رفضه»: a choice still open, neither told as
    done."""
    if trig.label not in _OPPOSITE:
        return False
    i = trig.tok_start
    if trig.label == "REJECT" and any(_stem_in(toks[k].norm, fw.accept_noun) for k in range(max(0, i - 4), i - 1)) \
            and not _broken(toks, max(0, i - 4), i):
        return True
    return any(t.label == _OPPOSITE[trig.label] and i - tail_end_of(t) <= 5 and not _broken(toks, t.tok_end, i)
               for t in earlier[-2:])


def _will_be(toks: list[Token], i: int, start: int, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for an imperfect verb at token i within seven words after «will be» (function_words.tsv future_be:
    سيكون، ستكون) in its clause, its predicate: «حيث سيكون أول رئيس أميركي على الإطلاق يزور هذا البلد» (not past
    a relative pronoun or punctuation, which start a clause of its own)."""
    for j in range(i - 1, max(start, i - 8) - 1, -1):
        if toks[j].kind == "punct" or (c := cues.get(j)) is not None and c.label == "relative":
            return False
        if strip_wa(toks[j].norm) in fw.future_be:
            return True
    return False


def _averted(toks: list[Token], trig: Mention, fw: FunctionWords) -> bool:
    """True for an event noun right after a verbal noun of preventing or averting (function_words.tsv prevent: منع،
    تجنب، تفادي، الحيلولة, with بـ/لـ or the article), or after it and an occurrence noun («سقوط»، «وقوع»), «دون» or
    «أي», or in the من of the one it keeps from it: «لمنع سقوط قتلى مدنيين»، «للحيلولة دون وقوع هجمات»، «لتجنب أي
    اشتباكات»، «بمنع الكونغرس من فرض عقوبات»: what is to be prevented has not happened, only supposed."""
    i = trig.tok_start
    if trig.get("prefix") or i == 0 or trig.get("pos") != "noun" and not (
            trig.get("aspect") == "perfect" and (toks[i - 1].norm == "من" or _prevent_noun(toks[i - 1].norm, fw))):
        return False  # (a form spelled as a perfect right after من is the verbal noun: «من فرض عقوبات»; so right after
        # a verbal noun of preventing in لـ/بـ or with the article, its genitive: «لتجنب حكم محتمل بالسجن»)
    k = i - 1
    for skip in (fw.occurrence, fw.without | fw.any_case):
        if k > 0 and (toks[k].norm in skip or strip_wa(toks[k].norm) in skip):
            k -= 1  # (an occurrence noun, then دون or أي: للحيلولة دون وقوع هجمات)
    if k == i - 1 and toks[k].norm == "من":
        # (or in the من of the one kept from it, within three words: «وعد أوباما بمنع الكونغرس من فرض عقوبات»)
        return any(_stem_in(toks[q].norm, fw.prevent) for q in range(max(0, k - 4), k - 1)) and \
            not _broken(toks, max(0, k - 4), k)
    return k < i - 1 and toks[k].kind == "ar" and _stem_in(toks[k].norm, fw.prevent) or \
        k == i - 1 and _stem_in(toks[k].norm, fw.prevent)


def _spared(toks: list[Token], trig: Mention, earlier: list[Mention], fw: FunctionWords) -> bool:
    """True for an event noun with no clitic that is the second object of a word of averting (function_words.tsv
    prevent: تجنب، منع، تفادي, verb or verbal noun) past the party spared, one to five plain words with no preposition
    or other event word, or past an «أو» after an alternative: «تسوية تجنب الحكومة ورئيسها الاعتكاف أو الاستقالة»: what
    the party is spared has not happened, only supposed."""
    i = trig.tok_start
    if trig.get("prefix") or trig.get("pos") != "noun" or i < 3:
        return False
    for k in range(i - 1, max(0, i - 7) - 1, -1):
        w = toks[k].norm
        if toks[k].kind != "ar" or w in fw.preposition or any(t.tok_start <= k < t.tok_end for t in earlier[-3:]):
            return False
        if strip_wa(w) in fw.prevent or _prevent_noun(w, fw):
            return i - k >= 2 and toks[k + 1].norm != "من"
    return False


def _prevent_noun(norm: str, fw: FunctionWords) -> bool:
    """True for a verbal noun of preventing or averting (function_words.tsv prevent) that لـ، بـ or the article marks
    as a noun, not a verb (لتجنب، بمنع، التفادي; not تجنب alone, which also spells «she avoids»)."""
    w = strip_wa(norm)
    return any(w.startswith(p) and w[len(p):] in fw.prevent for p in _STEM_PREFIXES[1:])


def _stem_in(norm: str, words: frozenset[str]) -> bool:
    """True if the normalised word, without a leading و/ف and with بـ، لـ، the article, بال or لل taken off, is one of
    `words` (للتحقيق، بالثأر، لمنع)."""
    return strip_wa(norm) in _stem_forms(words)


_STEM_PREFIXES = ("", "ب", "ل", "ال", "بال", "لل")  # what _stem_in takes off a word


@lru_cache(maxsize=None)
def _stem_forms(words: frozenset[str]) -> frozenset[str]:
    """Each of `words` with each of _STEM_PREFIXES put on: a word is one of them exactly when, one prefix taken off,
    it is one of `words` (one look-up a word, not six; made once per word class)."""
    return frozenset(p + w for w in words for p in _STEM_PREFIXES)


def _redressed(toks: list[Token], trig: Mention, fw: FunctionWords) -> bool:
    """True for an event word in the genitive of a noun of inquiry, redress or aftermath (function_words.tsv
    redress), right after it, in لـ, or after its preposition: «دعت إلى فتح تحقيق في مقتل الصحفي»، «توعدوهم بالثأر
    لمقتل أقاربهم»، «يرفض الحوثيون تسلم جثث قتلاهم»: the act was done; what is asked, threatened or refused is its
    aftermath."""
    k = trig.tok_start - 1
    if "ب" in trig.get("prefix"):
        return False  # (بـ on the act tells the means of the redress: «هدد الحزب بالرد بقصف المواقع», threatened)
    if k > 0 and not trig.get("prefix") and toks[k].norm in fw.preposition:
        k -= 1
    return k >= 0 and toks[k].kind == "ar" and _stem_in(toks[k].norm, fw.redress)


def _feared(toks: list[Token], trig: Mention, fw: FunctionWords) -> bool:
    """True for an event feared (function_words.tsv fear: خوفا، خشية، مخاوف، يخشى): an event noun right after the
    fear word or its من, or after an occurrence noun past them, «خوفاً من هجمات انتقامية»، «خشية وقوع هجمات»، «مخاوف
    من وقوع اشتباكات», or an imperfect verb right after its أن or «من أن», «وسط مخاوف أن يقود الاتفاق»: what is
    feared has not happened, only supposed."""
    i = trig.tok_start
    if trig.get("prefix"):
        return False
    back = [strip_wa(toks[k].norm) for k in range(i - 1, max(-1, i - 4), -1)]
    if (trig.get("pos") == "noun" or trig.get("aspect") == "perfect") and i > 2 and toks[i - 2].norm == "ان" and \
            toks[i - 1].kind == "ar" and \
            toks[i - 1].norm[:1] in ("ي", "ت") and len(toks[i - 1].norm) > 3 and _feared_that(toks, i - 2, fw):
        return True  # (the subject of the verb after a fear's أن: «يخشى زعماء الدول الخليجية من أن يؤدي رفع العقوبات»)
    if trig.get("pos") == "noun":
        if back and (toks[i - 1].norm in fw.occurrence or back[0] == "عدم"):
            back = back[1:] + ([strip_wa(toks[i - 4].norm)] if i > 3 else [])  # «خشية وقوع هجمات»، «من مغبة عدم
            # الموافقة»: what is feared not to happen is no more told than what is feared to
        return bool(back) and (back[0] in fw.fear or len(back) > 1 and back[0] == "من" and back[1] in fw.fear)
    if trig.get("aspect") != "imperfect" or not back or back[0] != "ان":
        return False
    return len(back) > 1 and back[1] in fw.fear or len(back) > 2 and back[1] == "من" and back[2] in fw.fear


def _licensed(toks: list[Token], trig: Mention, fw: FunctionWords) -> bool:
    """True for an event noun in لـ right after a noun of licence or leave (function_words.tsv licence: ترخيص، رخصة،
    تفويض، الضوء الأخضر): «تفسر السلطات الإثيوبية زيارة أوباما بمثابة ترخيص لقمع وسائل الإعلام»، «لا يوجد دين يمنح
    رخصة للقتل»: the act is only permitted, not told as done."""
    i = trig.tok_start
    return i > 0 and trig.get("pos") == "noun" and trig.get("prefix")[-1:] == "ل" and \
        strip_wa(toks[i - 1].norm) in fw.licence


def _claimed(toks: list[Token], trig: Mention, fw: FunctionWords) -> bool:
    """True for an event noun right after a noun of claims (function_words.tsv claim: مزاعم، ادعاءات), its genitive,
    or after its عن or حول: «بعيدة تماما عن مزاعم دعمها للإرهاب»: the act is what someone claims, not told as a
    fact."""
    i = trig.tok_start
    if i < 1 or trig.get("prefix"):
        return False
    if i > 2 and strip_wa(toks[i - 3].norm) in fw.claim and toks[i - 3].norm.startswith("ب") and \
            _pronoun_owned_noun(toks[i - 2].norm) and toks[i - 1].kind == "ar" and \
            not toks[i - 1].norm.startswith("ال"):
        return True  # «أحرقت ثلاثة شبان بدعوى زرعهم عبوة ناسفة»: the act done on a pretext, the verbal noun with its
        # doer's pronoun and the device, what was claimed
    return strip_wa(toks[i - 1].norm) in fw.claim or i > 1 and toks[i - 1].norm in ("عن", "حول") and \
        strip_wa(toks[i - 2].norm) in fw.claim


def _pronoun_owned_noun(w: str) -> bool:
    """True for a word with no article ending in a plural or dual possessive pronoun (زرعهم، قتلهما، تورطهن): a
    verbal noun with its doer."""
    return not w.startswith("ال") and len(w) > 4 and w.endswith(("هم", "هما", "هن"))


def _accused(toks: list[Token], trig: Mention, start: int, fw: FunctionWords) -> bool:
    """True for an event noun that is the charge of a word of being accused, suspected or convicted
    (function_words.tsv accused) in its clause: in بـ right after it, «عناصر إرهابية متهمة بالدعوة لاغتيال السبسي», or
    indefinite with no clitic in في, right after it or past its في and one word, «اعتقال ثلاثة أشخاص يشتبه في مشاركتهم في
    قتل الشرطيين»:
    the act is what is charged, claimed, not told as a fact (not a definite noun in في, «المتهمين في التوقيف», where
    the accused are held)."""
    i = trig.tok_start
    if trig.get("pos") != "noun" or trig.label == "ACCUSE" or i < 1:
        return False  # (the charge noun itself, «متهم بتهمة غسيل الأموال», is laid: a fact)
    prefix = trig.get("prefix") or ""
    if strip_wa(toks[i - 1].norm) in fw.accused:
        return prefix[-1:] == "ب"
    if i < 2 or prefix or toks[i].norm.startswith("ال") or toks[i - 1].norm != "في":
        return False
    if strip_wa(toks[i - 2].norm) in fw.accused:
        return i - 2 >= start
    return i > 3 and i - 4 >= start and toks[i - 3].norm == "في" and toks[i - 2].kind == "ar" and \
        strip_wa(toks[i - 4].norm) in fw.accused


def _ruled_out(toks: list[Token], c: Mention, i: int, cues: dict[int, Mention]) -> bool:
    """True if the trigger at i stands within six words after an أن that follows the ruling-out verb `c` (cues.tsv
    ruled_out) within five words, with no negation before the verb and no punctuation between: «واستبعد المسؤول أن
    تشن إسرائيل هجوما»: what is ruled out is denied."""
    k = c.tok_start
    if k > 0 and (n := cues.get(k - 1)) is not None and n.label == "negation":
        return False
    that = next((j for j in range(c.tok_end, min(i, c.tok_end + 5)) if strip_wa(toks[j].norm) in ("ان", "بان")), None)
    return that is not None and i - that <= 6 and not any(toks[j].kind == "punct" for j in range(c.tok_end, i))


def _denied_charge(toks: list[Token], trig: Mention, c: Mention, earlier: list[Mention], fw: FunctionWords) -> bool:
    """True if an accusation (an ACCUSE trigger, or a word of charge or claim of function_words.tsv charge, claim)
    stands between the denial `c` and the trigger: «نفت الشرطة اتهامات بقتل المتظاهرين»: the act is what the
    accusers claim and the accused deny, neither told as fact nor as not done: hypothetical."""
    i = trig.tok_start
    return any(t.label == "ACCUSE" and c.tok_end <= t.tok_start < i for t in earlier) or \
        any(strip_wa(toks[j].norm) in fw.charge or strip_wa(toks[j].norm) in fw.claim for j in range(c.tok_end, i))


def _claimed_that(toks: list[Token], trig: Mention, start: int, fw: FunctionWords, cues: dict[int, Mention]) -> bool:
    """True for an event word within four words after the أن/إن of a verb of claiming or hearsay (function_words.tsv
    claim_verb), right before it or past a one-word subject, in its clause: «ممرضا استراليا يزعم أنه قدم مساعدة طبية»،
    «تردد أن علي صالح كان يقوم بتهريب»: claimed or rumoured, no fact; or further before it (see _claim_far); a verb
    within eight words after that أن, «وزعم البيان … أن تنفيذ العملية يعتبر وقائيا ضد شرطيين كانا يتعاونان مع عصابة
    داعش», is told in the claim too (quote marks end no clause there)."""
    i = trig.tok_start
    reach = 9 if trig.get("pos") == "verb" else 5
    for j in range(i - 1, max(start, i - reach) - 1, -1):
        w = strip_wa(toks[j].norm)
        if j < i - 4 and toks[j].text in _QUOTES:
            continue
        if w in fw.complementizer or w in fw.pronoun_that:
            return any(k >= start and strip_wa(toks[k].norm) in fw.claim_verb for k in (j - 1, j - 2)) or \
                _claim_far(toks, j, start, fw, cues)
        if toks[j].kind == "punct":
            return False
    return False


def _purpose_conjunct(toks: list[Token], trig: Mention, cues: dict[int, Mention], start: int,
                      fw: FunctionWords, earlier: list[Mention]) -> bool:
    """True for an event noun in و that continues the verbal noun a purpose word governs through إلى or على, within
    six words with no punctuation or relative pronoun between: «ويهدف إلى تقسيم العراقيين وقطع علاقات العراق»: a
    second aim, not an act told, still to come (the first one, «يهدف إلى دعم الاقتصاد», is the purpose class's own);
    so the verbal noun right after an aim word of purpose (cues.tsv aim: بهدف، من أجل), within eight words: «بهدف إيجاد
    حل سلمي للأزمة في اليمن ورفع الحصار»; not past another event word, which the conjunct joins («كان يرغب في
    توريطها معه في قتل وتشريد السوريين»: the displacement is told with the killing)."""
    i = trig.tok_start
    if trig.get("prefix") != "و" or trig.get("pos") != "noun" and not (
            trig.get("aspect") == "perfect" and len(strip_wa(toks[i].norm)) == 3):
        return False  # (a form of three letters spelled as a perfect is the verbal noun: وقطع علاقات)
    for j in range(i - 2, max(start, i - 9) - 1, -1):
        if toks[j].kind == "punct" or (r := cues.get(j)) is not None and r.label == "relative":
            return False
        if r is not None and r.label == "aim" and r.tok_end < i - 1 and not _number(toks[j].norm, fw) and \
                toks[r.tok_end].kind == "ar" and r.tok_end not in cues and not any(j < t.tok_start < i for t in earlier):
            # (its verbal noun right after it, «بهدف إيجاد حل», and this one joined to it; not a talk after a topic
            # word, function_words.tsv topic_aim: «تناول اللقاء سبل تعزيز العلاقات وبحث الأوضاع», a topic talked of)
            return not (trig.label == "CONSULT" and strip_wa(toks[j].norm) in fw.topic_aim)
        if j < start + 1 or i - j > 7:
            continue
        if toks[j].norm in ("الي", "علي"):
            # (or past the purpose verb's subject, three words at most: «وتهدف مذكرة التفاهم إلى رعاية ودعم»)
            return any((c := cues.get(m)) is not None and c.label == "purpose" and c.get("pos") != "noun" and
                       (c.tok_end == j or toks[m].norm.lstrip("و").startswith(("ي", "ت")) and
                        all(toks[n].kind == "ar" and n not in cues for n in range(c.tok_end, j)) and
                        not any(c.tok_end <= t.tok_start < j for t in earlier))
                       for m in range(max(start, j - 4), j))
    return False


def _setting(toks: list[Token], t: Mention, trig: Mention, fw: FunctionWords) -> bool:
    """True for an event noun in في, right after it or after the noun it completes, that a verb of agreeing t stands
    before with no على or أن between: «واتفق الرئيسان في اتصال هاتفي أول أمس على العمل سويا», the call is where the
    agreement was reached, no complement of it (which comes in على: «اتفقا على المشاركة في الاجتماع»)."""
    i = trig.tok_start
    if t.label != "AGREE" or trig.get("pos") != "noun" or trig.get("prefix"):
        return False
    k = i - 1 if i > 0 and toks[i - 1].norm == "في" else i - 2
    if k < t.tok_end or toks[k].norm != "في" or k == i - 2 and toks[i - 1].kind != "ar":
        return False
    return not any(strip_wa(toks[j].norm) == "علي" or strip_wa(toks[j].norm) in fw.complementizer
                   for j in range(t.tok_end, k))


def _intended_noun(toks: list[Token], trig: Mention, cues: dict[int, Mention], start: int, fw: FunctionWords) -> bool:
    """True if the event noun is still to come (الاجتماع المقبل), the topic talked of (بحث الوزيران التعاون
    العسكري: cooperation, aid or support after a word of discussing), what is needed (تتطلب الخطط موافقة البرلمان),
    or the verbal noun an aim, purpose or future word governs through its preposition (أكد حرص المملكة العربية
    السعودية على التعاون، يهدف إلى دعم الاقتصاد); the clause starts at token `start`."""
    i = trig.tok_start
    if _upcoming(toks, trig, cues, fw) or _upcoming_before(toks, trig, cues, fw):
        return True
    reach = 8 + _gloss_aside(toks, max(start, i - 14), i)  # (a gloss lengthens no clause: «بنهاية يوليو (تموز)»)
    before = [(k, c) for k in range(max(start, i - reach), i) if (c := cues.get(k)) is not None and
              not (c.label == "aim" and _number(toks[k].norm, fw))]
    # (a quantity word spelled as an aim word is none: «أحالت 41 متهماً … وعدة جنسيات أخرى إلى المحكمة بتهمة»)
    if trig.label in _TOPICS and any(c.label == "discuss" and not _apart(toks, cues, c.tok_end, i) for _, c in before):
        return True
    if any(c.label == "need" and not _apart(toks, cues, c.tok_end, i) for _, c in before):
        return True  # وتتطلب هذه الخطط بعد ذلك موافقة البرلمان: an approval required, not given
    return (_complement_noun(toks, trig, ("الي", "علي"), fw.scale) or _light_complement(toks, trig, cues)) and any(
        (c.label in _INTENDED and k < i - 3 or c.label == "purpose" or c.label == "keen" and _keen(toks, cues, k, fw))
        and not _apart(toks, cues, c.tok_end, i) and not _passed_complement(toks, c, i, fw) for k, c in before)


def _planned(toks: list[Token], trig: Mention, cues: dict[int, Mention], fw: FunctionWords,
             words: frozenset[str] | None = None, start: int = 0, earlier: list[Mention] | None = None) -> bool:
    """True for an act in لـ right after a word of planning or preparing (function_words.tsv planned), or within
    twelve words after one in its clause, past its subject, with no other event word, relative pronoun or punctuation
    between, or after its light verbal noun in لـ (plan_light: لشن، لتنفيذ): «خططوا لخطف قائده»، «خططوا لشن هجوم على
    قاعدة عسكرية»، «يتأهبوا لهجوم»، «تستعد قوة معززة من عناصر الوحدات الخاصة الصهيونية بلباسها العسكري لاقتحام
    الأقصى»: the act planned is still to come; so an event noun right after a past verb of wanting (wish: «أرادوا
    اعتقال أبنائهم»). Other `words` than the planning ones (basis: «كقاعدة لإطلاق المفاوضات») are read only right
    before the act."""
    i = trig.tok_start
    planned = fw.planned if words is None else words
    if trig.get("prefix")[-1:] == "ل":
        if (w := strip_wa(toks[i - 1].norm)) in planned:
            return w not in fw.partake  # («تحضر الوزيرة لتوقيع الاتفاق»: attends to sign, it is done)
        if words is not None:
            return False
        k = _governing_verb(toks, cues, i, max(start, i - 13), fw.planned, earlier or [])
        return k >= 0 and (strip_wa(toks[k].norm) not in fw.partake or _lam_pronoun(toks, k + 1))
        # (a verb that is both, يحضر: prepares only with its pronoun in لـ, «كانت ميليشيات الحوثي تحضر له لمداهمة»)
    if words is None and trig.get("pos") == "noun" and not trig.get("prefix") and strip_wa(toks[i - 1].norm) in fw.wish:
        return True  # «الذين أرادوا اعتقال أبنائهم»: wanted, not done
    return i > 1 and toks[i - 1].norm in fw.plan_light and strip_wa(toks[i - 2].norm) in planned


def _sufficed(toks: list[Token], trig: Mention, cues: dict[int, Mention], fw: FunctionWords) -> tuple[bool, bool]:
    """(negated, hypothetical) of an act in لـ right after a word of sufficing (function_words.tsv suffice: يكفي،
    بما يكفي): what would be enough for it is only possible, «ما يكفي لإطعام 180 ألف شخص»; after a negated one it
    never happened, «لم يكن يكفي ليطلب» (a negation within two words before the sufficing word)."""
    k = trig.tok_start - 1
    if strip_wa(toks[k].norm) not in fw.suffice:
        return False, False
    neg = any((c := cues.get(j)) is not None and c.label == "negation" for j in range(max(0, k - 2), k))
    return neg, not neg


def _not_that(toks: list[Token], trig: Mention, fw: FunctionWords) -> bool:
    """True for an imperfect verb right after ألا written with the hamza above (أن لا: «وهي ألا يهددوا إيرانيا»،
    «وألا يتدخل»): the verb is negated; not إلا (except), written with the hamza below or none."""
    i = trig.tok_start
    if i == 0 or trig.get("pos") != "verb" or trig.get("aspect") != "imperfect" or trig.get("prefix"):
        return False
    prev = toks[i - 1]
    return strip_wa(prev.norm) in fw.not_that and "\u0623" in prev.text  # (the class pins the word: ألا، وألا، فألا)


def _when_imperfect(toks: list[Token], trig: Mention, start: int, fw: FunctionWords) -> bool:
    """True for an event in a clause of time opened by عندما/حينما/متى with an imperfect verb, «سيتم الإعلان عندما ترد
    الموافقة»، «عندما توافق القيادة على أعمال الشغب»: an act supposed or still to come; not past, «عندما اقتحم
    متشددون»، «عندما كانت تلتقي», nor «في حين» (whereas)."""
    i = trig.tok_start
    if trig.get("pos") == "verb" and trig.get("aspect") == "perfect":
        return False  # (a perfect after the clause's first verb: «عندما تبنى ودعم فكرة برنامج رسل السلام»)
    for k in range(i - 1, max(start, i - 4) - 1, -1):
        w = strip_wa(toks[k].norm)
        if w not in fw.when or w == "حين" and k > 0 and toks[k - 1].norm in ("في", "وفي"):
            continue  # (وفي حين: whereas)
        if k + 1 == i:
            return trig.get("pos") == "verb" and trig.get("aspect") == "imperfect"
        v = toks[k + 1].norm
        return toks[k + 1].kind == "ar" and v[:1] in ("ي", "ت", "ن") and len(v) >= 3 and v != "تم" and \
            not v.endswith(("ت", "وا")) and not any(toks[j].kind == "punct" for j in range(k + 1, i))
        # (a perfect in ـت or ـوا: «عندما نفذت مجزرة أشد دموية», past)
    return False


def _if_clause(toks: list[Token], i: int, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for a verb at token i right after the conditional إنْ (alone or after و/ف: «فإن اتفقت الفصائل»، «وإن دعت
    الحاجة»; unhamzated only after ف, «فان اتفقت», which the emphatic فإنّ never is, as it takes a noun) or after
    «إن لم» (also unhamzated: «ان لم تبدأ»): the act is only supposed; only a perfect with its subject's ending
    (اتفقت، انسحبوا) or a verb after لم, as a bare perfect may be a verbal noun; not after a past anchor or a cue word that
    takes أنْ (a duty, aim or doubt word), where إن is a misspelt أن («بعد إن وافق»، «يجب إن توافق»)."""
    j = i - 1
    w = toks[i].norm
    if toks[j].norm != "لم" and not w.endswith(("ت", "وا", "تم")):
        return False  # (a bare perfect form may be the verbal noun after the emphatic إنّ: «إن رفض اليونان للإصلاحات»)
    if toks[j].norm == "لم" and j > 0:
        j -= 1
        w = toks[j].norm
        written = w in ("ان", "وان", "فان")
    else:
        w = toks[j].norm
        text = "".join(ch for ch in toks[j].text if not "\u064b" <= ch <= "\u0652")
        written = text in ("إن", "وإن", "فإن") or w == "فان"
    if not written:
        return False
    return j == 0 or strip_wa(toks[j - 1].norm) not in fw.past_anchor and (j - 1) not in cues


def _if_suffixed(toks: list[Token], trig: Mention, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for a perfect verb carrying its object pronoun right after a bare إن or ان (not وإن/فإن, which _if_clause
    reads) and before its definite subject: «يختفي خلفه ليفرّ إن داهمه السواد والبرد» (if gloom comes over him), only
    supposed; not after a verb of saying or any other cue (قال إن: the complementizer), a past anchor (بعد إن: a misspelt
    أن) or a preposition, and not with a preposition after it (إن رفضه للاتفاق: his refusal, a noun after إنّ)."""
    i = trig.tok_start
    if trig.get("aspect") != "perfect" or i < 1 or i + 1 >= len(toks) or toks[i - 1].norm != "ان":
        return False
    if not toks[i].norm.endswith(("ه", "ها", "هم")) or not toks[i + 1].norm.startswith("ال"):
        return False
    if "".join(ch for ch in toks[i - 1].text if ch not in MARKS) not in ("إن", "ان"):
        return False  # (not أن: «أكد أن داهمه»، that it was done)
    j = i - 1
    if j == 0:
        return True
    prev = strip_wa(toks[j - 1].norm)
    if (j - 1) in cues or prev in fw.past_anchor or prev in fw.preposition or prev in fw.complementizer:
        return False
    return not _said_before(toks, j, fw)


def _said_before(toks: list[Token], j: int, fw: FunctionWords) -> bool:
    """True when a verb of saying or claim stands in the clause before token j, within six words («وقال المصدر إن»)."""
    for k in range(j - 1, max(-1, j - 7), -1):
        if toks[k].kind == "punct":
            return False
        w = strip_wa(toks[k].norm)
        if w in fw.say_verb or w in fw.claim_verb:
            return True
    return False


def _conditioned(toks: list[Token], trig: Mention, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for an event noun or an imperfect verb that a condition follows in its clause, within twelve words, «إعادة
    فرض العقوبات ضد طهران حال وجود انتهاك»، «سوريا تدعم أي جهود للتصدي لداعش إذا جرت بالتنسيق»، «أن العقوبات
    الاقتصادية ضد إيران ستعود بشكل أقوى من ذي قبل إذا ما ثبت عدم تنفيذ طهران بنود الاتفاقية»: the main clause of a
    condition is supposed too; not a perfect verb, a threat or a call (حذر المعارضين من تنظيم انتخابات مبكرة إذا: the
    warning was made), nor «في حالة من» (in a state of)."""
    i = trig.tok_start
    if trig.label in _SAID_NOW or trig.get("pos") == "verb" and trig.get("aspect") != "imperfect" and not (
            trig.get("aspect") == "perfect" and ("\u064b" in toks[i].text or i > 0 and toks[i - 1].norm.endswith("ه"))):
        return False  # (a perfect form in the accusative or after a noun in ـة is the verbal noun: إعادة فرض العقوبات)
    end = tail_end_of(trig)
    reach = 8 if trig.label in _SCHEDULED else 12  # (a condition far past a meeting word is its topic's: «يناقش
    # المجتمعون استمرار تعليق العام الدراسي في مدارس الشريط الحدودي في حالة استمرار الوضع الحالي»)
    for k in range(end, min(len(toks), end + reach)):
        c = cues.get(k)
        if c is not None and c.label == "relative":
            reach = 8  # (a relative clause keeps the near reach: «بفيتو أوباما الذي هدد باستخدامه إذا لم يعتمد»)
        w = toks[k].norm
        if k >= end + reach or toks[k].kind == "punct" or k > end and \
                (c is None or c.label not in ("hypothetical", "condition")) and toks[k].kind == "ar" and \
                len(w) > 3 and w[0] in ("و", "ف") and w[1] in ("ي", "ت", "ن", "س"):
            return False  # (nor far past a relative pronoun, nor past a verb in و: «في ظل المادة 4 التي تخولها دعوة
            # أعضاء الحلف إذا ما شعرت»، «تعترضان على الأغذية وسوف يتيح لها التشريع منعها حتى ولو حصلت»: theirs)
        if k > end and _pronoun(w, fw):
            return False  # (nor past a pronoun opening the predicate, which the condition qualifies: «أن توقيع الاتفاق
            # النووي مع إيران هو نجاح للدبلوماسية الدولية في حال التزام طهران», the signing took place)
        if c is not None and c.label == "condition":
            return True  # عودة السفير مرهونة بموافقة الحكومة: what a condition is laid on
        if c is not None and c.label == "hypothetical" and "\u064b" not in toks[k].text and \
                not _no_condition(toks, c, fw, cues):
            # (not «ما إذا», whether: «تطرق إلى محادثات السلام من دون توضيح ما إذا كان داعما لها» supposes nothing)
            return not (c.tok_end < len(toks) and toks[c.tok_end].norm == "من" or
                        k > 0 and strip_wa(toks[k - 1].norm) in fw.whether)
    return False


def _light_complement(toks: list[Token], trig: Mention, cues: dict[int, Mention]) -> bool:
    """True for an indefinite event noun after a light verbal noun (cues.tsv light_noun: إجراء، عقد) that stands
    right after إلى or على: «تسعى الحكومة إلى إجراء مفاوضات» — what governs the light noun governs the event."""
    i = trig.tok_start
    c = cues.get(i - 1)
    return trig.get("pos") == "noun" and not trig.get("prefix") and not toks[i].norm.startswith("ال") and \
        c is not None and c.label == "light_noun" and i >= 2 and strip_wa(toks[i - 2].norm) in ("الي", "علي")


def _errand(toks: list[Token], trig: Mention, c: Mention, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True if the event noun is the one the purpose noun `c` governs (cues.tsv errand: لإجراء محادثات، لعقد هذا
    الاجتماع، للمشاركة في قمة، لبدء جولة مفاوضات): right after it, or after a demonstrative or a word of a round
    (function_words.tsv round), with no article (لإجراء المفاوضات may tell talks already held; not so a start or a
    resumption, onset_aim: «يمهد الطريق لاستئناف الحوار») — an act told as the aim of a journey, intended, not done."""
    t = trig.tok_start
    if trig.get("pos") != "noun" or trig.get("prefix") or _relative_past(toks, c.tok_start, cues) or \
            _last_journey(toks, c.tok_start, fw):
        return False
    if c.tok_end == t - 1 and (d := cues.get(c.tok_end)) is not None and d.label == "demonstrative":
        return True
    if not (c.tok_end == t or c.tok_end == t - 1 and strip_wa(toks[t - 1].norm) in fw.round):
        return False
    return not toks[t].norm.startswith("ال") or strip_wa(toks[c.tok_start].norm) in fw.onset_aim


def _last_journey(toks: list[Token], k: int, fw: FunctionWords) -> bool:
    """True if an adjective of the last or past one (function_words.tsv last_done: الأخيرة، الماضية) stands within
    five words before token k, with only words between: «بعد سفريته الأخيرة إلى جنوب أفريقيا للمشاركة في قمة
    الاتحاد الأفريقي»: the journey was made, and so was the act it was made for."""
    for j in range(k - 1, max(-1, k - 6), -1):
        if toks[j].kind != "ar":
            return False
        if toks[j].norm in fw.last_done:
            return True
    return False


def _untrue_report(toks: list[Token], trig: Mention, fw: FunctionWords) -> bool:
    """True for an act told after a report noun (function_words.tsv report_noun: الأخبار، تقارير، أنباء) within
    twenty-five words before it in its sentence, when the sentence goes on, within twenty-five words after the act, to
    declare it false (an untrue word before a truth word: «غير صحيحة»، «عارية عن الصحة»، «لا أساس لها من الصحة»):
    «إن الأخبار التي وردت بشأن تدخل الرئيس الجزائري لدى نظيره المصري للوساطة …، غير صحيحة»: the act reported is
    denied. Not a verdict on a claim with no report noun: «وهذا عار من الصحة» answers what was said before."""
    j = _untrue_after(toks, trig.tok_end, fw)
    if j < 0:
        return False
    for k in range(trig.tok_start - 1, max(-1, trig.tok_start - 26), -1):
        if toks[k].text in _SENTENCE_ENDS:
            return False
        if strip_wa(toks[k].norm) in fw.report_noun:
            return True
    return False


def _untrue_after(toks: list[Token], a: int, fw: FunctionWords) -> int:
    """The index of a truth word (function_words.tsv truth: صحيحة، الصحة) from token a on, within twenty-five words
    and in its sentence, that an untrue word (untrue: غير، عارية، أساس after لا) within three words before it denies;
    -1 if none."""
    for j in range(a, min(len(toks), a + 25)):
        if toks[j].text in _SENTENCE_ENDS:
            return -1
        if toks[j].norm in fw.truth and any(
                (w := strip_wa(toks[m].norm)) in fw.untrue and (w != "اساس" or m > 0 and toks[m - 1].norm == "لا")
                for m in range(max(a, j - 4), j)):
            return j
    return -1


def _condition_after(toks: list[Token], trig: Mention, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for an event word followed, within three words and with no break or new conjunct in و between, by a
    condition in «if» (a cues.tsv hypothetical cue opening with function_words.tsv if_after: إذا، لو), «تلويح رئيس
    مجلس الوزراء بتقديم استقالته إذا لم يتم التوصل الى حلول»: the act would follow if it were met, only supposed."""
    for k in range(trig.tok_end, min(len(toks), trig.tok_end + 4)):
        if (c := cues.get(k)) is not None and c.label == "hypothetical":
            return strip_wa(toks[k].norm) in fw.if_after and "\u064b" not in toks[k].text  # (إذاً: «so»)
        if toks[k].text in _CLAUSE_BREAKS or toks[k].kind != "ar" or toks[k].norm[:1] == "و" and k > trig.tok_end:
            return False
    return False


def _relative_onset(toks: list[Token], trig: Mention, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for an event noun whose relative clause, within eight words past it (its genitives, a comma), tells that
    it is set or supposed to begin or resume: the relative pronoun (with و), a word of planning or expecting (cues.tsv
    future, aim), أن and an imperfect of beginning (function_words.tsv onset_verb), or a future one (onset_future):
    «محادثات السلام بين كابل وطالبان، والتي من المفترض أن تستأنف يوم غد الجمعة»."""
    end = tail_end_of(trig)
    for k in range(end, min(len(toks) - 2, end + 8)):
        if toks[k].kind == "punct" and toks[k].text not in _COMMAS:
            return False
        if (c := cues.get(k)) is None or c.label != "relative":
            if c is not None:
                return False
            continue
        j = c.tok_end
        if strip_wa(toks[j].norm) in fw.onset_future:
            return True
        p = cues.get(j)
        if p is None or p.label not in ("future", "aim") or p.tok_end + 1 >= len(toks):
            return False
        q = p.tok_end
        return strip_wa(toks[q].norm) in fw.complementizer and strip_wa(toks[q + 1].norm) in fw.onset_verb
    return False


def _denied_possibility(cues: dict[int, Mention], k: int) -> bool:
    """True when a negation (cues.tsv negation: ليس، لا) stands right before the word of possibility at k: «ليس
    بوسعها أن تعارض»، «لا يمكن أن يقبل»: a possibility denied, so the act is not done (negated, not supposed)."""
    return k > 0 and (n := cues.get(k - 1)) is not None and n.label == "negation" and n.tok_end == k


def _reported_known(toks: list[Token], c: Mention, i: int) -> bool:
    """True when the event noun right after a rumour cue is definite, an act already known that reports tell of:
    «ووردت تقارير عن الهجوم الإلكتروني على البرلمان» (not «وسط أنباء عن سقوط 15 قتيلا»: news not confirmed)."""
    return i == c.tok_end and toks[i].norm.startswith("ال")


def _written_report(toks: list[Token], k: int) -> bool:
    """True if the report noun at k is the object of an imperfect verb right before it, «وتكتب تقارير عن زيارتها»:
    reports written as a rule, of acts that took place (not «وتواترت أنباء عن», «تحدثت تقارير عن», which tell news
    not confirmed)."""
    if k == 0 or toks[k - 1].kind != "ar":
        return False
    w = strip_wa(toks[k - 1].norm)
    return len(w) > 2 and w[0] in "يتن" and not w.endswith(("ت", "وا"))


def _item(toks: list[Token], trig: Mention, earlier: list[Mention], fw: FunctionWords) -> bool:
    """True for the verbal noun that opens a numbered item of a statement («2 – دعم وتنظيم المقاومة»، «ثانيا: دعم»),
    or a conjunct of it in و within the item's first words (no punctuation or verb trigger before it): «9- الاهتمام
    بالقضية التهامية ودعم قوى الحراك التهامي» — a point of a programme or a resolution, still to come (a number of
    one or two digits: a year opens a line of a chronology, «2015 – توقيع الاتفاق», told as done)."""
    if not (toks[0].kind == "num" and len(toks[0].text) < 3 and toks[1].text in "-–—)" or
            toks[0].norm in fw.item_mark and toks[1].text in ":-–—"):
        return False
    i = trig.tok_start
    if i == 2:
        return True
    if not trig.get("prefix") == "و" or any(toks[k].kind == "punct" for k in range(2, i)):
        return False
    return not any(t.get("pos") == "verb" and t.tok_start >= 2 for t in earlier)


def _relative_past(toks: list[Token], k: int, cues: dict[int, Mention]) -> bool:
    """True if a perfect verb opening a relative clause stands right before token k: the errand after it is what a
    deed told in the past served, «ملابسه اللذين ارتداهما لعقد اجتماع مع الرئيس», done with it (an imperfect one,
    يـ/تـ/نـ, may still be to come)."""
    if k < 2 or (c := cues.get(k - 2)) is None or c.label != "relative" or c.tok_end != k - 1:
        return False
    w = toks[k - 1].norm
    return toks[k - 1].kind == "ar" and w[:1] not in "يتنس"


def _own_verb(toks: list[Token], trig: Mention, end: int) -> int:
    """The token after the imperfect verb that opens the relative clause of an indefinite event noun, right after it
    with the noun's pronoun, «في اجتماع يعقده وزير التعليم … الأربعاء المقبل»، «زيارة يقوم بها» (0 if none): the
    clause of that verb tells when the meeting is held."""
    if end >= len(toks) - 1 or _definite(toks[trig.tok_start].norm):
        return 0
    w = toks[end].norm
    if toks[end].kind != "ar" or len(w) < 4 or w[0] not in "يت":
        return 0
    if w.endswith(("ه", "ها")) and not w.endswith("يه") or toks[end + 1].norm in ("به", "بها"):
        return end + 1
    return 0


def _keen(toks: list[Token], cues: dict[int, Mention], k: int, fw: FunctionWords) -> bool:
    """True if the keenness word at k (حرص) is a noun told after a report verb a few words before it, «أكد الوزير
    حرص المملكة», or further past a day or an aside opened by a dash, «وأكدت الوزيرة -في كلمتها أمام مجلس النواب
    التونسي أول أمس الأربعاء حرص بلادها على دعم تونس»: an aim; else it is the verb, «حرص الأمير على حضور الحفل»، «وأكد
    أنه حرص على», which tells what was done."""
    for j in range(k - 1, max(-1, k - 13), -1):
        if toks[j].kind == "punct" and toks[j].text not in _DASHES or strip_wa(toks[j].norm) in fw.complementizer or \
                strip_wa(toks[j].norm) in fw.pronoun_that or (c := cues.get(j)) is not None and c.label == "relative":
            return False
        if (c := cues.get(j)) is not None and c.label == "report":
            return True
    return False


TOMORROW_REACH = 8  # how many words past an event noun «غدا» may stand and still date it (a long name between)


def _upcoming(toks: list[Token], trig: Mention, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True if an upcoming word (المقبل، القادمة، المرتقبة) follows the event noun within its next three words, with
    no punctuation between: «الاجتماع المقبل»، «زيارته الأسبوع المقبل»; or within six after a time noun, past the
    noun's complement: «زيارة إلى بيروت الثلاثاء المقبل» (not «الانتخابات المقبلة», another noun's adjective), or
    within ten for an event noun: «زيارة عادل الجبير وزير الخارجية السعودي إلى موسكو الثلاثاء القادم»."""
    end = max(trig.tok_end, int(trig.get("tail_end") or 0))
    noun = trig.get("pos") == "noun" or _construct_perfect(toks, trig)
    for k in range(end, min(len(toks), end + (10 if noun else 6))):
        if toks[k].kind == "punct":
            return False
        if (c := cues.get(k)) is not None and (c.label == "upcoming" or c.label == "future" and k == end and
                                                _definite(toks[k].norm) and (_definite(toks[trig.tok_start].norm) or
                                                                             trig.get("possessive") == "1")):
            # (a definite future word right after a definite noun is its adjective: الاجتماع المرتقب، اللقاء المزمع;
            # so after a noun its possessive makes definite: «أكد المبعوث الأممي لقاءه المقرر في الجزائر»)
            if k - end < 3 or strip_wa(toks[k - 1].norm) in fw.time_head and (noun or k - end < 6):
                return True  # (a noun's date past its complement: «زيارة الجبير وزير الخارجية إلى موسكو الثلاثاء
                # القادم»)
            if noun and k - end < TOMORROW_REACH and toks[c.tok_end - 1].norm in ("غدا", "غد") and not any(
                    toks[j].norm in fw.complementizer or k - end > 5 and _function_word(toks[j].norm, fw)
                    for j in range(end, k)) and (k - end <= 5 or _destination_before(toks, k)):
                return True  # (tomorrow past the noun's words: «يبدأ وزير الخارجية زيارة رسمية إلى موسكو غدا»,
                # «عن عقد جلسة تشاور استثنائية لسفراء الحلف بعد غد الثلاثاء»; past a long name of the visitor,
                # «أثناء زيارة الأمين العام للمنظمة عبد الله البدري لموسكو غدا الخميس», where no function word stands
                # between: «زيارة أوباما التاريخية للقارة الأفريقية خلال زيارته يوم غد» dates the later visit)
    return False


def _destination_before(toks: list[Token], k: int) -> bool:
    """True when a place the act goes to stands right before token k: a word in لـ («لموسكو غدا») or one past إلى
    («إلى موسكو غدا»); far from its noun, «غدا» dates it only so, not a later clause's verb («وبعد زيارة الرئيس
    لمدينة حلب يصل وزير الخارجية السوري غدا»: review of round 105)."""
    w = strip_wa(toks[k - 1].norm)
    return w.startswith("ل") and len(w) > 3 or k > 1 and strip_wa(toks[k - 2].norm) == "الي"


def _construct_perfect(toks: list[Token], trig: Mention) -> bool:
    """True for a form spelled as a perfect verb with no prefix right after a noun in construct (written ending in
    ة, not a pronoun ه: «أنه التقى»): «جلسة تشاور»: the verbal noun, not a verb (not one in ت or وا, a verb's own
    ending: «الحكومة رفضت»)."""
    i = trig.tok_start
    return trig.get("pos") == "verb" and trig.get("aspect") == "perfect" and not trig.get("prefix") and i > 0 and \
        toks[i - 1].kind == "ar" and toks[i - 1].text.rstrip(MARKS).endswith("\u0629") and \
        not toks[i].norm.endswith(("ت", "وا"))


def _upcoming_before(toks: list[Token], trig: Mention, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True if «غدا», or a time noun with its upcoming word (الأسبوع المقبل), stands right before the event noun or
    one word before it: «تعقد اللجنة غداً اجتماعاً طارئاً»، «يعقد الأسبوع المقبل اجتماعا»; or a round or phase with
    its upcoming word and من: «المرحلة المقبلة من القتال»، «الجولة المقبلة من المفاوضات»; or the time of its clause
    before a word of during (function_words.tsv during) and its light verbal noun, past a place in في at most: «يوم
    الأربعاء المقبل في القاهرة أثناء عقد اجتماع»."""
    i = trig.tok_start
    if _during_upcoming(toks, trig, cues, fw):
        return True
    if i > 2 and toks[i - 1].norm == "من" and (c := cues.get(i - 2)) is not None and c.label == "upcoming" and \
            _definite(toks[i - 2].norm) and _definite(toks[i - 3].norm):
        return True  # (a definite noun and its definite upcoming adjective: the next part of what follows من)
    for k in (i - 1, i - 2):
        if k < 0 or toks[k].kind == "punct":
            return False
        if (c := cues.get(k)) is not None and c.label == "upcoming" and (
                toks[k].norm == "غدا" or k > 0 and strip_wa(toks[k - 1].norm) in fw.time_head):
            return True
    return False


def _during_upcoming(toks: list[Token], trig: Mention, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for an event noun with no clitic right after a word of during (function_words.tsv during: أثناء، خلال) or
    its light verbal noun (light_masdar: عقد), when a time noun and its upcoming word stand within four words before
    that word, no cue or punctuation between: «ويبحث الفلسطينيون والعرب … يوم الأربعاء المقبل في القاهرة أثناء عقد
    اجتماع للجنة متابعة مبادرة السلام العربية»: the meeting is held on that coming day."""
    j = trig.tok_start - 1
    if trig.get("prefix") or j < 2:
        return False
    if strip_wa(toks[j].norm) in fw.light_masdar:
        j -= 1
    if strip_wa(toks[j].norm) not in fw.during:
        return False
    for k in range(j - 1, max(0, j - 5), -1):
        if toks[k].kind == "punct":
            return False
        if (c := cues.get(k)) is not None:
            return c.label == "upcoming" and c.tok_end <= j and strip_wa(toks[k - 1].norm) in fw.time_head
    return False


def _apart(toks: list[Token], cues: dict[int, Mention], a: int, b: int) -> bool:
    """True if punctuation or a relative pronoun stands between tokens a and b (the aim word before a is then no
    governor of the noun at b: «بدء تفعيل الاتفاق الذي تم في اجتماع»، «برنامج «تطوير الفتيات» نظمت … بالتعاون»)."""
    return any(toks[k].kind == "punct" and toks[k].text not in _BRACKETS or (c := cues.get(k)) is not None and
               c.label == "relative" for k in range(a, b))


def _addressed_then(toks: list[Token], t: Mention, trig: Mention, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for a verbal noun without a clitic told right past the ones an appeal participle calls on (cues.tsv appeal:
    داعيا، مناشدا), its second object: «داعيا جميع المواطنين والمقيمين التعاون مع الجهات الأمنية» asks for the
    cooperation. The phrase between is plain words only, two to five, no preposition, number or punctuation, and no
    cue but one naming the public addressed (`_ADDRESSEES`: المواطنين)."""
    if trig.get("pos") != "noun" or trig.get("prefix") or not 2 <= trig.tok_start - t.tok_end <= 5:
        return False
    return all(toks[k].kind == "ar" and (k not in cues or cues[k].label in _ADDRESSEES)
               and strip_wa(toks[k].norm) not in fw.preposition for k in range(t.tok_end, trig.tok_start))


def _complement_noun(toks: list[Token], trig: Mention, preps: tuple[str, ...],
                     scale: frozenset[str] = frozenset()) -> bool:
    """True for an event noun right after a preposition of complement (one of `preps`, or بـ or لـ on the word
    itself; an opening quote mark may stand between): what a verb of asking or an aim word governs. An aim word
    takes no في (بدء تفعيل الاتفاق الذي تم في اجتماع: في tells where); a verb of asking does (المساعدة في إطلاق سراحه).
    A verbal noun of raising or going on with the act (`scale`: زيادة، تعزيز، استئناف) may stand between: «دعا السلطات
    إلى زيادة الانتشار العسكري» asks for the deployment."""
    if trig.get("pos") != "noun":
        return False
    if set(trig.get("prefix")) & {"ب", "ل"}:
        return True
    k = trig.tok_start - 1
    while k >= 0 and toks[k].text in _OPEN_QUOTES:
        k -= 1
    if k > 0 and strip_wa(toks[k].norm) in scale:
        k -= 1
    return k >= 0 and strip_wa(toks[k].norm) in preps


def _drafted(toks: list[Token], trig: Mention, cues: dict[int, Mention], earlier: list[Mention]) -> bool:
    """True for an imperfect verb with no clitic, or a verbal noun in لـ, right after an indefinite draft noun (cues.tsv
    draft) or after it and one indefinite adjective: «مشروع قرار يدعم الاتفاق»، «مشروع قانون لفرض عقوبات»، «مشروع قرار
    بريطاني يدين»: what the draft would do, proposed and still to come; not a draft an approval just before it in its
    clause adopted («وافق مجلس الأمن بالإجماع على مشروع قرار يصادق على الاتفاق»: the resolution now endorses it)."""
    i = trig.tok_start
    prefix = trig.get("prefix") or ""
    if not (trig.get("pos") == "verb" and trig.get("aspect") == "imperfect" and not prefix or
            trig.get("pos") == "noun" and prefix == "ل"):
        return False
    for k in (i - 2, i - 3):
        c = cues.get(k)
        if c is not None and c.label == "draft":
            if any(t.label in ("AGREE", "SUPPORT") and 0 <= k - t.tok_end <= 6 and
                   not any(toks[j].kind == "punct" for j in range(t.tok_end, k)) for t in earlier[-3:]):
                return False
            return c.tok_end == i or c.tok_end == i - 1 and toks[i - 1].kind == "ar" and i - 1 not in cues and \
                not _definite(toks[i - 1].norm) and toks[i - 1].norm[:1] not in ("و", "ف")
    return False


def _held(toks: list[Token], trig: Mention, cues: dict[int, Mention]) -> bool:
    """True for an event noun whose relative clause opens with a light verb in the perfect and the pronoun that resumes
    the noun (cues.tsv light_verb: عقده، أجراها، نفذه): «لحضور الاجتماع الذي عقده أوباما بأديس أبابا»: the act was
    held, and no call or refusal around it makes it still to come."""
    if trig.get("pos") != "noun":
        return False
    k = tail_end_of(trig)
    c = cues.get(k)
    if c is None or c.label != "relative" or c.tok_end >= len(toks):
        return False
    v = cues.get(c.tok_end)
    w = strip_wa(toks[c.tok_end].norm)
    return v is not None and v.label == "light_verb" and w[:1] not in ("ي", "ت", "ن") and w.endswith(("ه", "ها"))


def _taken_lightly(toks: list[Token], trig: Mention, cues: dict[int, Mention]) -> bool:
    """True for an event noun followed in its clause, within eight words, by a cue of taking seriously (على محمل
    الجد): «لم يحمل الغرب التحذيرات على محمل الجد» negates the heed paid, not the warnings, which were given."""
    for k in range(tail_end_of(trig), min(len(toks), trig.tok_end + 8)):
        if toks[k].text in _CLAUSE_PUNCT:
            return False
        if (c := cues.get(k)) is not None and c.label == "serious":
            return trig.get("pos") == "noun"
    return False


def _whether_or(toks: list[Token], i: int, cues: dict[int, Mention]) -> bool:
    """True for the verb at token i right after an alternatives cue (سواء), or right after the أم or أو (and a لم or
    لا there) that follows one within eight words in its clause: «سواء وافقت إسرائيل أم لم توافق» puts two cases,
    neither told as fact. The first needs its other case to be a clause, after أم or a negated أو, within eight
    words: «سواء دعم الأسد أو الميليشيات»، «سواء استهدف رجال أمننا أو أفراد المجتمع» name the parties of an act."""
    for k in range(i - 1, max(-1, i - 9), -1):
        if toks[k].text in _CLAUSE_PUNCT:
            return False
        c = cues.get(k)
        if c is not None and c.label == "alternatives":
            if c.tok_end == i:
                return _other_case(toks, i, cues)
            j = i - 1 - ((n := cues.get(i - 1)) is not None and n.label == "negation" and n.tok_end == i)
            return j > c.tok_end and strip_wa(toks[j].norm) in ("ام", "او")
    return False


def _other_case(toks: list[Token], i: int, cues: dict[int, Mention]) -> bool:
    """True for an «أم», or an «أو» right before a negation, within eight words after token i in its clause: the
    second case of «سواء … أم»."""
    for k in range(i + 1, min(len(toks), i + 9)):
        if toks[k].text in _CLAUSE_PUNCT:
            return False
        w = strip_wa(toks[k].norm)
        if w == "ام" or w == "او" and (n := cues.get(k + 1)) is not None and n.label == "negation":
            return True
    return False


def _unannounced(toks: list[Token], trig: Mention, cues: dict[int, Mention], start: int, fw: FunctionWords) -> bool:
    """True for an event noun that a negated verb of saying or announcing governs, a few words before it in its clause
    (دون أن تعلن الشرطة الإسرائيلية عن تقديم لائحة اتهام، لم تعلن الوزارة اعتقال أحد): the act is told as not
    announced, not as done; not when a news noun stands between, «لم تعلن نبأ الزيارة»: the news was kept back."""
    i = trig.tok_start
    for k in range(i - 1, max(start - 1, i - 9), -1):
        if toks[k].text in _CLAUSE_PUNCT or strip_wa(toks[k].norm) in fw.complementizer:
            return False
        c = cues.get(k)
        if c is None or c.label != "report":
            continue
        if any(strip_wa(toks[j].norm) in fw.news for j in range(c.tok_end, i)):
            return False  # (the news of it or its details not announced: «لم تعلن الحكومة نبأ الزيارة», it took place)
        n = k - 1 - (k >= 2 and strip_wa(toks[k - 1].norm) in fw.complementizer)
        if strip_wa(toks[n].norm) == "ما" and (n != start or n != k - 1):
            return False  # (ما negates only a verb opening its clause: not «وسرعان ما أعلن»، «ما إن أعلنت», as soon as)
        return n >= start and (q := cues.get(n)) is not None and q.label == "negation" and q.tok_end == n + 1
    return False


def _feared_that(toks: list[Token], j: int, fw: FunctionWords) -> bool:
    """True for the أن at token j whose من or itself follows a word of fear within five words before it in its clause
    (its subject may stand between): «ويخشى زعماء الدول الخليجية من أن يؤدي»."""
    for k in range(j - 1, max(-1, j - 7), -1):
        if toks[k].kind == "punct":
            return False
        if strip_wa(toks[k].norm) in fw.fear:
            return True
    return False


def _passed_complement(toks: list[Token], c: Mention, i: int, fw: FunctionWords) -> bool:
    """True if a preposition stands between a purpose cue c (from the end of the cue, where its own إلى may stand) and
    the preposition right before the event noun at token i: «تهدف إلى التشويش على زيارة وفد حماس»: the visit is what the aim's own verbal
    noun is about, no aim itself (it took place)."""
    return c.label == "purpose" and any(strip_wa(toks[q].norm) in fw.preposition
                                        for q in range(c.tok_end, i - 1))


def _carried_negated(toks: list[Token], trig: Mention, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for an event noun (with no clitic, or in بـ) that a light or carrying verb (cues.tsv light_verb,
    function_words.tsv carry_verb) governs, within four words after it with its subject between, when لم or لن stands
    right before that verb: «ولم تتخذ روسيا حق الفيتو»، «لم تشن القوات هجوما على القرية»، «ولم يقم أي رئيس أميركي
    بزيارة كينيا»: the act is negated."""
    i = trig.tok_start
    if trig.get("pos") != "noun" or trig.get("prefix") not in ("", "ب"):
        return False
    for v in range(i - 1, max(0, i - 5), -1):
        if toks[v].kind != "ar" or (r := cues.get(v)) is not None and r.label in ("relative", "negation"):
            return False
        if strip_wa(toks[v].norm) in fw.carry_verb or r is not None and r.label == "light_verb" and r.tok_end == v + 1:
            return strip_wa(toks[v - 1].norm) in fw.mood_negation and (n := cues.get(v - 1)) is not None and \
                n.label == "negation"
        if strip_wa(toks[v].norm) in fw.complementizer and strip_wa(toks[v].norm) not in fw.any_case:
            return False  # (أي is «any» here, not «that is»: «ولم يقم أي رئيس أميركي بزيارة كينيا»)
    return False


def _resumed_perfect(toks: list[Token], trig: Mention, k: int, fw: FunctionWords) -> bool:
    """True for a perfect verb with no clitic, past the word after the intent cue at k, that a resumptive pronoun in a
    preposition follows (function_words.tsv in_it, resumptive_bi: فيها، بها): the verb of a relative clause on the
    noun before it, told as done: «في إطار خطة انتقال سياسي توسط فيها الخليج»."""
    i = trig.tok_start
    return trig.get("pos") == "verb" and trig.get("aspect") == "perfect" and not trig.get("prefix") and k < i - 1 \
        and i + 1 < len(toks) and toks[i + 1].norm in fw.in_it | fw.resumptive_bi


def _particle(norm: str) -> str:
    """A normalised particle of two letters without its و/ف (وقد، فقد: strip_wa keeps words of three letters; the
    negations read with strip_wa list theirs, function_words.tsv mood_negation: ولم، فلن)."""
    return shed_conjunction(norm) if len(norm) == 3 else strip_wa(norm)


def _unable(toks: list[Token], trig: Mention, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for an event noun in the من or في complement of a verb of being able after لم or لن (function_words.tsv
    unable), or of a verb of failing with no negation before it (failing), within six words past the verb and its
    subject, a light verbal noun or الحصول على between (eight past a subject of two words and an aside of degree: «ولم
    تتمكن الأمم المتحدة إلى حد بعيد من نقل مساعدات غذائية»): «لم تتمكن من تنفيذ هجوم أعنف»، «وفشل كاميرون في الحصول على
    موافقة البرلمان»; or in the عن complement of a verb of abstaining with no negation before it (abstain),
    «امتنعت روسيا عن استخدام حق النقض»: the act was not done; not what one failed to prevent or stop («فشلت في منع
    الهجوم»: it took place), nor past punctuation, a relative pronoun, another negation or a preposition of time
    (function_words.tsv during) between the trigger and its من/في: «لن يتمكن من التوجه إلى كوجيلو أثناء زيارته إلى
    كينيا», the visit is when (not one before it: «لم تتمكن القوات خلال الأيام الماضية من اقتحام المدينة»)."""
    i = trig.tok_start
    prep = away = False
    for v in range(i - 1, max(0, i - 9) - 1, -1):
        w = strip_wa(toks[v].norm)
        if toks[v].kind != "ar" or (c := cues.get(v)) is not None and c.label in ("relative", "negation") or \
                _stem_in(toks[v].norm, fw.prevent) or w in fw.stopping or w in fw.during and not prep:
            return False  # (a time word before the من/في complement is reached, «أثناء زيارته»: the act is when; one
            # in the subject or a span before it, «السفير لدى الأمم المتحدة»، «خلال الأيام الماضية من اقتحام», is no end)
        if w in ("من", "في"):
            prep = True
            continue
        if w == "عن":
            away = True
            continue
        if _stem_in(toks[v].norm, fw.abstain):  # «امتنعت روسيا عن استخدام حق النقض»، «بتقاعس البرلمان عن التوقيع»
            return away and not (v > 0 and (n := cues.get(v - 1)) is not None and n.label == "negation")
        if w in fw.unable or w in fw.failing:
            negated = v > 0 and (n := cues.get(v - 1)) is not None and n.label == "negation"
            if w in fw.unable:
                return prep and (negated and strip_wa(toks[v - 1].norm) in fw.mood_negation or
                                 _without_that(toks, v, cues, fw))
            return prep and not negated
    return False


def _tried_in_vain(toks: list[Token], trig: Mention, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for an event noun within five words after a verb of trying (function_words.tsv attempt) in its clause whose
    sentence goes on, within twelve words and no sentence end, with «لكن» and, within three words, a verb of failing
    (failing) or a negation and a verb of managing (unable): «حاول في الأسابيع الأخيرة تسليم مساعدة إنسانية لكنه لم
    ينجح بسبب المعارك»: tried, not done."""
    i = trig.tok_start
    if not any(strip_wa(toks[v].norm) in fw.attempt for v in range(max(_clause_start(toks, i), i - 5), i)):
        return False
    for k in range(trig.tok_end, min(len(toks), trig.tok_end + 12)):
        if toks[k].text in _SENTENCE_ENDS:
            return False
        if (w := strip_wa(toks[k].norm)) in fw.contrast and w[:3] == "لكن":  # (not «لكنيسة»)
            return any(strip_wa(toks[j].norm) in fw.failing or strip_wa(toks[j].norm) in fw.unable and
                       (c := cues.get(j - 1)) is not None and c.label == "negation"
                       for j in range(k + 1, min(len(toks), k + 4)))
    return False


def _without_that(toks: list[Token], v: int, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for the verb at v right after the أن of «without» (function_words.tsv without: دون، بدون), itself no «not
    without» (_without_negated): «من دون أن ينجح في طرد المسلحين»: it did not manage it."""
    if v < 2 or strip_wa(toks[v - 1].norm) not in fw.complementizer:
        return False
    c = cues.get(v - 2)
    return c is not None and c.label == "negation" and strip_wa(toks[v - 2].norm) in fw.without and \
        _without_negated(toks, c, cues, fw) is None


def _unpermitted(toks: list[Token], trig: Mention, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for an event word in the بـ complement of a negated verb of allowing (function_words.tsv permit), the word
    in بـ itself or one within three words past it, all within twelve words of the verb in its clause: «ولم يسمح
    لسلاح الجو الأمريكي بشن أي طلعات قصف»، «لن تسمح بدخول أي قوات»: not allowed, the act is negated."""
    i = trig.tok_start
    bi = -1
    for v in range(i, max(0, i - 12), -1):
        if toks[v].kind == "punct":
            return False
        w = strip_wa(toks[v].norm)
        if v < i and w in fw.permit:
            n = cues.get(v - 1)
            return bi >= 0 and n is not None and n.label == "negation" and n.tok_end == v and \
                strip_wa(toks[v - 1].norm) not in fw.weak_negation
        if w[:1] == "ب" and len(w) > 2 and i - v <= 3:
            bi = v
    return False


def _directed(toks: list[Token], trig: Mention, cues: dict[int, Mention], start: int, earlier: list[Mention],
              fw: FunctionWords) -> bool:
    """True for an event noun in the بـ complement of a verb of directing (function_words.tsv direct), in بـ itself or
    right after a manner noun of urgency in بـ (urgency: بسرعة) or its verbal noun (بسرعة إلقاء القبض), within
    fifteen words of the verb in its clause past its subject and the one directed: «وجه أمير منطقة مكة المكرمة شرطة
    منطقة مكة بسرعة القبض على المتهمين» (or past a comma closing a long subject, the one directed and the بـ right
    after it: «وجّه الأمير خالد الفيصل … أمير منطقة مكة المكرمة، شرطة المنطقة بسرعة إلقاء القبض»): the arrest is
    ordered, still to come; not past another event word (وجه له الاتهام بقتل), a relative pronoun, nor after a
    preposition, where وجه is «face» (في وجه، على وجه السرعة)."""
    i = trig.tok_start
    b = i if "ب" in trig.get("prefix") else i - 1 if strip_wa(toks[i - 1].norm) in fw.urgency else \
        i - 2 if i > 2 and strip_wa(toks[i - 2].norm) in fw.urgency and toks[i - 1].kind == "ar" and \
        i - 1 not in cues else -1  # (past a verbal noun that carries the event: «بسرعة إلقاء القبض»)
    if b < 1:
        return False
    v = _governing_verb(toks, cues, b, max(start, b - 16), fw.direct, earlier, i)
    if v < 0:
        v = _issued_order(toks, cues, b, start, earlier, i, fw)
    if v < 0 and (k1 := start - 1) > 0 and toks[k1].text in _COMMAS and b - k1 <= 4 and \
            not any(k in cues for k in range(k1 + 1, b)) and not _participle(toks[k1 + 1].norm):
        # (not a participle of manner after the comma: «وجه الوزير الشكر لرجال الأمن، مشيدا بسرعة القبض»)
        # past a comma closing a long subject, the one directed right after it: «وجّه الأمير خالد الفيصل مستشار خادم
        # الحرمين الشريفين أمير منطقة مكة المكرمة، شرطة المنطقة بسرعة إلقاء القبض على المتهمين»
        v = _governing_verb(toks, cues, k1, max(0, k1 - 16), fw.direct, earlier, i)
    return v >= 0 and not (v > 0 and strip_wa(toks[v - 1].norm) in fw.preposition) and \
        not any(strip_wa(toks[k].norm) in fw.address_object for k in range(v + 1, b))
    # (not past an object of addressing: «وجه الوزير الشكر لرجال الأمن مشيدا بسرعة القبض» thanked, ordered nothing)


def _participle(w: str) -> bool:
    """True for an indefinite active participle in the accusative, a manner phrase (مشيدا، مطالبا، مؤكدا)."""
    return len(w) > 4 and w[0] == "م" and w[-1] == "ا"


def _issued_order(toks: list[Token], cues: dict[int, Mention], b: int, start: int, earlier: list[Mention], i: int,
                  fw: FunctionWords) -> int:
    """The index of a noun of order (function_words.tsv order_noun: أمرا) governing the بـ at b in its clause when a
    verb of issuing (issue_verb: أصدر، أعطى) stands within ten words before it in its sentence, «أصدر خادم الحرمين
    الشريفين الملك سلمان، أمرا بترقية»; -1 otherwise (not «وبات الأمر أمرا واقعا بسيطرة المسلحين»)."""
    o = _governing_verb(toks, cues, b, max(start, b - 16), fw.order_noun, earlier, i)
    for k in range(o - 1, max(0, o - 11) - 1, -1) if o > 0 else ():
        if toks[k].text in _SENTENCE_ENDS:
            break
        if strip_wa(toks[k].norm) in fw.issue_verb:
            return o
    return -1


def _governing_verb(toks: list[Token], cues: dict[int, Mention], i: int, lo: int, words: frozenset[str],
                    earlier: list[Mention], upto: int | None = None) -> int:
    """The index of the nearest word of `words` (a function_words.tsv class: direct, dispatch) before token i, back to
    token lo, with no punctuation and no relative pronoun between (its clause); -1 if there is none, or if an earlier
    trigger stands between it and token `upto` (i by default): the verb whose complement the word at i is."""
    for v in range(i - 1, lo - 1, -1):
        if toks[v].kind == "punct" or (r := cues.get(v)) is not None and r.label == "relative":
            return -1
        if strip_wa(toks[v].norm) in words:
            end = i if upto is None else upto
            return -1 if any(v < t.tok_start < end for t in earlier) else v
    return -1


def _answered(toks: list[Token], trig: Mention, fw: FunctionWords) -> bool:
    """True for an event noun in لـ right after a word of answering (function_words.tsv response: تلبية، استجابة): «سيزور
    روسيا في القريب العاجل تلبية لدعوة الرئيس الروسي»: the invitation answered was made."""
    i = trig.tok_start
    return trig.get("pos") == "noun" and trig.get("prefix")[-1:] == "ل" and i > 0 and \
        strip_wa(toks[i - 1].norm) in fw.response


def _replied_to(toks: list[Token], trig: Mention, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for an event noun with no prefix right after the على of a verb or noun of replying (function_words.tsv
    reply and answer: ترد، الرد، ردا): «إذا لم ترد حكومته على تهديدات وزير الخارجية الأمريكي»: what a reply answers
    was done, whatever case or time the reply is told in (past the reply's subject, four words at most)."""
    i = trig.tok_start
    if trig.get("pos") != "noun" or trig.get("prefix") or i < 2 or toks[i - 1].norm != "علي":
        return False
    for k in range(i - 2, max(-1, i - 7), -1):
        if toks[k].kind != "ar":
            return False
        w = strip_wa(toks[k].norm)
        if w in fw.reply or w in fw.answer:
            return True
        if w[:1] in "بل" or w in fw.preposition or k in cues:
            return False  # the على is another word's: «سترد بالموافقة على هدنة»
    return False


def _answered_when(toks: list[Token], t: Mention, trig: Mention, fw: FunctionWords) -> bool:
    """True for a verb told after an act of asking t that a conjunction of time opens (function_words.tsv when):
    «وعندما طُلب منه الوقوف رفض ذلك»: the clause of time ends with its complement, and the verb after is the main
    clause, told as done."""
    v = t.tok_start
    return trig.get("pos") == "verb" and trig.tok_start > t.tok_end and \
        any(k >= 0 and strip_wa(toks[k].norm) in fw.when for k in (v - 1, v - 2))


def _claim_far(toks: list[Token], j: int, start: int, fw: FunctionWords, cues: dict[int, Mention]) -> bool:
    """True for a verb of claiming three to six words before the أن at token j in its clause, past its subject or an
    adjunct, with no punctuation, no other أن and no negation before it: «وكانت وكالة أنباء فارس قد زعمت في تقرير لها
    أنه طُلب من خالد مشعل»; not «ولا يتردد في أن يذكر أنه عارض الحرب» (another أن, and negated), nor one spelled like
    «is called» (function_words.tsv named_verb: «ويدعى موها صالح أن»)."""
    for k in range(j - 1, max(start, j - 7) - 1, -1):
        w = strip_wa(toks[k].norm)
        if toks[k].kind == "punct" or w in fw.complementizer or w in fw.pronoun_that:
            return False
        if w in fw.claim_verb:
            return k < j - 2 and w not in fw.named_verb and not ((n := cues.get(k - 1)) is not None and
                                                                 n.label == "negation")
    return False


def _dispatched(toks: list[Token], trig: Mention, cues: dict[int, Mention], start: int, earlier: list[Mention],
                fw: FunctionWords) -> bool:
    """True for an event noun in لـ within eight words after a verb of sending forces or envoys (function_words.tsv
    dispatch) in its clause, past what is sent: «فأرسلت القوات السعودية فرقة عسكرية من حرس الحدود لطردهم»: the
    errand, still to come; not past another event word, a relative pronoun or punctuation."""
    i = trig.tok_start
    if trig.get("prefix") != "ل":
        return False
    return _governing_verb(toks, cues, i, max(start, i - 9), fw.dispatch, earlier) >= 0


def _negated_errand(toks: list[Token], trig: Mention, cues: dict[int, Mention], fw: FunctionWords,
                    future: bool) -> tuple[bool, bool]:
    """(negated, future) for an event noun in the لـ of purpose within eight words after a verb right after لم or لن
    in its clause, past its subject and object: «الجيش التركي لم يدخل الأراضي السورية لتدمير أهداف»: what the act not
    done was for is not done either (and after لن, not to be); not past punctuation, a relative pronoun, أن, another
    event word or a connective negation («لم يكتف»)."""
    i = trig.tok_start
    for k in range(i - 2, max(0, i - 9) - 1, -1):
        if toks[k].kind != "ar" or (c := cues.get(k)) is not None and c.label in ("relative", "connective") or \
                strip_wa(toks[k].norm) in fw.complementizer:
            return False, future
        if c is not None and c.label == "negation":
            if c.tok_end != k + 1 or strip_wa(toks[k].norm) not in fw.mood_negation:
                return False, future
            return True, future or strip_wa(toks[k].norm) in fw.future_negation
    return False, future


def _belief_subject(toks: list[Token], trig: Mention, c: Mention, fw: FunctionWords) -> bool:
    """True for an event noun right after the أن of a noun of belief (cues.tsv believe: اعتقاده أن), the subject of
    what is believed: «وأعرب عن اعتقاده أن مناقشة قضية بولارد جرت»: the discussion is only believed to have been held
    (not after the verb يعتقد أن, «ويعتقد أن الهجوم نفذه …», where the act is known and its doer believed)."""
    return trig.get("pos") == "noun" and c.tok_end == trig.tok_start and not trig.get("prefix") and \
        strip_wa(toks[c.tok_start].norm) in fw.belief_noun


def _nested_in(toks: list[Token], t: Mention, trig: Mention) -> bool:
    """True for an event noun right after في when another في stands between the verb of asking t and that في:
    «وطلب … رسميا مساعدة صندوق النقد الدولي في خطوة إضافية في المفاوضات»: the في of the trigger is inside an adjunct
    (في خطوة), no complement of the asking."""
    i = trig.tok_start
    return i > 1 and toks[i - 1].norm == "في" and any(toks[k].norm == "في" for k in range(t.tok_end, i - 1))


def _denied_report_content(toks: list[Token], trig: Mention, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for an event word told after the حول، عن، بشأن or أن (function_words.tsv report_about) of a report noun
    (report_noun: تقرير، تقارير، أنباء) that a denial governs right before it (cues.tsv denial: نفى، نفت; or
    function_words.tsv deny_participle: نافيا), within eighteen words, in its sentence, with no comma between:
    «نافيًا تقريرا أوردته صحيفة «وول ستريت جورنال» حول ضغط مسؤولين أميركيين لإطلاق سراح بولارد»: what the denied
    report tells is only claimed."""
    i = trig.tok_start
    about = False
    for j in range(i - 1, max(0, i - 19), -1):
        w = strip_wa(toks[j].norm)
        if toks[j].text in _SENTENCE_ENDS or toks[j].text in _COMMAS:
            return False
        if w in fw.report_about:
            about = True
        elif about and w in fw.report_noun:
            d = strip_wa(toks[j - 1].norm)
            return d in fw.deny_participle or (c := cues.get(j - 1)) is not None and c.label == "denial"
    return False


def _believed_identity(toks: list[Token], c: Mention, i: int) -> bool:
    """True for a belief cue c (يعتقد أنهم) that an indefinite noun stands before and «من» follows, before the trigger
    at i: «وكان مقاتلون يعتقد أنهم من تنظيم داعش هاجموا»: who the doers are is believed, the act is told as done."""
    k = c.tok_start
    return 0 < k and c.tok_end < i - 1 and toks[c.tok_end].norm == "من" and toks[k - 1].kind == "ar" and \
        not _definite(toks[k - 1].norm) and len(toks[k - 1].norm) > 3


def _obtained_aim(toks: list[Token], trig: Mention, fw: FunctionWords) -> bool:
    """True for an event noun right after على or إلى after a verb of obtaining in the لـ of purpose
    (function_words.tsv purpose_verb): «يسعى الاتحاد الأوروبي إلى تشكيل حكومة وحدة وطنية ليحصل على موافقة ليبية»:
    aimed at, still to come."""
    i = trig.tok_start
    return not trig.get("prefix") and toks[i - 1].norm in ("علي", "الي") and strip_wa(toks[i - 2].norm) in fw.purpose_verb


def _offered(toks: list[Token], trig: Mention, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for an event noun in لـ within twenty words after doors opened (function_words.tsv open_doors right after a
    form of فتح) in its sentence, with no punctuation between: «المملكة تفتح أبوابها لجميع الأطياف السياسية اليمنية
    … للاجتماع تحت مظلة مجلس التعاون»: an offer, the meeting is still to come."""
    i = trig.tok_start
    if trig.get("prefix") != "ل":
        return False
    for k in range(i - 1, max(0, i - 21), -1):
        if toks[k].kind != "ar" or (c := cues.get(k)) is not None and c.label == "relative":
            return False
        if toks[k].norm in fw.open_doors:
            return k > 0 and "فتح" in toks[k - 1].norm
    return False


def _not_done(toks: list[Token], trig: Mention, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for an event noun in the بـ (on it or on the word before it) of a verbal noun of doing (cues.tsv
    doing: قيام) that a negation noun stands right before, within six words past it: «دون قيام أوباما بهذه الزيارة»،
    «لعدم قيامها بالتنسيق»: the act was not done; not «لم … دون» (not without it: done)."""
    i = trig.tok_start
    if "ب" not in trig.get("prefix") and not (i > 0 and toks[i - 1].kind == "ar" and toks[i - 1].norm[:1] == "ب"):
        return False  # (a word in بـ right before it: its demonstrative or its «any», بهذه الزيارة، بأي عمليات)
    for k in range(i - 1, max(0, i - 7), -1):
        if toks[k].kind == "punct":
            return False
        if (d := cues.get(k)) is not None and d.label == "doing":
            n = next((c for c in cues.values() if c.label == "negation" and c.tok_end == k), None)
            return n is not None and strip_wa(toks[n.tok_start].norm) not in fw.weak_negation and \
                _without_negated(toks, n, cues, fw) is None
    return False


def _not_given(toks: list[Token], trig: Mention, cues: dict[int, Mention], fw: FunctionWords) -> bool:
    """True for an event noun with no prefix past the subject (two to five words, no punctuation) of a light verbal
    noun (function_words.tsv light_masdar: تقديم، إجراء) right after عدم (بعدم، لعدم): «للمطالبة بعدم تقديم رئيس
    الحكومة تمام سلام استقالته»: the act is not done (a noun right after the light one its negation reaches anyway; not
    past a preposition, «عدم تقديم أي دليل على تورط»: the proof is lacking, not the act)."""
    i = trig.tok_start
    if trig.get("prefix"):
        return False
    for k in range(i - 3, max(0, i - 7), -1):
        if toks[k].kind != "ar" or toks[k + 1].kind != "ar":
            return False
        if strip_wa(toks[k].norm) in fw.light_masdar:
            return toks[k - 1].norm.lstrip("وبل") == "عدم" and \
                (c := cues.get(k - 1)) is not None and c.label == "negation" and c.tok_end == k and \
                not any(toks[m].norm in fw.preposition for m in range(k + 1, i))
    return False


def _decided_before(toks: list[Token], c: Mention, cues: dict[int, Mention], start: int) -> bool:
    """True for a verb of deciding with كان or كانت (cues.tsv anterior) within four words before it in its clause, past
    its subject: «وكانت المملكة قررت تسيير جسر جوي لإغاثة الشعب اليمني، إذ أرسلت …»: a decision told as what had been
    decided before, whose act has been under way since, no act still to come."""
    return any((a := cues.get(k)) is not None and a.label == "anterior"
               for k in range(max(start, c.tok_start - 4), c.tok_start))


def _standing(t: Mention) -> bool:
    """True for a verb in the imperfect with no future سـ (ترفض، يرفضون): a stance held now, not an act to come; or
    a verbal noun of refusing with its owner's pronoun (لرفضه، رفضها): a refusal told as a stance or a cause."""
    return t.get("pos") == "verb" and t.get("aspect") == "imperfect" and not t.get("future") or _owned_refusal(t)


def _owned_refusal(t: Mention) -> bool:
    """True for a verbal noun of refusing whose owner is its pronoun (رفضه، لرفضها، برفضهم): its genitive taken by the
    pronoun, the noun right after it can only be its object, the act refused."""
    return t.get("pos") == "noun" and t.get("possessive") == "1"


def _before_onset(toks: list[Token], trig: Mention, fw: FunctionWords) -> bool:
    """True for an event noun that a verbal noun of starting or resuming (function_words.tsv onset_noun: بدء، انطلاق،
    استئناف) governs right after an eve word (eve: قبل، قبيل، عشية), right after it, «قبل بدء المفاوضات حول شروط خطة
    مساعدة», or past a round (round: جولة) and at most one adjective and its من, «قبل بدء جولة جديدة من محادثات
    السلام»: what has not begun yet is still to come."""
    i = k = trig.tok_start
    if toks[i - 1].norm == "من":
        r = next((r for r in range(i - 2, max(0, i - 4) - 1, -1) if toks[r].norm in fw.round), -1)
        if r < 0 or any(toks[m].kind != "ar" for m in range(r, i)):
            return False
        k = r
    return k > 1 and toks[k - 1].norm in fw.onset_noun and strip_wa(toks[k - 2].norm) in fw.eve


def _alleged_that(toks: list[Token], trig: Mention, cues: dict[int, Mention], earlier: list[Mention],
                  fw: FunctionWords) -> bool:
    """True for a verb told in the clause of أن or بأن (function_words.tsv complementizer) of a verb or noun of
    alleging (an ACCUSE trigger of mode allege: اتهم، اتهامات) within six words after it, right after that أن or past a
    quote mark or a subject of three words at most, «واتهمت بلدانهم بأنها «تقدم مساعدات مالية»»، «اتهامات من
    المعارضة بانها أيدت ضمنيا … متشددي الدولة الاسلامية»: the act is the accuser's claim, not told as a fact; not past
    a clause break or a relative pronoun."""
    i = trig.tok_start
    if trig.get("pos") != "verb" or i < 2:
        return False
    k = next((k for k in range(i - 1, max(0, i - 5) - 1, -1) if (w := strip_wa(toks[k].norm)) in fw.complementizer or
              w[:1] == "ب" and w[1:] in fw.complementizer), -1)  # (بأنها: بـ and أنها)
    if k < 1 or any(toks[m].kind != "ar" and toks[m].text not in _OPEN_QUOTES or (c := cues.get(m)) is not None and
                    c.label == "relative" for m in range(k + 1, i)):
        return False
    for t in earlier[-4:]:
        if t.label == "ACCUSE" and t.get("mode") == "allege" and t.tok_end <= k and k - t.tok_end <= 6 and \
                not _broken(toks, t.tok_end, k) and \
                not any((c := cues.get(m)) is not None and c.label == "relative" for m in range(t.tok_end, k)):
            return True
    return False


def _asked_through(toks: list[Token], i: int, cues: dict[int, Mention], earlier: list[Mention]) -> bool:
    """True when the word right before token i is a verbal noun in بـ that is no event word or cue of its own, the
    complement of a noun of asking that governs the event noun at i as its object: «مناشدة الحكومة اليمنية المجتمع
    الدولي بإرسال مساعدات عاجلة»: the aid is asked for, not sent."""
    w = toks[i - 1]
    return w.kind == "ar" and w.norm.startswith("ب") and len(w.norm) >= 5 and i - 1 not in cues and \
        not any(t.tok_start <= i - 1 < t.tok_end for t in earlier)


def _rewarded(toks: list[Token], trig: Mention, cues: dict[int, Mention], start: int, fw: FunctionWords) -> bool:
    """True for an event noun within twelve words after a reward (function_words.tsv reward: مكافأة) in its clause,
    with no punctuation between: «رصدت واشنطن مكافأة قدرها 5 ملايين دولار لمن يدلي بمعلومات تؤدي إلى إلقاء القبض
    عليه»: the act the reward is offered for is still to come; not past a relative pronoun, «مكافأة للجنود الذين
    شاركوا في الهجوم», whose act was done."""
    i = trig.tok_start
    ends = tuple(fw.reward)  # (a word whose form without و/ف is a reward word ends with one)
    for k in range(i - 1, max(start, i - 12) - 1, -1):
        if toks[k].kind == "punct" and toks[k].text not in _OPEN_QUOTES or \
                (c := cues.get(k)) is not None and c.label == "relative":
            return False
        if toks[k].norm.endswith(ends) and strip_wa(toks[k].norm) in fw.reward:
            return True
    return False


_OFFERED = frozenset({"RETREAT", "AID", "COOPERATE", "CONSULT", "AGREE"})  # acts one offers or proposes to do


def _proposed(toks: list[Token], trig: Mention, cues: dict[int, Mention], start: int, fw: FunctionWords,
              reach: int = 7) -> bool:
    """True for a release, aid, cooperation, meeting or accord noun with no clitic within six words after a verb of
    offering or proposing (function_words.tsv offer_verb) in its clause, with no punctuation or relative pronoun
    between: «كان قد عرض أثناء استقباله أهالي المختطفين الإفراج عن ثلاثة منهم مقابل إطلاق سراح»: offered, still to
    come (not a criticism shown, «عرض القصبي انتقادات», no act offered); so the term after the deal's مقابل
    (function_words.tsv in_return), «… الإفراج عن ثلاثة منهم مقابل إطلاق سراح», within fourteen words of the verb.
    A form spelled as a perfect verb is read within a shorter `reach` (4: the verb and its subject)."""
    i = trig.tok_start
    if trig.label not in _OFFERED or trig.get("prefix"):
        return False
    reach = 15 if strip_wa(toks[i - 1].norm) in fw.in_return else reach
    for k in range(i - 1, max(start, i - reach) - 1, -1):
        if toks[k].kind != "ar" or (c := cues.get(k)) is not None and c.label == "relative":
            return False
        if strip_wa(toks[k].norm) in fw.offer_verb:
            return True
    return False


_CAME_REACH = 8  # how many words before a purpose_light verb its clause's verb of coming may stand (_came_before)


def _came_before(toks: list[Token], j: int, fw: FunctionWords) -> bool:
    """True when a perfect verb of coming (`arrive`: جاء، وصل) stands in token j's clause at most _CAME_REACH words
    before it: «جاء الرئيس الفرنسي إلى بيروت ليقوم بزيارة رسمية», a coming done, and what it was for done with it."""
    for k in range(j - 1, max(-1, j - 1 - _CAME_REACH), -1):
        if toks[k].kind == "punct":
            return False
        if strip_wa(toks[k].norm) in fw.arrive:
            return True
    return False


_LAM_PRONOUNS = frozenset({"له", "لها", "لهم", "لهما", "لهن"})  # ل with a pronoun: «تحضر له» (prepares it)


def _lam_pronoun(toks: list[Token], k: int) -> bool:
    """True if token k is ل with an attached pronoun (له، لها، لهم): what a verb of preparing prepares."""
    return k < len(toks) and toks[k].norm in _LAM_PRONOUNS
