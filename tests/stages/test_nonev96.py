"""Round 96: two shapes of no event the judges of 2015-07-23 and 2015-07-27 found coded. A verb of the present in an
aside after «علما ان» tells a standing fact put beside the news, no one act («علما ان وزراء الاحتلال واعضاء الكنيست
يقتحمون الاقصى بإذن من نتنياهو»: no COERCE), while the storming told in the past in the same story stays; and an
approval of a listing of shares on a stock exchange is a market's business, no AGREE («وافقنا أيضا على قيد أسهم شركة
بلتون كابيتال المصرية»), while an approval of a ceasefire stays."""

PUBLISHED = "2015-07-27"  # the day the texts are published on

AQSA = ("اقتحم مستوطنون باحات المسجد الأقصى صباح اليوم بحراسة الشرطة الإسرائيلية. وقال الشيخ عزام الخطيب مدير عام "
        "أوقاف القدس وشؤون المسجد الأقصى ان حكومة الاحتلال بدأت بتغيير سياستها داخل المسجد الأقصى، بالسماح لوزير "
        "إسرائيلي باقتحامه في ذكرى ما يسمى خراب الهيكل، علما ان وزراء الاحتلال واعضاء الكنيست يقتحمون الاقصى بإذن من "
        "نتنياهو. وأضاف أن الشرطة اعتقلت ثلاثة شبان.")
LISTING = ("ارتفع المؤشر الرئيسي للبورصة المصرية في تعاملات الأربعاء. ونقلت رويترز عن رئيس البورصة المصرية محمد عمران، "
           "قوله: «تمت الموافقة على قيد شركة السلام الكويتية في شكل شهادات إيداع مصرية»، مضيفا: «وافقنا أيضا على قيد "
           "أسهم شركة بلتون كابيتال المصرية». وتراجعت أسهم القطاع المصرفي.")
TRUCE = ("قالت مصادر يمنية إن المعارك تواصلت في عدن. وقال المتحدث باسم الحوثيين: «وافقنا على وقف إطلاق النار». "
         "وأضاف أن المفاوضات ستستمر في مسقط.")


def _triggers(coder, text, kind):
    """The trigger texts of the events of `kind` the whole pipeline codes for `text`."""
    return [e.trigger.text for e in coder(text, published=PUBLISHED).events if e.event == kind]


def test_present_in_an_aside_is_no_act(coder):
    """«علما ان وزراء الاحتلال واعضاء الكنيست يقتحمون الاقصى»: no COERCE of «يقتحمون»; the storming of the day
    («اقتحم مستوطنون») and the arrest («اعتقلت») stay."""
    found = _triggers(coder, AQSA, "COERCE")
    assert "يقتحمون" not in found
    assert "اقتحم" in found
    assert "اعتقلت" in found


def test_listing_of_shares_is_no_agreement(coder):
    """«وافقنا أيضا على قيد أسهم شركة»: a stock exchange listing shares, no AGREE."""
    assert "وافقنا" not in _triggers(coder, LISTING, "AGREE")


def test_agreeing_to_a_ceasefire_stays(coder):
    """«وافقنا على وقف إطلاق النار»: an agreement to a truce is still an AGREE."""
    assert "وافقنا" in _triggers(coder, TRUCE, "AGREE")
