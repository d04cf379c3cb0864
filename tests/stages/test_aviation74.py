"""Round 74: a held role noun (الطيران، الطائرات: most often civil aviation) is read as the doer of an attack also
when a time of day stands between it and the attack's noun («وشن الطيران يوم الأحد غارات»), not only right beside it."""

from event_lookup import event_by_trigger


def test_aviation_past_a_day_is_the_doer_of_the_raids(nlp):
    """«وشن الطيران يوم الأحد غارات على مواقع الحوثيين»: the air force (MIL) did it; before, the noun was dropped and the
    raids, with no actor, were filtered out."""
    ev = event_by_trigger(nlp, "وشن الطيران يوم الأحد غارات على مواقع الحوثيين في تعز.", "غارات", "2015-07-27")
    assert [(a.text, a.sector) for a in ev.actor] == [("الطيران", "MIL")]
    ev = event_by_trigger(nlp, "وشن الطيران مساء السبت غارات على مواقع الحوثيين.", "غارات", "2015-07-27")
    assert [a.text for a in ev.actor] == ["الطيران"]


def test_aircraft_taking_off_on_a_day_are_no_party(nlp):
    """«وأقلعت الطائرات يوم الأحد من مطار الرياض»: no attack, the aircraft are no one."""
    a = nlp("وأقلعت الطائرات يوم الأحد من مطار الرياض.", published="2015-07-27")
    assert not a.events and not [m for m in a.mentions if m.kind == "agent"]
