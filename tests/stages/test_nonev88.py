"""Round 88: words in another sense than the event they look like (the judges' `not_event` and `wrong_sense` verdicts
of 2015-07-27): a drug agency's licence of a medicine is no agreement, a day falling on a date («وافق 26 يوليو») no
agreement, a price («لقاء 844 مليون») no meeting, control held long («منذ أسابيع»، «معظم الفترة») no capture, a vow
to veto a threat (no agreement), a shot by mistake no attack, «سيمضي قدما» no aid and demand («الطلب بنسبة»، «لديها
طلب على») no request, cooperation told by a bare present («وتتعاون مع أفضل كليات التدريب») a habit or a description,
a schedule of meetings («وجدول اجتماعات اللجنة») no meeting, and air strikes that «supported» a party air support to
it (AID). The acts these words tell in their own sense stay."""

import pytest

PUBLISHED = "2015-07-27"  # the day the story fixture (conftest) publishes the texts on


@pytest.mark.parametrize("sentence, etype", [
    ("وافقت إدارة الأغذية والأدوية الأمريكية على عقار جديد من إنتاج شركة نوفارتيس للمستحضرات الدوائية لعلاج أكثر "
     "أنواع سرطان الجلد شيوعا.", "AGREE"),
    ("احتفل المصريون أمس الأحد بذكرى مرور 59 عاما على تأميم قناة السويس، ذلك اليوم الذي وافق 26 يوليو عام 1956، "
     "والذي ألقى فيه الرئيس الراحل جمال عبد الناصر خطابه الشهير من ميدان المنشية بمدينة الإسكندرية.", "AGREE"),
    ("وكانت دار بيرسون أعلنت رسميا الخميس الماضي بيع مجموعة فاينانشيال تايمز إلى المجموعة الإعلامية اليابانية "
     "«نيكاي» لقاء 844 مليون جنيه إسترليني.", "CONSULT"),
    ("وسيطرت ميليشيا الحوثيين المتحالفة مع إيران على قاعدة «العند» التي تقع على مسافة 50 كيلومترا إلى الشمال من "
     "مدينة عدن الساحلية الجنوبية منذ أسابيع.", "COERCE"),
    ("وسيطرت حركة الحوثيين على قاعدة العند التي تقع على مسافة 50 كيلو مترا إلى الشمال من مدينة عدن الساحلية "
     "الجنوبية معظم الفترة التي انقضت منذ تفجرت الحرب الأهلية.", "COERCE"),
    ("وتتضمن نسخة مجلس النواب من مشروع القانون بندًا يسمح بنقل أموال فيدرالية، الأمر الذي تعهدت إدارة أوباما "
     "باستخدام حق الفيتو ضده.", "AGREE"),
    ("وأفادت أن الطفلة زينب تعرضت بالخطأ لإطلاق نار أثناء لهوها في حديقة الفندق الذي تقيم فيه مع والدها.",
     "ASSAULT"),
    ("بالتالي الاندماج المثير للجدل سيمضي قدما - على الرغم من دعم كثير من المساهمين الصغار في كوريا الجنوبية لحملة "
     "إليوت.", "AID"),
    ("وبالعودة إلى الحركة الجوية فإن الناقلات الأوروبية سجلت زيادة في الطلب بنسبة 5.9 في المائة.", "REQUEST"),
    ("تمتلك الصين قدرات لتصنيع المعدات، في حين أن أميركا اللاتينية لديها طلب على توسيع البنية التحتية.",
     "REQUEST"),
    ("وتقوم الهيئة - حاليا - بدراسة مدى الحاجة لمثل هذه الكوادر المتخصصة لتوقيع اتفاقية مع المؤسسة العامة للتدريب "
     "التقني والمهني لتأهيلهم، وذلك عبر «كليات التميز» المتخصصة في التدريب التطبيقي في السعودية، وتتعاون مع أفضل "
     "كليات التدريب التطبيقي دوليا وبالاعتماد على كوادرها العالمية، وتقدم شهادات ودبلومات في مجالات تطبيقية متخصصة "
     "لخريجي الثانوية العامة.", "COOPERATE"),
    ("فلابد حينئذ من حماية تلك القوات التي تعمل كقوات برية وتتعاون معنا.", "COOPERATE"),
    ("وبحسب \"واس\" تستعرض اللجنة ما تم بخصوص تعجيل تسعير المستحضرات المعلقة ووجهات نظر الشركات وجدول اجتماعات "
     "اللجنة للمراحل المقبلة.", "CONSULT"),
])
def test_a_word_in_another_sense_is_no_such_event(story, sentence, etype):
    """The word is read in its other sense: the event type it looks like is not coded."""
    assert etype not in story.types(sentence)


def test_a_vow_to_veto_is_a_threat(story):
    """«تعهدت … باستخدام حق الفيتو» is a threat of a veto (THREATEN), no agreement."""
    assert "THREATEN" in story.types("وتتضمن نسخة مجلس النواب من مشروع القانون بندًا يسمح بنقل أموال فيدرالية، "
                                     "الأمر الذي تعهدت إدارة أوباما باستخدام حق الفيتو ضده.")


@pytest.mark.parametrize("sentence, etype", [
    ("ووافقت الحكومة اليمنية على وقف إطلاق النار مع الحوثيين.", "AGREE"),
    ("وعقد وزير الخارجية السعودي لقاء مع نظيره الأمريكي جون كيري في الرياض.", "CONSULT"),
    ("وسيطرت قوات الشرعية على قاعدة العند أمس بعد معارك عنيفة مع الحوثيين.", "COERCE"),
    ("وتعرض الجنود لإطلاق نار من مسلحين مجهولين قرب الحدود.", "ASSAULT"),
    ("وطلب الرئيس اليمني من مجلس الأمن فرض عقوبات على الحوثيين.", "REQUEST"),
    ("وتعاونت الشرطة الأردنية مع الشرطة السعودية في ضبط المهربين أمس.", "COOPERATE"),
    ("وأضاف أنه يجب على الولايات المتحدة وكينيا أن تتعاونا بصورة أقوى لقتال حركة الشباب.", "COOPERATE"),
])
def test_the_act_in_its_own_sense_stays(story, sentence, etype):
    """The same words telling the act itself are still coded."""
    assert etype in story.types(sentence)


def test_strikes_that_supported_a_party_are_air_support(story):
    """«ضربات التحالف الجوية دعمت الأكراد» is air support (AID) to the Kurds, no SUPPORT by the Kurds."""
    events = story.events("وقال رامي عبد الرحمن مدير المرصد إن ضربات التحالف الجوية دعمت الأكراد في هذه العملية.")
    assert "SUPPORT" not in [e.event for e in events]
    assert [[x.text for x in e.recipient] for e in events if e.event == "AID"] == [["الأكراد"]]
