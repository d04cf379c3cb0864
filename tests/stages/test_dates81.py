"""Round 81 date fixes (sentences of the dev days 2015-07-23 and 2015-07-26): a year before a clause joined by a
glued و dates the act told before it («اعتقل في 1985 وحكم عليه بالسجن المؤبد في 1987»); «أول» alone a few words
before منذ tells how long since, not the act's date («أول مسؤول عراقي يستقبل وزير دفاع إيراني منذ الثورة الخمينية
عام 1979م … في اكتوبر 2012م»); a time after a first phrase past a comma dates the word before that phrase («فضيحة
أحدثت غضبا لأول مرة في سبتمبر 2014»); acts that a report after a lead with no event word tells, dated only by the
report's day, take the lead's earlier day («ضبطت بلدية … أول من أمس» … «قاموا بدهم منزل»); and an act told before
بعد أن and a recent day of the earlier act came on that day or after it («قتل 18 متمردا … بعد أن شنت قوات الامن
الافغانية عملية عسكرية أعقبتها غارة جوية أمس الاول الجمعة»); and an arrest told before a sentence that opens with
وقد and a verdict came before the publication day («وتم القبض على المتهمين …» «وقد صدر بحقهم حكم»)."""

from hadath.article import Article

_SUNDAY = "2015-07-26"
_THURSDAY = "2015-07-23"


def _events(nlp, text, word, published=_SUNDAY):
    """The events of `text` published on `published` whose trigger starts with `word`."""
    return [e for e in nlp(Article(text=text, id="t", published=published)).events if e.trigger.text.startswith(word)]


def test_year_before_a_joined_clause_dates_the_act_before_it(nlp):
    """«الذي اعتقل في 1985 وحكم عليه بالسجن المؤبد في 1987»: the life sentence is of 1987, the arrest of 1985."""
    text = ("وأضاف: إن الجاسوس الإسرائيلي الذي اعتقل في 1985 وحكم عليه بالسجن المؤبد في 1987 يحق له الحصول على "
            "إطلاق سراح مشروط بعد مرور 30 عامًا على وجوده خلف القضبان.")
    judged = _events(nlp, text, "حكم")
    assert judged and all(e.date == "1987-01-01" for e in judged)
    assert not any(e.date == "1985-01-01" for e in judged)
    assert all(e.date == "1985-01-01" for e in _events(nlp, text, "اعتقل"))


def test_first_alone_before_since_is_how_long_since(nlp):
    """«أن يكون أول مسؤول عراقي يستقبل وزير دفاع إيراني منذ الثورة الخُمينية عام 1979م وهو … وحيدي في اكتوبر
    2012م»: the visit was received in October 2012, not in 1979."""
    text = ("ويكفي نوري المالكي عاراً وخزياً أن يكون أول مسؤول عراقي يستقبل وزير دفاع إيراني منذ الثورة الخُمينية "
            "عام 1979م وهو وزير الدفاع الجنرال أحمد وحيدي في اكتوبر 2012م.")
    received = _events(nlp, text, "يستقبل")
    assert received and all(e.date == "2012-10-01" for e in received)
    assert not any(e.date == "1979-01-01" for e in received)


def test_first_visit_since_a_month_is_not_that_month(nlp):
    """«قال كارتر في أول زيارة للعراق منذ أصبح وزيرا للدفاع في فبراير شباط»: February is when he became minister,
    the visit is not of February."""
    text = ("وبعد ان تحدث الى قادة أمريكيين ومسؤولين عراقيين قال كارتر في أول زيارة للعراق منذ أصبح وزيرا للدفاع في "
            "فبراير شباط إنه يهدف الى إجراء تقييم ميداني لمجريات الأمور في الحملة.")
    visits = _events(nlp, text, "زيارة", _THURSDAY)
    assert visits and not any((e.date or "").startswith("2015-02") for e in visits)


def test_time_after_a_first_phrase_past_a_comma_is_not_the_verdicts(nlp):
    """«قضت محكمة تايوانية بالسجن عشرين عاما …، حسبما ذكرت التقارير الإخبارية أمس السبت في فضيحة أحدثت غضبا لأول
    مرة في سبتمبر 2014»: September 2014 is when the scandal broke, not the verdict's month."""
    text = ("قضت محكمة تايوانية بالسجن عشرين عاما بحق مديرين تنفيذيين تايوانيين اثنين وتغريم شركتيهما لشراء وبيع زيت "
            "ملوث، حسبما ذكرت التقارير الإخبارية أمس السبت في فضيحة أحدثت غضبا لأول مرة في سبتمبر 2014.")
    verdicts = _events(nlp, text, "قضت")
    assert verdicts and not any((e.date or "").startswith("2014") for e in verdicts)


def test_report_after_a_wordless_lead_tells_the_leads_act(nlp):
    """«ضبطت بلدية محافظة أحد المسارحة أول من أمس …» then «وأوضح رئيس لجنة … لـ"الوطن" أمس، أنه … قاموا بدهم منزل»:
    the raid was the day before yesterday (24 July), not the day the official spoke."""
    text = ("ضبطت بلدية محافظة أحد المسارحة أول من أمس خلال حملة رقابية على أحد المنازل التي تقطنها عمالة إثيوبية "
            "مخالفة في المحافظة، أكثر من 2.5 طن من الدقيق الفاسد.\n"
            "وأوضح رئيس لجنة الإصحاح البيئي بالبلدية، محمد جريبي لـ\"الوطن\" أمس، أنه بالتعاون مع الجهات الأمنية "
            "وهيئة الأمر بالمعروف، قاموا بدهم منزل لعمالة إثيوبية مخالفة حولته إلى مصنع دقيق.")
    raids = _events(nlp, text, "دهم")
    assert raids and all(e.date == "2015-07-24" for e in raids)
    assert not any(e.date == "2015-07-25" for e in raids)


def test_act_after_an_earlier_act_of_a_recent_day(nlp):
    """«قتل 18 متمردا على الاقل … بعد أن شنت قوات الامن الافغانية عملية عسكرية أعقبتها غارة جوية أمس الاول الجمعة»
    after a lead of Thursday: the killing came on Friday or after it, not on the lead's Thursday."""
    text = ("ووقع الهجوم في منطقة واردوج أمس الاول الخميس وقتل عضوان من قوات الامن.\n"
            "وتابع \"أصيب خمسة جنود في الاشتباكات\".\n"
            "وفي الوقت نفسه، قتل 18 متمردا على الاقل وأصيب تسعة آخرون في إقليم فارياب شمال البلاد بعد أن شنت قوات "
            "الامن الافغانية عملية عسكرية أعقبتها غارة جوية أمس الاول الجمعة.")
    killed = [e for e in _events(nlp, text, "قتل") if e.trigger.start > 100]
    assert killed and all(e.date == "2015-07-24" and e.enddate == _SUNDAY for e in killed)
    assert not any(e.date == "2015-07-23" for e in killed)


def test_arrest_told_before_a_given_verdict_is_before_the_day(nlp):
    """«… وتم القبض على المتهمين واتخاذ الإجراءات النظامية بحقهم حيث تم إحالتهم للتحقيق ومن ثم المحاكمة.» «وقد صدر
    بحقهم حكم يتضمن السجن لمدة عشر سنوات»: the arrest came before the verdict, before the publication day; not when
    the next sentence tells verdicts to come («وحول الأحكام الشرعية المتوقع صدورها»)."""
    case = ("فقد قامت الهيئة بالتنسيق مع الجهة المختصة بالوزارة والمباحث الإدارية بمتابعة الموضوع، وتم القبض على "
            "المتهمين واتخاذ الإجراءات النظامية بحقهم حيث تم إحالتهم للتحقيق ومن ثم المحاكمة .\n")
    arrests = _events(nlp, case + "وقد صدر بحقهم حكم يتضمن السجن لمدة عشر سنوات وغرامة مقدارها مليون ريال.", "القبض")
    assert arrests and all(e.date is None and e.enddate == _SUNDAY for e in arrests)
    assert not any(e.date == _SUNDAY for e in arrests)
    to_come = _events(nlp, case + "وحول الأحكام الشرعية المتوقع صدورها ضد المتهمين، ذكرت المصادر أنها تتعلق بالحق العام.",
                      "القبض")
    assert to_come and all(e.date == _SUNDAY for e in to_come)
