"""Round 91: the roles of a few phrases the judges of 2015-07-26 and 2015-07-27 found misread. A person's name right
after a one-word collective party with the article is the verb's object, not one phrase with it («وتتهم المعارضة
إردوغان»: the opposition accuses Erdogan); a verb whose own definite tail word follows it has its object and is no
passive («لكن المتمردين خرقوا الهدنة»: the rebels broke the truce, they are its actor); and a named group in لـ after
a definite body a title governs is the office's own («موسى أبو مرزوق نائب رئيس المكتب السياسي لحماس»: a Hamas
leader, PSE/REB, Hamas no recipient of his call)."""

PUBLISHED = "2015-07-27"  # the day the parties fixture (conftest) publishes the texts on

OPPOSITION = ("وقال كليتشدار أوغلو إن إردوغان يتلاعب بمستقبل تركيا. وتتهم المعارضة إردوغان بإعاقة مفاوضات تشكيل "
              "الحكومة الائتلافية بهدف الدعوة لانتخابات جديدة.")
TRUCE = ("وكان التحالف بقيادة السعودية قد أعلن وقفا لاطلاق النار لمدة خمسة أيام للسماح بوصول مساعدات انسانية، لكن "
         "المتمردين خرقوا الهدنة.")
HAMAS = ("دعا موسى أبو مرزوق نائب رئيس المكتب السياسي لحماس أمس السبت إلى تشكيل حكومة وحدة وطنية فلسطينية، محذرًا من "
         "انعكاسات الفشل الداخلي على الوضع السياسي.")


def _accusation(coder, text):
    """(actor texts, recipient texts) of the ACCUSE event of «تتهم» in `text`."""
    e = next(e for e in coder(text, published=PUBLISHED).events if e.event == "ACCUSE" and e.trigger.text == "تتهم")
    return [x.text for x in e.actor], [x.text for x in e.recipient]


def test_a_name_after_a_collective_party_is_the_object(coder, groups):
    """«وتتهم المعارضة إردوغان»: the opposition is the accuser, Erdogan the accused; no phrase «المعارضة إردوغان».
    A title before the party noun governs it and keeps the name: «زعيم المعارضة كمال كليتشدار أوغلو» is one phrase."""
    actor, recipient = _accusation(coder, OPPOSITION)
    assert actor == ["المعارضة"]
    assert recipient == ["إردوغان"]
    assert "زعيم المعارضة كمال كليتشدار أوغلو" in groups("وانتقد زعيم المعارضة كمال كليتشدار أوغلو الحكومة.")


def test_a_verb_with_its_definite_tail_is_active(parties):
    """«لكن المتمردين خرقوا الهدنة»: the rebels broke the truce, its actor, not what it befell."""
    actor, recipient = parties.of(TRUCE, "ASSAULT")
    assert [a[0] for a in actor] == ["المتمردين"]
    assert recipient == []


def test_an_office_of_a_group_after_a_name_is_his_own(parties):
    """«موسى أبو مرزوق نائب رئيس المكتب السياسي لحماس»: one Hamas leader, PSE/REB; Hamas is no recipient."""
    actor, recipient = parties.of(HAMAS, "REQUEST")
    assert len(actor) == 1 and actor[0][0].endswith("لحماس") and actor[0][1:] == ("PSE", "REB")
    assert all("حماس" not in r[0] for r in recipient)
