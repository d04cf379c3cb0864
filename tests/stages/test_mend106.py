"""Review of round 106 and the final read (mend106): a part of the day closing its clause at a mark is no sign that the verb before it is
active (the victims stay victims), a «ضد» inside the subject's own relative clause is no fronted target, and a lone
indefinite nisba after a counted head is its adjective only when the head is feminine singular («مواطني سورية» is
Syria)."""

from stage_coding import kind_parties

_DATE = "2015-07-22"


def test_victims_before_a_time_closed_by_a_comma_stay_victims(nlp):
    """«قتل جنديان في وقت متأخر من مساء أمس، بينما فر المسلحون»: the soldiers were killed; they kill no one."""
    rows = kind_parties(nlp, "قتل جنديان في وقت متأخر من مساء أمس، بينما فر المسلحون.", "ASSAULT", _DATE)
    assert rows and all("جنديان" not in a for _, _, a, _ in rows), rows
    assert any("جنديان" in r for _, _, _, r in rows), rows


def test_arrested_before_a_time_closed_by_a_comma_are_no_arresters(nlp):
    """«اعتقل ناشطان في ساعة مبكرة من صباح اليوم، واقتادتهما الشرطة»: two activists arrested, no arresters."""
    text = "اعتقل ناشطان في ساعة مبكرة من صباح اليوم، واقتادتهما الشرطة إلى جهة مجهولة."
    rows = kind_parties(nlp, text, "COERCE", _DATE)
    assert rows and all("ناشطان" not in a for _, _, a, _ in rows), rows


def test_against_in_the_subject_relative_clause_is_no_target(nlp):
    """«شنت القوات التي تقاتل ضد داعش هجوما»: the forces fighting IS attacked; whom is not told."""
    rows = kind_parties(nlp, "شنت القوات التي تقاتل ضد داعش هجوما واسعا أمس.", "ASSAULT", _DATE)
    assert rows and all("داعش" not in r for _, _, _, r in rows), rows


def test_citizens_of_syria_counted_are_syria(nlp):
    """«اعتقلت الشرطة التركية 20 من مواطني سورية»: Syria, spelt with ة, owns the citizens arrested (the construct
    plural مواطني read as the role noun, agents.tsv: one phrase with Syria)."""
    rows = kind_parties(nlp, "اعتقلت الشرطة التركية 20 من مواطني سورية.", "COERCE", _DATE)
    assert any(any(x.endswith("سورية") for x in r) for _, _, _, r in rows), rows


def test_police_arresting_the_attacker_are_no_attackers(nlp):
    """«اعتقلت الشرطة المصرية منفذ/منفذو الهجوم» (final read): the singular and the nominative plural doer nouns, like
    «منفذي», make the clause's subject the arrester of the attack's doer, not its doer."""
    for doer in ("منفذ", "منفذو"):
        rows = kind_parties(nlp, f"واعتقلت الشرطة المصرية {doer} الهجوم على الكنيسة.", "ASSAULT", _DATE)
        assert rows and all("الشرطة المصرية" not in a for _, _, a, _ in rows), (doer, rows)
