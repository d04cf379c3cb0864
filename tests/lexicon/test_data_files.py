"""The packaged lexicon data files are well-formed, and none of them ships a gold-standard sentence."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from hadath.records import EVENT_TYPES

DATA_FILES = ("actors.tsv", "agents.tsv", "triggers.tsv", "cues.tsv", "report_weights.tsv", "report_chars.tsv",
              "time_words.tsv",
              "gazetteer.tsv", "ummalqura.tsv", "place_words.tsv", "not_entities.tsv")

# Header columns, as hadath.lexicon.compile reads them (report_weights.tsv has no header: name, value).
HEADERS = {
    "actors.tsv": ["phrase", "code", "sector", "name", "kind", "from", "to", "source"],
    "agents.tsv": ["phrase", "sector", "name", "source", "form"],
    "triggers.tsv": ["event", "mode", "cameo", "pos", "forms", "prep", "gen", "tail", "unless", "not_after", "context",
                    "note"],
    "cues.tsv": ["phrase", "cue"],
    "time_words.tsv": ["word", "class", "value", "note"],
    "gazetteer.tsv": ["geonameid", "name", "country", "iso3", "feature", "lat", "lon", "population", "admin1", "names"],
    "ummalqura.tsv": ["year", "muharram_1", "month_lengths"],
    "place_words.tsv": ["word", "class", "value"],
    "not_entities.tsv": ["form", "label", "note"],
}

# CAMEO agent (role) codes, the sector vocabulary the Arabic gold standards and PLOVER actor records use.
CAMEO_SECTORS = {
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "PTY", "REB", "SEP", "SPY", "UAF",
    "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF",
    "REL", "MOD", "RAD", "AMN", "IRC", "GRP", "UNO", "PKO", "UIS", "IGO", "IMG", "INT", "NGM", "NGO", "SET",
}
# Entity kinds the event coder ranks when it picks a canonical name (stages/events.py).
ACTOR_KINDS = {"person", "group", "institution", "igo", "country", "capital", "demonym", "place"}
SOURCES = {"hand", "cldr", "oeda"}
LATIN = re.compile(r"[A-Za-z]")
CODE = re.compile(r"^(?:[A-Z]{3})?$")
DATE = re.compile(r"^(?:\d{4}-\d{2}-\d{2}|\d{8})?$")


def _read(name: str) -> str:
    return resources.files("hadath.lexicon").joinpath("data", name).read_text("utf-8")


def _table(name: str) -> tuple[list[str], list[list[str]]]:
    """(header, rows) of a data TSV: comment and blank lines skipped, fields split on tabs."""
    lines = [ln for ln in _read(name).splitlines() if ln.strip() and not ln.startswith("#")]
    header, *rows = [ln.split("\t") for ln in lines]
    return header, rows


def _column(name: str, column: str) -> list[str]:
    header, rows = _table(name)
    i = header.index(column)
    return [r[i] for r in rows]


@pytest.mark.parametrize("name", DATA_FILES)
def test_first_line_is_version(name):
    first = _read(name).splitlines()[0]
    assert re.fullmatch(r"# version: \d+", first), (name, first)


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_header_and_field_counts(name):
    header, rows = _table(name)
    assert header == HEADERS[name]
    assert rows, f"{name} has no rows"
    bad = [(i, r) for i, r in enumerate(rows) if len(r) != len(header)]
    assert not bad, f"{name}: rows with a field count other than {len(header)}: {bad[:5]}"


def test_report_weights_rows_and_thresholds():
    rows = [ln.split("\t") for ln in _read("report_weights.tsv").splitlines()
            if ln.strip() and not ln.startswith("#")]
    bad = [r for r in rows if len(r) != 2]
    assert not bad, bad[:5]
    values = {name: float(value) for name, value in rows}  # every value parses as a number
    assert "bias" in values
    thresholds = {k.split(":", 1)[1]: v for k, v in values.items() if k.startswith("threshold:")}
    assert {"ASSAULT", "PROTEST"} <= set(thresholds)
    assert set(thresholds) <= set(EVENT_TYPES)
    for etype, v in thresholds.items():
        assert 0.0 < v < 1.0, (etype, v)


def test_report_chars_rows_are_short_ngrams_with_numbers():
    rows = [ln.split("\t") for ln in _read("report_chars.tsv").splitlines() if ln and not ln.startswith("# ")]
    bias = {r[1]: float(r[2]) for r in rows if r[0] == "bias"}
    assert set(bias) == {"ASSAULT", "PROTEST"}
    grams = [r for r in rows if r[0] != "bias"]
    assert len(grams) > 1000 and all(len(r) == 3 for r in grams)
    # character 2-5-grams of one word ('#' at its edges): no phrase, let alone a sentence, is stored
    assert all(2 <= len(r[0]) <= 5 and " " not in r[0] and "#" not in r[0][1:-1] for r in grams)
    assert all(float(r[1]) >= 1.0 for r in grams)  # idf
    assert sum(float(r[2]) != 0.0 for r in grams) > 1000  # weights


def test_actor_codes_sectors_kinds_dates_sources():
    header, rows = _table("actors.tsv")
    col = {c: i for i, c in enumerate(header)}
    for r in rows:
        assert r[col["phrase"]].strip(), r
        assert CODE.match(r[col["code"]]), r
        assert r[col["sector"]] == "" or r[col["sector"]] in CAMEO_SECTORS, r
        assert r[col["kind"]] in ACTOR_KINDS, r
        assert r[col["source"]] in SOURCES, r
        start, end = r[col["from"]], r[col["to"]]
        assert DATE.match(start) and DATE.match(end), r
        if start and end:
            assert start.replace("-", "") <= end.replace("-", ""), r


def test_not_entities_name_codes_and_sectors_of_the_lexicons():
    codes = set(_column("actors.tsv", "code")) | set(_column("agents.tsv", "sector"))
    header, rows = _table("not_entities.tsv")
    assert rows and all(r[1] in codes and r[0].strip() and r[2].strip() for r in rows), rows


def test_two_word_not_entities_hold_a_lexicon_word():
    """A two-word form is checked where one of its words is matched as a name or role noun: its first (كوبا
    أمريكا) or, for an adjective after its noun, its second (الاجتماعات الدورية); one of them must start one of
    the lexicons' entries, or the form would never apply."""
    from hadath.arabic.normalize import match_key
    from hadath.lexicon import Lexicon

    lex = Lexicon.load()
    pairs = [form.split() for form in _column("not_entities.tsv", "form") if " " in form.strip()]
    assert pairs
    for first, *rest in pairs:
        assert len(rest) == 1 and (match_key(first) in lex.entities.root or match_key(rest[0]) in lex.entities.root), \
            (first, rest)


def test_agent_sectors_and_sources():
    header, rows = _table("agents.tsv")
    col = {c: i for i, c in enumerate(header)}
    for r in rows:
        assert r[col["phrase"]].strip(), r
        # a few hand-written role nouns (المتحدث، قائد…) deliberately carry no sector
        assert r[col["sector"]] == "" or r[col["sector"]] in CAMEO_SECTORS, r
        assert r[col["source"]] in SOURCES, r


def test_sectors_used_are_a_known_subset():
    used = {s for s in _column("actors.tsv", "sector") + _column("agents.tsv", "sector") if s}
    # what the data actually contains today; a new sector should be a deliberate, reviewed addition
    assert used <= CAMEO_SECTORS
    assert {"GOV", "MIL", "COP", "REB", "UAF", "CVL", "MED", "HLH", "LEG", "JUD", "SPY"} <= used


def test_trigger_rows():
    header, rows = _table("triggers.tsv")
    col = {c: i for i, c in enumerate(header)}
    for r in rows:
        assert r[col["event"]] in EVENT_TYPES, r
        assert r[col["pos"]] in ("verb", "noun"), r
        assert r[col["forms"]].strip(), r
        assert re.fullmatch(r"\d{3,4}", r[col["cameo"]]), r
        assert re.fullmatch(r"[a-z-]*", r[col["mode"]]), r
        gen = r[col["gen"]]
        assert gen in ("actor", "recipient", "-"), r
        if r[col["pos"]] == "verb":
            assert gen == "-", r
        prep = r[col["prep"]]
        assert prep == "-" or all(p == "obj" or (p and not LATIN.search(p)) for p in prep.split("|")), r


def test_all_sixteen_event_types_have_triggers():
    events = _column("triggers.tsv", "event")
    assert len(EVENT_TYPES) == 16
    assert set(events) == set(EVENT_TYPES)


def test_no_latin_letters_in_phrases():
    phrases = (_column("actors.tsv", "phrase") + _column("agents.tsv", "phrase") + _column("cues.tsv", "phrase")
               + _column("triggers.tsv", "forms") + _column("triggers.tsv", "tail"))
    latin = [p for p in phrases if LATIN.search(p)]
    assert not latin, latin[:10]


def test_cue_classes_are_documented():
    doc = next(ln for ln in _read("cues.tsv").splitlines() if ln.startswith("# cue:"))
    # "# cue: a | b | c (a gloss)": the class is the first word of each item
    documented = {c.split("(")[0].strip() for c in doc.split(":", 1)[1].split("|")}
    used = set(_column("cues.tsv", "cue"))
    assert used <= documented, used - documented
    for phrase in _column("cues.tsv", "phrase"):
        assert phrase.strip(), phrase


def test_no_gold_sentence_is_shipped(shared_dir):
    gold = shared_dir / "gold"
    if not gold.is_dir():
        pytest.skip(f"{gold} is absent")
    data = "\n".join(_read(name) for name in DATA_FILES)
    data_ws = " ".join(data.split())
    texts = set()
    for path in sorted(gold.glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                text = json.loads(line).get("text") or ""
                if len(text.split()) >= 8:
                    texts.add(text)
    assert texts, "no gold sentences found"
    leaked = [t for t in texts if t in data or " ".join(t.split()) in data_ws]
    assert not leaked, leaked[:3]


def test_time_word_classes_are_known_and_documented():
    from hadath.lexicon.timewords import CLASSES

    header = " ".join(ln for ln in _read("time_words.tsv").splitlines() if ln.startswith("#"))
    used = set(_column("time_words.tsv", "class"))
    assert used <= CLASSES, used - CLASSES
    assert all(c in header for c in CLASSES)


def test_gazetteer_rows():
    header, rows = _table("gazetteer.tsv")
    features = {"PCLI", "PPLC", "PPL", "ADM1", "ADM2", "AREA", "SITE", "CONT", "SEA", "STRT"}
    borderless = {"CONT", "SEA", "STRT", "AREA"}
    ids = set()
    for r in rows:
        row = dict(zip(header, r))
        assert row["feature"] in features, row
        assert re.fullmatch(r"[A-Z]{2}", row["country"]) or (row["feature"] in borderless and not row["country"]), row
        if row["lat"] or row["feature"] not in borderless | {"PCLI"}:  # a few uninhabited territories have no cities to centre on
            assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180, row
        names = row["names"].split("|")
        assert names and all(n.lstrip("?") and not LATIN.search(n) for n in names), row
        if row["geonameid"]:
            assert row["geonameid"] not in ids, row
            ids.add(row["geonameid"])
        else:
            assert row["feature"] in ("ADM1", "ADM2", "SITE") or row["feature"] in borderless, row
    assert len(rows) > 5000


def test_function_word_classes_are_all_listed_in_the_header() -> None:
    """Every class of function_words.tsv is named in its header's class list, and every listed class has rows."""
    lines = resources.files("hadath.lexicon.data").joinpath("function_words.tsv").read_text(encoding="utf-8")
    lines = lines.splitlines()
    header = next(line for line in lines if line.startswith("#") and "class:" in line)
    listed = {c.strip() for c in header.split("class:", 1)[1].split("|") if c.strip()}
    used = {line.split("\t")[1] for line in lines
            if line and not line.startswith("#") and "\t" in line and not line.startswith("word\t")}
    assert used - listed == set(), "classes with rows but missing from the header's class list"
    assert listed - used == set(), "classes in the header's list with no rows"
