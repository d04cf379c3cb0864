"""Acts told as coming: an event noun dated by a coming month in في, a visit in في after a tomorrow word that dates its
clause's verb or by a coming weekday past its complement, a visit a call noun asks for past its maker; a visit done
stays a fact, and so does a call in و whose own verb follows it («ودعوة وجهها المرجع»: made, not asked for)."""

import pytest

PUBLISHED = "2015-08-06"


def _flags(coder, text, word):
    return [e.future for e in coder(text, published=PUBLISHED).events if e.trigger.text == word]


@pytest.mark.parametrize("text,word", [
    ("حذرت شخصيات بارزة داخل الحزب الحاكم من إعلان الرئيس عزمه التوجه إلى الولايات المتحدة الشهر المقبل، لإلقاء "
     "كلمة بلاده في قمة التنمية المستدامة في مقر الأمم المتحدة بنيويورك في 26 سبتمبر المقبل.", "قمة"),
    ("يغادر – بمشيئة الله تعالى – يوم غد الخميس 14 / 10 / 1436هـ الموافق 30 / 7 / 2015م ولي ولي العهد إلى جمهورية "
     "مصر العربية في زيارة عمل يلتقي خلالها الرئيس المصري.", "زيارة"),
    ("وسيتوجه كيري غدا الأحد إلى قطر في زيارة يلتقي خلالها نظيره الروسي.", "زيارة"),
    ("وأكد دعم مسار حقوق الإنسان باليمن وتلبية دعوة الحكومة اليمنية إلى زيارة عدن وتعز والمناطق اليمنية كافة.",
     "زيارة"),
    ("أكد مصدر دبلوماسي سعودي أن زيارة عادل الجبير وزير الخارجية السعودي إلى موسكو الثلاثاء القادم ستستكمل "
     "المباحثات.", "زيارة"),
    ("وخرج المتظاهرون للمطالبة بالإصلاح ودعوة الحكومة إلى الاستقالة.", "دعوة"),
])
def test_a_coming_act_is_future(coder, text, word):
    flags = _flags(coder, text, word)
    assert flags and all(flags)


@pytest.mark.parametrize("text,word", [
    ("وصل الوزير أمس إلى القاهرة في زيارة رسمية.", "زيارة"),
    ("قام إمام وخطيب المسجد النبوي الشريف بناء على دعوة تلقاها من وزارة الدفاع بزيارة إلى مقر قيادة قوة جازان.",
     "زيارة"),
    ("وعقد الوزيران اجتماعا في الرياض بحثا خلاله التعاون، واتفقا على لقاء في سبتمبر المقبل.", "اجتماعا"),
    ("وتظاهر الآلاف منذ أسابيع في بغداد ومدن بجنوب العراق للمطالبة بإصلاحات حكومية ودعوة وجهها المرجع الشيعي الأعلى "
     "آية الله علي السيستاني للعبادي لفعل المزيد.", "دعوة"),
])
def test_a_done_act_stays_a_fact(coder, text, word):
    flags = _flags(coder, text, word)
    assert flags and not any(flags)
