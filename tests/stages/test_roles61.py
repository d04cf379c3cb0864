"""Round 61: actors and recipients of coded events that the text names but the coder missed (a subject set off
from its relative clause by a dash, …)."""

from tests.event_lookup import event_by_trigger


def test_dash_relative_clause_subject(nlp):
    """«أوباما – الذي زار كينيا …»: the phrase before the dash and الذي is the visitor."""
    text = "وأبدى أوباما – الذي زار كينيا عندما كان عضوا بمجلس الشيوخ في 2006 – قدرا من الإحباط."
    e = event_by_trigger(nlp, text, "زار")
    assert [a.text for a in e.actor] == ["أوباما"]
    assert [r.text for r in e.recipient] == ["كينيا"]
