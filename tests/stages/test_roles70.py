"""Round 70, roles: past a comma a verb does not go on from the object of a verbal noun in بـ (its doer is no
subject carried on), and a bare noun after «أي» is the subject of the verb right after it (the phrase after the verb
is its object)."""

from stage_coding import events_coded


def _of(nlp, text, word):
    """The coded events whose trigger text contains the word."""
    return [e for e in events_coded(nlp, text, "2015-07-24") if word in e.trigger.text]


def test_the_pursued_officers_do_not_arrest(nlp):
    """«وقامت ميليشيات الحوثي بملاحقة الضباط الرافضين للقتال، واعتقلت بعضهم»: the officers are pursued and arrested,
    not the arresters."""
    evs = _of(nlp, "وقامت ميليشيات الحوثي بملاحقة الضباط الرافضين للقتال، واعتقلت بعضهم.", "اعتقلت")
    assert evs and all(e.event == "COERCE" for e in evs)
    assert not any("الضباط" in a.text for e in evs for a in e.actor)


def test_the_subject_of_a_verb_after_any_noun_stands_before_it(nlp):
    """«ولم نر أي دولة هاجمت إيران»: Iran is the one attacked, not the attacker."""
    evs = _of(nlp, "وقال نتنياهو إن الاتفاق سيء، ولم نر أي دولة هاجمت إيران.", "هاجمت")
    assert evs
    assert not any("إيران" in a.text for e in evs for a in e.actor)
    assert any("إيران" in r.text for e in evs for r in e.recipient)

