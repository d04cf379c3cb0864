"""Fixtures of the stage tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    """The default pipeline without the learned non-event filter, party check and party filler: the stage tests check
    each rule's own output, not what a statistical model that each retraining moves drops, changes or fills
    (tests/stages/test_nonevents.py, test_party_check.py and test_parties.py test those)."""
    import hadath
    from hadath.settings import Settings

    return hadath.load(Settings(nonevent_filter=False, party_check=False, party_filler=False))


@pytest.fixture(scope="session")
def coder():
    """The pipeline without the report filter nor the merging of repeats: the coder's own candidates and roles, one
    event per trigger word, before the filter weighs whether a sentence reports an event."""
    import hadath
    from hadath.settings import Settings

    return hadath.load(Settings(report_filter=False, merge_repeats=False, nonevent_filter=False, party_check=False,
                                party_filler=False))


@pytest.fixture(scope="module")
def noun_groups(coder):
    """The noun-phrase groups of the first sentence of a text (phrases.noun_phrases over its entity and cue
    mentions), with the annotated article: (article, tokens, groups)."""
    from hadath.lexicon.compile import FunctionWords
    from hadath.stages.phrases import noun_phrases

    fw = FunctionWords.load()

    def run(text):
        art = coder(text, published="2015-07-26")
        toks = art.tokens[0]
        ms = [m for m in art.mentions if m.sentence == 0]
        ents = [m for m in ms if m.kind in ("actor", "agent")]
        cues = {m.tok_start: m for m in ms if m.kind == "cue"}
        return art, toks, noun_phrases(toks, ents, cues, fw)

    return run


@pytest.fixture(scope="module")
def groups(noun_groups):
    """The noun-phrase groups of the first sentence of a text, as their words (phrases.noun_phrases)."""

    def run(text):
        _, toks, gs = noun_groups(text)
        return [" ".join(t.text for t in toks[g.start_tok:g.end_tok]) for g in gs]

    return run


@pytest.fixture(scope="module")
def parties(coder, request):
    """Readers of the parties a text's events carry, as (text, code, sector): `of(text, event)` gives the actors and
    recipients of the first event of one type, `every(text)` every party of every event. Texts are published on the
    test module's PUBLISHED day (2015-07-22 when it names none)."""
    published = getattr(request.module, "PUBLISHED", "2015-07-22")

    def triples(entities):
        return [(x.text, x.code, x.sector) for x in entities]

    class Parties:
        """The two readers, bound to the coder and the day."""

        @staticmethod
        def of(text, event):
            """(actors, recipients) of the first event of type `event` in `text`."""
            e = next(e for e in coder(text, published=published).events if e.event == event)
            return triples(e.actor), triples(e.recipient)

        @staticmethod
        def every(text):
            """Every party of every event of `text`."""
            return [p for e in coder(text, published=published).events for p in triples(e.actor + e.recipient)]

    return Parties()


@pytest.fixture(scope="module")
def story(nlp, request):
    """The events the whole pipeline codes in the third sentence of a short story (two sentences of a security
    source, then the sentence under test), published on the test module's PUBLISHED day: a sentence read as part of a
    story (`events`, `types`, and `assaults` as trigger texts)."""
    published = getattr(request.module, "PUBLISHED", "2015-07-22")
    opening = "قال مصدر أمني إن الوضع هادئ في المنطقة. وأضاف أن القوات تنتشر في المدينة. "

    class Story:
        """The readers, bound to the pipeline and the day."""

        @staticmethod
        def events(sentence):
            """The events of the sentence told third."""
            return [e for e in nlp(opening + sentence, published=published).events if e.sentence == 2]

        @staticmethod
        def types(sentence):
            """The event types of the sentence told third."""
            return [e.event for e in Story.events(sentence)]

        @staticmethod
        def assaults(sentence):
            """The ASSAULT triggers of the sentence told third."""
            return [e.trigger.text for e in Story.events(sentence) if e.event == "ASSAULT"]

    return Story()


@pytest.fixture(scope="module")
def kept_assaults(nlp, request):
    """The ASSAULT events the whole pipeline keeps in a text (the report filter and the merging of repeats on),
    published on the given day, else on the test module's PUBLISHED day (2015-07-22 when it names none)."""
    module_day = getattr(request.module, "PUBLISHED", "2015-07-22")

    def run(text, published=None):
        return [e for e in nlp(text, published=published or module_day).events if e.event == "ASSAULT"]

    return run
