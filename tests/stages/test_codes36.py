"""Parties the lexicons lacked (round codes36): «المملكة» alone is the kingdom the story's other actors name most
(Saudi Arabia in a Saudi story, Bahrain in a Bahraini one; none where the story names no kingdom, and none where it
tells where: «بالمملكة»، «في المملكة»، «على مستوى المملكة»); «المجتمع الدولي» is the international community (IGO)."""


def events(coder, text, event):
    """The events of type `event` in `text`, each as (actor, recipient) lists of (text, code) pairs."""
    return [([(x.text, x.code) for x in e.actor], [(x.text, x.code) for x in e.recipient])
            for e in coder(text, published="2015-07-31").events if e.event == event]


def test_the_kingdom_of_a_saudi_story_is_saudi_arabia(coder):
    text = ("أعرب وزير الخارجية عادل الجبير عن رفض المملكة العربية السعودية للتصريحات الإيرانية. "
            "وقال الجبير: هذا أمر لا نقبله ونرفضه. "
            "وأدانت المملكة الهجوم الإرهابي على المسجد في الكويت.")
    assert ([("المملكة", "SAU")], []) in events(coder, text, "ACCUSE")


def test_the_kingdom_of_a_bahraini_story_is_bahrain(coder):
    text = ("قال وزير الداخلية البحريني إن المملكة تدين التدخل الإيراني. وأكد أن البحرين لن تقبل ذلك. "
            "وأضاف أن الأمن في البحرين مستقر.")
    ev = events(coder, text, "ACCUSE")
    assert ev and ev[0][0] == [("المملكة", "BHR")]


def test_a_visit_to_the_kingdom_has_it_as_recipient(coder):
    text = ("التقى وزير الخارجية السعودي عادل الجبير المبعوثة الأوروبية. "
            "وعبر معاليه عن شكره للمبعوثة الأوروبية للشؤون الخارجية على زيارتها للمملكة.")
    assert any(("للمملكة", "SAU") in r for _, r in events(coder, text, "CONSULT"))


def test_the_kingdom_of_a_story_naming_no_kingdom_is_no_party(coder):
    text = "وأدانت المملكة الهجوم الإرهابي على المسجد في الكويت."
    assert all(not a for a, _ in events(coder, text, "ACCUSE"))


def test_the_kingdom_as_a_place_is_no_party(coder):
    text = ("أعلنت المملكة العربية السعودية دعمها للخطة. وقال الوزير إن أول جمعية للزواج بالمملكة تأسست عام 1409هـ. "
            "ودعا الأخصائي إلى إيجاد حلول على مستوى مناطق المملكة. وتعاني المهنة نقصا في المملكة. "
            "ونزعت الوزارة ملكية 130 عقارا بمناطق المملكة، ولا يسمح بدخولها لأسواق المملكة.")
    actors = [m.text for m in coder(text, published="2015-07-31").mentions if m.kind == "actor"]
    assert actors == ["المملكة العربية السعودية"]


def test_the_international_community_urged_is_the_recipient(coder):
    text = ("وكان وزير العدل في الحكومة الليبية الانتقالية، قد حث المجتمع الدولي على عدم الاعتراف بمحاكمة سيف "
            "الإسلام القذافي.")
    ev = events(coder, text, "REQUEST")
    assert ev and ("المجتمع الدولي", "IGO") in ev[0][1]


def test_the_kingdom_of_a_bahraini_statement_on_saudi_arabia_is_neither(coder):
    # (Bahrain named five times, Saudi Arabia twice: not four times as often, which kingdom is not told)
    text = ("دان مجلس الوزراء في مملكة البحرين التفجير الإرهابي الذي استهدف مسجدا في المملكة العربية السعودية. "
            "وأكد المجلس تضامن مملكة البحرين ووقوفها مع المملكة في جهودها للقضاء على الإرهاب. "
            "وقال وزير الداخلية البحريني إن البحرين تدعم السعودية. وأضاف أن مملكة البحرين لن تقبل ذلك.")
    assert not any(("المملكة", "BHR") in a + r for a, r in events(coder, text, "SUPPORT"))
