"""Trigger words in a sense of no political event (round 57: triggers.tsv, topics.py, topic_words.tsv, cues.tsv): a
state's own ban of a consumer thing (a `ware` word: «وتحظر تركمانستان كذلك الإعلانات»), a home loan by a state
lending fund (a `lender` pair: «صندوق التنمية العقارية»), attacks in a video game of football (الكرة، لعبة as weak
sport cues), a thing characterised as a source of danger («مصدراً لتهديد»), «لقاء» meaning «in return for» («لقاء
رسوم»), تطلّب «required» («مما تطلب معه») and an application to enrol («طلب الالتحاق»). Each test also checks that
the political reading of the same word stays."""

PUBLISHED = "2015-07-25"


def _types_at(nlp, text, trigger):
    """The event types the whole pipeline keeps whose trigger text is `trigger`."""
    return [e.event for e in nlp(text, published=PUBLISHED).events if e.trigger.text == trigger]


def test_state_ban_of_a_consumer_thing_is_no_event(nlp):
    """A state's own ban of smoking or of advertisements is domestic regulation; a ban of a group stays."""
    assert "COERCE" not in _types_at(
        nlp, "وفي العام 2000 منعت السلطات التركمانية التدخين في الأماكن العامة والأبنية الحكومية والجيش، وتحظر "
             "تركمانستان كذلك الإعلانات التي تروج للسجائر.", "تحظر")
    assert "COERCE" not in _types_at(
        nlp, "وقد صادقت العام 2011 على معاهدة منظمة الصحة العالمية لمكافحة التدخين بعدما حظرت التدخين في الأماكن "
             "العامة.", "حظرت")
    assert "COERCE" not in _types_at(
        nlp, "وقال المتحدث صديق صديقي \"حظرت وزارة الداخلية المسدسات اللعبة، وذلك يأتي في إطار جهود منع العنف بين "
             "الأطفال\".", "حظرت")
    assert "COERCE" in _types_at(nlp, "وحظرت السلطات المصرية جماعة الإخوان المسلمين.", "حظرت")


def test_home_loan_of_a_state_fund_is_no_aid(nlp):
    """A batch of housing loans by the real-estate development fund is domestic credit; a loan to a state stays."""
    assert "AID" not in _types_at(
        nlp, "اعتمد مدير عام صندوق التنمية العقارية المهندس يوسف الزغيبي دفعة قروض جديدة، تشتمل على تقديم 5839 "
             "قرضاً لبناء أكثر من 7000 وحدة سكنية بمدن ومحافظات ومراكز المملكة.", "قروض")
    assert "AID" not in _types_at(
        nlp, "وصرح الأمين العام للغرفة بأن افتتاح فرع بنك التسليف يعد نقلة نوعية، حيث يقدم البنك العديد من القروض "
             "الاجتماعية مثل ما يخص الأسرة السعودية ومساعدة المتزوجين.", "يقدم")
    assert "AID" in _types_at(nlp, "وقدمت السعودية قروضا لليمن بقيمة مليار دولار.", "قدمت")


def test_attacks_in_a_football_video_game_are_no_assault(nlp):
    """Fending off the rival team's attacks in a game of Fifa (لعبة، الكرة) is play; an armed attack stays."""
    assert "ASSAULT" not in _types_at(
        nlp, "يواجه بعض محبي لعبة Fifa 15، بعض المشكلات في صد هجمات الفريق المنافس؛ لذلك قدمت شركة EA فيديو قصيرًا "
             "مدته 2:58 دقيقة، يوضح بعض النصائح التي تساعد على قطع الكرة بشكل أبسط.", "هجمات")
    assert "ASSAULT" in _types_at(nlp, "وشنت قوات التحالف هجمات على مواقع الحوثيين في صعدة.", "هجمات")


def test_source_of_danger_is_no_threat(nlp):
    """«ألا يكون اليمن مصدراً لتهديد أمن الدول المجاورة» characterises a thing; a threat made to a state stays."""
    assert "THREATEN" not in _types_at(
        nlp, "وضمان ألا يكون اليمن مصدراً لتهديد أمن الدول المجاورة واستقرارها واتخاذ كافة الإجراءات الكفيلة "
             "لتحقيق ذلك.", "تهديد")
    assert "THREATEN" in _types_at(nlp, "ووجه الحوثيون تهديدا للسعودية.", "تهديدا")


def test_in_return_for_fees_is_no_meeting(nlp):
    """«لقاء رسوم» is «in return for fees»; a meeting with a counterpart stays."""
    assert "CONSULT" not in _types_at(nlp, "وتسمح الحكومة بدخول الزوار لقاء رسوم رمزية.", "لقاء")
    assert "CONSULT" in _types_at(nlp, "وعقد وزير الخارجية لقاء مع نظيره الإيراني.", "لقاء")


def test_required_and_enrolment_are_no_request(nlp):
    """«مما تطلب معه إجراء عملية» (required) and «تقديم طلب الالتحاق» (applying) are no appeal; a state's stays."""
    assert "REQUEST" not in _types_at(
        nlp, "لكن جاء جنينها في الولادة الثالثة بالعرض مما تطلب معه إجراء عملية قيصرية.", "تطلب")
    assert "REQUEST" not in _types_at(
        nlp, "وذكر أن شروط القبول للسنة التأهيلية هي: تقديم طلب الالتحاق بالسنة التأهيلية بالجامعة في الموعد "
             "المحدد.", "طلب")
    assert "REQUEST" in _types_at(nlp, "طلبت إريتريا اليوم من الأمم المتحدة التحقيق في تهريب الأسلحة.", "طلبت")
