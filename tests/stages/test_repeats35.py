"""Repeats, round 35: the same attack told again in a later sentence of its story is coded once."""


def _assaults(nlp, text, published="2015-08-01"):
    """The ASSAULT events the pipeline keeps in a text."""
    return [e for e in nlp(text, published=published).events if e.event == "ASSAULT"]


_QATN = ("من جهة أخرى، قتل {count} جنود من القوات الموالية للرئيس اليمني عبدربه منصور هادي، الجمعة، في هجوم بسيارة "
         "مفخخة في جنوب شرق اليمن، على ما أعلن مصدر عسكري. واقتحم انتحاري بسيارة مفخخة نقطة تفتيش في بلدة القطن في "
         "محافظة حضرموت، ما أدى إلى مقتل 9 جنود، بحسب المصدر.")


def test_a_count_in_words_and_the_same_count_in_digits_tell_one_toll(nlp):
    # «تسعة» … «9»: one car bomb, the bomber its actor
    evs = _assaults(nlp, _QATN.format(count="تسعة"))
    assert len(evs) == 1
    assert evs[0].sentence == 0 and [m.text for m in evs[0].actor] == ["انتحاري"]


def test_a_count_in_words_and_other_digits_stay_two(nlp):
    assert len(_assaults(nlp, _QATN.format(count="خمسة"))) == 2


def test_number_words_read_as_one_number():
    from hadath.stages.repeats import RepeatMerger
    r = RepeatMerger()
    assert r.values(["ثمانيه", "عشر", "حوثيا"]) == {"18"}
    assert r.values(["خمسه", "عشرين", "شخصا"]) == {"25"}
    assert r.values(["ثلاثه", "واصابه", "خمسه"]) == {"3", "5"}
