"""Load the packaged lexicons once and compile them into fast token matchers."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

from ..arabic.normalize import name_form, normalize, word_key
from ..errors import LexiconError
from .morph import verb_forms_by_aspect
from .packaged import packaged_text

_END = "\0"  # payload slot in a trie node


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """An entity of the actor lexicon: top code, sector, canonical name, kind and validity dates."""

    phrase: str
    code: str
    sector: str
    name: str
    kind: str
    valid_from: str = ""
    valid_to: str = ""
    form: str = ""  # a one-word name's `name_form`: the text word must have it too ("" = any word of the key)
    article_free: bool = False  # `form` is taken without the article: a nisba or plural may take ال or not

    def valid_on(self, date: str | None) -> bool:
        """True if the entry's code holds on `date` (YYYY-MM-DD), or when either is unknown."""
        if not date:
            return True
        if self.valid_from and date < self.valid_from:
            return False
        if self.valid_to and date > self.valid_to:
            return False
        return True


@dataclass(frozen=True, slots=True)
class AgentEntry:
    """A role noun of the agent lexicon that gives a sector (وزير الدفاع → GOV, مسلحون → UAF)."""

    phrase: str
    sector: str
    name: str
    feminine: bool = False  # one word in ة or ات: a text word must end in one of them (دورية is not الدوري)
    construct: bool = False  # a sound plural in construct (form "construct": مسؤولي، متمردو): a text word in ة, ات or
    # ا, or its own spelling with ال, is another word that shares its key (المسؤولية، مسؤوليات، the family name
    # المعلمي); one in the pronoun ه is its own (مقاتليه)


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """An event trigger: PLOVER type, mode, CAMEO code, and where its recipient is found."""

    event: str
    mode: str
    cameo: str
    pos: str  # "verb" or "noun"
    lemma: str  # verbs: the perfect form, normalised; nouns: the form as the row writes it
    prep: tuple[str, ...]  # "obj" and/or normalised prepositions
    gen: str  # nouns: what a following genitive names, "actor" or "recipient"
    tail: tuple[str, ...]  # word keys that must follow
    context: tuple[str, ...] = ()  # PLOVER contexts the trigger itself makes evident
    feminine: bool | None = None  # nouns: listed with ة (مساعدة) or without (طلب); None for verbs
    unless: frozenset[str] = frozenset()  # word keys that, right after the trigger, mean another sense
    not_after: frozenset[str] = frozenset()  # word keys that, right before the trigger, mean another sense
    # the unless keys the row writes only with ة or ات (مساعدات): a bare word of that key is another word (مساعد)
    unless_feminine: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class CueEntry:
    """A function word or phrase: negation, future, hypothetical, passive agent, light verb…"""

    phrase: str
    cue: str


def _rows(name: str) -> list[dict[str, str]]:
    """Rows of a packaged TSV file (comment lines starting with # skipped), as dicts."""
    lines = [ln for ln in packaged_text(name).splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines:
        return []
    # (split by hand, as csv's DictReader with QUOTE_NONE reads these files, at a third of its cost: a missing
    # cell is "", a cell past the header's is dropped, a column with no name too)
    head = lines[0].split("\t")
    cols = [(i, k) for i, k in enumerate(head) if k]
    pad = [""] * len(head)
    out = []
    for ln in lines[1:]:
        cells = ln.split("\t")
        if len(cells) < len(head):
            cells += pad[len(cells):]
        out.append({k: cells[i].strip() for i, k in cols})
    return out


def _phrase_keys(phrase: str) -> tuple[str, ...]:
    """The word keys of a lexicon phrase ("_" and spaces separate words)."""
    words = normalize(phrase.replace("_", " ")).split()
    return tuple(word_key(w) for w in words if w)


def _feminine_only(phrase: str) -> frozenset[str]:
    """The keys of a row's words (space-separated) that it writes only with ة or ات, never bare (المساعدات،
    مساعدات but no مساعد): the key a bare masculine word shares names another word («استقبل مساعد الوزير»)."""
    words = normalize(phrase.replace("_", " ")).split()
    feminine = {word_key(w) for w in words if w.endswith(("ه", "ات"))}
    return frozenset(feminine - {word_key(w) for w in words if not w.endswith(("ه", "ات"))})


@dataclass(frozen=True)
class FunctionWords:
    """Closed-class words the coder reads, by class (function_words.tsv), in normalised spelling."""

    preposition: frozenset[str] = frozenset()
    link: frozenset[str] = frozenset()
    number: frozenset[str] = frozenset()
    filler: frozenset[str] = frozenset()  # includes the numbers
    owner: frozenset[str] = frozenset()
    owned_bi: frozenset[str] = frozenset()  # خاصة before بـ after an indefinite noun: the phrase in بـ owns the noun
    owner_prep: frozenset[str] = frozenset()  # عن، مع: a verb's own preposition word whose noun's genitive is whom the act is about
    told_in: frozenset[str] = frozenset()  # بيان، تقرير after في past a subject: where the act was told, no party
    audience: frozenset[str] = frozenset()  # أمام before the body an act was told to: an adjunct, no object
    adverb: frozenset[str] = frozenset()
    complementizer: frozenset[str] = frozenset()
    pronoun_that: frozenset[str] = frozenset()
    day: frozenset[str] = frozenset()
    light_time: frozenset[str] = frozenset()  # a time of day a past light verb may stand before (شنت … ليلا غارات)
    count: frozenset[str] = frozenset()
    casualty: frozenset[str] = frozenset()
    cause: frozenset[str] = frozenset()
    caused_by: frozenset[str] = frozenset()  # نتج، ناجم between two attack words: the second caused the first
    result: frozenset[str] = frozenset()
    past_anchor: frozenset[str] = frozenset()
    resumptive_bi: frozenset[str] = frozenset()
    lands_plural: frozenset[str] = frozenset()  # broken plurals of lands: a feminine verb (دول); lands meddled in (في الدول)
    raider: frozenset[str] = frozenset()  # those who only raid, in a raid noun's genitive (المستوطنين)
    patient_noun: frozenset[str] = frozenset()  # arrest/penalty verbal nouns whose genitive undergoes the act (إيداع، معاقبة)
    intransitive_light: frozenset[str] = frozenset()
    against: frozenset[str] = frozenset()  # a preposition naming the target of a hostile act (ضد، بحق)
    kinship: frozenset[str] = frozenset()  # a name after it is a father's or a family's (بن، ابن، بنت)
    bond_noun: frozenset[str] = frozenset()  # a party's supporters' noun as written before a possessive (انصار، مويدي)
    act_noun: frozenset[str] = frozenset()  # a noun heading the event noun after it (عملية الاختطاف، حادث الطعن)
    future_light: frozenset[str] = frozenset()  # a light verb with the future س (سيقوم، ستشن)
    among: frozenset[str] = frozenset()  # «among them»: what follows is part of the phrase before (بينهم، منهم)
    weapon: frozenset[str] = frozenset()  # a weapon or fighting vehicle: never the party an act befell (الدبابات)
    not_verb: frozenset[str] = frozenset()  # a whole written word never read as a verb (وزارته: his ministry)
    manner: frozenset[str] = frozenset()  # with مع after it, the manner of the act: بالتعاون مع، بالتنسيق مع
    office: frozenset[str] = frozenset()  # a title that after a person's name is his office (ولي عهد، رئيس)
    honorific: frozenset[str] = frozenset()  # a form of address before a name (معالي، فخامة، صاحب السمو)
    addressed_all: frozenset[str] = frozenset()  # «all» before a party a verb of appeal calls on (دعت جميع اليمنيين)
    both_sides: frozenset[str] = frozenset()  # «the two sides», a verb's subject: the parties of the last meeting (الجانبان)
    control_light: frozenset[str] = frozenset()  # a verb extending the control noun after it (بسط، أحكم): a town taken
    managed: frozenset[str] = frozenset()  # «managed, succeeded» before من/في and a control noun: a town taken (تمكن)
    done: frozenset[str] = frozenset()  # before a seizure's verbal noun, the act told done (أعلن، تم، بعد): a town taken
    stress_after: frozenset[str] = frozenset()  # after a pronoun after a verb, a subject told before (هو الآخر، هي أيضا)
    control_lost: frozenset[str] = frozenset()  # before a control noun, control lost (فقدت، خسر): no seizure
    trying: frozenset[str] = frozenset()  # a verb of trying in the present (يحاولون): the act after it is the day's news
    reason_lam: frozenset[str] = frozenset()  # its لـ tells why or what befell (استنكارا، نظرا): no purpose of a seizure
    campaign_head: frozenset[str] = frozenset()  # معركة، عملية، حملة: a seizure noun in its genitive is fought for
    campaign_start: frozenset[str] = frozenset()  # بدأت، انطلاق، تنفيذ before a campaign noun: its seizure still ahead
    heading: frozenset[str] = frozenset()  # تتجه، زحف: a seizure noun in its إلى is where a force heads, still ahead
    loyal: frozenset[str] = frozenset()  # الموالية: before ل, a party whose state a force of none takes (not a state)
    near_tail: frozenset[str] = frozenset()  # «أوقف شخص»: a verb and its object tail, to be met bare and near it
    suspected: frozenset[str] = frozenset()  # يشتبه، يعتقد: a passive verb of suspicion opening a party's side
    belonging: frozenset[str] = frozenset()  # ينتمون: a verb of belonging, before the ل of the party one belongs to
    stance: frozenset[str] = frozenset()  # المؤيدة، المناهضة: support or opposition toward a party in ل after it
    repel: frozenset[str] = frozenset()  # صدت، تصدت: a word of repelling before the attack it repels
    foil: frozenset[str] = frozenset()  # أحبطت، إحباط: a word of foiling before the attack it foils
    control: frozenset[str] = frozenset()  # after a verb and its subject, governs a verbal noun (عمدت الشرطة إلى قمعها)
    pronoun_object: frozenset[str] = frozenset()  # على with an attached pronoun: an object told before (القبض عليهم)
    during: frozenset[str] = frozenset()  # a preposition of time: its event noun says when, not what (خلال الزيارة)
    other: frozenset[str] = frozenset()  # «another» of the noun before: مصادر أمنية وأخرى طبية
    express: frozenset[str] = frozenset()  # a verb of expressing a feeling (أعرب عن، عبّر عن، أبدى)
    genitive_head: frozenset[str] = frozenset()  # a noun whose genitive follows, never a verb (نتيجة قصف، جراء القصف)
    rank: frozenset[str] = frozenset()  # a title between a form of address and a name (صاحب السمو الشيخ سيف)
    abbreviated_title: frozenset[str] = frozenset()  # a title written as a letter and a dot (د. = الدكتور)
    kin_noun: frozenset[str] = frozenset()  # a family noun: a word in ه after it is "his …" (زوجات جده)
    relatives: frozenset[str] = frozenset()  # a family member with a pronoun (اقاربه، والده، جدتي): a private visit
    homeland: frozenset[str] = frozenset()  # a land noun before a family member (مسقط رأس والده): a land, no relative
    deposed: frozenset[str] = frozenset()  # a fallen regime's adjective (النظام المخلوع): not the regime a row names
    nationality_noun: frozenset[str] = frozenset()  # a person's nationality after a comma (الكويتي الجنسية)
    country_head: frozenset[str] = frozenset()  # a body's or office's noun in construct before a country's name
    # that not_entities.tsv keeps apart (حكومة مالي، رئيس مالي): there the word is the country
    sub_unit: frozenset[str] = frozenset()  # a body's department (دائرة، إدارة، لجنة) named before «في» and its
    # body: «دائرة العرض في هيئة التحقيق» is that body's, one party
    people_plural: frozenset[str] = frozenset()  # a broken plural of people (قراصنة، جنود): a later plural verb resumes it
    inform: frozenset[str] = frozenset()  # a verb of informing (أبلغ): a noun with its pronoun after the one told is the subject's
    led_by: frozenset[str] = frozenset()  # a noun in بـ telling under whom (بقيادة، بدعم): its genitive is no object
    leader_verb: frozenset[str] = frozenset()  # a relative verb of leading (الذي تقوده): its subject is no party
    former: frozenset[str] = frozenset()  # an adjective of a former holder (الرئيس السابق): the title is no office now
    stipulating: frozenset[str] = frozenset()  # القاضي after a definite noun, before بـ and a verbal noun: "stipulating", no judge
    in_it: frozenset[str] = frozenset()  # a pronoun in a preposition resuming a call or a message (أعرب فيه عن)
    masculine_place: frozenset[str] = frozenset()  # a country named with no article that is masculine (لبنان)
    masculine_head: frozenset[str] = frozenset()  # a masculine singular head noun, no subject of a verb in ـت (حزب)
    adjective_place: frozenset[str] = frozenset()  # a country's name that is also an adjective (مالي: عرض مالي)
    told_place: frozenset[str] = frozenset()  # a town's name that is also a common word, a place after في at a phrase's end where the article tells its country (قم، الخبر)
    place_not_title: frozenset[str] = frozenset()  # a title's ة form naming a place (محافظة: no governor)
    abroad: frozenset[str] = frozenset()  # «international», «foreign» said of a body: no home's (المحاكم الدولية)
    consequence: frozenset[str] = frozenset()  # the consequences a warning names make it a threat (من مغبة، عواقب)
    addressed: frozenset[str] = frozenset()  # a party appealed to, never the appeal's subject (المجتمع الدولي)
    host_time: frozenset[str] = frozenset()  # a preposition of time before a meeting noun and pronoun (أثناء زيارته)
    denied_be: frozenset[str] = frozenset()  # «be» between a denial's أن and the denied verb (نفى أن يكون استهدف)
    period: frozenset[str] = frozenset()  # a week or month noun a current word makes this one (الأسبوع الجاري)
    time_head: frozenset[str] = frozenset()  # a time noun an upcoming word qualifies (الثلاثاء المقبل)
    when: frozenset[str] = frozenset()  # a conjunction of time (عندما، حينما، متى، حين)
    when_done: frozenset[str] = frozenset()  # a conjunction of time a past verb after tells done (عندما، حين)
    where_past: frozenset[str] = frozenset()  # حيث after a comma, a verb of the past after it: the clause goes on in the tense before («قد وضعت …، حيث قامت»)
    not_that: frozenset[str] = frozenset()  # ألا (أن لا) with the hamza above: the imperfect verb after it is negated
    future_negation: frozenset[str] = frozenset()  # the negation of the future, a whole written word (لن، ولن، فلن)
    tomorrow: frozenset[str] = frozenset()  # a word of tomorrow an upcoming cue stands in or after (غدا، يوم غد)
    told_of: frozenset[str] = frozenset()  # a preposition naming what the press tells of (الضوء على، تقرير عن)
    answer: frozenset[str] = frozenset()  # «in answer» before على: the act after it was another's (ردا على)
    succumbing: frozenset[str] = frozenset()  # the stem of «dying of one's wounds», read as a prefix (متأثرا بجروحه)
    member_bi: frozenset[str] = frozenset()  # a member noun whose body follows in بـ (مسؤول بوزارة، القيادي بالحزب)
    report_participle: frozenset[str] = frozenset()  # the stem of a participle going on a statement, a prefix (مشيرة، مؤكدا)
    weak_negation: frozenset[str] = frozenset()  # a negation cue that negates no event right after it (ما، غير)
    future_particle: frozenset[str] = frozenset()  # the particle of the future, a whole written word (سوف، وسوف)
    still: frozenset[str] = frozenset()  # the ending of «still» after لا, read as a suffix (لا نزال، لا يزالون)
    any_case: frozenset[str] = frozenset()  # «any» before حال: «in any case» lays down no condition (في أي حال)
    whether: frozenset[str] = frozenset()  # before إذا: «whether», no condition (ما إذا، عما إذا، فيما إذا)
    exceptive: frozenset[str] = frozenset()  # «except» after a negation: «only», the act was done (لم … إلا، سوى)
    state_after_case: frozenset[str] = frozenset()  # a state after حالة/حال: no condition (في حالة حرجة)
    planned: frozenset[str] = frozenset()  # a word of planning: its act in لـ is to come (خططوا لخطف قائده)
    self_subject: frozenset[str] = frozenset()  # a first-person subject opening what a speaker says (إنني، إننا، نحن)
    plan_light: frozenset[str] = frozenset()  # a light verbal noun in لـ after a planning word (خططوا لشن هجوم)
    name_lead: frozenset[str] = frozenset()  # a foreign given name before لو of a family name (ستيفان لو فول): no «if»
    open_doors: frozenset[str] = frozenset()  # doors opened after فتح (تفتح أبوابها … للاجتماع): the act in لـ offered
    purpose_verb: frozenset[str] = frozenset()  # a verb of obtaining in لـ (ليحصل على موافقة): its act aimed at
    topic_aim: frozenset[str] = frozenset()  # an aim word naming a topic (سبل): a talk in و after it is held
    concessive: frozenset[str] = frozenset()  # «despite»: a denial does not reach past it (رغم إقرارها بدعم)
    lead_to: frozenset[str] = frozenset()  # a future verb of bringing about, its subject after it (سيؤدي مقتله إلى)
    scale: frozenset[str] = frozenset()  # raising an act, heading its event noun (دعا إلى زيادة الانتشار العسكري)
    partake: frozenset[str] = frozenset()  # taking part, negated: its event noun is negated (لن تشارك في المفاوضات)
    wish: frozenset[str] = frozenset()  # a past verb of wanting: the event noun after it not done (أرادوا اعتقال)
    wishing: frozenset[str] = frozenset()  # a present verb of wishing before أن: the act after it still to come (أتمنى أن أزور)
    unable: frozenset[str] = frozenset()  # a verb of being able after لم/لن: the act in its من/في complement not done (لم تتمكن من تنفيذ هجوم)
    failing: frozenset[str] = frozenset()  # a verb of failing: the act in its في complement not done (فشل في الحصول على موافقة)
    attempt: frozenset[str] = frozenset()  # a verb of trying: the act it governs, then «لكنه لم ينجح», not done
    attempt_noun: frozenset[str] = frozenset()  # a noun of attempt before an attack noun: «أحبطت محاولة هجوم»
    crime_noun: frozenset[str] = frozenset()  # a noun of crime before a condemned act: «أدانت جريمة قتل»
    at_least: frozenset[str] = frozenset()  # «على الأقل» after a count, before the next count of a list
    because: frozenset[str] = frozenset()  # «بسبب»: bounds the clause of an event told after it
    elements: frozenset[str] = frozenset()  # عناصر، أفراد: a group's members, in ل after an attack noun (its doers)
    suppress: frozenset[str] = frozenset()  # فرقت، قمعت: a verb of putting down right before a protest noun (no protester)
    responsible: frozenset[str] = frozenset()  # المسؤول، المسؤولة: «responsible» before عن and an event word
    part_word: frozenset[str] = frozenset()  # بعض، عددا من: a part before a noun resuming a relative pronoun
    charge_noun: frozenset[str] = frozenset()  # تهمة، التهم: a charge; the one charged stands in لـ or إلى
    charge_direct: frozenset[str] = frozenset()  # وجه، توجيه: laying a charge; the body in إلى is charged
    referred_thing: frozenset[str] = frozenset()  # طلب، أوراق: a thing of the accused's referred, no charge
    stopping: frozenset[str] = frozenset()  # a verbal noun of stopping (وقف، إيقاف): what one failed to stop took place
    passive_present: frozenset[str] = frozenset()  # the passive light verb in the present (يتم، تتم): «قد يتم حظر»
    accept_noun: frozenset[str] = frozenset()  # a verbal noun of accepting: a refusal after its «أو» is a choice open (للتصديق على الاتفاق أو رفضه)
    intend: frozenset[str] = frozenset()  # a verb of will before أن: the verb after has its subject (إنه يعتزم أن يزور)
    t_perfect: frozenset[str] = frozenset()  # a masculine perfect that starts with ت (توجه، تعهد): no imperfect
    own_country: frozenset[str] = frozenset()  # «his country» after a stance noun: the speaker's (دعم بلاده)
    manner_bi: frozenset[str] = frozenset()  # an adverb of manner in بـ after a verb's subject, no charge (أدانت بشدة)
    sender: frozenset[str] = frozenset()  # a verb of sending a message: its subject past a comma sends it (بعث، أرسل)
    relay: frozenset[str] = frozenset()  # a verb of relaying words from a source in عن (نقلت الوكالة عن)
    to_pronoun: frozenset[str] = frozenset()  # إلى with a pronoun, spelled like a definite word (إليه)
    better: frozenset[str] = frozenset()  # «better» between من and أن: the verb after it not yet done (من الأفضل أن)
    precondition: frozenset[str] = frozenset()  # a condition laid down: its event noun supposed (شرط الانسحاب)
    basis: frozenset[str] = frozenset()  # «as a basis for»: its act in لـ only supposed (كقاعدة لإطلاق المفاوضات)
    report_noun: frozenset[str] = frozenset()  # a report or rumour noun: what its verb of telling says, denied (تقارير ذكرت)
    venture_noun: frozenset[str] = frozenset()  # إقدام/قيام: its genitive did the act judged (أدان إقدام المستوطنين على)
    intent_noun: frozenset[str] = frozenset()  # عزمه، نيتها، استعداده، قرارها: the act noun after it is the owner's
    hope_noun: frozenset[str] = frozenset()  # أمله، رغبتها after عن: the act in its أن clause is the hoper's own
    untrue: frozenset[str] = frozenset()  # a word declaring what follows false (غير، عارية، لا أساس): the report is denied
    truth: frozenset[str] = frozenset()  # truth or correctness, what an untrue word denies (غير صحيحة، عارية عن الصحة)
    eve: frozenset[str] = frozenset()  # «on the eve of» before an event noun in the present: to come (عشية زيارة يقوم بها)
    undertaking: frozenset[str] = frozenset()  # a light present verb of a relative after an event noun (زيارة يقوم بها)
    be_jussive: frozenset[str] = frozenset()  # «be» after لم: with be_in, the event noun after is negated (لم يكن في زيارة)
    be_in: frozenset[str] = frozenset()  # «in», «there» after a jussive «be» (لم يكن في، لم يكن هناك)
    if_after: frozenset[str] = frozenset()  # «if» right after an event noun: the act only supposed (استقالته إذا لم)
    item_mark: frozenset[str] = frozenset()  # an ordinal opening a numbered item (أولا:، ثانيا -): a programme's point
    ordinal: frozenset[str] = frozenset()  # «not the first»: after a negated event noun the act took place (الأولى)
    litotes: frozenset[str] = frozenset()  # after ليس/لا: «not far, not strange», nothing negated (ليس ببعيد)
    suffice: frozenset[str] = frozenset()  # a word of sufficing: its act in لـ is only possible (يكفي لإطعام)
    without: frozenset[str] = frozenset()  # «without» after a negation: the act is told (لم يمر يوم دون أن)
    liable: frozenset[str] = frozenset()  # «من شأنه أن»: liable to, what follows it only supposed (من شأنها أن تعرضها)
    charge: frozenset[str] = frozenset()  # «on charges of» in بـ: a conjunct past it may be told, not charged (بتهم فساد)
    claim: frozenset[str] = frozenset()  # a noun of claims: the event noun it governs is claimed (مزاعم دعمها للإرهاب)
    onset_aim: frozenset[str] = frozenset()  # starting or resuming in لـ, an errand that may govern a definite noun (لاستئناف الحوار)
    round: frozenset[str] = frozenset()  # a round of talks between an errand word and the talks (لبدء جولة مفاوضات)
    onset_noun: frozenset[str] = frozenset()  # starting after an eve word: the act it governs is to come (قبل بدء المفاوضات)
    reward: frozenset[str] = frozenset()  # a reward offered: the act it pays for is only supposed (مكافأة … لإلقاء القبض)
    offer_verb: frozenset[str] = frozenset()  # offering or proposing: a release, aid or talks it governs are to come (عرض … الإفراج عن ثلاثة)
    in_return: frozenset[str] = frozenset()  # in exchange for: the act after it is a term of an offer's deal (مقابل إطلاق سراح)
    abstain: frozenset[str] = frozenset()  # abstaining: the act in its عن was not done (امتنعت عن استخدام الفيتو)
    lack: frozenset[str] = frozenset()  # a noun of lack or absence: the event noun right after it is not done (قلة دعم الحكومة)
    give_up: frozenset[str] = frozenset()  # a verb of giving up: لن + it + عن keeps the act after it up, to come (لن تتخلى عن دعم)
    deliver: frozenset[str] = frozenset()  # a verbal noun of bringing in or handing out (إدخال، توزيع): the aid it governs
    allow_aim: frozenset[str] = frozenset()  # allowing as a purpose (للسماح بـ): the act in its بـ is still to come
    aim_noun: frozenset[str] = frozenset()  # a noun of wish, also after لـ or بـ (لرغبة الحكومة في إدخال): what it governs is to come
    persuade: frozenset[str] = frozenset()  # persuading (لإقناع الكونغرس بالموافقة): the act in its بـ is not done, to come
    accused: frozenset[str] = frozenset()  # accused, suspected or convicted: the act in its بـ is the charge (متهمة بالدعوة)
    vile: frozenset[str] = frozenset()  # terrorism or a plot supported: a charge, not a fact (دعم الإرهاب، يدعم مخططاً)
    fear: frozenset[str] = frozenset()  # a word of fear: the event after it or its من is feared (خوفا من هجمات)
    redress: frozenset[str] = frozenset()  # a noun of inquiry or redress: an act in its genitive was done (التحقيق في مقتل)
    prevent: frozenset[str] = frozenset()  # a verbal noun of preventing: the event after it is averted, supposed (لمنع هجمات)
    occurrence: frozenset[str] = frozenset()  # a noun of occurring between a fear or prevent word and its event (سقوط قتلى)
    purpose_light: frozenset[str] = frozenset()  # ليقوم، ليتم: a light verb in the لـ of purpose; its act is to come
    arrive: frozenset[str] = frozenset()  # جاء، وصل: a done coming, whose purpose_light act was done too
    meanwhile: frozenset[str] = frozenset()  # فيما، بينما: another matter told alongside (no police of this arrest)
    clause_opener: frozenset[str] = frozenset()  # كما، اذ (+ meanwhile, contrast: فيما، بينما، لكن، بل) after a verb: a new clause
    either_or: frozenset[str] = frozenset()  # أو between two verbs of one subject (قتلوا او اعتقلوا)
    receive_verb: frozenset[str] = frozenset()  # تلقى، تسلم، حصل على before an event noun: its subject got it
    receive_or_hand: frozenset[str] = frozenset()  # تسلم: received, or the present of سلّم (hands over) if feminine
    fixed_object: frozenset[str] = frozenset()  # القبض، سبيله right after ألقي/أخلي: the verb is the passive
    undergo: frozenset[str] = frozenset()  # يشهد، يعاني، يواجه، يتعرض: who undergoes a deed did not do it
    side_phrase: frozenset[str] = frozenset()  # وسط، ظل، خضم: a noun opening a side phrase of circumstance
    issued_from: frozenset[str] = frozenset()  # صدرت، الصادرة before عن/من: the phrase after it authored the deed
    issued_by: frozenset[str] = frozenset()  # عن، من after a word of issuing: the preposition of the deed's author
    near_from: frozenset[str] = frozenset()  # قريب، بعيد، مسافة: a word of nearness whose «من» tells how near
    far_tail: frozenset[str] = frozenset()  # مسؤولية: a verb's tail word that may stand far past the verb (حمّل X Y المسؤولية)
    far_tail_stop: frozenset[str] = frozenset()  # أن، قد، الذي، عندما: a word that opens another clause before a far tail
    be_verb: frozenset[str] = frozenset()  # كان، أصبح، بات: before a participle, a state (مطالبا: required)
    blessing: frozenset[str] = frozenset()  # بالرحمة، بالشفاء: after a participle of calling, a prayer
    envoy: frozenset[str] = frozenset()  # سفير، مندوب: an envoy's office, his seat in في before his name
    object_pronoun: frozenset[str] = frozenset()  # إياه، إياها: after a participle of accusing, the one accused
    spoken_participle: frozenset[str] = frozenset()  # واصفا، متهما: in an attack verb's clause, an attack in words
    owned_speech: frozenset[str] = frozenset()  # خطابه، كلمته: after في in an attack verb's clause, an attack in words
    speech_noun: frozenset[str] = frozenset()  # تصريحات، كلمة، بيان: a speech whose relative clause in فيها tells it
    noun_participle: frozenset[str] = frozenset()  # داعية: a preacher; an appeal only right after a comma
    counted_men: frozenset[str] = frozenset()  # عنصرا، عددا (with number, people_plural): a count of men
    body_name: frozenset[str] = frozenset()  # مجلس، قيادة: a body's own words between باسم and the party it names
    standin_subject: frozenset[str] = frozenset()  # آخرون، كثيرون right after a verb: its unnamed subject
    standin_part: frozenset[str] = frozenset()  # بعضهم، البعض right after a verb: some of a party told before
    captive: frozenset[str] = frozenset()  # مختطفين، رهائن: held by others; a release of them is not the announcer's
    take_up: frozenset[str] = frozenset()  # باشر: a police body taking up a case, who made the clause's passive arrest
    welcome: frozenset[str] = frozenset()  # a verb of welcoming before بأن: the imperfect verb after it is to come
    expect: frozenset[str] = frozenset()  # «expected» before its subject and أن: what follows أن is to come (وتوقع X أن)
    foresee: frozenset[str] = frozenset()  # يتوقع، توقعت opening a clause: what follows its far أن is to come
    contrast: frozenset[str] = frozenset()  # «but», «rather»: an event past it in a denial is asserted (لكنني طلبت)
    denial_end: frozenset[str] = frozenset()  # «after», «following»: an event past it in a denial is asserted (عقب، اثر)
    especially: frozenset[str] = frozenset()  # «especially» before بعد: a denial ends there (خصوصا بعد تبني …)
    mood_negation: frozenset[str] = frozenset()  # لم، لن (ولم، فلن): a verb in و keeping its ن (ويتهمون) is past them
    entail: frozenset[str] = frozenset()  # a verb of meaning: its event-noun subject is supposed (إن رفع العقوبات يعني)
    future_be: frozenset[str] = frozenset()  # «will be»: an imperfect verb after it is to come (سيكون أول رئيس يزور)
    outcome: frozenset[str] = frozenset()  # a verb of success or ending: negated, its event noun still took place (لم تفلح الهجمات)
    past_negation: frozenset[str] = frozenset()  # the negation of the past (لم): «not without» tells a done act
    heed: frozenset[str] = frozenset()  # heeding after a negation: its complement event took place (دون الاكتراث لقذائف)
    light_masdar: frozenset[str] = frozenset()  # a light verbal noun after a negated تم: the event after it negated (لم يتم توجيه الدعوة)
    sequel: frozenset[str] = frozenset()  # «then»: a later verb past it is no complement of a refusal before it (رفض ذلك ثم وافق)
    claim_verb: frozenset[str] = frozenset()  # a verb of claim or hearsay before أن: the act after it only claimed (يزعم أنه قدم)
    say_verb: frozenset[str] = frozenset()  # a verb of saying before إن: إن is «that», not «if» (قال إن داهمها)
    besides: frozenset[str] = frozenset()  # «in addition to» where an object would stand: the verb has none (قتلوا علاوة على)
    adverbial_masdar: frozenset[str] = frozenset()  # an adverbial masdar before من: no thing asked (هربا من الجيش)
    blast_device: frozenset[str] = frozenset()  # a bomb one sets off: who stands before it is the bomber (حزامها الناسف)
    second_object: frozenset[str] = frozenset()  # a verb's second object: the phrase before it its first (حمّل إسرائيل المسؤولية)
    held_was: frozenset[str] = frozenset()  # «was» before «في قبضة X» after a seizure: X held it (كان في قبضة)
    so_called: frozenset[str] = frozenset()  # «the one called» before a name the lexicons lack (القبض على المدعو قاسم)
    head_of: frozenset[str] = frozenset()  # رئيس، مدير in construct before a body's role phrase: of its sector (رئيس مجلس النواب)
    home_people: frozenset[str] = frozenset()  # protesters, students: of the story's country (المتظاهرين، الطلاب)
    citizen: frozenset[str] = frozenset()  # مواطن، الأهالي، وجهاء: the people of the land the story's places lie in
    stranger: frozenset[str] = frozenset()  # سياح، وافدين، حجاج: people in a land not its own, not the place's civilians
    person_noun: frozenset[str] = frozenset()  # شخص، أشخاص: a person of no sector, hit where the act is done
    language_head: frozenset[str] = frozenset()  # اللغة، يتقن: a nationality adjective after it is a language
    relative_clause: frozenset[str] = frozenset()  # الذي، التي، الذين: a place after it is the clause's, not the act's
    locative_verb: frozenset[str] = frozenset()  # يقع، توجد right after a relative pronoun: the place is where a thing lies
    document_name: frozenset[str] = frozenset()  # a document's or meeting's noun before a town: it names them (إعلان القاهرة)
    subject_pronoun: frozenset[str] = frozenset()  # an independent pronoun: a perfect form after it is a verb (ونحن طالبنا بذلك)
    possibility: frozenset[str] = frozenset()  # a noun of possibility before أن: the act after it only possible (احتمالات أن تشن هجوما)
    time_noun: frozenset[str] = frozenset()  # a noun of time before a relative pronoun: the clause is a time (في الوقت الذي)
    happened: frozenset[str] = frozenset()  # a verb of happening in the perfect: a bare month after it is past (شهدت، جرت)
    main_adjective: frozenset[str] = frozenset()  # رئيسا "main": after an indefinite accusative noun, its adjective
    news: frozenset[str] = frozenset()  # news of an act, after a negated verb of announcing (لم تعلن نبأ الزيارة)
    carry_verb: frozenset[str] = frozenset()  # taking or using an act: negated, its event noun is negated (لم تتخذ الفيتو)
    permit: frozenset[str] = frozenset()  # a verb of allowing: negated, the act in its بـ is negated (لم يسمح بشن)
    response: frozenset[str] = frozenset()  # «in answer to» before لـ: the act answered was done (تلبية لدعوة)
    reply: frozenset[str] = frozenset()  # replying before على: the act replied to was done (ترد على تهديدات)
    relative_prep: frozenset[str] = frozenset()  # a pronoun resuming «ما» after its verb: no negation (ما أكد عليه)
    direct: frozenset[str] = frozenset()  # a verb of directing: the act in its بـ is ordered, to come (وجه بسرعة القبض)
    urgency: frozenset[str] = frozenset()  # a manner noun in بـ before a directed act (بسرعة القبض، بضرورة الإفراج)
    named_verb: frozenset[str] = frozenset()  # a claim verb spelled like «is called»: no far reach (ويدعى فلان أن)
    dispatch: frozenset[str] = frozenset()  # a verb of sending forces: its act in لـ is the errand, to come (لطردهم)
    commitment: frozenset[str] = frozenset()  # a pledged commitment: its owner helps the genitive of بـ (التزامها بمساعدة)
    services: frozenset[str] = frozenset()  # «the services» as a trigger's tail: given the public, no aid (تقديم الخدمات)
    afflicted: frozenset[str] = frozenset()  # refugees, the displaced, victims: services to them are aid (للنازحين)
    background: frozenset[str] = frozenset()  # a lead-in that carries no subject on (فيما قتل احد رجال المقاومة)
    call_to: frozenset[str] = frozenset()  # الى after a call verb: a bare weekday after its noun is to come (دعا الى تجمع الاحد)
    during_it: frozenset[str] = frozenset()  # a pronoun of a visit in a word of time: a meeting in it is the visit's (خلالها)

    what: frozenset[str] = frozenset()  # «what» before a verb: a pronoun on the verb resumes it, no party (وهو ما يعارضه)
    resumed_prep: frozenset[str] = frozenset()  # a preposition after which a phrase may be resumed by a later pronoun (التقى بـ، مع)
    exchange: frozenset[str] = frozenset()  # an exchange (of fire): its other side in مع did a death told before it
    advance: frozenset[str] = frozenset()  # an advance: its genitive force did a death told before it (خلال تقدم القوات)
    operation: frozenset[str] = frozenset()  # an operation noun no trigger: its force in ل did a death (عمليتين للجيش)
    ambush: frozenset[str] = frozenset()  # an ambush noun no trigger: its rebels in ل did a death (في كمينين لمسلحين)
    series: frozenset[str] = frozenset()  # «a series of» before an operation noun (خلال سلسلة عمليات)
    many_of: frozenset[str] = frozenset()  # a number of (عددا، العديد، عشرات) between a relative clause's verb and its event noun
    comma_resume: frozenset[str] = frozenset()  # after a comma, the same sentence goes on (، كما تم ضبط)
    statement: frozenset[str] = frozenset()  # a statement or conduct noun: its owner after it is whom praise or blame is about
    chain_head: frozenset[str] = frozenset()  # a preposition heading a chain of nouns: its genitive is no subject
    onset_future: frozenset[str] = frozenset()  # a future verb of beginning: its event-noun subject is to come (ستبدأ)
    surprise_bi: frozenset[str] = frozenset()  # بـ + pronoun after إذا: surprise, no condition (واذا بها)
    not_only: frozenset[str] = frozenset()  # «only» after a negated act: with but_also, «not only … but» (فقط، فحسب)
    but_also: frozenset[str] = frozenset()  # «but» after not_only: the negated act was done (بل، وإنما)
    title_plural: frozenset[str] = frozenset()  # a title's broken plural (وزراء، سفراء): bare, the holders named before
    struck_site: frozenset[str] = frozenset()  # a plural of sites an attack hits (مواقع، معسكرات): the object, no subject
    warned_of: frozenset[str] = frozenset()  # the preposition of a warned danger: «من أن» + clause, advice, no threat
    any_one: frozenset[str] = frozenset()  # «any» (أي، أية) before the actor of a negated act: no one did it, no event
    with_him: frozenset[str] = frozenset()  # «with» and a pronoun (كما بحث معه): the partner named with «مع» before
    perfect_particle: frozenset[str] = frozenset()  # قد before a verb: stands between «أنه» and the verb it tells
    adjective_prep: frozenset[str] = frozenset()  # على، ضد، بين: keeps a nationality adjective after its noun in its phrase
    bare_coalition: frozenset[str] = frozenset()  # التحالف، الائتلاف: read as the coalition the article's evidence tells
    warplane: frozenset[str] = frozenset()  # مقاتلات، طائرات، طيران: an air arm, the named coalition's in its story
    member_plural: frozenset[str] = frozenset()  # مقاتلون، مسلحون before «من» and a group: that group's own fighters
    zealot: frozenset[str] = frozenset()  # متطرفين، المتطرفون: extremists, Israeli beside al-Aqsa
    zion_site: frozenset[str] = frozenset()  # الاقصي: a holy site whose raiders are Israeli
    kunya: frozenset[str] = frozenset()  # ابو، بابي: a nom de guerre's opening; its nisba is no nationality
    family_rank: frozenset[str] = frozenset()  # اللواء، العميد: a rank whose nisba alone after it is a family name
    body_word: frozenset[str] = frozenset()  # المجلس، المنظمه، اللجنه: bare, the IGO/NGO whose long name it opens
    committee: frozenset[str] = frozenset()  # لجنه، اللجان: a committee; a group's noun with «ل» after it is its remit
    body_head: frozenset[str] = frozenset()  # هيئه، محكمه: a body whose definite event noun after it names it (هيئة العفو)
    goods: frozenset[str] = frozenset()  # صادرات، نفط: traded goods; a nationality adjective after them is no party
    party_noun: frozenset[str] = frozenset()  # المعارضه، الصندوق: a definite collective party; a name after it is the object
    armed_carry: frozenset[str] = frozenset()  # يحملون، يرتدون: carrying or wearing; with armed_gear, armed men
    armed_gear: frozenset[str] = frozenset()  # احزمه ناسفه، اسلحه: arms carried; their carriers are UAF
    deny_participle: frozenset[str] = frozenset()  # نافيا، نافيه: a denial whose report noun's content is claimed
    report_about: frozenset[str] = frozenset()  # حول، عن، بشان، ان: opens what a report noun tells
    belief_noun: frozenset[str] = frozenset()  # اعتقاده، اعتقادها: a belief whose أن tells what is only believed
    after_act: frozenset[str] = frozenset()  # عقب، إثر: «right after» before an earlier act's verbal noun (عقب سفره)
    ranks_of: frozenset[str] = frozenset()  # جانب، صفوف: «من جانب المقاومة» after a toll verb (one side's dead)
    home_noun: frozenset[str] = frozenset()  # منزل، بيت: with its pronoun, the object of a verbal noun before it (اقتحامه منزله)
    role_noun: frozenset[str] = frozenset()  # دور، دورا: «لعب دورا مهما في استيلاء»: the act in في was done before
    role_verb: frozenset[str] = frozenset()  # لعب، قام: the past verb right before a role_noun
    lasted: frozenset[str] = frozenset()  # دامت، استمرت: a relative clause on an event noun telling how long it lasted
    per_source: frozenset[str] = frozenset()  # حسب، بحسب: the outlet right after it is the report's source, no party
    edifice: frozenset[str] = frozenset()  # المسجد، الأقصى: a mosque never acts (a church or الأزهر may speak)
    escort: frozenset[str] = frozenset()  # بمرافقة، برفقة: who comes along with the doer, not the doer (بمرافقة متطرفين)
    states_noun: frozenset[str] = frozenset()  # دول، بلدان: a region's states, where one lives, not a body one is of
    work_noun: frozenset[str] = frozenset()  # عملها: with على and an event noun, the worker does the act
    supervised: frozenset[str] = frozenset()  # بإشراف: the supervisor named after it gives the aid told after it
    licence: frozenset[str] = frozenset()  # ترخيص، رخصه، تفويض: the act in لـ after it is only permitted
    bare_name: frozenset[str] = frozenset()  # النظام، المخلوع: bare, the regime or person named in full before
    side_of: frozenset[str] = frozenset()  # انصار، معارضو: those siding with or against their genitive (no party it)
    minister: frozenset[str] = frozenset()  # وزير، وزيره: a minister's title in construct, the leading country's
    deputy_title: frozenset[str] = frozenset()  # نائب، مساعد، وكيل before a minister's title: his deputy (نائب وزير الصحة)
    alliance_after: frozenset[str] = frozenset()  # مع، بين after a bare coalition word: an alliance (التحالف مع صالح)
    claim_act: frozenset[str] = frozenset()  # تبنى، تبناها opening a sentence: its subject did the attacks told before
    by_means: frozenset[str] = frozenset()  # بواسطة: the phrase after it did the act, never underwent it
    using: frozenset[str] = frozenset()  # مستخدما، باستخدام: the phrase after it is the means, never the one hit
    subject_prep: frozenset[str] = frozenset()  # في، من، عن: a preposition a subject may carry (مسؤولون في الوزارة)
    some_all: frozenset[str] = frozenset()  # بعض، كل، جميع: «some» or «all» heading a subject (دعت بعض الأطراف الحكومة)
    rights_object: frozenset[str] = frozenset()  # rights or law violated: a speaker's charge (ينتهك حقوق الإنسان)
    interference: frozenset[str] = frozenset()  # a noun of meddling: with a party and في شؤون, a speaker's charge (تدخل إيران في شؤون)
    affairs: frozenset[str] = frozenset()  # the affairs meddled in (في شؤون، في الشأن الداخلي، بشؤون)
    affiliated: frozenset[str] = frozenset()  # a party's tie to its patron (الميليشيات التابعة لإيران): the patron charged
    destabilize: frozenset[str] = frozenset()  # shaking stability (لزعزعة الاستقرار): a party told doing it, charged
    stability: frozenset[str] = frozenset()  # the stability or security shaken (الاستقرار، أمن)
    destabilize_not: frozenset[str] = frozenset()  # a word between party and destabilizing that voids the charge (لن، تسمح)
    not_done: frozenset[str] = frozenset()  # «no …» before a verbal noun: not done (عدم التدخل)
    perceive: frozenset[str] = frozenset()  # a verb of seeing after a negation: what it governs not seen done (لم نر أيا … نفذ)
    onset_verb: frozenset[str] = frozenset()  # تبدأ، تستأنف after a planned أن: its definite object still to come
    until: frozenset[str] = frozenset()  # «until» before a verb of beginning (حتى، لحين): what it begins is to come
    took_place: frozenset[str] = frozenset()  # a perfect verb of being held after a relative pronoun (التي عقدت)
    under_which: frozenset[str] = frozenset()  # «under which» after an imperfect verb (ترفع بموجبه): a provision
    announce: frozenset[str] = frozenset()  # a verb of announcing before عن and a protest noun: one called
    stage_noun: frozenset[str] = frozenset()  # a verbal noun of staging a protest (تنظيم) after that عن
    object_all: frozenset[str] = frozenset()  # جميعا، كلهم after a verb's object pronoun: «all of them», no subject
    be_present: frozenset[str] = frozenset()  # يكون، تكون: «قد تكون قد تنازلت», the perfect after it only possible
    charge_refusal: frozenset[str] = frozenset()  # rejecting charges: the rejecter is the accused (رفض الجيش الاتهامات)
    under_hold: frozenset[str] = frozenset()  # before a noun of holding: the phrase before is held (تحت الإقامة الجبرية)
    stance_object: frozenset[str] = frozenset()  # a policy or stand attacked: blame, no violence (هاجم السياسات)
    deed_noun: frozenset[str] = frozenset()  # جهود: a deed whose owner told after it is whom praise or blame is for
    deed_lead: frozenset[str] = frozenset()  # استمرار، تزايد: a noun before the deed praised or blamed
    manner_head: frozenset[str] = frozenset()  # بشكل، بصورة: a manner noun whose adjective follows (بشكل كبير)
    attack_verb: frozenset[str] = frozenset()  # هاجم: with a stance_object, blame (هاجم الجبير السياسات)
    held_title: frozenset[str] = frozenset()  # الوزير، السفير: a speaker named by title alone is the one earlier named holder
    remarks: frozenset[str] = frozenset()  # تصريحات، أقوال: a party's words a speaker may disown (REJECT)
    personal: frozenset[str] = frozenset()  # شخصية: «تصريحات المالكي شخصية»: the words are not the speaker's side's
    represents: frozenset[str] = frozenset()  # تمثل، تعبر: after «لا» (disown_not), the words do not speak for the speaker's side
    disown_not: frozenset[str] = frozenset()  # لا، ولا before a verb of representing: the words disowned
    implicated: frozenset[str] = frozenset()  # متورط، متورطون: with في after it, in a speaker's words, a charge (ACCUSE)
    implicated_in: frozenset[str] = frozenset()  # في after a word of implication: what the party is charged with follows
    charged_pronoun: frozenset[str] = frozenset()  # إنكم، أنها: the party charged, named before in the sentence
    between_other: frozenset[str] = frozenset()  # بين: in و («وبين اتهام»), the other side of «بين … و», no complement of an appeal before it
    keenness: frozenset[str] = frozenset()  # حرصها، الحرص: a noun of keenness; after «مع» (amid) a stance told, its act no aim
    amid: frozenset[str] = frozenset()  # مع: «خاصة مع حرصها على التعاون»: with a keenness noun, a circumstance, done
    confirm_it: frozenset[str] = frozenset()  # تأكيده: «لا يمكن تأكيده» after an event noun: unconfirmed, hypothetical
    occasion_extra: frozenset[str] = frozenset()  # an occasion word past statement_cues' occasion class (بيانات: في بيانات)
    visit_landmark: frozenset[str] = frozenset()  # a time preposition before a visit noun: no meeting's trip (قبيل زيارته)
    guest_noun: frozenset[str] = frozenset()  # a guest noun in ب/ل before a host state and a party: the party is its phrase (بضيف مصر الأمير)
    first_ever: frozenset[str] = frozenset()  # «the first» before a visitor of a visit verb: the visit told before (أول رئيس يزور)
    send_noun: frozenset[str] = frozenset()  # a verbal noun of sending in بـ (بتسيير): the aid it carries given by the light verb's subject
    aside_office: frozenset[str] = frozenset()  # a title with no article opening an aside after a name (، شيخ الأزهر،)
    region_rule: frozenset[str] = frozenset()  # the rule of a region before its name (قيادة إقليم كردستان): it acts
    senior_of: frozenset[str] = frozenset()  # a plural of rank before a party's noun (كبار علماء السنة): the party's own
    go_on: frozenset[str] = frozenset()  # going on, stepping up, managing (واصلت، كثفت، تمكنت): its subject does the act it governs
    apodosis: frozenset[str] = frozenset()  # فإن، فمن after a comma: a condition's main clause, its verbs supposed
    letdown: frozenset[str] = frozenset()  # خيبة before a hope word (خيبة أملها): a hope let down, nothing to come
    postpone: frozenset[str] = frozenset()  # تأجيل، تأخير: the event noun right after it is put off, still to come
    due_time: frozenset[str] = frozenset()  # موعد، توقيت: the event noun right after it is set, still to come
    push_to: frozenset[str] = frozenset()  # يدفعه: pushed to the event noun in its لـ or after its إلى, still to come
    outcome_verb: frozenset[str] = frozenset()  # يفضي، يؤدي: «بما يفضي إليه من رفع للعقوبات», an outcome to come
    bring_to: frozenset[str] = frozenset()  # جلب، إعادة: «جلب النظام إلى طاولة المفاوضات», talks only sought
    aim_head: frozenset[str] = frozenset()  # هدف: «هدف العملية هو دحر … وطردهم», an aim named by هو
    idea_head: frozenset[str] = frozenset()  # فكرته: «كانت فكرته المزعومة هي … الاستيلاء», an idea named by هي
    opinion_verb: frozenset[str] = frozenset()  # اعتبر، يرى: an aim it ascribes is only supposed
    basis_term: frozenset[str] = frozenset()  # أساس after على: the event noun after it a term laid down, supposed
    supposed_act: frozenset[str] = frozenset()  # a measure noun after أن, a future verb's subject (أن رفع القيود سيتيح)
    due: frozenset[str] = frozenset()  # a duty word (لا بد من، يجب): each item of its list, past «، و», is still due
    own_duty: frozenset[str] = frozenset()  # علينا: a duty on the speaker's side; ACCUSE/REQUEST in نـ after it done
    held_by: frozenset[str] = frozenset()  # يد، قبضة in «من يد X» after a seizure of territory: X lost it
    held_place: frozenset[str] = frozenset()  # مواقع، معاقل: a seized place whose owner (construct or لـ) lost it
    expel_noun: frozenset[str] = frozenset()  # طرد، دحر after a seizure of territory: the party driven out lost it
    held_verb: frozenset[str] = frozenset()  # تسيطر before عليها after a seizure of territory: its subject lost it
    held_on: frozenset[str] = frozenset()  # عليها، عليه: the place's pronoun after a held_verb
    held_verb_it: frozenset[str] = frozenset()  # تحتلها: a verb of holding, the held place's pronoun attached
    span_after: frozenset[str] = frozenset()  # ساعات، مدة، أقل after بعد: a span of time, no earlier act (anchors)
    coincide: frozenset[str] = frozenset()  # وافق، يوافق before a date: a day falling on it, no agreement
    price_for: frozenset[str] = frozenset()  # لقاء before a figure: a price paid, no meeting
    held_since: frozenset[str] = frozenset()  # منذ before a held_span word: control held since then
    held_span: frozenset[str] = frozenset()  # أسابيع، أشهر after منذ after a seizure of territory: control held long
    held_whole: frozenset[str] = frozenset()  # معظم، طوال after a seizure of territory: control held all along
    cooperate_present: frozenset[str] = frozenset()  # تتعاون، يتعاونون unflagged: a habit or a description, no act
    present_framed: frozenset[str] = frozenset()  # أن، لن، كان before a present «cooperate»: a call, a refusal, a claim
    describing: frozenset[str] = frozenset()  # التي، لأنها right before a present «cooperate»: a description
    strike_noun: frozenset[str] = frozenset()  # ضربات، غارات before a verb of support: air support, military aid
    about: frozenset[str] = frozenset()  # نحو، حوالي: a word of about before a count whose من phrase is the object
    done_it: frozenset[str] = frozenset()  # عقدها، شنها: a perfect verb of the event noun before it, done
    last_done: frozenset[str] = frozenset()  # الأخيرة، الماضية: a journey before an errand noun was made
    occurred: frozenset[str] = frozenset()  # وقعت، وقع: a verb of occurring opening a sentence that goes on a narration
    day_subject: frozenset[str] = frozenset()  # انتهى، مضى: a verb whose subject اليوم after it is the day told of
    clause_antecedent: frozenset[str] = frozenset()  # الأمر before الذي: the relative takes up the clause before
    call_off: frozenset[str] = frozenset()  # أرجأتها، ألغتها: a verb putting off or calling off what was set
    refused_with: frozenset[str] = frozenset()  # بـ، مع: the preposition of the party a refused verbal noun takes
    interview: frozenset[str] = frozenset()  # حوار، مقابلة: nouns of talk a paper's quoted name makes an interview
    state_title: frozenset[str] = frozenset()  # جمهورية، مملكة: a state's title before its name (لدى جمهورية اليونان)
    rank_adjective: frozenset[str] = frozenset()  # العليا، الكبرى: a body's adjective of rank before its nationality
    order_noun: frozenset[str] = frozenset()  # أمرا: a directive noun after a verb of issuing (أصدر … أمرا بـ)
    issue_verb: frozenset[str] = frozenset()  # أصدر، أعطى: issues the order noun after it
    address_object: frozenset[str] = frozenset()  # الشكر، رسالة: وجه … الشكر addresses, directs nothing
    keep_from_verb: frozenset[str] = frozenset()  # يحول: keeps from the act after its دون
    issued_text: frozenset[str] = frozenset()  # بيانا، قرارا: a text a body issues; its relative clause's verb, the body's
    issue_text_verb: frozenset[str] = frozenset()  # تبنى، أصدر: a verb whose subject authors the issued_text after it

    @cached_property
    def succumbing_stems(self) -> tuple[str, ...]:
        """The succumbing stems as a tuple, for str.startswith."""
        return tuple(sorted(self.succumbing))

    @cached_property
    def report_participle_stems(self) -> tuple[str, ...]:
        """The report_participle stems as a tuple, for str.startswith."""
        return tuple(sorted(self.report_participle))

    @cached_property
    def near_tail_pairs(self) -> frozenset[tuple[str, str]]:
        """The near_tail phrases as (the verb's normalised lemma, the tail word's key) pairs."""
        return frozenset((verb, word_key(tail)) for verb, _, tail in (p.partition(" ") for p in self.near_tail))

    @cached_property
    def still_stems(self) -> tuple[str, ...]:
        """The endings of «still» as a tuple, for str.endswith."""
        return tuple(sorted(self.still))

    @classmethod
    def from_rows(cls, rows: list[dict[str, str]]) -> "FunctionWords":
        """Group (word, class) rows; an unknown class is a LexiconError."""
        by: dict[str, set[str]] = {name: set() for name in cls.__dataclass_fields__}
        for row in rows:
            name = row.get("class", "")
            if name not in by:
                raise LexiconError(f"function_words.tsv: unknown class {name!r}")
            by[name].add(normalize(row.get("word", "")))
        by["filler"] |= by["number"]
        by["counted_men"] |= by["number"] | by["people_plural"]  # (عنصرا، خمسة، جنود: every word that counts men)
        by["clause_opener"] |= by["meanwhile"] | by["contrast"]  # (فيما، بينما، لكن: one set, not repeated rows)
        return cls(**{k: frozenset(v) for k, v in by.items()})

    @classmethod
    def load(cls) -> "FunctionWords":
        """The packaged function words (read once a run: `_packaged_function_words`)."""
        return _packaged_function_words() if cls is FunctionWords else cls.from_rows(_rows("function_words.tsv"))


@lru_cache(maxsize=1)
def _packaged_function_words() -> FunctionWords:
    """function_words.tsv read and grouped once: the stages and the tables they build lazily load the function
    words a dozen times and more a run (each a read of the file and a normalising of its rows), and the record is
    frozen, its classes frozensets, so one is shared."""
    return FunctionWords.from_rows(_rows("function_words.tsv"))


class Trie:
    """A word-level trie: keys are sequences of word keys, each path end holds a list of payloads."""

    def __init__(self) -> None:
        self.root: dict = {}
        self.size = 0

    def add(self, keys: tuple[str, ...], payload: object) -> None:
        """Add one payload under the key sequence `keys`."""
        if not keys:
            return
        node = self.root
        for k in keys:
            node = node.setdefault(k, {})
        node.setdefault(_END, []).append(payload)
        self.size += 1

    def longest(self, options: list[list[str]], i: int, first: list[str] | None = None) -> tuple[int, list]:
        """Longest match starting at word i, where options[j] are the keys word j may take.

        `first`, when given, replaces the options of word i. Returns (number of words matched,
        payloads), or (0, []) when nothing matches.
        """
        best_len, best = 0, []
        n = len(options)
        if i >= n:
            return best_len, best
        frontier = [self.root]
        keys = first if first is not None else options[i]
        j = i
        while True:
            nxt = []
            for node in frontier:
                for k in keys:
                    child = node.get(k)
                    if child is not None:
                        nxt.append(child)
            if not nxt:
                return best_len, best
            j += 1
            for node in nxt:
                if _END in node:  # (the first to end here; every later one is no longer)
                    best_len, best = j - i, node[_END]
                    break
            if j >= n:
                return best_len, best
            frontier, keys = nxt, options[j]


class Lexicon:
    """All lexicons compiled: an entity trie, verb forms, noun keys and cue phrases."""

    def __init__(self) -> None:
        self.entities = Trie()
        self.cues = Trie()
        self.verbs: dict[str, list[tuple[TriggerEntry, str]]] = {}  # form → (entry, aspect)
        # a feminine participle's form written in ة (داعية، متهمة) → (entry, aspect): a verb only right after a comma
        self.fem_verbs: dict[str, list[tuple[TriggerEntry, str]]] = {}
        self.function_words = FunctionWords()
        self.nouns: dict[str, list[TriggerEntry]] = {}
        self.version: dict[str, int] = {}
        self.not_entities: dict[str, frozenset[str]] = {}  # written word → actor codes, agent sectors it never is

    @classmethod
    def load(cls) -> "Lexicon":
        """Read the package's lexicon files and compile them."""
        return cls.from_rows(_rows("actors.tsv"), _rows("agents.tsv"), _rows("triggers.tsv"),
                             _rows("cues.tsv"), _rows("not_entities.tsv"))

    @classmethod
    def from_rows(cls, actors: list[dict[str, str]] = (), agents: list[dict[str, str]] = (),
                  triggers: list[dict[str, str]] = (), cues: list[dict[str, str]] | None = None,
                  not_entities: list[dict[str, str]] = ()) -> "Lexicon":
        """Compile lexicon rows given as dicts (the TSV columns); cues default to the packaged ones."""
        lex = cls()
        codes: dict[str, set[str]] = {}
        for row in not_entities:
            if row.get("form") and row.get("label"):
                codes.setdefault(normalize(row["form"]), set()).add(row["label"])
        lex.not_entities = {form: frozenset(c) for form, c in codes.items()}
        for row in actors:
            if not row.get("phrase"):
                continue
            words = normalize(row["phrase"].replace("_", " ")).split()
            kind = row.get("kind", "")
            # A demonym's forms are the nisba's own (ـي، ـية، ـيون). Any other one-word name keeps its spelling
            # and its article (الجزائر is not جزائر "islands", جدة not الجدة "the grandmother"), except a
            # nisba-like name or a plural noun of people, whose article is grammar (السوري، مستوطنين).
            form, free = "", False
            if len(words) == 1 and kind != "demonym":
                group = kind == "group"
                # converted upstream names lost their article (شارقة، جيزة): theirs is not told apart
                free = (row.get("source") == "oeda" or name_form(words[0]).endswith("ي")
                        or group and name_form(words[0], plural=True).endswith("ين"))
                form = name_form(words[0], article=free, plural=group)
            entry = ActorEntry(row["phrase"], row.get("code", ""), row.get("sector", ""),
                               row.get("name", ""), kind, _date(row.get("from", "")),
                               _date(row.get("to", "")), form, free)
            lex.entities.add(_phrase_keys(entry.phrase), entry)
            if kind == "demonym" and len(words) == 1 and words[0].endswith("ي"):
                for dual in ("تين", "تان"):  # the feminine dual (مروحيتين اميركيتين): no key the nisba's own shares
                    lex.entities.add(_phrase_keys(entry.phrase + dual), entry)
        for row in agents:
            if row.get("phrase"):
                words = normalize(row["phrase"].replace("_", " ")).split()
                lex.entities.add(_phrase_keys(row["phrase"]),
                                 AgentEntry(row["phrase"], row.get("sector", ""), row.get("name", ""),
                                            len(words) == 1 and words[0].endswith(("ه", "ات")),
                                            row.get("form") == "construct"))
        for row in triggers:
            lex._add_trigger(row)
        for row in (_rows("cues.tsv") if cues is None else cues):
            words = normalize(row["phrase"]).split()
            lex.cues.add(tuple(words), CueEntry(row["phrase"], row["cue"]))
        lex.function_words = FunctionWords.load()
        return lex

    def _add_trigger(self, row: dict[str, str]) -> None:
        """Compile one trigger row into verb forms or noun keys."""
        pos, forms = row.get("pos", ""), row.get("forms", "")
        if not forms or pos not in ("verb", "noun"):
            return
        # the tail column may list alternative phrases joined by "|" (ضبط … عنصر|عناصر|متهم): one entry each
        tails = [_phrase_keys(alt) for alt in row.get("tail", "").split("|")]
        prep = tuple(p if p == "obj" else normalize(p) for p in row.get("prep", "").split("|")
                     if p and p != "-")
        gen = row.get("gen", "-")
        context = tuple(c for c in row.get("context", "").split("|") if c and c != "-")
        unless = frozenset(_phrase_keys(row.get("unless", "")))
        unless_feminine = _feminine_only(row.get("unless", ""))
        not_after = frozenset(_phrase_keys(row.get("not_after", "")))

        def entries(lemma: str, extra_tail: tuple[str, ...] = (),
                    feminine: bool | None = None) -> list[TriggerEntry]:
            return [TriggerEntry(row.get("event", ""), row.get("mode", ""), row.get("cameo", ""), pos,
                                 lemma, prep, gen, extra_tail + tail, context, feminine, unless,
                                 not_after, unless_feminine) for tail in tails]

        if pos == "verb":
            main, _, irregular = forms.partition(";")
            parts = [normalize(p.strip()) for p in main.split("|")]
            if not parts or not parts[0]:
                raise LexiconError(f"triggers.tsv: verb row without a perfect form: {forms!r}")
            first = parts[0].split()
            past, present = verb_forms_by_aspect(
                first[0], parts[1].split()[0] if len(parts) > 1 and parts[1] else "")
            es = entries(parts[0], _phrase_keys(" ".join(first[1:])))
            for w in irregular.split(","):
                if w.strip().endswith("ة"):  # a feminine participle (داعية): read only after a comma, see mentions
                    self.fem_verbs.setdefault(normalize(w.strip()), []).extend((e, "perfect") for e in es)
                    continue
                w = normalize(w.strip())
                if w:
                    (present if w[0] in "يتن" and w not in past else past).add(w)
            for w in past:
                self.verbs.setdefault(w, []).extend((e, "perfect") for e in es)
            for w in present:
                self.verbs.setdefault(w, []).extend((e, "imperfect") for e in es)
        else:
            for form in forms.split(","):
                words = normalize(form.strip()).split()
                if not words:
                    continue
                self.nouns.setdefault(word_key(words[0]), []).extend(
                    entries(form.strip(), tuple(word_key(w) for w in words[1:]), words[0].endswith(("ه", "ات"))))


def _date(value: str) -> str:
    """A lexicon date as YYYY-MM-DD ('20150811' and '2015-08-11' both accepted), or ''."""
    v = value.strip().lstrip("<>")
    if len(v) == 8 and v.isdigit():
        return f"{v[:4]}-{v[4:6]}-{v[6:]}"
    return v
