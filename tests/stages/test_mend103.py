"""The review of round 103: rules of that round that reached too far, each probed with the reviewer's Arabic — a court's
ratifying of what is no ruling, a relief body in the genitive of «إغاثة», «دعونا» before a party (we called), a request
and a demand of other kinds, a second culprit named, a sermon told in a news story, a purpose after a done coming, «تحضر»
as attending, and a blessing closing an unpunctuated text."""
import pytest

from stage_coding import kept_flags, kept_types, side_parties

_DATE = "2015-07-31"


def test_a_court_ratifying_results_convicts_no_one(nlp):
    """«صادقت المحكمة الدستورية على نتائج الانتخابات»: no conviction; «صادقت محكمة الاستئناف … على حكم» stays one."""
    assert ("SUPPORT", "صادقت") in kept_types(nlp, "صادقت المحكمة الدستورية على نتائج الانتخابات البرلمانية.", _DATE)
    upheld = "وصادقت محكمة الاستئناف الجزائية المتخصصة على حكم صادر عن المحكمة الجزائية المتخصصة بتعزير أكاديمي."
    assert ("SANCTION", "صادقت") in kept_types(nlp, upheld, _DATE)


def test_a_relief_body_in_the_genitive_gives(nlp):
    """«أشاد الوزير بإغاثة الأمم المتحدة للنازحين»: the UN gives the relief, the minister only praises it."""
    actors = side_parties(nlp, "أشاد الوزير بإغاثة الأمم المتحدة للنازحين.", "AID", _DATE, "actor", ("text",))
    assert actors == [("الأمم المتحدة",)], actors


@pytest.mark.parametrize("text", [
    pytest.param("دعونا نواب البرلمان إلى جلسة طارئة.", id="party-after"),
    pytest.param("دعونا نظراءنا في الأحزاب الأخرى إلى الحوار.", id="our-peers"),
])
def test_we_called_a_party_is_a_request(nlp, text):
    """«دعونا نواب البرلمان»: we called the deputies, no «let us»."""
    assert any(k == "REQUEST" for k, _ in kept_types(nlp, text, _DATE))


def test_a_request_for_aid_and_a_demand_for_sanctions_are_two(nlp):
    """Two asks of the same parties of two kinds (023 aid, 100 a demand) stay two."""
    text = ("طلبت الحكومة اليمنية من الأمم المتحدة إرسال مساعدات.\n"
            "وطالبت الحكومة اليمنية الأمم المتحدة بفرض عقوبات على الحوثيين.")
    asks = [t for k, t in kept_types(nlp, text, _DATE) if k == "REQUEST"]
    assert asks == ["طلبت", "طالبت"], asks


def test_a_second_named_culprit_is_another_execution(nlp):
    """«ونفذ حكم القتل تعزيرا في الجاني سعيد بن أحمد الغامدي» after an execution of another man: a second one."""
    text = ("نفذت وزارة الداخلية أمس حكم القتل قصاصا في المدعو محمد بن علي الشهري بمنطقة الرياض.\n"
            "وقالت الوزارة في بيان إن الجاني قتل مواطنا.\n"
            "ونفذ حكم القتل تعزيرا في الجاني سعيد بن أحمد الغامدي بمنطقة الرياض.")
    assert len([k for k, _ in kept_types(nlp, text, _DATE) if k == "COERCE"]) == 2


def test_a_preachers_call_in_a_news_story_stays(nlp):
    """A storming told first, then the preacher's sermon: his call is news, no exhortation of a sermon's report."""
    text = ("اقتحم مستوطنون المسجد الأقصى صباح اليوم تحت حماية قوات الاحتلال.\n"
            "وقال خطيب المسجد الأقصى الشيخ عكرمة صبري في خطبة الجمعة إن الاقتحامات تتصاعد.\n"
            "ودعا الشيخ عكرمة صبري المسلمين إلى التصدي لاقتحامات المستوطنين.")
    assert any(k == "REQUEST" for k, _ in kept_types(nlp, text, _DATE))


@pytest.mark.parametrize("text, trigger", [
    pytest.param("جاء الرئيس الفرنسي إلى بيروت ليقوم بزيارة رسمية.", "زيارة", id="came-to-visit"),
    pytest.param("تحضر الوزيرة لتوقيع الاتفاق مع الجانب الفرنسي اليوم.", "توقيع", id="attends-to-sign"),
])
def test_a_done_coming_or_attending_is_no_plan(nlp, text, trigger):
    """What a done coming (جاء … ليقوم بزيارة) or attending (تحضر لتوقيع) is for is no act to come."""
    rows = [f for f in kept_flags(nlp, text, _DATE) if f[1].startswith(trigger)]
    assert rows and not any(f[3] for f in rows), rows
