"""The time/place evaluation gate: figures on the project's gold files must not drop below their floors."""

import json
from pathlib import Path

from hadath.evaluate_anchors import anchor_report, check_anchor_floors, format_anchor_report

ROOT = Path(__file__).resolve().parents[1]
FLOORS = ROOT / "benchmarks" / "anchor_floors.json"
GOLD = ROOT / "benchmarks" / "gold"


def test_times_and_places_stay_above_their_floors(nlp, shared_dir):
    report = anchor_report(nlp, GOLD / "times.jsonl", GOLD / "places.jsonl", shared_dir,
                           statements=GOLD / "statements.jsonl", more_statements=(GOLD / "statements_dev2.jsonl",))
    print(format_anchor_report(report))
    assert report["times"]["expressions"] >= 150 and report["places"]["toponyms"] >= 150
    assert report["statements"]["statements"] >= 100 and report["statements_dev2"]["statements"] >= 100
    problems = check_anchor_floors(report, json.loads(FLOORS.read_text(encoding="utf-8")))
    assert not problems, problems


def test_the_gold_files_hold_references_not_article_text():
    for name in ("times.jsonl", "places.jsonl", "heldout_times.jsonl", "heldout_places.jsonl", "statements.jsonl",
                 "heldout_statements.jsonl", "statements_dev2.jsonl"):
        for line in (GOLD / name).read_text(encoding="utf-8").splitlines():
            g = json.loads(line)
            assert set(g) <= {"doc", "url", "published", "note", "expressions", "places", "statements"}, set(g)
            for item in g.get("expressions") or g.get("places") or []:
                assert len(item["text"]) < 80 and item["end"] - item["start"] == len(item["text"])
            for st in g.get("statements") or []:
                assert "text" not in st["content"]  # offsets only: what is said is not copied
                for span in (st.get("speaker"), st["cue"], st.get("reported_via")):
                    assert span is None or len(span["text"]) < 120
