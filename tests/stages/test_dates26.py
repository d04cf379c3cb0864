"""Event dates, round 26: an undated event takes the day the sentence right before gives the events of its class,
also when the lead gives that class no day; not a day told with منذ (when something began)."""

from event_lookup import event_by_trigger


def _one(nlp, text, trigger, published="2015-08-10"):
    """The first event of `text` whose trigger is `trigger`, published on 2015-08-10 unless told otherwise."""
    return event_by_trigger(nlp, text, trigger, published)


def test_the_sentence_before_dates_the_act_when_the_lead_does_not(nlp):
    text = ("قالت وزارة الداخلية المصرية في بيان إن التحقيقات مستمرة. وأضافت أن الأمن يبحث عن الجناة. "
            "وقتل ضابطا شرطة ومجند ومسلح أمس الأحد في هجوم بمدينة العريش عاصمة محافظة شمال سيناء. "
            "وأصيب في الهجوم الذي استهدف مدرعة والاشتباك أربعة من مجندي الشرطة والجيش.")
    ev = _one(nlp, text, "أصيب")
    assert ev.date == "2015-08-09" and ev.date_source == "story"


def test_the_sentence_before_beats_a_wordless_lead(coder):
    """Read with every trigger kept: with repeats merged, «في مستهل اللقاء» retells the meeting (repeat_words frame)."""
    text = ("واصدر مجلس الامن الدولي امس قرارا يمهد الطريق لرفع العقوبات الدولية المفروضة على الاقتصاد الايراني. "
            "وقال الوزير للصحافيين في الطائرة إن الخيار العسكري باق. "
            "التقى وزير الدفاع الأمريكي أشتون كارتر امس الاثنين مع نظيره الإسرائيلي موشيه يعالون. "
            "ونقلت الإذاعة الإسرائيلية عن يعالون القول في مستهل اللقاء إنه يريد التعاون.")
    ev = _one(coder, text, "اللقاء", "2015-07-21")
    assert ev.date == "2015-07-20" and ev.date_source == "story"


def test_a_day_told_with_since_does_not_date_the_next_sentence(nlp):
    text = ("قال مواطنون يمنيون ان القوات خاضت اشتباكات مع المتمردين اليوم. وسيطر المتمردون على القاعدة معظم الفترة. "
            "وسبق ان نقلت ثلاث طائرات سعودية وطائرة اماراتية مساعدات الى اليمن منذ اعادة فتح مطار عدن الاربعاء. "
            "وشنت القوات الموالية للحكومة بدعم جوي من التحالف هجمات خلال الليل على جيوب للحوثيين في شمال عدن.")
    ev = _one(nlp, text, "دعم", "2015-07-26")
    assert ev.date != "2015-07-22"


def test_a_lead_act_dated_by_its_report_takes_the_bodys_earlier_day(nlp):
    text = ("أعلن حلف شمال الأطلسي (الناتو) اليوم (السبت)، أن جنديا من قواته وثمانية مقاولين أفغان قتلوا في هجوم "
            "للمتشددين على قاعدة تابعة للناتو في كابل. "
            "ولم يكشف الناتو عن جنسية الجندي الأجنبي في الحلف وفقا للسياسة المعمول بها. "
            "من جهتها أفادت وزارة الداخلية الأفغانية في بيان، أنّ أربعة متشددين شنوا هجوما على قاعدة عسكرية تابعة "
            "لقوات التحالف على ضواحي كابل الليلة الماضية.")
    ev = _one(nlp, text, "قتلوا", "2015-08-08")
    assert ev.date == "2015-08-07" and ev.date_source == "story"


def test_a_body_day_past_another_acts_word_does_not_date_the_report(coder):
    text = ("أعلن المرصد السوري لحقوق الإنسان أمس الأحد أن نحو ألف سوري بدأوا اعتصاماً في مدينة اللاذقية. "
            "وقال المرصد في بيان «نفذ أكثر من ألف شخص اعتصاماً عند دوار الزراعة في مدينة اللاذقية احتجاجاً على قتل "
            "سليمان الأسد للعقيد حسان الشيخ ليل السادس من أغسطس آب».")
    ev = next(e for e in coder(text, published="2015-08-10").events if e.trigger.text == "اعتصاماً" and e.sentence == 0)
    assert ev.date == "2015-08-09"


def test_the_day_carries_past_one_sentence_without_a_time(coder):
    text = ("سيطرت القوات الموالية للحكومة اليمنية على مدينة زنجبار. وباتت القوات تسيطر على محافظات عدن ولحج. "
            "وأفادت مصادر محلية يمنية بسقوط قتلى وجرحى جراء قصف طيران التحالف الأحد مواقع تابعة للحوثيين بمدينة مأرب. "
            "وتقع مأرب شرق العاصمة صنعاء. "
            "وأشارت المصادر إلى قتلى وجرحى من الحوثيين وقوات صالح جراء هذا القصف.")
    ev = next(e for e in coder(text, published="2015-08-10").events if e.sentence == 4)
    assert ev.date == "2015-08-09" and ev.date_source == "story"
    # a sentence between with a time of its own stops it
    text = text.replace("وتقع مأرب شرق العاصمة صنعاء.", "وكان الطيران قصف المدينة في يونيو الماضي.")
    ev = next(e for e in coder(text, published="2015-08-10").events if e.sentence == 4)
    assert ev.date != "2015-08-09"


def test_a_described_act_takes_no_day_from_two_sentences_back(coder):
    text = ("وقع انفجار في العاصمة المالية باماكو. وتواصل السلطات التحقيق. "
            "أكدت الجزائر مجددا، أمس (الأحد)، التزامها بتطبيق اتفاق السلام الموقع في باماكو. "
            "وقال المتحدث إن الجزائر ستواصل العمل على تطبيق الاتفاق. "
            "وقامت الجزائر بدور مهم في مفاوضات السلام التي عقدت لعدة أشهر في العاصمة الجزائرية.")
    ev = next(e for e in coder(text, published="2015-08-10").events if e.trigger.text == "مفاوضات")
    assert ev.date != "2015-08-09"
