"""Round 94 (dates94): verbs joined by و past the commas of a clause opened by «بعد أن» (and past a clause of لكن)
tell acts done before the main clause, not of the publication day («بعد أن انقلبت على الحكومة …، وتجاهلت مخرجات الحوار
…، لكنها … بادرت باجتياح العاصمة صنعاء، وسيطرت …، ونهبت مخازن الأسلحة», 2015-07-27 #873); a sentence opened by a
turn to another matter («الى ذلك»، «من جهة أخرى») takes no day from the attack told just before it but the day of the
sentence right after it, when a verb of saying opens that one, which tells the same news at more length («الى ذلك
أصيب طفل» … «وقالت مصادر … مساء السبت», 2015-07-27 #771; «الى ذلك دعت ميركل» … «ونقل … امس عن ميركل قولها»,
2015-07-27 #672; «إلى ذلك، أدان» … «وقال … في خطبة الجمعة أمس», 2015-07-25 #123); an event noun in the في of a role a
past verb played is background («لعب دوراً مهماً في استيلاء الجماعة على صنعاء», 2015-07-27 #654); the days told in the
relative clause of an act's noun after إثر («إثر الضربات الجوية التي شنها الجيش التركي الجمعة والسبت», 2015-07-27
#354) are that act's: the act told before it came on the last of them or after."""


def _dated(nlp, text, etype, published="2015-07-27"):
    """(trigger, date, enddate, date source) of the events of type `etype` the whole pipeline codes for `text`."""
    return [(e.trigger.text, e.date, e.enddate, e.date_source) for e in nlp(text, published=published).events
            if e.event == etype]


_LOOTED = ("أكد عضو الهيئة الوطنية صلاح باتيس استمرار تطهير المدن، وقال في تصريحات أمس إن التمشيط سوف يستمر. "
           "ومضى قائلاً \"عصابات الحوثي – صالح هي التي أوصلت اليمن إلى هذه الحالة المزرية، وهي التي دمرت البلاد، بعد "
           "أن انقلبت على الحكومة وعلى الرئيس هادي، وتجاهلت مخرجات الحوار الوطني الذي شاركت فيه، لكنها ولطبيعتها "
           "الانقلابية بادرت باجتياح العاصمة صنعاء، وسيطرت على كامل مؤسسات الدولة، ونهبت مخازن الأسلحة التابعة "
           "للجيش، وصوبتها نحو صدور أبنائه\".")


def test_verbs_joined_after_a_clause_of_bad_an_are_background(nlp):
    """«بعد أن انقلبت …، وتجاهلت مخرجات الحوار»: ignoring the dialogue's outcomes came before; not the story day."""
    got = _dated(nlp, _LOOTED, "REJECT")
    assert ("تجاهلت", None, "2015-07-27", "before_published") in got
    assert not any(d in ("2015-07-26", "2015-07-27") for _, d, _, _ in got)


def test_verbs_joined_past_a_clause_of_lakin_are_background(nlp):
    """«لكنها … بادرت باجتياح العاصمة صنعاء، وسيطرت …، ونهبت مخازن الأسلحة»: the looting of 2014, not of today."""
    got = _dated(nlp, _LOOTED, "COERCE")
    assert ("نهبت", None, "2015-07-27", "before_published") in got
    assert not any(t == "نهبت" and d is not None for t, d, _, _ in got)


_CHILD = ("اصيب 18 شرطيا مصريا على الاقل الاحد في انفجار عبوة ناسفة استهدف حافلة قرب مدينة العريش. "
          "والخميس الماضي، قتل اربعة عسكريين مصريين بينهم ضابط في انفجار قنبلة عند مرور دوريتهم في قطاع رفح. "
          "الى ذلك أصيب طفل في انفجار عبوة ناسفة جنوب الشيخ زويد فيما أصيب آخر بطلق ناري من مجهولين في مدينة رفح "
          "بشمال سيناء. وقالت مصادر أمنية مصرية في تصريحات صحفية مساء السبت إن عبوة ناسفة انفجرت في قرية أبو العراج "
          "جنوب الشيخ زويد.")


def test_a_turn_to_another_matter_takes_the_day_of_the_sentence_after(nlp):
    """«الى ذلك أصيب طفل …» after Thursday's bombing, before «وقالت مصادر … مساء السبت»: Saturday, not Thursday."""
    got = _dated(nlp, _CHILD, "ASSAULT")
    assert ("أصيب", "2015-07-25", None, "story") in got
    assert not any(t == "أصيب" and d == "2015-07-23" for t, d, _, _ in got)


_MERKEL = ("قال الجيش التركي إن مسلحين أكرادا قتلوا اثنين من جنوده في تفجير قنبلة مزروعة على الطريق امس. "
           "وقال صلاح دمرداش أحد زعيمي حزب الشعوب في تغريدة على تويتر إن العمليات تهدف إلى تقويض الحزب. "
           "الى ذلك دعت المستشارة الألمانية انجيلا ميركل الحكومة التركية إلى عدم التخلي عن عملية السلام مع الأكراد. "
           "ونقل جورج شترايتر نائب المتحدث باسم الحكومة الألمانية امس عن ميركل قولها خلال مكالمة هاتفية مع رئيس "
           "الوزراء التركي إنه ينبغي الحفاظ على عملية السلام.")


def test_a_turn_to_another_matter_takes_the_day_the_next_sentence_tells(nlp):
    """«الى ذلك دعت ميركل الحكومة التركية» … «ونقل شترايتر امس عن ميركل قولها»: the call of yesterday."""
    got = _dated(nlp, _MERKEL, "REQUEST")
    assert ("دعت", "2015-07-26", None, "story") in got
    assert not any(t == "دعت" and d == "2015-07-27" for t, d, _, _ in got)


_ROLE = ("وقالت حركة المقاومة إن القوى الجنوبية اعتقلت القائد العسكري عبدالخالق الحوثي. ويقول يمنيون إن عبد الخالق "
         "شقيق عبدالملك الحوثي زعيم الحوثيين لعب دوراً مهماً في استيلاء الجماعة المتحالفة مع ايران على صنعاء.")


def test_an_act_a_role_was_played_in_is_background(nlp):
    """«لعب دوراً مهماً في استيلاء الجماعة … على صنعاء»: the seizure of 2014, not of the publication day."""
    got = _dated(nlp, _ROLE, "COERCE")
    assert ("استيلاء", None, "2015-07-27", "before_published") in got
    assert ("اعتقلت", "2015-07-27", None, "published") in got
    assert not any(t == "استيلاء" and d is not None for t, d, _, _ in got)


_SERMON = ("وتقول المجلة إن العامين المنصرمين كانا الأكثر عنفا في تاريخ مصر حيث قتل 1800 من المدنيين أمس الأول. "
           "إلى ذلك، أدان مفتى الجمهورية السابق علي جمعة، العمليات الإرهابية التي تقتل الأبرياء دون وجه حق باسم الدين. "
           "وقال الشيخ علي جمعة في خطبة الجمعة أمس من مسجد السيدة زينب بالقاهرة إن الرسول تبرأ ممن يدعون الإسلام.")


def test_a_turn_to_another_matter_before_a_sermon_of_yesterday(nlp):
    """«إلى ذلك، أدان مفتى الجمهورية السابق …» «وقال الشيخ علي جمعة في خطبة الجمعة أمس»: Friday, the sermon's day."""
    got = _dated(nlp, _SERMON, "ACCUSE", published="2015-07-25")
    assert ("أدان", "2015-07-24", None, "story") in got


_THREAT = ("أعلنت مصادر رسمية مقتل عسكريين تركيين اثنين وجرح أربعة آخرين مساء يوم السبت، في انفجار سيارة مفخخة استهدف "
           "قافلة عسكرية في محافظة ديار بكر. ولم تتبن أي جهة الهجوم لكنه يأتي بينما هدد حزب العمال الكردستاني بقطع "
           "الهدنة مع انقرة إثر الضربات الجوية التي شنها الجيش التركي الجمعة والسبت على معسكرات للمتمردين في شمال "
           "العراق.")


def test_days_in_the_relative_clause_after_ithr_bound_the_act_from_below(nlp):
    """«هدد … إثر الضربات الجوية التي شنها الجيش التركي الجمعة والسبت»: the threat came on Saturday or after, not
    on Friday."""
    got = _dated(nlp, _THREAT, "THREATEN")
    assert ("هدد", "2015-07-25", "2015-07-27", "text") in got
    assert not any(d == "2015-07-24" for _, d, _, _ in got)
