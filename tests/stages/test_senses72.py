"""Round 72 word senses (triggers.tsv unless and not_after columns), from the judges' notes on 2015-07-23: a
denunciation that is the aim of a gathering or a march (تجمعوا للتنديد: the protest is the event, no ACCUSE beside
it) and ties the writer calls unclear (وتقيم علاقات غير واضحة مع الجماعات: a state described, no SUPPORT); the
true readings still code (must code / must not code).

Checked on the coder without the report filter: these are the lexicon's candidates, before the filter weighs them.
"""

import pytest


def types(coder, text):
    """The event types the coder gives for `text`."""
    return [e.event for e in coder(text, published="2015-07-23").events]


@pytest.mark.parametrize("event, text", [
    # the aim of a gathering: the protest is the event
    ("ACCUSE", "وحسب جيفري وايسنفيل، احد منظمي المظاهرة، فان حوالى 10 الاف شخص تجمعوا للتنديد بالاتفاق الذي "
               "يهدد، كما قالوا، الامن العالمي وامن اسرائيل."),
    # ties called unclear: a state described
    ("SUPPORT", "تسيطر هذه القبائل على الحدود الليبية وتقيم علاقات غير واضحة مع الجماعات المتطرفة."),
])
def test_sense_not_coded(coder, event, text):
    """The other sense of the trigger word codes no event of that type."""
    assert event not in types(coder, text)


@pytest.mark.parametrize("event, text", [
    ("ACCUSE", "أعلنت الحكومة الفرنسية تنديدها بالهجوم على السفارة."),
    ("PROTEST", "وحسب جيفري وايسنفيل، احد منظمي المظاهرة، فان حوالى 10 الاف شخص تجمعوا للتنديد بالاتفاق."),
    ("SUPPORT", "وأقامت المملكة علاقات دبلوماسية مع جمهورية كوبا."),
])
def test_true_sense_coded(coder, event, text):
    """The trigger's event sense still codes."""
    assert event in types(coder, text)
