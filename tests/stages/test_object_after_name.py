"""The verb's object right after its subject's name: a body of the same country is no title of the person before it
(events._apposition: «انتقد خالد مشعل السلطة الفلسطينية»), a country right after the body in لـ that owns the
subject's office is the object (events._roles, _next_object), and an office the lexicon lists whole (its head noun
definite) with its holder's name right after it is one subject (events._name_completes_title)."""

from __future__ import annotations

import pytest

_DATE = "2015-08-11"


def _events(nlp, text, date=_DATE):
    return [(e.event, [(x.code, x.name) for x in e.actor], [(x.code, x.text) for x in e.recipient])
            for e in nlp(text, published=date).events]


@pytest.mark.parametrize("text, actor, recipient", [
    pytest.param("انتقد خالد مشعل السلطة الفلسطينية.", "Khaled Meshaal", "السلطة الفلسطينية", id="meshaal"),
    pytest.param("وانتقد موسى أبو مرزوق السلطة الفلسطينية.", "Mousa Abu Marzouk", "السلطة الفلسطينية",
                 id="abu_marzouk"),
])
def test_a_body_of_the_same_country_after_a_name_is_the_object(nlp, text, actor, recipient):
    got = _events(nlp, text)
    assert ("ACCUSE", [("PSE", actor)], [("PSE", recipient)]) in got, got


def test_a_title_after_a_name_is_still_the_subjects(nlp):
    """«الأمير فيصل بن سلمان أمير منطقة المدينة المنورة»: the title after the name opens with an office noun; the
    one received comes after it."""
    got = _events(nlp, "استقبل الأمير فيصل بن سلمان أمير منطقة المدينة المنورة أمس السفير الياباني.")
    assert [g for g in got if g[0] == "CONSULT" and g[2] == [("JPN", "السفير الياباني")]], got
    assert not [g for g in got if ("SAU", "منطقة المدينة المنورة") in g[2]], got


def test_a_country_after_the_owner_of_the_office_is_the_object(nlp):
    got = _events(nlp, "وانتقد عضو المكتب السياسي لحركة حماس موسى أبو مرزوق إسرائيل.")
    assert [g for g in got if g[0] == "ACCUSE" and g[1] == [("PSE", "Mousa Abu Marzouk")]
            and [c for c, _ in g[2]] == ["ISR"]], got


def test_a_place_in_fi_after_the_owner_is_still_no_object(nlp):
    """A place in «في» after the subject is where the act was done, not whom: _next_object takes only a place with no
    preposition standing right there."""
    got = _events(nlp, "استنكر الأمين العام لمجلس التعاون الخليجي في الرياض أمس التفجير.")
    assert not [g for g in got if g[2]], got


@pytest.mark.parametrize("text, recipient", [
    pytest.param("انتقد الأمين العام لمجلس التعاون الخليجي عبداللطيف الزياني إيران.", "IRN", id="a_country"),
    pytest.param("استقبل الأمين العام لمجلس التعاون الخليجي عبداللطيف الزياني وزير الخارجية البريطاني.", "GBR",
                 id="a_minister"),
])
def test_the_holder_named_after_a_listed_office_is_no_object(nlp, text, recipient):
    got = _events(nlp, text)
    assert got and got[0][1][0][0] == "IGO" and [c for c, _ in got[0][2]] == [recipient], got


def test_a_guest_after_an_office_with_no_country_is_still_the_object(nlp):
    """«استقبل رئيس الوزراء ضيفه جون كيري»: an office with no code is no proof the name is its holder's."""
    got = _events(nlp, "استقبل رئيس الوزراء ضيفه جون كيري.")
    assert [g for g in got if g[0] == "CONSULT" and g[2] == [("USA", "جون كيري")]], got


@pytest.mark.parametrize("text", [
    pytest.param("انتقد مندوب روسيا لدى الأمم المتحدة فيتالي تشوركين الولايات المتحدة.", id="lada"),
    pytest.param("انتقد السفير الروسي في الأمم المتحدة فيتالي تشوركين الولايات المتحدة.", id="fi_after_an_envoy"),
])
def test_an_envoys_seat_and_name_are_the_subjects(nlp, text):
    """The seat (لدى X, or في X after an envoy's office: function_words.tsv envoy) between an office and its holder's
    name: the holder is the subject too, the object comes after him."""
    got = _events(nlp, text)
    assert got and got[0][0] == "ACCUSE" and got[0][1][0][0] == "RUS" and [c for c, _ in got[0][2]] == ["USA"], got


def test_a_minister_in_a_city_is_no_envoys_seat(nlp):
    """After an office that is no envoy's, «في الرياض» is where the act took place; the name after it is not read as
    the office's holder (a Saudi minister receiving a Saudi prince: nothing is made his own name)."""
    got = _events(nlp, "استقبل وزير الخارجية السعودي في الرياض الأمير محمد بن سلمان.")
    assert not [g for g in got if g[1] and g[1][0][1] == "Mohammed bin Salman"], got


def test_a_member_with_a_title_and_a_name(nlp):
    """«عضو كتلة المستقبل النائب أحمد فتفت»: the member of the bloc is the MP named (a one-word title and a name the
    lexicons lack, events._member_named), of the bloc's country and sector; the object comes after his name."""
    got = [(e.event, [(x.code, x.sector) for x in e.actor], [x.text for x in e.recipient])
           for e in nlp("وانتقد عضو كتلة المستقبل النائب أحمد فتفت حزب الله.", published=_DATE).events]
    assert ("ACCUSE", [("LBN", "LEG")], ["حزب الله"]) in got, got
