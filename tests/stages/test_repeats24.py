"""Event dates, round 24: an undated lead event takes the one day the body gives the events of its type, not the
publication day; a lead of «اليوم», or two days in the body, keep it; a body clash with a day of its own is no retelling
of the lead's act dated from it."""

from event_lookup import event_by_trigger


def _events(nlp, text, published="2015-07-21"):
    return nlp(text, published=published).events


def _one(nlp, text, trigger, published="2015-07-21"):
    """The first event of `text` whose trigger is `trigger`, published on 2015-07-21 unless told otherwise."""
    return event_by_trigger(nlp, text, trigger, published)


def test_the_lead_takes_the_bodys_day(nlp):
    text = ("أطلق ثلاثة أشخاص مجهولي الهوية النار على سيدة سعودية بمحافظة حفر الباطن وأصيبت بطلقة نقلت على إثرها "
            "إلى المستشفى. وأكد الناطق الإعلامي بشرطة الشرقية أنه عند السابعة من مساء الاثنين ورد بلاغ لشرطة "
            "محافظة حفر الباطن عن قيام ثلاثة أشخاص بإطلاق النار تجاه مركبة مواطن.")
    ev = _one(nlp, text, "أطلق")
    assert ev.date == "2015-07-20" and ev.date_source == "story"
    text = ("وافق البرلمان الاسرائيلي (الكنيست) على تشديد العقوبة على من يلقون الحجارة على العربات. ووافق الكنيست "
            "في ساعة متأخرة من ليل أمس الاثنين بأغلبية 69 صوتا ضد 17 صوتا على تشديد العقوبة.")
    assert _one(nlp, text, "وافق").date == "2015-07-20"


def test_two_days_in_the_body_or_a_lead_of_today_keep_the_publication_day(nlp):
    text = ("قال سكان إن مقاتلين يمنيين يحاولون استعادة الأحياء الشمالية من مدينة عدن اليوم الثلاثاء. وتبادلت "
            "جماعة الحوثي إطلاق نيران المدفعية مع القوات الموالية للحكومة في منطقة دار سعد. وتسبب قصف مدفعي "
            "للحوثيين في مقتل 43 شخصا يوم الأحد في حي دار سعد.")
    ev = next(e for e in _events(nlp, text) if e.sentence == 1 and e.event == "ASSAULT")
    assert ev.date == "2015-07-21"
    text = ("أصيب رجل أمن بانفجار قنبلة في قرية العكر. وقال مدير الشرطة إن تفجير قنبلة وقع مساء أمس. "
            "وهاجم مسلحون مركزا للشرطة يوم السبت في قرية سترة.")
    assert _one(nlp, text, "أصيب").date == "2015-07-21"


def test_a_body_clash_with_its_day_is_not_the_leads_act_told_again(nlp):
    text = ("كثفت المقاومة الشعبية في محافظة أبين من هجماتها على عناصر التمرد الحوثي، وأوقعت بهم خسائر فادحة، "
            "ففي مواجهات جرت في مديرية حزم العدين تمكن الثوار من تدمير آليات للحوثيين. كما تجددت الاشتباكات "
            "العنيفة أمس في المناطق المحيطة بجبلي الظهرة والحريوة، ما أسفر عن سقوط 16 قتيلا.")
    evs = _events(nlp, text, "2015-08-10")
    assert any(e.sentence == 1 and e.trigger.text == "الاشتباكات" for e in evs)
