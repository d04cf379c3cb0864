"""Repeats, round 54: one attack told by several casualty verbs of one clause (the dead and the wounded «آخرون», an
attack and the killing told with «ف») is one ASSAULT event, a time of the first clause between them or not."""


PUBLISHED = "2015-07-25"


def test_the_dead_and_the_other_wounded_across_a_time_are_one_act(kept_assaults):
    """«قتل امس الخميس ضابط … واصيب جنديان اخران في هجوم لداعش»: one attack, both tolls its recipients."""
    text = "كما قتل امس الخميس ضابط تركي واصيب جنديان اخران في هجوم لداعش على الحدود مع سورية."
    evs = kept_assaults(text, PUBLISHED)
    assert len(evs) == 1
    assert {m.text for m in evs[0].actor} == {"داعش"}
    assert {m.text for m in evs[0].recipient} >= {"ضابط", "جنديان"}


def test_party_less_dead_and_other_wounded_across_a_time_are_one_act(kept_assaults):
    """«قتل -الخميس- شخصان وأصيب تسعة آخرون»: the dead and the wounded of one shooting."""
    text = ("قتل -الخميس- شخصان وأصيب تسعة آخرون برصاص مسلح أطلق النار داخل صالة سينما في مدينة لافاييت بولاية "
            "لويزيانا.")
    assert len(kept_assaults(text, PUBLISHED)) == 1


def test_an_attack_and_the_killing_told_with_fa_are_one_act(kept_assaults):
    """«هاجموا يوم الجمعة نقطة تفتيش … فقتلوا خمسة جنود»: the attack stays, the soldiers among its recipients."""
    text = ("ولم يتضح إن كان المقاتلون يتبعون متشددي تنظيم داعش الذين هاجموا يوم الجمعة نقطة تفتيش تديرها القوات "
            "التابعة للحكومة الرسمية على مشارف أجدابيا فقتلوا خمسة جنود.")
    evs = kept_assaults(text, "2015-08-03")
    assert len(evs) == 1
    assert "هاجموا" in evs[0].trigger.text
    assert {m.text for m in evs[0].recipient} >= {"جنود"}


def test_a_shooting_and_the_killing_told_with_fa_across_a_time_are_one_act(kept_assaults):
    """«فتح رجل … النار … مساء أول من أمس، فقتل امرأتين»: one shooting."""
    text = ("فتح رجل في التاسعة والخمسين من العمر النار داخل صالة سينما مكتظة في ولاية لويزيانا الأميركية، مساء أول "
            "من أمس، فقتل امرأتين وجرح تسعة أشخاص قبل أن ينتحر.")
    evs = kept_assaults(text, PUBLISHED)
    assert len(evs) == 1
    assert {m.text for m in evs[0].recipient} >= {"امرأتين"}

