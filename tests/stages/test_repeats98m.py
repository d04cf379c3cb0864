"""Round 98 mend: a meeting told as an earlier one («الاجتماعات السابقة») is no retelling of the meeting the story told
first (repeat_words.tsv class `another`), while the talks of that meeting told later still fold into it (`met_before`)."""

from stage_coding import kind_parties

_DATE = "2015-07-31"

_SISI = ("استقبل الرئيس المصري عبد الفتاح السيسي أمس الأمير محمد بن سلمان بن عبد العزيز، ولي ولي العهد وزير الدفاع "
         "السعودي. وأشار المتحدث الرئاسي إلى أنه عقب الاحتفال جرت جلسة مباحثات ثنائية.")


def test_earlier_meetings_are_not_the_reception(nlp):
    """«الاجتماعات السابقة» names meetings held before the reception: another act, kept."""
    text = _SISI + " ولفتت المصادر الى أنه تم خلال الاجتماعات السابقة التوصل الى حلول وسط مقبولة من جميع الأطراف."
    found = [t for _, t, _, _ in kind_parties(nlp, text, "CONSULT", _DATE)]
    assert found == ["استقبل", "الاجتماعات"], found


def test_talks_after_the_reception_still_fold(nlp):
    """The session of talks right after the ceremony is the reception told again."""
    found = [t for _, t, _, _ in kind_parties(nlp, _SISI, "CONSULT", _DATE)]
    assert found == ["استقبل"], found
