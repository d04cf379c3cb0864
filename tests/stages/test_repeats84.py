"""Round 84 repeats: acts told again by a demonstrative's noun whatever the flags of their first telling, by a landmark
of time after «بعد … على», by «ووقع الهجوم» after the attack's verb, by its doer's possessive noun of the same day; and a request verb without parties kept beside
the noun of another's request it asks about.

Each test holds real sentences of the dev days 2015-07-26 and 2015-07-23, the act told again absent and the acts of
their own kept.
"""


def _events(nlp, text, kind, published="2015-07-26"):
    """(trigger, actor texts, recipient texts, date) of the events of `kind` the whole pipeline keeps for `text`."""
    return [(e.trigger.text, [m.text for m in e.actor], [m.text for m in e.recipient], e.date)
            for e in nlp(text, published=published).events if e.event == kind]


def test_a_demonstrative_visit_is_the_planned_visit_told_again(nlp):
    """«هذه الزيارة من شأنها» points at «الزيارة التي من المزمع أن تقوم بها … موغيريني», a future visit: one visit,
    not a second one (with the opposition's «للشعب الإيراني» as its visitor)."""
    text = ("انتقدت المعارضة الإيرانية في المنفى اليوم الزيارة التي من المزمع أن تقوم بها الممثلة العليا للسياسة "
            "الخارجية الأوروبية فدريكا موغيريني إلى طهران .\n"
            "وقالت لجنة الشؤون الخارجية في المجلس الوطني للمقاومة الإيرانية في بيان اليوم ان هذه الزيارة من شأنها أن "
            "تشجع النظام الإيراني على مواصلة عمليات التعذيب وأعمال القتل.")
    visits = _events(nlp, text, "CONSULT")
    assert len(visits) == 1 and visits[0][0] == "الزيارة"
    assert not any("للشعب الإيراني" in v[1] for v in visits)


def test_an_attack_named_as_a_landmark_of_time_is_not_told_again(nlp):
    """«بعد اربعة ايام على تفجير سوروتش» names the Suruc bombing the story told («استهدف ناشطين … التفجير الذي اوقع
    32 قتيلاً») to date the strikes: no bare attack of its own; the bombing's first telling stays."""
    text = ("وذلك رداً على هجوم انتحاري دموي وقع الاثنين في مدينة سوروتش التركية، واستهدف ناشطين يساريين مؤيدين "
            "للقضية الكردية.\n"
            "واتهم المسؤولون الاتراك تنظيم داعش، بالوقوف خلف التفجير الذي اوقع 32 قتيلاً.\n"
            "وشنت مقاتلات اف-16 تركية صباح الجمعة للمرة الاولى سلسلة غارات على مواقع للتنظيم المتطرف في سورية وذلك "
            "بعد اربعة ايام على تفجير سوروتش.")
    assaults = _events(nlp, text, "ASSAULT")
    assert not any(a[0] == "تفجير" for a in assaults)
    assert any(a[0] == "استهدف" for a in assaults)
    # a shooting of years before named as a landmark is another act: it stays
    text = ("وقال جيم كرافت قائد شرطة لافاييت خلال مؤتمر صحفي صباح اليوم الجمعة إن إطلاق النار بدأ في السابعة مساء "
            "بالتوقيت المحلي اثناء عرض فيلم (ترين ريك). وقتل شخصان قبل ان ينتحر المشتبه به (59 عاما) ويدعى جون هاوسر "
            "بمسدس من عيار 40 ملليمتر فيما هرع ضباط الشرطة إلى موقع الحادث.\n"
            " وقع الحادث بعد ثلاث سنوات تقريبا على إطلاق النار الذي شهدته دار للسينما في أورورا بولاية كولورادو وقتل "
            "فيه 12 شخصا.")
    assert any(a[0] == "إطلاق النار" and a[3] != "2015-07-24" for a in _events(nlp, text, "ASSAULT", "2015-07-25"))


def test_the_attack_that_took_place_is_the_attack_told_by_its_verb(nlp):
    """«ووقع الهجوم في منطقة واردوج أمس الاول الخميس» in the sentence after «هاجموا العديد من المواقع الامنية» is
    that attack told with its day, not another attack; the Taliban's attack stays."""
    text = ("ذكر مسؤول حكومي أمس السبت أن نحو مئة مقاتل من حركة طالبان هاجموا العديد من المواقع الامنية في شمال شرق "
            "أفغانستان خلال اليومين الماضيين.\n"
            "ووقع الهجوم في منطقة واردوج أمس الاول الخميس وقتل عضوان من قوات الامن طبقا لما ذكره جول محمد بيدار نائب "
            "حاكم إقليم باداخشان شمال شرق البلاد.")
    assaults = _events(nlp, text, "ASSAULT")
    assert not any(a[0] == "الهجوم" for a in assaults)
    assert any(a[0] == "هاجموا" and a[1] for a in assaults)


def test_the_doers_possessive_strikes_told_again_are_one_act(nlp):
    """«وكثف طيران التحالف الجمعة غاراته» told again after «كما كثف التحالف العربي، الجمعة، غاراته على مواقع ميليشيات
    الحوثي وصالح»: the coalition's Friday strikes, one act."""
    text = ("كما كثف التحالف العربي، الجمعة، غاراته على مواقع ميليشيات الحوثي وصالح، حيث أفيد عن تعرض المتمردين في "
            "عدة محافظات لضربات جوية أوقعت عشرات القتلى والجرحى في صفوفهم.\n"
            "وكثف طيران التحالف الجمعة غاراته على مواقع الحوثين وقوات صالح في مواقع ميليشيات الحوثي وصالح أوقعت "
            "عشرات القتلى والجرحى في صفوفهم.")
    strikes = [a for a in _events(nlp, text, "ASSAULT") if a[0] == "غاراته"]
    assert len(strikes) == 1 and strikes[0][1] == ["التحالف العربي"]


def test_a_request_verb_stays_beside_the_calls_it_asks_about(nlp):
    """«كما طالبهم بـ"عدم الالتفات إلى الدعوات التي تتبناها ميليشيات الحوثي"»: the source's request is its own act,
    not a repeat of the Houthis' calls it names."""
    text = ("ﻭﺃﺷﺎﺭ ﺍﻟﻤﺼﺪﺭ ﺇﻟﻰ ﺃﻧﻪ ﺳﻴﺘﻢ ﺇﺻﻼﺡ ﺃﻭﺿﺎﻉ ﺍﻟﺠﻨﻮﺩ ﻭﺍﻟﻀﺒﺎﻁ ﻓﻲ ﺇﻃﺎﺭ ﺍﻟﻤﻨﻄﻘﺔ ﺍﻟﻌﺴﻜﺮﻳﺔ ﻭﺃﻧﻪ ﺳﺘﻜﻮﻥ ﻟﻬﻢ "
            "ﺭﻭﺍﺗﺐ ﻣﺠﺰﻳﺔ، كما طالبهم بـ‏«ﻋﺪﻡ ﺍﻻﻟﺘﻔﺎﺕ إلى ﺍﻟﺪﻋﻮﺍﺕ ﺍﻟﺘﻲ ﺗﺘﺒﻨﺎﻫﺎ ﻣﻴﻠﻴﺸﻴﺎﺕ ﺍﻟﺤﻮﺛﻲ ﺍﻟﺘﻲ ﺗﺪﻋﻮ ﻹﻳﻘﺎﻑ "
            "ﺭﻭﺍﺗﺒﻬﻢ ﻣﺎ ﻟﻢ ﻳﻘﺎﺗﻠﻮﺍ ﻓﻲ ﺻﻔﻮﻑ ﻣﻴﻠﻴﺸﻴﺎﺗﻬﺎ‏».")
    requests = _events(nlp, text, "REQUEST", published="2015-07-23")
    assert any(r[0] == "طالبهم" for r in requests)
