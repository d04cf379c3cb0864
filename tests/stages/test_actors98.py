"""Round 98 (actors98): missing actors and reversed roles, from the judged dev slice 2015-07-31 positions 0–479: the
announcing body past a day set off by commas arrested (#327), the accused of a verb of accusing told with its
conjuncts set off by commas (#399) or before a verb whose charge in بـ follows it at once (#393), and the subject
of a verb that «in addition to» follows where its object would stand (#215)."""

import pytest
from stage_coding import kind_parties

_DATE = "2015-07-31"


def _parties(nlp, text, kind):
    """(trigger, actor texts, recipient texts) of the events of `kind` the whole pipeline codes."""
    return [p[1:] for p in kind_parties(nlp, text, kind, _DATE)]


def test_accused_with_conjuncts_in_commas(nlp):
    """«واتهم حزب الله، وإيران، بتنفيذ الهجوم» (#399): both are accused; neither accuses."""
    accusations = _parties(nlp, "واتهم حزب الله، وإيران، بتنفيذ الهجوم.", "ACCUSE")
    assert accusations and not any(a for _, a, _ in accusations), accusations
    assert any("حزب الله" in r and "إيران" in r for _, _, r in accusations), accusations


def test_counted_craft_before_a_counted_object_strike(nlp):
    """«قصفت 3 طائرات تركية 4 مواقع لـ«داعش»» (#325): the planes struck, the count after them is what they hit."""
    strikes = _parties(nlp, "قصفت 3 طائرات تركية 4 مواقع لداعش داخل سوريا.", "ASSAULT")
    assert any("طائرات تركية" in a for _, a, _ in strikes), strikes
    assert not any("طائرات تركية" in r for _, _, r in strikes), strikes


def test_body_after_a_persons_name_is_the_next_phrase(nlp):
    """«دعا كارتر الكونغرس لدعم الاتفاق» (#389): Congress is called on, no part of Carter's phrase."""
    calls = _parties(nlp, "دعا كارتر الكونغرس لدعم الاتفاق.", "REQUEST")
    assert any(a == ["كارتر"] and "الكونغرس" in r for _, a, r in calls), calls


def test_person_past_forms_of_address_is_the_visit_nouns_genitive(nlp):
    """«بمناسبة زيارة صاحب السمو الملكي الأمير محمد بن سلمان» (#61, #225): the prince pays the visit; the forms of
    address between the noun and his name do not cut off its genitive."""
    text = "صدر اليوم بيان مشترك بمناسبة زيارة صاحب السمو الملكي الأمير محمد بن سلمان إلى مصر."
    visits = _parties(nlp, text, "CONSULT")
    assert any(any("محمد بن سلمان" in x for x in a) for _, a, _ in visits), visits


# (text, type, an actor of one of its events, and that event's recipient (None: any)).
DOERS = [
    # «أعلنت وزارة الداخلية الكويتية، اليوم (الخميس)، عن ضبط شبكة إرهابية» (#327): the ministry made the arrest.
    pytest.param('أعلنت وزارة الداخلية الكويتية، اليوم (الخميس)، عن ضبط شبكة إرهابية تابعة لتنظيم "داعش" المتطرف تضم '
                 "5 كويتيين.", "COERCE", "وزارة الداخلية الكويتية", None, id="announcer_past_a_day_in_commas_arrests"),
    # «إن المعارضة اتهمت الحكومة بالفساد»: the object comes between the verb and the charge, the verb is active.
    pytest.param("وقال الوزير إن المعارضة اتهمت الحكومة بالفساد.",
                 "ACCUSE", "المعارضة", "الحكومة", id="accusing_subject_before_its_object_stays"),
    # «وقال كاميرون على هامش زيارة لسنغافورة» (#384): the speaker pays the visit with no visitor named.
    pytest.param("وقال كاميرون على هامش زيارة لسنغافورة أمس بأن الوضع مقلق جدا.",
                 "CONSULT", "كاميرون", "سنغافورة", id="visit_in_a_time_phrase_is_the_subjects"),
    # «بعد زيارة ناجحة إلى واشنطن الأسبوع الماضي، يصل الرئيس النيجيري محمد بخاري» (#410): the subject of the verb past
    # the comma paid the visit.
    pytest.param("بعد زيارة ناجحة إلى واشنطن الأسبوع الماضي، يصل الرئيس النيجيري محمد بخاري اليوم إلى الكاميرون.",
                 "CONSULT", "الرئيس النيجيري محمد بخاري", None,
                 id="visit_in_an_opening_time_phrase_is_the_next_subjects"),
    # «بعد ضبط المنامة لخلية إرهابية» (#360): Manama made the arrest; the cell is arrested.
    pytest.param("حيث استدعت المنامة سفيرها لدى طهران للتشاور بعد ضبط المنامة لخلية إرهابية كانت مرتبطة بالحرس الثوري "
                 "الإيراني.", "COERCE", "المنامة", "خلية إرهابية",
                 id="state_in_an_arrest_nouns_genitive_before_its_object_in_lam_arrests"),
    # «ووجه الرئيس الأميركي كلمة، حيث أشاد بالإمكانات الاقتصادية» (#409): the subject before goes on; the phrase in بـ
    # after the verb is no subject of its own.
    pytest.param("ووجه الرئيس الأميركي كلمة، حيث أشاد بالإمكانات الاقتصادية للبلاد.",
                 "SUPPORT", "الرئيس الأميركي", None, id="phrase_in_bi_after_a_verb_past_hayth_is_no_subject"),
]


@pytest.mark.parametrize("text, kind, actor, recipient", DOERS)
def test_the_doer_of_the_act(nlp, text, kind, actor, recipient):
    """An event of `kind` has `actor` among its actors (and `recipient` among its recipients, when one is given)."""
    events = _parties(nlp, text, kind)
    assert any(actor in a and (recipient is None or recipient in r) for _, a, r in events), events


# (text, type, the party its events undergo: none of them has it as an actor, one has it as a recipient).
UNDERGONE = [
    # «أن رجلا … أوقف في الولايات المتحدة واتهم بأنه كان ينوي» (#393): the man is the accused, no accuser.
    pytest.param("أعلن مكتب التحقيقات الفدرالي أن رجلا أوقف في الولايات المتحدة واتهم بأنه كان ينوي استخدام حقيبة ظهر "
                 "مفخخة.", "ACCUSE", "رجلا", id="charge_right_after_the_verb_makes_it_passive"),
    # «14 حوثيا قتلوا علاوة على احتجاز 40 آخرين» (#215): the Houthis were killed, they killed no one.
    pytest.param("وأفادت المصادر بأن 14 حوثيا قتلوا علاوة على احتجاز 40 آخرين.",
                 "ASSAULT", "حوثيا", id="killed_in_addition_to_is_passive"),
]


@pytest.mark.parametrize("text, kind, party", UNDERGONE)
def test_the_party_undergoes_the_act(nlp, text, kind, party):
    """The text codes events of `kind`; `party` is an actor of none and a recipient of one."""
    events = _parties(nlp, text, kind)
    assert events and not any(party in a for _, a, _ in events), events
    assert any(party in r for _, _, r in events), events
