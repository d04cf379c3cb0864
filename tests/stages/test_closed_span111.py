"""A day told with منذ and closed by «حتى» right after it is the first day of the story's span, not when what goes on
began (anchors `_Background.onset_at`): a rights group's report of the killings «منذ 17 يوليو (تموز) حتى 19 منه»
dates the killings it counts to that span's first day, as before round 109's منذ rules; a bare onset («منذ مساء
الثلاثاء») still dates no act of the story."""

import pytest

_REPORT = ("نشرت الشبكة السورية لحقوق الإنسان تقريرا وثقت فيه حصيلة الضحايا خلال أيام العيد منذ 17 يوليو (تموز) حتى "
           "19 منه، حيث بلغ عدد الضحايا 157 شخصا.\nووفق التقرير فإن القوات الحكومية قتلت 143 شخصا.")


def test_a_closed_span_dates_the_acts_it_counts(nlp):
    """«منذ 17 يوليو (تموز) حتى 19 منه» then «قتلت 143 شخصا»: the killing is dated 2015-07-17, not the publication day."""
    a = nlp(_REPORT, published="2015-07-21")
    dates = [e.to_dict()["date"] for e in a.events if e.event == "ASSAULT"]
    assert dates == ["2015-07-17"], dates


_ONSET = "تدور معارك عنيفة منذ مساء الثلاثاء في عدن.\nوقتل خمسة جنود في الاشتباكات."


def test_an_open_onset_still_dates_no_act(nlp):
    """«منذ مساء الثلاثاء» with no «حتى»: the fighting began then; the soldiers' death is not given Tuesday."""
    a = nlp(_ONSET, published="2015-07-21")
    dates = [e.to_dict()["date"] for e in a.events if e.event == "ASSAULT"]
    assert dates and "2015-07-14" not in dates and "2015-07-21" in dates, dates
