"""Word senses read on fresh Gulf news (the triggers lexicon's tail, unless and not_after columns), fourth round:
fires and blazes (اشتعلت النيران، النيران المشتعلة), «a report came in» (ورد بلاغ) read as return fire, «aims at»
(تستهدف خفض البطالة، استهدف بحث قياس), a fault that «hits» a network, stars that «invade» screens, a blow a team
suffers, dawn (الرابعة فجرا، فجر أول أمس، عملية فجر الكرمة), a thunderous shot at goal, an old shell found, a
ministry or a team that «rises», epilepsy, coffee-seekers crowding, a celebration march, someone walking down a
street, an economic fair, the authorities closing a road, markets, gold, companies and common interests propped up,
and a student at a university, harm that befell someone (أصابه مكروه), a source asking not to be named (طالبا عدم
ذكر اسمه) are no political event (must not code); the political sense beside each still codes (must code), and so
does a demand that something not be done (طالب بعدم التدخل).

Checked on the coder without the report filter: these are the lexicon's candidates, before the filter weighs them.
"""

import pytest


def types(coder, text):
    return [e.event for e in coder(text, published="2015-08-01").events]


@pytest.mark.parametrize("event, text", [
    # a student at a university, harm that befell someone (أصابه مكروه), a source asking not to be named
    ("REQUEST", "وقال مسؤول أمني طالبا عدم ذكر اسمه إن الهجوم وقع فجرا."),
    ("REQUEST", "وقال جندي طالبا عدم الكشف عن هويته إن القصف استمر."),
    # a student, harm that befell someone
    ("REQUEST", "واعتقلت الشرطة الأمريكية طالبا يتابع دراسته في الهندسة."),
    ("REQUEST", "وكان الزهراني طالبا بجامعة نيوكاسل في أستراليا."),
    ("ASSAULT", "وربما يكون المواطن قد أضاع طريقه أو أصابه مكروه صحي."),
    # fires and blazes
    ("ASSAULT", "واشتعلت النيران في الطائرة بعد سقوطها قرب المطار."),
    ("ASSAULT", "وتمكنت فرق الدفاع المدني من إخماد النيران في المستودع."),
    ("ASSAULT", "وقال رجال الإطفاء إن النيران المشتعلة أجبرت السكان على مغادرة منازلهم."),
    # a report came in (و + رد)
    ("ASSAULT", "ورد بلاغ للدفاع المدني عن نشوب النيران في مستودع."),
    # aims at
    ("ASSAULT", "وأعلنت الوزارة خطة تستهدف خفض معدل البطالة إلى النصف."),
    ("ASSAULT", "واستهدف بحث الزميلين قياس العلاقة بين النوم والتحصيل."),
    # a fault; stars and screens; a blow in football; a shot at goal
    ("ASSAULT", "وأصاب عطل شبكة الاتصالات في المدينة أمس."),
    ("ASSAULT", "وغزت النجوم الأجنبية شاشات التلفزيون في رمضان."),
    ("ASSAULT", "وقال المدرب إن الفريق تعرض لضربة موجعة بإصابة المهاجم."),
    ("ASSAULT", "وعثر عمال البناء على قذيفة قديمة من الحرب العالمية الثانية."),
    ("ASSAULT", "وسدد قذيفة قوية من خارج المنطقة."),
    ("ASSAULT", "وسدد المهاجم قذيفة مدوية ارتطمت بالعارضة."),
    # a ministry or a team that springs into action; epilepsy
    ("PROTEST", "وانتفضت الوزارة لمعالجة أزمة المياه في الأحياء."),
    ("PROTEST", "وانتفض الفريق في الشوط الثاني وسجل هدفين."),
    ("PROTEST", "ويعاني الطفل من اضطرابات الصرع منذ ولادته."),
    # customers crowding; a celebration march
    ("PROTEST", "وتجمهر طالبي القهوة أمام المقهى الجديد."),
    ("PROTEST", "وخرج المشجعون في مسيرة احتفالية بعد فوز المنتخب."),
    ("PROTEST", "ونظم الأهالي مسيرة احتفالية بمناسبة العيد."),
    # at dawn (فجرا), the dawn of a day, an operation named «dawn»
    ("ASSAULT", "وقال إن الموكب وصل عند الساعة الرابعة فجرا إلى المطار."),
    ("ASSAULT", "وغادرت بعثة المنتخب فجرا إلى هولندا."),
    ("ASSAULT", "وتوفي الفنان بسكتة قلبية مفاجئة فجر أول أمس في باريس."),
    ("ASSAULT", "وانطلقت عملية فجر الكرمة قبل أسبوع."),
    # walking down a street; an economic fair; the authorities closing a road
    ("PROTEST", "وصدمت السيارة صبيا بينما كان يسير في أحد الشوارع بدراجته."),
    ("PROTEST", "كنت أسير في أحد شوارع القاهرة مع صديقي."),
    ("PROTEST", "وتشهد المدينة كل صباح أهم تظاهرة اقتصادية في إنتاج التمور."),
    ("PROTEST", "وأغلقت السلطات الكورية طريقا سريعا لتحسين حركة المرور."),
    # markets, gold, companies and common interests propped up
    ("SUPPORT", "وتلقت أسعار الذهب دعما من تراجع الدولار الأمريكي."),
    ("SUPPORT", "وقال إن البنوك لا تستطيع دعم الشركات الجديدة بالطريقة المطلوبة."),
    ("SUPPORT", "وتسهم العلاقات الدبلوماسية في دعم المصالح المشتركة بين البلدين."),
    ("AID", "وتسهم العلاقات الدبلوماسية في دعم المصالح المشتركة بين البلدين."),
    ("SUPPORT", "وارتفعت الأسهم الأوروبية بعد أن دعمت أسواق الأسهم الأمريكية المعنويات."),
])
def test_no_candidate_in_a_news_sense(coder, event, text):
    assert event not in types(coder, text), text


@pytest.mark.parametrize("event, text", [
    ("REQUEST", "وطالب الوزير بعدم التدخل في الشؤون الداخلية للبلاد."),
    ("REQUEST", "وطالب الوزير الدول الكبرى بعدم التدخل في شؤون اليمن."),
    ("REQUEST", "ويطالب المتظاهرون بعدم تمديد ولاية الرئيس."),
    ("REQUEST", "وطالب الرئيس الأمم المتحدة بالتدخل لوقف القتال."),
    ("ASSAULT", "وردت القوات على مصدر النيران بقوة."),
    ("ASSAULT", "ووجهت المدفعية نيرانها على مواقع المتمردين."),
    ("ASSAULT", "وأطلق المسلحون النيران على دورية للشرطة."),
    ("ASSAULT", "واستهدفت طائرات التحالف مواقع الحوثيين في صعدة."),
    ("ASSAULT", "وأعلنت الشرطة حملة تستهدف خلايا متشددة في العاصمة."),
    ("ASSAULT", "كما استهدفت الطائرات تعزيزات عسكرية للحوثيين."),
    ("ASSAULT", "وقالت الشرطة إن انتحاريين فجرا نفسيهما داخل ثكنة للجيش."),
    ("ASSAULT", "وفجر انتحاري نفسه في مسجد خلال صلاة الجمعة."),
    ("ASSAULT", "وفجر المسلحون عبوة ناسفة قرب دورية للجيش."),
    ("ASSAULT", "وأصابه القناص برصاصة في الرأس."),
    ("ASSAULT", "وأصيب ثلاثة جنود بجروح في الهجوم."),
    ("ASSAULT", "وغزت القوات الروسية شبه جزيرة القرم."),
    ("ASSAULT", "وتعرض الصحفي للضرب على أيدي الشرطة."),
    ("ASSAULT", "وسقطت قذيفة هاون على حي سكني في دمشق."),
    ("PROTEST", "وانتفض الشعب ضد الحكومة الفاسدة."),
    ("PROTEST", "وشهدت البلاد اضطرابات سياسية بعد الانتخابات."),
    ("PROTEST", "وتجمهر المحتجون أمام مقر الحكومة."),
    ("PROTEST", "ونظم المعارضون مسيرة احتجاجية أمام البرلمان."),
    ("PROTEST", "وخرج آلاف المحتجين في مسيرة ضد الحكومة في العاصمة."),
    ("PROTEST", "وسار المتظاهرون في شوارع العاصمة مرددين شعارات ضد الحكومة."),
    ("PROTEST", "وأغلق المحتجون طريقا رئيسيا احتجاجا على انقطاع الكهرباء."),
    ("PROTEST", "ونظم المعلمون تظاهرة أمام وزارة التعليم."),
    ("SUPPORT", "ودعمت دول المجلس الشرعية في اليمن."),
    ("AID", "وأكد الوزير استمرار الدعم السعودي للشعب اليمني."),
    ("SUPPORT", "وأكد الوزير أن بلاده تدعم الحكومة الشرعية في اليمن."),
])
def test_still_coded_in_the_political_sense(coder, event, text):
    assert event in types(coder, text), text
