"""The project's exceptions, each with a short machine-readable code and a clear message."""

from __future__ import annotations


class HadathError(Exception):
    """Base class of Hadath's errors."""

    code = "error"


class PipelineError(HadathError):
    """A pipeline was assembled wrongly or a stage broke its contract."""

    code = "pipeline"


class LexiconError(HadathError):
    """A packaged lexicon file is malformed."""

    code = "lexicon"


class InputError(HadathError):
    """An input record could not be read (bad JSON, bad encoding, missing text)."""

    code = "input"


class IngestError(HadathError):
    """An input could not be read into a Document (not HTML, truncated archive, no body…)."""

    code = "ingest"


class StoreError(HadathError):
    """The event store could not be opened or written (locked by another writer, not a store…)."""

    code = "store"
