"""Eponyms: a decoration named after a king (وسام، قلادة) names no party."""


def test_a_decoration_named_after_a_king_is_no_party(nlp):
    art = nlp("منح خادم الحرمين الشريفين السفير وسام الملك عبدالعزيز من الدرجة الأولى.")
    assert "الملك عبدالعزيز" not in [m.text for m in art.mentions if m.kind == "actor"]
