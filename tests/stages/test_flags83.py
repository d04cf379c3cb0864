"""Round 83 (flags83): the negated, future and hypothetical flags of what a supposed measure would bring «ان رفع
القيود … سيتيح لإيران تقديم دعم» (hypothetical, not to come), an act expected past a far verb of expecting «وتوقع
المحلل … أن يبادر المتمردون … إلى الالتزام بالهدنة» (to come), the items of a list a word of duty opens «ولا بد من
قيام …، وطرد»، «يجب أن يكون …، والتنسيق مع» (to come), and a verb going on the clause of a condition «فلو أن …
لم تحارب …، وتعاونت» (hypothetical) (must / must not, on sentences of the dev day 2015-07-26)."""

from stage_coding import events_coded


def flags_of(nlp, text, trigger, date="2015-07-26"):
    """(negated, future, hypothetical) of each event of `text` whose trigger starts with `trigger`."""
    return [(e.negated, e.future, e.hypothetical) for e in events_coded(nlp, text, date)
            if e.trigger.text.startswith(trigger)]


def test_what_a_supposed_measure_would_bring_is_supposed(nlp):
    """«يؤكدون ان رفع القيود عن الاصول الايرانية سيتيح لإيران تقديم دعم اكبر»: a claimed consequence of lifting the
    restrictions, only supposed, not an act to come; «أن المملكة ستواصل تقديم الدعم» is no supposed measure."""
    text = ('الا ان معارضي الاتفاق النووي وخصوصا رئيس الوزراء الاسرائيلي بنيامين نتانياهو وبعض اعضاء مجلس الشيوخ '
            'الاميركي من الجمهوريين يؤكدون ان رفع القيود عن الاصول الايرانية سيتيح لإيران تقديم دعم اكبر لـ”حزب الله” '
            'اللبناني وحركتي “حماس” و”الجهاد الاسلامي” ونظام الرئيس السوري بشار الاسد.')
    assert flags_of(nlp, text, "تقديم") == [(False, False, True)]
    plain = 'وأكد الوزير أن المملكة ستواصل تقديم الدعم للشعب اليمني.'  # a country's act: to come, not supposed
    flags = flags_of(nlp, plain, "تقديم")
    assert flags
    assert all(not hyp for _, _, hyp in flags)


def test_act_expected_past_a_far_verb_of_expecting_is_to_come(nlp):
    """«وتوقع المحلل السياسي … في تصريحات إلى "الوطن" أن يبادر المتمردون الحوثيون إلى الالتزام بالهدنة»: the truce
    kept is expected, still to come, no fact."""
    text = ('وتوقع المحلل السياسي سالم الرويلي في تصريحات إلى "الوطن" أن يبادر المتمردون الحوثيون إلى الالتزام '
            'بالهدنة الجديدة، مشيرا إلى أن أي خرق لها سيمثل نهاية محتومة لهم.')
    assert flags_of(nlp, text, "الهدنة") == [(False, True, False)]


def test_item_of_a_due_list_is_to_come(nlp):
    """«ولا بد من قيام الحكومة العراقية بالبحث ووضع الحشد الشعبي …، وطرد كل مندسين»: the expulsion is due, not
    done."""
    text = ('وأفاد بأن الحزب الذي يقوده المالكي الآن بالعراق يتواجد فيه أعضاء مجرمين، ولا بد من قيام الحكومة العراقية '
            'بالبحث ووضع الحشد الشعبي قوة أمنية تحت نظام الدولة بمديرية خاصة تابعة لمجلس الوزراء وتزكي أفراده، وطرد كل '
            'مندسين في الحشد الشعبي الذي تسببوا في مشاكل طائفية، وأضاف بأن جميع مكونات الشعب العراقي لهم الحق.')
    assert flags_of(nlp, text, "طرد") == [(False, True, False)]


def test_item_after_a_duty_verb_is_to_come(nlp):
    """«يجب أن يكون تركيز الشباب السعودي على المهن الفنية …، والتنسيق مع المؤسسة العامة»: advice, to come."""
    text = ('- يجب أن يكون تركيز الشباب السعودي على المهن الفنية على المدى البعيد، والتنسيق مع المؤسسة العامة '
            'للتدريب التقني والمهني.')
    assert flags_of(nlp, text, "التنسيق") == [(False, True, False)]


def test_verb_going_on_a_condition_is_supposed(nlp):
    """«فلو أن العساكر المصرية … لم تحارب المسلمين السعوديين في الحجاز، وتعاونت معهم»: a case supposed against the
    fact, no cooperation told."""
    text = ('فقال: «فلو أن العساكر المصرية بقيادة -الجاهل الواسع المطامع محمَّد علي- لم تحارب المسلمين السعوديين في '
            'الحجاز، وتعاونت معهم على إعلاء كلمة الله، وإعزاز جانب المسلمين، لما كانت المصيبة التي قد وقعت في فلسطين».')
    assert flags_of(nlp, text, "تعاونت") == [(False, False, True)]
