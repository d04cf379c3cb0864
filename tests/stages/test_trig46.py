"""Trigger senses and repeats (round 46): an airlift is aid, a promise to lift sanctions is an intent to ease them (no
sanction), people trapped by a flood are no arrest, a beast's attack and houses rigged with explosives are no act;
a recall of an ambassador told again in a later sentence is one act, while two sentences passed on unnamed men
stay two."""

import pytest


def _events(nlp, text, published="2015-07-25"):
    """(event, cameo, trigger, actor codes, recipient codes) of every event of `text`."""
    return [(e.event, e.cameo, e.trigger.text, [a.code for a in e.actor], [r.code for r in e.recipient])
            for e in nlp(text, published=published).events]


def test_a_recall_told_again_in_a_later_sentence_is_one_act(nlp):
    evs = _events(nlp, "قالت وزارة الداخلية في البحرين أمس السبت إن السلطات أحبطت محاولة لتهريب أسلحة وأعلنت استدعاء "
                       "سفيرها في طهران للتشاور بعد ما وصفته بتكرار التصريحات الإيرانية المعادية. ومن المنتظر أن يزور "
                       "ظريف قطر والكويت والعراق اليوم الأحد. وقالت البحرين في بيان استدعاء سفيرها من طهران إن "
                       "التصريحات تعكس الموقف العدائي لإيران تجاه المملكة.", published="2015-07-26")
    recalls = [e for e in evs if e[0] == "SANCTION" and e[1] == "161"]
    assert len(recalls) == 1 and "IRN" in recalls[0][4]


def test_two_sentences_without_parties_of_their_own_stay_two(nlp):
    evs = _events(nlp, "وكان حكم بالسجن سبع سنوات صدر في يونيو 2014 على الكندي محمد فهمي. وحكم بالسجن سبع سنوات على "
                       "الأسترالي بيتر جريست الذي تم ترحيله إلى بلاده في فبراير.", published="2015-08-03")
    assert len([e for e in evs if e[0] == "SANCTION"]) == 2


@pytest.mark.parametrize("text", [
    "وبدأ جسر جوي سعودي إلى عدن.",
    "وكانت المملكة قررت تسيير جسر جوي لإغاثة الشعب اليمني.",
])
def test_an_airlift_is_aid(nlp, text):
    assert "AID" in [e[0] for e in _events(nlp, text)]


def test_a_promise_to_lift_sanctions_is_an_intent_to_ease_them(nlp):
    evs = _events(nlp, "وعدت واشنطن برفع العقوبات عن إيران.")
    assert [e[:2] for e in evs] == [("AGREE", "0354")]
    assert "USA" in evs[0][3] and "IRN" in evs[0][4]


def test_sanctions_to_be_lifted_are_no_sanction(nlp):
    evs = _events(nlp, "ووعد الرئيس برفع العقوبات الاقتصادية المفروضة على كوبا.")
    assert "SANCTION" not in [e[0] for e in evs]
    assert "AGREE" in [e[0] for e in evs]


@pytest.mark.parametrize("text,etype", [
    ("وفي 30 نوفمبر 2013 باشرت فرق الإنقاذ بمديرية الدفاع المدني حادث احتجاز لـ27 شخصا بالوادي ذاته.", "COERCE"),
    ("اقتحم نمر مدرسة خاصة في ولاية كارناتاكا بجنوب الهند الخميس.", "COERCE"),
    ("من جانبها، كشفت خلية الإعلام الحربي عن تفكيك قوة من مكافحة المتفجرات لخمسين منزلا مفخخا بمنطقة الطاش جنوب "
     "مدينة الرمادي.", "ASSAULT"),
    ("وقال جودت إن القوات الأمنية استطاعت خلال التقدم تفكيك 35 عبوة ناسفة و13 منزلا مفخخا.", "ASSAULT"),
    ("وهاجم تمساح امرأة على ضفة النهر.", "ASSAULT"),
    ("وقد هاجمه النمر في حديقة الحيوان أمس.", "ASSAULT"),
])
def test_a_sense_that_tells_no_act_is_no_event(nlp, text, etype):
    assert etype not in [e[0] for e in _events(nlp, text)]


@pytest.mark.parametrize("text,etype", [
    ("وأعلنت الشرطة احتجاز ثلاثة أشخاص للتحقيق معهم.", "COERCE"),
    ("واقتحمت قوات الأمن مقر الحزب في العاصمة.", "COERCE"),
    ("وهاجم مسلحون نقطة تفتيش للجيش في سيناء.", "ASSAULT"),
    ("وقتل خمسة جنود في انفجار سيارة مفخخة في بغداد.", "ASSAULT"),
])
def test_the_acts_of_those_words_stay(nlp, text, etype):
    assert etype in [e[0] for e in _events(nlp, text)]
