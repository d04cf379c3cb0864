"""Missed events (round 107, m107): a seizure of points, a checkpoint, hills or the capital (the tails of «سيطر»،
«استعاد»… knew towns and positions only), and the liquidation of armed men («تصفية … عناصر»); and what stays no event: a fire brought under control, a match dominated, a firm
wound up, an aim to liquidate a cause."""

import pytest

from stage_coding import kept_types, kind_parties

_DATE = "2015-07-22"


@pytest.mark.parametrize("text, actor", [
    ("سيطر مقاتلو المعارضة السورية على نقاط عدة في الجبل الشرقي في الزبداني بريف دمشق.", "مقاتلو المعارضة"),
    ("وسيطر مقاتلون من المعارضة وجبهة النصرة على حاجز مطل على بلدة بلودان.", "مقاتلون"),
    ("سيطرت المقاومة الشعبية الثلاثاء على التلال الجبلية المطلة على المدينة.", "المقاومة الشعبية"),
    ("وسيطر الحوثيون على العاصمة صنعاء في سبتمبر الماضي.", "الحوثيون"),
])
def test_seizure_of_points_checkpoints_hills_and_the_capital(nlp, text, actor):
    """The seizure is coded, its taker the actor."""
    rows = kind_parties(nlp, text, "COERCE", _DATE)
    assert any(actor in a for _, t, acts, _ in rows for a in acts if t.startswith(("سيطر", "وسيطر"))), rows


@pytest.mark.parametrize("text", [
    "وسيطرت فرق الدفاع المدني على الحريق بعد ساعتين.",
    "وسيطر الفريق على مجريات اللعب في الشوط الثاني.",
])
def test_control_of_a_fire_or_a_match_is_no_seizure(nlp, text):
    """A fire put out, a match dominated: no seizure."""
    assert not kind_parties(nlp, text, "COERCE", _DATE)


def test_liquidation_of_armed_men_is_an_assault(nlp):
    """«أعلن الجيش تصفية ثلاثة عناصر إرهابية»: a killing, the men its victims."""
    rows = kind_parties(nlp, "وأعلن الجيش المصري تصفية ثلاثة عناصر إرهابية في سيناء.", "ASSAULT", _DATE)
    assert any("تصفية" in t and any("عناصر" in r for r in recs) for _, t, _, recs in rows), rows


@pytest.mark.parametrize("text", [
    "وقررت الجمعية العمومية تصفية الشركة وتوزيع أصولها.",
    "وتهدف إسرائيل إلى تصفية القضية الفلسطينية.",
    "وجاءت الحادثة في إطار تصفية حسابات بين عائلتين.",
])
def test_winding_up_or_score_settling_is_no_killing(nlp, text):
    """A firm wound up, a cause liquidated, scores settled: no assault."""
    assert not any(k == "ASSAULT" for k, _ in kept_types(nlp, text, _DATE))

