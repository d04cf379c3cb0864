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
