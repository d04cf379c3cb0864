"""Round md47 (review of nv47): the years of the Hijra in a chronology, the guards of `worded_clause` and of
`chronicle_year` (topics `almanac_line`).

A chronology line's year of the Hijra (its mark هـ, or a year before 1500) is past by `_past_year`: in 2015 the
lines of 1436هـ (the current year) and 1437هـ (a coming one) are no history and do not count towards the
CHRONICLE_LINES lines of past years; the lines of 1433–1435هـ are. A line that opens with «وعام 2003م:» (و or ف
before the year word, an `era` word of topic_words.tsv) is a chronology line too."""

_TAIL = "\nوأضاف المتحدث أن الأمر قيد الدرس."


def _found(a):
    return [(e.event, e.trigger.text) for e in a.events]


def test_lines_of_the_current_hijri_year_are_no_history(nlp):
    """«- عام 1436هـ اعتقلت قوات الأمن …» twice (2015-07-22, 1436 the current Hijri year): the arrest stays."""
    text = ("وقالت الوزارة:\n- عام 1436هـ اعتقلت قوات الأمن 431 شخصا من خلايا داعش.\n"
            "- عام 1436هـ أحبطت قوات الأمن تفجيرا في الرياض.")
    a = nlp(text, published="2015-07-22")
    assert ("COERCE", "اعتقلت") in _found(a), _found(a)


def test_a_line_of_a_coming_hijri_year_stays(nlp):
    """«- سنة 1437هـ ستوقع المملكة اتفاقا» after lines of 1434هـ and 1435هـ: a coming year, no history."""
    text = ("وقالت الوزارة:\n- عام 1434هـ اعتقلت قوات الأمن 431 شخصا من خلايا داعش.\n"
            "- عام 1435هـ أحبطت قوات الأمن تفجيرا في الرياض.\n- سنة 1437هـ ستوقع المملكة اتفاقا مع مصر.")
    a = nlp(text, published="2015-07-22")
    assert ("SUPPORT", "ستوقع") in _found(a), _found(a)


def test_lines_of_past_hijri_years_are_history(nlp):
    """«- عام 1433هـ …»، «- عام 1434هـ …»، «- عام 1435هـ هاجم مسلحون …» (2015): a chronology, no event."""
    text = ("وقالت الوزارة:\n- عام 1433هـ اعتقلت قوات الأمن 431 شخصا من خلايا داعش.\n"
            "- عام 1434هـ اعتقلت قوات الأمن 25 شخصا في الرياض.\n- عام 1435هـ هاجم مسلحون مركزا حدوديا في عرعر.")
    a = nlp(text, published="2015-07-22")
    assert _found(a) == []


def test_a_lone_line_of_a_past_hijri_year_stays(nlp):
    """«- عام 1435هـ هاجم مسلحون …» alone, in no chronology: the attack is coded as it stands."""
    a = nlp("- عام 1435هـ هاجم مسلحون مركزا حدوديا في عرعر." + _TAIL, published="2015-07-22")
    assert ("ASSAULT", "هاجم") in _found(a), _found(a)


def test_chronology_lines_with_wa_are_history(nlp):
    """«وعام 2003م: وقعت إيران …»، «وعام 2011م: التقت دول …» (2015-07-27): two lines of past years, no event."""
    text = ("وعام 2003م: وقعت إيران اتفاقاً إلحاقياً إضافياً إلى اتفاق التسلح النووي القديم.\n"
            "وعام 2011م: التقت دول «5 + 1» مع إيران في اسطنبول.")
    a = nlp(text + _TAIL, published="2015-07-27")
    assert _found(a) == []


def test_a_bulleted_count_in_a_chronology_is_no_year(nlp):
    """«- 1250 جنديا هاجموا …» after «- عام 1995 …» and «- عام 2007 …»: a bullet and a bare number is a count, no
    chronology line, even in a list of two past years (the year word a bullet line needs)."""
    text = ("وهذه أبرز العمليات:\n- عام 1995 تفجير إرهابي بسيارة مفخخة بالرياض.\n"
            "- عام 2007 مجموعة إرهابية مسلحة فتحت النار على فرنسيين قرب مدينة تبوك.\n"
            "- 1250 جنديا هاجموا مواقع لتنظيم داعش في الرمادي أمس.")
    a = nlp(text, published="2015-07-22")
    assert ("ASSAULT", "هاجموا") in _found(a), _found(a)


def test_a_worded_verb_with_its_own_actor_stays(nlp):
    """«عريضة يطالب فيها الأهالي الحكومة بالتحقيق»: the verb after the wording noun has an actor, an act stays."""
    a = nlp("وقدم السكان عريضة يطالب فيها الأهالي الحكومة بالتحقيق في الحادث." + _TAIL, published="2015-07-27")
    assert ("REQUEST", "يطالب") in _found(a), _found(a)


def test_a_mark_between_the_wording_noun_and_the_verb_keeps_it(nlp):
    """«سيبحث عريضة، تطالب بالتقدم …»: a comma between, the verb is not right after the noun: no worded clause."""
    text = "قال البيت الأبيض إنه سيبحث عريضة، تطالب بالتقدم بطلب تسليم طبيب أسنان أمريكي." + _TAIL
    a = nlp(text, published="2015-07-31")
    assert ("REQUEST", "تطالب") in _found(a), _found(a)
