"""Talk about acts that is no act (generic21): a trend of attacks or protests («وتكثفت الهجمات الجهادية في مصر»),
attacks or protests over a recent period («خلال الفترة الماضية»), and acts told of God or the Prophet in a sermon
or a column of religious history («ألم يحذرنا ربنا»، «حذر رسول الله أصحابه»); real attacks and protests told with
counts stay."""

from hadath.article import Article

# the rules read the sentences of a story: two plain sentences follow each one
TAIL = " وقال مسؤول محلي إن الوضع في المنطقة هادئ حاليا. وأضاف أن التحقيقات ما زالت مستمرة."


def coded(nlp, text, tail=TAIL, published="2015-08-08"):
    """The (type, trigger) pairs the full pipeline codes in a text that opens with this one."""
    art = nlp(Article(text=text + tail, published=published))
    return [(e.event, e.trigger.text) for e in art.events]


def test_a_trend_of_attacks_is_no_event(nlp):
    text = ("وتكثفت الهجمات الجهادية في مصر مستهدفة بشكل خاص قوات الأمن في سيناء، حيث قتل مئات من رجال الجيش "
            "والشرطة.")
    found = coded(nlp, text)
    assert not [t for t in found if t[0] == "ASSAULT"], found


def test_a_growing_pace_of_attacks_is_no_event(nlp):
    text = ("ويدرس الحوثيون خطة أمنية في العاصمة، في ظل تزايد الهجمات التي تنفذها مقاومة آزال ضد الميليشيات "
            "الحوثية في العاصمة.")
    found = coded(nlp, text)
    assert ("ASSAULT", "الهجمات") not in found, found


def test_fighting_that_grows_on_one_night_stays(nlp):
    text = ("تصاعدت حدة المعارك، ليلة السبت، بين المقاومة الشعبية والجيش الوطني من جهة، والمتمردين الحوثيين من "
            "جهة أخرى في محافظة تعز.")
    found = coded(nlp, text)
    assert [t for t in found if t[0] == "ASSAULT"], found


def test_attacks_over_a_recent_period_are_no_event(nlp):
    text = ("قرر مجلس الأمن الدولي الجمعة بالإجماع تشكيل لجنة خبراء لتحديد المسؤولين عن الهجمات الكيميائية التي "
            "شهدتها سوريا في الفترة الأخيرة.")
    found = coded(nlp, text)
    assert ("ASSAULT", "الهجمات") not in found, found
    text = "يذكر أن مدينة عدن شهدت سلسلة انفجارات لألغام أرضية خلال الفترة الماضية زرعتها الميليشيات الحوثية."
    found = coded(nlp, text)
    assert ("ASSAULT", "انفجارات") not in found, found


def test_an_attack_of_the_day_with_its_toll_stays(nlp):
    text = ("قتل خمسة جنود وأصيب عشرة آخرون في هجوم شنه مسلحون أمس الجمعة على حاجز للجيش في شمال سيناء، في أعنف "
            "هجوم خلال الأشهر الماضية.")
    found = coded(nlp, text)
    assert [t for t in found if t[0] == "ASSAULT"], found
    text = "وخرج آلاف العراقيين أمس الجمعة في مظاهرات حاشدة ببغداد للمطالبة بمحاربة الفساد."
    found = coded(nlp, text)
    assert [t for t in found if t[0] == "PROTEST"], found


def test_a_warning_of_god_or_the_prophet_is_no_event(nlp):
    # read as a lone sentence, which the story rules leave alone
    text = "ثم ألم يحذرنا ربنا من طاعة الشيطان واتباع خطواته فقال عز من قائل في كتابه الكريم ما يغني عن كل قول."
    found = coded(nlp, text, tail="")
    assert not [t for t in found if t[0] == "THREATEN"], found
    text = ("وأشار سماحته إلى أن هذه الفئة الباغية الضالة حذر رسول الله أصحابه وسائر المسلمين منها، لذا فليحذر الناس "
            "من شرها.")
    found = coded(nlp, text, tail="")
    assert not [t for t in found if t[0] == "THREATEN"], found


def test_sacred_history_is_no_event(nlp):
    text = ("حكم رسول الله في بني قريظة بحكم حليفهم سعد بن معاذ، فقتل الرجال وسبيت النساء والذرية، وأصبحت غنيمة "
            "لجيش المسلمين.")
    found = coded(nlp, text)
    assert not [t for t in found if t[0] == "ASSAULT"], found
    text = "وما غزا عليه السلام غزوة ولا أرسل سرية فظفر بمال إلا قسم خمسه بين مقاتلة الجيش."
    found = coded(nlp, text)
    assert not [t for t in found if t[0] == "ASSAULT"], found


def test_an_attack_on_a_house_of_god_stays(nlp):
    # God's name after a trigger's object or in a name (عبد الله، حزب الله) is no subject of the act
    text = "واستهدف انتحاري أمس الخميس بيتا من بيوت الله في مدينة أبها، ما أسفر عن مقتل 15 شخصا من رجال الأمن."
    found = coded(nlp, text)
    assert [t for t in found if t[0] == "ASSAULT"], found
    text = "وقصفت قوات علي عبد الله صالح أمس الجمعة أحياء سكنية في مدينة تعز، ما أدى إلى مقتل خمسة مدنيين."
    found = coded(nlp, text)
    assert [t for t in found if t[0] == "ASSAULT"], found


def test_thousands_of_tourists_received_are_no_meeting(nlp):
    text = ("يذكر أن منطقة عسير قد استقبلت من بعد شهر رمضان الآلاف من السياح والمصطافين، وسط أجواء صيفية معتدلة "
            "وهطول أمطار.")
    found = coded(nlp, text)
    assert not [t for t in found if t[0] == "CONSULT"], found


def test_attacks_run_through_a_year_are_no_event(nlp):
    text = "وهاجم مسلحون مراكز الشرطة في العريش طوال العام الماضي بقذائف الهاون والعبوات الناسفة."
    found = coded(nlp, text)
    assert ("ASSAULT", "هاجم") not in found, found
    text = "وتظاهر آلاف العراقيين في ساحة التحرير ببغداد طيلة الأسابيع الماضية احتجاجا على انقطاع الكهرباء."
    found = coded(nlp, text)
    assert ("PROTEST", "تظاهر") not in found, found


def test_a_preachers_address_makes_a_column(nlp):
    text = ("أيها المسلمون، إن الأمة اليوم أحوج ما تكون إلى التكاتف والتعاضد. وقد دعمت المملكة الشعب اليمني في محنته "
            "وقدمت له المساعدات. فاتقوا الله في أوطانكم واحذروا دعاة الفتنة.")
    found = coded(nlp, text, tail="")
    assert not [t for t in found if t[0] in ("SUPPORT", "AID")], found


def test_a_fight_that_did_not_happen_is_no_event(nlp):
    text = "كما حدث في فتح بيت المقدس بلا قتال، فما للمقاتلة من حق في غنائمه."
    found = coded(nlp, text)
    assert ("ASSAULT", "قتال") not in found, found
    text = "وتحلق طائرات استطلاع تابعة لقوات التحالف في سماء العاصمة صنعاء وتراقب تحركات الحوثيين دون أي اشتباكات."
    found = coded(nlp, text)
    assert ("ASSAULT", "اشتباكات") not in found, found


def test_acts_over_the_last_years_are_no_event(nlp):
    text = "ويشهد اليمن باستمرار عمليات خطف طالت مئات الأشخاص في السنوات الـ15 الأخيرة."
    found = coded(nlp, text)
    assert ("ASSAULT", "خطف") not in found, found


def test_a_toll_of_hundreds_since_then_is_no_event(nlp):
    text = "ومنذ ذلك الحين ، قتل المئات من قوات الامن في هجمات دامية مستمرة تتبناها جماعات جهادية متشددة."
    found = coded(nlp, text)
    assert ("ASSAULT", "قتل") not in found, found


def test_more_attacks_feared_are_no_event(nlp):
    text = ("وفي تطورات صنعاء، تعيش العاصمة على وقع إجراءات أمنية ومخاوف من مزيد من هجمات مقاومة آزال، التي أثارت هلع "
            "الحوثيين.")
    found = coded(nlp, text)
    assert ("ASSAULT", "هجمات") not in found, found


def test_what_anyone_does_is_no_act(nlp):
    text = ("وشدد المفتي على أن المؤمن القوي حصن أمام تحديات الأعداء ويتعاون مع الجهات المسؤولة للقضاء على "
            "المجرمين.")
    found = coded(nlp, text)
    assert ("COOPERATE", "يتعاون") not in found, found
    text = ("لا أحد يناقش أو يعترض أن تقوم إيران ببناء مشروع نهضوي خاص بها، بالطريقة التي تلائمها وتقبل به "
            "شعوبها.")
    found = coded(nlp, text)
    assert ("CONSULT", "يناقش") not in found, found


def test_both_of_two_named_still_act(nlp):
    # «كل من» names both actors of a real act, no one at all
    text = "ويناقش كل من وزير الخارجية السعودي ونظيره الروسي اليوم في موسكو تطورات الأزمة السورية."
    found = coded(nlp, text)
    assert ("CONSULT", "يناقش") in found, found


def test_attacks_plotted_are_no_event(nlp):
    text = ("ووصف الفضلي بأنه قائد جماعة خراسان التي أرسلها تنظيم القاعدة من باكستان إلى سوريا للتخطيط لهجمات في "
            "الغرب.")
    found = coded(nlp, text)
    assert ("ASSAULT", "هجمات") not in found, found
