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


_SULTANBEYLI = ("أصيب سبعة أشخاص بجروح بينهم خمسة من رجال الشرطة في هجوم مسلح استهدف مركزا للأمن في مدينة إسطنبول "
                "التركية .")


def test_toll_told_before_the_attack_of_unknown_gunmen_is_one_act(nlp):
    # «أصيب سبعة أشخاص … في هجوم مسلح استهدف مركزا للأمن»: the wounded fell in that attack, one event
    evs = _events(nlp, _SULTANBEYLI, "ASSAULT")
    assert len(evs) == 1
    assert {m.text for m in evs[0].recipient} >= {"أشخاص"}


def test_suicide_bomber_of_an_attack_noun_stays_a_doer(nlp):
    # «في هجوم انتحاري مزدوج بحزامين ناسفين»: the bomber is the attack's doer, not the adjective of a verb's subject
    text = ("وقتل ما لا يقل عن 28 متطوعا في الجيش العراقي وجرح 55 شخصا اخرون منتصف يوليو الحالي، في هجوم انتحاري "
            "مزدوج بحزامين ناسفين استهدفا مقرا للتطوع شرق بعقوبة.")
    evs = _events(nlp, text, "ASSAULT")
    assert any(m.sector == "UAF" for e in evs for m in e.actor)


def test_toll_then_attack_verb_of_a_named_group_stays_apart(nlp):
    # «في هجوم شنه مسلحو حركة الشباب»: the doer is named, not the attack noun's adjective
    text = "أصيب سبعة أشخاص بجروح في هجوم مسلح شنه مسلحو حركة الشباب على مركز للشرطة في مقديشو ."
    evs = _events(nlp, text, "ASSAULT")
    assert any(e.actor for e in evs)


_SUEZ = ("وقتل ضابطا شرطة ومجند ومسلح أمس الأحد في هجوم بمدينة العريش عاصمة محافظة شمال سيناء واشتباك بمدينة السويس "
         "التي تقع شرقي القاهرة. وأصيب في الهجوم الذي استهدف مدرعة والاشتباك أربعة من مجندي الشرطة والجيش.")


def test_clash_whose_doers_are_the_toll_victims_is_the_toll_act(nlp):
    # «وأصيب في الهجوم … والاشتباك أربعة من مجندي الشرطة والجيش»: the wounded are no doers of the clash
    evs = _events(nlp, _SUEZ, "ASSAULT")
    assert not any(e.trigger.text.endswith("الاشتباك") for e in evs)
    assert any(e.sentence == 1 and e.trigger.text == "أصيب" for e in evs)
