"""An act announced by its verbal noun, spelled like the bare perfect (فرض، دعم), right after the announcer («أعلنت
فرنسا فرض عقوبات»): the word is the noun announced, not a verb whose subject's name goes on (senses.speaker_name_part
reads «أكد بخاري دان معلم» as a name, but not a name the coder made the act's doer), and the announcing state or
body is its actor (events._announced_masdar)."""

from __future__ import annotations

import pytest

_DATE = "2015-08-11"


def _events(nlp, text):
    return [(e.event, e.trigger.text, [x.code for x in e.actor], [x.code for x in e.recipient])
            for e in nlp(text, published=_DATE).events]


@pytest.mark.parametrize("text, actor", [
    pytest.param("أعلنت فرنسا فرض عقوبات جديدة على إيران.", "FRA", id="a_country"),
    pytest.param("أعلنت واشنطن فرض عقوبات جديدة على إيران.", "USA", id="a_capital"),
    pytest.param("أعلن الاتحاد الأوروبي فرض عقوبات جديدة على إيران.", "IGO", id="a_union"),
    pytest.param("أعلنت وزارة الخزانة الأمريكية فرض عقوبات على ثلاثة من قادة حزب الله.", "USA", id="a_ministry"),
])
def test_the_announcer_imposes_the_sanctions(nlp, text, actor):
    got = _events(nlp, text)
    assert [g for g in got if g[0] == "SANCTION" and g[2] == [actor]], got


def test_no_genitive_object_made_the_doer(nlp):
    """«أعلنت فرنسا منع المتظاهرين»: the protesters were banned; the coder does not make them ban France (the act is
    left to the senses stage, which drops it as before)."""
    got = _events(nlp, "أعلنت فرنسا منع المتظاهرين من دخول باريس.")
    assert not [g for g in got if g[0] == "COERCE" and g[2] != ["FRA"]], got


def test_an_unknown_name_still_goes_on(nlp):
    """«أكد بخاري دان معلم»: دان is the villager's name, no condemnation (round 100)."""
    got = _events(nlp, "من جهته أكد بخاري دان معلم أحد سكان قرية مجاورة أن المتطرفين هاجموا القرية.")
    assert not [g for g in got if g[0] == "ACCUSE"], got
