"""The topic stage's notices and office business: an agency's appeal to the brothers of a people it names (also past
the caller named after the verb) is a notice; an office's approval of an appointment, a licence or a project is its
own business; a warning of a hazard to health, weather or consumers is advice, no threat; a hospital or a court
taking in patients or cases is no meeting; cooperation with a company told as the manner of another act is business. Political appeals, agreements, threats and cooperation stay."""

import pytest

from hadath.arabic.normalize import normalize
from hadath.article import Article
from hadath.stages.topics import TopicWords


def types(coder, text):
    return [e.event for e in coder(Article(text=text, published="2015-07-22")).events]


@pytest.mark.parametrize("text", [
    "ودعت المديرية العامة للجوازات الإخوة اليمنيين إلى سرعة مراجعة مراكز التصحيح.",
    "ودعا مدير الجوازات بالمنطقة العميد سالم بن علي الغامدي، جميع الإخوة اليمنيين إلى سرعة مراجعة اللجنة.",
    "ودعت المديرية العامة للدفاع المدني بالمنطقة جميع المواطنين والمقيمين إلى أخذ الحيطة.",
])
def test_an_agencys_appeal_to_a_peoples_brothers_is_a_notice(coder, text):
    assert "REQUEST" not in types(coder, text), text


@pytest.mark.parametrize("text", [
    "وطالبت الفصائل الإخوة في الجبهة بإطلاق سراح المخطوفين.",  # brothers in a group: a party
    "ويدعو البيان إسرائيل إلى وقف هدم البيوت وتهجير الجمهور.",  # a country after the verb is no caller
    "ودعا الرئيس اليمني الأشقاء العرب إلى دعم الحكومة الشرعية.",
])
def test_an_appeal_to_a_party_stays(coder, text):
    assert "REQUEST" in types(coder, text), text


@pytest.mark.parametrize("text", [
    "وافق أمير المنطقة على مشروع تطوير خيمة السوق التاريخي.",
    "وصدرت موافقة وزير الإعلام على تعيين خالد رئيسا لتحرير الصحيفة.",
    "ووافق الملك على تكليف الدكتور سعد برئاسة الهيئة.",
])
def test_an_offices_approval_of_its_own_business_is_no_agreement(coder, text):
    assert "AGREE" not in types(coder, text), text


@pytest.mark.parametrize("text", [
    "ووافقت الحكومة السورية على وقف إطلاق النار في حمص.",
    "ووافق مجلس الأمن على مشروع قرار يدين الهجوم.",
])
def test_an_agreement_to_a_truce_or_a_resolution_stays(coder, text):
    assert "AGREE" in types(coder, text), text


@pytest.mark.parametrize("text", [
    "حذرت الرئاسة العامة للأرصاد من التعرض المباشر لأشعة الشمس خلال فترة الظهيرة.",
    "وحذرت منظمة الصحة العالمية من عودة الإنفلونزا إلى غرب أفريقيا.",
    "وحذر المحافظ من ترويج الشائعات بين الناس.",
])
def test_a_warning_of_a_hazard_is_no_threat(coder, text):
    assert "THREATEN" not in types(coder, text), text


@pytest.mark.parametrize("text", [
    "وحذر الرئيس الأمريكي إيران من عواقب خرق الاتفاق.",
    "وحذرت إسرائيل حماس من إطلاق الصواريخ على المدن.",
])
def test_a_warning_to_a_party_stays_a_threat(coder, text):
    assert "THREATEN" in types(coder, text), text


def test_cooperation_with_a_company_as_the_manner_is_business(coder):
    assert "COOPERATE" not in types(coder, "وتدخل الشركة إلى سوق الهند بالتعاون مع شركة فيات الإيطالية.")


@pytest.mark.parametrize("text", [
    "ونفذت القوات العراقية بالتعاون مع التحالف الدولي عملية عسكرية في الأنبار.",
    "ووضع مكتب الأمم المتحدة بالتعاون مع جامعة سيشيل منهجا دراسيا لأفراد الشرطة.",
])
def test_cooperation_of_parties_or_beside_an_organisation_stays(coder, text):
    assert "COOPERATE" in types(coder, text), text


def test_the_new_word_classes_load():
    words = TopicWords.load()
    assert normalize("الموافقة") not in words.approval and normalize("تعيين") in words.approval
    assert normalize("وحذرت") in words.warning and normalize("بالفيروس") in words.hazard
    assert (normalize("الإخوة"), normalize("اليمنيين")) in words.public_pairs
    assert normalize("الإخوة") not in words.public  # a kinship word alone may be a party's members


@pytest.mark.parametrize("text", [
    "وأكد المتحدث أن مستشفيات المحافظة استقبلت خلال الأيام الماضية 3864 مراجعا.",
    "فالمحكمة الجزائية تستقبل قضايا الجرائم المعلوماتية.",
])
def test_a_services_intake_is_no_meeting(coder, text):
    assert "CONSULT" not in types(coder, text), text


@pytest.mark.parametrize("text", [
    "واستقبل خادم الحرمين الشريفين وزير الخارجية الأمريكي في جدة.",
    "وأجرى الوزيران حوارا مطولا حول القضايا الإقليمية في الرياض أمس.",  # a dialogue on issues is no intake
])
def test_a_reception_or_a_dialogue_stays_a_meeting(coder, text):
    assert "CONSULT" in types(coder, text), text
