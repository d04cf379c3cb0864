"""Round 100 (nonevents100): non-events and wrong senses the judges found on the dev slice 2015-07-31 #480–959:
injuries that «swept» a team's players, the «summit» of power, «لقاء» meaning «in return for», an infection caught
(no assault), a given name's second part read as a verb («هاني طالب بلان»), and support or opposition told by a
clause describing an indefinite noun («مجموعة تعارض عمليات الإجهاض»: a stance, no act)."""

_DATE = "2015-07-31"


def _types(nlp, text):
    """(event type, trigger) of the events the whole pipeline codes for `text`."""
    return [(e.event, e.trigger.text) for e in nlp(text, published=_DATE).events]


def _kinds(nlp, text):
    """The event types the whole pipeline codes for `text`."""
    return [kind for kind, _ in _types(nlp, text)]


def test_injuries_sweeping_players_are_no_assault(nlp):
    """«اجتاحت الإصابات لاعبي النصر اليوم الخميس» (#940): a team's injuries, no invasion."""
    text = "اجتاحت الإصابات لاعبي النصر اليوم الخميس بعد أن تعرض لاعب خط الوسط لخلع في الكتف."
    assert "ASSAULT" not in _kinds(nlp, text), _types(nlp, text)
    assert "ASSAULT" in _kinds(nlp, "اجتاحت القوات الإسرائيلية مدينة جنين فجر اليوم."), "an invasion stays"


def test_summit_of_power_is_no_meeting(nlp):
    """«تمهيد الطريق لصعود بوتين إلى قمة السلطة الروسية» (#568): the top of power, no summit."""
    text = "وبعد ذلك مهد الطريق لصعود بوتين إلى قمة السلطة الروسية في عام 1999."
    assert "CONSULT" not in _kinds(nlp, text), _types(nlp, text)


def test_in_return_for_an_award_is_no_meeting(nlp):
    """«هنأ مدير عام التعليم … ثانوية الإمام الطحاوي بالأحساء، لقاء حصولها على وسام الشرف» (#916)."""
    text = ("هنأ مدير عام التعليم بالأحساء أحمد بالغنيم ثانوية الإمام الطحاوي بالأحساء، لقاء حصولها على وسام "
            "الشرف من وكالة ناسا.")
    assert "CONSULT" not in _kinds(nlp, text), _types(nlp, text)


def test_infection_caught_is_no_assault(nlp):
    """«قد أصيب قبل سنوات بالتهاب حاد أدى إلى بتر قدميه» (#509): an illness, no wound."""
    text = "وكان الطفل زاين هارفي، قد أصيب قبل سنوات بالتهاب حاد أدى إلى بتر قدميه ويديه وفشل كليتيه."
    assert "ASSAULT" not in _kinds(nlp, text), _types(nlp, text)


def test_given_name_part_is_no_request(nlp):
    """«اختيار هاني طالب بلان عضو مجلس إدارة الاتحاد القطري» (#840): طالب is a part of a name, no demand."""
    text = ("وجاء اختيار المهندي فيما أصبح هاني طالب بلان أول قطري يتولى منصب نائب رئيس لجنة الحكام بالاتحاد "
            "الآسيوي.")
    assert "REQUEST" not in _kinds(nlp, text), _types(nlp, text)
    assert "REQUEST" in _kinds(nlp, "وطالب الرئيس هادي المجتمع الدولي بالضغط على الحوثيين."), "a demand stays"


def test_speakers_name_part_is_no_condemnation(nlp):
    """«من جهته أكد بخاري دان معلم أحد سكان قرية مجاورة أن المتطرفين «ذبحوا عشرة أشخاص»» (#834): دان is a part of
    the speaker's name, no condemnation."""
    text = "من جهته أكد بخاري دان معلم أحد سكان قرية مجاورة أن المتطرفين ذبحوا عشرة أشخاص."
    assert "ACCUSE" not in _kinds(nlp, text), _types(nlp, text)
    assert "ACCUSE" in _kinds(nlp, "وقال الوزير إن بلاده دانت الهجوم الإرهابي على المسجد."), "a condemnation stays"


def test_clause_describing_a_noun_is_no_act(nlp):
    """«بعد أن نشرت مجموعة تعارض عمليات الإجهاض مقاطع فيديو» (#530), «سحقت جبهة النصرة … مقاتلين تدعمهم
    الولايات المتحدة» (#527): the noun's description, a stance, no act."""
    text = ("هدد النواب الجمهوريون بسحب التمويل الاتحادي للمنظمة، بعد أن نشرت مجموعة تعارض عمليات الإجهاض "
            "مقاطع فيديو.")
    assert "REJECT" not in _kinds(nlp, text), _types(nlp, text)
    text = "وسبق أن سحقت جبهة النصرة مقاتلين تدعمهم الولايات المتحدة في سوريا."
    assert "SUPPORT" not in _kinds(nlp, text), _types(nlp, text)


def test_stance_of_a_named_subject_stays(nlp):
    """A named or definite subject before its verb tells an act («وقال إن مصر تدعم»); so does a statement's own
    rejection («توقيع عشرات المثقفين على بيان يرفض ما وصفوه برجعية وزير الثقافة»: #429 of the slice before)."""
    assert "SUPPORT" in _kinds(nlp, "وقال الوزير إن السعودية تدعم الحكومة اليمنية الشرعية."), "a state's support"
    text = ("وتأتي تلك الأزمة عقب أيام من توقيع عشرات المثقفين المصريين على بيان يرفض ما وصفوه برجعية وزير "
            "الثقافة.")
    assert "REJECT" in _kinds(nlp, text), _types(nlp, text)


def test_body_in_charge_of_relief_is_no_aid(nlp):
    """«وطالب الدكتور اليامي … الهيئات المسؤولة عن تقديم الإغاثة والدعم بتكثيف جهودها» (#946): the bodies are
    described by their task, no aid given."""
    text = ("دعا رئيس لجنة حقوق الإنسان العربية الدكتور هادي اليامي إلى التحقيق في الجرائم المرتكبة في اليمن. "
            "وطالب اليامي في بيان اليوم الهيئات المسؤولة عن تقديم الإغاثة بتكثيف جهودها لتطويق الأزمة الإنسانية. "
            "وأكد أن اللجنة ستتابع الأوضاع في اليمن.")
    assert "AID" not in _kinds(nlp, text), _types(nlp, text)


def test_later_clauses_day_does_not_date_a_mandate(nlp):
    """«إحياء الذكرى الـ65 لإنشاء أونروا، التي تقدم دعما للاجئين الفلسطينيين الذين بلغ عددهم اليوم، 5 ملايين»
    (#520): UNRWA's mandate described; «اليوم» dates the refugees' count in a later clause, not the help."""
    text = ("قال الاتحاد الأوروبي إنه يطالب إسرائيل بمراجعة قرارها. "
            "وأعلن الاتحاد أن مفوضه شارك في احتفالية إحياء الذكرى الـ65 لإنشاء أونروا، التي تقدم دعما للاجئين "
            "الفلسطينيين الذين بلغ عددهم اليوم، 5 ملايين شخص. "
            "وأكد الاتحاد أنه سيواصل متابعة الأوضاع.")
    assert "AID" not in _kinds(nlp, text), _types(nlp, text)
