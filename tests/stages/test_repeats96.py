"""Round 96 repeats: two coercions of two kinds (a seizure of ground and a capture of men) told in one sentence are two
acts, a seizure told again by the same doer in another town is another seizure, and a rejection in a sentence turning
to another matter («من جهة أخرى») is no rejection told before (2015-07-23 and 2015-07-26 dev articles)."""

from stage_coding import kind_parties


def _events(nlp, text, kind, published):
    """(trigger, actor texts, recipient texts) of the events of `kind` the whole pipeline keeps for `text`."""
    return [p[1:] for p in kind_parties(nlp, text, kind, published)]


def test_a_seizure_and_a_capture_are_two_acts(nlp):
    """«وجرت السيطرة على المنطقة، وتم أسر نحو 200 من الحوثيين»: the seizure of the area (192) is kept besides the
    capture of the Houthis (173), not folded into it."""
    text = ("وأكد محافظ عدن أن العمل العسكري حقق نتائج متقدمة، وتم دحر الميليشيات الحوثية في دار بني سعد، باتجاه "
            "محافظة لحج والعند، وجرت السيطرة على المنطقة، وتم أسر نحو 200 من الحوثيين المتمردين على الشرعية.")
    found = _events(nlp, text, "COERCE", "2015-07-26")
    triggers = [t for t, _, _ in found]
    assert any(t.startswith("السيطرة") for t in triggers)
    assert "أسر" in triggers


def test_a_seizure_in_another_town_is_another_seizure(nlp):
    """«أعلنت المقاومة الشعبية سيطرتها على ثلاثة مواقع» in Marib and «وسيطرت المقاومة على خمسة مواقع» near al-Anad
    in Lahij: two seizures, the second not folded into the first."""
    text = ("وفي مأرب، أعلنت المقاومة الشعبية سيطرتها على ثلاثة مواقع جديدة للحوثيين وقوات صالح. وقالت مصادر إن تقدم "
            "المقاومة جاء بعد هجمات على جبهة المخدرة غرب المدينة. وسيطرت المقاومة على خمسة مواقع للحوثيين وقوات "
            "الرئيس المخلوع في محيط قاعدة العند الجوية في لحج.")
    triggers = [t for t, _, _ in _events(nlp, text, "COERCE", "2015-07-23")]
    assert "سيطرتها" in triggers and "سيطرت" in triggers


def test_a_rejection_after_a_turn_to_another_matter_is_another(nlp):
    """«رفض الرئيس روحاني المزاعم الأميركية» … «من جهة أخرى، رفض روحاني التدخل في شؤون الدول»: the second rejection,
    in a sentence turning to another matter, is kept."""
    text = ("وفي ملاحظات أدلى بها أمس الأربعاء، رفض الرئيس روحاني المزاعم الأميركية التي تفيد بأن إيران لن تكون "
            "قادرة على بناء الأسلحة النووية.\n"
            "من جهة أخرى، رفض روحاني التدخل في الشؤون الداخلية للدول الأخرى ووصفه بالتصور الخاطئ.")
    found = _events(nlp, text, "REJECT", "2015-07-23")
    assert len(found) == 2
