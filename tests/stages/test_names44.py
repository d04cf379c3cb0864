"""names44: a person's name with a hyphen between its words (فرانك - فالتر شتاينماير، بان كي-مون) is the lexicon's
name; a bare «خلية» (cell) is a role noun that takes the sector of the body after it; a named body's later word with
the article is not read where the text drops it («مجلس أمن إقليمي» is no UN Security Council)."""

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


def test_later_word_without_the_article_is_no_named_body(coder):
    ms = _mentions(coder, "ودعا الخبراء إلى إنشاء مجلس أمن إقليمي يضم دول المنطقة.")
    assert not any(label == "IGO" for _, label in ms)


def test_later_word_with_the_article_is_the_named_body(coder):
    ms = _mentions(coder, "وطالب مجلس الأمن إيران بوقف التصعيد.")
    assert ("مجلس الأمن", "IGO") in ms


def test_role_phrase_keeps_either_spelling(coder):
    ms = _mentions(coder, "وقالت قوات أمن الدولة إنها اعتقلت المتهمين.")
    assert any(text.startswith("قوات أمن") and label == "COP" for text, label in ms)


def test_construct_going_on_to_a_definite_word_keeps_the_name(coder):
    ms = _mentions(coder, "وقالت قوات تحالف دعم الشرعية إنها قصفت المواقع.")
    assert any(text.startswith("قوات تحالف") and label == "INT" for text, label in ms)


def test_indefinite_name_of_noun_and_adjectives_kept(coder):
    ms = _mentions(coder, "ودعا إلى تشكيل قوة عربية مشتركة لمواجهة الإرهاب.")
    assert ("قوة عربية مشتركة", "IGO") in ms
