"""Round 50: a given name that is a common word too and ends in ى (منى، هدى، يحيى), written with a final ي, is the
common word: «طلب مني» is "asked me", no person called Muna."""

from hadath.article import Article


def _actors(nlp, text):
    return [[x.text for x in e.actor] for e in nlp(Article(text=text, id="t", published="2015-07-25")).events]


def test_from_me_is_no_name(nlp):
    """«طلب مني التدخل»: the one who asked is the president, not a name «مني التدخل»."""
    actors = _actors(nlp, "وقال الوزير إن الرئيس طلب مني التدخل لدى الحكومة.")
    assert ["الرئيس"] in actors
    assert not any(t.startswith("مني") for a in actors for t in a)


def test_from_me_in_a_story_gives_no_actor_named_me(nlp):
    """«طلب مني زوجي لبس النقاب» (2015-07-25): no actor «مني زوجي»."""
    actors = _actors(nlp, "وعندما تزوجت طلب مني زوجي لبس النقاب، فلبسته.")
    assert not any(t.startswith("مني") for a in actors for t in a)
