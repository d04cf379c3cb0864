"""A country's national security council is that government, not the UN Security Council."""

from __future__ import annotations


def _parties(nlp, text):
    a = nlp(text)
    return [(e.event, [(x.code, x.sector) for x in e.actor]) for e in a.events]


def test_national_security_council_is_the_government(nlp) -> None:
    """«مجلس الأمن الوطني العراقي» is IRQ/GOV; «مجلس الأمن الدولي» stays the UN's."""
    iraq = _parties(nlp, "وقال مجلس الأمن الوطني العراقي إنه يدين الهجوم على قوات الجيش.")
    assert ("ACCUSE", [("IRQ", "GOV")]) in iraq
    assert all(("IGO", None) not in actors for _, actors in iraq)
    usa = _parties(nlp, "وطالب مجلس الأمن القومي الأمريكي إيران بالإفراج عن المعتقلين.")
    assert ("REQUEST", [("USA", "GOV")]) in usa
    un = _parties(nlp, "ودعا مجلس الأمن الدولي إلى وقف إطلاق النار في اليمن.")
    assert ("REQUEST", [("IGO", None)]) in un
