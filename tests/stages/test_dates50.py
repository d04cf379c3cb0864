"""Round 50 date fixes: background acts given a time of another clause or the story's day (a vague past beside the
act, an opening «وكان … قد» through its commas, a منذ naming another act), and acts to come dated by a past span or a
past year after their word."""

from hadath.article import Article
from event_lookup import with_trigger as _by_trigger


def _events(nlp, text, published="2015-07-25"):
    return nlp(Article(text=text, id="t", published=published)).events


def test_vague_past_beside_act_keeps_later_clause_day_off(nlp):
    """«أمر في وقت سابق بدعم» is background: «اليوم» dates the plane of another clause, not the support."""
    text = ("وكان الملك سلمان بن عبد العزيز، أمر في وقت سابق بدعم الشعب اليمني بمبلغ مليار ريال سعودي (375 مليون "
            "دولار)، حيث جرى تخصيص 200 مليون ريال مساعدات طبية، وتعد الطائرة السعودية التي وصلت اليوم، هي جزء من "
            "المساعدات الطبية.")
    support = _by_trigger(_events(nlp, text), "دعم")
    assert support
    assert support[0].date is None and support[0].enddate == "2015-07-25"
    assert support[0].date_source == "before_published"


def test_opening_pluperfect_reaches_past_its_commas(nlp):
    """«وكانت الميليشيات قد سيطرت …، لكنها لم تمكث طويلا، إذ بعد شهر واحد تم إجبارها على الانسحاب»: the
    withdrawal is told as past, not an act of the publication day."""
    text = ("وكانت ميليشيات الحوثي وقوات الرئيس صالح قد سيطرت على المديرية عقب اندلاع الحرب، لكنها لم تمكث طويلا، "
            "إذ بعد شهر واحد تم إجبارها على الانسحاب إثر معارك ضارية خاضتها المقاومة مع هذه الميليشيات.")
    retreats = _by_trigger(_events(nlp, text, "2015-08-03"), "الانسحاب")
    assert retreats
    assert retreats[0].date_source == "before_published" and retreats[0].date is None
    # «وكان وزير الدفاع قد وصل أمس …، ومن ثم اجتمع مع»: the meeting keeps the day its sentence gives
    text = ("وكان وزير الدفاع الأميركي قد وصل أمس إلى أربيل في زيارة غير معلنة، ومن ثم اجتمع مع رئيس إقليم "
            "كردستان مسعود بارزاني.")
    meets = _by_trigger(_events(nlp, text), "اجتمع")
    assert meets and meets[0].date == "2015-07-24"


def test_since_naming_another_act_does_not_date_later_clause(nlp):
    """«قائمة الإرهابيين التي يحتفظ بها مجلس الأمن منذ «هجمات 11 سبتمبر 2001»، وفرض عليه عقوبات»: the
    sanctions are not of 2001."""
    text = ("ومن جانب آخر، أضاف مجلس الأمن الدولي التابع للأمم المتحدة اسم الفضلي إلى قائمة الإرهابيين التي يحتفظ "
            "بها مجلس الأمن منذ «هجمات 11 سبتمبر 2001»، وفرض عليه عقوبات تمنع سفره وتصادر أمواله.")
    sanctions = _by_trigger(_events(nlp, text, "2015-08-03"), "فرض")
    assert sanctions
    assert sanctions[0].date != "2001-09-11"
    # «ومنذ آذار (مارس) 2014، أسفر التحقيق عن اعتقال»: the arrests run from March 2014 (a منذ of a date)
    text = ("ومنذ آذار (مارس) 2014، أسفر التحقيق عن اعتقال عديد من المسؤولين في مجال الأعمال وسياسيين.")
    arrests = _by_trigger(_events(nlp, text), "اعتقال")
    assert arrests and arrests[0].date == "2014-03-01"


def test_act_to_come_not_dated_by_past_year_after_it(nlp):
    """«سيعمل النواب على مناقشة ودراسة قانون صدر عام 2005»: 2005 is the law's year, not the debate's (with a
    counterpart, «مع وزير المالية»: a legislature debating alone is its own business since round 66)."""
    text = ("وفي الجانب المالي، سيعمل النواب الموريتانيون على مناقشة ودراسة قانون صدر عام 2005 مع وزير المالية يتعلق "
            "بمكافحة غسل الأموال وتمويل الإرهاب.")
    talks = [e for e in _by_trigger(_events(nlp, text), "مناقشة") if e.future]
    assert talks
    # (an act to come with no time of its own is undated since the 43rd stop: after publication, not the day told)
    assert (talks[0].date, talks[0].date_source) == (None, "after_published")
    # «سيزور إيران في الرابع والخامس من أغسطس المقبل»: an act to come keeps its own time to come
    text = "وأعلنت وزارة الخارجية الإيطالية أن جنتيلوني سيزور إيران في الرابع والخامس من أغسطس المقبل."
    visits = [e for e in _by_trigger(_events(nlp, text), "سيزور") if e.future]
    assert visits and visits[0].date >= "2015-08-01"


def test_act_to_come_not_dated_by_past_span(nlp):
    """«منسق البيت الأبيض … خلال السنتين الماضيتين … الدول ستتردد قبل أن تقدم على الانسحاب»: the span is the
    speaker's term, not the withdrawal to come."""
    text = ("وقال فيليب جوردون، منسق البيت الأبيض لشؤون الشرق الأوسط خلال السنتين الماضيتين، الذي يعمل حاليًا "
            "بمجلس العلاقات الخارجية: «لا نقع دائما على سوق تحمل إمكانات ضخمة»، إلا أنه حذر من أن «الدول ستتردد "
            "قبل أن تقدم على الانسحاب مجددًا من إيران».")
    retreats = [e for e in _by_trigger(_events(nlp, text, "2015-08-03"), "الانسحاب") if e.future]
    assert retreats
    # (not the speaker's two years; an act to come with no time of its own is undated since the 43rd stop)
    assert (retreats[0].date, retreats[0].enddate, retreats[0].date_source) == (None, None, "after_published")


def test_words_said_in_pluperfect_keep_off_lead_day(nlp):
    """«وكانت المملكة قد أطلقت قبل اللقاء تصريحات تحذر …، وقد وجدت التحذيرات صدى»: what was said before is no
    retelling of the lead's meeting day."""
    text = ("اتفق القادة السعوديون والأمريكيون يوم الأربعاء لدى لقاء وزير الدفاع الأمريكي آشتون كارتر بالملك سلمان بن "
            "عبدالعزيز، على تطويق الانتشار العسكري الإيراني في الشرق الأوسط. وكانت المملكة قد أطلقت من جانبها قبل "
            "اللقاء تصريحات تحذر من تبعات الاتفاقية مع إيران حيث يتم احتواء البرنامج النووي الإيراني مقابل فك الحظر "
            "الاقتصادي عليها، وقد وجدت التحذيرات السعودية صدى لها ووزنًا في واشنطون.")
    warnings = _by_trigger(_events(nlp, text, "2015-07-24"), "التحذيرات")
    assert warnings
    assert warnings[0].date_source == "before_published" and warnings[0].date is None


def test_past_adverb_a_few_words_back_tells_background(nlp):
    """«وقتل حينها 14 ضابط أمن حين اقتحم مسلحون …»: «حينها» six words back tells the storming as past; «لم تكمل
    يومها السادس» (her sixth day) does not."""
    text = ("وقتل حينها 14 ضابط أمن حين اقتحم مسلحون عددا من المباني في جروزني في اليوم الذي يلقي فيه الرئيس "
            "الروسي خطابه إلى الأمة.")
    storms = _by_trigger(_events(nlp, text, "2015-08-03"), "اقتحم")
    assert storms and storms[0].date_source == "before_published"
    text = ("لقيت طفلة رضيعة لم تكمل يومها السادس في محافظة جدة حتفها على يد خالتها، التي سكبت عليها ماء مغليا.")
    deaths = _by_trigger(_events(nlp, text, "2015-08-03"), "حتفها")
    assert not deaths or deaths[0].date_source != "before_published"


def test_year_of_what_is_said_after_comma(nlp):
    """«وحث وزير الطاقة على استخدام وسائل النقل العام …، لافتا إلى أن قطاع المواصلات كان مسؤولا في عام 2013»: the
    call is not of 2013."""
    text = ("وحث وزير الطاقة على استخدام وسائل النقل العام لتقليل الانبعاثات الكربونية الضارة الناجمة عن احتراق وقود "
            "السيارات، لافتا إلى أن قطاع المواصلات كان مسؤولا في عام 2013 عن أكثر من 22% من حجم انبعاثات الغازات "
            "الدفيئة في الإمارات.")
    calls = _by_trigger(_events(nlp, text, "2015-07-23"), "حث")
    assert calls and calls[0].date == "2015-07-23"


def test_reminder_tells_background(nlp):
    """«ويذكر أن مصر قد وجهت الدعوة إلى زعماء …»: told after «ويذكر أن», the invitation was sent before; «يذكر أن هذه
    أول زيارة يقوم بها لافروف» is the visit at hand."""
    text = "ويذكر أن مصر قد وجهت الدعوة إلى زعماء وقادة نحو خمسين دولة للمشاركة في احتفالات افتتاح قناة السويس الجديدة."
    invites = [e for e in _events(nlp, text) if e.event == "AGREE"]
    assert invites and invites[0].date_source == "before_published"
    text = "يذكر أن هذه أول زيارة يقوم بها لافروف لمنطقة الخليج بعد توصل إيران ومجموعة 1+5 إلى اتفاق."
    visits = _by_trigger(_events(nlp, text, "2015-08-03"), "زيارة")
    assert not visits or visits[0].date_source != "before_published"
