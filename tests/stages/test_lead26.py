"""Round 26, the lead's follow-ups of the helpers' reports: small sense fixes in triggers.tsv."""

import pytest


@pytest.mark.parametrize("text", [
    "وأوضح المحلل أن هناك طلب محلي قوي على العقارات في الرياض.",
    "وارتفعت أسعار الإسمنت بسبب وجود طلب محلي كبير على مواد البناء.",
])
def test_domestic_demand_is_no_request(nlp, text):
    assert not [e for e in nlp(text, published="2015-08-01").events if e.event == "REQUEST"]


def test_a_formal_request_stays(nlp):
    events = nlp("قدمت الحكومة الأردنية طلبا رسميا إلى الأمم المتحدة للمساعدة.", published="2015-08-01").events
    assert [e.event for e in events if e.trigger.text == "طلبا"] == ["REQUEST"]


def test_a_group_leader_is_a_party(nlp):
    """agents.tsv القيادي (roles26's follow-up): the leader of a group is the one killed, with the group's code."""
    text = ("ونفذت قوة أميركية خاصة في 16 مايو الماضي أول عملية لها داخل الأراضي السورية، أسفرت عن مقتل القيادي في "
            "داعش أبو سياف المسؤول عن نفط التنظيم.")
    ev = next(e for e in nlp(text, published="2015-08-11").events if e.trigger.text == "مقتل")
    assert [(r.text, r.code) for r in ev.recipient] == [("القيادي في داعش", "IMG")]


def test_the_supreme_authority_calls(nlp):
    """agents.tsv المرجع الأعلى: «ممثل المرجع الأعلى السيد علي السيستاني» calls on the government."""
    text = ("كما أيدت المرجعية الدينية الشيعية في مدينة النجف المتظاهرين ودعا ممثل المرجع الأعلى السيد علي السيستاني "
            "حكومة العبادي للاستجابة لمطالبهم المشروعة.")
    ev = next(e for e in nlp(text, published="2015-08-11").events if e.trigger.text == "دعا")
    assert [a.code for a in ev.actor] == ["IRQ"] and [r.text for r in ev.recipient] == ["حكومة العبادي"]


def test_suruc_is_a_town_of_turkey(nlp):
    """places_extra.tsv: Suruç (سروج) and Diyarbakır written as one word are in the gazetteer (locations26's list)."""
    text = ("وقع الانفجار في حديقة مركز ثقافي في بلدة سروج، التي تقابل بلدة عين العرب (كوباني) السورية الحدودية.")
    ev = next(e for e in nlp(text, published="2015-07-21").events if e.trigger.text == "الانفجار")
    assert ev.location.name == "Suruç" and ev.location_iso3 == "TUR"
    article = nlp("قتل جنديان تركيان في هجوم بمدينة دياربكر أمس.", published="2015-07-26")
    assert [p.name for p in article.places] == ["Diyarbakır"]


def test_kabul_spelled_with_waw_is_afghanistan(nlp):
    """places_extra.tsv: «كابول» is Kabul, Afghanistan's capital (was the Israeli village Kābūl; repeats28's find)."""
    article = nlp("وقال مسؤولون إن سبعة جنود قتلوا في هجوم على نقطة تفتيش جنوب كابول أمس.", published="2015-07-22")
    assert [(p.name, p.country_code) for p in article.places] == [("Kabul", "AF")]
