"""The doer told beside the act: the force in ل after an operation or ambush noun, the subject of a light verb past
«؛ حيث» or after the pronoun of an attack noun, the holder of an office killed in a raid (no doer), and the one whose
acts a condemnation is about (its target, not its doer)."""

from event_lookup import actor_texts as _actors
from event_lookup import event_by_trigger as _event


def test_the_force_in_lam_after_a_series_of_operations_kills(nlp):
    text = "قتل 15 مسلحا خلال سلسلة عمليات لقوات الأمن التونسية."
    ev = _event(nlp, text, "قتل")
    assert [(a.text, a.code) for a in ev.actor] == [("قوات الأمن التونسية", "TUN")]


def test_armed_men_in_lam_after_two_ambushes_kill(nlp):
    text = "قتل خمسة جنود في كمينين لمسلحين."
    ev = _event(nlp, text, "قتل")
    assert [a.text for a in ev.actor] == ["مسلحين"] and [r.text for r in ev.recipient] == ["جنود"]


def test_a_state_force_after_an_ambush_noun_is_no_doer(nlp):
    text = "قتل خمسة جنود في كمين لقوات الأمن."
    assert _actors(nlp, text, "قتل") == []


def test_a_patrol_after_an_ambush_noun_is_no_doer(nlp):
    text = "قتل 5 من عناصر الشرطة في كمين لدورية أمنية."
    assert _actors(nlp, text, "قتل") == []


def test_a_verb_after_a_semicolon_and_haythu_goes_on_from_the_light_verbs_subject(nlp):
    text = ("يذكر أن القوات المسلحة التونسية تنفذ منذ يومين عمليات عسكرية في جبل سمامة (القصرين)؛ حيث استهدفت بقصف "
            "مدفعي عنيف عدة مواقع في الجبل لاشتباه تحصن عدة متشددين بداخلها.")
    ev = _event(nlp, text, "استهدفت")
    assert [(a.text, a.code) for a in ev.actor] == [("القوات المسلحة التونسية", "TUN")]


def test_a_verb_after_haythu_goes_on_past_the_attack_noun_of_the_light_verb(nlp):
    text = "قامت المقاومة الشعبية بهجوم في الضالع، حيث استهدفت عربتين عسكريتين تابعتين لميليشيات الحوثي."
    assert _actors(nlp, text, "استهدفت") == ["المقاومة الشعبية"]


def test_a_verb_describing_a_raid_takes_the_subject_of_its_light_verb_not_as_target(nlp):
    text = "وقتل خمسة مدنيين في غارة شنها طيران التحالف على صنعاء استهدفت منزلا."
    for ev in nlp(text, published="2015-07-25").events:
        assert "طيران التحالف" not in [r.text for r in ev.recipient]
        assert [a.text for a in ev.actor] == ["طيران التحالف"]


def test_an_office_its_place_and_holder_killed_in_a_raid_is_no_doer(nlp):
    text = ("ففي أواسط يونيو، قتل زعيم تنظيم القاعدة في شبه جزيرة العرب ناصر الوحيشي في غارة شنتها طائرة بدون طيار "
            "في اليمن.")
    events = nlp(text, published="2015-07-25").events
    ev = next(e for e in events if e.trigger.text == "قتل")
    assert [a.text for a in ev.actor] == [] and [r.text for r in ev.recipient] == ["ناصر الوحيشي"]
    assert all("ناصر الوحيشي" not in [a.text for a in e.actor] for e in events)


def test_the_doer_of_condemned_acts_is_the_target_of_the_condemnation(nlp):
    text = "أدانت المنامة التصريحات العدائية الصادرة من قبل المسؤولين الإيرانيين."
    ev = _event(nlp, text, "أدانت")
    assert [a.code for a in ev.actor] == ["BHR"] and [r.code for r in ev.recipient] == ["IRN"]


def test_a_passive_act_keeps_its_agent_after_min_qibal(nlp):
    text = "وخطف صحفي من قبل عناصر من داعش."
    assert [a.code for a in _event(nlp, text, "خطف").actor] == ["IMG"]


def test_operations_told_after_kama_and_a_passive_did_the_deaths_and_arrests_before(nlp):
    text = ("أعلنت وزارة الداخلية التونسية امس أن متطرفًا قُتل واعتقل 16 شخصًا بشبهة «الإرهاب»، كما تم ضبط كميات من "
            "الاسلحة خلال سلسلة عمليات لقوات الامن التونسية في منطقة بنزرت في شمال تونس.")
    events = nlp(text, published="2015-07-25").events
    for trigger in ("قُتل", "اعتقل"):
        ev = next(e for e in events if e.trigger.text == trigger)
        assert [(a.code, a.sector) for a in ev.actor] == [("TUN", "COP")]


def test_no_far_operations_past_a_clause_with_its_own_named_subject(nlp):
    text = "قتل متطرف واعتقل 16 شخصا، وقال مسؤول إن الشرطة ضبطت أسلحة خلال عمليات لقوات الأمن."
    assert _actors(nlp, text, "اعتقل") == []
