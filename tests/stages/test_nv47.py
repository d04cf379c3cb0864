"""Round nv47: what a text, a voice or a sign says is no act of a party (topics `TopicGate.worded_clause`).

A verb of the present right after an indefinite noun of a petition, a complaint, voices, placards or slogans (a
`wording` word of topic_words.tsv), with no actor, is a relative clause with no relative pronoun: the noun is its
subject and the verb tells what the text says («عريضة تطالب»، «أصوات تطالب»، «لافتات تندد»). The sentences are from
the study days (2015-07-27, 2015-07-31); a demand with a doer of its own stays."""

import pytest

PUBLISHED = "2015-07-31"

_TAIL = "\nوأضاف المتحدث أن الأمر قيد الدرس.\nولم يصدر أي تعليق رسمي حتى الآن."

_WORDED = [
    # a petition (2015-07-31, «البيت الأبيض يقول إنه سيبحث عريضة بشأن مقتل الأسد سيسل»)
    ("قال البيت الأبيض، الخميس، إنه سيبحث عريضة تطالب بالتقدم بطلب تسليم طبيب أسنان أمريكي يقال إنه قتل أسداً في "
     "زيمبابوي يدعى “سيسل”.", "REQUEST", "تطالب"),
    # voices (2015-07-31, Pollard)
    ("في السنوات الأخيرة، بدأت تنطلق في الولايات المتحدة، حيث اعتبر بولارد في البداية جاسوسًا خطرًا، أصوات تطالب "
     "بالإفراج عنه.", "REQUEST", "تطالب بالإفراج"),
    # a complaint (2015-07-31, Guantanamo)
    ("تحقق الولايات المتحدة في شكوى تطالب باجلاء المحامين المدنيين والعسكريين من أجزاء من القاعدة العسكرية البحرية "
     "الاميركية في خليج غوانتانامو في كوبا.", "REQUEST", "تطالب"),
    # placards raised in a protest (2015-07-27, UNRWA in Gaza): the protest stays, the placards' words are none
    ("وتظاهر مئات الفلسطينيين في غزة أمس، أمام مقر وكالة الغوث الدولية احتجاجا على سياسة تقليص خدماتها، ورفعوا "
     "لافتات تندد بسياسة التقليص.", "ACCUSE", "تندد"),
]


@pytest.mark.parametrize("text,event,trigger", _WORDED, ids=["petition", "voices", "complaint", "placards"])
def test_what_a_text_says_is_no_act(nlp, text, event, trigger):
    """«عريضة تطالب»، «أصوات تطالب»، «شكوى تطالب»، «لافتات تندد»: no event of the verb after the noun."""
    a = nlp(text + _TAIL, published=PUBLISHED)
    found = [(e.event, e.trigger.text) for e in a.events]
    assert (event, trigger) not in found, found


def test_the_protest_that_raised_the_placards_stays(nlp):
    """«وتظاهر مئات الفلسطينيين … ورفعوا لافتات تندد»: the demonstration is still coded."""
    a = nlp(_WORDED[3][0] + _TAIL, published="2015-07-27")
    assert any(e.event == "PROTEST" for e in a.events), [(e.event, e.trigger.text) for e in a.events]


def test_a_demand_with_its_own_doer_stays(nlp):
    """«طالب مغردون سعوديون بمحاسبة الحمزة» (2015-07-31): a demand told by a verb with its doer is an act."""
    text = ("وفي ردود الأفعال على هذه التغريدات التي اعتبرها الكثير من الأشخاص أنها عنصرية طالب مغردون سعوديون "
            "بمحاسبة الحمزة ومحاكمته بتهمة العنصرية.")
    a = nlp(text + _TAIL, published=PUBLISHED)
    assert any(e.event == "REQUEST" for e in a.events), [(e.event, e.trigger.text) for e in a.events]
