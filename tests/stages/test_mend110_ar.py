"""Mend of round 110 (review110_ar): a state body that announces its need of aid («أعلنت الحكومة اليمنية حاجتها إلى
مساعدات») is no giver — the announced act's noun must stand right past the subject, not past a preposition of the
noun before it; and a count of those arrested in another town («عدد من اعتقلتهم في أنقرة») is an arrest of its own,
not the count of the earlier arrest in Istanbul."""

from stage_coding import kept_flags, parties_reader

_DATE = "2015-07-22"

_parties = parties_reader(_DATE)


def test_state_announcing_its_need_of_aid_gives_none(nlp):
    """«أعلنت الحكومة اليمنية حاجتها إلى مساعدات إنسانية عاجلة»: Yemen needs the aid, it gives none."""
    text = "أعلنت الحكومة اليمنية حاجتها إلى مساعدات إنسانية عاجلة."
    actors = _parties(nlp, text, "AID", "actor")
    assert not any(c == "YEM" for c, _, _ in actors), actors


def test_count_of_arrests_in_another_town_is_its_own_arrest(nlp):
    """Twenty held in Istanbul yesterday, thirty in Ankara today: the Ankara count is a second arrest."""
    text = ("واعتقلت الشرطة التركية 20 شخصا في إسطنبول أمس. وقالت الشرطة إن عدد من اعتقلتهم في أنقرة اليوم بلغ 30.")
    arrests = [w for t, w, _, _, _ in kept_flags(nlp, text, _DATE) if t == "COERCE"]
    assert len(arrests) == 2, arrests
