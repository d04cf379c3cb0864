"""Round 74 (flags74): negation through a word of lack or refusal: an act in the عن of التقاعس (failing to act) is not
done, «التقاعس الأميركي عن دعم الثورة» (2015-08-03); an event noun right after a noun of lack, «قلة دعم», is not done;
an act right after بغض النظر عن (regardless of) is only supposed (must / must not)."""

from stage_coding import events_coded


def flags_of(nlp, text, trigger, date="2015-08-03"):
    """(negated, future, hypothetical) of each event of `text` whose trigger starts with `trigger`."""
    return [(e.negated, e.future, e.hypothetical) for e in events_coded(nlp, text, date)
            if e.trigger.text.startswith(trigger)]


def test_failing_to_act_is_negated(nlp):
    """«حول التقاعس الأميركي عن دعم الثورة»: the support was not given, negated."""
    text = ('مضيفا: «ثمة أقوال في الداخل السوري حول التقاعس الأميركي عن دعم الثورة، بالنظر إلى تصريحاتها المعارضة».')
    assert flags_of(nlp, text, "دعم") == [(True, False, False)]


def test_lack_noun_negates(nlp):
    """«قلة دعم الحكومة الاتحادية»: support lacking, negated; a lack word governing no event noun, «وفي غياب
    الرئيس، دعم البرلمان الخطة», leaves the support told after it a fact."""
    assert flags_of(nlp, "وانتقد المسؤول قلة دعم الحكومة الاتحادية للمحافظة.", "دعم") == [(True, False, False)]
    assert flags_of(nlp, "وفي غياب الرئيس، دعم البرلمان الخطة الجديدة.", "دعم") == [(False, False, False)]


def test_regardless_supposes_next_act(nlp):
    """«بغض النظر عن تأييد الكونغرس له»: the support is only supposed, hypothetical."""
    text = "وقال إن الرئيس سيوقع الاتفاق بغض النظر عن تأييد الكونغرس له."
    assert flags_of(nlp, text, "تأييد") == [(False, True, True)]


def test_in_return_word_is_no_exchange_of_fire(nlp):
    """«بمقابل» (in_return, read by the offer test) is no word of an exchange of fire: the killing told before
    «في تبادل إطلاق نار مع الشرطة» still gets the other side of the exchange, الشرطة, as its doer."""
    text = "قتل ثلاثة مسلحين بمقابل مقتل شرطي في تبادل إطلاق نار مع الشرطة"
    killed = [e for e in events_coded(nlp, text, "2015-07-25") if e.trigger.text == "قتل"]
    assert [[m.text for m in e.actor] for e in killed] == [["الشرطة"]]
