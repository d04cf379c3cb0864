"""End to end: every input kind through `hadath ingest` into the store, and through `hadath code`."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from hadath.cli import main
from hadath.ingest.run import ingest
from hadath.store import Store

HTML = Path(__file__).resolve().parents[1] / "fixtures" / "html"
NEWS = Path(__file__).resolve().parents[1] / "fixtures" / "news"


def _page(title: str, body: str, date: str) -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n") if p.strip())
    return (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title} - موقع الخبر</title>'
            f'<meta property="article:published_time" content="{date}T09:00:00+03:00"></head><body>'
            '<nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a> <a href="/eco">اقتصاد</a></nav>'
            f"<article><h1>{title}</h1>{paras}</article>"
            '<footer>جميع الحقوق محفوظة لموقع الخبر</footer></body></html>').encode("utf-8")


def _warc(path: Path, pages: list[tuple[str, bytes]], gz: bool = True) -> None:
    with path.open("wb") as out:
        w = WARCWriter(out, gzip=gz)
        for url, html in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(html), http_headers=headers))


def _news(name: str) -> tuple[str, str]:
    title, body = (NEWS / f"{name}.txt").read_text(encoding="utf-8").split("\n\n", 1)
    return title, body


def test_every_kind_into_the_store(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for p in HTML.glob("*.html"):
        (d / p.name).write_bytes(p.read_bytes())
    t1, b1 = _news("aden-clashes")
    t2, b2 = _news("moscow-request")
    t3, b3 = _news("amman-protest")
    _warc(d / "crawl.warc.gz", [("https://news.example/aden", _page(t1, b1, "2015-08-03")),
                                ("https://news.example/moscow", _page(t2, b2, "2016-05-21"))])
    whole = (d / "crawl.warc.gz").read_bytes()
    (d / "cut.warc.gz").write_bytes(whole[: len(whole) - 300])  # truncated mid-record
    with zipfile.ZipFile(d / "pages.zip", "w") as z:
        z.writestr("amman.html", _page(t3, b3, "2024-03-27"))
        z.writestr("broken.html", b"\x00\x01\x02" * 500)
    (d / "feed.xml").write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>أخبار</title>'
        f"<item><title>{t1}</title><link>https://feed.example/aden</link>"
        "<pubDate>Mon, 03 Aug 2015 10:00:00 +0300</pubDate>"
        f"<description>{b1.split(chr(10))[0]}</description></item></channel></rss>", encoding="utf-8")
    (d / "notes.xml").write_text("<notes><note>ليس موجزا</note>", encoding="utf-8")  # not a feed, not closed
    db = tmp_path / "h.duckdb"
    s = ingest([str(d)], str(db))
    with Store(db, read_only=True) as st:
        kinds = dict(st.con.execute("SELECT kind, count(*) FROM articles GROUP BY 1").fetchall())
        urls = {r[0] for r in st.con.execute("SELECT url FROM articles WHERE url IS NOT NULL").fetchall()}
        fails = st.con.execute("SELECT source, stage, reason FROM failures").fetchall()
        aden = st.con.execute("SELECT published, title, text FROM articles WHERE url = 'https://news.example/aden'"
                              ).fetchone()
        events = st.con.execute("SELECT count(*) FROM events e JOIN articles a USING (doc_id) WHERE a.kind = 'warc'"
                                ).fetchone()[0]
    assert kinds.get("html", 0) >= 5 and kinds.get("warc", 0) >= 2 and kinds.get("feed") == 1, kinds
    assert {"https://news.example/aden", "https://news.example/moscow", "https://feed.example/aden"} <= urls
    assert str(aden[0]) == "2015-08-03" and aden[1] == t1
    assert "الرئيسية" not in aden[2] and "جميع الحقوق" not in aden[2] and "نقطة تفتيش" in aden[2]
    assert events >= 2
    reasons = {Path(src.split("!")[0]).name: (stage, reason) for src, stage, reason in fails}
    assert "cut.warc.gz" in reasons and "truncated" in reasons["cut.warc.gz"][1].lower()
    assert "pages.zip" in reasons  # the binary member; the Amman page of the same zip is stored
    assert "notes.xml" in reasons
    assert s.failures == len(fails) and s.stored == sum(kinds.values())


def test_code_reads_a_page_and_gives_its_body_and_metadata(tmp_path, capsys):
    t, b = _news("moscow-request")
    page = tmp_path / "page.html"
    page.write_bytes(_page(t, b, "2016-05-21"))
    assert main(["annotate", str(page)]) == 0
    rec = json.loads(capsys.readouterr().out)
    assert rec["title"] == t and rec["published"] == "2016-05-21" and rec["language"] == "ar"
    assert rec["text"].startswith(b.split("\n\n")[0][:40]) and "الرئيسية" not in rec["text"]
    assert any(e["event"] == ["REQUEST"] for e in rec["events"])
