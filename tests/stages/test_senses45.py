"""Word senses and repeats (round 45): an ambassador recalled is a reduction of relations, no consultation nor
summons; a call for a strike is the strike called for, no empty request; a state's own security «threatened», its
economy or a team spirit «supported» and a no-fly zone as a topic are no events."""

import pytest


def _events(nlp, text, published="2015-07-25"):
    """(event, cameo, trigger, actor codes, recipient codes) of every event of `text`."""
    return [(e.event, e.cameo, e.trigger.text, [a.code for a in e.actor], [r.code for r in e.recipient])
            for e in nlp(text, published=published).events]


@pytest.mark.parametrize("text,actor,recipient", [
    ("استدعت مملكة البحرين سفيرها لدى إيران للتشاور في أعقاب ما وصفتها بتصريحات عدائية متكررة.", "BHR", "IRN"),
    ("وفي وقت سابق اليوم السبت قالت البحرين إنها استدعت سفيرها في طهران للتشاور بعد تكرار التصريحات العدائية.",
     "BHR", "IRN"),
    ("استدعت وزارة الخارجية البحرينية سفير المملكة لدى الجمهورية الإسلامية الإيرانية وذلك للتشاور، معربة عن أملها "
     "في أن تسود علاقات طبيعية بين البلدين.", "BHR", "IRN"),
])
def test_an_ambassador_recalled_for_consultations_is_a_reduction_of_relations(nlp, text, actor, recipient):
    evs = _events(nlp, text)
    recalls = [e for e in evs if e[0] == "SANCTION" and e[1] == "161"]
    assert len(recalls) == 1
    assert actor in recalls[0][3] and recipient in recalls[0][4]
    assert not [e for e in evs if e[0] in ("CONSULT", "ACCUSE")]  # no talks held, no envoy of Iran summoned


def test_a_recall_told_by_its_noun_for_consultations_is_one_act(nlp):
    evs = _events(nlp, "وأعلنت البحرين استدعاء سفيرها في طهران للتشاور بعد ما وصفته ببيانات إيرانية معادية.")
    assert [e[:2] for e in evs] == [("SANCTION", "161")]


def test_a_foreign_envoy_summoned_to_protest_stays_an_accusation(nlp):
    evs = _events(nlp, "وفي مطلع يوليو استدعت أنقرة السفير الصيني للتنديد بالقيود التي تفرضها الصين.")
    assert ("ACCUSE", "114") in [e[:2] for e in evs]
    assert not [e for e in evs if e[0] == "SANCTION"]


@pytest.mark.parametrize("text,mode", [
    ("ودعا اتحاد (انباك) للعاملين بالطيران المدني التجاري في ايطاليا لإضراب مدته 24 ساعة للضغط على الإدارة.", "strike"),
    ("ودعت النقابات العمالية الموالية للأحزاب اليسارية إلى تظاهرات احتجاج غدا الأربعاء تزامنا مع التصويت داخل "
     "البرلمان.", "demo"),
])
def test_a_call_for_a_protest_is_the_protest_not_an_empty_request(nlp, text, mode):
    evs = nlp(text, published="2015-07-21").events
    assert not [e for e in evs if e.event == "REQUEST"]
    assert [e.mode for e in evs if e.event == "PROTEST"] == [mode]


def test_the_caller_organises_the_protest_called_for(nlp):
    evs = nlp("ودعت النقابات العمالية الموالية للأحزاب اليسارية إلى تظاهرات احتجاج غدا الأربعاء.",
              published="2015-07-21").events
    protests = [e for e in evs if e.event == "PROTEST"]
    assert protests and "النقابات العمالية" in [a.text for a in protests[0].actor]


def test_a_call_to_end_a_protest_is_no_protest(nlp):
    evs = nlp("ودعا الرئيس المحتجين إلى وقف الاحتجاجات فورا.", published="2015-07-21").events
    assert "REQUEST" in [e.event for e in evs]


@pytest.mark.parametrize("text,etype", [
    ("والخطاب الموجه مجرد رافعة سياسية تستخدمها إيران للضغط على جاراتها بتهديد أمنها واستقرارها.", "THREATEN"),
    ("والذي تعتمد إيران على تصديره بشكل أساسي في دعم اقتصادها.", "AID"),
    ("حيث يسعى البنك إلى تقوية روابط التواصل بين جميع سفرائه ودعم روح الفريق الواحد.", "SUPPORT"),
    ("حظر طيران", "COERCE"),
    ("ويفضل حظر الطيران في منطقة عريضة تشمل حلب ومدنا سورية أخرى كبيرة.", "COERCE"),
])
def test_a_word_sense_that_tells_no_act_is_no_event(nlp, text, etype):
    assert etype not in [e[0] for e in _events(nlp, text)]


@pytest.mark.parametrize("text,etype", [
    ("وهدد الحوثيون بمهاجمة السعودية.", "THREATEN"),
    ("وأعلنت السعودية تقديم دعم عسكري للحكومة اليمنية.", "AID"),
    ("وحظرت السلطات التظاهر في العاصمة.", "COERCE"),
])
def test_the_acts_of_those_words_stay(nlp, text, etype):
    assert etype in [e[0] for e in _events(nlp, text)]
