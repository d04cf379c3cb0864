"""Train the non-event filter (src/hadath/stages/nonevents.py) on judged bench news, with honest day-by-day figures.

    python tools/train_nonevent_filter.py [--verdicts tools/judged/verdicts.tsv] [--bench ../shared/bench/saudinewsnet]
                                          [--c 0.1] [--min-count 3] [--max-lost 0.04] [--max-lost-repeats 0.01]
                                          [--dry-run]

Each judged record of the bench (tools/judged/verdicts.tsv names the day file, the record and each event's
trigger offset and type) is coded with the filter off (and the party filler after it); an event the coder still finds at that offset with that
type, unflagged, in a story, is one sample: label 1 for "right", 0 for "nonevent" and "sense" (a repeat, "dup",
is left out: the repeats stage is there for those). An L2-regularised logistic regression (scipy, a build-time
tool only) is fitted leaving out one day at a time; the out-of-fold scores give the threshold — the highest that
loses at most --max-lost of the events judged right — and the figures to expect on an unseen day. The model
fitted on all samples is written as package data; only features seen in at least --min-count samples are kept,
so no sentence is stored.

The repeat model is fitted the same way on the events that follow an earlier event of their type in their story,
"right" against "dup", with the repeat features added; its threshold is the highest that loses at most
--max-lost-repeats of all the events judged right.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import hadath  # noqa: E402
from hadath.article import Article  # noqa: E402
from hadath.settings import Settings  # noqa: E402
from hadath.stages.nonevents import STORY_SENTENCES, event_features, repeat_features, scored  # noqa: E402
from train_report_filter import fit, predict  # noqa: E402

DATA = ROOT / "src" / "hadath" / "lexicon" / "data"
KEEP = {"right": 1.0, "nonevent": 0.0, "sense": 0.0}
THRESHOLDS = [round(0.025 * k, 3) for k in range(1, 31)]


def read_verdicts(path: Path) -> dict[tuple[str, int], dict[tuple[int, str], str]]:
    """{(day, record): {(trigger start, type): verdict}} from the verdicts table."""
    out: dict[tuple[str, int], dict[tuple[int, str], str]] = {}
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x and not x.startswith("#")]
    for line in lines[1:]:
        day, record, start, etype, verdict = line.split("\t")
        out.setdefault((day, int(record)), {})[(int(start), etype)] = verdict
    return out


def bench_article(day: str, index: int, record: dict) -> Article:
    """A bench record as an Article, read as the CLI reads it (title, URL, outlet, extraction date)."""
    date = (record.get("date_extracted") or "")[:10] or None
    return Article(text=record["content"], id=f"{day}-{index}", published=date, title=record.get("title") or None,
                   url=record.get("url") or None, source=record.get("source") or None)


def judged_stories(judged: dict[tuple[str, int], Any], bench: Path, nlp: Callable[[Article], Article]
                   ) -> Iterator[tuple[str, int, Article, Any]]:
    """(day, record, the record coded by `nlp`, what was judged of it) for each judged bench record that is a story
    (four sentences or more: the filters leave shorter texts alone), day by day, each day file read once."""
    for day in sorted({d for d, _ in judged}):
        with zipfile.ZipFile(bench / f"{day}.zip") as z:
            records = json.loads(z.read(z.namelist()[0]))
        for (d, index), what in sorted(judged.items()):
            if d != day:
                continue
            article = nlp(bench_article(day, index, records[index]))
            if len(article.sentences) >= STORY_SENTENCES:
                yield day, index, article, what


def samples(verdicts: dict, bench: Path) -> list[tuple[str, str, list[str], list[str] | None]]:
    """(day, verdict, features, repeat features or None) of every judged, unflagged event of a story that the coder
    finds again."""
    nlp = hadath.load(Settings(nonevent_filter=False, party_check=False, party_filler=False)).before("backgrounds")
    # (the filter runs before the check and the filler, and before the dating stages after them, which change the
    # dates its features read)
    out = []
    for day, _, article, judged in judged_stories(verdicts, bench, nlp):
        per_sentence = Counter(ev.sentence for ev in article.events)
        for ev, pair in zip(article.events, repeat_features(article)):
            verdict = judged.get((ev.trigger.start, ev.event))
            if verdict is None or not scored(ev):
                continue
            feats = event_features(article, ev, article.trigger_at(ev.trigger.start), per_sentence[ev.sentence])
            out.append((day, verdict, feats, pair))
    return out


def vectorize(data: list, idx: list[int], min_count: int) -> tuple[dict[str, int], list[list[int]]]:
    """The vocabulary of samples `idx` (features seen in at least `min_count`) and their index lists."""
    counts = Counter(f for i in idx for f in data[i][2])
    vocab = {f: j for j, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
    return vocab, [[vocab[f] for f in data[i][2] if f in vocab] for i in idx]


def fitted(data: list, idx: list[int], args: argparse.Namespace) -> tuple[dict[str, int], np.ndarray]:
    """(vocabulary, weights with the bias last) fitted on samples `idx`."""
    vocab, X = vectorize(data, idx, args.min_count)
    y = np.array([data[i][1] for i in idx])
    return vocab, fit(X, y, np.ones(len(idx)), len(vocab), args.c)


def out_of_fold(data: list, args: argparse.Namespace) -> np.ndarray:
    """Each sample's score by the model fitted on the other days."""
    oof = np.zeros(len(data))
    for day in sorted({s[0] for s in data}):
        train = [i for i, s in enumerate(data) if s[0] != day]
        test = [i for i, s in enumerate(data) if s[0] == day]
        vocab, theta = fitted(data, train, args)
        oof[test] = predict(theta, [[vocab[f] for f in data[i][2] if f in vocab] for i in test])
    return oof


def operating_points(oof: np.ndarray, y: np.ndarray, n_right: int) -> list[tuple[float, float, float, float]]:
    """(threshold, share of the `n_right` right events lost, share of wrong events dropped, share right among kept)."""
    right, wrong = y == 1, y == 0
    rows = []
    for thr in THRESHOLDS:
        keep = oof >= thr
        kept_right, kept_wrong = int((keep & right).sum()), int((keep & wrong).sum())
        rows.append((thr, (right.sum() - kept_right) / max(n_right, 1), 1 - kept_wrong / max(wrong.sum(), 1),
                     kept_right / max(kept_right + kept_wrong, 1)))
    return rows


def train(name: str, out: Path, data: list, n_right: int, max_lost: float, args: argparse.Namespace) -> None:
    """Fit one model, print its day-by-day figures and threshold, and write it to `out` (unless --dry-run)."""
    y = np.array([s[1] for s in data])
    print(f"{name}: {len(data)} samples ({int(y.sum())} right, {int((1 - y).sum())} wrong) on "
          f"{len({s[0] for s in data})} days")
    oof = out_of_fold(data, args)
    points = operating_points(oof, y, n_right)
    for thr, lost, dropped, share in points:
        print(f"  threshold {thr:.3f}: right lost {lost:.1%}, wrong dropped {dropped:.1%}, right among kept {share:.3f}")
    # (the lowest threshold when even it loses more than allowed)
    threshold = max((thr for thr, lost, _, _ in points if lost <= max_lost), default=THRESHOLDS[0])
    _, lost, dropped, share = next(p for p in points if p[0] == threshold)
    days = np.array([s[0] for s in data])
    for day in sorted(set(days)):
        mine = days == day
        gone = mine & (oof < threshold)
        print(f"  {day} left out: right lost {int((gone & (y == 1)).sum())} of {int((mine & (y == 1)).sum())}, "
              f"wrong dropped {int((gone & (y == 0)).sum())} of {int((mine & (y == 0)).sum())}")
    note = [f"Threshold {threshold:.3f}, the highest losing at most {max_lost:.0%} of the {n_right} right events out of",
            f"fold (a day left out at a time): {lost:.1%} of them lost, {dropped:.1%} of the {int((1 - y).sum())} wrong",
            f"ones dropped, right among kept {y.mean():.3f} -> {share:.3f}; {len(data)} samples, c={args.c}, min count",
            f"{args.min_count}; verdicts sha256 {hashlib.sha256(args.verdicts.read_bytes()).hexdigest()[:16]}."]
    print("\n".join(note))
    if args.dry_run:
        return
    vocab, theta = fitted(data, list(range(len(data))), args)
    lines = ["# version: 1",
             f"# {name} weights (logistic regression) built by tools/train_nonevent_filter.py from judges'",
             "# verdicts on Hadath's events in bench news (tools/judged/verdicts.tsv). Do not edit by hand.",
             *[f"# {x}" for x in note], f"threshold\t{threshold:.3f}", f"bias\t{theta[-1]:.4f}"]
    lines += [f"{f}\t{theta[j]:.4f}" for f, j in sorted(vocab.items()) if abs(theta[j]) >= 0.01]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {out}")


def main() -> int:
    """Fit both models, report their day-by-day figures and write them."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verdicts", type=Path, default=ROOT / "tools" / "judged" / "verdicts.tsv")
    ap.add_argument("--bench", type=Path, default=ROOT.parent / "shared" / "bench" / "saudinewsnet")
    ap.add_argument("--c", type=float, default=0.1, help="inverse L2 strength")
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--max-lost", type=float, default=0.04, help="most of the right events the non-event model "
                    "may lose")
    ap.add_argument("--max-lost-repeats", type=float, default=0.01, help="most of the right events the repeat "
                    "model may lose")
    ap.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    args = ap.parse_args()
    if not args.bench.is_dir():
        print(f"no bench corpus in {args.bench}", file=sys.stderr)
        return 2
    judged = samples(read_verdicts(args.verdicts), args.bench)
    n_right = sum(1 for s in judged if s[1] == "right")
    train("Non-event filter", DATA / "nonevent_weights.tsv", [(d, KEEP[v], f) for d, v, f, _ in judged if v in KEEP],
          n_right, args.max_lost, args)
    train("Repeat model", DATA / "repeat_weights.tsv", [(d, float(v == "right"), f + pair) for d, v, f, pair in judged
                                                         if v in ("right", "dup") and pair is not None],
          n_right, args.max_lost_repeats, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
