"""Train the background dater (src/hadath/stages/backgrounds.py) on judges' dates in bench news, with honest figures.

    python tools/train_background_dater.py [--dates tools/judged/dates.tsv] [--bench ../shared/bench/saudinewsnet]
                                           [--c 0.03] [--min-count 3] [--max-moved 0.05] [--dry-run]

Each judged record of the bench (tools/judged/dates.tsv names the day file, the record and each event's trigger offset
and type) is coded by the stages before the dater; an event the coder still finds at that offset with that type, unflagged, in a
story, dated by the publication or the story's day, is one sample: label 1 where the judges called its date wrong as
an earlier act retold (kind "background"), 0 where they called it right or wrong otherwise (a fresh act of another
day, an act to come: "before" would be no better); "unsure" is left out. An L2-regularised logistic regression (scipy,
a build-time tool only) is fitted leaving out one day at a time; the out-of-fold scores give the threshold — the lowest
that moves at most --max-moved of the events whose date the judges called right — and the figures to expect on an
unseen day. The model fitted on all samples is written as package data; only features seen in at least --min-count
samples are kept, so no sentence is stored.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

import hadath  # noqa: E402
from hadath.stages.backgrounds import dating_features  # noqa: E402
from train_nonevent_filter import fitted, judged_stories, out_of_fold  # noqa: E402

DATA = ROOT / "src" / "hadath" / "lexicon" / "data"
THRESHOLDS = [round(0.025 * k, 3) for k in range(4, 40)]


def read_dates(path: Path) -> dict[tuple[str, int], dict[tuple[int, str], tuple[str, str]]]:
    """{(day, record): {(trigger start, type): (verdict, kind)}} from the dates table."""
    out: dict[tuple[str, int], dict[tuple[int, str], tuple[str, str]]] = {}
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x and not x.startswith("#")]
    for line in lines[1:]:
        day, record, start, etype, _, _, _, verdict, _, kind = line.split("\t")
        out.setdefault((day, int(record)), {})[(int(start), etype)] = (verdict, kind)
    return out


def samples(judged: dict, bench: Path) -> list[tuple[str, float, list[str], str]]:
    """(day, label, features, verdict) of every judged event the dater would score."""
    nlp = hadath.load().before("backgrounds")  # (the events as the dater sees them: the stages after it change dates)
    out = []
    for day, _, article, what in judged_stories(judged, bench, nlp):
        for ev, feats in zip(article.events, dating_features(article)):
            got = what.get((ev.trigger.start, ev.event))
            if feats is None or got is None or got[0] == "unsure":
                continue
            out.append((day, float(got[0] == "wrong" and got[1] == "background"), feats, got[0]))
    return out


def main() -> int:
    """Fit the model, report its day-by-day figures and write it."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dates", type=Path, default=ROOT / "tools" / "judged" / "dates.tsv")
    ap.add_argument("--bench", type=Path, default=ROOT.parent / "shared" / "bench" / "saudinewsnet")
    ap.add_argument("--c", type=float, default=0.03, help="inverse L2 strength")
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--max-moved", type=float, default=0.05, help="most of the events dated right the model may move")
    ap.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    args = ap.parse_args()
    if not args.bench.is_dir():
        print(f"no bench corpus in {args.bench}", file=sys.stderr)
        return 2
    data = samples(read_dates(args.dates), args.bench)
    y = np.array([s[1] for s in data])
    right = np.array([s[3] == "ok" for s in data])
    other = (y == 0) & ~right  # wrong, but not as background: moving them helps no one either
    print(f"{len(data)} samples on {len({s[0] for s in data})} days: {int(y.sum())} background, {int(right.sum())} "
          f"dated right, {int(other.sum())} wrong otherwise")
    oof = out_of_fold(data, args)
    points = []
    for thr in THRESHOLDS:
        moved = oof >= thr
        points.append((thr, int((moved & (y == 1)).sum()), int((moved & right).sum()), int((moved & other).sum())))
        print(f"  threshold {thr:.3f}: background moved {points[-1][1]} of {int(y.sum())}, right moved "
              f"{points[-1][2]} of {int(right.sum())}, other wrong moved {points[-1][3]}")
    threshold = min((t for t, _, r, _ in points if r <= args.max_moved * right.sum()), default=THRESHOLDS[-1])
    _, caught, lost, others = next(p for p in points if p[0] == threshold)
    days = np.array([s[0] for s in data])
    for day in sorted(set(days)):
        mine, moved = days == day, (days == day) & (oof >= threshold)
        print(f"  {day} left out: background moved {int((moved & (y == 1)).sum())} of {int((mine & (y == 1)).sum())}, "
              f"right moved {int((moved & right).sum())} of {int((mine & right).sum())}")
    note = [f"Threshold {threshold:.3f}, the lowest moving at most {args.max_moved:.0%} of the {int(right.sum())} events "
            f"dated right out of fold",
            f"(a day left out at a time): {caught} of the {int(y.sum())} earlier acts retold dated before ({caught / max(y.sum(), 1):.1%}),"
            f" {lost} dated right moved ({lost / max(right.sum(), 1):.1%}),",
            f"{others} wrong otherwise moved; {len(data)} samples, c={args.c}, min count {args.min_count}; dates sha256 "
            f"{hashlib.sha256(args.dates.read_bytes()).hexdigest()[:16]}."]
    print("\n".join(note))
    if args.dry_run:
        return 0
    vocab, theta = fitted(data, list(range(len(data))), args)
    lines = ["# version: 1",
             "# Background dater weights (logistic regression) built by tools/train_background_dater.py from judges'",
             "# dates of Hadath's events in bench news (tools/judged/dates.tsv). Do not edit by hand.",
             *[f"# {x}" for x in note], f"threshold\t{threshold:.3f}", f"bias\t{theta[-1]:.4f}"]
    lines += [f"{f}\t{theta[j]:.4f}" for f, j in sorted(vocab.items()) if abs(theta[j]) >= 0.01]
    out = DATA / "background_weights.tsv"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
