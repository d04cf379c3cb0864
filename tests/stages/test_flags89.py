"""Round 89 (flags89): the flags of an act told right after the أن of a noun of belief, of what a denied report
tells, of a negotiation in an adjunct after a verb of asking, of an intended cooperation (بتوجه … إلى) and of a
resignation brandished (التلويح بـ) (sentences of the dev days 2015-07-26 and 2015-07-27)."""

from __future__ import annotations


def _flags(coder, text, published="2015-07-27"):
    """The events of a text as (type, trigger, negated, future, hypothetical)."""
    art = coder(text, published=published)
    return [(e.event, e.trigger.text, e.negated, e.future, e.hypothetical) for e in art.events]


def test_act_after_a_noun_of_belief_is_supposed(coder):
    """«وأعرب عن اعتقاده أن مناقشة قضية بولارد جرت»: the discussion is only believed to have been held."""
    evs = _flags(coder, "وأعرب عن اعتقاده أن مناقشة قضية بولارد جرت في إطار ما يطلق عليه حزمة تعويضات قد "
                        "تقدمها واشنطن لاسترضاء إسرائيل حيال الاتفاق مع إيران.")
    assert ("CONSULT", "مناقشة", False, False, True) in evs
    assert ("CONSULT", "مناقشة", False, False, False) not in evs


def test_what_a_denied_report_tells_is_supposed(coder):
    """«نافيًا تقريرا أوردته صحيفة … حول ضغط مسؤولين أميركيين لإطلاق سراح بولارد»: the release the denied report
    tells of is only claimed."""
    evs = _flags(coder, "من ناحية أخرى، قال متحدث رسمي باسم مجلس الأمن الوطني، الجمعة الماضي، إنه «لا توجد أدنى "
                        "صلة على الإطلاق بين وضع بولارد واعتبارات السياسة الخارجية»، نافيًا تقريرا أوردته صحيفة "
                        "«وول ستريت جورنال» حول ضغط مسؤولين أميركيين لإطلاق سراح بولارد، في إطار مساع لتهدئة "
                        "الغضب الإسرائيلي حيال الاتفاق النووي مع إيران.")
    assert ("RETREAT", "إطلاق سراح", False, False, True) in evs
    assert ("RETREAT", "إطلاق سراح", False, False, False) not in evs


def test_negotiations_in_an_adjunct_of_asking_are_not_asked_for(coder):
    """«وطلب … مساعدة صندوق النقد الدولي في خطوة إضافية في المفاوضات»: the في of the negotiations is inside the
    adjunct «في خطوة», no complement of the asking: they go on, not still to come."""
    evs = _flags(coder, "وطلب إقليدس تساكالاتوس وزير المالية اليوناني رسميا مساعدة صندوق النقد الدولي في خطوة "
                        "إضافية في المفاوضات لخطة جديدة لإنقاذ اليونان.")
    assert ("CONSULT", "المفاوضات", False, False, False) in evs
    assert ("CONSULT", "المفاوضات", False, True, False) not in evs


def test_cooperation_a_body_heads_to_is_to_come(coder):
    """«مفيدا بتوجه الهيئة حاليا إلى التعاون مع (كليات التميز)»: the cooperation is intended, still to come."""
    evs = _flags(coder, "وقال لـ«الشرق الأوسط» مدير العلاقات العامة والإعلام في الهيئة السعودية للمهندسين إن "
                        "«سعودة القطاعات الهندسية تقدر حاليا بنحو 15 في المائة فقط»، مفيدا بتوجه الهيئة حاليا إلى "
                        "التعاون مع (كليات التميز) التابعة للمؤسسة العامة للتدريب التقني والمهني، بشأن تأهيل الشباب "
                        "السعودي من الجنسين في مجال الخدمات الهندسية المساعدة.")
    assert ("COOPERATE", "التعاون", False, True, False) in evs
    assert ("COOPERATE", "التعاون", False, False, False) not in evs


def test_resignation_brandished_is_supposed(coder):
    """«إن «التلويح باستقالة الحكومة أو التهديد بها لن يقدم ولن يؤخر شيئا»»: the resignation is only brandished,
    not made; a resignation told stays a fact."""
    evs = _flags(coder, "فقال أيضا بلهجة تحد لخصوم حزبه إن «التلويح باستقالة الحكومة أو التهديد بها لن يقدم ولن "
                        "يؤخر شيئا، بل يضر البلد ويأخذه إلى الفراغ وبالتالي إلى المجهول».", published="2015-07-26")
    assert ("RETREAT", "استقالة", False, False, True) in evs
    assert ("RETREAT", "استقالة", False, False, False) not in evs
    done = _flags(coder, "وقدم رئيس الوزراء استقالته أمس.", published="2015-07-26")
    assert ("RETREAT", "استقالته", False, False, False) in done


def test_approval_after_a_light_verbal_noun_of_an_urging_is_asked_for(coder):
    """«حث المليشيات الحوثية والقوات المنضوية تحت لوائها على إعطاء موافقتهم على الهدنة» (the dev sentence has حض,
    which is no trigger yet): the approval is asked for, past the light verbal noun إعطاء; still to come."""
    evs = _flags(coder, "وقال بان كي مون إنه حث المليشيات الحوثية والقوات المنضوية تحت لوائها على إعطاء "
                        "موافقتهم على الهدنة الإنسانية.")
    assert ("AGREE", "موافقتهم", False, True, False) in evs
    assert ("AGREE", "موافقتهم", False, False, False) not in evs


def test_act_licensed_is_supposed_and_the_visit_stays_told(coder):
    """«تخشى أن تفسر السلطات الإثيوبية زيارة أوباما بمثابة ترخيص لقمع وسائل الإعلام»: the repression is only what
    the visit might license; the visit itself is no supposition."""
    evs = _flags(coder, "إلا أن منظمات الدفاع عن حقوق الإنسان تخشى أن تفسر السلطات الإثيوبية زيارة أوباما بمثابة "
                        "ترخيص لقمع وسائل الإعلام والمعارضة.")
    assert ("COERCE", "قمع", False, False, True) in evs
    assert ("COERCE", "قمع", False, False, False) not in evs
    assert ("CONSULT", "زيارة", False, False, False) in evs
