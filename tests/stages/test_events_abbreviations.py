"""Events: the full stop of an abbreviated title (د.) ends no clause."""


def test_the_dot_of_an_abbreviated_title_ends_no_clause(nlp):
    # the light verb before «د.» and a name still governs the visit after them
    evs = [e for e in nlp("وقام وزير الخارجية د. عادل الجبير بزيارة إلى موسكو أمس.", published="2015-08-08").events
           if e.event == "CONSULT"]
    assert evs and evs[0].actor and "الجبير" in evs[0].actor[0].text
