"""Round 97 (roles97): the person right after ضبط is the one seized (the row no longer stops at a person word there;
goods, stores and shipments still do), and the genitive of an operation noun's event word (حادثة تحرش شابين) is no
actor of a later arrest noun."""

from __future__ import annotations

from stage_coding import kind_parties


def test_arrest_after_harassment_genitive_has_no_harasser_actor(nlp):
    """«حادثة تحرش شابين في الطائف بفتاة عن ضبط المتورطَين» (2015-07-27): the two culprits are seized; the two young
    men harassing are no captors."""
    text = ("في سياق متصل، أسفرت التحريات في حادثة تحرش شابين في الطائف بفتاة عن ضبط المتورطَين في الواقعة، وقال "
            "المتحدث الإعلامي بشرطة منطقة مكة المكرمة العقيد عاطي القرشي، إنه تم تشكيل فريق عمل.")
    held = [(a, r) for _, t, a, r in kind_parties(nlp, text, "COERCE", "2015-07-27") if t.startswith("ضبط")]
    assert held and held[0][1] == ["المتورطَين"]
    assert not any("شابين" in x for x in held[0][0])


def test_persons_right_after_seizure_are_arrested(nlp):
    """«من ضبط الشخصين المتهمين بالتورط» (2015-07-27): the two accused are arrested."""
    text = ("نجحت الجهات الامنية بمحافظة الطائف من ضبط الشخصين المتهمين بالتورط في قضية تحرش فتاة بالطائف، وذلك في "
            "غضون اربع وعشرين ساعة من انتشار مقطع الفيديو.")
    held = [r for _, t, _, r in kind_parties(nlp, text, "COERCE", "2015-07-27") if t.startswith("ضبط")]
    assert held and any("المتهمين" in x or "الشخصين" in x for x in held[0])


def test_accused_woman_seized_but_no_goods(nlp):
    """«وتم ضبط المتهمة والسلاح المستخدم في الواقعة» (2015-08-03): the accused woman is arrested; a factory or
    quantities seized are no arrest."""
    text = "وتم ضبط المتهمة والسلاح المستخدم في الواقعة، وتحرير محضر بالواقعة وأخطرت النيابة لمباشرة التحقيقات."
    held = [r for _, t, _, r in kind_parties(nlp, text, "COERCE", "2015-08-03") if t.startswith("ضبط")]
    assert held and held[0] == ["المتهمة"]
    for text in ("وتمكنت الفرق الميدانية من ضبط مصنع تديره عمالة وافدة في حي السلي.",
                 "وتمكنت الدوريات من ضبط كميات من المخدرات بحوزة مقيم."):
        assert not [t for _, t, _, _ in kind_parties(nlp, text, "COERCE", "2015-08-03") if t.startswith("ضبط")]
