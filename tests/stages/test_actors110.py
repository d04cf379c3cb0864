"""Round 110 (actors110): actors of the judged dev slice 2015-07-22 #800–1599: the subject of a verb of managing
(تمكن) named in quotes and described by a relative clause up to its comma does the act of the verbal noun it
governs («وتمكن مقاتلو "المقاومة الشعبية" التي تضم الفصائل الموالية لحكومة …، الأسبوع الماضي من السيطرة»); a
body of the state that announces an arrest as its verb's object made it («أعلن وزير الداخلية العراقي … اعتقال
المتورطين»); a word of source between a report verb and «بأنه» is no verb of saying («واعلن اللواء جعفري حسب الاعلام
الايراني الاحد بأنه تباحث»)."""

from stage_coding import parties_reader

_DATE = "2015-07-22"

# (code, sector, text) of the recipients (or actors) of the events of `kind` the whole pipeline codes.
_parties = parties_reader(_DATE)

_ADEN = ("وتمكن مقاتلو \"المقاومة الشعبية\" التي تضم الفصائل الموالية لحكومة الرئيس اليمني المعترف به دوليا "
         "عبدربه منصور هادي، الأسبوع الماضي من السيطرة على مطار عدن وعلى أجزاء من المدينة الجنوبية بعد معارك عنيفة "
         "مع المتمردين الحوثيين وقوات الرئيس المخلوع علي عبدالله صالح.")


def test_quoted_subject_with_relative_clause_of_managing_verb_seizes(nlp):
    """«وتمكن مقاتلو "المقاومة الشعبية" التي تضم …، الأسبوع الماضي من السيطرة على مطار عدن» (2015-07-22 #1311):
    the resistance fighters seize the airport; the Houthis are who lose it."""
    actors = _parties(nlp, _ADEN, "COERCE", "actor")
    assert any(c == "YEM" and s == "REB" and "المقاومة الشعبية" in t for c, s, t in actors), actors
    assert any("الحوثيين" in t for _, _, t in _parties(nlp, _ADEN, "COERCE")), _parties(nlp, _ADEN, "COERCE")


def test_curly_quoted_subject_of_managing_verb_seizes(nlp):
    """The same with curly quotes (2015-07-22 #1497): «وتمكن مقاتلو “المقاومة الشعبية” التي تضم …»."""
    text = _ADEN.replace("\"المقاومة الشعبية\"", "“المقاومة الشعبية”")
    actors = _parties(nlp, text, "COERCE", "actor")
    assert any(c == "YEM" and s == "REB" for c, s, _ in actors), actors


def test_relative_clause_with_another_quote_carries_no_subject(nlp):
    """A quote inside the relative clause is another's words: no subject is carried across it."""
    text = ("وتمكن مقاتلو المقاومة الشعبية التي وصفها الوزير بأنها \"قوات الشرعية\"، الأسبوع الماضي من السيطرة على "
            "مطار عدن.")
    actors = _parties(nlp, text, "COERCE", "actor")
    assert not any("المقاومة" in t for _, _, t in actors), actors


_DIYALA = ("أعلن وزير الداخلية العراقي محمد سالم الغبان اليوم الأحد اعتقال المتورطين بالتفجير الذي استهدف ناحية بني "
           "سعد بمحافظة ديالى أمس الأول الجمعة.")


def test_state_body_announcing_an_arrest_made_it(nlp):
    """«أعلن وزير الداخلية العراقي محمد سالم الغبان اليوم الأحد اعتقال المتورطين» (2015-07-22 #893, #977): the
    Iraqi interior minister's side arrests those behind the bombing."""
    actors = _parties(nlp, _DIYALA, "COERCE", "actor")
    assert ("IRQ", "GOV", "وزير الداخلية العراقي") in actors, actors


def test_police_announcing_an_arrest_past_an_made_it(nlp):
    """«وأعلنت الشرطة أمس عن اعتقال …»: past time words and the verb's own عن."""
    text = "وأعلنت الشرطة الباكستانية أمس عن اعتقال ثلاثة مشتبه بهم في الهجوم."
    actors = _parties(nlp, text, "COERCE", "actor")
    assert any(s == "COP" for _, s, _ in actors), actors


def test_army_announcing_deaths_did_not_kill(nlp):
    """«أعلن الجيش مقتل خمسة جنود»: who announces a death is no killer (the rule is for arrests, sanctions, aid)."""
    text = "أعلن الجيش الجزائري اليوم مقتل خمسة جنود في كمين بولاية عين الدفلى."
    actors = _parties(nlp, text, "ASSAULT", "actor")
    assert not any("الجيش" in t for _, _, t in actors), actors


_JAFARI = ("واعلن اللواء جعفري حسب الاعلام الايراني الاحد بأنه تباحث مع رئيس منظمة الطاقة الذرية الايرانية علي اكبر "
           "صالحي حول نتيجة المفاوضات.")


def test_speaker_past_a_word_of_source_talks_himself(nlp):
    """«واعلن اللواء جعفري حسب الاعلام الايراني الاحد بأنه تباحث مع …» (2015-07-22 #980): «حسب» names who
    relays the words; the general who announced is who held the talks."""
    actors = _parties(nlp, _JAFARI, "CONSULT", "actor")
    assert any("جعفري" in t or t == "اللواء" for _, _, t in actors), actors


_PNC = ("ودان المجلس الوطني الفلسطيني واستنكر بشدة مصادقة كنيست الاحتلال الإسرائيلي على قانون يشدد الأحكام الجائرة. "
        "وطالب المجلس الاتحادات والملتقيات البرلمانية إلزام الكنيست الإسرائيلي بقرارات ومواثيق وأنظمة تلك الاتحادات.")


def test_bare_council_word_before_a_plural_object_is_the_named_council(nlp):
    """«ودان المجلس الوطني الفلسطيني …» … «وطالب المجلس الاتحادات والملتقيات البرلمانية» (2015-07-22 #1352): the
    bare «المجلس» is the PNC named before; the definite plural after it is its object, no adjective."""
    actors = _parties(nlp, _PNC, "REQUEST", "actor")
    assert any(c == "PSE" and t == "المجلس" for c, _, t in actors), actors


def test_bare_council_word_before_an_adjective_is_another_council(nlp):
    """«وطالب المجلس الأعلى للقضاء …»: a singular adjective after the word names another council."""
    text = _PNC.replace("المجلس الاتحادات والملتقيات البرلمانية", "المجلس الأعلى للقضاء")
    actors = _parties(nlp, text, "REQUEST", "actor")
    assert not any(c == "PSE" for c, _, _ in actors), actors
