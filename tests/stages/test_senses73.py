"""Round 73 (senses73): trigger senses read from triggers.tsv.

A seizure of persons (ضبط 44 عنصرا، ضبطت الشرطة 44 متهما، ضبط 4 أشخاص) is an arrest, COERCE, while goods seized
(ضبط كميات من المخدرات) are none; «طالب» naming a student by his nationality or field (طالب بريطاني، طالب الطب)
is no REQUEST; funding approved by a committee (صادقت … وبصورة عاجلة على دعم) is AID.
"""


def _kinds(nlp, text):
    """(event, trigger text) of the events the whole pipeline codes for `text`."""
    return [(e.event, e.trigger.text) for e in nlp(text, published="2015-07-25").events]


def test_seizing_members_of_a_group_is_an_arrest(nlp):
    """«عن ضبط 44 عنصرا من تنظيم الاخوان»: the ministry's arrest, COERCE."""
    kinds = _kinds(nlp, "أعلنت وزارة الداخلية المصرية عن ضبط 44 عنصرا من تنظيم الاخوان في عدة محافظات.")
    assert any(k == "COERCE" and t.startswith("ضبط") for k, t in kinds)


def test_police_seizing_suspects_is_an_arrest(nlp):
    """«ضبطت الشرطة 44 متهما»: the verb with its subject between, COERCE."""
    kinds = _kinds(nlp, "ضبطت الشرطة 44 متهما في القاهرة.")
    assert any(k == "COERCE" and t.startswith("ضبطت") for k, t in kinds)


def test_police_seizing_counted_persons_is_their_arrest(nlp):
    """«تمكنت شرطة جدة من ضبط 4 أشخاص بينهم مقيم»: COERCE by the police, the persons its recipient."""
    events = nlp("تمكنت شرطة جدة من ضبط 4 أشخاص بينهم مقيم ممن تحرشوا بفتاتين على الكورنيش.",
                 published="2015-07-23").events
    arrests = [e for e in events if e.event == "COERCE"]
    assert arrests and any("شرطة" in m.text for m in arrests[0].actor)
    assert any("أشخاص" in m.text for m in arrests[0].recipient)


def test_a_person_right_after_the_seizure_is_not_swallowed(nlp):
    """«وتم ضبط المتهم»: no arrest whose actor is the accused himself."""
    events = nlp("وتم ضبط المتهم والسلاح المستخدم في الواقعة.", published="2015-08-03").events
    assert not any(e.event == "COERCE" and any("المتهم" in m.text for m in e.actor) for e in events)


def test_seized_goods_are_no_arrest(nlp):
    """«ضبطت الجمارك كميات من المخدرات»: goods, no COERCE."""
    assert not any(k == "COERCE" for k, _ in _kinds(nlp, "ضبطت الجمارك كميات من المخدرات في الميناء."))


def test_a_student_by_nationality_is_no_request(nlp):
    """«وقال طالب بريطاني»: a student, no REQUEST."""
    assert not any(k == "REQUEST" for k, _ in _kinds(nlp, "وقال طالب بريطاني إنه شاهد الحادث."))


def test_a_medical_student_is_no_request(nlp):
    """«طالب الطب السوداني»: a student of medicine, no REQUEST; a demand stays one."""
    assert not any(k == "REQUEST" for k, _ in _kinds(nlp, "وأكد طالب الطب السوداني أنه غادر البلاد."))
    assert any(k == "REQUEST" for k, _ in _kinds(nlp, "طالب الرئيس الحكومة بالاستقالة."))


def test_money_voted_for_settlements_is_aid(nlp):
    """«صادقت لجنة الاستثناءات … وبصورة عاجلة على دعم مستوطنات»: funding approved is AID, no SUPPORT."""
    text = ("الى ذلك، صادقت لجنة الاستثناءات الإسرائيلية وبصورة عاجلة على دعم مستوطنات غلاف قطاع غزة "
            "بـ( 50 مليون شيقل -15 مليون دولار ).")
    kinds = [e.event for e in nlp(text, published="2015-07-23").events]
    assert "AID" in kinds and "SUPPORT" not in kinds
