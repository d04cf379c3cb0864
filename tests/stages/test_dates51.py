"""Round 51 date fixes: the town Sinjar read as no future verb, a quoted «المصري اليوم» read as a newspaper and not
today, «14 آذار» as the Lebanese coalition's name and not a date, a bare weekday of what «كان من المفترض» was to
happen kept in the past week, and a year inside a bracketed aside not dating the act outside it."""

from event_lookup import coded as _article, with_trigger as _by_trigger


def test_sinjar_is_no_future_verb(nlp):
    """«سنجار» is a town (س + نجار is no future verb): the protest told with «أمس» is past, not to come."""
    text = ("وتزامنا مع مرور عام كامل على احتلال داعش قضاء سنجار تظاهر أمس مئات الإيزيديين في محافظة أربيل "
            "مركز إقليم كردستان.")
    protests = _by_trigger(_article(nlp, text).events, "تظاهر")
    assert protests
    assert not protests[0].future and protests[0].date == "2015-08-02"


def test_quoted_masry_alyoum_is_a_newspaper(nlp):
    """«نقلت صحيفة «المصري اليوم» عن مسؤول»: اليوم closes a newspaper's name, no time of the sentence; the
    Egyptian minister «today» stays today."""
    text = ("إلى ذلك، نقلت صحيفة «المصري اليوم» عن مسؤول حكومي بارز قوله إن هيئة قناة السويس قد رفضت اقتراحا.")
    assert not [t for t in _article(nlp, text, "2015-07-25").times if t.text == "اليوم"]
    text = "وقال إنه بحث خلال لقائه وزير الخارجية المصري اليوم تمتين العلاقات الثنائية بين البلدين."
    assert [t for t in _article(nlp, text, "2015-07-25").times if t.value == "2015-07-25"]


def test_march_14_coalition_is_no_date(nlp):
    """«ونحن في 14 آذار سنقف … وسندافع عنها»: 14 آذار is the coalition; the defence to come is not dated 14 March,
    nor is an act of «لقوى «14 آذار»»."""
    text = ("ونحن في 14 آذار سنقف سدًّا منيعًا في وجه كل محاولات المس بهذه الوثيقة الدستورية وسندافع عنها.")
    defends = _by_trigger(_article(nlp, text, "2015-07-25").events, "سندافع")
    assert defends
    assert defends[0].date != "2015-03-14"
    text = "وقال منسّق الأمانة العامة لقوى «14 آذار» إن الحكومة رفضت الاقتراح."
    rejects = [e for e in _article(nlp, text, "2015-07-25").events if e.trigger.text.startswith("رفضت")]
    assert rejects
    assert rejects[0].date != "2015-03-14"


def test_weekday_of_what_was_to_be_stays_past(nlp):
    """«وكان من المفترض أن تبدأ جولة ثانية من محادثات السلام في باكستان الجمعة، إلا أن إسلام آباد أرجأتها»: the
    talks were due last Friday, not the coming one."""
    text = ("وكان من المفترض أن تبدأ جولة ثانية من محادثات السلام في باكستان الجمعة، إلا أن إسلام آباد أرجأتها "
            "بسبب «الغموض» الناجم عن وفاة الملا عمر.")
    talks = _by_trigger(_article(nlp, text).events, "محادثات")
    assert talks
    assert talks[0].date == "2015-07-31"
    # «يجتمع سفراء الحلف الثلاثاء»-like acts to come keep the coming weekday
    text = "وسيعقد وزراء الخارجية العرب اجتماعا طارئا الثلاثاء لبحث الأزمة."
    meets = [e for e in _article(nlp, text).events if e.future]
    assert meets and meets[0].date == "2015-08-04"


def test_year_in_bracketed_aside_does_not_date_act_outside(nlp):
    """«اعتبر نتنياهو الاتفاق تنازلاً دوليًا أمام إيران (شبهه بتنازل فرنسا وبريطانيا أمام هتلر في اتفاق ميونيخ عام
    1937)»: 1937 is Munich's year, not the date of the concession Netanyahu speaks of."""
    text = ("كما اعتبر رئيس الوزراء الإسرائيلي بنيامين نتنياهو الاتفاق تنازلاً دوليًا أمام إيران (شبهه بتنازل فرنسا "
            "وبريطانيا أمام هتلر في اتفاق ميونيخ عام 1937)، وحجته أن واشنطن ما كانت لتعوض عنه.")
    concessions = _by_trigger(_article(nlp, text).events, "تنازلاً")
    assert concessions
    assert concessions[0].date == "2015-08-03"
    # a weekday glossed in brackets still dates the act: «وأعلن الجيش (أمس الأحد) أنه اعتقل عشرة مسلحين»
    text = "وأعلن الجيش (أمس الأحد) أنه اعتقل عشرة مسلحين."
    arrests = _by_trigger(_article(nlp, text).events, "اعتقل")
    assert arrests and arrests[0].date == "2015-08-02"


def test_since_span_of_relative_clause_does_not_date_act_past_comma(nlp):
    """«وعملاً بقواعد الاشتباك التي يعتمدها الجيش التركي منذ 2012 …، وأطلقت دبابات … عدة قذائف»: 2012 is when the
    rules were adopted; the shelling is Thursday's, told before."""
    text = ("وكان متطرفون فتحوا الخميس النار من سوريا على مركز حدودي للجيش التركي في كيليس مما أدى الى مقتل ضابط صف، "
            "وعملاً بقواعد الاشتباك التي يعتمدها الجيش التركي منذ 2012 كلما طال إطلاق نار أراضيه، رد على الفور "
            "بفتح النار على المواقع الجهادية، وأطلقت دبابات من كتيبة المدرعات الخامسة عدة قذائف بحسب وكالة الاناضول.")
    shells = _by_trigger(_article(nlp, text, "2015-07-25").events, "أطلقت")
    assert shells
    assert not (shells[0].date or "").startswith("2012")


def test_weekday_after_past_progressive_is_last_one(nlp):
    """«وفي تونس التي كان يزورها الاثنين، قال»: كان before the imperfect tells the past; the Monday is last
    Monday, not the coming one."""
    text = ("وفي تونس التي كان يزورها الاثنين، قال رئيس حزب الجمهوريين (يميني)، للتونسيين إنهم لم «يختاروا موقعهم» "
            "الجغرافي.")
    visits = _by_trigger(_article(nlp, text, "2015-07-25").events, "يزورها")
    assert visits
    assert visits[0].date == "2015-07-20"


def test_quoted_channel_name_ending_in_alyoum_is_no_today(nlp):
    """«بثته قناة الرئيس المخلوع «اليمن اليوم»»، موقع "روسيا اليوم": a channel's name, no «today»; a quoted
    «نجتمع اليوم» said by someone stays today."""
    text = "وأعلنت قناة الرئيس المخلوع «اليمن اليوم» أن الحوثيين هاجموا المدينة."
    assert not [t for t in _article(nlp, text, "2015-07-25").times if t.text == "اليوم"]
    text = "بحسب ما نقله موقع \"روسيا اليوم\" الإخباري أمس."
    assert [t.text for t in _article(nlp, text, "2015-07-25").times] == ["أمس"]
    text = "وقال الوزير: «نجتمع اليوم» مع الوفد."
    assert [t for t in _article(nlp, text, "2015-07-25").times if t.value == "2015-07-25"]
