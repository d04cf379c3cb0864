"""Reading the CLI's inputs: plain text or JSONL records, from a file or standard input."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from .article import Article


@dataclass(frozen=True)
class InputProblem:
    """A record that could not be read (or was read with damage): where it was and why."""

    where: str
    reason: str
    skipped: bool = False  # True when the record was left out

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


def decode(data: bytes, where: str, problems: list[InputProblem]) -> str:
    """Bytes to text: UTF-8 (BOM allowed), UTF-16 or UTF-32 with BOM, else windows-1256; bad bytes reported."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):  # before UTF-16: FF FE 00 00 begins with FF FE
        text = data.decode("utf-32", errors="replace")
        if "\ufffd" in text:
            problems.append(InputProblem(where, "damaged UTF-32; bad bytes replaced"))
        return text
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
        if "\ufffd" in text:
            problems.append(InputProblem(where, "damaged UTF-16; bad bytes replaced"))
        return text
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        lenient = data.decode("utf-8", errors="replace")
        if lenient.count("\ufffd") * 5 > len(lenient):  # mostly not UTF-8: try the Arabic code page
            try:
                text = data.decode("cp1256")
                if sum("\u0621" <= c <= "\u064A" for c in text) > len(text) // 4:
                    problems.append(InputProblem(where, "not UTF-8; read as windows-1256"))
                    return text
            except UnicodeDecodeError:
                pass
        problems.append(InputProblem(where, f"invalid UTF-8 at byte {err.start}; bad bytes replaced"))
        return data.decode("utf-8", errors="replace")


_SURROGATE = re.compile("[\ud800-\udfff]")


def scrub(value: str) -> str:
    """`value` with each lone surrogate (a JSON escape such as \\ud800, an undecodable file name's byte) replaced
    by U+FFFD: such a string cannot be written as UTF-8, to a store or to standard output."""
    return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value


def iso_date(value: str) -> str | None:
    """`value` as YYYY-MM-DD when it starts with a real calendar date (2016-05-21, 2016-05-21T10:00), else None."""
    from datetime import date as _date

    try:
        return _date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        return None


def headline(text: str) -> str | None:
    """The first line of a plain-text article when it reads as a title: short, then a blank line."""
    lines = text.lstrip("\ufeff").split("\n", 2)
    if len(lines) >= 3 and 0 < len(lines[0].strip()) <= 200 and not lines[1].strip():
        return lines[0].strip()
    return None


def looks_like_jsonl(text: str) -> bool:
    """True when the first non-empty line of `text` is a JSON object."""
    for line in text.splitlines():
        if line.strip():
            s = line.strip()
            if not (s.startswith("{") and s.endswith("}")):
                return False
            try:
                return isinstance(json.loads(s), dict)
            except ValueError:
                return False
    return False


def read_records(source: str, fmt: str | None, date: str | None,
                 problems: list[InputProblem], stdin: IO[bytes] | None = None) -> Iterator[Article]:
    """Articles from a file path or '-' (stdin): one per JSONL line, or the whole text as one."""
    if source == "-":
        data = (stdin or sys.stdin.buffer).read()
        name, stem = "<stdin>", "stdin"
    else:
        path = Path(source)
        data = path.read_bytes()
        name, stem = str(path), path.stem
    text = decode(data, name, problems)
    if fmt is None:
        fmt = "jsonl" if name.endswith(".jsonl") or looks_like_jsonl(text) else "text"
    if fmt == "text":
        yield Article(text=text, id=stem, published=date, title=headline(text))
        return
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as err:
            problems.append(InputProblem(f"{name}:{lineno}", f"malformed JSON line skipped ({err.msg})", True))
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text", obj.get("content")), str):
            problems.append(InputProblem(f"{name}:{lineno}", "record has no string 'text' field; skipped", True))
            continue
        if _has_surrogates(obj):  # "\ud800" alone: text that no UTF-8 output can hold
            problems.append(InputProblem(f"{name}:{lineno}", "lone surrogate escapes (\\ud800…) replaced by U+FFFD"))
            obj = {k: scrub(v) if isinstance(v, str) else v for k, v in obj.items()}
        rid = obj.get("id")
        raw_date = obj.get("date")
        record_date = iso_date(str(raw_date)) if raw_date else date
        if raw_date and record_date is None:
            problems.append(InputProblem(f"{name}:{lineno}", f"date {raw_date!r} is not YYYY-MM-DD; ignored"))
            record_date = date
        where = f"{name}:{lineno}"
        yield Article(
            text=obj.get("text", obj.get("content")), id=str(rid) if rid is not None else f"{stem}-{lineno}",
            published=record_date, title=_string_field(obj, "title", where, problems),
            url=_string_field(obj, "url", where, problems), source=_string_field(obj, "source", where, problems),
        )


def _has_surrogates(obj: dict) -> bool:
    """True when a string field of a JSON record holds a lone surrogate."""
    return any(isinstance(v, str) and _SURROGATE.search(v) for v in obj.values())


def _string_field(obj: dict, key: str, where: str, problems: list[InputProblem]) -> str | None:
    """The record's `key` field where it is a string; a field of another kind (a number, a list) is ignored with a
    problem recorded, so the article is still coded."""
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return value
    problems.append(InputProblem(where, f"field {key!r} is not a string ({type(value).__name__}); ignored"))
    return None
