"""Review mend (round 62): a conditional that lays down a condition (a cues.tsv hypothetical cue: إذا، لو، في حال)
opens a clause of its own, with و or ف joined to it too (وإذا انتهكت): a phrase before it is not the subject of the
verb after it."""

from tests.event_lookup import event_by_trigger


def _texts(parties):
    """The texts of an event's actors or recipients."""
    return [p.text for p in parties]


def test_conditional_with_wa_bounds_the_clause(nlp):
    """«وهدد بفرض عقوبات الأمم المتحدة وإذا انتهكت طهران الاتفاق»: Tehran would break the deal, not the UN."""
    e = event_by_trigger(nlp, "وهدد بفرض عقوبات الأمم المتحدة وإذا انتهكت طهران الاتفاق.", "انتهكت")
    assert _texts(e.actor) == ["طهران"]
    assert "الأمم المتحدة" not in _texts(e.recipient)


def test_conditional_fi_hal_bounds_the_clause(nlp):
    """«وقال إن الجيش سيرد في حال هاجم المسلحون القرية»: the gunmen would attack; the army is no party of the attack."""
    e = event_by_trigger(nlp, "وقال إن الجيش سيرد في حال هاجم المسلحون القرية.", "هاجم")
    assert _texts(e.actor) == ["المسلحون"]
    assert "الجيش" not in _texts(e.actor) + _texts(e.recipient)
