"""Dates and places of events: each event gets the time expression and the toponym that anchor it.

Date: the event's own time expression when its sentence has one with a value (the nearest to the
trigger, not a منذ after لأول مرة when another is there; a range gives `enddate`), else the article's
publication date; `date_source` says which ("text" or "published"). The date is always a full YYYY-MM-DD: the
first day of what the expression names ("فبراير الماضي" → 2016-02-01; the middle or last third of a Gregorian month its
edge word names: «منتصف فبراير» → 11–20 February, «أواخر مايو» → 20–31 May); `date_text.granularity` says how precise
it is, and a year, a month or a week alone gives its span as `enddate` too («عام 2013» → 2013-01-01–2013-12-31; «في
يونيو الماضي» → 2015-06-01–2015-06-30; «الأسبوع الماضي» → its Monday to its Sunday; an act to come starts no earlier
than the publication day: «سيزور موسكو هذا الشهر» → 2015-08-08–2015-08-31, and a day and month with no year told after
its word is the next one: «تستضيف باريس مؤتمر الأمم المتحدة المناخي بين 30 تشرين الثاني (نوفمبر)» → 2015-11-30; «هذا
العام»، «مطلع أغسطس»، «منذ سبتمبر الماضي» for a done act end on the publication day). A time
that dates another clause does not date the event: one past منذ and the event it names (الأعنف منذ معركة ديبالتسيف
في فبراير), a year of another clause; a day or month
right after the event's word beats the times before it past a comma. Not the time of the report that tells the
event (a time before what a statement says, when what is said has its own; one after بحسب، وفقاً past the
event's word: «وقتل 20 شخصا بحسب حصيلة أعلنها التلفزيون اليوم الأحد»),
nor that of an event it is compared to («مثل تفجيري الأربعاء»); an event of material conflict or cooperation
dated only by its report's day takes the lead's day (below) when that is earlier.
An act to come or a conditional one (flagged future or hypothetical, not negated) that its sentence gives no time
of its own has no date and no end date: `date_source` "after_published" (`ActsToCome`, run last; «ومن المقرر أن
يزور»).
An event its sentence tells as background, without a dated expression of its own (وكان الوزير قد
طالب، سبق أن التقى، في وقت سابق، منذ اندلاع الأزمة، قبل أشهر، or what an investigation found: وكشفت التحقيقات أن
المتهمين نظموا), did not happen on the publication day:
it gets no date, `enddate` = the publication date (on or before it) and `date_source`
"before_published" (`_Background` says which words tell it; time_words.tsv, class background: also an opening
«وكان … قد» past the commas of its sentence, an opening «وكان» past «، لكن», a sentence past the lead opened by a past act
word or a verb of occurring after one whose times are all of old years: «وفي تشرين الاول/اكتوبر 1967 اصيبت طائرته»
«واصيب بجروح واسر في هانوي» (or whose times all ended two months or more before publication: «وكان السكان هجروا
قرى صيادي السمك … في يناير (كانون الثاني)» «وقتل مئات … وخطف المئات» in a story of late July), and a sentence opened
by «يذكر أن»، «يشار إلى أن»; an act told again and again («طلبت إيران في أكثر من مناسبة»، «أشادت ميركل مرارا»،
«ولطالما قالت إن هناك مبالغة»), after «سبق و» («سبق واتهموا»), past an adverb with و glued («وفي الماضي وقعت أعمال عنف») or fronted before a comma («في ذلك الوقت، أيد غزو
أفغانستان»), or by an opening «وكان» past its subject's apposition («وكانت قوات الدفاع الشعبي، الجناح العسكري لحزب العمال، دانت»); an act a perfect verb tells, with no
story day, a few sentences past one past the lead whose times all ended before the publication year (a verb opening
its sentence, a new item of the news, only in the next one), with no sentence opened by «وكان» or a turn to another
matter between: «عقب انتخابه في عام 2007 …» «لكن الوزير الحالي رفض العرض»); so does the act
of a charge («المتهم بقتل العقيد»، «لاتهامه بقتل»: not the day of the arrest or report, only a time of its own
clause after it), an arrest or a charge its sentence tells before the case's verdict («وتمكنت سلطات الأمن من القبض
على الجاني وأسفر التحقيق معه عن توجيه الاتهام إليه … والحكم عليه بالقتل قصاصاً»; after a verdict a time dates past a
comma and و, it ends on that day: «نفذت وزارة الداخلية أمس حكم القصاص …، وتمكنت سلطات الأمن من القبض»), and an act
told after بعدما or بعد أن past the first sentence («صادقت العام 2011 على المعاهدة بعدما
حظرت التدخين»; and a verb joined by و in that clause: «بعد أن نشرت "ذا صن" اللقطة واتهمته»), whose clause's time does not date the event before it («وتظاهر المودعون بعدما أفلس البنك قبل
عام»).
An event a later sentence tells without a date, of the same quad class as an event its lead (first two
sentences, past a dateline line: «عين اليوم – كابول») dates to a day in the week before publication («اقتحم مستوطنون الأقصى أمس» … «وأصيب 20
فلسطينياً»), takes the lead's day: `date_source` "story", the lead's expression as `date_text` (a verb of the past
of the verbal class takes the day a lead sentence with no event word names: «دشن المحافظ أمس فعاليات الملتقى» …
«ودعا مستشار خادم الحرمين»; and a noun a verb of the past governs: «وجدد مجلس الوزراء إدانة المملكة»); so does one
told only as what a pluperfect report said («وكان مسؤولون أفادوا أن مستوطنين أضرموا النار»); not a verb in the
present tense that no statement tells («وتتهم أوكرانيا المتمردين»: what goes on keeps the publication date).
A lead event still dated only by the publication day takes the day the body gives the events of its type, when it
gives them one day, in the week before publication, within four sentences (eight for one named after غداة, and its
sentence's events of its type: «غداة هجوم انتحاري …، مما أودى بحياة 32 شخصًا» … «ظهر الاثنين هدفًا لهجوم») («أطلق
ثلاثة أشخاص النار على سيدة سعودية بمحافظة حفر الباطن» … «عند السابعة والربع من مساء الاثنين … بإطلاق النار»; not when the lead names the
publication day itself: «اليوم الثلاثاء», other than for what is to come: «وسيعرض اليوم الجمعة أمام قاضي التحقيقات»).
The first act of a lead sentence with no time takes the day the next sentence gives the statement that tells it
(«أكدت الخارجية المصرية رفض مصر للتدخل الإيراني» «وشدد المتحدث … في تصريحات له أمس»; past a sentence opened by
«وكان»: «واعتبر المجلس في بيان له … أمس»); and the verbal acts a lead statement with its day in its frame goes on
telling, a few sentences on with no time of their own, take that day («قال تجمع لاهالي معتقلين في بيان امس ان …» …
«وحذر من نتائج كارثية، محملا حماس المسؤولية»).
A story whose lead's day word and weekday put its writing before the publication date («اليوم الجمعة» in a
record dated Saturday) was written that day: its other undated events take it ("story", the expression as
evidence), and background ends on it.
An act told after «بعد <span> على/من» in a sentence that dates only the act before the span («قصفت تركيا أمس مواقع …،
بعد 3 أيام على هجوم انتحاري استهدف ناشطين») ends before that day, or takes the day a count of days gives (Monday; «أمس
الثلاثاء بعد يوم من اكتمال سيطرتهم»: one day);
what a statement says with a vague word looking back («كشفت الصحيفة الثلاثاء أن أجهزة الأمن حذرت الحكومة مؤخرا»)
ends before the statement's day; an event noun that الأخير or سابق qualifies («الاجتماع الأخير»، «لقاء سابق») is background; a year in a
clause opened by منذ أن dates an act outside it from that year up to publication. A later clause of a sentence that
dates an act of its class before it takes that day when its own clause kept none («منذ صباح أمس …، بينما استهدفت
الفصائل»); a time after بعد and another act's noun dates that act («دعا … بعد تفجير انتحاري وقع الأسبوع الماضي»), one
in a relative clause after the event's verb yields to another («اشاد الرئيس الذي ينهي اليوم زيارة …، بعمل قوة اميصوم
السبت»), and a past verb right after a relative pronoun past a comma was done on or before its main clause's day
(«نقلت طائرة ظهر اليوم الثلاثاء جثامين ثلاثة من جنود الوطن، …، والذين استشهدوا»).
The acts of a relative clause set apart by commas after a name take no time of the main clause («وكشف لافازانيس، الذي
شغل منصب وزير الطاقة حتى طرده رئيس الوزراء …، عن واحدة من المؤامرات في الرابع عشر من يوليو»: background); the act a
condemnation names before it is dated («دانت المنظمة، أمس، قصف المتمردين») came before that day, and a day more than
two days back in the relative clause of the act it names is that act's («أعرب عن إدانته للعمل الإرهابي الذي استهدف
رجال الأمن … الخميس الماضي»), past commas around the condemner too; a vague time set apart
by dashes tells its clause's verb however long the subject («ودعا سماحة الشيخ … -في وقت سابق- الشباب»); an undated act
told with بعدها، بعد ذلك after a sentence that dates an old act came after it, not on the lead's day. A time past «، وأن»
dates the second thing said, not the acts of the first أن, which came on its day at the latest («ان مليشيات الحوثي
ارسلت تعزيزات …، وأن المقاومة … في مواجهات احتدمت مساء الاثنين»); a year right after «بعد انتخابه» is the election's,
not that of a verb its own و opens after it; an act named right after a noun of aftermath («تعازيه في ضحايا هجوم»),
of its doer («منفّذ الهجوم») or, past the lead, of a crime («للتحقيق في جريمة تفجير») was done before the day told;
an act told in the pluperfect past the main clause's day («أرجأت المحكمة اليوم الأربعاء إعدام امرأة كانت قد أدينت») had
been done before it, and a prayer in brackets («( رضي الله عنه )») is no comma before an act's «بتاريخ» day.
Place: the toponym of the sentence read as a location (after في/بـ or a place noun) that is not
itself the actor or recipient, nearest the trigger, else the article's dateline place ("الرياض – واس",
"عبدالرحمن الشهري – نجران"); None when neither exists.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from calendar import monthrange
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from operator import attrgetter

from ..article import Article
from ..arabic.calendar import first_day
from ..arabic.normalize import normalize, shed_conjunction
from ..lexicon.compile import FunctionWords
from ..lexicon.gazetteer import Gazetteer, PlaceWords
from ..lexicon.morph import clitic_variants
from ..lexicon.timewords import TimeWord, TimeWords
from ..records import QUAD_CATEGORY, Event, Mention, Place, TimeExpr, Token
from .modality import _stem_in
from .phrases import nisba_shaped, opens_with, strip_wa
from .places import VISIT, dateline_place as _dateline, visited as _visited
from .times import lead_sentences, looks_back

BEFORE_PUBLISHED = "before_published"  # date_source of an event told as background (no date, enddate = published)
AFTER_PUBLISHED = "after_published"  # date_source of an act to come with no time of its own (no date, no enddate)
_STOPS = frozenset({".", "؛", ";", ":", "!", "?", "؟"})  # marks that end a clause
_DASH_WORDS = frozenset({"-", "–", "—"})
_SEMICOLONS = frozenset({"؛", ";"})  # marks that end a clause within the sentence
_COMMAS = frozenset({"،", ","})
_CUTS = _STOPS | _COMMAS  # and those that end the clause of a noun answered («استجابة لطلب الرئيس …، واصل»)
_NO_CLASSES = TimeWord({})
_CASE_ACTS = frozenset({"COERCE", "ACCUSE"})  # the acts of a case (arrest, charge) that come before its verdict
_SUPERLATIVE = re.compile(r"^ال(ا\w{2,3}|اول|اولى)$")  # الأهم، الأكبر، الأعنف، الأولى (normalised)
_YEAR = re.compile(r"[0-9\u0660-\u0669]{4}")  # a year in figures: «ثورة 25 يناير 2011» dates what it names
_HARAKAT = re.compile("[\u064b-\u0652\u0640]")  # harakat and tatweel
_PRONOUN_ENDS = ("ه", "ها", "هم", "هما")  # a possessive pronoun written at a noun's end (تبرعه، زيارتها)
_NAME_PREFIXES = ("", "و", "ب", "ل", "وب", "ول", "ف")  # glued before a noun a date names (بمدينة السادس من أكتوبر)


class EventAnchor:
    """Gives each event a date (with its evidence) and a PLOVER event_loc."""

    name = "anchors"
    requires = ("events", "times", "places", "tokens")
    adds = ("event_dates", "event_places")

    def __init__(self, gazetteer: Gazetteer, words: PlaceWords | None = None, times: TimeWords | None = None,
                 fw: FunctionWords | None = None):
        self.gaz = gazetteer
        self.words = words or PlaceWords.load()
        self._away = self.words.destination | self.words.away  # before a place noun: whither or whence (إلى مدينة، من مدينة)
        fw = fw or FunctionWords.load()
        self.background = _Background(times or TimeWords.load(), fw)
        self.charges = fw.charge  # بتهمة: a place after it is the offence's, not the act's
        self.that = fw.complementizer  # ان، بان: the content a verb of saying opens (the saying's frame before it)
        self.trying = fw.trying  # يحاولون: the act after a verb of trying in the present is the day's news

    def __call__(self, article: Article) -> Article:
        opening_cues = _said_cues(article)  # the verbs of saying that open a sentence
        times: dict[int, list[TimeExpr]] = {}
        vague: dict[int, list[TimeExpr]] = {}  # per sentence, its vague expressions that look back
        spans: dict[int, list[TimeExpr]] = {}  # and those that count a span after another act (بعد يومين)
        last_name = None  # the last time read as a name: «وزراء 8 آذار و14 آذار»، the second is one too
        for t in article.times:
            if t.value is not None:
                named = self.background.named(article.text, t) or _joined_name(article.text, last_name, t)
                last_name = t if named == "name" else last_name
                if named == "after":  # «حظرت إرسال الطائرات عقب ثورة 30 يونيو»: after an old event, background
                    vague.setdefault(t.sentence, []).append(replace(t, value=None, granularity="vague"))
                if named == "old" \
                        and not any(m.kind == "trigger" and 0 <= t.start - m.end <= 2 for m in article.mentions):
                    continue  # «أحد شباب ثورة 11 فبراير 2011»: the old revolution's day, no date of an act told
                if named in ("name", "after") or self.background.recurring(article.text, t):
                    continue  # «شارع 26 يوليو»، «ثورة 30 يونيو»: a name, no date of what is told
                times.setdefault(t.sentence, []).append(t)
            elif looks_back(t, self.background.words):
                vague.setdefault(t.sentence, []).append(t)
            elif self.background.counted_after(t):
                spans.setdefault(t.sentence, []).append(t)
        places: dict[int, list[Place]] = {}
        for p in article.places:
            places.setdefault(p.sentence, []).append(p)
        located: dict[int, tuple[list[Place], list[Place]]] = {}  # per sentence, its places read as a location (after
        # في/بـ…) and those read only as a topic's (الوضع في اليمن)
        dateline = _dateline(article)
        lead = lead_sentences(article)  # the lead's sentences: two, past a dateline line
        written = _written_day(article, self.background.words, lead)  # (day, expression) or None
        memo: dict = {}  # per sentence: its token starts and normal forms, for the background check
        past_verbs: set[int] = set()  # where the triggers that are perfect verbs start, and those that are nouns
        nouns: set[int] = set()
        present: set[int] = set()  # and those that are verbs in the present tense (what goes on: تتهم، يستهدفها)
        imperfect: set[int] = set()  # all verbs in the present tense, and those a statement tells («وقال إنه يؤيد»)
        triggers: list[int] = []  # where all the event words start, in order
        opening_past: set[int] = set()  # the sentences a perfect verb that is an event word opens («واصيب بجروح»)
        conflict: dict[int, str] = {}  # and where those of material conflict start (قتل، قصف), with their type
        for m in article.mentions:
            if m.kind == "trigger":
                triggers.append(m.start)
                if QUAD_CATEGORY.get(m.label) == _RETOLD:
                    conflict[m.start] = m.label
                if m.get("pos") == "noun":
                    nouns.add(m.start)
                elif m.get("aspect") == "perfect":
                    past_verbs.add(m.start)
                    if m.tok_start <= 1 and \
                            article.text[article.sentences[m.sentence].start:m.start].strip() in ("", "و", "ف"):
                        opening_past.add(m.sentence)
                elif m.get("aspect") == "imperfect" and not m.get("future") and not _spoken(m.text):
                    imperfect.add(m.start)
                    if not _after_an(article, m) and not self.background.stated(article, m):
                        present.add(m.start)
        triggers.sort()
        recalled = self.background.recalled(article, times)
        events = []
        reported: set[int] = set()  # events told only as what an earlier report said (وكانت مصادر قد ذكرت أن …)
        by_report: set[int] = set()  # events dated only by the day of the report that tells them
        retold: set[int] = set()  # attacks told in the pluperfect with no time (وكانت عبوة ناسفة قد انفجرت)
        timed = {t.sentence for t in article.times}  # the sentences with a time expression, of value or not
        held_before: set[tuple[int, str, str]] = set()  # (sentence, type, word) of meetings that issued a text
        for ev in article.events:
            pools = located.get(ev.sentence)
            if pools is None:
                topics: list[Place] = []
                pools = located[ev.sentence] = (_locatives(article.text, places.get(ev.sentence, ()),
                                                           self.words.locative, self.words.direction, self._away,
                                                           topics, self.words.institution, self.words.seat,
                                                           self.words.topic, self.words.part), topics)
            pool = pools[0]
            if pools[1] and ev.quad_class not in _SAID:
                pool = sorted((*pool, *pools[1]), key=lambda p: p.start)  # an act amid the situation it tells of
            dated = times.get(ev.sentence)
            said = aside = False
            if dated and ev.claim is not None:
                # «وقال مصدر، إن موقوفا شارك … في 2011، ثم انتقل …، مؤكدا أن اثنين من أشقائه صدر بحقهما حكم بالسجن»:
                # the year is of what the first statement says, not of the verdict the second tells
                dated = [t for t in dated if not _said_apart(article, ev, t)]
            if dated:
                dated = self.background.own_times(article, ev, dated, nouns, memo)
                if dated:
                    dated, said = self.background.not_reports(article, ev, dated, memo, triggers, conflict)
                    if said:
                        by_report.add(len(events))
            if dated and ev.sentence in vague:
                # «وكان الملك سلمان، أمر في وقت سابق بدعم الشعب اليمني …، وتعد الطائرة التي وصلت اليوم»: the
                # vague time beside the act tells it as background; the day of another clause does not date it
                dated = self.background.vague_apart(article, ev, dated, vague[ev.sentence], memo)
            if dated:
                # «اعتبر نتنياهو الاتفاق تنازلاً دوليًا (شبهه بتنازل فرنسا … في اتفاق ميونيخ عام 1937)»: a time
                # inside an aside in brackets dates what the aside tells, not an act outside it
                dated = [t for t in dated if not _bracketed_apart(article.text, ev, t)]
            if dated and self.background.participles and not (ev.future or ev.hypothetical):
                # «توصلتا إلى اتفاق لإنهاء العقد الموقع عام 2011»: the year is the contract's, told after the
                # participle that qualifies it, not the agreement's (an act to come may come at it: «إذا صوتت لصالح
                # الانسحاب … خلال الاستفتاء المقرر إجراؤه منتصف 2016»)
                dated = [t for t in dated if not self.background.participle_dated(article, ev, t, memo)]
            if dated and ev.trigger.start in nouns and not ev.future:
                # «وفي حال فشلت المفاوضات الحالية بين الحزبين بحلول 23 آب»: the talks go on now; the deadline is not
                # their day
                dated = [t for t in dated if not self.background.current_apart(article, ev, t, memo)]
            if dated and len(dated) > 1:
                # one inside a quote dates what the quoted speaker tells, from the speaker's day; a time outside it
                # dates an act outside it: «وأكّد بيان صدر الأربعاء أن «أرضية المباحثات اليوم مؤهلة …»، ودعت
                # جميع المتمردين»: Wednesday's call
                dated = [t for t in dated if not _quoted_apart(article.text, ev, t)] or dated
            if dated and self.background.reference:
                dated = [t for t in dated if not self.background.referenced(article.text, ev, t)]
            if dated and self.background.aux and self.background.particle and ev.trigger.start in past_verbs:
                # «أرجأت المحكمة العليا اليوم الأربعاء إعدام امرأة مسيحية كانت قد أدينت بالتجديف»: the conviction
                # had come before the main clause's day
                kept = [t for t in dated if not self.background.pluperfect_after(article, ev, t, memo)]
                if len(kept) < len(dated):
                    # (nor does a time past a comma after it and words of another phrase: «…، مرتبطة باغتيال حاكم
                    # إقليم في عام 2011»; but «كانت قد أدينت بالتجديف، في نوفمبر 2010» is the conviction's own)
                    kept = [t for t in kept if not _words_past_mark(article.text[ev.trigger.end:t.start])]
                dated = kept
            if dated and self.background.relative:
                # «منذ زيارته الأخيرة للمشروع التي كانت بتاريخ 2 / 4 / 1436هـ ونتيجة لذلك وجه إنذاراً»: the visit's day
                dated = [t for t in dated if not self.background.was_dated(article.text, ev, t)]
            if dated and self.background.relative and not ev.future:
                # «بسبب اتهام المحكمة … للرئيس … بارتكاب جرائم … نظرا لدوره في أعمال العنف التي تلت الانتخابات في
                # نهاية 2007»: the year is the violence's, told in its relative clause, not the charge's
                dated = [t for t in dated if not _relative_of_another(article.text, ev, t, triggers,
                                                                      self.background.relative)]
            if dated and self.background.relative and not ev.future and ev.trigger.start in nouns:
                # «أعلنت حركة طالبان اليوم (الجمعة) تعيين الملا أختر منصور، في الوقت الذي تواجه فيه الحركة التي
                # بدأت مفاوضات سلام صعبة»: the talks a past verb of a relative clause tells are known, begun before;
                # the main clause's day is not theirs
                dated = self.background.before_relative_verb(article, ev, dated, memo)
            if dated and ev.quad_class in _SAID and ev.event != "CONSULT" and self.background.relative:
                # «استنكرت سفارة خادم الحرمين الشريفين حادث التفجير الإرهابي الذي وقع صباح الثلاثاء الماضي»: the
                # day is the bombing's, told in the relative clause of its occurring, not the condemnation's
                dated = [t for t in dated if not _occurred_in_relative(article.text, ev, t, self.background.relative,
                                                                       self.background.occurring, past_verbs,
                                                                       written[0] if written else article.published)]
            if dated and self.background.afterwards and self.background.told_afterwards(article.text, ev):
                # «وكان رئيس الحركة ونائبه قد اعتقلا في شهر نوفمبر …، وحكم عليهما بعد ذلك بالسجن»: the verdict came
                # after November; a time before its word does not date it
                dated = [t for t in dated if t.end > ev.trigger.start]
            if dated and self.background.relative:
                # «وكشف لافازانيس، الذي شغل منصب وزير الطاقة حتى طرده رئيس الوزراء …، عن واحدة من مثل هذه المؤامرات في
                # الرابع عشر من يوليو»: the relative clause set apart by commas tells its own acts, the main clause's day
                kept = [t for t in dated if not self.background.aside_apart(article, ev, t, memo)]
                aside = not kept and not (ev.future or ev.hypothetical) and ev.trigger.start not in present
                dated = kept
                if len(dated) > 1:
                    # «أن الرئيس البشير، الذي يشارك في حفل الافتتاح الرسمي لقناة السويس الخميس، أصدر قراره بالعفو …
                    # مساء الأربعاء»: the aside's Thursday is its own act's; the main clause keeps its own time
                    dated = [t for t in dated if not self.background.aside_time(article, ev, t, memo)] or dated
            if dated and self.background.later:
                # «رفض التعليق على مراسلها قبل نحو ثلاثة أعوام، ليعود ويكرر رفضه»: the time is of the first refusal
                dated = [t for t in dated if not self.background.later_apart(article.text, ev, t)]
            if dated and self.background.fronted:
                # «ثم يلتقي نظيره العراقي، وفي يوم الثلاثاء أشعل عملاء ملالي إيران … اضطرابات»: the riots' day
                dated = [t for t in dated if not self.background.fronted_apart(article.text, ev, t)]
            if dated and self.background.first:
                # «في زيارة هي الأولى لبحاح إلى اليمن منذ أن غادرها في نهاية مارس»: how long since, not the visit's day
                dated = [t for t in dated if not self.background.first_since_clause(article.text, t)]
            if dated and self.background.superlatives:
                # «وقع التفجير …، وهو الأسوأ منذ مارس 2014»، «في أعنف حملة منذ أربع سنوات»: how long since the like
                dated = [t for t in dated if not self.background.superlative_since(article.text, t)]
            if dated and not (ev.future or ev.hypothetical) and article.published and self.background.deadline:
                day = written[0] if written else article.published[:10]
                dated = [t for t in dated if t.start < ev.trigger.end
                         or not self.background.due_by(article, t, day, memo)]
            if dated and self.background.relative:
                # «عما إذا كان الاتفاق النووي الذي توصلت اليه القوى الست مع ايران الاسبوع الماضي يزيد احتمالات أن تشن
                # اسرائيل هجوما»: the relative clause's time dates the deal, not the attack that may come of it; nor
                # does its منذ date an act after it («قواعد الاشتباك التي يعتمدها الجيش التركي منذ 2012 كلما طال اطلاق
                # نار اراضيه»: when the state it tells began)
                dated = [t for t in dated if t.end > ev.trigger.start
                         or not (ev.hypothetical or self.background.since_at(article.text, t))
                         or not self.background.relative_time(article, t, memo)]
            if dated and self.background.relative and not (ev.future or ev.hypothetical) \
                    and ev.trigger.start in past_verbs:
                # «أصيبوا في الهجوم الذي وقع ليل الجمعة في سوق ببلدة بني سعد، وتعهد رئيس الوزراء»: the day of the
                # relative clause before the comma is the attack's; the act joined after it is the main clause's
                dated = [t for t in dated if not self.background.relative_before_joined(article, ev, t, memo)]
            if dated and ev.event == "REQUEST" and self.background.call_to:
                # «ودعا اكبر حزب كردي تركي الى تجمع ضخم الاحد في اسطنبول»: the day of the act called for, not the call's
                dated = [t for t in dated if not self.background.called_to(article, ev, t, memo)]
            if dated and not (ev.future or ev.hypothetical) and article.published:
                dated = _not_after_writing(dated, ev, written[0] if written else article.published, past_verbs,
                                           self.background.words)
                if dated and not (ev.trigger.start in present and _opens_sentence(article, ev)):
                    # «يستقبل الأمير … في منزله بجدة، غداً»: a verb of the present opening its sentence with a day to
                    # come announces the act for that day, however far the day stands
                    dated = self.background.coming_apart(article, ev, dated, written[0] if written else
                                                         article.published, memo, triggers)
            elif dated and ev.future and article.published:
                dated = _next_year_after(dated, ev, written[0] if written else article.published[:10],
                                         self.background.words, article.text, triggers, self.background.relative)
                dated = _not_before_writing(dated, ev, written[0] if written else article.published, triggers,
                                            article.text, self.background.relative, self.background)
                # «قال مسؤول أفغاني أمس الجمعة إن الصين ستستضيف … الجولة الثانية … في الأسبوع المقبل»: a time to come
                # dates the act to come, not the day it was told on
                dated = _coming_only(dated, ev, written[0] if written else article.published[:10])
            spanned = span = None  # the time of the act that a span «بعد يومين على/من هجوم» reckons the event from
            if dated and ev.sentence in spans and article.published and not (ev.future or ev.hypothetical):
                spanned, span = self.background.span_before(article, ev, dated, spans[ev.sentence], memo,
                                                            ev.trigger.start in past_verbs)
                if spanned is not None:
                    dated = None  # «قصفت تركيا أمس مواقع …، بعد 3 أيام على هجوم انتحاري استهدف ناشطين»
            if said and dated and ev.sentence in vague and article.published and not (ev.future or ev.hypothetical) \
                    and self.background.said_before(article, ev, vague[ev.sentence], memo,
                                                    ev.trigger.start not in nouns
                                                    and ev.trigger.start not in past_verbs
                                                    and _spoken(ev.trigger.text)) is not None:
                # «وقال المرصد الخميس إن 170 مدنيا قتلوا في وقت سابق»: what is said looks back from the saying's day
                kept = [t for t in dated if t.value and first_day(t.value) <= article.published[:10]]
                if kept:
                    by_report.discard(len(events))
                    spanned, dated = max(kept, key=attrgetter("start")), None
            elif not said and dated and ev.sentence in vague and article.published and ev.claim is None \
                    and not (ev.future or ev.hypothetical) and ev.trigger.start in past_verbs \
                    and self.background.told_that(article, ev, dated, vague[ev.sentence], memo):
                # «ويوم أمس نشرت مجلة «فورين بوليسي» أن دريمر التقى في الأشهر الأخيرة مع 30 مشرعا»: what the
                # publishing or telling verb's أن says looks back from its day, the day of the telling
                spanned, dated = max(dated, key=attrgetter("start")), None
            eve = (self.background.eve(article, ev, times.get(ev.sentence, ()), memo)
                   if ev.trigger.start in nouns and article.published and not (ev.future or ev.hypothetical) else None)
            if eve is not None:
                dated = None  # «غداة هجوم انتحاري»: the day before its sentence's day, or before publication
            bound = spanned  # the time of the main clause that an act told after بعد أن/بعدما came before
            answered = (self.background.answered(article, ev, times.get(ev.sentence, ()), memo)
                        if eve is None and ev.trigger.start in nouns and article.published
                        and not (ev.future or ev.hypothetical) else None)
            if answered is None and eve is None and ev.trigger.start in past_verbs and article.published \
                    and not (ev.future or ev.hypothetical) and not times.get(ev.sentence) \
                    and self.background.answer_retold(article, ev, memo):
                answered = True  # «استجابة لطلب فخامة الرئيس …، وطلب فخامته كذلك مساعدة اليمن»: the same old request
            if answered is not None:
                # «أعلنها العبادي أمس ردًا على احتجاجات ضد الفساد»: the protests came before the answer's day; «في ظل
                # عملية إعادة الأمل، التي تأتي استجابة لطلب الرئيس»: with no day told, before the publication day
                dated = None
                if answered is not True:
                    bound = answered
            if dated and ev.event in _CASE_ACTS and self.background.verdict and article.published \
                    and not (ev.future or ev.hypothetical):
                bound = self.background.case_before(article, ev, dated, memo)
                if bound is not None:
                    # «نفذت وزارة الداخلية أمس حكم القصاص …، وتمكنت سلطات الأمن من القبض على الجاني»: the arrest
                    # and the charge came before the verdict's day, which only bounds them
                    dated = None
            if dated and ev.event == "ASSAULT" and self.background.verdict and article.published \
                    and not (ev.future or ev.hypothetical) and self.background.avenged(article, ev, memo):
                # «نفذت وزارة الداخلية اليوم حكم القتل قصاصاً … في الرشيدي، لقتله كل من …»: the killing the verdict
                # avenges came before the day of its execution, which only bounds it
                bound, dated = max(dated, key=attrgetter("start")), None
            if dated and ev.quad_class == "material conflict" and article.published \
                    and not (ev.future or ev.hypothetical) and self.background.condemned(article, ev, dated, memo):
                # «دانت منظمة هيومن رايتس ووتش، أمس، قصف المتمردين … لمناطق سكنية»: the shelling a condemnation names
                # came before the condemnation's day, which only bounds it
                bound, dated = max(dated, key=attrgetter("start")), None
            relatived: list[TimeExpr] = []  # the times before the relative clause that tells the event
            preceded = False  # an act told after بعد and its noun, whose main clause's time is of the lead's days
            followed = None  # the recent day of an act told after بعد أن that the event came after
            if dated:
                kept = self.background.own_clause(article, ev, dated, memo, triggers, ev.trigger.start in past_verbs,
                                                  conflict, relatived)
                if not kept and article.published and not (ev.future or ev.hypothetical):
                    opener = self.background.opened_after(article, ev, dated, memo, triggers)
                    bound = _ended_before(opener, article.published)
                    # «قتل جندي … اليوم، وذلك بعد تفجير انتحاري قتل 32 شخصا»: before the day, not on it
                    preceded = bound is None and opener is not None and ev.trigger.start in past_verbs \
                        and self.background.after_act_at(article, ev, memo, triggers)
                    if opener is None and ev.trigger.start in past_verbs:
                        followed = self.background.followed_day(article, ev, dated, memo)
                dated = kept
            charged = not ev.future and self.background.charged(article, ev, memo, nouns)
            # «وثمن … القرارات الصادرة عن مؤتمر القمة العربية»: the summit that issued them was held before
            # (and the same word again in that sentence: «… وما أسفرت عنه القمة من قرارات»)
            issued = not (dated or ev.future or ev.hypothetical) and (
                (ev.sentence, ev.event, ev.trigger.text) in held_before
                or self.background.issued_by(article, ev, memo, nouns))
            if issued:
                held_before.add((ev.sentence, ev.event, ev.trigger.text))
            if charged and dated:
                # «ألقت السلطات القبض على سليمان الأسد لاتهامه بقتل عقيد، بحسب ما أفادت سانا أمس»: the arrest's
                # day, or the report's, does not date the killing; only a time after the act's word does
                if len(events) in by_report:
                    by_report.discard(len(events))
                    dated = None
                else:
                    dated = self.background.charge_times(article, ev, dated, memo)
            # after the days to come are gone: «وكان مشروع تطوير السوق قد انطلق بموافقة من الأمير … للأعوام
            # الخمسة المقبلة» is background all the same
            opened = not (dated or ev.future or charged or not article.published) and ev.sentence > 0 \
                and ev.trigger.start in past_verbs and self.background.after_opener(article, ev, memo)
            # «استنكر الأمير العمل الإرهابي الذي استهدف مسجداً»: a verb of the past right after a relative pronoun
            # tells a known act, done before the day it is told on
            described = not (dated or ev.future or charged or opened or not article.published) \
                and (ev.trigger.start in past_verbs and self.background.described(article, ev, memo)
                     or ev.trigger.start in nouns and not ev.hypothetical
                     and (self.background.object_described(article, ev, memo)
                          or self.background.redressed(article, ev, memo, self.background.doer_nouns)))
            # «قدم تعازيه في ضحايا هجوم انتحاري»، «للتحقيق في جريمة تفجير»: the act named was done, before the day
            # (not the lead's day of its class: «أفادت مصادر أمس بمقتل 24 مدنيا» … «إلى ذلك، … جريمة تفجير خان بني سعد»)
            # (in the lead only past a preposition: «ارتفع عدد ضحايا تفجير انتحاري … إلى 27» is the wire's news of the day)
            mourned = not (dated or ev.future or ev.hypothetical or described or not article.published) \
                and ev.trigger.start in nouns and self.background.redressed(
                    article, ev, memo, self.background.redress_done if ev.sentence >= lead
                    else self.background.redress, governed=ev.sentence < lead)
            # «ويأتي الاعتقال بعد يومين من هجوم شنه مسلحون»: the attack came that span before
            earlier = not (dated or ev.future or not article.published) and ev.sentence in spans \
                and self.background.span_after(article, ev, spans[ev.sentence], memo, ev.trigger.start in past_verbs)
            # «وتمكنت سلطات الأمن من القبض على الجاني وأسفر التحقيق معه عن توجيه الاتهام إليه … والحكم عليه بالقتل
            # قصاصاً»: the case told in order up to its verdict, done before the day the verdict is told on
            judged = not (dated or ev.future or ev.hypothetical or not article.published) and (
                ev.event in _CASE_ACTS and self.background.verdict and self.background.judged_after(article, ev, memo)
                # «أقدم الرشيدي على قتل كل من …» and later «والحكم عليه بالقتل قصاصاً»: the crime the verdict judged
                or ev.event == "ASSAULT" and self.background.dared and self.background.dared_judged(article, ev, memo))
            # «تفجير السفارة عام 1998 ويتناول العشاء مع كينياتا الذي حال توجيه المحكمة اتهامات له»: what the relative
            # clause of a past time's clause tells was done before the publication day, not in that time
            relative = not (dated or ev.future or ev.hypothetical or not article.published) and bool(relatived) \
                and ev.trigger.start not in present and all(first_day(t.value) <= article.published[:10] for t in relatived)
            if relative and bound is None and all(t.granularity == "day" for t in relatived):
                bound = max(relatived, key=attrgetter("start"))  # before the main clause's day, on it at the latest
            told = (None if dated or ev.future or not article.published
                    else True if charged or issued or opened or described or bound is not None or eve is not None or earlier
                    or judged or relative or answered is True or preceded or aside or mourned
                    or not (dated or ev.hypothetical) and ev.sentence > 0 and self.background.afterwards
                    and self.background.after_old(article, ev, times.get(ev.sentence - 1, ()), memo)
                    else self.background.told_before(article, ev, self.background.not_over(
                        article, ev, vague.get(ev.sentence, ()), memo, triggers, ev.trigger.start not in nouns), memo,
                                                     ev.trigger.start not in nouns)
                    or ev.trigger.start in nouns and ev.quad_class != _RETOLD and not ev.hypothetical
                    and self.background.last_held(article, ev, memo))
            if told is False and not ev.hypothetical and ev.trigger.start not in present \
                    and self.background.reminded(article, ev, memo, ev.trigger.start in past_verbs):
                told = True  # «ويذكر أن مصر قد وجهت الدعوة إلى زعماء نحو خمسين دولة»: background, before the day
            elif told is False and not ev.hypothetical and ev.trigger.start in past_verbs \
                    and ev.quad_class != _RETOLD and self.background.explained(article, ev, memo):
                told = True  # «ولم تتحرك تركيا في مواجهة تنظيم داعش. فقد رفضت دعم المقاتلين الأكراد»: its reason
            elif told is False and not ev.hypothetical and ev.trigger.start in past_verbs \
                    and self.background.beforehand_after(article, ev, memo):
                told = True  # «صادقت ألمانيا على الخطة … التي عارضته مسبقا»: the opposition came before
            elif told is False and not (ev.hypothetical or ev.negated) and ev.trigger.start in past_verbs \
                    and ev.sentence > 0 and ev.sentence not in timed \
                    and self.background.known_before(article, ev, memo, lead) \
                    and not any(e.event == ev.event and e.date_source != BEFORE_PUBLISHED for e in events):
                # «في الوقت الذي سيفتح فيه الاتفاق الذي توصلت إليه إيران مع الدول الغربية … أخيرا الطريق» … «وتوصلت
                # إيران والدول الست إلى اتفاق»: the act a relative clause of the lead told as known, told again (not
                # when an act of its type told before is news: «صادقت الحكومة المغربية على …» «خلال اجتماع مجلس
                # الحكومة الذي صادق على القوانين» «وصادق مجلس الحكومة»: the story's own act)
                told = True
                reported.add(len(events))
            elif told is False and not (ev.hypothetical or ev.negated) and ev.trigger.start in past_verbs \
                    and self.background.before_forums(article, ev, memo):
                told = True  # «أن المملكة دعت أيضا أمام المجالس الدولية والأممية لحقوق الإنسان الدول إلى …»
            elif told is False and not ev.hypothetical and ev.sentence >= lead \
                    and (ev.trigger.start in past_verbs or ev.trigger.start in nouns) \
                    and self.background.first_done(article, ev, memo, ev.trigger.start in nouns):
                told = True  # «ويتزامن نشر خبر مصرع الملا عمر في الوقت الذي أجرت حركة طالبان الأفغانية للمرة الأولى
                # محادثات مباشرة مع حكومة كابول»: a first time told with no day of its own, past the lead, is a known act
            elif told is False and not ev.hypothetical and ev.trigger.start in nouns \
                    and self.background.after_phrase(article, ev, memo, ev.quad_class == _RETOLD, ev.sentence in times):
                told = True  # «وتعتبر تلك الزيارة هي الأولى …، بعد عملية تحريرها … بدعم وتنسيق قوات التحالف»
                # («ويأتي ذلك بعد موافقة مجلس النواب اليوناني على الشروط»: what the news comes after, an attack too)
            elif told is False and not (ev.hypothetical or ev.future) and ev.trigger.start in nouns \
                    and self.background.role_in(article, ev, memo):
                told = True  # «لعب دوراً مهماً في استيلاء الجماعة على صنعاء»: the seizure was done before
            elif told is False and not (ev.hypothetical or ev.negated) and ev.trigger.start not in past_verbs \
                    and self.background.used_to(article, ev, memo, ev.trigger.start not in nouns):
                told = True  # «كانت نقطة انطلاق يشن منها التنظيم هجماته»: what used to be done, before the day
            elif told is False and not (ev.hypothetical or ev.future or ev.negated) and ev.trigger.start in nouns \
                    and self.background.lasted_span(article, ev, memo):
                told = True  # «فشل المفاوضات … التي دامت عدة أشهر»: a span that lasted months, ended by the day told
            if bound is not None or eve is not None or earlier or relative or answered is True or issued or preceded:
                pass  # «وتولت السلطة قبل عام بعد أن تمكن فصيل مسلح من طرد رئيس الوزراء»: before that year
            elif described:
                reported.add(len(events))  # the lead's day of its class, when the lead dates one, is its day
            elif opened and ev.quad_class == _RETOLD:
                # «أعلنت السلطات الطوارئ يوم الاثنين» … «بعد أن أطلق ضباط النار»: an attack of the story's days
                reported.add(len(events))
            elif told and self.background.reported(article, ev, memo):
                # «وكان مسؤولون أفادوا أن مستوطنين أضرموا النار»: the lead's act, reported before; not what was said
                # or asked before («وكانت المملكة قد أطلقت قبل اللقاء تصريحات تحذر …، وقد وجدت التحذيرات صدى»):
                # words told in the pluperfect are no retelling of the lead's day
                if _story_class(ev) != "verbal":
                    reported.add(len(events))
            elif told is True and ev.quad_class == _RETOLD and ev.sentence not in timed \
                    and self.background.retold(article, ev, memo):
                retold.add(len(events))
            elif told is False and not (ev.hypothetical or ev.future) and ev.trigger.start in past_verbs \
                    and self.background.recollected(article, ev, memo):
                told = True  # «وأذكر أن البعض انتقدني خلال معارض أقمتها»، «يفاخر بأنه زار والد عماد مغنية»: a memory
            elif told is False and ev.trigger.start not in present and self.background.found_before(article, ev, memo):
                # what an investigation found («وكشفت تحقيقات النيابة أن المتهمين نظموا ذلك الاعتصام»): done before the
                # publication day, on the lead's day when the lead gives the act one
                told = True
                reported.add(len(events))
            if dated and len(dated) > 1 and ev.claim is not None and not (ev.future or ev.hypothetical):
                # «ذكر تقرير إخباري اليوم الأحد أن قوات الأمن التركية اعتقلت 851 شخصا … خلال الأيام الثلاثة
                # الأخيرة»: the time the statement tells dates the act, not the day it was told on
                dated = _told_within(dated, ev, triggers, article.text, self.background)
            ev = self._anchor(article, ev, dated, pool, dateline, told, written, places.get(ev.sentence, ()), triggers,
                              memo)
            if followed is not None and ev.date_source == "published":
                # «قتل 18 متمردا … بعد أن شنت قوات الامن عملية عسكرية أعقبتها غارة جوية أمس الاول الجمعة»: on that
                # day or after it, up to the publication day
                ev = ev.updated(date=first_day(followed.value), enddate=article.published[:10], date_source="text",
                                date_evidence=followed)
            days = self.background.span_days(span) if spanned is not None and bound is spanned \
                and spanned.granularity == "day" and not spanned.end_value else None
            if days and ev.date_source == BEFORE_PUBLISHED:
                # «أمس الخميس …، بعد 3 أيام على هجوم انتحاري»: the attack was three days before Thursday
                day = (date.fromisoformat(first_day(spanned.value)) - timedelta(days=days)).isoformat()
                ev = ev.updated(date=day, enddate=None, date_source="text", date_evidence=span)
            elif bound is not None and ev.date_source == BEFORE_PUBLISHED:
                ev = ev.updated(enddate=_last_day(bound.end_value or bound.value), date_evidence=bound)
            elif isinstance(eve, TimeExpr) and ev.date_source == BEFORE_PUBLISHED:
                day = _day_before(first_day(eve.value))
                ev = ev.updated(date=day, enddate=None, date_source="text", date_evidence=eve)
            if ev.date_source == "published" and events and events[-1].sentence == ev.sentence - 1 \
                    and not (ev.future or ev.negated or ev.hypothetical) \
                    and _after_also(article, ev, self.background.also) \
                    and any(e.sentence == ev.sentence - 1 and e.date_source == BEFORE_PUBLISHED
                            and _story_class(e) == _story_class(ev)
                            and self.background.told_in_pluperfect(article, e, memo)
                            for e in events[-4:]):
                # «وكان داعش قد دمر كنوزا أثرية» «كما دمر مسلحو التنظيم آثارا في متحف الموصل»: the same recollection
                ev = ev.updated(date=None, enddate=article.published, date_source=BEFORE_PUBLISHED, date_evidence=None)
            if ev.date_source == "published" and ev.sentence > lead \
                    and (ev.sentence in opening_past or self.background.occurring_opens(article, ev.sentence)) \
                    and ev.sentence not in timed \
                    and ev.trigger.start not in present and not (ev.future or ev.hypothetical) \
                    and _old_before([t for t in times.get(ev.sentence - 1, ())
                                     if not self.background.bound_before(article, t, memo)],
                                    [e for e in events[-8:] if e.sentence == ev.sentence - 1], article.published) \
                    and not any(self.background.since_at(article.text, t) for t in times[ev.sentence - 1]):
                # «وفي تشرين الاول/اكتوبر 1967 اصيبت طائرته بصاروخ» «واصيب بجروح واسر في هانوي»: the narration of an
                # old year goes on, before the publication day (not after a state since then, «منذ أكثر من عام ونصف»,
                # nor after a sentence whose act is of this year, nor after the lead, which tells the news: «قضت محكمة
                # … عقب سفره إلى سوريا عام 2013» «وأدين الشيشاني»; nor after a bound or a deadline, no time narrated:
                # «… قبل تاريخ 9 أبريل (نيسان) 2015» «ورحب مجلس الوزراء …»)
                ev = ev.updated(date=None, enddate=article.published, date_source=BEFORE_PUBLISHED, date_evidence=None)
            t = recalled.get(ev.sentence + 1)
            if t is not None and ev.date_source == "published" and not (ev.future or ev.negated or ev.hypothetical):
                ev = ev.updated(date=first_day(t.value), date_source="story", date_evidence=t)
            events.append(ev)
        wordless = _wordless_lead(article, times, lead, self.background, memo)
        # (and the nouns a verb of the past governs: «وجدد مجلس الوزراء إدانة المملكة»، «قرر مجلس الوزراء الموافقة»)
        plain = frozenset(i for i, ev in enumerate(events) if ev.trigger.start in past_verbs
                          and not self.background.after_relative(article, ev, memo)
                          or ev.trigger.start in imperfect and ev.claim is not None  # «وقال إنه يؤيد أي حوار»
                          or ev.trigger.start in nouns and ev.date_source == "published"
                          and (self.background.verb_object(article, ev, memo)
                               or self.background.after_occurring(article, ev, memo))) if wordless else frozenset()
        since = frozenset(i for i, ev in enumerate(events) if ev.date_source == "text" and ev.date_evidence is not None
                          and self.background.since_near(article.text, ev.date_evidence))
        known = frozenset(i for i, ev in enumerate(events) if ev.date_source == "published"
                          and ev.trigger.start in nouns and self.background.noun_described(article, ev, memo))
        # «من خلال الزيارات التي قام بها كبار المسؤولين»، «اجتماعات الجولة السادسة التي عقدت بالقاهرة»: a known act a
        # past verb's relative clause tells, no act of the story's day
        # (not an attack: «ويسلط الهجوم الذي وقع في منطقة المار الضوء»: most often the story's own attack)
        done = frozenset(i for i in known if _story_class(events[i]) != _RETOLD
                         and self.background.noun_described(article, events[i], memo, past=True))
        starts = frozenset(triggers)
        parties = frozenset(m.end for m in article.mentions if m.kind in ("actor", "agent"))
        own = frozenset(i for i, ev in enumerate(events) if ev.date_source == "text" and ev.trigger.start in past_verbs
                        and self.background.thing_relative(article, ev, memo, starts, parties))
        if article.published:
            # «أدان المجلس الوطني الفلسطيني مصادقة الكنيست …» … «واعتبر المجلس في بيان له من مقره في عمان أمس»: the
            # statement's day, before the story's other days are given
            events = _framed_lead(events, article, times, timed, triggers, lead, self.background, memo)
        shifted = self.background.shifted_sentences(article, memo, opening_cues)
        past_times = _recalled_days(times, opening_cues, lambda t: self.background.since_near(article.text, t),
                                    frozenset(ev.sentence for ev in events if ev.date_source == "text"
                                              and self.background.told_in_pluperfect(article, ev, memo)))
        events = _story_dated(events, article.published, reported, _uncoded_lead(article, events, times, lead,
                                                                                   self.background, memo),
                              by_report, present, retold, (wordless, plain) if wordless else None, lead, since, timed,
                              known, _uncoded_days(events, times, article.published, article, opening_cues,
                                            self.that),
                              frozenset(i for i, ev in enumerate(events) if ev.sentence >= lead
                                        and ev.trigger.start in past_verbs
                                        and len({t.value for t in times.get(ev.sentence, ())}) == 1
                                        and not self.background.after_relative(article, ev, memo)), own, done,
                              shifted, self.background.eves(article, events, memo), past_times, nouns)
        if article.published:
            # «يروي لودريان أن الرئيس ساركوزي اتصل به عقب انتخابه في عام 2007 …» «لكن الوزير الحالي رفض العرض»: past a
            # sentence that turns to an earlier year, the undated acts of the past told right after it are of that time
            events = _past_turned(events, article.published, past_times, past_verbs, lead,
                                  lambda k: self.background.turns(article, k, memo)
                                  or self.background.opens_aux(article, k, memo),
                                  lambda ev: _opens_sentence(article, ev))
        if article.published:
            # «قال تجمع لاهالي معتقلين في بيان امس ان اجهزة الامن اعتقلت …» … «وحذر من نتائج كارثية، محملا حماس
            # المسؤولية»: what the statement goes on saying is of the day its frame names
            said_day = _lead_frame_day(article, opening_cues, times, lead, self.that)
            if said_day is not None:
                turned = frozenset(k for k in range(said_day.sentence + 1, said_day.sentence + _SAID_REACH + 1)
                                   if self.background.turns(article, k, memo))
                events = _said_on(events, article, said_day, timed, present, turned)
        if by_report:  # (after the story's days are given: the lead's report day still dates what the report told)
            _retold_after(events, by_report, triggers)
            if wordless is not None:
                _lead_act_reported(events, by_report, wordless)
        if article.published and len(events) > 1:
            # (only the events dated by their report's day when the lead names the publication day itself: «اليوم
            # الثلاثاء» … «قصف … يوم الأحد»)
            # (not a day that dates only what is to come: «ألقت الشرطة القبض على رجل» «قالت الشرطة إنها ألقت القبض
            # على الرجل مساء أمس الخميس، وسيعرض اليوم الجمعة أمام قاضي التحقيقات»: the arrest is Thursday's)
            today = any(t.granularity == "day" and first_day(t.value) == article.published[:10]
                        and not _dates_ahead_only(t, events, article, self.trying) for k in range(lead)
                        for t in times.get(k, ()))
            eves = self.background.eves(article, events, memo)
            events = _body_dated(events, article.published, present, lead, by_report, today, triggers,
                                 eves | self.background.eve_partners(article, events, eves))
        if written:
            events = _written_dated(events, written, frozenset(m.sentence for m in opening_cues))
        elif article.published and len(events) > 0:
            events = _one_day_story(events, article, past_verbs, timed, self.background, memo)
        if article.published and len(events) > 1:
            events = _lead_retold(events, article.published, nouns, lead)
        if article.published and self.background.then:
            # «ويذكر هذا الحادث بحادث مماثل وقع في مارس 2014» «وقد قتل آنذاك خمسة جنود افغان»: March 2014
            events = [self._then_dated(article, ev, times, memo, triggers) for ev in events]
        if article.published and self.background.repeated:
            # «اشتبكت قوات الأمن مع محتجين مساء أمس» «وأطلقت الشرطة الغاز … أكثر من مرة»: done again and again that day
            events = [self._repeated_dated(article, ev, times, memo) for ev in events]
        article.events = events
        return article

    def _then_dated(self, article: Article, ev: Event, times: dict[int, list[TimeExpr]], memo: dict,
                    triggers: "list[int] | tuple" = ()) -> Event:
        """The event told as background by a word of «then» (آنذاك، حينها: `_Background.then_beside`), no time of its
        own sentence dating it, takes the last time the sentence right before names, when that ended before the
        publication day: the act was done at that time (`triggers`: the sorted starts of the article's event words)."""
        if ev.date_source != BEFORE_PUBLISHED or ev.date is not None or ev.sentence < 1 \
                or not self.background.then_beside(article, ev, memo, triggers):
            return ev
        t = max(times.get(ev.sentence - 1, ()), key=attrgetter("start"), default=None)
        last = (_last_day(t.value) or "9") if t is not None and t.value else "9"
        if t is None or not t.value or t.end_value or last > article.published[:10] \
                or last == article.published[:10] and t.granularity != "day":
            return ev  # (the publication day itself too: «انفجرت سيارة مفخخة صباح اليوم» «وفي ذلك الوقت، أطلق …»)
        return ev.updated(date=first_day(t.value), enddate=None if t.granularity == "day" else _last_day(t.value),
                          date_source="text", date_evidence=t)

    def _repeated_dated(self, article: Article, ev: Event, times: dict[int, list[TimeExpr]], memo: dict) -> Event:
        """The event told as background only by an adverb of acts done again and again (مرارا، أكثر من مرة:
        `_Background.repeated_beside`), in a sentence with no time, right after one whose times are all the days of the
        story's last week or the publication day (not old): it is of the last of those days, done again and again on it
        («اشتبكت قوات الأمن مع محتجين مساء أمس» «وأطلقت الشرطة الغاز … أكثر من مرة على المتظاهرين»)."""
        if ev.date_source != BEFORE_PUBLISHED or ev.date is not None or ev.sentence < 1 or times.get(ev.sentence) \
                or ev.future or ev.negated or ev.hypothetical:
            return ev
        before = times.get(ev.sentence - 1, ())
        published = article.published[:10]
        if not before or not all(t.value and not t.end_value and t.granularity == "day"
                                 and (first_day(t.value) == published or _days_before(first_day(t.value), published))
                                 for t in before) \
                or not self.background.repeated_beside(article, ev, memo):
            return ev
        t = max(before, key=attrgetter("start"))
        return ev.updated(date=first_day(t.value), enddate=None, date_source="text", date_evidence=t)

    def _anchor(self, article: Article, ev: Event, times: list[TimeExpr] | None, places: list[Place],
                dateline: Place | None, told: "bool | TimeExpr | None" = None,
                written: "tuple[str, TimeExpr] | None" = None, named: "list[Place] | tuple" = (),
                triggers: "list[int] | tuple" = (), memo: dict | None = None) -> Event:
        """The event with its date and location set (`places`: those of its sentence read as a location;
        `told`: truthy when the event is told as background, the vague expression that says so if one does;
        `written`: the day the story was written and the expression that shows it, when before publication;
        `named`: all the places of its sentence, for the place a visit goes to; `memo`: the article's memo of the
        background checks, per sentence)."""
        changes: dict = {}
        published = written[0] if written else article.published
        if times:
            ts, te = ev.trigger.start, ev.trigger.end
            if len(times) > 1:
                times = [t for t in times if not self.background.first_since(article.text, t)] or times
            t = times[0] if len(times) == 1 else _finest(min(times, key=lambda t: max(0, t.start - te, ts - t.end)), times)
            end = first_day(t.end_value) if t.end_value else None
            start = first_day(t.value)
            if ev.future and published and start and t.start >= te and start < published[:10] \
                    and _bare_weekday(t, self.background.words) and not _word_between(triggers, ev, t) \
                    and not self.background.told_in_pluperfect(article, ev, {} if memo is None else memo):
                # «يجتمع سفراء الحلف الثلاثاء»: a weekday of what is to come is the next one; not one that was to come
                # («وكان من المفترض أن تبدأ جولة ثانية من محادثات السلام في باكستان الجمعة، إلا أن إسلام آباد أرجأتها»)
                start = _coming_weekday(start)
            if t.granularity in ("year", "month", "week"):
                end = _year_end(t, published, ev.future or ev.hypothetical)
                part = _third_of(article.text, t, self.background.thirds) \
                    if t.granularity == "month" and t.calendar == "gregorian" else None
                if part and start == first_day(t.value):
                    start, end = _narrowed(start, end, part, published, ev.future or ev.hypothetical)
                if end and published and not (ev.future or ev.hypothetical) and end < published[:10] \
                        and (self.background.since_at(article.text, t) or self.background.since_clause(article.text, ev, t)) \
                        and not self.background.began_when(article.text, ev, t):
                    end = published[:10]  # «القمع منذ سبتمبر الماضي»: from September up to the publication day
                if (ev.future or ev.hypothetical) and published and start and end and start < published[:10] <= end:
                    start = published[:10]  # «سيزور موسكو منتصف الأسبوع الحالي»: not before the day it is told on
            elif t.granularity == "day" and not end and published and start and start < published[:10] \
                    and not (ev.future or ev.hypothetical) and not _days_before(start, published) \
                    and self.background.since_at(article.text, t) and not self.background.began_when(article.text, ev, t):
                # «غارات التحالف … منذ 23 سبتمبر 2014»: from that day up to the publication day (a day of the last
                # week, «اعتقلت منذ الجمعة», stays the day the act began, as the story's lead day)
                end = published[:10]
            changes.update(date=start, enddate=end, date_source="text", date_evidence=t)
        elif told and published:
            evidence = told if isinstance(told, TimeExpr) else None
            changes.update(date=None, enddate=published, date_source=BEFORE_PUBLISHED, date_evidence=evidence)
        elif published:
            changes.update(date=published, date_source="published")
        else:
            changes.update(date=None, date_source=None)
        loc = (_location(ev, places, article.text, triggers, self.charges, self.background.relative) if places else None) or (
            _visited(article.text, ev, named, self.words.destination) if ev.cameo == VISIT and named else None) \
            or dateline
        if loc is not None:
            changes.update(location=loc, location_iso3=self.gaz.iso3.get(loc.country_code))
        if ev.cameo == VISIT and ev.recipient and ev.actor and named:
            home = _home_places(ev, named)
            if home:
                changes.update(recipient=tuple(r for r in ev.recipient if r not in home))
        return ev.updated(**changes)


_WA = "وف"  # the conjunctions `strip_wa` takes off a word
_NORM_OF = attrgetter("norm")  # a token's normal form, read in C (map)


_OBJECT_PRONOUNS = ("هما", "هم", "هن", "ها", "كم", "نا", "ني", "ه")  # the pronouns an object glues to a verb


def to_come(ev: Event) -> Event:
    """An act to come or one made conditional («سيزور»، «يعتزم»، «إذا انتهكت»: flagged future or hypothetical, not
    negated) that its sentence gives no time of its own is undated: no `date`, no `enddate`, `date_source`
    "after_published" (if it happens, it is after the story's day). The day it was told on is not its date (judges
    called 68 of 87 such publication or story days wrong on seventeen bench days: tools/judged/dates.tsv)."""
    if (ev.future or ev.hypothetical) and not ev.negated and ev.date_source in ("published", "story"):
        return ev.updated(date=None, enddate=None, date_source=AFTER_PUBLISHED, date_evidence=None)
    return ev


def said_to_come(ev: Event, article: Article, that: frozenset[str]) -> Event:
    """An act to come (flagged future, not negated) dated by a past time told before it, in the frame of the clause
    that says it will be («أكد جون كيري أمس، أنه يعتزم بحث سبل مواجهة داعش»، «أعلنت تركيا الأربعاء أنها ستطلق
    قريبا هجوما»: a complementizer `that`, أن، إن، بأن، أنه…, between the time and the act's word), is undated as
    `to_come` undates one with no time: the day is the saying's, and the act comes after it. A time after the act's
    word («سيستقبل كيري اليوم نظيره») or with no complementizer between («كان يفترض أن توجه إليهم بالأمس اتهامات»)
    stays the act's, and so does a day told after a word of plan («وكان من المقرر أمس أن يلتقي»: the day it was due).
    (Judges called 28 of 41 past days of such acts wrong on seventeen bench days; of those with a complementizer
    between, 15 wrong and 3 right.)"""
    t = ev.date_evidence
    if not ev.future or ev.negated or ev.date_source != "text" or t is None or t.end > ev.trigger.start or \
            t.sentence != ev.sentence or not article.published or \
            (ev.enddate or ev.date or article.published) >= article.published:
        return ev
    if any(m.kind == "cue" and m.label in _PLAN_CUES and m.start < t.start for m in article.sentence_mentions(ev.sentence)):
        return ev  # «وكان من المقرر أمس أن يلتقي»: the day a plan was due on, not the day it was told
    for tok in article.tokens[ev.sentence]:
        if t.end <= tok.start < ev.trigger.start and tok.kind == "ar" and (
                tok.norm in that or tok.norm[:1] in _WA and tok.norm[1:] in that):  # (وأن، فإن: strip_wa keeps
            # a word of three letters whole)
            return ev.updated(date=None, enddate=None, date_source=AFTER_PUBLISHED, date_evidence=None)
    return ev


def told_elsewhere(ev: Event, article: Article) -> Event:
    """An event dated by a time expression of another sentence (the repeats stage gives the first telling of an act the
    day a later telling of it tells: «طالبت …» … «وطالبت أمس …») says so: `date_source` "story", not "text", which
    is its own sentence's time; the date and its evidence stay."""
    t = ev.date_evidence
    if ev.date_source != "text" or t is None:
        return ev
    sent = article.sentences[ev.sentence]
    if sent.start <= t.start and t.end <= sent.end:
        return ev
    return ev.updated(date_source="story")


_PLAN_CUES = frozenset({"future", "aim", "upcoming", "decide"})  # cue classes of a plan (من المقرر، يفترض، مقررا)


class ActsToCome:
    """Undates the acts to come and the conditional ones that have no time of their own (`to_come`), and the acts to
    come dated by the past day they were said to come on (`said_to_come`). A stage of its own, run last: the stages
    before it weigh such an act on the day it was told (the repeats stage, which folds «سيزور الرئيس موسكو» …
    «وخلال الزيارة» into one visit of one day), as they did before it was added. Last, an event dated by another
    sentence's time expression is marked so (`told_elsewhere`)."""

    name = "to_come"
    requires = ("tokens", "events", "event_dates")
    adds = ("events",)

    def __init__(self, fw: FunctionWords | None = None):
        fw = fw or FunctionWords.load()
        self.that = fw.complementizer | fw.pronoun_that  # ان، بان، انه، بانها…

    def __call__(self, article: Article) -> Article:
        article.events = [told_elsewhere(said_to_come(to_come(ev), article, self.that), article)
                          for ev in article.events]
        return article


def _agreement(w: str) -> str:
    """The person and number a verb of the past tells by its ending, past a glued object pronoun and a و/ف before it:
    "f" (تـ: اتهمته، نشرت), "p" (وا، و: اتهموه), "m" otherwise (a noun too: read only to compare)."""
    w = strip_wa(w)
    for p in _OBJECT_PRONOUNS:
        if w.endswith(p) and len(w) - len(p) >= 3:
            w = w[:-len(p)]
            break
    return "f" if w.endswith("ت") else "p" if w.endswith("وا") or w.endswith("و") else "m"


def _told_within(times: list[TimeExpr], ev: Event, triggers: "list[int] | tuple", text: str,
                 background: "_Background") -> list[TimeExpr]:
    """The days within the content of the statement that tells the event (its word in that content), when the
    statement's words before it give others too (the day it was told on); `times` otherwise. Not a time past another
    event's word (`triggers`: the sorted starts of the article's event words; «قالت وزارة الخارجية اليوم الأحد إن
    تركيا طلبت … عقد اجتماع طارئ هذا الأسبوع»: the week is the meeting's), nor one told with منذ («وقال … أمس، إن
    العشرات … قتلوا في عمليات تطهير مدينة الرمادي الجارية منذ أكثر من أسبوع»: what goes on since then); a year or
    month there may be another clause's («ذكرت الجمعة ان حقاني الذي تتمركز شبكته …، توفي قبل عام»)."""
    c = ev.claim
    if not c.content_start <= ev.trigger.start < c.content_end:
        return times
    inner = [t for t in times if c.content_start <= t.start and t.end <= c.content_end and t.granularity == "day"
             and not _word_between(triggers, ev, t) and not background.since_at(text, t)]
    return inner if inner and any(t.end <= c.content_start for t in times) else times


def _joined_name(text: str, name: "TimeExpr | None", t: TimeExpr) -> str:
    """"name" when time `t` follows the name-time `name` of its sentence with only و between them («وزراء 8 آذار
    و14 آذار»: both are coalitions), else ""."""
    if name is None or name.sentence != t.sentence or not 0 <= t.start - name.end <= 3:
        return ""
    return "name" if text[name.end:t.start].strip() == "و" else ""


_LONG_AGO = frozenset({"year", "month"})  # granularities of a time after عقب سفره that may lie far before the main act


def _possessed(tok: Token) -> bool:
    """True when the word is written with an attached pronoun of the third person (the ه of سفره, not the ة of a
    feminine noun): a verbal noun with its doer, an act of its own («عقب سفره»)."""
    w = _HARAKAT.sub("", tok.text)  # (a voweled «سفرِهِ» too)
    return tok.kind == "ar" and len(w) >= 4 and w.endswith(_PRONOUN_ENDS)


def _definite(tok: Token) -> bool:
    """True for an Arabic word with the article, past any clitic (الاجتماع، والاجتماع، بالاجتماع، للقمة)."""
    return any(stem.startswith("ال") for stem, _ in clitic_variants(tok.norm))


def _unwa(w: str, words: TimeWords) -> str:
    """A normalised word without a leading conjunction و/ف, unless the whole word is a word of the time lexicon
    (فيما، فبراير، وقتها، وفقا: their first letter is no conjunction, «فيما» is not و + «يما»)."""
    return w if (w,) in words.phrases else strip_wa(w)


def _glued(w: str, words: frozenset[str]) -> bool:
    """True when a normalised word is one of `words`, alone or with و/ب/ل/ف glued before it (بمدينة، لذكرى)."""
    return any(w.startswith(p) and w[len(p):] in words for p in _NAME_PREFIXES)


_ASIDE_REACH = 200  # how far before a time an aside's opening bracket is looked for
_ASIDE_WORDS = 2  # the words besides the time an aside must hold to be a clause of its own, no gloss «أمس (الأحد)»


def _bracketed_apart(text: str, ev: Event, t: TimeExpr) -> bool:
    """True when the time stands inside brackets that hold words of their own besides it and the event's word
    stands outside them: «تنازلاً دوليًا أمام إيران (شبهه بتنازل فرنسا … في اتفاق ميونيخ عام 1937)»; not a
    gloss of the time alone, «الأحد (أمس)»، «(عام 2014)»."""
    lo = max(0, t.start - _ASIDE_REACH)
    o = text.rfind("(", lo, t.start)
    if o < 0 or text.find(")", o, t.start) >= 0:
        return _dashed_apart(text, ev, t)
    c = text.find(")", t.end, t.end + _ASIDE_REACH)
    if c < 0 or text.find("(", t.end, c) >= 0 or o <= ev.trigger.start < c:
        return False
    return _aside_words(text[o + 1:t.start] + " " + text[t.end:c])


def _said_apart(article: Article, ev: Event, t: TimeExpr) -> bool:
    """True for a year inside what another statement of the event's sentence says, one that does not tell the event
    (the event is told in a statement of its own): «وقال مصدر، إن موقوفا شارك … في 2011، …، مؤكدا أن اثنين من
    أشقائه صدر بحقهما حكم بالسجن» (the year is the first statement's, not the verdict's). Not a day: a recent day the
    other statement tells most often dates the same news («بحث في اتصال هاتفي …، مضيفا أن "بان أكد خلال الاتصال
    الذي جرى مساء أول من أمس"»)."""
    if t.granularity != "year":
        return False
    ts = ev.trigger.start
    return any(s is not ev.claim and s.sentence == ev.sentence and s.content_start <= t.start < s.content_end
               and not s.content_start <= ts < s.content_end for s in article.statements)


_QUOTE_REACH = 300  # how far before and after a time the marks of a quote around it are looked for


def _quoted_apart(text: str, ev: Event, t: TimeExpr) -> bool:
    """True when the time stands inside a quote in «» that holds words of its own besides it and the event's word
    stands outside it: «أكّد بيان صدر الأربعاء أن «أرضية المباحثات اليوم مؤهلة أكثر من أي وقت مضى»، ودعت …»
    (the speaker's today, not the call's day); not a quoted time alone, «مساء «أمس»»."""
    o = text.rfind("«", max(0, t.start - _QUOTE_REACH), t.start)
    if o < 0 or text.find("»", o, t.start) >= 0:
        return False
    c = text.find("»", t.end, t.end + _QUOTE_REACH)
    if c < 0 or text.find("«", t.end, c) >= 0 or o <= ev.trigger.start < c:
        return False
    return _aside_words(text[o + 1:t.start] + " " + text[t.end:c])


def _aside_words(rest: str) -> bool:
    """True when an aside's words besides its time (`rest`) are enough to make a clause of its own."""
    return sum(1 for w in rest.split() if any("\u0621" <= ch <= "\u064a" for ch in w)) >= _ASIDE_WORDS


_DASH_OPEN = re.compile(r"\s[-–—](?=[\u0621-\u064a])")  # « -الذي»: a dash glued to the word after it opens an aside
_DASH_CLOSE = re.compile(r"(?<=[\u0621-\u064a])[-–—](?=\s)")  # «نيسان- »: glued to the word before it, closes it


_APART_OPEN = frozenset("-–—(")  # marks that set a time apart before it: «… والإفتاء -في وقت سابق- الشباب»
_APART_CLOSE = frozenset("-–—)")  # and after it


def _set_apart(text: str, t: TimeExpr) -> bool:
    """True when the time stands alone between dashes or brackets (« -في وقت سابق- »، «(في وقت سابق)»): an adverb set
    apart, told of its clause's verb however long the subject between them."""
    before, after = text[max(0, t.start - 3):t.start].rstrip(), text[t.end:t.end + 3].lstrip()
    return bool(before) and before[-1] in _APART_OPEN and bool(after) and after[0] in _APART_CLOSE


def _dashed_apart(text: str, ev: Event, t: TimeExpr) -> bool:
    """True when the time stands in an aside between dashes glued inward, with words of its own, in one sentence, and
    the event's word outside it: «إن ممثلين عن صالح -الذي حاصر الموالون له عدن مع الحوثيين في مارس آذار وابريل
    نيسان- يتفاوضون» (the months date the siege, not the talks)."""
    lo = max(0, t.start - _ASIDE_REACH)
    opens = [m.start() + 1 for m in _DASH_OPEN.finditer(text, lo, t.start)]
    if not opens or "." in text[opens[-1]:t.start] or _DASH_CLOSE.search(text, opens[-1], t.start):
        return False
    o = opens[-1]
    close = _DASH_CLOSE.search(text, t.end, t.end + _ASIDE_REACH)
    if close is None or "." in text[t.end:close.start()] or o <= ev.trigger.start < close.start():
        return False
    return _aside_words(text[o + 1:t.start] + " " + text[t.end:close.start()])


def _bare_weekday(t: TimeExpr, words: TimeWords) -> bool:
    """True for a weekday told alone, with a part of the day or يوم at most (الثلاثاء، مساء الخميس، يوم الأحد; not
    الخميس الماضي، أمس الخميس، يومي الخميس والجمعة): the tagger only guessed which of its two weeks it is."""
    if t.granularity != "day" or not t.relative or t.end_value or t.calendar != "gregorian":
        return False
    days = 0
    for w in normalize(t.text).split():
        if w == "يوم":
            continue
        tw = words.phrases.get((_unwa(w, words),))
        if tw is None:
            return False
        if "weekday" in tw.classes:
            days += 1
        elif "part" not in tw.classes:
            return False
    return days == 1


def _coming_weekday(day: str) -> str:
    """The same weekday a week after `day` (YYYY-MM-DD): the coming one instead of the last one."""
    return (date.fromisoformat(day[:10]) + timedelta(weeks=1)).isoformat()


def _ended_before(t: "TimeExpr | None", published: str) -> "TimeExpr | None":
    """The time when it ends before the days a lead may date (_LEAD_REACH_DAYS before publication): an act done
    before it is no act of the story's days. None otherwise."""
    last = _last_day(t.end_value or t.value) if t is not None else None
    if last is None or last >= published[:10] or _days_before(last, published):
        return None
    return t


def _year_end(t: TimeExpr, published: str | None, coming: bool) -> str | None:
    """The last day a year or month expression (or a range of them) covers, no later than the publication day for
    an event that was done: «وقعت الفتاة في الأسر في وقت سابق من هذا العام» is on a day from 1 January to the
    publication day, «عام 2013» from 1 January to 31 December 2013, «في يونيو الماضي» from 1 to 30 June, «مطلع
    أغسطس» in a story of 11 August from 1 to 11 August, «الأسبوع الماضي» from its Monday to its Sunday, or to the
    `end_value` the time stage gave it (told on a Sunday: to the day before; a year, a month or a week alone is no day
    of it: the event's `date` is its first day, its `enddate` the last)."""
    last = _last_day(t.end_value or t.value)
    if not last:
        return None
    start = first_day(t.value)
    if published and not coming and start is not None and start <= published[:10] < last:
        return published[:10]
    return last


def _after_an(article: Article, m) -> bool:
    """True when the trigger mention's verb follows أن (a subjunctive: «كان من الطبيعي أن يثني على قبوله الزيارة»
    tells what was done, not what goes on)."""
    toks = article.tokens[m.sentence] if m.sentence < len(article.tokens) else ()
    return 0 < m.tok_start <= len(toks) and toks[m.tok_start - 1].norm in _AN


_AN = frozenset({"ان", "وان", "بان"})  # أن، وأن، بأن (normalised)


def _spoken(text: str) -> bool:
    """True for a verb in the present tense of the first person (نطالب، ندين، أدعو): the speaker's own act, done by
    saying it, on the day of the words that tell it, not what goes on («وبحسب بيان رئاسة الإقليم فإنه «… نطالب من
    الحكومة التركية عدم تكرار قصف المدنيين»: the statement's day)."""
    w = normalize(text.split()[0]) if text else ""
    if w[:1] in ("و", "ف") and len(w) > 4:
        w = w[1:]
    return w[:1] in _FIRST_PERSON


_FIRST_PERSON = ("ن", "ا")  # the prefixes of the present tense of the first person (normalised: أ → ا)


def _of_type(labels: "dict[int, str] | None", event: str) -> frozenset[int]:
    """The starts of the event words of `labels` (start → event type) that are of type `event`."""
    return frozenset(k for k, v in labels.items() if v == event) if labels else frozenset()


def _word_between(triggers: "list[int] | tuple", ev: Event, t: TimeExpr,
                  same: "set[int] | frozenset[int] | tuple" = ()) -> bool:
    """True when another event's word stands between the event's word and the time expression (`triggers`: the sorted
    starts of the article's event words): «طلبت عقد اجتماع هذا الأسبوع»: the week is the meeting's; not one of `same`
    (words that tell the same act: «لقوا مصرعهم جراء قصف قوات النظام المدن الاثنين»)."""
    lo, hi = (ev.trigger.end, t.start) if t.start >= ev.trigger.end else (t.end, ev.trigger.start)
    k = bisect_right(triggers, lo - 1)
    while k < len(triggers) and triggers[k] < hi:
        if triggers[k] not in same:
            return True
        k += 1
    return False


_ACT_BEFORE_TIME = 12  # an act's word this many characters before a time at most is the act that time dates


def _joined_after_act(toks: "list[Token]", norms: list[str], k: int, ev: Event, t: TimeExpr,
                      triggers: "list[int] | tuple") -> bool:
    """True when the event's word (token k) opens a clause joined by a glued و to one that tells another act after the
    time (`t` before the word): «الذي اعتقل في 1985 وحكم عليه بالسجن المؤبد في 1987»: 1985 is the arrest's year,
    not the sentence's (`triggers`: the sorted starts of the article's event words)."""
    if ev.trigger.start - toks[k].start > 1 or norms[k] == toks[k].norm or toks[k].norm[:1] != "و" \
            or _word_between(triggers, ev, t):
        return False
    p = bisect_right(triggers, ev.trigger.start - 1) - 1  # the act word told last before the event's
    return p >= 0 and t.start - _ACT_BEFORE_TIME <= triggers[p] < t.start


def _finest(t: TimeExpr, times: list[TimeExpr]) -> TimeExpr:
    """The expression of a day of its sentence that falls within the month or year `t` names, if there is one, else `t`
    («في 26 يونيو الماضي خلال صلاة الجمعة في شهر رمضان»: the day, not the first of Ramadan)."""
    if t.granularity == "day" or not t.value:
        return t
    lo, _, hi = t.value.partition("/")
    for d in times:
        if d is not t and d.granularity == "day" and d.value and not d.end_value and (
                d.value.startswith(lo) if not hi else lo <= d.value <= hi):
            return d
    return t


_LEAD_SENTENCES = 2  # the lead: the story's first sentences, which tell its news and its day
_LEAD_REACH_DAYS = 7  # a lead day this far before publication at most (أمس، السبت الماضي), not an old date


def _not_after_writing(times: list[TimeExpr], ev: Event, written: str, past_verbs: set[int],
                       words: TimeWords | None = None) -> list[TimeExpr]:
    """The time expressions an event told by a past verb may take: none dated after the day the story was
    written (دعت الإدارة المعلمين إلى مراجعتها يوم الأحد المقبل: the call was made, the date is the visit's;
    the event then takes the publication date). A month or a day of a month named with no year nor relative word
    after the writing («قتل الجنود في أكتوبر»، «اعتقلت الشرطة المتهم في 20 سبتمبر» in a story of July) is last year's
    for a material act: a past verb tells what was done (not a call or an accord, whose date may be of what it asks
    for: «دعت الإدارة المعلمين إلى مراجعتها في 5 أغسطس»; `words`: the time words that tell a relative word)."""
    if ev.trigger is None or ev.trigger.start not in past_verbs:
        return times
    out = []
    yeared = any(not t.relative for t in times)  # «قتل في يونيو عام 1985 … أعلنوا قتله في أكتوبر»: that year's
    for t in times:
        if first_day(t.value) <= written:
            out.append(t)
        elif words is not None and not yeared and ev.quad_class.startswith("material") and _bare_calendar(t, words):
            out.append(replace(t, value=str(int(t.value[:4]) - 1) + t.value[4:]))
    return out


def _not_before_writing(times: list[TimeExpr], ev: Event, written: str, triggers: "list[int] | tuple",
                        text: str = "", relatives: frozenset[str] = frozenset(),
                        background: "_Background | None" = None) -> list[TimeExpr]:
    """The time expressions an event to come may take: none after its word, past another event's word, that ended
    before the day the story was written («سيجتمع الجبير خلال الزيارة مع لافروف لمتابعة ما تم الوصول إليه في ضوء
    زيارة الأمير … في رمضان الماضي»: the past month dates the other visit, not the meeting; `triggers`: the sorted
    starts of the article's event words). A past time before the word stays: it is most often the day the intent
    was told («قال يوم الخميس إنه سيعارض الاتفاق»), and so does a past day right after it, no other event's word between
    (most often the day of a clause about the act: «التعليق على الهجوم الذي نفذ صباح أمس الجمعة»; not «أعلنوا عزمهم
    على زيارة طهران بعد التوقيع على الاتفاق في الرابع عشر من يوليو»: the day is the signing's), nor a past day after it in a relative clause past a
    comma (`text`: the article's; `relatives`: الذي، التي; «على أن تجري المصادقة عليها من قبل مرجعياتهما، وذلك في ختام
    مباحثاتهما التي بدأت الأربعاء الماضي»: the talks' day; not «أن يصادق مجلس الشعب، في ساعة متأخرة من مساء أمس»), nor
    one past a comma and a word opening another clause (`background`'s class boundary: فيما، بينما, not an aside,
    «، فيما يبدو»; «يتأهب مقاتلو المقاومة لاقتحام قاعدة العند، فيما تمكنت المدفعية السعودية أمس من تدمير رتل»:
    yesterday is the other clause's)."""
    end = ev.trigger.end
    return [t for t in times if (_last_day(t.end_value or t.value) or written) >= written
            or not _past_apart(t, end) and (t.start < end and not _dates_act_before(triggers, ev, t, text)
                                            or t.start >= end and not _word_between(triggers, ev, t)
                                            and not _relative_past_comma(text, end, t.start, relatives)
                                            and not (background is not None
                                                     and _clause_past_comma(text, end, t.start, background)))]


def _relative_of_another(text: str, ev: Event, t: TimeExpr, triggers: "list[int] | tuple",
                         relatives: frozenset[str]) -> bool:
    """True when a year or month told after the event's word stands in a relative clause (`relatives`: الذي، التي) opened past
    another event's word told after the event's (`triggers`: the sorted starts of the article's event words), no stop
    between: it dates that other act («اتهام المحكمة للرئيس بارتكاب جرائم … في أعمال العنف التي تلت الانتخابات في
    نهاية 2007»)."""
    lo = ev.trigger.end
    if t.start <= lo or t.granularity not in ("year", "month"):
        return False  # a day is most often the act's own, told in the clause of its means («في الغارات التي نفذتها
        # مقاتلات تركية فجر الجمعة»)
    gap = text[lo:t.start]
    if any(c in gap for c in ".!?؟"):
        return False
    pos, at = -1, 0
    for w in gap.split(" "):
        if strip_wa(normalize(w)) in relatives:
            pos = at
        at += len(w) + 1
    if pos < 0:
        return False
    k = bisect_right(triggers, lo)
    return k < len(triggers) and triggers[k] < lo + pos


_THIRDS = {"mid": (11, 20), "late": (20, 31), "end": (20, 31)}
# an edge word's value: its days of a month (the last from the 20th: «أواخر الشهر الماضي» of the 20 July bombing of Suruc;
# an early one, مطلع، بداية, keeps the month's first day and its span: «مطلع أغسطس» of a done act ends on the publication day)


def _third_of(text: str, t: TimeExpr, thirds: dict[str, str]) -> str | None:
    """The third of its month an edge word opening time t or right before it names (`thirds`: منتصف mid, أواخر late,
    نهاية end; a glued و، ب، ل، ف taken off: «بنهاية شهر يونيو»), else None."""
    words = text[max(0, t.start - 24):t.start].split()[-1:] + t.text.split()[:1]
    for w in words:
        w = normalize(w)
        for k in range(3):
            if w[k:] in thirds and all(c in "وبلف" for c in w[:k]):
                return thirds[w[k:]]
    return None


def _narrowed(start: str, end: str | None, part: str, published: str | None, coming: bool) -> tuple[str, str | None]:
    """The first and last days of the third `part` (mid, late, end) of the Gregorian month that begins on
    `start` («منتصف فبراير» → 11–20 February, «أواخر مايو» → 20–31 May), the last day no later than `end` when that
    is earlier (a done act ends on the publication day); (start, end) unchanged when the third begins after the
    publication day for a done act (its telling is no edge then)."""
    d = date.fromisoformat(start)
    lo, hi = _THIRDS[part]
    first, last = d.replace(day=lo), d.replace(day=min(hi, monthrange(d.year, d.month)[1]))
    if not coming and published and first.isoformat() > published[:10]:
        return start, end
    last_day = last.isoformat() if end is None or last.isoformat() < end else end
    return first.isoformat(), last_day


_REACTION_DAYS = 2  # a day this many days before the writing day at most may be a reaction's own («أدانت البحرين
# التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ في عسير أمس»: a reaction of the same days)


def _occurred_in_relative(text: str, ev: Event, t: TimeExpr, relatives: frozenset[str],
                          occurring: frozenset[str], acts: "set[int] | frozenset[int]" = frozenset(),
                          written: str | None = None) -> bool:
    """True when a time told after the event's word stands, with no mark between, in a relative clause (`relatives`:
    الذي، التي) whose first word is a verb of occurring (`occurring`: وقع، جرى، حدث): it dates what occurred, not the
    word said of it («استنكرت السفارة حادث التفجير الإرهابي الذي وقع صباح الثلاثاء الماضي»). So does one whose first
    word is an act's word in the perfect (`acts`: the starts of such words) when the time is more than
    `_REACTION_DAYS` days before the writing day `written` («أعرب عن إدانته للعمل الإرهابي الذي استهدف رجال الأمن …
    الخميس الماضي» on a Sunday; «الذي استهدف مسجد قوات الطوارئ في عسير أمس» may be the condemnation's day too).
    Commas before the relative word set apart the sayer («استنكر مجمع الفقه الإسلامي الدولي، التفجير الذي وقع
    الخميس الماضي»); not a time past a comma after it: «…التفجير الذي حدث في مسجد …، وذلك في مستشفى قوى الأمن
    أمس»)."""
    lo = ev.trigger.end
    if t.start <= lo:
        return False
    gap = text[lo:t.start]
    if _CLAUSE_MARKS.difference(_COMMAS).intersection(gap):
        return False
    old = t.granularity != "day" or bool(written) and t.value is not None \
        and (date.fromisoformat(written[:10]) - date.fromisoformat(first_day(t.value))).days > _REACTION_DAYS
    at, opened = 0, -1
    words = gap.split(" ")
    for w, nxt in zip(words, words[1:]):
        nat = at + len(w) + 1
        if strip_wa(normalize(w)) in relatives and (strip_wa(normalize(nxt)) in occurring or old and lo + nat in acts):
            opened = at
        at = nat
    return opened >= 0 and not _COMMAS.intersection(gap[opened:])


def _dates_act_before(triggers: "list[int] | tuple", ev: Event, t: TimeExpr, text: str) -> bool:
    """True when a past week, month or year told before an act to come, in its clause (no comma or stop between),
    follows another event's word of the sentence in that word's own clause: it dates that act («وافق عليها خلال قمة
    لمجموعة اليورو في بروكسل الأسبوع الماضي كشرط مسبق لبدء مفاوضات»: the week is the summit's, not the talks';
    `triggers`: the sorted starts of the article's event words). A past day stays, most often the day the act to
    come was told or called for («خلال اتصال هاتفي الأربعاء … التعاون»)."""
    if t.granularity == "day" or _CLAUSE_MARKS.intersection(text[t.end:ev.trigger.start]):
        return False
    k = bisect_right(triggers, t.start - 1) - 1
    if k < 0 or triggers[k] < ev.sentence_start or triggers[k] == ev.trigger.start:
        return False
    return not _CLAUSE_MARKS.intersection(text[triggers[k]:t.start])


_NEXT_YEAR_GAP = 60  # days: a day and month this long before the writing day at least may be next year's


def _next_year_after(times: list[TimeExpr], ev: Event, written: str, words: TimeWords, text: str = "",
                     triggers: "list[int] | tuple" = (), relatives: "frozenset[str] | set" = frozenset()
                     ) -> list[TimeExpr]:
    """For an act to come, a day and month told after its word with no year nor relative word (the year the time stage
    took as the nearest) that fell before the writing day is the next one: «ومن المقرر أن تستضيف باريس مؤتمر الأمم
    المتحدة المناخي بين 30 تشرين الثاني (نوفمبر) و11 كانون الأول (ديسمبر)» in July 2015 is November 2015. Not a day
    less than `_NEXT_YEAR_GAP` days before the writing day (a week-old day is a past act's: «لبحث الاتفاق الموقع في 14
    يوليو»), nor one past another event's word (`triggers`) or a relative pronoun (`relatives`) after the act's word:
    another act's («ستشارك في الاجتماع الذي عقد في 5 مارس»)."""
    cutoff = (date.fromisoformat(written[:10]) - timedelta(days=_NEXT_YEAR_GAP)).isoformat()
    return [_a_year_on(t) if t.relative and t.granularity == "day" and t.calendar == "gregorian" and t.value
            and t.start >= ev.trigger.end and t.value < cutoff and not t.end_value
            and all(tw is None or {"past", "current", "next", "day", "weekday"}.isdisjoint(tw.classes)
                    for tw in map(words.phrases.get, ((w,) for w in normalize(t.text).split())))
            and not _word_between(triggers, ev, t) and not _relative_before(text, ev.trigger.end, t.start, relatives)
            else t for t in times]


def _relative_before(text: str, lo: int, hi: int, relatives: "frozenset[str] | set") -> bool:
    """True when text[lo:hi] has a relative pronoun (`relatives`: الذي، التي), a و taken off."""
    return bool(relatives) and any(strip_wa(normalize(w)) in relatives for w in text[lo:hi].split())


def _a_year_on(t: TimeExpr) -> TimeExpr:
    """The time a year later (the same day and month); the time itself when that day does not exist (29 February)."""
    try:
        return replace(t, value=date.fromisoformat(t.value).replace(year=int(t.value[:4]) + 1).isoformat())
    except ValueError:
        return t


def _coming_only(times: list[TimeExpr], ev: Event, written: str) -> list[TimeExpr]:
    """For an act to come, the times less those before its word that ended before the writing day, when a time after
    its word starts on or after that day: the past ones tell when it was announced; all of them otherwise."""
    end = ev.trigger.end
    if not any(t.start >= end and t.value and (first_day(t.value) or "") >= written[:10] for t in times):
        return times
    return [t for t in times if t.start >= end or (_last_day(t.end_value or t.value) or written) >= written[:10]]


def _clause_past_comma(text: str, lo: int, hi: int, background: "_Background") -> bool:
    """True when text[lo:hi] has a comma right before a word that opens another clause (the background's class
    boundary: فيما، بينما), as _Background.same_clause reads it: not one that opens an aside («، فيما يبدو»)."""
    gap = text[lo:hi]
    for i, c in enumerate(gap):
        if c in _COMMAS:
            words = gap[i + 1:].split(None, 2)[:2]
            if not words:
                continue
            first = normalize(words[0])
            if first not in background.boundary:
                first = strip_wa(first)
            if first in background.boundary and not background.aside(
                    [first] + [normalize(w) for w in words[1:]], 0):
                return True
    return False


def _relative_past_comma(text: str, lo: int, hi: int, relatives: frozenset[str]) -> bool:
    """True when text[lo:hi] has a comma and, after the last one, a relative pronoun (`relatives`): a past day after
    an act to come told in a relative clause of another clause («، وذلك في ختام مباحثاتهما التي بدأت»)."""
    return _relative_after_mark(text[lo:hi], _COMMAS, relatives) >= 0


def _relative_after_mark(gap: str, marks: frozenset[str], relatives: frozenset[str]) -> int:
    """The index in `gap` of its last mark of `marks` when a relative pronoun (`relatives`: الذي، التي) follows it;
    -1 otherwise."""
    last = max((gap.rfind(c) for c in marks), default=-1)
    return last if last >= 0 and any(strip_wa(w) in relatives for w in normalize(gap[last + 1:]).split()) else -1


def _past_apart(t: TimeExpr, end: int) -> bool:
    """True for a past time (the caller checks it ended before the writing day) that cannot date an act to come: a
    span of days gone by («منسق البيت الأبيض خلال السنتين الماضيتين … الدول ستتردد قبل أن تقدم على الانسحاب»), or
    a year or month after the act's word («سيعمل النواب على مناقشة قانون صدر عام 2005»: the law's year)."""
    return bool(t.end_value) and t.granularity == "day" or t.start >= end and t.granularity in ("year", "month")


def _last_day(value: str | None) -> str | None:
    """The last day (YYYY-MM-DD) a time value covers: a day, week, month, year or "start/end" interval."""
    if not value:
        return None
    if "/" in value:
        return value.split("/", 1)[1]
    if "-W" in value:
        y, w = value.split("-W")
        return date.fromisocalendar(int(y), int(w), 7).isoformat()
    if len(value) == 4:
        return value + "-12-31"
    if len(value) == 7:
        y, m = int(value[:4]), int(value[5:7])
        return date(y, m, monthrange(y, m)[1]).isoformat()
    return value


def _bare_calendar(t: TimeExpr, words: TimeWords) -> bool:
    """True for a Gregorian month or day of a month told with no year and no relative word (في أكتوبر، في 20
    سبتمبر، في نيسان - إبريل; not أكتوبر المقبل، 5 أكتوبر 2016، الخميس، غداً): its year was only guessed."""
    if t.calendar != "gregorian" or not t.relative or t.granularity not in ("month", "day") or not t.value \
            or t.end_value or "/" in t.value:
        return False
    months = False
    for w in normalize(t.text).replace("(", " ").replace(")", " ").split():
        if w.isdigit() and len(w) == 4:
            return False
        tw = words.phrases.get((_unwa(w, words),))
        if tw is None:
            continue
        if not _NOT_BARE.isdisjoint(tw.classes):
            return False
        months = months or "month" in tw.classes
    return months


_NOT_BARE = frozenset({"past", "current", "next", "day", "weekday", "year_word", "unit", "same"})


def _uncoded_lead(article: Article, events: list[Event], times: dict[int, list[TimeExpr]],
                  lead: int = _LEAD_SENTENCES, background: "_Background | None" = None, memo: dict | None = None
                  ) -> dict[str, TimeExpr]:
    """The lead's day for a class of events when an event word of the lead left no event (the report filter took its
    sentence for talk about attacks: «نفذت الولايات المتحدة ودول التحالف 20 غارة جوية … أمس السبت»; a summons
    whose parties were not found: «استدعت وزارة الخارجية أمس سفير …»): per story class, the one day of the word's
    sentence in the week before publication, the first word's; none for a word told in the future tense, nor for a
    noun in a relative clause after a coded event that the day dates itself (`lead`: how many sentences make the
    lead; `background`: reads the relative pronoun before the word, `_Background.relative_at`, with `memo`). A day
    told with منذ is when what goes on began, no day of the story («تدور معارك عنيفة منذ مساء الثلاثاء»), unless «حتى»
    closes the span right after it (`_Background.onset_at`)."""
    if not article.published or not any(times.get(k) for k in range(lead)):
        return {}  # (most articles: no dated lead, nothing to read)
    coded = {ev.trigger.start for ev in events if ev.sentence < lead}
    # the days a coded event before the word has for its own: «انتقد دندن أمس (الأربعاء) برنامج الحكومة … العوامل التي
    # تدفع الشبان إلى القتال في الخارج»: Wednesday is the criticism's, the fighting a noun of a relative clause (not
    # «اتهمت الحكومة أمس … وذلك في أعقاب مقتل فلسطيني ثان»: the killing is of the lead's days)
    owned = {(ev.sentence, ev.date_evidence.start): ev.trigger.start for ev in events if ev.sentence < lead
             and ev.date_source == "text" and ev.date_evidence is not None}
    out: dict[str, TimeExpr] = {}
    for m in article.mentions:
        if m.sentence >= lead or m.kind != "trigger" or m.start in coded or m.get("future") \
                or m.label not in QUAD_CATEGORY:
            continue
        days = [t for t in times.get(m.sentence, ()) if t.granularity == "day" and not t.end_value
                and _days_before(first_day(t.value), article.published)
                and not (background is not None and background.onset_at(article.text, t))]
        if len({t.value for t in days}) == 1 and not (
                m.get("pos") == "noun" and owned.get((m.sentence, days[0].start), m.start) < m.start
                and background is not None and m.sentence < len(article.tokens)
                and background.relative_at(article.tokens[m.sentence],
                                           background.seen(article.tokens[m.sentence], m.sentence, memo)[1],
                                           m.tok_start) >= 0):
            out.setdefault(_class_of(QUAD_CATEGORY[m.label]), days[0])
    return out



def _wordless_lead(article: Article, times: dict[int, list[TimeExpr]], lead: int = _LEAD_SENTENCES,
                   background: "_Background | None" = None, memo: dict | None = None) -> "TimeExpr | None":
    """The day a lead sentence with no event word names, when it names one only, in the week before publication (a
    ceremony, a session: «دشن المحافظ أمس فعاليات الملتقى»، «رأس الأمير الجلسة التي عقدها مجلس الوزراء بعد ظهر
    أمس»): what was said, called for or praised there, told after it in a verb of the past («ودعا مستشار خادم
    الحرمين»، «وبين أن مجلس الوزراء نوه»), was that day. None when the lead's sentences (the first `lead`) all have
    event words. A day told in a clause of an earlier act opened by بعد أن، بعدما is that act's, not the sentence's
    («تم إغلاق مدينة بومبي … صباح يوم الجمعة بعد أن كان قد تم إغلاق كولوسيوم روما … يوم الخميس»: Friday), read
    with `background` and `memo` (`_main_clause_days`); a day told with منذ is none (when what goes on began), unless «حتى» closes the span right
    after it (`_Background.onset_at`)."""
    if not article.published or not any(times.get(k) for k in range(lead)):
        return None
    worded = {m.sentence for m in article.mentions if m.kind == "trigger" and m.sentence < lead}
    for k in range(lead):
        days = [t for t in times.get(k, ()) if t.granularity == "day" and not t.end_value
                and _days_before(first_day(t.value), article.published)
                and not (background is not None and background.onset_at(article.text, t))]
        if k not in worded and len({t.value for t in days}) > 1 and background is not None:
            days = _main_clause_days(article, k, days, background, memo)
        if k not in worded and len({t.value for t in days}) == 1:
            return days[0]
    return None


def _main_clause_days(article: Article, sentence: int, days: list[TimeExpr], background: "_Background",
                      memo: dict | None) -> list[TimeExpr]:
    """The days of a sentence (`days`) told before its first clause of another act, opened by بعد أن، بعدما (an
    earlier act) or كما (one told beside it: «أغلقت مدينة بومبي … صباح يوم الجمعة كما أغلق كولوسيوم روما … يوم
    الخميس»): the days of the sentence's own clause; all of them when none stands before such a clause."""
    if sentence >= len(article.tokens):
        return days
    toks = article.tokens[sentence]
    starts, norms, _ = background.seen(toks, sentence, memo)
    m = next((m for m, w in enumerate(norms) if w in background.also or background.opener_at(norms, m)), None)
    if m is None:
        return days
    own = [t for t in days if t.start < starts[m]]
    return own or days


def _story_dated(events: list[Event], published: str | None, reported: "set[int] | frozenset[int]" = frozenset(),
                 uncoded: "dict[str, TimeExpr] | None" = None, by_report: "set[int] | frozenset[int]" = frozenset(),
                 present: "set[int] | frozenset[int]" = frozenset(), retold: "set[int] | frozenset[int]" = frozenset(),
                 wordless: "tuple[TimeExpr, frozenset[int]] | None" = None, lead_end: int = _LEAD_SENTENCES,
                 since: "set[int] | frozenset[int]" = frozenset(), timed: "set[int] | frozenset[int]" = frozenset(),
                 known: "set[int] | frozenset[int]" = frozenset(),
                 uncoded_days: "dict[int, tuple[int, str, TimeExpr]] | None" = None,
                 narrated: "set[int] | frozenset[int]" = frozenset(),
                 own_clause: "set[int] | frozenset[int]" = frozenset(),
                 done: "set[int] | frozenset[int]" = frozenset(),
                 shifted: "set[int] | frozenset[int]" = frozenset(),
                 eves: "set[int] | frozenset[int]" = frozenset(),
                 past_times: "tuple[list[int], list[str], set[int] | frozenset[int]]" = ([], [], frozenset()),
                 nouns: "set[int] | frozenset[int]" = frozenset()) -> list[Event]:
    """Events of the lead's quad class (material conflict, verbal cooperation…) that later sentences tell without a
    date of their own take the day the lead gives them: «اقتحم مستوطنون المسجد الأقصى أمس» … «وأصيب 20
    فلسطينياً»: the wounded were hurt that day, not on the publication day (a daily's story of yesterday).
    date_source "story", the lead's expression as evidence; only a day shortly before publication, and never
    an intended, negated or background event, except one told only as what an earlier report said (`reported`:
    indices of events; «وكان مسؤولون أفادوا أن مستوطنين أضرموا النار»: the lead's arson, reported before), nor a verb
    in the present tense that no statement tells (`present`: starts of such triggers; «وتتهم أوكرانيا المتمردين
    بإسقاط الطائرة»، «المنطقة التي يستهدفها بانتظام المتمردون»: what goes on, not what the lead's day saw). An
    event of material conflict or cooperation dated only by the day of the report that tells it (`by_report`: «وقتل 20
    شخصا بحسب حصيلة أعلنها التلفزيون اليوم الأحد») takes the lead's day too when that is earlier: the report's day
    only bounds it (what a statement says of words, a request, a call, is most often said that day). An attack told in
    the pluperfect with no time of its own (`retold`: «صباح اليوم» … «وكانت عبوة ناسفة قد انفجرت أثناء مرور حافلة»)
    retells the lead's attack when the story dates no other attack to another day of the week: it takes the lead's
    day (not when it names one: «الهجوم السبت مثل تفجيري الأربعاء» … «وكانت انتحاريتان نفذتا تفجيرين»: Wednesday's).
    `wordless`: the day a lead sentence with no event word names (`_wordless_lead`) and the indices of the events
    told by a verb of the past outside a relative clause, or by one of the present a statement tells («اكد الاسد في كلمة
    أمس الاحد» … «وقال إنه يؤيد أي حوار سياسي»): those of the verbal class, dated by the publication day,
    take it when no lead event gives the verbal class its day («دشن المحافظ أمس فعاليات الملتقى» … «ودعا
    مستشار خادم الحرمين أبناء المجتمع»). An event the lead's day would date takes instead the day the sentence right
    before it gives the events of its class, one day, when that sentence is past the lead's («أكدت الخارجية المغربية في بيان
    أمس» … «وأضاف البيان أن المملكة تجدد تضامنها»: the statement's day, not the day of the attack the lead names).
    `lead_end`: how many sentences make the lead (one more past a dateline
    line: `times.lead_sentences`; `timed`: the sentences with a time expression; `known`: indices of event nouns a
    relative clause describes, which the day two sentences back does not date: «وقامت الجزائر بدور مهم في مفاوضات
    السلام التي عقدت لعدة أشهر»). The sentence right before dates an event so when the lead gives its class no day
    too («وأعلنت تركيا أمس عن استهداف جديد …» «كما قصفت المدفعية التركية ثلاثة أهداف»), not by a day told with منذ
    (`since`: indices of such events; «نقلت طائرات مساعدات منذ اعادة فتح المطار الاربعاء»: when it began).
    `uncoded_days`: per sentence with no event, its one day (`_uncoded_days`); it dates an event of the sentence right
    after it that has no time expression of its own: «وأعلنت قيادة الشرطة الاتحادية أمس إحباط محاولة تسلل» «وقال
    قائد الشرطة إن قوة … قتلت ثمانية»: the day of the announcement, not the publication day. `own_clause`: indices of
    events told in a relative clause on a noun that is no event word (`_Background.thing_relative`): their day is the
    clause's own and gives the story no day («وهي المناطق التي قصفت منها ميليشيات الحوثي الأحياء السكنية يوم الأحد
    الماضي»). `done`: indices of event nouns a relative clause with a verb of the past describes («الزيارات التي قام
    بها كبار المسؤولين»; no attack): a known act, which takes no story day: it was done before the publication
    day. `shifted`: the sentences opened by a turn to another matter (إلى ذلك، من جهة أخرى): the sentence before
    them tells another story and gives them no day; the one right after them, which often tells the same news
    at more length, does, when it dates their class or has no event and one day («الى ذلك أصيب طفل في انفجار عبوة
    ناسفة» «وقالت مصادر أمنية في تصريحات صحفية مساء السبت إن عبوة ناسفة انفجرت»: Saturday's, not that of the
    attack of Thursday told just before). `eves`: indices of events named right after غداة («سيطرت على منطقة العلم
    … غداة سيطرتها على البساتين»): they take the day before the story's day. `past_times` (`_recalled_days`): an act
    told by a verb (`nouns`: the starts of the triggers that are nouns, which often name the lead's act again) that
    the story's day would date takes none, only «on or before publication», when the sentences just before it turned
    to an older time (`_turned_back`: «في العام الماضي، … زارت شيرمان إسرائيل» … «وكرروا …»)."""
    if not published:
        return events
    lead: dict[str, Event] = {}
    own_days = {(events[i].sentence, events[i].date): events[i].trigger.start for i in sorted(own_clause, reverse=True)}
    today: Event | None = None  # the lead's attack of the publication day itself: only pluperfect retellings take it
    own: set[str] = set()  # the classes whose lead day is an act's own, not a report's day nor an uncoded word's
    coarse: list[Event] = []  # lead events dated by a span of their own (a month: «هذا الشهر»)
    for i, ev in enumerate(events):
        if ev.sentence >= lead_end:
            break
        if i in own_clause or own_days.get((ev.sentence, ev.date), ev.trigger.start) < ev.trigger.start:
            continue  # (and «وأدى القصف إلى مقتل …» after it: the same act, the clause's day)
        t = ev.date_evidence
        if ev.date_source in ("text", "story") and t is not None and t.granularity == "day" and ev.enddate is None \
                and not (ev.future or ev.negated or ev.hypothetical) and ev.date == first_day(t.value):
            # (not a day counted back from the expression: «قصفت … اليوم … غداة تبادل لإطلاق النار»: yesterday is
            # the exchange's own day, no day of the story)
            if _days_before(ev.date, published):
                if lead.setdefault(_story_class(ev), ev) is ev and ev.date_source == "text" and i not in by_report:
                    own.add(_story_class(ev))
            elif retold and today is None and ev.date == published[:10] and _story_class(ev) == _RETOLD:
                today = ev
        elif ev.date_source == "text" and t is not None and t.granularity != "day" and ev.enddate is not None \
                and not (ev.future or ev.negated or ev.hypothetical):
            coarse.append(ev)
    _coarse_lead_days(lead, coarse)
    days = {k: (e.sentence, e.date, e.date_evidence) for k, e in lead.items()}
    for k, t in (uncoded or {}).items():
        if (t.sentence, first_day(t.value)) in own_days:
            continue  # («… يوم الأحد الماضي، وأدى القصف إلى مقتل أكثر من مائة»: the relative clause's day)
        days.setdefault(k, (t.sentence, first_day(t.value), t))  # the lead's word the filter left uncoded
    if today is not None and _RETOLD not in days:
        days[_RETOLD] = (today.sentence, today.date, today.date_evidence)
        retold_only = True
    else:
        retold_only = False
    plain: "frozenset[int] | None" = None  # set when the verbal day is the wordless lead's
    if wordless is not None and "verbal" not in days:
        t, plain = wordless
        days["verbal"] = (t.sentence, first_day(t.value), t)
    if retold and _RETOLD in days:
        lead_day = days[_RETOLD][1]
        if any(e.date_source == "text" and e.date != lead_day and e.date_evidence is not None
               and e.date_evidence.granularity == "day" and _days_before(e.date, published)
               and _story_class(e) == _RETOLD for e in events):
            retold = frozenset()  # another attack of the week: the pluperfect may tell that one
    told: dict[tuple[int, str], tuple[int, str | None, TimeExpr | None]] = {}  # a sentence's own day, per class
    clause_days: dict[tuple[int, str], list[tuple[int, str, TimeExpr]]] = {}  # and all its days, in order
    for i, ev in enumerate(events):
        t = ev.date_evidence
        # (an intended act dated before publication takes the day of the decision that tells it: «وقررت القيادة،
        # مساء الجمعة، التوجه إلى مجلس الأمن؛ لاستصدار قرار يدين»: Friday is the sentence's day all the same)
        day = ev.date_source == "text" and t is not None and t.granularity == "day" and ev.enddate is None \
            and not (ev.negated or ev.hypothetical) and _days_before(ev.date, published) \
            and ev.date == first_day(t.value)  # (a day told of an act that happened)
        if day and i not in since and i not in own_clause \
                and own_days.get((ev.sentence, ev.date), ev.trigger.start) >= ev.trigger.start:
            key = (ev.sentence, _story_class(ev))
            if told.setdefault(key, (ev.sentence, ev.date, t))[1] != ev.date:
                told[key] = (-1, None, None)  # two days in one sentence («بعد هجومين في الأول … وفي الثالث»): neither
        if day and not ev.future:
            # (a day told with منذ too: «منذ صباح أمس»; for the later clauses of its sentence only)
            clause_days.setdefault((ev.sentence, _story_class(ev)), []).append((ev.sentence, ev.date, t))
    if not days and not told and not uncoded_days and not clause_days:
        return events
    moved = _moved_on(events, published, narrated - since - by_report) if days and narrated else {}
    out = []
    for i, ev in enumerate(events):
        src = days.get(_story_class(ev))
        if src is not None and moved:
            # «… مقتل عشرة مدنيين السبت» «وفي وقت مبكر من اليوم الاحد، اقتحم انتحاري …» «واكد الجيش ان جنديين
            # قتلا»: the story has moved on to Sunday, the publication day; Saturday, the lead's day, no longer dates
            # its class (a day before it dates it instead)
            src = _moved_between(moved.get(_story_class(ev)), src, ev.sentence, published,
                                 back=_story_class(ev) not in own)
        if not retold_only:
            # «أكدت الخارجية المغربية في بيان أمس …» «وأضاف البيان أن المملكة المغربية تجدد تضامنها»: the sentence
            # before, when it dates an event of the class itself, is nearer than the lead; and it dates it when the
            # lead does not («وقتل ضابطا شرطة ومجند أمس الأحد في هجوم بالعريش» «وأصيب في الهجوم أربعة مجندين»)
            # («وأضاف البيان …» right after it; one sentence with no time between: «قصف طيران التحالف الأحد مواقع
            # للحوثيين» … «وأشارت المصادر إلى قتلى وجرحى جراء هذا القصف»; not a verb of the present past that one)
            # (its own sentence first, when a clause before the event's dates one of its class and its own clause
            # kept none: «ارتفع إلى 16 عدد الغارات … منذ صباح أمس …، بينما استهدفت الفصائل المتطرفة تمركزات»)
            near = next((d for d in reversed(clause_days.get((ev.sentence, _story_class(ev)), ()))
                         if _later_clause(ev, d)), None) if ev.date_source == "published" else None
            if near is None and ev.sentence in shifted and ev.sentence not in timed:
                ahead = _shifted_day(ev, told, uncoded_days, shifted)
                if ahead is not None and ev.date_source == "published" \
                        and not (ev.future or ev.negated or ev.hypothetical or i in done):
                    out.append(ev.updated(date=ahead[1], enddate=None, date_source="story", date_evidence=ahead[2]))
                    continue
            for back in range(1, _NEAR_REACH + 1) if near is None else ():
                near = told.get((ev.sentence - back, _story_class(ev)))
                if back == 1 and near is None and uncoded_days and ev.sentence not in timed:
                    near = uncoded_days.get(ev.sentence - 1)
                if near is not None or ev.sentence - back in timed or ev.trigger.start in present or i in known \
                        or ev.sentence - back in shifted:
                    break  # (nor past a turn to another matter: what it tells goes on in the sentences after it)
            if near is not None and near[0] >= 0 and (src is None or near[0] > src[0] or near[0] == ev.sentence):
                src = near
        if retold_only and _story_class(ev) == _RETOLD and i not in retold:
            src = None  # the publication day carries only to retellings
        if plain is not None and src is not None and src[2] is wordless[0] \
                and (i not in plain or ev.date_source != "published"):
            src = None  # the wordless lead's day carries only to verbs of the past dated by publication
        undated = ev.date_source == "published" or (
            (i in reported or i in retold) and ev.date_source == BEFORE_PUBLISHED) or (
            i in by_report and src is not None and ev.date_source == "text" and ev.date is not None
            and ev.enddate is None and src[1] < ev.date and not ev.quad_class.startswith("verbal"))
        if src is None and wordless is not None and ev.date_source == "published" and ev.sentence not in timed \
                and (wordless[0].sentence < ev.sentence < lead_end
                     or ev.sentence == lead_end and i in wordless[1]
                     and _first_past_lead(events, wordless[0].sentence, lead_end, timed)):
            # «في تمام الساعة السابعة من مساء الجمعة … باشرت فرق الدفاع المدني بلاغاً عن سقوط مقذوف» «من جانبها ردت
            # القوات المسلحة السعودية على مصدر النيران»: the rest of the lead goes on with the wordless lead's day,
            # whatever the class of its acts; so does an act told in the past (`plain`) by the sentence right after a
            # lead that coded no act and named no other time («فتحت الأجهزة الأمنية صباح أمس الخميس ملف تحقيق …» …
            # «وتم القبض على عدد من العمالة»; not «ويواصل مجلس الوزراء إدانة الجرائم»: what goes on)
            src = (wordless[0].sentence, first_day(wordless[0].value), wordless[0])
        if src is None and uncoded_days and ev.date_source == "published" and ev.sentence not in timed \
                and _story_class(ev) == "verbal":
            # «دعا خطيب صلاة الجمعة الحكومة العراقية إلى …» «وقال في خطبته أمس إن …»: the statement's day
            ahead = uncoded_days.get(-2 - ev.sentence)
            if ahead is not None and not (ev.future or ev.negated or ev.hypothetical):
                ev = ev.updated(date=ahead[1], enddate=None, date_source="story", date_evidence=ahead[2])
        carry = src is not None and undated and (ev.sentence > src[0] or _later_clause(ev, src)) \
            and (ev.trigger.start not in present or ev.claim) \
            and not (ev.future or ev.negated or ev.hypothetical or i in done)
        past = carry and ev.date_source == "published" and ev.trigger.start not in nouns \
            and _turned_back(past_times, ev.sentence, src)
        if carry and not past:  # (past: the story tells its past now; that act was before, not on the lead's day)
            ev = ev.updated(date=_day_before(src[1]) if i in eves else src[1], enddate=None, date_source="story",
                            date_evidence=src[2])
        elif (i in done or past) and ev.date_source == "published" \
                and not (ev.future or ev.negated or ev.hypothetical):
            ev = ev.updated(date=None, enddate=published[:10], date_source=BEFORE_PUBLISHED, date_evidence=None)
        out.append(ev)
    return out


_PAST_GAP = 7  # the days before the story's day past which a time a sentence names is of the story's past
_PAST_REACH = 3  # the sentences after such a time whose undated acts are of that past
_OLD_REACH = 5  # and those, past a time of an earlier year, whose acts told in the perfect are of it (_past_turned);
# but a perfect verb that opens its sentence, a new item of the news, only in the sentence right after that time
# (mend116: «وشهدت الكويت هجوما مماثلا في عام 2005» «وأعرب بان …» «واستقبل أمير الكويت …» is the day's news)
_OLD_REACH_OPENING = 1


_NO_PAST = "9999"  # the last day `_recalled_days` lists for a sentence whose times turn the story to no past


def _recalled_days(times: dict[int, list[TimeExpr]], said: "tuple[Mention, ...]", aside: Callable[[TimeExpr], bool],
                   pluperfect: "frozenset[int]" = frozenset()) -> tuple[list[int], list[str], set[int]]:
    """The sentences past the first that name a time of value, in order, and the last day their times cover (the
    latest of them): what `_turned_back` reads. A time told with منذ (`aside`: «منذ يناير الماضي») is when what goes
    on began, no turn of the story to its past; a sentence a verb of saying opens (`said`: `_said_cues`; «وقالت
    المنظمة ان … أطفال احتجزوا العام الماضي») tells that day's statement: its times are of what was said, and it
    keeps the story's day (it is listed with no past; the set of such sentences comes third). So does a sentence
    whose dated act is told in the pluperfect (`pluperfect`: «وكان المستوطنون قد اقتحموا المسجد في مايو الماضي»):
    an aside on what had been done, after which the next verb of the past goes back to the story's day."""
    speech = {m.sentence for m in said}
    out = []
    for k in sorted(times):
        ends = [_last_day(t.end_value or t.value) for t in times[k] if t.value and not aside(t)] if k > 0 else ()
        if ends and all(ends):
            out.append((k, _NO_PAST if k in speech or k in pluperfect else max(ends)))
    return [p[0] for p in out], [p[1] for p in out], speech


def _turned_back(recalled: "tuple[list[int], list[str], set[int] | frozenset[int]]", sentence: int,
                 src: tuple) -> bool:
    """True when the last sentence before `sentence` that names a time, past the sentence of the story's day `src`
    (sentence, day, expression) and at most `_PAST_REACH` back, names one that ended more than a week before that day
    (`recalled`: `_recalled_days`): the story has turned to its past, and an undated act told right after it is of
    that past, not of the lead's day («في الشهر الماضي، انتقدت صحيفة "جيروزاليم بوست" شيرمان» «لم يكن النقد
    مباشرا، بل انتقدت موقف شيرمان تجاه كوريا الجنوبية»: last month's, not the day of the deal the lead tells); not in
    a sentence a verb of saying opens: a statement of the story's day goes on with its news («وكانت قد انتزعت السيطرة
    على عدن في 17 يوليو» «وقال المسؤولون إن المقاتلين قد استعادوا أيضا مناطق»)."""
    sentences, ends, speech = recalled
    k = bisect_left(sentences, sentence) - 1
    return sentence not in speech and k >= 0 and src[0] < sentences[k] and sentence - sentences[k] <= _PAST_REACH \
        and ends[k] < _day_back(src[1], _PAST_GAP)


def _past_turned(events: list[Event], published: str, past_times: tuple, past_verbs: "set[int]", lead: int,
                 aside: Callable[[int], bool], opens: Callable[[Event], bool]) -> list[Event]:
    """Events still dated by the publication day that a perfect verb tells (`past_verbs`: trigger starts) within
    `_OLD_REACH` sentences after a sentence past the lead (`lead`: its sentences) whose times all ended in an earlier year
    than publication (`past_times`: `_recalled_days`) are background of that time: no date, before the publication day
    («يروي لودريان أن الرئيس ساركوزي اتصل به عقب انتخابه في عام 2007» «لكن الوزير الحالي رفض العرض»). Not past a
    sentence `aside` tells (one opened by «وكانت … », an aside on what had been done, or by a turn to another matter,
    «إلى ذلك»): the story goes back to its own day after it; nor past a time of this year («وفي يونيو الماضي»).
    A perfect verb that opens its sentence (`opens`) is a new item of the news, of the old time only in the sentence
    right after it (`_OLD_REACH_OPENING`; mend116: «وشهدت الكويت هجوما مماثلا في عام 2005» «وأعرب بان …» «واستقبل
    أمير الكويت …»، «وطالبت لجنة حقوق الإنسان في البرلمان العراقي …» are the day's news again); one told inside its
    sentence goes on telling that time («لكن الوزير الحالي رفض العرض»، «ثم التقى رئيس الوزراء الفرنسي»). (A paragraph
    break ends nothing: a feature puts each of its paragraphs, one or two sentences, on a line of its own.)"""
    sentences, ends, speech = past_times
    year = published[:4] + "-01-01"
    out = []
    for ev in events:
        k = bisect_left(sentences, ev.sentence) - 1
        if ev.date_source == "published" and ev.trigger.start in past_verbs and ev.sentence not in speech \
                and not (ev.future or ev.negated or ev.hypothetical) and k >= 0 and sentences[k] >= lead \
                and ev.sentence - sentences[k] <= (_OLD_REACH_OPENING if opens(ev) else _OLD_REACH) and ends[k] < year \
                and not any(aside(j) for j in range(sentences[k], ev.sentence + 1)):
            ev = ev.updated(date=None, enddate=published[:10], date_source=BEFORE_PUBLISHED, date_evidence=None)
        out.append(ev)
    return out


def _day_back(day: str, n: int) -> str:
    """The ISO day `n` days before `day`."""
    return (date.fromisoformat(day[:10]) - timedelta(days=n)).isoformat()


def _day_before(day: str) -> str:
    """The ISO day before `day` (an ISO date)."""
    return (date.fromisoformat(day[:10]) - timedelta(days=1)).isoformat()


_NEAR_REACH = 2  # the sentences back where an undated event's class may find its day


def _first_past_lead(events: list[Event], since: int, lead_end: int, timed: "set[int] | frozenset[int]") -> bool:
    """True when the lead (its first `lead_end` sentences) coded no event and no sentence of it after sentence
    `since` (the wordless lead's) names a time (`timed`)."""
    return all(e.sentence >= lead_end for e in events) and timed.isdisjoint(range(since + 1, lead_end))


def _shifted_day(ev: Event, told: dict, uncoded_days: "dict[int, tuple[int, str, TimeExpr]] | None",
                 shifted: "set[int] | frozenset[int]") -> "tuple[int, str, TimeExpr] | None":
    """The day the sentence right after a turn to another matter (`shifted`) gives the event's class, or its one day
    when it has no event (`uncoded_days`); None when it gives none or turns to another matter itself."""
    after = ev.sentence + 1
    if after in shifted:
        return None
    day = told.get((after, _story_class(ev)))
    if day is None and uncoded_days:
        day = uncoded_days.get(after)
    return day if day is not None and day[0] >= 0 else None


def _later_clause(ev: Event, src: tuple) -> bool:
    """True when the story's day `src` (sentence, day, expression) is told in the event's own sentence, before its
    word, and the event is dated only by the publication day: a later clause of the lead's sentence that its time was
    kept from goes on telling the day's acts («ارتفع إلى 16 عدد الغارات … منذ صباح أمس في مدينة درعا …، بينما
    استهدفت الفصائل المتطرفة تمركزات لقوات النظام»: yesterday's, not the publication day)."""
    t = src[2]
    return ev.sentence == src[0] and t is not None and ev.date_source == "published" and t.end <= ev.trigger.start


def _moved_on(events: list[Event], published: str, narrated: "set[int] | frozenset[int]"
              ) -> dict[str, list[tuple[int, str, TimeExpr]]]:
    """Per story class, the (sentence, day, expression) of the acts the body narrates on a day of their own sentence,
    the publication day or one of the week before it, in order (`narrated`: indices of events told by a verb of the
    past past the lead, outside a relative clause, in a sentence that names one time only, less those dated by منذ or
    by their report's day; not an intended,
    negated or hypothetical act; a noun or a relative clause dates an act the story recalls, «وجاءت الزيارة بعد
    الاجتماع الذي عقد الاثنين الماضي», and does not move it on): the days the story tells its class on, read by
    `_moved_between`."""
    out: dict[str, list[tuple[int, str, TimeExpr]]] = {}
    for i in sorted(narrated):
        ev = events[i]
        t = ev.date_evidence
        if ev.date_source == "text" and t is not None and t.granularity == "day" and ev.enddate is None \
                and ev.date is not None and not (ev.future or ev.negated or ev.hypothetical) \
                and (ev.date == published[:10] or _days_before(ev.date, published)):
            out.setdefault(_story_class(ev), []).append((ev.sentence, ev.date, t))
    return out


def _moved_between(dated: "list[tuple[int, str, TimeExpr]] | None", src: tuple, sentence: int, published: str,
                   back: bool = True) -> "tuple | None":
    """The day that dates an undated event of `sentence` in place of the lead's (`src`: its sentence, day,
    expression): the last sentence past the lead's and before it that dates an event of the class names the day the
    story went on to, and an undated event after it is of that day's news («مقتل عشرة مدنيين السبت» … «وفي وقت
    مبكر من اليوم الاحد، اقتحم انتحاري» «واكد الجيش ان جنديين قتلا»: Sunday's attack). None when that day is the
    publication day (the event keeps it); `src` when no such sentence names another day, or (`back` False: the lead
    dates an act of the class on its own day) only a day before the lead's: such a story goes on to later news, and an
    act of an earlier day it tells on the way («اشتباكات … ظهر أمس» … «وقتل 13 متمردا في مواجهات اندلعت، ليل الأحد
    الإثنين» … «وقصفت مقاتلات التحالف مواقع للحوثيين»: Monday's) does not take the acts after it back to that day;
    a lead dated by the day of a report or a word left uncoded («غداة هجوم انتحاري … كما ذكرت أمس الجمعة مصادر»)
    may be later than the acts the body tells."""
    last = None
    for entry in dated or ():
        if entry[0] >= sentence:
            break
        if entry[0] > src[0]:
            last = entry
    if last is None or last[1] == src[1] or not back and last[1] < src[1]:
        return src
    return None if last[1] == published[:10] else last


def _retold_after(events: list[Event], by_report: set[int], triggers: "list[int] | tuple" = ()) -> None:
    """Events dated only by the day of the report that tells them take, in place, the earlier day the sentence right
    after gives an event of their own type, which retells them in the report's words: «خطفت جبهة النصرة ثمانية
    عناصر … بحسب ما ذكر المرصد، الخميس» «وقال المرصد: "خطف عناصر من جبهة النصرة مساء الأربعاء …"»: Wednesday; not
    a day past another event's word (`triggers`: the sorted starts of the event words), «نفذ ألف شخص اعتصاماً …
    احتجاجاً على قتل العقيد ليل السادس من أغسطس»: the killing's day."""
    for i in sorted(by_report):
        ev = events[i]
        if ev.date_source != "text" or ev.date is None or ev.enddate is not None:
            continue
        for later in events[i + 1:]:
            if later.sentence > ev.sentence + 1:
                break
            t = later.date_evidence
            if later.sentence == ev.sentence + 1 and later.event == ev.event and later.date_source == "text" \
                    and later.enddate is None and t is not None and t.granularity == "day" and later.date \
                    and later.date < ev.date and not (later.future or later.negated or later.hypothetical) \
                    and not _word_between(triggers, later, t):
                events[i] = ev.updated(date=later.date, date_evidence=t)
                break


def _lead_act_reported(events: list[Event], by_report: set[int], lead_day: TimeExpr) -> None:
    """Acts (not words) dated only by the day a report after the lead told them take, in place, the earlier day of a
    lead with no event word, whose act the report retells: «ضبطت بلدية محافظة أحد المسارحة أول من أمس … أكثر من 2.5
    طن من الدقيق الفاسد» «وأوضح رئيس لجنة الإصحاح البيئي لـ"الوطن" أمس، أنه … قاموا بدهم منزل لعمالة إثيوبية»: the
    raid was the day before yesterday."""
    day = first_day(lead_day.value)
    for i in sorted(by_report):
        ev = events[i]
        if ev.date_source == "text" and ev.enddate is None and ev.date and day < ev.date \
                and ev.quad_class not in _SAID and not (ev.future or ev.negated or ev.hypothetical):
            events[i] = ev.updated(date=day, date_source="story", date_evidence=lead_day)


def _said_cues(article: Article) -> tuple[Mention, ...]:
    """The verbs of saying (cues.tsv report) that open their sentence («وقال في خطبته أمس إن …»), in mention order:
    read by `_uncoded_days` and `shifted_sentences`."""
    return tuple(m for m in article.mentions if m.tok_start == 0 and m.kind == "cue" and m.label == "report")


def _uncoded_days(events: list[Event], times: dict[int, list[TimeExpr]], published: str | None,
                  article: "Article | None" = None, said: "tuple[Mention, ...] | None" = None,
                  that: frozenset[str] = frozenset()) -> "dict[int, tuple[int, str, TimeExpr]]":
    """Per sentence with no event and one time expression of value, a single day within _LEAD_REACH_DAYS before
    publication (أمس، مساء الجمعة): (sentence, day, expression); read by `_story_dated` for the sentence after it.
    A sentence opened by a verb of saying (cues.tsv report: «وقال في خطبته أمس إن …») is also keyed -1 - its index:
    it goes on with the statement of the sentence before it; so keyed too is such a sentence with events whose one day
    stands before its first event word (the saying's day: «وقال في بيان صدر الليلة قبل الماضية إن الجيش ألقى …»).
    A sentence with no event and several days that a verb of saying opens takes the day told in its frame, before
    the content's إن/أن or colon (`that`: function_words.tsv complementizer; `_framed_day`): «وقالت السفارة في بيان
    أمس: إن الطفلة تعرضت لإطلاق نار … أول من أمس» … «وأضاف البيان أن السفارة نسقت»: the statement's day."""
    if not published or not times:
        return {}
    first_word: dict[int, int] = {}  # per sentence with events, the start of its first event word
    for ev in events:
        first_word[ev.sentence] = min(first_word.get(ev.sentence, ev.trigger.start), ev.trigger.start)
    out = {}
    framed = {}  # sentences with events whose one day stands before them all: the saying's day, when a verb of saying opens it
    for k, ts in times.items():
        if len(ts) != 1 or k == 0:
            continue
        t = ts[0]
        if t.granularity == "day" and t.end_value is None and _days_before(first_day(t.value), published):
            if k not in first_word:
                out[k] = (k, first_day(t.value), t)
            elif t.end <= first_word[k]:
                framed[k] = (k, first_day(t.value), t)
    if said is None and article is not None:
        said = _said_cues(article)
    if that and article is not None:
        for m in said:
            ts = times.get(m.sentence, ())
            if len(ts) > 1 and m.sentence and m.sentence not in first_word and m.sentence not in out:
                day = _framed_day(article, m, ts, published, that)
                if day is not None:
                    out[m.sentence] = day
    if (out or framed) and article is not None:
        for m in said:
            if m.sentence in out:
                out[-1 - m.sentence] = out[m.sentence]
            elif m.sentence in framed and _same_speaker(article, m):
                # «وقال دي ميستورا في بيان صدر الليلة قبل الماضية إن الجيش السوري ألقى …»: the statement's day,
                # before what it says, for the verbal act of the sentence before it (not another speaker's:
                # «نفت بعثة الاتحاد الإفريقي الاتهامات» «وقالت مصادر طبية أمس الأربعاء إن القوات قتلت»)
                out[-1 - m.sentence] = framed[m.sentence]
    return out


def _framed_day(article: Article, cue: Mention, ts: "list[TimeExpr]", published: str, that: frozenset[str]
                ) -> "tuple[int, str, TimeExpr] | None":
    """(sentence, day, expression) for the first time of the sentence a verb of saying opens (`cue`) when it is a day
    shortly before publication told in the saying's frame: no إن/أن (`that`) nor colon between the verb and it, one
    after it («وقالت السفارة السعودية في بيان أمس: إن …»); None otherwise."""
    toks = article.tokens[cue.sentence]
    t = min(ts, key=lambda x: x.start)
    if t.granularity != "day" or t.end_value is not None or not _days_before(first_day(t.value), published):
        return None
    for tok in toks[cue.tok_end:]:
        opens = tok.text == ":" or tok.norm in that
        if tok.start >= t.end:
            if opens:
                return cue.sentence, first_day(t.value), t
        elif opens or tok.kind == "punct" and tok.text in _STOPS:
            return None
    return None


_FRAME_REACH = 12  # the words from a sentence's start where the statement noun of its frame (في بيان) may stand
_FRAME_AFTER = 8  # and the words past that noun where the statement's day may stand


def _framed_lead(events: list[Event], article: Article, times: dict[int, list[TimeExpr]], timed: "set[int]",
                 triggers: "list[int] | tuple", lead: int, background: "_Background", memo: dict) -> list[Event]:
    """A lead event with no time in its sentence, dated only by the publication day, takes the day the next sentence
    gives the statement that tells it (`_frame_day`): «أكدت الخارجية المصرية مجددًا رفض مصر الكامل للتدخل الإيراني»
    «وشدد المتحدث الرسمي … في تصريحات له أمس على تضامن مصر» (the day may be set apart by commas: «في تصريحات له،
    أمس،»); «تعهدت ميركل للحكومة التركية بتقديم مساندة» «وكتبت
    ميركل أمس الثلاثاء في برقية تعزية»: the day the words were said or written, not the publication day; not when
    the statement's sentence names a speaker the lead does not (`_other_speaker`: «استقبل الرئيس
    وفدا …» «وأعلن حزب المعارضة في بيان أمس …»: review of round 105) and does not name the lead's act again
    (`_retells`: «نفذت قوات التحالف … تسع ضربات جوية» «وقالت قوة المهام المشتركة في بيان الليلة قبل الماضية: "إن
    الضربات …"» dates the strikes). A sentence
    opened by «وكان» between them recalls an earlier act and is passed over («وكان الكنيست صادق أول من أمس …»
    «واعتبر المجلس في بيان له … أمس»). date_source "story", the day's expression as evidence."""
    days: dict[int, "TimeExpr | None"] = {}  # per lead sentence, the day its statement sentence gives
    out = []
    for ev in events:
        k = ev.sentence
        if ev.date_source == "published" and k < lead and k not in timed and k not in days \
                and not (ev.future or ev.negated or ev.hypothetical):
            # (its first event only, the main act: «أدان المجلس … مصادقة كنيست الاحتلال»: the approval condemned
            # came before the statement)
            t = days[k] = _frame_day(article, times, triggers, k, background, memo) \
                if bisect_left(triggers, article.sentences[k].start) == bisect_left(triggers, ev.trigger.start) else None
            if t is not None and not (_other_speaker(article, t.sentence, t.start, k)
                                      and not _retells(article, t.sentence, ev)):
                ev = ev.updated(date=first_day(t.value), enddate=None, date_source="story", date_evidence=t)
        out.append(ev)
    return out


def _frame_day(article: Article, times: dict[int, list[TimeExpr]], triggers: "list[int] | tuple", sentence: int,
               background: "_Background", memo: dict) -> "TimeExpr | None":
    """The day, in the week before publication, that the sentence after `sentence` (past one opened by «وكان»)
    names in a statement's frame: a statement noun after في (function_words.tsv told_in: بيان، تصريحات، برقية) among
    its first words, the day before it or a few words past it with no comma, stop nor relative pronoun between (a name
    in quotes may stand there: «في تصريحات لشبكة «روداو» الإعلامية الكردية أمس»), and no event
    word, no إن/أن, colon or stop before the day («وقالت قوة المهام المشتركة في بيان الليلة قبل الماضية: "إن الضربات …"»); None otherwise."""
    published = article.published[:10]
    for k in (sentence + 1, sentence + 2):
        if k >= len(article.tokens) or not article.tokens[k]:
            return None
        toks = article.tokens[k]
        starts, norms, _ = background.seen(toks, k, memo)
        if norms[0] in background.aux or strip_wa(toks[0].norm) in background.aux:
            continue  # «وكان الكنيست صادق أول من أمس»: an earlier act recalled, no statement
        ts = [t for t in times.get(k, ()) if t.granularity == "day" and t.end_value is None]
        if not ts:
            return None
        t = min(ts, key=attrgetter("start"))
        if t is not min(times[k], key=attrgetter("start")) or not _days_before(first_day(t.value), published):
            return None
        noun = next((j for j in range(1, min(len(toks), _FRAME_REACH))
                     if toks[j].norm in background.told_in and strip_wa(toks[j - 1].norm) == "في"), None)
        at = bisect_right(starts, t.start) - 1
        apart = at - 1 if _commas_around(toks, starts, t, at) else -1  # «في تصريحات له، أمس، على تضامن مصر»
        if noun is None or at > noun + _FRAME_AFTER or any(
                toks[m].text in _COMMAS and m != apart or toks[m].text in _STOPS or norms[m] in background.relative
                for m in range(noun + 1, at)):
            return None  # («في مؤتمر صحافي عقده في الكويت، التي وصلها أمس»: the day of the arrival the clause tells)
        if any(tok.start < t.start and (tok.kind == "punct" and tok.text in _STOPS or tok.norm in background.that)
               for tok in toks):
            return None
        first = bisect_left(triggers, toks[0].start)
        return t if first >= len(triggers) or triggers[first] >= t.end else None
    return None


def _commas_around(toks: list[Token], starts: list[int], t: TimeExpr, at: int) -> bool:
    """True when the time t (its first token at `at`) is set apart by commas, one right before it and one right
    after it («في تصريحات له، أمس، على تضامن مصر»): an aside of the clause it stands in."""
    e = bisect_left(starts, t.end)
    return at > 0 and toks[at - 1].text in _COMMAS and e < len(toks) and toks[e].text in _COMMAS


def _lead_frame_day(article: Article, said: "tuple[Mention, ...]", times: dict[int, list[TimeExpr]], lead: int,
                    that: frozenset[str]) -> "TimeExpr | None":
    """The day a lead sentence opened by a verb of saying names in the saying's frame, before what is said
    (`_framed_day`: «قال تجمع لاهالي معتقلين "سلفيين" في غزة في بيان امس ان …»): the day of the statement, which
    dates the verbal acts the story goes on telling of it; None when no lead sentence has one."""
    for cue in said:
        if cue.sentence >= lead:
            break
        ts = times.get(cue.sentence)
        day = _framed_day(article, cue, ts, article.published[:10], that) if ts else None
        if day is not None:
            return day[2]
    return None


_SAID_REACH = 5  # the sentences past a lead statement's frame where the verbal acts it goes on telling may stand


def _said_on(events: list[Event], article: Article, said: TimeExpr, timed: "set[int]",
             present: "set[int] | frozenset[int]", shifted: "set[int] | frozenset[int]") -> list[Event]:
    """The verbal acts the sentences after a lead statement's frame (`said`: its day, `_lead_frame_day`) tell with
    no time of their own, still dated by the publication day, take the statement's day: «قال تجمع لاهالي معتقلين
    "سلفيين" في غزة في بيان امس ان …» … «وحذر من "نتائج كارثية"، محملا حماس المسؤولية». Within _SAID_REACH
    sentences, not past a turn to another matter (`shifted`: the sentences opened by one, «من جهة أخرى، نفت أنقرة
    اتهامات …»), nor an intended, negated or hypothetical act, nor a
    verb in the present tense no statement tells (`present`), nor an act of a sentence whose opening verb names another
    speaker (`_other_speaker`: «وأدان الرئيس الفرنسي الهجوم»; review of round 105); date_source "story", the frame's
    day as evidence."""
    day = first_day(said.value)
    out = []
    for ev in events:
        k = ev.sentence
        if ev.date_source == "published" and _story_class(ev) == "verbal" \
                and said.sentence < k <= said.sentence + _SAID_REACH and k not in timed \
                and not any(said.sentence < m <= k for m in shifted) \
                and not (ev.future or ev.negated or ev.hypothetical) \
                and (ev.trigger.start not in present or ev.claim is not None) \
                and not _other_speaker(article, k, ev.trigger.start, said.sentence):
            ev = ev.updated(date=day, enddate=None, date_source="story", date_evidence=said)
        out.append(ev)
    return out


def _other_speaker(article: Article, k: int, until: int, frame: int) -> bool:
    """True when sentence `k` opens with a verb whose named subject (the actor or agent mention at its second word,
    with the names after it before offset `until`) has no word of the sentence `frame`: another speaker, whose acts
    its frame's day does not date («وأدان الرئيس الفرنسي»، «وأعلن حزب المعارضة في بيان أمس»); False for a sentence
    naming none there («وحذر من …»، «وقال في بيان»: the speaker goes on) or naming one of the frame's («وكتبت ميركل»)."""
    toks = article.tokens[k]
    if len(toks) < 2:
        return False
    names = [m for m in article.sentence_mentions(k) if m.kind in ("actor", "agent")]
    second = toks[1].start
    if not any(m.start == second for m in names):
        return False
    words = {strip_wa(t.norm) for t in toks
             if any(m.start <= t.start < m.end and (m.start == second or m.start < until) for m in names)}
    return not words & {strip_wa(t.norm) for t in article.tokens[frame]}


def _retells(article: Article, k: int, ev: Event) -> bool:
    """True when a word of sentence `k` is the word of `ev`'s trigger (without its article or clitics: «الضربات» of
    «ضربات جوية»): the sentence tells that act again."""
    from .statements import _trigger_stem, _word_stem

    stem = _trigger_stem(ev)
    return bool(stem) and any(tok.kind == "ar" and _word_stem(tok.norm) == stem for tok in article.tokens[k])


def _same_speaker(article: Article, cue: Mention) -> bool:
    """True when the word after a verb of saying opening its sentence (`cue`: its speaker's first word, or the
    preposition of «وقال في بيان») is a word of the sentence before it: the same speaker goes on."""
    k = cue.sentence
    if k < 1 or k >= len(article.tokens) or cue.tok_end >= len(article.tokens[k]):
        return False
    word = article.tokens[k][cue.tok_end].norm
    return any(tok.norm == word for tok in article.tokens[k - 1])


_RETOLD = "material conflict"  # the class whose pluperfect retellings take the lead's day
_BODY_REACH = 4  # the sentences past an undated lead event where the body's first day of its type may stand
_EVE_BODY_REACH = 8  # and past a lead event named after غداة that its sentence left with no day


def _body_dated(events: list[Event], published: str, present: "set[int] | frozenset[int]" = frozenset(),
                lead_end: int = _LEAD_SENTENCES, by_report: "set[int] | frozenset[int]" = frozenset(),
                reports_only: bool = False, triggers: "list[int] | tuple" = (),
                eves: "set[int] | frozenset[int]" = frozenset()) -> list[Event]:
    """A lead event dated only by the publication day takes the day the body gives the events of its type, when the
    body dates them to one day only, in the week before publication, the first of them within _BODY_REACH sentences
    («أطلق ثلاثة أشخاص النار على سيدة سعودية بمحافظة حفر الباطن» … «عند السابعة والربع من مساء الاثنين … بإطلاق
    النار»: Monday, not the publication day; «وافق الكنيست على تشديد العقوبة» … «ووافق الكنيست في ساعة متأخرة من ليل
    أمس الاثنين»). Not an intended, negated or hypothetical event, nor a verb in the present tense (`present`: what
    goes on); date_source "story", the body's expression as evidence. So does a lead event dated only by the day of the
    report that tells it (`by_report`: indices of events), when the body's day is earlier: «أعلن حلف شمال الأطلسي اليوم
    (السبت)، أن جنديا … قتلوا في هجوم» … «قتلا أيضا في الهجوم الذي وقع أمس الجمعة» (`reports_only`: only those, when
    the lead names the publication day itself; a body day past another event's word does not count for them: «اعتصاماً
    احتجاجاً على قتل … العقيد … ليل السادس من أغسطس» is the killing's night; `triggers`: the sorted starts of the
    article's event words). So does a lead event named after غداة that its sentence gave no day (`eves`: indices of
    such events; told as background), a few sentences further on: «وعدت الحكومة التركية بتعزيز الإجراءات الأمنية غداة
    هجوم انتحاري» … «وكان المركز الثقافي في سوروتش ظهر الاثنين هدفًا لهجوم» (Monday, six sentences on), and an
    event of its type its sentence dates only by the publication day that tells what it brought about (in `eves` too,
    `_Background.eve_partners`: «…، مما أودى بحياة 32 شخصًا»: the same attack)."""
    body: dict[str, list[Event]] = {}  # per type, the events past the lead dated by a day of their own, in order
    for ev in events:
        t = ev.date_evidence
        if ev.sentence >= 1 and ev.date_source == "text" and t is not None and t.granularity == "day" \
                and ev.enddate is None and not (ev.future or ev.negated or ev.hypothetical):
            body.setdefault(ev.event, []).append(ev)
    if not body:
        return events
    out = []
    eve_at = {(events[i].sentence, events[i].event) for i in eves if events[i].date_source == BEFORE_PUBLISHED}
    for i, ev in enumerate(events):
        reported = i in by_report and ev.date_source == "text" and ev.enddate is None and ev.date is not None
        eve = (ev.sentence, ev.event) in eve_at and not reports_only and i in eves \
            and (ev.date_source == BEFORE_PUBLISHED and ev.date is None or ev.date_source == "published")
        undated = reported or eve or (ev.date_source == "published" and not reports_only)
        dated = body.get(ev.event) if ev.sentence < lead_end and undated else None
        if dated and not (ev.future or ev.negated or ev.hypothetical) and ev.trigger.start not in present:
            later = [e for e in dated if e.sentence > ev.sentence
                     and not (reported and _word_between(triggers, e, e.date_evidence))]
            if later and later[0].sentence - ev.sentence <= (_EVE_BODY_REACH if eve else _BODY_REACH) \
                    and len({e.date for e in later}) == 1 \
                    and _days_before(later[0].date, published) and (not reported or later[0].date < ev.date):
                ev = ev.updated(date=later[0].date, enddate=None, date_source="story",
                                date_evidence=later[0].date_evidence)
        out.append(ev)
    return out


def _dates_ahead_only(t: TimeExpr, events: list[Event], article: Article, trying: frozenset[str]) -> bool:
    """True when the time `t` dates events and all of them are still to come (future or hypothetical): the day of
    what is announced, no day the story's news happened on («وسيعرض اليوم الجمعة أمام قاضي التحقيقات»); not an act
    being tried that day, told after a verb of trying in the present («مقاتلين يحاولون استعادة الأحياء … اليوم
    الثلاثاء»: the attempt is the day's news; `trying`: function_words.tsv trying)."""
    dated = [e for e in events if e.date_evidence is t]
    return bool(dated) and all((e.future or e.hypothetical) and not _tried(article, e, trying) for e in dated)


def _tried(article: Article, ev: Event, trying: frozenset[str]) -> bool:
    """True for an event, not a hypothetical one, whose trigger comes right after a verb of trying in the present,
    or one word after it («يحاولون استعادة»، «تحاول أن تستعيد»)."""
    trig = article.trigger_at(ev.trigger.start)
    if trig is None or not 0 <= ev.sentence < len(article.tokens):
        return False
    toks, k = article.tokens[ev.sentence], trig.tok_start
    return not ev.hypothetical and any(0 <= j < len(toks) and strip_wa(toks[j].norm) in trying for j in (k - 1, k - 2))


_DIGITS = re.compile(r"[0-9\u0660-\u0669]")  # a date in figures (21 من الشهر الجاري): an announced day, no news day


def _one_day_story(events: list[Event], article: Article, past_verbs: "set[int] | frozenset[int]",
                   timed: "set[int] | frozenset[int]", background: "_Background", memo: dict) -> list[Event]:
    """A story whose days (each a day expression of value up to the publication day, not told in the pluperfect) all
    name one day in the week before publication tells that day's news: the acts it tells in a verb of the past with
    no time in their sentence, still dated by publication, take it («اعتذرت أمانة منطقة الرياض لرواد العروض» …
    «وقالت الأمانة في بيان أمس الاثنين»: Monday; not «وكان الرئيس قد التقى بنظيره الإثنين»: what the story
    recalls dates nothing of it). Not an act of another class than those of the sentences that name the day, when
    each has events («اقتحم مستوطنون المسجد الأقصى أمس» … «وأدانت الخارجية الأردنية الاقتحام»: the day is the
    storming's); a day told with منذ is when what goes on began, none of the story's days. date_source "story", the
    day's expression as evidence."""
    published = article.published[:10]
    day: "TimeExpr | None" = None
    said: set[int] = set()  # the sentences that name the day
    for t in article.times:
        if t.value is None:
            continue
        v = first_day(t.value)
        if v is None or v > published:
            continue
        if t.granularity != "day" or t.end_value is not None:
            last = _last_day(t.end_value or t.value)
            if last is not None and last < published and not _days_before(last, published):
                return events  # a month or a year gone by: the story tells more than one day's news
            continue
        toks = article.tokens[t.sentence] if t.sentence < len(article.tokens) else []
        starts, norms, opened = background.seen(toks, t.sentence, memo)
        if v == published and _report_day(article, t, starts, norms, background):
            continue  # «وذكرت الوزارة في بيان لها اليوم أن العملية التي تمت الليلة الماضية»: the statement's day
        if background.onset_at(article.text, t):
            continue  # «معاركَ عنيفة منذ مساء الثلاثاء»: when what goes on began, no day of the story's news
        if not _days_before(v, published) or _DIGITS.search(t.text):
            return events  # a day of other news (or the publication day itself) in the story
        if opened and (norms[0] in background.aux
                       or background.pluperfect(toks, norms, bisect_right(starts, t.start) - 1)):
            continue
        if day is None:
            day = t
        elif first_day(day.value) != v:
            return events
        said.add(t.sentence)
    if day is None:
        return events
    value = first_day(day.value)
    classes: dict[int, set[str]] = {}  # the story classes of the events of the sentences that name the day
    for ev in events:
        if ev.sentence in said:
            classes.setdefault(ev.sentence, set()).add(_story_class(ev))
    free = len(classes) < len(said)  # a sentence names the day with no event of its own
    return [ev.updated(date=value, enddate=None, date_source="story", date_evidence=day)
            if ev.date_source == "published" and ev.trigger.start in past_verbs and ev.sentence not in timed
            and (free or any(_story_class(ev) in c for c in classes.values()))
            and _opens_clause(article, ev) and not _recalls(article, ev, background, memo)
            and not (ev.future or ev.negated or ev.hypothetical) else ev for ev in events]


def _report_day(article: Article, t: TimeExpr, starts: list[int], norms: list[str], background: "_Background") -> bool:
    """True when a word of what is said (أن) follows the time `t` in its sentence and an earlier day follows that
    word: `t` is the day of the statement, the other the day of what it tells («وذكرت وزارة الداخلية في بيان لها
    اليوم أن العملية التي تمت الليلة الماضية»)."""
    k = bisect_right(starts, t.start)
    that = next((starts[q] for q in range(k, len(norms)) if norms[q] in background.that), None)
    return that is not None and any(
        o.sentence == t.sentence and o.start > that and o.granularity == "day" and o.value
        and (first_day(o.value) or "") < (first_day(t.value) or "") for o in article.times)


def _joined_verb(toks: list[Token], norms: list[str], k: int) -> bool:
    """True when the word at k bears a و the normal form drops and a comma stands right before it («، ويهددها»): a
    verb that goes on with the clause before the comma."""
    return k > 0 and toks[k - 1].text in ("،", ",") and toks[k].norm != norms[k] and toks[k].norm.startswith("و")


_FIGHT_RETREAT = "0874"  # the CAMEO code of a military retreat or surrender


def _coarse_lead_days(lead: dict[str, Event], coarse: list[Event]) -> None:
    """Give a class that no lead event dates by a day the day of its lead sentence (`lead`: the first event of each
    class that a day dates) when an event of the class in that sentence is dated by a span holding that day
    (`coarse`): «بحث الاتحاد الأوروبي، أمس، فرض عقوبات … بعد أن رفضت جماعة متطرفة توقيع الاتفاق هذا الشهر» … «وإن
    موغيريني ناقشتها مع وزراء خارجية الاتحاد»: the refusal keeps its month, the talk told after it is yesterday's."""
    for ev in coarse:
        k = _story_class(ev)
        if k in lead:
            continue
        d = next((d for d in lead.values() if d.sentence == ev.sentence and ev.date <= d.date <= ev.enddate), None)
        if d is not None:
            lead[k] = d


def _story_class(ev: Event) -> str:
    """The class of events a lead's day carries to: its quad class; the two verbal ones are one (what a meeting,
    a session or a statement of the lead said, told in the sentences after it: «عقد مجلس الوزراء جلسته أمس» …
    «ورحب المجلس»، «وأدان المجلس»); a military retreat (CAMEO 0874) is one of the fight it ends: «تمكنت المقاومة
    والجيش أمس الأحد من السيطرة على بلدتين» … «وأشار المصدر إلى أن ما تبقى من قوات الحوثيين انسحبوا»."""
    return _RETOLD if ev.cameo == _FIGHT_RETREAT else _class_of(ev.quad_class)



def _class_of(quad: str) -> str:
    """A quad class as a story class: the two verbal ones are one."""
    return "verbal" if quad.startswith("verbal") else quad


_RETOLD_GAP = 7  # the days before publication from which a lead's date tells an old event retold


def _lead_retold(events: list[Event], published: str, nouns: "set[int] | frozenset[int]", lead: int) -> list[Event]:
    """The events still dated by the publication date whose trigger is the same event noun (and type) as one of the
    lead's told with a date a week or more before publication: the story retells that old event, and its later
    mentions take the lead's date («… مؤتمر الرياض في مايو …» then «مناقشته» of the conference), date_source "story"
    and the lead's expression as evidence."""
    from .statements import _trigger_stem

    cut = (date.fromisoformat(published[:10]) - timedelta(days=_RETOLD_GAP)).isoformat()
    old: dict[tuple[str, str], Event] = {}
    for ev in events:
        if ev.sentence < lead and ev.date_source == "text" and ev.trigger.start in nouns and ev.date and ev.date < cut \
                and (ev.enddate or ev.date) < cut and ev.date_evidence is not None \
                and ev.date_evidence.granularity in ("day", "month"):
            old.setdefault((ev.event, _trigger_stem(ev)), ev)
    if not old:
        return events
    out = []
    for ev in events:
        src = old.get((ev.event, _trigger_stem(ev))) if ev.date_source == "published" and ev.sentence >= lead \
            and ev.trigger.start in nouns and not (ev.future or ev.negated or ev.hypothetical) else None
        out.append(ev if src is None else ev.updated(date=src.date, enddate=src.enddate, date_source="story",
                                                      date_evidence=src.date_evidence))
    return out


def _written_dated(events: list[Event], written: "tuple[str, TimeExpr]",
                   said: "frozenset[int] | set[int]" = frozenset()) -> list[Event]:
    """The events still dated by the publication date, dated by the day the story was written instead ("story",
    the expression that shows it as evidence); by the day that expression names when that is earlier and a verb of
    saying opens its sentence (`said`: those sentences; «وقال المسؤولون، أمس الاثنين، إن» in a story written on
    Tuesday: what the story tells undated was told on Monday; not «جاء ذلك بعد هدم المسجد صباح أمس الأربعاء»: the
    day of what came before)."""
    day, expr = written
    if expr.sentence in said:
        day = _named_day(expr, day)
    return [ev.updated(date=day, date_source="story", date_evidence=expr) if ev.date_source == "published" else ev
            for ev in events]


def _named_day(expr: TimeExpr, written: str) -> str:
    """The day a day expression of the lead names (أمس الاثنين → Monday) when it is on or before the day the story
    was written, else that day."""
    value = expr.value or ""
    return value if len(value) == 10 and value <= written else written


def _written_day(article: Article, words: TimeWords, lead: int = _LEAD_SENTENCES
                 ) -> "tuple[str, TimeExpr] | None":
    """The day the story was written and the expression that shows it, when its day words with a weekday, the
    first in its lead, all put it on one day before the publication date (up to _LEAD_REACH_DAYS): «قتلوا اليوم
    الجمعة» in a record published Saturday was written on Friday, «أمس (الخميس)» too. Undated events took place
    that day, not the day the record was published or collected. None when no expression shows it, or one agrees
    with the publication date."""
    published = article.published
    if not published:
        return None
    found: list[tuple[str, TimeExpr]] = []
    for t in article.times:  # the lead's first (the times stage reads the day from it too)
        if t.granularity != "day" or not t.relative or not t.value or len(t.value) != 10:
            continue
        offset = _day_word_offset(normalize(t.text).replace("(", " ").replace(")", " ").split(), words)
        if offset is None:
            continue
        try:
            found.append(((date.fromisoformat(t.value) - timedelta(days=offset)).isoformat(), t))
        except ValueError:
            continue
    if not found or found[0][1].sentence >= lead or any(day != found[0][0] for day, _ in found) \
            or not _days_before(found[0][0], published):
        return None
    return found[0]


def _day_word_offset(key: list[str], words: TimeWords) -> int | None:
    """The offset of the day word (اليوم 0، أمس -1، غدا 1) of an expression's words when a weekday follows it
    ([part] day word weekday: مساء اليوم الجمعة، أمس الخميس، مساء هذا اليوم الاثنين); None otherwise."""
    phrases = words.phrases
    while key and "part" in phrases.get((key[0],), _NO_CLASSES).classes:
        key = key[1:]
    if key[:2] == ["هذا", "اليوم"]:
        key = key[1:]
    for n in (3, 2, 1):
        tw = phrases.get(tuple(key[:n]))
        if tw is not None and "day" in tw.classes and len(key) == n + 1 \
                and "weekday" in phrases.get((key[n],), _NO_CLASSES).classes:
            try:
                return int(tw.classes["day"])
            except ValueError:
                return None
    return None


def _days_before(day: str | None, published: str) -> bool:
    """True for a day from the publication day back _LEAD_REACH_DAYS days (ISO strings)."""
    if day is None:
        return False
    try:
        delta = (date.fromisoformat(published[:10]) - date.fromisoformat(day)).days
    except ValueError:
        return False
    return 0 < delta <= _LEAD_REACH_DAYS


_QUOTES = "«»\"“”'"
_REFERENCE_REACH = 40  # the characters before a document's date where its number (رقم 60 / 33 وتاريخ) stands
_PREPOSITIONS = frozenset({"في", "وفي", "ففي", "ب", "وب", "فب"})  # the locatives that are no place noun
_CLAUSE_MARKS = frozenset("،,؛;:.!?؟«»()")  # between an act and a place, they end its clause
_BRACKETED_ASIDE = re.compile(r"\(([^()]*)\)")  # words closed in brackets (a prayer among them is no clause end)
_PUNCT_GAP = _CLAUSE_MARKS | frozenset('"-–')  # punctuation that closes a phrase
_MET = frozenset({"CONSULT"})  # the verbal events that are no act of words: meetings, talks, visits
_SAID = frozenset({"verbal cooperation", "verbal conflict"})  # the classes of events a topic's place does not locate


def _words_past_mark(gap: str) -> bool:
    """True when a clause mark stands in `gap` and more than one word follows its last one (a phrase of its own
    past the mark, not a bare preposition: «، الموقع عليها في مدينة جدة بتاريخ» but not «، في»)."""
    last = max((gap.rfind(c) for c in _CLAUSE_MARKS), default=-1)
    return last >= 0 and len(gap[last + 1:].split()) > 1


def _locatives(text: str, places: list[Place], locatives: frozenset[str], directions: frozenset[str] = frozenset(),
               away: frozenset[str] = frozenset(), topics: "list[Place] | None" = None,
               institution: frozenset[str] = frozenset(), seats: frozenset[str] = frozenset(),
               topic_words: frozenset[str] = frozenset(), parts: frozenset[str] = frozenset()) -> list[Place]:
    """The places read as a location: glued to بـ, or after a locative word (في، بمدينة…, past an opening quote:
    «في محافظة “أبين”», or quoted after في and a noun that is no `institution`: «في محافطة “ديار بكر”», not «في
    صحيفة "الرياض"»); a place named otherwise (نفت واشنطن) does not locate an event, nor one after a place noun
    that a word of `away` (إلى، من) opens («لجأوا إلى مدينة مايدوغوري»: whither; not «بالقرب من مدينة»), nor one in
    في/بـ after a party's seat (`seats`, place_words.tsv: «سفيرها في طهران»); one after a topic (`topic_words`: «الوضع في
    اليمن») goes to `topics`."""
    out: list[Place] = []
    for p in places:
        before = text[max(0, p.start - 40):p.start].split()
        quoted = bool(before) and not before[-1].strip(_QUOTES)
        if quoted:
            before.pop()  # «في محافظة “ديار بكر”»: the word before the opening quote
        word = normalize(before[-1]) if before else ""
        k = len(before) - 1
        while k > 0 and k >= len(before) - 2 and word not in locatives and nisba_shaped(word):
            k -= 1  # «في العاصمة الأفغانية كابول»: the place noun past its country's adjective
            word = normalize(before[k])
        if quoted and k > 0 and word not in locatives and word not in institution \
                and normalize(before[k - 1]) in _PREPOSITIONS:
            word = normalize(before[k - 1])  # «في محافطة “ديار بكر”»: a quoted name is that of the noun after في
            k -= 1
        if text[max(0, p.start - 1):p.start] == "ب" or word in locatives:
            if k > 0:
                if word in _PREPOSITIONS or word not in locatives:  # في، بـ: after a seat or a topic?
                    held = _held(before, k - 1, seats, topic_words)
                    if held and held in seats:
                        continue
                    if held:
                        if topics is not None:
                            topics.append(p)
                        continue
                elif _whither(before, k, away, directions, parts):
                    continue
            out.append(p)
        elif word in directions and p.country_code and not any(o.country_code == p.country_code for o in out):
            out.append(p)  # في شمال العراق، غارات قرب الرمادي: near it (not «في محافظة لحج جنوبي اليمن»: where Lahij is)
    return out


def _held(before: list[str], j: int, seats: frozenset[str], topic_words: frozenset[str]) -> str:
    """The noun of `seats` or `topic_words` at j, or before it past nisba adjectives («الحكومة الشرعية»), that the place
    in the في/بـ after it describes; '' if none."""
    topic = ""
    for i in range(j, max(-1, j - 3), -1):  # past up to two nisba adjectives: «الملحق الثقافي السعودي بماليزيا»
        word = normalize(before[i])
        if word in seats:
            return word  # «الحكومة الشرعية في اليمن»: the seat, past the adjective that is also a topic
        if word in topic_words:
            topic = topic or word
        if not nisba_shaped(word):
            break
    return topic


def _whither(before: list[str], k: int, away: frozenset[str], directions: frozenset[str],
             parts: frozenset[str] = frozenset()) -> bool:
    """True if the place noun at k follows a word of `away` (إلى مدينة، من مدينة): where to or from, unless من is
    partitive, after a word of `parts` (place_words.tsv: بالقرب من مدينة، أنحاء من), a direction or an adjective
    (المناطق الغربية من مدينة)."""
    word = normalize(before[k - 1])
    if word not in away:
        return False
    if word in ("من", "ومن") and k > 1:
        prev = normalize(before[k - 2])
        return not (prev in parts or prev in directions or nisba_shaped(prev))
    return True


def _home_places(ev: Event, named: "list[Place] | tuple") -> list:
    """The recipients of a visit that are only a place of the visitor's own country, a toponym of its sentence with no
    sector («زيارة رئيس الوزراء بحاح لعدن»: where the Yemeni visits, no party to it; «زيارة بحاح للرياض» keeps Saudi
    Arabia)."""
    own = {a.code for a in ev.actor if a.code}
    return [r for r in ev.recipient if r.sector is None and r.code in own
            and any(p.start <= r.start and r.end <= p.end or r.start <= p.start and p.end <= r.end for p in named)]


def _location(ev: Event, places: list[Place], text: str = "", triggers: "list[int] | tuple" = (),
              charges: frozenset[str] = frozenset(), relatives: frozenset[str] = frozenset()) -> Place | None:
    """The place (of those read as a location in its sentence) that locates the event, not one that is its actor or
    (but for material conflict) its recipient, nor a town or a region told after a charge word (`charges`,
    function_words.tsv charge: بتهمة) that follows its trigger, the place of the offence («أخلت قوات الأمن سبيل …
    بتهمة تعاطي المخدرات … داخل سيارة بمدينة العبور»: not where the release was): the first after its trigger with no
    comma or stop between (its own clause's) when one is before it too, else the nearest its trigger; a place told far
    after its trigger in a relative clause past a comma (`relatives`: الذي، التي) is another act's («وأدعو إلى استنكار
    … ، وهو الأمر الذي سعت إليه الأجندة الإيرانية … في قم»: not where the call was made)."""
    if charges and text:
        # (a country stays: «اعتقلت 60 شخصا من العاصمة كاتماندو بتهمة محاولة فرض الإضراب … في نيبال»)
        places = [p for p in places if p.start <= ev.trigger.end or p.feature.startswith("PCL")
                  or not _charged_between(text, ev.trigger.end, p.start, charges)]
    # the target of an attack or a siege named as a place in a locative is where it happens («قذائفهم على مدينة نجران»)
    roles = [(x.start, x.end) for x in (ev.actor if ev.quad_class == _RETOLD else (*ev.actor, *ev.recipient))]
    pool = [p for p in places if not any(p.start < e and s < p.end for s, e in roles)] if roles else places
    if relatives and text:
        pool = [p for p in pool if not _far_relative(text, ev.trigger.end, p.start, relatives, triggers)
                or _named_before(text, ev.sentence_start, p)]  # told before too: «جابوا شوارع كابل نددوا»
    if not pool:
        return None
    if len(pool) == 1:
        return pool[0]
    ts, te = ev.trigger.start, ev.trigger.end
    after = next((p for p in pool if p.start >= te), None)
    if after is not None and after is not pool[0] and not _CLAUSE_MARKS.intersection(text[te:after.start]) \
            and not (triggers and bisect_right(triggers, te) < len(triggers) and triggers[bisect_right(triggers, te)]
                     < after.start):
        return _town_of(after, pool, text)  # «غارات … في سوريا وبدأت حملة قصف … في شمال العراق»: the phrase after
    return _town_of(min(pool, key=lambda p: max(0, p.start - te, ts - p.end)), pool, text)  # the act, in its clause


_FAR_PLACE = 80  # characters after a trigger past which a place in a relative clause is another act's


def _far_relative(text: str, lo: int, hi: int, relatives: frozenset[str], triggers: "list[int] | tuple") -> bool:
    """True when a place at `hi`, told more than _FAR_PLACE characters after a trigger ending at `lo`, stands in a
    relative clause opened past the last comma or stop between them, another event's word (`triggers`: sorted starts)
    told before that mark («وأدعو إلى استنكار … ، وهو الأمر الذي سعت إليه … في قم»; not the act's own object right
    after a comma: «أدانت المنظمة، اليوم (الجمعة)، الهجوم الإرهابي الذي وقع … شمال الكاميرون»)."""
    if hi - lo <= _FAR_PLACE:
        return False
    last = _relative_after_mark(text[lo:hi], _CLAUSE_MARKS, relatives)
    if last < 0:
        return False
    k = bisect_right(triggers, lo)
    return k < len(triggers) and triggers[k] < lo + last


def _named_before(text: str, lo: int, place: Place) -> bool:
    """True when the place's name is told before it in text[lo:place.start], as a word or after a one-letter
    preposition or و («المتظاهرون الذين جابوا شوارع كابل نددوا … في كابل»، «المحيطة بعدن … في عدن»)."""
    return re.search(r"(?<!\w)[وبلفك]{0,2}" + re.escape(place.text) + r"(?!\w)", text[lo:place.start]) is not None


def _town_of(place: Place, pool: list[Place], text: str) -> Place:
    """For a place with no coordinates (a quarter: «في حي الجمهوري بتعز»), the place with coordinates told right after
    it in the same phrase (at most two short words between, no clause mark), where the event can be mapped, unless
    that is a country (no nearer than the country code the place has: «في قرية العكر الغربي بمملكة البحرين»); else
    `place` itself."""
    if place.lat is not None:
        return place
    town = next((p for p in pool if p.start >= place.end and p.lat is not None), None)
    if town is None or town.feature.startswith("PCL"):
        return place
    between = text[place.end:town.start]
    return town if len(between) <= 16 and len(between.split()) <= 2 and not _CLAUSE_MARKS.intersection(between) \
        else place


def _charged_between(text: str, lo: int, hi: int, charges: frozenset[str]) -> bool:
    """True when a charge word (بتهمة، بجريمة) stands in text[lo:hi]."""
    return any(normalize(w) in charges for w in text[lo:hi].split())


def _opens_sentence(article: Article, ev: Event) -> bool:
    """True when the event's trigger is its sentence's first word (after a conjunction و or ف at most)."""
    head = article.text[ev.sentence_start:ev.trigger.start].strip()
    return head in ("", "و", "ف")


def _old_years_before(times: "list[TimeExpr] | None", published: str | None) -> bool:
    """True when a sentence's times (those of value) all end in a year before the publication's, and there is one."""
    if not times or not published:
        return False
    year = published[:4]
    return all(t.value and (t.end_value or t.value)[:4] < year for t in times)


def _old_before(times: "list[TimeExpr] | None", dated: "list[Event]", published: str | None) -> bool:
    """True when a sentence tells an old time: its times all end in a year before the publication's, or all ended
    _OLD_DAYS days or more before it, and none of its events (`dated`) is dated later than that."""
    if not published:
        return False
    if _old_years_before(times, published) and not any((e.date or "0")[:4] >= published[:4] for e in dated):
        return True
    cutoff = _old_cutoff(published)
    return _old_times_before(times, published) and not any((e.date or "0") >= cutoff for e in dated)


_OLD_DAYS = 60  # a time that ended this many days before publication or more tells an old time, not the news


def _old_cutoff(published: str) -> str:
    """The first day (ISO) that is no longer old for a story published on `published`: _OLD_DAYS days before it."""
    return (date.fromisoformat(published[:10]) - timedelta(days=_OLD_DAYS - 1)).isoformat()


def _old_times_before(times: "list[TimeExpr] | None", published: str | None) -> bool:
    """True when a sentence's times (those of value) all ended _OLD_DAYS days or more before the publication day,
    and there is one: an old year («عام 2013») or a month long gone («في يناير (كانون الثاني)» in a story of late
    July)."""
    if not times or not published:
        return False
    cutoff = _old_cutoff(published)
    return all(t.value and (_last_day(t.end_value or t.value) or "9") < cutoff for t in times)


def _recalls(article: Article, ev: Event, background: "_Background", memo: dict) -> bool:
    """True when the event's sentence has an adverb of one to three words that sets what it tells in the past (آنذاك،
    في السابق، في أوقات متفرقة: «فقد انهار الروبل آنذاك … وفرض العقوبات»)."""
    norms = background.seen(article.tokens[ev.sentence] if ev.sentence < len(article.tokens) else [], ev.sentence,
                            memo)[1]
    adverbs = background.adverbs
    return any(tuple(norms[m:m + n]) in adverbs for m in range(len(norms)) for n in (1, 2, 3))


def _after_also(article: Article, ev: Event, also: frozenset[str]) -> bool:
    """True when the event's trigger opens its sentence after a word of `also` (time_words.tsv background also: كما
    دمر، وكما قصفت): it goes on with the sentence before it."""
    return strip_wa(article.text[ev.sentence_start:ev.trigger.start].strip()) in also


def _opens_clause(article: Article, ev: Event) -> bool:
    """True when the event's trigger is its clause's first word, after a conjunction و or ف at most («وخلال
    الزيارة، بحث الأمير»; not «وهي دعمت ذلك»، «إن دعم المملكة»)."""
    text = article.text
    k = ev.trigger.start
    lo = max(ev.sentence_start, k - 40)
    head = text[lo:k]
    for mark in "،,؛;:.":
        cut = head.rfind(mark)
        if cut >= 0:
            head = head[cut + 1:]
    return (lo == ev.sentence_start or len(head) < k - lo) and head.strip() in ("", "و", "ف")


_ASIDES = {"-": _DASH_WORDS, "–": _DASH_WORDS, "—": _DASH_WORDS, "(": frozenset({")"})}  # what closes an aside


def _aside_closed(toks: "list[Token]", m: int, j: int) -> bool:
    """True when the relative pronoun at token m opens an aside (a dash or a bracket right before it) that closes
    before token j: «ودعا قاسم الريمي -والذي تولى القيادة في يونيو- إلى شن هجمات في تسجيل بُث في التاسع من
    يوليو»: the ninth of July is the call's, not the clause's."""
    closers = _ASIDES.get(toks[m - 1].text) if m else None
    return closers is not None and any(toks[x].text in closers for x in range(m + 1, j))


class _Background:
    """Reads whether a sentence tells an event as background, before the publication day: كان … قد or كان
    before its verb, سبق أن / سبق لـ, منذ in its clause, an adverb beside it (في السابق، آنذاك), or a vague
    expression looking back (في وقت سابق، قبل أشهر). The words: time_words.tsv, class background, and
    function_words.tsv (time_noun, response, call_to)."""

    def __init__(self, words: TimeWords, fw: FunctionWords | None = None):
        fw = fw or FunctionWords.load()
        self.words = words
        self.subject_pronouns = fw.subject_pronoun  # هم، هو، هي: after a relative clause, its head's predicate
        self.time_nouns = fw.time_noun  # الوقت: «في الوقت الذي وافقت فيه»: a time, no thing
        self.that = fw.complementizer  # ان، بان: «، وأن» opens a second thing said (`another_that`)
        self.redress = fw.redress  # تحقيق، ضحايا، منفذي: an act in their genitive was done (`redressed`)
        self.until = fw.until  # حتى، لحين: «منذ 17 يوليو حتى 19 منه», a closed span (`onset_at`)
        self.preposition = fw.preposition  # في، على، عن: before a redress head of the lead (`redressed`)
        by: dict[str, set[tuple[str, ...]]] = {}
        for key, tw in words.phrases.items():
            if "background" in tw.classes:
                by.setdefault(tw.classes["background"], set()).add(key)
        one = {v: frozenset(k[0] for k in keys if len(k) == 1) for v, keys in by.items()}
        self.aux, self.particle = one.get("aux", frozenset()), one.get("particle", frozenset())
        self.preceded, self.cancel = one.get("preceded", frozenset()), one.get("cancel", frozenset())
        self.boundary = one.get("boundary", frozenset())
        self.prayer = frozenset(by.get("prayer", ()))  # (رضي، الله، عنه): a prayer in brackets ends no clause
        self.also = one.get("also", frozenset())  # كما: the sentence goes on with the one before
        self.resumes = one.get("resumes", frozenset())  # ذلك after «، و»: it goes on with the act before, not a new one
        self.opener = one.get("opener", frozenset())  # بعدما, and بعد أن in `opener_pairs`: an earlier act's clause
        pairs: dict[str, set[str]] = {}
        for key in by.get("opener", ()):
            if len(key) == 2:
                pairs.setdefault(key[0], set()).add(key[1])
        self.opener_pairs = {w: frozenset(v) for w, v in pairs.items()}  # بعد → {أن}
        self.contrast = frozenset(k for k in by.get("contrast", ()) if len(k) == 2)  # (الا، ان) past a comma
        self.response = frozenset(k for k in by.get("response", ()) if len(k) == 2)  # (ردا، على): an earlier act
        self.answer = fw.response  # استجابة، تلبية before a noun glued to لـ: an earlier request
        self.deadline = one.get("deadline", frozenset())  # إلى، حتى before a time: what is due by then, no act's day
        self.call_to = fw.call_to  # إلى after a call's word: what is called for comes after it
        self.occurring = fw.happened | fw.occurred  # وقعت، جرت، شهدت: a verb of occurring opening a sentence
        # function_words.tsv contrast (لكن، بل، بينما): a comma and it after an opening «وكان» go on with the same past
        # («وكان المتمردون طلبوا …، بينما رفضت السلطات ذلك»: the refusal is background too)
        self.but = fw.contrast
        # the contrast words with a subject pronoun glued (لكنه، لكنها): they open a clause set against the one before
        self.but_glued = frozenset(w for w in fw.contrast if w.startswith("لكن") and w != "لكن")
        self.but_words = frozenset(w for w in fw.contrast if w.startswith("لكن"))  # لكن، لكنه: «…، لكن الوزير اعترض»
        # ب، ل glued to a verbal noun: «طالب … بالانسحاب»، «تعهدت بتقديم»: the act the word before governs
        self.governing = frozenset(w for w in fw.resumed_prep if len(w) == 1)
        self.after = words.words_of("after")  # بعد before an event noun: an act that came before
        # عقب، إثر (function_words.tsv after_act) with بعد: before an earlier act's verbal noun with its pronoun (عقب سفره)
        self.after_acts = self.after | (fw.after_act if fw else frozenset())
        # ساعات، مدة، أقل after بعد, a word of about (نحو، حوالي، زهاء), and the units and counts of time (بضع، عدة):
        # a span, no earlier act's phrase
        self.span_words = fw.span_after | fw.about | words.words_of("unit") | words.words_of("count")
        self.later_span = self.span_words | words.words_of("dual")  # أيام، يومين after بعد: a time counted on
        self.edges = words.words_of("edge") | words.words_of("month_word")  # نهاية، شهر between them and the time
        # منتصف، أواخر، نهاية: the third of a month they name (mid, late, end)
        self.thirds = {k[0]: tw.classes["edge"] for k, tw in words.phrases.items()
                       if len(k) == 1 and tw.classes.get("edge") in _THIRDS}
        self.issued = frozenset(k for k in by.get("issued", ()) if len(k) == 2)  # (الصادره، عن) before a meeting
        self.charge = one.get("charge", frozenset())  # بتهمة، لاتهامه، المتهم before the act charged
        self.verdict = one.get("verdict", frozenset())  # حكم، الحكم: a verdict or its execution, a case's last act
        self.dared = one.get("dared", frozenset())  # أقدم، أقدمت before على and an act: a crime a verdict judged
        self.relative = one.get("relative", frozenset())
        self.setting = one.get("setting", frozenset())
        self.many_of = fw.many_of  # عددا، العديد، عشرات: «التي شنت عددا كبيرا من الهجمات»
        self.day_after = one.get("day_after", frozenset())  # غداة: the noun after it was the day before
        self.result = one.get("result", frozenset())  # مما، أودى: what an act after غداة brought about (`eve_partners`)
        self.later = one.get("later", frozenset())  # ليعود past a comma: what follows came later
        self.fronted = frozenset(by.get("fronted", ()))  # «، وفي» before a time past an act's word: the next clause's
        self.afterwards = frozenset(by.get("afterwards", ()))  # بعد ذلك، لاحقاً past an act's word: it came later
        self.explains = one.get("explains", frozenset())  # فقد opening a sentence before its past verb
        self.placing = one.get("placing", frozenset())  # أتى، جاء after a relative: the act is placed, not earlier
        self.done_nouns = one.get("done_noun", frozenset())  # جريمة، حادث before an event noun: a known act (`redressed`)
        self.doer_nouns = one.get("doer_noun", frozenset())  # منفذ، مرتكب before an event noun: a known act (`redressed`)
        self.redress_done = self.redress | self.done_nouns  # both, past the lead (built once, not per event)
        self.latest = one.get("latest", frozenset())  # الأخير after a definite event noun: the last one, held before
        self.earlier_held = one.get("earlier_held", frozenset())  # سابق، السابق right after an event noun: held before
        self.participles = one.get("participle", frozenset())  # الموقع، المقرر after a noun: a time after dates it
        self.current = words.words_of("current")  # الحالية، الجارية right after an event noun: it goes on now
        self.role_noun = fw.role_noun if fw else frozenset()  # دور، دورا: «لعب دورا في» an act done before
        self.told_in = fw.told_in  # بيان، تصريحات، برقية after في: the statement that tells an act (`_frame_day`)
        self.role_verb = fw.role_verb if fw else frozenset()  # لعب، قام: the verb right before it
        self.lasted = fw.lasted if fw else frozenset()  # دامت، استمرت: «المفاوضات … التي دامت عدة أشهر»
        # إلى ذلك، من جهة أخرى opening a sentence: a turn to another matter, which the sentence before gives no day
        self.topic_shift = frozenset(by.get("topic_shift", ()))
        self.topic_shift_len = max((len(k) for k in self.topic_shift), default=0)
        self.reminders = frozenset(by.get("reminder", ()))  # يذكر أن، يشار إلى أن: a sentence of background
        self.seasons = frozenset(by.get("season", ()))  # الربيع الماضي: closing an act's clause, it dates the act
        self.reminder_len = max((len(k) for k in self.reminders), default=0)
        self.this = one.get("this", frozenset())  # هذه، هذا: after a reminder, the act at hand
        self.not_future = tuple(sorted(words.words_of("not_future")))  # سيارة، سيطرة: س + ي/ت/ن, no future prefix
        self.reference = one.get("reference", frozenset())  # وتاريخ after رقم: a numbered document's date
        self.numbered = one.get("numbered", frozenset())
        self.periods = frozenset(k[0] for k, tw in words.phrases.items()  # الأيام، الأسابيع (not الفترة: value one):
                                 if len(k) == 1 and tw.classes.get("period", "one") != "one")  # they open a span
        # خلال، طوال، طيلة (class since, value over): «خلال عشرة أشهر»، «خلال هذه الفترة» open a span too
        self.over = frozenset(k[0] for k, tw in words.phrases.items() if len(k) == 1 and tw.classes.get("since") == "over")
        self.hours = one.get("hours", frozenset())
        self.moments = one.get("moments", frozenset())  # قليل، لحظات after منذ: a moment ago, the day of writing
        self.reckoned = words.words_of("reckoned_from")  # من، على: «بعد يومين من/على هجوم» counts from that act
        self.source, self.compare = one.get("source", frozenset()), one.get("compare", frozenset())
        # «على ما أفاد مسؤول»: two-word attributing phrases, keyed by their last word (ما → {على})
        source_pairs: dict[str, set[str]] = {}
        for key in by.get("source", ()):
            if len(key) == 2:
                source_pairs.setdefault(key[1], set()).add(key[0])
        self.source_pairs = {w: frozenset(v) for w, v in source_pairs.items()}
        self.named_events = one.get("named_event", frozenset())  # ثورة، انتفاضة: an old event a date names
        self.named_by = one.get("named", frozenset()) | self.named_events  # شارع، ميدان: a date after them is a name
        self.following = one.get("following", frozenset())  # عقب، أعقاب before a named old event
        # بعد، عقب، قبل، منذ (classes after, following and since, not over): before an old event a year names, what the
        # clause tells came before, after or since that year, not in it («قبل ثورة 2011 وبعدها»)
        self.around_named = self.after | self.following | frozenset(
            k[0] for k, tw in words.phrases.items() if len(k) == 1 and tw.classes.get("since") not in (None, "over"))
        self.date_leads = words.words_of("month_lead") | words.words_of("year_lead")  # في، منذ before a quoted date
        self.members = one.get("member", frozenset())  # نحن before في and a date: «نحن في 14 آذار», a body's name
        self.anniversary = one.get("anniversary", frozenset())  # ذكرى before a named date: that day, this year
        self.months = words.words_of("month") | words.words_of("hijri_month")  # a name's date tells a month
        self.every = one.get("every", frozenset())  # كل before a unit: what the times before it tell recurs
        self.joins = one.get("every_join", frozenset())  # من between the days and كل (من كل عام)
        self.units = words.words_of("unit")
        self.weekdays = words.words_of("weekday")  # a weekday quoted alone is a name («الأحد»)
        self.days = self.weekdays | self.months  # the days or months a recurring time joins
        asides: dict[str, set[str]] = {}
        for key in by.get("aside", ()):
            if len(key) == 2:
                asides.setdefault(key[0], set()).add(key[1])
        self.asides = {w: frozenset(v) for w, v in asides.items()}  # فيما → {يبدو}: no clause boundary
        self.parts = words.words_of("part")  # منذ الصباح، منذ ساعات الفجر: since earlier today
        self.then = one.get("then", frozenset())  # آنذاك، حينها: at the time the sentence before told
        self.then_phrases = frozenset(by.get("then", ()))  # and في ذلك الوقت، في ذلك الحين
        self.repeated = frozenset(by.get("repeated", ()))  # مرارا، أكثر من مرة: again and again
        self.adverbs = frozenset(by.get("adverb", ())) | self.then_phrases | self.repeated
        # قبل، بحلول، أقصاه and إلى، حتى before a time: a bound or a deadline, no time a sentence narrates
        self.bounds = one.get("bound", frozenset()) | one.get("deadline", frozenset())
        # the short first words of the adverbs (في of في الماضي) with و/ف glued, which `seen` keeps as read: «وفي
        # الماضي وقعت أعمال عنف» → في
        # صحيفة، جريدة (the rows of no value: not المصري of «المصري اليوم», nor قناة): «صحيفة سبق» is a paper's name,
        # no «سبق أن»
        self.newspapers = frozenset(k[0] for k, tw in words.phrases.items()
                                    if len(k) == 1 and tw.classes.get("newspaper") == "")
        self.glued_adverb = {c + k[0]: k[0] for k in self.adverbs if len(k) > 1 and len(k[0]) <= 2 for c in _WA}
        self.phrase_words = frozenset(x for k in words.phrases if len(k) > 1 for x in k)  # فراش of على فراش الموت
        self.beforehand = one.get("beforehand", frozenset())  # مسبقا right after a past verb: done before the day
        self.recall = frozenset(by.get("recall", ()))
        self.stated_in = frozenset(k for k in by.get("stated_in", ()) if len(k) == 2)  # (جاء، في) opening a sentence
        self.forums = frozenset(k for k in by.get("forums", ()) if len(k) == 2)  # (امام، المجالس): again and again
        self.recall_at = self.setting | one.get("recall_at", frozenset())  # في، خلال، لدى after جاء ذلك
        self.since_words = frozenset(k for k, tw in words.phrases.items() if len(k) == 1 and "since" in tw.classes
                                     and "after" not in tw.classes and k[0] == "منذ")
        self.first = frozenset(by.get("first", ()))
        # الأولى: an ordinal of the first time a few words before a bare منذ (class background, value first_alone)
        self.first_alone = one.get("first_alone", frozenset())
        self.superlatives = one.get("superlative", frozenset())  # أعنف، الأسوأ right before منذ: how long since the like
        self.lasting = one.get("lasting", frozenset())  # لليوم before an ordinal: how long (`superlative_since`)
        self.findings = frozenset(by.get("findings", ()))
        self.recollect = one.get("recollect", frozenset())  # أذكر، يفاخر before أن: a past act remembered or boasted of
        self.that = words.words_of("that")  # أن، إن، بأن: what is found follows them
        self.where_past = fw.where_past  # حيث: after a comma, a clause with a verb of the past goes on in its tense
        self.took_place = fw.occurred | fw.took_place if fw is not None else frozenset()  # وقع، جرى، عقد: a setting's
        # relative verb of taking place (`setting_fronted`)
        self.when_done = fw.when_done if fw is not None else frozenset()  # عندما، حين: «منذ 1998 عندما فجر»
        self.since_one = frozenset(k[0] for k in self.since_words)  # منذ, as one word
        self.since = frozenset(by.get("since", ())) | {k for k, tw in words.phrases.items()
                                                       if len(k) == 1 and "since" in tw.classes
                                                       and "after" not in tw.classes and k[0] == "منذ"}
        # a sentence without one of these words (or a vague expression) tells nothing as background
        self.openers = self.aux | self.particle | self.preceded | {k[0] for k in self.since | self.adverbs
                                                                   | self.findings} | set(self.glued_adverb)

    def occurring_opens(self, article: Article, sentence: int) -> bool:
        """True when a perfect verb of occurring opens the sentence (ووقعت مصادمات، وجرت اشتباكات)."""
        toks = article.tokens[sentence]
        return bool(toks) and strip_wa(toks[0].norm) in self.occurring

    def recalled(self, article: Article, times: dict[int, list[TimeExpr]]) -> dict[int, TimeExpr]:
        """Per sentence that opens with a `recall` phrase (جاء ذلك، جاءت هذه التصريحات) and a word of where it was
        (في، خلال، لدى: `recall_at` and `setting`) and names a day up to the publication date, that day's
        expression: what the sentence before it told was said or done then («دعا العمري البرلمانيين إلى …» «جاء ذلك
        في سياق كلمته التي ألقاها يوم أمس»)."""
        out: dict[int, TimeExpr] = {}
        if not self.recall or not article.published:
            return out
        for s, ts in times.items():
            toks = article.tokens[s] if 0 < s < len(article.tokens) else ()
            if len(toks) < 3:
                continue
            first = tuple(strip_wa(t.norm) if k == 0 else t.norm for k, t in enumerate(toks[:4]))
            n = 2 if first[:2] in self.recall else 3 if first[:3] in self.recall else 0
            if not n or first[n:n + 1] and first[n] not in self.recall_at:
                continue  # not «جاء ذلك بعد هدم المسجد صباح أمس»: the day is of what it came after
            days = [t for t in ts if t.granularity == "day" and not t.end_value and first_day(t.value) <= article.published]
            if days:
                out[s] = days[0]
        return out

    def unbracket_prayers(self, gap: str) -> str:
        """`gap` with each prayer closed in brackets («( رضي الله عنه )», class prayer) made a space: no end of the
        clause around it; other brackets (a document's number «رقم (33)») stay."""
        if "(" not in gap:
            return gap
        return _BRACKETED_ASIDE.sub(lambda m: " " if tuple(normalize(m.group(1)).split()) in self.prayer
                                    else m.group(0), gap)

    def referenced(self, text: str, ev: Event, t: TimeExpr) -> bool:
        """True when `t` is the date of a numbered document (a `reference` word right before it, a `numbered` one a
        few words before that) and the event's word comes after it past a comma: «بعد النظر في قرار مجلس الشورى رقم
        (60 / 33) وتاريخ 8 / 7 / 1436هـ، قرر مجلس الوزراء الموافقة»: the approval is not of the Shura's day; also a
        date after a `reference` word past a comma after the event's word, a document's own date)."""
        before = normalize(text[max(0, t.start - _REFERENCE_REACH):t.start]).split()
        if not before or before[-1] not in self.reference:
            return False
        if ev.trigger.end <= t.start:
            # «قرر مجلس الوزراء الموافقة على مذكرة تفاهم …، الموقع عليها في مدينة جدة بتاريخ 7 / 12 /1435هـ»: the
            # document's own date, told past a comma after the act's word and words after the comma, is not the
            # act's (not «وأعلنت الوزارة، بتاريخ 20 يوليو، أن …»: an aside with the act's day)
            # (a prayer in brackets between them is no mark: «حادث استهداف المصلين بمسجد الإمام علي ( رضي الله عنه )
            # ببلدة القديح بتاريخ 4 / 8 / 1436هـ»: the incident's own day)
            return len(before) > 1 and _words_past_mark(self.unbracket_prayers(text[ev.trigger.end:t.start]))

        if ev.trigger.start <= t.end or self.numbered.isdisjoint(before[:-1]):
            return False
        return any(c in _CLAUSE_MARKS for c in text[t.end:ev.trigger.start])

    def was_dated(self, text: str, ev: Event, t: TimeExpr) -> bool:
        """True when `t` tells when a thing named before it was, in a relative clause of كان (a relative pronoun, a
        form of كان, then في، بتاريخ or none: «زيارته الأخيرة للمشروع التي كانت بتاريخ 2 / 4 / 1436هـ»), and the
        event's word comes after it: the day is the thing's, not that of an act the sentence goes on to tell
        («ونتيجة لذلك وجه إنذاراً أخيرا لاثنين من مقاولي المشروع»)."""
        if ev.trigger.start <= t.end:
            return False
        before = [strip_wa(w) for w in normalize(text[max(0, t.start - _REFERENCE_REACH):t.start]).split()]
        if before and (before[-1] in self.reference or before[-1] in self.setting or before[-1] in self.date_leads):
            before.pop()
        return len(before) > 1 and before[-1] in self.aux and before[-2] in self.relative

    def later_apart(self, text: str, ev: Event, t: TimeExpr) -> bool:
        """True when `t` ends before the event's word and a comma then a `later` word (ليعود، لتعود) stand between
        them: the event came after the time («رفض التعليق على مراسلها قبل نحو ثلاثة أعوام، ليعود ويكرر رفضه»)."""
        if t.end > ev.trigger.start:
            return False
        gap = text[t.end:ev.trigger.start]
        for p, c in enumerate(gap):
            if c in _COMMAS:
                words = normalize(gap[p + 1:]).split()
                if words and strip_wa(words[0]) in self.later:
                    return True
        return False

    def fronted_apart(self, text: str, ev: Event, t: TimeExpr) -> bool:
        """True when `t` starts past the event's word right after a comma and a `fronted` word («، وفي يوم الثلاثاء
        أشعل»): the time opens the next clause and dates its act, not the event before the comma."""
        if t.start < ev.trigger.end:
            return False
        gap = text[ev.trigger.end:t.start]
        last = max(gap.rfind(c) for c in _COMMAS)
        return last >= 0 and tuple(normalize(gap[last + 1:]).split()) in self.fronted

    _AFTERWARDS_REACH = 4  # the words past an event's word where بعد ذلك، لاحقاً may stand

    def told_afterwards(self, text: str, ev: Event) -> bool:
        """True when an `afterwards` phrase (بعد ذلك، لاحقاً، فيما بعد) stands within _AFTERWARDS_REACH words past the
        event's word, no mark between («وحكم عليهما بعد ذلك بالسجن»): the act came after what was told before it."""
        tail = text[ev.trigger.end:ev.trigger.end + 60]
        cut = next((p for p, c in enumerate(tail) if c in _CLAUSE_MARKS), len(tail))
        words = [normalize(w) for w in tail[:cut].split()[:self._AFTERWARDS_REACH + 1]]  # (only the words read)
        if words and not tail[:1].isspace():
            words = words[1:]  # (the rest of the event's word: a glued pronoun)
        return any(tuple(words[p:p + len(k)]) == k for k in self.afterwards
                   for p in range(min(len(words), self._AFTERWARDS_REACH)))

    _CONDEMNED_REACH = 10  # the first act's noun this many words after a condemnation's verb (past its subject) is its object

    def condemned(self, article: Article, ev: Event, times: list[TimeExpr], memo: dict) -> bool:
        """True when the event's word (a noun in construct, or one read as a verb: قصف المتمردين) is the object of a
        condemnation (an ACCUSE of mode disapprove a few words before it, in its clause, no act between) and every time of its sentence stands before the noun: the act condemned was done before
        the day of the condemnation the times date («دانت منظمة هيومن رايتس ووتش، أمس، قصف المتمردين في اليمن لمناطق
        سكنية»)."""
        if any(t.start >= ev.trigger.start for t in times):
            return False
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        if k < 1 or toks[k].norm != norms[k] or norms[k].startswith("ال"):
            return False  # «دانت الوزارة الهجوم، وقصف الطيران»: a word with و opens a clause of its own; «أدانت دول
            # أمس الجريمة الإرهابية»: a definite noun names the incident the story tells, of its day (and «التي استهدفت
            # مسجدا» after it, a relative clause, is no object)
        if (by_sentence := memo.get("events_by_sentence")) is None:  # (built once an article: no scan an event)
            by_sentence = memo["events_by_sentence"] = {}
            for e in article.events:
                by_sentence.setdefault(e.sentence, []).append(e)
        told = by_sentence.get(ev.sentence, ())
        for other in told:
            if other.event == "ACCUSE" and other.mode == "disapprove" and other.trigger.end <= ev.trigger.start:
                c = bisect_right(starts, other.trigger.end - 1) - 1
                if 0 < k - c <= self._CONDEMNED_REACH + 1 and all(
                        toks[m].kind != "punct" or toks[m].text in _COMMAS for m in range(c + 1, k)) \
                        and self.relative.isdisjoint(norms[c + 1:k]) \
                        and not any(other.trigger.end <= e.trigger.start < ev.trigger.start for e in told):
                    return True  # (the first act named after it: its object, past its subject and time)
        return False

    _AFTERWARDS_AROUND = 4  # the words before or past an undated event's word where بعدها، بعد ذلك may stand
    _OLD_DAYS = 2  # a day this many days or more before publication, in the sentence before, is no news of the day

    def after_old(self, article: Article, ev: Event, before: "list[TimeExpr] | tuple", memo: dict) -> bool:
        """True when an `afterwards` word (بعدها، بعد ذلك) stands a few words around the event's word, no mark between,
        and the sentence before (`before`: its times) dates its act two days or more before publication: the act came
        after that one, on a day the story does not give («حيث فجر انتحاري في 26 يونيو الماضي حزامه الناسف» «وعمدت
        وزارة الداخلية بعدها إلى اعتقال أربعين مشتبها بهم»: not the lead's day)."""
        published = article.published[:10]
        if not any(t.value and (_last_day(t.end_value or t.value) or published) <= _day_back(published, self._OLD_DAYS)
                   for t in before):
            return False
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        for m in range(k - 1, max(-1, k - 1 - self._AFTERWARDS_AROUND), -1):
            if toks[m].kind == "punct":
                break
            if self.afterwards_at(norms, m):
                return True
        return self.told_afterwards(article.text, ev)

    def afterwards_at(self, norms: list[str], m: int) -> bool:
        """True when an `afterwards` phrase (بعدها، بعد ذلك) begins at token m."""
        return (norms[m],) in self.afterwards or tuple(norms[m:m + 2]) in self.afterwards \
            or (strip_wa(norms[m]),) in self.afterwards

    _FIRST_REACH = 6  # a first word (لأول مرة، هي الأولى) this many words before منذ, no mark between
    _FIRST_ALONE_REACH = 9  # and an ordinal alone (أول، الأولى) this many: «أول مسؤول عراقي يستقبل وزير دفاع إيراني منذ»

    @staticmethod
    def _since_words(text: str, t: TimeExpr, reach: int) -> list[str] | None:
        """The normalised words of the `reach` characters before the time t, less a منذ right before it, for a time
        that opens with منذ (ومنذ) or comes right after it; None for any other (told by its ذ, before normalising)."""
        if "ذ" not in t.text[:8] and "ذ" not in text[max(0, t.start - 16):t.start]:
            return None
        words = normalize(text[max(0, t.start - reach):t.start]).split()
        if normalize(t.text).startswith(("منذ", "ومنذ")):
            return words
        return words[:-1] if words and strip_wa(words[-1]) == "منذ" else None

    def superlative_since(self, text: str, t: TimeExpr) -> bool:
        """True for an expression with منذ right after a superlative (class superlative), alone or before its noun:
        «الأسوأ منذ مارس 2014»، «في أعنف حملة ضدهم منذ أربع سنوات»: how long since the like, not the event's date; not
        an ordinal right after a word of lasting (class lasting: «لليوم الثالث منذ الاثنين»: since when it goes on)."""
        words = self._since_words(text, t, 60)
        if words is None:
            return False
        near = []
        for w in reversed(words[-self._SUPERLATIVE_REACH:]):
            if w[-1:] in ("،", ",", ".", "؛", ":") or w in _DASH_WORDS:
                break
            near.append(strip_wa(w))
        return any((w in self.superlatives or w.startswith("ال") and w[2:] in self.superlatives)
                   and not (k + 1 < len(near) and near[k + 1] in self.lasting) for k, w in enumerate(near))

    _SUPERLATIVE_REACH = 3  # a superlative this many words before منذ, no mark between: «أعنف حملة ضدهم منذ»

    def first_since(self, text: str, t: TimeExpr) -> bool:
        """True for an expression with منذ after لأول مرة (للمرة الأولى منذ عام 1980، لأول مرة منذ ثلاثة عقود), or
        told in a clause of منذ أن (`since`) a few words after «هي الأولى» («في زيارة هي الأولى لبحاح إلى اليمن منذ أن
        غادرها في نهاية مارس»): how long since the last time, not the event's date."""
        words = self._since_words(text, t, 30)
        if words is None:
            return self.first_since_clause(text, t)
        words = words[-2:]
        return any(tuple(strip_wa(w) if k == 0 else w for k, w in enumerate(words[n:])) in self.first for n in (0, 1))

    def first_since_clause(self, text: str, t: TimeExpr) -> bool:
        """True for a time in a clause of منذ أن (`since`, a few words before it, no mark between) with a first phrase
        (class first: هي الأولى، لأول مرة) a few words before the منذ, no mark between."""
        lo = max(0, t.start - 240)
        # (the last words alone are read: only they are normalised; str.split cuts at the whitespace \S+ stops at)
        found = [normalize(w) for w in text[lo:t.start].split()[-self._SINCE_CLAUSE - self._FIRST_ALONE_REACH - 2:]]
        head = normalize(t.text).split()[:1]
        if head and strip_wa(head[0]) in self.since_one:
            found += head  # «الأولى لوزير خارجية فرنسي إلى طهران منذ عام 2003»: the منذ is the time's own, the last word
        for n in range(len(found) - 1, max(-1, len(found) - 2 - self._SINCE_CLAUSE), -1):
            w = found[n]
            if w[-1:] in ("،", ",", ".", "؛", ":") or w in _DASH_WORDS:
                return False
            pair = n + 1 < len(found) and (strip_wa(w), found[n + 1]) in self.since  # منذ أن
            if pair or strip_wa(w) in self.since_one and not any(
                    strip_wa(x) in self.relative for x in found[n + 1:]) and not (
                    n + 1 < len(found) and self.counted(found[n + 1])):
                # not «منذ الفضيحة التي فجرها القضاء في 27 مايو», nor «لأول مرة منذ ثلاثة عقود في عام 2010»
                before = found[max(0, n - self._FIRST_ALONE_REACH):n]
                for m in range(len(before) - 1, -1, -1):
                    if before[m][-1:] in ("،", ",", ".", "؛", ":") or before[m] in _DASH_WORDS:
                        return False
                    if len(before) - m <= self._FIRST_REACH and any(tuple([strip_wa(before[m])] + before[m + 1:m + size]) in self.first for size in (1, 2)
                           if m + size <= len(before)):
                        return True
                    if not pair and strip_wa(before[m]) in self.first_alone:
                        return True  # «زيارته الأولى إلى العراق منذ تسلمه مهامه في فبراير»: how long since
                return False
        return False

    _SPAN_CLASSES = frozenset({"count", "unit", "dual", "month", "hijri_month", "weekday", "day", "year_word"})

    def counted(self, word: str) -> bool:
        """True when a word after منذ starts a time of its own (a number, a count, a unit, a month or a day: منذ ثلاثة
        عقود، منذ 2003): a later time is not in a منذ clause of an act."""
        if any(ch.isdigit() for ch in word):
            return True
        tw = self.words.phrases.get((strip_wa(word),))
        return tw is not None and not self._SPAN_CLASSES.isdisjoint(tw.classes)

    def own_times(self, article: Article, ev: Event, times: list[TimeExpr], nouns: set[int], memo: dict
                  ) -> list[TimeExpr]:
        """The time expressions of the event's sentence that may date it: not one after a relative pronoun that stands
        after the event's verb, or more than a few words after its noun, in its clause, and that names no day of the
        week before publication («رفض نتنياهو الاتفاق الذي توصلت إليه إيران في 14 يوليو»، «الذي ظهر في 2011»: the time
        dates what the clause tells). Kept: «الاجتماع الذي عقد أمس» (the event itself); a day of the last week («أدانت
        البحرين التفجير الذي استهدف المسجد أمس»: a reaction of the same days; «احتج المتظاهرون الذين خرجوا السبت»); a
        relative clause on an event noun after a preposition of setting («أصيبت في الهجوم الذي وقع يوم 31 يوليو»: told
        in it). Not kept for a call told by a verb: the clause tells of what is called for («طالب الرئيس المليشيات
        باحترام الهدنة التي جرى سريانها منتصف الليلة الماضية»: the truce began last night, the call is of today).
        `nouns`: the starts of the article's event nouns."""
        if not self.relative or not article.published:
            return times
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        if k < 0:
            return times
        keep = []
        for t in times:
            j = bisect_right(starts, t.start) - 1
            near = k + 1 + (self._NOUN_REACH if ev.trigger.start in nouns else 0)
            if near > k + 1:  # past the noun's own relative pronoun, a second one opens a clause on another noun
                # («الهجومين اللذين تبناهما التنظيم الذي يسيطر على مساحات من العراق منذ يونيو 2014»)
                near = next((m + 1 for m in range(k + 1, min(near, j)) if norms[m] in self.relative), near)
            if j > k and not (t.granularity == "day" and t.value and _days_before(first_day(t.value), article.published)
                              and not (ev.event == "REQUEST" and ev.trigger.start not in nouns)
                              or t.value == article.published) \
                    and any(norms[m] in self.relative and not self.set_in(toks, norms, m, nouns)
                            and not _aside_closed(toks, m, j) for m in range(near, j)) \
                    and self.same_clause(toks, norms, k, j, commas=2):
                continue
            keep.append(t)
        return keep

    _NOUN_REACH = 4  # a relative pronoun this many words after an event noun may describe the event itself
    _SOURCE_REACH = 8  # a time this many words after an attributing word (بحسب حصيلة أعلنها التلفزيون اليوم) is the report's
    _COMPARE_REACH = 3  # a time this many words after a word of comparison (مثل تفجيري الأربعاء) is the compared event's

    def not_reports(self, article: Article, ev: Event, times: list[TimeExpr], memo: dict,
                    triggers: "list[int] | tuple" = (), conflict: "dict[int, str] | None" = None
                    ) -> tuple[list[TimeExpr], bool]:
        """The time expressions that may date the event, less those of the report that tells it or of an event it is
        compared to, and whether only the report's day is left: a time before what a statement says, for an event
        told in it, when what is said has a time of its own, one no other event's word stands nearer to
        («قالت الوزارة أول من أمس، إن مسلحين خطفوا مواطنا يوم الأربعاء الماضي»: Wednesday; not «قالت الخارجية اليوم
        إن تركيا طلبت عقد اجتماع هذا الأسبوع»); a time after an attributing word past the event's word («وقتل 20
        شخصا بحسب حصيلة أعلنها التلفزيون اليوم الأحد»); a time right after a word of comparison that does not govern
        the event («الهجوم السبت مثل تفجيري الأربعاء، نفذته فتاة فجرت قنبلة»: Saturday). The report's times are kept
        when no other is there (True then). What is said dates the event by a time of its clause only («ذكرت
        الجمعة أن حقاني الذي تتمركز شبكته في المنطقة، توفي قبل عام»: the year is the death's). `triggers`: the sorted
        starts of the article's event words; `conflict`: the starts of those of material conflict and their types: one
        of the event's own type, between an attack and the time of what is said, tells the same attack: «أفادت الشبكة
        بأن 63 شخصا لقوا مصرعهم جراء قصف قوات النظام المدن الاثنين»: Monday, not the report's day)."""
        if not (self.source or self.compare):
            return times, False
        claim = ev.claim
        ts = ev.trigger.start
        report: list[TimeExpr] = []
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        if claim is not None and claim.sentence == ev.sentence and claim.cue.start < claim.content_start \
                <= ts < claim.content_end:
            opened = self.content_opened(toks, starts, norms, claim.content_start, k, times)
            before = [t for t in times if t.end <= opened]
            if before and len(before) == len(times):
                return times, True  # nothing else dates it: the saying's day bounds it
            same = _of_type(conflict, ev.event) if before else frozenset()  # (only read when the saying has a time)
            said = [t for t in times if opened <= t.start < claim.content_end
                    and (not article.published or first_day(t.value) <= article.published)
                    and not self.counted_since(t)
                    and not _word_between(triggers, ev, t, same)
                    and k >= 0 and self.same_clause(toks, norms, k, bisect_right(starts, t.start) - 1, commas=0)]
            if before and said:
                times, report = [t for t in times if t not in before], before
        other = []
        for t in times:
            j = bisect_right(starts, t.start) - 1
            src = self._source_after(toks, norms, max(k + 1, j - self._SOURCE_REACH), j) if k >= 0 and j > k \
                else None
            if src is not None and (self.same_clause(toks, norms, k, j, commas=1) or self.same_clause(
                    toks, norms, src, j, commas=1) and not any(toks[x].text in _STOPS for x in range(k + 1, src))):
                # (the attribution closing the sentence covers its clauses before it: «خطفت جبهة النصرة ثمانية …،
                # وانتقلوا إلى سورية …، بحسب ما ذكر المرصد السوري لحقوق الإنسان أمس»)
                report.append(t)
                continue
            m = self._after(toks, norms, self.compare, max(0, j - self._COMPARE_REACH), j)
            if m is not None and not (m <= k < j) and self.same_clause(toks, norms, m, j, commas=0):
                continue  # the compared event's time: dropped, unless it is the only one (below)
            other.append(t)
        if other:
            return other, False
        if report:
            return report, True
        return times, False

    _SETTING_GAP = 2  # the words (brackets, a date's tail) at most between the saying's time and its إن

    def content_opened(self, toks: list[Token], starts: list[int], norms: list[str], content: int, k: int,
                       times: list[TimeExpr]) -> int:
        """Where what a statement says opens: past the first أن/إن (class that) between the content's start and the
        event's word (token k), when one of the times stands right before it: the content read opens before it with
        the saying's setting («وقال المرصد في بيان تلقت الوكالة نسخة منه اليوم الخميس (23 يوليو) إن 173 مدنيا قتلوا»:
        the day is the statement's); the content's start otherwise (not «بعد ان تنكرت»: no time before it)."""
        first = bisect_left(starts, content)
        for m in range(first, k):
            if norms[m] in self.that and toks[m].kind == "ar":
                near = any(t.end <= starts[m] and m - bisect_left(starts, t.end) <= self._SETTING_GAP for t in times)
                return toks[m].end if m > first and near else content
        return content

    _SINCE_REACH = 8  # a time this many words after a منذ past the event's word may date what منذ names
    _HEAD = 2  # a time starting at most this many words into its sentence heads it (وفي عام 1988، …)

    def setting_fronted(self, toks: list[Token], norms: list[str], j: int, k: int) -> bool:
        """True when the time (token j) is told in the relative clause of a setting that opens the sentence (class
        setting: في، خلال، أثناء), and a comma after it ends that setting right before the event's word (token k): the
        act is done in the event the setting names, in its year («وخلال غزو القرم الذي وقع العام الماضي، نشرت روسيا
        جنودا»), where the relative verb tells it took place (function_words.tsv occurred, took_place: وقع، جرى، عقد),
        not that it began («وفي الحرب الأهلية التي اندلعت عام 2011، قتل»: an ongoing event's first year)."""
        first = shed_conjunction(strip_wa(norms[0]), self.setting) if norms else ""
        if first not in self.setting or not 0 < j < k or toks[k - 1].text not in _COMMAS:
            return False
        r = self.relative_at(toks, norms, j)
        return r > 1 and norms[r + 1] in self.took_place and \
            not any(toks[m].kind == "punct" for m in range(j + 1, k - 1))

    def _epithet_year(self, norms: list[str], j: int) -> bool:
        """True when the year at token j names an old event (the named_event noun right before it, a clitic glued or
        not) that no setting word sets the clause in (في، خلال: «في انتفاضة 2011» dates what the clause tells): one
        before, after or since that event («بعد انتفاضة 2011») or the event as an epithet («شباب ثورة 2011»)."""
        if j < 1 or not any(w in self.named_events for w, _ in clitic_variants(norms[j - 1])):
            return False
        lead = shed_conjunction(strip_wa(norms[j - 2]), self.setting) if j > 1 else ""
        return lead in self.around_named or lead not in self.setting and lead not in self.date_leads

    def own_clause(self, article: Article, ev: Event, times: list[TimeExpr], memo: dict,
                   triggers: "list[int] | tuple" = (), narrated: bool = False,
                   conflict: "dict[int, str] | None" = None, dropped: "list[TimeExpr] | None" = None
                   ) -> list[TimeExpr]:
        """The time expressions that may date the event, less those that date another clause: a time past a منذ
        and the event it names, after the event's word («قصف الانفصاليين … الأعنف منذ معركة ديبالتسيف في فبراير
        الماضي»: February dates the battle, not the shelling); a year of another clause (past a stop, a comma and
        و, or a clause-opening word: «وتعد أرحب من أكثر المناطق التي استهدفها الحوثيون طوال العام المنصرم» does
        not date the fighting told before it, «وتزوجت الفتاة في وقت سابق من هذا العام، واتصلت بوالديها أثناء
        اعتقالها» not the arrest after it), unless the year heads the sentence («عام 1983، قتل 241 جنديا …، واضطر
        ريغان إلى سحب القوات») or the event is a verb in the past that goes on telling that year's story, no
        clause-opening word between (`narrated`: «وأدين جونز في 1999 بتهمة القتل، وحكم عليه بالسجن 18 عاما»; not
        «وقتل شخصان في يلوستون عام 2012 بينما أصاب ثور أربعة أشخاص هذا العام»). A day or month right after the
        event's word, in its clause (no comma, no other event's word between), beats the times before the word past
        a comma: «بسطت سيطرتها على إب … نهاية ديسمبر الماضي، بعد أيام من اجتياح صنعاء في 21 سبتمبر»: the storming of
        Sanaa is September's. A time after the event's word past a comma, a و and another act's word dates that act
        (`next_clause`). `triggers`: the sorted starts of the article's event words; `conflict`: those of material
        conflict, with their type. A year, month or span before a relative clause that tells the event («تفجير السفارة
        عام 1998 ويتناول العشاء مع كينياتا الذي حال توجيه المحكمة اتهامات له») dates the clause the pronoun follows:
        it goes to `dropped`, when given."""
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        if k < 0:
            return times
        goes_on = conflict if ev.quad_class == _RETOLD and conflict else frozenset()
        same = _of_type(goes_on, ev.event) if goes_on else frozenset()  # words of the same act: «قتل … جراء قصف»
        keep, own, apart = [], False, []
        after = self.act_after(article, ev, memo, triggers) if narrated else -1
        began = k > 0 and strip_wa(norms[k - 1]) in self.since_one and toks[k].start == ev.trigger.start
        for t in times:
            j = bisect_right(starts, t.start) - 1
            if j > k + 1 and self.since_one and self._names_since(toks, norms, k, j, triggers):
                continue
            if t.granularity == "year" and j > 0 and toks[j].start == t.start and (
                    strip_wa(norms[j - 1]) in self.after or (j - 1 != k and self._epithet_year(norms, j))):
                continue  # «للعمل بعد عام 2008 في مجال تطوير الحقول»: after a year is no time in it, nor after an old
                # event the year names («بعد انتفاضة 2011، وافقت إيطاليا على إنفاق الملايين»), nor that event as an
                # epithet («وقال أحد شباب ثورة 2011 إن قوات الأمن اعتقلت شقيقه»)
            if began and j < k:
                continue  # «وصلت إلى مطار عدن، أمس، طائرتان … لإعادة فتح المطار الذي ظل مغلقا منذ استيلاء المتمردين على
                # كبرى مدن الجنوب»: the seizure a state has lasted since came before, not on the day of the clause before
            if j > k + 1 and self.opens(toks, norms, k + 1, j) is not None:
                continue  # «وتظاهر المودعون بعدما أفلس البنك قبل عام»: the year is the bankruptcy's
            if j > k + 2 and self.after_acts \
                    and self.after_noun(toks, norms, k, j, triggers if ev.quad_class != _RETOLD else (),
                                        t.granularity in _LONG_AGO):
                continue  # «دعا الأمين العام للحلف إلى اجتماع طارئ … بعد تفجير انتحاري وقع الأسبوع الماضي»: the week
                # is the bombing's, told after بعد, not the call's
            if j > k + 2 and self.that_clause_time(article, toks, norms, k, j, t, triggers):
                if narrated and dropped is not None:
                    dropped.append(t)  # the act told before it came on that day at the latest
                continue  # «ان مليشيات الحوثي ارسلت تعزيزات …، وأن المقاومة … قضى عليها في مواجهات احتدمت مساء
                # الاثنين»: the day is the clash's, told in a second thing said
            if j > k + 2 and triggers and self.next_clause(toks, norms, k, j, t, triggers, goes_on):
                continue  # «نبأ مقتل 8 أشخاص في تكساس …، وإعلان الداخلية عن مقتل رجلي أمن في العريش أمس»
            if j > k + 2 and t.granularity in ("year", "month") and self.told_after_comma(toks, norms, k, j):
                continue  # «وحث وزير الطاقة على استخدام وسائل النقل العام …، لافتا إلى أن قطاع المواصلات كان مسؤولا في
                # عام 2013»: the year is of what is said after the comma
            if j > k + 2 and self.first_of_another(toks, norms, k, j):
                continue  # «قضت محكمة تايوانية بالسجن …، حسبما ذكرت التقارير أمس في فضيحة أحدثت غضبا لأول مرة في سبتمبر
                # 2014»: the month is the word's before «لأول مرة», the scandal's, not the verdict's
            if j > k + 2 and self.predicate_of_relative(toks, norms, k, j):
                continue  # «ان جميع الذين تقوم موغيريني بلقائهم هم مسؤولين عن … مجزرة … في صيف عام 1988»: the year is
                # of what the predicate after هم tells, not of the meeting the relative clause tells
            if j > k + 2 and self.contrasted(toks, norms, k, j):
                continue  # «عقدت العديد من الاجتماعات …، إلا أن اجتماع الثلاثاء اعتبر خطوة»: Tuesday's is another
            if j < k and self.since_named(article.text, t) and not self.same_clause(toks, norms, k, j, commas=0):
                continue  # «قائمة الإرهابيين التي يحتفظ بها مجلس الأمن منذ «هجمات 11 سبتمبر 2001»، وفرض عليه
                # عقوبات»: the day what goes on began, not that of an act of another clause
            if j < k and self.since_at(article.text, t) and self.relative_at(toks, norms, j) >= 0 \
                    and not self.same_clause(toks, norms, k, j, commas=0):
                continue  # «بقواعد الاشتباك التي يعتمدها الجيش التركي منذ 2012 …، وأطلقت دبابات عدة قذائف»: the span
                # is the relative clause's, not that of an act past its comma
            if j < k and self.since_at(article.text, t) and any(
                    toks[m].kind == "punct" and toks[m].text in _COMMAS and toks[m + 1].norm[:1] == "و"
                    and toks[m + 1].norm != norms[m + 1] for m in range(j + 1, k)):
                continue  # «وقالوا إنهم ينتظرون سفلتة الطريق منذ أكثر من 10 سنوات دون جدوى، واتهموا بلدية محافظة أضم
                # بتجاهل قراهم»: how long the waiting has lasted, not the day of the act past the comma and و
            if not narrated and j < k and t.granularity in _LONG_AGO and self.after_own_act(toks, norms, j, k):
                continue  # «تنكر على نكورونزيزي الحق في الترشح … بعد انتخابه في 2005 و2010 وتنتقد هذه الانتخابات»:
                # the years are the election's, not the criticism's (a past verb goes on with that year's story:
                # «أدى أشرف غني اليمين بعد انتخابه في سبتمبر 2014 ووقع اتفاقية أمنية»)
            if j < k and self.opens(toks, norms, j + 1, k) is not None and (
                    t.granularity == "year" or any(u.start >= ev.trigger.end for u in times)):
                continue  # «صادقت العام 2011 على المعاهدة بعدما حظرت التدخين»: the ban came before that year; a day
                # or month before the opener is the main clause's when a time after the word tells the act's own
                # («في موعد أقصاه الأول من ديسمبر بعدما اتفقت الشركتان مع وزارة العدل في العاشر من يوليو»)
            if narrated and j < k and t.granularity in ("year", "month") and toks[k].norm == norms[k] \
                    and j - 2 >= self.relative_at(toks, norms, j) >= 0 and not self.setting_fronted(toks, norms, j, k):
                continue  # «عملية السلام التي أطلقت مع أنقرة في 2012 تأتي في حين اجتمعت حكومة أنقرة»: the year is
                # the peace process's, told in its relative clause, not the meeting's
            if j < k and after > j:
                continue  # «إن جنديا تركيا قتل … اليوم، وذلك بعد تفجير انتحاري قتل 32 شخصا»: the bombing came before
            r = self.in_relative(norms, toks, bisect_right(starts, t.end - 1) - 1, k) if j < k and (
                t.granularity in ("year", "month") or t.end_value) else -1
            if r > 0 and self.broken(toks, norms, bisect_right(starts, t.end - 1), r):
                if dropped is not None:
                    dropped.append(t)
                continue  # «يحيي ذكرى تفجير السفارة عام 1998 ويتناول العشاء مع كينياتا الذي حال توجيه المحكمة
                # اتهامات له»: the year is the bombing's, not that of the act the relative clause tells
            if j < k and narrated and dropped is not None and t.granularity == "day" and not t.end_value:
                e = bisect_right(starts, t.end - 1)
                q = self.in_relative(norms, toks, e - 1, k)
                if 0 < q and k - q <= self._RELATIVE_VERB and any(toks[m].text in _COMMAS for m in range(e, q)):
                    dropped.append(t)
                    continue  # «نقلت طائرة ظهر اليوم الثلاثاء جثامين ثلاثة من جنود الوطن، …، والذين استشهدوا على
                    # الحد الجنوبي في أول أيام عيد الفطر»: the day is the main clause's; the relative clause past its
                    # comma tells what was done before it
            if t.granularity == "year" and narrated and 0 < j < k and self.relative_time(article, t, memo) \
                    and any(toks[m].text in _COMMAS for m in range(j + 1, k)) \
                    and not self.setting_fronted(toks, norms, j, k):
                continue  # «الطريق التي سبق واستخدمتها قوات صالح في حرب صيف عام 1994، في حربها ضد الجنوب …، وشددت
                # مصادر محلية»: the year of a relative clause past its comma tells no story the main verb goes on with
            if r > 0 and len(times) > 1:
                # «جرى تدريبهم خلال السنوات العشر الماضية ليكونوا بديلاً للقوات التي انسحبت من أفغانستان مع نهاية عام
                # 2014»: a time of the relative clause's own, after its word, wins
                apart.append(t)
            if t.granularity == "year" and (j > k or j > self._HEAD and not (
                    narrated and self.boundary.isdisjoint(norms[j + 1:k])
                    and not self.contrast_between(toks, norms, j, k)) and not self.setting_fronted(toks, norms, j, k)
                    and not self.where_after(toks, norms, j, k)) \
                    and not self.same_clause(toks, norms, k, j, proclitic=True):
                if narrated and dropped is not None and j < k and self.answered_old(article, toks, norms, j, k, t):
                    dropped.append(t)  # «سبقتها محاولة في عام 2012 …، لكن وزير الثقافة اعترض على ذلك»: done then,
                    # before the publication day
                continue
            keep.append(t)
            if len(times) > 1:
                if j < k and (not self.same_clause(toks, norms, k, j, commas=0)
                              or _joined_after_act(toks, norms, k, ev, t, triggers)):
                    apart.append(t)
                elif j > k and t.granularity in ("day", "month", "year") and not self.counted_since(t) \
                        and not _word_between(triggers, ev, t, same | self.settings_between(toks, norms, k, j)) \
                        and self.same_clause(toks, norms, k, j, commas=0):
                    own = True  # («ودعا خلال لقائه اليوم (الأحد) المبعوث»: the meeting it was told in is no other act)
        if own and apart:
            keep = [t for t in keep if t not in apart]
        if narrated and len(keep) > 1:
            # «اشاد الرئيس الاميركي الذي ينهي اليوم زيارة الى كينيا المجاورة، بعمل قوة اميصوم السبت»: a time after the
            # event's verb told in a relative clause opened past it dates that clause, when another time is left (not
            # after a noun, whose relative clause most often tells the act itself: «الغارات التي شنها الطيران ليل
            # الجمعة»)
            inner = [t for t in keep if t.start >= ev.trigger.end
                     and self.relative_at(toks, norms, bisect_right(starts, t.start) - 1) > k]
            if inner and len(inner) < len(keep):
                keep = [t for t in keep if t not in inner]
        return keep

    _ANSWER_REACH = 2  # the words after the verb of «لكن الوزير اعترض على ذلك» where its ذلك may stand

    def answered_old(self, article: Article, toks: list[Token], norms: list[str], j: int, k: int, t: TimeExpr
                     ) -> bool:
        """True when year t, of a year before the publication year, dates the clause before a comma and لكن (class
        contrast: لكن، لكنه) that opens the event's clause, with no other mark between (token j: the year's, k: the
        event's verb), and the verb takes that act back as its object, a demonstrative a word or two after it (class
        resumes, this: ذلك، هذا): the clause answers that old act and was done back then, before the publication day
        («وقد حاول الشاباك طلب اعتقال أتينغر إداريا قبل نحو سنة، لكن النائب العام رفض ذلك»، «سبقتها محاولة في عام
        2012 …، لكن وزير الثقافة اعترض على ذلك»; not «فشل كاميرون … في عام 2013، لكنه طلب من أعضاء البرلمان دراسة»:
        a turn to the news)."""
        if not article.published or not t.value or (first_day(t.value) or "9")[:4] >= article.published[:4]:
            return False
        cuts = [m for m in range(j + 1, k) if toks[m].kind == "punct"]
        return len(cuts) == 1 and toks[cuts[0]].text in _COMMAS and cuts[0] + 1 < k \
            and strip_wa(norms[cuts[0] + 1]) in self.but_words \
            and any(norms[m] in self.resumes or norms[m] in self.this
                    for m in range(k + 1, min(len(toks), k + 1 + self._ANSWER_REACH)))

    def stated(self, article: Article, m) -> bool:
        """True when the trigger mention stands after an أن (أن، بأن) in a sentence that opens with جاء في، ورد في (class
        stated_in): a verb of the present there is what a statement says, on its day («وجاء في بيان نقلته وكالة الأنباء،
        أن مملكة البحرين "تدين بشدة"»), not what goes on."""
        toks = article.tokens[m.sentence] if m.sentence < len(article.tokens) else ()
        if len(toks) < 3 or m.tok_start > len(toks) or (strip_wa(toks[0].norm), toks[1].norm) not in self.stated_in:
            return False
        return any(toks[q].norm in _AN for q in range(2, m.tok_start))

    _PREDICATE_REACH = 8  # a relative pronoun this many words before the event's word opens the clause that tells it

    def predicate_of_relative(self, toks: list[Token], norms: list[str], k: int, j: int) -> bool:
        """True when the event's word (token k) stands in a relative clause opened a few words before it (الذين، التي)
        and an independent pronoun (هم، هو، هي) after it, before the time at token j, opens the predicate of the
        clause's head: the time is the predicate's («الذين تقوم موغيريني بلقائهم هم مسؤولين عن … في صيف عام 1988»)."""
        if not any(strip_wa(norms[m]) in self.relative for m in range(max(0, k - self._PREDICATE_REACH), k)):
            return False
        for m in range(k + 1, min(j, k + 3)):
            if toks[m].kind == "punct":
                return False
            if norms[m] in self.subject_pronouns:
                return True
        return False

    _CURRENT_REACH = 3  # the words after «المفاوضات الحالية» where a time may still tell the noun («الجارية منذ مارس»)

    def current_apart(self, article: Article, ev: Event, t: TimeExpr, memo: dict) -> bool:
        """True when the event's noun is qualified by a word of the current time right after it (class current with
        the article: الحالية، الجارية) and time t stands elsewhere in its sentence, not a few words after that word: the
        act goes on now, and the time is another's («وفي حال فشلت المفاوضات الحالية بين حزب العدالة والتنمية وحزب
        الشعب الجمهوري بحلول 23 آب»: the deadline of their failure)."""
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        if k < 0 or k + 1 >= len(toks) or toks[k].end != ev.trigger.end or not norms[k + 1].startswith("ال") \
                or norms[k + 1] not in self.current:
            return False
        if self.word_before(article, t, memo, self.reference) not in self.bounds:
            return False  # only a bound or deadline (بحلول، حتى) is another's: «توقفت المفاوضات الحالية … أمس» keeps it
        j = bisect_right(starts, t.start) - 1
        return not k + 1 < j <= k + 1 + self._CURRENT_REACH

    _PARTICIPLE_REACH = 3  # the words between a participle (الموقع، المقرر) and the time that dates its noun

    def participle_dated(self, article: Article, ev: Event, t: TimeExpr, memo: dict) -> bool:
        """True when time t stands a few words after a participle (class background, value participle) that
        qualifies the definite noun before it, in one clause, and the event's word stands before that noun: the time
        dates the noun («لإنهاء العقد الموقع عام 2011»، «الحرب الأهلية الدائرة منذ نهاية 2013»، «الانتخابات المقرر
        إجراؤها في السادس من ديسمبر»), not the event; not when the noun is a party («قصفت الطائرات الموقع أمس»: the
        site)."""
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        j = bisect_right(starts, t.start) - 1
        if k < 0 or j <= k + 2 or starts[j] != t.start:
            return False
        for p in range(j - 1, max(k + 1, j - 2 - self._PARTICIPLE_REACH), -1):
            if toks[p].kind == "punct":
                return False
            if norms[p] in self.participles:
                head = toks[p - 1]
                # a definite word right after it makes the participle a noun with its adjective, not a qualifier
                # («قصفت المدفعية الثقيلة الموقع العسكري أمس»: the site, and the time is the shelling's)
                return p - 1 > k and head.kind == "ar" and strip_wa(head.norm).startswith("ال") \
                    and not (p + 1 < j and norms[p + 1].startswith("ال")) \
                    and not any(m.kind in ("actor", "agent") and m.start <= head.start < m.end
                                for m in article.mentions)
        return False

    def first_of_another(self, toks: list[Token], norms: list[str], k: int, j: int) -> bool:
        """True when the time at token j follows a first phrase (class first: لأول مرة، للمرة الأولى; a preposition
        of setting between allowed, class setting: في، خلال) that stands past a comma after the event's word (token
        k): the time dates the word the phrase follows («فضيحة أحدثت غضبا لأول مرة في سبتمبر 2014»), not the event."""
        m = j - 1 if norms[j - 1] in self.setting else j
        f = m - 2
        return f > k + 1 and tuple(norms[f:m]) in self.first and not self.same_clause(toks, norms, k, f, commas=0)

    def settings_between(self, toks: list[Token], norms: list[str], k: int, j: int) -> frozenset[int]:
        """The starts of the words right after a preposition of setting (في، خلال، أثناء) between tokens k and j: the
        meeting an act was done in («ودعا خلال لقائه اليوم»), no other act between the act's word and its time."""
        return frozenset(toks[m + 1].start for m in range(k + 1, j - 1) if norms[m] in self.setting)

    def after_noun(self, toks: list[Token], norms: list[str], k: int, j: int, triggers: "list[int] | tuple",
                   owned: bool = False) -> bool:
        """True when a بعد (class after) right before another event's word, or a بعد، عقب، إثر (after_act) right before
        a verbal noun with its pronoun (عقب سفره), stands between the event's word (token k) and a time after it (token
        j), with no mark between them, or a بعد، عقب، إثر right before another event's word whose relative clause tells
        the time («هدد الحزب بقطع الهدنة إثر الضربات الجوية التي شنها الجيش الجمعة والسبت»): the time dates that earlier
        act («بعد تفجير انتحاري وقع الأسبوع الماضي»، «قضت
        محكمة … لإدانته بالإرهاب عقب سفره إلى سوريا عام 2013»). The verbal noun with its pronoun counts only when
        `owned` (the time a year or month: a day right after it is most often the main act's too, «وأدان ليون في تصريح
        عقب لقائه بوزير الخارجية الإيطالي … الليلة الماضية»); a material conflict (`triggers` empty) is dated so only
        by it; so does a verbal noun in construct with its doer or object («إثر حرق التنظيم المتطرف للطيار الأردني حيًا في
        ديسمبر الماضي»: the burning's month, `construct_after`)."""
        for m in range(k + 1, j - 1):
            if toks[m].text in _STOPS:
                return False
            w = strip_wa(norms[m])
            if w in self.after and toks[m + 1].start in triggers \
                    or owned and w in self.after_acts and (_possessed(toks[m + 1]) or self.construct_after(toks, norms, m)) \
                    or w in self.after_acts and toks[m + 1].start in triggers and self.relative_at(toks, norms, j) > m + 1:
                # (and «إثر الضربات الجوية التي شنها الجيش التركي الجمعة والسبت»: the time of the strikes' relative
                # clause, not the threat's)
                # (in one stretch with the time: no mark between; «-والذي تولى القيادة بعد مقتل سلفه … في يونيو- إلى
                # شن هجمات … في تسجيل بُث في التاسع من يوليو»: the aside closes before the call's day)
                return all(toks[x].kind != "punct" for x in range(m + 1, j))
        return False

    def construct_after(self, toks: list[Token], norms: list[str], m: int) -> bool:
        """True when the word after the بعد، إثر at token m is a bare noun in construct with a definite word after it
        («إثر حرق التنظيم»، «بعد سقوط النظام»): the verbal noun of an act with its doer or object; not a span, a
        demonstrative or a word of saying (بعد ذلك، بعد أن، بعد يومين)."""
        if m + 2 >= len(toks) or toks[m + 1].kind != "ar" or toks[m + 2].kind != "ar":
            return False
        w, genitive = norms[m + 1], strip_wa(norms[m + 2])
        return len(w) >= 3 and not w.startswith("ال") and genitive.startswith("ال") and w not in self.that \
            and w not in self.span_words and w not in self.this and w not in self.resumes and w not in self.relative

    def vague_apart(self, article: Article, ev: Event, times: list[TimeExpr], vague: "list[TimeExpr] | tuple",
                    memo: dict) -> list[TimeExpr]:
        """The time expressions that may date an event that a vague expression looking back tells in its clause (a few
        words from its word, no comma between: «أمر في وقت سابق بدعم»، «قبل أشهر»): none after its word but those of its
        clause; a time past a comma or a clause-opening word dates another act («وكان الملك سلمان، أمر في وقت سابق
        بدعم الشعب اليمني …، حيث جرى تخصيص …، وتعد الطائرة السعودية التي وصلت اليوم»: today is the plane's)."""
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        if k < 0:
            return times
        near = False
        for v in vague:
            j = bisect_right(starts, v.start) - 1
            if abs(j - k) <= self._VAGUE_BEFORE and self.same_clause(toks, norms, j, k, commas=0):
                near = True
                break
        if not near:
            return times
        return [t for t in times if t.start < ev.trigger.start
                or self.same_clause(toks, norms, bisect_right(starts, t.start) - 1, k, commas=0)]

    def told_after_comma(self, toks: list[Token], norms: list[str], k: int, j: int) -> bool:
        """True when a comma, then a أن/إن (class that) stand between the event's word (token k) and a time after it
        (token j): the time is of what a clause of saying after the comma tells («، لافتا إلى أن …»، «، مؤكدا أن …»)."""
        comma = False
        for m in range(k + 1, j):
            if toks[m].kind == "punct" and toks[m].text in _COMMAS:
                comma = True
            elif comma and norms[m] in self.that:
                return True
        return False

    def contrasted(self, toks: list[Token], norms: list[str], k: int, j: int) -> bool:
        """True when a comma and a `contrast` pair (إلا أن، غير أن) stand between the event's word (token k) and a time
        after it (token j): the clause they open sets another act against the event, the time is that act's."""
        for m in range(k + 1, j - 1):
            if toks[m - 1].text in _COMMAS and (strip_wa(norms[m]), norms[m + 1]) in self.contrast:
                return True
        return False

    _RELATIVE_REACH = 8  # an event's word this many words after a relative pronoun is in its clause
    _RELATIVE_VERB = 2  # a verb of the past this many words after a relative pronoun opens its clause

    def in_relative(self, norms: list[str], toks: list[Token], j: int, k: int) -> int:
        """The relative pronoun's token (else -1) when the event's word (token k) stands in a relative clause opened after the time (token j): a relative
        pronoun between them, at most `_RELATIVE_REACH` words before the word, with no comma or clause-opening word
        between it and the word: the time dates the clause the pronoun follows, not the act its clause tells; not a
        pronoun right after the time (token j its last), past a comma at most: «الزيارة التي أجراها للصين في ديسمبر 2014،
        والتي شهدت إعلان شراكة» describes what the time dates."""
        if toks[k].norm != norms[k]:
            return -1  # «التي تعرضت لها العائلة وشجبها»: a word with و goes on with the clause before the pronoun
        for r in range(k - 1, max(j, k - self._RELATIVE_REACH - 1), -1):
            if norms[r] in self.relative:
                near = r <= j + 1 + (toks[j + 1].text in _COMMAS)
                return r if not near and self.same_clause(toks, norms, r, k, commas=0) else -1
        return -1

    _RELATIVE_BACK = 6  # the words before a time or a word where the relative pronoun of its clause may stand

    def relative_at(self, toks: list[Token], norms: list[str], j: int) -> int:
        """The index of a relative pronoun standing a few words before the time (or word) at token j, no mark between
        (-1 when none): the time is told in a relative clause («القواعد التي يعتمدها الجيش منذ 2012»، «العوامل التي
        تدفع الشبان إلى القتال»). With a word of the clause's own between the pronoun and a year or month (j - r >= 2:
        «عملية السلام التي أطلقت مع أنقرة في 2012 تأتي في حين اجتمعت حكومة أنقرة»), the time is the relative's, not
        that of a main clause's past verb coming after it."""
        for r in range(j - 1, max(-1, j - 1 - self._RELATIVE_BACK), -1):
            if toks[r].kind == "punct":
                return -1
            if norms[r] in self.relative:
                return r
        return -1

    _RELATIVE_TIME_BACK = 10  # the words before a time where a relative pronoun opens the clause it is told in

    def relative_time(self, article: Article, t: TimeExpr, memo: dict) -> bool:
        """True when a relative pronoun stands a few words before the time, no mark between: the time is told in a
        relative clause («الاتفاق الذي توصلت اليه القوى العالمية الست مع ايران الاسبوع الماضي»)."""
        toks = article.tokens[t.sentence] if t.sentence < len(article.tokens) else []
        starts, norms, _ = self.seen(toks, t.sentence, memo)
        return self.relative_back(toks, starts, norms, t, self._RELATIVE_TIME_BACK)

    def relative_back(self, toks: list[Token], starts: list[int], norms: list[str], t: TimeExpr, reach: int) -> bool:
        """True when a relative pronoun stands at most `reach` words before the time t (which starts a token of
        `starts`), no mark between."""
        j = bisect_right(starts, t.start) - 1
        if j < 1 or starts[j] != t.start:
            return False
        for r in range(j - 1, max(-1, j - 1 - reach), -1):
            if toks[r].kind == "punct":
                return False
            if norms[r] in self.relative:
                return True
        return False

    _JOINED_RELATIVE_BACK = 14  # the words before a time where the relative pronoun of its clause may stand

    def relative_before_joined(self, article: Article, ev: Event, t: TimeExpr, memo: dict) -> bool:
        """True when the time stands before the event's word in a relative clause (a relative pronoun before it, no mark
        between) and the event's word, a verb with و glued, opens a clause right after a comma past it: the time dates
        the relative clause's act, not the act joined to the main clause («أصيبوا في الهجوم الذي وقع ليل الجمعة في
        سوق ببلدة بني سعد، وتعهد رئيس الوزراء»)."""
        if t.end > ev.trigger.start:
            return False
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        if k < 2 or toks[k - 1].text not in _COMMAS or toks[k].norm[:1] != "و" or toks[k].norm == norms[k]:
            return False
        return self.relative_back(toks, starts, norms, t, self._JOINED_RELATIVE_BACK)

    def broken(self, toks: list[Token], norms: list[str], lo: int, hi: int) -> bool:
        """True when a clause goes on between tokens lo and hi-1 (after a time, before a relative pronoun): a word with
        و glued before it (ويتناول العشاء، وعثرت; not ف, most often a letter of a name: فرانكفورت) or a أن/إن (class
        that: بأن تدفع موسكو): the relative clause after them is no part of the time's phrase («عام 1949 في حربها ضد
        حكومة شان كاي شيك، التي طردت»: it is)."""
        return any(toks[m].norm != norms[m] and toks[m].norm[:1] == "و" or norms[m] in self.that
                   for m in range(lo, hi))

    def eve(self, article: Article, ev: Event, times: "list[TimeExpr] | tuple", memo: dict
            ) -> "TimeExpr | bool | None":
        """For an event noun right after غداة (class day_after: «وذلك غداة اجتماع مع القادة العسكريين»), the day of
        its sentence before it, the last one, which is the day after the event; True when the sentence names no day
        before it (the event was before the publication day); None when no غداة stands before the noun."""
        if not self.day_after:
            return None
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        at = self.eve_word(article, toks, norms, k)
        if at < 0:
            return None
        days = [t for t in times if t.end <= toks[at].start and t.granularity == "day" and t.value
                and not t.end_value]
        return max(days, key=lambda t: t.start) if days else True

    def eves(self, article: Article, events: list[Event], memo: dict) -> frozenset[int]:
        """Indices of the events named right after غداة (class day_after; `eve_word`): each was the day before the
        day its sentence is told of."""
        if not self.day_after:
            return frozenset()
        out = set()
        for i, ev in enumerate(events):
            toks, _, norms, k = self.at_trigger(article, ev, memo)
            if k > 0 and self.eve_word(article, toks, norms, k) >= 0:
                out.add(i)
        return frozenset(out)

    def eve_partners(self, article: Article, events: list[Event], eves: "set[int] | frozenset[int]") -> frozenset[int]:
        """Indices of the events dated by the publication day that tell, in the sentence of an event of theirs named
        after غداة (`eves`), what that act brought about: one of its type after it with a word of result between them
        (class result: «غداة هجوم انتحاري …، مما أودى بحياة 32 شخصًا»), or with no comma and glued و between them
        («غداة هجوم انتحاري نسب إلى تنظيم داعش وضرب مدينة سوروتش»); not a separate act joined by «، و» («غداة هجوم
        انتحاري في سروج، وقتلت الشرطة مسلحين في إسطنبول»: the killing is no more the attack's day)."""
        out = set()
        for j in eves:
            eve = events[j]
            for i, ev in enumerate(events):
                if ev.sentence == eve.sentence and ev.event == eve.event and ev.date_source == "published" \
                        and ev.trigger.start >= eve.trigger.end and self._brought_about(
                            article.text[eve.trigger.end:ev.trigger.start]):
                    out.add(i)
        return frozenset(out)

    def _brought_about(self, gap: str) -> bool:
        """True when `gap` has a word of result (class result: مما، أودى), or no comma right before a word with a
        glued و («، وقتلت»: another act)."""
        words = gap.split()
        if any(strip_wa(normalize(w.strip("،,"))) in self.result for w in words):
            return True
        return not any(w[:1] in _COMMAS and w[1:2] == "و" or w[-1:] in _COMMAS and k + 1 < len(words)
                       and words[k + 1].startswith("و") for k, w in enumerate(words))

    _EVE_GAP = 3  # the words that may stand between غداة and the event noun its phrase names

    def eve_word(self, article: Article, toks: "list[Token]", norms: list[str], k: int) -> int:
        """The index of the غداة (class day_after) whose phrase the trigger token k is in: right before it, or a few
        words before with no punctuation between («غداة تبادل لإطلاق النار»، «غداة الإعلان عن موافقة تركيا»: the
        exchange of fire, the consent were the day before); -1 when there is none."""
        for at in range(k - 1, max(k - 1 - self._EVE_GAP, -1), -1):
            if strip_wa(norms[at]) in self.day_after:
                gap = article.text[toks[at].end:toks[k].start]
                return at if _PUNCT_GAP.isdisjoint(gap) else -1
            if toks[at].norm != norms[at] or norms[at] in self.that:
                return -1  # a word with و glued before it, or a أن/إن: another clause
        return -1

    def answered(self, article: Article, ev: Event, times: "list[TimeExpr] | tuple", memo: dict
                 ) -> "TimeExpr | bool | None":
        """For an event noun right after ردا على (class response: «أعلنها رئيس الوزراء حيدر العبادي أمس ردًا على
        احتجاجات ضد الفساد»), after بعد (class after, not a fight: «أبدت الولايات المتحدة اليوم الثلاثاء … العداء …
        بعد توقيع الاتفاق النووي») or glued to لـ after استجابة، تلبية (function_words class response), with no time
        of its sentence after it, the last day of its sentence before it, the day of the answer, which the act
        answered came before (or on); True for one after استجابة، تلبية or بعد in a sentence with no time (it was before
        the publication day: «التي تأتي استجابة لطلب الرئيس عبدربه منصور هادي»، «سيشرح آفاق التعاون … خاصة بعد
        التوقيع على الاتفاق النووي»); None when none of these stands before the noun, a time
        follows it in its clause (not past a comma: «استجابة لطلب الرئيس …، واصل المتمردون … عصر أمس») or none names a
        day before it (the act answered is then often one the story told: «وردًا على مقتل
        هذين الشرطيين»)."""
        if not (self.response or self.answer or self.after):
            return None
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        if k < 1:
            return None
        cut = next((t.start for t in toks[k + 1:] if t.kind == "punct" and t.text in _CUTS), toks[-1].end)
        if any(toks[k].start <= t.start < cut for t in times):
            return None  # (a time past a comma is another clause's: «استجابة لطلب الرئيس …، واصل المتمردون … عصر أمس»)
        answer = self.answer_before(toks, norms, k, ev)
        if answer:
            opened = k - 1
        elif k >= 2 and (strip_wa(norms[k - 2]), norms[k - 1]) in self.response:
            opened = k - 2
        elif strip_wa(norms[k - 1]) in self.after and toks[k].start == ev.trigger.start and ev.quad_class != _RETOLD:
            # «أبدت الولايات المتحدة اليوم الثلاثاء … العداء … بعد توقيع الاتفاق النووي»: the signing came before;
            # not a fight (the same day's: «حاصرت أمس 3 عناصر …، ونجحت في تصفيتهم بعد اشتباكات عنيفة»), nor
            # what عقب، إثر tell (right after, most often that day: «اعلن كيري الاثنين اثر اجتماع مع نظرائه»)
            opened = k - 1
        else:
            return None
        published = article.published[:10] if article.published else ""
        days = [t for t in times if t.end <= toks[opened].start and t.granularity == "day" and t.value
                and not t.end_value and first_day(t.value) <= published]
        # not a day told in a relative clause that a comma and و close before the noun, when another is there: «أعلنت
        # الرئاسة في بيان الجمعة ان حالة الطوارىء التي أعلنت في الرابع من يوليو … تم تمديدها، وقالت الرئاسة "بعد
        # التشاور …"»: Friday's answer (not «الهدنة التي تقررت أمس، بعد موافقة خادم الحرمين»: the truce's day)
        days = [t for t in days if not (self.relative_time(article, t, memo) and self.closed_before(
            toks, bisect_right(starts, t.end - 1), opened))] or days
        if not days and opened == k - 1 and not answer and (norms[k].endswith(_PRONOUN_ENDS) or ev.event == "CONSULT"):
            # «وقال أوباما للصحافيين بعد مباحثاته مع الرئيس الكيني»، «وقال كيري بعد حوار «صريح» مع نظيره المصري»: talks
            # the speaker came out of, of the story's day
            return None
        # (a time only past the noun's clause is another act's: «أنه استجابة لدعوة الربيعة الأطباء …، قام المركز
        # اليوم بنقل الأطباء»: the call came before, not on the flight's day)
        return max(days, key=lambda t: t.start) if days else \
            True if opened == k - 1 and not any(t.start < cut for t in times) else None

    @staticmethod
    def closed_before(toks: list[Token], lo: int, hi: int) -> bool:
        """True when a comma and a word with و glued stand between tokens lo and hi: a clause closed, another opened."""
        return any(toks[m].kind == "punct" and toks[m].text in _COMMAS and toks[m + 1].kind == "ar"
                   and toks[m + 1].norm[:1] == "و" for m in range(lo, min(hi, len(toks) - 1)))

    def answer_before(self, toks: list[Token], norms: list[str], k: int, ev: Event) -> bool:
        """True when the event's word, glued to لـ or bare in the genitive, comes right after a word of answering
        (function_words class response: استجابة، تلبية): «استجابة لطلب الرئيس عبدربه منصور هادي»، «وتلبية دعوة
        الحكومة اليمنية إلى زيارة عدن» answer a request made before."""
        return bool(self.answer) and strip_wa(norms[k - 1]) in self.answer and (
            norms[k][:1] == "ل" and toks[k].start < ev.trigger.start or toks[k].start == ev.trigger.start)

    _RETOLD_REACH = 40  # the words before an event's verb where the answered noun it goes on telling may stand

    def answer_retold(self, article: Article, ev: Event, memo: dict) -> bool:
        """True when the event's verb, glued to و, goes on telling the act a word of answering (function_words class
        response: استجابة، تلبية) named earlier in its sentence by the same word glued to لـ («استجابة لطلب فخامة الرئيس …،
        وطلب فخامته كذلك مساعدة اليمن»): the act answered, made before the answer's day."""
        if not self.answer:
            return False
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        if k < 2 or toks[k].norm[:1] != "و" or toks[k].norm == norms[k]:
            return False
        word = norms[k]
        return any(norms[m][:1] == "ل" and norms[m][1:] == word and strip_wa(norms[m - 1]) in self.answer
                   for m in range(max(1, k - self._RETOLD_REACH), k))

    def due_by(self, article: Article, t: TimeExpr, written: str, memo: dict) -> bool:
        """True for a time after إلى or حتى (class deadline; edge and month words between them: «إلى نهاية شهر شوال
        الجاري»), a day or a month, that runs past the day the story was written (`written`): a deadline, what is due
        by then, not the day of an act told before it («ودعت جميع اليمنيين … والاستفادة من المهلة التي تم تمديدها إلى
        نهاية شهر شوال الجاري»)."""
        if not self.deadline or t.granularity == "year" or (_last_day(t.end_value or t.value) or "") <= written:
            return False  # («حتى نهاية 2015»: the year up to the writing day is the weaker guess, kept)
        return self.word_before(article, t, memo) in self.deadline

    def word_before(self, article: Article, t: TimeExpr, memo: dict, skip: frozenset[str] = frozenset()) -> str | None:
        """The word right before time t (و stripped), past edge words and the words in `skip` («إلى نهاية شهر شوال»:
        إلى); None where t starts no token or starts its sentence."""
        toks = article.tokens[t.sentence] if t.sentence < len(article.tokens) else []
        starts, norms, _ = self.seen(toks, t.sentence, memo)
        j = bisect_right(starts, t.start) - 1
        if j < 1 or starts[j] != t.start:
            return None
        j -= 1
        while j > 0 and (norms[j] in self.edges or norms[j] in skip):
            j -= 1
        return strip_wa(norms[j])

    _CALLED_REACH = 5  # the words between إلى and a time that dates the act it calls to (الى تجمع ضخم الاحد)

    def called_to(self, article: Article, ev: Event, t: TimeExpr, memo: dict) -> bool:
        """True for a time after the event's word that follows إلى (function_words class call_to) and the act it calls
        to, a few words on, in one clause («ودعا اكبر حزب كردي تركي الى تجمع ضخم الاحد في اسطنبول»): the day of the
        act called for, not of the call (the caller asks it of requests)."""
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        j = bisect_right(starts, t.start) - 1
        if k < 0 or j <= k + 1 or starts[j] != t.start:
            return False
        for m in range(j - 1, max(k, j - 1 - self._CALLED_REACH), -1):
            if toks[m].kind == "punct":
                return False
            if strip_wa(norms[m]) in self.call_to:
                return m < j - 1 and norms[m + 1] not in self.edges
        return False

    _VERDICT_REACH = 4  # a verdict word this many words from a time («أمس حكم القصاص»، «والحكم عليه بالقتل قصاصاً أمس»)

    def case_before(self, article: Article, ev: Event, times: list[TimeExpr], memo: dict) -> "TimeExpr | None":
        """The time of a verdict told beside the event, when every time of the event's sentence is one: a time before
        the event's word with a verdict word (class verdict: حكم، الحكم) a few words from it, the event's word standing
        in a later clause, past a comma and و, or a time after it a few words after a verdict word; no act of the
        event's type between the time and the event's clause. «نفذت وزارة الداخلية أمس حكم القصاص في …، وتمكنت سلطات الأمن من
        القبض على الجاني … وأسفر التحقيق معه عن توجيه الاتهام إليه … والحكم عليه بالقتل قصاصا»: the arrest and the
        charge (the caller asks it of `_CASE_ACTS`) came before the verdict's day. None when there is none."""
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        if k < 1:
            return None
        cut = None  # the last comma before the event's word that opens a clause with و
        for m in range(k - 1, 0, -1):
            tok = toks[m]
            if tok.kind == "punct" and tok.text in _STOPS:
                break
            if tok.kind == "punct" and tok.text in _COMMAS and toks[m + 1].norm[:1] == "و":
                cut = m
                break
        if cut is None and self.judged_after(article, ev, memo):
            cut = self.joined_cut(toks, k)  # «… حكم القتل … لقيامه بتهريب … وأسفر التحقيق عن توجيه الاتهام … والحكم بقتله»
        same = [x.start for x in article.sentence_mentions(ev.sentence) if x.kind == "trigger"
                and x.label == ev.event and x.start != ev.trigger.start]
        found = None
        for t in times:
            j = bisect_right(starts, t.start) - 1
            if j < k:
                if cut is None or j >= cut or self.verdict.isdisjoint(norms[max(0, j - self._VERDICT_REACH):
                                                                            min(cut, j + self._VERDICT_REACH + 1)]) \
                        or any(t.start < x < toks[cut].start for x in same):
                    return None  # a time of the event's own clause, or of an act of its type
            elif self.verdict.isdisjoint(norms[max(k + 1, j - self._VERDICT_REACH):j]) \
                    or any(ev.trigger.start < x < t.start for x in same) or any(toks[m].kind == "punct" and toks[m].text in _STOPS for m in range(k + 1, j)):
                return None
            found = found or t
        return found

    @staticmethod
    def joined_cut(toks: list[Token], k: int) -> "int | None":
        """The token before the last word in و before token k (no stop between): where the clause joined by و that
        holds token k opens, for a case told in order up to its verdict with no comma («… لقيامه بتهريب … وأسفر
        التحقيق معه عن توجيه الاتهام إليه … والحكم بقتله»). None when there is none."""
        for m in range(k - 1, 0, -1):
            tok = toks[m]
            if tok.kind == "punct" and tok.text in _STOPS:
                return None
            if tok.kind == "ar" and tok.norm[:1] == "و" and len(tok.norm) > 3:
                return m - 1
        return None

    def judged_after(self, article: Article, ev: Event, memo: dict) -> bool:
        """True when a verdict word with و (class verdict: والحكم، وبحكم) stands after the event's word in its
        sentence, no stop between: the sentence tells the case in order up to its verdict («وتمكنت سلطات الأمن من
        القبض على الجاني … وبإحالته إلى المحكمة العامة صدر بحقه صك شرعي … والحكم عليه بالقتل قصاصاً»). Also True
        through verdict_next when the next sentence opens with «وقد» and tells a verdict in its first words («وقد صدر
        بحقهم حكم»): the case told up to its verdict across the sentence's end."""
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        for m in range(k + 1, len(toks)):
            tok = toks[m]
            if tok.kind == "punct" and tok.text in _STOPS:
                return m == len(toks) - 1 and self.verdict_next(article, ev.sentence + 1, memo)
            if norms[m] in self.verdict and tok.norm != norms[m]:
                return True
        return self.verdict_next(article, ev.sentence + 1, memo)

    _VERDICT_OPENING = 5  # a verdict word this many words from the start of the next sentence goes on with the case

    def verdict_next(self, article: Article, sentence: int, memo: dict) -> bool:
        """True when the sentence opens with وقد (class particle) and tells a verdict (class verdict) in its first words:
        the sentence before it told the case up to its verdict, given («وتم القبض على المتهمين … ومن ثم المحاكمة» «وقد
        صدر بحقهم حكم يتضمن السجن لمدة عشر سنوات»; not «وحول الأحكام الشرعية المتوقع صدورها»)."""
        if sentence >= len(article.tokens) or not article.tokens[sentence]:
            return False
        toks = article.tokens[sentence]
        norms = self.seen(toks, sentence, memo)[1]
        return toks[0].norm[:1] == "و" and toks[0].norm[1:] in self.particle \
            and not self.verdict.isdisjoint(norms[:self._VERDICT_OPENING])

    def avenged(self, article: Article, ev: Event, memo: dict) -> bool:
        """True when the event's word is glued to لـ (لقتله، لقتلها: for having killed) and a verdict word (class
        verdict: حكم) stands before it in its sentence, no stop between: the crime a verdict or its execution punishes
        («نفذت وزارة الداخلية اليوم حكم القتل قصاصاً … في ساير الرشيدي، لقتله كل من …»); so does a word after على and a
        dared word in لـ («حكم القصاص في المدعو … لإقدامه على قتل …»)."""
        text, ts = article.text, ev.trigger.start
        toks, _, norms, k = self.at_trigger(article, ev, memo)
        if ts < 1 or text[ts - 1] != "ل" or ts > 1 and not (text[ts - 2].isspace() or text[ts - 2] in _WA):
            if not (k > 1 and norms[k - 1] in self.reckoned and norms[k - 2] in self.dared):
                return False  # nor «لإقدامه على قتل» (a dared word in لـ, then على): for having dared to kill
        for m in range(k - 1, -1, -1):
            if toks[m].kind == "punct" and toks[m].text in _STOPS:
                return False
            if norms[m] in self.verdict:
                return True
        return False

    _DARED_REACH = 12  # a dared word (أقدم) this many words before على and the event's word, no stop between

    def dared_judged(self, article: Article, ev: Event, memo: dict) -> bool:
        """True when the event's word stands right after على with a dared word (class dared: أقدم، أقدمت) a few words
        before it in its clause, and a later sentence of the article has a verdict word: the crime a verdict judged,
        done before the day the verdict or its execution is told on («أقدم الرشيدي على قتل كل من …» … «والحكم عليه
        بالقتل قصاصاً»)."""
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        if k < 2 or norms[k - 1] not in self.reckoned:  # على (or من) right before the event's word
            return False
        for m in range(k - 2, max(-1, k - 2 - self._DARED_REACH), -1):
            if toks[m].kind == "punct" and toks[m].text in _STOPS:
                return False
            if norms[m] in self.dared:
                return any(tok.norm in self.verdict or _unwa(tok.norm, self.words) in self.verdict
                           for later in article.tokens[ev.sentence + 1:] for tok in later if tok.kind != "punct")
        return False

    def opened_after(self, article: Article, ev: Event, times: list[TimeExpr], memo: dict,
                     triggers: "list[int] | tuple" = ()) -> "TimeExpr | None":
        """The last time before the event's word with بعد أن or بعدما between them (`opens`), or بعد and an act's noun
        (`act_after`, given the sorted starts of the event words `triggers`): the main clause's
        time, which the act told after the opener came before («وتولت السلطة قبل عام بعد أن تمكن فصيل مسلح من طرد
        رئيس الوزراء»); None when there is none."""
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        found, after = None, self.act_after(article, ev, memo, triggers)
        for t in times:
            j = bisect_right(starts, t.start) - 1
            if 0 <= j < k and (found is None or t.start > found.start) \
                    and (self.opens(toks, norms, j + 1, k) is not None or after > j):
                found = t
        return found

    def after_act_at(self, article: Article, ev: Event, memo: dict, triggers: "list[int] | tuple") -> bool:
        """True when the event's verb follows بعد and an act's noun closely (`act_after`)."""
        return self.act_after(article, ev, memo, triggers) >= 0

    _ACT_AFTER_REACH = 3  # an event's verb this many words after بعد and an act's noun tells that act

    def act_after(self, article: Article, ev: Event, memo: dict, triggers: "list[int] | tuple") -> int:
        """The index of the بعد (class after) closest before the event's verb (token k), at most `_ACT_AFTER_REACH`
        words before it, when an indefinite event noun follows it closely, with at most one indefinite word between
        («وذلك بعد تفجير انتحاري قتل 32 شخصا»): the verb tells the earlier act the noun names, in its relative clause;
        a time before بعد dates the main clause's act, which only bounds it. -1 otherwise: not «بعد ذلك قتل» (no event
        noun), nor «بعد انتهاء الاجتماع أعلن» (a definite noun). `triggers`: the sorted starts of the event words.
        Read once per event, kept in `memo`."""
        key = ("after", ev.sentence, ev.trigger.start)
        found = memo.get(key) if memo is not None else None
        if found is None:
            toks, _, norms, k = self.at_trigger(article, ev, memo)
            found = -1
            if self.after and triggers and k >= 2:
                for m in range(k - 2, max(-1, k - 1 - self._ACT_AFTER_REACH), -1):
                    if norms[m] not in self.after:
                        continue
                    x = bisect_left(triggers, toks[m + 1].start)
                    if x < len(triggers) and triggers[x] == toks[m + 1].start and all(
                            toks[w].kind == "ar" and not norms[w].startswith("ال") for w in range(m + 1, k)):
                        found = m
                    break
            if memo is not None:
                memo[key] = found
        return found

    def _names_since(self, toks: list[Token], norms: list[str], k: int, j: int, triggers: "list[int] | tuple"
                     ) -> bool:
        """True when a منذ stands between the event's word (token k) and a time (token j), in one clause with the
        time, and another event's word stands between the منذ and the time (منذ معركة … في فبراير; not منذ يوم
        الأحد، منذ العاشرة من ليلة أمس)."""
        m = self._after(toks, norms, self.since_one, max(k + 1, j - self._SINCE_REACH), j)
        if m is None or j - m < 2 or not self.same_clause(toks, norms, m, j, commas=0):
            return False
        x = bisect_right(triggers, toks[m].end - 1)
        return x < len(triggers) and triggers[x] < toks[j].start

    def since_at(self, text: str, t: TimeExpr) -> bool:
        """True for an expression told with منذ, in it or right before it (منذ سبتمبر الماضي، ومنذ عام 2011): what
        began then and goes on, not a time that holds only then."""
        if self.counted_since(t):
            return True
        words = normalize(text[max(0, t.start - 12):t.start]).split()
        return bool(words) and (strip_wa(words[-1]),) in self.since_words

    def onset_at(self, text: str, t: TimeExpr) -> bool:
        """True for a day told with منذ (`since_at`) that opens what goes on, not the first day of a span closed by
        «حتى» right after it («في أيام عيد الفطر منذ 17 يوليو (تموز) حتى 19 منه»: the story's days, its acts in them)."""
        if not self.since_at(text, t):
            return False
        words = normalize(text[t.end:t.end + 16]).split()
        return not (words and strip_wa(words[0]) in self.until)

    def began_when(self, text: str, ev: Event, t: TimeExpr) -> bool:
        """True when the event is told right after a منذ time by a conjunction of time (class when_done: «وتواجه كينيا
        التطرف منذ 1998 عندما فجر تنظيم القاعدة السفارة»): the act that began the span was done in that time only,
        it does not last up to the publication day."""
        if not self.when_done or ev.trigger.start < t.end:
            return False
        words = normalize(text[t.end:ev.trigger.start]).split()
        return 1 <= len(words) <= self._WHEN_REACH and strip_wa(words[0]) in self.when_done

    _WHEN_REACH = 3  # the event's word this many words after the time, the first a conjunction of time

    _SINCE_NEAR = 5  # a منذ this many words before a time, no mark between, makes it when what it names began
    _SINCE_CLAUSE = 10  # a منذ أن this many words before a year or month, no mark between, opens the clause it dates

    def since_clause(self, text: str, ev: Event, t: TimeExpr) -> bool:
        """True for a year or month told in a clause opened by منذ أن (class background, since) a few words before
        it, no mark between, when the event's word is not in that clause («وتضاعفت الهجمات منذ أن أقصى الجيش الرئيس
        مرسي في 2013 وأدت إلى مقتل مئات الجنود»: the killing goes on from 2013, not only then; not «منذ أن غادر البلاد
        في 2013 بعد اعتقاله»: the departure and the arrest are of that year). An event after the time is past it only
        beyond a word with و."""
        lo = max(0, t.start - 120)
        found = [(m.start() + lo, normalize(m.group())) for m in re.finditer(r"\S+", text[lo:t.start])]
        found = found[-self._SINCE_CLAUSE - 1:]
        for n in range(len(found) - 2, -1, -1):
            at, w = found[n]
            if w[-1:] in ("،", ",", ".", "؛", ":") or w in _DASH_WORDS:
                return False
            if (strip_wa(w), found[n + 1][1]) in self.since:
                if ev.trigger.start < at:
                    return True
                # after the time, only past a word with و that opens another clause («… في 2013 وأدت إلى مقتل»)
                return ev.trigger.start >= t.end and any(
                    normalize(x)[:1] == "و" and len(normalize(x)) > 3 for x in text[t.end:ev.trigger.start].split())
        return False

    def since_near(self, text: str, t: TimeExpr) -> bool:
        """True for an expression told with منذ, in it or a few words before it with no mark between («منذ سبتمبر
        الماضي»، «منذ اعادة فتح مطار عدن الاربعاء»): the day something began, not the day of an act."""
        return self.counted_since(t) or self._since_before(text, t) is not None

    def since_named(self, text: str, t: TimeExpr) -> bool:
        """True for the time of an act منذ names a few words before it, no mark between («منذ «هجمات 11 سبتمبر
        2001»»، «منذ اندلاعها في عام 2011»): the day what goes on began, told by another act (not «منذ عام 2004»)."""
        hit = self._since_before(text, t)
        if hit is None:
            return False
        words, n = hit  # (not a time of a range told after منذ and a year: «منذ عام 2004 وحتى 2014»)
        return n > 0 and not any(c.isdigit() for x in words[len(words) - n:] for c in x)

    def _since_before(self, text: str, t: TimeExpr) -> "tuple[list[str], int] | None":
        """The last few words before the expression and how many of them stand after its منذ (a `since` word), when
        one stands there with no mark between; None otherwise."""
        words = normalize(text[max(0, t.start - 60):t.start]).split()[-self._SINCE_NEAR:]
        for n, w in enumerate(reversed(words)):
            if w[-1:] in ("،", ",", ".", "؛", ":") or w in _DASH_WORDS:
                return None
            if (strip_wa(w),) in self.since_words:
                return words, n
        return None

    def counted_since(self, t: TimeExpr) -> bool:
        """True for an expression counted back with منذ (منذ أكثر من أسبوع): when something began, not a day it
        dates."""
        words = normalize(t.text).split()
        return bool(words) and (strip_wa(words[0]),) in self.since_words

    def _source_after(self, toks: list[Token], norms: list[str], lo: int, hi: int) -> "int | None":
        """The last attributing word (class source: بحسب، وفقاً) in lo..hi-1, or the last word of a two-word one
        («على ما أفاد مسؤول محلي الخميس»: ما after على), else None."""
        m = self._after(toks, norms, self.source, lo, hi)
        for x in range(hi - 1, max(lo, 1, -1 if m is None else m) - 1, -1):
            if toks[x].norm in self.source_pairs and toks[x - 1].norm in self.source_pairs[toks[x].norm]:
                return x
        return m

    def _after(self, toks: list[Token], norms: list[str], words: frozenset[str], lo: int, hi: int) -> "int | None":
        """The last token in lo..hi-1 that is one of `words` (its form with or without و/ف), else None."""
        for m in range(hi - 1, lo - 1, -1):
            if norms[m] in words or toks[m].norm in words:
                return m
        return None

    def after_relative(self, article: Article, ev: Event, memo: dict) -> bool:
        """True when a relative pronoun stands a few words before the event's word, in its clause («الاتفاق الذي
        توصل إليه»، «في الوقت الذي طالب فيه المشرعون»): the verb tells what the noun before it is, not the news."""
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        return k > 0 and any(norms[m] in self.relative for m in range(max(0, k - 3), k))

    def thing_relative(self, article: Article, ev: Event, memo: dict, triggers: "set[int] | frozenset[int]",
                       parties: "set[int] | frozenset[int]" = frozenset()) -> bool:
        """True when the event's verb stands a few words after a relative pronoun whose noun (the word before it, or
        the one before that, past an adjective) is no event word nor a time (function_words.tsv time_noun), and the
        time that dates the event is told after the pronoun, in the clause («وهي المناطق التي قصفت منها ميليشيات
        الحوثي الأحياء السكنية يوم الأحد الماضي»: the clause says what the places are; its day is no day of the
        story's news; not «الهجوم الذي وقع أمس», the story's act itself, nor «في الوقت الذي وافقت فيه اللجنة الخميس»,
        nor «فرضت قوات الاحتلال أمس قيودا … المستوطنين الذين دعوا»: the main clause's day, nor a clause on a party,
        `parties` the ends of actor and agent mentions: «متشددي تنظيم داعش الذين هاجموا يوم الجمعة نقطة تفتيش»)."""
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        for m in range(k - 1, max(0, k - 3) - 1, -1):
            if toks[m].kind == "punct":
                return False
            if norms[m] in self.relative:
                t = ev.date_evidence
                return m > 0 and toks[m - 1].kind == "ar" and toks[m - 1].start not in triggers \
                    and toks[m - 1].end not in parties \
                    and (m < 2 or toks[m - 2].start not in triggers) and strip_wa(norms[m - 1]) not in self.time_nouns \
                    and t is not None and t.start > toks[m].start
        return False

    def verb_object(self, article: Article, ev: Event, memo: dict) -> bool:
        """True when the event's noun follows its subject (an agent mention) and a word opening the clause before it
        that reads as a verb of the past (no ال, no ي of the present; the sentence's first word or one after a comma):
        «وجدد مجلس الوزراء إدانة المملكة»، «…، قرر مجلس الوزراء الموافقة على»: the noun tells that verb's act."""
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        if k < 2:
            return False
        end = toks[k - 1].end
        subject = next((m for m in article.sentence_mentions(ev.sentence) if m.kind == "agent" and m.end == end), None)
        if subject is None:
            return False
        v = bisect_right(starts, subject.start) - 2  # the word before the subject
        if v < 0 or toks[v].kind != "ar" or v and not (toks[v - 1].kind == "punct" and toks[v - 1].text in _COMMAS):
            return False
        w = norms[v]
        return len(w) >= 3 and not w.startswith(("ال", "ي"))

    def after_occurring(self, article: Article, ev: Event, memo: dict) -> bool:
        """True when the event's noun stands right after a verb of occurring in the perfect (`occurring`: تم، جرت;
        «وتم القبض على عدد من العمالة»): the noun tells a done act."""
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        w = norms[k - 1] if k > 0 else ""
        return w in self.occurring or w[:1] in _WA and w[1:] in self.occurring  # (وتم: strip_wa keeps three letters)

    def described(self, article: Article, ev: Event, memo: dict) -> bool:
        """True when a relative pronoun stands right before the event's word («التفجير الإرهابي الذي استهدف
        مسجداً»، «الانتحاري الذي فجر نفسه»، «الجهة التي دعت للتظاهر»): the clause says what the noun before it is by
        an act already known (for a verb of the past: done before the day it is told on)."""
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        return k > 0 and norms[k - 1] in self.relative

    _FORUMS_AFTER = 3  # a forums phrase this many words after a past verb tells a stance taken again and again

    def before_forums(self, article: Article, ev: Event, memo: dict) -> bool:
        """True when a forums phrase (class forums: أمام المجالس، في المحافل) follows the event's word, a past verb (the
        caller checks), within a few words and no mark between: a stance taken again and again before those bodies,
        before the publication day («أن المملكة دعت أيضا أمام المجالس الدولية والأممية لحقوق الإنسان الدول»)."""
        if not self.forums:
            return False
        toks, _, norms, k = self.at_trigger(article, ev, memo)
        return k >= 0 and self._pair_within(toks, norms, k, self._FORUMS_AFTER, self.forums)

    @staticmethod
    def _pair_within(toks: list, norms: list[str], k: int, reach: int, pairs) -> bool:
        """True when a pair of words of `pairs` (the first with its و off) starts within `reach` words after token
        k, no mark between (the shared scan of `before_forums` and `first_done`)."""
        for m in range(k + 1, min(len(toks) - 1, k + reach + 1)):
            if toks[m].kind == "punct":
                return False
            if (strip_wa(norms[m]), norms[m + 1]) in pairs:
                return True
        return False

    def known_before(self, article: Article, ev: Event, memo: dict, lead: int) -> bool:
        """True when the event's verb (its و off) stands right after a relative pronoun in a sentence of the lead
        before the event's: the lead told the act as known («الاتفاق الذي توصلت إليه إيران»), and the event tells it
        again («وتوصلت إيران والدول الست إلى اتفاق»)."""
        toks, _, norms, k = self.at_trigger(article, ev, memo)
        if k < 0:
            return False
        known = memo.get(("known_before", lead)) if memo is not None else None
        if known is None:  # each word right after a relative pronoun in the lead: the first sentence that has it
            known = {}
            for s in range(min(lead, len(article.tokens))):
                before = self.seen(article.tokens[s], s, memo)[1]
                for m in range(1, len(before)):
                    if before[m - 1] in self.relative:
                        known.setdefault(before[m], s)
            if memo is not None:
                memo[("known_before", lead)] = known
        return known.get(strip_wa(norms[k]), ev.sentence) < min(lead, ev.sentence)

    def redressed(self, article: Article, ev: Event, memo: dict, heads: frozenset[str], governed: bool = False
                  ) -> bool:
        """True when the event's noun stands in the genitive of one of `heads`, right after it: a noun of inquiry,
        redress or aftermath (function_words redress), of a crime (time_words done_noun) or of its doer (doer_noun):
        «قدم تعازيه في ضحايا هجوم انتحاري»، «للتحقيق في جريمة تفجير خان بني سعد»، «منفذ الهجوم على السياح»: the act was
        done, before the day it is told on. Not past a preposition («وردًا على مقتل هذين الشرطيين» retells the story's
        killing), nor after a head with the article or before a glued و, no genitive («لجنة التحقيق قلقها»، «تابعت
        الحادث والتنسيق»). `governed`: the head must stand past a preposition, its own or glued («تعازيه في ضحايا»،
        «للتحقيق في»; not the wire lead's «ارتفع عدد ضحايا تفجير انتحاري … إلى 27»)."""
        toks, _, norms, k = self.at_trigger(article, ev, memo)
        if k < 1 or toks[k].norm.startswith("بال") or toks[k].norm != norms[k]:
            return False  # (بـ on the act tells the redress's means: «هدد بالرد بقصف المواقع»)
        head = toks[k - 1]
        if governed and not (head.norm[:1] in "لب" and head.norm != norms[k - 1]
                             or k > 1 and strip_wa(toks[k - 2].norm) in self.preposition):
            return False
        return head.kind == "ar" and not _definite(head) and _stem_in(head.norm, heads)

    def object_described(self, article: Article, ev: Event, memo: dict) -> bool:
        """True when the event's noun is the object of a verb of the past right after a relative pronoun (no ي، ت، ن،
        س of the present or future, no ال: «حركة الشباب الصومالية التي شنت هجمات كبيرة في كينيا»), or the noun after
        a number of that object («التي شنت عددا كبيرا من الهجمات الانتحارية»): the clause says who the actor is by acts
        already known, done before the day it is told on."""
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        if k < 2 or toks[k].norm != norms[k]:
            return False
        v = k - 1 - self.many_before(norms, k)  # «التي شنت عددا كبيرا من الهجمات»: the verb before the number
        if v < 1 or norms[v - 1] not in self.relative or toks[v].kind != "ar":
            return False
        verb = norms[v]
        return len(verb) > 2 and verb[0] not in "يتنس" and not verb.startswith("ال")

    _MANY_REACH = 3  # a number word (function_words many_of), an adjective and من at most before the event noun

    def many_before(self, norms: list[str], k: int) -> int:
        """The number of words of «a number of» right before token k (عددا كبيرا من، العديد من، عشرات): a word of class
        many_of, then an adjective at most, then من or nothing; 0 when none stands there."""
        for n in range(1, self._MANY_REACH + 1):
            m = k - n
            if m < 1:
                return 0
            if norms[m] in self.many_of and (n == 1 or norms[k - 1] == "من"):
                return n
        return 0

    _DESCRIBED_REACH = 3  # a relative pronoun this many words after an event noun describes it

    def noun_described(self, article: Article, ev: Event, memo: dict, past: bool = False) -> bool:
        """True when a relative pronoun follows the event's word a few words on, no mark between («مفاوضات السلام
        التي عقدت لعدة أشهر»): a known act the clause describes (the caller asks it of nouns); with `past`, only when
        the word after the pronoun looks like a verb of the past (no ي، ت، ن of the present, no ال: not «الأوضاع التي
        تشهدها المنطقة», nor a `placing` verb: «الاجتماع الذي أتى ضمن الزيارة» is the visit's own) and no word glued to
        ل or ب stands between (not «استنكاره للحادث الذي استهدف المسجد»)."""
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        if k < 0:
            return False
        for m in range(k + 1, min(len(toks), k + 1 + self._DESCRIBED_REACH)):
            if toks[m].kind == "punct":
                return False
            if past and norms[m][:1] in "لب":
                return False  # «استنكاره للحادث الإجرامي الذي استهدف»: the clause tells the object, not the act
            if norms[m] in self.relative:
                if not past:
                    return True
                nxt = norms[m + 1] if m + 1 < len(toks) and toks[m + 1].kind == "ar" else ""
                return len(nxt) > 2 and nxt[0] not in "يتن" and not nxt.startswith("ال") and nxt not in self.placing
        return False

    def before_relative_verb(self, article: Article, ev: Event, times: list[TimeExpr], memo: dict
                             ) -> list[TimeExpr]:
        """The times less those before the relative pronoun when the event noun is the object right after a verb of
        the past that opens a relative clause («الحركة التي بدأت مفاوضات سلام»: no ي، ت، ن of the present, no ال):
        a time of the main clause does not date what the clause says was done before."""
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        if k < 2 or toks[k].start != ev.trigger.start or norms[k - 2] not in self.relative:
            return times
        verb = norms[k - 1]
        if toks[k - 1].kind != "ar" or len(verb) <= 2 or verb[0] in "يتن" or verb.startswith("ال") \
                or verb in self.placing:
            return times
        return [t for t in times if t.end > toks[k - 2].start]

    _LASTED_REACH = 6  # the words from an event noun to the relative pronoun of its clause of lasting
    _LASTING_SPAN_REACH = 20  # the words from the verb of lasting to the count or unit of its span

    def lasted_span(self, article: Article, ev: Event, memo: dict) -> bool:
        """True when a relative clause with a verb of lasting in the perfect (function_words.tsv lasted: دامت،
        استمرت) and a span (a count or unit of time) right after it describes the event noun, no mark between
        («فشل المفاوضات بين الطرفين الأمريكي والتركي التي دامت عدة أشهر»): a span that ran its course before the
        day it is told on, not an act of that day."""
        if not self.lasted:
            return False
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        if k < 0:
            return False
        for m in range(k + 1, min(len(toks) - 1, k + 1 + self._LASTED_REACH)):
            if toks[m].kind == "punct":
                return False
            if norms[m] in self.relative:
                if norms[m + 1] not in self.lasted:
                    return False
                return any(strip_wa(norms[q]).removeprefix("ل") in self.span_words or norms[q] in self.span_words
                           for q in range(m + 2, min(len(toks), m + 2 + self._LASTING_SPAN_REACH))
                           if toks[q].kind != "punct")
        return False

    def set_in(self, toks: list[Token], norms: list[str], m: int, nouns: set[int]) -> bool:
        """True when the relative pronoun at m describes an event noun after a preposition of setting, the noun right
        before it or before its adjective («في الهجوم الذي»، «خلال الاجتماع الطارئ الذي»)."""
        for h in (m - 1, m - 2):
            if h > 0 and toks[h].start in nouns and norms[h - 1] in self.setting:
                return True
        return False

    _ROLE_REACH = 3  # the words from a role (دورا) to the event noun after its في: «دوراً مهماً في استيلاء»

    def role_in(self, article: Article, ev: Event, memo: dict) -> bool:
        """True for an event noun right after the في or ب (`_PREPOSITIONS`, a leading و or ف let through) of a role
        (`role_noun`) that a past verb (`role_verb`) right before it played («لعب دوراً مهماً في استيلاء الجماعة على
        صنعاء»، «قام بدور في»): the act the role was played in was done before the day it is told on."""
        if not self.role_noun or not self.role_verb:
            return False
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        if k < 3 or toks[k].start != ev.trigger.start or norms[k - 1] not in _PREPOSITIONS:
            return False
        return any(norms[r - 1] in self.role_verb and norms[r] in self.role_noun
                   and not any(t.kind == "punct" for t in toks[r:k])
                   for r in range(max(1, k - 1 - self._ROLE_REACH), k - 1))

    def shifted_sentences(self, article: Article, memo: dict, said: "tuple[Mention, ...] | None" = None
                          ) -> frozenset[int]:
        """The sentences past the first opened by a turn to another matter (`topic_shift`: «الى ذلك»، «من جهة أخرى»،
        «وفي سياق آخر»; a leading و is taken off) and followed by a sentence a verb of saying opens (cues.tsv report:
        «الى ذلك أصيب طفل …» «وقالت مصادر أمنية … مساء السبت إن …»): that one tells the same news at more length."""
        if not self.topic_shift:
            return frozenset()
        return frozenset(k for k in {m.sentence - 1 for m in (said if said is not None else _said_cues(article))}
                         if self.turns(article, k, memo))

    def turns(self, article: Article, k: int, memo: dict) -> bool:
        """True when sentence `k` (past the first) opens with a turn to another matter (`topic_shift`)."""
        if k < 1 or k >= len(article.tokens):
            return False
        toks = article.tokens[k]
        if not toks or toks[0].kind != "ar":
            return False
        _, norms, _ = self.seen(toks, k, memo)
        return opens_with(norms, self.topic_shift, self.topic_shift_len)

    def opens_aux(self, article: Article, k: int, memo: dict) -> bool:
        """True when sentence `k` opens with an auxiliary of the pluperfect (`aux`: «وكانت الحكومة أجمعت …»)."""
        if k < 0 or k >= len(article.tokens) or not article.tokens[k]:
            return False
        toks = article.tokens[k]
        norms = self.seen(toks, k, memo)[1]
        return norms[0] in self.aux or strip_wa(toks[0].norm) in self.aux

    def at_trigger(self, article: Article, ev: Event, memo: dict | None
                   ) -> tuple[list[Token], list[int], list[str], int]:
        """The event's sentence tokens, their starts and normal forms (see `seen`), and the index of its trigger's
        token (-1 if none)."""
        toks = article.tokens[ev.sentence] if ev.sentence < len(article.tokens) else []
        starts, norms, _ = self.seen(toks, ev.sentence, memo)
        return toks, starts, norms, bisect_right(starts, ev.trigger.start) - 1

    def seen(self, toks: list[Token], sentence: int, memo: dict | None) -> tuple[list[int], list[str], bool]:
        """The token starts, normal forms (without a conjunction و/ف: `_unwa`) and whether a background opener is
        there, of one sentence; kept in `memo` for the other events of the sentence."""
        seen = memo.get(sentence) if memo is not None else None
        if seen is None:
            # (only a word of four letters or more that begins with و/ف can lose one: the others are kept as read)
            # (nor a word of a phrase of several words: «على فراش الموت» is no و/ف + «راش»)
            norms = [w if w[:1] not in _WA or len(w) <= 3 or w in self.phrase_words else _unwa(w, self.words)
                     for w in map(_NORM_OF, toks)]
            seen = ([t.start for t in toks], norms, not self.openers.isdisjoint(norms))
            if memo is not None:
                memo[sentence] = seen
        return seen

    _VAGUE_SET_APART = 30  # a vague expression set apart by dashes or brackets this many words after an event's verb tells it
    _VAGUE_BEFORE = 8  # a vague expression this many words from an event's word, in its clause, may tell it
    _VAGUE_TRAILING = 12  # and this many after it otherwise, in its clause: an adverb closing the act's long phrase
    # («زيارة وفد حركة حماس برئاسة زعيمها خالد مشعل إلى المملكة مؤخرا»)
    _VAGUE_AFTER = 16  # and this many after it when a period noun opens it: one that closes the clause («قتلوا في
    # المواجهات التي دارت في مديرية التواهي بمحافظة عدن خلال الأيام القليلة الماضية») spans the clause's act

    def spans(self, t: TimeExpr) -> bool:
        """True for a vague expression opened by a plural time noun (class period: «الأيام القليلة الماضية»،
        «الأسابيع الماضية»): a span of days the clause's act took, not a point (قبل أيام), an adverb (مؤخراً) or a
        singular stretch up to now («في الفترة الأخيرة»); one opened by خلال، طوال (class since, value over: «خلال
        عشرة أشهر»، «خلال هذه الفترة») is a span too."""
        words = normalize(t.text).split()
        return bool(words) and (strip_wa(words[0]) in self.periods or strip_wa(words[0]) in self.over)

    def not_over(self, article: Article, ev: Event, vague: "list[TimeExpr] | tuple", memo: dict,
                 triggers: "list[int] | tuple" = (), verb: bool = False) -> "list[TimeExpr] | tuple":
        """The vague expressions, less those opened by خلال، طوال (class since, value over) that give a span to come:
        for a hypothetical event («إن رفع العقوبات يعني ضخ مبلغ … خلال عام»), a demand, a call, a pledge or an
        agreement (class verbal cooperation or conflict: «وطالب المجلس الحكومة بالانسحاب من المدينة خلال ستة أشهر»:
        the deadline of what is asked; not talks, `_MET`: «الاتفاق الذي تمت صياغته خلال عامين من المفاوضات»), or an event whose governed verbal noun, glued to بـ، لـ or after إلى (class
        call_to), stands between its verb (`verb`) and the span («تعهدت بتقديم مساعدات … خلال شهر»)."""
        if not (vague and self.over):
            return vague
        over = [t for t in vague if strip_wa(normalize(t.text).split()[0]) in self.over]
        if not over or not (ev.hypothetical or ev.future or ev.quad_class in _SAID and ev.event not in _MET) and not (verb and any(
                self.governed(article, ev, t, memo, triggers) for t in over)):
            return vague
        return [t for t in vague if t not in over]

    def governed(self, article: Article, ev: Event, t: TimeExpr, memo: dict, triggers: "list[int] | tuple") -> bool:
        """True when the first event word after the event's verb, before the time `t` in its clause, is a noun glued
        to بـ، لـ or right after إلى (class call_to): the act the verb governs, which the time is the span of (not
        «احتجاجات شعبية عمدت الشرطة إلى قمعها … طوال ستة أسابيع»: a noun governs nothing)."""
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        j = bisect_right(starts, t.start) - 1
        if k < 0 or j <= k + 1 or not triggers:
            return False
        for x in range(k + 1, j):
            y = bisect_left(triggers, toks[x].start)
            if y < len(triggers) and triggers[y] == toks[x].start:  # the first event word after the verb
                return (norms[x][:1] in self.governing or strip_wa(norms[x - 1]) in self.call_to) \
                    and self.same_clause(toks, norms, k, j)
        return False

    def told_before(self, article: Article, ev: Event, vague, memo: dict | None = None, verb: bool = False
                    ) -> "bool | TimeExpr":
        """The vague expression, or True, when the event (or the statement it is told in, by words before
        what the statement says) is told as background; False otherwise (`memo`: the caller's per-sentence
        store of token starts and normal forms, shared by the events of one sentence). A vague expression after a
        relative pronoun past an event's verb tells the relative clause, not the verb («نستنكر العملية الإرهابية التي
        حدثت في تركيا أخيراً»: the attack was recent, the condemnation is the statement's)."""
        toks = article.tokens[ev.sentence] if ev.sentence < len(article.tokens) else []
        if not toks:
            return False
        starts, norms, cued = self.seen(toks, ev.sentence, memo)
        if not cued and not vague:
            return False
        at = [(bisect_right(starts, ev.trigger.start) - 1, len(toks))]
        claim = ev.claim
        if claim is not None and claim.sentence == ev.sentence:
            k = bisect_right(starts, claim.cue.start) - 1
            said = bisect_right(starts, claim.content_start) - 1
            at.append((k, said if said > k else len(toks)))  # nothing of what is said tells the saying's time
        for k, end in at:
            if k < 0:
                continue
            for t in vague:
                j, sp = bisect_right(starts, t.start) - 1, self.spans(t)
                if verb and j > k and not sp and not self.relative.isdisjoint(norms[k + 1:j]):
                    continue  # (a span closing the clause spans its act: «قتلوا في المواجهات التي دارت … خلال الأيام
                    # القليلة الماضية»)
                if j < end and -self._VAGUE_BEFORE <= j - k <= (self._VAGUE_AFTER if sp else self._VAGUE_TRAILING) \
                        and (j - k <= self._VAGUE_BEFORE or sp or self.trailing(t, norms, k, j)) \
                        and self.same_clause(toks, norms, j, k):
                    return t
                if j < end and 0 < j - k <= self._VAGUE_SET_APART and _set_apart(article.text, t) \
                        and self.same_clause(toks, norms, j, k):
                    return t  # «ودعا سماحة الشيخ … مفتي عام المملكة ورئيس هيئة كبار العلماء … -في وقت سابق- الشباب»
            if self.pluperfect(toks, norms, k) or self.cued(toks[:end], norms[:end], k, verb):
                return True
        return False

    def trailing(self, t: TimeExpr, norms: list[str], k: int, j: int) -> bool:
        """True when a vague time far after the event's word (token k) closes its phrase: one adverb (مؤخرا), with no
        relative pronoun between them («… الصيادين المصريين الذين تم احتجازهم في وقت سابق»: the detention's); or a
        season gone by («طلب من وزير الخارجية الإيراني بوقف السفينة المتوجهة إلى اليمن خلال فصل الربيع الماضي»)."""
        return (" " not in t.text.strip() or tuple(normalize(t.text).split()) in self.seasons) \
            and self.relative.isdisjoint(norms[k + 1:j])

    def reminded(self, article: Article, ev: Event, memo: dict, verb: bool = True) -> bool:
        """True when the event's sentence opens with a `reminder` (يذكر أن، ويشار إلى أن، تجدر الإشارة إلى أن) before
        its word: «يذكر أن زعيم طالبان الملا محمد عمر أعلن عن دعمه لمحادثات السلام» tells what was done before. An event
        noun (`verb` False) not right after it, nor past a demonstrative («يذكر أن هذه أول زيارة يقوم بها لافروف»: the
        visit at hand), nor right before a verb to come («أن الغرامات ستفرض»)."""
        if not self.reminders:
            return False
        toks, _, norms, k = self.at_trigger(article, ev, memo)
        n = next((n for n in range(2, min(self.reminder_len, k) + 1) if tuple(norms[:n]) in self.reminders), 0)
        if not n:
            return False
        # (a noun right after it is the subject it retells: «يذكر أن مقتل 13 من القاعدة في ضربة جوية يأتي بعد أسابيع»)
        return verb or k > n and self.this.isdisjoint(norms[:k]) and not any(
            len(w) > 4 and w[0] == "س" and w[1] in "يتن" and not w.startswith(self.not_future)
            for w in norms[k + 1:k + 4])

    def issued_by(self, article: Article, ev: Event, memo: dict, nouns: "set[int] | frozenset[int]") -> bool:
        """True when an `issued` pair (الصادرة عن) stands right before the event's noun or one word before it
        («القرارات الصادرة عن مؤتمر القمة العربية»): the meeting that issued a text was held before it."""
        if not self.issued or ev.trigger.start not in nouns:
            return False
        toks, _, norms, k = self.at_trigger(article, ev, memo)
        return any(k >= n and tuple(norms[k - n:k - n + 2]) in self.issued for n in (2, 3))

    def beforehand_after(self, article: Article, ev: Event, memo: dict) -> bool:
        """True when a `beforehand` word (مسبقا) stands right after the event's word, a past verb (the caller
        checks): the act was done before the story's day («التي عارضته مسبقا»)."""
        if not self.beforehand:
            return False
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        m = bisect_right(starts, ev.trigger.end - 1)  # the token after the event word's last one
        return 0 <= k and m < len(toks) and norms[m] in self.beforehand

    _FIRST_AFTER = 5  # a first phrase this many words after a past verb tells its act as the first of its kind

    def first_done(self, article: Article, ev: Event, memo: dict, noun: bool = False) -> bool:
        """True when a first phrase (class first: للمرة الأولى، لأول مرة) follows the event's word, a past verb (the
        caller checks), within a few words and no mark between, or stands right before the event's noun (`noun`): the
        act is told as the first of its kind, a known act («أجرت حركة طالبان الأفغانية للمرة الأولى محادثات مباشرة مع
        حكومة كابول»)."""
        toks, _, norms, k = self.at_trigger(article, ev, memo)
        if k < 0:
            return False
        if noun:
            return k >= 2 and (strip_wa(norms[k - 2]), norms[k - 1]) in self.first
        return self._pair_within(toks, norms, k, self._FIRST_AFTER, self.first)

    def explained(self, article: Article, ev: Event, memo: dict) -> bool:
        """True when the event's sentence opens with an `explains` word (فقد) right before the event's word: the
        sentence gives the reason for the one before with an act done before it («فقد رفضت دعم المقاتلين الأكراد»)."""
        toks, _, norms, k = self.at_trigger(article, ev, memo)
        return k == 1 and norms[0] in self.explains

    def charged(self, article: Article, ev: Event, memo: dict, nouns: "set[int] | frozenset[int]" = frozenset()
                ) -> bool:
        """True when a word of a charge stands right before the event's noun («لاتهامه بقتل عقيد»، «المتهم بقتل
        العقيد»، «بتهمة قتل»; `nouns`: the starts of the article's event nouns; not a verb: «وبعد القبض على المتهم
        دافع عن نفسه»): the act charged was done before the arrest, trial or report that tells it."""
        if not self.charge or ev.trigger.start not in nouns:
            return False
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        return k > 0 and (norms[k - 1] in self.charge or toks[k - 1].norm in self.charge)

    def charge_times(self, article: Article, ev: Event, times: list[TimeExpr], memo: dict) -> list[TimeExpr]:
        """The times that may date an act charged: those after its word in its clause, no comma between («بتهمة قتل
        جندي في يونيو الماضي»; not «لاتهامه بقتل عقيد بسبب خلاف مروري، بحسب ما أفادت سانا أمس الاثنين»)."""
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        return [t for t in times if t.start >= ev.trigger.end
                and self.same_clause(toks, norms, k, bisect_right(starts, t.start) - 1, commas=0)]

    def found_before(self, article: Article, ev: Event, memo: dict) -> bool:
        """True when the event is told as what an investigation or indictment found (`found`)."""
        if not self.findings:
            return False
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        return k > 0 and self.found(toks, norms, k)

    _RECOLLECT_REACH = 3  # the act's verb this many words at most after the أن of a verb of remembering

    def recollected(self, article: Article, ev: Event, memo: dict) -> bool:
        """True when the event's word (a past verb: the caller checks) is told, within a few words and in one clause,
        after a verb of remembering or boasting (`recollect`: أذكر، أتذكر، يفاخر) and its أن/بأنه (class that): a past
        act the speaker recalls, not one of the publication day («وأذكر أن البعض انتقدني خلال معارض أقمتها»،
        «يفاخر بأنه زار والد عماد مغنية»)."""
        if not self.recollect:
            return False
        toks, _, norms, k = self.at_trigger(article, ev, memo)
        for m in range(max(0, k - 1 - self._RECOLLECT_REACH), k - 1):
            if norms[m] in self.recollect and norms[m + 1] in self.that \
                    and self.same_clause(toks, norms, m, k, commas=0):
                return True
        return False

    def found(self, toks: list[Token], norms: list[str], k: int) -> bool:
        """True when a word of findings (التحقيقات، لائحة الاتهام، أسندت) stands before token k with a أن/إن
        between them: what the investigation found («تبين من التحقيقات أن الظواهري أنشأ جماعة»، «وتقول لائحة
        الاتهام، إن جنودا أطلقوا الرصاص»; not «وتواصل الشرطة التحقيقات، بعدما اعتقلت 30 مواطنا»)."""
        said = False
        for m in range(k - 1, -1, -1):
            if norms[m] in self.that or toks[m].norm in self.that:
                said = True
            elif said and ((norms[m],) in self.findings or tuple(norms[m:m + 2]) in self.findings):
                return True
        return False

    def reported(self, article: Article, ev: Event, memo: dict) -> bool:
        """True when the event is what a statement of its sentence says, the saying told in the pluperfect
        (وكانت شبكات التلفزيون قد ذكرت أن مسلحين هاجموا، وكان مسؤولون أفادوا أن …) and nothing of what is said
        before the event tells it as background itself (no كان of its own)."""
        claim = ev.claim
        if claim is None or claim.sentence != ev.sentence or ev.trigger.start < claim.content_start:
            return False
        seen = memo.get(ev.sentence)
        if seen is None:
            return False
        starts, norms, _ = seen
        toks = article.tokens[ev.sentence]
        k = bisect_right(starts, claim.cue.start) - 1
        said = bisect_right(starts, claim.content_start) - 1
        at = bisect_right(starts, ev.trigger.start) - 1
        if k < 0 or said <= k or not self.pluperfect(toks, norms, k):
            return False
        return self.aux.isdisjoint(norms[said:at + 1]) and not self.cued(toks, norms, at)

    _COMING_REACH = 8  # a day to come this many words from an event's word, in its clause, may be the event's

    def coming_apart(self, article: Article, ev: Event, times: list[TimeExpr], written: str, memo: dict,
                     triggers: "list[int] | tuple" = ()) -> list[TimeExpr]:
        """The time expressions that may date an event not told as to come, less the days to come that stand apart
        from its word: in another clause, more than a few words away, or past another event's word («أجرى أوباما
        محادثات مع قادة إقليميين … في حال لم تفض المهلة المحددة بـ17 أغسطس المقبل»، «تمديد حالة الطوارئ بداية من
        الثالث من أغسطس وذلك بعد التشاور»، «لم تتلق أي طلبات لعقد اجتماع استثنائي قبل ديسمبر المقبل»: the day is of
        what is to come, not of the talks, the consultation or the requests). Kept: «عقد آخر جلسات المفاوضات في
        الثالث من أغسطس المقبل» (the event itself, named as to come)."""
        coming = [t for t in times if first_day(t.value) > written]
        if not coming:
            return times
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        if k < 0:
            return times
        out = []
        for t in times:
            if t in coming:
                j = bisect_right(starts, t.start) - 1
                if abs(j - k) > self._COMING_REACH or _word_between(triggers, ev, t) \
                        or not self.same_clause(toks, norms, k, j, commas=0):
                    continue
            out.append(t)
        return out

    def retold(self, article: Article, ev: Event, memo: dict) -> bool:
        """True when the event is told in the pluperfect (وكانت عبوة ناسفة قد انفجرت، وكانت العائلة نائمة أثناء
        الهجوم) and no other background word (منذ، سبق أن، آنذاك) puts it in the past."""
        seen = memo.get(ev.sentence)
        if seen is None:
            return False
        starts, norms, _ = seen
        toks = article.tokens[ev.sentence]
        k = bisect_right(starts, ev.trigger.start) - 1
        if k < 0 or not self.pluperfect(toks, norms, k) or self.cued(toks, norms, k):
            return False
        q = next((q for q in range(k - 1, -1, -1) if toks[q].norm in self.aux or norms[q] in self.aux), None)
        return q is not None and not self.progressive(toks, q)  # not «الذين كانوا ينتمون إلى فصائل طردت»

    def same_clause(self, toks: list[Token], norms: list[str], i: int, j: int, commas: int = 1,
                    proclitic: bool = False) -> bool:
        """True when tokens i and j are in one clause: no stop, no clause-opening word (فيما، بينما), no comma
        before و/ف and at most `commas` commas between them (`proclitic`: only a و/ف glued to a word, not the first
        letter of في or وفق)."""
        lo, hi = min(i, j), max(i, j)
        n = 0
        for m in range(lo + 1, hi):
            tok = toks[m]
            if tok.kind == "punct":
                if tok.text in _STOPS:
                    return False
                if tok.text in _COMMAS:
                    n += 1
                    if n > commas or toks[m + 1].norm[:1] in ("و", "ف") and not (
                            proclitic and norms[m + 1] == toks[m + 1].norm):
                        return False  # «…، وقبل أيام نجحت»: a comma and و open another clause
            elif norms[m] in self.boundary and not self.aside(norms, m) or norms[m] in self.but_glued \
                    and not self.later_in_clause(toks, norms, m):
                return False  # (and «لكنه»: «فشل كاميرون … في عام 2013 لكنه طلب من أعضاء البرلمان»)
        return True

    def contrast_between(self, toks: list[Token], norms: list[str], lo: int, hi: int) -> bool:
        """True when a glued contrast word (لكنه، لكنها) among tokens lo..hi-1 opens a clause set against the one
        before (see `later_in_clause`)."""
        return any(norms[m] in self.but_glued and not self.later_in_clause(toks, norms, m) for m in range(lo, hi))

    def later_in_clause(self, toks: list[Token], norms: list[str], m: int) -> bool:
        """True when the clause opened at token m (لكنها) tells a time counted on from the one before (an
        `afterwards` phrase, or بعد before a span: «اعتقلت الشرطة الناشط في عام 2013 لكنها أفرجت عنه بعد أيام»):
        it goes on with that story, in its year."""
        for q in range(m + 1, len(toks)):
            if toks[q].kind == "punct":
                return False
            if self.afterwards_at(norms, q) or norms[q] in self.after and q + 1 < len(toks) \
                    and norms[q + 1] in self.later_span:
                return True
        return False

    _NEXT_REACH = 3  # an event's word this many words after a time dates what its clause tells

    def next_clause(self, toks: list[Token], norms: list[str], k: int, j: int, t: TimeExpr,
                    triggers: "list[int] | tuple", goes_on: "dict[int, str] | frozenset" = frozenset()) -> bool:
        """True when a comma and a clause that goes on with و/ف or كما stand between the event's word (token k) and a
        time after it (token j, expression `t`), and that clause tells another event's word before the time or right
        after it: the time dates that act («نبأ مقتل 8 أشخاص في تكساس …، وإعلان الداخلية المصرية عن مقتل رجلي أمن في
        العريش أمس»: the Texas killings are undated; «الهجوم على القنصلية …"، وهي مجموعة تبنت في العام 2013 هجوما»);
        not past «، وذلك», which goes on with the same act («زيارة لمصابي التفجير، وذلك في مستشفى قوى الأمن أمس»), nor
        past «، فيما» (class boundary: «قتلوا جراء انفجار ألغام، فيما أصيب 163 آخرون أمس واليوم» tells one day), nor
        past a clause opened by an event's word of `goes_on` (those of the event's own class of material conflict: «قتل
        ثلاثة أشخاص في هجوم، وأصيب خمسة آخرون أمس» tells one attack)."""
        for m in range(j - 1, k + 1, -1):
            tok = toks[m - 1]
            if tok.kind != "punct" or tok.text not in _COMMAS:
                continue
            nxt = toks[m]
            if self.pluperfect_opens(toks, norms, m, j):
                return True
            if not (nxt.norm[:1] in ("و", "ف") and len(nxt.norm) > 2 or norms[m] in self.also) \
                    or norms[m] in self.resumes or nxt.norm in self.boundary:  # (not في، فيما)
                continue
            p = bisect_right(triggers, nxt.start - 1)
            if p < len(triggers) and triggers[p] < nxt.end and triggers[p] in goes_on:
                return False
            if p < len(triggers) and triggers[p] < toks[j].start:
                return True
            p = bisect_right(triggers, t.end - 1)
            after = min(len(toks) - 1, bisect_right([x.start for x in toks[j:j + 8]], t.end - 1) + j
                        + self._NEXT_REACH - 1)
            return p < len(triggers) and triggers[p] <= toks[after].start
        return False

    _AFTER_ACT_REACH = 2  # the words between a verbal noun after بعد (بعد انتخابه) and the time of that act

    def after_own_act(self, toks: list[Token], norms: list[str], j: int, k: int) -> bool:
        """True when the time at token j follows, no mark between, a بعد، عقب، إثر and a verbal noun with its pronoun
        (بعد انتخابه في 2005), and the event's word (token k) opens a clause of its own after it with a glued و: the
        time dates that earlier act, not the event («… بعد انتخابه في 2005 و2010 وتنتقد هذه الانتخابات»)."""
        if not (toks[k].norm[:1] == "و" and toks[k].norm != norms[k]) \
                or any(toks[x].kind == "punct" for x in range(j, k)):
            return False
        for m in range(max(0, j - 1 - self._AFTER_ACT_REACH), j - 1):
            if strip_wa(norms[m]) in self.after_acts and _possessed(toks[m + 1]) \
                    and all(toks[x].kind != "punct" for x in range(m + 1, j)):
                return True
        return False

    def that_clause_time(self, article: Article, toks: list[Token], norms: list[str], k: int, j: int, t: TimeExpr,
                         triggers: "list[int] | tuple") -> bool:
        """True when the time t (token j) stands in a second thing said past a comma (`another_that`) and dates that
        clause only: a day before the publication's, or one of an act of its own told by an imperfect verb («وإن بلاك
        ووتر، هي من يقتل السوريين اليوم»); a time of the publication day re-dates the first act otherwise («استقبل
        المبعوث الأمريكي …، وأن اللقاء جرى صباح اليوم»)."""
        m = next((m for m in range(k + 2, j) if toks[m - 1].text in _COMMAS and self.another_that(toks, norms, k, m)),
                 None)
        if m is None:
            return False
        if not article.published or first_day(t.value) < article.published[:10]:
            return True
        acts = set(triggers[bisect_left(triggers, toks[m].start):bisect_left(triggers, t.start)])
        return any(toks[x].start in acts and self._imperfect(norms[x], 3, "ي") for x in range(m, j))

    def another_that(self, toks: list[Token], norms: list[str], k: int, m: int) -> bool:
        """True when the clause at token m (after a comma) opens with «وأن» (و and a complementizer) while the event's
        word (token k) tells what an earlier أن of the sentence opened: a second thing said, whose time is its own
        («وأكدت المصادر ان مليشيات الحوثي ارسلت تعزيزات …، وأن المقاومة … قضى على ما تبقى منها في مواجهات احتدمت
        مساء الاثنين»: Monday evening is the clash's, not the sending's)."""
        w = toks[m].norm
        return w[:1] == "و" and w[1:] in self.that and any(toks[i].norm in self.that or norms[i] in self.that
                                                            for i in range(k))

    def pluperfect_opens(self, toks: list[Token], norms: list[str], m: int, j: int) -> bool:
        """True when the clause at token m (after a comma) opens with (و)كان and its قد a few words on, a و apart allowed,
        before the time at token j: that time, in the pluperfect clause or past it, dates another act («… مراسم توقيع
        الاتفاقيات في جنيف، و كانت المملكة قد بدأت … في 24 مايو الماضي، في حين بدأت … في 31 مايو الماضي»: the dates are
        of what had begun, not of the signing)."""
        q = m + 1 if toks[m].norm in ("و", "ف") and m + 1 < j else m
        if q >= j or not (toks[q].norm in self.aux or norms[q] in self.aux):
            return False
        for a in range(q + 1, min(j, q + 1 + self._PARTICLE_REACH)):  # the قد of «كانت المملكة قد بدأت»
            if toks[a].kind == "punct":
                return False
            if toks[a].norm in self.particle:
                return True
        return False

    _PARTICLE_REACH = 6  # the words after an opening كان where its قد may stand

    def opens(self, toks: list[Token], norms: list[str], lo: int, hi: int) -> "int | None":
        """The last token in lo..hi-1 that opens the clause of an earlier act (بعدما، بعد أن) with no stop or comma
        after it up to hi (token hi is in that clause: not «بعدما تعرض لهجوم، مؤكدا في كلمة يوم أمس»); None if
        there is none."""
        for m in range(hi - 1, lo - 1, -1):
            tok = toks[m]
            if tok.kind == "punct" and (tok.text in _STOPS or tok.text in _COMMAS):
                return None
            if self.opener_at(norms, m):
                return m
        return None

    def opener_at(self, norms: list[str], m: int) -> bool:
        """True when word m opens the clause of an earlier act: an `opener` (بعدما) or the first of an `opener_pairs`
        pair (بعد أن)."""
        w = norms[m]
        return w in self.opener or w in self.opener_pairs and m + 1 < len(norms) and norms[m + 1] in self.opener_pairs[w]

    def followed_day(self, article: Article, ev: Event, times: list[TimeExpr], memo: dict) -> "TimeExpr | None":
        """The one day of the week before publication told after the event's word in a clause of an earlier act
        opened by بعدما، بعد أن (`opens`), when it is the only time left to date the event (`times`): the event came on
        that day or after it; so the last of the days told in the relative clause of an act's noun right after عقب،
        إثر («هدد الحزب بقطع الهدنة إثر الضربات الجوية التي شنها الجيش التركي الجمعة والسبت»: Saturday or after);
        None otherwise."""
        if not times or not article.published:
            return None
        t = times[-1]
        if any(x.granularity != "day" or x.end_value or x.start < ev.trigger.end
               or not _days_before(first_day(x.value), article.published) for x in times):
            return None
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        j = bisect_right(starts, times[0].start) - 1
        if k < 0 or j <= k + 1:
            return None
        if len(times) == 1 and self.opens(toks, norms, k + 1, j) is not None:
            return t
        r = self.relative_at(toks, norms, j)
        return t if r > k + 2 and strip_wa(norms[r - 1]) not in self.after_acts \
            and any(strip_wa(norms[m]) in self.after_acts for m in range(k + 1, r - 1)) \
            and not any(x.kind == "punct" and x.text in _STOPS for x in toks[k + 1:j]) else None

    _OPENER_REACH = 3  # an event's word this many words after بعدما، بعد أن tells the earlier act

    def after_opener(self, article: Article, ev: Event, memo: dict) -> bool:
        """True when the event's word follows بعدما or بعد أن closely («صادقت على المعاهدة بعدما حظرت التدخين»،
        «بعدما أفلس البنك»; the caller asks it of verbs in the past), or goes on with its clause joined by و, no mark
        between («بعد أن نشرت "ذا صن" اللقطة واتهمته»): an act done before the one its sentence tells, not on the
        publication day."""
        if not self.opener and not self.opener_pairs:
            return False
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        if k <= 0:
            return False
        return self.opens(toks, norms, max(0, k - self._OPENER_REACH), k) is not None \
            or self._joined_start(toks, k) and self._joined_agrees(
                toks, norms, self.opens(toks, norms, max(0, k - self._JOINED_REACH), k), k) \
            or self.joined_after_opener(toks, norms, k)

    def _joined_agrees(self, toks: list[Token], norms: list[str], o: "int | None", k: int) -> bool:
        """True when the verb joined by و (token k) after the clause بعد أن، بعدما opens at token o goes on with that
        clause: it agrees in person and number with the clause's verb and not with the main clause's first word («بعد
        أن نشرت "ذا صن" اللقطة واتهمته» after «وتنحى»; not «داهمت الشرطة منازل المشتبه بهم بعد أن تلقت معلومات
        استخبارية واعتقلت عشرين شخصا»: اعتقلت may go on with داهمت, the main act)."""
        if o is None:
            return False
        v = o + (1 if norms[o] in self.opener else 2)
        if v >= k:
            return False
        head = o
        while head > 0 and toks[head - 1].kind != "punct":
            head -= 1
        joined = _agreement(norms[k])
        return joined == _agreement(norms[v]) and (head >= o or _agreement(norms[head]) != joined)

    _JOINED_REACH = 10  # a verb joined by و this many words after بعدما، بعد أن, no mark between, goes on with its act
    # («تنحى … بعد أن نشرت "ذا صن" اللقطة واتهمته بتعاطي المخدرات»: the paper's charge came before the resignation)
    _JOINED_CLAUSES = 4  # the clauses a chain of verbs joined by و may reach back to the one بعد أن opens

    def joined_after_opener(self, toks: list[Token], norms: list[str], k: int) -> bool:
        """True when the event's word (token k) opens, joined by و, a clause after a comma, and the clauses before it,
        each opened by a word joined by و (not a noun with the article) or by لكن with a pronoun, reach back to one
        opened by بعد أن، بعدما («بعد أن انقلبت على الحكومة، وتجاهلت مخرجات الحوار، لكنها بادرت باجتياح العاصمة،
        ونهبت مخازن الأسلحة»): all acts done before the one the main clause tells."""
        if not self._joined_start(toks, k) or k < 2 or toks[k - 1].text not in _COMMAS:
            return False
        end = k - 1  # the comma that closes the clause before
        for _ in range(self._JOINED_CLAUSES):
            start = end - 1
            while start > 0 and not (toks[start - 1].kind == "punct"
                                     and (toks[start - 1].text in _STOPS or toks[start - 1].text in _COMMAS)):
                start -= 1
            if start >= end:
                return False
            if self.opens(toks, norms, start, min(end, start + self._OPENER_REACH)) is not None:
                return True
            if not (self._joined_start(toks, start) or norms[start] in self.but) \
                    or start < 2 or toks[start - 1].text not in _COMMAS:
                return False
            end = start - 1
        return False

    @staticmethod
    def _joined_start(toks: list[Token], m: int) -> bool:
        """True when token m is a word joined by و that has no article after it (وتجاهلت، ونهبت; not والمدعومة)."""
        w = toks[m].norm
        return toks[m].kind == "ar" and len(w) > 3 and w[0] == "و" and w[1:3] != "ال"

    def counted_after(self, t: TimeExpr) -> bool:
        """True for an expression of no value that counts a span after (بعد يومين، بعد أسبوعين فقط): told before من
        and an act, it is reckoned from that act."""
        return t.value is None and t.text[:3] == "بعد"

    _SPAN_REACH = 20  # an event's word this many words past the من of «بعد يومين من هجوم» is of the earlier act

    def span_after(self, article: Article, ev: Event, spans: list[TimeExpr], memo: dict, verb: bool = False) -> bool:
        """True when the event's word follows «بعد <span> من» in its clause («ويأتي الحادث بعد أسبوعين فقط من هجوم
        مشابه … مما أسفر عن مقتل امرأتين»): an act that span before the one its sentence tells, not of the story's
        day. A verb (`verb`) only in the relative clause of an indefinite noun after من («من هجوم دموي استهدف متحف
        باردو»), not the main verb after a definite one («بعد يومين من المفاوضات الشاقة في فيينا اتفقت إيران»)."""
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        for t in spans:
            j = bisect_right(starts, t.end - 1)  # the token after the expression
            if j < len(norms) and norms[j] not in self.reckoned:
                j += 1  # one word between: فقط، كاملين
            if j < k <= j + self._SPAN_REACH and norms[j] in self.reckoned and self.same_clause(toks, norms, j, k, commas=1) \
                    and self.also.isdisjoint(norms[j + 1:k]) and not (verb and norms[j + 1].startswith("ال")):
                return True
        return False

    def span_before(self, article: Article, ev: Event, times: list[TimeExpr], spans: list[TimeExpr], memo: dict,
                    verb: bool = False) -> "tuple[TimeExpr | None, TimeExpr | None]":
        """For an event told after «بعد <span> على/من» (`span_after`) whose sentence dates only the act before the span
        («قصفت تركيا أمس الخميس مواقع لداعش، وذلك بعد 3 أيام على هجوم انتحاري استهدف ناشطين»، «ويأتي هجوم أمس
        بعد أيام على مقتل سبعة جنود»), the last of those times with a value up to the publication day: the event
        came that span before it; with the span. (None, None) when a time of the sentence stands after the span's word
        (the event's own), a comma stands between that word and the event's («ففي 31 مايو 2011، بعد شهرين من بداية
        الثورة، أطلق النظام سراح الجهاديين»: the main act) or a definite noun follows من («بعد يومين من المعارك»: two
        days of fighting, up to that day)."""
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        for s in spans:
            if not (s.end <= ev.trigger.start and self.span_after(article, ev, [s], memo, verb)):
                continue
            j = bisect_right(starts, s.end - 1)  # the word after the span: على، من (or one word before it: فقط)
            if j < k and norms[j] not in self.reckoned:
                j += 1
            if not (j < k and self.same_clause(toks, norms, j, k, commas=0)) \
                    or norms[j] == "من" and norms[j + 1].startswith("ال"):
                return None, None
            if any(t.start >= s.start for t in times):
                return None, None
            kept = [t for t in times if t.value and first_day(t.value) <= article.published[:10]]
            return (max(kept, key=attrgetter("start")), s) if len(kept) == len(times) else (None, None)
        return None, None

    def said_before(self, article: Article, ev: Event, vague: "list[TimeExpr] | tuple", memo: dict,
                    spoken: bool = False) -> "TimeExpr | None":
        """The vague expression looking back in what a statement says, in the event's clause and near its word, when
        the event is told in it («قال المرصد الخميس إن 170 مدنيا قتلوا خلال الفترة الماضية»: before the saying's day,
        not on it); None when there is none. A span («الأيام الأخيرة») does not tell an act of words, whose topic it
        dates; nothing tells a verb of the first person (`spoken`)."""
        claim = ev.claim
        if claim is None or claim.sentence != ev.sentence or not vague or spoken:
            return None  # (not «نرفض جميع التهديدات … في الأيام الأخيرة»: the speaker's act, the statement's day)
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        if k < 0:
            return None
        for t in vague:
            sp = self.spans(t)
            if not claim.content_start <= t.start < claim.content_end \
                    or sp and ev.quad_class in _SAID and ev.event not in _MET:
                continue  # (not «وأشاد بصمود الأهالي طيلة الأشهر الماضية»: the span is of what is praised; but
                # meetings are acts the span holds: «أن دريمر التقى في الأشهر الأخيرة مع أكثر من 30 مشرعا»)
            j = bisect_right(starts, t.start) - 1
            # (past _VAGUE_BEFORE words, a span, or a time closing the sentence with no relative pronoun between)
            if -self._VAGUE_BEFORE <= j - k <= (self._VAGUE_AFTER if sp else self._VAGUE_TRAILING) \
                    and (j - k <= self._VAGUE_BEFORE or sp or self.closes(toks, t, starts)
                         and self.relative.isdisjoint(norms[k + 1:j])) \
                    and self.same_clause(toks, norms, j, k):
                return t
        return None

    @staticmethod
    def closes(toks: list[Token], t: TimeExpr, starts: list[int]) -> bool:
        """True when the time closes its sentence (a stop or nothing after it): it closes the event's phrase too
        («إن 173 مدنيا قتلوا وأصيب العشرات … جراء الغارات خلال هذه الفترة.»)."""
        e = bisect_left(starts, t.end)
        return e >= len(toks) or toks[e].kind == "punct" and toks[e].text in _STOPS

    def told_that(self, article: Article, ev: Event, times: list[TimeExpr], vague: "list[TimeExpr] | tuple",
                  memo: dict) -> bool:
        """True when every time that may date an event stands before an أن (class that) that opens the clause of its
        verb, and a vague expression looking back stands in that clause near the verb, with no comma between: the
        times date the telling («ويوم أمس نشرت مجلة أن دريمر التقى في الأشهر الأخيرة مع 30 مشرعا»: before
        yesterday), not the act, which the vague word puts before it."""
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        if k < 0 or not self.that:
            return False
        that = next((m for m in range(k - 1, max(-1, k - self._THAT_REACH), -1) if norms[m] in self.that), None)
        if that is None or not self.same_clause(toks, norms, that, k, commas=0):
            return False
        if any(bisect_right(starts, t.start) - 1 >= that for t in times) \
                or any(t.value is None or first_day(t.value) > article.published[:10] for t in times):
            return False
        for v in vague:
            j = bisect_right(starts, v.start) - 1
            if k < j <= k + self._VAGUE_BEFORE and self.same_clause(toks, norms, k, j, commas=0) \
                    and self.relative.isdisjoint(norms[k + 1:j]):
                return True
        return False

    _THAT_REACH = 5  # an أن this many words before an event's verb may open its clause

    def last_held(self, article: Article, ev: Event, memo: dict) -> bool:
        """True for an event noun with the article or a pronoun that a `latest` word (الأخير، الأخيرة) qualifies, right
        after it or past one definite adjective («وتبرعه الأخير في مبنى نموذجي»، «الاجتماع الأخير للجمعية»، «القمة
        العربية الأخيرة»): the last one held, before the day it is told on. Not after a bare noun: «زيارة الأخير» is
        the latter's visit. So does an `earlier_held` word right after it, of the noun's definiteness («أثناء لقاء سابق مع
        الرئيس»، «زيارته السابقة»): an earlier one."""
        if not self.latest:
            return False
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        if k < 0 or toks[k].kind != "ar":
            return False
        written = _HARAKAT.sub("", toks[k].text)
        e = bisect_right(starts, ev.trigger.end - 1) - 1  # the event word's last token
        definite = _definite(toks[k]) or len(written) > 4 and written.endswith(_PRONOUN_ENDS)
        if e + 1 < len(toks) and toks[e + 1].kind == "ar" and norms[e + 1] in self.earlier_held \
                and norms[e + 1].startswith("ال") == bool(definite):
            return True
        if not definite:
            return False
        for m in (e + 1, e + 2):
            if m >= len(toks) or toks[m].kind != "ar":
                return False
            if norms[m] in self.latest:
                return True
            if not _definite(toks[m]):
                return False
        return False

    def span_days(self, t: "TimeExpr | None") -> "int | None":
        """The number of days a span after بعد counts («بعد 3 أيام» → 3, «بعد يومين» → 2, «بعد يوم» → 1), None when it
        counts no number of days («بعد أيام»، «بعد أسبوعين»)."""
        if t is None:
            return None
        n = None
        for w in normalize(t.text).split()[1:]:
            if w.isdigit():
                n = int(w)
                continue
            tw = self.words.phrases.get((w,))
            if tw is None:
                continue
            if "count" in tw.classes and tw.classes["count"].isdigit():
                n = int(tw.classes["count"])
            elif tw.classes.get("dual") == "day":
                return 2
            elif tw.classes.get("unit") == "day":
                return 1 if n is None and tw.classes.get("single") == "day" else n
        return None

    def told_in_pluperfect(self, article: Article, ev: Event, memo: dict) -> bool:
        """True when the event's word stands in the pluperfect (وكان داعش قد دمر: see `pluperfect`)."""
        toks, _, norms, k = self.at_trigger(article, ev, memo)
        return k > 0 and self.pluperfect(toks, norms, k)

    _PLUPERFECT_GAP = 2  # the words between قد and the event's verb, and between كان and قد, in «كانت قد أدينت»

    def pluperfect_after(self, article: Article, ev: Event, t: TimeExpr, memo: dict) -> bool:
        """True when the event's verb is told in the pluperfect past the time, its كان and قد between them, no mark
        between (a clause of its own: «أرجأت المحكمة العليا الباكستانية اليوم الأربعاء إعدام امرأة مسيحية كانت قد
        أدينت بالتجديف»): the time dates the main clause; the event had been done before it. A word of that main
        clause must stand between the time and كان, and كان open no clause of its own (not «وفي الثالث من مارس
        الماضي كانت قوات الأمن قد اعتقلت الناشط»: the time fronts the pluperfect clause and dates it)."""
        if t.end > ev.trigger.start:
            return False
        toks, _, norms, k = self.at_trigger(article, ev, memo)
        for a in range(k - 1, max(-1, k - 2 - self._PLUPERFECT_GAP), -1):
            if toks[a].kind == "punct" or toks[a].start < t.end:
                return False
            if toks[a].norm in self.particle:
                for q in range(a - 1, max(-1, a - 2 - self._PLUPERFECT_GAP), -1):
                    if toks[q].kind == "punct" or toks[q].start < t.end:
                        return False
                    if toks[q].norm in self.aux or norms[q] in self.aux:
                        return (q > 0 and toks[q - 1].start >= t.end and toks[q - 1].kind != "punct"
                                and not toks[q].norm.startswith("و"))
                return False
        return False

    def pluperfect(self, toks: list[Token], norms: list[str], k: int) -> bool:
        """كان … قد before token k in its clause, however far (وكان الوزير قد طالب، كان قد صرح), كان a few words
        before it (وكانت مصادر أعلنت; any number when وكان opens the sentence), or كان with an imperfect verb
        opening the sentence and its clause (وكان يدير المكتبة …: the past progressive, what used to be): the
        pluperfect or past progressive, unless a conditional opens it (إذا كان). The clause: no stop, comma nor
        clause-opening word (فيما، بينما) between, but for a comma before a clause that goes on with و when وكان opens
        the sentence (see `goes_on`: «وكان الأمير قد زار مقر القوات، وزار موقع المسجد»); a source aside between two
        commas (`source_aside`: «وكان الوحيشي يقوم، بحسب الخبراء، بالتنسيق») breaks nothing."""
        chained = False  # a comma before a clause that goes on with و stands between: only an opening وكان reaches
        but = False  # a comma before لكن stands between: only an opening وكان with no other break reaches («وكان
        # المتمردون طلبوا مرات عدة إعلان وقف لإطلاق النار، لكن السلطات في بوغوتا رفضت ذلك»: both told as past)
        cut = False  # a comma before another clause stands between: only an opening «وكان … قد» reaches
        aside = -1  # the opening comma of the source aside («، بحسب الخبراء،») the scan is inside of
        subject = False  # a comma right before token k, after the subject of an opening وكان («وكانت دول منطقة
        # اليورو، اتفقت من قبل»): only that opening وكان reaches past it
        for q in range(k - 1, -1, -1):
            tok = toks[q]
            if aside >= 0:
                if q == aside:
                    aside = -1
                continue
            if tok.kind == "punct" and tok.text in _COMMAS:
                aside = self.source_aside(toks, norms, q)
                if aside < 0 and (subject or chained):
                    aside = self.relative_aside(toks, norms, q)
                if aside >= 0:
                    continue  # «وكان الوحيشي يقوم، بحسب الخبراء، بالتنسيق»: the aside does not break the clause
                if subject and not (cut or chained or but) and self.appositive(toks, norms, q, k - 1):
                    continue  # «وكانت قوات الدفاع الشعبي، الجناح العسكري لحزب العمال، دانت»: the subject's title
            if tok.kind == "punct" and (tok.text in _STOPS or tok.text in _COMMAS):
                if tok.text in _STOPS and tok.text not in _SEMICOLONS:
                    return False
                if tok.text in _SEMICOLONS:  # «وكانت الإدارة قد نقلت الطالبات …؛ …، والتقت الأهالي»: as a comma
                    cut = True  # before another clause, only an opening «وكان … قد» reaches past it
                    continue
                if but and q + 1 < k and strip_wa(norms[q + 1]) in self.but:
                    continue  # the comma before the لكن read below
                if q == k - 1 and not (cut or chained or subject):
                    subject = True
                elif self.goes_on(toks, norms, q + 1):
                    chained = True
                else:
                    cut = True
                continue
            if norms[q] in self.boundary and not self.aside(norms, q):
                if not (cut or chained or subject or but) and strip_wa(norms[q]) in self.but and q \
                        and toks[q - 1].text in _COMMAS:
                    but = True  # «، لكن السلطات رفضت»: an opening «وكان» with no other break still reaches
                    continue
                if self.where_past_at(toks, norms, q):
                    cut = True  # «وكانت أستراليا قد وضعت …، حيث قامت بمداهمات»: how the pluperfect act was done
                    continue
                return False
            if tok.norm in self.particle:  # a bare قد (not وقد، فقد: those open a clause that stresses)
                for a in range(q - 1, max(-1, q - 26), -1):
                    if toks[a].kind == "punct" and toks[a].text in _STOPS:
                        return False
                    if norms[a] in self.aux:
                        if cut or subject or but:  # «وكانت الميليشيات قد سيطرت على المديرية …، لكنها لم تمكث طويلا، إذ بعد شهر
                            # واحد تم إجبارها على الانسحاب»: the whole sentence an opening pluperfect tells is past
                            return a == 0 and toks[a].norm != norms[a] and not self.comma_before(toks, q)
                        return not (a and norms[a - 1] in self.cancel) and not (
                            chained and (a or toks[a].norm == norms[a]))
                return False
            if tok.norm in self.aux or norms[q] in self.aux:
                if but and not cut and (q or tok.norm == norms[q]):
                    return False  # past لكن, only an opening «وكان» reaches
                if cut or q and norms[q - 1] in self.cancel or chained and (q or tok.norm == norms[q]) \
                        or subject and (q or tok.norm == norms[q]):
                    return False
                # «وكان» opening the sentence: its subject may be long, and its clause, unbroken, tells the past
                # however far («وكانت هذه المنظمات تقدمت بمجموعة مطالب عبر مذكرة رفعتها لرئيس الحكومة … طالبت فيها»)
                reach = len(toks) if q == 0 and tok.norm != norms[q] else 5
                return k - q <= reach or (q == 0 and self.progressive(toks, q))
        return False

    _ASIDE_WORDS = 6  # a source aside between two commas has at most this many words

    def source_aside(self, toks: list[Token], norms: list[str], q: int) -> int:
        """The index of the comma that opens a source aside closed by the comma at q («، بحسب الخبراء،»، «، وفقا
        للمصادر،»: a `source` word right after it), -1 when there is none."""
        for p in range(q - 1, max(-1, q - 2 - self._ASIDE_WORDS), -1):
            if toks[p].kind == "punct":
                return p if toks[p].text in _COMMAS and p + 1 < q and strip_wa(norms[p + 1]) in self.source else -1
        return -1

    _RELATIVE_ASIDE_WORDS = 14  # a relative clause set apart by two commas after a subject has at most this many words

    def appositive(self, toks: list[Token], norms: list[str], q: int, close: int) -> bool:
        """True when the commas at q and `close` set apart an apposition: a few words (_ASIDE_WORDS + 2 at most, no
        mark) opened by a definite noun with no و glued, right before the verb after `close` («وكانت قوات الدفاع
        الشعبي، الجناح العسكري لحزب العمال الكردستاني، دانت»: a title of the subject, no clause of its own)."""
        if not 1 < close - q <= self._ASIDE_WORDS + 3 or toks[q + 1].kind != "ar":
            return False
        first = toks[q + 1].norm
        return first.startswith("ال") and first == norms[q + 1] and first not in self.relative \
            and all(t.kind == "ar" for t in toks[q + 1:close])

    def relative_aside(self, toks: list[Token], norms: list[str], q: int) -> int:
        """The index of the comma that opens a relative clause closed by the comma at q, right after a name («وكان
        رئيس الحكومة الفرنسي مانويل فالس، الذي قام بزيارة إلى منطقة بوردو، التقى …»: a `relative` word after it, a
        word not a verb nor a relative before it), -1 when there is none."""
        for p in range(q - 1, max(0, q - 2 - self._RELATIVE_ASIDE_WORDS), -1):
            if toks[p].kind == "punct":
                return p if toks[p].text in _COMMAS and p + 1 < q and norms[p + 1] in self.relative \
                    and toks[p - 1].kind != "punct" else -1
        return -1

    _SET_APART_WORDS = 24  # a relative clause set apart by commas after a name, told with its acts, has at most this many words

    def aside_apart(self, article: Article, ev: Event, t: TimeExpr, memo: dict) -> bool:
        """True when the event's word stands in a relative clause set apart by two commas after a name and the time
        stands past it, in the main clause («وكشف لافازانيس، الذي شغل منصب وزير الطاقة حتى طرده رئيس الوزراء
        لرفضه دعم خطة الإنقاذ، عن واحدة من المؤامرات في الرابع عشر من يوليو»: the time is the disclosure's)."""
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        j = bisect_right(starts, t.start) - 1
        p = next((m for m in range(k - 1, max(-1, k - 1 - self._SET_APART_WORDS), -1) if toks[m].kind == "punct"), -1)
        if p < 1 or toks[p].text not in _COMMAS or norms[p + 1] not in self.relative or toks[p - 1].kind == "punct":
            return False
        q = next((m for m in range(k + 1, min(len(toks), p + 2 + self._SET_APART_WORDS)) if toks[m].kind == "punct"), -1)
        if q < 0 or toks[q].text not in _COMMAS:
            return False
        # (not a time before the aside, which often dates its acts too: «واعتدت أمس على المصلين الذين حاولوا صد مئات
        # المستوطنين، الذين اقتحموا الساحة،»; nor one right after the closing comma, set apart itself in the aside:
        # «الذي صادق مجلس الشيوخ، الأربعاء 29 يوليو، على تعيينه»)
        return j > q + 1

    def aside_time(self, article: Article, ev: Event, t: TimeExpr, memo: dict) -> bool:
        """True when time t stands in a relative clause set apart by two commas after a name (`relative_aside`) and the
        event's word outside it: the time dates the aside's act, not the main clause's («أن الرئيس البشير، الذي يشارك
        في حفل الافتتاح الرسمي لقناة السويس الخميس، أصدر قراره»)."""
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        j = bisect_right(starts, t.start) - 1  # (the token the time starts in: «والأحد» too)
        if k < 0 or j < 0:
            return False
        q = next((m for m in range(j + 1, min(len(toks), j + 2 + self._SET_APART_WORDS)) if toks[m].kind == "punct"),
                 -1)
        if q < 0 or toks[q].text not in _COMMAS:
            return False
        p = self.relative_aside(toks, norms, q)
        return 0 < p < j and (k > q or k < p)

    @staticmethod
    def comma_before(toks: list[Token], q: int) -> bool:
        """True when a comma stands before token q in its sentence (the subject of an opening كان set apart: «وكان
        الملك سلمان، أمر»)."""
        return any(t.kind == "punct" and t.text in _COMMAS for t in toks[:q])

    def goes_on(self, toks: list[Token], norms: list[str], m: int) -> bool:
        """True when token m, after a comma, goes on with the clause before: «وذلك» (class resumes: «، وذلك على
        خلفية قيامه بزيارة») or a و glued to a word that is neither a noun with ال nor an imperfect or future verb
        (ي، س): a past verb told in the same order («، وزار موقع المسجد»)."""
        if m >= len(toks) or toks[m].kind != "ar" or toks[m].norm[:1] != "و" or norms[m] == toks[m].norm:
            return False
        return norms[m] in self.resumes or not norms[m].startswith(("ال", "ي", "س", "ت", "ن"))

    def where_after(self, toks: list[Token], norms: list[str], j: int, k: int) -> bool:
        """True when the event's word (token k) comes right after a حيث (function_words.tsv where_past) and its comma
        that close the clause of the time at token j, no other mark between: the act is done at the time and place
        that clause tells, its word no imperfect verb in ي («توجهت شيرمان إلى ألماتي في ربيع 2013، حيث التقت وزير
        الخارجية الإيراني»; not «…، حيث يلتقي»: what is to be done there. `where_past_at` would turn down «التقت»
        and «توجهت» too, read as a definite noun and a present verb)."""
        return 0 <= j < k - 2 and norms[k - 1] in self.where_past and toks[k - 2].text in _COMMAS \
            and not self._imperfect(norms[k], 4, "ي") and not any(toks[m].kind == "punct" for m in range(j + 1, k - 2))

    def where_past_at(self, toks: list[Token], norms: list[str], q: int) -> bool:
        """True when the word at q is a حيث (function_words.tsv where_past) after a comma and before a verb of the
        past (no ي، ت، ن، س of the present or future, no ال): «وكانت أستراليا قد وضعت في حالة تأهب قصوى …، حيث قامت
        بمداهمات كثيرة»: the clause tells how the act before was done, and goes on in its tense."""
        if norms[q] not in self.where_past or not self.comma_before(toks, q) or q + 1 >= len(toks):
            return False
        nxt = norms[q + 1] if toks[q + 1].kind == "ar" else ""
        return len(nxt) > 2 and nxt[0] not in "يتنس" and not nxt.startswith("ال")

    def aside(self, norms: list[str], m: int) -> bool:
        """True when the boundary word at token m opens an aside, no clause («فيما يبدو»: apparently)."""
        return m + 1 < len(norms) and norms[m + 1] in self.asides.get(norms[m], ())

    def named(self, text: str, t: TimeExpr) -> str:
        """"name" when a day or month with no year stands right after a noun it names (a word of class background
        named or named_event: «شارع 26 يوليو»، «بوابة 7 يوليو»، «ثورة الثلاثين من يونيو»): a name, not the date of an
        event; "after" when a word of class following stands before a named_event («عقب ثورة 30 يونيو»): what is
        told after that old event was done before the publication day; "old" when a full date with its year stands
        right after a word of class named_event (ثورة، انتفاضة، حرب: «أحد شباب ثورة 11 فبراير (شباط) 2011»): the date of
        that old event, not of an act its sentence tells (not after ذكرى: «بذكرى ثورة 25 يناير 2011»); "" otherwise."""
        if self.named_by and t.granularity == "day" and self._quoted_weekday(text, t):
            return "name"  # «فتح المحال التجارية يوم عطلة «الأحد»»: the weekday quoted alone names a day that recurs
        year = _YEAR.search(t.text) is not None
        if year:
            if not self.named_events or t.granularity != "day":
                return ""
        elif not self.named_by or t.granularity not in ("day", "month") \
                or not self.months.intersection(normalize(t.text).split()):
            return ""
        before = normalize(text[max(0, t.start - 40):t.start]).split()
        if year:
            return "old" if before and _glued(before[-1], self.named_events) \
                and not (len(before) > 1 and _glued(before[-2], self.anniversary)) else ""
        quoted = bool(before) and not before[-1].strip(_QUOTES)
        while before and not before[-1].strip(_QUOTES):  # لقوى «14 آذار»: the noun before the quote names it
            before.pop()
        if quoted and text[t.end:t.end + 1] in _QUOTES and not (before and (
                _glued(before[-1], self.named_events) or strip_wa(before[-1]) in self.date_leads)):
            return "name"  # «14 آذار»، «8 آذار»: a day and month quoted alone name a body or a movement (not «في «30 يونيو»»)
        if len(before) > 1 and before[-1] == "في" and strip_wa(before[-2]) in self.members:
            return "name"  # «ونحن في 14 آذار سنقف»: we, in the body the date names
        if not before or not _glued(before[-1], self.named_by):
            return ""
        if len(before) > 1 and _glued(before[-2], self.anniversary):
            return ""  # «بذكرى ثورة 25 يناير»: the anniversary falls on that day
        if len(before) > 1 and _glued(before[-1], self.named_events) and _glued(before[-2], self.following):
            return "after"
        return "name"

    _AFTER_REACH = 24  # the words before an event's noun where a بعد heading its phrase may stand

    def after_phrase(self, article: Article, ev: Event, memo: dict, attack: bool = False, timed: bool = False
                     ) -> bool:
        """True when the event's noun stands in a phrase that بعد (class after) heads after its sentence's main clause,
        a noun right after بعد («وتعتبر تلك الزيارة هي الأولى …، بعد عملية تحريرها … من قبل المقاومة الشعبية بدعم
        وتنسيق قوات التحالف»): an act done before the one the main clause tells (not بعد أن, a clause of its own; not
        a بعد opening the sentence); a main clause of a verb of placing alone is one too («ويأتي ذلك بعد موافقة مجلس
        النواب»، «وجاءت بعد اغتيال السادات»: what the news comes after). An act of material conflict (`attack`, most
        often the story's own attack), or one in a sentence with a time (`timed`: none of them its own), only after such
        a verb of placing."""
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        for b in range(k - 1, max(-1, k - 1 - self._AFTER_REACH), -1):
            if toks[b].kind == "punct" and toks[b].text in _STOPS or norms[b] in self.boundary \
                    or norms[b] in self.that or toks[b].norm in self.that:
                return False  # (not past what a statement says: «وقال الوزير بعد الجلسة إن … في اجتماعات القاهرة»)
            if norms[b] in self.after and toks[b].norm == norms[b]:
                placed = self.placed_before(toks, norms, b)
                return (placed or b > 2 and not (attack or timed)) and (b + 1 < k or placed and b + 1 == k) \
                    and toks[b + 1].kind == "ar" \
                    and norms[b + 1] not in self.that and norms[b + 1] not in self.span_words \
                    and not self.opener_at(norms, b) and self.same_clause(toks, norms, b, k, commas=1)
        return False

    _PLACED_REACH = 3  # the words before بعد where the verb of placing of «ويأتي ذلك بعد» may stand

    def placed_before(self, toks: list[Token], norms: list[str], b: int) -> bool:
        """True when a verb of placing (class background, value placing: يأتي، جاء) opens the clause of the بعد at token
        b, at the sentence's start or right after a comma, a few words before it: «ويأتي ذلك بعد …»، «وتأتي زيارة
        فابيوس بعد …»، «* حادثة آسيوط، وجاءت بعد اغتيال السادات»."""
        for m in range(b - 1, max(-1, b - 1 - self._PLACED_REACH), -1):
            if toks[m].kind == "punct":
                return False
            if strip_wa(norms[m]) in self.placing:
                return m == 0 or toks[m - 1].kind == "punct" and toks[m - 1].text in _COMMAS
        return False

    _USED_TO_REACH = 8  # the words before an event's word where the كان of a past habit may stand

    def used_to(self, article: Article, ev: Event, memo: dict, verb: bool) -> bool:
        """True when كان stands a few words before the event's word in its clause, an imperfect verb after it (the
        event's own, `verb`, or the one that governs its noun): a past habit or progressive («كانت نقطة انطلاق يشن
        منها التنظيم هجماته»، «كانوا يشنون هجمات»), done before the publication day; not after a conditional
        (إذا كان). A verb joined by و right past a comma goes on with that clause («كان يستغل خروج والدتها من
        المنزل، ويهددها بالضرب»)."""
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        if k <= 0:
            return False
        for q in range(k - 1, max(-1, k - 1 - self._USED_TO_REACH), -1):
            if q == k - 1 and verb and _joined_verb(toks, norms, k):
                continue
            if toks[q].kind == "punct" or norms[q] in self.boundary:
                return False
            if toks[q].norm in self.aux or norms[q] in self.aux:
                if q and (norms[q - 1] in self.cancel or toks[q - 1].norm in self.cancel):
                    return False
                return any(self._imperfect(norms[p]) for p in range(q + 1, k + 1 if verb else k)) \
                    and not self._particle_after(toks, k)
        return False

    def _particle_after(self, toks: list[Token], k: int) -> bool:
        """True when a bare قد stands after token k before the sentence's stop: the كان before belongs to a
        pluperfect frame («ان شاحنة كانت تنقل مدنيين لدى هروبها من عمليات القصف قد دمرت»), no past habit."""
        for tok in toks[k + 1:]:
            if tok.kind == "punct" and tok.text in _STOPS:
                return False
            if tok.norm in self.particle:
                return True
        return False

    def _imperfect(self, w: str, min_len: int = 3, first: str = "يت") -> bool:
        """True for a word shaped as an imperfect verb: a letter of `first` opening it (ي or ت: يشن، تواصل), `min_len`
        letters or more (three, as «يشن» needs), and no word of time_words.tsv («يوم»، «يناير»، «تموز»)."""
        return len(w) >= min_len and w[0] in first and (w,) not in self.words.phrases

    def _quoted_weekday(self, text: str, t: TimeExpr) -> bool:
        """True for a time that is a weekday's name alone between quotes («الأحد»): a name, no date."""
        words = normalize(t.text).split()
        return len(words) == 1 and strip_wa(words[0]) in self.weekdays \
            and t.start > 0 and t.end < len(text) and text[t.start - 1] in _QUOTES and text[t.end] in _QUOTES

    _EVERY_REACH = 6  # the words after a time where «من كل أسبوع» may stand, past the days or months it joins

    def recurring(self, text: str, t: TimeExpr) -> bool:
        """True when a time is one of days or months that recur (class background every, then a unit: «يومي الجمعة
        والسبت من كل أسبوع»، «في 15 ديسمبر من كل عام»): it dates no one event."""
        if not self.every or t.granularity not in ("day", "month"):
            return False
        words = normalize(text[t.end:t.end + 60]).split()
        for i, w in enumerate(words[:self._EVERY_REACH]):
            w = w.strip(".,،؛:()")
            if w in self.every:
                return i + 1 < len(words) and words[i + 1].strip(".,،؛:()") in self.units
            if not (w.isdigit() or w in self.joins or strip_wa(w) in self.days):
                return False
        return False

    def progressive(self, toks: list[Token], q: int) -> bool:
        """True when كان at token q is followed by an imperfect verb (كان يدير، كانوا يقدمون): what used to be."""
        if q + 1 >= len(toks) or toks[q + 1].kind != "ar":
            return False
        return self._imperfect(toks[q + 1].norm, 4, "ي")

    def today(self, norms: list[str], j: int) -> bool:
        """True when the words from j name a part of the publication day (after منذ: الصباح، ساعات الفجر), a moment
        (class moments: «منذ قليل»، «منذ لحظات») or bare hours («منذ ساعات، أعلن»: hours ago, round 110 mend)."""
        if j < len(norms) and norms[j] in self.moments:
            return True
        if j < len(norms) and norms[j] in self.hours:
            j += 1
            if j >= len(norms) or not norms[j] or not norms[j].startswith("ال") and norms[j] not in self.parts:
                return True  # not «منذ الساعات الأولى للحرب»
        if j >= len(norms):
            return False
        w = norms[j]
        return w in self.parts or (w.startswith("ال") and w[2:] in self.parts)

    def fronted_at(self, toks: list[Token], norms: list[str], m: int) -> bool:
        """True when token m opens its clause: the sentence's first word, or one right after a mark or a أن/إنه."""
        return m == 0 or toks[m - 1].kind == "punct" or norms[m - 1] in self.that

    def then_beside(self, article: Article, ev: Event, memo: dict, triggers: "list[int] | tuple" = ()) -> bool:
        """True when a word of «then» (class then: آنذاك، حينها) stands in the event's clause, two words after its word
        at most or a few before it («وقد قتل آنذاك خمسة جنود افغان واصيب ثمانية آخرون»: both; «وقد قتل المسلحون آنذاك»),
        and no event word of the sentence but its own (`triggers`: their sorted starts) stands before the word right
        before it: «then» looks back to the
        sentence before only when its own tells no act before it («فإنها استقبلت المدعية العامة …، وذكرت بنسودا وقتها»:
        the time of the visit)."""
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        for m in range(max(0, k - self._ADVERB_BEFORE), min(len(toks), k + 3)):
            # (a phrase too, fronted before a comma: «وفي ذلك الوقت، أطلق مسلحون النار»)
            if self.phrase_at(norms, m, self.then_phrases) and self.same_clause(
                    toks, norms, m, k, commas=1 if m < k and self.fronted_at(toks, norms, m) else 0):
                if m < 1 or not starts:
                    return True
                lo, hi = bisect_left(triggers, starts[0]), bisect_left(triggers, starts[m - 1])
                return all(triggers[q] == ev.trigger.start for q in range(lo, hi))  # its own word is no act before
        return False

    _ADVERB_BEFORE = 8  # an adverb of the past this many words before an event's word, in its clause, tells it as past
    # («وقتل حينها 14 ضابط أمن حين اقتحم مسلحون»; after it, four words at most)

    def phrase_at(self, norms: list[str], m: int, phrases: "frozenset[tuple[str, ...]]") -> bool:
        """True when one of `phrases` (of one to three words) starts at token m, its first word with a glued و/ف too."""
        head = (self.glued_adverb.get(norms[m], norms[m]),)
        return any(head + tuple(norms[m + 1:m + n]) in phrases for n in (1, 2, 3))

    def repeated_beside(self, article: Article, ev: Event, memo: dict) -> bool:
        """True when an adverb of acts done again and again (class repeated: مرارا، أكثر من مرة) stands in the event's
        clause, as `cued` reads an adverb, and no other adverb of the past does."""
        toks, starts, norms, k = self.at_trigger(article, ev, memo)
        if k < 0:
            return False
        found = False
        for m in range(max(0, k - self._ADVERB_BEFORE), min(len(toks), k + 5)):
            if not self.adverb_at(norms, m) or not self.same_clause(
                    toks, norms, m, k, commas=1 if m < k and self.fronted_at(toks, norms, m) else 0):
                continue
            if not self.phrase_at(norms, m, self.repeated):
                return False
            found = True
        return found

    def bound_before(self, article: Article, t: TimeExpr, memo: dict) -> bool:
        """True for a time right after a word of a bound or a deadline (قبل، حتى، بحلول، أقصاه; تاريخ and edge words
        between them: «قبل تاريخ 9 أبريل (نيسان) 2015»، «في موعد أقصاه»): no time its sentence narrates."""
        return self.word_before(article, t, memo, self.reference) in self.bounds

    def adverb_at(self, norms: list[str], m: int) -> bool:
        """True when an adverb of the past (class adverb or then: في السابق، آنذاك) starts at token m, its first word
        with a glued و/ف too («وفي الماضي وقعت أعمال عنف»)."""
        return self.phrase_at(norms, m, self.adverbs)

    def newspaper_at(self, w: str) -> bool:
        """True for a newspaper word (time_words newspaper: صحيفة، جريدة، موقع), bare or after a glued لـ/بـ."""
        return w in self.newspapers or w[:1] in "لب" and w[1:] in self.newspapers

    def cued(self, toks: list[Token], norms: list[str], k: int, verb: bool = False) -> bool:
        """سبق أن / سبق لـ before token k, or سبق right before its verb glued to و (`verb`: token k is one; «سبق
        واتهموا وحدات حماية الشعب»), منذ in its clause (منذ أن تولى، منذ اندلاع الأزمة), or an adverb (في السابق،
        آنذاك) beside it."""
        lo, hi = max(0, k - 8), min(len(toks), k + 7)
        for m in range(lo, hi):
            w = norms[m]
            if w in self.preceded and m < k and m + 1 < len(toks):
                nxt = toks[m + 1].norm
                if (nxt in ("ان", "وان") or (nxt.startswith("ل") and toks[m + 1].kind == "ar")) \
                        and self.same_clause(toks, norms, m, k):
                    return True
                if verb and m + 1 == k and nxt[:1] == "و" and toks[k].kind == "ar" and len(nxt) > 3 \
                        and not (m and self.newspaper_at(norms[m - 1])):
                    return True  # «سبق وندد»: it had been done before (not «لصحيفة سبق ونددت»: the paper's name)
            elif (w,) in self.since or tuple(norms[m:m + 2]) in self.since:
                # (a منذ phrase fronted before a comma opens the clause of the act after it: «انه "منذ الحرب التي
                # انتهت قبل 70 عاما، طلب اسرى الحرب …»: what has gone on since)
                if self.same_clause(toks, norms, m, k, commas=1 if m < k and self.fronted_at(toks, norms, m) else 0) \
                        and not self.today(norms, m + 1) and not (
                        m > k and any(_SUPERLATIVE.match(x) for x in norms[k + 1:m])):
                    return True  # not «الزيارة الأهم منذ …»: the first, the biggest since then
            elif -self._ADVERB_BEFORE <= m - k <= 4 and self.adverb_at(norms, m) \
                    and (m >= k - 4 or not norms[m + 1].startswith("ال")):  # not «لم تكمل يومها السادس»: her sixth day
                # (one fronted before a comma opens the clause of the act after it: «في ذلك الوقت، أيد غزو أفغانستان»)
                if self.same_clause(toks, norms, m, k, commas=1 if m < k and self.fronted_at(toks, norms, m) else 0):
                    return True
        return False
