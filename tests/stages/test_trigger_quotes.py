"""Triggers: a word a row may not follow is read past the quote that opens a name (مديرية "أرحب")."""


def test_a_district_in_quotes_is_no_welcome(nlp):
    art = nlp('وقتل ثلاثة من المسلحين الحوثيين في مديرية "أرحب" شمال صنعاء، بينما سيطرت المقاومة على مديرية «أرحب».')
    assert [e.event for e in art.events if e.trigger.text == "أرحب"] == []
    assert "ASSAULT" in [e.event for e in art.events]
