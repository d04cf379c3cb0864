"""Train the report filter (src/hadath/stages/reports.py) on the development gold, with honest CV figures.

    python tools/train_report_filter.py [--gold ../shared/gold] [--folds 5] [--c 0.1] [--keep-thresholds]

For each ASSAULT / PROTEST sentence of detection.dev.jsonl that the lexicon coder gives a candidate
event of that type, the features of those candidates are one sample: label 1 for "yes", 0 for "easy no"
(and "difficult no", at a lower weight). Two L2-regularised logistic regressions are fitted (scipy, a
build-time tool only): one over the candidates' features, one over the character n-grams of the
sentence. Cross-validated out-of-fold scores pick the weight of each in the mixed score, each type's
threshold, and give the figure to expect on unseen text; the models fitted on all samples are written
as package data. Only word keys seen in at least --min-count sentences, and n-grams of at most five
characters seen in at least --min-df sentences, are kept, so no sentence is stored.
"""

from __future__ import annotations

import argparse
import json
import hashlib
import sys
import math
from collections import Counter
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import hadath  # noqa: E402
from hadath.article import Article  # noqa: E402
from hadath.settings import Settings  # noqa: E402
from hadath.stages.reports import CharModel, ReportModel, char_ngrams, sentence_features  # noqa: E402

TYPES = ("ASSAULT", "PROTEST")
TIE = 0.0  # the lowest threshold whose cross-validated score is within this of the best
# A threshold may drop at most a fifth of the events gold's sentences out of fold: where detection F1
# cannot reach its target at any threshold (PROTEST, 43 positive sentences), the filter leans to recall.
MIN_KEPT = 0.8
OUT = ROOT / "src" / "hadath" / "lexicon" / "data" / "report_weights.tsv"
OUT_CHARS = OUT.with_name("report_chars.tsv")
MIXES = (1.0, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2)  # shares of the feature model in the mixed score, tried by CV
MIX_TIE = 0.005  # CV differences smaller than this are noise: the larger share of the feature model is kept
# "difficult no" split the annotators: left out. Quad-class rows weigh less: their label is the sentence's.
LABEL_WEIGHT = {"yes": 1.0, "easy no": 1.0, "event": 1.0, "quad+": 0.5, "quad-": 0.5}


def samples(gold: Path) -> list[tuple]:
    """(id, type, label, weight, features, label name, character n-gram counts) for every labelled sentence with a
    candidate event."""
    # the candidates the filter will judge (the learned non-event filter, fitted on news stories, left out too)
    nlp = hadath.load(Settings(report_filter=False, merge_repeats=False, nonevent_filter=False, party_check=False,
                                party_filler=False))
    fw = nlp.stages[1].lexicon.function_words
    rows = [json.loads(x) for x in (gold / "detection.dev.jsonl").read_text(encoding="utf-8").splitlines() if x]
    labelled = {(r["id"], r["event"]) for r in rows if r["label"] in LABEL_WEIGHT}
    # sentences of the events gold are reports of their event (those the detection set calls "yes" are
    # there already; "ambiguous" ones and those it lacks are added as positives)
    events = [json.loads(x) for x in (gold / "events.dev.jsonl").read_text(encoding="utf-8").splitlines() if x]
    rows = rows + [{"id": r["id"], "text": r["text"], "event": r["event"], "label": "event"}
                   for r in events if (r["id"], r["event"]) not in labelled]
    # UN-document sentences of the quad-class gold: a candidate attack or protest is told when the
    # sentence is labelled material conflict (1), not told otherwise
    quad_path = gold / "quadclass.dev.jsonl"
    if quad_path.is_file():
        for r in (json.loads(x) for x in quad_path.read_text(encoding="utf-8").splitlines() if x):
            for etype in TYPES:
                rows.append({"id": r["id"], "text": r["text"], "event": etype,
                             "label": "quad+" if r["quad"] == 1 else "quad-"})
    out = []
    for r in rows:
        if r["label"] not in LABEL_WEIGHT or r["event"] not in TYPES:
            continue
        art = nlp(Article(text=r["text"], id=r["id"]))
        triggers = {m.start: m for m in art.mentions if m.kind == "trigger"}
        by_sent: dict[int, list] = {}
        for ev in art.events:
            if ev.event == r["event"]:
                by_sent.setdefault(ev.sentence, []).append(ev)
        if not by_sent:
            continue  # no candidate: the coder cannot say yes, whatever the filter does
        feats: set[str] = set()
        grams: Counter[str] = Counter()
        for sent, evs in by_sent.items():
            feats.update(sentence_features(art.tokens[sent], evs, triggers, fw))
            grams.update(char_ngrams(art.norms()[sent]))
        out.append((r["id"], r["event"], int(r["label"] in ("yes", "event", "quad+")), LABEL_WEIGHT[r["label"]],
                    sorted(feats),
                    r["label"], grams))
    return out


def fold_of(sentence_id: str, folds: int) -> int:
    """The cross-validation fold of a sentence, from a hash of its id (stable across runs)."""
    return int(hashlib.sha1(sentence_id.encode("utf-8")).hexdigest(), 16) % folds


def fit(X: list[list[int]], y: np.ndarray, w: np.ndarray, n_feat: int, c: float) -> np.ndarray:
    """L2-regularised logistic regression over binary features (bias last, unpenalised) by L-BFGS."""
    rows = np.repeat(np.arange(len(X)), [len(x) for x in X])
    cols = np.concatenate([np.asarray(x, dtype=int) for x in X]) if X else np.zeros(0, int)
    from scipy.sparse import csr_matrix

    A = csr_matrix((np.ones(len(cols) + len(X)), (np.concatenate([rows, np.arange(len(X))]),
                                                    np.concatenate([cols, np.full(len(X), n_feat)]))),
                   shape=(len(X), n_feat + 1))
    return fit_matrix(A, y, w, c, 1)


def fit_matrix(A, y: np.ndarray, w: np.ndarray, c: float, n_free: int, maxiter: int = 500) -> np.ndarray:
    """L2-regularised logistic regression (no intercept of its own) over a sparse matrix whose last
    `n_free` columns are not penalised, by L-BFGS."""
    pen = np.ones(A.shape[1])
    pen[A.shape[1] - n_free:] = 0.0

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        z = A @ theta
        p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
        eps = 1e-12
        ll = -np.sum(w * (y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps)))
        g = w * (p - y)
        return ll + 0.5 * np.sum(pen * theta ** 2) / c, A.T @ g + pen * theta / c

    res = minimize(loss, np.zeros(A.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": maxiter})
    return res.x


def fit_chars(data: list, idx: list[int], min_df: int, c: float) -> CharModel:
    """The character n-gram model fitted on samples `idx` (its n-grams and idf from those samples only)."""
    from scipy.sparse import csr_matrix

    df = Counter(g for i in idx for g in data[i][6])
    grams = sorted(g for g, n in df.items() if n >= min_df)
    col = {g: j for j, g in enumerate(grams)}
    model = CharModel({g: math.log((1 + len(idx)) / (1 + df[g])) + 1 for g in grams}, {}, {})
    rows, cols, vals = [], [], []
    for r, i in enumerate(idx):
        for g, v in model.weigh(data[i][6]).items():
            rows.append(r)
            cols.append(col[g])
            vals.append(v)
        rows.append(r)
        cols.append(len(grams) + TYPES.index(data[i][1]))  # the type's intercept
        vals.append(1.0)
    A = csr_matrix((vals, (rows, cols)), shape=(len(idx), len(grams) + len(TYPES)))
    y = np.array([data[i][2] for i in idx], float)
    w = np.array([data[i][3] for i in idx], float)
    theta = fit_matrix(A, y, w, c, len(TYPES), maxiter=2000)
    return CharModel(model.idf, {g: float(theta[j]) for g, j in col.items() if abs(theta[j]) >= 1e-4},
                     {t: float(theta[len(grams) + k]) for k, t in enumerate(TYPES)})


def char_scores(model: CharModel, data: list, idx: list[int]) -> np.ndarray:
    """The character model's probabilities for samples `idx`."""
    margins = [sum(model.weights.get(g, 0.0) * v for g, v in model.weigh(data[i][6]).items()) for i in idx]
    return np.array([model.score(m, data[i][1]) for m, i in zip(margins, idx)])


def feature_weights(theta: np.ndarray, vocab: dict[str, int]) -> dict[str, float]:
    """The feature model's weights by name, the bias included, near-zero ones dropped."""
    weights = {"bias": float(theta[-1])}
    weights.update({f: float(theta[i]) for f, i in vocab.items() if abs(theta[i]) >= 0.01})
    return weights


def fit_fold(data: list, X: list[list[int]], y: np.ndarray, w: np.ndarray, vocab: dict[str, int],
             idx: list[int], args: argparse.Namespace, thresholds: dict[str, float],
             mix: dict[str, float]) -> ReportModel:
    """Both models fitted on samples `idx`, as one ReportModel (what tools/cv_eval.py uses per fold)."""
    theta = fit([X[i] for i in idx], y[idx], w[idx], len(vocab), args.c)
    chars = fit_chars(data, idx, args.min_df, args.c_chars) if any(m < 1.0 for m in mix.values()) else None
    return ReportModel(feature_weights(theta, vocab), thresholds, chars, mix)


def predict(theta: np.ndarray, X: list[list[int]]) -> np.ndarray:
    """Probabilities for index lists X."""
    z = np.array([theta[x].sum() if x else 0.0 for x in X]) + theta[-1]
    return 1 / (1 + np.exp(-np.clip(z, -30, 30)))


def f1_at(p: np.ndarray, y: np.ndarray, lab: list[str], thr: float, n_missed: int) -> float:
    """Unanimous-label F1 ("yes" vs "easy no") of sentences kept at threshold thr."""
    keep = p >= thr
    tp = sum(1 for k, lb in zip(keep, lab) if k and lb == "yes")
    fp = sum(1 for k, lb in zip(keep, lab) if k and lb == "easy no")
    fn = sum(1 for k, lb in zip(keep, lab) if not k and lb == "yes") + n_missed
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def best_point(data: list, oof: np.ndarray, y: np.ndarray, rows: list[dict], event_ids: dict[str, set[str]],
               etype: str) -> tuple[float, tuple[float, float], list[float], list[float], np.ndarray]:
    """The threshold of type `etype` that best serves both gold standards, from out-of-fold scores: the
    harmonic mean of detection F1 and the share of the events gold's sentences kept, among thresholds
    that keep at least MIN_KEPT of them. Returns (that mean, (F1, threshold)), and the F1 and kept
    curves over the threshold grid."""
    idx = [i for i, s in enumerate(data) if s[1] == etype]
    lab = [data[i][5] for i in idx]
    n_missed = sum(1 for r in rows if r["event"] == etype and r["label"] == "yes") - lab.count("yes")
    # the events gold's sentences of this type that the coder gives a candidate: their share kept
    # is the typed recall the filter leaves (out of fold)
    ev_idx = [i for i in idx if data[i][0] in event_ids[etype]]
    grid = np.arange(0.05, 0.9, 0.025)
    f1s = [f1_at(oof[idx], y[idx], lab, t, n_missed) for t in grid]
    kept = [float(np.mean(oof[ev_idx] >= t)) if ev_idx else 1.0 for t in grid]
    curve = [(2 * f * r / (f + r) if f + r else 0.0, t, f) for f, r, t in zip(f1s, kept, grid) if r >= MIN_KEPT]
    top = max(c for c, _, _ in curve)
    best = min(((f, t) for c, t, f in curve if c >= top - TIE), key=lambda ft: ft[1])
    return top, best, f1s, kept, grid


def arguments(description: str) -> argparse.ArgumentParser:
    """The options shared by this script and tools/cv_eval.py."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--c", type=float, default=0.1)
    ap.add_argument("--min-count", type=int, default=5)
    ap.add_argument("--c-chars", type=float, default=3.0, help="regularisation of the character model")
    ap.add_argument("--min-df", type=int, default=3, help="least number of samples an n-gram is kept from")
    return ap


def vectorize(data: list, min_count: int) -> tuple[dict[str, int], list[list[int]], np.ndarray, np.ndarray]:
    """(vocabulary, feature index lists, labels, weights) of the samples; rare features dropped."""
    counts = Counter(f for s in data for f in s[4])
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
    X = [[vocab[f] for f in s[4] if f in vocab] for s in data]
    return vocab, X, np.array([s[2] for s in data], float), np.array([s[3] for s in data], float)


def main() -> int:
    """Train, cross-validate, write the weights."""
    ap = arguments("Train the report filter.")
    ap.add_argument("--dry-run", action="store_true", help="report CV figures, write nothing")
    ap.add_argument("--keep-thresholds", action="store_true",
                    help="refit the weights but keep the packaged thresholds (the operating point), e.g. after "
                         "a coder change that moves the features but not the trade-off between the gold standards")
    args = ap.parse_args()
    data = samples(args.gold)
    rows = [json.loads(x) for x in (args.gold / "detection.dev.jsonl").read_text(encoding="utf-8").splitlines() if x]
    event_ids: dict[str, set[str]] = {t: set() for t in TYPES}
    for x in (args.gold / "events.dev.jsonl").read_text(encoding="utf-8").splitlines():
        if x:
            r = json.loads(x)
            event_ids.setdefault(r["event"], set()).add(r["id"])
    vocab, X, y, w = vectorize(data, args.min_count)
    n_feat = len(vocab)
    folds = [fold_of(s[0], args.folds) for s in data]  # by sentence: one text never on both sides
    oof_feat = np.zeros(len(data))
    oof_char = np.zeros(len(data))
    for k in range(args.folds):
        tr = [i for i in range(len(data)) if folds[i] != k]
        te = [i for i in range(len(data)) if folds[i] == k]
        theta = fit([X[i] for i in tr], y[tr], w[tr], n_feat, args.c)
        oof_feat[te] = predict(theta, [X[i] for i in te])
        oof_char[te] = char_scores(fit_chars(data, tr, args.min_df, args.c_chars), data, te)
    theta = fit(X, y, w, n_feat, args.c)
    chars = fit_chars(data, list(range(len(data))), args.min_df, args.c_chars)
    mix = {}
    for etype in TYPES:
        curve = {m: best_point(data, m * oof_feat + (1 - m) * oof_char, y, rows, event_ids, etype)[0] for m in MIXES}
        top = max(curve.values())  # the feature model's largest share within MIX_TIE of the best score
        mix[etype] = max(m for m in MIXES if curve[m] >= top - MIX_TIE)
        print(f"{etype}: CV score by feature-model share:", " ".join(f"{m}:{v:.3f}" for m, v in curve.items()),
              f"→ {mix[etype]}")
    share = np.array([mix[s[1]] for s in data])
    oof = share * oof_feat + (1 - share) * oof_char
    fitted = share * predict(theta, X) + (1 - share) * char_scores(chars, data, list(range(len(data))))
    thresholds = {}
    for etype in TYPES:
        idx = [i for i, s in enumerate(data) if s[1] == etype]
        lab = [data[i][5] for i in idx]
        n_missed = sum(1 for r in rows if r["event"] == etype and r["label"] == "yes") - lab.count("yes")
        _, best, f1s, kept, grid = best_point(data, oof, y, rows, event_ids, etype)
        print(etype, "CV F1 / events kept by threshold:",
              " ".join(f"{t:.2f}:{f:.2f}/{r:.2f}" for f, r, t in list(zip(f1s, kept, grid))[::2]))
        base = f1_at(np.ones(len(idx)), y[idx], lab, 0.5, n_missed)
        fit_f1 = f1_at(fitted[idx], y[idx], lab, best[1], n_missed)
        thresholds[etype] = round(float(best[1]), 3)
        if args.keep_thresholds:
            thresholds[etype] = ReportModel.load().thresholds.get(etype, thresholds[etype])
            print(f"{etype}: keeping the packaged threshold {thresholds[etype]}")
        print(f"{etype}: {len(idx)} sentences with candidates; F1 unfiltered {base:.3f}; "
              f"cross-validated F1 {best[0]:.3f} at threshold {best[1]:.3f}; in-sample F1 {fit_f1:.3f}")
    if args.dry_run:
        return 0
    names = {i: f for f, i in vocab.items()}
    lines = ["# version: 1",
             "# Report-filter weights (logistic regression) built by tools/train_report_filter.py from the",
             "# development gold's labels: openeventdata/arabic_event_gsr (MIT, (c) 2018 Open Event Data",
             "# Alliance) and javierosorio/keep_it_local (MIT, (c) 2024 Javier Osorio). Do not edit by hand.",
             f"bias\t{theta[-1]:.4f}"]
    lines += [f"threshold:{t}\t{v}" for t, v in thresholds.items()]
    lines += [f"mix:{t}\t{m}" for t, m in mix.items()]
    lines += [f"{names[i]}\t{theta[i]:.4f}" for i in sorted(names, key=lambda i: names[i]) if abs(theta[i]) >= 0.01]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(lines)} lines)")
    if any(m < 1.0 for m in mix.values()):
        write_chars(chars)


def write_chars(chars: CharModel) -> None:
    """Write the character model as package data: per n-gram its idf and weight (0 where dropped)."""
    lines = ["# version: 1",
             "# Report filter, character model (logistic regression over the idf-weighted character 2-5-grams of the",
             "# sentence's normalised words, '#' marking word edges) built by tools/train_report_filter.py",
             "# from the development gold's labels: openeventdata/arabic_event_gsr (MIT, (c) 2018 Open Event",
             "# Data Alliance) and javierosorio/keep_it_local (MIT, (c) 2024 Javier Osorio). Do not edit by",
             "# hand. Columns: n-gram, idf, weight; the bias lines give each event type's intercept."]
    lines += [f"bias\t{t}\t{b:.4f}" for t, b in chars.bias.items()]
    lines += [f"{g}\t{chars.idf[g]:.4f}\t{round(chars.weights.get(g, 0.0), 4):g}" for g in sorted(chars.idf)]
    OUT_CHARS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT_CHARS} ({len(lines)} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
