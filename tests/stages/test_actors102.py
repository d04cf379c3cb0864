"""Round 102 (actors, helper b102): actors of the judged dev slice 2015-07-31 #960–1359 — the holder of an office
addressed by a form of address in a verbal noun's genitive (زيارة سمو ولي ولي العهد), the genitive doer of an attack
noun past a place in في (قصف المتمردين في اليمن لمناطق سكنية), and a side that lost its own men in a death noun
(اعترف حزب الله بمقتل اثنين من عناصره), which underwent the act and did not do it."""

from stage_coding import events_coded

_DATE = "2015-07-31"


def _parties(nlp, text, kind):
    """(actor texts, recipient texts) of each event of `kind` the event coder gives for `text`."""
    return [([p.text for p in e.actor], [p.text for p in e.recipient])
            for e in events_coded(nlp, text, _DATE) if e.event == kind]


def test_office_addressed_by_honorific_owns_the_visit(nlp):
    """«أهمية زيارة سمو ولي ولي العهد لمصر» (2015-07-31 #1026, #1033): the form of address makes the office its
    holder, the visitor; the visit had no actor."""
    text = ("وأكد الرئيس المصري أهمية زيارة سمو ولي ولي العهد لمصر مشيراً إلى أنها رسالة مهمة للشعبين الشقيقين "
            "السعودي والمصري.")
    assert (["ولي ولي العهد"], ["مصر"]) in _parties(nlp, text, "CONSULT")


def test_title_word_addressed_by_honorific_owns_the_visit(nlp):
    """«بزيارة فخامة الرئيس الفرنسي»، «زيارة سمو ولي العهد»: a title word or an office after the form of address
    is the visitor, not the one who welcomes the visit."""
    visits = _parties(nlp, "ورحب الرئيس بزيارة فخامة الرئيس الفرنسي للمملكة.", "CONSULT")
    assert visits and visits[0][0] == ["الرئيس الفرنسي"], visits
    visits = _parties(nlp, "وأكد الرئيس المصري أهمية زيارة سمو ولي العهد لمصر.", "CONSULT")
    assert visits and visits[0][0] == ["ولي العهد"], visits


def test_condemned_shelling_is_done_by_its_genitive_past_a_place(nlp):
    """«دانت منظمة هيومن رايتس ووتش الخميس قصف المتمردين في اليمن لمناطق سكنية» (#1045): the rebels shelled; the
    organisation that condemns is no actor of the shelling."""
    text = ("دانت منظمة هيومن رايتس ووتش الخميس قصف المتمردين في اليمن لمناطق سكنية في مدينة عدن الجنوبية دون "
            "مراعاة للسكان المدنيين.")
    shelling = _parties(nlp, text, "ASSAULT")
    assert shelling and shelling[0][0] == ["المتمردين"], shelling


def test_genitive_doer_with_an_object_in_lam_starting_with_mim(nlp):
    """«قصف المتمردين لمناطق سكنية»: the object word in ل may begin with م (لمناطق، لمواقع); only a span of time
    (لمدة) is no object."""
    shelling = _parties(nlp, "دانت المنظمة قصف المتمردين لمناطق سكنية.", "ASSAULT")
    assert shelling and shelling[0][0] == ["المتمردين"], shelling
    arrests = _parties(nlp, "أدانت الحكومة اعتقال الشرطة لمدة طويلة.", "COERCE")
    assert not any("الشرطة" in a for a, _ in arrests), arrests


def test_side_that_lost_its_own_men_is_no_actor_of_their_death(nlp):
    """«اعترف حزب الله اللبناني بمقتل اثنين من عناصره … في غارة نفذها الطيران الحربي الإسرائيلي» (#1362): Hezbollah
    lost two of its members; the Israeli air force that carried out the raid killed them."""
    text = ("اعترف حزب الله اللبناني بمقتل اثنين من عناصره أول من أمس في غارة نفذها الطيران الحربي الإسرائيلي على "
            "بلدة في ريف القنيطرة جنوبي سورية.")
    deaths = _parties(nlp, text, "ASSAULT")
    assert (["الطيران الحربي الإسرائيلي"], ["حزب الله اللبناني"]) in deaths, deaths
    deaths = _parties(nlp, "اعترف حزب الله اللبناني بمقتل اثنين من عناصره في سورية.", "ASSAULT")
    assert deaths and not any("حزب الله اللبناني" in a for a, _ in deaths), deaths


def test_verb_after_lead_in_goes_on_from_the_relative_clause_before_it(nlp):
    """«واستكمالاً لمسيرة خادم الحرمين الشريفين الملك سلمان … الذي تطوع للدفاع عن مصر عام 1956م ، كما دعم المجهود
    الحربي في حرب أكتوبر 1973م» (#1026, #1033, #1092): King Salman supported the war effort in 1973; the president
    who speaks welcomed the guest and did not."""
    text = ("ورحب الرئيس المصري عبدالفتاح السيسي في كلمته خلال الحفل بضيف مصر صاحب السمو الملكي الأمير محمد بن سلمان "
            "واستكمالاً لمسيرة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود الذي تطوع للدفاع عن مصر عام "
            "1956م ، كما دعم المجهود الحربي في حرب أكتوبر 1973م .")
    support = [e for e in events_coded(nlp, text, _DATE) if e.event == "SUPPORT" and e.trigger.text == "دعم"]
    assert support and "الملك سلمان" in " ".join(p.text for p in support[0].actor), support
    calls = _parties(nlp, "دعا المدعي العام إلى التهدئة، كما أثنى على الناجين.", "SUPPORT")
    assert calls and calls[0][0] == ["المدعي العام"], calls


_NOTICE = ("ووزارة الداخلية إذ تعلن ذلك لتؤكد للعموم حرص حكومة خادم الحرمين الشريفين - حفظه الله - على محاربة "
           "المخدرات بأنواعها، لما تسببه من أضرار جسيمة على الفرد والمجتمع، وهي تحذر في الوقت نفسه كل من يقدم على ذلك "
           "بأن العقاب الشرعي سيكون مصيره.")


def test_verb_after_independent_pronoun_takes_the_sentence_topic(nlp):
    """«ووزارة الداخلية إذ تعلن ذلك …، وهي تحذر كل من يقدم على ذلك» (#1024, #1227): the ministry that opens the
    sentence warns; «وهي» resumes it."""
    warnings = _parties(nlp, _NOTICE, "THREATEN")
    assert warnings and warnings[0][0] == ["وزارة الداخلية"], warnings


def test_pronoun_of_another_gender_takes_no_topic(nlp):
    """«الوزير يعلن ذلك، وهي تحذر»: a feminine pronoun does not resume a masculine topic."""
    warnings = _parties(nlp, "الوزير يعلن ذلك، وهي تحذر كل من يقدم على ذلك.", "THREATEN")
    assert warnings and not any(a for a, _ in warnings), warnings


def test_visitor_with_long_titles_past_the_words_read_back(nlp):
    """«يغادر – بمشيئة الله تعالى – يوم غد الخميس صاحب السمو الملكي الأمير محمد بن سلمان … وزير الدفاع إلى جمهورية
    مصر العربية في زيارة عمل» (#1074): the prince with all his titles, starting more than twenty words before the
    visit, is its visitor."""
    text = ("يغادر يوم غد الخميس صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود ولي ولي العهد النائب "
            "الثاني لرئيس مجلس الوزراء وزير الدفاع إلى جمهورية مصر العربية في زيارة عمل يلتقي خلالها بفخامة الرئيس.")
    visits = [e for e in events_coded(nlp, text, _DATE) if e.event == "CONSULT" and e.trigger.text == "زيارة"]
    assert visits and "الأمير محمد بن سلمان" in " ".join(p.text for p in visits[0].actor), visits


def test_fronted_time_adverbial_act_is_done_by_the_main_subject(nlp):
    """«بعد التشاور مع رئيس الوزراء ورئيس البرلمان، قرر رئيس الجمهورية تمديد حالة الطوارىء» (#1253): the president
    who decides consulted before; so «وبعد لقائه مع وزير الخارجية الأمريكي، أكد الرئيس المصري»."""
    text = ("وقالت الرئاسة \"بعد التشاور مع رئيس الوزراء ورئيس البرلمان، قرر رئيس الجمهورية تمديد حالة الطوارىء على "
            "كامل التراب التونسي لشهرين\".")
    talks = _parties(nlp, text, "CONSULT")
    assert talks and talks[0][0] == ["رئيس الجمهورية"], talks
    talks = _parties(nlp, "وبعد لقائه مع وزير الخارجية الأمريكي، أكد الرئيس المصري أن العلاقات قوية.", "CONSULT")
    assert talks and talks[0][0] == ["الرئيس المصري"], talks


def test_fronted_death_or_present_hope_takes_no_main_subject(nlp):
    """«وبعد مقتل خمسة جنود في الهجوم، أعلن الجيش»: the army answers the deaths, it did not kill; «وبعد مفاوضات بدأت
    قبل سنوات، تأمل واشنطن»: a hope now tells no doer of the talks."""
    deaths = _parties(nlp, "وبعد مقتل خمسة جنود في الهجوم، أعلن الجيش حالة الطوارئ.", "ASSAULT")
    assert deaths and not any("الجيش" in a for a, _ in deaths), deaths
    talks = _parties(nlp, "وبعد مفاوضات بدأت قبل سنوات، تأمل واشنطن بأن يؤدي اللقاء في هاواي إلى اتفاق.", "CONSULT")
    assert talks and not any("واشنطن" in a for a, _ in talks), talks
