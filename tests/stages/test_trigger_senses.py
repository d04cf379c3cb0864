"""Word senses of ASSAULT and PROTEST triggers: a material, a person, a figure or a time word is no attack;
protesters named after على or لـ (a target) do not protest in that sentence, and سار, عصي, لافت, قطع طرق,
اضطرابات, التجمهر, هتافات, احتشد and احتجاج have common senses in news that are no protest (must code / must not code).

Checked on the coder without the report filter: these are the lexicon's candidates, before the filter weighs them.
"""

import pytest

import hadath
from hadath.settings import Settings


@pytest.fixture(scope="module")
def coder():
    """The pipeline without the report filter (the coder's own candidates)."""
    return hadath.load(Settings(report_filter=False))


def types(coder, text):
    return [e.event for e in coder(text, published="2008-05-21").events]


@pytest.mark.parametrize("text", [
    # explosives, bombs as things found, smuggled, supplied or known about
    "وضبطت الشرطة كمية من المتفجرات والأسلحة في مخزن سري بالمدينة.",
    "وأضافت أن أحد المعتقلين خبير متفجرات ينتمي إلى الجماعة.",
    "واتهم المسؤول الحرس الثوري بتقديم متفجرات متقدمة إلى الميليشيات.",
    "ويشتبه الغرب في أن إيران تسعى إلى امتلاك القنبلة النووية.",
    "وقال إن وجودهم يشبه قنبلة موقوتة في قلب المدينة.",
    # the bomber as a person
    "وأفادت معطيات أولية بأن الانتحاري شاب في الـ 28 من العمر.",
    "وقالت مصادر إن الشرطة تبحث عن 12 انتحاريا منذ الشهر الماضي.",
    # figures: a situation, a conflict, a crisis set off or bursting
    "وحذر النائب من أن الأوضاع المتفجرة هي مسؤولية الجميع.",
    "وحذرت المعارضة من تفجير الوضع الداخلي قبل المؤتمر.",
    "وأكد أن الحكومة تخشى انفجار الأوضاع في الجنوب.",
    "وقال إننا نشهد هذه المذبحة الاقتصادية في وول ستريت.",
    "وتمكن المرشح من خطف الأضواء في السباق الانتخابي.",
    "واتهم الحزب خصومه باغتصاب السلطة في البلاد.",
    # an accident
    "ووقع انفجار أسطوانة غاز في مطعم وسط المدينة.",
    # فجر the dawn
    "واعتقلت قوات الاحتلال عشرة فلسطينيين فجر اليوم في مدينة الخليل.",
    "وغادر الوفد العاصمة فجر أمس متجها إلى جنيف.",
])
def test_no_assault_candidate(coder, text):
    assert "ASSAULT" not in types(coder, text), text


@pytest.mark.parametrize("text", [
    "وفجر انتحاري نفسه أمام مقر للشرطة في بغداد.",
    "وقال مصدر أمني إن مهاجما انتحاريا فجر نفسه قرب موكب الشيخ.",
    "وشهد الشارع العديد من العمليات الانتحارية في القدس الغربية.",
    "وقتل خمسة أشخاص في هجوم انتحاري بسيارة مفخخة استهدف نقطة تفتيش.",
    "وانفجرت عبوة متفجرة لدى مرور دورية للجيش جنوب المدينة.",
    "وقال شهود إن أشخاصا مختبئين خلف الأشجار عمدوا إلى إلقاء المتفجرات.",
    "وألقى مجهولون قنابل على مركز للشرطة في المدينة.",
    "وأدان الوزراء استخدام البراميل المتفجرة ضد المدنيين في المدينة.",
    "وفجر مسلحون جسرا شمال بغداد فجر اليوم.",
    "وقتل جندي في انفجار قنبلة لدى مرور قافلته قرب بعقوبة.",
    "وخطف مسلحون ثلاثة صحافيين أجانب في وسط المدينة.",
])
def test_assault_still_coded(coder, text):
    assert "ASSAULT" in types(coder, text), text


def test_suicide_attack_mode_from_the_adjective(coder):
    evs = [e for e in coder("وأسفر هجوم انتحاري على مقر للشرطة عن مقتل سبعة أشخاص.", published="2008-05-21").events
           if e.event == "ASSAULT"]
    assert any(e.mode == "suicide-attack" for e in evs), [e.to_dict() for e in evs]


@pytest.mark.parametrize("text", [
    # a target: the sentence tells what was done to the protesters
    "وفتحت الشرطة النار على المتظاهرين في وسط العاصمة.",
    "وتولت الشرطة توفير الحماية للمتظاهرين في الساحة.",
    # other senses of سار and اعتصم
    "وقال إنه إذا سارت الأمور على ما يرام فسيوقع الاتفاق.",
    "واعتصم بالصمت طوال الجلسة رغم أسئلة النواب.",
    # سار: to proceed, to follow a path, the railway company, a valid (سارٍ) document
    "وأكد رئيس البعثة أن المعسكر الإعدادي يسير بشكل جيد حسب ما خطط له.",
    "وقالت إنها تسير على نهج والدتها في العمل الخيري.",
    "ومن أهم إنجازاته أنه سار على نهج والده الملك عبدالعزيز.",
    "وأعلنت الخطوط الحديدية «سار» تشغيل رحلات إضافية بين الرياض والقصيم.",
    "وأوضح أن التصريح سارٍ لمدة 6 أشهر من تاريخ إصداره.",
    "وقال إن مشروع القناة الجديدة يسير بمعدلات كبيرة نحو الإنجاز.",
    # عصي (sticks) shares the key of عصيان; disobedience of soldiers to their commanders is no civil protest
    "وحظرت أكبر مدينة ملاهي في أوروبا عصي السيلفي.",
    # لافتاً (noting) shares the key of لافتات (banners)
    "وحملت القافلة مواد غذائية وطبية، لافتاً إلى أن توزيعها يبدأ غداً.",
    # supply lines cut are a military act, not a road blockade; قطع الطريق على: to forestall
    "وقال المصدر إن المقاومة قطعت طرق إمداد الحوثيين والقوات الموالية للرئيس المخلوع علي صالح.",
    "وأشارت المصادر إلى أن القوات العراقية تواصل فرض الحصار وقطع طرق الإمدادات لداعش.",
    "وقال إن الاتفاق لن يقطع الطريق على إيران لتطوير سلاح نووي.",
    # disorders of the body, onlookers at an accident, fans' cheers
    "وينصح الأطباء مرضى السكري الذين يعانون اضطرابات النوم بمراجعة الطبيب.",
    "وأشار إلى أن الصيام قد يخفف اضطرابات الجهاز الهضمي.",
    "وطالب الدفاع المدني المواطنين بعدم التجمهر عند الحوادث لإفساح الطريق للإسعاف.",
    "ودوت هتافات الجماهير تحية للاعبين بعد نهاية المباراة.",
    # an audience gathering to watch; a club's formal appeal
    "وأضاءت الألعاب النارية سماء المنطقة التي احتشد لمشاهدتها كثيرون.",
    "ويتوقع أن يحتشد الكثير من محبي الألعاب النارية على الكورنيش.",
    "وقررت لجنة الانضباط قبول احتجاج نادي الفيحاء شكلا.",
])
def test_no_protest_candidate(coder, text):
    assert "PROTEST" not in types(coder, text), text


@pytest.mark.parametrize("text", [
    "وتجمع آلاف المتظاهرين أمام البيت الأبيض في واشنطن.",
    "وقال إن المتظاهرين سيعتصمون أمام مجلس المحافظة.",
    "واشتبكت قوات الأمن مع المتظاهرين في وسط العاصمة.",
    "وأصيب ثمانية متظاهرين خلال مواجهات وقعت أمس بين متظاهرين والجيش في القرية.",
    "وأغلق المتظاهرون الغاضبون شوارع رئيسية في العاصمة.",
    # a march: protesters, streets, a demonstration or an embassy with سار
    "وسار المتظاهرون في الشوارع يحملون لافتات عليها شعارات قومية.",
    "وسار آلاف المحتجين في وسط المدينة مطالبين برحيل الحكومة.",
    "وساروا في شوارع العاصمة حتى مقر البرلمان.",
    "وفي سبتمبر 1895 سارت تظاهرة ضمت ألفين من الأرمن أمام الباب العالي.",
    "وسار الطلاب نحو السفارة الأمريكية مرددين الهتافات.",
    # civil disobedience, banners, roads blocked
    "ودعت المعارضة إلى العصيان المدني حتى تستقيل الحكومة.",
    "ورفع المتظاهرون لافتات تندد بالزيارة.",
    "وحمل نحو 25 متظاهرا لافتات كتب عليها «رامسفيلد مجرم حرب».",
    "وقطع المحتجون الطريق الواصل إلى المطار مطالبين بحماية السكان.",
    "وقطع المزارعون الطرق بالجرارات احتجاجا على خفض الدعم.",
    # unrest, crowds, chants
    "وشهدت المدينة اضطرابات بعد مقتل الشاب برصاص الشرطي.",
    "ووقع تجمهر أمام مقر المحافظة احتجاجا على انقطاع الكهرباء.",
    "وتعالت هتافات المحتجين ضد الحكومة أمام البرلمان.",
    "احتشد الآلاف أمس قبالة برلمان العاصمة للمطالبة باستقالة الحكومة.",
    "وخرج آلاف العمال في احتجاج على خفض الأجور.",
])
def test_protest_still_coded(coder, text):
    assert "PROTEST" in types(coder, text), text


def test_protesters_fired_on_stay_the_target(coder):
    evs = [e for e in coder("وفتحت الشرطة النار على المتظاهرين في وسط العاصمة.", published="2008-05-21").events
           if e.event == "ASSAULT"]
    assert evs and any(r.sector == "CVL" for e in evs for r in e.recipient), [e.to_dict() for e in evs]
