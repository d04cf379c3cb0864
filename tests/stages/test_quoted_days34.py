"""Days in quotation marks (round 34, review mends): a weekday closing a quoted programme name is no date (برنامج
"لقاء الخميس"), but a weekday in words quoted after a colon is («وقال الوزير: "نلتقي الخميس"»); a newspaper named in
straight single quotes (لجريدة 'اليوم') is no «today»."""


def _times(nlp, text):
    """The time expressions of a text published on Saturday 1 August 2015, as (text, value) pairs."""
    return [(t.text, t.value) for t in nlp(text, published="2015-08-01").times]


def test_a_weekday_quoted_after_a_colon_is_a_date(nlp):
    assert ("الخميس", "2015-08-06") in _times(nlp, 'وقال الوزير: "نلتقي الخميس" في القاهرة.')


def test_a_weekday_closing_a_quoted_programme_name_is_no_date(nlp):
    times = _times(nlp, 'يستضيف برنامج "لقاء الخميس"، غداً الأحد وزير الإعلام.')
    assert not any(text == "الخميس" for text, _ in times)
    assert ("غداً الأحد", "2015-08-02") in times


def test_a_paper_named_in_single_quotes_is_not_today(nlp):
    assert not any(text == "اليوم" for text, _ in _times(nlp, "وفقا لجريدة 'اليوم' فإن الوزير وصل إلى الرياض."))
    assert any(text == "اليوم" for text, _ in _times(nlp, "وقال الوزير اليوم إنه وصل إلى الرياض."))
