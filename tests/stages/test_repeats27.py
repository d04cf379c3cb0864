"""Repeats, round 27: a later assault close to the act that names its parties again (the same count of victims, a
definite party told before, «الهجوم» with the doer the first telling lacks) is that act told again: it is dropped, the
first telling taking the parties it lacks; the victims' side answering, or an indefinite noun with its doer, stays."""


PUBLISHED = "2015-08-07"


def test_the_toll_told_again_with_its_count_gives_the_doer(kept_assaults):
    text = ("وأفاد مصدر في قوات البيشمركة الكردية أمس بمقتل 18 من عناصر البيشمركة بقصف للصواريخ على قضاء مخمور شرق "
            "الموصل. وقال المصدر إن عناصر تنظيم داعش أطلقوا أمس عشرات الصواريخ على قضاء مخمور شرق الموصل ما أسفر عن "
            "مقتل 18 من البيشمركة.")
    evs = [e for e in kept_assaults(text) if e.trigger.text == "مقتل"]
    assert len(evs) == 1 and evs[0].sentence == 0
    assert "IMG" in {m.code for m in evs[0].actor}


def test_the_attack_told_again_with_its_doer(kept_assaults):
    text = ("قتل أربعة أشخاص على الأقل اليوم الجمعة في الهجوم على فندق في سيفاري بوسط مالي. والهجوم الذي شنه مسلحون "
            "صباح اليوم هو عملية احتجاز رهائن بحسب المصدر.")
    evs = [e for e in kept_assaults(text) if e.mode != "abduct"]
    assert [e.trigger.text for e in evs] == ["قتل"]
    assert [m.text for m in evs[0].actor] == ["مسلحون"]


def test_the_victims_told_again_as_a_definite_party(kept_assaults):
    text = ("أعلنت سلطات دياربكر مقتل جنديين تركيين وجرح أربعة آخرين أمس في انفجار سيارة مفخخة عند مرور قافلة عسكرية. "
            "وقال مكتب محافظ دياربكر في بيان إن سيارة مفخخة انفجرت في منطقة ليجي عند مرور الجنود.")
    assert [e.sentence for e in kept_assaults(text)] == [0]


def test_the_doer_told_again_in_the_same_words(kept_assaults):
    text = ("اقتحمت قوات من جيش الاحتلال الإسرائيلي أمس المسجد الأقصى المبارك، وهاجمت المرابطين بالقنابل الصوتية. "
            "وقال شهود عيان إن قوات الاحتلال اقتحمت المسجد الأقصى عبر باب المغاربة، وهاجمت المتواجدين داخل المسجد "
            "بالقنابل الصوتية.")
    assert [e.sentence for e in kept_assaults(text) if "هاجمت" in e.trigger.text] == [0]


def test_the_victims_side_answering_stays(kept_assaults):
    text = ("وأضافوا أن الثوار استعادوا السيطرة على حي صبر. كما أشارت مصادر طبية إلى سقوط سبعة قتلى في صفوف الثوار "
            "وإصابة 29 جريحا في المعارك. ولم يجد المتمردون ردا سوى القصف العشوائي على مشارف دار سعد، ما أوقع ضحايا "
            "بين المدنيين.")
    assert "القصف" in [e.trigger.text for e in kept_assaults(text)]


def test_another_count_or_an_indefinite_noun_with_its_doer_stays(kept_assaults):
    text = ("قتل 12 جنديا في هجوم لمسلحين على حاجز للجيش أمس. وقال مسؤول إن الجنود قتلوا 3 من المسلحين.")
    assert len(kept_assaults(text)) == 2
    text = ("ونوه ناشطون إلى أن الطيران الحربي شن غارة على مشفى سراقب أمس الأول. وقال ناشط إعلامي إن الطيران الحربي "
            "شن عدة غارات على قرى وبلدات جبل الزاوية، مخلفا ثلاثة قتلى.")
    assert len(kept_assaults(text)) == 2


def test_the_toll_told_again_with_a_number_word_and_the_same_victims(kept_assaults):
    text = ("استشهد أربعة مواطنين فلسطينيين، وأصيب نحو 30 آخرين بجراح في انفجار صاروخ من مخلفات الاحتلال الإسرائيلي "
            "اليوم وسط مدينة رفح جنوب قطاع غزة. وأوضحت مصادر فلسطينية محلية، أن طواقم فنية كانت تقوم بإزالة ركام أحد "
            "المنازل المدمرة في مدينة رفح، وانفجر صاروخ من مخلفات الاحتلال ما أدى إلى استشهاد أربعة مواطنين "
            "فلسطينيين على الأقل.")
    assert [e.sentence for e in kept_assaults(text)] == [0]


def test_the_attack_condemned_is_the_storys_attack(kept_assaults):
    text = ("أدانت دول عربية وعالمية أمس الجريمة الإرهابية التي استهدفت مسجدا بمقر قوات الطوارئ الخاصة بمنطقة عسير "
            "جنوب السعودية. وقدمت التعازي للحكومة السعودية. وأكدت وقوفها مع المملكة. وشددت على رفض الإرهاب. "
            "وفي وقت لاحق، أعربت الكويت عن إدانتها واستنكارها الشديدين لحادث التفجير الإرهابي الذي استهدف مسجدا "
            "لقوات الطوارئ بمنطقة عسير، أمس، وأدى إلى مقتل وإصابة عدد من رجال الأمن.")
    assert [e.sentence for e in kept_assaults(text)] == [0]


def test_an_attack_condemned_elsewhere_or_on_another_day_stays(kept_assaults):
    lead = ("أدانت دول عربية وعالمية أمس الجريمة الإرهابية التي استهدفت مسجدا بمقر قوات الطوارئ الخاصة بمنطقة عسير "
            "جنوب السعودية. وقدمت التعازي للحكومة السعودية. وأكدت وقوفها مع المملكة. وشددت على رفض الإرهاب. ")
    for where in ("في مدينة الدمام، أمس،", "بمنطقة عسير في 26 يونيو الماضي،"):
        text = lead + ("وفي وقت لاحق، أعربت الكويت عن إدانتها واستنكارها الشديدين لحادث التفجير الإرهابي الذي استهدف "
                       f"مسجدا {where} وأدى إلى مقتل وإصابة عدد من رجال الأمن.")
        assert "التفجير" in [e.trigger.text for e in kept_assaults(text)]


def test_the_killing_told_again_by_a_verb_with_its_victims_pronoun(kept_assaults):
    text = ("أعلن متمردو حركة الشباب الصومالية مسؤوليتهم عن قتل نائب صومالي مع حارسيه السبت في مقديشو. وكان النائب في "
            "احد احياء جنوب العاصمة الصومالية عندما نصب له مهاجموه مكمنا وقتلوه مع حارسيه وسائقه، ثم لاذوا بالفرار. "
            "وأعلنت حركة الشباب في بيان مسؤوليتها عن قتل النائب.")
    evs = kept_assaults(text)
    assert [e.sentence for e in evs] == [0]
    assert [m.text for m in evs[0].recipient] == ["نائب صومالي"]


def test_the_attack_told_again_in_the_town_of_its_province(kept_assaults):
    text = ("قال قائد الشرطة في إقليم بغلان بشمال أفغانستان اليوم الاثنين إن مسلحين فتحوا النار في حفل زفاف مما أسفر "
            "عن مقتل 21 من الضيوف وإصابة ثمانية. ولم يتضح على الفور سبب الهجوم، وقال الجنرال عبد الجبار بورديلي "
            "المفتش العام للشرطة في بغلان \"كان هناك حفل زفاف انقلب إلى مأساة بعد أن دخله عدد من المسلحين وفتحوا "
            "النار على الضيوف الذكور.\"")
    assert [e.sentence for e in kept_assaults(text)] == [0]


def test_the_bombing_told_again_in_the_sentence_that_dates_it(kept_assaults):
    text = ("صرح المتحدث الأمني بأنه أثناء قيام مجموعة من منسوبي قوات الطوارئ الخاصة بمنطقة عسير بأداء صلاة الظهر في "
            "مسجد مقر القوات، حدث تفجير في جموع المصلين نتج عنه استشهاد عشرة من منسوبي القوات. وفي غضون ذلك بث موقع "
            "وزارة الداخلية انتقال اثنين من المصابين إلى رحمة الله متأثرين بإصابتهما بالتفجير الذي تعرضوا له وهم "
            "يؤدون صلاة الظهر أمس ليرتفع عدد الشهداء إلى (15) شخصاً.")
    assert [e.trigger.text for e in kept_assaults(text)] == ["تفجير"]


def test_a_verb_with_the_victims_pronoun_on_another_day_stays(kept_assaults):
    text = ("اغتال مسلحون مجهولون قاضيا أمس في مدينة بنغازي بإطلاق النار على سيارته. وكان مسلحون قد هاجموه في مارس "
            "2013 دون أن يصاب بأذى.")
    assert "هاجموه" in [e.trigger.text for e in kept_assaults(text)]


def test_the_shooting_told_again_where_it_happened(kept_assaults):
    text = ("أطلق ثلاثة أشخاص مجهولي الهوية النار على سيدة سعودية بمحافظة حفر الباطن وأصيبت بطلقة نقلت على إثرها إلى "
            "المستشفى لتلقي العلاج. كانت السيدة برفقة زوجها متوقفين عند إحدى الإشارات المرورية بحفر الباطن "
            "واعترضتهما سيارة من نوع كامري وأطلقت عليهما النار ولاذت بالفرار، وما زال البحث جاريا عنهم.")
    assert [e.sentence for e in kept_assaults(text, "2015-07-21")] == [0]


def test_the_same_air_force_in_another_area_stays(kept_assaults):
    text = ("مشيرة إلى أن طيران التحالف قصف منطقة مران بعدد من الغارات، منها غارتان استهدفتا منزل القياديين في الجماعة "
            "المتمردة. وفي منطقة ساقين بنفس المحافظة، قصف طيران التحالف المركز الثقافي، الذي يتخذه المتمردون مركزا "
            "لإدارة عملياتهم.")
    assert len(kept_assaults(text, "2015-08-08")) == 2
