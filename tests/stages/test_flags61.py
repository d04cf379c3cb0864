"""Round 61 (flags61): the negated / future / hypothetical flags — a negation reaches the act a carrying verb governs
past «أي» and with its و («ولم يقم أي رئيس أميركي بزيارة كينيا»); an act one could not do or failed to get is
negated («لم تتمكن من تنفيذ هجوم»، «فشل كاميرون في الحصول على موافقة البرلمان»), but not an act one failed to
prevent; «على أن» opening a clause sets what follows to come; a present wish («وأتمنى أن أزور») is to come; and an
imperfect verb in و joined to a verb still to come is to come too («سيقابل روحاني ويجتمع مع نظيره»), but not an act
done by the telling (must / must not, on sentences of the dev days)."""

from stage_coding import events_coded


def flags_of(nlp, text, trigger, date="2015-07-24"):
    """(negated, future, hypothetical) of each event of `text` whose trigger is `trigger`."""
    return [(e.negated, e.future, e.hypothetical) for e in events_coded(nlp, text, date) if e.trigger.text == trigger]


def test_a_negation_reaches_past_any(nlp):
    """«ولم يقم أي رئيس أميركي بزيارة كينيا»: no visit took place."""
    text = "ولم يقم أي رئيس أميركي بزيارة كينيا التي تعد مع جارتها إثيوبيا حليفًا مهمًا في الحرب ضد التطرف."
    fl = flags_of(nlp, text, "زيارة")
    # (round 67: the visit of «no US president» is now no event at all, test_roles67; none is coded as done)
    assert all(neg for neg, _, _ in fl)
    fl = flags_of(nlp, "ولم تتخذ روسيا حق الفيتو.", "الفيتو")
    assert fl and all(neg for neg, _, _ in fl)


def test_an_act_not_managed_is_negated(nlp):
    """«لم تتمكن من تنفيذ هجوم أعنف»، «وفشل كاميرون في الحصول على موافقة البرلمان»: not done."""
    fl = flags_of(nlp, "غير أنها لم تتمكن من تنفيذ هجوم أعنف من الهجوم الإرهابي في 1998.", "هجوم")
    assert fl and all(neg for neg, _, _ in fl)
    text = "وفشل كاميرون في الحصول على موافقة البرلمان للقيام باجراء عسكري ضد قوات الرئيس السوري بشار الأسد في " \
           "عام 2013."
    fl = flags_of(nlp, text, "موافقة")
    assert fl and all(neg for neg, _, _ in fl)
    # (an attack one failed to prevent took place; and one managed was done)
    fl = flags_of(nlp, "وفشلت الشرطة في منع الهجوم على السفارة.", "الهجوم")
    assert fl and not any(neg for neg, _, _ in fl)
    fl = flags_of(nlp, "وتمكنت القوات من تنفيذ هجوم على مواقع التنظيم.", "هجوم")
    assert fl and not any(neg for neg, _, _ in fl)


def test_provided_that_sets_what_follows_to_come(nlp):
    """«على أن يلتقي دي ميستورا اليوم الجمعة بالرئيس»، «، على أن تعقد قمة في العاصمة الإثيوبية»: still to come."""
    fl = flags_of(nlp, "على أن يلتقي دي ميستورا اليوم الجمعة بالرئيس بشار الأسد.", "يلتقي")
    assert fl and all(fut for _, fut, _ in fl)
    text = "ويتوقع وصول المفاوضين الجمعة المقبل إلى أديس أبابا للاطلاع على مسودة الاتفاق، على أن تعقد قمة في " \
           "العاصمة الإثيوبية في الخامس من أغسطس."
    fl = flags_of(nlp, text, "قمة")
    assert fl and all(fut for _, fut, _ in fl)


def test_a_present_wish_is_to_come(nlp):
    """«وأتمنى أن أزور باقي دول الخليج»: a wish, not a visit made."""
    text = "لدي برنامج ثقافي حول العالم، وزرت الإمارات العربية المتحدة، وأتمنى أن أزور باقي دول الخليج خاصة السعودية."
    fl = flags_of(nlp, text, "أزور")
    assert fl and all(fut for _, fut, _ in fl)


def test_a_verb_joined_to_a_coming_one_is_to_come(nlp):
    """«حيث سيقابل روحاني ويجتمع مع نظيره»، «يزور فابيوس إيران الأسبوع المقبل، ويلتقي الرئيس»: both to come."""
    fl = flags_of(nlp, "وذلك قبل الزيارة إلى طهران، حيث سيقابل روحاني ويجتمع مع نظيره محمد جواد ظريف.", "يجتمع")
    assert fl and all(fut for _, fut, _ in fl)
    text = "وبدوره، يزور وزير الخارجية الفرنسي لوران فابيوس إيران الأسبوع المقبل، ويلتقي الرئيس حسن روحاني."
    fl = flags_of(nlp, text, "يلتقي")
    assert fl and all(fut for _, fut, _ in fl)
    # (a verb joined to a past one was done)
    fl = flags_of(nlp, "وزار الوزير طهران أمس، ويلتقي اليوم الرئيس حسن روحاني.", "يلتقي")
    assert fl and not any(fut for _, fut, _ in fl)


def test_a_refusal_beside_an_acceptance_is_a_choice(nlp):
    """«للتصديق على الاتفاق أو رفضه»، «تحتفظ بخيار قبوله أو رفضه»: a choice still open, no refusal made."""
    for text in ("مع بدء فترة مدتها 60 يوما أمام الكونجرس تنتهي في 17 سبتمبر للتصديق على الاتفاق أو رفضه.",
                 "وإيران لم تكن مضطرة إلى التصويت ومن ثم تحتفظ بخيار قبوله أو رفضه."):
        fl = flags_of(nlp, text, "رفضه")
        assert fl and all(hyp for _, _, hyp in fl), text


def test_an_act_one_is_kept_from_is_supposed(nlp):
    """«وعد أوباما بمنع الكونغرس من فرض عقوبات جديدة»: no sanction imposed."""
    text = "في الوقت ذاته، وعد أوباما بمنع الكونغرس من فرض عقوبات جديدة وهو يقوم بتخفيف العقوبات القائمة."
    fl = [(e.negated, e.future, e.hypothetical) for e in events_coded(nlp, text, "2015-07-24")
          if e.trigger.text.startswith("فرض")]
    assert fl and all(hyp for _, _, hyp in fl)


def test_a_relative_verb_on_a_plan_was_done(nlp):
    """«في إطار خطة انتقال سياسي توسط فيها الخليج»: the mediation took place; the plan word does not set it ahead."""
    text = "رغم أنه أرغم على التنحي عام 2012 في إطار خطة انتقال سياسي توسط فيها الخليج عقب احتجاجات حاشدة على حكمه."
    fl = flags_of(nlp, text, "توسط")
    assert fl and not any(fut for _, fut, _ in fl)


def test_help_pledged_is_to_come(nlp):
    """«أكدت دول مجلس التعاون والولايات المتحدة التزامها بمساعدة الحكومة العراقية»: pledged, not yet given."""
    text = "أكدت دول مجلس التعاون والولايات المتحدة التزامها بمساعدة الحكومة العراقية والتحالف الدولي في قتالهم."
    fl = flags_of(nlp, text, "مساعدة")
    assert fl and all(fut for _, fut, _ in fl)
