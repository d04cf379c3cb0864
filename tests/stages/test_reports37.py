"""Round 37 (reports37): attacks named as a setting, a campaign, a week's toll, a group's record or a declared war
are no attack told; the main strike of a sentence set «في ظل …» stays."""

import pytest

PUBLISHED = "2015-08-02"  # the day the story fixture (conftest) publishes the texts on


@pytest.mark.parametrize("sentence, trigger", [
    # a setting opened with «وفي ظل»
    ("وفي ظل قيام الطائرات الحربية التركية بشن غارات على مواقع الحزب في شمال العراق، أعلن الحزب إنهاء الهدنة.",
     "غارات"),
    # a toll of «this campaign»
    ("وقتل وأُصيب العديد من المدنيين في هذه الحملة الجوية التي أطلقتها أنقرة بعد سلسلة من هجمات دامية في تركيا "
     "نسبت إلى «العمال الكردستاني».", "قتل"),
    # a week's toll, the day the agency told it before «أن»
    ("ونقلت وكالة أنباء الأناضول السبت أن الغارات التركية أسفرت خلال أسبوع عن مقتل حوالى 260 عنصرا من حزب العمال "
     "الكردستاني وإصابة حوالى 400 آخرين.", "مقتل"),
    # the attacks a group stands behind
    ("وقتلت أجهزة الأمن الروسية ثمانية متطرفين بايعوا تنظيم داعش ويقفون وراء هجمات في منطقة القوقاز.", "هجمات"),
    ("وبينما كانت وسائل الإعلام منشغلة بالأنباء عن وفاة الملا محمد عمر ومالك إسحاق زعيم جماعة عسكر جنقوي الإسلامية "
     "المسلحة التي تقف وراء كثير من الهجمات المذهبية، وصلت الجرافات فجرا لتدمير أكبر حي عشوائي في العاصمة "
     "الباكستانية.", "الهجمات"),
    # a war declared, what it targets
    ("واطلق الرئيس رجب طيب اردوغان \"حربا على الارهاب\" تستهدف حزب العمال الكردستاني كما تنظيم داعش المتهم بالوقوف "
     "خلف العملية الانتحارية التي وقعت في 20 تموز/يوليو في سوروتش (جنوب) وادت الى مقتل 32 من الناشطين الشبان "
     "الاكراد.", "تستهدف"),
    # operations sent to target a group
    ("ودخلت أعداد كبيرة من مقاتلي العشائر إلى قضاء الفلوجة لتنفيذ عمليات تستهدف مسلحي داعش.", "تستهدف"),
])
def test_no_attack_told(story, sentence, trigger):
    assert trigger not in story.assaults(sentence)


@pytest.mark.parametrize("sentence, trigger", [
    # the main strike of a sentence set «في ظل …»
    ("وفي ظل هذه التطورات شنت طائرات التحالف غارات جوية على مواقع الحوثيين في محافظة صعدة.", "غارات"),
    ("في ظل الصمت الدولي قصفت الطائرات الحربية السورية مدينة دوما بالبراميل المتفجرة.", "قصفت"),
    # a group's killing told, with the attacks it stands behind
    ("وقتلت أجهزة الأمن الروسية ثمانية متطرفين بايعوا تنظيم داعش ويقفون وراء هجمات في منطقة القوقاز.", "قتلت"),
    # the attack a war's target is accused of, told beside it
    ("واطلق الرئيس رجب طيب اردوغان \"حربا على الارهاب\" تستهدف حزب العمال الكردستاني كما تنظيم داعش المتهم بالوقوف "
     "خلف العملية الانتحارية التي وقعت في 20 تموز/يوليو في سوروتش (جنوب) وادت الى مقتل 32 من الناشطين الشبان "
     "الاكراد.", "العملية الانتحارية"),
    # a toll of one raid
    ("وقتل خمسة مدنيين في هذه الغارة التي استهدفت سوقا شعبيا في مدينة صعدة.", "قتل"),
])
def test_attack_told_is_kept(story, sentence, trigger):
    assert trigger in story.assaults(sentence)
