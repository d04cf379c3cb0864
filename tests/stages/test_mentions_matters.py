"""Mentions: a nationality adjective describing a matter talked of (الأزمة السورية) names no party."""

import pytest


def _parties(nlp, text):
    """The texts of the actor and agent mentions of `text`."""
    return [m.text for m in nlp(text).mentions if m.kind in ("actor", "agent")]


@pytest.mark.parametrize("text, gone", [
    ("وبحث الجانبان الأزمة السورية والملف النووي الإيراني.", ["السورية", "الإيراني"]),
    ("وناقش الوزيران العلاقات السعودية الروسية وسبل تعزيزها.", ["السعودية", "الروسية"]),
    ("وبحث الأمير مع السفير الشأن اليمني.", ["اليمني"]),
    ("ولفت إلى أن الحوار ناقش الأزمة الليبية ودعم مصر الكامل للجهود الأممية.", ["الليبية"]),
])
def test_the_adjective_of_a_matter_is_no_party(nlp, text, gone):
    assert not set(gone) & set(_parties(nlp, text))


def test_a_body_or_an_envoy_keeps_its_country(nlp):
    assert "الحكومة السورية" in _parties(nlp, "وانتقدت الحكومة السورية الموقف الأمريكي.")
    assert "السفير اليمني" in " ".join(_parties(nlp, "واستقبل الأمير السفير اليمني."))
    ev = nlp("ولفت إلى أن الحوار ناقش الأزمة الليبية ودعم مصر الكامل للجهود الأممية.").events
    assert [[a.text for a in e.actor] for e in ev if e.event == "SUPPORT"] == [["مصر"]]
