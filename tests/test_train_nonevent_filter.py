"""tools/train_nonevent_filter.py: the verdicts it reads, the samples it joins to them, the operating points it
chooses a threshold from."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
np = pytest.importorskip("numpy")
pytest.importorskip("scipy")
sys.path.insert(0, str(ROOT / "tools"))
import train_nonevent_filter as trainer  # noqa: E402


def test_reads_every_verdict_of_the_table():
    table = ROOT / "tools" / "judged" / "verdicts.tsv"
    rows = [x for x in table.read_text(encoding="utf-8").splitlines() if x and not x.startswith("#")][1:]
    verdicts = trainer.read_verdicts(table)
    assert sum(len(v) for v in verdicts.values()) == len(rows)
    assert {v for judged in verdicts.values() for v in judged.values()} == {"right", "nonevent", "sense", "dup"}


def test_operating_points_count_right_lost_against_all_right_events():
    oof = np.array([0.9, 0.8, 0.2, 0.1, 0.6, 0.05])
    y = np.array([1, 1, 1, 0, 0, 0])
    points = {thr: rest for thr, *rest in trainer.operating_points(oof, y, n_right=6)}
    lost, dropped, share = points[0.25]  # keeps 0.9, 0.8, 0.6: one right lost of six, two wrong of three dropped
    assert lost == pytest.approx(1 / 6) and dropped == pytest.approx(2 / 3) and share == pytest.approx(2 / 3)


def test_samples_join_the_coder_events_to_their_verdicts(shared_dir, tmp_path):
    table = ROOT / "tools" / "judged" / "verdicts.tsv"
    lines = [x for x in table.read_text(encoding="utf-8").splitlines() if x and not x.startswith("#")]
    first_day = lines[1].split("\t")[0]
    records = sorted({int(x.split("\t")[1]) for x in lines[1:] if x.startswith(first_day)})[:12]
    some = [x for x in lines[1:] if x.startswith(first_day) and int(x.split("\t")[1]) in records]
    path = tmp_path / "verdicts.tsv"
    path.write_text("\n".join([lines[0], *some]) + "\n", encoding="utf-8")
    data = trainer.samples(trainer.read_verdicts(path), shared_dir / "bench" / "saudinewsnet")
    assert data, "no judged event found again"
    assert len(data) <= len(some)
    for day, verdict, feats, pair in data:
        assert day == first_day and verdict in {"right", "nonevent", "sense", "dup"}
        assert any(f.startswith("t=") for f in feats) and (pair is None or pair)
