"""Round 112 (d112): story days on the judged slice 2015-07-21 #0–399. «بحث الاتحاد الأوروبي، أمس، فرض عقوبات
… بعد أن رفضت جماعة متطرفة … توقيع الاتفاق هذا الشهر» … «وإن موغيريني ناقشتها» (#145): the refusal of the lead keeps
its month, and the class it is of (verbal) still takes the day of the lead's sentence, yesterday. «في الشهر الماضي،
انتقدت صحيفة "جيروزاليم بوست" شيرمان. لم يكن النقد مباشرا، بل انتقدت موقف شيرمان» (#275): the story has turned to
an older time; an act told by a verb right after it is of that past («on or before publication»), not of the lead's
day; not so in a sentence a verb of saying opens («وقال المسؤولون إن المقاتلين … قد استعادوا أيضا مناطق», 2015-07-31
#1466: the officials' news of the day)."""

import pytest
from stage_coding import all_dated, kept_dates

_EU = ("بحث الاتحاد الأوروبي، أمس، فرض عقوبات على أطراف الصراع الليبي التي تتقاعس عن الموافقة على اتفاق سلام ترعاه "
       "الأمم المتحدة، وذلك بعد أن رفضت جماعة متطرفة تسيطر على العاصمة طرابلس توقيع الاتفاق هذا الشهر. ويقول الاتحاد "
       "الأوروبي إن «الاتفاق الذي تسانده الأمم المتحدة هو الوسيلة الوحيدة لإنهاء الحرب».\n\nولم يفصح الدبلوماسيون "
       "بالاتحاد الأوروبي عن اسم الجماعة التي ستفرض عليها عقوبات، لكنهم قالوا إن «الخطط التي تشمل تجميد أرصدة وحظر سفر "
       "أفراد بلغت مراحل متقدمة»، وإن مسؤولة السياسة الخارجية بالاتحاد الأوروبي فيديريكا موغيريني ناقشتها مع وزراء "
       "خارجية الاتحاد ومع المبعوث الخاص للأمم المتحدة برناردينو ليون في بروكسل.")

_SHERMAN = ("مع إبرام الاتفاق النووي بين إيران والقوى الكبرى في فيينا أمس، يعود الوزراء والعشرات من أعوانهم والمفاوضين "
            "إلى عواصمهم بعد أسابيع من المفاوضات الماراثونية.\n\nوتتواصل شيرمان مع الإسرائيليين من موقع قوة.\n\n"
            "في الشهر الماضي، انتقدت صحيفة «جيروزاليم بوست» شيرمان. لم يكن النقد مباشرا، بل انتقدت موقف شيرمان تجاه "
            "كوريا الجنوبية.")

_ADEN = ("قال مسؤولون محليون اليوم الخميس إن القوات اليمنية مدعومة بضربات جوية من التحالف الذي تقوده السعودية استعادت "
         "مواقع على مشارف عدن كان الحوثيون يستخدمونها في إطلاق صواريخ على المدينة. وسيطرت القوات الموالية للرئيس عبد "
         "ربه منصور هادي على منطقة مثلث العلم عند المدخل الشرقي لعدن. وكانت قد انتزعت السيطرة على عدن من الحوثيين في "
         "17 يوليو تموز. وقال المسؤولون إن المقاتلين الذين يطلقون على أنفسهم اسم المقاومة الجنوبية قد استعادوا أيضا "
         "مناطق إلى الشمال من عدن من الحوثيين منها البساتين وقرية الفلاحي.")


def test_a_lead_act_dated_by_its_month_leaves_the_lead_day_to_its_class(nlp):
    """#145 «ناقشتها»: the lead's refusal is dated «هذا الشهر»; the talk told after it takes yesterday, the day of
    the lead's sentence, not the publication day."""
    rows = [r for r in kept_dates(nlp, _EU, "CONSULT", "2015-07-21") if r[0] == "ناقشتها"]
    assert all_dated(rows, "2015-07-20"), rows


def test_a_verb_right_after_an_older_time_is_of_that_past(nlp):
    """#275 «بل انتقدت موقف شيرمان»: after «في الشهر الماضي، انتقدت …», not the day of the lead's deal."""
    rows = kept_dates(nlp, _SHERMAN, "ACCUSE", "2015-07-21")
    later = [r for r in rows if r[0] == "انتقدت"][-1:]
    assert all_dated(later, None), rows


@pytest.mark.parametrize("text, kind, trigger, day, published", [
    pytest.param(_ADEN, "COERCE", "استعادوا", "2015-07-30", "2015-07-31", id="a_statement_after_an_older_time"),
])
def test_a_sentence_a_verb_of_saying_opens_keeps_the_story_day(nlp, text, kind, trigger, day, published):
    """2015-07-31 #1466: «وقال المسؤولون إن … قد استعادوا أيضا مناطق» after «في 17 يوليو»: the officials' news of
    Thursday, the story's day."""
    rows = [r for r in kept_dates(nlp, text, kind, published) if r[0] == trigger]
    assert all_dated(rows, day), kept_dates(nlp, text, kind, published)
