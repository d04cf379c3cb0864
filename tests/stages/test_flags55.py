"""Round 55 (flags55): the negated / future / hypothetical flags — a negated verb that carries an act («لم تتخذ روسيا
حق الفيتو») or allows it («ولم يسمح … بشن أي طلعات قصف») negates it; «ما إذا» past commas, a claim verb a few words
before its أن, the subject of a feared «أن يؤدي», and «متى ما» suppose; a directed act («وجه … بسرعة القبض»), a
second aim after «بهدف», an extension called for, a hope voiced and an invitation's visit in لـ are still to come;
an invitation answered («تلبية لدعوة»), a visit a purpose's own verbal noun is about, «وما أكد عليه» (what) and the
main verb after a clause of asking in عندما are told as done; a visit «دون قيام» is negated, and an errand in لـ of
troops sent is still to come (must / must not, on sentences of the dev days)."""

import pytest

from stage_coding import events_coded

_FLAGS = ("negated", "future", "hypothetical")


def flags_of(nlp, text, trigger, date="2015-07-24"):
    """(negated, future, hypothetical) of each event of `text` whose trigger is `trigger`."""
    return [(e.negated, e.future, e.hypothetical) for e in events_coded(nlp, text, date) if e.trigger.text == trigger]


def assert_flag(nlp, text, trigger, want, date="2015-07-24"):
    """`text` has an event whose trigger is `trigger`, and every such event has the flag `want` («negated», «future»
    or «hypothetical») set, or, for «not …», none has it set."""
    on = not want.startswith("not ")
    i = _FLAGS.index(want.removeprefix("not "))
    fl = flags_of(nlp, text, trigger, date)
    assert fl and all(bool(f[i]) is on for f in fl), (want, fl)


def case(text, trigger, want, name, date="2015-07-24"):
    """A row of a table of assert_flag: `want` of the events of `text` whose trigger is `trigger`, the row's id
    `name` (the case it checks)."""
    return pytest.param(text, trigger, want, date, id=name)


_VETO = "بينما الصين أيّدت العاصفة وبالتالي لم تتخذ روسيا حق الفيتو، وهذا نصر آخر لخادم الحرمين الشريفين."
_VISIT_INVITED = ("أعلن ولي ولي العهد وزير الدفاع الأمير محمد بن سلمان خلال لقائه الرئيس الروسي فلاديمير بوتين في "
                  "بطرسبورغ أن خادم الحرمين الشريفين الملك سلمان بن عبد العزيز سيزور روسيا في القريب العاجل تلبية "
                  "لدعوة الرئيس الروسي.")
_TROOPS_SENT = ("حين اجتازت قوات الحوثيين الحدود ودخلت إلى قرية الخوبة التابعة لمحافظة جازان، فأرسلت القوات السعودية "
                "فرقة عسكرية من حرس الحدود لطردهم، واشتبك المسلحون الحوثيون مع القوات السعودية.")


@pytest.mark.parametrize("text, trigger, want, date", [
    # «وبالتالي لم تتخذ روسيا حق الفيتو»: the veto was not cast; China's support beside it stands
    case(_VETO, "الفيتو", "negated", "a_veto_not_taken_is_negated"),
    case(_VETO, "أيّدت", "not negated", "a_veto_not_taken_is_negated-the_support_beside_it"),
    # «لم تشن القوات هجوما على القرية»: the light verb is negated, and so the attack it carries
    case("لم تشن القوات هجوما على القرية.", "هجوما", "negated", "an_attack_not_launched_is_negated"),
    # «ولم يسمح لسلاح الجو الأمريكي بشن أي طلعات قصف»: not allowed, no bombing took place
    case("ولم يسمح لسلاح الجو الأمريكي بشن أي طلعات قصف ضد تنظيم الدولة الإسلامية انطلاقا من قاعدة "
         "إنجرليك في جنوب تركيا لكنه يستخدم القاعدة لإطلاق طائرات بدون طيار.", "قصف", "negated",
         "a_bombing_not_allowed_is_negated"),
    # «تساءل … عمّا إذا كان أحد المسؤولين أو الكتاب المصريين المهمين، قد استنكر»: asked whether, past a comma
    case("تساءل الإعلامي السعودي جمال خاشقجي مدير قناة العرب الإخبارية، اليوم الخميس، عمّا إذا كان أحد "
         "المسؤولين أو الكتاب المصريين المهمين، قد استنكر ما قاله الكاتب الصحفي المصري محمد حسنين هيكل، عن "
         "السعودية وهجومه على المملكة.", "استنكر", "hypothetical",
         "whether_anyone_denounced_is_hypothetical"),
    # «قد زعمت في تقرير لها أنه طُلب من خالد مشعل»: the claim verb stands four words before its أن
    case("وكانت وكالة أنباء فارس الإيرانية شبه الرسمية قد زعمت في تقرير لها أنه طُلب من خالد مشعل رئيس "
         "المكتب السياسي لحركة حماس خلال زيارته الأخيرة للسعودية المشاركة بـ 700 عسكري من غزة بعملية عاصفة "
         "الحزم ضد جماعة الحوثيين في اليمن.", "طُلب", "hypothetical",
         "a_request_a_news_agency_claimed_is_hypothetical"),
    # (ويدعى: «is called», no claim)
    case("وقال أحد السكان ويدعى موها صالح أن الإرهابيون قاموا بقتل 13 شخصا وجرح 27 آخرين.", "قتل",
         "not hypothetical", "a_request_a_news_agency_claimed_is_hypothetical-is_called", "2015-08-03"),
    # «ويخشى زعماء الدول الخليجية من أن يؤدي رفع العقوبات»: the subject of the feared verb is only supposed
    case("ويخشى زعماء الدول الخليجية من أن يؤدي رفع العقوبات الدولية عن إيران إلى أن تصبح في موقع أقوى "
         "يؤدي الى زعزعة الاستقرار في منطقة الشرق الأوسط.", "رفع العقوبات", "hypothetical",
         "a_lifting_feared_is_hypothetical"),
    # «وجه … شرطة منطقة مكة بسرعة القبض على المتهمين»: the arrest is ordered, not made
    case("تفاعلاً مع حادثة تحرش بفتاتين بجدة وجه مستشار خادم الحرمين أمير منطقة مكة المكرمة الأمير خالد "
         "الفيصل شرطة منطقة مكة بسرعة القبض على المتهمين بالتحرش كما وجه بتكثيف التواجد الأمني في الكورنيش.",
         "القبض", "future", "an_arrest_directed_is_future"),
    # «بهدف إيجاد حل سلمي للأزمة في اليمن ورفع الحصار»: the lifting is an aim of the talks
    case("فيما أكد عادل الشجاع القيادي بحزب المؤتمر الشعبي العام، أن هناك مفاوضات في القاهرة بين قيادات في "
         "المؤتمر ودبلوماسيين من الولايات المتحدة وبريطانيا والامارات بهدف إيجاد حل سلمي للأزمة في اليمن ورفع "
         "الحصار على اعتبار أن استمرار الحرب والحصار يخدمان الجماعات المتطرفة.", "رفع الحصار", "future",
         "a_second_aim_is_future"),
    # «دعا المبعوث الدولي … إلى تمديد الهدنة الإنسانية»: the truce's extension is asked for
    case("من جهته دعا المبعوث الدولي إلى اليمن إسماعيل ولد الشيخ في كلمته إلى تمديد الهدنة الإنسانية 5 أيام "
         "إضافية على الأقل.", "الهدنة", "future", "an_extension_called_for_is_future"),
    # «معرباً عن الأمل أن يتوصل الأشقاء في اليمن إلى اتفاق»: hoped for, still to come
    case("ورحب مجلس الوزراء بانعقاد مؤتمر الرياض ، معرباً عن الأمل أن يتوصل الأشقاء في اليمن إلى اتفاق يحقق "
         "أمن واستقرار اليمن.", "يتوصل", "future", "a_hope_voiced_is_future"),
    # «نقل … الدعوة من العاهل السعودي إلى الرئيس الروسي لزيارة السعودية»: the visit is what is invited
    case("كما نقل محمد بن سلمان الدعوة من العاهل السعودي إلى الرئيس الروسي لزيارة السعودية.", "زيارة",
         "future", "an_invited_visit_is_future"),
    # «واستعداد لتقديم كافة أنواع الدعم الذي قد تحتاجه المملكة متى ما طلب منها ذلك»: whenever, a case supposed
    case("وما أبدته مختلف الدول من دعم وتأييد للمملكة العربية السعودية في عملية عاصفة الحزم ، واستعداد "
         "لتقديم كافة أنواع الدعم الذي قد تحتاجه المملكة متى ما طلب منها ذلك.", "طلب", "hypothetical",
         "support_whenever_asked_is_hypothetical"),
    # «سيزور روسيا في القريب العاجل تلبية لدعوة الرئيس الروسي»: the visit is to come, the invitation was made
    case(_VISIT_INVITED, "دعوة", "not future", "an_invitation_answered_is_no_future"),
    case(_VISIT_INVITED, "سيزور", "future", "an_invitation_answered_is_no_future-the_visit"),
    # «تهدف إلى التشويش على زيارة وفد حماس … مؤخراً»: the aim is the disruption; the visit took place
    case("وأوضح أن هذه الأكاذيب تهدف إلى التشويش على زيارة وفد حماس التي وصفها بـالناجحة الى السعودية مؤخراً "
         "مضيفًا أنها محاولة تحريض على الحركة.", "زيارة", "not future",
         "a_visit_a_purpose_is_about_is_no_future"),
    # «، وما أكد عليه الجانبان من التزام مشترك»: ما is «what», resumed by عليه; nothing negated
    case("وأعرب عن الشكر والتقدير للرئيس باراك أوباما على ما حققه اجتماع كامب ديفيد من نتائج إيجابية ، وما "
         "أكد عليه الجانبان من التزام مشترك حيال شراكة استراتيجية بين الولايات المتحدة ودول مجلس التعاون.",
         "أكد", "not negated", "what_both_sides_affirmed_is_not_negated"),
    # «وعندما طُلب منه الوقوف رفض ذلك وواصل السير»: the refusal is the main clause, told as done
    case("وأكد العقيد القرشي أنه تمت ملاحظتها من قبل أحد رجال الأمن يوم أمس الخميس وجرت متابعته بعد ذلك من "
         "قبل دوريات الأمن وعندما طُلب منه الوقوف رفض ذلك وواصل السير.", "رفض", "not future",
         "a_refusal_after_a_clause_of_asking_is_told"),
    # «حالت اتهامات وجهتها له المحكمة … دون قيام أوباما بهذه الزيارة»: without the visit being made, negated
    case("ويتناول العشاء مع الرئيس اوهورو كينياتا التي حالت اتهامات وجهتها له المحكمة الجنائية الدولية "
         "بارتكاب جرائم ضد الإنسانية دون قيام أوباما بهذه الزيارة في وقت سابق.", "الزيارة", "negated",
         "a_visit_charges_prevented_is_negated"),
    # «فأرسلت القوات السعودية فرقة عسكرية من حرس الحدود لطردهم»: the errand of the troops sent, still to come
    case(_TROOPS_SENT, "طردهم", "future", "an_expulsion_troops_were_sent_for_is_future"),
    # (the clash that followed is told)
    case(_TROOPS_SENT, "اشتبك", "not future", "an_expulsion_troops_were_sent_for_is_future-the_clash"),
])
def test_flag(nlp, text, trigger, want, date):
    assert_flag(nlp, text, trigger, want, date)
