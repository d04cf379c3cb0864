"""Round 50 (flags50): the negated / future / hypothetical flags — deaths a call means to prevent are supposed, not
told; a death in the genitive of a noun of redress (revenge, bodies, inquiry) under a threat or refusal was done;
a verbal noun spelled as a perfect after a future verb's preposition, or in the accusative past an adverb, is still
to come; «من المقرر أن» reaches past a weekday set off by commas and «ينتظر» past an aside; «من غير المقرر» is not
set; «توقع» before its subject and أن expects; and the stance side: an event a negated or denying statement
tells past a word of contrast (لكن، بل، رغم) is asserted (must / must not, on sentences of the dev days)."""

from stage_coding import events_coded


def coded(nlp, text, date="2015-08-03"):
    """The events the event coder gives (see stage_coding)."""
    return events_coded(nlp, text, date)


def find(nlp, text, event, word):
    """The coded events of the type whose trigger's first word ends the given word (clitics taken off)."""
    return [e for e in coded(nlp, text) if e.event == event and word.endswith(e.trigger.text.split()[0])]


def test_deaths_to_be_prevented_are_supposed(nlp):
    """«لمنع سقوط قتلى مدنيين»: the deaths are what the withdrawal should prevent, none told."""
    text = "ودعا البارزاني حزب العمال للانسحاب من الأراضي الكردية في العراق لمنع سقوط قتلى مدنيين وسط حملة " \
           "الضربات الجوية التركية."
    evs = find(nlp, text, "ASSAULT", "قتلى")
    assert evs and all(e.hypothetical for e in evs)


def test_a_death_avenged_was_done(nlp):
    """«وتوعدوهم بالثأر لمقتل أقاربهم»: the revenge is vowed, the killing happened."""
    text = "مشيرة إلى أن الأهالي باغتوا المتمردين بالهجوم، وتوعدوهم بالثأر لمقتل أقاربهم الذين غرر بهم الانقلابيون."
    evs = find(nlp, text, "ASSAULT", "لمقتل")
    assert evs and not any(e.future or e.negated for e in evs)


def test_the_dead_whose_bodies_are_refused_died(nlp):
    """«يرفض الحوثيون تسلم جثث قتلاهم»: the bodies are refused, the deaths are not negated."""
    text = "إلا أنه للأسف في حالات كثيرة يرفض الحوثيون تسلم جثث قتلاهم، وتبقى أياما ملقاة على الأرض."
    evs = find(nlp, text, "ASSAULT", "قتلاهم")
    assert evs and not any(e.future or e.negated for e in evs)


def test_an_expulsion_after_a_future_verb_and_its_preposition_is_to_come(nlp):
    """«ستتمكن في وقت قصير من طرد»: طرد, spelled as a perfect, is the future verb's verbal noun."""
    text = "وأكد غلاب أن المقاومة ستتمكن في وقت قصير من طرد كافة العصابات الإرهابية من المحافظات."
    evs = find(nlp, text, "COERCE", "طرد")
    assert evs and all(e.future for e in evs)


def test_a_meeting_set_past_a_weekday_aside_is_to_come(nlp):
    """«ومن المقرر أن يعقد كيري، الاثنين، أيضا اجتماعا»: the commas round the weekday do not end the planned clause."""
    text = "ومن المقرر أن يعقد كيري، الاثنين، أيضا اجتماعا ثلاثيا مع وزير الخارجية السعودي عادل الجبير."
    evs = find(nlp, text, "CONSULT", "اجتماعا")
    assert evs and all(e.future for e in evs)


def test_support_planned_past_an_adverb_is_to_come(nlp):
    """«ومن المقرر أن توفر الولايات المتحدة أيضا دعما»: the accusative verbal noun is the planned verb's object."""
    text = "ومن المقرر أن توفر الولايات المتحدة أيضا دعما دفاعيا لصد أي مهاجمين."
    evs = find(nlp, text, "SUPPORT", "دعما")
    assert evs and all(e.future for e in evs)


def test_an_awaited_lifting_past_an_aside_is_to_come(nlp):
    """«وينتظر، وفقا للاتفاق …، أن ترفع العقوبات»: the aside between the word of waiting and its أن."""
    text = "وينتظر، وفقا للاتفاق الإيراني الغربي الأخير، أن ترفع العقوبات الدولية التي فرضتها الولايات المتحدة."
    evs = [e for e in coded(nlp, text) if e.event == "RETREAT"]
    assert evs and all(e.future for e in evs)


def test_a_visit_not_scheduled_is_negated(nlp):
    """«ومن غير المقرر أن يزور أوباما قبر والده»: not set, so not to be."""
    text = "ومن غير المقرر أن يزور أوباما قبر والده في قرية كوجيلو غرب كينيا."
    evs = find(nlp, text, "CONSULT", "يزور")
    assert evs and all(e.negated for e in evs)


def test_cooperation_expected_with_an_ambiguous_verb_is_to_come(nlp):
    """«وتوقع الشيشكلي أن تشهد …»: توقع with أن after its subject expects (it is no «she signs»)."""
    text = "وتوقع الشيشكلي أن تشهد الأيام المقبلة تعاونا جديدا بين واشنطن وموسكو."
    evs = find(nlp, text, "COOPERATE", "تعاونا")
    assert evs and all(e.future for e in evs)


def stances(nlp, text, event):
    """The stances the full pipeline gives the events of a type in `text`."""
    return [e.stance for e in nlp(text, published="2015-08-03").events if e.event == event]


def test_a_request_past_but_in_a_negated_statement_is_asserted(nlp):
    """«لم تكن لدى الحكومة خطة … لكنني طلبت»: the negation opens what is said; the request past لكن is asserted."""
    text = 'وقال "لم تكن لدى الحكومة خطة لخروج اليونان من اليورو لكنني طلبت من وزارة المالية وضع خطة طوارئ".'
    got = stances(nlp, text, "REQUEST")
    assert got and all(s == "assert" for s in got)


def test_support_admitted_past_despite_in_a_denial_is_asserted(nlp):
    """«وتنفي إيران أي تدخل في البحرين رغم إقرارها بدعم المعارضة»: the support is admitted, not denied."""
    text = "وتنفي إيران أي تدخل في البحرين رغم إقرارها بدعم المعارضة الساعية للحصول على حقوق سياسية."
    got = stances(nlp, text, "AID")
    assert got and all(s == "assert" for s in got)

