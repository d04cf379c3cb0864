"""speed37: tokens made through the records' private builder are the same frozen Tokens the constructor makes."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from hadath.arabic.tokens import tokenize
from hadath.records import Token, _builder

SENTENCE = "وقال وزير الخارجية السعودي عادل الجبير: «إن المملكة ترفض التدخل في شؤونها»، في 12.5 ساعة (UN-led)."


def test_tokens_are_frozen_tokens_equal_to_the_constructors():
    """Each token is a Token (not its builder twin), equal, hashed and shown like one the public __init__ makes."""
    toks = tokenize(SENTENCE)
    assert [t.text for t in toks][:4] == ["وقال", "وزير", "الخارجية", "السعودي"]
    for t in toks:
        assert type(t) is Token
        made = Token(t.start, t.end, t.text, t.norm, t.kind)
        assert t == made and hash(t) == hash(made) and repr(t) == repr(made)
        assert dataclasses.astuple(t) == dataclasses.astuple(made)
        assert SENTENCE[t.start:t.end] == t.text
    assert pickle.loads(pickle.dumps(toks)) == toks


def test_tokens_stay_frozen():
    """Assigning to a token's field, or deleting one, raises as on any frozen record."""
    tok = tokenize("أدانت المملكة الهجوم")[1]
    assert tok.norm == "المملكه"
    with pytest.raises(dataclasses.FrozenInstanceError):
        tok.start = 3
    with pytest.raises(dataclasses.FrozenInstanceError):
        tok.norm = "x"
    with pytest.raises(dataclasses.FrozenInstanceError):
        del tok.kind
    with pytest.raises((TypeError, dataclasses.FrozenInstanceError)):
        tok.__class__ = _builder(Token)  # (nor made its mutable twin again)
    assert tok.start == 6 and type(tok) is Token


def test_builder_twin_has_the_records_slots_and_no_more():
    """The builder twin shares the record's slot layout (so an unfinished twin can become the record), and is no
    Token: a twin never leaves the builder."""
    twin = _builder(Token)
    assert twin.__slots__ == Token.__slots__ and not issubclass(twin, Token)
    obj = object.__new__(twin)
    obj.start, obj.end, obj.text, obj.norm, obj.kind = 0, 4, "قالت", "قالت", "ar"
    obj.__class__ = Token
    assert obj == Token(0, 4, "قالت", "قالت", "ar")
    with pytest.raises(dataclasses.FrozenInstanceError):
        obj.end = 5


def test_written_forms_find_what_normalises_to_a_phrase():
    """A phrase's written forms are found in the text as written exactly where the normalised text has the phrase:
    with harakat, tatweel, a joiner or a hamza between or on its letters, and not in another word."""
    import re

    from hadath.arabic.normalize import normalize, written_forms

    phrase = normalize("مقالات أخرى للكاتب")
    finder = re.compile(written_forms(phrase))
    for text, found in (("مقالاتٌ أُخرى للكاتبلماذا هدمت", True), ("مقالات اخري للكاتـب", True),
                        ("مقالات\u200f أخرى للكاتب", True), ("مقالات أخرى للكتاب", False),
                        ("ﻣﻘﺎﻻﺕ أخرى للكاتب", False)):  # (ﻻ, a ligature of two letters, is not folded)
        assert (finder.search(text) is not None) is found is (phrase in normalize(text))
    assert re.search(written_forms("12"), "في ١٢ يوماً").span() == (3, 5)


def test_glued_heading_still_ends_the_story():
    """«مقالات أخرى للكاتب» glued to the titles after it ends the story, written with marks too; a text without
    it keeps its end."""
    from hadath.arabic.story import find_story_end

    story = "أكد وزير الخارجية أن المملكة ترفض التدخل في شؤون المنطقة."
    assert find_story_end(story) is None
    text = story + "\nمقالاتٌ أُخرى للكاتبلماذا هدمت الحكومة المنازل"
    assert find_story_end(text) == len(story) + 1


def test_sentence_ends_are_those_of_the_marks():
    """Sentences end at a final mark before a space, at a mark glued between long Arabic words, and at line
    breaks, not after an abbreviation or inside a spelled acronym."""
    from hadath.arabic.sentences import split_sentences

    text = "قال د.محمد إن الوضع جيد. وأضاف؟ نعم!!» ثم\n\nالتعليمية.وأفاد أيه.إم.دي.ولم يرد"
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "قال د.محمد إن الوضع جيد.", "وأضاف؟", "نعم!!»", "ثم", "التعليمية.", "وأفاد أيه.إم.دي.ولم يرد"]


def test_a_mention_made_fast_equals_one_made_by_its_constructor_and_is_frozen():
    import dataclasses
    import pickle

    from hadath.records import Mention, make_mention
    args = (4, 10, "المملكة", "actor", "SAU", 1, 2, 0, (("code", "SAU"),), None)
    fast, slow = make_mention(*args), Mention(*args)
    assert type(fast) is Mention and fast == slow and hash(fast) == hash(slow) and repr(fast) == repr(slow)
    assert fast.get("code") == "SAU" and fast.to_dict() == slow.to_dict() and pickle.loads(pickle.dumps(fast)) == slow
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.label = "EGY"
