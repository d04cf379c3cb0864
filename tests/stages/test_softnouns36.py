"""A noun of help with its owner's possessive pronoun (a `stance` stem and a `possessive` pronoun of topic_words.tsv:
دعمها، مساعدتنا، تأييده) is the owner's stance or policy, no act of the day (round 36): «ونحن نعلم دعمها لحزب الله»،
«مساعدتنا لحكومة سوريا ترمي لدعم جهود مواجهة داعش». A statement of support («أعرب عن دعمه»), solidarity
(«تضامنه») and the verb (دعمها الرئيس) stay."""

import pytest


@pytest.mark.parametrize("sentence, etype", [
    ("ونحن نعلم دعمها لحزب الله وللمليشيات الشيعية في العراق والحوثيين.", "SUPPORT"),
    ("وأضاف: مساعدتنا لحكومة سوريا ترمي لدعم جهود مواجهة داعش مثلما نفعل بالعراق.", "AID"),
    ("وقال إن بلاده ستواصل دعمهما للأشقاء في اليمن حتى يحققوا تطلعاتهم.", "SUPPORT"),
    ("إن دعمنا للشعب الفلسطيني نابع من أواصر الدين والأخوة.", "SUPPORT"),
    ("وأعرب رئيس اللجنة عن شكره لأمير المنطقة على رعايته للحفل ودعمه للمهرجان.", "SUPPORT"),
    ("وأكد أن مواقف السعودية الداعمة للأردن ومساعدته ثابتة.", "AID"),
])
def test_an_owned_help_noun_is_a_stance(story, sentence, etype):
    assert etype not in story.types(sentence)


@pytest.mark.parametrize("sentence, etype", [
    ("وأعلنت قطر تضامنها الكامل مع تركيا في مواجهة الإرهاب.", "SUPPORT"),
    ("ودعمت السعودية الحكومة اليمنية بمبلغ مليار دولار أمس.", "SUPPORT"),
])
def test_solidarity_and_the_verb_stay(story, sentence, etype):
    assert etype in story.types(sentence)


@pytest.mark.parametrize("sentence, etype", [
    ("وقال الأسد إن جيشه يواجه نقصا في الطاقة البشرية، مؤكدا الدعم الإيراني لنظامه.", "AID"),
    ("وأشار إلى أن هناك المزيد من التعاون الأميركي مع دول الخليج يشمل تبادل معلومات المخابرات.", "COOPERATE"),
])
def test_a_help_noun_with_a_nationality_adjective_is_a_policy(story, sentence, etype):
    assert not [e for e in story.events(sentence) if e.event == etype and e.trigger.text.endswith(("الدعم", "التعاون"))]


def test_aid_with_a_nationality_adjective_stays(story):
    sentence = "ووصلت المساعدات السعودية إلى ميناء عدن أمس على متن سفينة إغاثة."
    assert "AID" in story.types(sentence)


def test_a_help_noun_in_a_missions_name_is_no_act(story):
    sentence = "وأعلنت بعثة مساعدة الأمم المتحدة في العراق أن أكثر من ألف شخص قتلوا الشهر الماضي."
    assert "AID" not in story.types(sentence)


def test_support_announced_past_a_title_and_a_name_stays(story):
    sentence = "كما أعلن نائب رئيس الجمهورية نوري المالكي دعمه لقرارات الإصلاح."
    assert "SUPPORT" in story.types(sentence)
