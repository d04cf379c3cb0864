"""Repeats, round 41: an attack told again as background («وكان تفجير انتحاري قد وقع …») is coded once."""


def _events(nlp, text, kind, published="2015-08-06"):
    """The events of one type the pipeline keeps in a text."""
    return [e for e in nlp(text, published=published).events if e.event == kind]


_ABHA = ("وقال التنظيم في بيان إن النجدي انطلق ملتحفًا حزامًا ناسفًا صوب قوات الطوارئ، وتمكن من اختراق الأطواق "
         "الأمنية والوصول إلى داخل معسكر التدريب بمدينة أبها، حيث أسفرت العملية عن مقتل وإصابة العشرات. "
         "وكان تفجير انتحاري قد وقع ظهر اليوم بمعسكر قوات الطوارئ الخاصة بأبها، أسفر عن استشهاد 15 شخصًا وإصابة "
         "آخرين.")


def test_background_sentence_tells_the_attack_again(nlp):
    # «وكان تفجير انتحاري قد وقع ظهر اليوم»: the story's bombing told again, not a second one
    evs = _events(nlp, _ABHA, "ASSAULT")
    assert not any(e.sentence == 1 for e in evs)
    assert any(e.sentence == 0 for e in evs)



def test_background_attack_of_another_day_stays(nlp):
    # «وكان تفجير انتحاري قد وقع في 22 مايو»: an earlier attack, its day of its own
    text = _ABHA.replace("ظهر اليوم بمعسكر قوات الطوارئ الخاصة بأبها", "في 22 مايو بمسجد في القديح")
    evs = _events(nlp, text, "ASSAULT")
    assert any(e.sentence == 1 for e in evs)
