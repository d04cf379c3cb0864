"""Round 87, roles of territory taken (COERCE 192 seize): the party that lost the place is the recipient — the owner
of seized positions (مواقع المتمردين الحوثيين), the one that held it (منطقة كانت تسيطر عليها قوات النظام), the side
fought in مع (بعد معارك عنيفة مع المتمردين الحوثيين) and the one in «من يد/أيدي» — and never a town taken."""


def seizures(nlp, text, published="2015-07-26"):
    """(trigger, actor texts, recipient texts) of the COERCE 192 events the pipeline keeps."""
    return [(e.trigger.text, [m.text for m in e.actor], [m.text for m in e.recipient])
            for e in nlp(text, published=published).events if e.event == "COERCE" and e.cameo == "192"]

def test_owner_of_positions_retaken(nlp):
    """«استعادت … السيطرة على عدد من مواقع المتمردين الحوثيين» (2015-07-26 #103): the rebels lost the positions."""
    text = ("وأعلنت القوات الموالية للحكومة اليمنية في المنفى انها استعادت ليل السبت السيطرة على عدد من مواقع "
            "المتمردين الحوثيين في شمال عدن.")
    rows = seizures(nlp, text)
    assert any(t.startswith("استعادت") and any("الحوثيين" in r for r in rec) for t, _, rec in rows)
    assert not any(any("عدن" in r for r in rec) for _, _, rec in rows)

def test_former_holder_is_recipient(nlp):
    """«وسيطرتهم على منطقة كانت تسيطر عليها قوات النظام» (2015-07-26 #375): the regime forces held the area."""
    text = "وسط معلومات أولية عن تقدم المقاتلين وسيطرتهم على منطقة كانت تسيطر عليها قوات النظام."
    rows = seizures(nlp, text)
    assert any(any("قوات النظام" in r for r in rec) for _, _, rec in rows)

def test_side_fought_is_recipient(nlp):
    """«من السيطرة على مطار عدن … بعد معارك عنيفة مع المتمردين الحوثيين» (2015-07-23 #396): the rebels fought
    lost the airport; the town is no party."""
    text = ("وتمكنت المقاومة الشعبية الأسبوع الماضي من السيطرة على مطار عدن وعلى أجزاء من المدينة الجنوبية بعد معارك "
            "عنيفة مع المتمردين الحوثيين وقوات الرئيس السابق علي عبدالله صالح.")
    rows = seizures(nlp, text, "2015-07-23")
    assert any(any("الحوثيين" in r for r in rec) for _, _, rec in rows)
    assert not any(any(r.strip() == "عدن" for r in rec) for _, _, rec in rows)

def test_taken_from_the_hands_of(nlp):
    """«سيطرت المقاومة على مواقع … من أيدي الحوثيين»: the party after «من أيدي» held the place."""
    text = "وسيطرت المقاومة الشعبية أمس على مواقع جديدة في جبل حبشي من أيدي المتمردين الحوثيين."
    rows = seizures(nlp, text)
    assert any(t.startswith("سيطرت") and any("الحوثيين" in r for r in rec) for t, _, rec in rows)
