"""Round 69 repeats: a passage the article prints twice word for word (a lead told again in the body) is coded once;
a dual noun of two sides («الرئيسان») after a call between two named presidents is those two, and their call told
again is no second call; a bombing told by its verb after «ثلاث هجمات» is one of the three, not the series again.
Sentences from the dev days."""


def _events(nlp, text, kind, published):
    """(trigger start, trigger, actor texts, recipient texts) of the events of `kind` coded for `text`."""
    return [(e.trigger.start, e.trigger.text, [m.text for m in e.actor], [m.text for m in e.recipient])
            for e in nlp(text, published=published).events if e.event == kind]


BATTLE = ("أحكمت المقاومة الشعبية قبضتها تماما على عدن بدخولها القصر الجمهوري آخر معقل للحوثيين في منطقة جبل "
          "المعاشيق، بعد معارك ضارية، وقصف طيران التحالف، امس الخميس مواقع للحوثيين والقوات الموالية للرئيس السابق علي "
          "صالح بالعاصمة صنعاء ومدينة مأرب شرق اليمن، فيما أفادت مصادر بحالات تمرد في وسط ضباط القوات المسلحة من "
          "الموالين للحوثيين والمخلوع صالح، ورفضوا التوجه إلى مناطق المواجهات في عدن وتعز، وقامت ميليشيات الحوثي بملاحقة "
          "الضباط الرافضين للقتال، واعتقلت بعضهم فيما تمكن البعض الآخر من تغيير مكان سكنه، حفاظاً على حياته. المقاومة "
          "تحكم قبضتها وفي التفاصيل، دخل مقاتلو المقاومة الشعبية القصر الجمهوري في المعاشيق التي يوجد فيها أيضا مسكن "
          "الرئيس اليمني. وأحكمت المقاومة الشعبية قبضتها تماما على عدن بدخولها القصر الجمهوري آخر معقل للحوثيين في "
          "منطقة جبل المعاشيق، بعد معارك ضارية أسفرت عن مقتل عشرين من الحوثيين وقوات صالح، بالإضافة إلى مقتل وجرح ستة "
          "من أفراد المقاومة.")


def test_a_battle_printed_twice_is_one_act(nlp):
    """2015-07-24 #1770: the lead «آخر معقل للحوثيين في منطقة جبل المعاشيق، بعد معارك ضارية» is printed again in the
    body."""
    battles = [e for e in _events(nlp, BATTLE, "ASSAULT", "2015-07-24") if e[1] == "معارك"]
    assert any(start < BATTLE.index("وفي التفاصيل") for start, *_ in battles)  # the first telling stays
    assert not any(start > BATTLE.index("وفي التفاصيل") for start, *_ in battles)  # the one printed again goes


CALL = ("أفادت تقارير إخبارية تركية اليوم الخميس بأنه من المتوقع أن تقوم تركيا خلال أيام بفتح قاعدة انجرليك الجوية "
        "جنوبي للبلاد أمام طائرات التحالف الدولي ضد تنظيم داعش ، وذلك بعد اتصال هاتفي جرى بين الرئيسين التركي رجب طيب "
        "أردوغان والأمريكي باراك أوباما. وكان الجانبان قد اتفقا من حيث المبدأ في السابع والثامن من تموز/يوليو على "
        "استخدام القاعدة الموجودة في إقليم أضنة. واتفق الرئيسان في اتصال هاتفي أمس على العمل سويا \"لوقف تدفق "
        "المقاتلين الأجانب وتأمين الحدود مع سورية\" ، وفقا لما ذكره البيت الأبيض.")


def test_the_two_presidents_are_those_of_the_call(nlp):
    """2015-07-23 #178: «واتفق الرئيسان في اتصال هاتفي أمس» is Erdogan and Obama agreeing in the call told before:
    the agreement is theirs, told once, both as its actors (as the events stage gives «ورحب الجانبان» the two sides),
    the call told again no second call."""
    calls = _events(nlp, CALL, "CONSULT", "2015-07-23")
    assert any("أردوغان" in " ".join(a) for _, _, a, _ in calls)
    assert not any(start > CALL.index("واتفق الرئيسان") for start, *_ in calls)
    agree = [e for e in _events(nlp, CALL, "AGREE", "2015-07-23") if e[0] > CALL.index("واتفق الرئيسان")]
    assert agree and all("الرئيسان" not in a for _, _, a, _ in agree)
    assert len(agree) == 1 and all("أردوغان" in " ".join(a) and "أوباما" in " ".join(a) for _, _, a, _ in agree)


SERIES = ("وصل آشتون كارتر وزير الدفاع الاميركي، اليوم (الخميس)، إلى بغداد، في زيارة غير معلنة، للبحث مع مسؤولين "
          "سياسيين وعسكريين في المواجهة ضد تنظيم «داعش» الذي كثف أخيرًا تفجيراته في العاصمة العراقية ومناطق قريبة "
          "منها.\n\nكما ينفذ المتطرفون تفجيرات دامية في بغداد ومناطق قريبة منها.\n\n فقد قتل 21 شخصًا على الاقل مساء "
          "أمس، في ثلاث هجمات استهدفت مناطق في بغداد. واستهدف تفجيران انتحاريان بحزام ناسف نقطة تفتيش للجيش والشرطة في "
          "منطقة الشعب في شمال شرقي بغداد، بينما انفجرت سيارة مفخخة في سوق شعبية بمنطقة البياع (غرب).\n\n وتبنى التنظيم "
          "في بيانين عبر حسابات مؤيدة له على مواقع التواصل، هذه التفجيرات التي أتت غداة مقتل 23 شخصا على الاقل في تفجير "
          "سيارتين مفخختين في شرق العاصمة وجنوبها، تبناهما أيضا التنظيم المتطرف.\n\n وجاءت سلسلة الهجمات في العاصمة بعد "
          "أقل من اسبوع على تفجير انتحاري وقع الجمعة في سوق منطقة خان بني سعد (20 كلم شمال شرقي بغداد) في محافظة ديالى، "
          "وتبناه التنظيم كذلك.")


def test_a_car_bomb_of_three_attacks_is_an_act_of_its_own(nlp):
    """2015-07-23 #20: «بينما انفجرت سيارة مفخخة في سوق شعبية بمنطقة البياع» is one of «ثلاث هجمات», not them again."""
    assaults = _events(nlp, SERIES, "ASSAULT", "2015-07-23")
    assert any(t == "هجمات" for _, t, _, _ in assaults)
    assert any(t == "انفجرت" for _, t, _, _ in assaults)


VISIT = ("وصل آشتون كارتر وزير الدفاع الاميركي، اليوم (الخميس)، إلى بغداد، في زيارة غير معلنة، للبحث مع مسؤولين سياسيين "
         "وعسكريين في المواجهة ضد تنظيم «داعش» الذي كثف أخيرًا تفجيراته في العاصمة العراقية ومناطق قريبة منها.\n\n"
         " من جهته، قال ستيف وارن المتحدث باسم وزارة الدفاع الاميركية الذي يرافق كارتر في الزيارة، إن الجهود العسكرية "
         "في الانبار تركز حاليًّا على عزل الرمادي، مقدرًا عدد مقاتلي التنظيم الموجودين فيها بما بين ألف وألفين.\n\n"
         " وتأتي زيارة كارتر إلى بغداد ضمن جولة اقليمية شملت حتى الآن السعودية والاردن وإسرائيل، وتهدف إلى طمأنة حلفاء "
         "واشنطن في المنطقة.")


def test_a_visit_told_again_by_its_visitor_is_the_lead_visit(nlp):
    """2015-07-23 #20: «يرافق كارتر في الزيارة» and «وتأتي زيارة كارتر إلى بغداد» tell again the visit of the lead
    («وصل آشتون كارتر … إلى بغداد، في زيارة غير معلنة»): one visit, the lead's, Carter's to Baghdad."""
    visits = _events(nlp, VISIT, "CONSULT", "2015-07-23")
    assert [(start, a, r) for start, _, a, r in visits] == [(VISIT.index("زيارة"), ["كارتر"], ["بغداد"])]


KENYA = ("تزامنا مع زيارة يقوم بها الرئيس الأميركي باراك أوباما لكينيا التي تعتبر من الدول التي تشهد اشتباكات مسلحة، يركز "
         "المسؤولون الاميركيون والكينيون على ضمان عدم قيام حركة الشباب الصومالية المتطرفة المرتبطة بتنظيم القاعدة بأعمال "
         "عنف تعرقل الزيارة الرئاسية الاميركية لكينيا هذا الاسبوع.\n\n وفي مؤتمر صحافي في واشنطن هذا الشهر اسف اوباما "
         "للتدابير الامنية المشددة خلال زيارته لكينيا أرض اجداده.")


def test_a_visit_told_again_by_its_visitor_in_another_clause_is_one_visit(nlp):
    """2015-07-23 #29: «خلال زيارته لكينيا», told in a clause dated «هذا الشهر», is Obama's visit to Kenya of the lead
    told again, not a visit of its own."""
    visits = _events(nlp, KENYA, "CONSULT", "2015-07-23")
    assert any(start < 60 and "أوباما" in " ".join(a) for start, _, a, _ in visits)
    assert not any(start > KENYA.index("خلال زيارته") for start, *_ in visits)
