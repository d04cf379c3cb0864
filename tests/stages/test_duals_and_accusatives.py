"""Agreement and case in fresh news: a dual verb after its dual subject («وكان المسلحان قتلا شرطيا»:
mentions._dual_verb/_dual_subject/_clause_opens, read by events._plural_verb); a role noun in the indefinite accusative
right after the verb is its object, never its subject (events._accusative_noun: «انفجار قوي استهدف فندقا»); the count
past an indefinite subject's adjective clause is the object (events._past_subject_clause); an event noun within the
phrase of «despite» takes no party from the clause before it, unless that party is a topic whose verb follows
(events._topic_before); «على الرغم من» bounds a denial as «رغم» does; أوقف with people taken, its object near it, is an arrest (triggers.tsv, function_words
near_tail); aircraft named right after the light verb of the relative clause of strikes are their doers
(mentions._beside_attack: «الغارات التي شنها الطيران التركي»).
Sentences from bench news (SaudiNewsNet, July 2015), shortened from them, and their shapes."""

from __future__ import annotations

import pytest

_DATE = "2015-07-26"


def _events(nlp, text, event, published=_DATE):
    return [e for e in nlp(text, published=published).events if e.event == event]


def _parties(xs):
    return [(x.code, x.sector, x.text) for x in xs]


@pytest.mark.parametrize("text, actor, recipient", [
    pytest.param("وكان المسلحان قتلا شرطيا في المدينة.", "المسلحان", "شرطيا", id="role_dual"),
    pytest.param("إن مسلحين اثنين قتلا شرطيا أمس.", "مسلحين", "شرطيا", id="two"),
    pytest.param("وقال إن الشابين اختطفا جنديا.", "الشابين", "جنديا", id="oblique_dual"),
])
def test_a_dual_verb_after_its_dual_subject_is_active(nlp, text, actor, recipient):
    got = _events(nlp, text, "ASSAULT")
    assert got and [x.text for x in got[0].actor] == [actor], got
    assert [x.text for x in got[0].recipient] == [recipient], got


def test_the_object_after_a_dual_verb_is_no_subject(nlp):
    got = _events(nlp, "وكان الشقيقان هاجما دورية للشرطة.", "ASSAULT")
    assert got and not got[0].actor, got
    assert [x.sector for x in got[0].recipient] == ["COP"], got


@pytest.mark.parametrize("text", [
    pytest.param("وشن الطيران قصفا على مواقع الحوثيين.", id="singular_body"),
    pytest.param("وأكد الطرفان دعما كاملا للحكومة.", id="subject_of_the_verb_before"),
])
def test_no_dual_verb_where_the_word_before_is_no_dual_subject(nlp, text):
    doc = nlp(text, published=_DATE)
    assert not any(m.get("number") for m in doc.mentions if m.kind == "trigger"), doc.mentions


def test_an_adjective_in_the_accusative_stays_after_a_noun(nlp):
    got = _events(nlp, "وقدمت الولايات المتحدة دعما سياسيا للحكومة.", "AID")
    assert got and [x.code for x in got[0].actor] == ["USA"], got
    assert "سياسيا" not in [x.text for x in got[0].actor + got[0].recipient], got


def test_an_accusative_noun_after_the_verb_is_its_object(nlp):
    text = "قتل ستة اشخاص على الاقل في انفجار قوي استهدف فندقا في العاصمة الصومالية مقديشو اليوم."
    got = _events(nlp, text, "ASSAULT")
    assert got and all("فندقا" not in [x.text for x in e.actor] for e in got), got
    assert any("فندقا" in [x.text for x in e.recipient] for e in got), got


def test_a_nominative_subject_after_the_verb_stays(nlp):
    got = _events(nlp, "هاجم مسلحون الجيش في بغداد.", "ASSAULT")
    assert got and [x.text for x in got[0].actor] == ["مسلحون"], got
    assert [x.code for x in got[0].recipient] == ["IRQ"], got


@pytest.mark.parametrize("text", [
    pytest.param("بعد أن قتل انتحاري يشتبه في أنه ينتمي لتنظيم داعش 32 شخصا في بلدة سروج.", id="clause"),
    pytest.param("قتل انتحاري يشتبه في انتمائه لتنظيم داعش 32 شخصا في بلدة سروج.", id="noun"),
])
def test_the_count_past_the_subjects_clause_is_the_object(nlp, text):
    got = _events(nlp, text, "ASSAULT")
    # (the side named in the clause of suspicion is the bomber's: «انتحاري يشتبه في أنه ينتمي لتنظيم داعش», IMG)
    assert got and [x.text.split()[0] for x in got[0].actor] == ["انتحاري"], got
    assert [x.text for x in got[0].recipient] == ["شخصا"], got


def test_ala_al_raghm_stops_a_denial(nlp):
    got = _events(nlp, "وتنفي إيران أي تدخل في البحرين على الرغم من إقرارها بدعم المعارضة.", "AID")
    assert got and not got[0].negated, got


@pytest.mark.parametrize("text, actor, recipient", [
    pytest.param("وكانت الحكومة التركية اعلنت ان الشرطة اوقفت 251 شخصاً في حصيلة اولية.", (None, "COP", "الشرطة"),
                 (None, None, "شخصاً"), id="persons"),
    pytest.param("وأوقفت الشرطة الفرنسية ثلاثة مشتبه بهم.", ("FRA", "COP", "الشرطة الفرنسية"),
                 (None, "CRM", "مشتبه بهم"), id="suspects"),
])
def test_awqafa_with_people_taken_is_an_arrest(nlp, text, actor, recipient):
    got = [e for e in _events(nlp, text, "COERCE") if e.mode == "arrest"]
    assert got and _parties(got[0].actor) == [actor], got
    assert _parties(got[0].recipient) == [recipient], got


@pytest.mark.parametrize("text", [
    pytest.param("وأوقف شخص سيارته أمام المبنى.", id="car"),
    pytest.param("وأوقفت الحكومة برنامج المساعدات.", id="programme"),
])
def test_awqafa_without_people_is_no_arrest(nlp, text):
    assert not _events(nlp, text, "COERCE"), nlp(text, published=_DATE).events


def test_aircraft_after_the_light_verb_of_the_strikes_clause(nlp):
    got = _events(nlp, "وأسفرت الغارات الأولى التي شنها الطيران السعودي على صعدة عن مقتل 10 أشخاص.", "ASSAULT")
    assert got and _parties(got[0].actor) == [("SAU", "MIL", "الطيران السعودي")], got


@pytest.mark.parametrize("text", [
    pytest.param("وأوقف قاض بيعه مؤقتًا لشخص آخر.", id="in_lam"),
    pytest.param("وأوقفت الشركة رحلاتها إلى صنعاء بعد مقتل شخص.", id="far"),
])
def test_awqafa_with_a_person_no_object_is_no_arrest(nlp, text):
    assert not _events(nlp, text, "COERCE"), nlp(text, published=_DATE).events


def test_awqafa_past_a_long_subject_and_a_count(nlp):
    got = _events(nlp, "وأوقفت قوات الأمن التركية 54 شخصًا في عمليات أمنية.", "COERCE")
    assert got and [x.code for x in got[0].actor] == ["TUR"], got


@pytest.mark.parametrize("text, trigger", [
    pytest.param("وزار البشير عدة بلدان عربية وافريقية رغما عن مذكرتي الاعتقال.", "الاعتقال", id="raghman"),
    pytest.param("وزار البشير جنوب افريقيا رغم مذكرة اعتقال صادرة بحقه من المحكمة الجنائية الدولية.",
                 "مذكرة اعتقال", id="raghma"),
])
def test_an_event_noun_past_despite_takes_no_party_before_it(nlp, text, trigger):
    evs = [e for e in nlp(text, published=_DATE).events if e.trigger.text == trigger]
    assert evs and not evs[0].actor, evs


def test_a_topic_before_despite_does_what_it_concedes(nlp):
    text = "وقال إن إيران على الرغم من التوقيع على الاتفاق النووي ستبقى معزولة."
    evs = [e for e in nlp(text, published=_DATE).events if e.trigger.text == "التوقيع"]
    assert evs and [x.code for x in evs[0].actor] == ["IRN"], evs


@pytest.mark.parametrize("text, actor", [
    pytest.param("وقالت المنسقية إن قوات الأمن أوقفت، منذ أمس الجمعة، 320 شخصاً في حملة.", (None, "COP"),
                 id="past_a_time_aside"),
    pytest.param("أوقفت الشرطة الإيطالية في باليرمو، خمسة أشخاص بتهمة الانتماء لتنظيم.", ("ITA", "COP"),
                 id="past_a_place"),
    pytest.param("أوقفت الشرطة الفرنسية في مدينة ليون أربعة أشخاص.", ("FRA", "COP"), id="past_a_town"),
])
def test_awqafa_past_times_and_places(nlp, text, actor):
    got = _events(nlp, text, "COERCE")
    assert got and [(x.code, x.sector) for x in got[0].actor] == [actor], got


def test_awqafa_with_no_count_before_a_person_is_no_arrest(nlp):
    assert not _events(nlp, "وأوقف الجيش إطلاق النار بعد إصابة شخص.", "COERCE")
