"""Cross-validated `hadath eval`: the figures to expect on unseen sentences (development aid).

    python tools/cv_eval.py [--gold ../shared/gold] [--folds 5]

The report filter is trained on the development gold, so `hadath eval` on that gold is partly
in-sample. Here each sentence is coded by a pipeline whose filter was fitted without the sentence's
fold (folds by sentence id, as in tools/train_report_filter.py), and the whole gold is scored.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_report_filter import arguments, fit_fold, fold_of, samples, vectorize  # noqa: E402

import hadath  # noqa: E402
from hadath.evaluate import evaluate, format_report  # noqa: E402
from hadath.stages.reports import ReportFilter  # noqa: E402


def main() -> int:
    """Fit one filter per fold and score the gold with out-of-fold filters."""
    ap = arguments("Cross-validated hadath eval.")
    ap.add_argument("--thresholds", default="", help="override, e.g. ASSAULT=0.3,PROTEST=0.3")
    args = ap.parse_args()
    data = samples(args.gold)
    vocab, X, y, w = vectorize(data, args.min_count)
    folds = [fold_of(s[0], args.folds) for s in data]
    base = hadath.load()
    model = base.stage("reports").model
    thresholds = dict(model.thresholds)
    for item in filter(None, args.thresholds.split(",")):
        name, value = item.split("=")
        thresholds[name] = float(value)
    pipes = []
    for k in range(args.folds):
        tr = [i for i in range(len(data)) if folds[i] != k]
        fold_model = fit_fold(data, X, y, w, vocab, tr, args, thresholds, model.mix)
        pipes.append(base.replaced("reports", ReportFilter(fold_model)))

    def nlp_cv(article):
        return pipes[fold_of(article.id, args.folds)](article)

    print(format_report(evaluate(nlp_cv, args.gold)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
