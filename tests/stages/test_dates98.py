"""Round 98 (dates98): dates the base coder took from another clause, from the judged dev slice 2015-07-31 #0–479.
A count of days before an event's start or coming («قبل يومين من حلول عيد الفطر»، «قبل ثلاثة أيام من إعادة انتخاب
بلاتر», #403, #438) is reckoned from that event, not from the writer's day; a time after منذ right after a
superlative («وهو الأسوأ منذ مارس 2014», #172; «في أعنف حملة ضدهم منذ أربع سنوات», #395) measures how long since
the like and dates nothing; a year inside what another statement of the sentence says («وقالت الشرطة أيضا إنه سجن
… قبل عشر سنوات», #16; «شارك … في 2011، …، مؤكدًا أن … صدر بحقهما حكم», #230) is that statement's; a time inside a
quote gives way to one outside it for an act outside it («صدر الأربعاء أن «أرضية المباحثات اليوم …»، ودعت», #285);
«من المؤمل أن يزور … يوم الاحد» (#262) is a visit still to come, the coming Sunday; an act told «وهو على فراش الموت»
(#279) is background; a season with الماضي or المقبل is a vague time (#255, #262)."""

import pytest
from stage_coding import kept_dates, none_dated

_DATE = "2015-07-31"


def _day_of(nlp, text):
    """The value of the time expression of `text` that starts with «قبل» (None when it has no value)."""
    times = [t for t in nlp(text, published=_DATE).times if t.text.startswith("قبل")]
    assert times, "no time expression read"
    return times[0].value


# (text, the value of its time expression that starts with «قبل»).
DAYS_BEFORE = [
    # «قبل يومين من حلول عيد الفطر» (#403): two days before Eid, not 2015-07-29 (round 99: Eid al-Fitr 1436 fell on
    # 2015-07-17, so 2015-07-15).
    pytest.param("ونشرت طالبان بيانا له قبل يومين من حلول عيد الفطر المبارك هنأ فيه الشعب الأفغاني.", "2015-07-15",
                 id="count_before_the_coming_of_a_feast_is_no_day_of_the_writer"),
    # «قبل يومين من بدء جولة ثانية من المحادثات» (#407): not 2015-07-29.
    pytest.param("وتزايدت الشائعات حول وفاته قبل يومين من بدء جولة ثانية من المحادثات المقررة بين كابول وحركة "
                 "طالبان.", None, id="count_before_the_start_of_a_round_is_no_day_of_the_writer"),
    # «وصل قبل يومين من الرياض»: from a place; two days before the writer's day.
    pytest.param("وصل الوزير قبل يومين من الرياض.", "2015-07-29",
                 id="count_before_a_place_still_counts_from_the_writer"),
]


@pytest.mark.parametrize("text, value", DAYS_BEFORE)
def test_count_of_days_before(nlp, text, value):
    """The time expression «قبل …» of the text has the value given."""
    assert _day_of(nlp, text) == value


_FIFA = ("ويمر الاتحاد الدولي بالأزمة الأكثر خطورة في تاريخه منذ اعتقال 7 أعضاء في لجنته التنفيذية في 27 مايو الماضي "
         "في زيوريخ قبل ثلاثة أيام من إعادة انتخاب بلاتر لولاية خامسة، ووجهت السلطات الأميركية اتهامات لتسعة من "
         "مسؤولي اللعبة.")

_SITRA = ("أعلنت وزارة الداخلية البحرينية توقيف عدد من المشتبه بهم في تفجير قرية سترة الذي وقع يوم الثلاثاء. "
          "يذكر أن التفجير وقع أمام مدرسة للفتيات في قرية سترة، وهو الأسوأ منذ مارس 2014.")

_STABBING = ("قالت الشرطة إن يهوديا متشددا طعن ستة مشاركين في مسيرة سنوية للمثليين في القدس وأصابهم بجروح بينهم اثنان "
             "في حالة خطيرة وقالت الشرطة أيضا إنه سجن لإدانته في هجوم مماثل قبل عشر سنوات.")

_BROTHERS = ("وقال مصدر بحريني، إن موقوفًا يدعى مهدي صباح عبد المحسن، شارك في العمل السياسي خلال أحداث دوار مجلس التعاون "
             "«اللؤلؤة» في 2011، ثم انتقل إلى العمل الثوري، مؤكدًا أن اثنين من أشقاء الموقوف، وهما حسن وعلي، صدر "
             "بحقهما حكم بالسجن المؤبد في قضايا إرهابية.")

_KABUL = ("وأكّد بيان من الرئاسة الأفغانية صدر الأربعاء أن «أرضية المباحثات اليوم مؤهلة أكثر من أي وقت مضى»، ودعت جميع "
          "المتمردين إلى الانضمام إلى عملية السلام.")

_LITVINENKO = ("قالت أرملة العميل السابق ألكسندر ليتفينينكو إن التحقيق يقترب من نهايته. واتهم ليتفينينكو وهو على فراش "
               "الموت الرئيس الروسي فلاديمير بوتين بإصدار أوامر بقتله، لكن الكرملين ينفي دوما تورطه في ذلك.")

# (text, type, a day none of its events of that type is dated: a time of another clause or statement).
NOT_DAYS = [
    # «… في 27 مايو الماضي في زيوريخ قبل ثلاثة أيام من إعادة انتخاب بلاتر، ووجهت السلطات الأميركية اتهامات»
    # (#438): the charges are of 27 May, not of 2015-07-28.
    pytest.param(_FIFA, "ACCUSE", "2015-07-28", id="charges_beside_a_count_before_a_reelection"),
    # «لتستهدف مقاتلي حزب العمال الكردستاني …، في أعنف حملة ضدهم منذ أربع سنوات» (#395): not 2011–2015.
    pytest.param("لكن تركيا وسعت حملتها العسكرية عبر الحدود لتستهدف مقاتلي حزب العمال الكردستاني في شمال العراق، في "
                 "أعنف حملة ضدهم منذ أربع سنوات.", "ASSAULT", "2011-01-01",
                 id="fiercest_campaign_since_years_does_not_date_the_strikes"),
    # «وقالت الشرطة أيضا إنه سجن … قبل عشر سنوات» (#16): the ten years are of the earlier conviction.
    pytest.param(_STABBING, "ASSAULT", "2005-01-01", id="time_of_another_statement_does_not_date_the_stabbing"),
    # «شارك … في 2011، …، مؤكدًا أن … صدر بحقهما حكم بالسجن» (#230, #265, #351): the verdict is not of 2011.
    pytest.param(_BROTHERS, "SANCTION", "2011-01-01", id="year_of_the_first_statement_does_not_date_the_verdict"),
]

# (text, type, a (trigger, date, enddate, date source) of an event of that type it codes).
ROWS = [
    # «بيان … صدر الأربعاء أن «أرضية المباحثات اليوم …»، ودعت» (#285): the call is Wednesday's, 07-29.
    pytest.param(_KABUL, "REQUEST", ("دعت", "2015-07-29", None, "text"),
                 id="today_in_a_quote_gives_way_to_the_statement_day"),
    # «واتهم ليتفينينكو وهو على فراش الموت … بوتين» (#279, #380): said in 2006, before the publication day; not
    # dated to it (the ف of «فراش» is no conjunction).
    pytest.param(_LITVINENKO, "ACCUSE", ("اتهم", None, _DATE, "before_published"),
                 id="accusation_on_the_deathbed_is_background"),
]


@pytest.mark.parametrize("text, kind, day", NOT_DAYS)
def test_events_are_not_of_the_day(nlp, text, kind, day):
    """The text codes events of `kind`, none dated `day`."""
    got = kept_dates(nlp, text, kind, _DATE)
    assert none_dated(got, day), got


@pytest.mark.parametrize("text, kind, row", ROWS)
def test_event_takes_its_date(nlp, text, kind, row):
    """The text codes the event `row` of `kind`."""
    got = kept_dates(nlp, text, kind, _DATE)
    assert row in got, got


def test_charges_beside_a_count_before_a_reelection_take_the_told_day(nlp):
    """«… في 27 مايو الماضي …، ووجهت السلطات الأميركية اتهامات» (#438): the charges are of 27 May."""
    got = kept_dates(nlp, _FIFA, "ACCUSE", _DATE)
    assert any(d == "2015-05-27" for _, d, _, _ in got), got


def test_worst_since_a_month_does_not_date_the_bombing(nlp):
    """«وهو الأسوأ منذ مارس 2014» (#172): the bombing is not dated March 2014 (nor a span from it)."""
    got = kept_dates(nlp, _SITRA, "ASSAULT", _DATE)
    assert got, got
    assert not any(d is not None and d.startswith("2014") for _, d, _, _ in got), got


def test_since_without_a_superlative_still_dates(nlp):
    """«يحتجز منذ أربع سنوات»: no superlative, the span from 2011 stays."""
    text = "وتحتجز السلطات الإيرانية الصحفي منذ أربع سنوات."
    got = kept_dates(nlp, text, "COERCE", _DATE)
    assert any(d == "2011-01-01" for _, d, _, _ in got), got


def test_hoped_visit_on_sunday_is_the_coming_one(nlp):
    """«ومن المؤمل ان يزور جون كيري … مصر يوم الاحد» (#262): 2 August, still to come; not 26 July."""
    text = "ومن المؤمل ان يزور جون كيري وزير الخارجية الاميركي مصر يوم الاحد لاجراء \"حوار استراتيجي\"."
    evs = [e for e in nlp(text, published=_DATE).events if e.event == "CONSULT" and e.trigger.text == "يزور"]
    assert evs, evs
    assert all(e.date == "2015-08-02" and e.future for e in evs), [(e.date, e.future) for e in evs]


def test_seasons_gone_by_and_to_come_are_vague_times(nlp):
    """«خلال فصل الربيع الماضي» (#255), «الخريف المقبل» (#262): times of no one day, looking back and ahead."""
    art = nlp("طلب كيري من ظريف وقف السفينة خلال فصل الربيع الماضي، وستسلم واشنطن أربع طائرات الخريف المقبل.",
              published=_DATE)
    got = {t.text: (t.value, t.granularity) for t in art.times}
    assert got.get("الربيع الماضي") == (None, "vague"), got
    assert got.get("الخريف المقبل") == (None, "vague"), got
