"""Word senses read on fresh Saudi news (the triggers lexicon's tail, unless and not_after columns), sixth round:
a project aimed at a share, inspection campaigns that target shops, a mosque named «التعاون»,
«but for the backing of» (لولا دعم), rescuers entering a burning building, a vehicle
depot (مقر تمركز), «we make excuses for him» (نلتمس له العذر), a vision in line with another, a prayer that would
strike the one who prays, a naval parade or a festive show (مظاهرة بحرية، تظاهرة احتفالية), debts besetting a state,
grams, a godsend, cheering a team, a research note (توقع … في مذكرة بحثية), a statement
carried by news agencies (بيان نشرته), a parcel bomb, «portend» (ينذر بعواقب), «was a student» (كان طالبا), an
anthem and «let me» (نشيدا، دعوني), markets in turbulence, cubic feet (قدم مكعبة), durable-goods orders, a
port receiving a ship, a chamber of commerce hosting a job fair or a charity hosting a workshop, a law or a reform
that gives powers (يمنح التعديل السلطات صلاحيات) are no political event (must not code); the political sense beside each still
codes (must code).

Found now: a roadside bomb (عبوة جانبية), a meeting told with a pronoun (خلال لقائه نظيره).
Roles: the verbal noun منح takes its genitive as the one given (الموافقة على منح اليونان مساعدات).
Neighbouring types: a cabinet that approves an accord (ووافق مجلس الوزراء على الاتفاقية) ratifies it: SUPPORT.

Checked on the coder without the report filter: these are the lexicon's candidates, before the filter weighs them.
"""

import pytest


def events(coder, text):
    return coder(text, published="2015-08-01").events


def types(coder, text):
    return [e.event for e in events(coder, text)]


@pytest.mark.parametrize("event, text", [
    # a project or a course aimed at a share or a group; inspection campaigns
    ("ASSAULT", "وتبلغ تكلفة المشروع 45 مليار ريال، ويستهدف المشروع 30% من حجم الحركة المرورية."),
    ("ASSAULT", "ونفذت البلدية حملات تفتيشية استهدفت عددًا من المنشآت التجارية."),
    # a mosque's name
    ("COOPERATE", "وأدوا الصلاة على الشهيد في جامع التعاون بمحافظة ميسان."),
    ("COOPERATE", "ويقع منزل الأسرة خلف شركة عبداللطيف جميل، قرب مسجد التعاون."),
    # «but for the backing of»
    ("SUPPORT", "ولولا دعم الملك سلمان لما تمكنا من تحرير عدن من أيدي الحوثيين."),
    # rescuers entering a burning building; a vehicle depot
    ("COERCE", "اندلع حريق في شقة بالدور الثاني وجرى اقتحام المبنى من قبل وحدات الإنقاذ وتم إخلاء السكان."),
    ("MOBILIZE", "وجرى انتشال الجثمان بواسطة الطائرة وإنزاله إلى مقر تمركز الآليات وسيارات الإسعاف."),
    # excuses; a vision in line with another; a prayer
    ("REQUEST", "وعلينا أن نلتمس له شيئاً من العذر على الحالة التي يعيشها."),
    ("REQUEST", "نحن إذ نلتمس العذر لمصور المقطع نؤكد على التزامنا بتقديم واجبنا."),
    ("AGREE", "كان لابد للدول الكبرى من رؤية تتفق والرؤية السعودية بضرورة بناء قوة إقليمية."),
    ("ASSAULT", "هناك البعض لو دعا بهذه الدعوة أصاب نفسه."),
    # a naval parade, a festive show; debts besetting a state
    ("PROTEST", "وسيبدأ حفل الافتتاح بمظاهرة بحرية يقودها الرئيس المصري على متن يخت المحروسة."),
    ("PROTEST", "وقدم الكرنفال تظاهرة احتفالية أطلق عليها رواد المهرجان شعار الحفل."),
    ("COERCE", "تواجه بورتوريكو التي تحاصرها الديون ثاني أكبر اختباراتها في غضون أيام."),
    # grams; a godsend; cheering a team
    ("SANCTION", "وضبطت الشرطة مع المتهم 5 غرامات من الهيروين."),
    ("AID", "العمل في الخارج هو هبة من السماء بالنسبة لقطاع غزة."),
    ("SUPPORT", "لقد كنت كويتيًا لدرجة أني كنت أشجع منتخب الكويت حين يلعب مع منتخب السعودية."),
    # a research note; a statement carried by agencies; a parcel bomb; «portend»; «was a student»
    ("SUPPORT", "وتوقع «غولدمان ساكس»، في مذكرة بحثية اطلعت عليها «الشرق الأوسط»، أن يسجل خام برنت متوسط 58 دولارا للبرميل في عام 2015، و62 دولارًا في العام المقبل، في حين أنه يتوقع أن يبلغ متوسط سعر الخام الأميركي 52 و57 دولارًا للبرميل خلال العام الحالي وعام 2016 على التوالي."),
    ("MOBILIZE", "وقالت اللجنة في بيان نشرته وكالات الانباء الروسية إن القوات الخاصة اشتبكت مع مسلحين."),
    ("COERCE", "والمقصود هو العرب، أبناء هذا الوطن الكبير المنفجر مثل طرد ملغوم."),
    ("THREATEN", "وكلهم صاروا في وضع ينذر بعواقب خطيرة ناتجة عن تصاعد الإرهاب."),
    ("THREATEN", "ظهرت بوادر تنذر بانهيار الاتفاق المبرم بين المجلس الأهلي وتنظيم القاعدة."),
    ("REQUEST", "وبدأ نشاطه على يوتيوب عندما كان طالبًا في المرحلة الثانوية."),
    # markets in turbulence; cubic feet; durable-goods orders; a port receiving a ship; a chamber hosting a job fair
    ("PROTEST", "خلال الشهر الماضي، تعرضت الأسواق المالية لاضطرابات قوية، أولا بسبب المفاوضات اليونانية."),
    ("AID", "ووقعت مصر اتفاقية مع شركة بي.بي لتطوير خمسة تريليونات قدم مكعبة من موارد الغاز."),
    ("REQUEST", "يوم الاثنين الماضي نمت طلبات السلع المعمرة الأمريكية لشهر يونيو بمقدار 3.4%."),
    ("CONSULT", "استقبل ميناء الزيتيات بالسويس السفينة «مصر جاز» وعلى متنها 6 آلاف طن بوتاجاز."),
    ("CONSULT", "تستضيف غرفة نجران صباح غد لقاءً وظيفياً من الساعة 9 صباحا."),
    # a law or a reform that gives powers; a charity hosting a workshop
    ("AID", "ويمنح إعلان حالة الطوارئ قوات الأمن سلطات استثنائية، كما يتيح للسلطات حظر الإضرابات."),
    ("AID", "كما يمنح التعديل الجديد السلطات الألمانية المزيد من الصلاحيات لفرض حظر دخول."),
    ("CONSULT", "ورحب المطار بالوفود الآسيوية المشاركة في ورشة العمل التي تستضيفها جمعية المكفوفين الخيرية."),
    # an anthem; «let me»
    ("SUPPORT", "وفى الوقت نفسه ينشد رئيسه ومرشده الأعلى نشيدًا آخر أقرب إلى أناشيد الحرب."),
    ("REQUEST", "وقال كيري: دعوني انتهز هذه اللحظة لأعبر عن تضامن الولايات المتحدة مع تايلاند."),
])
def test_no_candidate_in_a_news_sense(coder, event, text):
    assert event not in types(coder, text), text


@pytest.mark.parametrize("event, text", [
    ("ASSAULT", "واستهدفت الغارات مواقع الحوثيين في صعدة."),
    ("ASSAULT", "وكشفت الأحداث الستة التي استهدفت دور العبادة في السعودية عن مخطط واحد."),
    ("ASSAULT", "قتلوا في قصف لطيران التحالف، استهدفهم في محافظتي الأنبار ونينوى."),
    ("COOPERATE", "وأكد الوزير حرص المملكة على التعاون مع الأمم المتحدة."),
    ("REQUEST", "كما دعا الكونغرس الأميركي إلى رفع الحظر التجاري عن كوبا."),
    ("REQUEST", "ودعت السعودية العراق والكويت إلى عقد مباحثات في جدة."),
    ("SUPPORT", "وأكد الوزير أن بلاده تدعم الحكومة الشرعية في اليمن."),
    ("COERCE", "واقتحمت قوات الأمن مقر الجمعية في العاصمة."),
    ("MOBILIZE", "ونشرت الحكومة قوات في المدينة بعد الاشتباكات."),
    ("AGREE", "واتفق الجانبان على تعزيز التعاون الأمني."),
    ("ASSAULT", "وأصاب المسلحون ثلاثة جنود بجروح في الهجوم."),
    ("PROTEST", "وخرجت مظاهرة حاشدة في البصرة احتجاجا على انقطاع الكهرباء."),
    ("COERCE", "وتحاصر قوات النظام مدينة الزبداني منذ أسابيع."),
    ("CONSULT", "وعقد الوزير اجتماعا مع السلطات المحلية في عدن."),
    ("SUPPORT", "وشجعت الولايات المتحدة الأطراف على الحوار."),
    ("REQUEST", "وطالب الناشط المدني المرجعية بإصدار فتوى صريحة."),
    ("THREATEN", "وأنذرت الحكومة المتمردين بمهلة ثلاثة أيام لمغادرة المدينة."),
    ("CONSULT", "وقال الوزير عقب لقائه نظيره الأمريكي جون كيري إن العلاقات قوية."),
    ("ASSAULT", "وقتل جنديان بانفجار عبوة جانبية استهدفت دوريتهما."),
    ("PROTEST", "وتشهد البلاد اضطرابات سياسية منذ أشهر."),
    ("AID", "ومنحت الولايات المتحدة الحكومة العراقية مساعدات عسكرية."),
    ("CONSULT", "واستضافت الرياض اجتماعا لوزراء خارجية دول الخليج."),
    ("AGREE", "واتفقت مصر والولايات المتحدة على مضاعفة الجهود المشتركة."),
    ("AID", "وقدمت المملكة مساعدات إنسانية للشعب اليمني."),
    ("REQUEST", "وتقدمت الحكومة اليمنية بطلب رسمي إلى مجلس الأمن."),
    ("CONSULT", "واستقبل خادم الحرمين الشريفين وزير الخارجية الأمريكي في جدة."),
    ("AGREE", "وأشار البيان إلى أن مجلس المحافظين وافق على إطلاق مفاوضات لإعداد مذكرة تفاهم."),
])
def test_still_coded_in_the_political_sense(coder, event, text):
    assert event in types(coder, text), text


def test_roadside_bomb_is_an_explosive(coder):
    """عبوة جانبية is an explosive device as عبوة ناسفة is."""
    found = events(coder, "وزرع المسلحون عبوة جانبية على الطريق.")
    assert any(e.event == "ASSAULT" and e.mode == "explosives" and "عبوة" in e.trigger.text for e in found), found


def test_granting_takes_its_genitive_as_the_one_given(coder):
    """The verbal noun منح after a preposition: its genitive is given (Greece), not the giver."""
    found = [e for e in events(coder, "وقرر المجلس الموافقة على منح اليونان مساعدات مالية.") if e.event == "AID"]
    assert found, found
    assert any(x.code == "GRC" for e in found for x in e.recipient), found
    assert not any(x.code == "GRC" for e in found for x in e.actor), found


@pytest.mark.parametrize("event, other, text", [
    ("SUPPORT", "AGREE", "ووافق مجلس الوزراء على الاتفاقية."),
    ("SUPPORT", "AGREE", "ووافق مجلس الوزراء على اتفاقية بين المملكة وألمانيا في شأن تدريب حرس الحدود."),
])
def test_approving_an_accord_ratifies_it(coder, event, other, text):
    found = types(coder, text)
    assert event in found and other not in found, (text, found)
