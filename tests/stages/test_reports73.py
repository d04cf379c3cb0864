"""Round 73 (reports73): a short past-tense clause whose light verb stands before a time of day («شنت … مساء السبت
غارات») keeps its strikes, for a sector subject too; an attack noun a demand governs («لإيقاف المعركة»، «ضرورة تكثيف
الغارات») is what is asked for, no attack told; near the models' threshold, an attack a
past light verb tells with its actor and target is kept («إن الحوثيين … شنوا هجمات عنيفة على مواقع المقاومة»)."""

import pytest

PUBLISHED = "2015-07-25"


def _triggers(nlp, text, kind="ASSAULT"):
    """The trigger texts of the events of `kind` the whole pipeline codes for `text`."""
    return [e.trigger.text for e in nlp(text, published=PUBLISHED).events if e.event == kind]


@pytest.mark.parametrize("sentence, trigger", [
    ("شنت المقاتلات مساء السبت غارات على حزب العمال الكردستاني.", "غارات"),
])
def test_light_verb_before_time_keeps_strikes(nlp, sentence, trigger):
    """A past light verb, a time of day, then the strikes: one raid told, kept."""
    assert trigger in _triggers(nlp, sentence)


@pytest.mark.parametrize("sentence, trigger", [
    # 2015-07-24: the battle a party is pressed to stop
    ("فيما ربطت مصادر إعلامية بين زيارة دي مستورا وما يجري من تطورات للمعارك في سوريا، لا سيما إعلان غرفة عمليات جيش "
     "الفتح في إدلب بدء الهجوم على قريتَي الفوعة وكفريا الشيعيتين بهدف الضغط على الحزب لإيقاف المعركة ضد مدينة "
     "الزبداني.", "المعركة"),
    ("طالب المجلس بوقف اقتحام الفلوجة والقصف الجوي على المدينة.", "القصف"),
])
def test_demanded_attack_not_told(nlp, sentence, trigger):
    """An attack noun after «وقف»/«ضرورة»: what is asked for (or to end), no attack told."""
    assert trigger not in _triggers(nlp, sentence)


@pytest.mark.parametrize("sentence, trigger", [
    # 2015-07-23: attacks a past light verb tells with their target, near the models' threshold
    ("وقالت مصادر في المقاومة الشعبية إن الحوثيين والموالين لصالح شنوا هجمات عنيفة على مواقع المقاومة والجيش في "
     "جبهتي الجفينه وصرواح في محاولة منهم للتقدم والاستيلاء على تلك المواقع.", "هجمات"),
    # 2015-07-25: shelling a past light verb (قام بـ) tells
    ("وقال البيان انه بالتزامن مع الغارات الجوية قامت القوات البرية بقصف مدفعي ضد تنظيم داعش في سوريا وحزب العمال "
     "الكردستاني.", "قصف"),
])
def test_raid_told_by_light_verb_kept(nlp, sentence, trigger):
    """A past light verb, a named actor, the attack and its target: one attack told, kept in a long sentence."""
    assert trigger in _triggers(nlp, sentence)
