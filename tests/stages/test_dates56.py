"""Round 56 date fixes: a bare month ahead of the publication month told by a verb of stirring far before it («واثار
هذا القرار اعمال عنف … في تشرين الاول/اكتوبر») or by a verb of the past after عندما/حين is last year's; منذ with an old
day dates a range up to publication; a second relative pronoun after an event noun opens a clause on another noun,
whose منذ does not date the event; a verb that goes on telling an answered request («استجابة لطلب …، وطلب فخامته
كذلك») is before publication; an opening «وكانت … قد» reaches past a semicolon."""

from event_lookup import coded as _article


def _events(nlp, text, published, word):
    """The events of `text` published on `published` whose trigger is `word`."""
    return [e for e in _article(nlp, text, published).events if e.trigger.text == word]


def test_month_after_stirring_verb_is_last_year(nlp):
    """«واثار هذا القرار اعمال عنف في تركيا بالتزامن مع معركة كوباني في تشرين الاول/اكتوبر» in a July 2015 story:
    October 2014, eleven words after the verb; not October 2015."""
    text = ("ولم تتحرك تركيا في مواجهة تنظيم الدولة الاسلامية. واثار هذا القرار اعمال عنف في تركيا بالتزامن مع "
            "معركة كوباني في تشرين الاول/اكتوبر.")
    months = [t for t in _article(nlp, text, "2015-07-24").times if t.granularity == "month"]
    assert [t.value for t in months] == ["2014-10"]
    riots = _events(nlp, text, "2015-07-24", "اعمال عنف")
    assert riots and all(e.date == "2014-10-01" and e.enddate == "2014-10-31" for e in riots)


def test_month_after_when_and_past_verb_is_last_year(nlp):
    """«فقد دعم صالح الحوثيين عندما احتلوا العاصمة صنعاء في سبتمبر/إيلول» (July 2015): September 2014, the
    support's time; not September 2015."""
    text = ("فقد دعم صالح الحوثيين عندما احتلوا العاصمة صنعاء في سبتمبر/إيلول وزحفوا جنوبا باتجاه عدن مع قوات "
            "صالح، مما دفع العرب للتدخل.")
    assert [t.value for t in _article(nlp, text, "2015-07-25").times if t.granularity == "month"] == ["2014-09"]
    support = _events(nlp, text, "2015-07-25", "دعم")
    assert support and all(e.date == "2014-09-01" for e in support)


def test_month_after_hin_and_past_verb_is_last_year(nlp):
    """«الى حين رصدتها اجهزة الاستخبارات الاميركية في سبتمبر» (July 2015): September 2014."""
    text = "ومجموعة خراسان هي مجموعة لم تكن معروفة الى حين رصدتها اجهزة الاستخبارات الاميركية في سبتمبر."
    assert [t.value for t in _article(nlp, text, "2015-07-23").times] == ["2014-09"]


def test_since_old_day_dates_a_range_to_publication(nlp):
    """«غارات التحالف - الدولي، وضرباته الصاروخية على مناطق في سوريا منذ 23 سبتمبر 2014، وحتى فجر اليوم»: the
    strikes run from 23 September 2014 up to the publication day, not on that day alone."""
    text = ("أفاد المرصد السوري لحقوق الإنسان بأن طائرات التحالف الدولي قتلت 3042 من تنظيم داعش وجبهة النصرة "
            "(تنظيم القاعدة في بلاد الشام) بينهم عشرات القياديين خلال 10 أشهر. وقال المرصد في بيان اليوم الخميس "
            "إن 170 مدنيا قتلوا وأصيب العشرات أيضا جراء هذه الغارات خلال هذه الفترة، وأشار المرصد إلى ارتفاع "
            "العدد الاجمالي للقتلى إلى 3216 على الأقل جراء غارات التحالف - الدولي، وضرباته الصاروخية على مناطق في "
            "سوريا منذ 23 سبتمبر 2014، وحتى فجر اليوم. ولفت إلى مقتل 2927 على الأقل من تنظيم داعش غالبيتهم من "
            "جنسيات غير سورية، جراء الضربات الصاروخية وغارات التحالف العربي على تجمعات وتمركزات ومقار التنظيم "
            "ومحطات نفطية في محافظات حماه وحلب وحمص والحسكة والرقة ودير الزور، من ضمنهم عشرات القياديين من جنسيات "
            "سورية وعربية وأجنبية، أبرزهم أبو أسامة العراقي «والي ولاية البركة» وعامر الرفدان «الوالي السابق "
            "لولاية الخير» والقيادي أبو سياف. كما لقي ما لا يقل عن 115 مسلحا من جبهة النصرة (تنظيم القاعدة في "
            "بلاد الشام) حتفهم جراء ضربات صاروخية نفذها التحالف الدولي وغارات لطائراته، على مقرات لجبهة النصرة في "
            "ريف حلب الغربي وريف إدلب الشمالي، من بينهم قياديون أجانب أبرزهم القيادي في تنظيم القاعدة محسن الفضلي "
            "وأبو همام القائد العسكري في جبهة النصرة والقيادي أبو عمر الكردي والقياديان أبو حمزة الفرنسي وأبو "
            "قتادة التونسي.")
    strikes = [e for e in _article(nlp, text, "2015-07-23").events if e.trigger.text == "ضرباته الصاروخية"]
    assert strikes
    assert all(e.date == "2014-09-23" and e.enddate == "2015-07-23" for e in strikes)


def test_since_of_second_relative_clause_does_not_date_the_noun(nlp):
    """«حصيلة الهجومين اللذين تبناهما التنظيم الذي يسيطر على مساحات من العراق منذ يونيو 2014»: June 2014 is when
    the group's hold began, not the attacks' date."""
    text = ("قتل 30 شخصاً على الأقل في سلسلة تفجيرات استهدفت مناطق مختلفة في العراق الثلاثاء. واكدت مصادر طبية في "
            "مستشفيات بغداد حصيلة الهجومين اللذين تبناهما التنظيم الذي يسيطر على مساحات من العراق منذ يونيو 2014.")
    attacks = _events(nlp, text, "2015-07-23", "الهجومين")
    assert all(e.date != "2014-06-01" for e in attacks)


def test_request_retold_after_answer_is_before_publication(nlp):
    """«عاصفة الحزم استجابة لطلب فخامة الرئيس عبدربه منصور هادي …، وطلب فخامته كذلك مساعدة اليمن»: the second
    request is Hadi's old one, before the publication day; not the cabinet session's day."""
    text = ("رأس الملك سلمان الجلسة التي عقدها مجلس الوزراء، بعد ظهر اليوم الاثنين، في قصر اليمامة بمدينة الرياض. "
            "وأوضح وزير الثقافة والإعلام أن مجلس الوزراء رفع الشكر لخادم الحرمين الشريفين على القرار الحكيم الذي "
            "اتخذته المملكة والدول المشاركة في عاصفة الحزم استجابة لطلب فخامة الرئيس عبدربه منصور هادي رئيس "
            "الجمهورية اليمنية لحماية اليمن وشعبه، وطلب فخامته كذلك مساعدة اليمن في مواجهة التنظيمات الإرهابية.")
    requests = [e for e in _article(nlp, text, "2015-07-24").events if e.event == "REQUEST"]
    assert requests
    assert all(e.date is None and e.date_source == "before_published" for e in requests)


def test_opening_pluperfect_reaches_past_semicolon(nlp):
    """«وكانت إدارة التعليم … قد نقلت طالبات المدرسة … في وقت سابق؛ …، والتقت الأهالي وطمأنتهم»: the meeting is
    told in the same recollection, before the publication day."""
    text = ("وكانت إدارة التعليم بالمدينة المنورة قد نقلت طالبات مدرسة الشلايل الابتدائية إلى مبنى آخر مجاور في وقت "
            "سابق؛ مراعاة للحالات النفسية للطالبات، كما أصدرت بيانا حول المدرسة المعنية، وذلك بتشكيل لجنة من عدة "
            "جهات ذات العلاقة للوقوف على المبنى، والتقت الأهالي وطمأنتهم عن الوضع.")
    meetings = _events(nlp, text, "2015-07-25", "التقت")
    assert meetings
    assert all(e.date is None and e.date_source == "before_published" for e in meetings)


def test_call_is_not_dated_by_the_day_of_the_act_called_for(nlp):
    """«ودعا اكبر حزب كردي تركي الى تجمع ضخم الاحد في اسطنبول» in a Friday story: Sunday is the rally's day; the
    call is not dated the Sunday before."""
    text = ("شن سلاح الجو التركي الجمعة اولى غاراته على مواقع لتنظيم الدولة الاسلامية في سوريا. وتنظم تظاهرات "
            "يومية في مختلف المدن التركية. ودعا اكبر حزب كردي تركي الى تجمع ضخم الاحد في اسطنبول.")
    calls = _events(nlp, text, "2015-07-24", "دعا")
    assert calls
    assert all(e.date != "2015-07-19" for e in calls)


def test_relative_clause_time_does_not_date_hypothetical_act(nlp):
    """«عما إذا كان الاتفاق النووي الذي توصلت اليه القوى العالمية الست مع ايران الاسبوع الماضي يزيد احتمالات أن تشن
    اسرائيل هجوما»: last week is the deal's; the attack that may come is not dated then."""
    text = ("وكان كيري يرد على سؤال خلال مقابلة مع برنامج (توداي) على تلفزيون ان.بي.سي عما إذا كان الاتفاق النووي "
            "الذي توصلت اليه القوى العالمية الست مع ايران الاسبوع الماضي يزيد احتمالات أن تشن اسرائيل هجوما عسكريا "
            "أو الكترونيا على طهران.")
    attacks = _events(nlp, text, "2015-07-24", "هجوما")
    assert attacks and all(e.hypothetical for e in attacks)
    assert all(e.date != "2015-07-13" for e in attacks)


def test_since_in_relative_clause_does_not_date_act_after_it(nlp):
    """«وعملاً بقواعد الاشتباك التي يعتمدها الجيش التركي منذ 2012 كلما طال إطلاق نار أراضيه»: 2012 is when the rules
    began; the fire is not dated 2012 up to publication."""
    text = ("وكان متطرفون فتحوا الخميس النار من سوريا على مركز حدودي للجيش التركي في كيليس مما أدى الى مقتل ضابط صف "
            "وإصابة عسكريين اثنين بجروح، وعملاً بقواعد الاشتباك التي يعتمدها الجيش التركي منذ 2012 كلما طال إطلاق "
            "نار أراضيه، رد على الفور بفتح النار على المواقع الجهادية.")
    fire = _events(nlp, text, "2015-07-25", "إطلاق نار")
    assert fire
    assert all(e.date != "2012-01-01" for e in fire)
