"""Round 71 (flags71): an act told after «أي/أية» (any), right after it or past a noun in ة such as «محاولة»،
«عملية», is a supposed case, none that took place: «إن أي محاولة لإعادة فرض العقوبات … سيمثل مخالفة» is
hypothetical; under a negation before «أي» it is not made a supposed act (must / must not, on sentences of the dev
days)."""

from stage_coding import events_coded


def flags_of(nlp, text, trigger, date="2015-07-25"):
    """(negated, future, hypothetical) of each event of `text` whose trigger starts with `trigger`."""
    return [(e.negated, e.future, e.hypothetical) for e in events_coded(nlp, text, date)
            if e.trigger.text.startswith(trigger)]


def test_any_attempt_is_supposed(nlp):
    """«إن أي محاولة لإعادة فرض العقوبات بعد انقضاء السنوات العشر سيمثل مخالفة للاتفاق»: the sanction is a supposed
    case, hypothetical; «فرض العقوبات» told as done stays a fact."""
    text = "وقال عراقجي إن أي محاولة لإعادة فرض العقوبات بعد انقضاء السنوات العشر سيمثل مخالفة للاتفاق."
    fl = flags_of(nlp, text, "فرض")
    assert fl and all(hyp for _, _, hyp in fl)
    text = "وقال عراقجي إن مجلس الأمن قرر أمس إعادة فرض العقوبات على الشركة."
    assert not any(hyp for _, _, hyp in flags_of(nlp, text, "فرض"))


def test_any_operation_is_supposed(nlp):
    """«فإن أي عملية اقتحام يمكن أن تعطي صورة سلبية»: any storming, supposed (hypothetical); but «لا يشكلون أي تهديد
    لأمن تركيا» (under a negation) is not made a supposed threat, and «ولاية» (و + لاية) is no «لأية»: «شهدت ولاية
    الوحدة معارك ضارية» stays a fact."""
    text = "وبالتالي، فإن أي عملية اقتحام يمكن أن تعطي صورة سلبية عن عملية التحرير."
    fl = flags_of(nlp, text, "اقتحام", "2015-07-24")
    assert fl and all(hyp for _, _, hyp in fl)
    text = "علما بأنهم لا يشكلون أي تهديد لأمن تركيا."
    assert not any(hyp for _, _, hyp in flags_of(nlp, text, "تهديد"))
    text = "وشن المعسكر الحكومي هجوما واسعا ضد القوات المتمردة في نيسان فيما شهدت ولاية الوحدة معارك ضارية."
    assert not any(hyp for _, _, hyp in flags_of(nlp, text, "معارك", "2015-07-23"))
