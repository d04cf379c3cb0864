"""Round dp48b: one attack told with its toll — the wounded told as others after «فيما» once the attack's dead are
read into it («حدث تفجير في جموع المصلين، نتج عنه استشهاد 15 رجل أمن … فيما أصيب 7 آخرون»), and a toll whose verb
is itself a verb of consequence, its subject the attack told before it («بعد هجوم دام … نسب الى التنظيم الجهادي
واودى بحياة 32 شخصا»), and a killing with a doer whose attack is told after «عندما» by a verb without one («وقتل مسلح 38
سائحا … عندما اطلق الرصاص»)."""

from stage_coding import kept_types, kind_parties

_DATE = "2015-08-06"


def _assaults(nlp, text):
    """The triggers of the assaults the whole pipeline keeps for `text`."""
    return [t for k, t in kept_types(nlp, text, _DATE) if k == "ASSAULT"]


_MOSQUE = ("وكان المتحدث الأمني بوزارة الداخلية، قد صرح بأنه أثناء قيام مجموعة من منسوبي قوات الطوارئ الخاصة بمنطقة "
           "عسير، بأداء صلاة الظهر جماعة في مسجد مقر القوات، حدث تفجير في جموع المصلين، نتج عنه استشهاد 15 رجل أمن من "
           "بينهم 3 عاملين بالموقع فيما أصيب 7 آخرون.")


def test_wounded_told_as_others_after_the_attacks_dead_are_its_victims(nlp):
    """«فيما أصيب 7 آخرون» after «حدث تفجير … نتج عنه استشهاد 15 رجل أمن» (#121): the wounded of the one bombing."""
    assert _assaults(nlp, _MOSQUE) == ["تفجير"]


def test_wounded_with_victims_of_their_own_stay(nlp):
    """«فيما أصيب خمسة مدنيين في قصف على حمص» names its own victims and act: two assaults stay."""
    text = "قتل ثلاثة جنود في هجوم على حاجز للجيش في حلب، فيما أصيب خمسة مدنيين في قصف على حمص."
    assert "أصيب" in _assaults(nlp, text)


def test_wounded_others_without_the_dead_told_stay(nlp):
    """Without a toll of the dead told between the attack and «فيما أصيب … آخرون», the others are not read into it."""
    text = "وشنت الطائرات غارات على مواقع المسلحين في ريف إدلب، فيما أصيب ثلاثة مدنيين آخرين في قصف مدفعي على حماة."
    assert "أصيب" in _assaults(nlp, text)


_TURKEY = ("غير ان تركيا بدلت موقفها بعد هجوم دام في 20 تموز/يوليو في جنوب البلاد على الحدود مع سوريا نسب الى التنظيم "
           "الجهادي واودى بحياة 32 شخصا.")


def test_toll_told_by_a_verb_of_consequence_is_the_attacks(nlp):
    """«واودى بحياة 32 شخصا» after «هجوم دام في 20 تموز/يوليو» (#1098): the toll's subject is the attack, one act."""
    assert _assaults(nlp, _TURKEY) == ["هجوم"]


def test_toll_of_consequence_takes_no_doer_of_its_own(nlp):
    """«بعد هجوم دامٍ … نسب إلى التنظيم الإرهابي وأودى بحياة 32 شخصا» (#797): one act, the attack's doer its doer and
    the dead its victims; the party read as the toll's doer (تركيا, told before the attack) is dropped with it."""
    text = ("غير أن تركيا بدلت موقفها بعد هجوم دامٍ في 20 يوليو (تموز) في جنوب البلاد على الحدود مع سوريا نسب إلى "
            "التنظيم الإرهابي وأودى بحياة 32 شخصا.")
    found = kind_parties(nlp, text, "ASSAULT", _DATE)
    assert [(t, a, r) for _, t, a, r in found] == [("هجوم", ["التنظيم الإرهابي"], ["شخصا"])]


def test_toll_of_consequence_after_another_clause_stays(nlp):
    """A toll of consequence told after «بينما» opens another act: «بينما أودى انفجار سيارة مفخخة في بغداد بحياة 20
    شخصا» stays apart from the raid told before it."""
    text = ("شنت طائرات التحالف غارات على مواقع تنظيم داعش في الرقة أمس، بينما أودى انفجار سيارة مفخخة في بغداد بحياة "
            "20 شخصا.")
    assert len(_assaults(nlp, text)) >= 2


def test_killing_with_a_doer_and_its_attack_told_after_when_are_one(nlp):
    """«وقتل مسلح 38 سائحا … عندما اطلق الرصاص» (#1049): the verb after «عندما» tells how the killer killed, one act
    with the killer as its doer and the dead among its victims."""
    text = ("وقتل مسلح 38 سائحا أغلبهم بريطانيون عندما اطلق الرصاص بعد ان شق طريقه الي شاطيء فندق في مدينة سوسة "
            "الساحلية في اواخر يونيو حزيران الماضي.")
    found = kind_parties(nlp, text, "ASSAULT", _DATE)
    assert len(found) == 1 and found[0][2] == ["مسلح"] and "سائحا" in found[0][3]


def test_killing_and_an_attack_with_a_doer_of_its_own_stay_two(nlp):
    """«قتل مسلحون ثلاثة جنود عندما هاجم انتحاري حاجزا للشرطة»: the attack after «عندما» has a doer of its own, two acts."""
    text = "قتل مسلحون ثلاثة جنود عندما هاجم انتحاري حاجزا للشرطة في العريش."
    assert len(_assaults(nlp, text)) == 2
