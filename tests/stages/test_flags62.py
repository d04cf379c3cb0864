"""Round 62 (flags62): the negated / future / hypothetical flags — «لو» after a foreign given name is the particle of a
family name, no «if» («ستيفان لو فول»); «وقد» opens a clause of its own, which an earlier «كانت» does not make the
past before the past («وقد تعقبها زيارة إلى موسكو»: possible); what a verb after «لم» was for is not done («لم يدخل
الأراضي السورية لتدمير أهداف»); what one acts to obtain («ليحصل على موافقة») and a meeting doors are opened for («تفتح
أبوابها … للاجتماع») are still to come; and a noun joined to the adjuncts of a future verb is to come too («طائرات ستصل
… بإشراف من المركز وتنسيق مع الحكومة») (must / must not, on sentences of the dev days)."""

from stage_coding import events_coded


def flags_of(nlp, text, trigger, date="2015-07-24"):
    """(negated, future, hypothetical) of each event of `text` whose trigger is `trigger`."""
    return [(e.negated, e.future, e.hypothetical) for e in events_coded(nlp, text, date) if e.trigger.text == trigger]


def test_lo_in_a_name_sets_no_condition(nlp):
    """«فيما يلتقي وزير الزراعة الفرنسية ستيفان لو فول مع أعضاء مجلس الأعمال»: a meeting told, not supposed."""
    text = "فيما يلتقي وزير الزراعة الفرنسية ستيفان لو فول مع أعضاء مجلس الأعمال السعودي الفرنسي."
    fl = flags_of(nlp, text, "يلتقي")
    assert fl and not any(hyp for _, _, hyp in fl)
    # (a real «لو» still supposes: «حتى لو حصل لها هجوم»)
    fl = flags_of(nlp, "وقال إن المملكة سترد حتى لو شنت الميليشيات هجوما على الحدود.", "هجوما")
    assert fl and all(hyp for _, _, hyp in fl)


def test_wa_qad_after_kanat_is_possible(nlp):
    """«لذلك كانت زيارة دي ميستورا إلى طهران مفاجئة وقد تعقبها زيارة إلى موسكو»: the second visit may come."""
    text = "لذلك كانت زيارة دي ميستورا إلى طهران مفاجئة وقد تعقبها زيارة إلى موسكو من أجل الدفع باتجاه العملية السلمية."
    fl = flags_of(nlp, text, "زيارة")
    assert len(fl) == 2 and not fl[0][2] and fl[1][2]


def test_purpose_of_a_negated_verb_is_negated(nlp):
    """«وتابع أن الجيش التركي لم يدخل الأراضي السورية لتدمير أهداف تابعة للتنظيم»: no destruction told."""
    fl = flags_of(nlp, "وتابع أن الجيش التركي لم يدخل الأراضي السورية لتدمير أهداف تابعة للتنظيم.", "تدمير")
    assert fl and all(neg for neg, _, _ in fl)
    # (one after a verb not negated stays a fact)
    fl = flags_of(nlp, "وتابع أن الجيش التركي دخل الأراضي السورية لتدمير أهداف تابعة للتنظيم.", "تدمير")
    assert fl and not any(neg for neg, _, _ in fl)
    # (nor a call one did not answer: it was made)
    fl = flags_of(nlp, "ولم يستجب الحوثيون لدعوة الأمم المتحدة.", "دعوة")
    assert fl and not any(neg for neg, _, _ in fl)


def test_an_approval_to_obtain_is_to_come(nlp):
    """«ويسعى الاتحاد الأوروبي إلى تشكيل حكومة وحدة وطنية ليحصل على موافقة ليبية رسمية»: not yet given."""
    text = "ويسعى الاتحاد الأوروبي إلى تشكيل حكومة وحدة وطنية ليحصل على موافقة ليبية رسمية على مهمة بحرية."
    fl = flags_of(nlp, text, "موافقة")
    assert fl and all(fut for _, fut, _ in fl)


def test_a_meeting_offered_is_to_come(nlp):
    """«المملكة تفتح أبوابها لجميع الأطياف السياسية اليمنية … للاجتماع تحت مظلة مجلس التعاون»: an offer."""
    text = "التأكيد على أن المملكة تفتح أبوابها لجميع الأطياف السياسية اليمنية الراغبة في المحافظة على أمن اليمن " \
           "واستقراره للاجتماع تحت مظلة مجلس التعاون."
    fl = flags_of(nlp, text, "للاجتماع")
    assert fl and all(fut for _, fut, _ in fl)


def test_a_noun_joined_to_a_future_verb_is_to_come(nlp):
    """«هنالك طائرات ستصل وفق برنامج زمني محدد بإشراف من المركز وتنسيق مع الحكومة الشرعية اليمنية»: to come."""
    text = "لافتًا الانتباه إلى أن هنالك طائرات ستصل وفق برنامج زمني محدد بإشراف من المركز وتنسيق مع الحكومة " \
           "الشرعية اليمنية."
    fl = flags_of(nlp, text, "تنسيق")
    assert fl and all(fut for _, fut, _ in fl)
    # (one joined to a verb told as done stays done)
    text = "وأشار إلى أن طائرات وصلت وفق برنامج زمني محدد بإشراف من المركز وتنسيق مع الحكومة الشرعية اليمنية."
    fl = flags_of(nlp, text, "تنسيق")
    assert fl and not any(fut for _, fut, _ in fl)


def test_an_act_prepared_for_is_to_come(nlp):
    """«في وقت تستعد قوة معززة من عناصر الوحدات الخاصة الصهيونية بلباسها العسكري لاقتحام الأقصى»: not yet stormed."""
    text = "في وقت تستعد قوة معززة من عناصر الوحدات الخاصة الصهيونية بلباسها العسكري لاقتحام الأقصى من باب المغاربة."
    fl = flags_of(nlp, text, "اقتحام")
    assert fl and all(fut for _, fut, _ in fl)


def test_a_believed_identity_leaves_the_attack_done(nlp):
    """«وكان مقاتلون يعتقد أنهم من تنظيم داعش هاجموا أمس أحد المواقع العسكرية التركية»: who attacked is believed,
    the attack is told as done; a belief about the act itself still makes it supposed."""
    text = "وكان مقاتلون يعتقد أنهم من تنظيم داعش هاجموا أمس أحد المواقع العسكرية التركية المتمركزة على الحدود."
    fl = flags_of(nlp, text, "هاجموا")
    assert fl and not any(hyp for _, _, hyp in fl)
    fl = flags_of(nlp, "ويعتقد أن الرجل قتل في المواجهات.", "قتل")
    assert fl and all(hyp for _, _, hyp in fl)


def test_a_talk_after_a_topic_word_is_no_aim(nlp):
    """«كما تناول اللقاء سبل تعزيز العلاقات الثنائية … وبحث الأوضاع الإقليمية»: the talk was held, nothing to come."""
    text = "التقى وزير الخارجية المصري سامح شكري، وزير خارجية الإمارات الشيخ عبد الله بن زايد آل نهيان، في أبوظبي " \
           "أمس. وتم خلال اللقاء التأكيد على عمق العلاقات، كما تناول اللقاء سبل تعزيز العلاقات الثنائية بين البلدين " \
           "وسبل تطويرها في كل المجالات وبحث الأوضاع الإقليمية في فلسطين والعراق وليبيا واليمن."
    events = events_coded(nlp, text, "2015-07-24")
    assert not any(e.future for e in events if e.trigger.text.startswith("بحث"))


def test_what_was_said_is_only_claimed(nlp):
    """«وسبق أن قيل إن الفضلي قد استهدف سابقا في غارة جوية أمريكية»: hearsay, only supposed."""
    text = "أفاد الجيش الأمريكي بمقتل محسن الفضلي، القيادي البارز في تنظيم القاعدة وزعيم ما يعرف بجماعة خراسان، في " \
           "غارة جوية أمريكية في سوريا.\nوقال المتحدث باسم البنتاغون جيف ديفيس إن الغارة استهدفت الفضلي، الكويتي " \
           "الجنسية، عندما كان يتنقل بسيارة قرب البلدة في الثامن من الشهر الجاري.\nوسبق أن قيل إن الفضلي قد استهدف " \
           "سابقا في غارة جوية أمريكية في سبتمبر الماضي."
    fl = flags_of(nlp, text, "استهدف")
    assert fl and all(hyp for _, _, hyp in fl)


def test_may_be_done_in_the_passive_is_possible(nlp):
    """«فقد يتم حظر حسابك للأبد»: the ban may come, only possible."""
    text = "لكن وللتنبيه، في حال قام المستخدم بإعادة استخدام إحدى الأدوات المرفوضة من طرف الشركة، فقد يتم حظر " \
           "حسابك للأبد."
    fl = flags_of(nlp, text, "حظر")
    assert fl and all(hyp for _, _, hyp in fl)
    fl = flags_of(nlp, "وكان الرئيس قد تم اعتقاله أمس في العاصمة.", "اعتقاله")
    assert fl and not any(hyp for _, _, hyp in fl)
