"""Parties told by suspicion, by allegiance and by a relative clause: the side named in a clause of suspicion after an
indefinite role noun («مسلحين يشتبه بأنهم من جماعة بوكو حرام»: phrases._suspected_of); a militia in construct with
a group's name after «من» («مسلحا من مليشيات الحوثي»: phrases._affiliation); a body's last noun with no article in
construct with a person's name («قوات نظام الأسد»: phrases._body_after_body); whom a party backs, neither a side
nor a victim («بين لجان المقاومة الشعبية المؤيدة للرئيس اليمني من جهة، والحوثيين»: events._patron_after,
events._backed, events._lam_object); the object in لـ of a verbal noun with its doer's pronoun («عند اختطافهم
للسفير الأردني»); the antecedent of a relative clause whose verb's preposition takes its pronoun («الشابان اللذان
حكم عليهما»: events._relative_prep_pronoun); the subject after «إنهم» («قال … لـ"الرياض" إنهم تعرضوا لهجمات»);
the pretext of an act («بدعوى زرعهم عبوة ناسفة»: modality._claimed); a humanitarian emergency is no martial law.
Sentences from bench news (SaudiNewsNet, 22–23 July 2015), shortened from them."""

from __future__ import annotations

import pytest

_DATE = "2015-07-22"


def _events(nlp, text, event="ASSAULT"):
    return [e for e in nlp(text, published=_DATE).events if e.event == event]


def _parties(xs):
    return [(x.code, x.sector, x.text) for x in xs]


@pytest.mark.parametrize("text, doer, code", [
    pytest.param("قال مسؤولون امس الثلاثاء إن مسلحين يشتبه بأنهم من جماعة «بوكو حرام» قتلوا ما لا يقل عن ستة أطفال "
                 "في قرية شمالي الكاميرون.", "مسلحين يشتبه بأنهم من جماعة «بوكو حرام»", "NGA", id="before_the_verb"),
    pytest.param("وقتل مسلحون يشتبه بأنهم من جماعة بوكو حرام ستة أطفال في قرية شمالي الكاميرون.",
                 "مسلحون يشتبه بأنهم من جماعة بوكو حرام", "NGA", id="after_the_verb"),
    pytest.param("وقصفت طائرات حربية يعتقد أنها تابعة للتحالف العربي مواقع للحوثيين في صنعاء.",
                 "طائرات حربية يعتقد أنها تابعة للتحالف العربي", "INT", id="belonging_in_lam"),
    pytest.param("قتل انتحاري يشتبه في أنه ينتمي لتنظيم داعش 32 شخصا في سوروج.",
                 "انتحاري يشتبه في أنه ينتمي لتنظيم داعش", "IMG", id="belonging_verb"),
])
def test_the_side_named_in_a_clause_of_suspicion_is_the_doers(nlp, text, doer, code):
    got = _events(nlp, text)
    assert got and [(x.code, x.text) for x in got[0].actor] == [(code, doer)], got


def test_a_suspect_arrested_takes_the_side_of_the_clause(nlp):
    got = _events(nlp, "اعتقلت الشرطة شخصا يشتبه في أنه ينتمي لتنظيم داعش.", "COERCE")
    assert got and [x.code for x in got[0].recipient] == ["IMG"], got


def test_a_clause_of_suspicion_about_no_party_joins_nothing(nlp):
    got = _events(nlp, "وقتل مسلح يعتقد أنه فر من السجن ثلاثة أشخاص في المدينة.")
    assert got and all("يعتقد" not in x.text for x in got[0].actor + got[0].recipient), got


def test_a_militia_in_construct_after_min_is_the_groups(nlp):
    got = _events(nlp, "وفي محافظة مأرب قتل 13 مسلحا من مليشيات الحوثي في مواجهات.")
    assert got and _parties(got[0].recipient) == [("YEM", "REB", "مسلحا من مليشيات الحوثي")], got


def test_a_bodys_bare_noun_takes_a_persons_name_in_construct(nlp):
    got = _events(nlp, "من جهة أخرى، قصفت قوات نظام الأسد مخيم درعا للاجئين الفلسطينيين جنوبي سورية.")
    assert got and _parties(got[0].actor) == [("SYR", "MIL", "قوات نظام الأسد")], got
    assert "الأسد" not in [x.text for x in got[0].recipient], got


def test_a_definite_body_takes_no_name_in_construct(nlp):
    got = _events(nlp, "وقصفت قوات النظام الأسد في حلب.")
    assert got and [x.text for x in got[0].actor] == ["قوات النظام"], got


def test_whom_a_side_of_a_battle_backs_is_neither_side(nlp):
    got = _events(nlp, "واعلنت الحكومة اليمنية فتح مطار عدن بعد4 شهور من القتال بين لجان المقاومة الشعبية المؤيدة "
                       "للرئيس اليمني عبدربه منصور هادي من جهة، والحوثيين وميليشيات علي عبدالله صالح من جهة ثانية.")
    assert got and _parties(got[0].actor) == [("YEM", "REB", "لجان المقاومة الشعبية")], got
    assert [x.text for x in got[0].recipient] == ["الحوثيين", "ميليشيات علي عبدالله صالح"], got


def test_whom_the_doers_of_an_attack_noun_back_is_no_target(nlp):
    got = _events(nlp, "وفي السياق، أحبطت المقاومة الشعبية اليمنية، امس الأربعاء، هجوماً شنه مسلحون حوثيون وقوات "
                       "موالية للرئيس اليمني المعزول علي صالح بمدينة مأرب شرق البلاد.")
    assert got and got[0].actor and not any("الرئيس" in x.text for x in got[0].recipient), got


def test_whom_the_dead_backed_is_not_their_killer(nlp):
    got = _events(nlp, "وأفادت مصادر بمقتل 18 من الحوثيين والقوات الموالية للرئيس علي عبدالله صالح في اشتباكات "
                       "عنيفة في مدينة تعز.")
    assert got and not got[0].actor, got
    assert [x.text for x in got[0].recipient][:1] == ["الحوثيين"], got


def test_the_object_of_a_verbal_noun_with_its_doers_pronoun_is_in_lam(nlp):
    got = _events(nlp, "وأضاف المصدر أن قادة المليشيات تعودوا على طرق الابتزاز كما فعلوا في السابق عند اختطافهم "
                       "للسفير الأردني وإطلاق سراحه مقابل إطلاق الأردن سراح شخصية محسوبة على التيار الليبي "
                       "المتشدد اعتقل على أراضيها، بالإضافة لاختطاف 10 موظفين تونسيين بالقنصلية بطرابلس.")
    assert got and _parties(got[0].recipient) == [("JOR", "GOV", "للسفير الأردني")], got


@pytest.mark.parametrize("text, actor", [
    pytest.param("وكان الشابان اللذان حكم عليهما بالسجن النافذ شهرين قد قبض عليهما قرب غابة.", [], id="passive"),
    pytest.param("وأفرجت السلطات عن الرجل الذي حكم عليه القاضي بالسجن.", ["القاضي"], id="subject_after"),
])
def test_the_antecedent_of_a_prepositions_pronoun_is_sentenced(nlp, text, actor):
    got = _events(nlp, text, "SANCTION")
    assert got and [x.text for x in got[0].actor] == actor, got
    assert [x.text for x in got[0].recipient] in (["الشابان"], ["الرجل"]), got


def test_a_relative_clause_with_its_own_object_keeps_its_subject(nlp):
    got = _events(nlp, "وتحدث المسؤول الذي حكم على المتهمين بالسجن.", "SANCTION")
    assert got and [x.text for x in got[0].actor] == ["المسؤول"], got


def test_the_subject_after_inna_undergoes_not_the_paper_told(nlp):
    got = _events(nlp, 'وقال قائد المقاومة في منطقة الجفينه ل"الرياض" إنهم تعرضوا لهجمات عنيفة خلال الساعات '
                       'الماضية من قبل الحوثيين.')
    assert got and [x.code for x in got[0].actor] == ["YEM"], got
    assert not got[0].recipient, got


def test_the_victim_named_after_meanwhile_is_another_matters(nlp):
    got = _events(nlp, "شنّ نظام الاسد خلال تسعة اشهر 26350 غارة لطيران وألقى 14297 برميلًا متفجرًا على المدن "
                       "السورية، فيما أطلقت قوات المعارضة معركة جديدة في منطقة الجبل الشرقي.")
    assert got and got[0].trigger.text == "غارة" and not got[0].recipient, got


def test_the_pretext_of_an_act_is_only_claimed(nlp):
    got = _events(nlp, "قالت مصادر في محافظة ديالى إن مليشيات شيعية أحرقت ثلاثة شبان حتى الموت بدعوى زرعهم "
                       "عبوة ناسفة.")
    assert all(e.hypothetical for e in got if e.mode == "explosives"), got


def test_a_humanitarian_emergency_is_no_martial_law(nlp):
    assert not _events(nlp, "وكانت الأمم المتحدة أعلنت الدرجة الثالثة من حالة الطوارئ الإنسانية، وهي الأعلى، في "
                            "اليمن.", "COERCE")
    got = _events(nlp, "وأعلنت الحكومة المصرية حالة الطوارئ في سيناء.", "COERCE")
    assert got and got[0].mode == "martial-law", got


@pytest.mark.parametrize("lead, code", [
    pytest.param("قالت مصادر فلسطينية في قطاع غزة إن إسرائيل قصفت مواقع في غزة.", "PSE", id="gaza"),
    pytest.param("قالت مصادر يمنية في عدن إن الحوثيين قصفوا مواقع في تعز.", "YEM", id="yemen"),
])
def test_the_popular_resistance_committees_are_the_storys_countrys(nlp, lead, code):
    doc = nlp(lead + "\nوأعلنت لجان المقاومة الشعبية مسؤوليتها عن الهجوم على الحوثيين وإسرائيل.", published=_DATE)
    found = [m for m in doc.mentions if m.kind == "actor" and m.text == "لجان المقاومة الشعبية"]
    assert [m.label for m in found] == [code], found


def test_the_houthis_spelt_with_one_ya(nlp):
    got = _events(nlp, "قتل 10 من الحوثين في تعز.")
    assert got and [(x.code, x.sector) for x in got[0].recipient] == [("YEM", "REB")], got


def test_central_sinai_is_no_person(nlp):
    got = _events(nlp, "وقال مصدر إن قوات الأمن المركزي المصرية بقطاع وسط سيناء تمكنت من القبض على 17 من جنسيات "
                       "إفريقية.", "COERCE")
    assert got and _parties(got[0].actor) == [("EGY", "COP", "قوات الأمن المركزي المصرية")], got


def test_the_security_forces_by_their_plural_of_powers(nlp):
    got = _events(nlp, "وكانت القوى الأمنية الرسمية اللبنانية داهمت أماكن السوريين في الجنوب اللبناني.", "COERCE")
    assert got and [(x.code, x.sector) for x in got[0].actor] == [("LBN", "COP")], got


@pytest.mark.parametrize("text, recipient", [
    pytest.param("وذكرت مصادر عسكرية وسكان أن تسعة متمردين قتلوا ليلا في غارة جوية على خور المكسر في وسط عدن بينما "
                 "تستمر المعارك بين القوات الموالية لحكومة هادي اللاجئ في السعودية والحوثيين وحلفائهم حول حيي دار "
                 "سعد وكريتر.", "الحوثيين", id="past_the_patrons_words"),
    pytest.param("وادت اكثر من اربعة اشهر من المعارك الشرسة في اليمن بين المتمردين والموالين للحكومة، الى إلحاق "
                 "الدمار بالدولة الفقيرة.", "للحكومة", id="loyalists_in_wa_are_a_side"),
])
def test_the_other_side_of_a_battle_past_a_patron(nlp, text, recipient):
    got = [e for e in _events(nlp, text) if e.trigger.text == "المعارك"]
    assert got and [x.text for x in got[0].recipient] == [recipient], got


@pytest.mark.parametrize("text, victims", [
    pytest.param("قالت مصادر طبية إن شخصين قُتلا وأصيب عشرة بجروح يوم الخميس في اشتباكات في وسط مدينة بنغازي.",
                 ["شخصين"], id="dual_before_its_verb"),
    pytest.param("وأصيب بالرصاص مركبة يستقلها شخصان.", [], id="dual_of_no_act"),
])
def test_the_dual_of_a_casualty_noun_before_its_verb_counts(nlp, text, victims):
    got = _events(nlp, text)
    assert got and [x.text for x in got[0].recipient] == victims, got


def test_a_force_in_the_genitive_of_stone_throwing_is_its_target(nlp):
    got = _events(nlp, "وقام الشبان برشق قوات الاحتلال بالحجارة.", "PROTEST")
    assert got and [x.text for x in got[0].actor] == ["الشبان"], got
    assert [(x.code, x.sector) for x in got[0].recipient] == [("ISR", "MIL")], got


@pytest.mark.parametrize("text, victims", [
    pytest.param("وفي حادث مماثل قتل شخص وأصيب ثمانية قرب سوق شعبية بمنطقة اليوسفية.", ["شخص"], id="one_after_verb"),
    pytest.param("وقال إن شخصا قتل في الهجوم.", ["شخصا"], id="one_before_verb"),
])
def test_one_person_killed_is_a_victim(nlp, text, victims):
    got = _events(nlp, text)
    assert got and [x.text for x in got[0].recipient] == victims, got


def test_one_person_alone_after_a_killing_does_no_killing(nlp):
    got = _events(nlp, "وقتل شخص بعد تعرضه للضرب.")
    assert got and not got[0].actor and [x.text for x in got[0].recipient] == ["شخص"], got


def test_two_persons_who_shot_are_the_shooters(nlp):
    got = _events(nlp, "وتم الربط بين العبوة وبين عملية إطلاق نار وقعت الليلة الماضية حين أطلق شخصان النار على أحد "
                       "حراس الجامعة.")
    assert got and [x.text for x in got[0].actor] == ["شخصان"], got


def test_a_second_incident_told_alike_is_no_repeat(nlp):
    doc = nlp("وفي بغداد قتل شخصان وأصيب خمسة آخرون بانفجار في الحي الصناعي بقضاء أبوغريب.\nوفي حادث مماثل قتل شخص "
              "وأصيب ثمانية قرب سوق شعبية بمنطقة اليوسفية.", published="2015-08-03")
    assert len([e for e in doc.events if e.event == "ASSAULT"]) == 2, doc.events


@pytest.mark.parametrize("text, event, recipient", [
    pytest.param("وقالت الشرطة الأفغانية إنها تعرضت لهجوم شنه مسلحو طالبان.", "ASSAULT", "الشرطة الأفغانية",
                 id="attack_undergone"),
    pytest.param("وقال السفير الأمريكي إنه تلقى تهديدات من تنظيم داعش.", "THREATEN", "السفير الأمريكي",
                 id="threat_received"),
])
def test_the_speaker_whose_pronoun_undergoes_is_the_recipient(nlp, text, event, recipient):
    got = _events(nlp, text, event)
    assert got and [x.text for x in got[0].recipient] == [recipient], got


@pytest.mark.parametrize("text, event, actor", [
    pytest.param("وأوقفت الشرطة الشبان الذين اعتدوا عليه بالضرب.", "ASSAULT", "الشبان", id="plural_verb"),
    pytest.param("وكشف الضحية عن هوية الضابط الذي اعتدى عليه داخل السجن.", "ASSAULT", "الضابط", id="defective_active"),
    pytest.param("وانتقد المحامي القاضي الذي حكم عليه بالإعدام.", "SANCTION", "القاضي", id="the_judge_sentences"),
])
def test_an_active_relative_clause_keeps_its_antecedent_as_doer(nlp, text, event, actor):
    got = _events(nlp, text, event)
    assert got and [x.text for x in got[0].actor] == [actor], got


def test_a_patrons_conjunct_stays_a_party(nlp):
    got = _events(nlp, "وتبادلت جماعة الحوثي وحلفاؤها في الجيش إطلاق نيران المدفعية مع القوات الموالية للرئيس هادي "
                       "والمقاومة الشعبية.")
    assert got and "المقاومة الشعبية" in [x.text for x in got[0].recipient], got
    assert "للرئيس هادي" not in [x.text for x in got[0].recipient], got


def test_the_name_of_whom_a_party_backs_is_no_target(nlp):
    got = _events(nlp, "وشنت طائرات التحالف غارات جوية استهدفت مواقع تسيطر عليها جماعة أنصار الله الحوثية مدعومة "
                       "بقوات عسكرية موالية للرئيس اليمني السابق علي عبد الله صالح.")
    assert got and "علي عبد الله صالح" not in [x.text for x in got[0].recipient], got


def test_the_wounded_do_not_throw_the_stones(nlp):
    got = _events(nlp, "وأصيب جندي إسرائيلي جراء رشق قوات الاحتلال بالحجارة قرب رام الله.", "PROTEST")
    assert all("جندي" not in x.text for e in got for x in e.actor), got


def test_a_clause_of_suspicion_set_off_by_commas(nlp):
    got = _events(nlp, "وكان من المقرر تنظيم المسيرة بدعم من بعض نواب المعارضة، بعد أن قتل انتحاري، يشتبه بأنه ينتمي "
                       "لتنظيم داعش، 32 شخصًا في بلدة على الحدود مع سوريا الأسبوع الماضي.")
    assert got and [x.code for x in got[0].actor] == ["IMG"], got


@pytest.mark.parametrize("text, actor, recipient", [
    pytest.param("وصدت المقاومة الشعبية هجوما للحوثيين على مواقعها.", ["للحوثيين"], ["المقاومة الشعبية"],
                 id="repelled"),
    pytest.param("وتصدت القوات لهجوم شنه مسلحو داعش.", ["مسلحو داعش"], ["القوات"], id="stood_up_to"),
    pytest.param("وفي محافظة الضالع، واصلت المقاومة الجنوبية، لليوم الثاني على التوالي، صدها هجوما كبيرا شاركت فيه "
                 "قوات نخبة من الحرس الجمهوري الموالي لصالح.", ["قوات"], [], id="those_who_took_part"),
    pytest.param("وأحبطت الشرطة هجوما على مسجد.", [], ["مسجد"], id="foiled"),
])
def test_who_repels_or_foils_an_attack_does_not_attack(nlp, text, actor, recipient):
    got = _events(nlp, text)
    assert got and [x.text for x in got[0].actor] == actor, got
    assert [x.text for x in got[0].recipient] == recipient, got


def test_a_role_noun_past_a_place_in_fi_is_the_object(nlp):
    got = _events(nlp, "طردت المقاومة الشعبية في تعز ميليشيات الحوثيين من مديرية مشرعة وحدنان.", "COERCE")
    assert got and [x.text for x in got[0].actor] == ["المقاومة الشعبية"], got
    assert [x.text for x in got[0].recipient] == ["ميليشيات الحوثيين"], got


def test_a_gloss_in_brackets_past_the_place_keeps_the_verb_active(nlp):
    got = _events(nlp, "طردت المقاومة الشعبية في تعز (جنوب اليمن) ميليشيات الحوثيين من مديرية مشرعة وحدنان في صبر "
                       "بشكل كامل بعد معارك دامية.", "COERCE")
    assert got and [x.text for x in got[0].actor] == ["المقاومة الشعبية"], got


@pytest.mark.parametrize("text, event, role, party", [
    pytest.param("وأفادت وزارة الدفاع العراقية بأن عناصر داعش الإرهابي هاجمت قطعات عسكرية تابعة للفرقة الثامنة "
                 "بالجيش العراقي في منطقتي الفلاحات غرب الفلوجة.", "ASSAULT", "recipient", (None, "MIL"), id="units"),
    pytest.param("قتل 25 جندياً بالقوات الخاصة الليبية «الصاعقة» وأصيب 35 آخرون، جراء الاشتباكات بمناطق متفرقة مع "
                 "قوات مجلس شورى ثوار بنغازي منذ بداية الشهر الجاري.", "ASSAULT", "actor", ("LBY", "REB"),
                 id="benghazi_council"),
])
def test_new_lexicon_parties(nlp, text, event, role, party):
    got = _events(nlp, text, event)
    assert any(party in [(x.code, x.sector) for x in getattr(e, role)] for e in got), got


def test_the_object_of_the_subjects_relative_clause_does_not_declare(nlp):
    got = _events(nlp, "وأعلن التحالف العربي الذي يقاتل قوات الحوثي المتحالفة مع إيران وقفا لإطلاق النار من الساعة "
                       "11.", "RETREAT")
    assert got and [(x.code, x.text) for x in got[0].actor] == [("INT", "التحالف العربي")], got


def test_a_noun_whose_pronoun_resumes_the_clauses_object_keeps_it(nlp):
    got = _events(nlp, "وذكر بن رودس نائب مستشار الامن القومي الذي يرافق الرئيس الاميركي باراك اوباما في زيارته الى "
                       "كينيا، من نيروبي بان الولايات المتحدة تعتبر حزب العمال الكردستاني منظمة ارهابية.", "CONSULT")
    assert got and "اوباما" in " ".join(x.text for x in got[0].actor), got


@pytest.mark.parametrize("text", [
    pytest.param("وتصدت الشرطة لهجوم طال عناصر الأمن في القطيف.", id="reached"),
    pytest.param("وتصدت القوات العراقية لهجوم استهدف جنودا عراقيين في بيجي.", id="targeted"),
])
def test_the_target_of_a_repelled_attacks_own_verb_is_no_attacker(nlp, text):
    got = _events(nlp, text)
    assert got and not got[0].actor, got


def test_a_hostile_act_judged_keeps_the_relative_clause_to_itself(nlp):
    got = _events(nlp, "وأدانت السعودية التي تقود التحالف العربي الهجوم على المسجد.", "ACCUSE")
    assert got and not got[0].recipient, got


@pytest.mark.parametrize("text", [
    pytest.param("كما جرح شخصان هما أحد مسؤولي التجنيد.", id="wounded_then_who"),
    pytest.param("وقتل شخصان قبل ان ينتحر المشتبه به.", id="killed_then_another"),
])
def test_persons_after_a_verb_of_death_died_whatever_follows(nlp, text):
    got = _events(nlp, text)
    assert got and not got[0].actor and [x.text for x in got[0].recipient] == ["شخصان"], got
