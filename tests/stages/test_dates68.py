"""Event dates, round 68: recent acts told with «أخيرا», what a statement or a report's أن says with a vague word
looking back, a quoted weekday, and an opening «وكانت» whose subject a comma closes (dev days 2015-07-23/24)."""

from event_lookup import event_by_trigger

DAY = "2015-07-23"  # the publication day of the sentences, unless a test names another


def test_akhiran_after_the_verb_tells_a_recent_protest_before_publication(nlp):
    """«تظاهر أخيرا عمال»: the protest was recent, before the publication day, not on it."""
    text = ("في غضون ذلك، تظاهر أخيرا عمال في القطاع الخاص ومنظمات يسارية باليونان، وسط العاصمة اليونانية أثينا، "
            "احتجاجا على قرار يسمح بفتح المحال التجارية يوم عطلة «الأحد».")
    ev = event_by_trigger(nlp, text, "تظاهر", DAY)
    assert ev.date is None and ev.enddate == "2015-07-23" and ev.date_source == "before_published"


def test_akhiran_recently_but_not_finally_nor_final(nlp):
    """«أخيرا» after the verb is "recently" (before publication); opening a sentence («وأخيرا،») it is "finally" and
    after an accusative noun («إنذاراً أخيرا») "final": those acts keep the publication day."""
    ev = event_by_trigger(nlp, "قال مسؤول إن الوزير التقى أخيرا نظيره الفرنسي في باريس.", "التقى", DAY)
    assert ev.date is None and ev.date_source == "before_published"
    ev = event_by_trigger(nlp, "وأخيرا، قررت الحكومة فرض عقوبات على الشركة.", "فرض عقوبات", DAY)
    assert ev.date == "2015-07-23" and ev.date_source == "published"
    text = "ونتيجة لذلك وجه إنذاراً أخيرا لاثنين من مقاولي المشروع للعمل على تلافي التأخير."
    ev = event_by_trigger(nlp, text, "وجه إنذاراً", DAY)
    assert ev.date == "2015-07-23" and ev.date_source == "published"


def test_a_meeting_said_with_a_vague_word_is_before_the_statement_day(nlp):
    """«قال مسؤول أمس إن الوزير التقى مؤخرا»: a verb starting with ا is no verb of the first person; the meeting
    was before yesterday's statement, not on its day."""
    ev = event_by_trigger(nlp, "قال مسؤول أمس إن الوزير التقى مؤخرا نظيره الفرنسي في باريس.", "التقى", DAY)
    assert ev.date is None and ev.enddate == "2015-07-22" and ev.date_source == "before_published"


def test_meetings_over_the_last_months_told_by_a_magazine_are_before_its_day(nlp):
    """«نشرت مجلة أمس أن دريمر التقى في الأشهر الأخيرة مع 30 مشرعا»: the meetings span the months before
    yesterday's article, they are not of its day."""
    text = ("ويوم أمس نشرت مجلة «فورين بوليسي» أن دريمر التقى في الأشهر الأخيرة مع أكثر من 30 مشرعا من السود "
            "الأميركيين.")
    ev = event_by_trigger(nlp, text, "التقى", DAY)
    assert ev.date is None and ev.enddate == "2015-07-22" and ev.date_source == "before_published"


def test_a_wakanat_subject_closed_by_a_comma_tells_the_agreement_as_background(nlp):
    """«وكانت دول منطقة اليورو، اتفقت من قبل»: the comma closes the subject of the opening «وكانت»; the agreement
    was long before, not on the story's day."""
    text = ("وذلك حسب الأرقام الصادرة عن مكتب الإحصاء الأوروبي في بروكسل «يوروستات» الأربعاء. "
            "وكانت دول منطقة اليورو، اتفقت من قبل، على عدم تجاوز الدين الحكومي للدول الأعضاء نسبة 60 في المائة.")
    ev = event_by_trigger(nlp, text, "اتفقت", DAY)
    assert ev.date is None and ev.date_source == "before_published"


def test_a_quoted_weekday_alone_dates_nothing(nlp):
    """«يوم عطلة «الأحد»»: the quoted weekday names the Sunday holiday; the protest is not dated Sunday."""
    text = "احتج عمال في أثينا على قرار يسمح بفتح المحال التجارية يوم عطلة «الأحد»."
    ev = event_by_trigger(nlp, text, "احتج", DAY)
    assert ev.date != "2015-07-19"


def test_the_act_that_began_a_since_span_is_of_that_year_only(nlp):
    """«منذ 1998 عندما فجر تنظيم القاعدة السفارة»: the bombing was in 1998, it does not last up to publication."""
    text = "وتواجه كينيا التطرف الاسلامي منذ 1998 عندما فجر تنظيم القاعدة السفارة الاميركية في نيروبي."
    ev = event_by_trigger(nlp, text, "فجر", DAY)
    assert ev.date == "1998-01-01" and ev.enddate == "1998-12-31"
