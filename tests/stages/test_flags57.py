"""Round 56 (flags57): the negated / future / hypothetical flags — a meeting noun dated by its own relative verb's
clause («في اجتماع يعقده وزير التعليم … الأربعاء المقبل») and the far object of a future light verb («سيجري رئيس
النمسا … أول زيارة») are still to come; the verbal noun opening a numbered item of a statement («2 – دعم …») is a
point of a programme, still to come; an errand after a perfect verb of a relative clause («اللذين ارتداهما لعقد
اجتماع») was done; an event right after «أنباء عن» or «يعتقد أن» is only reported or believed, hypothetical, but not
after reports written as a rule («وتكتب تقارير عن زيارتها»); what a denied report tells («نفى … تقارير صحافية
ذكرت أن أثينا تقدمت بطلب») is negated, and a visit with «غدا» past its words is to come (must / must not, on
sentences of the dev days)."""

from stage_coding import events_coded


def flags_of(nlp, text, trigger, date="2015-07-24"):
    """(negated, future, hypothetical) of each event of `text` whose trigger is `trigger`."""
    return [(e.negated, e.future, e.hypothetical) for e in events_coded(nlp, text, date) if e.trigger.text == trigger]


def test_a_meeting_dated_by_its_own_verb_is_to_come(nlp):
    """«في اجتماع يعقده وزير التعليم … الأربعاء المقبل»: the relative verb's clause sets the meeting ahead."""
    text = "رجحت مصادر أن يحسم ملف تأجيل الدراسة إلى ما بعد موسم حج هذا العام من عدمه، في اجتماع يعقده وزير " \
           "التعليم عزام الدخيل مع مديري التعليم في مناطق ومحافظات المملكة الأربعاء المقبل."
    fl = flags_of(nlp, text, "اجتماع")
    assert fl and all(fut for _, fut, _ in fl)
    # (a perfect relative verb and a past week: held)
    text = "وأكد المصدر ذلك في اجتماع عقده وزير التعليم مع مديري التعليم في مناطق المملكة الأسبوع الماضي."
    fl = flags_of(nlp, text, "اجتماع")
    assert fl and not any(fut for _, fut, _ in fl)


def test_the_far_object_of_a_future_light_verb_is_to_come(nlp):
    """«سيجري رئيس النمسا هاينز فيشر في سبتمبر (أيلول) أول زيارة»: the visit is still to come."""
    text = "ومن جهته، سيجري رئيس النمسا هاينز فيشر في سبتمبر (أيلول) أول زيارة لرئيس أوروبي إلى إيران منذ 2004، " \
           "بحسب ما أكد مكتبه الخميس."
    fl = flags_of(nlp, text, "زيارة", "2015-07-25")
    assert fl and all(fut for _, fut, _ in fl)


def test_a_numbered_item_of_a_statement_is_to_come(nlp):
    """«2 – دعم وتنظيم المقاومة …» and «9- الاهتمام … ودعم قوى الحراك»: points of the declaration, not acts done."""
    for text in ("2 – دعم وتنظيم المقاومة الرسمية والشعبية تحت القيادة الشرعية في كافة المناطق التي تتواجد فيها "
                 "مليشيات الانقلاب والتمرد.",
                 "9- الاهتمام بالفضية التهامية ودعم قوى الحراك التهامي ضد مليشيات التمرد."):
        fl = flags_of(nlp, text, "دعم")
        assert fl and all(fut for _, fut, _ in fl), text
    # (a line of a chronology opened by a year is told as done)
    fl = flags_of(nlp, "2015 – توقيع الاتفاق النووي مع إيران.", "توقيع الاتفاق")
    assert fl and not any(fut for _, fut, _ in fl)
    # (an item told with a perfect verb, «أولا: رفضت السماح …», is a past act)
    fl = flags_of(nlp, "أولا: رفضت السماح للقوات الأميركية بالعبور إلى العراق عبر الأراضي التركية.", "رفضت")
    assert fl and not any(fut for _, fut, _ in fl)


def test_an_errand_of_a_past_relative_clause_was_done(nlp):
    """«ميسي اللذين ارتداهما لعقد اجتماع مع الرئيس»: the clothes he wore to the meeting; it took place."""
    text = "واعترض حزب الشعب المحلي في الغابون (UPG)، على “تي شيرت” و”شورت” ميسي اللذين ارتداهما لعقد اجتماع مع " \
           "الرئيس علي بونغو أونديمبا."
    fl = flags_of(nlp, text, "اجتماع")
    assert fl and not any(fut for _, fut, _ in fl)
    fl = flags_of(nlp, "وصل الوزير إلى الرياض لإجراء محادثات مع نظيره.", "محادثات")
    assert fl and all(fut for _, fut, _ in fl)  # (an errand of a journey stays to come)


def test_deaths_only_reported_are_hypothetical(nlp):
    """«وسط ورود أنباء عن سقوط 15 قتيلا»: reported, not confirmed; the clashes told beside them stand."""
    text = "وشهدت المنطقة اشتباكات عنيفة بين الجانبين منذ منتصف ليل أول من أمس وصباح أمس، وسط ورود أنباء عن سقوط " \
           "15 قتيلا في صفوف الحوثيين وإصابة عشرات آخرين."
    fl = flags_of(nlp, text, "قتيلا", "2015-07-25")
    assert fl and all(hyp for _, _, hyp in fl)
    fl = flags_of(nlp, text, "اشتباكات", "2015-07-25")
    assert fl and not any(hyp for _, _, hyp in fl)
    # (reports written as a rule, «وتكتب تقارير عن زيارتها», tell of visits made)
    text = "وأن منظمات حقوق الإنسان تزور السجون بصفة دورية وتكتب تقارير عن زيارتها وتلتقي بالسجناء على انفراد."
    fl = flags_of(nlp, text, "زيارتها", "2015-07-25")
    assert fl and not any(hyp for _, _, hyp in fl)


def test_a_death_only_believed_is_hypothetical(nlp):
    """«ويعتقد أن الرجل قتل في المواجهات»: believed, not known."""
    fl = flags_of(nlp, "ويعتقد أن الرجل قتل في المواجهات بين المسلحين الحوثيين والمقاومة.", "قتل", "2015-07-25")
    assert fl and all(hyp for _, _, hyp in fl)



def test_what_a_denied_report_tells_is_negated(nlp):
    """«نفى بيسكوف تقارير صحافية يونانية ذكرت أن أثينا تقدمت بطلب»: the report is denied, and the request it tells."""
    text = "من جهة أخري، نفى ديميتري بيسكوف المتحدث باسم الرئاسة الروسية تقارير صحافية يونانية ذكرت أن أثينا تقدمت " \
           "بطلب لموسكو للحصول على مساعدة بقيمة 10 مليارات دولار بهدف طباعة عملة الدراخما."
    fl = flags_of(nlp, text, "طلب", "2015-07-25")
    assert fl and all(neg for neg, _, _ in fl)


def test_a_visit_tomorrow_past_its_words_is_to_come(nlp):
    """«يبدأ وزير الخارجية زيارة رسمية إلى موسكو غدا الثلاثاء»: tomorrow, past the visit's words, sets it ahead."""
    fl = flags_of(nlp, "يبدأ وزير الخارجية زيارة رسمية إلى موسكو غدا الثلاثاء.", "زيارة")
    assert fl and all(fut for _, fut, _ in fl)
