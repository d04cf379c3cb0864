"""Roles the sentence names but the event left empty or wrong (round 18): the genitive of a verb's بـ complement
past a long subject, an instrument in بـ after a participle, … (must / must not)."""

from stage_coding import events_coded


def coded(nlp, text, date="2015-08-11"):
    """The events the event coder gives (see stage_coding)."""
    return events_coded(nlp, text, date)


def one(nlp, text, etype, trigger=None):
    """The first event of type `etype` (told by `trigger`, if given)."""
    evs = [e for e in coded(nlp, text) if e.event == etype and (trigger is None or e.trigger.text == trigger)]
    assert evs, f"no {etype} in {text!r}: {[(e.event, e.trigger.text) for e in coded(nlp, text)]}"
    return evs[0]


def texts(parties):
    """The texts of an event's actor or recipient entities."""
    return [p.text for p in parties]


def test_welcomed_approval_names_the_body_that_approved(nlp):
    # رحب X بإقرار Y: the genitive of the verbal noun the verb's بـ governs is whom the welcome is about, past the
    # subject's own genitive no lexicon names (الدول العربية)
    ev = one(nlp, "رحب الأمين العام لجامعة الدول العربية بإقرار مجلس النواب العراقي لوثيقة الإصلاح التي قدمها "
                  "مجلس الوزراء العراقي.", "SUPPORT")
    assert any(t.startswith("الأمين العام لجامعة") for t in texts(ev.actor))
    assert [(p.code, p.sector) for p in ev.actor] == [("IGO", "GOV")]
    assert texts(ev.recipient) == ["مجلس النواب العراقي"]


def test_aid_for_the_refugees_past_the_nouns_adjective(nlp):
    ev = one(nlp, "واصلت العيادات السعودية تقديم الخدمات الطبية للأشقاء اللاجئين السوريين خلال الأسبوع الماضي.",
             "AID")
    assert any(r.sector == "REF" for r in ev.recipient)


def test_chair_of_a_meeting_is_no_party_met(nlp):
    # برئاسة X: X chairs the meeting; he is not whom it met
    evs = [e for e in coded(nlp, "عقد مديرو السجون في المملكة اجتماعهم السنوي برئاسة مدير عام السجون اللواء "
                                 "إبراهيم الحمزي.") if e.event == "CONSULT"]
    assert all("مدير عام" not in texts(e.recipient) for e in evs)


def test_instrument_after_a_participle_is_no_attacker(nlp):
    # 400 من الانفصاليين مدعومين بدبابات هاجموا: the tanks they came with did not attack; the separatists did
    ev = one(nlp, "وأوضح الجيش الأوكراني إن 400 من الانفصاليين مدعومين بدبابات هاجموا القوات الحكومية المتمركزة "
                  "حول بلدة ستاروناتيفكا.", "ASSAULT")
    assert texts(ev.actor) == ["الانفصاليين"]
    assert texts(ev.recipient) == ["القوات الحكومية"]


def test_indefinite_antecedent_still_acts(nlp):
    # القبض على مواطن أطلق النار: the man in على did shoot (the rule the participle case steps past)
    ev = one(nlp, "تمكنت الشرطة من القبض على مواطن أطلق النار على رجال الأمن في الرياض.", "ASSAULT")
    assert texts(ev.actor) == ["مواطن"]


def test_agent_of_a_participle_is_no_actor_of_the_verb(nlp):
    # رفضت وساطة قام بها المحافظ المعين من قبل الحوثيين: the Houthis appointed the governor; the Resistance, the
    # subject fronted after أن and its quote, past its place and a comma, rejected the mediation
    ev = one(nlp, "وأكد الغرباني أن «المقاومة في مديريات العدين وحزم العدين، رفضت وساطة قام بها المحافظ المعين من "
                  "قبل الحوثيين، عبد الواحد صلاح، لتسليم الجثث والأسرى مقابل الانسحاب».", "REJECT")
    assert "الحوثيين" not in texts(ev.actor)
    assert texts(ev.actor) == ["المقاومة"]


def test_agent_after_an_event_noun_and_its_object_stays(nlp):
    # تم توقيف المتهمة المذكورة من قبل قاضي التحقيق: the judge ordered the arrest
    ev = one(nlp, "وأشار إلى أنه تم توقيف المتهمة المذكورة من قبل قاضي التحقيق وفق قانون مكافحة الإرهاب.", "COERCE")
    assert any(a.sector == "JUD" for a in ev.actor)


def test_coordinated_verb_goes_on_from_the_opening_subject(nlp):
    # واطلع مجلس الوزراء على …، ورحب بالبيان: the cabinet that opens the sentence welcomed the statement
    ev = one(nlp, "واطلع مجلس الوزراء على جملة من التقارير عن مجريات الأحداث في المنطقة والعالم، ورحب في هذا "
                  "السياق بالبيان المشترك الصادر عقب اجتماع وزراء خارجية دول مجلس التعاون في الدوحة.", "SUPPORT")
    assert texts(ev.actor) == ["مجلس الوزراء"]


def test_coordinated_verb_past_the_opening_subjects_long_phrase(nlp):
    ev = one(nlp, "منعت قوات الاحتلال الإسرائيلية اليوم دخول النساء والأطفال للمسجد الأقصى، واعتدت عليهم بالدفع "
                  "بالقوة واعتقلت امرأة وأحد الأطفال، وسط أجواء متوترة سادت المنطقة.", "ASSAULT")
    assert any(a.code == "ISR" for a in ev.actor)


def test_no_opening_subject_across_what_was_said(nlp):
    # وأكد الوزير أن القوات قصفت …، ورحب: an event word between; the coordinated verb is not given a subject here
    evs = [e for e in coded(nlp, "وذكرت الصحيفة أن قوات الأمن شنت حملة اعتقالات واسعة، واعتقلت عشرة أشخاص.")
           if e.trigger.text.endswith("اعتقلت")]
    assert all("الصحيفة" not in texts(e.actor) for e in evs)


def test_opening_subject_keeps_the_flags(nlp):
    # a future verb that gains the opening subject stays flagged
    ev = one(nlp, "واطلع مجلس الوزراء على جملة من التقارير عن الأحداث في المنطقة، وسيرحب في جلسته المقبلة بالبيان "
                  "المشترك.", "SUPPORT")
    assert texts(ev.actor) == ["مجلس الوزراء"]
    assert ev.future and not ev.factual


def test_day_in_commas_ends_no_clause(nlp):
    # عقد الرئيس هادي، أمس، اجتماعاً: the day set off by commas; the president held the meeting
    ev = one(nlp, "عقد الرئيس اليمني عبد ربه منصور هادي، أمس، اجتماعاً بمستشاريه في الرياض.", "CONSULT")
    assert texts(ev.actor) == ["الرئيس اليمني عبد ربه منصور هادي"]


def test_day_in_commas_after_another_event_still_closes_it(nlp):
    # طلب مودي، أمس، دعم المعارضة: the opposition is asked to support; Modi is not its supporter
    ev = one(nlp, "طلب رئيس الوزراء الهندي نارندرا مودي، أمس، دعم المعارضة لتبني إصلاحات أساسية في البرلمان.",
             "SUPPORT")
    assert all(a.code != "IND" for a in ev.actor)


def test_comma_after_the_opening_verb(nlp):
    ev = one(nlp, "واطلع، مجلس الوزراء بعد ذلك على جملة من التقارير عن مجريات الأحداث في المنطقة والعالم، ورحب في "
                  "هذا السياق بالبيان المشترك.", "SUPPORT")
    assert texts(ev.actor) == ["مجلس الوزراء"]


def test_genitive_inside_a_participles_complement_is_no_subject(nlp):
    # عناصر الشرطة المكلفين بحماية السفارة اعتقلوا: the embassy is what they guard; the police arrested
    ev = one(nlp, "وقال إن عناصر الشرطة المكلفين بحماية السفارة اعتقلوا ثلاثة أشخاص.", "COERCE")
    assert "السفارة" not in texts(ev.actor)
    assert any(a.sector == "COP" for a in ev.actor)
    ev = one(nlp, "وقال إن المسلحين الغاضبين من قرار الحكومة هاجموا مقر الحزب.", "ASSAULT")
    assert texts(ev.actor) == ["المسلحين"]


def test_genitive_after_a_preposition_still_the_passive_subject(nlp):
    # ثلاثة من أفراد الشرطة أصيبوا: no participle stands between; the police were hurt
    ev = one(nlp, "وقال بلمار إن ثلاثة من أفراد الشرطة على الاقل أصيبوا في شجار أمس الاحد.", "ASSAULT")
    assert any(r.sector == "COP" for r in ev.recipient)


def test_second_side_past_the_first_sides_own_words(nlp):
    # بين المقاومة الشعبية الموالية للشرعية والميليشيات الحوثية: the phrase joined by و past «الموالية للشرعية»
    ev = one(nlp, "واندلعت اشتباكات عنيفة بين المقاومة الشعبية الموالية للشرعية والميليشيات الحوثية.", "ASSAULT")
    assert texts(ev.actor) == ["المقاومة الشعبية"]
    assert any(r.sector == "REB" for r in ev.recipient)


def test_a_clause_after_an_is_no_long_fronted_subject(nlp):
    # «قال كيري إن مصر دفعت ثمنا باهظا …، وأدان»: Egypt is the subject of دفعت, not the one condemning
    ev = one(nlp, "قال كيري إن مصر دفعت ثمنا باهظا لمكافحة التطرف، وأدان اغتيال النائب العام.", "ACCUSE")
    assert "مصر" not in texts(ev.actor)
