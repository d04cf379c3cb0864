"""Acts to come have no date of the day they were told on (tools/judged/dates.tsv, the 43rd stop): an act flagged
future or hypothetical, not negated, whose sentence gives no time of its own gets no `date` and no `enddate`, and
`date_source` "after_published" («ومن المقرر أن يزور أوبراين …»، «وقال مكتب كاميرون إن بريطانيا ستمول …»); an act to
come with its own time keeps it («سيزور موسكو هذا الشهر»), and a done act, or a refusal told in the future («لن
ترسل»), keeps the publication date."""

import pytest
from stage_coding import kept_dates

_DATE = "2015-07-23"

# (text, type): every kept event of that type is undated, after publication.
TO_COME = [
    # judged «after» (2015-07-23): the visit is planned, not made on the publication day
    pytest.param("ومن المقرر أن يزور أوبراين قاعدة الامم المتحدة في بنتيو عاصمة ولاية الوحدة الشمالية، حيث يتجمع أكثر "
                 "من 100 ألف مدني داخل مخيم في المدينة المدمرة.", "CONSULT", id="a_planned_visit"),
    # judged «after» (2015-08-03): what Britain will fund
    pytest.param("وقال مكتب كاميرون إن بريطانيا ستمول زيادة كبيرة في عدد أفراد الحراسة الخاصة الذين يراقبون المدخل "
                 "الفرنسي لنفق السكك الحديدية الذي يمر تحت البحر.", "AID", id="a_future_verb_in_what_is_said"),
    # judged «after» (2015-07-22): a conditional resignation
    pytest.param("وذكرت صحيفة «افغي» القريبة من حزب رئيس الوزراء سيريزا (يسار راديكالي) أن تسيبراس يريد أن يجعل من هذا "
                 "التصويت الجديد «اختبارا» على أن يستقيل في حال ازدادت الأصوات المعارضة.", "RETREAT",
                 id="a_conditional_act"),
]


@pytest.mark.parametrize("text,kind", TO_COME)
def test_an_act_to_come_with_no_time_of_its_own_is_undated(nlp, text, kind):
    got = kept_dates(nlp, text, kind, _DATE)
    assert got, f"no {kind} kept"
    assert all((date, end, src) == (None, None, "after_published") for _, date, end, src in got), got


def test_an_act_to_come_keeps_its_own_time(nlp):
    got = kept_dates(nlp, "وقال المتحدث إن الرئيس سيزور موسكو هذا الشهر لبحث الأزمة السورية.", "CONSULT", "2015-08-08")
    assert got and all(src == "text" and date == "2015-08-08" and end == "2015-08-31" for _, date, end, src in got), got


def test_a_done_act_and_a_refusal_told_in_the_future_keep_the_publication_day(nlp):
    done = kept_dates(nlp, "وزار أوبراين قاعدة الامم المتحدة في بنتيو عاصمة ولاية الوحدة الشمالية.", "CONSULT", _DATE)
    assert done and all((date, src) == (_DATE, "published") for _, date, _, src in done), done
    refused = [(t, d, e, s) for t, d, e, s in kept_dates(
        nlp, "وقال رئيس الوزراء التركي في مؤتمر صحافي إن بلاده لن ترسل قوات برية الى سوريا.", "MOBILIZE", _DATE)]
    assert refused and all((date, src) == (_DATE, "published") for _, date, _, src in refused), refused
