"""Round 104 (codes104): codes and names from the judged dev slice 2015-07-31 #1760–2211: a one-word group name
with no article in construct with a definite noun is the common noun («بحماس الأعضاء»: enthusiasm, no Hamas), and
lexicon rows for names the coder read as another party (the PKK as «الحزب الكردي», the Taliban's leadership shura,
Saif al-Islam Gaddafi); a party's political forces right before «في» and a country are that country's."""

from stage_coding import coded_parties

_DATE = "2015-07-31"

_ENTHUSIASM = ("ومن جانبها، شكرت الهيئة الإدارية للنادي المحاضرين على وقتهم الثمين الذي خصصوه للنادي وللمبتعثين "
               "وأشادت بحماس الأعضاء والطلبة المهتمين الذين يسارعون في التسجيل بهذه الدورات.")


def test_hamas_in_construct_with_a_definite_noun_is_enthusiasm(nlp):
    """«وأشادت بحماس الأعضاء» (2015-07-31 #1931, #1990): the members' enthusiasm; no PSE party."""
    parties = coded_parties(nlp, _ENTHUSIASM, _DATE)
    assert not any(c == "PSE" for c, _, _ in parties), parties


def test_hamas_before_a_day_or_a_nisba_adjective_stays_hamas(nlp):
    """«وقالت حماس الخميس»، «حماس الفلسطينية»، «أطلقت حماس الصواريخ»: a day, an adjective, an object leave Hamas."""
    text = "وقالت حماس الخميس إنها ترفض الاتفاق، واتهمت حماس الفلسطينية إسرائيل بخرق الهدنة."
    parties = coded_parties(nlp, text, _DATE)
    assert ("PSE", "REB", "حماس") in parties, parties
    assert ("PSE", "REB", "حماس الفلسطينية") in parties, parties
    parties = coded_parties(nlp, "وأطلقت حماس الصواريخ على إسرائيل.", _DATE)
    assert any(c == "PSE" for c, _, _ in parties), parties


def test_the_kurdish_party_of_a_turkish_story_is_kurdish(nlp):
    """«واتهم الحزب الكردي انقرة» (2015-07-31 #1796): a Kurdish party, KUR. The review of round 104 took back the
    row that made the bare «الحزب الكردي» the PKK (KUR/REB): in Turkish news it is as often the HDP, a legal party, so
    it stays KUR/PTY; the PKK is «حزب العمال الكردستاني»."""
    parties = coded_parties(nlp, "واتهم الحزب الكردي انقرة بالتواطؤ مع تنظيم داعش.", _DATE)
    assert ("KUR", "PTY", "الحزب الكردي") in parties, parties


def test_the_taliban_leadership_shura_is_no_afghan_parliament(nlp):
    """«مجلس الشورى القيادي اجتمع مع علماء البلد» (2015-07-31 #1802): the Taliban's council, not AFG/LEG."""
    text = ('وقالت الحركة في بيان نشرته على موقعها الالكتروني ان "مجلس الشورى القيادي اجتمع مع علماء البلد '
            'والشيوخ.')
    parties = coded_parties(nlp, text, _DATE)
    assert ("IMG", "REB", "مجلس الشورى القيادي") in parties, parties
    assert not any(s == "LEG" for _, s, _ in parties), parties


def test_saif_al_islam_gaddafi_is_not_muammar(nlp):
    """«حكماً بالإعدام على سيف الإسلام القذافي» (2015-07-31 #2164): the son, not Muammar Gaddafi (LBY/GOV)."""
    text = ('أصدرت محكمة في طرابلس تابعة لميليشيات "فجر ليبيا" حكماً بالإعدام على سيف الإسلام القذافي، ورئيس '
            'المخابرات السابق عبد الله السنوسي، والبغدادي المحمودي، وآخرين.')
    parties = coded_parties(nlp, text, _DATE)
    assert ("LBY", "ELI", "سيف الإسلام القذافي") in parties, parties
    assert not any(t == "القذافي" for _, _, t in parties), parties


def test_political_forces_in_a_country_are_that_countrys(nlp):
    """«طالبت القوى الشيعية السياسية في العراق رئيس الوزراء» (2015-07-31 #1854): Iraq's Shiite forces (IRQ/PTY), past
    their adjective, as «الشرطة في البحرين» is Bahrain's police."""
    text = ("طالبت القوى الشيعية السياسية في العراق رئيس الوزراء العراقي حيدر العبادي باقالة قائد القوة الجوية الكردي "
            "الأصل أنور حمه أمين من منصبه.")
    parties = coded_parties(nlp, text, _DATE)
    assert ("IRQ", "PTY", "القوى الشيعية") in parties, parties
