"""The mentions stage and what it reads, for the speed tests of that stage: its matcher, and an article run through
the stages before it."""

from __future__ import annotations

from hadath.article import Article


def mentions_stage(nlp):
    """The pipeline's mentions stage."""
    return next(s for s in nlp.stages if s.name == "mentions")


def before_mentions(nlp, text: str, published: str = "2015-07-22") -> Article:
    """The article of `text` run through the stages before mentions."""
    art = Article(text=text, id="t", published=published)
    for stage in nlp.stages:
        if stage.name == "mentions":
            return art
        art = stage(art)
    raise AssertionError("no mentions stage")
