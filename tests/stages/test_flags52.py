"""Round 52 (flags52): the negated / future / hypothetical flags — a phone call after «خلال», named by its adjective
(«خلال الاتصال الهاتفي»), is when a call was made, no complement of it, so not to come; an act a few words past «أن»
and its imperfect verb, after a word of doubt or a noun of possibility («احتمالات أن تشن اسرائيل هجوما»), is only
possible; a perfect after an independent pronoun is a verb (ونحن طالبنا); وعدة («and several») is no aim word; a
condition past a predicate pronoun (هو نجاح … في حال) leaves the subject told; ودعوه («they called on him») is a call
made (must / must not, on sentences of the dev days)."""

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


def test_a_request_after_we_is_made(nlp):
    """«ونحن طالبنا بذلك»: a perfect after a pronoun is its verb, no verbal noun of a duty word: asked, not to come."""
    text = "•• من المؤكد أن الحوار بين جميع الأطراف السياسية واللاعبين الأساسيين في هذه الأزمة ينبغي أن يبدأ ويتواصل " \
           "ونحن طالبنا بذلك على أساس قرار مجلس الأمن 2261 وجهود المبعوث الدولي ولد الشيخ أحمد."
    evs = [e for e in coded(nlp, text, "2015-08-03") if e.event == "REQUEST" and e.trigger.text == "طالبنا"]
    assert evs and not any(e.future for e in evs)


def test_several_is_no_promise(nlp):
    """«أحالت 41 متهماً … وعدة جنسيات أخرى إلى المحكمة بتهمة»: وعدة («and several») is no aim word; the charge is
    made."""
    text = "يوم أمس أعلنت دولة الإمارات المتحدة أن نيابتها العامة أحالت 41 متهماً من الإمارات وعدة جنسيات أخرى إلى " \
           "المحكمة بتهمة تشكيل خلايا تابعة لـ «داعش» في الإمارات."
    evs = [e for e in coded(nlp, text, "2015-08-03") if e.event == "ACCUSE"]
    assert evs and not any(e.future for e in evs)


def test_a_condition_on_the_predicate_leaves_the_subject_told(nlp):
    """«أن توقيع الاتفاق النووي … هو نجاح … في حال التزام طهران»: the condition is on the success, the signing
    took place."""
    text = "واعتبر لاجاك أن توقيع الاتفاق النووي مع إيران هو نجاح للدبلوماسية الدولية في حال التزام طهران."
    evs = [e for e in coded(nlp, text, "2015-08-03") if e.trigger.text.startswith("توقيع")]
    assert evs and not any(e.hypothetical for e in evs)


def test_they_called_on_him_is_no_content_of_the_threat(nlp):
    """«وهددوه مباشرة بالقتل ودعوه للرحيل»: ودعوه (with ه) is «they called on him», a call made, not a threatened one."""
    text = "ونشر هؤلاء صورا مفبركة لرفلين معتمرًا كوفية فلسطينية، كما كان آباؤهم قد فعلوا قبيل اغتيالهم رئيس الوزراء " \
           "الأسبق، إسحق رابين، في عام 1995، وهددوه مباشرة بالقتل ودعوه للرحيل إلى قطاع غزة."
    evs = [e for e in coded(nlp, text) if e.event == "REQUEST" and e.trigger.text == "دعوه"]
    assert evs and not any(e.future for e in evs)
