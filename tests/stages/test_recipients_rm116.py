"""Round rm116 (recipients left empty although the text names them), from the judged slices of 2015-07-21: the people
an arrest takes, counted and named by what they are (مقيمين، مخالفاً، متسللا); a party's own supporters named with its
pronoun (أنصاره، مؤيديهم); the world powers of the Iran talks (القوى العالمية، الدول الست)."""

from stage_coding import parties_reader

_DATE = "2015-07-21"

# (code, sector, text) of the recipients (or actors) of the events of `kind` the whole pipeline codes.
_parties = parties_reader(_DATE)


def _texts(rows):
    """The texts of (code, sector, text) rows."""
    return [t for _, _, t in rows]


def test_counted_violators_an_arrest_takes(nlp):
    """«ألقت شرطة منطقة القصيم القبض على ٢٩٨٦ مخالفاً لأنظمة الإقامة» (2015-07-22 #1175): the violators counted are
    whom it took; «المخالفات» (2015-07-21 #328: «رصد المخالفات الخاصة بركن السيارات») are violations, no party."""
    text = "ألقت شرطة منطقة القصيم القبض على ٢٩٨٦ مخالفاً لأنظمة الإقامة والعمل من جنسيات مختلفة."
    assert any("مخالف" in t for t in _texts(_parties(nlp, text, "COERCE"))), _parties(nlp, text, "COERCE")
    cameras = "جاء الكشف عن هذه السيارة بعد منع المجالس البلدية في فرنسا من استخدام كاميرات المراقبة في رصد " \
              "المخالفات الخاصة بركن السيارات بعد احتجاج شعبي على استخدام التكنولوجيا."
    parties = _parties(nlp, cameras, "PROTEST") + _parties(nlp, cameras, "PROTEST", "actor")
    assert not any("المخالفات" in t for t in _texts(parties)), parties


def test_counted_residents_and_infiltrators_an_arrest_takes(nlp):
    """«القبض على 3 مقيمين من الجنسية اليمنية»، «ضبطت الجهات الأمنية 12 متسللا»: residents and infiltrators counted."""
    residents = "ألقت شرطة منطقة الرياض القبض على 3 مقيمين من الجنسية اليمنية."
    infiltrators = "وضبطت الجهات الأمنية 12 متسللا من الجنسية الإثيوبية على الحدود."
    assert any("مقيمين" in t for t in _texts(_parties(nlp, residents, "COERCE"))), _parties(nlp, residents, "COERCE")
    assert any("متسلل" in t for t in _texts(_parties(nlp, infiltrators, "COERCE"))), \
        _parties(nlp, infiltrators, "COERCE")


def test_a_party_urges_its_own_supporters(nlp):
    """«وكان التنظيم الإرهابي قد حث أنصاره على تكثيف الهجمات» (2015-07-21 #224): the group's supporters are urged,
    with the group's sector."""
    text = "وكان التنظيم الإرهابي قد حث أنصاره على تكثيف الهجمات أثناء شهر رمضان ضد المسيحيين والشيعة."
    assert ("UAF", "أنصاره") in [(s, t) for _, s, t in _parties(nlp, text, "REQUEST")], _parties(nlp, text, "REQUEST")
    # (with no pronoun, «من أنصار الرئيس المخلوع» (2015-07-21 #56) is no party of its own: the president named is)
    named = "واستطاعت جماعة الحوثي المسلحة والموالون لها من أنصار الرئيس المخلوع علي عبد الله صالح السيطرة على " \
            "مدينة الحديدة الاستراتيجية."
    actors = _parties(nlp, named, "COERCE", "actor")
    assert not any(t.startswith("أنصار") for t in _texts(actors)), actors


def test_supporters_with_a_plural_pronoun_and_in_construct(nlp):
    """«أنصارهم»، «مؤيديه»: the bond noun with another pronoun, and a sound plural in construct, its ن dropped; an
    adjective in ة is no pronoun."""
    plural = "ودعا زعيم الحزب أنصارهم إلى التظاهر."
    construct = "ودعا زعيم الحزب مؤيديه إلى التظاهر."
    assert "أنصارهم" in _texts(_parties(nlp, plural, "REQUEST")), _parties(nlp, plural, "REQUEST")
    assert "مؤيديه" in _texts(_parties(nlp, construct, "REQUEST")), _parties(nlp, construct, "REQUEST")
    # («قوات يمنية مؤيدة للرئيس هادي», 2015-07-27 #197: «مؤيدة» is the forces' adjective, no supporters' noun)
    forces = "قال مواطنون يمنيون إن قوات يمنية مؤيدة للرئيس هادي خاضت اشتباكات مع المقاتلين الحوثيين أمس الأحد."
    actors = _parties(nlp, forces, "ASSAULT", "actor")
    assert "قوات يمنية" in _texts(actors), actors


def test_the_world_powers_of_a_talk_with_iran(nlp):
    """«تتفاوض مع الدول الست» (2015-07-22 #325), «اتفاق مع القوى الدولية»: the six powers the talk is with."""
    talk = "وأضاف أن ماراثون المفاوضات أثبت للجميع أن إيران تتفاوض مع الدول الست بالظاهر."
    deal = "وتوصلت إيران مع القوى الدولية إلى اتفاق حول برنامجها النووي."
    assert "الدول الست" in _texts(_parties(nlp, talk, "CONSULT")), _parties(nlp, talk, "CONSULT")
    assert "القوى الدولية" in _texts(_parties(nlp, deal, "AGREE")), _parties(nlp, deal, "AGREE")


def test_iran_and_the_group_of_six_are_both_parties(nlp):
    """«وكانت إيران ومجموعة الدول الست الكبرى قد توصلت» (2015-07-22 #979): the group of six is the second of two
    parties, Iran stays."""
    text = "وكانت إيران ومجموعة الدول الست الكبرى قد توصلت الأسبوع الماضي إلى اتفاق ينهي الخلاف بشأن الملف النووي."
    actors = _texts(_parties(nlp, text, "AGREE", "actor"))
    assert "إيران" in actors and any("الدول الست" in t for t in actors), actors

