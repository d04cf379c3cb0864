"""Modality, round 14: events told as future, conditional or possible get their flag (must / must not)."""

import pytest


def events(nlp, text, date="2015-08-03"):
    """The events the coder gives each trigger (before repeats of one act are dropped)."""
    from hadath.pipeline import Pipeline

    return Pipeline([s for s in nlp.stages if s.name != "repeats"])(text, published=date).events


def flags(nlp, text, etype, trigger=None):
    """(future, hypothetical) of the first event of type etype (whose trigger holds `trigger`, if given)."""
    evs = [e for e in events(nlp, text) if e.event == etype and (trigger is None or trigger in e.trigger.text)]
    assert evs, f"no {etype} in {text!r}: {[(e.event, e.trigger.text) for e in events(nlp, text)]}"
    return evs[0].future, evs[0].hypothetical


@pytest.mark.parametrize("text, etype", [
    # a relative clause opening with a future verb
    ("وتشارك المملكة في قمة الأمم المتحدة لتغير المناخ التي ستعقد في باريس.", "CONSULT"),
    ("ويشارك الوزير في الاجتماع الذي سيقام في القاهرة.", "CONSULT"),
    # the object of a future verb, right after it or past a word or two
    ("لكن أوباما سيلجأ عندها إلى الفيتو.", "REJECT"),
    ("وقال إنه سيكون هناك لقاءات مع المعارضة.", "CONSULT"),
    ("أعلنت تركيا أنها ستطلق قريبا هجوما واسع النطاق ضد تنظيم الدولة الاسلامية في شمال سوريا، وذلك بعد اسبوعين على بدء غارات جوية على مواقع للاكراد في العراق.", "ASSAULT"),
    ("وأشار إلى أنه سيتم إرسال المزيد من المساعدات إلى اليمن خلال الفترة المقبلة.", "AID"),
    ("وقال إنه سيتم توزيع حجم كبير من هذه المساعدات إلى العائلات المتضررة.", "AID"),
    # plans
    ("وأعلنت المفوضية الأوروبية عن خطط لمساعدة اليونان.", "AID"),
    # tomorrow, awaited, getting ready
    ("ويزور الرئيس غدا القاهرة.", "CONSULT"),
    ("تعقد لجنة مبادرة السلام العربية غداً اجتماعاً طارئاً على مستوى وزراء الخارجية.", "CONSULT"),
    ("والوضع اللاحق هو مفاوضات السلام المنتظرة منذ فترة طويلة بين طالبان وكابل.", "CONSULT"),
    ("بينما يستعد ناشطون مدنيون إلى التنسيق يوم الجمعة للخروج في مظاهرة موحدة.", "COOPERATE"),
    # what was or is supposed to happen
    ("وكان من المفترض أن تبدأ جولة ثانية من محادثات السلام في باكستان الجمعة، إلا أن إسلام آباد أرجأتها.", "CONSULT"),
])
def test_future_acts_are_flagged_future(nlp, text, etype):
    future, _ = flags(nlp, text, etype)
    assert future


@pytest.mark.parametrize("text, etype", [
    # a verbal noun subject of a future verb: a supposed act and what it would bring
    ("حذر الرئيس الأميركي باراك أوباما من أن رفض الكونجرس للاتفاق النووي مع إيران سيؤدي إلى حرب.", "REJECT"),
    ("اعتبرت الدول العربية أن رفع العقوبات عن إيران سوف يزيد من قدراتها.", "RETREAT"),
    # a clause of time with an imperfect verb
    ("وقال إنه سيتم الإعلان عن الأسماء عندما ترد الموافقة من الوزارة.", "AGREE"),
    # the main clause of a condition that follows
    ("وقد يجعل ذلك الأوروبيين أكثر ترددًا حيال إعادة فرض عقوبات ضد طهران إذا انتهكت الاتفاق الأخير.", "SANCTION"),
    ("وقال الوزير إن سوريا تدعم أي جهود للتصدي لتنظيم داعش إذا جرت بالتنسيق مع دمشق.", "SUPPORT"),
    ("ويواجه رضائيان حكمًا بالسجن بين عشرة أعوام وعشرين عامًا في حال تمّت إدانته.", "SANCTION"),
])
def test_supposed_acts_are_flagged_hypothetical(nlp, text, etype):
    _, hypothetical = flags(nlp, text, etype)
    assert hypothetical


@pytest.mark.parametrize("text, etype", [
    # a definite act already told, subject of a future verb, happened
    ("ولم يكن يدور في خلده أن التهديد العراقي وحشد القوات سيؤدي إلى احتلال الكويت.", "THREATEN"),
    # a past clause of time
    ("وقتل جنديان آخران عندما أرسلت الحكومة تعزيزات.", "MOBILIZE"),
    ("وقتل جندي تركي عندما انفجر لغم أرضي في عربة عسكرية.", "ASSAULT"),
    # a warning made, whatever its condition; «في حالة من» is «in a state of»
    ("وحذر الرئيس المعارضين من تنظيم انتخابات مبكرة في الخريف إذا رفضوا الاتفاق.", "THREATEN"),
    ("وقال مصدر إن الوزراء انسحبوا من الاجتماع في حالة من الاحتجاج.", "RETREAT"),
    # «في حين» is whereas, no clause of time
    ("وقال الوزير إن الوضع مستقر، في حين شدد كيري على ضرورة وقف الأعمال الإرهابية.", "REQUEST"),
])
def test_past_acts_stay_unflagged(nlp, text, etype):
    assert flags(nlp, text, etype) == (False, False)


def test_an_act_after_a_past_anchor_is_no_object_of_the_future_verb(nlp):
    text = "وتحول الميناء إلى ميناء عدن، وسيزداد سوءا الآن بعد توجيه جميع المساعدات الأممية إلى عدن."
    future, _ = flags(nlp, text, "AID")
    assert not future


def test_a_statement_to_come_does_not_make_what_it_says_future(nlp):
    future, _ = flags(nlp, "وقال كيري إنه سيصدر بيان يؤكد قوة الشراكة بين الولايات المتحدة ودول الخليج.", "COOPERATE")
    assert not future
