"""Event dates, round 69: a stretch of time told with خلال، طوال، طيلة and a count («خلال عشرة أشهر»، «طوال ستة
أسابيع»)، «خلال هذه الفترة» or «خلال عيد الفطر» is before the writing day, not on the statement's or the story's day
(not for a hypothetical act); an act told after بعد and an act's noun («وذلك بعد تفجير انتحاري قتل 32 شخصا») came
before the day of the main clause; a lead's uncoded noun in a relative clause gives its class no story day (dev days
2015-07-23/24)."""

from event_lookup import event_by_trigger

DAY = "2015-07-23"  # the publication day of the sentences, unless a test names another


def _before(ev, day):
    """True when the event is dated before publication, up to `day`."""
    return ev.date is None and ev.enddate == day and ev.date_source == "before_published"


def test_killed_over_this_period_is_before_the_statement_day(nlp):
    """«قال المرصد في بيان اليوم الخميس إن 173 مدنيا قتلوا … خلال هذه الفترة»: the toll of ten months of raids,
    not an act of the statement's day."""
    text = ("وقال المرصد في بيان اليوم الخميس إن 173 مدنيا قتلوا وأصيب العشرات بالإضافة إلى مقتل مقاتل إسلامي أيضا "
            "جراء هذه الغارات خلال هذه الفترة .")
    assert _before(event_by_trigger(nlp, text, "قتلوا", DAY), "2015-07-23")
    # (round 94: «بالإضافة إلى مقتل مقاتل إسلامي» is one more toll of the same raids, folded into «قتلوا» — judged a dup)
    assert not [e for e in nlp(text, published=DAY).events if e.trigger.text == "مقتل"]


def test_killed_over_three_months_is_before_publication(nlp):
    """«750 شخصا قتلوا في معارك عدن خلال 3 أشهر من الاشتباكات»: a toll over months, not the publication day; but
    «إن رفع العقوبات … يعني ضخ مبلغ … خلال عام» (hypothetical) is no stretch gone by."""
    text = ("وأشاد بمقاتلي المقاومة الشعبية الذين تمكنوا من طرد مسلحي الحوثي ، مبينا أن 750 شخصا قتلوا في معارك عدن "
            "خلال 3 أشهر من الاشتباكات.")
    ev = event_by_trigger(nlp, text, "قتلوا", "2015-07-24")
    assert _before(ev, "2015-07-24")
    text = ("ونقلت الإذاعة الإسرائيلية عن نتانياهو قوله: إن رفع العقوبات الدولية عن إيران يعني ضخ مبلغ يزيد على مئة "
            "مليار دولار خلال عام في خزانتها.")
    ev = event_by_trigger(nlp, text, "رفع العقوبات", "2015-07-24")
    assert ev.date_source != "before_published"  # a hypothetical act: what may come, not a year gone by


def test_protests_put_down_for_six_weeks_are_no_act_of_the_story_day(nlp):
    """«فقد أثارت احتجاجات شعبية عمدت الشرطة إلى قمعها بقسوة شديدة طوال ستة أسابيع»: six weeks before the
    writing day, not the lead's day."""
    text = ("استمر فرز الأصوات في بوروندي أمس الأربعاء غداة انتخابات رئاسية مثيرة للجدل تخللتها أعمال عنف وقاطعتها "
            "المعارضة، وليس من المتوقع أن تعرف نتائجها قبل اليوم الخميس. لكن لا يشك أحد في النتيجة التي تتجه نحو منح "
            "ولاية ثالثة للرئيس المنتهية ولايته بيار نكورونزيزا. وشكل ترشيحه في أواخر نيسان - أبريل لولاية ثالثة "
            "اعتبرها كل من المعارضة والكنيسة الكاثوليكية والمجتمع المدني غير دستورية، بداية لموجة من الاضطرابات. فقد "
            "أثارت احتجاجات شعبية عمدت الشرطة إلى قمعها بقسوة شديدة طوال ستة أسابيع.")
    assert _before(event_by_trigger(nlp, text, "احتجاجات", DAY), "2015-07-23")
    assert _before(event_by_trigger(nlp, text, "قمعها", DAY), "2015-07-23")


def test_a_bombing_told_after_its_noun_came_before_the_day(nlp):
    """«قتل جندي … اليوم، وذلك بعد تفجير انتحاري قتل 32 شخصا»: the Suruc bombing came before the day of the
    clash; the clash keeps the day."""
    text = ("قال مسؤول تركي كبير، اليوم (الخميس)، ان جنديا تركيا قتل وأصيب آخر في اشتباكات مع تنظيم \"داعش\" "
            "المتطرف عبر الحدود مع سوريا اليوم، وذلك بعد تفجير انتحاري قتل 32 شخصا وألقيت المسؤولية فيه على "
            "التنظيم المتشدد، جرى في وقت سابق.")
    events = [e for e in nlp(text, published="2015-07-23").events if e.trigger.text == "قتل"]
    assert len(events) == 2
    assert events[0].date == "2015-07-23"
    assert _before(events[1], "2015-07-23")
    # «وبعد ذلك قتل مسلحون شرطيا أمس»: after that (no act's noun), the killing keeps its own day
    ev = event_by_trigger(nlp, "وبعد ذلك قتل مسلحون شرطيا في المدينة أمس.", "قتل", DAY)
    assert ev.date == "2015-07-22"


def test_a_noun_of_a_relative_clause_in_the_lead_gives_no_story_day(nlp):
    """«انتقد دندن أمس (الأربعاء) برنامج الحكومة … العوامل التي تدفع الشبان إلى القتال»: Wednesday is the
    criticism's; the alert told in the pluperfect later («وكانت أستراليا قد وضعت في حالة تأهب») is before the
    publication day, not Wednesday."""
    text = ("انتقد سمير دندن، رئيس جمعية المسلمين اللبنانيين في أستراليا، أمس (الأربعاء) برنامج الحكومة الذي رصدت له "
            "مليار دولار لمكافحة التشدد بين الشبان المسلمين، قائلا إن تركيزه الأول هو تطبيق القانون وليس معالجة "
            "العوامل التي تدفع الشبان إلى القتال في الخارج.\n"
            "وحسب مصادر أمنية يقاتل نحو مائة أسترالي في العراق وسوريا، لكن دندن انتقد برنامج الحكومة الأسترالية "
            "المحافظة، الذي ستكون مدته تسعة أشهر بهدف منع سفر المسلمين المتطرفين، ووصفه بأنه يتسم «بالفوضى».\n"
            "وكانت أستراليا قد وضعت في حالة تأهب قصوى تحسبا لهجمات يشنها متطرفون أو أستراليون متشددون لدى عودتهم من "
            "القتال في الشرق الأوسط، حيث قامت بمداهمات كثيرة في المدن الكبرى.")
    assert event_by_trigger(nlp, text, "انتقد", DAY).date == "2015-07-22"
    assert _before(event_by_trigger(nlp, text, "تأهب", DAY), "2015-07-23")


def test_arrests_over_the_feast_are_no_act_of_the_story_day(nlp):
    """«كما اعتقلت قوات الاحتلال 5 فلسطينيين من مدينة نابلس خلال عيد الفطر المبارك»: over the feast's days, before
    publication, not the day the lead's arrests were made."""
    text = ("كما اعتقلت قوات الاحتلال فجر أمس الأربعاء شابا بعد اقتحام منزل عائلته في قرية عوريف جنوب مدينة نابلس. "
            "كما اعتقلت قوات الاحتلال 5 فلسطينيين من مدينة نابلس خلال عيد الفطر المبارك.")
    events = [e for e in nlp(text, published="2015-07-23").events if e.trigger.text == "اعتقلت"]
    assert events[0].date == "2015-07-22"
    assert _before(events[-1], "2015-07-23")
