"""Towns taken back, told by a verbal noun or a verb: the verbal nouns of recapture (استعادة، استرجاع، استرداد:
triggers.tsv, not «استعادة السيطرة», which the control noun reads); a definite word before an indefinite verbal
noun governs no sense the trigger's not_after names («أعلن الجيش تحرير مدينة تدمر» is no «جيش تحرير»,
mentions._definite_before_noun); the name after a seized place's own word is that word's genitive, no party that
takes it («تحرير مدينة صنعاء», events._tail_genitive); a seized town is no party when the side it was taken from is
named in من («استعاد الجيش مدينة الرمادي من تنظيم داعش», events._territory_losers); and «في محاولة لـ» makes the
act an aim («في محاولة لاستعادة موقع»), while «في محاولة اغتيال» stays the attempt made; so does the purpose لـ on a
seizure's verbal noun («عمليات لاسترداد المدينة», modality._taking_for).
Sentences from bench news (SaudiNewsNet, July and August 2015), shortened from them, and their shapes."""

from __future__ import annotations

import pytest

_DATE = "2015-08-06"


def _seizures(nlp, text):
    return [e for e in nlp(text, published=_DATE).events if e.event == "COERCE" and e.mode == "seize"]


def _parties(es):
    return [(x.code, x.sector, x.text) for x in es]


@pytest.mark.parametrize("text, actor, recipient", [
    pytest.param("وأعلن الجيش العراقي استعادة مدينة الرمادي من تنظيم داعش.", "الجيش العراقي", "تنظيم داعش",
                 id="recapture_noun"),
    pytest.param("وأعلنت القوات استرجاع مدينة الرمادي.", "القوات", None, id="winning_back"),
    pytest.param("وكانت الحكومة اليمنية قد تعهدت عقب استعادة القاعدة من المتمردين، بتوسيع نطاق العمليات.",
                 None, "المتمردين", id="base_retaken_from"),
    pytest.param("وأعلن الجيش اليمني تحرير مدينة صنعاء من الحوثيين.", "الجيش اليمني", "الحوثيين",
                 id="capital_after_city_word"),
    pytest.param("وأعلن الجيش تحرير مدينة تدمر السورية.", "الجيش", None, id="definite_subject_before_noun"),
    pytest.param("استعاد الجيش العراقي مدينة الرمادي من تنظيم داعش.", "الجيش العراقي", "تنظيم داعش",
                 id="verb_town_then_loser"),
    pytest.param("حررت القوات العراقية مدينة تكريت من قبضة داعش.", "القوات العراقية", "داعش", id="out_of_grip"),
    pytest.param("واستعادت القوات العراقية تكريت من تنظيم داعش.", "القوات العراقية", "تنظيم داعش",
                 id="bare_town_then_loser"),
])
def test_town_retaken(nlp, text, actor, recipient):
    got = _seizures(nlp, text)
    assert len(got) == 1, got
    assert [t for _, _, t in _parties(got[0].actor)] == ([actor] if actor else []), got
    assert [t for _, _, t in _parties(got[0].recipient)] == ([recipient] if recipient else []), got
    assert not got[0].future and not got[0].negated, got


def test_town_named_after_city_word_is_no_actor(nlp):
    got = _seizures(nlp, "وأعلن الجيش اليمني تحرير مدينة صنعاء.")
    assert got and all("صنعاء" not in [t for _, _, t in _parties(e.actor)] for e in got), got


def test_town_seized_without_loser_stays_recipient(nlp):
    got = _seizures(nlp, "سيطر تنظيم داعش على مدينة الرمادي.")
    assert [t for _, _, t in _parties(got[0].recipient)] == ["الرمادي"], got


def test_control_retaken_keeps_the_control_trigger(nlp):
    got = _seizures(nlp, "كما تمكن الثوار من استعادة السيطرة على تلة عثمان.")
    assert [e.trigger.text for e in got] == ["السيطرة على تلة"], got


@pytest.mark.parametrize("text", [
    pytest.param("وتهدف الخطة إلى استعادة ثقة المستثمرين في السوق.", id="trust"),
    pytest.param("وبعد استعادتها من داعش عاد السكان.", id="pronoun_after_after"),
    pytest.param("وقال قائد جيش تحرير السودان إن الوضع هادئ.", id="liberation_army"),
])
def test_no_town_retaken(nlp, text):
    assert _seizures(nlp, text) == []


@pytest.mark.parametrize("text", [
    pytest.param("وتناول الحديث القضايا التي تهم المسلمين.", id="relative_pronoun"),
    pytest.param("وعاد التعامل مع حكومة طرابلس التي تهمين على غرب ليبيا.", id="misspelt_verb"),
])
def test_relative_pronoun_before_noun_keeps_not_after(nlp, text):
    """«التي» has the article's letters but is no noun: the not_after column still reads it («التي تهم»)."""
    assert [e for e in nlp(text, published=_DATE).events if e.event == "ACCUSE"] == []


def test_tail_owner_stays_recipient_of_disarming(nlp):
    evs = nlp("لهذا فالضمان الأقوى هو نزع سلاح الحوثيين.", published=_DATE).events
    got = [e for e in evs if e.event == "RETREAT"]
    assert got and [x.code for x in got[0].recipient] == ["YEM"], got


def test_demonym_after_adjective_tail_stays_actor(nlp):
    evs = nlp("أن ضربة جوية أميركية في شمال العراق أدت الى مقتل ثمانية من مقاتلي البيشمركة الأكراد.",
              published=_DATE).events
    got = [e for e in evs if e.event == "ASSAULT"]
    assert got and [x.code for x in got[0].actor] == ["USA"], got


def test_attempt_to_retake_is_intended(nlp):
    got = _seizures(nlp, "شوهدت مدرعات للحوثيين تتجه نحو مشرعة في محاولة لاستعادة موقع الكشار الاستراتيجي.")
    assert got and all(e.future for e in got), got


def test_assassination_attempt_is_no_aim(nlp):
    text = ("وصرح مسؤولون بان جنودا متمردين اطلقوا النار على رئيس تيمور الشرقية خوسيه راموس هورتا في منزله امس "
            "في محاولة اغتيال.")
    evs = [e for e in nlp(text, published=_DATE).events if e.event == "ASSAULT"]
    assert evs and not any(e.future for e in evs), evs


@pytest.mark.parametrize("text", [
    pytest.param("وبدأت الحكومة عمليات لاسترداد المدينة من تنظيم داعش.", id="operations_for"),
    pytest.param("وتستميت ميليشيات الحوثي وصالح في محاولة لاستعادة سيطرتها على مدينة عدن.", id="control_to_take_back"),
    pytest.param("ومن المتوقع ان تتجه القوات الموالية للرئيس هادي الآن للسيطرة على محافظة أبين.",
                 id="control_noun_for"),
    pytest.param("وتواصل القوات تقدمها نحو تحرير مدينة الموصل.", id="towards"),
])
def test_a_town_to_take_is_to_come(nlp, text):
    got = _seizures(nlp, text)
    assert got and all(e.future for e in got), got


def test_control_taken_back_is_done(nlp):
    got = _seizures(nlp, "وتمكنت القوات من استعادة سيطرتها على مدينة عدن.")
    assert got and not any(e.future for e in got), got


@pytest.mark.parametrize("text", [
    pytest.param("تعرضت بلدة سراقب لمداهمة من قوات الأمن فجر اليوم.", id="raid_undergone"),
    pytest.param("وتعرض المسجد الأقصى أمس لاقتحام جديد من المستوطنين.", id="storming_undergone_past_a_word"),
    pytest.param("تظاهر المئات استنكارا لاقتحام المستوطنين باحات المسجد الأقصى.", id="protested_storming"),
    pytest.param("أعربت الوزارة عن إدانتها لاقتحام المستوطنين المسجد الأقصى.", id="condemned_storming"),
    pytest.param("نظرا لسيطرة الحوثيين على المدينة توقفت الرحلات.", id="because_of_control"),
    pytest.param("هنأ الرئيس الجيش لاستعادته مدينة تكريت.", id="congratulated_for"),
])
def test_a_lam_of_what_befell_or_why_is_no_aim(nlp, text):
    evs = [e for e in nlp(text, published=_DATE).events if e.event == "COERCE"]
    assert evs and not any(e.future for e in evs), evs


@pytest.mark.parametrize("text", [
    pytest.param("أعلن المسؤول استعادة الأمن في مدينة الرمادي.", id="security_restored"),
    pytest.param("وأعلنت البلدية استعادة الخدمات في حي السلامة.", id="services_restored"),
    pytest.param("أعلنت الجامعة استرجاع قاعدة البيانات.", id="database"),
    pytest.param("أعلن النادي استعادة مقر النادي من البلدية.", id="clubhouse"),
    pytest.param("أكد أن الهدف تحرير مدينة الموصل من داعش.", id="the_aim_is"),
])
def test_no_town_taken_back_in_other_senses(nlp, text):
    assert _seizures(nlp, text) == []


@pytest.mark.parametrize("text, kind", [
    pytest.param("نجا محافظ عدن في محاولة لاغتياله بسيارة مفخخة.", "ASSAULT", id="assassination_attempt_in_lam"),
    pytest.param("أطلقت الشرطة الغاز المسيل للدموع في محاولة لتفريق المتظاهرين.", "COERCE", id="dispersal_tried"),
])
def test_an_attempted_attack_or_coercion_is_made(nlp, text, kind):
    evs = [e for e in nlp(text, published=_DATE).events if e.event == kind]
    assert evs and not any(e.future for e in evs), evs


def test_a_target_named_after_a_shelling_is_no_mobilisation(nlp):
    evs = nlp("استهدف القصف تعزيزات عسكرية للحوثيين.", published=_DATE).events
    assert not [e for e in evs if e.event == "MOBILIZE"], evs


@pytest.mark.parametrize("text, town", [
    pytest.param("استعاد الجيش مدينة الرمادي وسط غطاء جوي من طيران التحالف.", "الرمادي", id="air_cover"),
    pytest.param("استعادت القوات العراقية مدينة تكريت بمشاركة مقاتلين من الحشد الشعبي.", "تكريت", id="allies"),
    pytest.param("استعاد الجيش مدينة الرمادي من السكان.", "الرمادي", id="its_people"),
])
def test_an_ally_or_the_people_in_min_is_no_loser(nlp, text, town):
    got = _seizures(nlp, text)
    assert got and [x.text for x in got[0].recipient] == [town], got


@pytest.mark.parametrize("text", [
    pytest.param("وبدأت القوات العراقية معركة استعادة مدينة الرمادي من تنظيم داعش.", id="battle_for"),
    pytest.param("وأعلن الجيش انطلاق عملية تحرير مدينة الموصل.", id="operation_for"),
    pytest.param("وستتجه المقاومة الشعبية الى تحرير مدينة ابين.", id="heading_to"),
])
def test_a_town_a_battle_is_fought_for_is_not_yet_taken(nlp, text):
    got = [e for e in nlp(text, published="2015-07-26").events if e.event == "COERCE"]
    assert got and got[0].future, got


def test_a_town_taken_is_still_done(nlp):
    got = [e for e in nlp("وأعلن الجيش تحرير مدينة تدمر.", published="2015-07-26").events if e.event == "COERCE"]
    assert got and not got[0].future, got


@pytest.mark.parametrize("text, trigger", [
    pytest.param("وشاركوا في عملية تحرير المحافظة من قبضة الحوثيين.", "تحرير المحافظة", id="took_part"),
    pytest.param("شنت قوات الأمن التونسي حملة مداهمات سكنية في مدن متفرقة.", "مداهمات", id="campaign_of_raids"),
])
def test_a_campaign_told_without_its_start_is_done(nlp, text, trigger):
    got = [e for e in nlp(text, published="2015-07-26").events if e.trigger.text == trigger]
    assert got and not got[0].future, got


@pytest.mark.parametrize("text", [
    pytest.param("ونفذت القوات العراقية عملية تحرير مدينة تكريت بنجاح الشهر الماضي.", id="carried_out"),
])
def test_a_campaign_told_as_past_took_its_town(nlp, text):
    got = [e for e in nlp(text, published="2015-07-26").events if e.event == "COERCE"]
    assert got and not got[0].future, got


def test_heading_to_a_raid_is_no_town_to_take(nlp):
    got = [e for e in nlp("وتوجه المستوطنون إلى اقتحام المسجد الأقصى.", published="2015-07-26").events
           if e.event == "COERCE"]
    assert got and not got[0].future, got


@pytest.mark.parametrize("text", [
    pytest.param("ونزح آلاف السكان منذ بدء معركة استعادة مدينة الرمادي.", id="since_the_start"),
    pytest.param("وحققت القوات الأمنية تقدما في تنفيذ عملية تحرير محافظة الأنبار.", id="carrying_out"),
])
def test_a_campaign_going_on_has_not_yet_taken_its_town(nlp, text):
    got = [e for e in nlp(text, published="2015-07-26").events if e.event == "COERCE"]
    assert got and all(e.future for e in got), got
