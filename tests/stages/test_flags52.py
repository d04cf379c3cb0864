"""Round 52 (flags52): the negated / future / hypothetical flags — a phone call after «خلال», named by its adjective
(«خلال الاتصال الهاتفي»), is when a call was made, no complement of it, so not to come; an act a few words past «أن»
and its imperfect verb, after a word of doubt or a noun of possibility («احتمالات أن تشن اسرائيل هجوما»), is only
possible (must / must not, on sentences of the dev days)."""

from stage_coding import events_coded


def coded(nlp, text, date="2015-07-25"):
    """The events the event coder gives (see stage_coding)."""
    return events_coded(nlp, text, date)


def test_a_call_during_which_one_asked_is_no_future(nlp):
    """«ودعا الرئيس الإيراني خلال الاتصال الهاتفي … الرئيس هولاند»: the call took place, it is not called for."""
    text = "جاء ذلك خلال اتصال هاتفي أجراه الرئيس الإيراني مع نظيره الفرنسي عشية زيارة يقوم بها وزير الخارجية " \
           "الفرنسي إلى طهران بعيد توصل إيران إلى اتفاق مع الدول الكبرى حول برنامجها النووي، ودعا الرئيس الإيراني " \
           "خلال الاتصال الهاتفي حسب الإذاعة الإيرانية الجمعة الرئيس هولاند إلى زيارة طهران."
    evs = [e for e in coded(nlp, text) if e.event == "CONSULT" and e.trigger.text == "الهاتفي"]
    assert evs and not any(e.future for e in evs)
    visits = [e for e in coded(nlp, text) if e.event == "CONSULT" and e.trigger.text == "زيارة" and
              e.trigger.start > text.index("ودعا")]
    assert visits and all(e.future for e in visits)  # the visit called for is still to come


def test_an_attack_whose_chances_grow_is_hypothetical(nlp):
    """«يزيد احتمالات أن تشن إسرائيل هجوما عسكريا»: the attack is only possible."""
    text = "وكان كيري يرد على سؤال خلال مقابلة مع برنامج «توداي» على تلفزيون «إن بي سي» عما إذا كان الاتفاق النووي " \
           "الذي توصلت إليه القوى العالمية الست مع إيران الأسبوع الماضي يزيد احتمالات أن تشن إسرائيل هجوما عسكريا أو " \
           "إلكترونيا على طهران."
    evs = [e for e in coded(nlp, text) if e.trigger.text == "هجوما"]
    assert evs and all(e.hypothetical for e in evs)


def test_an_attack_after_possible_that_is_hypothetical(nlp):
    """«عن احتمال أن تشن إسرائيل هجوما على إيران»: the doubt reaches the object of the verb after أن."""
    text = "وتحدث المسؤول عن احتمال أن تشن إسرائيل هجوما على إيران."
    evs = [e for e in coded(nlp, text) if e.trigger.text == "هجوما"]
    assert evs and all(e.hypothetical for e in evs)
    told = "وأعلن الجيش أن المسلحين شنوا هجوما على نقطة تفتيش في سيناء."
    evs = [e for e in coded(nlp, told) if e.trigger.text == "هجوما"]
    assert evs and not any(e.hypothetical for e in evs)  # no word of doubt before أن: told as done
