"""Round 70: «مشفى» (and «مشافي») names a hospital after a person like «مستشفى»: the king named after it is no party."""

from stage_coding import events_ending as find


def test_hospital_spelt_mashfa_is_no_party(nlp):
    """«في زيارة لمشفى الملك سلمان»: a company's visit to a hospital, King Salman is neither side of it."""
    text = "وقدم فريق ماكدونالدز هدايا للمرضى في زيارة لمشفى الملك سلمان."
    for e in find(nlp, text, "CONSULT", "زيارة"):
        assert not any("سلمان" in p.text for p in e.actor + e.recipient)
    article = nlp(text)
    assert not any("سلمان" in m.text for m in article.mentions)
