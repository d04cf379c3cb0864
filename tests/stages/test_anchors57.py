"""Round 57 time fixes (anchors57): a bare weekday a noun or two after the الى of a verb of calling is the day of the
act called for, still to come («ودعا اكبر حزب كردي تركي الى تجمع ضخم الاحد»: the coming Sunday), while the call
itself keeps the story day; a weekday told before the الى stays the call's own, past day."""

from event_lookup import coded as _article


def test_weekday_called_for_is_to_come(nlp):
    """«ودعا اكبر حزب كردي تركي الى تجمع ضخم الاحد في اسطنبول» (2015-07-24, a Friday): the rally is on Sunday
    2015-07-26, not the Sunday before (2015-07-19); the call keeps the story day. «دعا الرئيس الاحد الى الحوار» and «ووصل الوزير الى القاهرة الاحد»
    keep the last Sunday."""
    art = _article(nlp, "ودعا اكبر حزب كردي تركي الى تجمع ضخم الاحد في اسطنبول.", "2015-07-24")
    assert [t.value for t in art.times] == ["2015-07-26"]
    calls = [e for e in art.events if e.trigger.text == "دعا"]
    assert calls and all(e.date == "2015-07-24" for e in calls)
    assert not any(e.date == "2015-07-19" for e in art.events)

    # a weekday before the الى is the call's own day; an arrival is no call: both the last Sunday
    assert [t.value for t in _article(nlp, "دعا الرئيس الاحد الى الحوار.", "2015-07-24").times] == ["2015-07-19"]
    assert [t.value for t in _article(nlp, "ووصل الوزير الى القاهرة الاحد.", "2015-07-24").times] == ["2015-07-19"]


def test_lead_dated_summit_dates_its_later_mention(nlp):
    """A lead that dates an old event («لم تنجح في عرقلة قرار القمة الذي صدر في مارس الماضي», July 2015) dates the
    later undated mention of the same event noun («بصفته رئيس القمة في نسختها الحالية»): March 2015, not the
    publication day (2015-07-25-1429)."""
    text = ("ذكرت مصادر بالجامعة العربية أن اجتماع مجلس الدفاع المشترك سيتم لمدة يوم واحد.\n"
            "وأفصحت المصادر أن الاجتماع سيعقد 29 يوليو الجاري، ويعد أول اجتماع له لإقرار بروتوكول القوة المشتركة "
            "برغم تحفظ 3 دول، لكنها لم تنجح في عرقلة قرار القمة الذي صدر في مارس الماضي.\n"
            "ولفتت المصادر إلى أن الوزراء سيتداولون توابع الاتفاق النووي.\n"
            "وكان الرئيس المصري عبدالفتاح السيسي، بصفته رئيس القمة في نسختها الحالية، قد تلقى مشروع البروتوكول.")
    art = _article(nlp, text, "2015-07-25")
    later = [e for e in art.events if e.trigger.text == "القمة" and e.trigger.start > text.index("بصفته")]
    assert later and all(e.date == "2015-03-01" and e.enddate == "2015-03-31" for e in later)


def test_town_after_a_charge_is_not_the_release_place(nlp):
    """«أخلت قوات الأمن بالقليوبية سبيل عبدالله مرسي … بتهمة تعاطي المخدرات مع أحد زملائه داخل سيارة بمدينة العبور»
    (2015-07-23-734): Obour is where the offence was, not where he was released; the release has no place of its own
    (a country after a charge still places the act: «اعتقلت 60 شخصا … بتهمة محاولة فرض الإضراب … في نيبال»)."""
    text = ("أخلت قوات الأمن بالقليوبية سبيل عبدالله مرسي نجل الرئيس المصري المعزول محمد مرسي بعد قضائه عقوبة السجن "
            "المقررة عليه لمدة عام بتهمة تعاطي المخدرات مع أحد زملائه داخل سيارة بمدينة العبور.")
    releases = [e for e in _article(nlp, text, "2015-07-24").events if e.trigger.text == "أخلت"]
    assert releases and all(e.location is None or e.location.text != "العبور" for e in releases)
    text = ("وذكرت الشرطة أنها اعتقلت 60 شخصا من العاصمة كاتماندو بتهمة محاولة فرض الإضراب الذي دعا إليه الحزب "
            "الشيوعي الماوي في نيبال.")
    arrests = [e for e in _article(nlp, text, "2015-07-25").events if e.trigger.text == "اعتقلت"]
    assert arrests and all(e.location is not None and e.location.text == "نيبال" for e in arrests)
