"""The CLI contract: code, annotate, show, eval; bad input never loses the rest of a batch."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from hadath.cli import main

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample-ar.txt"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_code_plain_text_file_gives_plover_jsonl(capsys):
    code, out, err = run(capsys, "code", str(SAMPLE), "--date", "2016-05-20")
    assert code == 0, err
    recs = [json.loads(line) for line in out.splitlines()]
    assert recs and all(r["doc_id"] == "sample-ar" and r["date"] == "2016-05-20" for r in recs)
    types = {r["event"][0] for r in recs}
    assert {"REQUEST", "ASSAULT", "PROTEST"} <= types
    text = SAMPLE.read_text(encoding="utf-8")
    teaser = text.index("اقرأ أيضاً")
    assert all(r["trigger"]["start"] < teaser for r in recs)
    for r in recs:
        assert text[r["trigger"]["start"]:r["trigger"]["end"]] == r["trigger"]["text"]


def test_jsonl_input_is_detected_and_bad_lines_are_reported_with_line_numbers(tmp_path, capsys):
    p = tmp_path / "batch.txt"
    p.write_text('{"id": "a", "text": "قتل مسلحون خمسة جنود.", "date": "2015-08-01"}\n'
                 '{"id": "b", "text": broken\n'
                 '{"id": "c"}\n'
                 '{"id": "d", "text": "تظاهر آلاف الطلاب أمام البرلمان."}\n', encoding="utf-8")
    code, out, err = run(capsys, "code", str(p))
    ids = {json.loads(line)["doc_id"] for line in out.splitlines()}
    assert ids == {"a", "d"}
    assert "batch.txt:2" in err and "malformed JSON" in err
    assert "batch.txt:3" in err


def test_invalid_utf8_is_reported_and_the_rest_is_read(tmp_path, capsys):
    p = tmp_path / "bad.txt"
    p.write_bytes("قتل مسلحون خمسة جنود.".encode() + b"\xff\xfe\xfa" + " وتظاهر الطلاب.".encode())
    code, out, err = run(capsys, "code", str(p), "--format", "text")
    assert "invalid UTF-8" in err
    assert any(json.loads(line)["event"] == ["ASSAULT"] for line in out.splitlines())


def test_windows_1256_text_is_decoded(tmp_path, capsys):
    p = tmp_path / "cp.txt"
    p.write_bytes("قتل مسلحون خمسة جنود في هجوم على الشرطة.".encode("cp1256"))
    code, out, err = run(capsys, "code", str(p), "--format", "text")
    assert "windows-1256" in err
    assert out.strip()


@pytest.mark.parametrize("content", ["", "   \n\n", "\x00\x01\x02 \u202e\u2066 نص", "abc " * 1000])
def test_odd_texts_give_an_empty_or_clean_result(tmp_path, capsys, content):
    p = tmp_path / "odd.txt"
    p.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "annotate", str(p))
    assert code == 0
    rec = json.loads(out)
    assert rec["text"] == content


def test_ten_megabytes_on_one_line_is_handled(tmp_path, capsys):
    p = tmp_path / "big.txt"
    # one line, no sentence end: an attack report, told again and again, and at its very end another act
    head = ("وقتل مسلحون خمسة جنود وأصيب ثلاثة آخرون أمس في هجوم على نقطة تفتيش للجيش في مدينة الموصل "
            "شمال العراق، حسبما أفاد مصدر أمني ") * 45_000
    p.write_text(head + "واختطف مسلحون صحفيا فرنسيا في بغداد", encoding="utf-8")
    assert p.stat().st_size > 10_000_000
    code, out, err = run(capsys, "code", str(p))
    events = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and any(e["event"] == ["ASSAULT"] for e in events)
    # the whole line is read and coded: the act told at its end, ten megabytes in, is there
    assert any(e["trigger"]["start"] >= len(head) and e["trigger"]["text"].endswith("اختطف") for e in events)
    # (the report printed again word for word, 45,000 times, is one report: since the twenty-first stop the repeats
    # stage folds a passage printed again, so the events are not one per copy any more; before, this test asked for
    # over 1,000 of them)


def test_annotate_carries_layers_with_offsets(capsys):
    code, out, err = run(capsys, "annotate", str(SAMPLE))
    rec = json.loads(out)
    for layer in ("id", "text", "sentences", "mentions", "events", "statements", "times", "places"):
        assert layer in rec
    for m in rec["mentions"]:
        assert rec["text"][m["start"]:m["end"]] == m["text"]


def test_show_prints_a_readable_table(capsys):
    code, out, err = run(capsys, "show", str(SAMPLE))
    assert code == 0
    assert "REQUEST" in out and "actor:" in out and "«" in out


def test_missing_file_is_a_clear_error(capsys):
    code, out, err = run(capsys, "code", "/nonexistent/file.txt")
    assert code == 2 and "cannot read" in err


def test_console_script_reads_stdin():
    proc = subprocess.run([sys.executable, "-m", "hadath.cli", "code", "-"], input="قتل مسلحون خمسة جنود.".encode(),
                          capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    assert json.loads(proc.stdout.decode().splitlines()[0])["event"] == ["ASSAULT"]


def test_annotate_gives_title_and_language_of_a_plain_text_article(capsys):
    code, out, err = run(capsys, "annotate", str(SAMPLE))
    rec = json.loads(out)
    assert rec["title"] == SAMPLE.read_text(encoding="utf-8").splitlines()[0]
    assert rec["language"] == "ar"


def test_language_of_a_non_arabic_text_is_not_arabic(tmp_path, capsys):
    p = tmp_path / "en.txt"
    p.write_text("The minister met his counterpart in London on Monday.", encoding="utf-8")
    code, out, err = run(capsys, "annotate", str(p))
    rec = json.loads(out)
    assert rec["language"] == "und" and rec["events"] == []


def test_bad_date_option_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["code", str(SAMPLE), "--date", "yesterday"])
    assert exc.value.code == 2 and "YYYY-MM-DD" in capsys.readouterr().err


def test_bad_record_date_is_reported_and_ignored(tmp_path, capsys):
    p = tmp_path / "d.jsonl"
    p.write_text('{"id": "a", "text": "قتل مسلحون خمسة جنود.", "date": "31/02/2016"}\n', encoding="utf-8")
    code, out, err = run(capsys, "code", str(p), "--date", "2016-05-01")
    assert "not YYYY-MM-DD" in err
    assert json.loads(out.splitlines()[0])["date"] == "2016-05-01"


def test_skipped_records_make_the_exit_status_one(tmp_path, capsys):
    p = tmp_path / "b.jsonl"
    p.write_text('{"id": "a", "text": "قتل مسلحون خمسة جنود."}\nnot json\n', encoding="utf-8")
    code, out, err = run(capsys, "code", str(p))
    assert code == 1 and out.strip()


def test_unwritable_output_is_a_clear_error(capsys):
    code, out, err = run(capsys, "code", str(SAMPLE), "-o", "/nonexistent/dir/out.jsonl")
    assert code == 2 and "No such file" in err


def test_damaged_utf16_is_read_with_a_warning(tmp_path, capsys):
    p = tmp_path / "u16.txt"
    p.write_bytes("قتل مسلحون خمسة جنود.".encode("utf-16") + b"\x00")
    code, out, err = run(capsys, "code", str(p), "--format", "text")
    assert "UTF-16" in err and json.loads(out.splitlines()[0])["event"] == ["ASSAULT"]


def test_show_facts_leaves_out_flagged_events(capsys):
    code, out_all, _ = run(capsys, "show", str(SAMPLE))
    code, out_facts, _ = run(capsys, "show", str(SAMPLE), "--facts")
    assert "[negated" in out_all and "[negated" not in out_facts


def test_broken_pipe_stops_quietly(tmp_path):
    p = tmp_path / "many.jsonl"
    p.write_text("".join(json.dumps({"id": str(i), "text": "قتل مسلحون خمسة جنود."}) + "\n" for i in range(3000)),
                 encoding="utf-8")
    proc = subprocess.run(f"{sys.executable} -m hadath.cli code {p} | head -1", shell=True,
                          capture_output=True, timeout=300)
    assert proc.stdout.count(b"\n") == 1
    assert b"failed" not in proc.stderr and b"Traceback" not in proc.stderr


def test_eval_writes_and_checks_floors(tmp_path, capsys):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "detection.t.jsonl").write_text(
        json.dumps({"id": "1", "text": "قتل مسلحون خمسة جنود.", "event": "ASSAULT", "label": "yes"}) + "\n",
        encoding="utf-8")
    floors = tmp_path / "floors.json"
    assert run(capsys, "eval", "--gold", str(gold), "--write-floors", str(floors))[0] == 0
    assert run(capsys, "eval", "--gold", str(gold), "--check", str(floors))[0] == 0
    data = json.loads(floors.read_text())
    data["floors"] = {k: 1.01 for k in data["floors"]}
    floors.write_text(json.dumps(data))
    code, out, err = run(capsys, "eval", "--gold", str(gold), "--check", str(floors))
    assert code == 1 and "EVAL GATE FAILED" in err


def test_show_tells_a_background_event_as_on_or_before_the_publication_date(capsys, tmp_path):
    src = tmp_path / "bg.txt"
    src.write_text("وكان وزير الخارجية الجزائري قد طالب فرنسا بالاعتذار عن جرائمها.", encoding="utf-8")
    code, out, err = run(capsys, "show", str(src), "--date", "2015-08-09")
    assert code == 0, err
    assert "REQUEST" in out and "on or before 2015-08-09 (told as background)" in out
    assert "(publication date)" not in out.split("REQUEST", 1)[1].split("\n")[2]


def test_a_pipe_named_by_path_is_read_once_and_whole(capsys, tmp_path):
    import os
    import threading

    fifo = tmp_path / "in.txt"
    os.mkfifo(fifo)
    text = "وكان وزير الخارجية الجزائري قد طالب فرنسا بالاعتذار عن جرائمها."
    writer = threading.Thread(target=lambda: fifo.write_text(text, encoding="utf-8"))
    writer.start()
    code, out, err = run(capsys, "code", str(fifo), "--date", "2015-08-09")
    writer.join(timeout=10)
    assert code == 0, err
    assert "REQUEST" in {json.loads(line)["event"][0] for line in out.splitlines()}


def test_python_dash_m_hadath_runs_the_command_line(tmp_path):
    """`python -m hadath code` codes a file like the `hadath` script (useful where the script is not on PATH)."""
    import subprocess
    import sys

    src = tmp_path / "a.txt"
    src.write_text("قتل مسلحون خمسة جنود في هجوم على نقطة تفتيش شمال بغداد أمس.", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "hadath", "code", str(src), "--date", "2015-08-04"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert '"ASSAULT"' in out.stdout
