"""Cross-validated `hadath eval`: the figures to expect on unseen sentences (development aid).

    python tools/cv_eval.py [--gold ../shared/gold] [--folds 5]

The report filter is trained on the development gold, so `hadath eval` on that gold is partly
in-sample. Here each sentence is coded by a pipeline whose filter was fitted without the sentence's
fold (folds by sentence id, as in tools/train_report_filter.py), and the whole gold is scored.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_report_filter import ROOT, fit, fold_of, samples  # noqa: E402

import hadath  # noqa: E402
from hadath.evaluate import evaluate, format_report  # noqa: E402
from hadath.pipeline import Pipeline  # noqa: E402
from hadath.stages.reports import ReportFilter, ReportModel  # noqa: E402


def main() -> int:
    """Fit one filter per fold and score the gold with out-of-fold filters."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--c", type=float, default=0.1)
    ap.add_argument("--min-count", type=int, default=5)
    ap.add_argument("--thresholds", default="", help="override, e.g. ASSAULT=0.3,PROTEST=0.3")
    args = ap.parse_args()
    data = samples(args.gold)
    counts = Counter(f for s in data for f in s[4])
    names = sorted(f for f, n in counts.items() if n >= args.min_count)
    vocab = {f: i for i, f in enumerate(names)}
    X = [[vocab[f] for f in s[4] if f in vocab] for s in data]
    y = np.array([s[2] for s in data], float)
    w = np.array([s[3] for s in data], float)
    folds = [fold_of(s[0], args.folds) for s in data]
    base = hadath.load()
    thresholds = dict(base.stages[-1].model.thresholds)
    for item in filter(None, args.thresholds.split(",")):
        name, value = item.split("=")
        thresholds[name] = float(value)
    pipes = []
    for k in range(args.folds):
        tr = [i for i in range(len(data)) if folds[i] != k]
        theta = fit([X[i] for i in tr], y[tr], w[tr], len(vocab), args.c)
        weights = {"bias": float(theta[-1])}
        weights.update({f: float(theta[i]) for f, i in vocab.items() if abs(theta[i]) >= 0.01})
        pipes.append(Pipeline([*base.stages[:-1], ReportFilter(ReportModel(weights, thresholds))]))

    def nlp_cv(article):
        return pipes[fold_of(article.id, args.folds)](article)

    print(format_report(evaluate(nlp_cv, args.gold)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
