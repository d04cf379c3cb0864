"""Round 102 (c102): the country of a party left with a sector and none, from the judged dev slice 2015-07-31
#1760–2211: a land's own body or officer («رجل الأمن», «الجهات الأمنية», «القاضي») and its citizens and notables
(«مواطن», «وجهاء») in a story whose places all lie in one country and that names no other state are that country's
(places.PlaceHomes); a lone sentence, a story naming another state, or an expatriate («وافد») keeps none."""

_DATE = "2015-07-31"


def _parties(nlp, text, kind, side="recipient"):
    """(code, sector, text) of the recipients (or actors) of the events of `kind` the whole pipeline codes."""
    return [(p.code, p.sector, p.text) for e in nlp(text, published=_DATE).events if e.event == kind
            for p in getattr(e, side)]


_QATIF = ("استشهد رجل الأمن سامي معوض الحربي، إثر تعرضه لإطلاق نار خلال قيامه بتفتيش مركبة يستقلها شخصان في بلدة الجش "
          "بمحافظة القطيف.\nوقال الناطق الإعلامي لشرطة المنطقة الشرقية العقيد زياد الرقيطي «أصيب رجل الأمن سامي معوض "
          "الحربي بطلقات نارية عند الساعة الحادية عشرة والنصف من مساء أمس الأول».\nوأضاف «تمكنت الجهات الأمنية من "
          "القبض على شخصين للاشتباه بعلاقتهما بالجريمة».")


def test_security_man_of_a_saudi_town_story_is_saudi(nlp):
    """«استشهد رجل الأمن … بمحافظة القطيف» (2015-07-31 #1828): the story names no state, only Saudi towns: the
    security man and «الجهات الأمنية» that arrested two suspects are SAU/COP."""
    assert ("SAU", "COP", "رجل الأمن") in _parties(nlp, _QATIF, "ASSAULT"), _parties(nlp, _QATIF, "ASSAULT")
    actors = _parties(nlp, _QATIF, "COERCE", "actor")
    assert ("SAU", "COP", "الجهات الأمنية") in actors, actors


_NOTABLES = ("دان وجهاء وأعيان محافظة القطيف الجريمة الإرهابية التي أدت إلى استشهاد رجل الأمن سامي معوض الحربي إثر "
             "تعرضه لإطلاق نار من قبل مجهولين خلال قيامه بتفتيش مركبة يستقلها شخصان في بلدة الجش بمحافظة القطيف.\n"
             "وأكدوا أن الإرهابيين المتورطين في هذه الجريمة يسعون إلى إشاعة الفوضى.\nواستنكر القاضي في محكمة "
             "المواريث في القطيف الشيخ محمد الجيراني العمل الإرهابي الذي أودى بحياة رجل أمن يقوم بواجبه.")


def test_notables_and_judge_of_a_saudi_town_story_are_saudi(nlp):
    """«دان وجهاء وأعيان محافظة القطيف» and «واستنكر القاضي» (#1844): SAU/CVL notables and a SAU/JUD judge."""
    actors = _parties(nlp, _NOTABLES, "ACCUSE", "actor")
    assert ("SAU", "CVL", "وجهاء") in actors and ("SAU", "JUD", "القاضي") in actors, actors


def test_a_lone_sentence_tells_no_land(nlp):
    """One sentence alone («… رجل الأمن … بمحافظة القطيف») is no story: its security man keeps no country, as the
    gold codes lone sentences."""
    text = _QATIF.split("\n")[0]
    parties = _parties(nlp, text, "ASSAULT")
    assert parties and ("SAU", "COP", "رجل الأمن") not in parties, parties


def test_a_story_naming_another_state_gives_no_land(nlp):
    """The same story naming Yemen too: its places and states are of two countries, and «رجل الأمن» keeps none."""
    text = _QATIF + "\nوأشار إلى أن الجناة فروا إلى اليمن."
    recipients = _parties(nlp, text, "ASSAULT")
    assert recipients and not any(code == "SAU" and t == "رجل الأمن" for code, _, t in recipients), recipients


_EXPATRIATE = ("قتل وافد في السابعة عشرة من عمره، صباح اليوم الجمعة بعد تلقيه عدداً من الطعنات أثناء تواجده بالشاحنة "
               "التي يستقلها والده بمحافظة حفر الباطن.\nوذكر الناطق الإعلامي لشرطة المنطقة الشرقية أن والده أبلغ "
               "الشرطة.\nوفي الخرمة تمكنت دوريات القوات الخاصة لأمن الطرق من ضبط مواطن بحوزته 33 حبة من مادة "
               "الكبتاجون المحظورة.")


def test_expatriate_keeps_no_country_while_citizen_takes_the_land(nlp):
    """«قتل وافد … بمحافظة حفر الباطن» (#2203): an expatriate is of no known land; a citizen («مواطن») of a Saudi
    story is SAU/CVL (#2210: «ضبط مواطن»)."""
    parties = _parties(nlp, _EXPATRIATE, "ASSAULT")
    assert not any(code and t.startswith("وافد") for code, _, t in parties), parties
    arrested = _parties(nlp, _EXPATRIATE, "COERCE")
    assert ("SAU", "CVL", "مواطن") in arrested, arrested


_TURKEY = ("وقال المتحدث باسم الخارجية الأمريكية للصحفيين إن الاتفاق يختص فقط بقتال تنظيم داعش.\nوقال المتحدث باسم "
           "الخارجية الأمريكية إن واشنطن تدعم حق الحلفاء في الدفاع عن أنفسهم.\nمن جهة اخرى أعلنت الحكومة التركية أن "
           "الطيران الحربي شن أمس سلسلة من الغارات الجوية على قواعد للمتمردين الأكراد في شمال العراق.")


def test_forces_a_government_announces_are_its_own(nlp):
    """«أعلنت الحكومة التركية أن الطيران الحربي شن … غارات … في شمال العراق» (#1855) of a story the US leads: the
    warplanes the Turkish government tells of are TUR/MIL; Iraq, named after them, is where they struck."""
    actors = _parties(nlp, _TURKEY, "ASSAULT", "actor")
    assert ("TUR", "MIL", "الطيران الحربي") in actors, actors


_KUWAIT = ("تصاعدت حدة التوتر في العراق بعد سيطرة التنظيم على الموصل.\nوقال مسؤول عراقي إن القوات العراقية تتقدم "
           "نحو الموصل.\nأعلنت وزارة الداخلية الكويتية أمس قيام أجهزة الأمن بكشف وضبط «عناصر شبكة إرهابية تنتمي "
           "لتنظيم داعش تضم خمسة كويتيين».")


def test_security_bodies_a_ministry_announces_are_its_states(nlp):
    """«أعلنت وزارة الداخلية الكويتية أمس قيام أجهزة الأمن بكشف وضبط» (#2046) of a story Iraq leads: Kuwait's."""
    actors = _parties(nlp, _KUWAIT, "COERCE", "actor")
    assert ("KWT", "COP", "أجهزة الأمن") in actors, actors


def test_a_nationality_after_the_phrase_is_no_announcer(nlp):
    """«وأكد أن الشرطة اعتقلت ثلاثة فلسطينيين» with no state told before the police: none of Palestine's."""
    text = ("وقال مسؤول عراقي إن القوات العراقية تتقدم نحو الموصل.\nوأكد وزير الخارجية أن المفاوضات مستمرة.\n"
            "وأكد المصدر أن الشرطة اعتقلت ثلاثة فلسطينيين.")
    actors = _parties(nlp, text, "COERCE", "actor")
    assert actors and not any(code == "PSE" for code, _, _ in actors), actors


def test_head_of_a_chambers_committee_is_business(nlp):
    """«التقى … محافظ جدة … رئيس اللجنة الوطنية للتعليم العالمي والدولي بمجلس الغرف السعودية» (#1842): the head of a
    committee of the Council of Saudi Chambers is SAU/BUS, no government official."""
    text = ("التقى صاحب السمو الملكي الأمير مشعل بن ماجد بن عبدالعزيز محافظ جدة بمكتبه صباح أمس رئيس اللجنة الوطنية "
            "للتعليم العالمي والدولي بمجلس الغرف السعودية الدكتور منصور بن صالح الخنيزان وأعضاء اللجنة.")
    recipients = _parties(nlp, text, "CONSULT")
    assert any(code == "SAU" and sector == "BUS" and t.startswith("رئيس") for code, sector, t in recipients), recipients
    assert not any(sector == "GOV" and t.startswith("رئيس") for _, sector, t in recipients), recipients
