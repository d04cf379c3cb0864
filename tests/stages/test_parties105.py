"""Round 105 (parties105): actors and recipients from the judged slice 2015-07-31 #1360–1759 — a verb of appeal joined
by و that goes on from an earlier subject has the one phrase after it for the one appealed to; an event noun in a
circumstantial or manner phrase with «مع» takes the actor of the act told before it in the sentence."""

from stage_coding import kind_parties

_DATE = "2015-07-31"

_EMBASSY = ("وأصدرت السفارة السودانية في القاهرة بيانا أكدت فيه وجود اتصالات بين قيادات عليا في البلدين لحل القضية في "
            "أسرع وقت، واستبعدت أن تتأثر علاقات البلدين بمثل هذه القضية، ودعت وسائل الإعلام إلى البعد عن كل ما من "
            "شأنه إثارة الرأي العام في أي من البلدين.")


def test_chained_appeal_calls_on_the_phrase_after_it(nlp):
    """«وأصدرت السفارة السودانية … بيانا …، ودعت وسائل الإعلام إلى البعد» (#1366): the embassy goes on calling; the
    media are called on, not the callers."""
    rows = kind_parties(nlp, _EMBASSY, "REQUEST", _DATE)
    assert any(a == ["السفارة السودانية"] and r == ["وسائل الإعلام"] for _, _, a, r in rows), rows


_ERDOGAN = ("لكن إردوغان قال أمس الثلاثاء إن عملية السلام باتت مستحيلة ودعا البرلمان لنزع الحصانة من الملاحقة "
            "القانونية عن النواب المرتبطين بالحزب في تحرك يستهدف المعارضة المؤيدة للأكراد.")


def test_appeal_after_a_contrast_subject_goes_on_from_it(nlp):
    """«لكن إردوغان قال … ودعا البرلمان لنزع الحصانة» (#1554): Erdogan calls on parliament; parliament is no caller."""
    rows = kind_parties(nlp, _ERDOGAN, "REQUEST", _DATE)
    assert any(a == ["إردوغان"] and r == ["البرلمان"] for _, _, a, r in rows), rows
    assert not any("البرلمان" in a for _, _, a, _ in rows), rows


def test_appeal_after_a_report_verb_goes_on_from_its_speaker(nlp):
    """«قال أوباما إنها لا تتمتع بالمصداقية، ودعا البرلمان إلى التلاقي»: the speaker goes on and calls on parliament."""
    rows = kind_parties(nlp, "قال أوباما إنها لا تتمتع بالمصداقية، ودعا البرلمان إلى التلاقي.", "REQUEST", _DATE)
    assert any(a == ["أوباما"] and r == ["البرلمان"] for _, _, a, r in rows), rows


def test_appeal_opening_its_sentence_keeps_its_subject(nlp):
    """«ودعا البرلمان الحكومة إلى الحوار»: a verb with no earlier subject keeps the phrase after it as its subject."""
    rows = kind_parties(nlp, "ودعا البرلمان الحكومة إلى الحوار.", "REQUEST", _DATE)
    assert any(a == ["البرلمان"] for _, _, a, _ in rows), rows


_RAMADI = ("وفي نفس السياق، أكد قائد الشرطة الاتحادية الفريق رائد شاكر جودت، أن القوات الأمنية استطاعت تحرير تل "
           "مشيهيدة في المحور الشرقي لمدينة الرمادي، بعد معارك مع المسلحين تكبدوا خلالها خسائر مادية وبشرية كبيرة.")


def test_battles_with_a_party_after_an_act_are_its_doers(nlp):
    """«أن القوات الأمنية استطاعت تحرير تل مشيهيدة …، بعد معارك مع المسلحين» (#1640): the security forces fought the
    gunmen."""
    rows = kind_parties(nlp, _RAMADI, "ASSAULT", _DATE)
    assert any(a == ["القوات الأمنية"] and r == ["المسلحين"] for _, _, a, r in rows), rows


_COORDINATION = ("وبينت أن طيران التحالف نفذ أيضاً 22 غارة جوية منفصلة بالعراق بالتنسيق مع الحكومة العراقية مستخدمًا "
                 "قاذفات وطائرات مقاتلة وبدون طيار .")


def test_coordination_with_a_party_is_the_striking_force(nlp):
    """«أن طيران التحالف نفذ … غارة جوية … بالتنسيق مع الحكومة العراقية» (#1438): the coalition air force coordinates
    with the Iraqi government."""
    rows = kind_parties(nlp, _COORDINATION, "COOPERATE", _DATE)
    assert any(a == ["طيران التحالف"] and r == ["الحكومة العراقية"] for _, _, a, r in rows), rows


def test_battles_in_a_quoted_statement_take_no_actor_across_the_quote(nlp):
    """«وقالت الرئاسة "بعد التشاور مع رئيس الوزراء …، قرر رئيس الجمهورية» (#1812): the consulting is the president's,
    whom the clause names, not the act told before the quote."""
    text = ("أعلنت الرئاسة التونسية في بيان الجمعة ان حالة الطوارىء تم تمديدها لشهرين ، وقالت الرئاسة \"بعد التشاور "
            "مع رئيس الوزراء ورئيس البرلمان، قرر رئيس الجمهورية تمديد حالة الطوارىء\".")
    rows = kind_parties(nlp, text, "CONSULT", _DATE)
    assert not any("الرئاسة التونسية" in a for _, _, a, _ in rows), rows


_SURUC = ("وعدت الحكومة التركية بتعزيز الإجراءات الأمنية غداة هجوم انتحاري نسب إلى تنظيم داعش وضرب مدينة سوروج "
          "بالقرب من الحدود السورية، مما أودى بحياة 32 شخصا.")


def test_an_attack_noun_attributed_to_a_party_is_its_doing(nlp):
    """«وعدت الحكومة التركية … غداة هجوم انتحاري نسب إلى تنظيم داعش» (2015-07-22 #693): the attack is put down to
    the Islamic State; the government that promises security did not attack."""
    rows = kind_parties(nlp, _SURUC, "ASSAULT", "2015-07-22")
    assert rows and all("الحكومة التركية" not in a for _, _, a, _ in rows), rows
    assert any(a == ["تنظيم داعش"] for _, _, a, _ in rows), rows


_BIDEN = ("وأضاف البيت الأبيض في بيان بخصوص المكالمة الهاتفية أن بايدن قدم تعازيه في ضحايا هجوم انتحاري بسيارة "
          "ملغومة قتل أكثر من 100 شخص في محافظة ديالى.")


def test_who_condoles_the_victims_of_an_attack_did_not_attack(nlp):
    """«أن بايدن قدم تعازيه في ضحايا هجوم انتحاري» (2015-07-22 #664): Biden offers condolences; the attack in the
    genitive of «ضحايا» has no actor from his clause."""
    rows = kind_parties(nlp, _BIDEN, "ASSAULT", "2015-07-22")
    assert rows and all("بايدن" not in a for _, _, a, _ in rows), rows


def test_who_arrests_an_attack_s_perpetrators_did_not_attack(nlp):
    """«واعتقلت الشرطة منفذي الهجوم على المسجد»: the police arrest the attackers; they are not the attack's doers."""
    rows = kind_parties(nlp, "واعتقلت الشرطة منفذي الهجوم على المسجد.", "ASSAULT", _DATE)
    assert all("الشرطة" not in a for _, _, a, _ in rows), rows


_SORTIES = ("وأعلنت وزارة الدفاع في بيان لها اليوم أن طيران التحالف نفذ 9 غارات جوية مستخدمًا طائرات مقاتلة وطائرات "
            "بدون طيار في سوريا.")


def test_the_craft_after_using_is_no_target(nlp):
    """«نفذ 9 غارات جوية مستخدمًا طائرات مقاتلة» (#1438): the fighter jets are the coalition's means, never whom the
    strikes befell (nor past another craft: «مستخدمًا قاذفات وطائرات مقاتلة»)."""
    rows = kind_parties(nlp, _SORTIES, "ASSAULT", _DATE) + kind_parties(nlp, _COORDINATION, "ASSAULT", _DATE)
    assert rows and not any("طائرات مقاتلة" in r for _, _, _, r in rows), rows


def test_a_target_after_a_preposition_past_the_means_stays(nlp):
    """«قصفت القوات المدينة باستخدام الأسلحة ضد المدنيين»: the civilians, after ضد, are still whom it befell."""
    rows = kind_parties(nlp, "قصفت القوات المدينة باستخدام الأسلحة ضد المدنيين.", "ASSAULT", _DATE)
    assert any("المدنيين" in r for _, _, _, r in rows), rows


_CARTER = ("ندد وزير الدفاع الأمريكي آشتون كارتر اليوم أمام لجنة الدفاع بمجلس الشيوخ الأمريكي بالأنشطة التخريبية "
           "لإيران في منطقة الشرق الأوسط.")


def test_the_body_a_condemnation_is_told_before_is_no_target(nlp):
    """«ندد كارتر اليوم أمام لجنة الدفاع بمجلس الشيوخ الأمريكي بالأنشطة التخريبية لإيران» (#1546): the Senate heard
    the condemnation; it is not condemned."""
    rows = kind_parties(nlp, _CARTER, "ACCUSE", _DATE)
    assert rows and not any("مجلس الشيوخ الأمريكي" in r for _, _, _, r in rows), rows


_MEMON = ("وقالت الشبكة ان يعقوب مأمون اعدم شنقا في الصباح الباكر في سجن ناغبور، وذلك غداة رفض الرئيس الهندي براناب "
          "موخرجي طلبا لوقف تنفيذ حكم الاعدام الصادر بحقه.")


def test_who_refuses_a_request_is_the_one_asked(nlp):
    """«غداة رفض الرئيس الهندي براناب موخرجي طلبا لوقف تنفيذ حكم الاعدام» (#1545): the president was asked; he did not
    ask."""
    rows = kind_parties(nlp, _MEMON, "REQUEST", _DATE)
    assert rows and all("الرئيس الهندي" not in a for _, _, a, _ in rows), rows
    assert any("الرئيس الهندي" in r for _, _, _, r in rows), rows


def test_a_demand_joined_to_a_refusal_keeps_its_subject(nlp):
    """«رفض الرئيس الاتفاق وطالب بتعديله»: the president both refuses and demands."""
    rows = kind_parties(nlp, "رفض الرئيس الاتفاق وطالب بتعديله.", "REQUEST", _DATE)
    assert any(a == ["الرئيس"] for _, _, a, _ in rows), rows


_ENVOY = ("ودعا المبعوث الأممي إلى التمسك بمبدأ حماية المدنيين, مطالبًا نظام الأسد بوقف القصف العشوائي وإلقاء "
          "البراميل المتفجرة على المدن .")


def test_who_is_to_be_protected_is_not_the_one_called_on(nlp):
    """«ودعا المبعوث الأممي إلى التمسك بمبدأ حماية المدنيين» (2015-07-22 #666): the civilians are in the act called
    for; nobody here calls on them."""
    rows = kind_parties(nlp, _ENVOY, "REQUEST", "2015-07-22")
    assert rows and not any("المدنيين" in r for _, _, _, r in rows), rows


def test_a_body_deep_in_what_is_asked_is_not_the_one_called_on(nlp):
    """«وطالب عسيري الحوثيين بتنفيذ قرار مجلس الأمن الدولي رقم 2216» (#1446): the Security Council owns the
    resolution to be carried out; it is not asked."""
    text = "وطالب عسيري الحوثيين بتنفيذ قرار مجلس الأمن الدولي رقم 2216 الذي يدعو الحركة إلى الانسحاب من المدن."
    rows = kind_parties(nlp, text, "REQUEST", _DATE)
    assert rows and not any("مجلس الأمن الدولي" in r for _, _, _, r in rows), rows


def test_the_object_of_the_act_asked_for_stays(nlp):
    """«من ناحيتها طالبت حركة حماس بضرورة تصعيد المقاومة ضد الاحتلال» (#1669, judged right): the act's own object,
    past «بضرورة», stays the recipient."""
    text = "من ناحيتها طالبت حركة حماس بضرورة تصعيد المقاومة ضد الاحتلال الإسرائيلي في الضفة الغربية."
    rows = kind_parties(nlp, text, "REQUEST", _DATE)
    assert any("المقاومة" in r for _, _, _, r in rows), rows


def test_the_one_asked_with_min_stays(nlp):
    """«طلب الاتحاد الأوروبي من إسرائيل، مراجعة قراراتها» (#520): من brings the one asked, not the act asked for."""
    text = "طلب الاتحاد الأوروبي من إسرائيل، مراجعة قراراتها الأخيرة، بشأن بناء وحدات استيطانية في القدس."
    rows = kind_parties(nlp, text, "REQUEST", _DATE)
    assert any("إسرائيل" in r for _, _, _, r in rows), rows


def test_the_one_asked_after_an_adverb_in_bi_stays(nlp):
    """«ونطالب بالذات جماعة الحوثيين والمتحالفين معهم باحترامها» (2015-07-27 #1195): «بالذات» is an adverb, not the
    act asked for; the Houthis are still the ones asked."""
    text = "نحن في الجامعة العربية نرحب بهذه الهدنة الإنسانية ونطالب بالذات جماعة الحوثيين والمتحالفين معهم باحترامها."
    rows = kind_parties(nlp, text, "REQUEST", "2015-07-27")
    assert any("جماعة الحوثيين" in r for _, _, _, r in rows), rows
