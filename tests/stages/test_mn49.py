"""Round 49 (mn49): mentions of the parties, from the judged international slices 2015-08-09 and 2015-08-06 #0–499.
An indefinite armed unit's noun told to be another's by a word of ownership (خاصة، تابعة) and a glued بـ/لـ, or by a
glued لـ alone, is the owner's: «دورية خاصة بالمسلحين الحوثيين» is a Houthi patrol (YEM/REB), not the army's. Armed
men in construct before an opposition or a faction («مقاتلو المعارضة»، «مسلحي الميليشيات») are rebels (REB); a rank,
soldiers or students in construct before a police body or its college («نقيب شرطة»، «طلاب أكاديمية الشرطة»، «طلاب
كلية الشرطة») are police (COP)."""

import pytest

from stage_coding import coded_parties

_DATE = "2015-08-09"


@pytest.mark.parametrize("text, present, absent", [
    # 2015-08-09 #142: a patrol of the Houthi gunmen, by خاصة بـ
    ("كما أكد شهود عيان أن المقاومة الشعبية التهامية نفذت كمينًا استهدف دورية خاصة بالمسلحين الحوثيين وسيارة صالون "
     "لهم تحت منطقة أبو دوار بمحافظة حجة صباح أمس.",
     ("YEM", "REB", "دورية"), ("YEM", "MIL", "دورية")),
    # a patrol of the Houthis by a glued لـ alone
    ("ونفذت المقاومة الشعبية، أمس، هجومًا بقنبلة يدوية على دورية للحوثيين في مدينة معبر بمحافظة ذمار.",
     ("YEM", "REB", "دورية"), ("YEM", "MIL", "دورية")),
    # 2015-07-27 #130: a force of the Algerian army, past one adjective
    ("قوة كبيرة للجيش الجزائري تحاصر مسلحين شرق البلاد",
     ("DZA", "MIL", "قوة"), (None, "MIL", "قوة")),
], ids=["khassa-bi", "glued-li", "past-adjective"])
def test_an_owned_unit_is_its_owners(nlp, text, present, absent):
    """An indefinite unit's noun with its owner after خاصة بـ / تابعة لـ / لـ takes the owner's code (and its armed
    sector)."""
    parties = coded_parties(nlp, text, _DATE)
    assert present in parties, parties
    assert absent not in parties, parties


@pytest.mark.parametrize("text, absent", [
    # a country after a glued لـ is whom the support is for, no owner of «قوة» («بكل قوة»: with all strength)
    ("أكد المبعوث الخاص لرئيس الصين دعم بلاده بكل قوة لمصر في مكافحة الإرهاب.", ("EGY", "MIL", "قوة")),
    # forces loyal to a government keep their own sector, no GOV
    ("وأعلنت القوات الموالية للحكومة اليمنية أنها استعادت السيطرة على عدد من مواقع الحوثيين في شمال عدن.",
     ("YEM", "GOV", "القوات")),
], ids=["country-after-li", "loyal-definite"])
def test_no_owner_read_where_none_is_told(nlp, text, absent):
    """A country's name after لـ, or a patron a definite force is loyal to, gives no owner's code or sector."""
    parties = coded_parties(nlp, text, _DATE)
    assert absent not in parties, parties


@pytest.mark.parametrize("text, present, absent", [
    # 2015-08-09 #68: the Syrian opposition's fighters
    ("استعاد مقاتلو المعارضة في سوريا السيطرة على عدة قرى في شمال غرب سوريا من قوات نظام الأسد.",
     ("REB", "مقاتلو المعارضة"), ("UAF", "مقاتلو المعارضة")),
    # 2015-07-22 #240: the militias' gunmen
    ("وأضافت أن سبعة من مسلحي الميليشيات قتلوا خلال المواجهات مع المقاومة الشعبية في محافظة الضالع.",
     ("REB", "مسلحي الميليشيات"), ("UAF", "مسلحي الميليشيات")),
    # the same fighters called by the adjective
    ("وانسحب المقاتلون المعارضون من البلدة بعد حصار طويل.",
     ("REB", "المقاتلون"), ("UAF", "المقاتلون")),
], ids=["fighters-of-opposition", "gunmen-of-militias", "opposing-fighters"])
def test_fighters_of_a_faction_are_rebels(nlp, text, present, absent):
    """An armed men's noun in construct before an opposition or an armed faction is its fighters: REB, not UAF."""
    parties = [(sector, t) for _, sector, t in coded_parties(nlp, text, _DATE)]
    assert present in parties, parties
    assert absent not in parties, parties


@pytest.mark.parametrize("text, present, absent", [
    # 2015-08-09 #214: a police captain
    ("قتل نقيب شرطة ومجند وأصيب ثلاثة آخرون، إثر انفجار عبوة ناسفة بمدينة العريش في محافظة شمال سيناء.",
     ("COP", "نقيب شرطة"), ("MIL", "نقيب شرطة")),
    # 2015-08-09 #360: police cadets
    ("وأسفر الاعتداء الذي نفذه انتحاري عن مقتل طلاب أكاديمية الشرطة في كابل.",
     ("COP", "طلاب أكاديمية الشرطة"), ("EDU", "طلاب أكاديمية الشرطة")),
    # 2015-07-27 #353: conscripts of Egypt's central security
    ("وأكد مصدر أمني خروج الجنود المصابين في حادث انفجار عبوة ناسفة أثناء مرور اتوبيس يقل عدداً من جنود الأمن "
     "المركزي بشمال سيناء.",
     ("COP", "جنود الأمن المركزي"), ("MIL", "جنود الأمن المركزي")),
    # 2015-08-09 #360: police cadets, past the college's name
    ("لكنها تبنت الاعتداء الثاني الذي أدى إلى مقتل عشرين من طلاب كلية الشرطة الأفغانية مساء الجمعة.",
     ("COP", "طلاب"), ("EDU", "طلاب")),
], ids=["police-captain", "police-cadets", "central-security-conscripts", "police-college-cadets"])
def test_members_of_a_police_body_are_police(nlp, text, present, absent):
    """A rank, soldiers or students in construct before a police body are its members: COP."""
    parties = [(sector, t) for _, sector, t in coded_parties(nlp, text, _DATE)]
    assert present in parties, parties
    assert absent not in parties, parties
