"""Round 75: words that name no political act are no events (the topic gate, topics.py, and the trigger lexicon's
senses): a comment, a name or goods refused (refused_thing, in senses.py since round 81), an aircraft an airport
takes in (a `caseload` word), a hen slaughtered for a guest (a `beast` word), a newspaper meeting whom it interviews
(التقى's unless) and one state's units working together (one_side_forces). Sentences from the dev days
2015-07-23..26; each test also keeps the political act beside it where one is near (a rejected initiative, an envoy
received, two sides' forces)."""

DATE = "2015-07-26"


def _types(nlp, text, date=DATE):
    """The event types the whole pipeline keeps for `text`."""
    return [e.event for e in nlp(text, published=date).events]


def test_declining_to_comment_is_no_rejection(nlp):
    """«رفض … التعليق» past the speaker named after the verb declines a comment, no rejection (2015-07-26-225)."""
    text = "ورفض متحدث باسم مكتب رئاسة الوزراء التعليق على هذه المعلومات، مشيرا الى ان كاميرون سيعلن عن موعد الاستفتاء."
    assert "REJECT" not in _types(nlp, text)
    # a refusal of a party's initiative is still a rejection
    assert "REJECT" in _types(nlp, "ورفضت الحكومة اليمنية المبادرة التي قدمها الحوثيون أمس.")


def test_consignments_turned_back_are_no_rejection(nlp):
    """Food consignments turned back at the border are a regulator's check, no rejection (2015-07-26-77)."""
    text = "حيث تم رفض 198 إرسالية من المواد الغذائية المستوردة خلال شهر رجب تزن 851 طناً."
    assert "REJECT" not in _types(nlp, text)


def test_an_airport_taking_in_an_aircraft_is_no_meeting(nlp):
    """«مطار عدن الدولي استقبل أمس طائرة» is an arrival, no meeting (2015-07-26-149)."""
    text = "وقال البكري إن مطار عدن الدولي استقبل أمس طائرة مقبلة من الإمارات تحمل برج مراقبة متحركا."
    assert "CONSULT" not in _types(nlp, text)
    # a reception of an envoy is still a meeting
    assert "CONSULT" in _types(nlp, "واستقبل الرئيس اليمني عبد ربه منصور هادي في الرياض أمس سفير الإمارات.")


def test_a_hen_slaughtered_for_a_guest_is_no_assault(nlp):
    """«سأذبح له دجاجة وبطة» is hospitality, no assault (2015-07-26-25)."""
    assert "ASSAULT" not in _types(nlp, "سأذبح له دجاجة وبطة..")


def test_a_newspaper_meeting_whom_it_interviews_is_no_meeting(nlp):
    """«التقت الجزيرة بأم علي» is the newspaper's interview, no meeting (2015-07-26-366)."""
    text = "وعن هذا العشق التقت الجزيرة بأم علي وهي من كبيرات السن."
    assert "CONSULT" not in _types(nlp, text)


def test_one_states_coast_guard_and_navy_working_together_is_no_cooperation(nlp):
    """The Bahraini coast guard's patrol «بالتنسيق مع سلاح البحرية الملكي البحريني» is one side's operation
    (2015-07-26-307)."""
    text = ("وقالت في بيان لها أمس، إن دوريات خفر السواحل نفذت خطة انتشار بحري، بإسناد من طيران الشرطة، وبالتنسيق مع "
            "سلاح البحرية الملكي البحريني، وتم رصد قاربين خارج المياه الإقليمية لمملكة البحرين.")
    assert "COOPERATE" not in _types(nlp, text)
    # Yemen's resistance working with the coalition's forces is still cooperation between two sides
    assert "COOPERATE" in _types(nlp, "وتم تأمين المطار والموانئ من قبل المقاومة الشعبية بالتنسيق مع قوات التحالف.")


def test_a_minister_meeting_his_own_troops_is_no_meeting(nlp):
    """«يلتقي الوزير الأمريكي أيضا جنودا أمريكيين» is a call on his own troops (troops_met, 2015-07-23-954); a
    meeting with the commander of another state's forces stays."""
    text = ("ومن المتوقع أن يلتقي الوزير الأمريكي أيضا جنودا أمريكيين يشكلون جزءا من نحو 3500 عسكري موجودين في "
            "العراق.")
    assert "CONSULT" not in _types(nlp, text)
    assert "CONSULT" in _types(nlp, "والتقى وزير الدفاع الأمريكي في بغداد أمس رئيس الوزراء العراقي حيدر العبادي.")


def test_backing_the_strengthening_of_relations_is_no_support(nlp):
    """«بحث العلاقات الثنائية التي تهم البلدين ودعم تعزيزها» is an aim talked about, no support
    (backed_strengthening, 2015-07-24-1605)."""
    text = ("وأوضح أن لقاء الأمير محمد بن نايف ووزير خارجية جمهورية مصر العربية تم خلاله بحث العلاقات الثنائية التي "
            "تهم البلدين ودعم تعزيزها، إضافة إلى بحث الأمور الإقليمية.")
    assert "SUPPORT" not in _types(nlp, text)
    assert "CONSULT" in _types(nlp, text)


def test_a_call_to_a_news_agency_is_no_meeting(nlp):
    """«وأضاف عمران في اتصال هاتفي مع وكالة رويترز» is a statement to the press, no meeting (press_talk,
    2015-07-23-236); a call between two ministers stays."""
    text = ("وأضاف عمران في اتصال هاتفي مع وكالة رويترز \"تمت الموافقة على قيد شركة السلام الكويتية في شكل شهادات "
            "إيداع مصرية\".")
    assert "CONSULT" not in _types(nlp, text)
    assert "CONSULT" in _types(nlp, "وبحث وزير الخارجية السعودي في اتصال هاتفي مع نظيره الأمريكي جون كيري الأوضاع في اليمن.")
