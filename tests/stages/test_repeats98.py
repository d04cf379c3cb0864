"""Round 98 (repeats98): a visit and the meeting or talks told of it later in the story, however far, are one act
(`met_before`), from the judged dev slice 2015-07-31 #0–479: «استقبل الرئيس المصري … الأمير محمد بن سلمان» …
«جرت جلسة مباحثات ثنائية» … «الاجتماع الذي عقد بين السيسي وولي ولي العهد» (#347), «زار إيران» … «المباحثات
الإيرانية الفرنسية» … «المحادثات التي دارت بينه وبين المسؤولين الإيرانيين» (#357). A meeting dated to another day, or
with a side of its own, stays."""

import pytest
from stage_coding import kept_triggers

_DATE = "2015-07-31"

_SISI = ("استقبل الرئيس المصري عبد الفتاح السيسي أمس الأمير محمد بن سلمان بن عبد العزيز، ولي ولي العهد وزير الدفاع "
         "السعودي. وقال السيسي خلال حفل تخريج دفعات جديدة من طلبة الكليات العسكرية إن مصر والسعودية تمثلان جناحي "
         "الأمن القومي العربي. وأشار المتحدث الرئاسي إلى أنه عقب الاحتفال جرت جلسة مباحثات ثنائية. "
         "من جانبه، قال وزير الخارجية السعودي عادل الجبير إن الاجتماع الذي عقد بين السيسي وولي ولي العهد الأمير "
         "محمد بن سلمان وضع أسسا للرؤية.")

_FABIUS = ("لا يبدو أن وزير الخارجية الفرنسي لوران فابيوس الذي زار إيران يوم أول من أمس (الأربعاء)، قد نجح في "
           "زحزحة مواقف طهران. وقالت مصادر دبلوماسية فرنسية، إن المباحثات الإيرانية الفرنسية تناولت عددًا من "
           "المواضيع الحساسة. ولخص الوزير الفرنسي المحادثات التي دارت بينه وبين المسؤولين الإيرانيين بأنها تناولت "
           "الاتفاق النووي.")

_BUHARI = ("بعد زيارة ناجحة إلى واشنطن الأسبوع الماضي، يصل الرئيس النيجيري محمد بخاري اليوم إلى الكاميرون لإجراء "
           "محادثاته مع نظيره بول بيا حول التصدي للمتمردين بتنظيم بوكو حرام. وأكد المتحدث باسم الرئاسة النيجيرية "
           "فهمي عاديسينا لوكالة الصحافة الفرنسية، أن «الرئيس بخاري يتوجه إلى الكاميرون (اليوم)، وسيجري محادثات مع "
           "الرئيس بيا فور وصوله».")

# (text, type, the triggers of the events of that type the pipeline keeps).
TELLINGS = [
    # #347: the session of talks after the ceremony and «الاجتماع» between the very two are the reception told first.
    pytest.param(_SISI, "CONSULT", ["استقبل"], id="talks_and_meeting_told_later_are_the_reception"),
    # #357: «المباحثات الإيرانية الفرنسية» and the talks the French minister sums up are Fabius's visit to Iran.
    pytest.param(_FABIUS, "CONSULT", ["زار"], id="talks_of_a_visit_told_later_are_the_visit"),
]


@pytest.mark.parametrize("text, kind, triggers", TELLINGS)
def test_the_events_kept(nlp, text, kind, triggers):
    """The events of `kind` the pipeline keeps are those on `triggers`, in order (the retellings folded)."""
    found = kept_triggers(nlp, text, kind, _DATE)
    assert found == triggers, found


# (text, type, trigger, whether its event is kept (True) or folded into one told before (False)).
ONE_TELLING = [
    # #347: the foreign ministers' «المشاورات الثنائية بين مصر والسعودية» name sides the reception does not (the two
    # states): another act.
    pytest.param(_SISI + (" وقال شكري إن المشاورات الثنائية بين مصر والسعودية تناولت مجمل العلاقات الثنائية."),
                 "CONSULT", "المشاورات", True, id="consultations_with_sides_of_their_own_stay"),
    # A meeting of the very two dated to another day by its own time is another meeting.
    pytest.param(_SISI + " وكان السيسي قد التقى الأمير محمد بن سلمان في القاهرة في مارس الماضي.", "CONSULT", "التقى",
                 True, id="meeting_of_another_day_stays"),
    # #410: «وسيجري محادثات مع الرئيس بيا» told by the spokesman are Buhari's talks with Biya told first; a title
    # without a name («الرئيس») is the named person of its code and sector told before.
    pytest.param(_BUHARI, "CONSULT", "محادثات", False, id="talks_of_the_title_of_a_named_president_are_his_talks"),
]


@pytest.mark.parametrize("text, kind, trigger, kept", ONE_TELLING)
def test_the_telling_stays_or_folds(nlp, text, kind, trigger, kept):
    """The event of `kind` on `trigger` is kept (`kept`), or folded into one told before."""
    found = kept_triggers(nlp, text, kind, _DATE)
    assert (trigger in found) == kept, found
