"""Round 28 (roles28): missing and swapped parties."""


def _one(art, kind):
    return next(e for e in art.events if e.event == kind)


def test_subject_of_a_verb_with_an_object_past_its_place_acts(nlp):
    # «قصفت» may be read «قُصفت»; past the place in في, «قريتي» is the object: the forces shelled, not were shelled
    ev = _one(nlp("كما قصفت قوات المعارضة في ريف حلب قريتي نبل والزهراء."), "ASSAULT")
    assert [a.text for a in ev.actor] == ["قوات المعارضة"]
    assert "قوات المعارضة" not in [r.text for r in ev.recipient]


def test_place_noun_past_the_place_is_the_object(nlp):
    ev = _one(nlp("قصفت قوات المعارضة في ريف حلب بلدة نبل."), "ASSAULT")
    assert [a.text for a in ev.actor] == ["قوات المعارضة"]


def test_passive_with_a_time_past_the_place_keeps_its_victim(nlp):
    ev = _one(nlp("قتل جنود في حلب أمس."), "ASSAULT")
    assert [r.text for r in ev.recipient] == ["جنود"] and not ev.actor
