"""Round 25 (roles25): swapped roles and addressees (must / must not, on sentences of the kind fixed)."""

from stage_coding import events_coded


def coded(nlp, text, date="2015-07-21"):
    """The events the event coder gives (see stage_coding)."""
    return events_coded(nlp, text, date)


def find(nlp, text, event, word):
    """The coded events of the type whose trigger's first word ends the given word (clitics taken off)."""
    return [e for e in coded(nlp, text) if e.event == event and word.endswith(e.trigger.text.split()[0])]


# 1. من جانب X، من طرف X after an act: X did it (a passive agent, like من قبل)
def test_attack_by_christians_has_them_as_actor(nlp):
    text = "أعلن مسؤول إندونيسي أن قوات الجيش تحمي 153 مسلما، بعدما تعرضوا لهجوم من جانب مسيحيين صباح اليوم."
    evs = find(nlp, text, "ASSAULT", "لهجوم")
    assert evs and any("مسيحيين" in a.text for e in evs for a in e.actor)
    assert not any("مسيحيين" in r.text for e in evs for r in e.recipient)


def test_shelling_by_government_forces_is_theirs(nlp):
    evs = find(nlp, "وتعرضت القرية لقصف من جانب القوات الحكومية.", "ASSAULT", "لقصف")
    assert evs and any("القوات الحكومية" in a.text for e in evs for a in e.actor)
    assert not any("القوات الحكومية" in r.text for e in evs for r in e.recipient)


# 2. a masculine imperfect verb right before a country named with no article: the country is its object
def test_council_demands_of_iran_have_iran_as_addressee(nlp):
    text = "ويكلف مجلس الامن الوكالة الدولية للطاقة الذرية القيام بعمليات التحقق، ويطالب ايران بالتعاون التام مع الوكالة."
    evs = find(nlp, text, "REQUEST", "يطالب")
    assert evs and all(a.code != "IRN" for e in evs for a in e.actor)
    assert any(r.code == "IRN" for e in evs for r in e.recipient)


def test_resolutions_demanding_of_iran_past_fiha(nlp):
    text = "وأصدر مجلس الأمن 6 قرارات ما بين 2006 و2010، يطالب فيها إيران بوقف تخصيب اليورانيوم."
    evs = find(nlp, text, "REQUEST", "يطالب")
    assert evs and all(a.code != "IRN" for e in evs for a in e.actor)
    assert any(r.code == "IRN" for e in evs for r in e.recipient)


def test_feminine_verb_keeps_the_country_as_subject(nlp):
    evs = find(nlp, "وطالبت إيران برفع العقوبات.", "REQUEST", "طالبت")
    assert evs and any(a.code == "IRN" for e in evs for a in e.actor)


def test_masculine_country_stays_subject(nlp):
    evs = find(nlp, "ويطالب العراق بوقف الاعتداءات التركية.", "REQUEST", "يطالب")
    assert evs and any(a.code == "IRQ" for e in evs for a in e.actor)


def test_verbal_noun_with_waw_keeps_its_owner(nlp):
    text = "ولفت إلى أن الحوار ناقش الأزمة الليبية ودعم مصر الكامل للجهود الأممية."
    assert not any(r.code == "EGY" for e in find(nlp, text, "SUPPORT", "ودعم") for r in e.recipient)


# 3. a verbal noun in بـ right after the verb: the phrase after it is that noun's object, not the verb's subject
def test_threat_to_topple_hamas_has_hamas_as_target(nlp):
    text = "وكانت جماعات أعلنت ولاءها لداعش سبق لها أن هددت بإسقاط حكم حماس في قطاع غزة."
    evs = find(nlp, text, "THREATEN", "هددت")
    assert evs and not any(a.text == "حماس" for e in evs for a in e.actor)
    assert any(r.text == "حماس" for e in evs for r in e.recipient)


def test_threat_of_force_has_no_force_as_actor(nlp):
    text = "والرئيس الاميركي (باراك اوباما) هدد باستخدام القوة ضد ايران اذا ما أخلت بهذا الاتفاق."
    evs = find(nlp, text, "THREATEN", "هدد")
    assert evs and not any("القوة" in a.text for e in evs for a in e.actor)


def test_subject_after_the_verb_stays(nlp):
    evs = find(nlp, "وهدد الحوثيون باقتحام مدينة عدن.", "THREATEN", "هدد")
    assert evs and any("الحوثيون" in a.text for e in evs for a in e.actor)


def test_future_verb_before_a_feminine_noun_has_it_as_object(nlp):
    text = "وتشمل زيارة كارتر ايضا الاردن حيث سيزور القاعدة الجوية التي انطلق منها الطيار."
    evs = find(nlp, text, "CONSULT", "سيزور")
    assert evs and not any("القاعدة" in a.text for e in evs for a in e.actor)
