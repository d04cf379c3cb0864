"""The subject a verb with none of its own carries from the sentence before: after a lead-in word (كما نوه), a plural
attack verb with an object after an attack by the same actor (وقتلوا عشرة مدنيين), and past the object read right
after the verb (واتهم المتمردين بـ …); never to a plural verb told in the passive or after no attack."""


def _events(nlp, text, kind, trigger):
    """The events of type `kind` whose trigger is `trigger`."""
    return [e for e in nlp(text, published="2015-08-03").events if e.event == kind and e.trigger.text == trigger]


def _actor_codes(ev):
    """The country codes of an event's actors."""
    return [a.code for a in ev.actor]


def test_a_plural_killing_verb_with_an_object_goes_on_from_the_attackers(nlp):
    text = "هاجم مسلحو تنظيم داعش قرية في ريف حلب.\nوقتلوا عشرة مدنيين."
    (ev,) = _events(nlp, text, "ASSAULT", "قتلوا")
    assert _actor_codes(ev) == ["IMG"]


def test_a_plural_arrest_verb_with_an_object_goes_on_from_the_attackers(nlp):
    text = "هاجم مسلحو تنظيم داعش قرية في ريف حلب.\nواعتقلوا عشرات الشبان."
    (ev,) = _events(nlp, text, "COERCE", "اعتقلوا")
    assert _actor_codes(ev) == ["IMG"]


def test_a_passive_plural_killing_verb_takes_no_attacker(nlp):
    text = "هاجم مسلحو تنظيم داعش قرية في ريف حلب.\nوقُتلوا في اشتباكات مع الجيش."
    for ev in _events(nlp, text, "ASSAULT", "قُتلوا"):
        assert "IMG" not in _actor_codes(ev)


def test_a_killing_verb_with_no_object_takes_no_attacker(nlp):
    text = "اقتحم مسلحو الحوثي مدينة تعز.\nوقتلوا في الهجوم."
    for ev in _events(nlp, text, "ASSAULT", "قتلوا"):
        assert not ev.actor


def test_a_killing_verb_after_no_attack_takes_no_actor(nlp):
    text = "التقى وزراء خارجية دول الخليج في الرياض.\nوقتلوا عشرة مدنيين."
    for ev in _events(nlp, text, "ASSAULT", "قتلوا"):
        assert not ev.actor


def test_a_verb_after_a_lead_in_word_goes_on_from_the_sentence_before(nlp):
    text = ("أدانت وزارة الخارجية القطرية الهجوم الإرهابي على المسجد في الكويت.\n"
            "كما دعت إلى تحرك دولي عاجل.")
    (ev,) = _events(nlp, text, "REQUEST", "دعت")
    assert _actor_codes(ev) == ["QAT"]


def test_a_verb_after_a_lead_in_word_with_its_own_subject_keeps_it(nlp):
    text = ("استقبل الملك سلمان رئيس الوزراء اللبناني تمام سلام في جدة.\n"
            "كما استقبل وزير الخارجية الفرنسي وفدا من رجال الأعمال.")
    evs = _events(nlp, text, "CONSULT", "استقبل")
    assert _actor_codes(evs[-1]) == ["FRA"]


def test_a_verb_past_its_object_goes_on_from_the_sentence_before(nlp):
    text = ("أدانت وزارة الخارجية القطرية الهجوم الإرهابي على المسجد.\n"
            "ودعت المجتمع الدولي إلى التحرك.")
    (ev,) = _events(nlp, text, "REQUEST", "دعت")
    assert _actor_codes(ev) == ["QAT"]
    assert [r.code for r in ev.recipient] == ["IGO"]


def test_an_unread_subject_between_the_verb_and_its_object_blocks_the_carry(nlp):
    text = ("أدانت وزارة الخارجية القطرية الهجوم الإرهابي على المسجد.\n"
            "ودعت الأمانة المجتمع الدولي إلى التحرك.")
    (ev,) = _events(nlp, text, "REQUEST", "دعت")
    assert "QAT" not in _actor_codes(ev)


def test_a_verb_after_waqad_goes_on_from_the_sentence_before(nlp):
    text = ("أدانت وزارة الخارجية القطرية الهجوم الإرهابي على المسجد في الكويت.\n"
            "وقد دعت إلى تحرك دولي عاجل.")
    (ev,) = _events(nlp, text, "REQUEST", "دعت")
    assert _actor_codes(ev) == ["QAT"]


def _death(nlp, text):
    """The one death event («مقتل») of `text`."""
    (ev,) = _events(nlp, text, "ASSAULT", "مقتل")
    return ev


def test_who_withdrew_after_a_death_did_not_kill(nlp):
    ev = _death(nlp, "انسحب الجيش العراقي من المدينة بعد مقتل عشرة من جنوده.")
    assert "IRQ" not in _actor_codes(ev)
    assert "IRQ" in [r.code for r in ev.recipient]


def test_a_statement_after_a_death_names_no_killer(nlp):
    ev = _death(nlp, "ويأتي بيان برزاني بعد مقتل ثلاثة جنود أتراك في هجوم.")
    assert not ev.actor


def test_an_announcer_of_a_death_is_no_killer(nlp):
    ev = _death(nlp, "وجاء ذلك بعد إعلان وزارة الداخلية عن مقتل ثلاثة من عناصر الأمن في هجوم بالقطيف.")
    assert not ev.actor


def test_the_one_held_responsible_for_a_death_stays_its_actor(nlp):
    ev = _death(nlp, 'وفي وقت سابق من هذا الاسبوع، حمل سكان آخرون قوة "اميصوم" المسؤولية عن مقتل ثمانية مدنيين '
                     'في مدينة مركا المشهورة بمرفأها.')
    assert _actor_codes(ev) == ["IGO"]
