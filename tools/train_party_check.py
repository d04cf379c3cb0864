"""Train the party check (src/hadath/stages/party_check.py) on judges' choices in bench news, with day-by-day figures.

    python tools/train_party_check.py [--choices tools/judged/checks.tsv] [--filler-choices tools/judged/parties.tsv]
                                      [--bench ../shared/bench/saudinewsnet] [--c 0.1] [--min-count 3]
                                      [--min-precision 0.75] [--min-changes 20] [--dry-run]

Each judged record of the bench (tools/judged/checks.tsv names the day file, the record, each event's trigger
offset and type, a role the rules filled and the spans of the phrases the judges chose for it, or none) is coded
with the check and the filler off; in a story, for each event found again at that offset with that type and the
role filled by phrases of its sentence, every candidate phrase is a choice, right when the judges chose its span
(or one overlapping it), and so is "none" (right when they chose no phrase). Its features include the party
filler's score of each phrase; for the samples of a day, that score is the one of the filler fitted without that
day's judged roles (cross-fitted, so that neither the out-of-fold figures nor the fit see a prior that learnt from
its own sample), while the stage scores with the packaged filler. An L2-regularised conditional logit
(the party filler's trainer's, scipy, a build-time tool only) is fitted leaving out one day at a time; on the
out-of-fold scores, a role is changed to the best choice the rules did not make (a phrase, or none) when its score
reaches the role's threshold, and each role's threshold is the lowest whose changes are right at least
--min-precision of the time, among those with at least --min-changes changes (none: the role is never changed).
The model fitted on all samples is written as package data; only features seen in at least --min-count samples
are kept.
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
from hadath.settings import Settings  # noqa: E402
from hadath.stages.party_check import best_change, check_rows, filled_roles  # noqa: E402
from hadath.stages.parties import ROLES, PartyModel  # noqa: E402
from train_nonevent_filter import judged_stories  # noqa: E402
from train_party_filler import THRESHOLDS, _chosen, fitted, none_features, read_choices, write_weights  # noqa: E402
from train_party_filler import samples as filler_samples  # noqa: E402

DATA = ROOT / "src" / "hadath" / "lexicon" / "data"


def samples(choices: dict, bench: Path) -> list[tuple[str, str, str, list[list[str]], list[int], list[int], set[int]]]:
    """(day, event key, role, each candidate's party filler features, each candidate's label, the rules' candidates,
    those the event's other role holds) of every judged role that the rules fill again with phrases of the
    sentence."""
    nlp = hadath.load(Settings(party_check=False, party_filler=False))
    fw = nlp.stage("events").fw
    out = []
    judged = lost = 0
    for day, index, article, roles in judged_stories(choices, bench, nlp):
        judged += len(roles)
        for ev, role, _, spans, raw, rule, other in filled_roles(article, fw):
            chosen = roles.get((ev.trigger.start, ev.event, role))
            if chosen is None:
                continue
            labels = [int(_chosen(sp, chosen)) for sp in spans]
            if chosen and not any(labels):  # (the phrase the judges chose is no candidate now: no label)
                lost += 1
                continue
            out.append((day, f"{index}:{ev.trigger.start}:{ev.event}", role, raw, labels, rule, other))
    print(f"{judged} judged roles in stories; {len(out)} found again filled by phrases of the sentence, {lost} whose "
          f"chosen phrase is no candidate now; the rest no longer filled so, or no longer coded")
    return out


def cross_fitted_priors(filler_choices: Path, bench: Path, days: set[str]) -> dict[str, PartyModel]:
    """For each day, the party filler fitted (as tools/train_party_filler.py fits it) without that day's judged
    roles: the check's prior for that day's samples, so that no sample's prior has learnt from its own day."""
    fdata = filler_samples(read_choices(filler_choices), bench)
    fargs = argparse.Namespace(c=0.3, min_count=3)
    out = {}
    for day in sorted(days):
        vocab, theta = fitted(fdata, [i for i, s in enumerate(fdata) if s[0] != day], fargs)
        weights: dict[str, dict[str, float]] = {role: {} for role in ROLES}
        for f, j in vocab.items():
            role, _, feature = f.partition(":")
            weights[role][feature] = float(theta[j])
        out[day] = PartyModel(weights, {})
    return out


def with_features(raw: list, priors: dict[str, PartyModel]) -> list[tuple[str, str, str, list[list[str]], list[int],
                                                                          list[int]]]:
    """(day, event key, role, each candidate's check features, prefixed by the role, labels, the rules' candidates)
    of each sample, its filler scores by its day's prior."""
    return [(day, key, role, [[f"{role}:{f}" for f in fs] for fs in check_rows(feats, role, rule, other, priors[day])],
             labels, rule) for day, key, role, feats, labels, rule, other in raw]


def decisions(data: list, idx: list[int], vocab: dict[str, int], theta: np.ndarray
              ) -> dict[int, tuple[float, bool, bool]]:
    """Each sample's best change: (its probability, whether it is right, whether the rules were right)."""
    out = {}
    for i in idx:
        _, _, _, feats, labels, rule = data[i]
        z = np.array([theta[[vocab[f] for f in r if f in vocab]].sum() for r in (*feats, none_features(data[i]))])
        p = np.exp(z - z.max())
        p /= p.sum()
        k, score = best_change([float(v) for v in p[:-1]], rule)
        right = (not any(labels)) if k is None else bool(labels[k])
        out[i] = (score, right, any(labels[r] for r in rule))
    return out


def out_of_fold(data: list, args: argparse.Namespace) -> dict[int, tuple[float, bool, bool]]:
    """Each sample's best change by the model fitted on the other days."""
    oof: dict[int, tuple[float, bool, bool]] = {}
    for day in sorted({s[0] for s in data}):
        train = [i for i, s in enumerate(data) if s[0] != day]
        test = [i for i, s in enumerate(data) if s[0] == day]
        vocab, theta = fitted(data, train, args)
        oof.update(decisions(data, test, vocab, theta))
    return oof


def figures(data: list, oof: dict, role: str, thr: float, days: set[str] | None = None
            ) -> tuple[int, int, int, int, int, int]:
    """(samples, those the rules got wrong, changes, right changes, right changes of a wrong choice, wrong changes
    of a right choice) of one role at a threshold: a right change of a right choice takes another phrase that names
    the same party."""
    mine = [i for i, s in enumerate(data) if s[2] == role and (days is None or s[0] in days)]
    wrong = sum(1 for i in mine if not oof[i][2])
    changes = [i for i in mine if oof[i][0] >= thr]
    return (len(mine), wrong, len(changes), sum(oof[i][1] for i in changes),
            sum(1 for i in changes if oof[i][1] and not oof[i][2]), sum(1 for i in changes if oof[i][2] and not oof[i][1]))


def main() -> int:
    """Fit the model, report its day-by-day figures and write it."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--choices", type=Path, default=ROOT / "tools" / "judged" / "checks.tsv")
    ap.add_argument("--filler-choices", type=Path, default=ROOT / "tools" / "judged" / "parties.tsv",
                    help="the party filler's choices, refitted day by day as the prior of the samples")
    ap.add_argument("--bench", type=Path, default=ROOT.parent / "shared" / "bench" / "saudinewsnet")
    ap.add_argument("--c", type=float, default=0.1, help="inverse L2 strength")
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--min-precision", type=float, default=0.75, help="the least share of changes that must be right")
    ap.add_argument("--min-changes", type=int, default=20, help="the fewest out-of-fold changes a threshold is chosen on")
    ap.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    args = ap.parse_args()
    if not args.bench.is_dir():
        print(f"no bench corpus in {args.bench}", file=sys.stderr)
        return 2
    raw = samples(read_choices(args.choices), args.bench)
    data = with_features(raw, cross_fitted_priors(args.filler_choices, args.bench, {s[0] for s in raw}))
    print(f"{len(data)} filled roles judged, {sum(len(s[4]) for s in data)} candidates, {len({s[0] for s in data})} days")
    oof = out_of_fold(data, args)
    thresholds: dict[str, float] = {}
    note = []
    for role in ROLES:
        points = []
        for thr in THRESHOLDS:
            n, wrong, changes, right, fixed, harm = figures(data, oof, role, thr)
            points.append((thr, changes, right))
            print(f"  {role} threshold {thr:.2f}: {changes} changes of {n} filled roles ({wrong} wrong), {right} right "
                  f"({right / max(changes, 1):.1%}): {fixed} wrong parties mended, {harm} right ones spoilt")
        thr = min((t for t, changes, right in points if changes >= args.min_changes and right / changes >= args.min_precision),
                  default=1.01)
        thresholds[role] = thr
        n, wrong, changes, right, fixed, harm = figures(data, oof, role, thr)
        for day in sorted({s[0] for s in data}):
            dn, dwrong, dchanges, dright, dfixed, dharm = figures(data, oof, role, thr, {day})
            print(f"  {role} {day} left out: {dchanges} changes of {dn} ({dwrong} wrong), {dright} right: {dfixed} "
                  f"mended, {dharm} spoilt")
        note.append(f"{role}: threshold {thr:.2f}, the lowest whose out-of-fold changes (a day left out at a time) are "
                    f"right at least {args.min_precision:.0%} of the time: {changes} changes of {n} filled roles ({wrong} "
                    f"the rules got wrong), {right} right ({right / max(changes, 1):.1%}); {fixed} wrong parties mended, "
                    f"{harm} right ones spoilt.")
    note.append(f"{len(data)} filled roles, c={args.c}, min count {args.min_count}, min changes {args.min_changes}; "
                f"choices sha256 {hashlib.sha256(args.choices.read_bytes()).hexdigest()[:16]}; party filler weights "
                f"sha256 {hashlib.sha256((DATA / 'party_weights.tsv').read_bytes()).hexdigest()[:16]}.")
    print("\n".join(note))
    if args.dry_run:
        return 0
    vocab, theta = fitted(data, list(range(len(data))), args)
    write_weights(DATA / "check_weights.tsv",
                  ["Party check weights (conditional logit) built by tools/train_party_check.py from judges' choices of",
                   "the doer and target among the phrases of Hadath's events in bench news, for the roles the rules",
                   "filled (tools/judged/checks.tsv). Do not edit by hand.", *note], thresholds, vocab, theta)
    return 0


if __name__ == "__main__":
    sys.exit(main())
