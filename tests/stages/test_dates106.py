"""Round 106 (dates106): dates the round-105 coder still got wrong on the judged dev slice 2015-07-22 #400–799.
A time in a second thing said, past «، وأن» (#474), dates that clause, not the acts of the first «أن» before it: they
came on that day at the latest; a year right after «بعد انتخابه» dates the election, not an act its own و opens after
it (#697); an attack in the genitive of a noun of aftermath («تعازيه في ضحايا هجوم انتحاري», #664) was done before the
day of the condolences; so was one its doer's noun names («منفّذ الهجوم», #530) and, past the lead, one a crime's noun
names («جريمة تفجير», #734)."""

import pytest
from stage_coding import all_dated, kept_dates, none_dated

_DATE = "2015-07-22"

_ADEN = ("وأكدت المصادر ان مليشيات الحوثي وصالح ارسلت تعزيزات كبيرة الى جبهة عدن عبر محافظتي البيضاء وأبين، لكن "
         "طيران التحالف العربي قصف تلك التعزيزات في مديرية لودر ومكيراس بمحافظة البيضاء، وأن المقاومة والجيش "
         "الوطني التابع للشرعية قضى على ما تبقى منها في مواجهات عنيفة احتدمت مساء الاثنين في منطقة العلم بساحل أبين.")

_BIDEN = ("قال البيت الأبيض إن نائب الرئيس الأمريكي جو بايدن أجرى اتصالا هاتفيا أمس مع رئيس الوزراء العراقي. "
          "وأضاف البيت الأبيض في بيان بخصوص المكالمة الهاتفية أن بايدن قدم تعازيه في ضحايا هجوم انتحاري بسيارة "
          "ملغومة قتل أكثر من 100 شخص في محافظة ديالى.")

# (text, type, the day all its events of that type are dated; None: before the publication day, no day of their own).
DAYS = [
    # «ارسلت تعزيزات …، وأن المقاومة … في مواجهات احتدمت مساء الاثنين»: the sending came before Monday's clash.
    pytest.param(_ADEN, "MOBILIZE", None, id="a_second_thing_said_keeps_its_day"),
    # «قدم تعازيه في ضحايا هجوم انتحاري»: the bombing was done before the condolences' day.
    pytest.param(_BIDEN, "ASSAULT", None, id="an_attack_whose_victims_are_mourned_is_background"),
    # «منفّذ الهجوم على السياح في سوسة» (#530): the attack of its doer was done before, not on the publication day.
    pytest.param("ليس من المستغرب أن يكون سيف الدين الرزوقي - منفّذ الهجوم على السياح في سوسة، تونس، - قد تلقى "
                 "تدريبه في معسكر في ليبيا.", "ASSAULT", None, id="the_attack_of_its_doer_is_background"),
]

# (text, type, a day none of its events of that type may take).
NOT_DAYS = [
    # «بعد انتخابه في 2005 و2010 وتنتقد هذه الانتخابات»: 2005 is the election's year.
    pytest.param("وتقاطع المعارضة الانتخابات لأنها تنكر على نكورونزيزي الحق في الترشح إلى ولاية جديدة بعد انتخابه في "
                 "2005 و2010 وتنتقد هذه \"الانتخابات المهزلة\" التي لم تنجح مطالبتها بإرجائها.", "ACCUSE",
                 "2005-01-01", id="a_year_after_an_earlier_acts_noun_is_that_acts"),
    pytest.param(_ADEN, "MOBILIZE", "2015-07-20", id="the_later_clauses_day_is_not_the_sendings"),
]


@pytest.mark.parametrize("text, kind, day", DAYS)
def test_events_take_the_day(nlp, text, kind, day):
    """The text codes events of `kind`, all dated `day`."""
    got = kept_dates(nlp, text, kind, _DATE)
    assert all_dated(got, day), got


@pytest.mark.parametrize("text, kind, day", NOT_DAYS)
def test_events_do_not_take_the_day(nlp, text, kind, day):
    """The text codes events of `kind`, none dated `day`."""
    got = kept_dates(nlp, text, kind, _DATE)
    assert none_dated(got, day), got


_DIYALA = ("أفادت مصادر أمنية عراقية أمس بمقتل 24 مدنيا وإصابة 37 آخرين في مدينة بعقوبة. وقالت المصادر إن عبوة ناسفة "
           "انفجرت في حي اليرموك الثانية غربي بعقوبة ما أدى إلى مقتل ستة مدنيين. إلى ذلك، شكلت رئاسة محكمة استئناف "
           "ديالى الاتحادية، هيئة قضائية رفيعة المستوى للتحقيق في جريمة تفجير خان بني سعد، مشيرة إلى اعتراف احدهم "
           "بتورطه في إدخال السيارة المفخخة نتيجة تعرضه للتهديد بالتصفية.")


def test_a_crime_named_past_the_lead_is_background(nlp):
    """«للتحقيق في جريمة تفجير خان بني سعد» (#734), past a lead dated yesterday: the bombing was done before the
    publication day; the lead's day is not its own."""
    got = [row for row in kept_dates(nlp, _DIYALA, "ASSAULT", _DATE) if row[0] == "تفجير"]
    assert got and all(d is None and s == "before_published" for _, d, _, s in got), got
