"""Round 69 (flags69): the negated / future / hypothetical flags and the accident cues — deaths in scattered
accidents or under a thing that tipped over are no assault («في 3 حوادث متفرقة»، «حين انقلبت عليه وحدة»), while
tanks running civilians over stay one; «قد تكون قد تنازلت» is only possible; an act never seen done («لم نشاهد
أحداً … طلب المساعدة») is negated, but not a threat whose carrying out was not seen; the definite object of a
verb of beginning after an expected أن («ويتوقع أن تبدأ … المفاوضات») is still to come; and «كلما» (whenever)
tells a supposed, habitual case (must / must not, on sentences of the dev days)."""

from stage_coding import events_coded


def flags_of(nlp, text, trigger, date="2015-07-24"):
    """(negated, future, hypothetical) of each event of `text` whose trigger is `trigger`."""
    return [(e.negated, e.future, e.hypothetical) for e in events_coded(nlp, text, date) if e.trigger.text == trigger]


def assaults(nlp, text, date="2015-07-24"):
    """The triggers of the assaults the event coder gives for `text`."""
    return [e.trigger.text for e in events_coded(nlp, text, date) if e.event == "ASSAULT"]


def test_deaths_in_accidents_are_no_assault(nlp):
    """«لقي 3 أشخاص مصرعهم … في 3 حوادث متفرقة»، «حين انقلبت عليه وحدة من ثلاثة أدراج»: accidents, no assault;
    «دهست مدنيين فارين بالدبابات ثم … قتلتهم» stays an attack."""
    text = "لقي 3 أشخاص مصرعهم وأصيب 15 آخرون في 3 حوادث متفرقة بالطائف، وباشرت عمليات الهلال الأحمر بالطائف الحوادث."
    assert not assaults(nlp, text, "2015-07-25")
    text = "كما لقي طفل عمره نحو عامين حتفه في ولاية واشنطن في يونيو عام 2014 حين انقلبت عليه وحدة من ثلاثة أدراج."
    assert not assaults(nlp, text, "2015-07-23")
    text = "أعلنت منظمة هيومن رايتس واتش أمس الأربعاء أن قوات جيش جنوب السودان دهست مدنيين فارين بالدبابات ثم " \
           "تراجعت لتتأكد أنها قتلتهم، ونفذت أعمال اغتصاب جماعية."
    assert assaults(nlp, text, "2015-07-23")


def test_may_have_been_done_is_only_possible(nlp):
    """«فإن إيران قد تكون قد تنازلت عن الكثير»: only possible; «وقد تنازلت إيران» is told as done."""
    text = "وبالتالي فإن إيران قد تكون قد تنازلت عن الكثير في سبيل توقيع الاتفاق، ورفع العقوبات الاقتصادية عنها."
    fl = flags_of(nlp, text, "تنازلت", "2015-07-25")
    assert fl and all(hyp for _, _, hyp in fl)
    fl = flags_of(nlp, "وقد تنازلت إيران عن الكثير في سبيل توقيع الاتفاق.", "تنازلت", "2015-07-25")
    assert fl and not any(hyp for _, _, hyp in fl)


def test_an_act_never_seen_is_negated(nlp):
    """«لم نشاهد أحداً من المواطنين طلب المساعدة»: no request; a threat whose carrying out was not seen was made."""
    fl = flags_of(nlp, "وقال: لم نشاهد أحداً من المواطنين طلب المساعدة.", "طلب المساعدة")
    assert fl and all(neg for neg, _, _ in fl)
    text = "يطلقها المتنفذون في السلطة الإيرانية ضد إسرائيل، وحتى اليوم لم نر أيا من الطرفين نفذ تهديده."
    fl = flags_of(nlp, text, "تهديده")
    assert fl and not any(neg for neg, _, _ in fl)


def test_expected_beginning_is_to_come(nlp):
    """«ويتوقع أن تبدأ تركيا المفاوضات مع الاتحاد الأوروبي»: the talks are still to come; talks held stay done."""
    fl = flags_of(nlp, "ويتوقع أن تبدأ تركيا المفاوضات مع الاتحاد الأوروبي.", "المفاوضات")
    assert fl and all(fut for _, fut, _ in fl)
    fl = flags_of(nlp, "وبدأت تركيا أمس المفاوضات مع الاتحاد الأوروبي.", "المفاوضات")
    assert fl and not any(fut for _, fut, _ in fl)


def test_whenever_is_a_supposed_case(nlp):
    """«وعملاً بقواعد الاشتباك … كلما طال إطلاق نار أراضيه، رد على الفور»: a habitual, supposed case."""
    text = "وعملاً بقواعد الاشتباك التي يعتمدها الجيش التركي منذ 2012 كلما طال إطلاق نار أراضيه، رد على الفور " \
           "بفتح النار على المواقع الجهادية."
    fl = flags_of(nlp, text, "إطلاق نار", "2015-07-25")
    assert fl and all(hyp for _, _, hyp in fl)
