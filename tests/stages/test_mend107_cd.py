"""Round 108 (mend107_cd): the findings of the review of round 107's codes (c107) and dates (d107), on its probes.
«قتل عشرة أشخاص في غارة شنتها طائرات أمريكية بدون طيار. وقال البنتاغون …»: a story's land read from its actors'
mentions alone, with no town nor region, is no land of the victims (no Americans); «ويتحدث الفلسطينيون عن انتهاكات»:
a plural after a verb of speaking names people, not a language, and «يجيدون العربية والفرنسية» names two languages,
though the first is no party's mention; «وفي مدينة مانشستر رشق محتجون الشرطة» of an Egypt story: protesters the act's
own place puts in another land are not the leading country's; «لبحث الاتفاق الموقع في 14 يوليو»: a week-old day after
the word of an act to come is no day of next year; «غداة هجوم انتحاري في سروج، وقتلت الشرطة مسلحين»: an act joined by
«، و» after a غداة attack is no part of it and does not take its day; «لليوم الثالث منذ الاثنين الماضي»: an ordinal
after لليوم counts how long the act has lasted, since Monday."""

import pytest
from stage_coding import all_dated, kept_dates, none_dated, side_parties

_DATE = "2015-07-22"


def _demonyms(nlp, text):
    """The codes of the nationality adjectives the mentions stage keeps as parties' mentions in `text`."""
    from hadath.pipeline import Pipeline

    names = [s.name for s in nlp.stages]
    doc = Pipeline(nlp.stages[:names.index("mentions") + 1])(text, published=_DATE)
    return [m.get("code") for m in doc.mentions if m.kind == "actor" and m.get("type") == "demonym"]


def test_victims_of_a_story_whose_land_only_its_actors_name_get_no_land(nlp):
    """«قتل عشرة أشخاص في غارة شنتها طائرات أمريكية بدون طيار»: the land of the story (USA) is read from the
    Pentagon's and the United States' mentions, with no town nor region: the dead are not American."""
    text = ("قتل عشرة أشخاص في غارة شنتها طائرات أمريكية بدون طيار. وقال البنتاغون إن الولايات المتحدة ستواصل "
            "الغارات. وأكد المتحدث باسم الوزارة أن الغارات مستمرة.")
    got = side_parties(nlp, text, "ASSAULT", _DATE)
    assert any(t == "أشخاص" for _, _, t in got), got
    assert not any(code == "USA" for code, _, _ in got), got


@pytest.mark.parametrize("text, codes", [
    pytest.param("ويتحدث الفلسطينيون عن انتهاكات إسرائيلية ويطالبون الأمم المتحدة بالتدخل.", {"PSE"},
                 id="a_plural_after_a_verb_of_speaking_names_people"),
    pytest.param("يتحدث السوريون والعراقيون عن معاناة اللاجئين ويطالبون المجتمع الدولي بالمساعدة.", {"SYR", "IRQ"},
                 id="a_chain_of_plurals_after_a_verb_of_speaking_names_people"),
])
def test_people_after_a_verb_of_speaking_are_parties(nlp, text, codes):
    """A plural nationality adjective after يتحدث (speaks about) names people, not a language: it stays a mention."""
    got = _demonyms(nlp, text)
    assert codes <= set(got), got


def test_languages_joined_to_one_that_is_no_mention_are_no_parties(nlp):
    """«يجيدون العربية والفرنسية»: French, joined by و to Arabic after «يجيدون», is a language too, though Arabic is no
    party's mention."""
    text = "وقال الوزير إن الدبلوماسيين الذين يجيدون العربية والفرنسية سيزورون المنطقة."
    got = _demonyms(nlp, text)
    assert "FRA" not in got, got


def test_bare_protesters_the_acts_place_puts_abroad_are_not_the_leading_countrys(nlp):
    """«وفي مدينة مانشستر رشق محتجون الشرطة بالحجارة» in a story Egypt leads: the protesters are in England."""
    text = ("أعلنت الحكومة المصرية خطة جديدة. وقال الرئيس المصري إن مصر ستواصل الإصلاح. وفي مدينة مانشستر رشق "
            "محتجون الشرطة بالحجارة.")
    got = side_parties(nlp, text, "ASSAULT", _DATE, side="actor")
    assert any(t == "محتجون" for _, _, t in got), got
    assert not any(code == "EGY" for code, _, t in got if t == "محتجون"), got


def test_a_week_old_day_after_an_act_to_come_is_no_day_of_next_year(nlp):
    """«وسيلتقي الوزير نظيره الروسي لبحث الاتفاق الموقع في 14 يوليو في فيينا» (published 07-22): the 14th is the
    accord's, signed last week, not July 2016."""
    text = "وسيلتقي الوزير نظيره الروسي لبحث الاتفاق الموقع في 14 يوليو في فيينا."
    got = kept_dates(nlp, text, "CONSULT", _DATE)
    assert none_dated(got, "2016-07-14"), got


def test_an_act_joined_by_comma_and_wa_after_a_ghadat_attack_keeps_its_own_day(nlp):
    """«غداة هجوم انتحاري في سروج، وقتلت الشرطة مسلحين في إسطنبول»: the attack takes Monday, told seven sentences
    on; the killing by the police, another act joined by «، و», does not."""
    text = ("وعدت الحكومة التركية بتعزيز الإجراءات الأمنية غداة هجوم انتحاري في سروج، وقتلت الشرطة مسلحين في "
            "إسطنبول. وقال رئيس الوزراء إن التحقيق جار. وأضاف أن الأمن مستتب. وقال مسؤول إن البلاد ستنتصر. وأكد "
            "الوزير أن الشرطة جاهزة. وقال متحدث إن العملية مستمرة. وكان المركز الثقافي في سروج ظهر الاثنين هدفا "
            "لهجوم انتحاري.")
    got = kept_dates(nlp, text, "ASSAULT", _DATE)
    assert all_dated([r for r in got if r[0] == "هجوم انتحاري"], "2015-07-20"), got
    assert none_dated([r for r in got if r[0] == "قتلت"], "2015-07-20"), got


def test_an_ordinal_day_after_lilyawm_counts_since_when_the_act_goes_on(nlp):
    """«تواصلت الاشتباكات في صنعاء لليوم الثالث منذ الاثنين الماضي»: the clashes go on since Monday (07-20); the
    ordinal counts how long they have lasted, not the like since."""
    text = "تواصلت الاشتباكات في صنعاء لليوم الثالث منذ الاثنين الماضي."
    got = kept_dates(nlp, text, "ASSAULT", _DATE)
    assert all_dated(got, "2015-07-20"), got
