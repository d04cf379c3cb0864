"""Repeats, round 33: one attack told again and again in one article is coded once."""


PUBLISHED = "2015-08-01"


def test_a_toll_after_a_verb_of_consequence_is_its_attack_across_a_time(kept_assaults):
    text = ("وقال المصدر إن طائرة عسكرية عراقية أطلقت صاروخين على أحد المنازل فجر الجمعة وسط قضاء الرطبة أقصى غرب "
            "الأنبار ما أسفر عن مقتل 16 مدنيا وإصابة 19 آخرين.")
    evs = kept_assaults(text)
    assert len(evs) == 1
    assert evs[0].actor and evs[0].recipient


def test_a_hotel_attack_and_its_toll_after_asfara_are_one(kept_assaults):
    text = ("قال سكان ومصادر عسكرية: إن من يشتبه أنهم متشددون هاجموا فندقًا في وسط مالي يستخدمه موظفو الأمم المتحدة "
            "امس ما أسفر عن مقتل ثلاثة أشخاص على الاقل.")
    evs = kept_assaults(text, "2015-08-08")
    assert len(evs) == 1
    assert {m.text for m in evs[0].recipient} >= {"فندقًا", "أشخاص"}


def test_a_toll_after_wa_across_a_time_stays_apart(kept_assaults):
    # no verb of consequence: «وقتل فيه» keeps its own event (the gold's)
    text = ("وكانت المواجهات قد وقعت عقب هجوم مسلح نفذه مجهولون فجر امس ضد مركز للتدريب تابع لقوات حرس الرئاسة في "
            "غزة وقتل فيه احد العناصر.")
    assert len(kept_assaults(text, "2006-12-18")) == 2


_RUTBA = ("أعلن مصدر طبي عراقي الجمعة عن مقتل وإصابة 35 مدنيا بينهم نساء وأطفال خلال قصف جوي للقوات العراقية استهدف "
          "أحد المنازل في قضاء الرطبة غرب الأنبار. وقال المصدر إن طائرة عسكرية عراقية أطلقت صاروخين على أحد المنازل "
          "{day} وسط {town} أقصى غرب الأنبار ما أسفر عن مقتل 16 مدنيا وإصابة 19 آخرين.")


def test_the_same_doer_and_victims_in_one_town_on_one_day_are_one_act(kept_assaults):
    evs = kept_assaults(_RUTBA.format(day="فجر الجمعة", town="قضاء الرطبة"))
    assert len(evs) == 1
    assert evs[0].sentence == 0


def test_the_same_doer_and_victims_on_another_day_stay_two(kept_assaults):
    evs = kept_assaults(_RUTBA.format(day="فجر الأربعاء", town="قضاء الرطبة"))
    assert len(evs) == 2


def test_the_same_count_of_the_same_victims_with_their_killer_is_the_toll_told_again(kept_assaults):
    text = ("أفاد مصدر من المقاومة الشعبية، أمس، بمقتل ثمانية عشر حوثياً، خلال الاشتباكات التي اندلعت بين الطرفين، في "
            "مدينة الضالع جنوبي اليمن. وأشار المصدر إلى مقتل ثمانية عشر حوثياً خلال تلك المواجهات، وإصابة العشرات، "
            "إلى جانب أسر ستة حوثيين على يد المقاومة.")
    evs = [e for e in kept_assaults(text) if e.trigger.text == "مقتل"]
    assert len(evs) == 1
    assert evs[0].sentence == 0 and [m.text for m in evs[0].actor] == ["المقاومة"]


def test_a_toll_pointed_at_by_a_demonstrative_is_told_again_at_any_distance(coder, kept_assaults):
    text = ("ميدانيًا قتل عنصران من الشرطة التركية بالرصاص صباح الجمعة في منطقة أضنه، في هجوم نسبته السلطات الى التمرد "
            "الكردي. ونفى اردوغان الاتهامات. وقال إن القوى السوداء تنشر معلومات خاطئة. وتعهد بمواصلة العمليات. "
            "وقال رئيس الوزراء إن الانتخابات ممكنة. وردًا على مقتل هذين الشرطيين، يشن الجيش التركي يوميًا غارات جوية "
            "كثيفة على مواقع حزب العمال الكردستاني في شمال العراق.")
    assert not [e for e in kept_assaults(text) if e.trigger.text == "مقتل"]
    assert [e for e in coder(text, published="2015-08-01").events if e.trigger.text == "مقتل"]  # (coded, then merged)
