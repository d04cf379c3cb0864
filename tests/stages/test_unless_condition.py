"""Flags: «ما لم» (unless) opens a condition: the act after it is hypothetical, not a negated fact."""


def test_a_release_demanded_unless_is_hypothetical_not_negated(nlp):
    art = nlp("وقال خاطفوه إنهم سيعدمونه في غضون 48 ساعة ما لم تطلق الحكومة المصرية سراح نساء معتقلات.")
    release = next(e for e in art.events if e.event == "RETREAT")
    assert release.hypothetical and not release.negated


def test_a_plain_negation_stays_negated(nlp):
    release = next(e for e in nlp("وقال إنه لم يطلق سراح المعتقلين.").events if e.event == "RETREAT")
    assert release.negated and not release.hypothetical
