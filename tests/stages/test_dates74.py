"""Event dates (round 74): «مسبقا» right after an event's past verb tells an act done before the story's day; a year
told in a relative clause before the event's past verb dates that clause, not the verb; the day a statement was
received, told before its «إن», dates the saying, and what is said with a look-back closing it («خلال هذه الفترة»)
came before it."""


def _events(nlp, text, event, published):
    return [e for e in nlp(text, published=published).events if e.event == event]


def test_an_opposition_told_beforehand_is_before_the_day(nlp):
    """«صادقت ألمانيا فقط على إنقاذ عارضته مسبقا»: the opposition came before the publication day, not on it; not
    «شرطا مسبقا»."""
    text = "صادقت ألمانيا فقط على إنقاذ عارضته مسبقا."
    rejects = _events(nlp, text, "REJECT", "2015-07-23")
    assert rejects and all(e.date is None and e.enddate == "2015-07-23" for e in rejects)
    # «شرطا مسبقا»: the adjective after a noun tells nothing of when the act was done
    text = "رفضت الحكومة أمس المبادرة التي تطرح الانسحاب شرطا مسبقا."
    rejects = _events(nlp, text, "REJECT", "2015-07-23")
    assert rejects and rejects[0].date == "2015-07-22"


def test_a_relative_clause_year_does_not_date_the_main_verb(nlp):
    """«عملية السلام التي أطلقت مع أنقرة في 2012 تأتي في حين اجتمعت حكومة أنقرة»: the meeting is not of 2012."""
    text = ("وعملية حزب العمال الكردستاني التي تهدد بنسف عملية السلام التي أطلقت مع أنقرة في 2012 تأتي في حين "
            "اجتمعت حكومة أنقرة لتعزيز الإجراءات الأمنية على الحدود مع سوريا.")
    meets = _events(nlp, text, "CONSULT", "2015-07-23")
    assert meets and all(not (e.date or "").startswith("2012") for e in meets)


def test_a_statement_day_does_not_date_a_tally_of_the_period(nlp):
    """«وقال المرصد في بيان تلقت … نسخة منه اليوم الخميس إن 173 مدنيا قتلوا … خلال هذه الفترة»: the killings came
    before the statement's day, not on it."""
    text = ("وقال المرصد في بيان تلقت وكالة الأنباء الألمانية نسخة منه اليوم الخميس (23 يوليو/تموز 2015) إن 173 مدنيا "
            "قتلوا وأصيب العشرات بالإضافة إلى مقتل مقاتل إسلامي أيضا جراء الغارات خلال هذه الفترة.")
    kills = _events(nlp, text, "ASSAULT", "2015-07-23")
    assert kills and all(e.date is None and e.enddate == "2015-07-23" for e in kills)
