"""Round 81: four readings of sense and negation moved from the topic gate (topics.py) to their own stage, the senses
stage (senses.SenseReader), which load() runs always, after the event anchors and before the repeats. With the topic
gate switched off (`topic_gate = false`) they still apply: «لن نجري أي محادثات مع …» is a talk flagged negated and
future (d); the other three (a protest told in words, roads cut by armed forces, declining to comment) are tested with
the gate on and off in test_senses77.py. Sentences from the dev days (2015-07-23..26)."""

import pytest

DAY = "2015-07-25"


@pytest.fixture(scope="module")
def ungated():
    """The default pipeline built from settings with the topic gate off (the report filter and the repeats on)."""
    import hadath
    from hadath.settings import Settings

    return hadath.load(Settings(topic_gate=False))


def events(nlp, text, event, published=DAY):
    """The events of type `event` that the pipeline `nlp` codes for `text`."""
    return [e for e in nlp(text, published=published).events if e.event == event]


# 2015-07-25 #127 (one of its sentences)
NO_TALKS = ("وكان خامنئي قال بعد أن أم صلاة العيد في طهران يوم السبت الماضي «لن نجري أي محادثات مع الولايات المتحدة "
            "بشأن قضايا ثنائية أو إقليمية أو دولية ما لم تكن في حالات استثنائية مثل (المحادثات) النووية».")


def test_gate_off_talks_refused_outright_are_negated(ungated):
    """(d) «لن نجري أي محادثات مع الولايات المتحدة», gate off: the talk with the United States is flagged negated and
    future; no talk held is told."""
    talks = [e for e in events(ungated, NO_TALKS, "CONSULT") if e.trigger.text == "محادثات"]
    assert any([x.code for x in e.recipient] == ["USA"] and e.negated and e.future for e in talks)
    assert not any(not e.negated for e in talks)


def test_senses_run_before_repeats_whatever_the_gate():
    """load() runs the senses stage right after the event anchors and before the repeats, with the topic gate on or
    off."""
    import hadath
    from hadath.settings import Settings

    for settings in (Settings(), Settings(topic_gate=False)):
        names = hadath.load(settings).names
        assert "senses" in names and "repeats" in names
        assert names.index("anchors") + 1 == names.index("senses") < names.index("repeats")
