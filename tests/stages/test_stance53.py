"""Round 53 (stance53): where a denial's reach ends. A statement whose content opens with a negation denies the
events told in it, but not those past «خصوصا بعد» (or بعد أن، عقب), which tell when or why as fact, nor a verb in و
that keeps its ن after لم/لن (ويتهمون: not under the negation, a new clause). Sentences of the dev day 2015-07-25,
must / must not."""


def stances(nlp, text, event):
    """The stances the full pipeline gives the events of a type in `text`."""
    return [e.stance for e in nlp(text, published="2015-07-25").events if e.event == event]


def test_a_killing_past_especially_after_is_not_denied(nlp):
    """«أنها لن تتهاون مع المتمردين الأكراد، خصوصا بعد تبني حزب العمال … قتل شرطيين»: the killing is told as fact."""
    text = ("وكانت الحكومة التركية أكدت، تزامنا مع الغارات وحملات اعتقال، أنها لن تتهاون مع المتمردين الأكراد، "
            "خصوصا بعد تبني حزب العمال، الأربعاء، قتل شرطيين تركيين عثر على جثتيهما قرب الحدود السورية، وذلك في رد "
            "على هجوم انتحاري دموي وقع الاثنين في مدينة سوروج التركية، واستهدف ناشطين يساريين مؤيدين للقضية الكردية.")
    got = stances(nlp, text, "ASSAULT")
    assert got and "deny" not in got


def test_an_accusation_in_wa_keeping_its_nun_is_not_denied(nlp):
    """«إنهم لم يحصلوا على رواتبهم … ويتهمون المصرف المركزي»: the accusation is a new clause, asserted."""
    text = ("وجعل هذا موظفي الخدمة المدنية، وهم أكبر قوة عاملة في ليبيا، يقولون الآن إنهم لم يحصلوا على رواتبهم "
            "منذ شهرين على الأقل ويتهمون المصرف المركزي بعدم منح المصارف المحلية السيولة الكافية لإصدار شيكات الرواتب.")
    got = stances(nlp, text, "ACCUSE")
    assert got and "deny" not in got


def test_a_denied_claim_stays_denied(nlp):
    """«انها لم تبلغ باي اصابة او اي دعوى»: the lawsuit (no و-verb, no «after») is still denied."""
    text = "وقالت مجموعة كرايسلر االسابقة انها لم تبلغ باي اصابة او اي دعوى باستثناء ما عرضه الباحثان."
    assert "deny" in stances(nlp, text, "ACCUSE")
