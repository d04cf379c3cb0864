"""Round 108 (mend107_p): the mends of the review of round 107's tallies (/tmp/w/review107_pm.md, findings 2, 3, 4
and 7), each on the reviewer's probes. A semicolon parts a toll from the act before it unless the clause after it opens
with «ما»/«مما» («… في درنة؛ مما أسفر عن مقتل شرطيين»), not where «ما أسفر» comes later in another clause («؛ وفي
بنغازي انهار مبنى قديم ما أسفر عن مقتل ثلاثة أشخاص»); a tally told in another place («وفي الإسكندرية كانت الحصيلة»)
is another act's; a quarter is of the town told right after it, no comma between («حي المغاير الخاضع لسيطرة المعارضة
جنوب مدينة حلب»), not of a town told in another clause («حي الميدان، بعد ساعات من قصف مدينة حلب»); and the subject
of a verb of consequence is an act («وخلفت العملية»), not a place behind which («خلف المستشفى»)."""

import pytest
from stage_coding import kept_triggers, kind_parties

_DATE = "2015-07-22"

# (text, the triggers of the ASSAULT events the pipeline keeps): the toll of another clause or place stays its own.
OTHER_INCIDENT = [
    pytest.param("أطلق مسلحون النار على دورية للشرطة في درنة؛ وفي بنغازي انهار مبنى قديم ما أسفر عن مقتل ثلاثة "
                 "أشخاص.", ["أطلق", "مقتل"], id="what_resulted_in_another_clause_after_the_semicolon"),
    pytest.param("أطلق مسلحون النار على دورية للشرطة في درنة؛ وفي بنغازي، مما أسفر عن مقتل جنديين.",
                 ["أطلق", "مقتل"], id="what_resulted_after_another_place_after_the_semicolon"),
    pytest.param("هاجم مسلحون حاجزا للجيش في العريش، وأسفر الهجوم عن مقتل 4 جنود؛ وفي رفح انهار نفق ما أسفر عن مقتل 3.",
                 ["هاجم", "الهجوم", "مقتل"], id="toll_in_rafah_after_the_semicolon_is_not_the_arish_attack_s"),
    pytest.param("أطلق مسلحون النار على دورية في العريش، وفي الإسكندرية كانت الحصيلة مقتل 30 شخصا.",
                 ["أطلق", "مقتل"], id="tally_told_in_another_place"),
]


@pytest.mark.parametrize("text, triggers", OTHER_INCIDENT)
def test_toll_of_another_incident_stays_its_own(nlp, text, triggers):
    """A toll told in another clause after a semicolon, or in another place, is not the tally of the act before it."""
    found = kept_triggers(nlp, text, "ASSAULT", _DATE)
    assert found == triggers, found


def test_toll_of_another_incident_adds_no_victims(nlp):
    """The collapse's dead in Benghazi are no victims of the shooting in Darnah; «…؛ مما أسفر عن مقتل شرطيين» (the
    clause after the semicolon opening with «مما») is still the shooting's toll."""
    text = "أطلق مسلحون النار على دورية للشرطة في درنة؛ وفي بنغازي انهار مبنى قديم ما أسفر عن مقتل ثلاثة أشخاص."
    shooting = [e for e in kind_parties(nlp, text, "ASSAULT", _DATE) if e[1] == "أطلق"]
    assert len(shooting) == 1 and shooting[0][3] == ["دورية للشرطة"], shooting
    text = "أطلق مسلحون النار على دورية للشرطة في درنة؛ مما أسفر عن مقتل شرطيين."
    found = kind_parties(nlp, text, "ASSAULT", _DATE)
    assert len(found) == 1 and "شرطيين" in found[0][3], found


def test_quarter_of_another_town_is_another_strike(nlp):
    """«حي الميدان، بعد ساعات من قصف مدينة حلب»: Aleppo is told in another clause, after a comma; the toll in
    al-Midan is not the Aleppo one told again."""
    text = ("قتل 18 شخصا جراء سقوط صاروخ على حي شعبي في وسط مدينة حلب. وقال المرصد إن 18 شخصا قتلوا جراء سقوط صاروخ "
            "على حي الميدان، بعد ساعات من قصف مدينة حلب.")
    found = kept_triggers(nlp, text, "ASSAULT", _DATE)
    assert "قتلوا" in found, found


def test_place_behind_is_no_subject_of_a_consequence(nlp):
    """«خلف المستشفى» (behind the hospital) is no «خلفت العملية»: the subject of a verb of consequence names an act."""
    merger = next(s for s in nlp.stages if s.name == "repeats")
    assert not merger.subject_noun("المستشفي")
    assert merger.subject_noun("العمليه") and merger.subject_noun("الهجوم")
