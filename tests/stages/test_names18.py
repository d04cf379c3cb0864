"""Round 18, names: parties without a mention, or with the wrong code (the story's country for its bodies, a
title joined to its organisation)."""

import pytest

import hadath


@pytest.fixture(scope="module")
def coder():
    return hadath.load()


def _parties(art, trigger, role):
    return [(x.text, x.code, x.sector) for e in art.events if e.trigger.text == trigger for x in getattr(e, role)]


def test_a_body_of_a_story_that_names_its_country_far_most_is_that_country_s(coder):
    text = ("تظاهر آلاف اليونانيين في أثينا ضد خطة التقشف. وقال رئيس الوزراء اليوناني أليكسيس تسيبراس إن اليونان "
            "ستفي بالتزاماتها. وقال مسؤول في بروكسل إن المفاوضات مع اليونان ستستمر. "
            "وحثت الحكومة المواطنين على الهدوء. وتجمع المتظاهرون أمام البرلمان.")
    art = coder(text)
    assert ("الحكومة", "GRC", "GOV") in _parties(art, "حثت", "actor"), _parties(art, "حثت", "actor")


def test_an_official_of_a_story_s_country_takes_no_home(coder):
    text = ("تظاهر آلاف اليونانيين في أثينا ضد خطة التقشف. وقال رئيس الوزراء اليوناني أليكسيس تسيبراس إن اليونان "
            "ستفي بالتزاماتها. وقالت اليونان إن المفاوضات ستستمر. وانتقد المسؤولون خطة التقشف.")
    found = [m.get("home") for m in coder(text).mentions if m.kind == "agent" and m.text == "المسؤولون"]
    assert found and not any(found), found


def test_a_story_of_two_countries_gives_its_bodies_neither(coder):
    text = ("قتل جنود إسرائيليون فلسطينيا في الضفة الغربية. وقالت وزارة الصحة الفلسطينية إن الشاب الفلسطيني "
            "توفي متأثرا بجروحه. وقال مسؤول إسرائيلي إن الشاب هاجم الجنود. واعتقلت الشرطة ثلاثة فلسطينيين.")
    found = [m.get("home") for m in coder(text).mentions if m.kind == "agent" and m.text == "الشرطة"]
    assert found and not any(found), found


@pytest.mark.parametrize("text, trigger, party", [
    ("التقى الأمين العام لحلف الناتو أندرس راسموسن وزير الدفاع التركي.", "التقى",
     ("الأمين العام لحلف الناتو", "IGO", "GOV")),
    ("وأدان الأمين العام لمنظمة التعاون الإسلامي الهجوم على المسجد.", "أدان",
     ("الأمين العام لمنظمة التعاون الإسلامي", "IGO", "GOV")),
    ("وأدان الأمين العام لجامعة الدول العربية الهجوم على المسجد.", "أدان",
     ("الأمين العام لجامعة الدول العربية", "IGO", "GOV")),
])
def test_a_title_with_its_adjective_before_a_body_in_lam_is_that_body_s_officer(coder, text, trigger, party):
    found = _parties(coder(text), trigger, "actor")
    assert found == [party], found


def test_a_university_s_secretary_general_is_no_arab_league_officer(coder):
    found = _parties(coder("والتقى الأمين العام لجامعة الملك سعود وفدا من الطلاب."), "التقى", "actor")
    assert not any(code == "IGO" for _, code, _ in found), found


def test_the_arab_league_s_secretary_general_alone_later_is_still_its_officer(coder):
    text = ("رحب الأمين العام لجامعة الدول العربية بإقرار مجلس النواب العراقي لوثيقة الإصلاح. ودعا الأمين العام "
            "جميع الأطراف والقيادات السياسية العراقية إلى التوافق لإنجاح عملية الإصلاح.")
    assert ("الأمين العام", "IGO", "GOV") in _parties(coder(text), "دعا", "actor")


def test_a_ministry_of_local_news_takes_no_home(coder):
    text = ("أعلنت وزارة الصحة السعودية تسجيل حالات جديدة في الرياض. وقال متحدث إن المملكة تتابع الحالات. "
            "وأضاف أن الرياض أعدت خطة. وطالبت الوزارة مديري الشؤون الصحية بتشديد الرقابة.")
    found = [m.get("home") for m in coder(text).mentions if m.kind == "agent" and m.text == "الوزارة"]
    assert found and not any(found), found
