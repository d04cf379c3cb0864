"""Each event takes the time of its own clause (round 46): a time past «، فيما» with the act's own time after its
word (another word of the same attack between: «جراء قصف»), a time past «، إلا أن» (the clause set against the act),
and a year or span told before a relative clause that tells the act (التي انسحبت … مع نهاية عام 2014)."""


def _events(nlp, text, published="2015-07-25"):
    return nlp(text, published=published).events


def _by_word(events, word):
    return next(e for e in events if e.trigger.text == word)


def test_the_time_of_the_clause_after_fiima_dates_its_killing(nlp):
    evs = _events(nlp, "حيث قتلت سيدة وثلاثة من أطفالها جراء قصف ببرميلين متفجرين على مبنى في حي الميسر بمدينة حلب "
                       "ليل أول من أمس، فيما قتل خمسة مواطنين بينهم طفل جراء قصف للطيران الحربي على منزل في قرية "
                       "كفرموس بريف إدلب الجنوبي صباح أمس.")
    assert _by_word(evs, "قتل").date == "2015-07-24"
    assert _by_word(evs, "قتلت").date == "2015-07-23"


def test_a_day_past_illa_anna_is_not_the_earlier_meetings(nlp):
    evs = _events(nlp, "وخلال الأشهر الأخيرة عقدت العديد من الاجتماعات غير الرسمية بين ممثلي طالبان والمسؤولين "
                       "الأفغان، إلا أن اجتماع الثلاثاء، اعتبر خطوة متقدمة.")
    meetings = _by_word(evs, "الاجتماعات")
    assert meetings.date != "2015-07-21"
    assert meetings.date_source == "before_published"


def test_a_span_before_a_relative_clause_does_not_date_its_act(nlp):
    evs = _events(nlp, "جرى تدريبهم على أيدي المدربين الأميركيين خلال السنوات العشر الماضية ليكونوا بديلاً للقوات "
                       "الدولية التي انسحبت قواتها المقاتلة من أفغانستان مع نهاية عام 2014.", published="2015-07-21")
    assert _by_word(evs, "انسحبت").date == "2014-01-01"


def test_a_year_before_the_relative_clause_of_another_act_is_not_its_date(nlp):
    evs = _events(nlp, "ويحيي أوباما ذكرى ضحايا تفجير السفارة الأمريكية عام 1998 ويتناول العشاء مع كينياتا الذي حال "
                       "توجيه المحكمة الجنائية الدولية اتهامات له دون زيارة أوباما لكينيا.")
    assert not (_by_word(evs, "اتهامات").date or "").startswith("1998")


def test_a_year_heading_the_clause_of_its_act_still_dates_it(nlp):
    evs = _events(nlp, "وفي عام 2012 اعتقلت الشرطة المتهم بعد أن فر من السجن.")
    assert _by_word(evs, "اعتقلت").date == "2012-01-01"


def test_a_relative_clause_right_after_the_time_shares_it(nlp):
    evs = _events(nlp, "والبناء على نتائج الزيارة الناجحة التي أجراها الرئيس للصين في ديسمبر 2014، والتي شهدت إعلان "
                       "إقامة شراكة استراتيجية شاملة بين البلدين.", published="2015-08-09")
    assert _by_word(evs, "شراكة").date == "2014-12-01"
