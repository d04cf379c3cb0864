"""Round 100 (nonevents100): non-events and wrong senses the judges found on the dev slice 2015-07-31 #480–959:
injuries that «swept» a team's players, the «summit» of power, «لقاء» meaning «in return for», an infection caught
(no assault), a given name's second part read as a verb («هاني طالب بلان»), and support or opposition told by a
clause describing an indefinite noun («مجموعة تعارض عمليات الإجهاض»: a stance, no act)."""

import pytest
from stage_coding import kept_types

_DATE = "2015-07-31"

# (type, sentence, False: the sentence codes no event of the type): a wrong sense read as an event.
NO_EVENT = [
    # «اجتاحت الإصابات لاعبي النصر اليوم الخميس» (#940): a team's injuries, no invasion.
    pytest.param("ASSAULT", "اجتاحت الإصابات لاعبي النصر اليوم الخميس بعد أن تعرض لاعب خط الوسط لخلع في الكتف.", False,
                 id="injuries_sweeping_players"),
    # «تمهيد الطريق لصعود بوتين إلى قمة السلطة الروسية» (#568): the top of power, no summit.
    pytest.param("CONSULT", "وبعد ذلك مهد الطريق لصعود بوتين إلى قمة السلطة الروسية في عام 1999.", False,
                 id="summit_of_power"),
    # «هنأ مدير عام التعليم … ثانوية الإمام الطحاوي بالأحساء، لقاء حصولها على وسام الشرف» (#916).
    pytest.param("CONSULT", "هنأ مدير عام التعليم بالأحساء أحمد بالغنيم ثانوية الإمام الطحاوي بالأحساء، لقاء حصولها "
                 "على وسام الشرف من وكالة ناسا.", False, id="in_return_for_an_award"),
    # «قد أصيب قبل سنوات بالتهاب حاد أدى إلى بتر قدميه» (#509): an illness, no wound.
    pytest.param("ASSAULT", "وكان الطفل زاين هارفي، قد أصيب قبل سنوات بالتهاب حاد أدى إلى بتر قدميه ويديه وفشل "
                 "كليتيه.", False, id="infection_caught"),
    # «اختيار هاني طالب بلان عضو مجلس إدارة الاتحاد القطري» (#840): طالب is a part of a name, no demand.
    pytest.param("REQUEST", "وجاء اختيار المهندي فيما أصبح هاني طالب بلان أول قطري يتولى منصب نائب رئيس لجنة الحكام "
                 "بالاتحاد الآسيوي.", False, id="given_name_part"),
    # «من جهته أكد بخاري دان معلم أحد سكان قرية مجاورة أن المتطرفين «ذبحوا عشرة أشخاص»» (#834): دان is a part of
    # the speaker's name, no condemnation.
    pytest.param("ACCUSE", "من جهته أكد بخاري دان معلم أحد سكان قرية مجاورة أن المتطرفين ذبحوا عشرة أشخاص.", False,
                 id="speakers_name_part"),
    # «بعد أن نشرت مجموعة تعارض عمليات الإجهاض مقاطع فيديو» (#530), «سحقت جبهة النصرة … مقاتلين تدعمهم الولايات
    # المتحدة» (#527): the noun's description, a stance, no act.
    pytest.param("REJECT", "هدد النواب الجمهوريون بسحب التمويل الاتحادي للمنظمة، بعد أن نشرت مجموعة تعارض عمليات "
                 "الإجهاض مقاطع فيديو.", False, id="clause_describing_a_group"),
    pytest.param("SUPPORT", "وسبق أن سحقت جبهة النصرة مقاتلين تدعمهم الولايات المتحدة في سوريا.", False,
                 id="clause_describing_fighters"),
    # «وطالب الدكتور اليامي … الهيئات المسؤولة عن تقديم الإغاثة والدعم بتكثيف جهودها» (#946): the bodies are
    # described by their task, no aid given.
    pytest.param("AID", "دعا رئيس لجنة حقوق الإنسان العربية الدكتور هادي اليامي إلى التحقيق في الجرائم المرتكبة في "
                 "اليمن. وطالب اليامي في بيان اليوم الهيئات المسؤولة عن تقديم الإغاثة بتكثيف جهودها لتطويق الأزمة "
                 "الإنسانية. وأكد أن اللجنة ستتابع الأوضاع في اليمن.", False, id="body_in_charge_of_relief"),
    # «إحياء الذكرى الـ65 لإنشاء أونروا، التي تقدم دعما للاجئين الفلسطينيين الذين بلغ عددهم اليوم، 5 ملايين»
    # (#520): UNRWA's mandate described; «اليوم» dates the refugees' count in a later clause, not the help.
    pytest.param("AID", "قال الاتحاد الأوروبي إنه يطالب إسرائيل بمراجعة قرارها. وأعلن الاتحاد أن مفوضه شارك في "
                 "احتفالية إحياء الذكرى الـ65 لإنشاء أونروا، التي تقدم دعما للاجئين الفلسطينيين الذين بلغ عددهم "
                 "اليوم، 5 ملايين شخص. وأكد الاتحاد أنه سيواصل متابعة الأوضاع.", False,
                 id="later_clauses_day_does_not_date_a_mandate"),
]

# (type, sentence, True: the sentence codes an event of the type): the word's own sense beside the one above.
EVENT = [
    pytest.param("ASSAULT", "اجتاحت القوات الإسرائيلية مدينة جنين فجر اليوم.", True, id="invasion"),
    pytest.param("REQUEST", "وطالب الرئيس هادي المجتمع الدولي بالضغط على الحوثيين.", True, id="demand"),
    pytest.param("ACCUSE", "وقال الوزير إن بلاده دانت الهجوم الإرهابي على المسجد.", True, id="condemnation"),
    # A named or definite subject before its verb tells an act («وقال إن مصر تدعم»); so does a statement's own
    # rejection («توقيع عشرات المثقفين على بيان يرفض ما وصفوه برجعية وزير الثقافة»: #429 of the slice before).
    pytest.param("SUPPORT", "وقال الوزير إن السعودية تدعم الحكومة اليمنية الشرعية.", True,
                 id="stance_of_a_named_state"),
    pytest.param("REJECT", "وتأتي تلك الأزمة عقب أيام من توقيع عشرات المثقفين المصريين على بيان يرفض ما وصفوه "
                 "برجعية وزير الثقافة.", True, id="statements_own_rejection"),
]


@pytest.mark.parametrize("kind, text, coded", [*NO_EVENT, *EVENT])
def test_sense_of_the_sentence(nlp, kind, text, coded):
    """The sentence codes an event of `kind` (`coded`) or none."""
    types = kept_types(nlp, text, _DATE)
    assert (kind in [k for k, _ in types]) == coded, types
