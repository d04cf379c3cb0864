"""Who did it when the sentence says who is responsible, who put a protest down, and what a clause of its own keeps:
«X المسؤول عن تفجير …» names the bomber, and «المسؤول، المسؤولة» there is no official
(events._no_responsible_officials, _responsible_adjective_of; cues responsibility); a protest noun right after a verb
of putting down, or after its subject, has no protester in that subject («فرقت قوات الأمن المظاهرة»:
events._suppressed, function_words suppress); bombs seized, impounded or held are no attack («وضبطت الشرطة أسلحة
وقنابل يدوية»: topic_words defuse); a verb right after a relative pronoun with a family member with «his / her» after
it is active, the antecedent did it («الرجل الذي قتل زوجته»: events._kin_object_after_relative); a phrase past أن or
a word of cause is no object of the verb before it («وقتل أكثر من مائتي مدني قبل أن يتمكن المقاتلون الأكراد»), though
«عقب ذلك» is only a time («وزار الأمير … عقب ذلك وحدات المدفعية»); «المرأة» is no participle after a body
(phrases.feminine_noun). Sentences from bench news (SaudiNewsNet, July–August 2015), shortened from them."""

from __future__ import annotations

import pytest

_DATE = "2015-08-06"


def _events(nlp, text, event="ASSAULT"):
    return [e for e in nlp(text, published=_DATE).events if e.event == event]


def _parties(xs):
    return [(x.code, x.sector, x.text) for x in xs]


def test_the_body_responsible_for_a_bombing_did_it(nlp):
    got = _events(nlp, "وقالت الشرطة إن تنظيم داعش المسؤول عن تفجير المسجد قتل 20 شخصا.")
    assert got and [x.code for x in got[0].actor] == ["IMG"], got


def test_responsible_is_no_official(nlp):
    doc = nlp("وأعلنت الشرطة القبض على أم سياف المسؤولة عن اختطاف آلاف الفتيات.", published=_DATE)
    assert doc.events, doc.events
    assert not any(x.sector == "GOV" for e in doc.events for x in e.actor + e.recipient), doc.events


def test_a_claim_of_responsibility_keeps_its_claimant_past_a_day(nlp):
    got = _events(nlp, "وأعلنت حركة طالبان أمس المسؤولية عن الهجوم على القاعدة.")
    assert got and [x.text for x in got[0].actor] == ["حركة طالبان"], got


@pytest.mark.parametrize("text", [
    pytest.param("وفرقت قوات الأمن المظاهرة بالقوة.", id="dispersed"),
    pytest.param("وقمعت الشرطة المظاهرة بالغاز المسيل للدموع.", id="put_down"),
    pytest.param("وأضاف في بيان أن قوات الأمن التي انتشرت بأعداد كبيرة فرقت المظاهرة بالقوة.", id="past_relative"),
])
def test_who_puts_a_protest_down_did_not_protest(nlp, text):
    coded = nlp.before("reports")(text, published=_DATE)  # (as the coder tells it, before the report filter)
    protests = [e for e in coded.events if e.event == "PROTEST"]
    assert protests and not any(x.sector in ("COP", "MIL") for e in protests for x in e.actor), protests


def test_the_marchers_before_another_clause_keep_their_protest(nlp):
    coded = nlp.before("reports")("وقام عدد من المواطنين بتنظيم مظاهرة مضادة، وقامت قوات الأمن بتفريق التظاهرة.",
                                  published=_DATE)
    assert [x.text for e in coded.events if e.event == "PROTEST" for x in e.actor] == ["المواطنين"], coded.events


@pytest.mark.parametrize("text", [
    pytest.param("وضبطت الشرطة أسلحة وقنابل يدوية في المنزل.", id="seized"),
    pytest.param("وتم ضبط 5 قنابل يدوية و3 رشاشات في المخبأ.", id="seized_passive"),
    pytest.param("وقد تم حجز سلاح نوع كلاشينكوف و3 مخازن وقنابل يدوية ومناظير ليلية.", id="impounded"),
])
def test_bombs_seized_are_no_attack(nlp, text):
    assert not _events(nlp, text)


def test_bombs_thrown_stay_an_attack(nlp):
    got = _events(nlp, "وألقى مسلحون قنابل يدوية على مركز للشرطة.")
    assert got and _parties(got[0].actor) == [(None, "UAF", "مسلحون")], got


@pytest.mark.parametrize("text, killer", [
    pytest.param("واعتقلت الشرطة الرجل الذي قتل زوجته في القاهرة.", "الرجل", id="his_wife"),
    pytest.param("واعتقلت الشرطة المرأة التي قتلت زوجها بالسكين.", "المرأة", id="her_husband"),
])
def test_who_killed_a_family_member_after_a_relative_is_the_killer(nlp, text, killer):
    got = _events(nlp, text)
    assert got and [x.text for x in got[0].actor] == [killer], got
    assert not any(x.text == killer for x in got[0].recipient), got


def test_a_relative_passive_with_no_object_keeps_its_victim(nlp):
    got = _events(nlp, "وشيع الأهالي الشاب الذي قتل أمس في الهجوم.")
    assert got and [x.text for x in got[0].recipient] == ["الشاب"] and not got[0].actor, got


def test_the_woman_after_the_police_is_a_phrase_of_her_own(nlp):
    got = _events(nlp, "واعتقلت الشرطة المرأة التي قتلت زوجها بالسكين.", "COERCE")
    assert got and _parties(got[0].actor) == [(None, "COP", "الشرطة")], got
    assert _parties(got[0].recipient) == [(None, "CVL", "المرأة")], got


def test_a_phrase_past_before_that_is_no_object(nlp):
    got = _events(nlp, "وقتل أكثر من مائتي مدني قبل أن يتمكن المقاتلون الأكراد من دحره.")
    assert got and not any("الأكراد" in x.text for x in got[0].actor + got[0].recipient), got
    assert [x.sector for x in got[0].recipient] == ["CVL"], got


def test_after_that_is_a_time_the_object_follows(nlp):
    got = _events(nlp, "وزار الأمير محمد بن سلمان عقب ذلك وحدات المدفعية وراجمات الصواريخ.", "CONSULT")
    assert got and [x.text for x in got[0].recipient] == ["المدفعية"], got


@pytest.mark.parametrize("text, event, doer, target", [
    pytest.param("ونعى الحزب الذي قتلت القوات الحكومية زعيمه أمس أنصاره.", "ASSAULT", "القوات الحكومية", "الحزب",
                 id="its_leader"),
    pytest.param("وقالت الحركة التي اعتقلت السلطات عددا من قادتها إنها ستواصل الاحتجاج.", "COERCE", "السلطات", None,
                 id="some_of_its_leaders"),
])
def test_a_noun_resuming_the_relative_pronoun_is_the_object(nlp, text, event, doer, target):
    got = _events(nlp, text, event)
    assert got and [x.text for x in got[0].actor] == [doer], got
    assert all(x.text != doer for x in got[0].recipient), got
    if target:
        assert [x.text for x in got[0].recipient] == [target], got


@pytest.mark.parametrize("text, event, doer", [
    pytest.param("العاهل الأردني الملك عبدالله الثاني الذي استقبل ولي ولي العهد حمله تحياته للملك سلمان.",
                 "CONSULT", "JOR", id="verb_with_pronoun"),
    pytest.param("ودان النائب الحادث الإرهابي الذي استهدف مسجدا يرتاده منتسبو قوات الطوارئ في منطقة عسير.",
                 "ASSAULT", None, id="imperfect_with_pronoun"),
])
def test_a_verb_with_a_pronoun_past_the_object_keeps_the_relative_subject(nlp, text, event, doer):
    got = _events(nlp, text, event)
    assert got, got
    if doer:
        assert [x.code for x in got[0].actor] == [doer], got
    else:
        assert [x.text for x in got[0].recipient] == ["مسجدا"], got


@pytest.mark.parametrize("text, charged", [
    pytest.param("ووجهت النيابة تهمة التخابر مع إيران إلى المتهمين.", "المتهمين", id="in_ila"),
    pytest.param("ووجهت النيابة تهمة القتل للمتهم.", "للمتهم", id="person_in_li"),
    pytest.param("وجه القضاء الكوري الجنوبي تهمة إضافية هي الترويج لبيونغ يانغ إلى رجل هاجم السفير الأمريكي.", "رجل",
                 id="past_the_content"),
])
def test_who_is_charged(nlp, text, charged):
    got = _events(nlp, text, "ACCUSE")
    assert got and [x.text for x in got[0].recipient] == [charged], got


def test_the_body_a_charge_is_of_is_not_charged(nlp):
    got = _events(nlp, "ووجهت النيابة إلى المتهمين تهمة الانتماء لتنظيم داعش.", "ACCUSE")
    assert got and not any(x.code == "IMG" for x in got[0].recipient), got


def test_who_killed_his_son_is_the_killer(nlp):
    got = _events(nlp, "قتل مواطن بالعقد الثالث من عمره ابنه بعد أن أطلق عيار ناري عليه.")
    assert got and [x.text for x in got[0].actor] == ["مواطن"] and not got[0].recipient, got


@pytest.mark.parametrize("text", [
    pytest.param("قتل مواطن وابنه في انفجار.", id="conjoined"),
    pytest.param("قتل مواطن مع ابنه في انفجار.", id="with_him"),
])
def test_a_family_member_beside_the_dead_leaves_them_dead(nlp, text):
    got = _events(nlp, text)
    assert got and [x.text for x in got[0].recipient] == ["مواطن"] and not got[0].actor, got


def test_who_is_pushed_to_attack_attacks(nlp):
    got = _events(nlp, "ما اسفر عن مقتل 32 شخصا ودفع بالمسلحين الاكراد الى شن هجمات انتقامية ضد قوات الامن التركية.")
    attacks = [e for e in got if e.trigger.text == "هجمات"]
    assert attacks and _parties(attacks[0].actor) == [("KUR", "UAF", "المسلحين الاكراد")], got


def test_a_second_nationality_in_wa_is_no_object(nlp):
    got = _events(nlp, "استنكر عدد من المحامين العرب والعراقيين التصريحات المستفزة التي تفوه بها نوري المالكي.",
                  "ACCUSE")
    assert got and [x.text for x in got[0].actor] == ["المحامين"], got
    assert not any(x.text == "العراقيين" for x in got[0].recipient), got


@pytest.mark.parametrize("text, target", [
    pytest.param("وهدد زعيم الحوثيين بشن هجمات على السعودية.", "SAU", id="attacks_on"),
])
def test_the_target_of_a_threatened_attack_is_threatened(nlp, text, target):
    got = _events(nlp, text, "THREATEN")
    assert got and [x.code for x in got[0].recipient] == [target], got


@pytest.mark.parametrize("text, first, second", [
    pytest.param("وانتقد الوزير المعارضة السورية.", "الوزير", "المعارضة السورية", id="minister_opposition"),
    pytest.param("وهدد الرئيس المعارضة بالاعتقال.", "الرئيس", "المعارضة", id="president_opposition"),
])
def test_a_mans_title_takes_no_feminine_noun_after_it(nlp, text, first, second):
    got = [e for e in nlp(text, published=_DATE).events]
    assert got and [x.text for x in got[0].actor] == [first], got
    assert [x.text for x in got[0].recipient] == [second], got


def test_a_prominent_commander_killed_in_a_raid_is_its_victim(nlp):
    got = _events(nlp, "وقتل قائد حوثي بارز في غارة للتحالف على صنعاء.")
    assert got and [x.code for x in got[0].recipient] == ["YEM"], got
    assert not any(x.code == "YEM" for x in got[0].actor), got


@pytest.mark.parametrize("text, doer", [
    pytest.param("وفي عدن، قصف الحوثيون وقوات صالح بقذائف الهاون حي الدمينة.", "الحوثيون", id="past_the_means"),
    pytest.param("استهدف طيران التحالف بغارات عنيفة مواقع ميليشيات الحوثي قرب قاعدة العند.", "طيران التحالف",
                 id="past_the_raids"),
    pytest.param("وقتل جندي إسرائيلي فلسطينيا في الخليل.", "جندي إسرائيلي", id="object_in_alif"),
])
def test_an_adjunct_in_bi_before_the_object_keeps_the_verb_active(nlp, text, doer):
    got = _events(nlp, text)
    assert got and [x.text for x in got[0].actor][:1] == [doer], got


def test_killed_by_police_bullets_is_passive(nlp):
    got = [e for e in _events(nlp, "وأسفر عن مقتل أربعة عسكريين قبل أن يقتل المهاجم برصاص الشرطة.")
           if e.trigger.text == "يقتل"]
    assert got and [x.text for x in got[0].recipient] == ["المهاجم"], got


def test_referring_the_accused_to_court_is_a_charge_by_the_referrer(nlp):
    got = _events(nlp, "وأحالت النيابة العامة المتهمين إلى محكمة الجنايات.", "ACCUSE")
    assert got and _parties(got[0].actor) == [(None, "JUD", "النيابة العامة")], got
    assert _parties(got[0].recipient) == [(None, "CRM", "المتهمين")], got


def test_another_count_of_citizens_organised_the_protest(nlp):
    coded = nlp.before("reports")("وقام عدد آخر من المواطنين بتنظيم مظاهرة مضادة لهم رفعوا فيها علم ليبيا.",
                                  published=_DATE)
    assert [x.text for e in coded.events if e.event == "PROTEST" for x in e.actor] == ["المواطنين"], coded.events


def test_a_place_in_bi_past_the_bullets_and_the_time_keeps_the_passive(nlp):
    got = _events(nlp, "قتل عنصران من الشرطة التركية بالرصاص صباح أمس الجمعة بمنطقة أضنه.")
    assert got and [x.code for x in got[0].recipient] == ["TUR"] and not got[0].actor, got


@pytest.mark.parametrize("text, victim", [
    pytest.param("قتل مواطن سعودي على أيدي إخوته في جدة.", "مواطن سعودي", id="his_brothers"),
    pytest.param("قتل شاب على أيدي أقاربه في صنعاء.", "شاب", id="his_relatives"),
])
def test_killed_at_the_hands_of_his_family_is_the_victim(nlp, text, victim):
    got = _events(nlp, text)
    assert got and [x.text for x in got[0].recipient] == [victim], got
    assert all(x.text != victim for x in got[0].actor), got


@pytest.mark.parametrize("text", [
    pytest.param("وأحالوا المتهمين إلى النيابة.", id="they_referred"),
    pytest.param("وأحالوا المتهم والمضبوطات إلى جهة الاختصاص.", id="with_the_seized"),
])
def test_the_accused_referred_are_charged_not_charging(nlp, text):
    got = _events(nlp, text, "ACCUSE")
    assert got and not any(x.sector == "CRM" for x in got[0].actor), got
    assert [x.sector for x in got[0].recipient] == ["CRM"], got


def test_a_request_of_the_accused_referred_is_no_charge(nlp):
    assert not _events(nlp, "وأحالت النيابة طلب المتهم إلى المحكمة المختصة.", "ACCUSE")


def test_who_is_subjected_to_detention_underwent_it(nlp):
    got = _events(nlp, "ويخضع 379 اسيرًا فلسطينيًا للاعتقال الاداري من أصل 5686 اسيرًا في السجون الاسرائيلية.", "COERCE")
    assert got and not got[0].actor and [x.code for x in got[0].recipient] == ["PSE"], got


def test_an_agent_past_that_in_a_later_clause_did_not_arrest(nlp):
    got = _events(nlp, "تمكنت دوريات أمن الطرق من ضبط امرأة سورية بجوار الطريق السريع، وبعد استيقافها تأكد أنها "
                       "مطلوبة من قبل شرطة القنفذة.", "COERCE")
    assert got and [x.text for x in got[0].actor] == ["دوريات أمن الطرق"], got


@pytest.mark.parametrize("verb", ["تخضع", "تتعرض"])
def test_the_place_a_relative_clause_of_undergoing_follows_underwent_it(nlp, verb):
    text = f"وقال شهود إن غارات مكثفة شنتها طائرات التحالف على القاعدة العسكرية التي {verb} لحصار مطبق من قبل المقاومة الشعبية."
    got = _events(nlp, text, "COERCE")
    assert got and [x.text for x in got[0].recipient] == ["القاعدة العسكرية"], got
