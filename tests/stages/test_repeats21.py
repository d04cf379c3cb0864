"""Repeats (round 21): a weapon told after its attack, a time of the first clause, a toll after its attack, and
fallback dates do not make two acts of one."""

import pytest


def _of(nlp, text, etype="ASSAULT", published="2015-08-08"):
    return [e for e in nlp(text, published=published).events if e.event == etype]


@pytest.mark.parametrize("text,kept", [
    # the car bomb is how the militants' attack on the base was done
    ("من جهتها أفادت وزارة الداخلية الأفغانية في بيان، أنّ أربعة متشددين شنوا هجوما على قاعدة عسكرية تابعة لقوات "
     "التحالف على ضواحي كابل بسيارة مفخخة الليلة الماضية.", "هجوما"),
    # the truck bomb is the weapon of the attack the toll fell in
    ("وقتل 15 شخصا في وقت سابق أمس، في هجوم بشاحنة مفخخة في العاصمة كابل.", "قتل"),
    ("وقتل ثلاثة مهاجمين كان أحدهم يرتدي سترة ناسفة.", "قتل"),
])
def test_a_weapon_told_after_its_attack_is_not_an_act_of_its_own(nlp, text, kept):
    assert [e.trigger.text for e in _of(nlp, text)] == [kept]


def test_the_weapon_gives_the_act_its_target(nlp):
    evs = _of(nlp, "أعلنت مصادر رسمية مقتل عسكريين تركيين اثنين وجرح أربعة آخرين مساء يوم السبت، في انفجار سيارة "
                   "مفخخة استهدف قافلة عسكرية في محافظة ديار بكر.", published="2015-07-27")
    assert [e.trigger.text for e in evs] == ["مقتل"]
    assert "قافلة عسكرية" in [r.text for r in evs[0].recipient]


def test_a_weapon_told_first_stays_the_act(nlp):
    evs = _of(nlp, "وقالت مصادر امنية ان «سيارة مفخخة مركونة على جانب الطريق في شارع النضال انفجرت لدى مرور دورية "
                   "للشرطة، مما ادى الى مقتل اربعة وإصابة سبعة بجروح».")
    assert "مفخخة" in [e.trigger.text for e in evs]


def test_a_time_of_the_first_clause_does_not_part_one_arrest(nlp):
    evs = _of(nlp, "من جهة اخرى، ألقت قوات الأمن التركية فجر أمس، القبض على 17 شخصا، يشتبه في انتمائهم لتنظيم داعش، في "
                   "عمليات دهم، بمدينة مانيسا.", "COERCE")
    assert [e.trigger.text for e in evs] == ["ألقت"]


def test_a_time_of_the_first_clause_does_not_part_one_protest(nlp):
    evs = _of(nlp, "تظاهر آلاف العراقيين أمس في بغداد وست محافظات في جنوب البلاد احتجاجا على الفساد المالي والإداري "
                   "ونقص الخدمات الأساسية.", "PROTEST")
    assert [e.trigger.text for e in evs] == ["تظاهر"]


def test_a_time_after_a_relative_pronoun_dates_another_act(nlp):
    evs = _of(nlp, "وهذا الهجوم هو الثاني خلال أقل من 24 ساعة في كابول التي شهدت ليل الخميس - الجمعة تفجيرا بشاحنة "
                   "مفخخة أسفر عن مقتل 15 شخصا وإصابة أكثر من 200.")
    assert {"الهجوم", "تفجيرا"} <= {e.trigger.text for e in evs}


def test_a_toll_told_after_its_attack_takes_the_attacks_doer(nlp):
    evs = _of(nlp, "يأتي ذلك، فيما قصفت قوات التحالف مقرات الحوثي في أكثر من موقع، سقط خلالها - حتى الآن- عشرة "
                   "قتلى وسط تصاعد خسائر المتمردين.")
    assert [e.trigger.text for e in evs] == ["قصفت"]
    assert [r.text for r in evs[0].recipient] == ["الحوثي", "المتمردين"]


def test_a_toll_told_before_the_attack_without_its_doer_stays(nlp):
    evs = _of(nlp, "قتل 28 شخصاً وجرح نحو 60 آخرين في هجوم انتحاري استهدف ثكنة عسكرية في مدينة دلس الواقعة شرق "
                   "العاصمة أمس.")
    assert "قتل" in [e.trigger.text for e in evs]


def test_a_bombing_told_again_by_its_word_far_in_its_sentence_is_one(nlp):
    evs = _of(nlp, "صرح المتحدث الأمني بوزارة الداخلية بأنه إلحاقاً لما سبق إعلانه يوم الخميس الموافق 21 / 10 / "
                   "1436هـ , بشأن حدوث تفجير أثناء قيام منسوبي قوة الطوارئ الخاصة بمنطقة عسير بأداء صلاة الظهر جماعة "
                   "في مسجد مقر القوة, مما نتج عنه استشهاد (15) خمسة عشر وإصابة (33) ( تغمد الله الشهداء بواسع رحمته "
                   "وعجل بشفاء المصابين) , والعثور في الموقع على أشلاء يعتقد أنها ناتجة عن تفجير بأحزمة ناسفة.")
    assert [e.trigger.text for e in evs].count("تفجير") == 1


def test_a_shelling_of_another_town_told_by_the_same_word_stays(nlp):
    evs = _of(nlp, "وبالتزامن مع تجدد قصف الطيران المروحي لبلدة اللطامنة في ريف حماة، استهدفت الفصائل المقاتلة آلية "
                   "لقوات النظام في منطقة الزيارة في سهل الغاب في ريف حماة الشمالي الغربي، مما أدى إلى إعطابها وقتل "
                   "عدد من عناصر القوات النظامية، في حين دارت اشتباكات عنيفة في محيط قرى المشيك والزيارة وتل واسط "
                   "والمنصورة والبحصة، بين قوات النظام ومسلحين داعمين لهما، كما تعرضت بلدتا قسطون والحويجة في سهل "
                   "الغاب لقصف جوي مكثف.")
    assert [e.trigger.text for e in evs].count("قصف") == 2


def test_a_claim_of_the_attack_is_not_another_attack(nlp):
    evs = _of(nlp, "وقع انفجار بعد ظهر أمس في فندق بوسط العاصمة الصومالية مقديشو يؤوي عدة بعثات دبلوماسية. وشنت حركة "
                   "الشباب التي أعلنت مسؤوليتها عن التفجير هجمات متكررة بالقنابل وبالسلاح في العاصمة.",
              published="2015-07-27")
    assert "التفجير" not in [e.trigger.text for e in evs]
    first = next(e for e in evs if e.trigger.text == "انفجار")
    assert [a.text for a in first.actor] == ["حركة الشباب"]


def test_a_denied_claim_is_no_claim(nlp):
    evs = _of(nlp, "وقتل 20 شخصا في تفجير انتحاري في كابل أمس. ولا يعلن المتمردون عادة مسؤوليتهم عن الهجمات التي "
                   "تودي بحياة مدنيين.")
    assert not any(a.text == "المتمردون" for e in evs if e.sentence == 0 for a in e.actor)
