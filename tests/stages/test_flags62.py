"""Round 62 (flags62): the negated / future / hypothetical flags — «لو» after a foreign given name is the particle of a
family name, no «if» («ستيفان لو فول»); «وقد» opens a clause of its own, which an earlier «كانت» does not make the
past before the past («وقد تعقبها زيارة إلى موسكو»: possible); what a verb after «لم» was for is not done («لم يدخل
الأراضي السورية لتدمير أهداف»); what one acts to obtain («ليحصل على موافقة») and a meeting doors are opened for («تفتح
أبوابها … للاجتماع») are still to come; and a noun joined to the adjuncts of a future verb is to come too («طائرات ستصل
… بإشراف من المركز وتنسيق مع الحكومة») (must / must not, on sentences of the dev days)."""

import pytest

from stage_coding import events_coded
from test_flags55 import assert_flag, case, flags_of

_PURPOSE = "وتابع أن الجيش التركي لم يدخل الأراضي السورية لتدمير أهداف تابعة للتنظيم."


@pytest.mark.parametrize("text, trigger, want, date", [
    # «فيما يلتقي وزير الزراعة الفرنسية ستيفان لو فول مع أعضاء مجلس الأعمال»: a meeting told, not supposed
    case("فيما يلتقي وزير الزراعة الفرنسية ستيفان لو فول مع أعضاء مجلس الأعمال السعودي الفرنسي.", "يلتقي",
         "not hypothetical", "lo_in_a_name_sets_no_condition"),
    # (a real «لو» still supposes: «حتى لو حصل لها هجوم»)
    case("وقال إن المملكة سترد حتى لو شنت الميليشيات هجوما على الحدود.", "هجوما", "hypothetical",
         "lo_in_a_name_sets_no_condition-a_real_lo"),
    # «وتابع أن الجيش التركي لم يدخل الأراضي السورية لتدمير أهداف تابعة للتنظيم»: no destruction told
    case(_PURPOSE, "تدمير", "negated", "purpose_of_a_negated_verb_is_negated"),
    # (one after a verb not negated stays a fact)
    case("وتابع أن الجيش التركي دخل الأراضي السورية لتدمير أهداف تابعة للتنظيم.", "تدمير", "not negated",
         "purpose_of_a_negated_verb_is_negated-a_verb_not_negated"),
    # (nor a call one did not answer: it was made)
    case("ولم يستجب الحوثيون لدعوة الأمم المتحدة.", "دعوة", "not negated",
         "purpose_of_a_negated_verb_is_negated-a_call_not_answered"),
    # «ويسعى الاتحاد الأوروبي إلى تشكيل حكومة وحدة وطنية ليحصل على موافقة ليبية رسمية»: not yet given
    case("ويسعى الاتحاد الأوروبي إلى تشكيل حكومة وحدة وطنية ليحصل على موافقة ليبية رسمية على مهمة بحرية.", "موافقة",
         "future", "an_approval_to_obtain_is_to_come"),
    # «المملكة تفتح أبوابها لجميع الأطياف السياسية اليمنية … للاجتماع تحت مظلة مجلس التعاون»: an offer
    case("التأكيد على أن المملكة تفتح أبوابها لجميع الأطياف السياسية اليمنية الراغبة في المحافظة على أمن اليمن "
         "واستقراره للاجتماع تحت مظلة مجلس التعاون.", "للاجتماع", "future", "a_meeting_offered_is_to_come"),
    # «هنالك طائرات ستصل وفق برنامج زمني محدد بإشراف من المركز وتنسيق مع الحكومة الشرعية اليمنية»: to come
    case("لافتًا الانتباه إلى أن هنالك طائرات ستصل وفق برنامج زمني محدد بإشراف من المركز وتنسيق مع الحكومة "
         "الشرعية اليمنية.", "تنسيق", "future", "a_noun_joined_to_a_future_verb_is_to_come"),
    # (one joined to a verb told as done stays done)
    case("وأشار إلى أن طائرات وصلت وفق برنامج زمني محدد بإشراف من المركز وتنسيق مع الحكومة الشرعية اليمنية.",
         "تنسيق", "not future", "a_noun_joined_to_a_future_verb_is_to_come-a_verb_told_as_done"),
    # «في وقت تستعد قوة معززة من عناصر الوحدات الخاصة الصهيونية بلباسها العسكري لاقتحام الأقصى»: not yet stormed
    case("في وقت تستعد قوة معززة من عناصر الوحدات الخاصة الصهيونية بلباسها العسكري لاقتحام الأقصى من باب المغاربة.",
         "اقتحام", "future", "an_act_prepared_for_is_to_come"),
    # «وكان مقاتلون يعتقد أنهم من تنظيم داعش هاجموا أمس أحد المواقع العسكرية التركية»: who attacked is believed,
    # the attack is told as done; a belief about the act itself still makes it supposed
    case("وكان مقاتلون يعتقد أنهم من تنظيم داعش هاجموا أمس أحد المواقع العسكرية التركية المتمركزة على الحدود.",
         "هاجموا", "not hypothetical", "a_believed_identity_leaves_the_attack_done"),
    case("ويعتقد أن الرجل قتل في المواجهات.", "قتل", "hypothetical",
         "a_believed_identity_leaves_the_attack_done-a_belief_about_the_act"),
    # «وسبق أن قيل إن الفضلي قد استهدف سابقا في غارة جوية أمريكية»: hearsay, only supposed
    case("أفاد الجيش الأمريكي بمقتل محسن الفضلي، القيادي البارز في تنظيم القاعدة وزعيم ما يعرف بجماعة خراسان، في "
         "غارة جوية أمريكية في سوريا.\nوقال المتحدث باسم البنتاغون جيف ديفيس إن الغارة استهدفت الفضلي، الكويتي "
         "الجنسية، عندما كان يتنقل بسيارة قرب البلدة في الثامن من الشهر الجاري.\nوسبق أن قيل إن الفضلي قد استهدف "
         "سابقا في غارة جوية أمريكية في سبتمبر الماضي.", "استهدف", "hypothetical", "what_was_said_is_only_claimed"),
    # «فقد يتم حظر حسابك للأبد»: the ban may come, only possible
    case("لكن وللتنبيه، في حال قام المستخدم بإعادة استخدام إحدى الأدوات المرفوضة من طرف الشركة، فقد يتم حظر "
         "حسابك للأبد.", "حظر", "hypothetical", "may_be_done_in_the_passive_is_possible"),
    case("وكان الرئيس قد تم اعتقاله أمس في العاصمة.", "اعتقاله", "not hypothetical",
         "may_be_done_in_the_passive_is_possible-done_in_the_passive"),
])
def test_flag(nlp, text, trigger, want, date):
    assert_flag(nlp, text, trigger, want, date)


def test_wa_qad_after_kanat_is_possible(nlp):
    """«لذلك كانت زيارة دي ميستورا إلى طهران مفاجئة وقد تعقبها زيارة إلى موسكو»: the second visit may come."""
    text = "لذلك كانت زيارة دي ميستورا إلى طهران مفاجئة وقد تعقبها زيارة إلى موسكو من أجل الدفع باتجاه العملية السلمية."
    fl = flags_of(nlp, text, "زيارة")
    assert len(fl) == 2 and not fl[0][2] and fl[1][2]


def test_a_talk_after_a_topic_word_is_no_aim(nlp):
    """«كما تناول اللقاء سبل تعزيز العلاقات الثنائية … وبحث الأوضاع الإقليمية»: the talk was held, nothing to come."""
    text = "التقى وزير الخارجية المصري سامح شكري، وزير خارجية الإمارات الشيخ عبد الله بن زايد آل نهيان، في أبوظبي " \
           "أمس. وتم خلال اللقاء التأكيد على عمق العلاقات، كما تناول اللقاء سبل تعزيز العلاقات الثنائية بين البلدين " \
           "وسبل تطويرها في كل المجالات وبحث الأوضاع الإقليمية في فلسطين والعراق وليبيا واليمن."
    events = events_coded(nlp, text, "2015-07-24")
    assert not any(e.future for e in events if e.trigger.text.startswith("بحث"))
