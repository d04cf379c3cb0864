"""Repeats, round 56: a visit or a meeting, and an arrest, told again in later sentences of one story. The delegation
«في الاجتماع», a party-less «القي القبض عليهما», «وبعد القبض على المتهم», «في زيارتها الأولى للرياض» with another
town in its sentence, «بزيارته الاولى» after the talks of its named visitor, and «التقى خلالها» after a visit
and «إلى هذا الاجتماع» are the act told before, not acts of their own, and so are «دعوات» of the same caller; a phone
call and the meetings held apart from it stay two."""


PUBLISHED = "2015-07-24"


def _events(nlp, text, kind, published=PUBLISHED):
    """The events of `kind` the whole pipeline keeps in `text`."""
    return [e for e in nlp(text, published=published).events if e.event == kind]


def test_the_delegation_in_the_meeting_is_the_meeting_told_before(nlp):
    """«ورأس وفد المملكة في الاجتماع» after «عقد قادة … اجتماعًا مع الرئيس باراك أوباما»: one meeting."""
    text = ("عقد قادة ورؤساء وفود دول مجلس التعاون لدول الخليج العربية اليوم اجتماعًا مع الرئيس باراك أوباما رئيس "
            "الولايات المتحدة الأمريكية في كامب ديفيد بولاية ميريلاند.\n ورأس وفد المملكة في الاجتماع نيابة عن خادم "
            "الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز "
            "ولي العهد.")
    evs = _events(nlp, text, "CONSULT")
    assert [e.trigger.text for e in evs] == ["اجتماعًا"]


def test_a_phone_call_and_the_meetings_held_apart_stay_two(nlp):
    """«المشارك في الاجتماع» is the Camp David meeting told again, while «اللقاءات التي عقدها سموهما مع الرئيس باراك
    أوباما» stays apart from the king's phone call with him."""
    text = ("وفي بداية الجلسة ، أطلع خادم الحرمين الشريفين المجلس على فحوى الاتصال الهاتفي مع الرئيس باراك أوباما "
            "رئيس الولايات المتحدة الأمريكية ، وما جرى خلاله من تأكيد على عمق العلاقات الاستراتيجية.\n وأعرب – أيده "
            "الله – عن الشكر والتقدير للرئيس باراك أوباما ولقادة ورؤساء وفود دول مجلس التعاون لدول الخليج العربية على "
            "ما حققه اجتماع كامب ديفيد من نتائج إيجابية.\n كما وجه الملك المفدى شكره لصاحب السمو الملكي الأمير محمد "
            "بن نايف بن عبدالعزيز ولي العهد رئيس وفد المملكة المشارك في الاجتماع، ولصاحب السمو الملكي الأمير محمد بن "
            "سلمان بن عبدالعزيز ولي ولي العهد، على ما بذلاه من جهود ومن بينها جملة من اللقاءات التي عقدها سموهما مع "
            "الرئيس باراك أوباما وكبار المسؤولين في الولايات المتحدة الأمريكية تناولت العلاقات الثنائية.")
    words = [e.trigger.text for e in _events(nlp, text, "CONSULT")]
    assert "الاجتماع" not in words
    assert "الهاتفي" in words and "اللقاءات" in words


def test_a_partyless_arrest_with_its_pronoun_is_the_arrest_told_before(nlp):
    """«ولم يعرف على الفور متى القي القبض عليهما» after «والقت الشرطة القبض على المشتبه به»: one arrest."""
    text = ("وتمكن محققون من الوصول إلى الهاتف المحمول للضحية وتحديد مكان احتجازها.\n والقت الشرطة القبض على المشتبه "
            "به وقريب له اقام معه في المنزل. ولم يعرف على الفور متى القي القبض عليهما.")
    evs = [e for e in _events(nlp, text, "COERCE") if e.cameo == "173"]
    assert [e.trigger.text for e in evs] == ["القت"]
    assert {m.sector for m in evs[0].actor} == {"COP"}


def test_the_arrest_of_the_accused_told_again_is_one_arrest(nlp):
    """«وبعد القبض على المتهم دافع عن نفسه» after «وكان قد تم القبض على المتهم من قبل إدارة غسل الأموال»: one
    arrest, dated before the published day."""
    text = ("وكان قد تم القبض على المتهم من قبل إدارة غسل الأموال الملحقة بمكافحة المخدرات بجدة عقب عودته من دولة "
            "أفريقية.\nوبعد القبض على المتهم دافع عن نفسه، قائلاً إنه يدير أنشطته التجارية في الإمارات والصين والهند.")
    evs = [e for e in _events(nlp, text, "COERCE") if e.cameo == "173"]
    assert len(evs) == 1 and evs[0].trigger.start < text.index("\n")


def test_the_first_visit_with_the_next_visits_town_is_the_visit_told_before(nlp):
    """«أن موغيريني في زيارتها الأولى للرياض سوف تجري مباحثات … لتنفيذ طهران بنود الاتفاق» after «زيارة وزيرة
    خارجية الاتحاد الأوروبي فيديريكا موغيريني للرياض يوم الاثنين»: one visit to Riyadh (Tehran is what was talked of)."""
    text = ("وقالت المصادر لـ «عكاظ»: «إن زيارة وزيرة خارجية الاتحاد الأوروبي فيديريكا موغيريني للرياض يوم "
            "الاثنين، تأتي في إطار جهود أوروبية لتقريب وجهات النظر».\n وأضافت أن موغيريني في زيارتها الأولى للرياض "
            "سوف تجري مباحثات مع المسؤولين في المملكة حول نتائج الاتفاق النووي مع إيران، والأهمية التي توليها أوروبا "
            "لتنفيذ طهران بنود الاتفاق وعدم الحيلولة دون حصولها على السلاح النووي.")
    words = [e.trigger.text for e in _events(nlp, text, "CONSULT", "2015-07-25")]
    assert "زيارة" in words and "زيارتها" not in words


def test_the_visit_of_the_named_visitor_is_his_talks_told_before(nlp):
    """«ويقوم اوباما بزيارته الاولى الى ارض اجداده» after «بدأ الرئيس الاميركي باراك اوباما السبت محادثات مع الرئيس
    الكيني»: the talks and the visit of one story are one act."""
    text = ("بدأ الرئيس الاميركي باراك اوباما السبت محادثات مع الرئيس الكيني اوهورو كينياتا بحضور نائبه.\n"
            "وقال اوباما ان واشنطن تبدي اهتماما اكبر لان ما يحدث في القارة له تأثير اكبر.\n"
            "ويقوم اوباما بزيارته الاولى الى ارض اجداده منذ توليه منصب الرئاسة.")
    words = [e.trigger.text for e in _events(nlp, text, "CONSULT", "2015-07-25")]
    assert words == ["محادثات"]


def test_the_meeting_held_during_the_visit_is_the_visit(nlp):
    """«زيارة للرئيس النيجيري محمد بخاري إلى واشنطن لأربعة أيام التقى خلالها بالرئيس الأمريكي باراك أوباما»: one
    visit, its host the president met."""
    text = ("ووقعت الهجمات خلال زيارة للرئيس النيجيري محمد بخاري إلى واشنطن لأربعة أيام التقى خلالها بالرئيس "
            "الأمريكي باراك أوباما.")
    evs = _events(nlp, text, "CONSULT", "2015-07-25")
    assert [e.trigger.text for e in evs] == ["زيارة"]
    assert {m.code for m in evs[0].actor} == {"NGA"}


def test_the_delegation_to_this_meeting_is_the_meeting_told_before(nlp):
    """«ورأس وفد المملكة إلى هذا الاجتماع» after «عقد … وزراء خارجية دول مجلس التعاون … اجتماعاً تنسيقياً»: one
    meeting."""
    text = ("عقد أصحاب السمو والمعالي وزراء خارجية دول مجلس التعاون لدول الخليج العربية في الدوحة اليوم اجتماعاً "
            "تنسيقياً تمهيداً للاجتماع المشترك بين وزراء خارجية دول مجلس التعاون الخليجي ومعالي وزير الخارجية "
            "الأمريكي جون كيري الذي سيعقد يوم غد بالدوحة.\nورأس وفد المملكة إلى هذا الاجتماع معالي وزير الخارجية "
            "الأستاذ عادل بن أحمد الجبير.")
    words = [e.trigger.text for e in _events(nlp, text, "CONSULT", "2015-08-03")]
    assert "اجتماعاً" in words and "الاجتماع" not in words


def test_the_calls_of_the_same_caller_told_again_are_one_request(nlp):
    """«وعلق خالد آل سعود على دعوات نائب رئيس الجمهورية العراقية، نوري المالكي، وضع المملكة … تحت الوصاية» after
    «وربط الأمير بين “هجوم هيكل” و “دعوات المالكي” لوضع المملكة تحت الوصاية»: the call told again."""
    text = ("وربط الأمير بين “هجوم هيكل” و “دعوات المالكي” لوضع المملكة تحت الوصاية قائلاً: “هيكل يهاجم السعودية و "
            "المالكي يدعو لوضع السعودية تحت الوصاية.. اتلم المتعوس على خايب الرجاء “، وقافلتنا تسير بقيادة إمامنا "
            "سلمان الحزم”.\nوعلق خالد آل سعود على دعوات نائب رئيس الجمهورية العراقية، نوري المالكي، وضع المملكة "
            "العربية السعودية تحت الوصاية الدولية، قائلاً: “أين المحكمة الجنائية الدولية عن جرائم الإبادة الوحشية "
            "لهذا الطائفي السفّاح بحق أهل السُنة في العراق؟”.")
    evs = _events(nlp, text, "REQUEST")
    assert evs and all(e.trigger.start < text.index("\n") for e in evs)


def test_the_man_arrested_told_again_with_a_date_is_one_arrest(nlp):
    """«واعتقل الرجل في 14 يوليو» after «أعلنت الشرطة الكورية الجنوبية … انها اعتقلت رجلاً (33 عامًا)»: one arrest, the
    age and the day no counts of another."""
    text = ("أعلنت الشرطة الكورية الجنوبية امس الجمعة انها اعتقلت رجلاً (33 عامًا) هدد بقتل السفير الأمريكي لدى سيول "
            "مارك ليبرت، الذي تعرض للطعن بسكين في مارس الماضي.\n واعتقل الرجل في 14 يوليو بعد بلاغ من السفارة "
            "الأمريكية في سيول، ووجدت الشرطة على جهاز الكمبيوتر الخاص به اتصالا بصفحة البيت الأبيض الإلكترونية.")
    evs = [e for e in _events(nlp, text, "COERCE", "2015-07-25") if e.cameo == "173"]
    assert [e.trigger.text for e in evs] == ["اعتقلت"]
    assert {m.code for m in evs[0].actor} == {"KOR"}
