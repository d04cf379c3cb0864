"""Parties of help nouns (roles38): help told in بـ … من as the manner of another act is given by the phrase after من
and got by the subject; the genitive of a help noun in a verb's في/على/عن is the one helped."""

PUBLISHED = "2015-07-27"
_HELP = ("AID", "SUPPORT")


def _help(coder, text):
    return [([a.text for a in e.actor], [r.text for r in e.recipient])
            for e in coder(text, published=PUBLISHED).events if e.event in _HELP]


def test_help_from_a_group_goes_to_the_subject_that_acts(coder):
    evs = _help(coder, "وحققت وحدات حماية الشعب بدعم من جماعات معارضة سورية صغيرة، مكاسب على حساب تنظيم داعش.")
    assert evs and evs[0][1] == ["وحدات حماية الشعب"]
    assert "وحدات حماية الشعب" not in evs[0][0]


def test_help_from_army_units_to_the_rebels(coder):
    evs = _help(coder, "واستولى المتمردون الحوثيون بدعم من وحدات من الجيش ظلت موالية للرئيس السابق علي عبدالله صالح "
                       "على مناطق عدة.")
    assert evs and evs[0] == (["الجيش"], ["المتمردون الحوثيون"])


def test_air_support_from_the_coalition_is_not_given_by_the_forces(coder):
    evs = _help(coder, "ميدانيا، شنت القوات الموالية للرئيس هادي بدعم جوي من التحالف هجمات خلال الليل على جيوب "
                       "للحوثيين.")
    assert evs and not any("القوات" in a for a in evs[0][0])


def test_the_subject_named_again_past_min_gives_no_help(coder):
    evs = _help(coder, "كما تحظى «جبهة النصرة» بدعم من مدونتي «جبهة النصرة لأهل الشام» ومدونة «غرفة منبر الأنصار».")
    assert evs and evs[0] == ([], ["جبهة النصرة"])


def test_the_genitive_of_help_after_fi_is_helped(coder):
    evs = _help(coder, "اتهم الجيش اليمني إيران بأنها تورطت في دعم ميليشيات الحوثي.")
    assert evs and evs[0][1] == ["ميليشيات الحوثي"] and "ميليشيات الحوثي" not in evs[0][0]


def test_the_genitive_of_help_after_an_is_helped(coder):
    evs = _help(coder, "يتخلى الروس عن دعم الأسد في سوريا.")
    assert evs and evs[0] == (["الروس"], ["الأسد"])


def test_the_genitive_of_help_after_ala_is_helped(coder):
    evs = _help(coder, "وهي القمة التي أكدت على دعم الكويت في استعادة أراضيها.")
    assert evs and evs[0][1] == ["الكويت"] and "الكويت" not in evs[0][0]


def test_expressed_support_keeps_its_genitive_giver(coder):
    # (أعرب عن دعم بلاده، الحصول على دعم المجتمع الدولي: the genitive gives the help)
    evs = _help(coder, "نسعى للحصول على دعم المجتمع الدولي.")
    assert evs and evs[0][1] != ["المجتمع الدولي"]
    evs = _help(coder, "وتحدث عن دعم تركيا لهم.")
    assert evs and evs[0][0] == ["تركيا"]


def test_solidarity_after_ala_keeps_its_genitive_doer(coder):
    evs = [([a.text for a in e.actor], [r.text for r in e.recipient]) for e in coder(
        "وشدد المتحدث الرسمي باسم وزارة الخارجية المصرية على تضامن مصر مع أشقائها العرب في مواجهة أية تدخلات خارجية.",
        published=PUBLISHED).events if e.event == "SUPPORT" and e.trigger.text == "تضامن"]
    assert evs and evs[0][0] == ["مصر"]


def test_a_masculine_noun_after_a_feminine_body_is_the_object(coder):
    evs = [([a.text for a in e.actor], [r.text for r in e.recipient]) for e in coder(
        "واقتحمت الشرطة الإسرائيلية المسجد الأقصى صباح اليوم.", published=PUBLISHED).events if e.event == "COERCE"]
    assert evs and evs[0][0] == ["الشرطة الإسرائيلية"]
    evs = [([a.text for a in e.actor], [r.text for r in e.recipient]) for e in coder(
        "قبل أن تقتحم قوات الاحتلال المسجد لقمع المعتكفين بداخله.", published=PUBLISHED).events if e.event == "COERCE"]
    assert evs and evs[0][0] == ["قوات الاحتلال"]


def test_a_feminine_participle_after_a_feminine_body_stays_its_adjective(coder):
    evs = [([a.text for a in e.actor], [r.text for r in e.recipient]) for e in coder(
        "هاجمت قوات الاحتلال المتمركزة في المنطقة المتظاهرين.", published=PUBLISHED).events if e.event == "ASSAULT"]
    assert evs and evs[0] == (["قوات الاحتلال"], ["المتظاهرين"])


def test_the_subject_of_the_light_verb_after_a_bombardment_does_it(coder):
    evs = [([a.text for a in e.actor], [r.text for r in e.recipient]) for e in coder(
        "وشهدت المدينة أمس قصفاً عنيفاً شنّه الحوثيون على الأحياء السكنية.", published=PUBLISHED).events
        if e.event == "ASSAULT"]
    assert evs and evs[0][0] == ["الحوثيون"] and "الحوثيون" not in evs[0][1]


def test_a_light_verb_that_tells_the_next_act_gives_no_doer(coder):
    evs = [([a.text for a in e.actor], [r.text for r in e.recipient]) for e in coder(
        "وأوضح أن منفذ الهجوم فر بعدما ألقى القنبلة وقام أشخاص في الجوار بمطاردته.", published=PUBLISHED).events
        if e.event == "ASSAULT"]
    assert not any("أشخاص" in a for ev in evs for a in ev[0])
