"""Round 49 (flags49): the negated / future / hypothetical flags — a hope or intention told with كان is past: its act
is hypothetical, not still to come; support given to terrorism, extremism or a plot (دعم الإرهاب، يدعم مخططاً خارجياً)
is a charge the speaker lays, hypothetical, while support of fighting terrorism is told (must / must not, on
sentences of the kind fixed)."""

from stage_coding import events_coded


def coded(nlp, text, date="2015-07-24"):
    """The events the event coder gives (see stage_coding)."""
    return events_coded(nlp, text, date)


def find(nlp, text, event, word):
    """The coded events of the type whose trigger's first word ends the given word (clitics taken off)."""
    return [e for e in coded(nlp, text) if e.event == event and word.endswith(e.trigger.text.split()[0])]


def test_a_past_intention_is_not_to_come(nlp):
    evs = find(nlp, "وتابع قوله إنه كان ينوي إطلاق النار ثم الفرار.", "ASSAULT", "إطلاق")
    assert evs and all(e.hypothetical and not e.future for e in evs)


def test_a_present_intention_is_to_come(nlp):
    evs = find(nlp, "وقال إنه ينوي إطلاق النار على المتظاهرين.", "ASSAULT", "إطلاق")
    assert evs and all(e.future for e in evs)


def test_the_one_held_responsible_for_supporting_terrorism_is_charged(nlp):
    text = "فيما يعد المالكي المسؤول الأول عن دعم الإرهاب في العراق."
    evs = [e for e in coded(nlp, text) if e.trigger.text == "دعم"]
    assert evs and all(e.hypothetical for e in evs)


def test_supporting_a_foreign_plot_is_charged(nlp):
    text = "وأكد الشبلي أن المالكي يقود أحزاباً، وهو يدعم مخططاً خارجياً يبحث عن تغييرات ديمغرافية."
    evs = find(nlp, text, "SUPPORT", "يدعم")
    assert evs and all(e.hypothetical for e in evs)


def test_a_doers_support_of_terrorism_is_charged(nlp):
    text = "والمشكلة الأخرى هي أعمال الشغب التي تقوم بها ايران ودعمها للإرهاب."
    evs = [e for e in coded(nlp, text) if e.trigger.text in ("دعم", "ودعمها", "دعمها")]
    assert evs and all(e.hypothetical for e in evs)


def test_support_of_fighting_terrorism_is_told(nlp):
    evs = find(nlp, "وأعلنت واشنطن دعم مكافحة الإرهاب في اليمن.", "SUPPORT", "دعم")
    assert evs and not any(e.hypothetical for e in evs)
