"""names44: a person's name with a hyphen between its words (فرانك - فالتر شتاينماير، بان كي-مون) is the lexicon's
name; a bare «خلية» (cell) is a role noun that takes the sector of the body after it."""

from __future__ import annotations

PUBLISHED = "2015-07-21"


def _mentions(coder, text):
    """(text, label) of the entity mentions (no cue, no trigger) of a text."""
    a = coder(text, published=PUBLISHED)
    return [(m.text, m.label) for m in a.mentions if m.kind in ("actor", "agent")]


def test_hyphen_with_spaces_in_a_given_name(coder):
    ms = _mentions(coder, "وحذر وزير الخارجية الألماني فرانك - فالتر شتاينماير من تصعيد الأزمة.")
    assert ("فرانك - فالتر شتاينماير", "DEU") in ms


def test_hyphen_glued_or_half_glued(coder):
    assert ("فرانك-فالتر شتاينماير", "DEU") in _mentions(
        coder, "وحذر وزير الخارجية الألماني فرانك-فالتر شتاينماير من تصعيد الأزمة.")
    assert ("فرانك- فالتر شتاينماير", "DEU") in _mentions(
        coder, "وحذر وزير الخارجية الألماني فرانك- فالتر شتاينماير من تصعيد الأزمة.")


def test_hyphen_before_the_last_word(coder):
    ms = _mentions(coder, "وقال الأمين العام للأمم المتحدة بان كي-مون إن المنظمة تدعم الحل السياسي.")
    assert ("بان كي-مون", "IGO") in ms


def test_plain_name_still_matches(coder):
    ms = _mentions(coder, "وحذر وزير الخارجية الألماني فرانك فالتر شتاينماير من تصعيد الأزمة.")
    assert ("فرانك فالتر شتاينماير", "DEU") in ms


def test_hyphen_never_joins_two_names(coder):
    ms = _mentions(coder, "ووقعت السعودية - الإمارات اتفاقية في الرياض.")
    assert ("السعودية", "SAU") in ms and ("الإمارات", "ARE") in ms
    assert not any("-" in text for text, _ in ms)


def test_cell_takes_the_body_after_it(parties):
    act, _ = parties.of("واعتقلت خلية استخبارات الشرطة الاتحادية ثلاثة مسلحين في بغداد.", "COERCE")
    assert any(text.startswith("خلية") and sector == "SPY" for text, _, sector in act)
