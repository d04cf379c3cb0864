"""Round 67: the attacker named in the sentence before goes on to an attack verb that opens the next sentence with no
subject of its own: a plural of struck sites right after the verb is its object (كما قصف معسكرات …), and the short
form of the attacker's own name after it is that attacker again (قصف طيران التحالف … كما دمر التحالف …); a
masculine verb's feminine object (كما دعا قيادة التمرد إلى) lets the subject before go on; «حذر X من أن …», a
warning of a danger, is no threat; a negated act whose actor is «أي …» (any) is no event; the act charged after an
arrest (ضبط مواطن بتهمة الاعتداء على زوجته وإصابتها) is the arrested one's."""

from stage_coding import events_coded


def _actor(nlp, text, trigger):
    """The actor texts of the event of `text` whose trigger is `trigger` (events stage)."""
    e = next(e for e in events_coded(nlp, text, "2015-07-24") if e.trigger.text == trigger)
    return [a.text for a in e.actor]


def test_an_attack_on_struck_sites_goes_on_from_the_attacker_before(nlp):
    """وقصف طيران التحالف تجمعات الحوثيين … كما قصف معسكرات تابعة للحرس: the coalition's aviation bombs the camps."""
    text = ("وقصف طيران التحالف تجمعات الحوثيين في محافظة حجة. "
            "كما قصف معسكرات تابعة للحرس الجمهوري السابق في منطقة الصباحة غربي صنعاء.")
    later = [e for e in events_coded(nlp, text, "2015-07-24") if e.trigger.text == "قصف"][-1]
    assert [a.text for a in later.actor] == ["طيران التحالف"]
    # (a passive kill after it, «كما قتل جندي», takes no bomber: the soldier is no struck site)
    killed = "وقصف طيران التحالف تجمعات الحوثيين في محافظة حجة. كما قتل جندي في المعارك."
    assert all(not e.actor for e in events_coded(nlp, killed, "2015-07-24") if e.trigger.text == "قتل")


def test_the_short_name_of_the_attacker_is_the_attacker_again(nlp):
    """واستهدف طيران التحالف تجمعات الميليشيات … كما دمر التحالف أربع منصات: the coalition's aviation destroys them."""
    text = ("واستهدف طيران التحالف تجمعات الميليشيات في محيط قاعدة العند الجوية. "
            "كما دمر التحالف أربع منصات لإطلاق صواريخ الكاتيوشا، وجسر الحسيني الرابط بين عدن ولحج.")
    # (since coalition67 the sentence's own «التحالف» is itself read as the Arab coalition in a story naming Yemen:
    # the actor is that word, the same party as the aviation before)
    e = next(e for e in events_coded(nlp, text, "2015-07-24") if e.trigger.text == "دمر")
    assert [a.text for a in e.actor] in (["طيران التحالف"], ["التحالف"])
    assert [(a.code, a.sector) for a in e.actor] == [("INT", "MIL")]



def test_a_disagreeing_feminine_object_lets_the_speaker_go_on(nlp):
    """وقال وزير الخارجية عادل الجبير … كما دعا قيادة التمرد إلى …: «قيادة» disagrees with دعا, it is the one asked."""
    text = ("وقال وزير الخارجية عادل الجبير إن المملكة تدعم الحل السياسي. "
            "كما دعا قيادة التمرد إلى مواصلة قصفها المكثف على مواقع الانقلابيين.")
    assert _actor(nlp, text, "دعا") == ["وزير الخارجية عادل الجبير"]


def test_a_warning_of_a_danger_is_no_threat(nlp):
    """حذر رئيسها محمد بخاري الولايات المتحدة من أن سياستها تضر بالجهود: advice about a danger, no THREATEN (a
    warning «من مغبة» stays one)."""
    text = ("قتل أكثر من 60 مواطنا أمس في هجمات لحركة بوكو حرام في نيجيريا، التي حذر رئيسها محمد بخاري الولايات "
            "المتحدة من أن سياستها تضر بالجهود لمكافحة الحركة المتطرفة.")
    assert not [e for e in events_coded(nlp, text, "2015-07-24") if e.event == "THREATEN"]
    kept = "وحذر الرئيس النيجيري محمد بخاري حركة بوكو حرام من مغبة مواصلة الهجمات."
    assert [e for e in events_coded(nlp, kept, "2015-07-24") if e.event == "THREATEN"]


def test_a_negated_act_of_anyone_is_no_event(nlp):
    """ولم يقم أي رئيس أميركي بزيارة كينيا: no US president visited, no event (a named president's stays, negated)."""
    text = "ولم يقم أي رئيس أميركي بزيارة كينيا التي تعد حليفًا مهمًا في الحرب ضد التطرف."
    assert not [e for e in events_coded(nlp, text, "2015-07-24") if e.trigger.text == "زيارة"]
    named = "ولم يقم الرئيس الأميركي بزيارة كينيا."
    assert [e for e in events_coded(nlp, named, "2015-07-24") if e.trigger.text == "زيارة"]


def test_the_act_charged_after_an_arrest_is_the_arrested_ones(nlp):
    """ضبط مواطن بتهمة الاعتداء على زوجته وإصابتها: the citizen hurt his wife, not the police who arrested him."""
    text = ("تمكنت شرطة محافظة حفر الباطن من ضبط مواطن بتهمة الاعتداء على زوجته وإصابتها في الرأس، مما أدى إلى "
            "وفاتها.")
    assert _actor(nlp, text, "إصابتها") == ["مواطن"]


def test_the_attackers_name_in_the_raids_genitive_carries_them_on(nlp):
    """وشن طيران التحالف غارات … واستهدفت غارات التحالف قاعدة العند: the raids of the coalition, its aviation's."""
    text = "وشن طيران التحالف غارات على مواقع الحوثيين في صنعاء. واستهدفت غارات التحالف قاعدة العند في لحج."
    # (since coalition67 the bare «التحالف» of the genitive is itself read as the Arab coalition in a story naming
    # the Houthis: the actor is that word, the same party as the aviation before)
    e = next(e for e in events_coded(nlp, text, "2015-07-24") if e.trigger.text == "استهدفت")
    assert [a.text for a in e.actor] in (["طيران التحالف"], ["التحالف"])
    assert [(a.code, a.sector) for a in e.actor] == [("INT", "MIL")]
