"""Round 93 (flags93): the flags of an act preparations are made for (وتجري الاستعدادات لاقتحامها), of what a coming
act's light verbal noun in لـ is for (سيلجأ … لتقديم شكوى), of an act a reply answers (ترد حكومته على تهديدات), of
an act asked not to be done past its subject (بعدم تقديم رئيس الحكومة … استقالته), of a meeting held on a day of a
month to come (عن عقد اجتماع طارئ …، في القاهرة يوم الخامس من أغسطس المقبل), of an act a pluperfect decision
set going (وكانت المملكة قررت تسيير جسر جوي) and of one a standing refusal holds back (ترفض واشنطن التنسيق معها)
(sentences of the dev day 2015-07-27)."""

from __future__ import annotations


def _flags(coder, text, published="2015-07-27"):
    """The events of a text as (type, trigger, negated, future, hypothetical)."""
    art = coder(text, published=published)
    return [(e.event, e.trigger.text, e.negated, e.future, e.hypothetical) for e in art.events]


def test_act_prepared_for_is_still_to_come(coder):
    """«وتجري الاستعدادات لاقتحامها»: the storming prepared for has not come yet."""
    evs = _flags(coder, "وقال المصدر إن تعزيزات للمقاومة الشعبية مسنودة بوحدات من الجيش وصلت إلى منطقة بيت عياض، "
                        "وتجري الاستعدادات لاقتحامها وتطهيرها من ميليشيا الحوثي وصالح.")
    assert ("COERCE", "اقتحامها", False, True, False) in evs
    assert ("COERCE", "اقتحامها", False, False, False) not in evs


def test_purpose_of_coming_act_after_light_noun_is_still_to_come(coder):
    """«أنه سيلجأ إلى ديوان المظالم … لتقديم شكوى رسمية»: the complaint is still to be filed."""
    evs = _flags(coder, "من جهته، أكد رئيس قسم الخدمات المساندة بالمستشفى المهندس عبدالله السقاف الذي تم إعفاؤه "
                        "أيضا أنه سيلجأ إلى ديوان المظالم والجهات المتخصصة لتقديم شكوى رسمية ضد هذا القرار، واصفا "
                        "إياه بالتعسفي.")
    assert ("ACCUSE", "شكوى", False, True, False) in evs
    assert ("ACCUSE", "شكوى", False, False, False) not in evs


def test_act_replied_to_was_done(coder):
    """«إذا لم ترد حكومته على تهديدات وزير الخارجية الأمريكي»: the condition is on the reply; the threats were made."""
    evs = _flags(coder, "حيث هدد نواب محافظون الرئيس روحاني بإلغاء الاتفاق النووي إذا لم ترد حكومته على تهديدات "
                        "وزير الخارجية الأمريكي جون كيري والرئيس الأمريكي أوباما.")
    assert ("THREATEN", "تهديدات", False, False, False) in evs
    assert ("THREATEN", "تهديدات", False, True, True) not in evs


def test_act_asked_not_to_be_given_past_its_subject_is_negated(coder):
    """«للمطالبة بعدم تقديم رئيس الحكومة تمام سلام استقالته»: the resignation is asked not to happen."""
    evs = _flags(coder, "وكان السياسي البارز قد توجه صباح أمس الي دارة المصيطبة على رأس وفد من الاتحاد للمطالبة "
                        "بعدم تقديم رئيس الحكومة تمام سلام استقالته، وهو الأمر الذي ثمنه الرئيس سلام للاتحاد.")
    assert ("RETREAT", "استقالته", True, False, False) in evs
    assert ("RETREAT", "استقالته", False, False, False) not in evs


def test_meeting_held_on_a_day_of_a_coming_month_is_still_to_come(coder):
    """«عن عقد اجتماع طارئ … برئاسة مصر، في القاهرة يوم الخامس من أغسطس المقبل»: the meeting is set, to come."""
    evs = _flags(coder, "أعلن صائب عريقات عضو اللجنة التنفيذية لمنظمة التحرير الفلسطينية عن عقد اجتماع طارئ للجنة "
                        "متابعة مبادرة السلام العربية على مستوى وزراء الخارجية برئاسة مصر، في القاهرة يوم الخامس من "
                        "أغسطس المقبل وذلك لبحث التصعيد الإسرائيلي الأخير في القدس.")
    assert ("CONSULT", "اجتماع", False, True, False) in evs
    assert ("CONSULT", "اجتماع", False, False, False) not in evs


def test_act_of_a_pluperfect_decision_is_under_way(coder):
    """«وكانت المملكة قررت تسيير جسر جوي …، إذ أرسلت أول من أمس سبع شاحنات»: the air bridge was set going, not to
    come."""
    evs = _flags(coder, "وكانت المملكة قررت تسيير جسر جوي لإغاثة الشعب اليمني، إذ أرسلت أول من أمس سبع شاحنات محملة "
                        "بحوالى 175 طنا من المواد الغذائية والدوائية.")
    assert ("AID", "جسر جوي", False, False, False) in evs
    assert ("AID", "جسر جوي", False, True, False) not in evs


def test_act_a_standing_refusal_holds_back_is_not_to_come(coder):
    """«والتي ترفض واشنطن التنسيق معها»: a refusal told in the present is a stance held; the coordination is not
    done, and no act still to come."""
    evs = _flags(coder, "وأشار العيساوي إلى أن جماعات الحشد الشعبي المدعومة من إيران والتي ترفض واشنطن التنسيق معها "
                        "لم تشارك في عملية الجامعة.")
    assert ("COOPERATE", "التنسيق", True, False, False) in evs
    assert ("COOPERATE", "التنسيق", True, True, False) not in evs
