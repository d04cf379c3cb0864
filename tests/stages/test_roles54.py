"""Round 54 (roles54): the one met or received after a meeting verb's long subject, its time and place — past «أمس
الأول» (the day before yesterday) and past the name the lexicons lack of an office-holder subject; and the one a
demand is made of, past the rest of the subject's title and its holder's name set off by a comma."""

from event_lookup import event_by_trigger


def _recipients(nlp, text, trigger, published="2015-07-25"):
    """The (code, entity text) pairs of the recipient of the event of `text` whose trigger is `trigger`."""
    return [(r.code, r.text) for r in event_by_trigger(nlp, text, trigger, published).recipient]


def test_king_receives_a_minister_past_the_day_before_yesterday(coder):
    """«في قصر السلام أمس الأول وزير الخارجية بجمهورية مصر العربية»: the Egyptian minister is the one received."""
    text = ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود -حفظه الله- في قصر السلام أمس الأول "
            "وزير الخارجية بجمهورية مصر العربية سامح شكري والوفد المرافق له.")
    ev = event_by_trigger(coder, text, "استقبل")
    assert [a.code for a in ev.actor] == ["SAU"]
    assert [r.code for r in ev.recipient] == ["EGY"]


def test_crown_prince_receives_a_named_minister_past_place_and_day(coder):
    """«في أبوظبي أمس الأول عادل بن أحمد الجبير وزير الخارجية»: the Saudi minister is received, not left out."""
    text = ("استقبل الشيخ محمد بن زايد آل نهيان ولي عهد أبو ظبي نائب القائد الأعلى للقوات المسلحة في الإمارات في "
            "أبوظبي أمس الأول عادل بن أحمد الجبير وزير الخارجية.")
    assert [c for c, _ in _recipients(coder, text, "استقبل", "2015-08-03")] == ["SAU"]


def test_office_holder_name_the_lexicons_lack_is_skipped(coder):
    """«التقى وزير الخارجية القطري خالد بن محمد العطية، في الدوحة، مساعدة وزير الخارجية الأميركي»: past the
    minister's own name, the US assistant secretary is the one met."""
    text = ("التقى وزير الخارجية القطري خالد بن محمد العطية، في الدوحة، مساعدة وزير الخارجية الأميركي لشؤون الشرق "
            "الأدنى آن باترسون، التي استبقت وصول كيري إلى الدوحة.")
    ev = event_by_trigger(coder, text, "التقى", "2015-08-03")
    assert [a.code for a in ev.actor] == ["QAT"]
    assert [r.code for r in ev.recipient] == ["USA"]


def test_governor_meets_a_dean_past_his_own_name(coder):
    """«التقى محافظ الخرج شبيلي بن مجدوع آل مجدوع أمس الأول في مقر ديوان المحافظة … عميد الكلية»: the dean is
    the one met; the governor's name is no recipient."""
    text = ("التقى محافظ الخرج شبيلي بن مجدوع آل مجدوع أمس الأول في مقر ديوان المحافظة في مدينة السيح عميد الكلية "
            "التقنية بالخرج م. محمد بن عطالله الفهيد وعددا من قيادات الكلية.")
    recipients = _recipients(coder, text, "التقى")
    assert any("عميد" in t for _, t in recipients)
    assert not any("شبيلي" in t for _, t in recipients)


def test_demand_target_past_the_title_and_name_of_its_holder(coder):
    """«طالب رئيس اللجنة العقارية بغرفة جدة خالد الغامدي، وزارة العمل بضرورة الإسراع»: past the rest of the title
    and the chairman's own name, the ministry is the one asked; the name is no recipient."""
    text = ("وفي هذا الشأن، طالب رئيس اللجنة العقارية بغرفة جدة خالد الغامدي، وزارة العمل بضرورة الإسراع في تعويض "
            "مقاولي المشاريع الحكومية السابقة.")
    recipients = _recipients(coder, text, "طالب", "2015-08-03")
    assert any("وزارة العمل" in t for _, t in recipients)
    assert not any("الغامدي" in t for _, t in recipients)
