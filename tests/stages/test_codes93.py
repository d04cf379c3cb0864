"""Round 93 (codes93): the country of a party whose sector alone was coded, or whose country was wrong.

A deputy minister (نائب وزير الصحة) of a story its country leads takes that country as the minister does; رفح is
Egypt's town or Gaza's as the article tells; the minister
«وزير الأوقاف والشؤون الدينية» takes the nationality after his whole portfolio; «وزير الخارجية محمد ظريف» is Iran's.
«الماليين» (financiers) is no Malian. Sentences from the dev days 2015-07-26 and 2015-07-27.
"""

PUBLISHED = "2015-07-27"

SAUDI_STORY = (
    "تنفيذا لتوجيهات صاحب السمو الملكي الأمير خالد الفيصل مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة فقد "
    "ساهمت جامعة الملك عبدالعزيز وجامعة جدة بتفعيل نشاطات مركز التكامل التنموي بمنطقة مكة المكرمة، وذلك بتوقيع "
    "اتفاقية تعاون مع وزارة الصحة. \n"
    "وقد وقع الاتفاقية د. حمد الضويلع نائب وزير الصحة للشؤون الصحية ومدير جامعتي الملك عبدالعزيز وجدة المكلف د. "
    "عبدالرحمن بن عبيد. \n"
    "وجاء هذا التعاون من خلال مساهمة الجامعتين ببرامج مركز التكامل التنموي بتوجيه مباشر من صاحب السمو الملكي الأمير "
    "خالد الفيصل مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة. \n"
    "كما يأتي هذا التعاون تفعيلا لمذكرة التفاهم الموقعة بين معالي وزير التعليم ومعالي وزير الصحة في شهر شعبان "
    "الماضي. ")

SINAI_STORY = (
    "اصيب 18 شرطيا مصريا على الاقل الاحد في انفجار عبوة ناسفة استهدف حافلة كانوا يستقلونها قرب مدينة العريش في شمال "
    "سيناء حيث تجري مواجهات مستمرة بين قوات الامن المصري والمتطرفين. \n"
    "وقال وكيل وزاة الصحة المصرية طارق خاطر ان الشرطيين المصابين نقلوا الى مستشفى العريش العسكري. \n"
    "والخميس الماضي، قتل اربعة عسكريين مصريين بينهم ضابط في انفجار قنبلة عند مرور دوريتهم في قطاع رفح على الحدود "
    "مع قطاع غزة. ")


def _parties(coder, text, kind, side="actor"):
    """(text, code, sector) of the parties on `side` of every `kind` event coded for `text`."""
    return [(p.text, p.code, p.sector) for e in coder(text, published=PUBLISHED).events if e.event == kind
            for p in getattr(e, side)]


def test_a_deputy_minister_of_a_saudi_story_is_saudi(coder):
    """«نائب وزير الصحة» of a story Saudi Arabia leads is SAU/GOV, as «وزير الصحة» there is."""
    actors = _parties(coder, SAUDI_STORY, "SUPPORT")
    assert any(code == "SAU" and sector == "GOV" and "نائب وزير" in text for text, code, sector in actors)
    assert not any(code is None and "نائب وزير" in text for text, code, sector in actors)


def test_rafah_is_egypt_in_an_egyptian_story_and_palestine_in_a_gaza_one(coder):
    """«قطاع رفح» in a story on Sinai is Egypt's Rafah, never coded PSE; رفح in a story on Gaza stays PSE."""
    parties = _parties(coder, SINAI_STORY, "ASSAULT", "recipient")
    assert not any(code == "PSE" and "رفح" in text for text, code, _ in parties)
    gaza = "قصفت طائرات الاحتلال الإسرائيلي رفح وقتلت ثلاثة فلسطينيين في قطاع غزة."
    assert ("رفح", "PSE") in [(t, c) for t, c, _ in _parties(coder, gaza, "ASSAULT", "recipient")]


def test_the_awqaf_minister_takes_the_nationality_after_his_portfolio(coder):
    """«وزير الأوقاف والشؤون الدينية الفلسطيني» is PSE/GOV, not a minister of no country."""
    text = ("بدوره، طالب الشيخ يوسف ادعيس وزير الأوقاف والشؤون الدينية الفلسطيني علماء الأمة بالانتباه لما يجري في "
            "الأقصى من انتهاكات واعتداءات ممنهجة يمارسها الاحتلال.")
    actors = _parties(coder, text, "REQUEST")
    assert any(code == "PSE" and sector == "GOV" for _, code, sector in actors)
    assert not any(code is None and sector == "GOV" for _, code, sector in actors)


def test_foreign_minister_mohammad_zarif_is_iran(coder):
    """«وزير الخارجية محمد ظريف» (no «جواد») is Zarif, IRN/GOV."""
    text = ("وتأتي تصريحات الرئيس حسن روحاني في وقت يواصل وزير الخارجية محمد ظريف زيارته لدول التعاون الخليجي.")
    actors = _parties(coder, text, "CONSULT")
    assert any(code == "IRN" and "ظريف" in t for t, code, _ in actors)


def test_the_financiers_are_no_malians(coder):
    """«المسؤولين الحكوميين والماليين ورجال الأعمال» (2015-07-27): financiers, never MLI."""
    text = ("وكانت أوكونجو آيويلا من بين نحو 12 من كبار المسؤولين الحكوميين والماليين ورجال الأعمال الذين اجتمعوا في "
            "نيروبي أخيراً لإطلاق خطة لتيسير الخدمات المالية لمزيد من النساء الأفريقيات الفقيرات.")
    parties = _parties(coder, text, "CONSULT")
    assert parties and not any(code == "MLI" for _, code, _ in parties)
