"""The topic stage's party test: in a story, an event of a talk type (support, a request, a meeting, aid…) told with
neither actor nor recipient, or with citizens or uncoded officials alone, stays only if its sentence names a party
the coder may have missed (a country, a capital, an organisation, a named person or institution, an armed or
opposition group, an official, a force or an act made a country's by a demonym), or an attack to react to. A mosque
or the Muslims, a region or a town, a demonym that is an adjective, a title or an office is no party. An event of
any type but an assault or a protest whose every participant is a domestic body (a company, a university, a
hospital) goes, unless its sentence names a party other than a region, a town, a mosque or the act's patron (برعاية
صاحب السمو …)."""

import pytest

from hadath.article import Article
from hadath.stages.topics import TopicGate

LEAD = "افتتح المعرض السنوي أمس في المدينة. وأضاف أن المعرض يستمر أسبوعا. "


def coded(coder, sentence):
    """The events of the last sentence of a three-sentence story."""
    art = coder(Article(text=LEAD + sentence, published="2015-08-04"))
    return [e.event for e in art.events if e.trigger.start >= len(LEAD)]


@pytest.mark.parametrize("event, sentence", [
    # a sermon: the Muslims are no party
    ("REQUEST", "ودعا الخطيب إلى التنافس في الطاعات لأن المسلمين أمة واحدة."),
    # an office's officials, named only by their titles
    ("REQUEST", "وشدد على ضرورة اتباع الاشتراطات الصحية مؤكدا على المسؤولين في البلدية أهمية المتابعة."),
    # a demonym that is an adjective of a register
    ("AID", "ويحرص القائمون على السجل السعودي للمتبرعين على اطلاعهم على قيمة تبرعهم."),
    # participants that are citizens alone are read as none
    ("SUPPORT", "وأشاد زوار الحفل بفعاليات العيد."),
    ("ACCUSE", "واشتكى مواطنون في المحافظة من عدم توافر مركز للاحتفالات."),
    # officials and offices with no code: administration
    ("AGREE", "ووافق وزير التجارة على تأسيس ست عشرة شركة مساهمة."),
    ("CONSULT", "وناقش وكيل الوزارة مع رئيس مجلس إدارة المؤسسة استعدادات الموسم."),
])
def test_a_partyless_event_in_a_sentence_that_names_no_party_goes(coder, event, sentence):
    assert event not in coded(coder, sentence), sentence


@pytest.mark.parametrize("event, sentence", [
    # a demonym after an armed body's title makes it the country's
    ("SUPPORT", "وأعلن قائد الجيش الإيراني دعمه للاتفاق النووي."),
    # a named politician
    ("SUPPORT", "وأكد المالكي دعمه للإصلاحات."),
    # a reaction to an attack
    ("ACCUSE", "واستنكر المحافظ الحادث الذي استهدف رجال الأمن أثناء الصلاة."),
    # a political word (الأزمة) in the sentence
    ("CONSULT", "وانطلقت أمس مباحثات حول الأزمة اليمنية."),
    # citizens beside a country's act (a demonym after an act noun)
    ("ACCUSE", "واشتكى مواطنون في غزة من الحصار الإسرائيلي."),
    # citizens beside an organisation
    ("REQUEST", "وطالب المواطنون بتدخل الأمم المتحدة."),
    # officials beside a country, an embassy
    ("SUPPORT", "وأشاد الملك بالعلاقات التي تربط بين المملكة والأردن."),
    ("AGREE", "ووافق وزير الداخلية على طلب السفارة الأمريكية."),
])
def test_a_partyless_event_beside_a_party_or_an_attack_stays(coder, event, sentence):
    assert event in coded(coder, sentence), sentence


@pytest.mark.parametrize("event, sentence", [
    ("CONCEDE", "واعتذرت شركة طيبة عن الإزعاج الذي سببته الاختبارات."),
    ("REQUEST", "ودعت جامعة جازان المرشحين لمراجعة الجامعة."),
    # a town in a hospital's name is no party
    ("SUPPORT", "وأبدت إدارة مستشفى شرق جدة ترحيبها بالطلبة."),
    # nor the prince under whose patronage the fair is held
    ("REQUEST", "وتستقبل الغرفة طلبات الشركات الراغبة في المشاركة في المعرض برعاية صاحب السمو الملكي الأمير سعود "
                "بن نايف أمير المنطقة الشرقية."),
])
def test_an_event_of_domestic_bodies_alone_goes_whatever_its_type(coder, event, sentence):
    assert event not in coded(coder, sentence), sentence


@pytest.mark.parametrize("event, sentence", [
    ("ACCUSE", "واتهمت وزارة التجارة الشركة الأمريكية بالغش."),
    # (the senses of طلب now leave «طلبات الشركات» alone: companies' applications are no appeal)
    ("REQUEST", "وطالبت الغرفة التجارية السفارة الأمريكية بتسهيل إجراءات التأشيرات للتجار."),
])
def test_an_event_of_a_domestic_body_with_a_party_stays(coder, event, sentence):
    assert event in coded(coder, sentence), sentence


def test_patrons_are_read_after_a_patron_word_and_along_their_titles(nlp):
    """«برعاية صاحب السمو الملكي الأمير …»: the prince and his title right after him are the patron; a party
    after a comma is not."""
    gate = TopicGate()
    art = nlp("وينظم المعرض برعاية صاحب السمو الملكي الأمير سعود بن نايف أمير المنطقة الشرقية، ووزارة الخارجية.")
    toks = art.tokens[0]
    mentions = [m for m in art.mentions if m.kind in ("actor", "agent")]
    patrons = gate._patrons(toks, mentions)
    named = {m.text for m in mentions if m.tok_start in patrons}
    assert any("سعود" in t for t in named) and any("أمير" in t for t in named)
    assert not any("الخارجية" in t for t in named)


def test_an_office_reacting_to_an_attack_stays(coder):
    """An official's condemnation names no party but the attack it reacts to: it stays."""
    assert "ACCUSE" in coded(coder, "وندد الرئيس بالهجوم على نقطة التفتيش.")


@pytest.mark.parametrize("word, quoted", [
    ("يَقْتُلْ", True), ("حِذْرَهُمْ", True), ("وَاِمنَح", True),
    ("حذَّر", False), ("قُدّمت", False), ("قتل", False),
])
def test_a_vocalized_trigger_is_a_verse_not_news(word, quoted):
    from hadath.stages.topics import vocalized
    assert vocalized(word) is quoted


def test_a_verse_quoted_in_a_story_codes_no_event(coder):
    events = coded(coder, "قال تعالى: {وَمَنْ يَقْتُلْ مُؤْمِنًا مُتَعَمِّدًا فَجَزَاؤُهُ جَهَنَّمُ}.")
    assert "ASSAULT" not in events


def test_a_request_addressed_to_god_is_a_prayer(nlp):
    art = nlp("ودعا الأمير في اتصال هاتفي المولى عز وجل أن يتغمد الفقيد برحمته.", published="2015-08-04")
    assert "REQUEST" not in [e.event for e in art.events]


@pytest.mark.parametrize("text", [
    "ودعا آية الله علي السيستاني الحكومة إلى اتخاذ خطوات إصلاحية.",
    "وطالب المحافظ الرئيس عبد ربه منصور هادي بدعم المقاومة.",
])
def test_a_name_with_gods_in_it_is_no_prayer(nlp, text):
    assert "REQUEST" in [e.event for e in nlp(text, published="2015-08-04").events], text
