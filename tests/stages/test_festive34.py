"""Celebrations and outbreaks read as acts on fresh news (round 34): marches, crowds and banners in a sentence that
names a celebration (احتفالا، فرحا، الفرح، احتفاء) are joy, no protest; a virus that infects people
(«تفش للفيروس … وأصاب 186 شخصا») is no assault. Protests and attacks told beside no such word stay.

Checked on the whole pipeline (nlp fixture) and on the coder without the report filter (coder fixture).
"""

import pytest


def _kinds(nlp, text):
    """The event types coded in a text."""
    return [e.event for e in nlp(text, published="2015-08-06").events]


@pytest.mark.parametrize("text", [
    "من جهة أخرى، عمت الاحتفالات معظم المحافظات والمدن اليمنية، فرحا بتحرير العند، حيث خرج أهالي مدينة الضالع في "
    "مسيرات هادرة جابت أرجاء المدينة، حيث رفع السكان لافتات تحتفي بالمناسبة.",
    "أما في عدن، فقد انطلقت زغاريد النساء تعبيرا عن الفرح بتحرير القاعدة، وخرج السكان في مسيرات هادرة، جابت أرجاء "
    "المدينة.",
    "ونظمت محافظة الأقصر، مسيرة حاشدة، احتفالاً بافتتاح قناة السويس الجديدة.",
    "احتشد عشرات الآلاف اليوم السبت في مراسم لإحياء الذكرى العشرين لأسوأ مذبحة في أوروبا.",  # (a ceremony)
])
def test_marches_of_a_celebration_are_no_protest(coder, text):
    assert "PROTEST" not in _kinds(coder, text)


@pytest.mark.parametrize("text", [
    "تظاهر آلاف اليمنيين في صنعاء أمس احتجاجا على الغارات.",
    "خرج الآلاف في مسيرات غاضبة ضد الحوثيين في تعز.",
    "تظاهر آلاف المعارضين في صنعاء أمس ضد الحوثيين، فيما خرج أنصار الحوثي في مسيرات فرحا بالقرار.",
])
def test_protests_beside_no_celebration_stay(coder, text):
    assert "PROTEST" in _kinds(coder, text)


def test_a_virus_that_infects_people_is_no_assault(coder):
    text = ("وأصبح التفشي الذي واجهته كوريا الجنوبية أكبر تفش للفيروس خارج السعودية وأصاب 186 شخصا وفي أوقات الذروة "
            "وضعت السلطات نحو 17 ألف شخص في الحجر الصحي.")
    assert "ASSAULT" not in _kinds(coder, text)


def test_a_shooting_beside_no_virus_stays(nlp):
    assert "ASSAULT" in _kinds(nlp, "وأصاب مسلحون 6 أشخاص بإطلاق النار على حافلة في تعز أمس.")


def test_a_protest_against_a_ceremony_stays(coder):
    text = ("وفي صباح أمس خرجت في العاصمة كابل مظاهرة احتجاجية شارك فيها عشرات من المجتمع المدني ومؤسسات حقوق "
            "الإنسان للتنديد بسعي البعض إقامة مراسم الدعاء لمؤسس الحركة في كابل.")
    assert "PROTEST" in _kinds(coder, text)
