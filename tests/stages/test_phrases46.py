"""Parties read right (round 46): the span and the code of the phrases taken as actors and recipients — a birthplace
is no Muscat, a place after «في جميع أنحاء» is where, a body's office after a bare role noun is a phrase of its own,
«متطرف يهودي» whole, abstract «القوة» no unit, «المعتصم» a name."""


def _event(nlp, text, trigger, published="2015-07-25"):
    """The event of `text` whose trigger is `trigger`."""
    return next(e for e in nlp(text, published=published).events if e.trigger.text == trigger)


def _codes(parties):
    """The codes of a list of parties."""
    return [p.code for p in parties]


def _texts(parties):
    """The texts of a list of parties."""
    return [p.text for p in parties]


def test_a_birthplace_is_no_muscat(nlp):
    text = ("وصل الرئيس الأمريكي باراك أوباما إلى كينيا في أول زيارة يقوم بها منذ توليه الرئاسة لمسقط رأس والده "
            "يوم الجمعة.")
    ev = _event(nlp, text, "زيارة")
    assert "OMN" not in _codes(ev.recipient) + _codes(ev.actor)


def test_a_birthplace_with_its_pronoun_is_no_muscat(nlp):
    ev = _event(nlp, "وزار الرئيس مسقط رأسه في قرية كوجيلو.", "زار")
    assert "OMN" not in _codes(ev.recipient)


def test_muscat_itself_is_still_read(nlp):
    ev = _event(nlp, "واستقبل وزير الخارجية العماني في مسقط نظيره الإيراني.", "استقبل")
    assert "OMN" in _codes(ev.actor)


def test_a_country_after_all_its_parts_is_where_not_whom(nlp):
    text = "وقالت الشرطة التركية إنها اعتقلت في جميع أنحاء تركيا 590 شخصا يشتبه بانتمائهم لتنظيم داعش."
    ev = _event(nlp, text, "اعتقلت")
    assert "تركيا" not in _texts(ev.recipient)
    assert _codes(ev.actor) == ["TUR"]


def test_a_country_after_its_parts_without_all_is_where(nlp):
    ev = _event(nlp, "اعتقلت الشرطة في أنحاء تركيا عشرات المشتبه بهم.", "اعتقلت")
    assert "TUR" not in _codes(ev.recipient)


def test_a_body_office_after_a_bare_minister_is_the_one_called_on(nlp):
    ev = _event(nlp, "ودعا الوزير الأمين العام للأمم المتحدة إلى التدخل لوقف الانتهاكات.", "دعا")
    assert _texts(ev.actor) == ["الوزير"]
    assert _codes(ev.recipient) == ["IGO"]


def test_a_jewish_extremist_is_read_whole(nlp):
    ev = _event(nlp, "وقتل الطفل حرقا على يد متطرف يهودي في الضفة الغربية.", "قتل")
    assert _texts(ev.actor) == ["متطرف يهودي"]
    assert "الطفل" in _texts(ev.recipient)


def test_unjustified_force_is_no_military_unit(nlp):
    ev = _event(nlp, "وأدانت الوزارة استخدام القوة غير المبررة ضد المتظاهرين.", "أدانت")
    assert "القوة" not in _texts(ev.recipient)
    assert "MIL" not in [p.sector for p in ev.recipient]


def test_a_security_force_is_still_a_unit(nlp):
    ev = _event(nlp, "وهاجمت القوة الأمنية المسلحين.", "هاجمت")
    assert [p.sector for p in ev.actor] == ["COP"]


def test_al_mutasim_is_a_name_not_a_protester(nlp):
    text = "وهاجم المعتصم بالله الحكومة في بيان."
    ev = _event(nlp, text, "هاجم")
    assert "CVL" not in [p.sector for p in ev.actor]


def test_the_plural_sit_in_protesters_are_still_read(nlp):
    ev = _event(nlp, "واعتدت الشرطة على المعتصمين.", "اعتدت")
    assert [p.sector for p in ev.recipient] == ["CVL"]


def test_a_title_before_a_person_name_stays_one_phrase(nlp):
    text = "ويستعد الحزب الذي أسسه الرئيس الباجي قائد السبسي لزيارة لندن."
    ev = _event(nlp, text, "زيارة")
    assert _texts(ev.actor) == ["الرئيس الباجي قائد السبسي"]

