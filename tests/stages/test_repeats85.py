"""Round 85 repeats: two distinct named parties of one code and sector (the Houthis and the Popular Resistance, both
YEM/REB; two Iraqi leaders) are not one party, so their acts do not fold; a visit told again by its visitor's title
alone folds into the named visitor's; a toll and the attack noun told after «جراء» are one act; an assault noun
without a doer told after «حيث» tells the attack told before it again.

Each test holds real sentences of the dev days 2015-07-23, 2015-07-25 and 2015-07-26, the act told again absent and
the acts of their own kept.
"""


def _events(nlp, text, kind, published="2015-07-26"):
    """(trigger, actor texts, recipient texts) of the events of `kind` the whole pipeline keeps for `text`."""
    return [(e.trigger.text, [m.text for m in e.actor], [m.text for m in e.recipient])
            for e in nlp(text, published=published).events if e.event == kind]


def test_the_dead_of_two_named_sides_are_two_tolls(nlp):
    """«13 عنصراً من الحوثيين وقوات صالح قتلوا» and «سقوط 4 قتلى من أفراد المقاومة الشعبية»: the Houthis and the
    Popular Resistance share the code YEM/REB but are two parties, so the Resistance's dead stay a toll of their own."""
    text = ("لقي 13 عنصراً من المتمردين الحوثيين وقوات الرئيس السابق علي عبد الله صالح مصرعهم في اشتباكات بمدينة تعز، "
            "فيما شن طيران التحالف العربي قصفاً على تجمعات الحوثيين في محافظة حجة الحدودية مع السعودية. وأفادت مصادر "
            "في اليمن أن 13 عنصراً من الحوثيين وقوات صالح قتلوا في اشتباكات متفرقة في مدينة تعز، مشيرة كذلك إلى سقوط 4 "
            "قتلى من أفراد المقاومة الشعبية.")
    assaults = _events(nlp, text, "ASSAULT", "2015-07-23")
    assert any(a[0] == "قتلى" and a[2] == ["المقاومة الشعبية"] for a in assaults)
    assert not any("المقاومة الشعبية" in a[2] and "الحوثيين" in a[2] for a in assaults)


def test_a_meeting_with_another_named_leader_stays(nlp):
    """«لقاءات مع رئيس الوزراء حيدر العبادي … وعقد اجتماعا مع رئيس مجلس النواب سليم الجبوري»: two Iraqi leaders of
    one code and sector are two persons, so the meeting with al-Jubouri is not the meeting with al-Abadi told again."""
    text = ("ووصل كارتر صباح الخميس في زيارة غير معلنة الى العراق، هي الاولى منذ توليه منصبه في فبراير الماضي.\n"
            "وأجرى الوزير الامريكي بعد وصوله الى بغداد لقاءات مع رئيس الوزراء حيدر العبادي ونظيره العراقي خالد العبيدي، "
            "وعقد اجتماعا مع رئيس مجلس النواب سليم الجبوري شارك فيه سياسيون سنة ومسؤولون من محافظات ذات غالبية سنية.")
    meetings = _events(nlp, text, "CONSULT", "2015-07-25")
    assert any(m[0] == "اجتماعا" and m[2] == ["رئيس مجلس النواب سليم الجبوري"] for m in meetings)
    assert not any("رئيس مجلس النواب سليم الجبوري" in m[2] and m[0] != "اجتماعا" for m in meetings)


def test_a_visit_told_again_by_its_visitors_title_folds(nlp):
    """«وتثير زيارة الرئيس الأميركي حماسا» after «أكد الرئيس الأميركي باراك أوباما في اليوم الأول من زيارة … إلى كينيا»:
    the title alone of the named visitor's code and sector tells his visit again, one visit."""
    text = ("أكد الرئيس الأميركي باراك أوباما في اليوم الأول من زيارة غير مسبوقة إلى كينيا اليوم (السبت) أن «أفريقيا تسير "
            "قدما».\n"
            "وكان أوباما وصل مساء أمس إلى نيروبي حيث كان في استقباله نظيره الكيني أوهورو كيناتا.\n"
            "وتثير زيارة الرئيس الأميركي حماسا كبيرًا في كينيا حيث ينظر إليها على أنها دعم كبير لهذه الدولة.")
    visits = [v for v in nlp(text, published="2015-07-25").events if v.event == "CONSULT" and v.cameo == "042"]
    assert len(visits) == 1 and visits[0].actor[0].text == "الرئيس الأميركي باراك أوباما"


def test_a_toll_and_the_raids_it_fell_by_are_one_act(nlp):
    """«بسقوط قتلى وجرحى من قوات جماعة أنصار الله الحوثية … جراء ثلاث غارات لطيران التحالف العربي»: the raids did the
    killing, one act with the raids' doer and the toll's victims."""
    text = ("ومن ناحية أخرى أفادت مصادر محلية يمنية امس السبت بسقوط قتلى وجرحى من قوات جماعة أنصار الله الحوثية والرئيس "
            "اليمني السابق علي عبد الله صالح جراء ثلاث غارات لطيران التحالف العربي بقيادة السعودية على وادي دوفس في "
            "محافظة أبين جنوبي البلاد.")
    assaults = _events(nlp, text, "ASSAULT")
    assert len(assaults) == 1
    assert assaults[0][1] == ["طيران التحالف"] and "قوات جماعة أنصار الله الحوثية" in assaults[0][2]


def test_strikes_told_after_haythu_are_the_raids_told_again(nlp):
    """«كثف التحالف العربي، الجمعة، غاراته على مواقع ميليشيات الحوثي وصالح، حيث أفيد عن تعرض المتمردين … لضربات
    جوية»: the strikes are the coalition's raids told again, no second assault without a doer."""
    text = ("كما كثف التحالف العربي، الجمعة، غاراته على مواقع ميليشيات الحوثي وصالح، حيث أفيد عن تعرض المتمردين في عدة "
            "محافظات لضربات جوية أوقعت عشرات القتلى والجرحى في صفوفهم.")
    assaults = _events(nlp, text, "ASSAULT")
    assert not any(a[0] == "ضربات جوية" for a in assaults)
    assert any(a[0] == "غاراته" and a[1] == ["التحالف العربي"] for a in assaults)


def test_names_of_one_side_are_no_two_parties():
    """Review of round 85: «الحوثيين» (Houthis) and «الانقلابيين» (Houthi-Saleh putschists) name one side, so their
    acts may fold; the Houthis and the Popular Resistance stay two parties (the English names' words are compared with
    hyphens split and a plural s taken off)."""
    from types import SimpleNamespace

    from hadath.stages.repeats import _distinct

    def party(text, name):
        return SimpleNamespace(text=text, name=name, code="YEM", sector="REB", start=0, end=len(text))

    houthis = party("الحوثيين", "Houthis")
    assert not _distinct(houthis, party("الانقلابيين", "Houthi-Saleh putschists"))
    assert _distinct(houthis, party("المقاومة الشعبية", "Yemeni Popular Resistance"))
