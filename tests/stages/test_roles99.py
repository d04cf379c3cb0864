"""Round 99 (roles99): parties by clause structure, from the judged dev slice 2015-07-31 #0–479: the one asked set
off by commas past the subject's name and titles («طالب الفنان حسن عسيري، وزير التعليم …، بضم»); the one asked in
«من» right after what is asked for («تحركا من السلطات»، «بتعويضات من الحكومتين»); a passive «تم قتل» after a
lead-in word («فيما») opens a clause of its own; the phrase after «أنه» is no actor («واتضح أنه مواطن»); the
subject of an opening clause of contrast or time goes on to the main verb («وبينما لم يشتبك ديمبسي …، أيد»)."""

import pytest
from stage_coding import parties_reader

_DATE = "2015-07-31"

# (code, sector, text) of the recipients (or actors) of the events of `kind` the whole pipeline codes.
_parties = parties_reader(_DATE)


def test_one_asked_set_off_past_two_callers_and_their_titles(nlp):
    """«دعا كل من الدكتور عبد اللطيف الزياني، الأمين العام …، وإسماعيل ولد الشيخ أحمد، مبعوث …، الحوثيين، إلى
    احترام الهدنة» (#342): past both callers and their titles, the Houthis are called on."""
    text = ("وفي السياق نفسه، دعا كل من الدكتور عبد اللطيف الزياني، الأمين العام لمجلس التعاون لدول الخليج العربية، "
            "وإسماعيل ولد الشيخ أحمد، مبعوث الأمين العام للأمم المتحدة إلى اليمن، الحوثيين، إلى احترام الهدنة "
            "والامتناع عن خرقها حفاظا على مصالح الشعب اليمني.")
    recipients = _parties(nlp, text, "REQUEST")
    assert ("YEM", "REB", "الحوثيين") in recipients, recipients


def test_passive_after_a_lead_in_word_takes_no_subject_before_it(nlp):
    """«من سيطرة تنظيم داعش فيما تم قتل 11 مسلحًا … في عمليات للقوات الأمنية» (#278): «فيما» opens a clause of its
    own; the Islamic State before it killed no one, the forces in the operations did."""
    text = ("وأعلنت قيادة عمليات الأنبار عن تحرير طريق مهم وحيوي وهو الطريق الرابط بين تل البو عيثة ومناطق عقدة سرمن "
            "شمالي الرمادي من سيطرة تنظيم داعش فيما تم قتل 11 مسلحًا غرب المدينة في عمليات للقوات الأمنية المشتركة "
            "ومتطوعي العشائر.")
    actors = _parties(nlp, text, "ASSAULT", "actor")
    assert not any(t == "تنظيم داعش" for _, _, t in actors), actors
    assert any(sector == "COP" for _, sector, _ in actors), actors


def test_phrase_after_anhu_is_no_actor(nlp):
    """«وتم ضبطه واتضح أنه مواطن في العقد الثالث من العمر» (#124): the citizen is who the man arrested is, not the
    one who arrested him."""
    text = ("وتطلب الأمر استخدام القوه بحقه لإيقافه وتم ضبطه واتضح أنه مواطن في العقد الثالث من العمر وجاري التحقيق "
            "معه تمهيدا لإحالته لجهة الاختصاص.")
    actors = _parties(nlp, text, "COERCE", "actor")
    assert not any(t == "مواطن" for _, _, t in actors), actors


def test_subject_of_an_opening_clause_of_contrast_goes_on_to_the_main_verb(nlp):
    """«وبينما لم يشتبك الجنرال ديمبسي في مواجهات مع أعضاء اللجنة، أيد، في حذر، الاتفاق» (#389): the general of the
    clause opened by «بينما» is the one who backs the deal; the main verb has no subject of its own."""
    text = "وبينما لم يشتبك الجنرال ديمبسي في مواجهات مع أعضاء اللجنة، أيد، في حذر، الاتفاق."
    actors = _parties(nlp, text, "SUPPORT", "actor")
    assert any(sector == "MIL" for _, sector, _ in actors), actors


# (text): a call with no one called on.
NONE_ASKED = [
    # «ودعا بان كي مون، الأمين العام للأمم المتحدة، إلى وقف القتال»: the office set off by commas is the caller's own
    # title, no one called on.
    pytest.param("ودعا بان كي مون، الأمين العام للأمم المتحدة، إلى وقف القتال.",
                 id="office_set_off_after_a_name_is_its_title"),
    pytest.param("ودعا الأمير خالد الفيصل، أمير منطقة مكة المكرمة، إلى الالتزام بالأنظمة.",
                 id="office_set_off_after_a_princes_name_is_his_title"),
    # «وطالبت الحكومة بانسحاب من سوريا»: a place in من is what is left, no one asked.
    pytest.param("وطالبت الحكومة بانسحاب من سوريا.", id="place_in_min_after_the_thing_asked_is_not_asked"),
]


@pytest.mark.parametrize("text", NONE_ASKED)
def test_no_one_asked(nlp, text):
    """The requests of the text have no recipient."""
    assert _parties(nlp, text, "REQUEST") == [], text


# (text, the text of one of the recipients of its requests).
ASKED = [
    # «طالب الفنان حسن عسيري، وزير التعليم الدكتور عزام الدخيل، بضم» (#199): the minister, set off by commas right
    # before what is asked for, is the one asked; the artist asks.
    pytest.param("طالب الفنان حسن عسيري، وزير التعليم الدكتور عزام الدخيل، بضم جميع المبتعثين السعوديين والسعوديات "
                 "وعائلاتهم الدارسين على حسابهم الخاص، إلى برنامج التأمين الطبي للطلبة.",
                 "وزير التعليم الدكتور عزام الدخيل", id="one_asked_set_off_past_the_subjects_unknown_name"),
    # «وطلبت الشركة المشغلة للنفق اليوم، تحركا من السلطات العامة» (#385): the party in من right after what is asked for
    # is the one asked.
    pytest.param("وطلبت الشركة المشغلة للنفق اليوم، تحركا من السلطات العامة على جانبي النفق.",
                 "السلطات", id="one_asked_in_min_after_the_thing_asked"),
]


@pytest.mark.parametrize("text, asked", ASKED)
def test_the_one_asked(nlp, text, asked):
    """One of the recipients of the requests of the text is `asked`."""
    recipients = _parties(nlp, text, "REQUEST")
    assert any(t == asked for _, _, t in recipients), recipients


def test_state_asked_in_min_after_the_thing_asked(nlp):
    """«وطالبت يوروتانل بتعويضات من الحكومتين الفرنسية والبريطانية» (#384): the party in من right after what is asked
    for is the one asked."""
    recipients = _parties(nlp, "وطالبت يوروتانل بتعويضات من الحكومتين الفرنسية والبريطانية قيمتها 9.7 مليون يورو "
                               "للتعويض عن نفقاتها المرتبطة بتدفق المهاجرين غير الشرعيين.", "REQUEST")
    assert any(code == "FRA" for code, _, _ in recipients), recipients
