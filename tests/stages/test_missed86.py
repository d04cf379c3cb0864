"""Round 86, missed events: trigger rows for acts the judges found missed on older judged slices (2015-07-23..26).
Territory taken back (استعادت القوات … قرية، استرجع تنظيم داعش عددا من المناطق), the arrested referred to the
prosecution (تمت إحالة المقبوض عليهم للنيابة العامة) and a condemnation told with the bare perfect دان (دان رئيس
البرلمان العربي … بشدة التدخل الإيراني); and the wrong readings each row leaves out."""


def kinds(nlp, text, published="2015-07-26"):
    """(type, CAMEO code, first trigger word) of the events the pipeline keeps."""
    return [(e.event, e.cameo, e.trigger.text.split()[0]) for e in nlp(text, published=published).events]


def test_territory_taken_back(nlp):
    """«واسترجع تنظيم داعش عددا من المناطق» (2015-07-26 #118) and «استعادت … قرية» (2015-07-23): COERCE 192 by
    the taker; a club or a market regaining its form is none."""
    text = "واسترجع تنظيم داعش عددا من المناطق التي سيطر عليها الجيش العراقي خلال الأيام الماضية."
    events = nlp(text, published="2015-07-26").events
    assert any(e.event == "COERCE" and e.cameo == "192" and e.trigger.text.startswith("استرجع")
               and any("داعش" in p.text for p in e.actor) for e in events)
    text = "واستعادت قوات المقاومة الشعبية يوم الثلاثاء قرية المسلامية بعد معارك عنيفة مع الحوثيين."
    assert ("COERCE", "192", "استعادت") in kinds(nlp, text)
    assert not [k for k in kinds(nlp, "واستعاد فريق النصر لكرة القدم صدارة الدوري بعد فوزه.") if k[1] == "192"]
    assert not [k for k in kinds(nlp, "واستعادت السوق عافيتها بعد هبوط الأسعار.") if k[1] == "192"]


def test_arrested_referred_to_prosecution(nlp):
    """«وقد تمت إحالة المقبوض عليهم للنيابة العامة» (2015-07-25, 2015-07-26 #706): a formal charge, ACCUSE 112;
    papers of a death referred for inquiry are none."""
    text = ("وأعلنت وزارة الداخلية البحرينية إحباط محاولة تهريب أسلحة، وقد تمت إحالة المقبوض عليهم للنيابة العامة "
            "وتسجيل أقوالهم.")
    assert ("ACCUSE", "112", "إحالة") in kinds(nlp, text)
    text = "وأشار إلى إحالة أوراق الحادثة إلى هيئة التحقيق والادعاء العام لاستكمال إجراءات التحقيق."
    assert not [k for k in kinds(nlp, text) if k[0] == "ACCUSE"]


def test_condemned_with_bare_perfect(nlp):
    """«دان رئيس البرلمان العربي أحمد الجروان بشدة التدخل الإيراني السافر» (2015-07-26 #722): ACCUSE 111; the
    first name Dan after «وقال» is none."""
    text = "دان رئيس البرلمان العربي أحمد الجروان بشدة التدخل الإيراني السافر في الشؤون الداخلية لمملكة البحرين."
    assert ("ACCUSE", "111", "دان") in kinds(nlp, text)
    assert not kinds(nlp, "وقال دان لويد المتحدث باسم الشركة إن المبيعات ارتفعت.")
