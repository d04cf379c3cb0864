"""Round 83 date fixes (sentences of the dev day 2015-07-26): a year after a relative clause's event word and an
independent pronoun (هم، هو، هي) dates the predicate, not the act the clause tells («الذين تقوم موغيريني بلقائهم
هم مسؤولين عن … مجزرة … في صيف عام 1988»); a verb of the present after أن in a sentence opening with جاء في tells
a statement's words, on the day of the statement the sentence before gives («أعلنت البحرين أمس …» «وجاء في بيان
… أن مملكة البحرين "تدين"»); a time inside a statement's words dates the act it tells, not the day it was told
on («ذكر تقرير إخباري اليوم الأحد أن قوات الأمن التركية اعتقلت … خلال الأيام الثلاثة الأخيرة»); and a past act
told for the first time (للمرة الأولى) with no day of its own, past the lead, was done before publication («في الوقت الذي أجرت حركة طالبان الأفغانية للمرة الأولى محادثات مباشرة»)."""

from hadath.article import Article

_SUNDAY = "2015-07-26"


def _events(nlp, text, word, published=_SUNDAY):
    """The events of `text` published on `published` whose trigger starts with `word`."""
    return [e for e in nlp(Article(text=text, id="t", published=published)).events if e.trigger.text.startswith(word)]


def test_year_of_a_relative_clauses_predicate_is_not_the_meetings(nlp):
    """«وأوضح البيان ان جميع الذين تقوم موغيريني بلقائهم هم مسؤولين عن … مجزرة جماعية … في صيف عام 1988»: 1988 is
    the massacre's year, not that of the meeting Mogherini is to hold."""
    text = ("انتقدت المعارضة الإيرانية في المنفى اليوم الزيارة التي من المزمع أن تقوم بها الممثلة العليا للسياسة "
            "الخارجية الأوروبية فدريكا موغيريني إلى طهران. وأوضح البيان ان جميع الذين تقوم موغيريني بلقائهم هم "
            "مسؤولين عن 120 ألف إعدام سياسي، بالاضافة الى مجزرة جماعية بحق 30 ألف سجين سياسي في صيف عام 1988.")
    meetings = _events(nlp, text, "لقائهم") + _events(nlp, text, "بلقائهم")
    assert meetings
    assert not any((e.date or "").startswith("1988") for e in meetings)


def test_time_inside_a_statement_dates_its_act(nlp):
    """«ذكر تقرير إخباري اليوم الأحد أن قوات الأمن التركية اعتقلت 851 شخصا … خلال الأيام الثلاثة الأخيرة»: the arrests
    are of the last three days, not of Sunday, the day of the report."""
    text = ("ذكر تقرير إخباري اليوم الأحد أن قوات الأمن التركية اعتقلت 851 شخصا مشتبها به، من خلال عملياتها ضد تنظيمي "
            "داعش وحزب العمال الكردستاني وجبهة حزب التحرير الشعبي الثوري في 34 ولاية تركية خلال الأيام الثلاثة "
            "الأخيرة.")
    arrests = _events(nlp, text, "اعتقلت")
    assert arrests and all(e.date == "2015-07-23" and e.enddate == "2015-07-25" for e in arrests)
    assert not any(e.date == _SUNDAY and e.enddate is None for e in arrests)


def test_statement_content_after_jaa_fi_takes_the_statements_day(nlp):
    """«أعلنت البحرين أمس، أنها قررت استدعاء سفيرها …» «وجاء في بيان نقلته وكالة الأنباء، أن مملكة البحرين "تدين
    بشدة …"»: the condemnation is the statement's, of yesterday, not of the publication day."""
    text = ("من جهة أخرى، أعلنت البحرين أمس، أنها قررت استدعاء سفيرها المعتمد في طهران للتشاور، احتجاجا على "
            "\"التصريحات العدائية\" لعدد من المسؤولين الإيرانيين بحق البحرين، حسبما نقلت وكالة أنباء البحرين الرسمية. "
            "وجاء في بيان نقلته وكالة الأنباء، أن مملكة البحرين \"تدين بشدة استمرار التصريحات العدائية من قبل مسؤولي "
            "الجمهورية الإسلامية الإيرانية تجاه المملكة\".")
    condemned = _events(nlp, text, "تدين")
    assert condemned and all(e.date == "2015-07-25" for e in condemned)
    assert not any(e.date == _SUNDAY for e in condemned)


def test_first_talks_told_with_no_day_are_background(nlp):
    """«ويتزامن نشر خبر مصرع الملا عمر في الوقت الذي أجرت حركة طالبان الأفغانية للمرة الأولى محادثات مباشرة مع حكومة
    كابول»: the first direct talks were held before the publication day, not on it."""
    text = ("كشفت جبهة عسكرية منشقة عن حركة طالبان الأفغانية، أن زعيم الحركة الملا محمد عمر لقي حتفه قبل فترة. "
            "وقال المتحدث باسم الجبهة في رسالة بعث بها إلى وسائل الإعلام أمس، إن الجبهة تلقت معلومات موثقة. "
            "ويتزامن نشر خبر مصرع الملا عمر في الوقت الذي أجرت حركة طالبان الأفغانية للمرة الأولى محادثات مباشرة مع "
            "حكومة كابول، وتؤكد التقارير إجراء جولة ثانية من المحادثات نهاية الشهر الجاري ربما تكون في الصين.")
    talks = [e for e in _events(nlp, text, "محادثات") if not e.future]
    assert talks
    assert not any(e.date == _SUNDAY for e in talks)
    assert all(e.enddate == _SUNDAY and e.date is None for e in talks)


def test_act_a_leads_relative_clause_told_as_known_is_background(nlp):
    """«في الوقت الذي سيفتح فيه الاتفاق الذي توصلت إليه إيران مع الدول الغربية … أخيرا الطريق …» «وتوصلت إيران والدول
    الست إلى اتفاق بشأن برنامجها النووي»: the agreement the lead tells as known was reached before publication."""
    text = ("في الوقت الذي سيفتح فيه الاتفاق الذي توصلت إليه إيران مع الدول الغربية بشأن برنامجها النووي أخيرا الطريق "
            "لتحريك علاقاتها الاقتصادية، قلل خبراء اقتصاديون مختصون بالشأن النفطي من تأثيرات عودة إيران المحتملة على "
            "السوق.\nوتوصلت إيران والدول الست إلى اتفاق بشأن برنامجها النووي يتضمن رفع العقوبات الاقتصادية المفروضة "
            "على إيران.")
    agreed = [e for e in _events(nlp, text, "وتوصلت", "2015-07-25") + _events(nlp, text, "توصلت", "2015-07-25")
              if e.trigger.start > 200]
    assert agreed
    assert not any(e.date == "2015-07-25" for e in agreed)
    assert all(e.date is None and e.enddate == "2015-07-25" for e in agreed)


def test_call_before_the_forums_is_background(nlp):
    """«وأضاف العُمري أن المملكة دعت أيضا أمام المجالس الدولية والأممية لحقوق الإنسان الدول إلى اتخاذ الإجراءات
    اللازمة»: a call made again and again before those bodies, before the publication day, not at the seminar."""
    text = ("بدأت في مدينة ليل الفرنسية مساء أمس، أعمال الندوة الدولية حول التناول الإعلامي للرموز الدينية. "
            "وأضاف العُمري أن المملكة دعت أيضا أمام المجالس الدولية والأممية لحقوق الإنسان الدول إلى اتخاذ الإجراءات "
            "اللازمة لتجريم جميع أعمال التشهير بالأديان.")
    calls = _events(nlp, text, "دعت")
    assert calls
    assert not any(e.date in (_SUNDAY, "2015-07-25") for e in calls)
    assert all(e.date is None and e.enddate == _SUNDAY for e in calls)
