"""Senses: what the words of a coded event mean, re-read once the events are dated and placed, before the repeats
of one act are merged and whatever the topic gate's setting.

Four readings of sense and negation, no topic filtering (they lived in the topic gate until round 81, where turning
the gate off with `topic_gate = false` undid them):

- A refusal of a `refused` thing is no rejection: a comment, a statement, a confirmation or a name withheld (CAMEO
  014, a public statement, no PLOVER event), or goods turned back, a few words after the refusal past its speaker
  («ورفض متحدث باسم مكتب رئاسة الوزراء التعليق»، «ورفضت الحكومة الكشف عن نتائج التحقيق»، «تم رفض 198 إرسالية من
  المواد الغذائية»): the REJECT goes, unless a `plea` word stands between («رفضت الحكومة طلب المعارضة الكشف عن
  النتائج»: a request turned down). Rounds 75 and 77 (refused_thing).
- An act refused outright: «أي» and its event noun after a verb negated by a `future_negation` or `past_negation`
  word of function_words.tsv, with a coded recipient («لن نجري أي محادثات مع الولايات المتحدة»), is flagged negated
  (and future after لن), which the modality stage leaves unflagged. Round 80 (refused_any, negated_any).
- A protest told in words, by an office, a body or a state, a cry or a note, lodged with someone or following a
  criticism, with no street word near it, is ACCUSE 111, no street PROTEST («احتجت الخارجية لدى السفير»، «بصيحات
  احتجاج … من البيت الأبيض»، «قررت مملكة البحرين استدعاء سفيرها …، احتجاجا على»); so is its word told again later
  in its sentence, which the repeats then merge into it («احتجاجا على قمع الأسد للاحتجاجات»). Round 77
  (verbal_protest, as_accusation; round 81: retold).
- Roads cut by an armed party are a blockade, COERCE 191, no obstruction protest («وقطعت القوات الطرق في اتجاه
  الحامضية»); civilians' roads cut stay. Round 77 (armed_roadblock).
- A word right before a figure in another sense: a day falling on a date (a `coincide` verb with a date right after:
  «ذلك اليوم الذي وافق 26 يوليو عام 1956») is no agreement, a price paid (a `price_for` word with a number right
  after: «بيع المجموعة إلى نيكاي لقاء 844 مليون جنيه») no meeting: the event goes. Round 88 (figure_sense).
- Control of a place held long, told by a seizure verb with «since» and a plural span or «most of, all through» after
  it in its clause («وسيطرت ميليشيا الحوثيين على قاعدة العند … منذ أسابيع»، «… معظم الفترة التي انقضت منذ تفجرت
  الحرب الأهلية»), is a state, no capture of the day: the event goes. Round 88 (held_long).
- Cooperation told by a bare present of its verb joined to a description or after التي or لأنها, with no flag, no
  أن، لن or كان before it, no subject after it and not between two states, is a habit or a description («لأنها
  تتعاون مع كليات وجامعات دولية»، «التي تعمل كقوات برية وتتعاون معنا»), no act: the event goes. Round 88
  (habitual_cooperation).
- Support told by a verb whose subject is strikes or war planes («ضربات التحالف الجوية دعمت الأكراد») is air support,
  military aid (AID 072), and the party after the verb, which the coder read as the supporter, is its recipient.
  Round 88 (strike_support, as_air_support).
- A meeting word with no coded party on either side is no meeting of political actors beside a word of another sense:
  a `fair` joined to it by و («وعقد لقاءات ومعارض توظيف»), an `invitation` noun before it («منح دعوة دائمة لزيارة
  المدينة»), a `lodging` subject («لكن هذه المعسكرات لم تستقبلهم»), a `deliberated` object («وتناقش الخطط لإرسال
  السفن») or a `someone` object («التقوا شخصا مثلهم»): the event goes. So does a visit to a place with the adjective
  of the visitor's own state after it («خلال زيارة لإقليم كردستان الإيراني», Rouhani at home). Round 92
  (idle_meeting, home_visit; the classes are read from topic_words.tsv by topics._definite_clitic_class).
- A call verb that also means «led to» told as a cause's relative clause («الأسباب التي دعت الحكومة»، «الأمر الذي دعا
  الحربي») is no call: the event goes. Round 93 (prompted_call; an act after a pretext is modality's claim).
- An agent told by «على يد، من قبل» after the last of a list of acts (a toll, wounds and captures: «مقتل ثمانية عشر
  حوثياً …، وإصابة العشرات، إلى جانب أسر ستة حوثيين على يد المقاومة») did the killing before it too: a killing with no
  actor earlier in the sentence, no sentence part ended and no other doer between, takes that agent, where the last act
  is a capture or an arrest (COERCE 173; other acts' agents are their own: «اغتيل رابين … على يد متطرف»). Round 95
  (listed_agent, with the capture rows of أسر).
- Round 98: a source kept anonymous is no act: a name withheld after a refusal (an `own_name` word: «رفضوا نشر
  أسمائهم»; a time aside between commas lets the refused word be read, «رفض مصدر …، أمس الأربعاء، تأكيد») or after
  عدم past a request («طالبا ايضا عدم الكشف عن اسمه»: anonymity_request); nor are greetings a request asks to pass on
  (a `salutation` word: «طلب الرئيس المصري نقل تحياته إلى أخيه»: salutation_request), nor an event noun right after a
  `tally` word (a total counted: «بلغ إجمالي الموافقات على طلبات اللاجئين»: tallied): the event goes. A `condemn_verb`
  whose parties are all courts is a conviction, SANCTION 160 («وأدانت المحكمة سيدة تدعى فاطمة»: court_conviction).
- Round 99: a name is no act, a trigger joined by a hyphen to another word («دان-مالام»: hyphenated_name) or a verb
  right after a `creator` title in ل or ب («صدر للشاعر العراقي طالب عبد العزيز»: creator_name); nor a quality compared
  in a story (an indefinite accusative noun after a `comparative` word: «لإطار عمل أكثر تعاونا»: comparative_quality);
  nor a meeting verb with a `matter` word for its subject («هذان الأمران اجتمعا»: idle_meeting). A `step` word received
  by a `receive_verb` with no guest («واستقبل سكان قندهار هذه الخطوة») is a welcome, SUPPORT 051 (welcomed_step).
  A `target_verb` (استهدف) with a `decree` word right after it is a sanction, SANCTION 163 («واستهدف الأمر الجمهوري
  البنك المركزي الإيراني»: decree_target; round 99 mend).
- Round 110: a cooperation noun ending the name of an office, after its title or head (`office` of function_words.tsv,
  `office_unit` of topic_words.tsv) and joined by و or ل («مدير عام التخطيط والتنسيق»، «إدارة التعاون بوزارة الداخلية
  الفرنسية»), is a title (office_title); a meeting told in the first person (`we_met`: «التقينا بأحد الكدادين») with no
  party of a code or an armed or political sector is the writer's interview (reporter_meeting): the event goes.
- Round 100: a verb right after a bare given name (given_names.tsv, not one that is a common word too) is a part of
  the name («اختيار هاني طالب بلان عضو مجلس»: given_name_part), and so is one right after the one word that follows a
  report verb («أكد بخاري دان معلم أحد سكان قرية مجاورة أن»: speaker_name_part), no act; support, opposition, aid or cooperation told
  by a bare present right after an indefinite noun is a clause describing it («نشرت مجموعة تعارض عمليات الإجهاض»:
  described_noun), a stance, no act.
- Round 102: so is entry allowed told that way («من خلال برنامج يسمح بدخول الموظفين»: described_noun), and what a
  written or recorded thing urges or backs, its verb right after it or after one indefinite adjective and the event noun
  in that verb's complement («عثر في منزله على كتب تكفيرية تحث على القتال»: described_writing, topic_words.tsv
  `writing`).
- Round 105: a court endorsing a ruling word past its name is a conviction too («أيدت محكمة استئناف أبوظبي، الحكم
  الصادر بإدانة شاب»: court_conviction, _upholds_ruling); a truce a `breach` word stands before, past its breaker, is
  broken, no ceasefire («بعد خرق مليشيات الحوثي وصالح الهدنة»: breached_truce).
- Round 109: a trigger inside a quoted or bracketed name a `title_lead` word stands before is a part of the name, a
  handle or a grant's («المعرف ( حزام ناسف)»: titled_name). A meeting verb with a hospital for its subject after
  it, or patients, injuries or hotel guests for its object («استقبلت أقسام الطوارئ … إصابة»، «استقبلت نزلاء»), is
  no meeting (idle_meeting: `lodging`, `someone`).
- Round 111: an approval in «على» after an `obtain` word of purpose («يسعى للحصول على موافقة البرلمان») is sought,
  not given (sought_approval); a verb of striking with a feeling or a success its row leaves out past its subject or
  before it («وأصيب أصدقاء عبد العزيز بصدمة»، «وراح القلق يصيب متابعيها») is no wound (befallen_feeling); a meeting
  noun after a `scholar` word names a field of study («عالم الاجتماع الفرنسي»: field_of_study); a warning noun to
  one's own people or the public in إلى or لـ («تحذيرا إلى رعاياها») is an advisory (own_people_warned): the event
  goes.

The word classes are those of topic_words.tsv the topic gate reads too (`refused`, `plea`, `any_of`, `protest_word`,
`protest_note`, `protest_to`, `street`: topics.TopicWords, one instance shared by both stages in load()) and the
negation classes of function_words.tsv. The stage runs after the event anchors and before the repeats: the repeats
then merge the acts as they are meant (an ACCUSE with an ACCUSE, no PROTEST), and the topic gate reads them so.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..arabic.normalize import normalize, word_key
from ..article import Article
from ..lexicon.compile import FunctionWords, _rows
from ..records import Entity, Event, Token
from .anchors import _STOPS as _PART_STOPS
from .mentions import _RELATIVE
from .phrases import strip_wa
from .repeats import _STOPS, _bare, _first, _same_word
from .topics import (_ALA, ARMED_SECTORS, DOMESTIC_ARTICLE_SENTENCES, INVITATION_CAMEO, PARTY_SECTORS, TopicWords,
                     _definite_clitic_class, _topic_class, _future_negations, _token_at, _trigger_mention, _word_after,
                     appeal_invitation,
                     _word_before, negated_any, states_act)

REFUSED_REACH = 8  # the words after a refusal read for a `refused` word, no mark between (refused_thing; 8 reaches
# past a speaker's title and name: «ورفض المتحدث باسم البيت الأبيض جون إيرنست التعليق»)
ASIDE_REACH = 3  # the words of a time aside between two commas let pass after a refusal («رفض مصدر …، أمس الأربعاء، تأكيد»)
_COMMAS = frozenset("،,")  # the commas of such an aside
SALUTATION_REACH = 12  # the words after a request read for a `salutation` word (salutation_request: past the caller's
# title and name, «طلب السيد الرئيس عبدالفتاح السيسي نقل تحياته»)
_SENTENCE_ENDS = frozenset(".؟?!؛:")  # the marks that end the reach of a salutation
# the classes of function_words.tsv that hold no noun a clause may describe (described_noun)
CLOSED_CLASSES = ("preposition", "link", "number", "adverb", "complementizer", "pronoun_that", "day", "subject_pronoun",
                  "weak_negation", "future_negation", "past_negation", "future_particle", "perfect_particle", "what",
                  "contrast", "subject_pronoun", "self_subject",
                  "describing", "present_framed", "when", "when_done",
                  "told_in")  # (a statement, a letter: «بيان يرفض» tells its authors' act)
PRONOUN_ENDS = ("ه", "ها", "هم", "هما", "هن", "نا", "ني", "ي", "ك", "كم")  # a pronoun subject after أن or لكن
_SPEECH_OPENERS = frozenset(':«"“')  # a colon or an opening quote: a speaker's words follow
REPORT_CUE = "report"  # the cue class of a report verb (قال، أكد), whose subject's name a verb never follows
PRONOUN_TAILS = ("ه", "ها", "هم", "هما", "هن", "نا", "كم")  # a pronoun suffix as written (ة is no ه here)
PLURAL_VERB_END = "ون"  # a present verb of a plural subject, whose described noun must name people (an agent)
DESCRIBED_MIN_LETTERS = 3  # fewer letters make no noun a clause describes: إذ، أو، هو
_JOINERS = frozenset("وف")  # the conjunctions a described noun may carry
# stances a clause describing a noun tells; round 102: what it lets in («من خلال برنامج يسمح بدخول الموظفين»)
DESCRIBED_TYPES = frozenset({"SUPPORT", "REJECT", "AID", "COOPERATE", "RETREAT"})
_PRESENT_LETTERS = ("ي", "ت")  # the first letters of a present verb that describes a written thing (تحث، يدعو)
_TO = normalize("إلى")  # the preposition of a warning's addressee (own_people_warned) or a complement
_COMPLEMENT_PREPS = frozenset({_ALA, _TO})  # the prepositions of a described verb's complement (تحث على القتال)
TITLE_REACH = 4  # the words of a quoted name read back from a trigger for its open mark (titled_name)
_TITLE_OPEN = frozenset('«"“(')  # the marks that open a name (an ASCII quote read as opening: titled_name)
_TITLE_CLOSE = frozenset("»”)")  # the marks that close one
_HYPHENS = frozenset("-‐‑")  # the hyphens of a compound name (hyphenated_name)
NISBA_REACH = 2  # the nisba adjectives read past between a `creator` title and a name (creator_name)
_TITLE_PREPS = frozenset("لب")  # the prepositions a `creator` title is read after (للشاعر، بالكاتب: creator_name)
_CLAUSE_PRONOUNS = frozenset(normalize(w) for w in ("فيه", "فيها", "خلاله", "خلالها"))  # a clause describing a noun
STEP_REACH = 5  # the words after a receiving verb read for a `step` it received (welcomed_step: past a two-word subject
# and a demonstrative, «واستقبل سكان قندهار هذه الخطوة»)
WELCOME_CAMEO = "051"  # the CAMEO code of praise or endorsement, a step welcomed (welcomed_step, as رحب's row)
JUDICIAL_SECTOR = "JUD"  # the sector of a court, whose condemning is a conviction (court_conviction)
EMBARGO_CAMEO = "163"  # the CAMEO code of an embargo or sanctions, a decree that targets a body (decree_target)
CONVICT_CAMEO = "160"  # the CAMEO code of a conviction (SANCTION convict, as the trigger lexicon's rows)
RATIFY_CAMEO = "057"  # the CAMEO code of a ratification (صادق), by a court an upheld sentence (court_conviction)
_ASIDE_MARKS = frozenset("()")  # the brackets of an aside, let pass between a refusal and its object (refused_thing)
# the sectors of a party that protests in words (no street crowd): offices, bodies, organisations, clerics, a state
VERBAL_PROTEST_SECTORS = frozenset({"GOV", "LEG", "JUD", "IGO", "NGO", "REL", ""})
DISAPPROVE_CAMEO = "111"  # the CAMEO code of criticism or denunciation, for a protest told in words (verbal_protest)
PROTEST_NOTE_REACH = 2  # the words before a protest noun read for a `protest_note` word (صيحات احتجاج، مذكرة احتجاج)
PROTEST_TO_REACH = 3  # the words after a protest verb read for a `protest_to` word (احتجت الخارجية لدى السفير)
STREET_REACH = 8  # the words on either side of a protest read for a `street` word (verbal_protest)
ACCUSE_BEFORE_REACH = 80  # how many characters before a protest an ACCUSE trigger may start (انتقد جارسيا … واحتج)
# the codes of an armed party beside its sectors (topics.ARMED_SECTORS), whose roads cut are a blockade (armed_roadblock)
ROADBLOCK_CODES = frozenset({"IMG"})
OBSTRUCT_CAMEO = "144"  # the CAMEO code of a road blocked in protest (قطع الطرق)
BLOCKADE_CAMEO = "191"  # the CAMEO code of a blockade or a movement restricted, for roads cut by armed men
MILITARY_AID_CAMEO = "072"  # the CAMEO code of military aid, for air support (strike_support)
STRIKE_REACH = 3  # the words before a verb of support read for a `strike_noun` subject (ضربات التحالف الجوية دعمت)
SEIZE_CAMEO = "192"  # the CAMEO code of a place seized, for control held long (held_long)
HELD_REACH = 32  # the words after a seizure read for its span of control held (held_long: past the place's description)
_OF = "من"  # the preposition after a count (function_words many_of: عددا، عشرات) of a meeting's object (idle_meeting)
INVITATION_REACH = 2  # the words before a meeting read for an `invitation` noun (دعوة دائمة لزيارة: idle_meeting)
INVITED_REACH = 10  # the words after an invitation extended read for what it invites to (called_out: past the guest's
# title and name, «دعوة الى الرئيس الايراني حسن روحاني لزيارة ايطاليا»)
EXTEND_REACH = 8  # the words after the verb read for its `invitation` noun (past the subject: called_out)
CALL_CAMEO = "020"  # the CAMEO code of an appeal, a call to act (REQUEST, as the دعوة noun's row)
_BI = "ب"  # the preposition of the act an invitation calls for (بسرعة الانضمام: _act_called_for)
CALLED_MIN_LETTERS = 4  # fewer letters after و make no verbal noun in ب (بن، به، بها)
LODGING_REACH = 2  # the words before a meeting read for a `lodging` subject (المعسكرات لم تستقبلهم: idle_meeting)
_QUOTE_MARKS = frozenset('«»"()')  # the marks of a name quoted or bracketed, let pass after a seizure (held_long)
OFFICE_REACH = 3  # the definite words an office's name may have between its title and an event noun (office_title)
_GENERAL = "عام"  # «general» after a title, «مدير عام» (office_title)
OBTAIN_CUE = "obtain"  # the cue class of a verb or verbal noun of obtaining (الحصول: sought_approval)
SEEK_CUES = frozenset({"future", "aim", "purpose"})  # cue classes of seeking or intent, before it (sought_approval)
SEEK_REACH = 2  # the words before an obtain word read for such a cue (يسعى إلى الحصول: sought_approval)
ADDRESSEE_CUES = frozenset({"cautioned", "public"})  # cue classes of the people a notice addresses (own_people_warned)
_LAM = "ل"  # the preposition لـ on a warning's addressee (own_people_warned)
BEFALL_REACH = 3  # the words past the one right after a striking verb read for a feeling that befell (befallen_feeling)
BEFALLEN_MARKS = ("ب", "ال")  # a feeling in بـ or a definite success past the subject (befallen_feeling; not «أصيبوا
# بينما لحقت أضرار بعدة منازل», harm told of another thing)
PURPOSE_LAM = "لل"  # the lam of purpose on a definite verbal noun (للحصول: sought_approval)


class SenseReader:
    """Re-reads four senses of coded events in any text: a comment or goods refused (no REJECT), an act refused
    outright after «أي» (negated), a protest told in words (ACCUSE 111) and roads cut by armed men (COERCE 191)."""

    name = "senses"
    requires = ("sentences", "tokens", "mentions", "events")
    adds = ("event_senses",)

    def __init__(self, words: TopicWords | None = None):
        """The stage, reading the word classes of `words` (by default the packaged ones: topics.TopicWords)."""
        self.words = words if words is not None else TopicWords.load()

    def __call__(self, article: Article) -> Article:
        """Drop the refusals of words or goods, flag the acts refused outright, re-read the verbal protests and the
        armed roadblocks."""
        if article.events:
            gone = {id(ev) for ev in article.events if figure_sense(article, ev) or held_long(article, ev)
                    or habitual_cooperation(article, ev) or idle_meeting(article, ev) or home_visit(article, ev)
                    or tallied(article, ev) or hyphenated_name(article, ev) or creator_name(article, ev)
                    or given_name_part(article, ev) or described_noun(article, ev) or described_writing(article, ev)
                    or comparative_quality(article, ev) or breached_truce(article, ev)
                    or titled_name(article, ev) or sought_approval(article, ev)
                    or befallen_feeling(article, ev) or own_people_warned(article, ev) or ev.event == "CONSULT" and field_of_study(article, ev)
                    or ev.event == "COOPERATE" and office_title(article, ev)
                    or ev.event == "CONSULT" and reporter_meeting(article, ev)
                    or ev.event == "REQUEST" and (prompted_call(article, ev) or salutation_request(article, ev)
                                                  or anonymity_request(article, ev, self.words.refused))
                    or ev.event == "AID" and relative_object(article, ev)}
            if gone:
                article.events = [ev for ev in article.events if id(ev) not in gone]
        if any(ev.event == "ASSAULT" and not ev.actor for ev in article.events) and any(
                o.event == "COERCE" and o.cameo == _ARREST_CAMEO and o.actor for o in article.events):
            article.events = [listed_agent(article, ev) for ev in article.events]
        if any(ev.event == "ASSAULT" for ev in article.events):
            article.events = [as_sanction(ev) if decree_target(article, ev) else ev for ev in article.events]
        if any(ev.event in ("ACCUSE", "SUPPORT") for ev in article.events):
            article.events = [as_conviction(ev) if court_conviction(ev) else ev for ev in article.events]
        if any(ev.event == "SUPPORT" for ev in article.events):
            article.events = [as_air_support(ev) if strike_support(article, ev) else ev for ev in article.events]
        if any(ev.event == "AGREE" and ev.cameo == INVITATION_CAMEO for ev in article.events):
            article.events = [replace(ev, event="REQUEST", cameo=CALL_CAMEO, mode=None) if called_out(article, ev) else ev
                              for ev in article.events]
        if any(ev.event == "CONSULT" and not ev.recipient for ev in article.events):
            article.events = [as_welcome(ev) if welcomed_step(article, ev) else ev for ev in article.events]
        if any(ev.event == "REJECT" for ev in article.events):
            gone = {id(ev) for ev in article.events if ev.event == "REJECT" and self.refused_thing(article, ev)}
            if gone:
                article.events = [ev for ev in article.events if id(ev) not in gone]
        if any(ev.recipient and not ev.negated for ev in article.events):
            article.events = [self.refused_any(article, ev) for ev in article.events]
        if any(ev.event == "PROTEST" for ev in article.events):
            events = article.events
            verbal = [ev for ev in events if ev.event == "PROTEST" and self.verbal_protest(article, ev)]
            # a protest's word told again later in its sentence («احتجاجا على قمع … للاحتجاجات») is that verbal protest
            # too: the repeats then merge the two ACCUSEs, as they merged the two PROTESTs when they ran first
            verbal_ids = {id(ev) for ev in verbal}
            again = {id(o) for ev in verbal for o in events
                     if o.event == "PROTEST" and id(o) not in verbal_ids and retold(article.text, ev, o)}
            article.events = [self.as_accusation(article, ev) if id(ev) in verbal_ids
                              else replace(ev, event="ACCUSE", cameo=DISAPPROVE_CAMEO, mode="disapprove")
                              if id(ev) in again
                              else replace(ev, event="COERCE", cameo=BLOCKADE_CAMEO, mode="restrict")
                              if armed_roadblock(ev) else ev for ev in events]
        return article

    def refused_thing(self, article: Article, ev: Event) -> bool:
        """True for a refusal whose object, at most REFUSED_REACH words after its trigger (past the speaker named after
        it) with no mark between, is a `refused` word: a comment or a name withheld («ورفض متحدث باسم مكتب رئاسة
        الوزراء التعليق على هذه المعلومات») or goods turned back at a border («تم رفض 198 إرسالية من المواد
        الغذائية»), no rejection of a political party's act (round 75). Since round 77 also with an actor: declining
        to comment is CAMEO 014, a public statement, and PLOVER has none («ورفض ممثلو الأمن العام التعليق»); so is a
        government withholding an inquiry's results («ورفضت الحكومة الكشف عن نتائج التحقيق»: no demand nor plan is
        turned down, only words withheld), or a report left unconfirmed («ورفضت وزارة الدفاع الأمريكية (البنتاجون)
        تأكيد التقارير»: brackets let pass); not when a `plea` word stands between («رفضت الحكومة طلب المعارضة الكشف
        عن النتائج»: a request turned down). Since round 98 an `own_name` word does as a `refused` one («رفضوا نشر
        أسمائهم»), and a time aside between commas, ASIDE_REACH words at most, lets pass («رفض مصدر …، أمس الأربعاء،
        تأكيد أخبار»)."""
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.end - 1)
        if k is None:
            return False
        names = _written_class("own_name")
        j, end = k + 1, min(len(toks), k + 1 + REFUSED_REACH)
        while j < end:
            norm = toks[j].norm
            if norm in _ASIDE_MARKS:
                j += 1  # a name in brackets after the speaker: «ورفضت وزارة الدفاع الأمريكية (البنتاجون) تأكيد»
                continue
            if toks[j].kind == "punct":
                close = _aside_end(toks, j, end)
                if close is None:
                    return False
                end = min(len(toks), end + close + 1 - j)  # the aside counts no word of the reach
                j = close + 1  # a time between commas: «رفض مصدر في الخارجية الأميركية، أمس الأربعاء، تأكيد أخبار»
                continue
            if norm in self.words.plea:
                return False
            if norm in self.words.refused or norm in names:
                return True  # a name withheld, since round 98: «رفضوا نشر أسمائهم ووظائفهم»
            j += 1
        return False

    def refused_any(self, article: Article, ev: Event) -> Event:
        """The event flagged negated (and future after لن) when it is «أي» and its noun after a negated verb with a
        coded recipient (negated_any: «لن نجري أي محادثات مع الولايات المتحدة»), which the modality stage leaves
        unflagged; else the event as it is."""
        if ev.negated or not ev.recipient:
            return ev
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        if k is None or toks[k].start != ev.trigger.start or not negated_any(ev, toks, k) \
                or toks[k - 1].norm not in self.words.any_of:
            return ev
        return replace(ev, negated=True, future=ev.future or toks[k - 3].norm in _future_negations())

    def verbal_protest(self, article: Article, ev: Event) -> bool:
        """True for a protest told in words, CAMEO 111 (criticise, denounce), no street dissent (round 77): a
        `protest_word` trigger (احتج، احتجاج, not the plural احتجاجات nor the adjective احتجاجية) with no `street` word
        (متظاهرين، مسيرة، وقفة، آلاف) at most STREET_REACH words on either side and no other PROTEST near it (but
        its own word told again, `retold`: «احتجاجا على قمع الرئيس السوري بشار الأسد للاحتجاجات»), whose
        actor is an office, a body or a state (VERBAL_PROTEST_SECTORS: «احتجت الكثير من المنظمات اليهودية … بقوة ضد
        أوباما»), or which is a note or a cry (a `protest_note` word right before: «بصيحات احتجاج من الولايات
        المتحدة»), is lodged with someone (a `protest_to` word right after: «احتجت الخارجية لدى السفير»), or follows
        a criticism of the same sentence («وانتقد جارسيا ملخص التقرير علانية واحتج أمام "فيفا"»)."""
        words = self.words
        if normalize(ev.trigger.text) not in words.protest_word:
            return False
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        if k is None or any(t.norm in words.street for t in toks[max(0, k - STREET_REACH):k + 1 + STREET_REACH]):
            return False
        if any(o is not ev and o.sentence == ev.sentence and o.event == "PROTEST"
               and abs(o.trigger.start - ev.trigger.start) <= ACCUSE_BEFORE_REACH
               and normalize(o.trigger.text) not in words.protest_word
               and not retold(article.text, ev, o) for o in article.events):
            return False
        if any(_official(article, x) for x in ev.actor):
            return True
        if _word_before(toks, k, words.protest_note, PROTEST_NOTE_REACH, any_mark=True) \
                or _word_after(toks, k, words.protest_to, PROTEST_TO_REACH, any_mark=True):
            return True
        return self._act_before(article, ev) is not None

    def _act_before(self, article: Article, ev: Event) -> Event | None:
        """The event of `ev`'s sentence, at most ACCUSE_BEFORE_REACH characters before it, that tells its protest in
        words or by a state's act: a criticism («انتقد جارسيا … واحتج») or an act of an office or a state («قررت
        مملكة البحرين استدعاء سفيرها …، احتجاجا على»)."""
        return next((o for o in article.events if o.sentence == ev.sentence and o.event != "PROTEST"
                     and 0 < ev.trigger.start - o.trigger.start <= ACCUSE_BEFORE_REACH
                     and (o.event == "ACCUSE" or any(_official(article, x) for x in o.actor))), None)

    def as_accusation(self, article: Article, ev: Event) -> Event:
        """The verbal protest `ev` as an ACCUSE (CAMEO 111): a state named bare is no civilian crowd (its sector
        goes); with no actor or one between them, that of the act it follows («قررت مملكة البحرين استدعاء سفيرها …،
        احتجاجا على»، «طرد السفير السوري … احتجاجا على»), or a recipient named right after من (a cry «من البيت
        الأبيض») is who protested."""
        actor = tuple(replace(x, sector=None) if x.sector == "CVL" and _state_named(article, x) else x
                      for x in ev.actor)
        recipient = ev.recipient
        before = self._act_before(article, ev)
        if before is not None and before.event != "ACCUSE" \
                and all(before.trigger.start < x.start < ev.trigger.start for x in actor):
            actor = before.actor  # none, or the act's object («طرد السفير السوري … احتجاجا»): the act's actor protests
        if not actor and recipient:
            sent = ev.sentence_text
            base = ev.sentence_start
            fro = tuple(x for x in recipient if _after_min(sent, x.start - base))
            if fro:
                actor, recipient = fro, tuple(x for x in recipient if x not in fro)
        return replace(ev, event="ACCUSE", cameo=DISAPPROVE_CAMEO, mode="disapprove", actor=actor,
                       recipient=recipient)


def retold(text: str, ev: Event, other: Event) -> bool:
    """True if `other`, later in `ev`'s sentence with no stop between and with its flags, is a definite noun of
    `ev`'s very word (the article and a joined preposition off: «احتجاجا … للاحتجاجات»): the repeats read it as `ev`
    told again (repeats.noun_again), no other protest."""
    return other.sentence == ev.sentence and ev.trigger.end <= other.trigger.start \
        and _bare(_first(other.trigger.text)).startswith("ال") and _same_word(ev, other) \
        and (ev.negated, ev.future, ev.hypothetical) == (other.negated, other.future, other.hypothetical) \
        and not any(c in text[ev.trigger.end:other.trigger.start] for c in _STOPS)


def armed_roadblock(ev: Event) -> bool:
    """True for roads cut (PROTEST 144, obstruct) by an armed party (topics.ARMED_SECTORS, ROADBLOCK_CODES: «وقطعت
    القوات الطرق في اتجاه الحامضية»): a blockade, COERCE 191, no street dissent (round 77); civilians' roads cut
    stay."""
    return ev.event == "PROTEST" and ev.cameo == OBSTRUCT_CAMEO \
        and any(x.sector in ARMED_SECTORS or x.code in ROADBLOCK_CODES for x in ev.actor)


def _official(article: Article, x: Entity) -> bool:
    """True for a party that protests in words: an office, a body or an organisation (VERBAL_PROTEST_SECTORS), or a
    state named bare (a coded party with no sector, or a `country` actor the protest read as its civilians)."""
    if x.sector == "CVL":
        return _state_named(article, x)
    return (x.sector or "") in VERBAL_PROTEST_SECTORS and bool(x.sector or x.code)


def _state_named(article: Article, x: Entity) -> bool:
    """True if the party's words are a country's name (the actor lexicon's type `country`: مصر، اليابان)."""
    return any(m.kind == "actor" and m.start == x.start and m.get("type") == "country" for m in article.mentions)


def _after_min(sentence: str, start: int) -> bool:
    """True if the text right before offset `start` of `sentence` (its last four characters) ends with the
    preposition من, spaces let pass: «من البيت الأبيض»."""
    return 0 <= start and normalize(sentence[max(0, start - 4):start]).rstrip().endswith("من")


def figure_sense(article: Article, ev: Event) -> bool:
    """True for a trigger word right before a figure that gives it another sense (round 88): a `coincide` verb with a
    date right after (a day falling on it: «ذلك اليوم الذي وافق 26 يوليو عام 1956», no agreement) or a `price_for`
    word with a number right after (a price: «بيع المجموعة إلى نيكاي لقاء 844 مليون جنيه», no meeting)."""
    first = _first(ev.trigger.text)
    if first not in _figure_words() and strip_wa(first) not in _figure_words():
        return False  # no such word: the tokens need no scan
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.start)
    if k is None or k + 1 >= len(toks) or toks[k + 1].kind != "num":
        return False
    words = _function_words()
    norm = toks[k].norm
    bare = strip_wa(norm)
    if norm in words.price_for or bare in words.price_for:
        return True
    if norm in words.coincide or bare in words.coincide:
        after = toks[k + 1].start
        return any(t.sentence == ev.sentence and t.start == after and t.granularity in ("day", "month", "year")
                   for t in article.times)
    return False


def idle_meeting(article: Article, ev: Event) -> bool:
    """True for a meeting word (CONSULT) with no coded party on either side and, right beside its trigger, a word
    that makes it no meeting of political actors (round 92): a `fair` word joined by و after it («وعقد لقاءات ومعارض
    توظيف»), an `invitation` noun before it (an adjective may stand between: «منح دعوة دائمة لزيارة المدينة»), a
    `deliberated` word («وتناقش الخطط لإرسال السفن») or a `someone` word («التقوا شخصا مثلهم») for its object, or a `lodging` word for its subject a word
    or two before it («لكن هذه المعسكرات لم تستقبلهم»: camps that took no one in; round 109: or after it, «استقبلت
    أقسام الطوارئ بالمستشفيات», for a `receive_verb` only: «اجتمعت لجنة الطوارئ»، «اجتمع مديرو المستشفيات مع الوزير»
    are meetings; mend109), or a `matter` word (round 99: «هذان الأمران اجتمعا في الصفقة»: two things that came
    together). A `someone` object may follow a count in من (round 109: «التقى عددا من المرضى»)."""
    if ev.event != "CONSULT" or any(e.code for e in ev.actor) or any(e.code for e in ev.recipient):
        return False
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.start)
    if k is None:
        return False
    end = _token_at(toks, ev.trigger.end - 1)
    after = toks[end + 1].norm if end is not None and end + 1 < len(toks) else ""
    if after in _function_words().many_of and end + 3 < len(toks) and toks[end + 2].norm == _OF:
        after = toks[end + 3].norm  # «التقى عددا من المرضى»، «عشرات من»: the people counted are the object
    return (after[:1] == "و" and after in _definite_clitic_class("fair") or _word_before(toks, k, _definite_clitic_class("invitation"), INVITATION_REACH)
            or after in _definite_clitic_class("deliberated") or after in _definite_clitic_class("someone")
            or _word_before(toks, k, _definite_clitic_class("lodging"), LODGING_REACH)
            or end is not None and _received(ev)
            and _word_after(toks, end, _definite_clitic_class("lodging"), LODGING_REACH)
            or _word_before(toks, k, _definite_clitic_class("matter"), LODGING_REACH))


def called_out(article: Article, ev: Event) -> bool:
    """True for an invitation extended (AGREE 036 by an `extend` verb, whose row's tail is an `invitation` noun: «وجه
    دعوة»; not one accepted, «قبل دعوة») whose noun an act in ب follows before any `invited_to` word
    (_act_called_for): no invitation to a visit, a meeting or talks, but a call to act («وجه المجتمعون دعوة إلى من
    تبقى من عناصر الجيش بسرعة الانضمام»، «وجهت الدعوة لجماهير الشعب المصري بتصوير أنفسهم»), a REQUEST. «وجه رنزي
    دعوة الى الرئيس الايراني لزيارة ايطاليا» stays."""
    if ev.event != "AGREE" or ev.cameo != INVITATION_CAMEO:
        return False
    m = _trigger_mention(article, ev)
    if m is None or m.entry is None or m.entry.pos != "verb" or normalize(m.entry.lemma) not in _topic_class("extend"):
        return False
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.start)
    if k is None:
        return False
    invitation = _definite_clitic_class("invitation")
    j = next((j for j in range(k + 1, min(len(toks), k + 1 + EXTEND_REACH)) if toks[j].norm in invitation), None)
    return j is not None and _act_called_for(article, ev, toks, j) \
        and not appeal_invitation(article, ev)  # (a demand after it codes the call: the topic gate drops this one)


def _act_called_for(article: Article, ev: Event, toks: list[Token], j: int) -> bool:
    """True if a word in ب that names no party and is no `not_called` word (a verbal noun: «بسرعة الانضمام»، «بتصوير
    أنفسهم»، «بالتوجه إلى عدن»; not «بمناسبة»، «بهدف»، «بصفته») stands within INVITED_REACH words after the
    invitation noun at token j, in its sentence part and before any `invited_to` word: the act the invitation calls
    for (called_out). «دعوة رسمية إلى ولي العهد» calls for none."""
    invited = _definite_clitic_class("invited_to")
    not_called = _definite_clitic_class("not_called")
    kinship = _function_words().kinship
    parties = {k for m in article.sentence_mentions(ev.sentence) if m.kind in ("actor", "agent")
               for k in range(m.tok_start, m.tok_end)}
    for x in range(j + 1, min(len(toks), j + 1 + INVITED_REACH)):
        tok = toks[x]
        if tok.kind == "punct" and tok.norm in _SENTENCE_ENDS or tok.norm in invited:
            return False
        w = strip_wa(tok.norm)
        if w.startswith(_BI) and len(w) >= CALLED_MIN_LETTERS and w not in kinship and x not in parties \
                and w not in not_called:
            return True
    return False


def prompted_call(article: Article, ev: Event) -> bool:
    """True for a call verb that also means «led to» (a `prompt_verb` lemma: دعا) told as a cause's relative clause,
    a `describing` word right after a `cause_antecedent` («الأسباب التي دعت الحكومة»، «الأمر الذي دعا الحربي لإكمال»):
    a cause that led someone to act, no call (round 93; «ما دعا» and «مما دعا» are modality._what_caused)."""
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.start)
    if k is None or k < 2 or toks[k - 1].norm not in _function_words().describing \
            or toks[k - 2].norm not in _definite_clitic_class("cause_antecedent"):
        return False
    m = _trigger_mention(article, ev)
    return m is not None and m.entry is not None and normalize(m.entry.lemma) in _topic_class("prompt_verb")


def home_visit(article: Article, ev: Event) -> bool:
    """True for a meeting (CONSULT) whose one recipient, a place, has right after it the adjective of another state
    that is the visitor's own (round 92): the visitor's coded state, or, with no visitor found, a party of that state
    named before the trigger in its sentence («ردد الرئيس الإيراني حسن روحاني … خلال زيارة لإقليم كردستان الإيراني»:
    a province of his own country, a domestic tour, no visit to the Kurds)."""
    if ev.event != "CONSULT" or len(ev.recipient) != 1 or not ev.recipient[0].code or ev.recipient[0].sector:
        return False  # (a recipient with a sector is a person or a body, no place)
    place = ev.recipient[0]
    owner = next((m.label for m in article.sentence_mentions(ev.sentence) if m.kind == "actor"
                  and place.end < m.start <= place.end + 2 and not article.text[place.end:m.start].strip()), "")
    if not owner or owner == place.code:
        return False
    codes = {e.code for e in ev.actor if e.code}
    if codes or ev.actor:
        return codes == {owner}  # (an uncoded visitor is no party of that state)
    return any(m.kind == "actor" and m.end <= ev.trigger.start and m.label == owner
               for m in article.sentence_mentions(ev.sentence))


def held_long(article: Article, ev: Event) -> bool:
    """True for a seizure of a place (COERCE 192 told by a `held_verb` word: سيطر، سيطرة) with, in its clause at most
    HELD_REACH words after it (no mark between), «since» and a plural span (`held_since`, `held_span`: منذ أسابيع) or
    a `held_whole` word (معظم، طوال): control held long, a state, no capture of the day (round 88): «وسيطرت ميليشيا
    الحوثيين … على قاعدة «العند» … منذ أسابيع»، «وسيطرت حركة الحوثيين على قاعدة العند … معظم الفترة التي انقضت»."""
    if ev.event != "COERCE" or ev.cameo != SEIZE_CAMEO:
        return False
    words = _function_words()
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.start)
    if k is None:
        return False
    norm = toks[k].norm
    bare = strip_wa(norm)
    if not any(bare.startswith(w) for w in words.held_verb):
        return False
    for j in range(k + 1, min(len(toks), k + 1 + HELD_REACH)):
        tok = toks[j]
        if tok.kind == "punct" and tok.norm not in _QUOTE_MARKS:
            return False
        if tok.norm in words.held_whole or tok.norm in words.held_span and toks[j - 1].norm in words.held_since:
            return True
    return False


def office_title(article: Article, ev: Event) -> bool:
    """True for an event noun (no verb; asked of cooperation only, the word offices are named by: «رئيس القمة»
    chairs a summit that was held) that ends the name of an office or a department: right after a title word
    (function_words.tsv `office`: مدير، وزيرة) or an `office_unit` head (وزارة، إدارة) and its «عام», or joined to
    it by و or ل past at most OFFICE_REACH definite words of that name, in its clause: «مدير عام التخطيط والتنسيق
    التنموي بالإمارة»، «وزارة الخارجية والتعاون الدولي»، «وزيرة التعاون الدولي»; a title, no act (round 110). An
    event noun with no و or ل after a title and its words is the verb's object and stays («أكد مدير الأمن العام
    التعاون»)."""
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.start)
    if k is None or k == 0:
        return False
    m = _trigger_mention(article, ev)
    if m is None or m.get("pos") == "verb":
        return False
    joined = toks[k].norm[:3] in ("وال", "لل")
    j = k - 1
    while j >= 0 and k - j <= OFFICE_REACH + 1:
        norm = toks[j].norm
        if norm in _function_words().office or norm in _office_units():
            return joined or j == k - 1 or j == k - 2 and toks[k - 1].norm == _GENERAL
        if j == k - 1 and norm == _GENERAL:
            j -= 1  # («مدير عام التعاون»: the title's «عام» right before the noun)
            continue
        if not joined or toks[j].kind == "punct" or not (norm.startswith("ال") or norm == _GENERAL):
            return False
        j -= 1
    return False


@lru_cache(maxsize=1)
def _office_units() -> frozenset[str]:
    """The `office_unit` heads of topic_words.tsv (وزارة، إدارة), bare, read once."""
    return frozenset(_topic_class("office_unit"))


def reporter_meeting(article: Article, ev: Event) -> bool:
    """True for a meeting told by a `we_met` verb (a first person: التقينا، التقيتهم) whose parties have no code and
    no armed or political sector: the writer's own interview with the people of his story («في بداية التقينا بأحد
    الكدادين»، «ورفض حسين علي … التقينا به في مواقف جزيرة الجسر»), no meeting of political actors (round 110). A
    minister's «التقينا بوزير الخارجية» names a coded party and stays."""
    if any(x.code or x.sector in ARMED_SECTORS or x.sector in PARTY_SECTORS for x in (*ev.actor, *ev.recipient)):
        return False
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.start)
    return k is not None and toks[k].norm in _we_met() and not _quoted_speech(article, ev, toks, k)


def _quoted_speech(article: Article, ev: Event, toks: list, k: int) -> bool:
    """True when token k follows a colon or an opening quote, or a report verb (cues.tsv report: قال، أضاف) stands
    before it in its sentence: a speaker's own words («وقال المبعوث الدولي …: التقينا بالأطراف اليمنية»), no
    narration of the writer (round 110 mend)."""
    if any(t.kind == "punct" and t.text in _SPEECH_OPENERS for t in toks[:k]):
        return True
    return any(x.kind == "cue" and x.label == REPORT_CUE and x.start < ev.trigger.start
               for x in article.sentence_mentions(ev.sentence))


@lru_cache(maxsize=1)
def _we_met() -> frozenset[str]:
    """The `we_met` verbs of topic_words.tsv (التقينا، التقيتهم), bare and with و or ف, read once."""
    return frozenset(p + w for w in _topic_class("we_met") for p in ("", "و", "ف"))


def habitual_cooperation(article: Article, ev: Event) -> bool:
    """True for cooperation told by a bare present of its verb (a `cooperate_present` word) joined by و or ف to a
    description before it or right after a `describing` word (التي، لأنها), with no flag (nor negation) and no
    `present_framed` word (أن، لن، كان) one or two words before it: a habit or a description, no act of
    cooperation (round 88): «لأنها تتعاون مع كليات وجامعات دولية»، «تلك القوات التي تعمل كقوات برية وتتعاون معنا».
    A present opening its clause («تتعاون دول المنطقة دون الإقليمية بشكل جيد مع الشركاء»), a refusal told («لا
    تتعاون»), a call («يجب أن تتعاونا»), a claim of a past habit («شرطيين كانا يتعاونان مع عصابة داعش»), two
    states' cooperation (topics.states_act: «وجدد كيري التأكيد على أن الولايات المتحدة ومصر تتعاونان سويًا») and a
    verb with its subject after it, the news of the day («وتتعاون البلدية مع إدارة التعليم في تنظيم الحملة») stay,
    as does the future (ستتعاون)."""
    if ev.event != "COOPERATE" or ev.future or ev.hypothetical or ev.negated or states_act(ev):
        return False  # two states' cooperation stated stays («أن الولايات المتحدة ومصر تتعاونان سويًا»: round 51)
    if any(x.start > ev.trigger.start for x in ev.actor):
        return False  # a subject after its verb tells the news: «وتتعاون البلدية مع إدارة التعليم في تنظيم الحملة»
    words = _function_words()
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.start)
    if k is None:
        return False
    norm = toks[k].norm
    bare = strip_wa(norm)
    joined = bare != norm and bare in words.cooperate_present  # «… في السعودية، وتتعاون مع كليات»
    described = norm in words.cooperate_present and k > 0 and toks[k - 1].norm in words.describing
    if not (joined or described):
        return False  # a bare present opening its clause states what is done («تتعاون دول المنطقة مع الشركاء»)
    return not any(toks[j].norm in words.present_framed for j in range(max(0, k - 2), k))


def relative_object(article: Article, ev: Event) -> bool:
    """True for aid told by a verb right after a `describing` relative (الذي، التي) and right before a mark, with no
    recipient: the verb's object is the relative's antecedent, and the aid word its tail was read from stands in
    another clause past the mark (round 94: «جاء نتيجة الأداء الذي قدموه، وكذلك الدعم الذي حظي به»: a team's
    performance, no aid). Aid with its object in its clause («المساعدات التي قدمتها المملكة لليمن») stays."""
    if ev.recipient:
        return False
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.start)
    if not k or k + 1 >= len(toks) or toks[k + 1].kind != "punct" or \
            toks[k - 1].norm not in _function_words().describing:
        return False
    m = _trigger_mention(article, ev)  # (an article-wide scan: last)
    return m is not None and m.get("pos") == "verb"


def strike_support(article: Article, ev: Event) -> bool:
    """True for support told by a verb (not its noun: «دعم») whose subject, at most STRIKE_REACH words before it with no
    mark between, is a `strike_noun` (ضربات، غارات، طائرات) and whose parties all stand after it: «مشيرًا إلى أن ضربات
    التحالف الجوية دعمت الأكراد في هذه العملية» is air support, the Kurds its recipient (round 88)."""
    if ev.event != "SUPPORT" or any(x.start < ev.trigger.start for x in ev.actor + ev.recipient):
        return False
    m = _trigger_mention(article, ev)
    if m is None or m.get("pos") != "verb":
        return False
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.start)
    if k is None:
        return False
    strike = _function_words().strike_noun
    for j in range(k - 1, max(-1, k - 1 - STRIKE_REACH), -1):
        if toks[j].kind == "punct":
            return False
        if toks[j].norm in strike:
            return True
    return False


_ARREST_CAMEO = "173"  # the CAMEO code of an arrest or a capture, the list's last act an agent is read after (listed_agent)


def listed_agent(article: Article, ev: Event) -> Event:
    """A killing with no actor that a later act of its sentence's list shares its agent with: the next event after it
    in the sentence with a doer, a capture or an arrest (COERCE 173), whose actor stands right after a `passive_agent`
    cue («على يد، من قبل»), with no mark that ends a sentence part (anchors' stops, the colon too) and no other event
    with a doer between («مقتل ثمانية عشر حوثياً …، وإصابة العشرات، إلى جانب أسر ستة حوثيين على يد المقاومة»): the
    killing takes that actor. Round 95."""
    if ev.event != "ASSAULT" or ev.actor:
        return ev
    later = sorted((o for o in article.events if o.sentence == ev.sentence and o.trigger.start > ev.trigger.end),
                   key=lambda o: o.trigger.start)
    for o in later:
        if not o.actor:
            continue
        if o.event != "COERCE" or o.cameo != _ARREST_CAMEO:
            return ev  # (only a capture or an arrest closing a list of losses: «إلى جانب أسر ستة حوثيين على يد»)
        first = min(o.actor, key=lambda m: m.start)
        agent = any(m.kind == "cue" and m.label == "passive_agent" and 0 <= first.start - m.end <= 1
                    and m.start > o.trigger.start for m in article.mentions)
        between = article.text[ev.trigger.end:o.trigger.start]
        if agent and not _PART_STOPS.intersection(between):
            return ev.updated(actor=o.actor)
        return ev
    return ev


def as_air_support(ev: Event) -> Event:
    """The support `ev` as air support (AID 072, military aid), its parties read after the verb its recipients."""
    return replace(ev, event="AID", cameo=MILITARY_AID_CAMEO, mode=None, actor=(), recipient=ev.actor + ev.recipient)


def _aside_end(toks: list, j: int, end: int) -> int | None:
    """The index of the comma closing a short aside opened by the comma at `j` (ASIDE_REACH words at most between,
    no other mark, before `end`: «، أمس الأربعاء،»), or None."""
    if toks[j].norm not in _COMMAS:
        return None
    for i in range(j + 1, min(end, j + 2 + ASIDE_REACH)):
        if toks[i].kind == "punct":
            return i if toks[i].norm in _COMMAS and i > j + 1 else None
    return None


def anonymity_request(article: Article, ev: Event, refused: frozenset[str]) -> bool:
    """True for a request whose object, a few words after its trigger with no mark between, is a `not_done` word
    (عدم) before a `refused` or an `own_name` word: a source asking not to be named («طالبا ايضا عدم الكشف عن
    اسمه»), no request of a party (round 98)."""
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.end - 1)
    if k is None:
        return False
    not_done, names = _function_words().not_done, _written_class("own_name")
    negated = False
    for j in range(k + 1, min(len(toks), k + 1 + REFUSED_REACH)):
        norm = toks[j].norm
        if toks[j].kind == "punct":
            return False
        if norm in not_done:
            negated = True
        elif negated and (norm in refused or norm in names):
            return True
    return False


def salutation_request(article: Article, ev: Event) -> bool:
    """True for a request with a `salutation` word after its trigger, SALUTATION_REACH words at most, in its
    sentence and with no other event's trigger between: greetings to be passed on («طلب الرئيس عبدالفتاح السيسي نقل
    تحياته إلى أخيه خادم الحرمين»، «وطلب نقل تحياته وتقديره للملك سلمان»), protocol, no request (round 98)."""
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.end - 1)
    if k is None:
        return False
    words = _written_class("salutation")
    for j in range(k + 1, min(len(toks), k + 1 + SALUTATION_REACH)):
        if toks[j].norm in _SENTENCE_ENDS:
            return False
        if toks[j].norm in words:  # (the events read once, for the word found: none of their triggers before it)
            return not any(o.sentence == ev.sentence and ev.trigger.start < o.trigger.start <= toks[j].start
                           for o in article.events)
    return False


def tallied(article: Article, ev: Event) -> bool:
    """True for an event noun right after a `tally` word (إجمالي، مجموع): a total counted, a statistic («بلغ إجمالي
    الموافقات على طلبات اللاجئين دخول فرنسا 68 ألفا»), no act (round 98)."""
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.start)
    return k is not None and k > 0 and toks[k].start == ev.trigger.start \
        and toks[k - 1].norm in _definite_clitic_class("tally")


def sought_approval(article: Article, ev: Event) -> bool:
    """True for an approval noun (AGREE) in «على» right after an `obtain` word (cues.tsv) that tells a purpose: in
    the purpose lam («للحصول على موافقة البرلمان»، «السعي للحصول على موافقة ليبية رسمية») or governed by a word of
    seeking or intent at most SEEK_REACH words before it (cues.tsv future, aim, purpose: «يسعى إلى الحصول على
    موافقة»): an approval sought, not given, no agreement (round 111). «بعد الحصول على موافقة» stays."""
    if ev.event != "AGREE":
        return False
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.start)
    if k is None or k < 2 or toks[k - 1].norm != _ALA:
        return False
    cues = {m.tok_start: m.label for m in article.sentence_mentions(ev.sentence)
            if m.kind == "cue" and k - 2 - SEEK_REACH <= m.tok_start <= k - 2}
    if cues.get(k - 2) != OBTAIN_CUE:
        return False
    return toks[k - 2].norm.startswith(PURPOSE_LAM) or any(
        cues.get(j) in SEEK_CUES for j in range(k - 2 - SEEK_REACH, k - 2))


def befallen_feeling(article: Article, ev: Event) -> bool:
    """True for a verb of striking (a `befall` lemma of topic_words.tsv: أصاب، يصيب، أصيب) whose row leaves out the
    word right after it as another sense (a shock, panic, worry, success: the row's unless), where such a word, in بـ
    or definite, stands past its subject or object, at most BEFALL_REACH words on in its clause («وأصيب أصدقاء عبد العزيز بصدمة»، «أصاب
    لودريان النجاح»), or right before it as its subject («وراح القلق يصيب متابعيها»): a feeling or a success that
    befell someone, no wound (round 111)."""
    if ev.event != "ASSAULT":
        return False
    m = _trigger_mention(article, ev)
    if m is None or m.entry is None or not m.entry.unless or m.entry.tail \
            or normalize(m.entry.lemma) not in _topic_class("befall"):
        return False
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.start)
    if k is None:
        return False
    if _feeling_subject(toks, k, m.entry.unless):
        return True
    for j in range(k + 2, min(len(toks), k + 2 + BEFALL_REACH)):
        if toks[j].kind == "punct":
            return False
        if toks[j].norm.startswith(BEFALLEN_MARKS) and word_key(toks[j].norm) in m.entry.unless:
            return True
    return False


def _feeling_subject(toks: list[Token], k: int, unless: frozenset[str]) -> bool:
    """True for a definite word of a striking verb's unless list right before it, its subject («وراح القلق يصيب
    متابعيها»); not a reflexive (نفسه: «وفي اليوم نفسه أصيبت امرأة», round 111 mend), nor one governed by a
    preposition or a `feeling_setting` noun of topic_words.tsv («وسط الذعر أصيب عشرون شخصا بجروح»: the setting)."""
    if k < 1 or toks[k - 1].kind != "ar" or not toks[k - 1].norm.startswith("ال") \
            or word_key(toks[k - 1].norm) not in unless:
        return False
    head = strip_wa(toks[k - 2].norm) if k >= 2 else ""
    return head not in _function_words().preposition and head not in _topic_class("feeling_setting")


def field_of_study(article: Article, ev: Event) -> bool:
    """True for a definite event noun right after a bare `scholar` word of topic_words.tsv in construct (عالم، علم):
    the name of a field of study or of its scholar («إلى عالم الاجتماع الفرنسي بيير بورديو»، «علم الاجتماع»), no
    meeting (round 111). Not the world's, whose word is definite («وزراء المالية في العالم للاجتماع»), nor a noun in
    بـ («على علم بالاجتماعات»: aware of the meetings)."""
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.start)
    return k is not None and k > 0 and toks[k].start == ev.trigger.start and toks[k].norm.startswith("ال") \
        and strip_wa(toks[k - 1].norm) in _topic_class("scholar")


def own_people_warned(article: Article, ev: Event) -> bool:
    """True for a warning noun (THREATEN) addressed, in إلى or لـ right after it, to the warner's own people or the
    public (cues.tsv cautioned and public: رعاياها، مواطنيها، المواطنين، المسافرين): a travel or safety advisory
    («وجهت الولايات المتحدة تحذيرا إلى رعاياها أمس بعدم السفر إلى كينيا»، «أصدرت الخارجية تحذيرا لرعاياها»), no
    threat (round 111; the verb is events._no_act_past_subject's: «حذرت الحكومة المواطنين من»). Not where a
    recipient has a code the warner lacks («ووجهت إسرائيل تحذيرا إلى المواطنين اللبنانيين»), nor the public (no
    own people in a pronoun, رعاياها) warned by an armed party («ووجه الجيش الإسرائيلي تحذيرا للمواطنين في غزة
    بإخلاء منازلهم»: a threat; round 111 mend)."""
    if ev.event != "THREATEN":
        return False
    m = _trigger_mention(article, ev)
    if m is None or m.get("pos") != "noun":
        return False
    toks = article.tokens[ev.sentence]
    j = _token_at(toks, ev.trigger.end - 1)
    if j is None or j + 1 >= len(toks):
        return False  # (the addressee may end a title with no period: «وأصدرت الخارجية البريطانية تحذيرا لرعاياها»)
    word = toks[j + 1].norm
    if word == _TO and j + 2 < len(toks):
        word = toks[j + 2].norm
    elif word.startswith(_LAM + _LAM):
        word = "ال" + word[2:]  # (للمواطنين: ل on المواطنين)
    elif word.startswith(_LAM):
        word = word[1:]  # (لرعاياها)
    else:
        return False
    if word not in _addressee_words() or not _own_addressees(ev):
        return False
    return word.endswith(PRONOUN_TAILS) and not word.startswith("ال") or not any(
        a.sector in ARMED_SECTORS for a in ev.actor)  # (the warner's own people, رعاياها، مواطنيها, by any warner)


def _own_addressees(ev: Event) -> bool:
    """True when no recipient of a warning has a code its actors lack: the warner's own people, not another state's
    citizens («ووجه الحوثيون تحذيرا للمواطنين السعوديين»: SAU, a threat; round 111 mend)."""
    own = {a.code for a in ev.actor}
    return all(not r.code or r.code in own for r in ev.recipient)


@lru_cache(maxsize=1)
def _addressee_words() -> frozenset[str]:
    """The normalised `cautioned` and `public` words of cues.tsv: the own people or the public a notice addresses."""
    return frozenset(normalize(r["phrase"]) for r in _rows("cues.tsv") if r.get("cue") in ADDRESSEE_CUES)


def titled_name(article: Article, ev: Event) -> bool:
    """True for a trigger inside a quoted or bracketed name, at most TITLE_REACH words past its open mark with no
    close mark between, where a `title_lead` word of topic_words.tsv stands right before that mark: a handle, a title,
    a slogan or a grant's name («المعرف ( حزام ناسف)»، «تحت مسمى "منحة الرئيس الشهيد ابو عمار"»), no act (round 109)."""
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.start)
    if k is None:
        return False
    for j in range(k - 1, max(0, k - 1 - TITLE_REACH), -1):
        if toks[j].text in _TITLE_CLOSE:
            return False
        if toks[j].text in _TITLE_OPEN:
            return toks[j - 1].norm in _definite_clitic_class("title_lead")
    return False


def hyphenated_name(article: Article, ev: Event) -> bool:
    """True for a verb trigger joined by a hyphen to a word before or after it, no space between: a part of a compound
    name misread as a verb («وكان دان-مالام بعد ظهر الاثنين موجودا في منزله»), no act (round 99)."""
    m = _trigger_mention(article, ev)
    if m is None or m.get("pos") != "verb":
        return False  # (a noun joined by a hyphen is still one: «ووقع الهجوم-الانتحاري أمس»; round 99 mend)
    text = article.text
    start, end = ev.trigger.start, ev.trigger.end
    return text[end:end + 1] in _HYPHENS and text[end + 1:end + 2].isalpha() \
        or start > 1 and text[start - 1:start] in _HYPHENS and text[start - 2:start - 1].isalpha()


def creator_name(article: Article, ev: Event) -> bool:
    """True for a verb trigger right after a `creator` title (a poet, a writer, an artist) in a prepositional phrase,
    past one or two nisba adjectives, and with no pronoun of a clause (فيه، فيها) after it: a given name («صدر للشاعر
    العراقي طالب عبد العزيز كتاب جديد»), no act; no verb follows the noun of a phrase in ل or ب there (round 99). A
    relative pronoun is no nisba: the verb after it is a clause's («للكاتبة التي اعتقلت الشرطة زوجها»: round 99 mend)."""
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.start)
    m = _trigger_mention(article, ev)
    if k is None or m is None or m.get("pos") != "verb" or toks[k].start != ev.trigger.start:
        return False
    if k + 1 < len(toks) and toks[k + 1].norm in _CLAUSE_PRONOUNS:
        return False  # «في كلمة للرئيس العراقي طالب فيها»: a clause describing the speech
    j = k - 1
    while j >= 0 and k - j <= NISBA_REACH and toks[j].norm.startswith("ال") and toks[j].norm.endswith("ي") \
            and toks[j].norm not in _RELATIVE:  # (a relative opens a clause: «للفنان الذي قتل الجنود»)
        j -= 1
    return j >= 0 and toks[j].norm[:1] in _TITLE_PREPS and toks[j].norm in _definite_clitic_class("creator")


def described_noun(article: Article, ev: Event) -> bool:
    """True for support, opposition, aid or cooperation told by a bare present verb right after an indefinite noun
    that is no sentence's first word, no name and no closed-class word, with no `present_framed` word (أن، كان) before
    the noun and no flag: an adjective clause describing the noun («نشرت مجموعة تعارض عمليات الإجهاض»، «بناء منظومة
    تدعم موهوبي الوطن»، «سحقت جبهة النصرة مقاتلين تدعمهم الولايات المتحدة»), a stance or a habit, no act of the
    day (round 100). A subject before its verb that a name or the article makes definite («الحكومة تشجع»، «مصر
    تدعم») tells an act and stays."""
    if ev.event not in DESCRIBED_TYPES or ev.future or ev.hypothetical or ev.negated or states_act(ev):
        return False  # (two states' act stated stays: «أن الولايات المتحدة ومصر تتعاونان»)
    m = _trigger_mention(article, ev)
    if m is None or m.get("pos") != "verb" or m.get("aspect") != "imperfect":
        return False
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.start)
    if k is None or k < 2 or toks[k].start != ev.trigger.start or toks[k].norm != strip_wa(toks[k].norm):
        return False  # (a verb joined by و continues a clause before it: «وتمنع أي تجمعات»)
    noun, before = toks[k - 1], toks[k - 2]
    if k == 2 or toks[k - 3].kind == "punct":
        return False  # two words opening a clause may be a name and its verb («“لوكهيد مارتن تدعم الحكومة»)
    if not _indefinite_word(noun) or before.norm in _function_words().present_framed:
        return False
    kinds = {x.kind for x in article.sentence_mentions(ev.sentence) if x.start < noun.end and noun.start < x.end}
    if toks[k].norm.endswith(PLURAL_VERB_END) and "agent" not in kinds:
        return False  # a plural verb describes people: «خبراء يؤيدون»; «تصريح بناء يرفضون» is a clause of its own
    return "actor" not in kinds  # a name: «مصر تدعم»


def described_writing(article: Article, ev: Event) -> bool:
    """True for an event told by a bare present verb describing a written or recorded thing (a `writing` word of
    topic_words.tsv: كتب، منشورات، مقاطع, right before the verb or before one indefinite adjective), or by an event
    noun right after that verb's على or إلى or with its لـ: what the books or clips urge or back, seized material, no
    act of anyone (round 102: «عثر في منزله على كتب تكفيرية تحث على القتال والإرهاب», an arrested cell's books)."""
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.start)
    if k is None or toks[k].start != ev.trigger.start:
        return False
    if _writing_verb(toks, k):
        return True
    if k >= 2 and toks[k - 1].norm in _COMPLEMENT_PREPS and _writing_verb(toks, k - 2):
        return True
    return k >= 1 and toks[k].norm.startswith("لل") and _writing_verb(toks, k - 1)


def _writing_verb(toks: list, j: int) -> bool:
    """True if token j is a bare present verb right after a `writing` noun, or after one indefinite adjective of it
    («كتب تكفيرية تحث»); a writing noun right before the verb must be no clause's first word («وكتب يطالب»: he wrote)
    and no word that is also a verb of writing («وقد كتب يطالب»)."""
    if j < 2 or not toks[j].norm.startswith(_PRESENT_LETTERS) or toks[j].kind != "ar":
        return False
    writing = _writing_words()
    if toks[j - 1].norm in writing:
        return toks[j - 2].kind == "ar" and not toks[j - 1].norm.startswith("و") and \
            toks[j - 1].norm not in _wrote_words()  # («وقد كتب يطالب»: a bare كتب before the verb is he wrote)
    return toks[j - 2].norm in writing and _indefinite_word(toks[j - 1])


@lru_cache(maxsize=1)
def _writing_words() -> frozenset[str]:
    """The `writing` nouns of topic_words.tsv (books, leaflets, clips), bare and with و."""
    return frozenset(p + w for w in _topic_class("writing") for p in ("", "و"))


@lru_cache(maxsize=1)
def _wrote_words() -> frozenset[str]:
    """The `wrote` words of topic_words.tsv: writing nouns that are also the verb of writing (كتب)."""
    return frozenset(_topic_class("wrote"))


def _indefinite_word(tok) -> bool:
    """True for a word of DESCRIBED_MIN_LETTERS letters or more (past a joining و or ف) with neither the article, a
    pronoun suffix nor a closed class: an indefinite noun or a bare name («مجموعة»، «بخاري»); a pronoun's owner is
    definite («باعتباره ينتهك»، «فهو يشجع»، «أكد له»), and إذ، أو are particles."""
    bare = tok.norm[1:] if tok.norm[:1] in _JOINERS else tok.norm
    return tok.kind == "ar" and len(bare) >= DESCRIBED_MIN_LETTERS and not bare.startswith("ال") \
        and bare not in _closed_words() and not tok.text.endswith(PRONOUN_TAILS)


@lru_cache(maxsize=1)
def _closed_words() -> frozenset[str]:
    """The particles, numbers, pronouns and documents of function_words.tsv (the classes in CLOSED_CLASSES), and a
    complementizer or «but» with a subject pronoun (أننا، لكنها): no noun a clause describing it leaves without an
    act."""
    words = _function_words()
    closed = frozenset().union(*(getattr(words, name) for name in CLOSED_CLASSES))
    return closed | {w + end for w in words.complementizer | words.contrast for end in PRONOUN_ENDS}


def given_name_part(article: Article, ev: Event) -> bool:
    """True for a verb trigger right after a given name of given_names.tsv (not one that is also a common word, nor
    على, spelled as the name علي): a middle or family name misread as a verb («اختيار هاني طالب بلان عضو مجلس»،
    «أصبح هاني طالب بلان أول قطري»), no act; news names a subject before its verb by more than a bare given name
    (round 100)."""
    m = _trigger_mention(article, ev)
    if m is None or m.get("pos") != "verb":
        return False
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.start)
    if k is None or k == 0 or toks[k].start != ev.trigger.start:
        return False
    return toks[k - 1].norm != _ALA and toks[k - 1].norm in _bare_given_names() \
        or speaker_name_part(article, ev, toks, k)


def speaker_name_part(article: Article, ev: Event, toks: list, k: int) -> bool:
    """True for the verb trigger at token k right after the one word that follows a report verb (a `report` cue: أكد،
    قال), a word of no closed class: the speaker's name goes on, no verb stands between a report verb's subject and
    what is said («من جهته أكد بخاري دان معلم أحد سكان قرية مجاورة أن المتطرفين»: دان is a name, round 100)."""
    if k < 2 or not _indefinite_word(toks[k - 1]):
        return False  # (a definite subject is no name's first part: «وحسب المعلومات استهدف التفجير»)
    start, word = toks[k - 2].start, toks[k - 1]
    if any(x.start <= word.start and word.end <= x.end for x in ev.actor):
        return False  # a name the lexicons know, which the coder made the act's doer, is whole («أعلنت فرنسا فرض
        # عقوبات»، «أعلنت واشنطن فرض»: the word after it is the verbal noun announced, events._announced_masdar)
    return any(x.kind == "cue" and x.label == REPORT_CUE and x.start == start
               for x in article.sentence_mentions(ev.sentence))


@lru_cache(maxsize=1)
def _bare_given_names() -> frozenset[str]:
    """The normalised given names of given_names.tsv that are no common word too (its `word` column empty)."""
    from ..lexicon.compile import _rows

    return frozenset(normalize(r["name"]) for r in _rows("given_names.tsv") if r.get("word") != "y")


def comparative_quality(article: Article, ev: Event) -> bool:
    """True for an event noun, indefinite and in the accusative (ـا), right after a `comparative` word (أكثر، أقل): a
    quality compared, the specification of an elative («لإطار عمل أكثر تعاونا يشمل إيران»: a more cooperative
    framework), no act, in a story (a text of fewer than DOMESTIC_ARTICLE_SENTENCES sentences is coded as it reads;
    round 99)."""
    if len(article.sentences) < DOMESTIC_ARTICLE_SENTENCES:
        return False
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.start)
    if k is None or k == 0 or toks[k].start != ev.trigger.start or toks[k].end != ev.trigger.end:
        return False
    norm = toks[k].norm
    return norm.endswith("ا") and not norm.startswith("ال") and toks[k - 1].norm in _written_class("comparative")


def _received(ev: Event) -> bool:
    """True for an event whose trigger is a `receive_verb` (استقبل، تستقبل) as written, و taken off."""
    return strip_wa(normalize(_first(ev.trigger.text))) in _topic_class("receive_verb")


def welcomed_step(article: Article, ev: Event) -> bool:
    """True for a meeting told by a `receive_verb` (استقبل) with no recipient whose object, STEP_REACH words at most
    after it in its clause (past its subject), is a `step` word: a step, a decision or news received («واستقبل سكان
    قندهار هذه الخطوة في بدايتها»), a welcome, no guest received (round 99)."""
    if ev.event != "CONSULT" or ev.recipient or not _received(ev):
        return False
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.end - 1)
    if k is None:
        return False
    steps = _definite_clitic_class("step")
    for j in range(k + 1, min(len(toks), k + 1 + STEP_REACH)):
        if toks[j].kind == "punct":
            return False
        if toks[j].norm in steps:
            return True
    return False


def as_welcome(ev: Event) -> Event:
    """The step received `ev` as a welcome: SUPPORT 051 (praise or endorse), as the trigger lexicon codes رحب."""
    return replace(ev, event="SUPPORT", cameo=WELCOME_CAMEO, mode=None)


def decree_target(article: Article, ev: Event) -> bool:
    """True for an attack told by a `target_verb` (استهدف) with a `decree` word right after it, its subject: a decree
    or sanctions that target a body («واستهدف الأمر الجمهوري البنك المركزي الإيراني»), no attack; a decree word further
    on is another clause («استهدف مسلحون حافلة، الأمر الذي أدى»: round 99 mend)."""
    if ev.event != "ASSAULT" or strip_wa(normalize(_first(ev.trigger.text))) not in _topic_class("target_verb"):
        return False
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.end - 1)
    return k is not None and k + 1 < len(toks) and toks[k + 1].norm in _definite_clitic_class("decree")


def as_sanction(ev: Event) -> Event:
    """The decree's target `ev` as a sanction: SANCTION 163 (discontinue, as the embargo rows of the trigger lexicon)."""
    return replace(ev, event="SANCTION", cameo=EMBARGO_CAMEO, mode="discontinue")


def court_conviction(ev: Event) -> bool:
    """True for a condemnation told by a `condemn_verb` (أدانت، يدين) whose parties that did it are all courts (the
    JUDICIAL_SECTOR): a court's condemning is a conviction («وأدانت المحكمة سيدة تدعى فاطمة وثلاثة من أبنائها»،
    «وقد أدانت المحكمة صحافيي الجزيرة بنشر معلومات كاذبة»), no criticism (round 98); so a ratifying (SUPPORT 057,
    صادق، مصادقة) by courts only: a court upholds a sentence («صادقت محكمة الاستئناف الجزائية المتخصصة على حكم صادر
    عن المحكمة الجزائية المتخصصة بتعزير أكاديمي»), no political approval (round 103); and so an endorsing (أيدت, SUPPORT
    051) of a ruling word by courts only: «أيدت محكمة استئناف أبوظبي، الحكم الصادر بإدانة شاب» (round 105)."""
    return bool(ev.actor) and all(x.sector == JUDICIAL_SECTOR for x in ev.actor) and (
        ev.event == "ACCUSE" and strip_wa(normalize(_first(ev.trigger.text))) in _topic_class("condemn_verb")
        or ev.event == "SUPPORT" and ev.cameo == RATIFY_CAMEO and _ratifies_ruling(ev)
        or ev.event == "SUPPORT" and ev.cameo == WELCOME_CAMEO and _upholds_ruling(ev))


RULING_REACH = 3  # how many words past the على of a court's ratifying its ruling word may stand («على حكم صادر»)
RATIFIED_REACH = 10  # how many words past the trigger (its subject, a court's long name) that على may stand


def _ratifies_ruling(ev: Event) -> bool:
    """True when a `ruling` word (حكم، أحكام: topic_words.tsv) stands RULING_REACH words at most past the first على after
    the ratifying trigger: a court upholds a sentence; a court ratifying election results or a treaty convicts no one
    (review of round 103: «صادقت المحكمة الدستورية على نتائج الانتخابات»)."""
    words = [normalize(w.strip("،,.«»()")) for w in
             ev.sentence_text[ev.trigger.end - ev.sentence_start:].split()[:RATIFIED_REACH + RULING_REACH]]
    if "علي" not in words[:RATIFIED_REACH]:
        return False
    k = words.index("علي")
    rulings = _topic_class("ruling")
    return any(w.removeprefix("ال") in rulings for w in words[k + 1:k + 1 + RULING_REACH])


BREACH_REACH = 5  # how many words before a truce noun a `breach` word may stand, past the breaker (breached_truce)


def breached_truce(article: Article, ev: Event) -> bool:
    """True for a truce (RETREAT ceasefire) whose noun a `breach` word (خرق، انتهك) stands before in its clause, past its
    breaker, BREACH_REACH words at most, with no punctuation, preposition, ثم or أن, nor another trigger between
    (_clause_stops): «بعد خرق مليشيات الحوثي وصالح الهدنة» tells the truce broken, no ceasefire
    declared (the trigger lexicon's not_after reads only the word right before it: «خرقوا الهدنة»; round 105)."""
    if ev.event != "RETREAT" or ev.mode != "ceasefire":
        return False
    toks = article.tokens[ev.sentence]
    k = _token_at(toks, ev.trigger.start)
    if k is None:
        return False
    breach, stops = _written_class("breach"), _clause_stops()
    acts = {m.start for m in article.sentence_mentions(ev.sentence) if m.kind == "trigger"}
    for j in range(k - 1, max(-1, k - 1 - BREACH_REACH), -1):
        if toks[j].norm in breach:
            return True
        if toks[j].kind == "punct" or toks[j].norm in stops or toks[j].start in acts:
            return False
    return False


@lru_cache(maxsize=1)
def _clause_stops() -> frozenset[str]:
    """The function words a breach word's reach back from a truce noun stops at (a preposition, ثم، أن): another
    clause or phrase stands between («انتهكت القوات الأجواء ثم أبرمت هدنة»: review of round 105)."""
    words = _function_words()
    return words.preposition | words.sequel | words.complementizer


def _upholds_ruling(ev: Event) -> bool:
    """True when a `ruling` word (حكم، أحكام) stands RULING_REACH words at most past the endorsing trigger and the
    court's name, its object: «أيدت محكمة استئناف أبوظبي، الحكم الصادر بإدانة شاب خليجي» upholds a sentence; a ruling
    word further on names no object the court upheld («أيدت المحكمة العليا قرار الحكومة بإلغاء نظام الحكم المحلي»:
    review of round 105)."""
    rulings = _topic_class("ruling")
    start = max(ev.trigger.end, *(x.end for x in ev.actor)) - ev.sentence_start
    return any(normalize(w.strip("،,.«»()")).removeprefix("ال") in rulings for w in
               ev.sentence_text[start:].split()[:RULING_REACH])


def as_conviction(ev: Event) -> Event:
    """The court's condemnation `ev` as a conviction: SANCTION 160, mode convict, in a legal context."""
    return replace(ev, event="SANCTION", cameo=CONVICT_CAMEO, mode="convict",
                   context=ev.context if "legal" in ev.context else (*ev.context, "legal"))


@lru_cache(maxsize=None)
def _written_class(name: str) -> frozenset[str]:
    """The words of a topic_words.tsv class as written, bare and with و or ب (read once per class)."""
    return frozenset(p + w for w in _topic_class(name) for p in ("", "و", "ب"))


@lru_cache(maxsize=1)
def _function_words() -> FunctionWords:
    """The packaged function words, loaded once."""
    return FunctionWords.load()


@lru_cache(maxsize=1)
def _figure_words() -> frozenset[str]:
    """The trigger words that a figure right after may give another sense (figure_sense): `coincide` and
    `price_for`."""
    words = _function_words()
    return words.coincide | words.price_for
