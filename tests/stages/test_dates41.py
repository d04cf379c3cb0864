"""Event dates (round 41): the arrest and the charge told after a dated verdict, past a comma and و, came before the
verdict's day; an event noun a verb of the past governs takes the day a wordless lead gives the verbal class."""


def _events(nlp, text, word, published):
    return [e for e in nlp(text, published=published).events if e.trigger.text == word]


_EXECUTION = ("نفذت وزارة الداخلية أمس حكم القصاص في المدعو مقرب بن سعد الثنيان - سعودي الجنسية - لإقدامه على قتل "
              "طلال بن أحمد الحمود - سعودي الجنسية، وذلك بإطلاق النار عليه من مسدس لخلاف سابق بينهم، وتمكنت سلطات "
              "الأمن من القبض على الجاني المذكور وأسفر التحقيق معه عن توجيه الاتهام إليه بارتكاب جريمته وبإحالته "
              "إلى المحكمة العامة صدر بحقه صك شرعي يقضي بثبوت ما نسب إليه شرعاً والحكم عليه بالقتل قصاصا.")


def test_an_arrest_told_after_a_dated_verdict_came_before_its_day(nlp):
    for word in ("القبض", "الاتهام"):
        evs = _events(nlp, _EXECUTION, word, "2015-08-04")
        assert evs and all(e.date is None and e.date_source == "before_published" for e in evs), word
        assert all(e.enddate == "2015-08-03" for e in evs), word


def test_an_arrest_of_the_same_day_as_an_attack_keeps_its_day(nlp):
    # no verdict in the dated clause: the arrest after the raid is of its day
    text = ("داهمت قوات الأمن أمس وكرا للإرهابيين في القطيف، وتمكنت من القبض على ثلاثة مطلوبين بعد تبادل "
            "لإطلاق النار.")
    evs = _events(nlp, text, "القبض", "2015-08-04")
    assert evs and all(e.date == "2015-08-03" for e in evs)


def test_an_arrest_with_its_own_day_after_a_verdict_keeps_it(nlp):
    text = ("أصدرت المحكمة أمس حكما بسجن المتهم عشر سنوات، واعتقلت الشرطة شقيقه اليوم في جدة.")
    evs = _events(nlp, text, "اعتقلت", "2015-08-04")
    assert evs and all(e.date == "2015-08-04" for e in evs)


_STATEMENT = ("نفذت وزارة الداخلية أمس حكم القتل تعزيرا في مهرب مخدرات بمنطقة الرياض. وأوضح البيان أن سلطات الأمن "
              "تمكنت من القبض على المدعو شاه فيصل - باكستاني الجنسية - وأسفر التحقيق معه عن توجيه الاتهام إليه بما "
              "نسب له، وبإحالته إلى المحكمة العامة صدر بحقه صك شرعي يقضي بثبوت ما نسب إليه شرعا والحكم بقتله "
              "تعزيرا.")


def test_a_case_told_in_order_up_to_its_verdict_came_before_it(nlp):
    for word in ("القبض", "الاتهام"):
        evs = _events(nlp, _STATEMENT, word, "2015-08-04")
        assert evs and all(e.date is None and e.date_source == "before_published" for e in evs), word


def test_an_arrest_with_no_verdict_after_it_keeps_the_storys_day(nlp):
    text = ("داهمت قوات الأمن أمس وكرا للإرهابيين في القطيف. وأوضح البيان أن سلطات الأمن تمكنت من القبض على "
            "ثلاثة مطلوبين وأحالتهم إلى جهات التحقيق.")
    evs = _events(nlp, text, "القبض", "2015-08-04")
    assert evs and all(e.date is not None for e in evs)


_LEAD = ("عقد مجلس الوزراء جلسته بعد ظهر أمس الاثنين في قصر السلام بجدة برئاسة ولي العهد. "
         "وأوضح وزير الثقافة والإعلام في بيانه لوكالة الأنباء السعودية عقب الجلسة أن المجلس استعرض جملة من "
         "التقارير. ")


def test_a_noun_a_past_verb_governs_takes_the_wordless_leads_day(nlp):
    text = _LEAD + ("ونوه مجلس الوزراء بالعلاقات الوثيقة التي تربط المملكة ومصر. وجدد مجلس الوزراء إدانة المملكة "
                    "واستنكارها للجريمة الإرهابية التي نفذها مستوطنون إسرائيليون في قرية دوما.")
    evs = _events(nlp, text, "إدانة", "2015-08-04")
    assert evs and all(e.date == "2015-08-03" and e.date_source == "story" for e in evs)


def test_a_noun_after_a_past_verb_past_a_comma_takes_the_wordless_leads_day(nlp):
    text = _LEAD + ("بعد النظر في قرار مجلس الشورى رقم (60 / 33) وتاريخ 8 / 7 / 1436هـ، قرر مجلس الوزراء الموافقة "
                    "على انضمام المملكة إلى بروتوكول القضاء على الاتجار غير المشروع بمنتجات التبغ.")
    evs = _events(nlp, text, "الموافقة", "2015-08-04")
    assert evs and all(e.date == "2015-08-03" for e in evs)


def test_a_noun_after_a_present_verb_keeps_the_publication_day(nlp):
    text = _LEAD + "ويواصل مجلس الوزراء إدانة الجرائم الإرهابية التي ينفذها المستوطنون في الضفة الغربية."
    evs = _events(nlp, text, "إدانة", "2015-08-04")
    assert all(e.date == "2015-08-04" for e in evs)
