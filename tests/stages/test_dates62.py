"""Round 62 date fixes: an act to come is not dated by a past day in a relative clause of another clause past a comma
(«على أن تجري المصادقة …، وذلك في ختام مباحثاتهما … التي بدأت الأربعاء الماضي»), and the story's other events do not
take that day; «وسيرنا قافلة مساعدات» (we dispatched) is no future verb; a document's own date («الموقع عليها …
بتاريخ 7 / 12 /1435هـ») told past a comma after the act's word does not date the act; a killing a qisas execution
avenges («حكم القتل قصاصاً …، لقتله») came before the execution's day."""

from event_lookup import coded as _article


def _events(nlp, text, published, word):
    """The events of `text` published on `published` whose trigger is `word`."""
    return [e for e in _article(nlp, text, published).events if e.trigger.text == word]


_ROADMAP = ("أعلن كل من «هيئة التنسيق الوطنية السورية» و«الائتلاف الوطني لقوى المعارضة والثورة السورية»، أمس، التوصّل "
            "إلى «خارطة طريق» لإنقاذ سوريا تضمّ المبادئ الأساسية للتسوية السياسية، على أن تجري المصادقة عليها من قبل "
            "مرجعياتهما، وذلك في ختام مباحثاتهما في العاصمة البلجيكية بروكسل التي بدأت الأربعاء الماضي، واختتمت أمس.\n"
            "ودعت الوثيقة إلى تنفيذ «بيان جنيف 1»، بدءًا بتشكيل «هيئة الحكم الانتقالية» التي تمارس كامل السلطات "
            "التشريعية والقضائية والتنفيذية.")


def test_future_act_not_dated_by_past_day_of_other_clause(nlp):
    """«على أن تجري المصادقة عليها …، وذلك في ختام مباحثاتهما … التي بدأت الأربعاء الماضي» (Saturday 25 July
    2015): the ratification is to come; it is not dated Wednesday 22 July, the day the talks began."""
    ratify = _events(nlp, _ROADMAP, "2015-07-25", "المصادقة")
    assert ratify and all(e.future for e in ratify)
    assert not any(e.date == "2015-07-22" for e in ratify)


def test_future_act_lends_no_past_day_to_story(nlp):
    """«ودعت الوثيقة إلى تنفيذ «بيان جنيف 1»» after that lead: the announcement's day, 24 July, not 22 July."""
    called = _events(nlp, _ROADMAP, "2015-07-25", "دعت")
    assert called and all(e.date == "2015-07-24" for e in called)


def test_sayyarna_is_no_future_verb(nlp):
    """«عدنا إلى مدينة كريتر، الخميس، … وسيرنا قافلة مساعدات إنسانية للسكان»: aid sent (past), not to come."""
    text = ("من جانبها قالت الناشطة الحقوقية والمدنية بعدن، ليلى الشبيبي لـ«الشرق الأوسط»: «عدنا إلى مدينة كريتر، "
            "الخميس، قلب عدن الوضاء وسيرنا قافلة مساعدات إنسانية للسكان وفرحنا بنشوة النصر».")
    aid = _events(nlp, text, "2015-07-24", "مساعدات")
    assert aid and not any(e.future for e in aid)


def test_document_date_past_comma_does_not_date_approval(nlp):
    """«قرر مجلس الوزراء الموافقة على مذكرة تفاهم …، الموقع عليها في مدينة جدة بتاريخ 7 / 12 /1435هـ»: the
    memorandum's signing day (1 October 2014) is not the approval's."""
    text = ("رأس خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز الجلسة التي عقدها مجلس الوزراء، بعد ظهر اليوم الاثنين، "
            "في قصر السلام بجدة.\nبعد الاطلاع على ما رفعه رئيس هيئة الهلال الأحمر السعودي، قرر مجلس الوزراء الموافقة "
            "على مذكرة تفاهم بين هيئة الهلال الأحمر السعودي والاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر، "
            "الموقع عليها في مدينة جدة بتاريخ 7 / 12 /1435هـ.")
    approved = _events(nlp, text, "2015-07-20", "الموافقة")
    assert approved and not any((e.date or "").startswith("2014") for e in approved)


def test_killing_avenged_by_execution_is_background(nlp):
    """«نفذت وزارة الداخلية اليوم حكم القتل قصاصاً … في ساير الرشيدي، لقتله كل من …»: the killing came before the
    execution's day; it is not dated that day."""
    text = ("نفذت وزارة الداخلية اليوم حكم القتل قصاصاً بمنطقة القصيم في ساير بن لافي بن ساير الرشيدي - سعودي "
            "الجنسية، لقتله كل من / محمد ولافي ابني عبدي بن عبدالله المظيبري - سعوديي الجنسية - وذلك بإطلاق النار "
            "عليهما إثر خلاف حصل بينهما.")
    killed = _events(nlp, text, "2015-07-23", "قتله")
    assert killed and not any(e.date == "2015-07-23" for e in killed)
    assert all(e.enddate == "2015-07-23" for e in killed)
