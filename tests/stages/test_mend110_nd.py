"""Mend of round 110 (n110, d110), from the reviewer's probes: «منذ قليل، أعلنت …» (a moment ago, fronted before a
comma) is the day of writing, no background; an official's own «التقينا» after a colon or a report verb is a meeting
he tells, no reporter's interview; «حتى الآن» after a toll of one attack («أن الانتحاري قتل حتى الآن 21 مصليا») is
that attack's updated toll, no campaign's total; «في هذه العمليات» (a near demonstrative) needs an attack read as no
one event before it, as any pointer does: only «تلك العمليات» names a campaign by itself."""

import pytest
from stage_coding import all_dated, kept_dates, kept_types

_DATE = "2015-07-22"

MOMENTS = [
    pytest.param("منذ قليل، أعلنت الشرطة اعتقال ثلاثة متهمين.", id="mundhu_qalil_before_a_comma"),
    pytest.param("ومنذ لحظات، أعلنت الوزارة اعتقال ثلاثة متهمين.", id="mundhu_lahazat_before_a_comma"),
]


@pytest.mark.parametrize("text", MOMENTS)
def test_a_moment_ago_is_the_day_of_writing(nlp, text):
    """«منذ قليل»، «منذ لحظات» fronted before a comma: a moment ago, the publication day, no background."""
    rows = kept_dates(nlp, text, "COERCE", _DATE)
    assert all_dated(rows, _DATE), rows


def test_an_envoy_quoted_saying_we_met_is_a_meeting(nlp):
    """«وقال المبعوث الدولي إسماعيل ولد الشيخ أحمد: التقينا بالأطراف اليمنية في جنيف»: the envoy's own words after a
    report verb and a colon, a meeting he tells, no writer's interview."""
    text = ("قال الكاتب إن المدينة تغيرت كثيرا. وقال المبعوث الدولي إسماعيل ولد الشيخ أحمد: التقينا بالأطراف اليمنية "
            "في جنيف. وأضاف أن المحادثات ستستمر.")
    assert ("CONSULT", "التقينا") in kept_types(nlp, text, _DATE), kept_types(nlp, text, _DATE)


def test_one_attacks_updated_toll_so_far_stays(nlp):
    """«وأوضح المتحدث أن الانتحاري قتل حتى الآن 21 مصليا داخل المسجد»: one bombing's toll updated, a killing told."""
    text = ("انفجرت سيارة مفخخة قرب مسجد في مدينة القطيف. وهرعت سيارات الإسعاف إلى المكان. وأوضح المتحدث أن "
            "الانتحاري قتل حتى الآن 21 مصليا داخل المسجد. وأغلقت الشرطة المنطقة.")
    assert ("ASSAULT", "قتل") in kept_types(nlp, text, _DATE), kept_types(nlp, text, _DATE)


def test_toll_in_these_operations_told_before_stays(nlp):
    """«شن الجيش العراقي عمليات عسكرية في الرمادي والفلوجة. … وقتل في هذه العمليات 20 مسلحا من داعش»: the toll
    of the operations told just before, kept (no attack of the sentence before read as no one event)."""
    text = ("شن الجيش العراقي عمليات عسكرية في الرمادي والفلوجة. وقال ضابط إن القوات تقدمت في عدة محاور. وقتل في "
            "هذه العمليات 20 مسلحا من داعش. وأكد الضابط استمرار التقدم.")
    assert ("ASSAULT", "قتل") in kept_types(nlp, text, _DATE), kept_types(nlp, text, _DATE)
