"""speed40: the cached lookups and C-level scans made faster keep their answers (word keys, a mention's fields, an
article's normal forms, the toponyms found)."""

from __future__ import annotations

from hadath.arabic.normalize import _WORD_KEYS, _word_key, normalize, word_key
from hadath.arabic.tokens import tokenize
from hadath.article import Article
from hadath.records import Mention, make_mention

SENTENCE = "وقال وزير الخارجية السعودي عادل الجبير في الرياض إن القوات الروسية قصفت مواقع المسلحين في مدينة حلب."


def test_word_key_cached_or_not_is_the_same():
    """A word's key is the same the first time (worked out) and after (read from the cache)."""
    for w in ("الروسية", "قوات", "المسلحين", "جنديا", "عراقيان"):
        norm = normalize(w)
        _WORD_KEYS.pop(norm, None)
        first = word_key(norm)
        assert norm in _WORD_KEYS and word_key(norm) == first == _word_key(norm)
    assert word_key(normalize("الروسية")) == "روسي" and word_key("قوات") == "قو"


def test_mention_get_before_and_after_its_fields_are_made():
    """A mention's field reads the first of a repeated key, the default for a missing one, before and after its
    fields dict is made, on a mention made by the constructor or by make_mention."""
    info = (("prefix", "ل"), ("sector", "MED"), ("prefix", "و"))
    for m in (Mention(0, 5, "لوكالة", "agent", "MED", 0, 1, 0, info),
              make_mention(0, 5, "لوكالة", "agent", "MED", 0, 1, 0, info)):
        assert m._fields is None
        assert m.get("zzz") == "" and m.get("zzz", "x") == "x"
        assert m.get("prefix") == "ل" and m.get("sector") == "MED"
        assert m._fields == {"prefix": "ل", "sector": "MED"}
    assert Mention(0, 1, "x", "cue", "say", 0, 1, 0).get("prefix", None) is None


def test_article_norms_are_the_tokens_norms():
    """Article.norms lists each sentence's tokens' normal forms, and lists them again for new tokens."""
    art = Article(text=SENTENCE)
    art.tokens = [tokenize(SENTENCE)]
    norms = art.norms()
    assert norms == [[t.norm for t in art.tokens[0]]] and norms[0][2] == "الخارجيه"
    assert art.norms() is norms
    art.tokens = [tokenize(SENTENCE, 0, 20)]
    assert art.norms() == [[t.norm for t in art.tokens[0]]] and len(art.norms()[0]) == 4


def test_places_found_in_a_sentence(nlp):
    """The place stage still finds the toponyms of a sentence (الرياض، حلب) where the text names them."""
    art = nlp(SENTENCE)
    found = {art.text[p.start:p.end] for p in art.places}
    assert any("الرياض" in f for f in found) and any("حلب" in f for f in found)


def test_idiom_after_a_name_is_no_place(nlp):
    """A name and the word after it that make an idiom of place_words.tsv (مسقط رأسه: his birthplace) are no place,
    looked up by the name; the name alone still is one (مسقط)."""
    art = nlp("وعاد اللاعب إلى مسقط رأسه في مدينة الرياض.")
    found = [art.text[p.start:p.end] for p in art.places]
    assert not any("مسقط" in f for f in found) and any("الرياض" in f for f in found)
    art = nlp("وصل الوزير إلى مسقط في زيارة رسمية.")
    assert any("مسقط" in art.text[p.start:p.end] for p in art.places)
