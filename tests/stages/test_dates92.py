"""Round 92 (dates92): a time told after عقب، إثر or بعد and a verbal noun with its pronoun (عقب سفره) dates that
earlier act, not the main act before it (2015-07-23 #77); a year right after بعد (بعد عام 2008) dates no act."""

_VERDICT = ("قضت محكمة في النمسا بالسجن خمس سنوات على مواطن من الشيشان لإدانته بالإرهاب عقب سفره إلى سوريا عام "
            "2013، وذلك في أحدث وأقسى حكم تصدره المحاكم النمساوية في قضايا ذات صلة بتنظيم داعش.")


def _dated(nlp, text, etype, published="2015-07-23"):
    """(trigger, date, date source) of the events of type `etype` the whole pipeline codes for `text`."""
    return [(e.trigger.text, e.date, e.date_source) for e in nlp(text, published=published).events
            if e.event == etype]


def test_a_year_after_uqb_and_a_possessed_noun_does_not_date_the_verdict(nlp):
    """«قضت محكمة … عقب سفره إلى سوريا عام 2013»: 2013 is the travel's year; the verdict is of the day told on."""
    got = _dated(nlp, _VERDICT, "SANCTION")
    assert ("قضت", "2015-07-23", "published") in got
    assert not any(d.startswith("2013") for _, d, _ in got)


def test_a_year_after_uqb_and_a_possessed_noun_does_not_date_the_conviction(nlp):
    """«لإدانته بالإرهاب عقب سفره إلى سوريا عام 2013»: the conviction is not of 2013 either."""
    got = _dated(nlp, _VERDICT, "ACCUSE")
    assert got and not any(d.startswith("2013") for _, d, _ in got)


_APPROVAL = ("حصلت وزارة النفط العراقية على موافقة بتاسيس شركة جديدة لاستخراج النفط الخام لمواكبة الزيادات الحاصلة في "
             "انتاج النفط الخام في البلاد بعد إفساح المجال للشركات الاجنبية للعمل بعد عام 2008 في مجال تطوير الحقول "
             "النفطية العراقية.")


def test_a_year_after_baad_is_no_date_of_the_act(nlp):
    """«… للعمل بعد عام 2008»: after a year is no time in it; the approval is not dated 2008 (2015-07-27 #227)."""
    got = _dated(nlp, _APPROVAL, "AGREE", published="2015-07-27")
    assert got and not any(d.startswith("2008") for _, d, _ in got)
