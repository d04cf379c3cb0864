"""Round 81 (flags81): the negated, future and hypothetical flags of a visit «التي من المزمع أن تقوم بها» (to come), a
truce «من المقرر بدء سريان» (to come), a condemnation «علينا أن ندين» (made by saying it, not to come), criticism after
«خيبة أملها» (voiced, not to come), support past a passive agent «من قبل الحوثيين بدعم» (a fact), a resignation
ruled out «استبعد … استقالة الحكومة» (negated), put off «تأخير استقالة» (to come) or pushed to «ويدفعه للاستقالة» (to
come), aid as a purpose «، لإدخال وتوزيع … المساعدات» (to come), the main clause of a condition «في حالة …، فمن …
وسيتفق» (hypothetical, not to come), a release that «قد» brings eight words on (hypothetical), a term «على أساس
موافقة» (hypothetical), aid in a present relative clause «الدعم الذي تقدمه المملكة» (not to come) and a meeting called
for past the caller's title set off by commas «دعا …، شيخ الأزهر، … إلى الاجتماع» (to come), and the items of a hope
voiced «عن أمله في أن …، ووضع حد … والعودة للحوار» (to come) (must / must not,
on sentences of the dev days 2015-07-23 and 2015-07-26)."""

from stage_coding import events_coded


def flags_of(nlp, text, trigger, date="2015-07-26"):
    """(negated, future, hypothetical) of each event of `text` whose trigger starts with `trigger`."""
    return [(e.negated, e.future, e.hypothetical) for e in events_coded(nlp, text, date)
            if e.trigger.text.startswith(trigger)]


def test_visit_planned_in_its_relative_clause_is_to_come(nlp):
    """«انتقدت المعارضة الإيرانية … الزيارة التي من المزمع أن تقوم بها … موغيريني»: the visit is still to come."""
    text = ('انتقدت المعارضة الإيرانية في المنفى اليوم الزيارة التي من المزمع أن تقوم بها الممثلة العليا للسياسة '
            'الخارجية الأوروبية فدريكا موغيريني إلى طهران .')
    assert flags_of(nlp, text, "الزيارة") == [(False, True, False)]


def test_truce_set_to_start_is_to_come(nlp):
    """«ومن المقرر بدء سريان الهدنة»: the truce's start is set, still to come (past two verbal nouns of starting)."""
    text = 'ومن المقرر بدء سريان الهدنة في الساعة (20:59 بتوقيت جرينتش) ليل اليوم الأحد.'
    assert flags_of(nlp, text, "الهدنة") == [(False, True, False)]


def test_condemnation_on_us_is_made(nlp):
    """«علينا أن ندين جميع التدخلات الخارجية»: the prime minister condemns by saying it: no future flag."""
    text = ('وقال سموه "علينا أن ندين جميع التدخلات الخارجية التي تحاول أن تتدخل في شؤون دول الخليج، ويتوجب علينا '
            'أن لا ننشغل إلا بالأمور التي تهم مصلحتنا".')
    assert flags_of(nlp, text, "ندين") == [(False, False, False)]


def test_criticism_after_a_hope_let_down_is_voiced(nlp):
    """«وقد عبَّرت المنظمات غير الحكومية عن خيبة أملها وعن انتقادات عنيفة»: the criticism was voiced, a let-down
    hope is no hope: not future."""
    text = ('وأقر القانون الذي ينص على عقوبات تصل إلى الاعدام، وقد عبَّرت المنظمات غير الحكومية عن خيبة أملها وعن '
            'انتقادات عنيفة بعد تبنيه.')
    assert flags_of(nlp, text, "انتقادات") == [(False, False, False)]


def test_support_past_a_passive_agent_is_no_complement(nlp):
    """«وإلى رفض اختطاف السلطة من قبل الحوثيين بدعم وإسناد إيراني»: the support is how the refused seizure was done,
    a fact: not future."""
    text = ('فأعلنت انحيازها التام والكامل بحزم إلى الشرعية اليمنية وإلى رفض اختطاف السلطة من قبل الحوثيين بدعم '
            'وإسناد إيراني وتهديد الحوثيين للجوار الإقليمي.')
    assert flags_of(nlp, text, "دعم") == [(False, False, False)]


def test_resignation_ruled_out_is_negated(nlp):
    """«استبعد رئيس حزب الوطنيين الأحرار النائب دوري شمعون استقالة الحكومة»: the resignation, the direct object of
    the ruling-out verb past its subject, is negated."""
    text = ('في المقابل، استبعد رئيس حزب الوطنيين الأحرار النائب دوري شمعون استقالة الحكومة، مرجحا التوصل إلى حل '
            'للأزمة بحكمة الرئيس تمام سلام.')
    assert flags_of(nlp, text, "استقالة") == [(True, False, False)]


def test_resignation_put_off_or_pushed_to_is_to_come(nlp):
    """«نجحت في تأخير استقالة سلام»، «ويدفعه للاستقالة»: the resignation has not taken place: future."""
    text = ('وأضافت المصادر أن الاتصالات التي سبقت جلسة مجلس الوزراء الأخيرة نجحت في تأخير استقالة سلام، إلا أنها '
            'ستأتي لا محالة.')
    assert flags_of(nlp, text, "استقالة") == [(False, True, False)]
    text = 'وقال في تصريحات صحفية "من يهاجم رئيس الحكومة تمام سلام ويدفعه للاستقالة هو نفسه من أوصل الجمهورية".'
    assert flags_of(nlp, text, "للاستقالة") == [(False, True, False)]


def test_aid_as_the_purpose_of_a_truce_is_to_come(nlp):
    """«فقد تقرر أن تبدأ الهدنة …، لإدخال وتوزيع أكبر قدر من المساعدات الإنسانية»: the aid is what the truce is
    for, still to come."""
    text = ('فقد تقرر أن تبدأ الهدنة الإنسانية اعتبارا من الساعة (11:59) مساء بتوقيت اليمن يوم الأحد، ولمدة خمسة '
            'أيام، وفقا لما ورد في رسالة رئيس الجمهورية اليمنية، لإدخال وتوزيع أكبر قدر من المساعدات الإنسانية '
            'والطبية للشعب اليمني الشقيق.')
    assert flags_of(nlp, text, "المساعدات") == [(False, True, False)]


def test_main_clause_of_a_condition_is_supposed(nlp):
    """«إنه في حالة عقد اجتماع بين علماء السنة والشيعة، فمن النتائج …، وسيتفق السنة والشيعة …، ويرفضون احتلال أرض
    الغير»: what the meeting would bring is only supposed: hypothetical, not future."""
    text = ('وقال الدكتور عباس شومان، وكيل الأزهر الشريف، إنه في حالة عقد اجتماع بين علماء السنة والشيعة، فمن '
            'النتائج التي ستصدر عن هذا اللقاء، إعلان تحريم دماء الشيعة وأموالهم كدماء السنة وأموالهم، وسيتفق السنة '
            'والشيعة على مبدأ عدم السعي لفرض مذهب على أهل مذهب، وأنهم يحترمون سيادة جميع الدول على أراضيها '
            'ويرفضون احتلال أرض الغير بالقوة.')
    assert flags_of(nlp, text, "سيتفق") == [(False, False, True)]
    assert flags_of(nlp, text, "يرفضون") == [(False, False, True)]


def test_release_that_may_come_is_supposed(nlp):
    """«قد يخرج من السجن في نوفمبر بموجب إطلاق سراح مشروط»: the release, eight words past «قد», is only possible;
    «الفراغ الذي قد يتركه أي إجراء روسي ردًا على دعم الدول الأوروبية لأوكرانيا» keeps the support a fact."""
    text = ('أعلنت وزارة العدل الأمريكية أمس الأول الجمعة أن الجاسوس جوناثان بولارد المسجون في الولايات المتحدة '
            'منذ 30 عامًا قد يخرج من السجن في نوفمبر بموجب إطلاق سراح مشروط.')
    assert flags_of(nlp, text, "إطلاق") == [(False, False, True)]
    text = ('ليس خافيًا أن الأوروبيين ينظرون إلى إيران النفطية كفرصة ملائمة لسد الفراغ الذي قد يتركه أي إجراء روسي '
            'ردًا على دعم الدول الأوروبية لأوكرانيا.')
    assert (False, False, True) not in flags_of(nlp, text, "دعم", "2015-07-25")


def test_term_on_the_basis_of_is_supposed(nlp):
    """«لتشكيل حكومة الوحدة الوطنية على أساس موافقة الرئيس ابو مازن»: the approval is a term laid down, not given:
    hypothetical."""
    text = ('وقال ابو مرزوق على صفحته على فيسبوك "ندعو الى اجتماع مواز للفصائل الموقعة على اتفاقية القاهرة '
            '(للمصالحة الفلسطينية) 2011 لتشكيل حكومة الوحدة الوطنية على أساس موافقة الرئيس ابو مازن (محمود عباس)".')
    assert flags_of(nlp, text, "موافقة") == [(False, False, True)]


def test_aid_in_a_present_relative_clause_is_no_future(nlp):
    """«سيتفيدون من الدعم الإغاثي الذي تقدمه المملكة» (so spelt in the text): the aid is given now, as told: not
    future."""
    text = 'مضيفا بأن أكثر من ستة آلاف مريض بالسرطان سيتفيدون من الدعم الإغاثي الذي تقدمه المملكة.'
    assert flags_of(nlp, text, "الدعم") == [(False, False, False)]


def test_meeting_called_for_past_a_title_aside_is_to_come(nlp):
    """«دعا الدكتور أحمد الطيب، شيخ الأزهر، كبار علماء السنة … إلى الاجتماع بالأزهر»: the commas round the caller's
    title end no clause: the meeting called for is still to come."""
    text = ('دعا الدكتور أحمد الطيب، شيخ الأزهر، كبار علماء السنة وفضلاء علماء الشيعة إلى الاجتماع بالأزهر والجلوس '
            'على مائدة واحدة.')
    assert flags_of(nlp, text, "الاجتماع") == [(False, True, False)]


def test_items_of_a_hope_voiced_are_to_come(nlp):
    """«أعرب المبعوث الأممي … عن أمله في أن يقوم بزيارة محافظة عدن …، وأن يتحقق السلام …، ووضع حد لمعاناة الشعب
    اليمني والعودة للحوار»: the return to dialogue, an item of the hope, is still to come; «عن أمله في أن تساعد
    زيارة أوباما» keeps the visit, the hoped verb's subject, unflagged."""
    text = ('من جهته، أعرب المبعوث الأممي إلى اليمن، عن أمله في أن يقوم بزيارة محافظة عدن في القريب العاجل، وأن '
            'يتحقق السلام في اليمن بعد وقف دائم لإطلاق النار، ووضع حد لمعاناة الشعب اليمني والعودة للحوار في إطار '
            'تطبيق قرارات الأمم المتحدة ذات الصلة.')
    assert flags_of(nlp, text, "للحوار") == [(False, True, False)]
    text = ('من جهته، أعرب الرئيس الكيني أوهورو كينياتا عن أمله في أن تساعد زيارة أوباما على تغيير الصورة السائدة '
            'عن أن إفريقيا التي يهيمن عليها الفقر.')
    assert flags_of(nlp, text, "زيارة") == [(False, False, False)]
