"""Statements: speakers, cues, what is said, stance, quotes and outlets; events claimed, denied, contested."""

import pytest


def _st(nlp, text, published="2015-08-03"):
    art = nlp(text, published=published)
    for s in art.statements:
        d = s.to_dict()
        assert text[d["cue"]["start"]:d["cue"]["end"]] == d["cue"]["text"]
        if d["speaker"]:
            assert text[d["speaker"]["start"]:d["speaker"]["end"]] == d["speaker"]["text"]
        assert 0 <= s.content_start <= s.content_end <= len(text)
    return art


def test_reported_speech_with_a_titled_named_speaker(nlp):
    text = "قال وزير الخارجية السعودي عادل الجبير إن المملكة ستواصل دعم الحل السياسي في اليمن."
    art = _st(nlp, text)
    (s,) = art.statements
    d = s.to_dict()
    assert d["speaker"]["code"] == "SAU" and d["speaker"]["sector"] == "GOV"
    assert "الجبير" in d["speaker"]["text"] and d["cue"]["text"] == "قال"
    assert text[s.content_start:s.content_end].startswith("المملكة ستواصل")
    assert d["stance"] == "assert" and d["direct"] is False


def test_a_continuation_keeps_the_speaker_and_a_title_alone_is_a_speaker(nlp):
    text = ("أكد المتحدث باسم وزارة الداخلية أن قوات الأمن أحبطت هجوما على مركز للشرطة. "
            "وأضاف أن التحقيقات لا تزال جارية.")
    art = _st(nlp, text)
    first, second = art.statements
    assert first.speaker.text == "المتحدث باسم وزارة الداخلية" and first.speaker.sector == "GOV"
    assert second.continued and second.speaker == first.speaker and second.cue.text == "وأضاف"


def test_a_denial_is_not_a_fact(nlp):
    text = "نفت وزارة الدفاع الأمريكية تلقي أي طلب روسي لتنفيذ غارات مشتركة في سوريا."
    art = _st(nlp, text)
    (s,) = art.statements
    assert s.stance == "deny" and s.speaker.code == "USA"
    req = [e for e in art.events if e.event == "REQUEST"]
    assert req and all(e.stance == "deny" and not e.factual for e in req)


def test_a_quotation_runs_over_sentences_and_is_direct(nlp):
    text = "وقال الوزير الأردني: «لقد انتهت المرحلة الأولى من الخطة. وسنبدأ المرحلة الثانية الأسبوع المقبل»."
    art = _st(nlp, text)
    (s,) = art.statements
    assert s.direct and text[s.content_start:s.content_end] == (
        "لقد انتهت المرحلة الأولى من الخطة. وسنبدأ المرحلة الثانية الأسبوع المقبل")


def test_the_outlet_a_statement_is_relayed_through(nlp):
    text = "وبحسب وكالة الأنباء السعودية، قال المتحدث باسم الدفاع المدني إن الفرق أخمدت الحريق."
    art = _st(nlp, text)
    (s,) = art.statements
    d = s.to_dict()
    assert d["reported_via"]["name"] == "Saudi Press Agency" and d["speaker"]["text"].startswith("المتحدث")


def test_asserted_by_one_denied_by_another_is_contested(nlp, pentagon_text):
    art = nlp(pentagon_text, published="2016-05-21")
    shoigu = next(e for e in art.events if e.event == "REQUEST" and e.stance == "assert")
    assert shoigu.contested and shoigu.factual
    assert "شويجو" in shoigu.claim.speaker.text and shoigu.claim.speaker.code == "RUS"
    assert shoigu.to_dict()["reported_via"] == "Anadolu Agency"
    denials = [e for e in art.events if e.event == "REQUEST" and e.stance == "deny"]
    assert denials and all(e.contested and not e.factual for e in denials)
    davis = next(s for s in art.statements if s.direct and s.stance == "deny")
    assert pentagon_text[davis.content_start:davis.content_end].startswith("لم نستلم الطلب")
    schultz = next(s for s in art.statements if s.speaker and "البيت الأبيض" in s.speaker.text)
    assert schultz.speaker.code == "USA" and schultz.direct
    assert all(s.content_end <= art.story_end for s in art.statements)  # nothing from the teaser


def test_no_invented_speaker_and_no_crash_on_odd_quotes(nlp):
    art = _st(nlp, "وقيل إن الاجتماع تأجل إلى موعد لاحق.")
    assert all(s.speaker is None for s in art.statements)
    art = _st(nlp, "قال الوزير: «لم نتلق أي طلب من الجانب الآخر حتى الآن")  # unbalanced
    (s,) = art.statements
    assert s.stance == "deny" and not s.direct
    many = " ".join(f"وقال المتحدث رقم {i} إن الوضع مستقر." for i in range(10))
    art = _st(nlp, many)
    assert len(art.statements) == 10


def _cues(art):
    return [s.cue.text for s in art.statements]


def test_words_that_are_cues_only_before_what_is_said(nlp):
    # أضاف "added", تحدث "happens", مشددة "strict", إضافة إلى "besides", «الحوار بين» the preposition
    for text in ("أضافت شركة غوغل خاصية جديدة إلى خرائطها على الهواتف الذكية.",
                 "وهي ليست المرة الأولى التي تحدث فيها فاشية وسط أفراد عائلة واحدة.",
                 "وتعيش المدينة في أجواء من الخوف ووسط مراقبة عسكرية مشددة منذ أشهر.",
                 "وتشمل الفعاليات عروضا فنية، إضافة إلى إعادة ليالي المحافظات بالساحة الشعبية.",
                 "وتحدث الوزير الأمريكي عن مبادئ جديدة للحوار بين الحكومة الشرعية والمتمردين في اليمن.",
                 "وذكر مصدر أمني طالبا عدم كشف هويته، أن رجلا ألقى قنبلة على الحانة."):
        art = _st(nlp, text)
        assert not {"أضافت", "تحدث", "مشددة", "إضافة", "بين", "كشف"} & set(_cues(art)), (text, _cues(art))
    art = _st(nlp, "وأضاف الوزير أن المفاوضات ستستأنف الأسبوع المقبل.")
    assert _cues(art) == ["وأضاف"]


def test_bayyana_opens_a_statement_and_a_long_title_is_the_speaker(nlp):
    text = "وبين الدكتور موفق أبو طالب مدير إدارة الحج أن الاستعدادات اكتملت."
    (s,) = _st(nlp, text).statements
    assert s.cue.text == "وبين" and s.speaker.text == "الدكتور موفق أبو طالب مدير إدارة الحج"
    assert text[s.content_start:s.content_end] == "الاستعدادات اكتملت"


def test_according_to_what_someone_said(nlp):
    text = "قتل أكثر من 800 شخص منذ مايو، بحسب ما أفاد مصدر عسكري."
    (s,) = _st(nlp, text).statements
    assert s.cue.text == "بحسب ما أفاد" and s.speaker.text == "مصدر عسكري"
    assert text[s.content_start:s.content_end] == "قتل أكثر من 800 شخص منذ مايو"
    text = "وهاجم الطيران سفينة قرب مدينة بنغازي، حسبما ذكر متحدثون عسكريون."
    (s,) = _st(nlp, text).statements
    assert s.cue.text.startswith("حسبما") and s.speaker.text == "متحدثون عسكريون"
    text = "وبحسب دريك فإن أكثر من 95 في المائة من الأجهزة معرضة للاختراق."
    (s,) = _st(nlp, text).statements
    assert s.speaker.text == "دريك" and text[s.content_start:s.content_end].startswith("أكثر من 95")


def test_an_honorific_and_an_adverb_are_not_speakers(nlp):
    text = ("افتتح المؤتمر أمس. قال وزير الخارجية السعودي عادل الجبير إن الحل السياسي ممكن. "
            "وقال معاليه إن المملكة تدعم الحوار. وأضاف يقول إن المشاورات مستمرة.")
    first, second, third = _st(nlp, text).statements
    # the honorific is the mention (the evidence); who it is comes from the one named before
    assert second.speaker.text == "معاليه" and not second.continued
    assert (second.speaker.code, second.speaker.sector) == (first.speaker.code, first.speaker.sector) == ("SAU", "GOV")
    assert third.cue.text == "وأضاف يقول" and third.continued and third.speaker == second.speaker
    (s,) = _st(nlp, "وأكد الرئيس مرارا أن الاتفاق جيد للمنطقة.").statements
    assert s.speaker.text == "الرئيس"
    (s,) = _st(nlp, "وقال مرارا إن الاتفاق جيد للمنطقة.").statements
    assert s.speaker is None


def test_first_person_forms_are_not_cues(nlp):
    # نصف is "half" (and "we describe"): not a cue
    art = _st(nlp, "ونقل الضابط أن القرار اتخذ قبل شهر ونصف الشهر.")
    assert "ونصف" not in _cues(art)


def test_a_relative_or_a_but_before_the_verb(nlp):
    # «نفى … ما أعلنه المتمردون»: what is denied, not a statement of its own
    art = _st(nlp, "نفى جيش جنوب السودان ما أعلنه المتمردون عن أن الحكومة تمنع وصول المساعدات.")
    assert _cues(art) == ["نفى"]
    # «لكنه شدد»: the speaker of the sentence goes on
    text = "أكد محافظ عدن نايف البكري أن الأوضاع في عدن سيئة لكنه شدد على أن عمليات الإصلاح بدأت."
    first, second = _st(nlp, text).statements
    assert second.cue.text == "شدد" and second.continued and second.speaker == first.speaker
    # «وتحدث معاليه عن»: the word the cue needs may follow its speaker
    art = _st(nlp, "قال وزير الخارجية السعودي إن الاجتماع كان مثمرا. وتحدث معاليه عن الأوضاع في اليمن.")
    assert _cues(art) == ["قال", "وتحدث"]


@pytest.mark.parametrize("text, speaker", [
    # the whole speaker and nothing else
    # a titled speaker runs up to what is said
    ("وبين الدكتور موفق أبو طالب مدير إدارة الحج والعمرة في منطقة مكة المكرمة، أن الاستعدادات اكتملت.",
     "الدكتور موفق أبو طالب مدير إدارة الحج والعمرة في منطقة مكة المكرمة"),
    # a quoted name and its origin go with the speaker
    ("بدورها، أكدت وكالة «الأخبار» الموريتانية الخاصة، أمس، أن جبهة تحرير ماسينا قد تكون وراء الهجوم.",
     "وكالة «الأخبار» الموريتانية"),
    # a phrase before a comma inside another clause is not the subject
    ("في أغرب مرسوم يوقعه مسؤول، حذر عمدة بلدة إيطالية صغيرة من الإصابة بالمرض.",
     "عمدة بلدة إيطالية صغيرة"),
    # a name closed by a comma before its verb speaks
    ("غادة عبدالرازق، قالت في حوار صحفي لمجلة «سيدتي»: «إنه لا يوجد إنسان يهرب من عمره الحقيقي».",
     "غادة عبدالرازق"),
    # a quoted name after a source is the one told
    # only a noun such as وكالة، صحيفة، حركة takes a quoted name as its own
    ("أبلغت مصادر موثوقة «الشرق الأوسط» بأن إدارة النصر رفضت مطالب النادي الأرجنتيني.",
     "مصادر موثوقة"),
    # a preposition after a quoted name ends the speaker
    ("وأشارت صحيفة “ميرور” الإنجليزية إلى أن العقد الجديد لوالكوت سيجعله من أعلى لاعبي الفريق دخلا.",
     "صحيفة “ميرور” الإنجليزية"),
    # the one told is not the speaker
    # أبلغ، حذر، نبه… take the one told as their object: it ends the speaker's phrase
    ("وأبلغ الوزير الصحفيين أن الحكومة ستخفض الضرائب.", "الوزير"),
    ("وأبلغ وزير الخارجية الأمريكي جون كيري نظيره الروسي أن واشنطن ترفض الضربات.",
     "وزير الخارجية الأمريكي جون كيري"),
    ("وأبلغ مسؤول أمريكي وكالة رويترز أن الضربات مستمرة.", "مسؤول أمريكي"),
    ("وحذر الجيش اللبناني المواطنين من الاقتراب من الحدود.", "الجيش اللبناني"),
    ("ونبه المتحدث باسم الجيش السكان إلى أن المنطقة خطرة.", "المتحدث باسم الجيش"),
    ("وحذرت الخارجية الإيرانية الدولة العبرية من أي هجوم على المنشآت.", "الخارجية الإيرانية"),
    # a singular participle after the speaker is his own adjective, not the one warned
    ("حذر الضابط المنشق العميد خالد الحسن من سقوط المدينة.", "الضابط المنشق العميد خالد الحسن"),
    # the veil lifted by a named speaker is a statement
    ("وكشف الوزير النقاب عن أن الحكومة تفاوض المتمردين سرا.", "الوزير"),
    # van opens a name and about this ends it
    # «فان» right after the verb is the Dutch «van», not «فإن»; «بهذا الصدد» after a name is not part of it
    ("وقال فان غال: «نحن في طور هذه العملية ولن نكشف اسم اللاعب».", "فان غال"),
    ("وأكد فان جال أن الفريق سيتعاقد مع مهاجم جديد قريبا.", "فان جال"),
    ("ولفت النسور بهذا الصدد إلى أن حكومته تتابع مع الجهات المختصة في المملكة.", "النسور"),
    # a long subject after kana
    # after كان a long title runs on to the verb, over one or two «في»، «لل…»
    ("وكانت رابطة أندية الدوري الإسباني لكرة القدم أعلنت الشهر الماضي أن نادي التشي هبط إلى الدرجة الثانية.",
     "رابطة أندية الدوري الإسباني لكرة القدم"),
    ("وكان مسؤول في الاتحاد السعودي لكرة القدم كشف لـ«الشرق الأوسط»، عن أن هاورد ويب سيتولى اختيار الحكام.",
     "مسؤول في الاتحاد السعودي لكرة القدم"),
    # an outlet told before the speaker
    # «أبلغ «عكاظ» X أن»: the quoted outlet right after a verb of telling is the one told; X speaks
    ("وأبلغت «عكاظ» مصادر مطلعة أن مكاتب الضمان أعادت ادراج 12 ألف حالة.", "مصادر مطلعة"),
    ("أبلغ \"الاقتصادية\" الدكتور إبراهيم العساف وزير المالية السعودي أن تراجع النفط لا يؤثر على المشاريع.",
     "الدكتور إبراهيم العساف وزير المالية السعودي"),
    # a name and its title between commas before the verb speak
    ("عايد بن خليف الشمري، عضو هيئة التدريس بالمعهد العلمي، قال خلال حديث إلى «الشرق الأوسط» إن "
     "التكفير هو الأصل الذي تعتمد عليه كل التنظيمات المتطرفة.",
     "عايد بن خليف الشمري، عضو هيئة التدريس بالمعهد العلمي"),
    # the name ali is no preposition
    # «علي» written with ي is the name; the text writes the preposition «على» with ى
    ("وقال الرئيس اليمني السابق علي عبدالله صالح إن الحوثيين لن يتراجعوا عن مواقعهم في تعز.",
     "الرئيس اليمني السابق علي عبدالله صالح"),
    ("وأكد علي الحسن أن الاتفاق سينفذ على مراحل.", "علي الحسن"),
    # a name or an adjective after the speaker is still the speaker
    ("وقال خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز إن المملكة ماضية في طريقها.",
     "خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز"),
    ("وقال المتحدث باسم التحالف العميد أحمد عسيري إن الغارات مستمرة على المواقع.",
     "المتحدث باسم التحالف العميد أحمد عسيري"),
    ("أكد المتحدث باسم وزارة الداخلية أن قوات الأمن أحبطت هجوما.", "المتحدث باسم وزارة الداخلية"),
    # a title with a quoted company name in it
    ("وأوضح يوسف البنيان نائب رئيس مجلس إدارة «سابك» في حديثه خلال المؤتمر الصحافي أن الوضع المالي قوي.",
     "يوسف البنيان نائب رئيس مجلس إدارة «سابك»"),
    ("وأشار نائب رئيس مجلس إدارة «سابك» إلى أن تباطؤ النمو في الصين لن يؤخر الإنتاج.", "نائب رئيس مجلس إدارة «سابك»"),
    # the one accused is not part of the accuser
    ("وتتهم المعارضة إردوغان بإعاقة مفاوضات تشكيل الحكومة.", "المعارضة"),
    ("واتهم الجيش اليمني الحوثيين بقصف الأحياء السكنية.", "الجيش اليمني"),
    ("واتهم الرئيس السوري بشار الأسد بالوقوف وراء الهجمات.", "الرئيس السوري بشار الأسد"),
    # an object with its pronoun a demonstrative or a set phrase ends the speaker
    ("وأعلنت جماعة ولاية سيناء المتشددة مسؤوليتها عن الهجوم في بيان.", "جماعة ولاية سيناء المتشددة"),
    ("وأعلنت مصر لأول مرة حالة الطوارئ في شمال سيناء.", "مصر"),
    ("ووصف المهندس المخرج هذه المناسبة بالذكرى الغالية في تاريخ الطائف.", "المهندس المخرج"),
    # a quoted newspaper name after kanat is the speaker
    ('وكانت صحيفة "كاثيميريني" أفادت أمس بأن الخطة تتضمن إعادة طرح العملة القديمة.', 'صحيفة "كاثيميريني"'),
    # a name of several words after an before his words
    ("ونقلت وكالة تسنيم الإيرانية عن عبد اللهيان قوله: إن جولة ظريف تتم في إطار تعزيز الصداقة.", "عبد اللهيان"),
    # a statement issued by a body names the body
    ("وقال بيان صادر عن وزارة الداخلية اليوم الأحد إنه تم ضبط 44 عنصرا.", "بيان صادر عن وزارة الداخلية"),
    ("وأكد البيان الصادر عن مكتب رئيس الوزراء التركي أن العمليات تواصلت.", "البيان الصادر عن مكتب رئيس الوزراء التركي"),
    # a name ends at when or during
    ("وأكدت كلينتون عندما سألها صحافيون أنها لم ترسل معلومات سرية.", "كلينتون"),
    ("وقال تشاوش اوغلو اثناء زيارة الى لشبونة إن العملية مستمرة.", "تشاوش اوغلو"),
    # a title runs over in to the name
    ("وقال عضو اللجنة القانونية في الائتلاف الوطني السوري مروان حجو الرفاعي إن النظام يرتكب جرائم.",
     "عضو اللجنة القانونية في الائتلاف الوطني السوري مروان حجو الرفاعي"),
    ("وأكد رئيس قسم الجراحة في مستشفى الملك فهد الدكتور سامي العتيبي أن العملية نجحت.",
     "رئيس قسم الجراحة في مستشفى الملك فهد الدكتور سامي العتيبي"),
    ("وقال مدير إدارة المرور في منطقة الرياض العقيد خالد الزهراني لـ«الوطن» إن الحملة مستمرة.",
     "مدير إدارة المرور في منطقة الرياض العقيد خالد الزهراني"),
    ("وقال المتحدث باسم الوزارة في مؤتمر صحافي إن القوات تقدمت.", "المتحدث باسم الوزارة"),
    ("وقال المتحدث باسم الوزارة في كلمته أمام المؤتمر إن القوات تقدمت.", "المتحدث باسم الوزارة"),
    # the attention drawn is not part of the speaker
    ("ولفت السفير بدر عبدالعاطي الانتباه إلى أهمية أن تتسق التصريحات مع الأفعال.", "السفير بدر عبدالعاطي"),
    ("ولفت التقرير النظر إلى أن الدولة تبنت برنامجا شاملا للقروض.", "التقرير"),
    # a name and title before kana qad is the speaker
    # «X، وزير النفط السعودي كان قد أشار …»: كان قد closes the title set beside the name, as a comma would
    ("علي النعيمي، وزير النفط السعودي كان قد أشار في مقابلة في كانون الأول الماضي، "
     "إلى أن المملكة يمكن أن تستفيد من سوق السندات.",
     "علي النعيمي، وزير النفط السعودي"),
    # a titled speaker ends before where it was said
    ("وقال مدير مركز التقدم الطبي ديفيد داليدن في بيان أمس، \"تعترف القيادات العليا بذلك\".",
     "مدير مركز التقدم الطبي ديفيد داليدن"),
    ("وقال ستيف وارن أحد المتحدثين باسم البنتاغون في بيان إن الفضلي قتل في 8 يوليو.",
     "ستيف وارن أحد المتحدثين باسم البنتاغون"),
    # an outlet the lexicons lack told after the speaker is not the speaker
    ("وقال المصدر لوكالة الأنباء الألمانية إن الاجتماع سيعقد غدا.", "المصدر"),
    ("وقالت مصادر محلية لوكالة الأنباء الألمانية إن القصف مستمر.", "مصادر محلية"),
    ("وصرح دجازيري لشبكة كادينا سير إن كريم سعيد في ريال مدريد.", "دجازيري"),
])
def test_the_one_statements_speaker(nlp, text, speaker):
    """The one statement of `text` has `speaker` as its speaker's text."""
    (s,) = _st(nlp, text).statements
    assert s.speaker.text == speaker, text


@pytest.mark.parametrize("text", [
    # reaching an age considering and defendants are no statements
    # أبلغ/يبلغ (reach, amount to), اعتبر/يعتبر (is considered), متهمين (defendants) and ذكر (mention)
    # attribute a statement only with a clause after them
    "تعرضت مراهقة تبلغ من العمر 16 عامًا لحادث طريق في الصباح الباكر.",
    "والكل يعتبر غيلان صديقا له.",
    "قررت محكمة جنايات القاهرة إحالة 10 متهمين إلى مفتي الديار المصرية لاستطلاع الرأي الشرعي.",
    "ولكن لا أحد منهم ذكر الهدف من هذا الحوار.",
    # on his part after a quoted word opens no clause
    "ويسعى أوباما لكسب ما يكفي من الأصوات للحفاظ على قرار «فيتو» من جانبه في وجه رفض الكونغرس "
    "للاتفاق.",
    # named with no clause after it is no claim
    # «يدعى» (is called) reads as ادعى (claims); a claim needs what is claimed after it
    "ونفذه انتحاري آخر يدعى صالح بن عبد الرحمن القشعمي (سعودي الجنسية).",
    # a negated cue with and before it says nothing
    "ولم يصرح المتحدث باسم الوزارة بأي تفاصيل عن الحادث.",
    "فلن يعلن الاتحاد أسماء اللاعبين قبل الموعد.",
    # things that show do not speak
    "وتشير الأرقام إلى أن حجم التمويل ارتفع.",
    "ويؤكد اتجاه الأسعار أن السوق في تراجع.",
    "هذه التفاصيل تؤكد أن الخطة فشلت.",
    "مما يؤكد أنهم أحضروها معهم.",
    # what is awaited is not said
    "وينتظر أن تعلن الحكومة نتائج التحقيق الأسبوع المقبل.",
    "ومن المقرر أن يعلن الاتحاد قائمة المنتخب غداً.",
    # amounting to is no informing
    "وتبلغ مساحة الشقة 500 متر مربع، ومن المقرر أن يتم تسليمها الشهر المقبل.",
    "وارتفع عدد العمليات بنسبة 5.9% لتبلغ 118 مليون عملية هذا العام.",
    # formulas that attribute nothing
    # «كُشف النقاب» (the veil is lifted: no one speaks) and «يذكر بأن» (it is worth noting) are no statements
    "وكُشف النقاب عن خطة جديدة لإعادة الإعمار في المدينة.",
    "وقد كشف النقاب عن أن الحكومة تفاوض المتمردين سرا.",
    "يذكر بأن اللجنة تأسست قبل خمس سنوات في العاصمة.",
    # via a feeling and a veil lifted by no one say nothing
    # the preposition عبر, a feeling expressed (عزاء) with no clause after it, a ship crossing, «كشف النقاب» with
    # no one named: no statements
    "ونقلت الأسلحة عبر الحدود عن طريق تركيا إلى أن وصلت المدينة.",
    "وعبر جلالته عن عزائه ومواساته للملك في شهداء الواجب، داعيا الله أن يتغمدهم برحمته.",
    "وتظهر صورة لسفينتين تعبران القناة والشعار \"هدية مصر إلى العالم\".",
    "لكن على الرغم من كشف النقاب عن استثمارات أجنبية بالمليارات، إلا أن البطالة ارتفعت.",
    # a noun with ta marbuta is not a verb with its pronoun
    # «حذرة»، «تابعة»، «تذكرة»: written with ة, adjectives and nouns, not حذّره، تابعه، ذكّره
    "في خطوة حذرة، وبعد أسبوع من الاضطرابات، فتحت اليونان أبواب بنوكها.",
    "وسقطت القطعة فوق ضاحية شانغهاي بعيد إقلاع طائرة تابعة لاير فرانس كانت تقوم بالرحلة 111.",
    "وتباع تذكرة دخول رمزية لفعاليات المهرجان بعشرة ريالات.",
    # repeating or renewing a thing is no statement
    # كرر/جدد say something only with words renewed (تأكيد، دعوة، موقف…) or a clause
    "وهي لا تريد أن تكرر تجربة الصين عندما أنهى نيكسون القطيعة بين البلدين.",
    "ويبقى الفيروس في الجسم، الأمر الذي قد يجدد العدوى.",
    "وجددت إدارة النادي عقد لاعبها عبده حكمي لمدة موسم آخر.",
    # min jihatihi then a verb the cues lack and a name is no statement
    "من جهته، حث أوبراين رئيس جنوب السودان على ضمان رفع القيود على العبارات.",
    "من جهتها، تراجعت الأسهم الأوروبية في المعاملات المبكرة أمس.",
    "من جهته رفع معالي المشرف العام على المركز الشكر للقيادة.",
])
def test_no_statement(nlp, text):
    """`text` makes no statement."""
    assert not _st(nlp, text).statements, text


def test_what_a_titled_speaker_says_starts_after_the_comma(nlp):
    text = "وبين الدكتور موفق أبو طالب مدير إدارة الحج والعمرة في منطقة مكة المكرمة، أن الاستعدادات اكتملت."
    (s,) = _st(nlp, text).statements
    assert text[s.content_start:s.content_end] == "الاستعدادات اكتملت"


def test_according_to_an_outlet_before_a_verb_is_its_relay(nlp):
    text = 'وحسب فضائية "الجزيرة"، قال "المعلم" في مؤتمر صحفي إن إيران دخلت المسرح الدولي.'
    (s,) = _st(nlp, text).statements
    assert s.cue.text == "قال" and s.reported_via is not None and "الجزيرة" in s.reported_via.text


def test_a_participle_with_no_statement_before_it_speaks_for_the_sentence_subject(nlp):
    text = ("قال المتحدث باسم وزارة الداخلية إن التحقيق مستمر. "
            "ورفضت الشرطة التعليق اليوم قائلة إن التحقيق لا يزال مستمرا.")
    first, second = _st(nlp, text).statements
    assert second.cue.text == "قائلة" and second.speaker.text == "الشرطة"


def test_a_subject_between_kana_and_the_verb(nlp):
    text = "وكانت مصادر أمنية ذكرت لوكالة الصحافة الفرنسية، أن 14 شخصا على الأقل قتلوا في الهجوم."
    (s,) = _st(nlp, text).statements
    assert s.speaker.text == "مصادر أمنية" and s.reported_via is not None


def test_according_to_his_words_goes_on_the_speaker(nlp):
    text = ("وقال ضابط رفيع إن الجيش أخطأ في فحص الجرحى. "
            "وحسب أقواله فقد تم اتخاذ القرار قبل شهر ونصف الشهر.")
    first, second = _st(nlp, text).statements
    assert second.cue.text == "وحسب" and second.continued and second.speaker == first.speaker
    # «بحسب قوله» inside the speaker's own words is no new statement
    art = _st(nlp, "وقال الرئيس إن بلاده مصممة على مواصلة القتال، بحسب قوله.")
    assert _cues(art) == ["وقال"]


def test_the_outlet_a_statement_was_told_to(nlp):
    for text, outlet in (("وأوضح بصبوص لـ«الشرق الأوسط» أن السبب الحقيقي وراء العملية خلافات داخلية.", "لـ«الشرق الأوسط»"),
                         ('وقال عسيري ل"الرياض": "ما تم تداوله أخبار مغلوطة لا صحة لها".', 'ل"الرياض"'),
                         ("قتل ثلاثة أشخاص في الهجوم، حسبما ذكر مسؤول في أجهزة الإغاثة لوكالة الصحافة الفرنسية.",
                          "لوكالة الصحافة الفرنسية")):
        (s,) = _st(nlp, text).statements
        assert s.reported_via is not None and s.reported_via.text == outlet, (text, s.reported_via)
    (s,) = _st(nlp, "وقال الوزير للصحفيين إن المفاوضات مستمرة.").statements
    assert s.reported_via is None  # journalists are not an outlet


def test_what_is_said_ends_where_the_next_statement_begins(nlp):
    text = ('وقال إردوغان إن "القوى السوداء" تنشر معلومات خاطئة حول تركيا، مؤكدا أن الاتهامات ضد تركيا '
            '"لا أساس ولا تبرير لها".')
    first, second = _st(nlp, text).statements
    assert text[first.content_start:first.content_end].endswith("حول تركيا") and first.stance == "assert"
    assert second.cue.text == "مؤكدا" and second.stance == "deny"  # a refutation further on in what is said


def test_a_negation_that_denies_no_claim(nlp):
    (s,) = _st(nlp, "وقال المتحدث إنه لا معلومات دقيقة حتى الساعة عن مصير المخطوفين.").statements
    assert s.stance == "assert"
    (s,) = _st(nlp, "وأكدت الجامعة أن تعرضها لحالة الإغماء لم يكن له علاقة بالنقاش مع والد المتقدمة.").statements
    assert s.stance == "deny"
    (s,) = _st(nlp, "وأكد المتحدث أن الأنباء المتداولة حول تنفيذ عملية إنزال بري في عدن عارية من الصحة.").statements
    assert s.stance == "deny"


def test_nominal_content_stops_at_the_next_reporting_verb(nlp):
    text = ("ونفت وزارة الدفاع الأمريكية تلقي أي طلب بهذا الشأن، وقال المتحدث باسمها إن الولايات المتحدة "
            "لن تنسق عملياتها مع روسيا.")
    first, second = _st(nlp, text).statements
    assert text[first.content_start:first.content_end] == "تلقي أي طلب بهذا الشأن" and first.stance == "deny"
    assert text[second.content_start:second.content_end].startswith("الولايات المتحدة")


def test_words_that_look_like_cues_but_say_nothing(nlp):
    for text in ("وتم تعديل الاتفاق الذي أعلن عنه يوم 14 يوليو بين إيران والقوى الكبرى.",
                 "ويصل ثمن الجهاز الجديد إلى نحو 649 دولارا أو أكثر بحسب النوع.",
                 "وتم قبولها في الكلية وفق ما أدخلته المتقدمة في بوابة القبول الإلكتروني.",
                 "وقالت الوزارة في توضيح لها اليوم: إشارة إلى ما تم تداوله في وسائل التواصل حول بيع السيارات.",
                 "وانتقد نتنياهو الاتفاق النووي الذي يرى فيه خطرا على وجود إسرائيل.",
                 "وقال المتحدث: «أعلنّا عن رفضنا لقرار النقل منذ أشهر»."):
        cues = _cues(_st(nlp, text))
        assert not {"أعلن", "بحسب", "وفق ما أدخلته", "إشارة", "يرى", "أعلنّا"} & set(cues), (text, cues)


def test_a_new_clause_with_its_own_speaker_is_not_inside_the_first_statement(nlp):
    text = ("وقال محافظ نينوى إن الشرطة نقلت إلى بغداد، بينما أكد ناشط سياسي موصلي أن بغداد تعمدت "
            "بقرارها إضعاف المحافظة.")
    first, second = _st(nlp, text).statements
    assert not second.embedded and second.speaker.text.startswith("ناشط")
    assert text[first.content_start:first.content_end].endswith("إلى بغداد")
    # «…، وأوضح أن»: the phrase before the comma is no subject; the speaker goes on
    text = ("وقال ضابط رفيع إن الجيش استقبل مقاتلين من التنظيمات الإسلامية المتطرفة، وأوضح أن الجيش أخطأ "
            "في فحص هوية الجرحى.")
    first, second = _st(nlp, text).statements
    assert second.continued and second.speaker == first.speaker


def test_ten_speakers_in_one_sentence(nlp):
    names = ["الوزير", "النائب", "المحافظ", "السفير", "المتحدث", "القائد", "المدير", "الرئيس", "الأمين", "العميد"]
    text = "، ".join(f"{'و' if k else ''}قال {n} إن الوضع مستقر في المنطقة رقم {k}" for k, n in enumerate(names)) + "."
    art = _st(nlp, text)
    assert [s.speaker.text for s in art.statements] == names
    assert not any(s.embedded for s in art.statements)
    for s in art.statements:  # what each says ends before the next one speaks
        assert text[s.content_start:s.content_end].startswith("الوضع مستقر")
        assert "قال" not in text[s.content_start:s.content_end]


def test_speakers_before_the_verb_and_in_relative_clauses(nlp):
    (s,) = _st(nlp, "يذكر أن تنظيم الإخوان، زعم أن الحالة الصحية لمرسي في خطر.").statements
    assert s.speaker.text == "تنظيم الإخوان"
    (s,) = _st(nlp, "هذا في الوقت الذي نفى فيه البنتاغون خطف مقاتلين دربهم أميركيون في سوريا.").statements
    assert s.speaker.text == "البنتاغون" and s.stance == "deny"
    text = "لكن وكالة الإعلام الروسية نقلت عن متحدث باسم الكرملين نفيه أي لقاء بين سليماني وبوتين."
    (s,) = _st(nlp, text).statements
    assert s.speaker.text == "متحدث باسم الكرملين" and s.stance == "deny"
    text = "وانتقد إردوغان من جاكرتا الدول التي قال: إنها تحاول إلقاء اللوم على تركيا."
    said = [s for s in _st(nlp, text).statements if s.cue.text == "قال"]
    assert said and said[0].speaker.text == "إردوغان"


def test_by_saying_and_a_negation_is_no_name(nlp):
    (s,) = _st(nlp, "وعبر الطفل محمد العلي عن سعادته بقوله: إنني حصلت على تقدير ممتاز.").statements
    assert s.cue.text == "بقوله" and s.speaker.text.startswith("الطفل")
    text = "وكشف البرقان حقيقة موقف الناديين، حيث قال حتى الآن لم ينه أي من الناديين الشكاوى العالقة."
    said = [s for s in _st(nlp, text).statements if s.cue.text == "قال"]
    assert said and (said[0].speaker is None or "لم" not in said[0].speaker.text)


def test_a_conjunct_right_before_the_verb_is_its_subject(nlp):
    text = "موسكو تطلب من واشنطن عمليات مشتركة في سوريا والبنتاغون ينفي تلقي الطلب"
    (s,) = _st(nlp, text).statements
    assert s.speaker.text == "البنتاغون" and s.speaker.code == "USA" and s.stance == "deny"


def test_the_phrase_after_sabaqa_li_is_the_speaker(nlp):
    text = "وسبق لوزير الخارجية وأن قال مرارا إن المفاوضات لن تطول."
    (s,) = _st(nlp, text).statements
    assert s.speaker is not None and s.speaker.text == "وزير الخارجية"
    text = "وأكد الوزير أن الحوار مستمر. وسبق له أن قال إن الحل سياسي."
    first, second = _st(nlp, text).statements
    assert second.continued and second.speaker == first.speaker
    text = "وسبق أن أعلنت وزارة الداخلية أن الطريق سيغلق."  # the subject after the verb, as before
    (s,) = _st(nlp, text).statements
    assert s.speaker.text.startswith("وزارة الداخلية")


def test_the_sentence_subject_speaks_in_a_statement_it_issued(nlp):
    text = "أصدرت وزارة الداخلية بياناً أوضحت فيه أن الحدود أغلقت أمس."
    said = [s for s in _st(nlp, text).statements if s.cue.text == "أوضحت"]
    assert said and said[0].speaker.text.startswith("وزارة الداخلية")
    text = "ونشرت «كتيبة الشمال» على صفحتها بيانا استنكرت فيه خطف قائدها."
    said = [s for s in _st(nlp, text).statements if s.cue.text == "استنكرت"]
    assert said and said[0].speaker.text == "«كتيبة الشمال»"
    text = "ورفض الجيش الكشف عن عدد القتلى، إلا أنه قال إن العملية مستمرة."
    said = [s for s in _st(nlp, text).statements if s.cue.text == "قال"]
    assert said and said[0].speaker.text == "الجيش"


def test_a_name_in_quotes_after_the_verb_is_the_speaker_not_what_is_said(nlp):
    text = "وأعلنت «كتيبة الشمال» التابعة للجيش الحر أن عناصرها انسحبوا من القرية."
    (s,) = _st(nlp, text).statements
    assert s.speaker.text == "«كتيبة الشمال»" and text[s.content_start:s.content_end].startswith("عناصرها")
    text = "وقال «لن نتراجع عن موقفنا» مشيرا إلى أن المفاوضات متوقفة."  # a quotation stays what is said
    first = _st(nlp, text).statements[0]
    assert first.speaker is None or "نتراجع" not in first.speaker.text


def test_an_event_after_the_verb_is_not_its_speaker(nlp):
    text = ("وقال المتحدث باسم الحركة إن المهاجمين كانوا من الأجانب. "
            "ونفى مقتل أي مدنيين في الهجوم.")
    first, second = _st(nlp, text).statements
    assert second.speaker == first.speaker and second.continued
    text = "وأكدت التحقيقات أن الحريق كان متعمدا."  # an event noun with what it says after it still speaks
    (s,) = _st(nlp, text).statements
    assert s.speaker is not None and "التحقيقات" in s.speaker.text


def test_a_first_statement_with_no_subject_goes_on_the_subject_before(nlp):
    text = ("استقبل وزير الصحة وفدا من الأطباء في مكتبه. "
            "وقال خلال اللقاء إن المستشفيات الجديدة ستفتتح قريبا.")
    (s,) = _st(nlp, text).statements
    assert s.speaker is not None and s.speaker.text.startswith("وزير الصحة") and s.continued
    text = ("في دراسة حديثة نشرت أمس تحسنت نتائج العلاج. "
            "وقال إن المستشفيات الجديدة ستفتتح قريبا.")
    (s,) = _st(nlp, text).statements
    assert s.speaker is None  # no verb opens the sentence before: no subject to go on


def test_what_is_described_is_not_who_describes_it(nlp):
    text = ("وقالت وزارة الخارجية إنها لم تتلق أي إخطار رسمي، "
            "ووصفت علاقة البلدين بالجارة بأنها في أحسن حالاتها.")
    first, second = _st(nlp, text).statements
    assert second.cue.text == "ووصفت" and second.speaker == first.speaker and second.continued
    text = "ووصف الوزير الاتفاق بأنه خطوة مهمة."  # the subject, then what it describes
    (s,) = _st(nlp, text).statements
    assert s.speaker is not None and s.speaker.text.startswith("الوزير")


def test_a_name_the_lexicons_lack_after_the_opening_verb(nlp):
    text = "كما رفضت نوكيا التعليق قائلة إن التحقيق لا يزال مستمرا."
    (s,) = _st(nlp, text).statements
    assert s.speaker is not None and s.speaker.text == "نوكيا"
    text = "ورفض كارتر الكشف عن عدد الجنود، إلا أنه قال إن المهمة مستمرة."
    said = [s for s in _st(nlp, text).statements if s.cue.text == "قال"]
    assert said and said[0].speaker.text == "كارتر"
    text = "ودعا مسؤولي الحزب إلى التهدئة، قائلا إن الوضع خطير."  # a construct's head is no name
    (s,) = _st(nlp, text).statements
    assert s.speaker is None or s.speaker.text != "مسؤولي"


def test_what_follows_qailan_is_said_not_a_speaker(nlp):
    text = "وقال المدرب إن الفريق جاهز للمباراة. وأكد قائلاً هذا الموسم سيكون مختلفا."
    first, second = _st(nlp, text).statements
    assert second.speaker == first.speaker and second.continued
    text = "من جهته يقول خالد الغامدي إن الأسعار ارتفعت."  # «من جهته» names the speaker after «يقول»
    (s,) = _st(nlp, text).statements
    assert s.speaker is not None and "الغامدي" in s.speaker.text


def test_a_named_title_before_its_verb_after_but_speaks(nlp):
    # «المتحدث باسم جيش جنوب السودان»: the link word opens a construct of its own, the name the
    # lexicons lack runs up to the verb, and «ولكن» opens the clause whose subject it is
    text = ("ولكن المتحدث باسم جيش جنوب السودان فيليب اغير نفى تعطيل المراكب التي تعبر النيل للوصول إلى "
            "المناطق الشمالية.")
    art = _st(nlp, text)
    (s,) = art.statements
    assert s.speaker.text == "المتحدث باسم جيش جنوب السودان فيليب اغير" and s.speaker.sector == "MIL"
    assert s.stance == "deny"


def test_through_the_mouth_of_between_speaker_and_content_is_no_second_statement(nlp):
    text = ("بدورها، جددت الحكومة العراقية، وعلى لسان المتحدث باسم المكتب الإعلامي لرئيس الوزراء حيدر العبادي، "
            "موقفها الثابت لتطوير العلاقات بين البلدين.")
    art = _st(nlp, text)
    (s,) = art.statements
    assert s.speaker.text == "الحكومة العراقية" and s.cue.text == "جددت"


def test_a_titled_speaker_runs_over_unknown_words_up_to_what_is_said(nlp):
    # the noun phrase stops at «الرسمي» / «قائد»; the title runs on, over words the lexicons lack, to أن or a comma
    text = ("أكد المتحدث الرسمي لأمانة محافظة الطائف إسماعيل إبراهيم أن متنزه الردف العام لن يكون في متناول "
            "المستثمرين. من ناحية ثانية، أكد قائد عمليات الأنبار الفريق اللواء الركن قاسم المحمدي، مقتل العشرات "
            "من عناصر تنظيم داعش خلال معارك تطهير الأنبار.")
    art = _st(nlp, text)
    first, second = art.statements
    assert first.speaker.text == "المتحدث الرسمي لأمانة محافظة الطائف إسماعيل إبراهيم"
    assert second.speaker.text == "قائد عمليات الأنبار الفريق اللواء الركن قاسم المحمدي"
    assert text[second.content_start:second.content_end].startswith("مقتل العشرات")


def test_a_title_whose_first_letter_is_waw_opens_a_speaker(nlp):
    # «وكيل» is not و + «كيل»: the title opens the speaker that runs up to أن
    text = ("وأوضح وكيل إمارة المنطقة المساعد للتطوير والتقنية المتحدث الرسمي للإمارة علي بن موسى زعلة، "
            "أن توجيه أمير المنطقة جاء بعد اطلاعه على التقارير.")
    (s,) = _st(nlp, text).statements
    assert s.speaker is not None and s.speaker.text.startswith("وكيل إمارة المنطقة") and s.speaker.text.endswith("زعلة")


def test_the_outlet_told_is_not_part_of_the_speaker(nlp):
    text = ("واوضح حسن لوكالة الصحافة الفرنسية ان الهدف هو التقدم نحو حوتة. "
            "وأشار جون بلمار قائد الشرطة للصحافيين إلى أن أحد رجال الشرطة يعالج من جروح في وجهه.")
    first, second = _st(nlp, text).statements
    assert first.speaker.text == "حسن" and first.reported_via is not None
    assert second.speaker.text == "جون بلمار قائد الشرطة"


def test_a_pronoun_after_the_verb_is_whom_it_was_said_to(nlp):
    text = ("جاء رجل إلى عمر يستشيره في طلاق امرأته، فقال له عمر: لا تفعل ذلك يا رجل. "
            "الفنانة الكبيرة سميرة أحمد قالت لي إنها بدأت حياتها الفنية في الأربعينات.")
    first, second = _st(nlp, text).statements
    assert first.speaker.text == "عمر"
    assert second.speaker.text == "الفنانة الكبيرة سميرة أحمد"


@pytest.mark.parametrize("text, speaker, said", [
    # shortly before ends a name and what is said follows the comma
    # «قبيل» (a time preposition) ends the name; «، إن» far after the speaker still opens what is said
    ("وقال ستاثاكيس قبيل بدء المفاوضات السبت، التي استمرت لأكثر من ست ساعات، إن المحادثات أصبحت "
     "في المرحلة النهائية.", "ستاثاكيس", "المحادثات أصبحت"),
    # a quoted name of three words after a newspaper is its name
    # the quotation goes on with «الألمانية …»: a name, not what is said
    ("من جهتها، ذكرت صحيفة «فرانكفورتر اليغميني تسايتونغ» الألمانية الأحد أنه من المرجح أن توافق "
     "الحكومة اليونانية على الخطة.", "صحيفة «فرانكفورتر اليغميني تسايتونغ» الألمانية", "من المرجح"),
    # a name the lexicons lack then a title runs up to what is said
    ("وقال محمد بن علي الجلال مدير مكتب الحملة في لبنان إن الحملة مستمرة في عملها.",
     "محمد بن علي الجلال مدير مكتب الحملة في لبنان", "الحملة مستمرة"),
    # the subject before the verb and the event after it
    ("لكن الجيش التركي أعلن مقتل جنديين وإصابة أربعة بجروح.", "الجيش التركي", "مقتل جنديين"),
    # a headline that opens with its subject then the one accused
    ("وزير تركي يتهم حزب العمال الكردستاني بعدم احترام مفاوضات السلام.", "وزير تركي", "حزب العمال الكردستاني"),
    # the verb spelled like the preposition via
    # «عبّر X عن أمله في أن …» says what follows; «عبر» is also the preposition «via»
    ("من جهته عبّر وزير الخارجية الأمريكي جون كيري عن قلقه من أن يتصاعد التوتر في اليمن.",
     "وزير الخارجية الأمريكي جون كيري", "يتصاعد التوتر"),
    ("وعبر الوزير عن أمله بأن تنتهي الأزمة قريبا.", "الوزير", "تنتهي الأزمة"),
    ("وعبرت الحكومة عن أملها في أن تستأنف المفاوضات.", "الحكومة", "تستأنف المفاوضات"),
])
def test_the_speaker_and_where_what_is_said_begins(nlp, text, speaker, said):
    """The one statement of `text`: its speaker's text is `speaker`, what it says begins with `said`."""
    (s,) = _st(nlp, text).statements
    assert s.speaker.text == speaker, text
    assert text[s.content_start:s.content_end].startswith(said), text


@pytest.mark.parametrize("text, cue, speaker", [
    # by his saying after the verb is part of the cue
    ("وقال نواز إن الحل ليس في سحب الجوازات. "
     "ويستطرد بقوله: «نحن نحارب فكرة تطبيق الاجتهادات الشخصية على المجتمعات».", "ويستطرد بقوله", "نواز"),
    # his talk after the verb is what he said not who says it
    ("وقال الابن إن والدته بريئة. واختتم حديثه بأن الوافد كان يعمل لديهم منذ سنوات.", "واختتم", "الابن"),
    # drew attention goes on the speaker before
    ("وقال المخرج إن المعرض كبير. ولفت النظر إلى أن مآثر الفيصل كثيرة.", "ولفت النظر", "المخرج"),
    # his words relayed from him are his
    ('وقال الوزير إن الشاحنات ستختبر هذا العام. ونقلت صحيفة ألمانية عنه قوله "نحن واثقون من حصولنا '
     'على الموافقة قريبا".', "قوله", "الوزير"),
    # renewing his call goes on the speaker before
    ("وقال الصفواني إن الموسم جيد. وبالعودة إلى الصفواني فقد جدد دعوته إلى توحيد موعد الصيد.", None, "الصفواني"),
    # the one warned with no subject is not the speaker
    # «وحذر الأسر من …»: no subject, the public warned right after the verb; the speaker before goes on
    ("وقال مدير الدفاع المدني اللواء سليمان العمرو إن الفرق باشرت الحريق. وحذر الأسر من ترك الأطفال داخل السيارات.",
     "وحذر", None),
    ("وقال مدير الدفاع المدني اللواء سليمان العمرو إن الفرق باشرت الحريق، وحذر أولياء الأمور من ترك الأطفال.",
     "وحذر", None),
    ("وقال مدير الدفاع المدني اللواء سليمان العمرو إن الفرق باشرت الحريق. وحذر المسافرين من حمل الممنوعات.",
     "وحذر", None),
    # what was said before a comma is not the next verbs subject
    # «… أن الفقر مرتبط بتراجع نمو المخ، وقال:»: with و after a comma the verb goes on the speaker before
    ("ويتابع بولاك أن العلماء وجدوا أن الفقر مرتبط بتراجع نمو المخ، وقال: «الدراسة تغلق الحلقة وتضيف القطعة الغائبة».",
     None, "بولاك"),
    ("وقال الباراغوياني خوان أنخيل نابوت إن أميركا الجنوبية ستدعم بلاتيني، ووصفه بـ«الرجل الاستثنائي».",
     None, "الباراغوياني خوان أنخيل نابوت"),
    # the one told with lam is not the speaker
    # «وأوضح لضيفه أن …»: ل + a noun with its pronoun after the verb is the one told; the speaker before goes on
    ("وقال كارتر إن الولايات المتحدة ملتزمة بأمن حلفائها. وأوضح لضيفه أن الاتفاق مع طهران لا يغير شيئا.", None, None),
])
def test_the_second_statement_goes_on_the_speaker_before(nlp, text, cue, speaker):
    """The second of the two statements of `text` goes on (continued) with the speaker before: its speaker's text
    is `speaker` (None: it is the first statement's speaker), its cue `cue` (None: not checked)."""
    first, second = _st(nlp, text).statements
    assert cue is None or second.cue.text == cue, text
    assert second.continued, text
    assert second.speaker == first.speaker if speaker is None else second.speaker.text == speaker, text


def test_as_the_sources_said_and_reports_consider_still_state(nlp):
    # «كما ذكرت … مصادر رسمية» tells what came before; «وتعتبر تقارير صحافية» names who considers
    text = "وقررت السلطات توسيع منع ارتداء النقاب إلى مناطق الشمال، كما ذكرت الجمعة الماضي مصادر رسمية."
    (s,) = _st(nlp, text).statements
    assert s.cue.text == "ذكرت"
    text = "وتعتبر تقارير صحافية سابقة دول المغرب العربي من أكثر الدول تصديرا للمقاتلين."
    (s,) = _st(nlp, text).statements
    assert "تقارير صحافية" in s.speaker.text


def test_a_verb_form_after_a_preposition_is_a_verbal_noun(nlp):
    text = ("وأضاف العقيل أن هذه الطرق لم تعد تشكل أي صعوبة لدى رجال الجمارك في كشفها وإحباطها، مؤكدًا أن "
            "ذلك يعود لبناء القدرات.")
    art = _st(nlp, text)
    assert [s.cue.text for s in art.statements] == ["وأضاف", "مؤكدًا"]


def test_a_place_after_a_preposition_before_the_verb_is_not_its_subject(nlp):
    text = "وفي جنوب لبنان، قالت دائرة الأنواء الجوية من جانبها إن لا صحة لهذه الأنباء."
    (s,) = _st(nlp, text).statements
    assert s.speaker.text == "دائرة الأنواء الجوية" and s.stance == "deny"


def test_time_words_and_as_reported_end_a_speaker(nlp):
    text = ("وأعلنت الولايات المتحدة وتركيا الشهر الماضي عزمهما طرد تنظيم داعش من شمال سوريا. "
            "وقال اوسبورن كما ورد في فقرات من خطابه إن الاستفتاء فرصة للبحث في اصلاحات.")
    first, second = _st(nlp, text).statements
    assert first.speaker.text == "الولايات المتحدة وتركيا"
    assert second.speaker.text == "اوسبورن"


def test_a_preposition_after_the_verb_is_no_speaker(nlp):
    text = "هاجم المرشحة الديمقراطية هيلاري كلينتون، ووصفها بـ«أسوأ وزير خارجية في تاريخ بلادنا»."
    for s in _st(nlp, text).statements:
        assert s.speaker is None or s.speaker.text != "بـ"


def test_a_participle_goes_on_the_subject_after_an_opening_phrase(nlp):
    # «من جهة أخرى،» opens the sentence: the subject of «دعا» after it says what «مشيراً» tells
    text = ("وقالت وزارة الدفاع الأميركية إن الضربات مستمرة. من جهة أخرى، دعا وزير الخارجية الروسي سيرغي "
            "لافروف الولايات المتحدة إلى التعاون مع الرئيس السوري، مشيرا إلى أن ذلك يتطلب تحالفا دوليا.")
    first, second = _st(nlp, text).statements
    assert second.speaker.text == "وزير الخارجية الروسي سيرغي لافروف" and not second.continued


def test_by_that_after_the_verb_is_not_the_speaker(nlp):
    text = ("وصرح بذلك الناطق الإعلامي بقيادة حرس الحدود بمنطقة عسير المقدم البحري الدكتور شايع القحطاني "
            "بأن ذلك تم بمتابعة من القيادة.")
    (s,) = _st(nlp, text).statements
    assert s.speaker.text.startswith("الناطق الإعلامي") and s.speaker.text.endswith("القحطاني")


def test_considered_with_a_place_after_it_is_passive(nlp):
    # «وتعتبر القاعدة موقعاً»: the base is considered a site; only a person or body noun considers
    text = "وتعتبر القاعدة موقعا استراتيجيا يتحكم في المداخل المؤدية إلى عدن وأن السيطرة عليها مهمة."
    assert [s for s in _st(nlp, text).statements if s.cue.text == "وتعتبر"] == []


def test_what_is_said_opening_with_ma_what_is_no_denial(nlp):
    text = "قال مسؤولون إن ما لا يقل عن خمسة أشخاص لقوا حتفهم في تفجير انتحاري وقع في العاصمة الأفغانية."
    (s,) = _st(nlp, text).statements
    assert s.stance == "assert"


def test_ali_stays_a_preposition_where_the_text_writes_ya_for_alif_maqsura():
    from hadath.stages.statements import _YA_FOR_ALIF
    assert _YA_FOR_ALIF.search("وأشار إلي أن الوزارة حريصة علي أهمية") is not None
    assert _YA_FOR_ALIF.search("وأشار إلى أن الوزارة حريصة على أهمية") is None


def test_the_word_joining_two_speakers_ends_the_first_statement(nlp):
    text = ("وأكد رئيس الوزراء أن الحكومة ماضية في الإصلاحات، فيما أكد وزير المالية أن الميزانية متوازنة "
            "هذا العام.")
    first, second = _st(nlp, text).statements
    assert first.speaker.text == "رئيس الوزراء" and second.speaker.text == "وزير المالية"
    assert text[first.content_start:first.content_end] == "الحكومة ماضية في الإصلاحات"
    text = "وحذر الخبير من تداول الإعلانات عبر وسائل التواصل، كما أكد أن الشركات الوهمية لا تزال تعمل."
    first = _st(nlp, text).statements[0]
    assert text[first.content_start:first.content_end].endswith("وسائل التواصل")


def test_the_speaker_stops_before_the_object_of_the_verb(nlp):
    text = "وأعلن نادي النصر التعاقد مع اللاعب البرازيلي لمدة ثلاثة مواسم."
    (s,) = _st(nlp, text).statements
    assert s.speaker.text == "نادي النصر"
    text = "وكذّب المتحدث باسم الجيش الأنباء عن سقوط الطائرة في الصحراء."
    (s,) = _st(nlp, text).statements
    assert s.speaker.text == "المتحدث باسم الجيش" and s.stance == "deny"
    text = "وتتهم المملكة إيران بالتدخل في شؤون البحرين الداخلية."
    (s,) = _st(nlp, text).statements
    assert s.speaker.text == "المملكة"


def test_on_his_part_a_verb_and_its_subject_then_saying(nlp):
    # «من جهته عبّر X عن … قائلاً»: X says what follows «قائلاً»; «من جهته» says nothing of its own
    for text in ("من جهته عبّر رئيس النادي عبدالله الفلاني عن سعادته بالفوز قائلاً: إن الفريق قدم مباراة كبيرة.",
                 "من جهته، عبّر رئيس النادي عبدالله الفلاني عن سعادته بالفوز قائلاً إن الفريق قدم مباراة كبيرة."):
        (s,) = _st(nlp, text).statements
        assert s.cue.text == "قائلاً" and s.speaker.text == "رئيس النادي عبدالله الفلاني"
        assert text[s.content_start:s.content_end].endswith("الفريق قدم مباراة كبيرة")


def test_a_quote_mark_closing_an_outlet_name_opens_no_quotation(nlp):
    # the second mark of لـ"الوطن" is glued to the name and a space follows: it closes, what is said is the أن-clause
    text = ('وكشف المتحدث الرسمي للمدينة منصور العتيبي لـ"الوطن" أمس أن عدد البراءات بلغ 268 براءة. '
            'وأشار العتيبي إلى أن الطلبات بلغت 787 طلبا في "العام الماضي" وحده.')
    first, second = _st(nlp, text).statements
    assert first.speaker.text == "المتحدث الرسمي للمدينة منصور العتيبي" and not first.direct
    assert text[first.content_start:first.content_end] == "عدد البراءات بلغ 268 براءة"
    assert first.reported_via.text == 'لـ"الوطن"'
    assert second.speaker.text == "العتيبي" and not second.embedded


def test_a_verb_after_that_he_does_not_is_what_the_speaker_says(nlp):
    # «أنه لا يستبعد»: the pronoun is the speaker's; the participles after go on him
    text = ("وقال الابن في حديث للصحيفة إن والدته بريئة. ولفت إلى أنه لا يستبعد تعرض الوافد لضغوط بالتحقيقات، "
            "مؤكداً أن هناك ضغوطاً مورست عليه.")
    sts = _st(nlp, text).statements
    assert [s.cue.text for s in sts] == ["وقال", "ولفت", "مؤكداً"]
    assert all(s.speaker is not None and s.speaker.text == "الابن" for s in sts)
    assert text[sts[1].content_start:sts[1].content_end].startswith("لا يستبعد")
    # (but «إلا أنه قال»: a statement of its own)
    text = "ورفض الوزير التعليق، إلا أنه قال إن الحكومة تدرس الأمر."
    assert [s.cue.text for s in _st(nlp, text).statements] == ["قال"]


def test_the_outlet_told_right_after_the_verb_then_the_speaker(nlp):
    text = 'من جهته، قال لـ"الاقتصادية" مصدر جمركي، إن الجمارك استعانت بالقطاع الخاص.'
    (s,) = _st(nlp, text).statements
    assert s.speaker.text == "مصدر جمركي" and s.reported_via.text == 'لـ"الاقتصادية"'
    text = "كشف لـ«عكاظ» الرئيس العام للأرصاد الدكتور عبدالعزيز الجاسر، عن إنشاء 70 محطة جديدة."
    (s,) = _st(nlp, text).statements
    assert s.speaker.text == "الرئيس العام للأرصاد الدكتور عبدالعزيز الجاسر"


def test_a_quoted_body_in_a_title_is_part_of_the_speaker_not_the_outlet(nlp):
    text = "وحذّر المستشار القانوني لـ«الجيش السوري الحر» أسامة أبو زيد أمس، من «خطورة» ما أعلنه الأسد."
    (s,) = _st(nlp, text).statements
    assert s.speaker.text == "المستشار القانوني لـ«الجيش السوري الحر» أسامة أبو زيد"
    assert s.reported_via is None


def test_a_denial_ends_where_but_that_begins(nlp):
    text = "وفيما تنفي إيران تدخّلها في الشؤون الداخلية لدول المنطقة، إلا أنها تؤكد أن الاتفاق لن يغير سياساتها."
    first, second = _st(nlp, text).statements
    assert first.stance == "deny" and first.speaker.text == "إيران"
    assert text[first.content_start:first.content_end] == "تدخّلها في الشؤون الداخلية لدول المنطقة"
    assert second.stance == "assert" and second.speaker.text == "إيران"


def test_an_agreeing_adjective_and_a_title_stay_in_the_speaker_up_to_saying(nlp):
    text = "أوضح أمين العاصمة المقدسة الدكتور أسامة بن فضل البار، قائلاً: إن هذه المشاريع تحظى بعناية كبرى."
    sts = _st(nlp, text).statements
    assert [s.speaker.text for s in sts] == ["أمين العاصمة المقدسة الدكتور أسامة بن فضل البار"] * 2
    assert text[sts[-1].content_start:sts[-1].content_end].startswith("إن هذه المشاريع")


def test_what_is_denied_after_the_speaker_is_not_part_of_it(nlp):
    text = "ونفت الوزارة صحة الأنباء عن إغلاق الحدود."
    (s,) = _st(nlp, text).statements
    assert s.speaker.text == "الوزارة" and s.stance == "deny"
    assert text[s.content_start:s.content_end].startswith("صحة الأنباء")
    # «نفياً قاطعاً»: the verb's own noun, no second denial
    text = "ونفى الجيش نفيا قاطعا مقتل أي مدنيين في الغارة."
    (s,) = _st(nlp, text).statements
    assert s.speaker.text == "الجيش" and s.stance == "deny"


def test_the_outlet_told_after_the_speaker_is_not_what_is_said(nlp):
    text = "ونفت مصادر مطلعة لـ«الشرق الأوسط» وجود أي خلافات بين الطرفين."
    (s,) = _st(nlp, text).statements
    assert s.speaker.text == "مصادر مطلعة" and s.reported_via.text == "لـ«الشرق الأوسط»"
    assert text[s.content_start:s.content_end].startswith("وجود أي خلافات")


def test_is_called_is_no_claim(nlp):
    text = "وقالت الشرطة إن المهاجم شاب يبلغ 20 عاما ويدعى أحمد سالم. وتدعى زوجته سارة."
    (s,) = _st(nlp, text).statements
    assert s.cue.text == "وقالت"
    (s,) = _st(nlp, "وتدّعي الحكومة أن الانتخابات كانت نزيهة.").statements
    assert s.speaker.text == "الحكومة"


def test_reports_that_show_still_speak(nlp):
    # (what things show is no statement: test_no_statement)
    (s,) = _st(nlp, "وتشير تقارير صحافية إلى أن الجيش سيطر على المدينة.").statements
    assert s.speaker.text.startswith("تقارير")


def test_a_confirmed_case_is_an_adjective(nlp):
    text = "وسجلت الوزارة 20 إصابة مؤكدة بالفيروس، مشيرة إلى أن الحالات مستقرة."
    (s,) = _st(nlp, text).statements
    assert s.cue.text == "مشيرة"


def test_a_negation_with_an_exception_asserts(nlp):
    (s,) = _st(nlp, "وقال المتحدث: «لن تزيدنا هذه الهجمات إلا إصراراً على المضي في طريقنا».").statements
    assert s.stance == "assert"
    (s,) = _st(nlp, "وقال المتحدث: «لم نتلق أي طلب من الجانب الروسي».").statements
    assert s.stance == "deny"


def test_informing_someone_is_a_statement(nlp):
    # (amounting to is no informing: test_no_statement)
    (s,) = _st(nlp, "ويبلغ الوزير البرلمان أن المفاوضات مستمرة.").statements
    assert s.cue.text == "ويبلغ"


def test_the_subject_of_an_opening_verb_the_lexicons_lack(nlp):
    for text, speaker in (
            ("طمأن ياسر القحطاني قائد فريق الهلال جماهير ناديه إلى رضاه، وقال: «البرنامج يسير بشكل جيد».",
             "ياسر القحطاني"),
            ("وثمن المهندس محمد بن عبدالرحمن المخرج، أمين الطائف، دعم الأمير للمشاريع، مشيراً إلى أن المنجز كبير.",
             "المهندس محمد بن عبدالرحمن المخرج")):
        (s,) = _st(nlp, text).statements
        assert s.speaker is not None and s.speaker.text == speaker, text
    text = "هنأ الدكتور خالد المقرن منسوبي الجامعة بالعيد. وأكد على ضرورة الالتزام بقيم العمل."
    (s,) = _st(nlp, text).statements
    assert s.continued and s.speaker.text == "الدكتور خالد المقرن"
    text = "وواصل الفريق تحضيراته للموسم، وشدد على ضرورة الالتزام."
    assert all(s.speaker is None for s in _st(nlp, text).statements)


def test_a_cue_inside_a_short_quoted_name_says_nothing(nlp):
    text = "وشارك الفنان في مسرحية «قال الراوي» التي عرضت أمس."
    assert not _st(nlp, text).statements
    assert not _st(nlp, "وأطلقت الوزارة حملة \"فليحذر\" لتوعية السائقين.").statements
    text = 'وشدد المدرب على البقاء بدوري "عبداللطيف جميل" وقال: "هذه رؤيتنا ولن نكابر في أهدافنا".'
    assert [s.cue.text for s in _st(nlp, text).statements] == ["وشدد", "وقال"]


def test_a_participle_spelled_noun_after_a_preposition_is_the_noun(nlp):
    text = "وكتب المحتجون على لافتة «ارحلوا» باللون الأحمر."
    assert all(s.cue.text != "لافتة" for s in _st(nlp, text).statements)


def test_what_was_refused_is_not_said(nlp):
    assert not _st(nlp, "ورفضت الوزارة أن تعلن أسماء المتهمين.").statements
    (s,) = _st(nlp, "ورفض الوزير الاتهامات وقال إن الحكومة لم تخطئ.").statements
    assert s.cue.text == "وقال" and s.speaker.text == "الوزير"


def test_a_participle_after_a_pronoun_is_what_is_said_of_it(nlp):
    text = "وقال إننا نختار أعلى النسب وهي معلنة عبر موقع الجامعة."
    assert [s.cue.text for s in _st(nlp, text).statements] == ["وقال"]


def test_what_is_said_begins_at_the_one_warned(nlp):
    # «حذرت X Y من Z»: the warning names the one warned (Y), so what is said begins there
    text = "وحذر الجيش اللبناني المواطنين من الاقتراب من الحدود."
    (s,) = _st(nlp, text).statements
    assert s.speaker.text == "الجيش اللبناني"
    assert text[s.content_start:s.content_end] == "المواطنين من الاقتراب من الحدود"
    # with no one warned, after من; with a clause, after أن
    text = "وحذرت منظمات الإغاثة من إعاقة الوصول إلى المناطق المتضررة."
    (s,) = _st(nlp, text).statements
    assert text[s.content_start:s.content_end].startswith("إعاقة الوصول")
    text = "وحذر الرئيس الأميركي باراك أوباما أمس، كير ومشار من أنهم سيواجهون عقوبات جديدة."
    (s,) = _st(nlp, text).statements
    assert text[s.content_start:s.content_end] == "سيواجهون عقوبات جديدة"


@pytest.mark.parametrize("text, said", [
    ("وأعلنت الشركة عن نتائج أعمال دون التوقعات في الربع الثاني.", "نتائج أعمال"),
    ("وشدد الوزير على أهمية التنسيق بين الأجهزة الأمنية.", "أهمية التنسيق"),
    ("وأشارت المصادر إلى مقتل 17 حوثيا وجرح العشرات.", "مقتل 17"),
    ("وكشف مدير الشرطة النقاب عن تفاصيل الجريمة.", "تفاصيل الجريمة"),
    ("وأماط التقرير اللثام عن فساد واسع في الوزارة.", "فساد واسع"),
])
def test_a_nominal_content_leaves_out_its_preposition_and_the_veil(nlp, text, said):
    # «أعلن عن X»، «شدد على X»، «كشف النقاب عن X»، «أماط اللثام عن X»: what is said is X
    (s,) = _st(nlp, text).statements
    assert text[s.content_start:s.content_end].startswith(said)
    assert s.speaker is not None and "النقاب" not in s.speaker.text and "اللثام" not in s.speaker.text


def test_a_verb_after_a_noun_inside_what_is_said_is_no_statement_of_its_own(nlp):
    # «وذكر المتحدث أن المشاورات أكدت …»: the talks "confirmed" inside the spokesman's words, told by him
    text = ("وذكر المتحدث باسم وزارة الخارجية أن المشاورات أكدت على متانة العلاقات بين البلدين، "
            "وقال إن الوزير سيزور أبوظبي.")
    outer = [s for s in _st(nlp, text).statements if not s.embedded]
    assert [s.cue.text for s in outer] == ["وذكر", "وقال"]
    assert text[outer[0].content_start:outer[0].content_end].startswith("المشاورات أكدت على متانة")


def test_a_participle_inside_what_is_said_goes_on_the_speaker(nlp):
    text = "وأكد الناشط محمود بصبوص صحة خبر الاختطاف، نافيا أن يكون سببه برنامج التدريب الأميركي."
    last = _st(nlp, text).statements[-1]
    assert last.cue.text == "نافيا" and not last.embedded and last.continued and last.speaker is not None


def test_a_topic_before_the_verb_keeps_the_speaker(nlp):
    # «وعن X أكد أنه …»: the phrase before the verb says what about, the speaker before goes on
    text = ("قال المتحدث باسم الانتخابات البلدية إن المرأة ستشارك في الدورة الحالية. "
            "وعن المشاركة الأمنية في تغطية الانتخابات أكد أنه يوجد تنسيق عالي المستوى.")
    first, second = _st(nlp, text).statements
    assert second.cue.text == "أكد" and second.continued and second.speaker == first.speaker
    # but an indefinite noun right before an imperfect is its subject: «ومن الرسائل … رسالة تقول إن»
    text = ("قال مسؤول في الشركة إن الخدمة متاحة للجميع. "
            "ومن الرسائل التي يمكن أن تظهر للمستخدم رسالة تقول إن المطعم مزدحم.")
    said = [s for s in _st(nlp, text).statements if s.cue.text == "تقول"]
    assert all(not s.continued for s in said)


@pytest.mark.parametrize("text, speaker", [
    ("وقد ولدت بينهما علاقة وطيدة لطالما أشار إليها الطرفان في مختلف النشاطات.", "الطرفان"),
    ("وهي حملة قال عنها رئيس الوزراء أحمد داود أوغلو إنها قتال متزامن للإرهاب.", "رئيس الوزراء أحمد داود أوغلو"),
    ("أوضح ذلك مدير عام العلاقات العامة والإعلام في إمارة المنطقة، مؤكدا أن العمل مستمر.",
     "مدير عام العلاقات العامة والإعلام"),
])
def test_the_verbs_object_before_the_speaker_is_not_the_speaker(nlp, text, speaker):
    # «أشار إليها X»، «قال عنها X»، «أوضح ذلك X»: the pronoun after a preposition (or ذلك) is the verb's object
    s = _st(nlp, text).statements[0]
    assert s.speaker.text == speaker


def test_a_blessing_is_part_of_the_name(nlp):
    text = 'وتحدث خطيب المسجد النبوي عن أن أذية المسلم باللسان محرمة, قال عليه السلام "قتال المسلم كفر وسبابه فسوق" ولعنه كقتله.'
    said = [s for s in _st(nlp, text).statements if s.cue.text == "قال"]
    assert said and said[0].speaker.text == "عليه السلام"


def test_a_participle_of_another_act_ends_what_is_said(nlp):
    # «…، داعياً …»، «…، مطالباً …»: a new act (a prayer, a demand), not part of what is said
    text = ("واعتبر المبعوث أن الأزمة في جنوب السودان داخلية وليست خارجية، "
            "داعيًا أطراف النزاع إلى حل خلافاتهما بشكل سلمي وجاد.")
    (s,) = _st(nlp, text).statements
    assert text[s.content_start:s.content_end] == "الأزمة في جنوب السودان داخلية وليست خارجية"


def test_a_name_the_lexicons_lack_ends_before_a_verb_that_opens_a_clause(nlp):
    # «استنكرت الأمانة العامة … تصريحات المالكي وقالت إنها …»: «وقالت» is a statement of its own, not part of a name
    text = ("من جهتها، استنكرت الأمانة العامة لمنظمة التعاون الإسلامي تصريحات المالكي "
            "وقالت إنها تنافي الواقع.")
    said = [s for s in _st(nlp, text).statements if s.cue.text == "وقالت"]
    assert said and said[0].stance == "deny" and "وقالت" not in said[0].speaker.text
    # but «قائلاً» after the speaker is part of the cue
    text = "وأكد دي ماريا قائلا، \"أنا آسف لأن الوضع لم يكن حسبما كنت أريد مع هذا النادي\"."
    assert [s.cue.text for s in _st(nlp, text).statements] == ["وأكد"]


def test_the_one_named_before_a_relative_says_what_follows(nlp):
    # «… والرئيس الفرنسي فرنسوا هولاند الذي قال …»: the relative's antecedent is who speaks
    text = ("وعقد رئيس الوزراء اليوناني ألكسيس تسيبراس والرئيس الفرنسي فرنسوا هولاند الذي قال أمس الخميس "
            "بأنه يتعين التوصل لاتفاق بشأن حزمة إنقاذ جديدة.")
    (s,) = _st(nlp, text).statements
    assert s.speaker.text == "الرئيس الفرنسي فرنسوا هولاند"
    # but not when the verb takes the antecedent as its object (اعتبرها)
    text = "وشن رئيس الحركة هجومًا عنيفًا على حكومة جنوب السودان والتي اعتبرها بأنها فاقدة للشرعية."
    (s,) = _st(nlp, text).statements
    assert s.speaker is None or "حكومة" not in s.speaker.text


def test_as_said_at_the_end_tells_the_clause_before(nlp):
    # «…، كما قال والده.»، «…، وفقا لما أكده السفير.»: what is said comes before the cue
    text = "وكان هذا آخر يوم عمل له في الشركة الفرنسية، كما قال والده."
    (s,) = _st(nlp, text).statements
    assert text[s.content_start:s.content_end] == "وكان هذا آخر يوم عمل له في الشركة الفرنسية"
    text = "وتقع المحطة على بعد عشرة كيلومترات من هناك، وفقا لما أكده السفير المصري."
    (s,) = _st(nlp, text).statements
    assert text[s.content_start:s.content_end] == "وتقع المحطة على بعد عشرة كيلومترات من هناك"


def test_a_participle_counted_after_a_number_is_a_noun(nlp):
    # «بإخلاء سبيل 11 متهما ومتهمة»: defendants, not «accusing»; but «… 3460م2 لافتاً إلى أن …» still says
    assert not _st(nlp, "وأمرت المحكمة بإخلاء سبيل 11 متهما ومتهمة بلا ضمان.").statements
    text = "ليصبح إجمالي مساحة الرواق 3460م2 لافتاً إلى أن نسبة الأعمال المنجزة 80 في المائة."
    assert [s.cue.text for s in _st(nlp, text).statements] == ["لافتاً"]


@pytest.mark.parametrize("text, speaker, continued", [
    ("وأكد المتحدث الأمني أن التحقيقات مستمرة. ويتابع حديثه لـ«سبق» قائلا: «لن نتهاون مع أي مخالف».",
     "المتحدث الأمني", True),
    ("وأكد المتحدث الأمني أن التحقيقات مستمرة. وتابع في حديثه لـ\"الرياض\" قائلا إن الأجهزة الأمنية لن تتهاون.",
     "المتحدث الأمني", True),
    ("وأكد المتحدث الأمني أن التحقيقات مستمرة. ويتابع الحقباني حديثه قائلا: \"نحن جميعا نفخر بمواقف الراحل\".",
     "الحقباني", False),
    ("وأكد رئيس النادي أن الفريق جاهز. واختتم تصريحاته بالقول: إن الموسم المقبل سيكون مختلفا.",
     "رئيس النادي", True),
])
def test_going_on_with_the_talk_then_saying_is_one_statement(nlp, text, speaker, continued):
    # «ويتابع حديثه … قائلاً:»: the verb, the speech noun and «قائلاً» make one statement, said after «قائلاً»
    art = _st(nlp, text)
    first, second = art.statements
    assert second.speaker.text == speaker and second.continued is continued
    assert text[second.content_start:second.content_end].strip("«»\"").split()[0] in ("لن", "الأجهزة", "نحن", "إن")


def test_a_warning_subject_is_still_the_speaker(nlp):
    text = "وأكد المتحدث الأمني أن التحقيقات مستمرة. وحذر الجيش اللبناني المواطنين من الاقتراب من الحدود."
    first, second = _st(nlp, text).statements
    assert second.speaker.text == "الجيش اللبناني" and not second.continued


@pytest.mark.parametrize("footer", [
    "رابط الخبر بصحيفة الوئام: السفارة السعودية باليونان تحذر من عصابات تستخدم الانترنت.. وتدعو للحذر",
    "\nرابط الخبر بصحيفة الوئام: مسؤول عسكري سعودي يعلن من عدن بدء تشغيل جسر جوى للإغاثة",
    "\nكتب: محمد العتيبي",
])
def test_a_footer_line_makes_no_statement(nlp, footer):
    # «رابط الخبر …: title» (the linked story's title, to the end of the line) or a byline: no statement
    text = "وقال وزير الداخلية إن الأمن مستتب في المدينة. " + footer
    (s,) = _st(nlp, text).statements
    assert s.cue.text == "وقال"


@pytest.mark.parametrize("text, said", [
    ("والقى الشيخ صالح آل طالب كلمة تحدث فيها عن أهمية الدعم المستمر لخدمة القرآن الكريم.", "أهمية الدعم"),
    ("وذكره نائب مدير شرطة دبي على حسابه بتغريدة قال فيها: \"الإمارات ستظل دولة عزيزة في مواقفها\".", "الإمارات ستظل"),
    ("ونشرت سلسلة متاجر ليدل الالمانية اعلانات في الصحف اليونانية تؤكد فيها انها ستبقي على اسعارها.", "ستبقي"),
])
def test_the_pronoun_where_it_was_said_is_not_the_speaker(nlp, text, said):
    # «كلمة تحدث فيها عن …»: «فيها» tells where it was said; what is said begins after it
    (s,) = [s for s in _st(nlp, text).statements if s.cue.text in ("تحدث", "قال", "تؤكد")]
    assert s.speaker is None or "فيها" not in s.speaker.text
    assert text[s.content_start:s.content_end].startswith(said)


def test_a_name_after_the_pronoun_still_speaks(nlp):
    text = "لم نعد نرى دفترا عند باب البيت وقد كتب فيه أحدهم \"حضرنا ولم نجدكم هذا المساء\"."
    (s,) = _st(nlp, text).statements
    assert s.speaker is not None and s.speaker.text == "أحدهم"


@pytest.mark.parametrize("text", [
    "وأوضح المتحدث الرسمي لأمانة الطائف أن الاحتفالات ستقام كل حسب دائرته الانتخابية.",
    "وقال أحد المقيمين إن أسعار إيجار الاستراحات بجدة تختلف بحسب موقعها وحجمها.",
])
def test_according_to_a_thing_of_its_own_is_no_statement(nlp, text):
    # «حسب دائرته»، «بحسب موقعها»: according to a thing of its own, not to what someone says
    assert [s.cue.text for s in _st(nlp, text).statements] in (["وأوضح"], ["وقال"])


def test_according_to_someones_opinion_still_attributes(nlp):
    text = "وقال رئيس الحكومة إن البلاد ستواصل سياستها. وبحسب رأيه فإن التاريخ أثبت صحة هذا الموقف."
    first, second = _st(nlp, text).statements
    assert second.cue.text == "وبحسب" and second.speaker == first.speaker


@pytest.mark.parametrize("text, speaker", [
    ("وفي أعقاب الفضيحة قال السويسري سيب بلاتر إنه سيستقيل من منصبه، لكنه نفى تورطه في أي فساد.", "السويسري سيب بلاتر"),
    ("وكان حاكم ويسكونسن سكوت ووكر قد أعلن ترشحه في 13 يوليو الحالي.", "حاكم ويسكونسن سكوت ووكر"),
    ("ولا ينبغي أن ننسى أن الحركة المدعومة من إيران كانت قد أعلنت مسؤوليتها عن تفجيرات عام 1983.", None),
])
def test_the_subjects_own_act_after_the_verb_is_not_the_speaker(nlp, text, speaker):
    # «نفى تورطه»، «أعلن ترشحه»، «أعلنت مسؤوليتها»: the object, with the pronoun of a subject named before
    st = [s for s in _st(nlp, text).statements if s.cue.text in ("نفى", "أعلن", "أعلنت")]
    assert st and all(s.speaker is None or "تورطه" not in s.speaker.text and "ترشحه" not in s.speaker.text
                      and "مسؤوليتها" not in s.speaker.text for s in st)
    if speaker is not None:
        assert st[0].speaker.text == speaker


@pytest.mark.parametrize("text", [
    "وتحول حبري من طالب في كليات الحقوق الفرنسية إلى متمرد لفت الأنظار بخطف رعايا فرنسيين في سبعينات القرن الماضي.",
    "وتوقف أمام بعض ألعاب الأطفال التي لفتت انتباه ابنته في المهرجان.",
    "ورجح المحققون أن يكون الشاب قد تنكر بزي امرأة.",
    "وحذر الكاتب من أن بعض الشباب تنكروا لوطنهم ومواطنيهم.",
])
def test_drawing_attention_or_disguise_is_no_statement(nlp, text):
    # «لفت الأنظار» (drew attention) with no «إلى» nor clause after it; «تنكر بزي» (disguised), «تنكروا لـ» (disowned)
    assert not any(s.cue.text.lstrip("و").startswith(("لفت", "تنكر")) for s in _st(nlp, text).statements)


def test_about_this_alone_keeps_the_speaker_before(nlp):
    text = "وقال الوزير إن المفاوضات مستمرة. وقال بهذا الخصوص: «لقد كان لنا في الماضي وجود مهم في إيران»."
    first, second = _st(nlp, text).statements
    assert second.continued and second.speaker == first.speaker
    # «فإن» before a definite noun is still the complementizer
    text = "وبحسب دريك فإن الاتفاق سيوقع غدا في العاصمة."
    (s,) = _st(nlp, text).statements
    assert s.speaker.text == "دريك"


def test_a_verb_after_kana_is_no_subject(nlp):
    text = "وكان يقف في طابور خارج المصرف وقال لـ«الشرق الأوسط»: «لماذا أعاني من هذا الشيء وأنا لم أسرق أحدا»."
    assert all(s.speaker is None or "طابور" not in s.speaker.text for s in _st(nlp, text).statements)


def test_after_anna_the_subject_then_a_verb_of_telling_and_the_one_told(nlp):
    # «أن أجهزة الأمن حذرت الحكومة من …»: the phrase after أن warns; the government is the one warned
    text = "وكشفت صحيفة «حرييت»، الثلاثاء، أن أجهزة الأمن حذرت الحكومة مؤخرا من خطر حدوث هجوم إرهابي."
    st = [s for s in _st(nlp, text).statements if s.cue.text == "حذرت"]
    assert st and st[0].speaker.text == "أجهزة الأمن"


def test_a_verb_with_its_pronoun_is_a_cue(nlp):
    # (a noun with ta marbuta is not a verb with its pronoun: test_no_statement)
    (s,) = _st(nlp, "ونفاه المتحدث الرسمي جملة وتفصيلا في بيان صدر أمس.").statements
    assert s.cue.text == "ونفاه" and s.stance == "deny"


@pytest.mark.parametrize("text, speaker", [
    ("وجدد الوزير تأكيده على أهمية التعاون بين البلدين.", "الوزير"),
    ("بدورها، جددت الحكومة العراقية، وعلى لسان المتحدث باسم المكتب الإعلامي لرئيس الوزراء حيدر العبادي، "
     "موقفها الثابت لتطوير العلاقات بين العراق والسعودية.", "الحكومة العراقية"),
])
def test_renewed_words_make_a_statement(nlp, text, speaker):
    st = [s for s in _st(nlp, text).statements if s.cue.text.lstrip("و") in ("جدد", "جددت")]
    assert st and st[0].speaker.text == speaker


def test_worth_noting_is_no_statement(nlp):
    # «شيئاً يُذكر»، «أي تحسن يُذكر»: after an indefinite noun, «يذكر» is "worth noting", no one speaks
    assert not _st(nlp, "لم تحقق بلادنا في هذا القطاع شيئاً يُذكر سوى الاكتفاء الذاتي في البيض.").statements
    text = "وقال الوزير: «لا أعتقد أن هناك أي تحسن يُذكر، وأعتقد أن المفاوضات صعبة»."
    assert [s.cue.text for s in _st(nlp, text).statements] == ["وقال"]


@pytest.mark.parametrize("text, speaker", [
    ("وفي هذا الصدد نقلت وكالة «تسنيم» للأنباء عن محمد علي جعفري، قائد الحرس الثوري، قوله إن بعض بنود القرار "
     "تجاوزت الخطوط الحمراء.", "محمد علي جعفري"),
    ("ونقلت وكالة أنباء فارس عن ظريف -الذي قاد وفد بلاده المفاوض- قوله إن الاتفاق حظي باهتمام عالمي واسع.", "ظريف"),
])
def test_said_by_a_name_before_its_title(nlp, text, speaker):
    # «نقلت الوكالة عن X، title، قوله»: X, named after عن up to the comma or dash
    (s,) = [s for s in _st(nlp, text).statements if s.cue.text == "قوله"]
    assert s.speaker.text == speaker


def test_said_by_needs_a_verb_of_relaying_across_a_comma(nlp):
    text = "قال تعالى: «خذ العفو وأمر بالعرف وأعرض عن الجاهلين»، وقوله: «فمن عفا وأصلح فأجره على الله»."
    assert all(s.speaker is None or "الجاهلين" not in s.speaker.text for s in _st(nlp, text).statements)


def test_a_name_right_before_the_relative_says_it(nlp):
    # «المدرب الهولندي لويس فان غال الذي أكد …»: a name the lexicons lack before الذي is the speaker
    text = "ولم يحبط ذلك عزيمة المدرب الهولندي لويس فان غال الذي أكد من الولايات المتحدة أن فريقه سيتعاقد مع مهاجم."
    (s,) = _st(nlp, text).statements
    assert s.speaker is not None and s.speaker.text.endswith("فان غال")
    # not a preposition's object: «في عهد ريغان التي …»
    text = "وكانت السياسة في عهد ريغان التي كشفت أن أمريكا تعمل لمصالحها قد تغيرت."
    assert all(s.speaker is None or "ريغان" not in s.speaker.text for s in _st(nlp, text).statements)


def test_a_participle_of_saying_after_the_speaker_is_part_of_the_cue(nlp):
    text = ("قال وزير الخارجية البحريني إن المنامة ترفض التدخل الإيراني. "
            "تابع الوزير مؤكدا على أن الأولوية يجب أن تكون موقفا وطنيا صريحا. "
            "ويضيف أتكنسون قائلا إنه بات يتلقى آراء الشركات. وأضاف موضحا: «لقد اتفقنا على مبدأ المنفعة للجميع».")
    art = _st(nlp, text)
    cues = [s.cue.text for s in art.statements]
    assert "مؤكدا" not in cues and "قائلا" not in cues and "موضحا" not in cues
    by_cue = {s.cue.text: s for s in art.statements}
    assert by_cue["تابع"].speaker.text == "الوزير"
    assert text[by_cue["تابع"].content_start:].startswith("الأولوية")
    assert by_cue["ويضيف"].speaker.text == "أتكنسون"
    added = by_cue["وأضاف موضحا"]
    assert added.continued and text[added.content_start:].startswith("لقد اتفقنا")


def test_saying_after_the_object_or_a_name_the_lexicons_lack(nlp):
    text = "وعندما كرر الصحافي السؤال قائلا: «هل ستحارب القوات الجديدة داعش فقط؟»، أجاب تونر: «نعم»."
    art = _st(nlp, text)
    first = art.statements[0]
    assert first.cue.text == "كرر" and first.speaker.text == "الصحافي"
    assert text[first.content_start:].startswith("هل ستحارب")
    assert all(s.cue.text != "قائلا" for s in art.statements)


def test_according_to_after_the_speaker_ends_its_name(nlp):
    text = "وأكد المصدر وفقا لموقع 24 أن داعش سيتخلى عن قائده إذا شعر أنه ليس بحاجة إليه."
    art = _st(nlp, text)
    (s,) = [s for s in art.statements if s.cue.text == "وأكد"]
    assert s.speaker.text == "المصدر"


def test_a_name_between_the_speaker_and_saying_is_part_of_it(nlp):
    text = "وعلّق مدير شركة «بلاتينوم ريكوردز» تيمور مرمرشي قائلا: «هذا الدويتو أحد أبرز الأحداث الفنية هذا العام»."
    art = _st(nlp, text)
    s = art.statements[0]
    assert s.speaker.text.endswith("تيمور مرمرشي") and text[s.content_start:].startswith("هذا الدويتو")


def test_tightening_a_penalty_and_speaking_a_language_are_no_statements(nlp):
    text = ("وصادق الكنيست على تعديل قانون العقوبات الذي يشدد العقوبة على راشقي الحجارة. "
            "كانت لجنة الأوراق المالية تشدد القبضة على الصناديق. "
            "وشملت الدراسة أجانب يتحدثون الألمانية وجهت إليهم أسئلة عن عاداتهم.")
    art = _st(nlp, text)
    assert not art.statements
    text = "وشدد الوزير على أن النظام الجديد سيطبق على الجميع. وتحدث المدير عن الخطة الجديدة."
    assert [s.cue.text for s in _st(nlp, text).statements] == ["وشدد", "وتحدث"]


def test_kadhib_as_a_noun_is_no_denial(nlp):
    text = "وقال الوزير إن هذا كذب وافتراء على الحكومة، وإنها أداة كذب وتضليل."
    art = _st(nlp, text)
    assert [s.cue.text for s in art.statements] == ["وقال"]
    text = "وأضاف الوزير أن ما نشر محض كذب."
    (s,) = _st(nlp, text).statements
    assert s.stance == "deny"
    text = "وكذب المتحدث باسم الجيش الأنباء عن انسحاب القوات."
    (s,) = _st(nlp, text).statements
    assert s.stance == "deny" and s.cue.text == "وكذب"


def test_a_speaker_does_not_run_over_the_verbs_object(nlp):
    text = "وأكد المصدر استكمال الإجراءات اللازمة لنقل المتهمين إلى السجن."
    (s,) = _st(nlp, text).statements
    assert s.speaker.text == "المصدر" and text[s.content_start:].startswith("استكمال الإجراءات")
    text = "وأكد التقرير ارتفاع عدد العمليات التي نفذت عبر الشبكة السعودية للمدفوعات في العام الماضي."
    (s,) = _st(nlp, text).statements
    assert s.speaker.text == "التقرير"
    text = "ويأتي ذلك بعد أن أوضح النادي صحة مفاوضاته مع إدارة نادي الشباب."
    (s,) = _st(nlp, text).statements
    assert s.speaker.text == "النادي"
    text = "وفي لندن أكد المشاركون قلقهم من تجاهل الاتفاق قرارات مجلس الأمن."
    (s,) = _st(nlp, text).statements
    assert s.speaker.text == "المشاركون"


def test_a_name_the_lexicons_lack_ends_before_a_preposition_written_apart(nlp):
    text = "وقالت مواقع إخبارية خاصة يمينية كـ«Redstate» و«فوكس نيوز» بأنه لا دليل على ذلك."
    s = _st(nlp, text).statements[0]
    assert s.speaker.text == "مواقع إخبارية خاصة يمينية"
    text = "قال الوزير إن الخطة جاهزة، متهمين الإدارة بـ«السذاجة الخطيرة»."
    s = [s for s in _st(nlp, text).statements if s.cue.text == "متهمين"][0]
    assert not s.speaker.text.endswith("بـ")


def test_min_jihatihi_then_a_verb_of_saying_is_a_statement(nlp):
    # (with a verb the cues lack and a name: test_no_statement)
    text = "من جهته، قال المتحدث باسم الوزارة إن التحقيقات جارية."
    (s,) = _st(nlp, text).statements
    assert s.speaker.text == "المتحدث باسم الوزارة"


def test_li_before_a_perfects_letters_is_a_verbal_noun_not_a_cue(nlp):
    for text in ("واستغل عناصر التنظيم الاشتباكات لدحض الاتهامات التي تتحدث عن دعم تركيا لهم.",
                 "كان هذا هو العنوان الذي اختارته صحيفة «سبورت» لوصف النجم الأرجنتيني.",
                 "وقال إن سياستها المثيرة للفتن والتدخلات مستمرة."):
        assert all(not s.cue.text.startswith("ل") for s in _st(nlp, text).statements), text
    text = "وعقد الوزير مؤتمرا صحفيا ليؤكد أن الحكومة ماضية في خطتها."
    assert any(s.cue.text == "ليؤكد" for s in _st(nlp, text).statements)


def test_wa_bayna_after_bayna_is_the_preposition(nlp):
    for text in ("وأشارت المقاومة إلى مقتل 22 حوثيا في اشتباكات جرت بينها وبين الحوثيين بالقرب من القاعدة.",
                 "وأوضح أن الأزمة بينه وبين ناديه لا تزال قائمة، وأن الجميع توقع أن ينتهي الخلاف."):
        assert all(s.cue.text != "وبين" for s in _st(nlp, text).statements), text
    text = "وأكد الوزير أن الخطة جاهزة. وبين المصدر أن التنفيذ سيبدأ غدا."
    assert [s.cue.text for s in _st(nlp, text).statements] == ["وأكد", "وبين"]


def test_a_time_before_an_opens_what_is_said_after_it(nlp):
    text = "أعلنت وزارة الداخلية أمس عن تخريج 63 مستفيدا بمركز محمد بن نايف للمناصحة."
    (s,) = _st(nlp, text).statements
    assert text[s.content_start:].startswith("تخريج 63")
    text = "وأعلنت جامعة الملك سعود مؤخراً عن توافر مجموعة من الوظائف الإدارية."
    (s,) = _st(nlp, text).statements
    assert text[s.content_start:].startswith("توافر مجموعة")
    text = "وأعلنت حركة طالبان مسؤوليتها عن الهجوم."
    (s,) = _st(nlp, text).statements
    assert text[s.content_start:].startswith("مسؤوليتها عن الهجوم")


def test_a_common_verbal_noun_after_the_speaker_is_the_verbs_object(nlp):
    text = "وأكدت قيادة التحالف وقف العمليات العسكرية، وقالت إنه سيتم إدخال المساعدات."
    first, second = _st(nlp, text).statements
    assert first.speaker.text == "قيادة التحالف" and text[first.content_start:].startswith("وقف العمليات")
    assert second.speaker.text == "قيادة التحالف"


def test_a_headline_colon_before_punctuation_alone_says_nothing(nlp):
    """«الرئيس : ،» (hypothesis found it): no statement whose content would end before it starts; a headline with
    words after its colon still is one."""
    assert nlp("الرئيس : ، ").statements == []
    got = nlp("البنتاجون: لم نتلق طلباً روسياً").statements
    assert len(got) == 1 and got[0].content_start < got[0].content_end, got
