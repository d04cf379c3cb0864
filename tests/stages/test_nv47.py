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


# A chronology (topics `almanac_line`, `chronicle_year`): a line that opens with a bullet dash and a year («- عام
# 1979 …»), or with a year word, a year and a colon («عام 2003م: …»), is history retold, no event of the news; in an
# article with two lines of earlier years, the lines of the publication's own year too.

_ATTACKS = ("وهذه أبرز العمليات الإرهابية التي شهدتها المملكة:\n"
            "- عام 1995 تفجير إرهابي بسيارة مفخخة بالرياض في مبنى يتبع وزارة الحرس الوطني السعودي وكانت الحصيلة "
            "مقتل (3) أمريكيين.\n"
            "- عام 2007 مجموعة إرهابية مسلحة فتحت النار على فرنسيين يسلكون طريقا قرب مدينة تبوك.\n"
            "- عام 2015 تفجير إرهابي انتحاري بمسجد بمدينة الدمام بالمنطقة الشرقية الحصيلة استشهاد (4) أشخاص.")

_ACCORD = ("عام 2003م: إيران توقع اتفاقاً إلحاقياً إضافياً إلى اتفاق التسلح النووي القديم، تتعهد بموجبه بالتوقف عن "
           "تخصيب اليورانيوم.\n"
           "عام 2011م: يتم لقاء بين دول «5 + 1» مع إيران في اسطنبول، ثم تؤجل الاجتماعات مرة بعد أخرى.")


def test_a_list_of_past_attacks_is_history(nlp):
    """«- عام 1995 تفجير إرهابي …»، «- عام 2007 … فتحت النار»، «- عام 2015 تفجير …» (2015-07-22): no event."""
    a = nlp(_ATTACKS, published="2015-07-22")
    assert [(e.event, e.trigger.text) for e in a.events] == []


def test_a_chronology_of_an_accord_is_history(nlp):
    """«عام 2003م: إيران توقع اتفاقاً»، «عام 2011م: يتم لقاء» (2015-07-27): no event."""
    a = nlp(_ACCORD + _TAIL, published="2015-07-27")
    assert [(e.event, e.trigger.text) for e in a.events] == []


def test_a_lone_line_of_this_year_stays(nlp):
    """«- عام 2015 تفجير …» alone, in no chronology: the attack of the publication's year is still coded."""
    text = "- عام 2015 تفجير إرهابي انتحاري بمسجد بمدينة الدمام بالمنطقة الشرقية الحصيلة استشهاد (4) أشخاص."
    a = nlp(text + _TAIL, published="2015-07-22")
    assert any(e.event == "ASSAULT" for e in a.events), [(e.event, e.trigger.text) for e in a.events]


def test_a_year_told_in_a_sentence_stays(nlp):
    """«في عام 2003، وقعت إيران اتفاقا …»: a comma, no colon nor bullet: a sentence of background, coded."""
    text = "وفي عام 2003، وقعت إيران اتفاقا مع الوكالة الدولية للطاقة الذرية في فيينا."
    a = nlp(text + _TAIL, published="2015-07-27")
    assert a.events, text


def test_a_bulleted_count_is_no_year(nlp):
    """«- 1250 جنديا هاجموا …»: a bullet dash and a bare number of four digits is a count, no chronology's year."""
    text = "وقالت الوزارة في بيانها:\n- 1250 جنديا هاجموا مواقع لتنظيم داعش في الرمادي أمس."
    a = nlp(text + _TAIL, published="2015-07-22")
    assert any(e.event == "ASSAULT" for e in a.events), [(e.event, e.trigger.text) for e in a.events]


def test_a_lone_bulleted_year_line_stays(nlp):
    """«- عام 1995 تفجير إرهابي …» alone (no list of such lines): the line is read as it stands (test_repeats107)."""
    text = ("- عام 1995 تفجير إرهابي بسيارة مفخخة بالرياض في مبنى يتبع وزارة الحرس الوطني السعودي وكانت الحصيلة "
            "مقتل (3) أمريكيين.")
    a = nlp(text + _TAIL, published="2015-07-22")
    assert any(e.event == "ASSAULT" for e in a.events), [(e.event, e.trigger.text) for e in a.events]
