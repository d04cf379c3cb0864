"""tools/train_party_filler.py: the choices it reads, the samples it joins to them, the conditional logit it fits
and the figures it chooses a threshold from."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
np = pytest.importorskip("numpy")
pytest.importorskip("scipy")
sys.path.insert(0, str(ROOT / "tools"))
import train_party_filler as trainer  # noqa: E402


def test_reads_every_choice_of_the_table():
    table = ROOT / "tools" / "judged" / "parties.tsv"
    rows = [x for x in table.read_text(encoding="utf-8").splitlines() if x and not x.startswith("#")][1:]
    choices = trainer.read_choices(table)
    assert sum(len(v) for v in choices.values()) == len(rows)
    spans = [s for judged in choices.values() for s in judged.values()]
    assert any(not s for s in spans) and any(s for s in spans)  # (none chosen, and phrases chosen)
    assert all(a < b for s in spans for a, b in s)


def _sample(day, labels, good, role="actor"):
    """A synthetic choice: the candidate with feature `good` is the party when labels say so."""
    feats = [[f"{role}:{'good' if k == good else 'bad'}", f"{role}:event|type=X"] for k in range(len(labels))]
    return (day, f"{day}:{good}", role, feats, labels)


def test_fitted_logit_learns_which_candidate_and_when_none():
    data = []
    for d in range(4):
        for _ in range(30):
            data.append(_sample(f"d{d}", [0, 1, 0], 1))  # the "good" phrase is the party
        for _ in range(10):
            data.append(_sample(f"d{d}", [0, 0], -1))  # no good phrase: none is right
    args = argparse.Namespace(c=1.0, min_count=1)
    vocab, theta = trainer.fitted(data, list(range(len(data))), args)
    best = trainer.best_of(data, [0, 30], vocab, theta)
    p_good, label_good = best[0]
    p_bad, _ = best[30]
    assert label_good == 1 and p_good > 0.8 and p_bad < 0.3
    oof = trainer.out_of_fold(data, args)
    n, fillable, fills, right = trainer.figures(data, oof, "actor", 0.5)
    assert (n, fillable, fills, right) == (160, 120, 120, 120)
    assert trainer.figures(data, oof, "actor", 0.5, {"d0"}) == (40, 30, 30, 30)


def test_samples_join_the_coder_events_to_their_choices(shared_dir, tmp_path):
    table = ROOT / "tools" / "judged" / "parties.tsv"
    lines = [x for x in table.read_text(encoding="utf-8").splitlines() if x and not x.startswith("#")]
    first_day = lines[1].split("\t")[0]
    records = sorted({int(x.split("\t")[1]) for x in lines[1:] if x.startswith(first_day)})[:12]
    some = [x for x in lines[1:] if x.startswith(first_day) and int(x.split("\t")[1]) in records]
    path = tmp_path / "parties.tsv"
    path.write_text("\n".join([lines[0], *some]) + "\n", encoding="utf-8")
    data = trainer.samples(trainer.read_choices(path), shared_dir / "bench" / "saudinewsnet")
    # (a role of an event the non-event filter now drops is no sample: the filler never sees that event)
    assert len(some) >= len(data) >= 0.9 * len(some), "judged empty roles not found again: refit or rejudge"
    for day, key, role, feats, labels in data:
        assert day == first_day and role in ("actor", "recipient") and len(feats) == len(labels) > 0
        assert all(f.startswith(role + ":") for fs in feats for f in fs)
    assert any(any(labels) for *_, labels in data) and any(not any(labels) for *_, labels in data)
