"""Clause helpers the event coder's roles and its flags both read: where a trigger's clause starts and ends (a
quoted name inside it does not end it), whether a clause break stands between two words, where a trigger's tail
ends, and the shape tests of a word (definite, a function word, a number) they share."""

from __future__ import annotations

from ..lexicon.compile import FunctionWords
from ..records import Mention, Token
from .phrases import _cue_words, strip_wa

_CLAUSE_PUNCT = set(",،;؛:.!?؟()[]{}«»\"“”")
_CLAUSE_BREAKS = set(",،;؛:.!?؟")  # marks that end a clause (not quotes or brackets)
_CLAUSE_REACH = 20  # words looked at each side of a trigger; roles are sought nearer than this
_OPEN_QUOTES, _CLOSE_QUOTES = "«“\"", "»”\""


def _quoted_name(toks: list[Token], k: int, step: int) -> int | None:
    """For a quote mark at token k that opens (step 1) or closes (step -1) a short quoted name of one to three
    words (تنظيم «داعش»، جماعة "أنصار بيت المقدس"): the index of the mark at its other end, else None."""
    if toks[k].text not in (_OPEN_QUOTES if step == 1 else _CLOSE_QUOTES):
        return None
    for n in range(1, 4):
        j = k + step * (n + 1)
        if not 0 <= j < len(toks) or toks[j - step].kind != "ar":
            return None
        if toks[j].text in (_CLOSE_QUOTES if step == 1 else _OPEN_QUOTES):
            return j
    return None


def _bracketed_count(toks: list[Token], k: int, step: int) -> int | None:
    """For a bracket at token k that opens (step 1) or closes (step -1) a figure set in brackets, as the press sets a
    count («قبضت الأجهزة الأمنية على (8) مطلوبين»): the index of the bracket at its other end, else None."""
    j = k + 2 * step
    if toks[k].text != ("(" if step == 1 else ")") or not 0 <= j < len(toks) or toks[k + step].kind != "num":
        return None
    return j if toks[j].text == (")" if step == 1 else "(") else None


def _bracketed_day_mark(toks: list[Token], k: int, step: int) -> int | None:
    """For a bracket at token k that opens (step 1) or closes (step -1) a day word set in brackets after the day it
    names, as the press dates an act («وجهت السلطات الإسرائيلية اليوم (الأحد) اتهامات»، «أمس (السبت)»): the index of the
    bracket at its other end, else None. The one test of a bracketed day: events._bracketed_day reads it too."""
    j = k + 2 * step
    if not (0 <= k < len(toks) and 0 <= j < len(toks)) or toks[k].text != ("(" if step == 1 else ")") \
            or toks[k + step].kind != "ar":
        return None  # (k may stand past the sentence's last token: events._bracketed_day asks at an object's start)
    return j if toks[j].text == (")" if step == 1 else "(") and \
        strip_wa(toks[k + step].norm) in FunctionWords.load().day else None


def _day_comma(toks: list[Token], k: int) -> bool:
    """True for a comma at token k right after a bracketed day (`_bracketed_day_mark`) and before a word that opens no
    clause (no و/ف, no function word): it sets off the date, the verb's object follows («قصفت طائرات التحالف أمس
    (السبت)، مواقع للحوثيين»)."""
    if toks[k].text not in ",،" or k < 3 or k + 1 >= len(toks) or _bracketed_day_mark(toks, k - 1, -1) is None:
        return False
    nxt = toks[k + 1]
    return nxt.kind == "ar" and nxt.norm[:1] not in "وف" and not _function_word(nxt.norm, FunctionWords.load())


def _clause_start(toks: list[Token], i: int) -> int:
    """Index of the first token of the clause holding token i (a quoted name, a bracketed count or day inside it does
    not end it)."""
    k = i - 1
    stop = max(-1, i - _CLAUSE_REACH - 1)
    while k > stop and (toks[k].text not in _CLAUSE_PUNCT or (q := _quoted_name(toks, k, -1)) is not None
                        or (q := _bracketed_count(toks, k, -1)) is not None
                        or (q := _bracketed_day_mark(toks, k, -1)) is not None):
        k = q - 1 if toks[k].text in _CLAUSE_PUNCT else k - 1
    return k + 1


def _clause_end(toks: list[Token], i: int) -> int:
    """Index just past the clause that starts at or before token i (a quoted name, a bracketed count or day inside it
    does not end it)."""
    k = i
    stop = min(len(toks), i + _CLAUSE_REACH)
    while k < stop and (toks[k].text not in _CLAUSE_PUNCT or (q := _quoted_name(toks, k, 1)) is not None
                        or (q := _bracketed_count(toks, k, 1)) is not None
                        or (q := _bracketed_day_mark(toks, k, 1)) is not None or _day_comma(toks, k)):
        k = q + 1 if toks[k].text in "([«“\"" else k + 1
    return k


def _broken(toks: list[Token], a: int, b: int, listed: Mention | None = None) -> bool:
    """True if a clause break (not the full stop of an abbreviation) stands between tokens a and b; a comma right
    before a `listed` verbal noun in و (…، ووقف إطلاق النار) does not break the list it continues."""
    for k in range(a, b):
        if toks[k].text in _CLAUSE_BREAKS and not _abbreviation(toks, k):
            if listed is not None and k + 1 == b and _listed(toks, listed):
                continue
            return True
    return False


def _listed(toks: list[Token], trig: Mention) -> bool:
    """True for an event noun in و right after a comma: the next item of a list (…، ووقف إطلاق النار)."""
    i = trig.tok_start
    return trig.get("pos") == "noun" and trig.get("prefix")[:1] == "و" and i > 0 and toks[i - 1].text in ",،"


def _abbreviation(toks: list[Token], k: int) -> bool:
    """True if the full stop at token k ends a one-letter abbreviation (د. for doctor, م. for engineer)."""
    return toks[k].text == "." and k > 0 and toks[k - 1].kind == "ar" and len(toks[k - 1].norm) == 1


def tail_end_of(trig: Mention) -> int:
    """Token index just past the trigger and its contiguous tail words."""
    end = int(trig.get("tail_end") or 0)  # (the field read once)
    return end if end > trig.tok_end and end - trig.tok_end == len(trig.entry.tail) else trig.tok_end


def _contiguous_tail(trig: Mention) -> bool:
    """True when the trigger's tail words follow it directly (أطلق النار), so they share its span."""
    return tail_end_of(trig) > trig.tok_end


def _definite(norm: str) -> bool:
    """True for a word with the article, after any attached و/ف and preposition (المواطنين، بالسكان، للشرطة)."""
    w = strip_wa(norm)
    return w.startswith(("ال", "لل", "بال", "كال"))


def _function_word(norm: str, fw: FunctionWords) -> bool:
    """True for a word of the closed classes that opens a clause or phrase (عندما، بينما، كما، إذا، لذا)."""
    w = strip_wa(norm)
    return w in fw.cause or w in fw.adverb or w in fw.complementizer or w in fw.preposition or w in fw.pronoun_that \
        or w in _cue_words("lead_in")


def _number(norm: str, fw: FunctionWords) -> bool:
    """True for a number or quantity word (function_words number), with or without و or the article."""
    w = strip_wa(norm)
    return w in fw.number or w.startswith("ال") and w[2:] in fw.number
