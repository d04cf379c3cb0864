"""A verb of hosting (استقبل، استضاف) always has its guest: when the one phrase after it ends its clause, that phrase
is the guest (the recipient), and the host is told elsewhere (a king's diary: «وفي يوم الخميس … استقبل أمير دولة قطر»);
the guest may come past where and when the host received it and a comma («في مكتبه بجدة يوم أمس الأول، وزير الحج»)."""

import pytest

from event_lookup import event_by_trigger


def _roles(coder, text, trigger):
    """The actor and recipient codes of the event of `text` whose trigger is `trigger`."""
    ev = event_by_trigger(coder, text, trigger)
    return [a.code for a in ev.actor], [r.code for r in ev.recipient]


@pytest.mark.parametrize("text", [
    "وفي يوم الخميس 9 أبريل استقبل أمير دولة قطر، ورعى حفل افتتاح مشروع تطوير البجيري بالدرعية.",
    "وفي يوم الاثنين 23 مارس هنأ الرئيس الباكستاني بذكرى اليوم الوطني لبلاده، واستقبل وزير الخارجية البريطاني.",
])
def test_lone_phrase_after_hosting_is_the_guest(coder, text):
    actor, recipient = _roles(coder, text, "استقبل")
    assert recipient and recipient[0] in ("QAT", "GBR")
    assert not {"QAT", "GBR"} & set(actor)


def test_host_and_guest_both_told(coder):
    text = "استقبل خادم الحرمين الشريفين، أمس، وزير الخارجية المصري."
    actor, recipient = _roles(coder, text, "استقبل")
    assert actor == ["SAU"] and recipient == ["EGY"]


def test_verb_carrying_its_guest_keeps_its_subject(coder):
    text = ("سعت فرنسا لتجنيد القيادات الروحية عبر العالم أمس خلال «مؤتمر الضمائر» الذي استضافته العاصمة الفرنسية، "
            "ودعت إليه ما يزيد على أربعين من الشخصيات.")
    actor, recipient = _roles(coder, text, "استضافته")
    assert actor == ["FRA"] and recipient == []


def test_chain_of_titles_is_not_read_as_the_guest(coder):
    text = "استقبل ولي العهد وزير الخارجية الأمريكي جون كيري."
    ev = event_by_trigger(coder, text, "استقبل")
    assert not any(r.text.startswith("ولي العهد") for r in ev.recipient)


def test_guest_after_where_and_when_and_a_comma(coder):
    text = "من جهة ثانية، أستقبل سمو أمير منطقة مكة المكرمة في مكتبه بجدة يوم أمس الأول، وزير الحج الدكتور بندر بن محمد حجار."
    ev = event_by_trigger(coder, text, "أستقبل")
    assert [a.code for a in ev.actor] == ["SAU"]
    assert [r.text for r in ev.recipient] and ev.recipient[0].text.startswith("وزير")


def test_no_guest_taken_from_another_clause_after_the_comma(coder):
    text = "استقبل الرئيس المصري في القاهرة أمس، وقال إن الزيارة مهمة."
    ev = event_by_trigger(coder, text, "استقبل")
    assert not ev.recipient
