"""Round 39 roles: the denier of a denied act is its actor; the doer of a praised deed told by an event verb."""

import pytest



def _events(nlp, text, trig):
    return [e for e in nlp(text).events if e.trigger.text == trig]


@pytest.mark.parametrize("text,trig,actor", [
    ("لكن الجيش نفى أن يكون استهدف منطقة مأهولة.", "استهدف", "الجيش"),
    ("ونفى الجيش أن يكون قد استهدف المدنيين.", "استهدف", "الجيش"),
    ("ونفت الشرطة أنها اعتقلت المتظاهرين.", "اعتقلت", "الشرطة"),
])
def test_denier_is_actor(nlp, text, trig, actor):
    evs = _events(nlp, text, trig)
    assert evs and evs[0].negated
    assert [a.text for a in evs[0].actor] == [actor]


def test_denier_not_victim(nlp):
    ev = _events(nlp, "ونفى الجيش أن يكون قد استهدف المدنيين.", "استهدف")[0]
    assert [r.text for r in ev.recipient] == ["المدنيين"]


def test_praised_deed_told_by_event_verb(nlp):
    ev = _events(nlp, "وأشاد الوزير بالجهود التي تقدمها الأجهزة الأمنية.", "أشاد")[0]
    assert [r.text for r in ev.recipient] == ["الأجهزة الأمنية"]


@pytest.mark.parametrize("text,recipient", [
    ("وجدد الربيعة دعوة مركز الملك سلمان للإغاثة والأعمال الإنسانية للأمم المتحدة إلى الإسهام في تنفيذ البرامج.",
     "للأمم المتحدة"),
    ("وجدد دعوة الحكومة اليمنية للأمم المتحدة إلى التدخل.", "للأمم المتحدة"),
])
def test_appeal_noun_lam_addressee(nlp, text, recipient):
    ev = _events(nlp, text, "دعوة")[0]
    assert [r.text for r in ev.recipient] == [recipient]
    assert recipient not in [a.text for a in ev.actor]
