"""Check that a speed change leaves the output alone: the `hadath annotate` records (Article.to_dict, text left out)
of benchmark articles, made by this checkout and by another one, compared line by line.

    python benchmarks/identical_output.py OTHER_CHECKOUT [--files 2] [--skip 0] [--limit 2000]

Each checkout runs in its own process with its own src/ first on the path. Exit 0 when every record is the same,
1 (and the first differing article) otherwise. A check, never a test: run it by hand before a speed commit.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]


def dump(checkout: Path, files: int, skip: int, limit: int) -> list[str]:
    """The records of articles skip…skip+limit of the first `files` benchmark files, as made by `checkout`."""
    out = subprocess.run([sys.executable, __file__, "--dump", str(checkout), "--files", str(files),
                          "--skip", str(skip), "--limit", str(limit)], capture_output=True, text=True, check=True)
    return out.stdout.splitlines()


def _dump_here(args: argparse.Namespace) -> int:
    """Print one JSON record per article, made by the checkout in args.dump (run in a child process)."""
    sys.path.insert(0, str(Path(args.dump) / "src"))
    sys.path.insert(0, str(HERE / "benchmarks"))
    import hadath
    from hadath.article import Article
    from throughput import BENCH, articles

    nlp = hadath.load()
    paths = sorted(BENCH.glob("*.zip"))[: args.files]
    for doc_id, text, date in itertools.islice(articles(paths, None), args.skip, args.skip + args.limit):
        record = nlp(Article(text=text, id=doc_id, published=date)).to_dict()
        record.pop("text")
        print(json.dumps(record, ensure_ascii=False, sort_keys=True, default=repr))
    return 0


def main() -> int:
    """Compare this checkout's records with those of another checkout; print the verdict."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("other", nargs="?", type=Path, help="the checkout to compare with (e.g. the base commit's)")
    ap.add_argument("--files", type=int, default=2, help="how many daily zip files to read")
    ap.add_argument("--skip", type=int, default=0, help="articles to pass over first")
    ap.add_argument("--limit", type=int, default=2000, help="how many articles to compare")
    ap.add_argument("--dump", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.dump:
        return _dump_here(args)
    if args.other is None:
        ap.error("name the checkout to compare with")
    mine, theirs = dump(HERE, args.files, args.skip, args.limit), dump(args.other, args.files, args.skip, args.limit)
    digest = hashlib.sha256("\n".join(mine).encode()).hexdigest()[:16]
    for a, b in zip(mine, theirs):
        if a != b:
            print(f"differs at article {json.loads(a)['id']}")
            return 1
    if len(mine) != len(theirs):
        print(f"{len(mine)} records here, {len(theirs)} there")
        return 1
    print(f"{len(mine)} records identical (sha256 {digest})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
