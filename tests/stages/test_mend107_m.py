"""Review of m107 (mend107_m): the seizure tails «أجزاء», «مساحات» and, for a liberation or recovery, «نقاط» took plain
uses for seizures of territory (a patient's memory, a market's share, a league's points, traffic fines), and a traveller
named after a bag was read as the one arrested; the traveller tails are withdrawn."""

import pytest

from stage_coding import kept_types

_DATE = "2015-07-22"


@pytest.mark.parametrize("text", [
    "استعاد المريض أجزاء من ذاكرته بعد العملية الجراحية.",
    "استعادت البورصة أجزاء من خسائرها.",
    "سيطرت الشركة على أجزاء واسعة من سوق الاتصالات في مصر.",
    "استعاد الأهلي نقاط الصدارة بفوزه على الزمالك.",
    "حرر الشرطي نقاط المخالفات للسائقين.",
])
def test_parts_points_and_shares_are_no_seizure(nlp, text):
    """Memory, losses, a market, a league's lead and fines regained or taken: no seizure of territory."""
    assert not any(k == "COERCE" for k, _ in kept_types(nlp, text, _DATE))


def test_a_travellers_bag_seized_is_no_arrest(nlp):
    """«ضبطت الجمارك حقيبة مسافر»: the bag is seized, not the traveller."""
    text = "ضبطت الجمارك حقيبة مسافر تحتوي على مخدرات في مطار القاهرة."
    assert not any(k == "COERCE" for k, _ in kept_types(nlp, text, _DATE))


@pytest.mark.parametrize("text", [
    "سيطر مقاتلو المعارضة على نقاط عدة في ريف حماة.",
    "وسيطر المسلحون على أجزاء من مدينة الرمادي.",
])
def test_points_and_parts_of_a_town_seized_stay(nlp, text):
    """Points taken by fighters, parts of a town: still seizures."""
    assert any(k == "COERCE" for k, _ in kept_types(nlp, text, _DATE))
