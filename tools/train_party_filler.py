"""Train the party filler (src/hadath/stages/parties.py) on judges' choices in bench news, with day-by-day figures.

    python tools/train_party_filler.py [--choices tools/judged/parties.tsv] [--bench ../shared/bench/saudinewsnet]
                                       [--c 0.3] [--min-count 3] [--min-precision 0.75] [--min-fills 20]
                                       [--dry-run]

Each judged record of the bench (tools/judged/parties.tsv names the day file, the record, each event's trigger
offset and type, the empty role and the spans of the phrases the judges chose for it, or none) is coded with the
filler off; in a story (four sentences or more: the stage leaves shorter texts alone), for each event found again
at that offset with that type and the role still empty, every candidate phrase of its sentence is a choice, right
when the judges chose its span (or one overlapping it), and so is "none" (right when they chose no phrase; a role
whose chosen phrase is no candidate now is left out and counted). An L2-regularised conditional logit (scipy, a build-time tool only) is fitted leaving out one day at a
time; on the out-of-fold scores,
an empty role is filled with its best-scored phrase when that score reaches the role's threshold, and each
role's threshold is the lowest whose fills are right at least --min-precision of the time (a wrong party is worse
for an analyst than none), among those with at least --min-fills fills (none: the role is never filled). The model fitted on all samples is written as package data; only features seen in at
least --min-count samples are kept.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

import hadath  # noqa: E402
from hadath.settings import Settings  # noqa: E402
from hadath.stages.parties import ROLES, none_of, role_choices  # noqa: E402
from train_nonevent_filter import judged_stories  # noqa: E402

DATA = ROOT / "src" / "hadath" / "lexicon" / "data"
THRESHOLDS = [round(0.05 * k, 2) for k in range(2, 20)]


def read_choices(path: Path) -> dict[tuple[str, int], dict[tuple[int, str, str], set[tuple[int, int]]]]:
    """{(day, record): {(trigger start, type, role): spans chosen (empty: none)}} from the choices table."""
    out: dict[tuple[str, int], dict[tuple[int, str, str], set[tuple[int, int]]]] = {}
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x and not x.startswith("#")]
    for line in lines[1:]:
        day, record, start, etype, role, spans = line.split("\t")
        chosen = set() if spans == "0" else {tuple(int(v) for v in s.split("-")) for s in spans.split(",")}
        out.setdefault((day, int(record)), {})[(int(start), etype, role)] = chosen
    return out


def samples(choices: dict, bench: Path) -> list[tuple[str, str, str, list[list[str]], list[int]]]:
    """(day, event key, role, each candidate's features, each candidate's label) of every judged empty role that
    the coder leaves empty again."""
    nlp = hadath.load(Settings(party_check=False, party_filler=False))  # (the rules' parties, as the judges saw them)
    fw = nlp.stage("events").fw
    out = []
    lost: list[str] = []
    for day, index, article, judged in judged_stories(choices, bench, nlp):  # (stories only, as the stage)
        for ev, role, _, spans, feats, _ in role_choices(article, fw):
            chosen = judged.get((ev.trigger.start, ev.event, role))
            if chosen is None:
                continue
            labels = [int(_chosen(sp, chosen)) for sp in spans]
            if chosen and not any(labels):  # (the phrase the judges chose is no candidate now: no label)
                lost.append(f"{day} {index} {ev.trigger.start} {role}")
                continue
            out.append((day, f"{index}:{ev.trigger.start}:{ev.event}", role,
                        [[f"{role}:{f}" for f in fs] for fs in feats], labels))
    if lost:
        print(f"{len(lost)} judged roles left out: the phrase chosen is no candidate now ({', '.join(lost[:5])}"
              f"{', …' if len(lost) > 5 else ''})")
    return out


def _chosen(span: tuple[int, int], chosen: set[tuple[int, int]]) -> bool:
    """Whether a candidate's span is one the judges chose: the same, or overlapping one (the phrase the coder reads
    may run a word longer or shorter than the one the judges were shown, as the coder's reading moved)."""
    return span in chosen or any(span[0] < b and a < span[1] for a, b in chosen)


def flat(data: list, idx: list[int]) -> tuple[list[list[str]], np.ndarray]:
    """The candidate rows of the samples `idx`, and their labels."""
    rows = [f for i in idx for f in data[i][3]]
    return rows, np.array([y for i in idx for y in data[i][4]], float)


def fitted(data: list, idx: list[int], args: argparse.Namespace) -> tuple[dict[str, int], np.ndarray]:
    """(vocabulary, weights) of the conditional logit fitted on samples `idx`: each sample a choice among its
    candidates and "none" (a row of its own, whose features are the event's: `none_features`)."""
    from scipy.optimize import minimize
    from scipy.sparse import csr_matrix

    rows = [f for i in idx for f in (*data[i][3], none_features(data[i]))]
    counts = Counter(f for r in rows for f in r)
    vocab = {f: j for j, f in enumerate(sorted(f for f, n in counts.items() if n >= args.min_count))}
    cols = [[vocab[f] for f in r if f in vocab] for r in rows]
    A = csr_matrix((np.ones(sum(map(len, cols))), (np.repeat(np.arange(len(cols)), [len(c) for c in cols]),
                                                    np.concatenate([np.asarray(c, int) for c in cols]))),
                   shape=(len(cols), len(vocab)))
    sizes = np.array([len(data[i][3]) + 1 for i in idx])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    pos = np.array([y for i in idx for y in (*data[i][4], int(not any(data[i][4])))], float)
    group = np.repeat(np.arange(len(idx)), sizes)

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        z = A @ theta
        zmax = np.maximum.reduceat(z, starts)[group]
        e = np.exp(z - zmax)
        total = np.add.reduceat(e, starts)[group]
        good = np.add.reduceat(e * pos, starts)[group]
        p, q = e / total, e * pos / good
        ll = -np.sum(np.log(np.add.reduceat(e * pos, starts)) - np.log(np.add.reduceat(e, starts)))
        return ll + 0.5 * np.sum(theta ** 2) / args.c, A.T @ (p - q) + theta / args.c

    return vocab, minimize(loss, np.zeros(len(vocab)), jac=True, method="L-BFGS-B", options={"maxiter": 500}).x


def none_features(sample: tuple) -> list[str]:
    """The features of the "none" choice of a sample: the event's own (those every candidate shares), with the
    sample's role before each as in its candidates' (role:feature, the weights file's rows)."""
    role = sample[2]
    return [f"{role}:{f}" for f in none_of([f.split(":", 1)[1] for f in sample[3][0]])]


def best_of(data: list, idx: list[int], vocab: dict[str, int], theta: np.ndarray) -> dict[int, tuple[float, int]]:
    """Each sample's best candidate: (its probability against the others and none, its label)."""
    out = {}
    for i in idx:
        z = np.array([theta[[vocab[f] for f in r if f in vocab]].sum() for r in (*data[i][3], none_features(data[i]))])
        p = np.exp(z - z.max())
        p /= p.sum()
        k = int(np.argmax(p[:-1]))
        out[i] = (float(p[k]), data[i][4][k])
    return out


def out_of_fold(data: list, args: argparse.Namespace) -> dict[int, tuple[float, int]]:
    """Each sample's best candidate by the model fitted on the other days."""
    oof: dict[int, tuple[float, int]] = {}
    for day in sorted({s[0] for s in data}):
        train = [i for i, s in enumerate(data) if s[0] != day]
        test = [i for i, s in enumerate(data) if s[0] == day]
        vocab, theta = fitted(data, train, args)
        oof.update(best_of(data, test, vocab, theta))
    return oof


def figures(data: list, oof: dict, role: str, thr: float, days: set[str] | None = None) -> tuple[int, int, int, int]:
    """(samples, fillable ones, fills, right fills) of one role at a threshold."""
    mine = [i for i, s in enumerate(data) if s[2] == role and (days is None or s[0] in days)]
    fillable = sum(1 for i in mine if any(data[i][4]))
    fills = [i for i in mine if oof[i][0] >= thr]
    return len(mine), fillable, len(fills), sum(oof[i][1] for i in fills)


def main() -> int:
    """Fit the model, report its day-by-day figures and write it."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--choices", type=Path, default=ROOT / "tools" / "judged" / "parties.tsv")
    ap.add_argument("--bench", type=Path, default=ROOT.parent / "shared" / "bench" / "saudinewsnet")
    ap.add_argument("--c", type=float, default=0.3, help="inverse L2 strength")
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--min-precision", type=float, default=0.75, help="the least share of fills that must be right")
    ap.add_argument("--min-fills", type=int, default=20, help="the fewest out-of-fold fills a threshold is chosen on")
    ap.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    args = ap.parse_args()
    if not args.bench.is_dir():
        print(f"no bench corpus in {args.bench}", file=sys.stderr)
        return 2
    data = samples(read_choices(args.choices), args.bench)
    print(f"{len(data)} empty roles judged, {sum(len(s[4]) for s in data)} candidates, "
          f"{len({s[0] for s in data})} days")
    oof = out_of_fold(data, args)
    thresholds: dict[str, float] = {}
    note = []
    for role in ROLES:
        points = []
        for thr in THRESHOLDS:
            n, fillable, fills, right = figures(data, oof, role, thr)
            points.append((thr, fills, right))
            print(f"  {role} threshold {thr:.2f}: {fills} fills of {n} empty roles ({fillable} with the party "
                  f"listed), {right} right ({right / max(fills, 1):.1%})")
        # (none: the role is never filled, 1.01)
        thr = min((t for t, fills, right in points if fills >= args.min_fills and right / fills >= args.min_precision),
                  default=1.01)
        thresholds[role] = thr
        n, fillable, fills, right = figures(data, oof, role, thr)
        for day in sorted({s[0] for s in data}):
            dn, dfillable, dfills, dright = figures(data, oof, role, thr, {day})
            print(f"  {role} {day} left out: {dfills} fills of {dn} ({dfillable} fillable), {dright} right")
        note.append(f"{role}: threshold {thr:.2f}, the lowest whose out-of-fold fills (a day left out at a time) are "
                    f"right at least {args.min_precision:.0%} of the time: {fills} fills of {n} empty roles "
                    f"({fillable} with the party listed), {right} right ({right / max(fills, 1):.1%}).")
    note.append(f"{len(data)} empty roles, c={args.c}, min count {args.min_count}, min fills {args.min_fills}; choices sha256 "
                f"{hashlib.sha256(args.choices.read_bytes()).hexdigest()[:16]}.")
    print("\n".join(note))
    if args.dry_run:
        return 0
    vocab, theta = fitted(data, list(range(len(data))), args)
    write_weights(DATA / "party_weights.tsv",
                  ["Party filler weights (conditional logit) built by tools/train_party_filler.py from judges'",
                   "choices of the doer and target among the phrases of Hadath's events in bench news",
                   "(tools/judged/parties.tsv). Do not edit by hand.", *note], thresholds, vocab, theta)
    return 0


def write_weights(out: Path, header: list[str], thresholds: dict[str, float], vocab: dict[str, int],
                  theta: np.ndarray) -> None:
    """Write a model as package data: its header lines, each role's threshold and each weight of 0.001 or more."""
    lines = ["# version: 1", *[f"# {x}" for x in header], *[f"threshold:{role}\t{thresholds[role]:.2f}" for role in ROLES]]
    lines += [f"{f}\t{theta[j]:.4f}" for f, j in sorted(vocab.items()) if abs(theta[j]) >= 0.001]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    sys.exit(main())
