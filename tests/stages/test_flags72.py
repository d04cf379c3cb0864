"""Round 72 (flags72): a cooperation told in بـ of manner right after a comma closing a clause whose verb is a future
one, «ستبدأ … بإعادة تأهيل مطار عدن …، بالتعاون مع دولتي الإمارات والسعودية», is still to come (future); the arrest a
reward is offered for, «مكافأة … لمن يدلي بمعلومات تقود لإلقاء القبض», is only supposed (hypothetical, not future);
and an arrest one neither confirms nor denies, «رفض تأكيد أو نفي إلقاء القبض», is hypothetical, neither denied nor
refused (must / must not, on sentences of the dev day 2015-07-23)."""

from stage_coding import events_coded


def flags_of(nlp, text, trigger, date="2015-07-23"):
    """(negated, future, hypothetical) of each event of `text` whose trigger starts with `trigger`."""
    return [(e.negated, e.future, e.hypothetical) for e in events_coded(nlp, text, date)
            if e.trigger.text.startswith(trigger)]


def test_manner_after_future_clause(nlp):
    """«ستبدأ بإعادة تأهيل مطار عدن …، بالتعاون مع دولتي الإمارات والسعودية» and «ستستمر في عملية "تحرير" المدينة …،
    بتنسيق مع قوات التحالف»: the cooperation is to come; after a past verb it stays a fact."""
    text = "وقال إن إعادة الإعمار ستبدأ بإعادة تأهيل مطار عدن والبنية التحتية في المدينة، بالتعاون مع دولتي الإمارات والسعودية."
    assert flags_of(nlp, text, "التعاون") == [(False, True, False)]
    text = "وأكد المصدر أن المقاومة الشعبية ستستمر في عملية \"تحرير\" المدينة من الحوثيين وقوات صالح، بتنسيق مع قوات التحالف."
    assert flags_of(nlp, text, "تنسيق") == [(False, True, False)]
    text = "وقال إن الحكومة بدأت إعادة تأهيل مطار عدن والبنية التحتية في المدينة، بالتعاون مع دولتي الإمارات والسعودية."
    assert flags_of(nlp, text, "التعاون") == [(False, False, False)]


def test_rewarded_arrest_is_supposed(nlp):
    """«ورصد المركز … مكافأة مالية … لمن يدلي بمعلومات تقود لإلقاء القبض على الفضلي»: the arrest hangs on a
    condition, hypothetical and not future."""
    text = ("ورصد المركز القومي الأمريكي لمكافحة الإرهاب مكافأة مالية قيمتها 7 ملايين دولار أمريكي لمن يدلي بمعلومات "
            "تقود لإلقاء القبض على الفضلي.")
    fl = flags_of(nlp, text, "القبض")
    assert fl and all(hyp and not fut for _, fut, hyp in fl)


def test_neither_confirmed_nor_denied(nlp):
    """«ورفض تأكيد أو نفي إلقاء القبض على شقيق زعيم المتمردين»: the arrest is neither told nor denied, hypothetical;
    a refusal before it does not make it a refused act (not negated)."""
    text = "ورفض تأكيد أو نفي إلقاء القبض على شقيق زعيم المتمردين وقائد الحوثيين في عدن."
    assert flags_of(nlp, text, "القبض") == [(False, False, True)]
    text = "ورفض المتحدث تأكيد او نفي اعتقال الصحفي."
    assert flags_of(nlp, text, "اعتقال") == [(False, False, True)]


def test_claimed_clause_reaches_further(nlp):
    """«وزعم البيان على الموقع الإلكتروني أن تنفيذ العملية يعتبر وقائيا ضد شرطيين كانا يتعاونان مع عصابة داعش»: the
    cooperation, seven words into the claim's أن, is only claimed (hypothetical); after a verb of saying it stays told."""
    text = ("وزعم البيان على الموقع الإلكتروني أن تنفيذ العملية يعتبر وقائيا ضد شرطيين كانا يتعاونان مع عصابة داعش "
            "في جيلان بينار.")
    assert flags_of(nlp, text, "يتعاونان") == [(False, False, True)]
    text = ("وأكد البيان على الموقع الإلكتروني أن تنفيذ العملية يعتبر وقائيا ضد شرطيين كانا يتعاونان مع عصابة داعش "
            "في جيلان بينار.")
    assert not any(hyp for _, _, hyp in flags_of(nlp, text, "يتعاونان"))


def test_offered_release_is_to_come(nlp):
    """«أبو مالك التلي كان قد عرض أثناء استقباله أهالي المختطفين الإفراج عن ثلاثة منهم»: the release is offered,
    still to come (future), and so is the release in exchange, after مقابل; «أفرج التلي عن ثلاثة منهم» stays done."""
    text = ("مشيرين إلى أن أمير جبهة النصرة في القلمون، أبو مالك التلي كان قد عرض أثناء استقباله أهالي المختطفين "
            "الإفراج عن ثلاثة منهم.")
    assert flags_of(nlp, text, "الإفراج") == [(False, True, False)]
    text = ("مشيرين إلى أن أمير جبهة النصرة في القلمون، أبو مالك التلي كان قد عرض أثناء استقباله أهالي المختطفين "
            "الإفراج عن ثلاثة منهم مقابل إطلاق سراح سجناء.")
    assert flags_of(nlp, text, "إطلاق") == [(False, True, False)]  # the term of the deal offered
    assert flags_of(nlp, "وأفرجت الحكومة عن ثلاثة منهم مقابل إطلاق سراح سجناء.", "إطلاق") != [(False, True, False)]
    text = "مشيرين إلى أن أمير جبهة النصرة في القلمون، أبو مالك التلي كان قد أفرج عن ثلاثة منهم."
    assert flags_of(nlp, text, "أفرج") == [(False, False, False)]
