"""Round 101 (d101): non-events from the judged dev slice 2015-07-31 #480–959: the care and support a ruler is praised
for («اهتمام ودعم حكومة خادم الحرمين الشريفين»، «دعم واهتمام ورعاية سمو الأمير») is a standing relation, no act."""

_DATE = "2015-07-31"


def _kinds(nlp, text):
    """(type, trigger) of the events the whole pipeline codes for `text`."""
    return [(e.event, e.trigger.text) for e in nlp(text, published=_DATE).events]


_EID = ("بدأ الحفل الذي استهله الأستاذ عبدالعزيز الحمدان بمقدمة جميلة. بعد ذلك كلمة الأهالي ألقاها نيابة عنهم "
        "المهندس حسين بن سلطان الحسين هنأ فيها القيادة بالعيد السعيد مؤكداً اهتمام ودعم حكومة خادم الحرمين الشريفين "
        "لأبناء الوطن في كل مكان. واختتم الحفل بتناول طعام العشاء.")

_PARK = ("وبين المهندس المخرج أن منتزه الردف يمثل جزءاً مهماً من ذاكرة الطائف القديمة. وعد المنتزه الحلم الذي كان "
         "ينتظره الأهالي والزوار وتحقق بفضل الله ثم دعم واهتمام ورعاية سمو الأمير خالد الفيصل، لافتاً النظر إلى أن "
         "المنتزه ينبسط على مساحة 565 ألف متر مربع.")

_AID = ("وصلت إلى عدن أمس سفينة تحمل مساعدات إنسانية. وقدمت المملكة دعما عاجلا للشعب اليمني واهتمت بإيصاله. "
        "وقال المسؤول إن السفينة ستعود الأسبوع المقبل.")


def test_care_and_support_praised_is_no_support(nlp):
    """«مؤكداً اهتمام ودعم حكومة خادم الحرمين الشريفين» (2015-07-31 #892): praise in an Eid speech, no act."""
    kinds = _kinds(nlp, _EID)
    assert not any(t.endswith("دعم") for _, t in kinds), kinds


def test_support_and_care_of_a_prince_is_no_support(nlp):
    """«بفضل الله ثم دعم واهتمام ورعاية سمو الأمير خالد الفيصل» (2015-07-31 #595): credit for a park, no act."""
    kinds = _kinds(nlp, _PARK)
    assert not any(t.endswith("دعم") for _, t in kinds), kinds


def test_support_given_with_no_care_noun_stays(nlp):
    """«وقدمت المملكة دعما عاجلا للشعب اليمني»: support given, no care noun joined to it, stays an act."""
    kinds = _kinds(nlp, _AID)
    assert any(k in ("AID", "SUPPORT") for k, _ in kinds), kinds


_NASSR = ("اجتاحت الإصابات لاعبي النصر اليوم الخميس بعد أن تعرض لاعب خط الوسط عوض خميس لخلع في الكتف نجح الجهاز "
          "الطبي في إعادته بسرعة فائقة وفي نفس موقع إصابته، وازدادت معاناة النصراويين بعد أن تعرض المهاجم نايف هزازي "
          "في المناورة لكدمة قوية في مفصل القدم. وأكد الجهاز الطبي للجهاز الفني قدرة اللاعبين نايف هزازي وعوض خميس "
          "في المشاركة في مباراة السوبر أمام الهلال.")


def test_player_injury_beside_a_striker_is_no_assault(nlp):
    """«تعرض المهاجم نايف هزازي في المناورة لكدمة قوية» (2015-07-31 #940): in a sport story the striker is a player,
    no armed agent; the injuries are no assault."""
    kinds = _kinds(nlp, _NASSR)
    assert not any(k == "ASSAULT" for k, _ in kinds), kinds


_NIGERIA = ("قتل مسلحون من بوكو حرام عشرة قرويين في ولاية بورنو أمس. والخميس عينت نيجيريا الجنرال إيليا أباه قائدًا "
            "للقوة التي تشارك فيها خمس دول لقتال «بوكو حرام». وقال الجيش إن القوة ستبدأ عملها قريباً.")


def test_indefinite_fighting_of_a_force_is_its_purpose(nlp):
    """«قائدًا للقوة التي تشارك فيها خمس دول لقتال «بوكو حرام»» (2015-07-31 #537): what the force is for, no
    fighting told; the killing of the villagers stays."""
    kinds = _kinds(nlp, _NIGERIA)
    assert not any(t.endswith("قتال") for _, t in kinds), kinds
    assert any(k == "ASSAULT" for k, _ in kinds), kinds


_IRA = ("ونظم عشرات الناشطين الحقوقيين وقفة احتجاجية أمام قصر العدالة في العاصمة نواكشوط، للمطالبة بالإفراج عن حقوقيين "
        "حكم عليهما في شهر يناير الماضي، بالسجن لمدة عامين نافذين بتهمة «إثارة الشغب». وقال المحامي إن الحكم جائر.")


def test_quoted_crime_after_a_charge_is_no_protest(nlp):
    """«بتهمة «إثارة الشغب»» (2015-07-31 #522): the crime's quoted name, no riot; the sit-in stays."""
    kinds = _kinds(nlp, _IRA)
    assert not any(t.endswith("الشغب") for _, t in kinds), kinds
    assert any(k == "PROTEST" for k, _ in kinds), kinds


_SHOOFA = ("وقف زوار معرض المدون التاريخي أحمد نيازي «شوفة - ذاكرة عسير البصرية» المقام بمركز الملك فهد الثقافي، أمام "
           "صور العديد من الذكريات والمناسبات الرسمية بالمنطقة، كان أبرزها صورة زيارة الملك سعود بن عبدالعزيز الذي كان "
           "يشغل ولاية العهد إلى المنطقة 1352 هـ وأخرى لزيارة الملك خالد بن عبدالعزيز للمنطقة أيضا 1396 هـ.\n"
           "ويستمر المعرض حتى نهاية الشهر. ويضم المعرض أكثر من مئتي صورة.")


def test_visit_of_a_past_hijri_year_is_history(nlp):
    """«صورة زيارة الملك سعود بن عبدالعزيز … إلى المنطقة 1352 هـ» (2015-07-31 #898): a photo of a visit of 1352 of
    the Hijra, history told under today's date, no visit of the day (the visit the dates stage dates in 1396 of the
    Hijra is history told as such)."""
    events = nlp(_SHOOFA, published=_DATE).events
    assert not any(e.event == "CONSULT" and not (e.date or "").startswith("19") for e in events), \
        [(e.event, e.date) for e in events]


_AI = ("قال الفنان الصيني المعارض آي ويوي أمس إن بريطانيا رفضت طلبه الحصول على تأشيرة دخول لستة أشهر مفضلة أن تكون مدة "
       "التأشيرة أقل. وفي بيان قدمته السفارة البريطانية في بكين نفى متحدث باسم وزارة الخارجية أن يكون قرار رفض طلب آي "
       "منحه تأشيرة ستة أشهر مدفوعا بمخاوف سياسية. وسيزور الرئيس الصيني لندن في أكتوبر.")


def test_request_refused_is_no_request_of_its_own(nlp):
    """«بريطانيا رفضت طلبه الحصول على تأشيرة»، «قرار رفض طلب آي» (2015-07-31 #494): the request turned down was made
    before; the refusal is the event."""
    kinds = _kinds(nlp, _AI)
    assert not any(k == "REQUEST" for k, _ in kinds), kinds
    assert any(k == "REJECT" for k, _ in kinds), kinds


_VIENNA = ("طالب المؤتمر الدولي الـ 12 للتحول نحو الطاقة النظيفة والاقتصاد الأخضر الذى اختتم أعماله أمس في فيينا والتي "
           "استمرت أربعة ايام بتعاون الحكومات والقطاع الخاص من أجل زيادة معدلات التنمية الصناعية في العالم بالاعتماد على "
           "التكنولوجيات المتطورة الصديقة للبيئة. \nومن المعروف أن المؤتمر تنظمه جامعة فيينا للتكنولوجيا، ويعتبر المؤتمر من "
           "أهم الأحداث الأوروبية في مجال الطاقة النظيفة. \nوأوضحت لـ \"الاقتصادية\"، الدكتورة جانفيير ليتل تشايلد الأستاذ في "
           "جامعة إكستر ببريطانيا، أن الصناعات المرتبطة بالنفط يمكن أن تحقق نقلة نوعية كبيرة في مجال التنمية.")


def test_cooperation_a_conference_calls_for_is_no_cooperation(nlp):
    """«طالب المؤتمر الدولي … بتعاون الحكومات والقطاع الخاص» (2015-07-31 #619): what the call asks for, no
    cooperation told."""
    kinds = _kinds(nlp, _VIENNA)
    assert not any(k == "COOPERATE" for k, _ in kinds), kinds
