"""Aid, cooperation and concessions that are no act (senses40): a noun of help, cooperation or concession right after
على with a `basis` word before it (تقوم على التعاون، لإجبار المقاتلين على التنازل); support stressed (شدد على دعم
بلاده للجانب الفلسطيني) is SUPPORT, no aid; a backing «بدعم من» of no forces in combat; cooperation right after أن,
what is said of it (أن تعاون كافة القطاعات … هو من أولوياتها); cattle killed (قتل البقرة). Aid given and cooperation
done stay."""

import pytest

PUBLISHED = "2015-08-07"


def _types(coder, text):
    return [e.event for e in coder(text, published=PUBLISHED).events]


@pytest.mark.parametrize("text,etype", [
    ("وقال إن الدبلوماسية الإيرانية تقوم على التعاون مع الجيران ودول المنطقة.", "COOPERATE"),
    ("وقال إن الحكومة تسعى لإجبار الحوثيين على التنازل عن السلاح.", "CONCEDE"),
    ("وقال إن الاتفاق قد يشجع النظام الحاكم في طهران على دعم الميليشيات المسلحة المتحالفة.", "AID"),
    ("وأضاف أن الحكومة المركزية ستكون عبئا على عدن، لذلك يتم التركيز على دعم السلطات المحلية أولا.", "AID"),
])
def test_help_on_a_basis_is_no_act(coder, text, etype):
    assert etype not in _types(coder, text)


@pytest.mark.parametrize("text", [
    "وشدد مندوب مصر الدائم لدى الجامعة العربية على دعم بلاده للجانب الفلسطيني ومساندتها لتسوية القضية.",
    "وجدّد التأكيد على دعم أميركا للسوريين إنسانيا كما للمعارضة المسلحة.",
])
def test_support_stressed_is_support_not_aid(coder, text):
    found = _types(coder, text)
    assert "AID" not in found and "SUPPORT" in found


def test_support_stressed_keeps_its_parties(coder):
    text = "وشدد مندوب مصر الدائم لدى الجامعة العربية على دعم بلاده للجانب الفلسطيني."
    ev = next(e for e in coder(text, published=PUBLISHED).events if e.event == "SUPPORT")
    assert [a.code for a in ev.actor] == ["EGY"] and [r.code for r in ev.recipient] == ["PSE"]


@pytest.mark.parametrize("text,etype", [
    ("وحصلت الحكومة اليمنية على مساعدات من المملكة.", "AID"),
    ("وقدمت المملكة دعما ماليا للحكومة اليمنية.", "AID"),
    ("وجدد التأكيد على مساعدة الولايات المتحدة للاجئين السوريين.", "AID"),
    ("ونفذت القوات العراقية بالتعاون مع التحالف الدولي عملية في الأنبار.", "COOPERATE"),
    ("وتعاونت الشرطة التركية مع الإنتربول في القبض على المتهم.", "COOPERATE"),
])
def test_help_given_stays(coder, text, etype):
    assert etype in _types(coder, text)


@pytest.mark.parametrize("text", [
    "وأقيم المهرجان بدعم من مدير شرطة خيبر المقدم تركي الردادي.",
    "وجاء المالكي إلى رئاسة الحكومة في عام 2006 بدعم مباشر من إيران.",
    "وحضر الأطباء بدعم من وزارة الدفاع تحسبا لأي طارئ.",
])
def test_civil_backing_is_no_aid(coder, text):
    assert "AID" not in _types(coder, text)


@pytest.mark.parametrize("text", [
    "وسيطرت القوات الحكومية بدعم من طيران التحالف على قاعدة العند.",
    "وقال إن الجيش بدعم من المقاومة يحقق انتصارات كبيرة في عدن.",
])
def test_combat_backing_stays_aid(coder, text):
    assert "AID" in _types(coder, text)


def test_killing_a_cow_is_no_assault(coder):
    text = "وحاول وايتلوك بعد ذلك دون جدوى قتل البقرة عبر إطلاق النار عليها قبل الزج بها حية في حفرة مخلفات."
    assert "قتل" not in _assaults(coder, text)
    assert "قتل" in _assaults(coder, "وحاول المسلحون قتل الحارس عبر إطلاق النار عليه.")


def _assaults(coder, text):
    return [e.trigger.text for e in coder(text, published=PUBLISHED).events if e.event == "ASSAULT"]


@pytest.mark.parametrize("text,etype", [
    ("وأكد بيان صادر عن هيئة الطيران المدني أن تعاون كافة القطاعات العاملة في جميع مطارات المملكة هو من أولوياتها.",
     "COOPERATE"),
    ("وأكد الصباغ أنّ شراكة مركز الملك سلمان للإغاثة والأعمال الإنسانية مع الهيئة العالمية للتنمية البشرية ليست الأولى.",
     "COOPERATE"),
    ("في حين ترى اتجاهات أخرى أن الدعم الإيراني لنظام الأسد ربما يتجاوز هذا الرقم بكثير.", "AID"),
])
def test_said_of_cooperation_is_no_act(coder, text, etype):
    assert etype not in _types(coder, text)


def test_aid_said_to_arrive_stays(coder):
    assert "AID" in _types(coder, "وأعلن المركز أن المساعدات السعودية وصلت إلى عدن أمس.")


@pytest.mark.parametrize("text", [
    "وقامت وزارة العدل بإنشاء خلية متخصصة بمساعدة تقنية من عملية الأمم المتحدة في كوت ديفوار.",
    "وقامت البعثة بتدريب منظمات حقوق الإنسان بدعم مالي من مفوضية الأمم المتحدة لحقوق الإنسان.",
])
def test_help_of_a_kind_from_a_backer_stays_aid(coder, text):
    assert "AID" in _types(coder, text)
