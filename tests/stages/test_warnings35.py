"""A verb of warning that names no one warned foretells a danger: advice, no THREATEN event; a warning to someone,
to whoever, or to a quoted name stays a threat."""

import pytest

PUBLISHED = "2015-08-01"


def _threats(coder, text):
    return [e for e in coder(text, published=PUBLISHED).events if e.event == "THREATEN"]


@pytest.mark.parametrize("text", [
    "وحذر بخاري الموجود حاليا في واشنطن، حيث يقوم بأول زيارة منذ توليه مهامه، من أن رفض الولايات المتحدة تزويد جيش "
    "نيجيريا بالأسلحة يسهم فقط في مساعدة بوكو حرام.",
    "وحذرت وزارة الخارجية الألمانية من هجمات محتملة تستهدف شبكة قطارات الأنفاق.",
    "حذر رئيس الهيئة الإسلامية العليا الشيخ عكرمة صبري، في خطبة الجمعة أمس في المسجد الأقصى، من تسريب العقارات "
    "والأراضي في القدس.",
    "وحذر النائب صلاح الجبوري لـ«عكاظ»، من أن ما تتعرض له ديالى الآن يمهد لحرب طائفية.",
])
def test_a_warning_to_no_one_is_no_threat(coder, text):
    assert not _threats(coder, text)


@pytest.mark.parametrize("text", [
    "وكانت حركة طالبان حذرت تنظيم الدولة الإسلامية من التوسع في منطقتها.",
    "ووزارة الداخلية إذ تعلن ذلك لتؤكد للجميع حرصها على استتباب الأمن، وتحذر في الوقت ذاته كل من تسول له نفسه "
    "الإقدام على مثل هذه الجرائم بأن العقاب الشرعي سيكون مصيره.",
    "وكيف أن الأمير حذر «صالح الابن» من مغبة التمادي في الانقلاب.",
])
def test_a_warning_to_someone_or_to_whoever_stays_a_threat(coder, text):
    assert _threats(coder, text)


def test_a_warning_of_the_consequences_stays_a_threat(coder):
    text = ("من جانبها، حذرت الجبهة الديمقراطية الشعبية الأحوازية، على لسان ناطقها الرسمي، من مغبة المساس بأمن العوائل "
            "البريئة، موضحة أن السلطات الإيرانية سوف يدفعون الثمن.")
    assert _threats(coder, text)
