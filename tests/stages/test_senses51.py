"""Round 51 (senses51): a charge told with «ب» right after an arrest of its clause is the reason for the arrest, not an
accusation of its own (repeats); the given name «بن مساعد» before «أمير» is no aid given. Sentences from the dev days
2015-07-25 and 2015-08-03."""


def _events(nlp, text, event, published="2015-07-25"):
    """(trigger, actor texts, recipient texts) of the events of type `event` in `text`."""
    return [(e.trigger.text, [m.text for m in e.actor], [m.text for m in e.recipient])
            for e in nlp(text, published=published).events if e.event == event]


def test_a_charge_after_an_arrest_is_its_reason(nlp):
    """«اعتقلت 60 شخصا من العاصمة كاتماندو بتهمة محاولة فرض الإضراب»: one arrest by the police of the 60, no
    accusation of its own."""
    text = ("وذكرت الشرطة أنها اعتقلت 60 شخصا من العاصمة كاتماندو بتهمة محاولة فرض الإضراب الذي دعا إليه الحزب "
            "الشيوعي الماوي في نيبال.")
    coerce = _events(nlp, text, "COERCE")
    assert any(t == "اعتقلت" and "الشرطة" in a and "شخصا" in r for t, a, r in coerce)
    assert _events(nlp, text, "ACCUSE") == []


def test_a_passive_arrest_on_a_charge_is_one_act(nlp):
    """«ألقي القبض عليه بتهمة القتل»: the arrest, not an accusation besides it."""
    text = "وقال المتحدث باسم الحكومة في المدينة إن صاحب السيارة -وهو أخو الرجل الميت- ألقي القبض عليه بتهمة القتل."
    assert any(t.startswith("ألقي") for t, _, _ in _events(nlp, text, "COERCE", "2015-08-03"))
    assert _events(nlp, text, "ACCUSE", "2015-08-03") == []


def test_an_arrest_noun_on_a_charge_and_a_referral_on_a_charge(nlp):
    """«بعد اعتقال تونس لبعض قيادات «فجر ليبيا» بتهمة التورط»: the arrest's reason, no accusation; a referral to court
    on a charge with no arrest before it («أحالت النيابة العامة … 41 شخصا إلى القضاء بتهمة الانتماء») stays one."""
    text = ("وتوترت العلاقات بين هذه الميليشيات والسلطات التونسية بعد اعتقال تونس لبعض قيادات «فجر ليبيا» بتهمة "
            "التورط في أنشطة إرهابية على الأراضي التونسية، وتدريب متطرفين عرب وتونسيين على الأراضي الليبية.")
    assert any(t == "اعتقال" for t, _, _ in _events(nlp, text, "COERCE"))
    assert _events(nlp, text, "ACCUSE") == []
    text = ("أعلنت السلطات الإماراتية أمس، أن النيابة العامة أحالت إلى القضاء 41 شخصا بتهمة الانتماء إلى تنظيم "
            "إرهابي من أجل الانقضاض على السلطة.")
    assert _events(nlp, text, "ACCUSE", "2015-08-03")


def test_the_name_musaid_before_an_emir_is_no_aid(nlp):
    """«قدموا خطاباً للأمير جلوي بن عبدالعزيز بن مساعد أمير منطقة نجران»: a letter handed to the emir, whose
    grandfather's name مساعد is no «help» given."""
    text = ("وأشاروا إلى أنهم سبق أن قدموا خطاباً للأمير جلوي بن عبدالعزيز بن مساعد أمير منطقة نجران، يشتمل على "
            "جميع مطالبهم التي يرغبون في تحقيقها منه.")
    assert _events(nlp, text, "AID") == []


def test_cooperation_named_by_a_signed_accord_is_the_signing(nlp):
    """«وقع الصندوق السعودي للتنمية اتفاقية تعاون مع البنك السعودي البريطاني»: one signing (SUPPORT 057) by the fund
    with the bank; «تعاون» names what the accord is about, no cooperation of its own."""
    text = ("وقع الصندوق السعودي للتنمية اتفاقية تعاون مع البنك السعودي البريطاني يقدم فيها الصندوق، من خلال "
            "برنامجه الخاص بالصادرات السعودية، ضمانات لعمليات تصدير منتجات وطنية بقيمة تقارب ١٨٧ مليون ريال.")
    support = _events(nlp, text, "SUPPORT", "2015-08-03")
    assert any(t == "وقع" and "الصندوق السعودي" in a and any("البنك" in m for m in r) for t, a, r in support)
    assert _events(nlp, text, "COOPERATE", "2015-08-03") == []


def test_twins_who_meet_again_hold_no_meeting(nlp):
    """«بعد 20 عاما، يلتقي التوأم كارلوس وشقيقه»: twins reunited, no consultation."""
    text = ("بعد 20 عاما، يلتقي التوأم كارلوس وشقيقه ويلبر والتوأم خورخيه وشقيقه ويليا بصدفة في قصة هوليوودية كشفت "
            "عنها صحيفة “نيويورك تايمز” الأمريكية.")
    assert _events(nlp, text, "CONSULT", "2015-08-03") == []


def test_gods_gifts_wished_are_no_aid(nlp):
    """«منحكم الله القوة»: a wish that God grant strength; «الله» shares the key of the tail «له», no aid given."""
    text = "منحكم الله القوة لمواصلة دعم الشعب اليمني."
    assert not any(t.startswith("منح") for t, _, _ in _events(nlp, text, "AID"))


def test_progress_after_development_is_no_aid(nlp):
    """«من تطور وتقدم في كافة المجالات بدعم من القيادة»: «تقدم» after «تطور» is progress, not «provides support»;
    a state that provides military support still gives aid."""
    text = "لما تشهده المملكة من تطور وتقدم في كافة المجالات بدعم من القيادة."
    assert not any(t == "تقدم" for t, _, _ in _events(nlp, text, "AID"))
    text = "وتقدم الولايات المتحدة دعما عسكريا للعراق."
    assert any(t == "تقدم" and "الولايات المتحدة" in a for t, a, _ in _events(nlp, text, "AID"))
