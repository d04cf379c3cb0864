"""The review of round 104: a new rule's reach probed with the reviewer's Arabic — Hamas met before the subject
(«التقى بحماس الوفد المصري»), the police of another case named after «فيما», and an office holder's name with no place
in في after the office."""
from stage_coding import kind_parties, side_parties

_DATE = "2015-07-31"


def test_hamas_met_before_a_subject_with_a_nisba_stays_hamas(nlp):
    """«التقى بحماس الوفد المصري»: the Egyptian delegation met Hamas; «الوفد المصري» is the subject, no genitive."""
    recipients = side_parties(nlp, "التقى بحماس الوفد المصري.", "CONSULT", _DATE, fields=("text",))
    assert ("حماس",) in recipients, recipients


def test_police_of_another_case_after_meanwhile_made_no_arrest(nlp):
    """«تم القبض على المتهمين في الأردن، فيما تباشر شرطة دبي التحقيق في قضية أخرى»: Dubai's police took up another
    case; the arrest keeps no actor."""
    rows = kind_parties(nlp, "تم القبض على المتهمين في الأردن، فيما تباشر شرطة دبي التحقيق في قضية أخرى.", "COERCE",
                        _DATE)
    assert rows and not any(any("شرطة" in x for x in a) for _, _, a, _ in rows), rows
