"""Event dates, round 18: a year alone dates an event as a span of that year, not its first day; a time that
dates another clause (what منذ names, a year past a clause boundary) does not date the event; a time of the
event's own clause beats one across a comma."""

from event_lookup import event_by_trigger


def _events(nlp, text, published="2015-08-11"):
    return nlp(text, published=published).events


def _one(nlp, text, trigger, published="2015-08-11"):
    """The first event of `text` whose trigger is `trigger`, published on 2015-08-11 unless told otherwise."""
    return event_by_trigger(nlp, text, trigger, published)


def test_a_year_alone_gives_the_span_of_the_year(nlp):
    ev = _one(nlp, "وقالت الداخلية إن أكبر عملية تهريب أسلحة تم إلقاء القبض عليها كانت نهاية العام 2013.", "القبض")
    assert (ev.date, ev.enddate) == ("2013-01-01", "2013-12-31")
    assert ev.date_evidence.granularity == "year" and ev.to_dict()["date_text"]["granularity"] == "year"


def test_this_year_ends_on_the_publication_day_for_a_done_event(nlp):
    ev = _one(nlp, "واعتقلت الشرطة الناشط في وقت سابق من هذا العام في القاهرة.", "اعتقلت")
    assert (ev.date, ev.enddate) == ("2015-01-01", "2015-08-11")


def test_a_day_keeps_no_enddate(nlp):
    ev = _one(nlp, "قتل مسلحون خمسة جنود أمس في هجوم على نقطة تفتيش.", "قتل")
    assert (ev.date, ev.enddate) == ("2015-08-10", None)


def test_a_time_past_since_and_its_event_dates_that_event(nlp):
    text = ("واصفاً قصف الانفصاليين في الساعات الأربع والعشرين الأخيرة بأنه الأعنف منذ معركة السيطرة على بلدة "
            "ديبالتسيف في فبراير الماضي.")
    ev = _one(nlp, text, "قصف")
    assert ev.date != "2015-02-01"


def test_since_before_a_day_still_dates_it(nlp):
    ev = _one(nlp, "وقتل خمسة أشخاص منذ يوم الأحد الماضي في المدينة.", "قتل")
    assert ev.date == "2015-08-09"


def test_a_year_of_another_clause_does_not_date_the_event(nlp):
    text = ("وقالت تقارير محلية إن مقاتلين من تنظيم داعش اعتقلوا الفتاة وصديقها في حلب مطلع أغسطس، وتزوجت الفتاة "
            "صديقها في ستوكهولم في وقت سابق من هذا العام دون علم والديهما، واتصلت الفتاة مرتين بوالديها أثناء "
            "اعتقالها بعد أن أعارتها امرأة أخرى هاتفها الجوال سرا.")
    evs = [e for e in _events(nlp, text) if e.event == "COERCE"]
    assert evs and all(e.date != "2015-01-01" for e in evs)


def test_a_year_of_a_later_clause_does_not_date_the_fighting(nlp):
    text = ("وعلى مسافة ليست ببعيدة، يدور قتال عنيف لليوم الثاني على التوالي بين المقاومة الشعبية وعناصر الميليشيات "
            "الحوثية في مديرية أرحب، وتعد أرحب من أكثر المناطق التي استهدفها الحوثيون طوال العام المنصرم.")
    ev = _one(nlp, text, "قتال")
    assert ev.date != "2014-01-01"


def test_the_time_of_the_events_own_clause_beats_one_across_a_comma(nlp):
    text = ("وكانت جماعة الحوثي بسطت سيطرتها على مدن محافظة إب بعد مواجهات مع رجال القبائل، نهاية ديسمبر الماضي، "
            "بعد ايام من اجتياح مسلحي الجماعة للعاصمة صنعاء في 21 سبتمبر الفائت.")
    ev = _one(nlp, text, "اجتياح")
    assert ev.date == "2014-09-21"


def test_a_year_heading_the_sentence_dates_its_later_clauses(nlp):
    text = "عام 1983، قتل 241 جنديا أميركيا في قاعدة عسكرية في لبنان، واضطر الرئيس رونالد ريغان إلى سحب القوات."
    ev = _one(nlp, text, "سحب القوات")
    assert (ev.date, ev.enddate) == ("1983-01-01", "1983-12-31")


def test_a_year_after_a_comma_and_fi_is_of_the_same_clause(nlp):
    text = ("لكن، في بداية عهد الرئيس رونالد ريغان، ومقابل إطلاق سراح الدبلوماسيين الأميركيين، في بداية عام 1981، "
            "أفرج عن بعض هذه الأموال.")
    ev = _one(nlp, text, "إطلاق سراح")
    assert ev.date == "1981-01-01"


def test_what_an_investigation_found_was_done_before_the_publication_day(nlp):
    text = ("وكشفت تحقيقات النيابة العامة، بحسب وكالة أنباء الشرق الأوسط المصرية، من خلال شهادات الكثير من قاطني محيط "
            "التجمهر المسلح، أن المتهمين من جماعة الإخوان، نظموا ذلك الاعتصام المسلح وسيروا منه مسيرات مسلحة لأماكن "
            "عدة هاجمت المواطنين الآمنين في أحداث مروعة، وقطعوا الطرق ووضعوا المتاريس.")
    evs = [e for e in _events(nlp, text) if e.event in ("PROTEST", "ASSAULT")]
    assert evs and all(e.date is None and e.date_source == "before_published" and e.enddate == "2015-08-11"
                       for e in evs)


def test_what_an_indictment_says_was_done_before(nlp):
    ev = _one(nlp, "وتقول لائحة الاتهام، إن جنودا إسرائيليين أطلقوا الرصاص في الهواء لردع المهاجمين.", "أطلقوا الرصاص")
    assert ev.date_source == "before_published"


def test_an_investigation_without_what_it_found_keeps_the_day(nlp):
    ev = _one(nlp, "فتحت الشرطة تحقيقا في الحادث واعتقلت ثلاثة مشتبهين في مدينة الدمام.", "اعتقلت")
    assert ev.date == "2015-08-11" and ev.date_source == "published"


def test_since_an_hour_of_a_day_still_dates_it(nlp):
    text = "وكانت اللجنة الثورية التابعة للحوثيين أعلنت حالة الطوارئ منذ العاشرة من ليلة أمس الأحد."
    ev = next(e for e in _events(nlp, text, published="2015-08-10") if e.event == "COERCE")
    assert ev.date == "2015-08-09"


def test_a_past_verb_goes_on_with_the_year_of_the_clause_before(nlp):
    text = "وأدين جونز في 1999 بتهمة القتل من الدرجة الثانية في مقاطعة بريفارد، وحكم عليه بالسجن 18 عاما."
    ev = next(e for e in _events(nlp, text, published="2015-07-31") if e.event == "SANCTION")
    assert ev.date == "1999-01-01"


def test_a_year_before_while_does_not_date_the_verb_after_it(nlp):
    ev = _one(nlp, "وقتل شخصان في هجومين منفصلين في يلوستون عام 2012 بينما أصاب ثور أربعة أشخاص هذا العام.", "أصاب",
              published="2015-08-10")
    assert (ev.date, ev.enddate) == ("2015-01-01", "2015-08-10")
