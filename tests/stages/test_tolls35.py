"""Round 35 (tolls35): the strikes and tolls of a campaign, told over weeks, so far, in «these raids» or as going on,
are no one attack; an attack told with its own day stays."""

import pytest

PUBLISHED = "2015-08-03"  # the day the story fixture (conftest) publishes the texts on
OPENING = "قال مصدر أمني إن الوضع هادئ في المنطقة. "


@pytest.mark.parametrize("sentence, trigger", [
    # a recent period before the strikes, in their clause
    ("وتشن تركيا في الأسابيع الأخيرة غارات جوية ضد مواقع لحزب العمال الكردستاني في جبال قنديل في شمال العراق.",
     "غارات"),
    # a recent period of two weeks after them
    ("وألقيت مسؤولية الهجوم على حزب العمال الذي كثف هجماته ضد قوات الأمن في الأسبوعين الأخيرين.", "هجماته"),
    # strikes summed so far
    ("وتركزت العمليات التركية حتى الآن بشكل أساسي على أهداف لحزب العمال الكردستاني التي تعرضت لعشرات الغارات، "
     "فيما لم يعلن في المقابل سوى عن ثلاث غارات على مقاتلي تنظيم داعش في سوريا.", "الغارات"),
    # a toll in «the recent raids»
    ("وقتل ما لا يقل عن 260 مقاتلا كرديا وأصيب نحو 400 في الغارات الأخيرة بحسب أنقرة.", "قتل"),
    # strikes as the setting of the news
    ("وألقيت مسؤولية الهجوم على حزب العمال الذي كثف هجماته ضد قوات الأمن في ظل قيام الطائرات الحربية التركية بشن "
     "غارات على مواقعه في شمال العراق.", "غارات"),
    # a present verb after a relative pronoun: what a party does
    ("وقال المسلط: لا يجد نظام الأسد وسيلة لتأخير انهياره سوى الإجرام والقصف الهمجي والبراميل المتفجرة التي يلقيها "
     "على المدنيين، والتي تستهدف مختلف أنحاء بلدتي الزبداني وبقين والبلدات المحيطة بهما.", "تستهدف"),
    # a total of the dead
    ("وبهجمات الامس يرتفع إجمالي عدد القتلى في صفوف قوات الأمن الذين سقطوا في هجمات يلقى باللوم فيها على حزب "
     "العمال الكردستاني إلى 60 على الأقل.", "القتلى"),
    # strikes since a date until today
    ("وأشار المرصد إلى ارتفاع العدد الاجمالي للقتلى إلى 3216 على الأقل جراء غارات التحالف الدولي، وضرباته الصاروخية "
     "على مناطق في سورية منذ 23 أيلول / سبتمبر 2014، وحتى فجر اليوم.", "ضرباته الصاروخية"),
    # attacks a present verb carries out, going on
    ("كما أنها تواجه هجمات يشنها تنظيم داعش على مواقعها بشرق أفغانستان على الحدود مع باكستان.", "هجمات"),
    # a toll since attacks began, daily
    ("وقتل ما لا يقل عن 17 عنصرا من قوات الأمن التركية وأصيب عشرات بجروح منذ أن باشر متمردو حزب العمال "
     "الكردستاني شن هجمات يومية في 22 يوليو (تموز).", "قتل"),
])
def test_a_campaign_is_no_one_attack(story, sentence, trigger):
    assert trigger not in story.assaults(sentence)


def test_strikes_with_their_own_day_are_kept(story):
    sentence = "وشنت الطائرات التركية أمس غارات جوية على مواقع لحزب العمال الكردستاني في جبال قنديل شمال العراق."
    assert "غارات" in story.assaults(sentence)


def test_a_toll_of_strikes_told_with_their_day_before_is_kept(nlp):
    text = OPENING + ("وكانت تركيا نفذت، السبت الماضي، ضربات جوية على معاقل حزب العمال الكردستاني في كردستان العراق. "
                      "وقال سكان محليون إن ثمانية مدنيين على الأقل قتلوا جراء تلك الهجمات.")
    events = nlp(text, published=PUBLISHED).events
    assert [e.trigger.text for e in events if e.sentence == 2 and e.event == "ASSAULT"] == ["قتلوا"]


def test_two_named_days_are_no_daily_habit(nlp):
    text = ("أعلنت نقابة سائقي المترو في لندن الاثنين أن حركة المترو في العاصمة البريطانية ستتوقف عصر الأربعاء لمدة 24 "
            "ساعة تلبية لدعوة من النقابة احتجاجا على شروط تمديد العمل ليلا يومي الجمعة والسبت من كل أسبوع. "
            "وقال مصدر إن الوضع هادئ. وأضاف أن الحركة عادية.")
    assert "PROTEST" in [e.event for e in nlp(text, published=PUBLISHED).events if e.sentence == 0]


def test_a_toll_of_these_raids_over_a_weekend_is_kept(story):
    sentence = "وأفادت مصادر كردية بأن عشرة مدنيين عراقيين قتلوا أيضا في هذه الغارات خلال نهاية الاسبوع."
    assert "قتلوا" in story.assaults(sentence)


@pytest.mark.parametrize("campaign, toll", [
    # a toll in «these raids», the sentence before telling daily raids
    ("وينفذ الطيران التركي يوميا غارات مكثفة على مواقع للمتمردين في جبال شمال العراق.",
     "وقتل ما لا يقل عن 260 مقاتلا كرديا وأصيب حوالى 400 في هذه الغارات بحسب أنقرة."),
    # a toll in «its operations», the sentence before telling most of the raids
    ("لكن غالبية الغارات استهدفت حتى الآن المتمردين الأكراد وأنهت تهدئة استمرت ثلاثة أعوام معهم.",
     "ويؤكد الجيش التركي أنه قتل اكثر من 260 مقاتلا كرديا في عملياته."),
])
def test_a_toll_of_a_campaign_told_before_is_no_event(nlp, campaign, toll):
    events = nlp(OPENING + campaign + " " + toll, published=PUBLISHED).events
    assert [e for e in events if e.sentence == 2 and e.event == "ASSAULT"] == []


def test_a_toll_of_those_clashes_after_one_fight_is_kept(nlp):
    text = OPENING + ("وفي تعز، أكدت مصادر بالمقاومة مقتل تسعة حوثيين وإصابة 21 آخرين بمواجهات شهدتها جبهات الضباب "
                      "والأربعين وسوق الصميل بالمدينة. وسقط قتيل من المقاومة بتلك المواجهات وجرح 29 آخرون.")
    events = nlp(text, published=PUBLISHED).events
    assert "قتيل" in [e.trigger.text for e in events if e.sentence == 2 and e.event == "ASSAULT"]


def test_a_toll_of_strikes_until_today_is_no_attack_at_all(story):
    sentence = ("وأشار المرصد إلى ارتفاع العدد الاجمالي للقتلى إلى 3216 على الأقل جراء غارات التحالف الدولي، وضرباته "
                "الصاروخية على مناطق في سورية منذ 23 أيلول / سبتمبر 2014، وحتى فجر اليوم.")
    assert story.assaults(sentence) == []
