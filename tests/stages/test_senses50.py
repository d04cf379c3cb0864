"""Round 50 (senses50): a conviction or a court's sentence is SANCTION convict, not a condemnation (ACCUSE), while a
charge stays ACCUSE; and the dead or wounded of an attack told again in its clause or the next sentence are not coded
as an assault of their own. Sentences from the dev days 2015-07-23 (400–849), 2015-07-24 (1000–1449) and 2015-07-25."""


def _events(nlp, text, event, published="2015-07-25"):
    """(trigger, actor texts, recipient texts) of the events of type `event` in `text`."""
    return [(e.trigger.text, [m.text for m in e.actor], [m.text for m in e.recipient])
            for e in nlp(text, published=published).events if e.event == event]


def test_a_conviction_for_a_deed_does_not_condemn(nlp):
    """«كما أدين بتدربه على فك وتركيب سلاح رشاش»: the passive أُدين with the deed after ب is a conviction (SANCTION);
    a state that condemns an attack still condemns (ACCUSE)."""
    text = ("كما أدين بتدربه على فك وتركيب سلاح رشاش من نوع (كلاشنكوف) في المعسكرات التابعة للتنظيمات المقاتلة هناك.\n"
            "وأدانت المملكة العربية السعودية الهجوم الإرهابي الذي استهدف المسجد.")
    assert any(t == "أدين" for t, _, _ in _events(nlp, text, "SANCTION", "2015-08-03"))
    accuse = _events(nlp, text, "ACCUSE", "2015-08-03")
    assert [t for t, _, _ in accuse] == ["وأدانت"] or [t for t, _, _ in accuse] == ["أدانت"]


def test_the_passive_convicted_is_a_conviction(nlp):
    """«وأدين ثلاثة مسؤولين تنفيذيين … بغسل الأموال»: the passive أُدين tells a conviction, not a condemnation."""
    text = ("وأدين ثلاثة مسؤولين تنفيذيين من مجموعة كامارجو كوريا البرازيلية بغسل الأموال والفساد وتهم أخرى أمس "
            "الأول في أول حكم على مسؤولين تنفيذيين بقطاع الإنشاءات.")
    assert any(t == "أدين" for t, _, _ in _events(nlp, text, "SANCTION"))
    assert not any(t == "أدين" for t, _, _ in _events(nlp, text, "ACCUSE"))


def test_a_court_rules_a_prison_term(nlp):
    """«محكمة في ميانمار قضت بسجن 153 من الرعايا الصينيين … بعد إدانتهم بتهمة»: the court's sentence (SANCTION, the
    court its doer); neither the conviction nor the charge it was on is an accusation."""
    text = ("أعلن مسؤول امس الأربعاء أن محكمة في ميانمار قضت بسجن 153 من الرعايا الصينيين مدى الحياة بعد إدانتهم "
            "بتهمة قطع الأشجار بصورة غير قانونية في ولاية كاشين بشمال البلاد.")
    assert any(t.startswith("قضت") and "محكمة" in a for t, a, _ in _events(nlp, text, "SANCTION", "2015-07-23"))
    assert _events(nlp, text, "ACCUSE", "2015-07-23") == []


def test_a_charge_stays_an_accusation_and_a_conviction_on_a_charge_is_none(nlp):
    """«وجه القضاء الكوري الجنوبي تهمة إضافية»: a charge is ACCUSE; «لإدانته بتهمة السرقة بالإكراه» is the conviction
    (SANCTION), no condemnation."""
    text = ("وجه القضاء الكوري الجنوبي تهمة إضافية هي الترويج لبيونغ يانغ إلى رجل هاجم السفير الأمريكي في سيول بسكين.\n"
            "ويقضي بايرن عقوبة السجن لـ9 أعوام، لإدانته بتهمة السرقة بالإكراه.")
    assert any(t == "تهمة" for t, _, _ in _events(nlp, text, "ACCUSE", "2015-07-23"))
    assert not any(t.startswith("إدانته") for t, _, _ in _events(nlp, text, "ACCUSE", "2015-07-23"))
    assert any(t.startswith("إدانته") for t, _, _ in _events(nlp, text, "SANCTION", "2015-07-23"))


def test_the_dead_told_before_when_the_bombers_struck_are_one_act(nlp):
    """«إن 12 شخصًا على الأقل قتلوا اليوم (السبت)، عندما هاجم انتحاريان حمام سباحة»: one assault, the bombers its
    doers and the dead its recipients; no toll of its own."""
    text = ("قال مسؤول محلي ومصادر بالشرطة إن 12 شخصًا على الأقل قتلوا اليوم (السبت)، عندما هاجم انتحاريان حمام "
            "سباحة مزدحمًا في شمال العراق.")
    assaults = _events(nlp, text, "ASSAULT")
    assert [t for t, _, _ in assaults] == ["هاجم"]
    assert "انتحاريان" in assaults[0][1] and "شخصًا" in assaults[0][2]


def test_a_toll_told_by_that_led_to_is_the_act_before(nlp):
    """«عندما فتح خمسة عناصر من المتطرفين … النار على موقع متقدم للجيش التركي. وادى ذلك الى مقتل ضابط صف»: the
    death is the shooting's outcome, not a second assault."""
    text = ("واوضح الجيش في بيان ان العنف اندلع في الساعة 13,30 عندما فتح خمسة عناصر من المتطرفين في سوريا النار على "
            "موقع متقدم للجيش التركي.\nوادى ذلك الى مقتل ضابط صف واصابة عسكريين اخرين اثنين.")
    assert [t for t, _, _ in _events(nlp, text, "ASSAULT", "2015-07-24")] == ["فتح"]


def test_the_attack_told_again_with_its_dead_gives_them(nlp):
    """«شن مسلحون هجوما على قرية … وأسفر الهجوم عن مقتل 20 شخصا»: the attack told again, its dead (told after the
    toll word, not its target) the first telling's recipients; two tolls with victims of their own stay two."""
    text = "شن مسلحون هجوما على قرية في ولاية بورنو أمس.\nوأسفر الهجوم عن مقتل 20 شخصا."
    assaults = _events(nlp, text, "ASSAULT")
    assert len(assaults) == 1 and "مسلحون" in assaults[0][1] and "شخصا" in assaults[0][2]
    two = "قتل ثلاثة جنود في حلب، وأصيب خمسة مدنيين في حمص."
    assert len(_events(nlp, two, "ASSAULT")) == 2


def test_what_the_rockets_hit_is_the_shelling_told(nlp):
    """«إن المقاومة قصفت مثلث العند بصواريخ كاتيوشا استهدفت تجمعا لميليشيات الحوثي»: the verb without a doer tells
    what the shelling hit, one assault with the resistance its doer and the Houthi militias its recipient."""
    text = ("أكدت مصادر عسكرية يمنية أن قوات الجيش والمقاومة الشعبية تخوض حاليا معارك عنيفة مع ميليشيات الحوثيين وقوات "
            "الرئيس المخلوع علي عبد الله صلاح داخل قاعدة العند الاستراتيجية الواقعة شمال محافظة لحج، وذلك بعد أن سيطرت "
            "على غالبية المناطق المحيطة بالقاعدة الجوية. وأوضح العمودي أن قوات أخرى تعمل على تمشيط الجيوب في المدينة "
            "الخضراء ومدينة الفيصل شمال مدينة دار سعد التابعة لعدن، وهي المناطق التي قصفت منها ميليشيات الحوثي وصالح "
            "الأحياء السكنية يوم الأحد الماضي، وأدى القصف إلى مقتل أكثر من مائة شخص مدني معظمهم أطفال ونساء وشيوخ.\n"
            "ولفتت مصادر محلية إلى أن المقاومة صدت محاولة التفاف نفذتها ميليشيات الحوثي وصالح في جبهة العند بلة من ناحية "
            "جبل الداحم والمرباح من اتجاه حبيل نخيلة.\n"
            "وأشارت المصادر إلى أن المقاومة قصفت مثلث العند بصواريخ كاتيوشا استهدفت تجمعا لميليشيات الحوثي وصالح "
            "أسفرت عن مقتل 12 منهم على الأقل.")
    told = [e for e in nlp(text, published="2015-07-25").events if e.event == "ASSAULT"]
    last = max(e.sentence for e in told)
    assaults = [e for e in told if e.sentence == last]
    assert [e.trigger.text for e in assaults] == ["قصفت"]
    assert "المقاومة" in [m.text for m in assaults[0].actor]
    assert "ميليشيات الحوثي" in [m.text for m in assaults[0].recipient]
