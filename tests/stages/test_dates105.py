"""Round 105 (dates105): a lead act dated only by the publication day takes the day the next sentence gives the
statement that tells it, «في بيان/تصريحات/برقية … أمس» (2015-07-22 #682, #694, #764, #766); not the other acts of the
lead sentence (the approval a condemnation names came before it), nor past a sentence that dates no statement. A day
that dates only what is to come («وسيعرض اليوم الجمعة») does not make the lead name the publication day (2015-07-31
#1641), and what a lead statement dated in its frame goes on saying takes its day (2015-07-22 #768)."""

from stage_coding import kept_dates

_DATE = "2015-07-22"

_SPOKESMAN = ("أكدت الخارجية المصرية مجددًا رفض مصر الكامل للتدخل الإيراني في الشؤون الداخلية للدول العربية، مطالبة "
              "بضرورة الالتزام بسياسة حسن الجوار. وشدد المتحدث الرسمي باسم وزارة الخارجية المصرية السفير بدر عبدالعاطي "
              "في تصريحات له أمس على تضامن مصر مع أشقائها العرب في مواجهة أية تدخلات خارجية.")

_CABLE = ("تعهدت المستشارة الألمانية أنجيلا ميركل للحكومة التركية بتقديم مساندة ألمانية عقب الهجوم الإرهابي الذي تعرضت "
          "له مدينة سروج التركية. وكتبت ميركل أمس الثلاثاء في برقية تعزية أرسلتها إلى رئيس الحكومة التركية أحمد داود "
          "أوغلو \"إننا متحالفون في مواجهة الإرهاب\". يذكر أن هجوما تم شنه على أتباع منظمة شبابية اجتماعية الاثنين، "
          "أسفر عن مقتل ما لا يقل عن 30 شخصا وإصابة مئة آخرين.")

_COUNCIL = ("أدان المجلس الوطني الفلسطيني بشدة مصادقة كنيست الاحتلال الإسرائيلي على قانون يشدد الأحكام الجائرة على من "
            "يقاوم ويواجه بالحجارة قوات الاحتلال خاصة في القدس المحتلة. وكان الكنيست الإسرائيلي صادق أول من أمس "
            "بالقراءة الثالثة والنهائية على قانون يفرض ما بين 10 أعوام إلى 20 عاما من السجن الفعلي على من يرمي الحجارة. "
            "واعتبر المجلس في بيان له من مقره في عمان أمس إقرار هذا القانون العنصري إمعانا في العدوان والتطرف "
            "وفرض المزيد من العقوبات على أبناء هذا الشعب بسبب مقاومتهم المشروعة للاحتلال ودفاعهم عن أنفسهم في وجه "
            "المحتل الذي يقوم يوميا بقتل الأطفال ومصادرة الأراضي وهدم البيوت. وطالب المجلس الاتحادات والملتقيات "
            "البرلمانية إلزام الكنيست الإسرائيلي بقرارات ومواثيق وأنظمة تلك الاتحادات.")


def test_lead_refusal_takes_the_day_of_the_spokesman_statement(nlp):
    """«أكدت الخارجية المصرية مجددًا رفض مصر …» «وشدد المتحدث … في تصريحات له أمس»: the refusal was voiced
    yesterday, the 21st, not on the publication day."""
    rows = kept_dates(nlp, _SPOKESMAN, "REJECT", _DATE)
    assert rows and all(d == "2015-07-21" for _, d, _, _ in rows), rows


def test_lead_pledge_takes_the_day_of_the_condolence_cable(nlp):
    """«تعهدت ميركل للحكومة التركية بتقديم مساندة» «وكتبت ميركل أمس الثلاثاء في برقية تعزية»: Tuesday's pledge."""
    rows = kept_dates(nlp, _CABLE, "AGREE", _DATE)
    assert rows and all(d == "2015-07-21" for _, d, _, _ in rows), rows


def test_condemnation_takes_the_statement_day_past_a_recollection(nlp):
    """«أدان المجلس الوطني الفلسطيني …» «وكان الكنيست صادق أول من أمس …» «واعتبر المجلس في بيان له … أمس»: the
    condemnation is yesterday's statement; the sentence opened by «وكان» recalls the approval and dates no statement."""
    rows = kept_dates(nlp, _COUNCIL, "ACCUSE", _DATE)
    assert rows and rows[0][1] == "2015-07-21", rows
    asked = kept_dates(nlp, _COUNCIL, "REQUEST", _DATE)  # and the council's call that goes on with it
    assert asked and all(d == "2015-07-21" for _, d, _, _ in asked), asked


def test_the_condemned_approval_keeps_its_earlier_day(nlp):
    """The approval the condemnation names («مصادقة كنيست الاحتلال») is not the lead's main act: it does not take
    the statement's day (the Knesset approved it the day before, «أول من أمس»)."""
    rows = [r for r in kept_dates(nlp, _COUNCIL, "SUPPORT", _DATE) if r[0] == "مصادقة"]
    assert all(d != "2015-07-21" for _, d, _, _ in rows), rows


def test_a_statement_sentence_with_no_day_gives_none(nlp):
    """With no day in the statement's frame the lead keeps the publication day."""
    text = _SPOKESMAN.replace(" أمس على", " على")
    rows = kept_dates(nlp, text, "REJECT", _DATE)
    assert rows and all(d == _DATE for _, d, _, _ in rows), rows


_ARREST = ("ألقت الشرطة في ولاية بادن فورتمبيرج جنوب غرب ألمانيا القبض على رجل أقدم على تفجير منزله ببلدة "
           "بيتيجهايم-بيسنجن القريبة من مدينة لودفيجسهافن وبداخله زوجته وإحدى بناته.\nقالت شرطة مكافحة الجريمة إنها "
           "ألقت القبض على الرجل (55 عاماً) مساء أمس الخميس في غابة صغيرة على أطراف المدينة، وسيعرض اليوم الجمعة أمام "
           "قاضي التحقيقات، الذي من المتوقع أن يوجه إليه تهمة الشروع في القتل.")


def test_lead_arrest_takes_the_body_day_past_a_day_of_what_is_to_come(nlp):
    """«ألقت الشرطة … القبض على رجل» «قالت الشرطة إنها ألقت القبض على الرجل مساء أمس الخميس …، وسيعرض اليوم
    الجمعة أمام قاضي التحقيقات»: Friday dates only the hearing to come, so the lead does not name the publication day
    as its news day; the lead's arrest takes Thursday (2015-07-31 #1641)."""
    rows = kept_dates(nlp, _ARREST, "COERCE", "2015-07-31")
    assert rows and all(d == "2015-07-30" for _, d, _, _ in rows), rows


_FAMILIES = ("قال تجمع لاهالي معتقلين \"سلفيين\" في غزة في بيان امس ان اجهزة الامن التابعة لحماس التي تسيطر على القطاع "
             "اعتقلت عدداً من نشطاء الجماعات السلفية المتشددة بعد ساعات على تفجيرات استهدفت سيارات ناشطين في حركتي حماس "
             "والجهاد الاسلامي. وقال \"تجمع اهالي المعتقلين السلفيين في سجون سلطة حماس\" في بيان تسلمت وكالة فرانس برس "
             "نسخة منه ان \"سلطات حماس قامت بحملة شرسة وباعتقال عدد من الدعاة السلفيين بعد ساعات فقط من التفجيرات "
             "الاخيرة المفتعلة\". ويشير التجمع القريب من الجماعات السلفية في القطاع، بذلك الى التفجيرات شبه المتزامنة "
             "التي دمرت خمس سيارات تعود لناشطين في حماس والجهاد الاسلامي الاحد في شمال مدينة غزة ولم يعلن اي طرف "
             "مسؤوليته عنها. ومنذ عدة اشهر يسود توتر في العلاقات بين حماس والجماعات \"السلفية\". ")
_WARNED = ("وحذر من \"نتائج كارثية ليست في حسبان احد\"، محملا حماس \"وحلفاءها في غزة المسؤولية التامة عن تبعات هذه "
           "الاحداث الخطيرة\".")


def _blames(nlp, text):
    """(trigger, date) of the ACCUSE events of mode allege (محملا) kept for `text` on 2015-07-22."""
    return [(e.trigger.text, e.date) for e in nlp(text, published=_DATE).events
            if e.event == "ACCUSE" and e.trigger.text == "محملا"]


def test_what_a_lead_statement_goes_on_saying_takes_its_day(nlp):
    """«قال تجمع لاهالي معتقلين … في بيان امس ان …» … «وحذر من "نتائج كارثية"، محملا حماس … المسؤولية»: the blame is
    the statement's, of yesterday (2015-07-22 #768)."""
    rows = _blames(nlp, _FAMILIES + _WARNED)
    assert rows and all(d == "2015-07-21" for _, d in rows), rows


def test_a_turn_to_another_matter_ends_the_statement(nlp):
    """Past «من جهة أخرى» the story tells another matter: the statement's day does not carry there."""
    rows = _blames(nlp, _FAMILIES + "من جهة أخرى، " + _WARNED)
    assert rows and all(d == _DATE for _, d in rows), rows
