"""Round 103 (flags103): the flags of events told as plans, hopes, ideas, invitations, averted or refused acts, from
the judged dev slice 2015-07-31 positions 1760–2211: a refusal noun with its owner's pronoun negates its object; a
list hoped for ends at «، وذلك»; an invitation's لـ reaches past its maker and invitee; a past intention (dual
يعتزمان), an idea named by «هي», an act averted (لتجنب حكم، تجنب الحكومة … الاستقالة), an intent past a bracketed
owner, a visit welcomed with «بأن» and a raid prepared for (تحضر له لمداهمة) are no facts; the purpose of a deed a
relative clause tells as done is told with it; an act after a light verb of purpose (ليقوم باعتقال) is to come, and
one after a light noun of purpose past a negated verb (لم يستخدموا … لشن هجمات) is negated; a court that ratifies a
sentence upholds it, a conviction."""

from stage_coding import events_coded, kept_flags, kept_types

_DATE = "2015-07-31"


def _flags(nlp, text, event, word):
    """(negated, future, hypothetical) of the events of `event` whose trigger text contains `word` (no repeats
    dropped)."""
    return [(e.negated, e.future, e.hypothetical) for e in events_coded(nlp, text, _DATE)
            if e.event == event and word in e.trigger.text]


def test_object_of_an_owned_refusal_noun_is_negated_not_future(nlp):
    """«لرفضه دعم خطة الإنقاذ» (#1786): the support he refused was not given; no act to come."""
    text = ("وكشف باناجيوتس لافازانيس، الذي شغل منصب وزير الطاقة حتى طرده رئيس الوزراء أليكسيس تسيبراس لرفضه دعم "
            "خطة الإنقاذ اليونانية الأخيرة، عن واحدة من مثل هذه المؤامرات.")
    assert _flags(nlp, text, "SUPPORT", "دعم") == [(True, False, False)]


def test_clause_in_wa_dhalika_is_no_item_of_a_hope(nlp):
    """«عن أمله في علاقة جديدة …، وذلك بعد أسبوعين على توقيع الاتفاق» (#1911): the signing is no hope, it was done."""
    text = ("عبر وزير الخارجية الفرنسي لوران فابيوس أمس في طهران عن أمله في علاقة جديدة قائمة على «الاحترام»، وذلك "
            "بعد أسبوعين على توقيع الاتفاق النووي بين طهران والدول الكبرى.")
    assert [f for f in _flags(nlp, text, "SUPPORT", "توقيع")] == [(False, False, False)]


def test_hope_list_in_wa_still_hoped(nlp):
    """An item in و of the list a hope voiced opens stays hoped for: «عن أمله في أن يقوم بزيارة عدن، ووضع حد …»."""
    text = "وأعرب المبعوث الأممي عن أمله في أن يتحقق السلام في اليمن، ووقف إطلاق النار في كل المحافظات."
    rows = _flags(nlp, text, "RETREAT", "وقف")
    assert rows and all(f[1] for f in rows), rows


def test_invited_visit_past_maker_and_invitee_is_future(nlp):
    """«دعوة من الرئيس فرنسوا هولاند إلى نظيره الإيراني حسن روحاني لزيارة فرنسا» (#1911): only invited."""
    text = ("نقل فابيوس أول وزير خارجية فرنسي يتوجه إلى إيران منذ 12 عاما، دعوة من الرئيس فرنسوا هولاند إلى نظيره "
            "الإيراني حسن روحاني لزيارة فرنسا.")
    assert _flags(nlp, text, "CONSULT", "زيارة") == [(False, True, False)]


def test_past_dual_intention_is_only_supposed(nlp):
    """«وكان الاثنان يعتزمان أيضا قتل أبيهما» (#1937): a plan of the past that never came: hypothetical."""
    text = "وكان الاثنان يعتزمان أيضا قتل أبيهما، وذلك الرجل القريب، لكن أصابهما الفزع."
    assert _flags(nlp, text, "ASSAULT", "قتل") == [(False, False, True)]


def test_sentence_averted_is_only_supposed(nlp):
    """«في إطار اتفاق لتجنب حكم محتمل بالسجن مدى الحياة» (#1937): حكم, spelled as a perfect right after the verbal
    noun of averting, is its genitive: the sentence avoided was never passed."""
    text = ("وقالت الصحيفة إن جونز أصبح أصغر مدان بالقتل في الولايات المتحدة عندما أقر هو وشقيقته بالذنب في إطار اتفاق "
            "لتجنب حكم محتمل بالسجن مدى الحياة.")
    assert _flags(nlp, text, "SANCTION", "حكم") == [(False, False, True)]


def test_second_object_of_sparing_is_only_supposed(nlp):
    """«تسوية تجنب الحكومة ورئيسها الاعتكاف أو الاستقالة» (#1857): a resignation spared, only possible."""
    text = ("جلسة مفصلية لمجلس الوزراء اللبناني لا يعلم أحد إن كانت ستعقد أم تؤجل دعا إليها الرئيس تمام سلام اليوم، "
            "وسط غياب أي مؤشر على توافق ما أو على تسوية تجنب الحكومة ورئيسها الاعتكاف أو الاستقالة.")
    assert _flags(nlp, text, "RETREAT", "الاستقالة") == [(False, False, True)]


def test_resignation_with_no_word_of_averting_stays_done(nlp):
    """A resignation told as done beside no word of averting stays a fact: «وقدم الوزير استقالته أمس»."""
    text = "وقدم وزير الطاقة اليوناني استقالته أمس بعد خلاف مع رئيس الحكومة."
    assert _flags(nlp, text, "RETREAT", "استقالته") == [(False, False, False)]


def test_visit_welcomed_with_bi_an_is_future(nlp):
    """«أن التحالف يرحب بأن يزور محققون اليمن» (#1950): the visit is only welcomed, still to come."""
    text = "مبينا في الوقت ذاته أن التحالف يرحب بأن يزور محققون اليمن لبحث الانتهاكات الحقوقية."
    assert _flags(nlp, text, "CONSULT", "يزور") == [(False, True, False)]


def test_perfect_after_welcome_bi_an_stays_done(nlp):
    """«رحبت الحكومة بأن الحوثيين وافقوا على الهدنة»: a perfect verb after بأن tells what was done."""
    text = "رحبت الحكومة اليمنية بأن الحوثيين وافقوا على الهدنة."
    assert _flags(nlp, text, "AGREE", "وافقوا") == [(False, False, False)]


def test_intent_past_a_bracketed_owner_is_future(nlp):
    """«حول نية (أبو مازن) تقديم استقالته من منصبه قريبا» (#2052): an intention reported, still to come."""
    text = ("البداية كانت من الجانب الإسرائيلي عندما تحدث تقرير إسرائيلي حول نية (أبو مازن) تقديم استقالته من منصبه "
            "قريبا.")
    assert _flags(nlp, text, "RETREAT", "استقالته") == [(False, True, False)]


def test_raid_prepared_for_is_future(nlp):
    """«أفشلت طائرات التحالف العربي هجوما كانت ميليشيات الحوثي تحضر له لمداهمة مدينة عدن» (#1904): the raid was
    only prepared, and foiled."""
    text = ("في غضون ذلك، أفشلت طائرات التحالف العربي هجوما كانت ميليشيات الحوثي تحضر له لمداهمة مدينة عدن إثر وصول "
            "تعزيزات لها إلى منطقة اللحوم الواقعة بين محافظة لحج وعدن.")
    assert _flags(nlp, text, "COERCE", "مداهمة") == [(False, True, False)]


def test_items_of_an_idea_named_by_hiya_are_supposed(nlp):
    """«وكانت فكرته المزعومة هي إنهاء جميع المحادثات …، واعتقال محافظ البنك المركزي … والاستيلاء على دار سك
    العملة» (#1786): an idea only, no seizure done."""
    text = ("وكانت فكرته المزعومة هي إنهاء جميع المحادثات مع الدائنين، واعتقال محافظ البنك المركزي يانيس "
            "ستورناراس - المعروف بعدائه لفكرة خروج اليونان من اليورو - والاستيلاء على دار سك العملة الوطنية.")
    assert _flags(nlp, text, "COERCE", "الاستيلاء") == [(False, False, True)]


def test_support_a_relative_deed_was_done_for_is_told_with_it(nlp):
    """«أن المملكة التي سارعت من أجل مساندة ودعم اليمن» (#1976): the hastening was done, and the support with it;
    no support still to come."""
    text = ("وأوضح النهاري في تصريح لـ«عكاظ» أن المملكة التي سارعت من أجل مساندة ودعم اليمن وتطهيره من الحوثيين "
            "وإعادة الأمن والطمأنينة لأهله.")
    assert [(e, f) for e, _, *f in kept_flags(nlp, text, _DATE) if e == "SUPPORT"] == \
        [("SUPPORT", [False, False, False])]


def test_court_ratifying_a_sentence_is_a_conviction(nlp):
    """«صادقت محكمة الاستئناف الجزائية المتخصصة على حكم …» (#1886): a court upholds a sentence, SANCTION convict,
    no ratification (SUPPORT)."""
    text = ("صادقت محكمة الاستئناف الجزائية المتخصصة على حكم صادر عن المحكمة الجزائية المتخصصة بتعزير أكاديمي "
            "معروف بالسجن أربع سنوات.")
    types = kept_types(nlp, text, _DATE)
    assert ("SANCTION", "صادقت") in types and not any(t == "SUPPORT" for t, _ in types), types


def test_parliament_ratifying_stays_support(nlp):
    """«وصادق البرلمان على الاتفاقية»: a ratification by a legislature stays SUPPORT."""
    assert ("SUPPORT", "صادق") in kept_types(nlp, "وصادق البرلمان على الاتفاقية أمس.", _DATE)


def test_act_after_a_light_verb_of_purpose_is_future(nlp):
    """«قبل تسليمه للادعاء العام ليقوم باعتقال المتسببين» (2015-07-31 #1078, left by round 102): what the report is
    handed over for is still to come."""
    text = ("أعلنت لجنة التحقيق في سقوط الموصل إكمال تقريرها، وأنها ستقدمه للبرلمان للمصادقة عليه قبل تسليمه "
            "للادعاء العام ليقوم باعتقال المتسببين بسقوط محافظة نينوى.")
    assert _flags(nlp, text, "COERCE", "اعتقال") == [(False, True, False)]


def test_negation_passes_to_an_act_after_a_light_noun_of_purpose(nlp):
    """«لم يستخدموا تلك المناطق لشن هجمات» (left by round 102): the attacks the areas were not used for were not
    launched."""
    text = "ونقل سولفانج عن سكان محليين قولهم إن مقاتلي المقاومة الشعبية لم يستخدموا تلك المناطق لشن هجمات على خصومهم."
    assert [f[0] for f in _flags(nlp, text, "ASSAULT", "هجمات")] == [True]
