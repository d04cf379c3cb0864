"""Local service news that is no political event (gates19): a body's talk to its own staff («وحث الحقيل جميع
الموظفين على مواصلة العمل»، «استقبل وكيل الوزارة المهنئين من منسوبي الوزارة»), a crowd taken in («استقبلت سلطات
بورما اكثر من 800 مهاجر»), and a state's price subsidy cut («خفضت الحكومة الدعم»); real political acts of ministries
and governments stay."""

from hadath.article import Article

# the rules read the sentences of a story: two plain sentences follow each one
TAIL = " وقال مسؤول محلي إن الوضع في المنطقة هادئ حاليا. وأضاف أن التحقيقات ما زالت مستمرة."


def events(coder, text, tail=TAIL, published="2015-07-23"):
    """The (type, trigger) pairs the stage coder (no report filter) codes in a text that opens with this one."""
    art = coder(Article(text=text + tail, published=published))
    return [(e.event, e.trigger.text) for e in art.events]


def test_a_call_to_ones_own_staff_is_no_event(coder):
    text = "حث وزير الإسكان ماجد بن عبدالله الحقيل جميع موظفي الوزارة على مواصلة العمل والنشاط لتحقيق رؤية طموحة."
    found = events(coder, text)
    assert not [t for t in found if t[0] == "REQUEST"], found
    found = events(coder, "وطالبت الوزارة منسوبيها بتحرير تعهدات رسمية على الموظف المعتدى عليه.")
    assert not [t for t in found if t[0] == "REQUEST"], found


def test_a_reception_of_staff_is_no_meeting(coder):
    text = ("استقبل وكيل وزارة الداخلية الدكتور أحمد بن محمد السالم، أمس، المهنئين من منسوبي ديوان الوزارة من مدنيين "
            "وعسكريين في حفل المعايدة.")
    found = events(coder, text)
    assert not [t for t in found if t[0] == "CONSULT"], found
    found = events(coder, "أقام فرع الرئاسة العامة بمنطقة الرياض، لقاءً بمنسوبي الفرع، صباح أمس الأربعاء، بمقر الفرع.")
    assert not [t for t in found if t[0] == "CONSULT"], found


def test_staff_of_another_act_keep_the_event(coder):
    # the staff are no object of the appeal: the release is asked for, the appeal stays
    found = events(coder, "وطالب الأمين العام للأمم المتحدة بالإفراج عن موظفي المنظمة المحتجزين في اليمن.")
    assert [t for t in found if t[0] == "REQUEST"], found


def test_a_crowd_taken_in_is_no_meeting(coder):
    found = events(coder, "وفي المجموع استقبلت سلطات بورما اكثر من 800 مهاجر من رجال ونساء واطفال.")
    assert not [t for t in found if t[0] == "CONSULT"], found
    found = events(coder, "وأوضح أن الوزارة استقبلت ستة ملايين معتمر خلال العام الماضي.")
    assert not [t for t in found if t[0] == "CONSULT"], found


def test_a_received_delegation_stays(coder):
    found = events(coder, "استقبل ولي العهد في قصره بجدة مساء أمس وزير الخارجية المصري سامح شكري.")
    assert [t for t in found if t[0] == "CONSULT"], found


def test_a_subsidy_cut_is_no_aid(coder):
    text = "وتكافح مصر ارتفاع التضخم منذ أن خفضت الحكومة الدعم في يوليو 2014، ورفعت أسعار البنزين."
    found = events(coder, text)
    assert ("AID", "الدعم") not in found, found
    found = events(coder, "والإمارات هي أول دولة خليجية رفعت الدعم عن أسعار المحروقات في المنطقة.")
    assert ("AID", "الدعم") not in found, found


def test_a_ministry_political_act_stays(coder):
    found = events(coder, "ودانت وزارة الخارجية الفلسطينية بشدة قرار الحكومة الإسرائيلية بناء وحدات استيطانية جديدة.")
    assert [t for t in found if t[0] == "ACCUSE"], found
    found = events(coder, "واستدعت وزارة الخارجية البحرينية السفير الإيراني وسلمته مذكرة احتجاج.")
    assert [t for t in found if t[0] in ("COERCE", "CONSULT", "PROTEST", "ACCUSE", "SANCTION")], found


def test_cooperation_of_two_ministries_of_one_state_is_administration(coder):
    text = "أصدرت وزارة الحج السعودية بالتعاون مع وزارة الخارجية أكثر من 300 ألف تأشيرة لحجاج الخارج."
    found = events(coder, text)
    assert not [t for t in found if t[0] == "COOPERATE"], found


def test_cooperation_with_another_state_stays(coder):
    text = "ونفذت القوات العراقية بالتعاون مع التحالف الدولي عملية عسكرية واسعة في محافظة الأنبار."
    found = events(coder, text)
    assert [t for t in found if t[0] == "COOPERATE"], found


def test_support_a_fact_gives_is_no_event(coder):
    text = "وهبط معدل التضخم السنوي في المدن المصرية بشكل كبير، مما قد يدعم جهود الحكومة للموازنة بين النمو والأسعار."
    # a story of Egypt: its government is Egypt's (a coded party)
    found = events(coder, text, tail=" وتكافح مصر ارتفاع التضخم منذ عام. وقال مسؤول في مصر إن الأسعار استقرت.")
    assert not [t for t in found if t[0] == "SUPPORT"], found


def test_support_a_programme_enjoys_is_no_event(coder):
    text = "ودفعهم إلى سوق العمل، بما يحقق أهداف المشاريع والبرامج التي تحظى بدعم الحكومة."
    found = events(coder, text, tail=" وقالت السعودية إن الشباب مصدر فخر. وأضاف أن السعودية أطلقت برامج كثيرة.")
    assert not [t for t in found if t[0] in ("AID", "SUPPORT")], found


def test_support_a_state_gives_stays(coder):
    found = events(coder, "وتدعم المملكة الحكومة الشرعية في اليمن بكل ما تملك من إمكانات.")
    assert [t for t in found if t[0] in ("AID", "SUPPORT")], found


def test_appointments_approved_are_no_agreement(coder):
    found = events(coder, "وافق مجلس الوزراء على تعيينات بالمرتبتين 15 و14 ووظيفة سفير.",
                   tail=" وقالت السعودية إن التعيينات تمت. وأضاف أن السعودية أعلنت الأسماء.")
    assert not [t for t in found if t[0] == "AGREE"], found


def test_a_holiday_reception_is_no_meeting(coder):
    text = ("استقبل مفتي عام المملكة الشيخ عبدالعزيز بن عبدالله آل الشيخ، في مكتبه، أمس، رئيس ديوان المظالم الشيخ خالد "
            "بن محمد اليوسف، الذي هنأ سماحته بعيد الفطر المبارك.")
    found = events(coder, text)
    assert not [t for t in found if t[0] == "CONSULT"], found
    found = events(coder, "وقدّم الشيخ الحجري تهنئته لأمير المنطقة بعيد الفطر المبارك؛ داعياً الله أن يديم الأمن.")
    assert not [t for t in found if t[0] == "SUPPORT"], found


def test_a_holiday_greeting_to_another_state_stays(coder):
    found = events(coder, "وهنأ خادم الحرمين الشريفين الملك سلمان أمير دولة الكويت بعيد الفطر المبارك في اتصال هاتفي.")
    assert [t for t in found if t[0] in ("SUPPORT", "CONSULT")], found


def test_a_wish_that_god_grants_is_a_prayer(coder):
    text = "ونقل سموه للمصابين تمنيات ودعوات خادم الحرمين الشريفين -أيده الله- بأن يمن الله عليهم بالشفاء العاجل."
    found = events(coder, text)
    assert not [t for t in found if t[0] == "REQUEST"], found


def test_a_call_with_a_name_of_god_stays(coder):
    found = events(coder, "ودعا الرئيس الحكومة اليمنية إلى أن يعود عبد الله الحوثي إلى طاولة الحوار في جنيف.")
    assert [t for t in found if t[0] == "REQUEST"], found


def test_an_approval_past_long_titles_is_administration(coder):
    text = ("وافق الأمير خالد الفيصل مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة رئيس اللجنة الإشرافية لسوق "
            "عكاظ على مشروع تطوير خيمة سوق عكاظ.")
    found = events(coder, text)
    assert not [t for t in found if t[0] == "AGREE"], found
