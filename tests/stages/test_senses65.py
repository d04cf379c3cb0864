"""Trigger senses, round 65 (the triggers lexicon's tail, unless and not_after columns): a real word coded with the
wrong PLOVER type, or a word that is no act coded as one, as blind judges found them.

Must not code (the wrong reading absent): the charge an arrest was made on (أوقفا بتهمة، ضبط مواطن بتهمة) and what
worries someone (ما يقلق الأجهزة الأمنية) as ACCUSE; a legislature's own debate of a bill (يناقش مجلس الشيوخ مشروع
قانون) and calls recorded by spies (تسجيل المحادثات الهاتفية) as CONSULT; the cooperation a call asks for (دعا إلى
التعاون) as COOPERATE; a pledge to cancel (يتعهد بإلغاء), a loan approved (وافق على قرض), the importance of another's
commitment stressed (أكدت أهمية التزام إيران) and guarantees that bear one out (ضمانات تؤكد التزام إيران) as AGREE; a
club's complaint (احتج النادي أمام الاتحاد) as PROTEST.

Must code: the arrest (COERCE), the call (one REQUEST, its caller and the called), the pledge to cancel (REJECT), the
loan (a done AID to the borrower); and, as guards that pass on the base too, the political senses beside them still
code: a UN mission's concern (ACCUSE), talks by phone (CONSULT), a protest before an embassy (PROTEST), a commitment
reaffirmed (SUPPORT) and a state's own commitment affirmed (AGREE).
"""

import pytest


def types(coder, text):
    """The event types the coder gives for `text`."""
    return [e.event for e in coder(text, published="2015-07-24").events]


def first_of(coder, text, event):
    """The first event of type `event` the coder gives for `text`."""
    return next(e for e in coder(text, published="2015-07-24").events if e.event == event)


@pytest.mark.parametrize("event, text", [
    # the charge an arrest was made on
    ("ACCUSE", "أعلنت النيابة الفيدرالية البلجيكية أن اثنين من معتقلي غوانتانامو السابقين أوقفا في بلجيكا بتهمة "
               "«المشاركة بنشاطات مجموعة إرهابية»."),
    ("ACCUSE", "تمكنت شرطة محافظة حفر الباطن من ضبط مواطن بتهمة الاعتداء على زوجته."),
    # what worries someone
    ("ACCUSE", "وأكثر ما يقلق الأجهزة الأمنية في كينيا، حركة الشباب الصومالية المتطرفة."),
    # a legislature's own debate; a law debated
    ("CONSULT", "ويناقش مجلس الشيوخ الأميركي مشروع قانون سنويًا لسياسة الدفاع يسمح بإغلاق السجن."),
    ("CONSULT", "كما ينتظر أن يناقش البرلمان مشروع قانون يسمح بالمصادقة على قانون الميزانية المعدل لعام 2015."),
    ("CONSULT", "وفتح الباب لمناقشة مجلس الشورى قوانين مكافحة التحرش."),
    # calls recorded
    ("CONSULT", "وتقوم الأجهزة بتسجيل جميع أنواع المحادثات الهاتفية وعبر الإنترنت."),
    # the cooperation a call asks for
    ("COOPERATE", "ودعا الخرينج إلى التعاون من أجل منطقة خالية من الإرهاب."),
    ("COOPERATE", "دعت الولايات المتحدة الأمريكية باكستان التعاون للقضاء على التهديد الذي يشكله تنظيم داعش."),
    # a pledge to cancel; a loan approved
    ("AGREE", "ويتعهد المرشحون الجمهوريون بإلغاء الاتفاق النووي مع إيران."),
    ("AGREE", "ووافق صندوق النقد الدولي على قرض لمصر بقيمة 12 مليار دولار."),
    # a club's complaint
    ("PROTEST", "واحتج النادي أمام الاتحاد الآسيوي على قرار الحكم."),
    # the importance of another's commitment stressed; guarantees that would bear a commitment out
    ("AGREE", "وأوضح الجبير أن التطمينات الأميركية أكدت أهمية التزام إيران بالاتفاقية الموقعة مع دول (5+1)."),
    ("AGREE", "وتسعى دول المنطقة للحصول على ضمانات تؤكد التزام إيران بتعهداتها."),
])
def test_no_event_of_the_wrong_type(coder, event, text):
    """The wrong reading is absent."""
    assert event not in types(coder, text), text


@pytest.mark.parametrize("event, text", [
    ("COERCE", "أعلنت النيابة الفيدرالية البلجيكية أن اثنين من معتقلي غوانتانامو السابقين أوقفا في بلجيكا بتهمة "
               "«المشاركة بنشاطات مجموعة إرهابية»."),
    ("COERCE", "تمكنت شرطة محافظة حفر الباطن من ضبط مواطن بتهمة الاعتداء على زوجته."),
    ("REJECT", "ويتعهد المرشحون الجمهوريون بإلغاء الاتفاق النووي مع إيران."),
])
def test_event_of_the_right_type(coder, event, text):
    """The right reading codes."""
    assert event in types(coder, text), text


@pytest.mark.parametrize("event, text", [
    ("REQUEST", "ودعا الخرينج إلى التعاون من أجل منطقة خالية من الإرهاب."),
    ("AID", "ووافق صندوق النقد الدولي على قرض لمصر بقيمة 12 مليار دولار."),
    ("ACCUSE", "أعربت بعثة الأمم المتحدة للدعم في ليبيا عن قلقها إزاء تجدد الاشتباكات في جنوب ليبيا."),
    ("CONSULT", "وأجرى الرئيس محادثات هاتفية مع نظيره التركي."),
    ("PROTEST", "واحتج المتظاهرون أمام السفارة الأمريكية في القاهرة."),
    ("SUPPORT", "وأكدت الولايات المتحدة مجددا التزامها بالشراكة مع دول مجلس التعاون."),
    ("AGREE", "وأكد شكري التزام مصر في التحالف العربي الذي تقوده المملكة."),
])
def test_political_sense_still_codes(coder, event, text):
    """Guards (they pass on the base too): the political sense beside each change still codes."""
    assert event in types(coder, text), text


def test_call_to_cooperate_is_one_request(coder):
    """A call to cooperate is one REQUEST from the caller to the called (دعت الولايات المتحدة باكستان التعاون),
    and no COOPERATE to come beside it."""
    text = "دعت الولايات المتحدة الأمريكية باكستان التعاون للقضاء على التهديد الذي يشكله تنظيم داعش."
    kinds = types(coder, text)
    assert "COOPERATE" not in kinds and kinds.count("REQUEST") == 1
    e = first_of(coder, text, "REQUEST")
    assert [a.code for a in e.actor] == ["USA"]
    assert [r.code for r in e.recipient] == ["PAK"]


def test_loan_approval_is_a_done_aid_to_the_borrower(coder):
    """A loan approved is the lender's AID to the borrower, told by the approval itself and so not to come
    (وافق صندوق النقد الدولي على قرض لمصر)."""
    e = first_of(coder, "ووافق صندوق النقد الدولي على قرض لمصر بقيمة 12 مليار دولار.", "AID")
    assert [r.code for r in e.recipient] == ["EGY"]
    assert not e.future
