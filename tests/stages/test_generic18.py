"""Coded "events" that are no acts (generic18): a noun of aid, support or cooperation that is what is thanked or
praised («مقدما شكره للاتحاد … على دعمهم»), what is given or received («بفضل ما تحظى به من دعم»), or an act told
before pointed back to by a demonstrative («هذا الدعم ليس بغريب»); a lone sentence is coded as it reads."""

from hadath.article import Article

# the rules read the sentences of a story: two plain sentences follow each one
TAIL = " وقال مسؤول محلي إن الوضع في المنطقة هادئ حاليا. وأضاف أن التحقيقات ما زالت مستمرة."


def events(coder, text, tail=TAIL, published="2015-07-26"):
    """The (type, trigger) pairs the stage coder (no report filter) codes in a text that opens with this one."""
    art = coder(Article(text=text + tail, published=published))
    return [(e.event, e.trigger.text) for e in art.events]


def test_support_thanked_for_is_no_event(coder):
    text = ("وقدم الحكم شكره للاتحاد السعودي للكرة الطائرة برئاسة فهد الحريشي ونائبه وأعضاء مجلس الإدارة على "
            "دعمهم واهتمامهم.")
    found = events(coder, text)
    assert not [t for t in found if t[0] in ("AID", "SUPPORT") and "دعم" in t[1]], found


def test_support_praised_is_no_event(coder):
    found = events(coder, "وثمن أمين الطائف المهندس محمد المخرج دعم واهتمام الأمير خالد الفيصل لكافة المشاريع البلدية.")
    assert ("SUPPORT", "دعم") not in found, found
    found = events(coder, "ونوه الأمير بالتوافق بين الهيئة ووزارة المالية، مقدراً سموه دعم وتعاون وزير المالية في هذا البرنامج.")
    assert not [t for t in found if t[1] in ("دعم", "تعاون")], found


def test_a_verb_after_thanks_stays(coder):
    # the thanks verb itself (أعرب عن شكره) and an act told by a verb of its own are no object of thanks
    found = events(coder, "وأعرب الرئيس اليمني عن شكره للمملكة على مواقفها.")
    assert any(t[0] == "SUPPORT" for t in found), found


def test_support_received_is_no_event(coder):
    text = ("وقال إن هذا النجاح يأتي ضمن استراتيجية الإدارة العامة للخدمات الطبية للقوات المسلحة في ظل ما تتلقاه "
            "من دعم دائم من ولاة الأمر لتسخير كافة الإمكانات.")
    found = events(coder, text)
    assert ("SUPPORT", "دعم") not in found, found


def test_support_pointed_back_to_is_no_new_event(coder):
    text = "وبدوره شكر المالكي وكيل الإمارة والجهات المنظمة للفعاليات، وأكد أن هذا الدعم ليس بغريب على مسؤولي المنطقة."
    found = events(coder, text, tail=" وكرم وكيل الإمارة الزميل المالكي نظير جهوده في التغطية.")
    assert not [t for t in found if t[0] == "AID"], found


def test_a_congratulation_praised_stays(coder):
    text = "وأشاد مجلس الوزراء بالرسالة التي وجهها خادم الحرمين الشريفين للمؤتمر وما تضمنته من تهنئة للشعب اليمني."
    found = events(coder, text)
    assert ("SUPPORT", "تهنئة") in found, found


def test_aid_told_stays(coder):
    found = events(coder, "وقدمت المملكة أمس مساعدات إنسانية عاجلة للشعب اليمني، وشكرها المسؤولون على هذه المبادرة.")
    assert [t for t in found if t[0] == "AID"], found


def test_a_lone_sentence_is_coded_as_it_reads(coder):
    text = "وثمن الوزير دعم المملكة للشعب اليمني."
    art = coder(Article(text=text, published="2015-07-26"))
    assert ("SUPPORT", "دعم") in [(e.event, e.trigger.text) for e in art.events]
    assert ("SUPPORT", "دعم") not in events(coder, text)


def test_an_initiatives_clause_is_no_event(coder):
    text = ("وأكد السفير على مواقف المملكة الثابتة في دعم القضية الفلسطينية حتى عرفت بمبادرة السلام العربية التي "
            "تقوم على انسحاب إسرائيل من كافة الأراضي العربية المحتلة.")
    assert ("RETREAT", "انسحاب") not in events(coder, text)


def test_a_plans_items_are_no_events(coder):
    text = "وتشمل الخطة إلغاء مناصب حكومية بارزة وإنهاء حصص الأحزاب في المناصب الحكومية وإعادة فتح تحقيقات في الفساد."
    found = events(coder, text)
    assert not [t for t in found if t[0] == "ACCUSE"], found
    text = "وتنص المادة الرابعة على أن “يتشاور الأطراف مع بعضهم البعض عند إحساس أي منهم بأن أمن أحد الأطراف مهدد.”"
    assert ("CONSULT", "يتشاور") not in events(coder, text)


def test_a_clause_after_a_provision_stays(coder):
    # another clause, after a comma, is no content of the law
    text = ("وقالت المنظمة إن السلطات لم تتجاوب معها وفق ما ينص عليه القانون الموريتاني، وتتهم المنظمة السلطات "
            "الموريتانية بالتواطؤ مع ممارسي العبودية.")
    assert ("ACCUSE", "تتهم") in events(coder, text)
    # a truce a letter announces is declared, no content
    text = ("وأوضحت قيادة قوات التحالف أن الرئيس اليمني عبد ربه منصور هادي، بعث برسالة أول من أمس إلى خادم الحرمين "
            "الشريفين الملك سلمان بن عبد العزيز، تتضمن الإعلان عن هدنة إنسانية اعتبارًا من مساء اليوم الأحد الساعة 11:59، "
            "حيث تتوقف فيها الأعمال العسكرية من قبل قوات التحالف.")
    base = events(coder, text)
    assert [t for t in base if t[0] == "RETREAT"], base


def test_noting_is_no_praise(coder):
    text = "ونوه الوزير المصري أن حكومة بلاده تعمل على زيادة التعاون مع المستثمرين السعوديين."
    assert ("COOPERATE", "التعاون") in events(coder, text)


def kinds(nlp, text, tail=TAIL, published="2015-07-26"):
    """The (type, trigger) pairs the default pipeline (with the report filter) codes in a story opening with text."""
    return [(e.event, e.trigger.text) for e in nlp(text + tail, published=published).events]


def test_strikes_since_a_month_are_no_one_event(nlp):
    found = kinds(nlp, "ويشن التحالف غارات على العراق وسوريا المجاورة منذ أغسطس (آب) 2014.")
    assert ("ASSAULT", "غارات") not in found, found
    text = ("ويمثل ذلك فصلا جديدا في الاضطرابات التي شهدها فيرجسون منذ مقتل المراهق الأسود الأعزل مايكل براون "
            "برصاص ضابط الشرطة الأبيض دارين ويلسون قبل عام.")
    assert ("PROTEST", "الاضطرابات") not in kinds(nlp, text)


def test_strikes_since_the_morning_stay(nlp):
    text = "وذكر أن الطيران نفذ أكثر من 15 غارة جوية منذ الصباح الباكر على ريف إدلب، حيث قصف بلدات عدة."
    assert [t for t in kinds(nlp, text) if t[0] == "ASSAULT"]


def test_the_crime_charged_is_no_support(coder):
    text = ("وأصدر قضاء النظام السوري أحكاماً بالإعدام على خمسة أشخاص بتهمة دعم “الإرهاب” وتأسيس منظمات “إرهابية” "
            "وتمويل العمليات المسلحة في سوريا.")
    assert ("SUPPORT", "دعم") not in events(coder, text)


def test_events_aimed_at_visitors_are_no_attack(coder):
    text = ("أوضح تقرير الهيئة العامة للسياحة والتراث، الجهود الكبيرة في تنظيم فعاليات تستهدف شرائح متنوعة من الزوار "
            "من داخل وخارج المملكة.")
    assert ("ASSAULT", "تستهدف") not in events(coder, text)


def test_aid_pointed_back_to_and_handed_over_today_stays(coder):
    found = events(coder, "وسلمت المملكة أمس هذه المساعدات إلى الشعب اليمني في عدن.")
    assert ("AID", "المساعدات") in found, found


def test_aid_thanked_for_and_dated_stays(coder):
    found = events(coder, "وأشاد الوزير بالمساعدات التي قدمتها الإمارات لليمن يوم الأحد.")
    assert [t for t in found if t[0] == "AID"], found


def test_support_a_market_finds_is_no_event(coder):
    found = events(coder, "ولقيت الأسعار أيضا دعما من الشكوك التي تحيط بامكانية التوصل لاتفاق نووي مع ايران الأسبوع المقبل.")
    assert not [t for t in found if t[0] == "SUPPORT"], found
    text = ("وسجلت البورصة العمانية ارتفاعا بدعم من قطاعي المال والصناعة بنسبة 0.19 في المائة ليغلق مؤشرها العام عند "
            "مستوى 6419.97 نقطة.")
    found = events(coder, text)
    assert not [t for t in found if t[0] in ("AID", "SUPPORT")], found
