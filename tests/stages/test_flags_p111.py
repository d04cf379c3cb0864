"""Round 111 (p111): flags and repeats from the judged slice 2015-07-21 #0–399. A purpose verb in لـ after a
journey still to come is still to come, a comma between or not; an act awaited, prepared for, promised or possible
(«مع ترقب»، «استعدت لـ»، «وعود بـ»، «زيارة محتملة») is still to come; an act to come told again by its definite noun
in a clause of no future verb is that act; a state told by its capital and by its government is one doer; an attack
told again by a source with its very doers and victims is one act."""

from stage_coding import kept_flags, kept_triggers

_DATE = "2015-07-21"


def _flagged(nlp, text, kind):
    """(trigger, negated, future, hypothetical) of the kept events of `kind`."""
    return [(t, n, f, h) for k, t, n, f, h in kept_flags(nlp, text, _DATE) if k == kind]


_BUHARI = ("وعلى صعيد متصل، أعلنت مصادر في نيجيريا أن الرئيس النيجيري الجديد محمد بخاري سيسافر بعد غد الاثنين إلى "
           "واشنطن، ليبحث مع الرئيس الأميركي باراك أوباما مسألة «الحرب على الإرهاب».")


def test_purpose_verb_after_a_journey_to_come_past_a_comma_is_future(nlp):
    """«سيسافر بعد غد الاثنين إلى واشنطن، ليبحث مع الرئيس الأميركي» (#133): the talks are what the coming journey
    is for, still to come."""
    rows = _flagged(nlp, _BUHARI, "CONSULT")
    assert rows and all(f and not (n or h) for _, n, f, h in rows), rows


def test_purpose_verb_after_a_journey_done_is_no_future(nlp):
    """«وصل الرئيس أمس إلى واشنطن ليبحث مع الرئيس الأميركي»: a journey made; the talks are no act to come."""
    rows = _flagged(nlp, "وصل الرئيس النيجيري أمس إلى واشنطن ليبحث مع الرئيس الأميركي باراك أوباما الحرب على الإرهاب.",
                    "CONSULT")
    assert rows and not any(f for _, _, f, _ in rows), rows


def test_act_prepared_for_is_future(nlp):
    """«استعدت القوات الأمنية العراقية لاقتحام منطقة» (#79): only prepared for."""
    rows = _flagged(nlp, "في غضون ذلك، استعدت القوات الأمنية العراقية لاقتحام منطقة في الطرف الغربي لمدينة الرمادي.",
                    "COERCE")
    assert rows and all(f for _, _, f, _ in rows), rows


def test_act_awaited_is_future(nlp):
    """«مع ترقب رفع العقوبات الدولية على إيران» (#122): awaited, not done."""
    text = ("يتوافد المسؤولون الأوروبيون إلى طهران بعد التوقيع على الاتفاق النووي الإيراني بهدف الحصول على عقود "
            "اقتصادية، مع ترقب رفع العقوبات الدولية على إيران.")
    rows = _flagged(nlp, text, "RETREAT")
    assert rows and all(f for _, _, f, _ in rows), rows


def test_possible_visit_awaited_is_future(nlp):
    """«في انتظار زيارة محتملة لجون كيري» (#103): a visit awaited and only possible."""
    rows = _flagged(nlp, "لكن دون حفل رسمي في انتظار زيارة محتملة لجون كيري.", "CONSULT")
    assert rows and all(f for _, _, f, _ in rows), rows


def test_act_promised_is_future(nlp):
    """«مع وعود بإرسال تعزيزات وقوة عسكرية» (#15): promised, not sent."""
    text = ("المحاصرون من الميليشيات الحوثية يعيشون حاليا تحت أحلام قياداتهم المتمردة، مع وعود بإرسال تعزيزات وقوة "
            "عسكرية لمساعدتهم.")
    rows = _flagged(nlp, text, "MOBILIZE")
    assert rows and all(f for _, _, f, _ in rows), rows


def test_waiting_long_before_a_visit_made_is_no_future(nlp):
    """«وبعد انتظار طويل زار الرئيس القاهرة»: a wait over; the visit was made."""
    rows = _flagged(nlp, "وبعد انتظار طويل زار الرئيس الفرنسي القاهرة.", "CONSULT")
    assert rows and not any(f for _, _, f, _ in rows), rows


def test_talks_to_come_told_again_by_their_definite_noun_are_one(nlp):
    """«سيسافر … ليبحث مع الرئيس الأميركي» … «الأولوية خلال المحادثات بين الرئيس بخاري والرئيس أوباما» (#133): the
    coming talks told again by their noun in a clause of no future verb; one act, still to come."""
    text = _BUHARI + (" وأعلنت الرئاسة النيجيرية أن «الأولوية خلال المحادثات بين الرئيس بخاري والرئيس أوباما وكذلك مع "
                      "مسؤولين آخرين في الإدارة الأميركية، ستكون هي التدابير التي يتعين اتخاذها من أجل تعزيز التعاون».")
    rows = [r for r in _flagged(nlp, text, "CONSULT")]
    assert [t for t, _, _, _ in rows] == ["يبحث مع"], rows
    assert rows[0][2], rows


def test_state_and_its_government_condemning_are_one_doer(nlp):
    """«السلطات الروسية في احتجاجاتها وإدانتها» … «سارعت موسكو بإعلان إدانتها» (#249): Moscow is the Russian
    authorities; one condemnation."""
    text = ("وذلك ما تستند إليه اليوم السلطات الروسية في احتجاجاتها وإدانتها. وأثار الحادث ضجة واسعة النطاق في "
            "الأوساط السياسية. سارعت موسكو بإعلان إدانتها لمثل هذه الأساليب التي قالت بأنها تتنافى مع المواثيق "
            "الدولية.")
    assert len(kept_triggers(nlp, text, "ACCUSE", _DATE)) == 1, kept_triggers(nlp, text, "ACCUSE", _DATE)


_FRIENDLY = ("قال مسؤولون أفغان ان 14 جنديا أفغانيا قتلوا في حادث اطلاق \"نيران صديقة\" اليوم (الاثنين)، عندما نفذت "
             "قوات حلف شمال الاطلسي ضربة جوية على معسكر للجيش في شرق أفغانستان بطريق الخطأ.\n\n وأكد مسؤول عسكري "
             "أميركي في كابل الضربةن وقال ان قوات التحالف الدولية تحقق في الحادث.\n\n وقال محمد رحيم امين حاكم منطقة "
             "بركي براك حيث حصلت الغارة، ان \"مروحيتين اميركيتين هاجمتا في الساعة 6:00 صباح اليوم (1:30 ت غ) حاجزا "
             "للجيش الافغاني\" مضيفا ان \"النيران اندلعت في الحاجز ودمر بالكامل، وقتل 14 جنديا افغانيا\". كما اكد "
             "المتحدث باسم حكومة الولاية دين محمد درويش هذه الحصيلة.")


def test_attack_told_again_by_a_source_with_its_very_sides_is_one(nlp):
    """«14 جنديا أفغانيا قتلوا … عندما نفذت قوات …» … «وقال محمد رحيم امين … ان "مروحيتين اميركيتين هاجمتا …
    حاجزا للجيش الافغاني"» (#3): the governor tells the strike again with its very doers and victims."""
    events = nlp(_FRIENDLY, published=_DATE, title="«نيران صديقة» أميركية تودي بحياة 14 جنديا أفغانيا").events
    triggers = [e.trigger.text for e in events if e.event == "ASSAULT"]
    assert "هاجمتا" not in triggers and triggers, triggers


def test_visit_asked_for_past_a_long_title_aside_is_future(nlp):
    """«دعا عز الدين الأصبحي، مفوض الأمم المتحدة السامي لحقوق الإنسان، الرئيس الدوري لمجلس حقوق الإنسان لزيارة
    محافظة عدن» (#57): a title of six words set off by commas does not end the clause of the call; the visit is only
    asked for, still to come."""
    text = ("في مقابل ذلك دعا عز الدين الأصبحي، مفوض الأمم المتحدة السامي لحقوق الإنسان، الرئيس الدوري لمجلس حقوق "
            "الإنسان لزيارة محافظة عدن، للاطلاع عن كثب على واقع حقوق الإنسان باليمن.")
    rows = _flagged(nlp, text, "CONSULT")
    assert rows and all(f for _, _, f, _ in rows), rows


def test_act_whose_lawfulness_is_denied_is_told(nlp):
    """«أعلن من جانبه عن عدم مشروعية طرد الصحافية الروسية» (#249): the negation falls on the lawfulness; the
    expulsion took place."""
    text = "وكان ديمتري بيسكوف الناطق الرسمي باسم الكرملين أعلن من جانبه عن عدم مشروعية طرد الصحافية الروسية."
    rows = _flagged(nlp, text, "COERCE")
    assert rows and not any(n for _, n, _, _ in rows), rows


def test_act_denied_as_untrue_stays_negated(nlp):
    """«أكد الوزير عدم صحة اعتقال الناشط»: what is untrue did not take place."""
    rows = _flagged(nlp, "أكد الوزير عدم صحة اعتقال الناشط.", "COERCE")
    assert rows and all(n for _, n, _, _ in rows), rows


def test_visit_after_a_preposition_of_time_is_not_what_one_is_unable_to_do(nlp):
    """«لن يتمكن لسوء الحظ من التوجه إلى كوجيلو أثناء زيارته إلى كينيا» (#111): what he cannot do is go to Kogelo;
    the visit is when, not negated."""
    text = ("وقال السفير: «بوسعي أن أؤكد أن الرئيس باراك أوباما لن يتمكن لسوء الحظ من التوجه إلى كوجيلو أثناء زيارته "
            "إلى كينيا».")
    rows = _flagged(nlp, text, "CONSULT")
    assert rows and not any(n for _, n, _, _ in rows), rows


def test_aid_one_is_unable_to_move_stays_negated(nlp):
    """«ولم تتمكن الأمم المتحدة من نقل مساعدات غذائية إلى المدينة»: not moved."""
    rows = _flagged(nlp, "ولم تتمكن الأمم المتحدة من نقل مساعدات غذائية إلى المدينة.", "AID")
    assert rows and all(n for _, n, _, _ in rows), rows


def test_aid_not_obtained_is_negated(nlp):
    """«فلم تحصل على المساعدات التي وعدت بها الدول الصناعية السبع مرارا» (#274): the aid was not received."""
    text = ("فيعتبرون أن «تونس تعاقب على نجاحها السياسي والديمقراطي فلم تحصل على المساعدات التي وعدت بها الدول "
            "الصناعية السبع مرارا».")
    rows = _flagged(nlp, text, "AID")
    assert rows and all(n for _, n, _, _ in rows), rows


def test_aid_obtained_is_told(nlp):
    """«حصلت اليونان على قرض من الاتحاد الأوروبي»: received, no negation."""
    rows = _flagged(nlp, "حصلت اليونان على قرض من الاتحاد الأوروبي.", "AID")
    assert rows and not any(n for _, n, _, _ in rows), rows
