"""Round 49 (mn49b): codes and sectors of officials' titles, from the judged international slices 2015-08-09 and
2015-08-06 #0–499. A deputy's noun before a head's title is the deputy, of the body the head heads («مساعد رئيس مجلس
الشورى»، «نائب رئيس مجلس النواب»: LEG); officials right before «في» and a country, or with a coded person named
among them, are that country's («مسؤولين في ميانمار»، «مسؤولين من بينهم وزير الخارجية سيرجي لافروف»); the title of
a head of state or government in a story one country leads is that country's («قرر رئيس الجمهورية» of a Tunisian
story)."""

import pytest

from stage_coding import coded_parties

_DATE = "2015-08-09"

_TUNISIA = ("أعلنت وزارة الداخلية التونسية أمس أن قوات الأمن التونسية اعتقلت خمسة متشددين في مدينة سوسة. "
            "وقالت الحكومة التونسية إن الوضع الأمني في تونس تحت السيطرة. ")


@pytest.mark.parametrize("text, present, absent", [
    # 2015-08-09 #737: the Shura's assistant speaker, not the speaker
    ("استنكر معالي مساعد رئيس مجلس الشورى الدكتور يحيى بن عبدالله الصمعان العمل الإرهابي الآثم الذي نفذته أيدي "
     "أرباب الفكر الضال في مسجد قوات الطوارئ في منطقة عسير.",
     ("LEG", "مساعد رئيس مجلس الشورى"), ("LEG", "رئيس مجلس الشورى")),
    # a deputy speaker of a parliament is of the legislature
    ("وانتقد نائب رئيس مجلس النواب الحكومة بسبب تأخر الموازنة.",
     ("LEG", "نائب رئيس مجلس النواب"), ("GOV", "نائب رئيس مجلس النواب")),
    # a court's deputy president is of the judiciary
    ("وانتقد نائب رئيس المحكمة العليا الحكومة بسبب تدخلها في القضاء.",
     ("JUD", "نائب رئيس المحكمة"), ("GOV", "نائب رئيس المحكمة")),
    # the president's assistant, not the president
    ("والتقى مساعد رئيس الجمهورية أمس وزير الخارجية الأمريكي جون كيري.",
     ("GOV", "مساعد رئيس الجمهورية"), ("GOV", "رئيس الجمهورية")),
], ids=["assistant-shura-speaker", "deputy-speaker", "deputy-court-president", "assistant-president"])
def test_a_deputy_of_a_head_is_of_the_heads_body(nlp, text, present, absent):
    """A deputy's noun (نائب، مساعد) before a head's title takes the title into the deputy's span, and the sector of
    the body the head heads."""
    parties = [(sector, t) for _, sector, t in coded_parties(nlp, text, _DATE)]
    assert present in parties, parties
    assert absent not in parties, parties


@pytest.mark.parametrize("text, present", [
    # 2015-08-06 #948: officials in Myanmar, after a preposition
    ("وذكر وزير الخارجية الامريكية جون كيري أن واشنطن تنسق عن كثب مع مسؤولين في ميانمار بشأن إرسال المعونات.",
     ("MMR", "GOV", "مسؤولين")),
    # 2015-08-09 #452: officials among whom Russia's foreign minister
    ("ويقوم ممثلون عن المعارضة السورية بزيارة العاصمة الروسية الأسبوع المقبل للقاء مسؤولين من بينهم وزير الخارجية "
     "سيرجي لافروف.",
     ("RUS", "GOV", "مسؤولين")),
    # 2015-07-27 #131: «ومن بينهم»
    ("وقال مكتب مسؤولة السياسة الخارجية في بروكسل إنها ستجري لقاءات مع عدد من المسؤولين ومن بينهم وزير الخارجية "
     "عادل الجبير.",
     ("SAU", "GOV", "المسؤولين")),
    # 2015-08-06 #576: Iraq's three presidencies, past a number word
    ("دعت الرئاسات الثلاث في العراق خلال اجتماع عقدته مساء أول من أمس، إلى إصلاح جميع مؤسسات الدولة.",
     ("IRQ", "GOV", "الرئاسات")),
], ids=["officials-in-country", "among-them-lavrov", "and-among-them-jubeir", "presidencies-past-number"])
def test_officials_take_the_code_told_after_them(nlp, text, present):
    """Officials right before «في» and a country's name (a body past a number word too), or with a coded person named
    among them, are of that country."""
    assert present in coded_parties(nlp, text, _DATE)


@pytest.mark.parametrize("text, absent", [
    # a country after «من» is where they come from, two of them: no one code
    ("وتستضيف إيران مسؤولين من سوريا وروسيا هذا الأسبوع لمناقشة سبل حل الصراع.", ("SYR", "GOV", "مسؤولين")),
    # a place named among them is no person of theirs
    ("والتقى الوزير عددا من المسؤولين بينهم في القاهرة.", ("EGY", "GOV", "المسؤولين")),
    # 2015-08-06 #320: a ministry after a preposition, «في» the place of the ceremony
    ("وتسلموا جوائزهم خلال احتفال تقيمه اليونيسكو بالتعاون مع وزارة التربية والتعليم في البحرين.",
     ("BHR", "GOV", "وزارة التربية والتعليم")),
], ids=["from-two-countries", "place-among", "ministry-after-preposition"])
def test_no_code_for_officials_where_none_is_told(nlp, text, absent):
    """Officials with countries after «من», or a place and no person after «بينهم», and a ministry after a preposition
    with «في» and a country, take no code from them."""
    assert absent not in coded_parties(nlp, text, _DATE)


@pytest.mark.parametrize("text, present, absent", [
    # 2015-08-06 #340: the president and the prime minister of a Tunisian story
    (_TUNISIA + "وأعلنت الرئاسة التونسية في بيان أنه «بعد التشاور مع رئيس الوزراء ورئيس البرلمان، قرر رئيس "
     "الجمهورية تمديد حالة الطوارئ على كامل التراب التونسي لشهرين».",
     [("TUN", "GOV", "رئيس الجمهورية"), ("TUN", "GOV", "رئيس الوزراء")], (None, "GOV", "رئيس الجمهورية")),
], ids=["tunisian-president"])
def test_a_head_of_state_of_a_one_country_story_is_its(nlp, text, present, absent):
    """The title of a head of state or government (رئيس الجمهورية، رئيس الوزراء) in a story one country leads, in a
    sentence that names no other state, is that country's."""
    parties = coded_parties(nlp, text, _DATE)
    assert all(p in parties for p in present), parties
    assert absent not in parties, parties


def test_a_head_beside_another_state_keeps_no_home(nlp):
    """A head's title in a sentence that names another state too is not given the story's country."""
    text = _TUNISIA + "واستقبل رئيس الجمهورية وزير الخارجية الجزائري رمطان لعمامرة وبحث معه التعاون الأمني."
    assert ("TUN", "GOV", "رئيس الجمهورية") not in coded_parties(nlp, text, _DATE)
