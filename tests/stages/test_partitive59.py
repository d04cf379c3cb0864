"""Round 59: the ب or ل attached to a count word before partitive من («التقى … بعدد من المسؤولين») governs the phrase
counted (phrases._prep_of), so the counted people are the recipient; a count with no such letter stays a partitive
(the subject, or the victim of a killing), never an addressee."""

PUBLISHED = "2015-07-25"


def _event(coder, text, code):
    return next(e for e in coder(text, published=PUBLISHED).events if e.event == code)


def test_the_counted_people_met_are_the_recipient(coder):
    """التقى … بعدد من المسؤولين اليمنيين: the officials counted are the ones met."""
    e = _event(coder, "التقى وزير الخارجية السعودي بعدد من المسؤولين اليمنيين.", "CONSULT")
    assert [a.text for a in e.actor] == ["وزير الخارجية السعودي"]
    assert [r.text for r in e.recipient] == ["المسؤولين اليمنيين"]


def test_the_counted_people_past_a_definite_noun_stay_the_recipient(coder):
    """كما التقى بعدد من الأشقاء اليمنيين: past the unread definite noun, the phrase counted is still the one met."""
    e = _event(coder, "كما التقى بعدد من الأشقاء اليمنيين.", "CONSULT")
    assert [r.text for r in e.recipient] == ["اليمنيين"]


def test_a_count_as_subject_is_no_addressee(coder):
    """عدد من المسؤولين اليمنيين as the subject: the actor, with the one met by ب the recipient."""
    e = _event(coder, "واجتمع عدد من المسؤولين اليمنيين بوزير الخارجية السعودي.", "CONSULT")
    assert [a.text for a in e.actor] == ["المسؤولين اليمنيين"]
    assert [r.text for r in e.recipient] == ["وزير الخارجية السعودي"]


def test_the_soldiers_killed_stay_the_victim(coder):
    """وقتل عدد من الجنود: the soldiers counted are the victim, not an actor."""
    e = _event(coder, "وقتل عدد من الجنود في هجوم على نقطة تفتيش.", "ASSAULT")
    assert [r.text for r in e.recipient] == ["الجنود"]
    assert not e.actor
