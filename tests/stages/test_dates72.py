"""Event dates (round 72): «في اليوم نفسه» takes the day last named, past a «منذ عامين» (how long, not a day told)."""

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
