"""What the Python API does with bad inputs: a clear error or an ignored field with its reason, and a stream of
texts (`nlp.pipe`) that goes on past an item it cannot annotate."""

import datetime

import pytest

from hadath.article import Article, checked_published

TEXT = ("قال وزير الدفاع الروسي سيرجي شويغو، اليوم الجمعة، إن موسكو طلبت من واشنطن تنفيذ غارات جوية مشتركة "
        "ضد تنظيم داعش في سوريا.")


@pytest.mark.parametrize("published", ["0001-01-01", "0001-01-03", "9999-12-31", "2015-02-30", "yesterday",
                                       "2015-07-22junk", 20150101, ["2015-07-21"]])
def test_a_publication_date_the_stages_cannot_count_from_is_ignored_with_its_reason(nlp, published):
    art = nlp(TEXT, published=published)
    assert art.published is None
    assert len(art.errors) == 1 and repr(published) in art.errors[0] and "ignored" in art.errors[0]
    assert [e.event for e in art.events] == ["REQUEST"]  # still coded, dated by nothing it cannot count from


def test_a_good_publication_date_is_kept_as_its_day(nlp):
    assert nlp(TEXT, published="2016-05-20T10:00:00").published == "2016-05-20"
    assert nlp(TEXT, published=" 2016-05-20 10:00 ").published == "2016-05-20"
    assert checked_published(datetime.date(2016, 5, 20)) == ("2016-05-20", None)
    assert checked_published(datetime.datetime(2016, 5, 20, 23, 59)) == ("2016-05-20", None)
    art = nlp(TEXT, published="2016-05-20")
    assert art.errors == [] and art.events[0].date == "2016-05-20"  # «اليوم الجمعة»


def test_a_title_that_is_not_a_string_is_ignored_and_the_text_coded(nlp):
    art = nlp(TEXT, title=5, url=7)
    assert art.title is None and art.url is None
    assert art.errors == ["title 5 is not a string; ignored", "url 7 is not a string; ignored"]
    assert [e.event for e in art.events] == ["REQUEST"]


@pytest.mark.parametrize("text", [None, 123, b"\xd9\x85"])
def test_a_text_that_is_not_a_string_is_a_clear_type_error(nlp, text):
    with pytest.raises(TypeError, match="text must be a str"):
        nlp(text)


def test_a_stream_goes_on_past_an_item_it_cannot_annotate(nlp):
    out = list(nlp.pipe([TEXT, None, Article(text=TEXT, id="last")]))
    assert [a.id for a in out][1:] == ["item-1", "last"]
    assert [len(a.events) for a in out] == [1, 0, 1]
    assert out[1].errors == ["not annotated: TypeError: an Article's text must be a str, not NoneType"]
    assert out[0].errors == out[2].errors == []


def test_an_article_a_stream_cannot_annotate_keeps_its_metadata_and_problems(nlp):
    from hadath.pipeline import Pipeline

    def broken(article):
        raise ValueError("bad stage")

    broken.name, broken.requires, broken.adds = "broken", (), ()
    item = Article(text=TEXT, id="x1", url="http://x/1", source="aawsat", title="عنوان", published="yesterday")
    out = list(Pipeline([broken]).pipe([item, "نص"]))
    assert (out[0].id, out[0].url, out[0].source, out[0].title, out[0].text) == ("x1", "http://x/1", "aawsat",
                                                                                 "عنوان", TEXT)
    assert out[0].errors == ["published 'yesterday' is not a date YYYY-MM-DD; ignored",
                             "not annotated: ValueError: bad stage"]
    assert out[1].text == "نص" and out[1].errors == ["not annotated: ValueError: bad stage"]

