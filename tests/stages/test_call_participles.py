"""A participle of calling that goes on the clause before it (function_words.tsv call_participle: داعيا، مطالبا،
مناشدا، حاثا) is a REQUEST whose actor is that clause's subject and whose recipient is the phrase right after it
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
    """The participle rows are their own: the verb rows still keep «طالب تركي» (a Turkish student) out."""
    got = [e for e in nlp("وقال طالب تركي إن الامتحانات كانت صعبة.", published=_DATE).events if e.event == "REQUEST"]
    assert got == []
