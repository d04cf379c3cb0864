"""Web crawls (WARC and ARC files, gzipped or not), streamed record by record into Documents.

`iter_warc` reads a crawl with warcio's ArchiveIterator, never loading the file: every HTML response
(or resource) record becomes a Document whose `offset` is the record's byte offset in the file (in
the compressed file for per-record gzipped WARCs, as CDX indexes give it), so the record can be
found again. What is not an HTML page is skipped silently and counted in `stats`:

* request, metadata, warcinfo, conversion and revisit records (a revisit has no body of its own);
* responses whose HTTP status is not 200 (redirects, errors, partial content: no article there);
* bodies that are not HTML (images, scripts, PDFs…); a body of no or a vague type
  (application/octet-stream, text/plain) is sniffed.

A bad record never stops the file: a record too large or whose page yields no text is a Failure
and reading goes on. A damaged file (cut short, corrupt gzip, not a WARC at all) yields the
Documents read so far, then one Failure (stage "parse", offset where the last whole record ended)
saying after which record it broke. In a WARC gzipped record by record, reading then goes on at the
next gzip member that holds a whole WARC record, and the Failure names the bytes skipped; otherwise
the file ends there. A file gzipped as one stream rather than record by
record (`gzip crawl.warc`) is read too; its offsets then count decompressed bytes
(meta["offset_base"] = "decompressed"). The crawl date stays in meta["crawled"]: `published` is
the page's own date, when the extractor finds one.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import IngestError
from ..inputs import iso_date
from .document import Document, Failure

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "application/vnd.wap.xhtml+xml"})
VAGUE_TYPES = frozenset({"", "text/plain", "application/octet-stream", "binary/octet-stream", "unk",
                         "unknown", "application/unknown", "application/x-unknown", "text/x-unknown",
                         "content/unknown", "none"})
PAGE_RECORDS = frozenset({"response", "resource"})
_TAIL_PROBE = 65536  # bytes of the end of a file looked at to tell blank lines from a cut record

# warcio logs the header lines it mends ("Replacing spaces in invalid WARC-Target-URI: …"): from a corrupt gzip
# member that is a line of binary bytes on the terminal, over the progress line; the damage is a Failure already
logging.getLogger("warcio").addHandler(logging.NullHandler())


def iter_warc(path: Path, *, extract: Callable[..., Any] | None = None,
              max_record_bytes: int = 20_000_000, sniff: Callable[[bytes], bool] | None = None,
              stats: dict[str, int] | None = None) -> Iterator[Document | Failure]:
    """Stream the HTML pages of a WARC or ARC file (gzipped or not) as Documents; damage becomes Failures.

    `extract(raw, url=, content_type=)` turns a page into text (default: hadath.ingest.html's
    extract_html, imported on first use); `sniff(head)` says whether an untyped body is HTML (default:
    hadath.ingest.html's looks_like_html). `max_record_bytes` bounds the body read from one record.
    `stats`, when given, is updated with counts: records, documents, failures and skipped_* by reason.
    """
    path = Path(path)
    source = str(path)
    counts: dict[str, int] = stats if stats is not None else {}
    try:
        fh = open(path, "rb")
    except OSError as err:
        _bump(counts, "failures")
        yield Failure(source, "", "open", f"cannot open: {err.strerror or err}")
        return
    with fh:
        reader = _Reader(source, fh, extract, sniff, max_record_bytes, counts)
        yield from reader.run()


def _bump(counts: dict[str, int], key: str) -> None:
    counts[key] = counts.get(key, 0) + 1


def _mime(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


class _Reader:
    """The state of reading one file: where the last whole record ended, what was yielded."""

    def __init__(self, source: str, fh: BinaryIO, extract: Callable[..., Any] | None,
                 sniff: Callable[[bytes], bool] | None, max_bytes: int, counts: dict[str, int]) -> None:
        self.source = source
        self.fh = fh
        self.extract = extract
        self.sniff = sniff
        self.max_bytes = max_bytes
        self.counts = counts
        self.last_offset: int | None = None  # offset of the last record read whole
        self.last_end = 0  # where it ended
        self.seen = 0  # records read whole

    # -- the stream ---------------------------------------------------------------------------

    def run(self) -> Iterator[Document | Failure]:
        """Documents and Failures of the whole file, ending with at most one Failure for damage."""
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed

        start = 0
        while True:
            try:
                self.fh.seek(start)
                yield from self._records(ArchiveIterator(self.fh, arc2warc=True), decompressed=False)
                break
            except Exception as err:  # warcio, zlib and gzip raise many kinds; none may stop the batch
                if isinstance(err, ArchiveLoadFailed) and "non-chunked gzip" in str(err) and not start:
                    # One gzip stream around the whole file (e.g. `gzip crawl.warc`): valid, but not
                    # seekable by record. Read it again through gzip, offsets then count decompressed bytes.
                    yield from self._again_through_gzip()
                    return
                broken = self._broken("parse", err)
                base = max(self.last_end, start)  # where the damage begins: after the last whole record read
                start = self._next_member(base + 1) if self._gzipped_warc() else None
                if start is None:
                    yield broken
                    return
                reason = broken.reason.replace("not a readable WARC or ARC file:", "corrupt WARC record at the start:")
                yield Failure(self.source, str(base), "parse",
                              f"{reason}; {start - base} bytes skipped, reading went on at offset {start}")
        tail = self._tail_problem()
        if tail:
            _bump(self.counts, "failures")
            yield Failure(self.source, self._where(), "parse", tail)

    def _gzipped_warc(self) -> bool:
        """Whether the file is gzipped and not an ARC crawl (whose members no WARC record begins): only then is the
        next whole member searched for after damage."""
        self.fh.seek(0)
        if self.fh.read(2) != b"\x1f\x8b":
            return False
        self.fh.seek(0)
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(self.fh.read(4096), 16)
        except zlib.error:
            return True  # the first member is the damaged one: what follows may still be whole WARC records
        return not head.startswith(b"filedesc:")

    def _next_member(self, after: int) -> int | None:
        """The offset of the first gzip member at or after `after` that inflates, whole, to a WARC record."""
        pos, chunk = after, 1 << 20
        while True:
            self.fh.seek(pos)
            data = self.fh.read(chunk + 2)
            if len(data) < 3:
                return None
            at = data.find(b"\x1f\x8b\x08")
            while at != -1 and at < chunk:
                if self._whole_record_member(pos + at):
                    return pos + at
                at = data.find(b"\x1f\x8b\x08", at + 1)
            pos += chunk

    def _whole_record_member(self, offset: int) -> bool:
        """Whether the gzip member at `offset` inflates without error to data that begins a WARC record."""
        self.fh.seek(offset)
        inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
        head = b""
        try:
            while not inflate.eof:
                data = inflate.unconsumed_tail or self.fh.read(1 << 16)
                if not data:
                    return False
                out = inflate.decompress(data, 1 << 16)  # bounded: a bomb is only read, never held
                if len(head) < 8:
                    head += out[:8]
        except zlib.error:
            return False
        return head.startswith(b"WARC/")

    def _again_through_gzip(self) -> Iterator[Document | Failure]:
        from warcio.archiveiterator import ArchiveIterator

        already = self.seen
        self.seen, self.last_offset, self.last_end = 0, None, 0
        try:
            self.fh.seek(0)
            stream = _Gunzip(self.fh)
            yield from self._records(ArchiveIterator(stream, arc2warc=True), decompressed=True, skip=already)
        except Exception as err:  # as in run(): a damaged stream ends the file with one Failure
            yield self._broken("parse", err)
            return
        if stream.truncated:
            _bump(self.counts, "failures")
            after = ("at the start" if self.last_offset is None
                     else f"after record at offset {self.last_offset}")
            yield Failure(self.source, self._where(), "parse",
                          f"truncated WARC {after}: the gzip stream is cut short")

    def _records(self, it: Any, *, decompressed: bool, skip: int = 0) -> Iterator[Document | Failure]:
        for record in it:
            declared = (record.rec_headers.get_header("Content-Length") or "").strip()
            if not record.rec_type or not declared.isdigit():
                raise ValueError("record without a WARC-Type or a valid Content-Length (cut short or corrupt)")
            rec_type = record.rec_type
            url = record.rec_headers.get_header("WARC-Target-URI")
            body, wanted, skip_reason, content_type, status = self._body(record)
            offset = it.get_record_offset()  # reads the rest of the record
            length = it.get_record_length()
            left = getattr(record.raw_stream, "limit", 0)
            if left:
                raise ValueError(f"record at offset {offset} ({url or rec_type}) cut after "
                                 f"{record.length - left} of {record.length} bytes")
            self.seen += 1
            if self.seen <= skip:
                self.last_offset, self.last_end = offset, offset + length
                continue
            self.last_offset, self.last_end = offset, offset + length
            _bump(self.counts, "records")
            if skip_reason:
                _bump(self.counts, f"skipped_{skip_reason}")
                continue
            meta = {"crawled": record.rec_headers.get_header("WARC-Date"),
                    "record_id": record.rec_headers.get_header("WARC-Record-ID"),
                    "record_type": rec_type, "content_type": content_type}
            if status:
                meta["status"] = status
            if decompressed:
                meta["offset_base"] = "decompressed"  # one gzip stream: offsets in the decompressed data
            if not wanted:
                _bump(self.counts, "failures")
                yield Failure(self.source, str(offset), "parse",
                              f"record of {url} larger than {self.max_bytes} bytes; not read")
                continue
            yield self._page(body, url, content_type, str(offset), meta)

    def _body(self, record: Any) -> tuple[bytes, bool, str, str | None, str | None]:
        """(body, within size, skip reason or "", content type, HTTP status) of one record."""
        rec_type = record.rec_type
        if rec_type not in PAGE_RECORDS:
            return b"", True, "revisit" if rec_type == "revisit" else "not_page", None, None
        status = None
        if record.http_headers is not None:
            status = record.http_headers.get_statuscode()
            if status != "200":
                return b"", True, "status", None, status
            content_type = record.http_headers.get_header("Content-Type")
        elif rec_type == "resource":
            content_type = record.rec_headers.get_header("Content-Type")
        else:  # a response without HTTP headers (dns:, whois:…)
            return b"", True, "not_page", None, None
        mime = _mime(content_type)
        if mime not in HTML_TYPES and mime not in VAGUE_TYPES:
            return b"", True, "not_html", content_type, status
        declared = record.length if isinstance(record.length, int) else 0
        if declared > self.max_bytes + 65536:  # HTTP headers aside, the body cannot fit
            return b"", False, "", content_type, status
        body = record.content_stream().read(self.max_bytes + 1)
        if len(body) > self.max_bytes:
            return b"", False, "", content_type, status
        if mime not in HTML_TYPES and not self._looks_like_html(body[:4096]):
            return b"", True, "not_html", content_type, status
        return body, True, "", content_type, status

    # -- one page ------------------------------------------------------------------------------

    def _page(self, body: bytes, url: str | None, content_type: str | None, offset: str,
              meta: dict[str, Any]) -> Document | Failure:
        extract = self.extract
        if extract is None:
            from .html import extract_html

            extract = self.extract = extract_html
        try:
            ex = extract(body, url=url, content_type=content_type)
        except IngestError as err:
            _bump(self.counts, "failures")
            return Failure(self.source, offset, "extract", str(err) or "no article text")
        except Exception as err:  # a page that breaks the extractor must not stop the crawl
            _bump(self.counts, "failures")
            return Failure(self.source, offset, "extract", f"{type(err).__name__}: {err}")
        if not (ex.text or "").strip():
            _bump(self.counts, "failures")
            return Failure(self.source, offset, "extract", f"no article text in {url}")
        meta["encoding"] = ex.encoding
        _bump(self.counts, "documents")
        return Document(text=ex.text, source=self.source, offset=offset, kind="warc", url=url or ex.url,
                        title=ex.title, published=iso_date(ex.published) if ex.published else None,
                        site=ex.site, language=ex.language, meta=meta)

    def _looks_like_html(self, head: bytes) -> bool:
        if self.sniff is None:
            from .html import looks_like_html

            self.sniff = looks_like_html
        return bool(self.sniff(head))

    # -- damage --------------------------------------------------------------------------------

    def _where(self) -> str:
        return "" if self.last_offset is None else str(self.last_end)

    def _broken(self, stage: str, err: BaseException) -> Failure:
        _bump(self.counts, "failures")
        text = str(err).strip()
        what = text.splitlines()[0][:200] if text else type(err).__name__
        if isinstance(err, (AttributeError, TypeError, KeyError, IndexError)):
            # warcio trips over a header block it cannot parse (a response cut before its WARC-Target-URI…)
            what = f"a record's WARC header is cut short or malformed ({type(err).__name__} in warcio: {what})"
        elif what.startswith("Unknown archive format") and "\\x" in what:
            what = "bytes that are not a WARC or ARC record where one should start"  # not its binary first line
        elif text and not isinstance(err, (ValueError, EOFError)) and type(err).__name__ != "ArchiveLoadFailed":
            what = f"{type(err).__name__}: {what}"
        if self.last_offset is None:
            reason = f"not a readable WARC or ARC file: {what}"
        else:
            reason = f"truncated or corrupt WARC after record at offset {self.last_offset}: {what}"
        return Failure(self.source, self._where(), stage, reason)

    def _tail_problem(self) -> str:
        """A reason when bytes after the last whole record are not just blank lines, else ""."""
        try:
            size = self.fh.seek(0, 2)
            if size <= self.last_end:
                return ""
            if size - self.last_end > _TAIL_PROBE:
                rest = b"x"
            else:
                self.fh.seek(self.last_end)
                rest = self.fh.read().strip()
        except OSError as err:
            return f"cannot check the end of the file: {err}"
        if not rest:
            return ""
        after = ("at the start" if self.last_offset is None
                 else f"after record at offset {self.last_offset}")
        return (f"truncated WARC {after}: {size - self.last_end} bytes at offset {self.last_end} "
                f"are not a whole record")


class _Gunzip:
    """A gzip stream (one member or several) read as a file, that ends quietly when cut short.

    gzip.GzipFile raises EOFError on a cut stream and loses what the last read had decoded; this
    returns every byte that can be decoded, then b"", and sets `truncated`.
    """

    def __init__(self, raw: BinaryIO, chunk: int = 1 << 16) -> None:
        self.raw = raw
        self.chunk = chunk
        self.inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self.pos = 0
        self.truncated = False

    def read(self, size: int | None = -1) -> bytes:
        """Up to `size` decoded bytes (some, unless the stream has ended)."""
        limit = size if size and size > 0 else self.chunk
        while True:
            if self.inflate.eof:  # a member ended: another may follow
                data = self.inflate.unused_data or self.raw.read(self.chunk)
                if not data:
                    return b""
                self.inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
            else:
                data = self.inflate.unconsumed_tail or self.raw.read(self.chunk)
                if not data:
                    self.truncated = True
                    return b""
            out = self.inflate.decompress(data, limit)
            if out:
                self.pos += len(out)
                return out

    def tell(self) -> int:
        """Decoded bytes read so far."""
        return self.pos
