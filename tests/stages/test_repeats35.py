"""Repeats, round 35: the same attack told again in a later sentence of its story is coded once."""


def _assaults(nlp, text, published="2015-08-01"):
    """The ASSAULT events the pipeline keeps in a text."""
    return [e for e in nlp(text, published=published).events if e.event == "ASSAULT"]


_QATN = ("من جهة أخرى، قتل {count} جنود من القوات الموالية للرئيس اليمني عبدربه منصور هادي، الجمعة، في هجوم بسيارة "
         "مفخخة في جنوب شرق اليمن، على ما أعلن مصدر عسكري. واقتحم انتحاري بسيارة مفخخة نقطة تفتيش في بلدة القطن في "
         "محافظة حضرموت، ما أدى إلى مقتل 9 جنود، بحسب المصدر.")


def test_a_count_in_words_and_the_same_count_in_digits_tell_one_toll(nlp):
    # «تسعة» … «9»: one car bomb, the bomber its actor
    evs = _assaults(nlp, _QATN.format(count="تسعة"))
    assert len(evs) == 1
    assert evs[0].sentence == 0 and [m.text for m in evs[0].actor] == ["انتحاري"]


def test_a_count_in_words_and_other_digits_stay_two(nlp):
    assert len(_assaults(nlp, _QATN.format(count="خمسة"))) == 2


def test_number_words_read_as_one_number():
    from hadath.stages.repeats import RepeatMerger
    r = RepeatMerger()
    assert r.values(["ثمانيه", "عشر", "حوثيا"]) == {"18"}
    assert r.values(["خمسه", "عشرين", "شخصا"]) == {"25"}
    assert r.values(["ثلاثه", "واصابه", "خمسه"]) == {"3", "5"}


_SIRNAK = ("أعلن الجيش التركي مقتل ثلاثة جنود أتراك أمس حين فتح عناصر من حزب العمال الكردستاني النار على قافلة عسكرية في "
           "محافظة شرناق في جنوب شرق البلاد. وجاء في بيان الجيش: قتل {count} من عسكريينا الشجعان نتيجة هجوم نفذته "
           "المنظمة الانفصالية الإرهابية، في إشارة إلى حزب العمال.")


def test_the_attack_of_a_toll_told_again_is_told_again_too(nlp):
    # the statement's «قتل ثلاثة» is the lead's toll, and the «هجوم» it fell in the lead's attack
    evs = _assaults(nlp, _SIRNAK.format(count="ثلاثة"), "2015-07-31")
    assert len(evs) == 1
    assert evs[0].sentence == 0 and {m.code for m in evs[0].actor} == {"KUR"}


def test_the_attack_of_another_toll_stays(nlp):
    evs = _assaults(nlp, _SIRNAK.format(count="خمسة"), "2015-07-31")
    assert any(e.sentence == 1 and e.trigger.text == "هجوم" for e in evs)


def test_the_same_country_without_a_sector_tells_the_raids_again(nlp):
    text = ("قتل ما لا يقل عن 56 مسلحاً من حركة طالبان وتنظيم داعش جراء ست غارات جوية نفذتها طائرات أميركية بدون طيار "
            "في المناطق الشرقية الحدودية مع باكستان. وأفادت السلطات الأفغانية بأن الغارات الأميركية استهدفت سيارات "
            "تقل مسلحين من داعش في المنطقة.")
    evs = _assaults(nlp, text, "2015-08-06")
    assert not any(e.trigger.text == "الغارات" for e in evs)


def test_a_toll_in_digits_after_the_same_toll_in_words_is_told_again(nlp):
    text = ("شهدت مدينة مروة أقصى شمال الكاميرون هجوما جديدا مساء السبت نفذته فتاة انتحارية واسفر عن سقوط عشرين "
            "قتيلا. وقتل 20 شخصا واصيب 97 بجروح بحسب حصيلة اعلنها التلفزيون الرسمي الكاميروني اليوم الاحد.")
    assert not [e for e in _assaults(nlp, text, "2015-07-26") if e.sentence == 1]


_TAIZ = ("وفي تعز (جنوب اليمن) قصفت ميليشيات الحوثي عدة أحياء سكنية، ما أسفر عن استشهاد وإصابة عدد من المدنيين، حسب "
         "مصدر طبي. وقال مصدر محلي إن عدداً من المدنيين أصيبوا في قصف بقذائف مدفعية حوثية، طالت أحياء سكنية في {town}.")


def test_a_partyless_toll_told_where_the_act_was_is_its_toll(nlp):
    evs = _assaults(nlp, _TAIZ.format(town="مدينة تعز"), "2015-08-09")
    assert [e.sentence for e in evs] == [0]


def test_a_partyless_toll_told_in_another_town_stays(nlp):
    evs = _assaults(nlp, _TAIZ.format(town="مدينة عدن"), "2015-08-09")
    assert any(e.sentence == 1 for e in evs)


def test_a_partyless_toll_told_after_kama_stays(nlp):
    text = ("وفي تعز قصفت ميليشيات الحوثي عدة أحياء سكنية، حسب مصدر طبي. كما قتل اثنان خلال تبادل إطلاق النار.")
    evs = _assaults(nlp, text, "2015-08-09")
    assert any(e.sentence == 1 for e in evs)


_STRIKES = ("لقي عشرات من عناصر تنظيم داعش مصرعهم في ضربات جوية شنتها مقاتلات التحالف الدولي الذي تقوده الولايات المتحدة "
            "جنوب شرق محافظة نينوى الأربعاء. وقال القيادي رشاد كلالي إن {clause} مبنى ونقاط تفتيش لداعش.")


def test_a_verb_whose_subject_is_the_definite_attack_tells_it_again(nlp):
    evs = _assaults(nlp, _STRIKES.format(clause="الضربات استهدفت"), "2015-07-22")
    assert [e.sentence for e in evs] == [0]


def test_a_verb_whose_subject_is_another_attack_has_no_subject(coder):
    from hadath.stages.repeats import RepeatMerger
    r = RepeatMerger()
    for clause, told in (("استهدفت الضربات", True), ("استهدفت الضربات الثانية", False)):
        text = _STRIKES.format(clause=clause)
        evs = [e for e in coder(text, published="2015-07-22").events if e.trigger.text == "استهدفت"]
        assert evs and r.subject(text, evs[0]) == told


def test_a_definite_means_after_a_verb_is_no_subject(nlp):
    from hadath.stages.repeats import RepeatMerger
    text = "إن بعض المناطق في ديالى تتعرض لقصف بالهاون من قبل مسلحين."
    evs = [e for e in nlp(text, published="2015-07-22").events if e.event == "ASSAULT"]
    assert evs and not any(RepeatMerger().subject(text, e) for e in evs)


_KUNDUZ = ("قتل مدنيون في هجوم في ولاية قندوز المضطربة شمال أفغانستان مساء السبت. وتبنت حركة طالبان هذا "
           "الهجوم، الذي يأتي بعد {tail}.")


def test_a_time_of_another_attack_after_a_claimed_act_does_not_part_it(nlp):
    evs = _assaults(nlp, _KUNDUZ.format(tail="سلسلة هجمات في كابل أوقعت 51 قتيلا الجمعة"), "2015-08-09")
    assert [e.sentence for e in evs] == [0]


def test_a_time_after_the_claimed_act_itself_is_its_own():
    from hadath.stages.repeats import RepeatMerger
    import hadath
    text = _KUNDUZ.format(tail="يوم الجمعة")
    art = hadath.load()(text, published="2015-08-09")
    ev = next((e for e in art.events if e.sentence == 1), None)
    assert ev is None or not RepeatMerger().foreign_date(text, ev)


_DRONE = ("قال سكان ومسؤولون محليون اليوم الخميس إن طائرة بدون طيار هاجمت سيارة في جنوب اليمن خلال الليل وقتلت أربعة "
          "يشتبه أنهم أعضاء في تنظيم القاعدة. وقال أحد السكان إن السيارة احترقت. وأضاف أن الجثث نقلت. وقال مسؤول إن "
          "التنظيم لم يعلق. ودعا الزعيم الجديد للتنظيم إلى شن هجمات في تسجيل بث الشهر الماضي. مقتل {count} من القاعدة "
          "في ضربة جوية أمريكية")


def test_the_same_toll_told_far_after_is_the_act_told_again(nlp):
    evs = [e for e in _assaults(nlp, _DRONE.format(count="4"), "2015-07-30") if e.sentence != 4]
    assert [e.sentence for e in evs] == [0]
    assert {m.code for m in evs[0].actor} == {"USA"}


def test_another_toll_told_far_after_stays(nlp):
    evs = _assaults(nlp, _DRONE.format(count="7"), "2015-07-30")
    assert any(e.sentence == 5 for e in evs)


_CAMP = ("قتل 44 شخصاً على الأقل وجرح مئات آخرون في الساعات الـ24 الأخيرة في كابول في سلسلة من الهجمات هي الأولى في "
         "العاصمة الأفغانية منذ تعيين الملا أختر منصور على رأس حركة طالبان. وشنَّ المتمردون هجوماً على معسكر كامب "
         "انتيغريتي الذي تتمركز فيه القوات الأميركية الخاصة بالقرب من كابول. وأعلن الناطق باسم مهمة حلف شمال الأطلسي "
         "أن جندياً في الحلف قتل في هذا الهجوم. وأعلن حلف شمال الأطلسي بعد ذلك يوم أمس السبت أن الهجوم على قاعدة "
         "عسكرية {whose} في كابول مساء يوم الجمعة أسفر عن مقتل ثمانية مدنيين يعملون في مهمة الحلف في أفغانستان.")


def test_a_definite_noun_with_the_same_target_tells_the_day_of_an_undated_attack(coder):
    # the attack dated by the published day only (as in its article) takes the day «الهجوم على قاعدة …» tells
    from hadath.stages.repeats import RepeatMerger
    r = RepeatMerger()
    for whose, told in (("أميركية", True), ("بريطانية", False)):
        evs = coder(_CAMP.format(whose=whose), published="2015-08-09").events
        x = next(e for e in evs if e.trigger.text == "هجوماً").updated(date="2015-08-09", date_source="published")
        y = next(e for e in evs if e.trigger.text == "الهجوم")
        assert r.dates_it(x, y) == told and y.date == "2015-08-07"


def test_a_definite_noun_with_another_target_and_day_stays(nlp):
    evs = _assaults(nlp, _CAMP.format(whose="بريطانية"), "2015-08-09")
    assert any(e.sentence == 3 and e.trigger.text == "الهجوم" for e in evs)
