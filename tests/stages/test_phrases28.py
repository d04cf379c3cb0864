"""Round 28, phrases: noun phrases joined or split wrongly (phrases.noun_phrases), on short Arabic news sentences."""

import pytest


def _parties(coder, text, event):
    """The actor and recipient texts of the first event of one type in a text."""
    art = coder(text, published="2015-07-26")
    e = next(e for e in art.events if e.event == event)
    return [x.text for x in e.actor], [x.text for x in e.recipient], e


def test_a_deputy_with_an_ordinal_keeps_the_office_it_deputises(groups):
    gs = groups("التقى ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع الأمير محمد بن سلمان "
                "رئيس جمهورية الشيشان رمضان قاديروف.")
    assert gs[0] == "ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع الأمير محمد بن سلمان"


def test_the_office_of_a_deputy_is_no_recipient_and_no_parliament(coder):
    actor, recipient, e = _parties(
        coder, "التقى الأمير محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع في جدة أمس "
               "الرئيس رمضان قاديروف.", "CONSULT")
    assert actor and actor[0].endswith("لرئيس مجلس الوزراء وزير الدفاع")
    assert not any(r.startswith("رئيس مجلس الوزراء") for r in recipient)
    assert e.actor[0].sector == "GOV"


def test_a_first_deputy_of_a_prime_minister_is_one_government_party(coder):
    actor, recipient, e = _parties(coder, "واستقبل النائب الأول لرئيس الوزراء التركي السفير الفرنسي في أنقرة.", "CONSULT")
    assert actor == ["النائب الأول لرئيس الوزراء التركي"] and recipient == ["السفير الفرنسي"]
    assert (e.actor[0].code, e.actor[0].sector) == ("TUR", "GOV")


def test_a_country_spelled_as_a_nationality_after_a_direction_is_a_place(coder):
    art = coder("أمطرت الفصائل المقاتلة المعارضة للنظام السوري أربع بلدات محاصرة في شمال سورية بالقذائف الصاروخية.",
                published="2015-07-26")
    assert not any(x.text == "سورية" for e in art.events for x in e.actor + e.recipient)


def test_a_quoted_body_after_a_construct_role_noun_is_its_genitive(coder):
    art = coder("وصلت الطائرة التي كانت تحمل مساعدات عسكرية وأسلحة لقوات “المقاومة الشعبية” إلى عدن.",
                published="2015-07-26")
    e = next(e for e in art.events if e.event == "AID")
    assert [x.code for x in e.recipient] == ["YEM"]
    assert "قوات" in e.recipient[0].text and "المقاومة" in e.recipient[0].text


@pytest.mark.parametrize("text,body", [
    ("اعتقلت قوات الأمن المتحدث باسم جماعة الإخوان في القاهرة.", "قوات الأمن"),
    ("اعتقلت الشرطة القيادي في جماعة الإخوان أمس.", "الشرطة"),
])
def test_a_person_noun_after_a_feminine_body_is_the_object(groups, coder, text, body):
    assert groups(text)[0] == body
    art = coder(text, published="2015-07-26")
    e = next(e for e in art.events if e.event == "COERCE")
    assert [x.text for x in e.actor] == [body] and not any(body in x.text for x in e.recipient)


def test_a_construct_head_keeps_its_titled_genitive(groups):
    assert "حكومة الرئيس حسن روحاني" in groups("وانتقد المرشد سياسة حكومة الرئيس حسن روحاني الاقتصادية.")
