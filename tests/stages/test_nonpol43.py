"""Accidents told in a clause: an assault word without an actor (a death, a wound) whose own sentence tells a
collision, a capsize, a traffic accident, a fire or a flood, and no attack, is no assault, even in a story that tells
attacks in its other sentences (must not code); an attack told beside an accident word stays one (must code)."""

import pytest

ATTACK = " وقتل مسلحون خمسة جنود في هجوم على حاجز في سيناء."


def assaults(coder, text):
    return [e for e in coder(text, published="2015-07-22").events if e.event == "ASSAULT"]


@pytest.mark.parametrize("accident", [
    "توفي زائر وأصيب سبعة آخرون من جنسيات مختلفة إثر انقلاب مركبتهم على طريق المدينة المنورة.",
    "توفي ثلاثة أشخاص وأصيب 12 بينهم طفل في حادثين مروريين منفصلين على طريق الطائف الرياض.",
    "أصيب ثلاثة أشخاص في حادث مروري على طريق الطائف.",
    "أعلنت إدارة مكافحة الحرائق في اليونان أمس السيطرة على حرائق غابات أسفرت عن مقتل شرطي.",
    "أصيب شخصان في تصادم سيارتين على طريق الدمام.",
])
def test_accident_clause_is_no_assault(coder, accident):
    """The accident's sentence codes nothing; the attack told after it keeps its assault."""
    found = assaults(coder, accident + ATTACK)
    assert not [e for e in found if e.sentence == 0]
    assert [e for e in found if e.sentence == 1 and any("مسلح" in x.text for x in e.actor)]


@pytest.mark.parametrize("text", [
    "أصيب ثلاثة جنود في انفجار عبوة ناسفة أدى إلى حريق في المركبة.",
    "قصفت الطائرات المستودع ما أدى إلى حريق ومقتل خمسة أشخاص.",
])
def test_attack_beside_accident_word_stays(coder, text):
    """A violence word, an attack word or an attacker in the sentence keeps the assault."""
    assert [e for e in assaults(coder, text + ATTACK) if e.sentence == 0]


@pytest.mark.parametrize("text", [
    "أعلنت سلطات مطار القاهرة أمس حالة الطوارئ لمنح طائرة ركاب سعودية الأولوية للهبوط.",
    "أعلنت صحة عسير عن إنتهاء حالة الطوارئ في مستشفياتها بعد الحادث الإرهابي.",
])
def test_facility_emergency_is_no_coercion(coder, text):
    """An airport's or a hospital's alert is no state of emergency imposed on anyone."""
    assert not [e for e in coder(text, published="2015-08-01").events if e.event == "COERCE"]


@pytest.mark.parametrize("text", [
    "أعلن الرئيس التونسي حالة الطوارئ في البلاد بعد هجوم سوسة.",
    "أعلنت السلطات حالة الطوارئ في فيرجسون للحيلولة دون تكرار أعمال العنف.",
])
def test_state_of_emergency_stays(coder, text):
    """A government's state of emergency is still coded."""
    assert [e for e in coder(text, published="2015-08-01").events if e.event == "COERCE" and e.cameo == "1724"]


@pytest.mark.parametrize("text, coded", [
    ("وكان راكب مصري قد أصيب بنزيف في المعدة خلال الرحلة.", False),
    ("وكان الوزير قد أصيب بكسر في عظم الفخذ.", False),
    ("أصيب رجل أمن بانفجار قنبلة في العريش.", True),
])
def test_wound_not_of_an_illness(coder, text, coded):
    """أصيب بنزيف، بكسر: an illness or a fall, no assault; أصيب بانفجار stays one."""
    assert bool(assaults(coder, text)) == coded


def test_killing_over_a_traffic_dispute_stays(coder):
    """«خلاف مروري» is a quarrel over traffic, no accident: the killing after it stays an assault."""
    text = "قتل شخص عقيدا في القوات الجوية السورية بعد خلاف مروري." + ATTACK
    assert [e for e in assaults(coder, text) if e.sentence == 0]
