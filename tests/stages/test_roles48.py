"""Round 48 (roles48): parties lost or misread by clause reading: the owner of the statements rejected or condemned
(function_words.tsv statement), the genitive of a noun another preposition governs taken for the subject, the one met
after «خلال لقائه» taken for the subject, and a city in بـ taken for the party met."""

from event_lookup import event_by_trigger


def _texts(entities):
    """The texts of the actors or recipients of an event."""
    return [e.text for e in entities]


def test_the_owner_of_the_statements_rejected_past_the_subject_titles_is_the_recipient(coder):
    ev = event_by_trigger(coder, "من جانبه رفض السفير حسين هريدي، مساعد وزير الخارجية المصري الأسبق، تصريحات "
                                 "المالكي، السلبية التي وجهها للمملكة.", "رفض")
    assert "المالكي" in _texts(ev.recipient)
    assert "المالكي" not in _texts(ev.actor)


def test_the_owner_of_the_statements_condemned_past_a_titled_name_is_the_recipient(coder):
    ev = event_by_trigger(coder, "استنكر الأمين العام لمجلس التعاون لدول الخليج العربية د. عبداللطيف بن راشد "
                                 "الزياني بشدة تصريحات نائب رئيس الجمهورية العراقي نوري المالكي تجاه المملكة.",
                          "استنكر")
    assert any("المالكي" in r for r in _texts(ev.recipient))
    assert ev.actor and ev.actor[0].code == "IGO"


def test_the_owner_of_the_conduct_criticised_right_after_the_verb_is_no_subject(coder):
    ev = event_by_trigger(coder, "أما أستاذ العلوم السياسية في الجامعة الأردنية عماد حمودة فقد انتقد تصرفات نوري "
                                 "المالكي.", "انتقد")
    assert "نوري المالكي" not in _texts(ev.actor)
    assert "نوري المالكي" in _texts(ev.recipient)


def test_statements_in_a_preposition_are_not_the_rejected_object(coder):
    ev = event_by_trigger(coder, "رفض الوزير الرد على تصريحات المالكي.", "رفض")
    assert "المالكي" not in _texts(ev.recipient)


def test_the_genitive_of_a_place_noun_in_fi_is_not_the_meeting_subject(coder):
    ev = event_by_trigger(coder, "وكان وزير الخارجية الأستاذ عادل بن أحمد الجبير قد اجتمع أمس في فرع وزارة الخارجية "
                                 "بجدة مع وزير خارجية جمهورية مصر العربية سامح شكري.", "اجتمع")
    assert "وزارة الخارجية" not in _texts(ev.actor)
    assert [e.code for e in ev.actor] == ["SAU"]
    assert [e.code for e in ev.recipient] == ["EGY"]


def test_the_genitive_of_a_noun_after_ala_is_not_the_subject_of_an_urging(coder):
    ev = event_by_trigger(coder, "وأضاف البيان أن السيناتورة الأمريكية شددت على ضرورة مساهمة باكستان في الجهود.",
                          "شددت")
    assert "باكستان" not in _texts(ev.actor)


def test_the_one_met_after_khilal_liqaihi_is_the_recipient_not_the_actor(coder):
    ev = event_by_trigger(coder, "وأشار الجبير إلى أنه بحث خلال لقائه وزير الخارجية المصري تمتين العلاقات الثنائية.",
                          "بحث")
    assert "وزير الخارجية المصري" not in _texts(ev.actor)
    assert "وزير الخارجية المصري" in _texts(ev.recipient)


def test_the_owner_of_the_statements_in_the_verbs_bi_is_the_recipient(coder):
    ev = event_by_trigger(coder, "ندد البرلمان العربي بتصريحات المالكي ضد المملكة.", "ندد")
    assert "المالكي" in _texts(ev.recipient)
    assert "البرلمان العربي" in _texts(ev.actor)


def test_the_owner_of_the_statements_praised_right_after_the_verb_is_no_subject(coder):
    ev = event_by_trigger(coder, "وأشاد بتصريحات الرئيس الأمريكي باراك أوباما.", "أشاد")
    assert "الرئيس الأمريكي باراك أوباما" not in _texts(ev.actor)
    assert "الرئيس الأمريكي باراك أوباما" in _texts(ev.recipient)


def test_the_subject_after_a_speech_noun_in_khilal_stays_the_subject(coder):
    ev = event_by_trigger(coder, "وأكد خلال كلمته وزير الخارجية السعودي عادل الجبير دعم المملكة لليمن.", "دعم")
    assert [e.code for e in ev.recipient] == ["YEM"]


def test_an_indefinite_role_noun_past_a_place_no_lexicon_names_stays_the_object(coder):
    ev = event_by_trigger(coder, "وقالت إن العملية رد على الهجوم الانتحاري الذي استهدف في سوروتش ناشطين مؤيدين "
                                 "للقضية الكردية.", "الهجوم الانتحاري")
    assert "ناشطين" in _texts(ev.recipient)
