"""Round 55 (flags55): the negated / future / hypothetical flags — a negated verb that carries an act («لم تتخذ روسيا
حق الفيتو») or allows it («ولم يسمح … بشن أي طلعات قصف») negates it; «ما إذا» past commas, a claim verb a few words
before its أن, the subject of a feared «أن يؤدي», and «متى ما» suppose; a directed act («وجه … بسرعة القبض»), a
second aim after «بهدف», an extension called for, a hope voiced and an invitation's visit in لـ are still to come;
an invitation answered («تلبية لدعوة»), a visit a purpose's own verbal noun is about, «وما أكد عليه» (what) and the
main verb after a clause of asking in عندما are told as done; a visit «دون قيام» is negated, and an errand in لـ of
troops sent is still to come (must / must not, on sentences of the dev days)."""

from stage_coding import events_coded


def flags_of(nlp, text, trigger, date="2015-07-24"):
    """(negated, future, hypothetical) of each event of `text` whose trigger is `trigger`."""
    return [(e.negated, e.future, e.hypothetical) for e in events_coded(nlp, text, date) if e.trigger.text == trigger]


def test_a_veto_not_taken_is_negated(nlp):
    """«وبالتالي لم تتخذ روسيا حق الفيتو»: the veto was not cast; China's support beside it stands."""
    text = "بينما الصين أيّدت العاصفة وبالتالي لم تتخذ روسيا حق الفيتو، وهذا نصر آخر لخادم الحرمين الشريفين."
    fl = flags_of(nlp, text, "الفيتو")
    assert fl and all(neg for neg, _, _ in fl)
    fl = flags_of(nlp, text, "أيّدت")
    assert fl and not any(neg for neg, _, _ in fl)


def test_an_attack_not_launched_is_negated(nlp):
    """«لم تشن القوات هجوما على القرية»: the light verb is negated, and so the attack it carries."""
    fl = flags_of(nlp, "لم تشن القوات هجوما على القرية.", "هجوما")
    assert fl and all(neg for neg, _, _ in fl)


def test_a_bombing_not_allowed_is_negated(nlp):
    """«ولم يسمح لسلاح الجو الأمريكي بشن أي طلعات قصف»: not allowed, no bombing took place."""
    text = "ولم يسمح لسلاح الجو الأمريكي بشن أي طلعات قصف ضد تنظيم الدولة الإسلامية انطلاقا من قاعدة إنجرليك في " \
           "جنوب تركيا لكنه يستخدم القاعدة لإطلاق طائرات بدون طيار."
    fl = flags_of(nlp, text, "قصف")
    assert fl and all(neg for neg, _, _ in fl)


def test_whether_anyone_denounced_is_hypothetical(nlp):
    """«تساءل … عمّا إذا كان أحد المسؤولين أو الكتاب المصريين المهمين، قد استنكر»: asked whether, past a comma."""
    text = "تساءل الإعلامي السعودي جمال خاشقجي مدير قناة العرب الإخبارية، اليوم الخميس، عمّا إذا كان أحد المسؤولين " \
           "أو الكتاب المصريين المهمين، قد استنكر ما قاله الكاتب الصحفي المصري محمد حسنين هيكل، عن السعودية وهجومه " \
           "على المملكة."
    fl = flags_of(nlp, text, "استنكر")
    assert fl and all(hyp for _, _, hyp in fl)


def test_a_request_a_news_agency_claimed_is_hypothetical(nlp):
    """«قد زعمت في تقرير لها أنه طُلب من خالد مشعل»: the claim verb stands four words before its أن."""
    text = "وكانت وكالة أنباء فارس الإيرانية شبه الرسمية قد زعمت في تقرير لها أنه طُلب من خالد مشعل رئيس المكتب " \
           "السياسي لحركة حماس خلال زيارته الأخيرة للسعودية المشاركة بـ 700 عسكري من غزة بعملية عاصفة الحزم ضد " \
           "جماعة الحوثيين في اليمن."
    fl = flags_of(nlp, text, "طُلب")
    assert fl and all(hyp for _, _, hyp in fl)
    told = "وقال أحد السكان ويدعى موها صالح أن الإرهابيون قاموا بقتل 13 شخصا وجرح 27 آخرين."
    fl = flags_of(nlp, told, "قتل", "2015-08-03")
    assert fl and not any(hyp for _, _, hyp in fl)  # (ويدعى: «is called», no claim)


def test_a_lifting_feared_is_hypothetical(nlp):
    """«ويخشى زعماء الدول الخليجية من أن يؤدي رفع العقوبات»: the subject of the feared verb is only supposed."""
    text = "ويخشى زعماء الدول الخليجية من أن يؤدي رفع العقوبات الدولية عن إيران إلى أن تصبح في موقع أقوى يؤدي الى " \
           "زعزعة الاستقرار في منطقة الشرق الأوسط."
    fl = flags_of(nlp, text, "رفع العقوبات")
    assert fl and all(hyp for _, _, hyp in fl)


def test_an_arrest_directed_is_future(nlp):
    """«وجه … شرطة منطقة مكة بسرعة القبض على المتهمين»: the arrest is ordered, not made."""
    text = "تفاعلاً مع حادثة تحرش بفتاتين بجدة وجه مستشار خادم الحرمين أمير منطقة مكة المكرمة الأمير خالد الفيصل " \
           "شرطة منطقة مكة بسرعة القبض على المتهمين بالتحرش كما وجه بتكثيف التواجد الأمني في الكورنيش."
    fl = flags_of(nlp, text, "القبض")
    assert fl and all(fut for _, fut, _ in fl)


def test_a_second_aim_is_future(nlp):
    """«بهدف إيجاد حل سلمي للأزمة في اليمن ورفع الحصار»: the lifting is an aim of the talks."""
    text = "فيما أكد عادل الشجاع القيادي بحزب المؤتمر الشعبي العام، أن هناك مفاوضات في القاهرة بين قيادات في " \
           "المؤتمر ودبلوماسيين من الولايات المتحدة وبريطانيا والامارات بهدف إيجاد حل سلمي للأزمة في اليمن ورفع " \
           "الحصار على اعتبار أن استمرار الحرب والحصار يخدمان الجماعات المتطرفة."
    fl = flags_of(nlp, text, "رفع الحصار")
    assert fl and all(fut for _, fut, _ in fl)


def test_an_extension_called_for_is_future(nlp):
    """«دعا المبعوث الدولي … إلى تمديد الهدنة الإنسانية»: the truce's extension is asked for."""
    text = "من جهته دعا المبعوث الدولي إلى اليمن إسماعيل ولد الشيخ في كلمته إلى تمديد الهدنة الإنسانية 5 أيام " \
           "إضافية على الأقل."
    fl = flags_of(nlp, text, "الهدنة")
    assert fl and all(fut for _, fut, _ in fl)


def test_a_hope_voiced_is_future(nlp):
    """«معرباً عن الأمل أن يتوصل الأشقاء في اليمن إلى اتفاق»: hoped for, still to come."""
    text = "ورحب مجلس الوزراء بانعقاد مؤتمر الرياض ، معرباً عن الأمل أن يتوصل الأشقاء في اليمن إلى اتفاق يحقق أمن " \
           "واستقرار اليمن."
    fl = flags_of(nlp, text, "يتوصل")
    assert fl and all(fut for _, fut, _ in fl)


def test_an_invited_visit_is_future(nlp):
    """«نقل … الدعوة من العاهل السعودي إلى الرئيس الروسي لزيارة السعودية»: the visit is what is invited."""
    text = "كما نقل محمد بن سلمان الدعوة من العاهل السعودي إلى الرئيس الروسي لزيارة السعودية."
    fl = flags_of(nlp, text, "زيارة")
    assert fl and all(fut for _, fut, _ in fl)


def test_support_whenever_asked_is_hypothetical(nlp):
    """«واستعداد لتقديم كافة أنواع الدعم الذي قد تحتاجه المملكة متى ما طلب منها ذلك»: whenever, a case supposed."""
    text = "وما أبدته مختلف الدول من دعم وتأييد للمملكة العربية السعودية في عملية عاصفة الحزم ، واستعداد لتقديم كافة " \
           "أنواع الدعم الذي قد تحتاجه المملكة متى ما طلب منها ذلك."
    fl = flags_of(nlp, text, "طلب")
    assert fl and all(hyp for _, _, hyp in fl)


def test_an_invitation_answered_is_no_future(nlp):
    """«سيزور روسيا في القريب العاجل تلبية لدعوة الرئيس الروسي»: the visit is to come, the invitation was made."""
    text = "أعلن ولي ولي العهد وزير الدفاع الأمير محمد بن سلمان خلال لقائه الرئيس الروسي فلاديمير بوتين في بطرسبورغ " \
           "أن خادم الحرمين الشريفين الملك سلمان بن عبد العزيز سيزور روسيا في القريب العاجل تلبية لدعوة الرئيس الروسي."
    fl = flags_of(nlp, text, "دعوة")
    assert fl and not any(fut for _, fut, _ in fl)
    fl = flags_of(nlp, text, "سيزور")
    assert fl and all(fut for _, fut, _ in fl)


def test_a_visit_a_purpose_is_about_is_no_future(nlp):
    """«تهدف إلى التشويش على زيارة وفد حماس … مؤخراً»: the aim is the disruption; the visit took place."""
    text = "وأوضح أن هذه الأكاذيب تهدف إلى التشويش على زيارة وفد حماس التي وصفها بـالناجحة الى السعودية مؤخراً " \
           "مضيفًا أنها محاولة تحريض على الحركة."
    fl = flags_of(nlp, text, "زيارة")
    assert fl and not any(fut for _, fut, _ in fl)


def test_what_both_sides_affirmed_is_not_negated(nlp):
    """«، وما أكد عليه الجانبان من التزام مشترك»: ما is «what», resumed by عليه; nothing negated."""
    text = "وأعرب عن الشكر والتقدير للرئيس باراك أوباما على ما حققه اجتماع كامب ديفيد من نتائج إيجابية ، وما أكد " \
           "عليه الجانبان من التزام مشترك حيال شراكة استراتيجية بين الولايات المتحدة ودول مجلس التعاون."
    fl = flags_of(nlp, text, "أكد")
    assert fl and not any(neg for neg, _, _ in fl)


def test_a_refusal_after_a_clause_of_asking_is_told(nlp):
    """«وعندما طُلب منه الوقوف رفض ذلك وواصل السير»: the refusal is the main clause, told as done."""
    text = "وأكد العقيد القرشي أنه تمت ملاحظتها من قبل أحد رجال الأمن يوم أمس الخميس وجرت متابعته بعد ذلك من قبل " \
           "دوريات الأمن وعندما طُلب منه الوقوف رفض ذلك وواصل السير."
    fl = flags_of(nlp, text, "رفض")
    assert fl and not any(fut for _, fut, _ in fl)


def test_a_visit_charges_prevented_is_negated(nlp):
    """«حالت اتهامات وجهتها له المحكمة … دون قيام أوباما بهذه الزيارة»: without the visit being made, negated."""
    text = "ويتناول العشاء مع الرئيس اوهورو كينياتا التي حالت اتهامات وجهتها له المحكمة الجنائية الدولية بارتكاب " \
           "جرائم ضد الإنسانية دون قيام أوباما بهذه الزيارة في وقت سابق."
    fl = flags_of(nlp, text, "الزيارة")
    assert fl and all(neg for neg, _, _ in fl)


def test_an_expulsion_troops_were_sent_for_is_future(nlp):
    """«فأرسلت القوات السعودية فرقة عسكرية من حرس الحدود لطردهم»: the errand of the troops sent, still to come."""
    text = "حين اجتازت قوات الحوثيين الحدود ودخلت إلى قرية الخوبة التابعة لمحافظة جازان، فأرسلت القوات السعودية " \
           "فرقة عسكرية من حرس الحدود لطردهم، واشتبك المسلحون الحوثيون مع القوات السعودية."
    fl = flags_of(nlp, text, "طردهم")
    assert fl and all(fut for _, fut, _ in fl)
    fl = flags_of(nlp, text, "اشتبك")
    assert fl and not any(fut for _, fut, _ in fl)  # (the clash that followed is told)
