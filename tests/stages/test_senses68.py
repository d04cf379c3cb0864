"""Trigger senses, round 68 (the triggers lexicon's unless and not_after columns): «دعم», «لقاء», «تهمة» and
«المصادقة» read in a sense that is no political act or is another one, as blind judges found them on a held-out
slice and as they stand on the dev days.

Must not code (the wrong reading absent): backing of investment, spending, a sector, producers, entrepreneurship or a
rise in prices (ودعم الاستثمار الكلي، دعمت قطاع النقل، ودعم منتجي العسل، مؤتمر عن دعم ريادة الأعمال، يدعم إيجابيا
ارتفاع أسعار النفط), a club's backing of a player, sponsorship of events (رعاية ودعم وتفعيل إقامة
الفعاليات) and a support artillery unit (مدفعية الدعم) as SUPPORT or AID; «in return for»
(لقاء ما قدمه لوطنه، لقاء هذه الخدمة), a court receiving cases, a distress signal received and holiday
well-wishers received (واستقبلت المحكمة العامة … القضايا، إشارة استغاثة استقبلتها قاعدة، واستقبل المعيدين) as CONSULT; a charge cleared or acquitted of (جرت تبرئته من تهمة، قضت
المحكمة ببراءته من تهمة التحريض) as ACCUSE; logistical support spelt with ي (وسط دعم لوجيستي) as SUPPORT: it is AID,
as «دعم لوجستي» is; the approval of building or of a zoning plan (المصادقة على بناء 886 وحدة استيطانية، المصادقة على
مخطط هيكلي) as SUPPORT.

Must code, as guards that pass on the base too: arms backing (AID), an alleged «support and sponsorship of
terrorism» (AID), support for a people (SUPPORT or AID), a shelling by the support artillery (ASSAULT), a meeting
(CONSULT), a visitor received (CONSULT), the conviction beside an acquittal (SANCTION) and a charge brought (ACCUSE).
"""

import pytest


def coded(coder, text, event, word):
    """The events of the type whose trigger's first word ends `word` (its clitics taken off)."""
    return [e for e in coder(text, published="2015-07-25").events
            if e.event == event and word.endswith(e.trigger.text.split()[0])]


@pytest.mark.parametrize("event, word, text", [
    # investment, spending, a sector, producers, entrepreneurship backed (dev 2015-07-25-167, -1376, -1137, 2015-07-24-517)
    ("SUPPORT", "ودعم", "ودعم الاستثمار الكلي بنحو 850 مليون يورو لمشروعات القطاع العام."),
    ("SUPPORT", "دعمت", "وأفاد العوهلي أن حكومة المملكة دعمت قطاع النقل بقرار غاية في الأهمية عام 1435هـ."),
    ("SUPPORT", "ودعم", "ويهدف المهرجان إلى التعريف بمنطقة الباحة ودعم منتجي العسل والنحل وتطوير مهاراتهم."),
    ("AID", "دعم", "حيث سيشارك أوباما في رئاسة مؤتمر عن دعم ريادة الأعمال في القارة الأفريقية."),
    # a fall of the dollar that helps oil prices rise (dev 2015-07-24-840)
    ("SUPPORT", "يدعم", "وهبوط العملة الأمريكية يدعم إيجابيا ارتفاع أسعار النفط المسعرة بالدولار."),
    # sponsorship of events (dev 2015-07-25-1316)
    ("SUPPORT", "ودعم", "وتهدف مذكرة التفاهم إلى رعاية ودعم وتفعيل إقامة الفعاليات والبرامج والمهرجانات المشتركة."),
    # a club president's backing of a player
    ("SUPPORT", "دعمه", "وأكد رئيس النادي دعمه للاعب بعد الإصابة."),
    # a support artillery unit (dev 2015-07-25-1536)
    ("AID", "الدعم", "قامت مدفعية الدعم التابعة لقيادة القوات البرية بقصف أهداف لتنظيم داعش."),
    # «in return for» (dev 2015-07-25, the late Saud al-Faisal; the judges' «لقاء هذه الخدمة»)
    ("CONSULT", "لقاء", "رحم الله سعود الفيصل وأسكنه فسيح جناته لقاء ما قدمه لوطنه وأمته."),
    ("CONSULT", "لقاء", "وحصل على مبلغ مالي لقاء هذه الخدمة."),
    # the approval of settlement building or of a zoning plan (dev 2015-07-23-600, 2015-07-25-1022)
    ("SUPPORT", "المصادقة", "ودانت المنظمة بشدة قرار سلطات الاحتلال الإسرائيلي المصادقة على بناء 886 وحدة استيطانية جديدة."),
    ("SUPPORT", "المصادقة", "فقد باءت محاولات سكان التجمع في المصادقة على مخطط هيكلي وإصدار تراخيص بناء بالفشل."),
    # logistical support spelt with ي is aid (dev 2015-07-24-1770)
    ("SUPPORT", "دعم", "وتقدمت الميليشيات نحو المدينة وسط دعم لوجيستي من عناصر حزب المؤتمر الشعبي العام."),
    # a court receiving cases, a distress signal received, holiday well-wishers received (dev 2015-07-24-843,
    # 2015-07-23-31, 2015-07-23-529)
    ("CONSULT", "واستقبلت", "واستقبلت المحكمة العامة في جدة النسبة الأعلى لهذه القضايا."),
    ("CONSULT", "استقبلتها", "وبعد نحو ساعتين أرسلت السفينة إشارة استغاثة استقبلتها قاعدة سفاجا البحرية."),
    ("CONSULT", "واستقبل", "واستقبل المعيدين الذين تبادلوا التهاني بالعيد السعيد."),
    # a charge cleared or acquitted of (dev 2015-07-23-77; the judges' «قضت ببراءته»)
    ("ACCUSE", "تهمة", "وأدين الشيشاني بالإرهاب، لكن جرت تبرئته من تهمة تلقي تدريب قتالي في سوريا."),
    ("ACCUSE", "تهمة", "وقضت المحكمة ببراءته من تهمة التحريض على العنف."),
    ("ACCUSE", "التهم", "وقال إن الوثائق أدت إلى إبعاد بلادنا من التهم التي ألصقها بها أعداء المملكة."),
])
def test_wrong_sense_not_coded(coder, event, word, text):
    """The word read in another sense gives no event of that type."""
    assert coded(coder, text, event, word) == []


def test_logistical_support_spelt_with_ya_is_aid(coder):
    """«دعم لوجيستي» (the ي spelling of لوجستي) is material aid, AID, as «دعم لوجستي» is (dev 2015-07-24-1770)."""
    text = "وتقدمت الميليشيات نحو المدينة وسط دعم لوجيستي من عناصر حزب المؤتمر الشعبي العام."
    assert coded(coder, text, "AID", "دعم")


@pytest.mark.parametrize("events, word, text", [
    (("AID",), "تدعم", "وتدعم إيران الحوثيين بالمال والسلاح."),
    # support of terrorism alleged (dev 2015-07-24-694): its «ورعاية» is no sponsorship of events
    (("AID", "SUPPORT"), "بدعم", "وهاجم المالكي الذي اتهم المملكة العربية السعودية بدعم ورعاية الإرهاب."),
    (("SUPPORT", "AID"), "دعم", "وأكد الوزير دعم المملكة للشعب اليمني."),
    (("ASSAULT",), "بقصف", "قامت مدفعية الدعم التابعة لقيادة القوات البرية بقصف أهداف لتنظيم داعش."),
    (("SANCTION",), "وأدين", "وأدين الشيشاني بالإرهاب، لكن جرت تبرئته من تهمة تلقي تدريب قتالي في سوريا."),
    (("ACCUSE",), "تهمة", "ووجهت إليه النيابة تهمة القتل العمد."),
    (("CONSULT",), "استقبل", "استقبل خادم الحرمين الشريفين الملك سلمان في قصر السلام أمس وزير الدفاع الأمريكي."),
    (("CONSULT",), "لقاء", "وأجرى كارتر بعيد وصوله إلى أربيل لقاء مع بارزاني بحضور مسؤولين عسكريين."),
])
def test_act_still_coded(coder, events, word, text):
    """The political act in the same words stays coded."""
    assert any(coded(coder, text, event, word) for event in events)
