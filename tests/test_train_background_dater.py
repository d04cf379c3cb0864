"""tools/train_background_dater.py: the dates table it reads and the samples it joins to the coder's events."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytest.importorskip("numpy")
pytest.importorskip("scipy")
sys.path.insert(0, str(ROOT / "tools"))
import train_background_dater as trainer  # noqa: E402

TABLE = ROOT / "tools" / "judged" / "dates.tsv"


def test_reads_every_judged_date_of_the_table():
    rows = [x for x in TABLE.read_text(encoding="utf-8").splitlines() if x and not x.startswith("#")][1:]
    judged = trainer.read_dates(TABLE)
    assert sum(len(v) for v in judged.values()) == len(rows)
    assert {v for what in judged.values() for v, _ in what.values()} == {"ok", "wrong", "unsure"}


def test_samples_label_the_earlier_acts_retold(shared_dir, tmp_path):
    lines = [x for x in TABLE.read_text(encoding="utf-8").splitlines() if x and not x.startswith("#")]
    records = sorted({(x.split("\t")[0], x.split("\t")[1]) for x in lines[1:] if "\tbackground" in x})[:6]
    some = [x for x in lines[1:] if (x.split("\t")[0], x.split("\t")[1]) in records]
    path = tmp_path / "dates.tsv"
    path.write_text("\n".join([lines[0], *some]) + "\n", encoding="utf-8")
    data = trainer.samples(trainer.read_dates(path), shared_dir / "bench" / "saudinewsnet")
    assert data, "no judged event found again"
    assert len(data) <= len(some)
    assert any(label == 1.0 for _, label, _, _ in data)  # (each record has an act the judges called background)
    for day, label, feats, verdict in data:
        assert (day, ) in {(r[0], ) for r in records} and verdict in {"ok", "wrong"}
        assert label in (0.0, 1.0) and (label == 0.0 or verdict == "wrong")
        assert any(f.startswith("t=") for f in feats) and any(f.startswith("prev_ds=") for f in feats)
