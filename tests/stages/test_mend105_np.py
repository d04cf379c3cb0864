"""Mends of the review of round 105 (n105, p105; /tmp/w/review105_np.md): an audience phrase or a means phrase hides
only its own party, not the recipient named past it; a news story of attacks with a survivor's words in the first
person is no column; a verbal act lends no actor to a coordination noun after it; «الأنظمة العربية» asking is no
text's request."""

from stage_coding import kind_parties, kept_types

_DATE = "2015-07-22"


def test_party_past_the_audience_phrase_is_the_recipient(nlp):
    """Finding 1: «واتهم الرئيس أمام الأمم المتحدة روسيا بقصف المدنيين»: the UN is the audience, Russia the accused
    (the audience phrase ends with the party named in it)."""
    rows = kind_parties(nlp, "واتهم الرئيس أمام الأمم المتحدة روسيا بقصف المدنيين.", "ACCUSE", _DATE)
    assert any(r == ["روسيا"] for _, _, _, r in rows), rows


def test_object_in_bi_past_the_audience_is_the_recipient(nlp):
    """Finding 1: «وندد الوزير أمام الصحفيين بالهجوم الإسرائيلي على غزة»: what is condemned, in بـ after the audience,
    keeps its party."""
    rows = kind_parties(nlp, "وندد الوزير أمام الصحفيين بالهجوم الإسرائيلي على غزة.", "ACCUSE", _DATE)
    assert any(r == ["الإسرائيلي"] for _, _, _, r in rows), rows


def test_object_past_a_whole_means_phrase_is_the_recipient(nlp):
    """Finding 2: «قصفت الطائرات باستخدام الصواريخ مواقع تنظيم داعش في الرقة»: الصواريخ is the whole means; the
    bombed positions of IS after it are the target."""
    rows = kind_parties(nlp, "قصفت الطائرات باستخدام الصواريخ مواقع تنظيم داعش في الرقة.", "ASSAULT", _DATE)
    assert any(r == ["تنظيم داعش"] for _, _, _, r in rows), rows


_MOSQUE = ("أطلق مسلحون مجهولون النار على المصلين أثناء خروجهم من المسجد. وروى أحد الناجين ما حدث. كنا نصلي عندما "
           "دخلوا، ونحن لم نكن نتوقع ذلك أبدا. ونقل الجرحى إلى المستشفى.")


def test_survivor_in_the_first_person_makes_no_column(nlp):
    """Finding 3: a news story of a shooting whose survivor speaks in the first person, unquoted and unnamed («كنا
    نصلي عندما دخلوا»), in one sentence, is no opinion column: its attack stays."""
    assert ("ASSAULT", "أطلق") in kept_types(nlp, _MOSQUE, _DATE)


def test_survivor_story_keeps_its_protest(nlp):
    """Finding 3: the same story placed in a town, with «وتظاهر المئات احتجاجا على الهجوم», keeps its protest."""
    text = ("أطلق مسلحون مجهولون النار على المصلين أثناء خروجهم من مسجد في مدينة القطيف. وروى أحد الناجين ما حدث. كنا "
            "نصلي عندما دخلوا، ونحن لم نكن نتوقع ذلك أبدا. وتظاهر المئات احتجاجا على الهجوم. ونقل الجرحى إلى "
            "المستشفى.")
    assert any(kind == "PROTEST" for kind, _ in kept_types(nlp, text, _DATE))


def test_verbal_act_lends_no_actor_to_a_coordination(nlp):
    """Finding 4: «وانتقدت روسيا الولايات المتحدة، في حين جرت عمليات عسكرية بالتنسيق مع الحكومة العراقية»: Russia
    criticised; it did not coordinate the operations."""
    rows = kind_parties(nlp, "وانتقدت روسيا الولايات المتحدة، في حين جرت عمليات عسكرية بالتنسيق مع الحكومة "
                             "العراقية.", "COOPERATE", _DATE)
    assert not any("روسيا" in a for _, _, a, _ in rows), rows


def test_act_of_another_matter_lends_no_actor_to_a_coordination(nlp):
    """Finding 4: «وقصفت الطائرات الروسية مواقع المسلحين، فيما جرت عمليات عسكرية بالتنسيق مع الحكومة العراقية»:
    past فيما, another matter; the Russian planes did not coordinate those operations."""
    rows = kind_parties(nlp, "وقصفت الطائرات الروسية مواقع المسلحين، فيما جرت عمليات عسكرية بالتنسيق مع الحكومة "
                             "العراقية.", "COOPERATE", _DATE)
    assert not any("الطائرات الروسية" in a for _, _, a, _ in rows), rows


def test_regimes_asking_is_no_text(nlp):
    """Finding 5: «وطالبت الأنظمة العربية بوقف التدخل الأجنبي في شؤونها»: الأنظمة are regimes here (topic_words.tsv
    regime), not regulations; the request stays."""
    kept = kept_types(nlp, "وطالبت الأنظمة العربية بوقف التدخل الأجنبي في شؤونها.", _DATE)
    assert any(kind == "REQUEST" for kind, _ in kept), kept
