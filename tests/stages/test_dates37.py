"""Event dates (round 37): a story that goes on to another day dates its undated events by that day, not the lead's."""


def _event(nlp, text, word, published):
    art = nlp(text, published=published)
    return next(e for e in art.events if e.trigger.text == word)


_TURKEY = ("سجل تصعيد جديد في دوامة العنف في تركيا الاحد مع وقوع عملية انتحارية استهدفت مركزا للدرك. "
           "واكدت مصادر كردية مقتل عشرة مدنيين السبت جراء الغارات التركية في العراق. "
           "وفي وقت مبكر من اليوم الاحد، اقتحم انتحاري بجرار مفخخ مركزا للدرك في شرق البلاد. "
           "واكد الجيش ان جنديين قتلا واصيب 31 آخرون.")


def test_an_undated_toll_after_the_story_moved_to_the_publication_day_keeps_it(nlp):
    ev = _event(nlp, _TURKEY, "قتلا", "2015-08-02")
    assert ev.date == "2015-08-02"


_CAMEROON = ("قررت السلطات الكاميرونية توسيع منع ارتداء النقاب إلى مناطق الشمال والساحل، لتدارك خطر الاعتداءات "
             "في البلاد، غداة هجوم انتحاري أسفر عن 13 قتيلا، كما ذكرت أمس الجمعة مصادر رسمية. "
             "وقد طبق هذا التدبير الأسبوع الماضي في منطقة أقصى الشمال. "
             "وقتل أكثر من 50 شخصًا الأربعاء الماضي في هجمات مفترضة لحركة بوكو حرام في الكاميرون. "
             "وقد قتلت شابتان انتحاريتان 13 شخصا في ماروا. "
             "وتحاذي المنطقة الشرقية أداموا، إحدى المناطق الثلاث في شمال الكاميرون. "
             "وتعد المنطقة من أفقر مناطق البلاد. "
             "ونفذ الهجومين في الكاميرون فتاتان قامتا بتفجير نفسيهما في السوق المركزية.")


def test_an_undated_attack_takes_the_day_the_story_went_on_to(nlp):
    ev = _event(nlp, _CAMEROON, "الهجومين", "2015-07-25")
    assert ev.date == "2015-07-22" and ev.date_source == "story"


def test_the_leads_day_still_dates_the_events_of_its_own_day(nlp):
    text = ("اقتحم مستوطنون المسجد الأقصى أمس بحماية الشرطة الإسرائيلية. "
            "وأصيب 20 فلسطينياً بجروح خلال المواجهات.")
    ev = _event(nlp, text, "أصيب", "2015-07-27")
    assert ev.date == "2015-07-26" and ev.date_source == "story"


def test_most_in_need_is_no_yesterday(nlp):
    text = ("دعت لجنة الإغاثة العامة 23 منظمة تعمل في مجال العمل الإنساني إلى المسارعة في تقديم مساعداتها للمتضررين "
            "من الفيضانات. وأفاد طيب أن المنكوبين في أمس الحاجة إلى كميات كبيرة من المساعدات الإنسانية.")
    art = nlp(text, published="2015-08-02")
    assert not any(t.text.endswith("أمس") for t in art.times)
    ev = next(e for e in art.events if e.trigger.text == "دعت")
    assert ev.date == "2015-08-02" and ev.date_source == "published"


def test_a_demand_in_the_first_person_takes_the_day_of_the_statement(nlp):
    text = ("طلبت رئاسة إقليم كردستان العراق السبت من حزب العمال الكردستاني إخراج قواعده من أراضي الإقليم. "
            "وقتل ستة أشخاص على الأقل في غارات شنتها الطائرات التركية في قرية زاركلي. "
            "وبحسب بيان رئاسة الإقليم فإنه «استشهد عدد من المواطنين نتيجة القصف الجوي التركي. "
            "لهذا نحن نطالب حزب العمال بإخراج قواعده من أراضي الإقليم».")
    ev = _event(nlp, text, "نطالب", "2015-08-02")
    assert ev.date == "2015-08-01" and ev.date_source == "story"
