"""iter_feed: RSS 2.0 and Atom feeds, offline, one Document per entry; Arabic dates read with the time words."""

from __future__ import annotations

import re
import socket
import urllib.request
from types import SimpleNamespace

import pytest

pytest.importorskip("feedparser")
from hadath.errors import IngestError  # noqa: E402
from hadath.ingest.document import Document, Failure  # noqa: E402
from hadath.ingest.feeds import iter_feed  # noqa: E402


class FakeExtractor:
    """Strips tags (a stand-in for hadath.ingest.html.extract_html); refuses text marked REFUSE."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str | None]] = []

    def __call__(self, raw, *, url=None, content_type=None):
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        self.calls.append((url, content_type))
        if "REFUSE" in text:
            raise IngestError("too short for an article")
        body = " ".join(re.sub(r"<[^>]+>", " ", text).split())
        return SimpleNamespace(text=body, title=None, published=None, url=url, site=None, language=None,
                               encoding="utf-8")


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>أخبار المنطقة</title>
  <link>https://akhbar.example/</link>
  <language>ar</language>
  <item>
    <title>البرلمان يقر قانون الموازنة</title>
    <link>https://akhbar.example/2016/05/22/budget</link>
    <guid>budget-2016</guid>
    <pubDate>Sun, 22 May 2016 01:30:00 +0300</pubDate>
    <description>ملخص قصير عن الموازنة</description>
    <content:encoded><![CDATA[<p>أقر مجلس النواب مساء السبت قانون الموازنة العامة بأغلبية الأعضاء.</p><p>وقال رئيس المجلس إن الجلسة استمرت خمس ساعات.</p>]]></content:encoded>
  </item>
  <item>
    <title>لا نص هنا</title>
    <link>https://akhbar.example/2016/05/22/empty</link>
    <pubDate>Sun, 22 May 2016 09:00:00 +0300</pubDate>
    <description></description>
  </item>
  <item>
    <title>اعتقال عشرة أشخاص في مداهمة</title>
    <link>https://akhbar.example/2016/05/21/raid</link>
    <pubDate>Sat, 21 May 2016 18:00:00 GMT</pubDate>
    <description>&lt;p&gt;اعتقلت قوات الأمن عشرة أشخاص خلال مداهمة في ضواحي المدينة.&lt;/p&gt;</description>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">
  <title>وكالة الأنباء</title>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <updated>2016-05-23T10:00:00+03:00</updated>
  <entry>
    <title type="html">&lt;b&gt;الرئيس&lt;/b&gt; يستقبل وفدا برلمانيا</title>
    <link href="https://wakala.example/ar/123"/>
    <id>tag:wakala.example,2016:123</id>
    <updated>2016-05-23T08:15:00+03:00</updated>
    <published>2016-05-22T23:50:00-02:00</published>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>استقبل الرئيس اليوم وفدا من البرلمان الأوروبي وبحث معه العلاقات الثنائية.</p></div></content>
  </entry>
  <entry>
    <title>بيان مقتضب</title>
    <link href="https://wakala.example/ar/124"/>
    <id>tag:wakala.example,2016:124</id>
    <updated>2016-05-23T09:00:00Z</updated>
    <summary type="text">نفت الوزارة صحة الأنباء المتداولة عن استقالة الوزير.</summary>
  </entry>
</feed>
"""


def rss_with_dates(*dates: str) -> str:
    items = "".join(
        f"<item><title>خبر {i}</title><link>https://akhbar.example/{i}</link><pubDate>{d}</pubDate>"
        f"<description>تفاصيل الخبر رقم {i} كما وردت من المراسل.</description></item>"
        for i, d in enumerate(dates))
    return f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>ت</title>{items}</channel></rss>"


def test_rss_entries_become_documents_and_an_empty_entry_is_a_failure(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text(RSS, encoding="utf-8")
    fake = FakeExtractor()
    out = list(iter_feed(path, source="https://akhbar.example/rss", extract=fake))
    assert [type(x).__name__ for x in out] == ["Document", "Failure", "Document"]
    budget, empty, raid = out
    assert budget.kind == "feed" and budget.source == "https://akhbar.example/rss" and budget.offset == "0"
    assert budget.url == "https://akhbar.example/2016/05/22/budget"
    assert budget.title == "البرلمان يقر قانون الموازنة"
    # content:encoded, not the short description, turned into text by the extractor
    assert budget.text.startswith("أقر مجلس النواب") and "خمس ساعات" in budget.text and "<p>" not in budget.text
    assert budget.published == "2016-05-22"  # the day as written (+0300), not UTC's 21st
    assert budget.language == "ar" and budget.site == "أخبار المنطقة"
    assert budget.meta["entry_id"] == "budget-2016" and budget.meta["text_from"] == "content"
    assert empty.offset == "1" and empty.stage == "extract" and "no text" in empty.reason
    assert "https://akhbar.example/2016/05/22/empty" in empty.reason
    assert raid.offset == "2" and raid.text == "اعتقلت قوات الأمن عشرة أشخاص خلال مداهمة في ضواحي المدينة."
    assert raid.published == "2016-05-21"
    assert ("https://akhbar.example/2016/05/21/raid", "text/html") in fake.calls


def test_atom_entries(tmp_path):
    out = list(iter_feed(ATOM.encode("utf-8"), source="atom.xml", extract=FakeExtractor()))
    assert all(isinstance(x, Document) for x in out) and len(out) == 2
    first, second = out
    assert first.title == "الرئيس يستقبل وفدا برلمانيا"  # an HTML title loses its tags
    assert first.url == "https://wakala.example/ar/123"
    assert first.text == "استقبل الرئيس اليوم وفدا من البرلمان الأوروبي وبحث معه العلاقات الثنائية."
    assert first.published == "2016-05-22"  # <published> as written, before <updated>
    assert first.language == "ar"
    assert second.text == "نفت الوزارة صحة الأنباء المتداولة عن استقالة الوزير."  # plain text as is
    assert second.published == "2016-05-23" and second.meta["text_from"] == "summary"


@pytest.mark.parametrize("written, day", [
    ("الأحد 22 مايو 2016", "2016-05-22"),
    ("الأحد ٢٢ مايو ٢٠١٦ - ١٠:٣٠ ص", "2016-05-22"),
    ("السبت، 21 أيار، 2016 10:30 م", "2016-05-21"),
    ("٣ كانون الثاني ٢٠١٧", "2017-01-03"),
    ("الخميس 5 جوان 2014", "2014-06-05"),
    ("١٧ أكتوبر ٢٠١٥", "2015-10-17"),
    ("٢٢/٠٥/٢٠١٦ ١٠:٣٠", "2016-05-22"),
    ("٢٠١٦-٠٥-٢٢", "2016-05-22"),
    ("الأحد 31 فبراير 2016", None),  # no such day
    ("منذ ساعتين", None),
])
def test_arabic_publication_dates(written, day):
    (doc,) = list(iter_feed(rss_with_dates(written).encode(), source="s", extract=FakeExtractor()))
    assert doc.published == day
    assert doc.meta["date_text"] == written


def test_arabic_month_names_come_from_the_packaged_time_words(monkeypatch):
    from hadath.lexicon import timewords

    real = timewords.TimeWords.load

    def without_may():
        words = real()
        words.phrases = {k: v for k, v in words.phrases.items() if v.classes.get("month") != "5"}
        return words

    monkeypatch.setattr(timewords.TimeWords, "load", staticmethod(without_may))
    (doc,) = list(iter_feed(rss_with_dates("الأحد 22 مايو 2016").encode(), source="s", extract=FakeExtractor()))
    assert doc.published is None


def test_a_fragment_the_extractor_refuses_is_read_by_dropping_its_markup():
    rss = rss_with_dates("Sun, 22 May 2016 10:00:00 GMT").replace(
        "<description>تفاصيل الخبر رقم 0 كما وردت من المراسل.</description>",
        "<description>&lt;p&gt;REFUSE سقط صاروخ&amp;nbsp;قرب&lt;br&gt;المطار.&lt;/p&gt;</description>")
    (doc,) = list(iter_feed(rss.encode(), source="s", extract=FakeExtractor()))
    assert doc.text == "REFUSE سقط صاروخ قرب\nالمطار."
    assert doc.meta["text_from"] == "summary markup" and "too short" in doc.meta["extract_error"]


def test_windows_1256_feed():
    rss = rss_with_dates("الأحد 22 مايو 2016").replace("encoding='utf-8'", "encoding='windows-1256'")
    (doc,) = list(iter_feed(rss.encode("cp1256"), source="s", extract=FakeExtractor()))
    assert doc.text == "تفاصيل الخبر رقم 0 كما وردت من المراسل." and doc.title == "خبر 0"


@pytest.mark.parametrize("data", [
    b"<html><head><title>\xd8\xb5\xd9\x81\xd8\xad\xd8\xa9</title></head><body><p>hello</p></body></html>",
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    b'{"id": 1, "text": "not xml"}',
    b"   \n",
])
def test_what_is_not_a_feed_is_one_failure(data):
    out = list(iter_feed(data, source="x", extract=FakeExtractor()))
    assert len(out) == 1 and isinstance(out[0], Failure)
    assert out[0].stage == "parse" and out[0].reason.startswith("not a feed") and out[0].source == "x"


def test_a_missing_file_and_an_oversized_feed_are_failures(tmp_path):
    (f,) = list(iter_feed(tmp_path / "absent.xml", source="absent", extract=FakeExtractor()))
    assert f.stage == "open" and f.reason.startswith("cannot open")
    (g,) = list(iter_feed(RSS.encode(), source="big", extract=FakeExtractor(), max_bytes=100))
    assert g.stage == "open" and "larger than 100" in g.reason


def test_bytes_are_never_taken_for_a_file_name(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "feed").write_text(RSS, encoding="utf-8")
    (f,) = list(iter_feed(b"feed", source="b", extract=FakeExtractor()))
    assert isinstance(f, Failure) and f.reason.startswith("not a feed")


def test_a_string_is_a_path(tmp_path):
    path = tmp_path / "atom.xml"
    path.write_text(ATOM, encoding="utf-8")
    assert len(list(iter_feed(str(path), source="a", extract=FakeExtractor()))) == 2


def test_a_malformed_but_readable_feed_keeps_its_entries():
    broken = RSS.replace("</channel>", "").replace("&lt;p&gt;اعتقلت", "&nbsp;<b>اعتقلت")
    out = list(iter_feed(broken.encode(), source="s", extract=FakeExtractor()))
    assert [type(x).__name__ for x in out] == ["Document", "Failure", "Document"]
    assert out[0].meta.get("bozo")


def test_no_dtd_or_external_entity_is_ever_fetched_or_read(tmp_path, monkeypatch):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE", encoding="utf-8")

    def no_network(*args, **kwargs):
        raise AssertionError("the feed reader went to the network")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(urllib.request, "urlopen", no_network)
    feed = f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE rss SYSTEM "http://dtd.example.invalid/rss-0.91.dtd" [
  <!ENTITY secret SYSTEM "{secret.as_uri()}">
  <!ENTITY remote SYSTEM "http://evil.example.invalid/x">
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
]>
<rss version="2.0"><channel><title>t</title>
<item><title>خبر &secret;</title><link>https://a.example/1</link>
<description>نص الخبر &secret; &remote; &lol2;</description></item>
</channel></rss>"""
    out = list(iter_feed(feed.encode(), source="xxe", extract=FakeExtractor()))
    assert out and all("TOP-SECRET-VALUE" not in repr(x) for x in out)
    doc = out[0]
    assert isinstance(doc, Document) and doc.text.startswith("نص الخبر")
    assert "lollol" not in doc.text
