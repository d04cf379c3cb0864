"""Round 96 (dates96): an opening «وكان» reaches its verbs past a relative clause set apart by two commas after its
subject («وكان رئيس الحكومة الفرنسي مانويل فالس، الذي قام بزيارة …، التقى …، ودعا», 2015-07-27 #99): the call is
background, before the publication day; a sentence with no event and several days that a verb of saying opens gives
the next sentence the day told in its frame, before the content's إن or colon («وقالت السفارة السعودية في بيان أمس:
إن الطفلة تعرضت … أول من أمس» … «وأضاف البيان أن السفارة … نسقت … وطلبت», 2015-07-27 #884): the statement's day,
not the publication day; an event noun a relative clause of lasting with a span describes («فشل المفاوضات بين
الطرفين الأمريكي والتركي التي دامت عدة أشهر», 2015-07-27 #592) is background, before the publication day."""

import pytest
from stage_coding import kept_dates, none_dated

_DATE = "2015-07-27"

_VALLS = ("احتج آلاف المزارعين الفرنسيين أمس على انهيار أسعار الحليب. وكان رئيس الحكومة الفرنسي مانويل فالس، الذي "
          "قام بزيارة إلى منطقة بوردو في الجنوب الغربي، التقى بممثلين عن نقابة المزارعين، ودعا لعدم تعطيل الاقتصاد "
          "الفرنسي.")

_EMBASSY = ("أصابت رصاصة طائشة الطفلة السعودية زينب الباد البالغة أربعة أعوام، وذلك أثناء لهوها في حديقة الفندق الذي "
            "تقيم فيه مع أسرتها لقضاء عطلة العيد في منطقة مسندم بسلطنة عمان. وقالت السفارة السعودية في بيان أمس: إن "
            "الطفلة تعرضت بالخطأ لإطلاق نار أثناء لهوها في حديقة الفندق الذي تقيم فيه مع والدها بمنطقة مسندم أول من "
            "أمس. وأضاف البيان أن السفارة باشرت الحادث على الفور ونسقت مع السلطات العمانية المتخصصة وطلبت معرفة "
            "ملابسات الواقعة والاطمئنان على حالة الطفلة.")

_TALKS = ("واستطرد دي لوس: إن القرار التركي يستمد أهميته من فشل المفاوضات بين الطرفين الأمريكي والتركي التي دامت عدة "
          "أشهر من أجل السماح للطائرات الأمريكية باستخدام هذه القاعدة.")

# (text, type, a (trigger, date, enddate, date source) of an event of that type it codes).
ROWS = [
    # «وكان … فالس، الذي قام بزيارة …، التقى …، ودعا»: the call was made before; not dated to the publication day.
    pytest.param(_VALLS, "REQUEST", ("دعا", None, "2015-07-27", "before_published"),
                 id="opening_kana_reaches_past_a_relative_aside"),
    # «وقالت السفارة … في بيان أمس: إن …» … «وأضاف البيان أن السفارة نسقت»: the statement's day, 07-26.
    pytest.param(_EMBASSY, "COOPERATE", ("نسقت", "2015-07-26", None, "story"),
                 id="statement_day_in_the_frame_dates_the_next_sentence"),
    # «… وطلبت معرفة ملابسات الواقعة»: asked the day of the statement, not the publication day.
    pytest.param(_EMBASSY, "REQUEST", ("طلبت", "2015-07-26", None, "story"),
                 id="statement_day_in_the_frame_dates_the_request"),
    # «فشل المفاوضات … التي دامت عدة أشهر»: talks that lasted months are background, not of the publication day.
    pytest.param(_TALKS, "CONSULT", ("المفاوضات", None, "2015-07-27", "before_published"),
                 id="talks_that_lasted_months_ended_before_the_day"),
]

# (text, type): none of its events of that type is dated the publication day.
NOT_OF_THE_DAY = [
    pytest.param(_VALLS, "REQUEST", id="call_past_a_relative_aside"),
    pytest.param(_EMBASSY, "COOPERATE", id="coordination_of_the_statements_day"),
    pytest.param(_TALKS, "CONSULT", id="talks_that_lasted_months"),
]


@pytest.mark.parametrize("text, kind, row", ROWS)
def test_event_takes_its_date(nlp, text, kind, row):
    """The text codes the event `row` of `kind`."""
    got = kept_dates(nlp, text, kind, _DATE)
    assert row in got, got


@pytest.mark.parametrize("text, kind", NOT_OF_THE_DAY)
def test_event_is_not_of_the_publication_day(nlp, text, kind):
    """The text codes events of `kind`, none of the publication day."""
    got = kept_dates(nlp, text, kind, _DATE)
    assert none_dated(got, _DATE), got
