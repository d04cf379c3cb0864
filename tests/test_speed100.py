"""Article.sentence_mentions: the per-sentence index of the mention layer gives what a scan of every mention gives."""

from hadath.article import Article
from hadath.records import Mention


def _m(start: int, sentence: int, kind: str = "actor") -> Mention:
    """A one-character mention at `start` in `sentence`."""
    return Mention(start, start + 1, "x", kind, "SAU", 0, 1, sentence)


def test_same_as_a_scan_in_order():
    art = Article(text="x" * 20, id="t")
    art.mentions = [_m(0, 0), _m(2, 1), _m(4, 0, "trigger"), _m(6, 2), _m(8, 1)]
    for s in range(4):
        assert art.sentence_mentions(s) == [m for m in art.mentions if m.sentence == s]


def test_made_again_when_the_layer_changes():
    art = Article(text="x" * 20, id="t")
    art.mentions = [_m(0, 0)]
    assert len(art.sentence_mentions(0)) == 1
    art.mentions = [_m(0, 0), _m(3, 0)]  # replaced
    assert len(art.sentence_mentions(0)) == 2
    art.mentions.append(_m(5, 0))  # grown
    assert len(art.sentence_mentions(0)) == 3
    assert art.sentence_mentions(7) == []
