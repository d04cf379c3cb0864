"""Round 99 mend: a protest's target is sought among the authorities its sentence names, but not past a clause set
against the protest's by «لكن» (function_words contrast); «بينما» and a target in على still count."""

from stage_coding import kind_parties

_DATE = "2015-07-31"


def _recipients(nlp, text: str) -> list:
    return [r for _, _, _, r in kind_parties(nlp, text, "PROTEST", _DATE)]


def test_government_past_lakin_is_no_target(nlp):
    """«…احتجاجا، لكن الحكومة التركية مضت في خطتها»: what the government did next is another clause."""
    found = _recipients(nlp, "وخرج آلاف المتظاهرين إلى شوارع أنقرة احتجاجا، لكن الحكومة التركية مضت في خطتها لبناء الجسر.")
    assert found and not any(found), found


def test_government_protested_against_stays(nlp):
    """«احتجاجا على قرار الحكومة التركية»: the government whose decision is protested is the target."""
    found = _recipients(nlp, "وخرج آلاف المتظاهرين إلى شوارع أنقرة احتجاجا على قرار الحكومة التركية بناء الجسر.")
    assert found and all(found), found
