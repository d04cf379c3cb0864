"""Round 95 (speech95): a verb in the first person plural inside the quotation of a statement whose speaker is coded
has that speaker as its actor: the honorific speaker «وقال سموه» (the prince named before) of «علينا أن ندين», and
the speaker going on («وأضاف:») of «طلبنا من الاتحاد الأوروبي»; the one asked stays the recipient."""

from tests.stages.stage_coding import kind_parties

BAHRAIN = ("أوضح صاحب السمو الملكي الأمير خليفة بن سلمان آل خليفة رئيس الوزراء البحريني أن دول مجلس التعاون قدمت "
           "لشعوبها ولأوطانها الكثير من الخدمات والأمور المعيشية ما لم تقدمه الدول الكبرى. "
           "وشدد لدى استقباله عددا من كبار المسؤولين في البحرين على ضرورة الحفاظ على المكتسبات التنموية التي تحققت في "
           "بلدان المنطقة. "
           "وقال سموه \"علينا أن ندين جميع التدخلات الخارجية التي تحاول أن تتدخل في شؤون دول الخليج، ويتوجب علينا أن لا "
           "ننشغل إلا بالأمور التي تهم مصلحتنا\".")

EREKAT = ("وقال عريقات اليوم الإثنين عقب لقائه مع الدكتور نبيل العربي الأمين العام للجامعة العربية إن هذا الاجتماع "
          "الطارئ جاء بناء على طلب من الرئيس محمود عباس. "
          "وحول الجهود الفرنسية، قال عريقات إن \"الجهود الفرنسية كما أعلنا مع وزير خارجية فرنسا لوران فابيوس مستمرة "
          "وندعمها بشكل كامل\". "
          "وأضاف: \"طلبنا من الاتحاد الأوروبي دعم هذه الجهود، كما طلبنا من الأطراف ذات العلاقة دعم تلك المساعي\".")


def test_honorific_speaker_condemns(nlp):
    """«وقال سموه "علينا أن ندين جميع التدخلات الخارجية"» (2015-07-27 #655): the Bahraini prime minister (BHR),
    named in the first sentence, condemns; the condemnation is coded with him as actor."""
    found = [e for e in nlp(BAHRAIN, published="2015-07-27").events if e.event == "ACCUSE" and e.trigger.text == "ندين"]
    assert found and [a.code for a in found[0].actor] == ["BHR"], found


def test_going_on_speaker_asks(nlp):
    """«وأضاف: "طلبنا من الاتحاد الأوروبي دعم هذه الجهود"» (2015-07-27 #643): Erekat asks the EU; the EU is the
    recipient, not the actor."""
    found = [p for p in kind_parties(nlp, EREKAT, "REQUEST", "2015-07-27") if p[1] == "طلبنا"]
    assert found and any("عريقات" in a for a in found[0][2]), found
    assert any("الاتحاد الأوروبي" in r for r in found[0][3]), found
    assert not any("الاتحاد" in a for p in found for a in p[2]), found
