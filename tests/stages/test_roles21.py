"""Parties the roles left empty or swapped (round 21): the speaker of «أنه» past a particle of tense or negation, or
standing before the report verb; the claimant of «مسؤوليته» with the act as its genitive; a phrase inside a chain of
nouns a preposition governs is no object of the verb (must / must not)."""

from stage_coding import events_coded


def coded(nlp, text, date="2015-08-08"):
    """The events the event coder gives (see stage_coding)."""
    return events_coded(nlp, text, date)


def roles(nlp, text, trigger):
    """(actor texts, recipient texts) of the first event of the trigger."""
    ev = next(e for e in coded(nlp, text) if e.trigger.text == trigger)
    return [a.text for a in ev.actor], [r.text for r in ev.recipient]


def test_speaker_past_a_particle_of_tense_or_negation(nlp):
    actor, _ = roles(nlp, "وقالت نيوزيلندا إنها لن تؤيد أي اتفاق لا يفتح الأسواق.", "تؤيد")
    assert actor == ["نيوزيلندا"]
    actor, _ = roles(nlp, "وذكرت الحكومة الفرنسية أيضا أنها سوف تنشر قوات شرطة إضافية على الجزيرة.", "تنشر قوات")
    assert actor == ["الحكومة الفرنسية"]
    # a masculine أنه before a feminine verb is still «it is that», particle or not
    actor, _ = roles(nlp, "وأعلن المرصد أنه قد قصفت قوات النظام البلدة.", "قصفت")
    assert "المرصد" not in actor


def test_speaker_before_the_report_verb(nlp):
    actor, _ = roles(nlp, "ودونالد ترامب ذكر أنه سوف يطرد المهاجرين من الولايات المتحدة.", "يطرد")
    assert actor and "ترامب" in actor[0]
    actor, _ = roles(nlp, "وكان الوزير قد أعلن أنه سيهاجم المدينة.", "سيهاجم")
    assert actor == ["الوزير"]


def test_claimant_of_an_act_in_the_genitive_of_responsibility(nlp):
    actor, _ = roles(nlp, "وأعلن تنظيم داعش عن مسؤوليته استهداف تجمع للجيش بصاروخين.", "استهداف")
    assert actor == ["تنظيم داعش"]
    # a bare «مسؤولية» borne by another is a blame, not a claim
    actor, _ = roles(nlp, "وحملت الحكومة إسرائيل مسؤولية مقتل الطفل.", "مقتل")
    assert "الحكومة" not in actor


def test_genitive_in_a_chain_after_a_preposition_is_no_object(nlp):
    actor, recipient = roles(nlp, "إن ما قام به المجرمون من عملية إجرامية آثمة استهدفت المصلّين في مسجد مقر قوّات "
                                  "الطوارئ بمنطقة عسير هو استمرار لبغيهم.", "استهدفت")
    assert "المصلّين" not in actor and "المصلّين" in recipient
    # a count past a place in في is still the object
    actor, recipient = roles(nlp, "اعتقلت القوات في بغداد 30 شخصا.", "اعتقلت")
    assert actor == ["القوات"] and recipient


def test_genitive_of_the_verbs_own_preposition_is_no_subject(nlp):
    actor, recipient = roles(nlp, "كما استسلم عشرات آخرون لعناصر المقاومة.", "استسلم")
    assert "المقاومة" not in actor and "المقاومة" in recipient
    actor, recipient = roles(nlp, "وكان خالد بحاح أشاد في وقت سابق بدور الإمارات في تحرير المدينة.", "أشاد")
    assert "الإمارات" in recipient
    # right after the verb the letter may be the noun's own: the body is the subject
    actor, _ = roles(nlp, "وفي بيان منفصل، نددت بعثة الأمم المتحدة في مالي بالهجوم الإرهابي.", "نددت")
    assert "الأمم المتحدة" in actor


def test_oblique_plural_is_the_one_called_on(nlp):
    actor, recipient = roles(nlp, "كما ناشد الخاطفين السماح لمن يرغب من السكان بالخروج من المدينة.", "ناشد")
    assert "الخاطفين" not in actor and "الخاطفين" in recipient
    # past a subject no lexicon names
    actor, recipient = roles(nlp, "دعت المنظمة الحوثيين إلى الإفراج عن الناشط.", "دعت")
    assert "الحوثيين" not in actor and "الحوثيين" in recipient
    # a nominative plural stays the subject
    actor, _ = roles(nlp, "واتهم المسلحون الجيش بقصف القرية.", "اتهم")
    assert "المسلحون" in actor


def test_object_past_the_subjects_quote_adjective_and_day(nlp):
    actor, recipient = roles(nlp, "دعت منظمة «هيومن رايتس ووتش» الحقوقية، أمس، الحوثيين إلى الإفراج عن الناشط.",
                             "دعت")
    assert actor == ["هيومن رايتس ووتش"] and recipient == ["الحوثيين"]


def test_verb_going_on_from_the_opening_subject_with_no_comma(nlp):
    actor, _ = roles(nlp, "وشدد الوزير على أهمية الحل السياسي للأزمة السورية وطالب بعدم الانجراف عن المسار السياسي.",
                     "طالب بعدم")
    assert actor == ["الوزير"]


def flags(nlp, text, trigger):
    """(negated, future) of the first event of the trigger."""
    ev = next(e for e in coded(nlp, text) if e.trigger.text == trigger)
    return ev.negated, ev.future


def test_act_a_negated_announcement_governs_is_negated(nlp):
    negated, _ = flags(nlp, "وصعد متطرفون يهود من هجماتهم، دون أن تعلن الشرطة الإسرائيلية عن تقديم لائحة اتهام ضد "
                            "أي منهم حتى الآن.", "اتهام")
    assert negated
    negated, _ = flags(nlp, "وأعلنت الشرطة اعتقال خمسة من المشتبه بهم.", "اعتقال")
    assert not negated


def test_caller_past_a_military_rank(nlp):
    text = ("كما تلقى نائب خادم الحرمين الشريفين اتصالاً هاتفياً امس من معالي الفريق الركن الشيخ راشد بن عبدالله آل "
            "خليفة وزير الداخلية بمملكة البحرين أعرب فيه عن إدانته للتفجير الإرهابي.")
    actor, _ = roles(nlp, text, "هاتفياً")
    assert actor and "راشد" in actor[0]
    actor, recipient = roles(nlp, text, "إدانته")
    assert actor and "راشد" in actor[0] and not any("راشد" in r for r in recipient)


def test_most_of_them_is_part_of_the_phrase_before(nlp):
    actor, recipient = roles(nlp, "قتل 39 سائحا معظمهم بريطانيون في الهجوم على الفندق.", "قتل")
    assert "سائحا" not in actor and "سائحا" in recipient and "بريطانيون" not in recipient


def test_civilians_before_an_attack_told_in_a_preposition_of_time_did_not_do_it(nlp):
    actor, _ = roles(nlp, "وكانت العائلة نائمة فيما يبدو أثناء الهجوم.", "الهجوم")
    assert "العائلة" not in actor
