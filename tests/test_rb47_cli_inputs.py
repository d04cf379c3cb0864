"""Hostile inputs to `hadath code` / `annotate`: clear messages, and no record lost for another's sake."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from hadath.cli import main
from hadath.inputs import decode, read_records

NEWS = Path(__file__).resolve().parent / "fixtures" / "news"
TEXT = (NEWS / "riyadh-meeting.txt").read_text(encoding="utf-8")


def test_a_lone_surrogate_escape_is_replaced_and_the_record_is_written(tmp_path, capsys):
    # json.loads turns "\ud800" into a lone surrogate, which no UTF-8 output can hold: the record was lost
    src = tmp_path / "sur.jsonl"
    rows = [{"id": "s\udcff", "text": "\ud800 " + TEXT}, {"id": "s2", "text": TEXT}]
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    problems: list = []
    first = next(read_records(str(src), None, None, problems))
    assert first.text.startswith("\ufffd ") and first.id == "s\ufffd"
    assert [(p.where, p.skipped) for p in problems] == [(f"{src}:1", False)] and "surrogate" in problems[0].reason
    out = tmp_path / "out.jsonl"
    assert main(["annotate", str(src), "-o", str(out)]) == 0
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["s\ufffd", "s2"]
    assert "surrogate" in capsys.readouterr().err


def test_utf32_with_its_bom_is_read_as_utf32():
    # FF FE 00 00 begins with the UTF-16 BOM: the text was read as UTF-16, a NUL between every letter
    problems: list = []
    for data in (TEXT.encode("utf-32"), b"\x00\x00\xfe\xff" + TEXT.encode("utf-32-be")):
        assert decode(data, "x.txt", problems) == TEXT
    assert problems == []


class _ClosedPipe:
    """Standard output whose reader went away (`hadath code … | head -c 10`)."""

    def __init__(self, path: Path):
        self.fh = open(path, "w")

    def write(self, _text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        pass

    def fileno(self) -> int:
        return self.fh.fileno()


def test_a_closed_output_pipe_is_no_read_error(tmp_path, monkeypatch, capsys):
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", _ClosedPipe(tmp_path / "sink"))
    assert main(["code", str(src), "--date", "2015-07-21"]) == 0
    assert "cannot read" not in capsys.readouterr().err  # was: "hadath: cannot read a.txt: Broken pipe", exit 2


def test_a_record_that_fails_is_named_with_where_it_was_read(tmp_path, monkeypatch, capsys):
    # a page's record was named by its id alone, a hash: "record 3f2a…: failed", no file, no item
    import hadath

    def coder(article):
        if "الجبير" in article.text:
            raise RuntimeError("a stage broke")
        return article

    monkeypatch.setattr(hadath, "load", lambda settings=None: coder)
    src = tmp_path / "day.json"
    src.write_text(json.dumps([{"content": "قال الوزير إن الاجتماع انتهى."}, {"content": TEXT}], ensure_ascii=False),
                   encoding="utf-8")
    assert main(["annotate", str(src), "-o", str(tmp_path / "out.jsonl")]) == 1
    err = capsys.readouterr().err
    assert f"({src} at item 1): failed (RuntimeError: a stage broke)" in err
    assert len((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()) == 1  # the other record written
