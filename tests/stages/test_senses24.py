"""Trigger senses (senses24, dev 2015-07-21 #2000-2971 and 07-23 #300-900): a football side's attack (خط الهجوم،
في مركزي الوسط والهجوم) is no assault; a tightened grip (إحكام قبضتها على عدن) is no arrest; a loan repaid (برد قرض)
is no aid; «the need calls for» (الحاجة ستدعو إلى) is no request; a vow to launch attacks (تعهدت بشن هجمات) is a
threat, not an agreement. The event sense beside each still codes.
"""

import pytest


def types(coder, text):
    """The event types the coder finds in the text."""
    return [e.event for e in coder(text, published="2015-07-21").events]


@pytest.mark.parametrize("text", [
    "ويجيد محترف الحواري اللعب في مركزي الوسط والهجوم ويعد من أبرز اللاعبين في دوريات الأحياء.",
    "ويلعب اللاعب في خط الهجوم وسبق له أن لعب في الدوري الممتاز مع الاتحاد.",
])
def test_football_attack_not_assault(coder, text):
    assert "ASSAULT" not in types(coder, text)


def test_attack_still_assault(coder):
    assert "ASSAULT" in types(coder, "وأدانت وزارة الدفاع الهجوم على القاعدة العسكرية في عدن.")


@pytest.mark.parametrize("text", [
    "ورأى الخبير أن نجاح المقاومة الشعبية في إحكام قبضتها على عدن الجنوبية بعد تحريرها من المتمردين الحوثيين "
    "سيكون موضع دراسة في طهران.",
    "وتنتشر القوات المسلحة وعناصر الشرطة التي أحكمت قبضتها على مداخل ومخارج المدن.",
])
def test_grip_not_arrest(coder, text):
    assert "COERCE" not in types(coder, text)


def test_arrest_still_coerce(coder):
    assert "COERCE" in types(coder, "وقبض رجال الأمن على المتهم في حي النسيم بالرياض.")


def test_loan_repaid_not_aid(coder):
    assert "AID" not in types(coder, "كما ستقوم اليونان برد قرض بقيمة 500 مليون يورو للبنك المركزي اليوناني.")


def test_loan_given_still_aid(coder):
    assert "AID" in types(coder, "وقدم البنك الدولي قرضا لمصر بقيمة مليار دولار.")


def test_need_calls_not_request(coder):
    assert "REQUEST" not in types(coder, "وهناك خطر أيضا في أن الحاجة ستدعو إلى المزيد من التدخلات في السوق.")


def test_call_still_request(coder):
    assert "REQUEST" in types(coder, "ودعا الرئيس اليمني الأطراف إلى الحوار.")


def test_vow_of_attacks_is_threat(coder):
    found = types(coder, "وأعلنت حركة طالبان هجومها السنوي وتعهدت بشن هجمات في جميع أنحاء البلاد.")
    assert "THREATEN" in found and "AGREE" not in found


def test_vow_not_to_attack_stays_agree(coder):
    found = types(coder, "وتعهد الرئيس بعدم شن هجمات على المدنيين.")
    assert "THREATEN" not in found and "AGREE" in found


@pytest.mark.parametrize("text", [
    "فما إن يرتاب الزوج بزوجته ويفتش وراءها حتى يهدم البيت على رأس الزوجة.",
    "كأن أحدا راح يفتش وينبش بين أوراق الزمن ويضعها في صدر المجلس.",
])
def test_rummaging_not_seize(coder, text):
    assert "COERCE" not in types(coder, text)


def test_police_search_still_coerce(coder):
    assert "COERCE" in types(coder, "وفتشت الشرطة الإسرائيلية منزل الناشط الفلسطيني في القدس.")


def test_interview_credit_not_consult(coder):
    text = ("وقال إن الأسعار ستنخفض تدريجيا ورؤوس الأموال ستتجه للأسهم. "
            "أجرى الحوار: شقران الرشيدي- سبق- الرياض")
    assert "CONSULT" not in types(coder, text)


def test_dialogue_still_consult(coder):
    assert "CONSULT" in types(coder, "وبدأت الحكومة اليمنية حوارا مع الحوثيين في جنيف أمس.")


def test_textbooks_not_deport(coder):
    text = "وتطرق الاجتماع إلى ضرورة العمل على ترحيل المقررات الدراسية قبل بدء الدراسة وتوزيعها على المدارس."
    assert "COERCE" not in types(coder, text)


def test_deportation_still_coerce(coder):
    assert "COERCE" in types(coder, "وأعلنت السلطات الإماراتية ترحيل مواطنة أسترالية بعد الحكم عليها بغرامة.")


@pytest.mark.parametrize("text", [
    "ويواصل البنك بذل كافة الجهود لتقديم أفضل الخدمات والمنتجات المصرفية المعاصرة التي توافق تطلعات شركائه.",
    "ويزداد الإقبال على السفر إليها خلال أشهر أغسطس وسبتمبر وأكتوبر، وهو ما يوافق إجازات اليوم الوطني والحج.",
])
def test_match_not_agree(coder, text):
    assert "AGREE" not in types(coder, text)


def test_agree_to_still_agree(coder):
    assert "AGREE" in types(coder, "ووافقت الحكومة اليونانية على شروط الدائنين أمس.")
