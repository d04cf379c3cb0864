"""Abductions made of arrest words (an armed group holding people): the report models leave them, and an abduction
and another assault of one clause stay two acts."""


def _assaults(nlp, text, published="2015-08-03"):
    """(mode, trigger) of every ASSAULT event of `text`."""
    return [(e.mode, e.trigger.text) for e in nlp(text, published=published).events if e.event == "ASSAULT"]


def test_a_hostage_taking_told_by_an_arrest_word_is_not_filtered(nlp):
    text = ("وأكدت النقابة أن الحوثيين يواصلون التضييق على الصحافيين في صنعاء.\n"
            "وكانت جماعة الحوثي المسلحة اعتقلت الصحافي في وكالة الأنباء اليمنية «سبأ» ومراسل صحيفة «الشرق الأوسط» "
            "حمدان الرحبي، ووجهت لهما تهمة كيدية بأنه المتسبب في نشر خبر لم يكتبه الرحبي أصلا.\n"
            "وطالبت النقابة بالإفراج عن جميع الصحافيين المختطفين.")
    assert ("abduct", "اعتقلت") in _assaults(nlp, text)


def test_an_abduction_and_torture_are_two_acts(nlp):
    text = "وقال شهود إن مسلحي التنظيم اعتقلوا عشرة مدنيين في القرية وعذبوهم قبل أن يطلقوا سراحهم."
    modes = [m for m, _ in _assaults(nlp, text)]
    assert "abduct" in modes and len(modes) == 2
