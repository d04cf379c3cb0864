"""Event dates, round 19: a month alone dates an event as the span of that month; the act of a charge (بتهمة،
لاتهامه ب، المتهم ب) is not dated by the arrest or the report that tells it; بعدما، بعد أن open the clause of an
earlier act, whose time does not date the event before them."""

from event_lookup import event_by_trigger


def _events(nlp, text, published="2015-08-11"):
    return nlp(text, published=published).events


def _one(nlp, text, trigger, published="2015-08-11"):
    """The first event of `text` whose trigger is `trigger`, published on 2015-08-11 unless told otherwise."""
    return event_by_trigger(nlp, text, trigger, published)


def test_a_month_alone_gives_the_span_of_the_month(nlp):
    ev = _one(nlp, "واعتقلت الشرطة الناشط في يونيو الماضي في القاهرة.", "اعتقلت")
    assert (ev.date, ev.enddate) == ("2015-06-01", "2015-06-30")
    assert ev.date_evidence.granularity == "month"


def test_this_month_ends_on_the_publication_day_for_a_done_event(nlp):
    text = "وقالت تقارير محلية إن مقاتلين من تنظيم داعش اعتقلوا الفتاة وصديقها في حلب مطلع أغسطس."
    ev = _one(nlp, text, "اعتقلوا")
    assert (ev.date, ev.enddate) == ("2015-08-01", "2015-08-11")


def test_the_act_charged_is_not_dated_by_the_arrest_report(nlp):
    text = ("أعلن التلفزيون السوري الاثنين 10 اغسطس/ آب توقيف سليمان هلال الأسد المتهم بقتل العقيد في القوات "
            "الجوية حسان الشيخ إثر خلاف على أفضيلة الطريق.")
    evs = _events(nlp, text)
    arrest = next(e for e in evs if e.trigger.text == "توقيف")
    assert arrest.date == "2015-08-10"
    killing = next(e for e in evs if e.trigger.text == "قتل")
    assert killing.date is None and killing.enddate == "2015-08-11" and killing.date_source == "before_published"


def test_the_act_charged_keeps_a_time_of_its_own(nlp):
    ev = _one(nlp, "وأوقفت الشرطة أمس رجلا بتهمة قتل جندي في يونيو الماضي.", "قتل")
    assert ev.date == "2015-06-01"


def test_after_which_opens_the_clause_of_an_earlier_act(nlp):
    text = ("وتظاهر آلاف المودعين للمطالبة باسترداد أموالهم المفقودة بعدما أفلس البنك قبل عام واحد وتصل قيمة "
            "مدخراتهم نحو 720 مليون يورو.")
    ev = _one(nlp, text, "تظاهر")
    assert ev.date == "2015-08-11" and ev.date_source == "published"
    ev = _one(nlp, "وتظاهر آلاف المودعين في مدريد بعد أن أفلس البنك في عام 2014.", "تظاهر")
    assert not (ev.date or "").startswith("2014")


def test_the_act_after_which_is_background(nlp):
    text = ("منعت تركمانستان بيع التبغ في أنحاء البلاد. وتعتبر تركمانستان من أكثر الدول انغلاقًا في العالم، وقد "
            "صادقت العام 2011 على معاهدة منظمة الصحة العالمية لمكافحة التدخين بعدما حظرت أحزاب المعارضة في البلاد.")
    # (a ban of parties, not of smoking: a state's own rule on smoking is no event since round 57, test_senses57)
    ev = _one(nlp, text, "حظرت")
    # before the end of the ratification's year (dates29; was the publication day)
    assert ev.date is None and ev.date_source == "before_published" and ev.enddate == "2011-12-31"


def test_a_verb_after_the_accused_is_no_charge(nlp):
    text = "وبعد القبض على المتهم دافع عن شريكه، قائلاً إنه يدير أنشطته التجارية في الإمارات."
    ev = _one(nlp, text, "دافع عن")
    assert ev.date_source != "before_published"


def test_a_time_past_the_clause_after_which_still_dates(nlp):
    text = ("وفي طهران، دافع الرئيس حسن روحاني عن الاتفاق النووي بعدما تعرض لهجوم من المحافظين في الداخل، مؤكدا "
            "في كلمة بثها التلفزيون الإيراني على الهواء مباشرة يوم أمس أن الاتفاق يعكس إرادة الأمة.")
    ev = _one(nlp, text, "دافع")
    assert ev.date == "2015-08-10"


def test_the_first_sentence_tells_its_news_after_which(nlp):
    ev = _one(nlp, "لقيت سيدة ثلاثينية مصرعها بعدما تعرضت للضرب من زوجها في منطقة برية شرق محافظة حفر الباطن.",
              "مصرعها")
    assert ev.date == "2015-08-11"
    assert all(e.date_source != "before_published" for e in _events(
        nlp, "لقيت سيدة ثلاثينية مصرعها بعدما تعرضت للضرب من زوجها في منطقة برية شرق محافظة حفر الباطن."))


def test_what_was_said_at_the_lead_s_ceremony_takes_its_day(nlp):
    text = ("دشن محافظ الطائف فهد بن معمر، بحضور الدكتور سعد الشثري، أمس، فعاليات ملتقى الجمعية الخامس. "
            "ودعا مستشار خادم الحرمين الشريفين أبناء المجتمع لبذل ما يستطيعون ورفد جهود الجمعيات الخيرية.")
    ev = _one(nlp, text, "دعا")
    assert ev.date == "2015-08-10" and ev.date_source == "story"


def test_a_lead_with_an_event_word_keeps_its_class_only(nlp):
    text = ("قتل مسلحون خمسة جنود أمس في هجوم على نقطة تفتيش. "
            "ودعا الأمين العام جميع الأطراف إلى ضبط النفس.")
    ev = _one(nlp, text, "دعا")
    assert ev.date == "2015-08-11"



def test_a_month_counted_since_spans_up_to_the_publication_day(nlp):
    text = ("وأكد تعرّض الحريات الصحفية والصحفيين لموجة غير مسبوقة من القمع والاعتقالات منذ سبتمبر الماضي على أيدي "
            "الحوثيين.")
    ev = _one(nlp, text, "القمع")
    assert (ev.date, ev.enddate) == ("2014-09-01", "2015-08-11")
