"""`hadath eval`: score the coder on the Arabic gold standards as shared/gold/README.md describes."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .article import Article
from .records import EVENT_TYPES, Entity, Event

Coder = Callable[[Article], Article]


def _load(path: Path) -> list[dict[str, Any]]:
    """The records of one gold JSONL file."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def corpus_hash(gold_dir: Path) -> str:
    """SHA-256 over the gold files (names and bytes), to tie floors to one corpus."""
    h = hashlib.sha256()
    for p in sorted(gold_dir.glob("*.jsonl")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision, recall and F1 from counts."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def _key(row: dict[str, Any]) -> tuple[str, str]:
    """A gold row's key: its id and its text (some ids stand for several sentences in the gold files)."""
    return row["id"], row["text"]


def _code(nlp: Coder, rows: Iterable[dict[str, Any]]) -> dict[tuple[str, str], list[Event]]:
    """Events coded for each gold sentence, by id and text."""
    out: dict[tuple[str, str], list[Event]] = {}
    for row in rows:
        if _key(row) not in out:
            art = nlp(Article(text=row["text"], id=row["id"], published=row.get("date")))
            out[_key(row)] = art.events
    return out


def _entity_ok(entities: tuple[Entity, ...], gold: dict[str, Any], field: str) -> bool:
    """True when any entity matches the gold code / sector / both (an empty list is a null entity)."""
    cands = entities or (Entity("", 0, 0),)
    for e in cands:
        code_ok = e.code == gold.get("code")
        sector_ok = e.sector == gold.get("sector")
        if field == "code" and code_ok or field == "sector" and sector_ok or field == "full" and code_ok and sector_ok:
            return True
    return False


def score_detection(nlp: Coder, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Per-type detection P/R/F1: unanimous labels, and with 'difficult no' as negatives too."""
    coded = _code(nlp, (r for r in rows if r["label"] != "ambiguous"))
    result: dict[str, Any] = {}
    for etype in sorted({r["event"] for r in rows}):
        for variant, negatives in (("unanimous", {"easy no"}), ("with_difficult", {"easy no", "difficult no"})):
            tp = fp = fn = 0
            for r in rows:
                if r["event"] != etype or r["label"] not in negatives | {"yes"}:
                    continue
                hit = any(e.event == etype for e in coded[_key(r)])
                if r["label"] == "yes":
                    tp, fn = tp + hit, fn + (not hit)
                else:
                    fp += hit
            result[f"{etype}.{variant}"] = _prf(tp, fp, fn)
    return result


def score_events(nlp: Coder, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Typed recall and actor / recipient code, sector and full-code accuracy (best event per sentence)."""
    coded = _code(nlp, rows)
    n = len(rows)
    typed = 0
    acc = {f"{role}.{f}": 0 for role in ("actor", "recipient") for f in ("code", "sector", "full")}
    for r in rows:
        evs = [e for e in coded[_key(r)] if e.event == r["event"]]
        if not evs:
            continue
        typed += 1
        for role in ("actor", "recipient"):
            for f in ("code", "sector", "full"):
                acc[f"{role}.{f}"] += any(_entity_ok(getattr(e, role), r[role], f) for e in evs)
    out: dict[str, Any] = {"sentences": n, "typed_recall": round(typed / n, 4) if n else 0.0}
    out.update({k: round(v / n, 4) if n else 0.0 for k, v in acc.items()})
    return out


# The Arabic quad-class gold numbers its classes otherwise than the PLOVER manual (checked against its
# labels: attacks are 1, aid 2, accusations 3, meetings 4); events are scored by their quad category.
GOLD_QUAD_NUMBER = {"material conflict": 1, "material cooperation": 2, "verbal conflict": 3, "verbal cooperation": 4}


def score_quad(nlp: Coder, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Quad-class accuracy and macro-F1 (class of the first event, 0 when none)."""
    coded = _code(nlp, rows)
    pairs = []
    for r in rows:
        evs = coded[_key(r)]
        pairs.append((r["quad"], GOLD_QUAD_NUMBER[evs[0].quad_class] if evs else 0))
    correct = sum(g == p for g, p in pairs)
    f1s = {}
    for c in range(5):
        tp = sum(g == c and p == c for g, p in pairs)
        fp = sum(g != c and p == c for g, p in pairs)
        fn = sum(g == c and p != c for g, p in pairs)
        f1s[c] = _prf(tp, fp, fn)["f1"]
    return {"sentences": len(pairs), "accuracy": round(correct / len(pairs), 4) if pairs else 0.0,
            "macro_f1": round(sum(f1s.values()) / 5, 4), "f1_by_class": f1s}


def evaluate(nlp: Coder, gold_dir: Path) -> dict[str, Any]:
    """Score every gold file found in `gold_dir`; returns a nested dict of figures."""
    report: dict[str, Any] = {"gold": str(gold_dir), "corpus_sha256": corpus_hash(gold_dir)}
    t0 = time.perf_counter()
    n = 0
    for kind, scorer in (("detection", score_detection), ("events", score_events), ("quadclass", score_quad)):
        for path in sorted(gold_dir.glob(f"{kind}.*.jsonl")):
            rows = _load(path)
            n += len(rows)
            report[path.stem] = scorer(nlp, rows)
    report["seconds"] = round(time.perf_counter() - t0, 2)
    report["sentences_scored"] = n
    return report


def headline(report: dict[str, Any]) -> dict[str, float]:
    """The figures the CI gate watches, flattened to one level."""
    flat: dict[str, float] = {}
    for name, block in report.items():
        if not isinstance(block, dict):
            continue
        if name.startswith("detection"):
            for k, v in block.items():
                flat[f"{name}.{k}.f1"] = v["f1"]
        elif name.startswith("events"):
            for k in ("typed_recall", "actor.full", "recipient.full", "actor.code", "recipient.code"):
                flat[f"{name}.{k}"] = block[k]
        elif name.startswith("quadclass"):
            flat[f"{name}.macro_f1"] = block["macro_f1"]
            flat[f"{name}.accuracy"] = block["accuracy"]
    return flat


def format_report(report: dict[str, Any]) -> str:
    """The report as a readable table."""
    lines = [f"gold: {report['gold']}  (sha256 {report['corpus_sha256'][:12]}…)"]
    for name, block in report.items():
        if not isinstance(block, dict):
            continue
        lines.append("")
        lines.append(f"== {name}")
        if name.startswith("detection"):
            lines.append(f"{'type/labels':34} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
            for k, v in block.items():
                lines.append(f"{k:34} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f} "
                             f"{v['tp']:5d} {v['fp']:5d} {v['fn']:5d}")
        elif name.startswith("events"):
            lines.append(f"sentences {block['sentences']}  typed recall {block['typed_recall']:.3f}")
            for role in ("actor", "recipient"):
                lines.append(f"{role:10} code {block[role + '.code']:.3f}  sector {block[role + '.sector']:.3f}"
                             f"  full {block[role + '.full']:.3f}")
        elif name.startswith("quadclass"):
            by = "  ".join(f"{c}:{f:.2f}" for c, f in block["f1_by_class"].items())
            lines.append(f"sentences {block['sentences']}  accuracy {block['accuracy']:.3f}  "
                         f"macro-F1 {block['macro_f1']:.3f}   F1 by class {by}")
    lines.append("")
    lines.append(f"{report['sentences_scored']} sentences in {report['seconds']} s "
                 f"({report['sentences_scored'] / max(report['seconds'], 1e-9):.0f} sentences/s)")
    return "\n".join(lines)


def check_floors(report: dict[str, Any], floors: dict[str, Any]) -> list[str]:
    """Figures below their floor (empty when the gate passes); a changed corpus is a failure too."""
    problems = []
    if floors.get("corpus_sha256") and floors["corpus_sha256"] != report["corpus_sha256"]:
        problems.append("the gold corpus differs from the one the floors were set on: re-baseline them")
        return problems
    flat = headline(report)
    tol = float(floors.get("tolerance", 0.0))
    for k, floor in floors.get("floors", {}).items():
        if k not in flat:
            problems.append(f"{k}: not measured")
        elif flat[k] + tol < floor:
            problems.append(f"{k}: {flat[k]:.4f} < floor {floor:.4f}")
    return problems


__all__ = ["evaluate", "format_report", "check_floors", "headline", "corpus_hash", "EVENT_TYPES"]
