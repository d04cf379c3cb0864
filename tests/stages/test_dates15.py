"""Event dates: the time of the report that tells an event, or of an event it is compared to, does not date it."""


def _events(nlp, text, published="2015-07-26"):
    art = nlp(text, published=published)
    return art.events


def _by_trigger(events, word):
    return next(e for e in events if e.trigger.text == word)


def test_a_kidnapping_told_in_a_statement_takes_the_statements_own_day(nlp):
    evs = _events(nlp, "قالت وزارة الخارجية الكرواتية أول من أمس، إن مسلحين خطفوا مواطنا كرواتيا أثناء توجهه إلى "
                       "عمله في شركة فرنسية بالقاهرة يوم الأربعاء الماضي.")
    ev = _by_trigger(evs, "خطفوا")
    assert ev.date == "2015-07-22" and ev.date_source == "text"


def test_a_toll_announced_today_takes_the_leads_day(coder):
    # read with every trigger kept: with repeats merged, «قتل 20 شخصا» is the lead's «عشرين قتيلا» told again
    text = ("شهدت مدينة مروة أقصى شمال الكاميرون هجوما جديدا مساء السبت نفذته فتاة انتحارية واسفر عن سقوط عشرين "
            "قتيلا. وقتل 20 شخصا واصيب 97 بجروح بحسب حصيلة اعلنها التلفزيون الرسمي الكاميروني اليوم الاحد.")
    evs = [e for e in _events(coder, text) if e.sentence == 1 and e.event == "ASSAULT"]
    assert evs and all(e.date == "2015-07-25" for e in evs)


def test_a_toll_announced_yesterday_keeps_the_reports_day_without_a_lead(nlp):
    evs = _events(nlp, "وقتل 20 شخصا واصيب 97 بجروح بحسب حصيلة اعلنها التلفزيون الرسمي أمس.")
    ev = next(e for e in evs if e.event == "ASSAULT")
    assert ev.date == "2015-07-25"


def test_the_day_of_an_attack_compared_to_does_not_date_the_bomber(nlp):
    evs = _events(nlp, "وقال التلفزيون ان الهجوم الانتحاري السبت مثل تفجيري الاربعاء، نفذته فتاة انتحارية فجرت "
                       "قنبلة كانت بحوزتها في حانة في حي شعبي في المدينة.")
    ev = _by_trigger(evs, "فجرت")
    assert ev.date == "2015-07-25"


def test_strikes_told_by_a_statement_of_today_take_the_leads_day(coder):
    text = ("قال الجيش الأمريكي اليوم الأحد إن الولايات المتحدة ودول التحالف نفذت 20 غارة جوية ضد أهداف لتنظيم "
            "داعش في العراق أمس السبت. وقال بيان لقوة المهام المشتركة اليوم: إن خمس غارات قرب الرمادي قصفت "
            "وحدات تكتيكية ودبابات تابعة للتنظيم.")
    evs = [e for e in _events(coder, text) if e.sentence == 1 and e.event == "ASSAULT"]
    assert evs and all(e.date == "2015-07-25" for e in evs)


def test_a_present_tense_accusation_does_not_take_the_leads_day(coder):
    text = ("رفضت روسيا أول من أمس مشروع القرار الماليزي بتشكيل محكمة دولية. وقال السفير إن المشروع لا يخدم التحقيق. "
            "وتتهم أوكرانيا والدول الغربية المتمردين في شرق أوكرانيا بإسقاط الطائرة بصاروخ روسي الصنع.")
    ev = next(e for e in _events(coder, text) if e.trigger.text == "تتهم")
    assert ev.date == "2015-07-26" and ev.date_source == "published"


def test_an_attack_told_later_still_takes_the_leads_day(coder):
    text = ("شهدت مدينة مروة هجوما جديدا مساء السبت نفذته فتاة انتحارية. وأعلن التلفزيون الحصيلة. "
            "وقال مصدر امني ان رجلا القى قنبلة باتجاه الحانة.")
    evs = [e for e in _events(coder, text) if e.sentence == 2 and e.event == "ASSAULT"]
    assert evs and all(e.date == "2015-07-25" for e in evs)


def test_a_call_takes_the_day_of_the_speech_the_next_sentence_names(coder):
    text = ("دعا الشيخ عبدالمجيد العمري البرلمانيين الأوروبيين إلى تجريم الإساءة إلى الأديان. "
            "جاء ذلك في سياق كلمته التي ألقاها يوم أمس في افتتاح أعمال الندوة الدولية.")
    ev = next(e for e in _events(coder, text) if e.event == "REQUEST")
    assert ev.date == "2015-07-25" and ev.date_source == "story"


def test_a_time_since_in_what_is_said_does_not_date_the_killing(nlp):
    evs = _events(nlp, "وقال قائد مقاتلي العشائر للصحافيين أمس، إن العشرات من عناصر التنظيم قتلوا في عمليات تطهير "
                       "مدينة الرمادي الجارية منذ أكثر من أسبوع.", published="2015-07-22")
    ev = next(e for e in evs if e.event == "ASSAULT")
    assert ev.date == "2015-07-21"


def test_a_month_to_come_in_what_is_said_does_not_date_a_past_killing(coder):
    evs = _events(coder, "ويعتقد أنه قد قتل في يونيو (حزيران) عام 1985 رغم أن مختطفيه قد أعلنوا قتله في أكتوبر "
                         "(تشرين الأول).", published="2015-07-22")
    assert all(e.date == "1985-06-01" for e in evs if e.event == "ASSAULT")


def test_a_time_of_another_clause_of_what_is_said_does_not_undo_the_sayings_day(coder):
    evs = _events(coder, "وكانت وسائل اعلام باكستانية ذكرت الجمعة ان جلال الدين حقاني الذي تتمركز شبكته في منطقة بين "
                         "باكستان وافغانستان، توفي قبل عام لاسباب طبيعية.", published="2015-08-01")
    assert all(e.date != "2014-01-01" for e in evs)


def test_a_statement_without_a_publication_date_is_read(coder):
    evs = _events(coder, "قالت وزارة الخارجية الكرواتية أول من أمس، إن مسلحين خطفوا مواطنا كرواتيا يوم الأربعاء الماضي.",
                  published=None)
    assert any(e.event == "ASSAULT" for e in evs)


def test_what_a_sentence_came_after_does_not_date_the_sentence_before_it(coder):
    text = "وانتقد ناشطون عبر مواقع التواصل الإجراء بشدة. جاء ذلك بعد هدم قوات الأمن المسجد صباح أمس الأربعاء."
    evs = [e for e in _events(coder, text, published="2015-07-31") if e.sentence == 0]
    assert evs and all(e.date != "2015-07-29" for e in evs)


def test_a_verb_after_an_takes_the_leads_day(coder):
    text = ("التقى وزير الخارجية الإيراني محمد جواد ظريف نظيره الفرنسي في طهران أمس. وبحث الجانبان العلاقات الثنائية. "
            "ورأى مراقبون أنه حرص على استقبال ضيفه بحفاوة، وأن يثني على قبوله زيارة طهران.")
    ev = next(e for e in _events(coder, text, published="2015-07-31") if e.trigger.text.startswith("يثني"))
    assert ev.date == "2015-07-30"
