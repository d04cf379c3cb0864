"""Round 85 (flags85): the future and hypothetical flags of a future verb in ستو with a dual or plural ending «وهما
ستؤمنان عودة آلاف اللاجئين» (to come), an event noun far past «يمكن لـX» «يمكن لإيران في المستقبل الدخول في
مفاوضات» (only possible), the object of an aim noun past its named owner «استعداد برنامج الأمم المتحدة للسكان
مساعدة البلدان» (to come), and a perfect verb after «ما إن» that a foretold act hangs on «سوف «تخسر كثيرًا» ما إن
رفضت» (supposed), and an imperfect verb put forward as the way after «هو أن» «وهو أن تجتمع القوى الديمقراطية»
(supposed) (must / must not, on sentences of the dev days 2015-07-23 and 2015-07-26)."""

from stage_coding import events_coded


def flags_of(nlp, text, trigger, date="2015-07-26"):
    """(negated, future, hypothetical) of each event of `text` whose trigger starts with `trigger`."""
    return [(e.negated, e.future, e.hypothetical) for e in events_coded(nlp, text, date)
            if e.trigger.text.startswith(trigger)]


def test_dual_future_verb_in_sto_is_to_come(nlp):
    """«وهما ستؤمنان عودة آلاف اللاجئين إلى داخل بلادهم»: the dual future verb in ستو (no noun beginning: ستوديو)
    makes the return still to come."""
    text = ('ولفت إلى أن «الائتلاف يدفع باتجاه إقامة منطقتين عازلتين، الأولى على الحدود الشمالية، والثانية على الحدود '
            'الجنوبية، وهما ستؤمنان عودة آلاف اللاجئين إلى داخل بلادهم، كما أنّهما ستعيدان الاستقرار إلى الحدود '
            'الأردنية والتركية».')
    assert flags_of(nlp, text, "عودة") == [(False, True, False)]


def test_event_far_past_possible_for_is_possible(nlp):
    """«فإنه يمكن لإيران في المستقبل الدخول في مفاوضات مع الولايات المتحدة»: the talks are only possible, not held;
    talks told as held stay a fact."""
    text = ('وأضاف نائب وزير الخارجية الإيراني أنه برغم ذلك، ووفقا للقرارات المتخذة لدى كبار القادة الإيرانيين: «فإنه '
            'يمكن لإيران في المستقبل الدخول في مفاوضات مع الولايات المتحدة حول موضوعات معينة، لكنه لا يمكن الإدلاء '
            'بأي تكهنات حول ذلك في الوقت الراهن».')
    assert flags_of(nlp, text, "مفاوضات", "2015-07-23") == [(False, False, True)]
    plain = 'وأجرت إيران في جنيف الأسبوع الماضي مفاوضات مع الولايات المتحدة حول موضوعات معينة.'
    assert all(not hyp for _, _, hyp in flags_of(nlp, plain, "مفاوضات", "2015-07-23"))


def test_object_of_aim_noun_past_its_named_owner_is_to_come(nlp):
    """«معلنًا استعداد برنامج الأمم المتحدة للسكان مساعدة البلدان الأفريقية»: the help the programme is ready to give
    is still to come."""
    text = ('وخلال فعاليات الملتقى أكد ماريو ساماجا، ممثل برنامج الأمم المتحدة للتنمية في موريتانيا، على «أهمية إشراك '
            'الشباب في الخطط التنموية»، معلنًا استعداد برنامج الأمم المتحدة للسكان مساعدة البلدان الأفريقية في «مجال '
            'تعزيز إشراك الشباب في البناء والتنمية».')
    assert flags_of(nlp, text, "مساعدة", "2015-07-23") == [(False, True, False)]


def test_case_after_as_soon_as_a_foretold_loss_is_supposed(nlp):
    """«الشركات الأميركية سوف «تخسر كثيرًا» ما إن رفضت الولايات المتحدة الاتفاق»: the refusal is the case the loss
    hangs on, only supposed; «ما إن» with no future verb before it tells what was done."""
    text = ('وحذرت فاينشتاين من أن الشركات الأميركية سوف «تخسر كثيرًا» ما إن رفضت الولايات المتحدة الاتفاق، وذلك لأن '
            'شركات دول أخرى سوف «تهرول» نحو إيران لعقد صفقات.')
    assert flags_of(nlp, text, "رفضت") == [(False, False, True)]
    done = 'وقالت المصادر إنه ما إن رفضت الولايات المتحدة الاتفاق حتى بدأت الشركات الأوروبية بالتوجه نحو إيران.'
    assert flags_of(nlp, done, "رفضت") == [(False, False, False)]


def test_act_put_forward_as_the_way_is_supposed(nlp):
    """«لم يبق أمامنا سوى طريق واحد، وهو أن تجتمع القوى الديمقراطية»، «أمر وحيد مطلوب هو أن ينزل تيار المستقبل من برجه
    العاجي ويلتقي مع تكتل التغيير»: the meeting is the way put forward, only supposed; a meeting told as held stays."""
    text = 'مؤكدة بالقول: «لم يبق أمامنا سوى طريق واحد، وهو أن تجتمع القوى الديمقراطية وتبدأ في النضال التحرري».'
    assert flags_of(nlp, text, "تجتمع") == [(False, False, True)]
    joined = ('هناك أمر وحيد مطلوب هو أن ينزل تيار المستقبل من برجه العاجي ويلتقي مع تكتل التغيير والإصلاح، وغير ذلك '
              'سيكون أنتم من يعطل البلاد».')
    assert flags_of(nlp, joined, "يلتقي") == [(False, False, True)]
    plain = 'وقال المتحدث إن القوى الديمقراطية تجتمع اليوم في أنقرة.'
    assert all(not hyp for _, _, hyp in flags_of(nlp, plain, "تجتمع"))
