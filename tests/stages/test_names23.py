"""Round 23, names: parties the mention stage did not find (a name after a title abbreviated to «د.», …)."""

import pytest


def _parties(art, trigger, role):
    return [(x.text, x.code, x.sector) for e in art.events if e.trigger.text == trigger for x in getattr(e, role)]


@pytest.mark.parametrize("text, trigger, party", [
    ("ودعا د. عبدالرحمن المديرس إلى الحوار.", "دعا", "د. عبدالرحمن المديرس"),
    ("ودعا د.عبدالرحمن المديرس إلى الحوار.", "دعا", "د.عبدالرحمن المديرس"),
    ("وشجب د. عبدالرحمن المديرس مدير إدارة التعليم بالمنطقة الشرقية، العمل الإرهابي الآثم.", "شجب",
     "د. عبدالرحمن المديرس مدير إدارة التعليم"),
])
def test_a_name_after_the_abbreviated_doctor_is_the_verbs_subject(coder, text, trigger, party):
    assert party in [p[0] for p in _parties(coder(text), trigger, "actor")]


def test_the_abbreviated_title_joins_the_office_before_it(coder):
    art = coder("أشاد وزير التعليم د. عزام الدخيل بتجربة تعليم جازان في التعليم الالكتروني.")
    assert ("وزير التعليم د. عزام الدخيل", "SAU", "GOV") in _parties(art, "أشاد", "actor")


def test_a_family_name_after_the_abbreviated_doctor_names_the_one_told_before(coder):
    art = coder("ودعا د. عبدالرحمن المديرس إلى الحوار. وحث د. المديرس على نشر أرقام الاتصال.")
    assert "د. المديرس" in [p[0] for p in _parties(art, "حث", "actor")]


def test_the_title_written_out_before_the_abbreviation_keeps_the_subject(coder):
    art = coder("ويذكر أن معالي الدكتور د.عزام الدخيّل قد رحب قبل أيام بتعاون بينه وبين وزير الإسكان.")
    assert [p for p in _parties(art, "رحب", "actor") if p[1] == "SAU"]


@pytest.mark.parametrize("text, trigger, party", [
    ("فيما أشاد المندوب الفرنسي بوحدة أعضاء مجلس الأمن.", "أشاد", ("المندوب الفرنسي", "FRA", "GOV")),
    ("فيما طالب مندوب سوريا بشار الجعفري باعتماد مبادئ النزاهة.", "طالب", ("مندوب سوريا بشار الجعفري", "SYR", "GOV")),
    ("وفي وقت لاحق أعلن تنظيم احفاد الصحابة عن مسؤوليته استهداف تجمع «اشكول» بصاروخين.", "استهداف",
     ("تنظيم احفاد الصحابة", "IMG", None)),
    ("ودعا المؤتمر الوطني العام إلى الحوار.", "دعا", ("المؤتمر الوطني العام", "LBY", "LEG")),
])
def test_bodies_and_envoys_the_lexicon_lacked(coder, text, trigger, party):
    assert party in _parties(coder(text), trigger, "actor")


def test_the_kuwaiti_interior_minister_by_his_long_name(coder):
    art = coder("وتلقى سموه اتصالاً هاتفيًا من صاحب السمو الشيخ محمد الخالد الحمد الصباح نائب رئيس مجلس الوزراء "
                "وزير الداخلية بدولة الكويت أدان فيه التفجير الإرهابي.")
    assert [p for p in _parties(art, "أدان", "actor") if p[1] == "KWT" and "الصباح" in p[0]]


def test_a_title_a_name_and_a_definite_office_of_a_body_are_one_person(coder):
    art = coder("استنكر السفير محمد صبيح الأمين العام المساعد للجامعة العربية التفجير الإرهابي الذي استهدف مسجدا.")
    assert ("السفير محمد صبيح الأمين العام المساعد للجامعة العربية", "IGO", "GOV") in _parties(art, "استنكر", "actor")
    assert "الأمين العام" not in [p[0] for p in _parties(art, "استنكر", "recipient")]


def test_a_definite_office_with_its_own_name_after_stays_the_object(coder):
    art = coder("واستقبل الرئيس محمد صبيح الأمين العام للجامعة العربية نبيل العربي.")
    assert not [p for p in _parties(art, "استقبل", "actor") if p[1] == "IGO"]


def test_a_four_word_name_between_title_and_office(coder):
    art = coder("بعث الملك سلمان بن عبدالعزيز برقية تهنئة لفخامة الرئيس توني تان كنق يام رئيس جمهورية سنغافورة.")
    assert ("الرئيس توني تان كنق يام رئيس جمهورية سنغافورة", "SGP", "GOV") in _parties(art, "تهنئة", "recipient")


@pytest.mark.parametrize("text, trigger, party", [
    ("وقال الشيخ أحمد الصافي إن الفساد خطير. وطالب الصافي القوى السياسية بتوحيد مواقفها.", "طالب", "الصافي"),
    ("وأوضح الدكتور صالح الفوزان أن الحجاب واجب. من جهة أخرى، طالب الفوزان المرأة أن تحفظ نفسها.", "طالب", "الفوزان"),
])
def test_a_family_name_told_before_is_the_subject_before_a_definite_object(coder, text, trigger, party):
    art = coder(text)
    actors = [p[0] for p in _parties(art, trigger, "actor")]
    assert party in actors and not [a for a in actors if a in ("القوى السياسية", "المرأة")]
