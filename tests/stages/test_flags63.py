"""Round 63 (flags63): the negated / future / hypothetical flags — «إذا» right before بـ and a pronoun or a name with
its verb is the particle of surprise, no condition («واذا بها لا تجد»); an event noun that is the subject of a future
verb of beginning is set to come, not supposed («أن معركة تحرير مدينة الرمادي ستبدأ»); and an event noun right after a
future verb of taking part is still to come («سيشاركون في المعركة») (must / must not, on sentences of the dev days)."""

from stage_coding import events_coded


def flags_of(nlp, text, trigger, date="2015-07-25"):
    """(negated, future, hypothetical) of each event of `text` whose trigger is `trigger`."""
    return [(e.negated, e.future, e.hypothetical) for e in events_coded(nlp, text, date) if e.trigger.text == trigger]


def test_idha_bi_is_surprise_not_condition(nlp):
    """«تفتش أم سعود ذاك الكيس واذا بها لا تجد البسكوت الذي طلبته من مراد»: the search and the request were made."""
    text = "تفتش أم سعود ذاك الكيس واذا بها لا تجد البسكوت الذي طلبته من مراد."
    for trigger in ("تفتش", "طلبته"):
        fl = flags_of(nlp, text, trigger)
        assert fl and not any(hyp for _, _, hyp in fl)
    # (a real «إذا» still supposes: «إذا هاجم المسلحون المدينة»)
    fl = flags_of(nlp, "وقال إن الجيش سيرد إذا هاجم المسلحون المدينة.", "هاجم")
    assert fl and all(hyp for _, _, hyp in fl)


def test_battle_that_will_begin_is_to_come_not_supposed(nlp):
    """«أعلنت وزارة الدفاع الأميركية أن معركة تحرير مدينة الرمادي ستبدأ خلال الأسابيع المقبلة»: set, to come."""
    text = ("وبينما يواصل كارتر مباحثاته في بغداد، فقد أعلنت وزارة الدفاع الأميركية (البنتاغون)، أن معركة تحرير مدينة "
            "الرمادي ستبدأ خلال الأسابيع المقبلة.")
    fl = flags_of(nlp, text, "معركة", "2015-07-24")
    assert fl and all(fut and not hyp for _, fut, hyp in fl)


def test_the_battle_named_again_with_lan_is_to_come(nlp):
    """«… أن معركة تحرير مدينة الرمادي ستبدأ …، بينما لفتت إلى أن المعركة لن تشهد مشاركة القوات»: the same battle,
    still to come, not a battle fought."""
    text = ("وبينما يواصل كارتر مباحثاته في بغداد، فقد أعلنت وزارة الدفاع الأميركية (البنتاغون)، أن معركة تحرير مدينة "
            "الرمادي ستبدأ خلال الأسابيع المقبلة، وأشارت إلى أن أكثر من ستة آلاف مقاتل سيشاركون في المعركة من الجيش "
            "والشرطة الاتحادية والقوات الخاصة، بينما لفتت إلى أن المعركة لن تشهد مشاركة القوات التي تم تدريبها مؤخرًا.")
    fl = flags_of(nlp, text, "المعركة", "2015-07-24")
    assert fl and all(fut for _, fut, _ in fl)


def test_not_only_but_negates_nothing(nlp):
    """«نحن لا ندافع عن الجنرال عون فقط، بل ندافع عن جعجع وفرنجية»: the defence of Aoun is told, not denied."""
    text = "وقال: «نحن لا ندافع عن الجنرال عون فقط، بل ندافع عن جعجع وفرنجية، فنحن لن نقبل."
    fl = flags_of(nlp, text, "ندافع عن", "2015-07-24")
    assert len(fl) == 2 and not any(neg for neg, _, _ in fl)
    # (a plain negation stays: «لم تدعم المعارضة، بل هاجمتها»)
    fl = flags_of(nlp, "وقال إن الحكومة لم تدعم المعارضة، بل هاجمتها.", "تدعم", "2015-07-24")
    assert fl and all(neg for neg, _, _ in fl)


def test_aim_word_does_not_govern_anna_hu(nlp):
    """«ترغب في تجنب طلب مساعدة من الصندوق معتبرة انه يؤيد بشدة كبيرة اجراءات التقشف»: what the IMF is held to
    back is no aim of the government, nothing to come."""
    text = ("وكانت الحكومة اليونانية ترغب في تجنب طلب مساعدة من الصندوق معتبرة انه يؤيد بشدة كبيرة اجراءات التقشف.")
    fl = flags_of(nlp, text, "يؤيد")
    assert fl and not any(fut for _, fut, _ in fl)
    # (an aim word still governs its أنْ: «وتسعى الحكومة إلى أن تدعم المعارضة»)
    fl = flags_of(nlp, "وتسعى الحكومة إلى أن تدعم المعارضة.", "تدعم")
    assert fl and all(fut for _, fut, _ in fl)
