"""Parties on Saudi news of 2015: common words read as parties, nationalities that are family names, a deputy
read as a member of parliament, a surname before a verb, and the codes of frequent bodies and officials."""

import pytest


def labelled(nlp, text, kind=("actor", "agent")):
    """(words, label) of every actor or agent mention in `text`: an actor's code, an agent's sector."""
    return [(m.text, m.label) for m in nlp(text).mentions if m.kind in kind]


def reads(found, word, label=None):
    """True if a mention holds `word` (one or more whole words) with `label` (any label when None)."""
    return any(f" {word} " in f" {w} " and (label is None or lab == label) for w, lab in found)


def parties(nlp, text):
    """(text, code, sector) of every actor and recipient of the events coded in `text`."""
    return [(x.text, x.code, x.sector) for e in nlp(text).events for x in (*e.actor, *e.recipient)]


@pytest.mark.parametrize("text,word,label", [
    # strength counted after a comparative, not a force
    ("وأضاف: هذه الأحداث لن تبعدنا عن مبادئنا بل سنكون أشد قوة وتكاتفا وتعاونا على الخير.", "قوة", "MIL"),
    # «غير المسؤولة»: irresponsible, no official
    ("واستنكر الأمين العام هذه التصريحات غير المسؤولة وصدورها من مسؤول في دولة العراق.", "المسؤولة", "GOV"),
    # «مكانًا آمنا»: a safe place, not the security forces
    ("والشعب السعودي يرى في الأردن مكانًا آمنا للاستثمار والتعاون.", "آمنا", "COP"),
    # a nationality after a given name is a family name (Abdullah al-Turki of the Muslim World League)
    ("وقال معالي الدكتور عبدالله التركي إن هذه التصريحات تغذي الطائفية.", "التركي", "TUR"),
    ("واستنكر الدكتور التركي هذه التصريحات.", "التركي", "TUR"),
    ("وقال الشيخ محمد المصري إن المسجد سيفتتح قريبا.", "المصري", "EGY"),
    # «نائب» before a title is a deputy, no member of parliament
    ("زار نائب مدير مهمة الدعم في قوات اليونفيل في الجنوب مقر قيادة اليونفيل.", "نائب", "LEG"),
    ("واستقبل سموه نائب مدير عام الجوازات في مكتبه.", "نائب", "LEG"),
])
def test_a_word_that_is_no_party_is_not_read_as_one(nlp, text, word, label):
    found = labelled(nlp, text)
    assert not reads(found, word, label), found


@pytest.mark.parametrize("text,word,label", [
    ("وقال الرئيس التركي رجب طيب أردوغان إن بلاده ستواصل عملياتها.", "التركي", "TUR"),
    ("وأدان السفير المصري الهجوم على المسجد.", "المصري", "EGY"),
    ("وقال النائب محمد الردايده إن الزيارة تاريخية.", "النائب", "LEG"),
    ("وزار نائب قائد القوات البرية المنطقة الجنوبية.", "نائب", "MIL"),  # the deputy of a commander
    ("ونوه المشرف على الكرسي بجامعة الملك سعود بالمبادرة.", "جامعة الملك سعود", "SAU"),
    ("وتأتي الدورة بناء على موافقة المقام السامي للجامعات السعودية.", "المقام السامي", "SAU"),
    ("ويطلب القرار التنسيق مع رئيس منظمة حظر الأسلحة الكيميائية.", "منظمة حظر الأسلحة الكيميائية", "IGO"),
    ("وقال رئيس الوزراء ماتيو رينتسي إن بلاده ترحب بالزيارة.", "ماتيو رينتسي", "ITA"),
    ("وزار جنتيلوني طهران في مارس.", "جنتيلوني", "ITA"),
])
def test_a_party_is_read_with_its_code(nlp, text, word, label):
    found = labelled(nlp, text)
    assert reads(found, word, label), found


def test_a_surname_before_a_verb_is_the_person_named_in_full_before(nlp):
    text = ("نقل التلفزيون السوري عن وزير الخارجية وليد المعلم قوله إن سوريا تدعم أي جهود للتصدي للإرهاب. "
            "وكان المعلم يتحدث خلال زيارة إلى طهران للاجتماع مع نظيره الإيراني.")
    found = [(m.text, m.label, m.sentence) for m in nlp(text).mentions if m.kind in ("actor", "agent")]
    assert ("المعلم", "SYR", 1) in found, found
    assert ("المعلم", "EDU", 1) not in found, found


def test_a_surname_before_a_given_name_stays_a_role(nlp):
    text = ("وقال وزير الخارجية وليد المعلم إن بلاده ترحب بالمبادرة. "
            "وكرمت المدرسة المعلم أحمد الزهراني في حفل ختامي.")
    found = [(m.text, m.label, m.sentence) for m in nlp(text).mentions if m.kind in ("actor", "agent")]
    assert ("المعلم", "SYR", 1) not in found, found


def test_an_official_and_a_body_carry_their_sector_into_the_event(nlp):
    found = parties(nlp, "وزار نائب قائد القوات البرية المنطقة الجنوبية أمس.")
    assert not any(sector == "LEG" for _, _, sector in found), found
    found = parties(nlp, "وأعرب الأمير سلطان بن سلمان عن دعمه للحرفيين.")
    assert ("الأمير سلطان بن سلمان", "SAU", "GOV") in found, found


def test_members_of_parliament_of_a_governorate_stay_members_of_parliament(nlp):
    found = labelled(nlp, "ودعا نواب محافظة نينوى جميعا للعمل ليل نهار من أجل قضية محافظتهم.")
    assert reads(found, "نواب", "LEG"), found


@pytest.mark.parametrize("text,word,label", [
    ("هدد الفرع المصري لتنظيم داعش أمس بإعدام كرواتي خطف في القاهرة.", "المصري", "EGY"),
])
def test_a_group_s_branch_is_no_country(nlp, text, word, label):
    found = labelled(nlp, text)
    assert not reads(found, word, label), found


def test_the_grand_mufti_s_titles_keep_his_religious_sector(nlp):
    found = parties(nlp, "دعا مفتي عام المملكة رئيس هيئة كبار العلماء رئيس اللجنة الدائمة للبحوث العلمية والإفتاء "
                         "الشيخ عبدالعزيز آل الشيخ إلى نبذ الفتن.")
    assert found and all(sector == "REL" for _, _, sector in found), found


def test_a_nationality_that_is_the_family_name_of_a_person_named_before_is_no_country(nlp):
    text = ("وقال الأمين العام لرابطة العالم الإسلامي الدكتور عبدالله بن عبدالمحسن التركي إن التصريحات طائفية. "
            "واستنكر التركي هذه التصريحات. وقال الرئيس التركي إن بلاده ترفضها.")
    found = [(m.text, m.label, m.sentence) for m in nlp(text).mentions if m.kind == "actor"]
    assert ("التركي", "TUR", 1) not in found, found
    assert any(s == 2 and code == "TUR" for _, code, s in found), found


@pytest.mark.parametrize("text,word", [
    # a company's general assembly is no legislature; the head of a union or federation is no legislator
    ("وافقت الجمعية العامة غير العادية لشركة الإنماء على زيادة رأس المال.", "الجمعية العامة"),
    ("وتلقى الفنان خطاب تهنئة من رئيس الاتحاد العام للفنانين العرب.", "رئيس الاتحاد"),
])
def test_a_general_assembly_or_a_union_head_is_no_legislature(nlp, text, word):
    found = labelled(nlp, text)
    assert not reads(found, word, "LEG"), found


def test_the_head_of_a_union_of_states_is_read_with_its_union(nlp):
    found = parties(nlp, "ودعا رئيس الاتحاد الأفريقي إلى الحوار بين الأطراف.")
    assert any(code == "IGO" for _, code, _ in found), found


def test_ministers_in_the_plural_are_government(nlp):
    found = parties(nlp, "وزار عدد من الوزراء الأوروبيين إيران منذ التوصل لاتفاق نووي معها.")
    assert ("الوزراء الأوروبيين", "IGO", "GOV") in found, found
    found = parties(nlp, "كما تستقبل مصر نائب رئيس وزراء المجر في افتتاح القناة.")
    assert ("نائب رئيس وزراء المجر", "HUN", "GOV") in found, found


def test_fighting_factions_are_rebels_and_the_lion_s_share_is_no_president(nlp):
    found = parties(nlp, "وتدور معارك منذ ايام بين قوات النظام والفصائل الاسلامية والمقاتلة في سهل الغاب.")
    assert ("الفصائل الاسلامية", None, "REB") in found, found
    found = parties(nlp, "استهدفت الفصائل المقاتلة آلية لقوات النظام في ريف حماة.")
    assert ("الفصائل المقاتلة", None, "REB") in found, found
    found = labelled(nlp, "وقال وأنا واحد ممن كان له نصيب الأسد من تلك الشتائم والاتهامات.")
    assert not reads(found, "الأسد", "SYR"), found
    found = labelled(nlp, "وصرح مسؤول كبير في الخارجية الأمريكية للصحافيين ان كيري رحب بالقرار.")
    assert reads(found, "مسؤول كبير", "GOV"), found


def test_a_bare_head_word_goes_on_naming_the_armed_group_named_in_full_before(nlp):
    text = "وقالت المصادر إن المقاومة الشعبية سيطرت على المدينة. وهاجمت المقاومة مواقع الحوثيين في طياب."
    found = [(m.text, m.label, m.sentence) for m in nlp(text).mentions if m.kind == "actor"]
    assert ("المقاومة", "YEM", 1) in found, found
    text = "وقالت المصادر إن المقاومة الشعبية سيطرت على المدينة. وأشادت المقاومة الفلسطينية بالعملية."
    found = [(m.text, m.label, m.sentence) for m in nlp(text).mentions if m.kind == "actor"]
    assert ("المقاومة", "YEM", 1) not in found, found


def test_the_deposed_president_is_no_government(nlp):
    found = [(m.text, m.get("sector")) for m in nlp("وقال الرئيس المخلوع علي عبدالله صالح إن.").mentions
             if m.kind == "actor"]
    assert ("الرئيس المخلوع علي عبدالله صالح", "OPP") in found, found
