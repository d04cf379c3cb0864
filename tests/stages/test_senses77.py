"""Round 77 senses (the topic gate then; the senses stage, senses.py, since round 81): declining to comment is no
REJECT even with an actor (CAMEO 014 is a public statement, no PLOVER event), unless a request is what is turned down;
a protest told in words by an office, a body or a state is ACCUSE 111, no street PROTEST; roads cut by armed forces are
a blockade (COERCE 191), no obstruction protest. Sentences from the dev days (2015-07-23..26), some shortened.

Since round 81 each reading holds with the topic gate on and off (`topic_gate = false`): every test runs on both
pipelines (the `pipeline` fixture)."""

import pytest

DAY = "2015-07-25"


@pytest.fixture(scope="module", params=[True, False], ids=["gate-on", "gate-off"])
def gate(request):
    """The topic gate's setting: on, then off (the senses stage reads these senses either way)."""
    return request.param


@pytest.fixture(scope="module")
def pipeline(gate):
    """The default pipeline built from settings with the topic gate on or off (the report filter and the repeats on),
    once per setting."""
    import hadath
    from hadath.settings import Settings

    return hadath.load(Settings(topic_gate=gate))


def events(nlp, text, event, published=DAY):
    """The events of type `event` that the pipeline `nlp` codes for `text`."""
    return [e for e in nlp(text, published=published).events if e.event == event]


def texts(parties):
    """The texts of the parties."""
    return [x.text for x in parties]


@pytest.mark.parametrize("text", [
    "ورفض ممثلو الأمن العام التعليق اليوم الاثنين.",
    "ورفضت وزارة الخارجية الأمريكية التعليق.",
    "ورفض المتحدث باسم البيت الأبيض جون إيرنست التعليق على ما إذا كانا قد اتفقا.",
    "ورفضت الشرطة الكشف عن هوية المشتبه به.",
    "ورفضت وزارة الدفاع الأمريكية (البنتاجون) تأكيد التقارير.",
])
def test_declining_comment_with_an_actor_is_no_rejection(pipeline, text):
    """A party declining to comment, to name someone or to confirm a report («رفض … التعليق»، «رفضت الشرطة الكشف عن
    هوية»، «رفضت وزارة الدفاع الأمريكية (البنتاجون) تأكيد التقارير») codes no REJECT."""
    assert not events(pipeline, text, "REJECT"), text


def test_withheld_inquiry_results_are_no_rejection_but_a_refused_request_is(pipeline):
    """«ورفضت الحكومة الكشف عن نتائج التحقيق» withholds words (CAMEO 014), as «ورفض متحدث باسم مكتب رئاسة الوزراء
    التعليق» (2015-07-26) declines to comment: no REJECT; a request for the disclosure turned down («رفضت الحكومة طلب
    المعارضة الكشف …») stays a REJECT by the government, as do a government's refusal of an initiative and a refused
    charge."""
    text = "ورفض متحدث باسم مكتب رئاسة الوزراء التعليق على هذه المعلومات، مشيرا الى ان كاميرون سيعلن عن موعد الاستفتاء."
    assert not events(pipeline, text, "REJECT", "2015-07-26")
    assert not events(pipeline, "ورفضت الحكومة الكشف عن نتائج التحقيق في الحادث.", "REJECT")
    assert events(pipeline, "ورفضت الحكومة اليمنية المبادرة التي قدمها الحوثيون أمس.", "REJECT")
    refused = events(pipeline, "ورفضت الحكومة طلب المعارضة الكشف عن نتائج التحقيق في الحادث.", "REJECT")
    assert refused and texts(refused[0].actor) == ["الحكومة"]
    assert events(pipeline, "رفض الوزير الاتهامات.", "REJECT")


def test_organisations_protesting_against_obama_accuse_him(pipeline, gate):
    """«احتجت الكثير من المنظمات اليهودية … بقوة ضد أوباما» is criticism: ACCUSE 111 of the organisations against
    Obama, no PROTEST."""
    text = ("كما احتجت الكثير من المنظمات اليهودية الصغيرة، التي تقودها المنظمة الصهيونية الأميركية، بقوة ضد أوباما، "
            "ولكن الكثير من الجماعات الأميركية ردت حتى الآن بشكل فاتر.")
    assert ("topics" in pipeline.names) is gate
    assert not events(pipeline, text, "PROTEST")
    accuse = [e for e in events(pipeline, text, "ACCUSE") if e.trigger.text == "احتجت"]
    assert accuse and accuse[0].cameo == "111"
    assert texts(accuse[0].actor) == ["المنظمات اليهودية"] and texts(accuse[0].recipient) == ["أوباما"]


def test_outcry_from_the_white_house_is_its_accusation(pipeline):
    """«بصيحات احتجاج من الولايات المتحدة، حتى من البيت الأبيض»: the White House cries out (ACCUSE, its actor), no
    street protest aimed at it."""
    text = "وقوبلت هذه القضايا بصيحات احتجاج من الولايات المتحدة، حتى من البيت الأبيض."
    assert not events(pipeline, text, "PROTEST")
    accuse = events(pipeline, text, "ACCUSE")
    assert accuse and texts(accuse[0].actor) == ["البيت الأبيض"] and not accuse[0].recipient


def test_minister_protesting_accuses(pipeline):
    """«واحتج سيرجي لافروف وزير الخارجية على ما اعتبره ممارسات غير مقبولة» is the minister's criticism, ACCUSE."""
    text = ("ورأت \"جازبروم\" أن هذه الاتهامات \"لا أساس لها\"، واحتج سيرجي لافروف وزير الخارجية على ما اعتبره "
            "ممارسات \"غير مقبولة\" من الاتحاد الأوروبي إزاء روسيا في إطار علاقات متوترة بين الجانبين بسبب النزاع "
            "الأوكراني.")
    assert not events(pipeline, text, "PROTEST")
    assert any(e.trigger.text == "احتج" and "لافروف" in " ".join(texts(e.actor))
               for e in events(pipeline, text, "ACCUSE"))


def test_state_expelling_an_envoy_in_protest_accuses(pipeline):
    """«كانت تونس أول بلد طرد السفير السوري … احتجاجا على قمع الرئيس السوري»: Tunisia's protest is an accusation of
    Assad, by Tunisia, not a PROTEST of the expelled ambassador."""
    text = ("كانت تونس أول بلد طرد السفير السوري في بداية 2012 احتجاجا على قمع الرئيس السوري بشار الأسد للاحتجاجات "
            "قبل أن تتحول إلى حرب أهلية أسفرت عن سقوط آلاف القتلى.")
    assert not events(pipeline, text, "PROTEST")
    accuse = [e for e in events(pipeline, text, "ACCUSE") if e.trigger.text == "احتجاجا"]
    assert accuse and [x.code for x in accuse[0].actor] == ["TUN"]


STREET = [
    "واحتج عمال المناجم على القرار.",
    "قال شاهد عيان من رويترز إن الشرطة التركية أطلقت مدافع المياه والغاز المسيل للدموع لتفريق نحو ألف متظاهر "
    "تجمعوا في العاصمة أنقرة للاحتجاج على الضربات العسكرية في سوريا وشمال العراق.",
    "وبدأ أكثر من 200 شخص معظمهم من طلاب المدارس الثانوية احتجاجا أمام وزارة التعليم منذ يوم الأربعاء.",
]


def test_protest_after_a_criticism_is_verbal_street_protest_stays(pipeline):
    """«وانتقد جارسيا ملخص التقرير علانية واحتج أمام "فيفا"» protests in words (no PROTEST); workers, demonstrators
    and students still protest in the street (PROTEST)."""
    criticised = "وانتقد جارسيا ملخص التقرير علانية واحتج أمام \"فيفا\" على النتائج النهائية."
    assert not events(pipeline, criticised, "PROTEST")
    for text in STREET:
        assert events(pipeline, text, "PROTEST"), text


def test_roads_cut_by_forces_are_a_blockade(pipeline):
    """«وقطعت [القوات] الطرق في اتجاه الحامضية»: an army's roads cut are COERCE 191 (blockade), no PROTEST; taxi
    drivers cutting the streets still protest (PROTEST 144)."""
    text = ("وفي المحور الشمالي تمركزت القوات على الخط الدولي في منطقة البوعيثة، وقطعت الطرق في اتجاه الحامضية "
            "والخالدية والصقلاوية وصولاً إلى الفلوجة.")
    assert not events(pipeline, text, "PROTEST")
    assert any(e.cameo == "191" and texts(e.actor) == ["القوات"] for e in events(pipeline, text, "COERCE"))
    drivers = ("وكان آخر الاحتجاجات في ريو دي جانيرو، حيث قطع آلاف من سائقي سيارات الأجرة الشوارع الرئيسية أمس "
               "(الجمعة)، احتجاجًا على خدمة «أوبر» في البرازيل.")
    assert any(e.cameo == "144" for e in events(pipeline, drivers, "PROTEST"))  # civilians blocking roads stay
