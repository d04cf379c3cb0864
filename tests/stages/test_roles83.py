"""Recipients of praise, blame and refusal told by the deed they take for object (round 83): the doer of the act
noun right after the verb («أدان البيان "اقتحام المستوطنين"»), the owner of a deed noun told after it («جهود
تركيا»، «من قبل المسؤولين الإيرانيين»، «التي أدلى بها … الرئيس الفرنسي»); not the owner of a deed past a time
phrase that ends the object («تلقت الإدارة دعما يوم الخميس بعد تصريح عادل الجبير»); and the visitor of a visit
told as the time of what he said («أكد أوباما في اليوم الأول من زيارة … إلى كينيا») (must / must not)."""

from stage_coding import events_coded


def roles(nlp, text, trigger, date="2015-07-26"):
    """(actor texts, recipient texts) of the first event of the trigger, as the event coder gives it."""
    ev = next(e for e in events_coded(nlp, text, date) if e.trigger.text == trigger)
    return [a.text for a in ev.actor], [r.text for r in ev.recipient]


def test_condemned_act_doer_is_recipient(nlp):
    """The doer of the act condemned, told right after the verb (past a subject no lexicon names), is the one
    condemned."""
    text = ('وأدان البيان "اقتحام المستوطنين المتطرفين تحت حماية قوات الاحتلال المسجد الأقصى من جهة باب '
            'المغاربة".')
    _, recipient = roles(nlp, text, "أدان")
    assert recipient == ["المستوطنين"]


def test_owner_of_welcomed_efforts(nlp):
    """The owner of the efforts welcomed, right after the deed noun, is the recipient."""
    text = "رحب البيت الأبيض اليوم الأحد بتزايد تركيز وجهود تركيا للتصدي لتنظيم داعش."
    actor, recipient = roles(nlp, text, "رحب")
    assert actor == ["البيت الأبيض"]
    assert recipient == ["تركيا"]
    # (a deed past a time phrase and «بعد» is no object of the verb: its owner is no recipient)
    text = "وتلقت الإدارة دعما يوم الخميس بعد تصريح عادل الجبير، وزير الخارجية السعودي، للصحافيين."
    evs = [e for e in events_coded(nlp, text, "2015-07-25") if e.trigger.text == "دعما"]
    assert evs
    assert all("عادل الجبير" not in [r.text for r in e.recipient] for e in evs)


def test_owner_of_condemned_statements_in_min_qibal(nlp):
    """The owner of statements condemned, told in «من قبل», is the recipient."""
    text = ('أن مملكة البحرين "تدين بشدة استمرار التصريحات العدائية من قبل مسؤولي الجمهورية الإسلامية الإيرانية '
            'تجاه المملكة".')
    _, recipient = roles(nlp, text, "تدين")
    assert len(recipient) == 1 and recipient[0].endswith("الجمهورية الإسلامية الإيرانية")  # (مسؤولي: agents)


def test_owner_of_criticised_statements_in_relative_clause(nlp):
    """The subject of the relative clause on the statements criticised, past what it tells of, is the recipient."""
    text = ("انتقد وزير الخارجية الجزائري رمطان لعمامرة التصريحات التي ادلى بها حول الجزائر الرئيس الفرنسي السابق "
            "نيكولا ساركوزي.")
    _, recipient = roles(nlp, text, "انتقد")
    assert recipient and "الجزائر" not in recipient
    assert recipient[0].startswith("الرئيس الفرنسي")



def test_deed_owner_read_as_subject_is_the_one_condemned(nlp):
    """The nationality of the deeds condemned, read as the verb's subject, is the one condemned, no condemner."""
    text = ("كما أدانت القرارات والإجراءات الإسرائيلية العنصرية بفرض قيود مشددة على دخول المواطنين الفلسطينيين "
            "إلى المسجد.")
    actor, recipient = roles(nlp, text, "أدانت")
    assert "الإسرائيلية" not in actor
    assert recipient == ["الإسرائيلية"]


def test_act_doer_past_a_manner_adverb(nlp):
    """Past a manner noun and its adjective («بشكل كبير»), the doer of the aid welcomed is the recipient."""
    text = "أن الحكومة البريطانية ترحب بشكل كبير بالمساعدات المقدمة من حكومة المملكة للشعب اليمني."
    actor, recipient = roles(nlp, text, "ترحب")
    assert actor == ["الحكومة البريطانية"]
    assert len(recipient) == 1 and recipient[0].startswith("حكومة")


def test_visit_told_as_the_time_of_a_statement(nlp):
    """A visit told as the time of what a report verb's subject said («في اليوم الأول من زيارة») is his visit."""
    text = ("أكد الرئيس الأمريكي باراك اوباما في اليوم الاول من زيارة غير مسبوقة الى كينيا أمس السبت أن أفريقيا "
            "تسير قدما.")
    actor, recipient = roles(nlp, text, "زيارة")
    assert actor and actor[0].startswith("الرئيس الأمريكي")
    assert recipient == ["كينيا"]
