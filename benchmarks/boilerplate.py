"""Boilerplate removal of the HTML reader on Arabic news pages assembled at run time.

    python benchmarks/boilerplate.py [--per-template 50] [--seed 7] [--show 3] [--pad-kb 100] [--json]

No real pages ship with the project, so pages are built here, in memory, from real article texts of
../shared/bench/saudinewsnet (never copied anywhere) poured into the site templates of
benchmarks/boilerplate_templates/ (written for the project: menus, tickers, cookie banners, share
buttons, ads, comment threads, "اقرأ أيضاً" blocks and cards inside the body, teaser lists after it,
in UTF-8, windows-1256 and ISO-8859-6, with <p>, <br> or <div> paragraphs, dated by metadata, URL or
an Arabic date line). Teaser headlines are the titles of OTHER bench articles, teaser summaries their
first sentences. Each template's <!--bench … --> header says how the body is laid out (body: p|br|div),
what sits inside it (inline: …, tail: …), the encoding and where the date is.

A page is right when its extracted body holds the first, a middle and the last sentence of the
article (sentences of three words or more), and none of the template's own text (menus, footers,
comments, labels, date lines) nor any teaser headline or summary (a one-word string counts only as
a whole line; a string the article itself contains is not held against it). Prints, per template
and overall, the share of pages fully right, of publication dates and titles read right, and the
extraction time per page (bytes in, Extracted out). Template pages are small (~7 KB); --pad-kb 100
makes them as heavy as real ones (inline script and style, a mega menu of 60 headline links) to time
extraction at a realistic size. A benchmark, never a test: the issue's target is ≥ 95 % of pages right.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import statistics
import sys
import time
import zipfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from hadath.arabic.normalize import normalize  # noqa: E402
from hadath.arabic.sentences import split_sentences  # noqa: E402
from hadath.arabic.story import find_story_end  # noqa: E402
from hadath.errors import IngestError  # noqa: E402
from hadath.ingest.html import extract_html  # noqa: E402
from hadath.lexicon.compile import _rows  # noqa: E402

BENCH = ROOT.parent / "shared" / "bench" / "saudinewsnet"
TEMPLATES = Path(__file__).resolve().parent / "boilerplate_templates"
_PLACEHOLDER = re.compile(r"\{\{([A-Z_0-9]+)\}\}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_DIRECTIVES = re.compile(r"^\s*<!--bench\n(.*?)\n-->\n", re.S)


@dataclass
class Template:
    """A site template: its markup with {{PLACEHOLDERS}} and the directives of its <!--bench--> header."""

    name: str
    markup: str
    opts: dict[str, str]
    boilerplate: list[str] = field(default_factory=list)


@dataclass
class Article:
    """A bench article: its title, paragraphs and publication date."""

    key: str
    title: str
    paragraphs: list[str]
    published: str


def load_templates(folder: Path) -> list[Template]:
    """Every *.html template of `folder`, with the visible strings that are the template's own."""
    out = []
    for path in sorted(folder.glob("*.html")):
        text = path.read_text("utf-8")
        m = _DIRECTIVES.match(text)
        if not m:
            raise SystemExit(f"{path}: no <!--bench … --> header")
        opts = {}
        for line in m.group(1).splitlines():
            key, _, value = line.partition(":")
            opts[key.strip()] = value.strip()
        markup = text[m.end():]
        tpl = Template(path.stem, markup, opts)
        tpl.boilerplate = _visible_strings(markup + opts.get("inline", "").replace("none", "")
                                           + opts.get("tail", ""))
        out.append(tpl)
    return out


def _visible_strings(markup: str) -> list[str]:
    """The text pieces a reader sees in `markup`, placeholders cutting them apart."""
    cut = _PLACEHOLDER.sub("\x01", markup)
    tree = lxml.html.document_fromstring(cut.replace("\x01", "\u2063"))
    for bad in tree.xpath("//script|//style|//head|//title"):
        bad.drop_tree()
    out = []
    for piece in tree.itertext():
        for part in piece.split("\u2063"):
            part = " ".join(part.split()).strip(" |:-–·>★,.؛،")
            if re.search(r"[^\W\d_]", part) and len(part) >= 2:
                out.append(part)
    return sorted(set(out))


def _month_and_weekday_names() -> tuple[dict[str, dict[int, str]], dict[int, str]]:
    months: dict[str, dict[int, str]] = {}
    weekdays: dict[int, str] = {}
    for row in _rows("time_words.tsv"):
        if row["class"] == "month":
            series = (row.get("note") or "greg").split()[0]
            months.setdefault(series, {}).setdefault(int(row["value"]), row["word"])
        elif row["class"] == "weekday":
            weekdays.setdefault(int(row["value"]), row["word"])
    return months, weekdays


_MONTHS, _WEEKDAYS = _month_and_weekday_names()
_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def date_line(kind: str, iso: str) -> str:
    """How a page writes its date: 'greg' الثلاثاء 21 يوليو 2015, 'levant' … تموز …, 'maghreb', 'numeric' ٢١/٠٧/٢٠١٥."""
    d = date.fromisoformat(iso)
    if kind == "numeric":
        return f"{d.day:02d}/{d.month:02d}/{d.year}".translate(_INDIC)
    month = _MONTHS[kind][d.month]
    day = _WEEKDAYS[d.weekday()]
    return f"{day} {d.day} {month} {d.year}" if kind != "maghreb" else f"{d.day} {month} {d.year}"


def _paragraphs(content: str) -> list[str]:
    """The article's paragraphs; a wall of text is cut every two or three sentences, as sites print it."""
    out = []
    for para in re.split(r"\s*\n\s*", content.strip()):
        para = " ".join(_CONTROL.sub(" ", para).split())  # control bytes have no place in a page
        if not para:
            continue
        if len(para) <= 700:
            out.append(para)
            continue
        spans = split_sentences(para)
        chunk: list[str] = []
        for i, (s, e) in enumerate(spans):
            chunk.append(para[s:e])
            if len(chunk) == 3 or (len(chunk) == 2 and i % 2):
                out.append(" ".join(chunk))
                chunk = []
        if chunk:
            out.append(" ".join(chunk))
    return out


def load_articles(bench: Path, seed: int, count: int) -> list[Article]:
    """`count` bench articles drawn at random (≥ 150 characters, with a title), read from the zips."""
    records = []
    for path in sorted(bench.glob("*.zip")):
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                for i, rec in enumerate(json.loads(z.read(name))):
                    content, title = rec.get("content") or "", (rec.get("title") or "").strip()
                    if len(content) < 150 or len(title) < 10:
                        continue
                    end = find_story_end(content)
                    content = content[:end] if end else content
                    day = (rec.get("date_extracted") or "")[:10] or "2015-07-21"
                    records.append((f"{path.stem}/{name}#{i}", " ".join(title.split()), content, day))
    rng = random.Random(seed)
    picked = rng.sample(records, min(count, len(records)))
    out = []
    for key, title, content, day in picked:
        paras = _paragraphs(content)
        if paras and _flat(paras[0]).strip(" .") == title.strip(" ."):
            paras = paras[1:]  # the headline repeated atop the text is the title, not the body
        if paras:
            out.append(Article(key, title, paras, day))
    return out


def _body_markup(paragraphs: list[str], style: str, inline: str, tail: str) -> str:
    paras = [html.escape(p, quote=False) for p in paragraphs]
    if style == "br":
        blocks = [p + "<br><br>" for p in paras]
    elif style == "div":
        blocks = [f'<div class="txt">{p}</div>' for p in paras]
    else:
        blocks = [f"<p>{p}</p>" for p in paras]
    if inline and len(blocks) >= 2:
        blocks.insert(len(blocks) // 2, inline)
    if tail:
        blocks.append(tail)
    return "\n".join(blocks)


def build_page(tpl: Template, art: Article, teasers: list[str], n: int, summaries: list[str] = (),
               pad_kb: int = 0, menu: list[str] = ()) -> tuple[bytes, dict[str, str]]:
    """The page's bytes in the template's encoding, and the values poured into it."""
    d = date.fromisoformat(art.published)
    slug = "-".join(art.title.split()[:6])
    values = {
        "ID": str(100000 + n), "TITLE": html.escape(art.title), "TITLE_JSON": json.dumps(art.title)[1:-1],
        "DATE_ISO": f"{art.published}T09:{n % 60:02d}:00+03:00", "YEAR": f"{d.year}", "MONTH": f"{d.month:02d}",
        "DAY": f"{d.day:02d}", "SLUG": slug, "DATE_NUMERIC": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "DATE_COMPACT": f"{d.year}{d.month:02d}{d.day:02d}",
    }
    kind = tpl.opts.get("date", "")
    values["DATE_LINE"] = date_line(kind.split("-", 1)[1] if kind.startswith("line-") else "greg", art.published)
    for i, t in enumerate(teasers, 1):
        values[f"TEASER_{i}"] = html.escape(t)
    for i, t in enumerate(summaries, 1):
        values[f"SUMMARY_{i}"] = html.escape(t)

    def fill(text: str) -> str:
        return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), ""), text)

    values["URL"] = fill(tpl.opts["url"])
    inline = tpl.opts.get("inline", "none")
    body = _body_markup(art.paragraphs, tpl.opts.get("body", "p"), "" if inline == "none" else fill(inline),
                        fill(tpl.opts.get("tail", "")))
    page = _PLACEHOLDER.sub(lambda m: body if m.group(1) == "BODY" else values.get(m.group(1), ""), tpl.markup)
    if pad_kb:
        page = _pad(page, pad_kb, menu)
    enc = tpl.opts.get("encoding", "utf-8")
    codec = {"windows-1256": "cp1256", "iso-8859-6": "iso8859_6"}.get(enc, enc)
    return page.encode(codec, errors="xmlcharrefreplace"), values


def _pad(page: str, kb: int, menu: list[str]) -> str:
    """The page made as heavy as a real one: an inline script and style in <head> (about `kb` KB all
    told) and a mega menu of headline links atop <body>."""
    links = "".join(f'<li><a href="/n/{i}">{html.escape(t)}</a></li>' for i, t in enumerate(menu))
    mega = f'<div class="mega-menu"><ul>{links}</ul></div>'
    left = max(0, kb * 1024 - len(mega.encode("utf-8")))
    unit = '{"id":12345,"slot":"div-gpt-ad-1","sizes":[[300,250],[728,90]],"targeting":{"section":"news"}},'
    script = "<script>window.__CONFIG__=[" + unit * (left * 2 // 3 // len(unit)) + "{}];</script>"
    rule = ".c-%d{margin:0 4px;padding:2px 6px;color:#333;font:14px/1.6 Tahoma,Arial,sans-serif}\n"
    style = "<style>" + "".join(rule % i for i in range(left // 3 // len(rule % 1000))) + "</style>"
    page = page.replace("</head>", script + style + "</head>", 1)
    return re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + mega, page, count=1)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _first_sentence(art: Article) -> str:
    """A teaser card's summary: the first sentence of another article, cut to 25 words."""
    spans = split_sentences(art.paragraphs[0])
    if not spans:
        return ""
    s, e = spans[0]
    return " ".join(art.paragraphs[0][s:e].split()[:25])


def sentences_to_find(art: Article) -> list[str]:
    """The first, a middle and the last sentence of the article."""
    text = "\n".join(art.paragraphs)
    spans = split_sentences(text)
    sents = [_flat(text[s:e]) for s, e in spans
             if sum(bool(re.search(r"[^\W\d_]", w)) and "@" not in w for w in text[s:e].split()) >= 3]
    if not sents:
        sents = [_flat(text)]
    picks = [sents[0], sents[len(sents) // 2], sents[-1]]
    return list(dict.fromkeys(picks))


def judge(tpl: Template, art: Article, teasers: list[str], values: dict[str, str], text: str,
          summaries: list[str] = ()) -> list[str]:
    """What is wrong with an extracted body: missing sentences, leaked boilerplate or teasers."""
    problems = []
    flat = _flat(text)
    source = _flat(" ".join(art.paragraphs))
    lines = {normalize(x).strip(" .:،|-") for x in text.split("\n") if x.strip()}
    for s in sentences_to_find(art):
        if s not in flat:
            problems.append(f"missing sentence: {s[:70]}")
    unwanted = [("boilerplate", b) for b in tpl.boilerplate]
    unwanted += [("boilerplate", values["DATE_LINE"]), ("boilerplate", values["DATE_NUMERIC"])]
    unwanted += [("teaser", t) for t in teasers]
    unwanted += [("teaser summary", t) for t in summaries if "SUMMARY_" in tpl.markup + tpl.opts.get("inline", "")]
    for what, s in unwanted:
        s = _flat(s)
        if not s or s in source:
            continue
        if len(s.split()) == 1:
            if normalize(s).strip(" .:،|-") in lines:
                problems.append(f"{what} line kept: {s}")
        elif s in flat:
            problems.append(f"{what} kept: {s[:70]}")
    return problems


def main() -> int:
    """Build the pages, extract them, and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", type=Path, default=BENCH)
    ap.add_argument("--templates", type=Path, default=TEMPLATES)
    ap.add_argument("--per-template", type=int, default=50)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--show", type=int, default=2, help="failures to print per template")
    ap.add_argument("--json", action="store_true", help="also print the figures as one JSON line")
    ap.add_argument("--pad-kb", type=int, default=0,
                    help="make every page about this much heavier (inline script and style, a mega menu of "
                         "headline links), as real pages are: for timing at realistic sizes")
    args = ap.parse_args()
    if not args.bench.is_dir():
        print(f"no bench corpus at {args.bench}", file=sys.stderr)
        return 2
    templates = load_templates(args.templates)
    need = len(templates) * args.per_template
    pool = load_articles(args.bench, args.seed, need * 3)
    if len(pool) < need * 2:
        print(f"only {len(pool)} usable articles", file=sys.stderr)
        return 2
    arts, rest = pool[:need], pool[need:]
    teaser_pool = [a.title for a in rest]
    summary_pool = [s for s in (_first_sentence(a) for a in rest) if s]
    rng = random.Random(args.seed + 1)

    try:  # load the extractors (imported on first use) before the clock runs
        extract_html(b"<html><body><p>" + "تمهيد. ".encode() * 60 + b"</p></body></html>")
    except IngestError:
        pass
    rows = []
    all_times: list[float] = []
    sizes: list[int] = []
    cpu = 0.0
    totals = {"pages": 0, "right": 0, "date": 0, "title": 0}
    for ti, tpl in enumerate(templates):
        right = dated = titled = 0
        times: list[float] = []
        shown = 0
        for j in range(args.per_template):
            art = arts[ti * args.per_template + j]
            teasers = [t for t in rng.sample(teaser_pool, 10) if t != art.title][:8]
            summaries = rng.sample(summary_pool, 3)
            menu = [t for t in rng.sample(teaser_pool, 60) if t != art.title] if args.pad_kb else []
            raw, values = build_page(tpl, art, teasers, ti * 1000 + j, summaries, args.pad_kb, menu)
            sizes.append(len(raw))
            t0, c0 = time.perf_counter(), time.process_time()
            try:
                ex = extract_html(raw)
                text, published, title = ex.text, ex.published, ex.title
            except IngestError as err:
                text, published, title = "", None, None
                problems = [f"IngestError: {err}"]
            times.append(time.perf_counter() - t0)
            cpu += time.process_time() - c0
            if text:
                problems = judge(tpl, art, teasers + menu, values, text, summaries)
            right += not problems
            dated += published == art.published
            titled += title is not None and _flat(title) == art.title
            if problems and shown < args.show:
                shown += 1
                print(f"  [{tpl.name}] {art.key}: " + "; ".join(problems[:4]))
        all_times += times
        rows.append((tpl.name, args.per_template, right, dated, titled, statistics.mean(times) * 1000))
        totals["pages"] += args.per_template
        totals["right"] += right
        totals["date"] += dated
        totals["title"] += titled

    print(f"\n{'template':32} {'pages':>5} {'right':>7} {'date':>7} {'title':>7} {'ms/page':>8}")
    for name, n, right, dated, titled, ms in rows:
        print(f"{name:32} {n:5d} {100 * right / n:6.1f}% {100 * dated / n:6.1f}% {100 * titled / n:6.1f}% {ms:8.2f}")
    n = totals["pages"]
    all_times.sort()
    mean_ms = statistics.mean(all_times) * 1000
    p50, p95 = all_times[len(all_times) // 2] * 1000, all_times[int(len(all_times) * 0.95)] * 1000
    print(f"{'overall':32} {n:5d} {100 * totals['right'] / n:6.1f}% {100 * totals['date'] / n:6.1f}% "
          f"{100 * totals['title'] / n:6.1f}% {mean_ms:8.2f}")
    print(f"extraction: {mean_ms:.2f} ms/page wall (median {p50:.2f}, p95 {p95:.2f}), "
          f"{1000 * cpu / n:.2f} ms/page CPU, {statistics.mean(sizes) / 1024:.1f} KB/page")
    if args.json:
        print(json.dumps({"pages": n, "right": totals["right"] / n, "date": totals["date"] / n,
                          "title": totals["title"] / n, "ms_mean": round(mean_ms, 3),
                          "ms_median": round(p50, 3), "ms_p95": round(p95, 3), "cpu_ms": round(1000 * cpu / n, 3),
                          "templates": {r[0]: r[2] / r[1] for r in rows}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
