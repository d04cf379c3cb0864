"""Round 112 (c112): a visit paid with no one visited takes the state of the place it goes to as its recipient
(places.PlaceHomes._visit_host, `visited_land`), from the judged dev slice 2015-07-21 #0–399: «أثناء زيارته للقدس»
is a visit to Israel, «بعد زيارة الى تمبكتو» one to Mali; not a visit to a town of the visitor's own land."""

from stage_coding import parties_reader

_DATE = "2015-07-21"

_parties = parties_reader(_DATE)

_SADAT = ("افتتح الفندق عام 1931 واستضاف على مدى عقود عددا من الزعماء. وفي عام 1977 نزل الرئيس المصري أنور السادات "
          "في الفندق أثناء زيارته للقدس. وما زال الفندق يستقبل النزلاء حتى اليوم.")

_BOKOVA = ("أعلنت المديرة العامة لليونيسكو أن المنظمة ستعيد بناء الأضرحة. حيث قالت ايرينا بوكوفا للصحافيين بعد زيارة "
           "الى تمبكتو ان \"اليونيسكو راجعت المحكمة الجنائية الدولية في موضوع تدمير الاضرحة\".")


def test_visit_to_a_town_of_another_state_takes_its_state(nlp):
    """«نزل الرئيس المصري أنور السادات في الفندق أثناء زيارته للقدس» (2015-07-21 #292): the visit is Israel's
    (the judges: recipient ISR); Jerusalem is no capital the actors' lexicon names."""
    assert any(code == "ISR" for code, _, _ in _parties(nlp, _SADAT, "CONSULT")), _parties(nlp, _SADAT, "CONSULT")


def test_visit_to_a_city_abroad_takes_its_state(nlp):
    """«بعد زيارة الى تمبكتو» (2015-07-21 #128): UNESCO's head visited Mali (the judges: recipient MLI)."""
    assert any(code == "MLI" for code, _, _ in _parties(nlp, _BOKOVA, "CONSULT")), _parties(nlp, _BOKOVA, "CONSULT")


def test_visit_to_a_town_of_ones_own_land_takes_no_recipient(nlp):
    """«وصل الرئيس اليمني إلى عدن في زيارة»: a Yemeni visiting a Yemeni town visits no other party."""
    text = ("أكدت مصادر حكومية أن الرئاسة تستعد للعودة. وقام الرئيس اليمني عبد ربه منصور هادي بزيارة إلى عدن أمس "
            "التقى خلالها قادة المقاومة.")
    assert not any(code == "YEM" and t in ("عدن", "لعدن") for code, _, t in _parties(nlp, text, "CONSULT")), \
        _parties(nlp, text, "CONSULT")
