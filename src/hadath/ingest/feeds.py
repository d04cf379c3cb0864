"""RSS and Atom feeds, parsed offline with feedparser, one Document per entry.

`iter_feed` never goes to the network: feedparser is given the bytes (wrapped in a stream, so that
they are never taken for a URL or a file name), the DOCTYPE is cut from the prolog before parsing so
that no external DTD or entity can be resolved, and feedparser's SAX parser has external entities
off. An entry's text is its content (content:encoded, Atom content), else its summary; HTML is
turned into text by the extractor, or, when the extractor finds no article in a fragment, by
dropping the markup. Dates are the day as the feed writes it (RFC 822 and ISO dates keep their own
time zone's day: "Sun, 22 May 2016 01:30 +0300" is 2016-05-22, where feedparser's UTC tuple says
the 21st); Arabic dates that feedparser cannot read ("الأحد 22 مايو 2016", Arabic-Indic digits,
٢٢/٠٥/٢٠١٦) are read with the month names of the packaged time words.
"""

from __future__ import annotations

import email.utils
import io
import os
import re
from collections.abc import Callable, Generator, Iterator
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from ..errors import IngestError
from .document import Document, Failure

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "html", "xhtml"})
_DOCTYPE = re.compile(rb"<!DOCTYPE(?:[^\[>]|\[.*?\])*>", re.IGNORECASE | re.DOTALL)
_FIRST_ELEMENT = re.compile(rb"<[A-Za-z_]")
_ISO_DAY = re.compile(r"\s*([0-9]{4})-([0-9]{2})-([0-9]{2})")
_ARABIC = re.compile(r"[\u0600-\u06FF]")
_DMY = re.compile(r"(?<!\d)(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})(?!\d)")
_YMD = re.compile(r"(?<!\d)(\d{4})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?!\d)")
_TOKEN = re.compile(r"\d+|[^\W\d_]+")


def iter_feed(path_or_bytes: Path | str | bytes, *, source: str, extract: Callable[..., Any] | None = None,
              max_bytes: int = 50_000_000) -> Iterator[Document | Failure]:
    """Yield one Document per entry of an RSS or Atom feed (a path, or the feed's bytes), Failures for the rest.

    A file that is not a feed is one Failure(stage="parse", reason="not a feed: …"); an entry with no
    text is a Failure for that entry (offset = its index) and the others go on. `extract(raw, url=,
    content_type=)` turns HTML into text (default: hadath.ingest.html's extract_html, imported on
    first use). A str is a path, like a Path; feeds over `max_bytes` are refused.
    """
    data = yield from _read(path_or_bytes, source, max_bytes)
    if data is None:
        return
    import feedparser

    try:
        parsed = feedparser.parse(io.BytesIO(_without_doctype(data)), resolve_relative_uris=False,
                                  sanitize_html=True)
    except Exception as err:  # feedparser's loose parser can fail on arbitrary bytes
        yield Failure(source, "", "parse", f"not a feed: {type(err).__name__}: {err}")
        return
    if not parsed.get("version") and not parsed.entries:
        why = parsed.get("bozo_exception") or "no RSS channel or Atom feed element"
        yield Failure(source, "", "parse", f"not a feed: {_first_line(why)}")
        return
    feed = parsed.feed
    reader = _Entries(source, extract, feed, parsed.get("bozo_exception"))
    for index, entry in enumerate(parsed.entries):
        yield reader.entry(index, entry)


def _read(path_or_bytes: Path | str | bytes, source: str, max_bytes: int) -> Generator[Failure, None, bytes | None]:
    """The feed's bytes (as the generator's return value), or None after yielding a Failure."""
    if isinstance(path_or_bytes, (bytes, bytearray, memoryview)):
        data = bytes(path_or_bytes)
    else:
        path = Path(os.fspath(path_or_bytes))
        try:
            size = path.stat().st_size
            if size > max_bytes:
                yield Failure(source, "", "open", f"feed of {size} bytes is larger than {max_bytes}; not read")
                return None
            data = path.read_bytes()
        except OSError as err:
            yield Failure(source, "", "open", f"cannot open: {err.strerror or err}")
            return None
    if len(data) > max_bytes:
        yield Failure(source, "", "open", f"feed of {len(data)} bytes is larger than {max_bytes}; not read")
        return None
    if not data.strip():
        yield Failure(source, "", "parse", "not a feed: empty")
        return None
    return data


def _without_doctype(data: bytes) -> bytes:
    """`data` with any DOCTYPE of its prolog (and so every DTD and entity declaration) removed."""
    first = _FIRST_ELEMENT.search(data)
    end = first.start() if first else len(data)
    head = data[:end]
    if b"<!" not in head:
        return data
    return _DOCTYPE.sub(b"", head) + data[end:]


def _first_line(err: object) -> str:
    text = str(err).strip()
    return text.splitlines()[0][:200] if text else type(err).__name__


class _Entries:
    """Turns the entries of one parsed feed into Documents or Failures."""

    def __init__(self, source: str, extract: Callable[..., Any] | None, feed: Any, bozo: Any) -> None:
        self.source = source
        self.extract = extract
        self.feed = feed
        self.bozo = _first_line(bozo) if bozo else None
        self.months: dict[tuple[str, ...], int] | None = None  # loaded at the first Arabic date

    def entry(self, index: int, entry: Any) -> Document | Failure:
        """The Document of one entry, or a Failure when it has no text."""
        offset = str(index)
        link = entry.get("link") or None
        title = self._title(entry)
        text, text_from, problem = self._text(entry, link)
        if not text:
            what = link or title or entry.get("id") or f"entry {index}"
            return Failure(self.source, offset, "extract", f"feed entry {index} has no text: {what}")
        published, date_text = self._date(entry)
        meta: dict[str, Any] = {"text_from": text_from}
        if problem:
            meta["extract_error"] = problem
        for key, value in (("entry_id", entry.get("id")), ("author", entry.get("author")),
                           ("date_text", date_text), ("feed_title", self.feed.get("title")),
                           ("feed_link", self.feed.get("link")), ("bozo", self.bozo)):
            if value:
                meta[key] = value
        return Document(text=text, source=self.source, offset=offset, kind="feed", url=link, title=title,
                        published=published, site=self.feed.get("title") or None,
                        language=entry.get("language") or self.feed.get("language") or None, meta=meta)

    # -- text ----------------------------------------------------------------------------------

    def _title(self, entry: Any) -> str | None:
        title = entry.get("title") or ""
        detail = entry.get("title_detail") or {}
        if detail.get("type") in HTML_TYPES:
            title = _markup_text(title)
        title = " ".join(title.split())
        return title or None

    def _text(self, entry: Any, link: str | None) -> tuple[str, str, str | None]:
        """(text, where it came from, what the extractor said) of the entry's longest content, else its summary."""
        candidates = [c for c in entry.get("content") or [] if (c.get("value") or "").strip()]
        if candidates:
            chosen = max(candidates, key=lambda c: len(c.get("value") or ""))
            value, ctype, where = chosen.get("value"), chosen.get("type"), "content"
        else:
            detail = entry.get("summary_detail") or {}
            value, ctype, where = entry.get("summary") or "", detail.get("type"), "summary"
        if not value.strip():
            return "", where, None
        if (ctype or "").lower() not in HTML_TYPES and not _looks_like_markup(value):
            return value.strip(), where, None
        text, problem = self._extracted(value, link, ctype or "text/html")
        if text:
            return text, where, None
        return _markup_text(value), f"{where} markup", problem

    def _extracted(self, value: str, link: str | None, ctype: str) -> tuple[str, str | None]:
        """The extractor's text of an HTML fragment, or "" and why it gave none."""
        extract = self.extract
        if extract is None:
            from .html import extract_html

            extract = self.extract = extract_html
        try:
            text = (extract(value, url=link, content_type=ctype).text or "").strip()
        except IngestError as err:  # no article found in a fragment: the markup is dropped instead
            return "", str(err) or "no article text"
        except Exception as err:  # an extractor broken by one fragment must not stop the feed
            return "", f"{type(err).__name__}: {err}"
        return text, None if text else "no article text"

    # -- dates ---------------------------------------------------------------------------------

    def _date(self, entry: Any) -> tuple[str | None, str | None]:
        """(YYYY-MM-DD, the date as written) of the entry: published, else updated, else created."""
        first_raw = None
        for key in ("published", "updated", "created"):
            raw = dict.get(entry, key)  # dict.get: no feedparser fallback from one key to another
            parsed = dict.get(entry, f"{key}_parsed")
            if not raw and not parsed:
                continue
            first_raw = first_raw or raw
            day = _written_date(raw) if raw else None
            if day is None and raw and _ARABIC.search(raw):
                day = _arabic_date(raw, self._months())
            if day is None and parsed and (not raw or _year_written(raw, parsed[0])):
                try:
                    day = date(*parsed[:3]).isoformat()
                except (TypeError, ValueError):
                    day = None
            if day:
                return day, raw
        return None, first_raw

    def _months(self) -> dict[tuple[str, ...], int]:
        if self.months is None:
            from ..lexicon.timewords import TimeWords

            words = TimeWords.load()
            self.months = {key: int(tw.classes["month"]) for key, tw in words.phrases.items()
                           if tw.classes.get("month", "").isdigit()}
        return self.months


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _written_date(raw: str) -> str | None:
    """The day of an ISO 8601 or RFC 822 date as written, in its own time zone; None for other forms."""
    iso = _ISO_DAY.match(raw)
    if iso:
        return _day(*(int(g) for g in iso.groups()))
    parts = email.utils.parsedate_tz(raw)
    if parts and parts[0] and parts[1] and parts[2]:
        year = parts[0] + (2000 if parts[0] < 50 else 1900 if parts[0] < 100 else 0)
        return _day(year, parts[1], parts[2])
    return None


def _year_written(raw: str, year: int) -> bool:
    """True when `raw` writes `year` (four digits, or its last two), so a date feedparser made of something else
    ("99999-01-01" read as 9999-12-01) is not believed."""
    return bool(re.search(rf"(?<!\d)(?:{year:04d}|{year % 100:02d})(?!\d)", raw))


def _arabic_date(raw: str, months: dict[tuple[str, ...], int]) -> str | None:
    """The day of an Arabic date ("الأحد 22 مايو 2016", "٢٢ أيار ٢٠١٦", "٢٢/٠٥/٢٠١٦"), or None."""
    from ..arabic.normalize import normalize

    text = normalize(raw)
    numeric = _DMY.search(text)
    if numeric:
        a, b, year = (int(g) for g in numeric.groups())
        day, month = (b, a) if a <= 12 < b else (a, b)  # day first, as Arabic news writes it
        return _day(year, month, day)
    numeric = _YMD.search(text)
    if numeric:
        return _day(*(int(g) for g in numeric.groups()))
    tokens = _TOKEN.findall(text)
    longest = max((len(k) for k in months), default=1)
    for i in range(len(tokens)):
        for size in range(min(longest, len(tokens) - i), 0, -1):
            month = months.get(tuple(tokens[i:i + size]))
            if month is None:
                continue
            before = tokens[i - 1] if i > 0 else ""
            after = tokens[i + size: i + size + 2]
            if before.isdigit() and after and after[0].isdigit() and len(after[0]) == 4:
                found = _day(int(after[0]), month, int(before))  # 22 مايو 2016
            elif len(after) == 2 and after[0].isdigit() and after[1].isdigit() and len(after[1]) == 4:
                found = _day(int(after[1]), month, int(after[0]))  # مايو 22 2016
            else:
                found = None
            if found:
                return found
    return None


def _looks_like_markup(value: str) -> bool:
    return bool(re.search(r"<(p|br|div|span|a|img|strong|em|b|i|ul|li|h[1-6])\b", value[:2000], re.IGNORECASE))


class _TextOfMarkup(HTMLParser):
    """Collects the text of an HTML fragment, a line break at each block element."""

    BLOCKS = frozenset({"p", "br", "div", "li", "ul", "ol", "tr", "table", "blockquote", "section",
                        "article", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "figure", "figcaption"})
    SKIP = frozenset({"script", "style", "noscript", "template"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open a block (a line break) or a skipped element."""
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        """Close a block or a skipped element."""
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        """Keep text outside skipped elements."""
        if not self.skipping:
            self.parts.append(data)


def _markup_text(fragment: str) -> str:
    """The text of an HTML fragment: tags dropped, entities decoded, one paragraph a line."""
    parser = _TextOfMarkup()
    try:
        parser.feed(fragment)
        parser.close()
    except Exception:  # html.parser is lenient; anything it still rejects is read as text
        return " ".join(fragment.split())
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)
