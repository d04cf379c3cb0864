"""The offline gazetteer (gazetteer.tsv, built by tools/build_gazetteer.py), compiled into a name trie."""

from __future__ import annotations

from dataclasses import dataclass

from ..arabic.normalize import normalize
from .compile import Trie, _rows


@dataclass(frozen=True, slots=True)
class GazEntry:
    """One place of the gazetteer."""

    geonameid: int | None
    name: str
    country: str  # ISO 3166-1 alpha-2
    iso3: str  # countries only
    feature: str
    lat: float | None
    lon: float | None
    population: int
    admin1: str


def place_key(name: str) -> tuple[str, ...]:
    """The lookup key of a place name: its normalised words, the article ال kept (الخرج is not خرج)."""
    return tuple(normalize(name).split())


class Gazetteer:
    """Places by id and a trie from normalised name words to (entry, needs a place noun) pairs."""

    def __init__(self) -> None:
        self.trie = Trie()
        self.by_id: dict[int, GazEntry] = {}
        self.iso3: dict[str, str] = {}  # alpha-2 → alpha-3
        self.iso2: dict[str, str] = {}  # alpha-3 → alpha-2

    @classmethod
    def load(cls) -> "Gazetteer":
        """The packaged gazetteer."""
        return cls.from_rows(_rows("gazetteer.tsv"))

    @classmethod
    def from_rows(cls, rows: list[dict[str, str]]) -> "Gazetteer":
        """Compile gazetteer rows (the TSV's columns as dicts)."""
        gaz = cls()
        for r in rows:
            entry = GazEntry(int(r["geonameid"]) if r.get("geonameid") else None, r.get("name", ""),
                             r.get("country", ""), r.get("iso3", ""), r.get("feature", "PPL"),
                             float(r["lat"]) if r.get("lat") else None, float(r["lon"]) if r.get("lon") else None,
                             int(r.get("population") or 0), r.get("admin1", ""))
            if entry.geonameid is not None:
                gaz.by_id[entry.geonameid] = entry
            if entry.iso3:
                gaz.iso3[entry.country] = entry.iso3
                gaz.iso2[entry.iso3] = entry.country
            seen: set[tuple[str, ...]] = set()
            for name in r.get("names", "").split("|"):
                needs_cue = name.startswith("?")  # a place only after a place noun (مدينة، محافظة…) or in a dateline
                key = place_key(name.lstrip("?"))
                if key and key not in seen:
                    seen.add(key)
                    gaz.trie.add(key, (entry, needs_cue))
        return gaz


@dataclass(frozen=True)
class PlaceWords:
    """Words around toponyms (place_words.tsv), normalised, by class."""

    place_noun: frozenset[str]
    name_word: frozenset[str]
    state_word: frozenset[str]
    town_word: frozenset[str]
    locative: frozenset[str]
    institution: frozenset[str]  # nouns whose iḍāfa names an organisation or a facility (مستشفى جازان)
    admin_noun: dict[str, tuple[str, str, str]]  # word → (English word, level, Saudi level)
    admin_list: frozenset[str] = frozenset()  # the plural and dual admin nouns, which open a list of units
    admin_saudi: frozenset[str] = frozenset()  # admin nouns that name a unit only in Saudi Arabia (منطقة)
    idioms: frozenset[tuple[str, str]] = frozenset()  # (name, next word): an idiom, no place (مسقط رأسه)
    destination: frozenset[str] = frozenset()  # the words before the place a visit goes to (إلى، لـ)
    direction: frozenset[str] = frozenset()  # a direction word before a place: an event near it (شمال العراق، قرب الرمادي)
    seat: frozenset[str] = frozenset()  # a party a place in في/بـ after it seats, no place of its acts (سفيرها في طهران)
    topic: frozenset[str] = frozenset()  # a matter a place in في/بـ after it describes (مستجدات الوضع في اليمن)
    away: frozenset[str] = frozenset()  # before a place noun: whence or whither (من مدينة، باتجاه مدينة), no place
    part: frozenset[str] = frozenset()  # before من: a part or the nearness of a place (بالقرب من مدينة), a place still
    extent: frozenset[str] = frozenset()  # a noun of a country's extent (مناطق، مستوى، أسواق): «المملكة» after it is where
    unit_noun: frozenset[str] = frozenset()  # a unit noun: the next name is a toponym, listed or not (بمحافظة العيص)
    quarter_noun: frozenset[str] = frozenset()  # a quarter's noun: its definite name is a toponym (بحي الروضة)
    camp_noun: frozenset[str] = frozenset()  # a camp's noun: a common word or a name after it is the camp's (معسكر بدر)
    name_head: frozenset[str] = frozenset()  # a two-word place name's first word after a unit noun (محافظة بني حسن)
    unit_not_name: frozenset[str] = frozenset()  # a word after a unit noun that is no name (مديرية الدفاع المدني)

    @classmethod
    def load(cls) -> "PlaceWords":
        """The packaged place words."""
        from ..errors import LexiconError

        by: dict[str, set[str]] = {"place_noun": set(), "name_word": set(), "state_word": set(), "town_word": set(), "locative": set(), "destination": set(), "direction": set(),
                                   "institution": set(), "seat": set(), "topic": set(), "away": set(),
                                   "part": set(), "extent": set(), "unit_noun": set(), "quarter_noun": set(),
                                   "camp_noun": set(), "name_head": set(), "unit_not_name": set()}
        admin: dict[str, tuple[str, str, str]] = {}
        lists: set[str] = set()
        saudi_only: set[str] = set()
        idioms: set[tuple[str, str]] = set()
        for row in _rows("place_words.tsv"):
            word, kind, value = normalize(row.get("word", "")), row.get("class", ""), row.get("value", "")
            if kind == "admin_noun":
                parts = value.split()
                saudi = next((p[3:] for p in parts if p.startswith("SA=")), parts[1])
                admin[word] = (parts[0], parts[1], saudi)
                if "list" in parts:
                    lists.add(word)
                if "SA-only" in parts:
                    saudi_only.add(word)
            elif kind == "idiom":
                idioms.add((word, normalize(value)))
            elif kind in by:
                by[kind].add(word)
            else:
                raise LexiconError(f"place_words.tsv: unknown class {kind!r}")
        return cls(**{k: frozenset(v) for k, v in by.items()}, admin_noun=admin, admin_list=frozenset(lists),
                   admin_saudi=frozenset(saudi_only), idioms=frozenset(idioms))
