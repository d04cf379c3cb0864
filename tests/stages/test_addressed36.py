"""The international community after a verb of appeal is the one appealed to: never the appeal's subject, never a
phrase joined to the subject before it (function_words.tsv addressed)."""

import pytest

PUBLISHED = "2015-08-01"


def _requests(coder, text):
    return [([a.text for a in e.actor], [r.text for r in e.recipient])
            for e in coder(text, published=PUBLISHED).events if e.event == "REQUEST"]


@pytest.mark.parametrize("text", [
    "وطالب المجتمع الدولي بالاضطلاع بمسؤولياته تجاه الشعب السوري.",
    "وأدان البيان الهجوم الإرهابي. كما دعا المجتمع الدولي إلى التحرك العاجل لوقف الانتهاكات.",
])
def test_the_community_right_after_the_appeal_is_appealed_to(coder, text):
    reqs = _requests(coder, text)
    assert reqs and all("المجتمع الدولي" not in actor for actor, _ in reqs)
    assert any("المجتمع الدولي" in recipient for _, recipient in reqs)


def test_the_community_after_the_subject_joins_no_phrase(coder):
    assert (["الحكومة"], ["المجتمع الدولي"]) in _requests(coder, "ودعت الحكومة المجتمع الدولي إلى التدخل.")


def test_the_community_that_condemns_is_the_condemner(coder):
    evs = [e for e in coder("وندد المجتمع الدولي بالهجوم.", published=PUBLISHED).events if e.event == "ACCUSE"]
    assert evs and [a.text for a in evs[0].actor] == ["المجتمع الدولي"]
