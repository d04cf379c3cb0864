"""Round 99 (dates99): dates the round-98 coder still got wrong on the judged dev slice 2015-07-31 #0–479.
A story written a day before its record whose lead says «وقال المسؤولون، أمس الاثنين، إن» (#395): its undated
events took the writing day (Tuesday), the day the statement names (Monday) is theirs; «اليوم أن العملية التي تمت
الليلة الماضية» (#234): the publication day before what a statement says is the statement's, the lead's arrest is of
last night; a season gone by closing the act's long clause («طلب … خلال فصل الربيع الماضي», #255) tells it as
background; a verb joined by و past a comma to «كان + imperfect» («كان يستغل …، ويهددها», #6) is a past habit;
a count of days before a feast («قبل يومين من حلول عيد الفطر», #403) counts back from the feast's day."""

import pytest
from stage_coding import all_dated, kept_dates

_DATE = "2015-07-31"

_LEAD = ("أعلن مسؤولون أميركيون أن الولايات المتحدة وتركيا اتفقتا على تأسيس «منطقة آمنة» داخل الأراضي السورية. "
         "وقال المسؤولون لصحيفة «واشنطن بوست»، أمس الاثنين، إن الاتفاق سيزيد من سرعة مواجهة داعش.")

_TUNIS = ("ألقت وحدات الحرس التونسي القبض على عنصرين إرهابيين في سيدي بوزيد والمنستير مطلوبان من قبل الوحدة "
          "الوطنية لمكافحة الإرهاب. وذكرت وزارة الداخلية التونسية في بيان لها اليوم أن العملية التي تمت الليلة "
          "الماضية جاءت في إطار الأبحاث المتعلقة بالخليتين الإرهابيتين.")

# (text, type, the day all its events of that type are dated; None: before the publication day, no day of their own).
DAYS = [
    # «اتفقتا» with no day of its own, the lead's «وقال المسؤولون … أمس الاثنين»: Monday 2015-07-27, not the writing
    # day 07-28.
    pytest.param(_LEAD, "AGREE", "2015-07-27", id="undated_lead_event_takes_the_day_the_statement_names"),
    # «اليوم الخميس» in a Friday record: the writing day and the named day are one, Thursday.
    pytest.param("أعلن مسؤولون أن الولايات المتحدة وتركيا اتفقتا على تأسيس منطقة آمنة. "
                 "وقال المسؤولون اليوم الخميس إن الاتفاق سيزيد من سرعة مواجهة داعش.", "AGREE", "2015-07-30",
                 id="today_with_a_weekday_still_dates_by_the_writing_day"),
    # «في بيان لها اليوم أن العملية التي تمت الليلة الماضية» (#234): the arrest of the lead is of last night.
    pytest.param(_TUNIS, "COERCE", "2015-07-30", id="the_statements_day_gives_way_to_the_day_of_what_it_tells"),
    # «طلب من وزير الخارجية الإيراني بوقف السفينة المتوجهة إلى اليمن خلال فصل الربيع الماضي» (#255): before the
    # publication day, not on it.
    pytest.param("وتعبيرا عن حسن نية ظريف، قال كيري كيف أنه طلب من وزير الخارجية الإيراني بوقف السفينة المتوجهة إلى "
                 "اليمن خلال فصل الربيع الماضي.", "REQUEST", None,
                 id="a_season_gone_by_closing_the_clause_tells_background"),
    # «كان يستغل خروج والدتها وإخوتها من المنزل، ويهددها بالضرب» (#6): a habit of the past, not of the day.
    pytest.param("وتعود تفاصيل القضية إلى تقديم فتاة عشرينية بلاغاً للشرطة يفيد بأن والدها ظل يغتصبها طيلة 5 سنوات، "
                 "لافتة إلى أنه كان يستغل خروج والدتها وإخوتها من المنزل، ويهددها بالضرب إذا أبلغت أحد أفراد "
                 "أسرتها.", "THREATEN", None, id="a_verb_joined_to_a_past_habit_is_background"),
    # «ونشرت بيانا له قبل يومين من حلول عيد الفطر المبارك … وأيّد جولة المفاوضات» (#403): Eid al-Fitr 1436 fell on
    # 2015-07-17, the statement on 2015-07-15.
    pytest.param("كما وصفت طالبان آنذاك خبر اغتيال زعيمها بالكاذب، ونشرت بيانا له قبل يومين من حلول عيد الفطر "
                 "المبارك هنأ فيه الشعب الأفغاني، وأيّد جولة المفاوضات المباشرة مع الحكومة الأفغانية.", "SUPPORT",
                 "2015-07-15", id="a_count_before_a_feast_counts_from_the_feast"),
]


@pytest.mark.parametrize("text, kind, day", DAYS)
def test_events_take_the_day(nlp, text, kind, day):
    """The text codes events of `kind`, all dated `day`."""
    got = kept_dates(nlp, text, kind, _DATE)
    assert all_dated(got, day), got
