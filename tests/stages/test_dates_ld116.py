"""Round 116 (ld116): an act of the past told right after a sentence that turns to an old time is of that time, also
in a story with no day of its own (a feature, a profile): «يروي لودريان أن الرئيس ساركوزي اتصل به عقب انتخابه في عام
2007 وعرض عليه … أن يعينه وزيرا للدفاع» «لكن الوزير الحالي رفض العرض» (2015-07-21 #283): the refusal was in 2007
(«on or before publication»), not on the publication day. Not past a sentence opened by «وكانت … » (an aside on what
had been done, after which the story goes back to its day: 2015-07-22 #34), nor in one that turns to another matter
(«إلى ذلك، طالبت وزارة الدفاع …», 2015-07-22 #28), nor past a time of the lead (2015-07-22 #79, #152)."""

import pytest
from stage_coding import all_dated, kept_dates

_LE_DRIAN = ("وزير الدفاع الفرنسي جان إيف لودريان رجل سعيد. ونجح في الاحتفاظ بمنصبه النيابي 13 سنة متواصلة.\n\n"
             "وبعد ذلك رأس مجلس مقاطعة بروتاني وكان أول سياسي اشتراكي يحتل هذا الموقع الاستراتيجي على الصعيدين "
             "السياسي والانتخابي. يروي لودريان أن الرئيس ساركوزي اتصل به عقب انتخابه في عام 2007 وعرض عليه، في إطار "
             "سياسة الانفتاح على اليسار التي اتبعها، أن يعينه وزيرا للدفاع في أولى حكوماته. لكن الوزير الحالي رفض "
             "العرض.")

_SHIFT = ("قالت الحكومة السورية المؤقتة إن قوات النظام قصفت مدينة الزبداني. وأضافت أن الطيران شن غارات على المدينة.\n\n"
          "وكان النظام قد حاصر المدينة في عام 2013. إلى ذلك، طالبت وزارة الدفاع في الحكومة السورية المؤقتة الأمين "
          "العام للأمم المتحدة بان كي مون بالخروج عن صمته.")


def test_an_act_right_after_an_old_time_of_a_story_with_no_day_is_of_that_time(nlp):
    """#283 «لكن الوزير الحالي رفض العرض» after «في عام 2007»: before publication, not its day."""
    rows = [r for r in kept_dates(nlp, _LE_DRIAN, "REJECT", "2015-07-21") if r[0] == "رفض"]
    assert all_dated(rows, None), kept_dates(nlp, _LE_DRIAN, "REJECT", "2015-07-21")


@pytest.mark.parametrize("text, kind, trigger", [
    pytest.param(_SHIFT, "REQUEST", "طالبت", id="a_turn_to_another_matter"),
])
def test_the_story_goes_back_to_its_day(nlp, text, kind, trigger):
    """2015-07-22 #28 «إلى ذلك، طالبت وزارة الدفاع …» past «وكان النظام قد حاصر المدينة في عام 2013»: the
    publication day."""
    rows = [r for r in kept_dates(nlp, text, kind, "2015-07-22") if r[0] == trigger]
    assert all_dated(rows, "2015-07-22"), kept_dates(nlp, text, kind, "2015-07-22")
