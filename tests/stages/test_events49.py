"""Roles and senses (round 49): a warning whose subject is a title with its holder's name set beside it warns no one
(no threat); a call noun after خلال whose clause opens with two joined subjects has them for its parties."""

import pytest


def _events(nlp, text, published="2015-07-24"):
    """(event, mode, trigger, actor codes, recipient codes) of every event of `text`."""
    return [(e.event, e.mode, e.trigger.text, [a.code for a in e.actor], [r.code for r in e.recipient])
            for e in nlp(text, published=published).events]


@pytest.mark.parametrize("text", [
    "حذَّر نائب الأمين العام للأمم المتحدة للشؤون الإنسانية ستيفن أوبراين أمس الخميس من النتائج «المروعة» للحرب "
    "في جنوب السودان.",
    "وحذر وزير الخارجية الأمريكي جون كيري من مخاطر انهيار الاتفاق.",
])
def test_a_name_beside_the_title_of_a_warning_is_no_one_warned(nlp, text):
    assert "THREATEN" not in [e[0] for e in _events(nlp, text)]


@pytest.mark.parametrize("text", [
    "وحذر أوباما نتنياهو من عواقب ضرب إيران.",
    "وحذر الرئيس الأمريكي باراك أوباما نتنياهو من عواقب الهجوم.",
])
def test_a_name_past_a_subject_that_names_its_person_is_warned(nlp, text):
    threats = [e for e in _events(nlp, text) if e[0] == "THREATEN"]
    assert threats and threats[0][3] == ["USA"] and threats[0][4] == ["ISR"]


@pytest.mark.parametrize("text", [
    "بحث الرئيس الأمريكي باراك أوباما ونظيره التركي رجب طيب أردوغان، خلال اتصال هاتفي الأربعاء، الحرب في سوريا "
    "والعراق.",
    "بحث الرئيس الأمريكي باراك أوباما ونظيره التركي رجب طيب أردوغان خلال اتصال هاتفي الأربعاء الحرب في سوريا.",
])
def test_a_call_after_khilal_takes_the_joined_subjects(nlp, text):
    calls = [e for e in _events(nlp, text) if e[0] == "CONSULT" and e[1] == "phone"]
    assert calls and calls[0][3] == ["USA"] and calls[0][4] == ["TUR"]


def test_a_call_with_a_conjoined_subject_keeps_one_party_each_side(nlp):
    calls = [e for e in _events(nlp, "وبحث خادم الحرمين الشريفين والرئيس الفرنسي خلال اتصال هاتفي أمس العلاقات "
                                     "الثنائية.") if e[0] == "CONSULT"]
    assert calls and calls[0][3] == ["SAU"] and calls[0][4] == ["FRA"]


@pytest.mark.parametrize("text", [
    "استقبل صاحب السمو الملكي الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة عسير، في مقر ضيافة الإمارة بحي السد بأبها "
    "أمس، مدير الأمن العام الفريق عثمان بن ناصر المحرج، والوفد المرافق له.",
    "استقبل صاحب السمو الملكي الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة عسير في مقر ضيافة الإمارة بحي السد بأبها "
    "أمس ، معالي مدير الأمن العام الفريق عثمان بن ناصر المحرج، والوفد المرافق له.",
])
def test_the_guest_past_a_comma_a_place_and_a_form_of_address(nlp, text):
    visits = [e for e in nlp(text, published="2015-08-08").events if e.event == "CONSULT"]
    assert visits and [a.code for a in visits[0].actor] == ["SAU"]
    assert [(r.code, r.sector) for r in visits[0].recipient] == [("SAU", "COP")]


def test_the_guest_past_the_genitive_of_a_place_noun_in_bi(nlp):
    visits = [e for e in nlp("استقبل معالي وزير الخارجية الأستاذ عادل بن أحمد الجبير، أمس بمقر سفارة خادم الحرمين "
                             "الشريفين في روما، المستشار الدبلوماسي لرئيس الوزراء الإيطالي.",
                             published="2015-08-08").events if e.event == "CONSULT"]
    assert visits and visits[0].recipient and all(r.code != "SAU" for r in visits[0].recipient)
