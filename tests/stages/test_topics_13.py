"""The topic stage's accidents: a story of a traffic accident, a fire, a fall into a well, a crash or a landslide, or
a sport story, that tells no attack keeps none of its deaths and wounds told without an actor (no assault); a story
that names an attack, a projectile, a bomb or a gunman beside its accident words keeps them."""

import pytest

from hadath.article import Article


def assaults(coder, text, title=None):
    """The assault triggers coded in an article of this text and title."""
    art = coder(Article(text=text, title=title, published="2015-07-21"))
    return [e.trigger.text for e in art.events if e.event == "ASSAULT"]


@pytest.mark.parametrize("title,text", [
    ("مصرع وإصابة 9 من أسرة واحدة في «مروري» بتربة",
     "باشرت الفرق حادثا على طريق بيشة. كانت عائلة مكونة من 9 اشخاص تستقل سيارة جيب في طريقهم الى بيشة عندما "
     "انفجر الاطار الامامي ما تسبب في انحرافها وانقلابها عدة مرات نتج عنه وفاة طفلة وامرأة فيما أصيب الباقون. "
     "وتم نقل المصابين إلى المستشفى."),
    ("مصرع شخصين داخل بئر في ضباء",
     "لقي شخصان مصرعهما إثر اختناقهما داخل بئر قرب محافظة ضباء، وأوضح المتحدث الرسمي بمديرية الدفاع المدني "
     "بمنطقة تبوك أن البلاغ ورد مساء أمس. وتم انتشال الجثتين."),
    ("تدمير 20 سيارة في حريق غابات",
     "اجتاح حريق غابات في سفوح التلال طريقا سريعا مزدحما بالسيارات. وأضافت الهيئة أن النيران دمرت أربعة مبان. "
     "وتكافح أطقم الإطفاء لاحتواء الحريق."),
    ("مقتل 20 شخصا إثر انهيار أرضي في الهند",
     "قالت الشرطة الهندية إن 20 شخصا على الأقل قتلوا في انهيار أرضي سببته أمطار غزيرة. وقال قائد الشرطة إن "
     "الأشخاص لقوا حتفهم في قرية تابعة للمقاطعة."),
], ids=["traffic", "well", "wildfire", "landslide"])
def test_the_deaths_of_an_accident_are_no_assault(coder, title, text):
    assert assaults(coder, text, title) == [], title


def test_a_players_injury_in_a_sport_story_is_no_assault(coder):
    text = ("غاب اللاعب عن مباراة الفريق في الدوري. وأصيب لاعب الوسط الألماني في أول ظهور له مع النادي في مباراة "
            "ودية يوم الأحد. وقال المدرب إن اللاعب سيغيب شهرين عن الملاعب.")
    assert assaults(coder, text, "لاعب يوفنتوس الجديد يغيب لمدة شهرين للإصابة") == []


@pytest.mark.parametrize("title,text", [
    # a projectile from across the border, told with the civil defence
    ("استشهاد مواطن في نجران إثر سقوط مقذوف عسكري",
     "لقي شاب مصرعه صباح اليوم نتيجة سقوط مقذوف عسكري من داخل الأراضي اليمنية داخل سور منزل عائلته. وأوضح "
     "المتحدث الإعلامي للدفاع المدني أن الفرق باشرت البلاغ."),
    # a bomb in an «incident»
    (None, "في حادثة هي الثانية من نوعها في أقل من يومين، أصيب فجر أمس ثلاثة من عناصر القوة التنفيذية في انفجار "
           "عبوة جانبية بالقرب من دوريتهم وسط مدينة غزة."),
    # a shooting beside a fire
    ("مقتل شاب بإطلاق نار ثم حريق",
     "أطلق مجهولون النار على شاب أمام منزله فلقي مصرعه. واندلع حريق في المنزل بعد الحادث. وباشرت فرق الإطفاء "
     "إخماد النيران."),
], ids=["projectile", "roadside-bomb", "shooting"])
def test_an_attack_beside_accident_words_stays(coder, title, text):
    assert assaults(coder, text, title), text
