"""Round 66 date and place fixes: a past week told before an act to come, in the clause of another act's word,
dates that act, not the act to come («وافق عليها خلال قمة … الأسبوع الماضي كشرط مسبق لبدء مفاوضات»); a year told
in a relative clause past another event's word dates that act («اتهام المحكمة … في أعمال العنف التي تلت الانتخابات
في نهاية 2007»); a place told far after an event's word, in a relative clause past a comma with another
event's word before it, is that other act's place, not the event's («وأدعو إلى استنكار … ، وهو الأمر الذي سعت
إليه الأجندة الإيرانية … في قم»); the act's own object right after a comma keeps its place («أدانت …، اليوم
(الجمعة)، الهجوم الإرهابي الذي وقع … شمال الكاميرون»)."""

from event_lookup import coded as _article

_QOM = ("وأضاف : إنني أخاطب كل من في قلبه حب وإخلاص وولاء للبحرين، وأدعو إلى استنكار ورد وطني مخلص تجاه هذه "
        "التدخلات الإيرانية الخطيرة بشأن الأمن البحريني، مشدداً على أن الولاء المزدوج مرفوض، ويجب أن لا يكون له "
        "وجود ، وهو يشكل مخالفة قانونية دون شك، وإن ما أوجد مساحة إلى ذلك هو خلط المنبر الديني بالسياسة، وهو الأمر "
        "الذي سعت إليه الأجندة الإيرانية من خلال تسييس الحوزات الدينية في قم.")

_CAMEROON = ("أدانت الأمانة العامة لمنظمة التعاون الإسلامي، اليوم (الجمعة)، الهجوم الإرهابي الذي وقع يوم الأربعاء "
             "الماضي في مدينة مروة شمال الكاميرون، حيث فجرت انتحاريتان نفسيهما، ما أدى إلى مقتل (20) شخصاً.")


def _events(nlp, text, word):
    """The events of `text` (published 2015-07-24) whose trigger is `word`."""
    return [e for e in _article(nlp, text, "2015-07-24").events if e.trigger.text == word]


def test_call_not_placed_in_qom_of_a_far_relative_clause(nlp):
    """«وأدعو إلى استنكار …»: the Bahraini minister's call is not located in Qom, told 300 characters later in a
    relative clause of another clause."""
    calls = _events(nlp, _QOM, "أدعو")
    assert calls and all(e.location is None or e.location.text != "قم" for e in calls)


def test_condemned_attack_keeps_its_place(nlp):
    """«أدانت …، اليوم (الجمعة)، الهجوم الإرهابي الذي وقع … شمال الكاميرون»: the relative clause is the act's own
    object's, its place stays."""
    blames = _events(nlp, _CAMEROON, "أدانت")
    assert blames and all(e.location is not None and e.location.text in ("مروة", "الكاميرون") for e in blames)


_GREEK = ("يذكر أن الإجراءات الإصلاحية التي أقرها البرلمان اليوناني كان رئيس الوزراء اليوناني أليكسيس تسيبراس قد وافق "
          "عليها خلال قمة لمجموعة اليورو في بروكسل الأسبوع الماضي كشرط مسبق لبدء مفاوضات برنامج الإنقاذ المالي الجديد "
          "الذي تصل قيمته إلى 86 مليار يورو (94 مليار دولار) خلال 5 سنوات.")

_KENYA = ("وهذه «العودة الى ارض الاجداد» تعرقلت لفترة طويلة بسبب اتهام المحكمة الجنائية الدولية للرئيس الكيني اوهورو "
          "كينياتا بارتكاب جرائم ضد الانسانية نظرا لدوره في اعمال العنف التي تلت الانتخابات في نهاية 2007 ومطلع 2008.")


def test_talks_to_come_not_dated_by_the_summit_week(nlp):
    """«قد وافق عليها خلال قمة … الأسبوع الماضي كشرط مسبق لبدء مفاوضات» (25 July): last week is the summit's; the
    talks to come do not take it."""
    talks = _events(nlp, _GREEK, "مفاوضات")
    assert talks and all(e.date != "2015-07-13" for e in talks)


def test_charge_not_dated_by_the_violence_year(nlp):
    """«اتهام المحكمة الجنائية الدولية للرئيس الكيني … في اعمال العنف التي تلت الانتخابات في نهاية 2007»: 2007 is
    the violence's year, not the charge's."""
    charges = _events(nlp, _KENYA, "اتهام")
    assert charges and all(not (e.date or "").startswith("2007") for e in charges)
