"""Round 73 repeats: one act told again by another word of it in one clause or the next sentences — a lead's toll
printed again in the body in another word and case («وقتل ضابطا شرطة في هجوم استهدفهما …» … «عن مقتل ضابطي شرطة في
هجوم استهدفهما …»), a noun of the act after «حيث» with the very victims of the assault told before it («واستهدف اكثر
الهجمات دموية منطقة بغداد الجديدة …، حيث ادى تفجير سيارة مفخخة الى مقتل 19 شخصا»), and the means of an attack told
again by a witness in the next sentence («دمرت طائرات التحالف العربي في غارتين جويتين معسكرا» … «وأفاد شهود عيان … أن
غارتين جويتين استهدفتا أمس معسكر المنار») — is that act once. Sentences from the dev day 2015-07-23."""


def _events(nlp, text, kind, published="2015-07-23"):
    """(trigger start, trigger, actor texts, recipient texts, date) of the events of `kind` coded for `text`."""
    return [(e.trigger.start, e.trigger.text, [m.text for m in e.actor], [m.text for m in e.recipient], e.date)
            for e in nlp(text, published=published).events if e.event == kind]


SANLIURFA = ("اعلنت السلطات التركية ان شابا في العشرين هو منفذ الهجوم الانتحاري الذي تبناه تنظيم داعش في سوروتش على "
             "الحدود مع سوريا، وقتل ضابطا شرطة في هجوم استهدفهما بمدينة شانلي أورفا في جنوب شرق تركيا امس. من جهة "
             "ثانية، أعلن مسؤول تركي امس، عن مقتل ضابطي شرطة في هجوم استهدفهما بمدينة شانلي أورفا في جنوب شرق تركيا "
             "قرب الحدود السورية.")


def test_a_toll_printed_again_in_another_word_is_one(nlp):
    """2015-07-23 #1023: «عن مقتل ضابطي شرطة في هجوم استهدفهما بمدينة شانلي أورفا …» prints the lead's «وقتل ضابطا
    شرطة …» again; the lead's toll stays, the body's goes."""
    tolls = [e for e in _events(nlp, SANLIURFA, "ASSAULT") if e[1] in ("قتل", "مقتل")]
    assert [e[1] for e in tolls] == ["قتل"]


BAGHDAD = ("ميدانيا، قتل 30 شخصا على الاقل في سلسلة تفجيرات استهدفت مناطق مختلفة في العراق الثلاثاء. واستهدف اكثر "
           "الهجمات دموية منطقة بغداد الجديدة ذات الغالبية الشيعية في شرق العاصمة، حيث ادى تفجير سيارة مفخخة الى "
           "مقتل 19 شخصا على الاقل واصابة 43، بحسب مصدر في وزارة الداخلية.")


def test_the_bombing_told_after_where_is_the_attack_before_it(nlp):
    """2015-07-23 #1102: «حيث ادى تفجير سيارة مفخخة الى مقتل 19 شخصا» tells how «واستهدف اكثر الهجمات دموية» was
    done: one attack, the verb told first stays."""
    words = [e[1] for e in _events(nlp, BAGHDAD, "ASSAULT")]
    assert "استهدف" in words and "تفجير" not in words


SANAA = ("من جهة أخرى دمرت طائرات التحالف العربي في غارتين جويتين معسكرا يسيطر عليه الحوثيون في ضواحي العاصمة صنعاء.\n"
         "وأفاد شهود عيان لـ «عكاظ» أن غارتين جويتين استهدفتا أمس معسكر المنار في مديرية الحيمة الخارجية غرب العاصمة "
         "التابع للحرس الجمهوري وبعضا من الأهداف والمخازن له.")


def test_the_strikes_a_witness_tells_again_are_the_strikes_told(nlp):
    """2015-07-23 #1225: «أن غارتين جويتين استهدفتا أمس معسكر المنار» told by witnesses are the two strikes of «دمرت
    طائرات التحالف العربي في غارتين جويتين معسكرا»: one act, the verb's, dated by the witnesses' «أمس»."""
    strikes = _events(nlp, SANAA, "ASSAULT")
    assert [e[1] for e in strikes] == ["دمرت"] and strikes[0][2] == ["طائرات التحالف"]
    assert str(strikes[0][4]) == "2015-07-22"


PRINTED = ("من جهتها، صادقت لجنة الاستثناءات الإسرائيلية وبصورة عاجلة على تسمين مستوطنات غلاف قطاع غزة، واقرت تل ابيب "
           "خططا لبناء 886 وحدة استيطانية في الضفة الغربية. وشكر الحساينة المملكة العربية السعودية وقطر والكويت على "
           "جهودهم. تسمين مستوطنات الى ذلك، صادقت لجنة الاستثناءات الإسرائيلية وبصورة عاجلة على دعم مستوطنات غلاف "
           "قطاع غزة بـ( 50 مليون شيقل -15 مليون دولار ).")


def test_an_approval_printed_again_with_its_doer_is_one(nlp):
    """2015-07-23 #1019: «الى ذلك، صادقت لجنة الاستثناءات الإسرائيلية وبصورة عاجلة على» prints again, its doer and
    all, the approval the lead told; the lead's stays."""
    approvals = [e for e in _events(nlp, PRINTED, "SUPPORT") if e[1] == "صادقت"]
    assert len(approvals) == 1 and approvals[0][0] < 20


PROTEST = ("مظاهرة مناوئة الى ذلك، تجمع متظاهرون في شارع تايمز سكوير بنيويورك للتنديد بالاتفاق النووي الايراني الموقع "
           "بين ايران والقوى العظمى داعين الكونغرس الامريكي الى رفض الاتفاق. وتجمع حوالى الف شخص في شارع تايمز سكوير، "
           "حسب تقديرات مصور وكالة فرانس برس. وحسب جيفري وايسنفيل، احد منظمي المظاهرة، فان حوالى 10 آلاف شخص تجمعوا "
           "للتنديد بالاتفاق الذي يهدد، كما قالوا، الامن العالمي وامن اسرائيل. وشارك في المظاهرة خصوصا نواب جمهوريون "
           "ومؤيدون لليمين الاسرائيلي.")


def test_those_who_took_part_in_a_protest_tell_no_other_protest(nlp):
    """2015-07-24 #1843: «وشارك في المظاهرة نواب جمهوريون» names who took part in the protest told before, no other
    protest."""
    assert len(_events(nlp, PROTEST, "PROTEST", "2015-07-24")) == 1


FARYAB = ("أعلن مسؤول حكومي امس الأربعاء أن ما لايقل عن 25 شخصا، معظمهم من المدنيين، قتلوا في انفجار بشمال أفغانستان. "
          "وقال أحمد جاويد بيدار، المتحدث باسم حاكم إقليم فارياب \"فجر انتحاري المتفجرات التي بحوزته في سوق بمنطقة "
          "المار\".")


def test_the_bomber_a_source_names_is_the_doer_of_the_toll_told_first(nlp):
    """2015-07-23 #1101: «فجر انتحاري المتفجرات» told by the governor's spokesman is the blast the 25 «قتلوا في
    انفجار» fell in: one act, the toll told first with the bomber as its doer."""
    attacks = _events(nlp, FARYAB, "ASSAULT")
    assert [(e[1], e[2]) for e in attacks] == [("قتلوا", ["انتحاري"])]
