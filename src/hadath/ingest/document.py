"""What a reader yields: a Document to code, or a Failure that says what could not be read and why."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Document:
    """One input unit before coding: its text and where it came from.

    `source` is the file (or URL) it was read from, `offset` where inside it (a WARC record offset, a
    line number, a member name of an archive; "" for a whole file). `text` is the article body (for
    HTML, the extracted body; never the raw page).
    """

    text: str
    source: str
    offset: str = ""
    kind: str = "text"  # "html", "text", "jsonl", "csv", "warc", "feed"
    id: str = ""
    url: str | None = None
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    site: str | None = None
    language: str | None = None
    meta: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def content_hash(self) -> str:
        """SHA-1 of the text: the same article read twice is stored once."""
        return hashlib.sha1(self.text.encode("utf-8", "surrogatepass")).hexdigest()

    def doc_id(self) -> str:
        """The given id, else a stable id from source and offset."""
        if self.id:
            return self.id
        return hashlib.sha1(f"{self.source}\0{self.offset}".encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(frozen=True)
class Failure:
    """An input that could not be read: where, at which stage, and why. The batch goes on."""

    source: str
    offset: str
    stage: str  # "open", "decode", "extract", "parse", "code", "store"
    reason: str

    def to_dict(self) -> dict[str, str]:
        """The failure as a JSON-ready dict."""
        return {"source": self.source, "offset": self.offset, "stage": self.stage, "reason": self.reason}
