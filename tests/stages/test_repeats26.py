"""Repeats, round 26: a definite noun that repeats, in the same sentence, the word of an earlier event of its type is
that act told again («غارات … الغارة أسفرت»، «شنوا هجوما … تصدت للهجوم»): it is dropped, the earlier event taking
its named party where it has none; a word of another act, a date of its own or a sentence part's end keeps it."""


def _events(nlp, text, published="2015-08-02"):
    return nlp(text, published=published).events


def _triggers(nlp, text, kind):
    return [e.trigger.text for e in _events(nlp, text) if e.event == kind]


def test_the_raid_told_again_by_its_definite_noun_is_one_act(nlp):
    text = ("شنت طائرات التحالف العربي غارات على معسكر للمتمردين في زنجبار، وأشارت مصادر محلية إلى أن الغارة "
            "أسفرت عن تدمير عدة آليات عسكرية.")
    assert _triggers(nlp, text, "ASSAULT") == ["غارات"]


def test_the_attack_repelled_is_not_the_governments_attack(nlp):
    text = "وقال المرصد إن مقاتلي المعارضة شنوا هجوما هذا الأسبوع في المنطقة لكن الحكومة تصدت للهجوم بالقصف الجوي."
    evs = [e for e in _events(nlp, text) if e.event == "ASSAULT"]
    assert "للهجوم" not in [e.trigger.text for e in evs]
    assert not any(m.text == "الحكومة" for e in evs for m in e.actor)


def test_the_dialogue_told_again_gives_its_party(nlp):
    text = ("وشدد وزير الخارجية المصري خلال مؤتمر صحفي عقب اختتام أعمال الحوار الاستراتيجي المصري الأمريكي "
            "الذي عقد بالقاهرة اليوم، على أن الحوار يعكس حرص البلدين على تعزيز العلاقات بين القاهرة وواشنطن.")
    evs = [e for e in _events(nlp, text) if e.event == "CONSULT" and "الحوار" in e.trigger.text]
    assert len(evs) == 1
    assert "USA" in {m.code for m in evs[0].actor + evs[0].recipient}


def test_another_act_or_a_part_of_its_own_stays_two(nlp):
    text = ("أجرى وزير الخارجية محادثات مع نظيره الروسي في موسكو أمس، وقال إن المحادثات المقبلة ستتناول الملف "
            "السوري.")
    assert len(_triggers(nlp, text, "CONSULT")) == 2
    text = ("ونحن نعمل دائماً مع وزارة الداخلية للتصدي والقبض على هؤلاء المعتدين على ثروات الوطن، وهناك بعض "
            "الإنجازات التي نفتخر بها في هذا المجال؛ منها إلقاء القبض على من تسببوا في مجزرة المها والظباء.")
    assert len(_triggers(nlp, text, "COERCE")) == 2


def test_the_claim_in_the_country_of_the_attacks_town_tells_it_again(nlp):
    text = ("قالت مصادر أمنية إن خمسة أفراد من قوات الأمن المصرية قُتلوا في هجوم على نقاط تفتيش في العريش. وأعلنت "
            "جماعة ولاية سيناء جناح تنظيم داعش في مصر في بيان مسؤوليتها عن الهجوم.")
    assert _triggers(nlp, text, "ASSAULT") == ["قُتلوا"]


def test_the_attack_told_again_with_the_parties_of_its_sentence(nlp):
    text = ("قالت مصادر في الجيش العراقي إن 28 عنصرا من الجيش قتلوا وأصيب 27 آخرون أمس قرب الفلوجة. وأضافت المصادر "
            "أن المهاجمين استخدموا سيارات مفخخة. كما أسفر الهجوم عن تدمير عشر عربات للجيش ومليشيا الحشد الشعبي.")
    assert "الهجوم" not in _triggers(nlp, text, "ASSAULT")


def test_an_attack_with_its_own_target_stays(nlp):
    text = "قتل جنديان في هجوم على حاجز للجيش قرب المدينة. وقال مسؤول إن الهجوم على مقر الشرطة أسفر عن مقتل ثلاثة."
    assert "الهجوم" in _triggers(nlp, text, "ASSAULT")


def test_the_meeting_framed_by_the_next_sentence_is_told_again(nlp):
    text = ("استقبل وزير العمل في مكتبه بالرياض أمس وزير الإسكان. وجرى خلال اللقاء بحث آلية التعاون المشترك بين "
            "الوزارتين.")
    assert _triggers(nlp, text, "CONSULT") == ["استقبل"]
    text = ("التقى وزير الدفاع الأمريكي نظيره الإسرائيلي في تل أبيب أمس. ونقلت الإذاعة الإسرائيلية عن الوزير قوله "
            "في مستهل اللقاء إن هناك مصالح مشتركة بين البلدين.")
    evs = [e for e in _events(nlp, text) if e.event == "CONSULT"]
    assert [e.trigger.text for e in evs] == ["التقى"]


def test_a_frame_far_from_the_meeting_reads_its_parties(nlp):
    text = ("التقى ولي العهد في جدة أمس رئيس الشيشان. وقدم الرئيس الشكر على الدعوة. وأشاد بالعلاقات بين البلدين. "
            "وتناول الحديث تطورات المنطقة. وأكد أهمية التعاون. وحضر المحادثات وزير الخارجية الروسي.")
    assert "المحادثات" in _triggers(nlp, text, "CONSULT")


def test_the_arrest_told_again_in_the_statement_quoted_by_an_agency(nlp):
    text = ("أعلنت الاستخبارات العراقية اليوم اعتقال شبكة إرهابية في بغداد. وقالت خلية الصقور في بيان تلقت وكالة "
            "الأنباء الكويتية نسخة منه إنه تم القبض على عناصر الشبكة.")
    assert _triggers(nlp, text, "COERCE") == ["اعتقال"]
