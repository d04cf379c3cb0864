"""Round 66: the actor and the recipient a clause names, by its structure: the owner in «تابعة لـX» past what the
thing hit carries (زوارق بحرية محملة بمسلحين وأسلحة تابعة لميليشيات الحوثي); the predicate of «وهو + noun» no actor
(قبض على الجاني وهو شاب); an unnamed civilian in the genitive of «اتهام» the accused (باتهام شاب سعودي); the one
asked past the subject and a comma (طالب مجلس محافظة الأنبار، الولايات المتحدة بتسليح …); the owner in لـ after an
uncoded adjective of the thing hit (دمروا طقمين عسكريين للحوثيين)."""

from stage_coding import events_coded


def _parties(nlp, text, trigger):
    """The actor and recipient texts of the event of `text` whose trigger is `trigger` (events stage)."""
    e = next(e for e in events_coded(nlp, text, "2015-07-24") if e.trigger.text == trigger)
    return [a.text for a in e.actor], [r.text for r in e.recipient]


def test_the_owner_past_the_load_of_what_was_hit_is_the_recipient(nlp):
    """دمرت البوارج … 10 زوارق بحرية محملة بمسلحين وأسلحة تابعة لميليشيات الحوثي: the Houthis, not «بحرية»."""
    text = ("وفي باب المندب جنوب اليمن دمرت البوارج الحربية التابعة لقوات التحالف 10 زوارق بحرية محملة بمسلحين "
            "وأسلحة تابعة لميليشيات الحوثي.")
    actor, recipient = _parties(nlp, text, "دمرت")
    assert actor == ["قوات التحالف"]
    assert recipient == ["ميليشيات الحوثي"] and "بحرية" not in recipient


def test_the_predicate_of_wa_huwa_is_no_actor(nlp):
    """وقبض على الجاني وهو شاب في العقد الثالث: the young man is the one arrested, no arrester."""
    text = ("ورد لشرطة محافظة خميس مشيط بلاغ عن حدوث إطلاق نار، نتج عنه مقتل ثلاثة أشخاص وإصابة آخر، وقبض على "
            "الجاني وهو شاب في العقد الثالث من العمر.")
    actor, recipient = _parties(nlp, text, "قبض على")
    assert "شاب" not in actor
    assert recipient == ["الجاني"]


def test_an_unnamed_civilian_after_ittiham_is_the_accused(nlp):
    """انتهت باتهام شاب سعودي: the young Saudi is accused; the court after اتهام stays the accuser."""
    text = ("وطبقا للتحقيقات التي باشرتها دائرة جرائم الاقتصاد في هيئة التحقيق والادعاء العام انتهت باتهام شاب "
            "سعودي في قضية غسل أموال.")
    actor, recipient = _parties(nlp, text, "اتهام")
    assert "شاب سعودي" not in actor
    assert recipient == ["شاب سعودي"]
    actor, recipient = _parties(nlp, "تعرقلت الزيارة بسبب اتهام المحكمة الجنائية الدولية للرئيس الكيني.", "اتهام")
    assert actor == ["المحكمة الجنائية الدولية"]
    # (a complaint's genitive files it: شكوى مواطن, the citizen complains)
    actor, _ = _parties(nlp, "نظرنا في شكوى مواطن يدعي أن لجنة التعديات أزالت الحوش.", "شكوى")
    assert actor == ["مواطن"]


def test_the_one_asked_past_the_subject_and_a_comma(nlp):
    """وطالب مجلس محافظة الأنبار، الولايات المتحدة بتسليح أبناء العشائر: the United States is asked."""
    actor, recipient = _parties(nlp, "وطالب مجلس محافظة الأنبار، الولايات المتحدة بتسليح أبناء العشائر.", "طالب")
    assert actor == ["مجلس محافظة الأنبار"]
    assert recipient == ["الولايات المتحدة"]


def test_the_owner_in_lam_after_an_adjective_of_what_was_hit(nlp):
    """ودمروا طقمين عسكريين للحوثيين: the Houthis' vehicles; the adjective «عسكريين» is no party."""
    actor, recipient = _parties(nlp, "ودمروا طقمين عسكريين للحوثيين في مأرب.", "دمروا")
    assert recipient == ["للحوثيين"] and "عسكريين" not in recipient
