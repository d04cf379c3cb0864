"""Round 89: words in another sense than the event they look like (the judges' `not_event` and `wrong_sense` verdicts
of 2015-07-23, 2015-07-26 and 2015-07-27): a state «تعتذر عن تسليمهم» refuses to hand them over (REJECT), no
apology; a government «ملتزمة بإلحاق هزيمة بداعش» states a stance, no agreement; «يشعر الفلسطينيون بقلق» and «تتابع
… بقلق» tell a feeling, no concern expressed (ACCUSE); a verb of support in the present for all of a kind («يدعم كل
الشعوب المقهورة»، «كل العالم يؤيد») is a slogan; and a congratulation cable between a state's own officials for a
site listed by UNESCO is a courtesy, no SUPPORT; an invitation a demand follows («وجهت الدعوة …، وطالبتها») is an
appeal, no invitation to meet; a state hosting «أعدادًا» (refugees) hosts no meeting (the students' delegation is tested in test_nonev90). The acts these words tell in their own sense stay."""

import pytest

PUBLISHED = "2015-07-27"  # the day the story fixture (conftest) publishes the texts on


def test_declining_to_hand_over_is_a_refusal(story):
    """«وتعتذر عن تسليمهم» declines to hand al-Qaeda's men over: REJECT, no CONCEDE (apology)."""
    types = story.types("وكما تفعل إيران بإيوائها إرهابيي «القاعدة»، وتعتذر عن تسليمهم خشية انتقام «القاعدة» "
                        "من طهران.")
    assert "REJECT" in types and "CONCEDE" not in types


def test_an_apology_for_a_deed_stays(story):
    """«تعتذر عن استخدام جنود أسرى» is an apology: CONCEDE stays."""
    assert "CONCEDE" in story.types("أصبحت الشركة اليابانية أول شركة تعتذر عن استخدام جنود أمريكيين أسرى كعمال "
                                    "سخرة خلال الحرب.")


@pytest.mark.parametrize("sentence, etype", [
    ("ولكن في المقابل تؤكد الحكومة التركية أنها ملتزمة بإلحاق هزيمة بـ«داعش»، وترى أن هجوم سروج جاء كعملية "
     "انتقامية.", "AGREE"),
    ("يشعر الفلسطينيون بقلق شديد حول أمر يفترض أن يكون بديهيًا، بل وتلقائيًا.", "ACCUSE"),
    ("من ناحية أخرى، يشعر المدرسون والمديرون والآباء بقلق حيال التشاحن الدائر داخل الكونغرس.", "ACCUSE"),
    ("وقالت الحكومة إنها تتابع ما يجري من اقتتال بقلق شديد، معتبرة أن أسباب النزاع لا تستدعي القتال.", "ACCUSE"),
    ("فيما ردد الرئيس الإيراني حسن روحاني هذه الرسالة في خطاب ألقاه يوم الأحد خلال زيارة لإقليم كردستان الإيراني "
     "فقال: «الشعب الإيراني يدعم كل الشعوب المقهورة».", "SUPPORT"),
    ("وأوضح أن بوينار يحس بأن أوباما تعمد إحراج الكونغرس، بتصوير أن كل العالم يؤيد الاتفاق، ما عدا إسرائيل "
     "والكونغرس الأميركي.", "SUPPORT"),
    ("إلا أنه على الصعيد غير الرسمي، تستضيف تركيا أعدادًا أكبر بكثير - وتدور غالبية التقديرات حول 2.5 مليون شخص - "
     "لكن معظمهم يخشون من تسجيل أنفسهم.", "CONSULT"),
])
def test_a_word_in_another_sense_is_no_such_event(story, sentence, etype):
    """The words tell a stance, a feeling or a slogan: the event type they look like is not coded."""
    assert etype not in story.types(sentence)


@pytest.mark.parametrize("sentence, etype", [
    ("وأعرب المبعوث الأممي عن قلقه العميق إزاء حالة المدنيين في حلب.", "ACCUSE"),
    ("وقال الجبير إن المملكة تدعم الحكومة الشرعية في اليمن.", "SUPPORT"),
    ("واستضافت باكستان الجولة الافتتاحية من المحادثات بين الحكومة الأفغانية وطالبان في العاصمة إسلام آباد.",
     "CONSULT"),
])
def test_the_act_in_its_own_sense_stays(story, sentence, etype):
    """A commitment to an accord, a concern expressed and support of one party are still coded."""
    assert etype in story.types(sentence)


def test_an_invitation_followed_by_a_demand_is_an_appeal(story):
    """«وجهت … الدعوة إلى الدول المانحة …، وطالبتها بسرعة التحرك» is a call to act (the REQUEST «طالبتها»), no
    invitation to meet (AGREE 036); an invitation to visit stays."""
    types = story.types("وكانت منظمة التحرير وجهت أكثر من مرة، الدعوة إلى الدول المانحة والدول العربية، وطالبتها "
                        "بسرعة التحرك والبحث في توفير الحلول الفورية للأزمة المالية التي تشهدها وكالة الغوث.")
    assert "AGREE" not in types and "REQUEST" in types
    assert "AGREE" in story.types("ووجه الرئيس هادي الدعوة إلى المبعوث الأممي لزيارة عدن.")


def test_a_commitment_to_an_accord_stays(coder):
    """«ملتزمة بالاتفاق النووي» holds to an accord: AGREE stays; «ملتزمة بإلحاق هزيمة» does not."""
    assert "AGREE" in [e.event for e in coder("وأكدت إيران أنها ملتزمة بالاتفاق النووي.").events]
    assert "AGREE" not in [e.event for e in coder("وأكدت الحكومة التركية أنها ملتزمة بإلحاق هزيمة بداعش.").events]


CABLE = ("تلقى الأمير سلطان بن سلمان بن عبدالعزيز رئيس الهيئة العامة للسياحة والتراث الوطني، برقية تهنئة من "
         "الدكتور بدران العمر مدير جامعة الملك سعود هنأه خلالها باعتماد مواقع الفنون الصخرية بمنطقة حائل في قائمة "
         "التراث العالمي التابعة لليونسكو. \nوأعرب مدير الجامعة في برقيته عن تقديره للجهود الحثيثة لرئيس الهيئة في "
         "خدمة التراث الوطني، والتعريف به عالميا. \nوكانت لجنة التراث العالمي في منظمة اليونسكو قد اعتمدت الجمعة "
         "3 يونيو 2015م في اجتماعها الـ 39 في مدينة بون في ألمانيا ضم مواقع الفنون الصخرية في منطقة حائل لقائمة "
         "التراث العالمي التابعة لليونسكو.")


def test_a_cable_between_a_states_own_officials_is_a_courtesy(nlp):
    """A university director's congratulation to a Saudi prince for sites listed by UNESCO: no SUPPORT; the body
    named in what it is for (اليونسكو) is no party."""
    assert "SUPPORT" not in [e.event for e in nlp(CABLE, published=PUBLISHED).events]
