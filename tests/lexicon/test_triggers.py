"""Trigger lexicon rows: short news-style sentences that must (or must not) code an event of a type."""

import pytest


def types(nlp, text):
    return [e.event for e in nlp(text, published="2016-05-21").events]


def first(nlp, text, etype):
    evs = [e for e in nlp(text, published="2016-05-21").events if e.event == etype]
    assert evs, f"no {etype} in {text!r}: {types(nlp, text)}"
    return evs[0]


@pytest.mark.parametrize("text,etype,quad", [
    # ارتكب + انتهاكات / فظائع: abuses committed against people are material conflict
    ("ارتكبت الميليشيات انتهاكات بحق المدنيين في القرية.", "ASSAULT", "material conflict"),
    ("وارتكب المسلحون فظائع في البلدة قبل انسحابهم.", "ASSAULT", "material conflict"),
    ("وشهدت البلدة أمس ارتكاب انتهاكات بحق عشرات المدنيين على أيدي المسلحين.", "ASSAULT", "material conflict"),
    # أكد ضرورة: stressing the need for something, an appeal as شدد على ضرورة
    ("أكد وزير الخارجية ضرورة التوصل إلى حل سياسي للأزمة.", "REQUEST", "verbal cooperation"),
    ("وأكد الرئيس على ضرورة وقف التصعيد في المنطقة.", "REQUEST", "verbal cooperation"),
])
def test_trigger_codes_type_and_quad(nlp, text, etype, quad):
    ev = first(nlp, text, etype)
    assert ev.quad_class == quad, ev.to_dict()


@pytest.mark.parametrize("text,etype", [
    ("ارتكب السائق مخالفة مرورية على الطريق السريع.", "ASSAULT"),  # ارتكب alone: any offence
    ("ارتكب اللص جريمة سرقة في السوق.", "ASSAULT"),  # ordinary crime is no political assault
    ("أكد المتحدث أن الوضع في المدينة مستقر.", "REQUEST"),  # أكد alone reports, it asks nothing
])
def test_trigger_must_not_fire(nlp, text, etype):
    assert etype not in types(nlp, text), text


@pytest.mark.parametrize("text", [
    "وارتفع الطلب على النفط في الأسواق الآسيوية خلال الشهر الماضي.",
    "وتراجع الطلب العالمي على الذهب بنسبة 5 في المائة.",
])
def test_demand_is_no_request(nlp, text):
    # the «unless» column: الطلب followed by على / العالمي is demand in the market, not a request
    assert "REQUEST" not in types(nlp, text)


def test_a_request_followed_by_other_words_stays_a_request(nlp):
    assert "REQUEST" in types(nlp, "وقال المتحدث إن الوزارة لم تتلق الطلب الروسي حتى الآن.")
    assert "REQUEST" in types(nlp, "وقدمت الحكومة طلبا رسميا إلى الأمم المتحدة لإرسال مراقبين.")


def test_not_after_column_compiles_to_word_keys():
    from hadath.lexicon.compile import Lexicon

    lex = Lexicon.from_rows(triggers=[{"event": "ASSAULT", "mode": "firearms", "cameo": "193", "pos": "noun",
                                       "forms": "إطلاق", "prep": "على", "gen": "actor", "tail": "نار",
                                       "unless": "", "not_after": "وقف", "context": "", "note": "shooting"}])
    (entry,) = lex.nouns["اطلاق"]
    assert entry.not_after == frozenset({"وقف"})
    assert Lexicon.from_rows(triggers=[{"event": "AID", "cameo": "073", "pos": "noun", "forms": "إغاثة",
                                        "prep": "-", "gen": "actor"}]).nouns["اغاث"][0].not_after == frozenset()


@pytest.mark.parametrize("text", [
    "وحذر من انهيار وقف إطلاق النار في المدينة.",
])
def test_ceasefire_is_no_shooting(nlp, text):
    # the «not_after» column: إطلاق النار right after وقف is a ceasefire
    assert "ASSAULT" not in types(nlp, text)
