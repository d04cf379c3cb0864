"""Where a participle after a comma is none, or belongs to another: the feminine form as a predicate or a verbal noun
(events._feminine_noun_reading, mentions._object_after_subject), the passive «accused» past an adverb, a reported
attacker's own participle (events._spoken_attack), a verb of expressing with no subject of its own right after it,
and a subject after its verb past a time word (events._doer_subject)."""

from __future__ import annotations

import pytest

_DATE = "2015-08-01"


def _events(nlp, text):
    return [(e.event, e.trigger.text, [(x.code, x.text) for x in e.actor], [(x.code, x.text) for x in e.recipient])
            for e in nlp(text, published=_DATE).events]


@pytest.mark.parametrize("text", [
    pytest.param("إن وزارة التجارة والصناعة، باعتبارها الجهة المعنية، مطالبة في الفترة المقبلة بمزيد من الجولات.",
                 id="predicate_after_inna"),
    pytest.param("وقال الوزير إن الحكومة، بحسب الدستور، مطالبة بحماية المواطنين.", id="predicate_reported"),
    pytest.param("وأيد البرلمان، مطالبة الرئيس بإجراء انتخابات مبكرة.", id="object_of_support"),
])
def test_no_call_where_the_feminine_form_is_no_participle(nlp, text):
    assert not any(ev == "REQUEST" for ev, *_ in _events(nlp, text)), _events(nlp, text)


def test_the_supported_demand_keeps_its_owner(nlp):
    got = [e for e in _events(nlp, "وأيد البرلمان، مطالبة الرئيس بإجراء انتخابات مبكرة.") if e[0] == "SUPPORT"]
    assert got and got[0][3] == [(None, "الرئيس")], got


@pytest.mark.parametrize("text", [
    pytest.param("وأفرجت السلطات عن الصحفية، متهمة سابقا بالتجسس.", id="past_an_adverb"),
    pytest.param("واعتقلت الشرطة امرأة، متهمة هي الأخرى بالانتماء إلى التنظيم.", id="past_a_pronoun"),
])
def test_the_passive_accused_is_no_accusation(nlp, text):
    assert not any(ev == "ACCUSE" for ev, *_ in _events(nlp, text)), _events(nlp, text)


def test_an_agreeing_participle_goes_on_the_reported_attacker(nlp):
    """«إن الرئيس الإيراني هاجم المملكة، واصفا إياها»: the participle agrees with هاجم; an attack in words by him."""
    got = _events(nlp, "وقالت الوكالة إن الرئيس الإيراني هاجم المملكة، واصفا إياها بالعدو.")
    assert any(ev == "ACCUSE" and t == "هاجم" and a == [("IRN", "الرئيس الإيراني")] for ev, t, a, _ in got), got


def test_an_accused_woman_attacked_is_an_assault(nlp):
    got = _events(nlp, "وهاجم حشد غاضب امرأة متهمة بالتجديف في مدينة لاهور وقتلوها.")
    assert any(ev == "ASSAULT" and t == "هاجم" for ev, t, *_ in got), got


@pytest.mark.parametrize("text", [
    pytest.param("وأعرب لنظيره الإيراني محمد جواد ظريف عن قلق المملكة، داعيا طهران إلى الكف عن التدخل.",
                 id="the_one_told"),
    pytest.param("ونشرت الوزارة عبر قناة العربية بيانا، داعية المواطنين إلى الحذر.", id="via"),
])
def test_an_expressing_verb_s_complement_is_no_caller(nlp, text):
    got = [e for e in _events(nlp, text) if e[0] == "REQUEST"]
    assert got and not any(code in ("IRN",) or "العربية" in t for code, t in got[0][2]), got


def test_a_subject_past_a_time_word_is_the_accuser(nlp):
    got = [e for e in _events(nlp, "واعتقلت يوم الأحد السلطات التركية عشرة أشخاص، متهمة إياهم بالانتماء إلى داعش.")
           if e[0] == "ACCUSE"]
    assert got and got[0][2] == [("TUR", "السلطات التركية")], got


@pytest.mark.parametrize("text, actor, recipient", [
    pytest.param("ورفضت السعودية التدخل الإيراني، مطالبة طهران بالكف عن دعم الحوثيين.", ("SAU", "السعودية"),
                 [("IRN", "طهران")], id="after_a_refusal_and_its_object"),
    pytest.param("ونددت فرنسا، داعية إلى وقف فوري لإطلاق النار.", ("FRA", "فرنسا"), [], id="after_a_bare_subject"),
    pytest.param("وأدانت وزارة الخارجية الأمريكية، داعية الحكومة السورية إلى وقف الهجمات.",
                 ("USA", "وزارة الخارجية الأمريكية"), [("SYR", "الحكومة السورية")], id="after_a_condemnation"),
    pytest.param("وقالت المتحدثة الأمريكية إن واشنطن، من جهتها، ستواصل جهودها الدبلوماسية، داعية الأطراف إلى الحوار.",
                 ("USA", "المتحدثة الأمريكية"), [], id="a_reported_clause_with_an_unknown_verb"),
    pytest.param("وأعربت الخارجية الأمريكية عما وصفته بالقلق العميق، داعية الأطراف إلى ضبط النفس.",
                 ("USA", "الخارجية الأمريكية"), [], id="expressing_with_amma"),
])
def test_the_call_stays_where_the_participle_is_one(nlp, text, actor, recipient):
    got = [e for e in _events(nlp, text) if e[0] == "REQUEST"]
    assert got and got[0][2] == [actor] and got[0][3] == recipient, got


@pytest.mark.parametrize("text", [
    pytest.param("وهاجم الوزير العراقي الحكومة متهما بغداد بالتقصير.", id="a_name_in_b"),
    pytest.param("وهاجم الرئيس الإيراني حسن روحاني الولايات المتحدة متهما بريطانيا وإسرائيل بالتآمر.", id="a_country_in_b"),
])
def test_an_attack_with_a_participle_before_a_party_is_in_words(nlp, text):
    got = _events(nlp, text)
    assert any(ev == "ACCUSE" and t == "هاجم" for ev, t, *_ in got) and not any(ev == "ASSAULT" for ev, *_ in got), got


def test_the_means_is_no_subject(nlp):
    got = [e for e in _events(nlp, "وقتل تسعة جنود برصاص مسلحي القاعدة، على ما أعلن مصدر عسكري، محملا التنظيم "
                                   "المسؤولية.") if e[0] == "ACCUSE"]
    assert got and got[0][2] == [(None, "مصدر عسكري")], got


def test_a_police_raid_reported_is_no_attack_in_words(nlp):
    got = _events(nlp, "وقالت وزارة الداخلية إن قوات الأمن هاجمت وكرا للإرهابيين، واصفة إياهم بالفئة الضالة.")
    assert not any(ev == "ACCUSE" and t == "هاجمت" for ev, t, *_ in got), got
