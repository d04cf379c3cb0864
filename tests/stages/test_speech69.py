"""Round 69 speech fixes: a speaker named later by a bare title («وقال الوزير») is the one holder of that title the
article named before (his code carried: «وزير الداخلية البحريني» → BHR), none when holders of two codes were named;
and a party's words a speaker disowns («أن تصريحات المالكي شخصية لا تمثل الموقف الرسمي»، «لا تعبر عن وجهة نظر
العراق») are the speaker's rejection of the party (REJECT, the speaker → the party), a later bare «رفض» in the
sentence taking these parties."""

from event_lookup import coded

_BAHRAIN = ("اتهم وزير الداخلية البحريني الفريق الركن الشيخ راشد بن عبدالله آل خليفة إيران بالتورط في الإخلال بأمن "
            "البحرين. وقال الوزير إن البحرين لم ولن تتردد يوماً في حماية شعبها.")
_TWO = ("التقى وزير الخارجية السعودي عادل الجبير وزير الخارجية الأمريكي جون كيري في باريس. وقال الوزير إن اللقاء "
        "كان مثمرا.")
_PRESIDENCY = ("أكد المتحدث الرسمي باسم رئاسة الجمهورية العراقية، خالد شواني، لـ«الشرق الأوسط» أن تصريحات المالكي "
               "«شخصية لا تمثل الرأي والموقف الرسمي لرئاسة الجمهورية في العراق».")
_ALLIANCE = ("اعتبر تحالف القوى العراقية أن تصريحات نائب رئيس الجمهورية نوري المالكي ضد السعودية لا تعبر عن وجهة نظر "
             "العراق الرسمية، مؤكدا رفض تلك التصريحات التي وصفها بـ\"المسيئة وغير المسؤولة\".")
_OWN = "وقال الوزير إن تصريحات المالكي تعبر عن موقف العراق."


def _speaker_codes(nlp, text, cue):
    """The speaker codes of the statements of `text` (published 2015-07-24) whose cue is `cue`."""
    return [s.speaker.code for s in coded(nlp, text, "2015-07-24").statements if s.cue.text == cue and s.speaker]


def _rejections(nlp, text):
    """The REJECT events of `text` (published 2015-07-25)."""
    return [e for e in coded(nlp, text, "2015-07-25").events if e.event == "REJECT"]


def test_bare_title_speaker_is_the_named_holder(nlp):
    """«اتهم وزير الداخلية البحريني … وقال الوزير»: the minister who speaks is Bahrain's (BHR); but after a Saudi and
    an American minister, «وقال الوزير» names neither (no code)."""
    assert _speaker_codes(nlp, _BAHRAIN, "وقال") == ["BHR"]
    assert _speaker_codes(nlp, _TWO, "وقال") in ([], [None])


def test_disowned_words_are_a_rejection(nlp):
    """«أن تصريحات المالكي «شخصية لا تمثل …»»: REJECT by the presidency's spokesman → al-Maliki (IRQ); «تصريحات المالكي
    تعبر عن موقف العراق» (not disowned): no rejection."""
    evs = _rejections(nlp, _PRESIDENCY)
    assert [e.trigger.text for e in evs] == ["تصريحات"]
    assert {p.code for p in evs[0].recipient} == {"IRQ"} and evs[0].actor and not evs[0].negated
    assert not _rejections(nlp, _OWN)


def test_bare_rejection_takes_the_disowning_parties(nlp):
    """«اعتبر تحالف القوى العراقية أن تصريحات … المالكي … لا تعبر …، مؤكدا رفض تلك التصريحات»: the «رفض» is the
    alliance's (IRQ) rejection of al-Maliki (IRQ), one rejection, not two."""
    evs = _rejections(nlp, _ALLIANCE)
    assert len(evs) == 1 and evs[0].trigger.text == "رفض"
    assert {p.code for p in evs[0].actor} == {"IRQ"} and {p.code for p in evs[0].recipient} == {"IRQ"}


_IMPLICATED = ("وقال وزير الداخلية البحريني إن البحرين تسعى إلى تعزيز العلاقة مع إيران، لذا نقول لهم إنكم متورطون في "
               "الإخلال بأمن البحرين.")
_THEREBY = "وقال وزير الداخلية المصري إن مرسي أعطى إشارة الاغتيال، وهو بذلك متورط في العملية."


def test_party_told_implicated_is_accused(nlp):
    """«نقول لهم إنكم متورطون في الإخلال بأمن البحرين» after «العلاقة مع إيران»: ACCUSE BHR → IRN at «متورطون»; but
    «وهو بذلك متورط في العملية» (no party named before the word): no accusation there."""
    evs = [e for e in coded(nlp, _IMPLICATED, "2015-07-24").events if e.trigger.text == "متورطون"]
    assert [e.event for e in evs] == ["ACCUSE"]
    assert {p.code for p in evs[0].actor} == {"BHR"} and {p.code for p in evs[0].recipient} == {"IRN"}
    assert not [e for e in coded(nlp, _THEREBY, "2015-07-24").events if e.trigger.text == "متورط"]
