"""Round 112 mends (mend112_d) of the dates rules of d111/d112, on the reviewers' probes. A pluperfect aside («وكان
المستوطنون قد اقتحموا المسجد في مايو الماضي») turns the story to no past: the next verb of the past goes back to the
lead's day (anchors `_recalled_days`). A year that names an old event as an epithet of a party («أحد شباب ثورة
2011») dates no act of the clause, only one set in that event («في انتفاضة 2011»: anchors `_epithet_year`; kept by test_dates_d111.py)."""

import pytest
from stage_coding import all_dated, kept_dates, none_dated

_ASIDE = ("اقتحم مستوطنون المسجد الأقصى أمس. وكان المستوطنون قد اقتحموا المسجد في مايو الماضي. "
          "واعتقلت الشرطة خمسة فلسطينيين.")


def test_a_verb_after_a_pluperfect_aside_goes_back_to_the_lead_day(nlp):
    """«واعتقلت الشرطة خمسة فلسطينيين» after «وكان المستوطنون قد اقتحموا المسجد في مايو الماضي»: the arrest is of
    the lead's day, yesterday, not «on or before publication»; the aside keeps its May."""
    rows = [r for r in kept_dates(nlp, _ASIDE, "COERCE", "2015-07-22") if r[0] == "اعتقلت"]
    assert all_dated(rows, "2015-07-21"), rows
    aside = [e.date for e in nlp(_ASIDE, published="2015-07-22").events if e.trigger.text == "اقتحموا"]
    assert aside == ["2015-05-01"], aside


@pytest.mark.parametrize("text", [
    pytest.param("وقال أحد شباب ثورة 2011 إن قوات الأمن اعتقلت شقيقه في صنعاء.", id="an_epithet_in_the_frame"),
    pytest.param("اعتقلت الشرطة المصرية أمس عشرة متظاهرين في القاهرة. وقال ناشط من شباب ثورة 2011 إن الأمن اعتقل "
                 "زملاءه.", id="an_epithet_after_a_dated_lead"),
])
def test_a_year_naming_an_old_event_as_an_epithet_dates_no_act(nlp, text):
    """«أحد شباب ثورة 2011»: the revolution names the young men; the arrest they tell of is not of 2011."""
    rows = [r for r in kept_dates(nlp, text, "COERCE", "2015-07-20") if r[0].startswith("اعتقل")]
    assert none_dated(rows, "2011-01-01"), rows

