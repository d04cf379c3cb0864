"""Round 108 (nonevents108): non-events from the judged slices 2015-07-22 #0–399 and #1600–2049. A past verb right
after a phrase of «often» («كثيرا ما عارضت»، «ولطالما عارض») tells a stance held over years, no one act; a noun of talk
given to a paper («خص جون كيري «الشرق الأوسط» بحوار»، «الحوار مع … جون كيري لـ«الشرق الأوسط»»، «وأجرت «الشرق
الأوسط» الحوار مع كيري») is an interview, no talks; a why-question («فلماذا لا تدعمه الدولة …؛ بدلاً من دعمه من
رواتب الموظفين؟») asks, past a semicolon too, and tells no act; «إن العالم رحب بالاتفاق» names no party."""

from stage_coding import kept_types

_DATE = "2015-07-22"


def test_often_opposed_is_a_stance_held(nlp):
    """(2015-07-22 #180 n7, #56 n2): «لجنة استشارية خارجية كثيرا ما عارضت مقترحات الإدارة»، «ولطالما عارض إردوغان
    العقوبات»: opposed again and again over years, no rejection of the day."""
    for text in ("من المتوقع أيضا أن تدعم شركة خدمات المعاشات الصفقة، بعد اتخاذها قرارا بعدم إحالة قرارها إلى لجنة "
                 "استشارية خارجية كثيرا ما عارضت مقترحات الإدارة.",
                 "قال دبلوماسي إسرائيلي كبير أمس إن تركيا قد تعود. ولطالما عارض إردوغان العقوبات الدولية التي تستهدف "
                 "الحد من برنامج طهران النووي."):
        assert not any(t == "REJECT" for t, _ in kept_types(nlp, text, _DATE)), text


def test_opposed_on_a_day_stays(nlp):
    """With no «often», the opposition is an act: «وعارض إردوغان العقوبات الدولية على إيران أمس» stays."""
    kept = kept_types(nlp, "وعارض إردوغان العقوبات الدولية على إيران أمس.", _DATE)
    assert ("REJECT", "عارض") in kept, kept


def test_an_interview_given_to_a_paper_is_no_talks(nlp):
    """(2015-07-22 #15 n1, #52 n18, n19): the paper's interview with Kerry, granted, given to it or held by it, and
    named again with the article, is no consultation."""
    for text in ("وفي أول مقابلة له مع صحيفة عربية، خص جون كيري «الشرق الأوسط» بحوار لتوضيح سياسة الإدارة الأميركية "
                 "تجاه إيران.",
                 "على الرغم من أن الحوار مع وزير الخارجية الأميركي جون كيري لـ«الشرق الأوسط» كان مخصصًا للملف "
                 "النووي الإيراني وسياسات واشنطن تجاه طهران، فإن بداية الحوار تطرقت إلى اليوم التاريخي.",
                 "وأجرت «الشرق الأوسط» الحوار مع كيري عبر الهاتف من مكتبه في مقر وزارة الخارجية الأميركية."):
        assert not any(t == "CONSULT" for t, _ in kept_types(nlp, text, _DATE)), text


def test_talks_a_source_told_the_paper_about_stay(nlp):
    """Talks a source told the paper of, or a party's meeting named in quotes, stay: «وقال مصدر مطلع على الحوار
    لـ«الشرق الأوسط» إن الحوار بين الحكومة والمعارضة انطلق أمس»، «دعت تركيا إلى اجتماع للحلف الأطلسي لـ"الناتو"»."""
    kept = kept_types(nlp, "وقال مصدر مطلع على الحوار لـ«الشرق الأوسط» إن الحوار بين الحكومة والمعارضة انطلق أمس في "
                           "جنيف.", _DATE)
    assert ("CONSULT", "الحوار") in kept, kept
    kept = kept_types(nlp, "وأعلن أمس أن تركيا دعت إلى اجتماع للحلف الأطلسي لـ\"الناتو\" في بروكسل.", _DATE)
    assert ("CONSULT", "اجتماع") in kept, kept


_SANED = ("سبق تقول للمسؤول: منذ أعلن عن تطبيق نظام ساند والاعتراضات لا تهدأ. وبرغم أن ساند يهدف في مفهومه إلى "
          "حماية الموظفين، فلماذا لا تدعمه الدولة بمؤسساتها المعنية؛ بدلاً من دعمه من رواتب الموظفين السعوديين؟ "
          "وهذا ما يطرحه المواطنون اليوم.")


def test_support_asked_in_a_why_question_past_a_semicolon_is_no_act(nlp):
    """(2015-07-22 #1966 n2): «فلماذا لا تدعمه الدولة …؛ بدلاً من دعمه من رواتب الموظفين السعوديين؟»: a column's
    question, no support given."""
    kept = kept_types(nlp, _SANED, _DATE)
    assert not any(t == "SUPPORT" for t, _ in kept), kept


def test_a_demand_told_past_a_semicolon_in_a_question_stays(nlp):
    """(2015-07-22 #1964 n1): «- لماذا تضاعفت تكلفة المشاريع؛ كما أكد ذلك مجلس الشورى، وطالب بتدخل الهيئة الوطنية
    لمكافحة الفساد …؟»: the council's demand, a past verb past the semicolon, is told, and stays."""
    text = ("تساؤلات عن المؤسسة العامة. - لماذا تضاعفت تكلفة مشاريع تطوير المؤسسة، وتتأخر مدة التنفيذ؛ كما أكد ذلك "
            "مجلس الشورى، وطالب بتدخل الهيئة الوطنية لمكافحة الفساد \"نزاهة\" للتحقيق في أسباب التعثر؟ وهذا ما "
            "ينتظره المواطنون.")
    kept = kept_types(nlp, text, _DATE)
    assert ("REQUEST", "طالب") in kept, kept


_WORLD = ("دافع وزير الخارجية الإيراني محمد جواد ظريف أمام نواب برلمان بلاده أمس عن الاتفاق النووي. وقال ظريف: إن العالم "
          "رحب بالاتفاق باعتبار أنه «جسّد انتصار لغة المنطق على لغة الحرب». ووقف بعض النواب المحافظين ضد دبلوماسية "
          "التفاوض.")


def test_the_world_welcoming_is_no_party_s_welcome(nlp):
    """(2015-07-22 #325 n1, #1739 n3): «إن العالم رحب بالاتفاق»: the speaker's claim about the whole world, no party's
    welcome; a body that welcomes stays."""
    kept = kept_types(nlp, _WORLD, _DATE)
    assert ("SUPPORT", "رحب") not in kept, kept
    kept = kept_types(nlp, "رحبت الجامعة العربية بالاتفاق أمس. وقال الوزير إن الاتفاق مهم. وأضاف أن المفاوضات "
                           "ستستمر.", _DATE)
    assert ("SUPPORT", "رحبت") in kept, kept
