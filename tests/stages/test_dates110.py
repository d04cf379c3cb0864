"""Round 110 (dates110): dates the round-109 coder got wrong on the judged slice 2015-07-22 #800–1599.
«وأذكر أن البعض انتقدني خلال معارض أقمتها في مدينتي أربيل والسليمانية» (#1378), «ثم يفاخر بأنه زار والد عماد
مغنية» (#1383): an act told by a verb of the past right after a verb of remembering or boasting and its أن is a
memory, done before the publication day (time_words recollect), not an act of that day. «انه "منذ الحرب التي انتهت
قبل 70 عاما، طلب اسرى الحرب …» (#1201): a منذ phrase fronted before a comma opens the clause of the act after it,
what has gone on since (background). «أصيبوا في الهجوم الذي وقع ليل الجمعة في سوق ببلدة بني سعد، وتعهد رئيس الوزراء»
(#906), «الشاب الأميركي الذي قتل خمسة جنود … الخميس قبل أن ترديه الشرطة، أن ابنها كان مصابا بالاكتئاب، ودانت» (#982):
the day of a relative clause before a comma is that clause's act's, not the act joined after the comma. «ويذكر هذا
الحادث بحادث مماثل وقع في مارس 2014 في ولاية لوغار نفسها. وقد قتل آنذاك خمسة جنود افغان» (#1182): an act told with
آنذاك (time_words then) takes the last time of the sentence before."""

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



_LOGAR = ("قتل عشرة جنود أفغان على الأقل صباح أمس في غارة أميركية على حاجز للجيش في ولاية لوغار جنوب كابول. ويذكر هذا "
          "الحادث بحادث مماثل وقع في مارس 2014 في ولاية لوغار نفسها. وقد قتل آنذاك خمسة جنود افغان واصيب ثمانية آخرون "
          "بصاروخ اطلقته قوة ايساف التابعة للحلف الاطلسي التي انهت في ديسمبر الماضي مهمتها القتالية في افغانستان.")


def test_an_act_told_with_then_takes_the_time_of_the_sentence_before(nlp):
    """The killing told with آنذاك is dated March 2014, the month the sentence before names."""
    got = [row for row in kept_dates(nlp, _LOGAR, "ASSAULT", _DATE) if row[1] != "2015-07-21"]
    assert got and all(d == "2014-03-01" and end == "2014-03-31" for _, d, end, _ in got), got
