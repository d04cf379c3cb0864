"""The feminine participles that go on their clause (داعية، مطالبة، مناشدة، حاثة، متهمة، منتقدة، محملة: triggers.tsv
forms in ة, lexicon.fem_verbs) are calls and accusations of the clause's subject, as their masculine forms are, but only
right after a comma: elsewhere the word is a noun (داعية إسلامي, a preacher; «جددت مطالبة إسرائيل», a demand). A
participle right after a comma is no tail of the trigger before it (mentions._tail_end: «رفضه للتدخل الإيراني، مطالبا
طهران» is no «رفض مطالب»). A participle in م of a verb row not in م (محملا: حمّل) goes on its clause too
(modality.participle_row). A verb of expressing a feeling (function_words.tsv express: أعربت) names the clause's
subject as a verb of saying does."""

from __future__ import annotations

import pytest

_DATE = "2015-08-01"


def _events(nlp, text, kind):
    return [([(x.code, x.text) for x in e.actor], [(x.code, x.text) for x in e.recipient], e.future)
            for e in nlp(text, published=_DATE).events if e.event == kind]


@pytest.mark.parametrize("text, kind, actor, recipient", [
    pytest.param("وقالت سفيرة الولايات المتحدة لدى الأمم المتحدة سامنثا باور إن الاتفاق سيجعل العالم أكثر أمانا، "
                 "داعية طهران إلى اقتناص هذه الفرصة.", "REQUEST",
                 ("USA", "سفيرة الولايات المتحدة"), ("IRN", "طهران"), id="calling"),
    pytest.param("ودعت الحكومة الأردنية إلى وقف العنف، مطالبة إسرائيل بالانسحاب.", "REQUEST",
                 ("JOR", "الحكومة الأردنية"), ("ISR", "إسرائيل"), id="demanding"),
    pytest.param("وأدانت وزارة الخارجية القطرية الهجوم، مناشدة المجتمع الدولي التحرك.", "REQUEST",
                 ("QAT", "وزارة الخارجية القطرية"), ("IGO", "المجتمع الدولي"), id="appealing"),
    pytest.param("وقالت الوزيرة الأمريكية إن الحوثيين يعرقلون الحل، منتقدة الأمم المتحدة لصمتها.", "ACCUSE",
                 ("USA", "الوزيرة الأمريكية"), ("IGO", "الأمم المتحدة"), id="criticising"),
    pytest.param("وتبنت جبهة النصرة خطف العناصر من الفرقة 30، متهمة اياهم بأنهم وكلاء لتمرير مشاريع أمريكية.",
                 "ACCUSE", ("IMG", "جبهة النصرة"), ("SYR", "الفرقة 30"), id="accusing_the_object_pronoun"),
    pytest.param("وأعربت وزارة الخارجية الكورية الجنوبية عن أسفها إزاء زعم الشمال، داعية بيونغيانغ إلى عدم التدخل.",
                 "REQUEST", ("KOR", "وزارة الخارجية الكورية الجنوبية"), ("PRK", "بيونغيانغ"),
                 id="after_a_verb_of_expressing"),
    pytest.param("وأكدت الخارجية المصرية رفضها للتدخل الإيراني، مطالبة طهران بالكف عن ذلك.", "REQUEST",
                 ("EGY", "الخارجية المصرية"), ("IRN", "طهران"), id="no_tail_of_the_rejection"),
])
def test_a_feminine_participle_after_a_comma_is_the_subject_s_act(nlp, text, kind, actor, recipient):
    got = _events(nlp, text, kind)
    assert any(a == [actor] and r == [recipient] for a, r, _ in got), got


def test_the_masculine_participle_is_no_tail_either(nlp):
    got = _events(nlp, "وأكد الوزير المصري رفضه للتدخل الإيراني، مطالبا طهران بالكف عن ذلك.", "REQUEST")
    assert got and got[0][1] == [("IRN", "طهران")], got
    rejects = [e for e in nlp("وأكد الوزير المصري رفضه للتدخل الإيراني، مطالبا طهران بالكف عن ذلك.",
                              published=_DATE).events if e.event == "REJECT"]
    assert rejects and all(e.cameo != "123" for e in rejects)  # (not «rejecting demands»)


@pytest.mark.parametrize("text", [
    pytest.param("وقال داعية إسلامي إن الهجوم على المسجد جريمة.", id="a_preacher"),
    pytest.param("وجددت الحكومة مطالبة إسرائيل بالانسحاب.", id="a_demand_noun"),
    pytest.param("والدول المدرجة في الفئة الثالثة التي تأتي في أسفل القائمة، متهمة بعدم احترام المعايير.",
                 id="accused_of"),
])
def test_the_noun_is_no_participle(nlp, text):
    events = nlp(text, published=_DATE).events
    assert not any(e.trigger.text in ("داعية", "مطالبة", "متهمة") for e in events)
    # the preacher's word is no appeal: the attack he speaks of is not asked for
    assert not any(e.event == "ASSAULT" and e.future for e in events)


def test_holding_responsible_is_an_accusation_of_the_clause_subject(nlp):
    got = _events(nlp, "وأكدت الوزارة اليمنية أن الحوثيين قصفوا المدينة، محملة إياهم مسؤولية مقتل المدنيين.", "ACCUSE")
    assert got and got[0][0] == [("YEM", "الوزارة اليمنية")], got


def test_an_attack_s_doer_is_no_accuser(nlp):
    """The doer of an attack the clause tells is what the participle blames, not who blames: the accuser is the source
    that announced it (or no one)."""
    text = ("قتل تسعة جنود من قوات الجيش اليمني في هجوم شنه مسلحو تنظيم القاعدة على موقع عسكري في حضرموت أمس، "
            "على ما أعلن مصدر عسكري، محملا تنظيم القاعدة المسؤولية.")
    got = _events(nlp, text, "ACCUSE")
    assert got and got[0][0] == [("YEM", "مصدر عسكري")] and got[0][1] == [("IMG", "تنظيم القاعدة")], got
    text = ("وكان النجيفي نعى مساء أول من أمس مقتل 2070 شخصا من أبناء الموصل على يد مسلحي داعش، محملا الحكومة المركزية "
            "في بغداد مسؤولية الإبادة الجماعية.")
    got = _events(nlp, text, "ACCUSE")
    assert got and not any(code == "IMG" for a, _, _ in got for code, _ in a), got


def test_a_verb_with_a_clitic_is_no_participle(nlp):
    """«وحمل» is the verb حمّل with و, no participle in م: its subject is its own, and the call after it is his."""
    text = ("وحمل مجلس قيادة المقاومة، الحوثيين مسؤولية سلامة المعتقلين والمختطفين، داعيا إلى حسن معاملتهم.")
    accuse = _events(nlp, text, "ACCUSE")
    request = _events(nlp, text, "REQUEST")
    assert accuse and accuse[0][0] and accuse[0][1] == [("YEM", "الحوثيين")], accuse
    assert request and request[0][0] == accuse[0][0], request


def test_the_subject_of_a_verb_of_arrest_is_the_accuser(nlp):
    """A subject right after its verb (VSO) is the clause's subject, whatever the act."""
    got = _events(nlp, "فجأة في إحدى الليالي اختفى نجل نياز بيبي، بعدما ألقى جنود باكستانيون القبض عليه، متهمين إياه "
                       "بأنه مقاتل في طالبان.", "ACCUSE")
    assert got and got[0][0] == [("PAK", "جنود باكستانيون")], got


def test_a_verb_of_expressing_read_as_a_preposition_still_names_the_subject(nlp):
    """«كما عبر الوزراء»: the phrases read عبر as «via»; the ministers still call."""
    got = _events(nlp, "وعبر الوزراء عن التضامن مع الشعب العراقي، كما عبر الوزراء عن الأهمية القصوى لوجود حكومة "
                       "عراقية فاعلة، مطالبين باتخاذ الخطوات اللازمة للحفاظ على الأمن في العراق.", "REQUEST")
    assert got and [t for _, t in got[0][0]] == ["الوزراء"], got
