"""Round 94 (nonev94): words that read as an event and tell none (dev: 2015-07-27 #305–904, judged not_event).

- An appeal whose addressee, with بـ, is the public past a long caller the coder did not resolve
  («وأهاب عماد الزهراني المتحدث الرسمي … بالأخوة المواطنين والمقيمين», #746) is an agency's notice.
- A shell found (عثر رجل … على قذيفة دبابة قديمة, #862) is no attack.
- An aid verb between a relative and a comma («الأداء الذي قدموه، وكذلك الدعم», #603/#617) has its object before
  the relative: a team's performance, no aid.
- An event noun right after a case word right after a number is a count of cases (نحو 3982 قضية تحرش, #868).
"""

_DATE = "2015-07-27"


def _events(nlp, text, kind, date=_DATE):
    """(trigger text, actor texts, recipient texts) of the events of `kind` the whole pipeline codes for `text`."""
    return [(e.trigger.text, [p.text for p in e.actor], [p.text for p in e.recipient])
            for e in nlp(text, published=date).events if e.event == kind]


def test_public_addressee_with_bi_past_an_unresolved_caller(nlp):
    """#746: the Red Crescent spokesman's appeal to citizens and residents to call 997 is a notice, no REQUEST; a
    political appeal to a state stays."""
    text = ("وأهاب عماد الزهراني المتحدث الرسمي لهيئة الهلال السعودي في الباحة بالأخوة المواطنين والمقيمين إلى إبلاغ "
            "غرفة العمليات من خلال الرقم (997) عند حدوث أي مكروه.")
    assert not [e for e in _events(nlp, text, "REQUEST") if e[0] == "أهاب"]
    kept = "ودعا وزير الخارجية السعودي عادل الجبير إيران إلى الكف عن التدخل في شؤون دول المنطقة."
    assert [e for e in _events(nlp, kept, "REQUEST") if e[0] == "دعا"]


def test_shell_found_is_no_attack(nlp):
    """#862: «عثر رجل في مدينة إرفورت شرقي ألمانيا على قذيفة دبابة قديمة» is a find, no ASSAULT; a shell that hit
    a district stays."""
    text = ("عثر رجل في مدينة إرفورت شرقي ألمانيا على قذيفة دبابة قديمة، ودون أن يشعر بذعر أمسك الرجل القذيفة "
            "وحملها إلى مكتب.")
    assert not [e for e in _events(nlp, text, "ASSAULT") if e[0] == "قذيفة"]
    kept = "وسقطت قذيفة أطلقها الحوثيون على حي سكني في تعز وقتلت ثلاثة مدنيين."
    assert [e for e in _events(nlp, kept, "ASSAULT") if e[0] == "قذيفة"]


def test_aid_verb_between_a_relative_and_a_comma(nlp):
    """#603: «جاء نتيجة الأداء الذي قدموه، وكذلك الدعم الذي حظي به» is the players' performance, no AID; aid
    given with its recipient in the clause stays."""
    text = ("وأكد جروس في حديثه للاعبين أن حصوله على الجائزة جاء نتيجة الأداء الذي قدموه، وكذلك الدعم الذي حظي به "
            "من قبل الجهاز الإداري.")
    assert not [e for e in _events(nlp, text, "AID") if e[0] == "قدموه"]
    kept = "وأشاد الوزير بالمساعدات التي قدمتها المملكة لليمن، والدعم المتواصل للشعب اليمني."
    assert [e for e in _events(nlp, kept, "AID") if e[1] or e[2]]


def test_counted_cases_are_statistics(nlp):
    """#868: «نحو 3982 قضية تحرش وإيذاء» in the courts' statistics is no ASSAULT; a killing of counted soldiers
    stays."""
    text = ("استقبلت المحاكم الجزائية في مدن المملكة خلال عامي 1435- 1436 نحو 3982 قضية تحرش وإيذاء، وذلك وفقا "
            "للمؤشر الإحصائي في وزارة العدل.")
    assert not [e for e in _events(nlp, text, "ASSAULT") if e[0] == "تحرش"]
    kept = "وقتل مسلحون من داعش 12 جنديا عراقيا في هجوم على نقطة تفتيش غرب الرمادي."
    assert [e for e in _events(nlp, kept, "ASSAULT") if e[0] == "قتل"]
