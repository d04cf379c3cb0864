"""roles42: the condemner's own name, split from his title and read as the object of a verb of disapproval, is
neither the one condemned nor the doer of the act condemned."""

from __future__ import annotations

PUBLISHED = "2015-08-10"

_BRIGADIER = ("استنكر قائد قوة أمن المنشآت بمنطقة المدينة المنورة العميد عبدالله بن سعد العتيبي التفجير الأثم الذي "
              "وقع في مسجد قوات الطوارئ الخاصة في مدينة أبها.")


def test_condemner_name_is_no_bomber(coder):
    events = coder(_BRIGADIER, published=PUBLISHED).events
    assert not any(e.event == "ASSAULT" and any("العتيبي" in x.text for x in e.actor) for e in events)


def test_condemner_name_is_not_condemned(parties):
    _, rec = parties.of(_BRIGADIER, "ACCUSE")
    assert not any("العتيبي" in text for text, _, _ in rec)


def test_condemner_subject_still_dropped(parties):
    every = parties.every("وأدانت الجامعة العربية التفجير الإرهابي الذي استهدف مسجدا في أبها.")
    assert ("الجامعة العربية", "IGO", None) in every
    events_act = [p for p in every if p[0] == "الجامعة العربية"]
    assert len(events_act) == 1
