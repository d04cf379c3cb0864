"""The store's commands given bad arguments: a clear message and exit 2, never a DuckDB traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from hadath.cli import main

NEWS = Path(__file__).resolve().parent / "fixtures" / "news"


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("store")
    db = d / "s.duckdb"
    assert main(["ingest", "--quiet", "--db", str(db), str(NEWS / "moscow-request.txt")]) == 0
    return db


@pytest.mark.parametrize("command", [["events"], ["stories"], ["claims"], ["search", "روسيا"]])
def test_a_negative_limit_is_a_usage_error(store, command, capsys):
    # events, stories and search handed LIMIT -1 to DuckDB: a BinderException traceback
    with pytest.raises(SystemExit) as stop:
        main([*command, "--db", str(store), "--limit", "-1"])
    assert stop.value.code == 2
    assert "not a count" in capsys.readouterr().err


@pytest.mark.parametrize("command", [
    ["events", "--format", "csv", "-o", "{missing}/events.csv"],
    ["events", "--format", "parquet", "-o", "{folder}"],
    ["export", "--tables", "events", "--format", "csv", "-o", "{missing}/events.csv"],
    ["export", "--tables", "events", "-o", "{folder}.parquet"],
])
def test_an_output_file_that_cannot_be_written_is_named(store, command, tmp_path, capsys):
    # COPY … TO a missing folder or onto a folder raised duckdb.IOException: a traceback
    (tmp_path / "f.parquet").mkdir()
    argv = [a.format(missing=tmp_path / "no" / "such", folder=tmp_path / "f" if a == "{folder}.parquet" else
                     tmp_path / "f.parquet") for a in command]
    assert main([argv[0], "--db", str(store), *argv[1:]]) == 2
    err = capsys.readouterr().err
    assert err.startswith("hadath: cannot write ") and argv[-1] in err


def test_a_query_with_no_word_says_so_and_punctuation_is_no_part_of_a_word(store, capsys):
    assert main(["search", "--db", str(store), "  "]) == 2
    assert "no word to search for" in capsys.readouterr().err
    assert main(["search", "--db", str(store), ".*"]) == 2  # regex signs are no words, and are not obeyed
    for query in ("(روسيا|", "«روسيا»،", "روسيا"):  # punctuation around a word is not part of it
        assert main(["search", "--db", str(store), query]) == 0, query
