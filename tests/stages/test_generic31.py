"""generic31: habitual attacks, attacks of a series and acts named as the start of a period are no events told."""

import hadath
from hadath.article import Article

_NLP = hadath.load()

_LEAD = "أعلنت وزارة الداخلية اليوم الخميس حصيلة جديدة للاشتباكات في المدينة. وقال المتحدث إن الوضع مستقر. "


def _events(text: str):
    """The events the default pipeline codes in a text published on 2015-07-31."""
    return _NLP(Article(text=text, id="t", published="2015-07-31")).events


def _triggers(text: str, etype: str = "ASSAULT") -> list[str]:
    """The trigger words of a text's events of one type."""
    return [e.trigger.text for e in _events(text) if e.event == etype]


def test_habitual_adverb_far_after_attack():
    text = _LEAD + ("وقال التقرير \"أطلقت قوات موالية للحوثيين قذائف الهاون والصواريخ العشوائية بشكل متكرر على "
                    "مناطق مأهولة في مدينة عدن الساحلية الجنوبية، في انتهاك لقوانين الحرب.")
    assert "أطلقت" not in _triggers(text)


def test_daily_adverb_before_attack_noun():
    text = _LEAD + ("وردا على مقتل هذين الشرطيين، يشن الجيش التركي يومياً غارات جوية كثيفة على مواقع حزب العمال "
                    "الكردستاني في شمال العراق.")
    assert "غارات" not in _triggers(text)


def test_attack_of_a_series():
    text = _LEAD + ("والحادث هو الأخير في سلسة هجمات جاءت بعدما أطلقت تركيا حملة جوية لقصف مواقع لتنظيم داعش في "
                    "سورية ولحزب العمال في شمال العراق.")
    assert "هجمات" not in _triggers(text)
    text = _LEAD + "وهناك موجة من هجمات التماسيح في القرى الواقعة حول الحديقة، بحسب المسؤولين."
    assert "هجمات" not in _triggers(text)


def test_series_waged_stays():
    text = _LEAD + "وشنت القوات الجوية التركية أمس سلسلة غارات جديدة على مواقع حزب العمال الكردستاني في شمال العراق."
    assert _triggers(text)
    text = _LEAD + ("شن طيران التحالف العربي أمس، سلسلة غارات جوية على مواقع تابعة للحوثيين وقوات المخلوع علي عبدالله "
                    "صالح في صنعاء وحجة ومأرب.")
    assert "غارات" in _triggers(text)


def test_one_attack_stays():
    text = _LEAD + ("وأطلقت قوات موالية للحوثيين أمس قذائف الهاون على مناطق مأهولة في مدينة عدن، ما أدى إلى مقتل "
                    "خمسة مدنيين.")
    assert _triggers(text)


def test_start_of_a_period():
    text = _LEAD + ("وينظر إلى استعادة قوات المقاومة عدن من الميليشيات المتمردة كأهم انتصار لهذه القوات منذ بدء القتال "
                    "في اليمن قبل أشهر، كما أن المدينة الساحلية باتت نقطة انطلاق لقوات المقاومة من أجل تحرير مدن أخرى "
                    "في الجنوب.")
    assert "القتال" not in _triggers(text)


def test_repeated_attacks_are_a_trend():
    text = _LEAD + ("مشيرا إلى أن نتائج التحقيق الذي أجرته المنظمة يشير إلى أن تكرار هجوم جماعة الحوثي على مناطق تخضع "
                    "لسيطرة لجان المقاومة الشعبية يستبعد أن تكون تلك المناطق قد تعرضت للهجوم عن طريق الخطأ، "
                    "ملمحا إلى أن "
                    "الآثار على المباني والجدران تشير إلى ورود الذخائر من اتجاه خطوط الجبهة، ووقوع مناطق الهجمات ضمن "
                    "مدى القوات الموالية للحوثيين.")
    assert "هجوم" not in _triggers(text)
