"""Arabic morphology for matching: verb inflections from principal parts, clitic variants of a word."""

from __future__ import annotations

from typing import Iterable

from ..arabic.normalize import word_key

_PERFECT_SUFFIXES = ("", "ت", "ا", "تا", "وا", "ن", "نا", "تم", "تما", "تن")
_IMPERFECT_PREFIXES = ("ي", "ت", "ن", "ا")
_IMPERFECT_SUFFIXES = ("", "ون", "ان", "ين", "وا", "ا", "ن")
_OBJECT_SUFFIXES = ("هما", "هم", "هن", "ها", "كم", "نا", "ني", "ه", "ك")
_POSSESSIVE_SUFFIXES = ("هما", "هم", "هن", "ها", "كم", "نا")


def verb_forms(perfect: str, imperfect: str) -> set[str]:
    """All normalised surface forms of a verb given its 3ms perfect and imperfect (e.g. هاجم, يهاجم)."""
    past, present = verb_forms_by_aspect(perfect, imperfect)
    return past | present


def verb_forms_by_aspect(perfect: str, imperfect: str) -> tuple[set[str], set[str]]:
    """(perfect forms, imperfect forms) of a verb, normalised; a form in both counts as perfect."""
    past = {perfect + s for s in _PERFECT_SUFFIXES}
    if perfect[-1:] in ("ي", "ا"):  # defective: رمى → رمت، رموا ؛ دعا → دعت، دعوا، دعوت
        base = perfect[:-1]
        past.update({base + "ت", base + "تا", base + "وا"})
        if perfect.endswith("ا"):
            past.update({base + "وت", base + "ونا", base + "وتم"})
    present: set[str] = set()
    if imperfect:
        stem = imperfect[1:] if imperfect[0] in "يتنا" else imperfect
        for pre in _IMPERFECT_PREFIXES:
            present.update(pre + stem + s for s in _IMPERFECT_SUFFIXES)
            if stem[-1:] in ("ي", "و", "ا"):
                present.update(pre + stem[:-1] + s for s in ("ون", "وا", "ين", "ان"))
    past = {f for f in past if len(f) >= 2}
    return past, {f for f in present if len(f) >= 2} - past


def clitic_variants(norm: str) -> list[tuple[str, str]]:
    """(stem, prefix) readings of a normalised word with و/ف then ب/ك/ل (and لل = ل+ال) taken off.

    The unstripped word comes first, so a lexicon entry that starts with one of these letters wins.
    """
    out = [(norm, "")]
    if len(norm) <= 3:
        return out  # (most function words: nothing is taken off a word of three letters)
    first = norm[0]
    wa = first in "وف"
    if wa:
        out.append((norm[1:], first))
    if norm.startswith("لل"):
        out.append(("ال" + norm[2:], "ل"))
    elif first in "بكل":
        out.append((norm[1:], first))
    if wa and len(norm) > 4:  # the same again past و/ف
        w = norm[1:]
        if w.startswith("لل"):
            out.append(("ال" + w[2:], first + "ل"))
        elif w[0] in "بكل":
            out.append((w[1:], first + w[0]))
    return out


def clitic_forms(stems: Iterable[str]) -> frozenset[str]:
    """Every written word that `clitic_variants` reads as one of `stems` (the inverse of clitic_variants):
    the stem with و/ف, then ب/ك/ل (and لل for ال) before it."""
    stems = set(stems)
    forms = set(stems)  # (each way of writing a stem below is one that clitic_variants reads back to that stem)
    for s in stems:
        if len(s) < 3:
            continue  # (clitic_variants takes nothing off a word of three letters)
        # ب، ك، ل before it: not ل before a stem in ل (للقاء is read ل+القاء)
        inner = [s, "ب" + s, "ك" + s] if s[0] == "ل" else [s, "ب" + s, "ك" + s, "ل" + s]
        if len(s) > 3 and s.startswith("ال"):
            inner.append("لل" + s[2:])
        forms.update(inner)
        forms.update(["و" + w for w in inner])
        forms.update(["ف" + w for w in inner])
    return frozenset(forms)


def cue_variants(norm: str) -> list[str]:
    """Readings of a word for function-word lookup: itself, and without و/ف when two letters remain."""
    if len(norm) >= 3 and norm[0] in "وف":
        return [norm, norm[1:]]
    return [norm]


def key_variants(norm: str) -> list[tuple[str, str]]:
    """(key, prefix) readings of a word for lexicon lookup: clitic variants reduced by `word_key`."""
    return _keyed(clitic_variants(norm))


def _keyed(variants: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (key, prefix) readings of a word's clitic variants: each stem reduced by `word_key`, each key once."""
    if len(variants) == 1:  # (a word with no clitic to take off, most: one key)
        return [(word_key(variants[0][0]), variants[0][1])]
    seen: list[str] = []  # (a list: a word has five readings at most)
    out: list[tuple[str, str]] = []
    for stem, prefix in variants:
        k = word_key(stem)
        if k not in seen:
            seen.append(k)
            out.append((k, prefix))
    return out


def verb_variants(norm: str) -> list[tuple[str, str, bool]]:
    """(form, prefix, future) readings of a word as a verb: و/ف/ل, future س, object pronouns off."""
    out: list[tuple[str, str, bool]] = []
    bases = [(norm, "")]
    if len(norm) > 3 and norm[0] in "وفل" or len(norm) == 3 and norm[0] in "وف":
        bases.append((norm[1:], norm[0]))  # وحث: a doubled verb (حثّ) is written in two letters
        if len(norm) > 4 and norm[1] == "ل" and norm[0] in "وف":
            bases.append((norm[2:], norm[:2]))
    for w, p in bases:
        cands = [(w, False)]
        if len(w) > 3 and w[0] == "س" and (w[1] in "يتن" or w[1] == "ا" and len(w) > 4):
            # (the first person سأفعل keeps three letters past its ا: «سائد» is no future of أيّد, written سيؤيد)
            cands.append((w[1:], True))
        for c, fut in cands:
            out.append((c, p, fut))
            if not c.endswith(_OBJECT_SUFFIXES):
                continue  # (one test in C for all the pronouns: most words end in none)
            for suf in _OBJECT_SUFFIXES:
                if c.endswith(suf) and len(c) - len(suf) >= 3:
                    core = c[: -len(suf)]
                    out.append((core, p, fut))
                    if core.endswith("و"):
                        out.append((core + "ا", p, fut))  # قتلوه → قتلوا
    return out


def has_noun_key(keys: Iterable[str], clitics: list[tuple[str, str]], table) -> bool:
    """True if some key of `noun_keys` (of the word whose `key_variants` keys are `keys` and whose `clitic_variants`
    are `clitics`) is in `table`: the same keys asked in the same order, stopping at the first found, no list made."""
    for key in keys:
        if key in table:
            return True
    for key in keys:
        if key[-1:] == "ت" and len(key) >= 4 and key[:-1] in table:
            return True  # مساعدته → مساعدت → مساعد(ة)
    for stem, _ in clitics:
        if not stem.endswith(_POSSESSIVE_SUFFIXES):
            continue
        for suf in _POSSESSIVE_SUFFIXES:
            if stem.endswith(suf) and len(stem) - len(suf) >= 3:
                core = stem[: -len(suf)]
                if core.endswith("ت"):
                    core = core[:-1] + "ه"  # هجمته ← هجمة
                if word_key(core) in table:
                    return True
                break
    return False


def noun_keys(norm: str, keys: list[tuple[str, str]] | None = None,
              clitics: list[tuple[str, str]] | None = None) -> list[tuple[str, str]]:
    """(key, prefix) readings of a word as a noun: clitics off, then possessive pronouns off. `keys` and `clitics`,
    when given, are the word's `key_variants` and `clitic_variants`, already worked out."""
    if clitics is None:
        clitics = clitic_variants(norm)
    out = _keyed(clitics) if keys is None else keys
    extra: list[tuple[str, str]] = []
    for key, prefix in out:
        if key.endswith("ت") and len(key) >= 4:
            extra.append((key[:-1], prefix))  # مساعدته → مساعدت → مساعد(ة)
    for stem, prefix in clitics:
        if not stem.endswith(_POSSESSIVE_SUFFIXES):
            continue  # (one test in C for all the pronouns first)
        for suf in _POSSESSIVE_SUFFIXES:
            if stem.endswith(suf) and len(stem) - len(suf) >= 3:
                core = stem[: -len(suf)]
                if core.endswith("ت"):
                    core = core[:-1] + "ه"  # هجمته ← هجمة
                extra.append((word_key(core), prefix))
                break
    return out + [e for e in extra if e not in out]
