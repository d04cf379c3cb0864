#!/usr/bin/env python3
"""Find gazetteer names that are mostly common words in news text; writes lexicon_src/places_common.tsv.

    python3 tools/find_common_place_names.py [--bench ../shared/bench/saudinewsnet]

For each Arabic place name of the gazetteer's sources, counts its occurrences in a sample of the
benchmark corpus (every third day-file, clitics taken off) and how often it follows a locative cue
(في، إلى، من، مدينة، محافظة، منطقة, or a prefixed ب). A name seen at least 3 times per million words
that follows such a cue less than a quarter of the time, and whose most populous place has under a
million people, reads as a word, not a place (كان، بن، له، الجديد، الخبر): it becomes a place only
after a place noun. Only the names and their figures are written, never corpus text.
"""

from __future__ import annotations

import argparse
import glob
import json
import re
import sys
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "tools"))

from build_gazetteer import build  # noqa: E402

from hadath.arabic.normalize import normalize  # noqa: E402
from hadath.lexicon.gazetteer import place_key  # noqa: E402
from hadath.lexicon.morph import clitic_variants  # noqa: E402

OUT = REPO / "lexicon_src" / "places_common.tsv"
LOC = {"في", "مدينه", "محافظه", "منطقه", "الي", "من", "بلده", "قريه"}


def main() -> None:
    """Count, decide, write."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", default=str(REPO.parent / "shared" / "bench" / "saudinewsnet"))
    args = ap.parse_args()
    pop: dict[tuple[str, ...], int] = defaultdict(int)
    for row in build(apply_common=False):
        if row["feature"] == "PCLI":
            continue
        for name in row["names"]:
            key = place_key(name.lstrip("?"))
            pop[key] = max(pop[key], int(row["population"] or 0))
    first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for k in pop:
        first[k[0]].append(k)
    count: Counter = Counter()
    loc: Counter = Counter()
    words = 0
    for path in sorted(glob.glob(f"{args.bench}/*.zip"))[::3]:
        with zipfile.ZipFile(path) as z:
            for art in json.loads(z.read(z.namelist()[0])):
                toks = [re.sub(r"[^\u0621-\u064a]", "", t) for t in normalize(art.get("content") or "").split()]
                words += len(toks)
                for i, t in enumerate(toks):
                    for stem, pre in clitic_variants(t):
                        if stem in first:
                            for k in first[stem]:
                                if (stem, *toks[i + 1:i + len(k)]) == k:
                                    count[k] += 1
                                    if pre.endswith("ب") or (i and toks[i - 1] in LOC):
                                        loc[k] += 1
                            break
    lines = ["# Place names that read as common words in news (tools/find_common_place_names.py; do not edit).",
             f"# Sample: {words} words. per_million = occurrences per million words; locative = share after a locative cue.",
             "name\tper_million\tlocative\tpopulation"]
    for k in sorted(count, key=lambda k: (-count[k], k)):
        pm = count[k] / words * 1e6
        share = loc[k] / count[k]
        if pm >= 3 and share < 0.25 and pop[k] < 1_000_000:
            lines.append(f"{' '.join(k)}\t{pm:.1f}\t{share:.2f}\t{pop[k]}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 3} names → {OUT}")


if __name__ == "__main__":
    main()
