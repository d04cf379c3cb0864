"""Round 51, the topic stage's non-events (stages/topics.py): business and office cooperation, a firm's purchase,
local praise, local backing and courtesy welcomes keep no coded event.

Tested here, on sentences of the dev days: cooperation between companies (an airline of another country and a
Saudi travel group) is business, and cooperation between one state's own offices (two ministries) is
administration, no COOPERATE, while two states' cooperation and coordination with another state's security bodies
stay; a firm's agreement to buy another (على شراء) is no AGREE, while an agreement to a truce stays; a governor's
praise of a festival or an official's of a municipality's projects (a `local_thing` after the praise word's ب) is
courtesy, no SUPPORT, while praise of a president's decisions stays; and a municipality's or a tourism body's support of sport or
a festival, told with no party («ودعماً من الأمانة للرياضة»، «ودعم للمهرجان»), is local service, no SUPPORT, while a
state's support of a government stays; and a welcome of students or guests (a `welcomed` word after رحب's ب) is
courtesy, no SUPPORT, while a minister's welcome of his counterpart stays."""

from __future__ import annotations

from hadath.article import Article


def coded(coder, text, title=None, date="2015-08-03"):
    """The (type, trigger) pairs the pipeline codes for `text` under `title`."""
    art = coder(Article(text=text, title=title, published=date))
    return [(e.event, e.trigger.text) for e in art.events]


AIRLINE = ("احتفلت شركة مجموعة الطيار للسفر القابضة إحدى أكبر شركات السفر والسياحة بالمملكة أخيرا، بتدشين الخطوط "
           "الجوية اليونانية لأولى رحلاتها إلى المملكة العربية السعودية، حيث شهد الحفل حضور لفيف من قيادات وموظفي "
           "الشركتين. وقال نائب الرئيس التنفيذي للعمليات لمجموعة الطيار سعود العريفي، إن الاحتفال بتدشين أولى رحلات "
           "الخطوط الجوية اليونانية يمثل ثمرة التعاون المشترك بين مجموعة الطيار وشركة AEGEAN AIRLINES، في إطار "
           "استراتيجية الطيار القائمة على التوسع وتطوير خدماتها باستمرار.")


def test_two_companies_cooperation_is_business(coder):
    """«ثمرة التعاون المشترك بين مجموعة الطيار وشركة AEGEAN AIRLINES»: an airline (GRC, BUS) and a travel group,
    no COOPERATE."""
    events = coded(coder, AIRLINE, title="الطيار تدشن الخطوط الجوية اليونانية")
    assert not [e for e in events if e[0] == "COOPERATE"], events


def test_two_states_cooperation_stays(coder):
    """«وجدد كيري التأكيد على أن الولايات المتحدة ومصر تتعاونان سويًا»: two states, COOPERATE stays."""
    text = ("وصل وزير الخارجية الأمريكي جون كيري إلى القاهرة أمس. "
            "وجدد كيري التأكيد على أن الولايات المتحدة ومصر تتعاونان سويًا من أجل دعم الإصلاحات السياسية. "
            "وبحث الجانبان الأوضاع الإقليمية.")
    assert ("COOPERATE", "تتعاونان") in coded(coder, text)


FESTIVAL = ("أشاد وكيل إمارة منطقة الباحة الدكتور حامد بن مالح الشمري بمهرجان بلجرشي للتسوق وقال: إن المهرجان يلبي "
            "كافة احتياجات الأسرة في مكان واحد. "
            "واستمع خلال الجولة الى شرح موجز من محافظ بلجرشي على سير الخدمات والفعاليات المزمع اقامتها بالمحافظة. "
            "وابدى وكيل إمارة الباحة اعجابه بما شاهده من فعاليات والحضور الكبير للمصطافين والزوار.")


def test_a_governors_praise_of_a_festival_is_courtesy(coder):
    """«أشاد وكيل إمارة منطقة الباحة … بمهرجان بلجرشي للتسوق»: no SUPPORT «أشاد»."""
    events = coded(coder, FESTIVAL, title="الشمري يشيد بمهرجان بلجرشي للتسوق", date="2015-07-23")
    assert ("SUPPORT", "أشاد") not in events, events


def test_praise_of_a_municipalitys_projects_is_courtesy(coder):
    """«ونوه السواط بالمشروعات التنموية … التي تنفذها أمانة الطائف»: no SUPPORT «نوه»."""
    text = ("ينفذ مجلس التنمية السياحية بمحافظة الطائف استطلاعاً لآراء السياح والمصطافين. "
            "وأكد السواط ان نسبة الاقبال السياحي خلال صيف العام الحالي كبير من السياح والمصطافين. "
            "ونوه السواط بالمشروعات التنموية والتطويرية الحيوية التي تنفذها أمانة الطائف والجهات الخدمية وتعتبر "
            "إضافة للطائف.")
    events = coded(coder, text, title="مجلس التنمية السياحية يستطلع آراء زوار الطائف", date="2015-07-25")
    assert ("SUPPORT", "نوه") not in events, events


def test_praise_of_a_presidents_decisions_stays(coder):
    """«كما أشاد بالقرارات الهامة التي اتخذها الرئيس السيسي»: praise of a head of state's acts, SUPPORT stays."""
    text = ("وصل وزير الخارجية الأمريكي جون كيري إلى القاهرة أمس. "
            "وأشاد كيري بالقرارات الهامة التي اتخذها الرئيس السيسي لدعم الاقتصاد المصري. "
            "وبحث الجانبان الأوضاع الإقليمية.")
    assert ("SUPPORT", "أشاد") in coded(coder, text)


PARK = ("يرعى صاحب السمو الملكي الأمير خالد الفيصل أمير منطقة مكة المكرمة مساء يوم الاثنين المقبل حفل افتتاح منتزه "
        "الردف العام. "
        "وأبان أن منتزه الردف يضم مركزا للبيئة والانسان، ويخدم المشروع العديد من المطاعم والمحلات التجارية، ومسرح "
        "ومدرجات للجلوس ومشاهدة عروض النافورة المائية، ودعما من الأمانة للرياضة وعشاقها فقد تم عمل ملاعب.")


def test_a_municipalitys_backing_of_sport_is_local_service(coder):
    """«ودعما من الأمانة للرياضة وعشاقها فقد تم عمل ملاعب»: no SUPPORT «دعما»."""
    events = coded(coder, PARK, title="الفيصل يفتتح منتزه «الردف» بالطائف.. الاثنين القادم", date="2015-07-24")
    assert ("SUPPORT", "دعما") not in events, events


def test_a_states_backing_of_a_government_stays(coder):
    """«وأكد الوزير دعم المملكة للحكومة الشرعية في اليمن»: a state's support of a government, SUPPORT stays."""
    text = ("استقبل وزير الخارجية نظيره اليمني أمس. "
            "وأكد الوزير دعم المملكة للحكومة الشرعية في اليمن. "
            "وبحث الجانبان الأوضاع في المنطقة.")
    assert [e for e in coded(coder, text) if e[0] in ("SUPPORT", "AID") and e[1] == "دعم"]


def test_two_ministries_cooperation_is_administration(coder):
    """«وتم خلال الاستقبال بحث أوجه التعاون والتنسيق بين وزارة الإسكان ومصلحة الجمارك العامة»: one state's own
    offices, no COOPERATE."""
    text = ("قام الأستاذ ماجد الحقيل وزير الإسكان صباح امس يرافقه المستشار د. علي العطية بزيارة لمقر مصلحة الجمارك "
            "العامة، وقد كان في استقبالهم الاستاذ صالح الخليوي مدير عام الجمارك. "
            "وتم خلال الاستقبال بحث أوجه التعاون والتنسيق بين وزارة الإسكان ومصلحة الجمارك العامة، وسُبل تعزيزها.")
    events = coded(coder, text, title="وزير الإسكان يلتقي مدير الجمارك")
    assert not [e for e in events if e[0] == "COOPERATE"], events


def test_coordination_with_a_foreign_security_body_stays(coder):
    """«يجري التحري بشأن لسعد البريكي بالتنسيق مع الأجهزة الأمنية في إيطاليا»: security coordination with another
    state's forces, COOPERATE stays."""
    text = ("قالت وزارة الداخلية التونسية إنها تتابع قضية العنصر الموقوف. "
            "وأضافت أنه يجري التحري بشأن لسعد البريكي بالتنسيق مع الأجهزة الأمنية في إيطاليا.")
    assert ("COOPERATE", "التنسيق") in coded(coder, text, date="2015-07-24")


def test_a_welcome_of_students_is_courtesy(coder):
    """«ثم ألقى رئيس البرنامج الأستاذ عبد الرحمن المجلي كلمة رحب فيها بالطلبة الموهوبين وأولياء أمورهم»: no SUPPORT
    «رحب»."""
    text = ("نظمت مدارس منارات الرياض لقاء للموهوبين وأولياء أمورهم عن البرنامج الصيفي. "
            "وبدأ اللقاء بالقرآن الكريم، ثم ألقى رئيس البرنامج الأستاذ عبد الرحمن المجلي كلمة رحب فيها بالطلبة "
            "الموهوبين وأولياء أمورهم الكرام ببرنامج موهبة الصيفي الإثرائي.")
    events = coded(coder, text, title="«موهبة» تنظم لقاء للموهوبين وأولياء أمورهم", date="2015-07-24")
    assert ("SUPPORT", "رحب") not in events, events


def test_a_ministers_welcome_of_his_counterpart_stays(coder):
    """«حيث رحب وزير الخارجية الإماراتي بنظيره المصري وبالزيارة»: a welcome between states, SUPPORT stays."""
    text = ("وصل وزير الخارجية المصري إلى أبوظبي أمس. "
            "واستقبل الشيخ عبدالله بن زايد وزير الخارجية المصري، حيث رحب وزير الخارجية الإماراتي بنظيره المصري "
            "وبالزيارة التي تأتي في إطار التعاون الأخوي.")
    assert ("SUPPORT", "رحب") in coded(coder, text, date="2015-07-25")


def test_a_firms_purchase_is_no_agreement(coder):
    """«وافقت شركة نيكي اليابانية على شراء مجموعة فايننشال تايمز»: a firm's purchase, no AGREE."""
    text = ("وافقت شركة نيكي اليابانية على شراء مجموعة فايننشال تايمز ناشرة صحيفة فايننشال تايمز من مجموعة بيرسون "
            "البريطانية مقابل 844 مليون جنيه إسترليني. "
            "وقالت بيرسون إنها ستركز على قطاع التعليم.")
    events = coded(coder, text, title="نيكي اليابانية تشتري مجموعة فايننشال تايمز", date="2015-07-24")
    assert not [e for e in events if e[0] == "AGREE"], events


def test_an_agreement_to_a_truce_stays(coder):
    """«وافق الحوثيون على هدنة إنسانية»: an agreement to a truce, AGREE stays."""
    text = ("أعلنت قيادة التحالف هدنة إنسانية في اليمن. "
            "ووافق الحوثيون على الهدنة الإنسانية لمدة خمسة أيام.")
    assert [e for e in coded(coder, text, date="2015-07-25") if e[0] == "AGREE"]
