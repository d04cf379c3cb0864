"""Trigger senses audited row by row on Saudi news (senses19, dev 2015-07-31). Fuel, gas and goods subsidies (خفضت
دعم الغاز الطبيعي، دعم البنزين) and a watch or device that «supports» a feature (تدعم الساعة بخاصية مقاومة الماء)
are not support; officials declining to confirm or to point to something (الذي رفض تأكيد أخبار، رفضوا
الإشارة إلى) and a driver who refuses to stop, read as the noun رفض (استيقافه رفض التوقف), reject nothing;
walkways arranged (تنسيق وترتيب الممرات) are no coordination (must not code). The event sense beside each still codes.

Checked on the coder without the report filter: these are the lexicon's candidates, before the filter weighs them.
"""

import pytest


def types(coder, text):
    """The event types the coder finds in one sentence."""
    return [e.event for e in coder(text, published="2015-07-31").events]


@pytest.mark.parametrize("event, text", [
    # subsidies
    ("SUPPORT", "وتدرس عمان إمكانية خفض الدعم على البنزين بعدما خفضت دعم الغاز الطبيعي الذي تستخدمه المصانع."),
    ("SUPPORT", "ويراجع المسؤولون الآن مجموعة من صنوف الدعم تتضمن دعم البنزين."),
    ("AID", "وتسهم الحكومة بنحو 80 مليون شيقل شهريا في دعم الكهرباء في غزة."),
    ("SUPPORT", "وتسهم الحكومة بنحو 80 مليون شيقل شهريا في دعم الكهرباء في غزة."),
    # a device that supports a feature
    ("SUPPORT", "كما تدعم الساعة بخاصية مقاومة الماء إلى أقصى درجة ممكنة."),
    ("SUPPORT", "ويدعم الجهاز، الذي يأتي بسماكة 7.5 ميليمترات، شبكات الجيل الرابع."),
    # declining to be named, to confirm or to stop
    ("REJECT", "وقال المتحدث، الذي رفض تأكيد أخبار مقتل قائد الجبهة، إن الغارات مستمرة."),
    ("REJECT", "لكن المسؤولين رفضوا الإشارة إلى أن الاتفاق جزء من خطة لإسقاط النظام."),
    ("REJECT", "وعند محاولة استيقافه رفض التوقف وجرت ملاحقته."),
    # walkways arranged
    ("COOPERATE", "وتهدف الهيئة إلى تسوير الموقع وتطوير المتحف وتنسيق وترتيب الممرات الداخلية."),
])
def test_not_coded(coder, event, text):
    assert event not in types(coder, text)


@pytest.mark.parametrize("event, text", [
    ("SUPPORT", "وأكد الرئيس الفرنسي دعم باريس للبنان ولمؤسساته الشرعية."),
    ("SUPPORT", "وتدعم إيران قوات المعارضة التي يقودها المتمردون الحوثيون."),
    ("REJECT", "ورفضت روسيا تسليم المتهمين إلى بريطانيا."),
    ("COOPERATE", "وسنواصل الهجوم بالتنسيق مع قوات التحالف التي تقودها السعودية."),
    ("REJECT", "وما دامت واشنطن ترفض نشر مراقبين لرصد وقف إطلاق النار فلن تنجح الهدنة."),
    ("REJECT", "وأكد الجانبان رفض التدخل الإيراني في الشؤون الداخلية للدول العربية."),
])
def test_coded(coder, event, text):
    assert event in types(coder, text)
