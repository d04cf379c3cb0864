"""Actors and recipients (round 52): the sender of a greeting whose subject a comma sets off from «برقية تهنئة»
(بعث الملك …، برقية تهنئة لفخامة الرئيس); a request or support spelled like a perfect (طلبا، دعما) received by
the subject of تلقى from the party in من; «دعم بلاده» told from a source in عن after نقلت; the object, not the
subject, after a definite subject no lexicon names (وطالبت الأسر المتضررة القنصلية السعودية)."""

import pytest


def _by_trigger(nlp, text, trigger, published="2015-07-25"):
    """(event, actor codes, recipient codes) of the event of `text` whose trigger is `trigger`."""
    return next((e.event, [a.code for a in e.actor], [r.code for r in e.recipient])
                for e in nlp(text, published=published).events if e.trigger.text == trigger)


@pytest.mark.parametrize("text, recipient", [
    ("بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، برقية تهنئة لفخامة الرئيس الباجي قايد السبسي "
     "رئيس الجمهورية التونسية بمناسبة إعادة انتخابه.", "TUN"),
    ("كما بعث صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية، "
     "برقية تهنئة لفخامة الرئيس الباجي قايد السبسي رئيس الجمهورية التونسية بمناسبة إعادة انتخابه.",
     "TUN"),
    ("بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، برقية تهنئة للرئيس إيسوفو محمدو رئيس جمهورية "
     "النيجر، بمناسبة إعادة انتخابه.", "NER"),
])
def test_the_sender_past_a_comma_sends_the_greeting(nlp, text, recipient):
    """«بعث الملك سلمان …، برقية تهنئة لفخامة الرئيس»: the comma after the sender ends no clause; Saudi Arabia
    greets, the president is greeted."""
    assert _by_trigger(nlp, text, "تهنئة") == ("SUPPORT", ["SAU"], [recipient])


def test_a_request_received_comes_from_the_party_in_min(nlp):
    """«تلقت السعودية طلبا من الولايات المتحدة»: the United States asks, Saudi Arabia is asked (not the reverse)."""
    event = _by_trigger(nlp, "تلقت السعودية طلبا من الولايات المتحدة بالانضمام إلى التحالف.", "طلبا")
    assert event == ("REQUEST", ["USA"], ["SAU"])


def test_support_received_comes_from_the_party_in_min(nlp):
    """«تلقت السعودية دعما من الولايات المتحدة»: the receiver is the recipient, never the actor."""
    event = _by_trigger(nlp, "تلقت السعودية دعما من الولايات المتحدة.", "دعما")
    assert event[1] == ["USA"] and event[2] == ["SAU"]


def test_his_countrys_support_told_from_a_source_in_an(nlp):
    """«ونقلت الوكالة عن وزير الخارجية السوري وليد المعلم دعم بلاده للجهود الروسية»: the source in عن is the
    speaker; Syria supports, Russia is supported (not «الروسية» for actor)."""
    event = _by_trigger(nlp, "ونقلت الوكالة عن وزير الخارجية السوري وليد المعلم دعم بلاده للجهود الروسية.", "دعم")
    assert event == ("SUPPORT", ["SYR"], ["RUS"])


@pytest.mark.parametrize("text, trigger, recipient", [
    ("وطالبت الأسر المتضررة القنصلية السعودية بضرورة اتخاد كافة الاجراءات القانونية وفقا للانظمة المتبعة في ايران.",
     "طالبت", "SAU"),
    ("ويتجاهل الغرب حماس لرفضها الاعتراف بإسرائيل ولاتفاقات السلام المؤقتة.", "يتجاهل", "PSE"),
])
def test_the_object_after_an_unknown_definite_subject(nlp, text, trigger, recipient):
    """«وطالبت الأسر المتضررة القنصلية السعودية بضرورة …»: the families ask, the consulate is asked; the party
    after a definite subject no lexicon names is the object, never the actor."""
    event = _by_trigger(nlp, text, trigger)
    assert event[2] == [recipient] and recipient not in event[1]

