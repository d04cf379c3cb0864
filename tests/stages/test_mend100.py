"""Round 101 (mend100): the review of round 100's rules, each found wrong on a sentence of its own: a kin phrase
(«نجل القذافي») glued to the subject before it, a denial lifted from an act in the accusative or past a verb after
«أن يكون», a visit called off by an evacuation («أجلت السكان») or another postponement, and an ambush's target in لـ
read as its doer."""

from stage_coding import kind_parties

_DATE = "2015-07-31"


def _events(nlp, text, kind):
    """(actor texts, recipient texts, negated) of the events of `kind` the whole pipeline codes (at least one)."""
    out = [([p.text for p in e.actor], [p.text for p in e.recipient], e.negated)
           for e in nlp(text, published=_DATE).events if e.event == kind]
    assert out, kind_parties(nlp, text, kind, _DATE)
    return out


def test_kin_after_a_subject_is_the_object(nlp):
    """«واعتقلت قوات الأمن نجل القذافي»: the kin phrase opens a phrase of its own; the security forces arrest, the son
    is arrested."""
    (actors, recipients, _), = _events(nlp, "واعتقلت قوات الأمن نجل القذافي.", "COERCE")
    assert actors == ["قوات الأمن"] and recipients == ["نجل القذافي"], (actors, recipients)


def test_kin_after_a_government_is_the_one_criticised(nlp):
    """«وانتقدت الحكومة الليبية نجل القذافي»: the government criticises; the son is no word of its phrase."""
    (actors, recipients, _), = _events(nlp, "وانتقدت الحكومة الليبية نجل القذافي.", "ACCUSE")
    assert actors == ["الحكومة الليبية"] and recipients == ["نجل القذافي"], (actors, recipients)


def test_denied_attack_in_the_accusative_stays_denied(nlp):
    """«نفت الوزارة أن يكون الجيش شن هجوما مسلحا»: the attack is the object of «شن», the act denied; «مسلحا» is its
    adjective, no predicate of «يكون»."""
    assert all(neg for *_, neg in _events(nlp, "نفت الوزارة أن يكون الجيش شن هجوما مسلحا على المدينة.", "ASSAULT"))


def test_denied_verb_past_a_subject_with_a_pronoun_stays_denied(nlp):
    """«أن تكون طائراتها قصفت المدنيين مجددا»: «قصفت» is the verb of «طائراتها», no verbal noun in construct, and
    «مجددا» an adverb: the shelling is denied."""
    assert all(neg for *_, neg in _events(nlp, "ونفت الوزارة أن تكون طائراتها قصفت المدنيين مجددا.", "ASSAULT"))


def test_evacuation_calls_off_no_visit(nlp):
    """«لكن الحكومة أجلت السكان»: أجلت is also «evacuated»; with no object pronoun nor the visit named, the visit set
    to come is not called off."""
    text = "وكان من المقرر أن يزور الرئيس باريس الأسبوع المقبل، لكن الحكومة أجلت السكان."
    assert not any(neg for *_, neg in _events(nlp, text, "CONSULT"))


def test_another_visit_cancelled_leaves_the_one_set(nlp):
    """«لكن الوزير ألغى زيارته إلى لندن»: what was cancelled is another visit; the president's visit to Baghdad
    stays set to come, not negated."""
    text = ("وكان من المقرر أن يزور الرئيس الفرنسي بغداد يوم الاثنين، لكن الوزير ألغى زيارته إلى لندن.")
    assert not any(neg for a, r, neg in _events(nlp, text, "CONSULT") if "بغداد" in r)


def test_postponement_naming_the_act_calls_it_off(nlp):
    """«لكن الحكومة أرجأت المحادثات»: the talks set to start are named again after the verb: put off (guard)."""
    text = "وكان من المقرر أن تبدأ المحادثات يوم الاثنين، لكن الحكومة أرجأت المحادثات إلى الأسبوع المقبل."
    assert any(neg for *_, neg in _events(nlp, text, "CONSULT"))


def test_ambush_set_for_a_patrol_is_its_target(nlp):
    """«ونصب كمين لدورية عسكرية»: the patrol in لـ is the ambush's target, not its doer."""
    (actors, recipients, _), = _events(nlp, "ونُصب كمين لدورية عسكرية قرب المدينة.", "ASSAULT")
    assert not actors and recipients == ["دورية عسكرية"], (actors, recipients)


def test_ambush_set_by_gunmen_keeps_the_patrol(nlp):
    """«نصب مسلحون كمين لدورية الشرطة»: the gunmen set it, the police patrol is the target."""
    (actors, recipients, _), = _events(nlp, "نصب مسلحون كمين لدورية الشرطة قرب المدينة.", "ASSAULT")
    assert actors == ["مسلحون"] and recipients == ["دورية الشرطة"], (actors, recipients)


def test_operation_owner_after_in_stays_the_doer(nlp):
    """«في عملية نوعية للمقاومة الشعبية»: after في the owner in لـ carried the operation out (guard)."""
    (actors, _, _), = _events(nlp, "وقتل جنديان في عملية نوعية للمقاومة الشعبية.", "ASSAULT")
    assert actors == ["للمقاومة الشعبية"], actors
