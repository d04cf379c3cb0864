"""Round 89 repeats: talks told without parties are the visit told in the next sentence with its visitor named before
them (the talks take its visitor and the place visited); a visit verb after «أول» (the first of his kind to visit) and a
visit noun right after a word describing it («واصفا زيارته») tell a visit told before; a claimer's own count of the
attack it claims («مؤكدا أنه قتل 8 جنود») and another source's count told in the next sentence («لكن الجيش التركي أعلن
مقتل جنديين») are that attack's toll; a toll told «في المعارك» at the end of a long clause is the toll of the fighting
told before; a request told again in its very words («ووجهة الرئيس اليمني، الدعوة إلى المبعوث الأممي») is one request.

Each test holds real sentences of the dev day 2015-07-27 (positions 0–304), the act told again absent and the first
telling kept.
"""


def _events(nlp, text, kind, published="2015-07-27"):
    """(trigger, actor texts, recipient texts) of the events of `kind` the whole pipeline keeps for `text`."""
    return [(e.trigger.text, [m.text for m in e.actor], [m.text for m in e.recipient])
            for e in nlp(text, published=published).events if e.event == kind]


def test_talks_without_parties_are_the_visit_told_next(nlp):
    """«تجري فيدريكا موغيريني … اليوم الاثنين، محادثات في المملكة العربية السعودية» … «وحول زيارة موغيريني إلى
    الرياض»: one act, the talks with Mogherini as actor and Riyadh as recipient."""
    text = ("تجري فيدريكا موغيريني منسقة السياسة الخارجية في الاتحاد الأوروبي وإحدى أبرز المفاوضين في الاتفاق النووي "
            "بين إيران ومجموعة (5+1)، اليوم الاثنين، محادثات في المملكة العربية السعودية قبل أن تتوجه في اليوم التالي "
            "إلى إيران.\n\n"
            " وحول زيارة موغيريني إلى الرياض، قال مكتب مسؤولة السياسة الخارجية في بروكسل، إنها ستجري لقاءات مع عدد من "
            "المسؤولين ومن بينهم وزير الخارجية عادل الجبير.")
    meetings = _events(nlp, text, "CONSULT")
    assert ("محادثات", ["موغيريني"], ["الرياض"]) in meetings
    assert not any(t == "زيارة" for t, _, _ in meetings)


def test_the_first_president_to_visit_is_the_visit_told_before(nlp):
    """«ويشار إلى أن أوباما في زيارة لمدة أربعة أيام لكينيا وإثيوبيا» … «ويعد أوباما أول رئيس أمريكي يزور كينيا …
    وهو أول رئيس أمريكي يزور إثيوبيا»: the visit stays; who was the first to visit tells no visit of its own."""
    text = ("ويشار إلى أن أوباما في زيارة لمدة أربعة أيام لكينيا وإثيوبيا ،لمناقشة قضايا الارهاب والانتعاش الاقتصادي "
            "وحقوق الانسان . \n"
            "ويعد أوباما أول رئيس أمريكي يزور كينيا وهو ما زال في منصبه ، وهو أول رئيس أمريكي يزور إثيوبيا ويوجه كلمه "
            "للاتحاد الإفريقي . ")
    visits = _events(nlp, text, "CONSULT")
    assert any(t == "زيارة" and a == ["أوباما"] for t, a, _ in visits)
    assert not any(t == "يزور" for t, _, _ in visits)


def test_a_visit_praised_is_no_visit_of_its_praiser(nlp):
    """«وزيارة أوباما هي الأولى لرئيس أمريكي» … «وأشاد الرئيس الكيني أوهورو كينياتا بأوباما واصفا زيارته بأنها
    ناجحة»: the praise stays; «زيارته» is Obama's visit told again, not a visit by Kenyatta."""
    text = ("وزيارة أوباما هي الأولى لرئيس أمريكي في المنصب لكينيا التي تقع في شرق إفريقيا. \n"
            "وأشاد الرئيس الكيني أوهورو كينياتا بأوباما واصفا زيارته بأنها ناجحة وفقا لـ \"رويترز\". ")
    assert _events(nlp, text, "SUPPORT")
    visits = _events(nlp, text, "CONSULT")
    assert not any("كينياتا" in " ".join(a) for _, a, _ in visits)
    assert not any(t == "زيارته" for t, _, _ in visits)


def test_a_claimers_count_and_the_armys_count_are_one_attack(nlp):
    """«تبنى حزب العمال الكردستاني أمس هجوما بسيارة مفخخة أدى … إلى مقتل جنديين تركيين …، مؤكدا أنه قتل 8 جنود» …
    «لكن الجيش التركي أعلن مقتل جنديين»: the one attack, neither count an attack of its own."""
    text = ("إلى ذلك، تبنى حزب العمال الكردستاني أمس هجوما بسيارة مفخخة أدى أول من أمس إلى مقتل جنديين تركيين على "
            "الأقل في محافظة ديار بكر ذات الغالبية الكردية جنوب شرقي تركيا، مؤكدا أنه قتل 8 جنود وأصاب 11 غيرهم. لكن "
            "الجيش التركي أعلن مقتل جنديين وإصابة 4 بجروح.")
    attacks = _events(nlp, text, "ASSAULT")
    assert any(t == "هجوما" and a == ["حزب العمال الكردستاني"] for t, a, _ in attacks)
    assert not any(t in ("قتل", "مقتل") for t, _, _ in attacks)


def test_a_toll_in_the_fighting_at_a_long_clauses_end_is_the_fightings(nlp):
    """«شنت القوات الموالية للرئيس هادي … هجمات خلال الليل على جيوب للحوثيين» … «وأشارت مصادر طبية إلى سقوط سبعة
    قتلى بين صفوف القوات الموالية … وإصابة 29 بجروح في المعارك»: the toll of the fighting told before."""
    text = ("ميدانيا، شنت القوات الموالية للرئيس هادي بدعم جوي من التحالف هجمات خلال الليل على جيوب للحوثيين في دار "
            "سعد وجعولة والبساتين بشمال عدن. وأعلنت مصادر عسكرية أن القوات الموالية للحكومة استعادت السيطرة على "
            "البساتين وجعولة بعد معارك عنيفة استخدمت فيها مدرعات حصلت عليها من التحالف العربي، وأشارت إلى وقوع عشرات "
            "القتلى بين صفوف المتمردين. \n"
            "وأشارت مصادر طبية إلى سقوط سبعة قتلى بين صفوف القوات الموالية للرئيس عبد ربه منصور هادي وإصابة 29 بجروح "
            "في المعارك. ")
    attacks = _events(nlp, text, "ASSAULT")
    assert any(t == "هجمات" for t, _, _ in attacks)
    assert not any(t == "قتلى" for t, _, _ in attacks)


def test_a_request_told_again_in_its_words_is_one_request(nlp):
    """«طالب الرئيس هادي المبعوث الأممي لليمن … إلى زيارة عدن بعد تحريرها والوقوف على حجم الدمار» … «ووجهة الرئيس
    اليمني، الدعوة إلى المبعوث الأممي لليمن، زيارة محافظة عدن بعد تحريرها والوقوف على حجم الدمار»: one request."""
    text = ("ويأتي ذلك فيما طالب الرئيس هادي المبعوث الأممي لليمن إسماعيل ولد الشيخ أحمد إلى زيارة عدن بعد تحريرها "
            "والوقوف على حجم الدمار الذي لحق بها جراء الأعمال التخريبية للمتمردين.\n"
            "ووجهة الرئيس اليمني، الدعوة إلى المبعوث الأممي لليمن، زيارة محافظة عدن بعد تحريرها والوقوف على حجم الدمار "
            "الذي لحق بها جراء الحرب من قبل تلك الميليشيات المتمردين على الشرعية.")
    requests = _events(nlp, text, "REQUEST")
    assert any(t == "طالب" for t, _, _ in requests)
    assert not any(t == "الدعوة" for t, _, _ in requests)


def test_the_talks_named_again_with_both_sides_give_the_first_its_host(nlp):
    """«دعا وزير الخارجية الإيراني محمد جواد ظريف …» … «وأجرى وزير الخارجية الإيراني أمس الأحد في الكويت، مباحثات مع كل من أمير البلاد …» … «إن جلسة المباحثات بين
    وزير الخارجية الكويتي وظريف تناولت …»: one meeting; the first telling takes the Kuwaiti minister as its side."""
    text = ("دعا وزير الخارجية الإيراني محمد جواد ظريف دول الخليج إلى التعاون مع طهران في التصدي للتطرف والتشدد في "
            "الشرق الأوسط.\n"
            "وأجرى وزير الخارجية الإيراني أمس الأحد في الكويت، مباحثات مع كل من أمير البلاد الشيخ صباح الأحمد الجابر "
            "الصباح ووزير الخارجية صباح خالد الحمد الصباح.\n"
            "ومن جانبها، قالت وكالة الأنباء الكويتية إن جلسة المباحثات بين وزير الخارجية الكويتي وظريف تناولت بحث "
            "واستعراض كافة القضايا محل الاهتمام المشترك والتطورات على الساحتين الإقليمية والدولية.")
    meetings = _events(nlp, text, "CONSULT")
    assert not any(t == "المباحثات" for t, _, _ in meetings)
    assert any(t == "مباحثات" and a == ["وزير الخارجية الإيراني"] and r for t, a, r in meetings)


def test_the_speakers_appeal_told_on_without_parties_is_his_request(nlp):
    """«وكان الامين العام للامم المتحدة بان كي مون رحب بوقف اطلاق النار، وحث جميع الاطراف على وقف العمليات
    العسكرية» … «وقال كي مون في بيان …، انه يناشد "كل الاطراف التحلي بأقصى درجات ضبط النفس"»: one appeal."""
    text = ("وكان الامين العام للامم المتحدة بان كي مون رحب بوقف اطلاق النار، وحث جميع الاطراف على وقف العمليات "
            "العسكرية خلال هذه الفترة والامتناع عن استغلالها لتحريك أسلحة أو السيطرة على أراض.\n"
            "وقال كي مون في بيان أصدره في ساعة متأخرة من ليلة أمس، انه يناشد \"كل الاطراف التحلي بأقصى درجات ضبط النفس "
            "اذا حدثت حالات انتهاك منفردة وتجنب التصعيد\".")
    requests = _events(nlp, text, "REQUEST")
    assert any(t == "حث" for t, _, _ in requests)
    assert not any(t == "يناشد" for t, _, _ in requests)


def test_a_storming_told_again_is_the_first_storming(nlp):
    """«… حاولوا صد مئات المستوطنين اليهود، الذين اقتحموا الساحة» … «وقد اقتحموا المكان تحت حماية مشددة» … «فإن عدد
    المستوطنين الذين اقتحموا الأقصى، أمس، زاد على 850 مستوطنا»: one storming, its doers the settlers."""
    text = ("حولت شرطة الاحتلال الإسرائيلي باحات الأقصى، أمس، إلى ساحة حرب، عندما أعادت احتلالها من جديد، واعتدت على "
            "المصلين والمصليات الذين حاولوا صد مئات المستوطنين اليهود، الذين اقتحموا الساحة، يتقدمهم وزير الزراعة "
            "الإسرائيلي، أوري أرئيل.\n"
            "وقد اقتحموا المكان تحت حماية مشددة من قوات الشرطة التي كانت قد انتشرت منذ أيام وبأعداد كبيرة، في أزقة "
            "القدس القديمة وعلى أسطح المباني فيها.\n"
            "وحسب رصد دائرة الأوقاف في الأقصى، فإن عدد المستوطنين الذين اقتحموا الأقصى، أمس، زاد على 850 مستوطنا، "
            "تحرسهم قوات إسرائيلية تزيد على ألفين.")
    storms = [e for e in _events(nlp, text, "COERCE") if e[0] == "اقتحموا"]
    assert len(storms) == 1
