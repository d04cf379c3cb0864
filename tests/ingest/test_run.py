"""`hadath ingest` into the store: every input kept or recorded as a failure, idempotent, resumable."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from hadath.cli import main
from hadath.errors import StoreError
from hadath.ingest.run import ingest
from hadath.store import Store, search

NEWS = Path(__file__).resolve().parents[1] / "fixtures" / "news"
CLI = [sys.executable, "-c", "import sys; from hadath.cli import main; sys.exit(main())"]


def _texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(NEWS.glob("*.txt"))}


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """A folder of inputs: text files, a JSONL export with a field mapping, a near-duplicate, bad files."""
    d = tmp_path / "in"
    d.mkdir()
    texts = _texts()
    for name in ("riyadh-meeting", "english-note"):
        (d / f"{name}.txt").write_text(texts[name], encoding="utf-8")
    copy = texts["aden-clashes"].replace("بحسب ما أفاد مصدر عسكري", "بحسب ما أفاد مصدر عسكري لوكالة الأنباء")
    rows = [
        {"url": "https://a.example/aden", "content": texts["aden-clashes"], "date_extracted": "2015-08-03 10:00:00",
         "title": "اشتباكات في عدن", "source": "a.example"},
        {"url": "https://b.example/aden", "content": copy, "date_extracted": "2015-08-03 12:00:00", "source": "b.example"},
        {"url": "https://c.example/moscow", "content": texts["moscow-request"], "date_extracted": "2016-05-21"},
        {"url": "https://c.example/amman", "content": texts["amman-protest"], "date_extracted": "2015-07-01"},
    ]
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    lines.insert(2, "{not json")
    (d / "export.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "image.bin").write_bytes(bytes(range(256)) * 40)
    (d / "windows.txt").write_bytes(texts["jeddah-floods"].encode("cp1256"))
    return d


def _rows(db: Path, sql: str):
    with Store(db, read_only=True) as s:
        return s.con.execute(sql).fetchall()


def test_ingest_keeps_every_article_and_records_every_failure(corpus, tmp_path):
    db = tmp_path / "h.duckdb"
    summary = ingest([str(corpus)], str(db))
    assert summary.stored == 6 and summary.failures == 4, summary
    reasons = {Path(src).name + (f" {rec}" if rec else ""): (stage, reason)
               for src, rec, stage, reason in _rows(db, "SELECT source, record, stage, reason FROM failures")}
    assert reasons["empty.txt"] == ("open", "empty file (0 bytes)")
    assert reasons["image.bin"][0] == "decode"
    assert reasons["export.jsonl line 3"][0] == "parse" and "malformed JSON" in reasons["export.jsonl line 3"][1]
    assert reasons["english-note.txt"][0] == "language"
    arts = {r[0]: r for r in _rows(db, "SELECT coalesce(url, source), published, site, title, language FROM articles")}
    aden = arts["https://a.example/aden"]
    assert str(aden[1]) == "2015-08-03" and aden[2] == "a.example" and aden[3] == "اشتباكات في عدن" and aden[4] == "ar"
    # the windows-1256 file was decoded, not mojibake
    assert _rows(db, "SELECT count(*) FROM articles WHERE text LIKE '%الدفاع المدني%'")[0][0] == 1


def test_near_duplicates_are_linked_to_one_story_and_each_stays_a_source(corpus, tmp_path):
    db = tmp_path / "h.duckdb"
    ingest([str(corpus)], str(db))
    rows = _rows(db, "SELECT url, story_id, duplicate_of, similarity, doc_id FROM articles WHERE url LIKE '%aden'"
                     " ORDER BY url")
    (a_url, a_story, a_dup, _, a_id), (b_url, b_story, b_dup, b_sim, _) = rows
    assert a_dup is None and b_dup == a_id and a_story == b_story and b_sim >= 0.7
    # both copies carry their events: two sources of the same attack
    n = _rows(db, f"SELECT count(DISTINCT doc_id) FROM events WHERE story_id = '{a_story}' AND event = 'ASSAULT'")
    assert n[0][0] == 2


def test_a_second_run_skips_what_is_stored_and_since_filters(corpus, tmp_path):
    db = tmp_path / "h.duckdb"
    first = ingest([str(corpus)], str(db), since="2015-08-01")
    assert first.before_since == 1  # the Amman article of July
    before = _rows(db, "SELECT count(*) FROM articles")[0][0]
    second = ingest([str(corpus)], str(db), since="2015-08-01")
    assert second.stored == 0 and second.failures == 0 and second.already == before
    assert _rows(db, "SELECT count(*) FROM articles")[0][0] == before


def test_events_query_export_and_search(corpus, tmp_path, capsys):
    db = tmp_path / "h.duckdb"
    ingest([str(corpus)], str(db))
    assert main(["events", "--db", str(db), "--actor", "RUS", "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert any(r["event"] == ["REQUEST"] and r["actor"][0]["code"] == "RUS" for r in records)
    assert all("trigger" in r and "text_info" in r and r["story_id"] for r in records)
    out = tmp_path / "events.parquet"
    assert main(["events", "--db", str(db), "--type", "assault", "--format", "parquet", "-o", str(out)]) == 0
    import duckdb

    n, types = duckdb.connect().execute(f"SELECT count(*), list(DISTINCT event) FROM '{out}'").fetchone()
    assert n >= 2 and types == ["ASSAULT"]
    with Store(db, read_only=True) as s:
        hits = search(s, "روسيا")  # the text has روسيا and الروسي
        assert [h["title"] for h in hits] == ["موسكو تطلب من واشنطن تنسيق الضربات الجوية في سوريا"]
        assert search(s, "الأردنيين السفارة") and not search(s, "البرازيل")
    assert main(["stats", "--db", str(db), "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["articles"] == 6 and stats["failures_by_stage"]["language"] == 1 and stats["duplicates"] == 1


def test_one_writer_at_a_time(tmp_path):
    db = tmp_path / "h.duckdb"
    Store(db).close()
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(db)!r}); "
                               "print('ready', flush=True); time.sleep(30)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="another process"):
            Store(db)
    finally:
        holder.kill()
        holder.wait()


def test_not_a_store_is_a_clear_error(tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_text("hello", encoding="utf-8")
    with pytest.raises(StoreError):
        Store(bad, read_only=True)
    assert main(["stats", "--db", str(tmp_path / "absent.duckdb")]) == 2


def _big_export(path: Path, n: int) -> None:
    texts = [t for name, t in _texts().items() if name != "english-note"][:5]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            body = texts[i % 5].split("\n\n", 1)[1]
            fh.write(json.dumps({"id": f"r{i}", "text": f"تقرير رقم {i}: " + body,
                                 "date": f"2015-08-{1 + i % 28:02d}"}, ensure_ascii=False) + "\n")


def _dump(db: Path) -> dict[str, list]:
    with Store(db, read_only=True) as s:
        return {t: sorted(map(repr, s.con.execute(f"SELECT * FROM {t}").fetchall()))
                for t in ("articles", "sentences", "events", "entities", "times", "places", "failures")}


def test_kill_9_mid_ingest_then_rerun_gives_the_same_database_as_one_clean_run(tmp_path):
    src = tmp_path / "big.jsonl"
    _big_export(src, 1500)
    crashed, clean = tmp_path / "crashed.duckdb", tmp_path / "clean.duckdb"
    proc = subprocess.Popen([*CLI, "ingest", str(src), "--db", str(crashed), "--batch", "25"],
                            stderr=subprocess.PIPE, text=True)
    stored = [0]

    def watch():
        buf = ""
        while True:
            ch = proc.stderr.read(1)
            if not ch:
                return
            buf = (buf + ch)[-400:]
            m = re.findall(r"(\d+) stored", buf)
            if m:
                stored[0] = int(m[-1])

    threading.Thread(target=watch, daemon=True).start()
    deadline = time.time() + 120
    while stored[0] < 100 and proc.poll() is None and time.time() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the ingest finished before it could be killed: make the input bigger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = _rows(crashed, "SELECT count(*) FROM articles")[0][0]
    assert 0 < partial < 1500
    assert main(["ingest", str(src), "--db", str(crashed), "--quiet"]) == 0
    assert main(["ingest", str(src), "--db", str(clean), "--quiet"]) == 0
    assert _dump(crashed) == _dump(clean)


def test_export_writes_the_statements_and_every_table_to_parquet(corpus, tmp_path, capsys):
    db = tmp_path / "h.duckdb"
    ingest([str(corpus)], str(db))
    out = tmp_path / "statements.parquet"
    assert main(["export", "--db", str(db), "--tables", "statements", "-o", str(out)]) == 0
    import duckdb

    con = duckdb.connect()
    rows = con.execute(f"SELECT speaker, cue, stance, content FROM '{out}'").fetchall()
    assert any(cue.endswith("نفت") and stance == "deny" and content == "تلقي أي طلب بهذا الشأن"
               for _, cue, stance, content in rows), rows
    folder = tmp_path / "all"
    assert main(["export", "--db", str(db), "-o", str(folder)]) == 0
    names = {p.stem for p in folder.glob("*.parquet")}
    assert {"articles", "events", "statements", "places", "times", "failures", "event_clusters"} <= names
    assert main(["export", "--db", str(db), "--tables", "nope", "-o", str(folder)]) != 0
    assert "no such table" in capsys.readouterr().err
