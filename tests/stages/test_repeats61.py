"""Round 61, repeats: one act told twice in one sentence is coded once — an attack noun held by a relative clause and
the verb after «حيث» that tells how it was done, a call told by a noun and a verb of the same person, and an attack
and the killing told after it with «ف» whose victims the coder did not tag."""


def _events(nlp, text, published="2015-07-24"):
    """(type, trigger, actor texts, recipient texts, date) of every event of `text`."""
    return [(e.event, e.trigger.text, [m.text for m in e.actor], [m.text for m in e.recipient], e.date)
            for e in nlp(text, published=published).events]


def test_attack_noun_and_how_it_was_done_after_where_are_one_act(nlp):
    """«الهجوم الإرهابي الذي وقع … حيث فجرت انتحاريتان نفسيهما»: one assault, the bombers its doers, on the day told."""
    text = ("أدانت الأمانة العامة لمنظمة التعاون الإسلامي، اليوم (الجمعة)، الهجوم الإرهابي الذي وقع يوم الأربعاء "
            "الماضي في مدينة مروة شمال الكاميرون، حيث فجرت انتحاريتان نفسيهما، ما أدى إلى مقتل (20) شخصاً وإصابة "
            "عدد كبير من الأشخاص بجروح.")
    assaults = [e for e in _events(nlp, text) if e[0] == "ASSAULT"]
    assert len(assaults) == 1
    assert assaults[0][1] == "فجرت" and "انتحاريتان" in assaults[0][2] and assaults[0][4] == "2015-07-22"
    assert not any(e[1] == "الهجوم" for e in assaults)


def test_call_told_by_a_noun_and_a_verb_of_one_person_is_one_request(nlp):
    """«دعوات المالكي … المالكي يدعو لوضع السعودية تحت الوصاية»: one request, with Saudi Arabia as its recipient."""
    text = ("وربط الأمير بين “هجوم هيكل” و “دعوات المالكي” لوضع المملكة تحت الوصاية قائلاً: “هيكل يهاجم السعودية "
            "و المالكي يدعو لوضع السعودية تحت الوصاية..")
    requests = [e for e in _events(nlp, text) if e[0] == "REQUEST"]
    assert len(requests) == 1
    assert requests[0][2] == ["المالكي"] and requests[0][3] == ["السعودية"]


def test_shooting_and_the_killing_told_with_fa_are_one_assault(nlp):
    """«مسلحا فتح النار داخل صالة سينما … مساء أمس (الخميس)، فقتل شخصين»: one assault by the gunman, not two."""
    text = ("قالت الشرطة الاميركية ان مسلحا فتح النار داخل صالة سينما مكتظة بالجمهور في لافايت بولاية لويزيانا، مساء "
            "أمس (الخميس)، فقتل شخصين وأصاب سبعة آخرين قبل أن ينتحر.")
    assaults = [e for e in _events(nlp, text) if e[0] == "ASSAULT"]
    assert len(assaults) == 1 and assaults[0][2] == ["مسلحا"]


def test_a_threat_told_again_in_the_next_sentence_is_one_threat(nlp):
    """«قراصنة … وهددوا الموقع بنشر أسمائهم» … «وهددوا بنشر صور عارية»: one threat, by the hackers."""
    text = ("تمكن قراصنة من اختراق موقع جنسي شهير يزوره الملايين، وحصلوا على كل بياناته، وهددوا الموقع بنشر أسمائهم إن "
            "لم يغيّر مهنته ويتوقف عن نشاطه.\n"
            "وفيه أن قراصنة إنترنت زعموا أن لديهم بيانات خاصة بأكثر من 37 مليون رجل وامرأة، وهددوا بنشر صور عارية "
            "ونزوات جنسية خاصة بعملائه إذا لم يتوقف عما هو ناشط فيه.")
    threats = [e for e in _events(nlp, text) if e[0] == "THREATEN"]
    assert len(threats) == 1 and threats[0][2] == ["قراصنة"]


def test_a_denunciation_told_again_by_its_very_verb_is_one_act(nlp):
    """«استنكرت منظمة التعاون الإسلامي التصريحات» … «استنكرت الأمانة العامة لمنظمة التعاون الإسلامي تصريحات
    المالكي»: one accusation, the OIC's, with Maliki as its recipient."""
    text = ("تنصلت رئاستا الجمهورية والوزراء في العراق أمس من تصريحات أطلقها نائب الرئيس نوري المالكي ضد السعودية، "
            "بينما استنكرت منظمة التعاون الإسلامي التصريحات وعدتها «مغذية للطائفية».\n"
            "وقال المتحدث سعد الحديثي إن موقف الحكومة العراقية لم يتغير.\n"
            "من جهتها، استنكرت الأمانة العامة لمنظمة التعاون الإسلامي تصريحات المالكي وقالت إنها تنافي الواقع.")
    accusations = [e for e in _events(nlp, text) if e[0] == "ACCUSE" and e[1] == "استنكرت"]
    assert len(accusations) == 1 and "المالكي" in accusations[0][3]
