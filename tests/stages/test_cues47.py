"""Round 47 (cues47): flag cues — the أنكر forms deny like نفى; «لا أنكر»، «لم ينف» and «لا مبالاة» negate nothing;
a news noun after a negated verb of announcing keeps the act told («لم تعلن نبأ الزيارة»); «سواء … أم» puts two
cases, neither a fact (must / must not, on sentences of the kind fixed)."""

from stage_coding import events_coded


def coded(nlp, text, date="2015-07-25"):
    """The events the event coder gives (see stage_coding)."""
    return events_coded(nlp, text, date)


def find(nlp, text, event, word):
    """The coded events of the type whose trigger's first word ends the given word (clitics taken off)."""
    return [e for e in coded(nlp, text) if e.event == event and word.endswith(e.trigger.text.split()[0])]


def test_denied_intent_to_kill_is_negated(nlp):
    evs = find(nlp, "وأنكر المتهم نيته قتل الضابط.", "ASSAULT", "قتل")
    assert evs and all(e.negated for e in evs)


def test_denied_shelling_is_negated(nlp):
    evs = find(nlp, "وأنكرت الحكومة قصف القرية.", "ASSAULT", "قصف")
    assert evs and all(e.negated for e in evs)


def test_not_denying_asserts(nlp):
    evs = find(nlp, "ولم ينف الوزير وقوع اشتباكات مع المسلحين.", "ASSAULT", "اشتباكات")
    assert evs and not any(e.negated for e in evs)
    evs = find(nlp, "لكن حسيب تقول لا أنكر أن داعش ستهاجم المتاحف.", "ASSAULT", "ستهاجم")
    assert evs and not any(e.negated for e in evs)


def test_indifference_negates_no_condemnation(nlp):
    evs = find(nlp, "أن خطر داعش يكمن في لا مبالاته بتنديدات الأمة ووحدتها.", "ACCUSE", "بتنديدات")
    assert evs and not any(e.negated for e in evs)


def test_unannounced_news_keeps_the_visit(nlp):
    evs = find(nlp, "فإن الحكومة العراقية لم تعلن نبأ الزيارة كما لم يصدر أي بيان.", "CONSULT", "الزيارة")
    assert evs and not any(e.negated for e in evs)


def test_unannounced_arrest_stays_negated(nlp):
    evs = find(nlp, "ولم تعلن الوزارة اعتقال أحد.", "COERCE", "اعتقال")
    assert evs and all(e.negated for e in evs)


def test_whether_agreed_is_hypothetical(nlp):
    evs = find(nlp, "وقال إن الاتفاق سيمضي سواء وافقت إسرائيل أم لم توافق.", "AGREE", "وافقت")
    assert evs and all(e.hypothetical for e in evs)


def test_whether_in_places_keeps_acts(nlp):
    text = "وقال إن المملكة تدعم اليمن سواء في الحرب أو السلم، واعتقلت الشرطة مسلحين."
    evs = [e for e in coded(nlp, text) if e.event in ("SUPPORT", "COERCE")]
    assert len(evs) == 2 and not any(e.hypothetical for e in evs)


def test_warnings_not_taken_seriously_were_given(nlp):
    text = "وحذرت المملكة من الإرهاب لكن الغرب لم يحمل التحذيرات على محمل الجد."
    evs = find(nlp, text, "THREATEN", "التحذيرات")
    assert evs and not any(e.negated for e in evs)


def test_warnings_not_carried_stay_negated(nlp):
    evs = find(nlp, "لكن الغرب لم يحمل التحذيرات بعد.", "THREATEN", "التحذيرات")
    assert evs and all(e.negated for e in evs)
