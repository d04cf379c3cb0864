"""Trigger senses (senses20, dev 2015-08-09): killing animals, insects or germs is no assault (قتل الحيوانات المنوية،
لقتل حيوانات برية); a team's attacks in a match are no assault (أهدروا عدة هجمات، شن هجوما كثيفا من جانب الأهلي);
volunteers who applied (تقدموا, read as an imperfect of قدّم) give no aid; a count of visits (زار السعودية 13 مرة)
and tourists visiting a town (سياح سيدني زيارتها) are no meeting. The event sense beside each still codes.

Checked on the coder without the report filter: these are the lexicon's and the topic gate's candidates.
"""

import pytest


def coded(coder, text):
    """(type, trigger text) of every event the coder finds in the text."""
    return [(e.event, e.trigger.text) for e in coder(text, published="2015-08-09").events]


def types(coder, text):
    """The event types the coder finds in the text."""
    return [e.event for e in coder(text, published="2015-08-09").events]


@pytest.mark.parametrize("text", [
    "وأعلنت وزارة الزراعة أنها قتلت الحشرات في المزارع.",
    "وقال الباحثون إن المادة الجديدة تعمل على قتل الحيوانات المنوية لدى الرجال بعد ساعات من تناولها. "
    "وأضافوا أن التجارب أجريت على 200 رجل. وتوقعوا طرح الدواء في الأسواق خلال عامين.",
    "وقررت الحكومة الأسترالية أمس البدء في حملة لقتل حيوانات برية تنقل المرض إلى الماشية. "
    "وقال وزير الزراعة إن الحملة ستستمر شهرين. وأضاف أن المزارعين تضرروا كثيرا.",
])
def test_animals_not_assault(coder, text):
    assert "ASSAULT" not in types(coder, text)


@pytest.mark.parametrize("text", [
    "وأهدر لاعبو الهلال عدة هجمات خطيرة في المباراة.",
    "وهاجم لاعبو النصر مرمى الاتحاد طوال المباراة.",
    "وشن الفريق هجوما كثيفا من جانب الأهلي في الشوط الثاني من المباراة.",
])
def test_play_attack_not_assault(coder, text):
    assert "ASSAULT" not in types(coder, text)


@pytest.mark.parametrize("text", [
    "وقتل مسلحون ثلاثة جنود في هجوم على نقطة تفتيش.",
    "وشن مسلحون هجوما على ملعب لكرة القدم في المدينة.",
    "وشن المتمردون هجوما على معسكر للجيش قرب الملعب.",
])
def test_attack_still_assault(coder, text):
    assert "ASSAULT" in types(coder, text)


@pytest.mark.parametrize("text", [
    "وقال المسؤول إن سبعة آلاف متطوع تقدموا لبرنامج التدريب هذا العام.",
    "وأوضح أن 300 شاب تقدموا للحصول على دعم الصندوق.",
])
def test_applicants_not_aid(coder, text):
    assert "AID" not in types(coder, text)


@pytest.mark.parametrize("text", [
    "وقدمت المملكة مساعدات إلى اليمن.",
    "وطالب الوزير الدول المانحة أن تقدموا مساعدات إلى اليمن.",
    "وقدمت الولايات المتحدة برنامج تدريب للجيش العراقي.",
])
def test_aid_still_coded(coder, text):
    assert "AID" in types(coder, text)


def test_misspelt_call_stays(coder):
    assert "REQUEST" in types(coder, "وقالت الوزارة إنها تدعوا الأطراف اليمنية إلى الحوار.")


VISITS = ("وصل الرئيس الفرنسي إلى الرياض أمس. وقال الرئيس إنه زار السعودية {} خلال السنوات الماضية. "
          "وأضاف أن العلاقات بين البلدين قوية. والتقى الرئيس الفرنسي أمس الملك سلمان.")


def test_counted_visits_not_meeting(coder):
    assert ("CONSULT", "زار") not in coded(coder, VISITS.format("13 مرة"))
    assert ("CONSULT", "التقى") in coded(coder, VISITS.format("13 مرة"))


def test_one_visit_stays(coder):
    assert ("CONSULT", "زار") in coded(coder, VISITS.format("مرة واحدة"))
    assert ("CONSULT", "زار") in coded(coder, VISITS.format("للمرة الثالثة"))


def test_tourists_visit_not_meeting(coder):
    text = ("تعد الجزيرة من أجمل المناطق السياحية في أستراليا. ويفضل كثير من سياح سيدني زيارتها في فصل الصيف. "
            "وتضم الجزيرة عددا من الفنادق.")
    assert "CONSULT" not in types(coder, text)


@pytest.mark.parametrize("text", [
    "ويأمل الهلال بطل الكأس في التتويج باللقب للمرة الأولى أيضا وخطف اللقب الثاني تواليا من أمام جاره ومنافسه التقليدي.",
    "ونجح الفريق في خطف هدف مبكر في الشوط الأول.",
    "وبدأ الأهلي الشوط بهجمتين سريعتين للمهاجم عماد متعب لكن دون تأثير على المرمى في المباراة.",
])
def test_sport_snatch_and_striker_not_assault(coder, text):
    assert "ASSAULT" not in types(coder, text)


def test_kidnapping_stays(coder):
    assert "ASSAULT" in types(coder, "وخطف مسلحون ثلاثة عمال أجانب في جنوب ليبيا.")
