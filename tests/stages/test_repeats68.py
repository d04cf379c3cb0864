"""Round 68 repeats: an act told again later in its story is coded once: an arrest told again with the definite of
its indefinite arrested one («المشتبه به» after «مشتبه بهما»), a meeting told again by its persons in some of their
words («ولي ولي العهد خلال اجتماعه الثنائي مع أشتون كارتر»), and a raid or a bombing told again by a witness with
the very verb and no party of its own («اقتحموا البيت فجرًا»، «عندما فجر نفسه»). Sentences from the dev days."""

from stage_coding import kind_parties as _events


ARREST = ("قالت الشرطة في منطقة ريتشموند بولاية كاليفورنيا الامريكية إنها انقذت إمرأة من نيكاراجوا احتجزت لمدة عام "
          "تقريبا داخل غرفة صغيرة حيث تعرضت يوميا لاعتداء جسدي وجنسي وألقت القبض شخصين مشتبه بهما. وبحسب البيان اغرى "
          "رجل عمره 35 عاما المرأة على السفر من نيكاراجوا إلى الولايات المتحدة. وتمكن محققون من الوصول إلى الهاتف "
          "المحمول للضحية. والقت الشرطة القبض على المشتبه به وقريب له اقام معه في المنزل.")


def test_an_arrest_told_again_with_the_definite_suspect_is_one_act(nlp):
    """2015-07-23 #168: «والقت الشرطة القبض على المشتبه به» tells again the arrest of «شخصين مشتبه بهما»."""
    coerce = _events(nlp, ARREST, "COERCE", "2015-07-23")
    arrests = [e for e in coerce if e[1].endswith("القبض") or e[1] == "القت"]
    assert any("مشتبه بهما" in " ".join(r) for _, _, _, r in arrests)  # the first telling stays
    assert not any(start > ARREST.index("والقت") for start, *_ in arrests)  # the later one is dropped


MEETING = ("عقد الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع في مكتبه "
           "في جدة أمس اجتماعاً ثنائياً مع أشتون كارتر وزير الدفاع الأمريكي. وجرى خلال الاجتماع الثنائي مناقشة مجالات "
           "التعاون العسكري القائم بين البلدين. ولي ولي العهد خلال اجتماعه الثنائي مع أشتون كارتر.")


def test_a_meeting_told_again_by_its_persons_titles_is_one_act(nlp):
    """2015-07-23 #249: the caption «ولي ولي العهد خلال اجتماعه الثنائي مع أشتون كارتر» is the meeting told before."""
    consult = _events(nlp, MEETING, "CONSULT", "2015-07-23")
    assert any(t.startswith("اجتماع") and start < 200 for start, t, _, _ in consult)
    assert not any(t == "اجتماعه" and start > MEETING.index("ولي ولي العهد خلال") for start, t, _, _ in consult)


RAID = ("واوضح سكان بلدة بيت امر القريبة من الخليل بجنوب الضفة الغربية، أنّ جنودًا إسرائيليين اقتحموا منزلًا لتوقيف "
        "محمد ابو ماريا، واطلقوا النار على والده فلاح (52 سنة) فقتلوه.\n\n"
        "وتابع المصدر الطبي أن فلاحا قتل جراء اصابته برصاصة في الصدر، بينما نقل ابنه إلى المستشفى لتلقي العلاج.\n\n"
        "وقال ابنه الآخر احمد ابو ماريا الذي اصيب اصابة طفيفة لوكالة الصحافة الفرنسية، «اقتحموا البيت فجرًا وحاولوا "
        "خلع الباب.")


def test_a_raid_told_again_by_a_witness_with_the_same_verb_is_one_act(nlp):
    """2015-07-23 #25: the son's «اقتحموا البيت فجرًا» is the soldiers' raid told before, not a raid of its own."""
    coerce = _events(nlp, RAID, "COERCE", "2015-07-23")
    assert any(t == "اقتحموا" and start < 100 and a for start, t, a, _ in coerce)  # the raid, with its soldiers
    assert not any(t == "اقتحموا" and start > RAID.index("وقال ابنه") for start, t, _, _ in coerce)


BOMBING = ("قتل 15 شخصًا بينهم نساء وأطفال أمس الأربعاء عندما فجر انتحاري نفسه في سوق مزدحمة بشمال أفغانستان، فيما "
           "يكثف المتمردون هجومهم الصيفي السنوي بالرغم من الجهود لإطلاق محادثات السلام. وكانت الحصيلة الأولى أشارت "
           "إلى سقوط تسعة قتلى. ويسلط الهجوم الذي وقع في منطقة المار بولاية فرياب على الحدود مع تركمانستان الضوء على "
           "الخسائر الكبيرة في الأرواح بين المدنيين منذ 13 عامًا على بدء النزاع في أفغانستان. ولم تعلن أي جهة "
           "مسؤوليتها عن الهجوم الانتحاري الذي أتى قبل بدء جولة جديدة من محادثات السلام بين الحكومة وحركة طالبان. "
           "وأعلن حاكم الولاية عبد الستار بارز لوكالة فرانس برس «هذا الصباح فجر انتحاري سترته الناسفة داخل سوق في "
           "المار». وتابع بارز «تشير معلوماتنا إلى مقتل 15 شخصًا على الأقل في الهجوم من بينهم نساء وأطفال وجندي "
           "أفغاني واحد على الأقل»، مضيفًا أن 38 شخصًا آخرين أصيبوا بجروح. وأكَّد المسؤول في المار صالح محمد صالح "
           "الحصيلة مضيفًا أن بعض الجرحى في حالة حرجة. وقال قائد الشرطة المحلية سيف لفرانس برس «بحسب المعلومات "
           "الاستخباراتية التي تلقيناها فإن انتحاريًا دخل السوق في المار لذلك أقمنا حاجزًا للبحث عنه». وتابع سيف "
           "«كنا لا نزال نبحث عنه عندما فجر نفسه بالقرب من عربة عسكرية مدرعة»، مضيفًا أن منفذ الهجوم بين 20 والـ25 "
           "من العمر.")


def test_a_bombing_told_again_in_a_quote_with_the_same_verb_is_one_act(nlp):
    """2015-07-23 #302: «عندما فجر نفسه بالقرب من عربة عسكرية» in the police chief's words is the bombing of the lead."""
    assault = _events(nlp, BOMBING, "ASSAULT", "2015-07-23")
    assert any(start < 100 for start, *_ in assault)
    assert not any(t == "فجر" and start > BOMBING.index("وتابع سيف") for start, t, _, _ in assault)


AMBUSH = ("وكان آخر هجوم للجماعة قد وقع في الأول من يوليو (تموز) الحالي، بالهجوم على عدد من الكمائن للجيش المصري بمدينتي "
          "رفح والشيح زويد، في شمال سيناء، مما أسفر عن مقتل 17 فردا من القوات المسلحة بينهم 4 ضباط، وأكثر من مائة فرد "
          "من العناصر الإرهابية.")


def test_a_toll_told_after_a_verb_of_consequence_far_from_its_attack_is_its_toll(nlp):
    """2015-07-23 #17: «مما أسفر عن مقتل 17 فردا» is the toll of the attack on the army's checkpoints told before it,
    its place told between them: one act, the attack's, taking the fallen officers."""
    assault = _events(nlp, AMBUSH, "ASSAULT", "2015-07-23")
    assert any(t == "هجوم" for _, t, _, _ in assault)
    assert not any(t == "مقتل" for _, t, _, _ in assault)


TALLY = ("قتل 30 شخصا على الأقل في سلسلة تفجيرات استهدفت مناطق مختلفة في العراق أول أمس، بحسب ما أفادت مصادر أمنية وطبية "
         "أمس، في هجمات تبنى بعضها تنظيم \"داعش\". واستهدف أكثر الهجمات دموية منطقة بغداد الجديدة في شرقي العاصمة، حيث أدى "
         "تفجير سيارة مفخخة إلى مقتل 19 شخصا على الأقل وإصابة 43، بحسب مصدر في وزارة الداخلية. وكانت حصيلة غير نهائية "
         "للتفجير الذي استهدف سوقا شعبية، أفادت مساء أول أمس عن مقتل 17 شخصا على الأقل.")


def test_an_earlier_tally_of_the_bombing_is_no_act_of_its_own(nlp):
    """2015-07-23 #252: «وكانت حصيلة غير نهائية للتفجير … عن مقتل 17 شخصا» counts again the Baghdad al-Jadida
    bombing told before (repeat_words.tsv class `tally`), not a killing of its own; the bombing stays."""
    assault = _events(nlp, TALLY, "ASSAULT", "2015-07-23")
    assert any(start < TALLY.index("وكانت حصيلة") for start, *_ in assault)
    assert not any(start > TALLY.index("وكانت حصيلة") for start, *_ in assault)
