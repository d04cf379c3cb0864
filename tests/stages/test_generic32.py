"""Round 32 (generic32): attacks and protests told as a series or a wave are no one event; one dated is kept."""

import pytest

PUBLISHED = "2015-08-09"  # the day the story fixture (conftest) publishes the texts on


@pytest.mark.parametrize("sentence", [
    "وكانت ألمانيا قد شهدت موجة من الهجمات بالحرق على عدد من نزل اللاجئين.",
    "واندلعت الحرب الأهلية في ديسمبر 2013 بعد اتهام رئيس جنوب السودان سلفا كير نائبه السابق رياك مشار "
    "بالتخطيط لانقلاب، ما أطلق سلسلة من أعمال القتل والانتقام أدت إلى انقسام إثني في البلد الفقير.",
])
def test_a_series_or_a_wave_of_attacks_is_no_event(story, sentence):
    assert story.assaults(sentence) == []


def test_a_series_of_raids_on_one_day_is_kept(story):
    sentence = "وشنت طائرات التحالف العربي أمس السبت سلسلة من الغارات الجوية على مواقع المليشيات الحوثية في صنعاء."
    assert story.assaults(sentence)


def test_a_wave_of_protests_is_no_event(story):
    evs = story.events("وتشهد العديد من مدن العراق موجة احتجاجات للأسبوع الثاني على التوالي على نقص الخدمات "
                       "خصوصا انقطاع التيار الكهربائي.")
    assert not [e for e in evs if e.event == "PROTEST"]


@pytest.mark.parametrize("text", [
    "وتقر الولايات المتحدة التي تخشى أن تؤدي الاضطرابات في اليمن إلى تعزيز جناح القاعدة بأنها تستخدم طائرات بلا "
    "طيار لكنها لا تعلق علنا على العمليات.",
    "ونتيجة للاضطرابات السياسية والاقتصادية التي تمر بها البلاد، أعلنت رئيسة البرازيل ديلما روسيف خطة تقشف.",
])
def test_a_country_s_turmoil_is_no_protest(nlp, text):
    assert "PROTEST" not in [e.event for e in nlp(text, published="2015-08-09").events]


def test_riots_of_one_day_are_kept(nlp):
    text = "واندلعت اضطرابات عنيفة أمس ضد الشرطة في مدينة كراتشي بعد مقتل شاب برصاص رجال الأمن."
    assert "PROTEST" in [e.event for e in nlp(text, published="2015-08-09").events]


def test_a_series_of_raids_carried_out_is_kept(story):
    sentence = "وشنت القوات الجوية التركية سلسلة غارات على مواقع حزب العمال الكردستاني في شمال العراق."
    assert story.assaults(sentence)


@pytest.mark.parametrize("sentence, etype", [
    ("ولقد ضخت البنوك المملوكة للحكومة الصينية بالفعل ما يقرب من 11 مليار دولار إلى الإكوادور، ولا تزال حكومة "
     "الإكوادور تطالبهم بالمزيد.", "REQUEST"),
    ("ويرى الكاتب أن المجتمع الدولي عاجز، حيث ما زالت روسيا ومعها دول أخرى، تدعم نظام الأسد.", "SUPPORT"),
])
def test_a_present_verb_after_still_and_its_subject_is_a_state(story, sentence, etype):
    types = story.types(sentence)
    assert etype not in types


def test_a_clause_of_its_own_after_still_is_kept(story):
    types = story.types("ولا يزال مصير المخطوفين مجهولا، وطالبت الحكومة اللبنانية أمس الخاطفين بالإفراج عنهم.")
    assert "REQUEST" in types
