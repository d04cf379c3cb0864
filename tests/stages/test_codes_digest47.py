"""A bare force takes the country the story named its kind with before, but not in a sentence naming another state
(a news digest's next item)."""

import pytest

DIGESTS = [
    ("اعتقلت الشرطة الفرنسية رجلا في باريس أمس. وفي خبر آخر، اعتقلت الشرطة في القاهرة خمسة متظاهرين.", 1, "FRA"),
    ("اعتقلت الشرطة البريطانية رجلا في لندن أمس. وفي سياق آخر، قتل مسلحون ثلاثة من رجال الشرطة في مدينة الموصل "
     "العراقية.", 1, "GBR"),
]


@pytest.mark.parametrize("text,index,wrong", DIGESTS)
def test_a_force_in_a_sentence_naming_another_state_keeps_no_earlier_items_country(nlp, text, index, wrong):
    ev = nlp(text, published="2015-07-27").events[index]
    codes = {p.code for p in (*ev.actor, *ev.recipient) if p.sector == "COP"}
    assert wrong not in codes


def test_a_force_told_again_in_its_own_story_keeps_its_country(nlp):
    art = nlp("ضبطت الشرطة الصينية في بكين مصنعاً للأجهزة المقلدة. وضبطت الشرطة 1400 جهاز خلال المداهمة.",
              published="2015-07-27")
    assert [(a.text, a.code) for a in art.events[-1].actor] == [("الشرطة", "CHN")]
