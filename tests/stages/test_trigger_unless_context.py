"""Trigger senses: the `unless` words are read past a preposition after a tail and past an opening quote."""


def _events(nlp, text):
    """(event, trigger) of every event of `text`."""
    return [(e.event, e.trigger.text) for e in nlp(text).events]


def test_a_hospitals_emergency_is_no_martial_law(nlp):
    assert not any(ev == "COERCE" for ev, _ in _events(
        nlp, "وأعلنت المديرية حالة الطوارئ في مستشفيات المنطقة لاستقبال المصابين."))
    assert ("COERCE", "أعلنت") in _events(nlp, "وأعلنت الحكومة حالة الطوارئ في البلاد بعد الهجمات.")


def test_an_airport_in_quotes_receiving_flights_is_no_visit(nlp):
    assert not _events(nlp, "وتوقع المدير أن يستقبل \"مطار صلالة\" عشرات الرحلات.")
