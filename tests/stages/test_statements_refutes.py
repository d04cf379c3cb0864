"""Statements: what is said refutes a claim (a slander, fabricated charges, no basis after و) — a denial."""

import pytest


def _stances(nlp, text):
    """The stance of every statement of `text`."""
    return [s.to_dict()["stance"] for s in nlp(text).statements]


@pytest.mark.parametrize("text", [
    "وقال المتحدث إن هذه الاتهامات باطلة ولا أساس لها.",
    "وقال المتحدث إن ما نشر افتراء على الحكومة.",
    "وقال المتحدث إن هذه الادعاءات ملفقة.",
    "وقال المتحدث إن هذه الأخبار لا تمت إلى الحقيقة بصلة.",
    "وأوضحت الشركة أن انقطاع الخدمة يرجع إلى عطل بالشبكة، ولا علاقة للشركة به.",
])
def test_refuting_words_make_a_denial(nlp, text):
    assert _stances(nlp, text) == ["deny"]


def test_plain_words_stay_an_assertion(nlp):
    assert _stances(nlp, "وقال المتحدث إن الحكومة ستواصل دعم المزارعين.") == ["assert"]
