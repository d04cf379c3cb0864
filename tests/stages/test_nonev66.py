"""Events coded where nothing happened (round 66): a fighting refused or not joined («بعدم المشاركة في القتال») is no
attack; an office's call to the candidates for its jobs is a job notice, no request; a legislature debating a bill on
its own is no meeting between parties, nor is a minister's meeting with his own ministry's officers; a host's welcome
wishing his guests a good stay is courtesy, not support. The acts told beside them stay."""

REFUSED = ("أشارت مصادر في المقاومة الشعبية إلى أن العشرات من مليشيات الحوثي قامت بالفرار من منطقتي الفيوش وصبر "
           "بمحافظة لحج باتجاه مدينة تعز. ومضت المصادر بالقول إن الهزائم العسكرية الأخيرة تسببت في حدوث عدة خلافات. "
           "وكان كثير من عناصر التمرد الحوثي في محافظة عدن رفضوا الاستجابة للتعليمات العسكرية التي أصدرها قادتهم، "
           "وأصروا على موقفهم بعدم المشاركة في القتال. كما بادر المئات منهم إلى تسليم أنفسهم للثوار.")

JOBS = ("دعت إدارة التعليم بمحافظة المخواة جميع المرشحين للوظائف التعليمية ممن تم توجيههم لتعليم محافظة المخواة "
        "بسرعة الدخول على الرابط: http://riyadhedu.org/moe وحجز موعد للمقابلة الشخصية. وأوضح مدير شؤون المعلمين محمد "
        "غانم بأن الإدارة قد أكملت كافة الاستعدادات لاستقبال المرشحين من تشكيل اللجان الخاصة بالمقابلات والتدقيق، "
        "حيث تم تحديد أيام المقابلات الشخصية اعتباراً من يوم الأحد 10 شوال الجاري، وأهاب بجميع المرشحين الالتزام "
        "بالمواعيد المحددة أثناء المراجعة مصطحبين معهم وثائقهم الرسمية المطلوبة.")

SENATE = ("كشف المتحدث باسم البيت الأبيض جوش إرنست أن البيت الأبيض في المراحل الأخيرة من خطة إغلاق سجن غوانتانامو. "
          "وقال المتحدث إن الإدارة ستعرض الخطة على الكونغرس. "
          "ويناقش مجلس الشيوخ الأميركي مشروع قانون سنويًا لسياسة الدفاع يسمح بإغلاق السجن، لكن بشرط أن يقدم الرئيس "
          "أولا خطة.")

OFFICERS = ("اجتمع وزير الثقافة والإعلام أمس مع قيادات وزارة الثقافة والإعلام في مكتبه بجدة. وهنأ معاليه الجميع بعيد "
            "الفطر السعيد. وتم خلال الاجتماع استعراض أداء قطاعات الوزارة.")

WELCOME = ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في مكتبه بقصر السلام بجدة اليوم رئيس وزراء "
           "جمهورية لبنان تمام سلام والوفد المرافق له. وفي بداية الاستقبال رحب خادم الحرمين الشريفين برئيس الوزراء "
           "اللبناني والوفد المرافق له ، متمنياً لهم طيب الإقامة في بلدهم الثاني المملكة. كما جرى خلال الاستقبال "
           "استعراض العلاقات الثنائية بين البلدين الشقيقين.")


def _triggers(article, etype):
    """The trigger texts of the article's events of type `etype`."""
    return [e.trigger.text for e in article.events if e.event == etype]


def test_fighting_not_joined_is_no_attack(nlp):
    """«بعدم المشاركة في القتال» is no attack; the same noun with no refusal before it, «رفض وقف القتال», stays."""
    art = nlp(REFUSED, published="2015-07-24")
    assert "القتال" not in _triggers(art, "ASSAULT")
    halted = REFUSED.replace("بعدم المشاركة في القتال", "برفض وقف القتال")
    assert "القتال" in _triggers(nlp(halted, published="2015-07-24"), "ASSAULT")


def test_a_call_to_job_candidates_is_a_notice(nlp):
    """«دعت إدارة التعليم … جميع المرشحين للوظائف التعليمية» is a job notice, no request."""
    assert "دعت" not in _triggers(nlp(JOBS, published="2015-07-24"), "REQUEST")


def test_a_senate_debating_a_bill_is_no_meeting(nlp):
    """«ويناقش مجلس الشيوخ الأميركي مشروع قانون» is the senate's own debate; talks with a counterpart stay."""
    assert "يناقش" not in _triggers(nlp(SENATE, published="2015-07-24"), "CONSULT")
    # the trigger row's unless column stops «يناقش مجلس» itself; the members debating alone reach the topic gate
    members = SENATE.replace("ويناقش مجلس الشيوخ الأميركي مشروع قانون", "ويناقش أعضاء مجلس الشيوخ الأميركي مشروع قانون")
    assert "يناقش" not in _triggers(nlp(members, published="2015-07-24"), "CONSULT")
    talks = SENATE.replace("ويناقش مجلس الشيوخ الأميركي مشروع قانون",
                           "ويناقش أعضاء مجلس الشيوخ الأميركي مع وزير الخارجية الإيراني مشروع قانون")
    assert "يناقش" in _triggers(nlp(talks, published="2015-07-24"), "CONSULT")


def test_a_ministers_meeting_with_his_officers_is_in_house(nlp):
    """A minister's meeting «مع قيادات وزارة الثقافة والإعلام» is his ministry's own business."""
    assert _triggers(nlp(OFFICERS, published="2015-07-24"), "CONSULT") == []


def test_a_welcome_wishing_a_good_stay_is_courtesy(nlp):
    """«رحب … برئيس الوزراء اللبناني … متمنياً لهم طيب الإقامة» is courtesy; the reception itself stays."""
    art = nlp(WELCOME, published="2015-07-24")
    assert "رحب" not in _triggers(art, "SUPPORT")
    assert "استقبل" in _triggers(art, "CONSULT")


STRANDED = ("أعلنت السلطات الإندونيسية اليوم إغلاق مطار بالي الدولي. وقالت وكالة الأنباء إن الرحلات ألغيت. "
            "وأدى ثوران البركان إلى احتجاز آلاف السياح في الجزيرة. وأكدت السلطات أن الوضع سيعود إلى طبيعته خلال أيام.")


def test_tourists_stranded_by_a_volcano_are_no_arrest(nlp):
    """«أدى ثوران البركان إلى احتجاز آلاف السياح» strands tourists; the police's detention of a suspect stays."""
    assert _triggers(nlp(STRANDED, published="2015-07-24"), "COERCE") == []
    arrest = STRANDED.replace("وأدى ثوران البركان إلى احتجاز آلاف السياح في الجزيرة.",
                              "واحتجزت الشرطة الإندونيسية مشتبها به في الجزيرة.")
    assert _triggers(nlp(arrest, published="2015-07-24"), "COERCE")


def test_an_energy_subsidy_is_no_aid(nlp):
    """«وتقدم الحكومة دعم الطاقة للمواطنين» is a price subsidy, a domestic policy, no aid."""
    text = STRANDED.replace("وأدى ثوران البركان إلى احتجاز آلاف السياح في الجزيرة.",
                            "وتقدم الحكومة دعم الطاقة للمواطنين عبر أسعار الوقود المنخفضة.")
    assert _triggers(nlp(text, published="2015-07-24"), "AID") == []


BONES = ("العلاج على جميع النساء بعد سن اليأس حتى لو لم تشكو من آلام العظام مراجعة الطبيب للتشخيص وربما إعطاء "
         "هرمونات الاستروجين والبروجستيرون والتى إلى الآن لم يظهر لهما مضاعفات وقد تستمر عليهما لعدة سنوات. وي"
         "مكن إعطاء مكملات للكالسيوم للجنسين. هناك أدوية تبطئ عملية هدم العظام.")

NEED = ("والحقيقة أن أم محمد كانت تحتاج في ذلك الوقت لبعض المكملات (حبوب كالسيوم وفيتامين د) تلافياً لأي مشكل"
        "ة وفي نفس الوقت يتوجب عليها التركيز على الغذاء الطبيعي، وهناك فيتامينات أخرى تلعب دوراً في هذا المشك"
        "لة وهي فيتامينات (ج، ه، ك) بالإضافة إلى فيتامين (د) والفسفور والمغنيسيوم والزنك والمنجنيز والنحاس وا"
        "لسيليكون، كلها يجب العناية بمصادرها. النساء اللاتي يبلغن الأربعين وأكثر يحتجن لتناول حبوب أو كبسولات"
        " كالسيوم بالذات بعد انقطاع الطمث حيث يختل تركيز الهرمونات والتي لها تأثير مباشر على تخزين الكالسيوم "
        "الضروري لنمو الأجنة وكذلك الإرضاع، وعند عدم وجودهما عند سن اليأس نتيجة نقص هرمون الاستروجين فإنه يقل"
        " ترسيب الكالسيوم في العظام، فقد خلق الله كل شيء بقدر.")

STUDENT = ("تقمصت طالبة يونانية شخصية باحثة وعالمة سعودية، وذلك ضمن برنامج تعليمي نظمته ثانوية بلتون في اليونان "
           "تمهيدا للمرحلة الجامعية، ومن أساسياته أن يقوم كل طالب بتمثيل إحدى الشخصيات العلمية على مستوى العالم."
           "\n وقامت الطالبة ـ في البرنامج الذي يشارك فيه 99 طالبا وطالبةـ بارتداء الحجاب وتقمص شخصية العالمة عضو"
           " مجلس الشورى الدكتوره حياة سندي، وذلك بعد أن درست عن جهودها، واستمعت إلى عدة مقاطع فيديو لمحاضراتها."
           " \n وقالت المشرفة ومعدة هذا البرنامج الدكتوره إيليني كتستاكي، وهي واحدة من المتخصصات في الأبحاث بالمع"
           "هد الوطني للبحوث الطبية في لندن، إن \"الهدف من البرنامج تقديم معلومات في غاية الأهمية للطلاب والطالبا"
           "ت بأسلوب مختلف يساعد على وصول المعلومات إليهم بكل عفوية وتقبل\".")


def test_word_sense_slips_are_no_events(nlp):
    """«يحتجن» (they need) is no protest, «هدم العظام» (the body's bone loss) no attack, and «كل طالب» (every student)
    no request."""
    assert _triggers(nlp(BONES, published="2015-07-24"), "ASSAULT") == []
    assert _triggers(nlp(NEED, published="2015-07-24"), "PROTEST") == []
    assert _triggers(nlp(STUDENT, published="2015-07-24"), "REQUEST") == []
