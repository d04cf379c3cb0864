"""Round cd47: a bare force or court of no country (الشرطة، الجنود) told again in a story that named it before with a
nationality adjective (الشرطة الصينية) is that country's, where the story names the forces of that country alone."""

from __future__ import annotations

from hadath.article import Article

CHINA_POLICE = ("ضبطت الشرطة الصينية في بكين مصنعاً ينتج أكثر من 41 ألف هاتف آيفون مقلد بقيمة نحو 120 مليون يوان (19 "
                "مليون دولار) من بينها بعض الهواتف التي وصلت الولايات المتحدة وألقت القبض على تسعة مشتبه بهم. وضبطت "
                "الشرطة 1400 جهاز خلال المداهمة التي جرت في 14 مايو ايار.")

ALGERIAN_ARMY = ("أفادت تقارير إخبارية بأن قوة كبيرة للجيش الجزائري حاصرت مجموعة مسلحة حاولت مهاجمة ثكنة عسكرية ليلة "
                 "السبت إلى الأحد ببلدة واد الشعبة جنوب غربي ولاية باتنة. وذكرت صحيفة «الوطن» الصادرة بالفرنسية في "
                 "موقعها الإلكتروني، أن عسكريين اثنين أصيبا في تبادل إطلاق النار مع عدد كبير من المسلحين انقسموا إلى "
                 "مجموعات، محاولين استدراج الجنود إلى خارج الثكنة ونصب كمين لهم.")

IRAQI_FORCES = ("وتمكنت القوات العراقية أمس من تحرير جامعة الأنبار وحي التأميم من قبضة تنظيم (داعش) الإرهابي. وأضاف "
                "البيان أن التحالف شن أيضا 13 غارة جوية في سورية تركزت خمس منها قرب عين العرب وقصفت وحدات تكتيكية "
                "تابعة للتنظيم ودمرت مواقع قتالية.")

MEXICAN_WAR = ("وقد نجح بولك في إقناع الكونغرس بإعلان الحرب على المكسيك وخلال أشهر قليلة استطاع حشد ثلاثة جيوش الأول "
               "بقيادة الجنرال زاكري تايلور، والذي استطاع إلحاق عدد من الهزائم بالجيش المكسيكي والتوغل حتى مدينة "
               "مونتيري. وهنا وقع الرجل في خطأ تكتيكي شديد سرعان ما استغله القائد الأميركي سكوت فأرسل قوة استطاعت "
               "الاستيلاء على هذه المنطقة المرتفعة ووضع المدفعية فيها.")


def _parties(nlp, text, trigger, published="2015-07-27"):
    """(text, code, sector) of the actors and recipients of the events of `text` whose trigger is `trigger`."""
    events = nlp(Article(text=text, published=published)).events
    return [(p.text, p.code, p.sector) for e in events if e.trigger.text == trigger
            for p in (*e.actor, *e.recipient)]


def test_police_told_again_take_the_country_they_were_named_with(coder):
    """«الشرطة الصينية» … «وضبطت الشرطة 1400 جهاز خلال المداهمة»: the raid's police are China's (2015-07-27)."""
    parties = _parties(coder, CHINA_POLICE, "المداهمة")
    assert ("الشرطة", "CHN", "COP") in parties, parties
    assert ("الشرطة", None, "COP") not in parties, parties


def test_soldiers_told_after_a_states_army_are_its_soldiers(coder):
    """«قوة كبيرة للجيش الجزائري» … «أن عسكريين اثنين أصيبا في تبادل إطلاق النار»: the soldiers are Algeria's, the army
    the story named before being of their sector, MIL (2015-07-27). (The dual verb after «اثنين» is read: the
    soldiers are the wounded of «أصيبا», the exchange of fire told with it.)"""
    parties = _parties(coder, ALGERIAN_ARMY, "أصيبا")
    assert ("عسكريين", "DZA", "MIL") in parties, parties
    assert ("عسكريين", None, "MIL") not in parties, parties


def test_a_force_in_a_war_of_two_states_takes_no_country_from_one(coder):
    """«الجيش المكسيكي» … «القائد الأميركي سكوت فأرسل قوة»: the force is the American's, not Mexico's; a story that
    names the forces of two states gives a bare one neither (2015-07-31)."""
    parties = _parties(coder, MEXICAN_WAR, "الاستيلاء", "2015-07-31")
    assert any(text == "قوة" for text, _, _ in parties), parties
    assert all(code != "MEX" for _, code, _ in parties), parties


def test_a_unit_said_to_be_anothers_takes_no_country_from_the_forces_before(coder):
    """«القوات العراقية» … «وقصفت وحدات تكتيكية تابعة للتنظيم»: the units are the organisation's, not Iraq's (owner
    words, function_words.tsv) (2015-07-27)."""
    parties = _parties(coder, IRAQI_FORCES, "قصفت")
    assert any(text == "وحدات تكتيكية" for text, _, _ in parties), parties
    assert ("وحدات تكتيكية", "IRQ", "MIL") not in parties, parties
