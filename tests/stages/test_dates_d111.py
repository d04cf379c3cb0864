"""Round 111 (d111): dates the round-110 coder got wrong on the judged slice 2015-07-21 #0–399.
«وفي أبريل رفعت روسيا حظرا» (#117): a bare month after «وفي» is cued as after «في» (times.lead_word: strip_wa keeps
the و of a three-letter word). «وفي صيف 2011 عندما أعلن …، تظاهر سكان حي واكام» (#126): a season before a year keeps
the year (time_words edge: صيف، شتاء، خريف، ربيع). «في انتفاضة 2011» (#224): a bare year right after a noun of an
old event (named_event: ثورة، انتفاضة، حرب) is its time (times.names_year); before, after or since such an event
(«قبل ثورة 2011 وبعدها») the year dates no act of the clause. «وخلال غزو القرم الذي وقع العام الماضي، نشرت روسيا»
(#81): the year in the relative clause of a setting that opens the sentence, its comma right before the verb, dates
the verb (anchors setting_fronted). «وقد قتل المسلحون آنذاك» : «then» two words after its verb reads past the verb's
own word (then_beside). «في ربيع 2013، حيث التقت» (#275): the act right after «، حيث» is done in the year
that closes the clause before (anchors where_after). «وفي النصف الثاني من مايو» (#84): an ordinal after a part of
the month (time_words month_part: النصف، الأسبوع) is no day of it. «في موعد أقصاه الأول من ديسمبر بعدما اتفقت
الشركتان … في العاشر من يوليو» (#150): a day or month before an opener (بعدما) is the main clause's when a time after
the act's word tells its own (own_clause, as for a year before)."""

import pytest
from stage_coding import kept_dates, none_dated

_DATE = "2015-07-21"

# (text, type, trigger, the first day its event takes).
DAYS = [
    pytest.param("وفي أبريل رفعت روسيا حظرا كانت فرضته بنفسها على بيع إيران أنظمة صواريخ من طراز «إس 300».",
                 "CONCEDE", "رفعت", "2015-04-01", id="a_bare_month_after_wa_fi_dates_the_act"),
    pytest.param("وفي صيف 2011 عندما أعلن الرئيس السنغالي عبد الله واد فجأة أنه يريد ترحيله وتسليمه إلى نجامينا، تظاهر "
                 "سكان حي واكام تعبيرا عن تأييدهم لحبري.", "PROTEST", "تظاهر", "2011-01-01",
                 id="a_season_before_a_year_keeps_the_year"),
    pytest.param("وتونس مقصد سياحي، واجتازت بسلام القلاقل التي أعقبت الإطاحة بزين العابدين بن علي في انتفاضة 2011.",
                 "PROTEST", "انتفاضة", "2011-01-01", id="an_old_event_takes_the_year_that_names_it"),
    pytest.param("وخلال غزو القرم الذي وقع العام الماضي، نشرت روسيا جنود لها بالمنطقة ارتدوا الزي الرسمي من دون الشارة "
                 "المميزة لهم.", "MOBILIZE", "نشرت", "2014-01-01", id="a_fronted_settings_year_dates_the_verb_after_it"),
    pytest.param("توجهت شيرمان إلى ألماتي (في كازاخستان) في ربيع 2013، حيث التقت ضمن مجموعة الدول الخمس زائد واحد وزير "
                 "الخارجية الإيراني حينها علي أكبر صالحي.", "CONSULT", "التقت", "2013-01-01",
                 id="an_act_after_a_comma_and_haythu_takes_the_year_before_it"),
    pytest.param("وبحسب «رويترز» من المتوقع الآن إتمام صفقة استحواذ هاليبرتون على منافستها بيكر هيوز مقابل 35 مليار دولار "
                 "في موعد أقصاه الأول من ديسمبر (كانون الأول) بعدما اتفقت الشركتان مع وزارة العدل الأميركية في العاشر "
                 "من يوليو (تموز) على تمديد أجل دراسة ملف الصفقة.", "AGREE", "اتفقت", "2015-07-10",
                 id="a_day_before_an_opener_is_the_main_clauses_when_one_follows_the_act"),
]

# (text, type, trigger, the day its event must not take).
_HALF = ("وفي النصف الثاني من مايو (أيار) الماضي، أصدرت محكمة أنتويرب البلجيكية (شمال البلاد)، أحكامًا بالسجن في حق سبع "
         "مسلمات جرى إدانتهن في اتهامات تتعلق بالمشاركة في أنشطة جماعة إرهابية.")

NOT_DAYS = [
    pytest.param("بعد انتفاضة 2011، وافقت إيطاليا على إنفاق الملايين على تدريب حرس الحدود الليبي.", "AGREE", "وافقت",
                 "2011-01-01", id="after_an_old_event_is_not_its_year"),
    pytest.param(_HALF, "SANCTION", "أحكامًا بالسجن", "2015-05-02", id="a_half_of_a_month_is_no_ordinal_day"),
    pytest.param("ويمثل مشكلة تم تجاهلها في كثير من الأحيان من قبل المسؤولين التونسيين قبل ثورة 2011 وبعدها.",
                 "REJECT", "تجاهلها", "2011-01-01", id="before_an_old_event_is_not_its_year"),
]


@pytest.mark.parametrize("text, kind, word, day", DAYS)
def test_the_event_takes_the_day(nlp, text, kind, word, day):
    """The event of `kind` told by `word` is dated from `day`."""
    got = [row for row in kept_dates(nlp, text, kind, _DATE) if row[0] == word]
    assert got and all(d == day for _, d, _, _ in got), got


@pytest.mark.parametrize("text, kind, word, day", NOT_DAYS)
def test_the_event_keeps_off_the_day(nlp, text, kind, word, day):
    """The event of `kind` told by `word` is not dated `day`."""
    got = [row for row in kept_dates(nlp, text, kind, _DATE) if row[0] == word]
    assert none_dated(got, day), got


_LOGAR = ("قتل عشرة جنود أفغان على الأقل صباح أمس في غارة أميركية على حاجز للجيش في ولاية لوغار جنوب كابول. ويذكر هذا "
          "الحادث بحادث مماثل وقع في مارس 2014 في ولاية لوغار نفسها. وقد قتل المسلحون آنذاك خمسة جنود افغان.")


def test_then_two_words_after_its_verb_takes_the_time_of_the_sentence_before(nlp):
    """The killing told with آنذاك two words after its verb is dated March 2014, not only the lead's killing."""
    got = [row for row in kept_dates(nlp, _LOGAR, "ASSAULT", _DATE) if row[1] != "2015-07-20"]
    assert got and all(d == "2014-03-01" and end == "2014-03-31" for _, d, end, _ in got), got
