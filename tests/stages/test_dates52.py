"""Round 52 date fixes: «من العام نفسه» after a day and month takes the year named last, a bare month told after a
verb of the past in the months ahead of the publication month is last year's, and the day of a relative clause on a
thing («المناطق التي قصفت منها … يوم الأحد الماضي») gives the story's later acts no day."""

from event_lookup import coded as _article, with_trigger as _by_trigger


def test_same_year_after_day_and_month(nlp):
    """«في 11 فبراير سنة 2011 … وفي 20 فبراير من العام نفسه»: 20 February 2011, not of the publication year."""
    text = ("صرح الأستاذ هيكل بعد ساعتين من تنحي مبارك في 11 فبراير (شباط) سنة 2011 قائلا: «شاهدنا حدثًا». "
            "وفي 20 فبراير من العام نفسه صرح بقوله عن ضرورة التنحي.")
    times = {t.text: t.value for t in _article(nlp, text).times}
    assert times.get("20 فبراير من العام نفسه") == "2011-02-20"
    assert "2015-02-20" not in times.values()


def test_same_year_after_month(nlp):
    """«في أكتوبر من العام ذاته» after a year named: that year's October; the meeting is dated so."""
    text = ("تنحى مبارك في 11 فبراير سنة 2011. واجتمع الرئيس مع وزير الخارجية الفرنسي في أكتوبر من العام ذاته.")
    meetings = _by_trigger(_article(nlp, text).events, "اجتمع")
    assert meetings and meetings[0].date == "2011-10-01" and meetings[0].enddate == "2011-10-31"


def test_month_ahead_after_past_verb_is_last_year(nlp):
    """«شهدت المفاوضات قفزة في تشرين الثاني/نوفمبر» told in July 2015: November 2014, not November 2015; a month
    told with no verb of the past before it stays the coming one."""
    text = ("قررت منظمة التجارة العالمية في 2012 بدء مفاوضات لتوسيع لائحة المنتجات. وبعد سنتين من الاعمال بلا "
            "نتائج، شهدت المفاوضات قفزة في تشرين الثاني/نوفمبر بفضل تقارب بين الولايات المتحدة والصين.")
    values = [t.value for t in _article(nlp, text, "2015-07-25").times if "نوفمبر" in t.text]
    assert values == ["2014-11"]
    # «وأعلنت الحكومة إجراء الانتخابات في نوفمبر»: an announced act to come keeps the coming November
    text = "وأعلنت الحكومة إجراء الانتخابات في نوفمبر."
    values = [t.value for t in _article(nlp, text, "2015-07-25").times if t.text == "نوفمبر"]
    assert values == ["2015-11"]


def test_relative_clause_day_is_no_story_day(nlp):
    """«وهي المناطق التي قصفت منها ميليشيات الحوثي … يوم الأحد الماضي»: Sunday dates that shelling only; the
    resistance's shelling told later takes no Sunday (a clause on a party keeps its day for the acts after it)."""
    text = ("أكدت مصادر عسكرية يمنية أن قوات الجيش والمقاومة الشعبية تخوض حاليا معارك عنيفة مع ميليشيات الحوثيين. "
            "وأوضح العمودي أن قوات أخرى تعمل على تمشيط الجيوب في المدينة الخضراء ومدينة الفيصل شمال مدينة دار سعد "
            "التابعة لعدن، وهي المناطق التي قصفت منها ميليشيات الحوثي وصالح الأحياء السكنية يوم الأحد الماضي، وأدى "
            "القصف إلى مقتل أكثر من مائة شخص مدني معظمهم أطفال ونساء وشيوخ.\n"
            "ولفتت مصادر محلية إلى أن المقاومة صدت محاولة التفاف نفذتها ميليشيات الحوثي وصالح في جبهة العند. "
            "وأشارت المصادر إلى أن المقاومة قصفت مثلث العند بصواريخ كاتيوشا استهدفت تجمعا لميليشيات الحوثي وصالح "
            "أسفرت عن مقتل 12 منهم على الأقل.")
    events = _by_trigger(_article(nlp, text, "2015-07-25").events, "قصفت")
    assert [e.date for e in events if e.sentence == 1] == ["2015-07-19"]
    later = [e for e in events if e.sentence > 1]
    assert later and all(e.date != "2015-07-19" for e in later)
    # «متشددي تنظيم داعش الذين هاجموا يوم الجمعة نقطة تفتيش»: a clause on a party tells the story's act; its day
    # still dates the killing told right after it
    text = ("قتل 5 أشخاص وأصيب 12 أمس الأحد خلال اشتباكات في شرق ليبيا بين قوات موالية للحكومة وجماعات مسلحة. "
            "واندلع القتال أول أمس السبت في بلدة أجدابيا قرب ميناء البريقة النفطي.\n"
            "ولم يتضح إن كان المقاتلون يتبعون متشددي تنظيم داعش الذين هاجموا يوم الجمعة نقطة تفتيش تديرها القوات "
            "التابعة للحكومة الرسمية على مشارف أجدابيا فقتلوا خمسة جنود. وقتل جنديان آخران عندما أرسلت الحكومة "
            "تعزيزات واختفى 15 آخرين منذ ذلك الحين.")
    kills = [e for e in _by_trigger(_article(nlp, text).events, "قتل") if "جنديان" in text[e.trigger.end:e.trigger.end + 8]]
    assert kills and kills[0].date == "2015-07-31"
