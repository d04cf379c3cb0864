"""Round 83, the topic stage's non-events (stages/topics.py, topic_words.tsv).

Tested here, on sentences of the dev day 2015-07-26 (and 07-23 for what must stay): an office's notice to
candidates, admitted students, contractors or property owners is no REQUEST (topic_words.tsv notice_public); a
regulation banning donations to government offices is no COERCE (regulated, topics.regulation_text); a count of
applications filed («3785 طلبا») is no REQUEST, while a year before an invitation («يوم 17 نوفمبر 1977 دعوة إلى
السادات») still dates one; a verb of the present whose subject is «أغلب …» is a standing charge (most); a man's habit
told by «كثير المشاركة في … والمظاهرات» is no PROTEST (frequent); a policy «التي تؤكد على دعم مصر» is no SUPPORT
while a summit «التي أكدت على دعم الكويت» stays; a grant of an authority («منح الحملات صلاحية») is no AID; and a
council's approval of draft statutes («التي وافق عليها المجلس مشروع نظام») is no AGREE; an invitation «لعرض
تجاربها» is no REQUEST (showcase)."""

from __future__ import annotations

from hadath.article import Article

LEAD = "أعلنت الجهات المختصة اليوم عددا من القرارات الجديدة. وأوضح المتحدث أن العمل جار على تنفيذها. "
TAIL = " وأكد المتحدث أن التفاصيل ستعلن لاحقا."


def coded(coder, sentence, date="2015-07-26"):
    """The (type, trigger) pairs the pipeline codes for the sentence told in a story of three sentences or more."""
    art = coder(Article(text=LEAD + sentence + TAIL, published=date))
    return [(e.event, e.trigger.text) for e in art.events]


def lone(coder, sentence, date="2015-07-26"):
    """The (type, trigger) pairs the pipeline codes for the sentence alone (the rules of a story's general talk, which
    drop a partyless office's act in a story, do not apply: the rule tested must)."""
    art = coder(Article(text=sentence, published=date))
    return [(e.event, e.trigger.text) for e in art.events]


def test_a_college_calling_its_admitted_students_is_a_notice(coder):
    """«ودعت الكلية الطلاب المقبولين للحضور إلى مقر لجنة القبول»: no REQUEST (2015-07-26 #610)."""
    events = lone(coder, "ودعت الكلية الطلاب المقبولين للحضور إلى مقر لجنة القبول بنادي إسكان المؤسسة في مدينة "
                        "السيح بدءاً من الغد مصطحبين معهم المستندات المطلوبة.")
    assert ("REQUEST", "دعت") not in events, events


def test_an_appeal_to_candidates_and_owners_is_a_notice(coder):
    """«وأهاب مدير إدارة شؤون المعلمين بتعليم جازان, بالمرشحين للدخول لموقع» and «وأهاب مدير عام إدارة نزع الملكيات
    بالوزارة شار الشهري بملاك العقارات»، and alone «كما سيتم دعوة ملاك جميع العقارات»: no REQUEST (2015-07-26 #566,
    #681)."""
    events = coded(coder, "وأهاب مدير إدارة شؤون المعلمين بتعليم جازان, بالمرشحين للدخول لموقع خدمات المعلم التابع "
                          "لإدارة تعليم جازان بعد الانتهاء من المقابلة الشخصية وإجراءات الترشيح لإدخال رغباتهم.")
    assert ("REQUEST", "أهاب") not in events, events
    events = coded(coder, "وأهاب مدير عام إدارة نزع الملكيات بالوزارة شار الشهري بملاك العقارات التي تقرر نزع "
                          "ملكيتها بمراجعة الجهات المختصة لاستكمال إجراءات تعويضهم.")
    assert ("REQUEST", "أهاب") not in events, events
    events = lone(coder, "كما سيتم دعوة ملاك جميع العقارات التي تقرر بدء إجراءات نزع ملكيتها لتقديم مستندات "
                         "تملكهم للعقارات لأمانات المناطق والمحافظات.")
    assert ("REQUEST", "دعوة") not in events, events  # the owners right after the noun are its addressees


def test_stressing_safety_on_contractors_is_a_notice(coder):
    """«كما شدد المهندس الضلعان على المقاولين بضرورة التقيد بوسائل السلامة»: no REQUEST (2015-07-26 #509)."""
    events = lone(coder, "كما شدد المهندس الضلعان على المقاولين بضرورة التقيد بوسائل السلامة لمستخدمي الطريق "
                        "وكذلك سرعة الإنجاز وجودة التنفيذ.")
    assert ("REQUEST", "شدد") not in events, events


def test_a_regulation_on_donations_is_no_coercion(coder):
    """«حظرت الجهات العليا قيام أي جهة حكومية … استقبال أي تبرعات» and «كما يحظر على الجهات الحكومية طلب أي تبرع»:
    no COERCE (2015-07-26 #541)."""
    events = coded(coder, "حظرت الجهات العليا قيام أي جهة حكومية أو مؤسسة عامة مستقلة استقبال أي تبرعات نقدية أو "
                          "عينية من أي جهة أو مؤسسة أو شركة لها ارتباط مع تلك الجهات بعقود مباشرة.")
    assert ("COERCE", "حظرت") not in events, events
    events = coded(coder, "كما يحظر على الجهات الحكومية طلب أي تبرع ولأي غرض من المقاولين أو المؤسسات أو الشركات "
                          "الخاصة أو الأفراد.")
    assert ("COERCE", "يحظر") not in events, events


def test_a_count_of_applications_is_no_request_but_a_dated_invitation_stays(coder):
    """«كان نصيب السعوديين منها 3785 طلبا»: no REQUEST (2015-07-26 #920); «انتهت بتوجيه الأخير يوم 17 نوفمبر
    (تشرين الثاني) 1977 دعوة إلى السادات لزيارة القدس» keeps its REQUEST (2015-07-23 #7: a year, no count)."""
    events = coded(coder, "بلغ عدد طلبات براءات الاختراع المودعة في المكتب السعودي لبراءات الاختراع نحو 20309 طلبات "
                          "كان نصيب السعوديين منها 3785 طلبا وغير السعوديين 16524.")
    assert ("REQUEST", "طلبا") not in events, events
    events = coded(coder, "كان الرئيس السادات يجري اتصالات مع رئيس وزراء إسرائيل مناحيم بيغن انتهت بتوجيه الأخير "
                          "يوم 17 نوفمبر (تشرين الثاني) 1977 دعوة إلى السادات لزيارة القدس.", "2015-07-23")
    assert ("REQUEST", "دعوة") in events, events


def test_most_gulf_states_accusing_iran_is_a_standing_charge(coder):
    """«وتتهم أغلب دول الخليج العربية طهران بالتدخل في الشؤون العربية»: no ACCUSE (2015-07-26 #1047)."""
    events = coded(coder, "وتتهم أغلب دول الخليج العربية طهران بالتدخل في الشؤون العربية وتقديم الدعم المالي أو "
                          "المسلح لحركات سياسية في دول من بينها البحرين واليمن ولبنان.")
    assert ("ACCUSE", "تتهم") not in events, events


def test_a_man_often_joining_demonstrations_is_no_protest(coder):
    """«وكان كوربين كثير المشاركة في النقابات العمالية والمظاهرات المطالبة بحقوقهم»: no PROTEST (2015-07-26
    #828)."""
    events = coded(coder, "وكان كوربين كثير المشاركة في النقابات العمالية والمظاهرات المطالبة بحقوقهم، ما اكسبه "
                          "شعبية كبيرة وسطهم.")
    assert ("PROTEST", "المظاهرات") not in events, events


def test_a_policy_that_stresses_support_is_no_act_but_a_summit_that_stressed_it_stays(coder):
    """«مع سياسة حكومة خادم الحرمين التي تؤكد على دعم مصر الشقيقة»: no SUPPORT (2015-07-26 #838); «وهي القمة التي
    أكدت على دعم الكويت للشعب اليمني» keeps it."""
    events = coded(coder, "مضيفاً بأن هذا الدعم يأتي متسقاً مع سياسة حكومة خادم الحرمين التي تؤكد على دعم مصر "
                          "الشقيقة والوقوف معها حكومة وشعباً.")
    assert ("SUPPORT", "دعم") not in events, events
    events = coded(coder, "وعقد القادة قمتهم في الرياض، وهي القمة التي أكدت على دعم الكويت للشعب اليمني.")
    assert ("SUPPORT", "دعم") in events, events


def test_granting_campaigns_an_authority_is_no_aid(coder):
    """«مع منح الحملات صلاحية تسجيل نسبة من حجاجها»: no AID (2015-07-26 #926)."""
    events = coded(coder, "وصلت وزارة الحج إلى حل وسط فيما يخص تسجيل حجاج الداخل إلكترونيا؛ إذ ستبدأ تطبيق "
                          "التسجيل الإلكتروني في حملات حجاج الداخل مع منح الحملات صلاحية تسجيل نسبة من حجاجها عن "
                          "طريقها مباشرة.")
    assert ("AID", "منح") not in events, events


def test_a_council_approving_draft_statutes_is_no_agreement(coder):
    """«ومن أبرز المواضيع التي وافق عليها المجلس مشروع نظام السجن والتوقيف»: no AGREE (2015-07-26 #929)."""
    events = lone(coder, "ومن أبرز المواضيع التي وافق عليها المجلس مشروع نظام السجن والتوقيف، ومشروع نظام الإعلام "
                        "المرئي والمسموع.")
    assert ("AGREE", "وافق") not in events, events


def test_an_invitation_to_present_a_firms_work_is_no_request(coder):
    """«وقد دفع ذلك المنظمات والهيئات المتخصصة في الاتصالات … إلى توجيه الدعوة لموبايلي لعرض تجاربها الناجحة»: no
    REQUEST (2015-07-26 #486, #546, #617: an invitation to a forum)."""
    events = lone(coder, "وقد دفع ذلك المنظمات والهيئات المتخصصة في الاتصالات وتقنية المعلومات إلى توجيه الدعوة "
                         "لموبايلي لعرض تجاربها الناجحة في تقديم العديد من الخدمات.")
    assert ("REQUEST", "الدعوة") not in events, events
