"""Round 80: who does and who undergoes a charge or a killing told in a relative clause or after a demonstrative
subject. «الذي اتهم بقضايا» (who was accused of) makes the phrase before the relative pronoun the accused, not the
accuser; «اتهمت تلك الزعامات ساركوزي» has the demonstrative's noun as subject, Sarkozy as the one accused."""

from hadath.article import Article


def _parties(nlp, text, kind):
    """(actor texts, recipient texts) of each event of `kind` the pipeline codes for `text`."""
    events = nlp(Article(text=text, id="t", published="2015-07-23")).events
    return [([m.text for m in e.actor], [m.text for m in e.recipient]) for e in events if e.event == kind]


def test_passive_relative_charge_makes_name_the_accused(nlp):
    """2015-07-23 #1008: «ومحسن الفضلي الذي اتهم بقضايا إرهابية»: al-Fadhli was accused, he accuses no one."""
    text = "قائمة الـ 36 ومحسن الفضلي الذي اتهم بقضايا إرهابية عدة في الكويت وخارجها كان يرتبط ومجموعة إسلامية كويتية."
    parties = _parties(nlp, text, "ACCUSE")
    assert parties and all("محسن الفضلي" not in " ".join(a) for a, _ in parties)
    assert any("محسن الفضلي" in " ".join(r) for _, r in parties)
    # with an object after the verb it stays active: al-Maliki accuses the Kingdom
    text = "وقال نائب الرئيس العراقي نوري المالكي الذي اتهم المملكة العربية السعودية بدعم الإرهاب."
    assert any("المالكي" in " ".join(a) and "المملكة العربية السعودية" in r for a, r in _parties(nlp, text, "ACCUSE"))


def test_passive_relative_charge_feminine(nlp):
    """2015-08-03 #1272: «المواطنة التي اتهمت بسحر عائلة» was accused; she is no accuser."""
    parties = _parties(nlp, "نفى ابن المواطنة التي اتهمت بسحر عائلة زوجها الاتهامات.", "ACCUSE")
    assert parties and all("المواطنة" not in " ".join(a) for a, _ in parties)


def test_demonstrative_subject_before_name(nlp):
    """2015-07-25 #111: «اتهمت تلك الزعامات ساركوزي بالضلوع»: Sarkozy is accused, not the accuser."""
    text = "وقد اتهمت تلك الزعامات ساركوزي بالضلوع في العداء للعرب وفي الإرهاب."
    parties = _parties(nlp, text, "ACCUSE")
    assert parties and all("ساركوزي" not in a for a, _ in parties)
    assert any("ساركوزي" in r for _, r in parties)
