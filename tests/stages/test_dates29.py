"""Event dates, round 29: dates on fresh news."""

from event_lookup import event_by_trigger


def _one(nlp, text, trigger, published="2015-07-22"):
    """The first event of `text` whose trigger is `trigger`, published on 2015-07-22 unless told otherwise."""
    return event_by_trigger(nlp, text, trigger, published)


def test_a_span_of_past_days_closing_the_clause_tells_the_killing_before_publication(nlp):
    """«خلال الأيام القليلة الماضية» twelve words after «قتلوا», past a relative clause of the place: the killing
    was before the publication day, not on it."""
    text = ("وفي سياق متصل، كشف مصدر مطلع أن 40 حوثياً من أبناء مديرية حيدان بصعدة قتلوا في المواجهات التي دارت "
            "في مديرية التواهي بمحافظة عدن خلال الأيام القليلة الماضية.")
    ev = _one(nlp, text, "قتلوا")
    assert ev.date is None and ev.enddate == "2015-07-22" and ev.date_source == "before_published"


def test_an_adverb_far_after_a_relative_clause_does_not_tell_the_praise(nlp):
    """«مؤخرا» closes the relative clause of the strikes praised: the praise is of the publication day."""
    text = ("أشاد عدد من المواطنين بالمدينة المنورة بالجهود الجبارة والضربات الاستباقية التي نفذتها الاجهزة "
            "الأمنية المختصة مؤخرا.")
    ev = _one(nlp, text, "أشاد")
    assert ev.date == "2015-07-22" and ev.date_source == "published"


def test_an_act_after_baad_an_is_before_its_main_clause_year_not_the_lead_day(nlp):
    """The lead dates the clashes «أمس»; the expulsion told after «بعد أن» came before the takeover «قبل عام»: it
    must not take the lead's day."""
    text = ("قال مسؤول محلي إن اشتباكات قبلية اندلعت أمس في مدينة سبها جنوب ليبيا. "
            "وتسيطر على طرابلس العاصمة حكومة لا تعترف بها القوى العالمية، وتولت السلطة قبل عام بعد أن تمكن فصيل "
            "مسلح من طرد رئيس الوزراء المعترف به دوليا إلى شرق البلاد.")
    ev = _one(nlp, text, "طرد")
    assert ev.date is None and ev.enddate == "2014-12-31" and ev.date_source == "before_published"


def test_a_sentence_opened_by_wakanat_tells_its_far_verb_before_publication(nlp):
    """«وكانت» opens the sentence and its clause runs unbroken to «طالبت», seventeen words on: a demand made
    before the publication day."""
    text = ("وكانت هذه المنظمات والجماعات تقدمت بمجموعة مطالب عبر مذكرة رفعتها لرئيس الحكومة الاسرائيلية بنيامين "
            "نتنياهو ولقيادة شرطة الاحتلال طالبت فيها بإغلاق الأقصى أمام المسلمين في هذه الذكرى.")
    ev = _one(nlp, text, "طالبت")
    assert ev.date is None and ev.date_source == "before_published"


def test_the_meeting_after_ghadat_is_the_day_before_the_statement(nlp):
    """«في بيان الجمعة … وذلك غداة اجتماع»: the meeting was on Thursday."""
    text = ("واعلن رئيس الوزراء التركي احمد داود اوغلو في بيان الجمعة ان تركيا مصممة على اتخاذ كل الاحتياطات "
            "للدفاع عن امنها القومي، وذلك غداة اجتماع مع القادة العسكريين واجهزة الامن.")
    ev = _one(nlp, text, "اجتماع", "2015-07-24")
    assert ev.date == "2015-07-23" and ev.date_source == "text"


def test_the_attack_after_ghadat_is_before_publication(nlp):
    """No day in the sentence: the attack the promise follows was before the publication day, not on it."""
    text = ("وعدت الحكومة التركية بتعزيز الإجراءات الأمنية غداة هجوم انتحاري نسب إلى تنظيم داعش وضرب مدينة "
            "سوروتش (جنوب) بالقرب من الحدود السورية، ما أودى بحياة 32 شخصا على الأقل.")
    ev = _one(nlp, text, "هجوم انتحاري")
    assert ev.date is None and ev.date_source == "before_published"


def test_a_singular_stretch_far_after_the_verb_does_not_tell_the_condemnation(nlp):
    """«في الفترة الأخيرة» closes the relative clause of the attacks, nine words after «استنكر»: a singular
    stretch up to now (period value one), not a span of days, so the condemnation keeps the publication day."""
    text = ("وتفاعل نشطاء تويتر مع الهاشتاق. واستنكر المغردون الهجمات الإرهابية التي قام بها تنظيم داعش الإرهابي "
            "في الفترة الأخيرة، مؤكدين أن الإسلام برئ من هذه الأفعال.")
    ev = _one(nlp, text, "استنكر", published="2015-08-10")
    assert ev.date == "2015-08-10" and ev.date_source == "published"
