"""Round 78 review: guards of the content folds in repeats.py that no test held. An agreement pointed back to
(«هذه الموافقة») folds no later meeting into itself (pointed_agree), and an attack told as done after a threat is
a real act, not the threat's object (threatened_with folds only acts to come). Sentences in the style of the dev days."""

DATE = "2015-07-26"


def _kinds(nlp, text):
    """The (type, trigger) pairs the whole pipeline keeps for `text`."""
    return [(e.event, e.trigger.text) for e in nlp(text, published=DATE).events]


def test_talks_after_an_agreement_pointed_back_to_stay(nlp):
    """«وفي أعقاب هذه الموافقة يتوقع أن تختتم المفاوضات مع الأردن»: the talks are not what the earlier approval
    promised; they stay a meeting of their own."""
    text = "وافقت الحكومة على المقترح. وفي أعقاب هذه الموافقة يتوقع أن تختتم المفاوضات مع الأردن قريبا."
    assert any(kind == "CONSULT" for kind, _ in _kinds(nlp, text))


def test_an_attack_after_a_comma_past_a_threat_stays(nlp):
    """«هدد المسلحون باقتحام المدينة، وقتلوا ثلاثة جنود»: the killing happened; it is no threatened act folded into
    the threat."""
    kinds = _kinds(nlp, "هدد المسلحون باقتحام المدينة، وقتلوا ثلاثة جنود.")
    assert ("THREATEN", "هدد") in kinds
    assert any(kind == "ASSAULT" for kind, _ in kinds)
