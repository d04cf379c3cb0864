"""Score time expressions, places and statements against the project's gold files (benchmarks/gold/*.jsonl).

The gold files hold references into shared/ (never article text): `doc` is
"saudinewsnet/<day>.zip#<index>" (an article of the benchmark corpus, its `content`) or
"examples/<file>", with character offsets into that text. A gold item is found when a system item
overlaps it; a time expression is right when its value and granularity are the gold's; a toponym
is right when its GeoNames id is the gold's, or, for places GeoNames' city lists lack (regions,
areas, sites: gold id null), when the system also gives no id and the same country.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from .article import Article


def load_doc(shared: Path, doc: str) -> str:
    """The text a gold line points at, read from shared/."""
    if "#" in doc:
        name, index = doc.split("#", 1)
        return _zip_articles(str(shared / "bench" / name))[int(index)].get("content") or ""
    return (shared / doc).read_text(encoding="utf-8")


@lru_cache(maxsize=32)
def _zip_articles(path: str) -> list[dict[str, Any]]:
    """The article list of one benchmark day-file."""
    with zipfile.ZipFile(path) as z:
        return json.loads(z.read(z.namelist()[0]))


def _overlaps(a: dict[str, Any], s: int, e: int) -> bool:
    """True if the gold item a overlaps the span [s, e)."""
    return a["start"] < e and s < a["end"]


def _prf(tp_gold: int, n_gold: int, tp_sys: int, n_sys: int) -> dict[str, float]:
    """Precision, recall and F1 from matched counts."""
    p = tp_sys / n_sys if n_sys else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def evaluate_times(nlp, gold: Path, shared: Path, errors: list | None = None) -> dict[str, Any]:
    """Detection P/R/F1 and resolution accuracy (value and granularity) of time expressions."""
    n_gold = found = right = n_sys = sys_matched = 0
    by_gran: dict[str, list[int]] = {}
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        art = nlp(Article(text=load_doc(shared, g["doc"]), id=g["doc"], published=g.get("published")))
        times = [t for t in art.times]
        n_sys += len(times)
        sys_matched += sum(1 for t in times if any(_overlaps(x, t.start, t.end) for x in g["expressions"]))
        for x in g["expressions"]:
            n_gold += 1
            cell = by_gran.setdefault(x["granularity"], [0, 0])
            cell[1] += 1
            hits = [t for t in times if _overlaps(x, t.start, t.end)]
            if hits:
                found += 1
            ok = any(t.value == x["value"] and t.granularity == x["granularity"] for t in hits)
            if ok:
                right += 1
                cell[0] += 1
            elif errors is not None:
                errors.append({"doc": g["doc"], "gold": x, "system": [t.to_dict() for t in hits]})
    report = {"expressions": n_gold, "detection": _prf(found, n_gold, sys_matched, n_sys),
              "resolved": round(right / n_gold, 4) if n_gold else 0.0,
              "resolved_by_granularity": {k: round(v[0] / v[1], 4) for k, v in sorted(by_gran.items())}}
    return report


def evaluate_places(nlp, gold: Path, shared: Path, errors: list | None = None) -> dict[str, Any]:
    """Detection P/R/F1 and resolution accuracy (GeoNames id) of toponyms."""
    n_gold = found = right = n_sys = sys_matched = 0
    with_id = [0, 0]
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        art = nlp(Article(text=load_doc(shared, g["doc"]), id=g["doc"], published=g.get("published")))
        places = art.places
        n_sys += len(places)
        unmatched = []
        for p in places:
            if any(_overlaps(x, p.start, p.end) for x in g["places"]):
                sys_matched += 1
            else:
                unmatched.append(p)
        if errors is not None:
            errors.extend({"doc": g["doc"], "spurious": p.to_dict()} for p in unmatched)
        for x in g["places"]:
            n_gold += 1
            hits = [p for p in places if _overlaps(x, p.start, p.end)]
            if hits:
                found += 1
            if x.get("geonameid") is not None:
                with_id[1] += 1
                ok = any(p.geonameid == x["geonameid"] for p in hits)
                with_id[0] += ok
            else:
                ok = any(p.geonameid is None and (p.country_code or None) == x.get("country_code") for p in hits)
            right += ok
            if not ok and errors is not None:
                errors.append({"doc": g["doc"], "gold": x, "system": [p.to_dict() for p in hits]})
    return {"toponyms": n_gold, "detection": _prf(found, n_gold, sys_matched, n_sys),
            "resolved": round(right / n_gold, 4) if n_gold else 0.0,
            "resolved_with_geonameid": round(with_id[0] / with_id[1], 4) if with_id[1] else 0.0}


def anchor_report(nlp, times: Path, places: Path, shared: Path, errors: list | None = None,
                  statements: Path | None = None, more_statements: tuple[Path, ...] = ()) -> dict[str, Any]:
    """Time, place (and statement) scores, their headline figures and the SHA-256 of the gold files.
    `more_statements` are further statement gold files, scored on their own (headline keys named after
    each file: statements_dev2.speaker.f1)."""
    from .errors import HadathError

    paths = [times, places] + ([statements] if statements is not None else []) + list(more_statements)
    for path in paths:
        if not path.is_file():
            raise HadathError(f"gold file {path} is missing")
    if not (shared / "bench").is_dir():
        raise HadathError(f"{shared} has no bench/ folder: the gold's documents are read from there")
    h = hashlib.sha256()
    for path in paths:
        h.update(path.read_bytes())
    t = evaluate_times(nlp, times, shared, errors)
    p = evaluate_places(nlp, places, shared, errors)
    headline = {"times.resolved": t["resolved"], "times.detection.f1": t["detection"]["f1"],
                "places.resolved": p["resolved"], "places.resolved_with_geonameid": p["resolved_with_geonameid"],
                "places.detection.f1": p["detection"]["f1"]}
    report = {"gold_sha256": h.hexdigest(), "times": t, "places": p, "headline": headline}
    files = ([("statements", statements)] if statements is not None else []) + [(p.stem, p) for p in more_statements]
    for key, path in files:
        st = report[key] = evaluate_statements(nlp, path, shared, errors)
        headline.update({f"{key}.cue.f1": st["cue"]["f1"], f"{key}.speaker.f1": st["speaker"]["f1"],
                         f"{key}.stance_accuracy": st["stance_accuracy"], f"{key}.deny.f1": st["deny"]["f1"],
                         f"{key}.content_f1": st["content_f1"], f"{key}.reported_via.f1": st["reported_via"]["f1"]})
    return report


def format_anchor_report(report: dict[str, Any]) -> str:
    """The report as a readable table."""
    t, p = report["times"], report["places"]
    lines = [f"time expressions: {t['expressions']}",
             "  detection  P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}".format(**t["detection"]),
             f"  resolved (value and granularity): {t['resolved']:.3f}",
             "  by granularity: " + ", ".join(f"{k} {v:.3f}" for k, v in t["resolved_by_granularity"].items()),
             f"toponyms: {p['toponyms']}",
             "  detection  P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}".format(**p["detection"]),
             f"  resolved (all): {p['resolved']:.3f}    with a GeoNames id: {p['resolved_with_geonameid']:.3f}"]
    for key in [k for k in report if k.startswith("statements") and isinstance(report[k], dict)]:
        st = report[key]
        lines += [f"{key.replace('_', ' ')}: {st['statements']}",
                  "  cue      P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}".format(**st["cue"]),
                  "  speaker  P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}".format(**st["speaker"]),
                  f"  stance accuracy {st['stance_accuracy']:.3f}   macro-F1 {st['stance_macro_f1']:.3f}   "
                  f"denial F1 {st['deny']['f1']:.3f}   "
                  f"content-span F1 {st['content_f1']:.3f}   outlet F1 {st['reported_via']['f1']:.3f}"]
    return "\n".join(lines)


def check_anchor_floors(report: dict[str, Any], floors: dict[str, Any]) -> list[str]:
    """Figures below their floor (empty when the gate passes); changed gold files are a failure too."""
    if floors.get("gold_sha256") and floors["gold_sha256"] != report["gold_sha256"]:
        return ["the time/place gold differs from the one the floors were set on: re-baseline them"]
    return [f"{k}: {report['headline'].get(k, 0.0):.4f} < floor {v:.4f}"
            for k, v in floors.get("floors", {}).items() if report["headline"].get(k, 0.0) < v]


def evaluate_statements(nlp, gold: Path, shared: Path, errors: list | None = None) -> dict[str, Any]:
    """Cue, speaker, stance and content-span scores of statements (a statement is found when a system
    statement's cue overlaps the gold cue; its speaker is right when the spans overlap)."""
    n_gold = n_sys = cue_hit_g = cue_hit_s = 0
    spk_gold = spk_sys = spk_right = 0
    stance_right = stance_n = 0
    deny = [0, 0, 0]  # true positives, gold denials, system denials (among matched)
    via = [0, 0, 0]  # outlets right (overlapping), in the gold, in the system (among matched)
    content_f = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        art = nlp(Article(text=load_doc(shared, g["doc"]), id=g["doc"], published=g.get("published")))
        sys_st = [s for s in art.statements if not s.embedded]  # nested statements are scored on neither side
        n_sys += len(sys_st)
        spk_sys += sum(1 for s in sys_st if s.speaker is not None)
        golds = [x for x in g["statements"] if not x.get("embedded")]
        n_gold += len(golds)
        used: set[int] = set()
        for x in golds:
            c = x["cue"]
            hits = [k for k, s in enumerate(sys_st) if s.cue.start < c["end"] and c["start"] < s.cue.end]
            if x.get("speaker"):
                spk_gold += 1
            if not hits:
                if errors is not None:
                    errors.append({"doc": g["doc"], "missed": x})
                continue
            k = hits[0]
            s = sys_st[k]
            cue_hit_g += 1
            used.add(k)
            sp = x.get("speaker")
            if sp and s.speaker is not None and s.speaker.start < sp["end"] and sp["start"] < s.speaker.end:
                spk_right += 1
            elif errors is not None and sp:
                errors.append({"doc": g["doc"], "speaker": sp["text"], "system": s.speaker.text if s.speaker else None,
                               "cue": [c["start"], c["end"]]})
            stance_n += 1
            stance_right += s.stance == x["stance"]
            deny[0] += s.stance == "deny" and x["stance"] == "deny"
            deny[1] += x["stance"] == "deny"
            deny[2] += s.stance == "deny"
            gv, sv = x.get("reported_via"), s.reported_via
            via[0] += bool(gv and sv and sv.start < gv["end"] and gv["start"] < sv.end)
            via[1] += bool(gv)
            via[2] += sv is not None
            gs, ge = x["content"]["start"], x["content"]["end"]
            inter = max(0, min(ge, s.content_end) - max(gs, s.content_start))
            p = inter / (s.content_end - s.content_start) if s.content_end > s.content_start else 0.0
            r = inter / (ge - gs) if ge > gs else 0.0
            content_f.append(2 * p * r / (p + r) if p + r else 0.0)
        cue_hit_s += len(used)
        if errors is not None:
            errors.extend({"doc": g["doc"], "spurious": s.to_dict()} for k, s in enumerate(sys_st) if k not in used)
    cue = _prf(cue_hit_g, n_gold, cue_hit_s, n_sys)
    speaker = _prf(spk_right, spk_gold, spk_right, spk_sys)
    return {"statements": n_gold, "cue": cue, "speaker": speaker,
            "stance_accuracy": round(stance_right / stance_n, 4) if stance_n else 0.0,
            "deny": _prf(deny[0], deny[1], deny[0], deny[2]),
            # the mean of the assert and deny F1 (among matched statements)
            "stance_macro_f1": round((_prf(stance_right - deny[0], stance_n - deny[1], stance_right - deny[0],
                                          stance_n - deny[2])["f1"] + _prf(deny[0], deny[1], deny[0], deny[2])["f1"]) / 2, 4),
            "reported_via": _prf(via[0], via[1], via[0], via[2]),
            "content_f1": round(sum(content_f) / len(content_f), 4) if content_f else 0.0}
