"""Roles of the second round (roles12): victims of a death verb told in the passive, planters, suspects,
condemners and the other party of non-violent acts, on short constructed sentences (must / must not)."""

import pytest


def events_of(nlp, text, etype):
    return [e for e in nlp(text, published="2015-07-01").events if e.event == etype]


def first(nlp, text, etype):
    evs = events_of(nlp, text, etype)
    assert evs, (text, [e.event for e in nlp(text).events])
    return evs[0]


def texts(entities):
    return [e.text for e in entities]


def assert_parties(evs, checks):
    """Each check (side, word, present): some party on that side ("actor" or "recipient") of the events `evs` has
    `word` in its text (present True) or none has (present False)."""
    for side, word, present in checks:
        found = any(word in t for e in evs for t in texts(getattr(e, side)))
        assert found is present, (side, word, present, [e.to_dict() for e in evs])


@pytest.mark.parametrize("text, etype, checks", [
    pytest.param("قتل المدعي العام سامي بركات في انفجار استهدف سيارته.", "ASSAULT",
                 [("actor", "المدعي", False), ("recipient", "المدعي", True)],
                 id="a_titled_victim_named_after_a_passive_death_verb_did_not_kill"),
    pytest.param("وقالت الشرطة إن جنديين تركيين قتلوا عندما فجر مهاجمون قنبلة.", "ASSAULT",
                 [("actor", "جنديين", False), ("recipient", "جنديين", True)],
                 id="a_clause_word_in_alif_is_no_manner_noun_after_a_death_verb"),
    pytest.param("هاجم الرئيس محمد مرسي المعارضة في خطابه.", "ACCUSE", [("actor", "الرئيس", True)],  # (in words)
                 id="an_active_verb_with_a_titled_subject_and_an_object_keeps_its_actor"),
    pytest.param("وبعث الملك برقية تهنئة لفخامة الرئيس الفرنسي بمناسبة إعادة انتخابه.", "SUPPORT",
                 [("recipient", "الرئيس", True)],
                 id="a_congratulation_to_a_president_addressed_with_lam_fakhama_has_him_as_recipient"),
    pytest.param("وتم تعقب المتهمين وتحديد أماكنهم والقبض عليهم خلال حملة أمنية.", "COERCE",
                 [("actor", "المتهمين", False), ("recipient", "المتهمين", True)],
                 id="the_accused_an_arrest_pronoun_resumes_are_arrested_not_arresters"),
    pytest.param("وتمكنت الشرطة من تحديد مكان الجناة والقبض عليهم.", "COERCE", [("actor", "الشرطة", True)],
                 id="the_police_before_an_arrest_pronoun_stay_the_arresters"),
    pytest.param("وبحث وزير الخارجية ونظيره الفرنسي العلاقات الثنائية.", "CONSULT",
                 [("actor", "وزير", True), ("recipient", "نظيره", True)],
                 id="a_counterpart_joined_to_the_subject_of_talks_is_the_other_party"),
    pytest.param("وأعرب الرئيس عن دعمه للحكومة اليمنية في حربها.", "SUPPORT", [("recipient", "حكومة", True)],
                 id="the_lam_phrase_after_the_tail_of_an_expressed_support_is_its_recipient"),
    pytest.param("ونوه الأمير بجهود رجال الأمن في المنطقة.", "SUPPORT", [("recipient", "رجال الأمن", True)],
                 id="the_owner_of_the_efforts_a_praise_verb_governs_is_praised"),
    pytest.param("وأشاد الوزير بجهود الشرطة في حفظ الأمن.", "SUPPORT", [("recipient", "الوزير", False)],
                 id="a_form_of_address_after_a_praise_verb_is_no_construct_head"),
    pytest.param("وناقش الأمير خلال الاجتماع مع السفير الفرنسي العلاقات الثنائية.", "CONSULT",
                 [("recipient", "السفير", True)],
                 id="a_meeting_noun_after_khilal_does_not_end_the_clause_of_talks_with_someone"),
    pytest.param("وقتل 40 متمردا و6 من القوات الحكومية في معارك عنيفة.", "ASSAULT",
                 [("actor", "متمردا", False), ("recipient", "متمردا", True)],
                 id="a_second_count_conjoined_after_a_passive_death_verb_is_no_object"),
    pytest.param("قتل الجيش 20 مسلحا و3 من قادتهم.", "ASSAULT", [("actor", "الجيش", True)],
                 id="an_uncounted_subject_before_a_counted_object_keeps_acting"),
    pytest.param("وقتل المسلحون الرهينة الفرنسي.", "ASSAULT", [("actor", "المسلحون", True)],
                 id="a_subject_that_kills_someone_keeps_acting_with_no_condemning_verb"),
])
def test_the_first_events_parties(coder, text, etype, checks):
    """The parties of the first event of `etype` in `text`."""
    assert_parties([first(coder, text, etype)], checks)


@pytest.mark.parametrize("text, etype, checks", [
    pytest.param("قتل أربعة جنود في تفجير عبوة ناسفة وضعها إرهابيون على الطريق.", "ASSAULT",
                 [("recipient", "إرهابيون", False), ("actor", "إرهابيون", True)],
                 id="who_planted_a_device_is_its_actor_not_its_target"),
    pytest.param("انفجرت سيارة مفخخة في السوق ما أدى إلى مقتل عشرة أشخاص.", "ASSAULT", [("recipient", "أشخاص", True)],
                 id="a_count_in_ta_marbuta_is_no_resuming_verb_before_the_victims"),
    pytest.param("واستنكر الأزهر قتل الرضيع الفلسطيني حرقا.", "ASSAULT", [("actor", "الأزهر", False)],
                 id="the_condemner_does_not_do_the_killing_told_right_after_him"),
])
def test_the_parties_of_every_event(coder, text, etype, checks):
    """The parties of all the events of `etype` in `text`: there is one at least."""
    evs = events_of(coder, text, etype)
    assert evs, text
    assert_parties(evs, checks)


def test_a_time_clause_after_a_passive_death_verb_leaves_it_objectless(coder):
    ev = first(coder, "قتل مسلح الخميس بعد أن أطلق النار داخل مطعم.", "ASSAULT")
    assert not ev.actor, ev.to_dict()
    assert any("مسلح" in t for t in texts(ev.recipient)), ev.to_dict()
