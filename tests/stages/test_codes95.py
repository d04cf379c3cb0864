"""Round 95 (codes95): codes and sectors of parties the mention layer finds, from the judged dev slices 2015-07-27
#305–904 and 2015-07-23: an artist, singer or player named with a nationality («الفنانة السورية أصالة نصري»،
«اللاعب والنجم الأرجنتيني») is a civilian person of that country at most, never the state itself."""

_DATE = "2015-07-27"


def _parties(nlp, text, kind, side="actor"):
    """(code, sector, text) of the actors (or recipients) of the events of `kind` the pipeline `nlp` codes."""
    return [(p.code, p.sector, p.text) for e in nlp(text, published=_DATE).events if e.event == kind
            for p in getattr(e, side)]


def test_a_singer_with_a_nationality_is_a_civilian(nlp):
    """«اضطرت الفنانة السورية أصالة نصري للاعتذار لجمهورها» (2015-07-27 #887): SYR/CVL «الفنانة السورية» apologises,
    not the Syrian state SYR «السورية»."""
    text = ("اضطرت الفنانة السورية أصالة نصري للاعتذار لجمهورها، بسبب ثنائها على الممثل رامز جلال وبرنامجه المثير "
            "للجدل.")
    actors = _parties(nlp, text, "CONCEDE")
    assert ("SYR", "CVL", "الفنانة السورية") in actors, actors
    assert not any(code == "SYR" and sector is None for code, sector, _ in actors), actors


def test_a_player_with_a_nationality_is_no_state(nlp):
    """«واجه دييجو مارادونا اللاعب والنجم الأرجنتيني السابق، زوجته السابقة … بسبب اتهامه لها» (2015-07-23 #266):
    no ARG party for the player; Argentina's state is not accused."""
    text = ("واجه دييجو مارادونا اللاعب والنجم الأرجنتيني السابق، زوجته السابقة كلاوديا فيافاني داخل قاعة إحدى "
            "المحاكم في العاصمة الأرجنتينية بوينس آيرس بسبب اتهامه لها باختلاس بعض أمواله.")
    parties = _parties(nlp, text, "ACCUSE", "actor") + _parties(nlp, text, "ACCUSE", "recipient")
    assert not any(code == "ARG" and sector is None for code, sector, _ in parties), parties
