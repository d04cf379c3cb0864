#!/usr/bin/env python3
"""Validate src/hadath/lexicon/data/triggers.tsv (build-time only; not shipped).

Checks: the version comment and header, the 16 PLOVER event types all present, PLOVER modes allowed
for each type, CAMEO codes that map to the row's type, pos / prep / gen values, verb forms with
exactly one "|" before the optional ";" (the imperfect after it may be empty: a past-only row, أنذر|),
noun forms without the article, context names from the PLOVER manual's context list (joined by "|", no
repeats; empty when none), tail / unless / not_after words in Arabic letters (the tail's alternatives joined by
"|", none empty or repeated), a note on every row, and no duplicate (event, pos, forms, tail), each alternative
of a tail counted as a tail of its own. Prints counts per type; exits 1 on any error. Warns (without failing) of a
tail / unless / not_after word whose match key is that of a frequent function word it is not (فيه and في, الذي
and ذي, الله and له): the coder compares keys, so such a word also matches the function word.

Usage: python tools/check_triggers.py [path/to/triggers.tsv] [--quiet]
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

DEFAULT = Path(__file__).resolve().parent.parent / "src" / "hadath" / "lexicon" / "data" / "triggers.tsv"
COLUMNS = ["event", "mode", "cameo", "pos", "forms", "prep", "gen", "tail", "unless", "not_after", "context",
           "note"]

# PLOVER event types and the modes the PLOVER manual (Draft 0.8, ch. "Event Categories") lists.
MODES: dict[str, set[str]] = {
    "AGREE": set(),
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "SUPPORT": set(),
    "CONCEDE": set(),
    "COOPERATE": set(),
    "AID": set(),
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                "unconventional"},
}

# PLOVER contexts: the manual's table "General contexts" (section "Context codes that can be used with any
# category"), names exactly as written there. CAMEO2PLOVER-2021's extra names (humanitarian, democracy) are
# not in the manual and are not allowed.
CONTEXTS = {
    "military", "intelligence", "executive", "legislative", "election", "political_institutions",
    "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights", "rights_freedoms",
    "repression", "human_security", "gender", "lgbt", "religion_ethnicity", "inequality", "diplomatic",
    "territory", "peacekeeping", "health", "asylum", "migration", "disasters", "natural_resource",
    "environment", "technology", "terrorism", "cbrn", "cyber", "misinformation", "crime", "corruption",
    "illegal_drugs", "trafficking",
}

# CAMEO code → PLOVER type, after CAMEO2PLOVER-2021: by root, then the exceptions (longest prefix wins).
# CAMEO 02 (appeals), which the table leaves out, are REQUESTs in PLOVER ("all requests, demands, orders").
CAMEO_ROOTS = {"03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID",
               "08": "CONCEDE", "09": "ACCUSE", "02": "REQUEST", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT",
               "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE",
               "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT"}
CAMEO_EXCEPTIONS = {"084": "RETREAT", "085": "RETREAT", "086": "RETREAT", "087": "RETREAT",
                    "0813": "RETREAT", "0814": "RETREAT", "163": "COERCE", "1712": "ASSAULT",
                    "175": "ASSAULT", "191": "COERCE", "192": "COERCE"}
# Deliberate departures from the table, each backed by the PLOVER manual.
CAMEO_ALLOWED_EXTRA = {
    ("SANCTION", "163"),  # manual: international sanctions are SANCTION 'discontinue' (table: COERCE)
}

POS = {"verb", "noun"}
GEN = {"actor", "recipient", "-"}
PREPS = {"على", "ضد", "مع", "إلى", "ل", "ب", "من", "عن", "في", "بين", "لدى", "نحو", "تجاه", "أمام", "قرب", "عند"}
ARABIC_WORD = re.compile(r"^[\u0621-\u064A]+$")
# Frequent function words whose keys a listed word may share by accident (a key drops ال, a final ه or ا).
FUNCTION_WORDS = ("في", "من", "على", "إلى", "عن", "مع", "أن", "إن", "له", "لها", "به", "بها", "ذي", "تي", "ما",
                  "لا", "كل", "هذا", "ذلك", "قد", "لم", "لن", "بعد", "قبل", "عند", "منذ", "حتى", "بين")
# Short words whose key is also that of a frequent longer word: listed, they match it as well (ذي matches الذي).
SHORT_KEYS = {"ذي": "الذي", "تي": "التي", "له": "الله"}


def cameo_event(code: str) -> str | None:
    """The PLOVER type a CAMEO code maps to, or None when the code is unknown."""
    for n in range(len(code), 2, -1):
        if code[:n] in CAMEO_EXCEPTIONS:
            return CAMEO_EXCEPTIONS[code[:n]]
    return CAMEO_ROOTS.get(code[:2])


def check_forms(pos: str, forms: str) -> list[str]:
    """Problems with the forms column of one row."""
    errs: list[str] = []
    if not forms:
        return ["empty forms"]
    if pos == "verb":
        main, sep, irregular = forms.partition(";")
        if main.count("|") != 1:
            errs.append(f"verb forms need exactly one '|' before ';': {forms!r}")
        perfect, _, imperfect = main.partition("|")
        # a past-only row leaves the imperfect empty (أنذر|: the imperfect ينذر portends, no ultimatum)
        for part in (perfect, imperfect) if imperfect.strip() else (perfect,):
            if not ARABIC_WORD.match(part.strip() or "-"):
                errs.append(f"verb principal part is not one Arabic word: {part!r}")
        if sep:
            items = [w.strip() for w in irregular.split(",")]
            if not all(items):
                errs.append(f"empty irregular form in {forms!r}")
            for w in items:
                if w and not ARABIC_WORD.match(w):
                    errs.append(f"irregular form is not one Arabic word: {w!r}")
    else:
        if "|" in forms or ";" in forms:
            errs.append(f"noun forms take no '|' or ';': {forms!r}")
        for f in forms.split(","):
            f = f.strip()
            if not f:
                errs.append(f"empty noun form in {forms!r}")
                continue
            for w in f.split():
                if not ARABIC_WORD.match(w):
                    errs.append(f"noun form is not Arabic letters: {w!r}")
            if f.startswith("ال") and len(f) > 4:
                errs.append(f"noun form should be listed without the article: {f!r}")
    return errs


def key_collisions(words: list[str]) -> list[tuple[str, str]]:
    """(word, function word) pairs where a listed word's match key is that of a frequent function word it is not
    (فيه → في), or a short word that is the key of a frequent longer one (ذي → الذي); empty when the package's
    normaliser cannot be imported."""
    try:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
        from hadath.arabic.normalize import normalize, word_key
    except ImportError:
        return []
    keys = {word_key(normalize(f)): f for f in FUNCTION_WORDS}
    out = []
    for w in words:
        n = normalize(w)
        k = word_key(n)
        if k in keys and n != normalize(keys[k]) and k != n:
            out.append((w, keys[k]))
        elif n in SHORT_KEYS:
            out.append((w, SHORT_KEYS[n]))
    return out


def validate(path: Path, warnings: list[str] | None = None) -> tuple[list[str], Counter, Counter]:
    """(errors, rows per type, rows per (type, pos)) for the file at `path`; key collisions are appended to
    `warnings` when given."""
    errors: list[str] = []
    per_type: Counter = Counter()
    per_pos: Counter = Counter()
    seen: dict[tuple[str, str, str, str], int] = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or not re.match(r"^# version: \d+$", lines[0]):
        errors.append("line 1: first line must be '# version: N'")
    header_seen = False
    for no, raw in enumerate(lines, 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if not header_seen:
            header_seen = True
            if cells != COLUMNS:
                errors.append(f"line {no}: header must be {' '.join(COLUMNS)!r} (tab-separated), got {cells}")
            continue
        if len(cells) != len(COLUMNS):
            errors.append(f"line {no}: {len(cells)} columns, expected {len(COLUMNS)}")
            continue
        row = dict(zip(COLUMNS, (c.strip() for c in cells)))
        if any(c != c.strip() for c in cells):
            errors.append(f"line {no}: stray spaces around a cell")
        ev, mode, cameo, pos = row["event"], row["mode"], row["cameo"], row["pos"]
        where = f"line {no} ({ev} {row['forms']})"
        if ev not in MODES:
            errors.append(f"{where}: unknown event type {ev!r}")
            continue
        if mode and mode not in MODES[ev]:
            errors.append(f"{where}: mode {mode!r} not a PLOVER mode of {ev} {sorted(MODES[ev])}")
        if not re.fullmatch(r"\d{3,4}", cameo):
            errors.append(f"{where}: CAMEO code must be 3-4 digits, got {cameo!r}")
        else:
            mapped = cameo_event(cameo)
            if mapped != ev and (ev, cameo) not in CAMEO_ALLOWED_EXTRA:
                errors.append(f"{where}: CAMEO {cameo} maps to {mapped}, not {ev}")
        if pos not in POS:
            errors.append(f"{where}: pos must be verb or noun, got {pos!r}")
            continue
        errors.extend(f"{where}: {e}" for e in check_forms(pos, row["forms"]))
        prep = row["prep"]
        if prep not in ("obj", "-"):
            for p in prep.split("|"):
                if p != "obj" and p not in PREPS:
                    errors.append(f"{where}: prep {p!r} not obj, - or one of {sorted(PREPS)}")
        if row["gen"] not in GEN:
            errors.append(f"{where}: gen must be actor, recipient or -, got {row['gen']!r}")
        if pos == "verb" and row["gen"] != "-":
            errors.append(f"{where}: gen must be '-' for verbs")
        tails = row["tail"].split("|")  # alternative tail phrases (ضبط … عنصر|عناصر|متهم)
        if len(tails) > 1 and (not all(t.strip() for t in tails) or len(set(tails)) != len(tails)):
            errors.append(f"{where}: empty or repeated tail alternative in {row['tail']!r}")
        for col in ("tail", "unless", "not_after"):
            words = " ".join(tails).split() if col == "tail" else row[col].split()
            for w in words:
                if not ARABIC_WORD.match(w):
                    errors.append(f"{where}: {col} word is not Arabic letters: {w!r}")
            if warnings is not None:
                warnings.extend(f"{where}: {col} word {w!r} shares its key with {f!r} and matches it too"
                                for w, f in key_collisions(words))
        if row["context"]:
            names = row["context"].split("|")
            for c in names:
                if c not in CONTEXTS:
                    errors.append(f"{where}: context {c!r} is not a PLOVER manual context")
            if len(set(names)) != len(names):
                errors.append(f"{where}: repeated context in {row['context']!r}")
        if not row["note"]:
            errors.append(f"{where}: note (English gloss) is required")
        for tail in tails:  # each alternative of the tail is a row of its own for the coder
            key = (ev, pos, row["forms"], tail.strip())
            if key in seen:
                errors.append(f"{where}: duplicate of line {seen[key]} (same event, pos, forms, tail {tail!r})")
            else:
                seen[key] = no
        per_type[ev] += 1
        per_pos[(ev, pos)] += 1
    if not header_seen:
        errors.append("no header row")
    for ev in MODES:
        if per_type[ev] == 0:
            errors.append(f"event type {ev} has no rows")
    return errors, per_type, per_pos


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    quiet = "--quiet" in argv
    path = Path(args[0]) if args else DEFAULT
    if not path.is_file():
        print(f"check_triggers: no such file: {path}", file=sys.stderr)
        return 2
    warnings: list[str] = []
    errors, per_type, per_pos = validate(path, warnings)
    if not quiet:
        print(f"{path}: {sum(per_type.values())} rows")
        for ev in MODES:
            print(f"  {ev:<10} {per_type[ev]:>4}  (verb {per_pos[(ev, 'verb')]}, noun {per_pos[(ev, 'noun')]})")
    for w in warnings if not quiet else ():
        print(f"warning: {w}", file=sys.stderr)
    for e in errors:
        print(f"error: {e}", file=sys.stderr)
    if errors:
        print(f"check_triggers: {len(errors)} error(s)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
