"""Round 26 (roles26): parties named in the clause and not carried onto the event (must / must not, on sentences
of the kind fixed)."""

from stage_coding import events_coded


def coded(nlp, text, date="2015-07-21"):
    """The events the event coder gives (see stage_coding)."""
    return events_coded(nlp, text, date)


def find(nlp, text, event, word):
    """The coded events of the type whose trigger's first word ends the given word (clitics taken off)."""
    return [e for e in coded(nlp, text) if e.event == event and word.endswith(e.trigger.text.split()[0])]


# 1. a death or a wound in a clash with X (في اشتباك مع X، باشتباكات معها): X is who killed
def test_killed_in_clash_with_isis_have_isis_as_actor(nlp):
    text = "كما قتل ستة من مليشيا الحشد الشعبي وأصيب 12 في اشتباك مع مقاتلي تنظيم داعش في منطقة المضيق شرق الرمادي."
    evs = find(nlp, text, "ASSAULT", "قتل")
    assert evs and any(a.code == "IMG" for e in evs for a in e.actor)
    assert any("الحشد الشعبي" in r.text for e in evs for r in e.recipient)
    assert not any(a.code == "IMG" for e in evs for a in e.recipient)


def test_killed_in_clash_with_her_are_the_announcers(nlp):
    text = "ويأتي ذلك في الوقت الذي أعلنت فيه المقاومة اليمنية اليوم عن مقتل 22 من ميليشيا الحوثي باشتباكات معها قرب قاعدة العند."
    evs = find(nlp, text, "ASSAULT", "مقتل")
    assert evs and any("المقاومة" in a.text for e in evs for a in e.actor)
    assert not any("المقاومة" in r.text for e in evs for r in e.recipient)


def test_killed_in_armed_clashes_with_the_resistance(nlp):
    text = "وأفادت مصادر يمنية عن سقوط قتلى وجرحى من الحوثيين السبت في اشتباكات مسلحة مع المقاومة الشعبية في مديرية أرحب."
    evs = find(nlp, text, "ASSAULT", "قتلى")
    assert evs and any("المقاومة الشعبية" in a.text for e in evs for a in e.actor)


def test_killed_in_an_attack_is_no_clash_partner(nlp):
    # (no مع after the noun: the victims' attacker is not guessed)
    text = "وقتل خمسة جنود في اشتباكات قرب الحدود مع لبنان."
    evs = find(nlp, text, "ASSAULT", "وقتل")
    assert not any(a.code == "LBN" for e in evs for a in e.actor)
