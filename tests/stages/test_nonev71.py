"""Round 71, the topic stage's not-events: a long page of a site whose URLs name no section (aleqt) that names no day
of the news and no verb of reporting is a column, and its events with no coded party go («ما يقتضي بالضرورة دعم
ومساندة أطراف أخرى خارج الوزارة»), while the same page with a news day («أمس») keeps them; a visit on the Eid to
patients or a festival is the holiday's charity or outing, no meeting, while a call on the Eid stays; a government's
spending on subsidies («إنفاق الحكومة الكويتية على الدعم») is no aid."""

import pytest

from hadath.article import Article

ALEQT = "http://www.aleqt.com/2015/07/25/article_975983.html"
COLUMN = (
    "تركز آخر مقالين بعنوان \"إلى وزير الإسكان\" نشرهما الكاتب في صحيفة \"الاقتصادية\" الأسبوع الماضي، على أهم سبعة "
    "مقترحات لوزارة الإسكان خلال الفترة الراهنة، شملت: (1) الإسراع بإقرار آليات الرسوم على الأراضي البيضاء داخل المدن "
    "والمحافظات، التي تجاوزت مساحاتها نصف مساحات المدن الرئيسة. (2) إعادة توجيه عمل صندوق التنمية العقارية عبر الخفض "
    "التدريجي لحجم القروض العقارية على الأفراد، مقابل رفع حجم القروض الاستثمارية العقارية للأفراد والمؤسسات. (3) تأسيس "
    "لجان عليا للإسكان في المناطق الإدارية الثلاث عشرة، يترأسها أمراء المناطق وعضوية الأجهزة الحكومية ذات العلاقة.\n"
    "يؤمل مع هذه المقترحات وغيرها من المقترحات الأخرى المقدمة من قبل عديد من المختصين، أن تتبلور لها الرؤية الشاملة "
    "والدقيقة لدى وزارة الإسكان، وأن تترجم بشكل عاجل إلى منجزات عملية على أرض الواقع، وأن تتخلص من التأخير والمعوقات "
    "البيروقراطية التي عانتها الوزارة منذ تأسيسها، وأن تسهم تلك الأفكار مجتمعة في الدفع بأداء الوزارة تجاه مهامها "
    "ومسؤولياتها الجسيمة، لتصل إلى الهدف المنشود من تأسيسها.\n"
    "ولأن قضية الإسكان قياسا على ما وصلت إليه من تعقيدات، أوصلتها إلى أحد أكبر التحديات التنموية التي يعانيها "
    "الاقتصاد الوطني والمجتمع على حد سواء، التي تتجاوز في عديد من أوجهها قدرة وصلاحيات وزارة الإسكان، ما يقتضي "
    "بالضرورة دعم ومساندة أطراف أخرى خارج الوزارة، إلا أنها على علاقة مباشرة بالقضية، تتوزع مواقعها في القطاعين "
    "الحكومي والخاص.\n"
    "لهذا؛ يؤمل أن تنطلق منظومة عمل تضم أعلى قيادات تلك الأجهزة، يتمتع عملها بالمرونة القصوى للتنفيذ، وسرعة اتخاذ "
    "القرارات، إضافة إلى سرعة معالجة أي معوقات أو عقبات، بعيدا عن قنوات الخطابات الرسمية بين مختلف الأجهزة التي تتطلب "
    "أوقاتا طويلة، وبعيدا عن الإجراءات البيروقراطية العتيقة التي تستنفد جهودا وزمنا أطول ما يستحق.\n")
NEWS_LINE = "وعقدت اللجنة اجتماعها أمس في الرياض.\n"


def kinds(coder, text, url=None, date="2015-07-25"):
    """The (type, trigger) of the events the coder keeps for `text` published at `url` on `date`."""
    art = coder(Article(text=text, published=date, url=url))
    return [(e.event, e.trigger.text) for e in art.events]


def test_unsectioned_column_drops_partyless_support(coder):
    """An aleqt page with no news day and no verb of reporting is a column: its support with no party goes."""
    assert ("SUPPORT", "دعم") not in kinds(coder, COLUMN, ALEQT)


def test_unsectioned_news_page_keeps_partyless_support(coder):
    """The same page that names a news day («أمس») is a news story: the support stays as the coder reads it."""
    assert ("SUPPORT", "دعم") in kinds(coder, COLUMN + NEWS_LINE, ALEQT)


@pytest.mark.parametrize("text", [
    "ارتسمت البسمة على شفاه الأطفال المنومين في قسم سرطان الأطفال بمستشفى مدينة الملك عبدالعزيز الطبية للحرس الوطني "
    "بجدة خلال زيارة فريق «سفراء التطوع» بمشاركة مبادرة «نرسم بسمتهم» تحت شعار «فرحتنا معهم» بهدف إدخال بهجة العيد "
    "على قلوبهم وقلوب ذويهم.",
    "قامت أكثر من 30 سيدة أعمال سعودية بزيارة لمهرجان (جدة شو 36) الذي تُقام فعالياته في مركز جدة الدولي للمعارض، "
    "وقمن بتوزيع هدايا العيد في واحدة من أهم تعبيرات الفرح في جدة.",
])
def test_eid_visit_is_no_meeting(coder, text):
    """A visit on the Eid to inpatients or to a festival is the holiday's charity or outing: no CONSULT."""
    assert not [t for e, t in kinds(coder, text, date="2015-07-24") if e == "CONSULT"]


def test_eid_call_stays(coder):
    """A call on the Eid is no visit: the Eid word alone drops nothing."""
    assert "CONSULT" in [e for e, _ in kinds(coder, "أجرى وزير الخارجية اتصالا هاتفيا بنظيره الأردني بمناسبة العيد.",
                                             date="2015-07-24")]


def test_spending_on_subsidy_is_no_aid(coder):
    """A government's spending on subsidies is a budget's item, no aid given."""
    text = ("أظهرت الدراسة أن الكويت شغلت المركز الثالث عالميًا في دعم الطاقة، إذ بلغت حصة الفرد من إنفاق الحكومة "
            "الكويتية على الدعم 3430 دولارًا.")
    assert not [t for e, t in kinds(coder, text, date="2015-07-23") if e == "AID"]


def test_aid_to_a_people_stays(coder):
    """Aid given to a people is still aid."""
    assert "AID" in [e for e, _ in kinds(coder, "قدمت الحكومة الكويتية مساعدات عاجلة للشعب اليمني.",
                                         date="2015-07-23")]
