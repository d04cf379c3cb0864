"""Round 76 (flags76): the negated, future and hypothetical flags of acts told with «ما دامت» (as long as: a fact),
«لن تتخلى عن» (not to give up: kept up, to come), an aim word before «عندما» + a perfect verb (a done act), «بعد غد»
past a verbal noun in construct (to come), aid to be let in «للسماح بإدخال وتوزيع»، «لرغبة الحكومة في إدخال» (to
come), an act one is to be persuaded into «لإقناع الكونغرس بالموافقة» (to come), an accusation refused past a light
verbal noun «رفض … توجيه أصابع الاتهام» (negated), an expected use «يتوقعون أن تستخدم روسيا حق الفيتو» and talks
after «حتى تبدأ» (to come) (must / must not, on sentences of the dev days 2015-07-23 and 2015-07-26)."""

from stage_coding import events_coded


def flags_of(nlp, text, trigger, date="2015-07-26"):
    """(negated, future, hypothetical) of each event of `text` whose trigger starts with `trigger`."""
    return [(e.negated, e.future, e.hypothetical) for e in events_coded(nlp, text, date)
            if e.trigger.text.startswith(trigger)]


def test_as_long_as_tells_a_fact(nlp):
    """«ما دامت تسانده وتدعمه كل من روسيا وإيران»: the support holds now, no case supposed: no flag (not
    hypothetical)."""
    text = ('وأوضح أمين عام «الائتلاف» أنّ النظام لا يزال على قناعة بأنّه قادر على تحقيق أهدافه بالحل العسكري ما دامت '
            'تسانده وتدعمه كل من روسيا وإيران».')
    assert flags_of(nlp, text, "تدعمه") == [(False, False, False)]


def test_not_giving_up_keeps_it_up(nlp):
    """«لن تتخلى عن دعم أصدقائها»: the support is to go on: future, not negated; a support given up, «تخلت عن دعم»,
    is no such promise (no future flag)."""
    text = 'قال فيها: «إن جمهورية إيران الإسلامية لن تتخلى عن دعم أصدقائها في المنطقة».'
    assert flags_of(nlp, text, "دعم") == [(False, True, False)]
    text = 'وقال المسؤول إن الحكومة تخلت عن دعم المعارضة في المنطقة.'
    assert all(not fut for _, fut, _ in flags_of(nlp, text, "دعم"))


def test_aim_word_before_when_and_a_perfect_verb(nlp):
    """«وصلت المعركة إلى آفاق جديدة عندما اتهمت المفوضية الأوروبية رسميا جوجل»: the accusation, a perfect verb past
    عندما, was made (not future); an aim word governing its verbal noun, «سبل تعزيز التعاون», still intends it."""
    text = ('وفي نيسان (أبريل) الماضي وصلت المعركة إلى آفاق جديدة عندما اتهمت المفوضية الأوروبية رسميا جوجل بإساءة '
            'استخدام هيمنتها على سوق البحث.')
    assert flags_of(nlp, text, "اتهمت") == [(False, False, False)]
    text = 'وبحث الجانبان سبل تعزيز التعاون بين البلدين.'
    assert (False, True, False) in flags_of(nlp, text, "التعاون")


def test_after_tomorrow_past_a_construct_noun(nlp):
    """«عن عقد جلسة تشاور استثنائية لسفراء الحلف بعد غد الثلاثاء»: the session is to come (future)."""
    text = ('أعلن حلف شمال الأطلسي (ناتو) اليوم الأحد في بروكسل عن عقد جلسة تشاور استثنائية لسفراء الحلف بعد غد '
            'الثلاثاء بناء على طلب تركيا.')
    assert flags_of(nlp, text, "تشاور") == [(False, True, False)]


def test_aid_to_be_let_in(nlp):
    """«هدنة … للسماح بإدخال وتوزيع أكبر قدر من المساعدات»، «لرغبة الحكومة اليمنية في إدخال وتوزيع أكبر قدر من
    المساعدات»: the aid is what the truce is for, still to come (future); aid handed out, «وزعت القوات المساعدات»,
    stays a fact."""
    text = ('أعلنت قيادة قوات التحالف العربي عن هدنة إنسانية في اليمن، تبدأ من ظهر اليوم الأحد وتستمر لمدة خمسة أيام، '
            'للسماح بإدخال وتوزيع أكبر قدر من المساعدات الإنسانية والطبية للشعب اليمني.')
    assert flags_of(nlp, text, "المساعدات") == [(False, True, False)]
    text = ('وذلك استجابة من خادم الحرمين الشريفين الملك سلمان بن عبد العزيز، للرئيس اليمني عبد ربه منصور هادي، لرغبة '
            'الحكومة اليمنية في إدخال وتوزيع أكبر قدر من المساعدات الإنسانية والطبية.')
    assert flags_of(nlp, text, "المساعدات") == [(False, True, False)]
    text = 'وقامت القوات السعودية بتوزيع المساعدات على السكان في عدن.'
    assert all(not fut for _, fut, _ in flags_of(nlp, text, "المساعدات"))


def test_persuaded_into(nlp):
    """«جهود البيت الأبيض لإقناع الكونغرس بالموافقة على الاتفاق»، «حملة شاملة لاقناع المشرعين برفض الاتفاق»: the
    approval and the rejection are not given, still to come (future)."""
    text = ('أما صحيفة «وول ستريت جورنال» فأشارت إلى أن جهود البيت الأبيض لإقناع الكونغرس بالموافقة على الاتفاق حققت '
            '«نجاحًا صغيرًا بعد نجاح صغير».')
    assert flags_of(nlp, text, "الموافقة") == [(False, True, False)]
    text = ('في حين تستعد أكبر جماعة ضغط مناصرة لإسرائيل لاطلاق حملة شاملة لاقناع المشرعين برفض الاتفاق.')
    assert flags_of(nlp, text, "رفض", "2015-07-23") == [(False, True, False)]


def test_refused_doing_an_accusation(nlp):
    """«ورفض وزير الداخلية الليبي توجيه أصابع الاتهام إلى أي جهة»: the accusation refused is not made (negated, and
    not to be); an accusation one rejects, «ورفض الوزير الاتهامات الموجهة إليه», was made (no flag)."""
    text = 'ورفض وزير الداخلية الليبي توجيه أصابع الاتهام إلى أي جهة أو تحديد دوافعها.'
    assert flags_of(nlp, text, "الاتهام") == [(True, True, False)]
    text = 'ورفض الوزير الاتهامات الموجهة إليه.'
    assert flags_of(nlp, text, "الاتهامات") == [(False, False, False)]


def test_expected_use_and_talks_not_begun(nlp):
    """«إنهم يتوقعون أن تستخدم روسيا حق الفيتو»: the veto is expected, still to come (future); «لا بد من تمرير هذه
    الإجراءات حتى تبدأ المفاوضات هذا الأسبوع»: the talks wait on it, not begun (future)."""
    text = ('وقال عدة دبلوماسيين بمجلس الأمن، تحدثوا شريطة عدم نشر أسمائهم، إنهم يتوقعون أن تستخدم روسيا حق الفيتو ضد '
            'مشروع القرار.')
    assert flags_of(nlp, text, "الفيتو") == [(False, True, False)]
    text = ('وقال وزير المالية اليوناني إنه لا بد من تمرير هذه الإجراءات حتى تبدأ المفاوضات هذا الأسبوع والتي يتوقع لها '
            'أن تستكمل حتى 20 أغسطس (آب) المقبل.')
    assert flags_of(nlp, text, "المفاوضات", "2015-07-23") == [(False, True, False)]
