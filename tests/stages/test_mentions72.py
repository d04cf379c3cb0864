"""Round 72, mentions: an article-less office title before its holder's nationality (وزير الداخلية البحريني) is the
owner of that title told again; «المعزول» marks a former holder like «المخلوع»; Tzipi Hotovely's spelling
«حوطوفلي» is Israel's deputy foreign minister;
«مالي» after a body's noun (حكومة مالي) is Mali; «جرافات/آليات/طائرات الاحتلال» are Israel's forces; a
department before «في» and its body (دائرة العرض في هيئة التحقيق) is that body. Sentences from
the dev day 2015-07-23."""

from stage_coding import events_coded


def _codes(parties):
    """(code, sector) of each party."""
    return [(m.code, m.sector) for m in parties]


def test_construct_title_told_again(nlp):
    """«وزير الداخلية البحريني» … «وزير الداخلية» alone later: Bahrain's minister."""
    text = "اتهم وزير الداخلية البحريني إيران بالتدخل. ودان وزير الداخلية الهجوم على الشرطة."
    homes = [m.get("home") for m in nlp(text, published="2015-07-23").mentions
             if m.kind == "agent" and m.text == "وزير الداخلية"]
    assert homes == ["BHR"]


def test_ousted_president_is_former(nlp):
    """«قوات موالية للرئيس اليمني المعزول علي صالح»: no sitting Yemeni government (GOV) as the target."""
    text = ("وأحبطت المقاومة الشعبية اليمنية، امس الأربعاء، هجوماً شنه مسلحون حوثيون وقوات موالية للرئيس اليمني "
            "المعزول علي صالح بمدينة مأرب شرق البلاد.")
    events = [e for e in events_coded(nlp, text, "2015-07-23") if e.event == "ASSAULT"]
    assert events
    assert all(("YEM", "GOV") not in _codes(e.recipient) for e in events)


def test_hotovely_spelling(nlp):
    """«واجتمعت حوطوفلي امس مع سفير هولندا»: Israel's deputy foreign minister meets."""
    text = "واجتمعت حوطوفلي امس مع سفير هولندا في إسرائيل."
    events = [e for e in events_coded(nlp, text, "2015-07-23") if e.event == "CONSULT"]
    assert events and ("ISR", "GOV") in _codes(events[0].actor)


def test_government_of_mali(nlp):
    """«عقب مناشدة حكومة مالي»: Mali's government appeals; «مالي» after a body's noun is the country (not after
    «دعم»)."""
    text = "وتأتي إعادة البناء عقب مناشدة حكومة مالي من اليونسكو."
    events = [e for e in events_coded(nlp, text, "2015-07-23") if e.event == "REQUEST"]
    assert events and ("MLI", "GOV") in _codes(events[0].actor)
    # and «دعم مالي» stays financial support, no Mali
    assert not [m for m in nlp("وقدمت المملكة دعم مالي للحكومة.", published="2015-07-23").mentions if m.label == "MLI"]


def test_occupation_bulldozers(nlp):
    """«وهدمت جرافات الاحتلال منزلا»: Israel's forces demolish."""
    text = "وهدمت جرافات الاحتلال منزلا في القدس."
    events = [e for e in events_coded(nlp, text, "2015-07-23") if e.event == "ASSAULT"]
    assert events and ("ISR", "MIL") in _codes(events[0].actor)


def test_department_in_body_is_the_body(nlp):
    """«رفضت دائرة العرض في هيئة التحقيق والادعاء العام»: the prosecution's department refuses (SAU/JUD), one party;
    not «محاضر اجتماع لجنة السياسية المالية في مجلس الاحتياطي»: a meeting's minutes, the department unread."""
    text = ("رفضت دائرة العرض في هيئة التحقيق والادعاء العام، أمس، إطلاق سراح المتهمين في قضية التحرش بفتاتين في "
            "كورنيش جدة.")
    events = [e for e in events_coded(nlp, text, "2015-07-23") if e.event == "REJECT"]
    assert events and [a.text for a in events[0].actor] == ["دائرة العرض في هيئة التحقيق والادعاء العام"]
    minutes = "وسيراقب المتعاملون محاضر اجتماع لجنة السياسية المالية في مجلس الاحتياطي الاتحادي في يوليو."
    assert not [m for m in nlp(minutes, published="2015-07-24").mentions if m.text.startswith("لجنة")]
