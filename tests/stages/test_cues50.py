"""Round 50 cue rows: «لضمان» is an aim (the act to be ensured is intended, not done) and «احتمالية/احتمالات» a doubt
(the act is only possible)."""

from hadath.article import Article


def _event(nlp, text, trigger):
    evs = [e for e in nlp(Article(text=text, id="t", published="2015-08-03")).events if e.trigger.text == trigger]
    assert evs, trigger
    return evs[0]


def test_ceasefire_to_be_ensured_is_intended(nlp):
    """«لضمان وقف إطلاق النار»: the ceasefire is what the monitors are sent for, not a fact."""
    ev = _event(nlp, "وأرسلت الأمم المتحدة مراقبين لضمان وقف إطلاق النار في المدينة.", "وقف إطلاق النار")
    assert ev.future


def test_possible_sanctions_are_hypothetical(nlp):
    """«عن احتمالية فرض عقوبات»: sanctions talked of as possible are not imposed."""
    ev = _event(nlp, "وتحدث الوزير عن احتمالية فرض عقوبات جديدة على روسيا.", "فرض عقوبات")
    assert ev.hypothetical
