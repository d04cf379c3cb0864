"""Round 69, the topic stage's not-events: the noun of fighting with the purpose لـ («تجنيد متشددين للقتال في
سوريا») or after a return from it («عائدون من القتال») and refused by a plural verb («رفضوا المشاركة في القتال») is
no attack told; a subsidy lessened or withdrawn («خطط تقليل الدعم المقدم للمواد النفطية»، «سحب الدعم المخصص
لمزارع الطاقة») is no aid; a greeting cable «مماثلة» after a cable sent on a national day is that day's courtesy.
A fighting that broke out, aid to a people and a greeting cable with no occasion named stay."""

import pytest

from hadath.article import Article

LEAD = "وتتواصل التطورات في المنطقة منذ أسابيع. وأضاف المصدر أن الأمر يحتاج إلى وقت. "


def coded(coder, sentence, lead=LEAD):
    """The (type, trigger) of the events of the last sentence of a story after `lead`."""
    art = coder(Article(text=lead + sentence, published="2015-07-25"))
    return [(e.event, e.trigger.text) for e in art.events if e.trigger.start >= len(lead)]


@pytest.mark.parametrize("sentence", [
    "وأعلنت الشرطة الإيطالية اعتقال ثلاثة رجال يشتبه في تورطهم في تجنيد متشددين للقتال في سوريا.",
    "وبعد اندلاع الحرب الأهلية في سوريا اصبحت تونس من أكثر البلدان التي يسافر منها أشخاص للقتال إلى جانب "
    "الجماعات المسلحة هناك.",
    "ووضعت استراليا في حالة تأهب قصوى تحسبا لهجمات يشنها متشددون عائدون من القتال في الشرق الاوسط.",
    "وقالت المصادر إن بعض قادة الفرق العسكرية التابعة للحوثيين رفضوا المشاركة في القتال.",
])
def test_fighting_aimed_at_or_left_is_no_attack(coder, sentence):
    """What fighters are recruited or travel for, come back from or refuse is no attack of the day."""
    assert not [t for e, t in coded(coder, sentence) if e == "ASSAULT" and "قتال" in t], sentence


def test_fighting_that_broke_out_stays(coder):
    """The noun of fighting as the subject of an outbreak is an attack told."""
    assert "القتال" in [t for e, t in coded(coder, "وأغلق الميناءان عندما اندلع القتال بين مجموعات متحالفة مع "
                                                    "الحكومتين المتنافستين في ليبيا.") if e == "ASSAULT"]


@pytest.mark.parametrize("sentence", [
    "وكان صندوق النقد الدولي دعا دول الخليج العربي إلى الاستمرار في خطط تقليل الدعم المقدم للمواد النفطية.",
    "وفي بريطانيا، شجع هذا الحكومة على سحب الدعم المخصص لمزارع توليد الطاقة الشمسية.",
])
def test_subsidy_lessened_or_withdrawn_is_no_aid(coder, sentence):
    """A state's price subsidy cut is a domestic policy, no aid given."""
    assert "AID" not in [e for e, _ in coded(coder, sentence)], sentence


CABLE_LEAD = ("بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، برقية تهنئة للرئيس الباجي قايد السبسي رئيس تونس، "
              "بمناسبة ذكرى إعلان الجمهورية لبلاده. وأشاد بتميز العلاقات الأخوية التي تربط بين البلدين. ")
TWIN = "كما بعث الأمير محمد بن نايف ولي العهد برقية تهنئة مماثلة للرئيس الباجي السبسي."


def test_similar_cable_on_a_national_day_goes(coder):
    """«برقية تهنئة مماثلة» after a cable on a national day is that day's courtesy, no support."""
    assert "SUPPORT" not in [e for e, _ in coded(coder, TWIN, CABLE_LEAD)]


def test_similar_cable_with_no_occasion_stays(coder):
    """With no occasion named before it, the similar cable is coded as it reads."""
    lead = "بعث خادم الحرمين الشريفين برقية تهنئة للرئيس الباجي قايد السبسي. وأشاد بتميز العلاقات بين البلدين. "
    assert "SUPPORT" in [e for e, _ in coded(coder, TWIN, lead)]


HOME_LEAD = ("وأكدت المملكة العربية السعودية عنايتها بالمساجد التاريخية في جميع مناطقها. "
             "وقالت الهيئة العامة للسياحة إن السعودية ماضية في ترميم المواقع الأثرية. ")


def test_private_donation_is_no_aid(coder):
    """A donation with no coded giver to the story's own state is a charity, no aid between parties."""
    sentence = ("وأعلن رئيس مؤسسة تراث الخيرية عن تبرع خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود "
                "بنفقات ترميم مسجد الحنفي التاريخي.")
    assert "AID" not in [e for e, _ in coded(coder, sentence, HOME_LEAD)]


def test_firm_social_responsibility_is_no_support(coder):
    """A firm's programme of social responsibility supports no party."""
    sentence = ("وكشف المشرف العام على المبادرة المهندس رامي إكرام المدير التنفيذي والمؤسس لإيمار السعودية لأعمال "
                "الطاقة المحدودة، أن المبادرة تأتي ضمن برامج المسؤولية المجتمعية لتوطين قطاع المقاولات، مضيفاً أن "
                "المبادرة ترمي لدعم الشباب السعودي الطموح وتطوير سوق المقاولات فضلاً عن تنمية إمكانات وقدرات "
                "المقاولين الشباب ودعم الشباب السعودي عبر الحصول على مشروعات من نظرائهم كبار المقاولين.")
    assert "SUPPORT" not in [e for e, _ in coded(coder, sentence)]
