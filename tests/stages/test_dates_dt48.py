"""Round 48 (dt48): dates the base coder got wrong on the judged international pages of 2015-08-06 #0–499.
A time after a participle that qualifies a noun («العقد الموقع عام 2011»، «الحرب الدائرة منذ نهاية 2013»،
«الانتخابات المقرر إجراؤها في السادس من ديسمبر») dates that noun, not an act told before it (#173, #891, #1041); an
act named after the بعد of «ويأتي ذلك بعد» was done before (#231); a clause opened by «، لكن» after a clause an old year
dates answers that old act, back then (#497, #563); a month after «إثر» and a verbal noun in construct («إثر حرق
التنظيم … في ديسمبر الماضي») dates that noun, not the attack told before it (#134); a time in a relative clause set
apart after a name gives way to the main clause's own («أن الرئيس البشير، الذي يشارك في حفل الافتتاح … الخميس، أصدر
قراره … مساء الأربعاء», #110); «لم تشهد لها البلاد مثيلا منذ نحو عقدين» measures how long since the like (#94); and
what «كرد فعل على» names came before the answer's day (#860); talks called current («المفاوضات الحالية») go on now, a
deadline later in their sentence is not their day (#806, #1106)."""

import pytest
from stage_coding import all_dated, kept_dates, none_dated

_DATE = "2015-08-06"

_VENEZUELA = ("دعت الولايات المتحدة فنزويلا إلى إلغاء حظر على تولي أعضاء المعارضة المناصب العامة والمشاركة في "
              "الانتخابات البرلمانية المقرر إجراؤها في السادس من ديسمبر.")

_JUBA = ("نفى جيش جنوب السودان ما أعلنه المتمردون عن أن حكومة جوبا تفرض عليهم حصارا وتمنع وصول المساعدات قبل "
         "محادثات السلام لإنهاء الحرب الأهلية الدائرة منذ نهاية 2013.")

_GREECE = ("قالت المفوضية الأوروبية أمس إن المفاوضات مع اليونان حول برنامج الإنقاذ الجديد تسير بشكل جيد. "
           "ويأتي ذلك بعد موافقة مجلس النواب اليوناني على الشروط الصارمة الجديدة التي وضعها الدائنون الدوليون.")

_SHABAK = ("وقد حاول الشاباك طلب اعتقال أتينغر إداريا قبل نحو سنة، لكن النائب العام للدولة شاي نيتسان رفض ذلك.")

_PAINTING = ("وكشفت الصحيفة أنها ليست الحادثة الأولى لتهريب اللوحة فقد سبقتها محاولة في عام 2012 لنقلها إلى العاصمة "
             "البريطانية لندن، لكن وزير الثقافة الإسباني اعترض على ذلك.")

_PILOT = ("يأتي الهجوم التركي كأحدث الأمثلة الحية على تلك الدينامية، وقد رأينا ردة الفعل الأردني الغاضب إثر حرق "
          "التنظيم المتطرف للطيار الأردني حيا في ديسمبر الماضي.")

_BASHIR = ("ونقلت قناة النيل الرسمية عن وكالة أنباء الشرق الأوسط أن الرئيس البشير، الذي يشارك في حفل الافتتاح الرسمي "
           "لقناة السويس الخميس، أصدر قراره بالعفو الرئاسي عن الصيادين المصريين مساء الأربعاء، قبل قليل من مغادرته "
           "الخرطوم قادماً إلى القاهرة.")

_YEMEN = ("وتعرض الصحفيون للتهديد والخطف والضرب، كما تم حجب معظم المواقع الإلكترونية في عملية قمع لم تشهد لها البلاد "
          "مثيلا منذ نحو عقدين.")

_RUSSIA = ("يذكر أن روسيا فرضت حظر الاستيراد على المنتجات الزراعية من الغرب في السادس من شهر أغسطس الماضي كرد فعل على "
           "العقوبات الاقتصادية التي فرضها الاتحاد الأوروبي والولايات المتحدة الأميركية ضدها.")

# (text, type, the day all its events of that type are dated; None: before the publication day, no day of their own).
DAYS = [
    # «الذي يشارك … الخميس، أصدر قراره … مساء الأربعاء»: the pardon is Wednesday evening's.
    pytest.param(_BASHIR, "CONCEDE", "2015-08-05", id="the_main_clause_keeps_its_own_time_past_an_aside"),
    # «ويأتي ذلك بعد موافقة مجلس النواب»: the vote came before the news it is told with.
    pytest.param(_GREECE, "AGREE", None, id="what_the_news_comes_after_is_background"),
    # «… قبل نحو سنة، لكن النائب العام رفض ذلك»: the refusal answered the year-old request, back then.
    pytest.param(_SHABAK, "REJECT", None, id="a_refusal_after_lakin_answers_the_old_act"),
    pytest.param(_PAINTING, "REJECT", None, id="an_objection_after_lakin_answers_the_old_act"),
]

# (text, type, a day none of its events of that type may take).
NOT_DAYS = [
    # «الانتخابات البرلمانية المقرر إجراؤها في السادس من ديسمبر»: the election's day, not the call's.
    pytest.param(_VENEZUELA, "REQUEST", "2014-12-06", id="a_scheduled_nouns_day_is_not_the_calls"),
    # «الحرب الأهلية الدائرة منذ نهاية 2013»: when the war began, not the siege.
    pytest.param(_JUBA, "COERCE", "2013-01-01", id="a_going_on_nouns_year_is_not_the_sieges"),
    # «الاتفاق النووي المبرم في 14 يوليو الماضي»: the deal's day, not the criticism's.
    pytest.param("انتقد رئيس الوزراء الإسرائيلي الاتفاق النووي المبرم في 14 يوليو الماضي.", "ACCUSE", "2015-07-14",
                 id="a_concluded_deals_day_is_not_the_criticisms"),
    # «لم تشهد لها البلاد مثيلا منذ نحو عقدين»: how long since the like, not when the sites were blocked.
    pytest.param(_YEMEN, "COERCE", "1995-01-01", id="the_like_since_is_no_date"),
    # «وفي حال فشلت المفاوضات الحالية … بحلول 23 أغسطس»: the talks go on now; the deadline is their failure's.
    pytest.param("وفي حال فشلت المفاوضات الحالية بين حزب العدالة والتنمية وحزب الشعب الجمهوري بحلول 23 أغسطس (آب)، وهو "
                 "ما يتوقعه المراقبون، يمكن لرئيس الجمهورية أن يدعو إلى انتخابات جديدة.", "CONSULT", "2015-08-23",
                 id="current_talks_are_not_dated_by_a_deadline"),
    # «إثر حرق التنظيم … في ديسمبر الماضي»: the burning's month, not the Turkish attack's.
    pytest.param(_PILOT, "ASSAULT", "2014-12-01", id="a_month_after_ithr_and_a_construct_is_that_acts"),
]

# (text, type, the day its events of that type keep): what the rules leave alone.
KEPT = [
    # an act to come may come at the scheduled noun's time: «إذا صوتت لصالح الانسحاب … خلال الاستفتاء المقرر إجراؤه
    # منتصف 2016»
    pytest.param("ويعد مديرو الصناديق خططا لنقل أرصدتهم إلى خارج بريطانيا إذا صوتت لصالح الانسحاب من الاتحاد الأوروبي "
                 "خلال الاستفتاء المقرر إجراؤه منتصف 2016.", "RETREAT", "2016-01-01",
                 id="an_act_to_come_keeps_the_scheduled_time"),
    # «الموقع» with a definite adjective after it is the site, not "signed": the shelling keeps its own time
    pytest.param("قصفت المدفعية الثقيلة الموقع العسكري أمس في ريف حلب.", "ASSAULT", "2015-08-05",
                 id="the_site_with_its_adjective_is_no_participle"),
    pytest.param("هاجم مسلحون الحاجز الأمني ثم قصفت المدفعية الثقيلة الموقع العسكري أمس.", "ASSAULT", "2015-08-05",
                 id="both_attacks_keep_their_time_past_the_site"),
    # a current negotiation told with its own day, no deadline: the day is the act's
    pytest.param("وتوقفت المفاوضات الحالية بين الحكومة والمتمردين أمس في جنيف.", "CONSULT", "2015-08-05",
                 id="a_current_noun_keeps_a_day_that_is_no_deadline"),
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


@pytest.mark.parametrize("text, kind, day", KEPT)
def test_events_keep_the_day(nlp, text, kind, day):
    """The text codes events of `kind`, all dated `day`, as before these rules."""
    got = kept_dates(nlp, text, kind, _DATE)
    assert all_dated(got, day), got


def test_what_a_reaction_answers_came_before(nlp):
    """«فرضت روسيا حظر الاستيراد في السادس من أغسطس الماضي كرد فعل على العقوبات»: the sanctions answered came before
    that day; the ban is of it."""
    got = kept_dates(nlp, _RUSSIA, "SANCTION", _DATE)
    sanctions = [row for row in got if row[0].startswith("العقوبات")]
    assert sanctions and all(d is None and end == "2014-08-06" for _, d, end, _ in sanctions), got
    assert any(d == "2014-08-06" for t, d, _, _ in got if not t.startswith("العقوبات")), got
