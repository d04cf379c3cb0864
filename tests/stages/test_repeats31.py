"""Repeats, round 31: a toll and its attack told across the time of the first clause are one act."""


PUBLISHED = "2015-07-31"


def test_a_toll_told_first_and_its_attack_after_hin_are_one_act(kept_assaults):
    text = ("أعلن الجيش التركي مقتل ثلاثة جنود أتراك أمس حين فتح عناصر من حزب العمال الكردستاني النار على قافلة "
            "عسكرية في محافظة شرناق في جنوب شرق البلاد.")
    evs = kept_assaults(text)
    assert len(evs) == 1
    assert {m.code for m in evs[0].recipient} >= {"TUR"}


def test_a_partyless_toll_after_its_dated_attack_is_dropped(kept_assaults):
    text = "ووقع تفجير مسجد الصادق أثناء صلاة الجمعة يوم 26 يونيو وأسقط 27 قتيلًا و227 جريحًا."
    assert [e.trigger.text for e in kept_assaults(text)] == ["تفجير"]


def test_a_partyless_shooting_after_a_dated_toll_is_dropped(kept_assaults):
    text = ("وكان رجل الأمن سامي الذي استشهد مساء أمس الثلاثاء أثناء أداء إحدى دوريات الأمن لمهامها ببلدة الجش "
            "بمحافظة القطيف، وتعرض لإطلاق نار ثم فارق الحياة.")
    assert len(kept_assaults(text)) == 1


def test_a_toll_told_after_its_dated_attack_with_a_party_stays_apart(kept_assaults):
    # the gold keeps «وقتل فيه» apart from the attack told first across «فجر امس»
    text = ("وكانت المواجهات قد وقعت عقب هجوم مسلح نفذه مجهولون فجر امس ضد مركز للتدريب تابع لقوات حرس الرئاسة في "
            "غزة وقتل فيه احد العناصر.")
    assert len(kept_assaults(text, "2006-12-18")) == 2


def test_two_tolls_across_a_time_after_a_comma_stay(kept_assaults):
    text = "قتل ثلاثة جنود في حلب، أمس الأربعاء، وأصيب خمسة مدنيين في حمص."
    assert len(kept_assaults(text)) == 2


def test_two_partyless_tolls_across_a_time_stay(kept_assaults):
    text = "ويعتقد أنه قد قتل في يونيو (حزيران) عام 1985 رغم أن مختطفيه قد أعلنوا قتله في أكتوبر."
    assert len(kept_assaults(text)) == 2


def test_a_time_set_off_by_commas_dates_the_clause_before_it(kept_assaults):
    text = ("تعرض الإعلامي السوري منهل عبدالقادر لحادث إطلاق نار على أحد الطرق السريعة بالعاصمة اللبنانية بيروت، "
            "فجر أمس الأربعاء، ما أدى لإصابته بجروح ومقتل زوجته.")
    assert len(kept_assaults(text, "2015-08-06")) == 1


def test_a_time_after_a_comma_only_parts_the_clauses(kept_assaults):
    text = "وكانت عمليات قصف محدودة طالت مواقع للمعارضة، تبدلت مساء الأحد إلى هجوم واسع على البلدة."
    assert len(kept_assaults(text, "2015-08-06")) == 2
