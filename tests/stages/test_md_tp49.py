"""Mend md_tp49 of round nv49's topic rules: a choice with «أو» as the text's last word (no crash), a verb joined by و
to a purpose لـ-noun (a clause of its own, no second aim), and help past a comma or in another clause after «لم
يتوان» (an act of its own). Each probe is a short story of three sentences (topics.generic_clause reads no lone
sentence)."""

import pytest

from hadath.article import Article

PUBLISHED = "2015-07-25"
FRAME = "قال المسؤول إن الوضع هادئ. وأضاف أن الحكومة تعمل. "


def _found(nlp, text, published=PUBLISHED):
    """The (type, trigger) pairs a text's events carry."""
    a = nlp(Article(text=text, id="t", published=published))
    return [(e.event, e.trigger.text) for e in a.events]


@pytest.mark.parametrize("text, kept", [
    # «أو» the last token, nothing after it: no choice named, the approval stays (and the article does not stop)
    (FRAME + "وافق البرلمان على الاتفاق أو", ("AGREE", "وافق")),
    (FRAME + "أيد البرلمان الاتفاق أو", ("SUPPORT", "أيد")),
])
def test_or_as_the_last_word_is_no_choice(nlp, text, kept):
    """An approval with «أو» as the text's last token: no refusal after it to choose, the act stays."""
    assert kept in _found(nlp, text)


@pytest.mark.parametrize("text, kept", [
    (FRAME + "واتهم الرئيس اليمني إيران بأنها دولة داعمة للإرهاب ودعا المجتمع الدولي إلى معاقبتها.",
     ("REQUEST", "دعا")),
    (FRAME + "ووصل الأمير إلى المطار لاستقبال الضيوف واستقبل الرئيس اليمني وزير الخارجية الأمريكي.",
     ("CONSULT", "استقبل")),
    (FRAME + "ووصل وزير الخارجية الأمريكي إلى القاهرة للاجتماع بالرئيس المصري ووقع الجانبان اتفاقية تعاون أمني.",
     ("SUPPORT", "وقع")),
])
def test_a_verb_after_a_purpose_noun_is_a_clause_of_its_own(nlp, text, kept):
    """«للاجتماع بالرئيس المصري ووقع الجانبان اتفاقية»: a finite verb after a purpose لـ-noun tells an act, no aim."""
    assert kept in _found(nlp, text)


@pytest.mark.parametrize("text, gone", [
    # a verbal noun (a bare masdar the lexicon reads as a verb too, or with a pronoun) is still a second aim
    ("أعلنت القيادة العامة للقوات المسلحة الإماراتية استشهاد ثلاثة من جنودها المشاركين في عملية إعادة الأمل للتحالف "
     "العربي الذي تقوده المملكة العربية السعودية للوقوف إلى جانب الحكومة الشرعية في اليمن ودعمها.\n"
     "وأضافت أن الجنود قتلوا في مأرب.\nولم تذكر تفاصيل أخرى.", ("SUPPORT", "دعمها")),
    (FRAME + "وتهدف الخطة لإخلاء منطقة من داعش ودعم المعارضة المعتدلة.", ("SUPPORT", "دعم")),
])
def test_a_verbal_noun_after_a_purpose_noun_is_still_an_aim(nlp, text, gone):
    """«للوقوف إلى جانب الحكومة الشرعية في اليمن ودعمها»: a verbal noun joined to the aim, no act."""
    assert gone not in _found(nlp, text)


@pytest.mark.parametrize("text, kept", [
    (FRAME + "وقال إن المملكة لم تتوان عن نصرة اليمن، وأعلنت أمس تقديم مساعدات بقيمة 274 مليون دولار.",
     ("AID", "تقديم مساعدات")),
    # another finite verb between, no mark: a clause of its own
    (FRAME + "وقال إن المملكة لم تتوان عن نصرة اليمن وأعلنت أمس تقديم مساعدات بقيمة 274 مليون دولار.",
     ("AID", "تقديم مساعدات")),
    (FRAME + "وقال إن المملكة لم تتوان عن نصرة اليمن واستقبلت الرئيس اليمني وقدمت له مساعدات بقيمة 274 مليون دولار.",
     ("AID", "قدمت")),
    (FRAME + "ولم يتوان الحوثيون عن قصف عدن فيما قدمت السعودية مساعدات إنسانية عاجلة للمدينة.", ("AID", "قدمت")),
    (FRAME + "ولم يتوان الحوثيون عن قصف عدن بينما قدمت السعودية مساعدات إنسانية عاجلة للمدينة.", ("AID", "قدمت")),
])
def test_help_in_another_clause_after_unsparing_stays(nlp, text, kept):
    """Help past a comma or after فيما/بينما is an act of its own, not the unsparing policy."""
    assert kept in _found(nlp, text)


@pytest.mark.parametrize("text, gone", [
    ("وأشاد الوزير بموقف الكويت الذي لم يتوان منذ بداية الأزمة عن الوقوف بجانب السوريين ودعمهم.\n"
     "وأضاف أن بلاده ممتنة.\nولم يذكر تفاصيل أخرى.", ("SUPPORT", "دعمهم")),
    (FRAME + "وقال إن المملكة لم تتوان يوما عن تقديم المساعدات لليمن.", ("AID", "تقديم")),
])
def test_help_in_the_unsparing_clause_is_a_stance(nlp, text, gone):
    """«الذي لم يتوان … عن الوقوف بجانب السوريين ودعمهم»: a policy, no act."""
    assert gone not in _found(nlp, text)
