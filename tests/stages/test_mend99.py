"""Round 99 mend (review of round 99): the rules of round 99 kept to what they were written for. A decree's target is a
sanction only with the decree word right after استهدف; an adverbial masdar before من is no thing asked; a relative
pronoun is no nisba after a creator's title; a clause of time lends the main verb no subject; a relative right after
a comma is an aside, no end of a denial; a noun joined by a hyphen stays an event. Probe sentences of the review."""

_DATE = "2015-07-31"


def _events(nlp, text):
    """(event, cameo, trigger text) of the events the whole pipeline codes."""
    return [(e.event, e.cameo, e.trigger.text) for e in nlp(text, published=_DATE).events]


def _parties(nlp, text, kind, side):
    """The texts of the actors or recipients of the events of `kind`."""
    return [p.text for e in nlp(text, published=_DATE).events if e.event == kind for p in getattr(e, side)]


def test_decree_word_further_on_is_no_sanction(nlp):
    """«، الأمر الذي» after an attack, and a resolution further on, leave استهدف an attack (review 99 #1)."""
    for text in ("واستهدف مسلحون حافلة، الأمر الذي أدى إلى مقتل ركابها.",
                 "واستهدف القصف المدينة رغم القرار الأممي."):
        events = _events(nlp, text)
        assert not any(ev == "SANCTION" for ev, _, _ in events), events
        assert any(ev == "ASSAULT" and t == "استهدف" for ev, _, t in events), events


def test_decree_right_after_the_target_verb_is_a_sanction(nlp):
    """«واستهدف الأمر الجمهوري البنك المركزي الإيراني»: the decree is the subject, SANCTION 163 on the bank."""
    text = "واستهدف الأمر الجمهوري البنك المركزي الإيراني."
    assert ("SANCTION", "163") in [(ev, c) for ev, c, _ in _events(nlp, text)], _events(nlp, text)
    assert "البنك المركزي الإيراني" in _parties(nlp, text, "SANCTION", "recipient")


def test_adverbial_masdar_before_min_is_no_thing_asked(nlp):
    """«وطالب الأهالي بالإسراع هربا من الجيش السوري» (review 99 #2): the Syrian army is fled from, not asked."""
    text = "وطالب الأهالي بالإسراع هربا من الجيش السوري."
    assert "الأهالي" in _parties(nlp, text, "REQUEST", "actor")
    assert "الجيش السوري" not in _parties(nlp, text, "REQUEST", "recipient")


def test_relative_after_a_creator_title_opens_a_clause(nlp):
    """«للفنان الذي قتل الجنود»، «للكاتبة التي اعتقلت الشرطة زوجها» (review 99 #3): the verb after a relative is a
    clause's, an act; the name after a creator's title is still none («صدر للشاعر العراقي طالب»)."""
    assert any(ev == "ASSAULT" for ev, _, _ in _events(nlp, "أقيم حفل تكريم للفنان الذي قتل الجنود في الحرب."))
    assert any(ev == "COERCE" for ev, _, _ in _events(nlp, "نظم معرض للكاتبة التي اعتقلت الشرطة زوجها."))
    assert not any(ev == "REQUEST" for ev, _, _ in _events(nlp, "صدر للشاعر العراقي طالب عبد العزيز كتاب جديد."))


def test_clause_of_time_lends_no_subject_to_the_main_verb(nlp):
    """«وعندما وصل وزير الدفاع الأمريكي إلى بغداد، قتل ثلاثة جنود» (review 99 #4): the secretary killed no one."""
    text = "وعندما وصل وزير الدفاع الأمريكي إلى بغداد، قتل ثلاثة جنود."
    assert any(ev == "ASSAULT" for ev, _, _ in _events(nlp, text))
    assert "وزير الدفاع الأمريكي" not in _parties(nlp, text, "ASSAULT", "actor")


def test_relative_aside_inside_a_denial_keeps_it_denied(nlp):
    """«ونفت الحكومة أن يكون المعتقل، الذي أوقف أمس، قد هاجم مركز الشرطة» (review 99 #5): the aside on the detainee
    ends no denial; the attack is denied. A relative after words of time still ends it («، في الوقت الذي»)."""
    events = nlp("ونفت الحكومة أن يكون المعتقل، الذي أوقف أمس، قد هاجم مركز الشرطة.", published=_DATE).events
    attacks = [e for e in events if e.event == "ASSAULT"]
    assert attacks and all(e.stance == "deny" for e in attacks), [(e.trigger.text, e.stance) for e in attacks]
    text = "ونفت الحكومة أن يكون المعتقل قد هاجم مركز الشرطة، في الوقت الذي قتل فيه المسلحون ثلاثة جنود."
    killed = [e for e in nlp(text, published=_DATE).events if e.trigger.text == "قتل"]
    assert killed and all(e.stance != "deny" for e in killed), [(e.trigger.text, e.stance) for e in killed]


def test_noun_joined_by_a_hyphen_stays_an_event(nlp):
    """«ووقع الهجوم-الانتحاري أمس» (review 99 #6): a noun trigger is no part of a name; «دان-مالام» still none."""
    assert any(ev == "ASSAULT" for ev, _, _ in _events(nlp, "ووقع الهجوم-الانتحاري أمس."))
    assert _events(nlp, "وكان دان-مالام بعد ظهر الاثنين موجودا في منزله.") == []


def test_body_named_by_an_event_noun_leaves_its_acts(nlp):
    """The positive control of test_names99's body names (review 99 #12): the board's name tells no pardon, but the
    release it ordered stays, and a court's ruling to free prisoners is a release."""
    text = ("قال محامون، أمس، إن هيئة العفو المشروط الأميركية، قضت بإطلاق سراح الجاسوس جوناثان بولارد، في 21 نوفمبر "
            "المقبل.")
    assert ("RETREAT", "إطلاق سراح") in [(ev, t) for ev, _, t in _events(nlp, text)], _events(nlp, text)
    text = "أصدرت محكمة الاستئناف حكما بالإفراج عن المعتقلين."
    assert any(ev == "RETREAT" for ev, _, _ in _events(nlp, text)), _events(nlp, text)
