"""Round 89 date fixes (sentences of the dev day 2015-07-27): a day and month told without a year after a sentence
that named the month with an old year («نوفمبر (تشرين الثاني) 2013» … «صباح يوم 24 نوفمبر») is of that year, not
the coming November; «اليوم» after a verb of ending («وانتهى اليوم باعتقال») is the day told of, not today; a
sentence opened by a past act word or a verb of occurring after a sentence whose times are all of old years («وفي
تشرين الاول/اكتوبر 1967 اصيبت طائرته» «واصيب بجروح واسر في هانوي»، «ووقعت مصادمات») goes on with that old
narration: background, before publication; an opening «وكان» pluperfect reaches past «، لكن»; and a bare «نهاية
الأسبوع» told early in the week is the weekend just past."""

from hadath.article import Article

_MONDAY = "2015-07-27"


def _events(nlp, text, word, published=_MONDAY):
    """The events of `text` published on `published` whose trigger starts with `word`."""
    return [e for e in nlp(Article(text=text, id="t", published=published)).events if e.trigger.text.startswith(word)]


_GENEVA = ("ضمن كل التغطيات كانت جولة المفاوضات الأهم تلك التي عقدت بجنيف نوفمبر (تشرين الثاني) 2013 حيث قضينا "
           "ليلة 23 بالمركز الصحافي، في انتظار الإعلان عن توقيع اتفاق بين إيران ومجموعة الدول الخمس الدائمة العضوية "
           "في مجلس الأمن زائدة ألمانيا.\nليلذاك سهرنا ننتظر إلى أن توصلوا لاتفاق وأعلنوه نحو الثالثة صباح يوم 24 "
           "نوفمبر ووقعوه باسم «خطة العمل المشتركة».")


def test_yearless_day_takes_the_year_its_month_was_named_with(nlp):
    """«بجنيف نوفمبر (تشرين الثاني) 2013» … «توصلوا لاتفاق … صباح يوم 24 نوفمبر»: the deal of 24 November 2013,
    not the publication day nor a November to come."""
    found = _events(nlp, _GENEVA, "توصلوا")
    assert found
    assert all(e.date == "2013-11-24" for e in found)
    assert not any(e.date in (_MONDAY, "2015-11-24", "2014-11-24") for e in found)
    # a day before the publication's in its year stays this year's, after «تموز (يوليو) 2014» too
    text = ("واستولى المتمردون الحوثيون منذ تموز (يوليو) 2014 على مناطق عدة.\nوفي 21 يوليو، أنزلت الأمم المتحدة "
            "شحنة مساعدات في ميناء عدن.")
    times = [t for t in nlp(Article(text=text, id="t", published=_MONDAY)).times if "21" in t.text]
    assert times and all(t.value == "2015-07-21" for t in times)


def test_day_that_ended_is_no_today(nlp):
    """«حولت شرطة الاحتلال باحات الأقصى، أمس، إلى ساحة حرب» … «وانتهى اليوم باعتقال نحو عشرين فلسطينيا»: the day
    of the storming (yesterday) ended with the arrests; they did not happen today (but «وانتهت اليوم المهلة» is)."""
    text = ("حولت شرطة الاحتلال الإسرائيلي باحات الأقصى، أمس، إلى ساحة حرب، عندما أعادت احتلالها من جديد، واعتدت على "
            "المصلين.\nوأغلقت الشرطة جميع الطرقات إلى الحرم القدسي، وانتهى اليوم باعتقال نحو عشرين فلسطينيا، "
            "بينهم امرأتان وثلاثة أطفال.")
    found = _events(nlp, text, "اعتقال")
    assert found
    assert not any(e.date == _MONDAY for e in found)
    assert not any(t.text == "اليوم" for t in nlp(Article(text=text, id="t", published=_MONDAY)).times)
    # «وانتهت اليوم المهلة»: the verb's subject is the deadline, اليوم is today
    text = "وانتهت اليوم المهلة التي حددتها الحكومة للمتظاهرين."
    assert any(t.text == "اليوم" and t.value == _MONDAY
               for t in nlp(Article(text=text, id="t", published=_MONDAY)).times)


_MCCAIN = ("حافظ الملياردير دونالد ترامب على صدارة ترتيب المرشحين للانتخابات التمهيدية للحزب الجمهوري، كما اظهرت "
           "استطلاعات للرأي نشرت الاحد.\nوتأتي هذه النتيجة الجيدة لترامب رغم تصريحاته حول السناتور جون ماكين.\n"
           "وجون ماكين (78 عاما) كان طيارا خلال حرب فيتنام، وفي تشرين الاول/اكتوبر 1967 اصيبت طائرته بصاروخ واضطر ان "
           "يقذف نفسه منها. واصيب بجروح واسر في هانوي حيث بقي خمسة اعوام ونصف العام في الاسر وتعرض للتعذيب.")


def test_narration_after_an_old_year_is_background(nlp):
    """«وفي تشرين الاول/اكتوبر 1967 اصيبت طائرته بصاروخ» «واصيب بجروح واسر في هانوي … وتعرض للتعذيب»: McCain's
    wounds and torture are no act of the publication day."""
    for word in ("اصيب", "للتعذيب"):
        found = [e for e in _events(nlp, _MCCAIN, word) if e.sentence == 3]
        assert found, word
        assert all(e.date_source == "before_published" and e.date is None for e in found), word
    # a time of this year is no old narration: the sentence after «وفي يونيو الماضي» is not made background so
    text = _MCCAIN.replace("وفي تشرين الاول/اكتوبر 1967", "وفي يونيو الماضي")
    found = [e for e in _events(nlp, text, "اصيب") if e.sentence == 3]
    assert found and all(e.date_source != "before_published" for e in found)


def test_pluperfect_reaches_past_lakin(nlp):
    """«وكان المتمردون طلبوا مرات عدة إعلان وقف لإطلاق النار من الجانبين، لكن السلطات في بوغوتا رفضت ذلك»: the
    refusal is told in the same past as the request, before the publication day; a sentence not opened by «وكان»
    keeps its refusal on the day («طلب المتمردون …، لكن السلطات رفضت ذلك»)."""
    text = ("وكان المتمردون طلبوا مرات عدة إعلان وقف لإطلاق النار من الجانبين، لكن السلطات في بوغوتا رفضت ذلك خوفا من "
            "أن تستغل القوات المسلحة الثورية الكولومبية الفرصة لتعزيز مواقعها.")
    found = _events(nlp, text, "رفضت")
    assert found and all(e.date_source == "before_published" and e.date is None for e in found)
    text = "وقال مسؤول إن المتمردين طلبوا أمس إعلان وقف لإطلاق النار، لكن السلطات في بوغوتا رفضت ذلك."
    assert all(e.date_source != "before_published" for e in _events(nlp, text, "رفضت"))
    text = "وكان المتمردون طلبوا مرات عدة إعلان وقف لإطلاق النار، بينما رفضت السلطات في بوغوتا ذلك."
    found = _events(nlp, text, "رفضت")  # (بينما, whereas, is a contrast too: the refusal is background as well)
    assert found and all(e.date_source == "before_published" for e in found)


def test_bare_weekend_early_in_the_week_is_the_last_one(nlp):
    """«نظّمت الجالية الإيرانية في بروكسل تظاهرة احتجاجية نهاية الأسبوع» in a paper of Monday the 27th: the protest
    was on the weekend just past (Friday 24 to Sunday 26), not on Monday; «سنشهد في نهاية الأسبوع» is to come and
    «نهاية الأسبوع الأول للبرنامج» is no weekend."""
    text = ("وفي سياق متصل، نظّمت الجالية الإيرانية في بروكسل تظاهرة احتجاجية نهاية الأسبوع ضد ما وصفته بالصمت "
            "الأوروبي على انتهاكات حقوق الإنسان في إيران.")
    found = _events(nlp, text, "تظاهرة")
    assert found and all((e.date, e.enddate) == ("2015-07-24", "2015-07-26") for e in found)
    for other in ("كما سنشهد في نهاية الأسبوع عودة أربعة وزراء من الحكومة.",
                  "فمع نهاية الأسبوع الأول للبرنامج شارك طلاب في التظاهرة."):
        assert not any(t.value for t in nlp(Article(text=other, id="t", published=_MONDAY)).times
                       if "الأسبوع" in t.text), other


def test_occurring_after_an_old_year_is_background(nlp):
    """«وكان المزارعون قد تظاهروا … وذلك خلال مظاهرة في أواخر 2009. ووقعت مصادمات بين الشرطة والمزارعين
    الأوروبيين.»: the clashes a verb of occurring opens go on with the 2009 protest, not the publication day."""
    text = ("تظاهر آلاف المزارعين أمس في بروكسل احتجاجا على انخفاض أسعار الحليب.\nوطالب المزارعون المفوضية الأوروبية "
            "بالتدخل.\nوكان المزارعون قد تظاهروا للسبب نفسه قبل ثلاث سنوات، وألقوا كميات كبيرة من الحليب على الأرض، "
            "وذلك خلال مظاهرة في أواخر 2009. ووقعت مصادمات بين الشرطة والمزارعين الأوروبيين.")
    found = [e for e in _events(nlp, text, "مصادمات") if e.sentence == 3]
    assert found and all(e.date_source == "before_published" and e.date is None for e in found)
