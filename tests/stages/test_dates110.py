"""Round 110 (dates110): dates the round-109 coder got wrong on the judged slice 2015-07-22 #800–1599.
«وأذكر أن البعض انتقدني خلال معارض أقمتها في مدينتي أربيل والسليمانية» (#1378), «ثم يفاخر بأنه زار والد عماد
مغنية» (#1383): an act told by a verb of the past right after a verb of remembering or boasting and its أن is a
memory, done before the publication day (time_words recollect), not an act of that day. «انه "منذ الحرب التي انتهت
قبل 70 عاما، طلب اسرى الحرب …» (#1201): a منذ phrase fronted before a comma opens the clause of the act after it,
what has gone on since (background). «أصيبوا في الهجوم الذي وقع ليل الجمعة في سوق ببلدة بني سعد، وتعهد رئيس الوزراء»
(#906), «الشاب الأميركي الذي قتل خمسة جنود … الخميس قبل أن ترديه الشرطة، أن ابنها كان مصابا بالاكتئاب، ودانت» (#982):
the day of a relative clause before a comma is that clause's act's, not the act joined after the comma."""

import pytest
from stage_coding import all_dated, kept_dates, none_dated

_DATE = "2015-07-22"

# (text, type, the day all its events of that type are dated; None: before the publication day, no day of their own).
DAYS = [
    pytest.param("وتقول \"أنا جزء من الشارع، وأذكر أن البعض انتقدني خلال معارض أقمتها في مدينتي أربيل والسليمانية، "
                 "على خلفية إعطاء لقاء صحفي لأحد القنوات المعارضة للنظام بعد الاحتلال\".", "ACCUSE", None,
                 id="a_criticism_remembered_was_before"),
    pytest.param("ومع ذلك، دشتي لا يجد حرجاً في الافتخار بأنه نال شرف اللقاء بالبطل \"بشار الأسد\"، ثم يفاخر بأنه "
                 "زار والد عماد مغنية القيادي في حزب الله.", "CONSULT", None, id="a_visit_boasted_of_was_before"),
    pytest.param("وقال مورفي خلال احتفال في لوس انجليس انه \"منذ الحرب التي انتهت قبل 70 عاما، طلب اسرى الحرب الذين "
                 "عملوا في هذه الشركات اليابانية امرا غاية في البساطة\".", "REQUEST", None,
                 id="a_mundhu_phrase_fronted_before_a_comma_tells_what_went_on_since"),
]

# (text, type, trigger, the day its event must not take: the relative clause's before the comma).
NOT_DAYS = [
    pytest.param("وقال محافظ ديالى مثنى التميمي لوكالة أنباء المدى إن نحو 130 شخصا أصيبوا في الهجوم الذي وقع ليل الجمعة "
                 "في سوق ببلدة بني سعد 35 كيلومترا شمال شرقي بغداد، وتعهد رئيس الوزراء حيدر العبادي بملاحقة مرتكبي "
                 "الهجوم.", "AGREE", "تعهد", "2015-07-17", id="a_vow_joined_past_the_attacks_relative_clause"),
    pytest.param("أعلنت عائلة محمد يوسف عبدالعزيز الشاب الأميركي الذي قتل خمسة جنود في هجوم مسلح استهدف مركزين "
                 "عسكريين في تشاتانوغا بولاية تينيسي الخميس قبل أن ترديه الشرطة، أن ابنها كان مصابا بالاكتئاب، ودانت "
                 "\"العمل العنيف الشائن\" الذي قام به.", "ACCUSE", "دانت", "2015-07-16",
                 id="a_condemnation_joined_past_the_shooters_relative_clause"),
]


@pytest.mark.parametrize("text, kind, day", DAYS)
def test_events_take_the_day(nlp, text, kind, day):
    """The text codes events of `kind`, all dated `day`."""
    got = kept_dates(nlp, text, kind, _DATE)
    assert all_dated(got, day), got


@pytest.mark.parametrize("text, kind, word, day", NOT_DAYS)
def test_joined_acts_keep_no_day_of_the_relative_clause(nlp, text, kind, word, day):
    """The event of `kind` told by `word` is not dated `day`."""
    got = [row for row in kept_dates(nlp, text, kind, _DATE) if row[0] == word]
    assert none_dated(got, day), got

