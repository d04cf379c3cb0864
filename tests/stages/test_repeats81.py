"""Round 81 repeats: a campaign of arrests, the other victims of a toll, a reported toll, an arrest told again after
the arrested one's name and the visit of a meeting, each told again.

Each test holds real sentences of the dev days (2015-07-26): the act told first stays, with its parties, and the later
telling of the same act (a noun after «حملة», a toll of «آخر» victims, a source's toll without digits, «أن اداير اعتقل»,
the visit of the meeting's visitor) is gone; the distinct act of a guard sentence stays.
"""


def _events(nlp, text, kind, published="2015-07-26"):
    """(trigger, actor texts, recipient texts, date) of the events of `kind` the whole pipeline keeps for `text`."""
    return [(e.trigger.text, [m.text for m in e.actor], [m.text for m in e.recipient], e.date)
            for e in nlp(text, published=published).events if e.event == kind]


def test_a_campaign_of_arrests_tells_the_arrests_again(nlp):
    """«بحملة اعتقالات» and «حملة توقيفات» by the same police name the campaign whose 590 arrests were told."""
    text = ("وقال رئيس الوزراء التركي إن الشرطة التركية اعتقلت 590 شخصاً متهمين بالارتباط بتنظيم داعش منذ الجمعة.\n"
            "وذكرت وسائل الاعلام التركية ان الشرطة التركية قامت امس لليوم الثاني على التوالي وفي العديد من مدن البلاد "
            "بحملة اعتقالات شملت تنظيم داعش وحزب العمال الكردستاني.\n"
            "ودخلت تركيا بقوة الحملة العسكرية لمواجهة تنظيم داعش عبر شن اولى غاراتها الجوية على مواقع تابعة لهذا "
            "التنظيم في سورية الجمعة، فيما نفذت الشرطة حملة توقيفات \"لمكافحة الارهاب\" في مختلف انحاء البلاد.")
    coerce = _events(nlp, text, "COERCE")
    assert [c[0] for c in coerce] == ["اعتقلت"]
    assert coerce[0][1] == ["الشرطة التركية"]


def test_a_wounded_other_is_a_victim_of_the_shooting_told(nlp):
    """«كما اصيب مرافق آخر بجروح» is one more victim of the shooting told two sentences before, not an act."""
    text = ("وقال المصدر \"تعرض القيادي في حركة فتح العقيد طلال الاردني لاطلاق نار من مجهولين كانا يستقلان دراجة "
            "نارية، بينما كان يمر سيرا على الاقدام مع مرافقين له في الطرف الجنوبي من مخيم عين الحلوة\".\n"
            "واوضح المصدر ان المسلحين كانا يعتمران قبعتين ويضعان نظارات. كما اصيب مرافق آخر بجروح.")
    assaults = _events(nlp, text, "ASSAULT")
    assert [a[0] for a in assaults] == ["اطلاق نار"]
    assert assaults[0][1] == ["مجهولين"]
    # «مقتل 13 مدنيا وإصابة 23 آخرين»: the others are the wounded's, the dead of the blasts stay an act of their own
    text = ("وقالت مصادر إن طيران الجيش العراقي قصف رتلا للتنظيم وقتل 12 من عناصرهم شمالي بعقوبة.\n"
            "وأشارت إلى مقتل 13 مدنيا وإصابة 23 آخرين جراء انفجار ثلاث عبوات ناسفة في ناحية العبارة في بعقوبة.")
    assert any(a[0] == "مقتل" for a in _events(nlp, text, "ASSAULT"))


def test_the_visit_of_a_meeting_is_the_meeting(nlp):
    """«زيارة شكري إلى الكويت» is the trip of the talks of Shoukry with Kuwait's minister: the talks stay, dated."""
    text = ("قال بدر عبد العاطي المتحدث باسم الخارجية المصري إن المشاورات التي أجراها وزير الخارجية سامح شكري مع "
            "نائب رئيس الوزراء ووزير خارجية الكويت الشيخ صباح خالد الحمد الصباح أظهرت مدى التوافق بين مصر والكويت.\n"
            "وأوضح عبدالعاطي في تصريح يوم السبت إن زيارة شكري إلى الكويت تأتي في إطار التشاور المستمر والتنسيق الدائم "
            "بين البلدين الشقيقين.")
    consult = _events(nlp, text, "CONSULT")
    assert [c[0] for c in consult] == ["المشاورات"]
    assert consult[0][3] == "2015-07-25"


def test_a_visit_without_visitor_is_the_reception(nlp):
    """«في زيارة رسمية لدولة قطر» is the trip of the foreign minister the emir of Qatar received."""
    text = ("استقبل صاحب السمو الشيخ تميم بن حمد آل ثاني أمير دولة قطر، في قصره مساء أمس، معالي وزير الخارجية الأستاذ "
            "عادل بن أحمد الجبير.\n"
            "وكان معالي وزير الخارجية قد وصل إلى الدوحة في وقت سابق من يوم أمس في زيارة رسمية لدولة قطر.")
    consult = _events(nlp, text, "CONSULT")
    assert [c[0] for c in consult] == ["استقبل"]
    # a visit to a country that is neither side of the meeting is another act
    text = text.replace("في زيارة رسمية لدولة قطر", "قادما من سلطنة عمان في ختام زيارة رسمية لسلطنة عمان")
    assert any(c[0] == "زيارة" for c in _events(nlp, text, "CONSULT"))


def test_an_arrest_told_again_after_the_name_of_the_arrested(nlp):
    """«أن اداير اعتقل» without parties tells again the arrest of «راندولف بروس اداير» told before."""
    text = ("وتم اعتقال راندولف بروس اداير (70 عاما) الأسبوع الماضي لصلته بحوادث سطو على خمسة بنوك في مقاطعة اورانج.\n"
            "وجاء في الشهادة أن اداير اعتقل بعد أن اتصلت زوجته وابنته وزوج ابنته بالسلطات لابلاغها بأنهم تعرفوا على "
            "صورته.")
    assert [c[0] for c in _events(nlp, text, "COERCE")] == ["اعتقال"]


def test_a_reported_toll_after_raids_is_their_toll(nlp):
    """«وأكدت مصادر ميدانية مصرع وإصابة عشرات المتمردين» tells the toll of the raids of the sentence before: the raids
    stay, with the rebels as their recipients."""
    text = ("كما شنت المقاتلات عدة غارات على مباني المجمع الحكومي التي تسيطر عليها ميليشيات المتمردين بمدينة البيضاء، "
            "جنوبي اليمن. وأكدت مصادر ميدانية مصرع وإصابة عشرات المتمردين.")
    assaults = _events(nlp, text, "ASSAULT")
    assert [a[0] for a in assaults] == ["غارات"]
    assert len(assaults[0][2]) == 1 and assaults[0][2][0].endswith("المتمردين")  # (ميليشيات المتمردين: the holders)
