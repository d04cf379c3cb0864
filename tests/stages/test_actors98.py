"""Round 98 (actors98): missing actors and reversed roles, from the judged dev slice 2015-07-31 positions 0–479: the
announcing body past a day set off by commas arrested (#327), the accused of a verb of accusing told with its
conjuncts set off by commas (#399) or before a verb whose charge in بـ follows it at once (#393), and the subject
of a verb that «in addition to» follows where its object would stand (#215)."""

_DATE = "2015-07-31"


def _parties(nlp, text, kind):
    """(trigger, actor texts, recipient texts) of the events of `kind` the whole pipeline codes."""
    return [(e.trigger.text, [p.text for p in e.actor], [p.text for p in e.recipient])
            for e in nlp(text, published=_DATE).events if e.event == kind]


def test_announcer_past_a_day_in_commas_arrests(nlp):
    """«أعلنت وزارة الداخلية الكويتية، اليوم (الخميس)، عن ضبط شبكة إرهابية» (#327): the ministry made the arrest."""
    text = ("أعلنت وزارة الداخلية الكويتية، اليوم (الخميس)، عن ضبط شبكة إرهابية تابعة لتنظيم \"داعش\" المتطرف تضم 5 "
            "كويتيين.")
    arrests = _parties(nlp, text, "COERCE")
    assert any("وزارة الداخلية الكويتية" in a for _, a, _ in arrests), arrests


def test_accused_with_conjuncts_in_commas(nlp):
    """«واتهم حزب الله، وإيران، بتنفيذ الهجوم» (#399): both are accused; neither accuses."""
    accusations = _parties(nlp, "واتهم حزب الله، وإيران، بتنفيذ الهجوم.", "ACCUSE")
    assert accusations and not any(a for _, a, _ in accusations), accusations
    assert any("حزب الله" in r and "إيران" in r for _, _, r in accusations), accusations


def test_charge_right_after_the_verb_makes_it_passive(nlp):
    """«أن رجلا … أوقف في الولايات المتحدة واتهم بأنه كان ينوي» (#393): the man is the accused, no accuser."""
    text = "أعلن مكتب التحقيقات الفدرالي أن رجلا أوقف في الولايات المتحدة واتهم بأنه كان ينوي استخدام حقيبة ظهر مفخخة."
    accusations = _parties(nlp, text, "ACCUSE")
    assert accusations and not any("رجلا" in a for _, a, _ in accusations), accusations
    assert any("رجلا" in r for _, _, r in accusations), accusations


def test_accusing_subject_before_its_object_stays(nlp):
    """«إن المعارضة اتهمت الحكومة بالفساد»: the object comes between the verb and the charge, the verb is active."""
    accusations = _parties(nlp, "وقال الوزير إن المعارضة اتهمت الحكومة بالفساد.", "ACCUSE")
    assert any("المعارضة" in a and "الحكومة" in r for _, a, r in accusations), accusations


def test_killed_in_addition_to_is_passive(nlp):
    """«14 حوثيا قتلوا علاوة على احتجاز 40 آخرين» (#215): the Houthis were killed, they killed no one."""
    kills = _parties(nlp, "وأفادت المصادر بأن 14 حوثيا قتلوا علاوة على احتجاز 40 آخرين.", "ASSAULT")
    assert kills and not any("حوثيا" in a for _, a, _ in kills), kills
    assert any("حوثيا" in r for _, _, r in kills), kills


def test_visit_in_a_time_phrase_is_the_subjects(nlp):
    """«وقال كاميرون على هامش زيارة لسنغافورة» (#384): the speaker pays the visit with no visitor named."""
    visits = _parties(nlp, "وقال كاميرون على هامش زيارة لسنغافورة أمس بأن الوضع مقلق جدا.", "CONSULT")
    assert any("كاميرون" in a and "سنغافورة" in r for _, a, r in visits), visits


def test_visit_in_an_opening_time_phrase_is_the_next_subjects(nlp):
    """«بعد زيارة ناجحة إلى واشنطن الأسبوع الماضي، يصل الرئيس النيجيري محمد بخاري» (#410): the subject of the verb
    past the comma paid the visit."""
    text = "بعد زيارة ناجحة إلى واشنطن الأسبوع الماضي، يصل الرئيس النيجيري محمد بخاري اليوم إلى الكاميرون."
    visits = _parties(nlp, text, "CONSULT")
    assert any("الرئيس النيجيري محمد بخاري" in a for _, a, _ in visits), visits


def test_state_in_an_arrest_nouns_genitive_before_its_object_in_lam_arrests(nlp):
    """«بعد ضبط المنامة لخلية إرهابية» (#360): Manama made the arrest; the cell is arrested."""
    text = ("حيث استدعت المنامة سفيرها لدى طهران للتشاور بعد ضبط المنامة لخلية إرهابية كانت مرتبطة بالحرس الثوري "
            "الإيراني.")
    arrests = _parties(nlp, text, "COERCE")
    assert any("المنامة" in a and "خلية إرهابية" in r for _, a, r in arrests), arrests


def test_counted_craft_before_a_counted_object_strike(nlp):
    """«قصفت 3 طائرات تركية 4 مواقع لـ«داعش»» (#325): the planes struck, the count after them is what they hit."""
    strikes = _parties(nlp, "قصفت 3 طائرات تركية 4 مواقع لداعش داخل سوريا.", "ASSAULT")
    assert any("طائرات تركية" in a for _, a, _ in strikes), strikes
    assert not any("طائرات تركية" in r for _, _, r in strikes), strikes


def test_body_after_a_persons_name_is_the_next_phrase(nlp):
    """«دعا كارتر الكونغرس لدعم الاتفاق» (#389): Congress is called on, no part of Carter's phrase."""
    calls = _parties(nlp, "دعا كارتر الكونغرس لدعم الاتفاق.", "REQUEST")
    assert any(a == ["كارتر"] and "الكونغرس" in r for _, a, r in calls), calls


def test_phrase_in_bi_after_a_verb_past_hayth_is_no_subject(nlp):
    """«ووجه الرئيس الأميركي كلمة، حيث أشاد بالإمكانات الاقتصادية» (#409): the subject before goes on; the phrase
    in بـ after the verb is no subject of its own."""
    praise = _parties(nlp, "ووجه الرئيس الأميركي كلمة، حيث أشاد بالإمكانات الاقتصادية للبلاد.", "SUPPORT")
    assert any("الرئيس الأميركي" in a for _, a, _ in praise), praise


def test_person_past_forms_of_address_is_the_visit_nouns_genitive(nlp):
    """«بمناسبة زيارة صاحب السمو الملكي الأمير محمد بن سلمان» (#61, #225): the prince pays the visit; the forms of
    address between the noun and his name do not cut off its genitive."""
    text = "صدر اليوم بيان مشترك بمناسبة زيارة صاحب السمو الملكي الأمير محمد بن سلمان إلى مصر."
    visits = _parties(nlp, text, "CONSULT")
    assert any(any("محمد بن سلمان" in x for x in a) for _, a, _ in visits), visits
