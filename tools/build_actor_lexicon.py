#!/usr/bin/env python3
"""Build Hadath's actor and agent lexicons (build-time tool, not part of the package).

Reads the hand-curated tables in ``lexicon_src/``, the CLDR Arabic country names (via babel,
a build-time dependency only) and the upstream OEDA Arabic CAMEO dictionaries in ``shared/``,
then writes ``src/hadath/lexicon/data/actors.tsv`` and ``agents.tsv`` deterministically.

Usage (from the repository root)::

    python tools/build_actor_lexicon.py [--shared DIR] [--out DIR]

Precedence: hand rows > CLDR rows > converted upstream (oeda) rows.  Any upstream row whose
phrase has the same match key as a hand/CLDR row is dropped.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable, NamedTuple

REPO = Path(__file__).resolve().parents[1]
SRC_DIR = REPO / "lexicon_src"
DEFAULT_OUT = REPO / "src" / "hadath" / "lexicon" / "data"

ACTOR_COLUMNS = ["phrase", "code", "sector", "name", "kind", "from", "to", "source"]
AGENT_COLUMNS = ["phrase", "sector", "name", "source", "form"]
KINDS = {"country", "demonym", "capital", "igo", "group", "institution", "person", "place"}
SOURCE_RANK = {"hand": 0, "cldr": 1, "oeda": 2}

# CAMEO sectors the project uses.
SECTORS = {
    "GOV", "MIL", "COP", "REB", "CRM", "CVL", "PTY", "REL", "OPP", "BUS", "EDU", "ELI",
    "LEG", "SPY", "MED", "HLH", "JUD", "REF", "UAF",
    "LAB", "AGR", "NGO",  # hand rows only: upstream LAB/AGR chunks are mapped to CVL by SECTOR_MAP
}
# Upstream secondary codes mapped onto a project sector ("" = ignore the chunk).
SECTOR_MAP = {
    "MUS": "REL", "CHR": "REL", "JEW": "REL", "BUD": "REL", "HIN": "REL", "SHI": "REL",
    "SUN": "REL", "CTH": "REL", "ORT": "REL", "LAB": "CVL", "AGR": "CVL",
    "ENV": "", "DEV": "", "HRI": "", "RAD": "", "MOD": "", "IMG": "",
}
# Non-state CAMEO top-level codes accepted in the code column.
NONSTATE_TOP = {"IGO", "IMG", "NGO", "NGM", "MNC", "INT", "UIS", "KUR"}
CLDR_SKIP = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "EA", "IC", "AC", "CP", "DG", "TA"}
CLITIC_TOKENS = {"ل", "ب", "و", "ك", "ف", "ال"}

HEADER_NOTE = [
    "# version: 1",
    "# Built by tools/build_actor_lexicon.py from lexicon_src/ (hand, source=hand), CLDR Arabic"
    " territory names (source=cldr, Unicode licence)",
    "# and converted, cleaned OEDA Arabic CAMEO dictionaries (source=oeda; MIT,"
    " (c) Open Event Data Alliance). Do not edit by hand.",
]


class Actor(NamedTuple):
    phrase: str
    code: str
    sector: str
    name: str
    kind: str
    start: str
    end: str
    source: str


class Agent(NamedTuple):
    phrase: str
    sector: str
    name: str
    source: str
    form: str = ""  # "construct": a sound plural in construct (مسؤولي، متمردو), matched only as written


# --------------------------------------------------------------------------- match key
# The package's own normalisation, so the build deduplicates exactly as the matcher matches.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from hadath.arabic.normalize import match_key as word_key, normalize  # noqa: E402
from hadath.arabic.normalize import normalize as normalize_chars  # noqa: E402


def phrase_key(phrase: str) -> str:
    """Match key of a whole phrase (space-separated word keys)."""
    return " ".join(word_key(w) for w in phrase.split())


# --------------------------------------------------------------------------- readers
def read_table(path: Path) -> list[dict[str, str]]:
    """Read a TSV with '#' comment lines and a header row into dicts."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        cells += [""] * (len(header) - len(cells))
        rows.append({h: c.strip() for h, c in zip(header, cells)})
    return rows


def clean_phrase(text: str) -> str:
    """Collapse whitespace, drop superscript alef and surrounding punctuation."""
    text = text.replace("\u0670", "").replace("\u0640", "")
    text = re.sub(r"[\"«»()\[\]]", " ", text)
    return " ".join(text.split())


def load_iso(src: Path) -> dict[str, tuple[str, str]]:
    """alpha-2 -> (alpha-3, English name) from lexicon_src/iso3166.tsv."""
    return {r["alpha2"]: (r["alpha3"], r["name"]) for r in read_table(src / "iso3166.tsv")}


def cldr_countries(iso: dict[str, tuple[str, str]]) -> list[Actor]:
    """Every CLDR Arabic territory name that maps to an ISO alpha-3 code."""
    from babel import Locale  # build-time only

    rows = []
    for a2, name_ar in sorted(Locale("ar").territories.items()):
        if a2 in CLDR_SKIP or a2 not in iso:
            continue
        a3, name_en = iso[a2]
        base = re.sub(r"\s*\(.*?\)\s*", " ", name_ar).replace(" - ", " ").replace("-", " ")
        rows.append(Actor(clean_phrase(base), a3, "", name_en, "country", "", "", "cldr"))
    return rows


def hand_actors(src: Path, iso_names: dict[str, str]) -> list[Actor]:
    """Hand tables: country variants, demonyms, capitals and curated actors."""
    rows: list[Actor] = []
    for r in read_table(src / "country_variants.tsv"):
        rows.append(Actor(r["phrase"], r["code"], "", r["name"], r["kind"] or "country", "", "", "hand"))
    for fname, kind in (("demonyms.tsv", "demonym"), ("capitals.tsv", "capital")):
        for r in read_table(src / fname):
            name = iso_names.get(r["code"], r["name"]) if kind == "demonym" else r["name"]
            rows.append(Actor(r["phrase"], r["code"], "", name, kind, "", "", "hand"))
    for r in read_table(src / "actors.tsv"):
        rows.append(Actor(r["phrase"], r["code"], r["sector"], r["name"], r["kind"],
                          r["from"], r["to"], "hand"))
    return [a._replace(phrase=clean_phrase(a.phrase)) for a in rows]


def hand_agents(src: Path) -> list[Agent]:
    """Hand table of generic role nouns."""
    return [Agent(clean_phrase(r["phrase"]), r["sector"], r["name"], "hand", r.get("form", ""))
            for r in read_table(src / "agents.tsv")]


def load_fixes(src: Path) -> tuple[set[str], dict[str, tuple[str, str]]]:
    """Upstream corrections: (keys to drop, key -> (code, sector) recodes)."""
    drop, recode = set(), {}
    for r in read_table(src / "oeda_fixes.tsv"):
        key = phrase_key(r["phrase"])
        if r["action"] == "drop":
            drop.add(key)
        elif r["action"] == "recode":
            recode[key] = (r["code"], r["sector"])
    return drop, recode


# --------------------------------------------------------------------------- upstream
def upstream_phrase(raw: str) -> str:
    """'أمين_عام_ل_أمة_المتحدة_' -> 'أمين عام أمة المتحدة' (drop standalone clitics)."""
    tokens = [t for t in clean_phrase(raw.replace("_", " ")).split() if t not in CLITIC_TOKENS]
    return " ".join(tokens)


def plausible_phrase(phrase: str) -> bool:
    """Reject empty, Latin/digit-bearing or fragmentary upstream phrases."""
    if not phrase or re.search(r"[A-Za-z0-9.~{}]", phrase):
        return False
    if not re.fullmatch(r"[\u0621-\u064a ]+", phrase):
        return False
    return all(len(normalize_chars(w)) >= 2 for w in phrase.split())


def parse_date(text: str) -> str:
    """'20060520' -> '2006-05-20'; '' for implausible dates."""
    if not re.fullmatch(r"\d{8}", text):
        return ""
    year, month, day = int(text[:4]), int(text[4:6]), int(text[6:])
    if not (1900 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31):
        return ""
    return f"{text[:4]}-{text[4:6]}-{text[6:]}"


def parse_code_spec(spec: str) -> tuple[str, str, str] | None:
    """'IRQGOV 20060520-20150811' -> ('IRQGOV', from, to); invalid ranges become undated."""
    parts = spec.split()
    if not parts or not re.fullmatch(r"[A-Z]{3}(?:[A-Z]{3})*", parts[0]):
        return None
    start = end = ""
    if len(parts) > 1:
        m = re.fullmatch(r"([<>]?)(\d{8})(?:-(\d{8}))?", parts[1])
        if m:
            if m.group(3):
                start, end = parse_date(m.group(2)), parse_date(m.group(3))
            elif m.group(1) == "<":
                end = parse_date(m.group(2))
            else:
                start = parse_date(m.group(2))
            if (start and end and end <= start) or start.startswith("1970-01-01"):
                start = end = ""
    return parts[0], start, end


def split_code(code: str, top_codes: set[str]) -> tuple[str, str] | None:
    """'IRQGOVLEG' -> ('IRQ', 'GOV'); 'MIL' -> ('', 'MIL'); None if unusable."""
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    top = ""
    if chunks[0] in top_codes:
        top, chunks = chunks[0], chunks[1:]
    sectors = [SECTOR_MAP.get(c, c) for c in chunks]
    sectors = [s for s in sectors if s in SECTORS]
    if len(sectors) > 1 and sectors[0] == "CVL":  # CVLELI: civilian elite -> ELI
        sectors = sectors[1:]
    sector = sectors[0] if sectors else ""
    if not top and not sector:
        return None
    return top, sector


def read_upstream_actors(path: Path) -> Iterable[tuple[str, str, str, str]]:
    """Yield (raw phrase, code, from, to) from actor_dict_ar_v5.txt."""
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            current = re.split(r"[\s\[]", line.strip(), maxsplit=1)[0]
        if current is None:
            continue
        for spec in re.findall(r"\[([^\]]*)\]", line):
            parsed = parse_code_spec(spec)
            if parsed:
                yield (current, *parsed)


ORG_WORDS = {
    "حزب", "حركة", "جبهة", "وزارة", "شركة", "مجلس", "منظمة", "حكومة", "جيش", "قوة", "قوات",
    "هيئة", "اتحاد", "جمعية", "مؤتمر", "تنظيم", "جماعة", "لجنة", "محكمة", "صحيفة", "جريدة",
    "وكالة", "مكتب", "بلدية", "سلطة", "رئاسة", "ائتلاف", "تحالف", "برلمان", "كتائب", "شرطة",
    "مجلة", "قناة", "جامعة", "بنك", "مصرف", "ديوان", "الديوان", "إدارة", "سفارة", "قصر",
    "رئيس", "وزير", "سفير", "متحدث", "مسؤول", "قائد", "نائب", "شعب", "مجموعة", "تيار",
}
PLACE_WORDS = {
    "منطقة", "مدينة", "محافظة", "إقليم", "اقليم", "جزيرة", "جبل", "ساحة", "قرية", "ولاية",
    "بلدة", "حي", "شارع", "ميناء", "مطار", "مخيم", "أرض", "ارض", "شمال", "جنوب", "شرق", "غرب",
}


def guess_kind(phrase: str, sector: str, dated: bool) -> str:
    """Heuristic kind for an upstream actor (upstream does not record it)."""
    words = phrase.split()
    if words[0] in PLACE_WORDS:
        return "place"
    if words[0] in ORG_WORDS:
        return "institution" if sector in {"GOV", "LEG", "JUD", "MIL", "COP", "SPY"} else "group"
    if dated or {"بن", "أبو", "ابو", "عبد"} & set(words):
        return "person"
    if len(words) == 1 and not sector:
        return "place"
    return "person" if len(words) > 1 else "group"


def convert_upstream_actors(path: Path, top_codes: set[str], fixes) -> tuple[list[Actor], list[Agent]]:
    """Clean upstream actors; sector-only entries become agents (multi-word ones only)."""
    drop, recode = fixes
    actors, agents = [], []
    for raw, code, start, end in read_upstream_actors(path):
        phrase = upstream_phrase(raw)
        key = phrase_key(phrase)
        if not plausible_phrase(phrase) or key in drop:
            continue
        split = split_code(code, top_codes)
        if split is None:
            continue
        top, sector = split
        if key in recode:
            top, sector = recode[key][0], recode[key][1] or sector
        if top:
            kind = guess_kind(phrase, sector, bool(start or end))
            actors.append(Actor(phrase, top, sector, "", kind, start, end, "oeda"))
        elif len(phrase.split()) > 1:
            agents.append(Agent(phrase, sector, "", "oeda"))
    return actors, agents


def convert_upstream_agents(path: Path, fixes) -> list[Agent]:
    """Clean agents.all.ar_v4.txt: multi-word entries with a usable sector."""
    drop, _ = fixes
    agents = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\S+)\s+\[~([A-Z]+)\]\s*$", line)
        if not m:
            continue
        phrase = upstream_phrase(m.group(1))
        if len(phrase.split()) < 2 or not plausible_phrase(phrase) or phrase_key(phrase) in drop:
            continue
        split = split_code(m.group(2), set())
        if split and split[1]:
            agents.append(Agent(phrase, split[1], "", "oeda"))
    return agents


# --------------------------------------------------------------------------- merging
def merge_intervals(spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Union overlapping date ranges; '' means open. An undated span absorbs all."""
    if ("", "") in spans:
        return [("", "")]
    lo, hi = "0000-00-00", "9999-99-99"
    norm = sorted((s or lo, e or hi) for s, e in spans)
    merged: list[list[str]] = []
    for s, e in norm:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [("" if s == lo else s, "" if e == hi else e) for s, e in merged]


def merge_actors(rows: list[Actor], agent_keys: set[str] = frozenset()) -> list[Actor]:
    """Hand/CLDR keys (and hand agent keys) shadow oeda; dedupe hand/CLDR per (spelling, code, sector,
    from, to) and oeda per (key, code, sector, from, to);
    merge oeda ranges.  A generic role noun of the hand agent table (وزارة الداخلية) must not pick up
    an upstream country code."""
    protected = {phrase_key(r.phrase) for r in rows if r.source != "oeda"} | set(agent_keys)
    best: dict[tuple, Actor] = {}
    oeda_groups: dict[tuple, list[Actor]] = defaultdict(list)
    for r in rows:
        key = phrase_key(r.phrase)
        if r.source == "oeda":
            if key not in protected:
                oeda_groups[(key, r.code, r.sector)].append(r)
            continue
        # hand and CLDR spellings of one key are all kept: a one-word name matches only its own spelling
        ident = (normalize(r.phrase), r.code, r.sector, r.start, r.end)
        if ident not in best or SOURCE_RANK[r.source] < SOURCE_RANK[best[ident].source]:
            best[ident] = r
    for (key, code, sector), group in oeda_groups.items():
        first = min(group)
        spans = merge_intervals([(g.start, g.end) for g in group])
        for s, e in spans:
            best[(key, code, sector, s, e)] = first._replace(start=s, end=e)
    # Undated sector-less oeda rows are redundant next to a sectored undated row of the same code.
    sectored = {(k, c) for (k, c, s, a, b), r in best.items() if s and not a and not b}
    return sorted(r for (k, c, s, a, b), r in best.items()
                  if not (r.source == "oeda" and not s and not a and not b and (k, c) in sectored))


def merge_agents(rows: list[Agent], actor_keys: set[str]) -> list[Agent]:
    """Hand keys shadow oeda; oeda agents that collide with an actor phrase are dropped; hand rows are
    deduped per (spelling, sector), oeda rows per (key, sector)."""
    hand_keys = {phrase_key(r.phrase) for r in rows if r.source == "hand"}
    best: dict[tuple, Agent] = {}
    for r in rows:
        key = phrase_key(r.phrase)
        if r.source == "oeda" and (key in hand_keys or key in actor_keys):
            continue
        # hand spellings of one key are all kept (المعارضة "opposition", المعارضون "opponents"): a role noun
        # in ة matches only words in ة
        ident = (normalize(r.phrase) if r.source == "hand" else key, r.sector)
        if ident not in best or SOURCE_RANK[r.source] < SOURCE_RANK[best[ident].source]:
            best[ident] = r
    return sorted(best.values())


# --------------------------------------------------------------------------- output
def validate_actor(r: Actor, top_codes: set[str]) -> None:
    """Fail loudly on malformed hand data."""
    problems = []
    if r.code not in top_codes:
        problems.append(f"code {r.code!r}")
    if any(s not in SECTORS for s in r.sector.split()):
        problems.append(f"sector {r.sector!r}")
    if r.kind not in KINDS:
        problems.append(f"kind {r.kind!r}")
    for d in (r.start, r.end):
        if d and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
            problems.append(f"date {d!r}")
    if not r.phrase:
        problems.append("empty phrase")
    if problems:
        raise SystemExit(f"bad actor row {r}: {', '.join(problems)}")


def write_tsv(path: Path, columns: list[str], rows: Iterable[tuple]) -> None:
    """Write header notes, a header row and the rows (tabs/newlines never inside cells)."""
    lines = HEADER_NOTE + ["\t".join(columns)]
    lines += ["\t".join(str(c) for c in row) for row in rows]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Command-line options."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared",
                    help="shared/ directory holding lexicons/upstream (default: ../shared)")
    ap.add_argument("--src", type=Path, default=SRC_DIR, help="hand tables (lexicon_src)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output data directory")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Build both lexicons and print counts."""
    args = parse_args(argv)
    upstream = args.shared / "lexicons" / "upstream"
    iso = load_iso(args.src)
    top_codes = {a3 for a3, _ in iso.values()} | NONSTATE_TOP
    iso_names = {a3: name for a3, name in iso.values()}
    fixes = load_fixes(args.src)

    hand = hand_actors(args.src, iso_names)
    cldr = cldr_countries(iso)
    for r in hand + cldr:
        validate_actor(r, top_codes)
    oeda_actors, oeda_agents_a = convert_upstream_actors(
        upstream / "actor_dict_ar_v5.txt", top_codes, fixes)
    oeda_agents_b = convert_upstream_agents(upstream / "agents.all.ar_v4.txt", fixes)

    agents_hand = hand_agents(args.src)
    actors = merge_actors(hand + cldr + oeda_actors, {phrase_key(a.phrase) for a in agents_hand})
    for a in agents_hand:
        if a.sector and a.sector not in SECTORS:
            raise SystemExit(f"bad agent sector: {a}")
    agents = merge_agents(agents_hand + oeda_agents_a + oeda_agents_b,
                          {phrase_key(r.phrase) for r in actors})

    write_tsv(args.out / "actors.tsv", ACTOR_COLUMNS, actors)
    write_tsv(args.out / "agents.tsv", AGENT_COLUMNS, agents)

    print(f"actors.tsv: {len(actors)} rows")
    for (kind, source), n in sorted(Counter((r.kind, r.source) for r in actors).items()):
        print(f"  {kind:<12} {source:<5} {n}")
    print(f"agents.tsv: {len(agents)} rows")
    for source, n in sorted(Counter(r.source for r in agents).items()):
        print(f"  {source:<5} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
