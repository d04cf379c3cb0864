"""Round 61 date fixes: «الأول من أمس» is the day before yesterday; a month «من العام قبل الماضي» is two years back; a
verb of the future written with a final ه (ستتوجه) makes a bare weekday after it a coming one; a day and month joined
by و to a coalition's name («وزراء 8 آذار و14 آذار») are a name too; a time past a comma and an opening «(و)كانت …
قد» clause dates that earlier act, not the event before the comma; «الأولى … منذ <time>» measures how long since; a
time in an aside between dashes glued inward dates what the aside tells."""

from event_lookup import coded as _article


def _events(nlp, text, published, word):
    """The events of `text` published on `published` whose trigger is `word`."""
    return [e for e in _article(nlp, text, published).events if e.trigger.text == word]


def test_al_awwal_min_ams_is_day_before_yesterday(nlp):
    """«قتلت فجر الأول من أمس» in a story of Friday 24 July 2015: Wednesday the 22nd, not Thursday."""
    text = "يذكر أن قوات الاحتلال قتلت فجر الأول من أمس، الشاب أحمد علاونة (21 عاما) من قرية برقين قرب مدينة جنين."
    killed = _events(nlp, text, "2015-07-24", "قتلت")
    assert killed and all(e.date == "2015-07-22" for e in killed)


def test_month_of_year_before_last(nlp):
    """«في يوليو (تموز) من العام قبل الماضي» told in July 2015: July 2013, not this July."""
    text = ("وسبق أن انتقدت إيران عزل الرئيس الأسبق محمد مرسي، المنتمي لجماعة الإخوان المسلمين، في يوليو (تموز) "
            "من العام قبل الماضي، الذي سعى جاهدا لإعادة العلاقات معها.")
    criticism = _events(nlp, text, "2015-07-24", "انتقدت")
    assert criticism and all(e.date == "2013-07-01" and e.enddate == "2013-07-31" for e in criticism)


def test_future_verb_ending_in_ha_makes_weekday_coming(nlp):
    """«كما ستتوجه موغيريني الثلاثاء إلى إيران، حيث ستلتقي» (Friday 24 July): the coming Tuesday, 28 July;
    not the past one, 21 July."""
    text = ("كما ستتوجه موغيريني الثلاثاء إلى إيران، حيث ستلتقي وزير الخارجية محمد جواد ظريف، وستتناول محادثاتها "
            "بصورة خاصة عملية تطبيق الاتفاق.")
    meet = _events(nlp, text, "2015-07-24", "ستلتقي")
    assert meet and all(e.date == "2015-07-28" for e in meet)
    assert not any(e.date == "2015-07-21" for e in meet)


def test_second_coalition_date_is_a_name(nlp):
    """«الخلافات بين وزراء 8 آذار و14 آذار … وتهدد بقطع»: no event dated 14 March."""
    text = ("اجتازت الحكومة اللبنانية يوم أمس (الخميس) أزمة جديدة كادت تؤدي لفرط عقدها نظرا لتفاقم الخلافات بين "
            "وزراء 8 آذار و14 آذار، الذين فشلوا بالتوصل إلى اتفاق حول آلية عمل مجلس الوزراء، كما حول ملف النفايات "
            "التي تجتاح شوارع العاصمة بيروت منذ يوم السبت الماضي، وتهدد بقطع عدد من الطرقات.")
    events = _article(nlp, text, "2015-07-24").events
    assert events and not any(e.date in ("2015-03-14", "2015-03-08") for e in events)


def test_pluperfect_clause_time_does_not_date_event_before(nlp):
    """«جرت مراسم توقيع الاتفاقيات في جنيف …، و كانت المملكة قد بدأت … في 24 مايو الماضي، في حين بدأت … في 31 مايو
    الماضي»: the signing is not dated 24 or 31 May, the days the recruitment began."""
    text = ("و قد جرت مراسم توقيع الاتفاقيات، في جنيف على هامش اجتماع منظمة العمل الدولية في دورته الـ (104) و "
            "وقعها من جانب المملكة وزير العمل الدكتور مفرج بن سعد الحقباني، و كانت المملكة قد بدأت فعليًا في "
            "إجراءات استقدام العمالة من النيجر في 24 مايو الماضي بأجر شهري للعاملة المنزلية قدره (750) ريال شهري، "
            "في حين بدأت إجراءات استقدام العمالة من جيبوتي في 31 مايو الماضي بأجر شهري للعمالة المنزلية.")
    signing = _events(nlp, text, "2015-07-24", "توقيع الاتفاقيات")
    assert signing and not any(e.date and e.date.startswith("2015-05") for e in signing)


def test_first_since_bare_mundhu_does_not_date_visit(nlp):
    """«وخلال زيارته الأولى إلى العراق منذ تسلمه مهامه في فبراير (شباط)، بحث كارتر …»: the visit is not dated
    February; the month tells how long since he took office."""
    text = ("وخلال زيارته الأولى إلى العراق منذ تسلمه مهامه في فبراير (شباط)، بحث كارتر في العمليات العسكرية في "
            "محافظة الأنبار.")
    visit = _events(nlp, text, "2015-07-24", "زيارته")
    assert visit and not any(e.date and e.date.startswith("2015-02") for e in visit)


def test_time_in_dashed_aside_does_not_date_event_outside(nlp):
    """«إن ممثلين عن صالح -الذي حاصر الموالون له عدن مع الحوثيين في مارس آذار وابريل نيسان- يتفاوضون»: the talks are
    not dated April; the months date the siege told in the aside."""
    text = ("ويقول دبلوماسيون وسياسيون يمنيون إن ممثلين عن صالح -الذي حاصر الموالون له عدن مع الحوثيين في مارس آذار "
            "وابريل نيسان- يتفاوضون مع دبلوماسيين من الإمارات.")
    talks = _events(nlp, text, "2015-07-24", "يتفاوضون")
    assert talks and not any(e.date and e.date.startswith("2015-0") and e.date < "2015-07" for e in talks)
