"""Round 49's mend of pt49 and pt49b.

A bare «من» past a place seized names whom it was taken from, but not where a word in بـ stands two or three words
before it with only its adjectives between (بإسناد جوي من طيران التحالف، بمشاركة فاعلة من الحشد الشعبي): that من
tells the helper, who lost nothing. A day set in brackets (اليوم (الجمعة)) counts no word in the reach between an
accusation noun and the verb that denies it: «نفى إردوغان اليوم (الجمعة) الاتهامات» is a rejection by the denier,
never his accusation."""

import pytest

PUBLISHED = "2015-07-25"
FRAME = "قال المسؤول إن الوضع هادئ. وأضاف أن الحكومة تعمل. "


def _texts(triples):
    return [t for t, _, _ in triples]


@pytest.mark.parametrize("sentence, helper", [
    ("وسيطرت قوات الجيش اليمني على التلة بإسناد جوي من طيران التحالف العربي.", "طيران التحالف"),
    ("وسيطرت قوات الجيش اليمني على التلة بغطاء جوي من طيران التحالف العربي.", "طيران التحالف"),
    ("واستعادت قوات الجيش العراقي السيطرة على مناطق واسعة بمشاركة فاعلة من الحشد الشعبي.", "الحشد الشعبي"),
])
def test_helper_past_bi_word_is_no_loser(parties, sentence, helper):
    """The side in من past a word in بـ and its adjective helped the taker: no recipient, the taker stays actor."""
    actors, recipients = parties.of(FRAME + sentence, "COERCE")
    assert helper not in _texts(recipients)
    assert helper not in _texts(actors)


@pytest.mark.parametrize("sentence, loser", [
    # an aim of retaking: the side past the place lost it
    ("وكانت القوات تسعى لانتزاع السيطرة على المنطقة من قوات المعارضة.", "قوات المعارضة"),
    # a place noun in بـ right before its name (a cue), no word of aid
    ("وحررت وحدات حماية الشعب الكردية بلدة صرين من تنظيم داعش.", "تنظيم داعش"),
    # a manner word in بـ and its adjective: freed wholly from it
    ("وحررت وحدات حماية الشعب الكردية بلدة صرين بشكل كامل من تنظيم داعش.", "تنظيم داعش"),
])
def test_loser_past_place_kept(parties, sentence, loser):
    """The side in a bare من past the place, with no word of aid in بـ before it, lost the place: the recipient."""
    _, recipients = parties.of(FRAME + sentence, "COERCE")
    assert loser in _texts(recipients)


DENIAL = "نفى الرئيس التركي رجب طيب إردوغان بقوة اليوم {day}الاتهامات أن تركيا تساعد تنظيم داعش، وقال إن بلاده " \
         "تحارب التنظيم."


@pytest.mark.parametrize("day", ["(الجمعة) ", ""])
def test_denial_past_bracketed_day(coder, day):
    """A denial verb before a bracketed day and the accusation noun: the denier rejects it, he accuses no one."""
    events = coder(DENIAL.format(day=day), published="2015-07-31").events
    denier = "الرئيس التركي رجب طيب إردوغان"
    assert not any(e.event == "ACCUSE" and denier in [x.text for x in e.actor] for e in events)
    assert any(e.event == "REJECT" and denier in [x.text for x in e.actor] for e in events)


def test_a_bracket_test_past_the_sentence_end_is_no_error(nlp):
    """The bracketed-day test asked at a token past a sentence's last one (an object's start after a trigger that ends
    a run cut by the splitter) answers no, without an IndexError (found by the property test on a run of 2,600
    characters without a sentence end)."""
    text = "،".join(["الدفاع580” انسحاب المتحدة    لم وروسيا فرض عقوبات على آلاف الإسرائيليين على خمسة جنود  مدنيين538 أدان"] * 30)
    article = nlp(text)
    assert all(text[e.trigger.start:e.trigger.end] == e.trigger.text for e in article.events)


@pytest.mark.parametrize("text", ["أدان ", "وزير الدفاع الروسي قتل وزير الدفاع الروسي وزير الدفاع الروسي أدان "])
def test_a_trigger_ending_the_text_is_no_error(nlp, text):
    """A stance verb as the text's last word has no object after it: the bracketed-day test past the last token
    answers no (the property tests' falsifying examples)."""
    assert nlp(text).to_dict()["text"] == text
