"""A participle of calling that goes on the clause before it (a REQUEST trigger on a word cues.tsv lists as an appeal:
داعيا، مطالبا، مناشدا، حاثا) is a REQUEST whose actor is that clause's subject and whose recipient is the phrase right after it
(events._circumstantial_callers); after a verb of being it tells a state, no call (be_verb: «أصبح … مطالبا»)."""

from __future__ import annotations

import pytest

_DATE = "2015-08-11"


def _requests(nlp, text):
    return [([(x.code, x.sector, x.text) for x in e.actor], [(x.code, x.text) for x in e.recipient])
            for e in nlp(text, published=_DATE).events if e.event == "REQUEST"]


@pytest.mark.parametrize("text, actor, recipient", [
    pytest.param("وأدان وزير الخارجية السعودي عادل الجبير الهجوم، مطالبا مجلس الأمن بالتحرك.",
                 ("SAU", "GOV", "وزير الخارجية السعودي عادل الجبير"), ("IGO", "مجلس الأمن"), id="after_a_verb"),
    pytest.param("وأعرب الاتحاد الأوروبي عن قلقه مطالبا تركيا بضبط النفس.",
                 ("IGO", None, "الاتحاد الأوروبي"), ("TUR", "تركيا"), id="after_a_noun"),
    pytest.param("وأكد الرئيس اليمني أن بلاده تدعم الحل السياسي، مناشدا الأطراف اليمنية الالتزام بالهدنة.",
                 ("YEM", "GOV", "الرئيس اليمني"), ("YEM", "الأطراف اليمنية"), id="after_a_saying"),
    pytest.param("وأدان الوزير البحريني الهجوم الذي نفذه مسلحون، داعيا المجتمع الدولي إلى ملاحقتهم.",
                 ("BHR", "GOV", "الوزير البحريني"), ("IGO", "المجتمع الدولي"), id="not_the_relative_clause"),
])
def test_the_caller_is_the_clause_subject(nlp, text, actor, recipient):
    got = _requests(nlp, text)
    assert got == [([actor], [recipient])], got


def test_marchers_who_demand(nlp):
    got = _requests(nlp, "وخرج آلاف المتظاهرين في بغداد مطالبين بإقالة المسؤولين الفاسدين.")
    assert got and got[0][0] and got[0][0][0][1] == "CVL", got


@pytest.mark.parametrize("text", [
    "وأصبح المجتمع الدولي مطالبا بالتحرك.",  # (required to act)
    "وكان الوزير مطالبا بتقديم استقالته.",
    "وهنأ الأمير المواطنين بالعيد، داعيا الله أن يحفظ البلاد.",  # (a prayer)
    "أثار حديث وزير الخارجية السعودي عادل الجبير اعجاب الصحافيين، داعيين لاستاذه سعود الفيصل رحمة الله عليه.",
    "وأشاد الوزير بالشهداء، داعيا لهم بالرحمة.",
])
def test_no_call(nlp, text):
    assert _requests(nlp, text) == []


def test_the_noun_student_still_is_no_demand(nlp):
    """The participle rows are their own, without the verb rows' words that read طالب as «student» (so «مطالبا تركيا»
    is a call: the after_a_noun case above); the verb rows still keep «طالب تركي» (a Turkish student) out."""
    got = [e for e in nlp("وقال طالب تركي إن الامتحانات كانت صعبة.", published=_DATE).events if e.event == "REQUEST"]
    assert got == []


@pytest.mark.parametrize("text, actor", [
    # the speaker of the verb of saying, not the subject of what he reports
    pytest.param("وأكد وزير الخارجية اليمني أن الحوثيين هاجموا المدنيين في تعز، داعيا المجتمع الدولي إلى التحرك.",
                 "YEM", id="not_the_reported_subject"),
    # past «فيما», the clause of the call begins: not the gunmen of the clause before
    pytest.param("وقتل مسلحون عشرة أشخاص في هجوم، فيما أدان وزير الداخلية البحريني الهجوم داعيا المجتمع الدولي "
                 "إلى التحرك.", "BHR", id="past_meanwhile"),
])
def test_the_caller_of_the_right_clause(nlp, text, actor):
    got = _requests(nlp, text)
    assert got and [a[0] for a in got[0][0]] == [actor], got


def test_the_coders_actor_is_kept_when_no_clause_subject_is_found(nlp):
    got = _requests(nlp, "ووجه خادم الحرمين الشريفين كلمة للمواطنين داعيا إياهم إلى الوحدة.")
    assert got and got[0][0] and got[0][0][0][0] == "SAU", got


def test_a_call_after_a_verb_of_asking_is_made(nlp):
    """The participle is a call made, not what the verb of asking before it asks for."""
    evs = [e for e in nlp("وطالب وزير الخارجية السعودي إيران بالكف عن التدخل داعيا المجتمع الدولي إلى التحرك.",
                          published=_DATE).events if e.trigger.text == "داعيا"]
    assert evs and evs[0].factual, [e.to_dict() for e in evs]


@pytest.mark.parametrize("text", [
    "وكان الوزير البحريني قد حذر مطالبا المجتمع الدولي بالتحرك.",  # (a finite verb after the verb of being)
    "وأدان الوزير القصف مطالبا إسرائيل بوقف استهداف مستشفى الشفاء.",  # (no prayer: the hospital's name)
    "وتجمع متظاهرون أمام البيت الأبيض داعين الكونغرس الأميركي إلى رفض الاتفاق.",  # (the plural participle)
])
def test_still_a_call(nlp, text):
    assert _requests(nlp, text), [(e.event, e.trigger.text) for e in nlp(text, published=_DATE).events]


def test_a_participle_opening_its_sentence(nlp):
    """«داعيا إيران إلى …» opening a sentence goes on the sentence before: the phrase after it is called on, never the
    caller."""
    got = _requests(nlp, "داعيا إيران إلى تقديم ضمانات لدول المنطقة فيما يتعلق بالأمن والاستقرار.")
    assert got == [([], [("IRN", "إيران")])], got


def test_no_one_calls_himself(nlp):
    """The first act of the clause is an act of the one called («إصلاحات العبادي»): he is not the caller too."""
    text = ("وكان النجيفي أدلى قبل يوم من إصلاحات العبادي بحديث لـ«الشرق الأوسط» حمل فيه المالكي مسؤولية ما حصل "
            "للعراق من خراب طوال السنوات الماضية، داعيا العبادي إلى التوجه إلى البرلمان لإعادة طرح الثقة بحكومته.")
    got = _requests(nlp, text)
    assert got and not {a[2] for a in got[0][0]} & {r[1] for r in got[0][1]}, got
