"""Round 99 (mend98): mends of round 98's review — a title set off by commas after a verb of accusing is no second
accused (a root و is no conjunction); a group named right after a person's name is the verb's object (the one rule
for a body after a name, phrases._object_after_person); a verb of attack whose counted subject is followed by an
indefinite event word ending a headline keeps them as its subject."""

from stage_coding import parties_reader

_DATE = "2015-07-31"

# (code, sector, text) of the recipients (or actors) of the events of `kind` the whole pipeline codes.
_parties = parties_reader(_DATE)


def test_title_set_off_by_commas_is_no_second_accused(nlp):
    """«واتهمت المعارضة، وزير الداخلية، بالفساد»: وزير starts with a root و, no conjunction; the opposition accuses
    and is not accused with the minister."""
    text = "واتهمت المعارضة، وزير الداخلية، بالفساد."
    assert any(t == "المعارضة" for _, _, t in _parties(nlp, text, "ACCUSE", "actor"))
    assert not any(t == "المعارضة" for _, _, t in _parties(nlp, text, "ACCUSE"))


def test_conjuncts_set_off_by_commas_stay_the_accused(nlp):
    """«واتهم حزب الله، وإيران، بتنفيذ الهجوم»: the conjunction و (no root letter) still lists both accused."""
    recipients = _parties(nlp, "واتهم حزب الله، وإيران، بتنفيذ الهجوم.", "ACCUSE")
    assert {c for c, _, _ in recipients} >= {"LBN", "IRN"}, recipients


def test_group_after_a_persons_name_is_the_object(nlp):
    """«اتهم نتنياهو الجهاد الإسلامي» (a group-type body): the group is the accused, not part of his name."""
    text = "اتهم نتنياهو الجهاد الإسلامي بتنفيذ الهجوم."
    assert any(t == "الجهاد الإسلامي" for _, _, t in _parties(nlp, text, "ACCUSE"))
    assert any(c == "ISR" for c, _, _ in _parties(nlp, text, "ACCUSE", "actor"))


def test_group_of_his_own_country_after_a_persons_name_is_the_object(nlp):
    """«اتهم العبادي الحشد الشعبي»: a group of the same country after the name is no part of it (the group-type
    body that _object_after_person reads, with the institution and the international body of a sector)."""
    text = "اتهم العبادي الحشد الشعبي بتنفيذ الهجوم."
    assert ("IRQ", "العبادي") in [(c, t) for c, _, t in _parties(nlp, text, "ACCUSE", "actor")]
    assert any(t == "الحشد الشعبي" for _, _, t in _parties(nlp, text, "ACCUSE"))


def test_counted_subject_before_a_headline_ending_event_word(nlp):
    """«وفجر أربعة انتحاريين هجوما» (a headline, no final mark): the event word last in the sentence is the verb's
    object, the counted bombers its subject."""
    text = "وفجر أربعة انتحاريين هجوما"
    assert any(t == "انتحاريين" for _, _, t in _parties(nlp, text, "ASSAULT", "actor"))
    assert not _parties(nlp, text, "ASSAULT")
