"""Words read in the wrong sense (senses37): an uprising or a given name read as a gift (هبة), a farewell read as an
appeal (ودّع, read as و + دعت), a suicide bomber driving into a post read as a raid, a soldier fighting for his
country read as verbal defence, «sincere with» read as ratifying, a doctor or an employee dismissed read as an
expulsion; the senses of each word that are events stay."""

import pytest

PUBLISHED = "2015-08-07"


def _events(coder, text):
    return [(e.event, e.trigger.text) for e in coder(text, published=PUBLISHED).events]


@pytest.mark.parametrize("text,event", [
    ("وللشاب ليث الخالدي الذي قضى برصاص الإسرائيليين في رام الله في الهبة الغاضبة على حرق علي.", "AID"),
    ("ورأت الإعلامية \"هبة عراقي\" أن نشر مقاطع فيديوهات التحرش عبر وسائل الإعلام فيه نوع من إشاعة الفاحشة.", "AID"),
    ("نعى شيوخ المملكة وفاة الشيخ الدكتور وهبة الزحيلي على هاشتاق خاص بموقع تويتر.", "AID"),
    ("وأوضح مدير العلاقات العامة بالجمعية أن الجمعية ودعت بكل حب وتقدير 27 مصابا من الأخوة العمانيين وذويهم.",
     "REQUEST"),
    ("وفي وقت مبكر من اليوم الاحد، اقتحم انتحاري بجرار مفخخ بطنين من المتفجرات مركزا للدرك في شرق البلاد.",
     "COERCE"),
    ("وأكد الأمير خلال اتصاله بأسرة الشهيد أنه نال شهادة العز والكرامة واستشهد وهو يدافع عن دينه ووطنه.",
     "SUPPORT"),
    ("واختير الشيخ الذي قاتل ودافع عن أرضه، ومبادئه، ووطنيته.", "SUPPORT"),
    ("سوريا تحتاج ان يكون مجلس الامن الدولي صادقا مع نفسه وشعاراته.", "SUPPORT"),
    ("وقال إنهم عجزوا عن معالجته بعد أن ارتكبوا الخطأ الطبي حين سارعوا وقتها بطرد الطبيب المتسبب في ذلك.", "COERCE"),
    ("وتظهره الصور وهو يصرخ في وجه مواطن، أو يطرد موظفا من مكتبه.", "COERCE"),
    ("وهم يشاركون يوم 15 أغسطس حفل افتتاح القناة الجديدة أحد روافد دعم التجارة العالمية.", "SUPPORT"),
    ("ويأتي ذلك إيماناً من البنك بالدور المجتمعي في دعم السياحة في مناطق البلاد ومنطقة عسير بالتحديد.", "AID"),
    ("كشف تقرير اقتصادي عن مساهمة المملكة في دعم مسيرة التنمية في 121 دولة نامية عبر صندوق أوبك للتنمية الدولية.",
     "AID"),
])
def test_another_sense_is_no_event(coder, text, event):
    assert event not in [t for t, _ in _events(coder, text)]


@pytest.mark.parametrize("text", [
    "كما أكدت ضرورة تفعيل اتفاقية الدفاع العربي المشترك، واستضافت المملكة جميع قوات التحالف الدولي على أراضيها.",
    "في الماضي، كانت قاعدة إنجيرليك استضافت القوات الأميركية تحت مظلة حلف الناتو.",
    "وقال إن ذلك سيمهد الطريق أمام عودة أكثر من 1.7 مليون لاجئ سوري تستضيفهم تركيا.",
])
def test_forces_or_refugees_hosted_are_no_visit(coder, text):
    assert "CONSULT" not in [t for t, _ in _events(coder, text)]


def test_a_hosted_meeting_stays(coder):
    text = "واستضافت الرياض أمس وزراء خارجية دول مجلس التعاون الخليجي."
    assert "CONSULT" in [t for t, _ in _events(coder, text)]


@pytest.mark.parametrize("text,event", [
    ("وقدمت السعودية هبة مالية للبنان بقيمة 3 مليارات دولار.", "AID"),
    ("ودعت الحكومة الشرعية كل المنظمات الدولية للتنديد بهذه الأعمال.", "REQUEST"),
    ("واقتحمت الشرطة الإسرائيلية المسجد الأقصى أمس.", "COERCE"),
    ("دافع وزير الخارجية الإيراني عن الاتفاق النووي أمام البرلمان أمس.", "SUPPORT"),
    ("وصادق البرلمان على الاتفاقية أمس.", "SUPPORT"),
    ("وطردت السلطات الصحفيين الأجانب من البلاد أمس.", "COERCE"),
    ("وأعلنت الرياض دعم الحكومة اليمنية الشرعية بكل الوسائل.", "SUPPORT"),
])
def test_the_event_sense_stays(coder, text, event):
    assert event in [t for t, _ in _events(coder, text)]
