"""Round 87 (codes87): a bare body word that recalls an international body the article named in full is that body,
never the story's state: «المحكمة» after «المحكمة الجنائية الدولية» of a Sudan story is the ICC (IGO, as the lexicon
and the gold code it, no sector; not SDN/JUD),
«القوات» of a story on «قوات الاتحاد الإفريقي في الصومال» is the AU's (dev day 2015-07-23 #402), «البرلمان» after
«البرلمان الأوروبي» is the EU's even with a role phrase after it («وانتقد البرلمان الحكومة النيجيرية»)."""

_DATE = "2015-07-25"


def _parties(nlp, text, kind, side="actor"):
    """(code, sector, text) of the actors (or recipients) of the events of `kind` the whole pipeline codes."""
    return [(p.code, p.sector, p.text) for e in nlp(text, published=_DATE).events if e.event == kind
            for p in getattr(e, side)]


_SUDAN = ("غادر الرئيس السوداني عمر البشير جوهانسبرغ عائدا إلى الخرطوم. وكانت المحكمة الجنائية الدولية أصدرت مذكرة "
          "توقيف بحق الرئيس السوداني. وقال وزير الخارجية السوداني إن السودان لن يسلم رئيسه. وأكد المتحدث باسم "
          "الحكومة السودانية أن الخرطوم ترفض ذلك. وقال مسؤول سوداني إن السودان يرحب بعودة البشير. ودانت المحكمة "
          "والولايات المتحدة الأميركية الحكومة النيجيرية على رفضها الامتثال.")


def test_bare_court_after_the_icc_is_the_icc(nlp):
    """«ودانت المحكمة والولايات المتحدة» of a Sudan story naming the ICC: the court is the ICC (IGO), not SDN/JUD."""
    actors = _parties(nlp, _SUDAN, "ACCUSE")
    assert ("IGO", None, "المحكمة") in actors
    assert not any(code == "SDN" for code, _, _ in actors)


_SOMALIA = ("نفت بعثة الاتحاد الإفريقي في الصومال الاتهامات الموجهة لها بقتل 20 مدنيا جنوبي البلاد. وقالت مصادر طبية "
            "ومصدر برلماني أمس الأربعاء إن القوات قتلت المدنيين في مدينة مركة الساحلية الجنوبية. وأدان نائب عن "
            "المنطقة في البرلمان الصومالي الحادثة. وقال النائب عبد الله أبشروا: «تكليف قوات الاتحاد الإفريقي في "
            "الصومال ليس لقتل المدنيين». وينشر الاتحاد الإفريقي أكثر من 20 ألف جندي في الصومال.")


def test_forces_of_an_au_story_are_the_aus(nlp):
    """«إن القوات قتلت المدنيين» of a story on the AU mission in Somalia: the AU's forces (IGO/MIL), not SOM/MIL."""
    actors = [(code, sector) for code, sector, text in _parties(nlp, _SOMALIA, "ASSAULT") if text == "القوات"]
    assert ("IGO", "MIL") in actors
    assert ("SOM", "MIL") not in actors


_EUROPE = ("غادر الرئيس السوداني عمر البشير جوهانسبرغ عائدا إلى الخرطوم. وقال وزير الخارجية السوداني إن السودان لن "
           "يسلم رئيسه. وأكد المتحدث باسم الحكومة السودانية أن الخرطوم ترفض ذلك. وقال مسؤول سوداني إن السودان "
           "يرحب بعودة البشير. وكان البرلمان الأوروبي انتقد ذلك. ")


def test_bare_parliament_before_a_role_phrase_is_the_eus(nlp):
    """«وانتقد البرلمان الحكومة النيجيرية» after «البرلمان الأوروبي»: IGO/LEG; «البرلمان السوداني» stays SDN."""
    actors = _parties(nlp, _EUROPE + "وانتقد البرلمان الحكومة النيجيرية.", "ACCUSE")
    assert ("IGO", "LEG", "البرلمان") in actors
    assert not any(code == "SDN" for code, _, _ in actors)
    own = _parties(nlp, _EUROPE + "وانتقد البرلمان السوداني الحكومة النيجيرية.", "ACCUSE")
    assert any(code == "SDN" and sector == "LEG" for code, sector, _ in own)

