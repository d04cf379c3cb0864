"""Round 63, the topic stage's non-events (stages/topics.py, topic_words.tsv).

Tested here, on sentences of the dev days (a cabinet-session report of 2015-07-24): a state's own cabinet or
council approving a regulation, a reward or a committee at home («قرر مجلس الوزراء الموافقة على توحيد مكافأة»)
is no AGREE, while its approval of an accord with another state («وافق مجلس الوزراء على تفويض وزير النقل …
بالتباحث مع الجانب المالطي في شأن مشروع اتفاقية») stays; and the cabinet's congratulation to its own king «على ما
يحظى به من تقدير … الدولية» is courtesy (the reason clause is not read for political words), while praise of
another state's forces («أشاد كارتر بالقوات العراقية») stays."""

from __future__ import annotations

from hadath.article import Article

LEAD = ("عقد مجلس الوزراء السعودي جلسته اليوم في قصر السلام بجدة برئاسة خادم الحرمين الشريفين الملك سلمان بن "
        "عبدالعزيز آل سعود. وأوضح وزير الثقافة والإعلام السعودي في بيانه عقب الجلسة أن المجلس ناقش عددا من "
        "التقارير. ")
TAIL = " وناقش المجلس عددا من الموضوعات المدرجة على جدول أعماله."


def coded(coder, text, date="2015-07-24"):
    """The (type, trigger) pairs the pipeline codes for `text`."""
    art = coder(Article(text=text, published=date))
    return [(e.event, e.trigger.text) for e in art.events]


def session(sentence):
    """The sentence told in a Saudi cabinet-session report (the rules of a story and of a home state apply)."""
    return LEAD + sentence + TAIL


def test_a_cabinet_approval_of_a_reward_at_home_is_no_agreement(coder):
    """«قرر مجلس الوزراء الموافقة على توحيد مكافأة أعضاء مجالس الإدارة»: no AGREE; an approval of an accord with
    another state («بالتباحث مع الجانب المالطي في شأن مشروع اتفاقية») or an accession to a protocol stays."""
    text = session("قرر مجلس الوزراء الموافقة على توحيد مكافأة أعضاء مجالس الإدارة لجميع المؤسسات والهيئات "
                   "والأجهزة الحكومية بمبلغ ألفي ريال عن كل جلسة.")
    events = coded(coder, text)
    assert ("AGREE", "الموافقة") not in events, events
    text = session("وافق مجلس الوزراء على تفويض وزير النقل بالتباحث مع الجانب المالطي في شأن مشروع اتفاقية "
                   "تعاون بين حكومة المملكة العربية السعودية وحكومة جمهورية مالطا في مجال النقل البحري.")
    events = coded(coder, text)
    assert ("AGREE", "وافق") in events, events  # an approval of an accord with another state stays
    text = session("قرر مجلس الوزراء الموافقة على انضمام المملكة إلى بروتوكول القضاء على الاتجار غير المشروع "
                   "بمنتجات التبغ.")
    events = coded(coder, text)
    assert ("AGREE", "الموافقة") in events, events  # so does an accession to a protocol


def test_a_council_approval_of_amended_rules_is_no_agreement(coder):
    """«كما وافق مجلس الشورى خلال الفترة الماضية على تعديل المواد النظامية»: no AGREE."""
    text = session("كما وافق مجلس الشورى خلال الفترة الماضية على تعديل المواد النظامية المتعلقة بالعقوبات في "
                   "نظام خدمة حجاج الداخل.")
    events = coded(coder, text)
    assert ("AGREE", "وافق") not in events, events


def test_the_cabinet_congratulating_its_king_on_his_international_esteem_is_courtesy(coder):
    """«رفع مجلس الوزراء التهنئة لخادم الحرمين الشريفين على ما يحظى به من تقدير من مختلف الأوساط الإسلامية
    والعربية والدولية»: no SUPPORT by «التهنئة»; praise of another state's forces «على ما حققته» stays."""
    text = session("وبين وزير الثقافة والإعلام أن مجلس الوزراء رفع التهنئة لخادم الحرمين الشريفين على ما يحظى "
                   "به من تقدير من مختلف الأوساط الإسلامية والعربية والدولية.")
    events = coded(coder, text)
    assert ("SUPPORT", "التهنئة") not in events, events
    text = ("قال وزير الدفاع الأمريكي آشتون كارتر اليوم إن الحرب على داعش ستطول. وأشاد كارتر بالقوات العراقية "
            "على ما حققته من تقدم في محافظة الأنبار. وأضاف أن الولايات المتحدة ستواصل دعم العراق.")
    events = coded(coder, text)
    assert ("SUPPORT", "أشاد") in events, events
