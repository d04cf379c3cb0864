"""Trigger senses audited row by row on Saudi news (senses15): the talk and help types. A truce named, not made
(broken, respected, threatened, the time of one, talk about it), a consequence that endangers (مما يهدد), a warning
of a danger (التحذير من), what a bill or a law forbids (يحظر مشروعا القانون، قانون يحظر), a danger that threatens
(الخطر الذي يهدد), a growing threat (زيادة التهديد), support as the topic of talks or an aim (سبل تعزيز دعم تونس، من
أجل دعم), the coalition's or a support group's name (تحالف دعم الشرعية، مجموعة دعم), relief agencies as a source or
relief as a field, assault troops named (قوات الاقتحام), a market's support measures (إجراءات الدعم), an aid plan
under talks (خطة مساعدة), منح that gives a chance, a right or leverage (يمنح الصين تأثيرا), foreign demand and court
appeals are no event (must not code); the event sense beside each still codes (must code).

Checked on the coder without the report filter: these are the lexicon's candidates, before the filter weighs them.
"""

import pytest


def types(coder, text):
    """The event types the coder finds in one sentence."""
    return [e.event for e in coder(text, published="2015-07-27").events]


@pytest.mark.parametrize("event, text", [
    # a truce named, not made
    ("RETREAT", "وكان التحالف قد أعلن وقفا للعمليات لمدة خمسة أيام، لكن المتمردين خرقوا الهدنة."),
    ("RETREAT", "طالب الرئيس اليمني الميليشيات الحوثية باحترام الهدنة الإنسانية."),
    ("RETREAT", "وقال الحوثيون إن الأمم المتحدة لم تخطرهم بشأن الهدنة."),
    ("RETREAT", "دافع البيت الأبيض عن حق تركيا في ضرب الحزب بعد غارات جوية تهدد الهدنة الهشة بين أنقرة والمتمردين."),
    ("RETREAT", "وهدد حزب العمال الكردستاني بقطع الهدنة مع أنقرة."),
    ("RETREAT", "وبحث الجانبان إيصال المساعدات خلال الهدنة الإنسانية."),
    ("RETREAT", "واتهمت الحكومة المتمردين بخرق وقف إطلاق النار في المدينة."),
    # a consequence that endangers
    ("THREATEN", "وقالت الوكالة إن أزمتها المالية تتعمق، مما يهدد بداية العام الدراسي."),
    # a warning of a danger
    ("THREATEN", "وقع زلزال قرب الجزر، ما دفع إلى التحذير من حدوث موجات مد عملاقة."),
    ("THREATEN", "وواصلت قيادات المعارضة عقد الفعاليات للتحذير من خطر الطريق الذي يسير فيه النظام."),
    # a danger that threatens, told by a singular relative; a growing danger
    ("THREATEN", "وتحدث الخبير عن الخطر الذي يهدد العلويين في الساحل."),
    ("THREATEN", "دافع البيت الأبيض عن حق تركيا في الضرب بعد الغارات الجوية التي تهدد الهدنة الهشة."),
    ("THREATEN", "وأدى الصراع إلى مقتل 15 ألف شخص وزيادة التهديد للأمن القومي."),
    # what a law forbids
    ("COERCE", "ويحظر مشروعا القانون على الحكومة فرض معايير أكاديمية محددة."),
    ("COERCE", "ووافقت المدينة على قانون يحظر إلقاء الأغذية في صناديق القمامة."),
    # a name with دعم in it, and «less supportive»
    ("SUPPORT", "واستعرض الوزير العمليات الجوية لطائرات تحالف دعم الشرعية في اليمن."),
    ("SUPPORT", "وسيدرس الاتحاد الأوروبي إنشاء مجموعة دعم دولية لتحريك عملية السلام."),
    ("SUPPORT", "ويبدو المرشح أقل دعما للحرب التي شنها أخوه على العراق."),
    # support as the topic of talks or an aim
    ("SUPPORT", "ويناقش وزراء الخارجية خلال اجتماعهم سبل تعزيز دعم تونس في مكافحة الإرهاب."),
    ("SUPPORT", "وقالت المسؤولة: نعمل من أجل دعم هذا الاتفاق."),
    ("AID", "كما سيناقش وزراء الخارجية خلال الاجتماع سبل تعزيز الدعم الاقتصادي لتونس."),
    # relief agencies and relief as a field
    ("AID", "وقتل 37 شخصا في تفجيرين، حسبما ذكر مسؤول في أجهزة الإغاثة لوكالة الصحافة الفرنسية."),
    ("AID", "وبحث الجانبان استعراض مجالات الإغاثة في اليمن."),
    # assault troops named
    ("COERCE", "وقال قيادي إن قوات الاقتحام البرية تابعة للحزب."),
    # AID: a market's support measures, an aid plan under talks, منح with no aid
    ("AID", "وتكبدت الأسهم الصينية خسارة منذ أطلقت بكين دفعة من إجراءات الدعم لكبح الانخفاض."),
    ("AID", "ويضع الدائنون على السكة خطة مساعدة جديدة لليونان بقيمة تفوق 80 مليار يورو."),
    ("AID", "تعد الصين أكبر مستورد للنفط، مما يمنح الصين تأثيرا كبيرا على السياسات النفطية."),
    ("AID", "بيد أن الاتفاق الجديد يمنح إيران حق الحصول على إخطار قبل التفتيش."),
    ("AID", "إن ذلك يمنحنا أداة قوية لاستهداف محاولات تمويل الإرهاب."),
    # a livelihood (لقمة عيشهم), an ambassador recalled for consultations
    ("CONSULT", "وذلك القرار حرم الآلاف من الضباط المتمرسين لقمة عيشهم."),
    ("CONSULT", "واستدعت البحرين سفيرها للتشاور احتجاجا على التصريحات."),
    # demand of a market, court appeals
    ("REQUEST", "وأضاف أن وضع لندن العقاري استثنائي بسبب الطلب الأجنبي."),
    ("REQUEST", "وحددت محكمة بلجيكية موعدا لجلسات النظر في طلبات الاستئناف."),
])
def test_not_coded(coder, event, text):
    assert event not in types(coder, text)


@pytest.mark.parametrize("event, text", [
    ("RETREAT", "وبدأت الهدنة الإنسانية في اليمن منتصف الليل."),
    ("RETREAT", "واتفق الطرفان على وقف إطلاق النار في المدينة."),
    ("THREATEN", "وهدد المتمردون الحكومة بشن هجمات جديدة على العاصمة."),
    ("THREATEN", "وجاء ذلك بعد ثلاثة أسابيع من تهديدات التنظيم لحركة حماس."),
    ("THREATEN", "وقال إن المسلحين الذين يهددون القرية سيلقون جزاءهم."),
    ("COERCE", "وحظرت السلطات التشادية ارتداء النقاب في الأماكن العامة."),
    ("SUPPORT", "وأكد الأمين العام دعمه لكفاح تركيا ضد الإرهاب."),
    ("AID", "ونقلت طائرات سعودية مساعدات إغاثة إلى اليمن."),
    ("AID", "وكسر المقاتلون بدعم من التحالف أشهرا من الجمود في عدن."),
    ("AID", "ومنحت السعودية اليمن مساعدات عاجلة بقيمة 274 مليون دولار."),
    ("COERCE", "واقتحمت قوات الأمن مقر الجماعة في العاصمة."),
    ("REQUEST", "وطلبت تركيا من حلف شمال الأطلسي عقد اجتماع طارئ."),
    ("CONSULT", "وعقدت الدول العربية قمة طارئة في القاهرة أمس."),
    ("CONSULT", "وقام الخبراء بجولة للتشاور مع حكومة جنوب السودان."),
])
def test_coded(coder, event, text):
    assert event in types(coder, text)


@pytest.mark.parametrize("text", [
    "كذلك يحذر من تصعيد حملات السخرية ضد الجماعات الإرهابية عبر مواقع التواصل الاجتماعي.",
    "وكان النائب قد حذر من أن الأوضاع قد تخرج عن السيطرة إذا استمر الفراغ.",
])
def test_a_warning_of_a_danger_with_no_one_warned_is_no_threat(coder, text):
    """«حذر من» right after the verb: advice about a danger (PLOVER's THREATEN is a coercive warning)."""
    assert "THREATEN" not in [e.event for e in coder(text).events]


def test_a_warning_to_a_named_party_stays_a_threat(coder):
    assert "THREATEN" in [e.event for e in coder("وحذر الرئيس الأمريكي إيران من عواقب خرق الاتفاق.").events]
