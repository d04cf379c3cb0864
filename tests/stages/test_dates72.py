"""Event dates (round 72): «في اليوم نفسه» takes the day last named, past a «منذ عامين» (how long, not a day told);
a lead's verbal act takes the day of the same speaker's statement the next sentence opens with («وقال … في بيان صدر
الليلة قبل الماضية إن …»)."""

_REZAIAN = ("دخل مراسل صحيفة واشنطن بوست في ايران جيسون رضايان الذي يحاكم في طهران بتهمة التجسس، امس الاربعاء عامه "
            "الثاني قيد الاعتقال. واعتقل رضايان في 22 يوليو 2014 في طهران. وجرى اعتقال رضايان الذي كان يعمل مراسلا "
            "لصحيفة واشنطن بوست في ايران منذ عامين، مع زوجته في منزلهما في طهران. كما اعتقلت معهما في اليوم نفسه "
            "مصورة صحافية لم يكشف اسمها.")


def test_the_same_day_is_the_day_named_before_a_since_span(nlp):
    """«منذ عامين» between the date and «في اليوم نفسه» does not hide the date: the arrest is of 2014-07-22."""
    art = nlp(_REZAIAN, published="2015-07-23")
    ev = next(e for e in art.events if e.trigger.text == "اعتقلت")
    assert ev.date == "2014-07-22"
    assert ev.date != "2015-07-22"


_DE_MISTURA = ("عبر مبعوث الأمم المتحدة إلى سورية ستيفان دي ميستورا عن قلقه البالغ على المدنيين في مدينة الزبداني محور "
               "الهجوم الذي يشنه الجيش السوري وحزب الله اللبناني لانتزاع السيطرة على المنطقة من قوات المعارضة. وقال دي "
               "ميستورا نقلا عن مصادر محلية في بيان صدر الليلة قبل الماضية إن الجيش السوري ألقى عددا كبيرا من "
               "البراميل المتفجرة على الزبداني.")


def test_a_concern_takes_the_day_of_the_statement_the_next_sentence_dates(nlp):
    """«وقال دي ميستورا … في بيان صدر الليلة قبل الماضية إن …»: the same speaker's statement of 07-21 dates the
    concern of the lead, not the publication day."""
    art = nlp(_DE_MISTURA, published="2015-07-23")
    ev = next(e for e in art.events if e.trigger.text == "قلقه")
    assert ev.date == "2015-07-21"
    assert ev.date_source != "published"
    # another speaker's day does not date the act of the sentence before: «نفت بعثة الاتحاد الإفريقي …» «وقالت مصادر
    # طبية … أمس الأربعاء إن القوات قتلت»: the sources' day is not the denial's
    text = ("نفت بعثة الاتحاد الإفريقي في الصومال الاتهامات الموجهة لها بقتل 20 مدنيا جنوبي البلاد. وقالت مصادر طبية "
            "ومصدر برلماني أمس الأربعاء إن القوات قتلت المدنيين في مدينة مركة الساحلية الجنوبية.")
    art = nlp(text, published="2015-07-23")
    assert all(e.date != "2015-07-22" for e in art.events if e.trigger.text == "الاتهامات")
