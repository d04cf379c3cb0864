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
    assert r.cameos("عمليتهم") == r.cameos("عملية")


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
