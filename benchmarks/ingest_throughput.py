"""End-to-end ingest benchmark: the SaudiNewsNet corpus (../shared/bench) read, coded and stored in DuckDB.

    python benchmarks/ingest_throughput.py [--files 18] [--workers 1] [--db /tmp/bench.duckdb]

Reports articles/s and peak memory (this process and its workers). A benchmark, never a test.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench" / "saudinewsnet"


def main() -> int:
    """Run one ingest into a fresh store and print its figures (also as one JSON line)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", type=Path, default=BENCH)
    ap.add_argument("--files", type=int, default=18, help="how many daily zip files")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--db", default="/tmp/hadath-bench.duckdb")
    args = ap.parse_args()
    from hadath.ingest.run import ingest

    for suffix in ("", ".wal"):
        Path(args.db + suffix).unlink(missing_ok=True)
    paths = [str(p) for p in sorted(args.bench.glob("*.zip"))[: args.files]]
    t0 = time.perf_counter()
    s = ingest(paths, args.db, workers=args.workers)
    secs = time.perf_counter() - t0
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    out = {"files": len(paths), "workers": args.workers, "read": s.read, "stored": s.stored,
           "duplicates": s.duplicates, "events": s.events, "failures": s.failures, "seconds": round(secs, 1),
           "articles_per_s": round(s.stored / secs, 1), "peak_rss_mb": round(own, 1),
           "peak_worker_rss_mb": round(kids, 1), "db_mb": round(Path(args.db).stat().st_size / 2**20, 1)}
    print(s.line(), file=sys.stderr)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
