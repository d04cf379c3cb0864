"""Round 50: a trigger row with no tail reads its unless words past its own preposition too: «صادق على أقواله شرعاً»
(a confession confirmed before a judge) is no ratification, «صادق البرلمان على الاتفاق» still is."""

from hadath.article import Article


def _triggers(nlp, text):
    return [(e.event, e.trigger.text) for e in nlp(Article(text=text, id="t", published="2015-08-03")).events]


def test_confession_confirmed_is_no_ratification(nlp):
    """2015-08-03: «حيث صادق على أقواله شرعاً» gives no SUPPORT event."""
    text = "وأضاف أنه جرى إيقاف المتهم والذي أقر بإقدامه على فعلته لخلاف وقع بينهما، حيث صادق على أقواله شرعاً."
    assert ("SUPPORT", "صادق") not in _triggers(nlp, text)


def test_ratification_stays(nlp):
    """A parliament ratifying an agreement is still SUPPORT 057."""
    assert ("SUPPORT", "صادق") in _triggers(nlp, "وصادق البرلمان التونسي على اتفاقية التعاون مع فرنسا.")
