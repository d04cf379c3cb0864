"""Material that is no event (generic28): a threat something poses («المقاومة التي أصبحت تشكل تهديدا لبقائها»), a
state that goes on, told after «still» («التنظيم لا يزال يشن هجمات في المحافظة»); real acts told beside such words
stay."""

from hadath.article import Article

# the rules read the sentences of a story: two plain sentences follow each one
TAIL = " وقال مسؤول محلي إن الوضع في المنطقة هادئ حاليا. وأضاف أن الأهالي عادوا إلى منازلهم."


def coded(nlp, text, tail=TAIL, published="2015-07-21"):
    """The (type, trigger) pairs the full pipeline codes in the first sentence of a text that opens with this one."""
    art = nlp(Article(text=text + tail, published=published))
    return [(e.event, e.trigger.text) for e in art.events if e.sentence == 0]


def test_a_threat_something_poses_is_no_event(nlp):
    text = ("ويرى الإعلامي أن الحوثيين يعتمدون على تلك الممارسات بهدف إفشال المقاومة التي أصبحت تشكل تهديدا "
            "لبقائها على الأرض.")
    found = coded(nlp, text)
    assert not [t for t in found if t[0] == "THREATEN"], found


def test_a_threat_posed_to_none_is_no_event(nlp):
    text = "وأضاف أن حزب الاتحاد الديمقراطي لم يشكل أي تهديد لتركيا حتى الآن."
    found = coded(nlp, text)
    assert not [t for t in found if t[0] == "THREATEN"], found


def test_a_threat_made_stays(nlp):
    text = "وهدد الحوثيون أمس باقتحام مدينة عدن إذا لم تنسحب المقاومة منها."
    found = coded(nlp, text)
    assert [t for t in found if t[0] == "THREATEN"], found


def test_attacks_that_still_go_on_are_no_event(nlp):
    text = ("ورغم إعلان القوات العراقية استعادة السيطرة على المحافظة في يناير الماضي، إلا أن التنظيم لا يزال يشن "
            "هجمات في المحافظة.")
    found = coded(nlp, text)
    assert ("ASSAULT", "هجمات") not in found, found


def test_sanctions_still_in_force_are_no_event(nlp):
    text = "ويترأس الاتحاد روبرت موغابي، رئيس زيمبابوي، التي ما تزال تفرض واشنطن عقوبات ضد نظامه."
    found = coded(nlp, text)
    assert not [t for t in found if t[0] == "SANCTION"], found


def test_an_attack_told_beside_still_stays(nlp):
    text = "وشن التنظيم هجمات على مواقع الجيش أمس، ولا يزال الوضع متوترا في المحافظة."
    found = coded(nlp, text)
    assert [t for t in found if t[0] == "ASSAULT"], found


def test_sanctions_a_deal_aims_to_ease_are_no_event(nlp):
    text = ("ويتوقع أن يضغط أعضاء في مجلس الشيوخ على إدارة أوباما للحصول على تفاصيل عن الاتفاق الذي يهدف إلى تخفيف "
            "العقوبات الاقتصادية المفروضة على طهران.")
    found = coded(nlp, text)
    assert not [t for t in found if t[0] == "SANCTION"], found


def test_a_seizure_a_plan_aims_at_is_no_event(nlp):
    text = ("وأدانت الوزارة تشكيل لجنة حكومية لشرعنة البؤر الاستيطانية، مشيرة إلى أن ذلك يستهدف الاستيلاء على أراضي "
            "الفلسطينيين.")
    found = coded(nlp, text)
    assert ("COERCE", "الاستيلاء") not in found, found


def test_sanctions_imposed_stay(nlp):
    text = "وفرضت الولايات المتحدة أمس عقوبات جديدة على شركات إيرانية تهدف إلى تطوير الصواريخ."
    found = coded(nlp, text)
    assert [t for t in found if t[0] == "SANCTION"], found


def test_services_a_clinic_gives_as_its_work_are_no_event(nlp):
    text = ("وأكد المدير الإقليمي للحملة الوطنية السعودية لنصرة الأشقاء في سورية، أن العيادات التخصصية السعودية تقدم "
            "الخدمات الطبية العلاجية المتميزة بما تحتويه من أجهزة ومعدات طبية.")
    found = coded(nlp, text)
    assert not [t for t in found if t[0] == "AID"], found


def test_services_given_on_a_day_stay(nlp):
    text = "وقدمت العيادات التخصصية السعودية أمس الخدمات الطبية لأكثر من 300 لاجئ سوري في مخيم الزعتري."
    found = coded(nlp, text)
    assert [t for t in found if t[0] == "AID"], found


def test_a_column_on_our_region_keeps_no_talk(nlp):
    text = ("إن الاتفاق النووي قد يحيي الأمل في منطقتنا إذا منع طهران من امتلاك السلاح. لكن واشنطن ترفض الاعتراف "
            "بأخطار عبث إيران في أمن منطقتنا العربية. ويرى المرشد أن الاتفاق انتصار للثورة.")
    art = nlp(Article(text=text, published="2015-07-22"))
    assert not [e for e in art.events if e.event == "REJECT"], [(e.event, e.trigger.text) for e in art.events]


def test_news_naming_our_region_once_keeps_its_refusal(nlp):
    text = ("ورفضت الحكومة العراقية أمس طلب أنقرة إرسال قوات إلى الموصل. وقال المتحدث باسم الحكومة إن أمن "
            "منطقتنا مسؤولية أبنائها. وأضاف أن المفاوضات مستمرة.")
    art = nlp(Article(text=text, published="2015-07-22"))
    assert [e for e in art.events if e.event == "REJECT"], [(e.event, e.trigger.text) for e in art.events]


def test_a_threat_confronted_is_no_threat_made(nlp):
    text = ("ويقوم الرئيس بخاري بزيارة إلى الكاميرون لإجراء مناقشات حول أفضل السبل من أجل التصدي للتهديد الإقليمي "
            "المتزايد لبوكو حرام.")
    found = coded(nlp, text)
    assert not [t for t in found if t[0] == "THREATEN"], found


def test_a_threat_answered_is_no_threat_made(nlp):
    text = "وأبقى الجيش الإسرائيلي على قوات جوية بشكل يكفي لرد محتمل على التهديد الإيراني."
    found = coded(nlp, text)
    assert not [t for t in found if t[0] == "THREATEN"], found


def test_standing_support_praised_is_no_event(nlp):
    text = ("وأكد أن هذا الأمر الملكي يأتي حرصا من خادم الحرمين الشريفين ودعمه الدائم للقضاء، وتذليل كافة العقبات "
            "التي تواجه مرفق العدالة.")
    found = coded(nlp, text)
    assert not [t for t in found if t[0] == "SUPPORT"], found


def test_a_meeting_with_a_permanent_envoy_stays(nlp):
    text = "واستقبل وزير الخارجية عادل الجبير في الرياض أمس المندوب الدائم لروسيا لدى الأمم المتحدة."
    found = coded(nlp, text)
    assert [t for t in found if t[0] == "CONSULT"], found


def test_what_is_deemed_no_concession_is_no_event(nlp):
    text = ("وقال ظريف إن إيران لم تسع للسلاح النووي أبدا، لذا فإن الاطمئنان إلى هذا الأمر البديهي لا يعد تنازلا "
            "خاصا.")
    found = coded(nlp, text)
    assert not [t for t in found if t[0] == "CONCEDE"], found


def test_a_meeting_deemed_the_first_stays(nlp):
    text = "وعقد وزيرا خارجية السعودية وروسيا اجتماعا في موسكو أمس، ويعد الاجتماع الأول من نوعه منذ سنوات."
    found = coded(nlp, text)
    assert [t for t in found if t[0] == "CONSULT"], found


def test_a_visit_deemed_important_stays(nlp):
    text = ("تعتبر زيارة ولي ولي العهد الأمير محمد بن سلمان للأردن، قبل يومين، من الزيارات الهامة والإستراتيجية على "
            "مستوى المنطقة.")
    found = coded(nlp, text)
    assert [t for t in found if t[0] == "CONSULT"], found
