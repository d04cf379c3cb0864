"""Round 77 date fixes (sentences of the dev days 2015-07-25 and 2015-07-26): «الأسبوع الماضي» told on a
Sunday reaches the day before (the Arab working week just ended, not only the ISO week before it), and «هذا الأسبوع»
told on a weekend day reaches the six days after it for what is to come, the time's value staying the ISO week; a
call's verb is not dated by a relative clause on what it calls for («باحترام الهدنة الإنسانية التي جرى سريانها منتصف
الليلة الماضية»); a meeting after خلال is no other act between a call and its day («ودعا خلال لقائه اليوم (الأحد)»);
an adverb of three words sets an act in the past («في أوقات متفرقة»); an act right after منذ is not dated by a time
before it («ظل مغلقا منذ استيلاء المتمردين»); and an act named after «a number of» in a relative
clause of the past was done before the publication day («التي شنت عددا كبيرا من الهجمات الانتحارية»)."""

from hadath.article import Article

_SUNDAY = "2015-07-26"
_SATURDAY = "2015-07-25"
_THURSDAY = "2015-07-23"


def _article(nlp, text, published=_SUNDAY):
    """The article `text` coded as published on `published`."""
    return nlp(Article(text=text, id="t", published=published))


def _events(nlp, text, word, published=_SUNDAY):
    """The events of `text` published on `published` whose trigger starts with `word`."""
    return [e for e in _article(nlp, text, published).events if e.trigger.text.startswith(word)]


_SURUC = ("وذكر مكتب حاكم إسطنبول في بيان أنه لن يسمح بالمسيرة، بعد أن قتل انتحاري يشتبه في أنه ينتمي لتنظيم داعش "
          "32 شخصا في بلدة سروج على الحدود مع سوريا الأسبوع الماضي.")


def test_last_week_on_a_sunday_reaches_the_day_before(nlp):
    """«قتل انتحاري … 32 شخصا في بلدة سروج … الأسبوع الماضي» in a paper of Sunday 26 July: the bombing of Monday the
    20th is in it (13 to 25 July), not only the ISO week of 13 to 19 July; the time's value is still that ISO week,
    and on a weekday the week is the ISO one alone."""
    killed = _events(nlp, _SURUC, "قتل")
    assert killed
    assert all(e.date == "2015-07-13" and e.enddate == "2015-07-25" for e in killed)
    week = [t for t in _article(nlp, _SURUC).times if t.granularity == "week"]
    assert [(t.value, t.end_value) for t in week] == [("2015-W29", "2015-07-25")]
    # the same sentence in a paper of Thursday 23 July: the ISO week before, 13 to 19 July, with no end of its own
    week = [t for t in _article(nlp, _SURUC, _THURSDAY).times if t.granularity == "week"]
    assert [(t.value, t.end_value) for t in week] == [("2015-W29", None)]


def test_this_week_on_a_weekend_day_reaches_the_days_to_come(nlp):
    """«هذا الأسبوع» told on Saturday 25 July of a visit to come: the coming days of the Arab week (to Friday 31 July),
    not the ISO week's last day, the Sunday after the paper."""
    text = "وسيزور وزير الخارجية الأمريكي جون كيري القاهرة هذا الأسبوع لبحث الأوضاع في المنطقة."
    week = [t for t in _article(nlp, text, _SATURDAY).times if t.granularity == "week"]
    assert [(t.value, t.end_value) for t in week] == [("2015-W30", "2015-07-31")]


_TRUCE = ("طالب الرئيس اليمني عبدربه منصور هادي المليشيات الحوثية وقوات صالح باحترام الهدنة الإنسانية التي جرى "
          "سريانها منتصف الليلة الماضية.")


def test_call_not_dated_by_the_clause_on_what_it_calls_for(nlp):
    """«طالب الرئيس … باحترام الهدنة الإنسانية التي جرى سريانها منتصف الليلة الماضية»: the truce began last night;
    the demand is of the publication day, not of the 25th."""
    calls = _events(nlp, _TRUCE, "طالب")
    assert calls
    assert all(e.date == _SUNDAY for e in calls)
    assert not any(e.date == "2015-07-25" for e in calls)


def test_call_during_a_meeting_takes_the_meeting_day(nlp):
    """«…التي جرى سريانها منتصف الليلة الماضية، ودعا خلال لقائه اليوم (الأحد) مبعوث الأمين العام …»: the second call
    is today's, told after the meeting it was made in, not last night's."""
    text = ("دعا الرئيس اليمني عبدربه منصور هادي الميليشيات الحوثية وقوات صالح الى احترام الهدنة الإنسانية التي جرى "
            "سريانها منتصف الليلة الماضية، ودعا خلال لقائه اليوم (الأحد) مبعوث الأمين العام للأمم المتحدة إلى اليمن "
            "إسماعيل ولد الشيخ، في الرياض الى زيارة محافظة عدن بعد تحريرها من الميليشيات المتمردة.")
    calls = _events(nlp, text, "دعا")
    assert calls
    assert all(e.date == _SUNDAY for e in calls)


def test_three_word_adverb_sets_the_act_in_the_past(nlp):
    """«وشهدت مدينة الحديدة وبعض مديرياتها في أوقات متفرقة احتجاجات حاشدة»: protests at times gone by, before the
    publication day, not on it."""
    text = ("وشهدت مدينة الحديدة وبعض مديرياتها في أوقات متفرقة احتجاجات حاشدة تطالب بطرد المسلحين الحوثيين من "
            "المدينة وإقليم تهامة عموما.")
    protests = _events(nlp, text, "احتجاجات")
    assert protests
    assert all(e.date is None and e.enddate == _SUNDAY and e.date_source == "before_published" for e in protests)


def test_acts_after_a_number_of_in_a_past_relative_clause(nlp):
    """«حركة الشباب الصومالية التي شنت عددا كبيرا من الهجمات الانتحارية على الأراضي الكينية»: the clause says who the
    group is by attacks already known, done before the publication day."""
    text = ("وخضعت نيروبي لإجراءات أمنية مشددة أدت إلى إغلاق مناطق فيها وإقفال المجال الجوي فوقها عند هبوط طائرة "
            "الرئيس الأميركي، خاصة في ظل تزايد تهديدات وهجمات حركة الشباب الصومالية التي شنت عددا كبيرا من الهجمات "
            "الانتحارية على الأراضي الكينية.")
    attacks = _events(nlp, text, "الهجمات")
    assert attacks
    assert all(e.date is None and e.enddate == _SUNDAY and e.date_source == "before_published" for e in attacks)


def test_an_act_a_state_lasted_since_is_not_dated_by_the_clause_before(nlp):
    """«وصلت إلى مطار عدن الدولي، أمس، طائرتان … لإعادة فتح المطار الذي ظل مغلقا منذ استيلاء المتمردين على كبرى مدن
    الجنوب اليمني»: the seizure the airport stayed closed since came before, not yesterday, the planes' day."""
    text = ("في غضون ذلك، وصلت إلى مطار عدن الدولي، أمس، طائرتان سعوديتان وأخرى إماراتية، محملة بمساعدات ومعدات "
            "لإعادة فتح المطار الذي ظل مغلقا منذ استيلاء المتمردين على كبرى مدن الجنوب اليمني.")
    seized = _events(nlp, text, "استيلاء", _SATURDAY)
    assert seized
    assert all(e.date is None and e.enddate == _SATURDAY and e.date_source == "before_published" for e in seized)
