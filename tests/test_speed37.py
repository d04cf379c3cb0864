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
