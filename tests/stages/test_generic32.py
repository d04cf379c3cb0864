"""Round 32 (generic32): attacks and protests told as a series or a wave are no one event; one dated is kept."""

import pytest

_OPENING = "قال مصدر أمني إن الوضع هادئ في المنطقة. وأضاف أن القوات تنتشر في المدينة. "


def _assaults(nlp, sentence):
    """The ASSAULT triggers coded in the third sentence of a short story whose third sentence is `sentence`."""
    art = nlp(_OPENING + sentence, published="2015-08-09")
    return [e.trigger.text for e in art.events if e.event == "ASSAULT" and e.sentence == 2]


@pytest.mark.parametrize("sentence", [
    "وكانت ألمانيا قد شهدت موجة من الهجمات بالحرق على عدد من نزل اللاجئين.",
    "واندلعت الحرب الأهلية في ديسمبر 2013 بعد اتهام رئيس جنوب السودان سلفا كير نائبه السابق رياك مشار "
    "بالتخطيط لانقلاب، ما أطلق سلسلة من أعمال القتل والانتقام أدت إلى انقسام إثني في البلد الفقير.",
])
def test_a_series_or_a_wave_of_attacks_is_no_event(nlp, sentence):
    assert _assaults(nlp, sentence) == []


def test_a_series_of_raids_on_one_day_is_kept(nlp):
    sentence = "وشنت طائرات التحالف العربي أمس السبت سلسلة من الغارات الجوية على مواقع المليشيات الحوثية في صنعاء."
    assert _assaults(nlp, sentence)


def test_a_wave_of_protests_is_no_event(nlp):
    art = nlp(_OPENING + "وتشهد العديد من مدن العراق موجة احتجاجات للأسبوع الثاني على التوالي على نقص الخدمات "
              "خصوصا انقطاع التيار الكهربائي.", published="2015-08-09")
    assert not [e for e in art.events if e.event == "PROTEST" and e.sentence == 2]
