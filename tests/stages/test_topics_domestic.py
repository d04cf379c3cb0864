"""The topic stage's domestic gate: a visit, a meeting, support, aid, an agreement or cooperation whose only
participants are domestic service bodies (a hospital, a university, a school, a company, a bank) is local
administration, no political event, and so is an official's visit to a hospital or a school; one with a government, a country or an armed group among its participants is
still coded, and so is one whose sentence names another political party (a country, the UN, the police) than a
town named as the place; so are the other types (a company accused, a hospital attacked). A story of several
sentences that names no political party (only towns, domestic bodies, officials and citizens) and no word of a
political story (negotiations, refugees) is local news: its meetings and services without participants go."""

import pytest

from hadath.article import Article
from hadath.records import Entity, Event, Trigger
from hadath.stages.topics import TopicGate


def types(coder, text):
    return [e.event for e in coder(Article(text=text, published="2015-07-27")).events]


@pytest.mark.parametrize("event, text", [
    ("SUPPORT", "وقعت جامعة نايف العربية للعلوم الأمنية مذكرة تفاهم علمي مع جامعة الشرق الأوسط."),
    ("COOPERATE", "وتعمل المدينة حاليا على التعاون مع شركة تقنية المياه المتقدمة على الأعمال الإنشائية."),
    ("CONSULT", "وقامت إدارة العلاقات العامة بزيارة إلى مستشفى النهضة للاطمئنان على صحة الطفلة."),
    ("AID", "وقدمت الجامعة منحا دراسية للطلاب المتفوقين."),
    # a name with a king's in it, a town named as the place: still only domestic bodies
    ("SUPPORT", "وقعت جامعة الملك سعود في الرياض مذكرة تفاهم مع الشركة السعودية للكهرباء."),
    # an official's visit to a hospital is an inspection
    ("CONSULT", "وزار مدير عام الشؤون الصحية مستشفى الملك فهد بجازان."),
    ("CONSULT", "نائب وزير الصحة يزور مستشفيات الشريط الحدودي بجازان."),
])
def test_an_event_between_domestic_bodies_is_dropped(coder, event, text):
    assert event not in types(coder, text), text


@pytest.mark.parametrize("event, text", [
    ("CONSULT", "وزار وزير الخارجية الأمريكي الرياض أمس."),
    ("COOPERATE", "وتنفذ الجامعة البرنامج بالتعاون مع وزارة الداخلية الفرنسية."),
    ("AGREE", "واتفقت وزارة التعليم مع شركة تأمين طبي على تغطية المبتعثين."),
    ("SUPPORT", "ووقعت مصر اتفاقية مع شركة بي بي بقيمة 12 مليار دولار."),
    ("ASSAULT", "وهاجم مسلحون مستشفى المدينة وقتلوا عددا من المرضى."),
    # the political party the coder missed is named in the sentence (the UN's office)
    ("COOPERATE", "ووضع مكتب الأمم المتحدة المعني بالمخدرات والجريمة، بالتعاون مع جامعة سيشيل، منهجا دراسيا لأفراد "
                  "الشرطة."),
])
def test_an_event_with_a_political_participant_is_kept(coder, event, text):
    assert event in types(coder, text), text


def _event(kind, *parties):
    return Event(id="e", doc_id="d", event=kind, sentence=0, sentence_start=0, sentence_end=1, sentence_text="",
                 trigger=Trigger("x", 0, 1), actor=tuple(parties))


def test_domestic_only_reads_sectors_and_head_nouns():
    gate = TopicGate()
    hospital = Entity("مستشفى الملك فهد", 0, 1)  # unresolved, headed by a domestic noun
    company = Entity("الشركة", 0, 1, sector="BUS")
    league = Entity("جامعة الدول العربية", 0, 1, code="IGOARBAGL")  # a coded actor is never a domestic body
    ministry = Entity("وزارة الصحة", 0, 1, sector="GOV")
    assert gate.domestic_only(_event("CONSULT", hospital, company))
    assert not gate.domestic_only(_event("CONSULT", hospital, ministry))
    assert not gate.domestic_only(_event("CONSULT", league))
    assert not gate.domestic_only(_event("CONSULT"))


LOCAL_STORY = (
    "تفقد مدير عام الشؤون الصحية بمنطقة جازان مستشفى صبيا العام أمس. "
    "واستعرض خلال الزيارة سير العمل في أقسام الطوارئ والتنويم. "
    "وناقش الاجتماع الذي عقد في قاعة المستشفى استعدادات موسم الصيف. "
    "وأكد المدير أهمية تقديم الخدمات للمراجعين على مدار الساعة."
)


def test_a_local_story_without_a_political_party_loses_its_bare_meetings(coder):
    kept = types(coder, LOCAL_STORY)
    assert "CONSULT" not in kept, kept


def test_a_story_that_names_a_country_keeps_its_meetings(coder):
    text = LOCAL_STORY.replace("استعدادات موسم الصيف", "الأوضاع الصحية للقادمين من اليمن")
    assert "CONSULT" in types(coder, text)


def test_a_story_of_negotiations_keeps_them(coder):
    """A political word (المفاوضات) makes the story no local news: its partyless negotiating verb stays (a bare
    noun, «تعنت الأطراف إزاء المفاوضات», is talk and goes by another rule)."""
    text = (
        "وقد تفاوضوا طويلا قبل جولة المفاوضات الأخيرة. "
        "واستعرض الاجتماع سير العمل في الأقسام. "
        "وأكد المدير أهمية تقديم الخدمات للمراجعين. "
        "ونوقشت في الاجتماع خطة العمل للعام المقبل."
    )
    assert "CONSULT" in types(coder, text)


def test_a_lone_sentence_is_no_local_story(coder):
    assert "CONSULT" in types(coder, "وثمة خطر آخر هو تعنت الأطراف إزاء المفاوضات وفي أثنائها.")


def test_cooperation_told_as_the_manner_of_local_administration_goes(nlp):
    art = nlp("ونظمت البلدية بالتعاون مع إدارة التعليم حملة توعوية للطلاب.")
    assert "COOPERATE" not in [e.event for e in art.events]


@pytest.mark.parametrize("text", [
    "ونفذت القوات العراقية بالتعاون مع التحالف الدولي عملية عسكرية في الأنبار.",
    "وقدم مركز الملك سلمان للإغاثة بالتعاون مع برنامج الأغذية العالمي مساعدات لليمن.",
    "وتتعاون البلدية مع إدارة التعليم في تنظيم الحملة.",  # the cooperation itself is what is told
])
def test_cooperation_of_coded_parties_or_told_for_itself_stays(nlp, text):
    assert "COOPERATE" in [e.event for e in nlp(text).events]
