"""Round 96 (roles96): the tail word the trigger row asks for past a verb whose attached pronoun is its object is the
subject, the phrase before the verb the one it befell; a meeting with a counterpart, told past a long clause after the
light verb that opens the sentence, is held by that verb's subject, and the outlet after حسب is no speaker that did it."""

from __future__ import annotations

from stage_coding import kind_parties


def test_captors_after_verb_with_object_pronoun(nlp):
    """«مسؤول عسكري كان أسره المتمردون»: the rebels captured the officer; the officer captured no one."""
    text = ("ولكن بعد تسليم مسؤول عسكري كان أسره المتمردون وإعلان الهدنة من قبل «فارك» عادت إمكانية وقف دوامة العنف "
            "في كولومبيا.")
    caught = [(a, r) for _, t, a, r in kind_parties(nlp, text, "COERCE", "2015-07-27") if t.startswith("أسره")]
    assert caught and caught[0][0] == ["المتمردون"]
    assert caught[0][1] == ["مسؤول عسكري"]


def test_meeting_held_by_subject_of_opening_light_verb(nlp):
    """«وعقد الوزير الايراني … حسب وكالة الانباء الايرانية الرسمية اجتماعا موسعا مع نظيره الكويتي»: the Iranian
    minister met his Kuwaiti counterpart; the news agency met no one."""
    text = ("وعقد الوزير الايراني بعد لقائه بأمير دولة الكويت الشيخ صباح والذي سلمه رسالة من الرئيس الايراني حسن "
            "روحاني حسب وكالة الانباء الايرانية الرسمية اجتماعا موسعا مع نظيره الكويتي لبحث آخر المستجدات الاقليمية.")
    met = [(a, r) for _, t, a, r in kind_parties(nlp, text, "CONSULT", "2015-07-27") if t == "اجتماعا"]
    assert met and met[0][0] == ["الوزير الايراني"]
    assert not any("وكالة" in x for x in met[0][0])
