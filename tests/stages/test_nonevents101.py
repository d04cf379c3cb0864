"""Round 101 (d101): non-events from the judged dev slice 2015-07-31 #480–959: the care and support a ruler is praised
for («اهتمام ودعم حكومة خادم الحرمين الشريفين»، «دعم واهتمام ورعاية سمو الأمير») is a standing relation, no act."""

import pytest
from stage_coding import kept_types

_DATE = "2015-07-31"

_EID = ("بدأ الحفل الذي استهله الأستاذ عبدالعزيز الحمدان بمقدمة جميلة. بعد ذلك كلمة الأهالي ألقاها نيابة عنهم "
        "المهندس حسين بن سلطان الحسين هنأ فيها القيادة بالعيد السعيد مؤكداً اهتمام ودعم حكومة خادم الحرمين الشريفين "
        "لأبناء الوطن في كل مكان. واختتم الحفل بتناول طعام العشاء.")

_PARK = ("وبين المهندس المخرج أن منتزه الردف يمثل جزءاً مهماً من ذاكرة الطائف القديمة. وعد المنتزه الحلم الذي كان "
         "ينتظره الأهالي والزوار وتحقق بفضل الله ثم دعم واهتمام ورعاية سمو الأمير خالد الفيصل، لافتاً النظر إلى أن "
         "المنتزه ينبسط على مساحة 565 ألف متر مربع.")

_AID = ("وصلت إلى عدن أمس سفينة تحمل مساعدات إنسانية. وقدمت المملكة دعما عاجلا للشعب اليمني واهتمت بإيصاله. "
        "وقال المسؤول إن السفينة ستعود الأسبوع المقبل.")

_NASSR = ("اجتاحت الإصابات لاعبي النصر اليوم الخميس بعد أن تعرض لاعب خط الوسط عوض خميس لخلع في الكتف نجح الجهاز "
          "الطبي في إعادته بسرعة فائقة وفي نفس موقع إصابته، وازدادت معاناة النصراويين بعد أن تعرض المهاجم نايف هزازي "
          "في المناورة لكدمة قوية في مفصل القدم. وأكد الجهاز الطبي للجهاز الفني قدرة اللاعبين نايف هزازي وعوض خميس "
          "في المشاركة في مباراة السوبر أمام الهلال.")

_NIGERIA = ("قتل مسلحون من بوكو حرام عشرة قرويين في ولاية بورنو أمس. والخميس عينت نيجيريا الجنرال إيليا أباه قائدًا "
            "للقوة التي تشارك فيها خمس دول لقتال «بوكو حرام». وقال الجيش إن القوة ستبدأ عملها قريباً.")

_IRA = ("ونظم عشرات الناشطين الحقوقيين وقفة احتجاجية أمام قصر العدالة في العاصمة نواكشوط، للمطالبة بالإفراج عن حقوقيين "
        "حكم عليهما في شهر يناير الماضي، بالسجن لمدة عامين نافذين بتهمة «إثارة الشغب». وقال المحامي إن الحكم جائر.")

_SHOOFA = ("وقف زوار معرض المدون التاريخي أحمد نيازي «شوفة - ذاكرة عسير البصرية» المقام بمركز الملك فهد الثقافي، أمام "
           "صور العديد من الذكريات والمناسبات الرسمية بالمنطقة، كان أبرزها صورة زيارة الملك سعود بن عبدالعزيز الذي كان "
           "يشغل ولاية العهد إلى المنطقة 1352 هـ وأخرى لزيارة الملك خالد بن عبدالعزيز للمنطقة أيضا 1396 هـ.\n"
           "ويستمر المعرض حتى نهاية الشهر. ويضم المعرض أكثر من مئتي صورة.")

_AI = ("قال الفنان الصيني المعارض آي ويوي أمس إن بريطانيا رفضت طلبه الحصول على تأشيرة دخول لستة أشهر مفضلة أن تكون مدة "
       "التأشيرة أقل. وفي بيان قدمته السفارة البريطانية في بكين نفى متحدث باسم وزارة الخارجية أن يكون قرار رفض طلب آي "
       "منحه تأشيرة ستة أشهر مدفوعا بمخاوف سياسية. وسيزور الرئيس الصيني لندن في أكتوبر.")

_VIENNA = ("طالب المؤتمر الدولي الـ 12 للتحول نحو الطاقة النظيفة والاقتصاد الأخضر الذى اختتم أعماله أمس في فيينا والتي "
           "استمرت أربعة ايام بتعاون الحكومات والقطاع الخاص من أجل زيادة معدلات التنمية الصناعية في العالم بالاعتماد على "
           "التكنولوجيات المتطورة الصديقة للبيئة. \nومن المعروف أن المؤتمر تنظمه جامعة فيينا للتكنولوجيا، ويعتبر المؤتمر من "
           "أهم الأحداث الأوروبية في مجال الطاقة النظيفة. \nوأوضحت لـ \"الاقتصادية\"، الدكتورة جانفيير ليتل تشايلد الأستاذ في "
           "جامعة إكستر ببريطانيا، أن الصناعات المرتبطة بالنفط يمكن أن تحقق نقلة نوعية كبيرة في مجال التنمية.")

# (text, the end of a trigger it must not code): a standing relation, a purpose or a quoted name read as an act.
NO_TRIGGER = [
    # «مؤكداً اهتمام ودعم حكومة خادم الحرمين الشريفين» (2015-07-31 #892): praise in an Eid speech, no act.
    pytest.param(_EID, "دعم", id="care_and_support_praised"),
    # «بفضل الله ثم دعم واهتمام ورعاية سمو الأمير خالد الفيصل» (2015-07-31 #595): credit for a park, no act.
    pytest.param(_PARK, "دعم", id="support_and_care_of_a_prince"),
    # «قائدًا للقوة التي تشارك فيها خمس دول لقتال «بوكو حرام»» (2015-07-31 #537): what the force is for, no
    # fighting told.
    pytest.param(_NIGERIA, "قتال", id="indefinite_fighting_of_a_force_is_its_purpose"),
    # «بتهمة «إثارة الشغب»» (2015-07-31 #522): the crime's quoted name, no riot.
    pytest.param(_IRA, "الشغب", id="quoted_crime_after_a_charge"),
]

# (text, type it must not code).
NO_EVENT = [
    # «تعرض المهاجم نايف هزازي في المناورة لكدمة قوية» (2015-07-31 #940): in a sport story the striker is a player,
    # no armed agent; the injuries are no assault.
    pytest.param(_NASSR, "ASSAULT", id="player_injury_beside_a_striker"),
    # «بريطانيا رفضت طلبه الحصول على تأشيرة»، «قرار رفض طلب آي» (2015-07-31 #494): the request turned down was made
    # before; the refusal is the event.
    pytest.param(_AI, "REQUEST", id="request_refused_is_no_request_of_its_own"),
    # «طالب المؤتمر الدولي … بتعاون الحكومات والقطاع الخاص» (2015-07-31 #619): what the call asks for, no
    # cooperation told.
    pytest.param(_VIENNA, "COOPERATE", id="cooperation_a_conference_calls_for"),
]

# (text, type it must code): the event told beside the non-event above.
EVENT = [
    pytest.param(_NIGERIA, "ASSAULT", id="killing_of_the_villagers_stays"),
    pytest.param(_IRA, "PROTEST", id="sit_in_stays"),
    pytest.param(_AI, "REJECT", id="refusal_stays"),
]


@pytest.mark.parametrize("text, word", NO_TRIGGER)
def test_no_event_of_the_word(nlp, text, word):
    """No event of the text has a trigger that ends `word`."""
    kinds = kept_types(nlp, text, _DATE)
    assert not any(t.endswith(word) for _, t in kinds), kinds


@pytest.mark.parametrize("text, kind", NO_EVENT)
def test_no_event_of_the_kind(nlp, text, kind):
    """The text codes no event of `kind`."""
    kinds = kept_types(nlp, text, _DATE)
    assert not any(k == kind for k, _ in kinds), kinds


@pytest.mark.parametrize("text, kind", EVENT)
def test_event_stays(nlp, text, kind):
    """The text codes an event of `kind`."""
    kinds = kept_types(nlp, text, _DATE)
    assert any(k == kind for k, _ in kinds), kinds


def test_support_given_with_no_care_noun_stays(nlp):
    """«وقدمت المملكة دعما عاجلا للشعب اليمني»: support given, no care noun joined to it, stays an act."""
    kinds = kept_types(nlp, _AID, _DATE)
    assert any(k in ("AID", "SUPPORT") for k, _ in kinds), kinds


def test_visit_of_a_past_hijri_year_is_history(nlp):
    """«صورة زيارة الملك سعود بن عبدالعزيز … إلى المنطقة 1352 هـ» (2015-07-31 #898): a photo of a visit of 1352 of
    the Hijra, history told under today's date, no visit of the day (the visit the dates stage dates in 1396 of the
    Hijra is history told as such)."""
    events = nlp(_SHOOFA, published=_DATE).events
    assert not any(e.event == "CONSULT" and not (e.date or "").startswith("19") for e in events), \
        [(e.event, e.date) for e in events]
