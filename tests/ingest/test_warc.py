"""iter_warc: WARC and ARC crawls, gzipped or not, streamed into Documents; damage ends a file with one Failure."""

from __future__ import annotations

import gzip
import io
import re
import subprocess
import sys
import tracemalloc
import zlib
from pathlib import Path
from types import SimpleNamespace

import pytest

pytest.importorskip("warcio")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from hadath.errors import IngestError  # noqa: E402
from hadath.ingest.document import Document, Failure  # noqa: E402
from hadath.ingest.warc import iter_warc  # noqa: E402


# -- a stand-in for hadath.ingest.html.extract_html --------------------------------------------------

class FakeExtractor:
    """Strips tags; reads the charset of `content_type`, a <title> and <meta name="date">; records its calls."""

    def __init__(self) -> None:
        self.calls: list[dict] = []

    def __call__(self, raw, *, url=None, content_type=None):
        self.calls.append({"url": url, "content_type": content_type, "size": len(raw)})
        charset = re.search(r"charset=([\w-]+)", content_type or "")
        text = raw.decode(charset.group(1) if charset else "utf-8") if isinstance(raw, bytes) else raw
        if "BREAK-THE-EXTRACTOR" in text:
            raise IngestError("boilerplate only: no article body")
        title = re.search(r"<title>(.*?)</title>", text, re.S)
        date = re.search(r'<meta name="date" content="([^"]+)"', text)
        body = re.sub(r"<title>.*?</title>", " ", text, flags=re.S)
        body = " ".join(re.sub(r"<[^>]+>", " ", body).split())
        if not body:
            raise IngestError("no text")
        return SimpleNamespace(text=body, title=title.group(1) if title else None,
                               published=date.group(1) if date else None, url=url, site=None,
                               language="ar", encoding=charset.group(1) if charset else "utf-8")


def sniff(head: bytes) -> bool:
    """A stand-in for looks_like_html."""
    return b"<html" in head.lower() or b"<!doctype html" in head.lower()


def page(title: str, body: str, date: str | None = None) -> str:
    meta = f'<meta name="date" content="{date}">' if date else ""
    return f"<html><head><title>{title}</title>{meta}</head><body><p>{body}</p></body></html>"


# -- writing crawls ---------------------------------------------------------------------------------

def http(status: str = "200 OK", ctype: str | None = "text/html; charset=utf-8", extra=()) -> StatusAndHeaders:
    headers = [("Content-Type", ctype)] if ctype else []
    return StatusAndHeaders(status, headers + list(extra), protocol="HTTP/1.1")


def write_warc(path: Path, records: list[tuple], *, gz: bool, version: str = "1.1") -> Path:
    """records: (kind, uri, payload bytes, http headers or None, extra WARC headers or None)."""
    with open(path, "wb") as out:
        w = WARCWriter(out, gzip=gz, warc_version=version)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "hadath tests"}))
        for kind, uri, payload, headers, warc_headers in records:
            rec = w.create_warc_record(uri, kind, payload=io.BytesIO(payload), length=len(payload),
                                       http_headers=headers, warc_headers_dict=warc_headers or {},
                                       warc_content_type="text/html" if kind == "resource" else "")
            w.write_record(rec)
    return path


A1 = page("اشتباكات في المدينة", "قتل مسلحون خمسة جنود في هجوم على نقطة تفتيش شمال المدينة.", "2016-05-21")
A2 = page("وزير الخارجية يزور عمان", "وصل وزير الخارجية إلى عمان في زيارة رسمية تستمر يومين.")
A3 = page("مظاهرة أمام البرلمان", "تظاهر مئات الطلاب أمام مبنى البرلمان احتجاجا على رفع الرسوم.", "2016-05-23")

MIXED = [
    ("request", "http://news.example/a1", b"GET /a1 HTTP/1.1\r\nHost: news.example\r\n\r\n", None, None),
    ("response", "http://news.example/a1", A1.encode(), http(), {"WARC-Date": "2016-05-25T08:00:00Z"}),
    ("response", "http://news.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(300), http(ctype="image/png"), None),
    ("response", "http://news.example/gone", b"<html>not here</html>", http("404 Not Found"), None),
    ("response", "http://news.example/moved", b"", http("301 Moved Permanently", None, [("Location", "/a2")]), None),
    ("revisit", "http://news.example/a1", b"", None,
     {"WARC-Profile": "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest"}),
    ("metadata", "http://news.example/a1", b"via: http://news.example/\n", None, None),
    ("response", "http://news.example/a2", A2.encode(), http(), {"WARC-Date": "2016-05-26T09:30:00Z"}),
    ("resource", "file:///saved/a3.html", A3.encode(), None, None),
]


def record_at(path: Path, offset: int, gz: bool) -> bytes:
    """The bytes of the record that starts at `offset` (one gzip member when gzipped)."""
    with open(path, "rb") as fh:
        fh.seek(offset)
        data = fh.read()
    if gz:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data)
    return data[:2000]


def docs(items):
    """(url, offset, text) of the Documents among `items`."""
    return [(x.url, x.offset, x.text) for x in items if isinstance(x, Document)]


def fails(items):
    return [x for x in items if isinstance(x, Failure)]


# -- reading ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("gz", [False, True], ids=["plain", "gzip"])
def test_html_responses_and_resources_become_documents_at_their_offsets(tmp_path, gz):
    path = write_warc(tmp_path / ("crawl.warc.gz" if gz else "crawl.warc"), MIXED, gz=gz)
    stats: dict[str, int] = {}
    out = list(iter_warc(path, extract=FakeExtractor(), sniff=sniff, stats=stats))
    assert not fails(out)
    assert [d.url for d in out] == ["http://news.example/a1", "http://news.example/a2", "file:///saved/a3.html"]
    for d in out:
        assert d.kind == "warc" and d.source == str(path)
        head = record_at(path, int(d.offset), gz)
        assert head.startswith(b"WARC/1.1\r\n")
        assert f"WARC-Target-URI: {d.url}\r\n".encode() in head.split(b"\r\n\r\n", 1)[0] + b"\r\n"
    a1, a2, a3 = out
    assert a1.title == "اشتباكات في المدينة" and "خمسة جنود" in a1.text and "<p>" not in a1.text
    assert a1.published == "2016-05-21"  # the page's own date
    assert a1.meta["crawled"] == "2016-05-25T08:00:00Z"
    assert a2.published is None  # no date on the page: the crawl date is not a publication date
    assert a2.meta["crawled"] == "2016-05-26T09:30:00Z"
    assert a3.published == "2016-05-23" and a3.meta["record_type"] == "resource"
    assert len({d.offset for d in out}) == 3 and len({d.doc_id() for d in out}) == 3
    assert stats["documents"] == 3 and stats["skipped_status"] == 2 and stats["skipped_not_html"] == 1
    assert stats["skipped_revisit"] == 1 and stats["skipped_not_page"] == 3  # warcinfo, request, metadata


def test_cc_news_layout_windows_1256_charset_goes_to_the_extractor(tmp_path):
    body = page("انفجار قرب السفارة", "هز انفجار عنيف محيط السفارة صباح اليوم دون وقوع إصابات.").encode("cp1256")
    headers = http(ctype="text/html; charset=windows-1256",
                   extra=[("Server", "nginx"), ("X-Crawler-Content-Length", str(len(body)))])
    path = write_warc(tmp_path / "CC-NEWS-20160522000000-00001.warc.gz",
                      [("response", "https://ar.news.example/2016/05/22/blast", body, headers,
                        {"WARC-Date": "2016-05-22T00:00:01Z", "WARC-IP-Address": "192.0.2.1"})],
                      gz=True, version="1.0")
    fake = FakeExtractor()
    (doc,) = list(iter_warc(path, extract=fake))
    assert fake.calls == [{"url": "https://ar.news.example/2016/05/22/blast",
                           "content_type": "text/html; charset=windows-1256", "size": len(body)}]
    assert doc.title == "انفجار قرب السفارة" and "هز انفجار عنيف" in doc.text
    assert doc.meta["encoding"] == "windows-1256" and doc.meta["crawled"] == "2016-05-22T00:00:01Z"
    assert record_at(path, int(doc.offset), True).startswith(b"WARC/1.0\r\n")


def test_http_content_encoding_is_undone(tmp_path):
    raw = gzip.compress(A2.encode())
    path = write_warc(tmp_path / "enc.warc", [("response", "http://news.example/z", raw,
                                              http(extra=[("Content-Encoding", "gzip")]), None)], gz=False)
    (doc,) = list(iter_warc(path, extract=FakeExtractor()))
    assert "وصل وزير الخارجية" in doc.text


def test_untyped_bodies_are_sniffed(tmp_path):
    path = write_warc(tmp_path / "untyped.warc", [
        ("response", "http://news.example/u1", A1.encode(), http(ctype="application/octet-stream"), None),
        ("response", "http://news.example/u2", b"%PDF-1.4 binary", http(ctype=None), None),
        ("response", "http://news.example/u3", A2.encode(), http(ctype=None), None),
    ], gz=False)
    stats: dict[str, int] = {}
    out = list(iter_warc(path, extract=FakeExtractor(), sniff=sniff, stats=stats))
    assert [d.url for d in out] == ["http://news.example/u1", "http://news.example/u3"]
    assert stats["skipped_not_html"] == 1


def test_a_page_the_extractor_rejects_is_a_failure_and_the_crawl_goes_on(tmp_path):
    path = write_warc(tmp_path / "bad.warc.gz", [
        ("response", "http://news.example/a1", A1.encode(), http(), None),
        ("response", "http://news.example/menu", b"<html><body>BREAK-THE-EXTRACTOR</body></html>", http(), None),
        ("response", "http://news.example/a2", A2.encode(), http(), None),
    ], gz=True)
    out = list(iter_warc(path, extract=FakeExtractor()))
    assert [type(x).__name__ for x in out] == ["Document", "Failure", "Document"]
    failure = out[1]
    assert failure.stage == "extract" and "no article body" in failure.reason
    assert failure.source == str(path) and int(failure.offset) > int(out[0].offset)


def test_an_oversized_record_is_a_failure_and_the_next_is_read(tmp_path):
    big = page("كبير", "كلمة " * 300_000).encode()  # about 3 MB
    path = write_warc(tmp_path / "big.warc", [
        ("response", "http://news.example/big", big, http(), None),
        ("response", "http://news.example/a2", A2.encode(), http(), None),
    ], gz=False)
    out = list(iter_warc(path, extract=FakeExtractor(), max_record_bytes=1_000_000))
    assert isinstance(out[0], Failure) and "larger than 1000000 bytes" in out[0].reason
    assert "http://news.example/big" in out[0].reason and out[0].offset.isdigit()
    assert isinstance(out[1], Document) and out[1].url == "http://news.example/a2"


def test_a_chunked_oversized_body_is_refused_by_a_bounded_read(tmp_path):
    # HTTP Content-Encoding hides the size: the header says 30 KB, the body inflates to 5 MB.
    raw = gzip.compress(b"<html><body>" + b"x" * 5_000_000 + b"</body></html>")
    path = write_warc(tmp_path / "inflate.warc", [
        ("response", "http://news.example/inflate", raw, http(extra=[("Content-Encoding", "gzip")]), None),
        ("response", "http://news.example/a1", A1.encode(), http(), None),
    ], gz=False)
    out = list(iter_warc(path, extract=FakeExtractor(), max_record_bytes=1_000_000))
    assert isinstance(out[0], Failure) and "larger than" in out[0].reason
    assert isinstance(out[1], Document)


def test_records_are_streamed_not_loaded(tmp_path):
    blob = tmp_path / "video.bin"
    with open(blob, "wb") as fh:
        for _ in range(40):
            fh.write(b"\x00" * 1_000_000)
    path = tmp_path / "stream.warc"
    with open(path, "wb") as out, open(blob, "rb") as payload:
        w = WARCWriter(out, gzip=False)
        w.write_record(w.create_warc_record("http://news.example/v.mp4", "response", payload=payload,
                                            length=40_000_000, http_headers=http(ctype="video/mp4")))
        w.write_record(w.create_warc_record("http://news.example/a1", "response",
                                            payload=io.BytesIO(A1.encode()), http_headers=http()))
    tracemalloc.start()
    try:
        out = list(iter_warc(path, extract=FakeExtractor()))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [d.url for d in out] == ["http://news.example/a1"]
    assert peak < 5_000_000, peak


# -- damage -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("gz", [False, True], ids=["plain", "gzip"])
@pytest.mark.parametrize("share", [0.05, 0.5, 0.95], ids=["cut-in-headers", "cut-in-middle", "cut-near-end"])
def test_a_truncated_crawl_yields_what_was_read_then_one_failure(tmp_path, gz, share):
    whole = write_warc(tmp_path / "whole.warc", MIXED, gz=gz)
    good = list(iter_warc(whole, extract=FakeExtractor(), sniff=sniff))
    data = whole.read_bytes()
    start = int(good[-1].offset)  # the last record, the resource a3: cut it
    path = tmp_path / "cut.warc"
    path.write_bytes(data[: start + int((len(data) - 8 - start) * share)])
    out = list(iter_warc(path, extract=FakeExtractor(), sniff=sniff))  # never raises
    assert docs(out) == docs(good[:-1])
    assert isinstance(out[-1], Failure) and len(fails(out)) == 1
    failure = out[-1]
    assert failure.stage == "parse" and failure.reason.startswith("truncated")
    # it says after which record the file broke: a2, the record before a3
    broke_after = int(re.search(r"after record at offset (\d+)", failure.reason).group(1))
    assert broke_after == int(good[1].offset)
    # the offset is where the last whole record ended (a plain WARC's blank lines come after it)
    assert int(failure.offset) == (start if gz else start - 4)


def test_a_gzip_member_missing_only_its_trailer_still_gives_its_whole_record(tmp_path):
    whole = write_warc(tmp_path / "whole.warc.gz", MIXED, gz=True)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(whole.read_bytes()[:-4])  # the last member's ISIZE: its data are all there
    out = list(iter_warc(path, extract=FakeExtractor(), sniff=sniff))
    assert [d.url for d in out][-1] == "file:///saved/a3.html" and not fails(out)


def test_a_crawl_cut_inside_the_first_record_is_one_failure(tmp_path):
    whole = write_warc(tmp_path / "w.warc.gz", MIXED[1:2], gz=True)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(whole.read_bytes()[:150])  # inside the warcinfo member
    out = list(iter_warc(path, extract=FakeExtractor()))
    assert len(out) == 1 and isinstance(out[0], Failure) and out[0].stage == "parse"


@pytest.mark.parametrize("spot", [20, 60, 120, 200])
def test_corrupt_gzip_in_the_middle_is_a_failure_and_reading_goes_on_at_the_next_record(tmp_path, spot):
    # a damaged member used to end the file: a3, whole in its own member after it, was lost
    whole = write_warc(tmp_path / "w.warc.gz", MIXED, gz=True)
    good = list(iter_warc(whole, extract=FakeExtractor(), sniff=sniff))
    data = bytearray(whole.read_bytes())
    at = int(good[1].offset) + spot  # inside the compressed data of the a2 record
    data[at:at + 40] = bytes(40)
    path = tmp_path / "corrupt.warc.gz"
    path.write_bytes(bytes(data))
    out = list(iter_warc(path, extract=FakeExtractor(), sniff=sniff))
    assert docs(out) == docs([good[0], good[2]])
    (fail,) = fails(out)
    assert out.index(fail) == 1 and fail.stage == "parse" and fail.offset == good[1].offset
    assert re.search(rf"after record at offset \d+: .*; \d+ bytes skipped, reading went on at offset {good[2].offset}$",
                     fail.reason), fail.reason
    assert "first line" not in fail.reason and "\\x" not in fail.reason  # not the binary line warcio quotes


def test_a_corrupt_first_member_and_a_second_damage_each_skip_only_their_bytes(tmp_path):
    whole = write_warc(tmp_path / "w.warc.gz", MIXED, gz=True)
    good = list(iter_warc(whole, extract=FakeExtractor(), sniff=sniff))
    data = bytearray(whole.read_bytes())
    data[30:70] = bytes(40)  # inside the first member (the request record)
    at = int(good[1].offset) + 60  # and inside the a2 record
    data[at:at + 40] = bytes(40)
    path = tmp_path / "twice.warc.gz"
    path.write_bytes(bytes(data))
    out = list(iter_warc(path, extract=FakeExtractor(), sniff=sniff))
    assert docs(out) == docs([good[0], good[2]])
    first, second = fails(out)
    assert first.offset == "0" and first.reason.startswith("corrupt WARC record at the start:")
    assert second.offset == good[1].offset and f"reading went on at offset {good[2].offset}" in second.reason
    skipped = int(re.search(r"; (\d+) bytes skipped", second.reason).group(1))
    assert skipped == int(good[2].offset) - int(good[1].offset)


def test_corrupt_gzip_in_the_last_record_ends_the_file_with_a_failure(tmp_path):
    whole = write_warc(tmp_path / "w.warc.gz", MIXED, gz=True)
    good = list(iter_warc(whole, extract=FakeExtractor(), sniff=sniff))
    data = bytearray(whole.read_bytes())
    at = int(good[2].offset) + 60
    data[at:at + 40] = bytes(40)
    path = tmp_path / "corrupt.warc.gz"
    path.write_bytes(bytes(data))
    out = list(iter_warc(path, extract=FakeExtractor(), sniff=sniff))
    assert docs(out) == docs(good[:2])
    assert len(fails(out)) == 1 and out[-1].stage == "parse"
    assert re.search(r"after record at offset \d+: ", out[-1].reason) and "bytes skipped" not in out[-1].reason
    assert "first line" not in out[-1].reason and "\\x" not in out[-1].reason


def test_not_a_crawl_and_a_missing_file_are_failures(tmp_path):
    html = tmp_path / "page.warc"
    html.write_text(A1, encoding="utf-8")
    (f,) = list(iter_warc(html, extract=FakeExtractor()))
    assert isinstance(f, Failure) and f.stage == "parse" and "not a readable WARC or ARC file" in f.reason
    (g,) = list(iter_warc(tmp_path / "absent.warc.gz", extract=FakeExtractor()))
    assert isinstance(g, Failure) and g.stage == "open" and g.offset == ""


def test_an_empty_file_yields_nothing(tmp_path):
    path = tmp_path / "empty.warc"
    path.write_bytes(b"")
    assert list(iter_warc(path, extract=FakeExtractor())) == []


def test_a_whole_file_gzip_stream_is_read_with_decompressed_offsets(tmp_path):
    plain = write_warc(tmp_path / "p.warc", MIXED, gz=False)
    path = tmp_path / "whole.warc.gz"
    path.write_bytes(gzip.compress(plain.read_bytes()))  # one gzip member, not one per record
    expected = list(iter_warc(plain, extract=FakeExtractor(), sniff=sniff))
    out = list(iter_warc(path, extract=FakeExtractor(), sniff=sniff))
    assert not fails(out)
    assert [(d.url, d.offset, d.text) for d in out] == [(d.url, d.offset, d.text) for d in expected]
    assert all(d.meta["offset_base"] == "decompressed" for d in out)


def test_a_whole_file_gzip_stream_cut_short_yields_what_was_read_then_one_failure(tmp_path):
    plain = write_warc(tmp_path / "p.warc", MIXED, gz=False)
    expected = docs(iter_warc(plain, extract=FakeExtractor(), sniff=sniff))
    data = gzip.compress(plain.read_bytes())
    path = tmp_path / "whole.warc.gz"
    path.write_bytes(data[: len(data) // 2])
    out = list(iter_warc(path, extract=FakeExtractor(), sniff=sniff))
    assert 0 < len(docs(out)) < len(expected) and docs(out) == expected[: len(docs(out))]
    assert len(fails(out)) == 1 and out[-1].reason.startswith("truncated WARC after record at offset")


# -- ARC --------------------------------------------------------------------------------------------

def arc_record(url: str, date: str, body: bytes, ctype: str = "text/html") -> bytes:
    block = b"HTTP/1.1 200 OK\r\nContent-Type: " + ctype.encode() + b"\r\n\r\n" + body
    return f"{url} 192.0.2.7 {date} {ctype} {len(block)}\n".encode() + block + b"\n"


def write_arc(path: Path, *, gz: bool) -> tuple[Path, list[int]]:
    spec = b"1 0 Hadath\nURL IP-address Archive-date Content-type Archive-length\n"
    parts = [f"filedesc://{path.name} 0.0.0.0 20160522000000 text/plain {len(spec)}\n".encode() + spec + b"\n",
             arc_record("http://news.example/a1", "20160522101010", A1.encode()),
             arc_record("http://news.example/i.gif", "20160522101011", b"GIF89a", "image/gif"),
             arc_record("http://news.example/a2", "20160522101012", A2.encode())]
    offsets, data = [], b""
    for part in parts:
        offsets.append(len(data))
        data += gzip.compress(part) if gz else part
    path.write_bytes(data)
    return path, offsets


@pytest.mark.parametrize("gz", [False, True], ids=["plain", "gzip"])
def test_arc_files(tmp_path, gz):
    path, offsets = write_arc(tmp_path / ("old.arc.gz" if gz else "old.arc"), gz=gz)
    out = list(iter_warc(path, extract=FakeExtractor()))
    assert [(d.url, d.offset) for d in out] == [("http://news.example/a1", str(offsets[1])),
                                                ("http://news.example/a2", str(offsets[3]))]
    assert out[0].meta["crawled"] == "2016-05-22T10:10:10Z" and out[0].published == "2016-05-21"
    assert "خمسة جنود" in out[0].text


def test_importing_the_readers_loads_no_parsing_library():
    code = ("import sys, hadath.ingest.warc, hadath.ingest.feeds, hadath.ingest.archives;"
            "print(sorted(m for m in ('warcio', 'feedparser', 'hadath.ingest.html', 'hadath.lexicon.timewords')"
            " if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
