"""Round 106 (counts106): a lawsuit counted is no accusation, from the judged dev slice 2015-07-22 #400–799.

A `counted_case` noun of topic_words.tsv (قضية، قضايا، دعوى، دعاوى) that is the trigger itself, right after a number
that is no year, and told with neither actor nor recipient, is a count of suits filed (court statistics), no act
(topics.counted_cases). A suit filed by someone against someone stays."""

from stage_coding import kept_types

_DATE = "2015-07-22"

_INHERITANCE = ("سجلت محاكم وزارة العدل في المملكة 575 دعوى بين الورثة وذلك خلال 270 يومًا، منذ بداية العام الحالي وحتى "
                "نهاية شهر رمضان المبارك. وسجلت المنطقة الشرقية أعلى عدد من حيث رفع الدعاوى من هذا النوع في المحاكم بعد "
                "ما سجلت 144 دعوى تليها منطقة عسير بـ 123 دعوى، ثم منطقة الرياض بـ 85، أما منطقة مكة المكرمة سجلت "
                "محاكمها 61 دعوى، تليها منطقة الجوف بـ 41 دعوى، ثم منطقة تبوك بـ 10 دعاوى، وسجلت مناطق نجران والحدود "
                "الشمالية وحائل 7 دعاوى لكل منطقة.")


def test_suits_counted_by_region_are_no_accusations(nlp):
    """«منطقة عسير بـ 123 دعوى … ثم منطقة تبوك بـ 10 دعاوى» (2015-07-22 #599): court statistics, no ACCUSE by
    «دعوى» or «دعاوى»."""
    kept = kept_types(nlp, _INHERITANCE, _DATE)
    assert not any(t == "ACCUSE" and w in ("دعوى", "دعاوى") for t, w in kept), kept


def test_suits_filed_by_a_party_stay(nlp):
    """«أقامت الحكومة 3 دعاوى ضد الشركة»: a filing with its actor is an act; the ACCUSE stays."""
    text = "أقامت الحكومة 3 دعاوى ضد الشركة."
    kept = kept_types(nlp, text, _DATE)
    assert any(t == "ACCUSE" for t, _ in kept), kept
