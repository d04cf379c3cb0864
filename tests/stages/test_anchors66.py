"""Round 66 place fixes: a place told far after an event's word, in a relative clause past a comma with another
event's word before it, is that other act's place, not the event's («وأدعو إلى استنكار … ، وهو الأمر الذي سعت
إليه الأجندة الإيرانية … في قم»); the act's own object right after a comma keeps its place («أدانت …، اليوم
(الجمعة)، الهجوم الإرهابي الذي وقع … شمال الكاميرون»)."""

from event_lookup import coded as _article

_QOM = ("وأضاف : إنني أخاطب كل من في قلبه حب وإخلاص وولاء للبحرين، وأدعو إلى استنكار ورد وطني مخلص تجاه هذه "
        "التدخلات الإيرانية الخطيرة بشأن الأمن البحريني، مشدداً على أن الولاء المزدوج مرفوض، ويجب أن لا يكون له "
        "وجود ، وهو يشكل مخالفة قانونية دون شك، وإن ما أوجد مساحة إلى ذلك هو خلط المنبر الديني بالسياسة، وهو الأمر "
        "الذي سعت إليه الأجندة الإيرانية من خلال تسييس الحوزات الدينية في قم.")

_CAMEROON = ("أدانت الأمانة العامة لمنظمة التعاون الإسلامي، اليوم (الجمعة)، الهجوم الإرهابي الذي وقع يوم الأربعاء "
             "الماضي في مدينة مروة شمال الكاميرون، حيث فجرت انتحاريتان نفسيهما، ما أدى إلى مقتل (20) شخصاً.")


def _events(nlp, text, word):
    """The events of `text` (published 2015-07-24) whose trigger is `word`."""
    return [e for e in _article(nlp, text, "2015-07-24").events if e.trigger.text == word]


def test_call_not_placed_in_qom_of_a_far_relative_clause(nlp):
    """«وأدعو إلى استنكار …»: the Bahraini minister's call is not located in Qom, told 300 characters later in a
    relative clause of another clause."""
    calls = _events(nlp, _QOM, "أدعو")
    assert calls and all(e.location is None or e.location.text != "قم" for e in calls)


def test_condemned_attack_keeps_its_place(nlp):
    """«أدانت …، اليوم (الجمعة)، الهجوم الإرهابي الذي وقع … شمال الكاميرون»: the relative clause is the act's own
    object's, its place stays."""
    blames = _events(nlp, _CAMEROON, "أدانت")
    assert blames and all(e.location is not None and e.location.text in ("مروة", "الكاميرون") for e in blames)
