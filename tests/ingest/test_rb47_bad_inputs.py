"""Hostile inputs to `hadath ingest` and its readers: none may crash the run, hang it or lose another record."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import duckdb
import pytest

import hadath
from hadath.ingest.document import Document, Failure
from hadath.ingest.feeds import iter_feed
from hadath.ingest.readers import iter_documents
from hadath.ingest.run import ingest
from hadath.ingest.warc import iter_warc

NEWS = Path(__file__).resolve().parents[1] / "fixtures" / "news"
PAGE = (b"<html><head><meta charset='utf-8'><title>t</title></head><body><article>"
        + "".join(f"<p>{p}</p>" for p in (NEWS / "riyadh-meeting.txt").read_text(encoding="utf-8").split("\n")
                  if p.strip()).encode("utf-8") + b"</article></body></html>")


def _rows(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_a_store_whose_articles_have_no_events_is_written_without_a_crash(tmp_path):
    # refresh_clusters handed DuckDB an empty CSV (no event at all), which read_csv refused: a traceback
    (tmp_path / "calm.txt").write_text("الطقس جميل اليوم والسماء صافية.\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    summary = ingest([str(tmp_path / "calm.txt")], str(db))
    assert (summary.stored, summary.events, summary.clusters) == (1, 0, 0)
    assert _rows(db, "SELECT count(*) FROM articles") == [(1,)]


def test_a_lone_surrogate_escape_loses_no_record_of_the_batch(tmp_path):
    # "\ud800" in a JSON string could not be written as UTF-8: the whole batch was lost, every re-run crashed
    text = (NEWS / "riyadh-meeting.txt").read_text(encoding="utf-8")
    rows = [{"id": "s1", "text": "\ud800 " + text, "title": "x\udcff"}, {"id": "s2", "text": text}]
    src = tmp_path / "sur.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")  # ASCII: the escapes stay
    db = tmp_path / "s.duckdb"
    summary = ingest([str(src)], str(db))
    assert summary.stored == 2
    stored = dict(_rows(db, "SELECT doc_id, text FROM articles"))
    assert sorted(stored) == ["s1", "s2"] and stored["s1"].startswith("\ufffd ")


def test_a_file_name_that_is_not_utf8_is_stored_and_a_rerun_adds_nothing(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.html").write_bytes(PAGE)
    with open(os.path.join(os.fsencode(folder), b"bad\xff.html"), "wb") as fh:
        fh.write(PAGE.replace(b"<article>", b"<article><p>\xd8\xaa</p>"))
    with open(os.path.join(os.fsencode(folder), b"empty\xfe.txt"), "wb"):
        pass
    db = tmp_path / "s.duckdb"
    first = ingest([str(folder)], str(db))
    assert (first.stored, first.failures) == (2, 1)
    again = ingest([str(folder)], str(db))
    assert (again.stored, again.already) == (0, 2)
    assert _rows(db, "SELECT count(*) FROM failures") == [(1,)]


def test_an_article_that_fails_its_coding_again_is_not_recorded_twice(tmp_path, monkeypatch):
    real = hadath.load()

    def coder(article):
        if "BOOM" in article.text:
            raise RuntimeError("a stage broke")
        return real(article)

    monkeypatch.setattr(hadath, "load", lambda settings=None: coder)
    text = (NEWS / "riyadh-meeting.txt").read_text(encoding="utf-8")
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "bad", "text": "BOOM " + text}) + "\n" + json.dumps({"id": "ok", "text": text})
                   + "\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    assert ingest([str(src)], str(db)).failures == 1
    assert ingest([str(src)], str(db)).failures == 1  # tried again, still failing: counted in the run…
    assert _rows(db, "SELECT source, record, stage FROM failures") == [(str(src), "line 1", "code")]  # …kept once


def test_a_named_pipe_in_a_folder_is_skipped_not_waited_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "a-pipe.txt")
    (folder / "b.html").write_bytes(PAGE)
    got: list = []
    reader = threading.Thread(target=lambda: got.extend(iter_documents([str(folder)])), daemon=True)
    reader.start()
    reader.join(20)
    if reader.is_alive():  # it waits for a writer: give it one, so the thread ends, then fail
        fd = os.open(folder / "a-pipe.txt", os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
        reader.join(5)
        pytest.fail("reading a folder waited forever on the named pipe in it")
    assert [type(x).__name__ for x in got] == ["Failure", "Document"]
    assert got[0].source.endswith("a-pipe.txt") and "not a regular file" in got[0].reason


def test_a_pipe_named_on_the_command_line_is_read(tmp_path):
    pipe = tmp_path / "p"
    os.mkfifo(pipe)

    def write():
        with open(pipe, "wb") as fh:
            fh.write(PAGE)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    items = list(iter_documents([str(pipe)]))
    writer.join(5)
    assert [type(x).__name__ for x in items] == ["Document"], items  # was: Failure "empty file (0 bytes)"
    assert "الرياض" in items[0].text


def test_two_articles_piped_in_one_after_the_other_get_two_ids(tmp_path, monkeypatch):
    # both were read as "<stdin>" with an id from that name alone: the second was "already stored", lost
    ids = []
    for body in (PAGE, (NEWS / "aden-clashes.txt").read_bytes(), PAGE):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(body)))
        (doc,) = iter_documents(["-"])
        assert isinstance(doc, Document)
        ids.append(doc.doc_id())
    assert ids[0] != ids[1] and ids[0] == ids[2]  # the same article piped twice is still one


def test_a_feed_date_feedparser_makes_of_a_non_date_is_not_believed():
    feed = (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title>'
            b'<updated>99999-01-01</updated><content>' + "قال الوزير إن الاجتماع انتهى.".encode() + b'</content>'
            b'</entry><entry><title>y</title><updated>2016-05-22T01:30:00+03:00</updated><content>'
            + "قال الوزير إن الاجتماع انتهى.".encode() + b'</content></entry></feed>')
    docs = list(iter_feed(feed, source="f.xml"))
    assert [d.published for d in docs] == [None, "2016-05-22"]  # was 9999-12-01 for the first


def test_a_warc_cut_inside_a_record_header_says_so(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    for i in range(2):
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"http://example.com/{i}", "response",
                                                      payload=io.BytesIO(PAGE), http_headers=http))
    data = buf.getvalue()
    second = data.index(b"WARC/1.0", 10)
    path = tmp_path / "cut.warc"
    path.write_bytes(data[:second + 60])  # the second record's header block, cut before its Target-URI
    items = list(iter_warc(path))
    assert [type(x).__name__ for x in items] == ["Document", "Failure"]
    assert "WARC header is cut short or malformed" in items[1].reason
    assert 0 < int(items[1].offset) <= second  # where the last whole record ended


def test_every_failure_of_a_folder_of_bad_inputs_is_recorded_with_its_reason(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text(" \n\t\r\n", encoding="utf-8")
    (folder / "bad.jsonl").write_text('{"text": "قال\n[1]\n{"id": 1}\n', encoding="utf-8")
    (folder / "good.html").write_bytes(PAGE)
    items = list(iter_documents([str(folder)]))
    fails = sorted((Path(f.source).name, f.offset, f.reason) for f in items if isinstance(f, Failure))
    assert [f[:2] for f in fails] == [("bad.jsonl", "line 1"), ("bad.jsonl", "line 2"), ("bad.jsonl", "line 3"),
                                      ("blank.txt", ""), ("empty.txt", "")]
    assert sum(isinstance(x, Document) for x in items) == 1


def test_a_warc_header_warcio_mends_prints_nothing(tmp_path):
    # warcio's logger wrote "Replacing spaces in invalid WARC-Target-URI: <the line>" to stderr: from a corrupt
    # gzip member, a line of binary bytes over the progress line
    head = (b"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: http://example.com/a \x9c\xff b\r\n"
            b"Content-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(PAGE))
    path = tmp_path / "spaces.warc"
    path.write_bytes(head + PAGE + b"\r\n\r\n")
    code = ("import sys; from hadath.ingest.warc import iter_warc; "
            "print([type(x).__name__ for x in iter_warc(sys.argv[1])])")  # a process of its own: no pytest logging
    run = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(Path(hadath.__file__).parents[1])}, timeout=120)
    assert run.stdout.strip() == "['Document']"
    assert run.stderr == ""


def test_a_json_list_cut_short_keeps_the_articles_before_the_cut(tmp_path):
    # a SaudiNewsNet day file cut short was one Failure: every article in it lost
    text = (NEWS / "riyadh-meeting.txt").read_text(encoding="utf-8")
    items = [{"content": text.replace("الرياض", f"الرياض {n}"), "url": f"http://x/{n}"} for n in range(3)]
    whole = json.dumps(items, ensure_ascii=False, indent=4)
    path = tmp_path / "2015-07-21.json"
    path.write_text(whole[:whole.index('"http://x/2"') + 5], encoding="utf-8")
    got = list(iter_documents([str(path)]))
    assert [(type(x).__name__, x.offset) for x in got] == [("Document", "item 0"), ("Document", "item 1"),
                                                           ("Failure", "item 2")]
    assert "malformed JSON list at item 2" in got[2].reason and "line" in got[2].reason
    path.write_text('[{"text": "قال الوزير"} {"text": "قال"}]', encoding="utf-8")
    got = list(iter_documents([str(path)]))
    assert [type(x).__name__ for x in got] == ["Document", "Failure"] and "after item 0" in got[1].reason
