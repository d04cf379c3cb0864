"""Round 51 (flags51): the negated / future / hypothetical flags and statement stance — a negated «لم يتم» reaches an
event noun past a light verbal noun («لم يتم توجيه الدعوة»); a negated word of heeding leaves its complement told
(«دون الاكتراث لقذائف»); a verb past «ثم» is no complement of a refusal before it; an act told after a verb of
claiming and its أن is only claimed; what a denial says ends at a comma and a new finite verb in و; a refuting phrase
in a later clause does not turn a statement to «deny»; a denial contests only the assertions with the same party in
the same role, or, naming none, those told with the same word (must / must not, on sentences of the dev days)."""

from stage_coding import events_coded


def coded(nlp, text, date="2015-08-03"):
    """The events the event coder gives (see stage_coding)."""
    return events_coded(nlp, text, date)


def full(nlp, text, date="2015-08-03"):
    """The events the whole pipeline gives, with their stance and contested marks."""
    return nlp(text, published=date).events


def test_an_invitation_not_sent_is_negated(nlp):
    """«فيما لم يتم توجيه الدعوة إلى زعيم حزب»: the negation reaches past the light verbal noun توجيه."""
    text = "وحضر الاجتماع زعماء الأحزاب، فيما لم يتم توجيه الدعوة إلى زعيم حزب اليمين الذهبي اليمين المتطرف."
    evs = [e for e in coded(nlp, text) if e.event == "REQUEST" and e.trigger.text == "الدعوة"]
    assert evs and all(e.negated for e in evs)


def test_shells_not_heeded_were_fired(nlp):
    """«دون الاكتراث لقذائف الغدر»: the heed is negated, the shelling is not."""
    text = "ورصدت \"الوطن\" خلال جولتها أمس في محافظات الشريط الحدودي استمرار الحياة بشكل طبيعي دون الاكتراث " \
           "لقذائف الغدر العشوائية."
    evs = [e for e in coded(nlp, text) if e.event == "ASSAULT"]
    assert evs and not any(e.negated for e in evs)


def test_an_agreement_after_then_took_place(nlp):
    """«إلا أنه رفض ذلك ثم عاد ووافق جزئيا»: the agreement is told next, no complement of the refusal."""
    text = "وقال: «قبل أيام تم طرح إيقاف إطلاق النار في الزبداني، إلا أنه رفض ذلك ثم عاد ووافق جزئيا بضغط من " \
           "إيران، لكنه لم يلتزم نهائيا»."
    evs = [e for e in coded(nlp, text) if e.event == "AGREE"]
    assert evs and not any(e.future or e.negated for e in evs)


def test_aid_claimed_is_hypothetical(nlp):
    """«ممرضا استراليا يزعم أنه قدم مساعدة طبية»: the aid is his claim, no fact."""
    text = "قالت الشرطة الاسترالية ومسؤولون إن ممرضا استراليا يزعم أنه قدم مساعدة طبية لمقاتلي تنظيم «داعش» " \
           "الذين يحاربون في سوريا."
    evs = [e for e in coded(nlp, text) if e.event == "AID"]
    assert evs and all(e.hypothetical for e in evs)


def test_a_charge_told_after_a_denial_is_not_denied(nlp):
    """«ونفى أن يكون صاحب التعليق، وتم توجيه تهمة»: the denial ends at the comma and وتم."""
    text = "وقالت الشرطة إنه عاطل عن العمل، ونفى أن يكون صاحب التعليق، وتم توجيه تهمة محاولة الاغتيال لكيم " \
           "كي-جونغ بعد الهجوم على السفير ليبرت في مارس الماضي."
    evs = [e for e in full(nlp, text) if e.event == "ACCUSE"]
    assert evs and not any(e.stance == "deny" for e in evs)


def test_a_refuting_phrase_in_a_later_clause_denies_nothing(nlp):
    """«…، في معارك لا علاقة لهم بها» at the end of what is said does not make the vow denied."""
    text = "وقالت مصادر محلية إن الاشتباكات أسفرت عن مصرع 11 حوثيا، مشيرة إلى أن الأهالي باغتوا المتمردين " \
           "بالهجوم، وتوعدوهم بالثأر لمقتل أقاربهم الذين غرر بهم الانقلابيون واستقطبوهم للقتال في صفوفهم، " \
           "في معارك لا علاقة لهم بها."
    evs = [e for e in full(nlp, text) if e.event == "THREATEN"]
    assert evs and all(e.stance == "assert" for e in evs)


def test_a_denial_naming_no_party_contests_only_the_same_word(nlp):
    """«نفى الجيش أن يكون استهدف منطقة مأهولة»: the clashes told before are not contested by it."""
    text = "وسجلت مواجهات مسلحة بين المتمردين وقوات الأمن في نهاية الأسبوع في جنوب شرق البلاد. " \
           "لكن الجيش نفى أن يكون استهدف منطقة مأهولة."
    evs = [e for e in full(nlp, text) if e.event == "ASSAULT" and e.trigger.text.startswith("مواجهات")]
    assert evs and not any(e.contested for e in evs)


def test_support_given_only_to_some_is_not_negated(nlp):
    """«لم يتم تقديم دعم واسع النطاق إلا للقوات»: «إلا» restricts the negated passive, the support was given."""
    text = "وقال المتحدث باسم مجلس الأمن القومي الأمريكي إنه لم يتم تقديم دعم واسع النطاق إلا للقوات التي " \
           "دربتها الولايات المتحدة."
    evs = [e for e in coded(nlp, text) if e.event == "AID"]
    assert evs and not any(e.negated for e in evs)


def test_an_attack_past_a_new_clause_of_a_negated_statement_is_asserted(nlp):
    """«أنها لن تتهاون …، واستهدف ناشطين»: the negation opening what is said does not deny the later clause."""
    text = "وكانت الحكومة التركية أكدت، تزامنا مع الغارات وحملات اعتقال، أنها لن تتهاون مع المتمردين الأكراد، " \
           "خصوصا بعد تبني حزب العمال، الأربعاء، قتل شرطيين تركيين عثر على جثتيهما قرب الحدود السورية، وذلك في " \
           "رد على هجوم انتحاري دموي وقع الاثنين في مدينة سوروج التركية، واستهدف ناشطين يساريين مؤيدين للقضية الكردية."
    evs = [e for e in full(nlp, text) if e.event == "ASSAULT" and e.trigger.text.endswith("استهدف")]
    assert evs and not any(e.stance == "deny" for e in evs)
