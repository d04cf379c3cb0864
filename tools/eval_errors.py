"""Print detection and role errors on a gold directory, to tune lexicons (development aid).

    python tools/eval_errors.py --gold ../shared/gold --type ASSAULT --kind fn|fp|roles|quad [--n 30]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import hadath
from hadath.article import Article
from hadath.evaluate import GOLD_QUAD_NUMBER


def main() -> None:
    """Show a sample of errors of one kind."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", type=Path, default=Path("../shared/gold"))
    ap.add_argument("--type", default="ASSAULT")
    ap.add_argument("--kind", default="fn", choices=("fn", "fp", "fpd", "roles", "quad"))
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    nlp = hadath.load()
    random.seed(args.seed)
    if args.kind in ("fn", "fp", "fpd"):
        rows = [json.loads(x) for x in open(args.gold / "detection.dev.jsonl", encoding="utf-8")]
        want = {"fn": "yes", "fp": "easy no", "fpd": "difficult no"}[args.kind]
        rows = [r for r in rows if r["event"] == args.type and r["label"] == want]
        out = []
        for r in rows:
            a = nlp(Article(text=r["text"], id=r["id"]))
            hit = [e for e in a.events if e.event == args.type]
            if (args.kind == "fn") == (not hit):
                out.append((r, a, hit))
        print(f"{len(out)} of {len(rows)}")
        for r, a, hit in random.sample(out, min(args.n, len(out))):
            trig = [(e.trigger.text, e.negated, e.future, e.hypothetical) for e in hit]
            ms = [(m.kind, m.label, m.text) for m in a.mentions if m.kind == "trigger"]
            print("-", r["text"][:260], "\n   ", trig or ms)
    elif args.kind == "roles":
        rows = [json.loads(x) for x in open(args.gold / "events.dev.jsonl", encoding="utf-8")]
        rows = [r for r in rows if r["event"] == args.type]
        for r in random.sample(rows, min(args.n, len(rows))):
            a = nlp(Article(text=r["text"], id=r["id"], published=r["date"]))
            evs = [e for e in a.events if e.event == r["event"]]
            g = lambda x: (x["code"], x["sector"])
            print("-", r["text"][:220])
            print("   gold", g(r["actor"]), "->", g(r["recipient"]))
            for e in evs:
                print("   ours", [(x.code, x.sector, x.text) for x in e.actor], "->",
                      [(x.code, x.sector, x.text) for x in e.recipient], e.trigger.text)
    else:
        rows = [json.loads(x) for x in open(args.gold / "quadclass.dev.jsonl", encoding="utf-8")]
        bad = []
        for r in rows:
            a = nlp(Article(text=r["text"], id=r["id"]))
            q = GOLD_QUAD_NUMBER[a.events[0].quad_class] if a.events else 0
            if q != r["quad"]:
                bad.append((r, q, a.events[:2]))
        print(f"{len(bad)} of {len(rows)} wrong")
        for r, q, evs in random.sample(bad, min(args.n, len(bad))):
            print(f"- gold {r['quad']} ours {q}", r["text"][:200], [(e.event, e.trigger.text) for e in evs])


if __name__ == "__main__":
    main()
