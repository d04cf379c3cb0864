"""Roles by clause structure (task roles13): the other party of a meeting past the subject's time words, and no
actor for the gathering on whose sidelines another act took place."""


def events(nlp, text, date="2015-08-06"):
    return nlp(text, published=date).events


def of(nlp, text, etype, trig=None):
    return [e for e in events(nlp, text) if e.event == etype and (trig is None or e.trigger.text == trig)]


def test_meeting_with_after_subject_and_time_words(nlp):
    ev = of(nlp, "اجتمع وزير الخارجية الأميركي جون كيري، أمس الأربعاء، مع نظيره الروسي سيرغي لافروف في كوالالمبور.",
            "CONSULT", "اجتمع")[0]
    assert [a.code for a in ev.actor] == ["USA"]
    assert [r.code for r in ev.recipient] == ["RUS"]


def test_met_object_after_a_bracketed_day(nlp):
    ev = of(nlp, "يلتقي وزير الخارجية الاميركي جون كيري، اليوم (الاربعاء)، نظيره الروسي سيرغي لافروف في ماليزيا.",
            "CONSULT", "يلتقي")[0]
    assert [a.code for a in ev.actor] == ["USA"]
    assert [r.code for r in ev.recipient] == ["RUS"]


def test_sidelines_gathering_is_not_held_by_the_phrase_before(nlp):
    text = "يلتقي وزير الخارجية الاميركي جون كيري نظيره الروسي سيرغي لافروف على هامش اجتماع امني اقليمي في ماليزيا."
    for ev in of(nlp, text, "CONSULT", "اجتماع"):
        assert not any(a.code == "RUS" for a in ev.actor)
    text = "وقال الوزير في رد على أسئلة احد الصحافيين على هامش الاجتماعات السنوية لرابطة دول جنوب شرقي آسيا."
    for ev in of(nlp, text, "CONSULT"):
        assert not any(a.sector == "MED" for a in ev.actor)


def test_sidelines_keeps_the_genitive_visitor(nlp):
    ev = of(nlp, "وذلك على هامش زيارة الرئيس التونسي الباجي قائد السبسي إلى واشنطن.", "CONSULT")[0]
    assert [a.code for a in ev.actor] == ["TUN"]


def test_force_genitive_with_lam_object_acts(nlp):
    text = "ويأتي إعلان السلطات الأفغانية الاثنين بعد ساعات من استهداف القوات الأفغانية لجنازة رمزية في ولاية غزني."
    ev = of(nlp, text, "ASSAULT", "استهداف")[0]
    assert [(a.code, a.sector) for a in ev.actor] == [("AFG", "MIL")]
    assert not any(r.sector == "MIL" for r in ev.recipient)
    ev = of(nlp, "أدانت المنظمة اعتقال الشرطة الإسرائيلية للمتظاهرين الفلسطينيين.", "COERCE")[0]
    assert [(a.code, a.sector) for a in ev.actor] == [("ISR", "COP")]
    assert [r.code for r in ev.recipient] == ["PSE"]


def test_meeting_that_gathered_two_parties(nlp):
    text = "وقال مسؤول اميركي للصحافيين بعد لقاء جمع كيري بنظيره الصيني وانغ يي في ماليزيا."
    ev = of(nlp, text, "CONSULT", "لقاء")[0]
    assert [a.code for a in ev.actor] == ["USA"]
    assert [r.code for r in ev.recipient] == ["CHN"]


def test_counterpart_met_by_the_speaker(nlp):
    text = ('أعلن وزير الخارجية التركي مولود تشاوش اوغلو، ان بلاده ستبدأ "قريبا" بمحاربة تنظيم "داعش" المتطرف في '
            'شمال سوريا، خلال لقاء مع نظيره الاميركي جون كيري في ماليزيا.')
    ev = of(nlp, text, "CONSULT", "لقاء")[0]
    assert [a.code for a in ev.actor] == ["TUR"]
    assert [r.code for r in ev.recipient] == ["USA"]


def test_visit_destination_past_the_visitor_titles(nlp):
    text = ("جاء ذلك خلال زيارة الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء "
            "وزير الدفاع، للأردن يوم أمس.")
    ev = of(nlp, text, "CONSULT", "زيارة")[0]
    assert [a.code for a in ev.actor] == ["SAU"]
    assert [r.code for r in ev.recipient] == ["JOR"]


def test_upcoming_visit_paid_by_the_person_in_lam(nlp):
    ev = of(nlp, "وكشف عن زيارة مرتقبة للرئيس التركي إلى السعودية الشهر المقبل.", "CONSULT", "زيارة")[0]
    assert ev.future
    assert [a.code for a in ev.actor] == ["TUR"]
    assert [r.code for r in ev.recipient] == ["SAU"]
    ev = of(nlp, "وتحدث الوزير عن الزيارة المرتقبة للرئيس الفرنسي إلى طهران.", "CONSULT", "الزيارة")[0]
    assert ev.future
    assert [a.code for a in ev.actor] == ["FRA"]


def test_upcoming_masculine_definite_and_indefinite(nlp):
    assert all(e.future for e in of(nlp, "وقال إن لقاء مرتقبا سيجمع الرئيسين.", "CONSULT"))
    for ev in of(nlp, "وتحدث الوزير عن اللقاء المرتقب مع نظيره الفرنسي.", "CONSULT"):
        assert ev.future


def test_visit_with_own_pronoun_keeps_its_destination(nlp):
    for ev in of(nlp, "وأكد الوفد خلال زيارته لغرفة جدة أمس ضرورة التعاون.", "CONSULT", "زيارته"):
        assert not any(a.sector == "BUS" for a in ev.actor)


def test_condemned_attack_gives_no_actor_to_its_deaths(nlp):
    text = ("أدان الأمين العام للأمم المتحدة بان كي مون التفجير الذي وقع في بلدة سوروج جنوب شرق تركيا الإثنين "
            "وأسفر عن مقتل 30 شخصًا وإصابة أكثر من 100 آخرين.")
    for ev in of(nlp, text, "ASSAULT"):
        assert not any(a.code == "IGO" for a in ev.actor)


def test_who_tells_of_an_explosion_did_not_cause_it(nlp):
    text = ("قتل 18 شخصا في حلب. وتحدث ناشطون عن دوي انفجار عنيف فجر يوم أمس الثلاثاء في منطقة رميلان، وأشاروا "
            "إلى أنه ناجم عن انفجار في مستودع للذخيرة.")
    for ev in of(nlp, text, "ASSAULT", "انفجار"):
        assert not any(a.sector == "OPP" for a in ev.actor)


def test_meeting_held_by_a_light_verb_is_not_the_reporters(nlp):
    text = ("وكشف مسؤولون إسرائيليون، أن غولد - وهو مستشار قديم لنتنياهو - عقد اجتماعا لم يعلن عنه مع نظيره "
            "التركي في روما الشهر الماضي.")
    for ev in of(nlp, text, "CONSULT"):
        assert not any(a.code == "ISR" and a.sector == "GOV" and "مسؤولون" in a.text for a in ev.actor)


def test_state_helped_in_the_complement_of_a_pledge_or_call(nlp):
    """(Round 78:) what a pledge pledges is the pledge's content: the PLOVER manual codes a cooperative act told in the
    future tense as the single AGREE, so the pledge is coded, Saudi Arabia's to Yemen (the recipient taken from the aid
    pledged), and no aid of its own (the judges marked such aid dup: 2015-07-23 #38, 2015-07-24 #1661). (Round 77:) the
    aid a call asks for is part of the call, not an aid of its own (the lead's decision of round 77, the judges having
    marked such second events wrong in 10 of 10 cases): the call is coded, to the international community, no aid,
    and Lebanon, the state to be helped, is no doer of anything."""
    ev = of(nlp, "وتعهدت السعودية بدعم اليمن.", "AGREE")[0]
    assert [a.code for a in ev.actor] == ["SAU"] and [r.code for r in ev.recipient] == ["YEM"]
    assert not of(nlp, "وتعهدت السعودية بدعم اليمن.", "AID")
    evs = events(nlp, "وطالب المجتمع الدولي بدعم لبنان.")
    assert [r.code for e in evs if e.event == "REQUEST" for r in e.recipient] == ["IGO"]
    assert not [e for e in evs if e.event == "AID"]
    assert not any(a.code == "LBN" for e in evs for a in e.actor)


def test_state_helped_after_fi(nlp):
    ev = of(nlp, "وقال إن طهران ستستمر في دعم لبنان وسوريا والعراق واليمن في إبادة الإرهاب.", "AID")[0]
    assert [a.code for a in ev.actor] == ["IRN"]
    assert [r.code for r in ev.recipient] == ["LBN", "SYR", "IRQ", "YEM"]
    ev = of(nlp, "الصندوق يقف على أهبة الاستعداد للاستمرار في مساعدة اليونان في جهودها.", "AID")[0]
    assert not any(a.code == "GRC" for a in ev.actor) and [r.code for r in ev.recipient] == ["GRC"]


def test_two_joined_parties_of_an_act_done_with_someone(nlp):
    """Two joined parties of a cooperation: the first its doer, the second the one it is done with; of three, all
    doers. (Round 78:) a cooperation agreed on is the agreement's content, one AGREE of the parties together (the
    PLOVER manual's single event category; the judges marked such contents dup), so the roles are checked on a
    cooperation decided, and the agreements on one are one AGREE each."""
    ev = of(nlp, "وقررت السعودية والأردن تعزيز التعاون الاستراتيجي.", "COOPERATE")[0]
    assert [a.code for a in ev.actor] == ["SAU"] and [r.code for r in ev.recipient] == ["JOR"]
    ev = of(nlp, "اتفقت السعودية والأردن على أهمية تعزيز التعاون الاستراتيجي.", "AGREE")[0]
    assert [a.code for a in ev.actor] == ["SAU", "JOR"]
    assert not of(nlp, "اتفقت السعودية والأردن على أهمية تعزيز التعاون الاستراتيجي.", "COOPERATE")
    ev = of(nlp, "وتوصلت الولايات المتحدة وروسيا إلى اتفاق في فبراير الماضي.", "AGREE")[0]
    assert [a.code for a in ev.actor] == ["USA", "RUS"]  # an agreement of two stays theirs together
    ev = of(nlp, "وعقد الملك عبدالله الثاني وولي ولي العهد اجتماعا.", "CONSULT")[0]
    assert [a.code for a in ev.actor] == ["JOR"] and [r.code for r in ev.recipient] == ["SAU"]
    ev = of(nlp, "وقررت مصر والسعودية والإمارات التعاون.", "COOPERATE")[0]
    assert [a.code for a in ev.actor] == ["EGY", "SAU", "ARE"] and not ev.recipient
    ev = of(nlp, "واتفقت مصر والسعودية والإمارات على التعاون.", "AGREE")[0]
    assert [a.code for a in ev.actor] == ["EGY", "SAU", "ARE"] and not ev.recipient
    for ev in of(nlp, "ويشارك كيري ولافروف في اجتماع لرابطة دول جنوب شرقي آسيا.", "CONSULT"):
        assert not ev.recipient
