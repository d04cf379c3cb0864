"""Round 80 repeats: what a threat threatens is part of the threat (`threatened_with`). A future or supposed ASSAULT,
COERCE or SANCTION told right after a THREATEN trigger of its sentence (at most 60 characters, no comma between), by
the threat's doer or by none, is the threat's content: dropped, the THREATEN taking its recipient where it has none.
The judges marked such second events dup (2015-07-23 #302 and #1101 «وتعهدت بشن هجمات»). A real act told after a
comma stays. Sentences from the dev days, and one in their words."""


def _coded(nlp, text, date="2015-07-23"):
    return nlp(text, published=date).events


def test_attacks_the_taliban_vowed_are_the_threat(nlp):
    """2015-07-23 #302: the Taliban vowed to launch attacks across the country: one THREATEN of the Taliban, no
    future assault «هجمات» of its own; the spring offensive launched (told done) stays."""
    text = ("وأطلقت حركة طالبان في أواخر نيسان - أبريل هجومها السنوي بحلول فصل الربيع وتعهدت بشن هجمات في جميع "
            "أنحاء البلاد.")
    events = _coded(nlp, text)
    threats = [e for e in events if e.event == "THREATEN"]
    assert threats and [a.text for a in threats[0].actor] == ["حركة طالبان"], [e.to_dict() for e in events]
    assert not [e for e in events if e.event == "ASSAULT" and e.trigger.text == "هجمات"]
    assert any(e.event == "ASSAULT" and e.trigger.text == "هجومها" for e in events)


def test_threat_takes_the_target_of_the_attacks_threatened(nlp):
    """«وهددت حركة الشباب بشن هجمات على كينيا»: one THREATEN of al-Shabaab to Kenya (the recipient taken from the
    attacks threatened), no future assault of its own."""
    events = _coded(nlp, "وهددت حركة الشباب بشن هجمات على كينيا.")
    threats = [e for e in events if e.event == "THREATEN"]
    assert threats and [r.text for r in threats[0].recipient] == ["كينيا"], [e.to_dict() for e in events]
    assert not [e for e in events if e.event == "ASSAULT"]
