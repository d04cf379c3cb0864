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


def types(coder, text, title=None):
    """The event types coded in an article of this text and title."""
    return [e.event for e in coder(Article(text=text, title=title, published="2015-08-06")).events]


def test_an_almanac_line_is_no_event_of_the_news(coder):
    text = ("1952 - الجامعة العربية تحتج على مفاوضات بين إسرائيل وألمانيا لتطبيع العلاقات بينهما.\n"
            "1990- القوات العراقية تغزو الكويت.\n"
            "1980 - صدام حسين يقوم بأول زيارة لزعيم عراقي إلى السعودية.")
    assert types(coder, text, "هذا اليوم في التاريخ") == []


def test_a_year_that_opens_no_almanac_line_keeps_its_event(coder):
    assert "PROTEST" in types(coder, "2015 شهد احتجاجات واسعة في بغداد ضد الحكومة العراقية.")


@pytest.mark.parametrize("text", [
    "ودّعت حوطة سدير المعلم والمربي الفاضل الأستاذ إبراهيم بن محمد أبوعرقوب.",
    "ودَّعت الجزيرة العربية يوم السبت رجل الدبلوماسية وعميدها الأمير سعود الفيصل.",
])
def test_a_farewell_is_no_call(coder, text):
    assert "REQUEST" not in types(coder, text), text


def test_a_call_stays(coder):
    assert "REQUEST" in types(coder, "ودعت السعودية مجلس الأمن إلى التدخل لوقف القتال في اليمن.")


@pytest.mark.parametrize("text", [
    "بلغ عدد المعتمرين الذين زاروا المملكة خلال موسم العمرة نحو ستة ملايين زائر من مصر وباكستان.",
    "ومنع التنظيم المواطنين من زيارة قبور موتاهم في الموصل.",
])
def test_a_visit_of_pilgrims_or_citizens_is_no_meeting(coder, text):
    assert "CONSULT" not in types(coder, text), text


@pytest.mark.parametrize("text", [
    "تستضيف العاصمة الروسية المهرجان الدولي الأول للقرآن الكريم الذي يستمر أسبوعا.",
    "وشارك الوفد في المخيم الكشفي العالمي الذي تستضيفه اليابان بمشاركة 32 ألف كشاف.",
    "وحقق الفريق السعودي ميداليتين في الأولمبياد الخليجي للرياضيات الذي استضافته الكويت نهاية مارس.",
])
def test_hosting_an_occasion_is_no_meeting(coder, text):
    assert "CONSULT" not in types(coder, text), text


@pytest.mark.parametrize("text", [
    "واستضافت السعودية القيادة الشرعية الكويتية طوال فترة الاحتلال.",
    "وزار وزير الخارجية الأمريكي المملكة أمس والتقى خادم الحرمين الشريفين.",
])
def test_a_hosting_or_a_visit_of_a_party_stays(coder, text):
    assert "CONSULT" in types(coder, text), text


def test_a_hospital_taking_in_a_body_is_no_meeting(coder):
    text = ("وقالت مصادر طبية إن المستشفى استقبل خلال اليومين الماضيين جثمان جندي بالجيش و15 جريحا جراء "
            "الاشتباكات في بنغازي.")
    assert "CONSULT" not in types(coder, text)


@pytest.mark.parametrize("text", [
    "وقد تم تنفيذ حكم القتل قصاصاً بالجاني المذكور أمس الأربعاء بمدينة جيزان في منطقة جازان.",
    "- جناية القتل العمد ككل جناية تتطلب حقاً عاماً وخاصاً.",
    "وقد تم تنفيذ حكم القتل تعزيرًا بالجانيين أمس الأربعاء بمدينة جيزان في منطقة جازان.",
    "ومثل المتهم أمام محكمة الجنايات الخاصة أمس لمحاكمته بتهمة اغتيال حاكم الجزيرة قبل سنوات.",
])
def test_a_charge_or_a_penalty_is_no_assault(nlp, text):
    assert "ASSAULT" not in [e.event for e in nlp(text, published="2015-08-06").events], text


@pytest.mark.parametrize("text", [
    "قتل مسلحون خمسة جنود أمس في هجوم على نقطة تفتيش في مدينة حلب شمال سوريا.",
    "وأقدم الجاني على قتل شاب آخر بإطلاق النار عليه من مسدس أمس في بلدة الغضياء.",
])
def test_an_attack_told_stays(nlp, text):
    assert "ASSAULT" in [e.event for e in nlp(text, published="2015-08-06").events], text
