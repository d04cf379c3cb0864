"""Material that is no event (generic26): an act asked in a yes/no question («هل لا تزال العملة الرديئة تطرد العملة
الجيدة؟»), an event noun after a word of what there is («ولكن يوجد تعاون بين الجمعية»), support or aid as the
framework of an act («في إطار دعم سموه لفئات ذوي الاحتياجات») or what something relies on («يعتمد على دعم البنك
المركزي الأوروبي»); real acts told beside such words stay."""

from hadath.article import Article

# the rules read the sentences of a story: two plain sentences follow each one
TAIL = " وقال مسؤول محلي إن الوضع في المنطقة هادئ حاليا. وأضاف أن التحقيقات ما زالت مستمرة."


def coded(nlp, text, tail=TAIL, published="2015-07-21"):
    """The (type, trigger) pairs the full pipeline codes in the first sentence of a text that opens with this one."""
    art = nlp(Article(text=text + tail, published=published))
    return [(e.event, e.trigger.text) for e in art.events if e.sentence == 0]


def test_an_act_asked_in_a_question_is_no_event(nlp):
    text = "في الاقتصاد السعودي: هل لا تزال العملة الرديئة تطرد العملة الجيدة من السوق السعودي؟"
    found = coded(nlp, text)
    assert not [t for t in found if t[0] == "COERCE"], found


def test_an_attack_asked_in_a_negative_question_is_no_event(nlp):
    text = "ألم يكن الحشد الشعبي معول هدم لبيوت وأسر في العراق؟"
    found = coded(nlp, text)
    assert not [t for t in found if t[0] == "ASSAULT"], found


def test_an_act_told_before_a_question_stays(nlp):
    text = "وقصفت طائرات التحالف مواقع الحوثيين في صعدة أمس، فهل تنجح الضربات في وقف تقدمهم؟"
    found = coded(nlp, text)
    assert ("ASSAULT", "قصفت") in found, found


def test_cooperation_that_there_is_is_no_event(nlp):
    text = ("وأوضحت أن التنسيق مع الفرق التطوعية قليل ولكن يوجد تعاون بين الجمعية السعودية لعلوم البيئة وفرق "
            "تطوعية تعمل تحت مظلة الجمعية.")
    found = coded(nlp, text)
    assert not [t for t in found if t[0] == "COOPERATE"], found


def test_support_as_the_framework_of_an_act_is_no_event(nlp):
    text = ("ووجه الأمير مشعل بن ماجد بإقامة معرض الفنانة التشكيلية هالة فقيها، وذلك في إطار دعم سموه لفئات ذوي "
            "الاحتياجات الخاصة.")
    found = coded(nlp, text)
    assert ("SUPPORT", "دعم") not in found, found


def test_aid_given_in_the_framework_of_support_stays(nlp):
    text = "وقدمت السعودية مساعدات إنسانية إلى اليمن أمس في إطار دعمها للشعب اليمني."
    found = coded(nlp, text)
    assert [t for t in found if t[0] == "AID" and t[1] != "دعمها"], found
    assert ("AID", "دعمها") not in found and ("SUPPORT", "دعمها") not in found, found


def test_support_relied_on_is_no_event(nlp):
    text = ("والنظام المصرفي اليوناني يعتمد على دعم البنك المركزي الأوروبي، والذي قد يتم سحبه في هذه الأثناء.")
    found = coded(nlp, text)
    assert not [t for t in found if t[0] in ("AID", "SUPPORT")], found


def test_support_relied_on_past_a_comma_is_no_event(nlp):
    text = ("وأول المتضررين سيكون حزب الله، الذي يعتمد اعتمادا كليا في ميزانياته الضخمة ومصاريف ميليشياته، على "
            "الدعم الإيراني.")
    found = coded(nlp, text)
    assert not [t for t in found if t[0] in ("AID", "SUPPORT")], found


def test_a_fact_that_endangers_is_no_threat(nlp):
    text = "وقال وزير الخارجية السعودي عادل الجبير في برلين إن ذلك يهدد كل دول العالم."
    found = coded(nlp, text)
    assert not [t for t in found if t[0] == "THREATEN"], found


def test_factors_that_endanger_tourism_are_no_threat(nlp):
    text = "عوامل عدة بدأت تهدد السياحة في تركيا."
    found = coded(nlp, text)
    assert not [t for t in found if t[0] == "THREATEN"], found


def test_a_threat_of_an_act_in_the_present_stays(nlp):
    text = "ويهدد الحوثيون باقتحام مدينة عدن إذا لم تنسحب المقاومة الشعبية منها."
    found = coded(nlp, text)
    assert [t for t in found if t[0] == "THREATEN"], found


def test_a_concern_understood_is_no_event(nlp):
    text = ("وأكد وزير الخارجية الألماني فرانك فالتر شتاينماير تفهمه قلق الرياض ودول الخليج من الاتفاق النووي "
            "الذي أبرمته إيران مع الدول الكبرى.")
    found = coded(nlp, text)
    assert not [t for t in found if t[0] == "ACCUSE"], found


def test_a_concern_expressed_stays(nlp):
    for text in ("وأعرب الاتحاد الأوروبي عن قلقه إزاء متطلبات المحتوى المحلي في الهند.",
                 "وأعربت الأمم المتحدة عن بالغ قلقها من تدهور الأوضاع الإنسانية في اليمن."):
        found = coded(nlp, text)
        assert [t for t in found if t[0] == "ACCUSE"], (text, found)


def test_what_must_be_done_is_no_event(nlp):
    for text in ("ويحملون جنسيات إيرانية ولاؤها لغير العراق ولذا يجب طردهم من صفوف الثورة.",
                 "وقال إن الروس يصرون على ضرورة التعاون مع النظام السوري هناك.",
                 "إذ كان من المفترض أن يلتقي وزير الخارجية الإيراني محمد جواد ظريف نظيره التركي مولود جاوش أوغلو."):
        found = coded(nlp, text)
        assert not [t for t in found if t[0] in ("COERCE", "COOPERATE", "CONSULT")], (text, found)


def test_a_demand_of_what_must_be_done_stays(nlp):
    text = "وطالب وزير الخارجية الأمريكي بضرورة وقف القصف على المدن السورية."
    found = coded(nlp, text)
    assert ("REQUEST", "طالب") in found, found


def test_support_a_state_of_things_is_put_down_to_is_no_event(nlp):
    text = ("وشدد وزير الخارجية عادل الجبير على أن استمرار مأساة الشعب السوري مردها إلى دعم طهران لنظام بشار "
            "الأسد.")
    found = coded(nlp, text)
    assert not [t for t in found if t[0] in ("AID", "SUPPORT")], found


def test_support_continued_as_a_policy_is_no_event(nlp):
    text = "وقال الباحث إن الدراسة كشفت حرص إيران على مواصلة دعمها للنظام السوري رغم الانتكاسات التي تعرض لها."
    found = coded(nlp, text)
    assert not [t for t in found if t[0] in ("AID", "SUPPORT")], found


def test_support_someone_receives_in_a_relative_clause_is_no_event(nlp):
    text = ("ويقاتل تنظيم داعش في محافظة الحسكة ضد كل من القوات المؤيدة للحكومة والمقاتلين الأكراد السوريين الذين "
            "يتلقون دعما جويا من التحالف الذي تقوده الولايات المتحدة.")
    found = coded(nlp, text)
    assert not [t for t in found if t[0] in ("AID", "SUPPORT")], found


def test_a_visit_someone_intends_stays(nlp):
    text = "وقال وزير خارجية النمسا سباستيان كورتس الذي يعتزم زيارة إيران في سبتمبر إن الاتفاق جيد."
    found = coded(nlp, text)
    assert ("CONSULT", "زيارة") in found, found
