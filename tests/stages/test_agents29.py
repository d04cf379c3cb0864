"""Round 29, agents: parties the lexicons and the noun phrases miss, on short Arabic news sentences."""


def _parties(coder, text, event):
    """The actor and recipient entities of the first event of one type in a text."""
    art = coder(text, published="2015-07-22")
    e = next(e for e in art.events if e.event == event)
    return e.actor, e.recipient


def test_a_nations_side_is_its_government(coder):
    actor, _ = _parties(coder, "وانتقد الجانب الروسي الغارات الأمريكية على سوريا.", "ACCUSE")
    assert [(x.text, x.code, x.sector) for x in actor] == [("الجانب الروسي", "RUS", "GOV")]


def test_a_side_after_a_preposition_keeps_it(coder):
    _, recipient = _parties(coder, "والتقى الرئيس بالجانب الروسي في موسكو.", "CONSULT")
    assert [(x.code, x.sector) for x in recipient] == [("RUS", "GOV")]


def test_a_nations_foreign_ministry_is_its_government(coder):
    actor, _ = _parties(coder, "وأدانت الخارجية التونسية الهجوم على السفارة.", "ACCUSE")
    assert [(x.text, x.code, x.sector) for x in actor] == [("الخارجية التونسية", "TUN", "GOV")]


def test_the_supreme_guide_heads_his_named_phrase(coder):
    actor, _ = _parties(coder, "وهاجم المرشد الإيراني علي خامنئي الولايات المتحدة في خطاب.", "ASSAULT")
    assert actor[0].text.startswith("المرشد الإيراني") and (actor[0].code, actor[0].sector) == ("IRN", "GOV")


def test_negotiators_of_a_nation_are_its_government(coder):
    _, recipient = _parties(coder, "وأثنى خامنئي على المفاوضين الإيرانيين.", "SUPPORT")
    assert [(x.text, x.sector) for x in recipient] == [("المفاوضين الإيرانيين", "GOV")]


def test_a_deal_with_a_nationality_is_no_party(coder):
    _, recipient = _parties(coder, "وانتقدت إسرائيل الاتفاق الإيراني بشدة.", "ACCUSE")
    assert not any(x.code == "IRN" for x in recipient)


def test_the_nuclear_file_of_a_nation_is_no_actor(coder):
    art = coder("اجتذب الاتفاق الإيراني عاصفة الانتقادات المتوقعة.", published="2015-07-22")
    assert not any(x.code == "IRN" for e in art.events for x in e.actor)


def test_a_press_statement_is_no_journalist(coder):
    art = coder("وأدانت الوزارة في بيان صحفي الهجوم على السفارة. وقال الوزير في مؤتمر صحافي إنه يدين الهجوم.",
                published="2015-07-22")
    assert not any(x.sector == "MED" for e in art.events for x in e.actor + e.recipient)


def test_a_journalist_is_still_one(coder):
    actor, _ = _parties(coder, "وانتقد صحفي سعودي قرار الوزارة.", "ACCUSE")
    assert actor and actor[0].sector == "MED"


def test_a_besieged_town_is_the_recipient(coder):
    actor, recipient = _parties(coder, "وتحاصر قوات النظام الزبداني منذ عام 2013.", "COERCE")
    assert [x.text for x in actor] == ["قوات النظام"]
    assert [(x.text, x.code) for x in recipient] == [("الزبداني", "SYR")]


def test_two_towns_after_their_dual_noun_are_the_recipients(coder):
    actor, recipient = _parties(coder, "وتحاصر فصائل جيش الفتح بلدتي الفوعة وكفريا بشكل كامل.", "COERCE")
    assert [x.text for x in recipient] == ["الفوعة", "كفريا"]
    assert not any(x.text == "كفريا" for x in actor)


def test_the_b_of_baldah_is_no_preposition(coder):
    _, recipient = _parties(coder, "وقصفت طائرات النظام بلدة إدلب بالبراميل المتفجرة.", "ASSAULT")
    assert [(x.text, x.code) for x in recipient] == [("إدلب", "SYR")]


def test_the_regimes_aircraft_are_its_military(coder):
    actor, _ = _parties(coder, "كما قتل 26 شخصا في غارات شنتها طائرات النظام على مدينة منبج.", "ASSAULT")
    assert [(x.code, x.sector) for x in actor] == [("SYR", "MIL")]


def test_a_nisba_after_a_role_noun_stays_its_adjective(groups):
    assert groups("وساعد الملك الأرمني القائد المغولي في هجومه على حلب.")[0].startswith("الملك الأرمني")


def test_the_saudi_security_council_holds_its_meeting(coder):
    actor, _ = _parties(coder, "عقد مجلس الشؤون السياسية والأمنية اجتماعا في جدة أمس برئاسة ولي العهد.", "CONSULT")
    assert [(x.code, x.sector) for x in actor] == [("SAU", "GOV")]


def test_a_nations_leadership_is_its_government(coder):
    actor, _ = _parties(coder, "وتطالب القيادة الإيطالية شركاءها في الاتحاد الأوروبي بتحمل مسؤولياتهم.", "REQUEST")
    assert [(x.text, x.code, x.sector) for x in actor] == [("القيادة الإيطالية", "ITA", "GOV")]
