"""The review of round 102: rules of that round that reached too far, each probed with the reviewer's Arabic — an object
in ل + ن after an arrest's genitive, stayed or pre-empted executions, a state's call for restraint, «قد كتب» (he wrote)
before a demand, a dateline town alone making a story's land, police acting where another state is named, and the hamza
key of فعيل words with a clitic."""
from hadath.arabic.normalize import normalize, word_key
from stage_coding import kept_types, side_parties

_DATE = "2015-07-31"


def test_arrest_object_in_lam_nun_is_its_object(nlp):
    """«باعتقال الشرطة لنشطاء المعارضة»: the police arrested, the activists were arrested (لنشطاء is ل + a noun, no
    particle لن)."""
    text = "وندد الحزب باعتقال الشرطة لنشطاء المعارضة."
    assert ("الشرطة",) in side_parties(nlp, text, "COERCE", _DATE, "actor", ("text",))
    assert any("نشطاء" in t for t, in side_parties(nlp, text, "COERCE", _DATE, "recipient", ("text",)))


def test_stayed_or_pre_empted_execution_is_no_execution(nlp):
    """«وقف تنفيذ حكم الإعدام», «قبل تنفيذ حكم الإعدام فيه بساعات، أصدر الرئيس عفوا عنه»: no one was executed; a done
    one stays («وتم تنفيذ حكم القتل في الجاني»)."""
    for text in ("وقررت المحكمة وقف تنفيذ حكم الإعدام في المدان.",
                 "وقبل تنفيذ حكم الإعدام فيه بساعات، أصدر الرئيس عفوا عنه."):
        assert not any(t == "تنفيذ" for k, t in kept_types(nlp, text, _DATE) if k == "COERCE"), text
    done = "وتم تنفيذ حكم القتل في الجاني قاسم محمد الهلال بمدينة الرياض."
    assert any(k == "COERCE" for k, _ in kept_types(nlp, done, _DATE))


def test_a_states_call_for_restraint_is_a_request(nlp):
    """«ودعا مجلس الأمن إلى توخي الحذر وضبط النفس في اليمن»: a coded caller's call for caution is a political request,
    no weather advisory."""
    assert any(k == "REQUEST" for k, _ in kept_types(nlp, "ودعا مجلس الأمن إلى توخي الحذر وضبط النفس في اليمن.", _DATE))


def test_he_wrote_demanding_is_a_demand(nlp):
    """«وقد كتب يطالب الحكومة بالإفراج عن المعتقلين»: كتب after قد is he wrote, not books; the demand stays."""
    assert any(k == "REQUEST" for k, _ in kept_types(nlp, "وقد كتب يطالب الحكومة بالإفراج عن المعتقلين.", _DATE))


def test_a_dateline_town_alone_makes_no_land(nlp):
    """A UN story filed from Riyadh («الرياض - واس») names no place of its own: its civilians are no Saudi civilians."""
    text = ("الرياض - واس: أعلنت الأمم المتحدة أن قوات الأمن قتلت عشرات المدنيين خلال الاحتجاجات.\nوقال المتحدث إن "
            "قوات الأمن أطلقت النار على المتظاهرين.\nودعت المنظمة إلى التحقيق.")
    recipients = side_parties(nlp, text, "ASSAULT", _DATE)
    assert ("SAU", "CVL", "المدنيين") not in recipients and any(t == "المدنيين" for _, _, t in recipients), recipients


def test_police_acting_in_another_state_are_not_the_announcers(nlp):
    """«وذكرت الحكومة البريطانية أن الشرطة اعتقلت ثلاثة صحفيين في طهران»: the police arrest in Tehran; they are no
    British police."""
    text = ("قال وزير الخارجية الأمريكي جون كيري إن واشنطن قلقة.\nوأضاف كيري أن الإدارة الأمريكية تتابع الوضع.\n"
            "وذكرت الحكومة البريطانية أن الشرطة اعتقلت ثلاثة صحفيين في طهران.")
    actors = side_parties(nlp, text, "COERCE", _DATE, "actor")
    assert actors and not any(code == "GBR" for code, _, _ in actors), actors


def test_hamza_after_ya_key_only_for_alif_shapes():
    """«الطوارىء» keys as «الطوارئ» (round 102); «وبريء», «للشيء» keep their hamza (a clitic on a فعيل word)."""
    assert word_key(normalize("الطوارىء")) == word_key(normalize("الطوارئ"))
    assert word_key(normalize("وبريء")).endswith("ء") and word_key(normalize("للشيء")).endswith("ء")
