"""Mend of mn49's rules of mentions (round 49, after the final read).

A participle of arms right after an indefinite event noun is that noun's adjective, no unit that an owner after it
can take: «في هجوم مسلح للمقاومة» is an armed attack by the resistance, whose doer stays the resistance (2015-07-27
#656). A word of extremism after armed men (المتطرفون: function_words zealot) tells their temper, not a faction they
fight for: «لقد شن المقاتلون المتطرفون هجوما» stays the armed men of no side, one act with the attack of the
gunmen told before it (2015-07-21 #566)."""

import pytest

from stage_coding import coded_parties, kind_parties

_DATE = "2015-07-27"


@pytest.mark.parametrize("text, present, absent", [
    # 2015-07-27 #656: an armed attack of the resistance on a post of the rebels
    ("وفي محافظة الحديدة، قتل حوثيان وأصيب 4 آخرون في هجوم مسلح للمقاومة على نقطة تابعة للمتمردين بمديرية باجل "
     "غربي اليمن.",
     "للمقاومة", "مسلح"),
    # the same, the dead told first
    ("قتل شرطيان في هجوم مسلح للحوثيين على مركز للشرطة في إب.",
     "للحوثيين", "مسلح"),
    # the adjective in the accusative
    ("وشهدت المدينة هجوما مسلحا للحوثيين على مقر الشرطة.",
     "للحوثيين", "مسلحا"),
], ids=["armed-attack-of", "armed-attack-of-houthis", "armed-attack-accusative"])
def test_an_attacks_armed_adjective_is_no_owned_unit(nlp, text, present, absent):
    """«مسلح» after an indefinite attack noun is its adjective: the owner after it stays the attack's doer, and the
    adjective is no party of it."""
    kept = kind_parties(nlp, text, "ASSAULT", _DATE)
    actors = [a for _, _, acts, _ in kept for a in acts]
    assert present in actors, kept
    assert absent not in actors, kept


@pytest.mark.parametrize("text, present, absent", [
    # a patrol of the Houthis after an attack on it is still theirs (mn49's own case)
    ("ونفذت المقاومة الشعبية، أمس، هجومًا بقنبلة يدوية على دورية للحوثيين في مدينة معبر بمحافظة ذمار.",
     ("YEM", "REB", "دورية"), ("YEM", "MIL", "دورية")),
], ids=["patrol-after-attack"])
def test_a_unit_after_an_attack_is_still_owned(nlp, text, present, absent):
    """A unit's noun that is no adjective of the attack noun before it keeps its owner's code and sector."""
    parties = coded_parties(nlp, text, _DATE)
    assert present in parties, parties
    assert absent not in parties, parties


@pytest.mark.parametrize("text, present, absent", [
    # 2015-07-21 #566: extremist fighters, armed men of no side
    ("وأضاف المصدر «لقد شن المقاتلون المتطرفون هجوما في وقت مبكر، وقمنا بالرد على إطلاق النار».",
     ("UAF", "المقاتلون"), ("REB", "المقاتلون")),
    # the opposition's fighters stay rebels (mn49's own case)
    ("وانسحب المقاتلون المعارضون من البلدة بعد حصار طويل.",
     ("REB", "المقاتلون"), ("UAF", "المقاتلون")),
], ids=["extremist-fighters", "opposing-fighters"])
def test_extremist_fighters_are_of_no_faction(nlp, text, present, absent):
    """Armed men with an adjective of extremism after them keep their sector; of an opposition they are rebels."""
    parties = [(sector, t) for _, sector, t in coded_parties(nlp, text, _DATE)]
    assert present in parties, parties
    assert absent not in parties, parties


@pytest.mark.parametrize("text, kept, dropped", [
    # 2015-07-21 #566: the attack of the gunmen told again by a source, by its extremist fighters
    ("قال مصدر عسكري إن 19 على الأقل من مقاتلي بوكو حرام وجنديين من تشاد قتلوا في اشتباكات مساء أول من أمس بعد أن "
     "هاجم مسلحون قرية تشادية على ضفاف بحيرة تشاد. وأضاف المصدر من كومجويا حيث وقع القتال «لقد شن المقاتلون "
     "المتطرفون هجوما في وقت مبكر، وقمنا بالرد على إطلاق النار، وأجبرناهم على الفرار والعودة إلى نيجيريا».",
     "هاجم", "هجوما"),
], ids=["extremist-fighters-retell"])
def test_extremist_fighters_retell_the_gunmens_attack(nlp, text, kept, dropped):
    """The attack the source tells by the extremist fighters is the gunmen's attack told before: one event."""
    triggers = [t for _, t, _, _ in kind_parties(nlp, text, "ASSAULT", "2015-07-21")]
    assert kept in triggers, triggers
    assert dropped not in triggers, triggers
