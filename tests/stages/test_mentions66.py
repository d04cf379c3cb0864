"""Round 66 (mentions66): parties named but coded with no country or a wrong one, on sentences of the SaudiNewsNet dev
days 2015-07-23..25 — a state's force or government body takes the article's leading country when that is the only
state its sentence names (Turkey's police); an official's title standing alone takes the code of the person the
article titled so before (ولي العهد), and one set beside two codes the one named last in a sentence of its own
(وأثنى الرئيس); «لجنة الأمن والدفاع» a committee, not the police; lexicon rows for Abu Rudeineh by his kunya, the SPLA (South Sudan) and Lisa
Monaco (not Monaco)."""


def events(nlp, text, etype, date="2015-07-24"):
    """The events of type `etype` coded in `text`."""
    return [e for e in nlp(text, published=date).events if e.event == etype]


def codes(entities):
    """The (code, sector) pairs of a list of parties."""
    return [(e.code, e.sector) for e in entities]


def test_police_of_a_turkish_story_named_with_turkey_in_its_sentence(coder):
    """«وقال مكتب رئيس الوزراء التركي: إن الشرطة بدأت حملة أمنية تستهدف جماعات متشددة» of a Turkish story that names
    Syria, the US, Russia and Iran too: Turkey's police (TUR/COP), not police of no country."""
    text = ("وقصفت المقاتلات التركية مواقع لتنظيم داعش في سوريا أمس الجمعة. "
            "وأعلن رئيس الوزراء التركي أحمد داود أوغلو أن أنقرة مصممة على الدفاع عن أمنها. "
            "وكانت الولايات المتحدة وروسيا وإيران قد دعت إلى حل سياسي في سوريا. "
            "وقال مكتب رئيس الوزراء التركي: إن الشرطة بدأت حملة أمنية تستهدف جماعات متشددة في 13 إقليمًا "
            "في أنحاء البلاد أمس الجمعة.")
    evs = [e for e in events(coder, text, "ASSAULT", "2015-07-25") if e.trigger.text == "تستهدف"]
    assert evs and codes(evs[0].actor) == [("TUR", "COP")], [e.to_dict() for e in evs]


def test_crown_prince_alone_is_the_one_titled_before(coder):
    """«أن لقاءه بولي العهد» after «الأمير محمد بن نايف بن عبدالعزيز ولي العهد»: Saudi Arabia's (SAU/GOV)."""
    text = ("استقبل الأمير محمد بن نايف بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية في جدة أمس "
            "وزير الخارجية المصري سامح شكري. وأبان وزير الخارجية المصري سامح شكري من جهته أن لقاءه بولي العهد، "
            "وبولي ولي العهد أكد أهمية تدعيم العلاقات الاستراتيجية والأخوية بين البلدين.")
    evs = [e for e in events(coder, text, "CONSULT") if e.trigger.text == "لقاءه"]
    assert evs and ("SAU", "GOV") in codes(evs[0].recipient), [e.to_dict() for e in evs]
    assert (None, "GOV") not in codes(evs[0].recipient)


def test_abu_rudeineh_by_his_kunya_is_the_palestinian_spokesman(coder):
    """«ودعا أبو ردينة «إسرائيل»»: the actor is Abu Rudeineh (PSE/GOV), Israel the recipient."""
    text = ("وقال الناطق الرسمي باسم الرئاسة الفلسطينية نبيل أبو ردينة إن عمليات القتل الإسرائيلية جريمة. "
            "ودعا أبو ردينة «إسرائيل» الدولة القائمة بالاحتلال للتوقف فوراً عن خلق هذه الأجواء.")
    evs = [e for e in events(coder, text, "REQUEST") if e.trigger.text == "دعا"]
    assert evs and codes(evs[0].actor) == [("PSE", "GOV")], [e.to_dict() for e in evs]


def test_spla_is_south_sudans_army(coder):
    """«الجيش الشعبي لتحرير السودان»: South Sudan's army (SSD/MIL), not Sudan's."""
    text = "وهاجم الجيش الشعبي لتحرير السودان مواقع للمتمردين في ولاية الوحدة أمس."
    evs = events(coder, text, "ASSAULT")
    assert evs and codes(evs[0].actor) == [("SSD", "MIL")], [e.to_dict() for e in evs]
    assert "SDN" not in [c for e in evs for c, _ in codes(e.actor)]


def test_lisa_monaco_is_no_monaco(coder):
    """«ليزا موناكو»: a US official, not the country Monaco (MCO)."""
    text = "والتقت مستشارة الأمن الداخلي ليزا موناكو بالرئيس الأفغاني أمس."
    evs = events(coder, text, "CONSULT")
    assert evs and "USA" in [c for c, _ in codes(evs[0].actor)], [e.to_dict() for e in evs]
    assert "MCO" not in [c for e in evs for c, _ in codes(e.actor)]


def test_a_bare_title_after_two_presidents_named_apart_is_the_last_one(coder):
    """«وأثنى الرئيس على … روابط واشنطن بالقارة السمراء» after Kenya's and then the US president named in sentences
    of their own: the one named last (USA/GOV), not a president of no country."""
    text = ("واستقبل الرئيس الكيني أوهورو كينياتا ضيفه في نيروبي. "
            "وألقى الرئيس الأمريكي باراك أوباما كلمة أمام الحضور في العاصمة الكينية. "
            "وأثنى الرئيس على مجموعة من الإنجازات التي تحققت خلال ولايته الرئاسية.")
    evs = [e for e in events(coder, text, "SUPPORT") if e.trigger.text == "أثنى"]
    assert evs and codes(evs[0].actor) == [("USA", "GOV")], [e.to_dict() for e in evs]


def test_the_security_and_defence_committee_is_no_police(coder):
    """«طالب عضو لجنة الأمن والدفاع في البرلمان العراقي النائب حامد المطلك»: a legislator (IRQ/LEG), not «الأمن»
    read as the police (COP)."""
    text = ("ومع عودة التفجيرات في بغداد طالب عضو لجنة الأمن والدفاع في البرلمان العراقي النائب حامد المطلك القوات "
            "الأمنية بتفعيل الجهد الاستخباري.")
    evs = [e for e in events(coder, text, "REQUEST") if e.trigger.text == "طالب"]
    assert evs and ("IRQ", "LEG") in codes(evs[0].actor), [e.to_dict() for e in evs]
    assert all(s != "COP" for e in evs for _, s in codes(e.actor))
