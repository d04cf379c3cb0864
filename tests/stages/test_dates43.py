"""Event dates (round 43): a day or month with no year right after a noun it names is a name, not the date of
what is told («اشتباكات في عقبة شارع ٢٦ سبتمبر»، «بوابة 7 يوليو»، «ميدان 30 يونيو»); an act told after a
revolution a date names («عقب ثورة الثلاثين من يونيو») was done before the publication day; the anniversary of a
named revolution («بذكرى ثورة 25 يناير») keeps its day; «فيما يبدو» (apparently) opens no clause; days that recur
(«يومي الجمعة والسبت من كل أسبوع») date no event; a sentence opened by وكان tells in the past the clause that
goes on after a comma with و and a past verb or «وذلك» («وكانت الشرطة قد قبضت عليه، ووجهت إليه اتهامات»)."""


def _events(nlp, text, word, published):
    return [e for e in nlp(text, published=published).events if e.trigger.text == word]


def test_a_street_named_by_a_date_does_not_date_the_clashes(coder):
    text = "وتدور الان اشتباكات عنيفة في عقبة شارع ٢٦ سبتمبر وسط مدينة تعز فيما قصف الحوثيون بالدبابات حي الإخوة."
    evs = _events(coder, text, "اشتباكات", "2015-07-22")
    assert evs and all(e.date == "2015-07-22" for e in evs)
    evs = _events(coder, text, "قصف", "2015-07-22")
    assert evs and all(not (e.date or "").endswith("09-26") for e in evs)


def test_a_gate_and_a_square_named_by_a_date_date_nothing(coder):
    evs = _events(coder, "تظاهر مئات الطلاب أمام بوابة 7 يوليو في المدينة الجامعية.", "تظاهر", "2015-08-06")
    assert evs and all(e.date == "2015-08-06" for e in evs)
    evs = _events(coder, "اعتقلت الشرطة المصرية عشرة متظاهرين في ميدان 30 يونيو بالقاهرة.", "اعتقلت", "2015-08-06")
    assert evs and all(e.date == "2015-08-06" for e in evs)


def test_a_date_of_the_act_itself_still_dates_it(coder):
    evs = _events(coder, "اعتقلت الشرطة المصرية عشرة متظاهرين في 30 يونيو بالقاهرة.", "اعتقلت", "2015-08-06")
    assert evs and all(e.date == "2015-06-30" for e in evs)


def test_an_act_after_a_named_revolution_is_background(coder):
    text = "أكد الوزير أن الولايات المتحدة حظرت إرسال الطائرات إلى مصر عقب ثورة الثلاثين من يونيو."
    evs = _events(coder, text, "حظرت إرسال", "2015-08-03")
    assert evs and all(e.date is None and e.enddate == "2015-08-03" and e.date_source == "before_published"
                       for e in evs)


def test_the_anniversary_of_a_named_revolution_keeps_its_day(coder):
    text = "قتلت الناشطة شيماء الصباغ خلال مسيرة للاحتفال بذكرى ثورة 25 يناير في القاهرة."
    evs = _events(coder, text, "قتلت", "2015-08-09")
    assert evs and all(e.date == "2015-01-25" for e in evs)


def test_apparently_opens_no_clause_before_the_pluperfect(coder):
    text = "وكان المسلحون فيما يبدو أعدموا الرهائن في القرية."
    evs = _events(coder, text, "أعدموا", "2015-08-06")
    assert evs and all(e.date_source == "before_published" for e in evs)


def test_days_of_every_week_do_not_date_the_strike(coder):
    text = ("وقالت الشركة إن خدمة المترو ستتوقف عصر الاربعاء لمدة 24 ساعة تلبية لدعوة من النقابة احتجاجا على شروط "
            "تمديد العمل ليلا يومي الجمعة والسبت من كل اسبوع.")
    evs = _events(coder, text, "احتجاجا", "2015-08-03")
    assert evs and all(e.date == "2015-08-05" for e in evs)


def test_an_opening_pluperfect_reaches_a_clause_that_goes_on_with_wa(coder):
    text = ("وكانت الشرطة قد قبضت قبل أسبوع على المبتعث البالغ 22 عاما، ووجهت إليه اتهامات بالتهديد بتفجير قنبلة في "
            "سكن جامعي.")
    evs = _events(coder, text, "اتهامات", "2015-08-08")
    assert evs and all(e.date_source == "before_published" and e.date != "2015-08-08" for e in evs)
    text = ("وكان النائب عبد الحميد دشتي أثار حالة من الجدل في الكويت، وذلك على خلفية قيامه بزيارة لوالد القيادي "
            "عماد مغنية.")
    evs = _events(coder, text, "بزيارة", "2015-07-21") + _events(coder, text, "زيارة", "2015-07-21")
    assert evs and all(e.date_source == "before_published" for e in evs)


def test_a_clause_after_a_comma_without_an_opening_pluperfect_keeps_its_day(coder):
    text = "قال الوزير إن الشرطة كانت قد حذرت المتظاهرين، ووجهت أمس اتهامات لعشرة منهم بالتخريب."
    evs = _events(coder, text, "اتهامات", "2015-08-08")
    assert evs and all(e.date == "2015-08-07" for e in evs)
