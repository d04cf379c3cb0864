"""One event of a coded text, found by its trigger, and its actors: for the actor tests of the events stage."""

from __future__ import annotations


def event_by_trigger(nlp, text, trigger, published="2015-07-25"):
    """The event of `text` whose trigger is `trigger`."""
    return next(e for e in nlp(text, published=published).events if e.trigger.text == trigger)


def actor_texts(nlp, text, trigger):
    """The actor texts of the event of `text` whose trigger is `trigger`."""
    return [a.text for a in event_by_trigger(nlp, text, trigger).actor]


def coded(nlp, text, published="2015-08-03"):
    """The Article of `text` coded by `nlp`, published on `published` (for the date tests of the stages)."""
    from hadath.article import Article

    return nlp(Article(text=text, id="t", published=published))


def with_trigger(events, word):
    """The events whose trigger is written `word`."""
    return [e for e in events if e.trigger.text == word]
