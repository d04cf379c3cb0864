"""Round 81: four readings of sense and negation moved from the topic gate (topics.py) to their own stage, the senses
stage (senses.SenseReader), which load() runs always, after the event anchors and before the repeats. With the topic
gate switched off (`topic_gate = false`) they still apply: a protest told in words is ACCUSE 111 (a), roads cut by
armed forces are COERCE 191 (b), declining to comment is no REJECT (c), and «لن نجري أي محادثات مع …» is a talk
flagged negated and future (d). Sentences from the dev days (2015-07-23..26)."""

import pytest

DAY = "2015-07-25"


@pytest.fixture(scope="module")
def ungated():
    """The default pipeline built from settings with the topic gate off (the report filter and the repeats on)."""
    import hadath
    from hadath.settings import Settings

    return hadath.load(Settings(topic_gate=False))


def events(nlp, text, event, published=DAY):
    """The events of type `event` that the pipeline `nlp` codes for `text`."""
    return [e for e in nlp(text, published=published).events if e.event == event]


def texts(parties):
    """The texts of the parties."""
    return [x.text for x in parties]


def test_gate_off_verbal_protest_is_an_accusation(ungated):
    """(a) «احتجت الكثير من المنظمات اليهودية … بقوة ضد أوباما», gate off: ACCUSE 111 of the organisations against
    Obama, no street PROTEST."""
    text = ("كما احتجت الكثير من المنظمات اليهودية الصغيرة، التي تقودها المنظمة الصهيونية الأميركية، بقوة ضد أوباما، "
            "ولكن الكثير من الجماعات الأميركية ردت حتى الآن بشكل فاتر.")
    assert "topics" not in ungated.names
    assert not events(ungated, text, "PROTEST")
    accuse = [e for e in events(ungated, text, "ACCUSE") if e.trigger.text == "احتجت"]
    assert accuse and accuse[0].cameo == "111"
    assert texts(accuse[0].actor) == ["المنظمات اليهودية"] and texts(accuse[0].recipient) == ["أوباما"]


def test_gate_off_roads_cut_by_forces_are_a_blockade(ungated):
    """(b) «وقطعت [القوات] الطرق في اتجاه الحامضية», gate off: COERCE 191 by the forces, no PROTEST; taxi drivers
    cutting the streets still protest (PROTEST 144)."""
    text = ("وفي المحور الشمالي تمركزت القوات على الخط الدولي في منطقة البوعيثة، وقطعت الطرق في اتجاه الحامضية "
            "والخالدية والصقلاوية وصولاً إلى الفلوجة.")
    assert not events(ungated, text, "PROTEST")
    assert any(e.cameo == "191" and texts(e.actor) == ["القوات"] for e in events(ungated, text, "COERCE"))
    drivers = ("وكان آخر الاحتجاجات في ريو دي جانيرو، حيث قطع آلاف من سائقي سيارات الأجرة الشوارع الرئيسية أمس "
               "(الجمعة)، احتجاجًا على خدمة «أوبر» في البرازيل.")
    assert any(e.cameo == "144" for e in events(ungated, drivers, "PROTEST"))


def test_gate_off_declining_to_comment_is_no_rejection(ungated):
    """(c) «ورفض متحدث باسم مكتب رئاسة الوزراء التعليق» (2015-07-26), gate off: no REJECT; a government's refusal of
    an initiative, or of a request for the disclosure, stays a REJECT."""
    text = "ورفض متحدث باسم مكتب رئاسة الوزراء التعليق على هذه المعلومات، مشيرا الى ان كاميرون سيعلن عن موعد الاستفتاء."
    assert not events(ungated, text, "REJECT", "2015-07-26")
    assert not events(ungated, "ورفضت الحكومة الكشف عن نتائج التحقيق في الحادث.", "REJECT")
    assert events(ungated, "ورفضت الحكومة اليمنية المبادرة التي قدمها الحوثيون أمس.", "REJECT")
    refused = events(ungated, "ورفضت الحكومة طلب المعارضة الكشف عن نتائج التحقيق في الحادث.", "REJECT")
    assert refused and texts(refused[0].actor) == ["الحكومة"]


# 2015-07-25 #127 (one of its sentences)
NO_TALKS = ("وكان خامنئي قال بعد أن أم صلاة العيد في طهران يوم السبت الماضي «لن نجري أي محادثات مع الولايات المتحدة "
            "بشأن قضايا ثنائية أو إقليمية أو دولية ما لم تكن في حالات استثنائية مثل (المحادثات) النووية».")


def test_gate_off_talks_refused_outright_are_negated(ungated):
    """(d) «لن نجري أي محادثات مع الولايات المتحدة», gate off: the talk with the United States is flagged negated and
    future; no talk held is told."""
    talks = [e for e in events(ungated, NO_TALKS, "CONSULT") if e.trigger.text == "محادثات"]
    assert any([x.code for x in e.recipient] == ["USA"] and e.negated and e.future for e in talks)
    assert not any(not e.negated for e in talks)


def test_senses_run_before_repeats_whatever_the_gate():
    """load() runs the senses stage right after the event anchors and before the repeats, with the topic gate on or
    off."""
    import hadath
    from hadath.settings import Settings

    for settings in (Settings(), Settings(topic_gate=False)):
        names = hadath.load(settings).names
        assert "senses" in names and "repeats" in names
        assert names.index("anchors") + 1 == names.index("senses") < names.index("repeats")
