"""Doers told past a device or owned by a force: the subject of the light verb past the device whose blast the noun
is («بانفجار قنبلة يدوية ألقاها مسلحون مجهولون»: events._light_verb_actor), and an air force in «من قبل» owned
by the force in لـ right after it, which gives it its state and is no target («قصف جوي من قبل الطيران الحربي
لقوات النظام»: events._force_owner); the doer of a terrorist act named after its adjective, in لـ or as a light
verb's subject («الهجوم الإرهابي لتنظيم داعش», events._lam_after); a force loyal to a party of a state that is
no state itself is of that state («القوات الموالية للحوثيين», phrases._owned). Sentences from bench news
(SaudiNewsNet, August 2015), shortened from them."""

from __future__ import annotations

import pytest

_DATE = "2015-08-03"


def _events(nlp, text, event="ASSAULT"):
    return [e for e in nlp(text, published=_DATE).events if e.event == event]


@pytest.mark.parametrize("text, doer", [
    pytest.param("وأصيب رجل وزوجته بانفجار قنبلة يدوية ألقاها مسلحون مجهولون على منزلهما.", "مسلحون مجهولون",
                 id="grenade_thrown"),
    pytest.param("وقتل ثلاثة بانفجار عبوة ناسفة زرعها مسلحون على جانب الطريق.", "مسلحون", id="device_planted"),
])
def test_the_doer_past_the_device_of_a_blast(nlp, text, doer):
    got = _events(nlp, text)
    assert got and [x.text for x in got[0].actor] == [doer], got


@pytest.mark.parametrize("text", [
    pytest.param("وتبع ذلك قصف جوي من قبل الطيران الحربي لقوات النظام.", id="followed"),
    pytest.param("وتعرضت المدينة لقصف من قبل الطيران الحربي لقوات النظام.", id="undergone"),
])
def test_an_air_force_owned_by_a_force_is_of_its_state(nlp, text):
    got = _events(nlp, text)
    assert got and [(x.code, x.sector, x.text) for x in got[0].actor] == [("SYR", "MIL", "الطيران الحربي")], got
    assert "قوات النظام" not in [x.text for x in got[0].recipient], got


def test_a_doer_with_its_state_keeps_its_object_in_lam(nlp):
    got = _events(nlp, "وتم القبض عليه من قبل أجهزة الأمن السعودية لعناصر التنظيم.", "COERCE")
    assert got and [x.code for x in got[0].actor] == ["SAU"], got


def test_a_force_loyal_to_a_group_is_of_its_state(nlp):
    got = _events(nlp, "وهاجمت القوات الموالية للحوثيين مدينة تعز.")
    assert got and [(x.code, x.sector) for x in got[0].actor] == [("YEM", "MIL")], got
    assert "للحوثيين" not in [x.text for x in got[0].recipient], got


def test_a_force_loyal_to_a_state_takes_no_state(nlp):
    got = _events(nlp, "وهاجمت الميليشيات الموالية لإيران مواقع الجيش.")
    assert got and [x.code for x in got[0].actor] == [None], got


def test_the_gulf_councils_full_name_is_one_party(nlp):
    got = _events(nlp, "أدانت دول مجلس التعاون لدول الخليج العربية بشدة حادث التفجير الذي استهدف مسجدا في مدينة أبها.",
                  "ACCUSE")
    assert got and [(x.code, x.text) for x in got[0].actor] == [("IGO", "دول مجلس التعاون لدول الخليج العربية")], got
    assert not got[0].recipient, got


def test_the_doer_in_lam_past_the_weapon(nlp):
    got = _events(nlp, "وجاء ذلك بينما فشل هجوم ثانٍ بالقنابل الحارقة لمستوطنين على منزل آخر في منطقة قريبة أمس.")
    assert got and [(x.code, x.text) for x in got[0].actor] == [("ISR", "مستوطنين")], got


@pytest.mark.parametrize("text", [
    pytest.param("ارتفعت حصيلة قتلى القذائف التي سقطت على احياء في دمشق الى 11 قتيلا بينهم ثلاثة اطفال فيما اصيب 46 "
                 "اخرون بجروح، وفق ما اوردت وكالة الانباء السورية السبت.", id="wafq_ma"),
    pytest.param("وقتل خمسة أشخاص وأصيب عشرة آخرون بجروح، حسبما ذكرت وكالة الأنباء السورية.", id="hasabama"),
])
def test_the_source_a_toll_is_told_by_is_no_victim(nlp, text):
    got = _events(nlp, text)
    assert got and all("وكالة" not in x.text for e in got for x in e.actor + e.recipient), got


def test_an_act_joined_by_wa_to_a_threat_is_no_threatened_act(nlp):
    text = "وتوزعت الانتهاكات بين حالات اختطاف واعتداء واعتقال وإصابات وتهديد واقتحام ونهب مؤسسات إعلامية."
    got = [e for e in _events(nlp, text, "COERCE") if e.trigger.text == "اقتحام"]
    assert got and not got[0].future, got


def test_militias_loyal_to_a_foreign_force_take_no_state(nlp):
    got = _events(nlp, "هاجمت ميليشيات موالية للحرس الثوري الإيراني مخيم ليبرتي في بغداد.")
    assert got and [x.code for x in got[0].actor] == [None], got


def test_a_doer_of_another_sector_keeps_its_object_in_lam(nlp):
    got = _events(nlp, "وجرى توجيه انتقادات حادة من قبل الناشطين للشرطة المصرية.", "ACCUSE")
    assert got and [(x.code, x.sector) for x in got[0].recipient] == [("EGY", "COP")], got


def test_a_hold_told_as_a_state_is_no_seizure(nlp):
    got = _events(nlp, "تزداد أزمة النازحين في ظل تنظيم داعش الذي يفرض سيطرته على المدينة.", "COERCE")
    assert not got, got


def test_the_doer_in_lam_past_a_car_bomb(nlp):
    got = _events(nlp, "وقتل ثلاثة في هجوم بسيارة مفخخة لتنظيم داعش على حاجز للجيش.")
    assert got and [x.code for x in got[0].actor] == ["IMG"], got


def test_the_source_past_a_verb_with_bihi(nlp):
    got = _events(nlp, "وأصيب جنديان بجروح، حسبما أفادت به وكالة الأنباء السورية.")
    assert got and all("وكالة" not in x.text for x in got[0].actor + got[0].recipient), got


@pytest.mark.parametrize("text", [
    pytest.param("وأدان الوزير الهجوم الإرهابي لتنظيم داعش على المسجد.", id="in_lam"),
    pytest.param("وأدان الوزير الهجوم الإرهابي الذي نفذه تنظيم داعش على المسجد أمس.", id="light_verb"),
])
def test_the_doer_named_after_a_terrorist_act_acts(coder, text):
    got = _events(coder, text)
    assert got and [x.code for x in got[0].actor] == ["IMG"], got


def test_a_terrorist_act_with_no_doer_named_keeps_its_kind(coder):
    got = _events(coder, "وأدان الوزير الهجوم الإرهابي على المسجد.")
    assert got and [x.sector for x in got[0].actor] == ["UAF"], got
