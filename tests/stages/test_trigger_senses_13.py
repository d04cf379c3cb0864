"""Word senses read on fresh Gulf news (the triggers lexicon's tail, unless and not_after columns), fifth round,
non-violent types first: a company's general assembly approving a capital rise, a couple naming a newborn, workers'
collective bargaining, the Prophet's urging in a sermon, talks going «in a way that gives cause for satisfaction»,
what encourages an activity with no one encouraged, unemployment or demand falling, «their school year» (سنتهم), an
assault unit named, breaking into a field (اقتحمت عالم الإخراج), the OPCW's name, blame laid and tickets set aside
(تنحي), an army chief's retirement postponed, children going back to school, a book that criticises, a measure that
would save lives, «more pro-business», an index's support zone, subsidies and data that support forecasts, «which
supports» (ما يدعم), the one who applies for a service (طالب الخدمة), seeking reward or shelter and a club's coaching
staff agreeing, standing together (تكاتفا وتعاونا), a condolence call at a home, a visitors' book, an application to
correct one's status, helping companies, markets shrugging off a crisis and postal services, opinions all share (الكل
يتفق أن), prices falling, staff laid off, «not giving in», kilograms and municipal schedules of fines, a bomber
standing among worshippers (توسط المصلين), «in return for» (لقاء نحو 10 دولارات), the top of a list, a hotline, the
dialogue of religions, «who has no religion» (لادين له), «don't worry», a family suit, «a sincere believer» (لمؤمن
صادق), the governorate of Arhab and «will not deter» (لن يثني عزيمة) are no political event (must not code); the
political sense beside each still codes (must code).

Neighbouring types: a cabinet's approval of an accord (الموافقة على اتفاقية) ratifies it (SUPPORT, not AGREE).

Checked on the coder without the report filter: these are the lexicon's candidates, before the filter weighs them.
"""

import pytest


def types(coder, text):
    return [e.event for e in coder(text, published="2015-08-01").events]


@pytest.mark.parametrize("event, text", [
    # a company's general assembly; estimates matching forecasts; a newborn named
    ("AGREE", "وافقت الجمعية العامة غير العادية لشركة الإنماء طوكيو على زيادة رأس مال الشركة."),
    ("AGREE", "ووافقت التقديرات الأولية توقعات السوق رغم تقارير عن تضخم."),
    ("AGREE", "رزق محمد أحد منسوبي وزارة العدل بمولود اتفق هو وحرمه على تسميته بسلطان."),
    # collective bargaining; the Prophet's urging; «gives cause for satisfaction»
    ("CONSULT", "ويشترط البنك ضمان حقوق العمال ولا سيما حقهم في تشكيل نقابات وفي إجراء مفاوضات جماعية."),
    ("REQUEST", "فقد حث النبي صلى الله عليه وسلم على قتالهم لعظيم خطرهم على المسلمين."),
    ("REQUEST", "وقال يونكر إن المفاوضات تتقدم بشكل يدعو إلى الارتياح."),
    ("REQUEST", "وأشار إلى أن المفاوضات تجري بشكل يدعو للارتياح."),
    # what encourages an activity; more pro-business; an index's support zone; subsidies; forecasts supported
    ("SUPPORT", "وهناك الكثير من العوامل التي تشجع على الإيجار في مناطق معينة."),
    ("SUPPORT", "لذا بات لديهم نظام يشجع على المغامرة الجادة."),
    ("SUPPORT", "ويعتبر الحزب الوسطي أكثر تأييدا لقطاع الأعمال."),
    ("SUPPORT", "وتعد مستويات 8700 نقطة منطقة دعم للمؤشر، بينما المقاومة عند 8820 نقطة."),
    ("SUPPORT", "وقالت الشركات إن الناقلة حصلت على إعانات دعم حكومية قيمتها 42 مليار دولار."),
    ("SUPPORT", "وسجل قطاع الخدمات أسرع نمو له منذ عشر سنوات وهو ما يدعم التوقعات برفع أسعار الفائدة."),
    ("AID", "وستجري الحكومة مراجعة لسياسات الدعم الموجهة للمشتقات النفطية."),
    # numbers or demand falling; «their school year»; a book that criticises
    ("CONCEDE", "تراجعت أعداد العاطلين عن العمل في البرتغال إلى أدنى مستوى لها."),
    ("CONCEDE", "وتعاني الأسواق الناشئة وسط تراجع الطلب من الصين، فضلا عن ضعف الائتمان."),
    ("ACCUSE", "كي يتسنى لأطفال فلسطين أن يبدأوا سنتهم الدراسية بدون تأخير."),
    ("ACCUSE", "وينتقد الكتاب تأثير توجهات بعض المتحكمين في التعليم العالي."),
    # a measure that would save lives
    ("AID", "وأفاد تقرير أن تعزيز التنسيق بين المستشفيات قد ينقذ حياة 37 ألف أمريكي."),
    # an assault unit; a product breaking into a market; the OPCW
    ("COERCE", "ومن ضمن القوات الخاصة وحدة الاقتحام، وهي وحدة لا يلتحق بها سوى أبرز العناصر."),
    ("COERCE", "ثم اقتحمت عالم الإخراج السينمائي بفيلمها الأول."),
    ("COERCE", "واقترحت واشنطن أن يشكل الأمين العام ومنظمة حظر الأسلحة الكيميائية فريقا من المحققين."),
    # blame laid, tickets set aside; a retirement postponed; children back to school
    ("RETREAT", "حيث كل فئة تنحي باللائمة على الأخرى."),
    ("RETREAT", "وقال مسؤولون إن مليون تذكرة أخرى تم تنحيتها جانبا للمشترين الأجانب."),
    ("RETREAT", "ووقع وزير الدفاع قرار تأجيل تسريح قائد الجيش ورئيس الأركان."),
    ("RETREAT", "وقد تؤدي الأزمة المالية إلى تأجيل عودة أطفال اللاجئين الفلسطينيين إلى مدارسهم."),
    # «which supports» (ما يدعم), a subsidy rate; the one who applies for a service, the first student; seeking
    # reward or shelter; a club and its coaching staff agreeing
    ("SUPPORT", "تتنامى التوقعات برفع الفائدة على الدولار ما يدعم صعود الدولار على حساب النفط."),
    ("SUPPORT", "وعادة ما يدعم هذا التشريع ببرامج توعوية وضبط مروري."),
    ("SUPPORT", "وجاءت الكويت في المركز الثامن عربيا بنسبة دعم بلغت 7.8%."),
    ("REQUEST", "بعد تحقق الموظف من أصل هوية طالب الخدمة."),
    ("REQUEST", "وتمكن مبتعث سعودي من الالتحاق بالجامعة كأول طالب أجنبي يفعل ذلك."),
    ("REQUEST", "وقتلوا المصلين الذين أتوا للعبادة يطلبون الأجر والثواب."),
    ("REQUEST", "ودفع الرصاص رجال الشرطة إلى الاحتماء بينما هرع المتظاهرون طلبا للحماية."),
    ("AGREE", "ووافق الجهاز الفني على تمديد إجازة اللاعب لمدة أسبوع."),
    ("AGREE", "ووافق نادي الشباب على العرض المقدم للاعب."),
    # standing together (وتكاتفا وتعاونا); a condolence call at a home, a visitors' book, a visits programme; an
    # application to correct one's status, a citizen's petition; helping companies; markets shrugging off a crisis;
    # postal services
    ("COOPERATE", "هذه الأحداث لن تبعدنا عن مبادئنا بل سنكون أشد قوة وتكاتفا وتعاونا على الخير والتقوى."),
    ("COOPERATE", "ولن يزيد هذا الوطن إلا ثباتا وتكاتفا وتعاونا ضد كل عابث."),
    ("CONSULT", "وأعرب المحافظ لدى زيارته منزل الفقيد عن عميق حزنه."),
    ("CONSULT", "وسجل في سجل الزيارات كلمة شكر فيها الطاقم الطبي."),
    ("CONSULT", "وخصص المهرجان لطلاب المدارس برامج زيارات يتخللها تقديم هدايا."),
    ("ASSAULT", "كما استهدف المهرجان طلاب المدارس ببرامج تفاعلية."),
    ("REQUEST", "وتقدموا للجهات المختصة بطلب تصحيح أوضاع زوجاتهم."),
    ("REQUEST", "نائب خادم الحرمين يطلع على طلب مواطن."),
    ("AID", "أعلنت ماليزيا توجيهات لإصدار صكوك بهدف مساعدة الشركات على جمع التمويل."),
    ("REJECT", "وتسارع نمو قطاع الأعمال بعدما تجاهلت الشركات أزمة الديون اليونانية."),
    ("AID", "وثمن دور البريد الممتاز وما يقدمه من خدمات بريدية عصرية."),
    # an opinion all share, «in line with»; prices falling, a province under a militia's control; staff laid off;
    # «not giving in»; kilograms and a municipal schedule of fines
    ("AGREE", "الكل يتفق أن خسارة الوطن كانت فادحة برحيل الأمير سعود الفيصل."),
    ("AGREE", "ولعلنا نتفق جميعا معه في أن النظرة إلى المخترعات الجديدة تثير التعجب."),
    ("AGREE", "وتوجيه الاستثمارات الأجنبية بما يتفق مع الخطط الاستراتيجية لدول المجلس."),
    ("CONCEDE", "شتان بين أن تتراجع الأسعار المتضخمة للأراضي بعيدا عن القطاع المالي."),
    ("CONCEDE", "وحققت المقاومة تقدما في محافظة إب التي رضخت لسيطرة الميليشيات."),
    ("RETREAT", "كما تعتزم نوكيا تسريح نحو 70 شخصا بالوحدة."),
    ("RETREAT", "وحث الحضور على المثابرة وعدم الاستسلام والحرص على معالجة الأخطاء."),
    ("SANCTION", "وبلغ وزن الأغذية المخالفة 297842 كيلو غرامات."),
    ("SANCTION", "وستكثف الرقابة جولاتها على المخابز وستطبق الغرامات البلدية على المخالف منها."),
    ("SANCTION", "وأغلقت الأمانة مطعما كما تم تطبيق نظام الغرامات والجزاءات البلدية."),
    # a bomber among worshippers; «in return for» about a sum, meeting one's Maker; the top of a list; aims that
    # converge; receiving news of an attack, a newspaper office receiving calls; a ceremony hosting an elite; a
    # hotline, phone answering; the dialogue of religions, dialogue skills, a forum's name
    ("CONSULT", "وبين المصدر أن الإرهابي بكر في الحضور وتوسط المصلين بغية حصد أكبر عدد."),
    ("CONSULT", "ويعمل حارس أمن لدى أحد المراكز الثقافية لقاء نحو 10 دولارات في الشهر."),
    ("CONSULT", "كان رحيل الأمير لدار البقاء ولقاء وجه الخالق العظيم خسارة كبيرة."),
    ("CONSULT", "الذي ما يزال يتربع على قمة قائمة فوربس لأغنى أغنياء العالم."),
    ("CONSULT", "فالتياران وإن تباعدت منطلقاتهما فإنهما يلتقيان عند نقطة واحدة."),
    ("CONSULT", "بتلك الأسئلة نستقبل حادث التفجير الأخير الذي حدث في مسجد."),
    ("CONSULT", "ويستقبل مكتب عكاظ بمكة المكرمة اتصالات ورسائل القراء اليوم."),
    ("CONSULT", "فضلا عن حفل الافتتاح الرسمي الذي يستضيف نخبة من الشخصيات الثقافية."),
    ("CONSULT", "وقد وضعت السلطات خطا هاتفيا مخصصا للتبليغ عن رؤية أحد هذه الحيوانات."),
    ("CONSULT", "وتخصيص موظفين في كل إدارة للرد الهاتفي على استفسارات المستفيدين."),
    ("CONSULT", "وطرح مركز الملك عبد الله لحوار الأديان مبادرة في مؤتمر مكة."),
    ("CONSULT", "ترجم شباب الكشافة ما تعلموه من فنون في مهارات الحوار والاتصال."),
    # «who has no religion»; investors' worries; «don't worry»; duties a role brings; a family suit
    ("ACCUSE", "خطط لها أعداء الإسلام من قريب أو بعيد، ومن لادين له ولا أمانة عنده."),
    ("ACCUSE", "وكانت السيولة منخفضة الأمر الذي زاد من قلق المستثمرين."),
    ("ACCUSE", "فقال لي المسؤول عن المبيعات: لا تقلق سأعيد لك نقودك."),
    ("ACCUSE", "واعترف بها لغة رسمية في المنظمة عام 1973، مما حملها عدة مسؤوليات مجتمعية."),
    ("ACCUSE", "ورفضت محكمة الأسرة بمصر دعوى نشوز أقامها زوج ضد زوجته."),
    # «a sincere believer», an officer named Sadiq, «friendly and sincere»; the governorate of Arhab; «will not
    # deter»; «fears the hereafter»
    ("SUPPORT", "لا يمكن لمؤمن صادق يحذر الآخرة أن يقبل به."),
    ("SUPPORT", "والشيخ حمود البرح قائد للمحور الغربي، والمقدم صادق العبدي قائدا للمحور."),
    ("SUPPORT", "وقال إنه بعد تبادل أخوي، صادق وودي، قررت اللجنة التنفيذية عدم تقديم الدعم."),
    ("SUPPORT", "ففي محافظة أرحب الواقعة شمال العاصمة اندلعت مواجهات عنيفة."),
    ("SUPPORT", "وأكد سموه أن الحادث الإجرامي لن يثني عزيمة المملكة على محاربة الإرهاب."),
    ("THREATEN", "لا يمكن لمؤمن صادق يحذر الآخرة أن يقبل به."),
])
def test_no_candidate_in_a_news_sense(coder, event, text):
    assert event not in types(coder, text), text


@pytest.mark.parametrize("event, text", [
    ("AGREE", "ووافقت تركيا على السماح للولايات المتحدة بشن ضربات من قاعدة إنجرليك."),
    ("AGREE", "واتفق الجانبان على تعزيز التعاون الأمني."),
    ("CONSULT", "وعقد الملك عبدالله الثاني وولي ولي العهد اجتماعا في عمان."),
    ("CONSULT", "وتجري الحكومة مفاوضات مع المتمردين في جنيف."),
    ("REQUEST", "وحث الرئيس الأطراف اليمنية على العودة إلى الحوار."),
    ("REQUEST", "ودعت الولايات المتحدة فنزويلا إلى إلغاء الحظر على المعارضة."),
    ("SUPPORT", "وشجعت الولايات المتحدة الأطراف على الحوار."),
    ("SUPPORT", "وأكد الوزير أن بلاده تدعم الحكومة الشرعية في اليمن."),
    ("SUPPORT", "وجدد الوزير تأييد بلاده للحكومة اليمنية."),
    ("CONCEDE", "وتراجعت الحكومة عن قرار رفع الأسعار بعد الاحتجاجات."),
    ("ACCUSE", "واتهمت الحكومة المعارضة بالتحريض على العنف."),
    ("ACCUSE", "وانتقد الوزير تصريحات المالكي الطائفية."),
    ("AID", "وأنقذت القوات البحرية الإيطالية مئات المهاجرين قبالة ليبيا."),
    ("COERCE", "واقتحمت قوات الأمن مقر الجمعية في العاصمة."),
    ("COERCE", "وحظرت السلطات المظاهرات في العاصمة."),
    ("RETREAT", "وتنحى الرئيس عن منصبه تحت ضغط الشارع."),
    ("RETREAT", "وأكد الوزير ضرورة عودة اللاجئين إلى ديارهم."),
    ("ACCUSE", "وأعرب الأمين العام عن قلقه العميق إزاء الوضع في سوريا."),
    ("COOPERATE", "وأكد الوزير استعداد العراق للتعاون مع جميع الأشقاء لمكافحة الإرهاب."),
    ("CONSULT", "وبدأ الرئيس الروسي زيارة رسمية إلى القاهرة."),
    ("REQUEST", "وتأتي العمليات بناء على طلب من الحكومة اليمنية."),
    ("AID", "وأكد استمرار تقديم المساعدات الإنسانية للشعب اليمني."),
    ("REJECT", "وتجاهلت الحكومة مطالب المعارضة."),
    ("AGREE", "وخلال الاجتماع اتفق المعلم ووزير الخارجية العماني يوسف بن علوي على أن الوقت حان."),
    ("AGREE", "وطالب بتنفيذ ما اتفق عليه في جنيف."),
    ("CONCEDE", "وتراجعت الحكومة اليونانية عن قرارها بعد الاحتجاجات."),
    ("RETREAT", "وتجري مفاوضات من أجل استسلام المقاتلين المحاصرين."),
    ("SANCTION", "وحكم عليه بدفع غرامة ثم سمح للصحيفة بمعاودة الصدور."),
    ("CONSULT", "وقال كيري غداة لقاء مع لافروف في ماليزيا إنهما بحثا قرار الأمم المتحدة."),
    ("CONSULT", "وأعلن الرئيس عن عقد قمة عربية طارئة في القاهرة."),
    ("CONSULT", "ويلتقي الوفد بوزير الخارجية سيرجي لافروف في موسكو."),
    ("CONSULT", "وتلقى الملك اتصالا هاتفيا من ملك البحرين."),
    ("CONSULT", "وبدأ الحوار بين الحكومة والمعارضة في جنيف."),
    ("ACCUSE", "وأكد شتاينماير تفهمه قلق الرياض من الاتفاق النووي."),
    ("ACCUSE", "ورفع المحامي دعوى ضد الحكومة أمام المحكمة الإدارية."),
    ("SUPPORT", "وصادق البرلمان على الاتفاقية."),
    ("SUPPORT", "وأثنى الوزير على جهود المملكة."),
    ("SUPPORT", "ورحب الوزير بالقرار."),
    ("THREATEN", "وحذر الرئيس المتمردين من مغبة التصعيد."),
])
def test_still_coded_in_the_political_sense(coder, event, text):
    assert event in types(coder, text), text


@pytest.mark.parametrize("event, other, text", [
    # a cabinet's approval of an accord or a memorandum ratifies it: SUPPORT (as مصادقة), not AGREE
    ("SUPPORT", "AGREE", "قرر مجلس الوزراء الموافقة على اتفاقية بين وزارة الداخلية في المملكة ووزارة الداخلية الألمانية."),
    ("SUPPORT", "AGREE", "وقرر المجلس الموافقة على مذكرة التفاهم بين البلدين في مجال الطاقة."),
])
def test_neighbouring_type(coder, event, other, text):
    found = types(coder, text)
    assert event in found and other not in found, (text, found)


@pytest.mark.parametrize("event, text", [
    ("AGREE", "ووافقت إيران على الاتفاق النووي مع القوى الكبرى."),
    ("REJECT", "ورفض الحوثيون الانسحاب من المدن."),
    ("REJECT", "ورفضت الحكومة مطالب المعارضة."),
])
def test_neighbours_keep_their_own_sense(coder, event, text):
    assert event in types(coder, text), text
