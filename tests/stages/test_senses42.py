"""Word senses of measure21 (senses42): «طالب» a student of a year, a grade or a degree (طالب السنة الثالثة، طالب
درجة الدكتوراة، طالب مبتعث), no demand; a goods subsidy (فاتورة دعم المواد البترولية), no aid nor support, even with
«المالي» of a fiscal year seven words on; a ruling that pardons or acquits (حكم بالعفو، حكم بالبراءة), no
sentence. Demands, aid and sentences told plainly stay."""

import pytest

PUBLISHED = "2015-08-10"


def _events(coder, text):
    return [(e.event, e.trigger.text) for e in coder(text, published=PUBLISHED).events]


@pytest.mark.parametrize("text,etype", [
    ("أقدم الشاب مشاري الوزيه طالب السنة الثالثة في جامعة الملك سعود على التبرع بجزء من كبده لطفلة.", "REQUEST"),
    ("ومنح زواوي طالب درجة الدكتوراة في علم الأحياء الدقيقة الإكلينيكية.", "REQUEST"),
    ("علي حسن طالب مبتعث سرد قصته مع الغربة.", "REQUEST"),
    ("تراجعت فاتورة دعم المواد البترولية في مصر خلال العام المالي المنتهي إلى 71.5 مليار جنيه.", "AID"),
    ("تراجعت فاتورة دعم المواد البترولية في مصر خلال العام المالي المنتهي إلى 71.5 مليار جنيه.", "SUPPORT"),
    ("وتمول منها رواتب الموظفين ونفقات دعم السلع الأساسية والوقود والعلاج.", "SUPPORT"),
    ("وصدر مؤخرا حكم بالعفو عن المحكومين بالإعدام من العام 2008م.", "SANCTION"),
    ("وصدر حكم بالبراءة للشقيقتين سارة وياسمين اللتين جرى توقيفهما في ديسمبر.", "SANCTION"),
])
def test_other_sense_is_no_event(coder, text, etype):
    assert etype not in [t for t, _ in _events(coder, text)]


@pytest.mark.parametrize("text,etype", [
    ("طالب رئيس مجلس النواب العراقي سليم الجبوري الحكومة بإقالة الوزراء.", "REQUEST"),
    ("وطالب الجبوري رؤساء الكتل السياسية بتأييد ورقة الإصلاح.", "REQUEST"),
    ("وأصدرت المحكمة حكما بالسجن عشر سنوات على المتهم.", "SANCTION"),
    ("وحكمت المحكمة على المتهم بالسجن عشر سنوات.", "SANCTION"),
    ("ودعمت الولايات المتحدة الجيش العراقي بالسلاح والذخيرة.", "AID"),
])
def test_plain_sense_stays(coder, text, etype):
    assert etype in [t for t, _ in _events(coder, text)]


@pytest.mark.parametrize("text,trig", [
    ("ومن ناحية أخرى، خفضت الحكومة البريطانية اليوم الاثنين المعونة التي تمنحها لطالبي اللجوء ممن يعولون أطفالا.",
     "خفضت"),
    ("وخفضت الولايات المتحدة المساعدات العسكرية لمصر.", "خفضت"),
    ("وأوقفت الولايات المتحدة المعونة العسكرية المقدمة لمصر.", "أوقفت"),
])
def test_aid_cut_is_sanction_not_aid(coder, text, trig):
    evs = _events(coder, text)
    assert ("SANCTION", trig) in evs
    assert not any(t == "AID" and w in ("المعونة", "المساعدات") for t, w in evs)


@pytest.mark.parametrize("text", [
    "حيث أشارت نتائج استبيان استهدف معرفة من يخططون لنقل أعمالهم خارج اليمن إلى أن 38 في المائة من أصحاب المنشآت.",
    "وهي تستهدف مكافأة شاعر أو شاعرة من الشعراء العرب الشباب الذين تشكل أعمالهم إضافة نوعية.",
])
def test_target_an_aim_is_no_assault(coder, text):
    assert "ASSAULT" not in [t for t, _ in _events(coder, text)]


def test_target_an_attack_stays(coder):
    evs = _events(coder, "واستهدف طيران التحالف تجمعا للحوثيين في محافظة لحج.")
    assert ("ASSAULT", "استهدف") in evs
