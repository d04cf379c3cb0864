"""Round 106 mend (mend106_n): the Eid or a festival named in a title or a lead makes a festival's story only when
it is no political day, no rally and no mere time of another act (topics._fete_named); a filing told by its verb
right before a number of cases is no count of cases (topics.counted_cases). Built on the review's probes."""

from stage_coding import kept_types

_DATE = "2015-07-22"


def _kept(nlp, text, title=None):
    """The (type, trigger) pairs kept for `text` (with `title`) published on _DATE."""
    return [(e.event, e.trigger.text) for e in nlp(text, published=_DATE, title=title).events]


def test_throne_day_speech_keeps_its_call_and_support(nlp):
    """«دعا العاهل المغربي … بمناسبة عيد العرش الحكومة … إلى إصلاح التعليم»: a political day, no festival; the
    REQUEST and the SUPPORT stay."""
    kept = kept_types(nlp, "دعا العاهل المغربي الملك محمد السادس في خطاب بمناسبة عيد العرش الحكومة المغربية إلى "
                           "إصلاح التعليم. وأكد الملك دعم المغرب للقضية الفلسطينية.", _DATE)
    types = [t for t, _ in kept]
    assert "REQUEST" in types and "SUPPORT" in types, kept


def test_minister_call_after_an_eid_prayer_bombing_stays(nlp):
    """«… أثناء صلاة العيد اليوم. ودعا وزير الداخلية السعودي المواطنين إلى التعاون»: the Eid prayer is the time of a
    bombing, no festival; the minister's REQUEST stays."""
    kept = _kept(nlp, "قتل 4 أشخاص في تفجير انتحاري استهدف مسجدا في القطيف أثناء صلاة العيد اليوم. ودعا وزير "
                      "الداخلية السعودي المواطنين إلى التعاون مع الأجهزة الأمنية للإبلاغ عن المشتبه بهم.",
                 "تفجير انتحاري يستهدف مصلين في صلاة العيد بالقطيف")
    assert ("REQUEST", "دعا") in kept, kept


def test_may_day_demand_stays(nlp):
    """«طالب آلاف العمال المصريين في عيد العمال الحكومة المصرية برفع الحد الأدنى للأجور»: May Day, no festival."""
    kept = _kept(nlp, "طالب آلاف العمال المصريين في عيد العمال الحكومة المصرية برفع الحد الأدنى للأجور. وتظاهر "
                      "المئات أمام مجلس الوزراء في القاهرة.")
    assert ("REQUEST", "طالب") in kept, kept


def test_eid_speech_and_families_before_eid_keep_their_requests(nlp):
    """«في كلمة بمناسبة عيد الفطر» (Sisi) and «قبل العيد» (detainees' families): the Eid is the time of a call."""
    kept = _kept(nlp, "دعا الرئيس المصري عبد الفتاح السيسي في كلمة بمناسبة عيد الفطر المصريين إلى الاصطفاف خلف "
                      "الدولة في مواجهة الإرهاب. وأصدر السيسي عفوا عن 500 سجين بمناسبة العيد.",
                 "السيسي يهنئ المصريين بعيد الفطر")
    assert ("REQUEST", "دعا") in kept, kept
    kept = _kept(nlp, "طالبت عائلات المعتقلين في البحرين قبل العيد الحكومة البحرينية بالإفراج عن أبنائها. وقالت "
                      "الشرطة إنها اعتقلت 3 ناشطين.")
    assert ("REQUEST", "طالبت") in kept, kept


def test_rally_calls_stay(nlp):
    """«في مهرجان خطابي بمأرب»، «في مهرجان انتخابي بإسطنبول»: a rally, no festival; the REQUEST stays."""
    kept = _kept(nlp, "دعا زعيم حزب الإصلاح اليمني محمد اليدومي في مهرجان خطابي بمأرب اليمنيين إلى دعم الرئيس "
                      "هادي. وقال إن الحوثيين يقصفون المدن.")
    assert ("REQUEST", "دعا") in kept, kept
    kept = _kept(nlp, "دعا الرئيس التركي رجب طيب أردوغان في مهرجان انتخابي بإسطنبول الأتراك إلى منح حزب العدالة "
                      "والتنمية الأغلبية. وتعهد أردوغان بمحاربة حزب العمال الكردستاني.",
                 "أردوغان يخاطب أنصاره في مهرجان انتخابي")
    assert ("REQUEST", "دعا") in kept, kept


def test_aid_before_eid_stays(nlp):
    """«قدمت الحكومة المصرية مساعدات لأسر ضحايا الإرهاب في سيناء قبل العيد»: the AID stays."""
    kept = _kept(nlp, "قدمت الحكومة المصرية مساعدات لأسر ضحايا الإرهاب في سيناء قبل العيد. وقال رئيس الوزراء "
                      "إبراهيم محلب إن الدولة لن تتخلى عنهم.")
    assert any(t == "AID" for t, _ in kept), kept


def test_dated_filing_of_counted_suits_stays(nlp):
    """«رفعت 3 دعاوى قضائية أمس أمام المحكمة الإدارية العليا»: a filing told by its verb, no count of cases; the
    ACCUSE stays, dated the day before."""
    evs = nlp("رفعت 3 دعاوى قضائية أمس أمام المحكمة الإدارية العليا لوقف قرار وزير الداخلية. وقال محامون إن "
              "القرار غير دستوري.", published=_DATE).events
    assert any(e.event == "ACCUSE" and e.trigger.text == "دعاوى" and e.date == "2015-07-21" for e in evs), \
        [(e.event, e.trigger.text, e.date) for e in evs]
