"""Round 65: the actor and the recipient a clause names, read past its adjuncts: an attack verb that reads as a
passive keeps its subject when an object follows the place, its direction and the day (قصف طيران التحالف في محافظة
شبوة جنوب البلاد تعزيزات، استهدف … أول من أمس مدرعة); the subject of «كان» set off by one comma; the one met past
where and when (استقبل في قصره بجدة مساء أمس وزير …) and past the subject's relative clause; a day closed by one
comma before «من + event noun» (تمكنت المدفعية السعودية أمس، من تدمير)."""

from event_lookup import event_by_trigger as _event


def _parties(nlp, text, trigger):
    """The actor and recipient texts of the event of `text` whose trigger is `trigger`."""
    e = _event(nlp, text, trigger)
    return [a.text for a in e.actor], [r.text for r in e.recipient]


def test_an_object_past_the_place_and_its_direction_keeps_the_attack_verb_active(nlp):
    """قصف طيران التحالف في محافظة شبوة جنوب البلاد تعزيزات: the aviation struck, it was not struck."""
    text = ("كما قصف طيران التحالف في محافظة شبوة جنوب البلاد تعزيزات للحوثيين أثناء توجهها إلى منطقة بيحان "
            "الخاضعة لميليشيات الحوثي.")
    actor, recipient = _parties(nlp, text, "قصف")
    assert actor == ["طيران التحالف"]
    assert "طيران التحالف" not in recipient and recipient == ["للحوثيين"]
    # (with nothing after the place and the day, the passive stays: قتل جنود في حلب جنوب البلاد أمس)
    assert _parties(nlp, "وقتل جنود في حلب جنوب البلاد أمس.", "قتل") == ([], ["جنود"])


def test_an_object_past_awwal_min_ams_keeps_the_attack_verb_active(nlp):
    """«أول من أمس» is a day, no preposition that would leave the verb with no object."""
    text = ("واستهدف طيران التحالف أول من أمس مدرعة للحوثيين في منطقة الطوال على الحدود اليمنية السعودية، عندما "
            "كانت تحاول التوغل داخل الأراضي السعودية.")
    actor, recipient = _parties(nlp, text, "استهدف")
    assert actor == ["طيران التحالف"]
    assert recipient == ["للحوثيين"]


def test_the_subject_of_kana_set_off_by_one_comma_and_the_one_received_past_where_and_when(nlp):
    """وكان ولي العهد … الأمير محمد بن نايف، استقبل في قصره بجدة مساء أول من أمس وزير الخارجية المصري."""
    text = ("وكان ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية الأمير محمد بن نايف، استقبل في قصره بجدة مساء أول "
            "من أمس وزير الخارجية المصري.")
    actor, recipient = _parties(nlp, text, "استقبل")
    assert actor and actor[0].endswith("الأمير محمد بن نايف")
    assert recipient == ["وزير الخارجية المصري"]


def test_the_one_met_past_the_subjects_relative_clause_with_a_time_word_and_a_visit(nlp):
    """يلتقي كارتر الذي وصل صباحا الى مطار بغداد في زيارة غير معلنة رئيس الوزراء: the prime minister is met."""
    text = ("يلتقي كارتر الذي وصل صباحا الى مطار بغداد في زيارة غير معلنة رئيس الوزراء حيدر العبادي ونظيره خالد "
            "العبيدي، ورئيس مجلس النواب سليم الجبوري.")
    actor, recipient = _parties(nlp, text, "يلتقي")
    assert actor == ["كارتر"]
    assert recipient[:1] == ["رئيس الوزراء حيدر العبادي"]


def test_the_subject_of_tamakkana_past_the_day_and_its_comma_does_the_act(nlp):
    """تمكنت المدفعية السعودية أمس، من تدمير رتل: the comma after the day ends no clause."""
    text = ("من ناحية ثانية، يتأهب مقاتلو المقاومة لاقتحام قاعدة العند الجوية في لحج، فيما تمكنت المدفعية السعودية "
            "أمس، من تدمير رتل عسكري وعدد من الآليات كانت متجهة لتعزيز فلول الحوثيين بالقرب من الحدود السعودية.")
    actor, _ = _parties(nlp, text, "تدمير")
    assert actor == ["المدفعية السعودية"]


def test_a_country_right_after_the_subjects_rank_and_name_is_the_object(nlp):
    """اتهم وزير الداخلية البحريني الفريق الركن الشيخ راشد … إيران: the name is the minister's, Iran is accused."""
    text = ("اتهم وزير الداخلية البحريني الفريق الركن الشيخ راشد بن عبدالله آل خليفة إيران بالتورط في الإخلال بأمن "
            "البحرين، والتدريب على استخدام الأسلحة والمتفجرات، وأنها تصدر الإرهاب إلى البحرين.")
    actor, recipient = _parties(nlp, text, "اتهم")
    assert actor == ["وزير الداخلية البحريني"]
    assert recipient == ["إيران"]


def test_a_masculine_party_after_a_feminine_verb_is_its_object(nlp):
    """كما طالبت الحزب بتسليم سلاحه: طالبت is no verb of الحزب, the party is the one asked."""
    actor, recipient = _parties(nlp, "كما طالبت الحزب بتسليم سلاحه للأجهزة المختصة.", "طالبت")
    assert "الحزب" not in actor
    assert recipient == ["الحزب"]
    # (the subject before the verb stays its actor: أن إيران دعمت حزب نصر الله)
    text = "وتابع أن إيران دعمت “حزب نصر الله” الإرهابي بسبب الخسائر الهائلة التي مُني بها."
    assert _parties(nlp, text, "دعمت") == (["إيران"], ["حزب نصر الله"])
