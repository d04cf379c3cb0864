"""`hadath export` and `hadath events` write the format their output file is named for, and refuse a format
that the name contradicts (a Parquet file named .csv used to be written without a word)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pytest

from hadath.cli import main

NEWS = Path(__file__).resolve().parent / "fixtures" / "news"


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("store") / "s.duckdb"
    assert main(["ingest", "--quiet", "--db", str(db), str(NEWS / "moscow-request.txt")]) == 0
    return db


def _csv_rows(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_export_to_a_csv_name_writes_csv(store, tmp_path):
    out = tmp_path / "events.csv"
    assert main(["export", "--db", str(store), "--tables", "events", "-o", str(out)]) == 0
    assert not out.read_bytes().startswith(b"PAR1")  # was Parquet under a .csv name
    rows = _csv_rows(out)
    assert rows and "event" in rows[0] and any(r["event"] == "REQUEST" for r in rows)


def test_export_to_a_parquet_name_and_to_a_folder_writes_parquet(store, tmp_path):
    out = tmp_path / "statements.parquet"
    assert main(["export", "--db", str(store), "--tables", "statements", "-o", str(out)]) == 0
    assert out.read_bytes()[:4] == b"PAR1"
    folder = tmp_path / "all"
    assert main(["export", "--db", str(store), "--tables", "events,places", "-o", str(folder)]) == 0
    assert sorted(p.name for p in folder.iterdir()) == ["events.parquet", "places.parquet"]
    assert main(["export", "--db", str(store), "--tables", "events,places", "--format", "csv",
                 "-o", str(tmp_path / "csvs")]) == 0
    assert sorted(p.name for p in (tmp_path / "csvs").iterdir()) == ["events.csv", "places.csv"]


@pytest.mark.parametrize("command", [
    ["export", "--tables", "events", "--format", "parquet", "-o", "{tmp}/events.csv"],
    ["export", "--tables", "events", "--format", "csv", "-o", "{tmp}/events.parquet"],
    ["events", "--format", "csv", "-o", "{tmp}/events.parquet"],
    ["events", "--format", "jsonl", "-o", "{tmp}/events.csv"],
])
def test_a_format_the_file_name_contradicts_is_refused_and_nothing_is_written(store, command, tmp_path, capsys):
    argv = [a.format(tmp=tmp_path) for a in command]
    assert main([argv[0], "--db", str(store), *argv[1:]]) == 2
    assert "but the format asked for is" in capsys.readouterr().err
    assert not Path(argv[-1]).exists()


def test_events_takes_its_format_from_the_output_name(store, tmp_path):
    jl = tmp_path / "events.jsonl"
    assert main(["events", "--db", str(store), "-o", str(jl)]) == 0
    records = [json.loads(line) for line in jl.read_text(encoding="utf-8").splitlines()]
    assert any("REQUEST" in r["event"] and r["actor"][0]["code"] == "RUS" for r in records), records
    pq = tmp_path / "events.parquet"
    assert main(["events", "--db", str(store), "-o", str(pq)]) == 0
    assert duckdb.connect().execute(f"SELECT count(*) FROM '{pq}'").fetchone()[0] == len(records)
    cv = tmp_path / "events.csv"
    assert main(["events", "--db", str(store), "-o", str(cv)]) == 0
    assert len(_csv_rows(cv)) == len(records)
    txt = tmp_path / "events.txt"
    assert main(["events", "--db", str(store), "-o", str(txt)]) == 0
    assert "REQUEST" in txt.read_text(encoding="utf-8")  # no known extension: the table
