"""Material that is no event (generic24): the clause of an agreement named as the antecedent of «الذي ينص»
(«لاتفاق القوى الست الكبرى مع إيران، الذي ينص على … مقابل رفع العقوبات»), a method or a means an act word is for
(«أسلوب جديد لتفجير»), a body's specialty («المتخصصة في احتجاز الرهائن») and a trend of a type other than an attack
(«وتزايد التهديد الإيراني»); real acts told beside such words stay."""

from hadath.article import Article

# the rules read the sentences of a story: two plain sentences follow each one
TAIL = " وقال مسؤول محلي إن الوضع في المنطقة هادئ حاليا. وأضاف أن التحقيقات ما زالت مستمرة."


def coded(nlp, text, tail=TAIL, published="2015-07-21"):
    """The (type, trigger) pairs the full pipeline codes in the first sentence of a text that opens with this one."""
    art = nlp(Article(text=text + tail, published=published))
    return [(e.event, e.trigger.text) for e in art.events if e.sentence == 0]


def test_a_clause_of_an_agreement_named_before_a_comma_is_no_event(nlp):
    text = ("وجاءت تصريحات أوباما رداً على كل المعارضين لاتفاق القوى الست الكبرى مع إيران، الذي ينص على الحد من "
            "أنشطتها النووية مقابل رفع العقوبات الاقتصادية المفروضة عليها.")
    found = coded(nlp, text)
    assert not [t for t in found if t[0] == "RETREAT"], found


def test_a_lifting_of_sanctions_told_stays(nlp):
    text = "ورفعت الولايات المتحدة العقوبات الاقتصادية المفروضة على إيران أمس بعد توقيع الاتفاق."
    found = coded(nlp, text)
    assert [t for t in found if t[0] in ("RETREAT", "CONCEDE")], found


def test_a_new_method_of_bombing_is_no_event(nlp):
    text = ("بعد أن كانت عمليات التفجير مقصورة على الانتحاريين والسيارات المفخخة، بدأ تنظيم داعش في استخدام "
            "أسلوب جديد لتفجير مواقع أعدائه عن بعد ألا وهو عن طريق الدجاج الانتحاري.")
    found = coded(nlp, text)
    assert ("ASSAULT", "تفجير") not in found, found


def test_a_bombing_told_stays(nlp):
    text = "وأعلن تنظيم داعش مسؤوليته عن تفجير سيارة مفخخة في بغداد أمس أسفر عن مقتل عشرة أشخاص."
    found = coded(nlp, text)
    assert [t for t in found if t[0] == "ASSAULT"], found


def test_a_units_specialty_is_no_event(nlp):
    text = ("وتواصل وحدة المداهمات، المتخصصة في احتجاز الرهائن، بحثها لتحديد مكان المسلحين الذين ظهروا على "
            "كاميرات المراقبة.")
    found = coded(nlp, text)
    assert not [t for t in found if t[0] == "ASSAULT"], found


def test_a_growing_threat_is_no_event(nlp):
    text = ("بل إن الظروف المتقلبة في المنطقة وعدم وضوح الأهداف لدى الولايات المتحدة وتزايد التهديد الإيراني هي "
            "السبب في أن تنظر السعودية في استراتيجيات جديدة.")
    found = coded(nlp, text)
    assert ("THREATEN", "التهديد") not in found, found


def test_a_threat_told_stays(nlp):
    text = "وهدد الرئيس الإيراني حسن روحاني أمس بإغلاق مضيق هرمز إذا فرضت عقوبات جديدة على بلاده."
    found = coded(nlp, text)
    assert [t for t in found if t[0] == "THREATEN"], found


def test_a_release_asked_in_exchange_is_no_event(nlp):
    text = ("وطالبت جبهة النصرة التي تحتجز عددا من عناصر الجيش اللبناني بالإفراج عن خمس نساء في السجون اللبنانية "
            "مقابل إطلاق سراح ثلاثة عسكريين مخطوفين منذ سنة.")
    found = coded(nlp, text)
    assert ("RETREAT", "إطلاق سراح") not in found and ("REQUEST", "طالبت") in found, found


def test_an_act_in_return_stays(nlp):
    text = "ورفضت حماس العرض، وفي مقابل ذلك أفرجت إسرائيل عن عشرين أسيرا فلسطينيا أمس."
    found = coded(nlp, text)
    assert [t for t in found if t[0] == "RETREAT"], found


def test_coordination_with_a_body_stays_beside_specialists(nlp):
    text = ("وأكد تقرير أعده فريق من خبراء البنك الدولي المتخصصين بالتنسيق مع صناديق التنمية العربية أن الدول "
            "العربية المانحة كانت الأكثر سخاء.")
    found = coded(nlp, text)
    assert ("COOPERATE", "التنسيق") in found, found


def test_strengthening_cooperation_is_no_event(nlp):
    text = ("وفي نفس الرسالة الموجهة للولايات المتحدة اتجهت السعودية لتعزيز التعاون الاستراتيجي مع فرنسا وتوجت "
            "التوافق السياسي بتوقيع اتفاقات نوعية مهمة.")
    found = coded(nlp, text)
    assert not [t for t in found if t[0] == "COOPERATE"], found


def test_cooperation_told_stays(nlp):
    text = "وتعاونت الشرطة السعودية مع الشرطة الأردنية في القبض على المطلوبين أمس."
    found = coded(nlp, text)
    assert [t for t in found if t[0] == "COOPERATE"], found


def test_whoever_throws_stones_is_no_event(nlp):
    text = ("وافق البرلمان الاسرائيلي (الكنيست) على تشديد العقوبة على من يلقون الحجارة على العربات والطرق لتصل "
            "إلى السجن 20 عاما في خطوة وصفها مسؤول فلسطيني بأنها عنصرية.")
    found = coded(nlp, text)
    assert not [t for t in found if t[0] == "PROTEST"], found


def test_those_who_support_a_group_is_no_event(nlp):
    text = "ولا يخفى على المتابع أن أغلب من يؤيد داعش هم من فئة الشباب صغار السن."
    found = coded(nlp, text)
    assert not [t for t in found if t[0] == "SUPPORT"], found


def test_a_stone_throwing_told_stays(nlp):
    text = "وألقى شبان فلسطينيون الحجارة على دورية إسرائيلية قرب رام الله أمس."
    found = coded(nlp, text)
    assert [t for t in found if t[0] == "PROTEST"], found


def test_a_consensus_reached_stays_after_min(nlp):
    text = ("وأشاد العربي بنتائج الاجتماع الثاني لرؤساء أركان جيوش الدول الأعضاء في الجامعة العربية، وما توصل "
            "إليه من توافق حول مختلف القضايا المتعلقة بإنشاء القوة العربية المشتركة.")
    found = coded(nlp, text)
    assert ("AGREE", "توافق") in found, found


def test_there_is_a_popular_rejection_is_no_event(nlp):
    text = ("وأوضح أن الميليشيات الحوثية تسيطر على عواصم المحافظات فقط وهناك رفض شعبي كبير لمشروعهم وقبول "
            "بالمقاومة.")
    found = coded(nlp, text)
    assert not [t for t in found if t[0] == "REJECT"], found


def test_there_are_dead_still_tells_an_attack(nlp):
    text = ("وأوضح مصدر في المقاومة أن هناك قتلى وجرحى في صفوف الحوثيين إثر استهداف دورية عسكرية لهم في "
            "منطقة الوازعية أمس.")
    found = coded(nlp, text)
    assert [t for t in found if t[0] == "ASSAULT"], found


def test_what_an_agreement_binds_to_is_no_event(nlp):
    text = "وأوضح المتحدث أن الاتفاق يلزم الحكومة بالإفراج عن المعتقلين السياسيين خلال ثلاثة أشهر من توقيعه."
    found = coded(nlp, text)
    assert not [t for t in found if t[0] == "RETREAT"], found


def test_a_support_unit_is_no_event(nlp):
    text = ("وشارك عشرات الأطفال السوريين في النادي الصيفي الذي نظمته وحدة الدعم النفسي التابعة للعيادات السعودية "
            "في مخيم الزعتري.")
    found = coded(nlp, text)
    assert not [t for t in found if t[0] == "AID"], found
