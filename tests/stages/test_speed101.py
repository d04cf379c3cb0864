"""speed101: work left out that cannot change the output. `_stem_in` (modality) asks one set of the prefixed forms of
a word class, not six prefixes a word; the event coder reads the names a sentence introduces (`introduced_names`) only
when a later sentence with a trigger needs them; `Modality._flags` reads the trigger's fields once."""

from __future__ import annotations

import pytest

from hadath.lexicon.compile import FunctionWords
from hadath.stages.modality import _STEM_PREFIXES, _stem_forms, _stem_in
from hadath.stages.phrases import strip_wa


def _stem_in_by_prefixes(norm: str, words: frozenset[str]) -> bool:
    """The reading `_stem_in` gave before: some prefix taken off, the rest is one of `words`."""
    w = strip_wa(norm)
    return any(w.startswith(p) and w[len(p):] in words for p in _STEM_PREFIXES)


@pytest.mark.parametrize("word", ["لمنع", "ومنع", "بمنع", "المنع", "بالمنع", "للمنع", "منعت", "امتنعت", "بتقاعس",
                                  "للتحقيق", "بالثأر", "والتوقيع", "فلمنع", "منع", "ال", "ب", ""])
def test_stem_in_reads_as_the_six_prefixes_did(word):
    fw = FunctionWords.load()
    for words in (fw.prevent, fw.abstain, fw.redress, fw.accept_noun):
        assert _stem_in(word, words) == _stem_in_by_prefixes(word, words), (word, sorted(words)[:5])


def test_stem_forms_are_the_class_words_with_each_prefix():
    words = frozenset({"منع", "حظر"})
    assert _stem_forms(words) == {p + w for w in words for p in ("", "ب", "ل", "ال", "بال", "لل")}
    assert _stem_forms(words) is _stem_forms(frozenset({"حظر", "منع"}))  # made once per class


@pytest.mark.parametrize("text, name, trigger", [
    # the name introduced in a sentence of no trigger, read when the next one (with a trigger) needs it
    ("وقال المحامي أحمد جزيني إن القانون صارم. وأضاف أن العقوبة رادعة. "
     "ونوه جزيني على أن القانون في المملكة العربية السعودية يعتبر حيازة المخدرات جريمة.", "جزيني", "نوه"),
    # introduced in a sentence with a trigger, a sentence of none between
    ("اتهم ماجد نواز، مستشار رئيس الوزراء البريطاني، الحكومة بالتقصير. وكان نواز في لندن. "
     "ولكن، يطالب نواز بالاحتواء الكامل للمسلمين في بريطانيا.", "نواز", "يطالب"),
])
def test_a_family_name_introduced_before_a_sentence_of_no_trigger_is_still_the_subject(coder, text, name, trigger):
    found = [(x.text, e.trigger.text) for e in coder(text).events for x in e.actor]
    assert (name, trigger) in found, found
