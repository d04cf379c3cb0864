"""Trigger senses audited row by row on Saudi news (senses16): the types senses15 left. A conviction proven
(ثبتت إدانته، ثبوت إدانة متهم), anti-anxiety pills (مضادة للقلق), the range of fines a rule sets (الغرامة ما بين),
a social or festive «تظاهرة», floods that cut roads (بالسيول وقطعت الطرق), heat that kills (قتلت الحرارة), a festival
visited (زار المهرجان), a visit visa's purpose (بغرض الزيارة), the media or a list published (نشرت وسائل إعلام، نشر
قوائم), the king's consent to a domestic matter (الموافقة السامية), a day that coincides (يوافق بدء), transport
contractors (تعهدات النقل), reinforcements an attack targets (استهدف الطيران مواقع وتعزيزات عسكرية) and the
present of اتفق (an opinion shared: يتفق الخبراء على أن) are no event (must not code); nor a lawsuit a court
receives or hears (استقبلت المحاكم 103 دعاوى), a pretext (بدعوى رشق الحجارة), a visit to in-patients (بزيارة
الأطفال المنومين) or one state's bodies coordinating among themselves (بالتنسيق مع القوات المسلحة المصرية). The
event sense beside each still codes (must code).

Checked on the coder without the report filter: these are the lexicon's candidates, before the filter weighs them.
"""

import pytest


def types(coder, text):
    """The event types the coder finds in one sentence."""
    return [e.event for e in coder(text, published="2015-08-04").events]


@pytest.mark.parametrize("event, text", [
    # a court's conviction, no condemnation
    ("ACCUSE", "سافر المتهم إلى سوريا عن طريق تركيا، كما ثبتت إدانته بانضمامه لتنظيم داعش الإرهابي."),
    ("ACCUSE", "أصدرت المحكمة الجزائية حكما يقضي بثبوت إدانة متهم بانضمامه لتنظيم داعش في سوريا."),
    # anti-anxiety pills
    ("ACCUSE", "يجبر مقاتلو داعش الأطفال على تناول حبوب مضادة للقلق قبل تفجير أنفسهم في العراق."),
    # the range of fines a rule sets
    ("SANCTION", "وبين الوكيل المساعد لشؤون البيئة أن الغرامة ما بين مخالفة مالية وأمر إغلاق."),
    ("SANCTION", "وبين الوكيل المساعد لشؤون البيئة أن الغرامة تتراوح بين مخالفة مالية وأمر إغلاق."),
    # a social or festive occasion
    ("PROTEST", "تتواصل احتفالات العيد في تظاهرة اجتماعية واحتفالية تشهدها أحياء المدينة ابتهاجا بالعيد."),
    # floods that cut roads
    ("PROTEST", "دهمت سيول الوادي الأحياء السكنية التي غمرتها بالسيول وقطعت الطرق."),
    # heat that kills
    ("ASSAULT", "في الغرب قتلت الحرارة التي وصلت إلى 40 درجة أعدادا كبيرة من البشر."),
    # a festival visited; a visit visa's purpose
    ("CONSULT", "كما زار المهرجان الشيخ سعود العثمان رئيس هيئة الأمر بالمعروف في محافظة الخرج."),
    ("CONSULT", "وتشمل وثيقة التأمين جميع المتقدمين للحصول على تأشيرة دخول إلى المملكة بغرض الزيارة."),
    # the media or a list published
    ("MOBILIZE", "ونشرت وسائل إعلام أجنبية عن إنزال قوات التحالف لقوات برية في عدن."),
    ("MOBILIZE", "وقال المسؤول إن داعش نشر قوائم بأسماء الضحايا على جدران مركز شرطة في الموصل."),
    # reinforcements an attack targets
    ("MOBILIZE", "واستهدف الطيران مواقع وتعزيزات عسكرية في الخط الرابط بين محافظتي قعطبة وإب."),
    # the king's consent to a domestic matter; a day that coincides; transport contractors
    ("AGREE", "قلد أمير منطقة الرياض العقيد مرزوق الهيضل رتبته الجديدة بعد صدور الموافقة السامية بترقيته."),
    ("AGREE", "ويستعد المعرض الآن ليكون معلما سياحيا بحلة جديدة بافتتاحه؛ ليوافق بدء مهرجان السياحة في المنطقة."),
    ("AGREE", "فرض التنظيم دفع الزكاة على أصحاب المكاتب العقارية، وتعهدات النقل، والمطاعم في الموصل."),
    # the present of اتفق: an opinion shared, a thing consistent with another
    ("AGREE", "ويتفق الخبراء الاستراتيجيون على أن الحل الأمني وحده لا يكفي لمواجهة تنظيم داعش في العراق."),
    ("AGREE", "ويتفق الباحثون على تقسيم القوقاز سياسيا إلى قسمين بعد تفكك الاتحاد السوفيتي."),
    ("AGREE", "وهي ليست المرة الأولى التي تتخذ فيها الحكومة الأمريكية قرارات لا تتفق مع الرأي في الرياض."),
    # a court that receives or hears suits; a pretext told with بدعوى
    ("ACCUSE", "استقبلت المحاكم السعودية نحو 103 دعاوى ضد عدد من الجهات الحكومية خلال الشهور التسعة."),
    ("ACCUSE", "نظرت المحاكم الجزئية في مناطق المملكة 558 دعوى قضائية منذ بداية العام."),
    ("ACCUSE", "وحاول الجيش الإسرائيلي اقتحام المسجد الأقصى بدعوى رشق الحجارة."),
    # a visit to in-patients
    ("CONSULT", "قام فريق من منسوبي الجوازات بزيارة كبار السن والأطفال المنومين داخل المستشفى التخصصي."),
    ("CONSULT", "كما نظمت اللجنة النسائية عدة زيارات للأطفال المنومين في المستشفيات بهدف معايدتهم."),
    # one state's bodies coordinating among themselves
    ("COOPERATE", "تم تشديد الإجراءات الأمنية بالتنسيق مع القوات المسلحة المصرية بمحيط المنشآت المهمة."),
    ("COOPERATE", "قامت الأمانة بالتنسيق مع وزارة الحرس الوطني السعودي بإنشاء طريق مرادف لطريق السلام."),
])
def test_not_coded(coder, event, text):
    assert event not in types(coder, text)


@pytest.mark.parametrize("event, text", [
    ("ACCUSE", "أدانت المملكة الهجوم الإرهابي على المسجد في الكويت."),
    ("ACCUSE", "ودانت المحكمة والولايات المتحدة الأميركية الحكومة النيجيرية على رفضها الامتثال لمذكرتي القبض."),
    ("ACCUSE", "وجدد مجلس الوزراء إدانة المملكة للجريمة الإرهابية التي نفذها مستوطنون إسرائيليون."),
    ("ACCUSE", "وعبر الوزراء عن قلقهم من تصريحات بعض المسؤولين الإيرانيين."),
    ("SANCTION", "وفرضت المحكمة غرامة على الشركة بسبب مخالفتها للأنظمة في الرياض."),
    ("PROTEST", "خرج الآلاف في تظاهرة حاشدة ضد الحكومة في بغداد."),
    ("PROTEST", "قطع المزارعون الفرنسيون الطرق بوضع الجرارات للفت نظر الحكومة إلى احتجاجهم."),
    ("ASSAULT", "قتلت قوات الأمن ستة مسلحين في مدينة نالتشيك الروسية."),
    ("CONSULT", "زار الرئيس السيسي فرنسا وعقد معها اتفاقية سلاح."),
    ("CONSULT", "وصرح مسؤول في الخارجية الأمريكية بأن زيارة كيري للدوحة فرصة لتعميق النقاش مع نظرائه."),
    ("MOBILIZE", "حيث نشرت كابول حوالى 5000 جندي في ولاية فارياب."),
    ("MOBILIZE", "وأرسل الجيش تعزيزات عسكرية إلى مدينة عدن."),
    ("AGREE", "واتفق الجانبان الأردني والفلسطيني على رفع مشروع قرار إلى مجلس الأمن."),
    ("AGREE", "ومن المتوقع أن يتفق الطرفان على وقف إطلاق النار في اليمن."),
    ("AGREE", "ووافق مجلس الأمن بإجماع أعضائه على قرار يصادق على الاتفاق النووي مع إيران."),
    ("ACCUSE", "وكلف ثلاثة قضاة بالتحقيق إثر دعوى تقدمت بها سهى عرفات ضد مجهول."),
    ("ACCUSE", "رفعت منظمة اليونسكو دعوى أمام المحكمة الجنائية الدولية ضد تنظيم داعش."),
    ("COOPERATE", "نفذت القوات العراقية بالتعاون مع التحالف الدولي عملية في الأنبار."),
    ("COOPERATE", "وتقاتل قوات الاتحاد الأفريقي في الصومال المتمردين بالتعاون مع الجيش الصومالي."),
])
def test_coded(coder, event, text):
    assert event in types(coder, text)


def test_a_class_of_customers_targeted_is_no_attack(coder):
    """«يستهدف الطبقة الوسطى»: a product's market, no attack; a market bombed stays one."""
    assert "ASSAULT" not in [e.event for e in coder("بينما موتو جي سوف يستهدف الطبقة الوسطى من سوق الهواتف.").events]
    assert "ASSAULT" in [e.event for e in coder("واستهدف التفجير السوق الشعبي في المدينة.").events]
