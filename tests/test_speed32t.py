"""Speed round 32 (segment and statements): the faster readings make exactly the tokens and statements the plain
ones made."""

from hypothesis import given, strategies as st

from hadath.arabic.normalize import normalize
from hadath.arabic.tokens import _TOKEN_RE, tokenize
from hadath.records import Token


def _plain_tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens as one match per token reads them (the reading tokenize replaced)."""
    out = []
    for m in _TOKEN_RE.finditer(text, start, len(text) if end is None else end):
        kind = m.lastgroup or "punct"
        out.append(Token(m.start(), m.end(), m.group(), m.group() if kind == "punct" else normalize(m.group()), kind))
    return out


def test_pairs_make_the_tokens_one_match_per_token_made():
    text = "قُتل ٥ جنود،   و3 مدنيين في «حلب». ـ ـــ وقال ﻭﻗﺎﻝ U.S. base\u00a0— 10:30 ـالجيش\n\nأكد"
    cache: dict = {}
    for start, end in ((0, None), (3, 40), (10, len(text) - 2)):
        assert tokenize(text, start, end, cache) == _plain_tokens(text, start, end)
        assert tokenize(text, start, end, cache) == _plain_tokens(text, start, end)  # (read from the cache)


@given(st.text(alphabet=st.sampled_from("اأبةتـ ٥5a.,:«»\u064e\u0640\n\t\u00a0ﻭ-"), max_size=60), st.integers(0, 10))
def test_pairs_make_the_same_tokens_on_any_text(text, start):
    start = min(start, len(text))
    assert tokenize(text, start) == _plain_tokens(text, start)
