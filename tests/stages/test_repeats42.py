"""Repeats, round 42: a meeting told again as the frame of its talks, and a toll told with its attack, are coded once."""


def _events(nlp, text, kind, published="2015-08-10"):
    """The events of one type the pipeline keeps in a text."""
    return [e for e in nlp(text, published=published).events if e.event == kind]


_MARIB = ("ترأس رئيس هيئة الأركان العامة للقوات المسلحة اليمنية ، اللواء الركن محمد علي المقدشي بمأرب اليوم اجتماعاً "
          "ضم كبار قادة المنطقتين العسكريتين الثالثة والسادسة .\n"
          "وتم خلال الاجتماع مناقشة آليات تنسيق الجهود العسكرية والاحتياجات اللازمة للجبهات بما يمكنها من تحقيق "
          "أهدافها بالتنسيق مع عملية السهم الذهبي التي انطلقت من عدن في إطار تحرر الأراضي اليمنية من قبضة المليشيات "
          "الانقلابية .")


def test_framed_meeting_is_told_again_whatever_town_its_talks_name(nlp):
    # «وتم خلال الاجتماع مناقشة … التي انطلقت من عدن»: the Marib meeting's talks, not a meeting in Aden
    evs = _events(nlp, _MARIB, "CONSULT")
    assert any(e.sentence == 0 for e in evs)
    assert not any(e.sentence == 1 for e in evs)


def test_framed_meeting_held_elsewhere_stays(nlp):
    # «خلال الاجتماع الذي عقد في عدن»: a place of its own, another meeting may be told
    text = _MARIB.replace("وتم خلال الاجتماع مناقشة", "وتم خلال الاجتماع الذي عقد في عدن أمس مناقشة")
    evs = _events(nlp, text, "CONSULT")
    assert any(e.sentence == 1 for e in evs)
