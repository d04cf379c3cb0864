"""Round 106 (recipients106): recipients the text names, from the judged dev slice 2015-07-22 #400–799: the target
in ضد set between a light verb's subject and the act's noun, a counted party after a verb's own preposition with a
number word («على ثلاثة من زعماء …»), and the Knesset in construct with «الاحتلال»."""

from stage_coding import parties_reader

_DATE = "2015-07-22"

# (code, sector, text) of the recipients (or actors) of the events of `kind` the whole pipeline codes.
_parties = parties_reader(_DATE)


def test_target_in_against_before_the_light_verbs_noun(nlp):
    """«نفذت قوات التحالف الدولي ضد تنظيم داعش الإرهابي تسع ضربات جوية» (2015-07-22 #682): the phrase in ضد between
    the subject of نفذت and the strikes is what they hit."""
    text = "نفذت قوات التحالف الدولي ضد تنظيم داعش الإرهابي تسع ضربات جوية على مواقع للتنظيم في سوريا."
    recipients = _parties(nlp, text, "ASSAULT")
    assert any(c == "IMG" and "داعش" in t for c, _, t in recipients), recipients
    assert any(t.startswith("قوات التحالف") for _, _, t in _parties(nlp, text, "ASSAULT", "actor"))


def test_against_after_the_noun_is_still_read(nlp):
    """«شنت قوات التحالف غارات جوية ضد تنظيم داعش»: the target after the noun, as before."""
    text = "شنت قوات التحالف غارات جوية ضد تنظيم داعش."
    assert any("داعش" in t for _, _, t in _parties(nlp, text, "ASSAULT"))


def test_no_fronted_target_without_a_light_verb(nlp):
    """«وقالت الحكومة في حربها ضد داعش إن الغارات مستمرة»: ضد of a noun of the speaker's own, with no light verb of
    the strikes, names no target of them."""
    text = "وقالت الحكومة الأمريكية في حربها ضد تنظيم داعش إن الغارات مستمرة."
    assert not any("داعش" in t for _, _, t in _parties(nlp, text, "ASSAULT"))


def test_counted_leaders_after_the_sanctions_preposition(nlp):
    """«فرضت الحكومة الأمريكية أمس الثلاثاء عقوبات على ثلاثة من زعماء جماعة حزب الله» (2015-07-22 #475, #771): the
    number word counts out of the leaders of Hezbollah, the ones sanctioned."""
    text = ("فرضت الحكومة الأمريكية أمس الثلاثاء عقوبات على ثلاثة من زعماء جماعة حزب الله الشيعية ورجل أعمال في لبنان "
            "وقالت: إنهم يقومون بدور بارز في العمليات العسكرية للجماعة في سوريا.")
    recipients = _parties(nlp, text, "SANCTION")
    assert any(c == "LBN" and s == "REB" and "حزب الله" in t for c, s, t in recipients), recipients


def test_knesset_in_construct_with_occupation(nlp):
    """«أدان المجلس الوطني الفلسطيني بشدة مصادقة كنيست الاحتلال الإسرائيلي على قانون» (2015-07-22 #766): the
    condemned vote is the Knesset's, which is the one condemned."""
    text = ("أدان المجلس الوطني الفلسطيني بشدة مصادقة كنيست الاحتلال الإسرائيلي على قانون يشدد الأحكام الجائرة على من "
            "يقاوم ويواجه بالحجارة قوات الاحتلال خاصة في القدس المحتلة.")
    recipients = _parties(nlp, text, "ACCUSE")
    assert any(c == "ISR" and s == "LEG" and t.startswith("كنيست") for c, s, t in recipients), recipients


def test_counted_head_with_a_nisba_adjective_is_no_genitive(nlp):
    """«خطفت جبهة النصرة ثمانية عناصر من فرقة سورية مقاتلة» (2015-07-31 #1689): «سورية» is the adjective of the
    division, not Syria the one the men were taken from."""
    text = "خطفت جبهة النصرة ثمانية عناصر من فرقة سورية مقاتلة كانوا تلقوا تدريبات في اطار برنامج التدريب الاميركي."
    assert not any(t == "سورية" for _, _, t in _parties(nlp, text, "ASSAULT")), _parties(nlp, text, "ASSAULT")


def test_guest_after_a_rank_title_with_bi(nlp):
    """«خلال اللقاء الذى جمعه مؤخرا بالدكتور عبدالواحد النبوي وزير الثقافة المصري» (2015-07-31 #1704): the ب on
    the title of rank governs the name after it, the one met."""
    text = ("اتفق الدكتور نبيل العربي الأمين العام لجامعة الدول العربية خلال اللقاء الذى جمعه مؤخرا بالدكتور "
            "عبدالواحد النبوي وزير الثقافة المصري، على أهمية وضع إستراتيجية عربية للثقافة.")
    recipients = _parties(nlp, text, "CONSULT")
    assert any("النبوي" in t for _, _, t in recipients), recipients
