"""The motivating example (shared/examples): what an analyst reads in it must appear; the teaser must not."""

import pytest


@pytest.fixture(scope="module")
def article(pentagon_text):
    """The example as the shipped default pipeline codes it (the learned non-event filter on, unlike the other stage
    tests' pipeline)."""
    import hadath

    return hadath.load()(pentagon_text, id="pentagon-2016", published="2016-05-21")


def _codes(entities):
    return {e.code for e in entities}


def test_teaser_block_is_cut_and_never_coded(article, pentagon_text):
    assert article.story_end == pentagon_text.index("شاهد أيضاً")
    assert all(ev.trigger.start < article.story_end for ev in article.events)
    # the teaser is about Jordanians protesting in Amman: nothing of it may reach an event
    assert not any(e.code == "JOR" for ev in article.events for e in ev.actor + ev.recipient)


def test_russian_request_to_washington_is_coded_as_asserted(article):
    reqs = [e for e in article.events if e.event == "REQUEST" and not e.negated]
    assert any("RUS" in _codes(e.actor) and "USA" in _codes(e.recipient) for e in reqs), reqs


def test_pentagon_denial_makes_a_negated_request(article):
    denied = [e for e in article.events if e.event == "REQUEST" and e.negated]
    assert denied, [e.to_dict() for e in article.events]
    assert any("RUS" in _codes(e.actor) for e in denied)


def test_february_agreement_between_the_united_states_and_russia(article):
    agrees = [e for e in article.events if e.event == "AGREE"]
    assert any({"USA", "RUS"} <= _codes(e.actor) for e in agrees), [e.to_dict() for e in agrees]


def test_requested_air_strikes_are_not_coded_as_facts(article):
    for ev in article.events:
        if ev.event == "ASSAULT" and "غارات" in ev.trigger.text:
            assert not ev.factual


def test_every_offset_slices_the_original_text_to_its_evidence(article, pentagon_text):
    for ev in article.events:
        d = ev.to_dict()
        assert pentagon_text[ev.trigger.start:ev.trigger.end] == d["trigger"]["text"]
        ti = d["text_info"]
        assert pentagon_text[ti["start"]:ti["end"]] == d["text"]
        for ent in d["actor"] + d["recipient"]:
            assert pentagon_text[ent["start"]:ent["end"]] == ent["entity_text"]
    for m in article.mentions:
        assert pentagon_text[m.start:m.end] == m.text


def test_quoted_spokesman_has_not_received_the_request(article, pentagon_text):
    quote_at = pentagon_text.index("لم نستلم الطلب")
    denied = [e for e in article.events if e.event == "REQUEST" and e.negated
              and e.sentence_start <= quote_at < e.sentence_end]
    assert denied and "الطلب" in denied[0].trigger.text
