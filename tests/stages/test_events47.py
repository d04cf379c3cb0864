"""The doer of a bare verbal noun governed by a verb of deciding or announcing: that verb's subject (قررت البحرين
استدعاء سفيرها، أعلنت البحرين استدعاء سفيرها), or, for such a verb with و and no subject, the subject of the verb of
saying before it (قالت وزارة الداخلية … إن … وأعلنت استدعاء سفيرها); never for a death an announcer tells of."""


def _event(nlp, text, trigger, published="2015-07-25"):
    """The event of `text` whose trigger is `trigger`."""
    return next(e for e in nlp(text, published=published).events if e.trigger.text == trigger)


def test_the_announcer_recalls_its_ambassador(nlp):
    ev = _event(nlp, "وأعلنت البحرين استدعاء سفيرها لدى إيران للتشاور.", "استدعاء")
    assert [(a.text, a.code) for a in ev.actor] == [("البحرين", "BHR")]
    assert [r.code for r in ev.recipient] == ["IRN"]


def test_the_decider_recalls_its_ambassador(nlp):
    ev = _event(nlp, "قررت مملكة البحرين استدعاء سفيرها في طهران للتشاور.", "استدعاء")
    assert [a.code for a in ev.actor] == ["BHR"]


def test_an_announcing_verb_with_wa_goes_on_from_the_speaker(nlp):
    text = ("قالت وزارة الداخلية في البحرين أمس السبت إن السلطات أحبطت محاولة لتهريب أسلحة عن طريق اثنين من "
            "مواطنيها على علاقة بإيران وأعلنت استدعاء سفيرها في طهران للتشاور.")
    ev = _event(nlp, text, "استدعاء")
    assert [a.text for a in ev.actor] == ["وزارة الداخلية"]


def test_an_announcer_kills_no_one(nlp):
    ev = _event(nlp, "أعلنت الداخلية البحرينية مقتل شرطي في انفجار.", "مقتل")
    assert ev.actor == ()


def test_a_medium_that_announces_acts_not(nlp):
    evs = nlp("أعلنت وكالة الأنباء البحرينية استدعاء سفير البحرين في طهران.", published="2015-07-25").events
    assert not any(a.sector == "MED" for e in evs if e.trigger.text.startswith("استدعاء") for a in e.actor)


def test_an_airlift_to_relieve_a_people_goes_to_that_people(nlp):
    ev = _event(nlp, "وثمن الدكتور السديري انطلاق الجسر الجوي لإغاثة الشعب اليمني الشقيق.", "الجسر الجوي")
    assert [r.code for r in ev.recipient] == ["YEM"] and ev.actor == ()


def test_aid_for_a_fight_goes_to_no_enemy(nlp):
    evs = nlp("أرسلت إيران أسلحة لمواجهة الحوثيين.", published="2015-07-25").events
    assert not any(e.event in ("AID", "SUPPORT") and any(r.text == "الحوثيين" for r in e.recipient) for e in evs)
