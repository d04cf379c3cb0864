"""Round 33 (tolls33): a month's or a period's toll, attacks as a pattern or summed are no one event."""

import pytest

PUBLISHED = "2015-08-01"  # the day the story fixture (conftest) publishes the texts on


@pytest.mark.parametrize("sentence", [
    # a named month's toll
    "واكد البيان ان 488 عنصرا من منتسبي قوات الامن العراقية وقوات البيشمركة قتلوا خلال شهر يوليو فيما اصيب 492 اخرون.",
    # attacks as a pattern, and the toll the pattern caused
    "وتشن مقاومة تهامة بين فترة وأخرى هجمات مسلحة على تجمعات وآليات تابعة للحوثيين، أدت إلى مقتل وإصابة العشرات منهم.",
    "ويقصف الحوثيون من حين لآخر مواقع المقاومة في المدينة.",
    # most of the attacks, summed
    "وقد وقع القسم الاكبر من الهجومات في جنوب شرق الاناضول، وخصوصًا في المحافظات القريبة من شمال العراق.",
])
def test_a_period_s_toll_or_a_pattern_is_no_event(story, sentence):
    assert story.assaults(sentence) == []


def test_a_toll_since_a_start_opening_the_sentence_is_no_event_but_its_dated_ambush_is(story):
    sentence = ("ومنذ اندلاع جولة العنف الجديدة في 20 يوليو، قتل 13 جنديًا وشرطيًا على الاقل، ثلاثة منهم في مكمن "
                "استهدف الخميس قافلة عسكرية.")
    assert story.assaults(sentence) == ["استهدف"]


def test_a_killing_in_ramadan_is_kept(story):
    sentence = ("وكانت قريتان في المنطقة تعرضتا لهجوم مماثل مطلع يوليو عندما قتل متطرفون بالرصاص 48 مصليا اجتمعوا "
                "لصلاة المغرب خلال شهر رمضان.")
    assert "قتل" in story.assaults(sentence)


def test_the_biggest_attack_is_kept(story):
    sentence = "وشن المسلحون أمس أكبر هجوم على مواقع الجيش في المدينة."
    assert story.assaults(sentence)


@pytest.mark.parametrize("sentence", [
    # a campaign since a month, «منذ» before the raids
    "وتشارك كندا في التحالف الدولي بقوات جوية، وقد بدأت منذ نوفمبر في شن غارات جوية ضد المتطرفين في سوريا والعراق.",
    # attacks of a kind, the deed of people pursued
    "وقرر الأمن الفلسطيني ملاحقة المستوطنين المتورطين في هجمات ضد فلسطينيين.",
    # the parts of a toll already told
    "واوضحت يونامي في بيان صحفي ان هذه الحصيلة تتضمن 844 قتيلا من العراقيين المدنيين من بينهم 27 قتيلا من الشرطة.",
])
def test_a_campaign_attacks_of_a_kind_or_a_toll_s_parts_are_no_event(story, sentence):
    assert story.assaults(sentence) == []


def test_those_involved_in_a_named_bombing_keep_it(story):
    sentence = ("وأعلن وزير الداخلية العراقي امس الأحد اعتقال المتورطين بالتفجير الذي استهدف ناحية بني سعد بمحافظة "
                "ديالى الجمعة وأسفر عن مقتل 100 شخص.")
    assert "التفجير" in story.assaults(sentence)



@pytest.mark.parametrize("sentence, etype", [
    ("اعتمد الاتحاد الأوروبي أمس الشريحة الأولى من حزمة مساعدات سنوية لصالح تونس بمبلغ 116 مليون يورو، بهدف تعزيز "
     "القطاع الأمني ودعم التنمية الاجتماعية والاقتصادية في هذا البلد.", "SUPPORT"),
    ("وتأتي الاتفاقية ضمن سعي غرفة الرياض لتعزيز أداء قطاع المشروعات الصغيرة والمتوسطة وتقديم كافة الخدمات "
     "والاستشارات المالية.", "AID"),
])
def test_a_second_aim_joined_to_a_purpose_is_no_act(story, sentence, etype):
    assert etype not in story.types(sentence)


def test_support_joined_to_a_reception_is_kept(story):
    assert "SUPPORT" in story.types("واستقبل الملك رئيس الوزراء اللبناني ودعم الملك جهود الحكومة اللبنانية.")
