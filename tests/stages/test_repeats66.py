"""Round 66 repeats: one act coded more than once. The wounded told by a bare count after the dead of their clause
(«قتل ثلاثة عناصر من الجيش والشرطة وجرح تسعة، في تفجير»، «مقتل 13 … فيما جرح العشرات»; repeat_words.tsv classes
`wound`, `many`) are the same act as the dead, one assault with the dead's victims; a later arrest whose arrested name is told right after an
earlier arrest («تم إلقاء القبض على نجوين شوان سون» … «وألقي القبض على سون») is that arrest told again; a definite attack noun of a later sentence whose word was told without the article in
the sentence of the latest assault of that day («قتل عشرة جنود في هجوم» … «موقع الهجوم») points back to that attack; a coming consultation with no party told by the word of an earlier coming one
(«لبدء جولة مفاوضات جديدة» … «كشرط مسبق لبدء مفاوضات») is those talks told again."""


def _assaults(nlp, text, published="2015-07-23"):
    """(trigger, actor texts, recipient texts) of every assault in `text`."""
    return [(e.trigger.text, [m.text for m in e.actor], [m.text for m in e.recipient])
            for e in nlp(text, published=published).events if e.event == "ASSAULT"]


_BLAST = ("وقتل ثلاثة عناصر من الجيش والشرطة وأصيب تسعة، في تفجير سيارة مفخخة يقودها انتحاري عند نقطة تفتيش في منطقة "
          "الطارمية شمال بغداد.")


def test_wounded_by_a_bare_count_are_the_same_blast(nlp):
    """«وقتل ثلاثة عناصر … وأصيب تسعة، في تفجير»: one assault, the soldiers its victims, no wounding of the bomber."""
    found = _assaults(nlp, _BLAST)
    assert any(t == "قتل" for t, _, _ in found)
    assert not any(t == "أصيب" for t, _, _ in found)
    assert not any("انتحاري" in r for _, _, r in found)


_CLASHES = "وأسفرت مواجهات يوم الأربعاء عن مقتل 13 من مسلحي الحوثي وصالح، فيما جرح العشرات، وأسرت المقاومة ثلاثة منهم."


def test_dozens_wounded_after_the_dead_are_one_act(nlp):
    """«مقتل 13 من مسلحي الحوثي، فيما جرح العشرات»: the dozens wounded are of the same clashes, no second assault."""
    found = _assaults(nlp, _CLASHES, published="2015-07-24")
    assert any(t == "مقتل" for t, _, _ in found)
    assert not any(t == "جرح" for t, _, _ in found)



def _arrests(nlp, text, published="2015-07-23"):
    """(trigger, sentence start) of every arrest in `text`."""
    return [(e.trigger.text, e.sentence) for e in nlp(text, published=published).events if e.mode == "arrest"]


_SON = ("ذكرت الشرطة الفيتنامية امس أنه تم إلقاء القبض على نجوين شوان سون رئيس شركة النفط والغاز «بترو فيتنام» "
        "المملوكة للدولة الذي تم فصله مؤخرا للاشتباه في قيامه بمخالفات.\n"
        "وألقي القبض على سون (53 عاما) الثلاثاء بسبب «تعمد العمل ضد لوائح الدولة للإدارة الاقتصادية».")


def test_an_arrest_named_again_is_one_arrest(nlp):
    """«تم إلقاء القبض على نجوين شوان سون» … «وألقي القبض على سون الثلاثاء»: one arrest, told where it was first told."""
    found = _arrests(nlp, _SON)
    assert len(found) == 1 and found[0][0] == "القبض"


_ODEBRECHT = ("وتمر أودبريشت شركة البناء البرازيلية العملاقة بحالة اضطراب كامل، إذ تم اعتقال رئيسها، مارسيلو أودبريشت، "
              "وعدة مديرين آخرين.\n"
              "واعتقل أودبريشت في حزيران (يونيو) الماضي علاوة على عدد من كبار المسؤولين في شركته.")


def test_the_arrested_chairman_told_again_by_his_name(nlp):
    """«تم اعتقال رئيسها، مارسيلو أودبريشت» … «واعتقل أودبريشت في حزيران»: one arrest, not two."""
    assert len(_arrests(nlp, _ODEBRECHT, published="2015-07-25")) == 1



_MALI = ("قتل عشرة جنود في هجوم شنه مسلحون متشددون وصفهم مسؤول عسكري بانهم \"ارهابيون\" صباح اليوم (الاثنين) على معسكر "
         "للجيش المالي في منطقة تمبكتو شمال البلاد.\n"
         "واضاف المصدر ان الهجوم وقع \"حوالى الساعة 5:30\" بالتوقيت المحلي وتوقيت غرينتش. وارسل عسكريون الى موقع "
         "الهجوم الذي يبعد نحو 140 كلم شرق تمبكتو.")


def test_the_site_of_the_attack_is_no_attack_of_its_own(nlp):
    """«قتل عشرة جنود في هجوم» … «وارسل عسكريون الى موقع الهجوم»: one attack, the soldiers sent no doers of another."""
    found = _assaults(nlp, _MALI, published="2015-08-03")
    assert any(t == "قتل" for t, _, _ in found)
    assert not any("عسكريون" in a for _, a, _ in found)


_STRIKE = ("قال الجيش الأمريكي أمس الجمعة إن غارة جوية أمريكية في أفغانستان قتلت قياديا ميدانيا كبيرا بتنظيم القاعدة. "
           "وذكر أن الغارة استهدفت أبو خليل السوداني وأنه قتل في ضربة وقعت في 11 يوليو في منطقة برمال بإقليم بكتيكا الأفغاني.")


def test_the_strike_named_again_gives_its_target(nlp):
    """«غارة جوية أمريكية … قتلت قيادياً» … «أن الغارة استهدفت أبو خليل السوداني»: no second strike «الغارة»."""
    found = _assaults(nlp, _STRIKE, published="2015-07-25")
    assert not any(t == "الغارة" for t, _, _ in found)
    assert any(t == "قتلت" and "أبو خليل السوداني" in r for t, _, r in found)


_GREECE = ("كان ممثلو البنك المركزي الأوروبي والمفوضية الأوروبية وآلية الاستقرار الأوروبية قد وصلوا إلى أثينا لبدء جولة "
           "مفاوضات جديدة مع اليونانيين.\n"
           "يذكر أن الإجراءات الإصلاحية التي أقرها البرلمان اليوناني كان رئيس الوزراء اليوناني أليكسيس تسيبراس قد وافق "
           "عليها خلال قمة لمجموعة اليورو في بروكسل الأسبوع الماضي كشرط مسبق لبدء مفاوضات برنامج الإنقاذ المالي الجديد.")


def test_the_coming_talks_told_again_are_one(nlp):
    """«لبدء جولة مفاوضات جديدة مع اليونانيين» … «كشرط مسبق لبدء مفاوضات برنامج الإنقاذ»: one coming round of talks."""
    talks = [e for e in nlp(_GREECE, published="2015-07-25").events if e.event == "CONSULT" and e.future]
    assert len(talks) == 1 and talks[0].recipient
