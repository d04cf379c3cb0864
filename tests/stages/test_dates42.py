"""Event dates (round 42): a time after the event's word, past a comma, a و and another act's word, dates that act,
not the event («نبأ مقتل 8 أشخاص في تكساس …، وإعلان الداخلية المصرية عن مقتل رجلي أمن في العريش أمس»); a year right
after the event's word, in its clause, beats a time before it past a comma («…نهاية شهر سبتمبر الماضي …، وأيضا قُتل
الطالب … في 2012»)."""


def _events(nlp, text, word, published, start=None):
    return [e for e in nlp(text, published=published).events
            if e.trigger.text == word and (start is None or e.trigger.start == start)]


_DIGEST = ("وانتقت من بين تقارير متفرقة نبأ مقتل 8 أشخاص من بينهم خمسة أطفال في محافظة تكساس الأمريكية إثر تعرضهم "
           "لإطلاق نار في منزلهم , وإعلان وزارة الداخلية المصرية عن مقتل رجلي أمن وإصابة ثلاثة آخرين في انفجار عبوة "
           "ناسفة في مدينة العريش شمال سيناء أمس .")


def test_a_day_of_the_next_clause_does_not_date_the_act_before_it(coder):
    texas = _DIGEST.index("مقتل")
    evs = _events(coder, _DIGEST, "مقتل", "2015-08-10", texas)
    assert evs and all(e.date != "2015-08-09" for e in evs)
    arish = _DIGEST.index("مقتل رجلي")
    evs = _events(coder, _DIGEST, "مقتل", "2015-08-10", arish)
    assert evs and all(e.date == "2015-08-09" for e in evs)


def test_a_year_of_a_clause_on_the_group_does_not_date_the_attack(coder):
    text = ("وقال المسؤول الذي لم يشأ كشف هويته ان \"الهجوم على القنصلية مرتبط بحزب/جبهة التحرر الشعبي الثوري\"، وهي "
            "مجموعة متطرفة تبنت في العام 2013 هجوما انتحاريا على السفارة الاميركية في انقرة.")
    evs = _events(coder, text, "الهجوم", "2015-08-10")
    assert evs and all(not (e.date or "").startswith("2013") for e in evs)
    evs = _events(coder, text, "هجوما انتحاريا", "2015-08-10")
    assert evs and all(e.date == "2013-01-01" for e in evs)


def test_a_year_right_after_the_act_beats_a_month_before_it_past_a_comma(coder):
    text = ("كما كان آخرها هو اختفاء الطالب مشعل السحيمي نهاية شهر سبتمبر/أيلول الماضي عندما كان يدرس على حساب أسرته "
            "في أستراليا، وأيضا قُتل الطالب سلطان العمري في مدينة غولد كوست في أستراليا في 2012 على أيدي إحدى "
            "العصابات الإجرامية هناك.")
    evs = _events(coder, text, "قُتل", "2015-08-10")
    assert evs and all(e.date == "2012-01-01" for e in evs)


def test_an_attack_told_on_past_a_comma_keeps_the_day(coder):
    # the next clause opens with a word of the same attack: one story, the day is both acts'
    text = "قتل ثلاثة أشخاص في هجوم على حاجز للشرطة، وأصيب خمسة آخرون أمس الأحد."
    evs = _events(coder, text, "قتل", "2015-08-10")
    assert evs and all(e.date == "2015-08-09" for e in evs)


def test_a_day_after_wa_dhalika_is_the_acts_own(coder):
    text = ("قام وزير الداخلية بزيارة لمصابي التفجير الذي حدث في مسجد قوات الطوارئ بمنطقة عسير، وذلك في مستشفى قوى "
            "الأمن بالرياض أمس.")
    evs = _events(coder, text, "زيارة", "2015-08-10")
    assert evs and all(e.date == "2015-08-09" for e in evs)


_ANSWER = ("وعرجت على الإصلاحات الجديدة التي أقرها مجلس الوزراء العراقي أمس في جلسة استثنائية وأعلنها رئيس الوزراء "
           "حيدر العبادي ردًا على احتجاجات ضد الفساد والنقص في الخدمات .")


def test_the_act_answered_came_before_the_answers_day(coder):
    evs = _events(coder, _ANSWER, "احتجاجات", "2015-08-10")
    assert evs and all(e.date is None and e.date_source == "before_published" for e in evs)
    assert all(e.enddate == "2015-08-09" for e in evs)


def test_the_act_answered_with_a_time_of_its_own_keeps_it(coder):
    text = "وقصفت الطائرات التركية مواقع الحزب ردا على مقتل شرطيين تركيين يوم 3 أغسطس."
    evs = _events(coder, text, "مقتل", "2015-08-10")
    assert evs and all(e.date == "2015-08-03" for e in evs)
