"""Round 62 date fixes: an act to come is not dated by a past day in a relative clause of another clause past a comma
(«على أن تجري المصادقة …، وذلك في ختام مباحثاتهما … التي بدأت الأربعاء الماضي»), and the story's other events do not
take that day; «وسيرنا قافلة مساعدات» (we dispatched) is no future verb; a document's own date («الموقع عليها …
بتاريخ 7 / 12 /1435هـ») told past a comma after the act's word does not date the act; a killing a qisas execution
avenges («حكم القتل قصاصاً …، لقتله») came before the execution's day; an event noun a relative clause with a verb
of the past describes («الزيارات التي قام بها») is a known act, before the publication day, with no story day; a time before «، ليعود» does not date the act after
it; an act to come with a time to come after its word is not dated by the past day it was told on; «في
الماضي» beside an act tells it as background; a source aside between commas does not cut a «وكان» clause."""

from event_lookup import coded as _article


def _events(nlp, text, published, word):
    """The events of `text` published on `published` whose trigger is `word`."""
    return [e for e in _article(nlp, text, published).events if e.trigger.text == word]


_ROADMAP = ("أعلن كل من «هيئة التنسيق الوطنية السورية» و«الائتلاف الوطني لقوى المعارضة والثورة السورية»، أمس، التوصّل "
            "إلى «خارطة طريق» لإنقاذ سوريا تضمّ المبادئ الأساسية للتسوية السياسية، على أن تجري المصادقة عليها من قبل "
            "مرجعياتهما، وذلك في ختام مباحثاتهما في العاصمة البلجيكية بروكسل التي بدأت الأربعاء الماضي، واختتمت أمس.\n"
            "ودعت الوثيقة إلى تنفيذ «بيان جنيف 1»، بدءًا بتشكيل «هيئة الحكم الانتقالية» التي تمارس كامل السلطات "
            "التشريعية والقضائية والتنفيذية.")


def test_future_act_not_dated_by_past_day_of_other_clause(nlp):
    """«على أن تجري المصادقة عليها …، وذلك في ختام مباحثاتهما … التي بدأت الأربعاء الماضي» (Saturday 25 July
    2015): the ratification is to come; it is not dated Wednesday 22 July, the day the talks began."""
    ratify = _events(nlp, _ROADMAP, "2015-07-25", "المصادقة")
    assert ratify and all(e.future for e in ratify)
    assert not any(e.date == "2015-07-22" for e in ratify)


def test_future_act_lends_no_past_day_to_story(nlp):
    """«ودعت الوثيقة إلى تنفيذ «بيان جنيف 1»» after that lead: the announcement's day, 24 July, not 22 July."""
    called = _events(nlp, _ROADMAP, "2015-07-25", "دعت")
    assert called and all(e.date == "2015-07-24" for e in called)


def test_sayyarna_is_no_future_verb(nlp):
    """«عدنا إلى مدينة كريتر، الخميس، … وسيرنا قافلة مساعدات إنسانية للسكان»: aid sent (past), not to come."""
    text = ("من جانبها قالت الناشطة الحقوقية والمدنية بعدن، ليلى الشبيبي لـ«الشرق الأوسط»: «عدنا إلى مدينة كريتر، "
            "الخميس، قلب عدن الوضاء وسيرنا قافلة مساعدات إنسانية للسكان وفرحنا بنشوة النصر».")
    aid = _events(nlp, text, "2015-07-24", "مساعدات")
    assert aid and not any(e.future for e in aid)


def test_document_date_past_comma_does_not_date_approval(nlp):
    """«قرر مجلس الوزراء الموافقة على مذكرة تفاهم …، الموقع عليها في مدينة جدة بتاريخ 7 / 12 /1435هـ»: the
    memorandum's signing day (1 October 2014) is not the approval's."""
    text = ("رأس خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز الجلسة التي عقدها مجلس الوزراء، بعد ظهر اليوم الاثنين، "
            "في قصر السلام بجدة.\nبعد الاطلاع على ما رفعه رئيس هيئة الهلال الأحمر السعودي، قرر مجلس الوزراء الموافقة "
            "على مذكرة تفاهم بين هيئة الهلال الأحمر السعودي والاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر، "
            "الموقع عليها في مدينة جدة بتاريخ 7 / 12 /1435هـ.")
    approved = _events(nlp, text, "2015-07-20", "الموافقة")
    assert approved and not any((e.date or "").startswith("2014") for e in approved)


def test_killing_avenged_by_execution_is_background(nlp):
    """«نفذت وزارة الداخلية اليوم حكم القتل قصاصاً … في ساير الرشيدي، لقتله كل من …»: the killing came before the
    execution's day; it is not dated that day."""
    text = ("نفذت وزارة الداخلية اليوم حكم القتل قصاصاً بمنطقة القصيم في ساير بن لافي بن ساير الرشيدي - سعودي "
            "الجنسية، لقتله كل من / محمد ولافي ابني عبدي بن عبدالله المظيبري - سعوديي الجنسية - وذلك بإطلاق النار "
            "عليهما إثر خلاف حصل بينهما.")
    killed = _events(nlp, text, "2015-07-23", "قتله")
    assert killed and not any(e.date == "2015-07-23" for e in killed)
    assert all(e.enddate == "2015-07-23" for e in killed)


def test_noun_a_past_relative_clause_describes_takes_no_story_day(nlp):
    """«… من خلال الزيارات التي قام بها كبار المسؤولين العراقيين» after a lead of yesterday (23 July): the visits were
    made before; they are told before the publication day, not dated the lead's day."""
    text = ("تنصلت رئاستا الجمهورية والوزراء في العراق أمس من تصريحات أطلقها نائب الرئيس نوري المالكي ضد السعودية، "
            "بينما استنكرت منظمة التعاون الإسلامي التصريحات وعدتها «مغذية للطائفية».\n"
            "وقال المتحدث سعد الحديثي في تصريح لـ«الشرق الأوسط»، إن «موقف الحكومة العراقية لم يتغير»، مؤكدا أن "
            "«العراق كان السبّاق في تجسيد هذه العلاقة الجديدة مع دول الخليج العربي وفي مقدمتها السعودية من خلال "
            "الزيارات التي قام بها كبار المسؤولين العراقيين والتي أسفرت عن خطوات سعودية ملموسة».")
    visits = _events(nlp, text, "2015-07-24", "الزيارات")
    assert visits and not any(e.date == "2015-07-23" for e in visits)
    assert all(e.date is None and e.enddate == "2015-07-24" for e in visits)


def test_time_before_liya3ud_does_not_date_later_act(nlp):
    """«رفض التعليق على مراسلها قبل نحو ثلاثة أعوام، ليعود ويكرر رفضه للمراسل نفسه»: the repeated refusal is of
    now, not of three years ago (2012)."""
    text = ("وبثت القناة الفضائية في تقرير لها كيف أن الوزير السعودي رفض التعليق على مراسلها قبل نحو ثلاثة أعوام، "
            "ليعود ويكرر رفضه للمراسل نفسه، ويبدو أن الوزير اتخذ موقفاً ضد القناة، طالباً من المراسل عدم توجيه أي "
            "له، ومطالباً إياه بالمغادرة والخروج.")
    again = _events(nlp, text, "2015-07-24", "رفضه")
    assert again and not any((e.date or "").startswith("2012") for e in again)


def test_future_act_takes_its_coming_time_not_the_telling_day(nlp):
    """«قال مسؤول أفغاني أمس الجمعة إن الصين ستستضيف … الجولة الثانية من المحادثات … في الأسبوع المقبل» (Saturday
    25 July 2015): the hosting is of next week (27 July – 2 August), not Friday 24 July."""
    text = ("قال مسؤول أفغاني أمس الجمعة إن الصين ستستضيف، على الأرجح، الجولة الثانية من المحادثات بين الحكومة "
            "الأفغانية وحركة طالبان في الأسبوع المقبل، مما يعزز الآمال بتحقيق تقدم باتجاه التوصل إلى تسوية سياسية.")
    host = _events(nlp, text, "2015-07-25", "ستستضيف")
    assert host and all(e.future for e in host)
    assert not any(e.date == "2015-07-24" for e in host)
    assert all(e.date == "2015-07-27" for e in host)


def test_fi_al_madi_tells_background(nlp):
    """«بمدينة حلب في شمال سوريا حيث خُطف صحفيون آخرون في الماضي»: kidnappings of the past, before the publication
    day, not of it."""
    text = ("وكان الرجال الثلاثة يعملون على إعداد تقرير استقصائي بمدينة حلب في شمال سوريا حيث خُطف صحفيون آخرون "
            "في الماضي.")
    taken = _events(nlp, text, "2015-07-23", "خُطف")
    assert taken and not any(e.date == "2015-07-23" for e in taken)
    assert all(e.enddate == "2015-07-23" for e in taken)


def test_source_aside_keeps_past_progressive(nlp):
    """«وكان الوحيشي يقوم، بحسب الخبراء، بالتنسيق بين الفروع المختلفة لـ«القاعدة»»: what he used to do, before the
    publication day; the aside «، بحسب الخبراء،» does not cut the clause of «وكان»."""
    text = ("وكان الوحيشي يقوم، بحسب الخبراء، بالتنسيق بين الفروع المختلفة لـ«القاعدة» في ما يتعلق بالتوجيهات "
            "«العملانية».")
    coord = _events(nlp, text, "2015-07-25", "التنسيق")
    assert coord and not any(e.date == "2015-07-25" for e in coord)
