"""Parties of appeals, condemnations and tolls (round 85): the one appealed to past the name's office set off by
commas («دعا الدكتور أحمد الطيب، شيخ الأزهر، كبار علماء السنة»), a region's rule as the one condemning («دانت قيادة
إقليم كردستان العراق»), and the dead, not their doers, in a toll whose dead belong to a militia («قتل 3 مسلحين
تابعين لميليشيات الحوثي») (must / must not)."""

from stage_coding import events_coded


def roles(nlp, text, trigger, date="2015-07-26"):
    """(actor texts, recipient texts) of the first event of the trigger, as the event coder gives it."""
    ev = next(e for e in events_coded(nlp, text, date) if e.trigger.text == trigger)
    return [a.text for a in ev.actor], [r.text for r in ev.recipient]


def test_appealed_to_past_office_aside(nlp):
    """Past a name and its office set off by commas, the plural of rank and its noun are the ones appealed to."""
    text = ("دعا الدكتور أحمد الطيب، شيخ الأزهر، كبار علماء السنة وفضلاء علماء الشيعة إلى الاجتماع بالأزهر والجلوس "
            "على مائدة واحدة.")
    actor, recipient = roles(nlp, text, "دعا")
    assert actor == ["الدكتور أحمد الطيب"]
    assert recipient == ["علماء"]


def test_region_rule_condemns(nlp):
    """A region's rule right before the region's name is the one condemning, not a place."""
    text = ("فيما دانت قيادة إقليم كردستان العراق أمس القصف الجوي الذي شنته الطائرات التركية ضد مواقع حزب العمال "
            "الكردستاني الانفصالي في شمال العراق، مطالبة بوقف فوري للهجوم.")
    actor, _ = roles(nlp, text, "دانت")
    assert actor == ["إقليم كردستان العراق"]


def test_killed_militants_of_a_militia_are_the_dead(nlp):
    """The counted dead with the militia they belong to in لـ are the ones killed; the militia is no object."""
    text = ("أما في تعز، فقد قتل 3 مسلحين تابعين لميليشيات الحوثي وصالح وأصيب 17 آخرون بجروح في مواجهات بين "
            "المتمردين وقوات المقاومة الشعبية الموالية للشرعية.")
    actor, recipient = roles(nlp, text, "قتل")
    assert "مسلحين" not in actor
    assert recipient == ["مسلحين"]
