"""Round 72 (roles72): actor and recipient the wrong way round — a word written with tanween after a light verb is
its noun object, not a dual verb («شن طيران التحالف العربي قصفاً»: the coalition air force shelled, it was not
shelled); the phrase right before a charge in بـ («… بتهمة التجسس») is the one charged, not the accuser; the genitive
of a noun of accusation with the charge in بـ right after it («باتهام المملكة برعاية الإرهاب») is the accused;
the phrase right after a raided place (وداهمت منزل القيادي …) owns it and raided nothing; who takes part in an act
(وشارك في المظاهرة … نواب) does it (must / must not, on sentences of the dev day 2015-07-23)."""

from stage_coding import events_coded


def parties(nlp, text, event, trigger):
    """(actor texts, recipient texts) of each coded event of the type with the given trigger text."""
    return [([m.text for m in e.actor], [m.text for m in e.recipient])
            for e in events_coded(nlp, text, "2015-07-23") if e.event == event and e.trigger.text == trigger]


def test_shelling_noun_after_light_verb_has_its_subject_for_actor(nlp):
    """«فيما شن طيران التحالف العربي قصفاً على تجمعات الحوثيين»: the coalition air force is the actor, the Houthis
    the recipient; the air force is not what was shelled."""
    text = "لقي 13 عنصراً من المتمردين الحوثيين مصرعهم في اشتباكات بمدينة تعز، فيما شن طيران التحالف العربي " \
           "قصفاً على تجمعات الحوثيين في محافظة حجة الحدودية مع السعودية."
    found = parties(nlp, text, "ASSAULT", "قصفاً")
    assert found and all(a == ["طيران التحالف"] for a, _ in found)
    assert not any("طيران التحالف" in r for _, r in found)
    assert any("الحوثيين" in r for _, r in found)


def test_one_summoned_on_a_charge_is_charged_not_accuser(nlp):
    """«واستدعى القضاء الإسباني رودريجو راتو … والمدير العام السابق لصندوق النقد الدولي بتهمة الفساد»: the former
    director is charged (recipient), he charges no one."""
    text = "واستدعى القضاء الإسباني رودريجو راتو وزير الاقتصاد الإسباني السابق والمدير العام السابق لصندوق " \
           "النقد الدولي بتهمة الفساد المالي."
    found = parties(nlp, text, "ACCUSE", "تهمة")
    assert found and not any("المدير العام" in a for a, _ in found)
    assert any("المدير العام" in r for _, r in found)


def test_journalist_tried_on_a_charge_is_charged(nlp):
    """«جيسون رضايان الذي يحاكم في طهران بتهمة التجسس»: the journalist is the accused, not the accuser."""
    text = "دخل مراسل صحيفة واشنطن بوست في ايران جيسون رضايان الذي يحاكم في طهران بتهمة التجسس، امس الاربعاء " \
           "عامه الثاني قيد الاعتقال."
    found = parties(nlp, text, "ACCUSE", "تهمة")
    assert found and not any("جيسون رضايان" in a for a, _ in found)
    assert any("جيسون رضايان" in r for _, r in found)


def test_genitive_of_accusation_with_its_charge_is_accused(nlp):
    """«باتهام المملكة العربية السعودية برعاية الإرهاب»: Maliki accuses the kingdom; it is the recipient. Not so
    with the object between the accuser and the charge («اتهام رئيس البلاد سالفا كير نائبه السابق … بالتخطيط»), nor
    for a noun of blame («القلق الامريكي بشأن الأنشطة»): their genitive stays the actor."""
    text = "عاد المالكي مجددا لينفث سمومه الطائفية، ولكن هذه المرة باتهام المملكة العربية السعودية برعاية الإرهاب."
    found = parties(nlp, text, "ACCUSE", "اتهام")
    assert found and not any("المملكة العربية السعودية" in a for a, _ in found)
    assert any("المملكة العربية السعودية" in r for _, r in found)

    kiir = "واندلعت الحرب الأهلية في ديسمبر 2013 مع اتهام رئيس البلاد سالفا كير نائبه السابق رياك مشار " \
           "بالتخطيط لانقلاب."
    found = parties(nlp, kiir, "ACCUSE", "اتهام")
    assert found and all("رئيس البلاد سالفا كير" in a for a, _ in found)
    concern = "وأكد وزير الدفاع الأمريكي آش كارتر أن قدرة إيران تمثل هما مشتركا معربا عن القلق الامريكي بشأن " \
              "الأنشطة الضارة التي تنتهجها إيران في المنطقة."
    found = parties(nlp, concern, "ACCUSE", "القلق")
    assert found and all("الامريكي" in a for a, _ in found)


def test_owner_of_house_raided_is_no_raider(nlp):
    """«وداهمت منزل القيادي في حركة حماس الشيخ علي عتيق واعتقلت نجله»: the Hamas leader owns the house raided; he
    is the recipient, not the raider."""
    text = "وقال شهود عيان إن أكثر من 15 آلية عسكرية داهمت برقين وتمركزت في وسط البلدة وداهمت منزل القيادي في " \
           "حركة حماس الشيخ علي عتيق واعتقلت نجله."
    found = [(a, r) for e in events_coded(nlp, text, "2015-07-23") if e.trigger.text in ("داهمت", "اعتقلت")
             for a, r in [([m.text for m in e.actor], [m.text for m in e.recipient])]]
    assert found and not any("القيادي في حركة حماس" in a for a, _ in found)
    assert any("القيادي في حركة حماس" in r for _, r in found)


def test_those_taking_part_in_a_demonstration_protest(nlp):
    """«وشارك في المظاهرة خصوصا نواب جمهوريون»: the Republican deputies took part in the demonstration; they are
    protesters (actor), not the ones protested against."""
    text = "وشارك في المظاهرة خصوصا نواب جمهوريون ومؤيدون لليمين الاسرائيلي ومجموعات مسيحية انجيلية."
    found = parties(nlp, text, "PROTEST", "المظاهرة")
    assert found and not any("نواب جمهوريون" in r for _, r in found)
    assert any("نواب جمهوريون" in a for a, _ in found)
