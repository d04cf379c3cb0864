"""Round 95 (roles95): a future in ستـ tells no gender; a building past the verb is no subject (the phrase between
أن and the verb is, or a coordinated verb carries its subject on); a verb of meeting after إذ has all the phrases
after it for the ones met, its subject the visitor of the visit just told; the subject of a spoken act's verb is the
speaker a later subjectless verb carries on."""

from __future__ import annotations

from stage_coding import kind_parties


def test_future_in_sta_tells_no_gender():
    """«ستستهدف» (she, or you, will target) is no masculine singular verb."""
    from hadath.stages.events import _singular_gender

    assert _singular_gender("ستستهدف") == ""
    assert _singular_gender("سيستهدف") == "m"


def test_coordinated_verb_past_a_mosque_keeps_the_forces(nlp):
    """«واصابت احدى حارسات المسجد الأقصى»: the mosque is no subject; the occupation forces that arrested wound."""
    text = ("وذكر المركز الاعلامي لشؤون القدس والاقصى ان قوات الاحتلال اعتقلت خمسة شبان ومواطنتين مقدسيتين، واصابت "
            "احدى حارسات المسجد الأقصى وامرأة اخرى في رأسها جراء تعرضها لقنبلة صوتية.")
    wounds = [(a, r) for _, t, a, r in kind_parties(nlp, text, "ASSAULT", "2015-07-27") if t == "اصابت"]
    assert wounds and wounds[0][0] == ["قوات الاحتلال"]
    assert not any("المسجد" in x for x in wounds[0][0])


def test_visitor_meets_those_named_after_idh(nlp):
    """«خلال زيارة الوزير فابيوس إلى طهران …، إذ سيلتقي الرئيس روحاني والوزير ظريف»: Fabius meets Rouhani and
    Zarif; Rouhani is not the one who meets."""
    text = ("ويضيف المشنوق أن المسألة ستثار مجددا خلال زيارة الوزير فابيوس إلى طهران في 29 الحالي، إذ سيلتقي الرئيس "
            "روحاني والوزير محمد جواد ظريف.")
    meets = [(a, r) for _, t, a, r in kind_parties(nlp, text, "CONSULT", "2015-07-23") if t == "سيلتقي"]
    assert meets
    actor, recipient = meets[0]
    assert actor == ["الوزير فابيوس"]
    assert "الرئيس روحاني" in recipient and "الوزير محمد جواد ظريف" in recipient


def test_condemner_goes_on_past_a_subjectless_report(nlp):
    """«وأدان أبو ردينة … . وأوضح أن … . وطالب الحكومة الإسرائيلية بضرورة التوقف»: Abu Rudeineh demands, the
    Israeli government is asked."""
    text = ("وأكد نبيل أبو ردينة الناطق باسم الرئاسة الفلسطينية في تصريحات له أن محاولات إسرائيل ستؤدي إلى عواقب "
            "وخيمة. \n\nوأدان أبو ردينة ما تقوم به قوات الاحتلال الإسرائيلي من عمليات قتل واعتقالات. \n\nوأوضح أن "
            "الممارسات الإسرائيلية هذه ستدفع القيادة والأطراف العربية إلى اتخاذ مواقف وقرارات هامة. \n\nوطالب الحكومة "
            "الإسرائيلية بضرورة التوقف عن هذه الانتهاكات.")
    asks = [(a, r) for _, t, a, r in kind_parties(nlp, text, "REQUEST", "2015-07-27") if t == "طالب"]
    assert asks == [(["أبو ردينة"], ["الحكومة الإسرائيلية"])]


def test_subject_after_that_besieges_the_mosque(nlp):
    """«وبين أن سلطات الاحتلال تحاصر المسجد الأقصى وتمنع المصلين»: the occupation authorities besiege, not the
    mosque past the verb."""
    text = "وبين أن سلطات الاحتلال تحاصر المسجد الأقصى وتمنع المصلين من الدخول إليه."
    sieges = [a for _, t, a, _ in kind_parties(nlp, text, "COERCE", "2015-07-27") if t == "تحاصر"]
    assert sieges == [["سلطات الاحتلال"]]
