"""Round 98 mend: a meeting told as an earlier one («الاجتماعات السابقة») is no retelling of the meeting the story told
first (repeat_words.tsv class `another`), while the talks of that meeting told later still fold into it (`met_before`)."""

import pytest
from stage_coding import kept_triggers

_DATE = "2015-07-31"

_SISI = ("استقبل الرئيس المصري عبد الفتاح السيسي أمس الأمير محمد بن سلمان بن عبد العزيز، ولي ولي العهد وزير الدفاع "
         "السعودي. وأشار المتحدث الرئاسي إلى أنه عقب الاحتفال جرت جلسة مباحثات ثنائية.")

# (text, type, the triggers of the events of that type the pipeline keeps).
TELLINGS = [
    # «الاجتماعات السابقة» names meetings held before the reception: another act, kept.
    pytest.param(_SISI + " ولفتت المصادر الى أنه تم خلال الاجتماعات السابقة التوصل الى حلول وسط مقبولة من جميع "
                 "الأطراف.", "CONSULT", ["استقبل", "الاجتماعات"], id="earlier_meetings_are_not_the_reception"),
    # The session of talks right after the ceremony is the reception told again.
    pytest.param(_SISI, "CONSULT", ["استقبل"], id="talks_after_the_reception_still_fold"),
]


@pytest.mark.parametrize("text, kind, triggers", TELLINGS)
def test_the_events_kept(nlp, text, kind, triggers):
    """The events of `kind` the pipeline keeps are those on `triggers`, in order (the retellings folded)."""
    found = kept_triggers(nlp, text, kind, _DATE)
    assert found == triggers, found
