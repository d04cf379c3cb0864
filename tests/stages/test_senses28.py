"""Trigger senses read wrongly on fresh news (round 28): an «environmental massacre» of wild animals, waves of a
market's decline, a rejection reaffirmed, a fire crew still standing by, shops sitting somewhere, piety after
«that is for», sincere congratulations, «go forward» (تمضي قدما), a contract awarded, a mall, growing demand, a
pupil, an invitation to a meal, a share price propped up, floods that sweep in or trap people, a smell, news, a statue's hand, arguing by appeal to the public (الاحتجاج بالجمهور), the top of diplomacy, a
port receiving ships — none is the event its trigger word names.

Checked on the coder without the report filter nor the merging of repeats (conftest): the lexicon's candidates.
"""

import pytest


def events(coder, text, kind=None):
    """The events of one text, of one type if given."""
    return [e for e in coder(text, published="2015-07-22").events if kind is None or e.event == kind]


def triggered(coder, text, word, kind):
    """The events of one type whose trigger is the given word."""
    return [e for e in events(coder, text, kind) if e.trigger.text == word]


@pytest.mark.parametrize("text, word, kind", [
    ("ارتكب مراهق مذبحة بيئية في الصحراء السعودية، وقتل المئات من الضبان المهددة بالانقراض.", "مذبحة", "ASSAULT"),
    ("وقد شهد السوق موجات تراجع كبيرة إثر الأخبار السلبية الناتجة عن أزمة الديون اليونانية.", "تراجع", "CONCEDE"),
    ("أكدت الخارجية المصرية مجددا رفض مصر الكامل للتدخل الإيراني في الشؤون الداخلية للدول العربية.", "أكدت",
     "SUPPORT"),
    ("وتم إخماد الحريق، وما زال يتمركز في الموقع فرقة إطفاء ودورية سلامة لمراقبة الموقع.", "يتمركز", "MOBILIZE"),
    ("يصل عدد محلات الصيرفة إلى نحو 3200 محل، تتمركز غالبيتها في مكة المكرمة وجدة والمدينة المنورة.", "تتمركز",
     "MOBILIZE"),
    ("إنها من العوائل التي يعمل عدد من أبنائها بقرب ولاة الأمر، وذلك لتدينهم وولائهم وأخلاقهم العالية.", "لتدينهم",
     "ACCUSE"),
    ("قررت روسيا أن تمضي قدما في تقديم مزيد من الدعم العسكري للقيادة السورية.", "قدما", "AID"),
    ("وأن يحفظ لها قيادتها الرشيدة التي قدمت الغالي والنفيس في خدمة الحرمين الشريفين وتقديم الخدمات للحجاج.",
     "قدمت", "AID"),
    ("وأطلقت دولة الإمارات برنامجها للطاقة النووية في عام 2009 بمنح عقد لكونسورتيوم كوري جنوبي.", "منح", "AID"),
    ("ويقع المشروع على بعد 10 دقائق من منطقة مول دبي وبرج خليفة.", "مول", "AID"),
    ("وتعد تايوان سوقا مهمة لطيران الإمارات حيث شهدنا طلبا متزايدا على السفر معنا.", "طلبا", "REQUEST"),
    ("وأكد أن كل ولي أمر طالب أو طالبة لا يمكن أن يغامر بإرسال أبنائه للدراسة.", "طالب", "REQUEST"),
    ("ولم يتوقف الأمر عند هذا الحد بل قاموا بدعوته لتناول القهوة معهم.", "دعوته", "REQUEST"),
    ("تم عرض 487 مليون سهم للبيع لحساب دعم استقرار سعر السهم في السوق.", "دعم", "SUPPORT"),
    ("استيقظ أهالي محافظة ضمد على أمطار وسيول غزيرة، حيث داهمت السيول أحياءهم فجرا.", "داهمت", "COERCE"),
    ("إلا أن خبرا عاجلا داهمنا الآن نقرؤه عليكم.", "داهمنا", "COERCE"),
    ("تداول ناشطون مقطع فيديو لمواطن يغامر بحياته، عندما اقتحم السيل بسيارته.", "اقتحم", "COERCE"),
    ("تمكنت فرقة الدفاع المدني من إنقاذ تسعة أشخاص حاصرتهم السيول يوم أمس.", "حاصرتهم", "COERCE"),
    ("سالت الأودية والشعاب، فيما احتجزت السيول في وادي ضمد عددا من المركبات.", "احتجزت", "COERCE"),
    ("ويزدان المعرض بتمثال لحورس جالسا وهو يقبض بيده اليسرى على مفتاح الحياة.", "يقبض", "COERCE"),
    ("بل هذه المشروبات تجفف الجسم أكثر وتطرد الماء الموجود فيه أصلا.", "تطرد", "COERCE"),
    ("المقالة السابقة عرضت أن الاحتجاج بالجمهور يقع في صلب الخطاب الأيديولوجي.", "الاحتجاج", "PROTEST"),
    ("فقد حفلت حياته بخبرات عميقة مكنته من اعتلاء قمة الدبلوماسية السعودية لكل هذه الفترة.", "قمة", "CONSULT"),
    ("كان لها الأثر الكبير في تطوير الجريدة وتربعها على قمة الصحافة العربية.", "قمة", "CONSULT"),
    ("وكان ميناء الحديدة، الذي بدوره استقبل نحو 26 باخرة متنوعة من الأدوية والأغذية.", "استقبل", "CONSULT"),
    ("يطيب لي أن أرفع إليكم صادق التهاني والتبريكات على تعيينكم رئيسا لتحرير الجريدة.", "صادق", "SUPPORT"),
])
def test_another_sense_is_no_event(coder, text, word, kind):
    assert not triggered(coder, text, word, kind), [e.to_dict() for e in events(coder, text)]


@pytest.mark.parametrize("text, word, kind", [
    ("وارتكب تنظيم داعش مذبحة بحق المدنيين في القرية.", "مذبحة", "ASSAULT"),
    ("وأكد الوزير مجددا دعم بلاده للحكومة اليمنية الشرعية.", "أكد", "SUPPORT"),
    ("وتتمركز القوات الحكومية في محيط المدينة منذ الصباح.", "تتمركز", "MOBILIZE"),
    ("وأدانت الحكومة الهجوم على السفارة.", "أدانت", "ACCUSE"),
    ("صادق البرلمان على الاتفاقية الأمنية مع الأردن.", "صادق", "SUPPORT"),
    ("وقدمت المملكة مساعدات إنسانية عاجلة إلى الشعب اليمني.", "قدمت", "AID"),
    ("وداهمت قوات الأمن منزل المطلوب في حي الشيخ عثمان.", "داهمت", "COERCE"),
    ("وشارك المئات في الاحتجاج أمام السفارة الأمريكية.", "الاحتجاج", "PROTEST"),
    ("وعقد قادة دول الخليج قمة في الرياض أمس.", "قمة", "CONSULT"),
    ("وحاصرت قوات النظام بلدة الزبداني منذ عام 2013.", "حاصرت", "COERCE"),
    ("واقتحم عشرات المستوطنين المسجد الأقصى صباح أمس.", "اقتحم", "COERCE"),
    ("وطالب الوزير المجتمع الدولي برفع الحظر عن توريد السلاح.", "طالب", "REQUEST"),
    ("وطلبت الحكومة من المجتمع الدولي تقديم المساعدة.", "طلبت", "REQUEST"),
])
def test_the_event_sense_stays(coder, text, word, kind):
    assert triggered(coder, text, word, kind), [e.to_dict() for e in events(coder, text)]
