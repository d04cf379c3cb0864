"""Who did an act told in the object of another, and which words make one phrase: a verb in و that goes on from a
relative clause since the main verb («دانت البحرين التفجير الذي استهدف مسجدا، وأودى بحياة»:
events._relative_goes_on); an attack repelled or foiled past «وصد» or a noun of attempt («أحبطت الشرطة محاولة هجوم»:
events._repelled, function_words attempt_noun); an act condemned past a noun of crime («أدانت الوزارة جريمة قتل
الرضيع»: events._object_verb, crime_noun); an act replied to («ورد المصلون على هذا الاقتحام»: events._replier); one
or two persons after an event word or before «لقي مصرعه» («اعتقلت الشرطة شخصين»، «أن شخصا لقي مصرعه»:
events._countable); the object past a day set off by commas and the verb's own tail word («قضت محكمة إثيوبية،
الاثنين، بحبس 17 ناشطا»: events._object_past_days); counts of victims conjoined past «على الأقل» or an adjective
(«وقتل 39 متمردا على الأقل و17 مقاتلا»: events._counted_conjunct); the dead are no doers of what they died «بسبب»
(function_words because) nor of the attack noun they are counted past («وقتل في الهجوم عشرات من المدنيين»); a crowd
gathered to watch or celebrate (cues festive); phrases: a named body or a nationality adjective takes no role noun
or plural after it («شرطة دبي | شخصا»، «ميليشيات الحوثي | الأحياء السكنية»، «الشرطة المصرية | المتظاهرين»:
phrases._named_construct, _object_after_body, _plural_after_singular_nisba), a plural subject no role with its
nationality («مسلحون | جنديا أمريكيا»), a participle agrees by its pronoun («شخصين مشتبه بهما») or after a plural
people in a preposition («من اليهود المتشددين»); protesters dispersed (triggers.tsv, not the demonstration noun,
which stays a protest); an assassination attempt survived kept by the report filter («نجا الوزير من محاولة اغتيال»:
reports._survived). Sentences from bench news (SaudiNewsNet, July–August 2015), shortened from them."""

from __future__ import annotations

import pytest

_DATE = "2015-08-06"


def _events(nlp, text, event="ASSAULT"):
    return [e for e in nlp(text, published=_DATE).events if e.event == event]


def _parties(xs):
    return [(x.code, x.sector, x.text) for x in xs]


def test_a_verb_going_on_from_a_relative_clause_is_not_the_condemners(nlp):
    doc = nlp("دانت مملكة البحرين التفجير الذي استهدف مسجدا في الكويت، وأودى بحياة 27 شخصا.", published=_DATE)
    attacks = [e for e in doc.events if e.event == "ASSAULT"]
    assert attacks and all(x.code != "BHR" for e in attacks for x in e.actor), doc.events
    assert any(e.event == "ACCUSE" and [x.code for x in e.actor] == ["BHR"] for e in doc.events), doc.events


def test_a_relative_clause_of_another_agreement_does_not_take_the_verb(nlp):
    got = _events(nlp, "قصفت الطائرات المدينة التي يسيطر عليها التنظيم، وقتلت عشرة مدنيين.")
    assert got and _parties(got[0].actor) == [(None, "MIL", "الطائرات")], got


def test_a_verb_with_the_antecedents_pronoun_keeps_the_main_subject(nlp):
    got = _events(nlp, "حيث هاجم الأهالي مندوبي التمرد الذين أوصلوا الجثث واعتدوا عليهم، كما هاجموا وجهاء الأحياء.")
    assert [[x.text for x in e.actor] for e in got] == [["الأهالي"], ["الأهالي"]], got


def test_the_relative_antecedent_does_the_verb_that_goes_on(nlp):
    got = _events(nlp, "اعتقلت الشرطة الرجل الذي قتل زوجته، وأصاب ابنها.")
    assert not any("الشرطة" in x.text for e in got for x in e.actor), got


@pytest.mark.parametrize("text", [
    pytest.param("وصد الجيش المصري هجوما استهدف كمينا للجيش في شمال سيناء.", id="wa_sadda"),
    pytest.param("وأحبطت الشرطة محاولة هجوم على مركز أمني.", id="foiled_attempt"),
])
def test_who_repels_or_foils_an_attack_did_not_do_it(nlp, text):
    got = _events(nlp, text)
    assert got and not got[0].actor, got


def test_an_attack_repelled_hit_its_target(nlp):
    got = _events(nlp, "وصد الجيش المصري هجوما استهدف كمينا للجيش في شمال سيناء.")
    assert got and ("EGY", "MIL") in [(x.code, x.sector) for x in got[0].recipient], got


def test_an_attempt_to_attack_repelled_names_its_attacker(nlp):
    got = _events(nlp, "وتصدت القوات لمحاولة هجوم شنه مسلحون.")
    assert got and [x.text for x in got[0].actor] == ["مسلحون"], got
    assert [x.text for x in got[0].recipient] == ["القوات"], got


@pytest.mark.parametrize("text", [
    pytest.param("وأدانت الوزارة جريمة قتل الرضيع الفلسطيني علي دوابشة.", id="crime"),
    pytest.param("وأدانت الخارجية الأمريكية جريمة قتل الرضيع.", id="crime_short"),
    pytest.param("وأدانت الوزارة قتل الرضيع الفلسطيني علي دوابشة.", id="bare"),
])
def test_an_act_condemned_past_a_noun_of_crime_is_not_the_condemners(nlp, text):
    got = _events(nlp, text)
    assert got and not got[0].actor, got


def test_an_act_replied_to_is_not_the_repliers(nlp):
    got = _events(nlp, "ورد المصلون على هذا الاقتحام برشق قوات الشرطة بالحجارة.", "COERCE")
    assert got and not got[0].actor, got


def test_a_reply_with_fire_is_the_repliers_act(nlp):
    got = _events(nlp, "وردت الشرطة على الهجوم بإطلاق النار.")
    assert any(_parties(e.actor) == [(None, "COP", "الشرطة")] for e in got), got


@pytest.mark.parametrize("text, doer, code", [
    pytest.param("ضبطت شرطة دبي شخصاً آسيويا، متهماً بالتعاون مع أربعة آخرين.", "شرطة دبي", "ARE", id="named_police"),
    pytest.param("اعتقلت شرطة دبي شخصين.", "شرطة دبي", "ARE", id="dual"),
    pytest.param("اعتقلت الشرطة شخصا.", "الشرطة", None, id="one"),
])
def test_a_person_arrested_is_the_object(nlp, text, doer, code):
    got = _events(nlp, text, "COERCE")
    assert got and [(x.code, x.text) for x in got[0].actor] == [(code, doer)], got
    assert [x.text for x in got[0].recipient] in (["شخصاً"], ["شخصين"], ["شخصا"]), got


def test_two_persons_killed_after_the_subject_are_the_victims(nlp):
    got = _events(nlp, "قتل الجيش شخصين.")
    assert got and [x.text for x in got[0].recipient] == ["شخصين"], got
    assert [x.sector for x in got[0].actor] == ["MIL"], got


@pytest.mark.parametrize("text, sentenced", [
    pytest.param("قضت محكمة إثيوبية، الاثنين، بحبس 17 ناشطا مسلما لمدد تتراوح بين سبع سنوات.", "ناشطا مسلما",
                 id="count"),
    pytest.param("قضت محكمة مصرية، أمس، بإعدام الرئيس المعزول محمد مرسي.", "الرئيس المعزول محمد مرسي",
                 id="name"),
])
def test_the_sentenced_past_the_day_set_off_by_commas(nlp, text, sentenced):
    got = _events(nlp, text, "SANCTION")
    assert got and [x.text for x in got[0].recipient] == [sentenced], got
    assert [x.sector for x in got[0].actor] == ["JUD"], got


def test_a_second_count_past_at_least_was_killed_too(nlp):
    got = _events(nlp, "وقتل 39 متمردا على الأقل و17 مقاتلا مواليا خلال الساعات الـ24 الاخيرة في المعارك العنيفة في الحوطة.")
    assert got and not got[0].actor, got
    assert [x.text for x in got[0].recipient] == ["متمردا", "مقاتلا"], got


def test_the_dead_are_not_the_doers_of_what_they_died_because_of(nlp):
    got = _events(nlp, "وافاد المرصد السوري لحقوق الانسان الثلاثاء عن مقتل سبعة اشخاص الاثنين بسبب سقوط أكثر من 300 "
                       "قذيفة محلية الصنع صاروخية ومدفعية على بلدتي الفوعة وكفريا.")
    assert got and all(not e.actor for e in got), got
    assert any("اشخاص" in [x.text for x in e.recipient] for e in got), got


@pytest.mark.parametrize("text", [
    pytest.param("واحتشد آلاف المواطنين والمقيمين في الشوارع المحيطة بدرة الحدائق لمشاهدة الألعاب النارية.",
                 id="watching_fireworks"),
    pytest.param("وخرج الآلاف إلى الشوارع للاحتفال بتحرير عدن.", id="celebrating"),
])
def test_a_crowd_gathered_to_watch_or_celebrate_is_no_protest(nlp, text):
    assert not _events(nlp, text, "PROTEST")


def test_a_protest_against_someone_stays(nlp):
    got = _events(nlp, "تظاهر الآلاف ضد الحكومة.", "PROTEST")
    assert got and [x.sector for x in got[0].recipient] == ["GOV"], got


@pytest.mark.parametrize("text", [
    pytest.param("قصفت ميليشيات الحوثي الأحياء السكنية.", id="bare"),
    pytest.param("وقصفت ميليشيات الحوثي الأحياء السكنية في تعز.", id="with_place"),
])
def test_a_definite_role_noun_after_a_named_group_is_the_object(nlp, text):
    got = _events(nlp, text)
    assert got and _parties(got[0].actor) == [("YEM", "REB", "ميليشيات الحوثي")], got
    assert [x.text for x in got[0].recipient] == ["الأحياء السكنية"], got


def test_an_adjective_after_a_named_group_stays_in_its_phrase(nlp):
    got = _events(nlp, "واقتحمت ميليشيات الحوثي المتمردة المنازل في صنعاء.", "COERCE")
    assert got and [x.text for x in got[0].actor] == ["ميليشيات الحوثي المتمردة"], got


def test_a_noun_after_a_plural_people_stays_its_adjective(nlp):
    got = _events(nlp, "وتدخلت دول عربية في اليمن لوقف تقدم الحوثيين الشيعة الذين استولوا على العاصمة صنعاء وسيطروا على "
                       "أغلب مناطق البلاد.", "COERCE")
    assert got and all("الشيعة" not in [x.text for x in e.recipient] for e in got), got


def test_a_person_who_met_his_death_is_the_victim(nlp):
    got = _events(nlp, "وأفاد مصدر أمني عراقي أن شخصًا لقي مصرعه بانفجار عبوة ناسفة قرب محال تجارية جنوب غربي بغداد.")
    assert any([x.text for x in e.recipient] == ["شخصًا"] for e in got), got
    assert all("عراقي" not in [x.text for x in e.recipient] for e in got), got


@pytest.mark.parametrize("text, victims", [
    pytest.param("وقتل جندي دولي وثمانية مقاتلين أفغان في أحد هذه الهجمات.", ["جندي", "مقاتلين أفغان"],
                 id="past_an_adjective"),
    pytest.param("قتل مسلحون جنديا أمريكيا وخمسة مدنيين.", ["جنديا أمريكيا", "مدنيين"], id="count_in_wa"),
    pytest.param("إن 12 متشددا وخمسة مدنيين قتلوا أمس في محافظة شمال سيناء.", ["متشددا", "مدنيين"],
                 id="before_the_verb"),
])
def test_counted_victims_conjoined(nlp, text, victims):
    got = _events(nlp, text)
    assert got and [x.text for x in got[0].recipient] == victims, got


def test_a_plural_subject_takes_no_role_and_nationality_after_it(nlp):
    got = _events(nlp, "قتل مسلحون جنديا أمريكيا.")
    assert got and _parties(got[0].actor) == [(None, "UAF", "مسلحون")], got
    assert _parties(got[0].recipient) == [("USA", "MIL", "جنديا أمريكيا")], got


def test_a_participle_after_a_plural_people_in_a_preposition_is_its_adjective(nlp):
    doc = nlp("أفادت وسائل إعلام إسرائيلية بأنه تم تحويل اثنين من اليهود المتشددين إلى الاعتقال الإداري.",
              published=_DATE)
    assert all("المتشددين" != x.text for e in doc.events for x in e.actor + e.recipient), doc.events


@pytest.mark.parametrize("text, event, doer, target", [
    pytest.param("فرقت الشرطة المصرية المتظاهرين بالغاز المسيل للدموع.", "COERCE", "الشرطة المصرية", "المتظاهرين",
                 id="protesters"),
    pytest.param("اعتقلت الشرطة التركية المشتبه بهم.", "COERCE", "الشرطة التركية", "المشتبه بهم", id="suspects"),
    pytest.param("فرقت قوات الأمن البحرينية المحتجين.", "COERCE", "قوات الأمن البحرينية", "المحتجين",
                 id="dispersed_protesters"),
    pytest.param("استهدفت الطائرات الروسية المستشفيات في إدلب.", "ASSAULT", "الطائرات الروسية", "المستشفيات",
                 id="plural_of_things"),
    pytest.param("قصفت قوات النظام السوري المدارس.", "ASSAULT", "قوات النظام السوري", "المدارس", id="broken_plural"),
])
def test_a_plural_role_after_a_nationality_adjective_is_the_object(nlp, text, event, doer, target):
    got = _events(nlp, text, event)
    assert got and [x.text for x in got[0].actor] == [doer], got
    assert [x.text for x in got[0].recipient] == [target], got


def test_a_plural_adjective_after_a_groups_name_stays_the_heads(nlp):
    got = _events(nlp, "قتل عناصر الحوثي المسلحين ثلاثة مدنيين.")
    assert got and all("المسلحين" not in [x.text for x in got[0].recipient] for _ in [0]), got


def test_a_demonstration_dispersed_stays_a_protest(nlp):
    got = _events(nlp, "الى ذلك فرقت الشرطة السودانية مستخدمة الغاز المسيل للدموع مظاهرة نظمها حزب البعث العربي "
                       "الاشتراكي في السودان.", "PROTEST")
    assert got and [x.text for x in got[0].actor] == ["حزب البعث"], got


@pytest.mark.parametrize("text, target", [
    pytest.param("نجا وزير الداخلية اليمني من محاولة اغتيال في عدن.", "وزير الداخلية اليمني", id="minister"),
    pytest.param("وأيضًا، نجا رئيس إحدى المحاكم بمحافظة الشرقية من محاولة اغتيال، استهدفته، عندما زرع مجهولون قنبلة "
                 "بدائية الصنع، قبل ظهر أمس، أسفل سيارته.", "رئيس", id="judge"),
])
def test_an_assassination_attempt_survived_is_reported(nlp, text, target):
    got = _events(nlp, text)
    assert any([x.text for x in e.recipient] == [target] for e in got), got


def test_a_toll_in_a_wave_of_attacks_is_kept_in_a_story(nlp):
    story = ("قتل خمسون شخصا على الأقل في موجة من الهجمات على الشرطة والجيش الأفغاني في كابول أمس، في أعنف يوم "
             "تشهده العاصمة منذ أشهر.\nوقالت وزارة الداخلية الأفغانية إن انتحاريا فجر نفسه بين طلاب أكاديمية "
             "الشرطة.\nوأدان الرئيس الأفغاني أشرف غني الهجمات.\n")
    doc = nlp(story, published=_DATE)
    lead = [e for e in doc.events if e.sentence == 0 and e.event == "ASSAULT"]
    assert lead and "شخصا" in [x.text for x in lead[0].recipient], doc.events


@pytest.mark.parametrize("text, dead", [
    pytest.param("وقتل في الهجوم عشرات من المدنيين.", "المدنيين", id="dozens"),
    pytest.param("وقتل في الاشتباكات 12 عنصرا من قوات الأمن.", "قوات الأمن", id="counted_members"),
])
def test_the_dead_counted_past_the_attack_noun_are_no_attackers(nlp, text, dead):
    got = _events(nlp, text)
    assert got and not got[0].actor and [x.text for x in got[0].recipient] == [dead], got


# From a read-only review of the rules above on all bench days: what they must not do.

def test_a_participle_after_a_nationality_stays_its_adjective(nlp):
    doc = nlp("وصوت ضد القانون نواب الائتلاف الإسرائيلي الحاكم، فيما عارضه 17 نائبا.", published=_DATE)
    assert all(x.text != "الحاكم" for e in doc.events for x in e.actor + e.recipient), doc.events


@pytest.mark.parametrize("text, code", [
    pytest.param("وأعلنت جماعة إسلامية متشددة مسؤوليتها عن الهجوم.", "IMG", id="group"),
    pytest.param("وقالت إن معارضة سورية مسلحة قصفت المدينة.", "SYR", id="opposition"),
])
def test_a_body_ending_in_an_indefinite_adjective_keeps_it(nlp, text, code):
    got = _events(nlp, text)
    assert got and [x.code for x in got[0].actor] == [code], got


def test_a_verb_of_the_main_subjects_gender_goes_on_from_it(nlp):
    got = _events(nlp, "هاجم مسلحون الجنود الذين كانوا يحرسون نقطة التفتيش، وقتلوا ثلاثة منهم.")
    assert got and all("الجنود" not in [x.text for x in e.actor] for e in got), got


@pytest.mark.parametrize("text", [
    pytest.param("قتلوا شخصين وفي كواتار مالي قتلوا أربعة أشخاص.", id="next_verb"),
    pytest.param("ما أسفر عن مقتل شخصين وإصابة ثلاثة واحتجاز عدد غير معروف من الرهائن.", id="next_noun"),
])
def test_persons_in_the_accusative_do_nothing(nlp, text):
    doc = nlp(text, published=_DATE)
    assert all(x.text != "شخصين" for e in doc.events for x in e.actor), doc.events


def test_persons_after_that_may_act(nlp):
    got = _events(nlp, "وقال إن شخصين اطلقا النار على المصلين.")
    assert got and [x.text for x in got[0].actor] == ["شخصين"], got


def test_a_plural_of_men_after_a_forces_name_is_the_object(nlp):
    got = _events(nlp, "كما تحاصر القوات الموالية لهادي المتمردين الحوثيين وحلفاءهم من قوات المخلوع صالح، في منطقة "
                       "وادي الحسيني.", "COERCE")
    assert got and [x.text for x in got[0].actor] == ["القوات الموالية لهادي"], got
    assert [x.text for x in got[0].recipient][:1] == ["المتمردين الحوثيين"], got


def test_the_dead_past_a_time_and_a_comma_fell_in_the_attack_after_it(nlp):
    got = _events(nlp, "وقتل شرطي في وقت متأخر من مساء أول من أمس، في هجوم شنه إرهابيون، على سيارة مصفحة تابعة للشرطة.")
    assert got and [x.text for x in got[0].actor] == ["إرهابيون"], got
    assert "شرطي" in [x.text for x in got[0].recipient], got


@pytest.mark.parametrize("text", [
    pytest.param("ميدانيا صد الجيش الوطني والمقاومة الشعبية اليمنية أمس هجومًا لمتمردي الجيش السابق وميليشيا الحوثي في "
                 "جبهتي زنجبار والمنطقة الوسطى بمحافظة أبين، بجنوب اليمن.", id="day_between"),
    pytest.param("وصد الجيش الوطني والمقاومة الشعبية اليمنية هجوما لمتمردي الجيش السابق وميليشيا الحوثي على مواقعهما في "
                 "أبين أمس.", id="conjoined_repellers"),
])
def test_repellers_in_a_conjunction_underwent_the_attack(nlp, text):
    got = _events(nlp, text)
    assert got and [x.text for x in got[0].recipient] == ["الجيش الوطني", "المقاومة الشعبية اليمنية"], got
    assert all("ميليشيا الحوثي" != x.text for x in got[0].recipient), got


def test_a_title_after_a_persons_name_stays_his(nlp):
    got = _events(nlp, "التقى الدكتور نبيل العربي الأمين العام للجامعة العربية ستيفان دي ميستورا المبعوث الخاص.",
                  "CONSULT")
    assert got and any("الأمين العام" in x.text for x in got[0].actor), got
    assert all("الأمين العام للجامعة" not in x.text for x in got[0].recipient), got


def test_an_attack_by_a_groups_elements_in_lam_is_the_groups(nlp):
    got = _events(nlp, "قتل 15 شخصا في هجوم لعناصر المقاومة على المدينة.")
    assert got and [x.text for x in got[0].actor] == ["المقاومة"], got
    assert [x.text for x in got[0].recipient] == ["شخصا"], got


@pytest.mark.parametrize("text, doer, dead", [
    pytest.param("قتل الجيش، في غارة جوية، خمسة مسلحين.", "الجيش", "مسلحين", id="count"),
    pytest.param("قتل مسلحون مساء أول من أمس، في كمين نصبوه للقوات، ثلاثة جنود.", "مسلحون", "جنود", id="day_and_count"),
])
def test_an_aside_set_off_by_commas_keeps_the_object_after_it(nlp, text, doer, dead):
    got = _events(nlp, text)
    assert got and [x.text for x in got[0].actor] == [doer], got
    assert dead in [x.text for x in got[0].recipient], got


def test_one_side_of_a_clash_in_lam_is_no_killer(nlp):
    got = _events(nlp, "قتل جندي في اشتباك لعناصر الجيش مع مسلحي داعش.")
    assert got and all(x.text != "الجيش" for x in got[0].actor), got
