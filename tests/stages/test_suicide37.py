"""A suicide bomber driving a bomb into a target is a suicide attack (ASSAULT), the bomber its subject; not a raid."""


def test_a_suicide_bomber_storming_a_post_is_a_suicide_attack_by_him(nlp):
    art = nlp("وفي وقت مبكر من اليوم الاحد، اقتحم انتحاري بجرار مفخخ مركزا للدرك في شرق البلاد.", published="2015-08-02")
    evs = [e for e in art.events if e.trigger.text.startswith("اقتحم")]
    assert [e.event for e in evs] == ["ASSAULT"]
    assert evs[0].mode == "suicide-attack" and [m.text for m in evs[0].actor] == ["انتحاري"]
    assert [m.text for m in evs[0].recipient] == ["للدرك"]  # (the gendarmerie post: the post noun is no mention)


def test_police_storming_a_mosque_is_still_a_raid(nlp):
    art = nlp("واقتحمت الشرطة الإسرائيلية المسجد الأقصى صباح اليوم.", published="2015-08-02")
    assert [e.event for e in art.events if e.trigger.text.startswith("اقتحم")] == ["COERCE"]
