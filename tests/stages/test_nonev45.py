"""Non-events told in news prose (round 45, topics.py): an animal's attack or chase (a `beast` word of
topic_words.tsv beside a trigger: «اقتحم نمر مدرسة»، «هاجمه النمر»), a device defused, detonated under control or
described unexploded (`ordnance`, `defuse`, `controlled`: «تفكيك … منزلا مفخخا»، «تفجير تسع عبوات ناسفة كانت
معدة»، «مقذوف لم ينفجر»), an act asked about (a `whether` phrase: «ما إذا كان القرار يلقى دعما») and the second
verb of a charter's relative clause («والتي تمنع وترفض كل صور التدخل»). Real attacks and stances stay."""

import pytest


@pytest.mark.parametrize("sentence, etype", [
    ("اقتحم نمر مدرسة خاصة في ولاية كارناتاكا الخميس مما أشاع حالة من الذعر بين الناس وأصاب شخصا بجروح.", "COERCE"),
    ("اقتحم نمر مدرسة خاصة في ولاية كارناتاكا الخميس مما أشاع حالة من الذعر بين الناس وأصاب شخصا بجروح.", "ASSAULT"),
    ("وأصيب رجل بإصابات في اليد عندما هاجمه النمر أثناء محاولته إغلاق نافذة الغرفة.", "ASSAULT"),
    ("لقي غواص حتفه إثر تعرضه لهجوم من سمكة قرش قبالة الساحل الشرقي لجزيرة تسمانيا.", "ASSAULT"),
    ("وهب سكان القرية إلى مساعدة العائلة والجيران في طرد النمر بعد نصف ساعة.", "COERCE"),
])
def test_an_animal_attack_is_no_event(story, sentence, etype):
    assert etype not in story.types(sentence)


@pytest.mark.parametrize("sentence", [
    "وكشفت خلية الإعلام الحربي عن تفكيك قوة من مكافحة المتفجرات لخمسين منزلا مفخخا بمنطقة الطاش.",
    "وقال إن القوات الأمنية استطاعت خلال التقدم تفكيك 35 عبوة ناسفة و13 منزلا مفخخا شرق الرمادي.",
    "وتم تفجير تسع عبوات ناسفة كانت معدة ومجهزة لاستهداف القوات والمنشآت الحكومية.",
    "وأوضح شاهد عيان أن مواطنا قام بحمل مقذوف لم ينفجر من الأرض.",
])
def test_a_device_defused_or_described_is_no_attack(story, sentence):
    assert "ASSAULT" not in story.types(sentence)


@pytest.mark.parametrize("sentence", [
    "وفجر انتحاري عبوة ناسفة في سوق شعبي ببغداد فقتل عشرة أشخاص.",
    "وقامت قوات الأمن بتفكيك خلية إرهابية نفذت تفجير سيارة مفخخة في المدينة.",
    "وقتل مسلحون حارسا في حديقة الحيوانات بكابول أمس.",
])
def test_an_attack_stays(story, sentence):
    assert "ASSAULT" in story.types(sentence)


@pytest.mark.parametrize("sentence, etype", [
    ("وتم الاتفاق على اللقاء مجددا، لكن دون أن يتضح ما إذا كان القرار يلقى دعما بين صفوف طالبان.", "SUPPORT"),
    ("وأمام الكونغرس 60 يوما لاتخاذ قرار بشأن ما إذا كان سيوافق على الاتفاق أم سيرفضه.", "AGREE"),
    ("وأدانت البحرين التصريحات الإيرانية دون التزام بميثاق الأمم المتحدة والتي تمنع وترفض كل صور التدخل في "
     "الشؤون الداخلية للدول.", "REJECT"),
])
def test_an_act_asked_about_or_a_charter_is_no_event(story, sentence, etype):
    assert etype not in story.types(sentence)


@pytest.mark.parametrize("sentence, etype", [
    ("ورفضت البحرين التدخل الإيراني في شؤونها الداخلية.", "REJECT"),
    ("ووافق الكونغرس على الاتفاق أمس بعد تصويت طويل.", "AGREE"),
])
def test_a_stance_told_stays(story, sentence, etype):
    assert etype in story.types(sentence)
