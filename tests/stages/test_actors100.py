"""Round 100 (b100): actors left empty and actor/recipient roles swapped, from the judged dev slice 2015-07-31
#480–959: a verbal noun spelled like a verb with an object pronoun the verb cannot take (سيطرتها), fighters that storm,
an indefinite arrested network with its owner in لـ, the object of a verb whose tail is its own preposition (أفرج
عن), a verb going on with the subject of strikes told before it, an agent phrase of the object noun, and a body read
again in its bare first word as a verb's subject."""

from stage_coding import events_coded

_DATE = "2015-07-31"


def _parties(nlp, text, kind):
    """(trigger, actor texts, recipient texts) of the events of `kind` the event coder gives."""
    return [(e.trigger.text, [p.text for p in e.actor], [p.text for p in e.recipient])
            for e in events_coded(nlp, text, _DATE) if e.event == kind]


def test_possessed_control_noun_is_done_by_the_opening_subject(nlp):
    """«أحكمت المقاومة الشعبية … أمس، سيطرتها على مثلث العلم» (#543): سيطر takes على, never an object pronoun;
    سيطرتها is «her control», done by the subject of the verb opening the sentence, past its long adjective."""
    text = ("أحكمت المقاومة الشعبية المدعومة بقوات من الجيش الموالِ للشرعية أمس، سيطرتها على مثلث العلم في محافظة "
            "لحج (جنوب البلاد) بعد معارك عنيفة ضد الحوثيين.")
    seized = _parties(nlp, text, "COERCE")
    assert seized and seized[0][1] == ["المقاومة الشعبية"], seized


def test_possessed_control_noun_after_its_verb_and_subject(nlp):
    """«وكانت المقاومة الشعبية قد أحكمت سيطرتها أمس الأول الأربعاء على منطقة المحلة» (#737)."""
    text = "وكانت المقاومة الشعبية قد أحكمت سيطرتها أمس الأول الأربعاء على منطقة المحلة و الجلاجل."
    seized = _parties(nlp, text, "COERCE")
    assert seized and seized[0][1] == ["المقاومة الشعبية"], seized


def test_fighters_after_a_storming_verb_storm(nlp):
    """«اقتحم مسلحو المقاومة الشعبية في جبل صبر قرية حدنان» (#543): fighters are never what is stormed; past the place
    in في the village no lexicon names is the object, no passive."""
    text = ("وفي تعز (جنوب اليمن) اقتحم مسلحو المقاومة الشعبية في جبل صبر قرية حدنان وسيطروا على تبة مسعود، في معارك "
            "مستمرة وضارية.")
    stormed = [p for p in _parties(nlp, text, "COERCE") if p[0].startswith("اقتحم")]
    assert stormed and stormed[0][1] == ["مسلحو المقاومة الشعبية"] and not stormed[0][2], stormed


def test_arrested_network_with_its_owner_is_no_actor(nlp):
    """«كشفت وزارة الداخلية الكويتية أمس عن ضبط شبكة إرهابية لتنظيم داعش» (#540): an indefinite network after the
    arrest noun is arrested, the لـ phrase its owner; the ministry arrests."""
    text = ("كشفت وزارة الداخلية الكويتية أمس عن ضبط شبكة إرهابية لتنظيم داعش الإرهابي تضم 5 مواطنين كويتيين في ضربة "
            "استباقية للإرهاب.")
    arrests = _parties(nlp, text, "COERCE")
    assert arrests and arrests[0][1] == ["وزارة الداخلية الكويتية"] and "شبكة إرهابية" in arrests[0][2], arrests


def test_released_after_the_tail_preposition_are_no_actor(nlp):
    """«الحكومة الاصلاحية التي سبق ان افرجت عن مئات الموقوفين» (#835): the phrase past أفرج's own عن is released."""
    text = "في مبادرة عفو جديدة من قبل الحكومة الاصلاحية التي سبق ان افرجت عن مئات الموقوفين."
    released = _parties(nlp, text, "RETREAT")
    assert released and "الموقوفين" not in released[0][1] and released[0][2] == ["الموقوفين"], released


def test_verb_going_on_from_strikes_hits_what_follows(nlp):
    """«سبع ضربات نفذت قرب الحسكة واستهدفت وحدات تكتيكية» (#690): the units were hit, they did not strike."""
    text = "وتابع أن سبع ضربات نفذت قرب الحسكة واستهدفت وحدات تكتيكية ومواقع قتالية وسيارات ومركزا للقيادة."
    hits = _parties(nlp, text, "ASSAULT")
    assert hits and all("وحدات تكتيكية" not in a for _, a, _ in hits), hits
    assert any("وحدات تكتيكية" in r for _, _, r in hits), hits


def test_agent_of_the_object_noun_is_not_the_verbs(nlp):
    """«إنّ الرئيس الأميركي باراك أوباما سيعارض أي جهود من جانب الكونغرس» (#530): Congress's efforts; Obama opposes."""
    text = ("قال البيت الأبيض أمس الخميس، إنّ الرئيس الأميركي باراك أوباما سيعارض أي جهود من جانب الكونغرس لوقف "
            "تمويل منظمة (بلاند بيرنتهود) الأميركية للصحة الإنجابية.")
    opposed = _parties(nlp, text, "REJECT")
    assert opposed and opposed[0][1] == ["الرئيس الأميركي باراك أوباما"], opposed


def test_bare_first_word_of_a_body_named_before_is_the_subject(nlp):
    """«يناشد مركز الملك سلمان للإغاثة …» … «كما يناشد المركز الأمم المتحدة» (#891): the centre appeals again."""
    text = ("يناشد مركز الملك سلمان للإغاثة والأعمال الإنسانية الأطباء اليمنيين الراغبين بتقديم الخدمات الطبية في "
            "اليمن. كما يناشد المركز الأمم المتحدة ومنظماتها المختلفة ذات العلاقة بالمساهمة في تنفيذ هذه البرامج.")
    appeals = [e for e in events_coded(nlp, text, _DATE) if e.event == "REQUEST"]
    second = [e for e in appeals if e.trigger.start > text.index("كما")]
    assert second and [(p.text, p.code) for p in second[0].actor] == [("المركز", "SAU")], [
        (e.trigger.text, [p.text for p in e.actor]) for e in appeals]


def test_grip_is_no_possessed_arrest_noun(nlp):
    """«أحكمت المقاومة الشعبية قبضتها تماما على عدن» (2015-07-24 #1770): قبضتها is «her grip»; قبض على's verbal noun is
    قبض, with no ة, so the word is not read as the arrest done by the resistance."""
    text = "أحكمت المقاومة الشعبية قبضتها تماما على عدن بدخولها القصر الجمهوري آخر معقل للحوثيين."
    assert not any(t.startswith("قبضت") and a for t, a, _ in _parties(nlp, text, "COERCE") + _parties(
        nlp, text, "ASSAULT")), events_coded(nlp, text, _DATE)


def test_possessed_noun_after_that_takes_no_phrase_before(nlp):
    """«أن موغيريني عجزت عن فهم أهداف إيران وأن إشادتها بالالتزام» (2015-07-31 #363): the praise opening the clause
    after أن is Mogherini's, whom its pronoun points back to; Iran, the phrase before, is no actor."""
    text = ("وكان من الواضح من تغريدات قرقاش أن موغيريني عجزت عن فهم أهداف إيران وأن إشادتها بالالتزام الذي أبداه "
            "فريقها التفاوضي في المفاوضات النووية بدت في غير محلها.")
    assert not any("إيران" in a for _, a, _ in _parties(nlp, text, "SUPPORT")), _parties(nlp, text, "SUPPORT")
