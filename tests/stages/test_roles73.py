"""Actor and recipient (round 73): settlers in the genitive of a raid noun are its actor, not what it befell
(«اقتحام العشرات من المستوطنين المتطرفين … المسجد»); a masculine verb before a plural of things or bodies, or دعا
before a feminine noun, has it for its object, not its subject («ودعا الحكومة والمعارضة»)."""

from stage_coding import events_ending

_SETTLERS = ("وسادت حالة من التوتر الشديد المسجد الأقصى المبارك في أعقاب اقتحام العشرات من المستوطنين المتطرفين "
             "صباح امس المسجد من باب المغاربة وسط حراسة مشددة من شرطة الاحتلال الخاصة.")


def test_settlers_in_a_raid_nouns_genitive_are_its_actor(nlp):
    """«اقتحام العشرات من المستوطنين المتطرفين صباح امس المسجد» (2015-07-23 #1019): the settlers stormed; the
    mosque is not the actor and the settlers are not what the raid befell."""
    ev = events_ending(nlp, _SETTLERS, "COERCE", "اقتحام", "2015-07-23")
    assert len(ev) == 1
    assert any("المستوطنين" in m.text for m in ev[0].actor)
    assert not any("المسجد" in m.text for m in ev[0].actor)
    assert not any("المستوطنين" in m.text for m in ev[0].recipient)
