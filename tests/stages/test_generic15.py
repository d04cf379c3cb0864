"""Generic, habitual, aggregate and historical material told as events (generic15): a habit adverb, a capacity, a
body's task or aim, a quantifier of many as the object, a past year dating the clause (the topic stage), and a toll
since a date or of thousands named after its trigger (the report filter's toll rule)."""

from hadath.article import Article

# the rules read the sentences of a story (a lone sentence is coded as it reads): two plain sentences follow each one
TAIL = " وقال مسؤول محلي إن الوضع في المنطقة هادئ حاليا. وأضاف أن التحقيقات ما زالت مستمرة."


def events(coder, text, published="2015-07-26"):
    """The (type, trigger) pairs the stage coder (no report filter) codes in a story that opens with this text."""
    art = coder(Article(text=text + TAIL, published=published))
    return [(e.event, e.trigger.text) for e in art.events]


def kinds(nlp, text, published="2015-07-26"):
    """The event types the default pipeline (with the report filter) codes in a story that opens with this text."""
    return [e.event for e in nlp(text + TAIL, published=published).events]


def test_a_habitual_attack_is_no_event(coder):
    text = ("وكانت انتحاريتان نفذتا تفجيرين أسفرا عن مقتل 13 شخصا في مروة، المنطقة التي يستهدفها بانتظام "
            "المتمردون الإسلاميون في جماعة بوكو حرام.")
    found = events(coder, text)
    assert ("ASSAULT", "يستهدفها") not in found, found
    assert ("ASSAULT", "تفجيرين") in found, found  # the bombing told stays


def test_a_habit_before_a_talk_is_no_event(coder):
    found = events(coder, "وقال المحلل إن التنظيم غالبا ما يطلب من أتباعه تسجيل هذه الوصايا قبل تنفيذ العمليات.")
    assert not [t for t in found if t[0] == "REQUEST"], found
    found = events(coder, "وأضاف: «أيدنا دائماً وجود مناطق آمنة ومناطق حظر طيران في سوريا».")
    assert not [t for t in found if t[0] == "SUPPORT"], found


def test_a_capacity_is_no_aid(coder):
    text = ("وأكد مدير الشركة بالسودان قدرة الشركة وإمكاناتها على تقديم خدمات ومساعدات للسودان والاستفادة من "
            "علاقاتها مع صناديق التمويل العربية.")
    found = events(coder, text)
    assert not [t for t in found if t[0] == "AID"], found


def test_a_bodys_task_is_no_appeal(coder):
    text = ("وشدد على وزارة الزراعة بتشكيل لجنة إرشادية، تتولى دعوة المزارعين في الواحة إلى زراعة أصناف أخرى "
            "من التمور.")
    found = events(coder, text)
    assert ("REQUEST", "دعوة") not in found, found
    found = events(coder, "ودعت الأمم المتحدة أمس الحكومة اليمنية إلى تسهيل دخول المساعدات إلى عدن.")
    assert any(t[0] == "REQUEST" for t in found), found


def test_an_aim_is_no_support(coder):
    text = "وأشار إلى أن المعرض فعالية تنظمها الغرفة التجارية بهدف دعم جهود توطين الوظائف في المنطقة."
    found = events(coder, text)
    assert not [t for t in found if t[0] in ("SUPPORT", "AID")], found


def test_many_countries_visited_are_no_visit(coder):
    found = events(coder, "وزار البشير عدة بلدان عربية وافريقية رغما عن مذكرتي الاعتقال.")
    assert not [t for t in found if t[0] == "CONSULT"], found
    found = events(coder, "وزار البشير أمس القاهرة حيث التقى الرئيس المصري.")
    assert any(t[0] == "CONSULT" for t in found), found


def test_a_record_of_services_is_no_aid(coder):
    text = ("وأوضح رئيس الوزراء البحريني أن دول مجلس التعاون قدمت لشعوبها ولأوطانها الكثير من الخدمات والأمور "
            "المعيشية.")
    found = events(coder, text)
    assert not [t for t in found if t[0] == "AID"], found


def test_a_past_year_told_under_todays_date_is_history(coder):
    text = ("وأصدرت المحكمة الجنائية الدولية مذكرتي اعتقال بحق البشير في عامي 2009 و2010 بتهمة ارتكاب جرائم حرب "
            "في إقليم دارفور.")
    found = events(coder, text)
    assert not [t for t in found if t[0] == "COERCE"], found
    text = ("حين شاركت الكشافة في الجامبوري الكشفي العالمي الـ13 الذي استضافته اليابان عام 1391م، بمشاركة "
            "23753 كشافا.")
    assert not [t for t in events(coder, text) if t[0] == "CONSULT"]


def test_a_visit_measured_since_a_year_stays(coder):
    text = "وهو أول وزير خارجية كوبي يقوم بزيارة رسمية لواشنطن منذ الثورة الكوبية عام 1959."
    found = events(coder, text)
    assert any(t[0] == "CONSULT" for t in found), found


def test_a_toll_since_a_date_is_no_event(nlp):
    for text in ("ومنذ تولي الرئيس النيجيري محمد بخاري الذي توعد بسحق التمرد، الحكم في 29 مايو، قتل أكثر من 800 "
                 "شخص بحسب تعداد لوكالة فرانس برس.",
                 "وقتل أكثر من 800 شخص منذ 29 مايو في هجمات المتمردين على القرى في شمال شرق البلاد، بحسب تعداد."):
        assert "ASSAULT" not in kinds(nlp, text), text


def test_an_attack_since_which_a_period_runs_stays(nlp):
    text = ("وتجري مباريات كرة القدم بلا جمهور منذ مقتل 19 من مشجعي الزمالك في شباط/فبراير الفائت في اشتباكات "
            "مع الشرطة أمام الملعب.")
    from hadath.stages.reports import AggregateCues
    cues = AggregateCues.load()
    fw = nlp.stage("reports").fw
    toks = nlp(text, published="2015-07-24").tokens[0]
    k = next(i for i, t in enumerate(toks) if t.norm == "مقتل")
    assert not cues.aggregate(toks, [(k, "مقتل")], fw, story=True)


def test_a_toll_of_thousands_named_after_its_verb_is_no_event(nlp):
    for text in ("وقتلت جماعة بوكو حرام حوالي عشرة آلاف شخص منذ عام 2009، واختطفت المئات من الفتيات والنساء.",
                 "قتل من جراء النزاع في دارفور وفق للامم المتحدة 300 الف شخص كما فر اكثر من مليوني شخص من قراهم."):
        assert "ASSAULT" not in kinds(nlp, text), text


def test_a_lone_sentence_is_coded_as_it_reads(coder, nlp):
    # a resolution's aim or a lone toll (the gold's sentences) keeps its event
    art = coder(Article(text="وإذ يشدد على أن تلك التدابير تهدف إلى دعم عملية السلام في كوت ديفوار،",
                        published="2015-07-26"))
    assert any(e.event in ("AID", "SUPPORT") for e in art.events)
    text = "ومنذ حزيران/يونيه 1999 قُتل ما مجموعه 103 أشخاص وجرح 394 شخصا آخرين من جراء انفجار الألغام."
    assert "ASSAULT" in [e.event for e in nlp(text, published="2015-07-26").events]


def test_continual_support_praised_is_no_act(coder):
    text = ("وشكر أمين الطائف الأمير خالد الفيصل على دعمه المستمر لكل المشروعات البلدية في المحافظة.")
    found = events(coder, text)
    assert not [t for t in found if t[0] in ("AID", "SUPPORT")], found
    found = events(coder, "يذكر أن خاشقجي طالب مرات عديدة بلاده بالتدخل لوقف تجاوزات الإعلام المصري ضد المملكة.")
    assert not [t for t in found if t[0] == "REQUEST"], found


def test_repeated_strikes_of_a_day_stay(coder):
    found = events(coder, "وشنت طائرات التحالف أمس غارات متكررة على مواقع الحوثيين في صنعاء.")
    assert any(t[0] == "ASSAULT" for t in found), found


def test_thousands_of_another_clause_make_no_toll(nlp):
    from hadath.stages.reports import AggregateCues
    cues, fw = AggregateCues.load(), nlp.stage("reports").fw
    text = "وقتل العشرات في احتجاجات استمرت أسابيع وفر أكثر من 170 ألف شخص إلى مخيمات للاجئين في دول مجاورة."
    toks = nlp(text).tokens[0]
    assert not cues.aggregate(toks, [(0, "قتل")], fw, story=True)
    toks = nlp("وقتلت جماعة بوكو حرام حوالي عشرة آلاف شخص في شمال شرق البلاد، واختطفت المئات من الفتيات.").tokens[0]
    assert cues.aggregate(toks, [(0, "قتل")], fw, story=True)


def test_a_present_verb_in_a_relative_clause_is_no_act(coder):
    found = events(coder, "وأشاد أمير المنطقة بمثل هذه المجمعات التجارية التي تدعم قطاع الأعمال في المنطقة.")
    assert ("SUPPORT", "تدعم") not in found, found
    found = events(coder, "كما أقفل عشرات الأشخاص الذين يعارضون استخدام مطمر في منطقة الجية الطريق الساحلية.")
    assert ("REJECT", "يعارضون") not in found, found
    found = events(coder, "ويحظر القانون الإساءة إلى الذات الإلهية أو الأديان أو الأنبياء.")
    assert not [t for t in found if t[0] == "COERCE"], found


def test_a_present_verb_of_the_day_or_of_the_act_itself_stays(coder):
    found = events(coder, "وفي تونس التي كان يزورها الاثنين، قال رئيس الحزب للتونسيين إنهم لم يختاروا موقعهم.")
    assert any(t[0] == "CONSULT" for t in found), found
    found = events(coder, "وهي المرة الثانية التي يصدر فيها عفو عام عن جرائم الفرار في سوريا خلال سنة.")
    assert any(t[0] == "CONCEDE" for t in found), found


def test_a_pattern_of_threats_is_no_threat(coder):
    text = ("وأوضح المنسق أن تجمع سوسيا يعد مثالا على نمط من انعدام العدل، حيث يعاني مواطنو التجمعات الفلسطينية من "
            "تهديدات وإزعاجات إسرائيلية متعددة.")
    assert not [t for t in events(coder, text) if t[0] == "THREATEN"]


def test_a_capacity_governs_no_perfect_verb(coder):
    text = "وأكد المرشح الجمهوري جيب بوش أنه قادر على الفوز ودافع عن سياسات حزبه في ولاية فلوريدا."
    found = events(coder, text)
    assert any(t[1] == "دافع عن" for t in found), found


def test_aid_and_support_after_the_purpose_la_are_what_something_is_for(coder):
    """«لدعم»، «لمساعدة»: the aim of a loan or a campaign, no act of aid (the act that serves it has its own word)."""
    text = ("عرض البنك الدولي على باكستان برنامج اقتراض بقيمة ملياري دولار على أن يتم صرفه خلال السنوات الأربع "
            "القادمة لدعم الاقتصاد الباكستاني.")
    assert ("AID", "دعم") not in events(coder, text)
    text = "وأعلنت الأمم المتحدة أنها لم تتلق سوى 13 في المائة من الأموال التي تحتاجها هيئات الإغاثة لمساعدة سكان اليمن."
    assert not [e for e in events(coder, text) if e[0] == "AID"]


def test_aid_told_by_its_own_word_stays(coder):
    assert ("AID", "قدمت") in events(coder, "وقدمت المملكة مساعدات طبية عاجلة للاجئين السوريين في الأردن أمس.")
