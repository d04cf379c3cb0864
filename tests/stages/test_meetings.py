"""Who met whom in Gulf-style reception news: long subjects with their titles, then places and times, then the
object of استقبل/التقى (must / must not)."""

import pytest


def meeting(nlp, text):
    evs = [e for e in nlp(text, published="2015-08-02").events if e.event == "CONSULT"]
    assert evs, [e.event for e in nlp(text).events]
    return evs[0]


@pytest.mark.parametrize("text, actor, recipient", [
    ("استقبل الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة بدولة الإمارات في "
     "أبوظبي، مساء أمس السبت، وزير الخارجية السعودي عادل بن أحمد الجبير.", "ARE", "SAU"),
    ("استقبل صاحب السمو الملكي الأمير فيصل بن بندر أمير منطقة الرياض في مكتبه أمس السفير الأمريكي لدى المملكة.",
     "SAU", "USA"),
    ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في قصر السلام بجدة اليوم وزير الخارجية "
     "الأمريكي جون كيري.", "SAU", "USA"),
    ("التقى الرئيس عبد ربه منصور هادي رئيس الجمهورية سفير بريطانيا.", "YEM", "GBR"),
])
def test_the_object_comes_after_the_subjects_titles_places_and_times(coder, text, actor, recipient):
    ev = meeting(coder, text)
    assert [a.code for a in ev.actor] == [actor]
    assert [r.code for r in ev.recipient] == [recipient]


def test_the_subjects_own_title_is_not_the_one_received(coder):
    ev = meeting(coder, "التقى صاحب السمو الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي في أبوظبي اليوم نائب الرئيس "
                        "اليمني خالد محفوظ بحاح.")
    assert "ولي عهد" in ev.actor[0].text
    assert all("ولي عهد" not in r.text for r in ev.recipient)


def test_a_bracketed_apposition_is_no_object(coder):
    ev = meeting(coder, "وتلتقي مجموعة اسيان (رابطة دول جنوب شرق آسيا) هذه السنة في كوالالمبور.")
    assert not ev.recipient


def test_the_subject_of_a_verb_of_witnessing_is_where_not_who(coder):
    evs = [e for e in coder("وشهدت تركيا هجوما انتحاريا استهدف مركزا للشرطة.", published="2015-08-02").events
           if e.event == "ASSAULT"]
    assert evs and all(a.code != "TUR" for e in evs for a in e.actor)
    protest = [e for e in coder("تشهد سوريا احتجاجات واسعة ضد النظام.", published="2015-08-02").events
               if e.event == "PROTEST"]
    assert protest and protest[0].actor[0].code == "SYR"  # a protest's country stays its people


@pytest.mark.parametrize("text, actor, recipient", [
    ("من جهته، قال كيري إن هناك قلقا من قضايا حقوق الإنسان في مصر، ولكننا ندعم مصر في حربها ضد الإرهاب.",
     ["USA"], ["EGY"]),  # «we» is the speaker
    ("وعلى هذا الأساس ندعم جهود المبعوث الدولي ستيفان دي ميستورا في سورية.", [], ["IGO"]),  # no speaker named
])
def test_a_first_person_verbs_subject_is_the_speaker(coder, text, actor, recipient):
    ev = [e for e in coder(text, published="2015-08-03").events if e.event == "SUPPORT"][0]
    assert [a.code for a in ev.actor] == actor
    assert [r.code for r in ev.recipient] == recipient
