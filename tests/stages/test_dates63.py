"""Round 63 date fixes: an event noun whose relative clause only places it inside another act («الاجتماع الذي أتى
ضمن الزيارة الأولى») is no earlier act and keeps the story day; a sentence opening with «فقد» right before its past
verb gives the reason for the sentence before with an act done before it («ولم تتحرك تركيا في مواجهة تنظيم داعش.
فقد رفضت دعم المقاتلين الأكراد»): background, not the story day; a meeting named after «الصادرة عن» («القرارات
الصادرة عن مؤتمر القمة العربية») was held before the act that takes up its decisions."""

from event_lookup import coded as _article


def _events(nlp, text, published, word):
    """The events of `text` published on `published` whose trigger is `word`."""
    return [e for e in _article(nlp, text, published).events if e.trigger.text == word]


def test_meeting_placed_inside_the_visit_keeps_the_story_day(nlp):
    """«وحضر عدد من القادة العسكريين الأكراد الاجتماع الذي أتى ضمن الزيارة الأولى التي يقوم بها كارتر» after a
    lead of yesterday's visit (24 July): the meeting is of that day, not an act before the publication day."""
    text = ("نوه وزير الدفاع الأميركي آشتون كارتر بقوات البيشمركة نموذجًا للقتال ضد تنظيم داعش، وذلك خلال زيارته أمس "
            "إقليم كردستان في شمال العراق.\n"
            "وحضر عدد من القادة العسكريين الأكراد الاجتماع الذي أتى ضمن الزيارة الأولى التي يقوم بها كارتر إلى العراق "
            "منذ تسلمه مهامه في فبراير (شباط) .")
    met = _events(nlp, text, "2015-07-25", "الاجتماع")
    assert met and all(e.date == "2015-07-24" for e in met)
    assert not any(e.date_source == "before_published" for e in met)


def test_a_reason_told_with_faqad_is_background(nlp):
    """«ولم تتحرك تركيا في مواجهة تنظيم الدولة الاسلامية. فقد رفضت دعم المقاتلين الاكراد السوريين …» in a story of
    Friday's raids: the refusal was before; it is not dated the story's day."""
    text = ("قصفت طائرات حربية تركية الجمعة للمرة الاولى اهدافا للتنظيم في سوريا.\n"
            "ولم تتحرك تركيا في مواجهة تنظيم الدولة الاسلامية. فقد رفضت دعم المقاتلين الاكراد السوريين خشية تشكل "
            "منطقة ذات استقلالية معادية لها في شمال البلاد.")
    refused = _events(nlp, text, "2015-07-25", "رفضت")
    assert refused and all(e.date_source == "before_published" for e in refused)
    assert not any(e.date in ("2015-07-24", "2015-07-25") for e in refused)


def test_summit_that_issued_decisions_was_held_before(nlp):
    """«وثمن … القرارات الصادرة عن مؤتمر القمة العربية في دورته السادسة والعشرين» in a story of Monday's cabinet
    session: the Sharm el-Sheikh summit was held before; it is not dated the session's day."""
    text = ("رأس خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز الجلسة التي عقدها مجلس الوزراء، بعد ظهر اليوم الاثنين، "
            "في قصر السلام بجدة.\n"
            "وبين معاليه أن المجلس ثمن في هذا الشأن إعلان شرم الشيخ والقرارات الصادرة عن مؤتمر القمة العربية في دورته "
            "السادسة والعشرين، وما أسفرت عنه القمة من قرارات تجاه مختلف القضايا التي تهم الأمة العربية.")
    summit = _events(nlp, text, "2015-07-24", "القمة")
    assert summit and all(e.date_source == "before_published" for e in summit)
    assert not any(e.date == "2015-07-20" for e in summit)
