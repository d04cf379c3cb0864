"""Review mend of the eighteenth stop (mend58b): one clitic stemmer for the place nouns (must / must-not).

«بحي X» reads as «حي X»: a quarter's name, no town of that name elsewhere, whatever clitic is joined to the noun
(ب، ل، ك, with و/ف before them).
"""


def _places(nlp, text):
    """(text, country) of each toponym of a one-article text, its offsets checked."""
    art = nlp(text, published="2015-07-25")
    for p in art.places:
        assert text[p.start:p.end] == p.text
    return [(p.text, p.country_code) for p in art.places]


def test_a_quarter_with_a_clitic_reads_as_without(nlp):
    """«بحي الروضة» and «في حي الروضة» give the same places: Aden and (since round 61, as the toponym gold marks
    quarters) its quarter, Yemeni, no Saudi town of that name."""
    joined = _places(nlp, "وقع انفجار بحي الروضة في عدن صباح اليوم.")
    apart = _places(nlp, "وقع انفجار في حي الروضة في عدن صباح اليوم.")
    assert joined == apart == [("الروضة", "YE"), ("عدن", "YE")]

