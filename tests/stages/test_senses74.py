"""Trigger senses, round 74 (senses74): summoning a chargé d'affaires is a diplomatic protest (ACCUSE 114), as
summoning an ambassador already was (استدعت القائم بأعمال السفارة الإيرانية لدى البحرين); the noun «تعارض» (a
clash) before what clashes is no REJECT (وتعارض التوجهات السياسية). Sentences from the dev days (2015-07-23..25)."""

from stage_coding import events_coded


def accuse_summons(nlp, text, date):
    """The ACCUSE 114 events coded for `text`, each as (trigger text, recipient texts)."""
    return [(e.trigger.text, [m.text for m in e.recipient]) for e in events_coded(nlp, text, date)
            if e.event == "ACCUSE" and e.cameo == "114"]


def test_summoning_a_charge_d_affaires_is_accuse(nlp):
    """«استدعت القائم بأعمال السفارة الإيرانية» codes ACCUSE 114 with the Iranian embassy as the recipient."""
    text = ("وكانت وزارة الخارجية في البحرين قد استدعت القائم بأعمال السفارة الإيرانية لدى البحرين، وسلمته مذكرة "
            "احتجاج رسمية إثر التصريحات التي صدرت عن خامنئي.")
    found = accuse_summons(nlp, text, "2015-07-24")
    assert any(trig.startswith("استدعت") and any("الإيرانية" in r for r in rec) for trig, rec in found), found


def test_summoning_with_a_time_word_between_is_accuse(nlp):
    """A time word between the verb and «القائم بأعمال» still codes the summons (tail within 3 words)."""
    text = ("وكانت وزارة الخارجية البحرينية قد استدعت يوم الأحد الماضي القائم بأعمال سفارة إيران لدى المملكة "
            "بالإنابة، حيث تم تسليمه مذكرة احتجاج رسمية.")
    found = accuse_summons(nlp, text, "2015-07-25")
    assert any(trig.startswith("استدعت") for trig, _ in found), found



def test_a_clash_of_policies_is_no_rejection(nlp):
    """«وتعارض التوجهات السياسية لكلا البلدين» is the noun «a clash» (2015-07-24): no REJECT; a state that opposes
    (تعارض هذا الاتفاق) still codes REJECT."""
    clash = ("ولا توجد علاقات رسمية بين مصر وإيران منذ سنة 1980، وتعارض التوجهات السياسية لكلا البلدين في منطقة "
             "الشرق الأوسط.")
    assert not [e for e in events_coded(nlp, clash, "2015-07-24") if e.event == "REJECT"]
    opposed = "وقال الوزير إن إسرائيل تعارض هذا الاتفاق."
    assert [e for e in events_coded(nlp, opposed, "2015-07-23") if e.event == "REJECT"]
