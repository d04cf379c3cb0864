"""An object pronoun on a verb or in the preposition it governs (أطلقت عليهم النار، واستقبله) resumes a party named
before it in the sentence: the act's recipient, when gender and number agree, it is not the actor, and no quote mark,
report verb, relative pronoun or other noun stands between."""


def _parties(nlp, text, event):
    """(actor texts, recipient texts) of every `event` event of `text`."""
    return [([a.text for a in e.actor], [r.text for r in e.recipient])
            for e in nlp(text, published="2015-08-01").events if e.event == event]


def test_shooting_at_them_takes_the_arrested_as_recipient(nlp):
    got = _parties(nlp, "اعتقلت الشرطة المتهمين وأطلقت عليهم النار.", "ASSAULT")
    assert got and "المتهمين" in got[0][1] and "الشرطة" in got[0][0]


def test_a_pronoun_that_does_not_agree_takes_no_recipient(nlp):
    # عليهم (plural) cannot resume المتهم (singular)
    got = _parties(nlp, "اعتقلت الشرطة المتهم وأطلقت عليهم النار.", "ASSAULT")
    assert got and "المتهم" not in got[0][1]


def test_a_demand_on_him_takes_the_man_named_before(nlp):
    got = _parties(nlp, "واعتبرت البحرين ما صدر عن خامنئي تدخلا فجا وطالبته بالكف عن مثل هذه التصريحات.",
                   "REQUEST")
    assert got and "خامنئي" in got[0][1] and "خامنئي" not in got[0][0]


def test_a_verb_with_no_subject_does_not_take_the_phrase_it_agrees_with(nlp):
    # ودعمتها: the feminine verb agrees with الأمانة, which is its subject, not what ها resumes
    got = _parties(nlp, "وقد عملت الأمانة على إنشاء الحديقة، ودعمتها بكافة الخدمات.", "SUPPORT")
    assert all("الأمانة" not in r for _, r in got)


def test_no_recipient_across_a_report_verb(nlp):
    # a new speaker stands between the arrested and the pronoun
    got = _parties(nlp, "اعتقلت الشرطة المتهمين، وقال الضابط إن الجنود أطلقوا عليهم النار.", "ASSAULT")
    assert all("المتهمين" not in r for _, r in got)


def test_no_recipient_across_a_noun_after_a_preposition(nlp):
    # هم after في المخيمات: the camps' people, not the arrested before them
    got = _parties(nlp, "اعتقلت الشرطة المتهمين في المخيمات وأطلقت عليهم النار.", "ASSAULT")
    assert all("المتهمين" not in r for _, r in got)


def test_a_pronoun_after_ma_resumes_what_not_a_party(nlp):
    # وهو ما يعارضه: ه resumes «ما» (what the sentence told), not مجلس النواب
    got = _parties(nlp, "ويتولى مجلس النواب السلطة التشريعية للبلاد، وهو ما يعارضه المؤتمر الوطني العام.", "REJECT")
    assert all("مجلس النواب" not in r for _, r in got)


def test_a_loan_asked_of_the_fund_named_before(nlp):
    got = _parties(nlp, "أعلن صندوق النقد الدولي، أمس السبت، أن الحكومة اليونانية طلبت منه الحصول على قرض جديد.",
                   "REQUEST")
    assert got and "صندوق النقد الدولي" in got[0][1] and "الحكومة اليونانية" in got[0][0]


def test_with_no_actor_no_recipient_past_a_comma(nlp):
    # هي خطابات يدعمها: ها resumes the speeches, not العراق before the comma
    got = _parties(nlp, "محاولة صنع جبهة لمواجهة الإرهاب على أرض العراق، وهي خطابات يدعمها الإعلام المؤدلج.",
                   "SUPPORT")
    assert all("العراق" not in r for _, r in got)


def test_who_expresses_condemnation_after_a_long_title_is_its_actor(nlp):
    # أعرب … الدكتور نبيل العربي عن إدانته: the pronoun of إدانته is the speaker, not the one condemned
    got = _parties(nlp, "وأعرب الأمين العام لجامعة الدول العربية الدكتور نبيل العربي عن إدانته للهجوم الإرهابي.",
                   "ACCUSE")
    assert got and all("الدكتور نبيل العربي" not in r for _, r in got)
    assert any(any("نبيل العربي" in a for a in actor) for actor, _ in got)
