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


_RAIDS = "وقالت الشرطة الإسرائيلية إنها أوقفت يهوديين اثنين وأحد المصلين خلال اقتحامات المستوطنين للمسجد."


def test_settlers_raiding_the_mosque_in_lam(nlp):
    """«خلال اقتحامات المستوطنين للمسجد» (2015-07-24 #1662): the settlers raid the mosque; the worshippers before
    are not the raiders, nor the settlers the raided."""
    ev = events_ending(nlp, _RAIDS, "COERCE", "اقتحامات", "2015-07-24")
    assert len(ev) == 1
    assert [m.text for m in ev[0].actor] == ["المستوطنين"]
    assert not any("المصلين" in m.text for m in ev[0].actor)
    assert not any("المستوطنين" in m.text for m in ev[0].recipient)


_SUPPORT = ("الواضح ان الادارة الامريكية غير مدركة حقيقة لتطورات الاوضاع في المنطقة وان مباركة الدور الايراني، "
            "ومساعدة النفوذ والتمدد الايراني القائم على التدخل واعلاء الصراعات الطائفية في المنطقة، وعدم التراجع عن "
            "تلك السياسات ودعم التنظيمات الارهابية المتطرفة، سيجعل داعش خيارا استراتيجيا لبعض الفئات الموتورة.")


_PLEDGE = ("وبحث وزير الدفاع الأميركي خلال اجتماعه مع رئيس الإقليم عددا من الملفات المهمة جدا، منها عملية تسليح قوات "
           "البيشمركة وتعهد الولايات المتحدة الأميركية بتسليح وتدريب قوات البيشمركة ومساندتها في مقاومتها للإرهاب.")


def test_a_plural_of_bodies_after_a_masculine_verb_is_its_object(nlp):
    """«ودعم التنظيمات الارهابية المتطرفة» (2015-07-23 #1062): a plural of bodies in ات takes a feminine verb, so
    after دعم it is what is supported, never the supporter; but «وتعهد الولايات المتحدة الأميركية بتسليح …»
    (2015-07-25 #124): a country's name in ات is no plural of things, the United States stay the actor."""
    ev = events_ending(nlp, _SUPPORT, "SUPPORT", "ودعم", "2015-07-23")
    assert ev
    assert not any("التنظيمات" in m.text for e in ev for m in e.actor)
    ev = events_ending(nlp, _PLEDGE, "AGREE", "وتعهد", "2015-07-25")
    assert len(ev) == 1
    assert any("الولايات المتحدة" in m.text for m in ev[0].actor)
    assert not any("الولايات المتحدة" in m.text for m in ev[0].recipient)

