"""Round 73, mentions: «القاضي» after a definite noun or a year and before a word in بـ is the adjective "stipulating"
(«المرسوم التشريعي رقم 32 لعام 2015 القاضي بمنح عفو»), no judge and no party; «دعوته» with an object pronoun is
the noun «دعوة» with its possessor (his call), not the first/second person verb «دعوتُه». Sentences from the dev
days 2015-07-25 and 2015-07-23."""

from stage_coding import events_coded


def test_stipulating_decree_has_no_judge(nlp):
    """«المرسوم التشريعي … القاضي بمنح عفو عام»: the amnesty's actor is no judge (SYR/JUD)."""
    text = ("وقال المرسوم “أصدر السيد الرئيس بشار الأسد اليوم المرسوم التشريعي رقم 32 لعام 2015 القاضي بمنح عفو عام "
            "عن جرائم الفرار الداخلي والخارجي والجرائم المنصوص عليها في قانون خدمة العلم المرتكبة قبل 25-7-2015.”")
    events = events_coded(nlp, text, "2015-07-25")
    assert events
    assert all(m.text != "القاضي" for e in events for m in list(e.actor) + list(e.recipient))


def test_judge_after_verb_kept(nlp):
    """«ووجه القاضي برفع الجلسة»: after a verb «القاضي» stays the judge."""
    text = "ووجه القاضي برفع الجلسة وأمر بالإبقاء على المتهم وعدم إطلاق سراحه."
    assert any(m.text == "القاضي" for m in nlp(text, published="2015-07-24").mentions if m.kind in ("agent", "actor"))


def test_possessive_call_is_a_noun(nlp):
    """«وجدد دعوته الوزراء الى تحمل مسؤولياتهم»: «دعوته» is the noun (his call), no verb with الوزراء its subject."""
    text = ("رأى درباس أن الحكومة تسير باستقالة تدريجية، وجدد دعوته الوزراء الى تحمل مسؤولياتهم كل في وزارته.")
    triggers = [m for m in nlp(text, published="2015-07-23").mentions if m.kind == "trigger" and m.text == "دعوته"]
    assert triggers
    assert all(m.get("pos") == "noun" for m in triggers)
