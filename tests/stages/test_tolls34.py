"""Round 34 (tolls34): a toll summed over a period whose «منذ» span closes the sentence is no one event."""

import pytest

PUBLISHED = "2015-08-01"  # the day the story fixture (conftest) publishes the texts on


@pytest.mark.parametrize("sentence", [
    # the span after the toll, further than the period rule reads
    "وقتل 19 شخصا من القوات التركية بهجمات نسبت إلى حزب العمال منذ بداية الأزمة الحالية.",
    "وقتل أكثر من 300 شخص في المعارك بين القبائل المتناحرة في جنوب البلاد منذ اندلاع الاشتباكات.",
    # a span since a month
    "وقتل 45 جنديا من قوات الأمن في هجمات متفرقة شنها المسلحون في شمال سيناء منذ مارس الماضي.",
])
def test_a_toll_with_a_closing_since_span_is_no_event(story, sentence):
    assert story.assaults(sentence) == []


def test_a_toll_with_its_own_day_is_kept(story):
    sentence = "وقتل 19 شخصا من القوات التركية أمس بهجوم نسب إلى حزب العمال في أكبر مدن الجنوب منذ بداية الأزمة."
    assert "قتل" in story.assaults(sentence)


def test_a_killing_with_no_count_is_kept(story):
    sentence = "وقتل الجيش قائدا ميدانيا بارزا في الحركة المسلحة التي تقاتل القوات الحكومية في الإقليم منذ بداية الحرب."
    assert "قتل" in story.assaults(sentence)


def test_a_toll_beside_a_yardstick_since_years_is_kept(story):
    sentence = "وقتل 50 شخصا على الأقل من المدنيين ورجال الأمن في أسوأ موجة عنف تشهدها المدينة منذ سنوات."
    assert "قتل" in story.assaults(sentence)
