"""Repeats, round 47: «حيث» opens no other assault when it tells how an act with a named doer was done."""


PUBLISHED = "2015-07-25"


def test_explosions_heard_after_the_strikes_are_the_strikes(kept_assaults):
    text = "وفي العاصمة صنعاء، شن طيران التحالف ست غارات استهدفت معسكر الصباحية، حيث سمع دوي انفجارات عنيفة."
    assert [e.trigger.text for e in kept_assaults(text)] == ["غارات"]


def test_the_destruction_after_the_shelling_is_the_shelling(kept_assaults):
    text = ("إلى ذلك، ردت القوات المسلحة السعودية على مصدر القذائف بقوة، باستخدام المدفعية وطائرات الأباتشي، حيث دكت "
            "مواقع المتمردين الحوثيين ودمرتها.")
    kept = kept_assaults(text)
    assert kept and "دمرتها" not in [e.trigger.text for e in kept]
    assert any(m.code == "SAU" for e in kept for m in e.actor)


def test_another_blast_told_after_hayth_in_another_town_stays(kept_assaults):
    text = ("ووقع الانفجار في مركز ثقافي في سوروتش، الواقعة قبالة مدينة كوباني السورية حيث فجر انتحاري نفسه بسيارة "
            "مفخخة بعد دقائق على التفجير في تركيا.")
    assert "الانفجار" in [e.trigger.text for e in kept_assaults(text, "2015-07-21")]


def test_a_suicide_attack_after_attacks_without_a_doer_stays(kept_assaults):
    text = ("وبالرغم من تعبئة جيوش المنطقة تتواصل الهجمات بدون توقف في الدول المعنية وطاول اخرها صباح الاحد داماتورو "
            "مركز ولاية يوبي في شمال شرق نيجيريا حيث وقعت عملية انتحارية اسفرت عن سقوط ما لا يقل عن 14 قتيلا.")
    assert "عملية انتحارية" in [e.trigger.text for e in kept_assaults(text, "2015-07-26")]
