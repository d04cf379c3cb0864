"""Repeats, round 40: talks, tolls and meetings told again are coded once; acts of their own stay."""


def _events(nlp, text, kind, published="2015-08-04"):
    """The events of one type the pipeline keeps in a text."""
    return [e for e in nlp(text, published=published).events if e.event == kind]


_RELIEF = ("استقبل المستشار في الديوان الملكي المشرف العام على مركز الملك سلمان للإغاثة والأعمال الإنسانية الدكتور "
           "عبدالله بن عبدالعزيز الربيعة بمقر المركز في الرياض أمس، مدير إقليم شرق المتوسط لمنظمة الصحة العالمية "
           "الدكتور علاء العلوان. واستعرض الدكتور الربيعة مع العلوان الموضوعات المتعلقة بآلية إيصال المعونات للإخوة "
           "اليمنيين، ومناقشة التعاون المشترك بين الجانبين في الأعمال الإنسانية والإغاثية.")


def test_party_less_talks_noun_tells_the_meeting_again(nlp):
    # «ومناقشة التعاون»: the talks of the meeting told just before, not a meeting of their own
    evs = _events(nlp, _RELIEF, "CONSULT")
    assert not any(e.trigger.text.endswith("مناقشة") for e in evs)
    assert any(e.sentence == 0 and e.trigger.text == "استقبل" for e in evs)


_GULF = ("أكد وزراء خارجية دول الخليج وأمريكا في اجتماعهم المشترك، على ضرورة التصدي للتدخلات الإيرانية. "
         "واستعرض الوزراء في اجتماعهم خطة العمل المشترك الشاملة بين مجموعة دول (5+1) وإيران. "
         "وناقش الاجتماع خطة العمل بمزيد من التفصيل بما في ذلك ما ورد فيها من القيود.")


def test_party_less_talks_verb_tells_the_meeting_again(nlp):
    # «وناقش الاجتماع»: the meeting is no party; its talks are the meeting told before
    evs = _events(nlp, _GULF, "CONSULT")
    assert not any(e.trigger.text.endswith("ناقش") for e in evs)
    assert any(e.sentence < 2 for e in evs)


def test_talks_with_parties_of_their_own_stay(nlp):
    # another meeting with parties of its own, not the talks of the one told before
    text = ("استقبل وزير الخارجية عادل الجبير أمس سفير فرنسا لدى المملكة. "
            "وبحث وزير الداخلية الأردني مع السفير الأمريكي التعاون الأمني.")
    evs = _events(nlp, text, "CONSULT")
    assert any(e.sentence == 1 for e in evs)


_BORNO = ("وتواصلت هجمات بوكو حرام في نهاية الإسبوع، في ولاية بورنو، حيث قتل 13 شخصا، ليل السبت الأحد في قرية مالاري "
          "القريبة من كودونغا.")


def test_a_toll_of_the_attacks_very_victims_is_not_an_act_of_its_own(nlp):
    # «حيث قتل 13 شخصا»: the dead are the attacks' victims; one assault, Boko Haram's
    evs = _events(nlp, _BORNO, "ASSAULT")
    assert not any(e.trigger.text == "قتل" for e in evs)
    assert any(e.trigger.text == "هجمات" and e.actor and e.recipient for e in evs)


def test_a_toll_with_victims_of_its_own_stays(nlp):
    # the toll names other victims than the attack's target: two events
    text = "شن مسلحون هجوما على مقر الشرطة في المدينة أمس، فيما قتل ثلاثة مدنيين في انفجار عبوة ناسفة."
    evs = _events(nlp, text, "ASSAULT")
    assert len(evs) >= 2


_CABINET = ("وبين أن مجلس الوزراء نوه بالعلاقات الوثيقة والراسخة والمميزة التي تربط المملكة العربية السعودية وجمهورية "
            "مصر العربية بقيادة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود وأخيه الرئيس عبدالفتاح السيسي "
            "واستمع في هذا الشأن إلى نتائج زيارة صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد "
            "النائب الثاني لرئيس مجلس الوزراء وزير الدفاع لجمهورية مصر العربية واجتماعه مع رئيس جمهورية مصر العربية.")


def test_a_meeting_joined_to_a_visit_is_the_visit(nlp):
    # «زيارة … واجتماعه مع رئيس جمهورية مصر»: one act, the visitor meeting the host
    evs = _events(nlp, _CABINET, "CONSULT")
    assert len(evs) == 1
    assert any(m.code == "SAU" for m in evs[0].actor) and any(m.code == "EGY" for m in evs[0].recipient)


def test_a_meeting_verb_joined_to_a_visit_verb_is_the_visit(nlp):
    text = ("كان الوزير محمد العبد الله زار السعودية في يونيو حزيران الماضي والتقى نائب وزير البترول السعودي فيما بدا "
            "أنها محاولة لإيجاد حل للخلاف بين الجانبين.")
    evs = _events(nlp, text, "CONSULT")
    assert len(evs) == 1


def test_a_meeting_in_another_clause_stays(nlp):
    # a comma between: the meeting is told apart from the visit
    text = "زار وزير الخارجية الفرنسي القاهرة أمس، والتقى الرئيس المصري عبدالفتاح السيسي."
    evs = _events(nlp, text, "CONSULT")
    assert any(e.trigger.text.endswith("التقى") for e in evs)
