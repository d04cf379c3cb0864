"""Round 98 (repeats98): a visit and the meeting or talks told of it later in the story, however far, are one act
(`met_before`), from the judged dev slice 2015-07-31 #0–479: «استقبل الرئيس المصري … الأمير محمد بن سلمان» …
«جرت جلسة مباحثات ثنائية» … «الاجتماع الذي عقد بين السيسي وولي ولي العهد» (#347), «زار إيران» … «المباحثات
الإيرانية الفرنسية» … «المحادثات التي دارت بينه وبين المسؤولين الإيرانيين» (#357). A meeting dated to another day, or
with a side of its own, stays."""

from stage_coding import kind_parties

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


def test_talks_and_meeting_told_later_are_the_reception(nlp):
    """#347: the session of talks after the ceremony and «الاجتماع» between the very two are the reception told first."""
    found = [t for _, t, _, _ in kind_parties(nlp, _SISI, "CONSULT", _DATE)]
    assert found == ["استقبل"], found


def test_talks_of_a_visit_told_later_are_the_visit(nlp):
    """#357: «المباحثات الإيرانية الفرنسية» and the talks the French minister sums up are Fabius's visit to Iran."""
    found = [t for _, t, _, _ in kind_parties(nlp, _FABIUS, "CONSULT", _DATE)]
    assert found == ["زار"], found


def test_consultations_with_sides_of_their_own_stay(nlp):
    """#347: the foreign ministers' «المشاورات الثنائية بين مصر والسعودية» name sides the reception does not (the
    two states): another act."""
    text = _SISI + (" وقال شكري إن المشاورات الثنائية بين مصر والسعودية تناولت مجمل العلاقات الثنائية.")
    found = [t for _, t, _, _ in kind_parties(nlp, text, "CONSULT", _DATE)]
    assert "المشاورات" in found, found


def test_meeting_of_another_day_stays(nlp):
    """A meeting of the very two dated to another day by its own time is another meeting."""
    text = _SISI + " وكان السيسي قد التقى الأمير محمد بن سلمان في القاهرة في مارس الماضي."
    found = [t for _, t, _, _ in kind_parties(nlp, text, "CONSULT", _DATE)]
    assert "التقى" in found, found


_BUHARI = ("بعد زيارة ناجحة إلى واشنطن الأسبوع الماضي، يصل الرئيس النيجيري محمد بخاري اليوم إلى الكاميرون لإجراء "
           "محادثاته مع نظيره بول بيا حول التصدي للمتمردين بتنظيم بوكو حرام. وأكد المتحدث باسم الرئاسة النيجيرية "
           "فهمي عاديسينا لوكالة الصحافة الفرنسية، أن «الرئيس بخاري يتوجه إلى الكاميرون (اليوم)، وسيجري محادثات مع "
           "الرئيس بيا فور وصوله».")


def test_talks_of_the_title_of_a_named_president_are_his_talks(nlp):
    """#410: «وسيجري محادثات مع الرئيس بيا» told by the spokesman are Buhari's talks with Biya told first; a title
    without a name («الرئيس») is the named person of its code and sector told before."""
    found = [t for _, t, _, _ in kind_parties(nlp, _BUHARI, "CONSULT", _DATE)]
    assert "محادثات" not in found, found
