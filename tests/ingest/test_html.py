"""The HTML reader: article body, title, date, URL, site and language of Arabic news pages, and the
charset sniffing under it. Fixture pages (tests/fixtures/html) and their article texts were written
for these tests: menus, tickers, share buttons, comment threads and related-story blocks around and
inside the body, in UTF-8, windows-1256 and ISO-8859-6."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hadath.errors import IngestError
from hadath.ingest.encoding import decode_bytes
from hadath.ingest.html import (Extracted, clean_title, date_from_url, date_in_text, extract_html,
                                looks_like_html, site_of)

HTML = Path(__file__).resolve().parents[1] / "fixtures" / "html"


def page(name: str) -> bytes:
    return (HTML / name).read_bytes()


def wrap(body: str, head: str = "", title: str = "خبر") -> str:
    """A small page around `body` (a str: tests that need bytes encode it)."""
    return (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title}</title>'
            f"{head}</head><body><nav><a href='/'>الرئيسية</a> <a href='/p'>سياسة</a></nav>{body}"
            "<footer>جميع الحقوق محفوظة</footer></body></html>")


P1 = "قال مسؤول محلي إن قوات الأمن اعتقلت ثلاثة أشخاص يشتبه في تورطهم في الهجوم على مركز الشرطة فجر اليوم."
P2 = "وأضاف أن التحقيقات لا تزال جارية لمعرفة ملابسات الحادث، وأن القوات عززت انتشارها في محيط المدينة."
P3 = "وكان الهجوم قد أسفر عن إصابة شرطيين بجروح طفيفة، نقلا على إثرها إلى المستشفى الحكومي لتلقي العلاج."
ARTICLE = f"<article><h1>اعتقال ثلاثة مشتبه بهم في الهجوم على مركز الشرطة</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></article>"


# --------------------------------------------------------------------------- body


def test_body_keeps_the_article_and_drops_the_page_around_it():
    ex = extract_html(page("almaydan_politics.html"))
    assert isinstance(ex, Extracted)
    must = [
        "بحث وزير الخارجية مع نظيره العماني في مسقط، اليوم السبت",
        "مشدداً على أن الحل العسكري لن ينهي معاناة المدنيين.",
        "من جهته، أكد الوزير العماني أن مسقط ستواصل اتصالاتها",
        "وتناول الجانبان أيضاً العلاقات الثنائية.",  # a short body paragraph after the inline teaser box
        "في خطوة وصفها مراقبون بأنها الأهم منذ توقف المحادثات قبل عام.",
    ]
    for s in must:
        assert s in ex.text, s
    never = [
        "الرئيسية", "اقتصاد وأعمال", "انقطاع الكهرباء عن أحياء", "ملفات تعريف الارتباط", "شارك على فيسبوك",
        "غرد على تويتر", "كتب: محرر", "اقرأ أيضاً", "مجلس الأمن يمدد ولاية البعثة", "شاهد أيضاً",
        "ارتفاع أسعار النفط", "معرض الكتاب الدولي", "منتخب الشباب", "الكلمات الدالة", "التعليقات",
        "الشعب تعب من الوعود", "أن تنجح الوساطة", "الأكثر قراءة", "امتحانات الثانوية", "جميع الحقوق محفوظة",
        "السبت 21 مايو 2016",
    ]
    for s in never:
        assert s not in ex.text, s


def test_paragraphs_are_separated_by_blank_lines_and_the_headline_is_not_the_body():
    ex = extract_html(page("almaydan_politics.html"))
    paras = ex.text.split("\n\n")
    assert len(paras) == 5 and all(p.strip() == p and "\n" not in p for p in paras)
    assert paras[0].startswith("بحث وزير الخارجية")
    assert ex.title not in ex.text


def test_br_separated_text_becomes_paragraphs():
    ex = extract_html(page("alwadi_health_cp1256.html"))
    paras = ex.text.split("\n\n")
    assert paras[0].startswith("أطلقت وزارة الصحة صباح اليوم حملة وطنية")
    assert paras[-1].endswith("في الأسبوع المقبل.")
    assert len(paras) == 4
    for s in ("اقرأ أيضاً", "تسجيل أول إصابة بالحصبة", "نسخة للطباعة", "الأكثر قراءة", "أسعار الخضار",
              "عدد القراءات", "راسلونا", "حقوق النشر"):
        assert s not in ex.text, s


def test_inline_related_list_is_cut_and_the_body_after_it_kept():
    ex = extract_html(page("balad_markets_iso8859_6.html"))
    assert "مواضيع ذات صلة" not in ex.text
    assert "افتتاح سوق شعبي" not in ex.text and "المجلس البلدي يقر موازنة" not in ex.text
    assert "وقال إن الأعمال ستبدأ مطلع الصيف المقبل" in ex.text
    assert ex.text.endswith("طالبوا بتعويضات عن فترة الأشغال.")
    assert "آراء القراء" not in ex.text and "خطوة ممتازة" not in ex.text


def test_teaser_list_at_the_end_and_comments_are_dropped():
    ex = extract_html(page("maghrib_consumer.html"))
    assert ex.text.startswith("الرباط - صادق مجلس الحكومة")  # the dateline place is the article's
    assert ex.text.endswith("منذ سنوات.")
    for s in ("المزيد من الأخبار", "توقعات بتساقطات مطرية", "مهرجان الفيلم القصير", "جاء متأخرا جدا", "وطنية"):
        assert s not in ex.text, s


def test_inline_read_also_line_inside_running_text_is_cut():
    body = (f"<div class='content'>{P1}<br><br><b>اقرأ أيضاً:</b> <a href='/n/9'>وزير الداخلية يتفقد المنافذ الحدودية</a>"
            f"<br><br>{P2}<br><br>اقرأ أيضا: <a href='/n/10'>ارتفاع عدد الزوار في موسم الصيف</a><br><br>{P3}</div>")
    ex = extract_html(wrap(body))
    assert [P1, P2, P3] == ex.text.split("\n\n")


def test_teaser_block_with_summaries_is_removed_whole():
    card = ("<div class='related'><span>اقرأ أيضاً</span><h4><a href='/x'>توقيع اتفاقية لتطوير الموانئ</a></h4>"
            "<p>وقعت الحكومة اتفاقية مع شركة دولية لتطوير ثلاثة موانئ على البحر الأحمر</p></div>")
    ex = extract_html(wrap(f"<article><p>{P1}</p>{card}<p>{P2}</p><p>{P3}</p></article>"))
    assert ex.text.split("\n\n") == [P1, P2, P3]


def test_heading_marker_then_plain_headlines_then_body():
    body = (f"<div class='story'><p>{P1}</p><p>{P2}</p><h3>أخبار ذات صلة</h3><p>انخفاض أسعار الذهب في الأسواق المحلية</p>"
            f"<p>افتتاح طريق سريع يربط المدينتين</p><p>{P3}</p></div>")
    ex = extract_html(wrap(body))
    assert ex.text.split("\n\n") == [P1, P2, P3]


def test_a_marker_word_inside_a_sentence_is_body():
    sentence = "وقال الوزير: شاهد أيضاً كيف تطورت الأحداث في المدينة خلال الأيام الماضية، وهي تطورات مقلقة."
    ex = extract_html(wrap(f"<article><p>{P1}</p><p>{sentence}</p><p>{P2}</p></article>"))
    assert sentence in ex.text and P2 in ex.text


def test_comment_section_without_a_comment_class_goes_by_its_heading():
    comments = ("<div class='readers'><h3>آراء القراء</h3><div class='r'><b>خالد</b><p>هذا الكلام غير صحيح "
                "والمصادر الرسمية نفت ذلك جملة وتفصيلا</p></div></div>")
    ex = extract_html(wrap(f"<div class='main'>{ARTICLE}{comments}</div>"))
    assert "نفت ذلك جملة وتفصيلا" not in ex.text and "آراء القراء" not in ex.text
    assert ex.text.split("\n\n") == [P1, P2, P3]


def test_layout_tables_do_not_hide_the_article():
    body = (f"<table><tr><td><a href='/'>الرئيسية</a></td></tr><tr><td><div class='txt'><p>{P1}</p><p>{P2}</p>"
            f"<p>{P3}</p></div></td><td><div>إعلانات</div></td></tr></table>")
    ex = extract_html(wrap(body))
    assert ex.text.split("\n\n") == [P1, P2, P3]


def test_wrappers_are_not_taken_for_boilerplate():
    aspnet = f"<form id='form1' method='post'><div class='menu'><a href='/'>الرئيسية</a></div>{ARTICLE}</form>"
    assert extract_html(wrap(aspnet)).text.split("\n\n") == [P1, P2, P3]
    named = f"<div class='post has-comments'>{ARTICLE}<div class='comment-list'><p>تعليق لا علاقة له بالخبر إطلاقا</p></div></div>"
    ex = extract_html(wrap(named))
    assert ex.text.split("\n\n") == [P1, P2, P3]


# --------------------------------------------------------------------------- title


def test_title_prefers_og_title():
    ex = extract_html(page("almaydan_politics.html"))
    assert ex.title == "وزير الخارجية يبحث مع نظيره العماني مستجدات الأزمة اليمنية"


def test_title_tag_is_cleaned_of_the_site_name_before_or_after():
    assert extract_html(page("balad_markets_iso8859_6.html")).title == "بلدية المدينة تعلن خطة لإعادة تأهيل الأسواق القديمة"
    assert extract_html(page("alwadi_health_cp1256.html")).title == "انطلاق حملة لتطعيم الأطفال ضد شلل الأطفال في ثلاث محافظات"
    assert extract_html(page("maghrib_consumer.html")).title == "الحكومة تصادق على مشروع قانون يتعلق بحماية المستهلك"


def test_clean_title_without_the_page():
    assert clean_title("مقتل 43 مدنيا في قصف على عدن - صحيفة الشرق الأوسط") == "مقتل 43 مدنيا في قصف على عدن"
    assert clean_title("مقتل مدنيين في قصف على عدن | الخليج", ["الخليج"]) == "مقتل مدنيين في قصف على عدن"
    assert clean_title("الخليج | مقتل مدنيين في قصف على عدن", ["الخليج"]) == "مقتل مدنيين في قصف على عدن"
    assert clean_title("بريطانيا: أربعة محاور لاستراتيجية جديدة") == "بريطانيا: أربعة محاور لاستراتيجية جديدة"
    assert clean_title("   ") is None


def test_a_title_the_page_shows_whole_keeps_its_tail():
    html = wrap(f"<h1>سفينة شحن عملاقة تدشن في ميناء المدينة - فيديو</h1><p>{P1}</p><p>{P2}</p>",
                title="سفينة شحن عملاقة تدشن في ميناء المدينة - فيديو")
    assert extract_html(html).title == "سفينة شحن عملاقة تدشن في ميناء المدينة - فيديو"


def test_title_falls_back_on_h1():
    html = (f"<html><head></head><body><h1>اعتقال ثلاثة مشتبه بهم في الهجوم</h1><p>{P1}</p><p>{P2}</p></body></html>")
    assert extract_html(html).title == "اعتقال ثلاثة مشتبه بهم في الهجوم"


# --------------------------------------------------------------------------- dates


def test_metadata_date_beats_url_and_date_line():
    ex = extract_html(page("almaydan_politics.html"))  # meta 2016-05-21, URL 2016/05/20
    assert ex.published == "2016-05-21"


def test_url_date_when_the_metadata_have_none():
    raw = page("almaydan_politics.html").decode("utf-8")
    raw = raw.replace('<meta property="article:published_time" content="2016-05-21T09:30:00+03:00">', "")
    ex = extract_html(raw)
    assert ex.published == "2016-05-20"
    ex = extract_html(raw, url="https://almaydan-news.example/n/20160519/minister")
    assert ex.published == "2016-05-19"


def test_date_line_when_neither_metadata_nor_url_have_one():
    raw = page("almaydan_politics.html").decode("utf-8")
    raw = raw.replace('<meta property="article:published_time" content="2016-05-21T09:30:00+03:00">', "")
    ex = extract_html(raw, url="https://almaydan-news.example/news/12345")
    assert ex.published == "2016-05-21"  # "السبت 21 مايو 2016 - 09:30" under the headline


def test_date_lines_in_the_three_month_series_and_in_digits():
    assert extract_html(page("alwadi_health_cp1256.html")).published == "2016-05-21"  # 21 مايو 2016
    assert extract_html(page("balad_markets_iso8859_6.html")).published == "2016-05-22"  # 22 أيار 2016
    assert date_in_text("الجمعة 20 ماي 2016 - 10:15") == "2016-05-20"
    assert date_in_text("نشر بتاريخ ٢١/٠٥/٢٠١٦") == "2016-05-21"
    assert date_in_text("21 أيار (مايو) 2016") == "2016-05-21"
    assert date_in_text("الخميس 3 تشرين الثاني 2016") == "2016-11-03"
    assert date_in_text("5 يوليوز 2016") == "2016-07-05"
    assert date_in_text("14 شعبان 1437 هـ الموافق 21 مايو 2016 م") == "2016-05-21"


def test_every_month_name_of_the_packaged_table_is_read():
    from hadath.lexicon.timewords import TimeWords

    for key, word in TimeWords.load().phrases.items():
        if "month" in word.classes:
            month = int(word.classes["month"])
            assert date_in_text(f"12 {' '.join(key)} 2015") == f"2015-{month:02d}-12", key


def test_impossible_dates_are_refused():
    assert date_in_text("31 فبراير 2016") is None
    assert date_in_text("30/02/2016") is None
    assert date_from_url("https://x.example/2016/02/30/story") is None
    assert date_in_text("كان ذلك في عام 2016") is None


def test_url_dates():
    assert date_from_url("https://x.example/news/2016/05/21/story.html") == "2016-05-21"
    assert date_from_url("https://x.example/news/20160521/story") == "2016-05-21"
    assert date_from_url("https://x.example/2016-05-21-story") == "2016-05-21"
    assert date_from_url("https://x.example/article/410826/title") is None
    assert date_from_url(None) is None


def test_json_ld_and_time_element_dates():
    assert extract_html(page("maghrib_consumer.html")).published == "2016-05-19"  # JSON-LD @graph
    head = '<meta name="description" content="x">'
    body = f"<article><time class='published' datetime='2016-05-18T08:00:00Z'>منذ يومين</time>{ARTICLE}</article>"
    assert extract_html(wrap(body, head)).published == "2016-05-18"


def test_no_date_anywhere_gives_none_not_a_guess():
    assert extract_html(wrap(ARTICLE)).published is None


# --------------------------------------------------------------------------- url, site, language


def test_url_is_the_given_one_else_canonical_else_og_url():
    raw = page("almaydan_politics.html")
    assert extract_html(raw).url == "https://www.almaydan-news.example/politics/2016/05/20/minister-oman"
    assert extract_html(raw).site == "almaydan-news.example"
    given = extract_html(raw, url="http://m.almaydan-news.example/a/1")
    assert given.url == "http://m.almaydan-news.example/a/1" and given.site == "m.almaydan-news.example"
    og_only = wrap(ARTICLE, '<meta property="og:url" content="https://www.akhbar.example/n/5">')
    assert extract_html(og_only).url == "https://www.akhbar.example/n/5"
    relative = wrap(ARTICLE, '<meta property="og:url" content="https://www.akhbar.example/n/5">'
                             '<link rel="canonical" href="/news/5">')
    assert extract_html(relative).url == "https://www.akhbar.example/news/5"
    assert extract_html(wrap(ARTICLE)).url is None and extract_html(wrap(ARTICLE)).site is None


def test_site_of():
    assert site_of("https://www.Example.com:8080/x") == "example.com"
    assert site_of("http://news.example.org") == "news.example.org"
    assert site_of("") is None and site_of(None) is None


def test_language():
    assert extract_html(page("almaydan_politics.html")).language == "ar"
    english = ("<p>The minister said on Saturday that the talks between the parties would resume in Geneva "
               "next week, and that the government was ready to discuss a prisoner exchange.</p>")
    assert extract_html(wrap(english, title="Talks")).language == "en"


# --------------------------------------------------------------------------- encodings


def test_windows_1256_page_declared_in_meta():
    ex = extract_html(page("alwadi_health_cp1256.html"))
    assert ex.encoding == "windows-1256" and "حملة وطنية لتطعيم الأطفال" in ex.text


def test_iso_8859_6_page_by_header_or_by_sniffing():
    raw = page("balad_markets_iso8859_6.html")  # no <meta charset>
    by_header = extract_html(raw, content_type="text/html; charset=ISO-8859-6")
    sniffed = extract_html(raw)
    assert by_header.encoding == sniffed.encoding == "iso-8859-6"
    assert by_header.text == sniffed.text and "إعادة تأهيل الأسواق القديمة" in sniffed.text


def test_header_charset_comes_before_meta():
    html = wrap(ARTICLE).replace('<meta charset="utf-8">', '<meta charset="utf-8">')
    raw = html.encode("cp1256")  # the meta lies (utf-8), the header tells the truth
    ex = extract_html(raw, content_type="text/html; charset=windows-1256")
    assert ex.encoding == "windows-1256" and P1 in ex.text


def test_declarations_that_contradict_the_bytes_are_passed_over():
    html = wrap(ARTICLE)
    # a server's ISO-8859-1 default over a windows-1256 page
    assert decode_bytes(html.encode("cp1256"), "text/html; charset=ISO-8859-1")[1] == "windows-1256"
    # a stale windows-1256 meta on a page now in UTF-8
    stale = html.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">')
    text, enc = decode_bytes(stale.encode("utf-8"))
    assert enc == "utf-8" and P1 in text
    # the two Arabic code pages mislabelled as each other
    assert decode_bytes(html.encode("cp1256"), "text/html; charset=iso-8859-6")[1] == "windows-1256"
    assert decode_bytes(html.encode("iso8859_6"), "text/html; charset=windows-1256")[1] == "iso-8859-6"


def test_undeclared_bytes_are_sniffed():
    bare = f"<html><body><p>{P1}</p><p>{P2}</p></body></html>"
    for codec, name in (("utf-8", "utf-8"), ("cp1256", "windows-1256"), ("iso8859_6", "iso-8859-6")):
        text, enc = decode_bytes(bare.encode(codec))
        assert enc == name and text == bare
    french = "<p>Le président a déclaré à la télévision qu'il était très préoccupé.</p>".encode("cp1252")
    assert decode_bytes(french) == (french.decode("cp1252"), "windows-1252")


def test_bom_and_utf16():
    html = wrap(ARTICLE)
    assert decode_bytes(b"\xef\xbb\xbf" + html.encode("utf-8")) == (html, "utf-8")
    assert decode_bytes(html.encode("utf-16")) == (html, "utf-16-le")
    assert decode_bytes(html.encode("utf-16-le")) == (html, "utf-16-le")  # no BOM: "<\0" tells
    assert extract_html(html.encode("utf-16")).text.split("\n\n") == [P1, P2, P3]


def test_damaged_utf8_stays_utf8():
    raw = wrap(ARTICLE).encode("utf-8")
    cut = raw.replace("الشرطة".encode(), "الشرطة".encode()[:-1], 1)  # one broken character
    text, enc = decode_bytes(cut)
    assert enc == "utf-8" and "\ufffd" in text and P2 in text


def test_binary_content_is_refused():
    for raw in (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
                b"\x1f\x8b\x08\x00" + bytes(range(256)), bytes(range(256)) * 20, b"PK\x03\x04\x14\x00"):
        with pytest.raises(IngestError, match="binary content, not text"):
            decode_bytes(raw)
        with pytest.raises(IngestError, match="binary content, not text"):
            extract_html(raw)
    assert decode_bytes(b"") == ("", "utf-8")


# --------------------------------------------------------------------------- errors and odd input


def test_errors_say_why():
    cases = {
        b"": "empty input",
        b"  \n\t ": "empty input",
        "هذا نص عادي بلا وسوم، وليس صفحة.".encode(): "not HTML",
        b'{"id": 1, "text": "x"}': "not HTML",
        b'<?xml version="1.0"?><rss version="2.0"><channel><item><description><![CDATA[<p>x</p>]]>'
        b"</description></item></channel></rss>": "not HTML",
        b"<html><head><title>x</title></head><body></body></html>": "no article body",
        "<html><body><nav><a href='/'>الرئيسية</a> <a href='/x'>سياسة</a></nav></body></html>".encode(): "no article body",
    }
    for raw, reason in cases.items():
        with pytest.raises(IngestError, match=reason):
            extract_html(raw)


def test_text_input_and_broken_markup():
    ex = extract_html(f"<html><body><div><p>{P1}<p>{P2}<div><p>{P3}<b><i>")
    assert ex.encoding == "unicode" and [P1, P2, P3] == ex.text.split("\n\n")
    ex = extract_html(f'<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><body>{ARTICLE}</body></html>')
    assert P1 in ex.text


def test_huge_page_is_read_in_bounded_time():
    filler = "<script>" + "var a=[1,2,3];" * 200_000 + "</script>"
    menu = "<ul>" + "<li><a href='/n'>رابط إلى قسم آخر من الموقع</a></li>" * 20_000 + "</ul>"
    raw = wrap(filler + menu + ARTICLE + menu).encode("utf-8")
    assert len(raw) > 5_000_000
    start = time.perf_counter()
    ex = extract_html(raw)
    assert time.perf_counter() - start < 20
    assert ex.text.split("\n\n") == [P1, P2, P3]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000) | st.text(max_size=1500).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_any_bytes_give_an_extract_or_an_ingest_error(raw):
    for data in (raw, b"<html><body><p>" + raw + b"</p></body></html>"):
        try:
            ex = extract_html(data)
        except IngestError:
            continue
        assert ex.text and ex.text == ex.text.strip()


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["<div>", "</div>", "<p>", "</p>", "<br>", "<a href='/x'>", "</a>", "<table><tr><td>",
                                 "</td></tr></table>", "<h3>اقرأ أيضاً</h3>", "<ul><li>", "</li></ul>", P1, P2,
                                 "شاهد أيضاً", "التعليقات", "<script>var x=1;</script>", "<!-- c -->", "&amp;", "<"]),
                max_size=40))
def test_any_markup_soup_gives_an_extract_or_an_ingest_error(parts):
    try:
        ex = extract_html("<html><body>" + "".join(parts) + "</body></html>")
    except IngestError:
        return
    assert "\n\n\n" not in ex.text


# --------------------------------------------------------------------------- sniffing and speed


def test_looks_like_html():
    yes = [b"<!DOCTYPE html><html>", b"  \n<html lang='ar'>", b"\xef\xbb\xbf<!doctype html>", b"<div class='x'>",
           b"<head><meta charset='utf-8'>", b'<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN">',
           "<html><body>".encode("utf-16"), b"<!-- saved page -->\n<html>"]
    no = [b"", "قال الوزير إن المحادثات ستستأنف.".encode(), b'{"id": 1, "text": "<p>x</p>"}',
          b'<?xml version="1.0"?><rss version="2.0"><channel><description><![CDATA[<p>x</p>]]>',
          b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="html">&lt;p&gt;',
          b"WARC/1.0\r\nWARC-Type: response\r\n", b"id,text\n1,<p>x</p>"]
    assert all(looks_like_html(h) for h in yes), [h for h in yes if not looks_like_html(h)]
    assert not any(looks_like_html(h) for h in no), [h for h in no if looks_like_html(h)]


def test_extraction_is_fast():
    raw = page("almaydan_politics.html")
    extract_html(raw)  # imports and compiled tables
    start = time.process_time()
    for _ in range(20):
        extract_html(raw)
    assert (time.process_time() - start) / 20 < 0.05  # ~3 ms on a laptop core; generous for slow CI
