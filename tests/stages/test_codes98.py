"""Round 98 (codes98): codes and sectors of parties, from the judged dev slice 2015-07-31 #0–479. A nationality before
«الجنسية» is a national (CVL), not the state; a passenger or a housemaid of a nationality is a civilian; traffic
patrols are police; «نائب داود أوغلو» is the prime minister's deputy (GOV), no member of parliament; a body named in
full after a person («دعا كازنوف شركة «يوروتانل»») and a person after the television («انتقد التلفزيون أوباما») are
the verb's object, no part of the subject's phrase; «الشعب الجمهوري» is Turkey's CHP; a general «بالجيش الكوري
الشمالي» is North Korea's; «المتمردون» of a Yemen story are Yemen's; «عينه اليمنى», «دورها الرائد» and «دار السويدي»
name no Yemen, no major and no Sweden."""

from stage_coding import coded_parties, parties_reader

_DATE = "2015-07-31"

# (code, sector, text) of the actors (or recipients) of the events of `kind` the whole pipeline codes.
_parties = parties_reader(_DATE, "actor")


def test_nationality_before_jinsiyya_is_a_civilian(nlp):
    """«أقدم … – سعودي الجنسية – على قتل» (#110): a Saudi national, SAU/CVL, not the Saudi state."""
    text = ("أقدم / شارع بن مبارك بن شارع الجنيبي – سعودي الجنسية – على قتل / شارع بن علي بن شارع الجنيبي الأكلبي – "
            "سعودي الجنسية – وذلك بإطلاق النار عليه عدة طلقات من سلاح رشاش.")
    assert ("SAU", "CVL", "سعودي") in _parties(nlp, text, "ASSAULT")


def test_passenger_and_housemaid_of_a_nationality_are_civilians(nlp):
    """«القبض على راكب سعودي» (#72), «القبض على خادمة إثيوبية» (#114): SAU/CVL and ETH/CVL."""
    text = "ألقت سلطات مطار القاهرة القبض على راكب سعودي أصرّ على التدخين خلال رحلة مصر للطيران القادمة من جدة اليوم."
    assert ("SAU", "CVL", "راكب سعودي") in _parties(nlp, text, "COERCE", "recipient")
    text = "تمكنت الجهات الأمنية بمحافظة خميس مشيط من القبض على خادمة إثيوبية هاربة من منزل كفيلها."
    assert ("ETH", "CVL", "خادمة إثيوبية") in _parties(nlp, text, "COERCE", "recipient")


def test_traffic_patrols_are_police(nlp):
    """«من خلال متابعة دوريات المرور للمفحط فقد ألقي القبض عليه» (#204): COP, not MIL."""
    text = "وذكر بيان لمرور منطقة عسير أنه من خلال متابعة دوريات المرور للمفحط فقد ألقي القبض عليه أثناء ممارسته التفحيط."
    parties = coded_parties(nlp, text, _DATE)
    assert any(s == "COP" and t == "دوريات المرور" for _, s, t in parties), parties
    assert not any(s == "MIL" for _, s, _ in parties), parties


def test_deputy_of_a_named_premier_is_government(nlp):
    """«واستنكر نائب داود أوغلو» (#281): Davutoglu's deputy, TUR/GOV, not a member of parliament (LEG)."""
    text = ("واستنكر نائب داود أوغلو بشدة الادعاءات التي تقول بأن هناك علاقة بين الحكومة التركية وتنظيم داعش "
            "الإرهابي.")
    actors = _parties(nlp, text, "ACCUSE")
    assert ("TUR", "GOV", "نائب داود أوغلو") in actors, actors
    assert not any(s == "LEG" for _, s, _ in actors), actors


def test_company_named_after_a_person_is_the_object(nlp):
    """«دعا كازنوف شركة «يوروتانل»» (#335): Cazeneuve is FRA/GOV, the company the one called on, not «كازنوف شركة»
    FRA/BUS."""
    text = ("وتحول الوضع إلى ساحة لتبادل الاتهامات عندما دعا كازنوف شركة «يوروتانل» المشغلة للنفق إلى تحمل المسؤولية "
            "أيضًا.")
    assert _parties(nlp, text, "REQUEST") == [("FRA", "GOV", "كازنوف")]
    assert any(s == "BUS" and t == "شركة" for _, s, t in _parties(nlp, text, "REQUEST", "recipient"))


def test_person_after_the_television_is_the_object(nlp):
    """«وانتقد التلفزيون أوباما» (#395): the television criticised Obama; no «التلفزيون أوباما» USA/MED."""
    text = "وانتقد التلفزيون أوباما، وقال إنه كان قادرا على تفادي مواجهة «داعش»."
    assert ("USA", "GOV", "أوباما") in _parties(nlp, text, "ACCUSE", "recipient")
    assert not any("أوباما" in t for _, _, t in _parties(nlp, text, "ACCUSE"))


def test_republican_peoples_party_is_turkish_party(nlp):
    """«أجرى حزبا العدالة والتنمية والشعب الجمهوري ثاني جلسات الحوار» (#400): the CHP, TUR/PTY, not civilians."""
    text = ("أجرى حزبا العدالة والتنمية والشعب الجمهوري ثاني جلسات الحوار بينهما من أجل تشكيل الحكومة الائتلافية "
            "الجديدة أول من أمس.")
    parties = coded_parties(nlp, text, _DATE)
    assert ("TUR", "PTY", "الشعب الجمهوري") in parties, parties


def test_general_in_a_national_army_takes_its_country(nlp):
    """«هدد جنرال بالجيش الكوري الشمالي» (#161): PRK/MIL, not a general of no country."""
    text = ("هدد جنرال بالجيش الكوري الشمالي بأن نشوب حرب أخرى في شبه الجزيرة الكورية لن تذر أمريكيًا واحدًا حيًا "
            "للتوقيع على وثيقة استسلام.")
    assert ("PRK", "MIL", "جنرال") in _parties(nlp, text, "THREATEN")


_YEMEN = ("بعد الهزائم التي مني بها الحوثيون وقوات حليفهم الرئيس اليمني السابق علي عبد الله صالح في مدينة عدن الجنوبية، "
          "كشفت مصادر مطلعة عن أن تحالف الحوثي - صالح، شرع في اتخاذ إجراءات أمنية استثنائية في صنعاء. وقالت المصادر "
          "إن المتمردين وضعوا خططا أمنية وعسكرية للعاصمة، بينها توزيع الأدوار بين مسلحي ميليشيا الحوثي وأنصار صالح. "
          "جاءت هذه التطورات وسط هدنة إنسانية هشة أعلنها التحالف العربي من أجل تسهيل إدخال مواد الإغاثة إلى المدن "
          "اليمنية. وخرق المتمردون الهدنة بعد أقل من نصف ساعة، من سريانها ليلة الأحد - الاثنين، إذ أطلقوا صواريخ على "
          "أحياء سكنية في مدن عدن والضالع ومأرب وتعز.")


def test_rebels_of_a_yemen_story_are_yemens(nlp):
    """«وخرق المتمردون الهدنة» in a story Yemen leads (#342): YEM/REB, not rebels of no country."""
    assert ("YEM", "REB", "المتمردون") in _parties(nlp, _YEMEN, "ASSAULT")


def test_right_eye_leading_role_and_a_publisher_name_no_party(nlp):
    """«فقدانه عينه اليمنى» (#405): no Yemen; «أكملت دورها الرائد» (#135): no major; «بالتعاون مع دار السويدي»
    (#433): no Sweden."""
    texts = ("ويذكر أن الملا عمر أصيب بجروح بليغة أربع مرات، وكانت أسوأها فقدانه عينه اليمنى في إحدى آخر المعارك.",
             "وأوضح النهاري أن المملكة العربية السعودية أكملت دورها الرائد بأعمال الخير والإغاثة التي تضطلع بها.",
             "صدر عن المؤسسة العربية للدراسات والنشر ببيروت بالتعاون مع دار السويدي في أبوظبي، كتاب جديد في أدب الرحلة.")
    for text in texts:
        parties = coded_parties(nlp, text, _DATE)
        assert not any(c in ("YEM", "SWE") or s == "MIL" for c, s, _ in parties), (text, parties)
