"""Roles of the second round (roles12): victims of a death verb told in the passive, planters, suspects,
condemners and the other party of non-violent acts, on short constructed sentences (must / must not)."""


def events_of(nlp, text, etype):
    return [e for e in nlp(text, published="2015-07-01").events if e.event == etype]


def first(nlp, text, etype):
    evs = events_of(nlp, text, etype)
    assert evs, (text, [e.event for e in nlp(text).events])
    return evs[0]


def texts(entities):
    return [e.text for e in entities]


def test_a_titled_victim_named_after_a_passive_death_verb_did_not_kill(coder):
    ev = first(coder, "قتل المدعي العام سامي بركات في انفجار استهدف سيارته.", "ASSAULT")
    assert not any("المدعي" in t for t in texts(ev.actor)), ev.to_dict()
    assert any("المدعي" in t for t in texts(ev.recipient)), ev.to_dict()


def test_a_time_clause_after_a_passive_death_verb_leaves_it_objectless(coder):
    ev = first(coder, "قتل مسلح الخميس بعد أن أطلق النار داخل مطعم.", "ASSAULT")
    assert not ev.actor, ev.to_dict()
    assert any("مسلح" in t for t in texts(ev.recipient)), ev.to_dict()


def test_a_clause_word_in_alif_is_no_manner_noun_after_a_death_verb(coder):
    ev = first(coder, "وقالت الشرطة إن جنديين تركيين قتلوا عندما فجر مهاجمون قنبلة.", "ASSAULT")
    assert not any("جنديين" in t for t in texts(ev.actor)), ev.to_dict()
    assert any("جنديين" in t for t in texts(ev.recipient)), ev.to_dict()


def test_an_active_verb_with_a_titled_subject_and_an_object_keeps_its_actor(coder):
    ev = first(coder, "هاجم الرئيس محمد مرسي المعارضة في خطابه.", "ASSAULT")
    assert any("الرئيس" in t for t in texts(ev.actor)), ev.to_dict()


def test_who_planted_a_device_is_its_actor_not_its_target(coder):
    evs = events_of(coder, "قتل أربعة جنود في تفجير عبوة ناسفة وضعها إرهابيون على الطريق.", "ASSAULT")
    assert not any("إرهابيون" in t for e in evs for t in texts(e.recipient)), [e.to_dict() for e in evs]
    assert any("إرهابيون" in t for e in evs for t in texts(e.actor)), [e.to_dict() for e in evs]


def test_a_count_in_ta_marbuta_is_no_resuming_verb_before_the_victims(coder):
    evs = events_of(coder, "انفجرت سيارة مفخخة في السوق ما أدى إلى مقتل عشرة أشخاص.", "ASSAULT")
    assert any("أشخاص" in t for e in evs for t in texts(e.recipient)), [e.to_dict() for e in evs]


def test_a_congratulation_to_a_president_addressed_with_lam_fakhama_has_him_as_recipient(coder):
    ev = first(coder, "وبعث الملك برقية تهنئة لفخامة الرئيس الفرنسي بمناسبة إعادة انتخابه.", "SUPPORT")
    assert any("الرئيس" in t for t in texts(ev.recipient)), ev.to_dict()


def test_the_accused_an_arrest_pronoun_resumes_are_arrested_not_arresters(coder):
    ev = first(coder, "وتم تعقب المتهمين وتحديد أماكنهم والقبض عليهم خلال حملة أمنية.", "COERCE")
    assert not any("المتهمين" in t for t in texts(ev.actor)), ev.to_dict()
    assert any("المتهمين" in t for t in texts(ev.recipient)), ev.to_dict()


def test_the_police_before_an_arrest_pronoun_stay_the_arresters(coder):
    ev = first(coder, "وتمكنت الشرطة من تحديد مكان الجناة والقبض عليهم.", "COERCE")
    assert any("الشرطة" in t for t in texts(ev.actor)), ev.to_dict()


def test_a_counterpart_joined_to_the_subject_of_talks_is_the_other_party(coder):
    ev = first(coder, "وبحث وزير الخارجية ونظيره الفرنسي العلاقات الثنائية.", "CONSULT")
    assert any("وزير" in t for t in texts(ev.actor)), ev.to_dict()
    assert any("نظيره" in t for t in texts(ev.recipient)), ev.to_dict()


def test_the_lam_phrase_after_the_tail_of_an_expressed_support_is_its_recipient(coder):
    ev = first(coder, "وأعرب الرئيس عن دعمه للحكومة اليمنية في حربها.", "SUPPORT")
    assert any("حكومة" in t for t in texts(ev.recipient)), ev.to_dict()


def test_the_owner_of_the_efforts_a_praise_verb_governs_is_praised(coder):
    ev = first(coder, "ونوه الأمير بجهود رجال الأمن في المنطقة.", "SUPPORT")
    assert any("رجال الأمن" in t for t in texts(ev.recipient)), ev.to_dict()


def test_a_form_of_address_after_a_praise_verb_is_no_construct_head(coder):
    ev = first(coder, "وأشاد الوزير بجهود الشرطة في حفظ الأمن.", "SUPPORT")
    assert not any("الوزير" in t for t in texts(ev.recipient)), ev.to_dict()


def test_a_meeting_noun_after_khilal_does_not_end_the_clause_of_talks_with_someone(coder):
    ev = first(coder, "وناقش الأمير خلال الاجتماع مع السفير الفرنسي العلاقات الثنائية.", "CONSULT")
    assert any("السفير" in t for t in texts(ev.recipient)), ev.to_dict()


def test_a_second_count_conjoined_after_a_passive_death_verb_is_no_object(coder):
    ev = first(coder, "وقتل 40 متمردا و6 من القوات الحكومية في معارك عنيفة.", "ASSAULT")
    assert not any("متمردا" in t for t in texts(ev.actor)), ev.to_dict()
    assert any("متمردا" in t for t in texts(ev.recipient)), ev.to_dict()


def test_an_uncounted_subject_before_a_counted_object_keeps_acting(coder):
    ev = first(coder, "قتل الجيش 20 مسلحا و3 من قادتهم.", "ASSAULT")
    assert any("الجيش" in t for t in texts(ev.actor)), ev.to_dict()


def test_the_condemner_does_not_do_the_killing_told_right_after_him(coder):
    evs = events_of(coder, "واستنكر الأزهر قتل الرضيع الفلسطيني حرقا.", "ASSAULT")
    assert evs and not any("الأزهر" in t for e in evs for t in texts(e.actor)), [e.to_dict() for e in evs]


def test_a_subject_that_kills_someone_keeps_acting_with_no_condemning_verb(coder):
    ev = first(coder, "وقتل المسلحون الرهينة الفرنسي.", "ASSAULT")
    assert any("المسلحون" in t for t in texts(ev.actor)), ev.to_dict()
