"""Every input kind, chosen by content (not only by extension): files, folder trees and archives of
HTML pages, RSS/Atom feeds, WARC/ARC crawls (gzipped or not), JSON/JSONL/CSV exports and plain text.

`iter_documents(paths)` yields a Document per article and a Failure per input that could not be read,
in a stable order (folders walked sorted), so a batch never stops on one bad input.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import IngestError
from ..inputs import InputProblem, decode, headline, iso_date, scrub
from .document import Document, Failure

MAX_FILE_BYTES = 200 * 1024 * 1024  # a page or export larger than this is refused (WARCs and archives stream)

# Export fields, tried in order (SaudiNewsNet: source/url/date_extracted/title/content).
DEFAULT_FIELDS = {
    "text": ("text", "content", "body", "article", "maintext"),
    "id": ("id", "doc_id", "uuid"),
    "date": ("date", "published", "date_published", "pubDate", "publish_date", "date_publish", "date_extracted"),
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "site": ("source", "site", "domain", "source_domain"),
}


@dataclass
class Mapping:
    """Which export field holds the text, id, date, title, url and site (first present wins)."""

    fields: dict[str, tuple[str, ...]] = field(default_factory=lambda: dict(DEFAULT_FIELDS))

    @classmethod
    def parse(cls, spec: str | None) -> "Mapping":
        """A mapping from "text=content,date=date_extracted" (unnamed roles keep their defaults)."""
        m = cls()
        for item in filter(None, (spec or "").split(",")):
            role, sep, name = item.partition("=")
            if not sep or role.strip() not in DEFAULT_FIELDS or not name.strip():
                raise IngestError(f"bad field mapping {item!r}: use role=field with role in {', '.join(DEFAULT_FIELDS)}")
            m.fields[role.strip()] = (name.strip(),)
        return m

    def get(self, obj: dict, role: str):
        """The value of the first field of `role` present in `obj` (None when absent)."""
        for name in self.fields[role]:
            if obj.get(name) not in (None, ""):
                return obj[name]
        return None


def iter_documents(paths: Iterable[str], mapping: Mapping | None = None) -> Iterator[Document | Failure]:
    """Documents and Failures from files, folders ('-' is standard input), in a stable order."""
    mapping = mapping or Mapping()
    for p in paths:
        if p == "-":
            import sys

            yield from _by_content(read_bytes(sys.stdin.buffer.read(), "<stdin>", mapping))
            continue
        path = Path(p)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    if _special(Path(root) / name):  # opening a named pipe found in a folder would wait forever
                        yield Failure(str(Path(root) / name), "", "open",
                                      "not a regular file (a named pipe, socket or device); skipped")
                        continue
                    yield from read_file(Path(root) / name, mapping)
        elif path.exists():
            yield from read_file(path, mapping)
        else:
            yield Failure(str(path), "", "open", "no such file or folder")


def _by_content(items: Iterable[Document | Failure]) -> Iterator[Document | Failure]:
    """Documents of standard input or a pipe, given ids from their text: the next thing piped in is read under
    the same name, and an id from the name alone would take it for the article already stored."""
    for item in items:
        if isinstance(item, Document) and not item.id:
            key = f"{item.source}\0{item.offset}\0{item.content_hash}".encode("utf-8", "surrogatepass")
            item = replace(item, id=hashlib.sha1(key).hexdigest()[:16])
        yield item


def _special(path: Path) -> bool:
    """True for a path that exists and is no regular file (a named pipe, a socket, a device)."""
    import stat

    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False  # missing, a dangling link: read_file says why


def read_file(path: Path, mapping: Mapping | None = None) -> Iterator[Document | Failure]:
    """The Documents of one file, its kind sniffed from its first bytes."""
    mapping = mapping or Mapping()
    src = str(path)
    if _special(path):  # a pipe named on the command line (<(zcat …), /dev/stdin): read once, as a blob
        try:
            with path.open("rb") as fh:
                data = fh.read(MAX_FILE_BYTES + 1)
        except OSError as err:
            yield Failure(src, "", "open", f"cannot read: {err.strerror or err}")
            return
        if len(data) > MAX_FILE_BYTES:
            yield Failure(src, "", "open", f"input too large (more than {MAX_FILE_BYTES:,} bytes)")
            return
        yield from _by_content(read_bytes(data, src, mapping))
        return
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(8192)
    except OSError as err:
        yield Failure(src, "", "open", f"cannot read: {err.strerror or err}")
        return
    if size == 0:
        yield Failure(src, "", "open", "empty file (0 bytes)")
        return
    kind = sniff(head, path.name)
    if kind == "warc":
        from .warc import iter_warc

        yield from _guard(src, iter_warc(path))
        return
    if kind == "archive":
        from .archives import iter_archive

        yield from _guard(src, iter_archive(path, member_reader=lambda name, data: read_bytes(data, name, mapping)))
        return
    if size > MAX_FILE_BYTES:
        yield Failure(src, "", "open", f"file too large ({size:,} bytes; the limit is {MAX_FILE_BYTES:,})")
        return
    try:
        data = path.read_bytes()
    except OSError as err:
        yield Failure(src, "", "open", f"cannot read: {err.strerror or err}")
        return
    yield from read_bytes(data, src, mapping, kind)


def sniff(head: bytes, name: str = "") -> str:
    """The kind of an input from its first bytes: warc, archive, gzip, feed, html, json, jsonl, csv, text, binary."""
    if head.startswith(b"\x1f\x8b"):
        try:
            inner = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 600)
        except zlib.error:
            return "binary"
        if inner.startswith((b"WARC/", b"filedesc://")):
            return "warc"
        if inner[257:262] == b"ustar":
            return "archive"
        return "gzip"
    if head.startswith((b"WARC/", b"filedesc://")):
        return "warc"
    if head.startswith(b"PK\x03\x04") or head[257:262] == b"ustar" or head.startswith(b"PK\x05\x06"):
        return "archive"
    body = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            body = head.decode("utf-16")[:4000].lstrip("\ufeff \t\r\n").encode("utf-8", "replace")
        except UnicodeDecodeError:
            pass
    elif b"\x00" in head[:4096] and _binary(head[:4096]):
        return "binary"
    low = body[:4096].lower()
    if low.startswith(b"<?xml") or low.startswith((b"<rss", b"<feed", b"<rdf:rdf")):
        if b"<rss" in low or b"<feed" in low or b"<rdf:rdf" in low:
            return "feed"
    if _looks_like_html(body[:2048]):
        return "html"
    if body.startswith(b"["):
        return "json"
    if body.startswith(b"{"):
        return "jsonl"
    if name.lower().endswith((".csv", ".tsv")):
        return "csv"
    return "text"


def _binary(head: bytes) -> bool:
    """True for data that is not text: it does not decode as UTF-8, or is mostly control bytes."""
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as err:
        if err.start < len(head) - 4:  # not just a character cut at the end of the sample
            return True
        text = head[:err.start].decode("utf-8")
    controls = sum(1 for c in text if c < " " and c not in "\t\r\n")
    return controls * 3 > len(text)


def _looks_like_html(head: bytes) -> bool:
    """The HTML reader's sniff (hadath.ingest.html.looks_like_html)."""
    from .html import looks_like_html

    return looks_like_html(head)


def read_bytes(data: bytes, src: str, mapping: Mapping | None = None, kind: str | None = None
               ) -> Iterator[Document | Failure]:
    """The Documents in one blob (a file's bytes, an archive member, standard input)."""
    mapping = mapping or Mapping()
    if not data:
        yield Failure(src, "", "open", "empty file (0 bytes)")
        return
    kind = kind or sniff(data[:8192], src)
    if kind == "gzip":
        try:
            data = _gunzip(data)
        except (OSError, EOFError, zlib.error, IngestError) as err:
            yield Failure(src, "", "decode", f"broken gzip: {err}")
            return
        kind = sniff(data[:8192], src[:-3] if src.endswith(".gz") else src)
    if kind == "binary":
        yield Failure(src, "", "decode", "binary content, not text")
        return
    if kind in ("warc", "archive"):
        import tempfile

        with tempfile.NamedTemporaryFile(suffix=".bin") as tmp:  # nested containers stream from a file
            tmp.write(data)
            tmp.flush()
            inner = read_file(Path(tmp.name), mapping)
            for item in inner:
                yield _resourced(item, src, tmp.name)
        return
    if kind == "html":
        from .html import extract_html

        try:
            ex = extract_html(data)
        except IngestError as err:
            yield Failure(src, "", "extract", str(err))
            return
        yield Document(ex.text, src, "", "html", url=ex.url, title=ex.title, published=ex.published,
                       site=ex.site, language=ex.language, meta={"encoding": ex.encoding})
        return
    if kind == "feed":
        from .feeds import iter_feed

        yield from _guard(src, iter_feed(data, source=src))
        return
    problems: list[InputProblem] = []
    text = decode(data, src, problems)
    meta = {"problems": [p.reason for p in problems]} if problems else {}
    if kind == "json":
        yield from _json_array(text, src, mapping)
    elif kind == "jsonl":
        yield from _jsonl(text, src, mapping)
    elif kind == "csv":
        yield from _csv(text, src, mapping)
    else:
        if not text.strip():
            yield Failure(src, "", "extract", "no text (only whitespace)")
            return
        yield Document(text, src, "", "text", title=headline(text), language=_language(text), meta=meta)


def _gunzip(data: bytes, limit: int = MAX_FILE_BYTES) -> bytes:
    """Decompress gzip data, refusing more than `limit` bytes out (a gzip bomb)."""
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = d.decompress(data, limit + 1)
    if len(out) > limit:
        raise IngestError(f"decompresses to more than {limit:,} bytes")
    if not d.eof:
        raise IngestError("truncated gzip stream")
    return out


def _language(text: str) -> str | None:
    """'ar', 'und' or None (see hadath.stages.text.guess_language)."""
    from ..stages.text import guess_language

    return guess_language(text)


def _record(obj, src: str, where: str, mapping: Mapping, kind: str) -> Document | Failure:
    """A Document from one export record, or a Failure saying what is missing."""
    if not isinstance(obj, dict):
        return Failure(src, where, "parse", "record is not a JSON object")
    scrubbed = {k: scrub(v) if isinstance(v, str) else v for k, v in obj.items()}
    meta: dict = {"problems": ["lone surrogate escapes replaced by U+FFFD"]} if scrubbed != obj else {}
    obj = scrubbed  # a lone "\ud800" escape cannot be written to the store or to standard output
    text = mapping.get(obj, "text")
    if not isinstance(text, str) or not text.strip():
        return Failure(src, where, "extract", f"record has no text (fields tried: {', '.join(mapping.fields['text'])})")
    rid = mapping.get(obj, "id")
    raw_date = mapping.get(obj, "date")
    published = iso_date(str(raw_date)) if raw_date else None
    if raw_date and not published:
        meta["bad_date"] = str(raw_date)
    title = mapping.get(obj, "title") or headline(text)
    url = mapping.get(obj, "url")
    site = mapping.get(obj, "site")
    return Document(text, src, where, kind, id=str(rid) if rid is not None else "", url=url and str(url),
                    title=title and str(title), published=published, site=site and str(site),
                    language=_language(text), meta=meta)


def _jsonl(text: str, src: str, mapping: Mapping) -> Iterator[Document | Failure]:
    """One record per JSON line; a malformed line is a Failure with its line number."""
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as err:
            yield Failure(src, f"line {lineno}", "parse", f"malformed JSON ({err.msg})")
            continue
        yield _record(obj, src, f"line {lineno}", mapping, "jsonl")


def _json_array(text: str, src: str, mapping: Mapping) -> Iterator[Document | Failure]:
    """One record per item of a JSON list (SaudiNewsNet's day files)."""
    try:
        items = json.loads(text)
    except ValueError as err:
        if not text.lstrip().startswith("["):
            yield Failure(src, "", "parse", f"malformed JSON ({err.msg} at line {err.lineno})")
            return
        yield from _json_items(text, src, mapping)  # a list cut short or damaged: the items before the damage
        return
    if not isinstance(items, list):
        items = [items]
    for i, obj in enumerate(items):
        yield _record(obj, src, f"item {i}", mapping, "jsonl")


def _json_items(text: str, src: str, mapping: Mapping) -> Iterator[Document | Failure]:
    """The items of a JSON list read one at a time, up to the first that cannot be read, which is a Failure
    with its index and line (a day file cut short keeps the articles before the cut)."""
    decoder = json.JSONDecoder()
    pos = text.index("[") + 1
    i = 0
    while True:
        while pos < len(text) and text[pos] in " \t\r\n\ufeff":
            pos += 1
        if text.startswith("]", pos):
            rest = pos + 1 + len(text[pos + 1:]) - len(text[pos + 1:].lstrip())
            if rest < len(text):  # a second list, or anything else, after the list's end is no part of it
                yield Failure(src, f"item {i}", "parse", f"extra data after the JSON list at line "
                                                         f"{text.count(chr(10), 0, rest) + 1}; it is not read")
            return
        try:
            obj, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as err:
            yield Failure(src, f"item {i}", "parse", f"malformed JSON list at item {i} ({err.msg}: line "
                                                     f"{err.lineno}); the items after it are not read")
            return
        yield _record(obj, src, f"item {i}", mapping, "jsonl")
        i += 1
        while pos < len(text) and text[pos] in " \t\r\n":
            pos += 1
        if text.startswith(",", pos):
            pos += 1
        elif not text.startswith("]", pos):
            what = "cut short" if pos >= len(text) else f"no ',' or ']' at line {text.count(chr(10), 0, pos) + 1}"
            yield Failure(src, f"item {i}", "parse", f"malformed JSON list after item {i - 1} ({what}); "
                                                     "the items after it are not read")
            return


def _csv(text: str, src: str, mapping: Mapping) -> Iterator[Document | Failure]:
    """One record per CSV/TSV row, with the header naming the fields."""
    sample = text[:4096]
    dialect = csv.excel_tab if sample.count("\t") > sample.count(",") else csv.excel
    csv.field_size_limit(MAX_FILE_BYTES)
    try:
        for n, row in enumerate(csv.DictReader(io.StringIO(text), dialect=dialect), 2):
            yield _record(row, src, f"line {n}", mapping, "csv")
    except csv.Error as err:
        yield Failure(src, "", "parse", f"malformed CSV: {err}")


def _guard(src: str, items: Iterable[Document | Failure]) -> Iterator[Document | Failure]:
    """Pass a reader's items on; an unexpected error becomes one Failure, not a crash."""
    try:
        for item in items:
            if isinstance(item, Document) and item.language is None:
                item = replace(item, language=_language(item.text))
            yield item
    except Exception as err:  # a reader's bug or an unforeseen malformation: recorded, the batch goes on
        yield Failure(src, "", "parse", f"{type(err).__name__}: {err}")


def _resourced(item: Document | Failure, src: str, tmp: str) -> Document | Failure:
    """An item read from a temporary copy, renamed to the blob's own source."""
    if isinstance(item, Failure):
        return Failure(item.source.replace(tmp, src), item.offset, item.stage, item.reason)
    return replace(item, source=item.source.replace(tmp, src))


