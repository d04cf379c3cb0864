"""Stages and the pipeline that runs them: each stage says what layers it needs and adds."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from typing import Protocol

from .article import Article
from .errors import PipelineError


class Stage(Protocol):
    """A step of the pipeline: reads layers named in `requires`, adds those in `adds`."""

    name: str
    requires: tuple[str, ...]
    adds: tuple[str, ...]

    def __call__(self, article: Article) -> Article: ...


class Pipeline:
    """An ordered list of stages, checked once when built, applied to Articles."""

    def __init__(self, stages: Iterable[Stage]):
        self.stages = list(stages)
        have = {"text"}
        for stage in self.stages:
            missing = [r for r in stage.requires if r not in have]
            if missing:
                raise PipelineError(f"stage {stage.name!r} needs {missing}, which no earlier stage adds")
            have.update(stage.adds)

    def stage(self, name: str) -> Stage:
        """The stage called `name` (KeyError if the pipeline has none)."""
        for stage in self.stages:
            if stage.name == name:
                return stage
        raise KeyError(f"no stage {name!r} in the pipeline ({', '.join(self.names)})")

    def replaced(self, name: str, stage: Stage) -> "Pipeline":
        """A new pipeline with the stage called `name` replaced by `stage`."""
        self.stage(name)
        return Pipeline([stage if s.name == name else s for s in self.stages])

    def before(self, name: str) -> "Pipeline":
        """A new pipeline of the stages that run before the one called `name` (KeyError if there is none)."""
        self.stage(name)
        return Pipeline(self.stages[:self.names.index(name)])

    @property
    def names(self) -> list[str]:
        """The names of the stages, in order."""
        return [s.name for s in self.stages]

    def __call__(self, text: str | Article, **meta) -> Article:
        """Run every stage on one text (or Article) and return the annotated Article."""
        article = text if isinstance(text, Article) else Article(text=text, **meta)
        # The cyclic garbage collector is paused while one article is annotated: the stages make hundreds of
        # thousands of small objects (tokens, mentions, tuples), nearly all freed by reference counting, and each
        # collection they set off walked every object still alive (the lexicon's and the caches' too): a quarter of
        # the run's time. The article's few cycles (a closure that calls itself) are collected at its end, in one
        # collection of the youngest generation made here: the automatic one that enabling the collector set off at the
        # next allocation did the same work, but every tenth was of the middle generation too, which moved the article
        # then alive to the oldest, and every few dozen articles the collector then walked the oldest, the lexicons
        # and all (the collector took 5% of the run's time then, 2% now; the article's objects, still alive here,
        # move to the middle generation and die there, freed by reference counting).
        collecting = gc.isenabled()
        if collecting:
            gc.disable()
        try:
            for stage in self.stages:
                result = stage(article)
                if not isinstance(result, Article):
                    raise PipelineError(f"stage {stage.name!r} returned {type(result).__name__}, not an Article")
                article = result
                article.layers.update(stage.adds)
        finally:
            if collecting:
                gc.collect(0)
                gc.enable()
        return article

    def pipe(self, items: Iterable[str | Article]) -> Iterator[Article]:
        """Annotate a stream of texts or Articles lazily, in order; an item that cannot be annotated comes back as
        an Article with no annotations and the reason in its `errors`, and the stream goes on."""
        for n, item in enumerate(items):
            try:
                article = self(item)
            except Exception as exc:  # noqa: BLE001 - one bad item must not lose the rest of the stream
                article = failed_item(item, n, exc)
            yield article


def failed_item(item: object, n: int, exc: Exception) -> Article:
    """The Article standing for item `n` of a stream that could not be annotated: its text (if any), no annotations,
    and the reason."""
    reason = f"not annotated: {type(exc).__name__}: {exc}"
    if isinstance(item, Article):  # its metadata and earlier problems kept, its layers left out
        return Article(text=item.text, id=item.id, url=item.url, source=item.source, title=item.title,
                       language=item.language, published=item.published, errors=[*item.errors, reason])
    if isinstance(item, str):
        return Article(text=item, errors=[reason])
    return Article(text="", id=f"item-{n}", errors=[reason])
