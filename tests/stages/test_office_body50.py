"""Round 50: a body after ل made definite by its own genitive belongs to the office before it («المتحدث الرسمي
لمديرية الدفاع المدني», «المدير العام لحرس الحدود»), as a one-word definite body does («المتحدث الرسمي للوزارة»)."""

from hadath.article import Article


def _events(nlp, text):
    return nlp(Article(text=text, id="t", published="2015-08-03")).events


def test_spokesman_of_a_directorate_is_one_party(nlp):
    """The caller is the directorate's spokesman, not the directorate read as the one called on."""
    evs = [e for e in _events(nlp, "ودعا المتحدث الرسمي لمديرية الدفاع المدني بمنطقة عسير المواطنين إلى أخذ الحيطة.")
           if e.event == "REQUEST"]
    assert evs
    assert [a.text for a in evs[0].actor] == ["المتحدث الرسمي لمديرية الدفاع المدني"]
    assert "مديرية الدفاع المدني" not in [r.text for r in evs[0].recipient]


def test_director_general_of_border_guards_is_the_visitor(nlp):
    """«رافق المدير العام لحرس الحدود خلال الزيارة» (2015-08-03): the director general, not the guards alone."""
    evs = [e for e in _events(nlp, "رافق المدير العام لحرس الحدود خلال الزيارة مساعد المدير العام لحرس الحدود لشؤون "
                                   "العمليات اللواء الركن فهد بن سعيد القحطاني.") if e.trigger.text == "الزيارة"]
    assert evs and [a.text for a in evs[0].actor] == ["المدير العام لحرس الحدود"]
