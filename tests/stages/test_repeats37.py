"""Repeats, round 37: the same attack told twice is coded once, and an act of its own is not merged away."""


def _assaults(nlp, text, published="2015-08-02"):
    """The ASSAULT events the pipeline keeps in a text."""
    return [e for e in nlp(text, published=published).events if e.event == "ASSAULT"]


_ALEPPO = ("قتل 25 مقاتلا من المعارضة السورية على الأقل خلال محاولة هجوم فاشلة قاموا بها على قاعدة عسكرية في محافظة "
           "حلب، شمال البلاد، حسبما أفاد المرصد السوري لحقوق الإنسان. كما أفاد المرصد عن مقتل تسعة من قوات النظام في "
           "الاشتباكات التي اندلعت بعد أن شنت عدة جماعات مقاتلة هجومها في وقت متأخر من الجمعة.")


def test_a_noun_with_its_doers_pronoun_tells_the_attack_again(nlp):
    # «هجومها» dated by its own sentence, which dates the lead's «هجوم» too: one attack
    evs = _assaults(nlp, _ALEPPO)
    assert not any(e.trigger.text == "هجومها" for e in evs)
    assert any(e.sentence == 0 and e.trigger.text == "هجوم" for e in evs)


def test_a_noun_with_a_pronoun_is_read_as_its_noun():
    from hadath.stages.repeats import RepeatMerger
    r = RepeatMerger()
    assert r.cameos("هجومها") == r.cameos("هجوم") != frozenset()
    assert r.cameos("عمليتهم") == r.cameos("عمليه") != frozenset()  # (the normalised form: ة is ه)
    assert r.cameos("غاراتها") == r.cameos("غارات") != frozenset()


_FALLUJA = ("أفادت مصادر طبية وأمنية وعسكرية عراقية السبت بمقتل ثمانية من عناصر تنظيم داعش وخمسة مدنيين وجنديين اثنين في "
            "أعمال عنف بمحافظة الأنبار. وقالت المصادر: إن القوات العسكرية المتمركزة خارج أسوار قضاء الفلوجة أطلقت "
            "قذائف الهاون والدبابات بشكل عشوائي على الأحياء السكنية شمال ووسط وغربي الفلوجة ما تسبب بمقتل خمسة مدنيين "
            "وجرح 11 آخرين بينهم نساء وأطفال.")


def test_a_weapon_after_a_verb_is_no_subject_telling_the_act_again(nlp):
    # «أطلقت قذائف الهاون»: the mortars are what the forces fired, not the lead's summed toll doing it again
    evs = _assaults(nlp, _FALLUJA)
    assert any(e.sentence == 1 for e in evs)


def test_an_act_noun_after_a_verb_still_tells_the_strikes_again(nlp):
    text = ("شنت طائرات التحالف غارات على معسكر في مدينة صعدة أمس. وأضاف المصدر أن استهدفت الغارات مخازن للأسلحة "
            "في المعسكر.")
    evs = _assaults(nlp, text)
    assert [e.sentence for e in evs] == [0]


def test_talks_told_again_by_the_other_side_are_one_meeting(nlp):
    text = ("وجاء هذا بعد محادثات أجراها الجبير مع نظيره الروسي سيرغي لافروف في موسكو. من جانبه، أكد وزير الخارجية "
            "الروسي سيرغي لافروف في مستهل محادثاته مع نظيره السعودي عادل الجبير في موسكو أن العلاقات بين الدولتين "
            "شهدت تطورا ملحوظا.")
    evs = [e for e in nlp(text, published="2015-08-11").events if e.event == "CONSULT"]
    assert [e.sentence for e in evs] == [0]


def test_a_noun_of_the_doers_names_the_attack_told_before_and_its_doer(nlp):
    # «الهجوم الانتحاري»: the bomber in the trigger's own words is no party the lead's bombing lacks
    text = ("طالب الرئيس الأفغاني أشرف عبد الغني باكستان بالتصدي لحركة طالبان بعدما حصد تفجير سيارة ملغومة نفذه متشددون "
            "إسلاميون قرب مطار كابول أرواح خمسة أشخاص اليوم الاثنين في أحدث هجوم انتحاري يضرب العاصمة. وتلت الهجمات "
            "تغييرا في قيادة طالبان. وقال مسؤولون أفغان إن الهجوم الانتحاري قتل خمسة أشخاص وأصاب 16 اليوم في منطقة "
            "مزدحمة أمام نقطة تفتيش بالمطار.")
    evs = _assaults(nlp, text, "2015-08-11")
    assert [e.sentence for e in evs] == [0]
    assert [m.text for m in evs[0].actor] == ["الانتحاري"]


def test_the_protesters_noun_tells_the_protest_again_and_names_its_doers(nlp):
    text = ("خرجت تظاهرات حاشدة في مدينة البصرة ضد حكومة العبادي بسبب انقطاع التيار الكهربائي. وقد أشرف على تنظيمها "
            "نخبة من الشباب. ورفع المتظاهرين شعارات تطالب بمحاكمة المسؤولين في البصرة.")
    evs = [e for e in nlp(text, published="2015-08-11").events if e.event == "PROTEST"]
    assert [e.sentence for e in evs] == [0]
    assert [m.text for m in evs[0].actor] == ["المتظاهرين"]


_DOGUBAYAZIT = ("سجل تصعيد جديد في دوامة العنف في تركيا الاحد مع وقوع عملية انتحارية تبناها حزب العمال الكردستاني "
                "استهدفت مركزا للدرك واوقعت قتيلين على الاقل، في حين يواصل الطيران التركي قصف قواعد الحزب في شمال "
                "العراق. وفي وقت مبكر من اليوم الاحد، اقتحم {doer} بجرار مفخخ بطنين من المتفجرات مساء مركزا للدرك في "
                "محيط مدينة دوغوبيازيد في شرق البلاد بالقرب من الحدود الايرانية.")


def test_an_unnamed_bomber_hitting_the_same_post_tells_the_attack_again(nlp):
    evs = _assaults(nlp, _DOGUBAYAZIT.format(doer="انتحاري"))
    assert [e.sentence for e in evs] == [0, 0]
    assert {m.code for m in evs[0].actor} == {"KUR"}


def test_a_named_doer_hitting_the_same_post_stays_its_own_act(nlp):
    evs = _assaults(nlp, _DOGUBAYAZIT.format(doer="تنظيم داعش"))
    assert any(e.sentence == 1 for e in evs)


_FUA = ("وأعلن مكتب أخبار سوريا المعارض أن فصائل المعارضة المسلحة مهدت لهذا الهجوم بتفجير عربة مفخخة استهدفت حاجزا للقوات "
        "النظامية في منطقة دير الزغب غربي بلدة الفوعة، ما أدى إلى تدمير الحاجز. أعقب ذلك {act} بطول 350 مترا بالقرب من "
        "منطقة الصواغية غرب الفوعة، بهدف السيطرة على نقاط في محيط البلدة.")


def test_an_indefinite_noun_without_parties_tells_another_act(nlp):
    # «أعقب ذلك تفجير نفق»: a second bombing, not the car bomb told again
    evs = _assaults(nlp, _FUA.format(act="تفجير نفق"), "2015-08-10")
    assert any(e.sentence == 1 and e.trigger.text == "تفجير" for e in evs)


def test_a_phrase_opening_another_clause_parts_two_bombings(nlp):
    text = ("ووقع أكثر التفجيرات دموية عندما فجر انتحاري يقود سيارة مفخخة نفسه في سوق منطقة الهويدر شمال مدينة بعقوبة. "
            "كما وقع تفجير مماثل في ناحية كنعان جنوب شرق بعقوبة ما أودى إلى مقتل 10 في حين قتل ثلاثة أشخاص في تفجير "
            "عبوة ناسفة في منطقة الوثبة الواقعة بين الهويدر وبعقوبة.")
    evs = [e for e in _assaults(nlp, text, "2015-08-11") if e.sentence == 1]
    assert len(evs) == 2


def test_the_protesters_of_a_protest_told_in_its_sentence_are_no_protest_of_their_own(nlp):
    text = ("بدأت الشرارة الأولى للتظاهرات في مدينة البصرة ضد حكومة المالكي بعد الانقطاع المستمر في التيار الكهربائي، "
            "وشملت حركة التظاهر الشعبي معظم المحافظات الجنوبية ورفع المتظاهرين شعارات ضد الفساد.")
    evs = [e for e in nlp(text, published="2015-08-11").events if e.event == "PROTEST"]
    assert len(evs) == 1
    assert [m.text for m in evs[0].actor] == ["المتظاهرين"]


def test_the_attack_told_in_a_country_is_placed_by_its_town_told_again(nlp):
    # the lead names the country only; «الهجوم» in a town of that country is the same attack
    text = ("قتل 12 شخصا على الأقل أمس عندما هاجم انتحاريان حمام سباحة مزدحما في شمال العراق، حسبما قال مسؤول محلي "
            "ومصادر في الشرطة. وأسفر الهجوم الذي وقع في بلدة طوز خورماتو شمال العاصمة العراقية بغداد عن إصابة عشرات "
            "الأشخاص.")
    evs = _assaults(nlp, text, "2015-07-26")
    assert [e.sentence for e in evs] == [0]
