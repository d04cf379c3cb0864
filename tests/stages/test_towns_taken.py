"""A town taken by its name alone (mentions.MentionMatcher._taken_town_end): the seizure rows of triggers.tsv name a
place word as their tail («سيطر على مدينة …»), and a town or a capital the mentions read, bare after «على» or as
the object, now does as well («سيطر تنظيم داعش على الرمادي»، «استعادت القوات العراقية تكريت»، «تحرير الموصل»); a
control noun only after a verb that extends it («بسط الحوثيون سيطرتهم على صنعاء»، «تمكنت من السيطرة»), never in a
claim or an aim («مزاعم الحكومة بسيطرتها على عدن»). A pronoun object resumed from the sentence before
(events._party_before): «… تحاصر المتمردين … . كما تحاصرهم …». An invitation extended to no visit or talks is a call
(senses.called_out: an act in ب after it, «بسرعة الانضمام»). A subject in construct before a verb with an object pronoun is its subject («إن قوات الأمن
اعتقلتهم»). «He too», «in turn» after a verb leave the phrase after them its object («ودعا هو الآخر الحكومة العراقية»).
Sentences from bench news (SaudiNewsNet, 2015-07-21 and 2015-08-06), shortened from them, and the review's cases."""

from __future__ import annotations

import pytest

_DATE = "2015-08-06"


def _seizures(nlp, text):
    return [(e.trigger.text, [(x.code, x.text) for x in e.actor], [(x.code, x.text) for x in e.recipient])
            for e in nlp(text, published=_DATE).events if e.event == "COERCE" and e.mode == "seize"]


@pytest.mark.parametrize("text, actor, town", [
    pytest.param("وسيطر تنظيم داعش على الرمادي في مايو الماضي.", ("IMG", "تنظيم داعش"), ("IRQ", "الرمادي"),
                 id="verb_in_ala"),
    pytest.param("وسيطرت قوات المعارضة على إدلب.", (None, "قوات المعارضة"), ("SYR", "إدلب"), id="a_town"),
    pytest.param("وسيطر مقاتلو المعارضة السورية على جسر الشغور.", ("SYR", "مقاتلو المعارضة السورية"),
                 ("SYR", "جسر الشغور"), id="a_town_of_two_words"),
    pytest.param("وبسط الحوثيون سيطرتهم على صنعاء.", ("YEM", "الحوثيون"), ("YEM", "صنعاء"), id="noun_a_capital"),
    pytest.param("واستعادت القوات العراقية تكريت.", ("IRQ", "القوات العراقية"), ("IRQ", "تكريت"), id="the_object"),
    pytest.param("وسيطر الجيش العراقي أمس على الرمادي.", ("IRQ", "الجيش العراقي"), ("IRQ", "الرمادي"),
                 id="past_a_day_word"),
    pytest.param("وسيطر الحوثيون يوم الأحد على عدن.", ("YEM", "الحوثيون"), ("YEM", "عدن"), id="past_a_weekday"),
    pytest.param("واستعادت قوات النظام تدمر.", ("SYR", "قوات النظام"), ("SYR", "تدمر"), id="past_a_name"),
    pytest.param("وكانت القوات العراقية استعادت تكريت في مارس الماضي.", ("IRQ", "القوات العراقية"), ("IRQ", "تكريت"),
                 id="a_subject_before_the_verb"),
    pytest.param("واستعاد الجيش العراقي أمس تكريت.", ("IRQ", "الجيش العراقي"), ("IRQ", "تكريت"),
                 id="the_object_past_a_day_word"),
])
def test_a_town_named_bare_is_taken(nlp, text, actor, town):
    got = _seizures(nlp, text)
    assert any(a == [actor] and r == [town] for _, a, r in got), got


@pytest.mark.parametrize("text, trigger", [
    ("وتمكنت القوات العراقية من السيطرة على تكريت.", "السيطرة على تكريت"),  # (a `managed` verb extends it)
    ("ونجحت القوات العراقية في السيطرة على تكريت.", "السيطرة على تكريت"),
    ("وأعلنت القوات العراقية تحرير الرمادي.", "تحرير الرمادي"),  # (a `done` word before the noun)
    ("وقالت القوات العراقية إنه تم تحرير الرمادي.", "تحرير الرمادي"),
    ("وتمكنت القوات العراقية والحشد الشعبي وأبناء العشائر من السيطرة على تكريت.", "السيطرة على تكريت"),
])
def test_the_noun_takes_the_town_as_its_tail(nlp, text, trigger):
    got = _seizures(nlp, text)
    assert [t for t, _, _ in got] == [trigger], got


@pytest.mark.parametrize("text", [
    "وسيطر الجيش على الوضع في الرمادي.",  # (a situation brought under control; the town is where)
    "وعاد النازحون من الرمادي.",
    "واستعادت القوات العراقية من داعش الرمادي.",  # (only the subject may stand between the verb and its object)
    "وكانت وزارة الدفاع أعلنت بدء عملية تحرير الأنبار من سيطرة تنظيم داعش.",  # (an operation, maybe only begun)
    "وأعلنت الوزارة انطلاق العمليات العسكرية لتحرير الأنبار.",  # (a purpose)
    # a control noun that no verb extends: a claim, an aim, a recognition (bench 2015-07-21 #466, #2052, #107)
    "ونفى متحدث باسم المتمردين مزاعم الحكومة بسيطرتها على عدن.",
    "وتسعى المقاومة لمنع قوات الحوثيين من السيطرة على عدن.",
    "والاعتراف بالسيطرة الإسرائيلية على هضبة الجولان.",
    # a town right after the verb is its subject (the review's cases)
    "واستعادت بغداد هدوءها بعد أيام من الاحتجاجات.",
    "واستعادت الرياض وطهران العلاقات الدبلوماسية.",
    # a verbal noun with no `done` word before it: a topic, an aim, a pledge
    "وتحدث الوزير عن تحرير الموصل.",
    "وأكد الوزير أن تحرير الموصل بات قريبا.",
    "وتعهد رئيس الوزراء بتحرير الموصل من داعش.",
    # the second review's cases: a town in construct with the subject, a time clause
    "وحررت شرطة جدة 500 مخالفة مرورية.",
    "واستعاد أهالي الرمادي منازلهم.",
    "وسيعود النازحون إلى منازلهم بعد تحرير الموصل.",
    "وقال إن الأب أعلن تحرير ابنه في الموصل.",  # (no town after the noun)
])
def test_no_town_no_seizure(nlp, text):
    got = _seizures(nlp, text)
    assert not got, got


def test_a_place_word_named_first_still_rules(nlp):
    """The base is what was retaken, not the governorate it lies in: the row's own place word comes first."""
    got = _seizures(nlp, "وقالت التقارير إن اللجان الشعبية استعادت القاعدة الجوية في محافظة لحج من المسلحين الحوثيين.")
    assert [t for t, _, _ in got] == ["استعادت القاعدة"], got
    assert all(("YEM", "محافظة لحج") not in r and ("YEM", "لحج") not in r for _, _, r in got), got


def _recipients(nlp, text, event, trigger):
    return [[(x.code, x.text) for x in e.recipient] for e in nlp(text, published=_DATE).events
            if e.event == event and e.trigger.text == trigger]


def test_a_pronoun_resumes_the_party_of_the_sentence_before(nlp):
    text = ("وذكرت المصادر ان القوات اليمنية تحاصر المتمردين الذين انسحبوا من الحوطة. كما تحاصرهم وحلفاءهم من أتباع "
            "الرئيس المخلوع علي عبدالله صالح في منطقة وادي الحسيني.")
    got = _recipients(nlp, text, "COERCE", "تحاصرهم")
    assert [[t for _, t in r] for r in got] == [["المتمردين"]], got


@pytest.mark.parametrize("text, event, trigger", [
    pytest.param("التقى وزير الخارجية السعودي عادل الجبير نظيره الأمريكي جون كيري في الرياض. وأدانته الصحف الإيرانية.",
                 "ACCUSE", "أدانته", id="recipient_unread_no_actor_instead"),
    pytest.param("هاجم مسلحون قوات الأمن في سيناء. واعتقلتهم الشرطة المصرية.", "COERCE", "اعتقلتهم",
                 id="no_party_agrees"),
    pytest.param("اعتقلت الشرطة المتظاهرين في القاهرة. وقال المتحدث إن قوات الأمن اعتقلتهم مرة أخرى في الجيزة.",
                 "COERCE", "اعتقلتهم", id="not_opening_its_sentence"),
    pytest.param("وشن الطيران الروسي غارات على مواقع المعارضة في إدلب. وأدانتها واشنطن.", "ACCUSE", "أدانتها",
                 id="a_condemnation_resumes_the_act"),
    pytest.param("وأطلق الحوثيون صاروخ سكود على الجيش السعودي. ودمرته الدفاعات الجوية.", "ASSAULT", "دمرته",
                 id="a_thing_destroyed"),
])
def test_no_pronoun_resumed_unless_one_party_agrees(nlp, text, event, trigger):
    """No recipient from the sentence before where its recipient is not read, where none agrees with the pronoun,
    where the verb does not open its sentence (something in it may be what the pronoun resumes), or where the
    pronoun of a condemnation or a thing destroyed resumes an act or a thing told before."""
    got = _recipients(nlp, text, event, trigger)
    assert got and all(r == [] for r in got), got


@pytest.mark.parametrize("text, event, guest", [
    pytest.param("كما وجه المجتمعون دعوة إلى من تبقى من عناصر الجيش بسرعة الانضمام لصفوف المقاومة.", "REQUEST", None,
                 id="a_call_to_join"),
    pytest.param("وكانت قناة السويس قد وجهت الدعوة لجماهير الشعب المصري بتصوير أنفسهم.", "REQUEST", None,
                 id="a_call_to_act"),
    pytest.param("ووجه رئيس الوزراء الايطالي ماتيو رنزي دعوة الى الرئيس الايراني حسن روحاني لزيارة ايطاليا.", "AGREE",
                 ("IRN", "الرئيس الايراني حسن روحاني"), id="to_a_visit"),
    pytest.param("ووجه الرئيس دعوة إلى الأحزاب للمشاركة في الحوار.", "AGREE", (None, "الأحزاب"), id="to_talks"),
    pytest.param("ووجه الرئيس الفرنسي دعوة رسمية إلى ولي العهد.", "AGREE", None, id="to_nothing_told"),
    pytest.param("ووجه الرئيس الروسي فلاديمير بوتين دعوة إلى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود "
                 "لزيارة روسيا.", "AGREE", None, id="past_a_long_title"),
    pytest.param("ووجه الرئيس الإيراني دعوة رسمية للرئيس السوري بشار الأسد لزيارة طهران.", "AGREE", None,
                 id="a_name_in_b"),
    pytest.param("ووجه الرئيس دعوة لنظيره الفرنسي بمناسبة العيد الوطني.", "AGREE", None, id="on_the_occasion"),
])
def test_an_invitation_to_nothing_is_a_call(nlp, text, event, guest):
    got = [(e.event, e.cameo, [(x.code, x.text) for x in e.recipient]) for e in nlp(text, published=_DATE).events
           if "وجه" in e.trigger.text]
    assert [(ev, cameo) for ev, cameo, _ in got] == [(event, "020" if event == "REQUEST" else "036")], got
    if guest is not None:
        assert got[0][2] == [guest], got


def test_a_subject_in_construct_before_the_verb_is_its_subject(nlp):
    """«قوات الأمن» is definite by its genitive: no indefinite noun a relative clause tells of («رهائن احتجزتهم»)."""
    got = [([x.text for x in e.actor], [x.text for x in e.recipient])
           for e in nlp("وقال المتحدث إن قوات الأمن اعتقلتهم في الجيزة.", published=_DATE).events if e.event == "COERCE"]
    assert got == [(["قوات الأمن"], [])], got
    got = [([x.text for x in e.actor], [x.text for x in e.recipient])
           for e in nlp("وأفرجت الجبهة عن رهائن احتجزتهم الجبهة.", published=_DATE).events if e.event == "COERCE"]
    assert got and got[0][1] == ["رهائن"], got


@pytest.mark.parametrize("text, recipient", [
    pytest.param("ودعا هو الآخر الحكومة العراقية إلى التحرك.", ("IRQ", "الحكومة العراقية"), id="he_too"),
    pytest.param("وطالبت هي الأخرى الأمم المتحدة بالتدخل.", ("IGO", "الأمم المتحدة"), id="she_too"),
])
def test_a_stressed_subject_leaves_the_phrase_after_it_the_object(nlp, text, recipient):
    """«he too» right after the verb stresses a subject told before (events._stressed_subject_end): the phrase after
    it is the one called on, never the caller, and no subject is carried from the sentence before, which «he too»
    tells is another party («واستقبل الرئيس هادي … . ودعا هو الآخر الحوثيين»)."""
    got = [([(x.code, x.text) for x in e.actor], [(x.code, x.text) for x in e.recipient])
           for e in nlp(text, published=_DATE).events if e.event == "REQUEST"]
    assert got == [([], [recipient])], got
    got = [[x.text for x in e.actor] for e in nlp(
        "واستقبل الرئيس هادي وزير الخارجية الأمريكي. ودعا هو الآخر الحوثيين إلى الانسحاب من صنعاء.",
        published=_DATE).events if e.event == "REQUEST"]
    assert got == [[]], got


def test_in_turn_is_no_stressed_subject(nlp):
    """«بدوره» may stand before the verb's own subject (the second review's case): the subject stays the actor."""
    got = [([x.text for x in e.actor], [x.text for x in e.recipient]) for e in nlp(
        "وانتقد بدوره رئيس الوزراء العراقي حيدر العبادي تنظيم داعش.", published=_DATE).events if e.event == "ACCUSE"]
    assert got == [(["رئيس الوزراء العراقي حيدر العبادي"], ["تنظيم داعش"])], got


def test_a_subject_before_the_stressing_pronoun_stays(nlp):
    got = [([x.text for x in e.actor], [x.text for x in e.recipient])
           for e in nlp("والسعودية دعت هي الأخرى إيران إلى وقف التدخل.", published=_DATE).events if e.event == "REQUEST"]
    assert got == [(["السعودية"], ["إيران"])], got
