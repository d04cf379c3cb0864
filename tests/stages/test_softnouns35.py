"""A noun of help, a concession, a withdrawal or a threat right after the head of a topic, an aim or a demand (a
`topic_head` word of topic_words.tsv: أهمية، سبل، حول، بشأن، برامج، المطالبة) or, for aid, of its conveyance (a
`conveyance` word: إيصال، وصول) is what is discussed, weighed, wanted or hindered, no act told (round 35): «في شأن تقديم
المساعدة لتطوير وتدريب حرس الحدود»، «لإيصال المساعدات الإغاثية للشعب اليمني»، «منع وصول المساعدات». The act stays: a
delivery carried out («وتم إيصال المساعدات إلى عدن»), aid given by a verb («قدمت السعودية مساعدات»)."""

import pytest

PUBLISHED = "2015-07-27"  # the day the story fixture (conftest) publishes the texts on


@pytest.mark.parametrize("sentence, etype", [
    ("وأكد الرئيس أن الهدنة تهدف إلى ضمان وصول المساعدات للشعب اليمني في مختلف المحافظات.", "AID"),
    ("واستعرضا تسخير السعودية كل الإمكانيات لإيصال المساعدات الإغاثية والإنسانية والطبية للشعب اليمني.", "AID"),
    ("إذ يسيطرون على موانئ البلاد مما يمنع من إيصال المساعدات إلى اليمنيين إلا عبر مسلحيهم.", "AID"),
    ("وأكد أن الحوثيين يمنعون وصول المساعدات الإنسانية إلى المواطنين اليمنيين في عدن.", "AID"),
    ("وقرر مجلس الوزراء السعودي الموافقة على اتفاقية بين وزارة الداخلية السعودية ووزارة الداخلية في جمهورية ألمانيا "
     "الاتحادية في شأن تقديم المساعدة لتطوير وتدريب حرس الحدود.", "AID"),
    ("وقد تمحورت زيارة أوباما رسميا حول التعاون على صعيد مكافحة الإرهاب.", "COOPERATE"),
    ("وبينما التزم المرشد الأعلى علي خامنئي بالصمت حول تأييده للاتفاق، فسر المراقبون موقفه.", "SUPPORT"),
])
def test_a_noun_after_a_topic_or_a_conveyance_head_is_no_act(story, sentence, etype):
    assert etype not in story.types(sentence)


@pytest.mark.parametrize("sentence, etype", [
    ("وتم إيصال المساعدات الإغاثية إلى مدينة عدن أمس.", "AID"),
    ("وقدمت حكومة المملكة العربية السعودية 180 طناً من المساعدات الإنسانية إلى الحكومة الألبانية.", "AID"),
    ("وشنت القوات الموالية للرئيس هادي بدعم جوي من التحالف هجمات على مواقع الحوثيين.", "AID"),
])
def test_a_help_act_stays(story, sentence, etype):
    assert etype in story.types(sentence)


@pytest.mark.parametrize("sentence, etype", [
    ("وأوضح التحليل أنه في حال رفع العقوبات عن إيران، حيث ما زال مطلوبا مصادقة الاتحاد الأوروبي والولايات المتحدة "
     "على الاتفاق، فإن إنتاج النفط الإيراني سيرتفع.", "SUPPORT"),
    ("وتعد تصريحات رئيس الوزراء اليوناني أحدث حلقة في سلسلة تقييمات متفائلة من جانب المسؤولين عن تحقيق تقدم في "
     "المفاوضات مع أثينا بشأن تقديم قروض جديدة بقيمة 86 مليار يورو لتجنيب البلاد خطر الإفلاس.", "AID"),
])
def test_a_noun_after_a_requirement_or_a_topic_and_its_support_noun_is_no_act(story, sentence, etype):
    assert etype not in story.types(sentence)


@pytest.mark.parametrize("sentence, etype", [
    ("وقال الأمين العام: ناقشنا خلال اللقاء الجهود المبذولة في دعم الشعب اليمني الشقيق في المجال الإغاثي.", "AID"),
    ("كما تأتي بينما بدأ جورج أوسبورن الوزير المالي البريطاني زيارة لباريس للحصول على دعم لإصلاحات في الاتحاد "
     "الأوروبي.", "AID"),
    ("وكان نصر الله قد قال إن الحزب يثق في أن بوسعه الاعتماد على الدعم الإيراني بعد الاتفاق النووي.", "AID"),
])
def test_a_noun_needed_sought_praised_or_relied_on_is_no_act(story, sentence, etype):
    assert etype not in story.types(sentence)


def test_a_loan_obtained_stays(story):
    sentence = ("لكن المبلغ الأخير الذي سددته اليونان سمح لها لاحقا بالحصول على قرض قصير المدى من الاتحاد "
                "الأوروبي.")
    assert "AID" in story.types(sentence)
