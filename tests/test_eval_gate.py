"""The evaluation gate: figures on the development gold must not drop below their stored floors."""

import json
from pathlib import Path

from hadath.evaluate import check_floors, evaluate, format_report

FLOORS = Path(__file__).resolve().parents[1] / "benchmarks" / "eval_floors.json"


def test_eval_scores_the_gold_and_stays_above_the_floors(nlp, shared_dir):
    gold = shared_dir / "gold"
    report = evaluate(nlp, gold)
    print(format_report(report))
    assert report["events.dev"]["sentences"] == 315
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    problems = check_floors(report, floors)
    assert not problems, problems


def test_scoring_rules_on_a_tiny_gold(tmp_path, nlp):
    (tmp_path / "detection.t.jsonl").write_text(
        json.dumps({"id": "1", "text": "قتل مسلحون خمسة جنود.", "event": "ASSAULT", "label": "yes"}) + "\n" +
        json.dumps({"id": "2", "text": "ارتفعت أسعار النفط اليوم.", "event": "ASSAULT", "label": "easy no"}) + "\n",
        encoding="utf-8")
    (tmp_path / "events.t.jsonl").write_text(json.dumps({
        "id": "1", "text": "قتل مسلحون خمسة جنود.", "date": "2008-01-01", "event": "ASSAULT",
        "actor": {"code": None, "sector": "UAF"}, "recipient": {"code": None, "sector": "MIL"}}) + "\n",
        encoding="utf-8")
    (tmp_path / "quadclass.t.jsonl").write_text(
        json.dumps({"id": "q", "text": "ارتفعت أسعار النفط اليوم.", "quad": 0}) + "\n", encoding="utf-8")
    rep = evaluate(nlp, tmp_path)
    assert rep["detection.t"]["ASSAULT.unanimous"]["f1"] == 1.0
    assert rep["events.t"]["typed_recall"] == 1.0
    assert rep["events.t"]["actor.full"] == 1.0 and rep["events.t"]["recipient.full"] == 1.0
    assert rep["quadclass.t"]["accuracy"] == 1.0
