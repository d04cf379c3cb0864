"""Round 31 (recipients31): the recipient left empty though the sentence names it (counted victims past a quantity
word, a visit's host)."""


def _of(art, kind):
    """The events of one type in an annotated article."""
    return [e for e in art.events if e.event == kind]


def _rec(art, kind):
    """The recipients' words of each event of one type."""
    return [[r.text for r in e.recipient] for e in _of(art, kind)]


def test_dozens_of_a_group_killed_are_the_group(nlp):
    art = nlp("من ناحيته، أعلن قائد الشرطة الاتحادية مقتل العشرات من عناصر تنظيم داعش في محافظة الأنبار.")
    assert ["تنظيم داعش"] in _rec(art, "ASSAULT")


def test_a_count_of_individuals_killed_are_their_group(nlp):
    art = nlp("إن قوات الأمن العراقية قتلت 23 عنصرا من تنظيم داعش في اشتباكات شرقي الرمادي.")
    assert ["تنظيم داعش"] in _rec(art, "ASSAULT")


def test_a_quoted_group_past_a_count_is_the_victim(nlp):
    art = nlp("مقتل 4 من “القاعدة” في ضربة جوية أمريكية")
    assert ["القاعدة"] in _rec(art, "ASSAULT")


def test_a_quoted_name_right_after_a_noun_is_not_taken_over(nlp):
    art = nlp("وقالت المحكمة إن التحقيقات ستكشف أدوار كل المتورطين في مساعدة «داعش» في تنفيذ عمليات التفجيرات.")
    assert not any(a.text == "داعش" for e in _of(art, "AID") for a in e.actor)


def test_a_visit_goes_to_the_place_past_its_visitor_long_titles(nlp):
    art = nlp("أكد محللون مصريون أهمية الزيارة التي قام بها ولي ولي العهد، النائب الثاني لرئيس مجلس الوزراء "
              "وزير الدفاع السعودي الأمير محمد بن سلمان بن عبدالعزيز، لمصر أمس، والتقى خلالها الرئيس المصري عبدالفتاح السيسي.")
    visits = [e for e in _of(art, "CONSULT") if e.trigger.text == "الزيارة"]
    assert visits and [r.code for r in visits[0].recipient] == ["EGY"]
    assert [a.code for a in visits[0].actor] == ["SAU"]


def test_a_nationality_after_a_noun_in_the_verb_preposition_is_no_subject(nlp):
    art = nlp("حكم على أم أسترالية، بالسجن 6 أعوام لأنها أنجبت طفلة.")
    sanctions = _of(art, "SANCTION")
    assert sanctions and not sanctions[0].actor and [r.code for r in sanctions[0].recipient] == ["AUS"]
    art = nlp("قال ضابط تايلاندي اليوم الخميس إن الشرطة ألقت القبض على مدرسين تايلانديين اثنين لبيعهما المخدرات.")
    arrests = _of(art, "COERCE")
    assert arrests and [a.code for a in arrests[0].actor] != ["THA"]
    assert [r.code for r in arrests[0].recipient] == ["THA"]


def test_the_doer_of_a_praised_deed_past_a_long_subject(nlp):
    art = nlp("نوه رئيس هيئة الأركان العامة في اليمن اللواء محمد المقدشي بالدور المحوري الذي أسهمت به دول التحالف "
              "العربي بقيادة المملكة، في إعادة الأمل للشعب اليمني.")
    assert ["التحالف العربي"] in _rec(art, "SUPPORT")


def test_the_agent_of_a_praised_deed_done_in_the_passive(nlp):
    art = nlp("ونوه سمو رئيس الهيئة الملكية للجبيل وينبع بالجهود التي بذلت من قبل وزارة البترول والثروة المعدنية.")
    assert ["وزارة البترول"] in _rec(art, "SUPPORT")
