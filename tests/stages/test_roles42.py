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


# A killing verb with its subject and no object is a passive (قُتل): the subject died, it killed no one.

def test_killed_then_another_missing(parties):
    act, rec = parties.of("وقال ليسينكو إن جنديا قتل وفقد آخر في العملية.", "ASSAULT")
    assert act == [] and ("جنديا", None, "MIL") in rec


def test_killed_succumbing_to_wounds(parties):
    act, rec = parties.of("وكان العقيد حسان الشيخ قتل يوم الخميس الماضي متأثرًا بجروح أصيب بها.", "ASSAULT")
    assert not any("العقيد" in text for text, _, _ in act)
    assert any("العقيد" in text for text, _, _ in rec)


def test_killed_with_aside_in_dashes(coder):
    events = coder("وقالت الوكالة إن أكثر من 260 مقاتلًا كرديًا قتلوا -منهم شخصيات بارزة بحزب العمال الكردستاني- "
                   "وأصيب أكثر من 400.", published=PUBLISHED).events
    killed = next(e for e in events if e.trigger.text == "قتلوا")
    assert not killed.actor and any("مقاتل" in x.text for x in killed.recipient)
    assert not any("شخصيات" in x.text for e in events for x in e.actor)


def test_killed_nouns_joined_to_the_subject(parties):
    act, rec = parties.of("وقتل ضابطا شرطة ومجند ومسلح أمس الأحد في هجوم بمدينة العريش.", "ASSAULT")
    assert act == [] and ("ضابطا شرطة", None, "COP") in rec


def test_active_killing_with_object_stays(parties):
    act, rec = parties.of("وقال الجيش إن مسلحين قتلوا جنديا وأصابوا آخر في هجوم على حاجز.", "ASSAULT")
    assert any("مسلحين" in text for text, _, _ in act) and any("جنديا" in text for text, _, _ in rec)
    act, rec = parties.of("وقتل مسلحون ومهربون أمس ثلاثة جنود في هجوم على حاجز.", "ASSAULT")
    assert any("مسلحون" in text for text, _, _ in act)


# The press that tells of an act (a press review) is not its doer; journalists who protest are.

def test_papers_drawing_attention_to_protests(coder):
    events = coder("وعلى صعيد آخر، لفتت الصحف الانتباه إلى المظاهرات التي شهدتها مدينة اللاذقية السورية.",
                   published=PUBLISHED).events
    assert not any("الصحف" in x.text for e in events for x in e.actor)


def test_papers_shedding_light_on_storming(parties):
    act, _ = parties.of("وعن الوضع في الأراضي الفلسطينية المحتلة، سلطت الصحف الضوء على اقتحام مستوطنين يهود "
                        "المسجد الأقصى.", "COERCE")
    assert not any("الصحف" in text for text, _, _ in act)


def test_journalists_protest_themselves(parties):
    act, _ = parties.of("ونظم الصحفيون اعتصاما أمام مقر النقابة.", "PROTEST")
    assert ("الصحفيون", None, "MED") in act
    act, _ = parties.of("وشارك الإعلاميون في المظاهرة أمام البرلمان.", "PROTEST")
    assert ("الإعلاميون", None, "MED") in act


# The one who answers an act (ردا على) did not do it.

def test_answerer_is_no_protester(coder):
    events = coder("وأعلنها رئيس الوزراء حيدر العبادي ردًا على احتجاجات ضد الفساد والنقص في الخدمات.",
                   published=PUBLISHED).events
    assert not any(e.event == "PROTEST" and any("العبادي" in x.text for x in e.actor) for e in events)


def test_answered_act_keeps_its_own_doer(parties):
    act, _ = parties.of("وقصفت الطائرات التركية مواقع الحزب ردا على هجوم المسلحين على مركز للشرطة.", "ASSAULT")
    assert any("الطائرات" in text for text, _, _ in act)
    every = parties.every("وقصفت الطائرات التركية مواقع الحزب ردا على هجوم المسلحين على مركز للشرطة.")
    assert ("المسلحين", None, "UAF") in every
