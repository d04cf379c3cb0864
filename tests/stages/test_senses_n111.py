"""Round 111 (n111): non-events and wrong senses the judges found on 2015-07-21 #0–399: a warning of a danger whose
uncoded subject or its name was read as the one warned («وحذر الخبير الاستراتيجي حاتم بن سالم من»، «حذر سياسيون
ومسؤولون أمنيون عراقيون من»), an approval sought, not given («يسعى للحصول على موافقة البرلمان»), a student read as a
demand («طالب الصيدلة»، «طالب بلا سوابق»), a sociologist read as a meeting («عالم الاجتماع الفرنسي»), a shock, worry
or success that befell someone read as a wound («أصيب أصدقاء عبد العزيز بصدمة»), a travel advisory to one's own
nationals («تحذيرا إلى رعاياها»), firms that leave a deal or warn
(«مستثمرين ينسحبون من صفقات شراء»), market demand read as a request («وزاد معدل طلب السعودية») and a decree published read
as a deployment («ونشر المرسوم الخاص بتشكيل القوة»)."""

from stage_coding import kept_types

_DATE = "2015-07-21"


def _types(nlp, text):
    """The event types the whole pipeline keeps for `text`."""
    return [t for t, _ in kept_types(nlp, text, _DATE)]


def test_warning_by_an_uncoded_title_and_its_name_is_no_threat(nlp):
    """«وحذر الخبير الاستراتيجي حاتم بن سالم من «خطورة …»» (#274): the name after the uncoded title is the subject's,
    no one is warned: advice, no THREATEN."""
    text = "وحذر الخبير الاستراتيجي حاتم بن سالم من «خطورة دفع تونس نحو ثنائية الاستبداد أو الفوضى»."
    assert "THREATEN" not in _types(nlp, text)


def test_warning_by_a_former_official_and_his_name_is_no_threat(nlp):
    """«وحذر المدير العام السابق للأمن العسكري والديوانة محمد المؤدب من اتساع رقعة انتشار «الفكر التكفيري»» (#290):
    past four words of the title, one joined by و, the name is the subject's."""
    text = ("وحذر المدير العام السابق للأمن العسكري والديوانة محمد المؤدب من اتساع رقعة انتشار «الفكر التكفيري» في "
            "تونس وليبيا.")
    assert "THREATEN" not in _types(nlp, text)


def test_warning_by_plural_officials_is_no_threat(nlp):
    """«حذر سياسيون ومسؤولون أمنيون عراقيون من إمكانية حدوث انهيار» (#350): nouns in -ون right after the verb are its
    subject, no one is warned."""
    text = "حذر سياسيون ومسؤولون أمنيون عراقيون من إمكانية حدوث انهيار وشيك في الوضع الأمني في محافظة ديالى."
    assert "THREATEN" not in _types(nlp, text)


def test_warning_to_a_named_state_stays(nlp):
    """«وحذر وزير الخارجية الأميركي جون كيري إيران من» warns a state: the threat stays."""
    text = "وحذر وزير الخارجية الأميركي جون كيري إيران من عواقب انتهاك الاتفاق النووي."
    assert "THREATEN" in _types(nlp, text)


def test_approval_sought_is_no_agreement(nlp):
    """«أن يسعى للحصول على موافقة البرلمان» (#0, #82), «السعي للحصول على موافقة ليبية رسمية» (#145): an approval in
    the purpose lam of obtaining is sought, not given: no AGREE."""
    for text in ("وتقول مصادر في الحكومة إن من المتوقع أن يسعى كاميرون للحصول على موافقة البرلمان لمد مهمات قصف "
                 "تنظيم داعش إلى سوريا.",
                 "ويبدي الاتحاد الأوروبي حرصا خاصا على تشكيل حكومة وحدة وطنية كي يتمكن من السعي للحصول على موافقة "
                 "ليبية رسمية على مهمة بحرية."):
        assert "AGREE" not in _types(nlp, text), text


def test_student_is_no_demand(nlp):
    """«إن طالب الصيدلة مصطفى عثمان فقيري» (#76), «أن أحد منفذي الهجوم في تونس طالب بلا سوابق» (#227): a student."""
    for text in ("وقال الصحافي الهادي محمد الأمين إن طالب الصيدلة مصطفى عثمان فقيري الذي فجر نفسه كان أحد أعمدة "
                 "التنظيم.",
                 "كما اتضح أن أحد منفذي الهجوم في تونس طالب بلا سوابق."):
        assert "REQUEST" not in _types(nlp, text), text


def test_sociologist_is_no_meeting(nlp):
    """«إلى عالم الاجتماع الفرنسي بيير بورديو» (#231): a sociologist, no meeting."""
    text = "ويعود الفضل في صناعة مصطلح الحقل الديني إلى عالم الاجتماع الفرنسي بيير بورديو."
    assert "CONSULT" not in _types(nlp, text)


def test_shock_worry_or_success_that_befell_is_no_wound(nlp):
    """«وأصيب أصدقاء عبد العزيز بصدمة» (#104), «أصاب لودريان النجاح» (#283), «وراح القلق يصيب متابعيها» (#249):
    a feeling or a success past the subject or before the verb, no wound."""
    for text in ("وأصيب أصدقاء عبد العزيز بصدمة مما حدث، وقالوا إنه كان يعيش حياة عادية.",
                 "وفي هذه المهمات الصعبة، أصاب لودريان النجاح كما تمكن من إقناع الرئيس هولاند بالتدخل.",
                 "وراح القلق يصيب متابعيها، فيما راحت الساعات تمضي تباعا دون نتيجة."):
        assert "ASSAULT" not in _types(nlp, text), text


def test_wound_past_its_subject_stays(nlp):
    """«وأصيب ثلاثة جنود بجروح», «أصيبوا بينما لحقت أضرار بعدة منازل»: wounds stay (a harm named bare is no
    feeling)."""
    assert "ASSAULT" in _types(nlp, "وأصيب ثلاثة جنود بجروح في هجوم شنه مسلحون على نقطة تفتيش.")
    assert "ASSAULT" in _types(nlp, "وقال مسؤولون إن خمسة مدنيين من الجانب الهندي أصيبوا بقصف باكستاني بينما لحقت "
                                    "أضرار بعدة منازل.")


_PROPERTY = ("ويخشى آخرون من أن يصبح المستثمرون الصينيون عبئا على السوق العقارية العالمية. وفي لندن، قالت ناعومي "
             "هيتون الرئيسة التنفيذية للندن سنترال بورتفوليو إنها سمعت أن مستثمرين ينسحبون من صفقات شراء أبرمت "
             "حديثا، لأنه لم يعد يتوافر لديهم سيولة. وتكرر الشيء نفسه مع اندرو هاسمان، الوكيل العقاري في فانكوفر.")


def test_investors_leaving_deals_is_no_retreat(nlp):
    """«سمعت أن مستثمرين ينسحبون من صفقات شراء» (#368): firms leaving a deal, business, no RETREAT."""
    assert "RETREAT" not in _types(nlp, _PROPERTY)


def test_firm_warning_is_no_threat(nlp):
    """«استجابة للتحذيرات التي أطلقتها شركة «بوينغ» الأميركية» (#159): a maker's safety advisory, no THREATEN."""
    text = ("بدأت «الخطوط السعودية» فحص 40 طائرة من طراز «بوينغ 777» استجابة للتحذيرات التي أطلقتها شركة «بوينغ» "
            "الأميركية المسؤولة عن صناعة هذا الطراز. وقال مساعد المدير العام للخطوط السعودية إن الشركة استجابت "
            "لطلب الفحص. وتملك الشركة 40 طائرة من الطراز ذاته.")
    assert "THREATEN" not in _types(nlp, text)


def test_market_demand_is_no_request(nlp):
    """«وزاد معدل طلب السعودية من مواد التعبئة» (#154): demand after a word of its rate, no REQUEST."""
    assert "REQUEST" not in _types(nlp, "وزاد معدل طلب السعودية من مواد التعبئة خلال الـ5 سنوات الماضية.")


def test_warning_to_own_nationals_is_an_advisory(nlp):
    """«وجهت الولايات المتحدة تحذيرا إلى رعاياها أمس بعدم السفر إلى كينيا» (#137), «تحذيرا لرعاياها»: a warning
    noun addressed to the warner's own people is a travel advisory, no THREATEN."""
    for text in ("وجهت الولايات المتحدة تحذيرا إلى رعاياها أمس بعدم السفر إلى كينيا بسبب مخاطر شن هجمات.",
                 "وأصدرت وزارة الخارجية البريطانية تحذيرا لرعاياها من السفر إلى تونس."):
        assert "THREATEN" not in _types(nlp, text), text


def test_warning_to_another_state_stays(nlp):
    """«ووجهت إيران تحذيرا إلى الولايات المتحدة من مغبة أي عمل عسكري»: a state warned, the threat stays."""
    assert "THREATEN" in _types(nlp, "ووجهت إيران تحذيرا إلى الولايات المتحدة من مغبة أي عمل عسكري.")


def test_decree_published_is_no_deployment(nlp):
    """«ونشر المرسوم الخاص بتشكيل القوة أول من أمس الجمعة» (#90): a decree published, no troops deployed; «ونشر
    الجيش قوات إضافية» stays."""
    text = "وأمر الرئيس الروسي فلاديمير بوتين بتشكيل قوة احتياط جديدة. ونشر المرسوم الخاص بتشكيل القوة أول من أمس الجمعة."
    assert "MOBILIZE" not in _types(nlp, text)
    assert "MOBILIZE" in _types(nlp, "ونشر الجيش قوات إضافية على الحدود.")
