"""Event dates (round 40): «مساء هذا اليوم الاثنين» is the day the story was written; «الشهر نفسه» is the month
named before it; a night before the lead's day told in the body does not take the acts after it back to it."""


def _days(nlp, text, published):
    return [(t.text, t.value) for t in nlp(text, published=published).times]


def _dates(nlp, text, word, published):
    return [e.date for e in nlp(text, published=published).events if e.trigger.text == word]


_JAZAN = ("أصيب مواطن مساء اليوم إثر سقوط مقذوفات عسكرية من داخل الأراضي اليمنية على قرية العابطية بمحافظة الحرث. "
          "وأوضح متحدث مديرية الدفاع المدني بمنطقة جازان أنه في تمام الساعة 5:30 من مساء هذا اليوم الاثنين، باشرت "
          "فرق الدفاع المدني بلاغاً عن سقوط مقذوفات عسكرية من داخل الأراضي اليمنية، ما نتج عنه إصابة مواطن.")


def test_this_day_with_a_weekday_is_the_day_the_story_was_written(nlp):
    # published on a Tuesday, written on Monday: «مساء اليوم» of the lead is Monday evening
    assert ("مساء هذا اليوم الاثنين", "2015-08-03") in _days(nlp, _JAZAN, "2015-08-04")
    assert _dates(nlp, _JAZAN, "أصيب", "2015-08-04") == ["2015-08-03"]


def test_this_day_with_a_weekday_in_brackets_is_today(nlp):
    text = "أعلنت وزارة الداخلية هذا اليوم (الأحد) القبض على خلية إرهابية في الرياض."
    assert ("اليوم (الأحد)", "2015-08-02") in _days(nlp, text, "2015-08-02")


def test_on_this_day_in_history_is_no_date(nlp):
    text = "وفي مثل هذا اليوم من عام 1990 اجتاحت القوات العراقية الكويت."
    assert [v for _, v in _days(nlp, text, "2015-08-02")] == ["1990"]


_ANAD = ("من الجدير بالذكر أن الحوثيين استولوا على قاعدة العند في آذار/ مارس 2015، وقبضوا على وزير الدفاع محمود "
         "الصبيحي فيها. وفي الشهر نفسه شنت مقاتلات التحالف العربي الذي بدأ تدخلا عسكري في اليمن، بقصف جوي على "
         "قاعدة العند.")


def test_the_same_month_is_the_month_named_before(nlp):
    assert ("الشهر نفسه", "2015-03") in _days(nlp, _ANAD, "2015-08-04")
    assert _dates(nlp, _ANAD, "قصف", "2015-08-04") == ["2015-03-01"]


def test_the_same_day_and_year_take_the_last_ones_told(nlp):
    text = ("اعتقلت الشرطة ثلاثة متهمين يوم 12 يوليو الماضي في جدة، وفي اليوم ذاته أطلقت سراح اثنين منهم. "
            "ووقعت المملكة الاتفاقية عام 2012، وفي نفس العام صادق عليها مجلس الشورى.")
    days = _days(nlp, text, "2015-08-04")
    assert ("اليوم ذاته", "2015-07-12") in days and ("نفس العام", "2012") in days


def test_the_same_time_is_no_date(nlp):
    text = "قتل خمسة مدنيين في قصف على حلب أمس، وفي الوقت نفسه تواصلت الاشتباكات في ريف إدلب."
    assert [t for t, _ in _days(nlp, text, "2015-08-04")] == ["أمس"]


def test_the_same_day_with_no_day_told_before_is_no_date(nlp):
    text = "ووقعت المملكة الاتفاقية عام 2012، وفي اليوم نفسه صادق عليها مجلس الشورى."
    assert [t for t, _ in _days(nlp, text, "2015-08-04")] == ["عام 2012"]


_LAHJ = ("وقعت اشتباكات عنيفة بين المقاومة الشعبية والمتمردين الحوثيين داخل قاعدة العند الجوية في محافظة لحج، بعد "
         "نجاح المقاومة في اقتحام مدخلها الغربي، ظهر أمس.\n"
         "وقال مراسلون: إن الاشتباكات انتقلت إلى داخل القاعدة الاستراتيجية.\n"
         "ومنذ سيطرة المقاومة على مدينة عدن، بدأت قوات الشرعية في التوسع شمالا.\n"
         "وقتل 13 متمردا من الحوثي ومقاتلي صالح في مواجهات اندلعت، ليل الأحد الإثنين، غربي محافظة مأرب.\n"
         "وقالت مصادر محلية: إن اشتباكات استخدمت فيها الأسلحة الثقيلة في منطقة الجفينة غربي مأرب.\n"
         "وفي تعز سقط عدد من القتلى والجرحى من الطرفين في معارك عنيفة.\n"
         "وأفاد مصدر في المقاومة الشعبية بأن عملية تحرير مدينة تعز باتت قريبة.\n"
         "وقصفت مقاتلات التحالف مواقع للحوثيين وقوات صالح في منطقة القاعدة والمفرق والحوبان.\n")


def test_a_night_before_the_leads_day_does_not_take_later_raids_back(nlp):
    # published Tuesday 4 August: the lead's clashes were Monday; Sunday night's clash in Marib is its own
    assert _dates(nlp, _LAHJ, "قتل", "2015-08-04") == ["2015-08-02"]
    assert _dates(nlp, _LAHJ, "قصفت", "2015-08-04") == ["2015-08-03"]


_TOBACCO = ("عقد مجلس الوزراء جلسته ظهر أمس الاثنين في قصر السلام بجدة. "
            "وبعد النظر في قرار مجلس الشورى رقم (60 / 33) وتاريخ 8 / 7 / 1436هـ، قرر مجلس الوزراء الموافقة على انضمام "
            "المملكة إلى بروتوكول القضاء على الاتجار غير المشروع بمنتجات التبغ.")


def test_a_numbered_documents_date_does_not_date_the_decision_after_it(nlp):
    dates = _dates(nlp, _TOBACCO, "الموافقة", "2015-08-04")
    assert dates and "2015-04-27" not in dates


def test_a_date_without_a_number_still_dates_the_act_after_it(nlp):
    text = "وفي تاريخ 8 / 7 / 1436هـ، وافق مجلس الشورى على انضمام المملكة إلى بروتوكول التبغ."
    assert _dates(nlp, text, "وافق", "2015-08-04") == ["2015-04-27"]
