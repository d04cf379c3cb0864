"""An Arabic news page to its article: body, title, publication date, URL, site and language.

The body is trafilatura's (precision first, no comments, no tables), with justext as a second opinion
when trafilatura finds nothing or too little; paragraphs are kept apart by blank lines. Related-story
blocks that sit inside the body ("اقرأ أيضاً" and the headlines under it) are cut here, with the
markers of `hadath.arabic.story`, keeping the body paragraphs that follow them.

Metadata are read from the parsed page directly (meta tags, JSON-LD, <time>, <link rel=canonical>),
not by trafilatura's metadata pass, which is slow and may fall back on the crawl date. The
publication date comes, in order of trust, from the page's metadata, from the URL (/2016/05/21/),
or from an Arabic date line near the headline ("السبت 21 مايو 2016", "٢١/٠٥/٢٠١٦", "21 أيار 2016"),
whose month names are those of the packaged `time_words.tsv`.
"""

from __future__ import annotations

import email.utils
import json
import logging
import functools
import re
from copy import deepcopy
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any, Iterator
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from ..arabic.normalize import normalize
from ..arabic.story import page_markers
from ..errors import IngestError
from ..stages.text import guess_language
from .encoding import decode_bytes

for _name in ("trafilatura", "htmldate", "justext", "courlan"):
    logging.getLogger(_name).addHandler(logging.NullHandler())  # no stderr noise from the extractors

TABLES = False
MIN_BODY = 250  # characters: a shorter fast trafilatura body asks for second opinions
MAX_PIECES = 20_000  # text pieces of a page scanned at most for headline, date line and markers
MAX_CHARS = 3_000_000  # characters of markup parsed at most: scripts and styles of bigger pages go first

_PARSER = lxml.html.HTMLParser(collect_ids=False, default_doctype=False, remove_comments=True,
                               remove_pis=True)

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_HTML_TAG = re.compile(
    r"<(?:!doctype\s+html|html|head|body|div|p|br|meta|title|article|section|main|span|a|h[1-6]|"
    r"table|ul|ol|li|script|style|link|header|footer|nav|form|iframe|img|font|center|b|strong)[\s/>]",
    re.I,
)
_FEED = re.compile(r"<(?:rss|feed|rdf:rdf)[\s>]", re.I)
_BULK = re.compile(r"<(script|style|svg|noscript|template)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.I | re.S)


@dataclass(frozen=True)
class Extracted:
    """What an HTML page holds for the coder: the article body and the page's metadata.

    `text` is the article body, paragraphs separated by a blank line ("\\n\\n"); `published` is
    YYYY-MM-DD; `site` the URL's host without "www."; `language` "ar", another ISO 639-1 code when the
    script and words leave no doubt, else None; `encoding` the charset the bytes were read with
    ("unicode" when the page was given as text).
    """

    text: str
    title: str | None
    published: str | None  # YYYY-MM-DD
    url: str | None
    site: str | None
    language: str | None
    encoding: str


# --------------------------------------------------------------------------- sniffing


def looks_like_html(head: bytes) -> bool:
    """True when the first KB of a file reads as an HTML page (doctype, <html>, <head>, <body>, <div>…)."""
    chunk = head[:1024]
    if chunk.startswith((b"\xff\xfe", b"\xfe\xff")) or chunk[:200].count(0) > 20:
        chunk = chunk.replace(b"\x00", b"")  # UTF-16 markup: its ASCII tags lose their NULs
    text = chunk.decode("latin-1").lstrip("\ufeff\xef\xbb\xbf\xff\xfe \t\r\n")
    low = text.lower()
    feed = _FEED.search(low)
    m = _HTML_TAG.search(low)
    if m is None or (feed is not None and feed.start() < m.start()):
        return False
    if low.startswith("<") or "<!doctype html" in low or "<html" in low:
        return True
    return False


# --------------------------------------------------------------------------- metadata


def _meta_tags(tree: Any) -> dict[str, str]:
    """<meta> contents keyed by lower-cased property / name / itemprop (the first one of each wins)."""
    out: dict[str, str] = {}
    for el in tree.iter("meta"):
        content = el.get("content")
        if content is None:
            content = el.get("datetime") or el.get("value")
        if not content or not content.strip():
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = el.get(attr)
            if key:
                out.setdefault(key.strip().lower(), content.strip())
    return out


def _clean_space(text: str) -> str:
    return " ".join(text.split())


_TITLE_SEP = re.compile(r"\s+(?:\||-|–|—|::|«|»|·|•|/|\\)\s+|\s*\|\s*")


def _site_names(meta: dict[str, str], host: str | None) -> list[str]:
    names = [meta.get(k, "") for k in ("og:site_name", "application-name", "twitter:site", "publisher")]
    if host:
        names += [host, host.split(".")[0]]
    return [normalize(n).lower().lstrip("@") for n in names if n and n.strip()]


def _words(text: str) -> int:
    return len(text.split())


def clean_title(title: str, site_names: list[str] | tuple[str, ...] = (),
                shown: set[str] | frozenset[str] = frozenset()) -> str | None:
    """A page title without its " - SiteName" / " | SiteName" suffix (or "SiteName - " prefix).

    `site_names` are the site's names (normalised, lower case); `shown` the short texts the page
    shows (its <h1>, its text pieces): the part of the title the page shows as a headline wins.
    """
    title = _clean_space(title)
    if not title or title in shown:
        return title or None  # the page shows it whole as its headline: "… - فيديو" is the title
    bounds: list[tuple[int, int]] = []
    seps: list[str] = []
    pos = 0
    for m in _TITLE_SEP.finditer(title):
        if m.start() > pos:
            bounds.append((pos, m.start()))
            seps.append(m.group().strip())
        pos = m.end()
    if pos < len(title):
        bounds.append((pos, len(title)))
    n = len(bounds)
    if n <= 1:
        return title

    def span(i: int, j: int) -> str:
        return title[bounds[i][0]: bounds[j][1]].strip()

    best = ""
    for i in range(n):
        for j in range(i, n):
            cand = span(i, j)
            if (i, j) != (0, n - 1) and cand in shown and len(cand) > len(best) and _words(cand) >= 2:
                best = cand
    if best:
        return best

    def is_site(k: int) -> bool:
        key = normalize(span(k, k)).lower().strip(" .")
        return bool(key) and any(key == nm or (len(nm) >= 3 and (nm in key or key in nm)) for nm in site_names)

    i, j = 0, n - 1
    while j > i and is_site(j):
        j -= 1
    while i < j and is_site(i):
        i += 1
    # an unknown short tail after a long title is a site or section name: "… - صحيفة الوطن"
    while j > i and _words(span(j, j)) <= 3 and _words(span(i, j - 1)) >= 4 and not re.search(r"\d", span(j, j)):
        j -= 1
    if j > i and seps[i] == "|" and _words(span(i, i)) <= 3 and _words(span(i + 1, j)) >= 4:
        i += 1  # "الشرق الأوسط | عنوان الخبر"
    return span(i, j) or None


def _first_text(tree: Any, tag: str) -> str | None:
    for el in tree.iter(tag):
        text = _clean_space(el.text_content())
        if text:
            return text
    return None


def _title(tree: Any, meta: dict[str, str], host: str | None, plain: set[str]) -> tuple[str | None, str | None]:
    """(title, h1 text): og:title, else <title>, else <h1>, cleaned of the site's name; `plain` are the
    page's text pieces that are not links."""
    h1 = _first_text(tree, "h1")
    names = _site_names(meta, host)
    shown = {s for s in plain if len(s) <= 400}
    if h1:
        shown.add(h1)
    for raw in (meta.get("og:title"), meta.get("twitter:title"), _first_text(tree, "title")):
        if raw and raw.strip():
            cleaned = clean_title(raw, names, shown)
            if cleaned:
                return cleaned, h1
    return (clean_title(h1, names) if h1 else None), h1


def _absolute(href: str | None, base: str | None) -> str | None:
    if not href or not href.strip():
        return None
    href = href.strip()
    if base:
        href = urljoin(base, href)
    return href if urlsplit(href).scheme in ("http", "https") and urlsplit(href).netloc else None


def _page_url(tree: Any, meta: dict[str, str], given: str | None) -> str | None:
    """The given URL, else <link rel=canonical>, else og:url (relative ones made absolute if possible)."""
    if given and given.strip():
        return given.strip()
    og = _absolute(meta.get("og:url"), None)
    for el in tree.iter("link"):
        if "canonical" in (el.get("rel") or "").lower().split():
            canon = _absolute(el.get("href"), og)
            if canon:
                return canon
    return og


def site_of(url: str | None) -> str | None:
    """The host of `url`, lower-cased, without "www." (None when there is none)."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


# --------------------------------------------------------------------------- dates


def _valid(y: int, m: int, d: int) -> str | None:
    if not 1900 <= y <= 2100:
        return None
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


_ISO = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:[T\s_]|$)")
_DMY = re.compile(r"(?<![\d/.-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?![\d/.-]?\d)")


def parse_date(value: str) -> str | None:
    """YYYY-MM-DD from a metadata value: ISO 8601, 2016/05/21, 20160521, RFC 2822, 21/05/2016, an Arabic date."""
    value = normalize(value.strip())
    if not value:
        return None
    m = _ISO.match(value) or _ISO.search(value[:40])
    if m:
        return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _COMPACT.match(value)
    if m:
        return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    try:
        parsed = email.utils.parsedate(value)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed and parsed[0]:
        return _valid(parsed[0], parsed[1], parsed[2])
    return date_in_text(value)


_META_DATE_KEYS = (
    "article:published_time", "og:article:published_time", "og:published_time", "published_time",
    "article:published", "datepublished", "article.published", "pubdate", "publishdate", "publish-date",
    "publish_date", "publication_date", "original-publish-date", "parsely-pub-date", "sailthru.date",
    "dc.date.issued", "dcterms.issued", "dcterms.created", "dc.date.created", "article_date_original",
    "cxenseparse:recs:publishtime", "dc.date", "date",
)


def _json_ld_dates(tree: Any) -> Iterator[str]:
    for el in tree.iter("script"):
        if (el.get("type") or "").strip().lower() != "application/ld+json" or not el.text:
            continue
        try:
            data = json.loads(el.text, strict=False)
        except ValueError:
            continue
        stack: list[Any] = [data]
        while stack:
            obj = stack.pop(0)
            if isinstance(obj, list):
                stack.extend(obj)
            elif isinstance(obj, dict):
                value = obj.get("datePublished") or obj.get("dateCreated")
                if isinstance(value, str):
                    yield value
                for key in ("@graph", "mainEntity", "itemListElement"):
                    if key in obj:
                        stack.append(obj[key])


_ITEMPROP_PUBLISHED = etree.XPath('//*[@itemprop="datePublished"][not(self::meta)]')


def _meta_date(tree: Any, meta: dict[str, str]) -> str | None:
    """The publication date the page's metadata give: meta tags, JSON-LD, then <time datetime>."""
    for key in _META_DATE_KEYS[:-2]:
        if key in meta and (d := parse_date(meta[key])):
            return d
    for value in _json_ld_dates(tree):
        if d := parse_date(value):
            return d
    times = [el for el in tree.iter("time") if el.get("datetime") or el.get("pubdate") is not None]
    times.sort(key=lambda el: 0 if (el.get("itemprop") == "datePublished" or el.get("pubdate") is not None
                                    or "publish" in (el.get("class") or "").lower()) else 1)
    for el in times:
        if d := parse_date(el.get("datetime") or el.text_content()):
            return d
    for el in _ITEMPROP_PUBLISHED(tree):
        if d := parse_date(el.get("content") or el.get("datetime") or el.text_content()):
            return d
    for key in _META_DATE_KEYS[-2:]:
        if key in meta and (d := parse_date(meta[key])):
            return d
    return None


_URL_YMD = re.compile(r"(?<![\d])((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=[/_.-]|$)")
_URL_COMPACT = re.compile(r"(?<=[/_-])((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)")


def date_from_url(url: str | None) -> str | None:
    """The date a URL's path spells: /2016/05/21/, /2016-05-21-…, /20160521/."""
    if not url:
        return None
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    for rx in (_URL_YMD, _URL_COMPACT):
        for m in rx.finditer(path):
            if d := _valid(int(m.group(1)), int(m.group(2)), int(m.group(3))):
                return d
    return None


@lru_cache(maxsize=1)
def _month_table() -> tuple[dict[str, int], re.Pattern[str]]:
    """Gregorian month names of time_words.tsv (all three series), normalised, and a regex of dates with them."""
    from ..lexicon.timewords import TimeWords

    months: dict[str, int] = {}
    for key, word in TimeWords.load().phrases.items():
        if "month" in word.classes:
            months[" ".join(key)] = int(word.classes["month"])
    alt = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(months, key=len, reverse=True))
    rx = re.compile(
        rf"(?<!\d)(\d{{1,2}})\s*(?:من\s+)?(?:شهر\s+)?(?P<month>{alt})(?![\u0621-\u064A])"
        rf"(?:\s*[/(\-]\s*(?:{alt})(?![\u0621-\u064A])\s*\)?)?\s*[,،]?\s*(?:من\s+)?(?:عام\s+|سنه\s+)?(\d{{4}})(?!\d)"
    )
    return months, rx


def date_in_text(text: str) -> str | None:
    """The first valid Gregorian date in `text`: "21 مايو 2016", "21 أيار (مايو) 2016", "٢١/٠٥/٢٠١٦"."""
    norm = normalize(text)
    months, rx = _month_table()
    found: list[tuple[int, str]] = []
    for m in rx.finditer(norm):
        month = months.get(" ".join(m.group("month").split()))
        if month and (d := _valid(int(m.group(3)), month, int(m.group(1)))):
            found.append((m.start(), d))
            break
    for m in _DMY.finditer(norm):
        a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        d = _valid(y, b, a) or _valid(y, a, b)  # day first, as Arab pages write it; month first if only that fits
        if d:
            found.append((m.start(), d))
            break
    for m in _ISO.finditer(norm):
        if d := _valid(int(m.group(1)), int(m.group(2)), int(m.group(3))):
            found.append((m.start(), d))
            break
    return min(found)[1] if found else None


_SKIP = {"script", "style", "noscript", "template", "svg", "head", "title"}
# Elements trafilatura drops anyway (never <form>: ASP.NET pages wrap everything in one).
_NEVER_BODY = ("script", "style", "noscript", "template", "svg", "nav", "footer", "select", "iframe",
               "button", "input", "textarea", "object", "embed", "canvas", "video", "audio", "map", "link")


@dataclass
class _Page:
    """What one pass over the page's body finds: its visible text pieces in document order, the index
    of the first <h1>'s, the pieces that are not link text (a headline is not a link on its own page;
    menu items are), the elements whose own text is a related-story marker or a comment-section
    heading, and the elements whose class or id says reader comments or cookie banner."""

    segs: list[str]
    h1_at: int | None
    plain: set[str]
    markers: list[Any]
    comment_heads: list[Any]
    comment_boxes: list[Any]


# Classes and ids of reader-comment sections and cookie banners (dropped before extraction).
_COMMENT_ATTR = re.compile(r"[Cc]omment(?!ary)|disqus|(?<![a-z])respond|[Cc]ookie|[Cc]onsent|gdpr")
_BOX_TAGS = frozenset({"div", "section", "aside", "ul", "ol", "form", "iframe"})


def _scan(tree: Any) -> _Page:
    """One walk over the page's body (lxml's iterwalk: start and end events, tails at the end)."""
    page = _Page([], None, set(), [], [], [])
    body = tree.find("body")
    root = body if body is not None else tree
    skip = 0  # depth inside script, style…
    link = 0  # depth inside <a>
    segs, plain = page.segs, page.plain

    def piece(text: str, owner: Any, in_link: bool) -> None:
        stripped = text.strip()
        if not stripped:
            return
        segs.append(stripped)
        if len(stripped) > 400:
            return
        if not in_link:
            plain.add(_clean_space(stripped))
        first = stripped.strip(_MARK_STRIP).split(None, 1)
        if not first:
            return
        word = normalize(first[0]).rstrip(":：-–—|")
        if word in _marker_first() and _marker_kind(stripped):
            page.markers.append(owner)
        elif not in_link and word in _comment_first() and is_comment_heading(stripped):
            page.comment_heads.append(owner)

    for event, el in etree.iterwalk(root, events=("start", "end")):
        if len(segs) >= MAX_PIECES:
            break  # a monster page: its head is enough for headline and date line, the line cut does the rest
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if skip or tag in _SKIP:
                skip += 1
                continue
            if tag == "a":
                link += 1
            elif tag == "h1" and page.h1_at is None:
                page.h1_at = len(segs)
            elif tag in _BOX_TAGS:
                attrs = (el.get("class") or "") + " " + (el.get("id") or "")
                if len(attrs) > 1 and _COMMENT_ATTR.search(attrs):
                    page.comment_boxes.append(el)
            if el.text:
                piece(el.text, el, link > 0)
        else:
            if skip:
                skip -= 1
                if skip:
                    continue
            elif tag == "a":
                link -= 1
            if el.tail and el is not root:
                parent = el.getparent()
                piece(el.tail, parent if parent is not None else el, link > 0)
    return page


def _headline_at(segs: list[str], h1_at: int | None, title: str | None) -> int | None:
    """Index of the headline among the page's text pieces: the first <h1>, else the piece that is the title."""
    if h1_at is not None:
        return h1_at
    if title:
        key = _clean_space(title)
        for i, seg in enumerate(segs):
            if _clean_space(seg) == key:
                return i
    return None


def _date_line(segs: list[str], at: int | None, paragraphs: list[str]) -> str | None:
    """A date in a short text piece just after the headline (else just before it), else in the body's first lines."""
    if at is not None:
        near = segs[at: at + 40] + segs[max(0, at - 10): at][::-1]
        for seg in near:
            if len(seg) <= 120 and (d := date_in_text(seg)):
                return d
    for para in paragraphs[:3]:
        for line in para.split("\n"):
            if len(line) <= 120 and (d := date_in_text(line)):
                return d
    return None


# --------------------------------------------------------------------------- body


@dataclass
class _Line:
    text: str
    link: int = 0  # characters inside links
    head: bool = False  # a heading


_BREAKS = {"p", "head", "item", "list", "quote", "lb", "row", "cell", "div", "code", "table"}


def _lines_of(body: Any) -> list[_Line]:
    """Trafilatura's output tree as lines (one per paragraph, heading, list item or <br> line)."""
    lines: list[_Line] = [_Line("")]

    def add(text: str | None, link: bool) -> None:
        if text:
            lines[-1].text += text
            if link:
                lines[-1].link += len(text.strip())

    def walk(el: Any, link: bool) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        inside = link or tag == "ref"
        if tag in _BREAKS:
            lines.append(_Line("", head=tag == "head"))
        add(el.text, inside)
        for child in el:
            walk(child, inside)
            add(child.tail, link)
        if tag in _BREAKS and tag != "lb":
            lines.append(_Line(""))

    for child in body:
        walk(child, False)
    out = []
    for line in lines:
        text = _clean_space(_CONTROL.sub(" ", line.text) if _CONTROL.search(line.text) else line.text)
        if text:
            out.append(_Line(text, min(line.link, len(text)), line.head))
    return out


@lru_cache(maxsize=2)
def _trafilatura(fast: bool = True) -> tuple[Any, Any]:
    """trafilatura's extractor and our options, built once (imported on first use: it is slow to load).

    Precision first, no comments, no tables, links marked (a line that is mostly links is a teaser),
    no metadata (ours are read directly), output left as a tree ("xml": no text serialisation we
    would not use). `fast` skips trafilatura's own comparison with readability and justext; the slow
    cascade is the second try on a page whose fast extraction comes out short.
    """
    from trafilatura import bare_extraction
    from trafilatura.settings import Extractor

    options = Extractor(output_format="xml", fast=fast, precision=True, comments=False, tables=TABLES,
                        links=True, images=False, formatting=False, dedup=False, with_metadata=False)
    return bare_extraction, options


_LAYOUT_TABLE = etree.XPath(
    "//table[.//div or .//p or .//table or .//h1 or .//h2 or .//h3 or .//ul or .//form or .//article]"
)
_TABLE_PARTS = ("table", "tbody", "thead", "tfoot", "tr", "td", "th")


def _unwrap_layout_tables(tree: Any) -> None:
    """Old sites lay whole pages out in tables: make those tables divs, so that dropping tables (of
    links, of figures) does not drop the article with them. Tables of mere cells stay tables."""
    for table in _LAYOUT_TABLE(tree):
        for el in table.iter(*_TABLE_PARTS):
            if el is table or el.tag != "table":
                el.tag = "div"
            for attr in ("width", "height", "valign", "align", "colspan", "rowspan", "cellpadding", "cellspacing"):
                el.attrib.pop(attr, None)


def _trafilatura_lines(tree: Any, fast: bool = True) -> list[_Line]:
    extract, options = _trafilatura(fast)
    try:
        doc = extract(tree, options=options)
    except Exception:  # noqa: BLE001 - an extractor's bug on odd markup is a page we read otherwise
        return []
    if doc is None or getattr(doc, "body", None) is None:
        return []
    return _lines_of(doc.body)


def _size(lines: list[_Line]) -> int:
    return sum(len(x.text) for x in lines if not _linked(x))


def _body_lines(tree: Any) -> list[_Line]:
    """The article's lines: trafilatura's fast pass; when that comes out short, its full cascade, then
    justext (with its Arabic stop words). A second opinion replaces a short body only when it is at
    least twice as long: a brief of two sentences is a brief, not a fragment to pad with the cookie
    banner."""
    lines = _trafilatura_lines(tree)
    for second in (lambda: _trafilatura_lines(tree, fast=False), lambda: _justext_lines(tree)):
        if _size(lines) >= MIN_BODY:
            break
        other = second()
        if _size(other) >= 2 * _size(lines) and _size(other) > 0:
            lines = other
    return lines


@lru_cache(maxsize=1)
def _justext_stoplist() -> frozenset[str]:
    import justext

    return frozenset(justext.get_stoplist("Arabic"))


def _justext_lines(tree: Any) -> list[_Line]:
    """justext's good paragraphs (its Arabic stop words), as a second opinion."""
    try:
        from justext.core import (ParagraphMaker, classify_paragraphs, preprocessor,
                                  revise_paragraph_classification)

        dom = preprocessor(deepcopy(tree))
        paragraphs = ParagraphMaker.make_paragraphs(dom)
        classify_paragraphs(paragraphs, _justext_stoplist(), 50, 150, 0.1, 0.2, 0.25, True)
        revise_paragraph_classification(paragraphs, 150)
    except Exception:  # noqa: BLE001
        return []
    out = []
    for p in paragraphs:
        if p.is_boilerplate:
            continue
        for piece in _CONTROL.sub(" ", p.text).split("\n"):
            text = _clean_space(piece)
            if text:
                out.append(_Line(text, int(p.links_density() * len(text))))
    return out


_MARK_STRIP = " \t\r\n\u00a0:：-–—|•*#>»«\"'.،…"


@functools.cache
def _marker_first() -> frozenset[str]:
    """First words of the teaser headings (a quick test before the full one)."""
    return frozenset(mk.split()[0] for mk in page_markers("teaser"))


def _marker_kind(text: str) -> str | None:
    """'block' for a teaser-block heading ("اقرأ أيضاً"), 'inline' for "اقرأ أيضاً: headline", else None."""
    if len(text) > 400:
        return None
    first = text.strip(_MARK_STRIP).split(None, 1)
    if not first or normalize(first[0]).rstrip(":：-–—|") not in _marker_first():
        return None
    norm = normalize(text).strip(_MARK_STRIP)
    if len(norm) <= 40 and any(norm == mk or (norm.startswith(mk) and len(norm) - len(mk) <= 4)
                               for mk in page_markers("teaser")):
        return "block"
    for mk in page_markers("teaser"):
        if norm.startswith(mk) and len(norm) > len(mk) and not norm[len(mk)].isalpha() \
                and len(norm[len(mk):].split()) <= 25:
            rest = norm[len(mk):].lstrip()
            if rest[:1] in (":", "-", "–", "—", "|", "«", "\"", "»") or norm[len(mk)] in ":-–—|":
                return "inline"
    return None


def _is_teaser_box(el: Any, marker_text: str) -> bool:
    """`el` opens with the marker and holds little but links: headlines, with a time or a short summary
    each (never the page's headline, never more text pieces than one a link and the label)."""
    text = normalize(_clean_space(el.text_content()))
    if not text.startswith(marker_text) or el.find(".//h1") is not None:
        return False
    total, links = len(text), sum(len(_clean_space(a.text_content())) for a in el.iter("a"))
    rest = total - min(links, total) - len(marker_text)
    if links < 10 or rest > max(400, 3 * links):
        return False
    anchors = sum(1 for _ in el.iter("a"))
    pieces = 0
    for node in el.iter():
        if node.tag == "a" or not isinstance(node.tag, str):
            continue
        for piece in (node.text, node.tail if node is not el else None):
            if piece and len(piece.strip()) >= 20:
                pieces += 1
                if len(piece.strip()) > 300:
                    return False
    return pieces <= anchors + 1


def _drop_teaser_block(marker: Any, root: Any) -> None:
    """Remove, before extraction, the related-story block a marker element heads: the smallest element
    around it that opens with the marker and holds little but links (a box of headlines, with their
    times or short summaries), or else the marker's own element with the link lists right after it.
    A marker inside running text is left to the line cut after extraction."""
    if marker.getroottree().getroot() is not root:
        return  # inside a block dropped already
    marker_text = normalize(_clean_space(marker.text_content()))
    if not marker_text or len(marker_text) > 200:
        return
    cur = marker
    top = marker
    while cur is not None and isinstance(cur.tag, str) and cur.tag not in ("body", "html"):
        if cur.find(".//a") is not None:
            if _is_teaser_box(cur, marker_text[:40]):
                cur.drop_tree()  # lxml keeps the element's tail text in place
            return
        if len(cur.text_content()) > 400:
            break
        top = cur
        cur = cur.getparent()
    if top.getparent() is None or (top.tail and top.tail.strip()):
        return
    run = []
    sib = top.getnext()
    while sib is not None and isinstance(sib.tag, str):
        total = len(_clean_space(sib.text_content()))
        links = sum(len(_clean_space(a.text_content())) for a in sib.iter("a"))
        if not total or total > 3000 or links * 2 < total:
            break
        run.append(sib)
        if sib.tail and sib.tail.strip():
            break
        sib = sib.getnext()
    if run:
        for el in [top, *run]:
            el.drop_tree()


# Headings of reader-comment sections (normalised; a count may follow: "التعليقات (3)").
@functools.cache
def _comment_first() -> frozenset[str]:
    """First words of the comment-section headings."""
    return frozenset(h.split()[0] for h in page_markers("comment"))
_COUNT = re.compile(r"[\s(（\[]*\d*[\s)）\]]*$")


def is_comment_heading(text: str) -> bool:
    """True for the heading of a reader-comment section: "التعليقات (3)", "آراء القراء", "أضف تعليقاً"."""
    if len(text) > 60:
        return False
    norm = _COUNT.sub("", normalize(text).strip(_MARK_STRIP))
    return norm.strip(_MARK_STRIP) in page_markers("comment")


def _drop_comments(tree: Any, boxes: list[Any], headings: list[Any]) -> None:
    """Remove reader-comment sections and cookie banners before extraction: elements whose class or
    id says so (a wider net than trafilatura's, which wants the class to begin with "comment"), and
    the sections that open with a comment heading. Never an element that holds the page's <h1>, an
    <article> or the article body (a wrapper named "has-comments")."""

    def spared(el: Any) -> bool:
        return (el.find(".//h1") is not None or el.find(".//article") is not None
                or el.find(".//*[@itemprop='articleBody']") is not None)

    doomed = [el for el in boxes if not spared(el)]
    for heading in headings:
        key = normalize(_clean_space(heading.text_content()))
        top, cur = heading, heading.getparent()
        while cur is not None and cur.tag not in ("body", "html") and not spared(cur) \
                and normalize(_clean_space(cur.text_content())).startswith(key):
            top, cur = cur, cur.getparent()
        if not spared(top):
            doomed.append(top)
    for el in doomed:
        if el.getroottree().getroot() is tree and el.getparent() is not None:
            el.drop_tree()


def _linked(line: _Line) -> bool:
    """A line that is mostly link text (a headline pointing elsewhere)."""
    return _words(line.text) <= 30 and line.link * 2 >= len(line.text)


def _cut_teasers(lines: list[_Line]) -> list[_Line]:
    """Drop related-story markers and the headlines listed under them; body paragraphs after them stay.

    Under a marker, the headlines are the lines that are links (with short labels between them: a
    time, a section); when the first line under a heading marker is not a link, the short lines that
    are no sentence. The first line that breaks the pattern is body again.
    """
    out: list[_Line] = []
    i, n = 0, len(lines)
    while i < n:
        kind = _marker_kind(lines[i].text)
        if kind is None:
            out.append(lines[i])
            i += 1
            continue
        i += 1
        linked = i < n and _linked(lines[i])
        while i < n and _marker_kind(lines[i].text) is None:
            line = lines[i]
            if _linked(line):
                i += 1
            elif linked and _words(line.text) <= 4 and i + 1 < n and _linked(lines[i + 1]):
                i += 1  # "منذ 3 ساعات" between two headlines
            elif not linked and kind == "block" and _words(line.text) <= 16 and not _is_sentence(line.text):
                i += 1
            else:
                break
    return out


def _same(a: str, b: str) -> bool:
    return normalize(a).strip(_MARK_STRIP) == normalize(b).strip(_MARK_STRIP)


_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
_SENTENCE_END = (".", "!", "؟", "?", "…", ".»", ".\"", "!»", "؟»")


def _is_sentence(text: str) -> bool:
    return text.rstrip().endswith(_SENTENCE_END)


@lru_cache(maxsize=1)
def _weekdays() -> frozenset[str]:
    from ..lexicon.timewords import TimeWords

    return TimeWords.load().words_of("weekday")


def _is_date_line(text: str) -> bool:
    """The page's own date line kept atop the body: short, no sentence, a date or a time, and opening with
    the weekday or the date itself ("الثلاثاء 4 أغسطس 2015 - عدد القراءات"). A dateline that opens
    with a place ("الرياض 10 أغسطس 2015 (واس)") is the article's and stays."""
    if _words(text) > 15 or _is_sentence(text):
        return False
    norm = normalize(text)
    if not (date_in_text(norm) or _CLOCK.search(norm)):
        return False
    first = norm.split()[0].strip("،,:-|")
    return first[:1].isdigit() or first in _weekdays() or first.removeprefix("ال") in _weekdays()


def _trim_head(lines: list[_Line], titles: tuple[str | None, ...]) -> list[_Line]:
    """The body without the headline and the date line an extractor kept at its top."""
    k = 0
    while k < len(lines) and k < 3:
        text = lines[k].text
        if any(t and _same(text, t) for t in titles) or _is_date_line(text):
            k += 1
            continue
        break
    return lines[k:]


def _trim_tail(lines: list[_Line]) -> list[_Line]:
    """The body without what ends it with nothing to say: a heading whose section was cut away
    ("تعليقات الزوار"), a label of two words or fewer, a row of links ("نسخة للطباعة | أرسل لصديق")."""
    while lines:
        last = lines[-1]
        if not _is_sentence(last.text) and (
                (last.head and _words(last.text) <= 12) or _words(last.text) <= 2 or _linked(last)):
            lines = lines[:-1]
            continue
        break
    return lines


# --------------------------------------------------------------------------- language

_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_PERSIAN = re.compile(r"[\u067E\u0686\u0698\u06AF\u06A9\u06CC]")  # پ چ ژ گ ک ی
_URDU = re.compile(r"[\u0679\u0688\u0691\u06BA\u06BE\u06C1\u06D2]")  # ٹ ڈ ڑ ں ھ ہ ے
_EN = frozenset("the of and to in is that for with was on as by from at are has said".split())
_FR = frozenset("le la les des du et est une dans pour qui sur par au aux ont été".split())


def language_of(text: str) -> str | None:
    """'ar' when most letters are Arabic ('fa'/'ur' when Persian/Urdu letters mark it), 'en'/'fr' for
    Latin-script English/French, else None."""
    sample = text[:3000]
    guess = guess_language(sample)
    if guess is None:
        return None
    if guess == "ar":
        if len(_URDU.findall(sample)) * 60 > len(sample):
            return "ur"
        if len(_PERSIAN.findall(sample)) * 60 > len(sample):
            return "fa"
        return "ar"
    letters = len(re.findall(r"[^\W\d_]", sample))
    if len(_LATIN.findall(sample)) * 4 < letters * 3:
        return None
    words = re.findall(r"[a-zà-ÿ]+", sample.lower())
    en = sum(w in _EN for w in words)
    fr = sum(w in _FR for w in words)
    if en > fr and en >= 2:
        return "en"
    if fr > en and fr >= 2:
        return "fr"
    return None


# --------------------------------------------------------------------------- the reader


def _parse(text: str) -> Any:
    text = _XML_DECL.sub("", text, count=1)
    if "\x00" in text:
        text = text.replace("\x00", " ")
    if len(text) > MAX_CHARS:
        text = _BULK.sub(" ", text)  # keeps JSON-LD out too: a page this big is rare, its body matters
        text = text[:MAX_CHARS]
    try:
        tree = lxml.html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError, etree.XMLSyntaxError) as err:
        raise IngestError(f"not HTML ({err})") from None
    if tree is None or not isinstance(tree.tag, str):
        raise IngestError("not HTML")
    return tree


def extract_html(raw: bytes | str, *, url: str | None = None, content_type: str | None = None) -> Extracted:
    """The article of one HTML page: body, title, date, URL, site and language.

    Raises IngestError with a clear reason: "empty input", "binary content, not text", "not HTML",
    "no article body".
    """
    if isinstance(raw, (bytes, bytearray, memoryview)):
        raw = bytes(raw)
        if not raw.strip():
            raise IngestError("empty input")
        text, encoding = decode_bytes(raw, content_type)
    elif isinstance(raw, str):
        text, encoding = raw, "unicode"
        if "\x00" in text[:65536] and text[:65536].count("\x00") * 1000 > min(len(text), 65536):
            raise IngestError("binary content, not text")
    else:
        raise IngestError(f"not HTML (a {type(raw).__name__}, not bytes or text)")
    if not text.strip():
        raise IngestError("empty input")
    head = text[:65536]
    tag = _HTML_TAG.search(head)
    feed = _FEED.search(head[:4096])
    if tag is None:
        raise IngestError("not HTML")
    if feed is not None and feed.start() < tag.start():
        raise IngestError("not HTML (an RSS/Atom feed)")
    try:
        return _extract(text, encoding, url)
    except (IngestError, MemoryError):
        raise
    except Exception as err:  # noqa: BLE001 - a page that trips a parser is a failure to report, not a crash
        raise IngestError(f"unreadable HTML ({type(err).__name__}: {err})"[:300]) from err


def _extract(text: str, encoding: str, url: str | None) -> Extracted:
    tree = _parse(text)
    meta = _meta_tags(tree)
    page_url = _page_url(tree, meta, url)
    site = site_of(page_url)
    page = _scan(tree)
    title, h1 = _title(tree, meta, site, page.plain)
    published = _meta_date(tree, meta) or date_from_url(page_url)

    _drop_comments(tree, page.comment_boxes, page.comment_heads)
    for el in page.markers:
        _drop_teaser_block(el, tree)
    _unwrap_layout_tables(tree)
    etree.strip_elements(tree, *_NEVER_BODY, with_tail=False)  # what no extractor keeps: less to copy and walk
    lines = _body_lines(tree)
    lines = _cut_teasers(lines)
    lines = _trim_tail(_trim_head(lines, (title, h1)))
    paragraphs = [x.text for x in lines]
    if published is None:
        published = _date_line(page.segs, _headline_at(page.segs, page.h1_at, title), paragraphs)
    body = "\n\n".join(paragraphs).strip()
    if not body:
        raise IngestError("no article body")
    return Extracted(
        text=body, title=title, published=published, url=page_url, site=site,
        language=language_of(body) or (language_of(title) if title else None), encoding=encoding,
    )
