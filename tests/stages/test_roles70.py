"""Round 70, roles: past a comma a verb does not go on from the object of a verbal noun in بـ (its doer is no
subject carried on); a bare noun after «أي» is the subject of the verb right after it (the phrase after the verb is
its object); «كما بحث معه» goes on between the subject and the «مع» partner of the verb before."""

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



def test_talks_with_him_go_on_between_the_two_named_before(nlp):
    """«واستعرض الملك سلمان مع وزير الدفاع الأميركي أوجه التعاون …، كما بحث معه مستجدات الأوضاع»: the king talks
    with the US defence secretary."""
    text = ("واستعرض الملك سلمان مع وزير الدفاع الأميركي أوجه التعاون بين البلدين خصوصا في المجالات العسكرية، "
            "كما بحث معه مستجدات الأوضاع في المنطقة والجهود المبذولة تجاهها.")
    (ev,) = [e for e in _of(nlp, text, "بحث") if e.event == "CONSULT"]
    assert "سلمان" in ev.actor[0].text and "وزير الدفاع" in ev.recipient[0].text
