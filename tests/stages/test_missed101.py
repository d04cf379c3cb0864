"""Round 102 (missed events, m102): events the judges of 2015-07-31 listed as missed. A death sentence carried
out («تم تنفيذ حكم القتل في الجاني»، «نفذت وزارة الداخلية أمس حكم القصاص») is a COERCE (not after «بشأن»: the
statement's subject); «حمّل X المسؤولية» is read in its participle (محملا) and with the spelling مسئولية; a final
hamza written after ى (الطوارىء) meets the lexicon's الطوارئ; an attack noun in لـ after a past تعرض is told even
in a long sentence («تعرض مركز المسيال … لقذائف عسكرية كثيفة»)."""

_DATE = "2015-07-31"


def _events(nlp, text, kind):
    """(trigger, actor texts, recipient texts) of the events of `kind` the whole pipeline codes."""
    return [(e.trigger.text, [p.text for p in e.actor], [p.text for p in e.recipient])
            for e in nlp(text, published=_DATE).events if e.event == kind]


_EXECUTION = ("وقد تم تنفيذ حكم القتل في الجاني : قاسم محمد الهلال - سوري الجنسية - اليوم الخميس الموافق 14 / 10 / "
              "1436هـ في منطقة الرياض، بمحافظة حريملاء.")


def test_death_sentence_carried_out_is_an_execution(nlp):
    """«وقد تم تنفيذ حكم القتل في الجاني» (2015-07-31 #1024): the execution, with the one executed."""
    events = _events(nlp, _EXECUTION, "COERCE")
    assert any(t.startswith("تنفيذ") and any("الجاني" in r for r in rec) for t, _, rec in events), events


def test_ministry_carries_out_a_sentence(nlp):
    """«نفذت وزارة الداخلية أمس حكم القتل تعزيرا في مهرب مخدرات» (#1327): the ministry is the doer."""
    events = _events(nlp, "نفذت وزارة الداخلية أمس حكم القتل تعزيرا في مهرب مخدرات بمنطقة الرياض.", "COERCE")
    assert any("وزارة الداخلية" in a for _, act, _ in events for a in act), events


def test_statement_about_an_execution_is_not_one_more(nlp):
    """«بيانًا بشأن تنفيذ حكم القتل» (#1024): the subject of the statement; the act is told after it, once."""
    text = ("أصدرت وزارة الداخلية اليوم بيانًا بشأن تنفيذ حكم القتل تعزيراً في مهرب مخدرات بمنطقة الرياض. "
            "وقد تم تنفيذ حكم القتل في الجاني اليوم الخميس في منطقة الرياض.")
    assert len(_events(nlp, text, "COERCE")) == 1, _events(nlp, text, "COERCE")


def test_carrying_out_a_plan_is_no_execution(nlp):
    """«نفذت الوزارة خطة» has no death sentence: no ASSAULT."""
    assert not _events(nlp, "نفذت وزارة الداخلية أمس خطة أمنية في منطقة الرياض.", "COERCE")


def test_blaming_participle(nlp):
    """«محملا مليشيات الحوثي مسؤولية فشل الهدنة الإنسانية» (#1903): ACCUSE with the Houthis blamed."""
    text = ("وأكد المعلمي أن التحالف لا يستهدف المدنيين، وأنه يجري التحقيق في أي تقارير عن سقوط ضحايا، محملا مليشيات "
            "الحوثي مسؤولية فشل الهدنة الإنسانية.")
    events = _events(nlp, text, "ACCUSE")
    assert any(t == "محملا" and any("الحوثي" in r for r in rec) for t, _, rec in events), events


def test_blaming_with_the_spelling_masuliya(nlp):
    """«وحمل عباس حكومة الاحتلال مسئولية ما جرى» (#1795): مسئولية is مسؤولية."""
    assert _events(nlp, "وحمل الرئيس الفلسطيني محمود عباس حكومة الاحتلال مسئولية ما جرى.", "ACCUSE")


def test_bearing_responsibility_oneself_is_no_blame(nlp):
    """«تتحمل المسئولية كاملة»: the bearer blames no one."""
    assert not _events(nlp, "وقال المتحدث إن الحكومة تتحمل المسئولية كاملة عن الأخطاء.", "ACCUSE")


def test_state_of_emergency_spelt_with_hamza_after_ya(nlp):
    """«قرر رئيس الجمهورية تمديد حالة الطوارىء» (#1253): the extension of the state of emergency."""
    text = "قرر رئيس الجمهورية تمديد حالة الطوارىء على كامل التراب التونسي لشهرين."
    assert _events(nlp, text, "COERCE")


_SHELLING = ("صرح المتحدث الأمني لوزارة الداخلية بأنه عند الساعة العاشرة وعشرين دقيقة من صباح اليوم الجمعة الموافق 15 "
             "/ 10 / 1436 هـ ، تعرض مركز المسيال بقطاع ظهران الجنوب بمنطقة عسير لقذائف عسكرية كثيفة من داخل الأراضي "
             "اليمنية ، حيث تم التعامل مع الموقف بما يقتضيه وذلك بالتصدي للعدوان ، والتنسيق مع القوات البرية "
             "التابعة لوزارة الدفاع ، وتدمير منصات إطلاق القذائف.")


def test_shelling_undergone_in_a_long_sentence(nlp):
    """«تعرض مركز المسيال … لقذائف عسكرية كثيفة» (#1265, #1793): the shelling of the border post is told."""
    triggers = [t for t, _, _ in _events(nlp, _SHELLING, "ASSAULT")]
    assert "قذائف" in triggers, triggers
    assert "إطلاق القذائف" not in triggers, triggers  # («تدمير منصات إطلاق القذائف»: the launchers, left to the models)


def test_training_received_before_a_noun_in_lam_is_no_attack(nlp):
    """«تلقى عدد منهم تدريباتهم للتصدي للهجوم المسلح» (2015-07-31 #371): training to repel attacks, no attack."""
    text = ("وقالت المصادر إن عناصر المقاومة تدرب بعضهم في السعودية والإمارات، حيث تلقى عدد منهم تدريباتهم للتصدي "
            "للهجوم المسلح، ومواجهة العدو، والتنسيق فيما بينهم، وتشكيل فصيل مسلح يقوم على تحرير المدينة.")
    assert not any(t == "للهجوم" or t == "الهجوم" for t, _, _ in _events(nlp, text, "ASSAULT"))


def test_execution_asked_for_is_none(nlp):
    """«وطالب ذوو القتيل بتنفيذ حكم القصاص في الجاني»: what is asked for, no execution."""
    assert not _events(nlp, "وطالب ذوو القتيل بتنفيذ حكم القصاص في الجاني.", "COERCE")
