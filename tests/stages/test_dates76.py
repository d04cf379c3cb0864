"""Round 76 date fixes (sentences of the dev day 2015-07-26): a later clause of a dated sentence goes on with its day
(«منذ صباح أمس …، بينما استهدفت الفصائل»); the acts an answer or a request answers came before its day («ترد على
هجمات»، «بناء على طلب تركيا»); a past verb's relative clause past a comma tells what was done before the main clause's
day («…، والذين استشهدوا»); a time in a relative clause after the event's verb yields to another («الذي ينهي اليوم
زيارة …، بعمل قوة اميصوم السبت»); a time after بعد and another act's noun dates that act («بعد تفجير انتحاري وقع
الأسبوع الماضي»); and an act told after بعد in a sentence with no time was done before the publication day
(«بعد التوقيع على الاتفاق النووي»), not the subject's own talks («بعد مباحثاته»)."""

from hadath.article import Article

_DAY = "2015-07-26"


def _events(nlp, text, word, published=_DAY):
    """The events of `text` published on `published` whose trigger starts with `word`."""
    return [e for e in nlp(Article(text=text, id="t", published=published)).events if e.trigger.text.startswith(word)]


def test_later_clause_takes_the_sentence_day(nlp):
    """«كما ارتفع إلى 16 عدد الغارات … منذ صباح أمس …، بينما استهدفت الفصائل المتطرفة تمركزات لقوات النظام»: the
    attacks of the later clauses are yesterday's, the day the SOHR report tells, not the publication day."""
    text = ("أعلن المرصد السوري لحقوق الإنسان أنه سقطت قذائف عدة أطلقتها الفصائل المقاتلة على مناطق في بلدتي نبل "
            "والزهراء، دون أنباء عن خسائر بشرية.\n"
            "كما ارتفع إلى 16 عدد الغارات التي نفذها الطيران الحربي على مناطق سيطرة الفصائل المقاتلة منذ صباح أمس "
            "في مدينة درعا وسط استمرار قصف قوات النظام على المنطق ذاتها، بينما استهدفت الفصائل المتطرفة تمركزات "
            "لقوات النظام في مدينة درعا، وأنباء عن خسائر بشرية في صفوف قوات النظام.")
    targeted = _events(nlp, text, "استهدفت")
    assert targeted
    assert all(e.date == "2015-07-25" and e.enddate is None for e in targeted)


def test_attacks_answered_came_before(nlp):
    """«أعلنت حركة الشباب الصومالية مسؤوليتها اليوم عن الهجوم …، قائلة انها ترد على هجمات شنتها قوة تابعة للاتحاد
    الافريقي»: the attacks answered were before today, not on it."""
    text = ("فيما أعلنت حركة الشباب الصومالية مسؤوليتها اليوم عن الهجوم على فندق في مقديشو قائلة انها ترد على هجمات "
            "شنتها قوة تابعة للاتحاد الافريقي والحكومة الصومالية على الحركة.")
    attacks = _events(nlp, text, "هجمات")
    assert attacks
    assert all(e.date is None and e.enddate == _DAY and e.date_source == "before_published" for e in attacks)


def test_request_a_session_answers_is_not_the_session_day(nlp):
    """«أعلن حلف شمال الأطلسي اليوم الأحد … عن عقد جلسة تشاور استثنائية لسفراء الحلف بعد غد الثلاثاء بناء على طلب
    تركيا»: Turkey's request came before the announcement, not on Tuesday the 28th."""
    text = ("أعلن حلف شمال الأطلسي (ناتو) اليوم الأحد في بروكسل عن عقد جلسة تشاور استثنائية لسفراء الحلف بعد غد "
            "الثلاثاء بناء على طلب تركيا.")
    requests = _events(nlp, text, "طلب")
    assert requests
    assert all(e.date != "2015-07-28" and e.enddate == _DAY for e in requests)


def test_relative_clause_past_comma_is_before_the_main_day(nlp):
    """«نقلت طائرة إخلاء أمنية ظهر اليوم الثلاثاء جثامين ثلاثة من جنود الوطن، …، والذين استشهدوا على الحد الجنوبي في
    أول أيام عيد الفطر»: the soldiers fell before Tuesday (on the first day of the feast), not on it."""
    text = ("نقلت طائرة إخلاء أمنية ظهر اليوم الثلاثاء جثامين ثلاثة من جنود الوطن، من الحد الجنوبي إلى محايل عسير، "
            "والذين استشهدوا على الحد الجنوبي في أول أيام عيد الفطر المبارك.")
    fallen = _events(nlp, text, "استشهدوا", "2015-07-22")
    assert fallen
    assert all(e.date != "2015-07-21" and e.enddate == "2015-07-21" for e in fallen)


def test_time_of_relative_clause_after_verb_yields(nlp):
    """«اشاد الرئيس الاميركي الذي ينهي اليوم زيارة الى كينيا المجاورة، بعمل قوة اميصوم السبت»: the praise was on
    Saturday; today is the end of the visit the relative clause tells. A relative clause after an event noun keeps
    its time: «وادت الغارات الاولى التي شنها الطيران التركي ليل الجمعة» is Friday night's."""
    text = ("وحصلت عملية الاغتيال، فيما اشاد الرئيس الاميركي الذي ينهي اليوم زيارة الى كينيا المجاورة، بعمل قوة "
            "اميصوم السبت.")
    praise = _events(nlp, text, "اشاد")
    assert praise
    assert all(e.date == "2015-07-25" for e in praise)
    text = ("وادت الغارات الاولى التي شنها الطيران التركي ليل الجمعة الاحد الى انهاء الهدنة بين انقرة والمتمردين "
            "الاكراد الذين اعلنوا مسؤوليتهم عن هجوم بسيارة مفخخة اسفر عن مقتل جنديين مساء السبت في شمال شرق تركيا.")
    raids = _events(nlp, text, "الغارات")
    assert raids
    assert all(e.date == "2015-07-24" for e in raids)


def test_time_after_baad_and_another_act_is_that_acts(nlp):
    """«دعا ينس شتولتينبيرج … إلى اجتماع طارئ يوم الثلاثاء … بعد تفجير انتحاري وقع الأسبوع الماضي»: last week is
    the bombing's; the call is not dated to it."""
    text = ("دعا ينس شتولتينبيرج الأمين العام لحلف شمال الأطلسي إلى اجتماع طارئ يوم الثلاثاء لبحث المسألة الأمنية "
            "بناء على طلب من تركيا بعد تفجير انتحاري وقع الأسبوع الماضي هناك وبعد عمليات أمنية تركية ضد تنظيم "
            "الدولة الإسلامية وحزب العمال الكردستاني.")
    calls = _events(nlp, text, "دعا")
    assert calls
    assert all(e.date == _DAY and e.enddate is None for e in calls)


def test_act_after_baad_with_no_time_is_background(nlp):
    """«سيشرح آفاق التعاون الإيراني مع دول المنطقة خاصة بعد التوقيع على الاتفاق النووي»: the signing (14 July) was
    before the publication day; «وقال أوباما للصحافيين بعد مباحثاته مع الرئيس الكيني»: his own talks keep the day."""
    text = ("وأضافت المصادر الإيرانية أن الوزير سيشرح آفاق التعاون الإيراني مع دول المنطقة خاصة بعد التوقيع على "
            "الاتفاق النووي وتبديل القلق من هيمنة إيرانية على المنطقة.")
    signings = _events(nlp, text, "التوقيع")
    assert signings
    assert all(e.date is None and e.enddate == _DAY and e.date_source == "before_published" for e in signings)
    text = "وقال أوباما للصحافيين بعد مباحثاته مع الرئيس الكيني: «الوضع رهيب»."
    talks = _events(nlp, text, "مباحثاته")
    assert talks and all(e.date_source != "before_published" for e in talks)
