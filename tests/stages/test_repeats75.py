"""Round 75 repeats: an act its story tells again is coded once. An arrest told again by a word without parties
within three sentences («تم اعتقال عبد الخالق الحوثي» after «اعتقلت قياديا كبيرا في حركة الحوثي»: `bare_again`), a
request its very doer is told making again («وطالب بوقف قصف الطائرات التركية» after «وطالب مسعود بارزاني بوقف القصف»:
`done_again`), and a coercion told twice in one sentence by its very parties («تمديد حظر التجول … التي يبدأ فيها
حظر التجول»، «اقتحام المستوطنين … اقتحامات المستوطنين»: `twice_told`); not a word without parties in a sentence
opening another scene («وفي مخيم الدهيشة … التي اقتحمت المخيم»: repeat_words.tsv class `scene`), nor an arrest of the
same forces told with no one arrested named. Sentences from the dev days."""

from stage_coding import kind_parties as _events


ARREST = ("قالت المقاومة الشعبية في اليمن على حسابها الرسمي على تويتر إن القوى الانفصالية الجنوبية المتحالفة مع "
          "التحالف الذي تقوده السعودية اعتقلت قياديا كبيرا في حركة الحوثي.\n وذكرت الحركة دون اسهاب أنه تم اعتقال عبد الخالق "
          "الحوثي وهو قائد عسكري بجماعة الحوثي أمس السبت. ولم يتسن الاتصال بمسؤولين حوثيين للحصول على تعقيب.")


def test_an_arrest_told_again_without_parties_is_one_act(nlp):
    """2015-07-26 #44: «تم اعتقال عبد الخالق الحوثي» tells again the arrest of «قياديا كبيرا في حركة الحوثي»."""
    coerce = _events(nlp, ARREST, "COERCE", "2015-07-26")
    assert any(t == "اعتقلت" for _, t, _, _ in coerce)  # the first telling stays
    assert not any(start > ARREST.index("وذكرت") for start, *_ in coerce)  # the later one is dropped


DEMAND = ("وطالب مسعود بارزاني، رئيس إقليم كردستان العراق، بوقف القصف الجوي التركي على مواقع حزب العمال الكردستاني في "
          "عدد من مناطق الإقليم. ونقلت وكالة «باس نيوز» الكردية، عن مصدر مطلع في رئاسة إقليم كردستان، قوله إن «بارزاني "
          "أجرى اتصالا هاتفيا مع أحمد داود أوغلو رئيس الوزراء التركي، وطالب بوقف قصف الطائرات التركية على مواقع الحزب "
          "الكردي التركي المعارض».")


def test_a_demand_its_doer_is_told_making_again_is_one_act(nlp):
    """2015-07-26 #161: Barzani's «وطالب بوقف قصف الطائرات التركية», told by a source, is his demand told before."""
    requests = [e for e in _events(nlp, DEMAND, "REQUEST", "2015-07-25") if e[1] == "طالب"]
    assert any(start < 20 and "مسعود بارزاني" in " ".join(a) for start, _, a, _ in requests)
    assert not any(start > DEMAND.index("ونقلت") for start, *_ in requests)


PANELS = ("فيما طلبت الصين تأسيس الهيئة الثانية، بعد أن تحدت التدابير المتخذة من جانب الاتحاد الأوروبي فيما يتعلق "
          "باستيراد منتجات معينة من الدواجن. \nووجدت روسيا أن هذه التدابير تلحق ضرراً بمصالحها الاقتصادية. \nونتيجة "
          "لذلك فقد طلبت الصين تشكيل فريق قضائي لحل هذا النزاع التجاري، باعتبار أن الاتحاد الأوروبي يُميِّز بين الدول "
          "الأعضاء في تعاملاته التجارية.")


def test_a_request_told_again_by_its_requester_is_one_act(nlp):
    """2015-07-26 #292: «فقد طلبت الصين تشكيل فريق قضائي» is China's request for the panel told before."""
    requests = _events(nlp, PANELS, "REQUEST", "2015-07-26")
    assert any(t == "طلبت" and start < 20 for start, t, _, _ in requests)
    assert not any(start > PANELS.index("ونتيجة") for start, *_ in requests)


CURFEW = ("كما يشمل القرار ، تمديد حظر التجول في تلك المناطق من السابعة مساء وحتى السادسة صباحاً بالتوقيت المحلي ، "
          "فيما عدا مدينة \"العريش\" التي يبدأ فيها حظر التجول من منتصف الليل.")


def test_a_curfew_told_twice_in_one_sentence_is_one_act(nlp):
    """2015-07-26 #215: the curfew «التي يبدأ فيها حظر التجول من منتصف الليل» is the curfew extended before."""
    coerce = [e for e in _events(nlp, CURFEW, "COERCE", "2015-07-26") if e[1].startswith("حظر")]
    assert len(coerce) == 1 and coerce[0][0] < CURFEW.index("فيما")


STORMING = ("وأدانت الوزارة في بيان صحفي، اقتحام المستوطنين المتطرفين تحت حماية قوات الاحتلال اليوم ، المسجد الأقصى "
            "المبارك من جهة باب المغاربة، لتأمين اقتحامات المستوطنين.")


def test_a_storming_told_twice_by_its_doers_is_one_act(nlp):
    """2015-07-26 #30: «لتأمين اقتحامات المستوطنين» is the settlers' storming told before in the sentence."""
    coerce = _events(nlp, STORMING, "COERCE", "2015-07-26")
    assert any(t == "اقتحام" and a for _, t, a, _ in coerce)
    assert not any(t == "اقتحامات" for _, t, _, _ in coerce)


MARCH = ("خرج مئات المصلين في المسجد الأقصى المبارك، في مسيرة بعد صلاة الجمعة، أمس، احتجاجا على قيام مستوطنة يهودية "
         "بتوجيه إساءات إلى المسلمين.\nوقد شارك في المسيرة مئات المصلين من الرجال والنساء، الذين رددوا هتافات مناصرة "
         "للرسول عليه الصلاة والسلام، ورفعوا المصاحف وإشارة التوحيد.\nوحذر من دعوة المستوطنين للشرطة بأن تغلق المسجد "
         "أمام المواطنين، وتسهيل اقتحام المسجد.\nوفي مخيم الدهيشة جنوب بيت لحم، أصيب شابان برصاص قوات الاحتلال، التي "
         "اقتحمت المخيم فجر أمس الجمعة.")


def test_a_word_without_parties_is_told_again_but_not_in_another_scene(nlp):
    """2015-07-25 #158: «رددوا هتافات» is the march told before; the raid «وفي مخيم الدهيشة … التي اقتحمت المخيم»
    opens another scene: not the storming of the mosque told before it."""
    protests = _events(nlp, MARCH, "PROTEST", "2015-07-25")
    assert not any(start > MARCH.index("وقد شارك") for start, *_ in protests)
    coerce = _events(nlp, MARCH, "COERCE", "2015-07-25")
    assert any(t == "اقتحمت" for _, t, _, _ in coerce)


RAIDS = ("هذا واعتقلت قوات من جيش الاحتلال الإسرائيلي فجر أمس الأول الثلاثاء عشرة فلسطينيين في مداهمات ليلية نفذتها "
         "في مناطق متفرقة من الضفة الغربية. ووفقاً لمصادر الجزيرة اعتقلت قوات الاحتلال الإسرائيلي، فجراً فتيين "
         "فلسطينيين من بلدة بني نعيم وطفلاً من مدينة الخليل. وطالب مسعود بارزاني بوقف القصف الجوي التركي. وطالب "
         "بارزاني بوقف القصف الجوي التركي.")


def test_forces_arresting_again_with_no_one_named_stay_two_acts(nlp):
    """2015-07-23 #299: two arrests by the occupation forces, the second naming no one arrested of a code, stay two;
    the demand told again by its doer in the same words is one."""
    arrests = [e for e in _events(nlp, RAIDS, "COERCE", "2015-07-22") if e[1] == "اعتقلت"]
    assert len(arrests) == 2
    demands = [e for e in _events(nlp, RAIDS, "REQUEST", "2015-07-22") if e[1] == "طالب"]
    assert len(demands) == 1
