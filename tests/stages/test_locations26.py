"""Where events happened (round 26): the place of a party, a topic or a destination is no location; the place after
the act in its own clause is; a direction glued to بـ, a quoted name, the target of an attack locate it."""


def _loc(nlp, text, trigger, published="2015-07-26"):
    art = nlp(text, published=published)
    ev = next(e for e in art.events if e.trigger.text == trigger)
    return ev.location


def test_a_direction_glued_to_bi_locates_the_event(nlp):
    loc = _loc(nlp, "أصيب 18 مجنداً من قوات الأمن المركزي المصري اليوم إثر انفجار عبوة ناسفة بشمال سيناء.", "أصيب")
    assert loc is not None and loc.country_code == "EG"


def test_the_seat_of_an_envoy_is_no_location(nlp):
    text = ("قررت مملكة البحرين استدعاء سفيرها في طهران للتشاور، احتجاجا على التصريحات العدائية لعدد من المسؤولين "
            "الايرانيين.")
    loc = _loc(nlp, text, "احتجاجا")
    assert loc is None or loc.name != "Tehran"
    text = "حيث استقبل الملحق الثقافي السعودي بماليزيا الدكتور زايد الحارثي وفد جامعة التكنولوجيا الماليزية."
    loc = _loc(nlp, text, "استقبل")
    assert loc is None or loc.country_code != "MY"


def test_a_government_in_a_country_is_no_location(nlp):
    loc = _loc(nlp, "ورحّب الوزراء بعودة وزراء وممثلي الحكومة الشرعية في اليمن إلى عدن.", "رحّب")
    assert loc is None or loc.country_code != "YE"


def test_a_topic_is_no_location_of_talks(nlp):
    text = "وذكرت وكالة الأنباء اليمنية أن الجانبين بحثا خلال اللقاء مستجدات الوضع في اليمن."
    loc = _loc(nlp, text, "بحثا")
    assert loc is None or loc.country_code != "YE"


def test_a_topic_still_locates_an_act(nlp):
    text = "رغم الهدنة التي فرضها التحالف العربي لدعم الشرعية في اليمن استمرت الاشتباكات."
    loc = _loc(nlp, text, "الهدنة")
    assert loc is not None and loc.country_code == "YE"


def test_a_town_fled_to_is_no_location(nlp):
    text = "وقال أحد سكان القرية الذين لجأوا إلى مدينة مايدوغوري إن الإرهابيين هاجموا القرية وأطلقوا النار على السكان."
    loc = _loc(nlp, text, "هاجموا")
    assert loc is None or loc.name != "Maiduguri"


def test_near_a_town_is_still_there(nlp):
    loc = _loc(nlp, "قصفت طائرات النظام أحياء بالقرب من مدينة حلب أمس.", "قصفت")
    assert loc is not None and loc.country_code == "SY"


def test_the_place_after_the_act_in_its_clause(nlp):
    text = ("وشنت مقاتلات تركية صباح السبت غارات جوية على مواقع لتنظيم داعش في سوريا وبدأت حملة قصف لمواقع ناشطي حزب "
            "العمال الكردستاني في شمال العراق.")
    assert _loc(nlp, text, "قصف").country_code == "IQ"
    assert _loc(nlp, text, "غارات").country_code == "SY"


def test_a_quoted_name_after_fi_and_a_noun(nlp):
    text = ("قتل جنديين تركيين وجرح أربعة آخرين مساء السبت إثر تفجير سيارة ملغومة لدى مرور قافلة عسكرية في محافطة "
            "“ديار بكر” ذات الغالبية الكردية، ويأتي الهجوم غداة شنها الطيران الحربي التركي ضد مواقع تابعة لحزب العمال "
            "الكردستاني شمالي العراق.")
    loc = _loc(nlp, text, "قتل")
    assert loc is not None and loc.country_code == "TR"


def test_a_state_named_as_a_country_is_no_country(nlp):
    text = ('فوجئ عناصر الشرطة بمدينة "كليفلاند" بولاية "جورجيا" الأميركية خلال اعتقالهم للمطلوبة "ليندا بلانك" بعد '
            "ملاحقتها في قضية سرقة.")
    art = nlp(text, published="2015-08-04")
    assert all(p.country_code != "GE" for p in art.places)
    ev = next(e for e in art.events if e.trigger.text == "اعتقالهم")
    assert ev.location is not None and ev.location.country_code == "US"


def test_the_town_attacked_is_where(nlp):
    text = "واصل المتمردون الحوثيون إرسال قذائفهم العشوائية على مدينة نجران حيث سقطت إحداها على منزل أحد المواطنين."
    loc = _loc(nlp, text, "قذائفهم")
    assert loc is not None and loc.name == "Najrān"


def test_a_namesake_read_in_the_country_its_sentence_names(nlp):
    text = ("سقطت طائرة حربية تابعة للنظام السوري أمس الاثنين نتيجة خلل تقني أثناء قصفها حياً في مدينة أريحا الخاضعة "
            "لسيطرة فصائل المعارضة في شمال غرب سوريا ما تسبب بمقتل 27 شخصاً.")
    loc = _loc(nlp, text, "قصفها", published="2015-08-04")
    assert loc is not None and loc.country_code == "SY"


def test_the_capital_after_al_asima(nlp):
    text = "ووقع هجوم مماثل قبل حوالي ثلاثة أشهر في متحف باردو بالعاصمة تونس على يد مسلحين متطرفين."
    loc = _loc(nlp, text, "هجوم")
    assert loc is not None and loc.feature == "PPLC" and loc.country_code == "TN"
