"""Arabic normalisation for matching, always one character in, at most one character out.

The text an analyst reads is never changed: normalisation produces *keys* used to look words
up in lexicons, and every annotation keeps offsets into the original text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

# The invisible direction marks and the byte-order mark that pages put before words (U+200E/F, U+FEFF, U+202A–E,
# U+2066–9): dropped for matching, and a gap between tokens for the tokenizer (tokens._GAP, with U+200B).
INVISIBLE_MARKS = (0x200E, 0x200F, 0xFEFF, *range(0x202A, 0x202F), *range(0x2066, 0x206A))

# The short vowels, tanween, shadda and sukun (U+064B–U+0652) and tatweel (U+0640) that may follow a word's last
# letter as written: stripped (str.rstrip, or a character class) to read that letter.
MARKS = "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0640"

# Harakat, Quranic marks, superscript alef and tatweel, the zero-width (non-)joiners inside a word and the invisible
# marks: dropped for matching.
_DROP = {c: None for c in range(0x064B, 0x0660)}
_DROP.update({0x0670: None, 0x0640: None})
_DROP.update({c: None for c in range(0x06D6, 0x06EE)})
_DROP.update({0x200C: None, 0x200D: None})
_DROP.update(dict.fromkeys(INVISIBLE_MARKS))

_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي",
    "ة": "ه", "ۀ": "ه", "ە": "ه",
    "ؤ": "و", "ئ": "ي",
    "ک": "ك", "ڪ": "ك", "گ": "ك",
    "ڤ": "ف", "پ": "ب", "چ": "ج", "ژ": "ز",
}
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _MAP[chr(0x06F0 + _i)] = str(_i)  # Persian (extended Arabic-Indic) digits

# Presentation forms (isolated, initial, medial, final: ﺃ ﻥ ﻣ), as some pages still encode Arabic: the letter they
# show, folded like it. Ligatures of two letters (ﻻ) are left: they would give two characters for one.
for _cp in (*range(0xFB50, 0xFDFE), *range(0xFE80, 0xFEFD)):
    _n = unicodedata.normalize("NFKC", chr(_cp))
    if len(_n) == 1 and "\u0621" <= _n <= "\u06FF":
        _MAP[chr(_cp)] = _MAP.get(_n, _n)

_TABLE = {ord(k): v for k, v in _MAP.items()}
_TABLE.update(_DROP)
# The same table as a list indexed by code point, every character below the last folded one present (mapped to
# itself where nothing folds it): str.translate looks each character up, and a dict that lacks it raises and
# clears a KeyError; a character past the list's end is left as it is, as by the dict.
_FOLD: list[int | str | None] = [_TABLE.get(c, c) for c in range(max(_TABLE) + 1)]
_FOLDED_FROM = tuple((chr(c), v) for c, v in _TABLE.items() if v is not None)  # (written character, its fold)
_DROPPED_CLASS = re.escape("".join(chr(c) for c, v in _TABLE.items() if v is None))  # what normalising drops


def written_forms(phrase: str) -> str:
    """A regex pattern that finds, in text as written, each stretch whose normal form is the normalised `phrase`:
    every character of it as any character that normalises to it, with characters normalising drops (marks,
    tatweel, joiners) allowed between them; a quick search of the text, before normalising it, for a phrase."""
    between = f"[{_DROPPED_CLASS}]*"
    return between.join("[" + re.escape("".join(sorted(_written(c)))) + "]" for c in phrase)


def _written(char: str) -> set[str]:
    """The characters that normalise to `char` (itself too, when normalising keeps it)."""
    forms = {c for c, folded in _FOLDED_FROM if folded == char}
    if char.translate(_FOLD) == char:
        forms.add(char)
    return forms


def normalize(text: str) -> str:
    """Return `text` folded for matching: no diacritics or tatweel, one alef, ي for ى, ه for ة, ASCII digits."""
    folded = _NORMALS.get(text)  # (a word folded before: most calls, a dict lookup in place of str.translate)
    if folded is None:
        folded = text.translate(_FOLD)
        if len(text) <= _NORMALS_WORD:
            if len(_NORMALS) > _NORMALS_LIMIT:
                _NORMALS.clear()
            _NORMALS[text] = folded
    return folded


# A short text (a word, as the stages ask of tokens: half a million calls a thousand and a half articles, four in five
# for a word asked before) → its normal form. str.translate reads each character through the table, a dozen times a
# dict lookup's cost for a word; longer texts (a phrase, a sentence's window) are folded each time and not kept.
_NORMALS: dict[str, str] = {}
_NORMALS_WORD = 12  # characters: the longest text kept (nine in ten of the calls)
_NORMALS_LIMIT = 50_000  # texts kept (each costs memory for the run; cleared when full)


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """Return the normalised text and, for each of its characters, the offset it came from in `text`."""
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        mapped = _TABLE.get(ord(ch), ch)
        if mapped is None:
            continue
        out.append(mapped)
        offsets.append(i)
    return "".join(out), offsets


def strip_control(text: str) -> str:
    """Replace control characters (except newline and tab) by spaces, keeping length and offsets."""
    return "".join(
        " " if (unicodedata.category(c) == "Cc" and c not in "\n\t") else c for c in text
    )


class WordMemo(dict):
    """Word → `fn(word)`, each word worked out once and then read by a dict lookup in C (news words repeat, and many
    stages ask for the same words); cleared when it holds more than `limit` words (each costs memory for the run)."""

    __slots__ = ("fn", "limit")

    def __init__(self, fn: Callable[[str], str], limit: int) -> None:
        super().__init__()
        self.fn, self.limit = fn, limit

    def __missing__(self, word: str) -> str:
        if len(self) > self.limit:
            self.clear()
        out = self[word] = self.fn(word)
        return out


# normalised word → its `word_key`, the conflation key of one normalised word: no article, no ة/ه, no sound plural
# ending. Both lexicon entries and text words are reduced by this same function, so «الروسية» and «روسي», «قوات» and
# «قوة», «المسلحين» and «مسلح», «جنديا» and «جندي» meet. 200,000 words remembered: the two days of the benchmark, 5,000
# articles, ask for some 130,000 words, and a cache cleared at 100,000 reduced 30,000 of them again.
_WORD_KEYS = WordMemo(lambda word: _word_key(word), 200_000)
# word_key(word): the key, asked of the dict in C (some 400,000 calls a thousand articles; a Python function's call
# cost three times a dict's lookup)
word_key = _WORD_KEYS.__getitem__


def _word_key(word: str) -> str:
    """`word_key` worked out (see _WORD_KEYS)."""
    w = word
    if w.startswith("ال") and len(w) >= 4:
        w = w[2:]
    if w.endswith("يء") and len(w) >= 5 and w[-4] == "ا":
        w = w[:-1]  # a final hamza written after ى (round 102): الطوارىء ← الطوارئ، مبادىء ← مبادئ، لاجىء ← لاجئ; the
        # plural and participle shapes with an alif before (فواعل، فاعل); not فعيل with a clitic (وبريء، للشيء، بمجيء)
    if w.endswith("ه") and len(w) >= 3:
        w = w[:-1]
    elif w.endswith("ا") and len(w) >= 4:
        w = w[:-1]  # accusative tanween written as alif: جنديا ← جندي ، شخصا ← شخص
    if len(w) >= 5 and w.endswith(_NISBA_PLURALS):
        w = w[:-2]  # plural and dual of nisba adjectives: روسيين، عراقيان ← روسي، عراقي
    elif w.endswith("ات") and len(w) >= 4:
        w = w[:-2]
    elif len(w) >= 5 and w.endswith(_SOUND_PLURALS):
        w = w[:-2]
    return w


_NISBA_PLURALS = ("يين", "يون", "يات", "يان")  # (one endswith of a tuple, in C, for a word seen the first time)
_SOUND_PLURALS = ("ون", "ين")


_NISBA_ENDINGS = ("يين", "يون", "يان", "يات", "يه", "يا")


def name_form(word: str, article: bool = True, plural: bool = False) -> str:
    """Return the written form a one-word name must keep: `word_key` without its ة, ات and ون conflations.

    A name matches only words that differ from it by the article (unless `article` is False), by nisba
    or ـيا endings («سورية» «سوريا» «السوري») and, for a `plural` noun of people, by case (ـون/ـين):
    «الحلة» is not «حل», «الرياض» not «الرياضة», «البحرين» not «البحر», «شارون» not «شارة».
    """
    w = word
    if article and w.startswith("ال") and len(w) >= 4:
        w = w[2:]
    for end in _NISBA_ENDINGS:
        if w.endswith(end) and len(w) > len(end) + 1:
            return w[: -len(end)] + "ي"
    if plural and len(w) >= 5 and w.endswith(("ون", "ين")):
        return w[:-2] + "ين"
    return w


def match_key(word: str) -> str:
    """Normalise a raw word and return its conflation key (see `word_key`)."""
    return word_key(normalize(word))


def last_letter(text: str) -> str:
    """The last Arabic letter of a word as written (ء to ي), diacritics, tatweel and anything else after it skipped, or
    "" when it has none: ة is told from ه («سيطرة» → ة, «ستتوجه» → ه), as the normal form no longer does."""
    ch = text[-1:]
    if "\u0621" <= ch <= "\u064A" and ch != "\u0640":
        return ch  # (most words: no mark after the last letter, no loop)
    for ch in reversed(text):
        if "\u0621" <= ch <= "\u064A" and ch != "\u0640":
            return ch
    return ""


def shed_conjunction(norm: str, words: "frozenset[str] | set[str] | None" = None) -> str:
    """A normalised word of three letters without its leading و/ف where what is left is one of `words` (any two
    letters where `words` is None): «وفي» → «في», «وقد» → «قد»; else the word (strip_wa keeps a word of three
    letters whole: «وقت»)."""
    if len(norm) == 3 and norm[0] in "وف" and (words is None or norm[1:] in words):
        return norm[1:]
    return norm
