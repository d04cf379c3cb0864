"""Round 93 (dates93): a date after ثورتي (the dual: «لثورتي 25 يناير و30 يونيو») names the two revolutions, not the
day of the act told (2015-07-27 #673); a bare weekday of what is to come, read six days ahead, is the day just past
when the article tells that weekday as past («ليل الأحد» … «صباح امس الأحد», 2015-07-27 #656); a verb of the
present a statement tells takes the day of the wordless lead's speech («في كلمة أمس الاحد» … «وقال إنه يؤيد»,
2015-07-27 #774); an event noun that سابق/السابق qualifies is background («أثناء لقاء سابق», 2015-07-27 #643,
«بناء على طلب سابق», 2015-07-25 #101); a time past a comma after «استجابة لطلب» is another clause's: the request
answered still ends on the day before it (2015-07-27 #659); a military retreat (CAMEO 0874) takes the lead's day of
material conflict («انسحبوا» after «السيطرة … أمس الأحد», 2015-07-27 #516)."""


def _dated(nlp, text, etype, published="2015-07-27"):
    """(trigger, date, enddate, date source) of the events of type `etype` the whole pipeline codes for `text`."""
    return [(e.trigger.text, e.date, e.enddate, e.date_source) for e in nlp(text, published=published).events
            if e.event == etype]


_REVOLUTIONS = ("وصرح الناطق الرسمي باسم وزارة الخارجية المصرية السفير بدر عبدالعاطي في تصريح صحفي إن الوزير شكري "
                "استهل اللقاء بالأهمية الكبيرة لثورتي 25 يناير و30 يونيو وتأثيرها على السياسة الخارجية المصرية ومستقبل "
                "الاستقرار في مصر والمنطقة.")


def test_a_date_after_the_dual_of_revolution_dates_no_meeting(nlp):
    """«استهل اللقاء بالأهمية الكبيرة لثورتي 25 يناير و30 يونيو»: the meeting is not of 25 January."""
    got = _dated(nlp, _REVOLUTIONS, "CONSULT")
    assert ("اللقاء", "2015-07-27", None, "published") in got
    assert not any((d or "").startswith("2015-01") for _, d, _, _ in got)


_TRUCE = ("قال زعيم جماعة الحوثي اليمنية في رسالة نشرت على حساب للجماعة على موقع تويتر إنه يرفض وقف إطلاق النار الذي "
          "يعتزم التحالف تطبيقه. ومن المقرر بدء سريان الهدنة في الساعة (2059 بتوقيت غرينتش) ليل الأحد. "
          "هذا وشن طيران التحالف العربي غارات على مواقع للحوثيين وقوات صالح في صنعاء، صباح امس الأحد، وسمع دوي "
          "انفجارات تهز العاصمة.")


def test_a_weekday_to_come_the_article_tells_as_yesterday_is_yesterday(nlp):
    """«ومن المقرر بدء سريان الهدنة … ليل الأحد» in a Monday record that tells «صباح امس الأحد»: Sunday 07-26,
    not the Sunday after."""
    got = _dated(nlp, _TRUCE, "RETREAT")
    assert ("الهدنة", "2015-07-26", None, "text") in got
    assert not any(d == "2015-08-02" for _, d, _, _ in got)
    # «ليل الأحد المقبل»: the next Sunday, whatever the article tells of the Sunday past
    ahead = _TRUCE.replace("ليل الأحد.", "ليل الأحد المقبل.")
    assert ("الهدنة", "2015-08-02", None, "text") in _dated(nlp, ahead, "RETREAT")


_SPEECH = ("اكد الرئيس السوري بشار الاسد في كلمة أمس الاحد ان الجيش قادر على الانتصار في حربه مشيرا الى \"نقص\" في "
           "الطاقة البشرية لديه. وقال الاسد في كلمة القاها امام رؤساء واعضاء المنظمات الشعبية والمهنية في قصر الشعب "
           "وبثها التلفزيون السوري مباشرة ان \"طاقة الجيش هي القوة البشرية\". وقال إنه يؤيد أي حوار سياسي حتى وإن كان "
           "تأثيره محدودا على حل الأزمة ، ولكنه أشار إلى أن الحديث عن حل سياسي للأزمة أجوف وعديم المعنى .")


def test_a_present_verb_a_statement_tells_takes_the_speech_day(nlp):
    """«في كلمة أمس الاحد» … «وقال إنه يؤيد أي حوار سياسي»: said in Sunday's speech, not on the publication day."""
    got = _dated(nlp, _SPEECH, "SUPPORT")
    assert ("يؤيد", "2015-07-26", None, "story") in got
    assert ("يؤيد", "2015-07-27", None, "published") not in got


_EARLIER_MEETING = ("وحول الجهود التي وصلت إليها المساعي الفرنسية لكسر جمود السياسي الحالي في عملية السلام، قال عريقات "
                    "إن \"الجهود الفرنسية كما أعلنا مع وزير خارجية فرنسا لوران فابيوس أثناء لقاء سابق مع الرئيس محمود "
                    "عباس، أنها مستمرة وندعمها بشكل كامل\".")


def test_a_meeting_that_sabiq_qualifies_is_background(nlp):
    """«أثناء لقاء سابق مع الرئيس محمود عباس»: an earlier meeting, before the publication day, not on it."""
    got = _dated(nlp, _EARLIER_MEETING, "CONSULT")
    assert ("لقاء", None, "2015-07-27", "before_published") in got
    assert ("لقاء", "2015-07-27", None, "published") not in got


_EARLIER_REQUEST = ("أعلنت قيادة قوات التحالف بدء هدنة إنسانية اعتباراً من الساعة (11:59) مساءً بتوقيت اليمن يوم الأحد "
                    "المقبل ولمدة (خمسة) أيام، بناء على طلب سابق للرئيس عبدربه منصور هادي.")


def test_a_request_that_sabiq_qualifies_is_background(nlp):
    """«بناء على طلب سابق للرئيس عبدربه منصور هادي»: Hadi asked before the truce was announced."""
    got = _dated(nlp, _EARLIER_REQUEST, "REQUEST", published="2015-07-25")
    assert ("طلب", None, "2015-07-25", "before_published") in got
    assert ("طلب", "2015-07-25", None, "published") not in got


_ANSWERED = ("برغم الهدنة التي أعلنها التحالف العربي لدعم الشرعية في اليمن لمدة خمسة أيام من منتصف ليلة (الاحد) "
             "استجابة لطلب الرئيس اليمني عبد ربه منصور هادي لأجل المساعدات الإنسانية، واصل المتمردون الحوثيون إرسال "
             "قذائفهم العشوائية على مدينة نجران حيث سقطت إحداها عصر أمس على منزل أحد المواطنين نتج عنه إصابة فتاة "
             "وطفلين، سعوديين.")


def test_a_request_answered_is_before_the_answer_whatever_a_later_clause_dates(nlp):
    """«الهدنة … من منتصف ليلة (الاحد) استجابة لطلب الرئيس …، واصل المتمردون … عصر أمس»: Hadi asked before the
    truce's Sunday (on it at the latest); «عصر أمس», past the comma, is the shelling's, not the request's."""
    got = _dated(nlp, _ANSWERED, "REQUEST")
    assert ("طلب", None, "2015-07-26", "before_published") in got
    assert ("طلب", "2015-07-26", None, "text") not in got


_WITHDRAWAL = ("تمكنت المقاومة الشعبية والجيش أمس الأحد من السيطرة على بلدتين في محافظة لحج جنوبي اليمن، بعد يومين من "
               "المعارك أسفرت عن عشرات القتلى والجرحى. وقال مصدر: إن المقاومة والجيش استكملوا سيطرتهم على بلدتي الوهط "
               "وصبر التابعتين لمحافظة لحج.\nوأشار المصدر إلى أن ما تبقى من قوات الحوثيين انسحبوا إلى مدينة الحوطه عاصمة "
               "محافظة لحج.")


def test_a_military_retreat_takes_the_day_of_the_fight_it_ends(nlp):
    """«تمكنت المقاومة الشعبية والجيش أمس الأحد من السيطرة على بلدتين» … «ما تبقى من قوات الحوثيين انسحبوا»: the
    Houthis withdrew on Sunday, the day of the takeover, not on the publication day."""
    got = _dated(nlp, _WITHDRAWAL, "RETREAT")
    assert ("انسحبوا", "2015-07-26", None, "story") in got
    assert ("انسحبوا", "2015-07-27", None, "published") not in got
