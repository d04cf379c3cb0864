"""Small readings of fresh news: the doer of an attack noun told right after it in «من قبل» or, a force, in a bare
«من» (events._agent_after_noun: «وقتل 15 آخرون في قصف من طيران حربي»); a people's nationality beside its state's,
one phrase («قوات كردية سورية», phrases._people_of_state); the party filler gives no role a party the event's other
role holds («اتفق الجانبان», the two leaders read from before, parties._held); «اثنين» before a word in ا counts
nothing, so the word may be a dual verb («مسلحين اثنين قتلا»: mentions._TWO); a day that dates only an act being
tried that day is still the news day (anchors._tried); whom an actor is loyal to, past «الموالية» or «موالون» alone, is
no target (events._loyal_owner: «وهاجمت الميليشيات الموالية لإيران مواقع الجيش»).
Sentences from bench news (SaudiNewsNet, July and August 2015), shortened from them, and their shapes."""

from __future__ import annotations

import pytest

from hadath.records import Entity, Event, Trigger
from hadath.stages.parties import _held

_DATE = "2015-07-31"


def _events(nlp, text, event, published=_DATE):
    return [e for e in nlp(text, published=published).events if e.event == event]


@pytest.mark.parametrize("text, doer", [
    pytest.param("وقتل 15 آخرون بينهم نساء واطفال في قصف من طيران حربي على بلدة سراقب.", "طيران حربي",
                 id="bare_min_force"),
    pytest.param("وقتل 15 شخصا في غارة من الطيران الحربي على بلدة سراقب.", "الطيران الحربي", id="definite_force"),
    pytest.param("وقتل 15 شخصا في قصف من قبل الطيران الحربي على بلدة سراقب.", "الطيران الحربي",
                 id="min_qibal"),
])
def test_doer_after_attack_noun(nlp, text, doer):
    got = _events(nlp, text, "ASSAULT")
    assert got and [x.text for x in got[0].actor] == [doer], got
    assert doer not in [x.text for x in got[0].recipient], got


def test_a_direction_in_min_is_no_doer(nlp):
    got = _events(nlp, "وقتل جندي في هجوم من الشمال على الموقع.", "ASSAULT")
    assert got and not got[0].actor, got


@pytest.mark.parametrize("text, phrase", [
    pytest.param("وتتهم قوات كردية سورية الدبابات التركية بقصف قريتين في محافظة حلب.", "قوات كردية سورية",
                 id="indefinite"),
    pytest.param("وقصفت القوات الكردية السورية مواقع التنظيم.", "القوات الكردية السورية", id="definite"),
])
def test_a_peoples_forces_of_a_state_are_one_party(nlp, text, phrase):
    evs = nlp(text, published=_DATE).events
    assert evs and [(x.code, x.text) for x in evs[0].actor] == [("KUR", phrase)], evs
    assert "سورية" not in [x.text for x in evs[0].recipient], evs


def test_the_accused_after_a_peoples_forces(nlp):
    got = _events(nlp, "وتتهم قوات كردية سورية الدبابات التركية بقصف قريتين في محافظة حلب.", "ACCUSE")
    assert got and [(x.code, x.sector) for x in got[0].recipient] == [("TUR", "MIL")], got


def test_a_state_named_after_a_peoples_forces_stays_apart(nlp):
    got = _events(nlp, "وقصفت القوات الكردية سوريا.", "ASSAULT")
    assert got and [x.code for x in got[0].recipient] == ["SYR"], got


def test_filler_gives_no_role_a_party_the_other_role_holds():
    ev = Event(id="x", doc_id="t", event="AGREE", sentence=3, sentence_start=300, sentence_end=500, sentence_text="",
               trigger=Trigger(text="اتفق", start=420, end=424))
    sisi = Entity(text="الرئيس عبدالفتاح السيسي", start=10, end=33, code="EGY", sector="GOV")
    here = Entity(text="الرئيس عبدالفتاح السيسي", start=380, end=403, code="EGY", sector="GOV")
    other = Entity(text="الأمير محمد بن سلمان", start=40, end=60, code="SAU", sector="GOV")
    assert _held(here, (sisi, other), ev)  # (the leader read from the first sentence)
    assert not _held(other, (sisi,), ev)
    killer = Entity(text="سعودي", start=320, end=325, code="SAU", sector="CVL")
    victim = Entity(text="سعودي", start=360, end=365, code="SAU", sector="CVL")
    assert not _held(victim, (killer,), ev)  # (two men of one nationality in one sentence)
    assert _held(Entity(text="فلان -سعودي", start=315, end=325, code="SAU"), (killer,), ev)
    houthis = Entity(text="مليشيات الحوثي", start=330, end=344, code="YEM", sector="REB")
    again = Entity(text="مليشيات الحوثي", start=400, end=414, code="YEM", sector="REB")
    assert _held(again, (houthis,), ev)  # (one group named twice in one sentence)


def test_two_sides_agree_with_neither_of_them(nlp):
    text = ("استقبل الرئيس عبدالفتاح السيسي الأمير محمد بن سلمان في القاهرة أمس. وجرى خلال اللقاء بحث العلاقات "
            "الثنائية. وعقد الجانبان جلسة مباحثات. وبناء على توجيه خادم الحرمين الشريفين وأخيه فخامة الرئيس "
            "عبدالفتاح السيسي فقد اتفق الجانبان على وضع حزمة من الآليات التنفيذية في المجالات التالية.")
    for ev in _events(nlp, text, "AGREE"):
        held = {(x.code, x.text) for x in ev.actor}
        assert not held & {(x.code, x.text) for x in ev.recipient}, ev


def test_a_dual_verb_after_two(nlp):
    text = "ألقت الشرطة القبض على مسلحين اثنين قتلا شرطيا في المدينة."
    got = _events(nlp, text, "ASSAULT")
    assert got and got[0].trigger.text == "قتلا", got
    verbs = [m for m in nlp(text, published=_DATE).mentions if m.kind == "trigger" and m.text == "قتلا"]
    assert verbs and verbs[0].get("pos") == "verb", verbs


def test_a_count_before_an_accusative_noun_still_counts(nlp):
    mentions = nlp("وأحصت المنظمة 30 قتلا خارج القانون.", published=_DATE).mentions
    assert not any(m.kind == "trigger" and m.get("pos") == "verb" for m in mentions), mentions


def test_a_day_of_an_attempt_is_the_news_day(nlp):
    text = ("قال سكان إن مقاتلين يمنيين يحاولون استعادة الأحياء الشمالية من مدينة عدن اليوم الثلاثاء. وتبادلت "
            "جماعة الحوثي إطلاق نيران المدفعية مع القوات الموالية للحكومة في منطقة دار سعد. وتسبب قصف مدفعي "
            "للحوثيين في مقتل 43 شخصا يوم الأحد في حي دار سعد.")
    evs = nlp(text, published="2015-07-21").events
    fire = [e for e in evs if e.sentence == 1 and e.event == "ASSAULT"]
    assert fire and fire[0].date == "2015-07-21", [(e.trigger.text, e.date, e.date_source) for e in evs]


@pytest.mark.parametrize("text, event, role, party", [
    pytest.param("ندد الرئيس بإطلاق صواريخ حماس على إسرائيل.", "ACCUSE", "recipient", "حماس", id="rockets_owner"),
    pytest.param("وأسفر إطلاق قذائف داعش على الحي عن مقتل ثلاثة مدنيين.", "ASSAULT", "actor", "داعش",
                 id="shells_owner"),
])
def test_the_owner_after_a_weapon_tail_acts(nlp, text, event, role, party):
    """Only a place right after the tail word is its genitive and no party («تحرير مدينة صنعاء»); the owner of a
    weapon fired is who fires it."""
    got = _events(nlp, text, event)
    assert got and party in [x.text for x in getattr(got[0], role)], got


@pytest.mark.parametrize("text", [
    pytest.param("أصيب خمسة في الاشتباكات من قوات الأمن.", id="clash_side"),
    pytest.param("قتل جنديان في المعركة من الجيش السوري.", id="victims_own_army"),
])
def test_a_side_after_a_fight_noun_is_no_doer(nlp, text):
    got = _events(nlp, text, "ASSAULT")
    assert got and not got[0].actor, got


@pytest.mark.parametrize("text, actor, recipient", [
    pytest.param("قصفت الطائرات التركية الأكراد السوريين.", "TUR", "KUR", id="state_adjective_then_people"),
    pytest.param("اتهم الأكراد الأتراك بقصف مواقعهم.", "KUR", "TUR", id="people_then_broken_plural"),
])
def test_two_peoples_side_by_side_stay_two_parties(nlp, text, actor, recipient):
    evs = nlp(text, published=_DATE).events
    assert evs and [x.code for x in evs[0].actor] == [actor] and [x.code for x in evs[0].recipient] == [recipient], evs


@pytest.mark.parametrize("text, recipient", [
    pytest.param("وهاجمت الميليشيات الموالية لإيران مواقع الجيش.", "الجيش", id="loyal_word_alone"),
    pytest.param("وهاجم مسلحون موالون لتنظيم داعش حاجزا للجيش.", "للجيش", id="indefinite_loyal_then_owner"),
    pytest.param("وقصفت المنطقة العسكرية الثالثة الموالية للرئيس عبد ربه منصور هادي مواقع الحوثيين.", "الحوثيين",
                 id="past_an_adjective"),
])
def test_whom_the_actor_is_loyal_to_is_no_target(nlp, text, recipient):
    got = nlp(text, published=_DATE).events
    assert got and [x.text for x in got[0].recipient] == [recipient], got


@pytest.mark.parametrize("text, victims", [
    pytest.param("وقتل الجيش الجزائري في نهاية ايار/ مايو 25 شخصا قرب البويرة.", "شخصا", id="edge_and_two_series"),
    pytest.param("وقتل الجيش الجزائري في 20 ايار/مايو 25 مسلحا قرب البويرة.", "مسلحا", id="day_and_two_series"),
])
def test_a_count_past_the_month_is_the_object(nlp, text, victims):
    """«في نهاية ايار/ مايو» tells when: the count after it is the killing's object, so the army killed (not was
    killed)."""
    got = _events(nlp, text, "ASSAULT")
    assert got and [x.code for x in got[0].actor] == ["DZA"] and [x.text for x in got[0].recipient] == [victims], got


def test_a_month_closing_the_clause_leaves_the_passive(nlp):
    got = _events(nlp, "وقتل ثلاثة جنود في 20 ايار/مايو.", "ASSAULT")
    assert got and not got[0].actor and [x.text for x in got[0].recipient] == ["جنود"], got
