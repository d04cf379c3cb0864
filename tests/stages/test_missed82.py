"""Round 82, missed events: trigger rows for acts the judges found missed (2015-07-26, with copies on 07-23..25).
Clashes waged (خاض اشتباكات/معارك/مواجهات), a state of emergency extended (مدد … الطوارئ), a demonstration banned
(منع التظاهرة), a smuggling attempt foiled (أحبط … تهريب),
sanctions against named parties (العقوبات … ضد), men massed in a camp (تحشد … في معسكر), forces thrown in (زج
بقوات), a relief ship or convoy (سفينة إغاثية، قافلة مساعدات), a government pressed (تضغط واشنطن على أنقرة), a
party labelled terrorist (وصف … بأنه منظمة "إرهابية") and a town or hill taken (سيطر الثوار على تلة); and the
wrong readings each row leaves out."""


def coded(nlp, text, published="2015-07-26"):
    """(type, CAMEO code, actor codes or texts, recipient codes or texts, future) of the events the pipeline keeps."""
    return [(e.event, e.cameo, sorted(p.code or p.text for p in e.actor), sorted(p.code or p.text for p in e.recipient),
             e.future) for e in nlp(text, published=published).events]


def types(nlp, text, published="2015-07-26"):
    """The (type, CAMEO code) pairs of the events the pipeline keeps."""
    return [(e[0], e[1]) for e in coded(nlp, text, published)]


def test_clashes_waged(nlp):
    """«فيما خاض المقاتلون معارك أخرى في محافظة الحسكة» (2015-07-25 #117): battles waged; an electoral battle is
    none."""
    text = ("وانتزع هؤلاء المقاتلون من قوات «داعش»، السيطرة على معبر تل أبيض الحدودي مع تركيا، والشريط الحدودي التابع "
            "لمحافظة الرقة، فيما خاض المقاتلون معارك أخرى في محافظة الحسكة.")
    assert any(e.event == "ASSAULT" and e.trigger.text.startswith("خاض")
               for e in nlp(text, published="2015-07-25").events)
    assert not coded(nlp, "ويخوض المرشح معركة انتخابية صعبة في دائرته.")


def test_emergency_extended(nlp):
    """«مددت مصر إعلان حالة الطوارئ» (2015-07-26 #756): Egypt imposes emergency rule; no hospital's alert."""
    text = "مددت مصر إعلان حالة الطوارئ في قسم من شمال سيناء المضطربة امنيا لثلاثة أشهر إضافية."
    assert ("COERCE", "1724", ["EGY"], [], False) in coded(nlp, text)
    assert not coded(nlp, "مددت إدارة المستشفى حالة الطوارئ بالمستشفيات لاستقبال المصابين.")


def test_demonstration_banned(nlp):
    """«اعلنت محافظة اسطنبول منع هذه التظاهرة» (2015-07-26 #825): a ban on a rally, no protest held."""
    text = ("وفي بيان اصدرته في وقت سابق على موقعها في الانترنت، اعلنت محافظة اسطنبول منع هذه التظاهرة للحؤول دون حصول "
            "استفزازات.")
    found = types(nlp, text)
    assert ("COERCE", "172") in found
    assert not any(t == "PROTEST" for t, _ in found)


def test_smuggling_foiled(nlp):
    """«السلطات أحبطت محاولة لتهريب أسلحة» (2015-07-26 #557): Bahrain's seizure of smuggled arms."""
    text = ("قالت وزارة الداخلية في البحرين أمس السبت إن السلطات أحبطت محاولة لتهريب أسلحة عن طريق اثنين من مواطنيها "
            "على علاقة بإيران.")
    assert ("COERCE", "1711") in types(nlp, text)


def test_sanctions_against(nlp):
    """«العقوبات الأمريكية ضد ثلاثة من القادة العسكريين لحزب الله» (2015-07-26 #557): American sanctions."""
    text = "وقال نصر الله إن العقوبات الأمريكية ضد ثلاثة من القادة العسكريين لحزب الله لا تقدم ولا تؤخر."
    assert any(e[0] == "SANCTION" and e[2] == ["USA"] for e in coded(nlp, text))
    assert not any(e[0] == "SANCTION" for e in coded(nlp, "وطالب برفع العقوبات ضد إيران فورا."))


def test_men_massed_in_camp(nlp):
    """«بدأت أخيرا تحشد الشباب في معسكر تدريبي» (2015-07-26 #908): a militia mobilised."""
    text = ("كشفت مصادر محلية في الضالع أن شخصيات قبلية موالية للمخلوع بدأت أخيرا تحشد الشباب في معسكر تدريبي تابع لها، "
            "بهدف تعزيز صفوف المتمردين.")
    assert ("MOBILIZE", "154") in types(nlp, text)


def test_forces_thrown_in(nlp):
    """«زجت إيران بقوات جديدة في سورية»: forces sent to a war; thousands thrown into prison are no mobilisation."""
    assert ("MOBILIZE", "154", ["IRN"], ["SYR"], False) in coded(nlp, "وزجت إيران بقوات جديدة من الحرس الثوري في سورية.")
    assert not any(e[0] == "MOBILIZE" for e in coded(nlp, "وزجت السلطات بآلاف المعارضين في السجن."))


def test_relief_ship(nlp):
    """«وهي أكبر سفينة إغاثية تصل إلى اليمن» (2015-07-26 #1019, no event before): aid to Yemen."""
    text = ("وبإشراف من مركز الملك سلمان للإغاثة والأعمال الإنسانية، وصلت صباح اليوم سفينة \" درب الخير \" إلى ميناء "
            "عدن، وهي أكبر سفينة إغاثية تصل إلى اليمن حتى الآن.")
    assert any(e[0] == "AID" and e[3] == ["YEM"] for e in coded(nlp, text))


def test_government_pressed(nlp):
    """«وتضغط واشنطن على أنقرة لاتخاذ دور» (2015-07-26 #824): the United States presses Turkey; a button pressed
    is no request."""
    text = "وتضغط واشنطن على أنقرة لاتخاذ دور أكثر فعالية في القتال ضد داعش."
    assert ("REQUEST", "100", ["USA"], ["TUR"], False) in coded(nlp, text)
    assert not coded(nlp, "ثم يضغط المستخدم على الزر الأحمر لإتمام العملية.")


def test_labelled_terrorist(nlp):
    """«تصفه أنقره بأنه منظمة انفصالية» (2015-07-25 #21): Turkey accuses the PKK; a bombing called terrorist is no
    accusation of a party."""
    text = "وقالت إن أنقرة ستلاحق أعضاء حزب العمال الكردستاني المحظور الذي تصفه أنقره بأنه منظمة انفصالية."
    assert any(e[0] == "ACCUSE" and e[2] == ["TUR"] and e[3] == ["KUR"] for e in coded(nlp, text, "2015-07-25"))
    text = "وأضاف البيان أن هناك مخاوف من أن يرتفع عدد القتلى واصفا الانفجار بأنه عمل إرهابي."
    assert not any(e[0] == "ACCUSE" for e in coded(nlp, text, "2015-07-25"))


def test_hill_taken(nlp):
    """«سيطر الثوار أمس، على تلة "جورة الماء"» (2015-07-26 #967): territory taken; a fire brought under control and
    a present state of control are not."""
    text = "من ناحية ثانية، سيطر الثوار أمس، على تلة \"جورة الماء\" الواقعة في جبل التركمان بريف محافظة اللاذقية."
    assert ("COERCE", "192") in types(nlp, text)
    assert not coded(nlp, "وتمكنت فرق الدفاع المدني من السيطرة على حريق شب في مستودع غذائي.")
    assert not any(e[0] == "COERCE" for e in coded(nlp, "ويسيطر تنظيم الدولة الاسلامية بشكل شبه كامل على محافظة الرقة."))
