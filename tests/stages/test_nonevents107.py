"""Round 107 (nonevents107): non-events from the judged slices 2015-07-22 #0–399 and #1600–2049. What a call asks
told on past a quotation mark, a comma or a run of nouns of talk («دعا المجلس، منسقة … إلى "دعم … بدعم جهود …، ودعم
الأهداف"»), or joined by و with no actor of its own («يناشد الرئيس … النظر … ودعم مراكز الغسيل»), is no act; a sum
of lending («إجمالي المنصرف الفعلي من قروض الصندوق») is a statistic, no aid; one state's offices coordinating with
each other («بالتعاون مع إدارة مرور المنطقة الشرقية») is administration, no cooperation between parties; an Eid
reception told on by «اللقاء» right after the sentence that names it, among one state's people, is no meeting; a
service reinforced with staff or crews («دعم كافة مستشفيات المنطقة بالكوادر الطبية») is no aid; benefactors (أهل
الخير) appealed to are the public of a charity notice."""

from stage_coding import kept_types

_DATE = "2015-07-22"

_EU_CALL = ("وبحث وزراء خارجية الاتحاد الأوروبي أمن الطاقة في بروكسل. وفي ختام اجتماعات مجلس وزراء خارجية الدول "
            "الأعضاء، دعا المجلس، منسقة السياسة الخارجية فيديريكا موغيريني إلى «دعم إنشاء تطور جديد ومزيد من التعاون "
            "في مجال الطاقة والحوارات القائمة، لا سيما في ما يتعلق بدعم جهود الاتحاد الأوروبي ومبادراته لتنويع "
            "المصادر، ودعم الأهداف لتعزيز بنية الطاقة العالمية». وأشاد الوزراء بالاتفاق النووي مع إيران.")


def test_what_a_call_asks_past_a_quotation_and_nouns_of_talk_is_no_act(nlp):
    """(2015-07-22 #79 n2–n4): the support the council asks for, quoted and enumerated, is no act of support;
    the call stays."""
    kept = kept_types(nlp, _EU_CALL, _DATE)
    assert ("REQUEST", "دعا") in kept, kept
    assert not any(t in ("SUPPORT", "AID") and w == "دعم" for t, w in kept), kept


_APPEAL = ("أطلق مركز الغسيل الكلوي في عدن نداء استغاثة. وأكد مدير المركز أن المرضى يعانون نقص الوقود. وقال طاهر إنه "
           "يناشد الرئيس اليمني عبده ربه منصور هادي والحكومة اليمنية ورجال الخير، النظر بعين الرحمة لمرضى الفشل "
           "الكلوي ودعم مراكز الغسيل الكلوي.")


def test_support_joined_to_what_an_appeal_asks_is_no_act(nlp):
    """(2015-07-22 #23 n2): «يناشد … النظر … ودعم مراكز الغسيل»: what is appealed for, no act of support."""
    kept = kept_types(nlp, _APPEAL, _DATE)
    assert ("REQUEST", "يناشد") in kept, kept
    assert ("SUPPORT", "دعم") not in kept, kept


def test_support_given_after_a_call_stays(nlp):
    """A support verb with its own subject after a call is an act: «وأعلنت السعودية دعمها لليمن» stays."""
    text = ("دعا الرئيس اليمني إلى وقف القتال في عدن. وأعلنت السعودية دعمها الكامل للحكومة اليمنية. "
            "وقال المتحدث إن الحكومة ترحب بالموقف.")
    kept = kept_types(nlp, text, _DATE)
    assert any(t in ("SUPPORT", "AID") for t, _ in kept), kept


_LOANS = ("واصلت مؤسسات الإقراض الحكومية المتخصصة تقديم القروض. وأبان التقرير أن إجمالي المنصرف الفعلي من قروض صندوق "
          "الاستثمارات العامة قد تراجع في العام 2014م بنسبة 0.1 في المائة مقارنة بالعام 2013م ليصل إلى 16 مليار "
          "ريال. وأشار التقرير إلى ارتفاع الودائع.")


def test_a_sum_of_loans_is_a_statistic(nlp):
    """(2015-07-22 #38 n2, #327, #1638 n2, #1838): «إجمالي المنصرف الفعلي من قروض صندوق الاستثمارات العامة … ليصل
    إلى 16 مليار ريال» is a figure of lending, no aid."""
    kept = kept_types(nlp, _LOANS, _DATE)
    assert ("AID", "قروض") not in kept, kept


def test_a_sum_of_aid_to_another_state_stays(nlp):
    """A sum of aid with a receiver of another state is aid all the same: «بلغ إجمالي المساعدات السعودية لليمن»."""
    text = ("وصلت طائرة إغاثة إلى عدن أمس. وبلغ إجمالي المساعدات التي قدمتها السعودية لليمن 274 مليون دولار. "
            "وقال المتحدث إن المساعدات ستتواصل.")
    kept = kept_types(nlp, text, _DATE)
    assert any(t == "AID" for t, _ in kept), kept


_ROAD = ("أعلنت أمانة المنطقة الشرقية عن عزمها إغلاق طريق الملك عبدالعزيز عند تقاطعه مع الشارع العاشر في محافظة "
         "الخبر، اليوم بالتعاون مع إدارة مرور المنطقة الشرقية. وأوضحت الأمانة أن الإغلاق لإنشاء جسر. "
         "ودعت الأمانة قائدي المركبات إلى استخدام الطرق البديلة.")


def test_a_municipality_with_its_traffic_police_is_no_cooperation(nlp):
    """(2015-07-22 #347, #506, #753, #1640): a road closed «بالتعاون مع إدارة مرور المنطقة الشرقية» is one state's
    offices at work, no cooperation between parties."""
    kept = kept_types(nlp, _ROAD, _DATE)
    assert ("COOPERATE", "التعاون") not in kept, kept


def test_coordination_with_another_states_office_stays(nlp):
    """Coordination with another state's office is cooperation between parties: a Saudi relief centre «بالتنسيق مع
    وزارة الإدارة المحلية اليمنية»."""
    text = ("وصلت قوافل الإغاثة إلى عدن أمس. ووزع مركز الملك سلمان للإغاثة المساعدات في عدن بالتنسيق مع وزارة الإدارة "
            "المحلية اليمنية. وأضاف أن التوزيع سيستمر.")
    kept = kept_types(nlp, text, _DATE)
    assert ("COOPERATE", "التنسيق") in kept, kept


_ROUNDUP = ("أمير عسير يدشن مهرجان أبها للتسوق دشن الأمير فيصل بن خالد أمير منطقة عسير أمس مهرجان أبها للتسوق. "
            "سفير السعودية في الأردن يقيم حفل معايدة أقام سفير خادم الحرمين الشريفين لدى الأردن الدكتور سامي بن عبد "
            "الله الصالح أمس لقاء معايدة، وذلك في قاعة الاحتفالات في مقر السفارة. حضر اللقاء أعضاء البعثة والملحقيات "
            "والمكاتب التابعة لها، إضافة إلى عدد من المواطنين السعوديين المقيمين في الأردن.")


def test_an_eid_reception_told_on_in_a_roundup_is_no_meeting(nlp):
    """(2015-07-22 #256, #687, #1732): «لقاء معايدة … حضر اللقاء أعضاء البعثة … المواطنين السعوديين المقيمين في
    الأردن»: an embassy's Eid reception for its own staff and citizens, told on by «اللقاء», is no meeting."""
    kept = kept_types(nlp, _ROUNDUP, _DATE)
    assert ("CONSULT", "اللقاء") not in kept, kept



_STAFFING = ("سبق- نجران: دعمت إدارة صحة نجران مستشفياتها باستشارية للنطق والتخاطب، تم التعاقد معها لثلاثة "
             "أشهر ضمن برنامج الدعم المؤقت، الذي تدعمه إدارة المركز المتخصصة والأطباء الزائرين بالوزارة. \xa0 "
             "أوضح ذلك مدير عام الشؤون الصحية بمنطقة نجران صالح بن سعد المؤنس بقوله: أن الاستشارية باشرت "
             "عملها، مضيفاً أننا نحرص بين الحين والآخر على دعم كافة مستشفيات المنطقة بالكوادر الطبية، خاصة في "
             "تلك التخصصات التي نفتقر إليها، كما نعمد إلى التوزيع العادل للاستشاريين الزائرين في مستشفيات "
             "المنطقة المؤهلة والمجهزة، بما يضمن عدالة التوزيع وتحقيق أقصى استفادة لمرضى المنطقة.")


def test_a_service_reinforced_with_staff_is_no_aid(nlp):
    """(2015-07-22 #2014, #1833): «دعم كافة مستشفيات المنطقة بالكوادر الطبية»، «وتم دعم الموقف بفرق إطفاء»: a
    service's own reinforcement with staff or crews, no aid between parties."""
    kept = kept_types(nlp, _STAFFING, _DATE)
    assert not any(t in ("AID", "SUPPORT") and w == "دعم" for t, w in kept), kept


_CHARITY = ("من جهة أخرى قال ابن المفرج عنه ان جمعية البر بالأحساء فعلا يد أمينة لخدمة كل محتاج، حيث لعبت "
             "دورا كبيرا في تسهيل خروج أبيه من السجن في هذا الوقت القياسي لما تتمتع به من سمعة طيبة لدى كافة "
             "الجهات الحكومية وثقة رجال الأعمال وأهل الخير في المبادرات التي تتبناها، وهو ما اتضح من خلال جمع "
             "المبلغ من عدة جهات عديدة وقدرة الجمعية على انهاء كافة الاجراءات الرسمية مع جهات الاختصاص. وناشد "
             "أهل الخير أن يبذلوا اموالهم في أوجه الخير خصوصا أموال الزكاة وان تكون أسر السجناء ضمن اولوياتهم "
             "بغض النظر عن القضية التي سجن من خلالها رب الأسرة لكي لا تعيش اسر السجناء في فقر بسبب ليس لهم "
             "شأن فيه، وكذا صديقه «ابومحمد» الذي دفع له جزءا من مهر زواجه ليساعده في تجاوز تلك الازمة.")


def test_an_appeal_to_benefactors_is_a_charity_notice(nlp):
    """(2015-07-22 #1663): «وناشد أهل الخير أن يبذلوا اموالهم»: benefactors are the public a charity appeal
    addresses, no party to a political request."""
    kept = kept_types(nlp, _CHARITY, _DATE)
    assert ("REQUEST", "ناشد") not in kept, kept
