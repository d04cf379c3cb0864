"""Mends of round 112's actor rules (a112), from the reviews of round 111/112 (review111_r2, finalread111): a title
and a name join into one subject only when both carry the same country (the host is no guest); a nationality after a
military rank is the officer's family name only where the article names him so with the same rank, and a word of the
day does not close his phrase; a named committee member keeps his body's sector; no instrument-then-count object
read past a trigger."""

from stage_coding import events_coded

_DATE = "2015-07-22"


def _roles(nlp, text, kind, word):
    """(actor (text, code, sector), recipient (text, code, sector)) of the coded events of `kind` at `word`."""
    return [([(m.text, m.code, m.sector) for m in e.actor], [(m.text, m.code, m.sector) for m in e.recipient])
            for e in events_coded(nlp, text, _DATE) if e.event == kind and e.trigger.text == word]


def _mentions(nlp, text):
    """The mentions the pipeline's stages up to the mention layer give for `text`."""
    from hadath.pipeline import Pipeline

    names = [s.name for s in nlp.stages]
    return Pipeline(nlp.stages[:names.index("mentions") + 1])(text, published=_DATE).mentions


def test_host_and_guest_named_after_him_stay_apart(nlp):
    """«استقبل رئيس الوزراء ضيفه جون كيري» (review111_r2 #2): an uncoded title is no proof that the name after it
    is its holder's; the prime minister received Kerry."""
    roles = _roles(nlp, "استقبل رئيس الوزراء ضيفه جون كيري في بغداد أمس.", "CONSULT", "استقبل")
    assert any(a and a[0][0] == "رئيس الوزراء" and r and r[0][0] == "جون كيري" for a, r in roles), roles


def test_nationality_before_a_day_word_stays(nlp):
    """«التقى العميد الأردني أمس وفدا أمريكيا» (review111_r2 #3): أمس after the nationality does not make it a
    family name; the brigadier is Jordanian."""
    roles = _roles(nlp, "التقى العميد الأردني أمس وفدا أمريكيا.", "CONSULT", "التقى")
    assert any(a and a[0][1] == "JOR" for a, _ in roles), roles


def test_unnamed_officer_keeps_his_nationality(nlp):
    """«وقال العميد السعودي إن قوات التحالف قصفت» (finalread111 #2): no «العميد <name> السعودي» in the article,
    so السعودي is the officer's country, SAU."""
    text = "وقال العميد السعودي إن قوات التحالف قصفت مواقع الحوثيين في صنعاء."
    assert any(m.text == "السعودي" and m.get("code") == "SAU" for m in _mentions(nlp, text)), _mentions(nlp, text)


def test_named_committee_member_keeps_the_body_sector(nlp):
    """«ودعا عضو لجنة الأمن والدفاع النيابية محمد الكربولي، الحكومة» (review111_r2 #4): the member named calls on
    the government, as a legislator (LEG), not as a man of no sector."""
    text = "ودعا عضو لجنة الأمن والدفاع النيابية محمد الكربولي، الحكومة إلى التحرك."
    roles = _roles(nlp, text, "REQUEST", "دعا")
    assert any(a == [("محمد الكربولي", None, "LEG")] and r and r[0][0] == "الحكومة" for a, r in roles), roles
