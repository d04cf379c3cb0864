"""Round 73 (flags73): charge names quoted after a bare تهمة/تهم, «تهمة "القتل الجماعي" و"الاستيلاء على السلطة"», are
the charges, not acts told as fact (hypothetical); an act told after حالما (as soon as), and an aim a condemnation
ascribes («دانت … بهدف الاستيلاء»), are only supposed (must / must not, on sentences of the dev days 2015-07-23 and
2015-07-24)."""

from stage_coding import events_coded


def flags_of(nlp, text, trigger, date="2015-07-23"):
    """(negated, future, hypothetical) of each event of `text` whose trigger starts with `trigger`."""
    return [(e.negated, e.future, e.hypothetical) for e in events_coded(nlp, text, date)
            if e.trigger.text.startswith(trigger)]


def test_quoted_charge_names(nlp):
    """«وتوجه اليه في اوكرانيا تهمة "القتل الجماعي" و"الاستيلاء على السلطة"» and «ويواجه تهم "التجسس و"جمع معلومات
    سرية" و"التعاون مع حكومات معادية"»: the seizure and the cooperation are charged, hypothetical; the charge itself
    stays a fact; a quoted phrase after a word that is no charge, «أعلن الحزب في بيان "التعاون …"», is not charged."""
    text = ('وتوجه اليه في اوكرانيا تهمة "القتل الجماعي" و"الاستيلاء على السلطة" و"سرقة اموال الدولة على نطاق '
            'واسع".')
    assert flags_of(nlp, text, "الاستيلاء") == [(False, False, True)]
    assert flags_of(nlp, text, "تهمة") == [(False, False, False)]
    text = ('وهو موقوف في سجن ايوين شمال طهران ويواجه تهم "التجسس و"جمع معلومات سرية" و"التعاون مع حكومات معادية" '
            'و"الدعاية ضد النظام".')
    assert flags_of(nlp, text, "التعاون") == [(False, False, True)]
    text = 'وأعلن الحزب في بيان "التعاون مع الحكومة الجديدة" في جميع المجالات.'
    assert all(not hyp for _, _, hyp in flags_of(nlp, text, "التعاون"))


def test_as_soon_as_is_supposed(nlp):
    """«ستكون مستعدة لاستئناف استيراد الخام الإيراني حالما ترفع العقوبات عن طهران»: the lifting hangs on a time to
    come, hypothetical (and future)."""
    text = ('كما أعلنت شركة «ساراس» الإيطالية لتكرير النفط، الخميس، على لسان مديرها العام داريو اسكافاردي، أنها على '
            'اتصال بإيران، وأنها «ستكون مستعدة لاستئناف استيراد الخام الإيراني حالما ترفع العقوبات عن طهران».')
    assert flags_of(nlp, text, "ترفع", "2015-07-24") == [(False, True, True)]


def test_condemned_aim_is_supposed(nlp):
    """«كما دانت بشدة إقدام وزيرة القضاء … على تشكيل لجنة …، بهدف الاستيلاء على أراضي المواطنين»: the seizure is the
    aim the condemner ascribes, hypothetical, not to come (not future)."""
    text = ('كما دانت بشدة إقدام وزيرة القضاء الإسرائيلي في حكومة نتنياهو اييلت شكيد "البيت اليهودي" على تشكيل لجنة '
            'حكومية للعمل على شرعنة البؤر الاستيطانية، بهدف الاستيلاء على أراضي المواطنين الفلسطينيين التي أقيمت عليها '
            'هذه البؤر.')
    assert flags_of(nlp, text, "الاستيلاء") == [(False, False, True)]
