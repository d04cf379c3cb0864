"""Round 78 (flags78): the negated, future and hypothetical flags of a past verb in و right after a request noun
«قدم الهلال طلبا وأيده رئيس النصر» (a fact, not what is asked), an accusation past «وبين» after a call noun (a fact),
a cooperation after «مع حرصها على» (a stance told, no aim), aid that is the subject of a verb past «بعدما» (done), an
act refused past a day set off by commas «رفضت …، أمس، إطلاق سراح» (negated and to come), a withdrawal that «لا يمكن
تأكيده» (hypothetical) and a ban thought of past an aside «وتفكر بعض البلدان …، في فرض حظر» (to come) (must / must
not, on sentences of the dev days 2015-07-23, 2015-07-25, 2015-07-26 and 2015-08-03)."""

from stage_coding import events_coded


def flags_of(nlp, text, trigger, date="2015-07-26"):
    """(negated, future, hypothetical) of each event of `text` whose trigger starts with `trigger`."""
    return [(e.negated, e.future, e.hypothetical) for e in events_coded(nlp, text, date)
            if e.trigger.text.startswith(trigger)]


def test_past_verb_in_wa_after_a_request_is_a_fact(nlp):
    """«بعدما قدم الهلال طلبا وأيده رئيس النصر»: the support, a perfect verb in و right after the request noun, was
    given: no future flag (it is no content of the request)."""
    text = 'كاشفا عن أن ذلك أتى بعدما قدم الهلال طلبا وأيده رئيس النصر.'
    assert flags_of(nlp, text, "أيده", "2015-08-03") == [(False, False, False)]


def test_accusation_past_wa_bayna_is_a_fact(nlp):
    """«تباينت بين التبرؤ من كون الدعوة وجهت … باسم «النداء» وبين اتهام الرئيس الفرنسي السابق»: the accusation, on
    the other side of «بين … و», was made: not future (no complement of the call noun before it)."""
    text = ('وقد تباينت بين التبرؤ من كون الدعوة وجهت إلى ساركوزي باسم «النداء» وبين اتهام الرئيس الفرنسي السابق '
            'بـ«تحمل مسؤولية الخراب والدمار في ليبيا».')
    assert flags_of(nlp, text, "اتهام", "2015-07-25") == [(False, False, False)]


def test_keenness_after_amid_is_no_aim(nlp):
    """«خاصة مع حرصها على التعاون مع قوات المقاومة الشعبية، حيث جرى التنسيق بينهما»: the cooperation went on, a
    stance told as a circumstance: not future; «وأكد الوزير حرصه على التعاون» stays an aim (future)."""
    text = ('وقد ساهمت هذه القوات بشكل رئيسي في حسم المعركة على الأرض، خاصة مع حرصها على التعاون مع قوات المقاومة '
            'الشعبية، حيث جرى التنسيق بينهما ميدانيا.')
    assert flags_of(nlp, text, "التعاون") == [(False, False, False)]
    text = 'وأكد الوزير حرصه على التعاون مع قوات المقاومة الشعبية.'
    assert flags_of(nlp, text, "التعاون") == [(False, True, False)]


def test_subject_past_after_that_is_done(nlp):
    """«والآن سيتوقف أيضا بشكل كلي بعدما تحولت المساعدات الغذائية إلى ميناء عدن»: the aid, subject of a perfect verb
    past «بعدما», has been turned: not future, though a future verb stands before it."""
    text = ('وقال إن «ميناء الحديدة توقف عن العمل منذ سيطرة جماعة الحوثي عليه، والآن سيتوقف أيضا بشكل كلي بعدما '
            'تحولت المساعدات الغذائية إلى ميناء عدن بعد دحر الحوثيين منها».')
    assert flags_of(nlp, text, "المساعدات") == [(False, False, False)]


def test_refusal_past_a_day_aside(nlp):
    """«رفضت دائرة العرض …، أمس، إطلاق سراح المتهمين»: the release refused is not made: negated and future, the
    commas around «أمس» do not cut it off the refusal."""
    text = ('رفضت دائرة العرض في هيئة التحقيق والادعاء العام، أمس، إطلاق سراح المتهمين في قضية التحرش بفتاتين في '
            'كورنيش جدة، وأمرت بتمديد توقيفهم.')
    assert flags_of(nlp, text, "إطلاق", "2015-07-23") == [(True, True, False)]


def test_withdrawal_that_cannot_be_confirmed(nlp):
    """«أن انسحاب الحوثيين من محافظة إب إلى صعدة … «لا يمكن تأكيده»»: only reported: hypothetical; a visit announced
    «لكن لم يتم تأكيدها» past لكن keeps no flag."""
    text = ('وأوضح أن انسحاب الحوثيين من محافظة إب إلى صعدة معقل الميليشيات «لا يمكن تأكيده»، مشيرًا إلى أن سيطرة '
            'المقاومة مستمرة.')
    assert flags_of(nlp, text, "انسحاب", "2015-07-23") == [(False, False, True)]
    text = ('وكان جنتيلوني قد أعلن عن الزيارة ومواعيدها في رسالة على «تويتر» في 17 يوليو لكن لم يتم تأكيدها حتى يوم '
            'أمس «لأسباب أمنية» بحسب الوزارة.')
    assert flags_of(nlp, text, "الزيارة", "2015-07-25") == [(False, False, False)]


def test_ban_thought_of_past_an_aside(nlp):
    """«وتفكر بعض البلدان والمدن، خاصة في فرنسا وألمانيا، في فرض حظر على أوبر»: the ban is thought of, still to
    come (future), past the subject and an aside set off by commas; a ban a war brought, «تسببت الحرب في فرض حظر»,
    keeps no flag."""
    text = 'وتفكر بعض البلدان والمدن، خاصة في فرنسا وألمانيا، في فرض حظر على أوبر، أو هي بصدد ذلك فعليا.'
    assert flags_of(nlp, text, "حظر") == [(False, True, False)]
    text = 'وقد تسببت الحرب في فرض حظر على السفر.'
    assert all(not fut for _, fut, _ in flags_of(nlp, text, "حظر"))
