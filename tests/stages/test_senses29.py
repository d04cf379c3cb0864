"""Trigger senses read wrongly on fresh news (round 29): detention «without any charge», non-proliferation, a tour
of a village or units, a call on a relative, the sociology department (قسم علم الاجتماع والخدمة الاجتماعية), a job
applicant, shoppers crowding round, goods held by customs, phone calls and web offers warned against, a consensus
(اجتمعت كلمة), evidence that bears out a reading (لا تدعم التفسير), and a request for support submitted (قدم طلب
دعم), which is a REQUEST, not the AID of «قدم … دعم».

Checked on the coder without the report filter nor the merging of repeats (conftest): the lexicon's candidates.
"""

import pytest


def events(coder, text, kind=None):
    """The events of one text, of one type if given."""
    return [e for e in coder(text, published="2015-08-09").events if kind is None or e.event == kind]


def triggered(coder, text, word, kind):
    """The events of one type whose trigger is the given word."""
    return [e for e in events(coder, text, kind) if e.trigger.text == word]


@pytest.mark.parametrize("text, word, kind", [
    ("أعلنت وزارة الدفاع أنه تم وضع متطرفين اثنين قيد الاعتقال الإداري من دون توجيه أي تهمة لستة أشهر قابلة "
     "للتجديد.", "تهمة", "ACCUSE"),
    ("وتستطيع السلطات اعتقال مشتبه به لستة أشهر بدون تهمة بموجب اعتقال إداري.", "تهمة", "ACCUSE"),
    ("أعلنت الإمارات أن برنامجها النووي سيرتكز على عوامل السلامة وحظر الانتشار النووي.", "حظر", "COERCE"),
    ("قام رئيس بلدية القريات بزيارة لقرية العقيلة الشمالية ضمن برنامج زيارة أحياء وقرى المحافظة.", "زيارة",
     "CONSULT"),
    ("كان الكثير من أهالي الأحساء يترددون على العاصمة القطرية الدوحة سواء أكان لزيارة قريب أو صديق.", "زيارة",
     "CONSULT"),
    ("قدمت الحكومة اليمنية طلب دعم إلى الأمم المتحدة لمواجهة الأزمة الإنسانية.", "قدمت", "AID"),
    ("وبين الدكتور خالد عضو هيئة التدريس في قسم علم الاجتماع والخدمة الاجتماعية بجامعة الإمام أن المجتمع "
     "السعودي مر بمرحلتين.", "الاجتماع", "CONSULT"),
    ("وقال طالب الوظيفة السعودي إنه ينتظر منذ عام.", "طالب", "REQUEST"),
    ("وظهر الشابان في مقطع فيديو وهما يعتديان على فتاتين وسط تجمهر المتسوقين.", "تجمهر", "PROTEST"),
    ("وتم احتجاز المضبوطات وتحرير محضر للراكب الذي طلب التصالح.", "احتجاز", "COERCE"),
    ("حذرت السفارة السعودية من التعامل مع الاتصالات الهاتفية وعروض الإنترنت لبيع السيارات.", "الهاتفية",
     "CONSULT"),
    ("وقد اجتمعت كلمة أهل العلم على تحريم ذلك.", "اجتمعت", "CONSULT"),
    ("وقال المعهد إن صور الأقمار الصناعية التجارية لا تدعم التفسير الإيراني.", "تدعم", "SUPPORT"),
])
def test_another_sense_is_no_event(coder, text, word, kind):
    assert not triggered(coder, text, word, kind), [e.to_dict() for e in events(coder, text)]


@pytest.mark.parametrize("text, word, kind", [
    ("قدمت الحكومة اليمنية طلب دعم إلى الأمم المتحدة لمواجهة الأزمة الإنسانية.", "قدمت", "REQUEST"),
    ("وقدم الصندوق طلب مساعدة إلى البنك الدولي.", "قدم", "REQUEST"),
    ("وقدمت المملكة دعما عسكريا إلى الحكومة اليمنية.", "قدمت", "AID"),
    ("وجهت النيابة العامة تهمة القتل إلى المتهم.", "تهمة", "ACCUSE"),
    ("قررت الحكومة حظر استيراد السيارات المستعملة من الخارج.", "حظر", "COERCE"),
    ("وصل وزير الخارجية الأمريكي إلى الرياض في زيارة للمملكة تستمر يومين.", "زيارة", "CONSULT"),
    ("وبدأ الرئيس الفرنسي زيارة إلى مصر يلتقي خلالها الرئيس السيسي.", "زيارة", "CONSULT"),
    ("وحظر الجيش التجول في المدينة.", "حظر", "COERCE"),
    ("وعقد الوزراء الاجتماع الأول للجنة العليا.", "الاجتماع", "CONSULT"),
    ("تجمهر المئات أمام السفارة احتجاجا على القرار.", "تجمهر", "PROTEST"),
    ("وتم احتجاز ثلاثة صحفيين في مطار القاهرة.", "احتجاز", "COERCE"),
    ("أجرى الملك اتصالا هاتفيا مع الرئيس المصري.", "هاتفيا", "CONSULT"),
    ("اجتمع الوزير مع نظيره الأردني.", "اجتمع", "CONSULT"),
    ("تدعم روسيا النظام السوري.", "تدعم", "SUPPORT"),
])
def test_the_event_sense_stays(coder, text, word, kind):
    assert triggered(coder, text, word, kind), [e.to_dict() for e in events(coder, text)]
