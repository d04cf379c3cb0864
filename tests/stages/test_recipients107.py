"""Round 107 (recipients107): recipients of seizures and of blame told by a noun, from the judged slice 2015-07-22
#0–399 and the dev slice #1600–2049: the party a place was taken from, told in «كانت تحت سيطرة X» or in «من قبضة X»
after a seizure of no territory (تحرير المدينة), or past a subject told after the verb; the owner of the statements a
noun of blame is about («تنديدها بتصريحات ساركوزي»)."""

from stage_coding import parties_reader

_DATE = "2015-07-22"

# (code, sector, text) of the recipients (or actors) of the events of `kind` the whole pipeline codes.
_parties = parties_reader(_DATE)


def _texts(nlp, text, kind):
    """The texts of the recipients of the events of `kind`."""
    return [t for _, _, t in _parties(nlp, text, kind)]


def test_place_held_under_the_control_of_a_party_was_taken_from_it(nlp):
    """«بسطت سيطرتها على ثلاثة مواقع جنوب مأرب كانت تحت سيطرة الميليشيات المتمردة» (2015-07-22 #240): the militias
    held the positions and lost them."""
    text = ("وأفادت مصادر من المقاومة في تصريح بثته أمس وكالة الأنباء اليمنية الحكومية، بأن المقاومة المسنودة بقوات من "
            "الجيش الوطني بسطت سيطرتها على ثلاثة مواقع جنوب مأرب كانت تحت سيطرة الميليشيات المتمردة.")
    assert "الميليشيات المتمردة" in _texts(nlp, text, "COERCE")


def test_liberation_from_the_grip_of_a_party_is_against_it(nlp):
    """«تحرير المقاومة للمدينة من قبضة الحوثيين» (2015-07-22 #16): a seizure no territory word tells still takes the
    party in «من قبضة» as the one it was done to."""
    text = ("في غضون ذلك، بدأت السفن المحملة بالمساعدات الإنسانية تتجه نحو عدن مستفيدة من المناخ الجديد الذي خلفه "
            "تحرير المقاومة للمدينة من قبضة الحوثيين.")
    assert "الحوثيين" in _texts(nlp, text, "COERCE")


def test_the_words_to_the_side_fought_are_counted_past_the_subject(nlp):
    """«سيطرت القوات الأمنية المشتركة العراقية أمس على منطقة … من الرمادي، بعد معارك ضارية مع تنظيم داعش» (2015-07-22
    #37): the side fought in مع is reached past a long subject told after the verb."""
    text = ("سيطرت القوات الأمنية المشتركة العراقية أمس على منطقة عند الطرف الشمالي الشرقي من الرمادي، بعد معارك "
            "ضارية مع تنظيم داعش قتل فيها أحد قادة التنظيم.")
    assert "تنظيم داعش" in _texts(nlp, text, "COERCE")


def test_blame_noun_is_about_the_owner_of_the_statements(nlp):
    """«عبرت كل الصحف الجزائرية عن تنديدها بتصريحات ساركوزي» (2015-07-22 #1740): the noun of blame, like its verb,
    blames the one whose statements it names."""
    text = "من جهتها، عبرت كل الصحف الجزائرية عن تنديدها بتصريحات ساركوزي، فقد كتبت صحيفة البلد الجزائرية مقالا."
    assert "ساركوزي" in _texts(nlp, text, "ACCUSE")


def test_a_town_held_is_still_no_party(nlp):
    """«تحت سيطرة» names the holder, never the town itself: «سيطرت المقاومة على مواقع كانت تحت سيطرة الحوثيين»."""
    text = "وسيطرت المقاومة الشعبية أمس على مواقع كانت تحت سيطرة الحوثيين في مدينة تعز."
    assert _texts(nlp, text, "COERCE") == ["الحوثيين"]


def test_the_one_invited_as_me_is_the_speaker(nlp):
    """«وقال فابيوس: «لقد دعاني نظيري الإيراني (محمد جواد) ظريف.» (2015-07-22 #68, #1743): «me» in what the coded
    speaker says is the speaker, the one invited."""
    text = ("أعلن وزير الخارجية الفرنسي لوران فابيوس أمس الثلاثاء أنه سيتوجه إلى إيران الأسبوع المقبل. "
            "وقال فابيوس: «لقد دعاني نظيري الإيراني (محمد جواد) ظريف.")
    assert "فابيوس" in _texts(nlp, text, "REQUEST")


def test_the_owner_after_the_subjects_definite_affiliation_is_no_object(nlp):
    """«قصفت الطائرات المقاتلة التابعة للتحالف العربي مواقع للحوثيين» (2015-07-22 #678): the coalition the planes
    belong to is no object; the owner of the positions struck is."""
    text = ("وفي وقت مبكر امس، قصفت الطائرات المقاتلة التابعة للتحالف العربي مواقع للحوثيين في جبهة الجفينة وتبة "
            "الدفاع غربي مأرب.")
    assert _texts(nlp, text, "ASSAULT") == ["للحوثيين"]


def test_the_side_of_the_counterparts_met_is_the_recipient(nlp):
    """«أنه سيلتقي نظراءه من دول مجلس التعاون الخليجي» (2015-07-22 #1653, #1775): the counterparts' side, in من
    right after them, is the one met."""
    text = ("أكد وزير الخارجية الأميركي، جون كيري، أنه سيلتقي نظراءه من دول مجلس التعاون الخليجي وسيطلعهم على "
            "تفاصيل الاتفاق النووي الإيراني.")
    assert any("مجلس التعاون" in t for t in _texts(nlp, text, "CONSULT"))


def test_a_refusal_is_against_the_party_of_the_verbal_noun_it_governs(nlp):
    """«ورفض حبري الاعتراف بالمحكمة المدعومة من الاتحاد الأفريقي» (2015-07-22 #57): refusing to recognise the court
    is against the court; so refusing to negotiate with a state is against that state."""
    text = "ورفض الرئيس التشادي الاعتراف بالمحكمة المدعومة من الاتحاد الأفريقي التي تحاكمه في السنغال."
    assert _texts(nlp, text, "REJECT") == ["المحكمة"]
    text = "وقال إن كوريا الشمالية رفضت التفاوض مع الولايات المتحدة بشأن برنامجها النووي."
    assert _texts(nlp, text, "REJECT") == ["الولايات المتحدة"]


def test_a_refused_place_to_go_to_is_no_party(nlp):
    """«رفض العودة إلى دمشق»: a town the refused act goes to names where, no one the refusal is against."""
    text = "ورفض الرئيس التشادي العودة إلى دمشق."
    assert _texts(nlp, text, "REJECT") == []
