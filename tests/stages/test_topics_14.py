"""The topic stage's non-events of gate14: an opinion column (its writer speaks in the first person outside every
attributed statement) keeps only its assaults and protests; a news story whose speaker says «إننا» keeps its
events."""

from hadath.article import Article


def events(coder, text, title=None):
    """The (type, trigger) pairs coded in an article of this text and title."""
    art = coder(Article(text=text, title=title, published="2015-08-03"))
    return [(e.event, e.trigger.text) for e in art.events]


COLUMN = ("من يقنع الضمير العالمي بأن ما يجري في سورية هو جرائم وحشية؟ "
          "ولعلمي أنني أصرخ في آذان لا تسمع، فإنني أناشد الأمم المتحدة أن تتدخل لوقف المأساة. "
          "وأعتقد أن الشعوب العربية ترفض هذا الصمت الطويل.")


def test_a_columnists_appeal_is_no_request(coder):
    found = events(coder, COLUMN, "سوريا والضمير العالمي")
    assert not [t for t in found if t[0] not in ("ASSAULT", "PROTEST")], found


def test_a_column_with_one_first_person_sentence_and_no_speaker(coder):
    text = ("نحمد الله أننا نعيش في مجتمع مسلم متحاب ومتعاضد رغم اختلاف بعض الثقافات والعادات. "
            "وقد طالبت الأمم المتحدة الدول الأعضاء بمكافحة هذه الظاهرة في وسائل التواصل الاجتماعي. "
            "ولكن استعمال التقنية في غير وجهها الصحيح انعكس على السلوك.")
    assert not [t for t in events(coder, text) if t[0] == "REQUEST"]


def test_a_speakers_we_in_a_news_story_keeps_its_request(coder):
    text = ("أكد وزير الخارجية عادل الجبير أمس أن المملكة تدعم الحكومة اليمنية الشرعية. "
            "وقال الجبير: «إننا ندعو الأمم المتحدة إلى التدخل لوقف الانتهاكات». "
            "وأضاف أن المملكة دعت مجلس الأمن إلى تحمل مسؤولياته.")
    found = events(coder, text, "الجبير يدعو الأمم المتحدة")
    assert any(t[0] == "REQUEST" for t in found), found


def test_an_obituary_formula_makes_no_column(coder):
    text = ("انتقل إلى رحمة الله تعالى الشيخ ناصر العامر. إنا لله وإنا إليه راجعون. "
            "واستقبل أمير المنطقة أمس أسرة الفقيد وقدم لهم التعازي.")
    assert opinion(coder, text) is False


def opinion(coder, text):
    """Whether the topic stage reads this text as a column."""
    from hadath.stages.topics import TopicGate
    art = coder(Article(text=text, published="2015-08-03"))
    return TopicGate().opinion_piece(art)


def test_aid_named_as_a_field_is_no_aid(coder):
    text = ("قال المبعوث الأممي إلى اليمن إن لدى دولة الإمارات سمعة طيبة في مجال تقديم المساعدات الإنسانية لليمن. "
            "وأضاف أن الأمم المتحدة تعمل مع الحكومة اليمنية. وأكد أهمية الحل السياسي في اليمن.")
    assert not [t for t in events(coder, text) if t[0] == "AID"]


def test_cooperation_before_its_field_stays(coder):
    text = ("وقعت المملكة والصين أمس اتفاقية تعاون في مجال الطاقة المتجددة. وقال وزير الطاقة إن الاتفاقية تعزز "
            "العلاقات. وتعاونت المملكة مع الصين في مشروعات عديدة خلال العام الماضي.")
    found = events(coder, text)
    assert ("COOPERATE", "تعاون") in found and ("COOPERATE", "تعاونت") in found, found


def test_a_quoted_we_makes_no_column(coder):
    text = ("أعلن نائب وزير الدفاع الروسي أن روسيا مهتمة بالتعاون العسكري مع دول الناتو. "
            "وقال في مؤتمر صحفي عقده بمناسبة انطلاق المسابقة: «نحن مستعدون للتعاون مع الدول الأوروبية. "
            "نحن مهتمون بتطوير التعاون العسكري مع هذه الدول». "
            "وأكد أن روسيا تمتلك تدابير للرد على الدرع الصاروخية الأميركية.")
    assert opinion(coder, text) is False


def test_an_interviews_answers_make_no_column(coder):
    text = ("وجاء الحوار مع الرئيس القبرصي نيكوس أناستاسيادس على النحو التالي: "
            "* كنت اجتمعت أخيرا بالرئيس المصري عبد الفتاح السيسي.. "
            "- بكل تأكيد، التقيت رئيس جمهورية مصر العربية في مناسبات كثيرة، وإنني أثني على جهوده. "
            "وإنني أثني، على وجه الخصوص، على جهود الرئيس المصري في إنعاش الاقتصاد. "
            "- أعتقد أن التشكيل السريع للحكومة الجديدة في تركيا من شأنه أن يصب في صالح الدولة التركية.")
    assert opinion(coder, text) is False


def test_a_nested_quotation_is_still_quoted():
    from hadath.stages.topics import quotations
    text = "بعث خطاب تهنئة جاء فيه: «يسعدني اختياركم رئيساً لتحرير جريدة «الرياض» وأدعو لكم بالتوفيق». وانتهى."
    (a, b), = quotations(text)
    assert a < text.index("وأدعو") < b


def test_the_organisers_of_a_programme_are_no_cooperation(coder):
    text = ('احتفت مؤسسة محمد بن سلمان بن عبدالعزيز الخيرية "مسك الخيرية" البارحة الأولى في بوسطن بإتمام 30 طالبًا '
            'وطالبة لبرنامج إعداد القادة في جامعة هارفارد لصيف العام الحالي 2015 م الذي يأتي ضمن الشراكة بين مسك '
            'وهارفارد. \nوقد قامت "مسك الخيرية" بتأسيس هذا البرنامج منذ عامين بالتعاون مع جامعة هارفارد وذلك لإعداد '
            'نخبة من الطلاب والطالبات السعوديين المتميزين ضمن خططها لتكوين شراكات مميزة مع أبرز الجهات التعليمية '
            'العالمية وإتاحة مقاعد لهؤلاء النخبة في العشر جامعات الأول في العالم بهدف تحقيق طموح المؤسسة في إثراء '
            'المجتمع السعودي برواد التعليم العالمي. \nوألقت الدكتوره ساندرا ندف عميدة الدراسات الصيفية في جامعة '
            'هارفارد كلمة بهذه المناسبة عبرت فيها عن شكرها وتقديرها للأمير محمد بن سلمان بن عبدالعزيز لتحقيق هذه '
            'الشراكة بين هارفارد ومسك الخيرية. ')
    assert not [t for t in events(coder, text) if t[0] == "COOPERATE"]


def test_an_armed_partner_of_a_programme_stays(coder):
    text = ("نفذت القوات العراقية أمس برنامج تدريب للجنود بالتعاون مع التحالف الدولي في قاعدة الحبانية. "
            "وأكد قائد العمليات نجاح البرنامج. وقال إن التدريب سيستمر.")
    assert ("COOPERATE", "التعاون") in events(coder, text)


def test_what_someone_gave_is_no_aid(coder):
    text = ("أطلقت أمانة الأحساء اسم الأمير سعود الفيصل على طريق النجاح التجاري في المحافظة. ويأتي ذلك تقديراً "
            "وعرفاناً لما قدمه عميد الدبلوماسية العربية ومواقفه المشرفة في خدمة الوطن. "
            "وأوضح المتحدث الرسمي أن اللوحات ركبت أمس.")
    assert not [t for t in events(coder, text) if t[0] == "AID"]


def test_aid_given_after_ma_of_time_stays(coder):
    text = ("أكد وزير الخارجية اليمني أن الحكومة تعمل على إعادة الخدمات. وأشاد بالتحالف بعد ما قدمت المملكة "
            "مساعدات غذائية لليمن أمس. وقال إن الوضع يتحسن.")
    assert ("AID", "قدمت") in events(coder, text)


def test_what_a_campaign_or_a_programme_targets_is_no_attack(coder):
    for text in ("نظمت الشؤون الصحية في منطقة الباحة أمس حملةً للتبرع بالدم استهدفت منسوبي المديرية العامة للجوازات.",
                 "وأوضحت الشركة أن المشروع تبلغ كلفته 45 مليار ريال، ويستهدف 30% من حجم الحركة المرورية.",
                 "نفذ مراقبون حملات تفتيشية برفقة الرافد الأمني استهدفت عددًا من المنشآت."):
        assert "ASSAULT" not in [t for t, _ in events(coder, text)], text
    # a military campaign, an armed doer: an attack
    assert ("ASSAULT", "استهدفت") in events(coder, "وشنت القوات حملة استهدفت مواقع المسلحين.")
    assert "ASSAULT" in [t for t, _ in events(coder, "استهدف مسلحون حملة التطعيم في باكستان.")]
