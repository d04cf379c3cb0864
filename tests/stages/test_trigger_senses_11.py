"""Word senses read on fresh Gulf news (the triggers lexicon's tail, unless and not_after columns), third round, for the
non-violent types: «منح» that grants leave, a chance, powers, a signature bonus or an amnesty (a club's management, a
coach, an authority granting), business services (data, sales, new or varied services), a spacious field and a patient
breast (بصدر رحب), sincere condolences and the name صادق, the number «اثني عشر», Amnesty International, gold falling
below a barrier, Egypt's statistics agency (التعبئة العامة والإحصاء), the Al-Taawoun football club, «look for» (فتش
عن), a doctoral student, prayers for the martyrs and for healing, «which prompted» (مما دعا), «they claim» (يدعون
أنهم), the ministry of «الدعوة والإرشاد», figurative demolition (نسف الاتفاق، نسف أي رأي), protests that sweep a city,
ticket fines, receiving condolences or daily visitors, an interview a newspaper held, a market support level broken and
«the motive behind», progress made (تحقيق تقدم), patent and company applications, visiting sites or a friend, a newborn
named «by him and his wife», «nothing calls for worry», an employer's consent, an invitation to citizens, the
Süddeutsche Zeitung, counted students, an office receiving applicants, entering an exam, two ministries (وزارتا), the
unity of a nation's word (اجتماع كلمتها), a crude price supported, an airport receiving flights, black hands (أيد
سوداء), waste shipped abroad (ترحيل النفايات), meeting one's wife and aims that do not necessarily meet are no
political event (must not code); the political sense beside them still codes (must code).

Checked on the coder without the report filter: these are the lexicon's candidates, before the filter weighs them.
"""

import pytest


def types(coder, text):
    return [e.event for e in coder(text, published="2015-08-01").events]


@pytest.mark.parametrize("event, text", [
    # منح: leave, a chance, powers, a bonus, a licence (the object before the verb)
    ("AID", "ومنح المدرب اللاعبين راحة لمدة ثلاثة أيام بعد المباراة."),
    ("AID", "وتمنح الهيئة الشركات الصغيرة فرصة المنافسة في المناقصات."),
    ("AID", "ويجب الحذر من منح الوكيل حق البيع دون الرجوع إلى الموكل."),
    ("AID", "ومنحت إدارة النادي اللاعبين إجازة قصيرة بعد المعسكر."),
    ("AID", "ويقضي المرسوم بمنح عفو عام عن الفارين من الخدمة."),
    ("AID", "وأصدر الرئيس قانونا يمنح السلطات صلاحيات واسعة لحظر الجماعات."),
    ("AID", "ودفعت الشركة منح توقيع بقيمة مئة مليون دولار للحكومة."),
    # services of a business
    ("AID", "وتقدم الشركة لعملائها خدمات البيانات بأسعار مخفضة خلال العيد."),
    ("AID", "وتوفر الأجهزة الجديدة خدمة جديدة لإصدار بطاقات الصعود."),
    ("AID", "وتم توفير خدمة البيع عبر أجهزة الخدمة الذاتية في المحطات."),
    # رحب: spacious, a patient breast
    ("SUPPORT", "وقال المدرب إن اللاعبين يتقبلون النقد بصدر رحب."),
    ("SUPPORT", "وأكد أن المجال رحب أمام الشباب للمشاركة في البرامج."),
    # صادق: sincere condolences, a name, a true dawn
    ("SUPPORT", "ورفع أمير المنطقة صادق العزاء والمواساة للأسرة الكريمة."),
    ("SUPPORT", "وأرسلت طهران مقترحا كتبه صادق خرازي إلى الرئيس."),
    # the number twelve (اثني عشر), not أثنى على
    ("SUPPORT", "وقالت الشرطة إنها اعتقلت اثني عشر شخصا على خلفية أعمال الشغب."),
    # Amnesty International
    ("CONCEDE", "وقالت منظمة العفو الدولية إن السلطات أعدمت عشرة أشخاص."),
    # gold falling below a price barrier
    ("CONCEDE", "وهوى سعر الذهب عندما تراجع عن حاجز ألف دولار للأوقية."),
    # Egypt's statistics agency
    ("MOBILIZE", "وكشف الجهاز المركزي للتعبئة العامة والإحصاء عن ارتفاع عدد السكان."),
    # the Al-Taawoun football club
    ("COOPERATE", "وتعادل الأهلي مع فريق التعاون في الجولة الأولى من الدوري."),
    ("COOPERATE", "وسجل مهاجم الأهلي هدفين في مرمى الفريق أمام التعاون مساء الجمعة."),
    # look for
    ("COERCE", "وقال الكاتب إذا أردت أن تعرف الفاعل فتش عن المستفيد."),
    # a doctoral student
    ("REQUEST", "وحصل طالب الدكتوراه السعودي على جائزة عالمية في علم الأحياء."),
    # prayers; «which prompted»; «they claim»
    ("REQUEST", "وقال البيان إننا ندعو بالشفاء العاجل للمصابين."),
    ("REQUEST", "وتفاعل المتابعون مع الحادث ودعوا للشهداء والمصابين."),
    ("REQUEST", "وارتفع عدد المقاتلين الأجانب مما دعا الحكومة إلى مراجعة قوانين السفر."),
    ("REQUEST", "وهؤلاء يدعون أنهم يمثلون الشعب كله."),
    # the ministry of Islamic affairs, call and guidance
    ("AGREE", "ووجه وزير الشؤون الإسلامية والأوقاف والدعوة والإرشاد الأئمة بالتركيز على الوحدة."),
    # figurative demolition; protests that sweep a city
    ("ASSAULT", "وقال إن هدف المعارضين هو نسف الاتفاق النووي مع إيران."),
    ("ASSAULT", "وتملك بعض الفئات الجرأة على نسف أي رأي علمي."),
    ("ASSAULT", "واجتاحت الاحتجاجات بغداد ومدن الجنوب احتجاجا على انقطاع الكهرباء."),
    # ticket fines
    ("SANCTION", "وارتفعت غرامة التذاكر المتأخرة في الشركة إلى مئة ريال."),
    # receiving condolences, daily visitors, residency corrections
    ("CONSULT", "وكان أمير المنطقة يستقبل المعزين في وفاة والدته بقصره."),
    ("CONSULT", "وأوضح أن المكتبة تستقبل يوميا أكثر من ألف زائر."),
    ("CONSULT", "وقال مدير المركز إننا ما زلنا نستقبل تصحيح الأوضاع بعد تمديد المهلة."),
    # an interview a newspaper held
    ("CONSULT", "وقال الوزير في حوار أجرته معه الصحيفة إن الاقتصاد ينمو."),
    # a market support level broken
    ("SUPPORT", "وقد يتراجع المؤشر إذا تم كسر دعم تسعة آلاف نقطة."),
    ("AID", "وتراجعت أسعار النفط بعد كسر الدعم المذكور في الأسبوع الماضي."),
    # the motive behind
    ("SUPPORT", "وقال المحقق إن الدافع وراء الجريمة لم يعرف بعد."),
    # progress made (تحقيق تقدم), not a verb that gives
    ("AID", "ويأمل الطرفان تحقيق تقدم في المحادثات حول تمويل المشروعات."),
    # patent applications, companies' applications
    ("REQUEST", "وارتفع عدد طلبات براءات الاختراع المسجلة في المكتب."),
    ("REQUEST", "وتستقبل الغرفة طلبات الشركات الراغبة في المشاركة في المعرض."),
    # visiting sites, a friend, the passport office
    ("CONSULT", "وتهدف البرامج إلى تحفيز الشباب على زيارة المواقع الأثرية."),
    ("CONSULT", "وتوجه إلى المستشفى لزيارة صديق له."),
    # a newborn named by the parents; a reason for worry
    ("AGREE", "ورزق الزميل بمولود اتفق وحرمه على تسميته سعود."),
    ("REQUEST", "وقال المسؤول إنه ليس هناك ما يدعو للقلق."),
    # an employer's consent
    ("AGREE", "ويسمح النظام للعامل بنقل خدماته دون موافقة صاحب العمل."),
    # an invitation to citizens or holidaymakers
    ("AGREE", "ووجهت اللجنة المنظمة الدعوة للمواطنين لحضور فعاليات المهرجان."),
    ("AGREE", "وبين أن المركز وجه مطلع الشهر الحالي الدعوة لأبناء اليمن العالقين في جيبوتي."),
    ("REQUEST", "وبين أن المركز وجه مطلع الشهر الحالي الدعوة لأبناء اليمن العالقين في جيبوتي."),
    ("REQUEST", "وفي كثير من الأوقات تكون الدعوة عامة للأصدقاء والجيران."),
    # two ministries (وزارتا), not و + زارتا
    ("CONSULT", "وشرعت وزارتا التعليم والصحة في تفعيل مذكرة التفاهم."),
    # the unity of a nation's word; a price supported; an airport receiving flights; black hands
    ("CONSULT", "وحذر من التعصب للأحزاب على حساب الأمة ودينها واجتماع كلمتها."),
    ("SUPPORT", "وتراجعت المخزونات الأمريكية مما دعم خام برنت أمس."),
    ("CONSULT", "وقال المدير إن المطار استقبل مئتي رحلة أمس."),
    ("SUPPORT", "وقال الخطيب إن هناك أيد سوداء تغدر بالمصلين."),
    # meeting one's wife; aims that meet
    ("CONSULT", "وحصل والده على منحة للدراسة في هاواي حيث التقى زوجته الثانية."),
    ("CONSULT", "وقال إن توجهات الإدارة الأمريكية لا تلتقي بالضرورة مع مصالح المنطقة."),
    # waste shipped abroad
    ("COERCE", "وطرحت الحكومة خيار ترحيل النفايات إلى الخارج."),
    # a figurative crackdown on thinking
    ("COERCE", "وقال الكاتب إن التلقين يقمع آليات التفكير لدى الطلاب."),
    # the Süddeutsche Zeitung
    ("AID", "وذكرت صحيفة زود دويتشه تسايتونج الألمانية أن الحكومة ستقدم مشروعا جديدا."),
    # students counted
    ("REQUEST", "وشارك في المسابقة ثلاثمائة طالب من أنحاء المملكة."),
    # an office that receives applicants; entering an exam
    ("CONSULT", "ويستقبل المقر الرئيسي للغرفة الراغبين في العمل صباح الثلاثاء."),
    ("RETREAT", "وأكد المركز أنه لن يسمح بدخول الاختبار لغير المسجلين."),
])
def test_no_candidate_in_a_news_sense(coder, event, text):
    assert event not in types(coder, text), text


@pytest.mark.parametrize("event, text", [
    ("AID", "ومنحت اليابان الحكومة اليمنية قرضا ميسرا لإعادة الإعمار."),
    ("AID", "ووافق الاتحاد الأوروبي على منح اليونان مساعدات جديدة."),
    ("AID", "ويمنح الصندوق الدول الفقيرة أموالا لمواجهة الجفاف."),
    ("AID", "وقدمت العيادات السعودية الخدمات الطبية للاجئين السوريين."),
    ("SUPPORT", "ورحب الوزير بقرار مجلس الأمن الدولي."),
    ("SUPPORT", "وصادق البرلمان على الاتفاقية بأغلبية كبيرة."),
    ("SUPPORT", "وأثنى الرئيس على جهود المملكة في دعم اليمن."),
    ("CONCEDE", "وأصدر الرئيس عفوا عن المعتقلين السياسيين."),
    ("CONCEDE", "وتراجعت الحكومة عن قرارها رفع أسعار الوقود."),
    ("MOBILIZE", "وأعلنت الحكومة التعبئة العامة بعد هجوم المتمردين."),
    ("COOPERATE", "وأكد الوزيران أهمية التعاون مع دول التحالف في مكافحة الإرهاب."),
    ("COERCE", "وفتشت الشرطة منزل المتهم بحثا عن أسلحة."),
    ("REQUEST", "وطالب الرئيس الأمم المتحدة بالتدخل لوقف القتال."),
    ("REQUEST", "ودعا الرئيس اليمني الحوثيين إلى الانسحاب من المدن."),
    ("REQUEST", "ودعت الحكومة المجتمع الدولي إلى دعم اللاجئين."),
    ("AGREE", "ووجه الرئيس الدعوة لنظيره الروسي لزيارة القاهرة."),
    ("ASSAULT", "ونسف المسلحون المبنى الحكومي وسط المدينة."),
    ("ASSAULT", "واجتاحت القوات البلدة فجر اليوم."),
    ("SANCTION", "وفرضت المحكمة غرامة مالية على الوزير السابق."),
    ("CONSULT", "واستقبل الملك سلمان وزير الخارجية الأمريكي في جدة."),
    ("CONSULT", "وأجرى الرئيس حوارا مع قادة المعارضة في القصر."),
    ("SUPPORT", "وأكد الوزير أن بلاده تدعم الحكومة الشرعية في اليمن."),
    ("SUPPORT", "ودافع الوزير عن الاتفاق النووي أمام الكونغرس."),
    ("AID", "وتقدم المملكة مساعدات إنسانية كبيرة للشعب اليمني."),
    ("REQUEST", "وتقدمت الحكومة بطلب رسمي إلى مجلس الأمن."),
    ("CONSULT", "وبدأ الرئيس المصري زيارة رسمية إلى الصين."),
    ("AGREE", "واتفق الرئيسان على تعزيز التعاون العسكري."),
    ("AGREE", "وأعلنت الحكومة موافقتها على خطة المبعوث الأممي."),
    ("AID", "وزودت الولايات المتحدة الجيش العراقي بالأسلحة."),
    ("REQUEST", "وطالب المتظاهرون الحكومة بمحاسبة الفاسدين."),
    ("RETREAT", "وسمحت إسرائيل بدخول المساعدات إلى قطاع غزة."),
    ("COERCE", "وقمعت قوات الأمن المتظاهرين في وسط العاصمة."),
    ("COERCE", "وأدانت المنظمة ترحيل اللاجئين السوريين إلى بلادهم."),
    ("CONSULT", "وعقد وزراء الخارجية العرب اجتماعا طارئا في القاهرة."),
    ("CONSULT", "وزار الرئيس الفرنسي مالي أمس."),
    ("CONSULT", "وأصبح أول وزير خارجية كوبي يزور الخارجية الأميركية منذ عقود."),
    ("CONSULT", "وبدأ الاجتماع بكلمة وزير المالية القطري رئيس الدورة."),
    ("REQUEST", "وجددت الجامعة العربية دعوتها إلى وقف إطلاق النار."),
])
def test_still_coded_in_the_political_sense(coder, event, text):
    assert event in types(coder, text), text
