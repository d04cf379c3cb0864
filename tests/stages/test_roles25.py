"""Round 25 (roles25): swapped roles and addressees (must / must not, on sentences of the kind fixed)."""

from stage_coding import events_coded


def coded(nlp, text, date="2015-07-21"):
    """The events the event coder gives (see stage_coding)."""
    return events_coded(nlp, text, date)


def find(nlp, text, event, word):
    """The coded events of the type whose trigger's first word ends the given word (clitics taken off)."""
    return [e for e in coded(nlp, text) if e.event == event and word.endswith(e.trigger.text.split()[0])]


# 1. من جانب X، من طرف X after an act: X did it (a passive agent, like من قبل)
def test_attack_by_christians_has_them_as_actor(nlp):
    text = "أعلن مسؤول إندونيسي أن قوات الجيش تحمي 153 مسلما، بعدما تعرضوا لهجوم من جانب مسيحيين صباح اليوم."
    evs = find(nlp, text, "ASSAULT", "لهجوم")
    assert evs and any("مسيحيين" in a.text for e in evs for a in e.actor)
    assert not any("مسيحيين" in r.text for e in evs for r in e.recipient)


def test_shelling_by_government_forces_is_theirs(nlp):
    evs = find(nlp, "وتعرضت القرية لقصف من جانب القوات الحكومية.", "ASSAULT", "لقصف")
    assert evs and any("القوات الحكومية" in a.text for e in evs for a in e.actor)
    assert not any("القوات الحكومية" in r.text for e in evs for r in e.recipient)
