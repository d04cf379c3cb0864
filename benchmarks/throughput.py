"""Throughput and peak memory of the coder on the SaudiNewsNet benchmark corpus (../shared/bench).

    python benchmarks/throughput.py [--files 2] [--limit 3000] [--stages]

Reports lexicon load time (the package byte-compiled first, as pip installs it; --no-compile not), articles/s,
sentences/s and events/s on one core, and peak memory. With
--stages, also each stage's share of the time, and the whole pipeline's time against the core coder's
(segment, match, code, filter): a figure that holds when another job shares the machine.
A benchmark, never a test: run it by hand and put the numbers in the closing note.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import sys
import time
import zipfile
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench" / "saudinewsnet"


def articles(paths: list[Path], limit: int | None):
    """SaudiNewsNet records as (id, text, date), read straight from the zip files."""
    n = 0
    for p in paths:
        with zipfile.ZipFile(p) as z:
            for name in z.namelist():
                for i, rec in enumerate(json.loads(z.read(name))):
                    if not rec.get("content"):
                        continue
                    yield f"{p.stem}-{i}", rec["content"], (rec.get("date_extracted") or "")[:10] or None
                    n += 1
                    if limit and n >= limit:
                        return


def _byte_compile() -> None:
    """Byte-compile the hadath package, as `pip install` does, so that the load is timed as users run it: an editable
    install under PYTHONDONTWRITEBYTECODE=1 (this project's machines set it) compiles the 30,000 lines of the stage
    modules from source at every start, about 0.5 s more."""
    import compileall
    import importlib.util

    spec = importlib.util.find_spec("hadath")
    for where in (spec.submodule_search_locations or []) if spec else []:
        compileall.compile_dir(where, quiet=1)


def main() -> int:
    """Run the benchmark and print its figures (also as one JSON line)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", type=Path, default=BENCH)
    ap.add_argument("--files", type=int, default=2, help="how many daily zip files to read")
    ap.add_argument("--limit", type=int, default=None, help="stop after this many articles")
    ap.add_argument("--stages", action="store_true", help="time each stage (adds a little overhead)")
    ap.add_argument("--no-compile", action="store_true",
                    help="time the load as Python finds the package, not byte-compiled first")
    args = ap.parse_args()
    paths = sorted(args.bench.glob("*.zip"))[: args.files]
    if not paths:
        print(f"no benchmark corpus in {args.bench}", file=sys.stderr)
        return 2
    if not args.no_compile:
        _byte_compile()
    import hadath
    from hadath.article import Article

    t0 = time.perf_counter()
    nlp = hadath.load()
    load_s = time.perf_counter() - t0
    docs = list(articles(paths, args.limit))
    chars = sum(len(t) for _, t, _ in docs)
    n_sent = n_events = 0
    spent = {s.name: 0.0 for s in nlp.stages}
    t1 = time.perf_counter()
    for doc_id, text, date in docs:
        if args.stages:
            art = Article(text=text, id=doc_id, published=date)
            gc.disable()  # as Pipeline.__call__ does: the collector runs between articles, not inside the stages
            try:
                for stage in nlp.stages:
                    t = time.perf_counter()
                    art = stage(art)
                    spent[stage.name] += time.perf_counter() - t
            finally:
                gc.enable()
        else:
            art = nlp(Article(text=text, id=doc_id, published=date))
        n_sent += len(art.sentences)
        n_events += len(art.events)
    secs = time.perf_counter() - t1
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    res = {"lexicon_load_s": round(load_s, 2), "articles": len(docs), "sentences": n_sent,
           "events": n_events, "chars": chars, "seconds": round(secs, 2),
           "articles_per_s": round(len(docs) / secs, 1), "sentences_per_s": round(n_sent / secs, 1),
           "peak_rss_mb": round(peak_mb, 1)}
    print(f"lexicon load {res['lexicon_load_s']} s; {len(docs)} articles, {n_sent} sentences, "
          f"{n_events} events in {res['seconds']} s -> {res['articles_per_s']} articles/s, "
          f"{res['sentences_per_s']} sentences/s; peak RSS {res['peak_rss_mb']} MB")
    if args.stages:
        total = sum(spent.values())
        core = sum(v for k, v in spent.items() if k in CORE)
        res["stage_share"] = {k: round(v / total, 3) for k, v in spent.items()}
        res["whole_over_core_time"] = round(total / core, 3) if core else None
        for k, v in spent.items():
            print(f"  {k:<12} {v:7.2f} s  {v / total:6.1%}")
        print(f"  whole pipeline / core coder (time): {res['whole_over_core_time']}")
    print(json.dumps(res))
    return 0


CORE = ("segment", "mentions", "events", "reports")  # the core coder's stages (issue 2)


if __name__ == "__main__":
    sys.exit(main())
