"""Round dp48: repeats from the judged international pages of 2015-08-06 #0–499 — a condemnation told again by a verb
whose object is pointed at by a demonstrative («واستنكر التركي هذه التصريحات»); a condemnation told first without a
day and again by its doer with its day («التي استنكرت القصف التركي» … «ودانت الجامعة العربية أول من أمس القصف»); a
call and a demand of one speaker going on in the next sentence («ودعا … بان كي مون إلى دعم الوكالة» … «وطالب
بتبرعات عاجلة»); an appeal told again after the speaker's title («وقال الامين العام في بيان انه يناشد»)."""

from stage_coding import kept_dates, kept_types

_DATE = "2015-08-06"


def _kept(nlp, text, kind):
    """The triggers of the events of `kind` the whole pipeline keeps for `text`."""
    return [t for k, t in kept_types(nlp, text, _DATE) if k == kind]


_MWL = ("أدانت رابطة العالم الإسلامي، التصريحات الطائفية التي صدرت عن نائب رئيس الجمهورية العراقية نوري المالكي "
        "وعدتها تصريحات تغذي التطرف والإرهاب والطائفية المقيتة. وأوضحت الرابطة في بيان أصدرته اليوم أن المملكة لم "
        "تتدخل في شؤون العراق. واستنكر معاليه هذه التصريحات غير المسؤولة وصدورها من مسؤول في دولة العراق الشقيقة.")


def test_condemnation_of_a_thing_pointed_at_is_the_one_told_before(nlp):
    """«واستنكر معاليه هذه التصريحات» after «أدانت رابطة العالم الإسلامي التصريحات الطائفية» (#184, #870, #1016):
    the league's one condemnation told again by its secretary-general."""
    assert _kept(nlp, _MWL, "ACCUSE") == ["أدانت"]


def test_condemnation_of_something_else_stays(nlp):
    """Without a demonstrative pointing back («واستنكر معاليه بعد ذلك قرارات الحكومة»), a verb opening its sentence
    without a tagged doer is not read as the act told before."""
    text = _MWL.replace("واستنكر معاليه هذه التصريحات غير المسؤولة", "واستنكر معاليه بعد ذلك قرارات الحكومة العراقية")
    assert len(_kept(nlp, text, "ACCUSE")) == 2


_LEAGUE = ("تحفظت قطر على موقف جامعة الدول العربية، التي استنكرت القصف التركي في شمال العراق، مؤكدة دعمها الكامل "
           "لتركيا، وفق بيان لوزارة الخارجية. ودانت الجامعة العربية أول من أمس القصف التركي في شمال العراق، وطالبت "
           "أنقرة باحترام سيادة العراق على أراضيه.")


def test_condemnation_told_first_without_a_day_is_dated_by_its_doer_again(nlp):
    """«ودانت الجامعة العربية أول من أمس القصف التركي» after «جامعة الدول العربية، التي استنكرت القصف التركي» (#809):
    one condemnation, the first telling taking the day told of it (#807: 2015-08-04)."""
    dates = kept_dates(nlp, _LEAGUE, "ACCUSE", _DATE)
    assert [(t, str(d)) for t, d, _, _ in dates] == [("استنكرت", "2015-08-04")]


def test_undated_later_telling_keeps_its_own_act(nlp):
    """A later telling without a day of its own after a dated one is not dated by it: two acts stay apart
    («قد استنكر … اليوم الخميس» … «خاصة تجاوزات وانتقادات الإعلامي المصري إبراهيم عيسى»)."""
    text = ("تساءل الإعلامي السعودي جمال خاشقجي اليوم الخميس عما إذا كان أحد المسؤولين المصريين قد استنكر ما قاله "
            "الكاتب الصحفي المصري محمد حسنين هيكل عن السعودية. يذكر أن خاشقجي طالب بلاده بالتدخل لوقف تجاوزات "
            "الإعلام المصري ضد المملكة، خاصة تجاوزات وانتقادات الإعلامي المصري إبراهيم عيسى ضد السعودية.")
    assert len(kept_dates(nlp, text, "ACCUSE", "2015-07-24")) == 2


_BAN = ("وتواجه الأونروا عجزا في ميزانيتها. ودعا الأمين العام للأمم المتحدة بان كي مون إلى دعم الوكالة، قائلا في بيان "
        "صدر مساء أول من أمس إن الأونروا هي ركيزة الاستقرار للاجئين الفلسطينيين. وطالب بتبرعات عاجلة لتغطية النقص "
        "الشديد في تمويلها.")


def test_demand_of_the_speaker_going_on_is_his_call(nlp):
    """«وطالب بتبرعات عاجلة» right after «ودعا الأمين العام للأمم المتحدة بان كي مون إلى دعم الوكالة» (#711): the
    speaker's one appeal."""
    assert _kept(nlp, _BAN, "REQUEST") == ["دعا"]


def test_demand_of_a_speaker_named_again_stays(nlp):
    """«ودعا الرئيس اليمني خلال لقائه … المبعوث إلى زيارة عدن» after «طالب الرئيس اليمني … الميليشيات باحترام
    الهدنة»: the speaker named again asks another thing of another (2015-07-27 #613)."""
    text = ("طالب الرئيس اليمني عبدربه منصور هادي الميليشيات الحوثية وقوات صالح باحترام الهدنة الإنسانية. ودعا الرئيس "
            "اليمني خلال لقائه أمس في الرياض إسماعيل ولد الشيخ مبعوث الأمين العام للأمم المتحدة إلى اليمن إلى زيارة "
            "محافظة عدن.")
    assert len([t for k, t in kept_types(nlp, text, "2015-07-27") if k == "REQUEST"]) == 2


def test_appeal_told_again_after_the_speakers_title_is_one(nlp):
    """«وقال الامين العام في بيان انه يناشد» after «أطلق الامين العام للامم المتحدة بان كي مون نداء ملحا» (#1067):
    the speaker's one appeal told on."""
    text = ("أطلق الامين العام للامم المتحدة بان كي مون نداء ملحا الى الجهات المانحة لسد عجز قدره مئة مليون دولار في "
            "ميزانية وكالة الاونروا. وقال الامين العام في بيان انه \"يناشد جميع الجهات المانحة التحرك بشكل عاجل\".")
    assert _kept(nlp, text, "REQUEST") == ["نداء"]


_RESIGN = ("البداية كانت أشبه بصدمة سياسية أدت ضمن تداعياتها إلى استقالة وزيرين في حكومة عبد الإله بن كيران، "
           "هما الحبيب الشوباني وسمية بن خلدون. وقد اعتبر رئيس الحكومة المغربية استقالة الوزيرين الشوباني وبن خلدون أقرب إلى "
           "«التضحية».")


def test_resignation_told_again_by_its_definite_noun_is_one(nlp):
    """«استقالة الوزيرين» after «استقالة وزيرين في حكومة عبد الإله بن كيران» (2015-07-22 #106): one resignation."""
    assert len([t for k, t in kept_types(nlp, _RESIGN, "2015-07-22") if k == "RETREAT"]) == 1


_FISHERMEN = ("أفرجت السلطات السودانية عن الصيادين المصريين. وأضاف المتحدث الرسمي أنه تم على الفور تنفيذ قرار الإفراج "
              "عن الصيادين واستضافتهم في إحدى الاستراحات. كما نقل شكري تقدير حكومة مصر للرئيس عمر البشير، الذي حرص على "
              "اتخاذ قرار بالإفراج عن الصيادين قبيل وصوله للقاهرة.")


def test_release_told_again_by_its_definite_noun_is_one(nlp):
    """«قرار الإفراج عن الصيادين» … «قرار بالإفراج عن الصيادين» after «أفرجت السلطات السودانية عن الصيادين المصريين»
    (#937, #940): the one release told again."""
    assert [t for k, t in kept_types(nlp, _FISHERMEN, _DATE) if k == "RETREAT"] == ["أفرجت"]


def test_release_of_others_stays(nlp):
    """A release of others by another doer is another act: «وأفرجت مصر عن 43 سودانيا» after the Sudanese release of
    Egyptian fishermen."""
    text = ("أفرجت السلطات السودانية عن الصيادين المصريين. وقال المتحدث إن ذلك جاء بعد اتصالات مكثفة. وفي المقابل "
            "أفرجت مصر عن 43 سودانيا محتجزين لديها.")
    assert len([t for k, t in kept_types(nlp, text, _DATE) if k == "RETREAT"]) == 2
