"""Round 93 (nonev93): words that read as an event and tell none (dev: 2015-07-27 #305–904, judged not_event).

- A meeting verb whose subject, named right after it, is the press is a reporter's interview («الذي التقته "واس"»,
  #529); an agency named before a meeting noun only reports it (2015-08-03 #166, the meeting stays).
- The impersonal present of a ban with «على» right after it is a rule's text («ويحظر على المنشآت», #506).
- An act right after a pretext or a claim (بذريعة، بدعوى, #866, #338) is hypothetical (modality, function_words
  claim); one after a hope (على أمل, #783) is future.
- «دعا» told as a cause's relative clause means «led to» («الأسباب التي دعت الحكومة», #674): no call.
- «دان» before «دي» is the first name of Dan De Luce (#592); a threat felt (تشعر بالتهديد, #672) is no threat.
- A meeting noun between «تفاصيل» and a colon (فإلى تفاصيل الحوار:, #507) is the lead of a press interview.
- «مخرجات الحوار» (#873) names the outcomes of a past national dialogue, no talks.
"""

_DATE = "2015-07-27"


def _events(nlp, text, kind, date=_DATE):
    """(trigger text, actor texts, recipient texts) of the events of `kind` the whole pipeline codes for `text`."""
    return [(e.trigger.text, [p.text for p in e.actor], [p.text for p in e.recipient])
            for e in nlp(text, published=date).events if e.event == kind]


def test_press_subject_after_a_meeting_verb_is_an_interview(nlp):
    """«الذي التقته "واس" وهو يستلم بطاقة إقامته» (#529): the agency interviewed a resident, no CONSULT; Haftar's
    meeting the Libyan agency reports («ونسبت وكالة الأنباء الليبية … لدى اجتماعه», 2015-08-03 #166) stays."""
    text = ("وأشار المقيم محمد أحمد محمد شريف, الذي التقته \"واس\" وهو يستلم بطاقة إقامته بعد استكمال إجراءاته, إلى أن "
            "تمديد المهلة في التصحيح جاءت مؤكدةً لحرص حكومة خادم الحرمين الشريفين على أبناء اليمن.")
    assert not [e for e in _events(nlp, text, "CONSULT") if e[0] == "التقته"]
    kept = ("ونسبت وكالة الأنباء الليبية الرسمية إلى حفتر قوله، لدى اجتماعه أمس، مع عدد من النشطاء السياسيين "
            "والاجتماعيين في مدينة بنغازي بشرق البلاد، قوله إن «صفقة مدرعات وطائرات وأسلحة تم إبرامها مع أوكرانيا "
            "منذ أكثر من ثمانية أشهر تم تعطيل إجراءاتها رغم أهميتها».")
    assert [e for e in _events(nlp, kept, "CONSULT", "2015-08-03") if e[0] == "اجتماعه"]


def test_impersonal_ban_with_ala_is_a_rule_text(nlp):
    """«ويحظر على المنشآت ذات الوضع المهيمن إساءة استغلال الهيمنة» (#506, #584): a competition law's text, no
    COERCE."""
    text = "ويحظر على المنشآت ذات الوضع المهيمن اساءة استغلال الهيمنة بفرض حد أدنى لاسعار اعادة بيع السلع والخدمات ."
    assert not [e for e in _events(nlp, text, "COERCE") if e[0] == "يحظر"]


def test_act_after_a_pretext_is_hypothetical(nlp):
    """«يرفضون صرف مخصصات التغذية … بذريعة دعم المجهود الحربي» (#866): the support is a pretext, hypothetical; «اقتحام
    المسجد الأقصى بدعوى رشق الحجارة على المصلين اليهود» (#338): the alleged stoning is hypothetical, the storming
    stays a fact."""
    text = ("وأشارت مصادر أمنية إلى أن أعضاء ما تسمى بـ \"اللجنة الثورية\" وقيادة الأجهزة الأمنية يرفضون صرف مخصصات "
            "التغذية الخاصة بعناصر الأمن في محافظة ذمار خلال الفترة الماضية، بذريعة دعم المجهود الحربي.")
    support = [e for e in nlp(text, published=_DATE).events if e.event == "SUPPORT"]
    assert support and all(e.hypothetical for e in support)
    stoning = ("وبحسب مصادر الاحتلال فقد أُصيب الجنود الإسرائيليون الأربعة من جراء رشق الحجارة من قِبل الشبان "
               "الفلسطينيين، أثناء محاولة الجيش الإسرائيلي اقتحام المسجد الأقصى بدعوى رشق الحجارة على المصلين اليهود.")
    events = nlp(stoning, published=_DATE).events
    alleged = stoning.index("بدعوى") + len("بدعوى ")
    stoned = [e for e in events if e.event == "ASSAULT" and e.trigger.start == alleged]
    assert stoned and all(e.hypothetical for e in stoned)
    assert [e for e in events if e.event == "COERCE" and e.trigger.text == "اقتحام" and not e.hypothetical]


def test_act_hoped_for_is_future(nlp):
    """«لدفع المحادثات قدما على امل تخفيف القيود الجمركية» (#783): an easing hoped for, future."""
    text = "والقت الولايات المتحدة بثقلها لدفع المحادثات قدما على امل تخفيف القيود الجمركية لتسريع المبادلات."
    eased = [e for e in nlp(text, published=_DATE).events if e.event == "CONCEDE"]
    assert eased and all(e.future and not e.hypothetical for e in eased)


def test_call_verb_of_a_cause_means_led_to(nlp):
    """«الأسباب التي دعت الحكومة اليمنية للجوء لهدنة إنسانية» (#674): the reasons led the government to a truce, no
    REQUEST to it; Merkel's call to the Turkish government (#672) stays a REQUEST."""
    text = ("وأشار إلى أن الأسباب التي دعت الحكومة اليمنية للجوء لهدنة إنسانية تمثلت بأهمية أن نظهر للعالم بأننا "
            "حريصون على حقن الدماء.")
    assert not [e for e in _events(nlp, text, "REQUEST") if e[0] == "دعت"]
    kept = ("الى ذلك دعت المستشارة الألمانية انجيلا ميركل الحكومة التركية إلى عدم التخلي عن عملية السلام مع الأكراد "
            "وذلك على الرغم من مشاركتها في الحرب على الإرهاب.")
    assert [e for e in _events(nlp, kept, "REQUEST") if e[0] == "دعت"]


def test_dan_de_luce_is_a_name(nlp):
    """«وصف دان دي لوس محرر شؤون الأمن الوطني في مجلة فورين بوليسي» (#592): a writer's name, no ACCUSE."""
    text = ("وصف دان دي لوس محرر شؤون الأمن الوطني في مجلة فورين بوليسي سماح أنقرة لأمريكا استخدام قاعدة إنكليريك "
            "جنوب البلاد، بأنه تحول كبير في سياسة تركيا إزاء داعش.")
    assert not [e for e in _events(nlp, text, "ACCUSE") if e[0] == "دان"]


def test_threat_felt_is_no_threat(nlp):
    """«ما دامت تركيا تشعر بالتهديد» (#672): a feeling, no THREATEN by Turkey."""
    text = ("وقال رئيس الوزراء التركي أحمد داود أوغلو في مؤتمر صحافي إن العمليات الأمنية المكثفة سوف تستمر ما دامت "
            "تركيا تشعر بالتهديد.")
    assert not _events(nlp, text, "THREATEN")


def test_interview_details_lead_is_no_meeting(nlp):
    """«وهنأ العميد العامري … والشعبين الشقيقين السعودى واليمنى فإلى تفاصيل الحوار:» (#507): the lead of the
    newspaper's interview, no CONSULT between Saudi Arabia and Yemen."""
    text = ("أكد العميد سعيد علي العامري مدير عام الأمن في وادي وصحراء حضرموت فى حوار أجرته معه «المدينة» أن المنطقة "
            "آمنة وتحت ادارة وسيطرة القوى الموالية للشرعية وللرئيس هادي وهنأ العميد العامري بمناسبة عيد الفطر خادم "
            "الحرمين الشريفين الملك سلمان بن عبدالعزيز والرئيس هادى والشعبين الشقيقين السعودى واليمنى فإلى تفاصيل "
            "الحوار:\n * ماهو تقييمكم للحالة الأمنية في الوادي والصحراء؟")
    assert not [e for e in _events(nlp, text, "CONSULT") if e[0] == "الحوار"]


def test_outcomes_of_a_past_dialogue_are_no_talks(nlp):
    """«أكد عضو الهيئة الوطنية للرقابة على تنفيذ مخرجات الحوار اليمني، صلاح باتيس» (#873): the outcomes of the
    national dialogue name a body's remit, no CONSULT."""
    text = ("أكد عضو الهيئة الوطنية للرقابة على تنفيذ مخرجات الحوار اليمني، صلاح باتيس، استمرار تطهير المدن التي تم "
            "تحريرها من قبضة الحوثيين.")
    assert not [e for e in _events(nlp, text, "CONSULT") if e[0] == "الحوار"]
