"""What is asked, intended or discussed is no act done: the event noun after a demand, an aim or a topic word is
flagged future (must), and the act told as done stays a fact (must not)."""

import pytest


def events(nlp, text, date="2015-07-23"):
    return nlp(text, published=date).events


def find(nlp, text, trigger):
    evs = [e for e in events(nlp, text) if e.trigger.text == trigger]
    assert evs, f"no event on {trigger!r} in {text!r}: {[(e.event, e.trigger.text) for e in events(nlp, text)]}"
    return evs[0]


@pytest.mark.parametrize("text,trigger", [
    # a verbal noun of demanding is no trigger, but its complement is asked for
    ("وجدد مطالبته فرنسا بالاعتذار عن جرائمها الاستعمارية.", "الاعتذار"),
    # the verb of asking stands far from the verbal noun after its preposition
    ("ودعا الأمين العام للأمم المتحدة بان كي مون جميع الأطراف في اليمن إلى وقف إطلاق النار والعودة إلى الحوار.",
     "وقف إطلاق النار"),
    ("دعا وزير حقوق الإنسان عز الدين الاصبحي مفوض الأمم المتحدة السامي لحقوق الإنسان والمنظمات الحقوقية "
     "والإنسانية إلى زيارة مدينة عدن.", "زيارة"),
    ("ودعت رئيسة مفوضية الاتحاد الأفريقي في البيان «جميع الفاعلين البورونديين» إلى «التعاون بشكل كامل مع فريق "
     "المراقبين».", "التعاون"),
])
def test_what_is_asked_is_not_done(nlp, text, trigger):
    ev = find(nlp, text, trigger)
    assert ev.future and not ev.factual, ev.to_dict()


@pytest.mark.parametrize("text,kind,call", [
    # a participle of demanding or calling is a REQUEST (a REQUEST trigger on a cues.tsv appeal word), and what it asks for is
    # no act done: the call is the event, as after the verb («طالب فرنسا بالاعتذار»)
    ("مطالبا فرنسا بالاعتذار عن جرائمها.", "CONCEDE", True),
    ("داعيا إلى الحوار بين الأطراف اليمنية.", "CONSULT", True),
    # (a notice to the public, as after the verb «حث الوزير المواطنين»: the topic stage keeps no call)
    ("حاثاً المواطنين والمقيمين على التعاون مع الجهات المختصة لمكافحة المخدرات.", "COOPERATE", False),
])
def test_what_a_participle_asks_is_not_done(nlp, text, kind, call):
    evs = events(nlp, text)
    assert bool([e for e in evs if e.event == "REQUEST"]) == call, [(e.event, e.trigger.text) for e in evs]
    assert not [e for e in evs if e.event == kind and e.factual], [e.to_dict() for e in evs]


@pytest.mark.parametrize("text,trigger,doer", [
    ("وحثت مجلس حقوق الإنسان التابع للأمم المتحدة على المساعدة في إطلاق سراحه.", "إطلاق سراحه", None),
    # a comma before a verbal noun in و continues the list of what is asked
    ("وناشدت الحكومة الحكماء في المدينة التدخل لرأب الصدع، ووقف إطلاق النار.", "وقف إطلاق النار", "الحكومة"),
])
def test_what_is_asked_is_not_done_by_a_request_verb(nlp, text, trigger, doer):
    """(Round 77: these two cases moved out of the list above.) What a request verb (حثت، ناشدت) asks for is part of
    the request, not an act of its own, not even a future one: the lead's decision of round 77, after the judges
    marked such second events dup or not_event in 10 of 10 judged cases. The request is coded with its doer; the
    release or ceasefire asked for is not coded at all (repeats stage, `asked_for`)."""
    evs = events(nlp, text)
    asks = [e for e in evs if e.event == "REQUEST"]
    assert asks, [(e.event, e.trigger.text) for e in evs]
    if doer:
        assert any(a.text == doer for e in asks for a in e.actor), [e.to_dict() for e in asks]
    assert not [e for e in evs if e.trigger.text == trigger], [e.to_dict() for e in evs]


@pytest.mark.parametrize("text,trigger", [
    # keenness, wish, readiness, aim and purpose
    ("أكد الوزير حرص المملكة على تعزيز التعاون مع فرنسا.", "التعاون"),
    ("وأكد الوزير حرص المملكة العربية السعودية على التعاون مع جميع الدول.", "التعاون"),
    ("أكد البخيتي استعداد الجماعة للانسحاب من المدن.", "للانسحاب"),
    ("أعلن رئيس مجلس النواب استعداد البرلمان لدعم إجراءات الحكومة.", "دعم"),
    ("يتطلع الرئيس إلى زيارة فرنسا.", "زيارة"),
    ("وبدأت قوات الأمن حملة واسعة من أجل القبض على المهاجمين.", "القبض"),
    ("وأضاف الجبير أن هناك إرادة مشتركة لتطوير التعاون السعودي الروسي في كل المجالات.", "التعاون"),
    ("وأكدت المقاومة الشعبية سعيها الدؤوب إلى طرد هؤلاء في الساعات المقبلة.", "طرد"),
    ("وقال دزيي: «نحن مستعدون للمفاوضات».", "للمفاوضات"),
    ("ويهدف قرار إنشاء المكتب إلى مساعدة الأمانات في توطين ممارسات إدارة المشاريع.", "مساعدة"),
    # the topic of a meeting
    ("وبحث الجانبان سبل تعزيز التعاون بين البلدين.", "التعاون"),
    ("وجرى خلال الاستقبال بحث آفاق التعاون بين البلدين الشقيقين.", "التعاون"),
    ("وجرى خلال الاجتماع مناقشة مجالات التعاون العسكري القائم بين البلدين.", "التعاون"),
    ("وقال: «إن أصدقاءنا يرغبون في مساعدتنا».", "مساعدتنا"),
    # still to come
    ("ورفع البعض الآخر للمستوى الوزاري في الاجتماع القادم.", "الاجتماع"),
    ("وتصاعد التوتر في شبه الجزيرة الكورية بانتظار تدريبات عسكرية مشتركة الأسبوع المقبل.", "تدريبات"),
    ("وقال المتحدث إنه لا يوجد أي لقاء مقرر بين الرئيسين.", "لقاء"),
    # expected, awaited
    ("ومن المنتظر أن تناقش الدورة البرلمانية قوانين تحريم التعذيب.", "تناقش"),
    ("ينتظر أن يلتقي الرئيس بنظيره الفرنسي.", "يلتقي"),
    ("ويبدأ وزير الخارجية الإيراني زيارة إلى بيروت الثلاثاء المقبل.", "زيارة"),  # upcoming past its complement
])
def test_what_is_intended_or_discussed_is_not_done(nlp, text, trigger):
    ev = find(nlp, text, trigger)
    assert ev.future and not ev.factual, ev.to_dict()


def test_a_past_hope_is_supposed_not_to_come(nlp):
    # (moved from the list above: a hope told with كان is past, and what it hoped for did not come as hoped; it is
    # hypothetical, not future, which would tell an act still to come)
    ev = find(nlp, "وكان بخاري يأمل في الحصول على مساعدة عسكرية أكبر خلال زيارته.", "مساعدة")
    assert ev.hypothetical and not ev.future and not ev.factual, ev.to_dict()


@pytest.mark.parametrize("text,trigger", [
    # the appeal word reaches only the verbal noun after its preposition: the complaint was made
    ("والطرد من مرافق الدولة نظير مطالبته بحقوقه عن طريق شكوى قدمت لوزارة الصحة.", "شكوى"),
    ("حاثا الجميع على إعطاء توصيات الاجتماع أهمية كبيرة.", "الاجتماع"),
    # an aim word does not reach across a relative clause or a quoted name, nor a noun after في
    ("وفي إشارة على بدء تفعيل الاتفاق الذي تم في اجتماع خارج مصر يوم السبت الماضي.", "اجتماع"),
    ("ضمن برنامج «تطوير الفتيات» نظمت السفارة الفرنسية بالرياض بالتعاون مع وزارة الثقافة دورة للتصوير.",
     "التعاون"),
    # a purpose verb makes intended only the verbal noun after its preposition, not its subject
    ("وقال الوفد إن إردوغان لم يهدف من وراء مفاوضات السلام إلى شيء سوى الفوز.", "مفاوضات"),
    # the verb حرص tells what was done
    ("حرص الأمير على حضور الاجتماع مع الوفد.", "الاجتماع"),
    # done acts stay facts
    # (the accord's «تعاون» is what the signing is about, merged into it since round 51: the signing is the act)
    ("وقعت السعودية وفرنسا اتفاقية تعاون في مجال الطاقة.", "وقعت"),
    ("التقى الرئيس المصري نظيره الفرنسي في القاهرة أمس.", "التقى"),
])
def test_done_acts_stay_facts(nlp, text, trigger):
    ev = find(nlp, text, trigger)
    assert not ev.future, ev.to_dict()


@pytest.mark.parametrize("text,trigger", [
    # the meeting is the event: بحث with a dual subject or an agenda word after it
    ("وبحث الجانبان سبل تعزيز التعاون بين البلدين.", "بحث الجانبان"),
    ("وجرى خلال الاستقبال بحث آفاق التعاون بين البلدين الشقيقين.", "بحث آفاق"),
    ("وقال الجبير إنه بحث الأوضاع في اليمن وسوريا والعراق.", "بحث الأوضاع"),
    ("كما بحثا أوجه التعاون بين البلدين خاصة في الجانب الدفاعي.", "بحثا أوجه"),
])
def test_discussing_ties_or_news_is_a_meeting(nlp, text, trigger):
    ev = find(nlp, text, trigger)
    assert ev.event == "CONSULT" and not ev.future, ev.to_dict()


@pytest.mark.parametrize("text", [
    "خرج الأهالي بحثا عن سبل العيش في المدن.",  # in search of
    "يبحث الطلاب عن سبل جديدة للتعلم.",
])
def test_searching_is_no_meeting(nlp, text):
    assert not [e for e in events(nlp, text) if e.event == "CONSULT"], [e.to_dict() for e in events(nlp, text)]


@pytest.mark.parametrize("text,trigger,future", [
    # cooperation or aid talked of is the topic; an attack talked of stays a fact
    ("ولي ولي العهد بحث مع وزير الدفاع القطري التعاون العسكري والمسائل المشتركة.", "التعاون", True),
    ("بحث معوقات إيصال المساعدات للمتضررين اليمنيين.", "المساعدات", True),
    ("وبحث الوزيران مع الرئيس الهجوم الذي استهدف السفارة أمس.", "الهجوم", False),
])
def test_what_is_discussed(nlp, text, trigger, future):
    assert find(nlp, text, trigger).future is future


@pytest.mark.parametrize("text,trigger", [
    ("ودعا الرئيس إلى الحوار بعد أن هاجم المسلحون مركز الشرطة.", "هاجم"),
    ("ودعت الحكومة المواطنين إلى الهدوء بعد أن قتل المسلحون خمسة جنود.", "قتل"),
])
def test_what_a_call_follows_has_happened(nlp, text, trigger):
    assert not find(nlp, text, trigger).future


@pytest.mark.parametrize("text", [
    "وقعت الشركة السعودية للكهرباء مذكرة تعاون مع البنك الأهلي التجاري.",
    "وقع بنك الرياض اتفاقية تعاون مع شركة أرامكو السعودية.",
    "وقعت جامعة الملك سعود اتفاقية تعاون مع شركة سابك.",
])
def test_an_accord_between_companies_is_no_cooperation_event(nlp, text):
    """States that sign a cooperation accord cooperate (test_done_acts_stay_facts); a company, a bank or a
    university signing one with another is local business, which the topic gate drops."""
    assert not [e for e in events(nlp, text) if e.event == "COOPERATE"], [e.to_dict() for e in events(nlp, text)]


def test_another_nouns_upcoming_adjective_leaves_the_meeting_done(nlp):
    ev = find(nlp, "وعقد الاجتماع أمس لبحث استعدادات الانتخابات المقبلة.", "الاجتماع")
    assert not ev.future
