"""Mend of round 111's actors and dates (review111_ad). A verb opening the relative clause of an indefinite text
noun is its issuer's act only after a verb of issuing the text (function_words.tsv issue_text_verb: تبنى، أصدر), not
after one that discusses, receives or criticises it («ناقش مجلس الأمن الدولي أمس، تقريرا يتهم إيران»); a day set off
by commas after a verb takes the subject past it only where the verb opens its clause, not after a subject of its own
(«إن الجيش انسحب، أمس، المسلحون دخلوا»); a year in a fronted setting's relative clause dates the act after it only
where the clause tells the setting took place (وقع، جرى، عقد), not that an ongoing event began («وفي الحرب الأهلية
التي اندلعت عام 2011، قتل»); «، حيث» past a year hands that year to a past verb only, not to a present one
(«…عام 1995، حيث يلتقي»)."""

import pytest
from stage_coding import kept_dates, kind_parties, none_dated

_DATE = "2015-07-22"

# (text, type, trigger, the actor text it must not take).
NOT_ISSUERS = [
    pytest.param("ناقش مجلس الأمن الدولي أمس، تقريرا يتهم إيران بانتهاك العقوبات.", "ACCUSE", "يتهم",
                 "مجلس الأمن الدولي", id="a_body_discussing_a_report_is_not_its_author"),
    pytest.param("تسلم الرئيس الأمريكي باراك أوباما أمس، رسالة تهدد بفرض عقوبات على الشركات.", "THREATEN", "تهدد",
                 "الرئيس الأمريكي باراك أوباما", id="who_receives_a_letter_is_not_its_sender"),
    pytest.param("ناقشت الحكومة العراقية أمس، مذكرة تطالب بطرد السفير التركي.", "REQUEST", "تطالب",
                 "الحكومة العراقية", id="a_government_discussing_a_memo_is_not_its_author"),
]


@pytest.mark.parametrize("text, kind, word, actor", NOT_ISSUERS)
def test_the_subject_of_a_verb_not_of_issuing_authors_no_text(nlp, text, kind, word, actor):
    """The event of `kind` told by `word` in the text noun's relative clause does not take `actor`."""
    got = [row for row in kind_parties(nlp, text, kind, _DATE) if row[1] == word]
    assert got and all(actor not in actors for _, _, actors, _ in got), got


def test_a_criticised_statement_keeps_its_own_target(nlp):
    """«انتقدت الخارجية الروسية أمس، بيانا يدين موسكو»: the statement condemns Moscow; Russia's foreign ministry
    criticises the statement, not Moscow."""
    got = kind_parties(nlp, "انتقدت الخارجية الروسية أمس، بيانا يدين موسكو.", "ACCUSE", _DATE)
    assert all("موسكو" not in recipients for _, word, _, recipients in got if word == "انتقدت"), got
    assert any(word == "يدين" and "موسكو" in recipients for _, word, _, recipients in got), got


def test_a_day_between_commas_after_a_verb_with_its_subject_takes_no_other(nlp):
    """«قال المسؤول إن الجيش انسحب، أمس، المسلحون دخلوا المدينة»: the army withdrew, not the gunmen."""
    got = kind_parties(nlp, "قال المسؤول إن الجيش انسحب، أمس، المسلحون دخلوا المدينة.", "RETREAT", _DATE)
    assert got and all("المسلحون" not in actors for _, _, actors, _ in got), got


# (text, type, trigger, the day its event must not take).
NOT_DAYS = [
    pytest.param("وفي الحرب الأهلية التي اندلعت عام 2011، قتل أكثر من 200 ألف شخص.", "ASSAULT", "قتل", "2011-01-01",
                 id="the_year_an_ongoing_war_broke_out_dates_no_killing_in_it"),
    pytest.param("وخلال الأزمة التي بدأت عام 2011، فرضت الولايات المتحدة عقوبات على دمشق.", "SANCTION", "فرضت",
                 "2011-01-01", id="the_year_a_crisis_began_dates_no_sanction_during_it"),
    pytest.param("انتقل الزعيم المعارض إلى باريس عام 1995، حيث يلتقي الرئيس الفرنسي كل شهر.", "CONSULT", "يلتقي",
                 "1995-01-01", id="a_present_verb_after_haythu_takes_no_year_before_it"),
]


@pytest.mark.parametrize("text, kind, word, day", NOT_DAYS)
def test_the_event_does_not_take_the_day(nlp, text, kind, word, day):
    """The event of `kind` told by `word` is not dated from `day`."""
    assert none_dated([row for row in kept_dates(nlp, text, kind, _DATE) if row[0] == word], day)
